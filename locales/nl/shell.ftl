# membership-offers: see docs/glossary.md for the terms of each language.

## Het kader van elke pagina: koptekst, navigatie, taalkeuze, voettekst.

# De naam van het netwerk (een merknaam).
-network-name = Partnernetwerk
# Het team dat ondersteuningsaanvragen beantwoordt, btw-nummers verifieert en annuleringen afhandelt.
# De naam van het team: met hoofdletter en zonder lidwoord („door Partnerondersteuning”).
-partner-support = Partnerondersteuning
# De naam van het product in de koptekst en het browsertabblad.
shell-product-name = Lidmaatschapsaanbiedingen van het { -network-name }
# Titel van een pagina in het browsertabblad.
# Variables:
#   $page (String) - de kop van de pagina, bijvoorbeeld "Lidmaatschapsaanbiedingen"
shell-page-title = { $page } · { -network-name }
shell-skip-to-content = Naar de inhoud
shell-language-label = Taal
shell-footer = { -network-name } · Portaal voor lidmaatschapsaanbiedingen
shell-coming-soon = Dit deel van het portaal komt binnenkort.

## Navigatie

nav-label = Hoofdmenu
nav-menu-toggle = Menu
nav-offers = Lidmaatschapsaanbiedingen
nav-competencies = Competenties
nav-invoices = Facturen
nav-support = Ondersteuning
nav-users = Gebruikers
nav-profile = Partnerprofiel
# Staff console navigation: the queue of support requests across organizations.
nav-staff-requests = Ondersteuningsaanvragen
# Staff console navigation: orders awaiting a bank transfer.
nav-staff-transfers = Bankoverboekingen
# Staff console navigation: VAT IDs awaiting verification.
nav-staff-vat-ids = Btw-nummers

## Taalnamen, elk in de eigen taal.

lang-name-en = English
lang-name-nl = Nederlands
lang-name-de = Deutsch
lang-name-fr = Français
lang-name-zh = 简体中文

## Pagina niet gevonden

not-found-title = Pagina niet gevonden
not-found-body = De pagina die u zoekt bestaat niet of is verplaatst.
not-found-home-link = Naar Lidmaatschapsaanbiedingen

## Aangemelde gebruiker

# Wordt voor supportmedewerkers van het netwerk in de koptekst getoond in plaats van een organisatie.
shell-staff = { -partner-support }
# Knop in de koptekst waarmee de sessie wordt beëindigd.
shell-sign-out = Afmelden

## Country names (the organization's country on the profile, the order review and invoices).

country-nl = Nederland
country-de = Duitsland
country-fr = Frankrijk
country-be = België
country-at = Oostenrijk
country-gb = Verenigd Koninkrijk
country-cn = China
country-us = Verenigde Staten

## Voor vertalers: getoond zolang LOCALES_RELOAD=1 is ingesteld (ontwikkeling).

# Onder aan elke pagina als een gewijzigd .ftl-bestand niet laadt; daaronder het
# bestand, de regel en de kolom van de fout.
locales-reload-failed = De gewijzigde vertalingen laden niet, daarom ziet u de laatste versie die wel laadde. Herstel het bestand hieronder en vernieuw de pagina.

## Bladeren door de pagina's van een lange lijst.

# Het navigatiegebied rond de paginalinks.
pager-label = Pagina’s
pager-previous = Vorige pagina
pager-next = Volgende pagina
# Variables:
#   $page (Number) - deze pagina, vanaf 1
#   $pages (Number) - het aantal pagina's
pager-position = Pagina { $page } van { $pages }
