//! What a screen reader is told when JavaScript runs and the page changes without a
//! full load: a form that is posting (its submit buttons disabled, `aria-busy` on the
//! form), and the page reached by a client-side navigation (focus moves to its `h1`,
//! its title is announced). Without JavaScript the browser does both itself: a form
//! posts normally and every page is a full load.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The page's one polite live region, and the listeners that fill it.
#[component]
pub fn Announcer() -> impl IntoView {
    let i18n = use_i18n();
    let message = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    browser::listen(message, i18n.t("form-sending"));
    #[cfg(not(feature = "hydrate"))]
    let _ = &i18n;
    // A live region without the `status` role: the page's own status messages (a
    // banner, "Saved") keep that role to themselves.
    view! {
        <p id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true">
            {move || message.get()}
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::time::Duration;

    use leptos::prelude::*;
    use leptos_router::hooks::use_location;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement, HtmlFormElement};

    /// How long to wait for the new page's heading (its data loads after navigation).
    const HEADING_WAIT: Duration = Duration::from_secs(5);
    const HEADING_POLL: Duration = Duration::from_millis(50);

    pub fn listen(message: RwSignal<Option<String>>, sending: String) {
        let submit = window_event_listener(leptos::ev::submit, move |event| {
            if event.default_prevented() {
                return;
            }
            let Some(form) = event.target().and_then(|target| target.dyn_into::<HtmlFormElement>().ok()) else {
                return;
            };
            let _ = form.set_attribute("aria-busy", "true");
            message.set(Some(sending.clone()));
            // Disabled once the browser has read the form: a disabled submitter would
            // drop its name and value from what is posted.
            set_timeout(move || set_buttons_disabled(&form, true), Duration::ZERO);
        });
        // Back to a page kept in the back-forward cache: its forms are usable again.
        let pageshow = window_event_listener(leptos::ev::pageshow, move |event| {
            if event.persisted() {
                message.set(None);
                for form in all("form[aria-busy='true']") {
                    let _ = form.remove_attribute("aria-busy");
                    if let Ok(form) = form.dyn_into::<HtmlFormElement>() {
                        set_buttons_disabled(&form, false);
                    }
                }
            }
        });
        on_cleanup(move || {
            submit.remove();
            pageshow.remove();
        });

        let location = use_location();
        // The title of the page focus was last moved to (or of the first page): a new
        // page has rendered once the title differs (its data loads after navigation).
        let settled = StoredValue::new(document().title());
        Effect::new(move |previous: Option<String>| {
            let path = location.pathname.get();
            if previous.as_ref().is_some_and(|previous| *previous != path) {
                focus_heading(message, settled, HEADING_WAIT);
            }
            path
        });
    }

    /// Moves focus to the new page's `h1` once it has rendered and announces its title.
    /// A page with the same title as the last one gets focus when the wait runs out.
    fn focus_heading(message: RwSignal<Option<String>>, settled: StoredValue<String>, left: Duration) {
        let heading = document().query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok());
        let title = document().title();
        let rendered = title != settled.get_value() || left <= HEADING_POLL;
        match heading {
            Some(heading) if rendered => {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
                settled.set_value(title.clone());
                message.set(Some(title));
                // Suspense may put the final heading in place of this one.
                set_timeout(move || keep_focus(heading, 3), HEADING_POLL * 2);
            }
            _ if left > HEADING_POLL => set_timeout(move || focus_heading(message, settled, left - HEADING_POLL), HEADING_POLL),
            _ => {}
        }
    }

    /// Moves focus to the page's current `h1` if the one focused was replaced (checked
    /// `checks` more times).
    fn keep_focus(focused: HtmlElement, checks: u32) {
        if checks == 0 {
            return;
        }
        let current = if focused.is_connected() {
            Some(focused)
        } else {
            document().query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok()).inspect(|heading| {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
            })
        };
        if let Some(heading) = current {
            set_timeout(move || keep_focus(heading, checks - 1), HEADING_POLL * 2);
        }
    }

    fn set_buttons_disabled(form: &HtmlFormElement, disabled: bool) {
        let Ok(buttons) = form.query_selector_all("button, input[type='submit']") else { return };
        for index in 0..buttons.length() {
            if let Some(button) = buttons.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
                if disabled {
                    let _ = button.set_attribute("disabled", "");
                } else {
                    let _ = button.remove_attribute("disabled");
                }
            }
        }
    }

    fn all(selector: &str) -> Vec<Element> {
        let Ok(list) = document().query_selector_all(selector) else { return Vec::new() };
        (0..list.length()).filter_map(|index| list.item(index).and_then(|node| node.dyn_into::<Element>().ok())).collect()
    }
}
