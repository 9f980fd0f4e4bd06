//! Durable jobs on both databases: keyed enqueueing, claims with a lease, finishing
//! that checks the lease, retries with back-off.
//!
//! - Enqueue: `INSERT ... ON CONFLICT (unique_key) DO NOTHING`, so the same piece of
//!   due work is enqueued once however often, and by however many instances, the
//!   scheduler runs.
//! - Claim: a pending job whose time has come, or a running one whose lease expired
//!   (its worker died). PostgreSQL: `FOR UPDATE SKIP LOCKED`, so instances never wait
//!   on each other's claims; SQLite: the claim runs in a `BEGIN IMMEDIATE`
//!   transaction, which already holds the database's one write lock.
//! - Finish and fail only apply while the caller still holds the lease: a job whose
//!   lease expired and that another worker re-claimed is not finished twice.

use chrono::{DateTime, Utc};
use sqlx::{Any, Executor, FromRow};

use super::db::{Backend, Db};
use super::{Coded, Instant, Result};

crate::code_enum! {
    pub enum JobStatus: "a job status" {
        Pending = "pending",
        Running = "running",
        Done = "done",
        /// Gave up after its last attempt; `jobs list` shows it with its error.
        Failed = "failed",
        /// No longer needed (the subscription was renewed or cancelled).
        Cancelled = "cancelled",
    }
}

/// The text an instant of the job table is stored as: fixed width, UTC, so that
/// text order is time order on both databases.
pub fn at(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A job to enqueue.
pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: &'a str,
    pub unique_key: &'a str,
    /// What the job is about (`subscription:12`), so pending work can be cancelled.
    pub subject: Option<&'a str>,
    pub due_at: DateTime<Utc>,
    pub max_attempts: i64,
}

/// Enqueues a job unless one with its key exists. True when it was new.
pub async fn enqueue<'e, E: Executor<'e, Database = Any>>(executor: E, job: &NewJob<'_>, now: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO jobs (kind, payload, unique_key, subject, due_at, status, attempts, max_attempts, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8) ON CONFLICT (unique_key) DO NOTHING",
    )
    .bind(job.kind)
    .bind(job.payload)
    .bind(job.unique_key)
    .bind(job.subject)
    .bind(at(job.due_at))
    .bind(JobStatus::Pending.code())
    .bind(job.max_attempts)
    .bind(at(now))
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A claimed job.
#[derive(Debug, Clone, FromRow)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub unique_key: String,
    /// Including this one.
    pub attempts: i64,
    pub max_attempts: i64,
}

/// Claims up to `limit` jobs due at `now` for `worker`, leased until `lease_until`.
pub async fn claim(db: &Db, worker: &str, now: DateTime<Utc>, lease_until: DateTime<Utc>, limit: i64) -> Result<Vec<ClaimedJob>> {
    let skip_locked = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE jobs SET status = $1, locked_by = $2, locked_until = $3, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM jobs WHERE (status = $4 AND due_at <= $5) OR (status = $1 AND locked_until < $5) \
         ORDER BY due_at, id LIMIT $6 {skip_locked}) \
         RETURNING id, kind, payload, unique_key, attempts, max_attempts"
    );
    let mut tx = db.begin_write().await?;
    let mut claimed: Vec<ClaimedJob> = sqlx::query_as(&sql)
        .bind(JobStatus::Running.code())
        .bind(worker)
        .bind(at(lease_until))
        .bind(JobStatus::Pending.code())
        .bind(at(now))
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    claimed.sort_by_key(|job| job.id);
    Ok(claimed)
}

/// Marks the job done with its outcome, if `worker` still holds its lease.
pub async fn finish<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, worker: &str, outcome: &str, now: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE jobs SET status = $1, outcome = $2, finished_at = $3, locked_by = NULL, locked_until = NULL \
         WHERE id = $4 AND locked_by = $5 AND status = $6",
    )
    .bind(JobStatus::Done.code())
    .bind(outcome)
    .bind(at(now))
    .bind(id)
    .bind(worker)
    .bind(JobStatus::Running.code())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a failed attempt: pending again at `retry_at`, or failed for good when
/// `retry_at` is `None`. Only while `worker` holds the lease.
pub async fn fail<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    id: i64,
    worker: &str,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let (status, due, finished) = match retry_at {
        Some(retry) => (JobStatus::Pending, Some(at(retry)), None),
        None => (JobStatus::Failed, None, Some(at(now))),
    };
    let done = sqlx::query(
        "UPDATE jobs SET status = $1, last_error = $2, due_at = COALESCE($3, due_at), finished_at = $4, locked_by = NULL, locked_until = NULL \
         WHERE id = $5 AND locked_by = $6 AND status = $7",
    )
    .bind(status.code())
    .bind(error)
    .bind(due)
    .bind(finished)
    .bind(id)
    .bind(worker)
    .bind(JobStatus::Running.code())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels the pending jobs about `subject` whose kind is one of `kinds`.
pub async fn cancel_pending<'e, E: Executor<'e, Database = Any>>(executor: E, subject: &str, kinds: &[&str], now: DateTime<Utc>) -> Result<u64> {
    if kinds.is_empty() {
        return Ok(0);
    }
    // One placeholder per kind keeps the query portable (no array binds on SQLite).
    let placeholders: Vec<String> = (0..kinds.len()).map(|i| format!("${}", i + 5)).collect();
    let sql = format!(
        "UPDATE jobs SET status = $1, finished_at = $2, outcome = 'no longer needed' WHERE subject = $3 AND status = $4 AND kind IN ({})",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql).bind(JobStatus::Cancelled.code()).bind(at(now)).bind(subject).bind(JobStatus::Pending.code());
    for kind in kinds {
        query = query.bind(*kind);
    }
    Ok(query.execute(executor).await?.rows_affected())
}

/// A job as `jobs list` shows it.
#[derive(Debug, Clone, FromRow)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub unique_key: String,
    #[sqlx(try_from = "String")]
    pub due_at: Instant,
    #[sqlx(try_from = "String")]
    pub status: Coded<JobStatus>,
    pub attempts: i64,
    pub max_attempts: i64,
    pub last_error: Option<String>,
    pub outcome: Option<String>,
}

/// The newest jobs, failures first.
pub async fn list<'e, E: Executor<'e, Database = Any>>(executor: E, limit: i64) -> Result<Vec<JobRow>> {
    sqlx::query_as(
        "SELECT id, kind, unique_key, due_at, status, attempts, max_attempts, last_error, outcome FROM jobs \
         ORDER BY CASE status WHEN 'failed' THEN 0 WHEN 'running' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END, due_at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(executor)
    .await
}

/// How many jobs of a kind are in a status (tests and diagnostics).
pub async fn count<'e, E: Executor<'e, Database = Any>>(executor: E, kind: &str, status: JobStatus) -> Result<i64> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM jobs WHERE kind = $1 AND status = $2").bind(kind).bind(status.code()).fetch_one(executor).await?;
    Ok(count)
}
