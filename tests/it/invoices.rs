//! Invoices: the PDF in every language (checked with pdftotext and qpdf), access by
//! organization and role, and the reconciliation CSV.

use crate::support;

use http::StatusCode;
use membership_offers::i18n::{arg, Lang};
use membership_offers::server::web::app;
use membership_offers::server::state::AppState;
use membership_offers::server::store::credit_notes::{self, CreditReason};
use membership_offers::server::store::invoices;
use support::{date, pdf_text, state, Client, TestDb};

const TODAY: &str = "2026-03-16";

/// Anna renews Contoso's Action Pack by card; returns the invoice id.
async fn renewed() -> (TestDb, AppState, Client, i64) {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let mut client = Client::new(app(app_state.clone()));
    client.sign_in("anna@contoso.example").await;
    let (id,): (i64,) = sqlx::query_as(
        "SELECT s.id FROM subscriptions s JOIN organizations o ON o.id = s.organization_id WHERE o.legal_name = 'Contoso Ltd' AND s.offer_code = 'action-pack'",
    )
    .fetch_one(test_db.db.pool())
    .await
    .unwrap();
    let fields = [("method", "card"), ("card_holder", "Anna"), ("card_number", "4242424242424242"), ("card_expiry", "12/30"), ("card_cvc", "123")];
    let review = client.post_form(&format!("/offers/{id}/renew"), &fields).await.location().to_string();
    let done = client.post_form(&review, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let (invoice,): (i64,) = sqlx::query_as("SELECT id FROM invoices").fetch_one(test_db.db.pool()).await.unwrap();
    (test_db, app_state, client, invoice)
}

#[tokio::test]
async fn the_invoice_pdf_shows_localized_labels_number_date_and_amount_in_every_language() {
    let (test_db, app_state, mut client, invoice) = renewed().await;
    let (from, to): (String, String) = sqlx::query_as("SELECT period_from, period_to FROM invoices").fetch_one(test_db.db.pool()).await.unwrap();
    for lang in Lang::ALL {
        let reply = client.get_bytes(&format!("/invoices/{invoice}/pdf?pdf_lang={}", lang.code())).await;
        assert_eq!(reply.0, StatusCode::OK);
        // The file is named in the PDF's language; the plain `filename` stays ASCII.
        let file = i18n_file_name(&app_state, lang, "invoice-file-name", "2026-000001");
        let fallback = if file.is_ascii() { file.clone() } else { "invoice-2026-000001.pdf".to_string() };
        let disposition = reply.1.get("content-disposition").unwrap().to_str().unwrap().to_string();
        assert_eq!(disposition, format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{}", percent_decoded_check(&disposition, &file)));
        assert_eq!(reply.1.get("x-content-type-options").unwrap(), "nosniff");
        assert!(reply.1.get("content-security-policy").unwrap().to_str().unwrap().contains("default-src 'none'"));
        let text = pdf_text(&reply.2);
        let i18n = app_state.locales().i18n(lang);
        let fmt = app_state.formatters.get(lang);
        for label in ["invoice-pdf-heading", "invoice-pdf-net", "invoice-pdf-total", "invoice-pdf-bill-to", "invoice-pdf-number", "invoice-pdf-period"] {
            assert!(text.contains(&i18n.t(label)), "{}: {label} missing in\n{text}", lang.code());
        }
        assert!(text.contains("2026-000001"), "{text}");
        assert!(text.contains(&fmt.date(date(TODAY))), "{}: date missing in\n{text}", lang.code());
        let total = fmt.money(57_475, "EUR", 2).replace('\u{a0}', " ");
        assert!(text.replace('\u{a0}', " ").contains(&total), "{}: total {total} missing in\n{text}", lang.code());
        let period = i18n.tr("invoice-pdf-period-value", &[("from", arg(fmt.short_date(date(&from)))), ("to", arg(fmt.short_date(date(&to))))]);
        assert!(text.replace('\u{a0}', " ").contains(&period.replace('\u{a0}', " ")), "{}: period {period} missing in\n{text}", lang.code());
    }
}

/// The file name the message `id` gives in `lang`.
fn i18n_file_name(app_state: &membership_offers::server::state::AppState, lang: Lang, id: &str, number: &str) -> String {
    app_state.locales().i18n(lang).tr(id, &[("number", arg(number))])
}

/// The `filename*` value of `disposition`, checked to decode to `file`.
fn percent_decoded_check(disposition: &str, file: &str) -> String {
    let encoded = disposition.split("filename*=UTF-8''").nth(1).expect("a filename* parameter").to_string();
    let decoded: Vec<u8> = form_urlencoded::parse(format!("x={encoded}").as_bytes()).next().map(|(_, v)| v.into_owned().into_bytes()).unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), file, "{disposition}");
    encoded
}

#[tokio::test]
async fn the_credit_note_pdf_names_the_invoice_it_credits_with_negative_amounts_in_every_language() {
    let (test_db, app_state, mut client, invoice) = renewed().await;
    let (org,): (i64,) = sqlx::query_as("SELECT organization_id FROM invoices").fetch_one(test_db.db.pool()).await.unwrap();
    let stored = invoices::invoice(test_db.db.pool(), org, invoice).await.unwrap().unwrap();
    let mut tx = test_db.db.begin_write().await.unwrap();
    let credit = credit_notes::create(&mut tx, &stored, CreditReason::CancellationRefund, date(TODAY), Some("re_test_1")).await.unwrap();
    tx.commit().await.unwrap();
    for lang in Lang::ALL {
        let (status, headers, bytes) = client.get_bytes(&format!("/credit-notes/{}/pdf?pdf_lang={}", credit.id, lang.code())).await;
        assert_eq!(status, StatusCode::OK);
        let file = i18n_file_name(&app_state, lang, "credit-note-file-name", "CN-2026-000001");
        let disposition = headers.get("content-disposition").unwrap().to_str().unwrap().to_string();
        percent_decoded_check(&disposition, &file);
        let fallback = if file.is_ascii() { file.clone() } else { "credit-note-CN-2026-000001.pdf".to_string() };
        assert!(disposition.starts_with(&format!("attachment; filename=\"{fallback}\"; ")), "{disposition}");
        let text = pdf_text(&bytes).replace('\u{a0}', " ");
        let i18n = app_state.locales().i18n(lang);
        let fmt = app_state.formatters.get(lang);
        let expected = [
            i18n.t("credit-note-pdf-heading"),
            "CN-2026-000001".to_string(),
            i18n.tr("credit-note-credits", &[("number", membership_offers::i18n::arg("2026-000001".to_string()))]),
            i18n.t("credit-note-reason-cancellation-refund"),
            fmt.money(-57_475, "EUR", 2).replace('\u{a0}', " "),
        ];
        for part in expected {
            let part = part.replace(['\u{2068}', '\u{2069}'], "");
            assert!(text.contains(&part), "{}: {part:?} missing in\n{text}", lang.code());
        }
    }
}

#[tokio::test]
async fn the_chinese_pdf_has_chinese_labels_and_an_embedded_font() {
    let (_db, _state, mut client, invoice) = renewed().await;
    let (_, _, bytes) = client.get_bytes(&format!("/invoices/{invoice}/pdf?pdf_lang=zh")).await;
    let text = pdf_text(&bytes);
    assert!(text.contains("发票"), "{text}");
    assert!(text.contains("2026年3月16日"), "{text}");
    assert!(text.contains("€574.75"), "{text}");
}

#[tokio::test]
async fn another_organizations_invoice_answers_404_like_a_missing_one() {
    let (_db, app_state, _client, invoice) = renewed().await;
    let mut other = Client::new(app(app_state));
    other.sign_in("lukas@fabrikam.example").await;
    assert_eq!(other.get_bytes(&format!("/invoices/{invoice}/pdf")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(other.get_bytes("/invoices/999999/pdf").await.0, StatusCode::NOT_FOUND);
    let (_, _, csv) = other.get_bytes("/invoices/export.csv").await;
    assert!(!String::from_utf8_lossy(&csv).contains("2026-000001"));
}

#[tokio::test]
async fn a_user_without_a_role_cannot_download_invoices() {
    let (_db, app_state, _client, invoice) = renewed().await;
    let mut vera = Client::new(app(app_state));
    vera.sign_in("vera@contoso.example").await;
    assert_eq!(vera.get_bytes(&format!("/invoices/{invoice}/pdf")).await.0, StatusCode::FORBIDDEN);
    assert_eq!(vera.get_bytes("/invoices/export.csv").await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn downloads_need_a_session() {
    let (_db, app_state, _client, invoice) = renewed().await;
    let mut anonymous = Client::new(app(app_state));
    assert_eq!(anonymous.get_bytes(&format!("/invoices/{invoice}/pdf")).await.0, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_reconciliation_csv_has_a_bom_localized_headers_and_plain_decimals() {
    let (_db, app_state, mut client, _invoice) = renewed().await;
    let (status, headers, bytes) = client.get_bytes("/invoices/export.csv?lang=de").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("content-type").unwrap(), "text/csv; charset=utf-8");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let de = app_state.locales().i18n(Lang::De);
    let mut lines = text.trim_start_matches('\u{feff}').split("\r\n");
    assert!(lines.next().unwrap().starts_with(&de.t("invoice-csv-number")));
    assert_eq!(headers.get("content-disposition").unwrap(), "attachment; filename=\"Rechnungen.csv\"; filename*=UTF-8''Rechnungen.csv");
    let row = lines.next().unwrap();
    assert!(row.starts_with("2026-000001,2026-03-16,"), "{row}");
    assert!(row.contains(",EUR,475.00,21.00,99.75,574.75,"), "{row}");
}

#[tokio::test]
async fn the_invoices_page_lists_the_invoice_with_a_localized_amount() {
    let (_db, _state, mut client, invoice) = renewed().await;
    let page = client.get("/invoices?lang=nl").await;
    let rows = page.texts_of("tbody tr");
    assert_eq!(rows.len(), 1, "{page:?}");
    assert!(rows[0].starts_with("2026-000001") && rows[0].contains("€ 574,75"), "{rows:?}");
    assert!(page.links().contains(&format!("/invoices/{invoice}/pdf?pdf_lang=nl")), "{page:?}");
}

#[tokio::test]
async fn a_later_profile_change_never_alters_a_past_invoice() {
    let (test_db, _state, mut client, invoice) = renewed().await;
    sqlx::query("UPDATE organizations SET legal_name = 'Contoso Renamed BV' WHERE legal_name = 'Contoso Ltd'")
        .execute(test_db.db.pool())
        .await
        .unwrap();
    let (_, _, bytes) = client.get_bytes(&format!("/invoices/{invoice}/pdf?pdf_lang=en")).await;
    let text = pdf_text(&bytes);
    assert!(text.contains("Contoso Ltd") && !text.contains("Contoso Renamed"), "{text}");
}

#[tokio::test]
async fn an_invoice_pdf_is_never_stored_by_a_browser_or_a_proxy() {
    let (_db, _state, mut client, invoice) = renewed().await;
    let (status, headers, _) = client.get_bytes(&format!("/invoices/{invoice}/pdf")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["cache-control"], "no-store");
}
