//! The Users page's forms. Every form posts to `/users` itself (adding a user,
//! saving a user's roles, deactivating or activating), so a refused change renders
//! the Users page again with its message.

use axum::extract::State;
use serde::Deserialize;

use super::table::RouteTable;
use super::extract::{ClientAddr, Partner};
use super::form::Posted;
use super::middleware::locale::RequestLang;
use super::reply::Reply;
use crate::domain::roles::{Action, Role};
use crate::domain::validation::{EmailAddress, PersonName};
use crate::server::password::Password;
use crate::server::service::users::{self, NewMember, UserChange};
use crate::server::state::AppState;
use crate::view::forms::FormFeedback;


pub fn routes() -> RouteTable {
    RouteTable::new().post("/users", submit)
}

#[derive(Deserialize)]
struct UsersForm {
    /// `add`, `roles` or `active`.
    #[serde(default)]
    intent: String,
    /// The user a `roles` or `active` form is about.
    #[serde(default)]
    user: Option<i64>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    /// The partner roles ticked (`role=<code>`, repeated).
    #[serde(default)]
    role: Vec<String>,
    /// `1` to activate, `0` to deactivate.
    #[serde(default)]
    active: String,
}

impl UsersForm {
    /// The partner roles ticked, in the seed's order; unknown codes are ignored.
    fn roles(&self) -> Vec<Role> {
        Role::PARTNER_ROLES.into_iter().filter(|role| self.role.iter().any(|code| code == role.code())).collect()
    }
}

#[tracing::instrument(skip_all, fields(org, user))]
async fn submit(State(state): State<AppState>, partner: Partner, client: ClientAddr, lang: RequestLang, Posted(form): Posted<UsersForm>) -> Reply {
    let fmt = state.formatters.get(lang.0);
    // The role first: a user without it learns nothing from the form's shape.
    if let Err(error) = partner.clone().require(Action::ManageUsers) {
        return Reply::error(FormFeedback::new("add-user"), error);
    }
    match (form.intent.as_str(), form.user) {
        ("add", _) => add(&state, partner, &client, &form, fmt).await,
        ("roles", Some(id)) => change(&state, partner, &client, id, UserChange::Roles(form.roles()), fmt).await,
        ("active", Some(id)) => change(&state, partner, &client, id, UserChange::Active(form.active == "1"), fmt).await,
        _ => Reply::error(FormFeedback::new("add-user"), crate::view::AppError::BadRequest),
    }
}

async fn add(state: &AppState, partner: Partner, client: &ClientAddr, form: &UsersForm, fmt: &crate::i18n::format::Formatter) -> Reply {
    let mut feedback = FormFeedback::new("add-user");
    feedback.keep("name", &form.name);
    feedback.keep("email", &form.email);
    for role in form.roles() {
        feedback.keep(&format!("role-{}", role.code()), "on");
    }
    let partner = match partner.require(Action::ManageUsers) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    let name = PersonName::parse(&form.name);
    let email = EmailAddress::parse(&form.email);
    feedback.check("name", &name);
    feedback.check("email", &email);
    if form.password.chars().count() < crate::server::password::MIN_LENGTH {
        feedback.field_message("password", crate::fl!("users-password-too-short"));
    }
    let (Ok(name), Ok(email)) = (name, email) else { return Reply::invalid(feedback) };
    if feedback.has_errors() {
        return Reply::invalid(feedback);
    }
    let member = NewMember { name, email, password: Password::new(form.password.clone()), roles: form.roles() };
    match users::add(&state.core, partner.actor(client), &partner.user.roles, member).await {
        Ok(()) => Reply::see_other("/users?done=added"),
        Err(crate::server::service::ServiceError::Refused(crate::server::service::Refusal::EmailTaken)) => {
            feedback.field_message("email", crate::fl!("users-email-taken"));
            Reply::Rerender { feedback, status: http::StatusCode::CONFLICT }
        }
        Err(error) => Reply::service_error(feedback, error, fmt),
    }
}

async fn change(state: &AppState, partner: Partner, client: &ClientAddr, id: i64, change: UserChange, fmt: &crate::i18n::format::Formatter) -> Reply {
    let feedback = FormFeedback::new(&format!("user-{id}"));
    let partner = match partner.require(Action::ManageUsers) {
        Ok(partner) => partner,
        Err(error) => return Reply::error(feedback, error),
    };
    match users::change(&state.core, partner.actor(client), &partner.user.roles, id, change).await {
        Ok(()) => Reply::see_other("/users?done=changed"),
        Err(error) => Reply::service_error(feedback, error, fmt),
    }
}
