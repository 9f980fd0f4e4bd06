//! Checkout step 1: choose the payment method (seed 000): a card, charged at once, or
//! an electronic bank transfer with a contact person.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::checkout::load_payment_step;
use crate::domain::offer::OfferKind;
use crate::domain::order::CheckoutTarget;
use crate::view::labels::checkout_title_id;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::view::labels::offer_name;
use crate::components::form::{Field, FormMessage};
use crate::domain::validation::{CardExpiry, CardNumber, Cvc, EmailAddress, FieldError, PhoneNumber};
use crate::i18n::{arg, use_i18n};

#[component]
pub fn CheckoutPaymentPage() -> impl IntoView {
    let params = use_params_map();
    // An offer code that names no offer asks for a subscription that does not exist.
    let target = Memo::new(move |_| {
        let params = params.read();
        match (params.get("id"), params.get("offer")) {
            (Some(id), _) => CheckoutTarget::Renew(id.parse().unwrap_or(0)),
            (None, Some(offer)) => OfferKind::parse_code(&offer).map_or(CheckoutTarget::Renew(0), CheckoutTarget::Buy),
            (None, None) => CheckoutTarget::Renew(0),
        }
    });
    let step = page_data(move || target.get(), load_payment_step);
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (step.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(step)), Some(posted)) => {
                    let i18n = use_i18n();
                    let feedback = FormFeedback::of(posted.ok().flatten(), "payment");
                    let title = i18n.t(checkout_title_id(step.kind));
                    let name = offer_name(&i18n, step.offer);
                    let body = match step.refusal.clone() {
                        Some(notice) => view! {
                            <div class="banner bad" role="alert">
                                <p>{notice.render(&i18n)}</p>
                                {step.awaiting_order.clone().map(|href| view! { <p><a href=href>{i18n.t("checkout-view-awaiting-order")}</a></p> })}
                            </div>
                        }.into_any(),
                        None => view! { <PaymentForm feedback total=step.total.clone()/> }.into_any(),
                    };
                    Some(view! {
                        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
                        <p><a href=step.back.clone()>{i18n.t("checkout-back")}</a></p>
                        <h1>{title}</h1>
                        <p class="lead">{name}</p>
                        <ol class="steps" aria-label=i18n.t("checkout-steps-label")>
                            <li aria-current="step">{i18n.t("checkout-step-payment")}</li>
                            <li>{i18n.t("checkout-step-review")}</li>
                            <li>{i18n.t("checkout-step-confirmation")}</li>
                        </ol>
                        {body}
                    }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn PaymentForm(feedback: FormFeedback, total: String) -> impl IntoView {
    let i18n = use_i18n();
    let initial = if feedback.value("method") == "bank-transfer" { "bank-transfer" } else { "card" };
    let method = RwSignal::new(initial.to_string());
    // Both groups show until the page is interactive, so the form works without
    // JavaScript; afterwards only the chosen method's fields show.
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    let hide = move |which: &'static str| move || interactive.get() && method.get() != which;
    let method_error = feedback.error("method").map(|id| i18n.t(&id));
    view! {
        <form method="post" class="stack" novalidate>
            <FormMessage feedback=feedback.clone()/>
            <p>{i18n.tr("checkout-amount-due", &[("amount", arg(total))])}</p>
            <fieldset class="choices">
                <legend>{i18n.t("checkout-payment-method")}</legend>
                <label>
                    <input type="radio" name="method" value="card" checked=initial == "card"
                        on:change=move |_| method.set("card".into())/>
                    {i18n.t("checkout-method-card")}
                </label>
                <label>
                    <input type="radio" name="method" value="bank-transfer" checked=initial == "bank-transfer"
                        on:change=move |_| method.set("bank-transfer".into())/>
                    {i18n.t("checkout-method-bank-transfer")}
                </label>
                {method_error.map(|message| view! { <span class="error">{message}</span> })}
            </fieldset>
            <fieldset class="method-fields" hidden=hide("card")>
                <legend>{i18n.t("checkout-card-details")}</legend>
                <Field name="card_holder" label="checkout-card-holder" autocomplete="cc-name" feedback=feedback.clone()/>
                <Field name="card_number" label="checkout-card-number" autocomplete="cc-number" feedback=feedback.clone() secret=true
                    hint=i18n.t("checkout-card-number-hint") validate=check_card_number/>
                <Field name="card_expiry" label="checkout-card-expiry" autocomplete="cc-exp" feedback=feedback.clone()
                    hint=i18n.t("checkout-card-expiry-hint") validate=check_expiry/>
                <Field name="card_cvc" label="checkout-card-cvc" autocomplete="cc-csc" feedback=feedback.clone() secret=true validate=check_cvc/>
            </fieldset>
            <fieldset class="method-fields" hidden=hide("bank-transfer")>
                <legend>{i18n.t("checkout-contact-details")}</legend>
                <Field name="contact_name" label="checkout-contact-name" autocomplete="name" feedback=feedback.clone()/>
                <Field name="contact_phone" label="checkout-contact-phone" input_type="tel" autocomplete="tel" feedback=feedback.clone()
                    validate=check_phone/>
                <Field name="contact_email" label="checkout-contact-email" input_type="email" autocomplete="email" feedback=feedback.clone()
                    validate=check_email/>
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary">{i18n.t("checkout-submit")}</button>
            </div>
        </form>
    }
}

// The same parsers the server uses (crate::domain::validation), run in the browser.
fn check_card_number(value: &str) -> Option<FieldError> {
    CardNumber::parse(value).err()
}

/// The expiry's format only: the browser's clock is not the portal's, so whether the
/// card has expired is decided by the server.
fn check_expiry(value: &str) -> Option<FieldError> {
    CardExpiry::parse(value).err()
}

fn check_cvc(value: &str) -> Option<FieldError> {
    Cvc::parse(value).err()
}

fn check_phone(value: &str) -> Option<FieldError> {
    PhoneNumber::parse(value).err()
}

fn check_email(value: &str) -> Option<FieldError> {
    EmailAddress::parse(value).err()
}
