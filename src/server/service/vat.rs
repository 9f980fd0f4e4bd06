//! Verifying VAT IDs: a VAT ID gives reverse charge only once a Support agent has
//! verified it, or VIES (when `VIES_URL` is set) has confirmed it. A changed ID is
//! unverified again (`store::organizations`); the partner is told each decision.

use super::notify::{self, Event};
use super::transfers::StaffActor;
use super::{found, Refusal, Result};
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::validation::{VatId, VatIdState};
use crate::server::core::Core;
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::organizations::{self, Organization};

/// A Support agent's decision on a VAT ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Verify,
    Reject,
}

impl Decision {
    /// `verified` or `rejected`, as the console's buttons send it.
    pub fn parse(code: &str) -> Option<Decision> {
        match VatIdState::parse_code(code)? {
            VatIdState::Verified => Some(Decision::Verify),
            VatIdState::Rejected => Some(Decision::Reject),
            VatIdState::Unverified => None,
        }
    }

    pub fn state(self) -> VatIdState {
        match self {
            Decision::Verify => VatIdState::Verified,
            Decision::Reject => VatIdState::Rejected,
        }
    }
}

/// What the audit log calls the VIES check, in place of a person's address.
const VIES_CLIENT: &str = "vies";

/// The organizations whose VAT ID awaits verification (Support agents' list).
#[tracing::instrument(skip(core))]
pub async fn awaiting(core: &Core) -> Result<Vec<Organization>> {
    Ok(organizations::awaiting_vat_check(core.db.pool()).await?)
}

/// A Support agent verifies or rejects the VAT ID they were shown (`vat_id`); refused
/// when the partner has changed it since. Audited; the partner's admins are told.
#[tracing::instrument(skip(core, staff))]
pub async fn decide(core: &Core, staff: StaffActor<'_>, organization_id: i64, vat_id: &str, decision: Decision) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let org = found(organizations::organization(&mut *tx, organization_id).await?)?;
    if org.vat_id.is_empty() || org.vat_id != vat_id {
        return Err(Refusal::VatIdChanged.into());
    }
    apply(&mut tx, core, &org, decision.state(), Some(staff.user_id), staff.client).await?;
    tx.commit().await?;
    Ok(())
}

/// Asks VIES about the organization's VAT ID when `VIES_URL` is set and the ID awaits
/// verification, and records a yes or a no. When VIES cannot answer, the ID stays
/// unverified for a Support agent (logged, never shown as an error: the profile is
/// saved). Returns the state decided, if any.
#[tracing::instrument(skip(core))]
pub async fn check_with_vies(core: &Core, organization_id: i64) -> Result<Option<VatIdState>> {
    let Some(base) = core.config.vies_url.as_deref() else { return Ok(None) };
    let org = found(organizations::organization(core.db.pool(), organization_id).await?)?;
    if org.vat_state() != Some(VatIdState::Unverified) {
        return Ok(None);
    }
    let Some(vat_id) = VatId::parse(org.country(), &org.vat_id).ok() else { return Ok(None) };
    let Some((country, number)) = vat_id.vies_query() else { return Ok(None) };
    let decision = match crate::server::vies::is_registered(base, country, number).await {
        Ok(true) => VatIdState::Verified,
        Ok(false) => VatIdState::Rejected,
        Err(error) => {
            tracing::warn!(%error, "VIES gave no answer; the VAT ID waits for a Support agent");
            return Ok(None);
        }
    };
    let mut tx = core.db.begin_write().await?;
    // Checked again inside the transaction: the ID may have changed while VIES was asked.
    let Some(org) = organizations::organization(&mut *tx, organization_id).await?.filter(|o| o.vat_id == org.vat_id) else {
        return Ok(None);
    };
    apply(&mut tx, core, &org, decision, None, VIES_CLIENT).await?;
    tx.commit().await?;
    Ok(Some(decision))
}

async fn apply(
    tx: &mut sqlx::AnyConnection,
    core: &Core,
    org: &Organization,
    decision: VatIdState,
    user_id: Option<i64>,
    client: &str,
) -> Result<()> {
    let now = core.clock.now();
    if !organizations::decide_vat_id(&mut *tx, org.id, &org.vat_id, decision, core.clock.today()).await? {
        return Err(Refusal::VatIdChanged.into());
    }
    let action = if decision == VatIdState::Verified { AuditAction::VatIdVerified } else { AuditAction::VatIdRejected };
    let entry = AuditEntry { organization_id: Some(org.id), user_id, action, detail: vec![AuditFact::VatId { number: org.vat_id.clone() }], client };
    record(&mut *tx, &now.to_rfc3339(), entry).await?;
    let event = Event::VatIdDecided { vat_id: org.vat_id.clone(), state: decision };
    let key = format!("vat-id:{}:{}:{}", org.id, org.vat_id, now.to_rfc3339());
    notify::record(&mut *tx, org.id, None, &event, &key, None, now).await?;
    Ok(())
}
