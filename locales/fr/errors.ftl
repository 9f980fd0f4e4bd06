# membership-offers: see docs/glossary.md for the terms of each language.

## Messages d’erreur.

error-unauthenticated = Votre session a expiré. Veuillez vous reconnecter.
error-forbidden = Votre rôle ne permet pas cette action.
error-not-found = Nous n’avons pas trouvé ce que vous cherchez.
error-conflict = Quelqu’un a modifié cet élément en même temps. Rechargez la page et réessayez.
error-internal = Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.
error-bad-request = La demande n’a pas pu être lue. Revenez en arrière, vérifiez votre saisie et réessayez.
error-unavailable = Le portail est surchargé ou l’un de ses services est indisponible. Veuillez réessayer dans un instant.
error-request = Le portail est injoignable. Vérifiez votre connexion et réessayez.
