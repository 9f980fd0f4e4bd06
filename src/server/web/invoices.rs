//! Downloads: an invoice as PDF in a chosen language, and the reconciliation export.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use serde::Deserialize;

use super::table::RouteTable;
use super::error::internal;
use super::extract::Partner;
use super::middleware::locale::RequestLang;
use crate::domain::offer::OfferKind;
use crate::domain::roles::Action;
use crate::i18n::Lang;
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
    let i18n = state.locales.i18n(lang);
    let formatters = state.formatters.clone();
    let font = state.invoice_font.clone();
    let rendered = tokio::task::spawn_blocking(move || render_pdf(&invoice, &i18n, formatters.get(lang), &font).map(|bytes| (invoice.number, bytes)))
        .await
        .map_err(|error| internal("the PDF task", &error))?;
    let (number, bytes) = rendered.map_err(|error| internal("rendering an invoice PDF", &error))?;
    Ok(pdf_response(&format!("invoice-{number}.pdf"), bytes))
}

/// `GET /credit-notes/{id}/pdf`: a credit note as an A4 PDF in the chosen language.
#[tracing::instrument(skip_all, fields(credit_note = id, org, user))]
async fn credit_note_pdf(State(state): State<AppState>, Path(id): Path<i64>, Query(query): Query<PdfQuery>, partner: Partner, lang: RequestLang) -> Result<Response, AppError> {
    let partner = partner.require(Action::DownloadInvoice)?;
    let lang = query.pdf_lang.as_deref().and_then(Lang::parse).unwrap_or(lang.0);
    let (credit, invoice) = invoices::credit_note(&state.core, partner.organization_id, id).await?;
    let i18n = state.locales.i18n(lang);
    let formatters = state.formatters.clone();
    let font = state.invoice_font.clone();
    let rendered = tokio::task::spawn_blocking(move || render_credit_note_pdf(&credit, &invoice, &i18n, formatters.get(lang), &font).map(|bytes| (credit.number, bytes)))
        .await
        .map_err(|error| internal("the PDF task", &error))?;
    let (number, bytes) = rendered.map_err(|error| internal("rendering a credit note PDF", &error))?;
    Ok(pdf_response(&format!("credit-note-{number}.pdf"), bytes))
}

fn pdf_response(file_name: &str, bytes: Vec<u8>) -> Response {
    (
        [(CONTENT_TYPE, "application/pdf".to_string()), (CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\""))],
        Body::from(bytes),
    )
        .into_response()
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
    let csv = reconciliation_csv(&list, &credit_notes, &state.locales.i18n(lang.0));
    Ok((
        [(CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (CONTENT_DISPOSITION, "attachment; filename=\"invoices.csv\"".to_string())],
        csv,
    )
        .into_response())
}
