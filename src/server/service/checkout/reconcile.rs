//! Finishing checkouts that a crash, a dropped request or a gateway error left
//! `charging`. Never charges: it asks the gateway what happened to the charge, and
//! writes the order on the terms recorded when charging began (never at another
//! price). The job runner calls [`reconcile_checkout`] under a job lease, so two
//! instances never reconcile the same checkout.

use super::buy::{finish, Origin};
use super::quote::{quote, Terms};
use crate::server::core::Core;
use crate::server::service::{Result, ServiceError};
use crate::server::store::checkouts::{self, CheckoutStatus};
use crate::server::store::organizations::organization;
use crate::server::store::payments;

/// Finishes one checkout left `charging`. Returns what happened.
#[tracing::instrument(skip(core, key))]
pub async fn reconcile_checkout(core: &Core, organization_id: i64, key: &str) -> Result<String> {
    let pool = core.db.pool();
    let Some(checkout) = checkouts::checkout(pool, organization_id, key).await? else { return Ok("checkout gone".into()) };
    if checkout.status != CheckoutStatus::Charging {
        return Ok("no longer charging".into());
    }
    let outcome = match checkout.card() {
        Some(_) => core.gateway.find_charge(key.to_string()).await?,
        None => None,
    };
    if outcome.is_none() && checkout.card().is_some() {
        // The card was never charged: the partner can press Buy again.
        payments::delete(pool, key).await?;
        checkouts::set_status(pool, key, CheckoutStatus::Open).await?;
        return Ok("not charged: reopened".into());
    }
    let terms = match checkout.terms.as_deref().and_then(Terms::from_json) {
        Some(terms) => terms,
        // A checkout from before the terms were recorded: quote it again.
        None => {
            let mut conn = pool.acquire().await?;
            let Some(org) = organization(&mut *conn, organization_id).await? else { return Ok("organization gone".into()) };
            match quote(&mut conn, &core.config.seller, &org, checkout.target(), core.clock.today()).await {
                Ok(quote) => quote.terms,
                Err(ServiceError::Refused(refusal)) => {
                    tracing::error!(checkout = %key, ?refusal, "a charged checkout can no longer be placed; needs support");
                    return Ok(format!("needs support: {refusal:?}"));
                }
                Err(error) => return Err(error),
            }
        }
    };
    finish(core, &checkout, &terms, outcome, Origin::Reconcile).await?;
    Ok("order completed".into())
}

/// Finishes every checkout left `charging`, however recent. Only for an instance that
/// knows it is alone (tests, `jobs run-due` on a stopped system); running instances
/// reconcile through the job runner. Returns how many orders it completed.
#[tracing::instrument(skip(core))]
pub async fn reconcile(core: &Core) -> Result<usize> {
    let mut finished = 0;
    for charging in checkouts::charging(core.db.pool(), None).await? {
        if reconcile_checkout(core, charging.organization_id, &charging.checkout_key).await? == "order completed" {
            finished += 1;
        }
    }
    Ok(finished)
}
