//! Payment attempts: recorded before a card is charged, so that a crash between the
//! charge and the order leaves a trace to reconcile.

use sqlx::{Any, Executor};

use super::Result;
use crate::domain::money::Money;
use crate::domain::order::{DeclineCode, PaymentMethod};

crate::code_enum! {
    pub enum PaymentStatus: "a payment status" {
        Pending = "pending",
        Succeeded = "succeeded",
        Declined = "declined",
        AwaitingTransfer = "awaiting-transfer",
    }
}

/// Records a pending attempt for checkout `key` (once; a second call changes nothing).
pub async fn record_pending<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    key: &str,
    organization_id: i64,
    method: PaymentMethod,
    amount: Money,
    at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO payments (checkout_key, organization_id, method, currency, amount_minor, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (checkout_key) DO NOTHING",
    )
    .bind(key)
    .bind(organization_id)
    .bind(method.code())
    .bind(amount.currency().code())
    .bind(amount.minor())
    .bind(PaymentStatus::Pending.code())
    .bind(at)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn set_declined<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str, decline: DeclineCode, at: &str) -> Result<()> {
    sqlx::query("UPDATE payments SET status = $1, decline_code = $2, updated_at = $3 WHERE checkout_key = $4")
        .bind(PaymentStatus::Declined.code())
        .bind(decline.code())
        .bind(at)
        .bind(key)
        .execute(executor)
        .await?;
    Ok(())
}

/// The attempt's result: charged (with the gateway's reference) or awaiting a transfer.
pub async fn set_result<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    key: &str,
    status: PaymentStatus,
    gateway_ref: Option<&str>,
    at: &str,
) -> Result<()> {
    sqlx::query("UPDATE payments SET status = $1, gateway_ref = $2, updated_at = $3 WHERE checkout_key = $4")
        .bind(status.code())
        .bind(gateway_ref)
        .bind(at)
        .bind(key)
        .execute(executor)
        .await?;
    Ok(())
}

/// Forgets an attempt that never reached the gateway.
pub async fn delete<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM payments WHERE checkout_key = $1").bind(key).execute(executor).await?;
    Ok(())
}
