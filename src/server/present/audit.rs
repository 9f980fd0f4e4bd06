//! The audit log page.

use crate::i18n::format::Formatter;
use crate::server::service::audit::AuditLog;
use crate::view::audit::{AuditRow, AuditView};

pub fn audit_view(log: AuditLog, fmt: &Formatter) -> AuditView {
    let entries = log
        .entries
        .into_iter()
        .map(|row| {
            let at = row.at.0;
            let who = match (row.display_name, row.email) {
                (Some(name), Some(email)) => format!("{name} <{email}>"),
                _ => String::new(),
            };
            AuditRow {
                at: format!("{} {} UTC", fmt.date(at.date_naive()), at.format("%H:%M")),
                who,
                action: row.action.0,
                detail: row.detail,
                // Staff work from the network's offices: their address is not the
                // partner's business.
                client: if row.by_staff == 1 { String::new() } else { row.client_addr },
            }
        })
        .collect();
    AuditView { entries, users: log.users }
}
