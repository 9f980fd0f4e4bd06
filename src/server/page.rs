//! Rendering pages: the HTML shell, the request's language and translator, the page's
//! Content-Security-Policy with the Leptos nonce, and the response status.

use http::header::{HeaderValue, CONTENT_SECURITY_POLICY};
use http::request::Parts;
use http::StatusCode;
use leptos::config::LeptosOptions;
use leptos::hydration::{AutoReload, HydrationScripts};
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use leptos_meta::MetaTags;

use super::locale::RequestLang;
use super::security::page_csp;
use super::state::AppState;
use crate::app::App;
use crate::i18n::{I18n, Lang, CATALOG_ELEMENT_ID};

/// The language chosen for the current request by the locale middleware.
pub fn request_lang() -> Lang {
    use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<RequestLang>().map(|l| l.0))
        .unwrap_or_default()
}

/// The translator for the current request.
pub fn request_i18n() -> I18n {
    let state = expect_context::<AppState>();
    state.locales.i18n(request_lang())
}

/// Sets the HTTP status of the page being rendered.
pub fn set_status(code: u16) {
    if let (Some(options), Ok(status)) = (use_context::<ResponseOptions>(), StatusCode::from_u16(code)) {
        options.set_status(status);
    }
}

/// The whole HTML document. Rendered on the server only; the browser hydrates `<body>`.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let i18n = request_i18n();
    provide_context(i18n.clone());
    if let (Some(nonce), Some(response)) = (use_nonce(), use_context::<ResponseOptions>()) {
        if let Ok(value) = HeaderValue::from_str(&page_csp(&nonce)) {
            response.insert_header(CONTENT_SECURITY_POLICY, value);
        }
    }
    let catalog_json = catalog_json(&i18n);
    view! {
        <!DOCTYPE html>
        <html lang=i18n.lang().bcp47()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.ico"/>
                <script type="application/json" id=CATALOG_ELEMENT_ID inner_html=catalog_json></script>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The catalog source as JSON that is safe inside a `<script>` element.
fn catalog_json(i18n: &I18n) -> String {
    serde_json::to_string(i18n.catalog().source())
        .expect("catalog source serialises")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
