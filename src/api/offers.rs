//! Membership offers page and offer details: view models (dates and amounts already
//! formatted for the visitor's language) and the server functions that build them.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
use crate::domain::subscription::{AutoRenewal, SubscriptionStatus};

/// The membership offers page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffersView {
    pub is_member: bool,
    /// The visitor's role allows buying and renewing.
    pub can_act: bool,
    pub action_pack: OfferTile,
    pub competencies: Vec<CompetencyTile>,
    pub purchased: Vec<PurchasedRow>,
    pub banners: Vec<Banner>,
}

/// The tile of one offer: its yearly price and what the organization can do with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferTile {
    pub offer: OfferKind,
    pub price: String,
    pub state: TileState,
}

/// A competency area with its Silver and Gold offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyTile {
    pub area: CompetencyArea,
    pub requirements_complete: bool,
    pub levels: Vec<OfferTile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TileState {
    /// Can be bought now.
    Buyable,
    /// Owned: see the Purchased list.
    Owned { subscription_id: i64, status: SubscriptionStatus },
    /// A competency whose requirements are not Complete.
    RequirementsNotMet,
    /// The organization must join the network first.
    NotMember,
}

/// A row of the Purchased list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurchasedRow {
    pub id: i64,
    pub offer: OfferKind,
    pub status: SubscriptionStatus,
    pub cancellation_requested: bool,
    pub purchased_on: String,
    /// Renewal start date: the anniversary (seed 002).
    pub renewal_start: String,
    pub expires_on: String,
    pub auto_renewal: AutoRenewal,
    pub renew: RenewState,
}

/// Whether Renew is offered, and if not why, with the date to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RenewState {
    Available,
    /// Under a policy exception a lapsed offer can be reactivated by paying.
    Reactivate,
    NotYet { opens_on: String },
    Closed { closed_on: String },
    RequirementsNotMet,
    CancellationRequested { on: String },
    Cancelled { on: String },
}

/// Something on the offers page that needs attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Banner {
    pub subscription_id: i64,
    pub offer: OfferKind,
    pub kind: BannerKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BannerKind {
    /// In the renewal window: it closes in `days` days.
    WindowClosing { days: i64, closes_on: String },
    /// Automatic renewal is off and the offer expires soon.
    ExpiresWithoutAutoRenewal { days: i64, expires_on: String },
}

/// The offer details page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferDetails {
    pub id: i64,
    pub offer: OfferKind,
    pub status: SubscriptionStatus,
    pub cancellation_requested_on: Option<String>,
    pub auto_renewal: AutoRenewal,
    pub timeline: Vec<TimelineItem>,
    /// Date and amount of the next automatic charge, when automatic renewal is on.
    pub next_charge: Option<(String, String)>,
    pub card: Option<String>,
    pub renew: RenewState,
    pub can_turn_off_auto_renewal: bool,
    /// While automatic renewal is off: the date the partner will be reminded.
    pub reminder_on: Option<String>,
    pub can_request_cancellation: bool,
    pub exception_id: Option<String>,
    pub price: String,
    pub can_act: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineItem {
    pub event: TimelineEvent,
    pub date: String,
    pub past: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimelineEvent {
    Purchased,
    ReminderBefore,
    Anniversary,
    WindowOpens,
    ReminderAfter,
    WindowCloses,
    LosesBenefits,
    AutomaticCharge,
}

impl TimelineEvent {
    pub fn label_id(self) -> &'static str {
        match self {
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
}

/// The Fluent id of a status badge.
pub fn status_label_id(status: SubscriptionStatus) -> &'static str {
    match status {
        SubscriptionStatus::Active => crate::fl!("status-active"),
        SubscriptionStatus::InRenewalWindow => crate::fl!("status-in-renewal-window"),
        SubscriptionStatus::Lapsed => crate::fl!("status-lapsed"),
        SubscriptionStatus::Cancelled => crate::fl!("status-cancelled"),
    }
}

/// The badge style of a status.
pub fn status_tone(status: SubscriptionStatus) -> &'static str {
    match status {
        SubscriptionStatus::Active => "ok",
        SubscriptionStatus::InRenewalWindow => "warn",
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

/// The localized name of an offer.
pub fn offer_name(i18n: &crate::i18n::I18n, offer: OfferKind) -> String {
    use crate::i18n::arg;
    match offer {
        OfferKind::ActionPack => i18n.t("offer-action-pack"),
        OfferKind::Competency { area, level } => i18n.tr(
            "offer-competency",
            &[("level", arg(i18n.t(level_label_id(level)))), ("area", arg(i18n.t(area_label_id(area))))],
        ),
    }
}

#[server(endpoint = "offers")]
pub async fn load_offers() -> Result<OffersView, AppError> {
    crate::server::offers::offers_view().await
}

#[server(endpoint = "offer_details")]
pub async fn load_offer_details(id: i64) -> Result<OfferDetails, AppError> {
    crate::server::offers::offer_details(id).await
}
