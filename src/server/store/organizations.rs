//! Organizations (partner tenants): membership, country, bill-to details.

use chrono::NaiveDate;
use sqlx::{Any, Executor, FromRow};

use super::{Coded, MaybeDay, Result};
use crate::domain::country::Country;
use crate::domain::validation::VatIdState;

crate::code_enum! {
    /// Whether the organization has joined the network.
    pub enum Membership: "a membership code" {
        None = "none",
        Member = "member",
    }
}

/// An organization as stored.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct Organization {
    pub id: i64,
    pub partner_id: String,
    pub legal_name: String,
    #[sqlx(try_from = "String")]
    pub country: Coded<Country>,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub vat_id: String,
    pub preferred_lang: String,
    #[sqlx(try_from = "String")]
    pub membership: Coded<Membership>,
    #[sqlx(try_from = "String")]
    pub vat_state: Coded<VatIdState>,
    /// The day the VAT ID was verified or rejected.
    #[sqlx(try_from = "Option<String>")]
    pub vat_checked_on: MaybeDay,
}

impl Organization {
    pub fn country(&self) -> Country {
        self.country.0
    }

    pub fn is_member(&self) -> bool {
        self.membership.0 == Membership::Member
    }

    /// The VAT ID's state; an organization without one has nothing to verify.
    pub fn vat_state(&self) -> Option<VatIdState> {
        (!self.vat_id.is_empty()).then_some(self.vat_state.0)
    }
}

const COLUMNS: &str = "id, partner_id, legal_name, country, address_line1, address_line2, postal_code, city, vat_id, preferred_lang, \
     membership, vat_state, vat_checked_on";

/// Keeps the VAT ID's state when the ID stays the same (`$6` is the new ID; the
/// right-hand sides read the row as it was), and makes a different ID unverified.
const VAT_STATE_FOLLOWS_ID: &str = "vat_state = CASE WHEN vat_id = $6 THEN vat_state ELSE 'unverified' END, \
     vat_checked_on = CASE WHEN vat_id = $6 THEN vat_checked_on ELSE NULL END";

pub async fn organization<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64) -> Result<Option<Organization>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM organizations WHERE id = $1")).bind(id).fetch_optional(executor).await
}

/// What the header shows of an organization to one of its users: its legal name and
/// how many of the user's notifications are unread, in one query (it runs on every page).
pub async fn header<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, user_id: i64) -> Result<Option<(String, i64)>> {
    sqlx::query_as(
        "SELECT o.legal_name, (SELECT COUNT(*) FROM notifications n WHERE n.organization_id = o.id AND n.user_id = $2 AND n.read_at IS NULL) \
         FROM organizations o WHERE o.id = $1",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(executor)
    .await
}

/// The legal name and bill-to address as entered on the profile or when joining.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillToColumns<'a> {
    pub legal_name: &'a str,
    pub address_line1: &'a str,
    pub address_line2: &'a str,
    pub postal_code: &'a str,
    pub city: &'a str,
    pub vat_id: &'a str,
}

/// Saves the profile: bill-to details and the language of documents and e-mail.
pub async fn save_profile<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    id: i64,
    bill_to: &BillToColumns<'_>,
    preferred_lang: &str,
) -> Result<()> {
    sqlx::query(&format!(
        "UPDATE organizations SET legal_name = $1, address_line1 = $2, address_line2 = $3, postal_code = $4, city = $5, vat_id = $6, \
         {VAT_STATE_FOLLOWS_ID}, preferred_lang = $7 WHERE id = $8"
    ))
    .bind(bill_to.legal_name)
    .bind(bill_to.address_line1)
    .bind(bill_to.address_line2)
    .bind(bill_to.postal_code)
    .bind(bill_to.city)
    .bind(bill_to.vat_id)
    .bind(preferred_lang)
    .bind(id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Joins the network with the confirmed legal details. False when it already had.
pub async fn enroll<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, bill_to: &BillToColumns<'_>, on: NaiveDate) -> Result<bool> {
    let done = sqlx::query(&format!(
        "UPDATE organizations SET legal_name = $1, address_line1 = $2, address_line2 = $3, postal_code = $4, city = $5, vat_id = $6, \
         {VAT_STATE_FOLLOWS_ID}, membership = $7, enrolled_on = $8 WHERE id = $9 AND membership = $10"
    ))
    .bind(bill_to.legal_name)
    .bind(bill_to.address_line1)
    .bind(bill_to.address_line2)
    .bind(bill_to.postal_code)
    .bind(bill_to.city)
    .bind(bill_to.vat_id)
    .bind(Membership::Member.code())
    .bind(on.to_string())
    .bind(id)
    .bind(Membership::None.code())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records that the VAT ID was verified or rejected on `on`, if it is still `vat_id`
/// (the one the Support agent looked at, or VIES was asked about). False when it
/// changed in the meantime.
pub async fn decide_vat_id<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    id: i64,
    vat_id: &str,
    state: VatIdState,
    on: NaiveDate,
) -> Result<bool> {
    let done = sqlx::query("UPDATE organizations SET vat_state = $1, vat_checked_on = $2 WHERE id = $3 AND vat_id = $4 AND vat_id <> ''")
        .bind(state.code())
        .bind(on.to_string())
        .bind(id)
        .bind(vat_id)
        .execute(executor)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The organizations whose VAT ID awaits verification, by name (Support agents).
pub async fn awaiting_vat_check<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<Vec<Organization>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM organizations WHERE vat_id <> '' AND vat_state = $1 ORDER BY legal_name, id"))
        .bind(VatIdState::Unverified.code())
        .fetch_all(executor)
        .await
}

/// A new organization (demo data).
pub struct NewOrganization<'a> {
    pub partner_id: &'a str,
    pub legal_name: &'a str,
    pub country: Country,
    pub address_line1: &'a str,
    pub postal_code: &'a str,
    pub city: &'a str,
    pub vat_id: &'a str,
    /// The VAT ID's state, and the day it was decided.
    pub vat_state: (VatIdState, Option<NaiveDate>),
    pub preferred_lang: &'a str,
    pub membership: Membership,
    pub enrolled_on: Option<NaiveDate>,
    pub created_at: &'a str,
}

pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, org: &NewOrganization<'_>) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO organizations (partner_id, legal_name, country, address_line1, postal_code, city, vat_id, preferred_lang, membership, \
         enrolled_on, created_at, vat_state, vat_checked_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(org.partner_id)
    .bind(org.legal_name)
    .bind(org.country.code())
    .bind(org.address_line1)
    .bind(org.postal_code)
    .bind(org.city)
    .bind(org.vat_id)
    .bind(org.preferred_lang)
    .bind(org.membership.code())
    .bind(org.enrolled_on.map(|d| d.to_string()))
    .bind(org.created_at)
    .bind(org.vat_state.0.code())
    .bind(org.vat_state.1.map(|d| d.to_string()))
    .fetch_one(executor)
    .await?;
    Ok(id)
}

/// Whether any organization exists (an empty database gets the demo data).
pub async fn any<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<bool> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organizations").fetch_one(executor).await?;
    Ok(count > 0)
}

/// Every organization's id and legal name, by name (network staff's filters).
pub async fn names<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, legal_name FROM organizations ORDER BY legal_name, id").fetch_all(executor).await
}
