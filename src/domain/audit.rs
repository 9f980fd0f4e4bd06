//! What the audit log records: the kinds of action, each with a stable code.

use serde::{Deserialize, Serialize};

crate::code_enum! {
    /// An action recorded in the audit log.
    #[derive(Serialize, Deserialize, PartialOrd, Ord)]
    pub enum AuditAction: "an audit action code" {
        SignIn = "sign-in",
        SignInFailed = "sign-in-failed",
        SignOut = "sign-out",
        PasswordChanged = "password-changed",
        SignedOutEverywhere = "signed-out-everywhere",
        Purchase = "purchase",
        Renewal = "renewal",
        AutomaticRenewal = "automatic-renewal",
        Reactivation = "reactivation",
        AutoRenewalOff = "auto-renewal-off",
        AutoRenewalOn = "auto-renewal-on",
        CancellationRequested = "cancellation-requested",
        ProfileUpdated = "profile-updated",
        UserAdded = "user-added",
        UserRolesChanged = "user-roles-changed",
        UserActivated = "user-activated",
        UserDeactivated = "user-deactivated",
        Enrolled = "enrolled",
        TransferReceived = "transfer-received",
        TransferCancelled = "transfer-cancelled",
        SupportRequestHandled = "support-request-handled",
        CancellationCompleted = "cancellation-completed",
        CompetencyStatusSet = "competency-status-set",
        VatIdVerified = "vat-id-verified",
        VatIdRejected = "vat-id-rejected",
    }
}

impl From<crate::domain::subscription::OrderKind> for AuditAction {
    fn from(kind: crate::domain::subscription::OrderKind) -> AuditAction {
        use crate::domain::subscription::OrderKind;
        match kind {
            OrderKind::Purchase => AuditAction::Purchase,
            OrderKind::Renewal => AuditAction::Renewal,
            OrderKind::AutomaticRenewal => AuditAction::AutomaticRenewal,
            OrderKind::Reactivation => AuditAction::Reactivation,
        }
    }
}
