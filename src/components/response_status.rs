//! The HTTP status of the page being rendered on the server. Leptos hands the page
//! the response options of its request; the status set there is the one the server
//! answers with. Kept here, not in `server/`, because the server renders the pages:
//! an import back into it would close a cycle.

use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Sets the HTTP status of the page being rendered. An invalid code, or a render
/// outside a request, changes nothing.
pub fn set_status(code: u16) {
    if let (Some(options), Ok(status)) = (use_context::<ResponseOptions>(), http::StatusCode::from_u16(code)) {
        options.set_status(status);
    }
}
