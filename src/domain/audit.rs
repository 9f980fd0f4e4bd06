//! What the audit log records: the kinds of action, each with a stable code, and the
//! facts of an entry's details.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::offer::{CompetencyArea, OfferKind};
use crate::domain::order::{DeclineCode, PaymentMethod};
use crate::domain::roles::Role;
use crate::domain::support::{EventKind, RequirementItem};

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

crate::code_enum! {
    /// A field of the partner profile, named by the audit entry that changed it.
    #[derive(Serialize, Deserialize)]
    pub enum ProfileField: "a profile field code" {
        LegalName = "legal-name",
        Address = "address",
        PostalCode = "postal-code",
        VatId = "vat-id",
        PreferredLanguage = "preferred-language",
    }
}

/// One fact an audit entry records about what was done: numbers, offers, roles,
/// days and codes, never text (the page names them in the reader's language) and
/// never a secret. Stored as JSON in the entry's `detail`, with stable codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "kebab-case")]
pub enum AuditFact {
    Order { number: String },
    Invoice { number: String },
    CreditNote { number: String },
    /// One of the organization's subscriptions, with its offer.
    Subscription {
        id: i64,
        #[serde(with = "crate::domain::code::as_code")]
        offer: OfferKind,
    },
    Offer {
        #[serde(with = "crate::domain::code::as_code")]
        offer: OfferKind,
    },
    PaymentMethod {
        #[serde(with = "crate::domain::code::as_code")]
        method: PaymentMethod,
    },
    /// The day a bank transfer came in.
    ReceivedOn { day: NaiveDate },
    /// The day a cancellation takes effect.
    EffectiveOn { day: NaiveDate },
    /// Automatic renewal stopped after `attempts` declined charges.
    Declined {
        #[serde(with = "crate::domain::code::as_code")]
        reason: DeclineCode,
        attempts: u32,
    },
    /// The user an entry is about (not the one who acted), by e-mail address.
    User { email: String },
    /// The roles a user was given (none: no roles).
    Roles {
        #[serde(with = "crate::domain::code::as_codes")]
        roles: Vec<Role>,
    },
    ProfileFields {
        #[serde(with = "crate::domain::code::as_codes")]
        fields: Vec<ProfileField>,
    },
    /// A support request (its number is `SR-` and six digits) and what was done.
    SupportRequest {
        id: i64,
        #[serde(with = "crate::domain::code::as_code")]
        event: EventKind,
    },
    /// A competency area's requirement status, with what it misses when incomplete.
    Competency {
        #[serde(with = "crate::domain::code::as_code")]
        area: CompetencyArea,
        complete: bool,
        #[serde(with = "crate::domain::code::as_codes")]
        missing: Vec<RequirementItem>,
    },
    VatId { number: String },
}

/// What an entry's `detail` holds: facts (written since the audit log names them in
/// each language), or the plain text that entries written before kept, shown as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditDetail {
    Facts(Vec<AuditFact>),
    Text(String),
}

impl AuditDetail {
    /// The stored form: the facts as a JSON list, nothing for no facts.
    pub fn stored(facts: &[AuditFact]) -> String {
        if facts.is_empty() {
            return String::new();
        }
        serde_json::to_string(facts).expect("audit facts serialize")
    }

    /// Reads a stored detail: a JSON list of facts, or else the text of an older entry
    /// (never a JSON list, so it cannot be taken for facts), or of facts this version
    /// does not know.
    pub fn read(stored: &str) -> AuditDetail {
        if stored.is_empty() {
            return AuditDetail::Facts(Vec::new());
        }
        match serde_json::from_str::<Vec<AuditFact>>(stored) {
            Ok(facts) => AuditDetail::Facts(facts),
            Err(_) => AuditDetail::Text(stored.to_string()),
        }
    }
}

impl From<String> for AuditDetail {
    fn from(stored: String) -> AuditDetail {
        AuditDetail::read(&stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::CompetencyLevel;

    #[test]
    fn facts_are_stored_with_stable_codes_and_read_back() {
        let facts = vec![
            AuditFact::Order { number: "ORD-2026-000001".into() },
            AuditFact::Subscription { id: 12, offer: OfferKind::Competency { area: CompetencyArea::Security, level: CompetencyLevel::Gold } },
            AuditFact::PaymentMethod { method: PaymentMethod::BankTransfer },
            AuditFact::Declined { reason: DeclineCode::InsufficientFunds, attempts: 3 },
            AuditFact::Roles { roles: vec![Role::GlobalAdmin, Role::SalesAgent] },
            AuditFact::ProfileFields { fields: vec![ProfileField::PostalCode] },
            AuditFact::SupportRequest { id: 7, event: EventKind::Assigned },
            AuditFact::Competency { area: CompetencyArea::DataPlatform, complete: false, missing: vec![RequirementItem::CustomerReferences] },
            AuditFact::EffectiveOn { day: NaiveDate::from_ymd_opt(2026, 3, 17).unwrap() },
        ];
        let stored = AuditDetail::stored(&facts);
        for code in ["\"competency-security-gold\"", "\"bank-transfer\"", "\"insufficient-funds\"", "\"global-admin\"", "\"postal-code\"", "\"assigned\"", "\"customer-references\"", "\"2026-03-17\""] {
            assert!(stored.contains(code), "{code} in {stored}");
        }
        assert_eq!(AuditDetail::read(&stored), AuditDetail::Facts(facts));
    }

    #[test]
    fn the_plain_text_of_older_entries_reads_as_text() {
        for old in ["order ORD-2026-000001, invoice INV-2026-000001, action-pack card", "legal_name, address", "DE136695976", "[not json", "[{\"fact\":\"unknown\"}]"] {
            assert_eq!(AuditDetail::read(old), AuditDetail::Text(old.to_string()), "{old}");
        }
        assert_eq!(AuditDetail::read(""), AuditDetail::Facts(Vec::new()));
        assert_eq!(AuditDetail::stored(&[]), "");
    }
}
