//! The yearly cycle on a real database (SQLite, or PostgreSQL with
//! `DATABASE_URL=postgres://...`), driven by moving the one clock: automatic
//! renewals, declines and retries, reminders, lapse, renewals in later years, and
//! the job queue's keys and leases.

use crate::support;

use chrono::{Duration, NaiveDate};
use http::StatusCode;
use membership_offers::server::jobs;
use membership_offers::server::service::cycle::schedule;
use membership_offers::server::state::AppState;
use membership_offers::server::store::jobs::{self as job_store, JobStatus, NewJob};
use membership_offers::server::web::app;
use support::{Client, TestDb, contoso_action_pack, date, scalar, state, text};

const TODAY: &str = "2026-03-16";
const CARD_OK: &str = "4242 4242 4242 4242";

async fn setup() -> (TestDb, AppState, Client) {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let client = Client::new(app(app_state.clone()));
    (test_db, app_state, client)
}



/// Moves the clock to 09:00 UTC of `day` and runs the scheduler and the due jobs.
async fn live_until(app_state: &AppState, day: &str) -> jobs::RunReport {
    let target = date(day).and_hms_opt(9, 0, 0).unwrap().and_utc();
    let now = app_state.core.clock.now();
    assert!(target >= now, "the clock only moves forward");
    app_state.core.clock.advance(target - now);
    jobs::tick(app_state, "test-worker").await.expect("the job runner runs")
}


async fn anniversary(test_db: &TestDb, id: i64) -> String {
    text(test_db, &format!("SELECT anniversary FROM subscriptions WHERE id = {id}")).await
}

/// The events Anna (Contoso's Global admin, told about everything) was told about
/// subscription `id`, oldest first.
async fn events_of(test_db: &TestDb, id: i64) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT n.event FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'anna@contoso.example' ORDER BY n.id",
    )
    .fetch_all(test_db.db.pool())
    .await
    .unwrap();
    rows.into_iter()
        .map(|(json,)| serde_json::from_str::<serde_json::Value>(&json).unwrap())
        .filter(|value| value["subscription_id"] == id)
        .map(|value| value["event"].as_str().unwrap().to_string())
        .collect()
}

fn card_form(number: &str) -> Vec<(&'static str, String)> {
    vec![
        ("method", "card".into()),
        ("card_holder", "Anna de Vries".into()),
        ("card_number", number.into()),
        ("card_expiry", "12/35".into()),
        ("card_cvc", "123".into()),
    ]
}

/// Signs Anna in again (the clock moved past her session) and renews by card.
async fn renew_by_hand(client: &mut Client, id: i64, auto_renewal: &str) {
    client.sign_in("anna@contoso.example").await;
    let fields = card_form(CARD_OK);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let review = client.post_form(&format!("/offers/{id}/renew"), &pairs).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{review:?}");
    let bought = client.post_form(review.location(), &[("auto_renewal", auto_renewal)]).await;
    assert_eq!(bought.status, StatusCode::SEE_OTHER, "{bought:?}");
    assert!(bought.location().ends_with("/done"), "{}", bought.location());
}

/// The label and value of each fact on offer details ("Next automatic charge", …).
fn facts(page: &support::Reply) -> Vec<(String, String)> {
    page.texts_of("dl.facts dt").into_iter().zip(page.texts_of("dl.facts dd")).collect()
}

fn fact(page: &support::Reply, label: &str) -> Option<String> {
    facts(page).into_iter().find(|(dt, _)| dt == label).map(|(_, dd)| dd)
}

async fn auto_renewal(test_db: &TestDb, id: i64) -> String {
    text(test_db, &format!("SELECT auto_renewal FROM subscriptions WHERE id = {id}")).await
}

#[tokio::test]
async fn a_subscription_lives_through_five_years_by_itself() {
    let (test_db, app_state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    let automatic_orders = "SELECT COUNT(*) FROM orders WHERE kind = 'automatic-renewal'";

    // 2026: renewed by hand in the window; automatic renewal stays on with the card.
    renew_by_hand(&mut client, id, "on").await;
    assert_eq!(anniversary(&test_db, id).await, "2027-02-19");
    assert_eq!(auto_renewal(&test_db, id).await, "on");

    // 2027: reminded 15 days before, charged on A + 1.
    live_until(&app_state, "2027-02-04").await;
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("charge-soon"));
    live_until(&app_state, "2027-02-20").await;
    assert_eq!(anniversary(&test_db, id).await, "2028-02-19", "old A + 365");
    assert_eq!(scalar(&test_db, automatic_orders).await, 1);
    assert_eq!(text(&test_db, "SELECT number FROM invoices WHERE year = 2027").await, "2027-000001");
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("automatic-renewal-charged"));
    assert!(
        scalar(&test_db, "SELECT COUNT(*) FROM outbox WHERE invoice_id IS NOT NULL AND status = 'sent'").await >= 2,
        "the order and the automatic renewal were mailed with their invoices"
    );

    // 2028: the second automatic renewal, a year after the first.
    live_until(&app_state, "2028-02-04").await;
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("charge-soon"));
    live_until(&app_state, "2028-02-20").await;
    assert_eq!(anniversary(&test_db, id).await, "2029-02-18", "old A + 365 (2028 is a leap year)");
    assert_eq!(scalar(&test_db, automatic_orders).await, 2);
    assert_eq!(text(&test_db, "SELECT number FROM invoices WHERE year = 2028").await, "2028-000001");
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("automatic-renewal-charged"));

    // 2029: declined on A + 1, the retry on A + 3 succeeds.
    sqlx::query("UPDATE sandbox_cards SET behaviour = 'decline'").execute(test_db.db.pool()).await.unwrap();
    live_until(&app_state, "2029-02-19").await;
    assert_eq!(anniversary(&test_db, id).await, "2029-02-18", "a declined charge changes nothing");
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("automatic-renewal-declined"));
    client.sign_in("anna@contoso.example").await;
    let page = client.get("/offers?lang=en").await;
    assert!(
        page.text().contains("Automatic renewal failed: the card was declined. Next attempt on February 21, 2029."),
        "{page:?}"
    );
    sqlx::query("UPDATE sandbox_cards SET behaviour = 'succeed'").execute(test_db.db.pool()).await.unwrap();
    live_until(&app_state, "2029-02-21").await;
    assert_eq!(anniversary(&test_db, id).await, "2030-02-18", "the retry renews from the old A");
    assert_eq!(scalar(&test_db, automatic_orders).await, 3);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges WHERE outcome = 'card-declined'").await, 1);
    assert_eq!(auto_renewal(&test_db, id).await, "on");
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("automatic-renewal-charged"));

    // 2030: declined on A + 1, A + 3 and A + 7, then automatic renewal is off and the
    // partner renews by hand.
    sqlx::query("UPDATE sandbox_cards SET behaviour = 'decline'").execute(test_db.db.pool()).await.unwrap();
    live_until(&app_state, "2030-02-19").await;
    live_until(&app_state, "2030-02-21").await;
    live_until(&app_state, "2030-02-25").await;
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges WHERE outcome = 'card-declined'").await, 4);
    assert_eq!(auto_renewal(&test_db, id).await, "off");
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("automatic-renewal-stopped"));
    live_until(&app_state, "2030-03-13").await;
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("window-closing"), "A + 23");
    sqlx::query("UPDATE sandbox_cards SET behaviour = 'succeed'").execute(test_db.db.pool()).await.unwrap();
    renew_by_hand(&mut client, id, "off").await;
    assert_eq!(anniversary(&test_db, id).await, "2031-02-18");
    assert_eq!(auto_renewal(&test_db, id).await, "off", "kept off at Buy");

    // 2031: not renewed: reminded before expiry (automatic renewal off), then lapsed.
    live_until(&app_state, "2031-02-03").await;
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("expires-soon"));
    live_until(&app_state, "2031-03-21").await;
    assert_eq!(events_of(&test_db, id).await.last().map(String::as_str), Some("lapsed"));
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges WHERE outcome = 'succeeded'").await, 5, "no charge while off");

    // A lapsed offer is bought again as a new purchase, with a new term.
    client.sign_in("anna@contoso.example").await;
    let fields = card_form(CARD_OK);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let review = client.post_form("/buy/action-pack", &pairs).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{review:?}");
    let bought = client.post_form(review.location(), &[]).await;
    assert!(bought.location().ends_with("/done"), "{bought:?}");
    assert_eq!(text(&test_db, "SELECT kind FROM orders ORDER BY id DESC LIMIT 1").await, "purchase");
    assert_eq!(anniversary(&test_db, id).await, "2032-03-21");
    assert_eq!(text(&test_db, &format!("SELECT purchased_on FROM subscriptions WHERE id = {id}")).await, "2031-03-21");
}

#[tokio::test]
async fn after_a_decline_the_next_charge_shown_is_the_next_attempt_and_none_once_every_attempt_was_declined() {
    let (test_db, app_state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    renew_by_hand(&mut client, id, "on").await;
    sqlx::query("UPDATE sandbox_cards SET behaviour = 'decline'").execute(test_db.db.pool()).await.unwrap();
    live_until(&app_state, "2027-02-20").await;
    let details = format!("/offers/{id}?lang=en");
    let calendar = format!("/offers/{id}/calendar.ics?lang=en");

    // Declined on A + 1: the next charge is the retry on A + 3, on the page and in
    // the calendar.
    client.sign_in("anna@contoso.example").await;
    let page = client.get(&details).await;
    let next = fact(&page, "Next automatic charge").unwrap_or_default();
    assert!(next.ends_with("on February 22, 2027"), "{:?}", facts(&page));
    let ics = client.get(&calendar).await;
    assert!(ics.raw().contains("automaticcharge-20270222"), "{}", ics.raw());
    assert!(!ics.raw().contains("automaticcharge-20270220"), "{}", ics.raw());

    // Declined on A + 3 and A + 7: no attempt is left, so no charge is shown, and
    // automatic renewal cannot be turned on again before a renewal by hand.
    live_until(&app_state, "2027-02-22").await;
    live_until(&app_state, "2027-02-26").await;
    assert_eq!(auto_renewal(&test_db, id).await, "off");
    client.sign_in("anna@contoso.example").await;
    let page = client.get(&details).await;
    assert_eq!(fact(&page, "Next automatic charge"), None, "{:?}", facts(&page));
    assert!(!page.text().contains("Turn on automatic renewal"), "not offered: {page:?}");
    assert!(!client.get(&calendar).await.raw().contains("automaticcharge"));
    let refused = client.post_form(&format!("/offers/{id}?lang=en"), &[("intent", "auto-renewal-on")]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{refused:?}");
    assert_eq!(
        refused.alerts(),
        ["Automatic renewal stays off: the card was declined on every attempt this term. Renew it yourself by March 21, 2027; when you buy, you can keep automatic renewal on for the next year."]
    );
    assert_eq!(auto_renewal(&test_db, id).await, "off");

    // Renewed by hand with automatic renewal kept on: the next charge is the new A + 1.
    sqlx::query("UPDATE sandbox_cards SET behaviour = 'succeed'").execute(test_db.db.pool()).await.unwrap();
    renew_by_hand(&mut client, id, "on").await;
    let page = client.get(&details).await;
    assert!(fact(&page, "Next automatic charge").unwrap_or_default().ends_with("on February 20, 2028"), "{:?}", facts(&page));
}

#[tokio::test]
async fn turned_off_after_the_notice_of_the_charge_the_partner_is_still_reminded_before_expiry() {
    let (test_db, app_state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    renew_by_hand(&mut client, id, "on").await;
    live_until(&app_state, "2027-02-04").await;
    assert_eq!(events_of(&test_db, id).await, ["order-placed", "charge-soon"]);

    // A − 10: the partner turns automatic renewal off.
    live_until(&app_state, "2027-02-09").await;
    client.sign_in("anna@contoso.example").await;
    let off = client.post_form(&format!("/offers/{id}/auto-renewal"), &[]).await;
    assert_eq!(off.status, StatusCode::SEE_OTHER, "{off:?}");
    assert_eq!(auto_renewal(&test_db, id).await, "off-locked");

    // The next tick reminds them to renew by hand, once; nothing is charged.
    live_until(&app_state, "2027-02-09").await;
    live_until(&app_state, "2027-02-15").await;
    live_until(&app_state, "2027-02-20").await;
    assert_eq!(events_of(&test_db, id).await, ["order-placed", "charge-soon", "expires-soon"]);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1, "only the renewal by hand");
}

/// Turned off while the automatic charge is being made: the renewal is kept and so is
/// the turn-off (Buy re-reads the subscription under the lock after the charge).
#[tokio::test]
async fn automatic_renewal_turned_off_during_its_charge_stays_off_after_the_renewal() {
    let (test_db, app_state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    renew_by_hand(&mut client, id, "on").await;
    let (user_id, organization_id): (i64, i64) =
        sqlx::query_as("SELECT id, organization_id FROM users WHERE email = 'anna@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    let partner = app_state.core.clone();
    let turn_off: support::Change = Box::new(move || {
        let core = partner.clone();
        Box::pin(async move {
            let actor = membership_offers::server::service::Actor { user_id, organization_id, client: "another tab" };
            membership_offers::server::service::subscriptions::turn_off_automatic_renewal(&core, actor, id).await.expect("turned off");
        })
    });
    let mut charging = app_state.clone();
    charging.core = support::ChangedDuringCharge::around(&app_state.core, turn_off);
    live_until(&charging, "2027-02-20").await;

    assert_eq!(anniversary(&test_db, id).await, "2028-02-19", "renewed");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders WHERE kind = 'automatic-renewal'").await, 1);
    assert_eq!(auto_renewal(&test_db, id).await, "off-locked", "the turn-off made during the charge is kept");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 2);
}

#[tokio::test]
async fn a_manual_renewal_works_again_the_next_year() {
    let (test_db, app_state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    renew_by_hand(&mut client, id, "off").await;
    assert_eq!(anniversary(&test_db, id).await, "2027-02-19");
    live_until(&app_state, "2027-03-01").await;
    renew_by_hand(&mut client, id, "off").await;
    assert_eq!(anniversary(&test_db, id).await, "2028-02-19", "the second year's renewal renews");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 2);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 2);
}

#[tokio::test]
async fn automatic_renewal_without_a_card_charges_nothing_and_asks_to_renew_by_hand_once() {
    let (test_db, app_state, _client) = setup().await;
    // Contoso's Silver competency has automatic renewal on and no card on file.
    let silver = scalar(&test_db, "SELECT id FROM subscriptions WHERE offer_code = 'competency-cloud-platform-silver'").await;
    let a = anniversary(&test_db, silver).await;
    let a = NaiveDate::parse_from_str(&a, "%Y-%m-%d").unwrap();
    live_until(&app_state, &(a - Duration::days(15)).to_string()).await;
    live_until(&app_state, &(a + Duration::days(1)).to_string()).await;
    live_until(&app_state, &(a + Duration::days(3)).to_string()).await;
    live_until(&app_state, &(a + Duration::days(7)).to_string()).await;
    let events = events_of(&test_db, silver).await;
    assert_eq!(events.iter().filter(|e| *e == "renew-by-hand").count(), 2, "once before A (A - 15) and once in the window: {events:?}");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 0);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 0);
}

#[tokio::test]
async fn each_piece_of_due_work_is_enqueued_once_and_missed_days_are_caught_up() {
    let (test_db, app_state, _client) = setup().await;
    let first = schedule(&app_state.core).await.unwrap();
    assert!(first > 0);
    assert_eq!(schedule(&app_state.core).await.unwrap(), 0, "a second tick on the same day enqueues nothing");
    // The server was down for two weeks: one tick enqueues every day's work, once.
    app_state.core.clock.advance(Duration::days(14));
    let caught_up = schedule(&app_state.core).await.unwrap();
    assert!(caught_up > 0);
    assert_eq!(schedule(&app_state.core).await.unwrap(), 0);
    let keys: Vec<(String,)> = sqlx::query_as("SELECT unique_key FROM jobs ORDER BY unique_key").fetch_all(test_db.db.pool()).await.unwrap();
    let mut unique = keys.clone();
    unique.dedup();
    assert_eq!(keys, unique);
}

#[tokio::test]
async fn a_renewal_cancels_the_reminders_still_pending() {
    let (test_db, app_state, mut client) = setup().await;
    let id = contoso_action_pack(&test_db).await;
    // A + 23 of the Action Pack (2026-03-14) has passed: its reminder is enqueued.
    schedule(&app_state.core).await.unwrap();
    let pending = format!("SELECT COUNT(*) FROM jobs WHERE subject = 'subscription:{id}' AND status = 'pending'");
    assert!(scalar(&test_db, &pending).await > 0);
    renew_by_hand(&mut client, id, "on").await;
    assert_eq!(scalar(&test_db, &pending).await, 0);
    assert!(scalar(&test_db, &format!("SELECT COUNT(*) FROM jobs WHERE subject = 'subscription:{id}' AND status = 'cancelled'")).await > 0);
}

#[tokio::test]
async fn a_job_whose_lease_expired_and_was_claimed_again_is_finished_once() {
    let (test_db, app_state, _client) = setup().await;
    let now = app_state.core.clock.now();
    let job = NewJob { kind: "cleanup", payload: "{}", unique_key: "lease-test", subject: None, due_at: now, max_attempts: 3 };
    assert!(job_store::enqueue(test_db.db.pool(), &job, now).await.unwrap());
    assert!(!job_store::enqueue(test_db.db.pool(), &job, now).await.unwrap(), "the same key is enqueued once");
    let first = job_store::claim(&test_db.db, "worker-a", now, now + Duration::seconds(30), 10).await.unwrap();
    assert_eq!(first.len(), 1);
    assert!(job_store::claim(&test_db.db, "worker-b", now, now + Duration::seconds(30), 10).await.unwrap().is_empty(), "leased");
    let later = now + Duration::minutes(1);
    let second = job_store::claim(&test_db.db, "worker-b", later, later + Duration::seconds(30), 10).await.unwrap();
    assert_eq!(second.len(), 1, "the expired lease is taken over");
    assert!(!job_store::finish(test_db.db.pool(), first[0].id, "worker-a", "late", later).await.unwrap(), "worker-a lost its lease");
    assert!(job_store::finish(test_db.db.pool(), second[0].id, "worker-b", "done", later).await.unwrap());
    assert_eq!(job_store::count(test_db.db.pool(), "cleanup", JobStatus::Done).await.unwrap(), 1);
}

#[tokio::test]
async fn a_failing_job_backs_off_and_gives_up_after_its_last_attempt() {
    let (test_db, app_state, _client) = setup().await;
    let now = app_state.core.clock.now();
    let job = NewJob { kind: "no-such-kind", payload: "{}", unique_key: "give-up", subject: None, due_at: now, max_attempts: 2 };
    job_store::enqueue(test_db.db.pool(), &job, now).await.unwrap();
    let report = jobs::run_due(&app_state, "w").await.unwrap();
    assert_eq!(report.failed, 1);
    assert_eq!(text(&test_db, "SELECT status FROM jobs WHERE unique_key = 'give-up'").await, "pending", "retried later");
    assert_eq!(jobs::run_due(&app_state, "w").await.unwrap().failed, 0, "not before its back-off");
    app_state.core.clock.advance(Duration::minutes(5));
    assert_eq!(jobs::run_due(&app_state, "w").await.unwrap().failed, 1);
    assert_eq!(text(&test_db, "SELECT status FROM jobs WHERE unique_key = 'give-up'").await, "failed");
    let listed = jobs::list(&app_state, 10).await.unwrap();
    assert!(listed[0].contains("failed") && listed[0].contains("unknown job kind"), "{listed:?}");
}

/// Contoso's Action Pack, in its window, given a card on file and automatic renewal
/// on: its automatic charge is due today. Returns its id.
async fn automatic_charge_due_today(test_db: &TestDb) -> i64 {
    use membership_offers::domain::validation::{CardExpiry, CardNumber, Cvc};
    use membership_offers::server::gateway::CardDetails;
    let app_state = state(test_db, date(TODAY));
    let id = contoso_action_pack(test_db).await;
    let card = CardDetails { number: CardNumber::parse(CARD_OK).unwrap(), expiry: CardExpiry::parse("12/35").unwrap(), cvc: Cvc::parse("123").unwrap() };
    let token = app_state.core.gateway.tokenize(card).await.unwrap();
    membership_offers::server::store::subscriptions::set_card(test_db.db.pool(), id, &token).await.unwrap();
    sqlx::query("UPDATE subscriptions SET auto_renewal = 'on' WHERE id = $1").bind(id).execute(test_db.db.pool()).await.unwrap();
    id
}

/// Two instances of the portal (two processes of the real binary) run the due work
/// of one day against one database at the same time: one charge, one order, one
/// invoice, and each e-mail once.
#[tokio::test]
async fn two_instances_do_the_days_work_once() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let id = automatic_charge_due_today(&test_db).await;

    let outbox = std::env::temp_dir().join(format!("mo_two_instances_{:016x}", rand::random::<u64>()));
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_membership-offers"))
            .args(["jobs", "run-due"])
            .env("DATABASE_URL", &test_db.url)
            .env("APP_TODAY", TODAY)
            .env("OUTBOX_DIR", &outbox)
            .env("SEED_DEMO", "0")
            .env("RUST_LOG", "warn")
            .env_remove("SMTP_URL")
            .spawn()
            .expect("the binary starts")
    };
    let (mut a, mut b) = (run(), run());
    assert!(a.wait().unwrap().success());
    assert!(b.wait().unwrap().success());

    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM invoices").await, 1);
    assert_eq!(anniversary(&test_db, id).await, "2027-02-19");
    let mails = scalar(&test_db, "SELECT COUNT(*) FROM outbox").await;
    assert!(mails > 0);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'").await, mails);
    let files = std::fs::read_dir(&outbox).unwrap().flatten().filter(|e| e.path().extension().is_some_and(|x| x == "eml")).count();
    assert_eq!(files as i64, mails, "each e-mail written once");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM jobs WHERE status = 'running' OR status = 'pending'").await, 0);
    let _ = std::fs::remove_dir_all(&outbox);
}

/// Two server processes stopped when dropped (also when the test fails).
struct Servers(Vec<std::process::Child>);

impl Drop for Servers {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Two servers of the real binary, each with its job runner on (ticking every
/// second), on one database on a day with due work: once the queue is drained there
/// is one charge, one automatic renewal order, one invoice, and each e-mail once.
#[tokio::test]
async fn two_servers_with_their_workers_do_the_days_work_once() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let id = automatic_charge_due_today(&test_db).await;
    let outbox = std::env::temp_dir().join(format!("mo_two_servers_{:016x}", rand::random::<u64>()));
    let serve = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_membership-offers"))
            .env("DATABASE_URL", &test_db.url)
            .env("APP_TODAY", TODAY)
            .env("OUTBOX_DIR", &outbox)
            .env("SEED_DEMO", "0")
            .env("JOBS_TICK_SECONDS", "1")
            .env("LEPTOS_OUTPUT_NAME", "membership-offers")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{}", free_port()))
            .env("LEPTOS_SITE_ROOT", "target/site")
            .env("RUST_LOG", "warn")
            .env_remove("SMTP_URL")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("the server starts")
    };
    let mut servers = Servers(vec![serve(), serve()]);

    // Drained: something was enqueued and the charge made, nothing is pending or
    // running, and every e-mail is sent.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        for child in &mut servers.0 {
            assert!(child.try_wait().unwrap().is_none(), "a server stopped early");
        }
        let enqueued = scalar(&test_db, "SELECT COUNT(*) FROM jobs").await;
        let open = scalar(&test_db, "SELECT COUNT(*) FROM jobs WHERE status IN ('pending', 'running')").await;
        let orders = scalar(&test_db, "SELECT COUNT(*) FROM orders").await;
        let unsent = scalar(&test_db, "SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").await;
        if enqueued > 0 && open == 0 && orders > 0 && unsent == 0 {
            break;
        }
        if std::time::Instant::now() > deadline {
            let queue: Vec<(String, String, Option<String>)> =
                sqlx::query_as("SELECT unique_key, status, last_error FROM jobs ORDER BY id").fetch_all(test_db.db.pool()).await.unwrap();
            panic!("the queue was not drained in time: {queue:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    // Both ticked and worked; a second look finds nothing new.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    drop(servers);

    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_charges").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders WHERE kind = 'automatic-renewal'").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM invoices").await, 1);
    assert_eq!(anniversary(&test_db, id).await, "2027-02-19");
    let mails = scalar(&test_db, "SELECT COUNT(*) FROM outbox").await;
    assert!(scalar(&test_db, "SELECT COUNT(*) FROM outbox WHERE invoice_id IS NOT NULL").await > 0, "the invoice was mailed");
    assert_eq!(
        scalar(&test_db, "SELECT COUNT(*) FROM outbox WHERE invoice_id IS NOT NULL").await,
        scalar(&test_db, "SELECT COUNT(DISTINCT user_id) FROM outbox WHERE invoice_id IS NOT NULL").await,
        "one invoice e-mail per recipient"
    );
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'").await, mails);
    let files = std::fs::read_dir(&outbox).unwrap().flatten().filter(|e| e.path().extension().is_some_and(|x| x == "eml")).count();
    assert_eq!(files as i64, mails, "each e-mail written once");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM jobs WHERE status = 'failed'").await, 0);
    let _ = std::fs::remove_dir_all(&outbox);
}

#[tokio::test]
async fn the_calendar_file_is_named_in_the_readers_language() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let id = contoso_action_pack(&test_db).await;
    let mut anna = Client::new(membership_offers::server::web::app(support::state(&test_db, date("2026-03-16"))));
    anna.sign_in("anna@contoso.example").await;
    let disposition = |reply: &support::Reply| reply.headers.get("content-disposition").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let de = anna.get(&format!("/offers/{id}/calendar.ics?lang=de")).await;
    assert_eq!(disposition(&de), "attachment; filename=\"Action_Pack_subscription___dates.ics\"; filename*=UTF-8''Action%20Pack-Abonnement%20%E2%80%93%20Termine.ics");
    let zh = anna.get(&format!("/offers/{id}/calendar.ics?lang=zh")).await;
    assert!(disposition(&zh).contains("filename*=UTF-8''") && disposition(&zh).contains("%E6%97%A5%E6%9C%9F.ics"), "{}", disposition(&zh));
}
