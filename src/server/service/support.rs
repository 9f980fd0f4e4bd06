//! Support requests: the partner's side (Support, Partner Center requests: open,
//! follow, reply, close) and network staff's (the queue across organizations: assign,
//! reply, set the status, complete or decline a cancellation).

use super::cycle::cancel_pending_reminders;
use super::notify::{self, Event};
use super::transfers::StaffActor;
use super::{found, Actor, Refusal, Result, ServiceError};
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::money::Money;
use crate::domain::subscription::{complete_cancellation, AutoRenewal, CancellationState, Subscription};
use crate::server::core::Core;
use crate::server::gateway::RefundRequest;
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::catalog::policy_exceptions;
use crate::server::store::credit_notes::{self, CreditReason};
use crate::server::store::support::{
    self, CancellationEffect, Category, EventKind, EventRow, NewEvent, NewRequest, ProblemType, RequestQuery, RequestRow, RequestStatus, Side,
};
use crate::server::store::{invoices, orders, subscriptions};

/// A request with its timeline.
#[derive(Debug, Clone)]
pub struct RequestDetails {
    pub request: RequestRow,
    pub events: Vec<EventRow>,
}

/// Which requests the staff queue shows; an empty field does not filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueFilter {
    pub status: Option<RequestStatus>,
    pub problem_type: Option<ProblemType>,
    pub organization_id: Option<i64>,
    /// Only the requests assigned to this staff user.
    pub assigned_to: Option<i64>,
}

/// A request to open from the New request form.
pub struct NewSupportRequest<'a> {
    pub problem_type: ProblemType,
    pub subject: &'a str,
    pub description: &'a str,
}

/// The organization's requests, newest first.
#[tracing::instrument(skip(core))]
pub async fn list_of(core: &Core, organization_id: i64, status: Option<RequestStatus>) -> Result<Vec<RequestRow>> {
    let query = RequestQuery { organization_id: Some(organization_id), status, ..Default::default() };
    Ok(support::list(core.db.pool(), &query, false).await?)
}

/// One request of the organization (another organization's is not found), or any
/// organization's for staff (`None`).
#[tracing::instrument(skip(core))]
pub async fn details(core: &Core, organization_id: Option<i64>, id: i64) -> Result<RequestDetails> {
    let pool = core.db.pool();
    let request = found(support::request(pool, organization_id, id).await?)?;
    let events = support::events_of(pool, id).await?;
    Ok(RequestDetails { request, events })
}

/// Opens a request of category "Report problems with Partner Center".
#[tracing::instrument(skip(core, actor, input), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn open(core: &Core, actor: Actor<'_>, input: NewSupportRequest<'_>) -> Result<i64> {
    let at = core.clock.now().to_rfc3339();
    let mut tx = core.db.begin_write().await?;
    let request = NewRequest {
        organization_id: actor.organization_id,
        user_id: actor.user_id,
        subscription_id: None,
        category: Category::PartnerCenterProblem,
        problem_type: input.problem_type,
        subject: input.subject,
        description: input.description,
        cancellation_effect: None,
        at: &at,
    };
    let id = support::insert(&mut *tx, &request).await?;
    let opened = NewEvent { request_id: id, at: &at, user_id: Some(actor.user_id), side: Side::Partner, kind: EventKind::Opened, body: "", status: Some(RequestStatus::Open) };
    support::insert_event(&mut *tx, &opened).await?;
    tx.commit().await?;
    Ok(id)
}

fn is_finished(status: RequestStatus) -> bool {
    matches!(status, RequestStatus::Resolved | RequestStatus::Closed)
}

/// The partner replies; a request waiting for them is in progress again.
#[tracing::instrument(skip(core, actor, body), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn partner_reply(core: &Core, actor: Actor<'_>, id: i64, body: &str) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let request = found(support::request(&mut *tx, Some(actor.organization_id), id).await?)?;
    if request.status.0 == RequestStatus::Closed {
        return Err(Refusal::RequestClosed.into());
    }
    let at = core.clock.now().to_rfc3339();
    let status = match request.status.0 {
        RequestStatus::WaitingPartner | RequestStatus::Resolved => Some(RequestStatus::InProgress),
        _ => None,
    };
    let message = NewEvent { request_id: id, at: &at, user_id: Some(actor.user_id), side: Side::Partner, kind: EventKind::Message, body, status };
    support::insert_event(&mut *tx, &message).await?;
    match status {
        Some(status) => support::set_status(&mut *tx, id, status, &at).await?,
        None => support::touch(&mut *tx, id, &at).await?,
    }
    tx.commit().await?;
    Ok(())
}

/// The partner closes their request.
#[tracing::instrument(skip(core, actor), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn close(core: &Core, actor: Actor<'_>, id: i64) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let request = found(support::request(&mut *tx, Some(actor.organization_id), id).await?)?;
    if request.status.0 == RequestStatus::Closed {
        return Err(Refusal::RequestClosed.into());
    }
    let at = core.clock.now().to_rfc3339();
    let closed = NewEvent { request_id: id, at: &at, user_id: Some(actor.user_id), side: Side::Partner, kind: EventKind::Closed, body: "", status: Some(RequestStatus::Closed) };
    support::insert_event(&mut *tx, &closed).await?;
    support::set_status(&mut *tx, id, RequestStatus::Closed, &at).await?;
    tx.commit().await?;
    Ok(())
}

/// The staff queue across organizations, oldest first.
#[tracing::instrument(skip(core))]
pub async fn queue(core: &Core, filter: QueueFilter) -> Result<Vec<RequestRow>> {
    let query = RequestQuery { organization_id: filter.organization_id, status: filter.status, problem_type: filter.problem_type, assigned_to: filter.assigned_to };
    Ok(support::list(core.db.pool(), &query, true).await?)
}

#[tracing::instrument(skip(core))]
pub async fn open_count(core: &Core) -> Result<i64> {
    Ok(support::open_count(core.db.pool()).await?)
}

/// Records a staff action in the request's timeline and the organization's audit log.
async fn staff_event(tx: &mut sqlx::AnyConnection, staff: StaffActor<'_>, request: &RequestRow, kind: EventKind, body: &str, status: Option<RequestStatus>, at: &str) -> Result<()> {
    let event = NewEvent { request_id: request.id, at, user_id: Some(staff.user_id), side: Side::Staff, kind, body, status };
    support::insert_event(&mut *tx, &event).await?;
    match status {
        Some(status) => support::set_status(&mut *tx, request.id, status, at).await?,
        None => support::touch(&mut *tx, request.id, at).await?,
    }
    let entry = AuditEntry {
        organization_id: Some(request.organization_id),
        user_id: Some(staff.user_id),
        action: AuditAction::SupportRequestHandled,
        detail: vec![AuditFact::SupportRequest { id: request.id, event: kind }],
        client: staff.client,
    };
    record(&mut *tx, at, entry).await?;
    Ok(())
}

/// Staff take a request.
#[tracing::instrument(skip(core, staff))]
pub async fn assign_to_me(core: &Core, staff: StaffActor<'_>, id: i64) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let request = found(support::request(&mut *tx, None, id).await?)?;
    let at = core.clock.now().to_rfc3339();
    support::assign(&mut *tx, id, staff.user_id, &at).await?;
    let status = (request.status.0 == RequestStatus::Open).then_some(RequestStatus::InProgress);
    staff_event(&mut tx, staff, &request, EventKind::Assigned, "", status, &at).await?;
    tx.commit().await?;
    Ok(())
}

/// Staff reply; the partner is told, and the request waits for them.
#[tracing::instrument(skip(core, staff, body))]
pub async fn staff_reply(core: &Core, staff: StaffActor<'_>, id: i64, body: &str) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let request = found(support::request(&mut *tx, None, id).await?)?;
    if request.status.0 == RequestStatus::Closed {
        return Err(Refusal::RequestClosed.into());
    }
    let now = core.clock.now();
    let at = now.to_rfc3339();
    staff_event(&mut tx, staff, &request, EventKind::Message, body, Some(RequestStatus::WaitingPartner), &at).await?;
    let event = Event::SupportReplied { request_id: id, subject: request.subject.clone() };
    notify::record(&mut tx, request.organization_id, Some(request.user_id), &event, &format!("support-reply:{id}:{at}"), None, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Staff set the status.
#[tracing::instrument(skip(core, staff))]
pub async fn set_status(core: &Core, staff: StaffActor<'_>, id: i64, status: RequestStatus) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let request = found(support::request(&mut *tx, None, id).await?)?;
    let at = core.clock.now().to_rfc3339();
    staff_event(&mut tx, staff, &request, EventKind::StatusChanged, "", Some(status), &at).await?;
    tx.commit().await?;
    Ok(())
}

/// How staff complete a cancellation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    pub effect: CancellationEffect,
    /// Refund the current term's card payment in full, with a credit note.
    pub refund: bool,
}

/// Completes a cancellation request: the subscription is cancelled, at once or at the
/// end of the current term; automatic renewal is off; pending reminders are
/// cancelled; with a refund, the term's card payment is refunded through the gateway
/// (once, whatever the retries) and credited. Audited; the partner is told.
#[tracing::instrument(skip(core, staff))]
pub async fn complete(core: &Core, staff: StaffActor<'_>, id: i64, completion: Completion) -> Result<()> {
    let pool = core.db.pool();
    let request = found(support::request(pool, None, id).await?)?;
    let Some(subscription_id) = request.subscription_id else { return Err(Refusal::NotACancellation.into()) };
    if is_finished(request.status.0) {
        return Err(Refusal::RequestClosed.into());
    }
    // The refund goes to the gateway before the database changes, with a key of this
    // request: a retry after a failure refunds nothing twice.
    let refund = match completion.refund {
        true => refund_last_payment(core, id, subscription_id, request.organization_id).await?,
        false => None,
    };
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, subscription_id).await?;
    let request = found(support::request(&mut *tx, None, id).await?)?;
    if is_finished(request.status.0) {
        return Err(Refusal::RequestClosed.into());
    }
    let stored = found(subscriptions::subscription(&mut *tx, request.organization_id, subscription_id).await?)?;
    let exceptions = policy_exceptions(&mut *tx).await?;
    let today = core.clock.today();
    let anniversary = crate::domain::subscription::effective_anniversary(&stored.subscription, &exceptions);
    let effective_on = completion.effect.effective_on(anniversary, today);
    let cancelled = complete_cancellation(&stored.subscription, effective_on).map_err(Refusal::Cancel)?;
    let cancelled = Subscription { auto_renewal: AutoRenewal::Off, ..cancelled };
    if !subscriptions::save(&mut *tx, &stored, &cancelled).await? {
        return Err(ServiceError::Changed);
    }
    let now = core.clock.now();
    let at = now.to_rfc3339();
    cancel_pending_reminders(&mut tx, subscription_id, now).await?;
    let credit = match &refund {
        Some((invoice_id, reference)) => {
            let invoice = found(invoices::invoice(&mut *tx, request.organization_id, *invoice_id).await?)?;
            Some(credit_notes::create(&mut tx, &invoice, CreditReason::CancellationRefund, today, Some(reference)).await?)
        }
        None => None,
    };
    let note = credit.as_ref().map(|c| c.number.clone()).unwrap_or_default();
    staff_event(&mut tx, staff, &request, EventKind::CancellationCompleted, &note, Some(RequestStatus::Resolved), &at).await?;
    let entry = AuditEntry {
        organization_id: Some(request.organization_id),
        user_id: Some(staff.user_id),
        action: AuditAction::CancellationCompleted,
        detail: [AuditFact::Subscription { id: subscription_id, offer: stored.subscription.offer }, AuditFact::EffectiveOn { day: effective_on }]
            .into_iter()
            .chain((!note.is_empty()).then(|| AuditFact::CreditNote { number: note.clone() }))
            .collect(),
        client: staff.client,
    };
    record(&mut *tx, &at, entry).await?;
    let refunded = match (&refund, &credit) {
        (Some(_), Some(_)) => last_total(&mut tx, subscription_id).await?,
        _ => None,
    };
    let event = Event::CancellationCompleted { request_id: id, subscription_id, offer: stored.subscription.offer, effective_on, refunded };
    notify::record(&mut tx, request.organization_id, Some(request.user_id), &event, &format!("cancellation-completed:{id}"), None, now).await?;
    tx.commit().await?;
    Ok(())
}

async fn last_total(tx: &mut sqlx::AnyConnection, subscription_id: i64) -> Result<Option<Money>> {
    let Some((order_id, _, _)) = orders::last_paid_of(&mut *tx, subscription_id).await? else { return Ok(None) };
    let invoice = invoices::of_order(&mut *tx, order_id).await?;
    Ok(invoice.and_then(|i| Money::new(i.total_minor, i.currency.0).ok()))
}

/// Refunds the term's card payment: (invoice id, the gateway's refund reference).
async fn refund_last_payment(core: &Core, request_id: i64, subscription_id: i64, organization_id: i64) -> Result<Option<(i64, String)>> {
    let pool = core.db.pool();
    let Some((order_id, checkout_key, method)) = orders::last_paid_of(pool, subscription_id).await? else {
        return Err(Refusal::NothingToRefund.into());
    };
    if method != crate::domain::order::PaymentMethod::Card.code() {
        return Err(Refusal::NothingToRefund.into());
    }
    let invoice = found(invoices::of_order(pool, order_id).await?)?;
    if invoice.organization_id != organization_id {
        return Err(ServiceError::NotFound);
    }
    let request = RefundRequest { charge_key: checkout_key, amount_minor: invoice.total_minor, idempotency_key: format!("refund-request-{request_id}") };
    let reference = core.gateway.refund(request).await?;
    Ok(Some((invoice.id, reference)))
}

/// Staff decline a cancellation, with a message: the subscription goes on as before.
#[tracing::instrument(skip(core, staff, message))]
pub async fn decline(core: &Core, staff: StaffActor<'_>, id: i64, message: &str) -> Result<()> {
    let pool = core.db.pool();
    let request = found(support::request(pool, None, id).await?)?;
    let Some(subscription_id) = request.subscription_id else { return Err(Refusal::NotACancellation.into()) };
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, subscription_id).await?;
    let request = found(support::request(&mut *tx, None, id).await?)?;
    if is_finished(request.status.0) {
        return Err(Refusal::RequestClosed.into());
    }
    let stored = found(subscriptions::subscription(&mut *tx, request.organization_id, subscription_id).await?)?;
    if let CancellationState::Requested { .. } = stored.subscription.cancellation {
        let kept = Subscription { cancellation: CancellationState::None, ..stored.subscription.clone() };
        if !subscriptions::save(&mut *tx, &stored, &kept).await? {
            return Err(ServiceError::Changed);
        }
    }
    let now = core.clock.now();
    let at = now.to_rfc3339();
    staff_event(&mut tx, staff, &request, EventKind::CancellationDeclined, message, Some(RequestStatus::Resolved), &at).await?;
    let event = Event::CancellationDeclined { request_id: id, subscription_id, offer: stored.subscription.offer };
    notify::record(&mut tx, request.organization_id, Some(request.user_id), &event, &format!("cancellation-declined:{id}"), None, now).await?;
    tx.commit().await?;
    Ok(())
}
