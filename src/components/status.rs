//! Status badges and the Renew action, shared by the offers page and offer details.

use leptos::prelude::*;

use crate::view::labels::{status_label_id, status_tone};
use crate::view::offers::RenewState;
use crate::domain::offer::OfferKind;
use crate::domain::subscription::{AutoRenewal, SubscriptionStatus};
use crate::i18n::use_i18n;

#[component]
pub fn StatusBadge(status: SubscriptionStatus) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("badge {}", status_tone(status));
    view! { <span class=class>{i18n.t(status_label_id(status))}</span> }
}

#[component]
pub fn AutoRenewalText(auto_renewal: AutoRenewal) -> impl IntoView {
    let i18n = use_i18n();
    let id = if auto_renewal.is_on() { "auto-renewal-on" } else { "auto-renewal-off" };
    view! { <span>{i18n.t(id)}</span> }
}

/// "Renew subscription" when the window is open; otherwise the button shown disabled
/// with the reason and the date (rule 3).
#[component]
pub fn RenewAction(id: i64, offer: OfferKind, renew: RenewState) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/offers/{id}/renew");
    let reason_id = format!("renew-reason-{id}");
    let disabled = |reason: String| {
        view! {
            <span class="renew-blocked">
                <button type="button" class="secondary" disabled aria-describedby=reason_id.clone()>{i18n.t("offers-renew")}</button>
                <span class="hint" id=reason_id.clone()>{reason}</span>
            </span>
        }
        .into_any()
    };
    match renew {
        RenewState::Available => view! { <a class="button primary" href=href>{i18n.t("offers-renew")}</a> }.into_any(),
        RenewState::Reactivate => view! { <a class="button primary" href=href>{i18n.t("offers-reactivate")}</a> }.into_any(),
        RenewState::Blocked(reason) => disabled(reason.render(&i18n)),
        RenewState::BuyAgain(reason) => {
            let buy = format!("/buy/{}", offer.code());
            view! {
                <span class="renew-blocked">
                    <a class="button primary" href=buy aria-describedby=reason_id.clone()>{i18n.t("offers-buy-again")}</a>
                    <span class="hint" id=reason_id.clone()>{reason.render(&i18n)}</span>
                </span>
            }
            .into_any()
        }
    }
}
