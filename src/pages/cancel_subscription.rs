//! Cancel subscription: a support request, prefilled as seed 000 describes, that says
//! before it is sent what will be lost and from which day.

use leptos::prelude::*;
use leptos_meta::Title;

use super::offer_details::route_id;
use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::offers::load_offer_for_action;
use crate::components::error_page::ErrorPage;
use crate::components::form::{Field, FormMessage, TextArea};
use crate::domain::offer::OfferKind;
use crate::domain::support::CancellationEffect;
use crate::i18n::{arg, use_i18n};
use crate::view::forms::FormFeedback;
use crate::view::labels::{benefit_label_ids, offer_name};
use crate::view::offers::OfferDetails;

#[component]
pub fn CancelSubscriptionPage() -> impl IntoView {
    let id = route_id();
    let details = page_data(move || id.get(), |id| load_offer_for_action(id, crate::domain::roles::Action::RequestCancellation));
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (details.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(details)), Some(posted)) => {
                    let feedback = FormFeedback::of(posted.ok().flatten(), "cancel");
                    Some(view! { <CancelForm details feedback/> }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn CancelForm(details: OfferDetails, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("cancel-title");
    let name = offer_name(&i18n, details.offer);
    let back = format!("/offers/{}", details.id);
    let chosen = CancellationEffect::parse_code(&feedback.value("effect")).unwrap_or(CancellationEffect::EndOfTerm);
    let (now_on, end_on) = details.cancellation_dates.clone();
    let effects = [(CancellationEffect::EndOfTerm, "cancel-effect-end-of-term-on", end_on), (CancellationEffect::Now, "cancel-effect-now-on", now_on)]
        .into_iter()
        .map(|(effect, label, date)| {
            view! {
                <label>
                    <input type="radio" name="effect" value=effect.code() checked=effect == chosen/>
                    " "{i18n.tr(label, &[("date", arg(date))])}
                </label>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p>{i18n.t("cancel-intro")}</p>
        <section class="card" aria-labelledby="loses-heading">
            <h2 id="loses-heading">{i18n.t("cancel-loses-heading")}</h2>
            <Losses offer=details.offer dates=details.cancellation_dates.clone()/>
            <ul>
                <li>{i18n.t("cancel-loses-auto-renewal")}</li>
                <li>{i18n.t("cancel-staff-completes")}</li>
            </ul>
        </section>
        <form method="post" class="stack" novalidate>
            <FormMessage feedback=feedback.clone()/>
            <dl class="facts">
                <dt>{i18n.t("cancel-category")}</dt>
                <dd>{i18n.t("support-category-partner-center")}</dd>
                <dt>{i18n.t("cancel-problem-type")}</dt>
                <dd>{i18n.t("support-problem-invoice-payment")}</dd>
                <dt>{i18n.t("cancel-subscription")}</dt>
                <dd>{name.clone()}</dd>
            </dl>
            <fieldset class="choices">
                <legend>{i18n.t("support-effect")}</legend>
                {effects}
            </fieldset>
            <Field name="subject" label="support-subject" feedback=feedback.clone() initial=i18n.tr("cancel-subject-prefill", &[("offer", arg(name.clone()))])/>
            <TextArea name="description" label="cancel-description" feedback=feedback.clone() initial=i18n.tr("cancel-description-prefill", &[("offer", arg(name))])/>
            <div class="actions">
                <button type="submit" class="primary">{i18n.t("cancel-submit")}</button>
                <a href=back>{i18n.t("cancel-back")}</a>
            </div>
        </form>
    }
}

/// What a cancellation ends and from which day: the offer's benefits (for a
/// competency, the competency itself), ending today or at the end of the current term
/// as the partner chooses; one day when the term has already ended.
#[component]
fn Losses(offer: OfferKind, dates: (String, String)) -> impl IntoView {
    let i18n = use_i18n();
    let name = offer_name(&i18n, offer);
    let (now_on, end_on) = dates;
    let when = if now_on == end_on {
        i18n.tr("cancel-loses-benefits-today", &[("offer", arg(name.clone())), ("date", arg(now_on))])
    } else {
        i18n.tr("cancel-loses-benefits-on", &[("offer", arg(name.clone())), ("end", arg(end_on)), ("now", arg(now_on))])
    };
    let items = match offer {
        OfferKind::ActionPack => benefit_label_ids(offer).iter().map(|id| view! { <li>{i18n.t(id)}</li> }).collect_view().into_any(),
        OfferKind::Competency { .. } => view! { <li>{i18n.tr("cancel-loses-competency", &[("offer", arg(name))])}</li> }.into_any(),
    };
    view! {
        <p id="loses-when">{when}</p>
        <ul id="loses-what" class="benefits">{items}</ul>
    }
}
