//! Server side of i18n: loading `locales/`, negotiating the language of a request,
//! and providing the request's translator to the page.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use fluent_langneg::LanguageIdentifier;

use super::{parse_resource, Catalog, CatalogSource, FtlError, I18n, Lang};

/// Why the locales could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("Fluent syntax error in {0}")]
    Syntax(#[from] FtlError),
    #[error("{file}: message `{id}` is defined twice")]
    Duplicate { file: String, id: String },
}

/// All five catalogs, built once at start.
#[derive(Debug)]
pub struct Locales {
    catalogs: BTreeMap<Lang, Arc<Catalog>>,
    /// Per language, the English ids it lacks (logged once at load).
    missing: BTreeMap<Lang, Vec<String>>,
    /// The pseudo-locale `en-XA`, when enabled (`PSEUDO_LOCALE=1`).
    pseudo: Option<Arc<Catalog>>,
}

/// The `.ftl` files of one language, in file-name order, as (path label, source).
pub fn read_language_files(dir: &Path, lang: Lang) -> Result<Vec<(String, String)>, LoadError> {
    let lang_dir = dir.join(lang.code());
    let entries = std::fs::read_dir(&lang_dir).map_err(|source| LoadError::Io { path: lang_dir.clone(), source })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|source| LoadError::Io { path: path.clone(), source })?;
            Ok((path.display().to_string(), text))
        })
        .collect()
}

/// The ids (messages, and terms with their leading `-`) defined in one file, in order,
/// with the source slice of each entry; checks syntax and duplicates.
pub fn entries_of(file: &str, source: &str) -> Result<Vec<(String, String)>, LoadError> {
    let parsed = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        FtlError::at(file, source, errors[0].pos.start, format!("{:?}", errors[0].kind))
    })?;
    // Split the source into entries by the positions of the ids in the text.
    let mut ids = Vec::new();
    for entry in parsed.body {
        match entry {
            ast::Entry::Message(m) => ids.push(m.id.name.to_string()),
            ast::Entry::Term(t) => ids.push(format!("-{}", t.id.name)),
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    for id in &ids {
        if !seen.insert(id.clone()) {
            return Err(LoadError::Duplicate { file: file.to_string(), id: id.clone() });
        }
    }
    Ok(split_entries(source, &ids))
}

/// Cuts `source` into the text of each top-level entry whose id is in `ids`.
fn split_entries(source: &str, ids: &[String]) -> Vec<(String, String)> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let first = line.split([' ', '=']).next().unwrap_or("");
        if !line.starts_with([' ', '#', '\n', '\r']) && ids.iter().any(|id| id == first) {
            starts.push((first.to_string(), offset));
        }
        offset += line.len();
    }
    let mut out = Vec::new();
    for (i, (id, start)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(source.len(), |(_, next)| *next);
        let mut text = source[*start..end].to_string();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        out.push((id.clone(), text));
    }
    out
}

impl Locales {
    /// Reads and builds every language from `dir` (`dir/<code>/*.ftl`). Any syntax error
    /// stops with file, line and column.
    pub fn load(dir: &Path) -> Result<Locales, LoadError> {
        Self::load_with(dir, false)
    }

    /// [`Locales::load`], with the pseudo-locale `en-XA` built from English when
    /// `pseudo` is set.
    pub fn load_with(dir: &Path, pseudo: bool) -> Result<Locales, LoadError> {
        let mut english: Vec<(String, String)> = Vec::new();
        for (file, text) in read_language_files(dir, Lang::En)? {
            english.extend(entries_of(&file, &text)?);
        }
        let mut catalogs = BTreeMap::new();
        let mut missing = BTreeMap::new();
        for lang in Lang::ALL {
            let files = read_language_files(dir, lang)?;
            let mut own_ids = BTreeSet::new();
            let mut own = String::new();
            for (file, text) in &files {
                for (id, _) in entries_of(file, text)? {
                    own_ids.insert(id);
                }
                parse_resource(file, text.clone())?;
                own.push_str(text);
                if !own.ends_with('\n') {
                    own.push('\n');
                }
            }
            let lacking: Vec<&(String, String)> = english.iter().filter(|(id, _)| !own_ids.contains(id)).collect();
            let fallback: String = lacking.iter().map(|(_, text)| text.as_str()).collect();
            let lacking_messages: Vec<String> =
                lacking.iter().filter(|(id, _)| !id.starts_with('-')).map(|(id, _)| id.clone()).collect();
            if !lacking_messages.is_empty() {
                tracing::warn!(lang = lang.code(), missing = ?lacking_messages, "messages missing in locale; English is shown instead");
            }
            missing.insert(lang, lacking_messages);
            let catalog = Catalog::build(CatalogSource { lang, pseudo: false, fallback, own })?;
            catalogs.insert(lang, Arc::new(catalog));
        }
        let pseudo = match pseudo {
            true => Some(Arc::new(Catalog::build(CatalogSource { pseudo: true, ..catalogs[&Lang::En].source().clone() })?)),
            false => None,
        };
        Ok(Locales { catalogs, missing, pseudo })
    }

    pub fn i18n(&self, lang: Lang) -> I18n {
        I18n::new(self.catalogs[&lang].clone())
    }

    /// The translator of the pseudo-locale `en-XA`, when it is enabled.
    pub fn pseudo(&self) -> Option<I18n> {
        self.pseudo.clone().map(I18n::new)
    }

    pub fn missing(&self, lang: Lang) -> &[String] {
        self.missing.get(&lang).map_or(&[], Vec::as_slice)
    }
}

/// Picks the best language for an `Accept-Language` header, or `None`.
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> = fluent_langneg::accepted_languages::parse(accept_language);
    let available: Vec<LanguageIdentifier> =
        Lang::ALL.iter().map(|l| l.code().parse().expect("valid code")).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
    chosen.first().and_then(|id| Lang::parse(id.language.as_str()))
}

/// The language of a request, in the order of the specification: `?lang=`, the cookie,
/// the signed-in user's preference, `Accept-Language`, else English.
pub fn choose(query: Option<&str>, cookie: Option<&str>, user_pref: Option<Lang>, accept: Option<&str>) -> Lang {
    query
        .and_then(Lang::parse)
        .or_else(|| cookie.and_then(Lang::parse))
        .or(user_pref)
        .or_else(|| accept.and_then(negotiate))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browsers_catalogs_format_every_message_as_the_servers() {
        let locales = Locales::load_with(Path::new("locales"), true).unwrap();
        let english: Vec<String> = read_language_files(Path::new("locales"), Lang::En)
            .unwrap()
            .iter()
            .flat_map(|(file, text)| entries_of(file, text).unwrap())
            .map(|(id, _)| id)
            .filter(|id| !id.starts_with('-'))
            .collect();
        let args = fluent_bundle::FluentArgs::from_iter([("count", 2)]);
        for i18n in Lang::ALL.into_iter().map(|lang| locales.i18n(lang)).chain(locales.pseudo()) {
            let full = i18n.catalog();
            let source = full.source().without_comments();
            assert!(source.own.len() < full.source().own.len() || source.own.is_empty(), "{}", full.html_lang());
            let browser = Catalog::build(source).unwrap();
            for id in &english {
                assert_eq!(browser.format(id, Some(&args)), full.format(id, Some(&args)), "{} {id}", full.html_lang());
            }
        }
    }

    #[test]
    fn regional_variants_negotiate_to_their_language() {
        assert_eq!(negotiate("nl-BE,nl;q=0.9,en;q=0.5"), Some(Lang::Nl));
        assert_eq!(negotiate("de-AT"), Some(Lang::De));
        assert_eq!(negotiate("zh-TW,zh;q=0.8"), Some(Lang::Zh));
        assert_eq!(negotiate("fr-CA"), Some(Lang::Fr));
    }

    #[test]
    fn unsupported_languages_negotiate_to_nothing() {
        assert_eq!(negotiate("es-ES,pt;q=0.5"), None);
        assert_eq!(negotiate(""), None);
    }

    #[test]
    fn query_beats_cookie_beats_preference_beats_header() {
        assert_eq!(choose(Some("fr"), Some("de"), Some(Lang::Nl), Some("zh")), Lang::Fr);
        assert_eq!(choose(None, Some("de"), Some(Lang::Nl), Some("zh")), Lang::De);
        assert_eq!(choose(None, None, Some(Lang::Nl), Some("zh")), Lang::Nl);
        assert_eq!(choose(None, None, None, Some("zh-CN")), Lang::Zh);
        assert_eq!(choose(None, None, None, None), Lang::En);
        assert_eq!(choose(Some("xx"), Some("yy"), None, Some("es")), Lang::En);
    }

    #[test]
    fn entries_are_split_with_their_attributes_and_comments_kept_out() {
        let src = "# comment\n-brand = Net\nhello = Hi\n    .title = T\nbye = Bye\n";
        let entries = entries_of("x.ftl", src).unwrap();
        let ids: Vec<&str> = entries.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["-brand", "hello", "bye"]);
        assert_eq!(entries[1].1, "hello = Hi\n    .title = T\n");
    }

    #[test]
    fn a_duplicate_id_is_reported() {
        let err = entries_of("x.ftl", "a = 1\na = 2\n").unwrap_err();
        assert!(matches!(err, LoadError::Duplicate { .. }));
    }
}
