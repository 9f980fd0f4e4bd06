//! Use cases: typed inputs in, domain outcomes out, one error type.
//!
//! A service reads and writes through [`crate::server::store`], asks
//! [`crate::domain`] what the rules say, and never touches HTTP, Leptos, forms or
//! formatting: the same call serves a page, a form post, a job and a test. The
//! caller has already authenticated the user and checked the role; every service
//! scopes its data by the organization id it is given.

pub mod account;
pub mod audit;
pub mod checkout;
pub mod competencies;
pub mod cycle;
pub mod invoices;
pub mod notifications;
pub mod notify;
pub mod offers;
pub mod profile;
pub mod sessions;
pub mod sign_in;
pub mod subscriptions;
pub mod support;
pub mod transfers;
pub mod users;
pub mod translations;
pub mod vat;

use crate::domain::subscription::{AutoRenewalBlocked, NotCancellable, NotPurchasable, NotRenewable};
use crate::server::gateway::GatewayError;

/// Who acts, as the audit log records it.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub user_id: i64,
    pub organization_id: i64,
    /// The client address (or the job that acted).
    pub client: &'a str,
}

/// Why the rules refuse what was asked. Each has one message (`present::refusal`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The organization must join the network first.
    NotMember,
    /// No price for the offer in the organization's currency.
    NoPrice,
    Renew(NotRenewable),
    Purchase(NotPurchasable),
    AutoRenewal(AutoRenewalBlocked),
    Cancel(NotCancellable),
    /// The last active Global admin cannot lose the role or be deactivated.
    LastGlobalAdmin,
    /// The acting user may not change this user so (own account, Global admin).
    ManageUser(crate::domain::roles::ManageRefused),
    /// Another user has this e-mail address.
    EmailTaken,
    /// An automatic renewal was asked for a term that is not in its window (it was
    /// renewed, or it lapsed); the job runner skips it.
    AutomaticRenewalNotDue,
    /// Automatic renewal needs a card on file to charge.
    NoCardOnFile,
    /// The order is not awaiting a bank transfer (already settled or cancelled).
    TransferNotAwaited,
    /// An order of this offer awaits its bank transfer (its checkout, its due date): a
    /// second order is not taken.
    AwaitingTransfer { checkout_key: String, due_on: chrono::NaiveDate },
    /// A partial or an over-payment: the transfer must be exactly the invoice total.
    TransferAmountMismatch { expected: crate::domain::money::Money },
    /// The day a transfer was received cannot be in the future or before the order.
    TransferDateOutOfRange { ordered_on: chrono::NaiveDate },
    /// The support request is closed (or already resolved) and takes no more action.
    RequestClosed,
    /// The support request is not about cancelling a subscription.
    NotACancellation,
    /// There is no card payment of the current term to refund.
    NothingToRefund,
    /// The organization's VAT ID changed (or was removed) since the Support agent saw it.
    VatIdChanged,
}

/// What can go wrong in a use case.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Does not exist, or belongs to another organization (the two look the same).
    #[error("not found")]
    NotFound,
    /// The rules say no; nothing changed.
    #[error("refused: {0:?}")]
    Refused(Refusal),
    /// The record changed between reading and writing; nothing changed, try again.
    #[error("changed meanwhile")]
    Changed,
    /// Another request is placing the same order and did not finish in time.
    #[error("busy with the same order")]
    Busy,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("payment gateway: {0}")]
    Gateway(#[from] GatewayError),
}

impl From<Refusal> for ServiceError {
    fn from(refusal: Refusal) -> ServiceError {
        ServiceError::Refused(refusal)
    }
}

pub type Result<T> = std::result::Result<T, ServiceError>;

/// `Some(value)` or [`ServiceError::NotFound`].
pub fn found<T>(value: Option<T>) -> Result<T> {
    value.ok_or(ServiceError::NotFound)
}
