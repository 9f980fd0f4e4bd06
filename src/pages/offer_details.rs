//! Offer details: status, the dates of rules 2-7 as a timeline, and the actions.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::offers::load_offer_details;
use crate::components::error_page::ErrorPage;
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
    let details = Resource::new(move || id.get(), load_offer_details);
    view! {
        <Suspense>
            {move || details.get().map(|result| match result {
                Ok(details) => view! { <DetailsContent details/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn DetailsContent(details: OfferDetails) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let name = offer_name(&i18n, details.offer);
    let done = query.read_untracked().get("done").and_then(|done| match done.as_str() {
        "auto-renewal-off" => Some("details-done-auto-renewal-off"),
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
        let cancel = details.can_request_cancellation.then(|| {
            view! { <a class="button danger" href=format!("/offers/{id}/cancel")>{i18n.t("details-cancel-subscription")}</a> }
        });
        view! {
            <section aria-labelledby="actions-heading">
                <h2 id="actions-heading">{i18n.t("details-actions-heading")}</h2>
                <div class="actions">
                    <RenewAction id renew=details.renew.clone()/>
                    {turn_off}
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
        </section>
    }
}
