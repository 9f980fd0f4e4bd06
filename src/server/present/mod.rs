//! Presenters: service outcomes to view models, and the layout of PDFs and CSV files.
//! Dates and amounts are formatted here, for the visitor's language, with ICU4X
//! ([`Formatter`]); labels are Fluent ids from `crate::view::labels`.

pub mod audit;
pub mod calendar;
pub mod checkout;
pub mod events;
pub mod invoice_csv;
pub mod invoice_pdf;
pub mod invoices;
pub mod notifications;
pub mod offers;
pub mod profile;
pub mod refusal;
pub mod support;
pub mod translations;
pub mod users;

use crate::domain::money::Money;
use crate::i18n::format::Formatter;

/// An amount in the visitor's format (`€ 1.234,56`).
pub fn money(fmt: &Formatter, amount: Money) -> String {
    fmt.money(amount.minor(), amount.currency().code(), amount.currency().minor_digits())
}

/// A card as the partner may see it: `Visa •••• 4242`.
pub fn card(i18n: &crate::i18n::I18n, card: &crate::domain::order::MaskedCard) -> String {
    i18n.tr("card-masked", &[("brand", crate::i18n::arg(card.brand.clone())), ("last4", crate::i18n::arg(card.last4.clone()))])
}

/// A VAT rate given in basis points, as a number of percent (`21`, `8,5`).
pub fn percent(fmt: &Formatter, rate_bp: u32) -> String {
    if rate_bp % 100 == 0 {
        fmt.decimal(i64::from(rate_bp / 100), 0)
    } else {
        fmt.decimal(i64::from(rate_bp), 2)
    }
}
