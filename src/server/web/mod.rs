//! The HTTP side: one router per area, the pages and server functions of Leptos,
//! static files, the health check, and the middleware every request passes through.
//!
//! Handlers read the user with one extractor (`extract`), forms into typed structs
//! (`form`), call one service, and answer with one reply type (`reply`): a redirect,
//! or the form's own page rendered again with its errors (`render`).

pub mod account;
pub mod assets;
pub mod checkout;
pub mod cookies;
pub mod error;
pub mod extract;
pub mod form;
pub mod invoices;
pub mod middleware;
pub mod notifications;
pub mod profile;
pub mod render;
pub mod reply;
pub mod sign_in;
pub mod staff;
pub mod subscriptions;
pub mod support;
pub mod table;
pub mod users;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::routing::get;
use axum::{middleware as mw, Router};
use http::StatusCode;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use self::middleware::{locale, security, session};
use self::render::{close_document, render_early_errors, render_replies, shell};
use crate::app::App;
use crate::server::state::AppState;

/// Largest request body accepted (forms are far smaller).
pub const BODY_LIMIT: usize = 64 * 1024;

/// A span per request, with a number that every log line of the request carries;
/// the session middleware fills in the user and the organization.
fn request_span(request: &Request) -> tracing::Span {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    tracing::info_span!(
        "request",
        id,
        method = %request.method(),
        path = request.uri().path(),
        user = tracing::field::Empty,
        org = tracing::field::Empty,
    )
}

/// The form and file routes of every area.
fn form_routes() -> table::RouteTable {
    table::RouteTable::new()
        .merge(sign_in::routes())
        .merge(account::routes())
        .merge(subscriptions::routes())
        .merge(checkout::routes())
        .merge(profile::routes())
        .merge(users::routes())
        .merge(invoices::routes())
        .merge(notifications::routes())
        .merge(support::routes())
        .merge(staff::routes())
}

fn page_routes(state: &AppState) -> Vec<leptos_axum::AxumRouteListing> {
    // Listing the routes renders the app once, outside any request.
    let i18n = state.locales().i18n(crate::i18n::Lang::En);
    generate_route_list(move || {
        provide_context(i18n.clone());
        view! { <App/> }
    })
}

/// Every route the application answers, as `METHOD /path` (path parameters in
/// braces), sorted: the health check and files, the form and file routes, the pages
/// (GET) and the server functions. `membership-offers routes` prints it.
pub fn route_list(state: &AppState) -> Vec<String> {
    let mut list = vec!["GET /healthz".to_string(), "GET /favicon.ico".to_string(), format!("GET /{}/{{file}}", state.leptos_options.site_pkg_dir), "GET /i18n/{file}".to_string()];
    list.extend(form_routes().routes().iter().map(|(method, path)| format!("{method} {path}")));
    list.extend(page_routes(state).iter().map(|route| format!("GET {}", route.path())));
    list.extend(leptos::server_fn::axum::server_fn_paths().map(|(path, method)| format!("{method} {path}")));
    list.sort();
    list.dedup();
    list
}

/// Builds the whole application; tests drive it with `tower::ServiceExt::oneshot`.
/// Middleware, outermost first: security headers, tracing, compression, the
/// document's closing (`close_document`), early error pages, timeout, body limit,
/// forgery check, session (sign-in guard), language, the rendering of form replies
/// and error pages.
pub fn app(state: AppState) -> Router {
    let routes = page_routes(&state);
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let page = {
        let options = state.leptos_options.clone();
        move || shell(options.clone())
    };
    // Static files are served by tower-http, not by leptos_axum's file handler: that
    // handler runs in a reactive owner that can pick up a concurrent page's response
    // options and take its Content-Security-Policy (end2end/tests/csp.spec.ts).
    let site_root = std::path::PathBuf::from(&*state.leptos_options.site_root);
    let pkg_dir = site_root.join(&*state.leptos_options.site_pkg_dir);
    Router::new()
        .nest_service(&format!("/{}", state.leptos_options.site_pkg_dir), ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip())
        .route_service("/favicon.ico", ServeFile::new(site_root.join("favicon.ico")))
        .route("/healthz", get(healthz))
        .route("/i18n/{file}", get(assets::catalog))
        .merge(form_routes().into_router())
        .leptos_routes_with_context(&state, routes, context.clone(), page)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(mw::from_fn(middleware::server_fn_status::error_status))
        .layer(mw::from_fn_with_state(state.clone(), render_replies))
        .layer(mw::from_fn_with_state(state.clone(), locale::choose_language))
        .layer(mw::from_fn_with_state(state.clone(), session::session_guard))
        .layer(mw::from_fn(security::forgery_check))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(mw::from_fn_with_state(state.clone(), render_early_errors))
        .layer(mw::from_fn(close_document))
        // Pages, server-function answers, PDFs and CSV compressed on the fly (brotli or
        // gzip as the browser accepts); `/pkg` files come precompressed from the build
        // and pass through untouched (they already carry a Content-Encoding).
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(mw::from_fn_with_state(state.clone(), security::security_headers))
        .with_state(state)
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.core.db.is_reachable().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}
