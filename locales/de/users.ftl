# membership-offers: see docs/glossary.md for the terms of each language.

## Seite „Benutzer“ (Seed 000: Benutzer hinzufügen und Rollen zuweisen)

# Die fünf Partnerrollen aus Seed 000 und die Mitarbeiter des Netzwerks.
role-global-admin = Globaler Administrator
role-user-admin = Benutzeradministrator
role-partner-admin = Partneradministrator
role-admin-agent = Administrator-Agent
role-sales-agent = Vertriebs-Agent
role-support-agent = Support-Mitarbeiter
role-translator = Übersetzer
users-column-name = Name
users-column-email = E-Mail-Adresse
users-column-roles = Rollen
users-column-status = Status
users-active = Aktiv
users-deactivated = Deaktiviert
users-deactivate = Deaktivieren
users-activate = Aktivieren
users-save-roles = Rollen speichern
# Barrierefreier Name der Kontrollkästchen für die Rollen eines Benutzers.
# Variables:
#   $name (String) - der Name des Benutzers
users-roles-of = Rollen von { $name }
users-you = Sie
users-add-heading = Einen Benutzer hinzufügen
users-name = Name
users-email = E-Mail-Adresse
users-initial-password = Initialpasswort
users-initial-password-hint = Mindestens 12 Zeichen. Geben Sie es dem Benutzer persönlich; er meldet sich damit an.
users-no-role-hint = Ein Benutzer ohne Rolle kann nur Angebote und deren Status anzeigen.
users-add-submit = Benutzer hinzufügen
users-password-too-short = Das Passwort muss mindestens 12 Zeichen lang sein.
users-email-taken = Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.
users-last-global-admin = Ihre Organisation muss mindestens einen aktiven Benutzer mit der Rolle „Globaler Administrator“ behalten.
users-done-added = Der Benutzer wurde hinzugefügt.
users-done-changed = Der Benutzer wurde geändert.
# Shown when a user admin tries to change their own roles or deactivate themselves.
users-refused-own-account = Sie können Ihre eigenen Rollen nicht ändern und sich nicht selbst deaktivieren. Ein anderer Administrator kann das für Sie tun.
# Shown when someone who is not a Global admin tries to grant or remove Global admin, or to change a Global admin.
users-refused-global-admin-only = Nur ein Globaler Administrator kann die Rolle „Globaler Administrator“ vergeben oder entziehen oder einen Globalen Administrator ändern.
# Beside your own row on the Users page, where no forms are offered.
users-own-account-hint = Ein anderer Administrator kann Ihre Rollen ändern.
# Beside a Global admin's row, for a User admin (who may not change it).
users-global-admin-only-hint = Nur ein Globaler Administrator kann diesen Benutzer ändern.
# A user with no role, in the Roles column.
users-no-role = Keine Rolle (nur Ansicht)
