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
