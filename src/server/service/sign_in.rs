//! Signing in and out, with throttling that never reveals whether an account exists.
//!
//! Each attempt is admitted in one atomic step (`admit`): the earlier failures are
//! counted and this attempt is recorded as a failure in one write transaction,
//! serialised per account, *before* the password is checked; a right password takes
//! the record back. Forty parallel guesses for one account therefore get five
//! password checks, not forty. The policy itself is `domain::throttle`.

use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};

use super::sessions::{self, SessionToken, SessionUser};
use super::Result;
use crate::domain::audit::AuditAction;
use crate::domain::throttle::{decide, minutes_to_wait, Decision, LONG_WINDOW_DAYS, SHORT_WINDOW_MINUTES};
use crate::server::core::Core;
use crate::server::password::{hash_now, verify, Password, PasswordHashText};
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::{sign_in_failures, users};

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
    /// Every password check is taken (a flood of sign-ins): try again in a moment.
    Busy,
}

/// The lock key of an account's attempts (FNV-1a of the address), so that parallel
/// attempts for one account are admitted one after the other on PostgreSQL too.
fn account_lock_key(email: &str) -> i64 {
    let hash = email.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    // Far from the organization (negative) and subscription (small positive) keys.
    i64::from_ne_bytes(hash.to_ne_bytes()) | (1 << 62)
}

/// Counts the earlier failures and, when the policy lets the attempt go ahead,
/// records it as a failure: one transaction. `Ok(Err(minutes))` when it must wait.
async fn admit(core: &Core, email: &str, client: &str, now: DateTime<Utc>) -> Result<std::result::Result<i64, i64>> {
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, account_lock_key(email)).await?;
    let short_since = (now - Duration::minutes(SHORT_WINDOW_MINUTES)).to_rfc3339();
    let long_since = (now - Duration::days(LONG_WINDOW_DAYS)).to_rfc3339();
    let counts = sign_in_failures::counts(&mut *tx, email, client, &short_since, &long_since).await?;
    let last = sign_in_failures::last_failure_at(&mut *tx, email).await?;
    let since_last = last.and_then(|at| DateTime::parse_from_rfc3339(&at).ok()).map(|at| (now - at.with_timezone(&Utc)).num_seconds());
    if let Decision::Wait { seconds } = decide(counts, since_last) {
        tx.commit().await?;
        return Ok(Err(minutes_to_wait(seconds)));
    }
    let attempt = sign_in_failures::record(&mut *tx, email, client, &now.to_rfc3339()).await?;
    tx.commit().await?;
    Ok(Ok(attempt))
}

/// Checks the credentials; on success ends the old session (if any) and starts a new
/// one. `email` is already trimmed and lower-cased.
#[tracing::instrument(skip(core, password, old_session))]
pub async fn sign_in(core: &Core, email: &str, password: Password, client: &str, old_session: Option<&SessionToken>) -> Result<SignInOutcome> {
    let pool = core.db.pool();
    let now = core.clock.now();
    let attempt = match admit(core, email, client, now).await? {
        Ok(attempt) => attempt,
        Err(minutes) => {
            tracing::warn!("sign-in throttled");
            return Ok(SignInOutcome::Throttled { minutes });
        }
    };
    let account = users::credentials(pool, email).await?;
    let stored = account.as_ref().map_or_else(dummy_hash, |account| PasswordHashText(account.password_hash.clone()));
    let Ok(verified) = verify(password, stored).await else {
        // Never checked: the attempt does not count against anyone.
        sign_in_failures::forget(pool, attempt).await?;
        tracing::warn!("sign-in refused: every password check is busy");
        return Ok(SignInOutcome::Busy);
    };
    let at = now.to_rfc3339();
    let account = match account {
        Some(account) if verified => account,
        other => {
            let entry = AuditEntry {
                organization_id: other.as_ref().and_then(|a| a.organization_id),
                user_id: other.as_ref().map(|a| a.id),
                action: AuditAction::SignInFailed,
                detail: Vec::new(),
                client,
            };
            record(pool, &at, entry).await?;
            return Ok(SignInOutcome::Failed);
        }
    };
    sign_in_failures::forget(pool, attempt).await?;
    sign_in_failures::succeeded(pool, email, client, &at).await?;
    if let Some(old) = old_session {
        sessions::end(core, old).await?;
    }
    let token = sessions::start(core, account.id).await?;
    let entry = AuditEntry {
        organization_id: account.organization_id,
        user_id: Some(account.id),
        action: AuditAction::SignIn,
        detail: Vec::new(),
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
            detail: Vec::new(),
            client,
        };
        record(core.db.pool(), &core.clock.now().to_rfc3339(), entry).await?;
    }
    Ok(())
}
