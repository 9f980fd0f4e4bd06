//! The translators' workbench: how far each language is (translated, stale, missing
//! against the English source), with a link to each language's messages.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::codec::page_data;
use crate::api::translations::load_translations;
use crate::components::error_page::ErrorPage;
use crate::i18n::{arg, num, use_i18n};
use crate::view::translations::TranslationsOverview;

#[component]
pub fn TranslationsPage() -> impl IntoView {
    let overview = page_data(|| (), |_| load_translations());
    view! {
        <Suspense>
            {move || overview.get().map(|result| match result {
                Ok(view) => view! { <OverviewContent view/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn OverviewContent(view: TranslationsOverview) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("translations-title");
    let problem = view.problem.map(|error| {
        view! { <p class="banner bad" role="alert">{i18n.tr("translations-problem", &[("error", arg(error))])}</p> }
    });
    let rows = view
        .languages
        .iter()
        .map(|language| {
            let code = language.lang.code();
            let name = i18n.t(language.lang.name_id());
            let link = |show: &str, count: usize| {
                let href = format!("/translations/{code}?show={show}");
                view! { <a href=href>{i18n.tr("translations-count", &[("count", num(count as i64))])}</a> }
            };
            view! {
                <tr>
                    <th scope="row"><a href=format!("/translations/{code}") lang=language.lang.bcp47()>{name}</a></th>
                    <td data-label=i18n.t("translations-column-total")>{i18n.tr("translations-count", &[("count", num(language.total as i64))])}</td>
                    <td data-label=i18n.t("translations-state-translated")>{link("translated", language.translated)}</td>
                    <td data-label=i18n.t("translations-state-stale")>{link("stale", language.stale)}</td>
                    <td data-label=i18n.t("translations-state-missing")>{link("missing", language.missing)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p class="hint">{i18n.t("translations-intro")}</p>
        {problem}
        <div class="table-wrap">
            <table>
                <caption>{i18n.t("translations-completeness")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("translations-column-language")}</th>
                        <th scope="col">{i18n.t("translations-column-total")}</th>
                        <th scope="col">{i18n.t("translations-state-translated")}</th>
                        <th scope="col">{i18n.t("translations-state-stale")}</th>
                        <th scope="col">{i18n.t("translations-state-missing")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
