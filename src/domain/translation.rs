//! The translators' workbench in words: the state of a translated message against its
//! English source, the kinds of variables a message takes (for its preview), and the
//! sample values a preview formats it with.

use serde::{Deserialize, Serialize};

crate::code_enum! {
    /// Where a message of a language stands against the English source.
    #[derive(Serialize, Deserialize, PartialOrd, Ord)]
    pub enum MessageState: "a translation state" {
        /// The language lacks the message: English is shown instead.
        Missing = "missing",
        /// Translated, but the English source changed since (its recorded source hash
        /// is not the English message's hash now, or none was recorded).
        Stale = "stale",
        /// Translated from the English source as it is now.
        Translated = "translated",
    }
}

impl MessageState {
    /// The state of a message: `own` whether the language has it, `recorded` the
    /// source hash recorded for it, `current` the English message's hash now.
    pub fn of(own: bool, recorded: Option<&str>, current: &str) -> MessageState {
        match (own, recorded) {
            (false, _) => MessageState::Missing,
            (true, Some(hash)) if hash == current => MessageState::Translated,
            (true, _) => MessageState::Stale,
        }
    }
}

crate::code_enum! {
    /// What a variable of a message holds, as far as a preview must know.
    #[derive(Serialize, Deserialize)]
    pub enum VariableKind: "a variable kind" {
        /// A number the message may select plural forms on.
        Number = "number",
        /// A date, formatted on the server before it reaches the message.
        Date = "date",
        /// An amount with its currency, formatted on the server.
        Amount = "amount",
        /// Any other text.
        Text = "text",
    }
}

/// The numbers a preview formats a message with that takes a number: the plural
/// categories of the five languages (zero, one, two, few/other) show in these.
pub const SAMPLE_NUMBERS: [i64; 4] = [0, 1, 2, 5];

/// The kind of variable `$name`, from how the message uses it and what its
/// `# Variables:` comment says (`$count (Number) - …`, `$date (String) - the day …`).
pub fn variable_kind(name: &str, selected_or_number: bool, note: &str) -> VariableKind {
    let note = note.to_lowercase();
    let declared_number = note.contains("(number)");
    let numeric_name = matches!(name, "count" | "days" | "minutes" | "attempts" | "hours" | "months" | "years" | "items");
    if selected_or_number || declared_number || numeric_name {
        return VariableKind::Number;
    }
    let amount_name = matches!(name, "amount" | "price" | "credit" | "total" | "refund" | "vat");
    if amount_name || note.contains("amount") || note.contains("price") {
        return VariableKind::Amount;
    }
    if name.contains("date") || note.contains(" day") || note.contains(" date") {
        return VariableKind::Date;
    }
    VariableKind::Text
}

/// The example a `# Variables:` note gives (`… e.g. "SR-000012"`), if any.
pub fn note_example(note: &str) -> Option<String> {
    let after = note.split("e.g.").nth(1)?.trim_start();
    let quoted = after.strip_prefix('"').or_else(|| after.strip_prefix('“'))?;
    let end = quoted.find(['"', '”'])?;
    Some(quoted[..end].to_string()).filter(|example| !example.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use MessageState::*;

    #[test]
    fn a_message_is_missing_stale_or_translated_by_its_recorded_source_hash() {
        assert_eq!(MessageState::of(false, Some("abcd1234"), "abcd1234"), Missing);
        assert_eq!(MessageState::of(true, Some("abcd1234"), "abcd1234"), Translated);
        assert_eq!(MessageState::of(true, Some("abcd1234"), "99999999"), Stale);
        assert_eq!(MessageState::of(true, None, "abcd1234"), Stale);
    }

    #[test]
    fn variables_are_numbers_dates_amounts_or_text_by_use_name_and_note() {
        assert_eq!(variable_kind("count", false, ""), VariableKind::Number);
        assert_eq!(variable_kind("level", true, "(String)"), VariableKind::Number);
        assert_eq!(variable_kind("n", false, "$n (Number) - how many"), VariableKind::Number);
        assert_eq!(variable_kind("date", false, "$date (String) - the day it was opened"), VariableKind::Date);
        assert_eq!(variable_kind("opens", false, "$opens (String) - the first day of the window"), VariableKind::Date);
        assert_eq!(variable_kind("amount", false, ""), VariableKind::Amount);
        assert_eq!(variable_kind("offer", false, "$offer (String) - the offer's name"), VariableKind::Text);
    }

    #[test]
    fn a_note_gives_its_quoted_example() {
        assert_eq!(note_example("$number (String) - the request number, e.g. \"SR-000012\"").as_deref(), Some("SR-000012"));
        assert_eq!(note_example("$offer (String) - the offer's name"), None);
    }
}
