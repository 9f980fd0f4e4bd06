//! The partner's support requests: opening one, replying, closing.

use axum::extract::{Path, State};
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, Partner};
use super::form::Posted;
use super::middleware::locale::RequestLang;
use super::reply::Reply;
use crate::domain::roles::Action;
use crate::domain::support::ProblemType;
use crate::domain::validation::{FieldError, MessageText, TextLine};
use crate::server::service::support::{self, NewSupportRequest};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::AppError;

/// Longest subject and message accepted.
pub const SUBJECT_MAX: usize = 120;
pub const MESSAGE_MAX: usize = 4000;

pub fn routes() -> RouteTable {
    RouteTable::new().post("/support/new", open).post("/support/{id}", act)
}

#[derive(Deserialize)]
struct NewRequestForm {
    #[serde(default)]
    problem_type: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    description: String,
}

#[tracing::instrument(skip_all, fields(org, user))]
async fn open(State(state): State<AppState>, partner: Partner, client: ClientAddr, Posted(form): Posted<NewRequestForm>) -> Reply {
    let mut feedback = FormFeedback::new("new-request");
    for (field, value) in [("problem_type", &form.problem_type), ("subject", &form.subject), ("description", &form.description)] {
        feedback.keep(field, value);
    }
    let partner = match partner.require(Action::ViewSupportRequests) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let problem_type = ProblemType::parse_code(&form.problem_type).ok_or(FieldError::Required);
    let subject = TextLine::parse(&form.subject, SUBJECT_MAX, false);
    let description = MessageText::parse(&form.description, MESSAGE_MAX);
    feedback.check("problem_type", &problem_type);
    feedback.check("subject", &subject);
    feedback.check("description", &description);
    let (Ok(problem_type), Ok(subject), Ok(description)) = (problem_type, subject, description) else { return Reply::invalid(feedback) };
    let input = NewSupportRequest { problem_type, subject: subject.as_str(), description: description.as_str() };
    match support::open(&state.core, partner.actor(&client), input).await {
        Ok(id) => Reply::see_other(format!("/support/{id}?done=opened")),
        Err(error) => Reply::error(feedback, AppError::from(error)),
    }
}

#[derive(Deserialize)]
struct RequestForm {
    /// `reply` or `close`.
    #[serde(default)]
    intent: String,
    #[serde(default)]
    body: String,
}

#[tracing::instrument(skip_all, fields(request = id, org, user))]
async fn act(State(state): State<AppState>, Path(id): Path<i64>, partner: Partner, client: ClientAddr, lang: RequestLang, Posted(form): Posted<RequestForm>) -> Reply {
    let mut feedback = FormFeedback::new("request");
    feedback.keep("body", &form.body);
    let partner = match partner.require(Action::ViewSupportRequests) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let result = match form.intent.as_str() {
        "reply" => {
            let body = MessageText::parse(&form.body, MESSAGE_MAX);
            feedback.check("body", &body);
            let Ok(body) = body else { return Reply::invalid(feedback) };
            support::partner_reply(&state.core, partner.actor(&client), id, body.as_str()).await.map(|()| "replied")
        }
        "close" => support::close(&state.core, partner.actor(&client), id).await.map(|()| "closed"),
        _ => return Reply::error(feedback, AppError::BadRequest),
    };
    match result {
        Ok(done) => Reply::see_other(format!("/support/{id}?done={done}")),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}
