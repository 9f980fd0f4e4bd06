//! The locale check: every id used in the code exists in English; every language has
//! exactly the English messages, with the same variables; every message formats in
//! every language without errors; no duplicate ids.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use membership_offers::i18n::server::{entries_of, read_language_files};
use membership_offers::i18n::Lang;

/// Per message id (attributes as `id.attr`), the variables it references.
type Catalog = BTreeMap<String, BTreeSet<String>>;

fn catalog(lang: Lang) -> (Catalog, String) {
    let mut out = Catalog::new();
    let mut all = String::new();
    for (file, text) in read_language_files(Path::new("locales"), lang).expect("locale files") {
        entries_of(&file, &text).unwrap_or_else(|e| panic!("{e}"));
        let resource = fluent_syntax::parser::parse(text.as_str()).expect("parsed above");
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            if let Some(pattern) = value {
                out.insert(id.clone(), variables(&pattern));
            }
            for attribute in attributes {
                out.insert(format!("{id}.{}", attribute.id.name), variables(&attribute.value));
            }
        }
        all.push_str(&text);
        all.push('\n');
    }
    (out, all)
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, &mut found);
        }
    }
    found
}

fn collect_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, found),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, found),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, found);
            }
        }
        _ => {}
    }
}

/// Message ids written in the code: `t("id")`, `tr("id", ...)`, `fl!("id")`.
fn ids_used_in_code() -> BTreeMap<String, String> {
    let mut used = BTreeMap::new();
    for path in crate::support::rust_files("src") {
    let text = std::fs::read_to_string(&path).expect("source readable");
    // Unit tests use made-up ids of their own.
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
    for marker in [".t(\"", ".tr(\"", "fl!(\"", "t_attr(\""] {
        let mut rest = text;
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            let end = rest.find('"').expect("closing quote");
            used.insert(rest[..end].to_string(), path.display().to_string());
        }
    }
    }
    used
}

#[test]
fn every_message_id_used_in_the_code_exists_in_english() {
    let (english, _) = catalog(Lang::En);
    let missing: Vec<String> = ids_used_in_code()
        .into_iter()
        .filter(|(id, _)| !english.contains_key(id))
        .map(|(id, file)| format!("{id} (used in {file})"))
        .collect();
    assert!(missing.is_empty(), "ids used in code but missing in locales/en: {missing:#?}");
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
    let (english, _) = catalog(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (translated, _) = catalog(lang);
        for (id, vars) in &english {
            match translated.get(id) {
                None => problems.push(format!("{}: missing {id}", lang.code())),
                Some(theirs) if theirs != vars => {
                    problems.push(format!("{}: {id} uses {theirs:?}, English uses {vars:?}", lang.code()))
                }
                Some(_) => {}
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: obsolete {id} (not in English)", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every message of `lang` formatted with sample arguments (numbers for counts, `X`
/// for strings), by id, with the formatting errors found.
fn formatted(lang: Lang) -> (BTreeMap<String, String>, Vec<String>) {
    let (messages, source) = catalog(lang);
    let resource = FluentResource::try_new(source).expect("syntax checked");
    let tag: unic_langid::LanguageIdentifier = lang.bcp47().parse().unwrap();
    let mut bundle = FluentBundle::new(vec![tag]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate ids");
    let mut texts = BTreeMap::new();
    let mut problems = Vec::new();
    for (id, vars) in messages.iter().filter(|(id, _)| !id.starts_with('-')) {
        let mut args = FluentArgs::new();
        for var in vars {
            // Numbers exercise plural selectors; strings everything else.
            let is_count = ["count", "days", "n"].contains(&var.as_str());
            args.set(var.clone(), if is_count { FluentValue::from(3) } else { FluentValue::from("X") });
        }
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id.as_str(), None),
        };
        let message = bundle.get_message(message_id).expect("message exists");
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).expect("attribute exists").value(),
            None => message.value().expect("message has a value"),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        if !errors.is_empty() {
            problems.push(format!("{}: {id}: {errors:?}", lang.code()));
        }
        texts.insert(id.clone(), text);
    }
    (texts, problems)
}

#[test]
fn every_message_formats_in_every_language_with_sample_arguments() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let (texts, errors) = formatted(lang);
        problems.extend(errors);
        for (id, text) in &texts {
            if text.trim().is_empty() {
                problems.push(format!("{}: {id} formats to nothing", lang.code()));
            }
            // A placeable that did not resolve, or Fluent's mark of a missing message.
            if text.contains(['{', '}']) || text.contains("???") {
                problems.push(format!("{}: {id} formats to {text:?}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Words that read the same in English and a translation: names of products, levels,
/// areas and formats, and the languages' own names (docs/glossary.md keeps them).
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Action", "Pack", "Silver", "Gold", "Cloud", "Platform", "Productivity", "Data", "Analytics", "Security", "Application",
    "Development", "Partner", "Center", "PDF", "CSV", "VAT", "IBAN", "BIC", "English", "Nederlands", "Deutsch", "Français",
    "Status", "Support", "Organisation", "Organization", "Version", "Portal", "Details", "Name", "Code", "Service", "Services",
    "Network", "Online", "Total", "Information", "Notifications", "Type", "Account", "Accessibility", "Variable", "Glossary",
];

/// Words that are the same in English and in one language (checked by a native
/// reader): what the language writes too, not English left over.
fn same_word_in(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &["Feedback", "China", "Menu", "Open"],
        Lang::De => &["China", "Level", "Download", "Text"],
        Lang::Fr => &["dates", "Description", "Confirmation", "France", "Actions", "Date", "Menu", "Pages", "Message", "Messages", "messages", "Variables"],
        Lang::En | Lang::Zh => &[],
    }
}

#[test]
fn no_english_shows_on_a_complete_locale() {
    let (english, _) = formatted(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let (texts, _) = formatted(lang);
        for (id, text) in &texts {
            let Some(source) = english.get(id) else { continue };
            // The same text as English, with an English word in it that no glossary keeps.
            let english_words = source
                .split(|c: char| !c.is_alphabetic())
                .filter(|word| word.is_ascii() && word.len() >= 4 && !SAME_IN_EVERY_LANGUAGE.contains(word) && !same_word_in(lang).contains(word))
                .count();
            if text == source && english_words > 0 {
                problems.push(format!("{}: {id} is the English {text:?}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_message_with_a_variable_explains_it_to_translators() {
    let mut problems = Vec::new();
    for (file, text) in read_language_files(Path::new("locales"), Lang::En).unwrap() {
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let uses_variables = m.value.as_ref().is_some_and(|v| !variables(v).is_empty())
                    || m.attributes.iter().any(|a| !variables(&a.value).is_empty());
                let explained = m.comment.as_ref().is_some_and(|c| c.content.iter().any(|l| l.contains("Variables:")));
                if uses_variables && !explained {
                    problems.push(format!("{file}: {} has variables but no `# Variables:` comment", m.id.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Variables that select a variant (`{ $days -> ... }`), per message id, in `lang`.
fn selector_variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    fn in_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                in_expression(expression, found);
            }
        }
    }
    fn in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    found.insert(id.name.to_string());
                }
                for variant in variants {
                    in_pattern(&variant.value, found);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => in_expression(expression, found),
            ast::Expression::Inline(_) => {}
        }
    }
    let mut out = BTreeMap::new();
    for (_, text) in read_language_files(Path::new("locales"), lang).unwrap() {
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut found = BTreeSet::new();
                if let Some(value) = &m.value {
                    in_pattern(value, &mut found);
                }
                if !found.is_empty() {
                    out.insert(m.id.name.to_string(), found);
                }
            }
        }
    }
    out
}

/// Per English message, the variables its `# Variables:` comment calls `(Number)`,
/// plus the variables any language selects on.
fn numeric_variables() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, text) in read_language_files(Path::new("locales"), Lang::En).unwrap() {
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                for line in m.comment.iter().flat_map(|c| c.content.iter()) {
                    if let Some((name, _)) = line.trim().strip_prefix('$').and_then(|l| l.split_once(" (Number)")) {
                        out.entry(m.id.name.to_string()).or_default().insert(name.to_string());
                    }
                }
            }
        }
    }
    for lang in Lang::ALL {
        for (id, vars) in selector_variables(lang) {
            out.entry(id).or_default().extend(vars);
        }
    }
    out
}

/// The numbers in a text, as written (`"in 30 days"` -> `["30"]`).
fn numbers_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

#[test]
fn every_message_with_a_number_reads_right_at_0_1_2_and_5_in_every_language() {
    use membership_offers::i18n::server::Locales;
    use membership_offers::i18n::{arg, num};
    let locales = Locales::load(Path::new("locales")).expect("locales load");
    let numeric = numeric_variables();
    assert!(numeric.contains_key("offers-banner-expires-without-auto-renewal"), "{numeric:?}");
    let tomorrow = ["tomorrow", "demain", "morgen", "明天"];
    let today = ["today", "aujourd’hui", "heute", "vandaag", "今天"];
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let i18n = locales.i18n(lang);
        let (messages, _) = catalog(lang);
        for (id, numbers) in &numeric {
            let vars = &messages[id];
            for n in [0_i64, 1, 2, 5] {
                let args: Vec<(&str, _)> = vars
                    .iter()
                    .map(|v| (v.as_str(), if numbers.contains(v) { num(n) } else { arg("X") }))
                    .collect();
                let text = i18n.tr(id, &args);
                let lower = text.to_lowercase();
                let at = format!("{}: {id} at {n}: {text:?}", lang.code());
                if text == *id || text.contains('{') || text.contains("???") || text.contains('}') {
                    problems.push(format!("{at} is not resolved"));
                }
                if n != 1 && numbers_in(&text).iter().any(|d| d == "1") {
                    problems.push(format!("{at} says 1"));
                }
                if n >= 2 && !numbers_in(&text).contains(&n.to_string()) {
                    problems.push(format!("{at} does not show the number"));
                }
                if id.starts_with("offers-banner-") {
                    let says = |words: &[&str]| words.iter().any(|w| lower.contains(w));
                    if says(&tomorrow) != (n == 1) {
                        problems.push(format!("{at}: \"tomorrow\" only at 1"));
                    }
                    if says(&today) != (n == 0) {
                        problems.push(format!("{at}: \"today\" only at 0"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sign_in_throttled_chooses_its_plural_from_a_number() {
    use membership_offers::i18n::server::Locales;
    use membership_offers::view::notice::{Notice, NoticeArg};
    let locales = Locales::load(Path::new("locales")).expect("locales load");
    let notice = |minutes: i64| Notice {
        id: "sign-in-throttled".into(),
        args: vec![("minutes".into(), NoticeArg::Number(minutes))],
    };
    for (lang, one, five) in [(Lang::En, "1 minute and", "5 minutes and"), (Lang::Fr, "1\u{a0}minute,", "5\u{a0}minutes,")] {
        assert!(notice(1).render(&locales.i18n(lang)).contains(one), "{}", notice(1).render(&locales.i18n(lang)));
        assert!(notice(5).render(&locales.i18n(lang)).contains(five), "{}", notice(5).render(&locales.i18n(lang)));
    }
    // The same number as text never matches `[one]`: that is the bug this guards against.
    let as_text = Notice { id: "sign-in-throttled".into(), args: vec![("minutes".into(), NoticeArg::Text("1".into()))] };
    assert!(as_text.render(&locales.i18n(Lang::En)).contains("1 minutes"));
}

/// A variable that a message selects on must reach Fluent as a number: a string never
/// matches `[one]` or `[0]`. Finds `("days", arg(..))`, `("count".into(), NoticeArg::Text(..))`
/// and `Notice::with_text(.., "minutes", ..)` in the code.
#[test]
fn variables_that_select_a_plural_are_passed_as_numbers_in_the_code() {
    let names: BTreeSet<String> = Lang::ALL.into_iter().flat_map(selector_variables).flat_map(|(_, v)| v).collect();
    assert!(names.contains("minutes") && names.contains("days"), "{names:?}");
    let mut problems = Vec::new();
    for path in crate::support::rust_files("src") {
    let text = std::fs::read_to_string(&path).unwrap();
    for (number, line) in text.lines().enumerate() {
        for name in &names {
            let quoted = format!("\"{name}\"");
            let mut rest = line;
            while let Some(at) = rest.find(&quoted) {
                let before = &rest[..at];
                let after = &rest[at + quoted.len()..];
                let value = [".into()", ".to_string()", ".to_owned()"]
                    .iter()
                    .fold(after, |v, suffix| v.strip_prefix(suffix).unwrap_or(v))
                    .split(')')
                    .next()
                    .unwrap_or_default();
                let as_text = ["arg(", "Text(", "text(", "to_string(", "format!("].iter().any(|m| value.contains(m))
                    || before.trim_end().ends_with("with_text(") || before.contains("with_text(");
                if as_text {
                    problems.push(format!("{}:{}: ${name} passed as text: {}", path.display(), number + 1, line.trim()));
                }
                rest = after;
            }
        }
    }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The glossary's UI terms (docs/glossary.toml) are what the catalogs say, in every
/// language: a translator who changes a page name or a term changes the glossary too.
#[test]
fn the_catalogs_use_the_glossary_terms() {
    use membership_offers::i18n::server::Locales;
    let glossary: toml::Table = std::fs::read_to_string("docs/glossary.toml").expect("docs/glossary.toml").parse().expect("valid TOML");
    let terms = glossary["terms"].as_table().expect("[terms.<id>] tables");
    assert!(terms.len() >= 8, "{terms:?}");
    let locales = Locales::load(Path::new("locales")).expect("locales load");
    let mut problems = Vec::new();
    for (id, entry) in terms {
        for lang in Lang::ALL {
            let expected = entry.get(lang.code()).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{id}: no {} term", lang.code()));
            let found = if id.starts_with('-') {
                let (_, text) = catalog(lang);
                text.lines().find_map(|line| line.strip_prefix(&format!("{id} = ")).map(str::to_string)).unwrap_or_default()
            } else {
                locales.i18n(lang).t(id)
            };
            if found != expected {
                problems.push(format!("{} {id}: the catalog says {found:?}, the glossary {expected:?}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
