//! My account: change the password (required once after an admin set it) and sign
//! out everywhere. Both forms post to `/account`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::account::load_account;
use crate::api::forms::posted_form;
use crate::components::error_page::ErrorPage;
use crate::components::form::{Field, FormMessage};
use crate::i18n::{arg, use_i18n};
use crate::view::account::AccountView;
use crate::view::forms::FormFeedback;

#[component]
pub fn AccountPage() -> impl IntoView {
    let account = page_data(|| (), |_| load_account());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (account.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(view)), Some(posted)) => Some(view! { <AccountContent view posted=posted.ok().flatten()/> }.into_any()),
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn AccountContent(view: AccountView, posted: Option<FormFeedback>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let title = i18n.t("account-title");
    let done = query
        .read_untracked()
        .get("done")
        .filter(|done| done == "password")
        .map(|_| view! { <p class="banner ok" role="status">{i18n.t("account-password-changed")}</p> });
    let required = view.must_change_password.then(|| view! { <p class="notice" role="status">{i18n.t("account-must-change-password")}</p> });
    let password = FormFeedback::of(posted.clone(), "password");
    let everywhere = FormFeedback::of(posted, "sign-out-everywhere");
    let hint = i18n.t("account-new-password-hint");
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        {done}
        {required}
        <p translate="no">{view.name.clone()}" · "{view.email.clone()}</p>
        <section aria-labelledby="password-heading">
            <h2 id="password-heading">{i18n.t("account-password-heading")}</h2>
            <form method="post" action="/account" class="stack" novalidate>
                <input type="hidden" name="intent" value="password"/>
                <FormMessage feedback=password.clone()/>
                <Field name="current_password" label="account-current-password" input_type="password" autocomplete="current-password"
                    feedback=password.clone() secret=true/>
                <Field name="new_password" label="account-new-password" input_type="password" autocomplete="new-password"
                    feedback=password.clone() secret=true hint=hint/>
                <Field name="confirm_password" label="account-confirm-password" input_type="password" autocomplete="new-password"
                    feedback=password.clone() secret=true/>
                <div class="actions"><button type="submit" class="primary">{i18n.t("account-password-submit")}</button></div>
            </form>
        </section>
        <section aria-labelledby="everywhere-heading">
            <h2 id="everywhere-heading">{i18n.t("account-sign-out-everywhere-heading")}</h2>
            <p>{i18n.t("account-sign-out-everywhere-hint")}</p>
            <form method="post" action="/account">
                <input type="hidden" name="intent" value="sign-out-everywhere"/>
                <FormMessage feedback=everywhere/>
                <div class="actions"><button type="submit" class="secondary">{i18n.t("account-sign-out-everywhere-submit")}</button></div>
            </form>
        </section>
    }
}
