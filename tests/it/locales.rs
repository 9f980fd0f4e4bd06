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
    let mut stack = vec![Path::new("src").to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
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

#[test]
fn every_message_formats_in_every_language_with_sample_arguments() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let (messages, source) = catalog(lang);
        let resource = FluentResource::try_new(source).expect("syntax checked");
        let tag: unic_langid::LanguageIdentifier = lang.bcp47().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![tag]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate ids");
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
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                problems.push(format!("{}: {id}: {errors:?}", lang.code()));
            }
            if text.trim().is_empty() {
                problems.push(format!("{}: {id} formats to nothing", lang.code()));
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
