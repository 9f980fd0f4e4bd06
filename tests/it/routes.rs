//! The HTTP application driven with `oneshot`: health, pages, headers, forgery check.

use crate::support;

use axum::body::Body;
use http::{Request, StatusCode};
use membership_offers::server::web::app;
use support::{date, state, state_with, Client, TestDb};
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

#[tokio::test]
async fn no_page_of_a_signed_in_user_may_be_stored_by_a_browser_or_a_proxy() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let mut client = Client::new(app(state(&test_db, date("2026-03-16"))));
    let sign_in = client.get("/sign-in").await;
    assert_eq!(sign_in.headers["cache-control"], "no-store");
    client.sign_in("anna@contoso.example").await;
    for path in ["/offers", "/invoices", "/profile", "/invoices/export.csv", "/no-such-page"] {
        let (status, headers, _) = client.get_bytes(path).await;
        assert_eq!(headers.get("cache-control").map(|v| v.to_str().unwrap()), Some("no-store"), "{path} ({status})");
    }
    let answer = client.post_form("/api/offers", &[]).await;
    assert_eq!(answer.headers["cache-control"], "no-store", "a server function's answer");
    let favicon = client.get("/favicon.ico").await;
    assert_eq!(favicon.headers["cache-control"], "public, max-age=86400");
}

#[tokio::test]
async fn on_an_https_public_url_cookies_are_host_prefixed_and_secure_and_hsts_is_always_on() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let app_state = state_with(&test_db, date("2026-03-16"), &[("PUBLIC_URL", "https://partners.network.example")]);
    let mut client = Client::new(app(app_state));
    let signed_in = client.post_form("/sign-in", &[("email", "anna@contoso.example"), ("password", "demo-password-1")]).await;
    let cookie = signed_in.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("__Host-mo_session="), "{cookie}");
    assert!(cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("Path=/") && !cookie.contains("Domain="), "{cookie}");
    assert!(signed_in.headers["strict-transport-security"].to_str().unwrap().starts_with("max-age="));
    // The prefixed cookie is the session: the page opens with it.
    let offers = client.get("/offers?lang=nl").await;
    assert_eq!(offers.status, StatusCode::OK, "{offers:?}");
    let lang = offers.headers["set-cookie"].to_str().unwrap();
    assert!(lang.starts_with("__Host-lang=nl") && lang.contains("; Secure"), "{lang}");
    // The short name of plain http is not a session here.
    let mut plain = Client::new(client.app.clone());
    plain.cookie = client.cookie.as_ref().map(|c| c.replace("__Host-mo_session", "mo_session"));
    assert_eq!(plain.get("/offers").await.status, StatusCode::SEE_OTHER);
    let health = client.app.clone().oneshot(Request::get("/healthz").body(Body::empty()).unwrap()).await.unwrap();
    assert!(health.headers().contains_key("strict-transport-security"));
}

#[tokio::test]
async fn a_request_claiming_https_does_not_change_the_cookie_policy_of_an_http_portal() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let app = app(state(&test_db, date("2026-03-16")));
    let body = "email=anna%40contoso.example&password=demo-password-1";
    let request = Request::post("/sign-in")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "http://127.0.0.1:3000")
        .header("host", "127.0.0.1:3000")
        .header("x-forwarded-proto", "https")
        .body(Body::from(body))
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("mo_session=") && !cookie.contains("Secure"), "{cookie}");
    assert!(!response.headers().contains_key("strict-transport-security"));
}

#[tokio::test]
async fn a_refused_server_function_answers_with_the_status_of_its_error() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let mut vera = Client::new(app(state(&test_db, date("2026-03-16"))));
    // Vera has no role: invoices are not hers to see.
    vera.sign_in("vera@contoso.example").await;
    assert_eq!(vera.call("/api/invoices", &[("filter[year]", "")]).await.status, StatusCode::FORBIDDEN);
    // Another organization's subscription does not exist for her.
    assert_eq!(vera.call("/api/offer_details", &[("id", "999999")]).await.status, StatusCode::NOT_FOUND);
    // Arguments the function cannot read: a bad request, not a server error.
    assert_eq!(vera.call("/api/offer_details", &[("id", "seven")]).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(vera.call("/api/offers", &[]).await.status, StatusCode::OK);
}

#[tokio::test]
async fn pages_of_actions_a_role_may_not_take_answer_403() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let mut sam = Client::new(app(state(&test_db, date("2026-03-16"))));
    // Sam is a Sales agent: he may buy and renew, but not enroll the organization.
    sam.sign_in("sam@contoso.example").await;
    assert_eq!(sam.get("/enroll").await.status, StatusCode::FORBIDDEN);
    let mut vera = Client::new(app(state(&test_db, date("2026-03-16"))));
    vera.sign_in("vera@contoso.example").await;
    let id = support::contoso_action_pack(&test_db).await;
    assert_eq!(vera.get(&format!("/offers/{id}/cancel")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(vera.get(&format!("/offers/{id}/auto-renewal")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(vera.get(&format!("/offers/{id}")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_page_links_its_catalog_as_a_cacheable_file_instead_of_embedding_it() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let mut client = Client::new(app(state(&test_db, date("2026-03-16"))));
    let page = client.get("/sign-in?lang=nl").await;
    assert_eq!(page.status, StatusCode::OK);
    // The Fluent source is not in the page any more (it was 70 % of /offers).
    assert!(!page.raw().contains("sign-in-throttled ="), "the catalog is still embedded");
    let url = page.attribute("link#mo-catalog", "href").expect("the page preloads its catalog");
    assert!(url.starts_with("/i18n/nl.") && url.ends_with(".json"), "{url}");

    // Without a session (the sign-in page needs it), cached for a year.
    let (status, headers, body) = client.get_bytes(&url).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["cache-control"], "public, max-age=31536000, immutable");
    let source: membership_offers::i18n::CatalogSource = serde_json::from_slice(&body).expect("a catalog source");
    let catalog = membership_offers::i18n::Catalog::build(source).expect("the catalog builds");
    assert_eq!(catalog.format("sign-in-submit", None).as_deref(), Some("Aanmelden"));

    // A name of another build (an old page's catalog) is not found.
    let (status, _, _) = client.get_bytes("/i18n/nl.0000000000000000.json").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_are_compressed_for_a_browser_that_accepts_it() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let app = app(state(&test_db, date("2026-03-16")));
    for (accept, encoding) in [("br", Some("br")), ("gzip", Some("gzip")), ("identity", None)] {
        let request = Request::get("/sign-in").header("accept-encoding", accept).body(Body::empty()).unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers().get("content-encoding").map(|v| v.to_str().unwrap()), encoding, "{accept}");
    }
}
