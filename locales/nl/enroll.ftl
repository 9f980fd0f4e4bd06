# membership-offers: see docs/glossary.md for the terms of each language.

## Lid worden van het netwerk (seed 000: "Nu lid worden")

# Pagina- en knopnaam uit de seeds.
enroll-title = Lid worden van het netwerk
enroll-intro = Het lidmaatschap van het netwerk is gratis en hoeft niet te worden vernieuwd. Bevestig de juridische gegevens van uw organisatie om lid te worden; daarna kunt u aanbiedingen kopen.
enroll-accept = Ik bevestig deze gegevens en ga akkoord met de lidmaatschapsvoorwaarden van het netwerk.
enroll-submit = Nu lid worden
enroll-already-member = Uw organisatie is al lid van het netwerk.
