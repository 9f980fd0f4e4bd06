//! The audit log: who did what, when, from where.

use sqlx::{Any, Executor, FromRow};

use super::{Coded, Instant, Result};
use crate::domain::audit::{AuditAction, AuditDetail, AuditFact};

/// One audit entry; its facts never hold secrets.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub organization_id: Option<i64>,
    pub user_id: Option<i64>,
    pub action: AuditAction,
    pub detail: Vec<AuditFact>,
    pub client: &'a str,
}

pub async fn record<'e, E: Executor<'e, Database = Any>>(executor: E, at: &str, entry: AuditEntry<'_>) -> Result<()> {
    sqlx::query("INSERT INTO audit_log (organization_id, user_id, at, action, detail, client_addr) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(entry.organization_id)
        .bind(entry.user_id)
        .bind(at)
        .bind(entry.action.code())
        .bind(AuditDetail::stored(&entry.detail))
        .bind(entry.client)
        .execute(executor)
        .await?;
    Ok(())
}

/// An entry as the audit log page lists it.
#[derive(Debug, Clone, FromRow)]
pub struct AuditRow {
    #[sqlx(try_from = "String")]
    pub at: Instant,
    pub display_name: Option<String>,
    pub email: Option<String>,
    #[sqlx(try_from = "String")]
    pub action: Coded<AuditAction>,
    /// The facts, or the text of an entry written before facts were stored.
    #[sqlx(try_from = "String")]
    pub detail: AuditDetail,
    pub client_addr: String,
    /// 1 when network staff did it (a user of no organization).
    pub by_staff: i64,
}

/// The organization's newest 500 entries, optionally of one action or one user.
pub async fn list<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    action: Option<AuditAction>,
    user_id: Option<i64>,
) -> Result<Vec<AuditRow>> {
    sqlx::query_as(
        "SELECT a.at, u.display_name, u.email, a.action, a.detail, a.client_addr, \
         CAST(CASE WHEN u.id IS NOT NULL AND u.organization_id IS NULL THEN 1 ELSE 0 END AS BIGINT) AS by_staff \
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id \
         WHERE a.organization_id = $1 AND ($2 = '' OR a.action = $2) AND ($3 = 0 OR a.user_id = $3) ORDER BY a.at DESC, a.id DESC LIMIT 500",
    )
    .bind(organization_id)
    .bind(action.map(AuditAction::code).unwrap_or_default())
    .bind(user_id.unwrap_or(0))
    .fetch_all(executor)
    .await
}
