//! Fluent catalogs: one bundle per language, built the same way on the server and in
//! the browser so that hydration renders exactly the text the server rendered.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use super::Lang;

/// The Fluent source of one language as shipped to the browser: the language's own
/// messages plus, only when the language lacks some, the English messages it lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogSource {
    pub lang: Lang,
    /// The pseudo-locale `en-XA`: English, accented, longer and in brackets
    /// ([`pseudo`]), for translators and layout tests.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pseudo: bool,
    /// English messages that this language does not translate yet (usually empty).
    pub fallback: String,
    /// The language's own messages, all files joined.
    pub own: String,
}

impl CatalogSource {
    /// This source without its comments (lines starting with `#`): the browser formats
    /// messages and never reads the translators' notes, which were a third of the file
    /// it fetches. A comment line cannot be part of a message (continuation lines are
    /// indented), so every message formats exactly as before.
    pub fn without_comments(&self) -> CatalogSource {
        let strip = |ftl: &str| -> String { ftl.split_inclusive('\n').filter(|line| !line.starts_with('#')).collect() };
        CatalogSource { fallback: strip(&self.fallback), own: strip(&self.own), ..self.clone() }
    }
}

/// A Fluent syntax error with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct FtlError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl FtlError {
    /// Builds the error for the byte offset `pos` of `source`.
    pub fn at(file: &str, source: &str, pos: usize, message: String) -> Self {
        let before = &source[..pos.min(source.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        FtlError { file: file.to_string(), line, column, message }
    }
}

/// Parses one `.ftl` file, reporting the first syntax error with file, line and column.
pub fn parse_resource(file: &str, source: String) -> Result<FluentResource, FtlError> {
    FluentResource::try_new(source).map_err(|(resource, errors)| {
        let first = &errors[0];
        FtlError::at(file, resource.source(), first.pos.start, format!("{:?}", first.kind))
    })
}

/// A built catalog: the bundle of one language.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    source: CatalogSource,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl Catalog {
    /// Builds the bundle from a [`CatalogSource`]: English fallback first, the
    /// language's own messages over it.
    pub fn build(source: CatalogSource) -> Result<Catalog, FtlError> {
        let tag: unic_langid::LanguageIdentifier =
            source.lang.bcp47().parse().expect("every Lang has a valid BCP 47 tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        bundle.set_use_isolating(false);
        if !source.fallback.is_empty() {
            let fallback = parse_resource("(English fallback)", source.fallback.clone())?;
            bundle.add_resource_overriding(fallback);
        }
        let own = parse_resource(source.lang.code(), source.own.clone())?;
        bundle.add_resource_overriding(own);
        if source.pseudo {
            bundle.set_transform(Some(pseudo::accent));
        }
        Ok(Catalog { lang: source.lang, bundle, source })
    }

    /// Whether this is the pseudo-locale `en-XA`.
    pub fn is_pseudo(&self) -> bool {
        self.source.pseudo
    }

    /// The BCP 47 tag of `<html lang>`: the language's, or `en-XA`.
    pub fn html_lang(&self) -> &'static str {
        if self.is_pseudo() { pseudo::TAG } else { self.lang.bcp47() }
    }

    /// The pseudo-locale's text is bracketed per message, so text that did not come
    /// from a message stands out.
    fn mark(&self, text: String) -> String {
        if self.is_pseudo() { format!("[{text}]") } else { text }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn source(&self) -> &CatalogSource {
        &self.source
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats a message; `None` when the id does not exist.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(self.mark(text.into_owned()))
    }

    /// Formats an attribute of a message (`id.attr`).
    pub fn format_attribute(&self, id: &str, attribute: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.get_attribute(attribute)?.value();
        let mut errors = Vec::new();
        Some(self.mark(self.bundle.format_pattern(pattern, args, &mut errors).into_owned()))
    }
}

/// The translator for one request or one browser page. Cheap to clone.
#[derive(Clone, Debug)]
pub struct I18n {
    catalog: Arc<Catalog>,
}

impl I18n {
    pub fn new(catalog: Arc<Catalog>) -> Self {
        I18n { catalog }
    }

    pub fn lang(&self) -> Lang {
        self.catalog.lang
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The text of message `id`. A missing id shows the id itself, which the locale
    /// check in the test suite makes impossible for ids used in the code.
    pub fn t(&self, id: &str) -> String {
        self.catalog.format(id, None).unwrap_or_else(|| id.to_string())
    }

    /// The text of message `id` with variables.
    pub fn tr(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.catalog.format(id, Some(&fluent_args)).unwrap_or_else(|| id.to_string())
    }
}

/// The pseudo-locale `en-XA` (as Firefox's "accented" one): every letter of a
/// message's own text accented and its vowels doubled (about a third longer), the
/// variables left as they are, and the whole message in brackets.
pub mod pseudo {
    use std::borrow::Cow;

    /// The tag in `?lang=`, the cookie and `<html lang>`.
    pub const TAG: &str = "en-XA";

    /// The transform of the bundle. The server uses the `fluent-pseudo` crate; the
    /// browser its own copy of the same mapping ([`accent_letters`]), which keeps the
    /// crate's regex engine out of the wasm. A test checks that both agree.
    #[cfg(feature = "ssr")]
    pub fn accent(text: &str) -> Cow<'_, str> {
        fluent_pseudo::transform(text, false, true)
    }

    #[cfg(not(feature = "ssr"))]
    pub fn accent(text: &str) -> Cow<'_, str> {
        Cow::Owned(accent_letters(text))
    }

    const SMALL: [char; 26] = [
        'a', 'ƀ', 'ƈ', 'ḓ', 'e', 'ƒ', 'ɠ', 'ħ', 'i', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'o', 'ƥ', 'ɋ', 'ř', 'ş', 'ŧ', 'u', 'ṽ', 'ẇ', 'ẋ',
        'ẏ', 'ẑ',
    ];
    const CAPS: [char; 26] = [
        'A', 'Ɓ', 'Ƈ', 'Ḓ', 'E', 'Ƒ', 'Ɠ', 'Ħ', 'I', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'O', 'Ƥ', 'Ɋ', 'Ř', 'Ş', 'Ŧ', 'U', 'Ṽ', 'Ẇ', 'Ẋ',
        'Ẏ', 'Ẑ',
    ];

    /// `Hello World` → `Ħeeŀŀoo Ẇoořŀḓ`.
    pub fn accent_letters(text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        for ch in text.chars() {
            match ch {
                'a' | 'e' | 'o' | 'u' => {
                    out.push(ch);
                    out.push(ch);
                }
                'a'..='z' => out.push(SMALL[ch as usize - 'a' as usize]),
                'A'..='Z' => out.push(CAPS[ch as usize - 'A' as usize]),
                other => out.push(other),
            }
        }
        out
    }
}

/// A string argument for [`I18n::tr`].
pub fn arg(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

/// A number argument for [`I18n::tr`] (plural selection).
pub fn num(value: i64) -> FluentValue<'static> {
    FluentValue::from(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(lang: Lang, fallback: &str, own: &str) -> CatalogSource {
        CatalogSource { lang, pseudo: false, fallback: fallback.into(), own: own.into() }
    }

    #[test]
    fn the_pseudo_locale_accents_and_brackets_the_message_but_not_its_variables() {
        let catalog = Catalog::build(CatalogSource { pseudo: true, ..source(Lang::En, "", "hi = Hello { $name }!\n") }).unwrap();
        let i18n = I18n::new(Arc::new(catalog));
        assert_eq!(i18n.tr("hi", &[("name", arg("Anna"))]), "[Ħeeŀŀoo Anna!]");
        assert_eq!(i18n.catalog().html_lang(), "en-XA");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_browsers_pseudo_mapping_is_the_fluent_pseudo_crates() {
        let english: String = std::fs::read_dir("locales/en")
            .unwrap()
            .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
            .collect();
        for line in english.lines() {
            assert_eq!(pseudo::accent_letters(line), fluent_pseudo::transform(line, false, true), "{line}");
        }
    }

    #[test]
    fn without_comments_formats_every_message_as_before() {
        let own = "### Resource\n## Group\n# Translator: the greeting.\n# $name (String)\nhi = Hello { $name }!\n    .title = Greeting\n\nlong =\n    First line\n\n    # not a comment: indented\n    Third\n";
        let full = Catalog::build(source(Lang::En, "# about b\nb = B\n", own)).unwrap();
        let stripped_source = full.source().without_comments();
        assert!(!stripped_source.own.contains("Translator") && !stripped_source.fallback.contains("about b"));
        let stripped = Catalog::build(stripped_source).unwrap();
        let args = FluentArgs::from_iter([("name", "Anna")]);
        for id in ["hi", "long", "b"] {
            assert_eq!(stripped.format(id, Some(&args)), full.format(id, Some(&args)), "{id}");
        }
        assert_eq!(stripped.format_attribute("hi", "title", None).as_deref(), Some("Greeting"));
        assert!(stripped.format("long", None).unwrap().contains("# not a comment"));
    }

    #[test]
    fn own_messages_override_the_english_fallback() {
        let catalog = Catalog::build(source(Lang::Nl, "a = A\nb = B\n", "a = Aa\n")).unwrap();
        let i18n = I18n::new(Arc::new(catalog));
        assert_eq!(i18n.t("a"), "Aa");
        assert_eq!(i18n.t("b"), "B");
    }

    #[test]
    fn variables_are_inserted_without_isolation_marks() {
        let catalog = Catalog::build(source(Lang::En, "", "hi = Hello { $name }!\n")).unwrap();
        let i18n = I18n::new(Arc::new(catalog));
        assert_eq!(i18n.tr("hi", &[("name", arg("Anna"))]), "Hello Anna!");
    }

    #[test]
    fn a_syntax_error_names_file_line_and_column() {
        let err = parse_resource("nl/offers.ftl", "a = A\n= broken\nc = C\n".into()).unwrap_err();
        assert_eq!(err.file, "nl/offers.ftl");
        assert_eq!((err.line, err.column), (2, 1));
        assert!(err.to_string().starts_with("nl/offers.ftl:2:1: "), "{err}");
    }
}
