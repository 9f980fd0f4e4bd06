## Pagina Auditlogboek (Globale beheerder)

audit-title = Auditlogboek
audit-filter-action = Actie
audit-filter-user = Gebruiker
audit-column-when = Tijdstip
audit-column-who = Gebruiker
audit-column-action = Actie
audit-column-detail = Details
audit-column-address = IP-adres
audit-action-sign-in = Aangemeld
audit-action-sign-in-failed = Mislukte aanmelding
audit-action-sign-out = Afgemeld
audit-action-purchase = Aankoop
audit-action-renewal = Vernieuwing
audit-action-automatic-renewal = Automatische vernieuwing
audit-action-reactivation = Opnieuw geactiveerd
audit-action-auto-renewal-off = Automatische vernieuwing uitgeschakeld
audit-action-cancellation-requested = Annulering aangevraagd
audit-action-profile-updated = Partnerprofiel gewijzigd
audit-action-user-added = Gebruiker toegevoegd
audit-action-user-roles-changed = Rollen gewijzigd
audit-action-user-activated = Gebruiker geactiveerd
audit-action-user-deactivated = Gebruiker gedeactiveerd
audit-action-enrolled = Lid geworden van het netwerk
audit-action-other = Overig
audit-action-auto-renewal-on = Automatische vernieuwing ingeschakeld
