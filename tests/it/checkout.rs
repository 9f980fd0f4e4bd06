//! Buying and renewing against a real database (SQLite, or PostgreSQL with
//! `DATABASE_URL=postgres://...`): idempotency, concurrency, declines, roles, tenancy,
//! crash reconciliation and gapless invoice numbers.

use crate::support;

use http::StatusCode;
use membership_offers::domain::offer::OfferKind;
use membership_offers::domain::order::CheckoutTarget;
use membership_offers::domain::validation::{CardExpiry, CardNumber, Cvc, PersonName};
use membership_offers::server::gateway::{sandbox_charge_count, CardDetails, ChargeRequest};
use membership_offers::domain::subscription::AutoRenewal;
use membership_offers::server::service::checkout::{buy, reconcile, start, BuyOutcome, Origin, PaymentInput};
use membership_offers::server::service::Actor;
use membership_offers::server::service::subscriptions::request_subscription_cancellation;
use membership_offers::server::store::support::CancellationEffect;
use membership_offers::server::state::AppState;
use membership_offers::server::web::app;
use support::{Client, TestDb, contoso_action_pack, date, scalar, state, text};

const TODAY: &str = "2026-03-16";
const CARD_OK: &str = "4242 4242 4242 4242";
const CARD_DECLINED: &str = "4000 0000 0000 0002";

async fn setup() -> (TestDb, AppState, Client) {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let client = Client::new(app(app_state.clone()));
    (test_db, app_state, client)
}




fn card_form(number: &str) -> Vec<(&'static str, String)> {
    vec![
        ("method", "card".into()),
        ("card_holder", "Anna de Vries".into()),
        ("card_number", number.into()),
        ("card_expiry", "12/30".into()),
        ("card_cvc", "123".into()),
    ]
}

async fn post(client: &mut Client, path: &str, fields: &[(&'static str, String)]) -> support::Reply {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    client.post_form(path, &pairs).await
}

#[tokio::test]
async fn renewing_by_card_in_the_window_charges_once_and_moves_the_anniversary_by_365_days() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let reply = post(&mut client, &format!("/offers/{id}/renew"), &card_form(CARD_OK)).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{reply:?}");
    let review = reply.location().to_string();
    assert!(review.starts_with("/checkout/"));
    let page = client.get(&review).await;
    assert_eq!(page.heading(), "Review order details", "{page:?}");
    let bought = client.post_form(&review, &[]).await;
    assert_eq!(bought.location(), format!("{review}/done"));
    let done = client.get(bought.location()).await;
    let shown = done.text();
    assert!(shown.contains("MO-0000001") && shown.contains("2026-000001"), "{done:?}");
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2027-02-19");
    assert_eq!(text(&test_db, "SELECT status FROM invoices").await, "paid");
    let key = review.trim_start_matches("/checkout/");
    assert_eq!(sandbox_charge_count(&test_db.db, key).await.unwrap(), 1);
    // Net 475.00 EUR, Dutch VAT 21 % = 99.75, total 574.75.
    assert_eq!(scalar(&test_db, "SELECT total_minor FROM orders").await, 57_475);
}

#[tokio::test]
async fn pressing_buy_twice_gives_one_order_and_one_charge() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let review = post(&mut client, &format!("/offers/{id}/renew"), &card_form(CARD_OK)).await.location().to_string();
    let first = client.post_form(&review, &[]).await;
    let second = client.post_form(&review, &[]).await;
    assert_eq!(first.location(), second.location());
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM invoices").await, 1);
}

/// Anna of Contoso acting from a test.
async fn anna(test_db: &TestDb) -> Actor<'static> {
    let (user_id, organization_id): (i64, i64) =
        sqlx::query_as("SELECT id, organization_id FROM users WHERE email = 'anna@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    Actor { user_id, organization_id, client: "test" }
}

/// Buy pressed by `actor`, keeping automatic renewal on.
fn by_partner(actor: Actor<'static>) -> Origin<'static> {
    Origin::Partner { actor, auto_renewal: AutoRenewal::On }
}

/// A card payment with a valid test card.
fn card(number: &str) -> PaymentInput {
    PaymentInput::Card {
        holder: PersonName::parse("Anna de Vries").unwrap(),
        card: CardDetails { number: CardNumber::parse(number).unwrap(), expiry: CardExpiry::parse("12/30").unwrap(), cvc: Cvc::parse("123").unwrap() },
    }
}

#[tokio::test]
async fn twenty_concurrent_renewals_of_one_subscription_give_exactly_one_order_and_no_errors() {
    let (test_db, app_state, _client) = setup().await;
    let user = anna(&test_db).await;
    let id = contoso_action_pack(&test_db).await;
    let mut keys = Vec::new();
    for _ in 0..20 {
        let key = start(&app_state.core, user, CheckoutTarget::Renew(id), card(CARD_OK)).await.expect("checkout starts");
        keys.push(key);
    }
    let mut tasks = Vec::new();
    for key in keys {
        let core = app_state.core.clone();
        tasks.push(tokio::spawn(async move { buy(&core, user.organization_id, &key, by_partner(user)).await }));
    }
    let mut confirmations = std::collections::BTreeSet::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(BuyOutcome::Done(key)) => {
                confirmations.insert(key);
            }
            other => panic!("every caller sees a confirmation, got {other:?}"),
        }
    }
    assert_eq!(confirmations.len(), 1, "all callers see the one winner's confirmation");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1);
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2027-02-19");
}

#[tokio::test]
async fn a_declined_card_changes_nothing_but_the_payment_record() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let review = post(&mut client, &format!("/offers/{id}/renew"), &card_form(CARD_DECLINED)).await.location().to_string();
    let reply = client.post_form(&review, &[]).await;
    assert_eq!(reply.status, StatusCode::PAYMENT_REQUIRED);
    assert!(reply.alerts().iter().any(|a| a.contains("Your card was declined")), "{reply:?}");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 0);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM invoices").await, 0);
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2026-02-19");
    assert_eq!(text(&test_db, "SELECT status FROM payments").await, "declined");
}

#[tokio::test]
async fn an_invalid_card_keeps_the_holder_name_but_never_the_number() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let reply = post(&mut client, &format!("/offers/{id}/renew"), &card_form("1234 5678 9012 3456")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.alerts().iter().any(|a| a.starts_with("This card number is not valid.")), "{reply:?}");
    assert_eq!(reply.field_value("card_holder").as_deref(), Some("Anna de Vries"));
    assert_eq!(reply.field_value("card_number").as_deref(), Some(""), "the number typed is never sent back");
    assert!(!reply.raw().contains("1234 5678"));
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM checkouts").await, 0);
}

#[tokio::test]
async fn a_bank_transfer_order_waits_for_the_transfer_with_a_payment_reference() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("sam@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let fields = vec![
        ("method", "bank-transfer".to_string()),
        ("contact_name", "Sam Jansen".into()),
        ("contact_phone", "+31 20 123 4567".into()),
        ("contact_email", "sam@contoso.example".into()),
    ];
    let review = post(&mut client, &format!("/offers/{id}/renew"), &fields).await.location().to_string();
    let done = client.post_form(&review, &[]).await;
    let page = client.get(done.location()).await;
    assert!(page.text().contains("PN-2026000001"), "{page:?}");
    assert_eq!(text(&test_db, "SELECT status FROM orders").await, "awaiting-payment");
    assert_eq!(text(&test_db, "SELECT due_on FROM invoices").await, "2026-04-15", "order date + 30 days");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 0);
}

#[tokio::test]
async fn a_view_only_user_cannot_start_a_renewal() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("vera@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let reply = post(&mut client, &format!("/offers/{id}/renew"), &card_form(CARD_OK)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM checkouts").await, 0);
    let page = client.get("/offers").await;
    assert!(!page.links().contains(&format!("/offers/{id}/renew")), "{page:?}");
}

#[tokio::test]
async fn a_view_only_user_sees_offers_and_their_status_and_nothing_else() {
    let (test_db, state, mut anna) = setup().await;
    anna.sign_in("anna@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let review = post(&mut anna, &format!("/offers/{id}/renew"), &card_form(CARD_OK)).await.location().to_string();
    assert!(review.starts_with("/checkout/"), "{review}");
    let mut vera = Client::new(membership_offers::server::web::app(state));
    vera.sign_in("vera@contoso.example").await;
    let offers = vera.get("/offers").await;
    assert_eq!(offers.status, StatusCode::OK);
    for hidden in ["/invoices", "/profile", "/support", "/users"] {
        assert!(!offers.links().contains(&hidden.to_string()), "{hidden} is linked for a view-only user");
    }
    for path in ["/invoices", "/profile", "/support", "/support/new", &review, &format!("/offers/{id}/renew")] {
        let page = vera.get(path).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}: {page:?}");
    }
    assert_eq!(vera.get(&format!("/offers/{id}")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn another_organizations_subscription_answers_like_one_that_does_not_exist() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("lukas@fabrikam.example").await;
    let contoso = contoso_action_pack(&test_db).await;
    let theirs = client.get(&format!("/offers/{contoso}")).await;
    let missing = client.get("/offers/999999").await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let reply = post(&mut client, &format!("/offers/{contoso}/renew"), &card_form(CARD_OK)).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM checkouts").await, 0);
}

#[tokio::test]
async fn renew_is_refused_before_the_window_opens() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let silver = scalar(&test_db, "SELECT id FROM subscriptions WHERE offer_code = 'competency-cloud-platform-silver'").await;
    let page = client.get(&format!("/offers/{silver}")).await;
    assert!(page.text().contains("You can renew from June 25, 2026."), "{page:?}");
    let reply = post(&mut client, &format!("/offers/{silver}/renew"), &card_form(CARD_OK)).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM checkouts").await, 0);
}

#[tokio::test]
async fn a_crash_between_charge_and_commit_is_finished_at_start_without_charging_again() {
    let (test_db, app_state, _client) = setup().await;
    let user = anna(&test_db).await;
    let id = contoso_action_pack(&test_db).await;
    let key = start(&app_state.core, user, CheckoutTarget::Renew(id), card(CARD_OK)).await.unwrap();
    // What a crash after the charge leaves behind: a charging checkout, a pending
    // payment, a charge at the gateway, no order.
    let token = text(&test_db, &format!("SELECT card_token FROM checkouts WHERE checkout_key = '{key}'")).await;
    sqlx::query("UPDATE checkouts SET status = 'charging' WHERE checkout_key = $1").bind(&key).execute(test_db.db.pool()).await.unwrap();
    app_state
        .core
        .gateway
        .charge(ChargeRequest { token, currency: "EUR".into(), amount_minor: 57_475, idempotency_key: key.clone() })
        .await
        .unwrap();
    assert_eq!(reconcile(&app_state.core).await.unwrap(), 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
    assert_eq!(sandbox_charge_count(&test_db.db, &key).await.unwrap(), 1);
    // Buy pressed again after the restart shows the same confirmation.
    assert_eq!(buy(&app_state.core, user.organization_id, &key, by_partner(user)).await.unwrap(), BuyOutcome::Done(key));
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1);
}

#[tokio::test]
async fn invoice_numbers_stay_gapless_under_twenty_concurrent_orders() {
    let (test_db, app_state, _client) = setup().await;
    let (li,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = 'li@wingtip.example'").fetch_one(test_db.db.pool()).await.unwrap();
    // Twenty organizations like Wingtip, each buying an Action Pack at the same time.
    let mut buyers = Vec::new();
    for n in 0..20 {
        let (org,): (i64,) = sqlx::query_as(
            "INSERT INTO organizations (partner_id, legal_name, country, preferred_lang, membership, created_at) \
             VALUES ($1, $2, 'CN', 'zh', 'member', '2026-01-01T00:00:00Z') RETURNING id",
        )
        .bind(format!("gapless-{n}"))
        .bind(format!("Buyer {n}"))
        .fetch_one(test_db.db.pool())
        .await
        .unwrap();
        let user = Actor { user_id: li, organization_id: org, client: "test" };
        let key = start(&app_state.core, user, CheckoutTarget::Buy(OfferKind::ActionPack), card(CARD_OK)).await.unwrap();
        buyers.push((user, key));
    }
    let tasks: Vec<_> = buyers
        .into_iter()
        .map(|(user, key)| {
            let core = app_state.core.clone();
            tokio::spawn(async move { buy(&core, user.organization_id, &key, by_partner(user)).await })
        })
        .collect();
    for task in tasks {
        assert!(matches!(task.await.unwrap(), Ok(BuyOutcome::Done(_))));
    }
    let numbers: Vec<(i64,)> = sqlx::query_as("SELECT sequence FROM invoices ORDER BY sequence").fetch_all(test_db.db.pool()).await.unwrap();
    let numbers: Vec<i64> = numbers.into_iter().map(|(n,)| n).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<_>>());
}

#[tokio::test]
async fn every_server_function_refuses_a_visitor_without_a_session() {
    let (_db, _state, mut client) = setup().await;
    for endpoint in [
        "visitor", "posted_form", "offers", "offer_details", "checkout_payment_step", "checkout_review", "checkout_confirmation",
        "invoices", "profile", "users", "audit",
    ] {
        let reply = client.post_form(&format!("/api/{endpoint}"), &[]).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "/api/{endpoint}");
    }
}

#[tokio::test]
async fn another_organizations_checkout_answers_404_and_cannot_be_bought() {
    let (test_db, app_state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let id = contoso_action_pack(&test_db).await;
    let review = post(&mut client, &format!("/offers/{id}/renew"), &card_form(CARD_OK)).await.location().to_string();
    let mut lukas = Client::new(app(app_state));
    lukas.sign_in("lukas@fabrikam.example").await;
    assert_eq!(lukas.get(&review).await.status, StatusCode::NOT_FOUND);
    assert_eq!(lukas.post_form(&review, &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(lukas.get(&format!("{review}/done")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 0);
}

#[tokio::test]
async fn a_competency_whose_requirements_are_complete_can_be_bought() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("anna@contoso.example").await;
    let review = post(&mut client, "/buy/competency-cloud-platform-gold", &card_form(CARD_OK)).await.location().to_string();
    assert!(review.starts_with("/checkout/"), "{review}");
    let done = client.post_form(&review, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(text(&test_db, "SELECT kind FROM orders").await, "purchase");
    // Security's requirements are not complete: buying is refused and nothing is made.
    let refused = post(&mut client, "/buy/competency-security-silver", &card_form(CARD_OK)).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
}

#[tokio::test]
async fn a_lapsed_competency_is_reactivated_under_the_2020_exception_with_a_new_term_from_the_payment_date() {
    // A Gold competency that expired on 2020-05-01 missed its window (closed 2020-05-31,
    // before the extension's range); on 2020-11-15 it can be reactivated (seed 002).
    let today = date("2020-11-15");
    let test_db = TestDb::seeded(today).await;
    let app_state = state(&test_db, today);
    let mut client = Client::new(app(app_state));
    client.sign_in("anna@contoso.example").await;
    let gold = scalar(&test_db, "SELECT id FROM subscriptions WHERE offer_code = 'competency-data-analytics-gold'").await;
    sqlx::query("UPDATE subscriptions SET purchased_on = '2019-05-01', anniversary = '2020-05-01' WHERE id = $1")
        .bind(gold)
        .execute(test_db.db.pool())
        .await
        .unwrap();
    let details = client.get(&format!("/offers/{gold}")).await;
    assert!(details.links().contains(&format!("/offers/{gold}/renew")), "Reactivate is offered: {details:?}");
    let review = post(&mut client, &format!("/offers/{gold}/renew"), &card_form(CARD_OK)).await.location().to_string();
    let done = client.post_form(&review, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(text(&test_db, "SELECT kind FROM orders").await, "reactivation");
    assert_eq!(text(&test_db, "SELECT exception_id FROM orders").await, "covid-2020-reactivation");
    assert_eq!(text(&test_db, "SELECT exception_id FROM invoices").await, "covid-2020-reactivation");
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {gold}")).await, "2021-11-15");
}

#[tokio::test]
async fn only_a_vat_id_with_valid_check_digits_gives_reverse_charge() {
    let (test_db, _state, mut client) = setup().await;
    client.sign_in("lukas@fabrikam.example").await;
    // Fabrikam (DE) buys from a Dutch seller with its valid VAT ID: reverse charge.
    let review = post(&mut client, "/buy/competency-security-silver", &card_form(CARD_OK)).await.location().to_string();
    assert!(review.starts_with("/checkout/"), "{review}");
    let page = client.get(&review).await;
    assert!(page.text().contains("VAT reverse charged"), "{page:?}");
    // A well-formed ID with wrong check digits, stored before the check existed, does not.
    sqlx::query("UPDATE organizations SET vat_id = 'DE123456789' WHERE partner_id = '4410002'").execute(test_db.db.pool()).await.unwrap();
    sqlx::query("DELETE FROM checkouts").execute(test_db.db.pool()).await.unwrap();
    let review = post(&mut client, "/buy/competency-security-silver", &card_form(CARD_OK)).await.location().to_string();
    let page = client.get(&review).await;
    assert!(review.starts_with("/checkout/"), "{review}");
    assert!(!page.text().contains("VAT reverse charged"), "{page:?}");
}

#[tokio::test]
async fn a_cancelled_offer_is_bought_again_as_a_new_purchase_with_a_new_term() {
    let (test_db, _state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    // What a support agent's completed cancellation leaves, effective at once.
    sqlx::query("UPDATE subscriptions SET cancellation = 'cancelled', cancellation_on = '2026-03-01', version = version + 1 WHERE id = $1")
        .bind(id)
        .execute(test_db.db.pool())
        .await
        .unwrap();
    client.sign_in("anna@contoso.example").await;
    let review = post(&mut client, "/buy/action-pack", &card_form(CARD_OK)).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{review:?}");
    let bought = client.post_form(review.location(), &[]).await;
    assert!(bought.location().ends_with("/done"), "{bought:?}");
    assert_eq!(text(&test_db, "SELECT kind FROM orders").await, "purchase");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM invoices").await, 1);
    let row: (String, String, String, String) =
        sqlx::query_as("SELECT purchased_on, anniversary, cancellation, auto_renewal FROM subscriptions WHERE id = $1")
            .bind(id)
            .fetch_one(test_db.db.pool())
            .await
            .unwrap();
    assert_eq!(row, ("2026-03-16".into(), "2027-03-16".into(), "none".into(), "on".into()), "a new term from today, the same row");
}

/// A cancellation asked for in another tab while the renewal's card is being charged:
/// the renewal is made and the request is kept (Buy re-reads the subscription under
/// the lock after the charge instead of saving what it read before).
#[tokio::test]
async fn a_cancellation_requested_during_a_renewals_charge_is_kept() {
    let (test_db, app_state, _client) = setup().await;
    let user = anna(&test_db).await;
    let id = contoso_action_pack(&test_db).await;
    let key = start(&app_state.core, user, CheckoutTarget::Renew(id), card(CARD_OK)).await.unwrap();
    let partner = app_state.core.clone();
    let (user_id, organization_id) = (user.user_id, user.organization_id);
    let cancel: support::Change = Box::new(move || {
        let core = partner.clone();
        Box::pin(async move {
            let actor = Actor { user_id, organization_id, client: "another tab" };
            request_subscription_cancellation(&core, actor, id, "Cancel", "Please cancel.", CancellationEffect::EndOfTerm).await.expect("requested");
        })
    });
    let charging = support::ChangedDuringCharge::around(&app_state.core, cancel);
    assert_eq!(buy(&charging, organization_id, &key, by_partner(user)).await.unwrap(), BuyOutcome::Done(key));
    assert_eq!(text(&test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await, "2027-02-19");
    assert_eq!(text(&test_db, &format!("SELECT cancellation FROM subscriptions WHERE id = {id}")).await, "requested");
    assert_eq!(scalar(&test_db, &format!("SELECT COUNT(*) FROM support_requests WHERE subscription_id = {id}")).await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
}
