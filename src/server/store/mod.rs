//! The store: plain async functions over the database that load and save the domain's
//! types. Every query is scoped to an organization where the data belongs to one.

pub mod invoices;
pub mod organizations;
pub mod subscriptions;

use chrono::NaiveDate;

/// Reads a stored `YYYY-MM-DD` date. Stored dates are written by this program only.
pub fn parse_date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|_| panic!("stored date {text:?} is not YYYY-MM-DD"))
}

pub fn parse_optional_date(text: Option<&str>) -> Option<NaiveDate> {
    text.map(parse_date)
}
