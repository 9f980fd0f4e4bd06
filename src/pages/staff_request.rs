//! Staff console: one request, and what staff can do with it: assign it to
//! themselves, reply (the partner is told), set the status, and for a cancellation
//! complete it (now or at the end of the term, with or without a refund) or decline it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::support_request::{request_id, RequestSummary};
use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::staff::load_staff_request;
use crate::components::error_page::ErrorPage;
use crate::components::form::{FormMessage, TextArea};
use crate::domain::support::{CancellationEffect, RequestStatus};
use crate::i18n::{arg, use_i18n};
use crate::view::forms::FormFeedback;
use crate::view::labels::{effect_label_id, request_status_label_id};
use crate::view::support::RequestView;

#[component]
pub fn StaffRequestPage() -> impl IntoView {
    let id = request_id();
    let request = page_data(move || id.get(), load_staff_request);
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (request.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(view)), Some(posted)) => Some(view! { <StaffRequestContent view posted=posted.ok().flatten()/> }.into_any()),
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn StaffRequestContent(view: RequestView, posted: Option<FormFeedback>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let id = view.line.id;
    let action = format!("/staff/requests/{id}");
    let title = i18n.tr("support-request-title", &[("number", arg(view.line.number.clone())), ("subject", arg(view.line.subject.clone()))]);
    let done = query.read_untracked().get("done").and_then(|done| match done.as_str() {
        "assigned" => Some("staff-done-assigned"),
        "replied" => Some("staff-done-replied"),
        "status" => Some("staff-done-status"),
        "completed" => Some("staff-done-completed"),
        "declined" => Some("staff-done-declined"),
        _ => None,
    });
    let message = posted.clone().map(|feedback| view! { <FormMessage feedback/> });
    let reply = FormFeedback::of(posted.clone(), "staff-reply");
    let decline = FormFeedback::of(posted, "staff-decline");
    let statuses = RequestStatus::ALL
        .iter()
        .map(|s| view! { <option value=s.code() selected=view.line.status == *s>{i18n.t(request_status_label_id(*s))}</option> })
        .collect_view();
    let is_cancellation = view.subscription_id.is_some() && view.open;
    let asked = view.cancellation_effect.unwrap_or(CancellationEffect::EndOfTerm);
    let effects = CancellationEffect::ALL
        .iter()
        .map(|effect| view! {
            <label><input type="radio" name="effect" value=effect.code() checked=*effect == asked/>" "{i18n.t(effect_label_id(*effect))}</label>
        })
        .collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <p><a href="/staff">{i18n.t("staff-back")}</a></p>
        <h1>{title}</h1>
        {done.map(|id| view! { <p class="banner ok" role="status">{i18n.t(id)}</p> })}
        {message}
        <RequestSummary view=view.clone() staff=true/>
        <section aria-labelledby="staff-actions-heading">
            <h2 id="staff-actions-heading">{i18n.t("details-actions-heading")}</h2>
            {(!view.assigned_to_me).then(|| view! {
                <form method="post" action=action.clone() class="actions">
                    <input type="hidden" name="intent" value="assign"/>
                    <button type="submit" class="secondary">{i18n.t("staff-assign-to-me")}</button>
                </form>
            })}
            <form method="post" action=action.clone() class="stack" novalidate>
                <input type="hidden" name="intent" value="reply"/>
                <TextArea name="body" label="staff-reply" feedback=reply rows=4/>
                <div class="actions"><button type="submit" class="primary">{i18n.t("support-send")}</button></div>
            </form>
            <form method="post" action=action.clone() class="filters">
                <input type="hidden" name="intent" value="status"/>
                <div class="field">
                    <label for="field-status">{i18n.t("staff-set-status")}</label>
                    <select id="field-status" name="status">{statuses}</select>
                </div>
                <div class="actions"><button type="submit" class="secondary">{i18n.t("staff-save-status")}</button></div>
            </form>
        </section>
        {is_cancellation.then(|| view! {
            <section aria-labelledby="cancellation-heading">
                <h2 id="cancellation-heading">{i18n.t("staff-cancellation-heading")}</h2>
                <form method="post" action=action.clone() class="stack">
                    <input type="hidden" name="intent" value="complete"/>
                    <fieldset class="choices">
                        <legend>{i18n.t("support-effect")}</legend>
                        {effects}
                    </fieldset>
                    <label><input type="checkbox" name="refund" value="yes"/>" "{i18n.t("staff-refund")}</label>
                    <div class="actions"><button type="submit" class="danger">{i18n.t("staff-complete-cancellation")}</button></div>
                </form>
                <form method="post" action=action class="stack" novalidate>
                    <input type="hidden" name="intent" value="decline"/>
                    <TextArea name="body" id="decline-body" label="staff-decline-message" feedback=decline rows=3/>
                    <div class="actions"><button type="submit" class="secondary">{i18n.t("staff-decline-cancellation")}</button></div>
                </form>
            </section>
        })}
    }
}
