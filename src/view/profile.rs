//! Partner profile: the organization's legal and bill-to details (seed 000: the
//! review step's Update link leads here and back).

use serde::{Deserialize, Serialize};

use crate::domain::validation::VatIdState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub partner_id: String,
    pub legal_name: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    /// ISO code; decides currency and VAT, so it is not edited here.
    pub country: crate::domain::country::Country,
    pub vat_id: String,
    /// The stored VAT ID's state and the day it was decided (formatted); none without
    /// a VAT ID.
    pub vat_state: Option<(VatIdState, Option<String>)>,
    pub preferred_lang: String,
    pub is_member: bool,
}
