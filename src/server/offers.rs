//! Builds the offers page and the offer details from the store and the rules engine.

use chrono::NaiveDate;
use leptos::prelude::expect_context;

use super::auth::{current_user, CurrentUser};
use super::error::internal;
use super::page::request_lang;
use super::state::AppState;
use super::store::organizations::{competency_statuses, organization, price, requirement_of, Organization};
use super::store::subscriptions::{policy_exceptions, subscription, subscriptions_of, StoredSubscription};
use crate::api::offers::*;
use crate::api::AppError;
use crate::domain::offer::{CompetencyLevel, OfferKind};
use crate::domain::policy::PolicyExceptions;
use crate::domain::roles::Action;
use crate::domain::subscription::{evaluate, AutoRenewal, CancellationState, Evaluation, NotRenewable, OrderKind, RequirementStatus, SubscriptionStatus};
use crate::i18n::format::Formatter;

/// Banners appear this many days before something happens.
const BANNER_DAYS: i64 = 15;

fn db_error(error: sqlx::Error) -> AppError {
    internal("loading membership offers", &error)
}

/// The signed-in partner user and their organization.
pub async fn partner_context(state: &AppState) -> Result<(CurrentUser, Organization), AppError> {
    let user = current_user()?;
    let organization_id = user.organization()?;
    let organization = organization(state.db.pool(), organization_id).await.map_err(db_error)?.ok_or(AppError::NotFound)?;
    Ok((user, organization))
}

pub fn renew_state(evaluation: &Evaluation, fmt: &Formatter) -> RenewState {
    match &evaluation.renew {
        Ok(offer) if offer.kind == OrderKind::Reactivation => RenewState::Reactivate,
        Ok(_) => RenewState::Available,
        Err(NotRenewable::WindowNotOpenYet { opens_on }) => RenewState::NotYet { opens_on: fmt.date(*opens_on) },
        Err(NotRenewable::WindowClosed { closed_on }) => RenewState::Closed { closed_on: fmt.date(*closed_on) },
        Err(NotRenewable::RequirementsNotMet { .. }) => RenewState::RequirementsNotMet,
        Err(NotRenewable::CancellationRequested { on }) => RenewState::CancellationRequested { on: fmt.date(*on) },
        Err(NotRenewable::Cancelled { on }) => RenewState::Cancelled { on: fmt.date(*on) },
    }
}

pub async fn offers_view() -> Result<OffersView, AppError> {
    let state = expect_context::<AppState>();
    let (user, org) = partner_context(&state).await?;
    let fmt = state.formatters.get(request_lang());
    let today = state.clock.today();
    let pool = state.db.pool();
    let exceptions = policy_exceptions(pool).await.map_err(db_error)?;
    let statuses = competency_statuses(pool, org.id).await.map_err(db_error)?;
    let owned = subscriptions_of(pool, org.id).await.map_err(db_error)?;
    let currency = org.country.currency();

    let mut purchased = Vec::new();
    let mut banners = Vec::new();
    for stored in &owned {
        let evaluation = evaluate(&stored.subscription, today, &exceptions, requirement_of(stored.subscription.offer, &statuses));
        if let Some(banner) = banner(stored, &evaluation, today, fmt) {
            banners.push(banner);
        }
        purchased.push(PurchasedRow {
            id: stored.id,
            offer: stored.subscription.offer,
            status: evaluation.status,
            cancellation_requested: matches!(stored.subscription.cancellation, CancellationState::Requested { .. }),
            purchased_on: fmt.date(stored.subscription.purchased_on),
            renewal_start: fmt.date(evaluation.effective_anniversary),
            expires_on: fmt.date(evaluation.effective_anniversary),
            auto_renewal: stored.subscription.auto_renewal,
            renew: renew_state(&evaluation, fmt),
        });
    }

    let tile = |offer: OfferKind, amount: Option<i64>, requirements: RequirementStatus| -> OfferTile {
        let state = match owned.iter().find(|s| s.subscription.offer == offer) {
            Some(stored) => {
                let status = crate::domain::subscription::status(&stored.subscription, today, &exceptions);
                if status.has_benefits() || !org.is_member {
                    TileState::Owned { subscription_id: stored.id, status }
                } else if requirements == RequirementStatus::Incomplete {
                    TileState::RequirementsNotMet
                } else {
                    TileState::Owned { subscription_id: stored.id, status }
                }
            }
            None if !org.is_member => TileState::NotMember,
            None if requirements == RequirementStatus::Incomplete => TileState::RequirementsNotMet,
            None => TileState::Buyable,
        };
        OfferTile { offer, price: amount.map(|a| fmt.money(a, currency.code(), currency.minor_digits())).unwrap_or_default(), state }
    };

    let action_pack = tile(
        OfferKind::ActionPack,
        price(pool, OfferKind::ActionPack, currency.code()).await.map_err(db_error)?,
        RequirementStatus::Complete,
    );
    let mut competencies = Vec::new();
    for (area, requirements) in &statuses {
        let mut levels = Vec::new();
        for level in [CompetencyLevel::Silver, CompetencyLevel::Gold] {
            let offer = OfferKind::Competency { area: *area, level };
            let amount = price(pool, offer, currency.code()).await.map_err(db_error)?;
            levels.push(tile(offer, amount, *requirements));
        }
        competencies.push(CompetencyTile { area: *area, requirements_complete: *requirements == RequirementStatus::Complete, levels });
    }
    Ok(OffersView { is_member: org.is_member, can_act: user.may(Action::Renew), action_pack, competencies, purchased, banners })
}

fn banner(stored: &StoredSubscription, evaluation: &Evaluation, today: NaiveDate, fmt: &Formatter) -> Option<Banner> {
    let kind = match evaluation.status {
        SubscriptionStatus::InRenewalWindow if evaluation.renew.is_ok() => {
            let closes = evaluation.timeline.window_closes;
            Some(BannerKind::WindowClosing { days: (closes - today).num_days(), closes_on: fmt.date(closes) })
        }
        SubscriptionStatus::Active if !stored.subscription.auto_renewal.is_on() => {
            let expires = evaluation.effective_anniversary;
            let days = (expires - today).num_days();
            (days <= BANNER_DAYS).then(|| BannerKind::ExpiresWithoutAutoRenewal { days, expires_on: fmt.date(expires) })
        }
        _ => None,
    }?;
    Some(Banner { subscription_id: stored.id, offer: stored.subscription.offer, kind })
}

pub async fn offer_details(id: i64) -> Result<OfferDetails, AppError> {
    let state = expect_context::<AppState>();
    let (user, org) = partner_context(&state).await?;
    let pool = state.db.pool();
    let Some(stored) = subscription(pool, org.id, id).await.map_err(db_error)? else {
        tracing::warn!(user = user.user_id, subscription = id, "subscription not found in the user's organization");
        return Err(AppError::NotFound);
    };
    let fmt = state.formatters.get(request_lang());
    let today = state.clock.today();
    let exceptions: PolicyExceptions = policy_exceptions(pool).await.map_err(db_error)?;
    let statuses = competency_statuses(pool, org.id).await.map_err(db_error)?;
    let sub = &stored.subscription;
    let evaluation = evaluate(sub, today, &exceptions, requirement_of(sub.offer, &statuses));
    let currency = org.country.currency();
    let amount = price(pool, sub.offer, currency.code()).await.map_err(db_error)?.unwrap_or(0);
    let t = &evaluation.timeline;
    let mut timeline: Vec<(TimelineEvent, NaiveDate)> = vec![
        (TimelineEvent::Purchased, t.purchased_on),
        (TimelineEvent::ReminderBefore, t.reminder_before),
        (TimelineEvent::Anniversary, t.anniversary),
        (TimelineEvent::WindowOpens, t.window_opens),
        (TimelineEvent::ReminderAfter, t.reminder_after),
        (TimelineEvent::WindowCloses, t.window_closes),
        (TimelineEvent::LosesBenefits, t.loses_benefits_on),
    ];
    if let Some(charge) = t.next_automatic_charge {
        timeline.push((TimelineEvent::AutomaticCharge, charge));
    }
    timeline.sort_by_key(|(_, date)| *date);
    let gross = crate::domain::money::Money::new(amount, currency)
        .ok()
        .and_then(|net| {
            let treatment = crate::domain::country::vat_treatment(state.config.seller_country, org.country, !org.vat_id.is_empty());
            crate::domain::money::price_order(net, treatment).ok()
        })
        .map(|amounts| fmt.money(amounts.total.minor(), currency.code(), currency.minor_digits()))
        .unwrap_or_default();
    let auto_off = !sub.auto_renewal.is_on();
    Ok(OfferDetails {
        id: stored.id,
        offer: sub.offer,
        status: evaluation.status,
        cancellation_requested_on: match sub.cancellation {
            CancellationState::Requested { on } => Some(fmt.date(on)),
            _ => None,
        },
        auto_renewal: sub.auto_renewal,
        timeline: timeline
            .into_iter()
            .map(|(event, date)| TimelineItem { event, date: fmt.date(date), past: date <= today })
            .collect(),
        next_charge: t.next_automatic_charge.map(|date| (fmt.date(date), gross)),
        card: stored.card.as_ref().map(|card| format!("{} •••• {}", card.brand, card.last4)),
        renew: renew_state(&evaluation, fmt),
        can_turn_off_auto_renewal: evaluation.can_turn_off_auto_renewal.is_ok(),
        reminder_on: (auto_off && evaluation.status == SubscriptionStatus::Active).then(|| fmt.date(t.reminder_before)),
        can_request_cancellation: evaluation.can_request_cancellation.is_ok(),
        exception_id: evaluation.applied_exception.clone(),
        price: fmt.money(amount, currency.code(), currency.minor_digits()),
        can_act: user.may(Action::Renew),
    })
}

/// Whether automatic renewal is shown as on.
pub fn auto_renewal_on(auto: AutoRenewal) -> bool {
    auto.is_on()
}
