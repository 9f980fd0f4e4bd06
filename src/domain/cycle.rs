//! The yearly cycle of one subscription (SPEC "Over time"; rules 4, 6 and 7): the
//! work due on a day, which the scheduler enqueues once per subscription and term
//! and each job checks again when it runs.
//!
//! Work is due from its day on (not only on that day), so a scheduler that missed
//! days catches up, and for as long as the subscription is in the state it needs:
//! a reminder before expiry is due from A − 15 up to A, an automatic charge through
//! the renewal window, the lapse notice for [`LAPSE_NOTICE_DAYS`] after A + 31.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::{
    automatic_charge_attempt_on, automatic_charge_on, lapse_notice_on, plus_days,
    AUTOMATIC_CHARGE_DAYS,
};
use crate::domain::subscription::{CancellationState, Evaluation, Subscription, SubscriptionStatus};

/// A lapse is announced only this many days after A + 31, so a database restored
/// long after does not mail old news.
pub const LAPSE_NOTICE_DAYS: u64 = 30;

/// One piece of the cycle's work for the term ending on `anniversary` (after any
/// policy extension: reminders follow the extended date, rule 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CycleWork {
    /// From A − 15 with automatic renewal on: the card will be charged on A + 1.
    UpcomingAutomaticRenewal {
        anniversary: NaiveDate,
        charge_on: NaiveDate,
    },
    /// From A − 15 up to A with automatic renewal not on: renew in the window. A
    /// partner who turns it off after the notice of the charge still gets this one.
    BeforeExpiry { anniversary: NaiveDate },
    /// In the window with automatic renewal on: charge attempt `attempt` (1, 2, 3
    /// on A + 1, A + 3, A + 7).
    AutomaticCharge {
        anniversary: NaiveDate,
        attempt: usize,
        on: NaiveDate,
    },
    /// From A + 23, still in the window: the window closes soon.
    AfterExpiry {
        anniversary: NaiveDate,
        on: NaiveDate,
        closes_on: NaiveDate,
    },
    /// From A + 31: lapsed, benefits and competency lost.
    LapseNotice { anniversary: NaiveDate, lapsed_on: NaiveDate },
}

impl CycleWork {
    /// The day the work became due.
    pub fn due_on(&self) -> NaiveDate {
        match *self {
            CycleWork::UpcomingAutomaticRenewal { anniversary, .. }
            | CycleWork::BeforeExpiry { anniversary } => {
                crate::domain::dates::reminder_before_expiry(anniversary)
            }
            CycleWork::AutomaticCharge { on, .. } | CycleWork::AfterExpiry { on, .. } => on,
            CycleWork::LapseNotice { lapsed_on, .. } => lapsed_on,
        }
    }

    /// The attempt of an automatic charge; `None` for a notice.
    pub fn attempt(&self) -> Option<usize> {
        match *self {
            CycleWork::AutomaticCharge { attempt, .. } => Some(attempt),
            _ => None,
        }
    }
}

/// The work due on or before `today` for `sub`, assessed on `today` as
/// `evaluation`. None while a cancellation is requested or done, nor while a
/// renewal's bank transfer is awaited; none of an old term after a renewal, because
/// the renewal moved A.
pub fn work_due(sub: &Subscription, evaluation: &Evaluation, today: NaiveDate) -> Vec<CycleWork> {
    if sub.cancellation != CancellationState::None {
        return Vec::new();
    }
    let anniversary = evaluation.effective_anniversary;
    let t = &evaluation.timeline;
    let auto_on = sub.auto_renewal.is_on();
    let mut due = Vec::new();
    match evaluation.status {
        SubscriptionStatus::Active if today >= t.reminder_before => due.push(if auto_on {
            CycleWork::UpcomingAutomaticRenewal { anniversary, charge_on: automatic_charge_on(anniversary) }
        } else {
            CycleWork::BeforeExpiry { anniversary }
        }),
        SubscriptionStatus::InRenewalWindow => {
            if auto_on {
                due.extend(
                    (1..=AUTOMATIC_CHARGE_DAYS.len())
                        .filter_map(|attempt| Some((attempt, automatic_charge_attempt_on(anniversary, attempt)?)))
                        .filter(|(_, on)| *on <= today)
                        .map(|(attempt, on)| CycleWork::AutomaticCharge { anniversary, attempt, on }),
                );
            }
            if today >= t.reminder_after {
                due.push(CycleWork::AfterExpiry { anniversary, on: t.reminder_after, closes_on: t.window_closes });
            }
        }
        SubscriptionStatus::Lapsed => {
            let lapsed_on = lapse_notice_on(anniversary);
            if today >= lapsed_on && today <= plus_days(lapsed_on, LAPSE_NOTICE_DAYS) {
                due.push(CycleWork::LapseNotice { anniversary, lapsed_on });
            }
        }
        _ => {}
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::minus_days;
    use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
    use crate::domain::policy::PolicyExceptions;
    use crate::domain::subscription::{
        apply_renewal, complete_cancellation, evaluate, evaluate_term, request_cancellation, AutoRenewal,
        RequirementStatus::Complete, TermRecord,
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const SILVER: OfferKind = OfferKind::Competency { area: CompetencyArea::CloudPlatform, level: CompetencyLevel::Silver };

    fn expiring(offer: OfferKind, anniversary: NaiveDate, auto_renewal: AutoRenewal) -> Subscription {
        Subscription {
            offer,
            purchased_on: minus_days(anniversary, 365),
            anniversary,
            auto_renewal,
            cancellation: CancellationState::None,
            exception_id: None,
        }
    }

    fn due(sub: &Subscription, today: NaiveDate, exceptions: &PolicyExceptions) -> Vec<CycleWork> {
        work_due(sub, &evaluate(sub, today, exceptions, Complete), today)
    }

    #[test]
    fn reminders_fall_due_15_days_before_and_23_days_after_the_anniversary() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22), AutoRenewal::Off);
        let a = d(2021, 6, 22);
        assert!(due(&sub, d(2021, 6, 6), &PolicyExceptions::none()).is_empty());
        let before = [CycleWork::BeforeExpiry { anniversary: a }];
        for day in [d(2021, 6, 7), d(2021, 6, 15), d(2021, 6, 22)] {
            assert_eq!(due(&sub, day, &PolicyExceptions::none()), before, "{day}");
        }
        assert_eq!(before[0].due_on(), d(2021, 6, 7));
        assert!(due(&sub, d(2021, 7, 14), &PolicyExceptions::none()).is_empty());
        let after = CycleWork::AfterExpiry { anniversary: a, on: d(2021, 7, 15), closes_on: d(2021, 7, 22) };
        assert_eq!(due(&sub, d(2021, 7, 15), &PolicyExceptions::none()), [after]);
        assert_eq!(due(&sub, d(2021, 7, 22), &PolicyExceptions::none()), [after], "caught up to the window's last day");
    }

    #[test]
    fn with_automatic_renewal_on_the_first_notice_announces_the_charge_and_the_charges_follow() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22), AutoRenewal::On);
        let a = d(2021, 6, 22);
        assert_eq!(
            due(&sub, d(2021, 6, 7), &PolicyExceptions::none()),
            [CycleWork::UpcomingAutomaticRenewal { anniversary: a, charge_on: d(2021, 6, 23) }]
        );
        let attempts: Vec<_> = due(&sub, d(2021, 6, 29), &PolicyExceptions::none()).iter().map(|w| (w.attempt(), w.due_on())).collect();
        assert_eq!(attempts, [(Some(1), d(2021, 6, 23)), (Some(2), d(2021, 6, 25)), (Some(3), d(2021, 6, 29))]);
    }

    #[test]
    fn turned_off_after_the_notice_of_the_charge_the_reminder_before_expiry_is_due_at_once() {
        let on = expiring(OfferKind::ActionPack, d(2021, 6, 22), AutoRenewal::On);
        let off = Subscription { auto_renewal: AutoRenewal::OffLockedUntilManualRenewal, ..on.clone() };
        let notice = due(&on, d(2021, 6, 7), &PolicyExceptions::none());
        let reminder = due(&off, d(2021, 6, 12), &PolicyExceptions::none());
        assert_eq!(reminder, [CycleWork::BeforeExpiry { anniversary: d(2021, 6, 22) }]);
        assert_ne!(notice, reminder, "two pieces of work, each sent once");
        assert!(due(&off, d(2021, 6, 23), &PolicyExceptions::none()).is_empty(), "not after expiry");
    }

    #[test]
    fn no_work_after_a_renewal_moved_the_anniversary_until_the_next_year() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22), AutoRenewal::Off);
        let offer = evaluate(&sub, d(2021, 6, 30), &PolicyExceptions::none(), Complete).renew.unwrap();
        let renewed = apply_renewal(&sub, &offer, d(2021, 6, 30));
        assert!(due(&renewed, d(2021, 7, 15), &PolicyExceptions::none()).is_empty());
        assert_eq!(
            due(&renewed, d(2022, 6, 7), &PolicyExceptions::none()),
            [CycleWork::UpcomingAutomaticRenewal { anniversary: d(2022, 6, 22), charge_on: d(2022, 6, 23) }]
        );
    }

    #[test]
    fn no_work_for_a_cancelled_or_cancelling_subscription_nor_while_a_transfer_is_awaited() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22), AutoRenewal::On);
        let requested = request_cancellation(&sub, d(2021, 6, 1), &PolicyExceptions::none()).unwrap();
        assert!(due(&requested, d(2021, 6, 7), &PolicyExceptions::none()).is_empty());
        let cancelled = complete_cancellation(&requested, d(2021, 6, 3)).unwrap();
        assert!(due(&cancelled, d(2021, 6, 7), &PolicyExceptions::none()).is_empty());
        let record = TermRecord { transfer_due: Some(d(2021, 7, 30)), ..TermRecord::default() };
        let awaiting = evaluate_term(&sub, d(2021, 7, 20), &PolicyExceptions::none(), Complete, record);
        assert!(work_due(&sub, &awaiting, d(2021, 7, 20)).is_empty());
    }

    #[test]
    fn a_lapse_is_announced_from_a_plus_31_for_30_days() {
        let sub = expiring(OfferKind::ActionPack, d(2021, 6, 22), AutoRenewal::Off);
        let notice = [CycleWork::LapseNotice { anniversary: d(2021, 6, 22), lapsed_on: d(2021, 7, 23) }];
        assert_eq!(due(&sub, d(2021, 7, 23), &PolicyExceptions::none()), notice);
        assert_eq!(due(&sub, d(2021, 8, 22), &PolicyExceptions::none()), notice);
        assert!(due(&sub, d(2021, 8, 23), &PolicyExceptions::none()).is_empty(), "old news");
    }

    #[test]
    fn the_work_follows_the_extended_anniversary() {
        let exceptions = PolicyExceptions::seed_2020();
        let sub = expiring(SILVER, d(2020, 8, 15), AutoRenewal::Off);
        assert!(due(&sub, d(2020, 7, 31), &exceptions).is_empty());
        assert!(due(&sub, d(2020, 9, 7), &exceptions).is_empty());
        assert!(due(&sub, d(2020, 9, 20), &exceptions).is_empty(), "no lapse at the stored date");
        assert_eq!(due(&sub, d(2021, 7, 31), &exceptions), [CycleWork::BeforeExpiry { anniversary: d(2021, 8, 15) }]);
        assert_eq!(
            due(&sub, d(2021, 9, 7), &exceptions),
            [CycleWork::AfterExpiry { anniversary: d(2021, 8, 15), on: d(2021, 9, 7), closes_on: d(2021, 9, 14) }]
        );
    }
}
