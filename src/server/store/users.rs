//! Users and their roles. Partner users belong to one organization; network staff
//! belong to none.

use sqlx::{Any, AnyConnection, Executor, FromRow};

use super::{Coded, Result};
use crate::domain::roles::Role;

/// A user as the Users page lists them.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct UserRow {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub active: i64,
}

/// The organization's users, by name.
pub async fn users_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64) -> Result<Vec<UserRow>> {
    sqlx::query_as("SELECT id, display_name, email, active FROM users WHERE organization_id = $1 ORDER BY display_name, id")
        .bind(organization_id)
        .fetch_all(executor)
        .await
}

/// The organization's user `id` (another organization's user is not found).
pub async fn user_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, id: i64) -> Result<Option<UserRow>> {
    sqlx::query_as("SELECT id, display_name, email, active FROM users WHERE id = $1 AND organization_id = $2")
        .bind(id)
        .bind(organization_id)
        .fetch_optional(executor)
        .await
}

/// The organization's users' ids and names (the audit log's filter).
pub async fn names_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64) -> Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, display_name FROM users WHERE organization_id = $1 ORDER BY display_name, id")
        .bind(organization_id)
        .fetch_all(executor)
        .await
}

/// The roles of a user, in the order of the domain's role list.
pub async fn roles_of<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64) -> Result<Vec<Role>> {
    #[derive(FromRow)]
    struct RoleRow {
        #[sqlx(try_from = "String")]
        role: Coded<Role>,
    }
    let rows: Vec<RoleRow> = sqlx::query_as("SELECT role FROM user_roles WHERE user_id = $1").bind(user_id).fetch_all(executor).await?;
    let mut roles: Vec<Role> = rows.into_iter().map(|row| row.role.0).collect();
    roles.sort_by_key(|role| Role::ALL.iter().position(|r| r == role));
    Ok(roles)
}

/// Replaces the user's roles.
pub async fn set_roles(tx: &mut AnyConnection, user_id: i64, roles: &[Role]) -> Result<()> {
    sqlx::query("DELETE FROM user_roles WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    for role in roles {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)").bind(user_id).bind(role.code()).execute(&mut *tx).await?;
    }
    Ok(())
}

/// A user to create. The e-mail address is unique (`users_email_unique`).
pub struct NewUser<'a> {
    pub organization_id: Option<i64>,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub created_at: &'a str,
    /// The password was set by someone else (an admin): changed at the first sign-in.
    pub must_change_password: bool,
}

pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, user: &NewUser<'_>) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (organization_id, email, display_name, password_hash, active, created_at, must_change_password) \
         VALUES ($1, $2, $3, $4, 1, $5, $6) RETURNING id",
    )
    .bind(user.organization_id)
    .bind(user.email)
    .bind(user.display_name)
    .bind(user.password_hash)
    .bind(user.created_at)
    .bind(i64::from(user.must_change_password))
    .fetch_one(executor)
    .await?;
    Ok(id)
}

/// The stored password hash of an active user.
pub async fn password_hash<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64) -> Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT password_hash FROM users WHERE id = $1 AND active = 1").bind(user_id).fetch_optional(executor).await?;
    Ok(row.map(|(hash,)| hash))
}

/// Replaces a user's password; `must_change` when an admin set it for them.
pub async fn set_password<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64, password_hash: &str, must_change: bool) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(i64::from(must_change))
        .bind(user_id)
        .execute(executor)
        .await?;
    Ok(())
}

pub async fn set_active<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64, active: bool) -> Result<()> {
    sqlx::query("UPDATE users SET active = $1 WHERE id = $2").bind(i64::from(active)).bind(user_id).execute(executor).await?;
    Ok(())
}

/// Active Global admins of the organization other than `except`.
pub async fn other_active_global_admins<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, except: i64) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE u.organization_id = $1 AND u.active = 1 AND r.role = $2 AND u.id <> $3",
    )
    .bind(organization_id)
    .bind(Role::GlobalAdmin.code())
    .bind(except)
    .fetch_one(executor)
    .await?;
    Ok(count)
}

/// What signing in checks: an active user's id, organization and password hash.
#[derive(FromRow)]
pub struct Credentials {
    pub id: i64,
    pub organization_id: Option<i64>,
    pub password_hash: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("id", &self.id).finish_non_exhaustive()
    }
}

pub async fn credentials<'e, E: Executor<'e, Database = Any>>(executor: E, email: &str) -> Result<Option<Credentials>> {
    sqlx::query_as("SELECT id, organization_id, password_hash FROM users WHERE email = $1 AND active = 1")
        .bind(email)
        .fetch_optional(executor)
        .await
}

/// Saves the user's language preference.
pub async fn set_lang<'e, E: Executor<'e, Database = Any>>(executor: E, user_id: i64, lang: &str) -> Result<()> {
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2").bind(lang).bind(user_id).execute(executor).await?;
    Ok(())
}

/// The id of the user with this e-mail address (demo data).
pub async fn id_by_email<'e, E: Executor<'e, Database = Any>>(executor: E, email: &str) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(executor).await?;
    Ok(row.map(|(id,)| id))
}

/// Someone to tell about an event: an active user with the address and the language
/// to write in (their saved preference, else the organization's).
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct Recipient {
    pub user_id: i64,
    pub email: String,
    pub lang: String,
}

/// The organization's active Global admins and MPN partner admins, and `also` (the
/// user who placed the order) when active.
pub async fn recipients<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, also: Option<i64>) -> Result<Vec<Recipient>> {
    sqlx::query_as(
        "SELECT DISTINCT u.id AS user_id, u.email, COALESCE(u.lang, o.preferred_lang) AS lang \
         FROM users u JOIN organizations o ON o.id = u.organization_id LEFT JOIN user_roles r ON r.user_id = u.id \
         WHERE u.organization_id = $1 AND u.active = 1 AND (r.role IN ($2, $3) OR u.id = $4) ORDER BY u.id",
    )
    .bind(organization_id)
    .bind(Role::GlobalAdmin.code())
    .bind(Role::MpnPartnerAdmin.code())
    .bind(also.unwrap_or(0))
    .fetch_all(executor)
    .await
}
