//! Chooses the language of each request and remembers an explicit choice in a cookie.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{HeaderValue, ACCEPT_LANGUAGE, COOKIE, SET_COOKIE, VARY};

use crate::i18n::server::choose;
use crate::i18n::pseudo::TAG as PSEUDO_TAG;
use crate::i18n::Lang;
use crate::server::service::sessions::{save_language, SessionUser};
use crate::server::state::AppState;
use crate::server::web::cookies::CookiePolicy;
use crate::server::web::error::internal;

/// The language of the current request, set by [`choose_language`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestLang(pub Lang);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for RequestLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut http::request::Parts, _state: &S) -> Result<RequestLang, Self::Rejection> {
        Ok(parts.extensions.get::<RequestLang>().copied().unwrap_or(RequestLang(Lang::En)))
    }
}

/// Set on a request for the pseudo-locale `en-XA` (`?lang=en-XA` or its cookie), when
/// `PSEUDO_LOCALE=1`; the request's language is then English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PseudoLocale;

/// The value of cookie `name` in the request's `Cookie` headers.
pub fn cookie_value<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The value of query parameter `name`.
pub fn query_value(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Chooses the request's language; an explicit choice (`?lang=`) is remembered in a
/// cookie and, for a signed-in user, saved as their preference.
pub async fn choose_language(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let query = query_value(request.uri().query(), "lang");
    let cookies = CookiePolicy::of(&state.core.config);
    if state.core.config.pseudo_locale {
        let is_pseudo = |code: &str| code.trim().eq_ignore_ascii_case(PSEUDO_TAG);
        let asked = query.as_deref().is_some_and(is_pseudo);
        if asked || (query.as_deref().and_then(Lang::parse).is_none() && cookies.lang(request.headers()).is_some_and(is_pseudo)) {
            request.extensions_mut().insert(RequestLang(Lang::En));
            request.extensions_mut().insert(PseudoLocale);
            let mut response = next.run(request).await;
            response.headers_mut().append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
            if let Some(value) = asked.then(|| cookies.lang_cookie_code(PSEUDO_TAG)).flatten() {
                response.headers_mut().append(SET_COOKIE, value);
            }
            return response;
        }
    }
    let from_query = query.and_then(|code| Lang::parse(&code));
    let from_cookie = cookies.lang(request.headers()).and_then(Lang::parse);
    let from_user = request.extensions().get::<SessionUser>().and_then(|user| user.lang);
    let accept = request.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = choose(from_query.map(Lang::code), from_cookie.map(Lang::code), from_user, accept);
    request.extensions_mut().insert(RequestLang(lang));
    if let (Some(chosen), Some(user)) = (from_query, request.extensions().get::<SessionUser>()) {
        if let Err(error) = save_language(&state.core, user, chosen).await {
            internal("saving the language preference", &error);
        }
    }
    let mut response = next.run(request).await;
    response.headers_mut().append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if let Some(chosen) = from_query.filter(|chosen| Some(*chosen) != from_cookie) {
        if let Some(value) = cookies.lang_cookie(chosen) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_several() {
        let mut headers = http::HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_static("a=1; lang=nl; b=2"));
        assert_eq!(cookie_value(&headers, "lang"), Some("nl"));
        assert_eq!(cookie_value(&headers, "c"), None);
    }

    #[test]
    fn finds_a_query_parameter() {
        assert_eq!(query_value(Some("x=1&lang=de"), "lang").as_deref(), Some("de"));
        assert_eq!(query_value(None, "lang"), None);
    }
}
