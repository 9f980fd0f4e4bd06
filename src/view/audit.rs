//! The organization's audit log, for Global admins: newest first, filterable.

use serde::{Deserialize, Serialize};

use crate::domain::audit::AuditAction;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditView {
    pub entries: Vec<AuditRow>,
    pub users: Vec<(i64, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: String,
    pub who: String,
    pub action: AuditAction,
    /// The Details cell, a line per fact.
    pub detail: Vec<String>,
    pub client: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    pub user: Option<i64>,
}
