//! E-mail over real SMTP: the job runner delivers the outbox to a local SMTP server
//! (PyPI `aiosmtpd`, started by the test), each message in its recipient's language,
//! HTML and plain text, the invoice PDF attached, nothing secret inside.

use crate::support;

use http::StatusCode;
use membership_offers::i18n::{arg, Lang};
use membership_offers::server::jobs;
use membership_offers::server::mail::Mailer;
use membership_offers::server::web::app;
use membership_offers::view::labels::offer_name;
use membership_offers::domain::offer::OfferKind;
use support::{date, state, Client, SmtpSink, TestDb};

const TODAY: &str = "2026-03-16";

#[tokio::test]
async fn every_recipient_gets_the_order_by_smtp_in_their_language_with_the_invoice() {
    let sink = SmtpSink::start();
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut app_state = state(&test_db, date(TODAY));
    app_state.mailer = Mailer::from_settings(Some(&sink.url), std::env::temp_dir()).unwrap();
    // Five Global admins of Contoso, one per language, besides Anna (Dutch, the
    // organization's language).
    let (contoso,): (i64,) = sqlx::query_as("SELECT id FROM organizations WHERE legal_name = 'Contoso Ltd'").fetch_one(test_db.db.pool()).await.unwrap();
    for lang in Lang::ALL {
        let (user,): (i64,) = sqlx::query_as(
            "INSERT INTO users (organization_id, email, display_name, password_hash, lang, active, created_at) \
             VALUES ($1, $2, 'Admin', 'x', $3, 1, '2026-01-01T00:00:00Z') RETURNING id",
        )
        .bind(contoso)
        .bind(format!("admin-{}@contoso.example", lang.code()))
        .bind(lang.code())
        .fetch_one(test_db.db.pool())
        .await
        .unwrap();
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, 'global-admin')").bind(user).execute(test_db.db.pool()).await.unwrap();
    }
    let mut client = Client::new(app(app_state.clone()));
    client.sign_in("anna@contoso.example").await;
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM subscriptions WHERE organization_id = $1 AND offer_code = 'action-pack'").bind(contoso).fetch_one(test_db.db.pool()).await.unwrap();
    let fields = [("method", "card"), ("card_holder", "Anna de Vries"), ("card_number", "4242 4242 4242 4242"), ("card_expiry", "12/35"), ("card_cvc", "737")];
    let review = client.post_form(&format!("/offers/{id}/renew"), &fields).await;
    let bought = client.post_form(review.location(), &[]).await;
    assert_eq!(bought.status, StatusCode::SEE_OTHER, "{bought:?}");

    let report = jobs::run_due(&app_state, "mail-test").await.unwrap();
    assert_eq!(report.failed, 0, "{report:?}");
    let received = sink.messages();
    assert_eq!(received.len(), 6, "Anna and the five admins: {:?}", received.iter().map(|m| &m.to).collect::<Vec<_>>());
    for lang in Lang::ALL {
        let i18n = app_state.locales().i18n(lang);
        let expected = i18n.tr("mail-subject-order-placed", &[("offer", arg(offer_name(&i18n, OfferKind::ActionPack)))]);
        let to = format!("admin-{}@contoso.example", lang.code());
        let mail = received.iter().find(|m| m.to == to).unwrap_or_else(|| panic!("no mail to {to}"));
        assert_eq!(mail.subject, expected, "{}", lang.code());
        assert!(mail.text.contains("MO-0000001") && mail.html.contains("MO-0000001"), "{}: {}", lang.code(), mail.text);
        assert!(mail.text.contains(&format!("http://127.0.0.1:3000/offers/{id}")), "the link to the portal");
        let (name, pdf) = mail.attachments.first().unwrap_or_else(|| panic!("{}: no attachment", lang.code()));
        assert!(name.ends_with(".pdf") && pdf.starts_with(b"%PDF"), "{name}");
        for secret in ["4242", "737", "demo-password-1", "mo_session"] {
            assert!(!mail.text.contains(secret) && !mail.html.contains(secret), "{} leaks {secret}", lang.code());
        }
    }
    // Delivered once: running the jobs again sends nothing more.
    jobs::run_due(&app_state, "mail-test").await.unwrap();
    assert_eq!(sink.messages().len(), 6);
}

#[tokio::test]
async fn without_smtp_the_mail_is_written_as_eml_files() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut app_state = state(&test_db, date(TODAY));
    let folder = std::env::temp_dir().join(format!("mo_eml_{:016x}", rand::random::<u64>()));
    app_state.mailer = Mailer::from_settings(None, folder.clone()).unwrap();
    // The lapse notice of Contoso's Gold competency is due on the first day.
    let report = jobs::tick(&app_state, "eml-test").await.unwrap();
    assert_eq!(report.failed, 0);
    let files: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "eml")).collect();
    assert!(!files.is_empty());
    let subjects: Vec<String> = files.iter().map(|f| support::ReceivedMail::parse(&std::fs::read(f).unwrap()).subject).collect();
    let nl = app_state.locales().i18n(Lang::Nl);
    let gold = offer_name(&nl, OfferKind::parse_code("competency-data-analytics-gold").unwrap());
    let lapsed = nl.tr("mail-subject-lapsed", &[("offer", arg(gold))]);
    assert!(subjects.contains(&lapsed), "Contoso writes Dutch: {subjects:?}");
    let _ = std::fs::remove_dir_all(&folder);
}
