//! Turning off automatic renewal and requesting a cancellation.

use axum::extract::{Path, Request, State};
use axum::response::Response;
use http::StatusCode;

use super::{read_form, rerender, see_other};
use crate::api::forms::FormFeedback;
use crate::api::AppError;
use crate::domain::roles::Action;
use crate::domain::subscription::{request_cancellation, turn_off_auto_renewal};
use crate::domain::validation::FieldError;
use crate::server::audit::{record, AuditEntry};
use crate::server::auth::{client_address, CurrentUser};
use crate::server::error::internal;
use crate::server::state::AppState;
use crate::server::store::subscriptions::{policy_exceptions, save, subscription};

/// Longest support request description accepted.
const DESCRIPTION_MAX: usize = 4000;

/// The user of a form post, if their role allows `action`.
pub fn form_user(parts: &http::request::Parts, action: Action) -> Result<CurrentUser, AppError> {
    let user = parts.extensions.get::<CurrentUser>().cloned().ok_or(AppError::Unauthenticated)?;
    if user.organization_id.is_none() || !user.may(action) {
        tracing::warn!(user = user.user_id, ?action, "form action refused for the role");
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

/// Renders the page again with a message for the whole form.
pub async fn refuse(state: AppState, parts: http::request::Parts, mut feedback: FormFeedback, error: AppError) -> Response {
    let status = match error {
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Conflict => StatusCode::CONFLICT,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    feedback.message = Some(error.message_id().to_string());
    rerender(state, parts, feedback, status).await
}

pub async fn turn_off(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let (parts, _form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let feedback = FormFeedback::new("auto-renewal");
    let user = match form_user(&parts, Action::TurnOffAutoRenewal) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    let organization_id = user.organization_id.expect("partner user");
    let client = client_address(&parts);
    let result = async {
        let mut tx = state.db.begin_write().await?;
        state.db.lock_key(&mut tx, id).await?;
        let Some(stored) = subscription(&mut *tx, organization_id, id).await? else { return Ok(Err(AppError::NotFound)) };
        let exceptions = policy_exceptions(&mut *tx).await?;
        let today = state.clock.today();
        let Ok(changed) = turn_off_auto_renewal(&stored.subscription, today, &exceptions) else {
            return Ok(Err(AppError::Conflict));
        };
        save(&mut *tx, id, &changed).await?;
        let entry = AuditEntry {
            organization_id: Some(organization_id),
            user_id: Some(user.user_id),
            action: "auto-renewal-off",
            detail: format!("subscription {id} ({})", changed.offer.code()),
            client: &client,
        };
        record(&mut *tx, &state.clock.now().to_rfc3339(), entry).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(Ok(()))
    };
    match result.await {
        Ok(Ok(())) => see_other(&format!("/offers/{id}?done=auto-renewal-off")),
        Ok(Err(error)) => refuse(state, parts, feedback, error).await,
        Err(error) => refuse(state, parts, feedback, internal("turning off automatic renewal", &error)).await,
    }
}

pub async fn cancel(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let mut feedback = FormFeedback::new("cancel");
    let description = form.get("description").trim().to_string();
    feedback.keep("description", &description);
    let user = match form_user(&parts, Action::RequestCancellation) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    if description.is_empty() {
        feedback.field_error("description", FieldError::Required);
    } else if description.chars().count() > DESCRIPTION_MAX {
        feedback.field_error("description", FieldError::TooLong { max: DESCRIPTION_MAX as u16 });
    }
    if feedback.has_errors() {
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let organization_id = user.organization_id.expect("partner user");
    let client = client_address(&parts);
    let result = async {
        let mut tx = state.db.begin_write().await?;
        state.db.lock_key(&mut tx, id).await?;
        let Some(stored) = subscription(&mut *tx, organization_id, id).await? else { return Ok(Err(AppError::NotFound)) };
        let exceptions = policy_exceptions(&mut *tx).await?;
        let today = state.clock.today();
        let Ok(changed) = request_cancellation(&stored.subscription, today, &exceptions) else {
            return Ok(Err(AppError::Conflict));
        };
        save(&mut *tx, id, &changed).await?;
        let now = state.clock.now().to_rfc3339();
        sqlx::query(
            "INSERT INTO support_requests (organization_id, user_id, subscription_id, category, problem_type, description, status, created_at, updated_at) \
             VALUES ($1, $2, $3, 'partner-center-problem', 'invoice-payment-reconciliation', $4, 'open', $5, $5)",
        )
        .bind(organization_id)
        .bind(user.user_id)
        .bind(id)
        .bind(&description)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let entry = AuditEntry {
            organization_id: Some(organization_id),
            user_id: Some(user.user_id),
            action: "cancellation-requested",
            detail: format!("subscription {id} ({})", changed.offer.code()),
            client: &client,
        };
        record(&mut *tx, &now, entry).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(Ok(()))
    };
    match result.await {
        Ok(Ok(())) => see_other(&format!("/offers/{id}?done=cancellation-requested")),
        Ok(Err(error)) => refuse(state, parts, feedback, error).await,
        Err(error) => refuse(state, parts, feedback, internal("requesting a cancellation", &error)).await,
    }
}
