//! The accessibility statement: the standard targeted, how it is tested, the known
//! limits and where to report a problem. Public, like the sign-in page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{arg, use_i18n};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("a11y-title");
    let list = |ids: &[&'static str]| ids.iter().map(|id| view! { <li>{i18n.t(id)}</li> }).collect_view();
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("a11y-intro")}</p>
        <section aria-labelledby="a11y-standard">
            <h2 id="a11y-standard">{i18n.t("a11y-standard-heading")}</h2>
            <p>{i18n.t("a11y-standard")}</p>
        </section>
        <section aria-labelledby="a11y-testing">
            <h2 id="a11y-testing">{i18n.t("a11y-testing-heading")}</h2>
            <ul>{list(&["a11y-testing-axe", "a11y-testing-html", "a11y-testing-keyboard", "a11y-testing-phone"])}</ul>
        </section>
        <section aria-labelledby="a11y-limits">
            <h2 id="a11y-limits">{i18n.t("a11y-limits-heading")}</h2>
            <ul>{list(&["a11y-limit-colors", "a11y-limit-pdf", "a11y-limit-manual"])}</ul>
        </section>
        <section aria-labelledby="a11y-contact">
            <h2 id="a11y-contact">{i18n.t("a11y-contact-heading")}</h2>
            <p>{i18n.t("a11y-contact")}</p>
        </section>
    }
}
