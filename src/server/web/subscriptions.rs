//! Turning off automatic renewal and requesting a cancellation, from offer details.

use axum::extract::{Path, State};
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, Partner};
use super::form::Posted;
use super::reply::Reply;
use super::middleware::locale::RequestLang;
use crate::i18n::Lang;
use crate::domain::roles::Action;
use crate::domain::support::CancellationEffect;
use crate::domain::validation::{MessageText, TextLine};
use super::support::{MESSAGE_MAX, SUBJECT_MAX};
use crate::server::service::subscriptions::{request_subscription_cancellation, turn_off_automatic_renewal, turn_on_automatic_renewal};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;

pub fn routes() -> RouteTable {
    RouteTable::new()
        .post("/offers/{id}", details_action)
        .post("/offers/{id}/auto-renewal", turn_off)
        .post("/offers/{id}/cancel", cancel)
        .get("/offers/{id}/calendar.ics", calendar)
}

#[tracing::instrument(skip_all, fields(subscription = id, org, user))]
async fn turn_off(State(state): State<AppState>, Path(id): Path<i64>, partner: Partner, client: ClientAddr, lang: RequestLang) -> Reply {
    let feedback = FormFeedback::new("auto-renewal");
    let partner = match partner.require(Action::TurnOffAutoRenewal) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    match turn_off_automatic_renewal(&state.core, partner.actor(&client), id).await {
        Ok(()) => Reply::see_other(format!("/offers/{id}?done=auto-renewal-off")),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

#[derive(Deserialize)]
struct DetailsForm {
    #[serde(default)]
    intent: String,
}

/// The forms of offer details itself: turning automatic renewal back on.
#[tracing::instrument(skip_all, fields(subscription = id, org, user))]
async fn details_action(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    partner: Partner,
    client: ClientAddr,
    lang: RequestLang,
    Posted(form): Posted<DetailsForm>,
) -> Reply {
    let feedback = FormFeedback::new("details");
    // Turning it on needs the same role as turning it off; the role is checked before
    // the form is read, so a user without it learns nothing more than 403.
    let partner = match partner.require(Action::TurnOffAutoRenewal) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    if form.intent != "auto-renewal-on" {
        return Reply::error(feedback, crate::view::AppError::BadRequest);
    }
    match turn_on_automatic_renewal(&state.core, partner.actor(&client), id).await {
        Ok(()) => Reply::see_other(format!("/offers/{id}?done=auto-renewal-on")),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

#[derive(Deserialize)]
struct CancelForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    description: String,
    /// `now` or `end-of-term` (the default).
    #[serde(default)]
    effect: String,
}

#[tracing::instrument(skip_all, fields(subscription = id, org, user))]
async fn cancel(State(state): State<AppState>, Path(id): Path<i64>, partner: Partner, client: ClientAddr, lang: RequestLang, Posted(form): Posted<CancelForm>) -> Reply {
    let mut feedback = FormFeedback::new("cancel");
    for (field, value) in [("subject", &form.subject), ("description", &form.description), ("effect", &form.effect)] {
        feedback.keep(field, value);
    }
    let partner = match partner.require(Action::RequestCancellation) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let subject = TextLine::parse(&form.subject, SUBJECT_MAX, false);
    let description = MessageText::parse(&form.description, MESSAGE_MAX);
    feedback.check("subject", &subject);
    feedback.check("description", &description);
    let effect = CancellationEffect::parse_code(&form.effect).unwrap_or(CancellationEffect::EndOfTerm);
    let (Ok(subject), Ok(description)) = (subject, description) else { return Reply::invalid(feedback) };
    match request_subscription_cancellation(&state.core, partner.actor(&client), id, subject.as_str(), description.as_str(), effect).await {
        Ok(request) => Reply::see_other(format!("/support/{request}?done=opened")),
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

/// `GET /offers/{id}/calendar.ics`: the subscription's timeline for a calendar app.
#[tracing::instrument(skip_all, fields(subscription = id, org, user))]
async fn calendar(State(state): State<AppState>, Path(id): Path<i64>, partner: Partner, lang: RequestLang) -> Result<axum::response::Response, crate::view::AppError> {
    use axum::response::IntoResponse;
    use http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
    let details = crate::server::service::offers::details(&state.core, partner.organization_id, id).await?;
    let ics = crate::server::present::calendar::calendar(&details, &state.locales().i18n(lang.0), &state.core.config.public_url, state.core.clock.now());
    // Named in the reader's language; no character that a file name may not hold.
    let name = |lang: Lang| {
        let i18n = state.locales().i18n(lang);
        let offer = crate::view::labels::offer_name(&i18n, details.assessed.stored.subscription.offer);
        let offer: String = offer.chars().map(|c| if matches!(c, '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|') { ' ' } else { c }).collect();
        i18n.tr("calendar-file-name", &[("offer", crate::i18n::arg(offer.split_whitespace().collect::<Vec<_>>().join(" ")))])
    };
    let file = super::invoices::attachment(&name(lang.0), &name(Lang::En));
    Ok(([(CONTENT_TYPE, http::HeaderValue::from_static("text/calendar; charset=utf-8")), (CONTENT_DISPOSITION, file)], ics).into_response())
}
