//! The application state shared by handlers, server functions and page renders.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::core::Core;
use super::mail::Mailer;
use super::present::invoice_pdf::InvoiceFont;
use crate::i18n::format::Formatters;
use crate::i18n::server::Locales;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub core: Core,
    pub locales: Arc<Locales>,
    pub formatters: Arc<Formatters>,
    pub invoice_font: InvoiceFont,
    /// Delivers the outbox's e-mail (the job runner).
    pub mailer: Mailer,
}

impl AppState {
    /// The state of the current server function or page render.
    pub fn from_context() -> AppState {
        leptos::prelude::expect_context::<AppState>()
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("core", &self.core).finish_non_exhaustive()
    }
}
