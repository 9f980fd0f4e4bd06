//! Support requests: a partner's request to network support (a cancellation, for now).

use sqlx::{Any, Executor};

use super::Result;

crate::code_enum! {
    pub enum RequestStatus: "a support request status" {
        Open = "open",
        InProgress = "in-progress",
        Completed = "completed",
    }
}

crate::code_enum! {
    /// Seed 000: "Report problems with Partner Center".
    pub enum Category: "a support category" {
        PartnerCenterProblem = "partner-center-problem",
    }
}

crate::code_enum! {
    /// Seed 000: "Help with partner invoice, payment, or reconciliation file".
    pub enum ProblemType: "a support problem type" {
        InvoicePaymentReconciliation = "invoice-payment-reconciliation",
    }
}

/// A request to open.
pub struct NewRequest<'a> {
    pub organization_id: i64,
    pub user_id: i64,
    pub subscription_id: Option<i64>,
    pub category: Category,
    pub problem_type: ProblemType,
    pub description: &'a str,
    pub at: &'a str,
}

pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, request: &NewRequest<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO support_requests (organization_id, user_id, subscription_id, category, problem_type, description, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(request.organization_id)
    .bind(request.user_id)
    .bind(request.subscription_id)
    .bind(request.category.code())
    .bind(request.problem_type.code())
    .bind(request.description)
    .bind(RequestStatus::Open.code())
    .bind(request.at)
    .execute(executor)
    .await?;
    Ok(())
}
