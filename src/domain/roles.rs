//! Roles and the one permission matrix (SPEC "Roles", seed 000 "Juiste rollen").
//!
//! Tenant isolation (nobody sees another organization's data) is not a role
//! question: the server scopes every query to the signed-in user's
//! organization. This module only says which actions a set of roles allows.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    // The five partner roles of seed 000.
    GlobalAdmin,
    UserAdmin,
    MpnPartnerAdmin,
    AdminAgent,
    SalesAgent,
    /// Network staff, not part of any partner organization.
    SupportAgent,
    /// Network staff who translate the portal: the translators' workbench only.
    Translator,
}

/// (role, database code), in declaration order.
const ROLE_CODES: [(Role, &str); 7] = [
    (Role::GlobalAdmin, "global-admin"),
    (Role::UserAdmin, "user-admin"),
    (Role::MpnPartnerAdmin, "mpn-partner-admin"),
    (Role::AdminAgent, "admin-agent"),
    (Role::SalesAgent, "sales-agent"),
    (Role::SupportAgent, "support-agent"),
    (Role::Translator, "translator"),
];

impl Role {
    pub const ALL: [Role; 7] = [
        Role::GlobalAdmin,
        Role::UserAdmin,
        Role::MpnPartnerAdmin,
        Role::AdminAgent,
        Role::SalesAgent,
        Role::SupportAgent,
        Role::Translator,
    ];

    /// The roles a partner organization assigns to its users.
    pub const PARTNER_ROLES: [Role; 5] = [
        Role::GlobalAdmin,
        Role::UserAdmin,
        Role::MpnPartnerAdmin,
        Role::AdminAgent,
        Role::SalesAgent,
    ];

    /// Database code, e.g. `"global-admin"`.
    pub fn code(self) -> &'static str {
        ROLE_CODES[self as usize].1
    }

    pub fn parse_code(code: &str) -> Option<Role> {
        ROLE_CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(role, _)| *role)
    }

    pub fn is_partner_role(self) -> bool {
        Role::PARTNER_ROLES.contains(&self)
    }

    /// The network's own roles, held by users of no partner organization.
    pub fn is_network_staff(self) -> bool {
        matches!(self, Role::SupportAgent | Role::Translator)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    ViewOffers,
    Buy,
    Renew,
    TurnOffAutoRenewal,
    RequestCancellation,
    DownloadInvoice,
    /// Follow the organization's own support requests (Support -> requests).
    ViewSupportRequests,
    ManageUsers,
    /// Edit the partner profile, including the bill-to address.
    EditProfile,
    ViewAuditLog,
    /// Enroll the organization in the network.
    Enroll,
    HandleSupportRequests,
    ConfirmBankTransfer,
    /// Verify or reject an organization's VAT ID (only a verified one gives reverse charge).
    VerifyVatId,
    /// The translators' workbench (`/translations`): completeness, the messages beside
    /// the English source, previews. Read-only over the `.ftl` files.
    ViewTranslations,
}

impl Action {
    pub const ALL: [Action; 15] = [
        Action::ViewOffers,
        Action::Buy,
        Action::Renew,
        Action::TurnOffAutoRenewal,
        Action::RequestCancellation,
        Action::DownloadInvoice,
        Action::ViewSupportRequests,
        Action::ManageUsers,
        Action::EditProfile,
        Action::ViewAuditLog,
        Action::Enroll,
        Action::HandleSupportRequests,
        Action::ConfirmBankTransfer,
        Action::VerifyVatId,
        Action::ViewTranslations,
    ];
}

/// Who may perform an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Every signed-in user, including a partner user with no role.
    Everyone,
    /// Users holding at least one of these roles.
    Roles(&'static [Role]),
}

const PARTNERS: &[Role] = &Role::PARTNER_ROLES;
const USER_MANAGERS: &[Role] = &[Role::GlobalAdmin, Role::UserAdmin];
const STAFF: &[Role] = &[Role::SupportAgent];

/// The one permission matrix. Decisions beyond the SPEC:
/// - `EditProfile`: all five partner roles, because the review step of Buy and
///   Renew links to the profile to update the bill-to address;
/// - `ViewAuditLog`: Global admin only;
/// - `Enroll`: Global admin and MPN partner admin (program membership);
/// - `ViewSupportRequests`: the partner roles that can request cancellation;
/// - `ViewOffers` is open to everyone signed in (the server scopes the data);
/// - `ViewTranslations`: Translators only. Support agents answer partners in the
///   partners' language but do not edit the catalogs; a network that wants one person
///   to do both gives that user both roles.
pub const PERMISSIONS: [(Action, Allowed); 15] = [
    (Action::ViewOffers, Allowed::Everyone),
    (Action::Buy, Allowed::Roles(PARTNERS)),
    (Action::Renew, Allowed::Roles(PARTNERS)),
    (Action::TurnOffAutoRenewal, Allowed::Roles(PARTNERS)),
    (Action::RequestCancellation, Allowed::Roles(PARTNERS)),
    (Action::DownloadInvoice, Allowed::Roles(PARTNERS)),
    (Action::ViewSupportRequests, Allowed::Roles(PARTNERS)),
    (Action::ManageUsers, Allowed::Roles(USER_MANAGERS)),
    (Action::EditProfile, Allowed::Roles(PARTNERS)),
    (Action::ViewAuditLog, Allowed::Roles(&[Role::GlobalAdmin])),
    (
        Action::Enroll,
        Allowed::Roles(&[Role::GlobalAdmin, Role::MpnPartnerAdmin]),
    ),
    (Action::HandleSupportRequests, Allowed::Roles(STAFF)),
    (Action::ConfirmBankTransfer, Allowed::Roles(STAFF)),
    (Action::VerifyVatId, Allowed::Roles(STAFF)),
    (Action::ViewTranslations, Allowed::Roles(&[Role::Translator])),
];

/// Who may perform `action`, from [`PERMISSIONS`].
pub fn allowed(action: Action) -> Allowed {
    PERMISSIONS
        .iter()
        .find(|(a, _)| *a == action)
        .map_or(Allowed::Roles(&[]), |(_, allowed)| *allowed)
}

/// Whether a user holding `roles` (possibly none) may perform `action`.
pub fn permits(roles: &[Role], action: Action) -> bool {
    match allowed(action) {
        Allowed::Everyone => true,
        Allowed::Roles(granted) => roles.iter().any(|role| granted.contains(role)),
    }
}

/// Why a user manager may not make a change to a user's roles or activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ManageRefused {
    /// Nobody changes their own roles or deactivates themselves.
    OwnAccount,
    /// Only a Global admin grants, revokes or deactivates Global admin, or changes a
    /// Global admin's roles.
    GlobalAdminOnly,
}

/// Whether a manager holding `manager` roles may give a new user `roles`.
pub fn check_grant(manager: &[Role], roles: &[Role]) -> Result<(), ManageRefused> {
    if roles.contains(&Role::GlobalAdmin) && !manager.contains(&Role::GlobalAdmin) {
        return Err(ManageRefused::GlobalAdminOnly);
    }
    Ok(())
}

/// Whether a manager may change another user's roles from `before` to `after`.
/// A User admin manages the users who are not Global admins, and grants every
/// role but Global admin.
pub fn check_role_change(manager: &[Role], is_self: bool, before: &[Role], after: &[Role]) -> Result<(), ManageRefused> {
    if is_self {
        return Err(ManageRefused::OwnAccount);
    }
    check_grant(manager, before)?;
    check_grant(manager, after)
}

/// Whether a manager may deactivate or activate a user holding `target` roles.
pub fn check_activity_change(manager: &[Role], is_self: bool, target: &[Role]) -> Result<(), ManageRefused> {
    if is_self {
        return Err(ManageRefused::OwnAccount);
    }
    check_grant(manager, target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    #[test]
    fn every_action_appears_exactly_once_in_the_matrix() {
        for action in Action::ALL {
            assert_eq!(
                PERMISSIONS.iter().filter(|(a, _)| *a == action).count(),
                1,
                "{action:?}"
            );
        }
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse_code(role.code()), Some(role));
        }
        assert_eq!(Role::parse_code("root"), None);
        assert_eq!(GlobalAdmin.code(), "global-admin");
    }

    #[test]
    fn permission_matrix_table() {
        use Action::*;
        // Columns: GlobalAdmin, UserAdmin, MpnPartnerAdmin, AdminAgent, SalesAgent, SupportAgent, Translator, no role.
        let table: [(Action, [bool; 8]); 15] = [
            (ViewOffers, [true, true, true, true, true, true, true, true]),
            (Buy, [true, true, true, true, true, false, false, false]),
            (Renew, [true, true, true, true, true, false, false, false]),
            (
                TurnOffAutoRenewal,
                [true, true, true, true, true, false, false, false],
            ),
            (
                RequestCancellation,
                [true, true, true, true, true, false, false, false],
            ),
            (
                DownloadInvoice,
                [true, true, true, true, true, false, false, false],
            ),
            (
                ViewSupportRequests,
                [true, true, true, true, true, false, false, false],
            ),
            (ManageUsers, [true, true, false, false, false, false, false, false]),
            (EditProfile, [true, true, true, true, true, false, false, false]),
            (
                ViewAuditLog,
                [true, false, false, false, false, false, false, false],
            ),
            (Enroll, [true, false, true, false, false, false, false, false]),
            (
                HandleSupportRequests,
                [false, false, false, false, false, true, false, false],
            ),
            (
                ConfirmBankTransfer,
                [false, false, false, false, false, true, false, false],
            ),
            (VerifyVatId, [false, false, false, false, false, true, false, false]),
            (
                ViewTranslations,
                [false, false, false, false, false, false, true, false],
            ),
        ];
        for (action, expected) in table {
            for (i, role) in Role::ALL.into_iter().enumerate() {
                assert_eq!(permits(&[role], action), expected[i], "{role:?} {action:?}");
            }
            assert_eq!(permits(&[], action), expected[7], "no role {action:?}");
        }
    }

    #[test]
    fn a_user_with_several_roles_gets_the_union() {
        assert!(permits(&[SalesAgent, UserAdmin], Action::ManageUsers));
        assert!(!permits(&[SalesAgent, AdminAgent], Action::ManageUsers));
    }

    #[test]
    fn a_support_agent_cannot_buy_for_a_partner() {
        assert!(!permits(&[SupportAgent], Action::Buy));
        assert!(!permits(&[SupportAgent], Action::Renew));
        assert!(SupportAgent.is_network_staff());
        assert!(!SupportAgent.is_partner_role());
        assert!(Role::PARTNER_ROLES.iter().all(|r| r.is_partner_role()));
    }

    #[test]
    fn a_translator_is_network_staff_who_may_only_see_the_workbench() {
        assert!(Translator.is_network_staff());
        assert!(!Translator.is_partner_role());
        let theirs: Vec<Action> = Action::ALL.into_iter().filter(|a| permits(&[Translator], *a)).collect();
        assert_eq!(theirs, [Action::ViewOffers, Action::ViewTranslations]);
        assert!(!permits(&[SupportAgent], Action::ViewTranslations));
        assert!(!permits(&[GlobalAdmin], Action::ViewTranslations));
    }

    #[test]
    fn a_user_admin_cannot_make_or_unmake_a_global_admin() {
        let ua = [UserAdmin];
        assert_eq!(check_grant(&ua, &[GlobalAdmin]), Err(ManageRefused::GlobalAdminOnly));
        assert_eq!(check_grant(&ua, &[SalesAgent, UserAdmin]), Ok(()));
        assert_eq!(check_role_change(&ua, false, &[SalesAgent], &[SalesAgent, GlobalAdmin]), Err(ManageRefused::GlobalAdminOnly));
        assert_eq!(check_role_change(&ua, false, &[GlobalAdmin], &[SalesAgent]), Err(ManageRefused::GlobalAdminOnly));
        assert_eq!(check_role_change(&ua, false, &[GlobalAdmin, SalesAgent], &[GlobalAdmin]), Err(ManageRefused::GlobalAdminOnly));
        assert_eq!(check_activity_change(&ua, false, &[GlobalAdmin]), Err(ManageRefused::GlobalAdminOnly));
        assert_eq!(check_role_change(&ua, false, &[SalesAgent], &[AdminAgent]), Ok(()));
        assert_eq!(check_activity_change(&ua, false, &[SalesAgent]), Ok(()));
    }

    #[test]
    fn a_global_admin_manages_everyone_but_nobody_changes_themselves() {
        let ga = [GlobalAdmin];
        assert_eq!(check_role_change(&ga, false, &[SalesAgent], &[GlobalAdmin]), Ok(()));
        assert_eq!(check_activity_change(&ga, false, &[GlobalAdmin]), Ok(()));
        assert_eq!(check_role_change(&ga, true, &[GlobalAdmin], &[GlobalAdmin, SalesAgent]), Err(ManageRefused::OwnAccount));
        assert_eq!(check_activity_change(&ga, true, &[GlobalAdmin]), Err(ManageRefused::OwnAccount));
        assert_eq!(check_role_change(&[UserAdmin], true, &[UserAdmin], &[UserAdmin, GlobalAdmin]), Err(ManageRefused::OwnAccount));
    }
}
