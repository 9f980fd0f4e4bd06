## Audit log page (Global admin)

audit-title = Audit log
audit-filter-action = Action
audit-filter-user = User
audit-column-when = When
audit-column-who = Who
audit-column-action = Action
audit-column-detail = Details
audit-column-address = Address
audit-action-sign-in = Signed in
audit-action-sign-in-failed = Failed sign-in
audit-action-sign-out = Signed out
audit-action-purchase = Purchase
audit-action-renewal = Renewal
audit-action-automatic-renewal = Automatic renewal
audit-action-reactivation = Reactivation
audit-action-auto-renewal-off = Automatic renewal turned off
audit-action-cancellation-requested = Cancellation requested
audit-action-profile-updated = Partner profile changed
audit-action-user-added = User added
audit-action-user-roles-changed = Roles changed
audit-action-user-activated = User activated
audit-action-user-deactivated = User deactivated
audit-action-enrolled = Joined the network
audit-action-other = Other
audit-action-auto-renewal-on = Automatic renewal turned on
