# membership-offers: see docs/glossary.md for the terms of each language.

## Anmeldeseite

sign-in-title = Anmelden
sign-in-email = E-Mail-Adresse
sign-in-password = Passwort
sign-in-submit = Anmelden
# Absichtlich dieselbe Meldung für eine unbekannte E-Mail-Adresse und ein falsches Passwort.
sign-in-failed = Die E-Mail-Adresse oder das Passwort ist falsch.
# Wird nach zu vielen fehlgeschlagenen Versuchen angezeigt.
# Variables:
#   $minutes (Number) - wie lange vor einem erneuten Versuch gewartet werden muss
sign-in-throttled = Zu viele fehlgeschlagene Versuche. Bitte warten Sie { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } und versuchen Sie es dann erneut.
# Shown when the server is checking too many passwords at once (a flood of sign-ins); nothing is wrong with the account.
sign-in-busy = Gerade melden sich zu viele Personen an. Bitte versuchen Sie es in einigen Sekunden erneut.

## My account (every signed-in user): password and sessions

# Heading of the account page; the user's name in the header links to it.
account-title = Mein Konto
account-password-heading = Passwort ändern
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-new-password-hint = Mindestens 12 Zeichen. Eine Passphrase aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.
account-confirm-password = Neues Passwort wiederholen
account-password-submit = Passwort ändern
# After a successful change; the user's other sessions have ended.
account-password-changed = Ihr Passwort wurde geändert. Sie wurden überall sonst abgemeldet.
# Shown (and every other page is closed) until a user replaces the password an admin gave them.
account-must-change-password = Ihr Passwort wurde von einem Administrator festgelegt. Wählen Sie Ihr eigenes Passwort, um fortzufahren.
account-password-too-short = Das neue Passwort muss mindestens 12 Zeichen lang sein.
account-password-unchanged = Das neue Passwort muss sich vom aktuellen unterscheiden.
account-password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.
account-current-password-wrong = Das aktuelle Passwort ist nicht korrekt.
account-sign-out-everywhere-heading = Überall abmelden
account-sign-out-everywhere-hint = Beendet alle Sitzungen Ihres Kontos, auf diesem Gerät und auf allen anderen, zum Beispiel nach der Nutzung eines gemeinsam genutzten Computers.
account-sign-out-everywhere-submit = Überall abmelden
# On the sign-in page, after "Sign out everywhere".
account-signed-out-everywhere = Sie wurden auf allen Geräten abgemeldet.
