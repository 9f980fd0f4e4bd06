//! Staff console: the support-request queue across organizations, oldest first, with
//! filters (status, problem type, organization, assigned to me).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::support::RequestStatusBadge;
use crate::api::codec::page_data;
use crate::api::staff::load_queue;
use crate::components::error_page::ErrorPage;
use crate::domain::support::{ProblemType, RequestStatus};
use crate::i18n::{arg, num, use_i18n};
use crate::view::labels::{problem_type_label_id, request_status_label_id};
use crate::view::support::{RequestFilter, StaffQueueView};

#[component]
pub fn StaffQueuePage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        RequestFilter {
            status: query.get("status").and_then(|s| RequestStatus::parse_code(&s)),
            problem_type: query.get("problem").and_then(|p| ProblemType::parse_code(&p)),
            organization: query.get("organization").and_then(|o| o.parse().ok()),
            mine: query.get("mine").is_some_and(|m| m == "1"),
        }
    });
    let queue = page_data(move || filter.get(), load_queue);
    view! {
        <Suspense>
            {move || queue.get().map(|result| match result {
                Ok(view) => view! { <QueueContent view filter=filter.get_untracked()/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn QueueContent(view: StaffQueueView, filter: RequestFilter) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("staff-queue-title");
    let statuses = RequestStatus::ALL
        .iter()
        .map(|s| view! { <option value=s.code() selected=filter.status == Some(*s)>{i18n.t(request_status_label_id(*s))}</option> })
        .collect_view();
    let problems = ProblemType::ALL
        .iter()
        .map(|p| view! { <option value=p.code() selected=filter.problem_type == Some(*p)>{i18n.t(problem_type_label_id(*p))}</option> })
        .collect_view();
    let organizations = view
        .organizations
        .iter()
        .map(|(id, name)| view! { <option value=id.to_string() selected=filter.organization == Some(*id)>{name.clone()}</option> })
        .collect_view();
    let rows = view
        .requests
        .iter()
        .map(|line| {
            let href = format!("/staff/requests/{}", line.id);
            view! {
                <tr>
                    <th scope="row"><a href=href>{line.number.clone()}</a></th>
                    <td data-label=i18n.t("staff-column-organization")><span translate="no">{line.organization.clone()}</span></td>
                    <td data-label=i18n.t("support-column-subject")><span translate="no">{line.subject.clone()}</span></td>
                    <td data-label=i18n.t("cancel-problem-type")>{i18n.t(problem_type_label_id(line.problem_type))}</td>
                    <td data-label=i18n.t("support-column-status")><RequestStatusBadge status=line.status/></td>
                    <td data-label=i18n.t("staff-column-assigned")><span translate="no">{line.assignee.clone().unwrap_or_default()}</span></td>
                    <td data-label=i18n.t("staff-column-opened")>{line.opened.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = view.requests.is_empty();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p>{i18n.tr("staff-open-count", &[("count", num(view.open_count))])}</p>
        <form method="get" class="filters">
            <div class="field">
                <label for="filter-status">{i18n.t("support-filter-status")}</label>
                <select id="filter-status" name="status"><option value="">{i18n.t("invoice-filter-all")}</option>{statuses}</select>
            </div>
            <div class="field">
                <label for="filter-problem">{i18n.t("cancel-problem-type")}</label>
                <select id="filter-problem" name="problem"><option value="">{i18n.t("invoice-filter-all")}</option>{problems}</select>
            </div>
            <div class="field">
                <label for="filter-organization">{i18n.t("staff-column-organization")}</label>
                <select id="filter-organization" name="organization"><option value="">{i18n.t("invoice-filter-all")}</option>{organizations}</select>
            </div>
            <div class="field">
                <label><input type="checkbox" name="mine" value="1" checked=filter.mine/>" "{i18n.t("staff-filter-mine")}</label>
            </div>
            <div class="actions"><button type="submit" class="secondary">{i18n.t("invoice-filter-apply")}</button></div>
        </form>
        {if empty {
            view! { <p>{i18n.t("support-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("support-column-number")}</th>
                                <th scope="col">{i18n.t("staff-column-organization")}</th>
                                <th scope="col">{i18n.t("support-column-subject")}</th>
                                <th scope="col">{i18n.t("cancel-problem-type")}</th>
                                <th scope="col">{i18n.t("support-column-status")}</th>
                                <th scope="col">{i18n.t("staff-column-assigned")}</th>
                                <th scope="col">{i18n.t("staff-column-opened")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}
