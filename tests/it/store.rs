//! The store against a real database: SQLite by default, PostgreSQL when
//! `DATABASE_URL=postgres://...` is set. Every test gets a database of its own.

use crate::support;

use support::{date, TestDb};

#[tokio::test]
async fn an_empty_database_is_migrated_and_seeded_with_the_demo_accounts() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let emails: Vec<(String,)> = sqlx::query_as("SELECT email FROM users ORDER BY email")
        .fetch_all(test_db.db.pool())
        .await
        .unwrap();
    let emails: Vec<String> = emails.into_iter().map(|(e,)| e).collect();
    assert_eq!(
        emails,
        [
            "anna@contoso.example",
            "li@wingtip.example",
            "lukas@fabrikam.example",
            "sam@contoso.example",
            "support@network.example",
            "tess@network.example",
            "vera@contoso.example"
        ]
    );
}

#[tokio::test]
async fn seeding_twice_changes_nothing() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let clock = membership_offers::server::clock::Clock::fixed_date(date("2026-03-16"));
    let seeded_again = membership_offers::server::seed::seed_if_empty(&test_db.db, &clock).await.unwrap();
    assert!(!seeded_again);
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM subscriptions").fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(count, 4);
}

#[tokio::test]
async fn demo_subscriptions_are_placed_relative_to_today() {
    let test_db = TestDb::seeded(date("2026-03-16")).await;
    let (anniversary,): (String,) = sqlx::query_as(
        "SELECT s.anniversary FROM subscriptions s JOIN organizations o ON o.id = s.organization_id \
         WHERE o.legal_name = 'Contoso Ltd' AND s.offer_code = 'action-pack'",
    )
    .fetch_one(test_db.db.pool())
    .await
    .unwrap();
    // In the renewal window, which closes five days from today.
    assert_eq!(anniversary, "2026-02-19");
}

#[tokio::test]
async fn twenty_concurrent_writers_all_commit_without_busy_errors() {
    let test_db = TestDb::new().await;
    sqlx::query("INSERT INTO prices (offer_code, currency, amount_minor) VALUES ('counter', 'EUR', 0)")
        .execute(test_db.db.pool())
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let db = test_db.db.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = db.begin_write().await?;
            db.lock_key(&mut tx, 1).await?;
            let (value,): (i64,) = sqlx::query_as("SELECT amount_minor FROM prices WHERE offer_code = 'counter'")
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query("UPDATE prices SET amount_minor = $1 WHERE offer_code = 'counter'")
                .bind(value + 1)
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        }));
    }
    for task in tasks {
        task.await.unwrap().expect("every writer commits");
    }
    let (value,): (i64,) = sqlx::query_as("SELECT amount_minor FROM prices WHERE offer_code = 'counter'")
        .fetch_one(test_db.db.pool())
        .await
        .unwrap();
    assert_eq!(value, 20, "no lost update");
}

#[tokio::test]
async fn the_policy_exceptions_of_the_seeds_are_rows() {
    let test_db = TestDb::new().await;
    let ids: Vec<(String,)> = sqlx::query_as("SELECT id FROM policy_exceptions ORDER BY id").fetch_all(test_db.db.pool()).await.unwrap();
    assert_eq!(ids, [("covid-2020-extension".to_string(),), ("covid-2020-reactivation".to_string(),)]);
}

#[tokio::test]
async fn the_demo_accounts_are_known_to_be_present_until_they_are_deactivated() {
    use membership_offers::server::seed::demo_accounts_present;
    let empty = TestDb::new().await;
    assert!(!demo_accounts_present(&empty.db).await.unwrap());
    let seeded = TestDb::seeded(date("2026-03-16")).await;
    assert!(demo_accounts_present(&seeded.db).await.unwrap());
    sqlx::query("UPDATE users SET active = 0").execute(seeded.db.pool()).await.unwrap();
    assert!(!demo_accounts_present(&seeded.db).await.unwrap());
}
