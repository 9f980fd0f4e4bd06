//! Sign-in page: e-mail and password; posts to itself.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::view::forms::FormFeedback;
use crate::components::form::{Field, FormMessage};
use crate::i18n::{arg, use_i18n};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let posted = page_data(|| (), |_| posted_form());
    let title = i18n.t("sign-in-title");
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <section class="card sign-in">
            <h1>{title}</h1>
            {move || (query.read().get("done").as_deref() == Some("signed-out-everywhere"))
                .then(|| view! { <p class="banner ok" role="status">{use_i18n().t("account-signed-out-everywhere")}</p> })}
            <Suspense>
                {move || {
                    let i18n = use_i18n();
                    posted.get().map(|posted| {
                        let feedback = FormFeedback::of(posted.ok().flatten(), "sign-in");
                        let next = if feedback.values.contains_key("next") {
                            feedback.value("next")
                        } else {
                            query.read().get("next").unwrap_or_default()
                        };
                        view! {
                            <form method="post" action="/sign-in" class="stack" novalidate>
                                <FormMessage feedback=feedback.clone()/>
                                <input type="hidden" name="next" value=next/>
                                <Field name="email" label="sign-in-email" input_type="email" autocomplete="username" feedback=feedback.clone()/>
                                <Field name="password" label="sign-in-password" input_type="password" autocomplete="current-password" feedback=feedback.clone() secret=true/>
                                <div class="actions">
                                    <button type="submit" class="primary">{i18n.t("sign-in-submit")}</button>
                                </div>
                            </form>
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
