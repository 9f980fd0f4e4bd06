//! Server-side sessions. Only the hash of a session token is stored.

use sqlx::{Any, Executor, FromRow};

use super::{Instant, MaybeCoded, Result};
use crate::domain::roles::Role;

/// A session with its (active) user.
#[derive(Debug, Clone, FromRow)]
pub struct SessionRow {
    pub user_id: i64,
    pub organization_id: Option<i64>,
    pub email: String,
    pub display_name: String,
    pub lang: Option<String>,
    /// 1 while the user must replace an admin-set password.
    pub must_change_password: i64,
    #[sqlx(try_from = "String")]
    pub created_at: Instant,
    #[sqlx(try_from = "String")]
    pub last_seen_at: Instant,
}

pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, token_hash: &str, user_id: i64, at: &str) -> Result<()> {
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(token_hash)
        .bind(user_id)
        .bind(at)
        .execute(executor)
        .await?;
    Ok(())
}

/// The session of a token hash with its user's roles, if its user is active: one query
/// (a row per role), as it runs before every page.
pub async fn find<'e, E: Executor<'e, Database = Any>>(executor: E, token_hash: &str) -> Result<Option<(SessionRow, Vec<Role>)>> {
    #[derive(FromRow)]
    struct Joined {
        #[sqlx(flatten)]
        session: SessionRow,
        #[sqlx(try_from = "Option<String>")]
        role: MaybeCoded<Role>,
    }
    let rows: Vec<Joined> = sqlx::query_as(
        "SELECT u.id AS user_id, u.organization_id, u.email, u.display_name, u.lang, u.must_change_password, s.created_at, s.last_seen_at, r.role \
         FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN user_roles r ON r.user_id = u.id \
         WHERE s.token_hash = $1 AND u.active = 1",
    )
    .bind(token_hash)
    .fetch_all(executor)
    .await?;
    let mut roles = Vec::new();
    let mut session = None;
    for row in rows {
        roles.extend(row.role.0);
        session.get_or_insert(row.session);
    }
    roles.sort_by_key(|role| Role::ALL.iter().position(|r| r == role));
    Ok(session.map(|session| (session, roles)))
}

pub async fn touch<'e, E: Executor<'e, Database = Any>>(executor: E, token_hash: &str, at: &str) -> Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2").bind(at).bind(token_hash).execute(executor).await?;
    Ok(())
}

pub async fn delete<'e, E: Executor<'e, Database = Any>>(executor: E, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(executor).await?;
    Ok(())
}

/// Ends every session of a user (deactivation).
pub async fn delete_for_user<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(executor).await?;
    Ok(())
}

/// Ends every session of a user but the one of `keep_hash` (a password change).
pub async fn delete_others<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64, keep_hash: &str) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2").bind(user_id).bind(keep_hash).execute(executor).await?;
    Ok(done.rows_affected())
}

/// Deletes sessions created before `created_before` or idle since before
/// `seen_before`; returns how many.
pub async fn delete_expired<'e, E: Executor<'e, Database = Any>>(executor: E, created_before: &str, seen_before: &str) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE created_at < $1 OR last_seen_at < $2").bind(created_before).bind(seen_before).execute(executor).await?;
    Ok(done.rows_affected())
}
