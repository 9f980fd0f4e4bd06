//! Policy exceptions as dated data (SPEC rule 8).
//!
//! An exception is a value: which offers it covers, and a rule with dates.
//! One mechanism ([`PolicyExceptions::extension_for`] and
//! [`PolicyExceptions::reactivation_for`], used by
//! [`crate::domain::subscription`]) applies them; a new exception is a new
//! value in the table (a file or database rows deserialized into
//! [`PolicyExceptions`]), never a code change. When several exceptions of the
//! same kind match, the first in table order wins.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::same_date_in_year;
use crate::domain::offer::OfferKind;

/// Which offers an exception covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExceptionScope {
    Competencies,
    ActionPack,
    All,
}

impl ExceptionScope {
    pub fn covers(self, offer: OfferKind) -> bool {
        match self {
            ExceptionScope::Competencies => offer.is_competency(),
            ExceptionScope::ActionPack => offer == OfferKind::ActionPack,
            ExceptionScope::All => true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExceptionRule {
    /// A subscription whose anniversary falls in `anniversary_from..=anniversary_to`
    /// gets the same calendar date in `extend_to_year` as its anniversary
    /// (29 February becomes 28 February). Benefits continue, the window and
    /// reminders follow the new date. With `requirements_exempt`, the renewal
    /// at the extended anniversary does not need the requirements met.
    Extension {
        anniversary_from: NaiveDate,
        anniversary_to: NaiveDate,
        extend_to_year: i32,
        requirements_exempt: bool,
    },
    /// A lapsed subscription (renewal window missed) can be reactivated by
    /// paying the fee on any day in `available_from..=available_until`. A
    /// reactivation starts a new term from the payment date (rule 1).
    Reactivation {
        available_from: NaiveDate,
        available_until: NaiveDate,
        requirements_exempt: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PolicyException {
    /// Stable id recorded on every order and subscription it affects.
    pub id: String,
    pub applies_to: ExceptionScope,
    pub rule: ExceptionRule,
}

/// An extension that applies to one subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AppliedExtension {
    pub exception_id: String,
    /// The anniversary after the extension.
    pub anniversary: NaiveDate,
    pub requirements_exempt: bool,
}

/// A reactivation that is available for one subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AvailableReactivation {
    pub exception_id: String,
    pub available_until: NaiveDate,
    pub requirements_exempt: bool,
}

/// The table of exceptions in force.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PolicyExceptions(pub Vec<PolicyException>);

/// Id of the 2020 competency extension.
pub const COVID_2020_EXTENSION: &str = "covid-2020-extension";
/// Id of the 2020 reactivation of lapsed competencies.
pub const COVID_2020_REACTIVATION: &str = "covid-2020-reactivation";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl PolicyExceptions {
    pub fn none() -> Self {
        PolicyExceptions(Vec::new())
    }

    /// The exception of seed 002 ("Responding to COVID-19"), as two values:
    /// - a competency whose anniversary is 2020-07-01..=2020-12-31 is extended
    ///   to the same date in 2021, and its renewal then is exempt from the
    ///   requirements ("an exemption from meeting the requirements until your
    ///   next renewal date");
    /// - a competency whose window was already missed can be reactivated by
    ///   paying the fee until 2020-12-31. The seed gives no start; the page's
    ///   own date, 2020-06-05, is used. Reactivation is exempt from the
    ///   requirements ("regain access ... by paying your fee").
    pub fn seed_2020() -> Self {
        PolicyExceptions(vec![
            PolicyException {
                id: COVID_2020_EXTENSION.to_owned(),
                applies_to: ExceptionScope::Competencies,
                rule: ExceptionRule::Extension {
                    anniversary_from: date(2020, 7, 1),
                    anniversary_to: date(2020, 12, 31),
                    extend_to_year: 2021,
                    requirements_exempt: true,
                },
            },
            PolicyException {
                id: COVID_2020_REACTIVATION.to_owned(),
                applies_to: ExceptionScope::Competencies,
                rule: ExceptionRule::Reactivation {
                    available_from: date(2020, 6, 5),
                    available_until: date(2020, 12, 31),
                    requirements_exempt: true,
                },
            },
        ])
    }

    pub fn iter(&self) -> impl Iterator<Item = &PolicyException> {
        self.0.iter()
    }

    pub fn get(&self, id: &str) -> Option<&PolicyException> {
        self.0.iter().find(|exception| exception.id == id)
    }

    /// The first extension covering `offer` whose range holds `anniversary`.
    /// An extension never moves an anniversary backwards.
    pub fn extension_for(
        &self,
        offer: OfferKind,
        anniversary: NaiveDate,
    ) -> Option<AppliedExtension> {
        self.0
            .iter()
            .filter(|e| e.applies_to.covers(offer))
            .find_map(|exception| {
                let ExceptionRule::Extension {
                    anniversary_from,
                    anniversary_to,
                    extend_to_year,
                    requirements_exempt,
                } = exception.rule
                else {
                    return None;
                };
                if anniversary < anniversary_from || anniversary > anniversary_to {
                    return None;
                }
                let extended = same_date_in_year(anniversary, extend_to_year)?;
                (extended > anniversary).then(|| AppliedExtension {
                    exception_id: exception.id.clone(),
                    anniversary: extended,
                    requirements_exempt,
                })
            })
    }

    /// The first reactivation covering `offer` available on `today`.
    pub fn reactivation_for(
        &self,
        offer: OfferKind,
        today: NaiveDate,
    ) -> Option<AvailableReactivation> {
        self.0
            .iter()
            .filter(|e| e.applies_to.covers(offer))
            .find_map(|exception| {
                let ExceptionRule::Reactivation {
                    available_from,
                    available_until,
                    requirements_exempt,
                } = exception.rule
                else {
                    return None;
                };
                (available_from <= today && today <= available_until).then(|| {
                    AvailableReactivation {
                        exception_id: exception.id.clone(),
                        available_until,
                        requirements_exempt,
                    }
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::{CompetencyArea, CompetencyLevel};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const GOLD: OfferKind = OfferKind::Competency {
        area: CompetencyArea::DataAnalytics,
        level: CompetencyLevel::Gold,
    };

    #[test]
    fn the_2020_extension_covers_competency_anniversaries_from_1_july_through_31_december() {
        let exceptions = PolicyExceptions::seed_2020();
        let table = [
            (d(2020, 6, 30), None),
            (d(2020, 7, 1), Some(d(2021, 7, 1))),
            (d(2020, 9, 15), Some(d(2021, 9, 15))),
            (d(2020, 12, 31), Some(d(2021, 12, 31))),
            (d(2021, 1, 1), None),
        ];
        for (anniversary, extended) in table {
            let applied = exceptions.extension_for(GOLD, anniversary);
            assert_eq!(
                applied.as_ref().map(|a| a.anniversary),
                extended,
                "{anniversary}"
            );
            if let Some(applied) = applied {
                assert_eq!(applied.exception_id, COVID_2020_EXTENSION);
                assert!(applied.requirements_exempt);
            }
        }
    }

    #[test]
    fn the_2020_extension_does_not_cover_the_action_pack() {
        let exceptions = PolicyExceptions::seed_2020();
        assert_eq!(
            exceptions.extension_for(OfferKind::ActionPack, d(2020, 8, 1)),
            None
        );
        assert_eq!(
            exceptions.reactivation_for(OfferKind::ActionPack, d(2020, 8, 1)),
            None
        );
    }

    #[test]
    fn reactivation_is_available_until_31_december_2020() {
        let exceptions = PolicyExceptions::seed_2020();
        assert!(exceptions.reactivation_for(GOLD, d(2020, 12, 31)).is_some());
        assert!(exceptions.reactivation_for(GOLD, d(2021, 1, 1)).is_none());
        assert!(exceptions.reactivation_for(GOLD, d(2020, 6, 4)).is_none());
    }

    #[test]
    fn a_new_exception_is_a_new_value_not_new_code() {
        let mut exceptions = PolicyExceptions::seed_2020();
        exceptions.0.push(PolicyException {
            id: "flood-2031".to_owned(),
            applies_to: ExceptionScope::All,
            rule: ExceptionRule::Extension {
                anniversary_from: d(2031, 3, 1),
                anniversary_to: d(2031, 3, 31),
                extend_to_year: 2032,
                requirements_exempt: false,
            },
        });
        let applied = exceptions
            .extension_for(OfferKind::ActionPack, d(2031, 3, 10))
            .unwrap();
        assert_eq!(applied.exception_id, "flood-2031");
        assert_eq!(applied.anniversary, d(2032, 3, 10));
        assert!(exceptions.get("flood-2031").is_some());
    }

    #[test]
    fn an_extension_never_moves_an_anniversary_backwards() {
        let exceptions = PolicyExceptions(vec![PolicyException {
            id: "bad-data".to_owned(),
            applies_to: ExceptionScope::All,
            rule: ExceptionRule::Extension {
                anniversary_from: d(2020, 1, 1),
                anniversary_to: d(2020, 12, 31),
                extend_to_year: 2019,
                requirements_exempt: true,
            },
        }]);
        assert_eq!(
            exceptions.extension_for(OfferKind::ActionPack, d(2020, 5, 5)),
            None
        );
    }

    #[test]
    fn an_extended_29_february_becomes_28_february() {
        let exceptions = PolicyExceptions(vec![PolicyException {
            id: "leap".to_owned(),
            applies_to: ExceptionScope::All,
            rule: ExceptionRule::Extension {
                anniversary_from: d(2024, 2, 1),
                anniversary_to: d(2024, 2, 29),
                extend_to_year: 2025,
                requirements_exempt: false,
            },
        }]);
        let applied = exceptions
            .extension_for(OfferKind::ActionPack, d(2024, 2, 29))
            .unwrap();
        assert_eq!(applied.anniversary, d(2025, 2, 28));
    }
}
