//! Everything about languages: Fluent catalogs, choosing the language of a request,
//! and (on the server) formatting dates and amounts by locale.

mod catalog;
mod lang;

#[cfg(feature = "ssr")]
pub mod format;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(not(feature = "ssr"))]
mod client;

pub use catalog::{arg, num, parse_resource, pseudo, Catalog, CatalogSource, FtlError, I18n};
pub use lang::Lang;

#[cfg(not(feature = "ssr"))]
pub use client::catalog_from_document;

use leptos::prelude::*;

/// The id of the `<script type="application/json">` element holding the page's catalog.
pub const CATALOG_ELEMENT_ID: &str = "mo-catalog";

/// The translator of the current page (provided by the shell on the server and by
/// `hydrate()` in the browser).
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Marks a string literal as a Fluent message id, for ids chosen by code (error codes,
/// statuses) rather than passed straight to [`I18n::t`]. The locale check finds them.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {
        $id
    };
}
