//! Staff console: orders awaiting their bank transfer (reference, organization,
//! amount, order date), marked received (with the amount and the day it came) or not
//! received (the order is cancelled with a credit note).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::staff::load_transfers;
use crate::components::error_page::ErrorPage;
use crate::components::form::FormMessage;
use crate::i18n::{arg, use_i18n};
use crate::view::forms::FormFeedback;
use crate::view::labels::offer_name;
use crate::view::support::{StaffTransfersView, TransferLine};

#[component]
pub fn StaffTransfersPage() -> impl IntoView {
    let transfers = page_data(|| (), |_| load_transfers());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (transfers.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(view)), Some(posted)) => Some(view! { <TransfersContent view posted=posted.ok().flatten()/> }.into_any()),
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn TransfersContent(view: StaffTransfersView, posted: Option<FormFeedback>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("staff-transfers-title");
    let done = query.read_untracked().get("done").and_then(|done| match done.as_str() {
        "received" => Some("staff-done-received"),
        "cancelled" => Some("staff-done-not-received"),
        _ => None,
    });
    let body = if view.transfers.is_empty() {
        view! { <p>{i18n.t("staff-transfers-none")}</p> }.into_any()
    } else {
        let today = view.today.clone();
        view.transfers
            .into_iter()
            .map(|line| {
                let feedback = FormFeedback::of(posted.clone(), &format!("transfer-{}", line.order_id));
                view! { <TransferCard line feedback today=today.clone()/> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        {done.map(|id| view! { <p class="banner ok" role="status">{i18n.t(id)}</p> })}
        {body}
    }
}

#[component]
fn TransferCard(line: TransferLine, feedback: FormFeedback, today: String) -> impl IntoView {
    let i18n = use_i18n();
    let order = line.order_id.to_string();
    let amount_id = format!("amount-{order}");
    let date_id = format!("received-{order}");
    let amount = if feedback.values.contains_key("amount") { feedback.value("amount") } else { line.amount_input.clone() };
    let received = if feedback.values.contains_key("received_on") { feedback.value("received_on") } else { today };
    let amount_error = feedback.error("amount").map(|id| i18n.t(&id));
    let heading = i18n.tr("staff-transfer-heading", &[("number", arg(line.order_number.clone())), ("organization", arg(line.organization.clone()))]);
    view! {
        <article class="card transfer">
            <h2>{heading}</h2>
            <FormMessage feedback=feedback.clone()/>
            <dl class="facts">
                <dt>{i18n.t("checkout-offer")}</dt><dd>{offer_name(&i18n, line.offer)}</dd>
                <dt>{i18n.t("staff-transfer-reference")}</dt><dd>{line.reference.clone()}</dd>
                <dt>{i18n.t("checkout-total")}</dt><dd>{line.amount.clone()}</dd>
                <dt>{i18n.t("staff-transfer-ordered")}</dt><dd>{line.ordered_on.clone()}</dd>
                <dt>{i18n.t("staff-transfer-due")}</dt><dd>{line.due_on.clone()}</dd>
            </dl>
            <form method="post" action="/staff/transfers" class="filters" novalidate>
                <input type="hidden" name="intent" value="received"/>
                <input type="hidden" name="order" value=order.clone()/>
                <div class="field">
                    <label for=amount_id.clone()>{i18n.tr("staff-transfer-amount", &[("currency", arg(line.currency.clone()))])}</label>
                    <input id=amount_id name="amount" inputmode="decimal" value=amount aria-invalid=amount_error.as_ref().map(|_| "true")/>
                    {amount_error.map(|message| view! { <span class="error" role="alert">{message}</span> })}
                </div>
                <div class="field">
                    <label for=date_id.clone()>{i18n.t("staff-transfer-received-on")}</label>
                    <input id=date_id name="received_on" type="date" value=received/>
                </div>
                <div class="actions"><button type="submit" class="primary">{i18n.t("staff-mark-received")}</button></div>
            </form>
            <form method="post" action="/staff/transfers" class="actions">
                <input type="hidden" name="intent" value="not-received"/>
                <input type="hidden" name="order" value=order/>
                <button type="submit" class="danger">{i18n.t("staff-mark-not-received")}</button>
            </form>
        </article>
    }
}
