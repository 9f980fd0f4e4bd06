//! membership-offers: a partner network portal for yearly membership offers.
//!
//! The crate builds twice: with `ssr` into the server binary, with `hydrate` into the
//! browser's wasm. `domain`, `view` and the `i18n` catalogs are shared; `server` is
//! server-only; `api` holds the server functions that connect the two.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod view;
#[cfg(feature = "ssr")]
pub mod server;

/// Browser entry: fetches the page's catalog (preloaded by the shell, cached by the
/// browser) to build the translator, then hydrates the body.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use leptos::prelude::*;
    // Panic messages in the console for builds that unwind or abort through the hook
    // (`cargo leptos`); the release site's panics abort before any hook (ADR 9).
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let Some(i18n) = i18n::catalog_from_document().await else {
            leptos::logging::error!("page catalog missing; the page stays server-rendered");
            return;
        };
        // Lazy routes (src/app.rs): hydration first loads the current route's split
        // module, so the view it hydrates is the one the server rendered.
        leptos::mount::hydrate_lazy(move || {
            provide_context(i18n.clone());
            view! { <app::App/> }
        });
    });
}
