//! Start-up: configuration, locales, database, demo data, state.

use std::sync::Arc;

use leptos::config::LeptosOptions;

use super::clock::Clock;
use super::config::{Config, ConfigError};
use super::core::Core;
use super::store::db::{Db, DbError};
use super::gateway::SandboxGateway;
use super::present::invoice_pdf::{FontError, InvoiceFont};
use super::locales::LiveLocales;
use super::mail::{MailError, Mailer};
use super::seed::{demo_accounts_present, seed_if_empty, seed_labs};
use super::state::AppState;
use crate::i18n::server::{LoadError, Locales};

/// Why the server could not start. Each message says what to fix.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("configuration: {0}")]
    Config(#[from] ConfigError),
    #[error("locales: {0}")]
    Locales(#[from] LoadError),
    #[error("{0}")]
    Db(#[from] DbError),
    #[error("{0}")]
    Font(#[from] FontError),
    #[error("seeding the demo data failed: {0}")]
    Seed(#[source] sqlx::Error),
    #[error("e-mail: {0}")]
    Mail(#[from] MailError),
}

/// The catalogs of `LOCALES_DIR`, with the pseudo-locale when `PSEUDO_LOCALE=1`,
/// followed on disk when `LOCALES_RELOAD=1`.
pub fn live_locales(config: &Config) -> Result<LiveLocales, LoadError> {
    let loaded = Locales::load_with(&config.locales_dir, config.pseudo_locale)?;
    Ok(if config.locales_reload {
        tracing::info!(dir = %config.locales_dir.display(), "LOCALES_RELOAD=1: .ftl files are reloaded when they change");
        LiveLocales::reloading(loaded, &config.locales_dir)
    } else {
        LiveLocales::fixed(loaded)
    })
}

/// Builds the application state from a configuration.
pub async fn build_state(config: Config, leptos_options: LeptosOptions) -> Result<AppState, StartError> {
    let locales = live_locales(&config)?;
    let invoice_font = InvoiceFont::load(&config.invoice_font, config.invoice_font_index)?;
    let clock = match config.today {
        Some(today) => Clock::fixed_date(today),
        None => Clock::system(),
    };
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    if config.seed_demo && seed_if_empty(&db, &clock).await.map_err(StartError::Seed)? {
        tracing::info!(today = %clock.today(), "empty database seeded with the demo data");
    }
    if config.seed_labs {
        seed_labs(&db, &clock).await.map_err(StartError::Seed)?;
    }
    if config.public_url.starts_with("https://") && demo_accounts_present(&db).await.map_err(StartError::Seed)? {
        // Loud on purpose: anyone can sign in to these with the README's password.
        for _ in 0..3 {
            tracing::error!(
                public_url = %config.public_url,
                "DEMO ACCOUNTS ARE ACTIVE on a public https portal: anyone can sign in with the published demo password. \
                 Start production on an empty database with SEED_DEMO=0 (README, \"In production\"), or deactivate the demo users."
            );
        }
    }
    let mailer = Mailer::from_settings(config.smtp_url.as_deref(), config.outbox_dir.clone())?;
    let core = Core { gateway: Arc::new(SandboxGateway::new(db.clone())), db, clock, config: Arc::new(config) };
    // Orders interrupted between the charge and the commit are finished by the job
    // runner (`reconcile` jobs, enqueued by the scheduler's first tick).
    Ok(AppState::new(leptos_options, core, locales, invoice_font, mailer))
}
