//! Cancel subscription: a support request, prefilled as seed 000 describes.

use leptos::prelude::*;
use leptos_meta::Title;

use super::offer_details::route_id;
use crate::components::error_page::ErrorPage;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::api::offers::load_offer_details;
use crate::view::labels::offer_name;
use crate::components::form::FormMessage;
use crate::i18n::{arg, use_i18n};

#[component]
pub fn CancelSubscriptionPage() -> impl IntoView {
    let id = route_id();
    let details = Resource::new(move || id.get(), load_offer_details);
    let posted = Resource::new(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (details.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(details)), Some(posted)) => {
                    let i18n = use_i18n();
                    let feedback = FormFeedback::of(posted.ok().flatten(), "cancel");
                    let title = i18n.t("cancel-title");
                    let name = offer_name(&i18n, details.offer);
                    let description = if feedback.values.contains_key("description") {
                        feedback.value("description")
                    } else {
                        i18n.tr("cancel-description-prefill", &[("offer", arg(name.clone()))])
                    };
                    let error = feedback.error("description").map(|id| i18n.t(&id));
                    let back = format!("/offers/{}", details.id);
                    Some(view! {
                        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
                        <h1>{title}</h1>
                        <p>{i18n.t("cancel-intro")}</p>
                        <form method="post" class="stack" novalidate>
                            <FormMessage feedback=feedback.clone()/>
                            <dl class="facts">
                                <dt>{i18n.t("cancel-category")}</dt>
                                <dd>{i18n.t("support-category-partner-center")}</dd>
                                <dt>{i18n.t("cancel-problem-type")}</dt>
                                <dd>{i18n.t("support-problem-invoice-payment")}</dd>
                                <dt>{i18n.t("cancel-subscription")}</dt>
                                <dd>{name}</dd>
                            </dl>
                            <div class="field">
                                <label for="field-description">{i18n.t("cancel-description")}</label>
                                <textarea id="field-description" name="description" rows="5" required
                                    aria-invalid=error.as_ref().map(|_| "true")
                                    aria-describedby=error.as_ref().map(|_| "field-description-error")>{description}</textarea>
                                {error.map(|message| view! { <span class="error" id="field-description-error">{message}</span> })}
                            </div>
                            <div class="actions">
                                <button type="submit" class="primary">{i18n.t("cancel-submit")}</button>
                                <a href=back>{i18n.t("cancel-back")}</a>
                            </div>
                        </form>
                    }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}
