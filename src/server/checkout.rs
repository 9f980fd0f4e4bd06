//! The checkout: quoting an order with the rules engine, starting a checkout from the
//! payment form, and Buy, which is idempotent per checkout key: a double click, a
//! retry or a concurrent renewal of the same offer gives one order and one charge.
//!
//! Buy runs in three steps. (1) Under the subscription's lock, re-check eligibility,
//! record the payment attempt and mark the checkout `charging`; commit. (2) Charge the
//! card with the checkout key as idempotency key. (3) Under the lock again, write the
//! order, subscription change, invoice, payment result and audit entry in one
//! transaction. A crash between (2) and (3) is finished by [`reconcile`] at start.

use std::time::Duration as StdDuration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use leptos::prelude::expect_context;
use rand::RngCore;
use sqlx::AnyConnection;

use super::audit::{record, AuditEntry};
use super::auth::CurrentUser;
use super::config::Config;
use super::error::internal;
use super::forms::FormData;
use super::offers::partner_context;
use super::page::request_lang;
use super::payments::{CardDetails, CardToken, ChargeOutcome, ChargeRequest, DeclineCode};
use super::state::AppState;
use super::store::invoices::{self, InvoiceDraft};
use super::store::organizations::{competency_statuses, organization, price, requirement_of, Organization};
use super::store::subscriptions::{policy_exceptions, save, subscription, subscription_of_offer, StoredSubscription};
use crate::api::checkout::*;
use crate::api::forms::FormFeedback;
use crate::api::AppError;
use crate::domain::country::vat_treatment;
use crate::domain::money::{price_order, Money, OrderAmounts, VatTreatment};
use crate::domain::offer::OfferKind;
use crate::domain::roles::Action;
use crate::domain::subscription::{apply_renewal, evaluate, purchase, AutoRenewal, NotPurchasable, NotRenewable, OrderKind, Subscription};
use crate::domain::validation::{CardExpiry, CardNumber, Cvc, EmailAddress, PersonName, PhoneNumber};
use crate::i18n::format::Formatter;

/// What an order would be, decided by the rules engine.
#[derive(Debug, Clone)]
pub struct Quote {
    pub kind: OrderKind,
    pub offer: OfferKind,
    pub existing: Option<StoredSubscription>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub new_anniversary: NaiveDate,
    pub exception_id: Option<String>,
    pub amounts: OrderAmounts,
}

/// Why an order cannot be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NotFound,
    NotMember,
    Renew(NotRenewable),
    Purchase(NotPurchasable),
    NoPrice,
}

impl Refusal {
    pub fn notice(&self, fmt: &Formatter) -> Notice {
        let date = |id: &str, date: NaiveDate| Notice { id: id.to_string(), args: vec![("date".into(), fmt.date(date))] };
        let plain = |id: &str| Notice { id: id.to_string(), args: Vec::new() };
        match self {
            Refusal::NotFound => plain(crate::fl!("error-not-found")),
            Refusal::NotMember => plain(crate::fl!("offers-not-member")),
            Refusal::NoPrice => plain(crate::fl!("checkout-no-price")),
            Refusal::Purchase(NotPurchasable::AlreadyActive { .. }) => plain(crate::fl!("checkout-already-owned")),
            Refusal::Purchase(NotPurchasable::RequirementsNotMet) | Refusal::Renew(NotRenewable::RequirementsNotMet { .. }) => {
                plain(crate::fl!("renew-requirements-not-met"))
            }
            Refusal::Renew(NotRenewable::WindowNotOpenYet { opens_on }) => date(crate::fl!("renew-not-yet"), *opens_on),
            Refusal::Renew(NotRenewable::WindowClosed { closed_on }) => date(crate::fl!("renew-window-closed"), *closed_on),
            Refusal::Renew(NotRenewable::CancellationRequested { on }) => date(crate::fl!("renew-cancellation-requested"), *on),
            Refusal::Renew(NotRenewable::Cancelled { on }) => date(crate::fl!("renew-cancelled"), *on),
        }
    }
}

fn target_of(subscription_id: Option<i64>, offer: OfferKind) -> CheckoutTarget {
    match subscription_id {
        Some(id) => CheckoutTarget::Renew(id),
        None => CheckoutTarget::Buy(offer.code()),
    }
}

/// Decides what the order for `target` would be today.
pub async fn quote(
    conn: &mut AnyConnection,
    config: &Config,
    org: &Organization,
    target: &CheckoutTarget,
    today: NaiveDate,
) -> Result<Result<Quote, Refusal>, sqlx::Error> {
    if !org.is_member {
        return Ok(Err(Refusal::NotMember));
    }
    let exceptions = policy_exceptions(&mut *conn).await?;
    let statuses = competency_statuses(&mut *conn, org.id).await?;
    let (kind, offer, existing, period_from, period_to, new_anniversary, exception_id) = match target {
        CheckoutTarget::Renew(id) => {
            let Some(stored) = subscription(&mut *conn, org.id, *id).await? else { return Ok(Err(Refusal::NotFound)) };
            let sub = &stored.subscription;
            let evaluation = evaluate(sub, today, &exceptions, requirement_of(sub.offer, &statuses));
            let renewal = match evaluation.renew {
                Ok(renewal) => renewal,
                Err(reason) => return Ok(Err(Refusal::Renew(reason))),
            };
            let offer = sub.offer;
            (renewal.kind, offer, Some(stored), renewal.period_from, renewal.period_to, renewal.new_anniversary, renewal.exception_id)
        }
        CheckoutTarget::Buy(code) => {
            let Some(offer) = OfferKind::parse_code(code) else { return Ok(Err(Refusal::NotFound)) };
            let existing = subscription_of_offer(&mut *conn, org.id, offer).await?;
            let term = match purchase(offer, today, requirement_of(offer, &statuses), &exceptions, existing.as_ref().map(|s| &s.subscription)) {
                Ok(term) => term,
                Err(reason) => return Ok(Err(Refusal::Purchase(reason))),
            };
            (term.kind, offer, existing, term.period_from, term.period_to, term.anniversary, term.exception_id)
        }
    };
    let currency = org.country.currency();
    let Some(amount) = price(&mut *conn, offer, currency.code()).await? else { return Ok(Err(Refusal::NoPrice)) };
    let treatment = vat_treatment(config.seller_country, org.country, !org.vat_id.is_empty());
    let Ok(amounts) = Money::new(amount, currency).and_then(|net| price_order(net, treatment)) else {
        return Ok(Err(Refusal::NoPrice));
    };
    Ok(Ok(Quote { kind, offer, existing, period_from, period_to, new_anniversary, exception_id, amounts }))
}

fn money(fmt: &Formatter, amount: Money) -> String {
    fmt.money(amount.minor(), amount.currency().code(), amount.currency().minor_digits())
}

fn db_error(error: sqlx::Error) -> AppError {
    internal("checkout", &error)
}

/// The back link of a target: the offer details or the offers page.
fn back_of(target: &CheckoutTarget) -> String {
    match target {
        CheckoutTarget::Renew(id) => format!("/offers/{id}"),
        CheckoutTarget::Buy(_) => "/offers".to_string(),
    }
}

pub async fn payment_step(target: CheckoutTarget) -> Result<PaymentStep, AppError> {
    let state = expect_context::<AppState>();
    let (user, org) = partner_context(&state).await?;
    let fmt = state.formatters.get(request_lang());
    let mut conn = state.db.pool().acquire().await.map_err(db_error)?;
    let quoted = quote(&mut conn, &state.config, &org, &target, state.clock.today()).await.map_err(db_error)?;
    let back = back_of(&target);
    match quoted {
        Ok(quote) => Ok(PaymentStep { offer: quote.offer, kind: quote.kind, total: money(fmt, quote.amounts.total), refusal: None, can_act: user.may(Action::Buy), back }),
        Err(Refusal::NotFound) => Err(AppError::NotFound),
        Err(refusal) => {
            let offer = match &target {
                CheckoutTarget::Buy(code) => OfferKind::parse_code(code).ok_or(AppError::NotFound)?,
                CheckoutTarget::Renew(id) => subscription(state.db.pool(), org.id, *id).await.map_err(db_error)?.ok_or(AppError::NotFound)?.subscription.offer,
            };
            let kind = if matches!(target, CheckoutTarget::Buy(_)) { OrderKind::Purchase } else { OrderKind::Renewal };
            Ok(PaymentStep { offer, kind, total: String::new(), refusal: Some(refusal.notice(fmt)), can_act: user.may(Action::Buy), back })
        }
    }
}

/// Why the payment form could not start a checkout.
pub enum StartError {
    Invalid(FormFeedback),
    Refused(Refusal, FormFeedback),
    Gateway(FormFeedback),
    Internal(AppError),
}

fn new_key() -> String {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Validates the payment form, tokenises a card, and records the checkout. Returns
/// its key (the idempotency key of the order).
pub async fn start(state: &AppState, user: &CurrentUser, target: &CheckoutTarget, form: &FormData) -> Result<String, StartError> {
    let mut feedback = FormFeedback::new("payment");
    let method = form.get("method");
    feedback.keep("method", method);
    for field in ["card_holder", "card_expiry", "contact_name", "contact_phone", "contact_email"] {
        feedback.keep(field, form.get(field));
    }
    let today = state.clock.today();
    let organization_id = user.organization().map_err(StartError::Internal)?;
    let org = organization(state.db.pool(), organization_id).await.map_err(|e| StartError::Internal(db_error(e)))?.ok_or(StartError::Internal(AppError::NotFound))?;
    let mut card = None;
    let mut contact = None;
    match method {
        "card" => {
            let holder = PersonName::parse(form.get("card_holder"));
            let number = CardNumber::parse(form.get("card_number"));
            let expiry = CardExpiry::parse(form.get("card_expiry")).and_then(|expiry| expiry.check_on(today).map(|()| expiry));
            let cvc = Cvc::parse(form.get("card_cvc"));
            if let Err(error) = &holder {
                feedback.field_error("card_holder", *error);
            }
            if let Err(error) = &number {
                feedback.field_error("card_number", *error);
            }
            if let Err(error) = &expiry {
                feedback.field_error("card_expiry", *error);
            }
            match (&cvc, &number) {
                (Err(error), _) => feedback.field_error("card_cvc", *error),
                (Ok(cvc), Ok(number)) if !cvc.fits(number.brand()) => {
                    feedback.field_error("card_cvc", crate::domain::validation::FieldError::InvalidCvc)
                }
                _ => {}
            }
            if let (Ok(holder), Ok(number), Ok(expiry), Ok(cvc)) = (holder, number, expiry, cvc) {
                card = Some((holder, CardDetails { number, expiry, cvc }));
            }
        }
        "bank-transfer" => {
            let name = PersonName::parse(form.get("contact_name"));
            let phone = PhoneNumber::parse(form.get("contact_phone"));
            let email = EmailAddress::parse(form.get("contact_email"));
            if let Err(error) = &name {
                feedback.field_error("contact_name", *error);
            }
            if let Err(error) = &phone {
                feedback.field_error("contact_phone", *error);
            }
            if let Err(error) = &email {
                feedback.field_error("contact_email", *error);
            }
            if let (Ok(name), Ok(phone), Ok(email)) = (name, phone, email) {
                contact = Some((name, phone, email));
            }
        }
        _ => {
            feedback.field_error("method", crate::domain::validation::FieldError::Required);
        }
    }
    if feedback.has_errors() {
        return Err(StartError::Invalid(feedback));
    }
    let mut conn = state.db.pool().acquire().await.map_err(|e| StartError::Internal(db_error(e)))?;
    let quote = match quote(&mut conn, &state.config, &org, target, today).await.map_err(|e| StartError::Internal(db_error(e)))? {
        Ok(quote) => quote,
        Err(refusal) => return Err(StartError::Refused(refusal, feedback)),
    };
    drop(conn);
    let token: Option<(String, CardToken)> = match card {
        Some((holder, details)) => match state.gateway.tokenize(details).await {
            Ok(token) => Some((holder.as_str().to_string(), token)),
            Err(error) => {
                internal("tokenising a card", &error);
                feedback.message = Some(crate::fl!("checkout-gateway-unavailable").to_string());
                return Err(StartError::Gateway(feedback));
            }
        },
        None => None,
    };
    let key = new_key();
    let (holder, token) = token.map_or((None, None), |(holder, token)| (Some(holder), Some(token)));
    sqlx::query(
        "INSERT INTO checkouts (checkout_key, organization_id, user_id, subscription_id, offer_code, kind, payment_method, card_token, \
         card_brand, card_last4, card_expiry, card_holder, contact_name, contact_phone, contact_email, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'open', $16)",
    )
    .bind(&key)
    .bind(org.id)
    .bind(user.user_id)
    .bind(quote.existing.as_ref().map(|s| s.id))
    .bind(quote.offer.code())
    .bind(quote.kind.code())
    .bind(if token.is_some() { "card" } else { "bank-transfer" })
    .bind(token.as_ref().map(|t| t.token.clone()))
    .bind(token.as_ref().map(|t| t.brand.clone()))
    .bind(token.as_ref().map(|t| t.last4.clone()))
    .bind(token.as_ref().map(|t| t.expiry.clone()))
    .bind(holder)
    .bind(contact.as_ref().map(|(name, _, _)| name.as_str().to_string()))
    .bind(contact.as_ref().map(|(_, phone, _)| phone.as_str().to_string()))
    .bind(contact.as_ref().map(|(_, _, email)| email.as_str().to_string()))
    .bind(state.clock.now().to_rfc3339())
    .execute(state.db.pool())
    .await
    .map_err(|e| StartError::Internal(db_error(e)))?;
    Ok(key)
}

/// A stored checkout.
#[derive(Debug, Clone)]
pub struct Checkout {
    pub key: String,
    pub organization_id: i64,
    pub user_id: i64,
    pub subscription_id: Option<i64>,
    pub offer: OfferKind,
    pub method: String,
    pub card: Option<CardToken>,
    pub contact: Option<(String, String, String)>,
    pub status: String,
    pub decline: Option<DeclineCode>,
    pub order_id: Option<i64>,
}

impl Checkout {
    pub fn target(&self) -> CheckoutTarget {
        target_of(self.subscription_id, self.offer)
    }
}

type CheckoutRow = (
    String,
    i64,
    i64,
    Option<i64>,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    Option<i64>,
);

/// The checkout `key` of the organization; another organization's key is not found.
pub async fn load_checkout(conn: &mut AnyConnection, organization_id: i64, key: &str) -> Result<Option<Checkout>, sqlx::Error> {
    let row: Option<CheckoutRow> = sqlx::query_as(
        "SELECT checkout_key, organization_id, user_id, subscription_id, offer_code, payment_method, card_token, card_brand, card_last4, \
         card_expiry, contact_name, contact_phone, contact_email, status, decline_code, order_id \
         FROM checkouts WHERE checkout_key = $1 AND organization_id = $2",
    )
    .bind(key)
    .bind(organization_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(key, organization_id, user_id, subscription_id, offer, method, token, brand, last4, expiry, name, phone, email, status, decline, order_id)| {
        let card = match (token, brand, last4, expiry) {
            (Some(token), Some(brand), Some(last4), Some(expiry)) => Some(CardToken { token, brand, last4, expiry }),
            _ => None,
        };
        let contact = match (name, phone, email) {
            (Some(name), Some(phone), Some(email)) => Some((name, phone, email)),
            _ => None,
        };
        Some(Checkout {
            key,
            organization_id,
            user_id,
            subscription_id,
            offer: OfferKind::parse_code(&offer)?,
            method,
            card,
            contact,
            status,
            decline: decline.as_deref().and_then(DeclineCode::parse),
            order_id,
        })
    }))
}

/// The lock key that serialises orders for the same subscription (or, for a first
/// purchase, the same organization).
fn lock_key(checkout: &Checkout) -> i64 {
    checkout.subscription_id.unwrap_or(-checkout.organization_id)
}

/// What Buy ended in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuyOutcome {
    /// The order exists; show the confirmation of this checkout key (maybe another
    /// caller's, when two bought the same offer at once).
    Done(String),
    Declined(DeclineCode),
    Refused(Refusal),
}

/// Another checkout of the same subscription (or first purchase) that is charging or
/// done, other than `key`.
async fn competing_checkout(conn: &mut AnyConnection, checkout: &Checkout) -> Result<Option<(String, String)>, sqlx::Error> {
    let row: Option<(String, String)> = match checkout.subscription_id {
        Some(id) => sqlx::query_as(
            "SELECT checkout_key, status FROM checkouts WHERE subscription_id = $1 AND checkout_key <> $2 AND status IN ('charging', 'done') \
             ORDER BY CASE status WHEN 'charging' THEN 0 ELSE 1 END, created_at DESC LIMIT 1",
        )
        .bind(id)
        .bind(&checkout.key)
        .fetch_optional(&mut *conn)
        .await?,
        None => sqlx::query_as(
            "SELECT checkout_key, status FROM checkouts WHERE organization_id = $1 AND offer_code = $2 AND subscription_id IS NULL \
             AND checkout_key <> $3 AND status IN ('charging', 'done') ORDER BY CASE status WHEN 'charging' THEN 0 ELSE 1 END, created_at DESC LIMIT 1",
        )
        .bind(checkout.organization_id)
        .bind(checkout.offer.code())
        .bind(&checkout.key)
        .fetch_optional(&mut *conn)
        .await?,
    };
    Ok(row)
}

/// Step 1 of Buy. `Ok(None)`: go on and charge; `Ok(Some(outcome))`: finished.
enum Prepared {
    Charge(Quote, Checkout),
    Finished(BuyOutcome),
    /// Another request is charging `key`; wait for it.
    Wait(String),
}

async fn prepare(state: &AppState, organization_id: i64, key: &str) -> Result<Prepared, AppError> {
    let mut tx = state.db.begin_write().await.map_err(db_error)?;
    let Some(checkout) = load_checkout(&mut tx, organization_id, key).await.map_err(db_error)? else { return Err(AppError::NotFound) };
    state.db.lock_key(&mut tx, lock_key(&checkout)).await.map_err(db_error)?;
    match checkout.status.as_str() {
        "done" => return Ok(Prepared::Finished(BuyOutcome::Done(checkout.key))),
        "charging" => return Ok(Prepared::Wait(checkout.key)),
        "declined" => return Ok(Prepared::Finished(BuyOutcome::Declined(checkout.decline.unwrap_or(DeclineCode::CardDeclined)))),
        _ => {}
    }
    if let Some((other, status)) = competing_checkout(&mut tx, &checkout).await.map_err(db_error)? {
        return Ok(if status == "charging" { Prepared::Wait(other) } else { Prepared::Finished(BuyOutcome::Done(other)) });
    }
    let org = organization(&mut *tx, organization_id).await.map_err(db_error)?.ok_or(AppError::NotFound)?;
    let quote = match quote(&mut tx, &state.config, &org, &checkout.target(), state.clock.today()).await.map_err(db_error)? {
        Ok(quote) => quote,
        Err(refusal) => return Ok(Prepared::Finished(BuyOutcome::Refused(refusal))),
    };
    let now = state.clock.now().to_rfc3339();
    sqlx::query(
        "INSERT INTO payments (checkout_key, organization_id, method, currency, amount_minor, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6) ON CONFLICT (checkout_key) DO NOTHING",
    )
    .bind(key)
    .bind(organization_id)
    .bind(&checkout.method)
    .bind(quote.amounts.total.currency().code())
    .bind(quote.amounts.total.minor())
    .bind(&now)
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    sqlx::query("UPDATE checkouts SET status = 'charging' WHERE checkout_key = $1").bind(key).execute(&mut *tx).await.map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(Prepared::Charge(quote, checkout))
}

/// Buy: places the order of checkout `key` exactly once.
pub async fn buy(state: &AppState, user: &CurrentUser, key: &str, client: &str) -> Result<BuyOutcome, AppError> {
    let organization_id = user.organization()?;
    let (quote, checkout) = match prepare(state, organization_id, key).await? {
        Prepared::Charge(quote, checkout) => (quote, checkout),
        Prepared::Finished(outcome) => return Ok(outcome),
        Prepared::Wait(other) => return wait_for(state, organization_id, &other).await,
    };
    let outcome = match &checkout.card {
        Some(card) => {
            let request = ChargeRequest {
                token: card.token.clone(),
                currency: quote.amounts.total.currency().code().to_string(),
                amount_minor: quote.amounts.total.minor(),
                idempotency_key: key.to_string(),
            };
            match state.gateway.charge(request).await {
                Ok(outcome) => Some(outcome),
                Err(error) => {
                    // Not known whether it charged: leave it `charging` for reconcile.
                    return Err(internal("charging a card", &error));
                }
            }
        }
        None => None,
    };
    finish(state, &checkout, quote, outcome, Some((user.user_id, client))).await
}

/// Step 3: writes the result of the charge (or the bank transfer order).
async fn finish(
    state: &AppState,
    checkout: &Checkout,
    quote: Quote,
    outcome: Option<ChargeOutcome>,
    actor: Option<(i64, &str)>,
) -> Result<BuyOutcome, AppError> {
    let mut tx = state.db.begin_write().await.map_err(db_error)?;
    state.db.lock_key(&mut tx, lock_key(checkout)).await.map_err(db_error)?;
    let now = state.clock.now().to_rfc3339();
    let today = state.clock.today();
    if let Some(ChargeOutcome::Declined(code)) = outcome {
        sqlx::query("UPDATE payments SET status = 'declined', decline_code = $1, updated_at = $2 WHERE checkout_key = $3")
            .bind(code.code())
            .bind(&now)
            .bind(&checkout.key)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        sqlx::query("UPDATE checkouts SET status = 'declined', decline_code = $1 WHERE checkout_key = $2")
            .bind(code.code())
            .bind(&checkout.key)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        return Ok(BuyOutcome::Declined(code));
    }
    let paid = matches!(outcome, Some(ChargeOutcome::Succeeded { .. }));
    let reference = match &outcome {
        Some(ChargeOutcome::Succeeded { reference }) => Some(reference.clone()),
        _ => None,
    };
    let org = organization(&mut *tx, checkout.organization_id).await.map_err(db_error)?.ok_or(AppError::NotFound)?;

    // The subscription: renewed in place, or a new term.
    let new_sub = match (&quote.existing, quote.kind) {
        (Some(stored), OrderKind::Renewal | OrderKind::Reactivation | OrderKind::AutomaticRenewal) => {
            let renewal = crate::domain::subscription::RenewalOffer {
                kind: quote.kind,
                period_from: quote.period_from,
                period_to: quote.period_to,
                new_anniversary: quote.new_anniversary,
                exception_id: quote.exception_id.clone(),
            };
            apply_renewal(&stored.subscription, &renewal, today)
        }
        _ => Subscription {
            offer: quote.offer,
            purchased_on: today,
            anniversary: quote.new_anniversary,
            auto_renewal: AutoRenewal::On,
            cancellation: crate::domain::subscription::CancellationState::None,
            exception_id: quote.exception_id.clone(),
        },
    };
    // Automatic renewal charges a stored card; without one it stays off until a card is used.
    let has_card = checkout.card.is_some() || quote.existing.as_ref().is_some_and(|s| s.card.is_some());
    let new_sub = Subscription { auto_renewal: if has_card { new_sub.auto_renewal } else { AutoRenewal::Off }, ..new_sub };
    let subscription_id = match &quote.existing {
        Some(stored) => {
            save(&mut *tx, stored.id, &new_sub).await.map_err(db_error)?;
            stored.id
        }
        None => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO subscriptions (organization_id, offer_code, purchased_on, anniversary, auto_renewal, exception_id) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(org.id)
            .bind(new_sub.offer.code())
            .bind(new_sub.purchased_on.to_string())
            .bind(new_sub.anniversary.to_string())
            .bind(new_sub.auto_renewal.code())
            .bind(new_sub.exception_id.clone())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            id
        }
    };
    if let Some(card) = &checkout.card {
        sqlx::query("UPDATE subscriptions SET card_token = $1, card_brand = $2, card_last4 = $3, card_expiry = $4 WHERE id = $5")
            .bind(&card.token)
            .bind(&card.brand)
            .bind(&card.last4)
            .bind(&card.expiry)
            .bind(subscription_id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
    }
    let amounts = &quote.amounts;
    let treatment = match amounts.treatment {
        VatTreatment::Standard { .. } => "standard",
        VatTreatment::ReverseCharge => "reverse-charge",
        VatTreatment::ZeroRated => "zero-rated",
    };
    let (order_id,): (i64,) = sqlx::query_as(
        "INSERT INTO orders (number, organization_id, user_id, checkout_key, subscription_id, offer_code, kind, period_from, period_to, \
         new_anniversary, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, status, exception_id, created_at) \
         VALUES ($1, $2, $3, $1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id",
    )
    .bind(&checkout.key)
    .bind(org.id)
    .bind(checkout.user_id)
    .bind(subscription_id)
    .bind(quote.offer.code())
    .bind(quote.kind.code())
    .bind(quote.period_from.to_string())
    .bind(quote.period_to.to_string())
    .bind(quote.new_anniversary.to_string())
    .bind(amounts.total.currency().code())
    .bind(amounts.net.minor())
    .bind(i64::from(amounts.vat_rate_bp))
    .bind(amounts.vat.minor())
    .bind(amounts.total.minor())
    .bind(treatment)
    .bind(&checkout.method)
    .bind(if paid { "paid" } else { "awaiting-payment" })
    .bind(quote.exception_id.clone())
    .bind(&now)
    .fetch_one(&mut *tx)
    .await
    .map_err(db_error)?;
    let order_number = format!("MO-{order_id:07}");
    sqlx::query("UPDATE orders SET number = $1 WHERE id = $2").bind(&order_number).bind(order_id).execute(&mut *tx).await.map_err(db_error)?;
    let draft = InvoiceDraft {
        order_id,
        issued_on: today,
        buyer: &org,
        offer_code: quote.offer.code(),
        period_from: quote.period_from,
        period_to: quote.period_to,
        currency: amounts.total.currency().code(),
        net_minor: amounts.net.minor(),
        vat_rate_bp: amounts.vat_rate_bp,
        vat_minor: amounts.vat.minor(),
        total_minor: amounts.total.minor(),
        vat_treatment: treatment,
        payment_method: &checkout.method,
        paid,
        exception_id: quote.exception_id.clone(),
    };
    let invoice_number = invoices::create(&mut tx, &state.config, draft).await.map_err(db_error)?;
    sqlx::query("UPDATE payments SET status = $1, gateway_ref = $2, updated_at = $3 WHERE checkout_key = $4")
        .bind(if paid { "succeeded" } else { "awaiting-transfer" })
        .bind(reference)
        .bind(&now)
        .bind(&checkout.key)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    sqlx::query("UPDATE checkouts SET status = 'done', order_id = $1 WHERE checkout_key = $2")
        .bind(order_id)
        .bind(&checkout.key)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    let (user_id, client) = actor.unwrap_or((checkout.user_id, "reconcile"));
    let entry = AuditEntry {
        organization_id: Some(org.id),
        user_id: Some(user_id),
        action: quote.kind.code(),
        detail: format!("order {order_number}, invoice {invoice_number}, {} {}", quote.offer.code(), checkout.method),
        client,
    };
    record(&mut *tx, &now, entry).await.map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(BuyOutcome::Done(checkout.key.clone()))
}

/// Waits for another request's Buy of `key` to finish, then answers with its outcome.
async fn wait_for(state: &AppState, organization_id: i64, key: &str) -> Result<BuyOutcome, AppError> {
    for _ in 0..150 {
        let mut conn = state.db.pool().acquire().await.map_err(db_error)?;
        if let Some(checkout) = load_checkout(&mut conn, organization_id, key).await.map_err(db_error)? {
            match checkout.status.as_str() {
                "done" => return Ok(BuyOutcome::Done(checkout.key)),
                "declined" => return Ok(BuyOutcome::Declined(checkout.decline.unwrap_or(DeclineCode::CardDeclined))),
                _ => {}
            }
        }
        drop(conn);
        tokio::time::sleep(StdDuration::from_millis(100)).await;
    }
    Err(AppError::Conflict)
}

/// Finishes checkouts left `charging` by a crash: asks the gateway what happened to
/// each charge and completes the order, records the decline, or reopens the checkout
/// when nothing was charged. Never charges.
pub async fn reconcile(state: &AppState) -> Result<usize, AppError> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT checkout_key, organization_id FROM checkouts WHERE status = 'charging'")
        .fetch_all(state.db.pool())
        .await
        .map_err(db_error)?;
    let mut finished = 0;
    for (key, organization_id) in rows {
        let mut conn = state.db.pool().acquire().await.map_err(db_error)?;
        let Some(checkout) = load_checkout(&mut conn, organization_id, &key).await.map_err(db_error)? else { continue };
        let org = organization(&mut *conn, organization_id).await.map_err(db_error)?.ok_or(AppError::NotFound)?;
        let outcome = match &checkout.card {
            Some(_) => state.gateway.find_charge(key.clone()).await.map_err(|e| internal("reconciling a charge", &e))?,
            None => None,
        };
        let quoted = quote(&mut conn, &state.config, &org, &checkout.target(), state.clock.today()).await.map_err(db_error)?;
        drop(conn);
        match (outcome, quoted) {
            (Some(outcome), Ok(quote)) => {
                finish(state, &checkout, quote, Some(outcome), None).await?;
                finished += 1;
            }
            (None, _) if checkout.card.is_some() => {
                sqlx::query("DELETE FROM payments WHERE checkout_key = $1").bind(&key).execute(state.db.pool()).await.map_err(db_error)?;
                sqlx::query("UPDATE checkouts SET status = 'open' WHERE checkout_key = $1").bind(&key).execute(state.db.pool()).await.map_err(db_error)?;
            }
            (_, Ok(quote)) => {
                finish(state, &checkout, quote, None, None).await?;
                finished += 1;
            }
            (_, Err(refusal)) => {
                tracing::error!(checkout = %key, ?refusal, "a charged checkout can no longer be placed; needs support");
            }
        }
    }
    Ok(finished)
}

fn bill_to(org: &Organization) -> Vec<String> {
    [
        org.legal_name.clone(),
        org.address_line1.clone(),
        org.address_line2.clone(),
        format!("{} {}", org.postal_code, org.city).trim().to_string(),
        org.country.code().to_string(),
        org.vat_id.clone(),
    ]
    .into_iter()
    .filter(|line| !line.is_empty())
    .collect()
}

fn percent(fmt: &Formatter, rate_bp: u32) -> String {
    if rate_bp % 100 == 0 {
        fmt.decimal(i64::from(rate_bp / 100), 0)
    } else {
        fmt.decimal(i64::from(rate_bp), 2)
    }
}

pub async fn review(key: String) -> Result<ReviewView, AppError> {
    let state = expect_context::<AppState>();
    let (_user, org) = partner_context(&state).await?;
    let fmt = state.formatters.get(request_lang());
    let mut conn = state.db.pool().acquire().await.map_err(db_error)?;
    let checkout = load_checkout(&mut conn, org.id, &key).await.map_err(db_error)?.ok_or(AppError::NotFound)?;
    let target = checkout.target();
    let back = match &target {
        CheckoutTarget::Renew(id) => format!("/offers/{id}/renew"),
        CheckoutTarget::Buy(code) => format!("/buy/{code}"),
    };
    let payment = match (&checkout.card, &checkout.contact) {
        (Some(card), _) => PaymentSummary::Card { brand: card.brand.clone(), last4: card.last4.clone(), expiry: card.expiry.clone() },
        (None, Some((name, phone, email))) => PaymentSummary::BankTransfer { contact_name: name.clone(), phone: phone.clone(), email: email.clone() },
        (None, None) => return Err(AppError::NotFound),
    };
    let declined = checkout.decline.map(|code| match code {
        DeclineCode::CardDeclined => crate::fl!("checkout-declined").to_string(),
        DeclineCode::InsufficientFunds => crate::fl!("checkout-insufficient-funds").to_string(),
    });
    let quoted = quote(&mut conn, &state.config, &org, &target, state.clock.today()).await.map_err(db_error)?;
    let (quote, refusal) = match quoted {
        Ok(quote) => (Some(quote), None),
        Err(refusal) => (None, Some(refusal.notice(fmt))),
    };
    let empty = String::new();
    Ok(match quote {
        Some(q) => ReviewView {
            key,
            offer: q.offer,
            kind: q.kind,
            period_from: fmt.date(q.period_from),
            period_to: fmt.date(q.period_to),
            new_anniversary: fmt.date(q.new_anniversary),
            net: money(fmt, q.amounts.net),
            vat_rate: percent(fmt, q.amounts.vat_rate_bp),
            vat: money(fmt, q.amounts.vat),
            total: money(fmt, q.amounts.total),
            reverse_charge: q.amounts.treatment == VatTreatment::ReverseCharge,
            exception_id: q.exception_id,
            payment,
            bill_to: bill_to(&org),
            declined,
            refusal,
            back,
        },
        None => ReviewView {
            key,
            offer: checkout.offer,
            kind: OrderKind::Renewal,
            period_from: empty.clone(),
            period_to: empty.clone(),
            new_anniversary: empty.clone(),
            net: empty.clone(),
            vat_rate: empty.clone(),
            vat: empty.clone(),
            total: empty,
            reverse_charge: false,
            exception_id: None,
            payment,
            bill_to: bill_to(&org),
            declined,
            refusal,
            back,
        },
    })
}

pub async fn confirmation(key: String) -> Result<ConfirmationView, AppError> {
    let state = expect_context::<AppState>();
    let (_user, org) = partner_context(&state).await?;
    let fmt = state.formatters.get(request_lang());
    type Row = (String, String, String, String, i64, String, String, Option<String>, Option<String>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT o.offer_code, o.kind, o.number, i.number, o.total_minor, o.currency, o.new_anniversary, i.payment_reference, i.due_on \
         FROM checkouts c JOIN orders o ON o.id = c.order_id JOIN invoices i ON i.order_id = o.id \
         WHERE c.checkout_key = $1 AND c.organization_id = $2",
    )
    .bind(&key)
    .bind(org.id)
    .fetch_optional(state.db.pool())
    .await
    .map_err(db_error)?;
    let (offer, kind, order_number, invoice_number, total, currency, anniversary, reference, due_on) = row.ok_or(AppError::NotFound)?;
    let currency = crate::domain::money::Currency::parse(&currency).ok_or(AppError::Internal)?;
    Ok(ConfirmationView {
        offer: OfferKind::parse_code(&offer).ok_or(AppError::Internal)?,
        kind: OrderKind::parse_code(&kind).ok_or(AppError::Internal)?,
        order_number,
        invoice_number,
        total: fmt.money(total, currency.code(), currency.minor_digits()),
        new_anniversary: fmt.date(super::store::parse_date(&anniversary)),
        transfer: match (reference, due_on) {
            (Some(reference), Some(due)) => Some((reference, fmt.date(super::store::parse_date(&due)))),
            _ => None,
        },
    })
}
