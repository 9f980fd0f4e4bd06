//! In-app notifications, one row per recipient user.

use sqlx::{Any, Executor, FromRow};

use super::{Instant, Result};

/// Adds a notification for one user unless it exists (`unique_key`).
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    user_id: i64,
    event: &str,
    unique_key: &str,
    at: &str,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO notifications (organization_id, user_id, event, unique_key, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (unique_key) DO NOTHING",
    )
    .bind(organization_id)
    .bind(user_id)
    .bind(event)
    .bind(unique_key)
    .bind(at)
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone, FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub event: String,
    #[sqlx(try_from = "String")]
    pub created_at: Instant,
    pub read_at: Option<String>,
}

/// The user's notifications in the organization, newest first.
pub async fn of_user<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, user_id: i64, limit: i64) -> Result<Vec<NotificationRow>> {
    sqlx::query_as(
        "SELECT id, event, created_at, read_at FROM notifications WHERE organization_id = $1 AND user_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3",
    )
    .bind(organization_id)
    .bind(user_id)
    .bind(limit)
    .fetch_all(executor)
    .await
}

/// How many of the user's notifications are unread.
pub async fn unread_count<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, user_id: i64) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM notifications WHERE organization_id = $1 AND user_id = $2 AND read_at IS NULL")
        .bind(organization_id)
        .bind(user_id)
        .fetch_one(executor)
        .await?;
    Ok(count)
}

/// Marks one of the user's notifications read (another user's is not found).
pub async fn mark_read<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, user_id: i64, id: i64, at: &str) -> Result<bool> {
    let done = sqlx::query("UPDATE notifications SET read_at = COALESCE(read_at, $1) WHERE id = $2 AND organization_id = $3 AND user_id = $4")
        .bind(at)
        .bind(id)
        .bind(organization_id)
        .bind(user_id)
        .execute(executor)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks all of the user's notifications read.
pub async fn mark_all_read<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, user_id: i64, at: &str) -> Result<u64> {
    let done = sqlx::query("UPDATE notifications SET read_at = $1 WHERE organization_id = $2 AND user_id = $3 AND read_at IS NULL")
        .bind(at)
        .bind(organization_id)
        .bind(user_id)
        .execute(executor)
        .await?;
    Ok(done.rows_affected())
}
