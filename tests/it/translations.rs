//! The translators' workbench, as a translator reads it: only Translators get in (a
//! partner or a Support agent is refused), the completeness it shows is what the files
//! hold, a changed English source makes its translations stale until they are recorded
//! as reviewed, and the preview formats plural variants and dates in the language.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use http::StatusCode;
use membership_offers::i18n::Lang;
use membership_offers::server::service::translations::{record_reviewed, TARGETS};
use membership_offers::server::web::app;

use crate::support::{self, date, Client, TestDb};

const TODAY: &str = "2026-03-16";
const TESS: &str = "tess@network.example";

/// A copy of `locales/` to change, removed when dropped.
struct LocalesCopy(PathBuf);

impl LocalesCopy {
    fn new() -> LocalesCopy {
        let dir = std::env::temp_dir().join(format!("mo_locales_{}_{:016x}", std::process::id(), rand::random::<u64>()));
        copy_dir(Path::new("locales"), &dir);
        LocalesCopy(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temp path")
    }

    /// Replaces `from` by `to` in `locales/<lang>/<file>`.
    fn edit(&self, lang: &str, file: &str, from: &str, to: &str) {
        let path = self.0.join(lang).join(file);
        let text = std::fs::read_to_string(&path).expect("the file");
        assert!(text.contains(from), "{from:?} not in {}", path.display());
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
}

impl Drop for LocalesCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// The ids (messages and terms) defined in `dir/<lang>/*.ftl`, read line by line.
fn ids_in(dir: &Path, lang: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir.join(lang)).expect("a language folder").flatten() {
        if entry.path().extension().is_some_and(|e| e == "ftl") {
            for line in std::fs::read_to_string(entry.path()).expect("read").lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty() && !id.starts_with([' ', '#']) {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
    }
    ids
}

async fn signed_in(test_db: &TestDb, locales: Option<&LocalesCopy>, email: &str) -> Client {
    let settings: Vec<(&str, &str)> = locales.map(|l| vec![("LOCALES_DIR", l.path())]).unwrap_or_default();
    let mut client = Client::new(app(support::state_with(test_db, date(TODAY), &settings)));
    client.sign_in(email).await;
    client
}

#[tokio::test]
async fn only_translators_open_the_workbench_and_a_translator_sees_nothing_else() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut tess = signed_in(&test_db, None, TESS).await;
    // Signing in lands on the workbench: the front door and the offers lead there.
    assert_eq!(tess.get("/").await.location(), "/translations");
    assert_eq!(tess.get("/offers?lang=en").await.location(), "/translations?lang=en");
    let page = tess.get("/translations?lang=en").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.heading(), "Translations");
    assert_eq!(page.texts_of("nav.main-nav li"), ["Translations"]);
    assert_eq!(tess.get("/translations/nl?lang=en").await.status, StatusCode::OK);
    assert_eq!(tess.get("/translations/en?lang=en").await.status, StatusCode::NOT_FOUND);
    assert_eq!(tess.get("/translations/nl/no-such-message?lang=en").await.status, StatusCode::NOT_FOUND);
    // The staff console exists, not for a Translator; partner pages do not exist for network staff.
    for path in ["/staff", "/staff/transfers", "/staff/vat-ids"] {
        assert_eq!(tess.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    for path in ["/invoices", "/support", "/competencies", "/users"] {
        assert_eq!(tess.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(tess.call("/api/staff_queue", &[("filter[mine]", "false")]).await.status, StatusCode::FORBIDDEN);

    for email in ["anna@contoso.example", "vera@contoso.example", "support@network.example"] {
        let mut other = signed_in(&test_db, None, email).await;
        for path in ["/translations", "/translations/nl", "/translations/nl/offers-buy"] {
            let page = other.get(&format!("{path}?lang=en")).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{email} {path}");
            assert!(page.texts_of("main td").is_empty(), "{email} {path}");
        }
        assert_eq!(other.call("/api/translations", &[]).await.status, StatusCode::FORBIDDEN, "{email}");
        assert_eq!(other.call("/api/translations_message", &[("lang", "nl"), ("id", "offers-buy")]).await.status, StatusCode::FORBIDDEN);
        assert!(!other.get("/account?lang=en").await.texts_of("nav.main-nav li").contains(&"Translations".to_string()), "{email}");
    }
}

#[tokio::test]
async fn completeness_is_what_the_files_hold_and_a_changed_english_source_is_stale_until_reviewed() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let locales = LocalesCopy::new();
    // Dutch loses a message; English changes another one's meaning.
    locales.edit("nl", "offers.ftl", "offers-buy = Kopen\n", "");
    locales.edit("en", "translations.ftl", "translations-kind-amount = Amount\n", "translations-kind-amount = Amount of money\n");
    let mut tess = signed_in(&test_db, Some(&locales), TESS).await;

    let page = tess.get("/translations?lang=en").await;
    let english = ids_in(&locales.0, "en");
    let cells = page.texts_of("main tbody td");
    for (i, lang) in TARGETS.iter().enumerate() {
        let own = ids_in(&locales.0, lang.code());
        let missing = english.difference(&own).count();
        let stale = 1;
        let translated = english.len() - missing - stale;
        let row = &cells[i * 4..i * 4 + 4];
        let expected = [english.len(), translated, stale, missing].map(|n| if n == 1 { "1 message".to_string() } else { format!("{n} messages") });
        assert_eq!(row, expected, "{}", lang.code());
    }
    assert_eq!(ids_in(&locales.0, "en").difference(&ids_in(&locales.0, "nl")).cloned().collect::<Vec<_>>(), ["offers-buy"]);

    let stale = tess.get("/translations/de?show=stale&lang=en").await;
    assert_eq!(stale.texts_of("main tbody th"), ["translations-kind-amount"]);
    assert_eq!(stale.texts_of("main h2"), ["translations.ftl"]);
    let missing = tess.get("/translations/nl?show=missing&lang=en").await;
    assert_eq!(missing.texts_of("main tbody th"), ["offers-buy"]);
    assert_eq!(missing.texts_of("main tbody td[data-label=Translation]"), ["Not translated"]);
    let search = tess.get("/translations/fr?q=Amount+of&lang=en").await;
    assert_eq!(search.texts_of("main tbody th"), ["translations-kind-amount"]);

    let message = tess.get("/translations/de/translations-kind-amount?lang=en").await;
    assert_eq!(message.heading(), "Message translations-kind-amount");
    assert!(message.texts_of("main .badge").contains(&"Stale".to_string()));
    assert_eq!(message.texts_of("main pre")[..2], ["translations-kind-amount = Amount of money".to_string(), "translations-kind-amount = Betrag".to_string()]);

    // The translator reviews the German one: German is up to date, Dutch still stale.
    record_reviewed(&locales.0, Lang::De, &["translations-kind-amount".to_string()]).expect("recorded");
    assert!(tess.get("/translations/de?show=stale&lang=en").await.texts_of("main tbody th").is_empty());
    assert_eq!(tess.get("/translations/nl?show=stale&lang=en").await.texts_of("main tbody th"), ["translations-kind-amount"]);
}

#[tokio::test]
async fn a_message_page_shows_the_comment_variables_glossary_terms_and_a_preview_of_each_plural_form() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut tess = signed_in(&test_db, None, TESS).await;
    let page = tess.get("/translations/nl/translations-count?number=21&lang=en").await;
    assert_eq!(page.texts_of("main tbody th code"), ["$count"]);
    assert!(page.texts_of("main pre").iter().any(|c| c.contains("$count (Number) - how many messages")));
    let preview: Vec<String> = page.texts_of("main section[aria-labelledby=preview] tbody td");
    assert_eq!(
        preview,
        ["0 messages", "0 berichten", "1 message", "1 bericht", "2 messages", "2 berichten", "5 messages", "5 berichten", "21 messages", "21 berichten"]
    );
    // A date in the language's format, and the glossary term a message uses.
    let dated = tess.get("/translations/nl/support-opened-by-value?lang=en").await;
    let preview = dated.texts_of("main section[aria-labelledby=preview] tbody td");
    assert_eq!(preview.len(), 2, "{preview:?}");
    assert!(preview[1].contains("23 juni 2026"), "{preview:?}");
    assert!(preview[0].contains("June 23, 2026"), "{preview:?}");
    let termed = tess.get("/translations/de/offers-renew?lang=en").await;
    assert_eq!(termed.texts_of("main section[aria-labelledby=glossary] tbody th"), ["Renew subscription"]);
    assert_eq!(termed.texts_of("main section[aria-labelledby=glossary] tbody td")[0], "Abonnement verlängern");
}

/// Every id a source-hashes file records is an English message: a message removed
/// or renamed in English takes its hashes with it (`translations reviewed` drops them).
#[test]
fn the_source_hashes_name_only_english_messages() {
    let english = ids_in(Path::new("locales"), "en");
    for lang in TARGETS {
        let path = format!("locales/{}.source-hashes.toml", lang.code());
        let table: toml::Table = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path}")).parse().expect("valid TOML");
        let unknown: Vec<&String> = table.keys().filter(|id| !english.contains(*id)).collect();
        assert!(unknown.is_empty(), "{path} records ids English does not have: {unknown:?}");
        assert!(table.values().all(|v| v.as_str().is_some_and(|h| h.len() == 8)), "{path}");
    }
}
