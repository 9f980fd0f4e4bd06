//! Failed sign-ins, counted per account and per client address for throttling.

use sqlx::{Any, Executor};

use super::Result;

/// Failures of `account` and of `client` since `since`.
pub async fn counts<'e, E: Executor<'e, Database = Any> + Copy>(executor: E, account: &str, client: &str, since: &str) -> Result<(i64, i64)> {
    let (by_account,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE account = $1 AND at > $2")
        .bind(account)
        .bind(since)
        .fetch_one(executor)
        .await?;
    let (by_client,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE client = $1 AND at > $2")
        .bind(client)
        .bind(since)
        .fetch_one(executor)
        .await?;
    Ok((by_account, by_client))
}

pub async fn record<'e, E: Executor<'e, Database = Any>>(executor: E, account: &str, client: &str, at: &str) -> Result<()> {
    sqlx::query("INSERT INTO sign_in_failures (account, client, at) VALUES ($1, $2, $3)")
        .bind(account)
        .bind(client)
        .bind(at)
        .execute(executor)
        .await?;
    Ok(())
}

/// Forgets an account's failures after a successful sign-in.
pub async fn clear<'e, E: Executor<'e, Database = Any>>(executor: E, account: &str) -> Result<()> {
    sqlx::query("DELETE FROM sign_in_failures WHERE account = $1").bind(account).execute(executor).await?;
    Ok(())
}

/// Forgets failures older than `before`; returns how many.
pub async fn delete_before<'e, E: Executor<'e, Database = Any>>(executor: E, before: &str) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sign_in_failures WHERE at < $1").bind(before).execute(executor).await?;
    Ok(done.rows_affected())
}
