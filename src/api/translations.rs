//! The translators' workbench: completeness, a language's messages, one message with
//! its preview. Translators only (403 for anyone else); read-only over the `.ftl`
//! files under `LOCALES_DIR`, read at every request so a translator sees their edits.

use leptos::prelude::*;

use crate::view::translations::{LanguageView, MessageFilter, MessageView, TranslationsOverview};
use crate::view::AppError;

#[server(endpoint = "translations")]
pub async fn load_translations() -> Result<TranslationsOverview, AppError> {
    use crate::server::present::translations::progress;
    use crate::server::service::translations::{Workbench, TARGETS};
    use crate::server::web::{extract::Translator, render::Page};
    Translator::from_context()?;
    let page = Page::current();
    let dir = &page.core().config.locales_dir;
    let mut languages = Vec::new();
    for lang in TARGETS {
        match Workbench::read(dir, lang) {
            Ok(workbench) => languages.push(progress(lang, workbench.progress())),
            Err(error) => return Ok(TranslationsOverview { languages: Vec::new(), problem: Some(error.to_string()) }),
        }
    }
    Ok(TranslationsOverview { languages, problem: None })
}

/// The language of `/translations/{lang}`: one translated from English.
#[cfg(feature = "ssr")]
fn target(code: &str) -> Result<crate::i18n::Lang, AppError> {
    use crate::server::service::translations::TARGETS;
    crate::i18n::Lang::parse(code).filter(|lang| TARGETS.contains(lang)).ok_or(AppError::NotFound)
}

#[server(endpoint = "translations_language")]
pub async fn load_translations_language(lang: String, #[server(default)] filter: MessageFilter) -> Result<LanguageView, AppError> {
    use crate::server::present::translations::{language_view, progress};
    use crate::server::service::translations::{Progress, Workbench};
    use crate::server::web::{extract::Translator, render::Page};
    Translator::from_context()?;
    let lang = target(&lang)?;
    let page = Page::current();
    match Workbench::read(&page.core().config.locales_dir, lang) {
        Ok(workbench) => Ok(language_view(&workbench, &filter)),
        Err(error) => Ok(LanguageView {
            progress: progress(lang, Progress::default()),
            files: Vec::new(),
            groups: Vec::new(),
            shown: 0,
            problem: Some(error.to_string()),
        }),
    }
}

#[server(endpoint = "translations_message")]
pub async fn load_translations_message(lang: String, id: String, #[server(default)] number: Option<i64>) -> Result<MessageView, AppError> {
    use crate::server::present::translations::{message_view, MessageInput};
    use crate::server::service::translations::{glossary, joined_source, Workbench};
    use crate::server::web::{extract::Translator, render::Page};
    Translator::from_context()?;
    let lang = target(&lang)?;
    let page = Page::current();
    let dir = &page.core().config.locales_dir;
    let failed = |error: crate::server::service::translations::WorkbenchError| {
        tracing::warn!(%error, "the translators' workbench cannot read the files");
        AppError::Unavailable
    };
    let workbench = Workbench::read(dir, lang).map_err(failed)?;
    let line = workbench.line(&id).ok_or(AppError::NotFound)?;
    let english_source = joined_source(dir, crate::i18n::Lang::En).map_err(failed)?;
    let own_source = joined_source(dir, lang).map_err(failed)?;
    let glossary = glossary();
    let input = MessageInput { workbench: &workbench, line, english_source: &english_source, own_source: &own_source, glossary: &glossary, number };
    Ok(message_view(input, page.state.formatters.get(lang), page.state.formatters.get(crate::i18n::Lang::En)))
}
