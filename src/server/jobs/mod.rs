//! The job runner: claims due jobs with a lease, does each one, and records the
//! outcome; a failed attempt is retried with back-off and given up after the job's
//! `max_attempts` (5 for the yearly cycle, 8 for e-mail, 10 for reconciliation),
//! after which `jobs list` shows it with its last error.
//!
//! One scheduler ([`tick`]) and one worker loop run in every instance; the keys and
//! leases of `store::jobs` make each piece of work happen once whatever the number
//! of instances. `membership-offers jobs run-due` runs one tick and the due work, and
//! exits; `membership-offers jobs list` prints the queue.

pub mod mail;

use std::time::Duration as StdDuration;

use chrono::Duration;
use rand::RngCore;
use tracing::Instrument;

use crate::server::service::checkout::reconcile_checkout;
use crate::server::service::cycle::{self, ReconcileJob, TermJob};
use crate::server::service::notify::{DeliverMail, DELIVER_MAIL};
use crate::server::service::transfers::{self, TransferJob};
use crate::server::state::AppState;
use crate::server::store::jobs::{self, ClaimedJob};

/// How long a claimed job belongs to its worker before another may take it over.
pub const LEASE: Duration = Duration::minutes(5);
/// Jobs claimed at once.
const BATCH: i64 = 10;

/// A name for this worker, unique across instances and restarts.
pub fn worker_id() -> String {
    let host = hostname().unwrap_or_else(|| "host".to_string());
    format!("{host}-{}-{:08x}", std::process::id(), rand::rng().next_u32())
}

fn hostname() -> Option<String> {
    std::fs::read_to_string("/etc/hostname").ok().map(|h| h.trim().to_string()).filter(|h| !h.is_empty())
}

/// The back-off after attempt `attempts` failed: 1, 2, 4, 8 … minutes, at most 6 hours.
pub fn retry_delay(attempts: i64) -> Duration {
    let minutes = 1_i64 << attempts.clamp(1, 9).saturating_sub(1);
    Duration::minutes(minutes.min(360))
}

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RunReport {
    pub done: usize,
    pub failed: usize,
    /// Jobs whose lease was lost to another worker before they finished.
    pub lost: usize,
}

fn parse<T: serde::de::DeserializeOwned>(job: &ClaimedJob) -> Result<T, String> {
    serde_json::from_str(&job.payload).map_err(|e| format!("bad payload: {e}"))
}

/// Does one job; the outcome for the record, or the error of a failed attempt.
async fn execute(state: &AppState, job: &ClaimedJob) -> Result<String, String> {
    let core = &state.core;
    let result = match job.kind.as_str() {
        cycle::AUTOMATIC_RENEWAL => cycle::automatic_renewal(core, &parse::<TermJob>(job)?).await,
        cycle::CHARGE_SOON | cycle::REMINDER_BEFORE | cycle::REMINDER_AFTER | cycle::LAPSE_NOTICE => cycle::reminder(core, &job.kind, &parse::<TermJob>(job)?).await,
        cycle::RECONCILE => {
            let payload = parse::<ReconcileJob>(job)?;
            reconcile_checkout(core, payload.organization_id, &payload.checkout_key).await
        }
        cycle::CLEANUP => cycle::cleanup(core).await,
        transfers::TRANSFER_WARNING => transfers::warn(core, &parse::<TransferJob>(job)?).await,
        transfers::TRANSFER_EXPIRY => transfers::expire(core, &parse::<TransferJob>(job)?).await,
        DELIVER_MAIL => return mail::deliver(state, &parse::<DeliverMail>(job)?).await,
        other => return Err(format!("unknown job kind {other:?}")),
    };
    result.map_err(|error| {
        let mut chain = error.to_string();
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            chain.push_str(": ");
            chain.push_str(&cause.to_string());
            source = cause.source();
        }
        chain
    })
}

/// Claims and does due jobs until none is left.
pub async fn run_due(state: &AppState, worker: &str) -> Result<RunReport, sqlx::Error> {
    let mut report = RunReport::default();
    loop {
        let now = state.core.clock.now();
        let claimed = jobs::claim(&state.core.db, worker, now, now + LEASE, BATCH).await?;
        if claimed.is_empty() {
            return Ok(report);
        }
        for job in claimed {
            let span = tracing::info_span!("job", id = job.id, kind = %job.kind, key = %job.unique_key, attempt = job.attempts);
            let result = execute(state, &job).instrument(span).await;
            let now = state.core.clock.now();
            let pool = state.core.db.pool();
            let kept = match &result {
                Ok(outcome) => {
                    tracing::info!(job = job.id, kind = %job.kind, %outcome, "job done");
                    jobs::finish(pool, job.id, worker, outcome, now).await?
                }
                Err(error) => {
                    let retry = (job.attempts < job.max_attempts).then(|| now + retry_delay(job.attempts));
                    tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, %error, ?retry, "job failed");
                    jobs::fail(pool, job.id, worker, error, retry, now).await?
                }
            };
            match (kept, result.is_ok()) {
                (false, _) => report.lost += 1,
                (true, true) => report.done += 1,
                (true, false) => report.failed += 1,
            }
        }
    }
}

/// The scheduler's tick, then the due work.
pub async fn tick(state: &AppState, worker: &str) -> Result<RunReport, String> {
    let enqueued = cycle::schedule(&state.core).await.map_err(|e| e.to_string())?;
    if enqueued > 0 {
        tracing::info!(enqueued, today = %state.core.clock.today(), "due work enqueued");
    }
    run_due(state, worker).await.map_err(|e| e.to_string())
}

/// Runs the scheduler and the worker in the background: at start, then every
/// `every`. A failed tick is logged and tried again at the next.
pub fn spawn(state: AppState, every: StdDuration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let worker = worker_id();
        tracing::info!(%worker, every_seconds = every.as_secs(), "job runner started");
        loop {
            if let Err(error) = tick(&state, &worker).await {
                tracing::error!(%error, "job runner tick failed");
            }
            tokio::time::sleep(every).await;
        }
    })
}

/// `jobs list`: the queue, failures first, as text lines.
pub async fn list(state: &AppState, limit: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows = jobs::list(state.core.db.pool(), limit).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let detail = match (&row.last_error, &row.outcome) {
                (Some(error), _) if row.status.0 != jobs::JobStatus::Done => format!("error: {error}"),
                (_, Some(outcome)) => outcome.clone(),
                _ => String::new(),
            };
            format!(
                "{:>6}  {:<9}  {:<18}  {}  {}/{}  {}  {}",
                row.id,
                row.status.0.code(),
                row.kind,
                jobs::at(row.due_at.0),
                row.attempts,
                row.max_attempts,
                row.unique_key,
                detail
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_stop_growing_at_six_hours() {
        assert_eq!(retry_delay(1), Duration::minutes(1));
        assert_eq!(retry_delay(2), Duration::minutes(2));
        assert_eq!(retry_delay(5), Duration::minutes(16));
        assert_eq!(retry_delay(9), Duration::minutes(256));
        assert_eq!(retry_delay(40), Duration::minutes(256));
    }
}
