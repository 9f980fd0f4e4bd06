//! The life of one subscription to an offer: status, renewal window, automatic
//! renewal, reminders, cancellation, purchase and reactivation (SPEC "Dates:
//! the rules", rules 1–8).
//!
//! Every question is answered by a pure function of the stored
//! [`Subscription`], `today`, the [`PolicyExceptions`] table and, for
//! competencies, the [`RequirementStatus`]. Policy extensions are applied on
//! the fly from the stored anniversary, so the stored row never needs a
//! migration when an exception is added.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::{
    automatic_charge_attempt_on, first_anniversary, loses_benefits_on, reminder_after_expiry,
    reminder_before_expiry, renewal_window, renewed_anniversary, RenewalWindow,
    AUTOMATIC_CHARGE_DAYS,
};
use crate::domain::offer::OfferKind;
use crate::domain::policy::{AppliedExtension, PolicyExceptions};

/// Automatic renewal (rule 7; seeds 001/003: "you won't be able to turn
/// automatic subscription renewal back on until you renew your subscription
/// again").
///
/// The model:
/// - a purchase, a manual renewal and a reactivation set `On` (rule 7: on by
///   default after a purchase; seeds 000/001 say, right after the renewal
///   steps, that the subscription then renews automatically every year);
/// - turning it off from `On` gives `OffLockedUntilManualRenewal`, which cannot
///   be turned on; the next manual renewal sets `On` again;
/// - an automatic renewal keeps `On`;
/// - `Off` is off *without* the lock, so it may be turned on. The domain never
///   produces it; the server may store it, e.g. for a term paid by bank
///   transfer with no card on file to charge later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AutoRenewal {
    On,
    Off,
    OffLockedUntilManualRenewal,
}

impl AutoRenewal {
    /// Database code: `"on"`, `"off"`, `"off-locked"`.
    pub fn code(self) -> &'static str {
        match self {
            AutoRenewal::On => "on",
            AutoRenewal::Off => "off",
            AutoRenewal::OffLockedUntilManualRenewal => "off-locked",
        }
    }

    pub fn parse_code(code: &str) -> Option<AutoRenewal> {
        [
            AutoRenewal::On,
            AutoRenewal::Off,
            AutoRenewal::OffLockedUntilManualRenewal,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }

    pub fn is_on(self) -> bool {
        self == AutoRenewal::On
    }
}

/// Cancellation goes through a support request; a support agent completes it.
/// A completed cancellation ends the benefits at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CancellationState {
    None,
    Requested { on: NaiveDate },
    Cancelled { on: NaiveDate },
}

/// What an order is for; recorded on every order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrderKind {
    Purchase,
    Renewal,
    AutomaticRenewal,
    Reactivation,
}

impl OrderKind {
    /// Database code: `"purchase"`, `"renewal"`, `"automatic-renewal"`, `"reactivation"`.
    pub fn code(self) -> &'static str {
        match self {
            OrderKind::Purchase => "purchase",
            OrderKind::Renewal => "renewal",
            OrderKind::AutomaticRenewal => "automatic-renewal",
            OrderKind::Reactivation => "reactivation",
        }
    }

    pub fn parse_code(code: &str) -> Option<OrderKind> {
        [
            OrderKind::Purchase,
            OrderKind::Renewal,
            OrderKind::AutomaticRenewal,
            OrderKind::Reactivation,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }

    /// A new term from the payment date (rule 1) rather than from A + 1 (rule 5).
    pub fn starts_new_term(self) -> bool {
        matches!(self, OrderKind::Purchase | OrderKind::Reactivation)
    }
}

/// A competency's requirements (SPEC "Competencies"). The Action Pack has
/// none: its value is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RequirementStatus {
    Complete,
    Incomplete,
}

/// One organization's subscription to one offer, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Subscription {
    pub offer: OfferKind,
    /// Start of the first term, or of the term started by a reactivation.
    pub purchased_on: NaiveDate,
    /// Stored anniversary (= expiration) date, before any policy extension.
    pub anniversary: NaiveDate,
    pub auto_renewal: AutoRenewal,
    pub cancellation: CancellationState,
    /// The policy exception recorded on the order that started the current term.
    pub exception_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubscriptionStatus {
    /// Up to and including A.
    Active,
    /// A + 1 through A + 30: expired, benefits continue, Renew offered.
    InRenewalWindow,
    /// From A + 31 without renewal: benefits (and the competency) lost.
    Lapsed,
    /// A support agent completed a cancellation.
    Cancelled,
    /// Expired, and the renewal's bank transfer is awaited: benefits continue until
    /// the transfer's due date, even past the window (SPEC "Bank transfer").
    AwaitingPayment,
}

impl SubscriptionStatus {
    pub fn has_benefits(self) -> bool {
        matches!(
            self,
            SubscriptionStatus::Active
                | SubscriptionStatus::InRenewalWindow
                | SubscriptionStatus::AwaitingPayment
        )
    }
}

/// The dates of rules 2–7 for the current term, for the offer details page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Timeline {
    pub purchased_on: NaiveDate,
    /// A − 15.
    pub reminder_before: NaiveDate,
    /// A (after any extension); also the expiration date.
    pub anniversary: NaiveDate,
    /// A + 1.
    pub window_opens: NaiveDate,
    /// A + 23.
    pub reminder_after: NaiveDate,
    /// A + 30, inclusive.
    pub window_closes: NaiveDate,
    /// A + 31.
    pub loses_benefits_on: NaiveDate,
    /// While automatic renewal is on, no cancellation is pending and the
    /// subscription has benefits: the day of the next attempt to charge the
    /// card, A + 1, or after recorded declines A + 3 and then A + 7; `None` once
    /// every attempt of the term was declined (SPEC "Over time").
    pub next_automatic_charge: Option<NaiveDate>,
}

/// What paying now would buy: the order's kind, the period it covers and the
/// anniversary it gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RenewalOffer {
    pub kind: OrderKind,
    pub period_from: NaiveDate,
    /// Last day of the new term, equal to `new_anniversary`.
    pub period_to: NaiveDate,
    pub new_anniversary: NaiveDate,
    pub exception_id: Option<String>,
}

/// Why Renew is not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NotRenewable {
    /// Rule 3: not expired yet; Renew is shown disabled with this date.
    WindowNotOpenYet {
        opens_on: NaiveDate,
    },
    /// Rule 4: the window closed on this date (inclusive); lapsed.
    WindowClosed {
        closed_on: NaiveDate,
    },
    /// A competency's requirements are not Complete and no exemption applies;
    /// renewing stays possible through `renewable_until` once they are.
    RequirementsNotMet {
        renewable_until: NaiveDate,
    },
    CancellationRequested {
        on: NaiveDate,
    },
    Cancelled {
        on: NaiveDate,
    },
    /// A renewal by bank transfer is awaiting payment until this date; a second order
    /// is not taken.
    AwaitingTransfer {
        due_on: NaiveDate,
    },
}

/// Why automatic renewal cannot be turned on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AutoRenewalBlocked {
    AlreadyOn,
    AlreadyOff,
    /// Rule 7: turned off; a manual renewal (possible from this date) unlocks it.
    LockedUntilManualRenewal {
        renewable_from: NaiveDate,
    },
    /// Every automatic charge of the term was declined (A + 1, A + 3, A + 7), which
    /// turned it off: no attempt is left to make, so it stays off until the partner
    /// renews by hand (by this date, the window's last day) and keeps it on at Buy.
    ChargesDeclined {
        renew_by: NaiveDate,
    },
    Lapsed {
        lapsed_on: NaiveDate,
    },
    CancellationRequested {
        on: NaiveDate,
    },
    Cancelled {
        on: NaiveDate,
    },
}

/// Why a cancellation cannot be requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NotCancellable {
    AlreadyRequested { on: NaiveDate },
    AlreadyCancelled { on: NaiveDate },
    Lapsed { lapsed_on: NaiveDate },
}

/// Why an offer cannot be bought.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NotPurchasable {
    /// The organization already has this offer with benefits; renew it instead.
    AlreadyActive { anniversary: NaiveDate },
    /// A competency whose requirements are not Complete, no exemption applies.
    RequirementsNotMet,
}

/// Everything the UI and the server need to know about a subscription on a day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evaluation {
    pub status: SubscriptionStatus,
    /// The anniversary after any policy extension.
    pub effective_anniversary: NaiveDate,
    /// The extension that moved the anniversary, else the reactivation that
    /// `renew` offers, if any.
    pub applied_exception: Option<String>,
    /// A policy exception exempts the next renewal or reactivation from the
    /// competency requirements (the Competencies page shows a notice).
    pub requirements_exempt: bool,
    pub timeline: Timeline,
    pub renew: Result<RenewalOffer, NotRenewable>,
    pub can_turn_off_auto_renewal: Result<(), AutoRenewalBlocked>,
    pub can_turn_on_auto_renewal: Result<(), AutoRenewalBlocked>,
    pub can_request_cancellation: Result<(), NotCancellable>,
}

/// A term started by a purchase or a reactivation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NewTerm {
    pub kind: OrderKind,
    pub offer: OfferKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub anniversary: NaiveDate,
    pub exception_id: Option<String>,
}

impl NewTerm {
    /// The subscription once the order is paid: automatic renewal on (rule 7).
    pub fn into_subscription(self) -> Subscription {
        Subscription {
            offer: self.offer,
            purchased_on: self.period_from,
            anniversary: self.anniversary,
            auto_renewal: AutoRenewal::On,
            cancellation: CancellationState::None,
            exception_id: self.exception_id,
        }
    }
}

/// The current term after any policy extension.
struct Term {
    anniversary: NaiveDate,
    window: RenewalWindow,
    extension: Option<AppliedExtension>,
}

fn term(sub: &Subscription, exceptions: &PolicyExceptions) -> Term {
    let extension = exceptions.extension_for(sub.offer, sub.anniversary);
    let anniversary = extension
        .as_ref()
        .map_or(sub.anniversary, |e| e.anniversary);
    Term {
        anniversary,
        window: renewal_window(anniversary),
        extension,
    }
}

fn status_of(sub: &Subscription, term: &Term, today: NaiveDate) -> SubscriptionStatus {
    // A cancellation takes effect on its day: at once, or at the end of the term
    // (the day after the anniversary) when staff chose that.
    if let CancellationState::Cancelled { on } = sub.cancellation.clone() {
        if today >= on {
            return SubscriptionStatus::Cancelled;
        }
    }
    if today <= term.anniversary {
        SubscriptionStatus::Active
    } else if today <= term.window.closes_on {
        SubscriptionStatus::InRenewalWindow
    } else {
        SubscriptionStatus::Lapsed
    }
}

fn requirements_met(offer: OfferKind, requirements: RequirementStatus, exempt: bool) -> bool {
    !offer.has_requirements() || exempt || requirements == RequirementStatus::Complete
}

/// The anniversary after any policy extension.
pub fn effective_anniversary(sub: &Subscription, exceptions: &PolicyExceptions) -> NaiveDate {
    term(sub, exceptions).anniversary
}

/// Status of `sub` on `today`.
pub fn status(
    sub: &Subscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
) -> SubscriptionStatus {
    status_of(sub, &term(sub, exceptions), today)
}

/// What the rules need to know of the current term besides the stored
/// [`Subscription`]; the default is a term with nothing recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TermRecord {
    /// The due date of the renewal's bank transfer, while one is awaited.
    pub transfer_due: Option<NaiveDate>,
    /// The automatic charges of this term that were declined (rule 7; at most one
    /// per day of [`AUTOMATIC_CHARGE_DAYS`]).
    pub declined_charges: usize,
}

/// Answers every question about `sub` on `today` (issue 3, item 2), for a term
/// with nothing recorded (see [`evaluate_term`]).
pub fn evaluate(
    sub: &Subscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
    requirements: RequirementStatus,
) -> Evaluation {
    evaluate_term(sub, today, exceptions, requirements, TermRecord::default())
}

/// [`evaluate`] with what was recorded of the current term:
/// - a renewal by bank transfer awaiting payment until `record.transfer_due` (SPEC
///   "Bank transfer"): once expired the subscription keeps its benefits until that
///   date, even past the window, and no second renewal is offered;
/// - declined automatic charges: the next charge is the next attempt's day, and once
///   every attempt was declined automatic renewal cannot be turned on again before a
///   manual renewal ([`AutoRenewalBlocked::ChargesDeclined`]).
pub fn evaluate_term(
    sub: &Subscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
    requirements: RequirementStatus,
    record: TermRecord,
) -> Evaluation {
    let transfer_due = record.transfer_due;
    let term = term(sub, exceptions);
    let status = match (status_of(sub, &term, today), transfer_due) {
        (SubscriptionStatus::InRenewalWindow | SubscriptionStatus::Lapsed, Some(due)) if today <= due => SubscriptionStatus::AwaitingPayment,
        (status, _) => status,
    };
    let a = term.anniversary;
    let lapsed_on = loses_benefits_on(a);

    let mut requirements_exempt = term
        .extension
        .as_ref()
        .is_some_and(|e| e.requirements_exempt);
    let renew = match (sub.cancellation, status) {
        (_, _) if transfer_due.is_some_and(|due| today <= due) => Err(NotRenewable::AwaitingTransfer { due_on: transfer_due.unwrap_or(today) }),
        (_, SubscriptionStatus::AwaitingPayment) => Err(NotRenewable::AwaitingTransfer { due_on: transfer_due.unwrap_or(today) }),
        (CancellationState::Cancelled { on }, _) => Err(NotRenewable::Cancelled { on }),
        (CancellationState::Requested { on }, _) => Err(NotRenewable::CancellationRequested { on }),
        (_, SubscriptionStatus::Active) => Err(NotRenewable::WindowNotOpenYet {
            opens_on: term.window.opens_on,
        }),
        (_, SubscriptionStatus::InRenewalWindow) => {
            if requirements_met(sub.offer, requirements, requirements_exempt) {
                let new_anniversary = renewed_anniversary(a);
                Ok(RenewalOffer {
                    kind: OrderKind::Renewal,
                    period_from: term.window.opens_on,
                    period_to: new_anniversary,
                    new_anniversary,
                    exception_id: term.extension.as_ref().map(|e| e.exception_id.clone()),
                })
            } else {
                Err(NotRenewable::RequirementsNotMet {
                    renewable_until: term.window.closes_on,
                })
            }
        }
        (_, SubscriptionStatus::Lapsed | SubscriptionStatus::Cancelled) => {
            match exceptions.reactivation_for(sub.offer, today) {
                None => Err(NotRenewable::WindowClosed {
                    closed_on: term.window.closes_on,
                }),
                Some(reactivation) => {
                    requirements_exempt = reactivation.requirements_exempt;
                    if requirements_met(sub.offer, requirements, reactivation.requirements_exempt) {
                        let new_anniversary = first_anniversary(today);
                        Ok(RenewalOffer {
                            kind: OrderKind::Reactivation,
                            period_from: today,
                            period_to: new_anniversary,
                            new_anniversary,
                            exception_id: Some(reactivation.exception_id),
                        })
                    } else {
                        Err(NotRenewable::RequirementsNotMet {
                            renewable_until: reactivation.available_until,
                        })
                    }
                }
            }
        }
    };

    let applied_exception = match (&term.extension, &renew) {
        (Some(extension), _) => Some(extension.exception_id.clone()),
        (None, Ok(offer)) => offer.exception_id.clone(),
        (None, Err(_)) => None,
    };

    let charge_pending = sub.auto_renewal.is_on()
        && sub.cancellation == CancellationState::None
        && status.has_benefits();
    let timeline = Timeline {
        purchased_on: sub.purchased_on,
        reminder_before: reminder_before_expiry(a),
        anniversary: a,
        window_opens: term.window.opens_on,
        reminder_after: reminder_after_expiry(a),
        window_closes: term.window.closes_on,
        loses_benefits_on: lapsed_on,
        next_automatic_charge: charge_pending
            .then(|| automatic_charge_attempt_on(a, record.declined_charges + 1))
            .flatten(),
    };

    let blocked_by_state = match (sub.cancellation, status) {
        (CancellationState::Cancelled { on }, _) => Some(AutoRenewalBlocked::Cancelled { on }),
        (_, SubscriptionStatus::Lapsed) => Some(AutoRenewalBlocked::Lapsed { lapsed_on }),
        _ => None,
    };
    let can_turn_off_auto_renewal = match (blocked_by_state, sub.auto_renewal) {
        (Some(blocked), _) => Err(blocked),
        (None, AutoRenewal::On) => Ok(()),
        (None, AutoRenewal::Off | AutoRenewal::OffLockedUntilManualRenewal) => {
            Err(AutoRenewalBlocked::AlreadyOff)
        }
    };
    let can_turn_on_auto_renewal = match (blocked_by_state, sub.cancellation, sub.auto_renewal) {
        (Some(blocked), _, _) => Err(blocked),
        (None, CancellationState::Requested { on }, _) => {
            Err(AutoRenewalBlocked::CancellationRequested { on })
        }
        (None, _, AutoRenewal::On) => Err(AutoRenewalBlocked::AlreadyOn),
        (None, _, AutoRenewal::OffLockedUntilManualRenewal) => {
            Err(AutoRenewalBlocked::LockedUntilManualRenewal {
                renewable_from: term.window.opens_on,
            })
        }
        (None, _, AutoRenewal::Off) if record.declined_charges >= AUTOMATIC_CHARGE_DAYS.len() => {
            Err(AutoRenewalBlocked::ChargesDeclined {
                renew_by: term.window.closes_on,
            })
        }
        (None, _, AutoRenewal::Off) => Ok(()),
    };

    let can_request_cancellation = match (sub.cancellation, status) {
        (CancellationState::Cancelled { on }, _) => Err(NotCancellable::AlreadyCancelled { on }),
        (CancellationState::Requested { on }, _) => Err(NotCancellable::AlreadyRequested { on }),
        (_, SubscriptionStatus::Lapsed) => Err(NotCancellable::Lapsed { lapsed_on }),
        _ => Ok(()),
    };

    Evaluation {
        status,
        effective_anniversary: a,
        applied_exception,
        requirements_exempt,
        timeline,
        renew,
        can_turn_off_auto_renewal,
        can_turn_on_auto_renewal,
        can_request_cancellation,
    }
}

/// Applies a paid renewal, automatic renewal or reactivation (or a purchase
/// quote) to `sub`.
///
/// - Renewal / automatic renewal: the anniversary becomes
///   `offer.new_anniversary` (old A + 365, rule 5). Applying the same offer
///   twice gives the same subscription.
/// - Reactivation (and purchase): a new term from `paid_on` (rule 1).
/// - A manual renewal or reactivation turns automatic renewal on (see
///   [`AutoRenewal`]); an automatic renewal leaves it as it is.
pub fn apply_renewal(sub: &Subscription, offer: &RenewalOffer, paid_on: NaiveDate) -> Subscription {
    match offer.kind {
        OrderKind::Purchase | OrderKind::Reactivation => Subscription {
            offer: sub.offer,
            purchased_on: paid_on,
            anniversary: first_anniversary(paid_on),
            auto_renewal: AutoRenewal::On,
            cancellation: CancellationState::None,
            exception_id: offer.exception_id.clone(),
        },
        OrderKind::Renewal => Subscription {
            anniversary: offer.new_anniversary,
            auto_renewal: AutoRenewal::On,
            exception_id: offer.exception_id.clone(),
            ..sub.clone()
        },
        OrderKind::AutomaticRenewal => Subscription {
            anniversary: offer.new_anniversary,
            exception_id: offer.exception_id.clone(),
            ..sub.clone()
        },
    }
}

/// Rule 7: the automatic renewal to charge on `today`, if any. It is planned
/// for A + 1 ([`Timeline::next_automatic_charge`]); it stays due through the
/// rest of the window so a job that missed a day (or retries a declined card)
/// catches up. Same conditions as a manual renewal (requirements included),
/// same new anniversary (rule 5).
pub fn automatic_renewal_due(
    sub: &Subscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
    requirements: RequirementStatus,
) -> Option<RenewalOffer> {
    if !sub.auto_renewal.is_on() {
        return None;
    }
    match evaluate(sub, today, exceptions, requirements).renew {
        Ok(offer) if offer.kind == OrderKind::Renewal => Some(RenewalOffer {
            kind: OrderKind::AutomaticRenewal,
            ..offer
        }),
        _ => None,
    }
}

/// Turns automatic renewal off; it then stays off until the next manual renewal.
pub fn turn_off_auto_renewal(
    sub: &Subscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
) -> Result<Subscription, AutoRenewalBlocked> {
    evaluate(sub, today, exceptions, RequirementStatus::Complete).can_turn_off_auto_renewal?;
    Ok(Subscription {
        auto_renewal: AutoRenewal::OffLockedUntilManualRenewal,
        ..sub.clone()
    })
}

/// Turns automatic renewal on, only from the unlocked `Off`, and not once every
/// automatic charge of the term in `record` was declined.
pub fn turn_on_auto_renewal(
    sub: &Subscription,
    today: NaiveDate,
    exceptions: &PolicyExceptions,
    record: TermRecord,
) -> Result<Subscription, AutoRenewalBlocked> {
    evaluate_term(sub, today, exceptions, RequirementStatus::Complete, record).can_turn_on_auto_renewal?;
    Ok(Subscription {
        auto_renewal: AutoRenewal::On,
        ..sub.clone()
    })
}

/// A partner asks for cancellation (a support request is opened).
pub fn request_cancellation(
    sub: &Subscription,
    on: NaiveDate,
    exceptions: &PolicyExceptions,
) -> Result<Subscription, NotCancellable> {
    evaluate(sub, on, exceptions, RequirementStatus::Complete).can_request_cancellation?;
    Ok(Subscription {
        cancellation: CancellationState::Requested { on },
        ..sub.clone()
    })
}

/// A support agent completes a cancellation (requested or not), effective `on`: the
/// day it was completed (benefits end at once) or the day after the anniversary
/// (benefits run to the end of the term). Either way nothing renews any more.
pub fn complete_cancellation(
    sub: &Subscription,
    on: NaiveDate,
) -> Result<Subscription, NotCancellable> {
    if let CancellationState::Cancelled { on } = sub.cancellation {
        return Err(NotCancellable::AlreadyCancelled { on });
    }
    Ok(Subscription {
        cancellation: CancellationState::Cancelled { on },
        ..sub.clone()
    })
}

/// A first purchase (or a new purchase after the old subscription lapsed or
/// was cancelled). `existing` is the organization's subscription to the same
/// offer, if any; one for another offer is ignored.
///
/// - an existing subscription with benefits: `AlreadyActive` (renew instead);
/// - a lapsed one while a reactivation exception covers it: a reactivation,
///   recording the exception, exempt from requirements if the exception says so;
/// - otherwise a purchase; a competency needs its requirements Complete.
pub fn purchase(
    offer: OfferKind,
    on: NaiveDate,
    requirements: RequirementStatus,
    exceptions: &PolicyExceptions,
    existing: Option<&Subscription>,
) -> Result<NewTerm, NotPurchasable> {
    let anniversary = first_anniversary(on);
    let new_term = |kind, exception_id| NewTerm {
        kind,
        offer,
        period_from: on,
        period_to: anniversary,
        anniversary,
        exception_id,
    };
    if let Some(sub) = existing.filter(|sub| sub.offer == offer) {
        let term = term(sub, exceptions);
        match status_of(sub, &term, on) {
            SubscriptionStatus::Active | SubscriptionStatus::InRenewalWindow | SubscriptionStatus::AwaitingPayment => {
                return Err(NotPurchasable::AlreadyActive {
                    anniversary: term.anniversary,
                });
            }
            SubscriptionStatus::Lapsed => {
                let reactivation = exceptions
                    .reactivation_for(offer, on)
                    .filter(|r| requirements_met(offer, requirements, r.requirements_exempt));
                if let Some(reactivation) = reactivation {
                    return Ok(new_term(
                        OrderKind::Reactivation,
                        Some(reactivation.exception_id),
                    ));
                }
            }
            SubscriptionStatus::Cancelled => {}
        }
    }
    if !requirements_met(offer, requirements, false) {
        return Err(NotPurchasable::RequirementsNotMet);
    }
    Ok(new_term(OrderKind::Purchase, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::{minus_days, plus_days};
    use crate::domain::offer::{CompetencyArea, CompetencyLevel};
    use crate::domain::policy::{COVID_2020_EXTENSION, COVID_2020_REACTIVATION};
    use proptest::prelude::*;
    use RequirementStatus::{Complete, Incomplete};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const SILVER: OfferKind = OfferKind::Competency {
        area: CompetencyArea::CloudPlatform,
        level: CompetencyLevel::Silver,
    };

    fn bought(offer: OfferKind, on: NaiveDate) -> Subscription {
        purchase(offer, on, Complete, &PolicyExceptions::none(), None)
            .unwrap()
            .into_subscription()
    }

    /// A subscription whose stored anniversary is `anniversary`.
    fn expiring(offer: OfferKind, anniversary: NaiveDate) -> Subscription {
        Subscription {
            offer,
            purchased_on: minus_days(anniversary, 365),
            anniversary,
            auto_renewal: AutoRenewal::Off,
            cancellation: CancellationState::None,
            exception_id: None,
        }
    }

    fn none() -> PolicyExceptions {
        PolicyExceptions::none()
    }

    #[test]
    fn bought_on_1_september_2018_the_window_opens_on_2_september_2019() {
        let sub = bought(OfferKind::ActionPack, d(2018, 9, 1));
        assert_eq!(sub.anniversary, d(2019, 9, 1));
        let before = evaluate(&sub, d(2019, 9, 1), &none(), Complete);
        assert_eq!(before.status, SubscriptionStatus::Active);
        assert_eq!(
            before.renew,
            Err(NotRenewable::WindowNotOpenYet {
                opens_on: d(2019, 9, 2)
            })
        );
        let opening = evaluate(&sub, d(2019, 9, 2), &none(), Complete);
        assert_eq!(opening.status, SubscriptionStatus::InRenewalWindow);
        assert!(opening.renew.is_ok());
    }

    #[test]
    fn expiring_22_june_is_renewable_from_23_june_through_22_july_only() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        let table = [
            (d(2021, 6, 21), SubscriptionStatus::Active, false),
            (d(2021, 6, 22), SubscriptionStatus::Active, false),
            (d(2021, 6, 23), SubscriptionStatus::InRenewalWindow, true),
            (d(2021, 7, 10), SubscriptionStatus::InRenewalWindow, true),
            (d(2021, 7, 22), SubscriptionStatus::InRenewalWindow, true),
            (d(2021, 7, 23), SubscriptionStatus::Lapsed, false),
        ];
        for (today, status, renewable) in table {
            let evaluation = evaluate(&sub, today, &none(), Complete);
            assert_eq!(evaluation.status, status, "{today}");
            assert_eq!(evaluation.renew.is_ok(), renewable, "{today}");
        }
        assert_eq!(
            evaluate(&sub, d(2021, 6, 22), &none(), Complete).renew,
            Err(NotRenewable::WindowNotOpenYet {
                opens_on: d(2021, 6, 23)
            })
        );
        assert_eq!(
            evaluate(&sub, d(2021, 7, 23), &none(), Complete).renew,
            Err(NotRenewable::WindowClosed {
                closed_on: d(2021, 7, 22)
            })
        );
    }

    #[test]
    fn benefits_continue_in_the_window_and_are_lost_after_it() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        assert!(status(&sub, d(2021, 7, 22), &none()).has_benefits());
        assert!(!status(&sub, d(2021, 7, 23), &none()).has_benefits());
    }

    #[test]
    fn renewing_in_the_window_gives_the_anniversary_plus_365_days() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        for today in [d(2021, 6, 23), d(2021, 7, 1), d(2021, 7, 22)] {
            let offer = evaluate(&sub, today, &none(), Complete).renew.unwrap();
            assert_eq!(offer.kind, OrderKind::Renewal);
            assert_eq!(offer.period_from, d(2021, 6, 23));
            assert_eq!(offer.new_anniversary, d(2022, 6, 22));
            assert_eq!(offer.period_to, d(2022, 6, 22));
            let renewed = apply_renewal(&sub, &offer, today);
            assert_eq!(renewed.anniversary, d(2022, 6, 22));
            assert_eq!(renewed.purchased_on, sub.purchased_on);
            assert_eq!(
                evaluate(&renewed, today, &none(), Complete).status,
                SubscriptionStatus::Active
            );
        }
    }

    #[test]
    fn applying_the_same_renewal_twice_does_not_renew_twice() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        let offer = evaluate(&sub, d(2021, 6, 25), &none(), Complete)
            .renew
            .unwrap();
        let once = apply_renewal(&sub, &offer, d(2021, 6, 25));
        assert_eq!(apply_renewal(&once, &offer, d(2021, 6, 26)), once);
    }

    #[test]
    fn the_timeline_shows_the_dates_of_rules_2_to_7() {
        let mut sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        sub.auto_renewal = AutoRenewal::On;
        let timeline = evaluate(&sub, d(2021, 1, 1), &none(), Complete).timeline;
        assert_eq!(
            timeline,
            Timeline {
                purchased_on: sub.purchased_on,
                reminder_before: d(2021, 6, 7),
                anniversary: d(2021, 6, 22),
                window_opens: d(2021, 6, 23),
                reminder_after: d(2021, 7, 15),
                window_closes: d(2021, 7, 22),
                loses_benefits_on: d(2021, 7, 23),
                next_automatic_charge: Some(d(2021, 6, 23)),
            }
        );
        sub.auto_renewal = AutoRenewal::OffLockedUntilManualRenewal;
        let timeline = evaluate(&sub, d(2021, 1, 1), &none(), Complete).timeline;
        assert_eq!(timeline.next_automatic_charge, None);
    }

    #[test]
    fn after_declined_charges_the_next_charge_is_the_next_attempt_and_none_after_the_last() {
        let mut sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        sub.auto_renewal = AutoRenewal::On;
        let next = |declined_charges| {
            let record = TermRecord { declined_charges, ..TermRecord::default() };
            evaluate_term(&sub, d(2021, 6, 24), &none(), Complete, record)
                .timeline
                .next_automatic_charge
        };
        assert_eq!(next(0), Some(d(2021, 6, 23)), "A + 1");
        assert_eq!(next(1), Some(d(2021, 6, 25)), "A + 3");
        assert_eq!(next(2), Some(d(2021, 6, 29)), "A + 7");
        assert_eq!(next(3), None, "no attempt left");
    }

    #[test]
    fn once_every_charge_of_the_term_was_declined_only_a_manual_renewal_turns_automatic_renewal_on() {
        // The last decline leaves automatic renewal off (unlocked).
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        let declined = TermRecord { declined_charges: 3, ..TermRecord::default() };
        let today = d(2021, 6, 30);
        assert_eq!(
            turn_on_auto_renewal(&sub, today, &none(), declined),
            Err(AutoRenewalBlocked::ChargesDeclined { renew_by: d(2021, 7, 22) })
        );
        let evaluation = evaluate_term(&sub, today, &none(), Complete, declined);
        assert_eq!(evaluation.timeline.next_automatic_charge, None);
        let renewed = apply_renewal(&sub, &evaluation.renew.unwrap(), today);
        // Kept off at Buy, the new term has no declines: it may be turned on.
        let kept_off = Subscription { auto_renewal: AutoRenewal::Off, ..renewed };
        assert!(turn_on_auto_renewal(&kept_off, today, &none(), TermRecord::default()).is_ok());
    }

    #[test]
    fn a_new_purchase_has_automatic_renewal_on() {
        let sub = bought(OfferKind::ActionPack, d(2021, 3, 3));
        assert_eq!(sub.auto_renewal, AutoRenewal::On);
        let evaluation = evaluate(&sub, d(2021, 3, 3), &none(), Complete);
        assert_eq!(evaluation.can_turn_off_auto_renewal, Ok(()));
        assert_eq!(
            evaluation.can_turn_on_auto_renewal,
            Err(AutoRenewalBlocked::AlreadyOn)
        );
        assert_eq!(
            evaluation.timeline.next_automatic_charge,
            Some(d(2022, 3, 4))
        );
    }

    #[test]
    fn automatic_renewal_turned_off_cannot_be_turned_on_until_a_manual_renewal() {
        let sub = bought(OfferKind::ActionPack, d(2021, 3, 3));
        let off = turn_off_auto_renewal(&sub, d(2021, 5, 1), &none()).unwrap();
        assert_eq!(off.auto_renewal, AutoRenewal::OffLockedUntilManualRenewal);
        let locked = Err(AutoRenewalBlocked::LockedUntilManualRenewal {
            renewable_from: d(2022, 3, 4),
        });
        for today in [d(2021, 5, 1), d(2022, 3, 3), d(2022, 3, 4), d(2022, 4, 2)] {
            assert_eq!(
                turn_on_auto_renewal(&off, today, &none(), TermRecord::default()),
                locked,
                "{today}"
            );
        }
        assert_eq!(
            turn_off_auto_renewal(&off, d(2021, 5, 2), &none()),
            Err(AutoRenewalBlocked::AlreadyOff)
        );
        // No automatic charge while off.
        assert_eq!(
            automatic_renewal_due(&off, d(2022, 3, 4), &none(), Complete),
            None
        );

        let offer = evaluate(&off, d(2022, 3, 10), &none(), Complete)
            .renew
            .unwrap();
        let renewed = apply_renewal(&off, &offer, d(2022, 3, 10));
        assert_eq!(renewed.auto_renewal, AutoRenewal::On);
        let again_off = turn_off_auto_renewal(&renewed, d(2022, 3, 11), &none()).unwrap();
        assert_eq!(
            again_off.auto_renewal,
            AutoRenewal::OffLockedUntilManualRenewal
        );
    }

    #[test]
    fn unlocked_off_may_be_turned_on() {
        let mut sub = bought(OfferKind::ActionPack, d(2021, 3, 3));
        sub.auto_renewal = AutoRenewal::Off;
        let on = turn_on_auto_renewal(&sub, d(2021, 4, 4), &none(), TermRecord::default()).unwrap();
        assert_eq!(on.auto_renewal, AutoRenewal::On);
    }

    #[test]
    fn automatic_renewal_charges_on_a_plus_1_and_gives_the_same_anniversary_as_a_manual_renewal() {
        let sub = bought(OfferKind::ActionPack, d(2021, 6, 22));
        assert_eq!(
            automatic_renewal_due(&sub, d(2022, 6, 22), &none(), Complete),
            None
        );
        let automatic = automatic_renewal_due(&sub, d(2022, 6, 23), &none(), Complete).unwrap();
        assert_eq!(automatic.kind, OrderKind::AutomaticRenewal);
        let manual = evaluate(&sub, d(2022, 6, 23), &none(), Complete)
            .renew
            .unwrap();
        assert_eq!(automatic.new_anniversary, manual.new_anniversary);
        let renewed = apply_renewal(&sub, &automatic, d(2022, 6, 23));
        assert_eq!(renewed.anniversary, d(2023, 6, 22));
        assert_eq!(renewed.auto_renewal, AutoRenewal::On);
        assert_eq!(
            automatic_renewal_due(&renewed, d(2022, 6, 24), &none(), Complete),
            None
        );
    }

    #[test]
    fn a_competency_renews_only_with_its_requirements_complete() {
        let sub = expiring(SILVER, d(2019, 5, 1));
        assert_eq!(
            evaluate(&sub, d(2019, 5, 2), &none(), Incomplete).renew,
            Err(NotRenewable::RequirementsNotMet {
                renewable_until: d(2019, 5, 31)
            })
        );
        assert!(evaluate(&sub, d(2019, 5, 2), &none(), Complete)
            .renew
            .is_ok());
        // The Action Pack has no requirements.
        let pack = expiring(OfferKind::ActionPack, d(2019, 5, 1));
        assert!(evaluate(&pack, d(2019, 5, 2), &none(), Incomplete)
            .renew
            .is_ok());
    }

    #[test]
    fn the_2020_extension_boundaries() {
        let exceptions = PolicyExceptions::seed_2020();
        // (stored anniversary, effective anniversary, exception)
        let table = [
            (d(2020, 6, 30), d(2020, 6, 30), None),
            (d(2020, 7, 1), d(2021, 7, 1), Some(COVID_2020_EXTENSION)),
            (d(2020, 12, 31), d(2021, 12, 31), Some(COVID_2020_EXTENSION)),
            (d(2021, 1, 1), d(2021, 1, 1), None),
        ];
        for (stored, effective, exception) in table {
            let sub = expiring(SILVER, stored);
            let today = plus_days(stored, 1);
            let evaluation = evaluate(&sub, today, &exceptions, Complete);
            assert_eq!(evaluation.effective_anniversary, effective, "{stored}");
            assert_eq!(
                evaluation.applied_exception.as_deref(),
                exception,
                "{stored}"
            );
            let expected = if exception.is_some() {
                SubscriptionStatus::Active
            } else {
                SubscriptionStatus::InRenewalWindow
            };
            assert_eq!(evaluation.status, expected, "{stored}");
        }
    }

    #[test]
    fn an_extended_competency_renews_in_2021_exempt_from_requirements() {
        let exceptions = PolicyExceptions::seed_2020();
        let sub = expiring(SILVER, d(2020, 8, 15));
        assert_eq!(
            evaluate(&sub, d(2020, 8, 16), &exceptions, Incomplete).renew,
            Err(NotRenewable::WindowNotOpenYet {
                opens_on: d(2021, 8, 16)
            })
        );
        let evaluation = evaluate(&sub, d(2021, 8, 16), &exceptions, Incomplete);
        assert!(evaluation.requirements_exempt);
        let offer = evaluation.renew.unwrap();
        assert_eq!(offer.new_anniversary, d(2022, 8, 15));
        assert_eq!(offer.exception_id.as_deref(), Some(COVID_2020_EXTENSION));
        let renewed = apply_renewal(&sub, &offer, d(2021, 8, 16));
        assert_eq!(renewed.exception_id.as_deref(), Some(COVID_2020_EXTENSION));
        // The next term is ordinary again.
        let next = evaluate(&renewed, d(2022, 8, 16), &exceptions, Incomplete);
        assert_eq!(next.applied_exception, None);
        assert!(!next.requirements_exempt);
        assert_eq!(
            next.renew,
            Err(NotRenewable::RequirementsNotMet {
                renewable_until: d(2022, 9, 14)
            })
        );
    }

    #[test]
    fn a_lapsed_competency_can_be_reactivated_on_31_december_2020_but_not_on_1_january_2021() {
        let exceptions = PolicyExceptions::seed_2020();
        let sub = expiring(SILVER, d(2020, 3, 1));
        let last_day = evaluate(&sub, d(2020, 12, 31), &exceptions, Incomplete);
        assert_eq!(last_day.status, SubscriptionStatus::Lapsed);
        assert_eq!(
            last_day.applied_exception.as_deref(),
            Some(COVID_2020_REACTIVATION)
        );
        let offer = last_day.renew.unwrap();
        assert_eq!(offer.kind, OrderKind::Reactivation);
        assert_eq!(offer.period_from, d(2020, 12, 31));
        assert_eq!(offer.new_anniversary, d(2021, 12, 31));

        let too_late = evaluate(&sub, d(2021, 1, 1), &exceptions, Incomplete);
        assert_eq!(
            too_late.renew,
            Err(NotRenewable::WindowClosed {
                closed_on: d(2020, 3, 31)
            })
        );
        assert_eq!(too_late.applied_exception, None);

        let via_purchase =
            purchase(SILVER, d(2020, 12, 31), Incomplete, &exceptions, Some(&sub)).unwrap();
        assert_eq!(via_purchase.kind, OrderKind::Reactivation);
        assert_eq!(
            via_purchase.exception_id.as_deref(),
            Some(COVID_2020_REACTIVATION)
        );
        assert_eq!(
            purchase(SILVER, d(2021, 1, 1), Incomplete, &exceptions, Some(&sub)),
            Err(NotPurchasable::RequirementsNotMet)
        );
        assert_eq!(
            purchase(SILVER, d(2021, 1, 1), Complete, &exceptions, Some(&sub)).map(|t| t.kind),
            Ok(OrderKind::Purchase)
        );
    }

    #[test]
    fn a_reactivation_starts_a_new_term_from_the_payment_date() {
        let exceptions = PolicyExceptions::seed_2020();
        let sub = expiring(SILVER, d(2020, 3, 1));
        let offer = evaluate(&sub, d(2020, 11, 30), &exceptions, Incomplete)
            .renew
            .unwrap();
        // Paid by bank transfer a few days later: the term follows the payment.
        let reactivated = apply_renewal(&sub, &offer, d(2020, 12, 3));
        assert_eq!(reactivated.purchased_on, d(2020, 12, 3));
        assert_eq!(reactivated.anniversary, d(2021, 12, 3));
        assert_eq!(
            reactivated.exception_id.as_deref(),
            Some(COVID_2020_REACTIVATION)
        );
        assert_eq!(reactivated.auto_renewal, AutoRenewal::On);
        assert_eq!(
            status(&reactivated, d(2020, 12, 3), &exceptions),
            SubscriptionStatus::Active
        );
    }

    #[test]
    fn the_action_pack_is_not_affected_by_the_competency_exception() {
        let exceptions = PolicyExceptions::seed_2020();
        let pack = expiring(OfferKind::ActionPack, d(2020, 8, 1));
        let in_window = evaluate(&pack, d(2020, 8, 2), &exceptions, Complete);
        assert_eq!(in_window.effective_anniversary, d(2020, 8, 1));
        assert_eq!(in_window.status, SubscriptionStatus::InRenewalWindow);
        assert_eq!(in_window.applied_exception, None);
        let lapsed = evaluate(&pack, d(2020, 12, 1), &exceptions, Complete);
        assert_eq!(lapsed.status, SubscriptionStatus::Lapsed);
        assert_eq!(
            lapsed.renew,
            Err(NotRenewable::WindowClosed {
                closed_on: d(2020, 8, 31)
            })
        );
        let again = purchase(
            OfferKind::ActionPack,
            d(2020, 12, 1),
            Complete,
            &exceptions,
            Some(&pack),
        )
        .unwrap();
        assert_eq!(again.kind, OrderKind::Purchase);
        assert_eq!(again.exception_id, None);
    }

    #[test]
    fn an_offer_with_benefits_cannot_be_bought_again() {
        let sub = bought(OfferKind::ActionPack, d(2021, 6, 22));
        for today in [d(2021, 6, 22), d(2022, 6, 22), d(2022, 7, 22)] {
            assert_eq!(
                purchase(OfferKind::ActionPack, today, Complete, &none(), Some(&sub)),
                Err(NotPurchasable::AlreadyActive {
                    anniversary: d(2022, 6, 22)
                })
            );
        }
        assert!(purchase(
            OfferKind::ActionPack,
            d(2022, 7, 23),
            Complete,
            &none(),
            Some(&sub)
        )
        .is_ok());
        // Another offer's subscription does not matter.
        assert!(purchase(SILVER, d(2021, 6, 22), Complete, &none(), Some(&sub)).is_ok());
    }

    #[test]
    fn a_competency_is_bought_only_with_its_requirements_complete() {
        assert_eq!(
            purchase(SILVER, d(2021, 1, 5), Incomplete, &none(), None),
            Err(NotPurchasable::RequirementsNotMet)
        );
        let term = purchase(SILVER, d(2021, 1, 5), Complete, &none(), None).unwrap();
        assert_eq!(term.kind, OrderKind::Purchase);
        assert_eq!(term.period_from, d(2021, 1, 5));
        assert_eq!(term.period_to, d(2022, 1, 5));
        assert!(purchase(
            OfferKind::ActionPack,
            d(2021, 1, 5),
            Incomplete,
            &none(),
            None
        )
        .is_ok());
    }

    #[test]
    fn a_requested_cancellation_keeps_benefits_but_stops_renewal() {
        let sub = bought(OfferKind::ActionPack, d(2021, 6, 22));
        let requested = request_cancellation(&sub, d(2022, 6, 1), &none()).unwrap();
        let in_window = evaluate(&requested, d(2022, 6, 25), &none(), Complete);
        assert_eq!(in_window.status, SubscriptionStatus::InRenewalWindow);
        assert_eq!(
            in_window.renew,
            Err(NotRenewable::CancellationRequested { on: d(2022, 6, 1) })
        );
        assert_eq!(in_window.timeline.next_automatic_charge, None);
        assert_eq!(in_window.can_turn_off_auto_renewal, Ok(()));
        assert_eq!(
            in_window.can_turn_on_auto_renewal,
            Err(AutoRenewalBlocked::CancellationRequested { on: d(2022, 6, 1) })
        );
        assert_eq!(
            automatic_renewal_due(&requested, d(2022, 6, 23), &none(), Complete),
            None
        );
        assert_eq!(
            request_cancellation(&requested, d(2022, 6, 2), &none()),
            Err(NotCancellable::AlreadyRequested { on: d(2022, 6, 1) })
        );
    }

    #[test]
    fn a_completed_cancellation_ends_the_subscription() {
        let sub = bought(OfferKind::ActionPack, d(2021, 6, 22));
        let requested = request_cancellation(&sub, d(2021, 9, 1), &none()).unwrap();
        let cancelled = complete_cancellation(&requested, d(2021, 9, 3)).unwrap();
        let evaluation = evaluate(&cancelled, d(2021, 9, 4), &none(), Complete);
        assert_eq!(evaluation.status, SubscriptionStatus::Cancelled);
        assert_eq!(
            evaluation.renew,
            Err(NotRenewable::Cancelled { on: d(2021, 9, 3) })
        );
        assert_eq!(
            evaluation.can_turn_off_auto_renewal,
            Err(AutoRenewalBlocked::Cancelled { on: d(2021, 9, 3) })
        );
        assert_eq!(
            complete_cancellation(&cancelled, d(2021, 9, 5)),
            Err(NotCancellable::AlreadyCancelled { on: d(2021, 9, 3) })
        );
        // A cancelled offer can be bought again.
        assert!(purchase(
            OfferKind::ActionPack,
            d(2021, 10, 1),
            Complete,
            &none(),
            Some(&cancelled)
        )
        .is_ok());
    }

    #[test]
    fn a_lapsed_subscription_cannot_be_cancelled_or_toggled() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22));
        let evaluation = evaluate(&sub, d(2021, 8, 1), &none(), Complete);
        let lapsed_on = d(2021, 7, 23);
        assert_eq!(
            evaluation.can_request_cancellation,
            Err(NotCancellable::Lapsed { lapsed_on })
        );
        assert_eq!(
            evaluation.can_turn_on_auto_renewal,
            Err(AutoRenewalBlocked::Lapsed { lapsed_on })
        );
        assert_eq!(
            evaluation.can_turn_off_auto_renewal,
            Err(AutoRenewalBlocked::Lapsed { lapsed_on })
        );
    }

    #[test]
    fn codes_round_trip() {
        for kind in [
            OrderKind::Purchase,
            OrderKind::Renewal,
            OrderKind::AutomaticRenewal,
            OrderKind::Reactivation,
        ] {
            assert_eq!(OrderKind::parse_code(kind.code()), Some(kind));
        }
        for auto in [
            AutoRenewal::On,
            AutoRenewal::Off,
            AutoRenewal::OffLockedUntilManualRenewal,
        ] {
            assert_eq!(AutoRenewal::parse_code(auto.code()), Some(auto));
        }
        assert_eq!(OrderKind::parse_code("refund"), None);
    }

    // ---- properties ----

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0u64..15_000).prop_map(|n| plus_days(d(2015, 1, 1), n))
    }

    /// Dates around the 2020 exception, so it is exercised often.
    fn date_near_2020() -> impl Strategy<Value = NaiveDate> {
        (0u64..1_100).prop_map(|n| plus_days(d(2019, 1, 1), n))
    }

    fn any_offer() -> impl Strategy<Value = OfferKind> {
        prop_oneof![Just(OfferKind::ActionPack), Just(SILVER)]
    }

    fn any_auto() -> impl Strategy<Value = AutoRenewal> {
        prop_oneof![
            Just(AutoRenewal::On),
            Just(AutoRenewal::Off),
            Just(AutoRenewal::OffLockedUntilManualRenewal)
        ]
    }

    fn any_requirements() -> impl Strategy<Value = RequirementStatus> {
        prop_oneof![Just(Complete), Just(Incomplete)]
    }

    fn any_subscription() -> impl Strategy<Value = Subscription> {
        (
            any_offer(),
            prop_oneof![any_date(), date_near_2020()],
            any_auto(),
            0u8..3,
            0u64..400,
        )
            .prop_map(
                |(offer, purchased_on, auto_renewal, cancel, cancel_after)| {
                    let on = plus_days(purchased_on, cancel_after);
                    Subscription {
                        offer,
                        purchased_on,
                        anniversary: first_anniversary(purchased_on),
                        auto_renewal,
                        cancellation: match cancel {
                            0 => CancellationState::None,
                            1 => CancellationState::Requested { on },
                            _ => CancellationState::Cancelled { on },
                        },
                        exception_id: None,
                    }
                },
            )
    }

    fn all_exceptions() -> impl Strategy<Value = PolicyExceptions> {
        prop_oneof![
            Just(PolicyExceptions::none()),
            Just(PolicyExceptions::seed_2020())
        ]
    }

    proptest! {
        #[test]
        fn status_never_skips_from_active_to_lapsed_without_the_window(
            offer in any_offer(),
            purchased_on in prop_oneof![any_date(), date_near_2020()],
            exceptions in all_exceptions(),
        ) {
            let sub = bought(offer, purchased_on);
            let a = effective_anniversary(&sub, &exceptions);
            let mut previous = SubscriptionStatus::Active;
            let mut window_days = 0;
            let mut day = purchased_on;
            while day <= plus_days(a, 40) {
                let now = status(&sub, day, &exceptions);
                match (previous, now) {
                    (SubscriptionStatus::Active, SubscriptionStatus::Active)
                    | (SubscriptionStatus::Active, SubscriptionStatus::InRenewalWindow)
                    | (SubscriptionStatus::InRenewalWindow, SubscriptionStatus::InRenewalWindow)
                    | (SubscriptionStatus::InRenewalWindow, SubscriptionStatus::Lapsed)
                    | (SubscriptionStatus::Lapsed, SubscriptionStatus::Lapsed) => {}
                    other => prop_assert!(false, "illegal step {:?} on {}", other, day),
                }
                if now == SubscriptionStatus::InRenewalWindow {
                    window_days += 1;
                }
                previous = now;
                day = plus_days(day, 1);
            }
            prop_assert_eq!(window_days, 30);
            prop_assert_eq!(previous, SubscriptionStatus::Lapsed);
        }

        #[test]
        fn evaluating_twice_gives_the_same_answer(
            sub in any_subscription(),
            today in prop_oneof![any_date(), date_near_2020()],
            exceptions in all_exceptions(),
            requirements in any_requirements(),
        ) {
            let first = evaluate(&sub, today, &exceptions, requirements);
            let second = evaluate(&sub.clone(), today, &exceptions.clone(), requirements);
            prop_assert_eq!(first, second);
        }

        #[test]
        fn a_renewal_strictly_advances_the_anniversary(
            sub in any_subscription(),
            today in prop_oneof![any_date(), date_near_2020()],
            exceptions in all_exceptions(),
            requirements in any_requirements(),
        ) {
            let before = effective_anniversary(&sub, &exceptions);
            if let Ok(offer) = evaluate(&sub, today, &exceptions, requirements).renew {
                prop_assert!(offer.new_anniversary > today);
                let renewed = apply_renewal(&sub, &offer, today);
                let after = effective_anniversary(&renewed, &exceptions);
                prop_assert!(after > before);
                prop_assert!(after > today);
                prop_assert_eq!(status(&renewed, today, &exceptions), SubscriptionStatus::Active);
                if offer.kind == OrderKind::Renewal {
                    prop_assert_eq!(renewed.anniversary, renewed_anniversary(before));
                }
            }
        }

        #[test]
        fn automatic_and_manual_renewal_agree(
            offer in any_offer(),
            purchased_on in prop_oneof![any_date(), date_near_2020()],
            exceptions in all_exceptions(),
        ) {
            let sub = bought(offer, purchased_on);
            let charge_on = evaluate(&sub, purchased_on, &exceptions, Complete)
                .timeline
                .next_automatic_charge
                .unwrap();
            let automatic = automatic_renewal_due(&sub, charge_on, &exceptions, Complete).unwrap();
            let manual = evaluate(&sub, charge_on, &exceptions, Complete).renew.unwrap();
            prop_assert_eq!(automatic.new_anniversary, manual.new_anniversary);
            prop_assert_eq!(automatic_renewal_due(&sub, minus_days(charge_on, 1), &exceptions, Complete), None);
        }

        #[test]
        fn purchases_on_29_february_expire_on_28_february_and_open_the_window_on_1_march(
            leap_index in 0usize..20,
            offer in any_offer(),
        ) {
            let year = 2000 + 4 * leap_index as i32;
            let sub = bought(offer, d(year, 2, 29));
            prop_assert_eq!(sub.anniversary, d(year + 1, 2, 28));
            let timeline = evaluate(&sub, d(year, 2, 29), &PolicyExceptions::none(), Complete).timeline;
            prop_assert_eq!(timeline.window_opens, d(year + 1, 3, 1));
            prop_assert_eq!((timeline.window_closes - timeline.window_opens).num_days(), 29);
        }
    }
}
