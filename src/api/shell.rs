//! What the frame of every page needs to know about the visitor.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// The signed-in user and organization as the header shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Visitor {
    pub user_name: Option<String>,
    pub organization_name: Option<String>,
}

/// The header's information about the current visitor.
#[server(endpoint = "visitor")]
pub async fn load_visitor() -> Result<Visitor, AppError> {
    Ok(Visitor::default())
}
