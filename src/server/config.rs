//! Settings from the environment, read once at start.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::store::invoices::Seller;

/// Everything the operator can set. See the README's "Configuration" table.
#[derive(Debug, Clone)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://path` (default `sqlite://data/membership-offers.db`)
    /// or `postgres://user:password@host/db`.
    pub database_url: String,
    /// `APP_TODAY=YYYY-MM-DD` fixes today for demos and tests.
    pub today: Option<NaiveDate>,
    /// `LOCALES_DIR`: where `<lang>/*.ftl` are read at start (default `locales`).
    pub locales_dir: PathBuf,
    /// `LOCALES_RELOAD=1` (development): a changed `.ftl` file is served from the next
    /// page on, without a restart; one that does not load is reported on the page.
    pub locales_reload: bool,
    /// `PSEUDO_LOCALE=1` (development, tests): the pseudo-locale `en-XA` (accented,
    /// longer, bracketed English) is served for `?lang=en-XA`.
    pub pseudo_locale: bool,
    /// `SEED_DEMO=0` leaves an empty database without demo data.
    pub seed_demo: bool,
    /// `SEED_E2E_LABS=1` also seeds the end-to-end tests' own organizations.
    pub seed_labs: bool,
    /// `INVOICE_FONT`: the font embedded in invoice PDFs (must have CJK glyphs) and
    /// `INVOICE_FONT_INDEX`, its face in a collection.
    pub invoice_font: PathBuf,
    pub invoice_font_index: u32,
    /// The seller on invoices (`SELLER_NAME`, `SELLER_ADDRESS`, `SELLER_VAT_ID`,
    /// `SELLER_COUNTRY`) and its bank account for transfers (`SELLER_IBAN`, `SELLER_BIC`).
    pub seller: Seller,
    /// `PUBLIC_URL`: the portal's address as partners reach it, for links in e-mail
    /// (default `http://127.0.0.1:3000`).
    pub public_url: String,
    /// `SMTP_URL`: `smtp://host:port` or `smtps://user:password@host:port`; without it
    /// e-mail is written as `.eml` files under `OUTBOX_DIR` (default `data/outbox`).
    pub smtp_url: Option<String>,
    pub outbox_dir: PathBuf,
    /// `MAIL_FROM`: the sender of e-mail.
    pub mail_from: String,
    /// `JOBS_WORKER=0` runs no scheduler or job runner in this instance.
    pub jobs_worker: bool,
    /// `JOBS_TICK_SECONDS`: how often the scheduler runs (default 60).
    pub jobs_tick_seconds: u64,
    /// `VIES_URL`: the EU's VAT number check (VIES REST API, e.g.
    /// `https://ec.europa.eu/taxation_customs/vies/rest-api`). When set, a new EU VAT
    /// ID is checked when saved; without it, Support agents verify every ID.
    pub vies_url: Option<String>,
    /// `FAILPOINT`, for the reliability script only: `buy-after-charge` makes the
    /// process abort between a card charge and the order's write, as a crash would.
    pub failpoint: Option<String>,
}

/// A setting that has a value the program cannot use.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("APP_TODAY must be a date like 2021-06-23, got {0:?}")]
    Today(String),
    #[error("SELLER_COUNTRY must be a supported ISO country code such as NL, got {0:?}")]
    SellerCountry(String),
    #[error("DATABASE_URL must start with sqlite: or postgres:, got a value starting with {0:?}")]
    DatabaseUrl(String),
    #[error("JOBS_TICK_SECONDS must be a whole number of seconds from 1, got {0:?}")]
    JobsTick(String),
    #[error("PUBLIC_URL must be an http:// or https:// address, got {0:?}")]
    PublicUrl(String),
    #[error("VIES_URL must be an http:// or https:// address, got {0:?}")]
    ViesUrl(String),
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let database_url = lookup("DATABASE_URL")
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| "sqlite://data/membership-offers.db".to_string());
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres:") || database_url.starts_with("postgresql:")) {
            let scheme: String = database_url.chars().take(10).collect();
            return Err(ConfigError::DatabaseUrl(scheme));
        }
        let today = match lookup("APP_TODAY").filter(|v| !v.trim().is_empty()) {
            Some(text) => Some(
                NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| ConfigError::Today(text.clone()))?,
            ),
            None => None,
        };
        let locales_dir = lookup("LOCALES_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("locales"));
        let seed_demo = lookup("SEED_DEMO").is_none_or(|v| v != "0");
        let seller_country_code = lookup("SELLER_COUNTRY").unwrap_or_else(|| "NL".to_string());
        let seller_country = crate::domain::country::Country::parse(&seller_country_code)
            .ok_or(ConfigError::SellerCountry(seller_country_code))?;
        let public_url = lookup("PUBLIC_URL").filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "http://127.0.0.1:3000".to_string());
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::PublicUrl(public_url));
        }
        let public_url = public_url.trim_end_matches('/').to_string();
        let jobs_tick_seconds = match lookup("JOBS_TICK_SECONDS").filter(|v| !v.trim().is_empty()) {
            Some(text) => text.trim().parse().ok().filter(|s| *s > 0).ok_or(ConfigError::JobsTick(text))?,
            None => 60,
        };
        let vies_url = lookup("VIES_URL").filter(|v| !v.trim().is_empty()).map(|v| v.trim().trim_end_matches('/').to_string());
        if let Some(url) = vies_url.as_ref().filter(|url| !(url.starts_with("http://") || url.starts_with("https://"))) {
            return Err(ConfigError::ViesUrl(url.clone()));
        }
        Ok(Config {
            vies_url,
            failpoint: lookup("FAILPOINT").filter(|v| !v.trim().is_empty()),
            database_url,
            today,
            locales_dir,
            locales_reload: lookup("LOCALES_RELOAD").is_some_and(|v| v == "1"),
            pseudo_locale: lookup("PSEUDO_LOCALE").is_some_and(|v| v == "1"),
            seed_demo,
            seed_labs: lookup("SEED_E2E_LABS").is_some_and(|v| v == "1"),
            invoice_font: lookup("INVOICE_FONT")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
            invoice_font_index: lookup("INVOICE_FONT_INDEX").and_then(|v| v.parse().ok()).unwrap_or(0),
            public_url,
            smtp_url: lookup("SMTP_URL").filter(|v| !v.trim().is_empty()),
            outbox_dir: lookup("OUTBOX_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("data/outbox")),
            mail_from: lookup("MAIL_FROM").unwrap_or_else(|| "Partner Network <no-reply@network.example>".to_string()),
            jobs_worker: lookup("JOBS_WORKER").is_none_or(|v| v != "0"),
            jobs_tick_seconds,
            seller: Seller {
                name: lookup("SELLER_NAME").unwrap_or_else(|| "Partner Network Services B.V.".to_string()),
                address: lookup("SELLER_ADDRESS").unwrap_or_else(|| "Herengracht 500, 1017 CB Amsterdam, Nederland".to_string()),
                vat_id: lookup("SELLER_VAT_ID").unwrap_or_else(|| "NL000099998B57".to_string()),
                iban: lookup("SELLER_IBAN").unwrap_or_else(|| "NL91 ABNA 0417 1643 00".to_string()),
                bic: lookup("SELLER_BIC").unwrap_or_else(|| "ABNANL2A".to_string()),
                country: seller_country,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn defaults_to_an_sqlite_file_and_the_real_date() {
        let config = Config::from_lookup(lookup(&[])).unwrap();
        assert_eq!(config.database_url, "sqlite://data/membership-offers.db");
        assert_eq!(config.today, None);
    }

    #[test]
    fn app_today_fixes_the_date() {
        let config = Config::from_lookup(lookup(&[("APP_TODAY", "2021-06-23")])).unwrap();
        assert_eq!(config.today, NaiveDate::from_ymd_opt(2021, 6, 23));
    }

    #[test]
    fn a_malformed_app_today_is_refused() {
        assert!(matches!(Config::from_lookup(lookup(&[("APP_TODAY", "23-06-2021")])), Err(ConfigError::Today(_))));
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        assert!(Config::from_lookup(lookup(&[("DATABASE_URL", "mysql://x")])).is_err());
    }
}
