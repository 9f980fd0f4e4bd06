//! The portal's two cookies (the session and the chosen language) and their policy,
//! decided once from `PUBLIC_URL`, never from what a request claims about itself:
//!
//! - `PUBLIC_URL` on https: `__Host-mo_session` and `__Host-lang`, `Secure`, `Path=/`,
//!   no `Domain` (the browser then refuses them over plain http, from a subdomain, or
//!   set by anyone but this host), and HSTS on every response;
//! - otherwise (a developer's `http://127.0.0.1:3000`): `mo_session` and `lang`,
//!   without `Secure`, which a browser would drop over http.
//!
//! Both are `SameSite=Lax`; the session cookie is also `HttpOnly`.

use http::header::HeaderValue;

use super::middleware::locale::cookie_value;
use crate::i18n::Lang;
use crate::server::config::Config;
use crate::server::service::sessions::{SessionToken, ABSOLUTE_TIMEOUT};

/// How long the language choice is remembered.
const LANG_MAX_AGE_SECONDS: i64 = 365 * 24 * 60 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CookiePolicy {
    /// `PUBLIC_URL` is https: `__Host-` names, `Secure`, HSTS.
    pub secure: bool,
}

impl CookiePolicy {
    pub fn of(config: &Config) -> CookiePolicy {
        CookiePolicy { secure: config.public_url.starts_with("https://") }
    }

    pub fn session_name(self) -> &'static str {
        if self.secure { "__Host-mo_session" } else { "mo_session" }
    }

    pub fn lang_name(self) -> &'static str {
        if self.secure { "__Host-lang" } else { "lang" }
    }

    fn attributes(self) -> &'static str {
        if self.secure { "Path=/; SameSite=Lax; Secure" } else { "Path=/; SameSite=Lax" }
    }

    /// The session token of the request's cookie, if any.
    pub fn session_token(self, headers: &http::HeaderMap) -> Option<SessionToken> {
        cookie_value(headers, self.session_name()).filter(|t| !t.is_empty()).map(SessionToken::new)
    }

    /// The language the request's cookie remembers, if any.
    pub fn lang<'a>(self, headers: &'a http::HeaderMap) -> Option<&'a str> {
        cookie_value(headers, self.lang_name())
    }

    /// The `Set-Cookie` value for a new session.
    pub fn session_cookie(self, token: &SessionToken) -> HeaderValue {
        let value =
            format!("{}={}; {}; HttpOnly; Max-Age={}", self.session_name(), token.expose(), self.attributes(), ABSOLUTE_TIMEOUT.num_seconds());
        HeaderValue::from_str(&value).unwrap_or_else(|_| self.clear_session_cookie())
    }

    /// The `Set-Cookie` value that removes the session cookie.
    pub fn clear_session_cookie(self) -> HeaderValue {
        let value = format!("{}=; {}; HttpOnly; Max-Age=0", self.session_name(), self.attributes());
        HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static("mo_session=; Path=/; Max-Age=0"))
    }

    /// The `Set-Cookie` value that remembers a chosen language.
    pub fn lang_cookie(self, lang: Lang) -> Option<HeaderValue> {
        self.lang_cookie_code(lang.code())
    }

    /// The language cookie for a tag (a language's code, or the pseudo-locale's).
    pub fn lang_cookie_code(self, code: &str) -> Option<HeaderValue> {
        HeaderValue::from_str(&format!("{}={code}; {}; Max-Age={LANG_MAX_AGE_SECONDS}", self.lang_name(), self.attributes())).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_https_the_cookies_are_host_prefixed_and_secure() {
        let policy = CookiePolicy { secure: true };
        let cookie = policy.session_cookie(&SessionToken::new("abc")).to_str().unwrap().to_string();
        assert!(cookie.starts_with("__Host-mo_session=abc; Path=/;"), "{cookie}");
        assert!(cookie.contains("; Secure") && cookie.contains("; HttpOnly") && !cookie.contains("Domain"), "{cookie}");
        let lang = policy.lang_cookie(Lang::Nl).unwrap().to_str().unwrap().to_string();
        assert!(lang.starts_with("__Host-lang=nl; Path=/;") && lang.contains("; Secure"), "{lang}");
    }

    #[test]
    fn on_plain_http_the_cookies_keep_their_short_names() {
        let policy = CookiePolicy { secure: false };
        let cookie = policy.session_cookie(&SessionToken::new("abc")).to_str().unwrap().to_string();
        assert!(cookie.starts_with("mo_session=abc;") && !cookie.contains("Secure"), "{cookie}");
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, HeaderValue::from_static("__Host-mo_session=x; mo_session=y"));
        assert_eq!(policy.session_token(&headers).map(|t| t.expose().to_string()).as_deref(), Some("y"));
        assert_eq!(CookiePolicy { secure: true }.session_token(&headers).map(|t| t.expose().to_string()).as_deref(), Some("x"));
    }
}
