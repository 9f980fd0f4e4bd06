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
