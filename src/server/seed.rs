//! Demo data for an empty database (SPEC "Test contract"), placed relative to today so
//! that every state of a subscription is visible.

use chrono::{Datelike, Days, NaiveDate};
use sqlx::AnyConnection;

use super::clock::Clock;
use super::store::db::Db;
use super::password::{hash_now, Password, PasswordHashText};
use super::store::organizations::{self, Membership, NewOrganization};
use crate::domain::validation::VatIdState;
use super::store::{catalog, subscriptions, users};
use crate::domain::country::Country;
use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
use crate::domain::policy::{ExceptionRule, ExceptionScope, PolicyException};
use crate::domain::roles::Role;
use crate::domain::subscription::{AutoRenewal, CancellationState, RequirementStatus, Subscription};
use crate::domain::support::{requirement_items_text, RequirementItem};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "demo-password-1";

#[derive(Clone, Copy)]
struct DemoOrg {
    partner_id: &'static str,
    legal_name: &'static str,
    country: Country,
    address_line1: &'static str,
    postal_code: &'static str,
    city: &'static str,
    vat_id: &'static str,
    lang: &'static str,
}

const CONTOSO: DemoOrg = DemoOrg {
    partner_id: "4410001",
    legal_name: "Contoso Ltd",
    country: Country::NL,
    address_line1: "Keizersgracht 123",
    postal_code: "1015 CJ",
    city: "Amsterdam",
    vat_id: "NL123456782B01",
    lang: "nl",
};
const FABRIKAM: DemoOrg = DemoOrg {
    partner_id: "4410002",
    legal_name: "Fabrikam GmbH",
    country: Country::DE,
    address_line1: "Friedrichstraße 10",
    postal_code: "10117",
    city: "Berlin",
    vat_id: "DE123456788",
    lang: "de",
};
const WINGTIP: DemoOrg = DemoOrg {
    partner_id: "4410003",
    legal_name: "Wingtip Toys",
    country: Country::CN,
    address_line1: "88 Century Avenue",
    postal_code: "200120",
    city: "Shanghai",
    vat_id: "",
    lang: "zh",
};

/// (e-mail, display name, organization partner id or none for staff, roles)
const DEMO_USERS: &[(&str, &str, Option<&str>, &[Role])] = &[
    ("anna@contoso.example", "Anna de Vries", Some("4410001"), &[Role::GlobalAdmin]),
    ("sam@contoso.example", "Sam Jansen", Some("4410001"), &[Role::SalesAgent]),
    ("vera@contoso.example", "Vera Bakker", Some("4410001"), &[]),
    ("lukas@fabrikam.example", "Lukas Becker", Some("4410002"), &[Role::GlobalAdmin]),
    ("li@wingtip.example", "Li Wei", Some("4410003"), &[Role::GlobalAdmin]),
    ("support@network.example", "Network Support", None, &[Role::SupportAgent]),
    ("tess@network.example", "Tess Vertaal", None, &[Role::Translator]),
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
/// Whether any demo account (which signs in with the published demo password) is
/// present and active.
pub async fn demo_accounts_present(db: &Db) -> Result<bool, sqlx::Error> {
    for (email, ..) in DEMO_USERS {
        if users::credentials(db.pool(), email).await?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

pub async fn seed_if_empty(db: &Db, clock: &Clock) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if organizations::any(&mut *tx).await? {
        return Ok(false);
    }
    let today = clock.today();
    let now = clock.now().to_rfc3339();
    let password_hash = demo_password_hash().await;
    let mut ids = Vec::new();
    for org in [&CONTOSO, &FABRIKAM, &WINGTIP] {
        ids.push((org.partner_id, insert_org(&mut tx, org, org.partner_id, org.legal_name, Membership::Member, today, &now).await?));
    }
    let id_of = |partner_id: &str| ids.iter().find(|(p, _)| *p == partner_id).map(|(_, id)| *id);
    for (email, name, partner_id, roles) in DEMO_USERS {
        insert_user(&mut tx, email, name, partner_id.and_then(id_of), roles, &password_hash, &now).await?;
    }
    for (offer, currency, amount) in PRICES {
        catalog::insert_price(&mut *tx, offer, currency, *amount).await?;
    }
    let (contoso, fabrikam, wingtip) = (ids[0].1, ids[1].1, ids[2].1);
    for (org, area, status) in [
        (contoso, CompetencyArea::CloudPlatform, RequirementStatus::Complete),
        (contoso, CompetencyArea::DataAnalytics, RequirementStatus::Incomplete),
        (contoso, CompetencyArea::Security, RequirementStatus::Incomplete),
        (fabrikam, CompetencyArea::Security, RequirementStatus::Complete),
        (wingtip, CompetencyArea::ApplicationDevelopment, RequirementStatus::Complete),
    ] {
        catalog::insert_competency_status(&mut *tx, org, area, status).await?;
    }
    let silver_cloud = OfferKind::Competency { area: CompetencyArea::CloudPlatform, level: CompetencyLevel::Silver };
    let gold_data = OfferKind::Competency { area: CompetencyArea::DataAnalytics, level: CompetencyLevel::Gold };
    // Contoso's Action Pack: in its renewal window, which closes in five days.
    insert_subscription(&mut tx, contoso, OfferKind::ActionPack, days_before(today, 25), AutoRenewal::Off).await?;
    // Contoso's Silver competency: not yet renewable.
    insert_subscription(&mut tx, contoso, silver_cloud, days_after(today, 100), AutoRenewal::On).await?;
    // Contoso's Gold competency: lapsed (its window closed a month ago).
    insert_subscription(&mut tx, contoso, gold_data, days_before(today, 60), AutoRenewal::Off).await?;
    // Fabrikam's Action Pack: automatic renewal turned off.
    insert_subscription(&mut tx, fabrikam, OfferKind::ActionPack, days_after(today, 40), AutoRenewal::OffLockedUntilManualRenewal).await?;
    tx.commit().await?;
    Ok(true)
}

/// The scenarios of the end-to-end tests that change data; each gets organizations of
/// its own per language and per browser project, so tests can run in parallel.
pub const LAB_SCENARIOS: [&str; 20] = [
    "renew-card",
    "renew-transfer",
    "turn-off",
    "buy",
    "declined",
    "double",
    "cancel",
    "invoice",
    "notify",
    "auto-on",
    "support-cancel",
    "transfer-paid",
    "transfer-unpaid",
    "exempt",
    "axe",
    "account",
    "vat",
    "keyboard",
    "keyboard-manage",
    // Not a member of the network yet (no subscriptions): the enrollment form.
    "enroll",
];
/// The browser projects of the end-to-end tests.
pub const LAB_PROJECTS: [&str; 3] = ["js", "nojs", "phone"];
/// The scenarios of the `phone` project, which runs only pages.spec.ts: its labs are
/// seeded for these alone (every lab is a row on the staff console's pages).
const PHONE_SCENARIOS: [&str; 2] = ["axe", "enroll"];

/// How far after today the anniversary of the `exempt` labs' Gold Security competency
/// lies: a date no other seeded subscription has (the demo and lab subscriptions sit at
/// today - 60, - 25, + 40 and + 100 days; purchases in the tests at today + 1 year).
const EXEMPT_ANNIVERSARY_DAYS: u64 = 200;

/// Seeds the end-to-end test organizations (`SEED_E2E_LABS=1` only): for every
/// scenario, language and project, a copy of Contoso (a copy of Wingtip for `buy`)
/// with one Global admin `<scenario>.<lang>.<project>@lab.example`. The `exempt` labs
/// also work on Security (requirements incomplete) and hold its Gold competency, which a
/// policy exception of their own extends with the requirements exempt.
pub async fn seed_labs(db: &Db, clock: &Clock) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let first = format!("{}.en.{}@lab.example", LAB_SCENARIOS[0], LAB_PROJECTS[0]);
    if users::id_by_email(&mut *tx, &first).await?.is_some() {
        return Ok(());
    }
    let today = clock.today();
    let now = clock.now().to_rfc3339();
    let password_hash = demo_password_hash().await;
    let silver_cloud = OfferKind::Competency { area: CompetencyArea::CloudPlatform, level: CompetencyLevel::Silver };
    let gold_security = OfferKind::Competency { area: CompetencyArea::Security, level: CompetencyLevel::Gold };
    // The Competencies page shows the exemption notice only when a policy exception
    // (dated data, rule 8) exempts the term from the requirements, and the one of the
    // seeds lies in 2020. So the labs get an extension of their own, covering exactly
    // one anniversary that only the `exempt` labs' Gold Security competency has: no
    // other subscription (demo, lab, or bought in a test) is extended by it.
    let exempt_anniversary = days_after(today, EXEMPT_ANNIVERSARY_DAYS);
    let extension = PolicyException {
        id: format!("lab-{}-extension", exempt_anniversary.year()),
        applies_to: ExceptionScope::Competencies,
        rule: ExceptionRule::Extension {
            anniversary_from: exempt_anniversary,
            anniversary_to: exempt_anniversary,
            extend_to_year: exempt_anniversary.year() + 1,
            requirements_exempt: true,
        },
    };
    catalog::insert_policy_exception(&mut *tx, &extension).await?;
    let mut number = 0;
    for scenario in LAB_SCENARIOS {
        for lang in ["en", "nl", "de", "fr", "zh"] {
            for project in LAB_PROJECTS {
                if project == "phone" && !PHONE_SCENARIOS.contains(&scenario) {
                    continue;
                }
                number += 1;
                let partner_id = format!("lab-{number:04}");
                let email = format!("{scenario}.{lang}.{project}@lab.example");
                let template = if scenario == "buy" { &WINGTIP } else { &CONTOSO };
                let legal_name = format!("{} ({scenario} {lang} {project})", template.legal_name);
                let membership = if scenario == "enroll" { Membership::None } else { Membership::Member };
                let id = insert_org(&mut tx, template, &partner_id, &legal_name, membership, today, &now).await?;
                insert_user(&mut tx, &email, "Lab Admin", Some(id), &[Role::GlobalAdmin], &password_hash, &now).await?;
                if scenario == "buy" || scenario == "enroll" {
                    continue;
                }
                catalog::insert_competency_status(&mut *tx, id, CompetencyArea::CloudPlatform, RequirementStatus::Complete).await?;
                insert_subscription(&mut tx, id, OfferKind::ActionPack, days_before(today, 25), AutoRenewal::Off).await?;
                insert_subscription(&mut tx, id, silver_cloud, days_after(today, 100), AutoRenewal::On).await?;
                if scenario == "exempt" {
                    let missing = requirement_items_text(&[RequirementItem::CertifiedIndividuals, RequirementItem::TechnicalAssessment]);
                    catalog::set_competency_status(&mut *tx, id, CompetencyArea::Security, RequirementStatus::Incomplete, &missing).await?;
                    insert_subscription(&mut tx, id, gold_security, exempt_anniversary, AutoRenewal::On).await?;
                }
            }
        }
    }
    tx.commit().await
}

async fn demo_password_hash() -> PasswordHashText {
    let password = Password::new(DEMO_PASSWORD.to_string());
    tokio::task::spawn_blocking(move || hash_now(&password)).await.unwrap_or_else(|_| hash_now(&Password::new(DEMO_PASSWORD.to_string())))
}

fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(date)
}

fn days_after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(date)
}

async fn insert_org(
    tx: &mut AnyConnection,
    org: &DemoOrg,
    partner_id: &str,
    legal_name: &str,
    membership: Membership,
    today: NaiveDate,
    now: &str,
) -> Result<i64, sqlx::Error> {
    let new = NewOrganization {
        partner_id,
        legal_name,
        country: org.country,
        address_line1: org.address_line1,
        postal_code: org.postal_code,
        city: org.city,
        vat_id: org.vat_id,
        // The demo organizations' VAT IDs were verified when they joined.
        vat_state: if org.vat_id.is_empty() {
            (VatIdState::Unverified, None)
        } else {
            (VatIdState::Verified, Some(days_before(today, 800)))
        },
        preferred_lang: org.lang,
        membership,
        enrolled_on: (membership == Membership::Member).then(|| days_before(today, 800)),
        created_at: now,
    };
    organizations::insert(&mut *tx, &new).await
}

async fn insert_user(
    tx: &mut AnyConnection,
    email: &str,
    name: &str,
    organization_id: Option<i64>,
    roles: &[Role],
    password_hash: &PasswordHashText,
    now: &str,
) -> Result<(), sqlx::Error> {
    let new = users::NewUser { organization_id, email, display_name: name, password_hash: &password_hash.0, created_at: now, must_change_password: false };
    let id = users::insert(&mut *tx, &new).await?;
    users::set_roles(tx, id, roles).await
}

async fn insert_subscription(tx: &mut AnyConnection, org: i64, offer: OfferKind, anniversary: NaiveDate, auto_renewal: AutoRenewal) -> Result<(), sqlx::Error> {
    let purchased_on = anniversary.checked_sub_months(chrono::Months::new(12)).unwrap_or(anniversary);
    let sub = Subscription { offer, purchased_on, anniversary, auto_renewal, cancellation: CancellationState::None, exception_id: None };
    subscriptions::insert(&mut *tx, org, &sub).await.map(|_| ())
}
