//! Posted forms: the body read once (within the body limit) and deserialised into a
//! typed form struct; each struct then parses its fields into domain types.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::view::AppError;

/// A posted `application/x-www-form-urlencoded` form as `T`. A body that is too
/// large or not a form is refused (400) before any handler runs.
#[derive(Debug)]
pub struct Posted<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Posted<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Posted<T>, AppError> {
        let bytes = Bytes::from_request(request, state).await.map_err(|_| AppError::BadRequest)?;
        serde_html_form::from_bytes(&bytes).map(Posted).map_err(|error| {
            tracing::info!(%error, "a posted form could not be read");
            AppError::BadRequest
        })
    }
}
