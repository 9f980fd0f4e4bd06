//! The reconciliation export: CSV per RFC 4180, UTF-8 with a byte order mark, CRLF
//! line ends, localized headers.

use crate::i18n::{arg, I18n};
use crate::server::store::credit_notes::StoredCreditNote;
use crate::server::store::invoices::{InvoiceStatus, StoredInvoice};
use crate::view::labels::{credit_reason_label_id, offer_name, payment_method_label_id};

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
    let mut rows: Vec<(chrono::NaiveDate, &str, [String; 13])> = Vec::new();
    for invoice in invoices {
        let digits = invoice.currency.0.minor_digits();
        let status = match invoice.status.0 {
            InvoiceStatus::Paid => i18n.t("invoice-status-paid"),
            InvoiceStatus::AwaitingPayment => i18n.t("invoice-status-awaiting-short"),
            InvoiceStatus::Cancelled => i18n.t("invoice-status-cancelled"),
        };
        let fields = [
            invoice.number.clone(),
            invoice.issued_on.0.to_string(),
            offer_name(i18n, invoice.offer()),
            invoice.period_from.0.to_string(),
            invoice.period_to.0.to_string(),
            invoice.currency.0.code().to_string(),
            plain_decimal(invoice.net_minor, digits),
            plain_decimal(invoice.vat_rate_bp, 2),
            plain_decimal(invoice.vat_minor, digits),
            plain_decimal(invoice.total_minor, digits),
            status,
            i18n.t(payment_method_label_id(invoice.payment_method.0)),
            invoice.payment_reference.clone().unwrap_or_default(),
        ];
        rows.push((invoice.issued_on.0, invoice.number.as_str(), fields));
    }
    for credit in credit_notes {
        let digits = credit.currency.0.minor_digits();
        let fields = [
            credit.number.clone(),
            credit.issued_on.0.to_string(),
            offer_name(i18n, credit.offer_code.0),
            credit.period_from.0.to_string(),
            credit.period_to.0.to_string(),
            credit.currency.0.code().to_string(),
            plain_decimal(credit.net_minor, digits),
            plain_decimal(credit.vat_rate_bp, 2),
            plain_decimal(credit.vat_minor, digits),
            plain_decimal(credit.total_minor, digits),
            i18n.tr("credit-note-credits", &[("number", arg(credit.invoice_number.clone()))]),
            i18n.t(credit_reason_label_id(credit.reason.0)),
            credit.refund_reference.clone().unwrap_or_default(),
        ];
        rows.push((credit.issued_on.0, credit.number.as_str(), fields));
    }
    rows.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)));
    for (_, _, fields) in rows {
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
