//! The signed-in user's own account page.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub name: String,
    pub email: String,
    /// An admin set the password: it must be changed before anything else.
    pub must_change_password: bool,
}
