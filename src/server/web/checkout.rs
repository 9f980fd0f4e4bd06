//! The checkout's forms: the payment method step and Buy.

use axum::extract::{Path, State};
use chrono::NaiveDate;
use http::StatusCode;
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, Partner};
use super::form::Posted;
use super::middleware::locale::RequestLang;
use super::reply::Reply;
use crate::domain::offer::OfferKind;
use crate::domain::order::CheckoutTarget;
use crate::domain::roles::Action;
use crate::domain::validation::{CardExpiry, CardNumber, Cvc, EmailAddress, FieldError, PersonName, PhoneNumber};
use crate::server::gateway::CardDetails;
use crate::domain::subscription::AutoRenewal;
use crate::server::service::checkout::{buy, start, BuyOutcome, Origin, PaymentInput};
use crate::server::service::ServiceError;
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::{AppError, Notice};

pub fn routes() -> RouteTable {
    RouteTable::new()
        .post("/offers/{id}/renew", payment_for_renewal)
        .post("/buy/{offer}", payment_for_purchase)
        .post("/checkout/{key}", buy_order)
}

/// The payment method form (seed 000): a card, or a bank transfer's contact person.
#[derive(Deserialize)]
struct PaymentForm {
    #[serde(default)]
    method: String,
    #[serde(default)]
    card_holder: String,
    #[serde(default)]
    card_number: String,
    #[serde(default)]
    card_expiry: String,
    #[serde(default)]
    card_cvc: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_phone: String,
    #[serde(default)]
    contact_email: String,
}

impl PaymentForm {
    /// What the page shows again (every field's error; never the card number or the
    /// CVC) and the typed input when every field is valid.
    fn parse(&self, today: NaiveDate) -> (FormFeedback, Option<PaymentInput>) {
        let mut feedback = FormFeedback::new("payment");
        feedback.keep("method", &self.method);
        for (field, value) in [
            ("card_holder", &self.card_holder),
            ("card_expiry", &self.card_expiry),
            ("contact_name", &self.contact_name),
            ("contact_phone", &self.contact_phone),
            ("contact_email", &self.contact_email),
        ] {
            feedback.keep(field, value);
        }
        let input = match self.method.as_str() {
            "card" => {
                let holder = PersonName::parse(&self.card_holder);
                let number = CardNumber::parse(&self.card_number);
                let expiry = CardExpiry::parse(&self.card_expiry).and_then(|expiry| expiry.check_on(today).map(|()| expiry));
                let cvc = Cvc::parse(&self.card_cvc).and_then(|cvc| match &number {
                    Ok(number) if !cvc.fits(number.brand()) => Err(FieldError::InvalidCvc),
                    _ => Ok(cvc),
                });
                feedback.check("card_holder", &holder);
                feedback.check("card_number", &number);
                feedback.check("card_expiry", &expiry);
                feedback.check("card_cvc", &cvc);
                match (holder, number, expiry, cvc) {
                    (Ok(holder), Ok(number), Ok(expiry), Ok(cvc)) => Some(PaymentInput::Card { holder, card: CardDetails { number, expiry, cvc } }),
                    _ => None,
                }
            }
            "bank-transfer" => {
                let name = PersonName::parse(&self.contact_name);
                let phone = PhoneNumber::parse(&self.contact_phone);
                let email = EmailAddress::parse(&self.contact_email);
                feedback.check("contact_name", &name);
                feedback.check("contact_phone", &phone);
                feedback.check("contact_email", &email);
                match (name, phone, email) {
                    (Ok(name), Ok(phone), Ok(email)) => Some(PaymentInput::BankTransfer { name, phone, email }),
                    _ => None,
                }
            }
            _ => {
                feedback.field_error("method", FieldError::Required);
                None
            }
        };
        let input = input.filter(|_| !feedback.has_errors());
        (feedback, input)
    }
}

async fn payment_for_renewal(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    partner: Partner,
    client: ClientAddr,
    lang: RequestLang,
    Posted(form): Posted<PaymentForm>,
) -> Reply {
    payment(state, CheckoutTarget::Renew(id), partner, client, lang, form).await
}

async fn payment_for_purchase(
    State(state): State<AppState>,
    Path(offer): Path<String>,
    partner: Partner,
    client: ClientAddr,
    lang: RequestLang,
    Posted(form): Posted<PaymentForm>,
) -> Reply {
    match OfferKind::parse_code(&offer) {
        Some(offer) => payment(state, CheckoutTarget::Buy(offer), partner, client, lang, form).await,
        None => Reply::error(FormFeedback::new("payment"), AppError::NotFound),
    }
}

#[tracing::instrument(skip_all, fields(?target, org, user))]
async fn payment(state: AppState, target: CheckoutTarget, partner: Partner, client: ClientAddr, lang: RequestLang, form: PaymentForm) -> Reply {
    let partner = match partner.require(Action::Buy) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(FormFeedback::new("payment"), error),
    };
    let (feedback, input) = form.parse(state.core.clock.today());
    let Some(input) = input else { return Reply::invalid(feedback) };
    match start(&state.core, partner.actor(&client), target, input).await {
        Ok(key) => Reply::see_other(format!("/checkout/{key}")),
        Err(ServiceError::Gateway(error)) => {
            super::error::internal("tokenising a card", &error);
            Reply::with_message(feedback, Notice::plain(crate::fl!("checkout-gateway-unavailable")), StatusCode::SERVICE_UNAVAILABLE)
        }
        Err(error) => Reply::service_error(feedback, error, state.formatters.get(lang.0)),
    }
}

/// Buy on the review page, with the choice of automatic renewal after the order.
#[derive(Deserialize)]
struct BuyForm {
    /// `on` (the default) or `off`.
    #[serde(default)]
    auto_renewal: Option<String>,
}

#[tracing::instrument(skip_all, fields(org, user))]
async fn buy_order(State(state): State<AppState>, Path(key): Path<String>, partner: Partner, client: ClientAddr, Posted(form): Posted<BuyForm>) -> Reply {
    let mut feedback = FormFeedback::new("buy");
    if let Some(choice) = &form.auto_renewal {
        feedback.keep("auto_renewal", choice);
    }
    let partner = match partner.require(Action::Buy) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let auto_renewal = if form.auto_renewal.as_deref() == Some("off") { AutoRenewal::Off } else { AutoRenewal::On };
    let origin = Origin::Partner { actor: partner.actor(&client), auto_renewal };
    match buy(&state.core, partner.organization_id, &key, origin).await {
        Ok(BuyOutcome::Done(done)) => Reply::see_other(format!("/checkout/{done}/done")),
        // The review page shows the decline (or the refusal) from the stored checkout.
        Ok(BuyOutcome::Declined(_)) => Reply::Rerender { feedback, status: StatusCode::PAYMENT_REQUIRED },
        Err(ServiceError::Refused(_)) => Reply::Rerender { feedback, status: StatusCode::CONFLICT },
        Err(error) => Reply::error(feedback, AppError::from(error)),
    }
}
