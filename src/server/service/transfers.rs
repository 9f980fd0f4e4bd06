//! Bank transfers settled for real (SPEC "Bank transfer"). An order paid by transfer
//! waits for the money: network staff mark it received (the renewal then applies,
//! whatever day it came; a first purchase starts its term that day) or not received
//! (the order is cancelled with a credit note). The job runner warns the partner 7
//! days before the due date and cancels what did not come by then.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checkout::Terms;
use super::cycle::cancel_pending_reminders;
use super::notify::{self, Event};
use super::{found, Refusal, Result, ServiceError};
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::dates::first_anniversary;
use crate::domain::money::Money;
use crate::domain::subscription::{apply_renewal, AutoRenewal, NewTerm, OrderKind};
use crate::server::core::Core;
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::checkouts;
use crate::server::store::credit_notes::{self, CreditReason};
use crate::server::store::invoices;
use crate::server::store::orders::{self, OrderStatus, TransferRow};
use crate::server::store::payments::{self, PaymentStatus};
use crate::server::store::subscriptions::{self, subscription};

/// A network staff member acting, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct StaffActor<'a> {
    pub user_id: i64,
    pub client: &'a str,
}

/// Who settles a transfer: staff, or the job runner on the due date.
#[derive(Debug, Clone, Copy)]
pub enum Settler<'a> {
    Staff(StaffActor<'a>),
    DueDatePassed,
}

/// The job kinds of a transfer.
pub const TRANSFER_WARNING: &str = "transfer-warning";
pub const TRANSFER_EXPIRY: &str = "transfer-expiry";

/// The payload of a transfer's jobs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferJob {
    pub order_id: i64,
}

/// Every order awaiting its transfer, oldest first.
#[tracing::instrument(skip(core))]
pub async fn awaiting(core: &Core) -> Result<Vec<TransferRow>> {
    Ok(orders::awaiting_transfers(core.db.pool()).await?)
}

/// One order paid by bank transfer, of any organization, whatever its status.
#[tracing::instrument(skip(core))]
pub async fn order(core: &Core, order_id: i64) -> Result<TransferRow> {
    found(orders::transfer(core.db.pool(), order_id).await?)
}

fn lock_key(row: &TransferRow) -> i64 {
    row.subscription_id.unwrap_or(-row.organization_id)
}

/// Marks an order's transfer received: `amount` must be exactly the invoice's total
/// (a partial or an over-payment is refused), `received_on` not in the future nor
/// before the order.
#[tracing::instrument(skip(core, staff))]
pub async fn mark_received(core: &Core, staff: StaffActor<'_>, order_id: i64, amount: Money, received_on: NaiveDate) -> Result<()> {
    let pool = core.db.pool();
    let row = found(orders::transfer(pool, order_id).await?)?;
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, lock_key(&row)).await?;
    let row = found(orders::transfer(&mut *tx, order_id).await?)?;
    if row.status.0 != OrderStatus::AwaitingPayment {
        return Err(Refusal::TransferNotAwaited.into());
    }
    let expected = Money::new(row.total_minor, row.currency.0).map_err(|_| ServiceError::Refused(Refusal::TransferNotAwaited))?;
    if amount != expected {
        return Err(Refusal::TransferAmountMismatch { expected }.into());
    }
    if received_on > core.clock.today() || received_on < row.ordered_on.0 {
        return Err(Refusal::TransferDateOutOfRange { ordered_on: row.ordered_on.0 }.into());
    }
    let checkout = found(checkouts::checkout(&mut *tx, row.organization_id, &row.checkout_key).await?)?;
    let terms = checkout.terms.as_deref().and_then(Terms::from_json).ok_or(ServiceError::Refused(Refusal::TransferNotAwaited))?;
    // A renewal moves A to old A + 365 whatever day the money came; a first purchase
    // (or a reactivation) starts its term on the day it was received.
    let fresh = match terms.subscription_id {
        Some(id) => Some(found(subscription(&mut *tx, row.organization_id, id).await?)?),
        None => None,
    };
    let (renewed, period_from, period_to, anniversary) = match (&fresh, terms.kind) {
        (Some(stored), OrderKind::Renewal) => {
            let renewed = apply_renewal(&stored.subscription, &terms.renewal(), received_on);
            (renewed, terms.period_from, terms.period_to, terms.new_anniversary)
        }
        _ => {
            let anniversary = first_anniversary(received_on);
            let term = NewTerm {
                kind: terms.kind,
                offer: terms.offer,
                period_from: received_on,
                period_to: anniversary,
                anniversary,
                exception_id: terms.exception_id.clone(),
            };
            (term.into_subscription(), received_on, anniversary, anniversary)
        }
    };
    // No card was given: automatic renewal stays off unless one is on file.
    let has_card = fresh.as_ref().is_some_and(|s| s.card.is_some());
    let chosen_on = checkout.auto_renewal_choice != Some(AutoRenewal::Off);
    let renewed = crate::domain::subscription::Subscription {
        auto_renewal: if has_card && chosen_on { AutoRenewal::On } else { AutoRenewal::Off },
        ..renewed
    };
    let subscription_id = match &fresh {
        Some(stored) => {
            if !subscriptions::save(&mut *tx, stored, &renewed).await? {
                return Err(ServiceError::Changed);
            }
            stored.id
        }
        None => subscriptions::insert(&mut *tx, row.organization_id, &renewed).await?,
    };
    orders::mark_paid(&mut *tx, order_id, subscription_id, period_from, period_to, anniversary, received_on).await?;
    invoices::mark_paid(&mut *tx, row.invoice_id, received_on, period_from, period_to).await?;
    let now = core.clock.now();
    payments::set_result(&mut *tx, &row.checkout_key, PaymentStatus::Succeeded, None, &now.to_rfc3339()).await?;
    cancel_pending_reminders(&mut tx, subscription_id, now).await?;
    let entry = AuditEntry {
        organization_id: Some(row.organization_id),
        user_id: Some(staff.user_id),
        action: AuditAction::TransferReceived,
        detail: vec![
            AuditFact::Order { number: row.order_number.clone() },
            AuditFact::Invoice { number: row.invoice_number.clone() },
            AuditFact::ReceivedOn { day: received_on },
        ],
        client: staff.client,
    };
    record(&mut *tx, &now.to_rfc3339(), entry).await?;
    let event = Event::TransferReceived {
        subscription_id,
        offer: terms.offer,
        order_number: row.order_number.clone(),
        invoice_number: row.invoice_number.clone(),
        total: expected,
        new_anniversary: anniversary,
    };
    notify::record(&mut tx, row.organization_id, Some(row.user_id), &event, &format!("transfer-received:{order_id}"), Some(row.invoice_id), now).await?;
    tx.commit().await?;
    Ok(())
}

/// Cancels an order whose transfer did not come: the order and its invoice are
/// cancelled, a credit note credits the invoice, and the subscription (untouched)
/// lapses if its window has passed. Returns the credit note's number.
#[tracing::instrument(skip(core, settler))]
pub async fn cancel_unpaid(core: &Core, settler: Settler<'_>, order_id: i64) -> Result<String> {
    let pool = core.db.pool();
    let row = found(orders::transfer(pool, order_id).await?)?;
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, lock_key(&row)).await?;
    let row = found(orders::transfer(&mut *tx, order_id).await?)?;
    if row.status.0 != OrderStatus::AwaitingPayment {
        return Err(Refusal::TransferNotAwaited.into());
    }
    let today = core.clock.today();
    let invoice = found(invoices::of_order(&mut *tx, order_id).await?)?;
    orders::mark_cancelled(&mut *tx, order_id, today).await?;
    invoices::mark_cancelled(&mut *tx, invoice.id).await?;
    let credit = credit_notes::create(&mut tx, &invoice, CreditReason::TransferNotReceived, today, None).await?;
    checkouts::void_basis(&mut *tx, &row.checkout_key).await?;
    let now = core.clock.now();
    let (user_id, client) = match settler {
        Settler::Staff(staff) => (Some(staff.user_id), staff.client),
        Settler::DueDatePassed => (Some(row.user_id), "transfer-due-date"),
    };
    let entry = AuditEntry {
        organization_id: Some(row.organization_id),
        user_id,
        action: AuditAction::TransferCancelled,
        detail: vec![
            AuditFact::Order { number: row.order_number.clone() },
            AuditFact::Invoice { number: row.invoice_number.clone() },
            AuditFact::CreditNote { number: credit.number.clone() },
        ],
        client,
    };
    record(&mut *tx, &now.to_rfc3339(), entry).await?;
    let total = Money::new(row.total_minor, row.currency.0).map_err(|_| ServiceError::Refused(Refusal::TransferNotAwaited))?;
    let event = Event::TransferCancelled {
        subscription_id: row.subscription_id,
        offer: row.offer_code.0,
        order_number: row.order_number.clone(),
        credit_note_number: credit.number.clone(),
        total,
    };
    notify::record(&mut tx, row.organization_id, Some(row.user_id), &event, &format!("transfer-cancelled:{order_id}"), None, now).await?;
    tx.commit().await?;
    Ok(credit.number)
}

/// 7 days before the due date: the partner is reminded of the transfer.
#[tracing::instrument(skip(core))]
pub async fn warn(core: &Core, job: &TransferJob) -> Result<String> {
    let Some(row) = orders::transfer(core.db.pool(), job.order_id).await? else { return Ok("order gone".into()) };
    if row.status.0 != OrderStatus::AwaitingPayment {
        return Ok("no longer awaited".into());
    }
    let (Some(due_on), Some(reference)) = (row.due_on.0, row.payment_reference.clone()) else { return Ok("no due date".into()) };
    let total = Money::new(row.total_minor, row.currency.0).map_err(|_| ServiceError::Refused(Refusal::TransferNotAwaited))?;
    let event = Event::TransferDueSoon { subscription_id: row.subscription_id, offer: row.offer_code.0, order_number: row.order_number.clone(), total, reference, due_on };
    let mut tx = core.db.begin_write().await?;
    notify::record(&mut tx, row.organization_id, Some(row.user_id), &event, &format!("transfer-warning:{}", job.order_id), None, core.clock.now()).await?;
    tx.commit().await?;
    Ok("warned".into())
}

/// The day after the due date: a transfer still not received is cancelled.
#[tracing::instrument(skip(core))]
pub async fn expire(core: &Core, job: &TransferJob) -> Result<String> {
    let Some(row) = orders::transfer(core.db.pool(), job.order_id).await? else { return Ok("order gone".into()) };
    match (row.status.0, row.due_on.0) {
        (OrderStatus::AwaitingPayment, Some(due)) if core.clock.today() > due => {
            let credit = cancel_unpaid(core, Settler::DueDatePassed, job.order_id).await?;
            Ok(format!("cancelled with credit note {credit}"))
        }
        (OrderStatus::AwaitingPayment, _) => Ok("not due yet".into()),
        _ => Ok("no longer awaited".into()),
    }
}
