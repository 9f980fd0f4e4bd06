//! The one answer of a form handler: redirect (post/redirect/get) or render the
//! form's own page again with the input and the errors, with a status that says
//! what happened.

use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;

use crate::i18n::format::Formatter;
use crate::server::present::refusal::notice;
use crate::server::service::ServiceError;
use crate::view::forms::FormFeedback;
use crate::view::{AppError, Notice};

/// Marks a response whose body is the page of the request rendered again with this
/// feedback; the `render_replies` middleware renders it.
#[derive(Debug, Clone)]
pub struct RenderForm(pub FormFeedback);

#[derive(Debug)]
pub enum Reply {
    /// 303 to a page.
    SeeOther(String),
    /// The form's page again, with the input and the errors.
    Rerender { feedback: FormFeedback, status: StatusCode },
}

impl Reply {
    pub fn see_other(location: impl Into<String>) -> Reply {
        Reply::SeeOther(location.into())
    }

    /// Invalid input: 422 with the errors beside the fields.
    pub fn invalid(feedback: FormFeedback) -> Reply {
        Reply::Rerender { feedback, status: StatusCode::UNPROCESSABLE_ENTITY }
    }

    /// The form's page with a message for the whole form.
    pub fn with_message(mut feedback: FormFeedback, message: Notice, status: StatusCode) -> Reply {
        feedback.message = Some(message);
        Reply::Rerender { feedback, status }
    }

    /// The form's page with the error's message and status.
    pub fn error(feedback: FormFeedback, error: AppError) -> Reply {
        let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        Reply::with_message(feedback, Notice::plain(error.message_id()), status)
    }

    /// A service's error: a refusal gets its own message (409, dates in the
    /// visitor's format), anything else the error's.
    pub fn service_error(feedback: FormFeedback, error: ServiceError, fmt: &Formatter) -> Reply {
        match error {
            ServiceError::Refused(ref reason) => {
                tracing::info!(?reason, "refused by the rules");
                Reply::with_message(feedback, notice(reason, fmt), StatusCode::CONFLICT)
            }
            other => Reply::error(feedback, AppError::from(other)),
        }
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        match self {
            Reply::SeeOther(location) => Redirect::to(&location).into_response(),
            Reply::Rerender { feedback, status } => {
                let mut response = status.into_response();
                response.extensions_mut().insert(RenderForm(feedback));
                response
            }
        }
    }
}
