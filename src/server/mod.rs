//! Server-only code: configuration, database, clock, request handling and start-up.

pub mod audit;
pub mod auth;
pub mod checkout;
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod forms;
pub mod invoices;
pub mod locale;
pub mod offers;
pub mod page;
pub mod password;
pub mod payments;
pub mod routes;
pub mod security;
pub mod seed;
pub mod startup;
pub mod store;
pub mod users;
pub mod state;
