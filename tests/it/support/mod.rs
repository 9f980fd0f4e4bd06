//! Test support: a fresh database per test (a new SQLite file, or a new PostgreSQL
//! database when `DATABASE_URL=postgres://...` is set) and the application around it.


use std::sync::Arc;

use chrono::NaiveDate;
use leptos::config::LeptosOptions;
use membership_offers::server::clock::Clock;
use membership_offers::server::config::Config;
use membership_offers::server::core::Core;
use membership_offers::server::store::db::Db;
use membership_offers::server::gateway::{CardToken, ChargeOutcome, ChargeRequest, GatewayFuture, PaymentGateway, RefundRequest, SandboxGateway};
use membership_offers::server::mail::Mailer;
use membership_offers::server::present::invoice_pdf::InvoiceFont;
use membership_offers::server::seed::seed_if_empty;
use membership_offers::server::state::AppState;

/// The text of a PDF as `pdftotext -layout` reads it, after `qpdf --check` finds the
/// file sound.
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("mo-pdf-{:016x}", rand::random::<u64>()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("invoice.pdf");
    std::fs::write(&file, bytes).unwrap();
    let check = std::process::Command::new("qpdf").arg("--check").arg(&file).output().expect("qpdf (poppler-utils/qpdf) is installed");
    assert!(check.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&check.stdout));
    let out = std::process::Command::new("pdftotext").arg("-layout").arg(&file).arg("-").output().expect("pdftotext is installed");
    std::fs::remove_dir_all(&dir).ok();
    String::from_utf8(out.stdout).unwrap()
}

/// The one integer a query answers (a count, an id).
pub async fn scalar(test_db: &TestDb, sql: &str) -> i64 {
    let (value,): (i64,) = sqlx::query_as(sql).fetch_one(test_db.db.pool()).await.unwrap();
    value
}

/// The one text a query answers.
pub async fn text(test_db: &TestDb, sql: &str) -> String {
    let (value,): (String,) = sqlx::query_as(sql).fetch_one(test_db.db.pool()).await.unwrap();
    value
}

/// The id of Contoso's Action Pack subscription (demo data).
pub async fn contoso_action_pack(test_db: &TestDb) -> i64 {
    scalar(test_db, "SELECT s.id FROM subscriptions s JOIN organizations o ON o.id = s.organization_id WHERE o.legal_name = 'Contoso Ltd' AND s.offer_code = 'action-pack'").await
}

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
    state_with(test_db, today, &[])
}

/// [`state`] with settings as the environment would give them (`("PUBLIC_URL", …)`).
pub fn state_with(test_db: &TestDb, today: NaiveDate, settings: &[(&str, &str)]) -> AppState {
    let config = Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(test_db.url.clone()),
        _ => settings.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string()),
    })
    .expect("config");
    let invoice_font =
        InvoiceFont::load(&config.invoice_font, config.invoice_font_index).expect("the invoice font (fonts-wqy-microhei) is installed");
    let locales = membership_offers::server::startup::live_locales(&config).expect("locales load");
    let core = Core {
        db: test_db.db.clone(),
        clock: Clock::manual(today.and_hms_opt(9, 0, 0).expect("time").and_utc()),
        gateway: Arc::new(SandboxGateway::new(test_db.db.clone())),
        config: Arc::new(config),
    };
    AppState::new(
        LeptosOptions::builder().output_name("membership-offers").build(),
        core,
        locales,
        invoice_font,
        Mailer::Files(std::env::temp_dir().join(format!("mo_test_outbox_{}_{:016x}", std::process::id(), rand::random::<u64>()))),
    )

}

/// Something another request does to the subscription.
pub type Change = Box<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> + Send + Sync>;

/// The sandbox gateway, with `change` made once while the first card is being
/// charged: between Buy's quote (step 1) and its commit (step 3), as when the partner
/// turns automatic renewal off or asks for a cancellation in another tab meanwhile.
pub struct ChangedDuringCharge {
    sandbox: SandboxGateway,
    change: Change,
    done: std::sync::atomic::AtomicBool,
}

impl ChangedDuringCharge {
    /// `core` with this gateway in place of its own.
    pub fn around(core: &Core, change: Change) -> Core {
        let gateway = ChangedDuringCharge { sandbox: SandboxGateway::new(core.db.clone()), change, done: Default::default() };
        Core { gateway: Arc::new(gateway), ..core.clone() }
    }
}

impl PaymentGateway for ChangedDuringCharge {
    fn tokenize(&self, card: membership_offers::server::gateway::CardDetails) -> GatewayFuture<'_, CardToken> {
        self.sandbox.tokenize(card)
    }

    fn charge(&self, request: ChargeRequest) -> GatewayFuture<'_, ChargeOutcome> {
        Box::pin(async move {
            if !self.done.swap(true, std::sync::atomic::Ordering::SeqCst) {
                (self.change)().await;
            }
            self.sandbox.charge(request).await
        })
    }

    fn find_charge(&self, idempotency_key: String) -> GatewayFuture<'_, Option<ChargeOutcome>> {
        self.sandbox.find_charge(idempotency_key)
    }

    fn refund(&self, request: RefundRequest) -> GatewayFuture<'_, String> {
        self.sandbox.refund(request)
    }
}

/// A real SMTP server (PyPI `aiosmtpd`, `tests/smtp_sink.py`) that saves every message
/// it receives as an `.eml` file; stopped when dropped.
pub struct SmtpSink {
    pub url: String,
    pub folder: std::path::PathBuf,
    child: std::process::Child,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        use std::io::BufRead;
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let folder = std::env::temp_dir().join(format!("mo_smtp_{}_{:016x}", std::process::id(), rand::random::<u64>()));
        let mut child = std::process::Command::new("python3")
            .arg("tests/smtp_sink.py")
            .arg(port.to_string())
            .arg(&folder)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 runs tests/smtp_sink.py (pip install aiosmtpd)");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP sink started (is aiosmtpd installed?)");
        SmtpSink { url: format!("smtp://127.0.0.1:{port}"), folder, child }
    }

    /// The messages received so far, oldest first, each parsed.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        let mut paths: Vec<_> = std::fs::read_dir(&self.folder)
            .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "eml")).collect())
            .unwrap_or_default();
        paths.sort();
        paths.into_iter().map(|path| ReceivedMail::parse(&std::fs::read(path).unwrap())).collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// A received e-mail, decoded.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// File names of the attachments.
    pub attachments: Vec<(String, Vec<u8>)>,
}

impl ReceivedMail {
    pub fn parse(raw: &[u8]) -> ReceivedMail {
        use mail_parser::MimeHeaders;
        let message = mail_parser::MessageParser::default().parse(raw).expect("a valid e-mail");
        let attachments = message
            .attachments()
            .map(|part| (part.attachment_name().unwrap_or_default().to_string(), part.contents().to_vec()))
            .collect();
        ReceivedMail {
            to: message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_string(),
            subject: message.subject().unwrap_or_default().to_string(),
            text: message.body_text(0).map(|t| t.to_string()).unwrap_or_default(),
            html: message.body_html(0).map(|t| t.to_string()).unwrap_or_default(),
            attachments,
        }
    }
}

/// A minimal HTTP client over the router: keeps the session cookie, sends same-origin
/// headers on POST like a browser does.
pub struct Client {
    pub app: axum::Router,
    pub cookie: Option<String>,
    /// The address the requests come from (as the server sees the connection);
    /// none: "unknown".
    pub from: Option<std::net::SocketAddr>,
}

/// A response as a person (or a browser) meets it. The HTML is private on purpose:
/// a page embeds its whole Fluent catalog and its scripts, so searching the raw body
/// for a message finds it whatever the page shows. Read what a person sees instead:
/// [`Reply::text`], [`Reply::alerts`], [`Reply::field_value`], [`Reply::links`].
pub struct Reply {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    body: String,
}

impl std::fmt::Debug for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}\n{}", self.status, self.location(), self.text())
    }
}

impl Client {
    pub fn new(app: axum::Router) -> Client {
        Client { app, cookie: None, from: None }
    }

    /// A client whose requests come from `ip`.
    pub fn from_ip(app: axum::Router, ip: &str) -> Client {
        Client { app, cookie: None, from: Some(std::net::SocketAddr::new(ip.parse().expect("an IP address"), 40_000)) }
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

    /// Calls a server function as the browser's code does (form-encoded arguments, no
    /// `Accept: text/html`, which would make it answer a no-JavaScript form with a redirect).
    pub async fn call(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let mut request = http::Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "http://127.0.0.1:3000")
            .header("host", "127.0.0.1:3000")
            .header("accept", "application/json");
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        self.send(request.body(axum::body::Body::from(body)).unwrap()).await
    }

    async fn send(&mut self, mut request: http::Request<axum::body::Body>) -> Reply {
        use tower::ServiceExt;
        if let Some(addr) = self.from {
            request.extensions_mut().insert(axum::extract::ConnectInfo(addr));
        }
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for value in headers.get_all("set-cookie") {
            let text = value.to_str().unwrap();
            for name in ["mo_session", "__Host-mo_session"] {
                if let Some(rest) = text.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')) {
                    let token = rest.split(';').next().unwrap();
                    self.cookie = (!token.is_empty()).then(|| format!("{name}={token}"));
                }
            }
        }
        let bytes = axum::body::to_bytes(response.into_body(), 4 << 20).await.unwrap();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// Signs in with the demo password; panics unless it succeeds.
    pub async fn sign_in(&mut self, email: &str) {
        self.sign_in_with(email, "demo-password-1").await;
    }

    /// Signs in with `password`; panics unless it succeeds.
    pub async fn sign_in_with(&mut self, email: &str, password: &str) {
        let reply = self.post_form("/sign-in", &[("email", email), ("password", password), ("next", "")]).await;
        assert_eq!(reply.status, http::StatusCode::SEE_OTHER, "sign-in of {email} failed: {reply:?}");
    }
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers.get("location").map(|v| v.to_str().unwrap()).unwrap_or("")
    }

    fn document(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// The page's visible text: the body without scripts, styles and templates, with
    /// white space collapsed.
    pub fn text(&self) -> String {
        let document = self.document();
        let body = scraper::Selector::parse("body").unwrap();
        let Some(root) = document.select(&body).next() else { return collapse(&self.body) };
        let mut out = String::new();
        visible_text(*root, &mut out);
        collapse(&out)
    }

    /// The text of every `role="alert"` element (form and field errors).
    pub fn alerts(&self) -> Vec<String> {
        self.texts_of("[role=alert]")
    }

    /// The text of every `role="status"` element (confirmations, banners).
    pub fn statuses(&self) -> Vec<String> {
        self.texts_of("[role=status]")
    }

    /// The text of the elements matching a CSS selector.
    pub fn texts_of(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).unwrap();
        self.document().select(&selector).map(|element| collapse(&element.text().collect::<String>())).collect()
    }

    /// The text of the page's first `h1`.
    pub fn heading(&self) -> String {
        self.texts_of("h1").into_iter().next().unwrap_or_default()
    }

    /// The value the field `name` shows (an input's value or a textarea's text).
    pub fn field_value(&self, name: &str) -> Option<String> {
        let selector = scraper::Selector::parse(&format!("input[name=\"{name}\"], textarea[name=\"{name}\"]")).unwrap();
        let document = self.document();
        let element = document.select(&selector).next()?;
        match element.value().name() {
            "textarea" => Some(element.text().collect()),
            _ => Some(element.value().attr("value").unwrap_or("").to_string()),
        }
    }

    /// Every link's address.
    pub fn links(&self) -> Vec<String> {
        let selector = scraper::Selector::parse("a[href]").unwrap();
        self.document().select(&selector).filter_map(|a| a.value().attr("href").map(str::to_string)).collect()
    }

    /// Every form's action (the page itself when it has none).
    pub fn form_actions(&self) -> Vec<String> {
        let selector = scraper::Selector::parse("form[method=post]").unwrap();
        self.document().select(&selector).map(|f| f.value().attr("action").unwrap_or("").to_string()).collect()
    }

    /// The `lang` of the document.
    pub fn html_lang(&self) -> Option<String> {
        let selector = scraper::Selector::parse("html").unwrap();
        self.document().select(&selector).next().and_then(|html| html.value().attr("lang").map(str::to_string))
    }

    /// The `name` attribute of the first element matching `selector`.
    pub fn attribute(&self, selector: &str, name: &str) -> Option<String> {
        let selector = scraper::Selector::parse(selector).unwrap();
        self.document().select(&selector).next().and_then(|element| element.value().attr(name).map(str::to_string))
    }

    /// The raw body, for responses that are not pages (CSV, plain text).
    pub fn raw(&self) -> &str {
        &self.body
    }
}

fn visible_text(node: ego_tree::NodeRef<'_, scraper::Node>, out: &mut String) {
    for child in node.children() {
        match child.value() {
            scraper::Node::Text(text) => {
                out.push_str(text);
            }
            scraper::Node::Element(element) => {
                if matches!(element.name(), "script" | "style" | "template" | "head") || element.attr("hidden").is_some() {
                    continue;
                }
                out.push(' ');
                visible_text(child, out);
                out.push(' ');
            }
            _ => {}
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every `.rs` file under `dir`, sorted (for the tests that read the source).
pub fn rust_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
