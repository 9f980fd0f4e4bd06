//! The localized 404 page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::components::set_status(404);
    let i18n = use_i18n();
    let title = i18n.t("not-found-title");
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", crate::i18n::arg(title.clone()))])/>
        <h1>{title}</h1>
        <p>{i18n.t("not-found-body")}</p>
        <p><a href="/offers">{i18n.t("not-found-home-link")}</a></p>
    }
}
