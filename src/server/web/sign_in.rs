//! Signing in and out.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::header::{HeaderValue, RETRY_AFTER, SET_COOKIE};
use http::request::Parts;
use http::StatusCode;
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, SignedIn};
use super::form::Posted;
use super::cookies::CookiePolicy;
use super::middleware::session::safe_next;
use super::reply::Reply;
use crate::domain::validation::FieldError;
use crate::server::password::Password;
use crate::server::service::sign_in::{sign_in, sign_out, SignInOutcome};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::notice::NoticeArg;
use crate::view::{AppError, Notice};

/// When to try again after every password check was busy.
const BUSY_RETRY_AFTER_SECONDS: &str = "2";

pub fn routes() -> RouteTable {
    RouteTable::new().post("/sign-in", submit).post("/sign-out", leave)
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
    let cookies = CookiePolicy::of(&state.core.config);
    let old = cookies.session_token(&parts.headers);
    match sign_in(&state.core, &email, Password::new(form.password), &client.0, old.as_ref()).await {
        Ok(SignInOutcome::SignedIn(token)) => {
            let next = safe_next(Some(form.next.as_str()).filter(|n| !n.is_empty()));
            let mut response = Reply::see_other(next).into_response();
            response.headers_mut().append(SET_COOKIE, cookies.session_cookie(&token));
            response
        }
        Ok(SignInOutcome::Failed) => {
            Reply::with_message(feedback, Notice::plain(crate::fl!("sign-in-failed")), StatusCode::UNPROCESSABLE_ENTITY).into_response()
        }
        Ok(SignInOutcome::Throttled { minutes }) => {
            let notice = Notice { id: crate::fl!("sign-in-throttled").into(), args: vec![("minutes".into(), NoticeArg::Number(minutes))] };
            let mut response = Reply::with_message(feedback, notice, StatusCode::TOO_MANY_REQUESTS).into_response();
            response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(minutes * 60));
            response
        }
        Ok(SignInOutcome::Busy) => {
            let notice = Notice::plain(crate::fl!("sign-in-busy"));
            let mut response = Reply::with_message(feedback, notice, StatusCode::SERVICE_UNAVAILABLE).into_response();
            response.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static(BUSY_RETRY_AFTER_SECONDS));
            response
        }
        Err(error) => Reply::error(feedback, AppError::from(error)).into_response(),
    }
}

#[tracing::instrument(skip_all)]
async fn leave(State(state): State<AppState>, parts: Parts, client: ClientAddr) -> Response {
    let cookies = CookiePolicy::of(&state.core.config);
    let user = SignedIn::optional(&parts);
    if let Err(error) = sign_out(&state.core, user.as_ref(), cookies.session_token(&parts.headers).as_ref(), &client.0).await {
        let _logged = AppError::from(error);
    }
    let mut response = Reply::see_other("/sign-in").into_response();
    response.headers_mut().append(SET_COOKIE, cookies.clear_session_cookie());
    response
}
