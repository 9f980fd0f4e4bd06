//! The partner profile: validation by country, the round trip from the order review
//! (Update) and back, and who may edit.

use crate::support;

use http::StatusCode;
use membership_offers::server::web::app;
use support::{date, state, Client, TestDb};

const TODAY: &str = "2026-03-16";

fn profile_form<'a>(postal: &'a str, back: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("legal_name", "Contoso Nederland B.V."),
        ("address_line1", "Prinsengracht 263"),
        ("address_line2", ""),
        ("postal_code", postal),
        ("city", "Amsterdam"),
        ("vat_id", "NL123456782B01"),
        ("preferred_lang", "nl"),
        ("return", back),
    ]
}

#[tokio::test]
async fn update_from_the_review_validates_then_returns_to_the_same_order() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut client = Client::new(app(state(&test_db, date(TODAY))));
    client.sign_in("anna@contoso.example").await;
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM subscriptions WHERE offer_code = 'action-pack' ORDER BY id LIMIT 1")
        .fetch_one(test_db.db.pool())
        .await
        .unwrap();
    let fields = [("method", "card"), ("card_holder", "Anna"), ("card_number", "4242424242424242"), ("card_expiry", "12/30"), ("card_cvc", "123")];
    let review = client.post_form(&format!("/offers/{id}/renew"), &fields).await.location().to_string();
    let page = client.get(&review).await;
    assert!(page.links().contains(&format!("/profile?return={review}")), "{page:?}");

    let invalid = client.post_form("/profile", &profile_form("12345", &review)).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.alerts().iter().any(|a| a.starts_with("This postal code does not match")), "{invalid:?}");
    assert_eq!(invalid.field_value("address_line1").as_deref(), Some("Prinsengracht 263"), "typed values are kept");
    assert_eq!(invalid.field_value("return").as_deref(), Some(review.as_str()), "the way back is kept");

    let saved = client.post_form("/profile", &profile_form("1016 GV", &review)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), review);
    let again = client.get(&review).await;
    let text = again.text();
    assert!(text.contains("Prinsengracht 263") && text.contains("Contoso Nederland B.V."), "{again:?}");
    // The audit entry names the fields that changed, in the reader's language.
    let audit = client.get("/audit?action=profile-updated&lang=en").await;
    assert_eq!(audit.texts_of("td .audit-fact"), ["Changed: legal name, address, and postal code"], "{audit:?}");
    let audit = client.get("/audit?action=profile-updated&lang=de").await;
    assert_eq!(audit.texts_of("td .audit-fact"), ["Geändert: rechtlicher Name, Adresse und Postleitzahl"], "{audit:?}");
}

#[tokio::test]
async fn a_user_without_a_role_can_neither_see_nor_change_the_profile() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut client = Client::new(app(state(&test_db, date(TODAY))));
    client.sign_in("vera@contoso.example").await;
    let page = client.get("/profile").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(!page.form_actions().contains(&"/profile".to_string()), "{page:?}");
    let reply = client.post_form("/profile", &profile_form("1016 GV", "")).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let (name,): (String,) = sqlx::query_as("SELECT legal_name FROM organizations WHERE partner_id = '4410001'").fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(name, "Contoso Ltd");
}
