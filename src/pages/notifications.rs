//! Notifications: what the partner was told about their subscriptions, newest first,
//! with Mark as read (one, or all).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::notifications::load_notifications;
use crate::components::error_page::ErrorPage;
use crate::i18n::{arg, num, use_i18n};
use crate::view::notifications::{NotificationItem, NotificationsView};

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let notifications = page_data(|| (), |_| load_notifications());
    view! {
        <Suspense>
            {move || notifications.get().map(|result| match result {
                Ok(view) => view! { <NotificationsContent view/> }.into_any(),
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn NotificationsContent(view: NotificationsView) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("notifications-title");
    let done = query.read_untracked().get("done").is_some().then(|| view! { <p class="banner ok" role="status">{i18n.t("notifications-done-read")}</p> });
    let summary = i18n.tr("notifications-unread-count", &[("count", num(view.unread))]);
    let mark_all = (view.unread > 0).then(|| {
        view! {
            <form method="post" action="/notifications" class="actions">
                <input type="hidden" name="intent" value="read-all"/>
                <button type="submit" class="secondary">{i18n.t("notifications-mark-all-read")}</button>
            </form>
        }
    });
    let body = if view.items.is_empty() {
        view! { <p>{i18n.t("notifications-none")}</p> }.into_any()
    } else {
        let items = view.items.into_iter().map(|item| view! { <NotificationLine item/> }).collect_view();
        view! { <ul class="notifications">{items}</ul> }.into_any()
    };
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        {done}
        <p>{summary}</p>
        {mark_all}
        {body}
    }
}

#[component]
fn NotificationLine(item: NotificationItem) -> impl IntoView {
    let i18n = use_i18n();
    let class = if item.read { "notification card" } else { "notification card unread" };
    let mark = (!item.read).then(|| {
        view! {
            <form method="post" action="/notifications">
                <input type="hidden" name="intent" value="read"/>
                <input type="hidden" name="id" value=item.id.to_string()/>
                <button type="submit" class="secondary">{i18n.t("notifications-mark-read")}</button>
            </form>
        }
    });
    let new = (!item.read).then(|| view! { <span class="badge warn">{i18n.t("notifications-new")}</span>" " });
    view! {
        <li class=class>
            <p>{new}{item.text.render(&i18n)}</p>
            <p class="hint">{item.at.clone()}" · "<a href=item.link.clone()>{i18n.t("offers-view-details")}</a></p>
            {mark}
        </li>
    }
}
