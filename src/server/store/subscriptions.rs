//! Subscriptions: rows to the domain's `Subscription` and back, with the card kept
//! for automatic renewal.

use chrono::NaiveDate;
use sqlx::{Any, Executor, FromRow};

use super::{corrupt, CardToken, Coded, Day, MaybeDay, Result};
use crate::domain::offer::OfferKind;
use crate::domain::policy::PolicyExceptions;
use crate::domain::subscription::{evaluate_term, AutoRenewal, CancellationState, Evaluation, RequirementStatus, Subscription, TermRecord};

/// A stored subscription: its id, organization, version and the domain value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSubscription {
    pub id: i64,
    pub organization_id: i64,
    /// Raised by every write; a write based on an older read changes nothing.
    pub version: i64,
    pub subscription: Subscription,
    pub card: Option<CardToken>,
    /// The due date of the renewal's bank transfer, while one is awaited.
    pub transfer_due: Option<NaiveDate>,
    /// The declined automatic charges of the current term (checkouts of kind
    /// automatic renewal based on the stored anniversary): the same source as the
    /// decline reasons of `store::checkouts::automatic_declines`.
    pub declined_charges: usize,
}

impl StoredSubscription {
    /// What was recorded of the current term: the awaited transfer, the declines.
    pub fn record(&self) -> TermRecord {
        TermRecord { transfer_due: self.transfer_due, declined_charges: self.declined_charges }
    }

    /// What the rules say on `today`, with what was recorded of the term.
    pub fn evaluate(&self, today: NaiveDate, exceptions: &PolicyExceptions, requirements: RequirementStatus) -> Evaluation {
        evaluate_term(&self.subscription, today, exceptions, requirements, self.record())
    }
}

crate::code_enum! {
    enum StoredCancellation: "a cancellation code" {
        None = "none",
        Requested = "requested",
        Cancelled = "cancelled",
    }
}

#[derive(FromRow)]
struct Row {
    id: i64,
    organization_id: i64,
    version: i64,
    #[sqlx(try_from = "String")]
    offer_code: Coded<OfferKind>,
    #[sqlx(try_from = "String")]
    purchased_on: Day,
    #[sqlx(try_from = "String")]
    anniversary: Day,
    #[sqlx(try_from = "String")]
    auto_renewal: Coded<AutoRenewal>,
    #[sqlx(try_from = "String")]
    cancellation: Coded<StoredCancellation>,
    #[sqlx(try_from = "Option<String>")]
    cancellation_on: MaybeDay,
    exception_id: Option<String>,
    card_token: Option<String>,
    card_brand: Option<String>,
    card_last4: Option<String>,
    card_expiry: Option<String>,
    #[sqlx(try_from = "Option<String>")]
    transfer_due: MaybeDay,
    declined_charges: i64,
}

impl TryFrom<Row> for StoredSubscription {
    type Error = sqlx::Error;

    fn try_from(row: Row) -> Result<StoredSubscription> {
        let cancellation = match (row.cancellation.0, row.cancellation_on.0) {
            (StoredCancellation::None, _) => CancellationState::None,
            (StoredCancellation::Requested, Some(on)) => CancellationState::Requested { on },
            (StoredCancellation::Cancelled, Some(on)) => CancellationState::Cancelled { on },
            (_, None) => return Err(corrupt(format!("subscription {}: a cancellation without its date", row.id))),
        };
        let card = CardToken::from_columns(row.card_token, row.card_brand, row.card_last4, row.card_expiry)
            .map_err(|problem| corrupt(format!("subscription {}: {problem}", row.id)))?;
        Ok(StoredSubscription {
            id: row.id,
            organization_id: row.organization_id,
            version: row.version,
            subscription: Subscription {
                offer: row.offer_code.0,
                purchased_on: row.purchased_on.0,
                anniversary: row.anniversary.0,
                auto_renewal: row.auto_renewal.0,
                cancellation,
                exception_id: row.exception_id,
            },
            card,
            transfer_due: row.transfer_due.0,
            declined_charges: usize::try_from(row.declined_charges).unwrap_or(0),
        })
    }
}

const COLUMNS: &str = "id, organization_id, version, offer_code, purchased_on, anniversary, auto_renewal, cancellation, \
    cancellation_on, exception_id, card_token, card_brand, card_last4, card_expiry, \
    (SELECT i.due_on FROM orders o JOIN invoices i ON i.order_id = o.id \
     WHERE o.subscription_id = subscriptions.id AND o.status = 'awaiting-payment' ORDER BY o.id DESC LIMIT 1) AS transfer_due, \
    (SELECT COUNT(*) FROM checkouts c WHERE c.subscription_id = subscriptions.id AND c.basis = subscriptions.anniversary \
     AND c.kind = 'automatic-renewal' AND c.status = 'declined' AND c.decline_code IS NOT NULL) AS declined_charges";

fn convert(rows: Vec<Row>) -> Result<Vec<StoredSubscription>> {
    rows.into_iter().map(StoredSubscription::try_from).collect()
}

/// The organization's subscriptions, Action Pack first.
pub async fn subscriptions_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64) -> Result<Vec<StoredSubscription>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM subscriptions WHERE organization_id = $1 \
         ORDER BY CASE WHEN offer_code = 'action-pack' THEN 0 ELSE 1 END, offer_code"
    ))
    .bind(organization_id)
    .fetch_all(executor)
    .await?;
    convert(rows)
}

/// One subscription of the organization; another organization's id is not found.
pub async fn subscription<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    id: i64,
) -> Result<Option<StoredSubscription>> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM subscriptions WHERE id = $1 AND organization_id = $2"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(executor)
        .await?;
    row.map(StoredSubscription::try_from).transpose()
}

/// The organization's subscription of an offer, if any.
pub async fn subscription_of_offer<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    offer: OfferKind,
) -> Result<Option<StoredSubscription>> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM subscriptions WHERE organization_id = $1 AND offer_code = $2"))
        .bind(organization_id)
        .bind(offer.code())
        .fetch_optional(executor)
        .await?;
    row.map(StoredSubscription::try_from).transpose()
}

fn cancellation_columns(state: CancellationState) -> (StoredCancellation, Option<String>) {
    match state {
        CancellationState::None => (StoredCancellation::None, None),
        CancellationState::Requested { on } => (StoredCancellation::Requested, Some(on.to_string())),
        CancellationState::Cancelled { on } => (StoredCancellation::Cancelled, Some(on.to_string())),
    }
}

/// Writes the domain value of `stored` back, if nobody wrote it since it was read
/// (its version). False when the row changed in between: nothing is written.
pub async fn save<'e, E: Executor<'e, Database = Any>>(executor: E, stored: &StoredSubscription, sub: &Subscription) -> Result<bool> {
    let (cancellation, on) = cancellation_columns(sub.cancellation);
    let done = sqlx::query(
        "UPDATE subscriptions SET purchased_on = $1, anniversary = $2, auto_renewal = $3, cancellation = $4, cancellation_on = $5, \
         exception_id = $6, version = version + 1 WHERE id = $7 AND organization_id = $8 AND version = $9",
    )
    .bind(sub.purchased_on.to_string())
    .bind(sub.anniversary.to_string())
    .bind(sub.auto_renewal.code())
    .bind(cancellation.code())
    .bind(on)
    .bind(sub.exception_id.clone())
    .bind(stored.id)
    .bind(stored.organization_id)
    .bind(stored.version)
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A new subscription of the organization; returns its id.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, sub: &Subscription) -> Result<i64> {
    let (cancellation, on) = cancellation_columns(sub.cancellation);
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO subscriptions (organization_id, offer_code, purchased_on, anniversary, auto_renewal, cancellation, cancellation_on, \
         exception_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(organization_id)
    .bind(sub.offer.code())
    .bind(sub.purchased_on.to_string())
    .bind(sub.anniversary.to_string())
    .bind(sub.auto_renewal.code())
    .bind(cancellation.code())
    .bind(on)
    .bind(sub.exception_id.clone())
    .fetch_one(executor)
    .await?;
    Ok(id)
}

/// Keeps `card` for the subscription's automatic renewals.
pub async fn set_card<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, card: &CardToken) -> Result<()> {
    sqlx::query("UPDATE subscriptions SET card_token = $1, card_brand = $2, card_last4 = $3, card_expiry = $4, version = version + 1 WHERE id = $5")
        .bind(&card.token)
        .bind(&card.brand)
        .bind(&card.last4)
        .bind(&card.expiry)
        .bind(id)
        .execute(executor)
        .await?;
    Ok(())
}

/// Every subscription that is not cancelled, for the scheduler.
pub async fn all_current<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<Vec<StoredSubscription>> {
    let rows: Vec<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM subscriptions WHERE cancellation <> 'cancelled' ORDER BY id"))
        .fetch_all(executor)
        .await?;
    convert(rows)
}

/// A subscription by id, for the job runner (which acts for no organization).
pub async fn by_id<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64) -> Result<Option<StoredSubscription>> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM subscriptions WHERE id = $1")).bind(id).fetch_optional(executor).await?;
    row.map(StoredSubscription::try_from).transpose()
}
