//! What a page needs to show a submitted form again: the values typed (secrets never
//! included), the error of each field and a message for the whole form, all as
//! Fluent ids. See docs/adr/0001-forms-post-to-their-page.md.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Notice;
use crate::domain::validation::FieldError;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFeedback {
    /// Which form was posted (a page may hold several).
    pub form: String,
    pub values: BTreeMap<String, String>,
    /// Field name -> Fluent id of its error.
    pub errors: BTreeMap<String, String>,
    /// A message about the whole form.
    pub message: Option<Notice>,
}

impl FormFeedback {
    pub fn new(form: &str) -> FormFeedback {
        FormFeedback { form: form.to_string(), ..Default::default() }
    }

    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    pub fn keep(&mut self, field: &str, value: &str) {
        self.values.insert(field.to_string(), value.to_string());
    }

    pub fn field_error(&mut self, field: &str, error: FieldError) {
        self.errors.insert(field.to_string(), field_error_id(error).to_string());
    }

    /// An error of a field that is not one of the domain's [`FieldError`]s.
    pub fn field_message(&mut self, field: &str, id: &str) {
        self.errors.insert(field.to_string(), id.to_string());
    }

    /// Records the error of a parsed field, if it has one.
    pub fn check<T>(&mut self, field: &str, parsed: &Result<T, FieldError>) {
        if let Err(error) = parsed {
            self.field_error(field, *error);
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || self.message.is_some()
    }

    /// Feedback of `form`, if the posted form was that one.
    pub fn of(feedback: Option<FormFeedback>, form: &str) -> FormFeedback {
        feedback.filter(|f| f.form == form).unwrap_or_else(|| FormFeedback::new(form))
    }
}

/// The Fluent id that explains a field error.
pub fn field_error_id(error: FieldError) -> &'static str {
    match error {
        FieldError::Required => crate::fl!("field-required"),
        FieldError::TooLong { .. } => crate::fl!("field-too-long"),
        FieldError::InvalidEmail => crate::fl!("field-invalid-email"),
        FieldError::InvalidPhone => crate::fl!("field-invalid-phone"),
        FieldError::InvalidCharacters => crate::fl!("field-invalid-characters"),
        FieldError::InvalidCardNumber => crate::fl!("field-invalid-card-number"),
        FieldError::CardExpired => crate::fl!("field-card-expired"),
        FieldError::InvalidExpiry => crate::fl!("field-invalid-expiry"),
        FieldError::InvalidCvc => crate::fl!("field-invalid-cvc"),
        FieldError::InvalidPostalCode => crate::fl!("field-invalid-postal-code"),
        FieldError::InvalidVatId => crate::fl!("field-invalid-vat-id"),
    }
}
