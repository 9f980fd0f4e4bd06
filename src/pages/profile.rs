//! Partner profile: legal and bill-to details, edited with field-level validation.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::api::profile::load_profile;
use crate::view::profile::ProfileView;
use crate::components::form::{Field, FormMessage};
use crate::domain::validation::VatIdState;
use crate::view::labels::country_label_id;
use crate::i18n::{arg, use_i18n, Lang};

#[component]
pub fn ProfilePage() -> impl IntoView {
    let profile = page_data(|| (), |_| load_profile());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (profile.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(profile)), Some(posted)) => {
                    let feedback = FormFeedback::of(posted.ok().flatten(), "profile");
                    Some(view! { <ProfileContent profile feedback/> }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn ProfileContent(profile: ProfileView, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("nav-profile");
    let posted = !feedback.values.is_empty();
    // The form starts from the stored profile; after a failed post, from what was typed.
    let mut values = feedback.clone();
    if !posted {
        for (field, value) in [
            ("legal_name", &profile.legal_name),
            ("address_line1", &profile.address_line1),
            ("address_line2", &profile.address_line2),
            ("postal_code", &profile.postal_code),
            ("city", &profile.city),
            ("vat_id", &profile.vat_id),
            ("preferred_lang", &profile.preferred_lang),
        ] {
            values.keep(field, value);
        }
        values.keep("return", &query.read_untracked().get("return").unwrap_or_default());
    }
    let saved = query.read_untracked().get("done").is_some().then(|| view! { <p class="banner ok" role="status">{i18n.t("profile-saved")}</p> });
    let returning = !values.value("return").is_empty();
    let lang_value = values.value("preferred_lang");
    let lang_options = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = i18n.t(lang.name_id());
            view! { <option value=lang.code() selected=lang.code() == lang_value>{name}</option> }
        })
        .collect_view();
    let facts = view! {
        <dl class="facts">
            <dt>{i18n.t("profile-partner-id")}</dt><dd translate="no">{profile.partner_id.clone()}</dd>
            <dt>{i18n.t("profile-country")}</dt><dd>{i18n.t(country_label_id(profile.country))}</dd>
            <dt>{i18n.t("profile-membership")}</dt>
            <dd>{if profile.is_member { i18n.t("profile-member") } else { i18n.t("profile-not-member") }}</dd>
        </dl>
    };
    let vat_state = vat_state_line(&profile, &values.value("vat_id"));
    let body = view! {
        <form method="post" action="/profile" class="stack" novalidate>
            <FormMessage feedback=values.clone()/>
            <input type="hidden" name="return" value=values.value("return")/>
            <Field name="legal_name" label="profile-legal-name" autocomplete="organization" feedback=values.clone()/>
            <Field name="address_line1" label="profile-address-line1" autocomplete="address-line1" feedback=values.clone()/>
            <Field name="address_line2" label="profile-address-line2" autocomplete="address-line2" feedback=values.clone() required=false/>
            <Field name="postal_code" label="profile-postal-code" autocomplete="postal-code" feedback=values.clone()/>
            <Field name="city" label="profile-city" autocomplete="address-level2" feedback=values.clone()/>
            <Field name="vat_id" label="profile-vat-id" feedback=values.clone() required=false hint=i18n.t("profile-vat-id-hint")/>
            {vat_state}
            <div class="field">
                <label for="field-preferred_lang">{i18n.t("profile-preferred-language")}</label>
                <select id="field-preferred_lang" name="preferred_lang">{lang_options}</select>
            </div>
            <div class="actions">
                <button type="submit" class="primary">
                    {if returning { i18n.t("profile-save-and-return") } else { i18n.t("profile-save") }}
                </button>
            </div>
        </form>
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        {saved}
        {facts}
        {body}
    }
}

/// Whether the stored VAT ID is verified (only a verified one gives reverse charge),
/// shown under the field while it holds that ID.
fn vat_state_line(profile: &ProfileView, typed: &str) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let (state, on) = profile.vat_state.clone()?;
    if typed.trim() != profile.vat_id {
        return None;
    }
    let date = arg(on.unwrap_or_default());
    let (class, text) = match state {
        VatIdState::Verified => ("vat-state ok", i18n.tr("profile-vat-verified", &[("date", date)])),
        VatIdState::Unverified => ("vat-state pending", i18n.t("profile-vat-unverified")),
        VatIdState::Rejected => ("vat-state refused", i18n.tr("profile-vat-rejected", &[("date", date)])),
    };
    Some(view! { <p class=class id="vat-state">{text}</p> })
}
