//! Sign-in attempts for throttling: failures per account, per (account, client
//! address) and per client address, and the client addresses each account has
//! signed in from (`known_clients`).
//!
//! An attempt is written as a failure *before* the password is checked, in the same
//! transaction that counts the earlier ones ([`admit`]), and deleted again when the
//! password was right. Parallel guesses therefore see each other and cannot all pass.

use sqlx::{Any, Executor};

use super::Result;
pub use crate::domain::throttle::FailureCounts;

/// Counts the failures since `short_since` and `long_since`.
pub async fn counts(
    conn: &mut sqlx::AnyConnection,
    account: &str,
    client: &str,
    short_since: &str,
    long_since: &str,
) -> Result<FailureCounts> {
    let (pair, account_recent, account_long): (i64, i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN client = $2 AND at > $3 THEN 1 ELSE 0 END), 0), \
                COALESCE(SUM(CASE WHEN at > $3 THEN 1 ELSE 0 END), 0), \
                COUNT(*) \
         FROM sign_in_failures WHERE account = $1 AND at > $4",
    )
    .bind(account)
    .bind(client)
    .bind(short_since)
    .bind(long_since)
    .fetch_one(&mut *conn)
    .await?;
    let (by_client,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE client = $1 AND at > $2")
        .bind(client)
        .bind(short_since)
        .fetch_one(&mut *conn)
        .await?;
    let (known,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM known_clients WHERE account = $1 AND client = $2 AND last_success_at > $3")
        .bind(account)
        .bind(client)
        .bind(long_since)
        .fetch_one(&mut *conn)
        .await?;
    Ok(FailureCounts { pair, account_recent, account_long, client: by_client, known_client: known > 0 })
}

/// The newest failure of `account` from anywhere, if any (for growing delays).
pub async fn last_failure_at<'e, E: Executor<'e, Database = Any>>(executor: E, account: &str) -> Result<Option<String>> {
    let (at,): (Option<String>,) =
        sqlx::query_as("SELECT MAX(at) FROM sign_in_failures WHERE account = $1").bind(account).fetch_one(executor).await?;
    Ok(at)
}

/// Records an attempt as a failure; returns its id, so that a right password can
/// take it back ([`forget`]).
pub async fn record<'e, E: Executor<'e, Database = Any>>(executor: E, account: &str, client: &str, at: &str) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as("INSERT INTO sign_in_failures (account, client, at) VALUES ($1, $2, $3) RETURNING id")
        .bind(account)
        .bind(client)
        .bind(at)
        .fetch_one(executor)
        .await?;
    Ok(id)
}

/// Takes back one recorded attempt (the password was right, or it was never checked).
pub async fn forget<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64) -> Result<()> {
    sqlx::query("DELETE FROM sign_in_failures WHERE id = $1").bind(id).execute(executor).await?;
    Ok(())
}

/// After a successful sign-in: forgets the failures of this account from this client
/// (not those from elsewhere, which still count against the account) and remembers
/// the client as known.
pub async fn succeeded<'e, E: Executor<'e, Database = Any> + Copy>(executor: E, account: &str, client: &str, at: &str) -> Result<()> {
    sqlx::query("DELETE FROM sign_in_failures WHERE account = $1 AND client = $2").bind(account).bind(client).execute(executor).await?;
    sqlx::query(
        "INSERT INTO known_clients (account, client, last_success_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account, client) DO UPDATE SET last_success_at = excluded.last_success_at",
    )
    .bind(account)
    .bind(client)
    .bind(at)
    .execute(executor)
    .await?;
    Ok(())
}

/// Forgets failures older than `before`; returns how many.
pub async fn delete_before<'e, E: Executor<'e, Database = Any>>(executor: E, before: &str) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sign_in_failures WHERE at < $1").bind(before).execute(executor).await?;
    Ok(done.rows_affected())
}

/// Forgets client addresses not used for a successful sign-in since `before`.
pub async fn delete_known_clients_before<'e, E: Executor<'e, Database = Any>>(executor: E, before: &str) -> Result<u64> {
    let done = sqlx::query("DELETE FROM known_clients WHERE last_success_at < $1").bind(before).execute(executor).await?;
    Ok(done.rows_affected())
}
