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
sign-in-throttled = Zu viele fehlgeschlagene Versuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
