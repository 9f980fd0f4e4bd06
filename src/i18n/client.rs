//! Browser side: the shell puts the page's catalog source in a JSON data block.

use std::sync::Arc;

use super::{Catalog, CatalogSource, I18n, CATALOG_ELEMENT_ID};

/// Builds the page's translator from the data block the server rendered.
pub fn catalog_from_document() -> Option<I18n> {
    let text = leptos::prelude::document()
        .get_element_by_id(CATALOG_ELEMENT_ID)?
        .text_content()?;
    let source: CatalogSource = serde_json::from_str(&text).ok()?;
    Catalog::build(source).ok().map(|catalog| I18n::new(Arc::new(catalog)))
}
