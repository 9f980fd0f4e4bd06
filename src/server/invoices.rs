//! Invoices: the list, the PDF (krilla, A4, localized, CJK font embedded and
//! subsetted) and the reconciliation export (CSV, RFC 4180, UTF-8 with BOM).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use http::StatusCode;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use leptos::prelude::expect_context;
use serde::Deserialize;

use super::auth::CurrentUser;
use super::error::internal;
use super::locale::RequestLang;
use super::offers::partner_context;
use super::page::request_lang;
use super::state::AppState;
use super::store::parse_date;
use crate::api::invoices::{InvoiceFilter, InvoiceRow, InvoicesView};
use crate::api::offers::offer_name;
use crate::api::AppError;
use crate::domain::money::Currency;
use crate::domain::offer::OfferKind;
use crate::domain::roles::Action;
use crate::i18n::format::Formatter;
use crate::i18n::{arg, I18n, Lang};

/// The font embedded in invoice PDFs, loaded once at start.
#[derive(Clone)]
pub struct InvoiceFont {
    data: Arc<Vec<u8>>,
    index: u32,
}

impl std::fmt::Debug for InvoiceFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "InvoiceFont({} bytes, face {})", self.data.len(), self.index)
    }
}

/// Why the invoice font cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("cannot read the invoice font {path}: {source} (install fonts-wqy-microhei or set INVOICE_FONT)")]
    Read { path: String, source: std::io::Error },
    #[error("{path} (face {index}) is not a usable font or lacks Chinese glyphs (set INVOICE_FONT to a font with CJK glyphs)")]
    Unusable { path: String, index: u32 },
}

impl InvoiceFont {
    /// Loads the font and checks it draws Latin and Chinese text.
    pub fn load(path: &std::path::Path, index: u32) -> Result<InvoiceFont, FontError> {
        let data = std::fs::read(path).map_err(|source| FontError::Read { path: path.display().to_string(), source })?;
        let font = InvoiceFont { data: Arc::new(data), index };
        let usable = font.font().is_some() && render_probe(&font);
        if !usable {
            return Err(FontError::Unusable { path: path.display().to_string(), index });
        }
        Ok(font)
    }

    fn font(&self) -> Option<Font> {
        Font::new(self.data.clone().into(), self.index)
    }
}

/// Whether the font has glyphs for Chinese (发票, "invoice") and Latin text.
fn render_probe(font: &InvoiceFont) -> bool {
    use skrifa::MetadataProvider;
    let Ok(face) = skrifa::FontRef::from_index(font.data.as_slice(), font.index) else { return false };
    let charmap = face.charmap();
    ['发', '票', 'A', 'é', '€'].iter().all(|c| charmap.map(*c).is_some())
}

fn db_error(error: sqlx::Error) -> AppError {
    internal("loading invoices", &error)
}

/// One stored invoice, as the PDF and the export need it.
#[derive(Debug, Clone)]
pub struct StoredInvoice {
    pub id: i64,
    pub number: String,
    pub issued_on: NaiveDate,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_vat_id: String,
    pub buyer_name: String,
    pub buyer_partner_id: String,
    pub buyer_lines: Vec<String>,
    pub buyer_vat_id: String,
    pub offer: OfferKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub currency: Currency,
    pub net_minor: i64,
    pub vat_rate_bp: i64,
    pub vat_minor: i64,
    pub total_minor: i64,
    pub vat_treatment: String,
    pub payment_method: String,
    pub paid: bool,
    pub due_on: Option<NaiveDate>,
    pub payment_reference: Option<String>,
    pub exception_id: Option<String>,
}

const INVOICE_COLUMNS: &str = "id, number, issued_on, seller_name, seller_address, seller_vat_id, buyer_name, buyer_partner_id, \
    buyer_address1, buyer_address2, buyer_postal_code, buyer_city, buyer_country, buyer_vat_id, offer_code, period_from, period_to, \
    currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, status, due_on, payment_reference, exception_id";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Option<StoredInvoice>, sqlx::Error> {
    use sqlx::Row;
    let offer = OfferKind::parse_code(&row.try_get::<String, _>("offer_code")?);
    let currency = Currency::parse(&row.try_get::<String, _>("currency")?);
    let (Some(offer), Some(currency)) = (offer, currency) else { return Ok(None) };
    let lines = [
        row.try_get::<String, _>("buyer_address1")?,
        row.try_get::<String, _>("buyer_address2")?,
        format!("{} {}", row.try_get::<String, _>("buyer_postal_code")?, row.try_get::<String, _>("buyer_city")?).trim().to_string(),
        row.try_get::<String, _>("buyer_country")?,
    ]
    .into_iter()
    .filter(|line| !line.is_empty())
    .collect();
    Ok(Some(StoredInvoice {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        issued_on: parse_date(&row.try_get::<String, _>("issued_on")?),
        seller_name: row.try_get("seller_name")?,
        seller_address: row.try_get("seller_address")?,
        seller_vat_id: row.try_get("seller_vat_id")?,
        buyer_name: row.try_get("buyer_name")?,
        buyer_partner_id: row.try_get("buyer_partner_id")?,
        buyer_lines: lines,
        buyer_vat_id: row.try_get("buyer_vat_id")?,
        offer,
        period_from: parse_date(&row.try_get::<String, _>("period_from")?),
        period_to: parse_date(&row.try_get::<String, _>("period_to")?),
        currency,
        net_minor: row.try_get("net_minor")?,
        vat_rate_bp: row.try_get("vat_rate_bp")?,
        vat_minor: row.try_get("vat_minor")?,
        total_minor: row.try_get("total_minor")?,
        vat_treatment: row.try_get("vat_treatment")?,
        payment_method: row.try_get("payment_method")?,
        paid: row.try_get::<String, _>("status")? == "paid",
        due_on: row.try_get::<Option<String>, _>("due_on")?.as_deref().map(parse_date),
        payment_reference: row.try_get("payment_reference")?,
        exception_id: row.try_get("exception_id")?,
    }))
}

/// The organization's invoices matching `filter`, newest first.
pub async fn list(state: &AppState, organization_id: i64, filter: &InvoiceFilter) -> Result<Vec<StoredInvoice>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {INVOICE_COLUMNS} FROM invoices WHERE organization_id = $1 \
         AND ($2 = '' OR offer_code = $2) AND ($3 = 0 OR year = $3) ORDER BY issued_on DESC, sequence DESC"
    ))
    .bind(organization_id)
    .bind(filter.offer.clone().unwrap_or_default())
    .bind(i64::from(filter.year.unwrap_or(0)))
    .fetch_all(state.db.pool())
    .await?;
    let mut out = Vec::new();
    for row in &rows {
        if let Some(invoice) = from_row(row)? {
            out.push(invoice);
        }
    }
    Ok(out)
}

/// One invoice of the organization; another organization's id is not found.
pub async fn find(state: &AppState, organization_id: i64, id: i64) -> Result<Option<StoredInvoice>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {INVOICE_COLUMNS} FROM invoices WHERE id = $1 AND organization_id = $2"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(state.db.pool())
        .await?;
    match row {
        Some(row) => from_row(&row),
        None => Ok(None),
    }
}

fn money(fmt: &Formatter, minor: i64, currency: Currency) -> String {
    fmt.money(minor, currency.code(), currency.minor_digits())
}

pub async fn invoices_view(filter: InvoiceFilter) -> Result<InvoicesView, AppError> {
    let state = expect_context::<AppState>();
    let (user, org) = partner_context(&state).await?;
    let fmt = state.formatters.get(request_lang());
    let all = list(&state, org.id, &InvoiceFilter::default()).await.map_err(db_error)?;
    let mut years: Vec<i32> = all.iter().map(|i| i.issued_on.year()).collect();
    years.dedup();
    let mut offers: Vec<OfferKind> = Vec::new();
    for invoice in &all {
        if !offers.contains(&invoice.offer) {
            offers.push(invoice.offer);
        }
    }
    let rows = list(&state, org.id, &filter)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|invoice| InvoiceRow {
            id: invoice.id,
            number: invoice.number.clone(),
            issued_on: fmt.date(invoice.issued_on),
            offer: invoice.offer,
            total: money(fmt, invoice.total_minor, invoice.currency),
            paid: invoice.paid,
            due_on: invoice.due_on.map(|d| fmt.date(d)),
        })
        .collect();
    Ok(InvoicesView { rows, years, offers, can_download: user.may(Action::DownloadInvoice) })
}

/// The partner user of a download request, if allowed to download invoices.
fn download_user(request: &Request) -> Result<CurrentUser, StatusCode> {
    let user = request.extensions().get::<CurrentUser>().cloned().ok_or(StatusCode::UNAUTHORIZED)?;
    if user.organization_id.is_none() || !user.may(Action::DownloadInvoice) {
        tracing::warn!(user = user.user_id, "invoice download refused for the role");
        return Err(StatusCode::FORBIDDEN);
    }
    Ok(user)
}

#[derive(Debug, Deserialize)]
pub struct PdfQuery {
    /// The language of the PDF; defaults to the page's language.
    pub pdf_lang: Option<String>,
}

/// `GET /invoices/{id}/pdf`: the invoice as an A4 PDF in the chosen language.
pub async fn pdf(State(state): State<AppState>, Path(id): Path<i64>, Query(query): Query<PdfQuery>, request: Request) -> Response {
    let user = match download_user(&request) {
        Ok(user) => user,
        Err(status) => return status.into_response(),
    };
    let organization_id = user.organization_id.expect("partner user");
    let lang = query
        .pdf_lang
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| request.extensions().get::<RequestLang>().map(|l| l.0))
        .unwrap_or_default();
    let invoice = match find(&state, organization_id, id).await {
        Ok(Some(invoice)) => invoice,
        Ok(None) => {
            tracing::warn!(user = user.user_id, invoice = id, "invoice not found in the user's organization");
            return StatusCode::NOT_FOUND.into_response();
        }
        Err(error) => {
            internal("loading an invoice", &error);
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let i18n = state.locales.i18n(lang);
    let formatters = state.formatters.clone();
    let font = state.invoice_font.clone();
    let rendered =
        tokio::task::spawn_blocking(move || render_pdf(&invoice, &i18n, formatters.get(lang), &font).map(|bytes| (invoice.number, bytes))).await;
    match rendered {
        Ok(Ok((number, bytes))) => (
            [
                (CONTENT_TYPE, "application/pdf".to_string()),
                (CONTENT_DISPOSITION, format!("attachment; filename=\"invoice-{number}.pdf\"")),
            ],
            Body::from(bytes),
        )
            .into_response(),
        Ok(Err(error)) => {
            tracing::error!(%error, "rendering an invoice PDF failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "the PDF task failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the invoice font cannot be used")]
    Font,
    #[error("PDF writer: {0}")]
    Write(String),
}

/// Text lines of the invoice, the layout's input.
struct Line<'a> {
    x: f32,
    y: f32,
    size: f32,
    text: &'a str,
}

/// Renders one invoice as an A4 PDF with selectable text.
pub fn render_pdf(invoice: &StoredInvoice, i18n: &I18n, fmt: &Formatter, font: &InvoiceFont) -> Result<Vec<u8>, PdfError> {
    let font_ref = font.font().ok_or(PdfError::Font)?;
    let title = i18n.tr("invoice-pdf-title", &[("number", arg(invoice.number.clone()))]);
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.clone())
            .authors(vec![invoice.seller_name.clone()])
            .language(i18n.lang().bcp47().to_string())
            .creator("membership-offers".to_string()),
    );
    let page_settings = PageSettings::from_wh(595.0, 842.0).ok_or(PdfError::Write("page size".into()))?;
    let mut page = document.start_page_with(page_settings);
    let mut surface = page.surface();

    let amount = |minor: i64| money(fmt, minor, invoice.currency);
    let rate = if invoice.vat_rate_bp % 100 == 0 {
        fmt.decimal(invoice.vat_rate_bp / 100, 0)
    } else {
        fmt.decimal(invoice.vat_rate_bp, 2)
    };
    let status = if invoice.paid {
        i18n.t("invoice-status-paid")
    } else {
        i18n.tr("invoice-status-awaiting", &[("date", arg(invoice.due_on.map(|d| fmt.date(d)).unwrap_or_default()))])
    };
    let method = if invoice.payment_method == "card" { i18n.t("invoice-method-card") } else { i18n.t("invoice-method-bank-transfer") };
    // "Label: value" with each language's punctuation (fr "Label : value", zh "标签：值").
    let field = |label: &str, value: String| i18n.tr("invoice-pdf-field", &[("label", arg(i18n.t(label))), ("value", arg(value))]);
    let owned: Vec<(f32, f32, f32, String)> = {
        let mut lines: Vec<(f32, f32, f32, String)> = Vec::new();
        let mut push = |x: f32, y: f32, size: f32, text: String| lines.push((x, y, size, text));
        push(50.0, 70.0, 22.0, i18n.t("invoice-pdf-heading"));
        push(50.0, 100.0, 10.0, invoice.seller_name.clone());
        push(50.0, 114.0, 10.0, invoice.seller_address.clone());
        push(50.0, 128.0, 10.0, i18n.tr("invoice-pdf-vat-id", &[("id", arg(invoice.seller_vat_id.clone()))]));
        push(340.0, 100.0, 10.0, field("invoice-column-number", invoice.number.clone()));
        push(340.0, 114.0, 10.0, field("invoice-column-date", fmt.date(invoice.issued_on)));
        push(340.0, 128.0, 10.0, field("invoice-pdf-partner-id", invoice.buyer_partner_id.clone()));
        push(340.0, 142.0, 10.0, field("invoice-column-status", status.clone()));
        push(50.0, 175.0, 12.0, i18n.t("checkout-bill-to"));
        let mut y = 192.0;
        push(50.0, y, 10.0, invoice.buyer_name.clone());
        for line in &invoice.buyer_lines {
            y += 14.0;
            push(50.0, y, 10.0, line.clone());
        }
        if !invoice.buyer_vat_id.is_empty() {
            y += 14.0;
            push(50.0, y, 10.0, i18n.tr("invoice-pdf-vat-id", &[("id", arg(invoice.buyer_vat_id.clone()))]));
        }
        let table = 300.0;
        push(50.0, table, 10.0, i18n.t("invoice-pdf-description"));
        push(300.0, table, 10.0, i18n.t("checkout-period"));
        push(470.0, table, 10.0, i18n.t("checkout-price"));
        push(50.0, table + 22.0, 10.0, offer_name(i18n, invoice.offer));
        push(300.0, table + 22.0, 10.0, format!("{} – {}", fmt.short_date(invoice.period_from), fmt.short_date(invoice.period_to)));
        push(470.0, table + 22.0, 10.0, amount(invoice.net_minor));
        push(300.0, table + 60.0, 10.0, i18n.t("invoice-pdf-net"));
        push(470.0, table + 60.0, 10.0, amount(invoice.net_minor));
        push(300.0, table + 76.0, 10.0, i18n.tr("checkout-vat", &[("rate", arg(rate))]));
        push(470.0, table + 76.0, 10.0, amount(invoice.vat_minor));
        push(300.0, table + 96.0, 12.0, i18n.t("checkout-total"));
        push(470.0, table + 96.0, 12.0, amount(invoice.total_minor));
        let mut y = table + 140.0;
        push(50.0, y, 10.0, field("checkout-payment-method", method.clone()));
        if let Some(reference) = &invoice.payment_reference {
            y += 16.0;
            push(50.0, y, 10.0, i18n.tr("invoice-pdf-reference", &[("reference", arg(reference.clone()))]));
        }
        if invoice.vat_treatment == "reverse-charge" {
            y += 16.0;
            push(50.0, y, 10.0, i18n.t("checkout-reverse-charge"));
        }
        if invoice.exception_id.is_some() {
            y += 16.0;
            push(50.0, y, 10.0, i18n.t("checkout-policy-exception"));
        }
        push(50.0, 800.0, 8.0, i18n.t("shell-footer"));
        lines
    };
    let lines: Vec<Line> = owned.iter().map(|(x, y, size, text)| Line { x: *x, y: *y, size: *size, text: text.as_str() }).collect();
    for line in &lines {
        // Fonts often lack U+202F (French grouping): draw a no-break space instead.
        let text = line.text.replace('\u{202f}', "\u{a0}");
        surface.draw_text(Point::from_xy(line.x, line.y), font_ref.clone(), line.size, &text, false, TextDirection::Auto);
    }
    // Rules above the table and the total.
    let mut rules = PathBuilder::new();
    for y in [306.0, 386.0] {
        if let Some(rect) = Rect::from_xywh(50.0, y, 495.0, 0.7) {
            rules.push_rect(rect);
        }
    }
    if let Some(path) = rules.finish() {
        surface.draw_path(&path);
    }
    surface.finish();
    page.finish();
    document.finish().map_err(|error| PdfError::Write(format!("{error:?}")))
}

#[derive(Debug, Deserialize)]
pub struct ExportQuery {
    pub offer: Option<String>,
    pub year: Option<i32>,
}

/// `GET /invoices/export.csv`: the invoices shown, for reconciliation.
pub async fn export_csv(State(state): State<AppState>, Query(query): Query<ExportQuery>, request: Request) -> Response {
    let user = match download_user(&request) {
        Ok(user) => user,
        Err(status) => return status.into_response(),
    };
    let lang = request.extensions().get::<RequestLang>().map(|l| l.0).unwrap_or_default();
    let filter = InvoiceFilter { offer: query.offer.filter(|o| !o.is_empty()), year: query.year };
    let invoices = match list(&state, user.organization_id.expect("partner user"), &filter).await {
        Ok(invoices) => invoices,
        Err(error) => {
            internal("exporting invoices", &error);
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let i18n = state.locales.i18n(lang);
    let csv = reconciliation_csv(&invoices, &i18n);
    (
        [(CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (CONTENT_DISPOSITION, "attachment; filename=\"invoices.csv\"".to_string())],
        csv,
    )
        .into_response()
}

/// A field quoted per RFC 4180 when it needs to be.
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// An amount in minor units as a plain decimal (`574.75`).
fn plain_decimal(minor: i64, digits: u8) -> String {
    if digits == 0 {
        return minor.to_string();
    }
    let scale = 10_i64.pow(u32::from(digits));
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{}.{:0width$}", (minor / scale).abs(), (minor % scale).abs(), width = usize::from(digits))
}

/// The CSV: UTF-8 with a byte order mark, CRLF line ends, localized headers.
pub fn reconciliation_csv(invoices: &[StoredInvoice], i18n: &I18n) -> String {
    let headers = [
        i18n.t("invoice-column-number"),
        i18n.t("invoice-column-date"),
        i18n.t("invoice-column-offer"),
        i18n.t("invoice-csv-period-from"),
        i18n.t("invoice-csv-period-to"),
        i18n.t("invoice-csv-currency"),
        i18n.t("invoice-pdf-net"),
        i18n.t("invoice-csv-vat-rate"),
        i18n.t("invoice-csv-vat"),
        i18n.t("checkout-total"),
        i18n.t("invoice-column-status"),
        i18n.t("checkout-payment-method"),
        i18n.t("invoice-csv-reference"),
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(&headers.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for invoice in invoices {
        let digits = invoice.currency.minor_digits();
        let fields = [
            invoice.number.clone(),
            invoice.issued_on.to_string(),
            offer_name(i18n, invoice.offer),
            invoice.period_from.to_string(),
            invoice.period_to.to_string(),
            invoice.currency.code().to_string(),
            plain_decimal(invoice.net_minor, digits),
            plain_decimal(invoice.vat_rate_bp, 2),
            plain_decimal(invoice.vat_minor, digits),
            plain_decimal(invoice.total_minor, digits),
            if invoice.paid { i18n.t("invoice-status-paid") } else { i18n.t("invoice-status-awaiting-short") },
            if invoice.payment_method == "card" { i18n.t("invoice-method-card") } else { i18n.t("invoice-method-bank-transfer") },
            invoice.payment_reference.clone().unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_plain_decimals_in_the_export() {
        assert_eq!(plain_decimal(57_475, 2), "574.75");
        assert_eq!(plain_decimal(5, 2), "0.05");
        assert_eq!(plain_decimal(2_100, 2), "21.00");
    }

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }
}
