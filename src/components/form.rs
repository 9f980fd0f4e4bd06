//! Form fields with a label, the value typed before, and the error beside the field.

use leptos::prelude::*;

use crate::view::forms::{field_error_id, FormFeedback};
use crate::domain::validation::FieldError;
use crate::i18n::use_i18n;

/// A labelled input. `label` is a Fluent id; the field's error (a Fluent id in
/// `feedback`) is shown below it and linked with `aria-describedby`.
#[component]
pub fn Field(
    name: &'static str,
    label: &'static str,
    feedback: FormFeedback,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = true)] required: bool,
    /// Never show the value typed before (passwords, card numbers).
    #[prop(optional)]
    secret: bool,
    /// Checks the value in the browser when the field is left, with the same domain
    /// parser the server uses; the server checks again on submit.
    #[prop(optional)]
    validate: Option<fn(&str) -> Option<FieldError>>,
    /// The text shown when the form was not posted yet.
    #[prop(optional)]
    initial: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let server_error = feedback.error(name);
    let error_signal = RwSignal::new(server_error.clone());
    let error = server_error.map(|message| i18n.t(&message));
    let value = match (secret, initial) {
        (true, _) => String::new(),
        (false, Some(initial)) if !feedback.values.contains_key(name) => initial,
        (false, _) => feedback.value(name),
    };
    let described = [error.as_ref().map(|_| error_id.clone()), hint.as_ref().map(|_| hint_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class="field">
            <label for=id.clone()>{i18n.t(label)}</label>
            {hint.map(|hint| view! { <span class="hint" id=hint_id.clone()>{hint}</span> })}
            <input
                id=id
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                required=required
                aria-invalid=move || error_signal.get().map(|_| "true")
                aria-describedby=(!described.is_empty() || validate.is_some()).then_some(if described.is_empty() { error_id.clone() } else { described })
                on:change=move |event| {
                    if let Some(check) = validate {
                        let value = event_target_value(&event);
                        let found = if value.trim().is_empty() { None } else { check(&value) };
                        error_signal.set(found.map(|e| field_error_id(e).to_string()));
                    }
                }
            />
            {move || {
                let i18n = use_i18n();
                error_signal.get().map(|message| view! { <span class="error" id=error_id.clone() role="alert">{i18n.t(&message)}</span> })
            }}
        </div>
    }
}

/// The message about the whole form, if any, as an alert.
#[component]
pub fn FormMessage(feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    feedback.message.map(|message| view! { <p class="form-error" role="alert">{message.render(&i18n)}</p> })
}

/// A labelled multi-line field; its error (a Fluent id in `feedback`) is shown below it
/// and linked with `aria-describedby`.
#[component]
pub fn TextArea(
    name: &'static str,
    label: &'static str,
    feedback: FormFeedback,
    /// The text shown when the form was not posted yet.
    #[prop(optional)]
    initial: Option<String>,
    #[prop(default = 5)] rows: u32,
    /// The element id's part when two forms of a page share the field `name` (ids are
    /// unique in a document, and each label must point at its own field).
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{}", id.unwrap_or(name));
    let error_id = format!("{id}-error");
    let value = if feedback.values.contains_key(name) { feedback.value(name) } else { initial.unwrap_or_default() };
    let error = feedback.error(name).map(|message| i18n.t(&message));
    view! {
        <div class="field">
            <label for=id.clone()>{i18n.t(label)}</label>
            <textarea id=id name=name rows=rows.to_string() required
                aria-invalid=error.as_ref().map(|_| "true")
                aria-describedby=error.as_ref().map(|_| error_id.clone())>{value}</textarea>
            {error.map(|message| view! { <span class="error" id=error_id.clone() role="alert">{message}</span> })}
        </div>
    }
}

/// A labelled choice among `options` (value, Fluent id of its label).
#[component]
pub fn SelectField(
    name: &'static str,
    label: &'static str,
    feedback: FormFeedback,
    options: Vec<(String, String)>,
    /// The value chosen when the form was not posted yet.
    #[prop(optional)]
    initial: Option<String>,
    /// A first, empty choice with this label (Fluent id).
    #[prop(optional)]
    empty: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let chosen = if feedback.values.contains_key(name) { feedback.value(name) } else { initial.unwrap_or_default() };
    let error = feedback.error(name).map(|message| i18n.t(&message));
    let empty = empty.map(|label| view! { <option value="">{i18n.t(label)}</option> });
    let options = options
        .into_iter()
        .map(|(value, label)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{i18n.t(&label)}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{i18n.t(label)}</label>
            <select id=id name=name aria-invalid=error.as_ref().map(|_| "true") aria-describedby=error.as_ref().map(|_| error_id.clone())>
                {empty}
                {options}
            </select>
            {error.map(|message| view! { <span class="error" id=error_id.clone() role="alert">{message}</span> })}
        </div>
    }
}
