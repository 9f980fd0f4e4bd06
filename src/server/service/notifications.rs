//! A partner user's notifications: the list, the unread count, marking them read.

use chrono::{DateTime, Utc};

use super::notify::Event;
use super::{found, Result};
use crate::server::core::Core;
use crate::server::store::notifications;

/// A notification with its event.
#[derive(Debug, Clone)]
pub struct Notification {
    pub id: i64,
    pub event: Event,
    pub at: DateTime<Utc>,
    pub read: bool,
}

/// The user's newest notifications (events this program can no longer read are
/// left out and logged).
#[tracing::instrument(skip(core))]
pub async fn list(core: &Core, organization_id: i64, user_id: i64) -> Result<Vec<Notification>> {
    let rows = notifications::of_user(core.db.pool(), organization_id, user_id, 100).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match Event::from_json(&row.event) {
            Some(event) => Some(Notification { id: row.id, event, at: row.created_at.0, read: row.read_at.is_some() }),
            None => {
                tracing::error!(notification = row.id, "a notification's event cannot be read");
                None
            }
        })
        .collect())
}

#[tracing::instrument(skip(core))]
pub async fn unread(core: &Core, organization_id: i64, user_id: i64) -> Result<i64> {
    Ok(notifications::unread_count(core.db.pool(), organization_id, user_id).await?)
}

/// Marks one notification read (`None`: all of them).
#[tracing::instrument(skip(core))]
pub async fn mark_read(core: &Core, organization_id: i64, user_id: i64, id: Option<i64>) -> Result<()> {
    let at = core.clock.now().to_rfc3339();
    match id {
        Some(id) => {
            found(notifications::mark_read(core.db.pool(), organization_id, user_id, id, &at).await?.then_some(()))?;
        }
        None => {
            notifications::mark_all_read(core.db.pool(), organization_id, user_id, &at).await?;
        }
    }
    Ok(())
}
