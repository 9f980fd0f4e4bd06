//! Test support: a fresh database per test (a new SQLite file, or a new PostgreSQL
//! database when `DATABASE_URL=postgres://...` is set) and the application around it.
#![allow(dead_code)]

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::config::LeptosOptions;
use membership_offers::i18n::format::Formatters;
use membership_offers::i18n::server::Locales;
use membership_offers::server::clock::Clock;
use membership_offers::server::config::Config;
use membership_offers::server::db::Db;
use membership_offers::server::seed::seed_if_empty;
use membership_offers::server::state::AppState;

/// A database that exists for one test and is removed afterwards.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Option<Cleanup>,
}

enum Cleanup {
    SqliteFile(std::path::PathBuf),
    PostgresDatabase { admin_url: String, name: String },
}

impl TestDb {
    pub async fn new() -> TestDb {
        let unique = format!("mo_test_{}_{:016x}", std::process::id(), rand::random::<u64>());
        match std::env::var("DATABASE_URL").ok().filter(|u| u.starts_with("postgres")) {
            Some(admin_url) => {
                let admin = Db::connect(&admin_url).await.expect("connect to PostgreSQL");
                sqlx::query(&format!("CREATE DATABASE {unique}")).execute(admin.pool()).await.expect("create test database");
                admin.pool().close().await;
                let url = replace_database(&admin_url, &unique);
                let db = Db::connect(&url).await.expect("connect to the test database");
                db.migrate().await.expect("migrations apply");
                TestDb { db, url, cleanup: Some(Cleanup::PostgresDatabase { admin_url, name: unique }) }
            }
            None => {
                let path = std::env::temp_dir().join(format!("{unique}.db"));
                let url = format!("sqlite://{}", path.display());
                let db = Db::connect(&url).await.expect("open SQLite");
                db.migrate().await.expect("migrations apply");
                TestDb { db, url, cleanup: Some(Cleanup::SqliteFile(path)) }
            }
        }
    }

    /// A fresh database with the demo data seeded as of `today`.
    pub async fn seeded(today: NaiveDate) -> TestDb {
        let test_db = TestDb::new().await;
        seed_if_empty(&test_db.db, &Clock::fixed_date(today)).await.expect("seed");
        test_db
    }
}

fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let prefix = base.rsplit_once('/').map_or(base, |(p, _)| p);
    match query {
        Some(q) => format!("{prefix}/{name}?{q}"),
        None => format!("{prefix}/{name}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match self.cleanup.take() {
            Some(Cleanup::SqliteFile(path)) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Some(Cleanup::PostgresDatabase { admin_url, name }) => {
                // Runs on its own thread and runtime: Drop cannot await.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                    runtime.block_on(async {
                        if let Ok(admin) = Db::connect(&admin_url).await {
                            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(admin.pool()).await;
                        }
                    });
                })
                .join();
            }
            None => {}
        }
    }
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid date")
}

/// The application state over a test database, with a manual clock at `today` 09:00 UTC.
pub fn state(test_db: &TestDb, today: NaiveDate) -> AppState {
    let config = Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(test_db.url.clone()),
        _ => None,
    })
    .expect("config");
    AppState {
        leptos_options: LeptosOptions::builder().output_name("membership-offers").build(),
        db: test_db.db.clone(),
        clock: Clock::manual(today.and_hms_opt(9, 0, 0).expect("time").and_utc()),
        locales: Arc::new(Locales::load(std::path::Path::new("locales")).expect("locales load")),
        formatters: Arc::new(Formatters::new()),
        gateway: Arc::new(membership_offers::server::payments::SandboxGateway::new(test_db.db.clone())),
        invoice_font: membership_offers::server::invoices::InvoiceFont::load(&config.invoice_font, config.invoice_font_index)
            .expect("the invoice font (fonts-wqy-microhei) is installed"),
        config: Arc::new(config),
    }
}

/// A minimal HTTP client over the router: keeps the session cookie, sends same-origin
/// headers on POST like a browser does.
pub struct Client {
    pub app: axum::Router,
    pub cookie: Option<String>,
}

pub struct Reply {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl Client {
    pub fn new(app: axum::Router) -> Client {
        Client { app, cookie: None }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let mut request = http::Request::get(path);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        self.send(request.body(axum::body::Body::empty()).unwrap()).await
    }

    /// GET returning status, headers and the raw body (downloads).
    pub async fn get_bytes(&mut self, path: &str) -> (http::StatusCode, http::HeaderMap, Vec<u8>) {
        use tower::ServiceExt;
        let mut request = http::Request::get(path);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        let response = self.app.clone().oneshot(request.body(axum::body::Body::empty()).unwrap()).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), 16 << 20).await.unwrap();
        (status, headers, bytes.to_vec())
    }

    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let mut request = http::Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "http://127.0.0.1:3000")
            .header("host", "127.0.0.1:3000")
            .header("accept", "text/html");
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        self.send(request.body(axum::body::Body::from(body)).unwrap()).await
    }

    async fn send(&mut self, request: http::Request<axum::body::Body>) -> Reply {
        use tower::ServiceExt;
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for value in headers.get_all("set-cookie") {
            let text = value.to_str().unwrap();
            if let Some(rest) = text.strip_prefix("mo_session=") {
                let token = rest.split(';').next().unwrap();
                self.cookie = (!token.is_empty()).then(|| format!("mo_session={token}"));
            }
        }
        let bytes = axum::body::to_bytes(response.into_body(), 4 << 20).await.unwrap();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// Signs in with the demo password; panics unless it succeeds.
    pub async fn sign_in(&mut self, email: &str) {
        let reply = self.post_form("/sign-in", &[("email", email), ("password", "demo-password-1"), ("next", "")]).await;
        assert_eq!(reply.status, http::StatusCode::SEE_OTHER, "sign-in of {email} failed: {}", reply.body);
    }
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers.get("location").map(|v| v.to_str().unwrap()).unwrap_or("")
    }
}
