//! The frame around every page: header, navigation, language switcher, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::codec::page_data;
use crate::api::shell::load_visitor;
use crate::view::shell::Visitor;
use crate::components::announce::Announcer;
use crate::components::nav::MainNav;
use crate::i18n::{use_i18n, Lang};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // Set once the browser has hydrated: end-to-end tests wait for it before clicking.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let visitor = page_data(|| (), |_| load_visitor());
    view! {
        <div class="page" data-hydrated=move || hydrated.get().to_string()>
            <a class="skip-link" href="#main">{i18n.t("shell-skip-to-content")}</a>
            <Suspense>
                {move || visitor.get().map(|visitor| {
                    let visitor = visitor.unwrap_or_default();
                    view! { <Header visitor=visitor.clone()/> {visitor.signed_in.then(|| view! { <MainNav visitor=visitor.clone()/> })} }
                })}
            </Suspense>
            <main id="main" class="content">{children()}</main>
            <Announcer/>
            <footer class="site-footer">
                <p>{i18n.t("shell-footer")}</p>
                <p><a href="/accessibility">{i18n.t("a11y-title")}</a></p>
            </footer>
        </div>
    }
}

/// Product name, organization, the signed-in user with Sign out, language switcher.
#[component]
fn Header(visitor: Visitor) -> impl IntoView {
    let i18n = use_i18n();
    let organization = visitor.organization_name.clone().or_else(|| visitor.is_staff.then(|| i18n.t("shell-staff")));
    // Names are data: a browser's translation (and the pseudo-locale check) leaves them.
    let organization_is_data = visitor.organization_name.is_some().then_some("no");
    view! {
        <header class="site-header">
            <div class="brand">
                <a href="/" class="brand-name">{i18n.t("shell-product-name")}</a>
                {organization.map(|name| view! { <span class="org-name" translate=organization_is_data>{name}</span> })}
            </div>
            <div class="header-tools">
                {visitor.signed_in.then(|| view! {
                    <div class="user-menu">
                        {(!visitor.is_staff).then(|| {
                            let count = visitor.unread_notifications;
                            let label = i18n.tr("shell-notifications-link", &[("count", crate::i18n::num(count))]);
                            view! {
                                <a href="/notifications" class="notifications-link">
                                    {i18n.t("notifications-title")}
                                    {(count > 0).then(|| view! {
                                        " "<span class="count" aria-hidden="true">{count}</span>
                                        <span class="visually-hidden">{label.clone()}</span>
                                    })}
                                </a>
                            }
                        })}
                        <a href="/account" class="account-link" translate="no">{visitor.user_name.clone()}</a>
                        <form method="post" action="/sign-out">
                            <button type="submit">{i18n.t("shell-sign-out")}</button>
                        </form>
                    </div>
                })}
                <LanguageSwitcher/>
            </div>
        </header>
    }
}

/// Links to the current page in each language. A full page load (`rel="external"`) so
/// that the whole page, title and `<html lang>` included, changes language; it works
/// the same with and without JavaScript.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let current = i18n.lang();
    let items = Lang::ALL
        .into_iter()
        .map(|lang| {
            let href = {
                let location = location.clone();
                move || switch_href(&location.pathname.get(), &location.search.get(), lang)
            };
            let name = i18n.t(lang.name_id());
            let is_current = (lang == current).then_some("true");
            view! {
                <li>
                    <a href=href rel="external" hreflang=lang.bcp47() lang=lang.bcp47() aria-current=is_current>{name}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switcher" aria-label=i18n.t("shell-language-label")>
            <ul>{items}</ul>
        </nav>
    }
}


/// The current path and query with `lang` set to `lang` (other parameters kept).
pub fn switch_href(path: &str, search: &str, lang: Lang) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    let mut query = kept.join("&");
    if !query.is_empty() {
        query.push('&');
    }
    format!("{path}?{query}lang={}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_language_keeps_the_page_and_other_parameters() {
        assert_eq!(switch_href("/invoices", "?year=2021&lang=de", Lang::Fr), "/invoices?year=2021&lang=fr");
        assert_eq!(switch_href("/", "", Lang::Zh), "/?lang=zh");
    }
}
