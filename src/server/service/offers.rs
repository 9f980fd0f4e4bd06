//! The membership offers page and offer details: the organization's subscriptions
//! assessed by the rules engine on today's date, and the prices of every offer.

use chrono::NaiveDate;
use sqlx::{Any, Executor};

use super::{found, Result};
use crate::domain::country::vat_treatment;
use crate::domain::money::{price_order, Money, OrderAmounts};
use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
use crate::domain::order::{requirement_of, DeclineCode};
use crate::domain::policy::PolicyExceptions;
use crate::domain::subscription::{Evaluation, RequirementStatus};
use crate::server::core::Core;
use crate::server::store::catalog::{competency_statuses, policy_exceptions, price, price_list};
use crate::server::store::checkouts::{automatic_declines, automatic_declines_of};
use crate::server::store::invoices::Seller;
use crate::server::store::organizations::{organization, Organization};
use crate::server::store::subscriptions::{subscription, subscriptions_of, StoredSubscription};

/// A subscription with what the rules say about it today.
#[derive(Debug, Clone)]
pub struct Assessed {
    pub stored: StoredSubscription,
    pub evaluation: Evaluation,
    /// The declined automatic charges of the current term, in order.
    pub declines: Vec<DeclineCode>,
    /// Whether the offer's requirements are met (the Action Pack has none).
    pub requirements: RequirementStatus,
}

/// Everything the offers page shows.
#[derive(Debug, Clone)]
pub struct Overview {
    pub organization: Organization,
    pub today: NaiveDate,
    pub exceptions: PolicyExceptions,
    pub owned: Vec<Assessed>,
    pub statuses: Vec<(CompetencyArea, RequirementStatus)>,
    /// Every offer the organization sees, with its yearly net price (if priced).
    pub prices: Vec<(OfferKind, Option<Money>)>,
    /// What a year of each owned offer costs, VAT included (the automatic charge).
    pub yearly: Vec<(OfferKind, Option<OrderAmounts>)>,
    /// First purchases awaiting their bank transfer: (offer, checkout key).
    pub awaiting_purchases: Vec<(OfferKind, String)>,
}

/// The yearly net price of `offer` for the organization, in its currency.
pub async fn net_price<'e, E: Executor<'e, Database = Any>>(executor: E, org: &Organization, offer: OfferKind) -> Result<Option<Money>> {
    let currency = org.country().currency();
    let amount = price(executor, offer, currency).await?;
    Ok(amount.and_then(|minor| Money::new(minor, currency).ok()))
}

/// Net, VAT and total of a year of `offer` for the organization.
pub async fn yearly_amounts<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    seller: &Seller,
    org: &Organization,
    offer: OfferKind,
) -> Result<Option<OrderAmounts>> {
    let net = net_price(executor, org, offer).await?;
    Ok(net.and_then(|net| yearly_from_net(seller, org, net)))
}

/// Net, VAT and total of a year at the net price `net`.
fn yearly_from_net(seller: &Seller, org: &Organization, net: Money) -> Option<OrderAmounts> {
    // Only a verified VAT ID with valid check digits counts for reverse charge: one
    // awaiting verification, rejected, or stored before the check digits were checked
    // is charged VAT like none at all.
    let vat_id_valid = org.vat_state() == Some(crate::domain::validation::VatIdState::Verified)
        && crate::domain::validation::VatId::parse(org.country(), &org.vat_id).is_ok();
    let treatment = vat_treatment(seller.country, org.country(), vat_id_valid);
    price_order(net, treatment).ok()
}

async fn assess<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    stored: StoredSubscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
    statuses: &[(CompetencyArea, RequirementStatus)],
) -> Result<Assessed> {
    let declines = automatic_declines(executor, stored.id, &stored.subscription.anniversary.to_string()).await?;
    Ok(assessed(stored, today, exceptions, statuses, declines))
}

fn assessed(
    stored: StoredSubscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
    statuses: &[(CompetencyArea, RequirementStatus)],
    declines: Vec<DeclineCode>,
) -> Assessed {
    let requirements = requirement_of(stored.subscription.offer, statuses);
    let evaluation = stored.evaluate(today, exceptions, requirements);
    Assessed { stored, evaluation, declines, requirements }
}

#[tracing::instrument(skip(core))]
pub async fn overview(core: &Core, organization_id: i64) -> Result<Overview> {
    // One connection for the page's queries, not one from the pool for each.
    let mut conn = core.db.pool().acquire().await?;
    let organization = found(organization(&mut *conn, organization_id).await?)?;
    let today = core.clock.today();
    let exceptions = policy_exceptions(&mut *conn).await?;
    let statuses = competency_statuses(&mut *conn, organization_id).await?;
    // The declines of every subscription in one query, each kept for the term it is
    // about (the subscription's current anniversary).
    let declines = automatic_declines_of(&mut *conn, organization_id).await?;
    let owned = subscriptions_of(&mut *conn, organization_id)
        .await?
        .into_iter()
        .map(|stored| {
            let basis = stored.subscription.anniversary.to_string();
            let of_this_term =
                declines.iter().filter(|(subscription_id, decline_basis, _)| *subscription_id == stored.id && *decline_basis == basis).map(|(_, _, code)| *code).collect();
            assessed(stored, today, &exceptions, &statuses, of_this_term)
        })
        .collect::<Vec<_>>();
    let mut offers = vec![OfferKind::ActionPack];
    for (area, _) in &statuses {
        for level in [CompetencyLevel::Silver, CompetencyLevel::Gold] {
            offers.push(OfferKind::Competency { area: *area, level });
        }
    }
    // One query for the whole price list, not one per offer.
    let currency = organization.country().currency();
    let list = price_list(&mut *conn, currency).await?;
    let net_of = |offer| list.of(offer).and_then(|minor| Money::new(minor, currency).ok());
    let prices = offers.into_iter().map(|offer| (offer, net_of(offer))).collect();
    let yearly = owned
        .iter()
        .map(|assessed| {
            let offer = assessed.stored.subscription.offer;
            (offer, net_of(offer).and_then(|net| yearly_from_net(&core.config.seller, &organization, net)))
        })
        .collect();
    let awaiting_purchases = crate::server::store::orders::awaiting_of(&mut *conn, organization_id)
        .await?
        .into_iter()
        .filter(|row| row.subscription_id.is_none())
        .map(|row| (row.offer_code.0, row.checkout_key))
        .collect();
    Ok(Overview { organization, today, exceptions, owned, statuses, prices, yearly, awaiting_purchases })
}

/// Everything offer details show.
#[derive(Debug, Clone)]
pub struct Details {
    pub organization: Organization,
    pub today: NaiveDate,
    pub assessed: Assessed,
    pub net: Option<Money>,
    /// What the next year costs, VAT included (the automatic charge).
    pub yearly: Option<OrderAmounts>,
}

#[tracing::instrument(skip(core))]
pub async fn details(core: &Core, organization_id: i64, subscription_id: i64) -> Result<Details> {
    let mut conn = core.db.pool().acquire().await?;
    let organization = found(organization(&mut *conn, organization_id).await?)?;
    let stored = found(subscription(&mut *conn, organization_id, subscription_id).await?)?;
    let today = core.clock.today();
    let exceptions = policy_exceptions(&mut *conn).await?;
    let statuses = competency_statuses(&mut *conn, organization_id).await?;
    let offer = stored.subscription.offer;
    let net = net_price(&mut *conn, &organization, offer).await?;
    let yearly = net.and_then(|net| yearly_from_net(&core.config.seller, &organization, net));
    let assessed = assess(&mut *conn, stored, today, &exceptions, &statuses).await?;
    Ok(Details { organization, today, assessed, net, yearly })
}
