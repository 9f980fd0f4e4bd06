//! The errors the browser may know of: codes, never text. Each code has one Fluent
//! message and one HTTP status; internal causes stay in the server log.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What went wrong, as the browser may know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
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
    /// The request body is too large or not a form.
    #[error("bad request")]
    BadRequest,
    /// The server is busy or a service it needs is down; try again shortly.
    #[error("unavailable")]
    Unavailable,
    /// Something failed on the server; the cause is in the server log.
    #[error("internal error")]
    Internal,
    /// The request did not reach the server function or its answer could not be read.
    #[error("request failed")]
    Request,
}

impl AppError {
    /// The Fluent id of the message shown for this error.
    pub fn message_id(self) -> &'static str {
        match self {
            AppError::Unauthenticated => crate::fl!("error-unauthenticated"),
            AppError::Forbidden => crate::fl!("error-forbidden"),
            AppError::NotFound => crate::fl!("error-not-found"),
            AppError::Conflict => crate::fl!("error-conflict"),
            AppError::BadRequest => crate::fl!("error-bad-request"),
            AppError::Unavailable => crate::fl!("error-unavailable"),
            AppError::Internal => crate::fl!("error-internal"),
            AppError::Request => crate::fl!("error-request"),
        }
    }

    /// The HTTP status of a response with this error: the one mapping.
    pub fn status(self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict => 409,
            // On the server, `Request` is a call whose arguments could not be read.
            AppError::BadRequest | AppError::Request => 400,
            AppError::Unavailable => 503,
            AppError::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_value: ServerFnErrorErr) -> Self {
        AppError::Request
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_client_or_server_error_status() {
        for error in [
            AppError::Unauthenticated,
            AppError::Forbidden,
            AppError::NotFound,
            AppError::Conflict,
            AppError::BadRequest,
            AppError::Unavailable,
            AppError::Internal,
            AppError::Request,
        ] {
            assert!((400..600).contains(&error.status()), "{error:?}");
        }
    }
}
