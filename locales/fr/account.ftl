# membership-offers: see docs/glossary.md for the terms of each language.

## Page de connexion

sign-in-title = Se connecter
sign-in-email = Adresse de messagerie
sign-in-password = Mot de passe
sign-in-submit = Se connecter
# Volontairement le même message pour une adresse de messagerie inconnue et un mot de passe erroné.
sign-in-failed = L’adresse de messagerie ou le mot de passe est incorrect.
# Affiché après un trop grand nombre de tentatives infructueuses.
# Variables:
#   $minutes (Number) - durée d’attente avant de pouvoir réessayer
sign-in-throttled = Trop de tentatives infructueuses. Veuillez patienter { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, puis réessayer.
# Shown when the server is checking too many passwords at once (a flood of sign-ins); nothing is wrong with the account.
sign-in-busy = Trop de personnes se connectent en ce moment. Veuillez réessayer dans quelques secondes.

## My account (every signed-in user): password and sessions

# Heading of the account page; the user's name in the header links to it.
account-title = Mon compte
account-password-heading = Modifier le mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-hint = Au moins 12 caractères. Une phrase de passe de plusieurs mots est facile à retenir et difficile à deviner.
account-confirm-password = Répétez le nouveau mot de passe
account-password-submit = Modifier le mot de passe
# After a successful change; the user's other sessions have ended.
account-password-changed = Votre mot de passe a été modifié. Vous avez été déconnecté partout ailleurs.
# Shown (and every other page is closed) until a user replaces the password an admin gave them.
account-must-change-password = Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe pour continuer.
account-password-too-short = Le nouveau mot de passe doit comporter au moins 12 caractères.
account-password-unchanged = Le nouveau mot de passe doit être différent de l’actuel.
account-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
account-current-password-wrong = Le mot de passe actuel n’est pas correct.
account-sign-out-everywhere-heading = Se déconnecter partout
account-sign-out-everywhere-hint = Met fin à toutes les sessions de votre compte, sur cet appareil et sur tous les autres, par exemple après avoir utilisé un ordinateur partagé.
account-sign-out-everywhere-submit = Se déconnecter partout
# On the sign-in page, after "Sign out everywhere".
account-signed-out-everywhere = Vous avez été déconnecté sur tous les appareils.
