//! New request (seed 000): category "Report problems with Partner Center", a problem
//! type, then subject and description.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::codec::page_data;
use crate::api::forms::posted_form;
use crate::api::support::may_open_request;
use crate::components::error_page::ErrorPage;
use crate::components::form::{Field, FormMessage, SelectField, TextArea};
use crate::domain::support::ProblemType;
use crate::i18n::{arg, use_i18n};
use crate::view::forms::FormFeedback;
use crate::view::labels::problem_type_label_id;

#[component]
pub fn SupportNewPage() -> impl IntoView {
    let allowed = page_data(|| (), |_| may_open_request());
    let posted = page_data(|| (), |_| posted_form());
    view! {
        <Suspense>
            {move || match (allowed.get(), posted.get()) {
                (Some(Err(error)), _) => Some(view! { <ErrorPage error/> }.into_any()),
                (Some(Ok(())), Some(posted)) => {
                    let feedback = FormFeedback::of(posted.ok().flatten(), "new-request");
                    Some(view! { <NewRequestForm feedback/> }.into_any())
                }
                _ => None,
            }}
        </Suspense>
    }
}

#[component]
fn NewRequestForm(feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("support-new-request");
    let problems = ProblemType::ALL.iter().map(|p| (p.code().to_string(), problem_type_label_id(*p).to_string())).collect();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <p><a href="/support">{i18n.t("support-back")}</a></p>
        <h1>{title}</h1>
        <form method="post" action="/support/new" class="stack" novalidate>
            <FormMessage feedback=feedback.clone()/>
            <fieldset class="choices">
                <legend>{i18n.t("cancel-category")}</legend>
                <label><input type="radio" name="category" value="partner-center-problem" checked=true/>" "{i18n.t("support-category-partner-center")}</label>
            </fieldset>
            <SelectField name="problem_type" label="cancel-problem-type" feedback=feedback.clone() options=problems empty="support-choose-problem-type"/>
            <Field name="subject" label="support-subject" feedback=feedback.clone()/>
            <TextArea name="description" label="cancel-description" feedback=feedback.clone()/>
            <div class="actions">
                <button type="submit" class="primary">{i18n.t("cancel-submit")}</button>
                <a href="/support">{i18n.t("support-back")}</a>
            </div>
        </form>
    }
}
