//! Buy: places the order of a checkout exactly once. A double click, a retry or a
//! concurrent renewal of the same term gives one order and one charge.
//!
//! Three steps. (1) Under the subscription's lock, read the checkout, re-check the
//! order with the rules engine, record the payment attempt and mark the checkout
//! `charging` with the terms about to be charged; commit. (2) Charge the card with
//! the checkout key as idempotency key. (3) Under the lock again, re-read the
//! subscription and write the order (on the recorded terms), the subscription
//! change, the invoice, the payment result, the audit entry and the partner's
//! notifications in one transaction. A crash between (2) and (3) is finished by
//! `reconcile`.

use std::time::Duration;

use super::quote::{quote, Terms};
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::dates::automatic_charge_attempt_on;
use crate::domain::order::DeclineCode;
use crate::domain::subscription::{apply_renewal, AutoRenewal, NewTerm, OrderKind, Subscription};
use crate::server::core::Core;
use crate::server::gateway::{ChargeOutcome, ChargeRequest};
use crate::server::service::cycle::{cancel_pending_reminders, AUTOMATIC_ATTEMPTS};
use crate::server::service::notify::{self, Event};
use crate::server::service::{found, Actor, Refusal, Result, ServiceError};
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::checkouts::{self, Checkout, CheckoutStatus};
use crate::server::store::invoices::{self, InvoiceDraft, InvoiceStatus};
use crate::server::store::jobs;
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

/// Who places the order.
#[derive(Debug, Clone, Copy)]
pub enum Origin<'a> {
    /// A partner pressed Buy, with automatic renewal on or off after it.
    Partner { actor: Actor<'a>, auto_renewal: AutoRenewal },
    /// The job runner, charging the stored card: attempt `attempt` of the term.
    Automatic { attempt: usize },
    /// Finishing a checkout left `charging`, as its user chose at Buy.
    Reconcile,
}

/// Step 1's answer.
enum Prepared {
    /// Go on and charge.
    Charge(Box<Terms>, Checkout),
    Finished(BuyOutcome),
    /// Another request is charging this key; wait for it.
    Wait(String),
}

async fn prepare(core: &Core, organization_id: i64, key: &str, choice: Option<AutoRenewal>) -> Result<Prepared> {
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
    let mut terms = quote(&mut tx, &core.config.seller, &org, checkout.target(), core.clock.today()).await?.terms;
    if checkout.kind == OrderKind::AutomaticRenewal {
        // Automatic renewal renews a term in its window; it never reactivates.
        if terms.kind != OrderKind::Renewal {
            return Err(Refusal::AutomaticRenewalNotDue.into());
        }
        terms.kind = OrderKind::AutomaticRenewal;
    }
    let now = core.clock.now();
    payments::record_pending(&mut *tx, key, organization_id, checkout.method(), terms.amounts.total, &now.to_rfc3339()).await?;
    checkouts::set_charging(&mut *tx, key, &terms.to_json(), choice, &jobs::at(now)).await?;
    tx.commit().await?;
    Ok(Prepared::Charge(Box::new(terms), checkout))
}

/// Buy: places the order of checkout `key` exactly once.
#[tracing::instrument(skip(core, origin, key), fields(org = organization_id))]
pub async fn buy(core: &Core, organization_id: i64, key: &str, origin: Origin<'_>) -> Result<BuyOutcome> {
    let choice = match origin {
        Origin::Partner { auto_renewal, .. } => Some(auto_renewal),
        Origin::Automatic { .. } | Origin::Reconcile => None,
    };
    let (terms, checkout) = match prepare(core, organization_id, key, choice).await? {
        Prepared::Charge(terms, checkout) => (terms, checkout),
        Prepared::Finished(outcome) => return Ok(outcome),
        Prepared::Wait(other) => return wait_for(core, organization_id, &other).await,
    };
    let outcome = match checkout.card() {
        Some(card) => {
            let request = ChargeRequest {
                token: card.token.clone(),
                currency: terms.amounts.total.currency().code().to_string(),
                amount_minor: terms.amounts.total.minor(),
                idempotency_key: key.to_string(),
            };
            // An error leaves the checkout `charging`: whether it charged is not
            // known, and `reconcile` asks the gateway later.
            let charged = core.gateway.charge(request).await?;
            if core.config.failpoint.as_deref() == Some("buy-after-charge") {
                // tests/reliability/run: a crash with the card charged and no order yet.
                tracing::error!("FAILPOINT buy-after-charge: aborting");
                std::process::abort();
            }
            Some(charged)
        }
        None => None,
    };
    finish(core, &checkout, &terms, outcome, origin).await
}

/// What automatic renewal is after a partner's order: on only with a card to charge
/// and when the partner kept it on.
fn auto_renewal_after(checkout: &Checkout, has_card: bool, origin: Origin<'_>) -> AutoRenewal {
    let chosen = match origin {
        Origin::Partner { auto_renewal, .. } => Some(auto_renewal),
        Origin::Automatic { .. } => Some(AutoRenewal::On),
        Origin::Reconcile => checkout.auto_renewal_choice,
    };
    if has_card && chosen != Some(AutoRenewal::Off) {
        AutoRenewal::On
    } else {
        AutoRenewal::Off
    }
}

/// Step 3: writes the result of the charge (or the bank transfer order).
pub(super) async fn finish(core: &Core, checkout: &Checkout, terms: &Terms, outcome: Option<ChargeOutcome>, origin: Origin<'_>) -> Result<BuyOutcome> {
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, checkout.lock_key()).await?;
    // Under the lock: if another finish (a retried Buy, a reconcile) got here first,
    // answer what it wrote.
    match checkouts::checkout(&mut *tx, checkout.organization_id, &checkout.key).await?.map(|c| (c.status, c.decline)) {
        Some((CheckoutStatus::Done, _)) => return Ok(BuyOutcome::Done(checkout.key.clone())),
        Some((CheckoutStatus::Declined, decline)) => return Ok(BuyOutcome::Declined(decline.unwrap_or(DeclineCode::CardDeclined))),
        _ => {}
    }
    let now = core.clock.now();
    let at = now.to_rfc3339();
    let today = core.clock.today();
    let reference = match outcome {
        Some(ChargeOutcome::Declined(code)) => {
            payments::set_declined(&mut *tx, &checkout.key, code, &at).await?;
            checkouts::set_declined(&mut *tx, &checkout.key, code).await?;
            if let Origin::Automatic { attempt } = origin {
                declined_automatically(core, &mut tx, checkout, terms, code, attempt).await?;
            }
            tx.commit().await?;
            return Ok(BuyOutcome::Declined(code));
        }
        Some(ChargeOutcome::Succeeded { reference }) => Some(reference),
        None => None,
    };
    let paid = reference.is_some();
    let org = found(organization(&mut *tx, checkout.organization_id).await?)?;

    // A bank transfer's order waits for the money: the subscription changes when
    // network staff mark the transfer received (service::transfers).
    let subscription_id = match paid {
        true => Some(apply_paid_terms(&mut tx, checkout, terms, org.id, today, origin).await?),
        false => terms.subscription_id,
    };
    let order = NewOrder {
        checkout_key: &checkout.key,
        organization_id: org.id,
        user_id: checkout.user_id,
        subscription_id,
        offer: terms.offer,
        kind: terms.kind,
        period_from: terms.period_from,
        period_to: terms.period_to,
        new_anniversary: terms.new_anniversary,
        amounts: &terms.amounts,
        method: checkout.method(),
        status: if paid { OrderStatus::Paid } else { OrderStatus::AwaitingPayment },
        exception_id: terms.exception_id.as_deref(),
        created_at: &at,
    };
    let (order_id, order_number) = orders::insert(&mut tx, &order).await?;
    let draft = InvoiceDraft {
        order_id,
        issued_on: today,
        seller: &core.config.seller,
        buyer: &org,
        offer: terms.offer,
        period_from: terms.period_from,
        period_to: terms.period_to,
        amounts: &terms.amounts,
        method: checkout.method(),
        status: if paid { InvoiceStatus::Paid } else { InvoiceStatus::AwaitingPayment },
        exception_id: terms.exception_id.as_deref(),
    };
    let invoice = invoices::create(&mut tx, &draft).await?;
    let payment_status = if paid { PaymentStatus::Succeeded } else { PaymentStatus::AwaitingTransfer };
    payments::set_result(&mut *tx, &checkout.key, payment_status, reference.as_deref(), &at).await?;
    checkouts::set_done(&mut *tx, &checkout.key, order_id).await?;
    let (user_id, client) = match origin {
        Origin::Partner { actor, .. } => (actor.user_id, actor.client),
        Origin::Automatic { .. } => (checkout.user_id, "automatic-renewal"),
        Origin::Reconcile => (checkout.user_id, "reconcile"),
    };
    let entry = AuditEntry {
        organization_id: Some(org.id),
        user_id: Some(user_id),
        action: AuditAction::from(terms.kind),
        detail: vec![
            AuditFact::Order { number: order_number.clone() },
            AuditFact::Invoice { number: invoice.number.clone() },
            AuditFact::Offer { offer: terms.offer },
            AuditFact::PaymentMethod { method: checkout.method() },
        ],
        client,
    };
    record(&mut *tx, &at, entry).await?;
    // The reminders of the term just renewed are no longer due.
    if let (true, Some(id)) = (paid, subscription_id) {
        cancel_pending_reminders(&mut tx, id, now).await?;
    }
    let event = match terms.kind {
        OrderKind::AutomaticRenewal => Event::AutomaticRenewalCharged {
            subscription_id: subscription_id.unwrap_or_default(),
            offer: terms.offer,
            invoice_number: invoice.number.clone(),
            total: terms.amounts.total,
            new_anniversary: terms.new_anniversary,
        },
        _ => Event::OrderPlaced {
            subscription_id,
            offer: terms.offer,
            order_number: order_number.clone(),
            invoice_number: invoice.number.clone(),
            total: terms.amounts.total,
            new_anniversary: terms.new_anniversary,
            transfer: invoice.transfer.clone(),
        },
    };
    notify::record(&mut tx, org.id, Some(checkout.user_id), &event, &format!("order:{order_number}"), Some(invoice.id), now).await?;
    tx.commit().await?;
    Ok(BuyOutcome::Done(checkout.key.clone()))
}

/// Applies a paid order to its subscription under the lock: renews it, reactivates
/// it, or starts a new term (a new row for a first purchase). Returns its id.
async fn apply_paid_terms(
    tx: &mut sqlx::AnyConnection,
    checkout: &Checkout,
    terms: &Terms,
    organization_id: i64,
    paid_on: chrono::NaiveDate,
    origin: Origin<'_>,
) -> Result<i64> {
    // The subscription as it is now, under the lock: a change made while the card was
    // being charged (automatic renewal turned off, a cancellation) is kept.
    let fresh = match terms.subscription_id {
        Some(id) => Some(found(subscription(&mut *tx, organization_id, id).await?)?),
        None => None,
    };
    let renewed = match (&fresh, terms.kind) {
        (Some(stored), OrderKind::Renewal | OrderKind::AutomaticRenewal | OrderKind::Reactivation) => {
            apply_renewal(&stored.subscription, &terms.renewal(), paid_on)
        }
        _ => NewTerm {
            kind: terms.kind,
            offer: terms.offer,
            period_from: paid_on,
            period_to: crate::domain::dates::first_anniversary(paid_on),
            anniversary: crate::domain::dates::first_anniversary(paid_on),
            exception_id: terms.exception_id.clone(),
        }
        .into_subscription(),
    };
    let renewed = match terms.kind {
        OrderKind::AutomaticRenewal => renewed,
        _ => {
            let has_card = checkout.card().is_some() || fresh.as_ref().is_some_and(|s| s.card.is_some());
            Subscription { auto_renewal: auto_renewal_after(checkout, has_card, origin), ..renewed }
        }
    };
    let subscription_id = match &fresh {
        Some(stored) => {
            if !subscriptions::save(&mut *tx, stored, &renewed).await? {
                return Err(ServiceError::Changed);
            }
            stored.id
        }
        None => subscriptions::insert(&mut *tx, organization_id, &renewed).await?,
    };
    if let Some(card) = checkout.card() {
        subscriptions::set_card(&mut *tx, subscription_id, card).await?;
    }
    Ok(subscription_id)
}

/// An automatic charge was declined: the partner is told why; after the last attempt
/// automatic renewal is turned off and the reminders of a manual renewal apply.
async fn declined_automatically(
    core: &Core,
    tx: &mut sqlx::AnyConnection,
    checkout: &Checkout,
    terms: &Terms,
    decline: DeclineCode,
    attempt: usize,
) -> Result<()> {
    let now = core.clock.now();
    let Some(subscription_id) = terms.subscription_id else { return Ok(()) };
    let stored = found(subscription(&mut *tx, checkout.organization_id, subscription_id).await?)?;
    let anniversary = stored.subscription.anniversary;
    let closes_on = crate::domain::dates::renewal_window(anniversary).closes_on;
    let event = match automatic_charge_attempt_on(anniversary, attempt + 1).filter(|_| attempt < AUTOMATIC_ATTEMPTS) {
        Some(next_attempt) => Event::AutomaticRenewalDeclined { subscription_id, offer: terms.offer, decline, next_attempt },
        None => {
            let off = Subscription { auto_renewal: AutoRenewal::Off, ..stored.subscription.clone() };
            if !subscriptions::save(&mut *tx, &stored, &off).await? {
                return Err(ServiceError::Changed);
            }
            let entry = AuditEntry {
                organization_id: Some(checkout.organization_id),
                user_id: Some(checkout.user_id),
                action: AuditAction::AutoRenewalOff,
                detail: vec![AuditFact::Subscription { id: subscription_id, offer: terms.offer }, AuditFact::Declined { reason: decline, attempts: u32::try_from(attempt).unwrap_or(u32::MAX) }],
                client: "automatic-renewal",
            };
            record(&mut *tx, &now.to_rfc3339(), entry).await?;
            Event::AutomaticRenewalStopped { subscription_id, offer: terms.offer, decline, closes_on }
        }
    };
    let key = format!("declined:{}", checkout.key);
    notify::record(tx, checkout.organization_id, Some(checkout.user_id), &event, &key, None, now).await
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
