//! Confirmation before turning off automatic renewal (rule 7: it stays off until the
//! next manual renewal).

use leptos::prelude::*;
use leptos_meta::Title;

use super::offer_details::route_id;
use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::api::offers::load_offer_for_action;
use crate::view::labels::offer_name;
use crate::components::form::FormMessage;
use crate::i18n::{arg, use_i18n};

#[component]
pub fn TurnOffAutoRenewalPage() -> impl IntoView {
    let id = route_id();
    let details = page_data(move || id.get(), |id| load_offer_for_action(id, crate::domain::roles::Action::TurnOffAutoRenewal));
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (details.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(details)), Some(posted)) => {
                    let i18n = use_i18n();
                    let feedback = FormFeedback::of(posted.ok().flatten(), "auto-renewal");
                    let title = i18n.t("auto-renewal-off-title");
                    let name = offer_name(&i18n, details.offer);
                    let anniversary = details.timeline.iter()
                        .find(|item| item.event == crate::view::offers::TimelineEvent::Anniversary)
                        .map(|item| item.date.clone())
                        .unwrap_or_default();
                    let back = format!("/offers/{}", details.id);
                    Some(view! {
                        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
                        <h1>{title}</h1>
                        <FormMessage feedback/>
                        <p>{i18n.tr("auto-renewal-off-explanation", &[("offer", arg(name)), ("date", arg(anniversary))])}</p>
                        <p>{i18n.t("auto-renewal-off-lock")}</p>
                        <form method="post" class="actions">
                            <button type="submit" class="danger">{i18n.t("details-turn-off-auto-renewal")}</button>
                            <a href=back>{i18n.t("auto-renewal-off-keep")}</a>
                        </form>
                    }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}
