//! Buy: places the order of a checkout exactly once. A double click, a retry or a
//! concurrent renewal of the same term gives one order and one charge.
//!
//! Three steps. (1) Under the subscription's lock, read the checkout, re-check the
//! order with the rules engine, record the payment attempt and mark the checkout
//! `charging`; commit. (2) Charge the card with the checkout key as idempotency key.
//! (3) Under the lock again, re-read the subscription and write the order, the
//! subscription change, the invoice, the payment result and the audit entry in one
//! transaction. A crash between (2) and (3) is finished by `reconcile`.

use std::time::Duration;

use super::quote::{quote, Quote};
use crate::domain::audit::AuditAction;
use crate::domain::order::DeclineCode;
use crate::domain::subscription::{apply_renewal, AutoRenewal, NewTerm, OrderKind};
use crate::server::core::Core;
use crate::server::gateway::{ChargeOutcome, ChargeRequest};
use crate::server::service::{found, Actor, Result, ServiceError};
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::checkouts::{self, Checkout, CheckoutStatus};
use crate::server::store::invoices::{self, InvoiceDraft, InvoiceStatus};
use crate::server::store::orders::{self, NewOrder, OrderStatus};
use crate::server::store::organizations::organization;
use crate::server::store::payments::{self, PaymentStatus};
use crate::server::store::subscriptions::{self, subscription};

/// What Buy ended in. A refusal by the rules is `ServiceError::Refused`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuyOutcome {
    /// The order exists; show the confirmation of this checkout key (another
    /// caller's, when two bought the same term at once).
    Done(String),
    Declined(DeclineCode),
}

/// Step 1's answer.
enum Prepared {
    /// Go on and charge.
    Charge(Box<Quote>, Checkout),
    Finished(BuyOutcome),
    /// Another request is charging this key; wait for it.
    Wait(String),
}

async fn prepare(core: &Core, organization_id: i64, key: &str) -> Result<Prepared> {
    let mut tx = core.db.begin_write().await?;
    let lock = found(checkouts::checkout(&mut *tx, organization_id, key).await?)?.lock_key();
    core.db.lock_key(&mut tx, lock).await?;
    // Read again under the lock: another Buy of this key may have moved it on.
    let checkout = found(checkouts::checkout(&mut *tx, organization_id, key).await?)?;
    match checkout.status {
        CheckoutStatus::Done => return Ok(Prepared::Finished(BuyOutcome::Done(checkout.key))),
        CheckoutStatus::Charging => return Ok(Prepared::Wait(checkout.key)),
        CheckoutStatus::Declined => {
            return Ok(Prepared::Finished(BuyOutcome::Declined(checkout.decline.unwrap_or(DeclineCode::CardDeclined))))
        }
        CheckoutStatus::Open => {}
    }
    if let Some((other, status)) = checkouts::competing(&mut *tx, &checkout).await? {
        return Ok(match status {
            CheckoutStatus::Charging => Prepared::Wait(other),
            _ => Prepared::Finished(BuyOutcome::Done(other)),
        });
    }
    let org = found(organization(&mut *tx, organization_id).await?)?;
    let quote = quote(&mut tx, &core.config.seller, &org, checkout.target(), core.clock.today()).await?;
    let now = core.clock.now().to_rfc3339();
    payments::record_pending(&mut *tx, key, organization_id, checkout.method(), quote.amounts.total, &now).await?;
    checkouts::set_status(&mut *tx, key, CheckoutStatus::Charging).await?;
    tx.commit().await?;
    Ok(Prepared::Charge(Box::new(quote), checkout))
}

/// Buy: places the order of checkout `key` exactly once.
#[tracing::instrument(skip(core, actor, key), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn buy(core: &Core, actor: Actor<'_>, key: &str) -> Result<BuyOutcome> {
    let (quote, checkout) = match prepare(core, actor.organization_id, key).await? {
        Prepared::Charge(quote, checkout) => (quote, checkout),
        Prepared::Finished(outcome) => return Ok(outcome),
        Prepared::Wait(other) => return wait_for(core, actor.organization_id, &other).await,
    };
    let outcome = match checkout.card() {
        Some(card) => {
            let request = ChargeRequest {
                token: card.token.clone(),
                currency: quote.amounts.total.currency().code().to_string(),
                amount_minor: quote.amounts.total.minor(),
                idempotency_key: key.to_string(),
            };
            // An error leaves the checkout `charging`: whether it charged is not
            // known, and `reconcile` asks the gateway later.
            Some(core.gateway.charge(request).await?)
        }
        None => None,
    };
    finish(core, &checkout, &quote, outcome, Some(actor)).await
}

/// Step 3: writes the result of the charge (or the bank transfer order).
pub(super) async fn finish(
    core: &Core,
    checkout: &Checkout,
    quote: &Quote,
    outcome: Option<ChargeOutcome>,
    actor: Option<Actor<'_>>,
) -> Result<BuyOutcome> {
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, checkout.lock_key()).await?;
    let now = core.clock.now().to_rfc3339();
    let today = core.clock.today();
    let reference = match outcome {
        Some(ChargeOutcome::Declined(code)) => {
            payments::set_declined(&mut *tx, &checkout.key, code, &now).await?;
            checkouts::set_declined(&mut *tx, &checkout.key, code).await?;
            tx.commit().await?;
            return Ok(BuyOutcome::Declined(code));
        }
        Some(ChargeOutcome::Succeeded { reference }) => Some(reference),
        None => None,
    };
    let paid = reference.is_some();
    let org = found(organization(&mut *tx, checkout.organization_id).await?)?;

    // The subscription as it is now, under the lock: a change made while the card was
    // being charged (automatic renewal turned off, a cancellation) is kept.
    let fresh = match &quote.existing {
        Some(existing) => Some(found(subscription(&mut *tx, org.id, existing.id).await?)?),
        None => None,
    };
    let renewed = match (&fresh, quote.kind) {
        (Some(stored), OrderKind::Renewal | OrderKind::AutomaticRenewal | OrderKind::Reactivation) => {
            apply_renewal(&stored.subscription, &quote.renewal(), today)
        }
        _ => NewTerm {
            kind: quote.kind,
            offer: quote.offer,
            period_from: quote.period_from,
            period_to: quote.period_to,
            anniversary: quote.new_anniversary,
            exception_id: quote.exception_id.clone(),
        }
        .into_subscription(),
    };
    // Automatic renewal charges a stored card; without one it stays off.
    let has_card = checkout.card().is_some() || fresh.as_ref().is_some_and(|s| s.card.is_some());
    let renewed = if has_card { renewed } else { crate::domain::subscription::Subscription { auto_renewal: AutoRenewal::Off, ..renewed } };
    let subscription_id = match &fresh {
        Some(stored) => {
            if !subscriptions::save(&mut *tx, stored, &renewed).await? {
                return Err(ServiceError::Changed);
            }
            stored.id
        }
        None => subscriptions::insert(&mut *tx, org.id, &renewed).await?,
    };
    if let Some(card) = checkout.card() {
        subscriptions::set_card(&mut *tx, subscription_id, card).await?;
    }
    let order = NewOrder {
        checkout_key: &checkout.key,
        organization_id: org.id,
        user_id: checkout.user_id,
        subscription_id,
        offer: quote.offer,
        kind: quote.kind,
        period_from: quote.period_from,
        period_to: quote.period_to,
        new_anniversary: quote.new_anniversary,
        amounts: &quote.amounts,
        method: checkout.method(),
        status: if paid { OrderStatus::Paid } else { OrderStatus::AwaitingPayment },
        exception_id: quote.exception_id.as_deref(),
        created_at: &now,
    };
    let (order_id, order_number) = orders::insert(&mut tx, &order).await?;
    let draft = InvoiceDraft {
        order_id,
        issued_on: today,
        seller: &core.config.seller,
        buyer: &org,
        offer: quote.offer,
        period_from: quote.period_from,
        period_to: quote.period_to,
        amounts: &quote.amounts,
        method: checkout.method(),
        status: if paid { InvoiceStatus::Paid } else { InvoiceStatus::AwaitingPayment },
        exception_id: quote.exception_id.as_deref(),
    };
    let invoice_number = invoices::create(&mut tx, &draft).await?;
    let payment_status = if paid { PaymentStatus::Succeeded } else { PaymentStatus::AwaitingTransfer };
    payments::set_result(&mut *tx, &checkout.key, payment_status, reference.as_deref(), &now).await?;
    checkouts::set_done(&mut *tx, &checkout.key, order_id).await?;
    let (user_id, client) = actor.map_or((checkout.user_id, "reconcile"), |actor| (actor.user_id, actor.client));
    let entry = AuditEntry {
        organization_id: Some(org.id),
        user_id: Some(user_id),
        action: AuditAction::from(quote.kind),
        detail: format!("order {order_number}, invoice {invoice_number}, {} {}", quote.offer.code(), checkout.method().code()),
        client,
    };
    record(&mut *tx, &now, entry).await?;
    tx.commit().await?;
    Ok(BuyOutcome::Done(checkout.key.clone()))
}

/// Waits for another request's Buy of `key` to finish, then answers with its outcome.
async fn wait_for(core: &Core, organization_id: i64, key: &str) -> Result<BuyOutcome> {
    for _ in 0..150 {
        if let Some(checkout) = checkouts::checkout(core.db.pool(), organization_id, key).await? {
            match checkout.status {
                CheckoutStatus::Done => return Ok(BuyOutcome::Done(checkout.key)),
                CheckoutStatus::Declined => return Ok(BuyOutcome::Declined(checkout.decline.unwrap_or(DeclineCode::CardDeclined))),
                CheckoutStatus::Open | CheckoutStatus::Charging => {}
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(ServiceError::Busy)
}
