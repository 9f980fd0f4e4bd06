## Sign-in page

sign-in-title = Sign in
sign-in-email = E-mail address
sign-in-password = Password
sign-in-submit = Sign in
# The same message for an unknown e-mail address and a wrong password, on purpose.
sign-in-failed = The e-mail address or password is not correct.
# Shown after too many failed attempts.
# Variables:
#   $minutes (Number) - how long to wait before trying again
sign-in-throttled = Too many failed attempts. Please wait { $minutes } minutes and try again.
