//! Response headers for every response (caching, HSTS, the page
//! Content-Security-Policy and the rest), and the request-forgery check on every
//! state-changing request.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{
    HeaderName, HeaderValue, CACHE_CONTROL, CONTENT_SECURITY_POLICY, HOST, ORIGIN, PRAGMA, REFERRER_POLICY,
    STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use http::Method;

use crate::server::state::AppState;
use crate::server::web::cookies::CookiePolicy;
use crate::view::AppError;

/// The policy for pages: scripts only with this response's nonce (and what they load).
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

/// The policy for everything that is not a page (files, errors, downloads).
const DEFAULT_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// How long a browser may keep what it is told to cache.
///
/// - `/i18n/*`: the catalogs, named by a hash of their content: a year, immutable;
/// - `/pkg/*`: the site's CSS, JavaScript and wasm. When their names carry a hash of
///   their content (cargo-leptos `hash-files`), a new build has new names: cached
///   for a year and never revalidated. Otherwise revalidated on every use
///   (`Last-Modified`), so that an upgrade is never hidden by a stale file;
/// - the favicon: a day;
/// - everything else (pages, PDFs, CSV, calendar files, server-function answers,
///   errors, redirects): never stored, by the browser or by a proxy, because it is
///   the signed-in user's data or depends on the session.
pub fn cache_policy(path: &str, hashed_names: bool) -> &'static str {
    if path.starts_with("/i18n/") {
        // Catalogs are always named by their content's hash.
        "public, max-age=31536000, immutable"
    } else if path.starts_with("/pkg/") {
        if hashed_names { "public, max-age=31536000, immutable" } else { "public, no-cache" }
    } else if path == "/favicon.ico" {
        "public, max-age=86400"
    } else {
        "no-store"
    }
}

/// Adds the security and caching headers to every response. HSTS is sent whenever
/// `PUBLIC_URL` is https (not when a request merely claims to be).
pub async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let https = CookiePolicy::of(&state.core.config).secure;
    let cache = cache_policy(request.uri().path(), state.assets.hashed);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // A handler that knows better (none today) keeps its own.
    if !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
        if cache == "no-store" {
            headers.insert(PRAGMA, HeaderValue::from_static("no-cache"));
        }
    }
    if !headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(DEFAULT_CSP));
    }
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    headers.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    if https {
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    response
}

/// Whether a request changes state and so must come from the portal's own pages.
fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Decides from the request headers whether a state-changing request is same-origin.
/// Browsers send `Sec-Fetch-Site` and `Origin` on every POST; a request carrying neither
/// is not from a browser and cannot ride on a victim's cookies.
pub fn is_same_origin(headers: &http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    match (headers.get(ORIGIN).and_then(|v| v.to_str().ok()), headers.get(HOST).and_then(|v| v.to_str().ok())) {
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            origin_host.eq_ignore_ascii_case(host)
        }
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// Refuses state-changing requests from other sites (403, nothing changed).
pub async fn forgery_check(request: Request, next: Next) -> Response {
    if is_state_changing(request.method()) && !is_same_origin(request.headers()) {
        tracing::warn!(method = %request.method(), path = request.uri().path(), "cross-site request refused");
        return AppError::Forbidden.into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> http::HeaderMap {
        let mut map = http::HeaderMap::new();
        for (k, v) in pairs {
            map.insert(HeaderName::from_static(k), HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn same_origin_fetch_metadata_is_accepted_and_cross_site_refused() {
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "same-site")])));
    }

    #[test]
    fn without_fetch_metadata_the_origin_must_match_the_host() {
        assert!(is_same_origin(&headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")])));
        assert!(!is_same_origin(&headers(&[("origin", "http://127.0.0.2:3000"), ("host", "127.0.0.1:3000")])));
    }

    #[test]
    fn only_the_hashed_site_files_may_be_cached() {
        assert_eq!(cache_policy("/pkg/membership-offers.abc123.wasm", true), "public, max-age=31536000, immutable");
        assert_eq!(cache_policy("/pkg/membership-offers.wasm", false), "public, no-cache");
        for path in ["/offers", "/invoices/7/pdf", "/invoices.csv", "/api/offers", "/sign-in", "/healthz"] {
            assert_eq!(cache_policy(path, true), "no-store", "{path}");
        }
    }

    #[test]
    fn the_page_policy_carries_the_nonce_and_forbids_plugins_and_framing() {
        let csp = page_csp("abc");
        assert!(csp.contains("'nonce-abc'"));
        assert!(csp.contains("object-src 'none'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(csp.contains("'wasm-unsafe-eval'"));
    }
}
