# membership-offers: see docs/glossary.md for the terms of each language.

## Page Journal d’audit (Administrateur général)

audit-title = Journal d’audit
audit-filter-action = Action
audit-filter-user = Utilisateur
audit-column-when = Date et heure
audit-column-who = Utilisateur
audit-column-action = Action
audit-column-detail = Détails
audit-column-address = Adresse IP
audit-action-sign-in = Connexion
audit-action-sign-in-failed = Échec de la connexion
audit-action-sign-out = Déconnexion
audit-action-password-changed = Mot de passe modifié
audit-action-signed-out-everywhere = Déconnexion partout
audit-action-purchase = Achat
audit-action-renewal = Renouvellement
audit-action-automatic-renewal = Renouvellement automatique
audit-action-reactivation = Réactivation
audit-action-auto-renewal-off = Renouvellement automatique désactivé
audit-action-cancellation-requested = Annulation demandée
audit-action-profile-updated = Profil de partenaire modifié
audit-action-user-added = Utilisateur ajouté
audit-action-user-roles-changed = Rôles modifiés
audit-action-user-activated = Utilisateur activé
audit-action-user-deactivated = Utilisateur désactivé
audit-action-enrolled = Adhésion au réseau
audit-action-other = Autre
audit-action-auto-renewal-on = Renouvellement automatique activé
audit-action-transfer-received = Virement bancaire reçu
audit-action-transfer-cancelled = Virement bancaire non reçu ; commande annulée
audit-action-support-request-handled = Demande de support traitée par le { -partner-support }
audit-action-cancellation-completed = Annulation effectuée par le { -partner-support }
audit-action-competency-status-set = État des exigences d’une compétence défini par le { -partner-support }
audit-action-vat-id-verified = Numéro de TVA vérifié
audit-action-vat-id-rejected = Numéro de TVA refusé

## The Details column: one line per fact of an entry. Entries written before these
## messages existed keep the English text they were written with.

# Variables:
#   $number (String) - the order number, e.g. "ORD-2026-000001"
audit-fact-order = Commande { $number }
# Variables:
#   $number (String) - the invoice number, e.g. "INV-2026-000001"
audit-fact-invoice = Facture { $number }
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
audit-fact-credit-note = Avoir { $number }
# The VAT ID that Partner Support or VIES verified or rejected.
# Variables:
#   $number (String) - the VAT ID, e.g. "DE136695976"
audit-fact-vat-id = Numéro de TVA { $number }
# Variables:
#   $offer (String) - the offer's name, e.g. "Action Pack subscription"
#   $id (String) - the subscription's number in the portal, e.g. "12"
audit-fact-subscription = { $offer } (abonnement { $id })
# Variables:
#   $date (String) - the day the bank transfer came in, formatted
audit-fact-received-on = Reçu le { $date }
# Variables:
#   $date (String) - the day the cancellation takes effect, formatted
audit-fact-effective-on = Prend effet le { $date }
# Why automatic renewal was turned off.
# Variables:
#   $attempts (Number) - how many charges of the stored card were declined
#   $reason (String) - why the last charge failed, a short sentence (decline-reason-*)
audit-fact-declined = { $attempts ->
        [one] Après { $attempts } paiement refusé : { $reason }
       *[other] Après { $attempts } paiements refusés : { $reason }
    }
# Variables:
#   $email (String) - the e-mail address of the user the action was about
audit-fact-user = Utilisateur { $email }
# The roles a user was given.
# Variables:
#   $roles (String) - the roles' names, joined as a list ("Global admin and Sales agent")
audit-fact-roles = Rôles : { $roles }
# A user was given no role.
audit-fact-no-roles = Aucun rôle
# Which fields of the partner profile changed.
# Variables:
#   $fields (String) - the fields' names (audit-field-*), joined as a list
audit-fact-profile-fields = Champs modifiés : { $fields }
# The fields named in audit-fact-profile-fields, written as inside a sentence's list.
# "Address" stands for the address lines and the city.
audit-field-legal-name = raison sociale
audit-field-address = adresse
audit-field-postal-code = code postal
audit-field-vat-id = numéro de TVA
audit-field-preferred-language = langue préférée
# Variables:
#   $number (String) - the support request's number, e.g. "SR-000123"
#   $event (String) - what Partner Support did (support-event-*), e.g. "Message"
audit-fact-support-request = Demande { $number } : { $event }
# A competency area's requirement status, as Partner Support set it.
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-complete = { $area } : exigences remplies
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-incomplete = { $area } : exigences non remplies
# Variables:
#   $items (String) - what is missing (competency-missing-*), joined as a list
audit-fact-competency-missing = Il manque : { $items }
