//! Organizations (partner tenants): membership, country, bill-to details.

use sqlx::{Any, Executor};

use crate::domain::country::Country;
use crate::domain::offer::{CompetencyArea, OfferKind};
use crate::domain::subscription::RequirementStatus;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub id: i64,
    pub partner_id: String,
    pub legal_name: String,
    pub country: Country,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub vat_id: String,
    pub preferred_lang: String,
    pub is_member: bool,
}

type OrgRow = (i64, String, String, String, String, String, String, String, String, String, String);

pub async fn organization<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64) -> Result<Option<Organization>, sqlx::Error> {
    let row: Option<OrgRow> = sqlx::query_as(
        "SELECT id, partner_id, legal_name, country, address_line1, address_line2, postal_code, city, vat_id, preferred_lang, membership \
         FROM organizations WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(|(id, partner_id, legal_name, country, address_line1, address_line2, postal_code, city, vat_id, preferred_lang, membership)| {
        Organization {
            id,
            partner_id,
            legal_name,
            country: Country::parse(&country).unwrap_or(Country::US),
            address_line1,
            address_line2,
            postal_code,
            city,
            vat_id,
            preferred_lang,
            is_member: membership == "member",
        }
    }))
}

/// The competency areas the organization works on, with their requirement status.
pub async fn competency_statuses<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
) -> Result<Vec<(CompetencyArea, RequirementStatus)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT area, status FROM competency_status WHERE organization_id = $1 ORDER BY area")
            .bind(organization_id)
            .fetch_all(executor)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(area, status)| {
            let status = if status == "complete" { RequirementStatus::Complete } else { RequirementStatus::Incomplete };
            CompetencyArea::parse_code(&area).map(|area| (area, status))
        })
        .collect())
}

/// Whether the offer's requirements are met (the Action Pack has none).
pub fn requirement_of(offer: OfferKind, statuses: &[(CompetencyArea, RequirementStatus)]) -> RequirementStatus {
    match offer {
        OfferKind::ActionPack => RequirementStatus::Complete,
        OfferKind::Competency { area, .. } => statuses
            .iter()
            .find(|(a, _)| *a == area)
            .map_or(RequirementStatus::Incomplete, |(_, status)| *status),
    }
}

/// The price list key of an offer: competencies are priced per level.
pub fn price_key(offer: OfferKind) -> &'static str {
    use crate::domain::offer::CompetencyLevel;
    match offer {
        OfferKind::ActionPack => "action-pack",
        OfferKind::Competency { level: CompetencyLevel::Silver, .. } => "competency-silver",
        OfferKind::Competency { level: CompetencyLevel::Gold, .. } => "competency-gold",
    }
}

/// The yearly net price of an offer in a currency, in minor units.
pub async fn price<'e, E: Executor<'e, Database = Any>>(executor: E, offer: OfferKind, currency: &str) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT amount_minor FROM prices WHERE offer_code = $1 AND currency = $2")
        .bind(price_key(offer))
        .bind(currency)
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|(amount,)| amount))
}
