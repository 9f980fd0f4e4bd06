//! The errors a server function can return to the browser: codes, never text. Each
//! code is shown through a Fluent message; internal causes stay in the server log.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What went wrong, as the browser may know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No valid session: sign in first.
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in, but the role does not allow this.
    #[error("not allowed")]
    Forbidden,
    /// Does not exist, or belongs to another organization (the two look the same).
    #[error("not found")]
    NotFound,
    /// The request conflicts with the current state (for example, already renewed).
    #[error("conflict")]
    Conflict,
    /// Something failed on the server; the cause is in the server log.
    #[error("internal error")]
    Internal,
    /// The request did not reach the server function or its answer could not be read.
    #[error("request failed")]
    Request,
}

impl AppError {
    /// The Fluent id of the message shown for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => crate::fl!("error-unauthenticated"),
            AppError::Forbidden => crate::fl!("error-forbidden"),
            AppError::NotFound => crate::fl!("error-not-found"),
            AppError::Conflict => crate::fl!("error-conflict"),
            AppError::Internal => crate::fl!("error-internal"),
            AppError::Request => crate::fl!("error-request"),
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_value: ServerFnErrorErr) -> Self {
        AppError::Request
    }
}
