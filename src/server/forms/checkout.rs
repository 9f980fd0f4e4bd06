//! The checkout's forms: the payment method step and Buy.

use axum::extract::{Path, Request, State};
use axum::response::Response;
use http::StatusCode;

use super::subscription_actions::{form_user, refuse};
use super::{read_form, rerender, see_other};
use crate::api::checkout::CheckoutTarget;
use crate::api::forms::FormFeedback;
use crate::domain::roles::Action;
use crate::server::auth::client_address;
use crate::api::AppError;
use crate::server::checkout::{buy, start, BuyOutcome, Refusal, StartError};
use crate::server::state::AppState;

pub async fn payment_for_renewal(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    payment(state, CheckoutTarget::Renew(id), request).await
}

pub async fn payment_for_purchase(State(state): State<AppState>, Path(offer): Path<String>, request: Request) -> Response {
    payment(state, CheckoutTarget::Buy(offer), request).await
}

async fn payment(state: AppState, target: CheckoutTarget, request: Request) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let user = match form_user(&parts, Action::Buy) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, FormFeedback::new("payment"), error).await,
    };
    match start(&state, &user, &target, &form).await {
        Ok(key) => see_other(&format!("/checkout/{key}")),
        Err(StartError::Invalid(feedback)) => rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await,
        Err(StartError::Gateway(feedback)) => rerender(state, parts, feedback, StatusCode::SERVICE_UNAVAILABLE).await,
        Err(StartError::Refused(Refusal::NotFound, feedback)) => {
            tracing::warn!(user = user.user_id, ?target, "checkout for an offer outside the user's organization");
            refuse(state, parts, feedback, AppError::NotFound).await
        }
        Err(StartError::Refused(_, feedback)) => rerender(state, parts, feedback, StatusCode::CONFLICT).await,
        Err(StartError::Internal(error)) => refuse(state, parts, FormFeedback::new("payment"), error).await,
    }
}

pub async fn buy_order(State(state): State<AppState>, Path(key): Path<String>, request: Request) -> Response {
    let (parts, _form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let feedback = FormFeedback::new("buy");
    let user = match form_user(&parts, Action::Buy) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    let client = client_address(&parts);
    match buy(&state, &user, &key, &client).await {
        Ok(BuyOutcome::Done(done)) => see_other(&format!("/checkout/{done}/done")),
        // The review page shows the decline (or the refusal) from the stored checkout.
        Ok(BuyOutcome::Declined(_)) => rerender(state, parts, feedback, StatusCode::PAYMENT_REQUIRED).await,
        Ok(BuyOutcome::Refused(_)) => rerender(state, parts, feedback, StatusCode::CONFLICT).await,
        Err(error) => refuse(state, parts, feedback, error).await,
    }
}
