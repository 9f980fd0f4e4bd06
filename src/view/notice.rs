//! A message chosen by the server with its arguments, rendered through Fluent in the
//! page's language. Numbers stay numbers, so plural forms can be selected.

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use crate::i18n::I18n;

/// One argument of a [`Notice`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoticeArg {
    /// Already formatted text (a date, an amount, a name).
    Text(String),
    /// A count, for plural selection.
    Number(i64),
}

/// A Fluent id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub args: Vec<(String, NoticeArg)>,
}

impl Notice {
    pub fn plain(id: &str) -> Notice {
        Notice { id: id.to_string(), args: Vec::new() }
    }

    pub fn with_text(id: &str, name: &str, text: String) -> Notice {
        Notice { id: id.to_string(), args: vec![(name.to_string(), NoticeArg::Text(text))] }
    }

    pub fn render(&self, i18n: &I18n) -> String {
        let args: Vec<(&str, FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    NoticeArg::Text(text) => FluentValue::from(text.clone()),
                    NoticeArg::Number(number) => FluentValue::from(*number),
                };
                (name.as_str(), value)
            })
            .collect();
        i18n.tr(&self.id, &args)
    }
}
