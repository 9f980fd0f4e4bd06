//! One file per route.

pub mod coming;
pub mod not_found;
pub mod offers;
pub mod sign_in;
