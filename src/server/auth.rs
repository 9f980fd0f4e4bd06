//! Sessions and the signed-in user: server-side sessions in the database, an opaque
//! token in an HttpOnly cookie, idle and absolute timeouts, and the sign-in guard.

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use http::header::{HeaderValue, SET_COOKIE};
use http::{Method, StatusCode};
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::locale::{cookie_value, UserLang};
use super::state::AppState;
use crate::api::AppError;
use crate::domain::roles::{permits, Action, Role};
use crate::i18n::Lang;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "mo_session";
/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::minutes(30);
/// A session ends this long after sign-in, however active.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// `last_seen_at` is written at most this often.
const TOUCH_INTERVAL: Duration = Duration::seconds(60);

/// The user of the current request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentUser {
    pub user_id: i64,
    /// `None` for network staff.
    pub organization_id: Option<i64>,
    pub email: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub lang: Option<Lang>,
}

impl CurrentUser {
    pub fn may(&self, action: Action) -> bool {
        permits(&self.roles, action)
    }

    /// The organization this partner user acts for; staff have none.
    pub fn organization(&self) -> Result<i64, AppError> {
        self.organization_id.ok_or(AppError::Forbidden)
    }
}

/// A fresh session token (what the cookie holds) and its hash (what the database holds).
fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    URL_SAFE_NO_PAD.encode(digest)
}

fn is_https(request_parts: &http::request::Parts) -> bool {
    request_parts.uri.scheme_str() == Some("https")
        || request_parts.headers.get("x-forwarded-proto").is_some_and(|v| v == "https")
}

/// The `Set-Cookie` value for a new session.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let value = format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        ABSOLUTE_TIMEOUT.num_seconds(),
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&value).expect("token is URL-safe base64")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_session_cookie() -> HeaderValue {
    HeaderValue::from_static("mo_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// Creates a session for `user_id` (a new id every sign-in) and returns the cookie.
pub async fn start_session(state: &AppState, user_id: i64, secure: bool) -> Result<HeaderValue, sqlx::Error> {
    let (token, hash) = new_token();
    let now = state.clock.now().to_rfc3339();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(&hash)
        .bind(user_id)
        .bind(&now)
        .execute(state.db.pool())
        .await?;
    Ok(session_cookie(&token, secure))
}

/// Deletes the session of this cookie value, if any.
pub async fn end_session(state: &AppState, headers: &http::HeaderMap) -> Result<(), sqlx::Error> {
    if let Some(token) = cookie_value(headers, SESSION_COOKIE) {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash(token))
            .execute(state.db.pool())
            .await?;
    }
    Ok(())
}

type SessionRow = (i64, Option<i64>, String, String, Option<String>, String, String);

/// Looks up the session of the request's cookie, applying both timeouts.
async fn find_session(state: &AppState, headers: &http::HeaderMap) -> Result<Option<CurrentUser>, sqlx::Error> {
    let Some(token) = cookie_value(headers, SESSION_COOKIE) else { return Ok(None) };
    let hash = token_hash(token);
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT u.id, u.organization_id, u.email, u.display_name, u.lang, s.created_at, s.last_seen_at \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND u.active = 1",
    )
    .bind(&hash)
    .fetch_optional(state.db.pool())
    .await?;
    let Some((user_id, organization_id, email, display_name, lang, created_at, last_seen_at)) = row else {
        return Ok(None);
    };
    let now = state.clock.now();
    let created = parse_instant(&created_at);
    let last_seen = parse_instant(&last_seen_at);
    if now - created > ABSOLUTE_TIMEOUT || now - last_seen > IDLE_TIMEOUT {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&hash).execute(state.db.pool()).await?;
        return Ok(None);
    }
    if now - last_seen > TOUCH_INTERVAL {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now.to_rfc3339())
            .bind(&hash)
            .execute(state.db.pool())
            .await?;
    }
    let roles = roles_of(state, user_id).await?;
    Ok(Some(CurrentUser { user_id, organization_id, email, display_name, roles, lang: lang.as_deref().and_then(Lang::parse) }))
}

/// The roles of a user, in the order of the domain's role list.
pub async fn roles_of(state: &AppState, user_id: i64) -> Result<Vec<Role>, sqlx::Error> {
    let codes: Vec<(String,)> = sqlx::query_as("SELECT role FROM user_roles WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(state.db.pool())
        .await?;
    let mut roles: Vec<Role> = codes.iter().filter_map(|(code,)| Role::parse_code(code)).collect();
    roles.sort_by_key(|role| Role::ALL.iter().position(|r| r == role));
    Ok(roles)
}

fn parse_instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc)).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Paths anyone may request without signing in.
fn is_public(path: &str) -> bool {
    path == "/sign-in"
        || path == "/healthz"
        || path == "/favicon.ico"
        || path.starts_with("/pkg/")
}

/// Loads the session into the request, and sends visitors without one to sign in.
pub async fn session_guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let user = match find_session(&state, request.headers()).await {
        Ok(user) => user,
        Err(error) => {
            crate::server::error::internal("loading the session", &error);
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let path = request.uri().path().to_string();
    match user {
        Some(user) => {
            if let Some(lang) = user.lang {
                request.extensions_mut().insert(UserLang(lang));
            }
            request.extensions_mut().insert(user);
            next.run(request).await
        }
        None if is_public(&path) => next.run(request).await,
        None if request.method() == Method::GET && !path.starts_with("/api/") => {
            let target = request.uri().path_and_query().map(|pq| pq.as_str().to_string()).unwrap_or_default();
            let query = form_urlencoded::Serializer::new(String::new()).append_pair("next", &target).finish();
            // A language asked for in the address carries over to the sign-in page.
            let lang = super::locale::query_value(request.uri().query(), "lang").and_then(|code| Lang::parse(&code));
            let location = match lang {
                Some(lang) => format!("/sign-in?{query}&lang={}", lang.code()),
                None => format!("/sign-in?{query}"),
            };
            let mut response = Redirect::to(&location).into_response();
            if cookie_value(request.headers(), SESSION_COOKIE).is_some() {
                response.headers_mut().append(SET_COOKIE, clear_session_cookie());
            }
            response
        }
        None => (StatusCode::UNAUTHORIZED, "sign in first").into_response(),
    }
}

/// Where to go after signing in: only paths of this site, never another site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.starts_with("/sign-in")
                && !path.chars().any(char::is_control) =>
        {
            path.to_string()
        }
        _ => "/offers".to_string(),
    }
}

/// The client address for throttling and the audit log.
pub fn client_address(request: &http::request::Parts) -> String {
    request
        .extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

/// Whether the response should set `Secure` cookies.
pub fn wants_secure_cookies(parts: &http::request::Parts) -> bool {
    is_https(parts)
}

/// The signed-in user of the current server function or page render.
pub fn current_user() -> Result<CurrentUser, AppError> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<CurrentUser>().cloned())
        .ok_or(AppError::Unauthenticated)
}

/// The signed-in user, if the role allows `action`.
pub fn require(action: Action) -> Result<CurrentUser, AppError> {
    let user = current_user()?;
    if user.may(action) {
        Ok(user)
    } else {
        tracing::warn!(user = user.user_id, ?action, "action refused for the role");
        Err(AppError::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_site_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/invoices?year=2021")), "/invoices?year=2021");
        assert_eq!(safe_next(Some("https://evil.example/")), "/offers");
        assert_eq!(safe_next(Some("//evil.example/")), "/offers");
        assert_eq!(safe_next(Some("/\\evil.example")), "/offers");
        assert_eq!(safe_next(Some("/sign-in")), "/offers");
        assert_eq!(safe_next(None), "/offers");
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_stored() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_ne!(a, hash_a);
        assert_eq!(token_hash(&a), hash_a);
        assert!(a.len() >= 43);
    }
}
