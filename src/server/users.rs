//! Users of an organization: listing, adding, roles, deactivation; the last active
//! Global admin can never lose that role or be deactivated.

use axum::extract::{Path, Request, State};
use axum::response::Response;
use http::StatusCode;
use leptos::prelude::expect_context;

use super::audit::{record, AuditEntry};
use super::auth::{client_address, current_user, roles_of};
use super::error::internal;
use super::forms::subscription_actions::{form_user, refuse};
use super::forms::{read_form, rerender, see_other, FormData};
use super::password::{hash, Password};
use super::state::AppState;
use crate::api::forms::FormFeedback;
use crate::api::users::{UserRow, UsersView, PARTNER_ROLES};
use crate::api::AppError;
use crate::domain::roles::{Action, Role};
use crate::domain::validation::{EmailAddress, FieldError, PersonName};

/// Shortest initial password accepted.
const PASSWORD_MIN: usize = 12;

fn db_error(error: sqlx::Error) -> AppError {
    internal("managing users", &error)
}

pub async fn users_view() -> Result<UsersView, AppError> {
    let state = expect_context::<AppState>();
    let user = current_user()?;
    if !user.may(Action::ManageUsers) {
        return Err(AppError::Forbidden);
    }
    let organization_id = user.organization()?;
    let rows: Vec<(i64, String, String, i64)> =
        sqlx::query_as("SELECT id, display_name, email, active FROM users WHERE organization_id = $1 ORDER BY display_name")
            .bind(organization_id)
            .fetch_all(state.db.pool())
            .await
            .map_err(db_error)?;
    let mut users = Vec::new();
    for (id, name, email, active) in rows {
        let roles = roles_of(&state, id).await.map_err(db_error)?;
        users.push(UserRow { id, name, email, roles, active: active != 0 });
    }
    Ok(UsersView { users, me: user.user_id })
}

/// The partner roles ticked in a form (`role=<code>` repeated).
fn roles_from(form: &FormData) -> Vec<Role> {
    PARTNER_ROLES.into_iter().filter(|role| form.all("role").iter().any(|code| *code == role.code())).collect()
}

/// Active Global admins of the organization other than `except`.
async fn other_global_admins(tx: &mut sqlx::AnyConnection, organization_id: i64, except: i64) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE u.organization_id = $1 AND u.active = 1 AND r.role = 'global-admin' AND u.id <> $2",
    )
    .bind(organization_id)
    .bind(except)
    .fetch_one(tx)
    .await?;
    Ok(count)
}

pub async fn add(State(state): State<AppState>, request: Request) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let mut feedback = FormFeedback::new("add-user");
    feedback.keep("name", form.get("name"));
    feedback.keep("email", form.get("email"));
    for role in roles_from(&form) {
        feedback.keep(&format!("role-{}", role.code()), "on");
    }
    let admin = match form_user(&parts, Action::ManageUsers) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    let name = PersonName::parse(form.get("name"));
    let email = EmailAddress::parse(form.get("email"));
    let password = form.get("password").to_string();
    if let Err(error) = &name {
        feedback.field_error("name", *error);
    }
    if let Err(error) = &email {
        feedback.field_error("email", *error);
    }
    if password.chars().count() < PASSWORD_MIN {
        feedback.errors.insert("password".into(), crate::fl!("users-password-too-short").to_string());
    }
    let (Ok(name), Ok(email)) = (name, email) else {
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    if feedback.has_errors() {
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let hashed = hash(Password::new(password)).await;
    let organization_id = admin.organization_id.expect("partner user");
    let client = client_address(&parts);
    let email_text = email.as_str().to_lowercase();
    let result = async {
        let mut tx = state.db.begin_write().await?;
        let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = $1").bind(&email_text).fetch_one(&mut *tx).await?;
        if taken > 0 {
            return Ok(Err(FieldError::InvalidEmail));
        }
        let now = state.clock.now().to_rfc3339();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (organization_id, email, display_name, password_hash, active, created_at) VALUES ($1, $2, $3, $4, 1, $5) RETURNING id",
        )
        .bind(organization_id)
        .bind(&email_text)
        .bind(name.as_str())
        .bind(&hashed.0)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        let roles = roles_from(&form);
        for role in &roles {
            sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)").bind(id).bind(role.code()).execute(&mut *tx).await?;
        }
        let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
        let entry = AuditEntry {
            organization_id: Some(organization_id),
            user_id: Some(admin.user_id),
            action: "user-added",
            detail: format!("{email_text} [{}]", codes.join(", ")),
            client: &client,
        };
        record(&mut *tx, &now, entry).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(Ok(()))
    };
    match result.await {
        Ok(Ok(())) => see_other("/users?done=added"),
        Ok(Err(_)) => {
            feedback.errors.insert("email".into(), crate::fl!("users-email-taken").to_string());
            rerender(state, parts, feedback, StatusCode::CONFLICT).await
        }
        Err(error) => refuse(state, parts, feedback, db_error(error)).await,
    }
}

pub async fn set_roles(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    change(state, id, request, Change::Roles).await
}

pub async fn set_active(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    change(state, id, request, Change::Active).await
}

enum Change {
    Roles,
    Active,
}

async fn change(state: AppState, id: i64, request: Request, change: Change) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let mut feedback = FormFeedback::new(&format!("user-{id}"));
    let admin = match form_user(&parts, Action::ManageUsers) {
        Ok(user) => user,
        Err(error) => return refuse(state, parts, feedback, error).await,
    };
    let organization_id = admin.organization_id.expect("partner user");
    let client = client_address(&parts);
    let result = async {
        let mut tx = state.db.begin_write().await?;
        state.db.lock_key(&mut tx, -organization_id).await?;
        let target: Option<(i64,)> = sqlx::query_as("SELECT active FROM users WHERE id = $1 AND organization_id = $2")
            .bind(id)
            .bind(organization_id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((active,)) = target else { return Ok(Err(AppError::NotFound)) };
        let current = roles_of(&state, id).await?;
        let now = state.clock.now().to_rfc3339();
        let (action, detail, keeps_admin) = match change {
            Change::Roles => {
                let roles = roles_from(&form);
                let keeps = roles.contains(&Role::GlobalAdmin) || active == 0;
                sqlx::query("DELETE FROM user_roles WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
                for role in &roles {
                    sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)").bind(id).bind(role.code()).execute(&mut *tx).await?;
                }
                let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
                ("user-roles-changed", format!("user {id}: [{}]", codes.join(", ")), keeps)
            }
            Change::Active => {
                let activate = form.get("active") == "1";
                sqlx::query("UPDATE users SET active = $1 WHERE id = $2").bind(i64::from(activate)).bind(id).execute(&mut *tx).await?;
                if !activate {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
                }
                (if activate { "user-activated" } else { "user-deactivated" }, format!("user {id}"), activate)
            }
        };
        let was_admin = current.contains(&Role::GlobalAdmin) && active != 0;
        if was_admin && !keeps_admin && other_global_admins(&mut tx, organization_id, id).await? == 0 {
            return Ok(Err(AppError::Conflict));
        }
        let entry = AuditEntry { organization_id: Some(organization_id), user_id: Some(admin.user_id), action, detail, client: &client };
        record(&mut *tx, &now, entry).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(Ok(()))
    };
    match result.await {
        Ok(Ok(())) => see_other("/users?done=changed"),
        Ok(Err(AppError::Conflict)) => {
            feedback.message = Some(crate::fl!("users-last-global-admin").to_string());
            rerender(state, parts, feedback, StatusCode::CONFLICT).await
        }
        Ok(Err(error)) => refuse(state, parts, feedback, error).await,
        Err(error) => refuse(state, parts, feedback, db_error(error)).await,
    }
}
