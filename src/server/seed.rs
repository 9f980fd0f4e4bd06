//! Demo data for an empty database (SPEC "Test contract"), placed relative to today so
//! that every state of a subscription is visible.

use chrono::{Days, NaiveDate};
use sqlx::{Any, Transaction};

use super::clock::Clock;
use super::db::Db;
use super::password::{hash_now, Password, PasswordHashText};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "demo-password-1";

#[derive(Clone, Copy)]
struct DemoOrg {
    partner_id: &'static str,
    legal_name: &'static str,
    country: &'static str,
    address_line1: &'static str,
    postal_code: &'static str,
    city: &'static str,
    vat_id: &'static str,
    lang: &'static str,
}

const CONTOSO: DemoOrg = DemoOrg {
    partner_id: "4410001",
    legal_name: "Contoso Ltd",
    country: "NL",
    address_line1: "Keizersgracht 123",
    postal_code: "1015 CJ",
    city: "Amsterdam",
    vat_id: "NL123456789B01",
    lang: "nl",
};
const FABRIKAM: DemoOrg = DemoOrg {
    partner_id: "4410002",
    legal_name: "Fabrikam GmbH",
    country: "DE",
    address_line1: "Friedrichstraße 10",
    postal_code: "10117",
    city: "Berlin",
    vat_id: "DE123456789",
    lang: "de",
};
const WINGTIP: DemoOrg = DemoOrg {
    partner_id: "4410003",
    legal_name: "Wingtip Toys",
    country: "CN",
    address_line1: "88 Century Avenue",
    postal_code: "200120",
    city: "Shanghai",
    vat_id: "",
    lang: "zh",
};

/// (e-mail, display name, organization partner id or none for staff, roles)
const DEMO_USERS: &[(&str, &str, Option<&str>, &[&str])] = &[
    ("anna@contoso.example", "Anna de Vries", Some("4410001"), &["global-admin"]),
    ("sam@contoso.example", "Sam Jansen", Some("4410001"), &["sales-agent"]),
    ("vera@contoso.example", "Vera Bakker", Some("4410001"), &[]),
    ("lukas@fabrikam.example", "Lukas Becker", Some("4410002"), &["global-admin"]),
    ("li@wingtip.example", "Li Wei", Some("4410003"), &["global-admin"]),
    ("support@network.example", "Network Support", None, &["support-agent"]),
];

/// Yearly prices in minor units per offer and currency.
const PRICES: &[(&str, &str, i64)] = &[
    ("action-pack", "EUR", 47_500),
    ("action-pack", "USD", 51_500),
    ("action-pack", "CNY", 370_000),
    ("competency-silver", "EUR", 170_000),
    ("competency-silver", "USD", 184_000),
    ("competency-silver", "CNY", 1_320_000),
    ("competency-gold", "EUR", 520_000),
    ("competency-gold", "USD", 560_000),
    ("competency-gold", "CNY", 4_040_000),
];

/// Seeds the demo data when the database has no organization yet. Idempotent.
pub async fn seed_if_empty(db: &Db, clock: &Clock) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organizations").fetch_one(&mut *tx).await?;
    if count > 0 {
        return Ok(false);
    }
    let today = clock.today();
    let now = clock.now().to_rfc3339();
    let password_hash = {
        let password = Password::new(DEMO_PASSWORD.to_string());
        tokio::task::spawn_blocking(move || hash_now(&password)).await.expect("hashing task")
    };
    for org in [&CONTOSO, &FABRIKAM, &WINGTIP] {
        insert_org(&mut tx, org, today, &now).await?;
    }
    for (email, name, partner_id, roles) in DEMO_USERS {
        insert_user(&mut tx, email, name, *partner_id, roles, &password_hash, &now).await?;
    }
    for (offer, currency, amount) in PRICES {
        sqlx::query("INSERT INTO prices (offer_code, currency, amount_minor) VALUES ($1, $2, $3)")
            .bind(*offer)
            .bind(*currency)
            .bind(*amount)
            .execute(&mut *tx)
            .await?;
    }
    let contoso = org_id(&mut tx, CONTOSO.partner_id).await?;
    let fabrikam = org_id(&mut tx, FABRIKAM.partner_id).await?;
    let wingtip = org_id(&mut tx, WINGTIP.partner_id).await?;
    for (org, area, status) in [
        (contoso, "cloud-platform", "complete"),
        (contoso, "data-analytics", "incomplete"),
        (contoso, "security", "incomplete"),
        (fabrikam, "security", "complete"),
        (wingtip, "application-development", "complete"),
    ] {
        sqlx::query("INSERT INTO competency_status (organization_id, area, status) VALUES ($1, $2, $3)")
            .bind(org)
            .bind(area)
            .bind(status)
            .execute(&mut *tx)
            .await?;
    }
    // Contoso's Action Pack: in its renewal window, which closes in five days.
    insert_subscription(&mut tx, contoso, "action-pack", days_before(today, 25), "off").await?;
    // Contoso's Silver competency: not yet renewable.
    insert_subscription(&mut tx, contoso, "competency-cloud-platform-silver", days_after(today, 100), "on").await?;
    // Contoso's Gold competency: lapsed (its window closed a month ago).
    insert_subscription(&mut tx, contoso, "competency-data-analytics-gold", days_before(today, 60), "off").await?;
    // Fabrikam's Action Pack: automatic renewal turned off.
    insert_subscription(&mut tx, fabrikam, "action-pack", days_after(today, 40), "off-locked").await?;
    tx.commit().await?;
    Ok(true)
}

/// The scenarios of the end-to-end tests that change data; each gets organizations of
/// its own per language and per browser project, so tests can run in parallel.
pub const LAB_SCENARIOS: [&str; 8] = ["renew-card", "renew-transfer", "turn-off", "buy", "declined", "double", "cancel", "invoice"];
/// The browser projects of the end-to-end tests.
pub const LAB_PROJECTS: [&str; 2] = ["js", "nojs"];

/// Seeds the end-to-end test organizations (`SEED_E2E_LABS=1` only): for every
/// scenario, language and project, a copy of Contoso (a copy of Wingtip for `buy`)
/// with one Global admin `<scenario>.<lang>.<project>@lab.example`.
pub async fn seed_labs(db: &Db, clock: &Clock) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email LIKE '%@lab.example'").fetch_one(&mut *tx).await?;
    if count > 0 {
        return Ok(());
    }
    let today = clock.today();
    let now = clock.now().to_rfc3339();
    let password_hash = {
        let password = Password::new(DEMO_PASSWORD.to_string());
        tokio::task::spawn_blocking(move || hash_now(&password)).await.expect("hashing task")
    };
    let mut number = 0;
    for scenario in LAB_SCENARIOS {
        for lang in ["en", "nl", "de", "fr", "zh"] {
            for project in LAB_PROJECTS {
                number += 1;
                let partner_id = format!("lab-{number:04}");
                let email = format!("{scenario}.{lang}.{project}@lab.example");
                let template = if scenario == "buy" { &WINGTIP } else { &CONTOSO };
                let legal_name = format!("{} ({scenario} {lang} {project})", template.legal_name);
                let org = DemoOrg { partner_id: "", legal_name: "", ..*template };
                insert_org_named(&mut tx, &org, &partner_id, &legal_name, today, &now).await?;
                insert_user(&mut tx, &email, "Lab Admin", Some(&partner_id), &["global-admin"], &password_hash, &now).await?;
                let id = org_id(&mut tx, &partner_id).await?;
                if scenario == "buy" {
                    continue;
                }
                sqlx::query("INSERT INTO competency_status (organization_id, area, status) VALUES ($1, 'cloud-platform', 'complete')")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                insert_subscription(&mut tx, id, "action-pack", days_before(today, 25), "off").await?;
                insert_subscription(&mut tx, id, "competency-cloud-platform-silver", days_after(today, 100), "on").await?;
            }
        }
    }
    tx.commit().await
}

fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).expect("date in range")
}

fn days_after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).expect("date in range")
}

async fn insert_org(tx: &mut Transaction<'static, Any>, org: &DemoOrg, today: NaiveDate, now: &str) -> Result<(), sqlx::Error> {
    insert_org_named(tx, org, org.partner_id, org.legal_name, today, now).await
}

async fn insert_org_named(
    tx: &mut Transaction<'static, Any>,
    org: &DemoOrg,
    partner_id: &str,
    legal_name: &str,
    today: NaiveDate,
    now: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO organizations (partner_id, legal_name, country, address_line1, postal_code, city, vat_id, preferred_lang, membership, enrolled_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'member', $9, $10)",
    )
    .bind(partner_id)
    .bind(legal_name)
    .bind(org.country)
    .bind(org.address_line1)
    .bind(org.postal_code)
    .bind(org.city)
    .bind(org.vat_id)
    .bind(org.lang)
    .bind(days_before(today, 800).to_string())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn org_id(tx: &mut Transaction<'static, Any>, partner_id: &str) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM organizations WHERE partner_id = $1")
        .bind(partner_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(id)
}

async fn insert_user(
    tx: &mut Transaction<'static, Any>,
    email: &str,
    name: &str,
    partner_id: Option<&str>,
    roles: &[&str],
    password_hash: &PasswordHashText,
    now: &str,
) -> Result<(), sqlx::Error> {
    let org = match partner_id {
        Some(partner_id) => Some(org_id(tx, partner_id).await?),
        None => None,
    };
    let (user_id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (organization_id, email, display_name, password_hash, active, created_at) \
         VALUES ($1, $2, $3, $4, 1, $5) RETURNING id",
    )
    .bind(org)
    .bind(email)
    .bind(name)
    .bind(&password_hash.0)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    for role in roles {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
            .bind(user_id)
            .bind(*role)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn insert_subscription(
    tx: &mut Transaction<'static, Any>,
    org: i64,
    offer: &str,
    anniversary: NaiveDate,
    auto_renewal: &str,
) -> Result<(), sqlx::Error> {
    let purchased = anniversary.checked_sub_months(chrono::Months::new(12)).expect("date in range");
    sqlx::query(
        "INSERT INTO subscriptions (organization_id, offer_code, purchased_on, anniversary, auto_renewal) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(org)
    .bind(offer)
    .bind(purchased.to_string())
    .bind(anniversary.to_string())
    .bind(auto_renewal)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
