//! VAT ID verification, on SQLite and PostgreSQL: only a verified VAT ID gives reverse
//! charge; a changed ID is unverified again; a Support agent verifies or rejects it
//! (the decision applies only to the number they saw); VIES, when configured, decides
//! on save, and an unreachable VIES leaves the ID for Support. VIES is a local fake
//! over real HTTP.

use crate::support;

use axum::extract::Path;
use axum::routing::get;
use http::StatusCode;
use membership_offers::server::web::app;
use support::{date, scalar, state, state_with, text, Client, TestDb};

const TODAY: &str = "2026-03-16";
const CARD: &str = "4242424242424242";

fn profile(vat_id: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("legal_name", "Fabrikam GmbH"),
        ("address_line1", "Friedrichstraße 10"),
        ("address_line2", ""),
        ("postal_code", "10117"),
        ("city", "Berlin"),
        ("vat_id", vat_id),
        ("preferred_lang", "de"),
    ]
}

/// The order review of a new Silver Security for Fabrikam (DE, sold from NL).
async fn review_text(client: &mut Client, test_db: &TestDb) -> String {
    sqlx::query("DELETE FROM checkouts").execute(test_db.db.pool()).await.unwrap();
    let fields = [("method", "card"), ("card_holder", "Lukas Becker"), ("card_number", CARD), ("card_expiry", "12/30"), ("card_cvc", "123")];
    let started = client.post_form("/buy/competency-security-silver?lang=en", &fields).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{started:?}");
    client.get(&format!("{}?lang=en", started.location())).await.text()
}

async fn vat_state(test_db: &TestDb) -> String {
    text(test_db, "SELECT vat_state FROM organizations WHERE partner_id = '4410002'").await
}

async fn fabrikam_id(test_db: &TestDb) -> i64 {
    scalar(test_db, "SELECT id FROM organizations WHERE partner_id = '4410002'").await
}

#[tokio::test]
async fn a_changed_vat_id_charges_vat_until_a_support_agent_verifies_it() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let mut lukas = Client::new(app(app_state.clone()));
    lukas.sign_in("lukas@fabrikam.example").await;
    // The demo's verified VAT ID: reverse charge, and the profile says so.
    assert!(review_text(&mut lukas, &test_db).await.contains("VAT reverse charged"));
    let page = lukas.get("/profile?lang=en").await;
    assert_eq!(page.texts_of("#vat-state"), ["Verified on January 6, 2024."], "{page:?}");
    // Saving the same number keeps it verified.
    assert_eq!(lukas.post_form("/profile", &profile("DE 123456788")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(vat_state(&test_db).await, "verified");

    // Another valid number is unverified: VAT is charged, and the review says why.
    assert_eq!(lukas.post_form("/profile", &profile("DE136695976")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(vat_state(&test_db).await, "unverified");
    let review = review_text(&mut lukas, &test_db).await;
    assert!(!review.contains("VAT reverse charged"), "{review}");
    assert!(review.contains("Your VAT ID is not verified yet, so VAT is charged on this order."), "{review}");
    assert!(review.contains("VAT (19 %)"), "{review}");
    let page = lukas.get("/profile?lang=de").await;
    assert_eq!(page.texts_of("#vat-state"), ["Wartet auf Bestätigung durch den Partner-Support. Bis die USt-IdNr. bestätigt ist, wird auf Ihre Bestellungen MwSt. berechnet."]);

    // A partner cannot verify it: the console does not exist for them.
    let org = fabrikam_id(&test_db).await.to_string();
    let decision = [("organization", org.as_str()), ("vat_id", "DE136695976"), ("decision", "verified")];
    assert_eq!(lukas.post_form("/staff/vat-ids", &decision).await.status, StatusCode::NOT_FOUND);
    assert_eq!(lukas.get("/staff/vat-ids").await.status, StatusCode::NOT_FOUND);
    assert_eq!(vat_state(&test_db).await, "unverified");

    // The Support agent sees it awaiting, with the organization, and verifies it.
    let mut support = Client::new(app(app_state.clone()));
    support.sign_in("support@network.example").await;
    let list = support.get("/staff/vat-ids?lang=en").await;
    assert_eq!(list.heading(), "VAT IDs awaiting verification");
    assert_eq!(list.texts_of("section.vat-id h2"), ["Fabrikam GmbH"], "{list:?}");
    assert_eq!(list.texts_of("section.vat-id .vat-number"), ["DE136695976"]);
    assert!(list.texts_of("section.vat-id dd").contains(&"Germany".to_string()), "{list:?}");
    let done = support.post_form("/staff/vat-ids", &decision).await;
    assert_eq!(done.location(), "/staff/vat-ids?done=verified", "{done:?}");
    let list = support.get("/staff/vat-ids?done=verified&lang=en").await;
    assert!(list.statuses()[0].starts_with("The VAT ID is verified"), "{list:?}");
    assert_eq!(list.texts_of(".empty"), ["No VAT ID is awaiting verification."]);

    assert_eq!(vat_state(&test_db).await, "verified");
    assert!(review_text(&mut lukas, &test_db).await.contains("VAT reverse charged"));
    assert_eq!(text(&test_db, "SELECT detail FROM audit_log WHERE action = 'vat-id-verified'").await, r#"[{"fact":"vat-id","number":"DE136695976"}]"#);
    let audit = lukas.get("/audit?action=vat-id-verified&lang=fr").await;
    assert_eq!(audit.texts_of("td .audit-fact"), ["Numéro de TVA DE136695976"], "{audit:?}");
    let notices = lukas.get("/notifications?lang=en").await.text();
    assert!(notices.contains("Your VAT ID DE136695976 is verified."), "{notices}");
}

#[tokio::test]
async fn a_decision_on_a_number_the_partner_changed_since_is_refused_and_changes_nothing() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let mut lukas = Client::new(app(app_state.clone()));
    lukas.sign_in("lukas@fabrikam.example").await;
    assert_eq!(lukas.post_form("/profile", &profile("DE136695976")).await.status, StatusCode::SEE_OTHER);
    let mut support = Client::new(app(app_state));
    support.sign_in("support@network.example").await;
    assert_eq!(support.get("/staff/vat-ids").await.texts_of("section.vat-id .vat-number"), ["DE136695976"]);
    // Meanwhile the partner enters yet another number.
    assert_eq!(lukas.post_form("/profile", &profile("DE129273398")).await.status, StatusCode::SEE_OTHER);
    let org = fabrikam_id(&test_db).await.to_string();
    let stale = [("organization", org.as_str()), ("vat_id", "DE136695976"), ("decision", "verified")];
    let page = support.post_form("/staff/vat-ids?lang=en", &stale).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{page:?}");
    assert_eq!(page.heading(), "VAT IDs awaiting verification");
    assert!(page.alerts().contains(&"This VAT ID was changed or removed since the page was loaded. Check the current one.".to_string()), "{page:?}");
    assert_eq!(page.texts_of("section.vat-id .vat-number"), ["DE129273398"]);
    assert_eq!(vat_state(&test_db).await, "unverified");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'vat-id-%'").await, 0);

    // Rejecting the current one: the partner reads why on the profile.
    let current = [("organization", org.as_str()), ("vat_id", "DE129273398"), ("decision", "rejected")];
    assert_eq!(support.post_form("/staff/vat-ids", &current).await.location(), "/staff/vat-ids?done=rejected");
    assert_eq!(vat_state(&test_db).await, "rejected");
    let page = lukas.get("/profile?lang=en").await;
    assert!(page.texts_of("#vat-state")[0].starts_with("Not verified: on March 16, 2026 Partner Support could not confirm"), "{page:?}");
    assert!(review_text(&mut lukas, &test_db).await.contains("VAT (19 %)"));
}

/// A fake VIES on a loopback port: DE136695976 is registered, DE129273398 is not, and
/// for any other number the member state's register is unavailable.
async fn fake_vies() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = axum::Router::new().route(
        "/ms/{country}/vat/{number}",
        get(|Path((country, number)): Path<(String, String)>| async move {
            let body = match (country.as_str(), number.as_str()) {
                ("DE", "136695976") => r#"{"isValid":true,"userError":"VALID","name":"---"}"#,
                ("DE", "129273398") => r#"{"isValid":false,"userError":"INVALID"}"#,
                _ => r#"{"isValid":false,"userError":"MS_UNAVAILABLE"}"#,
            };
            ([(http::header::CONTENT_TYPE, "application/json")], body)
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{address}")
}

#[tokio::test]
async fn with_vies_configured_a_saved_number_is_verified_or_rejected_by_its_answer() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let vies = fake_vies().await;
    let app_state = state_with(&test_db, date(TODAY), &[("VIES_URL", vies.as_str())]);
    let mut lukas = Client::new(app(app_state));
    lukas.sign_in("lukas@fabrikam.example").await;

    assert_eq!(lukas.post_form("/profile", &profile("DE136695976")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(vat_state(&test_db).await, "verified");
    assert_eq!(text(&test_db, "SELECT client_addr FROM audit_log WHERE action = 'vat-id-verified'").await, "vies");

    assert_eq!(lukas.post_form("/profile", &profile("DE129273398")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(vat_state(&test_db).await, "rejected");

    // The register is down: the profile is saved, and the ID waits for Support.
    let saved = lukas.post_form("/profile", &profile("DE811907980")).await;
    assert_eq!(saved.location(), "/profile?done=saved", "{saved:?}");
    assert_eq!(vat_state(&test_db).await, "unverified");
    assert_eq!(text(&test_db, "SELECT vat_id FROM organizations WHERE partner_id = '4410002'").await, "DE811907980");
}

#[tokio::test]
async fn an_unreachable_vies_leaves_the_number_for_support() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    // Nothing listens on this port.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let url = format!("http://{closed}");
    let app_state = state_with(&test_db, date(TODAY), &[("VIES_URL", url.as_str())]);
    let mut lukas = Client::new(app(app_state));
    lukas.sign_in("lukas@fabrikam.example").await;
    assert_eq!(lukas.post_form("/profile", &profile("DE136695976")).await.location(), "/profile?done=saved");
    assert_eq!(vat_state(&test_db).await, "unverified");
}
