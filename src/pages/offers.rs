//! Membership offers page: a tile per offer and the Purchased list (seeds 000, 001).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::codec::page_data;
use crate::api::offers::load_offers;
use crate::components::error_page::ErrorPage;
use crate::view::labels::{area_label_id, benefit_label_ids, offer_name};
use crate::view::offers::*;
use crate::components::status::{AutoRenewalText, RenewAction, StatusBadge};
use crate::domain::offer::OfferKind;
use crate::i18n::{arg, num, use_i18n};

#[component]
pub fn OffersPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("nav-offers");
    let offers = page_data(|| (), |_| load_offers());
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <Suspense>
            {move || offers.get().map(|result| match result {
                Ok(view) => view! { <OffersContent view/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn OffersContent(view: OffersView) -> impl IntoView {
    let i18n = use_i18n();
    let banners = view
        .banners
        .iter()
        .map(|banner| {
            let name = offer_name(&i18n, banner.offer);
            let text = match &banner.kind {
                BannerKind::WindowClosing { days, closes_on } => i18n.tr(
                    "offers-banner-window-closing",
                    &[("offer", arg(name)), ("days", num(*days)), ("date", arg(closes_on.clone()))],
                ),
                BannerKind::ExpiresWithoutAutoRenewal { days, expires_on } => i18n.tr(
                    "offers-banner-expires-without-auto-renewal",
                    &[("offer", arg(name)), ("days", num(*days)), ("date", arg(expires_on.clone()))],
                ),
            };
            let href = format!("/offers/{}", banner.subscription_id);
            view! { <p class="banner warn" role="status">{text}" "<a href=href>{i18n.t("offers-view-details")}</a></p> }
        })
        .collect_view();
    let membership = (!view.is_member).then(|| {
        view! {
            <div class="notice">
                <p>{i18n.t("offers-not-member")}</p>
                <p><a class="button primary" href="/enroll">{i18n.t("enroll-title")}</a></p>
            </div>
        }
    });
    let can_act = view.can_act;
    let competency_tiles = view
        .competencies
        .iter()
        .cloned()
        .map(|tile| view! { <CompetencyCard tile can_act/> })
        .collect_view();
    let rows = view.purchased.iter().cloned().map(|row| view! { <PurchasedLine row can_act/> }).collect_view();
    let has_rows = !view.purchased.is_empty();
    view! {
        {banners}
        {membership}
        <section aria-labelledby="offers-heading">
            <h2 id="offers-heading">{i18n.t("offers-available-heading")}</h2>
            <div class="cards">
                <ActionPackCard tile=view.action_pack.clone() can_act/>
                {competency_tiles}
            </div>
        </section>
        <section aria-labelledby="purchased-heading">
            <h2 id="purchased-heading">{i18n.t("offers-purchased-heading")}</h2>
            {if has_rows {
                view! {
                    <div class="table-wrap">
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("offers-column-offer")}</th>
                                    <th scope="col">{i18n.t("offers-column-status")}</th>
                                    <th scope="col">{i18n.t("offers-column-purchase-date")}</th>
                                    <th scope="col">{i18n.t("offers-column-renewal-start-date")}</th>
                                    <th scope="col">{i18n.t("offers-column-expiration-date")}</th>
                                    <th scope="col">{i18n.t("offers-column-automatic-renewal")}</th>
                                    <th scope="col">{i18n.t("offers-column-actions")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p>{i18n.t("offers-purchased-empty")}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn ActionPackCard(tile: OfferTile, can_act: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="card offer-tile">
            <h3>{offer_name(&i18n, OfferKind::ActionPack)}</h3>
            <ul class="benefits">
                {benefit_label_ids(OfferKind::ActionPack).iter().map(|id| view! { <li>{i18n.t(id)}</li> }).collect_view()}
            </ul>
            <TileFooter tile can_act/>
        </article>
    }
}

#[component]
fn CompetencyCard(tile: CompetencyTile, can_act: bool) -> impl IntoView {
    let i18n = use_i18n();
    let requirement = if tile.requirements_complete {
        view! { <span class="badge ok">{i18n.t("competency-status-complete")}</span> }
    } else {
        view! { <span class="badge neutral">{i18n.t("competency-status-incomplete")}</span> }
    };
    let levels = tile
        .levels
        .into_iter()
        .map(|level| {
            let name = offer_name(&i18n, level.offer);
            view! { <div class="level"><h4>{name}</h4><TileFooter tile=level can_act/></div> }
        })
        .collect_view();
    view! {
        <article class="card offer-tile">
            <h3>{i18n.t(area_label_id(tile.area))}</h3>
            <p>{i18n.t("competency-requirements")}" "{requirement}</p>
            {levels}
        </article>
    }
}

/// Price and what can be done with an offer.
#[component]
fn TileFooter(tile: OfferTile, can_act: bool) -> impl IntoView {
    let i18n = use_i18n();
    let price = i18n.tr("offers-price-per-year", &[("price", arg(tile.price.clone()))]);
    let action = match tile.state {
        TileState::Buyable if can_act => {
            let href = format!("/buy/{}", tile.offer.code());
            view! { <a class="button primary" href=href>{i18n.t("offers-buy")}</a> }.into_any()
        }
        TileState::Buyable => view! { <span></span> }.into_any(),
        TileState::Owned { subscription_id, status } => {
            let href = format!("/offers/{subscription_id}");
            view! { <StatusBadge status/>" "<a href=href>{i18n.t("offers-view-details")}</a> }.into_any()
        }
        TileState::RequirementsNotMet => view! { <span class="hint">{i18n.t("offers-requirements-not-met")}</span> }.into_any(),
        TileState::NotMember => view! { <span class="hint">{i18n.t("offers-join-first")}</span> }.into_any(),
        TileState::AwaitingPayment { order_link } => view! {
            <span class="badge warn">{i18n.t("status-purchase-awaiting-payment")}</span>" "<a href=order_link>{i18n.t("checkout-view-awaiting-order")}</a>
        }.into_any(),
    };
    view! {
        <p class="price">{price}</p>
        <div class="actions">{action}</div>
    }
}

#[component]
fn PurchasedLine(row: PurchasedRow, can_act: bool) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/offers/{}", row.id);
    let requested = row.cancellation_requested.then(|| view! { " "<span class="badge neutral">{i18n.t("status-cancellation-requested")}</span> });
    view! {
        <tr>
            <th scope="row"><a href=href.clone()>{offer_name(&i18n, row.offer)}</a></th>
            <td data-label=i18n.t("offers-column-status")>
                <StatusBadge status=row.status/>{requested}
                {row.cycle.clone().map(|cycle| view! { <p class="hint cycle">{cycle.render(&i18n)}</p> })}
            </td>
            <td data-label=i18n.t("offers-column-purchase-date")>{row.purchased_on.clone()}</td>
            <td data-label=i18n.t("offers-column-renewal-start-date")>{row.renewal_start.clone()}</td>
            <td data-label=i18n.t("offers-column-expiration-date")>{row.expires_on.clone()}</td>
            <td data-label=i18n.t("offers-column-automatic-renewal")><AutoRenewalText auto_renewal=row.auto_renewal/></td>
            <td data-label=i18n.t("offers-column-actions")>
                <div class="actions">
                    {can_act.then(|| view! { <RenewAction id=row.id offer=row.offer renew=row.renew.clone()/> })}
                    <a href=href>{i18n.t("offers-view-details")}</a>
                </div>
            </td>
        </tr>
    }
}
