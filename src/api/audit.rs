//! The organization's audit log, for Global admins: newest first, filterable.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditView {
    pub entries: Vec<AuditRow>,
    pub users: Vec<(i64, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: String,
    pub who: String,
    pub action: String,
    pub detail: String,
    pub client: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub user: Option<i64>,
}

/// The actions recorded in the audit log, with the Fluent id of each label.
pub const AUDIT_ACTIONS: [(&str, &str); 15] = [
    ("sign-in", crate::fl!("audit-action-sign-in")),
    ("sign-in-failed", crate::fl!("audit-action-sign-in-failed")),
    ("sign-out", crate::fl!("audit-action-sign-out")),
    ("purchase", crate::fl!("audit-action-purchase")),
    ("renewal", crate::fl!("audit-action-renewal")),
    ("automatic-renewal", crate::fl!("audit-action-automatic-renewal")),
    ("reactivation", crate::fl!("audit-action-reactivation")),
    ("auto-renewal-off", crate::fl!("audit-action-auto-renewal-off")),
    ("cancellation-requested", crate::fl!("audit-action-cancellation-requested")),
    ("profile-updated", crate::fl!("audit-action-profile-updated")),
    ("user-added", crate::fl!("audit-action-user-added")),
    ("user-roles-changed", crate::fl!("audit-action-user-roles-changed")),
    ("user-activated", crate::fl!("audit-action-user-activated")),
    ("user-deactivated", crate::fl!("audit-action-user-deactivated")),
    ("enrolled", crate::fl!("audit-action-enrolled")),
];

pub fn audit_label_id(action: &str) -> &'static str {
    AUDIT_ACTIONS.iter().find(|(code, _)| *code == action).map_or(crate::fl!("audit-action-other"), |(_, id)| id)
}

#[server(endpoint = "audit")]
pub async fn load_audit(filter: AuditFilter) -> Result<AuditView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::auth::require;
    use crate::server::state::AppState;
    let state = expect_context::<AppState>();
    let user = require(Action::ViewAuditLog)?;
    let organization_id = user.organization()?;
    let fmt = state.formatters.get(crate::server::page::request_lang());
    let db = |e: sqlx::Error| crate::server::error::internal("loading the audit log", &e);
    type Row = (String, Option<String>, Option<String>, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT a.at, u.display_name, u.email, a.action, a.detail, a.client_addr FROM audit_log a LEFT JOIN users u ON u.id = a.user_id \
         WHERE a.organization_id = $1 AND ($2 = '' OR a.action = $2) AND ($3 = 0 OR a.user_id = $3) ORDER BY a.at DESC, a.id DESC LIMIT 500",
    )
    .bind(organization_id)
    .bind(filter.action.clone().unwrap_or_default())
    .bind(filter.user.unwrap_or(0))
    .fetch_all(state.db.pool())
    .await
    .map_err(db)?;
    let users: Vec<(i64, String)> = sqlx::query_as("SELECT id, display_name FROM users WHERE organization_id = $1 ORDER BY display_name")
        .bind(organization_id)
        .fetch_all(state.db.pool())
        .await
        .map_err(db)?;
    let entries = rows
        .into_iter()
        .map(|(at, name, email, action, detail, client)| {
            let when = chrono::DateTime::parse_from_rfc3339(&at)
                .map(|t| format!("{} {} UTC", fmt.date(t.date_naive()), t.format("%H:%M")))
                .unwrap_or(at);
            let who = match (name, email) {
                (Some(name), Some(email)) => format!("{name} <{email}>"),
                _ => String::new(),
            };
            AuditRow { at: when, who, action, detail, client }
        })
        .collect();
    Ok(AuditView { entries, users })
}
