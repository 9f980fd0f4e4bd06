//! Every Fluent id that code chooses (statuses, areas, roles, actions, events): one
//! place to look up how a code is shown.

use crate::domain::audit::AuditAction;
use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
use crate::domain::order::{CreditReason, DeclineCode, PaymentMethod};
use crate::domain::roles::Role;
use crate::domain::subscription::{OrderKind, SubscriptionStatus};
use crate::i18n::{arg, I18n};
use crate::view::offers::TimelineEvent;

/// The Fluent id of a status badge.
pub fn status_label_id(status: SubscriptionStatus) -> &'static str {
    match status {
        SubscriptionStatus::Active => crate::fl!("status-active"),
        SubscriptionStatus::InRenewalWindow => crate::fl!("status-in-renewal-window"),
        SubscriptionStatus::Lapsed => crate::fl!("status-lapsed"),
        SubscriptionStatus::Cancelled => crate::fl!("status-cancelled"),
        SubscriptionStatus::AwaitingPayment => crate::fl!("status-awaiting-payment"),
    }
}

/// The badge style of a status.
pub fn status_tone(status: SubscriptionStatus) -> &'static str {
    match status {
        SubscriptionStatus::Active => "ok",
        SubscriptionStatus::InRenewalWindow | SubscriptionStatus::AwaitingPayment => "warn",
        SubscriptionStatus::Lapsed | SubscriptionStatus::Cancelled => "bad",
    }
}

pub fn area_label_id(area: CompetencyArea) -> &'static str {
    match area {
        CompetencyArea::CloudPlatform => crate::fl!("area-cloud-platform"),
        CompetencyArea::CloudProductivity => crate::fl!("area-cloud-productivity"),
        CompetencyArea::DataAnalytics => crate::fl!("area-data-analytics"),
        CompetencyArea::DataPlatform => crate::fl!("area-data-platform"),
        CompetencyArea::Security => crate::fl!("area-security"),
        CompetencyArea::ApplicationDevelopment => crate::fl!("area-application-development"),
    }
}

pub fn level_label_id(level: CompetencyLevel) -> &'static str {
    match level {
        CompetencyLevel::Silver => crate::fl!("level-silver"),
        CompetencyLevel::Gold => crate::fl!("level-gold"),
    }
}

/// What an offer gives the organization, as Fluent ids: the Action Pack's benefits
/// (SPEC "Offers"). A competency's benefit is the competency itself; it lists none.
pub fn benefit_label_ids(offer: OfferKind) -> &'static [&'static str] {
    match offer {
        OfferKind::ActionPack => &[
            crate::fl!("offers-benefit-support"),
            crate::fl!("offers-benefit-marketing"),
            crate::fl!("offers-benefit-planning"),
            crate::fl!("offers-benefit-training"),
        ],
        OfferKind::Competency { .. } => &[],
    }
}

/// The localized name of an offer.
pub fn offer_name(i18n: &I18n, offer: OfferKind) -> String {
    match offer {
        OfferKind::ActionPack => i18n.t("offer-action-pack"),
        OfferKind::Competency { area, level } => i18n.tr(
            "offer-competency",
            &[("level", arg(i18n.t(level_label_id(level)))), ("area", arg(i18n.t(area_label_id(area))))],
        ),
    }
}

pub fn role_label_id(role: Role) -> &'static str {
    match role {
        Role::GlobalAdmin => crate::fl!("role-global-admin"),
        Role::UserAdmin => crate::fl!("role-user-admin"),
        Role::MpnPartnerAdmin => crate::fl!("role-partner-admin"),
        Role::AdminAgent => crate::fl!("role-admin-agent"),
        Role::SalesAgent => crate::fl!("role-sales-agent"),
        Role::SupportAgent => crate::fl!("role-support-agent"),
        Role::Translator => crate::fl!("role-translator"),
    }
}

pub fn audit_label_id(action: AuditAction) -> &'static str {
    match action {
        AuditAction::SignIn => crate::fl!("audit-action-sign-in"),
        AuditAction::SignInFailed => crate::fl!("audit-action-sign-in-failed"),
        AuditAction::SignOut => crate::fl!("audit-action-sign-out"),
        AuditAction::PasswordChanged => crate::fl!("audit-action-password-changed"),
        AuditAction::SignedOutEverywhere => crate::fl!("audit-action-signed-out-everywhere"),
        AuditAction::Purchase => crate::fl!("audit-action-purchase"),
        AuditAction::Renewal => crate::fl!("audit-action-renewal"),
        AuditAction::AutomaticRenewal => crate::fl!("audit-action-automatic-renewal"),
        AuditAction::Reactivation => crate::fl!("audit-action-reactivation"),
        AuditAction::AutoRenewalOff => crate::fl!("audit-action-auto-renewal-off"),
        AuditAction::AutoRenewalOn => crate::fl!("audit-action-auto-renewal-on"),
        AuditAction::CancellationRequested => crate::fl!("audit-action-cancellation-requested"),
        AuditAction::ProfileUpdated => crate::fl!("audit-action-profile-updated"),
        AuditAction::UserAdded => crate::fl!("audit-action-user-added"),
        AuditAction::UserRolesChanged => crate::fl!("audit-action-user-roles-changed"),
        AuditAction::UserActivated => crate::fl!("audit-action-user-activated"),
        AuditAction::UserDeactivated => crate::fl!("audit-action-user-deactivated"),
        AuditAction::Enrolled => crate::fl!("audit-action-enrolled"),
        AuditAction::TransferReceived => crate::fl!("audit-action-transfer-received"),
        AuditAction::TransferCancelled => crate::fl!("audit-action-transfer-cancelled"),
        AuditAction::SupportRequestHandled => crate::fl!("audit-action-support-request-handled"),
        AuditAction::CancellationCompleted => crate::fl!("audit-action-cancellation-completed"),
        AuditAction::CompetencyStatusSet => crate::fl!("audit-action-competency-status-set"),
        AuditAction::VatIdVerified => crate::fl!("audit-action-vat-id-verified"),
        AuditAction::VatIdRejected => crate::fl!("audit-action-vat-id-rejected"),
    }
}

/// The heading of a checkout for an order kind.
pub fn checkout_title_id(kind: OrderKind) -> &'static str {
    match kind {
        OrderKind::Purchase => crate::fl!("checkout-title-purchase"),
        OrderKind::Reactivation => crate::fl!("checkout-title-reactivation"),
        OrderKind::Renewal | OrderKind::AutomaticRenewal => crate::fl!("checkout-title-renewal"),
    }
}

/// What the partner is told when the card's bank refused a charge.
pub fn decline_message_id(code: DeclineCode) -> &'static str {
    match code {
        DeclineCode::CardDeclined => crate::fl!("checkout-declined"),
        DeclineCode::InsufficientFunds => crate::fl!("checkout-insufficient-funds"),
    }
}

/// Why a charge was declined, as part of a sentence (notifications, e-mail).
pub fn decline_reason_id(code: DeclineCode) -> &'static str {
    match code {
        DeclineCode::CardDeclined => crate::fl!("decline-reason-card-declined"),
        DeclineCode::InsufficientFunds => crate::fl!("decline-reason-insufficient-funds"),
    }
}

/// A payment method on invoices and in the export.
pub fn payment_method_label_id(method: PaymentMethod) -> &'static str {
    match method {
        PaymentMethod::Card => crate::fl!("invoice-method-card"),
        PaymentMethod::BankTransfer => crate::fl!("invoice-method-bank-transfer"),
    }
}

pub fn credit_reason_label_id(reason: CreditReason) -> &'static str {
    match reason {
        CreditReason::TransferNotReceived => crate::fl!("credit-note-reason-transfer-not-received"),
        CreditReason::CancellationRefund => crate::fl!("credit-note-reason-cancellation-refund"),
    }
}

/// An event of the timeline on offer details.
pub fn timeline_label_id(event: TimelineEvent) -> &'static str {
    match event {
        TimelineEvent::Purchased => crate::fl!("timeline-purchased"),
        TimelineEvent::ReminderBefore => crate::fl!("timeline-reminder-before"),
        TimelineEvent::Anniversary => crate::fl!("timeline-anniversary"),
        TimelineEvent::WindowOpens => crate::fl!("timeline-window-opens"),
        TimelineEvent::ReminderAfter => crate::fl!("timeline-reminder-after"),
        TimelineEvent::WindowCloses => crate::fl!("timeline-window-closes"),
        TimelineEvent::LosesBenefits => crate::fl!("timeline-loses-benefits"),
        TimelineEvent::AutomaticCharge => crate::fl!("timeline-automatic-charge"),
    }
}

pub fn request_status_label_id(status: crate::domain::support::RequestStatus) -> &'static str {
    use crate::domain::support::RequestStatus;
    match status {
        RequestStatus::Open => crate::fl!("support-status-open"),
        RequestStatus::InProgress => crate::fl!("support-status-in-progress"),
        RequestStatus::WaitingPartner => crate::fl!("support-status-waiting-partner"),
        RequestStatus::Resolved => crate::fl!("support-status-resolved"),
        RequestStatus::Closed => crate::fl!("support-status-closed"),
    }
}

pub fn request_status_tone(status: crate::domain::support::RequestStatus) -> &'static str {
    use crate::domain::support::RequestStatus;
    match status {
        RequestStatus::Open | RequestStatus::InProgress => "neutral",
        RequestStatus::WaitingPartner => "warn",
        RequestStatus::Resolved | RequestStatus::Closed => "ok",
    }
}

pub fn problem_type_label_id(problem: crate::domain::support::ProblemType) -> &'static str {
    use crate::domain::support::ProblemType;
    match problem {
        ProblemType::InvoicePaymentReconciliation => crate::fl!("support-problem-invoice-payment"),
        ProblemType::MembershipOffers => crate::fl!("support-problem-membership-offers"),
        ProblemType::SignInAndAccounts => crate::fl!("support-problem-sign-in"),
        ProblemType::Other => crate::fl!("support-problem-other"),
    }
}

pub fn event_kind_label_id(kind: crate::domain::support::EventKind) -> &'static str {
    use crate::domain::support::EventKind;
    match kind {
        EventKind::Opened => crate::fl!("support-event-opened"),
        EventKind::Message => crate::fl!("support-event-message"),
        EventKind::Assigned => crate::fl!("support-event-assigned"),
        EventKind::StatusChanged => crate::fl!("support-event-status-changed"),
        EventKind::CancellationCompleted => crate::fl!("support-event-cancellation-completed"),
        EventKind::CancellationDeclined => crate::fl!("support-event-cancellation-declined"),
        EventKind::Closed => crate::fl!("support-event-closed"),
    }
}

pub fn effect_label_id(effect: crate::domain::support::CancellationEffect) -> &'static str {
    use crate::domain::support::CancellationEffect;
    match effect {
        CancellationEffect::Now => crate::fl!("cancel-effect-now"),
        CancellationEffect::EndOfTerm => crate::fl!("cancel-effect-end-of-term"),
    }
}

pub fn requirement_item_label_id(item: crate::domain::support::RequirementItem) -> &'static str {
    use crate::domain::support::RequirementItem;
    match item {
        RequirementItem::CertifiedIndividuals => crate::fl!("competency-missing-certified-individuals"),
        RequirementItem::CustomerReferences => crate::fl!("competency-missing-customer-references"),
        RequirementItem::TechnicalAssessment => crate::fl!("competency-missing-technical-assessment"),
        RequirementItem::PerformanceTarget => crate::fl!("competency-missing-performance-target"),
    }
}

/// The Fluent id of a country's name.
pub fn country_label_id(country: crate::domain::country::Country) -> &'static str {
    use crate::domain::country::Country;
    match country {
        Country::NL => crate::fl!("country-nl"),
        Country::DE => crate::fl!("country-de"),
        Country::FR => crate::fl!("country-fr"),
        Country::BE => crate::fl!("country-be"),
        Country::AT => crate::fl!("country-at"),
        Country::GB => crate::fl!("country-gb"),
        Country::CN => crate::fl!("country-cn"),
        Country::US => crate::fl!("country-us"),
    }
}

pub fn message_state_label_id(state: crate::domain::translation::MessageState) -> &'static str {
    use crate::domain::translation::MessageState;
    match state {
        MessageState::Translated => crate::fl!("translations-state-translated"),
        MessageState::Stale => crate::fl!("translations-state-stale"),
        MessageState::Missing => crate::fl!("translations-state-missing"),
    }
}

pub fn message_state_tone(state: crate::domain::translation::MessageState) -> &'static str {
    use crate::domain::translation::MessageState;
    match state {
        MessageState::Translated => "ok",
        MessageState::Stale => "warn",
        MessageState::Missing => "bad",
    }
}

pub fn variable_kind_label_id(kind: crate::domain::translation::VariableKind) -> &'static str {
    use crate::domain::translation::VariableKind;
    match kind {
        VariableKind::Number => crate::fl!("translations-kind-number"),
        VariableKind::Date => crate::fl!("translations-kind-date"),
        VariableKind::Amount => crate::fl!("translations-kind-amount"),
        VariableKind::Text => crate::fl!("translations-kind-text"),
    }
}
