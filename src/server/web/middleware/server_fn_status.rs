//! Server functions answer an error with HTTP 500 whatever it is (server_fn writes
//! the encoded error and its `serverfnerror` header). This gives the response the
//! error's own status (`AppError::status`: 401, 403, 404, 409 …), so a refused call
//! reads as refused to anyone watching the wire, the attack script and proxies too.
//! The browser reads the error from the body either way.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

use crate::view::AppError;

/// The largest error body read back (an encoded `AppError` is a few bytes).
const ERROR_BODY_LIMIT: usize = 4096;

pub async fn error_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR || !response.headers().contains_key("serverfnerror") {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, ERROR_BODY_LIMIT).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}
