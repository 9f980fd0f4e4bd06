//! Downloads: an invoice as PDF in a chosen language, and the reconciliation export.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use http::HeaderValue;
use serde::Deserialize;

use super::table::RouteTable;
use super::error::internal;
use super::extract::Partner;
use super::middleware::locale::RequestLang;
use crate::domain::offer::OfferKind;
use crate::domain::roles::Action;
use crate::i18n::{arg, Lang};
use crate::server::present::invoice_csv::reconciliation_csv;
use crate::server::present::invoice_pdf::{render_credit_note_pdf, render_pdf};
use crate::server::service::invoices::{self, Selection};
use crate::server::state::AppState;
use crate::view::AppError;

pub fn routes() -> RouteTable {
    RouteTable::new()
        .get("/invoices/{id}/pdf", pdf)
        .get("/credit-notes/{id}/pdf", credit_note_pdf)
        .get("/invoices/export.csv", export_csv)
}

#[derive(Debug, Deserialize)]
struct PdfQuery {
    /// The language of the PDF; defaults to the page's language.
    pdf_lang: Option<String>,
}

/// `GET /invoices/{id}/pdf`: the invoice as an A4 PDF in the chosen language.
#[tracing::instrument(skip_all, fields(invoice = id, org, user))]
async fn pdf(State(state): State<AppState>, Path(id): Path<i64>, Query(query): Query<PdfQuery>, partner: Partner, lang: RequestLang) -> Result<Response, AppError> {
    let partner = partner.require(Action::DownloadInvoice)?;
    let lang = query.pdf_lang.as_deref().and_then(Lang::parse).unwrap_or(lang.0);
    let invoice = invoices::invoice(&state.core, partner.organization_id, id).await?;
    let i18n = state.locales().i18n(lang);
    let formatters = state.formatters.clone();
    let font = state.invoice_font.clone();
    let rendered = tokio::task::spawn_blocking(move || render_pdf(&invoice, &i18n, formatters.get(lang), &font).map(|bytes| (invoice.number, bytes)))
        .await
        .map_err(|error| internal("the PDF task", &error))?;
    let (number, bytes) = rendered.map_err(|error| internal("rendering an invoice PDF", &error))?;
    Ok(pdf_response(&state, lang, "invoice-file-name", &number, bytes))
}

/// `GET /credit-notes/{id}/pdf`: a credit note as an A4 PDF in the chosen language.
#[tracing::instrument(skip_all, fields(credit_note = id, org, user))]
async fn credit_note_pdf(State(state): State<AppState>, Path(id): Path<i64>, Query(query): Query<PdfQuery>, partner: Partner, lang: RequestLang) -> Result<Response, AppError> {
    let partner = partner.require(Action::DownloadInvoice)?;
    let lang = query.pdf_lang.as_deref().and_then(Lang::parse).unwrap_or(lang.0);
    let (credit, invoice) = invoices::credit_note(&state.core, partner.organization_id, id).await?;
    let i18n = state.locales().i18n(lang);
    let formatters = state.formatters.clone();
    let font = state.invoice_font.clone();
    let rendered = tokio::task::spawn_blocking(move || render_credit_note_pdf(&credit, &invoice, &i18n, formatters.get(lang), &font).map(|bytes| (credit.number, bytes)))
        .await
        .map_err(|error| internal("the PDF task", &error))?;
    let (number, bytes) = rendered.map_err(|error| internal("rendering a credit note PDF", &error))?;
    Ok(pdf_response(&state, lang, "credit-note-file-name", &number, bytes))
}

/// A PDF download named by the message `file_name_id` in `lang`.
fn pdf_response(state: &AppState, lang: Lang, file_name_id: &str, number: &str, bytes: Vec<u8>) -> Response {
    let name = |lang: Lang| state.locales().i18n(lang).tr(file_name_id, &[("number", arg(number))]);
    ([(CONTENT_TYPE, HeaderValue::from_static("application/pdf")), (CONTENT_DISPOSITION, attachment(&name(lang), &name(Lang::En)))], Body::from(bytes))
        .into_response()
}

/// `Content-Disposition: attachment` with the file's name in the reader's language
/// (RFC 6266: `filename*` in UTF-8, percent-encoded per RFC 8187), and a plain ASCII
/// `filename` for clients that read only that: the name itself when it is ASCII, else
/// `english`, with anything but letters, digits, `.`, `-` and `_` made `_`.
pub fn attachment(name: &str, english: &str) -> HeaderValue {
    let fallback = if name.is_ascii() { name } else { english };
    let ascii: String = fallback.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    let mut encoded = String::new();
    for byte in name.bytes() {
        // RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")).expect("an ASCII header value")
}

#[derive(Debug, Deserialize)]
struct ExportQuery {
    offer: Option<String>,
    year: Option<i32>,
}

/// `GET /invoices/export.csv`: the invoices shown, for reconciliation.
#[tracing::instrument(skip_all, fields(org, user))]
async fn export_csv(State(state): State<AppState>, Query(query): Query<ExportQuery>, partner: Partner, lang: RequestLang) -> Result<Response, AppError> {
    let partner = partner.require(Action::DownloadInvoice)?;
    let selection = Selection { offer: query.offer.as_deref().and_then(OfferKind::parse_code), year: query.year };
    let (list, credit_notes) = invoices::matching(&state.core, partner.organization_id, selection).await?;
    let csv = reconciliation_csv(&list, &credit_notes, &state.locales().i18n(lang.0));
    let name = |lang: Lang| state.locales().i18n(lang).t("invoice-export-file-name");
    Ok(([(CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")), (CONTENT_DISPOSITION, attachment(&name(lang.0), &name(Lang::En)))], csv).into_response())
}

#[cfg(test)]
mod tests {
    use super::attachment;

    #[test]
    fn a_file_name_goes_out_in_utf_8_with_an_ascii_fallback() {
        assert_eq!(attachment("发票-2026-000001.pdf", "invoice-2026-000001.pdf"), "attachment; filename=\"invoice-2026-000001.pdf\"; filename*=UTF-8''%E5%8F%91%E7%A5%A8-2026-000001.pdf");
        assert_eq!(attachment("Rechnung-2026-000001.pdf", "invoice-2026-000001.pdf"), "attachment; filename=\"Rechnung-2026-000001.pdf\"; filename*=UTF-8''Rechnung-2026-000001.pdf");
        // Nothing a translator writes can break out of the quoted fallback or the header.
        assert_eq!(attachment("a b\";\r\n.pdf", "a b\";\r\n.pdf"), "attachment; filename=\"a_b____.pdf\"; filename*=UTF-8''a%20b%22%3B%0D%0A.pdf");
    }
}
