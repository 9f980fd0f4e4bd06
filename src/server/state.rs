//! The application state shared by handlers and server functions.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::clock::Clock;
use super::config::Config;
use super::db::Db;
use super::invoices::InvoiceFont;
use super::payments::PaymentGateway;
use crate::i18n::format::Formatters;
use crate::i18n::server::Locales;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub clock: Clock,
    pub locales: Arc<Locales>,
    pub formatters: Arc<Formatters>,
    pub config: Arc<Config>,
    pub gateway: Arc<dyn PaymentGateway>,
    pub invoice_font: InvoiceFont,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("db", &self.db.backend()).field("clock", &self.clock).finish_non_exhaustive()
    }
}
