//! The membership offers page and offer details (seeds 000, 001).

use serde::{Deserialize, Serialize};

use super::Notice;
use crate::domain::offer::{CompetencyArea, OfferKind};
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
    /// A first purchase awaits its bank transfer; the link shows the order.
    AwaitingPayment { order_link: String },
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
    /// Where the subscription is in its year and the next step (rule 7, the automatic
    /// charges, the window), when there is something to say.
    pub cycle: Option<Notice>,
}

/// Whether Renew is offered, and if not why (rule 3: shown disabled with the reason
/// and its date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RenewState {
    Available,
    /// Under a policy exception a lapsed offer can be reactivated by paying.
    Reactivate,
    Blocked(Notice),
    /// Lapsed or cancelled for good: the offer can be bought again (a new term).
    BuyAgain(Notice),
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
    /// Automatic renewal is off (not locked) and a card is on file.
    pub can_turn_on_auto_renewal: bool,
    /// Where the subscription is in its year and the next step.
    pub cycle: Option<Notice>,
    /// While automatic renewal is off: the date the partner will be reminded.
    pub reminder_on: Option<String>,
    pub can_request_cancellation: bool,
    /// The day a cancellation would take effect: (now, at the end of the term).
    pub cancellation_dates: (String, String),
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
