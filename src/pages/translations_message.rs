//! One message on the translators' workbench: the English source and the translation
//! side by side, the comment for translators with its variables, the glossary terms it
//! uses, and a preview formatted with sample values (numbers 0, 1, 2, 5 and one the
//! translator types in a GET form, a date, an amount).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::translations_language::{route_lang, StateBadge};
use crate::api::codec::page_data;
use crate::api::translations::load_translations_message;
use crate::components::error_page::ErrorPage;
use crate::i18n::{arg, num, use_i18n};
use crate::view::labels::variable_kind_label_id;
use crate::view::translations::MessageView;

#[component]
pub fn TranslationsMessagePage() -> impl IntoView {
    let lang = route_lang();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let number = Memo::new(move |_| query.read().get("number").and_then(|n| n.trim().parse::<i64>().ok()));
    let message = page_data(move || (lang.get(), id.get(), number.get()), |(lang, id, number)| load_translations_message(lang, id, number));
    view! {
        <Suspense>
            {move || message.get().map(|result| match result {
                Ok(view) => view! { <MessageContent view/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn MessageContent(view: MessageView) -> impl IntoView {
    let i18n = use_i18n();
    let lang = view.lang;
    let code = lang.code();
    let language = i18n.t(lang.name_id());
    let title = i18n.tr("translations-message-title", &[("id", arg(view.id.clone()))]);
    let translation = match view.translation.clone() {
        Some(source) => view! { <pre lang=lang.bcp47()><code>{source}</code></pre> }.into_any(),
        None => view! { <p class="banner warn">{i18n.t("translations-not-translated")}</p> }.into_any(),
    };
    let stale = (view.state == crate::domain::translation::MessageState::Stale)
        .then(|| view! { <p class="banner warn">{i18n.t("translations-stale-hint")}</p> });
    let comment = if view.comment.is_empty() {
        view! { <p class="hint">{i18n.t("translations-no-comment")}</p> }.into_any()
    } else {
        view! { <pre lang="en"><code>{view.comment.join("\n")}</code></pre> }.into_any()
    };
    let variables = if view.variables.is_empty() {
        view! { <p class="hint">{i18n.t("translations-no-variables")}</p> }.into_any()
    } else {
        let rows = view
            .variables
            .iter()
            .map(|variable| {
                let sample = view.samples.iter().find(|(name, _)| *name == variable.name).map(|(_, value)| value.clone());
                view! {
                    <tr>
                        <th scope="row"><code>{format!("${}", variable.name)}</code></th>
                        <td data-label=i18n.t("translations-column-kind")>{i18n.t(variable_kind_label_id(variable.kind))}</td>
                        <td data-label=i18n.t("translations-column-note") lang="en">{variable.note.clone()}</td>
                        <td data-label=i18n.t("translations-column-sample")>{sample.unwrap_or_else(|| i18n.t("translations-sample-numbers"))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("translations-column-variable")}</th>
                            <th scope="col">{i18n.t("translations-column-kind")}</th>
                            <th scope="col">{i18n.t("translations-column-note")}</th>
                            <th scope="col">{i18n.t("translations-column-sample")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let terms = if view.terms.is_empty() {
        view! { <p class="hint">{i18n.t("translations-no-glossary")}</p> }.into_any()
    } else {
        let rows = view
            .terms
            .iter()
            .map(|term| {
                view! {
                    <tr>
                        <th scope="row" lang="en">{term.english.clone()}</th>
                        <td data-label=language.clone() lang=lang.bcp47()>{term.translation.clone()}</td>
                        <td data-label=i18n.t("translations-column-concept") lang="en">{term.concept.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("translations-column-english")}</th>
                            <th scope="col">{language.clone()}</th>
                            <th scope="col">{i18n.t("translations-column-concept")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let preview_rows = view
        .preview
        .iter()
        .map(|row| {
            let sample = match row.number {
                Some(n) => i18n.tr("translations-preview-with-number", &[("number", num(n))]),
                None => i18n.t("translations-preview-sample"),
            };
            let translated = match row.translation.clone() {
                Some(text) => view! { <span lang=lang.bcp47() class="preview-text">{text}</span> }.into_any(),
                None => view! { <span class="hint">{i18n.t("translations-not-translated-short")}</span> }.into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{sample}</th>
                    <td data-label=i18n.t("translations-column-english") lang="en" class="preview-text">{row.english.clone()}</td>
                    <td data-label=language.clone()>{translated}</td>
                </tr>
            }
        })
        .collect_view();
    let number_form = view.takes_number.then(|| {
        let value = view.number.map(|n| n.to_string()).unwrap_or_default();
        view! {
            <form method="get" class="filters">
                <div class="field">
                    <label for="preview-number">{i18n.t("translations-preview-number")}</label>
                    <input id="preview-number" type="number" name="number" inputmode="numeric" step="1" value=value/>
                </div>
                <div class="actions"><button type="submit" class="secondary">{i18n.t("translations-preview-apply")}</button></div>
            </form>
        }
    });
    let recorded = view.recorded_hash.clone().unwrap_or_else(|| i18n.t("translations-hash-none"));
    let language_href = format!("/translations/{code}");
    let previous = view.previous.clone().map(|id| {
        view! { <a href=format!("/translations/{code}/{id}") rel="prev">{i18n.t("translations-previous")}</a> }
    });
    let next = view.next.clone().map(|id| view! { <a href=format!("/translations/{code}/{id}") rel="next">{i18n.t("translations-next")}</a> });
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <p><a href=language_href>{i18n.tr("translations-back-language", &[("language", arg(language.clone()))])}</a></p>
        <h1>{title}</h1>
        <dl class="facts">
            <dt>{i18n.t("translations-column-state")}</dt><dd><StateBadge state=view.state/></dd>
            <dt>{i18n.t("translations-filter-file")}</dt><dd><code>{view.file.clone()}</code></dd>
            <dt>{i18n.t("translations-hash")}</dt>
            <dd>{i18n.tr("translations-hash-value", &[("current", arg(view.current_hash.clone())), ("recorded", arg(recorded))])}</dd>
        </dl>
        {stale}
        <div class="side-by-side">
            <section aria-labelledby="english-source">
                <h2 id="english-source">{i18n.t("translations-english-source")}</h2>
                <pre lang="en"><code>{view.english.clone()}</code></pre>
            </section>
            <section aria-labelledby="translation-source">
                <h2 id="translation-source">{i18n.tr("translations-translation-in", &[("language", arg(language.clone()))])}</h2>
                {translation}
            </section>
        </div>
        <section aria-labelledby="comment">
            <h2 id="comment">{i18n.t("translations-comment")}</h2>
            {comment}
        </section>
        <section aria-labelledby="variables">
            <h2 id="variables">{i18n.t("translations-variables")}</h2>
            {variables}
        </section>
        <section aria-labelledby="glossary">
            <h2 id="glossary">{i18n.t("translations-glossary")}</h2>
            {terms}
        </section>
        <section aria-labelledby="preview">
            <h2 id="preview">{i18n.t("translations-preview")}</h2>
            <p class="hint">{i18n.t("translations-preview-intro")}</p>
            {number_form}
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("translations-column-sample")}</th>
                            <th scope="col">{i18n.t("translations-column-english")}</th>
                            <th scope="col">{language.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>{preview_rows}</tbody>
                </table>
            </div>
        </section>
        <nav class="actions" aria-label=i18n.t("translations-paging")>{previous}" "{next}</nav>
    }
}
