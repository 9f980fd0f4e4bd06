//! What every request passes through: security headers and the forgery check,
//! the session (and the sign-in guard), the language.

pub mod locale;
pub mod security;
pub mod server_fn_status;
pub mod session;
