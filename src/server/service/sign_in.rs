//! Signing in and out, with throttling that never reveals whether an account exists.

use std::sync::OnceLock;

use chrono::Duration;

use super::sessions::{self, SessionToken, SessionUser};
use super::Result;
use crate::domain::audit::AuditAction;
use crate::server::core::Core;
use crate::server::password::{hash_now, verify, Password, PasswordHashText};
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::{sign_in_failures, users};

/// Failed sign-ins counted over this window.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Failures of one account within the window before it must wait.
const ACCOUNT_LIMIT: i64 = 5;
/// Failures from one client address within the window before it must wait.
const CLIENT_LIMIT: i64 = 50;

/// A hash to verify against when the e-mail is unknown, so that the answer takes as
/// long as for a known account (no account enumeration by timing).
fn dummy_hash() -> PasswordHashText {
    static DUMMY: OnceLock<PasswordHashText> = OnceLock::new();
    DUMMY.get_or_init(|| hash_now(&Password::new("not a password of anyone".into()))).clone()
}

#[derive(Debug)]
pub enum SignInOutcome {
    SignedIn(SessionToken),
    /// Wrong e-mail or password (the two look the same).
    Failed,
    /// Too many failures; try again after this many minutes.
    Throttled { minutes: i64 },
}

/// Checks the credentials; on success ends the old session (if any) and starts a new
/// one. `email` is already trimmed and lower-cased.
#[tracing::instrument(skip(core, password, old_session))]
pub async fn sign_in(core: &Core, email: &str, password: Password, client: &str, old_session: Option<&SessionToken>) -> Result<SignInOutcome> {
    let pool = core.db.pool();
    let now = core.clock.now();
    let since = (now - THROTTLE_WINDOW).to_rfc3339();
    let (by_account, by_client) = sign_in_failures::counts(pool, email, client, &since).await?;
    if by_account >= ACCOUNT_LIMIT || by_client >= CLIENT_LIMIT {
        tracing::warn!("sign-in throttled");
        return Ok(SignInOutcome::Throttled { minutes: THROTTLE_WINDOW.num_minutes() });
    }
    let account = users::credentials(pool, email).await?;
    let verified = match &account {
        Some(account) => verify(password, PasswordHashText(account.password_hash.clone())).await,
        None => {
            verify(password, dummy_hash()).await;
            false
        }
    };
    let at = now.to_rfc3339();
    let account = match account {
        Some(account) if verified => account,
        other => {
            sign_in_failures::record(pool, email, client, &at).await?;
            let entry = AuditEntry {
                organization_id: other.as_ref().and_then(|a| a.organization_id),
                user_id: other.as_ref().map(|a| a.id),
                action: AuditAction::SignInFailed,
                detail: String::new(),
                client,
            };
            record(pool, &at, entry).await?;
            return Ok(SignInOutcome::Failed);
        }
    };
    sign_in_failures::clear(pool, email).await?;
    if let Some(old) = old_session {
        sessions::end(core, old).await?;
    }
    let token = sessions::start(core, account.id).await?;
    let entry = AuditEntry {
        organization_id: account.organization_id,
        user_id: Some(account.id),
        action: AuditAction::SignIn,
        detail: String::new(),
        client,
    };
    record(pool, &at, entry).await?;
    Ok(SignInOutcome::SignedIn(token))
}

/// Ends the session and records it.
#[tracing::instrument(skip(core, token))]
pub async fn sign_out(core: &Core, user: Option<&SessionUser>, token: Option<&SessionToken>, client: &str) -> Result<()> {
    if let Some(token) = token {
        sessions::end(core, token).await?;
    }
    if let Some(user) = user {
        let entry = AuditEntry {
            organization_id: user.organization_id,
            user_id: Some(user.user_id),
            action: AuditAction::SignOut,
            detail: String::new(),
            client,
        };
        record(core.db.pool(), &core.clock.now().to_rfc3339(), entry).await?;
    }
    Ok(())
}
