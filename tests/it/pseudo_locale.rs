//! The translators' development aids: the pseudo-locale `en-XA` (`PSEUDO_LOCALE=1`)
//! and reloading changed `.ftl` files (`LOCALES_RELOAD=1`), through the HTTP app.

use crate::support;

use membership_offers::server::web::app;
use support::{date, state_with, Client, TestDb};

const TODAY: &str = "2026-03-16";

#[tokio::test]
async fn the_pseudo_locale_is_served_only_when_enabled() {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let mut anna = Client::new(app(state_with(&test_db, date(TODAY), &[("PSEUDO_LOCALE", "1")])));
    anna.sign_in("anna@contoso.example").await;
    let page = anna.get("/offers?lang=en-XA").await;
    assert_eq!(page.html_lang().as_deref(), Some("en-XA"));
    let heading = page.heading();
    assert!(heading.starts_with('[') && heading.ends_with(']') && heading.contains('ḿ'), "{heading}");
    let cookie = page.headers.get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(cookie.contains("=en-XA;"), "the choice is remembered: {cookie}");
    // Its catalog file says so, and the browser builds the same bundle from it.
    let catalog = page.attribute("#mo-catalog", "href").expect("the catalog link");
    assert!(catalog.starts_with("/i18n/en-XA."), "{catalog}");
    let (status, _, body) = anna.get_bytes(&catalog).await;
    assert_eq!(status, http::StatusCode::OK);
    assert!(String::from_utf8(body).unwrap().contains("\"pseudo\":true"));
    // A real language replaces it.
    assert_eq!(anna.get("/offers?lang=nl").await.html_lang().as_deref(), Some("nl"));

    let mut bert = Client::new(app(support::state(&test_db, date(TODAY))));
    bert.sign_in("anna@contoso.example").await;
    let page = bert.get("/offers?lang=en-XA").await;
    assert_eq!(page.html_lang().as_deref(), Some("nl"), "off unless PSEUDO_LOCALE=1: her saved language");
    assert!(!page.heading().starts_with('['), "{}", page.heading());
}

#[tokio::test]
async fn a_broken_ftl_file_is_shown_on_the_page_while_the_last_good_catalog_serves() {
    let dir = std::env::temp_dir().join(format!("mo-it-reload-{}-{:08x}", std::process::id(), rand::random::<u32>()));
    for lang in ["en", "nl", "de", "fr", "zh"] {
        std::fs::create_dir_all(dir.join(lang)).unwrap();
        for file in std::fs::read_dir(format!("locales/{lang}")).unwrap().flatten() {
            std::fs::copy(file.path(), dir.join(lang).join(file.file_name())).unwrap();
        }
    }
    let test_db = TestDb::seeded(date(TODAY)).await;
    let settings = [("LOCALES_DIR", dir.to_str().unwrap()), ("LOCALES_RELOAD", "1")];
    let app_state = state_with(&test_db, date(TODAY), &settings);
    let mut anna = Client::new(app(app_state.clone()));
    anna.sign_in("anna@contoso.example").await;
    let before = anna.get("/offers?lang=de").await.heading();
    assert!(anna.get("/offers").await.alerts().is_empty());

    let file = dir.join("de/offers.ftl");
    let good = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{good}broken = {{ $open\n")).unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let page = anna.get("/offers").await;
    assert_eq!(page.heading(), before, "the last good catalog keeps serving");
    let shown = page.alerts().join("\n");
    let explanation = app_state.locales().i18n(membership_offers::i18n::Lang::De).t("locales-reload-failed");
    // The parser stops at the end of the broken line (the next line, column 1).
    let broken_line = good.lines().count() + 1;
    let place = shown.split("de/offers.ftl:").nth(1).and_then(|rest| rest.split(':').next()).and_then(|line| line.parse::<usize>().ok());
    assert!(shown.contains(&explanation) && place.is_some_and(|line| (broken_line..=broken_line + 1).contains(&line)), "{shown}");

    std::fs::write(&file, &good).unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(anna.get("/offers").await.alerts().is_empty(), "fixed: the message is gone");
    std::fs::remove_dir_all(&dir).unwrap();
}
