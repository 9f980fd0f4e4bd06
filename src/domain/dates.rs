//! The date arithmetic of SPEC "Dates: the rules" (rules 1, 2, 4, 5, 6 and 7).
//!
//! `A` is the anniversary date, which is also the expiration date. Every
//! function here is total: at the very edge of chrono's calendar (year
//! ±262 143) results saturate at `NaiveDate::MIN`/`MAX` instead of panicking.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Rule 2: the renewal window lasts this many days, A + 1 through A + 30.
pub const RENEWAL_WINDOW_DAYS: u64 = 30;
/// Rule 5: renewing moves the anniversary this many days.
pub const RENEWAL_TERM_DAYS: u64 = 365;
/// Rule 6: first reminder, this many days before A.
pub const REMINDER_BEFORE_DAYS: u64 = 15;
/// Rule 6: second reminder, this many days after A when still not renewed.
pub const REMINDER_AFTER_DAYS: u64 = 23;

pub(crate) fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

pub(crate) fn minus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

/// The same calendar date in `year`; 29 February becomes 28 February in a
/// year without it. `None` only outside chrono's calendar.
pub fn same_date_in_year(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
}

/// Rule 1: a first purchase (or a reactivation) on `purchase` expires on the
/// same calendar date one year later; 29 February gives 28 February.
pub fn first_anniversary(purchase: NaiveDate) -> NaiveDate {
    purchase
        .year()
        .checked_add(1)
        .and_then(|year| same_date_in_year(purchase, year))
        .unwrap_or(NaiveDate::MAX)
}

/// Rule 2: the days on which a subscription with anniversary A can be renewed,
/// both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RenewalWindow {
    /// A + 1: the first day Renew is offered.
    pub opens_on: NaiveDate,
    /// A + 30: the last day Renew is offered.
    pub closes_on: NaiveDate,
}

impl RenewalWindow {
    pub fn contains(self, date: NaiveDate) -> bool {
        self.opens_on <= date && date <= self.closes_on
    }

    /// Number of days in the window, both ends counted.
    pub fn len_days(self) -> i64 {
        (self.closes_on - self.opens_on).num_days() + 1
    }
}

/// Rule 2: the window opens on A + 1 and closes after A + 30 (inclusive).
pub fn renewal_window(anniversary: NaiveDate) -> RenewalWindow {
    RenewalWindow {
        opens_on: plus_days(anniversary, 1),
        closes_on: plus_days(anniversary, RENEWAL_WINDOW_DAYS),
    }
}

/// Rule 5: renewing in the window sets the new A to the old A + 365 days.
pub fn renewed_anniversary(anniversary: NaiveDate) -> NaiveDate {
    plus_days(anniversary, RENEWAL_TERM_DAYS)
}

/// Rule 6: the reminder 15 days before A.
pub fn reminder_before_expiry(anniversary: NaiveDate) -> NaiveDate {
    minus_days(anniversary, REMINDER_BEFORE_DAYS)
}

/// Rule 6: the reminder 23 days after A, sent only when still not renewed.
pub fn reminder_after_expiry(anniversary: NaiveDate) -> NaiveDate {
    plus_days(anniversary, REMINDER_AFTER_DAYS)
}

/// Rule 4: the first day without benefits when not renewed, A + 31.
pub fn loses_benefits_on(anniversary: NaiveDate) -> NaiveDate {
    plus_days(anniversary, RENEWAL_WINDOW_DAYS + 1)
}

/// Rule 7: automatic renewal charges the stored card on A + 1.
pub fn automatic_charge_on(anniversary: NaiveDate) -> NaiveDate {
    plus_days(anniversary, 1)
}

/// The days after A on which automatic renewal tries to charge the card: A + 1, then
/// after a decline A + 3 and A + 7 (SPEC "Over time"). After the last, automatic
/// renewal is turned off and the reminders of a manual renewal apply.
pub const AUTOMATIC_CHARGE_DAYS: [u64; 3] = [1, 3, 7];

/// The day of automatic charge attempt `attempt` (1, 2 or 3), if there is one.
pub fn automatic_charge_attempt_on(anniversary: NaiveDate, attempt: usize) -> Option<NaiveDate> {
    AUTOMATIC_CHARGE_DAYS.get(attempt.checked_sub(1)?).map(|days| plus_days(anniversary, *days))
}

/// SPEC "Bank transfer": a transfer is due 30 days after the order date.
pub const TRANSFER_DUE_DAYS: u64 = 30;
/// The partner is warned this many days before a transfer's due date.
pub const TRANSFER_WARNING_DAYS: u64 = 7;

/// The day a bank transfer for an order placed on `ordered_on` must have arrived by.
pub fn transfer_due_on(ordered_on: NaiveDate) -> NaiveDate {
    plus_days(ordered_on, TRANSFER_DUE_DAYS)
}

/// Rule 4: a lapse notice goes out on A + 31, when the benefits are lost.
pub fn lapse_notice_on(anniversary: NaiveDate) -> NaiveDate {
    loses_benefits_on(anniversary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automatic_charges_are_tried_on_a_plus_1_3_and_7_and_then_no_more() {
        let a = NaiveDate::from_ymd_opt(2021, 6, 22).unwrap();
        let on = |attempt| automatic_charge_attempt_on(a, attempt).map(|d| d.to_string());
        assert_eq!(on(1).as_deref(), Some("2021-06-23"));
        assert_eq!(on(2).as_deref(), Some("2021-06-25"));
        assert_eq!(on(3).as_deref(), Some("2021-06-29"));
        assert_eq!(on(4), None);
        assert_eq!(on(0), None);
        assert_eq!(lapse_notice_on(a).to_string(), "2021-07-23");
        assert_eq!(transfer_due_on(a).to_string(), "2021-07-22");
    }
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_first_anniversary_is_the_same_calendar_date_next_year() {
        assert_eq!(first_anniversary(d(2018, 9, 1)), d(2019, 9, 1));
        assert_eq!(first_anniversary(d(2019, 12, 31)), d(2020, 12, 31));
    }

    #[test]
    fn a_purchase_on_29_february_expires_on_28_february() {
        assert_eq!(first_anniversary(d(2020, 2, 29)), d(2021, 2, 28));
    }

    #[test]
    fn a_purchase_on_28_february_before_a_leap_year_expires_on_28_february() {
        assert_eq!(first_anniversary(d(2019, 2, 28)), d(2020, 2, 28));
    }

    #[test]
    fn renewal_window_opens_the_day_after_the_anniversary() {
        // Seed 002: bought 1 September 2018, window begins 2 September 2019.
        let anniversary = first_anniversary(d(2018, 9, 1));
        assert_eq!(renewal_window(anniversary).opens_on, d(2019, 9, 2));
    }

    #[test]
    fn expiring_on_22_june_is_renewable_from_23_june_through_22_july() {
        // Seeds 000/001: expires 22 June, renewable from 23 June for 30 days.
        let window = renewal_window(d(2021, 6, 22));
        assert_eq!(window.opens_on, d(2021, 6, 23));
        assert_eq!(window.closes_on, d(2021, 7, 22));
        assert!(!window.contains(d(2021, 6, 22)));
        assert!(window.contains(d(2021, 6, 23)));
        assert!(window.contains(d(2021, 7, 22)));
        assert!(!window.contains(d(2021, 7, 23)));
    }

    #[test]
    fn renewing_adds_365_days_to_the_anniversary() {
        assert_eq!(renewed_anniversary(d(2021, 6, 22)), d(2022, 6, 22));
        // Across a leap day the calendar date shifts by one.
        assert_eq!(renewed_anniversary(d(2023, 6, 22)), d(2024, 6, 21));
    }

    #[test]
    fn reminders_fall_15_days_before_and_23_days_after_the_anniversary() {
        let anniversary = d(2021, 6, 22);
        assert_eq!(reminder_before_expiry(anniversary), d(2021, 6, 7));
        assert_eq!(reminder_after_expiry(anniversary), d(2021, 7, 15));
    }

    #[test]
    fn benefits_are_lost_the_day_after_the_window_closes() {
        let anniversary = d(2021, 6, 22);
        assert_eq!(loses_benefits_on(anniversary), d(2021, 7, 23));
        assert_eq!(automatic_charge_on(anniversary), d(2021, 6, 23));
    }

    #[test]
    fn arithmetic_at_the_end_of_the_calendar_saturates_instead_of_panicking() {
        assert_eq!(first_anniversary(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(renewed_anniversary(NaiveDate::MAX), NaiveDate::MAX);
        assert_eq!(reminder_before_expiry(NaiveDate::MIN), NaiveDate::MIN);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // 1990-01-01 plus up to ~110 years.
        (0u64..40_000).prop_map(|n| plus_days(d(1990, 1, 1), n))
    }

    proptest! {
        #[test]
        fn the_window_is_always_exactly_30_days(anniversary in any_date()) {
            let window = renewal_window(anniversary);
            prop_assert_eq!(window.len_days(), 30);
            prop_assert_eq!((window.opens_on - anniversary).num_days(), 1);
            prop_assert!(!window.contains(anniversary));
            prop_assert!(!window.contains(loses_benefits_on(anniversary)));
        }

        #[test]
        fn renewal_strictly_advances_the_anniversary(anniversary in any_date()) {
            let next = renewed_anniversary(anniversary);
            prop_assert!(next > anniversary);
            prop_assert!(next > renewal_window(anniversary).closes_on);
        }

        #[test]
        fn the_first_anniversary_is_one_year_later_and_never_29_february_from_a_non_leap_purchase(
            purchase in any_date()
        ) {
            let anniversary = first_anniversary(purchase);
            prop_assert_eq!(anniversary.year(), purchase.year() + 1);
            prop_assert_eq!(anniversary.month(), purchase.month());
            let days = (anniversary - purchase).num_days();
            prop_assert!((365..=366).contains(&days));
        }

        #[test]
        fn purchases_on_29_february_expire_on_28_february(year in 1992i32..2100) {
            let leap = (1992..=year).rev().find(|y| NaiveDate::from_ymd_opt(*y, 2, 29).is_some()).unwrap();
            let anniversary = first_anniversary(d(leap, 2, 29));
            prop_assert_eq!(anniversary, d(leap + 1, 2, 28));
            let window = renewal_window(anniversary);
            prop_assert_eq!(window.opens_on, d(leap + 1, 3, 1));
            prop_assert_eq!(window.len_days(), 30);
        }
    }
}
