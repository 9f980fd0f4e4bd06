//! View models shared by the server and the browser: what each page shows, with dates
//! and amounts already formatted for the visitor's language, and every label as a
//! Fluent id ([`labels`]). No `cfg`, no IO: the browser deserialises these from the
//! server functions of `crate::api`.

pub mod account;
pub mod audit;
pub mod checkout;
pub mod error;
pub mod forms;
pub mod invoices;
pub mod labels;
pub mod notifications;
pub mod notice;
pub mod offers;
pub mod profile;
pub mod shell;
pub mod support;
pub mod translations;
pub mod users;

pub use error::AppError;
pub use notice::Notice;
