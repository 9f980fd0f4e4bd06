//! Rendering pages: the HTML shell, the request's language and translator, the page's
//! Content-Security-Policy with the Leptos nonce, a form's page rendered again with
//! its feedback and status, and the localized page of an error. (A page sets its own
//! status with `components::set_status`.)

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use http::header::{HeaderValue, CONTENT_SECURITY_POLICY};
use http::request::Parts;
use http::{Method, StatusCode};
use leptos::config::LeptosOptions;
use leptos::hydration::AutoReload;
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use leptos_meta::MetaTags;

use super::error::ErrorPage;
use super::middleware::locale::{PseudoLocale, RequestLang};
use super::middleware::security::page_csp;
use super::reply::RenderForm;
use crate::app::App;
use crate::i18n::format::Formatter;
use crate::i18n::{I18n, Lang, CATALOG_ELEMENT_ID};
use crate::server::core::Core;
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::AppError;

/// The language chosen for the current request by the locale middleware.
pub fn request_lang() -> Lang {
    with_context::<Parts, _>(|parts| parts.extensions.get::<RequestLang>().map(|l| l.0)).flatten().unwrap_or_default()
}

/// What a server function or page render works with: the state and the language.
pub struct Page {
    pub state: AppState,
    /// The request's language (English in the pseudo-locale).
    pub lang: Lang,
    /// Whether the request asked for the pseudo-locale `en-XA`.
    pub pseudo: bool,
}

impl Page {
    pub fn current() -> Page {
        let pseudo = with_context::<Parts, _>(|parts| parts.extensions.get::<PseudoLocale>().is_some()).unwrap_or(false);
        Page { state: AppState::from_context(), lang: request_lang(), pseudo }
    }

    pub fn core(&self) -> &Core {
        &self.state.core
    }

    pub fn fmt(&self) -> &Formatter {
        self.state.formatters.get(self.lang)
    }

    pub fn i18n(&self) -> I18n {
        let locales = self.state.locales();
        match self.pseudo.then(|| locales.pseudo()).flatten() {
            Some(pseudo) => pseudo,
            None => locales.i18n(self.lang),
        }
    }
}

/// The submission being answered, for the page rendered in reply to a POST.
#[derive(Debug, Clone)]
pub struct PostedForm(pub FormFeedback);

/// The whole HTML document. Rendered on the server only; the browser hydrates `<body>`.
///
/// The head links the stylesheet, preloads the script and the language's catalog (all
/// cacheable files, see `assets`), and a module script with the page's nonce starts
/// hydration; the script fetches the wasm. The wasm is not preloaded: it is most of the
/// bytes, and competing with the page for them delayed the first paint on slow
/// networks (Lighthouse counted it into the LCP, docs/performance.md). Leptos's
/// `HydrationScripts` is not used: it reads `hash.txt` on every page and writes the
/// nonce into `crossorigin`.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let page = Page::current();
    let i18n = page.i18n();
    provide_context(i18n.clone());
    let nonce = use_nonce();
    if let (Some(nonce), Some(response)) = (&nonce, use_context::<ResponseOptions>()) {
        if let Ok(value) = HeaderValue::from_str(&page_csp(nonce)) {
            response.insert_header(CONTENT_SECURITY_POLICY, value);
        }
    }
    let assets = page.state.assets.clone();
    let catalog_url = page.state.catalog_files().url(&i18n).to_string();
    // LOCALES_RELOAD=1 only: a changed .ftl that does not load, shown after the app
    // (outside what the browser hydrates).
    let locales_error = page.state.live_locales.error().map(|error| {
        view! {
            <aside class="locales-error" role="alert">
                <p>{i18n.t("locales-reload-failed")}</p>
                <pre>{error.to_string()}</pre>
            </aside>
        }
    });
    view! {
        <!DOCTYPE html>
        <html lang=i18n.catalog().html_lang()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.ico"/>
                <link rel="stylesheet" id="leptos" href=assets.css.clone()/>
                <link rel="modulepreload" href=assets.js.clone()/>
                // The main script imports the loader of the split modules.
                {assets.split_loader_url().map(|href| view! { <link rel="modulepreload" href=href/> })}
                <link rel="preload" id=CATALOG_ELEMENT_ID href=catalog_url r#as="fetch" r#type="application/json" crossorigin="anonymous"/>
                <script type="module" nonce=nonce>{assets.hydration_script()}</script>
                <AutoReload options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
                {locales_error}
            </body>
        </html>
    }
}

/// Names the split modules of a lazy area (src/app.rs) in the page's head, so the
/// browser fetches them beside the main wasm instead of after it has started. Called
/// while the area's page renders; `area` is its `#[lazy]` function's name, which the
/// split manifest's key starts with. Leptos's own hints read their context outside the
/// request's owner, and are not used.
pub fn preload_split_area(area: &str) {
    use leptos_meta::Link;
    let page = Page::current();
    let Some(split) = &page.state.assets.split else { return };
    let prefix = format!("{area}_");
    let files = split.modules.iter().find_map(|(name, files)| {
        let hash = name.strip_prefix(&prefix)?;
        hash.bytes().all(|b| b.is_ascii_digit()).then_some(files)
    });
    let Some(files) = files else {
        tracing::warn!(area, "no split module for this lazy area in the manifest");
        return;
    };
    let pkg = format!("/{}", page.state.leptos_options.site_pkg_dir);
    for file in files {
        // to_html() registers the link with the page's head (leptos_meta).
        let _ = view! { <Link rel="preload" href=format!("{pkg}/{file}.wasm") as_="fetch" type_="application/wasm" crossorigin="anonymous"/> }.to_html();
    }
}

/// Renders the page of `parts`' path again, server-side, with `feedback`.
async fn rerender(state: AppState, parts: Parts, feedback: FormFeedback, status: StatusCode) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(PostedForm(feedback.clone()));
        },
        move || shell(options.clone()),
    );
    let mut request = Request::from_parts(parts, Body::empty());
    *request.method_mut() = Method::GET;
    let mut response = handler(request).await;
    // The form's status (422, 409 …), unless the page itself could not be shown: a
    // form about another organization's record renders that page's 404.
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The localized page of an error that no page of the app renders (a download, a
/// form post to an action, a request refused before any page). A plain document
/// without scripts: there is nothing to hydrate.
fn error_document(state: &AppState, lang: Lang, error: AppError) -> String {
    let i18n = state.locales().i18n(lang);
    let title = escape(&i18n.t(error.message_id()));
    let page_title = escape(&i18n.tr("shell-page-title", &[("page", crate::i18n::arg(i18n.t(error.message_id())))]));
    let home = escape(&i18n.t("not-found-home-link"));
    let product = escape(&i18n.t("shell-product-name"));
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{page_title}</title><link rel=\"stylesheet\" href=\"{css}\"></head>\
         <body><div class=\"page\"><header class=\"site-header\"><div class=\"brand\"><a href=\"/\" class=\"brand-name\">{product}</a></div></header>\
         <main id=\"main\" class=\"content\"><h1>{title}</h1><p><a href=\"/offers\">{home}</a></p></main></div></body></html>",
        lang = lang.bcp47(),
        css = escape(&state.assets.css),
    )
}

/// Writes the bodies that handlers ask for: a form's page rendered again
/// ([`RenderForm`]) or an error's page ([`ErrorPage`]). Runs inside the session
/// and language middleware, so the page knows its user and language.
pub async fn render_replies(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let kept = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    if let Some(RenderForm(feedback)) = response.extensions().get::<RenderForm>().cloned() {
        return rerender(state, kept, feedback, response.status()).await;
    }
    match response.extensions().get::<ErrorPage>().copied() {
        Some(ErrorPage(error)) => error_response(&state, &kept, response.status(), error),
        None => response,
    }
}

/// The error's page for a browser, its message as text for anything else.
fn error_response(state: &AppState, parts: &Parts, status: StatusCode, error: AppError) -> Response {
    let lang = match parts.extensions.get::<RequestLang>() {
        Some(RequestLang(lang)) => *lang,
        None => negotiated_lang(state, parts),
    };
    let accept = parts.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok());
    let wants_html = accept.is_none_or(|accept| accept.contains("text/html")) && !parts.uri.path().starts_with("/api/");
    if wants_html {
        (status, Html(error_document(state, lang, error))).into_response()
    } else {
        (status, state.locales().i18n(lang).t(error.message_id())).into_response()
    }
}

/// Writes the error pages of requests refused before the session and the language
/// were known (forgery check, body limit, sign-in guard): the language comes from
/// the address, the cookie or `Accept-Language`.
pub async fn render_early_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let kept = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    match response.extensions().get::<ErrorPage>().copied() {
        Some(ErrorPage(error)) => error_response(&state, &kept, response.status(), error),
        _ => response,
    }
}

fn negotiated_lang(state: &AppState, parts: &Parts) -> Lang {
    use super::middleware::locale::query_value;
    let query = query_value(parts.uri.query(), "lang");
    let accept = parts.headers.get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let cookie = super::cookies::CookiePolicy::of(&state.core.config).lang(&parts.headers);
    crate::i18n::server::choose(query.as_deref(), cookie, None, accept)
}

/// Leptos's async rendering sends the resources' data (`<script>` elements) after the
/// document's `</html>`, where HTML allows nothing ("Stray start tag script" in the
/// Nu HTML checker). The page is rendered whole before it is sent, so the scripts are
/// moved in front of `</body>`: the same data, read by hydration (a module script,
/// which runs after the document is parsed) as before.
pub async fn close_document(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            super::error::internal("reading a rendered page", &error);
            return AppError::Unavailable.into_response();
        }
    };
    match scripts_inside_body(&bytes) {
        Some(fixed) => {
            parts.headers.remove(http::header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(fixed))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

/// The document with whatever follows `</html>` moved before `</body>`, or `None`
/// when nothing follows it. Page text cannot contain the markup `</html>` (it is
/// escaped), and serialized data escapes `<`, so the first `</html>` is the real one.
fn scripts_inside_body(html: &[u8]) -> Option<Vec<u8>> {
    const BODY_END: &[u8] = b"</body>";
    const HTML_END: &[u8] = b"</html>";
    let html_end = find(html, HTML_END)?;
    let trailing = &html[html_end + HTML_END.len()..];
    if trailing.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let body_end = find(&html[..html_end], BODY_END)?;
    let mut fixed = Vec::with_capacity(html.len());
    fixed.extend_from_slice(&html[..body_end]);
    fixed.extend_from_slice(trailing);
    fixed.extend_from_slice(&html[body_end..html_end + HTML_END.len()]);
    Some(fixed)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::scripts_inside_body;

    #[test]
    fn scripts_after_the_document_move_into_the_body() {
        let page = b"<!DOCTYPE html><html><head></head><body><p>x</p></body></html><script>a()</script><script>b()</script>";
        let fixed = String::from_utf8(scripts_inside_body(page).unwrap()).unwrap();
        assert_eq!(fixed, "<!DOCTYPE html><html><head></head><body><p>x</p><script>a()</script><script>b()</script></body></html>");
    }

    #[test]
    fn a_well_formed_document_is_left_alone() {
        assert_eq!(scripts_inside_body(b"<html><body></body></html>\n"), None);
        assert_eq!(scripts_inside_body(b"plain text"), None);
    }
}
