//! Server-only code. Dependencies run one way:
//!
//! ```text
//! web  ->  service / present  ->  store  ->  domain
//!                     present  ->  view + i18n
//! ```
//!
//! - [`web`]: routers, extractors, typed forms, replies, middleware;
//! - [`service`]: use cases (typed inputs, domain outcomes, one error type);
//! - [`present`]: outcomes to view models, PDF and CSV layout;
//! - [`store`]: the database ([`store::db`]) and every SQL query;
//! - [`gateway`]: the payment gateway; [`password`]: hashing;
//! - start-up: [`config`], [`clock`], [`core`], [`state`], [`startup`], [`seed`].
//!
//! Nothing under `server/` uses `crate::api`.

pub mod clock;
pub mod config;
pub mod core;
pub mod gateway;
pub mod jobs;
pub mod locales;
pub mod mail;
pub mod password;
pub mod present;
pub mod seed;
pub mod service;
pub mod startup;
pub mod state;
pub mod store;
pub mod vies;
pub mod web;
