//! Bank transfers settled for real, on SQLite and PostgreSQL: the order waits for the
//! money; staff mark it received (exact amount only) or not received (a credit note);
//! the job runner warns 7 days before the due date and cancels what did not come.

use crate::support;

use http::StatusCode;
use membership_offers::domain::money::{Currency, Money};
use membership_offers::server::jobs;
use membership_offers::server::service::transfers::{cancel_unpaid, mark_received, Settler, StaffActor};
use membership_offers::server::service::{Refusal, ServiceError};
use membership_offers::server::state::AppState;
use membership_offers::server::web::app;
use support::{Client, TestDb, date, pdf_text, scalar, state, text};

const TODAY: &str = "2026-03-16";



const TRANSFER: [(&str, &str); 4] =
    [("method", "bank-transfer"), ("contact_name", "Sam Jansen"), ("contact_phone", "+31 20 123 4567"), ("contact_email", "sam@contoso.example")];

/// Contoso orders its Action Pack's renewal by bank transfer; returns (state, client,
/// subscription id, order id, checkout key).
async fn ordered_by_transfer(test_db: &TestDb) -> (AppState, Client, i64, i64, String) {
    let app_state = state(test_db, date(TODAY));
    let mut client = Client::new(app(app_state.clone()));
    client.sign_in("anna@contoso.example").await;
    let id = scalar(test_db, "SELECT s.id FROM subscriptions s JOIN organizations o ON o.id = s.organization_id WHERE o.legal_name = 'Contoso Ltd' AND s.offer_code = 'action-pack'").await;
    let review = client.post_form(&format!("/offers/{id}/renew"), &TRANSFER).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{review:?}");
    let key = review.location().trim_start_matches("/checkout/").to_string();
    let bought = client.post_form(review.location(), &[]).await;
    assert!(bought.location().ends_with("/done"), "{bought:?}");
    // The confirmation says where to pay, with which reference, by when.
    let done = client.get(&format!("{}?lang=en", bought.location())).await;
    let reference = text(test_db, "SELECT payment_reference FROM invoices").await;
    assert!(done.text().contains("Our bank details"), "{done:?}");
    for fact in ["NL91 ABNA 0417 1643 00", "ABNANL2A", reference.as_str(), "April 15, 2026"] {
        assert!(done.texts_of("dd").iter().any(|dd| dd == fact), "{fact}: {done:?}");
    }
    let order = scalar(test_db, "SELECT id FROM orders").await;
    (app_state, client, id, order, key)
}

async fn staff(test_db: &TestDb) -> i64 {
    scalar(test_db, "SELECT id FROM users WHERE email = 'support@network.example'").await
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::EUR).unwrap()
}

#[tokio::test]
async fn a_transfer_order_renews_nothing_until_the_money_comes_and_keeps_the_benefits_meanwhile() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (app_state, mut client, id, _order, key) = ordered_by_transfer(&test_db).await;
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2026-02-19", "not renewed yet");
    assert_eq!(text(&test_db, "SELECT status FROM invoices").await, "awaiting-payment");
    // Past the window (closed 2026-03-21) but before the due date (2026-04-15): benefits.
    app_state.core.clock.advance(chrono::Duration::days(10));
    client.sign_in("anna@contoso.example").await;
    let page = client.get(&format!("/offers/{id}?lang=en")).await;
    assert!(page.heading().contains("Renewal awaiting payment"), "{page:?}");
    // A second order is not taken: the payment step points at the order awaited.
    let again = client.get(&format!("/offers/{id}/renew?lang=en")).await;
    assert!(again.links().contains(&format!("/checkout/{key}/done")), "{again:?}");
    let refused = client.post_form(&format!("/offers/{id}/renew"), &TRANSFER).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
}

#[tokio::test]
async fn staff_mark_the_exact_amount_received_and_the_renewal_applies_from_the_old_anniversary() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (app_state, _client, id, order, _key) = ordered_by_transfer(&test_db).await;
    let who = StaffActor { user_id: staff(&test_db).await, client: "test" };
    // Partial and over-payments are refused; nothing changes.
    for minor in [57_400, 57_500] {
        let result = mark_received(&app_state.core, who, order, eur(minor), date(TODAY)).await;
        assert!(matches!(result, Err(ServiceError::Refused(Refusal::TransferAmountMismatch { .. }))), "{result:?}");
    }
    assert_eq!(text(&test_db, "SELECT status FROM orders").await, "awaiting-payment");
    // The money came ten days later: A = old A + 365 whatever day it came.
    app_state.core.clock.advance(chrono::Duration::days(10));
    mark_received(&app_state.core, who, order, eur(57_475), date("2026-03-25")).await.unwrap();
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2027-02-19");
    assert_eq!(text(&test_db, "SELECT status FROM invoices").await, "paid");
    assert_eq!(text(&test_db, "SELECT paid_on FROM invoices").await, "2026-03-25");
    let result = mark_received(&app_state.core, who, order, eur(57_475), date("2026-03-25")).await;
    assert!(matches!(result, Err(ServiceError::Refused(Refusal::TransferNotAwaited))), "marked once");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM audit_log WHERE action = 'transfer-received'").await, 1);
}

#[tokio::test]
async fn a_transfer_not_received_is_cancelled_with_a_credit_note_and_the_subscription_lapses() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (app_state, _client, id, order, _key) = ordered_by_transfer(&test_db).await;
    let who = StaffActor { user_id: staff(&test_db).await, client: "test" };
    let credit = cancel_unpaid(&app_state.core, Settler::Staff(who), order).await.unwrap();
    assert_eq!(credit, "CN-2026-000001");
    assert_eq!(text(&test_db, "SELECT status FROM orders").await, "cancelled");
    assert_eq!(text(&test_db, "SELECT status FROM invoices").await, "cancelled");
    assert_eq!(scalar(&test_db, "SELECT total_minor FROM credit_notes").await, -57_475);
    // The term was never renewed: after the window it has lapsed, and a new order can
    // be placed while the window is open.
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2026-02-19");
}

/// Moves the clock of `app_state` to 09:00 UTC on `day`.
fn until(app_state: &AppState, day: &str) {
    let target = date(day).and_hms_opt(9, 0, 0).unwrap().and_utc();
    let now = app_state.core.clock.now();
    app_state.core.clock.advance(target - now);
}

#[tokio::test]
async fn a_transfer_still_unpaid_after_its_due_date_past_the_window_leaves_the_partner_with_a_lapsed_subscription() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (app_state, mut client, id, _order, _key) = ordered_by_transfer(&test_db).await;
    // The window closed on 2026-03-21; the benefits last until the due date.
    until(&app_state, "2026-04-15");
    jobs::tick(&app_state, "test").await.unwrap();
    client.sign_in("anna@contoso.example").await;
    let due_day = client.get(&format!("/offers/{id}?lang=en")).await;
    assert!(due_day.texts_of(".badge").iter().any(|b| b == "Renewal awaiting payment"), "{due_day:?}");
    // The day after, the order is cancelled and nothing keeps the subscription alive.
    until(&app_state, "2026-04-16");
    jobs::tick(&app_state, "test").await.unwrap();
    assert_eq!(text(&test_db, "SELECT status FROM orders").await, "cancelled");
    client.sign_in("anna@contoso.example").await;
    let details = client.get(&format!("/offers/{id}?lang=en")).await;
    let badges = details.texts_of(".badge");
    assert!(badges.iter().any(|b| b == "Lapsed"), "{details:?}");
    assert!(!badges.iter().any(|b| b == "Renewal awaiting payment"), "{details:?}");
    let offers = client.get("/offers?lang=en").await;
    let row = offers.texts_of("tbody tr").into_iter().find(|row| row.contains("Action Pack subscription")).unwrap_or_else(|| panic!("{offers:?}"));
    assert!(row.contains("Lapsed"), "{row}");
    let invoices = client.get("/invoices?lang=en").await;
    assert!(invoices.texts_of("th").iter().any(|cell| cell == "CN-2026-000001"), "{invoices:?}");
}

#[tokio::test]
async fn the_invoice_pdf_of_a_transfer_order_says_which_account_to_pay_and_with_which_reference() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (_state, mut client, _id, _order, _key) = ordered_by_transfer(&test_db).await;
    let invoice = scalar(&test_db, "SELECT id FROM invoices").await;
    let reference = text(&test_db, "SELECT payment_reference FROM invoices").await;
    let (status, _, bytes) = client.get_bytes(&format!("/invoices/{invoice}/pdf?pdf_lang=en")).await;
    assert_eq!(status, StatusCode::OK);
    let pdf = pdf_text(&bytes);
    assert!(pdf.contains("IBAN NL91 ABNA 0417 1643 00"), "{pdf}");
    assert!(pdf.contains("BIC ABNANL2A"), "{pdf}");
    assert!(pdf.contains(&format!("Payment reference: {reference}")), "{pdf}");
}

#[tokio::test]
async fn the_job_runner_warns_7_days_before_and_cancels_the_day_after_the_due_date() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (app_state, _client, _id, _order, _key) = ordered_by_transfer(&test_db).await;
    until(&app_state, "2026-04-08");
    jobs::tick(&app_state, "test").await.unwrap();
    assert!(scalar(&test_db, "SELECT COUNT(*) FROM notifications WHERE event LIKE '%transfer-due-soon%'").await > 0);
    assert_eq!(text(&test_db, "SELECT status FROM orders").await, "awaiting-payment");
    until(&app_state, "2026-04-16");
    jobs::tick(&app_state, "test").await.unwrap();
    assert_eq!(text(&test_db, "SELECT status FROM orders").await, "cancelled");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM credit_notes").await, 1);
    assert!(scalar(&test_db, "SELECT COUNT(*) FROM notifications WHERE event LIKE '%transfer-cancelled%'").await > 0);
}

#[tokio::test]
async fn a_first_purchase_by_transfer_starts_its_term_on_the_day_the_money_came() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let mut client = Client::new(app(app_state.clone()));
    client.sign_in("li@wingtip.example").await;
    let review = client.post_form("/buy/action-pack", &TRANSFER).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{review:?}");
    client.post_form(review.location(), &[]).await;
    let (wingtip,): (i64,) = sqlx::query_as("SELECT id FROM organizations WHERE legal_name = 'Wingtip Toys'").fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(scalar(&test_db, &format!("SELECT COUNT(*) FROM subscriptions WHERE organization_id = {wingtip}")).await, 0, "no term before the money");
    let page = client.get("/offers?lang=en").await;
    assert!(page.text().contains("Purchase awaiting payment"), "{page:?}");
    let order = scalar(&test_db, "SELECT id FROM orders").await;
    let total = scalar(&test_db, "SELECT total_minor FROM orders").await;
    app_state.core.clock.advance(chrono::Duration::days(5));
    let who = StaffActor { user_id: staff(&test_db).await, client: "test" };
    mark_received(&app_state.core, who, order, Money::new(total, Currency::CNY).unwrap(), date("2026-03-21")).await.unwrap();
    assert_eq!(text(&test_db, &format!("SELECT purchased_on FROM subscriptions WHERE organization_id = {wingtip}")).await, "2026-03-21");
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE organization_id = {wingtip}")).await, "2027-03-21");
    assert_eq!(text(&test_db, "SELECT period_from FROM invoices").await, "2026-03-21");
}

#[tokio::test]
async fn the_staff_console_lists_the_awaited_transfer_refuses_a_partial_payment_on_the_form_and_settles_the_exact_one() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let (app_state, mut partner, _id, order, _key) = ordered_by_transfer(&test_db).await;
    let reference = text(&test_db, "SELECT payment_reference FROM invoices").await;
    let mut agent = Client::new(app(app_state.clone()));
    agent.sign_in("support@network.example").await;
    let list = agent.get("/staff/transfers?lang=en").await;
    assert_eq!(list.heading(), "Bank transfers awaiting payment");
    assert!(list.texts_of("h2").iter().any(|h| h.contains("Contoso Ltd")), "{list:?}");
    assert!(list.texts_of("dd").iter().any(|dd| *dd == reference), "{list:?}");
    let order = order.to_string();
    let partial = [("intent", "received"), ("order", order.as_str()), ("amount", "574.00"), ("received_on", TODAY)];
    let refused = agent.post_form("/staff/transfers?lang=en", &partial).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{refused:?}");
    assert!(refused.alerts().iter().any(|a| a.contains("must be exactly the invoice total of €574.75")), "{refused:?}");
    assert_eq!(refused.field_value("amount").as_deref(), Some("574.00"), "the input is kept");
    let exact = [("intent", "received"), ("order", order.as_str()), ("amount", "574,75"), ("received_on", TODAY)];
    let settled = agent.post_form("/staff/transfers", &exact).await;
    assert_eq!(settled.location(), "/staff/transfers?done=received");
    let invoices = partner.get("/invoices?lang=en").await;
    assert!(invoices.texts_of(".badge").iter().any(|b| b == "Paid"), "{invoices:?}");
    let audit = partner.get("/audit?lang=en").await;
    assert!(audit.text().contains("Bank transfer received"), "{audit:?}");
}
