//! The audit log: who did what, when, from where.

use sqlx::{Any, Executor};

/// One audit entry. `action` is a stable code (`sign-in`, `renewal`, ...); `detail`
/// never holds secrets.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub organization_id: Option<i64>,
    pub user_id: Option<i64>,
    pub action: &'a str,
    pub detail: String,
    pub client: &'a str,
}

pub async fn record<'e, E>(executor: E, at: &str, entry: AuditEntry<'_>) -> Result<(), sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (organization_id, user_id, at, action, detail, client_addr) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(entry.organization_id)
    .bind(entry.user_id)
    .bind(at)
    .bind(entry.action)
    .bind(entry.detail)
    .bind(entry.client)
    .execute(executor)
    .await?;
    Ok(())
}
