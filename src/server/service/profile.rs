//! The partner profile (legal name, bill-to address, language) and joining the
//! network.

use super::{found, Actor, Result};
use crate::domain::audit::{AuditAction, AuditFact, ProfileField};
use crate::domain::validation::{PostalCode, TextLine, VatId};
use crate::i18n::Lang;
use crate::server::core::Core;
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::organizations::{self, organization, BillToColumns, Organization};

/// The legal name and bill-to address, validated for the organization's country.
#[derive(Debug, Clone)]
pub struct BillTo {
    pub legal_name: TextLine,
    pub line1: TextLine,
    pub line2: TextLine,
    pub city: TextLine,
    pub postal: PostalCode,
    pub vat: Option<VatId>,
}

impl BillTo {
    fn columns(&self) -> BillToColumns<'_> {
        BillToColumns {
            legal_name: self.legal_name.as_str(),
            address_line1: self.line1.as_str(),
            address_line2: self.line2.as_str(),
            postal_code: self.postal.as_str(),
            city: self.city.as_str(),
            vat_id: self.vat.as_ref().map_or("", VatId::as_str),
        }
    }
}

#[tracing::instrument(skip(core))]
pub async fn load(core: &Core, organization_id: i64) -> Result<Organization> {
    found(organization(core.db.pool(), organization_id).await?)
}

/// The header's name of the organization and the user's count of unread notifications.
#[tracing::instrument(skip(core))]
pub async fn header(core: &Core, organization_id: i64, user_id: i64) -> Result<(Option<String>, i64)> {
    Ok(match organizations::header(core.db.pool(), organization_id, user_id).await? {
        Some((name, unread)) => (Some(name), unread),
        None => (None, 0),
    })
}

/// Every organization's id and name (network staff's filters).
#[tracing::instrument(skip(core))]
pub async fn organization_names(core: &Core) -> Result<Vec<(i64, String)>> {
    Ok(organizations::names(core.db.pool()).await?)
}

/// Saves the profile; the audit entry names the fields that changed.
#[tracing::instrument(skip(core, actor, bill_to), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn save(core: &Core, actor: Actor<'_>, bill_to: &BillTo, lang: Lang) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    let org = found(organization(&mut *tx, actor.organization_id).await?)?;
    let columns = bill_to.columns();
    organizations::save_profile(&mut *tx, org.id, &columns, lang.code()).await?;
    let changed: Vec<ProfileField> = [
        (ProfileField::LegalName, org.legal_name != columns.legal_name),
        (
            ProfileField::Address,
            org.address_line1 != columns.address_line1 || org.address_line2 != columns.address_line2 || org.city != columns.city,
        ),
        (ProfileField::PostalCode, org.postal_code != columns.postal_code),
        (ProfileField::VatId, org.vat_id != columns.vat_id),
        (ProfileField::PreferredLanguage, org.preferred_lang != lang.code()),
    ]
    .into_iter()
    .filter_map(|(name, changed)| changed.then_some(name))
    .collect();
    let entry = AuditEntry {
        organization_id: Some(org.id),
        user_id: Some(actor.user_id),
        action: AuditAction::ProfileUpdated,
        detail: if changed.is_empty() { Vec::new() } else { vec![AuditFact::ProfileFields { fields: changed }] },
        client: actor.client,
    };
    record(&mut *tx, &core.clock.now().to_rfc3339(), entry).await?;
    tx.commit().await?;
    ask_vies(core, org.id).await;
    Ok(())
}

/// A new or still unverified VAT ID is checked with VIES when it is configured; the
/// saved profile stands whatever VIES answers, or if it cannot.
async fn ask_vies(core: &Core, organization_id: i64) {
    if let Err(error) = super::vat::check_with_vies(core, organization_id).await {
        tracing::warn!(%error, "the VIES check of a saved VAT ID failed");
    }
}

/// Joins the network with the confirmed details. False when already a member.
#[tracing::instrument(skip(core, actor, bill_to), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn enroll(core: &Core, actor: Actor<'_>, bill_to: &BillTo) -> Result<bool> {
    let mut tx = core.db.begin_write().await?;
    if !organizations::enroll(&mut *tx, actor.organization_id, &bill_to.columns(), core.clock.today()).await? {
        return Ok(false);
    }
    let entry = AuditEntry {
        organization_id: Some(actor.organization_id),
        user_id: Some(actor.user_id),
        action: AuditAction::Enrolled,
        detail: Vec::new(),
        client: actor.client,
    };
    record(&mut *tx, &core.clock.now().to_rfc3339(), entry).await?;
    tx.commit().await?;
    ask_vies(core, actor.organization_id).await;
    Ok(true)
}
