//! The HTTP router: pages, server functions, files, health check, and the middleware
//! every request passes through.

use std::time::Duration;

use axum::extract::State;
use axum::routing::{get, post};
use axum::{middleware, Router};
use http::StatusCode;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::timeout::TimeoutLayer;

use super::page::shell;
use super::state::AppState;
use super::forms::{checkout, enroll, profile, sign_in, subscription_actions};
use super::{auth, invoices, locale, security, users};
use crate::app::App;

/// Builds the whole application. Middleware, outermost first: security headers,
/// timeout, body limit, forgery check, session (sign-in guard), language.; tests drive it with `tower::ServiceExt::oneshot`.
pub fn app(state: AppState) -> Router {
    // Listing the routes renders the app once, outside any request.
    let routes = {
        let i18n = state.locales.i18n(crate::i18n::Lang::En);
        generate_route_list(move || {
            provide_context(i18n.clone());
            view! { <App/> }
        })
    };
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
        .route("/sign-in", post(sign_in::sign_in))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/offers/{id}/auto-renewal", post(subscription_actions::turn_off))
        .route("/offers/{id}/cancel", post(subscription_actions::cancel))
        .route("/offers/{id}/renew", post(checkout::payment_for_renewal))
        .route("/buy/{offer}", post(checkout::payment_for_purchase))
        .route("/checkout/{key}", post(checkout::buy_order))
        .route("/profile", post(profile::save))
        .route("/enroll", post(enroll::enroll))
        .route("/users", post(users::add))
        .route("/users/{id}/roles", post(users::set_roles))
        .route("/users/{id}/active", post(users::set_active))
        .route("/invoices/{id}/pdf", get(invoices::pdf))
        .route("/invoices/export.csv", get(invoices::export_csv))
        .leptos_routes_with_context(&state, routes, context.clone(), page)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn_with_state(state.clone(), locale::choose_language))
        .layer(middleware::from_fn_with_state(state.clone(), auth::session_guard))
        .layer(middleware::from_fn(security::forgery_check))
        .layer(RequestBodyLimitLayer::new(64 * 1024))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(middleware::from_fn(security::security_headers))
        .with_state(state)
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.db.is_reachable().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}
