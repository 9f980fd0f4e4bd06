//! The organization's users: listing, adding, roles, deactivation. The last active
//! Global admin can never lose that role or be deactivated.

use super::{found, Actor, Refusal, Result};
use crate::domain::audit::{AuditAction, AuditFact};
use crate::domain::roles::{check_activity_change, check_grant, check_role_change, Role};
use crate::domain::validation::{EmailAddress, PersonName};
use crate::server::core::Core;
use crate::server::password::{hash, Password};
use crate::server::store::audit::{record, AuditEntry};
use crate::server::store::{sessions, users, violated, Constraint};

/// A user with their roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    pub active: bool,
}

#[tracing::instrument(skip(core))]
pub async fn list(core: &Core, organization_id: i64) -> Result<Vec<Member>> {
    let pool = core.db.pool();
    let mut members = Vec::new();
    for row in users::users_of(pool, organization_id).await? {
        let roles = users::roles_of(pool, row.id).await?;
        members.push(Member { id: row.id, name: row.display_name, email: row.email, roles, active: row.active != 0 });
    }
    Ok(members)
}

/// A user to add, validated.
pub struct NewMember {
    pub name: PersonName,
    pub email: EmailAddress,
    pub password: Password,
    pub roles: Vec<Role>,
}

/// Adds a user to the organization. Refused when the e-mail address is taken, or
/// when `manager` (the acting user's roles) may not grant the roles asked.
#[tracing::instrument(skip(core, actor, member), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn add(core: &Core, actor: Actor<'_>, manager: &[Role], member: NewMember) -> Result<()> {
    check_grant(manager, &member.roles).map_err(Refusal::ManageUser)?;
    let hashed = hash(member.password).await;
    let email = member.email.as_str().to_lowercase();
    let now = core.clock.now().to_rfc3339();
    let mut tx = core.db.begin_write().await?;
    let new_user =
        users::NewUser { organization_id: Some(actor.organization_id), email: &email, display_name: member.name.as_str(), password_hash: &hashed.0, created_at: &now, must_change_password: true };
    let id = match users::insert(&mut *tx, &new_user).await {
        Ok(id) => id,
        Err(error) if violated(&error) == Some(Constraint::UsersEmailUnique) => return Err(Refusal::EmailTaken.into()),
        Err(error) => return Err(error.into()),
    };
    users::set_roles(&mut tx, id, &member.roles).await?;
    let entry = AuditEntry {
        organization_id: Some(actor.organization_id),
        user_id: Some(actor.user_id),
        action: AuditAction::UserAdded,
        detail: vec![AuditFact::User { email: email.clone() }, AuditFact::Roles { roles: member.roles.clone() }],
        client: actor.client,
    };
    record(&mut *tx, &now, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// A change to one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserChange {
    Roles(Vec<Role>),
    Active(bool),
}

/// Changes a user's roles or activity, as far as `manager` (the acting user's roles)
/// may (`domain::roles::check_role_change`), never leaving the organization without
/// an active Global admin. Deactivation ends the user's sessions.
#[tracing::instrument(skip(core, actor), fields(org = actor.organization_id, user = actor.user_id))]
pub async fn change(core: &Core, actor: Actor<'_>, manager: &[Role], user_id: i64, change: UserChange) -> Result<()> {
    let organization_id = actor.organization_id;
    let mut tx = core.db.begin_write().await?;
    core.db.lock_key(&mut tx, -organization_id).await?;
    let target = found(users::user_of(&mut *tx, organization_id, user_id).await?)?;
    let active = target.active != 0;
    let current = users::roles_of(&mut *tx, user_id).await?;
    let is_self = user_id == actor.user_id;
    let allowed = match &change {
        UserChange::Roles(roles) => check_role_change(manager, is_self, &current, roles),
        UserChange::Active(_) => check_activity_change(manager, is_self, &current),
    };
    if let Err(refused) = allowed {
        tx.rollback().await?;
        return Err(Refusal::ManageUser(refused).into());
    }
    let (action, detail, keeps_admin) = match &change {
        UserChange::Roles(roles) => {
            users::set_roles(&mut tx, user_id, roles).await?;
            let detail = vec![AuditFact::User { email: target.email.clone() }, AuditFact::Roles { roles: roles.clone() }];
            (AuditAction::UserRolesChanged, detail, roles.contains(&Role::GlobalAdmin) || !active)
        }
        UserChange::Active(activate) => {
            users::set_active(&mut *tx, user_id, *activate).await?;
            if !activate {
                sessions::delete_for_user(&mut *tx, user_id).await?;
            }
            let action = if *activate { AuditAction::UserActivated } else { AuditAction::UserDeactivated };
            (action, vec![AuditFact::User { email: target.email.clone() }], *activate)
        }
    };
    let was_admin = current.contains(&Role::GlobalAdmin) && active;
    if was_admin && !keeps_admin && users::other_active_global_admins(&mut *tx, organization_id, user_id).await? == 0 {
        tx.rollback().await?;
        return Err(Refusal::LastGlobalAdmin.into());
    }
    let entry =
        AuditEntry { organization_id: Some(organization_id), user_id: Some(actor.user_id), action, detail, client: actor.client };
    record(&mut *tx, &core.clock.now().to_rfc3339(), entry).await?;
    tx.commit().await?;
    Ok(())
}
