//! The session of each request: the cookie's token is looked up (idle and absolute
//! timeouts applied) and the user put into the request for the extractors; visitors
//! without a session are sent to sign in.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header::SET_COOKIE;
use http::Method;

use super::locale::query_value;
use crate::domain::roles::Action;
use crate::i18n::Lang;
use crate::server::service::sessions;
use crate::server::web::cookies::CookiePolicy;
use crate::server::state::AppState;
use crate::server::web::error::internal;
use crate::view::AppError;

/// Paths anyone may request without signing in.
fn is_public(path: &str) -> bool {
    path == "/sign-in" || path == "/accessibility" || path == "/healthz" || path == "/favicon.ico" || path.starts_with("/pkg/") || path.starts_with("/i18n/")
}

/// What a user who must first replace an admin-set password may still ask for: the
/// account page, its form and the frame's data, and signing out.
fn open_before_password_change(path: &str) -> bool {
    is_public(path) || matches!(path, "/account" | "/sign-out" | "/api/account" | "/api/visitor" | "/api/posted_form")
}

/// Loads the session into the request, and sends visitors without one to sign in.
pub async fn session_guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let cookies = CookiePolicy::of(&state.core.config);
    let user = match cookies.session_token(request.headers()) {
        Some(token) => match sessions::find(&state.core, &token).await {
            Ok(user) => user,
            Err(error) => {
                internal("loading the session", &error);
                return AppError::Unavailable.into_response();
            }
        },
        None => None,
    };
    let path = request.uri().path().to_string();
    match user {
        Some(user) => {
            let span = tracing::Span::current();
            span.record("user", user.user_id);
            if let Some(org) = user.organization_id {
                span.record("org", org);
            }
            // Staff have no partner home: the portal's front door (and the default
            // place after signing in) is their console, or a translator's workbench.
            if user.is_staff() && request.method() == Method::GET && (path == "/" || path == "/offers") {
                let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
                let home = if !user.may(Action::HandleSupportRequests) && user.may(Action::ViewTranslations) { "/translations" } else { "/staff" };
                return Redirect::to(&format!("{home}{query}")).into_response();
            }
            if user.must_change_password && !open_before_password_change(&path) {
                if request.method() == Method::GET && !path.starts_with("/api/") {
                    return Redirect::to("/account").into_response();
                }
                return AppError::Forbidden.into_response();
            }
            request.extensions_mut().insert(user);
            next.run(request).await
        }
        None if is_public(&path) => next.run(request).await,
        None if request.method() == Method::GET && !path.starts_with("/api/") => {
            let target = request.uri().path_and_query().map(|pq| pq.as_str().to_string()).unwrap_or_default();
            let query = form_urlencoded::Serializer::new(String::new()).append_pair("next", &target).finish();
            // A language asked for in the address carries over to the sign-in page.
            let lang = query_value(request.uri().query(), "lang").and_then(|code| Lang::parse(&code));
            let location = match lang {
                Some(lang) => format!("/sign-in?{query}&lang={}", lang.code()),
                None => format!("/sign-in?{query}"),
            };
            let mut response = Redirect::to(&location).into_response();
            if cookies.session_token(request.headers()).is_some() {
                response.headers_mut().append(SET_COOKIE, cookies.clear_session_cookie());
            }
            response
        }
        None => AppError::Unauthenticated.into_response(),
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
}
