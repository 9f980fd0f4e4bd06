//! The five interface languages and their codes.

use serde::{Deserialize, Serialize};

/// An interface language. The order is the order of the language switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    En,
    Nl,
    De,
    Fr,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Nl, Lang::De, Lang::Fr, Lang::Zh];

    /// The short code used in `?lang=`, the cookie, the database and `locales/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Zh => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>` and the CLDR locale for formatting.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            other => other.code(),
        }
    }

    /// The Fluent id of the language's own name (its autonym), for language choices.
    pub fn name_id(self) -> &'static str {
        match self {
            Lang::En => crate::fl!("lang-name-en"),
            Lang::Nl => crate::fl!("lang-name-nl"),
            Lang::De => crate::fl!("lang-name-de"),
            Lang::Fr => crate::fl!("lang-name-fr"),
            Lang::Zh => crate::fl!("lang-name-zh"),
        }
    }

    /// Parses a short code exactly as produced by [`Lang::code`] (case-insensitive).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
    }

    #[test]
    fn chinese_uses_the_simplified_chinese_tag_in_html() {
        assert_eq!(Lang::Zh.bcp47(), "zh-CN");
        assert_eq!(Lang::Nl.bcp47(), "nl");
    }

    #[test]
    fn unknown_codes_are_rejected() {
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
