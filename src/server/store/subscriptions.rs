//! Subscriptions: rows to the domain's `Subscription` and back; policy exceptions.

use sqlx::{Any, Executor};

use super::{parse_date, parse_optional_date};
use crate::domain::offer::OfferKind;
use crate::domain::policy::{ExceptionRule, ExceptionScope, PolicyException, PolicyExceptions};
use crate::domain::subscription::{AutoRenewal, CancellationState, Subscription};

/// A stored subscription: its id, organization and the domain value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSubscription {
    pub id: i64,
    pub organization_id: i64,
    pub subscription: Subscription,
    pub card: Option<StoredCard>,
}

/// The card kept for automatic renewal (no number, no CVC).
#[derive(Clone, PartialEq, Eq)]
pub struct StoredCard {
    pub token: String,
    pub brand: String,
    pub last4: String,
    pub expiry: String,
}

impl std::fmt::Debug for StoredCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StoredCard({} •••• {})", self.brand, self.last4)
    }
}

const COLUMNS: &str = "id, organization_id, offer_code, purchased_on, anniversary, auto_renewal, cancellation, cancellation_on, \
                       exception_id, card_token, card_brand, card_last4, card_expiry";

type Row = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn from_row(row: Row) -> Option<StoredSubscription> {
    let (id, organization_id, offer, purchased_on, anniversary, auto_renewal, cancellation, cancellation_on, exception_id, token, brand, last4, expiry) = row;
    let on = parse_optional_date(cancellation_on.as_deref());
    let cancellation = match (cancellation.as_str(), on) {
        ("requested", Some(on)) => CancellationState::Requested { on },
        ("cancelled", Some(on)) => CancellationState::Cancelled { on },
        _ => CancellationState::None,
    };
    let card = match (token, brand, last4, expiry) {
        (Some(token), Some(brand), Some(last4), Some(expiry)) => Some(StoredCard { token, brand, last4, expiry }),
        _ => None,
    };
    Some(StoredSubscription {
        id,
        organization_id,
        subscription: Subscription {
            offer: OfferKind::parse_code(&offer)?,
            purchased_on: parse_date(&purchased_on),
            anniversary: parse_date(&anniversary),
            auto_renewal: AutoRenewal::parse_code(&auto_renewal)?,
            cancellation,
            exception_id,
        },
        card,
    })
}

/// The organization's subscriptions, Action Pack first.
pub async fn subscriptions_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64) -> Result<Vec<StoredSubscription>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM subscriptions WHERE organization_id = $1 ORDER BY CASE WHEN offer_code = 'action-pack' THEN 0 ELSE 1 END, offer_code"
    ))
    .bind(organization_id)
    .fetch_all(executor)
    .await?;
    Ok(rows.into_iter().filter_map(from_row).collect())
}

/// One subscription of the organization; another organization's id is not found.
pub async fn subscription<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    id: i64,
) -> Result<Option<StoredSubscription>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM subscriptions WHERE id = $1 AND organization_id = $2"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(executor)
        .await?;
    Ok(row.and_then(from_row))
}

/// The organization's subscription of an offer, if any.
pub async fn subscription_of_offer<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: i64,
    offer: OfferKind,
) -> Result<Option<StoredSubscription>, sqlx::Error> {
    let row: Option<Row> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM subscriptions WHERE organization_id = $1 AND offer_code = $2"))
            .bind(organization_id)
            .bind(offer.code())
            .fetch_optional(executor)
            .await?;
    Ok(row.and_then(from_row))
}

/// Writes the domain value of a stored subscription back.
pub async fn save<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, sub: &Subscription) -> Result<(), sqlx::Error> {
    let (cancellation, on) = match sub.cancellation {
        CancellationState::None => ("none", None),
        CancellationState::Requested { on } => ("requested", Some(on.to_string())),
        CancellationState::Cancelled { on } => ("cancelled", Some(on.to_string())),
    };
    sqlx::query(
        "UPDATE subscriptions SET purchased_on = $1, anniversary = $2, auto_renewal = $3, cancellation = $4, cancellation_on = $5, \
         exception_id = $6, version = version + 1 WHERE id = $7",
    )
    .bind(sub.purchased_on.to_string())
    .bind(sub.anniversary.to_string())
    .bind(sub.auto_renewal.code())
    .bind(cancellation)
    .bind(on)
    .bind(sub.exception_id.clone())
    .bind(id)
    .execute(executor)
    .await?;
    Ok(())
}

/// The policy exceptions in force (rule 8: data, not code).
pub async fn policy_exceptions<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<PolicyExceptions, sqlx::Error> {
    type ExceptionRow = (String, String, String, Option<String>, Option<String>, Option<i64>, i64, Option<String>, Option<String>);
    let rows: Vec<ExceptionRow> = sqlx::query_as(
        "SELECT id, scope, rule, anniversary_from, anniversary_to, extend_to_year, requirements_exempt, available_from, available_until \
         FROM policy_exceptions ORDER BY id",
    )
    .fetch_all(executor)
    .await?;
    let mut exceptions = Vec::new();
    for (id, scope, rule, from, to, year, exempt, available_from, available_until) in rows {
        let applies_to = match scope.as_str() {
            "competencies" => ExceptionScope::Competencies,
            "action-pack" => ExceptionScope::ActionPack,
            "all" => ExceptionScope::All,
            other => {
                tracing::error!(id, scope = other, "policy exception with an unknown scope ignored");
                continue;
            }
        };
        let rule = match (rule.as_str(), from, to, year, available_from, available_until) {
            ("extension", Some(from), Some(to), Some(year), _, _) => ExceptionRule::Extension {
                anniversary_from: parse_date(&from),
                anniversary_to: parse_date(&to),
                extend_to_year: year as i32,
                requirements_exempt: exempt != 0,
            },
            ("reactivation", _, _, _, Some(from), Some(until)) => ExceptionRule::Reactivation {
                available_from: parse_date(&from),
                available_until: parse_date(&until),
                requirements_exempt: exempt != 0,
            },
            _ => {
                tracing::error!(id, rule, "policy exception with incomplete dates ignored");
                continue;
            }
        };
        exceptions.push(PolicyException { id, applies_to, rule });
    }
    Ok(PolicyExceptions(exceptions))
}
