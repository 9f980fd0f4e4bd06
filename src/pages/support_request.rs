//! Request details: what was asked, the timeline of messages and events between the
//! partner and network support, a reply form and Close request.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::support::RequestStatusBadge;
use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::support::load_request;
use crate::components::error_page::ErrorPage;
use crate::components::form::{FormMessage, TextArea};
use crate::domain::support::RequestStatus;
use crate::i18n::{arg, use_i18n};
use crate::view::forms::FormFeedback;
use crate::view::labels::{effect_label_id, event_kind_label_id, offer_name, problem_type_label_id, request_status_label_id};
use crate::view::support::{RequestView, TimelineEntry};

/// The id of the current `/…/:id` route (0 when malformed).
pub fn request_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|id| id.parse().ok()).unwrap_or(0))
}

#[component]
pub fn SupportRequestPage() -> impl IntoView {
    let id = request_id();
    let request = page_data(move || id.get(), load_request);
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (request.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(view)), Some(posted)) => {
                    let feedback = FormFeedback::of(posted.ok().flatten(), "request");
                    Some(view! { <RequestContent view feedback/> }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}

/// The facts, the description and the timeline: shared by the partner's page and the
/// staff console's.
#[component]
pub fn RequestSummary(view: RequestView, #[prop(optional)] staff: bool) -> impl IntoView {
    let i18n = use_i18n();
    let line = view.line.clone();
    let subscription = line.subscription.map(|offer| {
        let name = offer_name(&i18n, offer);
        match (staff, view.subscription_id) {
            (false, Some(id)) => view! { <a href=format!("/offers/{id}")>{name}</a> }.into_any(),
            _ => view! { <span>{name}</span> }.into_any(),
        }
    });
    let effect = view.cancellation_effect.map(|effect| {
        view! { <dt>{i18n.t("support-effect")}</dt><dd>{i18n.t(effect_label_id(effect))}</dd> }
    });
    let timeline = view.timeline.into_iter().map(|entry| view! { <TimelineLine entry/> }).collect_view();
    view! {
        <dl class="facts">
            <dt>{i18n.t("support-column-number")}</dt><dd>{line.number.clone()}</dd>
            <dt>{i18n.t("support-column-status")}</dt><dd><RequestStatusBadge status=line.status/></dd>
            {staff.then(|| view! { <dt>{i18n.t("staff-column-organization")}</dt><dd>{line.organization.clone()}</dd> })}
            <dt>{i18n.t("cancel-category")}</dt><dd>{i18n.t("support-category-partner-center")}</dd>
            <dt>{i18n.t("cancel-problem-type")}</dt><dd>{i18n.t(problem_type_label_id(line.problem_type))}</dd>
            {subscription.map(|s| view! { <dt>{i18n.t("support-column-subscription")}</dt><dd>{s}</dd> })}
            {effect}
            <dt>{i18n.t("support-opened-by")}</dt><dd>{i18n.tr("support-opened-by-value", &[("name", arg(view.author.clone())), ("date", arg(line.opened.clone()))])}</dd>
            {line.assignee.clone().map(|name| view! { <dt>{i18n.t("staff-column-assigned")}</dt><dd>{name}</dd> })}
        </dl>
        <section aria-labelledby="description-heading">
            <h2 id="description-heading">{i18n.t("cancel-description")}</h2>
            <p class="message">{view.description.clone()}</p>
        </section>
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.t("support-timeline")}</h2>
            <ol class="timeline support-timeline">{timeline}</ol>
        </section>
    }
}

#[component]
fn TimelineLine(entry: TimelineEntry) -> impl IntoView {
    let i18n = use_i18n();
    let what = match (entry.kind, entry.status) {
        (crate::domain::support::EventKind::StatusChanged, Some(status)) => {
            i18n.tr("support-event-status-changed-to", &[("status", arg(i18n.t(request_status_label_id(status))))])
        }
        (kind, _) => i18n.t(event_kind_label_id(kind)),
    };
    let who = if entry.who.is_empty() { i18n.t("shell-staff") } else { entry.who.clone() };
    view! {
        <li class=format!("side-{}", entry.side.code())>
            <p><span class="date">{entry.at.clone()}</span>" "<strong>{who}</strong>" · "{what}</p>
            {(!entry.body.is_empty()).then(|| view! { <p class="message">{entry.body.clone()}</p> })}
        </li>
    }
}

#[component]
fn RequestContent(view: RequestView, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let id = view.line.id;
    let title = i18n.tr("support-request-title", &[("number", arg(view.line.number.clone())), ("subject", arg(view.line.subject.clone()))]);
    let done = query.read_untracked().get("done").and_then(|done| match done.as_str() {
        "opened" => Some("support-done-opened"),
        "replied" => Some("support-done-replied"),
        "closed" => Some("support-done-closed"),
        _ => None,
    });
    let closed = view.line.status == RequestStatus::Closed;
    let can_act = !closed;
    let action = format!("/support/{id}");
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <p><a href="/support">{i18n.t("support-back")}</a></p>
        <h1>{title}</h1>
        {done.map(|id| view! { <p class="banner ok" role="status">{i18n.t(id)}</p> })}
        <FormMessage feedback=feedback.clone()/>
        <RequestSummary view=view.clone()/>
        {can_act.then(|| view! {
            <section aria-labelledby="reply-heading">
                <h2 id="reply-heading">{i18n.t("support-reply")}</h2>
                <form method="post" action=action.clone() class="stack" novalidate>
                    <input type="hidden" name="intent" value="reply"/>
                    <TextArea name="body" label="support-message" feedback=feedback.clone() rows=4/>
                    <div class="actions"><button type="submit" class="primary">{i18n.t("support-send")}</button></div>
                </form>
                <form method="post" action=action class="actions">
                    <input type="hidden" name="intent" value="close"/>
                    <button type="submit" class="secondary">{i18n.t("support-close-request")}</button>
                </form>
            </section>
        })}
    }
}
