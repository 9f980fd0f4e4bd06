//! Joining the network.

use axum::extract::{Request, State};
use axum::response::Response;
use http::StatusCode;

use super::subscription_actions::{form_user, refuse};
use super::{read_form, rerender, see_other};
use crate::api::forms::FormFeedback;
use crate::domain::roles::Action;
use super::profile::{parse_bill_to, BillTo};
use crate::domain::validation::FieldError;
use crate::server::audit::{record, AuditEntry};
use crate::server::auth::client_address;
use crate::server::error::internal;
use crate::server::state::AppState;
use crate::server::store::organizations::organization;

pub async fn enroll(State(state): State<AppState>, request: Request) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let mut feedback = FormFeedback::new("enroll");
    for field in ["legal_name", "address_line1", "postal_code", "city", "vat_id"] {
        feedback.keep(field, form.get(field));
    }
    let user = match form_user(&parts, Action::Enroll) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    let organization_id = user.organization_id.expect("partner user");
    let org = match organization(state.db.pool(), organization_id).await {
        Ok(Some(org)) => org,
        Ok(None) => return refuse(state, parts, feedback, crate::api::AppError::NotFound).await,
        Err(error) => return refuse(state, parts, feedback, internal("enrolling", &error)).await,
    };
    if org.is_member {
        return see_other("/offers");
    }
    let bill_to = parse_bill_to(&form, org.country, &mut feedback);
    if form.get("accept") != "yes" {
        feedback.field_error("accept", FieldError::Required);
    }
    let Some(BillTo { legal_name, line1, city, postal, vat, .. }) = bill_to.filter(|_| !feedback.has_errors()) else {
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let client = client_address(&parts);
    let result = async {
        let mut tx = state.db.begin_write().await?;
        sqlx::query(
            "UPDATE organizations SET legal_name = $1, address_line1 = $2, postal_code = $3, city = $4, vat_id = $5, membership = 'member', \
             enrolled_on = $6 WHERE id = $7 AND membership = 'none'",
        )
        .bind(legal_name.as_str())
        .bind(line1.as_str())
        .bind(postal.as_str())
        .bind(city.as_str())
        .bind(vat.as_ref().map(|v| v.as_str().to_string()).unwrap_or_default())
        .bind(state.clock.today().to_string())
        .bind(organization_id)
        .execute(&mut *tx)
        .await?;
        let entry = AuditEntry { organization_id: Some(organization_id), user_id: Some(user.user_id), action: "enrolled", detail: String::new(), client: &client };
        record(&mut *tx, &state.clock.now().to_rfc3339(), entry).await?;
        tx.commit().await
    };
    match result.await {
        Ok(()) => see_other("/offers"),
        Err(error) => refuse(state, parts, feedback, internal("enrolling", &error)).await,
    }
}
