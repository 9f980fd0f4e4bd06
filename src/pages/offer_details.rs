//! Offer details: status, the dates of rules 2-7 as a timeline, and the actions.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::offers::load_offer_details;
use crate::components::error_page::ErrorPage;
use crate::components::form::FormMessage;
use crate::view::forms::FormFeedback;
use crate::view::labels::{offer_name, timeline_label_id};
use crate::view::offers::*;
use crate::components::status::{AutoRenewalText, RenewAction, StatusBadge};
use crate::i18n::{arg, use_i18n};

/// The subscription id of the current `/offers/:id...` route (0 when malformed).
pub fn route_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|id| id.parse().ok()).unwrap_or(0))
}

#[component]
pub fn OfferDetailsPage() -> impl IntoView {
    let id = route_id();
    let details = page_data(move || id.get(), load_offer_details);
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (details.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(details)), Some(posted)) => {
                    let feedback = FormFeedback::of(posted.ok().flatten(), "details");
                    Some(view! { <DetailsContent details feedback/> }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn DetailsContent(details: OfferDetails, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let name = offer_name(&i18n, details.offer);
    let done = query.read_untracked().get("done").and_then(|done| match done.as_str() {
        "auto-renewal-off" => Some("details-done-auto-renewal-off"),
        "auto-renewal-on" => Some("details-done-auto-renewal-on"),
        "cancellation-requested" => Some("details-done-cancellation-requested"),
        _ => None,
    });
    let timeline = details
        .timeline
        .iter()
        .map(|item| {
            let class = if item.past { "past" } else { "upcoming" };
            view! { <li class=class><span class="date">{item.date.clone()}</span>" "<span>{i18n.t(timeline_label_id(item.event))}</span></li> }
        })
        .collect_view();
    let id = details.id;
    let next_charge = details.next_charge.clone().map(|(date, amount)| {
        view! { <dt>{i18n.t("details-next-charge")}</dt><dd>{i18n.tr("details-next-charge-value", &[("date", arg(date)), ("amount", arg(amount))])}</dd> }
    });
    let card = details.card.clone().map(|card| view! { <dt>{i18n.t("details-card")}</dt><dd>{card}</dd> });
    let exception = details.exception_id.clone().map(|_| view! { <p class="notice">{i18n.t("details-policy-exception")}</p> });
    let requested = details
        .cancellation_requested_on
        .clone()
        .map(|on| view! { <p class="banner warn">{i18n.tr("details-cancellation-requested", &[("date", arg(on))])}</p> });
    let auto_off_note = (!details.auto_renewal.is_on()).then(|| {
        let text = match &details.reminder_on {
            Some(on) => i18n.tr("details-auto-renewal-off-reminder", &[("date", arg(on.clone()))]),
            None => i18n.t("details-auto-renewal-off"),
        };
        view! { <p class="hint">{text}</p> }
    });
    let actions = details.can_act.then(|| {
        let turn_off = details.can_turn_off_auto_renewal.then(|| {
            view! { <a class="button secondary" href=format!("/offers/{id}/auto-renewal")>{i18n.t("details-turn-off-auto-renewal")}</a> }
        });
        let turn_on = details.can_turn_on_auto_renewal.then(|| {
            view! {
                <form method="post" action=format!("/offers/{id}") class="inline-form">
                    <input type="hidden" name="intent" value="auto-renewal-on"/>
                    <button type="submit" class="secondary">{i18n.t("details-turn-on-auto-renewal")}</button>
                </form>
            }
        });
        let cancel = details.can_request_cancellation.then(|| {
            view! { <a class="button danger" href=format!("/offers/{id}/cancel")>{i18n.t("details-cancel-subscription")}</a> }
        });
        view! {
            <section aria-labelledby="actions-heading">
                <h2 id="actions-heading">{i18n.t("details-actions-heading")}</h2>
                <div class="actions">
                    <RenewAction id offer=details.offer renew=details.renew.clone()/>
                    {turn_off}
                    {turn_on}
                    {cancel}
                    <a class="button secondary" href=format!("/invoices?offer={}", details.offer.code())>{i18n.t("details-download-invoice")}</a>
                </div>
                {auto_off_note}
            </section>
        }
    });
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(name.clone()))])/>
        <p><a href="/offers">{i18n.t("details-back")}</a></p>
        <h1>{name}" "<StatusBadge status=details.status/></h1>
        {done.map(|id| view! { <p class="banner ok" role="status">{i18n.t(id)}</p> })}
        <FormMessage feedback=feedback.clone()/>
        {details.cycle.clone().map(|cycle| view! { <p class="notice cycle">{cycle.render(&i18n)}</p> })}
        {requested}
        {exception}
        <dl class="facts">
            <dt>{i18n.t("details-price")}</dt>
            <dd>{i18n.tr("offers-price-per-year", &[("price", arg(details.price.clone()))])}</dd>
            <dt>{i18n.t("offers-column-automatic-renewal")}</dt>
            <dd><AutoRenewalText auto_renewal=details.auto_renewal/></dd>
            {next_charge}
            {card}
        </dl>
        {actions}
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.t("details-timeline-heading")}</h2>
            <ol class="timeline">{timeline}</ol>
            <p><a href=format!("/offers/{id}/calendar.ics") download>{i18n.t("details-calendar")}</a></p>
        </section>
    }
}
