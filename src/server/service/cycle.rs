//! The yearly cycle (SPEC "Over time"): what is due each day, found by [`schedule`]
//! and done by the job runner, once whatever the number of instances.
//!
//! Every piece of work is keyed by its subscription and term (the anniversary after
//! any policy extension), so a tick that runs twice, on two instances, or after a
//! restart with a later `APP_TODAY` enqueues each piece once and catches up on every
//! missed day. Each job checks, when it runs, that its term is still the current one.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use super::checkout::buy::{buy, BuyOutcome, Origin};
use super::notify::{self, Event};
use super::offers::yearly_amounts;
use super::transfers::{TransferJob, TRANSFER_EXPIRY, TRANSFER_WARNING};
use super::{Refusal, Result, ServiceError};
use crate::domain::cycle::{work_due, CycleWork};
use crate::domain::dates::{plus_days, AUTOMATIC_CHARGE_DAYS, TRANSFER_WARNING_DAYS};
use crate::domain::offer::CompetencyArea;
use crate::domain::order::requirement_of;
use crate::domain::subscription::{automatic_renewal_due, CancellationState, Evaluation, OrderKind, RequirementStatus};
use crate::server::core::Core;
use crate::server::service::sessions::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
use crate::server::store::catalog::{all_competency_statuses, policy_exceptions};
use crate::server::store::checkouts::{self, NewCheckout};
use crate::server::store::jobs::{self, NewJob};
use crate::server::store::organizations::organization;
use crate::server::store::subscriptions::{all_current, by_id, StoredSubscription};
use crate::server::store::{orders, sessions, sign_in_failures, users, Instant};

/// Charges the stored card (rule 7).
pub const AUTOMATIC_RENEWAL: &str = "automatic-renewal";
/// From A − 15 with automatic renewal on: the notice of the charge (or, without a
/// card on file, the request to renew by hand).
pub const CHARGE_SOON: &str = "charge-soon";
/// From A − 15 up to A with automatic renewal off: the reminder before expiry (rule
/// 6, rule 7). Its own key, so that turning automatic renewal off after the notice
/// of the charge still reminds the partner.
pub const REMINDER_BEFORE: &str = "reminder-before";
/// A + 23, not renewed (rule 6).
pub const REMINDER_AFTER: &str = "reminder-after";
/// A + 31: lapsed (rule 4).
pub const LAPSE_NOTICE: &str = "lapse-notice";
/// Finishes a checkout left `charging`.
pub const RECONCILE: &str = "reconcile";
/// Deletes expired sessions and old sign-in failures.
pub const CLEANUP: &str = "cleanup";

/// How many times automatic renewal tries to charge a term's card.
pub const AUTOMATIC_ATTEMPTS: usize = AUTOMATIC_CHARGE_DAYS.len();
/// A checkout charging for longer than this is reconciled (a Buy request times out
/// after 30 seconds).
pub const RECONCILE_AFTER: Duration = Duration::seconds(60);
/// Sign-in failures are kept this long (the throttle looks back 15 minutes).
const FAILURES_KEPT: Duration = Duration::days(crate::domain::throttle::LONG_WINDOW_DAYS);

/// The payload of a subscription's job: its term, and the attempt of a charge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermJob {
    pub subscription_id: i64,
    /// The anniversary (after any policy extension) the job belongs to.
    pub anniversary: NaiveDate,
    #[serde(default)]
    pub attempt: Option<usize>,
}

/// The payload of a [`RECONCILE`] job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReconcileJob {
    pub checkout_key: String,
    pub organization_id: i64,
}

/// What a job is about, so that its pending work can be cancelled.
pub fn subscription_subject(subscription_id: i64) -> String {
    format!("subscription:{subscription_id}")
}

/// The start of `day` (UTC): when the work of that day becomes due.
fn start_of(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).map_or_else(Utc::now, |t| t.and_utc())
}

/// Cancels the reminders and charges still pending for a subscription (it was
/// renewed or cancelled).
pub async fn cancel_pending_reminders(tx: &mut AnyConnection, subscription_id: i64, now: DateTime<Utc>) -> Result<()> {
    let subject = subscription_subject(subscription_id);
    jobs::cancel_pending(&mut *tx, &subject, &[AUTOMATIC_RENEWAL, CHARGE_SOON, REMINDER_BEFORE, REMINDER_AFTER, LAPSE_NOTICE], now).await?;
    Ok(())
}

/// The job kind that does `work`.
pub fn job_kind(work: &CycleWork) -> &'static str {
    match work {
        CycleWork::UpcomingAutomaticRenewal { .. } => CHARGE_SOON,
        CycleWork::BeforeExpiry { .. } => REMINDER_BEFORE,
        CycleWork::AutomaticCharge { .. } => AUTOMATIC_RENEWAL,
        CycleWork::AfterExpiry { .. } => REMINDER_AFTER,
        CycleWork::LapseNotice { .. } => LAPSE_NOTICE,
    }
}

/// The unique key of `work` of subscription `id`: per kind, term and attempt.
fn job_key(id: i64, work: &CycleWork, anniversary: NaiveDate) -> String {
    let kind = job_kind(work);
    match work.attempt() {
        Some(attempt) => format!("{kind}:{id}:{anniversary}:{attempt}"),
        None => format!("{kind}:{id}:{anniversary}"),
    }
}

fn statuses_of(all: &[(i64, CompetencyArea, RequirementStatus)], organization_id: i64) -> Vec<(CompetencyArea, RequirementStatus)> {
    all.iter().filter(|(org, _, _)| *org == organization_id).map(|(_, area, status)| (*area, *status)).collect()
}

/// The scheduler's tick: enqueues the work due today (and any day missed before),
/// each piece once. Returns how many jobs were new.
#[tracing::instrument(skip(core))]
pub async fn schedule(core: &Core) -> Result<usize> {
    let pool = core.db.pool();
    let today = core.clock.today();
    let now = core.clock.now();
    let exceptions = policy_exceptions(pool).await?;
    let statuses = all_competency_statuses(pool).await?;
    let mut new = 0;
    for stored in all_current(pool).await? {
        let sub = &stored.subscription;
        let requirements = requirement_of(sub.offer, &statuses_of(&statuses, stored.organization_id));
        let evaluation = stored.evaluate(today, &exceptions, requirements);
        let subject = subscription_subject(stored.id);
        let a = evaluation.effective_anniversary;
        for work in work_due(sub, &evaluation, today) {
            let payload = TermJob { subscription_id: stored.id, anniversary: a, attempt: work.attempt() };
            let job = NewJob {
                kind: job_kind(&work),
                payload: &serde_json::to_string(&payload).unwrap_or_default(),
                unique_key: &job_key(stored.id, &work, a),
                subject: Some(&subject),
                due_at: start_of(work.due_on()),
                max_attempts: 5,
            };
            new += usize::from(jobs::enqueue(pool, &job, now).await?);
        }
    }
    let stale = jobs::at(now - RECONCILE_AFTER);
    for charging in checkouts::charging(pool, Some(&stale)).await? {
        let payload = ReconcileJob { checkout_key: charging.checkout_key.clone(), organization_id: charging.organization_id };
        let since = charging.charging_since.unwrap_or_default();
        let job = NewJob {
            kind: RECONCILE,
            payload: &serde_json::to_string(&payload).unwrap_or_default(),
            unique_key: &format!("reconcile:{}:{since}", charging.checkout_key),
            subject: None,
            due_at: now,
            max_attempts: 10,
        };
        new += usize::from(jobs::enqueue(pool, &job, now).await?);
    }
    for transfer in crate::server::store::orders::awaiting_transfers(pool).await? {
        let Some(due) = transfer.due_on.0 else { continue };
        let payload = serde_json::to_string(&TransferJob { order_id: transfer.order_id }).unwrap_or_default();
        let warn_on = due - Duration::days(TRANSFER_WARNING_DAYS as i64);
        let expire_on = plus_days(due, 1);
        for (kind, on) in [(TRANSFER_WARNING, warn_on), (TRANSFER_EXPIRY, expire_on)] {
            if today >= on {
                let job = NewJob {
                    kind,
                    payload: &payload,
                    unique_key: &format!("{kind}:{}", transfer.order_id),
                    subject: None,
                    due_at: start_of(on),
                    max_attempts: 5,
                };
                new += usize::from(jobs::enqueue(pool, &job, now).await?);
            }
        }
    }
    let cleanup = NewJob { kind: CLEANUP, payload: "{}", unique_key: &format!("cleanup:{today}"), subject: None, due_at: start_of(today), max_attempts: 3 };
    new += usize::from(jobs::enqueue(pool, &cleanup, now).await?);
    Ok(new)
}

/// The subscription of a job and what the rules say about it today; `None` when the
/// job's term is no longer the current one (renewed, moved, cancelled, gone).
async fn current_term(core: &Core, job: &TermJob) -> Result<Option<(StoredSubscription, Evaluation, RequirementStatus)>> {
    let pool = core.db.pool();
    let Some(stored) = by_id(pool, job.subscription_id).await? else { return Ok(None) };
    let exceptions = policy_exceptions(pool).await?;
    let statuses = crate::server::store::catalog::competency_statuses(pool, stored.organization_id).await?;
    let requirements = requirement_of(stored.subscription.offer, &statuses);
    let evaluation = stored.evaluate(core.clock.today(), &exceptions, requirements);
    if evaluation.effective_anniversary != job.anniversary || stored.subscription.cancellation != CancellationState::None {
        return Ok(None);
    }
    Ok(Some((stored, evaluation, requirements)))
}

/// Tells the organization about `event` in a transaction of its own.
async fn tell(core: &Core, stored: &StoredSubscription, event: &Event, key: &str) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let placed_by = orders::last_user_of(&mut *tx, stored.id).await?;
    notify::record(&mut tx, stored.organization_id, placed_by, event, key, None, core.clock.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// Rule 7 on A + 1 (retried on A + 3 and A + 7 after a decline): charges the stored
/// card and renews. Without a card on file nothing is charged and the partner is
/// asked to renew by hand. Returns what happened, for the job's record.
#[tracing::instrument(skip(core))]
pub async fn automatic_renewal(core: &Core, job: &TermJob) -> Result<String> {
    let Some((stored, evaluation, requirements)) = current_term(core, job).await? else { return Ok("term no longer current".into()) };
    let exceptions = policy_exceptions(core.db.pool()).await?;
    if stored.transfer_due.is_some() {
        return Ok("a bank transfer is awaited for this renewal".into());
    }
    if automatic_renewal_due(&stored.subscription, core.clock.today(), &exceptions, requirements).is_none() {
        return Ok("automatic renewal not due".into());
    }
    let attempt = job.attempt.unwrap_or(1);
    let Some(card) = stored.card.clone() else {
        let event = Event::RenewByHand { subscription_id: stored.id, offer: stored.subscription.offer, closes_on: evaluation.timeline.window_closes };
        tell(core, &stored, &event, &format!("renew-by-hand:{}:{}", stored.id, job.anniversary)).await?;
        return Ok("no card on file: asked to renew by hand".into());
    };
    let pool = core.db.pool();
    let placed_by = match orders::last_user_of(pool, stored.id).await? {
        Some(user) => user,
        None => match users::recipients(pool, stored.organization_id, None).await?.first() {
            Some(recipient) => recipient.user_id,
            None => return Ok("no active user to place the order".into()),
        },
    };
    let key = format!("auto-{}-{}-{attempt}", stored.id, job.anniversary);
    let basis = stored.subscription.anniversary.to_string();
    let checkout = NewCheckout {
        key: &key,
        organization_id: stored.organization_id,
        user_id: placed_by,
        subscription_id: Some(stored.id),
        offer: stored.subscription.offer,
        kind: OrderKind::AutomaticRenewal,
        basis: &basis,
        card: Some(&card),
        card_holder: None,
        contact: None,
        created_at: Instant(core.clock.now()),
    };
    checkouts::insert(pool, &checkout).await?;
    match buy(core, stored.organization_id, &key, Origin::Automatic { attempt }).await {
        Ok(BuyOutcome::Done(done)) if done == key => Ok("charged and renewed".into()),
        Ok(BuyOutcome::Done(_)) => Ok("renewed by another order".into()),
        Ok(BuyOutcome::Declined(code)) => Ok(format!("declined: {}", code.code())),
        Err(ServiceError::Refused(Refusal::AutomaticRenewalNotDue)) => Ok("automatic renewal not due".into()),
        Err(error) => Err(error),
    }
}

/// Rules 4, 6 and 7: the notices before and after A, and the lapse notice. Sent
/// only if the rules still list the job's work today (see [`work_due`]): a notice of
/// the charge is not sent once automatic renewal was turned off, nor a reminder
/// before expiry once it was turned on again.
#[tracing::instrument(skip(core))]
pub async fn reminder(core: &Core, kind: &str, job: &TermJob) -> Result<String> {
    let Some((stored, evaluation, _)) = current_term(core, job).await? else { return Ok("term no longer current".into()) };
    let today = core.clock.today();
    let Some(work) = work_due(&stored.subscription, &evaluation, today).into_iter().find(|work| job_kind(work) == kind) else {
        return Ok("no longer due".into());
    };
    let Some(event) = notice_of(core, &stored, &evaluation, work).await? else { return Ok("nothing to say".into()) };
    tell(core, &stored, &event, &format!("{kind}:{}:{}", stored.id, job.anniversary)).await?;
    Ok("sent".into())
}

/// What the partner is told about `work`. The notice of the charge names the card
/// and the amount; without a card on file it asks to renew by hand instead.
async fn notice_of(core: &Core, stored: &StoredSubscription, evaluation: &Evaluation, work: CycleWork) -> Result<Option<Event>> {
    let (id, offer, t) = (stored.id, stored.subscription.offer, &evaluation.timeline);
    Ok(Some(match work {
        CycleWork::UpcomingAutomaticRenewal { charge_on, .. } => {
            let Some(card) = &stored.card else { return Ok(Some(Event::RenewByHand { subscription_id: id, offer, closes_on: t.window_closes })) };
            let pool = core.db.pool();
            let Some(org) = organization(pool, stored.organization_id).await? else { return Ok(None) };
            let Some(amounts) = yearly_amounts(pool, &core.config.seller, &org, offer).await? else { return Ok(None) };
            let card = card.masked();
            Event::ChargeSoon { subscription_id: id, offer, charge_on, total: amounts.total, card }
        }
        CycleWork::BeforeExpiry { anniversary } => {
            Event::ExpiresSoon { subscription_id: id, offer, expires_on: anniversary, opens_on: t.window_opens, closes_on: t.window_closes }
        }
        CycleWork::AfterExpiry { closes_on, .. } => Event::WindowClosing { subscription_id: id, offer, closes_on },
        CycleWork::LapseNotice { lapsed_on, .. } => Event::Lapsed { subscription_id: id, offer, lapsed_on },
        CycleWork::AutomaticCharge { .. } => return Ok(None),
    }))
}

/// Deletes expired sessions, and sign-in failures and known client addresses older
/// than the throttle needs (its long window).
#[tracing::instrument(skip(core))]
pub async fn cleanup(core: &Core) -> Result<String> {
    let now = core.clock.now();
    let pool = core.db.pool();
    let sessions = sessions::delete_expired(pool, &(now - ABSOLUTE_TIMEOUT).to_rfc3339(), &(now - IDLE_TIMEOUT).to_rfc3339()).await?;
    let failures = sign_in_failures::delete_before(pool, &(now - FAILURES_KEPT).to_rfc3339()).await?;
    let clients = sign_in_failures::delete_known_clients_before(pool, &(now - FAILURES_KEPT).to_rfc3339()).await?;
    Ok(format!("{sessions} expired sessions, {failures} old sign-in failures, {clients} unused known client addresses deleted"))
}
