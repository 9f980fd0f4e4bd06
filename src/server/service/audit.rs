//! The organization's audit log.

use super::Result;
use crate::domain::audit::AuditAction;
use crate::server::core::Core;
use crate::server::store::audit::{self, AuditRow};
use crate::server::store::users;

/// The log as the page shows it, with the users to filter by.
#[derive(Debug, Clone)]
pub struct AuditLog {
    pub entries: Vec<AuditRow>,
    pub users: Vec<(i64, String)>,
}

#[tracing::instrument(skip(core))]
pub async fn log(core: &Core, organization_id: i64, action: Option<AuditAction>, user_id: Option<i64>) -> Result<AuditLog> {
    let pool = core.db.pool();
    let entries = audit::list(pool, organization_id, action, user_id).await?;
    let users = users::names_of(pool, organization_id).await?;
    Ok(AuditLog { entries, users })
}
