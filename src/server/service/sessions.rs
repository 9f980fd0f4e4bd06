//! Server-side sessions: an opaque random token in the browser, only its hash in the
//! database, idle and absolute timeouts, a new token at every sign-in.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Duration;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::Result;
use crate::domain::roles::{permits, Action, Role};
use crate::i18n::Lang;
use crate::server::core::Core;
use crate::server::store::{sessions, users};

/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::minutes(30);
/// A session ends this long after sign-in, however active.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// `last_seen_at` is written at most this often.
const TOUCH_INTERVAL: Duration = Duration::seconds(60);

/// The token the session cookie carries. Never logged: `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl SessionToken {
    pub fn new(text: impl Into<String>) -> SessionToken {
        SessionToken(text.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    fn hash(&self) -> String {
        URL_SAFE_NO_PAD.encode(Sha256::digest(self.0.as_bytes()))
    }

    fn random() -> SessionToken {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        SessionToken(URL_SAFE_NO_PAD.encode(bytes))
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(…)")
    }
}

/// The signed-in user of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionUser {
    pub user_id: i64,
    /// The partner organization; `None` for network staff.
    pub organization_id: Option<i64>,
    pub email: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    /// The saved language preference.
    pub lang: Option<Lang>,
    /// The password was set by an admin and must be changed before anything else.
    pub must_change_password: bool,
}

impl SessionUser {
    pub fn may(&self, action: Action) -> bool {
        permits(&self.roles, action)
    }

    pub fn is_staff(&self) -> bool {
        self.organization_id.is_none()
    }
}

/// Starts a session for `user_id`; returns the token for the cookie.
#[tracing::instrument(skip(core))]
pub async fn start(core: &Core, user_id: i64) -> Result<SessionToken> {
    let token = SessionToken::random();
    sessions::insert(core.db.pool(), &token.hash(), user_id, &core.clock.now().to_rfc3339()).await?;
    Ok(token)
}

/// Ends the session of `token`, if there is one.
#[tracing::instrument(skip_all)]
pub async fn end(core: &Core, token: &SessionToken) -> Result<()> {
    sessions::delete(core.db.pool(), &token.hash()).await?;
    Ok(())
}

/// Ends every other session of the user of `keep` (after a password change).
pub async fn end_others<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(executor: E, user_id: i64, keep: &SessionToken) -> Result<u64> {
    Ok(sessions::delete_others(executor, user_id, &keep.hash()).await?)
}

/// The user of `token`'s session, applying both timeouts (an expired session is
/// deleted).
#[tracing::instrument(skip_all)]
pub async fn find(core: &Core, token: &SessionToken) -> Result<Option<SessionUser>> {
    let hash = token.hash();
    let pool = core.db.pool();
    let Some((row, roles)) = sessions::find(pool, &hash).await? else { return Ok(None) };
    let now = core.clock.now();
    if now - row.created_at.0 > ABSOLUTE_TIMEOUT || now - row.last_seen_at.0 > IDLE_TIMEOUT {
        sessions::delete(pool, &hash).await?;
        return Ok(None);
    }
    if now - row.last_seen_at.0 > TOUCH_INTERVAL {
        sessions::touch(pool, &hash, &now.to_rfc3339()).await?;
    }
    Ok(Some(SessionUser {
        user_id: row.user_id,
        organization_id: row.organization_id,
        email: row.email,
        display_name: row.display_name,
        roles,
        lang: row.lang.as_deref().and_then(Lang::parse),
        must_change_password: row.must_change_password != 0,
    }))
}

/// Saves the language the user chose explicitly (`?lang=`).
#[tracing::instrument(skip_all, fields(user = user.user_id, ?lang))]
pub async fn save_language(core: &Core, user: &SessionUser, lang: Lang) -> Result<()> {
    if user.lang != Some(lang) {
        users::set_lang(core.db.pool(), user.user_id, lang.code()).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_only_their_hash_is_stored() {
        let a = SessionToken::random();
        let b = SessionToken::random();
        assert_ne!(a, b);
        assert_ne!(a.expose(), a.hash());
        assert_eq!(SessionToken::new(a.expose()).hash(), a.hash());
        assert!(a.expose().len() >= 43);
        assert_eq!(format!("{a:?}"), "SessionToken(…)");
    }
}
