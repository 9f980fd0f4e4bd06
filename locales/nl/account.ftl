## Aanmeldpagina

sign-in-title = Aanmelden
sign-in-email = E-mailadres
sign-in-password = Wachtwoord
sign-in-submit = Aanmelden
# Bewust dezelfde melding voor een onbekend e-mailadres en een onjuist wachtwoord.
sign-in-failed = Het e-mailadres of het wachtwoord is onjuist.
# Wordt getoond na te veel mislukte pogingen.
# Variables:
#   $minutes (Number) - hoe lang er gewacht moet worden voordat een nieuwe poging mogelijk is
sign-in-throttled = Te veel mislukte pogingen. Wacht { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } en probeer het opnieuw.
# Shown when the server is checking too many passwords at once (a flood of sign-ins); nothing is wrong with the account.
sign-in-busy = Er melden zich nu te veel mensen aan. Probeer het over een paar seconden opnieuw.
