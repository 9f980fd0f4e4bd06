//! Turning internal failures into the generic error the browser sees, after logging
//! the whole cause chain.

use crate::api::AppError;

/// Logs `error` with its causes under `context` and returns [`AppError::Internal`].
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
