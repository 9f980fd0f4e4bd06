//! Handlers of the forms the pages post to themselves: read the form, act, then either
//! redirect (303) or render the same page again with the input and the errors.

pub mod checkout;
pub mod enroll;
pub mod profile;
pub mod sign_in;
pub mod subscription_actions;

use axum::body::Body;
use axum::extract::Request;
use axum::response::{IntoResponse, Redirect, Response};
use http::{Method, StatusCode};
use leptos::prelude::provide_context;

use super::page::shell;
use super::state::AppState;
use crate::api::forms::FormFeedback;

/// The submission being answered, for the page rendered in reply to a POST.
#[derive(Debug, Clone)]
pub struct PostedForm(pub FormFeedback);

/// A submitted `application/x-www-form-urlencoded` form.
#[derive(Debug, Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> FormData {
        FormData(form_urlencoded::parse(body).into_owned().collect())
    }

    /// The field's (first) value, or "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str())
    }

    /// Every value of a repeated field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(key, _)| key == name).map(|(_, value)| value.as_str()).collect()
    }
}

/// Largest form body accepted.
const FORM_LIMIT: usize = 64 * 1024;

/// Splits a request into its parts and its parsed form.
pub async fn read_form(request: Request) -> Result<(http::request::Parts, FormData), Response> {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    Ok((parts, FormData::parse(&bytes)))
}

/// Renders the page of `parts`' path again, server-side, with `feedback`.
pub async fn rerender(state: AppState, parts: http::request::Parts, feedback: FormFeedback, status: StatusCode) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(PostedForm(feedback.clone()));
        },
        move || shell(options.clone()),
    );
    let mut request = Request::from_parts(parts, Body::empty());
    *request.method_mut() = Method::GET;
    let mut response = handler(request).await;
    *response.status_mut() = status;
    response
}

/// Post/redirect/get: a 303 to `location`.
pub fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}
