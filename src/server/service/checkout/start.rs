//! The payment step: a card is tokenised (its number and CVC go no further) or a bank
//! transfer contact is kept, and a checkout is recorded under a new random key.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;

use super::quote::quote;
use crate::domain::order::CheckoutTarget;
use crate::domain::validation::{EmailAddress, PersonName, PhoneNumber};
use crate::server::core::Core;
use crate::server::gateway::CardDetails;
use crate::server::service::{found, Actor, Result};
use crate::server::store::checkouts::{self, NewCheckout, TransferContact};
use crate::server::store::organizations::organization;
use crate::server::store::Instant;

/// The chosen payment method with its validated details.
pub enum PaymentInput {
    Card { holder: PersonName, card: CardDetails },
    BankTransfer { name: PersonName, phone: PhoneNumber, email: EmailAddress },
}

fn new_key() -> String {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Starts a checkout for `target`; returns its key (the order's idempotency key).
/// Refused when the rules do not allow the order today.
#[tracing::instrument(skip(core, actor, input), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn start(core: &Core, actor: Actor<'_>, target: CheckoutTarget, input: PaymentInput) -> Result<String> {
    let mut conn = core.db.pool().acquire().await?;
    let org = found(organization(&mut *conn, actor.organization_id).await?)?;
    let quote = quote(&mut conn, &core.config.seller, &org, target, core.clock.today()).await?;
    drop(conn);
    let (card, holder, contact) = match input {
        PaymentInput::Card { holder, card } => (Some(core.gateway.tokenize(card).await?), Some(holder), None),
        PaymentInput::BankTransfer { name, phone, email } => (
            None,
            None,
            Some(TransferContact { name: name.as_str().to_string(), phone: phone.as_str().to_string(), email: email.as_str().to_string() }),
        ),
    };
    let key = new_key();
    let basis = quote.basis();
    let checkout = NewCheckout {
        key: &key,
        organization_id: org.id,
        user_id: actor.user_id,
        subscription_id: match target {
            CheckoutTarget::Renew(id) => Some(id),
            CheckoutTarget::Buy(_) => None,
        },
        offer: quote.terms.offer,
        kind: quote.terms.kind,
        basis: &basis,
        card: card.as_ref(),
        card_holder: holder.as_ref().map(PersonName::as_str),
        contact: contact.as_ref(),
        created_at: Instant(core.clock.now()),
    };
    checkouts::insert(core.db.pool(), &checkout).await?;
    Ok(key)
}
