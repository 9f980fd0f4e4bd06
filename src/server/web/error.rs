//! Errors on their way to the browser: services' errors become [`AppError`] codes
//! here (internal causes are logged with their whole chain, never shown), and an
//! `AppError` answering a request becomes a response with its one status
//! ([`AppError::status`]) and a localized error page (`render::render_replies`).

use axum::response::{IntoResponse, Response};
use http::StatusCode;

use crate::server::service::ServiceError;
use crate::view::AppError;

/// Marks a response whose body is the localized page of this error; the
/// `render_replies` middleware writes it.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage(pub AppError);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage(self));
        response
    }
}

/// Logs `error` with its causes and answers [`AppError::Internal`].
pub fn internal(context: &'static str, error: &(dyn std::error::Error + 'static)) -> AppError {
    let mut chain = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    tracing::error!(context, error = %chain, "internal error");
    AppError::Internal
}

impl From<ServiceError> for AppError {
    fn from(error: ServiceError) -> AppError {
        match error {
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::Refused(refusal) => {
                tracing::info!(?refusal, "refused by the rules");
                AppError::Conflict
            }
            ServiceError::Changed => AppError::Conflict,
            ServiceError::Busy => AppError::Unavailable,
            ServiceError::Db(ref cause) => internal("database", cause),
            ServiceError::Gateway(ref cause) => internal("payment gateway", cause),
        }
    }
}
