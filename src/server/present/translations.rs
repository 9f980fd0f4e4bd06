//! The translators' workbench to view models, and the preview: a message formatted in
//! English and in the language, from the files as they are now, with sample values
//! (numbers passed as numbers, so plural variants show; dates and amounts formatted
//! by the language's [`Formatter`]).

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use crate::domain::translation::{note_example, VariableKind, SAMPLE_NUMBERS};
use crate::i18n::format::Formatter;
use crate::i18n::{arg, num, Catalog, CatalogSource, Lang};
use crate::server::service::translations::{terms_used, GlossaryTerm, Line, Progress, Workbench};
use crate::view::translations::{
    FileGroup, LanguageProgress, LanguageView, MessageFilter, MessageLine, MessageView, PreviewRow, TermLine, VariableLine,
};

/// The date a preview gives a date variable.
const SAMPLE_DATE: (i32, u32, u32) = (2026, 6, 23);
/// The amount a preview gives an amount variable: 1,234.56 in euros.
const SAMPLE_AMOUNT: (i64, &str, u8) = (123_456, "EUR", 2);

pub fn progress(lang: Lang, progress: Progress) -> LanguageProgress {
    LanguageProgress { lang, total: progress.total, translated: progress.translated, stale: progress.stale, missing: progress.missing }
}

pub fn language_view(workbench: &Workbench, filter: &MessageFilter) -> LanguageView {
    let lines = workbench.filtered(filter.show, &filter.file, &filter.search);
    let mut groups: Vec<FileGroup> = Vec::new();
    for line in &lines {
        let message = MessageLine {
            id: line.english.id.clone(),
            english: line.english.text(),
            translation: line.translation.as_ref().map(|t| t.text()),
            state: line.state,
        };
        match groups.last_mut() {
            Some(group) if group.file == line.english.file => group.lines.push(message),
            _ => groups.push(FileGroup { file: line.english.file.clone(), lines: vec![message] }),
        }
    }
    LanguageView { progress: progress(workbench.lang, workbench.progress()), files: workbench.files(), groups, shown: lines.len(), problem: None }
}

/// The catalog of `lang` from the files as they are (`own`), over all of English.
fn catalog(lang: Lang, english: &str, own: &str) -> Option<Catalog> {
    Catalog::build(CatalogSource { lang, pseudo: false, fallback: english.to_string(), own: own.to_string() }).ok()
}

/// The sample value of a variable that is not a number.
fn sample(kind: VariableKind, note: &str, name: &str, fmt: &Formatter) -> String {
    match kind {
        VariableKind::Date => {
            let (y, m, d) = SAMPLE_DATE;
            fmt.date(NaiveDate::from_ymd_opt(y, m, d).expect("a valid sample date"))
        }
        VariableKind::Amount => fmt.money(SAMPLE_AMOUNT.0, SAMPLE_AMOUNT.1, SAMPLE_AMOUNT.2),
        _ => note_example(note).unwrap_or_else(|| format!("‹{name}›")),
    }
}

fn format(catalog: &Catalog, id: &str, args: &FluentArgs) -> String {
    if id.starts_with('-') {
        return String::new();
    }
    let mut parts = Vec::new();
    if let Some(value) = catalog.format(id, Some(args)) {
        parts.push(value);
    }
    for attribute in attribute_names(catalog, id) {
        if let Some(text) = catalog.format_attribute(id, &attribute, Some(args)) {
            parts.push(format!(".{attribute}: {text}"));
        }
    }
    parts.join("\n")
}

fn attribute_names(catalog: &Catalog, id: &str) -> Vec<String> {
    let source = catalog.source();
    [source.own.as_str(), source.fallback.as_str()]
        .iter()
        .find_map(|text| {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(resource, _)| resource);
            resource.body.iter().find_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) if m.id.name == id => Some(m.attributes.iter().map(|a| a.id.name.to_string()).collect()),
                _ => None,
            })
        })
        .unwrap_or_default()
}

/// Where a message stands, with its preview: one row per sample number (0, 1, 2, 5 and
/// the one asked for) when it takes a number, else one row.
pub struct MessageInput<'a> {
    pub workbench: &'a Workbench,
    pub line: &'a Line,
    pub english_source: &'a str,
    pub own_source: &'a str,
    pub glossary: &'a [GlossaryTerm],
    pub number: Option<i64>,
}

pub fn message_view(input: MessageInput<'_>, fmt: &Formatter, english_fmt: &Formatter) -> MessageView {
    let MessageInput { workbench, line, english_source, own_source, glossary, number } = input;
    let lang = workbench.lang;
    let typed = line.english.typed_variables();
    let takes_number = typed.iter().any(|(_, kind, _)| *kind == VariableKind::Number);
    let english_catalog = catalog(Lang::En, english_source, english_source);
    let own_catalog = line.translation.as_ref().and_then(|_| catalog(lang, english_source, own_source));
    let numbers: Vec<Option<i64>> = if takes_number {
        let mut numbers: Vec<Option<i64>> = SAMPLE_NUMBERS.iter().copied().map(Some).collect();
        if let Some(n) = number.filter(|n| !SAMPLE_NUMBERS.contains(n)) {
            numbers.push(Some(n));
        }
        numbers
    } else {
        vec![None]
    };
    let args_for = |n: Option<i64>, fmt: &Formatter| {
        let mut args = FluentArgs::new();
        for (name, kind, note) in &typed {
            match kind {
                VariableKind::Number => args.set(name.clone(), num(n.unwrap_or(1))),
                _ => args.set(name.clone(), arg(sample(*kind, note, name, fmt))),
            }
        }
        args
    };
    let preview = numbers
        .into_iter()
        .map(|n| PreviewRow {
            number: n,
            english: english_catalog.as_ref().map(|c| format(c, &line.english.id, &args_for(n, english_fmt))).unwrap_or_default(),
            translation: own_catalog.as_ref().map(|c| format(c, &line.english.id, &args_for(n, fmt))),
        })
        .collect();
    let samples = typed
        .iter()
        .filter(|(_, kind, _)| *kind != VariableKind::Number)
        .map(|(name, kind, note)| (name.clone(), sample(*kind, note, name, fmt)))
        .collect();
    let terms = terms_used(&line.english, glossary)
        .into_iter()
        .map(|term| TermLine { id: term.id.clone(), concept: term.concept.clone(), english: term.text(Lang::En), translation: term.text(lang) })
        .collect();
    let position = workbench.lines.iter().position(|l| l.english.id == line.english.id).unwrap_or(0);
    MessageView {
        lang,
        id: line.english.id.clone(),
        file: line.english.file.clone(),
        state: line.state,
        english: line.english.source.clone(),
        translation: line.translation.as_ref().map(|t| t.source.clone()),
        comment: line.english.comment.clone(),
        variables: typed.into_iter().map(|(name, kind, note)| VariableLine { name, kind, note }).collect(),
        samples,
        terms,
        preview,
        number,
        takes_number,
        current_hash: line.english.source_hash(),
        recorded_hash: line.recorded_hash.clone(),
        previous: position.checked_sub(1).and_then(|i| workbench.lines.get(i)).map(|l| l.english.id.clone()),
        next: workbench.lines.get(position + 1).map(|l| l.english.id.clone()),
    }
}
