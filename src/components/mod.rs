//! UI pieces shared by the pages.

pub mod announce;
pub mod error_page;
pub mod form;
pub mod layout;
pub mod nav;
#[cfg(feature = "ssr")]
mod response_status;
pub mod status;

/// Sets the HTTP status of the page being rendered on the server.
#[cfg(feature = "ssr")]
pub use response_status::set_status;

/// Sets the HTTP status of the page being rendered (nothing to do in the browser).
#[cfg(not(feature = "ssr"))]
pub fn set_status(_code: u16) {}
