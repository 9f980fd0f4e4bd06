# membership-offers: see docs/glossary.md for the terms of each language.

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

## My account (every signed-in user): password and sessions

# Heading of the account page; the user's name in the header links to it.
account-title = My account
account-password-heading = Change password
account-current-password = Current password
account-new-password = New password
account-new-password-hint = At least 12 characters. A passphrase of several words is easy to remember and hard to guess.
account-confirm-password = Repeat the new password
account-password-submit = Change password
# After a successful change; the user's other sessions have ended.
account-password-changed = Your password was changed. You were signed out everywhere else.
# Shown (and every other page is closed) until a user replaces the password an admin gave them.
account-must-change-password = Your password was set by an administrator. Choose your own password to continue.
account-password-too-short = The new password must have at least 12 characters.
account-password-unchanged = The new password must differ from the current one.
account-password-mismatch = The two new passwords are not the same.
account-current-password-wrong = The current password is not correct.
account-sign-out-everywhere-heading = Sign out everywhere
account-sign-out-everywhere-hint = Ends every session of your account, on this device and on all others, for example after using a shared computer.
account-sign-out-everywhere-submit = Sign out everywhere
# On the sign-in page, after "Sign out everywhere".
account-signed-out-everywhere = You were signed out on all devices.
