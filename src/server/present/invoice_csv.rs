//! The reconciliation export: CSV per RFC 4180, UTF-8 with a byte order mark, CRLF
//! line ends, localized headers.

use crate::i18n::{arg, I18n};
use crate::server::store::credit_notes::StoredCreditNote;
use crate::server::store::invoices::{InvoiceStatus, StoredInvoice};
use crate::view::labels::{credit_reason_label_id, offer_name, payment_method_label_id};

/// A text cell: quoted when it needs to be, and never a formula. A spreadsheet runs a
/// cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
/// (OWASP "CSV injection"); such a cell gets a leading `'`, which shows it as text.
/// Profile fields reach the invoices, so every text cell goes through here; amounts,
/// which the program writes as plain decimals, do not ([`number_cell`]).
fn text_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        csv_field(&format!("'{value}"))
    } else {
        csv_field(value)
    }
}

/// An amount written by [`plain_decimal`]: digits, a point and perhaps a minus sign.
fn number_cell(value: String) -> Cell {
    debug_assert!(value.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-'));
    Cell::Number(value)
}

/// One cell of a row, text or an amount.
enum Cell {
    Text(String),
    Number(String),
}

impl Cell {
    fn write(&self) -> String {
        match self {
            Cell::Text(text) => text_cell(text),
            Cell::Number(number) => csv_field(number),
        }
    }
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

/// The CSV: UTF-8 with a byte order mark, CRLF line ends, localized headers. Invoices
/// and credit notes (negative amounts) are listed together, newest first.
pub fn reconciliation_csv(invoices: &[StoredInvoice], credit_notes: &[StoredCreditNote], i18n: &I18n) -> String {
    let headers = [
        i18n.t("invoice-csv-number"),
        i18n.t("invoice-csv-date"),
        i18n.t("invoice-csv-offer"),
        i18n.t("invoice-csv-period-from"),
        i18n.t("invoice-csv-period-to"),
        i18n.t("invoice-csv-currency"),
        i18n.t("invoice-csv-net"),
        i18n.t("invoice-csv-vat-rate"),
        i18n.t("invoice-csv-vat"),
        i18n.t("invoice-csv-total"),
        i18n.t("invoice-csv-status"),
        i18n.t("invoice-csv-payment-method"),
        i18n.t("invoice-csv-reference"),
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(&headers.iter().map(|h| text_cell(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    let mut rows: Vec<(chrono::NaiveDate, &str, [Cell; 13])> = Vec::new();
    for invoice in invoices {
        let digits = invoice.currency.0.minor_digits();
        let status = match invoice.status.0 {
            InvoiceStatus::Paid => i18n.t("invoice-status-paid"),
            InvoiceStatus::AwaitingPayment => i18n.t("invoice-status-awaiting-short"),
            InvoiceStatus::Cancelled => i18n.t("invoice-status-cancelled"),
        };
        let fields = [
            Cell::Text(invoice.number.clone()),
            Cell::Text(invoice.issued_on.0.to_string()),
            Cell::Text(offer_name(i18n, invoice.offer())),
            Cell::Text(invoice.period_from.0.to_string()),
            Cell::Text(invoice.period_to.0.to_string()),
            Cell::Text(invoice.currency.0.code().to_string()),
            number_cell(plain_decimal(invoice.net_minor, digits)),
            number_cell(plain_decimal(invoice.vat_rate_bp, 2)),
            number_cell(plain_decimal(invoice.vat_minor, digits)),
            number_cell(plain_decimal(invoice.total_minor, digits)),
            Cell::Text(status),
            Cell::Text(i18n.t(payment_method_label_id(invoice.payment_method.0))),
            Cell::Text(invoice.payment_reference.clone().unwrap_or_default()),
        ];
        rows.push((invoice.issued_on.0, invoice.number.as_str(), fields));
    }
    for credit in credit_notes {
        let digits = credit.currency.0.minor_digits();
        let fields = [
            Cell::Text(credit.number.clone()),
            Cell::Text(credit.issued_on.0.to_string()),
            Cell::Text(offer_name(i18n, credit.offer_code.0)),
            Cell::Text(credit.period_from.0.to_string()),
            Cell::Text(credit.period_to.0.to_string()),
            Cell::Text(credit.currency.0.code().to_string()),
            number_cell(plain_decimal(credit.net_minor, digits)),
            number_cell(plain_decimal(credit.vat_rate_bp, 2)),
            number_cell(plain_decimal(credit.vat_minor, digits)),
            number_cell(plain_decimal(credit.total_minor, digits)),
            Cell::Text(i18n.tr("credit-note-credits", &[("number", arg(credit.invoice_number.clone()))])),
            Cell::Text(i18n.t(credit_reason_label_id(credit.reason.0))),
            Cell::Text(credit.refund_reference.clone().unwrap_or_default()),
        ];
        rows.push((credit.issued_on.0, credit.number.as_str(), fields));
    }
    rows.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)));
    for (_, _, fields) in rows {
        out.push_str(&fields.iter().map(Cell::write).collect::<Vec<_>>().join(","));
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
    fn a_text_cell_is_never_a_formula_and_an_amount_stays_a_number() {
        for formula in ["=HYPERLINK(\"http://evil.example\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text_cell(formula).trim_start_matches('"').starts_with('\''), "{formula:?}");
        }
        assert_eq!(text_cell("=1,2"), "\"'=1,2\"");
        assert_eq!(text_cell("Contoso Ltd"), "Contoso Ltd");
        assert_eq!(number_cell(plain_decimal(-57_475, 2)).write(), "-574.75");
    }

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }
}
