//! Server functions: what pages load, each `context -> service -> presenter`.
//!
//! Every function authenticates and scopes by organization with the extractor of
//! `server::web::extract` (`Partner::from_context`), checks the role where the
//! answer depends on it, calls one service, and presents its outcome in the
//! visitor's language. Their bodies run on the server only; the browser gets a
//! client that calls them over HTTP.

pub mod account;
pub mod codec;
pub mod audit;
pub mod checkout;
pub mod competencies;
pub mod forms;
pub mod invoices;
pub mod notifications;
pub mod offers;
pub mod profile;
pub mod shell;
pub mod staff;
pub mod support;
pub mod translations;
pub mod users;
