//! Server functions: thin adapters from a request onto the domain and the store.
//! Each authenticates, authorizes by role, scopes by organization, and maps the result.

pub mod audit;
pub mod checkout;
pub mod error;
pub mod forms;
pub mod invoices;
pub mod offers;
pub mod profile;
pub mod users;
pub mod shell;

pub use error::AppError;

/// Sets the HTTP status of the page being rendered (no-op in the browser).
#[cfg(feature = "ssr")]
pub use crate::server::page::set_status;

/// Sets the HTTP status of the page being rendered (no-op in the browser).
#[cfg(not(feature = "ssr"))]
pub fn set_status(_code: u16) {}
