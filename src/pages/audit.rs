//! Audit log page (Global admin): who did what, when, from where; newest first.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::audit::load_audit;
use crate::domain::audit::AuditAction;
use crate::view::audit::{AuditFilter, AuditView};
use crate::view::labels::audit_label_id;
use crate::i18n::{arg, use_i18n};

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        AuditFilter { action: query.get("action").and_then(|a| AuditAction::parse_code(&a)), user: query.get("user").and_then(|u| u.parse().ok()) }
    });
    let audit = page_data(move || filter.get(), load_audit);
    view! {
        <Suspense>
            {move || audit.get().map(|result| match result {
                Ok(view) => view! { <AuditContent view filter=filter.get_untracked()/> }.into_any(),
                Err(error) => {
                    view! { <ErrorPage error/> }.into_any()
                }
            })}
        </Suspense>
    }
}

#[component]
fn AuditContent(view: AuditView, filter: AuditFilter) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("audit-title");
    let actions = AuditAction::ALL
        .iter()
        .map(|action| view! { <option value=action.code() selected=filter.action == Some(*action)>{i18n.t(audit_label_id(*action))}</option> })
        .collect_view();
    let users = view
        .users
        .iter()
        .map(|(id, name)| view! { <option value=id.to_string() selected=filter.user == Some(*id)>{name.clone()}</option> })
        .collect_view();
    let rows = view
        .entries
        .iter()
        .map(|entry| {
            let detail = entry.detail.iter().map(|line| view! { <span class="audit-fact">{line.clone()}</span> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{entry.at.clone()}</th>
                    <td data-label=i18n.t("audit-column-who")>{entry.who.clone()}</td>
                    <td data-label=i18n.t("audit-column-action")>{i18n.t(audit_label_id(entry.action))}</td>
                    <td data-label=i18n.t("audit-column-detail")>{detail}</td>
                    <td data-label=i18n.t("audit-column-address")>{entry.client.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <form method="get" class="filters">
            <div class="field">
                <label for="audit-action">{i18n.t("audit-filter-action")}</label>
                <select id="audit-action" name="action"><option value="">{i18n.t("invoice-filter-all")}</option>{actions}</select>
            </div>
            <div class="field">
                <label for="audit-user">{i18n.t("audit-filter-user")}</label>
                <select id="audit-user" name="user"><option value="">{i18n.t("invoice-filter-all")}</option>{users}</select>
            </div>
            <div class="actions"><button type="submit" class="secondary">{i18n.t("invoice-filter-apply")}</button></div>
        </form>
        <div class="table-wrap">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("audit-column-when")}</th>
                        <th scope="col">{i18n.t("audit-column-who")}</th>
                        <th scope="col">{i18n.t("audit-column-action")}</th>
                        <th scope="col">{i18n.t("audit-column-detail")}</th>
                        <th scope="col">{i18n.t("audit-column-address")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
