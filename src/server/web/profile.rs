//! Saving the partner profile (then back to where the partner came from, the
//! checkout's review, or to the profile) and joining the network.

use axum::extract::State;
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, Partner};
use super::form::Posted;
use super::middleware::session::safe_next;
use super::reply::Reply;
use crate::domain::country::Country;
use crate::domain::roles::Action;
use crate::domain::validation::{FieldError, PostalCode, TextLine, VatId};
use crate::i18n::Lang;
use crate::server::service::profile::{self, BillTo};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;
use crate::view::AppError;

pub fn routes() -> RouteTable {
    RouteTable::new().post("/profile", save).post("/enroll", enroll)
}

/// The legal name and bill-to fields, shared by the profile and joining the network.
#[derive(Deserialize)]
struct BillToForm {
    #[serde(default)]
    legal_name: String,
    #[serde(default)]
    address_line1: String,
    #[serde(default)]
    address_line2: String,
    #[serde(default)]
    postal_code: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    vat_id: String,
}

impl BillToForm {
    /// Validates the fields for `country` (postal code and VAT ID formats differ by
    /// country), keeping what was typed and each field's error in `feedback`.
    fn parse(&self, country: Country, feedback: &mut FormFeedback) -> Option<BillTo> {
        for (field, value) in [
            ("legal_name", &self.legal_name),
            ("address_line1", &self.address_line1),
            ("address_line2", &self.address_line2),
            ("postal_code", &self.postal_code),
            ("city", &self.city),
            ("vat_id", &self.vat_id),
        ] {
            feedback.keep(field, value);
        }
        let legal_name = TextLine::parse(&self.legal_name, 120, false);
        let line1 = TextLine::parse(&self.address_line1, 120, false);
        let line2 = TextLine::parse(&self.address_line2, 120, true);
        let city = TextLine::parse(&self.city, 80, false);
        let postal = PostalCode::parse(country, &self.postal_code);
        let vat = VatId::parse_optional(country, &self.vat_id);
        feedback.check("legal_name", &legal_name);
        feedback.check("address_line1", &line1);
        feedback.check("address_line2", &line2);
        feedback.check("city", &city);
        feedback.check("postal_code", &postal);
        feedback.check("vat_id", &vat);
        Some(BillTo { legal_name: legal_name.ok()?, line1: line1.ok()?, line2: line2.ok()?, city: city.ok()?, postal: postal.ok()?, vat: vat.ok()? })
    }
}

#[derive(Deserialize)]
struct ProfileForm {
    #[serde(flatten)]
    bill_to: BillToForm,
    #[serde(default)]
    preferred_lang: String,
    /// Where to go back to after saving (the checkout's review).
    #[serde(default, rename = "return")]
    back: String,
}

#[tracing::instrument(skip_all, fields(org, user))]
async fn save(State(state): State<AppState>, partner: Partner, client: ClientAddr, Posted(form): Posted<ProfileForm>) -> Reply {
    let mut feedback = FormFeedback::new("profile");
    feedback.keep("preferred_lang", &form.preferred_lang);
    feedback.keep("return", &form.back);
    let partner = match partner.require(Action::EditProfile) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let org = match profile::load(&state.core, partner.organization_id).await {
        Ok(org) => org,
        Err(error) => return Reply::error(feedback, AppError::from(error)),
    };
    let lang = Lang::parse(&form.preferred_lang).unwrap_or(Lang::En);
    let bill_to = form.bill_to.parse(org.country(), &mut feedback);
    let Some(bill_to) = bill_to.filter(|_| !feedback.has_errors()) else { return Reply::invalid(feedback) };
    if let Err(error) = profile::save(&state.core, partner.actor(&client), &bill_to, lang).await {
        return Reply::error(feedback, AppError::from(error));
    }
    if form.back.is_empty() {
        Reply::see_other("/profile?done=saved")
    } else {
        Reply::see_other(safe_next(Some(&form.back)))
    }
}

#[derive(Deserialize)]
struct EnrollForm {
    #[serde(flatten)]
    bill_to: BillToForm,
    #[serde(default)]
    accept: String,
}

#[tracing::instrument(skip_all, fields(org, user))]
async fn enroll(State(state): State<AppState>, partner: Partner, client: ClientAddr, Posted(form): Posted<EnrollForm>) -> Reply {
    let mut feedback = FormFeedback::new("enroll");
    let partner = match partner.require(Action::Enroll) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let org = match profile::load(&state.core, partner.organization_id).await {
        Ok(org) => org,
        Err(error) => return Reply::error(feedback, AppError::from(error)),
    };
    if org.is_member() {
        return Reply::see_other("/offers");
    }
    let bill_to = form.bill_to.parse(org.country(), &mut feedback);
    if form.accept != "yes" {
        feedback.field_error("accept", FieldError::Required);
    }
    let Some(bill_to) = bill_to.filter(|_| !feedback.has_errors()) else { return Reply::invalid(feedback) };
    match profile::enroll(&state.core, partner.actor(&client), &bill_to).await {
        Ok(_) => Reply::see_other("/offers"),
        Err(error) => Reply::error(feedback, AppError::from(error)),
    }
}
