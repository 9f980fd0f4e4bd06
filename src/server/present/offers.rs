//! The offers page and offer details from the assessed subscriptions.

use chrono::NaiveDate;

use super::money;
use super::refusal::not_renewable;
use crate::domain::dates::{automatic_charge_attempt_on, AUTOMATIC_CHARGE_DAYS};
use crate::domain::money::{Money, OrderAmounts};
use crate::domain::offer::{CompetencyLevel, OfferKind};
use crate::domain::order::requirement_of;
use crate::domain::support::CancellationEffect;
use crate::domain::subscription::{status, CancellationState, Evaluation, NotRenewable, OrderKind, RequirementStatus, SubscriptionStatus};
use crate::i18n::format::Formatter;
use crate::i18n::I18n;
use crate::view::labels::decline_reason_id;
use crate::view::notice::NoticeArg;
use crate::view::Notice;
use crate::server::service::offers::{Assessed, Details, Overview};
use crate::view::offers::*;

/// Banners appear this many days before something happens.
const BANNER_DAYS: i64 = 15;

/// Renew, reactivate, buy again (a new term, when the old one lapsed or was cancelled
/// and the requirements are met), or why not.
pub fn renew_state(assessed: &Assessed, fmt: &Formatter) -> RenewState {
    match &assessed.evaluation.renew {
        Ok(offer) if offer.kind == OrderKind::Reactivation => RenewState::Reactivate,
        Ok(_) => RenewState::Available,
        Err(reason @ (NotRenewable::WindowClosed { .. } | NotRenewable::Cancelled { .. })) if assessed.requirements == RequirementStatus::Complete => {
            RenewState::BuyAgain(not_renewable(reason, fmt))
        }
        Err(reason) => RenewState::Blocked(not_renewable(reason, fmt)),
    }
}

fn text(value: String) -> NoticeArg {
    NoticeArg::Text(value)
}

/// Where a subscription is in its year, and the next step: the automatic charge to
/// come (or why none will be made), a failed charge and the next attempt, the
/// window's last day, a lapse.
pub fn cycle_notice(assessed: &Assessed, yearly: Option<&OrderAmounts>, i18n: &I18n, fmt: &Formatter) -> Option<Notice> {
    let Assessed { stored, evaluation, declines, .. } = assessed;
    let sub = &stored.subscription;
    let t = &evaluation.timeline;
    let card = stored.card.as_ref().map(|c| super::card(i18n, &c.masked()));
    let date = |name: &str, day: NaiveDate| (name.to_string(), text(fmt.date(day)));
    let notice = |id: &str, args: Vec<(String, NoticeArg)>| Some(Notice { id: id.to_string(), args });
    if sub.cancellation != CancellationState::None {
        return None;
    }
    let auto_on = sub.auto_renewal.is_on();
    match evaluation.status {
        SubscriptionStatus::Active => match (auto_on, card) {
            (true, Some(card)) => {
                let amount = yearly.map(|a| money(fmt, a.total)).unwrap_or_default();
                notice(crate::fl!("cycle-renews-automatically"), vec![date("date", t.window_opens), ("amount".into(), text(amount)), ("card".into(), text(card))])
            }
            (true, None) => notice(crate::fl!("cycle-no-card-before"), vec![date("opens", t.window_opens), date("closes", t.window_closes)]),
            (false, _) => notice(crate::fl!("cycle-auto-off-before"), vec![date("opens", t.window_opens), date("closes", t.window_closes)]),
        },
        SubscriptionStatus::InRenewalWindow => match (auto_on, card, declines.last()) {
            (true, Some(_), Some(decline)) => {
                let next = automatic_charge_attempt_on(evaluation.effective_anniversary, declines.len() + 1);
                let reason = ("reason".to_string(), text(i18n.t(decline_reason_id(*decline))));
                match next {
                    Some(next) => notice(crate::fl!("cycle-automatic-renewal-failed"), vec![reason, date("date", next)]),
                    None => notice(crate::fl!("cycle-automatic-renewal-stopped"), vec![reason, date("date", t.window_closes)]),
                }
            }
            (true, Some(card), None) => notice(crate::fl!("cycle-awaiting-automatic-renewal"), vec![date("date", t.window_opens), ("card".into(), text(card))]),
            (true, None, _) => notice(crate::fl!("cycle-no-card-window"), vec![date("date", t.window_closes)]),
            (false, _, Some(decline)) if declines.len() >= AUTOMATIC_CHARGE_DAYS.len() => notice(
                crate::fl!("cycle-automatic-renewal-stopped"),
                vec![("reason".to_string(), text(i18n.t(decline_reason_id(*decline)))), date("date", t.window_closes)],
            ),
            (false, _, _) => notice(crate::fl!("cycle-renew-by"), vec![date("date", t.window_closes)]),
        },
        SubscriptionStatus::Lapsed => notice(crate::fl!("cycle-lapsed"), vec![date("date", t.loses_benefits_on)]),
        SubscriptionStatus::AwaitingPayment => match &evaluation.renew {
            Err(NotRenewable::AwaitingTransfer { due_on }) => notice(crate::fl!("cycle-awaiting-transfer"), vec![date("date", *due_on)]),
            _ => None,
        },
        SubscriptionStatus::Cancelled => None,
    }
}

fn price_text(fmt: &Formatter, price: Option<Money>) -> String {
    price.map(|amount| money(fmt, amount)).unwrap_or_default()
}

pub fn offers_view(overview: &Overview, can_act: bool, i18n: &I18n, fmt: &Formatter) -> OffersView {
    let org = &overview.organization;
    let today = overview.today;
    let mut purchased = Vec::new();
    let mut banners = Vec::new();
    for assessed in &overview.owned {
        let Assessed { stored, evaluation, .. } = assessed;
        let yearly = overview.yearly.iter().find(|(o, _)| *o == stored.subscription.offer).and_then(|(_, a)| a.as_ref());
        if let Some(banner) = banner(stored.id, stored.subscription.offer, stored.subscription.auto_renewal.is_on(), evaluation, today, fmt) {
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
            renew: renew_state(assessed, fmt),
            cycle: cycle_notice(assessed, yearly, i18n, fmt),
        });
    }
    let price_of = |offer: OfferKind| overview.prices.iter().find(|(o, _)| *o == offer).and_then(|(_, price)| *price);
    let tile = |offer: OfferKind| -> OfferTile {
        let requirements = requirement_of(offer, &overview.statuses);
        let awaiting = overview.awaiting_purchases.iter().find(|(o, _)| *o == offer).map(|(_, key)| format!("/checkout/{key}/done"));
        let state = match overview.owned.iter().find(|a| a.stored.subscription.offer == offer) {
            _ if awaiting.is_some() => TileState::AwaitingPayment { order_link: awaiting.clone().unwrap_or_default() },
            Some(Assessed { stored, evaluation, .. }) => {
                let status = status(&stored.subscription, today, &overview.exceptions);
                let buy_again = matches!(evaluation.renew, Err(NotRenewable::WindowClosed { .. } | NotRenewable::Cancelled { .. }));
                if !status.has_benefits() && org.is_member() && requirements == RequirementStatus::Incomplete {
                    TileState::RequirementsNotMet
                } else if buy_again && org.is_member() {
                    TileState::Buyable
                } else {
                    TileState::Owned { subscription_id: stored.id, status }
                }
            }
            None if !org.is_member() => TileState::NotMember,
            None if requirements == RequirementStatus::Incomplete => TileState::RequirementsNotMet,
            None => TileState::Buyable,
        };
        OfferTile { offer, price: price_text(fmt, price_of(offer)), state }
    };
    let competencies = overview
        .statuses
        .iter()
        .map(|(area, requirements)| CompetencyTile {
            area: *area,
            requirements_complete: *requirements == RequirementStatus::Complete,
            levels: [CompetencyLevel::Silver, CompetencyLevel::Gold].into_iter().map(|level| tile(OfferKind::Competency { area: *area, level })).collect(),
        })
        .collect();
    OffersView { is_member: org.is_member(), can_act, action_pack: tile(OfferKind::ActionPack), competencies, purchased, banners }
}

fn banner(id: i64, offer: OfferKind, auto_on: bool, evaluation: &Evaluation, today: NaiveDate, fmt: &Formatter) -> Option<Banner> {
    let kind = match evaluation.status {
        SubscriptionStatus::InRenewalWindow if evaluation.renew.is_ok() => {
            let closes = evaluation.timeline.window_closes;
            Some(BannerKind::WindowClosing { days: (closes - today).num_days(), closes_on: fmt.date(closes) })
        }
        SubscriptionStatus::Active if !auto_on => {
            let expires = evaluation.effective_anniversary;
            let days = (expires - today).num_days();
            (days <= BANNER_DAYS).then(|| BannerKind::ExpiresWithoutAutoRenewal { days, expires_on: fmt.date(expires) })
        }
        _ => None,
    }?;
    Some(Banner { subscription_id: id, offer, kind })
}

pub fn offer_details(details: &Details, can_act: bool, i18n: &I18n, fmt: &Formatter) -> OfferDetails {
    let Assessed { stored, evaluation, .. } = &details.assessed;
    let sub = &stored.subscription;
    let today = details.today;
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
    let gross = details.yearly.as_ref().map(|amounts| money(fmt, amounts.total)).unwrap_or_default();
    let auto_off = !sub.auto_renewal.is_on();
    OfferDetails {
        id: stored.id,
        offer: sub.offer,
        status: evaluation.status,
        cancellation_requested_on: match sub.cancellation {
            CancellationState::Requested { on } => Some(fmt.date(on)),
            _ => None,
        },
        auto_renewal: sub.auto_renewal,
        timeline: timeline.into_iter().map(|(event, date)| TimelineItem { event, date: fmt.date(date), past: date <= today }).collect(),
        // Only a charge that will be made: automatic renewal on and a card to charge.
        next_charge: t.next_automatic_charge.filter(|_| stored.card.is_some()).map(|date| (fmt.date(date), gross)),
        card: stored.card.as_ref().map(|card| super::card(i18n, &card.masked())),
        renew: renew_state(&details.assessed, fmt),
        can_turn_off_auto_renewal: evaluation.can_turn_off_auto_renewal.is_ok(),
        can_turn_on_auto_renewal: evaluation.can_turn_on_auto_renewal.is_ok() && stored.card.is_some(),
        cycle: cycle_notice(&details.assessed, details.yearly.as_ref(), i18n, fmt),
        reminder_on: (auto_off && evaluation.status == SubscriptionStatus::Active).then(|| fmt.date(t.reminder_before)),
        can_request_cancellation: evaluation.can_request_cancellation.is_ok(),
        cancellation_dates: (
            fmt.date(CancellationEffect::Now.effective_on(evaluation.effective_anniversary, today)),
            fmt.date(CancellationEffect::EndOfTerm.effective_on(evaluation.effective_anniversary, today)),
        ),
        exception_id: evaluation.applied_exception.clone(),
        price: price_text(fmt, details.net),
        can_act,
    }
}
