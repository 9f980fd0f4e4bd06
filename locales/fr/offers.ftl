# membership-offers: see docs/glossary.md for the terms of each language.

## Noms des offres

# L’abonnement annuel des seeds (« Abonnement Action Pack »).
offer-action-pack = Abonnement Action Pack
# Nom d’une offre de compétence.
# Variables:
#   $level (String) - « Silver » ou « Gold » (de level-silver / level-gold)
#   $area (String) - le domaine de compétence, par exemple « Cloud Platform »
offer-competency = Compétence { $level } : { $area }
level-silver = Silver
level-gold = Gold
area-cloud-platform = Cloud Platform
area-cloud-productivity = Cloud Productivity
area-data-analytics = Data Analytics
area-data-platform = Data Platform
area-security = Security
area-application-development = Application Development

## Page Offres d’abonnement

offers-available-heading = Offres
# Titre de la liste des offres que l’organisation possède (terme des seeds « Acheté »).
offers-purchased-heading = Offres achetées
offers-purchased-empty = Votre organisation n’a encore acheté aucune offre.
offers-benefit-support = Support dédié
offers-benefit-marketing = Ressources de marketing
offers-benefit-planning = Informations et outils de planification d’entreprise
offers-benefit-training = Formation axée sur le cloud
# Prix affiché sur une vignette d’offre.
# Variables:
#   $price (String) - le prix annuel, déjà mis en forme, par exemple « 475,00 € »
offers-price-per-year = { $price } par an
offers-buy = Acheter
# Bouton des seeds (« Renouveler l’abonnement »).
offers-renew = Renouveler l’abonnement
# Bouton pour une compétence non renouvelée qui bénéficie d’une exception à la politique.
offers-reactivate = Réactiver la compétence
offers-view-details = Afficher les détails
offers-requirements-not-met = Exigences pas encore satisfaites
offers-join-first = Rejoignez d’abord le réseau
offers-not-member = Votre organisation n’est pas encore membre du réseau. Rejoignez le réseau avant d’acheter une offre.
offers-column-offer = Offre
offers-column-status = État
offers-column-purchase-date = Date d’achat
# Seed 002 : la date anniversaire figure dans cette colonne.
offers-column-renewal-start-date = Date de début du renouvellement
offers-column-expiration-date = Date d’expiration
offers-column-automatic-renewal = Renouvellement automatique
offers-column-actions = Actions
# Bannière affichée pendant la fenêtre de renouvellement d’une offre.
# Variables:
#   $offer (String) - le nom de l’offre
#   $days (Number) - nombre de jours avant la fermeture de la fenêtre
#   $date (String) - la date de fermeture de la fenêtre, mise en forme
offers-banner-window-closing =
    { $days ->
        [0] La fenêtre de renouvellement de votre offre « { $offer } » se ferme aujourd’hui ({ $date }).
        [1] La fenêtre de renouvellement de votre offre « { $offer } » se ferme demain ({ $date }).
       *[other] La fenêtre de renouvellement de votre offre « { $offer } » se ferme dans { $days } jours ({ $date }).
    }
# Bannière affichée lorsque le renouvellement automatique est désactivé et que l’offre arrive bientôt à expiration.
# Variables:
#   $offer (String) - le nom de l’offre
#   $days (Number) - nombre de jours avant l’expiration
#   $date (String) - la date d’expiration, mise en forme
offers-banner-expires-without-auto-renewal =
    { $days ->
        [0] Votre offre « { $offer } » arrive à expiration aujourd’hui ({ $date }) et le renouvellement automatique est désactivé.
        [1] Votre offre « { $offer } » arrive à expiration demain ({ $date }) et le renouvellement automatique est désactivé.
       *[other] Votre offre « { $offer } » arrive à expiration dans { $days } jours ({ $date }) et le renouvellement automatique est désactivé.
    }

## États

status-active = Actif
# Expiré, dans la fenêtre de renouvellement de 30 jours : les avantages sont maintenus.
status-in-renewal-window = Dans la fenêtre de renouvellement
status-lapsed = Non renouvelé
status-cancelled = Annulé
status-cancellation-requested = Annulation demandée
auto-renewal-on = Activé
auto-renewal-off = Désactivé
competency-requirements = Exigences :
# Terme des seeds pour une compétence dont les exigences sont satisfaites.
competency-status-complete = Terminé
competency-status-incomplete = Non terminé

## Pourquoi le renouvellement n’est pas disponible

# Variables:
#   $date (String) - le premier jour de la fenêtre de renouvellement, mis en forme
renew-not-yet = Vous pourrez renouveler à partir du { $date }.
# Variables:
#   $date (String) - le dernier jour de la fenêtre de renouvellement, mis en forme
renew-window-closed = La fenêtre de renouvellement s’est fermée le { $date }.
renew-requirements-not-met = Les exigences de la compétence doivent être à l’état « Terminé » pour que vous puissiez renouveler.
# Variables:
#   $date (String) - la date de la demande d’annulation, mise en forme
renew-cancellation-requested = Une annulation a été demandée le { $date }.
# Variables:
#   $date (String) - la date de l’annulation, mise en forme
renew-cancelled = Annulé le { $date }.

## Détails de l’offre

details-back = Retour aux offres d’abonnement
details-price = Prix
details-next-charge = Prochain prélèvement automatique
# Variables:
#   $date (String) - la date du prélèvement, mise en forme
#   $amount (String) - le montant TVA comprise, mis en forme
details-next-charge-value = { $amount } le { $date }
details-card = Carte enregistrée
details-actions-heading = Actions
details-timeline-heading = Chronologie
# Bouton des seeds (« Désactiver le renouvellement automatique »).
details-turn-off-auto-renewal = Désactiver le renouvellement automatique
# Bouton des seeds (« Annuler l’abonnement »).
details-cancel-subscription = Annuler l’abonnement
# Bouton des seeds (« Télécharger la facture »).
details-download-invoice = Télécharger la facture
details-policy-exception = Une exception à la politique s’applique à cette offre : ses dates ont fait l’objet d’une prolongation et elle bénéficie d’une exemption des exigences jusqu’à la prochaine date de renouvellement.
# Variables:
#   $date (String) - la date de la demande d’annulation, mise en forme
details-cancellation-requested = Vous avez demandé l’annulation de cet abonnement le { $date }. Le { -partner-support } s’en chargera ; vous pouvez suivre la demande dans Support.
details-auto-renewal-off = Le renouvellement automatique est désactivé. Vous pourrez le réactiver après votre prochain renouvellement.
# Variables:
#   $date (String) - la date du rappel, mise en forme
details-auto-renewal-off-reminder = Le renouvellement automatique est désactivé. Vous pourrez le réactiver après votre prochain renouvellement. Nous vous enverrons un rappel le { $date }.
details-done-auto-renewal-off = Le renouvellement automatique est maintenant désactivé.
details-done-cancellation-requested = Votre demande d’annulation a été envoyée au { -partner-support }.
timeline-purchased = Achat
timeline-reminder-before = Rappel : arrive à expiration dans 15 jours
timeline-anniversary = Date anniversaire et date d’expiration
timeline-window-opens = Ouverture de la fenêtre de renouvellement
timeline-reminder-after = Rappel : la fenêtre de renouvellement se ferme bientôt
timeline-window-closes = Fermeture de la fenêtre de renouvellement
timeline-loses-benefits = Fin des avantages sans renouvellement
timeline-automatic-charge = Prélèvement sur la carte par le renouvellement automatique

## Désactivation du renouvellement automatique

auto-renewal-off-title = Désactiver le renouvellement automatique ?
# Variables:
#   $offer (String) - le nom de l’offre
#   $date (String) - la date anniversaire (date d’expiration), mise en forme
auto-renewal-off-explanation = Votre offre « { $offer } » ne sera pas renouvelée automatiquement le { $date }. Renouvelez-la vous-même pendant la fenêtre de renouvellement pour conserver ses avantages.
auto-renewal-off-lock = Une fois désactivé, le renouvellement automatique ne peut pas être réactivé avant votre prochain renouvellement manuel. Nous vous enverrons un rappel avant que l’offre n’arrive à expiration.
auto-renewal-off-keep = Conserver le renouvellement automatique

## Annulation d’un abonnement (une demande de support, seed 000)

cancel-title = Annuler l’abonnement
cancel-intro = Les annulations sont traitées par le { -partner-support }. Envoyez cette demande de support ; vous pourrez suivre son état dans Support.
cancel-category = Catégorie
cancel-problem-type = Type de problème
cancel-subscription = Abonnement
cancel-description = Description
# Texte prérempli de la demande d’annulation.
# Variables:
#   $offer (String) - le nom de l’offre
cancel-description-prefill = Veuillez annuler notre offre « { $offer } ».
cancel-submit = Envoyer
cancel-back = Retour à l’offre
# Heading of what a cancellation takes away, shown before the request is sent.
cancel-loses-heading = Ce que vous perdez, et quand
# Said before the list of the benefits a cancellation ends, when the current term
# runs on after today. Variables:
#   $offer (String) - the offer's name
#   $end (String) - the day after the current term's anniversary date: when a cancellation at the end of the term takes effect
#   $now (String) - today: when a cancellation now takes effect
cancel-loses-benefits-on = Les avantages de l’offre « { $offer } » prennent fin quand l’annulation prend effet : le { $end } à la fin de la période en cours, ou aujourd’hui, le { $now }, si vous demandez une annulation immédiate.
# Said before the list of the benefits a cancellation ends, when the current term
# has already ended (the renewal window): either choice takes effect today. Variables:
#   $offer (String) - the offer's name
#   $date (String) - today
cancel-loses-benefits-today = Les avantages de l’offre « { $offer } » prennent fin quand l’annulation prend effet : aujourd’hui, le { $date }.
# Only for a competency. Variables:
#   $offer (String) - the competency's name, e.g. "Silver competency: Cloud Platform"
cancel-loses-competency = À partir de ce jour, votre organisation ne détient plus la { $offer }.
# What a cancellation does to automatic renewal.
cancel-loses-auto-renewal = Le renouvellement automatique est désactivé : plus rien n’est débité.
# Who completes the cancellation.
cancel-staff-completes = Le { -partner-support } effectue l’annulation et confirme la date ; vous êtes prévenu ici et par e-mail.
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - the day after the current term's anniversary date
cancel-effect-end-of-term-on = À la fin de la période en cours, le { $date }
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - today
cancel-effect-now-on = Maintenant, le { $date }
# The subject prefilled on the cancellation request. Variables:
#   $offer (String) - the offer's name
cancel-subject-prefill = Annuler « { $offer } »
# Catégorie de support du seed 000.
support-category-partner-center = Signaler des problèmes avec l’Espace partenaires
# Type de problème de support du seed 000.
support-problem-invoice-payment = Aide concernant une facture, un paiement ou un fichier de rapprochement de partenaire

# Variables:
#   $date (String) - la date de fin des avantages, mise en forme
refusal-lapsed = Cet abonnement a expiré le { $date }.
refusal-auto-renewal-already-off = Le renouvellement automatique est déjà désactivé.
refusal-auto-renewal-already-on = Le renouvellement automatique est déjà activé.
refusal-no-card-on-file = Le renouvellement automatique nécessite une carte enregistrée. Renouvelez par carte de crédit pour l’activer.
# Variables:
#   $date (String) - le dernier jour de la période de renouvellement, mis en forme
refusal-auto-renewal-charges-declined = Le renouvellement automatique reste désactivé : la carte a été refusée à chaque tentative pour cette période. Renouvelez vous-même avant le { $date } ; lors de l’achat, vous pouvez laisser le renouvellement automatique activé pour l’année suivante.
offers-buy-again = Acheter de nouveau
details-turn-on-auto-renewal = Activer le renouvellement automatique
details-done-auto-renewal-on = Le renouvellement automatique est maintenant activé.
details-calendar = Ajouter ces dates à votre calendrier (.ics)
status-awaiting-payment = Renouvellement en attente de paiement
status-purchase-awaiting-payment = Achat en attente de paiement
renew-awaiting-transfer = Un virement bancaire est attendu pour cette offre jusqu’au { $date }.
cycle-awaiting-transfer = Renouvellement en attente de paiement : les avantages continuent jusqu’au { $date }, date limite du virement.
refusal-transfer-not-awaited = Cette commande n’attend plus de virement bancaire.
refusal-transfer-amount = Le montant reçu doit être exactement le total de la facture, { $amount }. Les paiements partiels et les trop-perçus ne sont pas acceptés.
refusal-transfer-date = La date de réception du virement doit être comprise entre le { $date } et aujourd’hui.
