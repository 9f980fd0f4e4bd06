//! Support requests and the network staff console, on SQLite and PostgreSQL: partners
//! open, follow, answer and close their requests; support agents work the queue across
//! organizations, complete or decline cancellations (with a refund and credit note when
//! they choose one) and keep competency requirement records. Tenancy both ways: a
//! partner never sees another organization's request nor the console, and staff never
//! act as a partner.

use crate::support;

use http::StatusCode;
use membership_offers::i18n::Lang;
use membership_offers::server::jobs;
use membership_offers::server::service::cycle::LAPSE_NOTICE;
use membership_offers::server::store::jobs::{self as job_store, NewJob};
use membership_offers::server::web::app;
use support::{Client, TestDb, contoso_action_pack, date, scalar, state, text};

const TODAY: &str = "2026-03-16";




async fn signed_in(test_db: &TestDb, email: &str) -> Client {
    let mut client = Client::new(app(state(test_db, date(TODAY))));
    client.sign_in(email).await;
    client
}

/// Anna opens a request about sign-in; returns its id.
async fn opened_request(client: &mut Client) -> i64 {
    opened_request_about(client, "sign-in-accounts", "Cannot add a user").await
}

/// The signed-in partner opens a request of `problem_type` titled `subject`; returns its id.
async fn opened_request_about(client: &mut Client, problem_type: &str, subject: &str) -> i64 {
    let fields = [("problem_type", problem_type), ("subject", subject), ("description", "The Users page refuses sam@contoso.example.")];
    let opened = client.post_form("/support/new", &fields).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{opened:?}");
    let location = opened.location().to_string();
    assert!(location.ends_with("?done=opened"), "{location}");
    location.trim_start_matches("/support/").trim_end_matches("?done=opened").parse().unwrap()
}

#[tokio::test]
async fn a_new_request_with_bad_input_comes_back_with_the_partners_input_and_the_message_next_to_the_field() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let page = anna.post_form("/support/new?lang=en", &[("problem_type", ""), ("subject", "  "), ("description", "Please help\u{7}")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{page:?}");
    assert_eq!(page.heading(), "New request");
    let alerts = page.alerts();
    assert_eq!(alerts.iter().filter(|a| *a == "Please fill in this field.").count(), 2, "{alerts:?}");
    assert!(alerts.iter().any(|a| a == "This contains characters that are not allowed."), "{alerts:?}");
    assert_eq!(page.field_value("description").as_deref(), Some("Please help\u{7}"));
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM support_requests").await, 0);
}

/// The rows of a page's table, each as the text a person reads across it.
fn rows(page: &support::Reply) -> Vec<String> {
    page.texts_of("tbody tr")
}

#[tokio::test]
async fn subject_and_description_past_their_limits_come_back_with_the_input_and_the_message_next_to_each_field() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let (subject, description) = ("S".repeat(121), "D".repeat(4001));
    let fields = [("problem_type", "other"), ("subject", subject.as_str()), ("description", description.as_str())];
    let page = anna.post_form("/support/new?lang=en", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{page:?}");
    assert_eq!(page.heading(), "New request");
    assert_eq!(page.texts_of("#field-subject-error"), ["This is too long."], "{page:?}");
    assert_eq!(page.texts_of("#field-description-error"), ["This is too long."], "{page:?}");
    assert_eq!(page.field_value("subject"), Some(subject));
    assert_eq!(page.field_value("description"), Some(description));
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM support_requests").await, 0);
    // At the limits exactly, the request is sent.
    let (subject, description) = ("S".repeat(120), "D".repeat(4000));
    let fields = [("problem_type", "other"), ("subject", subject.as_str()), ("description", description.as_str())];
    let sent = anna.post_form("/support/new?lang=en", &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{sent:?}");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM support_requests").await, 1);
}

#[tokio::test]
async fn the_queue_holds_every_organizations_requests_oldest_first_and_filters_by_status_problem_type_and_organization() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let contoso_request = opened_request(&mut anna).await;
    let mut lukas = signed_in(&test_db, "lukas@fabrikam.example").await;
    opened_request_about(&mut lukas, "invoice-payment-reconciliation", "Rechnungsadresse falsch").await;
    let fabrikam = scalar(&test_db, "SELECT id FROM organizations WHERE legal_name = 'Fabrikam GmbH'").await;

    let mut agent = signed_in(&test_db, "support@network.example").await;
    let queue = agent.get("/staff?lang=en").await;
    assert!(queue.text().contains("2 requests are open."), "{queue:?}");
    let all = rows(&queue);
    assert_eq!(all.len(), 2, "{queue:?}");
    assert!(all[0].contains("Contoso Ltd") && all[0].contains("Cannot add a user"), "oldest first: {all:?}");
    assert!(all[1].contains("Fabrikam GmbH") && all[1].contains("Rechnungsadresse falsch"), "{all:?}");

    let by_organization = rows(&agent.get(&format!("/staff?organization={fabrikam}&lang=en")).await);
    assert_eq!(by_organization.len(), 1, "{by_organization:?}");
    assert!(by_organization[0].contains("Fabrikam GmbH"), "{by_organization:?}");
    let by_problem = rows(&agent.get("/staff?problem=sign-in-accounts&lang=en").await);
    assert_eq!(by_problem.len(), 1, "{by_problem:?}");
    assert!(by_problem[0].contains("Cannot add a user") && by_problem[0].contains("Sign-in, users and roles"), "{by_problem:?}");

    let action = format!("/staff/requests/{contoso_request}");
    let set = agent.post_form(&action, &[("intent", "status"), ("status", "in-progress")]).await;
    assert_eq!(set.location(), format!("{action}?done=status"), "{set:?}");
    let in_progress = rows(&agent.get("/staff?status=in-progress&lang=en").await);
    assert_eq!(in_progress.len(), 1, "{in_progress:?}");
    assert!(in_progress[0].contains("Contoso Ltd") && in_progress[0].contains("In progress"), "{in_progress:?}");
    let open = rows(&agent.get("/staff?status=open&lang=en").await);
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0].contains("Fabrikam GmbH"), "{open:?}");
    // Filters combine: Fabrikam has nothing in progress.
    let none = agent.get(&format!("/staff?status=in-progress&organization={fabrikam}&lang=en")).await;
    assert!(rows(&none).is_empty(), "{none:?}");
    assert!(none.text().contains("There are no requests here."), "{none:?}");
}

#[tokio::test]
async fn the_status_staff_set_is_what_the_partner_sees_and_filters_by() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let first = opened_request(&mut anna).await;
    opened_request_about(&mut anna, "membership-offers", "Where is the Gold tile?").await;
    let mut agent = signed_in(&test_db, "support@network.example").await;
    let action = format!("/staff/requests/{first}");
    let page = agent.get(&format!("{action}?lang=en")).await;
    assert!(page.texts_of("label").iter().any(|label| label == "Status"), "{page:?}");
    let set = agent.post_form(&action, &[("intent", "status"), ("status", "resolved")]).await;
    assert_eq!(set.location(), format!("{action}?done=status"), "{set:?}");
    let done = agent.get(&format!("{action}?done=status&lang=en")).await;
    assert!(done.texts_of(".badge").iter().any(|badge| badge == "Resolved"), "{done:?}");

    let seen = anna.get(&format!("/support/{first}?lang=en")).await;
    assert!(seen.texts_of(".badge").iter().any(|badge| badge == "Resolved"), "{seen:?}");
    let all = rows(&anna.get("/support?lang=en").await);
    assert_eq!(all.len(), 2, "{all:?}");
    let resolved = anna.get("/support?status=resolved&lang=en").await;
    assert_eq!(resolved.attribute("#filter-status option[selected]", "value").as_deref(), Some("resolved"), "{resolved:?}");
    let resolved = rows(&resolved);
    assert_eq!(resolved.len(), 1, "{resolved:?}");
    assert!(resolved[0].contains("Cannot add a user") && resolved[0].contains("Resolved"), "{resolved:?}");
    let open = rows(&anna.get("/support?status=open&lang=en").await);
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0].contains("Where is the Gold tile?") && open[0].contains("Open"), "{open:?}");
    let closed = anna.get("/support?status=closed&lang=en").await;
    assert!(rows(&closed).is_empty(), "{closed:?}");
    // An unknown status is refused next to the field, and nothing changes.
    let bad = agent.post_form(&format!("{action}?lang=en"), &[("intent", "status"), ("status", "lost")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
    assert_eq!(text(&test_db, &format!("SELECT status FROM support_requests WHERE id = {first}")).await, "resolved");
}

#[tokio::test]
async fn a_request_goes_from_open_to_closed_with_staff_replies_notified_to_the_partner() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let id = opened_request(&mut anna).await;
    let page = anna.get(&format!("/support/{id}?done=opened&lang=en")).await;
    assert_eq!(page.heading(), format!("Request SR-{id:06}: Cannot add a user"));
    assert!(page.statuses().iter().any(|s| s.contains("Your request was sent")), "{page:?}");
    let list = anna.get("/support?lang=en").await;
    assert!(list.text().contains("Cannot add a user"), "{list:?}");
    assert!(list.texts_of("td").iter().any(|cell| cell == "Open"), "{list:?}");

    // Staff see it in the queue across organizations, with the open count.
    let mut agent = signed_in(&test_db, "support@network.example").await;
    let queue = agent.get("/staff?lang=en").await;
    assert_eq!(queue.heading(), "Support requests");
    assert!(queue.text().contains("One request is open."), "{queue:?}");
    assert!(queue.texts_of("td").iter().any(|cell| cell == "Contoso Ltd"), "{queue:?}");
    let action = format!("/staff/requests/{id}");
    let assigned = agent.post_form(&action, &[("intent", "assign")]).await;
    assert_eq!(assigned.location(), format!("{action}?done=assigned"));
    let mine = agent.get("/staff?mine=1&lang=en").await;
    assert!(mine.text().contains("Cannot add a user"), "{mine:?}");
    // An empty reply is refused next to the field; a real one reaches the partner.
    let empty = agent.post_form(&format!("{action}?lang=en"), &[("intent", "reply"), ("body", " ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.alerts().iter().any(|a| a == "Please fill in this field."), "{empty:?}");
    let replied = agent.post_form(&action, &[("intent", "reply"), ("body", "Which error do you see?")]).await;
    assert_eq!(replied.location(), format!("{action}?done=replied"));
    assert_eq!(text(&test_db, &format!("SELECT status FROM support_requests WHERE id = {id}")).await, "waiting-partner");
    let notifications = anna.get("/notifications?lang=en").await;
    assert!(notifications.text().contains(&format!("Partner Support answered your request SR-{id:06}: Cannot add a user.")), "{notifications:?}");
    let seen = anna.get(&format!("/support/{id}?lang=en")).await;
    assert!(seen.text().contains("Which error do you see?"), "{seen:?}");
    assert!(seen.texts_of("td, .badge").iter().any(|cell| cell == "Waiting for you"), "{seen:?}");

    // The partner answers (back to In progress), then closes; a closed request takes
    // no more messages from either side.
    let answered = anna.post_form(&format!("/support/{id}"), &[("intent", "reply"), ("body", "It says the e-mail is taken.")]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{answered:?}");
    assert_eq!(text(&test_db, &format!("SELECT status FROM support_requests WHERE id = {id}")).await, "in-progress");
    let closed = anna.post_form(&format!("/support/{id}"), &[("intent", "close")]).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{closed:?}");
    let late = agent.post_form(&format!("{action}?lang=en"), &[("intent", "reply"), ("body", "Still there?")]).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{late:?}");
    assert!(late.alerts().iter().any(|a| a.contains("This request is closed")), "{late:?}");
    let queue = agent.get("/staff?lang=en").await;
    assert!(queue.text().contains("No requests are open."), "{queue:?}");
    // Every staff action is in the partner's audit log, under the staff user.
    let audit = anna.get("/audit?lang=en").await;
    assert!(audit.text().contains("Support request handled by Partner Support"), "{audit:?}");
    assert!(audit.text().contains("support@network.example"), "{audit:?}");
}

#[tokio::test]
async fn partners_see_only_their_own_requests_and_never_the_console_and_staff_never_act_as_partners() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let id = opened_request(&mut anna).await;
    let mut lukas = signed_in(&test_db, "lukas@fabrikam.example").await;
    assert_eq!(lukas.get(&format!("/support/{id}?lang=en")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(lukas.post_form(&format!("/support/{id}"), &[("intent", "reply"), ("body", "Hello")]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(lukas.post_form(&format!("/support/{id}"), &[("intent", "close")]).await.status, StatusCode::NOT_FOUND);
    assert!(!lukas.get("/support?lang=en").await.text().contains("Cannot add a user"));
    for path in ["/staff", "/staff/transfers", "/staff/competencies", &format!("/staff/requests/{id}")] {
        assert_eq!(anna.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let post = anna.post_form(&format!("/staff/requests/{id}"), &[("intent", "assign")]).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
    let post = anna.post_form("/staff/competencies", &[("organization", "1"), ("area", "cloud-platform"), ("status", "complete")]).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM support_events WHERE kind = 'assigned'").await, 0);

    // Staff: the front door is the console; partner pages and actions do not exist.
    let mut agent = signed_in(&test_db, "support@network.example").await;
    assert_eq!(agent.get("/").await.location(), "/staff");
    let action_pack = contoso_action_pack(&test_db).await;
    for path in [format!("/offers/{action_pack}"), "/invoices".to_string(), "/support".to_string(), "/competencies".to_string()] {
        assert_eq!(agent.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let renew = agent.post_form(&format!("/offers/{action_pack}/renew"), &[("method", "card")]).await;
    assert_eq!(renew.status, StatusCode::NOT_FOUND);
    let off = agent.post_form(&format!("/offers/{action_pack}"), &[("intent", "auto-renewal-off")]).await;
    assert_eq!(off.status, StatusCode::NOT_FOUND);
    let cancel = agent.post_form(&format!("/offers/{action_pack}/cancel"), &[("subject", "x"), ("description", "y")]).await;
    assert_eq!(cancel.status, StatusCode::NOT_FOUND);
    let new = agent.post_form("/support/new", &[("problem_type", "other"), ("subject", "x"), ("description", "y")]).await;
    assert_eq!(new.status, StatusCode::NOT_FOUND);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM support_requests").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM orders").await, 0);
}

#[tokio::test]
async fn before_a_cancellation_is_sent_the_page_lists_the_benefits_that_end_and_the_days_they_end_on() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let fmt = app_state.formatters.get(Lang::En);
    let mut anna = Client::new(app(app_state.clone()));
    anna.sign_in("anna@contoso.example").await;
    // The Action Pack is in its renewal window: its term has ended, so a cancellation
    // takes effect today whichever the partner asks for.
    let action_pack = contoso_action_pack(&test_db).await;
    let form = anna.get(&format!("/offers/{action_pack}/cancel?lang=en")).await;
    let today = fmt.date(date(TODAY));
    assert_eq!(form.texts_of("#loses-when"), [format!("The benefits of Action Pack subscription end when the cancellation takes effect: today, {today}.")], "{form:?}");
    let benefits = ["Dedicated support", "Marketing resources", "Insights and business-planning tools", "Cloud-focused training"];
    assert_eq!(form.texts_of("#loses-what li"), benefits, "{form:?}");

    // The Silver competency's term runs until 2026-06-24: at its end, or today.
    let silver = scalar(&test_db, "SELECT s.id FROM subscriptions s JOIN organizations o ON o.id = s.organization_id WHERE o.legal_name = 'Contoso Ltd' AND s.offer_code = 'competency-cloud-platform-silver'").await;
    let form = anna.get(&format!("/offers/{silver}/cancel?lang=en")).await;
    let end = fmt.date(date("2026-06-25"));
    let when = format!("The benefits of Silver competency: Cloud Platform end when the cancellation takes effect: on {end} at the end of the current term, or today, {today}, if you ask for it now.");
    assert_eq!(form.texts_of("#loses-when"), [when], "{form:?}");
    assert_eq!(form.texts_of("#loses-what li"), ["From that day your organization no longer holds the Silver competency: Cloud Platform."], "{form:?}");
}

/// Anna asks to cancel Contoso's Action Pack; returns (subscription id, request id).
async fn cancellation_requested(test_db: &TestDb, anna: &mut Client, effect: &str) -> (i64, i64) {
    let id = contoso_action_pack(test_db).await;
    let form = anna.get(&format!("/offers/{id}/cancel?lang=en")).await;
    assert!(form.text().contains("What you lose, and when"), "{form:?}");
    assert_eq!(form.field_value("subject").as_deref(), Some("Cancel Action Pack subscription"));
    let fields = [("subject", "Cancel Action Pack subscription"), ("description", "We no longer need it."), ("effect", effect)];
    let sent = anna.post_form(&format!("/offers/{id}/cancel"), &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{sent:?}");
    let request: i64 = sent.location().trim_start_matches("/support/").trim_end_matches("?done=opened").parse().unwrap();
    (id, request)
}

#[tokio::test]
async fn staff_complete_a_cancellation_now_and_the_partner_sees_it_cancelled_and_is_notified() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let mut anna = Client::new(app(app_state.clone()));
    anna.sign_in("anna@contoso.example").await;
    let (id, request) = cancellation_requested(&test_db, &mut anna, "now").await;
    // A lapse notice the scheduler has enqueued and the runner not yet sent.
    let later = app_state.core.clock.now() + chrono::Duration::days(6);
    let subject = format!("subscription:{id}");
    let notice = NewJob { kind: LAPSE_NOTICE, payload: "{}", unique_key: "lapse-test", subject: Some(&subject), due_at: later, max_attempts: 3 };
    assert!(job_store::enqueue(test_db.db.pool(), &notice, app_state.core.clock.now()).await.unwrap());
    let pending = format!("SELECT COUNT(*) FROM jobs WHERE subject = '{subject}' AND status = 'pending'");
    assert_eq!(scalar(&test_db, &pending).await, 1);
    assert_eq!(text(&test_db, &format!("SELECT problem_type FROM support_requests WHERE id = {request}")).await, "invoice-payment-reconciliation");
    let mut agent = Client::new(app(app_state.clone()));
    agent.sign_in("support@network.example").await;
    let page = agent.get(&format!("/staff/requests/{request}?lang=en")).await;
    assert!(page.text().contains("Complete the cancellation"), "{page:?}");
    let done = agent.post_form(&format!("/staff/requests/{request}"), &[("intent", "complete"), ("effect", "now")]).await;
    assert_eq!(done.location(), format!("/staff/requests/{request}?done=completed"));
    assert_eq!(text(&test_db, &format!("SELECT auto_renewal FROM subscriptions WHERE id = {id}")).await, "off");
    assert_eq!(text(&test_db, &format!("SELECT status FROM support_requests WHERE id = {request}")).await, "resolved");
    assert_eq!(scalar(&test_db, &pending).await, 0, "pending reminders are cancelled");
    let details = anna.get(&format!("/offers/{id}?lang=en")).await;
    assert!(details.texts_of(".badge").iter().any(|b| b == "Cancelled"), "{details:?}");
    let notifications = anna.get("/notifications?lang=en").await;
    assert!(notifications.text().contains("Your Action Pack subscription is cancelled."), "{notifications:?}");
    let audit = anna.get("/audit?lang=en").await;
    assert!(audit.text().contains("Cancellation completed by Partner Support"), "{audit:?}");
    // Completing it again does nothing more.
    let again = agent.post_form(&format!("/staff/requests/{request}?lang=en"), &[("intent", "complete"), ("effect", "now")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // A month on, the scheduler sends nothing more about it.
    app_state.core.clock.advance(chrono::Duration::days(40));
    jobs::tick(&app_state, "test-worker").await.unwrap();
    assert_eq!(scalar(&test_db, &format!("SELECT COUNT(*) FROM jobs WHERE subject = '{subject}' AND status = 'done'")).await, 0);
}

#[tokio::test]
async fn a_cancellation_with_a_refund_refunds_the_card_once_and_issues_a_credit_note_in_its_own_series() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    // Renew by card first, so the current term has a card payment.
    let id = contoso_action_pack(&test_db).await;
    let review = anna.post_form(&format!("/offers/{id}/renew"), &[("method", "card"), ("card_holder", "Anna de Vries"), ("card_number", "4242 4242 4242 4242"), ("card_expiry", "12/30"), ("card_cvc", "123")]).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{review:?}");
    let bought = anna.post_form(review.location(), &[]).await;
    assert!(bought.location().ends_with("/done"), "{bought:?}");
    let (_, request) = cancellation_requested(&test_db, &mut anna, "end-of-term").await;
    let mut agent = signed_in(&test_db, "support@network.example").await;
    let done = agent.post_form(&format!("/staff/requests/{request}"), &[("intent", "complete"), ("effect", "end-of-term"), ("refund", "yes")]).await;
    assert_eq!(done.location(), format!("/staff/requests/{request}?done=completed"), "{done:?}");
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_refunds").await, 1);
    assert_eq!(text(&test_db, "SELECT number FROM credit_notes").await, "CN-2026-000001");
    let invoice_total = scalar(&test_db, "SELECT total_minor FROM invoices").await;
    assert_eq!(scalar(&test_db, "SELECT total_minor FROM credit_notes").await, -invoice_total);
    // A retry refunds nothing twice.
    let again = agent.post_form(&format!("/staff/requests/{request}"), &[("intent", "complete"), ("effect", "end-of-term"), ("refund", "yes")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM sandbox_refunds").await, 1);
    assert_eq!(scalar(&test_db, "SELECT COUNT(*) FROM credit_notes").await, 1);
    // The partner finds the credit note on the Invoices page, in the export and as a PDF.
    let invoices = anna.get("/invoices?lang=en").await;
    assert!(invoices.text().contains("Credit notes"), "{invoices:?}");
    assert!(invoices.texts_of("th").iter().any(|cell| cell == "CN-2026-000001"), "{invoices:?}");
    assert!(invoices.text().contains("Credited by CN-2026-000001"), "{invoices:?}");
    assert!(invoices.text().contains("Cancellation with refund"), "{invoices:?}");
    let (status, _, csv) = anna.get_bytes("/invoices/export.csv?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    let csv = String::from_utf8(csv).unwrap();
    let line = csv.lines().find(|line| line.starts_with("CN-2026-000001")).unwrap_or_else(|| panic!("{csv}"));
    assert!(line.contains(",-"), "a negative amount: {line}");
    let credit = scalar(&test_db, "SELECT id FROM credit_notes").await;
    let (status, headers, pdf) = anna.get_bytes(&format!("/credit-notes/{credit}/pdf?pdf_lang=zh")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(pdf.starts_with(b"%PDF"), "{headers:?}");
    assert!(headers[http::header::CONTENT_DISPOSITION].to_str().unwrap().contains("credit-note-CN-2026-000001.pdf"));
    let mut lukas = signed_in(&test_db, "lukas@fabrikam.example").await;
    assert_eq!(lukas.get_bytes(&format!("/credit-notes/{credit}/pdf")).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_declined_cancellation_changes_nothing_and_tells_the_partner_why() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let (id, request) = cancellation_requested(&test_db, &mut anna, "now").await;
    let before = text(&test_db, &format!("SELECT anniversary || auto_renewal FROM subscriptions WHERE id = {id}")).await;
    let mut agent = signed_in(&test_db, "support@network.example").await;
    let action = format!("/staff/requests/{request}");
    let empty = agent.post_form(&format!("{action}?lang=en"), &[("intent", "decline"), ("body", "")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let declined = agent.post_form(&action, &[("intent", "decline"), ("body", "Your organization has an open order for this offer.")]).await;
    assert_eq!(declined.location(), format!("{action}?done=declined"));
    assert_eq!(text(&test_db, &format!("SELECT anniversary || auto_renewal FROM subscriptions WHERE id = {id}")).await, before);
    let page = anna.get(&format!("/support/{request}?lang=en")).await;
    assert!(page.text().contains("Your organization has an open order for this offer."), "{page:?}");
    let notifications = anna.get("/notifications?lang=en").await;
    assert!(notifications.text().contains("declined the cancellation"), "{notifications:?}");
}

#[tokio::test]
async fn staff_set_requirement_status_and_the_partner_sees_what_is_missing() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let contoso = scalar(&test_db, "SELECT id FROM organizations WHERE legal_name = 'Contoso Ltd'").await.to_string();
    let mut agent = signed_in(&test_db, "support@network.example").await;
    let console = agent.get("/staff/competencies?lang=en").await;
    assert_eq!(console.heading(), "Competency requirements");
    let fields = [("organization", contoso.as_str()), ("area", "cloud-platform"), ("status", "incomplete"), ("missing", "customer-references"), ("missing", "technical-assessment")];
    let saved = agent.post_form("/staff/competencies", &fields).await;
    assert_eq!(saved.location(), "/staff/competencies?done=saved");
    let mut anna = signed_in(&test_db, "anna@contoso.example").await;
    let page = anna.get("/competencies?lang=en").await;
    assert_eq!(page.heading(), "Competencies");
    assert!(page.text().contains("Still missing:"), "{page:?}");
    assert!(page.texts_of("li").iter().any(|item| item == "Customer references"), "{page:?}");
    assert!(page.texts_of("li").iter().any(|item| item == "Technical assessment"), "{page:?}");
    assert!(page.links().contains(&"/offers".to_string()));
    let audit = anna.get("/audit?lang=en").await;
    assert!(audit.text().contains("Competency requirement status set by Partner Support"), "{audit:?}");
}

#[tokio::test]
async fn the_competency_records_come_in_pages_of_twenty_with_a_search_and_saving_keeps_the_page() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let clock = membership_offers::server::clock::Clock::fixed_date(date(TODAY));
    membership_offers::server::seed::seed_labs(&test_db.db, &clock).await.expect("lab organizations");
    let total = scalar(&test_db, "SELECT COUNT(DISTINCT organization_id) FROM competency_status").await as usize;
    assert!(total > 40, "the labs give more than two pages: {total}");
    let mut agent = signed_in(&test_db, "support@network.example").await;

    let first = agent.get("/staff/competencies?lang=en").await;
    assert_eq!(first.statuses(), [format!("Organizations 1–20 of {total}")], "{first:?}");
    assert_eq!(first.texts_of("main section.card h2").len(), 20);
    assert_eq!(first.texts_of("nav.pager span"), [format!("Page 1 of {}", total.div_ceil(20))]);
    assert!(first.links().contains(&"/staff/competencies?page=2".to_string()), "{:?}", first.links());

    let second = agent.get("/staff/competencies?page=2&lang=en").await;
    assert_eq!(second.statuses(), [format!("Organizations 21–40 of {total}")]);
    assert!(second.texts_of("main section.card h2").iter().all(|name| !first.texts_of("main section.card h2").contains(name)));

    let found = agent.get("/staff/competencies?q=fabrikam&lang=en").await;
    let names = found.texts_of("main section.card h2");
    assert!(!names.is_empty() && names.iter().all(|name| name.to_lowercase().contains("fabrikam")), "{names:?}");
    let none = agent.get("/staff/competencies?q=no+such+partner&lang=en").await;
    assert_eq!(none.statuses(), ["No organization’s name contains “no such partner”."]);
    assert!(none.texts_of("main section.card").is_empty());

    // Saving a card of page 2 of a search returns there, and nothing but q and page is kept.
    let organization = scalar(&test_db, "SELECT MIN(organization_id) FROM competency_status").await.to_string();
    let fields = [("organization", organization.as_str()), ("area", "cloud-platform"), ("status", "complete"), ("back", "q=lab&page=2&next=https://evil.example")];
    let saved = agent.post_form("/staff/competencies", &fields).await;
    assert_eq!(saved.location(), "/staff/competencies?q=lab&page=2&done=saved");
}
