//! What the network offers and on which terms: prices, competency requirement
//! status per organization, and the policy exceptions in force (rule 8: data).

use chrono::NaiveDate;
use sqlx::{Any, Executor, FromRow};

use super::{corrupt, Coded, MaybeDay, Result};
use crate::domain::money::Currency;
use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
use crate::domain::policy::{ExceptionRule, ExceptionScope, PolicyException, PolicyExceptions};
use crate::domain::subscription::RequirementStatus;

crate::code_enum! {
    /// A competency area's requirement status as stored.
    pub enum StoredRequirement: "a requirement status code" {
        Complete = "complete",
        Incomplete = "incomplete",
    }
}

impl From<StoredRequirement> for RequirementStatus {
    fn from(status: StoredRequirement) -> RequirementStatus {
        match status {
            StoredRequirement::Complete => RequirementStatus::Complete,
            StoredRequirement::Incomplete => RequirementStatus::Incomplete,
        }
    }
}

impl From<RequirementStatus> for StoredRequirement {
    fn from(status: RequirementStatus) -> StoredRequirement {
        match status {
            RequirementStatus::Complete => StoredRequirement::Complete,
            RequirementStatus::Incomplete => StoredRequirement::Incomplete,
        }
    }
}

/// The price list key of an offer: competencies are priced per level.
pub fn price_key(offer: OfferKind) -> &'static str {
    match offer {
        OfferKind::ActionPack => "action-pack",
        OfferKind::Competency { level: CompetencyLevel::Silver, .. } => "competency-silver",
        OfferKind::Competency { level: CompetencyLevel::Gold, .. } => "competency-gold",
    }
}

/// The yearly net price of an offer in a currency, in minor units.
pub async fn price<'e, E: Executor<'e, Database = Any>>(executor: E, offer: OfferKind, currency: Currency) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT amount_minor FROM prices WHERE offer_code = $1 AND currency = $2")
        .bind(price_key(offer))
        .bind(currency.code())
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|(amount,)| amount))
}

/// A currency's price list: the yearly net price of each price key, in minor units.
#[derive(Debug, Clone, Default)]
pub struct PriceList {
    prices: Vec<PriceRow>,
}

#[derive(Debug, Clone, FromRow)]
struct PriceRow {
    offer_code: String,
    amount_minor: i64,
}

impl PriceList {
    /// The yearly net price of `offer`, in minor units, if it is priced.
    pub fn of(&self, offer: OfferKind) -> Option<i64> {
        let key = price_key(offer);
        self.prices.iter().find(|row| row.offer_code == key).map(|row| row.amount_minor)
    }
}

/// Every price in `currency`, in one query (the offers page shows them all).
pub async fn price_list<'e, E: Executor<'e, Database = Any>>(executor: E, currency: Currency) -> Result<PriceList> {
    let prices = sqlx::query_as("SELECT offer_code, amount_minor FROM prices WHERE currency = $1")
        .bind(currency.code())
        .fetch_all(executor)
        .await?;
    Ok(PriceList { prices })
}

pub async fn insert_price<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str, currency: &str, amount_minor: i64) -> Result<()> {
    sqlx::query("INSERT INTO prices (offer_code, currency, amount_minor) VALUES ($1, $2, $3)")
        .bind(key)
        .bind(currency)
        .bind(amount_minor)
        .execute(executor)
        .await?;
    Ok(())
}

#[derive(FromRow)]
struct StatusRow {
    #[sqlx(try_from = "String")]
    area: Coded<CompetencyArea>,
    #[sqlx(try_from = "String")]
    status: Coded<StoredRequirement>,
}

/// The competency areas the organization works on, with their requirement status.
pub async fn competency_statuses<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
) -> Result<Vec<(CompetencyArea, RequirementStatus)>> {
    let rows: Vec<StatusRow> = sqlx::query_as("SELECT area, status FROM competency_status WHERE organization_id = $1 ORDER BY area")
        .bind(organization_id)
        .fetch_all(executor)
        .await?;
    Ok(rows.into_iter().map(|row| (row.area.0, row.status.0.into())).collect())
}

/// Every organization's competency statuses, for the scheduler: (organization, area,
/// status).
pub async fn all_competency_statuses<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<Vec<(i64, CompetencyArea, RequirementStatus)>> {
    #[derive(FromRow)]
    struct Row {
        organization_id: i64,
        #[sqlx(try_from = "String")]
        area: Coded<CompetencyArea>,
        #[sqlx(try_from = "String")]
        status: Coded<StoredRequirement>,
    }
    let rows: Vec<Row> = sqlx::query_as("SELECT organization_id, area, status FROM competency_status ORDER BY organization_id, area").fetch_all(executor).await?;
    Ok(rows.into_iter().map(|row| (row.organization_id, row.area.0, row.status.0.into())).collect())
}

pub async fn insert_competency_status<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    area: CompetencyArea,
    status: RequirementStatus,
) -> Result<()> {
    sqlx::query("INSERT INTO competency_status (organization_id, area, status) VALUES ($1, $2, $3)")
        .bind(organization_id)
        .bind(area.code())
        .bind(StoredRequirement::from(status).code())
        .execute(executor)
        .await?;
    Ok(())
}

crate::code_enum! {
    enum StoredScope: "a policy exception scope" {
        Competencies = "competencies",
        ActionPack = "action-pack",
        All = "all",
    }
}

crate::code_enum! {
    enum StoredRule: "a policy exception rule" {
        Extension = "extension",
        Reactivation = "reactivation",
    }
}

#[derive(FromRow)]
struct ExceptionRow {
    id: String,
    #[sqlx(try_from = "String")]
    scope: Coded<StoredScope>,
    #[sqlx(try_from = "String")]
    rule: Coded<StoredRule>,
    #[sqlx(try_from = "Option<String>")]
    anniversary_from: MaybeDay,
    #[sqlx(try_from = "Option<String>")]
    anniversary_to: MaybeDay,
    extend_to_year: Option<i64>,
    requirements_exempt: i64,
    #[sqlx(try_from = "Option<String>")]
    available_from: MaybeDay,
    #[sqlx(try_from = "Option<String>")]
    available_until: MaybeDay,
}

impl TryFrom<ExceptionRow> for PolicyException {
    type Error = sqlx::Error;

    fn try_from(row: ExceptionRow) -> Result<PolicyException> {
        let applies_to = match row.scope.0 {
            StoredScope::Competencies => ExceptionScope::Competencies,
            StoredScope::ActionPack => ExceptionScope::ActionPack,
            StoredScope::All => ExceptionScope::All,
        };
        let exempt = row.requirements_exempt != 0;
        let rule = match (row.rule.0, row.anniversary_from.0, row.anniversary_to.0, row.extend_to_year) {
            (StoredRule::Extension, Some(anniversary_from), Some(anniversary_to), Some(year)) => ExceptionRule::Extension {
                anniversary_from,
                anniversary_to,
                extend_to_year: i32::try_from(year).map_err(|_| corrupt(format!("policy exception {}: year {year}", row.id)))?,
                requirements_exempt: exempt,
            },
            (StoredRule::Reactivation, ..) => match (row.available_from.0, row.available_until.0) {
                (Some(available_from), Some(available_until)) => {
                    ExceptionRule::Reactivation { available_from, available_until, requirements_exempt: exempt }
                }
                _ => return Err(corrupt(format!("policy exception {}: a reactivation needs both availability dates", row.id))),
            },
            (StoredRule::Extension, ..) => {
                return Err(corrupt(format!("policy exception {}: an extension needs its anniversary range and year", row.id)))
            }
        };
        Ok(PolicyException { id: row.id, applies_to, rule })
    }
}

/// Adds a policy exception (another row, not code: rule 8).
pub async fn insert_policy_exception<'e, E: Executor<'e, Database = Any>>(executor: E, exception: &PolicyException) -> Result<()> {
    let scope = match exception.applies_to {
        ExceptionScope::Competencies => StoredScope::Competencies,
        ExceptionScope::ActionPack => StoredScope::ActionPack,
        ExceptionScope::All => StoredScope::All,
    };
    let day = |date: NaiveDate| Some(date.to_string());
    let (rule, anniversary_from, anniversary_to, extend_to_year, exempt, available_from, available_until) = match &exception.rule {
        ExceptionRule::Extension { anniversary_from, anniversary_to, extend_to_year, requirements_exempt } => {
            (StoredRule::Extension, day(*anniversary_from), day(*anniversary_to), Some(i64::from(*extend_to_year)), *requirements_exempt, None, None)
        }
        ExceptionRule::Reactivation { available_from, available_until, requirements_exempt } => {
            (StoredRule::Reactivation, None, None, None, *requirements_exempt, day(*available_from), day(*available_until))
        }
    };
    sqlx::query(
        "INSERT INTO policy_exceptions (id, scope, rule, anniversary_from, anniversary_to, extend_to_year, requirements_exempt, available_from, available_until) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&exception.id)
    .bind(scope.code())
    .bind(rule.code())
    .bind(anniversary_from)
    .bind(anniversary_to)
    .bind(extend_to_year)
    .bind(i64::from(exempt))
    .bind(available_from)
    .bind(available_until)
    .execute(executor)
    .await?;
    Ok(())
}

/// The policy exceptions in force. An incomplete row is an error, not skipped: an
/// exception that silently does not apply would charge or lapse partners wrongly.
pub async fn policy_exceptions<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<PolicyExceptions> {
    let rows: Vec<ExceptionRow> = sqlx::query_as(
        "SELECT id, scope, rule, anniversary_from, anniversary_to, extend_to_year, requirements_exempt, available_from, available_until \
         FROM policy_exceptions ORDER BY id",
    )
    .fetch_all(executor)
    .await?;
    rows.into_iter().map(PolicyException::try_from).collect::<Result<Vec<_>>>().map(PolicyExceptions)
}

/// An organization's competency area with what it still misses.
#[derive(Debug, Clone, FromRow)]
pub struct CompetencyRow {
    pub organization_id: i64,
    #[sqlx(try_from = "String")]
    pub area: Coded<CompetencyArea>,
    #[sqlx(try_from = "String")]
    pub status: Coded<StoredRequirement>,
    pub missing: String,
}

/// The competency rows of one organization (`Some`) or of all (`None`), by area.
pub async fn competency_rows<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: Option<i64>) -> Result<Vec<CompetencyRow>> {
    sqlx::query_as("SELECT organization_id, area, status, missing FROM competency_status WHERE ($1 = 0 OR organization_id = $1) ORDER BY organization_id, area")
        .bind(organization_id.unwrap_or(0))
        .fetch_all(executor)
        .await
}

/// Sets an organization's requirement status of an area (adding the area if new).
pub async fn set_competency_status<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    area: CompetencyArea,
    status: RequirementStatus,
    missing: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO competency_status (organization_id, area, status, missing) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (organization_id, area) DO UPDATE SET status = excluded.status, missing = excluded.missing",
    )
    .bind(organization_id)
    .bind(area.code())
    .bind(StoredRequirement::from(status).code())
    .bind(missing)
    .execute(executor)
    .await?;
    Ok(())
}
