//! A page that could not be shown: heading and message, with the error's status.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{arg, use_i18n};
use crate::view::AppError;

#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    super::set_status(error.status());
    let i18n = use_i18n();
    let title = i18n.t(error.message_id());
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p><a href="/offers">{i18n.t("not-found-home-link")}</a></p>
    }
}
