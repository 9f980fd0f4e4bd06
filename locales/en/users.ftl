# membership-offers: see docs/glossary.md for the terms of each language.

## Users page (seed 000: add users and assign roles)

# The five partner roles of seed 000 and network staff.
role-global-admin = Global admin
role-user-admin = User admin
role-partner-admin = Partner admin
role-admin-agent = Admin agent
role-sales-agent = Sales agent
role-support-agent = Support agent
role-translator = Translator
users-column-name = Name
users-column-email = E-mail address
users-column-roles = Roles
users-column-status = Status
users-active = Active
users-deactivated = Deactivated
users-deactivate = Deactivate
users-activate = Activate
users-save-roles = Save roles
# Accessible name of a user's role checkboxes.
# Variables:
#   $name (String) - the user's name
users-roles-of = Roles of { $name }
users-you = You
users-add-heading = Add a user
users-name = Name
users-email = E-mail address
users-initial-password = Initial password
users-initial-password-hint = At least 12 characters. Give it to the user in person; they sign in with it.
users-no-role-hint = A user with no role can view offers and their status, and nothing else.
users-add-submit = Add user
users-password-too-short = The password must have at least 12 characters.
users-email-taken = A user with this e-mail address already exists.
users-last-global-admin = Your organization must keep at least one active Global admin.
users-done-added = The user was added.
users-done-changed = The user was changed.
# Shown when a user admin tries to change their own roles or deactivate themselves.
users-refused-own-account = You cannot change your own roles or deactivate yourself. Another admin can do it for you.
# Shown when someone who is not a Global admin tries to grant or remove Global admin, or to change a Global admin.
users-refused-global-admin-only = Only a Global admin can grant or remove the Global admin role, or change a Global admin.
# Beside your own row on the Users page, where no forms are offered.
users-own-account-hint = Another admin can change your roles.
# Beside a Global admin's row, for a User admin (who may not change it).
users-global-admin-only-hint = Only a Global admin can change this user.
# A user with no role, in the Roles column.
users-no-role = No role (view only)
