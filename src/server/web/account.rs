//! The signed-in user's own account (`/account`): change the password, sign out
//! everywhere. Every signed-in user has one, partners and staff alike.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::header::SET_COOKIE;
use http::request::Parts;
use http::StatusCode;
use serde::Deserialize;

use super::table::RouteTable;
use super::cookies::CookiePolicy;
use super::extract::{ClientAddr, SignedIn};
use super::form::Posted;
use super::reply::Reply;
use crate::domain::validation::FieldError;
use crate::server::password::{Password, MAX_LENGTH, MIN_LENGTH};
use crate::server::service::account::{change_password, sign_out_everywhere, PasswordChange};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::{AppError, Notice};

pub fn routes() -> RouteTable {
    RouteTable::new().post("/account", submit)
}

#[derive(Deserialize)]
struct AccountForm {
    /// `password` or `sign-out-everywhere`.
    #[serde(default)]
    intent: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    confirm_password: String,
}

#[tracing::instrument(skip_all, fields(user))]
async fn submit(State(state): State<AppState>, parts: Parts, SignedIn(user): SignedIn, client: ClientAddr, Posted(form): Posted<AccountForm>) -> Response {
    let cookies = CookiePolicy::of(&state.core.config);
    match form.intent.as_str() {
        "password" => {
            let mut feedback = FormFeedback::new("password");
            if form.current_password.is_empty() {
                feedback.field_error("current_password", FieldError::Required);
            }
            let length = form.new_password.chars().count();
            if form.new_password.is_empty() {
                feedback.field_error("new_password", FieldError::Required);
            } else if length < MIN_LENGTH {
                feedback.field_message("new_password", crate::fl!("account-password-too-short"));
            } else if length > MAX_LENGTH {
                feedback.field_error("new_password", FieldError::TooLong { max: MAX_LENGTH as u16 });
            } else if form.new_password == form.current_password {
                feedback.field_message("new_password", crate::fl!("account-password-unchanged"));
            }
            if form.confirm_password != form.new_password {
                feedback.field_message("confirm_password", crate::fl!("account-password-mismatch"));
            }
            if feedback.has_errors() {
                return Reply::invalid(feedback).into_response();
            }
            let Some(session) = cookies.session_token(&parts.headers) else { return AppError::Unauthenticated.into_response() };
            let current = Password::new(form.current_password);
            let new = Password::new(form.new_password);
            match change_password(&state.core, &user, &session, current, new, &client.0).await {
                Ok(PasswordChange::Changed) => Reply::see_other("/account?done=password").into_response(),
                Ok(PasswordChange::WrongCurrent) => {
                    feedback.field_message("current_password", crate::fl!("account-current-password-wrong"));
                    Reply::invalid(feedback).into_response()
                }
                Ok(PasswordChange::Busy) => {
                    Reply::with_message(feedback, Notice::plain(crate::fl!("sign-in-busy")), StatusCode::SERVICE_UNAVAILABLE).into_response()
                }
                Err(error) => Reply::error(feedback, AppError::from(error)).into_response(),
            }
        }
        "sign-out-everywhere" => match sign_out_everywhere(&state.core, &user, &client.0).await {
            Ok(()) => {
                let mut response = Reply::see_other("/sign-in?done=signed-out-everywhere").into_response();
                response.headers_mut().append(SET_COOKIE, cookies.clear_session_cookie());
                response
            }
            Err(error) => Reply::error(FormFeedback::new("sign-out-everywhere"), AppError::from(error)).into_response(),
        },
        _ => Reply::error(FormFeedback::new("password"), AppError::BadRequest).into_response(),
    }
}
