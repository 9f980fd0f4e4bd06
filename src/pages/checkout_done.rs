//! Checkout step 3: the order is confirmed; Close returns to the offers page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::error_page::ErrorPage;
use crate::api::checkout::load_confirmation;
use crate::view::labels::offer_name;
use crate::i18n::{arg, use_i18n};

#[component]
pub fn CheckoutDonePage() -> impl IntoView {
    let params = use_params_map();
    let key = Memo::new(move |_| params.read().get("key").unwrap_or_default());
    let confirmation = Resource::new(move || key.get(), load_confirmation);
    view! {
        <Suspense>
            {move || confirmation.get().map(|result| match result {
                Err(error) => view! { <ErrorPage error/> }.into_any(),
                Ok(done) => {
                    let i18n = use_i18n();
                    let title = i18n.t("checkout-confirmed-title");
                    let payment = match done.transfer.clone() {
                        None => i18n.tr("checkout-confirmed-charged", &[("amount", arg(done.total.clone()))]),
                        Some((reference, due)) => i18n.tr(
                            "checkout-confirmed-transfer",
                            &[("amount", arg(done.total.clone())), ("reference", arg(reference)), ("date", arg(due))],
                        ),
                    };
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
                        <p><a class="button primary" href="/offers">{i18n.t("checkout-close")}</a></p>
                    }.into_any()
                }
            })}
        </Suspense>
    }
}
