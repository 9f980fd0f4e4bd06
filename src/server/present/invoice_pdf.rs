//! The invoice as an A4 PDF: krilla, localized, the CJK-capable font embedded and
//! subsetted, text selectable (docs/adr/0005-invoice-pdf.md).

use std::sync::Arc;

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use krilla::Document;

use super::percent;
use crate::domain::address::address_lines;
use crate::i18n::format::Formatter;
use crate::i18n::{arg, I18n};
use crate::server::store::credit_notes::StoredCreditNote;
use crate::server::store::invoices::StoredInvoice;
use crate::server::store::orders::StoredVatTreatment;
use crate::view::labels::{country_label_id, credit_reason_label_id, offer_name, payment_method_label_id};

/// The buyer's address lines as copied onto the invoice, the country named in the
/// reader's language; the postal code and the city in the order of the buyer's country.
pub fn buyer_lines(invoice: &StoredInvoice, i18n: &I18n) -> Vec<String> {
    let country = invoice.buyer_country.0;
    let street = [invoice.buyer_address1.as_str(), invoice.buyer_address2.as_str()];
    let mut lines = address_lines(country, &street, &invoice.buyer_postal_code, &invoice.buyer_city);
    lines.push(i18n.t(country_label_id(country)));
    lines
}

/// The font embedded in invoice PDFs, loaded once at start.
#[derive(Clone)]
pub struct InvoiceFont {
    data: Arc<Vec<u8>>,
    index: u32,
    /// Whether the font has U+202F, French digit grouping (WQY Micro Hei has not).
    narrow_no_break_space: bool,
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
        let mut font = InvoiceFont { data: Arc::new(data), index, narrow_no_break_space: false };
        font.narrow_no_break_space = font.draws('\u{202f}');
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

impl InvoiceFont {
    /// Whether the font has a glyph for `c`.
    pub fn draws(&self, c: char) -> bool {
        use skrifa::MetadataProvider;
        let Ok(face) = skrifa::FontRef::from_index(self.data.as_slice(), self.index) else { return false };
        face.charmap().map(c).is_some()
    }
}

/// Whether the font has glyphs for Chinese (发票, "invoice") and Latin text.
fn render_probe(font: &InvoiceFont) -> bool {
    ['发', '票', 'A', 'é', '€', '\u{a0}'].iter().all(|c| font.draws(*c))
}

/// A line as the font can draw it: the pages keep CLDR's U+202F (narrow no-break
/// space, French digit grouping), but a font without the glyph would draw a box, so
/// the PDF draws a no-break space there instead, which reads the same.
fn drawable(text: &str, narrow_no_break_space: bool) -> std::borrow::Cow<'_, str> {
    if narrow_no_break_space || !text.contains('\u{202f}') {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.replace('\u{202f}', "\u{a0}"))
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
    render(invoice, None, i18n, fmt, font)
}

/// Renders a credit note as an A4 PDF: the credited invoice's seller, buyer and line,
/// with the credit note's own number, date and negative amounts.
pub fn render_credit_note_pdf(credit: &StoredCreditNote, invoice: &StoredInvoice, i18n: &I18n, fmt: &Formatter, font: &InvoiceFont) -> Result<Vec<u8>, PdfError> {
    render(invoice, Some(credit), i18n, fmt, font)
}

fn render(invoice: &StoredInvoice, credit: Option<&StoredCreditNote>, i18n: &I18n, fmt: &Formatter, font: &InvoiceFont) -> Result<Vec<u8>, PdfError> {
    let font_ref = font.font().ok_or(PdfError::Font)?;
    let (number, issued_on) = match credit {
        Some(credit) => (credit.number.clone(), credit.issued_on.0),
        None => (invoice.number.clone(), invoice.issued_on.0),
    };
    let (net_minor, vat_minor, total_minor) = match credit {
        Some(credit) => (credit.net_minor, credit.vat_minor, credit.total_minor),
        None => (invoice.net_minor, invoice.vat_minor, invoice.total_minor),
    };
    let title = match credit {
        Some(_) => i18n.tr("credit-note-pdf-title", &[("number", arg(number.clone()))]),
        None => i18n.tr("invoice-pdf-title", &[("number", arg(number.clone()))]),
    };
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

    let currency = invoice.currency.0;
    let amount = |minor: i64| fmt.money(minor, currency.code(), currency.minor_digits());
    let rate = percent(fmt, u32::try_from(invoice.vat_rate_bp).unwrap_or(0));
    let status = if let Some(credit) = credit {
        i18n.tr("credit-note-credits", &[("number", arg(credit.invoice_number.clone()))])
    } else if invoice.is_paid() {
        i18n.t("invoice-status-paid")
    } else {
        i18n.tr("invoice-status-awaiting", &[("date", arg(invoice.due_on.0.map(|d| fmt.date(d)).unwrap_or_default()))])
    };
    let method = i18n.t(payment_method_label_id(invoice.payment_method.0));
    // "Label: value" with each language's punctuation (fr "Label : value", zh "标签：值").
    let field = |label: &str, value: String| i18n.tr("invoice-pdf-field", &[("label", arg(i18n.t(label))), ("value", arg(value))]);
    let owned: Vec<(f32, f32, f32, String)> = {
        let mut lines: Vec<(f32, f32, f32, String)> = Vec::new();
        let mut push = |x: f32, y: f32, size: f32, text: String| lines.push((x, y, size, text));
        push(50.0, 70.0, 22.0, i18n.t(if credit.is_some() { "credit-note-pdf-heading" } else { "invoice-pdf-heading" }));
        push(50.0, 100.0, 10.0, invoice.seller_name.clone());
        push(50.0, 114.0, 10.0, invoice.seller_address.clone());
        push(50.0, 128.0, 10.0, i18n.tr("invoice-pdf-vat-id", &[("id", arg(invoice.seller_vat_id.clone()))]));
        let (number_label, date_label) = match credit {
            Some(_) => ("credit-note-pdf-number", "credit-note-pdf-date"),
            None => ("invoice-pdf-number", "invoice-pdf-date"),
        };
        push(340.0, 100.0, 10.0, field(number_label, number.clone()));
        push(340.0, 114.0, 10.0, field(date_label, fmt.date(issued_on)));
        push(340.0, 128.0, 10.0, field("invoice-pdf-partner-id", invoice.buyer_partner_id.clone()));
        push(340.0, 142.0, 10.0, field("invoice-pdf-status", status.clone()));
        push(50.0, 175.0, 12.0, i18n.t("invoice-pdf-bill-to"));
        let mut y = 192.0;
        push(50.0, y, 10.0, invoice.buyer_name.clone());
        for line in &buyer_lines(invoice, i18n) {
            y += 14.0;
            push(50.0, y, 10.0, line.clone());
        }
        if !invoice.buyer_vat_id.is_empty() {
            y += 14.0;
            push(50.0, y, 10.0, i18n.tr("invoice-pdf-vat-id", &[("id", arg(invoice.buyer_vat_id.clone()))]));
        }
        let table = 300.0;
        push(50.0, table, 10.0, i18n.t("invoice-pdf-description"));
        push(300.0, table, 10.0, i18n.t("invoice-pdf-period"));
        push(470.0, table, 10.0, i18n.t("invoice-pdf-price"));
        push(50.0, table + 22.0, 10.0, offer_name(i18n, invoice.offer()));
        let period = [("from", arg(fmt.short_date(invoice.period_from.0))), ("to", arg(fmt.short_date(invoice.period_to.0)))];
        push(300.0, table + 22.0, 10.0, i18n.tr("invoice-pdf-period-value", &period));
        push(470.0, table + 22.0, 10.0, amount(net_minor));
        push(300.0, table + 60.0, 10.0, i18n.t("invoice-pdf-net"));
        push(470.0, table + 60.0, 10.0, amount(net_minor));
        push(300.0, table + 76.0, 10.0, i18n.tr("invoice-pdf-vat", &[("rate", arg(rate))]));
        push(470.0, table + 76.0, 10.0, amount(vat_minor));
        push(300.0, table + 96.0, 12.0, i18n.t("invoice-pdf-total"));
        push(470.0, table + 96.0, 12.0, amount(total_minor));
        let mut y = table + 140.0;
        match credit {
            Some(credit) => push(50.0, y, 10.0, i18n.t(credit_reason_label_id(credit.reason.0))),
            None => push(50.0, y, 10.0, field("invoice-pdf-payment-method", method.clone())),
        }
        if let Some(refund) = credit.and_then(|credit| credit.refund_reference.as_ref()) {
            y += 16.0;
            push(50.0, y, 10.0, i18n.tr("credit-note-refund-reference", &[("reference", arg(refund.clone()))]));
        }
        if let (None, Some(reference)) = (credit, &invoice.payment_reference) {
            y += 16.0;
            push(50.0, y, 10.0, i18n.tr("invoice-pdf-reference", &[("reference", arg(reference.clone()))]));
            if let (Some(iban), Some(bic)) = (&invoice.seller_iban, &invoice.seller_bic) {
                y += 16.0;
                let bank = [("name", arg(invoice.seller_name.clone())), ("iban", arg(iban.clone())), ("bic", arg(bic.clone()))];
                push(50.0, y, 10.0, i18n.tr("invoice-pdf-bank", &bank));
            }
        }
        if invoice.vat_treatment.0 == StoredVatTreatment::ReverseCharge {
            y += 16.0;
            push(50.0, y, 10.0, i18n.t("invoice-pdf-reverse-charge"));
        }
        if invoice.exception_id.is_some() {
            y += 16.0;
            push(50.0, y, 10.0, i18n.t("invoice-pdf-policy-exception"));
        }
        push(50.0, 800.0, 8.0, i18n.t("shell-footer"));
        lines
    };
    let lines: Vec<Line> = owned.iter().map(|(x, y, size, text)| Line { x: *x, y: *y, size: *size, text: text.as_str() }).collect();
    for line in &lines {
        let text = drawable(line.text, font.narrow_no_break_space);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invoice_font_lacks_the_narrow_no_break_space_so_the_pdf_draws_a_no_break_space() {
        let font = InvoiceFont::load(std::path::Path::new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0).expect("fonts-wqy-microhei is installed");
        assert!(!font.draws('\u{202f}') && font.draws('\u{a0}'));
        assert_eq!(drawable("1\u{202f}234,56\u{a0}€", font.narrow_no_break_space), "1\u{a0}234,56\u{a0}€");
        assert_eq!(drawable("1\u{202f}234,56\u{a0}€", true), "1\u{202f}234,56\u{a0}€");
    }
}
