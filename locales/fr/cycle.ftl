# membership-offers: see docs/glossary.md for the terms of each language.

## Le cycle annuel : notifications dans le portail et par e-mail, ligne d’état d’un
## abonnement et export de calendrier.

decline-reason-card-declined = la carte a été refusée.
decline-reason-insufficient-funds = la carte a été refusée pour provision insuffisante.

event-order-placed = La commande { $number } pour « { $offer } » est confirmée : { $amount } ont été prélevés. La nouvelle date anniversaire est le { $date }.
event-order-awaiting-transfer = La commande { $number } pour « { $offer } » attend votre virement bancaire de { $amount } avec la référence de paiement { $reference } avant le { $date }.
event-automatic-renewal-charged = « { $offer } » a été renouvelé automatiquement : { $amount } ont été prélevés sur votre carte. La nouvelle date anniversaire est le { $date }.
event-automatic-renewal-declined = Nous n’avons pas pu renouveler « { $offer } » automatiquement : { $reason } Nous réessaierons votre carte le { $date }.
event-automatic-renewal-stopped = Nous n’avons pas pu renouveler « { $offer } » automatiquement : { $reason } Après trois tentatives, le renouvellement automatique est désactivé. Renouvelez vous-même avant le { $date } pour conserver les avantages.
event-renew-by-hand = Le renouvellement automatique de « { $offer } » est activé, mais aucune carte n’est enregistrée. Renouvelez vous-même avant le { $date } pour conserver les avantages.
event-charge-soon = « { $offer } » sera renouvelé automatiquement le { $date } : nous prélèverons { $amount } sur { $card }.
event-expires-soon = « { $offer } » expire le { $date } et le renouvellement automatique est désactivé. Renouvelez entre le { $opens } et le { $closes } pour conserver les avantages.
event-window-closing = « { $offer } » a expiré et n’est pas encore renouvelé. Renouvelez avant le { $date }, sinon ses avantages prennent fin.
event-lapsed = « { $offer } » n’a pas été renouvelé et a pris fin le { $date } : ses avantages sont perdus. Vous pouvez l’acheter de nouveau sur la page Offres d’abonnement.

## Objets des e-mails

mail-subject-order-placed = Votre commande pour « { $offer } » est confirmée
mail-subject-order-awaiting-transfer = Votre commande pour « { $offer } » attend votre virement bancaire
mail-subject-automatic-renewal-charged = « { $offer } » a été renouvelé automatiquement
mail-subject-automatic-renewal-declined = Échec du renouvellement automatique de « { $offer } »
mail-subject-automatic-renewal-stopped = Renouvelez « { $offer } » vous-même : le renouvellement automatique a échoué
mail-subject-renew-by-hand = Renouvelez « { $offer } » vous-même : aucune carte enregistrée
mail-subject-charge-soon = « { $offer } » sera bientôt renouvelé automatiquement
mail-subject-expires-soon = « { $offer } » expire bientôt
mail-subject-window-closing = Derniers jours pour renouveler « { $offer } »
mail-subject-lapsed = « { $offer } » a pris fin

## Texte des e-mails

mail-greeting = Bonjour,
mail-invoice-attached = La facture { $number } est jointe au format PDF.
mail-open-details = Voir l’abonnement dans le portail :
mail-signature = Offres d’abonnement du { -network-name }
mail-why = Vous recevez cet e-mail parce que vous êtes administrateur général ou administrateur partenaire MPN de votre organisation, ou parce que vous avez passé la commande.

## Ligne d’état d’un abonnement

cycle-renews-automatically = Renouvelé automatiquement le { $date } : { $amount } seront prélevés sur { $card }.
cycle-no-card-before = Le renouvellement automatique est activé, mais aucune carte n’est enregistrée : renouvelez vous-même entre le { $opens } et le { $closes }.
cycle-auto-off-before = Le renouvellement automatique est désactivé : renouvelez vous-même entre le { $opens } et le { $closes }.
cycle-awaiting-automatic-renewal = Renouvellement automatique en attente : { $card } est débitée à partir du { $date }.
cycle-automatic-renewal-failed = Le renouvellement automatique a échoué : { $reason } Prochaine tentative le { $date }.
cycle-automatic-renewal-stopped = Le renouvellement automatique a échoué trois fois et est désactivé : { $reason } Renouvelez vous-même avant le { $date }.
cycle-no-card-window = Aucune carte enregistrée pour le renouvellement automatique : renouvelez vous-même avant le { $date }.
cycle-renew-by = Renouvelez avant le { $date } pour conserver les avantages.
cycle-lapsed = A pris fin le { $date } : les avantages sont perdus.

## Export de calendrier

calendar-event-summary = { $offer } : { $event }
calendar-event-description = Voir l’abonnement dans le portail : { $link }
# Variables:
#   $offer (String) - the offer's name
calendar-file-name = { $offer } – dates.ics

## Virements bancaires

event-transfer-received = Nous avons reçu votre virement bancaire de { $amount } pour la commande { $number } (« { $offer } »). La date anniversaire est le { $date }.
event-transfer-due-soon = La commande { $number } (« { $offer } ») attend toujours votre virement bancaire de { $amount } avec la référence de paiement { $reference }. Il doit arriver avant le { $date }, sinon la commande est annulée.
event-transfer-cancelled = Votre virement bancaire pour la commande { $number } (« { $offer } ») n’est pas arrivé : la commande est annulée et l’avoir { $credit } crédite sa facture.
mail-subject-transfer-received = Virement bancaire reçu pour « { $offer } »
mail-subject-transfer-due-soon = Votre virement bancaire pour « { $offer } » arrive bientôt à échéance
mail-subject-transfer-cancelled = Commande pour « { $offer } » annulée : virement non reçu
