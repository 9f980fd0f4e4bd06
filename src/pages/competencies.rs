//! Competencies (seed 002): each area's requirement status with what it still misses,
//! the Silver or Gold level held with its anniversary, the policy exemption notice,
//! and the way to pay the fee.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::codec::page_data;
use crate::api::competencies::load_competencies;
use crate::components::error_page::ErrorPage;
use crate::components::status::StatusBadge;
use crate::i18n::{arg, use_i18n};
use crate::view::labels::{area_label_id, level_label_id, requirement_item_label_id};
use crate::view::support::{CompetenciesView, CompetencyLine};

#[component]
pub fn CompetenciesPage() -> impl IntoView {
    let competencies = page_data(|| (), |_| load_competencies());
    view! {
        <Suspense>
            {move || competencies.get().map(|result| match result {
                Ok(view) => view! { <CompetenciesContent view/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn CompetenciesContent(view: CompetenciesView) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("nav-competencies");
    let body = if view.areas.is_empty() {
        view! { <p>{i18n.t("competencies-none")}</p> }.into_any()
    } else {
        view.areas.into_iter().map(|line| view! { <AreaCard line/> }).collect_view().into_any()
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p>{i18n.t("competencies-intro")}</p>
        <div class="cards">{body}</div>
    }
}

#[component]
fn AreaCard(line: CompetencyLine) -> impl IntoView {
    let i18n = use_i18n();
    let area = i18n.t(area_label_id(line.area));
    let requirement = if line.complete {
        view! { <span class="badge ok">{i18n.t("competency-status-complete")}</span> }
    } else {
        view! { <span class="badge neutral">{i18n.t("competency-status-incomplete")}</span> }
    };
    let missing = (!line.complete && !line.missing.is_empty()).then(|| {
        let items = line.missing.iter().map(|item| view! { <li>{i18n.t(requirement_item_label_id(*item))}</li> }).collect_view();
        view! { <p>{i18n.t("competency-missing")}</p><ul>{items}</ul> }
    });
    let owned = match line.owned.clone() {
        Some(owned) => view! {
            <dl class="facts">
                <dt>{i18n.t("competency-level")}</dt>
                <dd>{i18n.t(level_label_id(owned.level))}" "<StatusBadge status=owned.status/></dd>
                <dt>{i18n.t("offers-column-renewal-start-date")}</dt><dd>{owned.anniversary.clone()}</dd>
            </dl>
            <p><a href=format!("/offers/{}", owned.subscription_id)>{i18n.t("offers-view-details")}</a></p>
        }
        .into_any(),
        None => view! { <p>{i18n.t("competency-no-level")}</p> }.into_any(),
    };
    let exemption = line.exempt.then(|| view! { <p class="notice">{i18n.t("competency-exemption")}</p> });
    view! {
        <article class="card" aria-label=area.clone()>
            <h2>{area.clone()}</h2>
            <p>{i18n.t("competency-requirements")}" "{requirement}</p>
            {missing}
            {exemption}
            {owned}
            <p><a href="/offers">{i18n.t("competency-pay-fee")}</a></p>
        </article>
    }
}
