//! Joining the network: an organization that is not a member yet confirms its legal
//! details and joins; only then can it buy offers.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::api::profile::load_enroll_profile;
use crate::components::form::{Field, FormMessage};
use crate::i18n::{arg, use_i18n};

#[component]
pub fn EnrollPage() -> impl IntoView {
    let profile = page_data(|| (), |_| load_enroll_profile());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (profile.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(profile)), Some(posted)) => {
                    let i18n = use_i18n();
                    let title = i18n.t("enroll-title");
                    let mut feedback = FormFeedback::of(posted.ok().flatten(), "enroll");
                    if feedback.values.is_empty() {
                        feedback.keep("legal_name", &profile.legal_name);
                        feedback.keep("address_line1", &profile.address_line1);
                        feedback.keep("postal_code", &profile.postal_code);
                        feedback.keep("city", &profile.city);
                        feedback.keep("vat_id", &profile.vat_id);
                    }
                    let terms_error = feedback.error("accept").map(|id| i18n.t(&id));
                    let body = if profile.is_member {
                        view! { <p class="banner ok">{i18n.t("enroll-already-member")}</p> }.into_any()
                    } else {
                        view! {
                            <p>{i18n.t("enroll-intro")}</p>
                            <form method="post" class="stack" novalidate>
                                <FormMessage feedback=feedback.clone()/>
                                <Field name="legal_name" label="profile-legal-name" autocomplete="organization" feedback=feedback.clone()/>
                                <Field name="address_line1" label="profile-address-line1" autocomplete="address-line1" feedback=feedback.clone()/>
                                <Field name="postal_code" label="profile-postal-code" autocomplete="postal-code" feedback=feedback.clone()/>
                                <Field name="city" label="profile-city" autocomplete="address-level2" feedback=feedback.clone()/>
                                <Field name="vat_id" label="profile-vat-id" feedback=feedback.clone() required=false/>
                                <div class="field">
                                    <label>
                                        <input type="checkbox" name="accept" value="yes" required
                                            aria-invalid=terms_error.as_ref().map(|_| "true")/>
                                        " "{i18n.t("enroll-accept")}
                                    </label>
                                    {terms_error.map(|message| view! { <span class="error">{message}</span> })}
                                </div>
                                <div class="actions"><button type="submit" class="primary">{i18n.t("enroll-submit")}</button></div>
                            </form>
                        }.into_any()
                    };
                    Some(view! {
                        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
                        <h1>{title}</h1>
                        {body}
                    }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}
