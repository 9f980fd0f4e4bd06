//! Finishing checkouts that a crash, a dropped request or a gateway error left
//! `charging`. Never charges: it asks the gateway what happened to each charge.

use super::buy::finish;
use super::quote::quote;
use crate::server::core::Core;
use crate::server::service::{Result, ServiceError};
use crate::server::store::checkouts::{self, CheckoutStatus};
use crate::server::store::organizations::organization;
use crate::server::store::payments;

/// Completes the order of every charged checkout, records declines, and reopens the
/// checkouts that never reached the gateway. Returns how many orders it completed.
#[tracing::instrument(skip(core))]
pub async fn reconcile(core: &Core) -> Result<usize> {
    let mut finished = 0;
    for (key, organization_id) in checkouts::charging(core.db.pool()).await? {
        let mut conn = core.db.pool().acquire().await?;
        let Some(checkout) = checkouts::checkout(&mut *conn, organization_id, &key).await? else { continue };
        let Some(org) = organization(&mut *conn, organization_id).await? else { continue };
        let outcome = match checkout.card() {
            Some(_) => core.gateway.find_charge(key.clone()).await?,
            None => None,
        };
        let quoted = quote(&mut conn, &core.config.seller, &org, checkout.target(), core.clock.today()).await;
        drop(conn);
        match (outcome, quoted) {
            (None, _) if checkout.card().is_some() => {
                payments::delete(core.db.pool(), &key).await?;
                checkouts::set_status(core.db.pool(), &key, CheckoutStatus::Open).await?;
            }
            (outcome, Ok(quote)) => {
                finish(core, &checkout, &quote, outcome, None).await?;
                finished += 1;
            }
            (_, Err(ServiceError::Refused(refusal))) => {
                tracing::error!(checkout = %key, ?refusal, "a charged checkout can no longer be placed; needs support");
            }
            (_, Err(error)) => return Err(error),
        }
    }
    Ok(finished)
}
