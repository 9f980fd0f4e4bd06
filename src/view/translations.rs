//! What the translators' workbench shows: each language's completeness, its messages
//! beside the English source, and one message with its variables, glossary terms and
//! preview.

use serde::{Deserialize, Serialize};

use crate::domain::translation::{MessageState, VariableKind};
use crate::i18n::Lang;

/// How far a language is, over the English messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageProgress {
    pub lang: Lang,
    pub total: usize,
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
}

/// `/translations`: every language's completeness, or why the files do not load.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationsOverview {
    pub languages: Vec<LanguageProgress>,
    /// A file that does not load, with file:line:column.
    pub problem: Option<String>,
}

/// The filters of a language's message list (a GET form: `?show=&file=&q=`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MessageFilter {
    /// `None`: every message.
    pub show: Option<MessageState>,
    /// One file's messages; empty for all.
    pub file: String,
    /// Part of an id, of the English or of the translation.
    pub search: String,
}

/// One message in a language's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageLine {
    pub id: String,
    pub english: String,
    pub translation: Option<String>,
    pub state: MessageState,
}

/// The messages of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileGroup {
    pub file: String,
    pub lines: Vec<MessageLine>,
}

/// `/translations/{lang}`: the language's messages, filtered, grouped by file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageView {
    pub progress: LanguageProgress,
    pub files: Vec<String>,
    pub groups: Vec<FileGroup>,
    pub shown: usize,
    pub problem: Option<String>,
}

/// A variable of a message, as its `# Variables:` comment describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariableLine {
    pub name: String,
    pub kind: VariableKind,
    /// The comment's line for the variable (empty when there is none).
    pub note: String,
}

/// A glossary term a message uses, with its text in English and in the language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermLine {
    pub id: String,
    pub concept: String,
    pub english: String,
    pub translation: String,
}

/// One row of the preview: the message formatted with one set of sample values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    /// The number given to the message's number variables; `None` when it has none.
    pub number: Option<i64>,
    pub english: String,
    /// `None` when the language lacks the message.
    pub translation: Option<String>,
}

/// `/translations/{lang}/{id}`: one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub lang: Lang,
    pub id: String,
    pub file: String,
    pub state: MessageState,
    pub english: String,
    pub translation: Option<String>,
    pub comment: Vec<String>,
    pub variables: Vec<VariableLine>,
    /// The sample values given to the variables that are not numbers, formatted.
    pub samples: Vec<(String, String)>,
    pub terms: Vec<TermLine>,
    pub preview: Vec<PreviewRow>,
    /// The number the translator asked for (`?number=`), previewed after 0, 1, 2 and 5.
    pub number: Option<i64>,
    pub takes_number: bool,
    pub current_hash: String,
    pub recorded_hash: Option<String>,
    /// The message before and after in the language's list, for paging through.
    pub previous: Option<String>,
    pub next: Option<String>,
}
