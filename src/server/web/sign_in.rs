//! Signing in and out.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use http::header::SET_COOKIE;
use http::request::Parts;
use http::StatusCode;
use serde::Deserialize;

use super::extract::{ClientAddr, SignedIn};
use super::form::Posted;
use super::middleware::session::{clear_session_cookie, safe_next, session_cookie, session_token, wants_secure_cookies};
use super::reply::Reply;
use crate::domain::validation::FieldError;
use crate::server::password::Password;
use crate::server::service::sign_in::{sign_in, sign_out, SignInOutcome};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::notice::NoticeArg;
use crate::view::{AppError, Notice};

pub fn routes() -> Router<AppState> {
    Router::new().route("/sign-in", post(submit)).route("/sign-out", post(leave))
}

#[derive(Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

#[tracing::instrument(skip_all)]
async fn submit(State(state): State<AppState>, parts: Parts, client: ClientAddr, Posted(form): Posted<SignInForm>) -> Response {
    let email = form.email.trim().to_lowercase();
    let mut feedback = FormFeedback::new("sign-in");
    feedback.keep("email", &email);
    feedback.keep("next", &form.next);
    if email.is_empty() {
        feedback.field_error("email", FieldError::Required);
    }
    if form.password.is_empty() {
        feedback.field_error("password", FieldError::Required);
    }
    if feedback.has_errors() {
        return Reply::invalid(feedback).into_response();
    }
    let old = session_token(&parts.headers);
    match sign_in(&state.core, &email, Password::new(form.password), &client.0, old.as_ref()).await {
        Ok(SignInOutcome::SignedIn(token)) => {
            let next = safe_next(Some(form.next.as_str()).filter(|n| !n.is_empty()));
            let mut response = Reply::see_other(next).into_response();
            response.headers_mut().append(SET_COOKIE, session_cookie(&token, wants_secure_cookies(&parts)));
            response
        }
        Ok(SignInOutcome::Failed) => {
            Reply::with_message(feedback, Notice::plain(crate::fl!("sign-in-failed")), StatusCode::UNPROCESSABLE_ENTITY).into_response()
        }
        Ok(SignInOutcome::Throttled { minutes }) => {
            let notice = Notice { id: crate::fl!("sign-in-throttled").into(), args: vec![("minutes".into(), NoticeArg::Number(minutes))] };
            Reply::with_message(feedback, notice, StatusCode::TOO_MANY_REQUESTS).into_response()
        }
        Err(error) => Reply::error(feedback, AppError::from(error)).into_response(),
    }
}

#[tracing::instrument(skip_all)]
async fn leave(State(state): State<AppState>, parts: Parts, client: ClientAddr) -> Response {
    let user = SignedIn::optional(&parts);
    if let Err(error) = sign_out(&state.core, user.as_ref(), session_token(&parts.headers).as_ref(), &client.0).await {
        let _logged = AppError::from(error);
    }
    let mut response = Reply::see_other("/sign-in").into_response();
    response.headers_mut().append(SET_COOKIE, clear_session_cookie());
    response
}
