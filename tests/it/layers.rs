//! The layout holds: dependencies run one way (web and api -> service/present ->
//! store -> domain; present -> view + i18n; pages and components never import the
//! server that renders them), every SQL query lives in the store, and no test
//! searches a raw page for a message (a page embeds its whole catalog, so such a
//! check passes whatever the page shows). Pages load their data through one JSON
//! codec. See docs/architecture.md.

use std::path::Path;


/// The code of a file without its unit tests.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default().to_string()
}

/// Lines of the files under `dir` that mention any of `forbidden`.
fn offending(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in crate::support::rust_files(dir) {
        for (number, line) in code(&path).lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            if let Some(word) = forbidden.iter().find(|word| line.contains(*word)) {
                found.push(format!("{}:{}: uses {word}: {line}", path.display(), number + 1));
            }
        }
    }
    found
}

#[test]
fn nothing_on_the_server_calls_the_server_functions() {
    let found = offending("src/server", &["crate::api"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn services_know_nothing_of_http_leptos_forms_or_formatting() {
    let found = offending(
        "src/server/service",
        &["axum", "leptos", "http::", "crate::view", "crate::api", "server::web", "server::present", "i18n::format", "FormFeedback"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_store_depends_only_on_the_domain() {
    let found = offending(
        "src/server/store",
        &["crate::view", "crate::api", "server::web", "server::service", "server::present", "crate::i18n", "leptos", "axum"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_web_layer_and_the_server_functions_reach_the_store_only_through_services() {
    let mut found = offending("src/server/web", &["server::store", "super::store"]);
    found.extend(offending("src/api", &["server::store"]));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn pages_and_components_do_not_import_the_server() {
    // The server renders them (web/render.rs -> app -> pages -> components): an
    // import of `crate::server` from here closes a cycle.
    let mut found = offending("src/pages", &["crate::server"]);
    found.extend(offending("src/components", &["crate::server"]));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn presenters_do_not_reach_back_into_the_web_layer() {
    let found = offending("src/server/present", &["crate::api", "server::web", "axum", "sqlx::"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_domain_and_the_view_models_are_pure() {
    let impure = ["sqlx", "tokio", "std::fs", "axum", "crate::server", "crate::api", "#[cfg(feature"];
    let mut found = offending("src/domain", &impure);
    found.extend(offending("src/view", &impure));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_sql_query_lives_in_the_store() {
    let mut found = Vec::new();
    for path in crate::support::rust_files("src") {
        if path.starts_with("src/server/store") {
            continue;
        }
        if code(&path).contains("sqlx::query") {
            found.push(path.display().to_string());
        }
    }
    assert!(found.is_empty(), "queries outside src/server/store: {found:#?}");
}

#[test]
fn pages_load_their_data_through_the_one_json_codec() {
    // `Resource::new` decodes with `serde_json::from_str`, server functions with
    // `from_slice`: one such resource puts its type's decoder into the wasm twice.
    let mut found = offending("src/pages", &["Resource::new", "OnceResource::new"]);
    found.extend(offending("src/components", &["Resource::new", "OnceResource::new"]));
    assert!(found.is_empty(), "use api::codec::page_data: {found:#?}");
}

#[test]
fn no_test_looks_for_text_in_a_raw_page() {
    let mut found = Vec::new();
    for path in crate::support::rust_files("tests") {
        if path.ends_with("layers.rs") {
            continue;
        }
        for (number, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            // Asserting that something is absent from the raw body is allowed (a
            // secret must not be anywhere); asserting presence is not.
            let positive = (line.contains(".raw().contains(") && !line.contains("!")) || line.contains(".body.contains(");
            if positive {
                found.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "read the visible page (Reply::text, alerts, field_value) instead: {found:#?}");
}
