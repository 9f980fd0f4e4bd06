//! The store: every SQL query of the portal, one file per table group.
//!
//! - Rows are read with `#[derive(FromRow)]` structs. Codes and dates stored as text
//!   decode into typed values (`#[sqlx(try_from = "String")]`), so bad stored data is
//!   one kind of failure everywhere: a decode error naming the column, never a panic,
//!   a silent default or a silently skipped row.
//! - Every query that reads an organization's data takes the organization id.
//! - Status columns are enums with a stable code ([`Code`]), never bare strings.
//! - Constraint violations are recognised by constraint name ([`violated`]).
//!
//! Queries are written once with `$1` placeholders and run on SQLite and PostgreSQL
//! (docs/adr/0002-one-store-two-databases.md).

pub mod audit;
pub mod catalog;
pub mod db;
pub mod checkouts;
pub mod credit_notes;
pub mod invoices;
pub mod jobs;
pub mod notifications;
pub mod outbox;
pub mod orders;
pub mod organizations;
pub mod payments;
pub mod sandbox;
pub mod sessions;
pub mod sign_in_failures;
pub mod subscriptions;
pub mod support;
pub mod users;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::error::ErrorKind;

pub use crate::domain::code::Code;

/// What every store function returns.
pub type Result<T> = std::result::Result<T, sqlx::Error>;

/// A calendar date stored as `YYYY-MM-DD` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl TryFrom<String> for Day {
    type Error = BadValue;

    fn try_from(text: String) -> std::result::Result<Day, BadValue> {
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").map(Day).map_err(|_| BadValue { expected: "a YYYY-MM-DD date", found: text })
    }
}

/// An optional calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaybeDay(pub Option<NaiveDate>);

impl TryFrom<Option<String>> for MaybeDay {
    type Error = BadValue;

    fn try_from(text: Option<String>) -> std::result::Result<MaybeDay, BadValue> {
        text.map(Day::try_from).transpose().map(|day| MaybeDay(day.map(|d| d.0)))
    }
}

/// An instant stored as RFC 3339 text in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant(pub DateTime<Utc>);

impl TryFrom<String> for Instant {
    type Error = BadValue;

    fn try_from(text: String) -> std::result::Result<Instant, BadValue> {
        DateTime::parse_from_rfc3339(&text)
            .map(|t| Instant(t.with_timezone(&Utc)))
            .map_err(|_| BadValue { expected: "an RFC 3339 instant", found: text })
    }
}

/// The text an instant is stored as.
pub fn instant_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339()
}

/// A stored value this program did not write (or no longer understands).
#[derive(Debug, thiserror::Error)]
#[error("expected {expected}, found {found:?}")]
pub struct BadValue {
    pub expected: &'static str,
    pub found: String,
}

/// A column holding the code of `T` ([`Code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coded<T>(pub T);

impl<T: Code> TryFrom<String> for Coded<T> {
    type Error = BadValue;

    fn try_from(text: String) -> std::result::Result<Coded<T>, BadValue> {
        T::parse_code(&text).map(Coded).ok_or(BadValue { expected: T::WHAT, found: text })
    }
}

/// An optional column holding the code of `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaybeCoded<T>(pub Option<T>);

impl<T: Code> TryFrom<Option<String>> for MaybeCoded<T> {
    type Error = BadValue;

    fn try_from(text: Option<String>) -> std::result::Result<MaybeCoded<T>, BadValue> {
        text.map(Coded::<T>::try_from).transpose().map(|c| MaybeCoded(c.map(|c| c.0)))
    }
}

/// A card as the gateway tokenised it: the token, and what the partner may see (brand,
/// last four digits, expiry). Never the number or the CVC. Not `Serialize`, and its
/// `Debug` hides the token.
#[derive(Clone, PartialEq, Eq)]
pub struct CardToken {
    pub token: String,
    pub brand: String,
    pub last4: String,
    pub expiry: String,
}

impl std::fmt::Debug for CardToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardToken({} •••• {})", self.brand, self.last4)
    }
}

impl CardToken {
    /// What the partner may see of the card.
    pub fn masked(&self) -> crate::domain::order::MaskedCard {
        crate::domain::order::MaskedCard { brand: self.brand.clone(), last4: self.last4.clone() }
    }

    /// The card from its four columns: all set, or none (anything else is corrupt).
    pub fn from_columns(
        token: Option<String>,
        brand: Option<String>,
        last4: Option<String>,
        expiry: Option<String>,
    ) -> std::result::Result<Option<CardToken>, &'static str> {
        match (token, brand, last4, expiry) {
            (Some(token), Some(brand), Some(last4), Some(expiry)) => Ok(Some(CardToken { token, brand, last4, expiry })),
            (None, None, None, None) => Ok(None),
            _ => Err("a card needs token, brand, last four digits and expiry together"),
        }
    }
}

/// A stored value that decodes but breaks an invariant (e.g. half of a card's columns).
pub fn corrupt(what: String) -> sqlx::Error {
    sqlx::Error::Decode(what.into())
}

/// The named constraints whose violation the services turn into an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    UsersEmailUnique,
    OrdersCheckoutUnique,
    InvoicesYearSequenceUnique,
}

impl Constraint {
    const ALL: [(Constraint, &'static str, &'static str); 3] = [
        // (constraint, its name in the migrations, the columns SQLite names for it)
        (Constraint::UsersEmailUnique, "users_email_unique", "users.email"),
        (Constraint::OrdersCheckoutUnique, "orders_checkout_unique", "orders.checkout_key"),
        (Constraint::InvoicesYearSequenceUnique, "invoices_year_sequence_unique", "invoices.year, invoices.sequence"),
    ];
}

/// The named unique constraint `error` violated, if it is one of [`Constraint`].
/// PostgreSQL reports the constraint's name. SQLite reports no name, only the
/// constrained columns (`UNIQUE constraint failed: users.email`), so there the
/// columns are matched against the ones each named constraint declares.
pub fn violated(error: &sqlx::Error) -> Option<Constraint> {
    let sqlx::Error::Database(db) = error else { return None };
    if db.kind() != ErrorKind::UniqueViolation {
        return None;
    }
    match db.constraint() {
        Some(name) => Constraint::ALL.iter().find(|(_, n, _)| *n == name).map(|(c, _, _)| *c),
        None => {
            let columns = db.message().rsplit_once(": ").map(|(_, columns)| columns)?;
            Constraint::ALL.iter().find(|(_, _, c)| *c == columns).map(|(c, _, _)| *c)
        }
    }
}
