# membership-offers: see docs/glossary.md for the terms of each language.

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

## My account (every signed-in user): password and sessions

# Heading of the account page; the user's name in the header links to it.
account-title = Mijn account
account-password-heading = Wachtwoord wijzigen
account-current-password = Huidig wachtwoord
account-new-password = Nieuw wachtwoord
account-new-password-hint = Ten minste 12 tekens. Een wachtzin van een paar woorden is makkelijk te onthouden en moeilijk te raden.
account-confirm-password = Herhaal het nieuwe wachtwoord
account-password-submit = Wachtwoord wijzigen
# After a successful change; the user's other sessions have ended.
account-password-changed = Uw wachtwoord is gewijzigd. U bent overal elders afgemeld.
# Shown (and every other page is closed) until a user replaces the password an admin gave them.
account-must-change-password = Uw wachtwoord is ingesteld door een beheerder. Kies uw eigen wachtwoord om verder te gaan.
account-password-too-short = Het nieuwe wachtwoord moet ten minste 12 tekens hebben.
account-password-unchanged = Het nieuwe wachtwoord moet verschillen van het huidige.
account-password-mismatch = De twee nieuwe wachtwoorden zijn niet gelijk.
account-current-password-wrong = Het huidige wachtwoord is niet juist.
account-sign-out-everywhere-heading = Overal afmelden
account-sign-out-everywhere-hint = Beëindigt alle sessies van uw account, op dit apparaat en op alle andere, bijvoorbeeld na gebruik van een gedeelde computer.
account-sign-out-everywhere-submit = Overal afmelden
# On the sign-in page, after "Sign out everywhere".
account-signed-out-everywhere = U bent op alle apparaten afgemeld.
