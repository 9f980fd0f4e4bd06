//! The HTTP application driven with `oneshot`: health, pages, headers, forgery check.
#![cfg(feature = "ssr")]

mod support;

use axum::body::Body;
use http::{Request, StatusCode};
use membership_offers::server::web::app;
use support::{date, state, Client, TestDb};
use tower::ServiceExt;

#[tokio::test]
async fn health_answers_ok_when_the_database_is_reachable() {
    let test_db = TestDb::new().await;
    let app = app(state(&test_db, date("2026-03-16")));
    let response = app.oneshot(Request::get("/healthz").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn health_answers_503_when_the_database_is_gone() {
    let test_db = TestDb::new().await;
    let app_state = state(&test_db, date("2026-03-16"));
    test_db.db.pool().close().await;
    let response = app(app_state).oneshot(Request::get("/healthz").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let test_db = TestDb::new().await;
    let app = app(state(&test_db, date("2026-03-16")));
    for path in ["/healthz", "/no-such-page", "/favicon.ico"] {
        let response = app.clone().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
    }
}

#[tokio::test]
async fn a_cross_site_post_is_refused() {
    let test_db = TestDb::new().await;
    let app = app(state(&test_db, date("2026-03-16")));
    let request = Request::post("/sign-out")
        .header("origin", "http://127.0.0.2:3000")
        .header("host", "127.0.0.1:3000")
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_unknown_page_is_a_localized_404_once_signed_in() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let mut client = Client::new(app(state(&test_db, date("2026-03-16"))));
    client.sign_in("anna@contoso.example").await;
    let reply = client.get("/no-such-page?lang=nl").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.html_lang().as_deref(), Some("nl"), "{reply:?}");
    assert_eq!(reply.heading(), "Pagina niet gevonden");
    assert!(reply.headers["content-security-policy"].to_str().unwrap().contains("'nonce-"));
}

#[tokio::test]
async fn an_unknown_page_without_a_session_reveals_nothing_and_asks_to_sign_in() {
    let test_db = TestDb::new().await;
    let app = app(state(&test_db, date("2026-03-16")));
    let response = app.oneshot(Request::get("/no-such-page").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}
