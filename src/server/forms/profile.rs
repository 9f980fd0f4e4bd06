//! Saving the partner profile; afterwards back to where the partner came from (the
//! checkout's review), or to the profile.

use axum::extract::{Request, State};
use axum::response::Response;
use http::StatusCode;

use super::subscription_actions::{form_user, refuse};
use super::{read_form, rerender, see_other, FormData};
use crate::api::forms::FormFeedback;
use crate::domain::country::Country;
use crate::domain::roles::Action;
use crate::domain::validation::{PostalCode, TextLine, VatId};
use crate::i18n::Lang;
use crate::server::audit::{record, AuditEntry};
use crate::server::auth::{client_address, safe_next};
use crate::server::error::internal;
use crate::server::state::AppState;
use crate::server::store::organizations::organization;

/// The organization's legal name and bill-to address as validated from a form.
pub struct BillTo {
    pub legal_name: TextLine,
    pub line1: TextLine,
    pub line2: TextLine,
    pub city: TextLine,
    pub postal: PostalCode,
    pub vat: Option<VatId>,
}

/// Validates the legal name and bill-to fields for `country` (postal code and VAT ID
/// formats differ by country); records each field's error in `feedback`.
pub fn parse_bill_to(form: &FormData, country: Country, feedback: &mut FormFeedback) -> Option<BillTo> {
    let legal_name = TextLine::parse(form.get("legal_name"), 120, false);
    let line1 = TextLine::parse(form.get("address_line1"), 120, false);
    let line2 = TextLine::parse(form.get("address_line2"), 120, true);
    let city = TextLine::parse(form.get("city"), 80, false);
    let postal = PostalCode::parse(country, form.get("postal_code"));
    let vat = VatId::parse_optional(country, form.get("vat_id"));
    let text_fields = [("legal_name", &legal_name), ("address_line1", &line1), ("address_line2", &line2), ("city", &city)];
    for (field, result) in text_fields {
        if let Err(error) = result {
            feedback.field_error(field, *error);
        }
    }
    if let Err(error) = &postal {
        feedback.field_error("postal_code", *error);
    }
    if let Err(error) = &vat {
        feedback.field_error("vat_id", *error);
    }
    Some(BillTo { legal_name: legal_name.ok()?, line1: line1.ok()?, line2: line2.ok()?, city: city.ok()?, postal: postal.ok()?, vat: vat.ok()? })
}

const FIELDS: [&str; 7] = ["legal_name", "address_line1", "address_line2", "postal_code", "city", "vat_id", "preferred_lang"];

pub async fn save(State(state): State<AppState>, request: Request) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let mut feedback = FormFeedback::new("profile");
    for field in FIELDS.iter().chain(["return"].iter()) {
        feedback.keep(field, form.get(field));
    }
    let user = match form_user(&parts, Action::EditProfile) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    let organization_id = user.organization_id.expect("partner user");
    let org = match organization(state.db.pool(), organization_id).await {
        Ok(Some(org)) => org,
        Ok(None) => return refuse(state, parts, feedback, crate::api::AppError::NotFound).await,
        Err(error) => return refuse(state, parts, feedback, internal("loading the profile", &error)).await,
    };
    let lang = Lang::parse(form.get("preferred_lang")).unwrap_or(Lang::En);
    let Some(bill_to) = parse_bill_to(&form, org.country, &mut feedback) else {
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let BillTo { legal_name, line1, line2, city, postal, vat } = bill_to;
    let client = client_address(&parts);
    let result = async {
        let mut tx = state.db.begin_write().await?;
        sqlx::query(
            "UPDATE organizations SET legal_name = $1, address_line1 = $2, address_line2 = $3, postal_code = $4, city = $5, vat_id = $6, \
             preferred_lang = $7 WHERE id = $8",
        )
        .bind(legal_name.as_str())
        .bind(line1.as_str())
        .bind(line2.as_str())
        .bind(postal.as_str())
        .bind(city.as_str())
        .bind(vat.as_ref().map(|v| v.as_str().to_string()).unwrap_or_default())
        .bind(lang.code())
        .bind(organization_id)
        .execute(&mut *tx)
        .await?;
        let changed: Vec<&str> = [
            ("legal_name", org.legal_name != legal_name.as_str()),
            ("address", org.address_line1 != line1.as_str() || org.address_line2 != line2.as_str() || org.city != city.as_str()),
            ("postal_code", org.postal_code != postal.as_str()),
            ("vat_id", org.vat_id != vat.as_ref().map_or("", |v| v.as_str())),
            ("preferred_lang", org.preferred_lang != lang.code()),
        ]
        .into_iter()
        .filter_map(|(name, changed)| changed.then_some(name))
        .collect();
        let entry = AuditEntry {
            organization_id: Some(organization_id),
            user_id: Some(user.user_id),
            action: "profile-updated",
            detail: changed.join(", "),
            client: &client,
        };
        record(&mut *tx, &state.clock.now().to_rfc3339(), entry).await?;
        tx.commit().await
    };
    if let Err(error) = result.await {
        return refuse(state, parts, feedback, internal("saving the profile", &error)).await;
    }
    let back = form.get("return");
    if back.is_empty() {
        see_other("/profile?done=saved")
    } else {
        see_other(&safe_next(Some(back)))
    }
}
