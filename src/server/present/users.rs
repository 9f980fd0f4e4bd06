//! The Users page.

use crate::server::service::users::Member;
use crate::view::users::{UserRow, UsersView};

pub fn users_view(members: Vec<Member>, me: i64) -> UsersView {
    let users = members.into_iter().map(|m| UserRow { id: m.id, name: m.name, email: m.email, roles: m.roles, active: m.active }).collect();
    UsersView { users, me }
}
