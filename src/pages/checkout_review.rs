//! Checkout step 2: review order details, with the bill-to address and its Update
//! link (seed 000), then Buy.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::checkout::load_review;
use crate::view::checkout::{PaymentSummary, ReviewView};
use crate::view::labels::{checkout_title_id, country_label_id};
use crate::view::labels::offer_name;
use crate::i18n::{arg, use_i18n};

#[component]
pub fn CheckoutReviewPage() -> impl IntoView {
    let params = use_params_map();
    let key = Memo::new(move |_| params.read().get("key").unwrap_or_default());
    let review = page_data(move || key.get(), load_review);
    view! {
        <Suspense>
            {move || review.get().map(|result| match result {
                Ok(review) => view! { <ReviewContent review/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn ReviewContent(review: ReviewView) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("checkout-review-title");
    let payment = match &review.payment {
        PaymentSummary::Card { brand, last4, expiry } => {
            i18n.tr("checkout-paid-by-card", &[("brand", arg(brand.clone())), ("last4", arg(last4.clone())), ("expiry", arg(expiry.clone()))])
        }
        PaymentSummary::BankTransfer { contact_name, phone, email } => i18n.tr(
            "checkout-paid-by-transfer",
            &[("name", arg(contact_name.clone())), ("phone", arg(phone.clone())), ("email", arg(email.clone()))],
        ),
    };
    let declined = review.declined.clone().map(|reason| {
        view! {
            <div class="banner bad" role="alert">
                <p>{reason.render(&i18n)}</p>
                <p><a href=review.back.clone()>{i18n.t("checkout-choose-other-method")}</a></p>
            </div>
        }
    });
    let refusal = review.refusal.clone().map(|notice| view! { <p class="banner bad" role="alert">{notice.render(&i18n)}</p> });
    let can_buy = review.declined.is_none() && review.refusal.is_none();
    let update_href = format!("/profile?return=/checkout/{}", review.key);
    let bill_to = review
        .bill_to
        .iter()
        .cloned()
        .map(|line| (line, Some("no")))
        .chain(std::iter::once((i18n.t(country_label_id(review.bill_to_country)), None)))
        .chain((!review.bill_to_vat_id.is_empty()).then(|| (review.bill_to_vat_id.clone(), Some("no"))))
        // The address is data (translate=no); the country's name is a message.
        .map(|(line, data)| view! { <span translate=data>{line}</span><br/> })
        .collect_view();
    let vat_label = i18n.tr("checkout-vat", &[("rate", arg(review.vat_rate.clone()))]);
    let reverse = review.reverse_charge.then(|| view! { <p class="hint">{i18n.t("checkout-reverse-charge")}</p> });
    let unverified = review.vat_id_unverified.then(|| view! { <p class="hint" id="vat-id-unverified">{i18n.t("checkout-vat-id-unverified")}</p> });
    let exception = review.exception_id.clone().map(|_| view! { <p class="notice">{i18n.t("checkout-policy-exception")}</p> });
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <p><a href=review.back.clone()>{i18n.t("checkout-back")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t(checkout_title_id(review.kind))}</p>
        <ol class="steps" aria-label=i18n.t("checkout-steps-label")>
            <li>{i18n.t("checkout-step-payment")}</li>
            <li aria-current="step">{i18n.t("checkout-step-review")}</li>
            <li>{i18n.t("checkout-step-confirmation")}</li>
        </ol>
        {declined}
        {refusal}
        {exception}
        <div class="review-grid">
            <section class="card" aria-labelledby="order-heading">
                <h2 id="order-heading">{i18n.t("checkout-order-details")}</h2>
                <dl class="facts">
                    <dt>{i18n.t("checkout-offer")}</dt><dd>{offer_name(&i18n, review.offer)}</dd>
                    <dt>{i18n.t("checkout-period")}</dt>
                    <dd>{i18n.tr("checkout-period-value", &[("from", arg(review.period_from.clone())), ("to", arg(review.period_to.clone()))])}</dd>
                    <dt>{i18n.t("checkout-new-anniversary")}</dt><dd>{review.new_anniversary.clone()}</dd>
                    <dt>{i18n.t("checkout-price")}</dt><dd>{review.net.clone()}</dd>
                    <dt>{vat_label}</dt><dd>{review.vat.clone()}</dd>
                    <dt><strong>{i18n.t("checkout-total")}</strong></dt><dd><strong class="total">{review.total.clone()}</strong></dd>
                    <dt>{i18n.t("checkout-payment-method")}</dt><dd>{payment}</dd>
                </dl>
                {reverse}
                {unverified}
            </section>
            <section class="card" aria-labelledby="bill-to-heading">
                <h2 id="bill-to-heading">{i18n.t("checkout-bill-to")}</h2>
                <p>{bill_to}</p>
                <p><a href=update_href>{i18n.t("checkout-update-address")}</a></p>
            </section>
        </div>
        {can_buy.then(|| {
            let auto_renewal = match review.auto_renewal_card.clone() {
                Some(card) => {
                    let on = i18n.tr("checkout-auto-renewal-on", &[("card", arg(card)), ("date", arg(review.next_charge_on.clone().unwrap_or_default()))]);
                    view! {
                        <fieldset class="choices">
                            <legend>{i18n.t("checkout-auto-renewal-legend")}</legend>
                            <label><input type="radio" name="auto_renewal" value="on" checked=true/>" "{on}</label>
                            <label><input type="radio" name="auto_renewal" value="off"/>" "{i18n.t("checkout-auto-renewal-off")}</label>
                        </fieldset>
                    }
                    .into_any()
                }
                None => view! { <p class="hint">{i18n.t("checkout-auto-renewal-no-card")}</p> }.into_any(),
            };
            view! {
                <form method="post" class="stack">
                    {auto_renewal}
                    <div class="actions">
                        <button type="submit" class="primary">{i18n.t("checkout-buy")}</button>
                        <span class="hint">{i18n.t("checkout-buy-hint")}</span>
                    </div>
                </form>
            }
        })}
    }
}
