//! Changes a partner makes to a subscription: turning off automatic renewal and
//! requesting a cancellation (which opens a support request, seed 000).

use chrono::NaiveDate;
use sqlx::{Any, Transaction};

use super::{found, Actor, Refusal, Result, ServiceError};
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::policy::PolicyExceptions;
use crate::domain::subscription::{request_cancellation, turn_off_auto_renewal, turn_on_auto_renewal, Subscription};
use crate::server::core::Core;
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::catalog::policy_exceptions;
use crate::server::store::subscriptions::{save, subscription, StoredSubscription};
use crate::server::store::support::{self, CancellationEffect, Category, EventKind, NewEvent, NewRequest, ProblemType, RequestStatus, Side};

/// A change saved but not committed yet: the caller adds what belongs to the same
/// change and commits.
struct Pending {
    tx: Transaction<'static, Any>,
    stored: StoredSubscription,
    now: String,
}

/// Under the subscription's lock: loads it, asks `step` for the changed value, saves
/// it (if nobody wrote it since it was read) and writes the audit entry.
async fn change<F>(core: &Core, actor: Actor<'_>, subscription_id: i64, action: AuditAction, step: F) -> Result<Pending>
where
    F: FnOnce(&StoredSubscription, NaiveDate, &PolicyExceptions) -> std::result::Result<Subscription, Refusal>,
{
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, subscription_id).await?;
    let stored = found(subscription(&mut *tx, actor.organization_id, subscription_id).await?)?;
    let exceptions = policy_exceptions(&mut *tx).await?;
    let changed = step(&stored, core.clock.today(), &exceptions)?;
    if !save(&mut *tx, &stored, &changed).await? {
        return Err(ServiceError::Changed);
    }
    let now = core.clock.now().to_rfc3339();
    let entry = AuditEntry {
        organization_id: Some(actor.organization_id),
        user_id: Some(actor.user_id),
        action,
        detail: vec![AuditFact::Subscription { id: subscription_id, offer: changed.offer }],
        client: actor.client,
    };
    record(&mut *tx, &now, entry).await?;
    Ok(Pending { tx, stored, now })
}

/// Rule 7: turns automatic renewal off; it stays off until the next manual renewal.
#[tracing::instrument(skip(core, actor), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn turn_off_automatic_renewal(core: &Core, actor: Actor<'_>, subscription_id: i64) -> Result<()> {
    let step = |stored: &StoredSubscription, today, exceptions: &PolicyExceptions| {
        turn_off_auto_renewal(&stored.subscription, today, exceptions).map_err(Refusal::AutoRenewal)
    };
    change(core, actor, subscription_id, AuditAction::AutoRenewalOff, step).await?.tx.commit().await?;
    Ok(())
}

/// Turns automatic renewal back on: only from the unlocked `Off` (after a manual
/// renewal that kept it off), and only with a card on file to charge. After every
/// automatic charge of the term was declined it is refused until the partner renews
/// by hand, as a billing portal does once its retries are spent: no attempt is left
/// to make on this term, and the card on file was just declined three times (the
/// review page of that renewal lets the partner keep it on for the next year).
#[tracing::instrument(skip(core, actor), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn turn_on_automatic_renewal(core: &Core, actor: Actor<'_>, subscription_id: i64) -> Result<()> {
    let pool = core.db.pool();
    let stored = found(subscription(pool, actor.organization_id, subscription_id).await?)?;
    if stored.card.is_none() {
        return Err(Refusal::NoCardOnFile.into());
    }
    let step = |stored: &StoredSubscription, today, exceptions: &PolicyExceptions| {
        turn_on_auto_renewal(&stored.subscription, today, exceptions, stored.record()).map_err(Refusal::AutoRenewal)
    };
    change(core, actor, subscription_id, AuditAction::AutoRenewalOn, step).await?.tx.commit().await?;
    Ok(())
}

/// Seed 000: a cancellation is a support request of category "Report problems with
/// Partner Center", problem type "Help with partner invoice, payment, or
/// reconciliation file"; a support agent completes it. Returns the request's id.
#[tracing::instrument(skip(core, actor, subject, description), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn request_subscription_cancellation(
    core: &Core,
    actor: Actor<'_>,
    subscription_id: i64,
    subject: &str,
    description: &str,
    effect: CancellationEffect,
) -> Result<i64> {
    let step = |stored: &StoredSubscription, today, exceptions: &PolicyExceptions| {
        request_cancellation(&stored.subscription, today, exceptions).map_err(Refusal::Cancel)
    };
    let mut pending = change(core, actor, subscription_id, AuditAction::CancellationRequested, step).await?;
    let request = NewRequest {
        organization_id: actor.organization_id,
        user_id: actor.user_id,
        subscription_id: Some(pending.stored.id),
        category: Category::PartnerCenterProblem,
        problem_type: ProblemType::InvoicePaymentReconciliation,
        subject,
        description,
        cancellation_effect: Some(effect),
        at: &pending.now,
    };
    let id = support::insert(&mut *pending.tx, &request).await?;
    let opened = NewEvent { request_id: id, at: &pending.now, user_id: Some(actor.user_id), side: Side::Partner, kind: EventKind::Opened, body: "", status: Some(RequestStatus::Open) };
    support::insert_event(&mut *pending.tx, &opened).await?;
    pending.tx.commit().await?;
    Ok(id)
}
