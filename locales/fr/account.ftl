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
