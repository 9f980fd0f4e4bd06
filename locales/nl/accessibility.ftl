# membership-offers: see docs/glossary.md for the terms of each language.

## De toegankelijkheidsverklaring (/accessibility), gelinkt vanuit de voettekst van elke pagina.

# Link in de voettekst naar de verklaring, en de kop van de pagina.
a11y-title = Toegankelijkheid
# Eerste alinea van de verklaring.
a11y-intro = Het { -network-name } wil dat iedereen die voor een partner werkt dit portaal kan gebruiken: met een toetsenbord, een schermlezer of een vergrootglas, op een telefoon of een computer.
a11y-standard-heading = De norm waar we naar streven
a11y-standard = Dit portaal streeft ernaar te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA. Het voldoet daar gedeeltelijk aan: de beperkingen die we kennen staan hieronder.
a11y-testing-heading = Hoe het wordt getest
# De controles lopen bij elke release; "axe-core" en "Nu HTML checker" zijn productnamen.
a11y-testing-axe = Elke pagina, in alle vijf talen, aangemeld en afgemeld, wordt met axe-core gecontroleerd op de regels van WCAG 2.2 A en AA, op de breedte van een computer en van een telefoon.
a11y-testing-html = Elke pagina wordt gecontroleerd met de Nu HTML checker van W3C.
a11y-testing-keyboard = Browsertests voeren de belangrijkste taken uit met alleen het toetsenbord: aanmelden, verlengen met een creditcard, automatische verlenging uitschakelen, een annulering aanvragen en een factuur downloaden.
a11y-testing-phone = Op het scherm van een telefoon schuift niets zijwaarts, en elke taak werkt ook zonder JavaScript.
a11y-limits-heading = Bekende beperkingen
a11y-limit-colors = Het portaal heeft alleen een licht kleurenschema. Bij geforceerde kleuren (zoals Windows Hoog contrast) houden statussen een rand, zodat geen enkele status alleen met kleur wordt aangegeven.
a11y-limit-pdf = De pdf’s van facturen en creditnota’s zijn niet getagd: een schermlezer leest de tekst, maar niet de opmaak. Dezelfde bedragen staan op de pagina Facturen en in de CSV-export.
a11y-limit-manual = Het portaal is nog niet getest door mensen die dagelijks hulptechnologie gebruiken.
a11y-contact-heading = Feedback
a11y-contact = Is iets in dit portaal moeilijk te gebruiken? Laat het { -partner-support } weten via Ondersteuning, of vraag een beheerder van uw organisatie dat te doen.
