//! The signed-in user's own account: changing the password (the current one is
//! required; an admin-set password must be changed at the first sign-in) and signing
//! out everywhere.

use super::sessions::{self, SessionToken, SessionUser};
use super::Result;
use crate::domain::audit::AuditAction;
use crate::server::core::Core;
use crate::server::password::{hash, verify, Password, PasswordHashText};
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::{sessions as session_store, users};

/// How a password change ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordChange {
    /// Changed; the user's other sessions were ended.
    Changed,
    /// The current password was not right; nothing changed.
    WrongCurrent,
    /// Every password check was busy; nothing changed, try again.
    Busy,
}

/// Replaces the user's password when `current` is right, ends their other sessions
/// (the one of `session` stays) and records it. `new` is already validated.
#[tracing::instrument(skip(core, user, session, current, new), fields(user = user.user_id))]
pub async fn change_password(
    core: &Core,
    user: &SessionUser,
    session: &SessionToken,
    current: Password,
    new: Password,
    client: &str,
) -> Result<PasswordChange> {
    let Some(stored) = users::password_hash(core.db.pool(), user.user_id).await? else { return Err(super::ServiceError::NotFound) };
    match verify(current, PasswordHashText(stored)).await {
        Err(_) => return Ok(PasswordChange::Busy),
        Ok(false) => return Ok(PasswordChange::WrongCurrent),
        Ok(true) => {}
    }
    let hashed = hash(new).await;
    let at = core.clock.now().to_rfc3339();
    let mut tx = core.db.begin_write().await?;
    users::set_password(&mut *tx, user.user_id, &hashed.0, false).await?;
    let ended = sessions::end_others(&mut *tx, user.user_id, session).await?;
    let entry = AuditEntry {
        organization_id: user.organization_id,
        user_id: Some(user.user_id),
        action: AuditAction::PasswordChanged,
        detail: Vec::new(),
        client,
    };
    record(&mut *tx, &at, entry).await?;
    tx.commit().await?;
    tracing::info!(ended, "password changed, other sessions ended");
    Ok(PasswordChange::Changed)
}

/// Ends every session of the user, this one included, and records it.
#[tracing::instrument(skip(core, user), fields(user = user.user_id))]
pub async fn sign_out_everywhere(core: &Core, user: &SessionUser, client: &str) -> Result<()> {
    let at = core.clock.now().to_rfc3339();
    let mut tx = core.db.begin_write().await?;
    session_store::delete_for_user(&mut *tx, user.user_id).await?;
    let entry = AuditEntry {
        organization_id: user.organization_id,
        user_id: Some(user.user_id),
        action: AuditAction::SignedOutEverywhere,
        detail: Vec::new(),
        client,
    };
    record(&mut *tx, &at, entry).await?;
    tx.commit().await?;
    Ok(())
}
