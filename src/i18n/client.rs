//! Browser side: the page's catalog is a cacheable JSON file that the shell preloads
//! (`<link id="mo-catalog" rel="preload" href="/i18n/<lang>.<hash>.json">`).

use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{Catalog, CatalogSource, I18n, CATALOG_ELEMENT_ID};

/// Fetches the catalog the page names and builds the page's translator.
pub async fn catalog_from_document() -> Option<I18n> {
    let href = leptos::prelude::document().get_element_by_id(CATALOG_ELEMENT_ID)?.get_attribute("href")?;
    let response: web_sys::Response = JsFuture::from(leptos::prelude::window().fetch_with_str(&href)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let source: CatalogSource = serde_json::from_slice(text.as_bytes()).ok()?;
    Catalog::build(source).ok().map(|catalog| I18n::new(Arc::new(catalog)))
}
