//! The form a page is rendered in reply to.

use leptos::prelude::*;

use crate::view::forms::FormFeedback;
use crate::view::AppError;

/// The form posted with this request, when the server renders its page again
/// (`server::web::render`); `None` on a plain visit.
#[server(endpoint = "posted_form")]
pub async fn posted_form() -> Result<Option<FormFeedback>, AppError> {
    Ok(use_context::<crate::server::web::render::PostedForm>().map(|posted| posted.0))
}
