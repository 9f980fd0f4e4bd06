//! Password hashing with argon2id, off the async threads, and never more at once
//! than the machine can afford: each check holds about 19 MiB and a core for tens of
//! milliseconds, so unauthenticated requests must not be able to start them without
//! bound. A process-wide semaphore admits [`max_concurrent_checks`]; a sign-in that
//! cannot get a turn within [`CHECK_WAIT`] is answered "busy, retry" instead.

use std::sync::LazyLock;
use std::time::Duration;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use tokio::sync::Semaphore;

/// The shortest password a user may choose (or an admin set).
pub const MIN_LENGTH: usize = 12;
/// The longest: enough for any passphrase, and a bound on the work of hashing it.
pub const MAX_LENGTH: usize = 256;

/// How long a password check waits for a turn before the sign-in is refused as busy.
pub const CHECK_WAIT: Duration = Duration::from_secs(2);

/// Password checks (and hashes) that may run at once: twice the cores, at least 2.
pub fn max_concurrent_checks() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get() * 2).max(2)
}

static CHECKS: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(max_concurrent_checks()));

/// Every turn was taken for [`CHECK_WAIT`]: try again shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// A password as typed. Not `Debug`, not `Serialize`: it never reaches a log.
pub struct Password(String);

impl Password {
    pub fn new(text: String) -> Password {
        Password(text)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A stored argon2id hash (PHC string).
#[derive(Clone)]
pub struct PasswordHashText(pub String);

impl std::fmt::Debug for PasswordHashText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHashText(..)")
    }
}

/// Hashes on a blocking thread (argon2 takes tens of milliseconds by design), when a
/// turn is free. Only signed-in admins hash, so this waits for its turn.
pub async fn hash(password: Password) -> PasswordHashText {
    let _turn = CHECKS.acquire().await.expect("the semaphore is never closed");
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .expect("password hashing task")
}

pub fn hash_now(password: &Password) -> PasswordHashText {
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(password.expose().as_bytes(), &salt)
        .expect("argon2 with default parameters")
        .to_string();
    PasswordHashText(hash)
}

/// Checks on a blocking thread, once a turn is free (else [`Busy`] after
/// [`CHECK_WAIT`]); a malformed stored hash never matches.
pub async fn verify(password: Password, stored: PasswordHashText) -> Result<bool, Busy> {
    verify_on(&CHECKS, CHECK_WAIT, password, stored).await
}

async fn verify_on(turns: &Semaphore, wait: Duration, password: Password, stored: PasswordHashText) -> Result<bool, Busy> {
    let _turn = match tokio::time::timeout(wait, turns.acquire()).await {
        Ok(Ok(turn)) => turn,
        _ => return Err(Busy),
    };
    let matched = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored.0)
            .map(|parsed| Argon2::default().verify_password(password.expose().as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false);
    Ok(matched)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_right_password_verifies_and_a_wrong_one_does_not() {
        let stored = hash(Password::new("demo-password-1".into())).await;
        assert!(stored.0.starts_with("$argon2id$"));
        assert_eq!(verify(Password::new("demo-password-1".into()), stored.clone()).await, Ok(true));
        assert_eq!(verify(Password::new("demo-password-2".into()), stored).await, Ok(false));
    }

    #[tokio::test]
    async fn a_check_that_finds_every_turn_taken_is_refused_as_busy() {
        let stored = hash(Password::new("demo-password-1".into())).await;
        let turns = Semaphore::new(2);
        let wait = Duration::from_millis(200);
        let taken = turns.acquire_many(2).await.unwrap();
        let started = std::time::Instant::now();
        assert_eq!(verify_on(&turns, wait, Password::new("demo-password-1".into()), stored.clone()).await, Err(Busy));
        assert!(started.elapsed() >= wait);
        drop(taken);
        assert_eq!(verify_on(&turns, wait, Password::new("demo-password-1".into()), stored).await, Ok(true));
    }
}
