//! Support requests (seed 000: Support, Partner Center requests) and their timeline of
//! messages and events between the partner and network staff.

use sqlx::{Any, Executor, FromRow};

use super::{Coded, Instant, MaybeCoded, Result};
pub use crate::domain::support::{CancellationEffect, Category, EventKind, ProblemType, RequestStatus, Side};
use crate::domain::offer::OfferKind;

/// A request to open.
pub struct NewRequest<'a> {
    pub organization_id: i64,
    pub user_id: i64,
    pub subscription_id: Option<i64>,
    pub category: Category,
    pub problem_type: ProblemType,
    pub subject: &'a str,
    pub description: &'a str,
    pub cancellation_effect: Option<CancellationEffect>,
    pub at: &'a str,
}

/// Opens a request; returns its id (its number is shown as `SR-000123`).
pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, request: &NewRequest<'_>) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO support_requests (organization_id, user_id, subscription_id, category, problem_type, subject, description, status, \
         cancellation_effect, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(request.organization_id)
    .bind(request.user_id)
    .bind(request.subscription_id)
    .bind(request.category.code())
    .bind(request.problem_type.code())
    .bind(request.subject)
    .bind(request.description)
    .bind(RequestStatus::Open.code())
    .bind(request.cancellation_effect.map(CancellationEffect::code))
    .bind(request.at)
    .fetch_one(executor)
    .await?;
    Ok(id)
}

/// A request with the names around it.
#[derive(Debug, Clone, FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub organization_id: i64,
    pub organization_name: String,
    pub user_id: i64,
    pub author_name: String,
    pub subscription_id: Option<i64>,
    #[sqlx(try_from = "Option<String>")]
    pub offer_code: MaybeCoded<OfferKind>,
    #[sqlx(try_from = "String")]
    pub category: Coded<Category>,
    #[sqlx(try_from = "String")]
    pub problem_type: Coded<ProblemType>,
    pub subject: String,
    pub description: String,
    #[sqlx(try_from = "String")]
    pub status: Coded<RequestStatus>,
    pub assigned_to: Option<i64>,
    pub assignee_name: Option<String>,
    #[sqlx(try_from = "Option<String>")]
    pub cancellation_effect: MaybeCoded<CancellationEffect>,
    #[sqlx(try_from = "String")]
    pub created_at: Instant,
    #[sqlx(try_from = "String")]
    pub updated_at: Instant,
}

const SELECT: &str = "SELECT r.id, r.organization_id, g.legal_name AS organization_name, r.user_id, u.display_name AS author_name, \
    r.subscription_id, s.offer_code, r.category, r.problem_type, r.subject, r.description, r.status, r.assigned_to, \
    a.display_name AS assignee_name, r.cancellation_effect, r.created_at, r.updated_at \
    FROM support_requests r JOIN organizations g ON g.id = r.organization_id JOIN users u ON u.id = r.user_id \
    LEFT JOIN subscriptions s ON s.id = r.subscription_id LEFT JOIN users a ON a.id = r.assigned_to";

/// Which requests to list. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestQuery {
    pub organization_id: Option<i64>,
    pub status: Option<RequestStatus>,
    pub problem_type: Option<ProblemType>,
    pub assigned_to: Option<i64>,
}

/// Requests matching `query`: newest first for a partner, oldest first for staff.
pub async fn list<'e, E: Executor<'e, Database = Any>>(executor: E, query: &RequestQuery, oldest_first: bool) -> Result<Vec<RequestRow>> {
    let order = if oldest_first { "ASC" } else { "DESC" };
    sqlx::query_as(&format!(
        "{SELECT} WHERE ($1 = 0 OR r.organization_id = $1) AND ($2 = '' OR r.status = $2) AND ($3 = '' OR r.problem_type = $3) \
         AND ($4 = 0 OR r.assigned_to = $4) ORDER BY r.created_at {order}, r.id {order} LIMIT 500"
    ))
    .bind(query.organization_id.unwrap_or(0))
    .bind(query.status.map(RequestStatus::code).unwrap_or_default())
    .bind(query.problem_type.map(ProblemType::code).unwrap_or_default())
    .bind(query.assigned_to.unwrap_or(0))
    .fetch_all(executor)
    .await
}

/// One request; scoped to an organization when `organization_id` is given (partners),
/// any organization's for staff (`None`).
pub async fn request<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: Option<i64>, id: i64) -> Result<Option<RequestRow>> {
    sqlx::query_as(&format!("{SELECT} WHERE r.id = $1 AND ($2 = 0 OR r.organization_id = $2)"))
        .bind(id)
        .bind(organization_id.unwrap_or(0))
        .fetch_optional(executor)
        .await
}

/// The open cancellation request of a subscription, if any.
pub async fn open_cancellation_of<'e, E: Executor<'e, Database = Any>>(executor: E, subscription_id: i64) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM support_requests WHERE subscription_id = $1 AND status NOT IN ('resolved', 'closed') ORDER BY id DESC LIMIT 1",
    )
    .bind(subscription_id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// How many requests are open or in progress (the staff header).
pub async fn open_count<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM support_requests WHERE status IN ('open', 'in-progress')").fetch_one(executor).await?;
    Ok(count)
}

pub async fn set_status<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, status: RequestStatus, at: &str) -> Result<()> {
    sqlx::query("UPDATE support_requests SET status = $1, updated_at = $2 WHERE id = $3").bind(status.code()).bind(at).bind(id).execute(executor).await?;
    Ok(())
}

pub async fn assign<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, staff_user: i64, at: &str) -> Result<()> {
    sqlx::query("UPDATE support_requests SET assigned_to = $1, updated_at = $2 WHERE id = $3").bind(staff_user).bind(at).bind(id).execute(executor).await?;
    Ok(())
}

pub async fn touch<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, at: &str) -> Result<()> {
    sqlx::query("UPDATE support_requests SET updated_at = $1 WHERE id = $2").bind(at).bind(id).execute(executor).await?;
    Ok(())
}

/// An entry of a request's timeline.
pub struct NewEvent<'a> {
    pub request_id: i64,
    pub at: &'a str,
    pub user_id: Option<i64>,
    pub side: Side,
    pub kind: EventKind,
    pub body: &'a str,
    pub status: Option<RequestStatus>,
}

pub async fn insert_event<'e, E: Executor<'e, Database = Any>>(executor: E, event: &NewEvent<'_>) -> Result<()> {
    sqlx::query("INSERT INTO support_events (request_id, at, user_id, side, kind, body, status) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(event.request_id)
        .bind(event.at)
        .bind(event.user_id)
        .bind(event.side.code())
        .bind(event.kind.code())
        .bind(event.body)
        .bind(event.status.map(RequestStatus::code))
        .execute(executor)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct EventRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub at: Instant,
    pub author_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub side: Coded<Side>,
    #[sqlx(try_from = "String")]
    pub kind: Coded<EventKind>,
    pub body: String,
    #[sqlx(try_from = "Option<String>")]
    pub status: MaybeCoded<RequestStatus>,
}

/// A request's timeline, oldest first.
pub async fn events_of<'e, E: Executor<'e, Database = Any>>(executor: E, request_id: i64) -> Result<Vec<EventRow>> {
    sqlx::query_as(
        "SELECT e.id, e.at, u.display_name AS author_name, e.side, e.kind, e.body, e.status FROM support_events e \
         LEFT JOIN users u ON u.id = e.user_id WHERE e.request_id = $1 ORDER BY e.at, e.id",
    )
    .bind(request_id)
    .fetch_all(executor)
    .await
}
