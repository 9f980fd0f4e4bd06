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
sign-in-throttled = Too many failed attempts. Please wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and try again.
# Shown when the server is checking too many passwords at once (a flood of sign-ins); nothing is wrong with the account.
sign-in-busy = Too many people are signing in right now. Please try again in a few seconds.
