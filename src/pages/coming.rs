//! A page whose area is not built yet says so plainly.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::nav::Area;
use crate::i18n::use_i18n;

#[component]
pub fn ComingPage(area: Area) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t(area.title_id());
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", crate::i18n::arg(title.clone()))])/>
        <h1>{title}</h1>
        <p class="notice">{i18n.t("shell-coming-soon")}</p>
    }
}
