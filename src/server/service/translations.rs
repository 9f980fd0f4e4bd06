//! The translators' workbench: the catalogs as the files under `LOCALES_DIR` say now
//! (read at every request, never written by the server), each message's state against
//! the English source, and the source hashes that tell a stale translation.
//!
//! A language's `locales/<lang>.source-hashes.toml` records, per message id, the hash
//! of the English message the translation was made from (`id = "1a2b3c4d"`, the first
//! eight hex digits of the SHA-256 of the message as Fluent's serializer writes it,
//! value and attributes, without comments). When English changes, its hash changes
//! and the translation shows as stale until a translator records it as reviewed
//! (`membership-offers translations reviewed <lang> [<id>…]`, [`record_reviewed`]).
//! The hash files sit beside the language folders, not in them: the catalogs, the
//! reloader and compare-locales read only `<lang>/*.ftl`, and no tool takes a file for
//! a language folder.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use crate::domain::translation::{variable_kind, MessageState, VariableKind};
use crate::i18n::server::{entries_of, read_language_files, LoadError};
use crate::i18n::Lang;

/// The languages translated from English, in the order of the workbench.
pub const TARGETS: [Lang; 4] = [Lang::Nl, Lang::De, Lang::Fr, Lang::Zh];

/// The glossary of UI terms (docs/glossary.toml), built into the binary.
const GLOSSARY: &str = include_str!("../../../docs/glossary.toml");

/// Why the workbench cannot read the files.
#[derive(Debug, thiserror::Error)]
pub enum WorkbenchError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{path}:{line}: not an `id = \"hash\"` line")]
    Hashes { path: String, line: usize },
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: std::io::Error },
}

/// One entry (message or `-term`) of a language's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The file's name, e.g. `offers.ftl`.
    pub file: String,
    /// The entry as Fluent's serializer writes it, without its comment.
    pub source: String,
    /// The lines of the comment attached to the entry (`# Variables:` …).
    pub comment: Vec<String>,
}

impl Entry {
    /// The hash recorded for a translation made from this (English) entry.
    pub fn source_hash(&self) -> String {
        source_hash(&self.source)
    }

    /// The entry's variables (`$name`), in order of first use, and whether each is
    /// selected on or passed to `NUMBER()`.
    pub fn variables(&self) -> Vec<(String, bool)> {
        let resource = fluent_syntax::parser::parse(self.source.as_str()).unwrap_or_else(|(resource, _)| resource);
        let mut found: Vec<(String, bool)> = Vec::new();
        for entry in &resource.body {
            let (value, attributes) = match entry {
                ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                walk_pattern(pattern, &mut found);
            }
        }
        found
    }

    /// The `# Variables:` note of `$name`, e.g. `$date (String) - the day it opened`.
    pub fn variable_note(&self, name: &str) -> String {
        let wanted = format!("${name} ");
        self.comment.iter().map(|line| line.trim()).find(|line| line.starts_with(&wanted)).unwrap_or_default().to_string()
    }

    /// The variables with their kinds and notes, for the message page and the preview.
    pub fn typed_variables(&self) -> Vec<(String, VariableKind, String)> {
        self.variables()
            .into_iter()
            .map(|(name, numeric)| {
                let note = self.variable_note(&name);
                (name.clone(), variable_kind(&name, numeric, &note), note)
            })
            .collect()
    }

    /// The entry's text without its `id =`, for lists.
    pub fn text(&self) -> String {
        let body = self.source.split_once('=').map_or(self.source.as_str(), |(_, rest)| rest);
        body.split('\n').map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join(" ")
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, found: &mut Vec<(String, bool)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, found: &mut Vec<(String, bool)>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, true, found);
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, false, found),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, numeric: bool, found: &mut Vec<(String, bool)>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => note_variable(id.name, numeric, found),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let number = id.name == "NUMBER";
            for argument in &arguments.positional {
                walk_inline(argument, numeric || number, found);
            }
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in &arguments.named {
                walk_inline(&argument.value, numeric, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, found),
        _ => {}
    }
}

fn note_variable(name: &str, numeric: bool, found: &mut Vec<(String, bool)>) {
    match found.iter_mut().find(|(n, _)| n == name) {
        Some((_, seen_numeric)) => *seen_numeric |= numeric,
        None => found.push((name.to_string(), numeric)),
    }
}

/// The first eight hex digits of the SHA-256 of a (normalized) entry.
pub fn source_hash(source: &str) -> String {
    let digest = Sha256::digest(source.as_bytes());
    digest.iter().take(4).map(|byte| format!("{byte:02x}")).collect()
}

/// The entries of `lang`'s files under `dir`, in file and then source order.
pub fn entries(dir: &Path, lang: Lang) -> Result<Vec<Entry>, WorkbenchError> {
    let mut out = Vec::new();
    for (path, text) in read_language_files(dir, lang)? {
        // Checks syntax and duplicate ids with file:line:column, as the loader does.
        entries_of(&path, &text)?;
        let file = Path::new(&path).file_name().map_or(path.clone(), |name| name.to_string_lossy().into_owned());
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(resource, _)| resource);
        for entry in resource.body {
            let (id, comment, entry) = match entry {
                ast::Entry::Message(mut m) => {
                    let comment = m.comment.take();
                    (m.id.name.to_string(), comment, ast::Entry::Message(m))
                }
                ast::Entry::Term(mut t) => {
                    let comment = t.comment.take();
                    (format!("-{}", t.id.name), comment, ast::Entry::Term(t))
                }
                _ => continue,
            };
            let source = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] });
            let comment = comment.map(|c| c.content.iter().map(|line| line.to_string()).collect()).unwrap_or_default();
            out.push(Entry { id, file: file.clone(), source, comment });
        }
    }
    Ok(out)
}

/// Where `lang`'s source hashes are kept.
pub fn hashes_path(dir: &Path, lang: Lang) -> PathBuf {
    dir.join(format!("{}.source-hashes.toml", lang.code()))
}

/// The source hashes recorded for `lang` (none when the file does not exist).
pub fn read_hashes(dir: &Path, lang: Lang) -> Result<BTreeMap<String, String>, WorkbenchError> {
    let path = hashes_path(dir, lang);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(source) => return Err(LoadError::Io { path, source }.into()),
    };
    parse_hashes(&path.display().to_string(), &text)
}

/// Reads `id = "hash"` lines (a TOML table of strings); `#` lines are comments.
pub fn parse_hashes(path: &str, text: &str) -> Result<BTreeMap<String, String>, WorkbenchError> {
    let mut hashes = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || WorkbenchError::Hashes { path: path.to_string(), line: number + 1 };
        let (key, value) = line.split_once('=').ok_or_else(bad)?;
        let key = key.trim().trim_matches('"');
        let value = value.trim().strip_prefix('"').and_then(|v| v.strip_suffix('"')).ok_or_else(bad)?;
        if key.is_empty() || !value.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
        hashes.insert(key.to_string(), value.to_string());
    }
    Ok(hashes)
}

fn write_hashes(dir: &Path, lang: Lang, hashes: &BTreeMap<String, String>) -> Result<(), WorkbenchError> {
    let path = hashes_path(dir, lang);
    let mut text = format!(
        "# The English source each {} translation was made from: message id = the first eight hex\n\
         # digits of the SHA-256 of the English message (value and attributes, no comments).\n\
         # Written by `membership-offers translations reviewed {}`; see the README, \"For translators\".\n",
        lang.code(),
        lang.code()
    );
    for (id, hash) in hashes {
        // Term ids start with `-`, which a bare TOML key may not: every key is quoted.
        text.push_str(&format!("\"{id}\" = \"{hash}\"\n"));
    }
    let write = |path: &Path| -> std::io::Result<()> {
        std::fs::write(path, &text)
    };
    write(&path).map_err(|source| WorkbenchError::Write { path: path.display().to_string(), source })
}

/// Records `lang`'s translations of `ids` (all its translations when `ids` is empty)
/// as made from the English source as it is now. Ids English or the language lacks are
/// left out, and recorded ids English no longer has are dropped. Returns how many ids
/// were recorded.
pub fn record_reviewed(dir: &Path, lang: Lang, ids: &[String]) -> Result<usize, WorkbenchError> {
    let english = entries(dir, Lang::En)?;
    let own: BTreeSet<String> = entries(dir, lang)?.into_iter().map(|entry| entry.id).collect();
    let mut hashes = read_hashes(dir, lang)?;
    hashes.retain(|id, _| english.iter().any(|entry| &entry.id == id));
    let mut recorded = 0;
    for entry in &english {
        if own.contains(&entry.id) && (ids.is_empty() || ids.contains(&entry.id)) {
            hashes.insert(entry.id.clone(), entry.source_hash());
            recorded += 1;
        }
    }
    write_hashes(dir, lang, &hashes)?;
    Ok(recorded)
}

/// One English message and where a language stands with it.
#[derive(Debug, Clone)]
pub struct Line {
    pub english: Entry,
    pub translation: Option<Entry>,
    pub state: MessageState,
    pub recorded_hash: Option<String>,
}

/// How far a language is: counts over the English entries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub total: usize,
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
}

/// A language's files against English, as they are now.
#[derive(Debug, Clone)]
pub struct Workbench {
    pub lang: Lang,
    pub lines: Vec<Line>,
}

impl Workbench {
    /// Reads English and `lang` from `dir`.
    pub fn read(dir: &Path, lang: Lang) -> Result<Workbench, WorkbenchError> {
        let english = entries(dir, Lang::En)?;
        let mut own: BTreeMap<String, Entry> = entries(dir, lang)?.into_iter().map(|entry| (entry.id.clone(), entry)).collect();
        let hashes = read_hashes(dir, lang)?;
        let lines = english
            .into_iter()
            .map(|english| {
                let translation = own.remove(&english.id);
                let recorded_hash = hashes.get(&english.id).cloned();
                let state = MessageState::of(translation.is_some(), recorded_hash.as_deref(), &english.source_hash());
                Line { english, translation, state, recorded_hash }
            })
            .collect();
        Ok(Workbench { lang, lines })
    }

    pub fn progress(&self) -> Progress {
        let count = |state| self.lines.iter().filter(|line| line.state == state).count();
        Progress {
            total: self.lines.len(),
            translated: count(MessageState::Translated),
            stale: count(MessageState::Stale),
            missing: count(MessageState::Missing),
        }
    }

    /// The lines in `state` (all when `None`), of `file` (all when empty), whose id,
    /// English or translation contains `search` (case-insensitive).
    pub fn filtered(&self, state: Option<MessageState>, file: &str, search: &str) -> Vec<&Line> {
        let search = search.trim().to_lowercase();
        self.lines
            .iter()
            .filter(|line| state.is_none_or(|s| line.state == s))
            .filter(|line| file.is_empty() || line.english.file == file)
            .filter(|line| {
                search.is_empty()
                    || line.english.id.to_lowercase().contains(&search)
                    || line.english.text().to_lowercase().contains(&search)
                    || line.translation.as_ref().is_some_and(|t| t.text().to_lowercase().contains(&search))
            })
            .collect()
    }

    /// The English files, in order.
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = Vec::new();
        for line in &self.lines {
            if !files.contains(&line.english.file) {
                files.push(line.english.file.clone());
            }
        }
        files
    }

    pub fn line(&self, id: &str) -> Option<&Line> {
        self.lines.iter().find(|line| line.english.id == id)
    }
}

/// The whole Fluent source of `lang` (its files joined), for building a preview catalog.
pub fn joined_source(dir: &Path, lang: Lang) -> Result<String, WorkbenchError> {
    let mut out = String::new();
    for (_, text) in read_language_files(dir, lang)? {
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// A glossary term (docs/glossary.toml): its id, what it names and its text per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryTerm {
    pub id: String,
    pub concept: String,
    pub texts: BTreeMap<String, String>,
}

impl GlossaryTerm {
    pub fn text(&self, lang: Lang) -> String {
        self.texts.get(lang.code()).cloned().unwrap_or_default()
    }
}

/// The glossary's terms, in the file's order.
pub fn glossary() -> Vec<GlossaryTerm> {
    parse_glossary(GLOSSARY)
}

/// Reads the glossary's `[terms.<id>]` tables of `key = "text"` lines.
pub fn parse_glossary(text: &str) -> Vec<GlossaryTerm> {
    let mut terms: Vec<GlossaryTerm> = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix("[terms.").and_then(|rest| rest.strip_suffix(']')) {
            terms.push(GlossaryTerm { id: header.trim_matches('"').to_string(), concept: String::new(), texts: BTreeMap::new() });
        } else if let (Some(term), Some((key, value))) = (terms.last_mut(), line.split_once('=')) {
            if line.starts_with('#') {
                continue;
            }
            let value = value.trim().trim_matches('"').to_string();
            match key.trim() {
                "concept" => term.concept = value,
                code => {
                    term.texts.insert(code.to_string(), value);
                }
            }
        }
    }
    terms
}

/// The glossary terms an English message uses: a term it references (`{ -network-name }`),
/// the message the glossary names itself, or a page or button name its text contains.
pub fn terms_used<'g>(english: &Entry, glossary: &'g [GlossaryTerm]) -> Vec<&'g GlossaryTerm> {
    let text = english.source.to_lowercase();
    glossary
        .iter()
        .filter(|term| {
            if term.id.starts_with('-') {
                return english.source.contains(&format!("{{ {} }}", term.id)) || english.source.contains(&format!("{{ {}(", term.id));
            }
            term.id == english.id || contains_words(&text, &term.text(Lang::En).to_lowercase())
        })
        .collect()
}

/// Whether `words` occur in `text` with no letter right before or after them.
fn contains_words(text: &str, words: &str) -> bool {
    if words.is_empty() {
        return false;
    }
    text.match_indices(words).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, source: &str) -> Entry {
        Entry { id: id.to_string(), file: "x.ftl".to_string(), source: source.to_string(), comment: Vec::new() }
    }

    #[test]
    fn variables_are_found_in_values_attributes_and_selectors() {
        let e = entry("m", "m = { $count ->\n    [one] One { $offer }\n   *[other] { $count } on { $date }\n}\n    .title = { NUMBER($days) }\n");
        assert_eq!(
            e.variables(),
            [("count".to_string(), true), ("offer".to_string(), false), ("date".to_string(), false), ("days".to_string(), true)]
        );
    }

    #[test]
    fn the_hash_is_eight_hex_digits_of_the_normalized_source() {
        let hash = source_hash("a = b\n");
        assert_eq!(hash.len(), 8);
        assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(hash, source_hash("a = c\n"));
    }

    #[test]
    fn hash_lines_read_back_and_bad_ones_name_their_line() {
        let hashes = parse_hashes("nl.toml", "# c\n\"-brand\" = \"0a1b2c3d\"\nhello = \"ffffffff\"\n").unwrap();
        assert_eq!(hashes["-brand"], "0a1b2c3d");
        assert_eq!(hashes["hello"], "ffffffff");
        let error = parse_hashes("nl.toml", "a = \"x\"\nb\n").unwrap_err().to_string();
        assert_eq!(error, "nl.toml:1: not an `id = \"hash\"` line");
    }

    #[test]
    fn glossary_terms_are_found_by_reference_or_by_whole_words() {
        let glossary = parse_glossary("[terms.\"-network-name\"]\nconcept = \"n\"\nen = \"Partner Network\"\n\n[terms.offers-buy]\nen = \"Buy\"\nnl = \"Kopen\"\n");
        assert_eq!(glossary.len(), 2);
        assert_eq!(glossary[1].text(Lang::Nl), "Kopen");
        let uses = |source: &str| terms_used(&entry("m", source), &glossary).iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(uses("m = Join { -network-name }\n"), ["-network-name"]);
        assert_eq!(uses("m = Buy it\n"), ["offers-buy"]);
        assert!(uses("m = Buyer\n").is_empty());
    }
}
