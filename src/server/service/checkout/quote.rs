//! What an order would be today, decided by the rules engine.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use crate::domain::money::OrderAmounts;
use crate::domain::offer::OfferKind;
use crate::domain::order::{requirement_of, CheckoutTarget};
use crate::domain::subscription::{purchase, OrderKind, RenewalOffer};
use crate::server::service::offers::yearly_amounts;
use crate::server::service::{found, Refusal, Result};
use crate::server::store::catalog::{competency_statuses, policy_exceptions};
use crate::server::store::orders;
use crate::server::store::invoices::Seller;
use crate::server::store::organizations::Organization;
use crate::server::store::subscriptions::{subscription, subscription_of_offer, StoredSubscription};

/// What an order buys, at which price: kept with the checkout when Buy starts
/// charging, so that the order written afterwards (or by `reconcile`) is exactly the
/// one charged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    pub kind: OrderKind,
    pub offer: OfferKind,
    /// The subscription the order renews, reactivates or replaces (a new purchase of
    /// a lapsed or cancelled offer keeps its row).
    pub subscription_id: Option<i64>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub new_anniversary: NaiveDate,
    pub exception_id: Option<String>,
    pub amounts: OrderAmounts,
}

impl Terms {
    /// The renewal the order applies to its subscription.
    pub fn renewal(&self) -> RenewalOffer {
        RenewalOffer {
            kind: self.kind,
            period_from: self.period_from,
            period_to: self.period_to,
            new_anniversary: self.new_anniversary,
            exception_id: self.exception_id.clone(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<Terms> {
        serde_json::from_str(text).ok()
    }
}

/// An order as the rules engine prices and dates it today.
#[derive(Debug, Clone)]
pub struct Quote {
    pub terms: Terms,
    /// The subscription as it was read for the quote.
    pub existing: Option<StoredSubscription>,
}

impl Quote {
    /// What the order is based on: the anniversary of the subscription it renews or
    /// replaces, or `new`. Two checkouts with the same basis buy the same term, so
    /// the second finds the first's order; a renewal a year later has another basis.
    pub fn basis(&self) -> String {
        match &self.existing {
            Some(stored) => stored.subscription.anniversary.to_string(),
            None => "new".to_string(),
        }
    }
}

/// Decides what the order for `target` would be on `today`.
#[tracing::instrument(skip(conn, seller, org), fields(org = org.id))]
pub async fn quote(conn: &mut AnyConnection, seller: &Seller, org: &Organization, target: CheckoutTarget, today: NaiveDate) -> Result<Quote> {
    if !org.is_member() {
        return Err(Refusal::NotMember.into());
    }
    let exceptions = policy_exceptions(&mut *conn).await?;
    let statuses = competency_statuses(&mut *conn, org.id).await?;
    // An order awaiting its bank transfer stands: no second order of the same offer.
    let awaiting = orders::awaiting_of(&mut *conn, org.id).await?.into_iter().find(|row| match target {
        CheckoutTarget::Renew(id) => row.subscription_id == Some(id),
        CheckoutTarget::Buy(offer) => row.offer_code.0 == offer,
    });
    if let Some(row) = awaiting {
        let due_on = row.due_on.0.unwrap_or(today);
        return Err(Refusal::AwaitingTransfer { checkout_key: row.checkout_key, due_on }.into());
    }
    let (renewal, offer, existing) = match target {
        CheckoutTarget::Renew(id) => {
            let stored = found(subscription(&mut *conn, org.id, id).await?)?;
            let sub = &stored.subscription;
            let renewal = stored.evaluate(today, &exceptions, requirement_of(sub.offer, &statuses)).renew.map_err(Refusal::Renew)?;
            (renewal, sub.offer, Some(stored))
        }
        CheckoutTarget::Buy(offer) => {
            let existing = subscription_of_offer(&mut *conn, org.id, offer).await?;
            let term = purchase(offer, today, requirement_of(offer, &statuses), &exceptions, existing.as_ref().map(|s| &s.subscription))
                .map_err(Refusal::Purchase)?;
            let renewal = RenewalOffer {
                kind: term.kind,
                period_from: term.period_from,
                period_to: term.period_to,
                new_anniversary: term.anniversary,
                exception_id: term.exception_id,
            };
            (renewal, offer, existing)
        }
    };
    let amounts = yearly_amounts(&mut *conn, seller, org, offer).await?.ok_or(Refusal::NoPrice)?;
    let terms = Terms {
        kind: renewal.kind,
        offer,
        subscription_id: existing.as_ref().map(|s| s.id),
        period_from: renewal.period_from,
        period_to: renewal.period_to,
        new_anniversary: renewal.new_anniversary,
        exception_id: renewal.exception_id,
        amounts,
    };
    Ok(Quote { terms, existing })
}
