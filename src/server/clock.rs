//! The one clock of the application. `APP_TODAY` fixes the date; tests can also move
//! time forward by hand.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, NaiveDate, Utc};

#[derive(Debug)]
enum Mode {
    /// The real clock.
    System,
    /// The real clock shifted so that it started on a fixed date (APP_TODAY); the date
    /// stays fixed, time of day still moves so sessions age normally.
    FixedDate { today: NaiveDate, offset: Duration },
    /// A hand-moved instant, for tests.
    Manual(Mutex<DateTime<Utc>>),
}

/// Cheap to clone; every clone reads the same time.
#[derive(Debug, Clone)]
pub struct Clock(Arc<Mode>);

impl Clock {
    pub fn system() -> Clock {
        Clock(Arc::new(Mode::System))
    }

    /// Today is `today` for as long as the process runs.
    pub fn fixed_date(today: NaiveDate) -> Clock {
        let now = Utc::now();
        let start = today.and_time(now.time()).and_utc();
        Clock(Arc::new(Mode::FixedDate { today, offset: start - now }))
    }

    pub fn manual(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mode::Manual(Mutex::new(at))))
    }

    /// Moves a manual clock forward; other clocks ignore it.
    pub fn advance(&self, by: Duration) {
        if let Mode::Manual(at) = &*self.0 {
            let mut at = at.lock().expect("clock lock");
            *at += by;
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &*self.0 {
            Mode::System => Utc::now(),
            Mode::FixedDate { offset, .. } => Utc::now() + *offset,
            Mode::Manual(at) => *at.lock().expect("clock lock"),
        }
    }

    pub fn today(&self) -> NaiveDate {
        match &*self.0 {
            Mode::FixedDate { today, .. } => *today,
            _ => self.now().date_naive(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_date_is_today_whatever_the_real_date() {
        let day = NaiveDate::from_ymd_opt(2021, 6, 23).unwrap();
        let clock = Clock::fixed_date(day);
        assert_eq!(clock.today(), day);
        assert_eq!(clock.now().date_naive(), day);
    }

    #[test]
    fn a_manual_clock_moves_only_when_advanced() {
        let start = NaiveDate::from_ymd_opt(2021, 6, 23).unwrap().and_hms_opt(23, 0, 0).unwrap().and_utc();
        let clock = Clock::manual(start);
        assert_eq!(clock.now(), start);
        clock.clone().advance(Duration::hours(2));
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2021, 6, 24).unwrap());
    }
}
