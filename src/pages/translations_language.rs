//! One language on the translators' workbench: its messages beside the English source,
//! grouped by file, filtered by state (all, missing, stale, translated), file and a
//! search over ids and texts (a GET form: it works without JavaScript).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::codec::page_data;
use crate::api::translations::load_translations_language;
use crate::components::error_page::ErrorPage;
use crate::domain::translation::MessageState;
use crate::i18n::{arg, num, use_i18n, Lang};
use crate::view::labels::{message_state_label_id, message_state_tone};
use crate::view::translations::{FileGroup, LanguageView, MessageFilter};

/// The language code of the current `/translations/:lang…` route.
pub fn route_lang() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("lang").unwrap_or_default())
}

#[component]
pub fn TranslationsLanguagePage() -> impl IntoView {
    let lang = route_lang();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        MessageFilter {
            show: query.get("show").and_then(|s| MessageState::parse_code(&s)),
            file: query.get("file").unwrap_or_default(),
            search: query.get("q").unwrap_or_default(),
        }
    });
    let messages = page_data(move || (lang.get(), filter.get()), |(lang, filter)| load_translations_language(lang, filter));
    view! {
        <Suspense>
            {move || messages.get().map(|result| match result {
                Ok(view) => view! { <LanguageContent view filter=filter.get_untracked()/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

/// A state's badge.
#[component]
pub fn StateBadge(state: MessageState) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("badge {}", message_state_tone(state))>{i18n.t(message_state_label_id(state))}</span> }
}

#[component]
fn LanguageContent(view: LanguageView, filter: MessageFilter) -> impl IntoView {
    let i18n = use_i18n();
    let lang = view.progress.lang;
    let language = i18n.t(lang.name_id());
    let title = i18n.tr("translations-language-title", &[("language", arg(language.clone()))]);
    let progress = view.progress;
    let problem = view.problem.map(|error| {
        view! { <p class="banner bad" role="alert">{i18n.tr("translations-problem", &[("error", arg(error))])}</p> }
    });
    let shows = [None, Some(MessageState::Missing), Some(MessageState::Stale), Some(MessageState::Translated)]
        .into_iter()
        .map(|state| {
            let label = match state {
                None => i18n.t("translations-filter-all"),
                Some(state) => i18n.t(message_state_label_id(state)),
            };
            view! { <option value=state.map(|s| s.code()).unwrap_or("") selected=filter.show == state>{label}</option> }
        })
        .collect_view();
    let files = view
        .files
        .iter()
        .map(|file| view! { <option value=file.clone() selected=filter.file == *file>{file.clone()}</option> })
        .collect_view();
    let groups = if view.groups.is_empty() {
        view! { <p class="empty">{i18n.t("translations-none")}</p> }.into_any()
    } else {
        view.groups.into_iter().map(|group| view! { <FileMessages group lang/> }).collect_view().into_any()
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <p><a href="/translations">{i18n.t("translations-back-overview")}</a></p>
        <h1>{title}</h1>
        {problem}
        <p>{i18n.tr("translations-progress", &[
            ("translated", num(progress.translated as i64)),
            ("total", num(progress.total as i64)),
            ("stale", num(progress.stale as i64)),
            ("missing", num(progress.missing as i64)),
        ])}</p>
        <form method="get" class="filters" role="search" aria-label=i18n.t("translations-filter-label")>
            <div class="field">
                <label for="filter-show">{i18n.t("translations-filter-show")}</label>
                <select id="filter-show" name="show">{shows}</select>
            </div>
            <div class="field">
                <label for="filter-file">{i18n.t("translations-filter-file")}</label>
                <select id="filter-file" name="file"><option value="">{i18n.t("translations-filter-all-files")}</option>{files}</select>
            </div>
            <div class="field">
                <label for="filter-q">{i18n.t("translations-filter-search")}</label>
                <input id="filter-q" type="search" name="q" value=filter.search.clone()/>
            </div>
            <div class="actions"><button type="submit" class="secondary">{i18n.t("translations-filter-apply")}</button></div>
        </form>
        <p role="status">{i18n.tr("translations-shown", &[("count", num(view.shown as i64))])}</p>
        {groups}
    }
}

#[component]
fn FileMessages(group: FileGroup, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("file-{}", group.file.replace('.', "-"));
    let rows = group
        .lines
        .into_iter()
        .map(|line| {
            let href = format!("/translations/{}/{}", lang.code(), line.id);
            let translation = match line.translation {
                Some(text) => view! { <span lang=lang.bcp47()>{text}</span> }.into_any(),
                None => view! { <span class="hint">{i18n.t("translations-not-translated-short")}</span> }.into_any(),
            };
            view! {
                <tr>
                    <th scope="row"><a href=href><code>{line.id}</code></a></th>
                    <td data-label=i18n.t("translations-column-english") lang="en">{line.english}</td>
                    <td data-label=i18n.t("translations-column-translation")>{translation}</td>
                    <td data-label=i18n.t("translations-column-state")><StateBadge state=line.state/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{group.file}</h2>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("translations-column-id")}</th>
                            <th scope="col">{i18n.t("translations-column-english")}</th>
                            <th scope="col">{i18n.t("translations-column-translation")}</th>
                            <th scope="col">{i18n.t("translations-column-state")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
