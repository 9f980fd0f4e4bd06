//! UI pieces shared by the pages.

pub mod form;
pub mod layout;
pub mod nav;
pub mod status;
