# membership-offers: see docs/glossary.md for the terms of each language.

## Pagina Gebruikers (seed 000: gebruikers toevoegen en rollen toewijzen)

# De vijf partnerrollen uit seed 000 en de medewerkers van het netwerk.
role-global-admin = Globale beheerder
role-user-admin = Gebruikersbeheerder
role-partner-admin = Partnerbeheerder
role-admin-agent = Beheeragent
role-sales-agent = Verkoopagent
role-support-agent = Supportmedewerker
role-translator = Vertaler
users-column-name = Naam
users-column-email = E-mailadres
users-column-roles = Rollen
users-column-status = Status
users-active = Actief
users-deactivated = Gedeactiveerd
users-deactivate = Deactiveren
users-activate = Activeren
users-save-roles = Rollen opslaan
# Toegankelijke naam van de selectievakjes met de rollen van een gebruiker.
# Variables:
#   $name (String) - de naam van de gebruiker
users-roles-of = Rollen van { $name }
users-you = U
users-add-heading = Een gebruiker toevoegen
users-name = Naam
users-email = E-mailadres
users-initial-password = Initieel wachtwoord
users-initial-password-hint = Minimaal 12 tekens. Geef het wachtwoord persoonlijk aan de gebruiker; hiermee meldt de gebruiker zich aan.
users-no-role-hint = Een gebruiker zonder rol kan alleen aanbiedingen en hun status bekijken.
users-add-submit = Gebruiker toevoegen
users-password-too-short = Het wachtwoord moet minimaal 12 tekens bevatten.
users-email-taken = Er bestaat al een gebruiker met dit e-mailadres.
users-last-global-admin = Uw organisatie moet ten minste één actieve gebruiker met de rol Globale beheerder houden.
users-done-added = De gebruiker is toegevoegd.
users-done-changed = De gebruiker is gewijzigd.
# Shown when a user admin tries to change their own roles or deactivate themselves.
users-refused-own-account = U kunt uw eigen rollen niet wijzigen en uzelf niet deactiveren. Een andere beheerder kan dat voor u doen.
# Shown when someone who is not a Global admin tries to grant or remove Global admin, or to change a Global admin.
users-refused-global-admin-only = Alleen een Globale beheerder kan de rol Globale beheerder toekennen of intrekken, of een Globale beheerder wijzigen.
# Beside your own row on the Users page, where no forms are offered.
users-own-account-hint = Een andere beheerder kan uw rollen wijzigen.
# Beside a Global admin's row, for a User admin (who may not change it).
users-global-admin-only-hint = Alleen een Globale beheerder kan deze gebruiker wijzigen.
# A user with no role, in the Roles column.
users-no-role = Geen rol (alleen bekijken)
