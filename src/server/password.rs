//! Password hashing with argon2id, off the async threads.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

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

/// Hashes on a blocking thread (argon2 takes tens of milliseconds by design).
pub async fn hash(password: Password) -> PasswordHashText {
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

/// Checks on a blocking thread; a malformed stored hash never matches.
pub async fn verify(password: Password, stored: PasswordHashText) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored.0)
            .map(|parsed| Argon2::default().verify_password(password.expose().as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_right_password_verifies_and_a_wrong_one_does_not() {
        let stored = hash(Password::new("demo-password-1".into())).await;
        assert!(stored.0.starts_with("$argon2id$"));
        assert!(verify(Password::new("demo-password-1".into()), stored.clone()).await);
        assert!(!verify(Password::new("demo-password-2".into()), stored).await);
    }
}
