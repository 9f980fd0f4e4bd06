//! Support: the organization's Partner Center requests (seed 000), with a status
//! filter (a GET form, so it works without JavaScript) and New request.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::support::load_support;
use crate::components::error_page::ErrorPage;
use crate::domain::support::RequestStatus;
use crate::i18n::{arg, use_i18n};
use crate::view::labels::{offer_name, request_status_label_id, request_status_tone};
use crate::view::support::{RequestLine, SupportListView};

#[component]
pub fn SupportPage() -> impl IntoView {
    let query = use_query_map();
    let status = Memo::new(move |_| query.read().get("status").and_then(|s| RequestStatus::parse_code(&s)));
    let requests = page_data(move || status.get(), load_support);
    view! {
        <Suspense>
            {move || requests.get().map(|result| match result {
                Ok(view) => view! { <SupportContent view status=status.get_untracked()/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

/// A request's status as a badge.
#[component]
pub fn RequestStatusBadge(status: RequestStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("badge {}", request_status_tone(status))>{i18n.t(request_status_label_id(status))}</span> }
}

#[component]
fn SupportContent(view: SupportListView, status: Option<RequestStatus>) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("nav-support");
    let statuses = RequestStatus::ALL
        .iter()
        .map(|s| view! { <option value=s.code() selected=status == Some(*s)>{i18n.t(request_status_label_id(*s))}</option> })
        .collect_view();
    let body = if view.requests.is_empty() {
        view! { <p>{i18n.t("support-none")}</p> }.into_any()
    } else {
        let rows = view.requests.into_iter().map(|line| view! { <RequestRowLine line/> }).collect_view();
        view! {
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("support-column-number")}</th>
                            <th scope="col">{i18n.t("support-column-subject")}</th>
                            <th scope="col">{i18n.t("support-column-subscription")}</th>
                            <th scope="col">{i18n.t("support-column-status")}</th>
                            <th scope="col">{i18n.t("support-column-updated")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">{i18n.t("support-requests-heading")}</h2>
            {view.can_open.then(|| view! { <p><a class="button primary" href="/support/new">{i18n.t("support-new-request")}</a></p> })}
            <form method="get" class="filters">
                <div class="field">
                    <label for="filter-status">{i18n.t("support-filter-status")}</label>
                    <select id="filter-status" name="status">
                        <option value="">{i18n.t("invoice-filter-all")}</option>
                        {statuses}
                    </select>
                </div>
                <div class="actions"><button type="submit" class="secondary">{i18n.t("invoice-filter-apply")}</button></div>
            </form>
            {body}
        </section>
    }
}

#[component]
fn RequestRowLine(line: RequestLine) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/support/{}", line.id);
    let subscription = line.subscription.map(|offer| offer_name(&i18n, offer)).unwrap_or_default();
    view! {
        <tr>
            <th scope="row"><a href=href>{line.number.clone()}</a></th>
            <td data-label=i18n.t("support-column-subject")><span translate="no">{line.subject.clone()}</span></td>
            <td data-label=i18n.t("support-column-subscription")>{subscription}</td>
            <td data-label=i18n.t("support-column-status")><RequestStatusBadge status=line.status/></td>
            <td data-label=i18n.t("support-column-updated")>{line.updated.clone()}</td>
        </tr>
    }
}
