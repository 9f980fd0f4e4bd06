//! Staff console: the VAT IDs partners entered that await verification. Only a
//! verified VAT ID gives reverse charge; a Support agent verifies or rejects each one
//! (the partner's admins are told either way).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::staff::load_staff_vat_ids;
use crate::components::error_page::ErrorPage;
use crate::components::form::FormMessage;
use crate::i18n::{arg, use_i18n};
use crate::view::forms::FormFeedback;
use crate::view::labels::country_label_id;
use crate::view::support::{StaffVatIdsView, VatIdLine};

#[component]
pub fn StaffVatIdsPage() -> impl IntoView {
    let all = page_data(|| (), |_| load_staff_vat_ids());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (all.get(), posted.get()) {
                (Some(Ok(view)), Some(posted)) => Some(view! { <StaffVatIdsContent view posted=posted.ok().flatten()/> }.into_any()),
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn StaffVatIdsContent(view: StaffVatIdsView, posted: Option<FormFeedback>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("staff-vat-title");
    let done = query.read_untracked().get("done").map(|done| {
        let id = if done == "rejected" { "staff-done-vat-rejected" } else { "staff-done-vat-verified" };
        view! { <p class="banner ok" role="status">{i18n.t(id)}</p> }
    });
    let failed = FormFeedback::of(posted, "staff-vat");
    let list = if view.awaiting.is_empty() {
        view! { <p class="empty">{i18n.t("staff-vat-none")}</p> }.into_any()
    } else {
        view.awaiting.into_iter().map(|line| view! { <VatIdCard line/> }).collect_view().into_any()
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p class="hint">{i18n.t("staff-vat-intro")}</p>
        {done}
        <FormMessage feedback=failed/>
        {list}
    }
}

#[component]
fn VatIdCard(line: VatIdLine) -> impl IntoView {
    let i18n = use_i18n();
    let organization = line.organization_id.to_string();
    let address = line.address.iter().map(|part| view! { <span translate="no">{part.clone()}</span><br/> }).collect_view();
    view! {
        <section class="card vat-id" aria-label=line.legal_name.clone()>
            <h2 translate="no">{line.legal_name.clone()}</h2>
            <dl class="facts">
                <dt>{i18n.t("profile-partner-id")}</dt><dd translate="no">{line.partner_id.clone()}</dd>
                <dt>{i18n.t("profile-country")}</dt><dd>{i18n.t(country_label_id(line.country))}</dd>
                <dt>{i18n.t("checkout-bill-to")}</dt><dd>{address}</dd>
                <dt>{i18n.t("profile-vat-id")}</dt><dd class="vat-number" translate="no">{line.vat_id.clone()}</dd>
            </dl>
            <form method="post" action="/staff/vat-ids" class="actions">
                <input type="hidden" name="organization" value=organization/>
                <input type="hidden" name="vat_id" value=line.vat_id.clone()/>
                <button type="submit" name="decision" value="verified" class="primary">{i18n.t("staff-vat-verify")}</button>
                <button type="submit" name="decision" value="rejected" class="secondary">{i18n.t("staff-vat-reject")}</button>
            </form>
        </section>
    }
}
