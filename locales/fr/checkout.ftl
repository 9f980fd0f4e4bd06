# membership-offers: see docs/glossary.md for the terms of each language.

## Commande : acheter, renouveler ou réactiver (les étapes du seed 000)

checkout-title-purchase = Acheter une offre
checkout-title-renewal = Renouveler l’abonnement
checkout-title-reactivation = Réactiver la compétence
checkout-back = Retour
# Nom accessible de la liste des étapes de la commande.
checkout-steps-label = Étapes de la commande
checkout-step-payment = Mode de paiement
checkout-step-review = Passer en revue les détails de la commande
checkout-step-confirmation = Confirmation
checkout-no-price = Cette offre n’a pas de prix dans la devise de votre organisation. Veuillez contacter le { -partner-support }.
checkout-already-owned = Votre organisation possède déjà cette offre. Renouvelez-la depuis ses détails à l’ouverture de la fenêtre de renouvellement.
checkout-gateway-unavailable = Le service de paiement est injoignable pour le moment. Aucun montant n’a été prélevé ; veuillez réessayer plus tard.

## Étape Mode de paiement

# Variables:
#   $amount (String) - le total TVA comprise, mis en forme
checkout-amount-due = Montant dû, TVA comprise : { $amount }
checkout-payment-method = Mode de paiement
checkout-method-card = Carte de crédit (prélèvement immédiat)
checkout-method-bank-transfer = Virement bancaire électronique
checkout-card-details = Détails de la carte
checkout-card-holder = Nom figurant sur la carte
checkout-card-number = Numéro de carte
checkout-card-number-hint = Les 12 à 19 chiffres figurant au recto de la carte.
checkout-card-expiry = Date d’expiration
checkout-card-expiry-hint = MM/AA
checkout-card-cvc = Code de sécurité (CVC)
checkout-contact-details = Personne à contacter pour le virement
checkout-contact-name = Nom de contact
checkout-contact-phone = Numéro de téléphone
checkout-contact-email = Adresse de messagerie
# Bouton des seeds (« Envoyer ») qui mène à la vérification de la commande.
checkout-submit = Envoyer

## Passer en revue les détails de la commande

checkout-review-title = Passer en revue les détails de la commande
checkout-order-details = Détails de la commande
checkout-offer = Offre
checkout-period = Période
# Variables:
#   $from (String) - le premier jour de la période, mis en forme
#   $to (String) - le dernier jour de la période, mis en forme
checkout-period-value = Du { $from } au { $to }
checkout-new-anniversary = Nouvelle date anniversaire
checkout-price = Prix
# Variables:
#   $rate (String) - le taux de TVA en pourcentage, mis en forme, par exemple « 20 »
checkout-vat = TVA ({ $rate } %)
checkout-total = Total
# Variables:
#   $brand (String) - la marque de la carte, par exemple « Visa »
#   $last4 (String) - les quatre derniers chiffres du numéro de carte
#   $expiry (String) - la date d’expiration de la carte, MM/AA
checkout-paid-by-card = { $brand } se terminant par { $last4 } (expiration : { $expiry })
# Variables:
#   $name (String) - le nom de la personne à contacter
#   $phone (String) - le numéro de téléphone de la personne à contacter
#   $email (String) - l’adresse de messagerie de la personne à contacter
checkout-paid-by-transfer = Virement bancaire électronique ; contact : { $name }, { $phone }, { $email }
checkout-reverse-charge = Autoliquidation de la TVA : la TVA est due par l’acheteur.
checkout-policy-exception = Une exception à la politique s’applique à cette commande et y est consignée.
# Terme des seeds pour l’adresse figurant sur la facture.
checkout-bill-to = Adresse de facturation
# Lien des seeds (« Mettre à jour ») vers le profil de partenaire.
checkout-update-address = Mettre à jour
# Bouton des seeds (« Acheter »).
checkout-buy = Acheter
checkout-buy-hint = Une carte est débitée immédiatement.
checkout-declined = Votre carte a été refusée. Aucun montant n’a été prélevé et votre commande n’a pas été passée.
checkout-insufficient-funds = Votre carte a été refusée en raison de fonds insuffisants. Aucun montant n’a été prélevé et votre commande n’a pas été passée.
checkout-choose-other-method = Choisir un autre mode de paiement

## Confirmation

checkout-confirmed-title = Votre commande est confirmée
# Variables:
#   $offer (String) - le nom de l’offre
#   $number (String) - le numéro de commande
checkout-confirmed-order = Merci. Votre commande { $number } pour l’offre « { $offer } » est confirmée.
checkout-order-number = Numéro de commande
checkout-invoice-number = Numéro de facture
# Variables:
#   $amount (String) - le montant prélevé, mis en forme
checkout-confirmed-charged = Votre carte a été débitée de { $amount }.
# Variables:
#   $amount (String) - le montant à virer, mis en forme
#   $reference (String) - la référence de paiement à indiquer
#   $date (String) - la date limite du virement, mise en forme
checkout-confirmed-transfer = Veuillez effectuer un virement de { $amount } en indiquant la référence de paiement { $reference } au plus tard le { $date }. La commande est en attente de votre virement.
# Heading of the seller's bank account on the confirmation of a bank-transfer order.
checkout-bank-heading = Nos coordonnées bancaires
# Labels of the bank account's facts.
checkout-bank-beneficiary = Bénéficiaire
checkout-bank-iban = IBAN
checkout-bank-bic = BIC
# Bouton des seeds (« Fermer »).
checkout-close = Fermer
checkout-auto-renewal-legend = Renouvellement automatique
checkout-auto-renewal-on = Renouveler automatiquement chaque année : débiter { $card } le { $date }
checkout-auto-renewal-off = Laisser le renouvellement automatique désactivé ; je renouvellerai moi-même
checkout-auto-renewal-no-card = Le renouvellement automatique reste désactivé : aucune carte ne peut être débitée. Vous recevrez un rappel avant l’expiration de l’abonnement.
checkout-view-awaiting-order = Voir la commande en attente de paiement
checkout-starts-on-receipt = Commence le jour de la réception de votre virement, pour un an
# On the order review, when the partner's VAT ID would give reverse charge but is not verified yet.
checkout-vat-id-unverified = Votre numéro de TVA n’est pas encore vérifié : la TVA est donc facturée sur cette commande. Dès que le { -partner-support } l’aura vérifié, les commandes suivantes seront en autoliquidation.

## A card as the partner sees it, wherever it is named (order review, offer details,
## notices and e-mail)

# Variables:
#   $brand (String) - the card's brand, e.g. "Visa"
#   $last4 (String) - the last four digits of the card number, e.g. "4242"
card-masked = { $brand } •••• { $last4 }
