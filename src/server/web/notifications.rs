//! Marking notifications read.

use axum::extract::State;
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::Partner;
use super::form::Posted;
use super::reply::Reply;
use crate::server::service::notifications;
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::AppError;

pub fn routes() -> RouteTable {
    RouteTable::new().post("/notifications", submit)
}

#[derive(Deserialize)]
struct ReadForm {
    /// `read` (one) or `read-all`.
    #[serde(default)]
    intent: String,
    #[serde(default)]
    id: Option<i64>,
}

#[tracing::instrument(skip_all, fields(org, user))]
async fn submit(State(state): State<AppState>, partner: Partner, Posted(form): Posted<ReadForm>) -> Reply {
    let feedback = FormFeedback::new("notifications");
    let which = match (form.intent.as_str(), form.id) {
        ("read", Some(id)) => Some(id),
        ("read-all", _) => None,
        _ => return Reply::error(feedback, AppError::BadRequest),
    };
    match notifications::mark_read(&state.core, partner.organization_id, partner.user.user_id, which).await {
        Ok(()) => Reply::see_other("/notifications?done=read"),
        Err(error) => Reply::error(feedback, AppError::from(error)),
    }
}
