//! Staff console: each organization's competency requirement status, which staff set
//! (in this demo, the stand-in for the network's own records).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::staff::load_staff_competencies;
use crate::components::error_page::ErrorPage;
use crate::domain::support::RequirementItem;
use crate::i18n::{arg, num, use_i18n};
use crate::view::labels::{area_label_id, requirement_item_label_id};
use crate::view::support::{CompetencyFilter, CompetencyLine, StaffCompetenciesView};

#[component]
pub fn StaffCompetenciesPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        CompetencyFilter {
            search: query.get("q").unwrap_or_default(),
            page: query.get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
        }
    });
    let all = page_data(move || filter.get(), load_staff_competencies);
    view! {
        <Suspense>
            {move || all.get().map(|result| match result {
                Ok(view) => view! { <StaffCompetenciesContent view filter=filter.get_untracked()/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn StaffCompetenciesContent(view: StaffCompetenciesView, filter: CompetencyFilter) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("staff-competencies-title");
    let done = query.read_untracked().get("done").is_some().then(|| view! { <p class="banner ok" role="status">{i18n.t("staff-done-competency")}</p> });
    let back = filter.query(view.page);
    let range = match view.total {
        0 if filter.search.trim().is_empty() => i18n.t("staff-competencies-none"),
        0 => i18n.tr("staff-competencies-no-match", &[("search", arg(filter.search.trim().to_string()))]),
        total => i18n.tr(
            "staff-competencies-range",
            &[("first", num(view.first as i64)), ("last", num(view.last as i64)), ("total", num(total as i64))],
        ),
    };
    let pager = (view.pages > 1).then(|| {
        let link = |page: usize| {
            let query = filter.query(page);
            if query.is_empty() { "/staff/competencies".to_string() } else { format!("/staff/competencies?{query}") }
        };
        let previous = (view.page > 1).then(|| view! { <a href=link(view.page - 1) rel="prev">{i18n.t("pager-previous")}</a> });
        let next = (view.page < view.pages).then(|| view! { <a href=link(view.page + 1) rel="next">{i18n.t("pager-next")}</a> });
        view! {
            <nav class="pager" aria-label=i18n.t("pager-label")>
                {previous}
                <span>{i18n.tr("pager-position", &[("page", num(view.page as i64)), ("pages", num(view.pages as i64))])}</span>
                {next}
            </nav>
        }
    });
    let organizations = view
        .organizations
        .into_iter()
        .map(|(id, name, lines)| {
            let forms = lines.into_iter().map(|line| view! { <AreaForm organization=id line back=back.clone()/> }).collect_view();
            view! {
                <section class="card" aria-label=name.clone()>
                    <h2>{name.clone()}</h2>
                    {forms}
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p class="hint">{i18n.t("staff-competencies-intro")}</p>
        {done}
        <form method="get" action="/staff/competencies" class="filters" role="search">
            <div class="field">
                <label for="competencies-search">{i18n.t("staff-competencies-search")}</label>
                <input id="competencies-search" type="search" name="q" value=filter.search.clone() autocomplete="off"/>
            </div>
            <div class="actions"><button type="submit" class="secondary">{i18n.t("staff-competencies-search-submit")}</button></div>
        </form>
        <p role="status">{range}</p>
        {organizations}
        {pager}
    }
}

#[component]
fn AreaForm(organization: i64, line: CompetencyLine, back: String) -> impl IntoView {
    let i18n = use_i18n();
    let area = i18n.t(area_label_id(line.area));
    let status_id = format!("status-{organization}-{}", line.area.code());
    let items = RequirementItem::ALL
        .iter()
        .map(|item| view! {
            <label><input type="checkbox" name="missing" value=item.code() checked=line.missing.contains(item)/>" "{i18n.t(requirement_item_label_id(*item))}</label>
        })
        .collect_view();
    view! {
        <form method="post" action="/staff/competencies" class="stack competency-form">
            <input type="hidden" name="organization" value=organization.to_string()/>
            <input type="hidden" name="area" value=line.area.code()/>
            <input type="hidden" name="back" value=back/>
            <h3>{area.clone()}</h3>
            <div class="field">
                <label for=status_id.clone()>{i18n.t("competency-requirements")}</label>
                <select id=status_id name="status">
                    <option value="complete" selected=line.complete>{i18n.t("competency-status-complete")}</option>
                    <option value="incomplete" selected=!line.complete>{i18n.t("competency-status-incomplete")}</option>
                </select>
            </div>
            <fieldset class="choices">
                <legend>{i18n.tr("staff-competency-missing", &[("area", arg(area))])}</legend>
                {items}
            </fieldset>
            <div class="actions"><button type="submit" class="secondary">{i18n.t("staff-save-competency")}</button></div>
        </form>
    }
}
