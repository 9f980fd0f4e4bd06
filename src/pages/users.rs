//! Users page: add users, assign roles, deactivate (Global admin and User admin).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::components::error_page::ErrorPage;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::api::users::load_users;
use crate::domain::roles::{ManageRefused, Role};
use crate::view::labels::role_label_id;
use crate::view::users::{UserRow, UsersView};
use crate::components::form::{Field, FormMessage};
use crate::i18n::{arg, use_i18n};

#[component]
pub fn UsersPage() -> impl IntoView {
    let users = page_data(|| (), |_| load_users());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (users.get(), posted.get()) {
                (Some(Err(error)), _) => {
                    Some(view! { <ErrorPage error/> }.into_any())
                }
                (Some(Ok(view)), Some(posted)) => Some(view! { <UsersContent view posted=posted.ok().flatten()/> }.into_any()),
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn UsersContent(view: UsersView, posted: Option<FormFeedback>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("nav-users");
    let done = query.read_untracked().get("done").map(|done| {
        let id = if done == "added" { "users-done-added" } else { "users-done-changed" };
        view! { <p class="banner ok" role="status">{i18n.t(id)}</p> }
    });
    let add = FormFeedback::of(posted.clone(), "add-user");
    let role_boxes = view
        .grantable
        .iter()
        .copied()
        .map(|role| {
            let checked = add.values.contains_key(&format!("role-{}", role.code()));
            view! {
                <label>
                    <input type="checkbox" name="role" value=role.code() checked=checked/>
                    " "{i18n.t(role_label_id(role))}
                </label>
            }
        })
        .collect_view();
    let rows = view
        .users
        .iter()
        .cloned()
        .map(|user| {
            let feedback = posted.clone().filter(|f| f.form == format!("user-{}", user.id));
            view! { <UserLine user feedback me=view.me grantable=view.grantable.clone()/> }
        })
        .collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        {done}
        <div class="table-wrap">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("users-column-name")}</th>
                        <th scope="col">{i18n.t("users-column-email")}</th>
                        <th scope="col">{i18n.t("users-column-roles")}</th>
                        <th scope="col">{i18n.t("users-column-status")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <section aria-labelledby="add-user-heading">
            <h2 id="add-user-heading">{i18n.t("users-add-heading")}</h2>
            <form method="post" action="/users" class="stack" novalidate>
                <input type="hidden" name="intent" value="add"/>
                <FormMessage feedback=add.clone()/>
                <Field name="name" label="users-name" autocomplete="off" feedback=add.clone()/>
                <Field name="email" label="users-email" input_type="email" autocomplete="off" feedback=add.clone()/>
                <Field name="password" label="users-initial-password" input_type="password" autocomplete="new-password"
                    feedback=add.clone() secret=true hint=i18n.t("users-initial-password-hint")/>
                <fieldset class="choices">
                    <legend>{i18n.t("users-column-roles")}</legend>
                    {role_boxes}
                    <span class="hint">{i18n.t("users-no-role-hint")}</span>
                </fieldset>
                <div class="actions"><button type="submit" class="primary">{i18n.t("users-add-submit")}</button></div>
            </form>
        </section>
    }
}

#[component]
fn UserLine(user: UserRow, feedback: Option<FormFeedback>, me: i64, grantable: Vec<Role>) -> impl IntoView {
    let i18n = use_i18n();
    if let Some(reason) = user.locked {
        return view! { <LockedUserLine user reason me feedback/> }.into_any();
    }
    let id = user.id.to_string();
    let boxes = grantable
        .into_iter()
        .map(|role| {
            view! {
                <label>
                    <input type="checkbox" name="role" value=role.code() checked=user.roles.contains(&role)/>
                    " "{i18n.t(role_label_id(role))}
                </label>
            }
        })
        .collect_view();
    let status = i18n.t(if user.active { "users-active" } else { "users-deactivated" });
    let toggle_label = if user.active { i18n.t("users-deactivate") } else { i18n.t("users-activate") };
    let toggle_value = if user.active { "0" } else { "1" };
    let message = feedback.map(|feedback| view! { <FormMessage feedback/> });
    view! {
        <tr>
            <UserCells user=user.clone() me/>
            <td data-label=i18n.t("users-column-roles")>
                {message}
                <form method="post" action="/users" class="role-form">
                    <input type="hidden" name="intent" value="roles"/>
                    <input type="hidden" name="user" value=id.clone()/>
                    <fieldset class="choices">
                        <legend class="visually-hidden">{i18n.tr("users-roles-of", &[("name", arg(user.name.clone()))])}</legend>
                        {boxes}
                    </fieldset>
                    <button type="submit" class="secondary">{i18n.t("users-save-roles")}</button>
                </form>
            </td>
            <td data-label=i18n.t("users-column-status")>
                <p>{status}</p>
                <form method="post" action="/users">
                    <input type="hidden" name="intent" value="active"/>
                    <input type="hidden" name="user" value=id/>
                    <input type="hidden" name="active" value=toggle_value/>
                    <button type="submit" class="secondary">{toggle_label}</button>
                </form>
            </td>
        </tr>
    }
    .into_any()
}

/// A row's first cells: the user's name (marked when it is the viewer) and e-mail.
#[component]
fn UserCells(user: UserRow, me: i64) -> impl IntoView {
    let i18n = use_i18n();
    let you = (user.id == me).then(|| view! { " "<span class="badge neutral">{i18n.t("users-you")}</span> });
    view! {
        <th scope="row"><span translate="no">{user.name}</span>{you}</th>
        <td data-label=i18n.t("users-column-email")>{user.email}</td>
    }
}

/// A user the viewer may not change: their roles as text, and why.
#[component]
fn LockedUserLine(user: UserRow, reason: ManageRefused, me: i64, feedback: Option<FormFeedback>) -> impl IntoView {
    let i18n = use_i18n();
    let message = feedback.map(|feedback| view! { <FormMessage feedback/> });
    let roles = if user.roles.is_empty() {
        view! { <p>{i18n.t("users-no-role")}</p> }.into_any()
    } else {
        let items = user.roles.iter().map(|role| view! { <li>{i18n.t(role_label_id(*role))}</li> }).collect_view();
        view! { <ul class="role-list">{items}</ul> }.into_any()
    };
    let hint = match reason {
        ManageRefused::OwnAccount => i18n.t("users-own-account-hint"),
        ManageRefused::GlobalAdminOnly => i18n.t("users-global-admin-only-hint"),
    };
    let status = i18n.t(if user.active { "users-active" } else { "users-deactivated" });
    view! {
        <tr>
            <UserCells user=user.clone() me/>
            <td data-label=i18n.t("users-column-roles")>
                {message}
                {roles}
                <p class="hint">{hint}</p>
            </td>
            <td data-label=i18n.t("users-column-status")><p>{status}</p></td>
        </tr>
    }
}
