//! The Users page: each row says whether the viewer may change that user, so the
//! page only offers what the service would accept.

use crate::domain::roles::{check_grant, check_role_change, Role};
use crate::server::service::users::Member;
use crate::view::users::{UserRow, UsersView};

/// `viewer` is the signed-in user's id and `viewer_roles` their roles.
pub fn users_view(members: Vec<Member>, viewer: i64, viewer_roles: &[Role]) -> UsersView {
    let users = members
        .into_iter()
        .map(|m| {
            let locked = check_role_change(viewer_roles, m.id == viewer, &m.roles, &m.roles).err();
            UserRow { id: m.id, name: m.name, email: m.email, roles: m.roles, active: m.active, locked }
        })
        .collect();
    let grantable = Role::PARTNER_ROLES.into_iter().filter(|role| check_grant(viewer_roles, &[*role]).is_ok()).collect();
    UsersView { users, me: viewer, grantable }
}
