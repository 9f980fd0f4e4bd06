## Seite „Überwachungsprotokoll“ (Globaler Administrator)

audit-title = Überwachungsprotokoll
audit-filter-action = Aktion
audit-filter-user = Benutzer
audit-column-when = Zeitpunkt
audit-column-who = Benutzer
audit-column-action = Aktion
audit-column-detail = Details
audit-column-address = IP-Adresse
audit-action-sign-in = Angemeldet
audit-action-sign-in-failed = Fehlgeschlagene Anmeldung
audit-action-sign-out = Abgemeldet
audit-action-purchase = Kauf
audit-action-renewal = Verlängerung
audit-action-automatic-renewal = Automatische Verlängerung
audit-action-reactivation = Reaktivierung
audit-action-auto-renewal-off = Automatische Verlängerung deaktiviert
audit-action-cancellation-requested = Kündigung angefordert
audit-action-profile-updated = Partnerprofil geändert
audit-action-user-added = Benutzer hinzugefügt
audit-action-user-roles-changed = Rollen geändert
audit-action-user-activated = Benutzer aktiviert
audit-action-user-deactivated = Benutzer deaktiviert
audit-action-enrolled = Dem Netzwerk beigetreten
audit-action-other = Sonstiges
audit-action-auto-renewal-on = Automatische Verlängerung aktiviert
