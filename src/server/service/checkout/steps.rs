//! What the checkout's pages show: the payment step, the review of the order, and
//! the confirmation.

use super::quote::{quote, Quote};
use crate::domain::offer::OfferKind;
use crate::domain::order::CheckoutTarget;
use crate::domain::subscription::OrderKind;
use crate::server::core::Core;
use crate::server::service::{found, Refusal, Result, ServiceError};
use crate::server::store::checkouts::{self, Checkout};
use crate::server::store::CardToken;
use crate::server::store::orders::{self, Confirmation};
use crate::server::store::organizations::{organization, Organization};
use crate::server::store::subscriptions::subscription;

/// The quote, or why the order cannot be placed today.
pub type Quoted = std::result::Result<Quote, Refusal>;

fn refusal_of(result: Result<Quote>) -> Result<Quoted> {
    match result {
        Ok(quote) => Ok(Ok(quote)),
        Err(ServiceError::Refused(refusal)) => Ok(Err(refusal)),
        Err(error) => Err(error),
    }
}

/// The payment step of `target`.
#[derive(Debug, Clone)]
pub struct PaymentStep {
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub quoted: Quoted,
}

#[tracing::instrument(skip(core))]
pub async fn payment_step(core: &Core, organization_id: i64, target: CheckoutTarget) -> Result<PaymentStep> {
    let mut conn = core.db.pool().acquire().await?;
    let org = found(organization(&mut *conn, organization_id).await?)?;
    let quoted = refusal_of(quote(&mut conn, &core.config.seller, &org, target, core.clock.today()).await)?;
    let (offer, kind) = match (&quoted, target) {
        (Ok(quote), _) => (quote.terms.offer, quote.terms.kind),
        (Err(_), CheckoutTarget::Buy(offer)) => (offer, OrderKind::Purchase),
        (Err(_), CheckoutTarget::Renew(id)) => (found(subscription(&mut *conn, organization_id, id).await?)?.subscription.offer, OrderKind::Renewal),
    };
    Ok(PaymentStep { offer, kind, quoted })
}

/// The review of a checkout's order.
#[derive(Debug, Clone)]
pub struct Review {
    pub organization: Organization,
    pub checkout: Checkout,
    pub quoted: Quoted,
    /// The card kept from an earlier order, if any.
    pub card_on_file: Option<crate::domain::order::MaskedCard>,
    /// The organization's VAT ID would give reverse charge, but it is not verified
    /// (awaiting a Support agent, or rejected): this order is charged VAT.
    pub vat_id_unverified: bool,
}

#[tracing::instrument(skip(core, key))]
pub async fn review(core: &Core, organization_id: i64, key: &str) -> Result<Review> {
    let mut conn = core.db.pool().acquire().await?;
    let organization = found(organization(&mut *conn, organization_id).await?)?;
    let checkout = found(checkouts::checkout(&mut *conn, organization_id, key).await?)?;
    let quoted = refusal_of(quote(&mut conn, &core.config.seller, &organization, checkout.target(), core.clock.today()).await)?;
    let card_on_file = match &quoted {
        Ok(quote) => quote.existing.as_ref().and_then(|s| s.card.as_ref()).map(CardToken::masked),
        Err(_) => None,
    };
    let reverse_charge_if_verified =
        crate::domain::country::vat_treatment(core.config.seller.country, organization.country(), true) == crate::domain::money::VatTreatment::ReverseCharge;
    let vat_id_unverified =
        reverse_charge_if_verified && organization.vat_state().is_some_and(|state| state != crate::domain::validation::VatIdState::Verified);
    Ok(Review { organization, checkout, quoted, card_on_file, vat_id_unverified })
}

/// The order and invoice of a finished checkout.
#[tracing::instrument(skip(core, key))]
pub async fn confirmation(core: &Core, organization_id: i64, key: &str) -> Result<Confirmation> {
    found(orders::confirmation(core.db.pool(), organization_id, key).await?)
}
