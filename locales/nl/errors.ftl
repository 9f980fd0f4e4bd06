# membership-offers: see docs/glossary.md for the terms of each language.

## Foutmeldingen.

error-unauthenticated = Uw sessie is verlopen. Meld u opnieuw aan.
error-forbidden = Uw rol staat deze actie niet toe.
error-not-found = We konden niet vinden wat u zocht.
error-conflict = Iemand heeft dit tegelijkertijd gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
error-internal = Er is aan onze kant iets misgegaan. Probeer het zo meteen opnieuw.
error-bad-request = Het verzoek kon niet worden gelezen. Ga terug, controleer wat u hebt ingevuld en probeer het opnieuw.
error-unavailable = Het portaal is druk of een van de onderdelen is niet beschikbaar. Probeer het zo meteen opnieuw.
error-request = Het portaal is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.
