//! The application state shared by handlers, server functions and page renders.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::core::Core;
use super::mail::Mailer;
use super::present::invoice_pdf::InvoiceFont;
use super::locales::LiveLocales;
use super::web::assets::{CatalogFiles, SiteAssets};
use crate::i18n::format::Formatters;
use crate::i18n::server::Locales;

/// Cloned for every request and looked up many times while a page renders, so it is
/// one `Arc` (cloning the fields one by one was 5 % of a page's time).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// What the state holds.
#[derive(Clone)]
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub core: Core,
    /// The catalogs being served (reloaded from `locales/` in development).
    pub live_locales: Arc<LiveLocales>,
    pub formatters: Arc<Formatters>,
    pub invoice_font: InvoiceFont,
    /// Delivers the outbox's e-mail (the job runner).
    pub mailer: Mailer,
    /// The names of the stylesheet, script and wasm the pages link.
    pub assets: Arc<SiteAssets>,
}

impl AppState {
    /// The state over a core, with the site files beside the running binary.
    pub fn new(leptos_options: LeptosOptions, core: Core, locales: LiveLocales, invoice_font: InvoiceFont, mailer: Mailer) -> AppState {
        let assets = Arc::new(SiteAssets::locate(&leptos_options));
        AppState(Arc::new(Shared {
            leptos_options,
            core,
            live_locales: Arc::new(locales),
            formatters: Arc::new(Formatters::new()),
            invoice_font,
            mailer,
            assets,
        }))
    }

    /// The catalogs to use for this request.
    pub fn locales(&self) -> Arc<Locales> {
        self.live_locales.current().locales.clone()
    }

    /// Each language's catalog as the browser fetches it.
    pub fn catalog_files(&self) -> Arc<CatalogFiles> {
        self.live_locales.current().catalog_files.clone()
    }

    /// The state of the current server function or page render.
    pub fn from_context() -> AppState {
        leptos::prelude::expect_context::<AppState>()
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// Changing a field (tests, before serving) copies the state if it is shared.
impl std::ops::DerefMut for AppState {
    fn deref_mut(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }
}

/// What leptos_axum takes from the state.
impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos_options.clone()
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("core", &self.core).finish_non_exhaustive()
    }
}
