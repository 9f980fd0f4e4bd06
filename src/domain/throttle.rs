//! The sign-in throttling policy (docs/security.md "Throttling"), as a pure decision
//! over counts of earlier failures. Built against OWASP ASVS 5.0 V6.3 and NIST SP
//! 800-63B 5.2.2 (at most 100 failed attempts per account in 30 days):
//!
//! - per (account, client address): [`PAIR_LIMIT`] failures in [`SHORT_WINDOW_MINUTES`],
//!   then wait out the window. This is what a guesser at one address meets;
//! - per client address, any account: [`CLIENT_LIMIT`] in the short window (one
//!   address trying many accounts);
//! - per account, from addresses it has never signed in from: after
//!   [`ACCOUNT_FREE`] failures in the short window, each further attempt waits a
//!   delay that doubles from [`FIRST_DELAY_SECONDS`] up to the window; after
//!   [`ACCOUNT_LONG_LIMIT`] in [`LONG_WINDOW_DAYS`], unknown addresses wait until
//!   failures age out. The owner, at an address they signed in from before, is held
//!   only by the per-pair limit: an attacker elsewhere cannot lock them out.

use serde::{Deserialize, Serialize};

pub const SHORT_WINDOW_MINUTES: i64 = 15;
pub const LONG_WINDOW_DAYS: i64 = 30;
pub const PAIR_LIMIT: i64 = 5;
pub const CLIENT_LIMIT: i64 = 50;
pub const ACCOUNT_FREE: i64 = 10;
pub const ACCOUNT_LONG_LIMIT: i64 = 100;
pub const FIRST_DELAY_SECONDS: i64 = 30;

/// The failures that decide whether an attempt may go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FailureCounts {
    /// Of this account from this client, within the short window.
    pub pair: i64,
    /// Of this account from anywhere, within the short window.
    pub account_recent: i64,
    /// Of this account from anywhere, within the long window.
    pub account_long: i64,
    /// From this client, any account, within the short window.
    pub client: i64,
    /// Whether the account has signed in from this client within the long window.
    pub known_client: bool,
}

/// Whether an attempt may check the password now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Go,
    /// Try again after this many seconds.
    Wait { seconds: i64 },
}

/// The delay the account's `n`-th recent failure imposes on unknown addresses.
pub fn account_delay_seconds(recent_failures: i64) -> i64 {
    let over = (recent_failures - ACCOUNT_FREE).clamp(0, 20);
    if recent_failures < ACCOUNT_FREE {
        return 0;
    }
    (FIRST_DELAY_SECONDS << over).min(SHORT_WINDOW_MINUTES * 60)
}

/// Decides from the counts and the seconds since the account's last failure.
pub fn decide(counts: FailureCounts, seconds_since_last_failure: Option<i64>) -> Decision {
    let window = SHORT_WINDOW_MINUTES * 60;
    if counts.pair >= PAIR_LIMIT || counts.client >= CLIENT_LIMIT {
        return Decision::Wait { seconds: window };
    }
    if counts.known_client {
        return Decision::Go;
    }
    if counts.account_long >= ACCOUNT_LONG_LIMIT {
        return Decision::Wait { seconds: window };
    }
    let delay = account_delay_seconds(counts.account_recent);
    match seconds_since_last_failure {
        Some(since) if delay > since => Decision::Wait { seconds: delay - since },
        _ => Decision::Go,
    }
}

/// Whole minutes to tell the person, rounded up, at least 1.
pub fn minutes_to_wait(seconds: i64) -> i64 {
    ((seconds + 59) / 60).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pair: i64, account_recent: i64, account_long: i64, known_client: bool) -> FailureCounts {
        FailureCounts { pair, account_recent, account_long, client: pair, known_client }
    }

    #[test]
    fn one_address_gets_five_guesses_per_window() {
        assert_eq!(decide(counts(4, 4, 4, false), Some(1)), Decision::Go);
        assert_eq!(decide(counts(5, 5, 5, false), Some(1)), Decision::Wait { seconds: 900 });
        assert_eq!(decide(counts(5, 5, 5, true), Some(1)), Decision::Wait { seconds: 900 });
    }

    #[test]
    fn guesses_from_many_addresses_slow_down_but_never_lock_out_the_owner() {
        // 30 failures from elsewhere in the window: unknown addresses wait ...
        assert!(matches!(decide(counts(0, 30, 30, false), Some(5)), Decision::Wait { .. }));
        // ... the owner, at an address they signed in from before, does not.
        assert_eq!(decide(counts(0, 30, 30, true), Some(5)), Decision::Go);
        assert_eq!(decide(counts(0, 500, 500, true), Some(5)), Decision::Go);
        // The 30-day cap of NIST 800-63B holds for unknown addresses.
        assert!(matches!(decide(counts(0, 0, 100, false), Some(86_400)), Decision::Wait { .. }));
    }

    #[test]
    fn the_delay_doubles_up_to_the_window() {
        assert_eq!(account_delay_seconds(9), 0);
        assert_eq!(account_delay_seconds(10), 30);
        assert_eq!(account_delay_seconds(11), 60);
        assert_eq!(account_delay_seconds(12), 120);
        assert_eq!(account_delay_seconds(40), 900);
        assert_eq!(decide(counts(0, 11, 11, false), Some(59)), Decision::Wait { seconds: 1 });
        assert_eq!(decide(counts(0, 11, 11, false), Some(60)), Decision::Go);
        assert_eq!(minutes_to_wait(1), 1);
        assert_eq!(minutes_to_wait(900), 15);
    }
}
