//! The network staff console's forms (`/staff`, Support agent only; anyone else is
//! told the page does not exist): handling support requests, settling bank
//! transfers, setting competency requirement status.

use axum::extract::{Path, State};
use chrono::NaiveDate;
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, Staff};
use super::form::Posted;
use super::middleware::locale::RequestLang;
use super::reply::Reply;
use super::support::MESSAGE_MAX;
use crate::domain::money::Money;
use crate::domain::offer::CompetencyArea;
use crate::domain::subscription::RequirementStatus;
use crate::domain::support::{CancellationEffect, RequestStatus, RequirementItem};
use crate::domain::roles::Action;
use crate::domain::validation::{FieldError, MessageText};
use crate::server::service::support::{self, Completion};
use crate::server::service::{competencies, transfers, vat};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::AppError;

pub fn routes() -> RouteTable {
    RouteTable::new()
        .post("/staff/requests/{id}", request_action)
        .post("/staff/transfers", transfer_action)
        .post("/staff/competencies", competency_action)
        .post("/staff/vat-ids", vat_id_action)
}

#[derive(Deserialize)]
struct RequestForm {
    /// `assign`, `reply`, `status`, `complete` or `decline`.
    #[serde(default)]
    intent: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    effect: String,
    /// `yes` to refund the term's card payment.
    #[serde(default)]
    refund: String,
}

#[tracing::instrument(skip_all, fields(request = id, user))]
async fn request_action(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    staff: Staff,
    client: ClientAddr,
    lang: RequestLang,
    Posted(form): Posted<RequestForm>,
) -> Reply {
    let mut feedback = FormFeedback::new(&format!("staff-{}", form.intent));
    feedback.keep("body", &form.body);
    let core = &state.core;
    let who = staff.actor(&client);
    let result = match form.intent.as_str() {
        "assign" => support::assign_to_me(core, who, id).await.map(|()| "assigned"),
        "reply" | "decline" => {
            let body = MessageText::parse(&form.body, MESSAGE_MAX);
            feedback.check("body", &body);
            let Ok(body) = body else { return Reply::invalid(feedback) };
            if form.intent == "reply" {
                support::staff_reply(core, who, id, body.as_str()).await.map(|()| "replied")
            } else {
                support::decline(core, who, id, body.as_str()).await.map(|()| "declined")
            }
        }
        "status" => match RequestStatus::parse_code(&form.status) {
            Some(status) => support::set_status(core, who, id, status).await.map(|()| "status"),
            None => {
                feedback.field_error("status", FieldError::Required);
                return Reply::invalid(feedback);
            }
        },
        "complete" => {
            let effect = CancellationEffect::parse_code(&form.effect).unwrap_or(CancellationEffect::EndOfTerm);
            support::complete(core, who, id, Completion { effect, refund: form.refund == "yes" }).await.map(|()| "completed")
        }
        _ => return Reply::error(feedback, AppError::BadRequest),
    };
    match result {
        Ok(done) => Reply::see_other(format!("/staff/requests/{id}?done={done}")),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

#[derive(Deserialize)]
struct TransferForm {
    /// `received` or `not-received`.
    #[serde(default)]
    intent: String,
    #[serde(default)]
    order: i64,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    received_on: String,
}

#[tracing::instrument(skip_all, fields(user))]
async fn transfer_action(State(state): State<AppState>, staff: Staff, client: ClientAddr, lang: RequestLang, Posted(form): Posted<TransferForm>) -> Reply {
    let mut feedback = FormFeedback::new(&format!("transfer-{}", form.order));
    feedback.keep("amount", &form.amount);
    feedback.keep("received_on", &form.received_on);
    let core = &state.core;
    let who = staff.actor(&client);
    let row = match transfers::order(core, form.order).await {
        Ok(row) => row,
        Err(error) => return Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    };
    let result = match form.intent.as_str() {
        "received" => {
            let amount = Money::parse_amount(&form.amount, row.currency.0).ok_or(FieldError::Required);
            let received_on = NaiveDate::parse_from_str(form.received_on.trim(), "%Y-%m-%d").map_err(|_| FieldError::Required);
            feedback.check("amount", &amount);
            feedback.check("received_on", &received_on);
            let (Ok(amount), Ok(received_on)) = (amount, received_on) else { return Reply::invalid(feedback) };
            transfers::mark_received(core, who, form.order, amount, received_on).await.map(|()| "received")
        }
        "not-received" => transfers::cancel_unpaid(core, transfers::Settler::Staff(who), form.order).await.map(|_| "cancelled"),
        _ => return Reply::error(feedback, AppError::BadRequest),
    };
    match result {
        Ok(done) => Reply::see_other(format!("/staff/transfers?done={done}")),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

#[derive(Deserialize)]
struct CompetencyForm {
    #[serde(default)]
    organization: i64,
    #[serde(default)]
    area: String,
    /// `complete` or `incomplete`.
    #[serde(default)]
    status: String,
    /// The requirement items missing (`missing=<code>`, repeated).
    #[serde(default)]
    missing: Vec<String>,
    /// The query of the page the form was on (`q=…&page=…`), to return to it.
    #[serde(default)]
    back: String,
}

#[tracing::instrument(skip_all, fields(user))]
async fn competency_action(State(state): State<AppState>, staff: Staff, client: ClientAddr, lang: RequestLang, Posted(form): Posted<CompetencyForm>) -> Reply {
    let feedback = FormFeedback::new(&format!("competency-{}-{}", form.organization, form.area));
    let (Some(area), Some(status)) = (CompetencyArea::parse_code(&form.area), match form.status.as_str() {
        "complete" => Some(RequirementStatus::Complete),
        "incomplete" => Some(RequirementStatus::Incomplete),
        _ => None,
    }) else {
        return Reply::error(feedback, AppError::BadRequest);
    };
    let missing: Vec<RequirementItem> = form.missing.iter().filter_map(|code| RequirementItem::parse_code(code)).collect();
    match competencies::set_status(&state.core, staff.actor(&client), form.organization, area, status, &missing).await {
        Ok(()) => {
            // Back to the same page of the same search; only our own query keys.
            let back: String = form_urlencoded::parse(form.back.as_bytes())
                .filter(|(key, _)| key == "q" || key == "page")
                .fold(form_urlencoded::Serializer::new(String::new()), |mut query, (key, value)| {
                    query.append_pair(&key, &value);
                    query
                })
                .append_pair("done", "saved")
                .finish();
            Reply::see_other(&format!("/staff/competencies?{back}"))
        }
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

#[derive(Deserialize)]
struct VatIdForm {
    #[serde(default)]
    organization: i64,
    /// The VAT ID the agent was shown: the decision applies only while it is stored.
    #[serde(default)]
    vat_id: String,
    /// `verified` or `rejected`.
    #[serde(default)]
    decision: String,
}

#[tracing::instrument(skip_all, fields(user))]
async fn vat_id_action(State(state): State<AppState>, staff: Staff, client: ClientAddr, lang: RequestLang, Posted(form): Posted<VatIdForm>) -> Reply {
    let feedback = FormFeedback::new("staff-vat");
    if !staff.user.may(Action::VerifyVatId) {
        return Reply::error(feedback, AppError::NotFound);
    }
    let Some(decision) = vat::Decision::parse(&form.decision) else {
        return Reply::error(feedback, AppError::BadRequest);
    };
    match vat::decide(&state.core, staff.actor(&client), form.organization, &form.vat_id, decision).await {
        Ok(()) => Reply::see_other(&format!("/staff/vat-ids?done={}", decision.state().code())),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}
