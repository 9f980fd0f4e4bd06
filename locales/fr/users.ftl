# membership-offers: see docs/glossary.md for the terms of each language.

## Page Utilisateurs (seed 000 : ajouter des utilisateurs et leur attribuer des rôles)

# Les cinq rôles de partenaire du seed 000 et le personnel du réseau.
role-global-admin = Administrateur général
role-user-admin = Administrateur d’utilisateurs
role-partner-admin = Administrateur partenaire
role-admin-agent = Agent d’administration
role-sales-agent = Agent commercial
role-support-agent = Agent de support
role-translator = Traducteur
users-column-name = Nom
users-column-email = Adresse de messagerie
users-column-roles = Rôles
users-column-status = État
users-active = Actif
users-deactivated = Désactivé
users-deactivate = Désactiver
users-activate = Activer
users-save-roles = Enregistrer les rôles
# Nom accessible des cases à cocher des rôles d’un utilisateur.
# Variables:
#   $name (String) - le nom de l’utilisateur
users-roles-of = Rôles de { $name }
users-you = Vous
users-add-heading = Ajouter un utilisateur
users-name = Nom
users-email = Adresse de messagerie
users-initial-password = Mot de passe initial
users-initial-password-hint = Au moins 12 caractères. Remettez-le en personne à l’utilisateur ; il s’en servira pour se connecter.
users-no-role-hint = Un utilisateur sans rôle peut uniquement consulter les offres et leur état.
users-add-submit = Ajouter l’utilisateur
users-password-too-short = Le mot de passe doit comporter au moins 12 caractères.
users-email-taken = Un utilisateur avec cette adresse de messagerie existe déjà.
users-last-global-admin = Votre organisation doit conserver au moins un utilisateur actif ayant le rôle « Administrateur général ».
users-done-added = L’utilisateur a été ajouté.
users-done-changed = L’utilisateur a été modifié.
# Shown when a user admin tries to change their own roles or deactivate themselves.
users-refused-own-account = Vous ne pouvez pas modifier vos propres rôles ni vous désactiver vous-même. Un autre administrateur peut le faire pour vous.
# Shown when someone who is not a Global admin tries to grant or remove Global admin, or to change a Global admin.
users-refused-global-admin-only = Seul un administrateur général peut attribuer ou retirer le rôle « Administrateur général », ou modifier un administrateur général.
# Beside your own row on the Users page, where no forms are offered.
users-own-account-hint = Un autre administrateur peut modifier vos rôles.
# Beside a Global admin's row, for a User admin (who may not change it).
users-global-admin-only-hint = Seul un administrateur général peut modifier cet utilisateur.
# A user with no role, in the Roles column.
users-no-role = Aucun rôle (consultation seule)
