//! Competencies (seed 002): each area's requirement status with what it misses, the
//! Silver or Gold level held, and the policy exemption. Network staff set the status:
//! in this demo they stand in for the network's own records.

use super::offers::{overview, Assessed};
use super::transfers::StaffActor;
use super::Result;
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::offer::{CompetencyArea, OfferKind};
use crate::domain::subscription::RequirementStatus;
use crate::domain::support::{parse_requirement_items, requirement_items_text, RequirementItem};
use crate::server::core::Core;
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::catalog::{self, CompetencyRow};
use crate::server::store::organizations;

/// One organization's competency areas, with the subscriptions that hold a level.
#[derive(Debug, Clone)]
pub struct Competencies {
    pub rows: Vec<CompetencyRow>,
    pub owned: Vec<Assessed>,
}

impl Competencies {
    /// The subscription holding a level of `area`, if any.
    pub fn held(&self, area: CompetencyArea) -> Option<&Assessed> {
        self.owned.iter().find(|a| matches!(a.stored.subscription.offer, OfferKind::Competency { area: held, .. } if held == area))
    }
}

#[tracing::instrument(skip(core))]
pub async fn of_organization(core: &Core, organization_id: i64) -> Result<Competencies> {
    let rows = catalog::competency_rows(core.db.pool(), Some(organization_id)).await?;
    let owned = overview(core, organization_id).await?.owned.into_iter().filter(|a| a.stored.subscription.offer.is_competency()).collect();
    Ok(Competencies { rows, owned })
}

/// Every organization's competency rows, with the organizations' names (staff).
#[tracing::instrument(skip(core))]
pub async fn all(core: &Core) -> Result<Vec<(i64, String, Vec<CompetencyRow>)>> {
    let pool = core.db.pool();
    let rows = catalog::competency_rows(pool, None).await?;
    Ok(organizations::names(pool)
        .await?
        .into_iter()
        .map(|(id, name)| (id, name, rows.iter().filter(|r| r.organization_id == id).cloned().collect()))
        .collect())
}

/// Staff set an organization's requirement status of an area; audited.
#[tracing::instrument(skip(core, staff))]
pub async fn set_status(core: &Core, staff: StaffActor<'_>, organization_id: i64, area: CompetencyArea, status: RequirementStatus, missing: &[RequirementItem]) -> Result<()> {
    let mut tx = core.db.begin_write().await?;
    super::found(organizations::organization(&mut *tx, organization_id).await?)?;
    let complete = status == RequirementStatus::Complete;
    let missing = if complete { Vec::new() } else { missing.to_vec() };
    catalog::set_competency_status(&mut *tx, organization_id, area, status, &requirement_items_text(&missing)).await?;
    let entry = AuditEntry {
        organization_id: Some(organization_id),
        user_id: Some(staff.user_id),
        action: AuditAction::CompetencyStatusSet,
        detail: vec![AuditFact::Competency { area, complete, missing }],
        client: staff.client,
    };
    record(&mut *tx, &core.clock.now().to_rfc3339(), entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The items a stored row misses.
pub fn missing_of(row: &CompetencyRow) -> Vec<RequirementItem> {
    parse_requirement_items(&row.missing)
}
