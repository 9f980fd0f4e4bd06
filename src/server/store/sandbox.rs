//! The sandbox payment gateway's own records, kept in its own tables as a real
//! gateway would keep them on its side.

use sqlx::{Any, Executor, FromRow};

use super::{Coded, Result};

crate::code_enum! {
    /// How a sandbox card behaves when charged (by its test number).
    pub enum Behaviour: "a sandbox card behaviour" {
        Succeed = "succeed",
        Decline = "decline",
        InsufficientFunds = "insufficient-funds",
    }
}

crate::code_enum! {
    pub enum ChargeResult: "a sandbox charge outcome" {
        Succeeded = "succeeded",
        CardDeclined = "card-declined",
        InsufficientFunds = "insufficient-funds",
    }
}

pub async fn insert_card<'e, E: Executor<'e, Database = Any>>(executor: E, token: &str, behaviour: Behaviour, at: &str) -> Result<()> {
    sqlx::query("INSERT INTO sandbox_cards (token, behaviour, created_at) VALUES ($1, $2, $3)")
        .bind(token)
        .bind(behaviour.code())
        .bind(at)
        .execute(executor)
        .await?;
    Ok(())
}

pub async fn card_behaviour<'e, E: Executor<'e, Database = Any>>(executor: E, token: &str) -> Result<Option<Behaviour>> {
    #[derive(FromRow)]
    struct Row {
        #[sqlx(try_from = "String")]
        behaviour: Coded<Behaviour>,
    }
    let row: Option<Row> = sqlx::query_as("SELECT behaviour FROM sandbox_cards WHERE token = $1").bind(token).fetch_optional(executor).await?;
    Ok(row.map(|row| row.behaviour.0))
}

/// A charge to record; the idempotency key is the primary key.
pub struct NewCharge<'a> {
    pub idempotency_key: &'a str,
    pub token: &'a str,
    pub currency: &'a str,
    pub amount_minor: i64,
    pub result: ChargeResult,
    pub reference: &'a str,
    pub at: &'a str,
}

/// Records a charge unless one with the same key exists (that one wins).
pub async fn insert_charge<'e, E: Executor<'e, Database = Any>>(executor: E, charge: &NewCharge<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO sandbox_charges (idempotency_key, token, currency, amount_minor, outcome, reference, charged_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(charge.idempotency_key)
    .bind(charge.token)
    .bind(charge.currency)
    .bind(charge.amount_minor)
    .bind(charge.result.code())
    .bind(charge.reference)
    .bind(charge.at)
    .execute(executor)
    .await?;
    Ok(())
}

/// The outcome and reference of the charge with this key, if one was made.
pub async fn charge<'e, E: Executor<'e, Database = Any>>(executor: E, idempotency_key: &str) -> Result<Option<(ChargeResult, String)>> {
    #[derive(FromRow)]
    struct Row {
        #[sqlx(try_from = "String")]
        outcome: Coded<ChargeResult>,
        reference: String,
    }
    let row: Option<Row> = sqlx::query_as("SELECT outcome, reference FROM sandbox_charges WHERE idempotency_key = $1")
        .bind(idempotency_key)
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|row| (row.outcome.0, row.reference)))
}

/// How many charges carry this key (tests: never more than one).
pub async fn charge_count<'e, E: Executor<'e, Database = Any>>(executor: E, idempotency_key: &str) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sandbox_charges WHERE idempotency_key = $1")
        .bind(idempotency_key)
        .fetch_one(executor)
        .await?;
    Ok(count)
}

/// The amount of the charge with this key.
pub async fn charged_amount<'e, E: Executor<'e, Database = Any>>(executor: E, idempotency_key: &str) -> Result<Option<i64>> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT amount_minor FROM sandbox_charges WHERE idempotency_key = $1").bind(idempotency_key).fetch_optional(executor).await?;
    Ok(row.map(|(amount,)| amount))
}

/// Records a refund unless one with the same key exists.
pub async fn insert_refund<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    idempotency_key: &str,
    charge_key: &str,
    amount_minor: i64,
    reference: &str,
    at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO sandbox_refunds (idempotency_key, charge_key, amount_minor, reference, refunded_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(idempotency_key)
    .bind(charge_key)
    .bind(amount_minor)
    .bind(reference)
    .bind(at)
    .execute(executor)
    .await?;
    Ok(())
}

/// The reference of the refund with this key, if one was made.
pub async fn refund<'e, E: Executor<'e, Database = Any>>(executor: E, idempotency_key: &str) -> Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT reference FROM sandbox_refunds WHERE idempotency_key = $1").bind(idempotency_key).fetch_optional(executor).await?;
    Ok(row.map(|(reference,)| reference))
}
