//! Checkout step 3: the order is confirmed; Close returns to the offers page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::checkout::load_confirmation;
use crate::view::labels::offer_name;
use crate::i18n::{arg, use_i18n};

#[component]
pub fn CheckoutDonePage() -> impl IntoView {
    let params = use_params_map();
    let key = Memo::new(move |_| params.read().get("key").unwrap_or_default());
    let confirmation = page_data(move || key.get(), load_confirmation);
    view! {
        <Suspense>
            {move || confirmation.get().map(|result| match result {
                Err(error) => view! { <ErrorPage error/> }.into_any(),
                Ok(done) => {
                    let i18n = use_i18n();
                    let title = i18n.t("checkout-confirmed-title");
                    let payment = match done.transfer.clone() {
                        None => i18n.tr("checkout-confirmed-charged", &[("amount", arg(done.total.clone()))]),
                        Some(transfer) => i18n.tr(
                            "checkout-confirmed-transfer",
                            &[("amount", arg(done.total.clone())), ("reference", arg(transfer.reference)), ("date", arg(transfer.due_on))],
                        ),
                    };
                    let bank = done.transfer.clone().map(|transfer| view! {
                        <section aria-labelledby="bank-heading">
                            <h2 id="bank-heading">{i18n.t("checkout-bank-heading")}</h2>
                            <dl class="facts">
                                <dt>{i18n.t("checkout-bank-beneficiary")}</dt><dd>{transfer.beneficiary}</dd>
                                <dt>{i18n.t("checkout-bank-iban")}</dt><dd class="code">{transfer.iban}</dd>
                                <dt>{i18n.t("checkout-bank-bic")}</dt><dd class="code">{transfer.bic}</dd>
                                <dt>{i18n.t("staff-transfer-reference")}</dt><dd class="code">{transfer.reference.clone()}</dd>
                                <dt>{i18n.t("staff-transfer-due")}</dt><dd>{transfer.due_on.clone()}</dd>
                            </dl>
                        </section>
                    });
                    view! {
                        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
                        <h1>{title}</h1>
                        <div class="banner ok" role="status">
                            <p>{i18n.tr("checkout-confirmed-order", &[("offer", arg(offer_name(&i18n, done.offer))), ("number", arg(done.order_number.clone()))])}</p>
                        </div>
                        <dl class="facts">
                            <dt>{i18n.t("checkout-order-number")}</dt><dd>{done.order_number.clone()}</dd>
                            <dt>{i18n.t("checkout-invoice-number")}</dt><dd>{done.invoice_number.clone()}</dd>
                            <dt>{i18n.t("checkout-new-anniversary")}</dt>
                            <dd>{done.new_anniversary.clone().unwrap_or_else(|| i18n.t("checkout-starts-on-receipt"))}</dd>
                        </dl>
                        <p>{payment}</p>
                        {bank}
                        <p><a class="button primary" href="/offers">{i18n.t("checkout-close")}</a></p>
                    }.into_any()
                }
            })}
        </Suspense>
    }
}
