//! Partner profile: the organization's legal and bill-to details (seed 000: the
//! review step's Update link leads here and back).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub partner_id: String,
    pub legal_name: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    /// ISO code; decides currency and VAT, so it is not edited here.
    pub country: String,
    pub vat_id: String,
    pub preferred_lang: String,
    pub is_member: bool,
    pub can_edit: bool,
}

#[server(endpoint = "profile")]
pub async fn load_profile() -> Result<ProfileView, AppError> {
    use crate::domain::roles::Action;
    let state = expect_context::<crate::server::state::AppState>();
    let (user, org) = crate::server::offers::partner_context(&state).await?;
    Ok(ProfileView {
        partner_id: org.partner_id,
        legal_name: org.legal_name,
        address_line1: org.address_line1,
        address_line2: org.address_line2,
        postal_code: org.postal_code,
        city: org.city,
        country: org.country.code().to_string(),
        vat_id: org.vat_id,
        preferred_lang: org.preferred_lang,
        is_member: org.is_member,
        can_edit: user.may(Action::EditProfile),
    })
}
