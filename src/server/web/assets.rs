//! The site's static files as the page shell links them: the stylesheet, the
//! JavaScript and the wasm built by cargo-leptos, and one catalog file per language.
//!
//! Release builds name the CSS, JS and wasm with a hash of their content (cargo-leptos
//! `hash-files`, listed in `hash.txt` beside the binary), so a browser may keep them
//! for a year: a new build has new names. The names are read once at start, not on
//! every page as Leptos's own `HydrationScripts` does.
//!
//! The wasm is split (lazy routes, `.ci/build-site`): `hash.txt`'s `split:` line names
//! the JavaScript loader of the split modules and its `manifest:` line the map of each
//! lazy view to the files it needs; the shell hands both to Leptos, which preloads the
//! files of the views a page rendered.
//!
//! Each language's Fluent catalog is served as JSON at `/i18n/<lang>.<hash>.json`,
//! named by a hash of its content and cached the same way, instead of being embedded
//! in every page (it was 70 % of the bytes of `/offers`).

use std::collections::BTreeMap;
use std::path::Path;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::response::{IntoResponse, Response};
use http::header::CONTENT_TYPE;
use http::{HeaderValue, StatusCode};
use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};

use crate::i18n::server::Locales;
use crate::i18n::{I18n, Lang};
use crate::server::state::AppState;

/// Where the catalogs are served.
pub const CATALOG_PREFIX: &str = "/i18n/";

/// The URLs of the site's stylesheet, script and wasm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteAssets {
    /// Whether the names carry a content hash (then they are cached for a year).
    pub hashed: bool,
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// The split modules of the wasm, when it was split.
    pub split: Option<SplitModules>,
}

/// What the split of the wasm wrote beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitModules {
    /// The file name of the JavaScript loader in `pkg` (`__wasm_split.<hash>.js`).
    pub loader: String,
    /// Each split point (a lazy view) and the stems of the `.wasm` files it needs.
    pub modules: std::collections::HashMap<String, Vec<String>>,
}

impl SplitModules {
    /// Reads the manifest `pkg_dir/manifest`; none when there is no such file.
    fn read(pkg_dir: &Path, manifest: &str, loader: String) -> Option<SplitModules> {
        let text = std::fs::read_to_string(pkg_dir.join(manifest)).ok()?;
        match serde_json::from_str(&text) {
            Ok(modules) => Some(SplitModules { loader, modules }),
            Err(error) => {
                tracing::warn!(file = manifest, %error, "the wasm's split manifest does not parse; lazy views are not preloaded");
                None
            }
        }
    }
}

impl SiteAssets {
    /// The names of the build beside the running binary: hashed when cargo-leptos
    /// wrote `hash.txt` and the hashed files exist, plain otherwise (tests, a plain
    /// `cargo build`).
    pub fn locate(options: &LeptosOptions) -> SiteAssets {
        let exe_dir = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_path_buf)).unwrap_or_default();
        let hashes = std::fs::read_to_string(exe_dir.join(&*options.hash_file)).unwrap_or_default();
        Self::from_hashes(options, &hashes)
    }

    /// The names for the `hash.txt` content `hashes` (`js: …`, `wasm: …`, `css: …`
    /// lines), checked against the files in the site's `pkg` directory.
    pub fn from_hashes(options: &LeptosOptions, hashes: &str) -> SiteAssets {
        let pkg_dir = Path::new(&*options.site_root).join(&*options.site_pkg_dir);
        let name = &*options.output_name;
        let hash_of = |kind: &str| {
            hashes.lines().find_map(|line| {
                let (file, hash) = line.split_once(':')?;
                (file.trim() == kind).then(|| hash.trim().to_string())
            })
        };
        let url = |file: String| format!("/{}/{file}", options.site_pkg_dir);
        if let (Some(js), Some(wasm), Some(css)) = (hash_of("js"), hash_of("wasm"), hash_of("css")) {
            let files = [format!("{name}.{js}.js"), format!("{name}.{wasm}.wasm"), format!("{name}.{css}.css")];
            if files.iter().all(|file| pkg_dir.join(file).is_file()) {
                let [js, wasm, css] = files;
                let split = match (hash_of("split"), hash_of("manifest")) {
                    (Some(split), Some(manifest)) => {
                        SplitModules::read(&pkg_dir, &format!("__wasm_split_manifest.{manifest}.json"), format!("__wasm_split.{split}.js"))
                    }
                    _ => None,
                };
                return SiteAssets { hashed: true, css: url(css), js: url(js), wasm: url(wasm), split };
            }
            tracing::warn!(dir = %pkg_dir.display(), "hash.txt names files that are not in the site; using the plain names");
        }
        // wasm-bindgen names the wasm `<name>_bg.wasm` unless cargo-leptos renamed it.
        let wasm = if !pkg_dir.join(format!("{name}.wasm")).is_file() && pkg_dir.join(format!("{name}_bg.wasm")).is_file() {
            format!("{name}_bg.wasm")
        } else {
            format!("{name}.wasm")
        };
        // Unhashed, the loader keeps the placeholder name the split gave it.
        let split = SplitModules::read(&pkg_dir, "__wasm_split_manifest.json", format!("__wasm_split.{}.js", "_".repeat(22)));
        SiteAssets { hashed: false, css: url(format!("{name}.css")), js: url(format!("{name}.js")), wasm: url(wasm), split }
    }

    /// The address of the split modules' loader, when the wasm is split.
    pub fn split_loader_url(&self) -> Option<String> {
        let split = self.split.as_ref()?;
        let dir = self.js.rsplit_once('/').map_or("", |(dir, _)| dir);
        Some(format!("{dir}/{}", split.loader))
    }

    /// The module script that loads the wasm and hydrates the page (the page's nonce
    /// goes on its element). No `<`, `&` or quotes that HTML would need escaped.
    pub fn hydration_script(&self) -> String {
        format!("import init, {{ hydrate }} from {:?}; init({{ module_or_path: {:?} }}).then(() => hydrate());", self.js, self.wasm)
    }
}

/// One language's catalog as the browser fetches it.
#[derive(Debug, Clone)]
pub struct CatalogFile {
    /// `/i18n/<lang>.<hash>.json`
    pub url: String,
    pub body: Bytes,
}

/// The catalog files of all languages, built once at start from the loaded locales.
#[derive(Debug, Clone, Default)]
pub struct CatalogFiles {
    by_lang: BTreeMap<Lang, CatalogFile>,
    /// The pseudo-locale's, when it is enabled.
    pseudo: Option<CatalogFile>,
}

impl CatalogFiles {
    pub fn build(locales: &Locales) -> CatalogFiles {
        let by_lang = Lang::ALL.into_iter().map(|lang| (lang, CatalogFile::of(&locales.i18n(lang)))).collect();
        CatalogFiles { by_lang, pseudo: locales.pseudo().map(|pseudo| CatalogFile::of(&pseudo)) }
    }

    /// The file of `i18n`'s catalog.
    pub fn url(&self, i18n: &I18n) -> &str {
        let file = if i18n.catalog().is_pseudo() { self.pseudo.as_ref() } else { self.by_lang.get(&i18n.lang()) };
        file.map_or("", |file| file.url.as_str())
    }

    fn by_url(&self, url: &str) -> Option<&CatalogFile> {
        self.by_lang.values().chain(self.pseudo.as_ref()).find(|file| file.url == url)
    }
}

impl CatalogFile {
    fn of(i18n: &I18n) -> CatalogFile {
        let catalog = i18n.catalog();
        let json = serde_json::to_vec(&catalog.source().without_comments()).expect("a catalog source serializes");
        let hash: String = Sha256::digest(&json).iter().take(8).map(|byte| format!("{byte:02x}")).collect();
        let url = format!("{CATALOG_PREFIX}{}.{hash}.json", catalog.html_lang());
        CatalogFile { url, body: Bytes::from(json) }
    }
}

/// `GET /i18n/{file}`: a catalog of the running build; any other name is 404 (an old
/// page asking for a catalog that changed reloads as a plain server-rendered page).
pub async fn catalog(State(state): State<AppState>, UrlPath(file): UrlPath<String>) -> Response {
    match state.catalog_files().by_url(&format!("{CATALOG_PREFIX}{file}")) {
        Some(found) => ([(CONTENT_TYPE, HeaderValue::from_static("application/json"))], found.body.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(site_root: &Path) -> LeptosOptions {
        LeptosOptions::builder().output_name("app").site_root(site_root.display().to_string()).build()
    }

    #[test]
    fn hashed_names_are_used_only_when_the_files_exist() {
        let dir = std::env::temp_dir().join(format!("mo-assets-{}", std::process::id()));
        let pkg = dir.join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        let hashes = "js: j1\nwasm: w2\ncss: c3\n";
        let plain = SiteAssets::from_hashes(&options(&dir), hashes);
        assert_eq!((plain.hashed, plain.js.as_str(), plain.css.as_str()), (false, "/pkg/app.js", "/pkg/app.css"));
        for file in ["app.j1.js", "app.w2.wasm", "app.c3.css"] {
            std::fs::write(pkg.join(file), "x").unwrap();
        }
        let hashed = SiteAssets::from_hashes(&options(&dir), hashes);
        assert_eq!(hashed, SiteAssets { hashed: true, css: "/pkg/app.c3.css".into(), js: "/pkg/app.j1.js".into(), wasm: "/pkg/app.w2.wasm".into(), split: None });
        assert!(!hashed.hydration_script().contains(['<', '&', '\'']), "{}", hashed.hydration_script());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_split_loader_and_manifest_are_read_from_hash_txt() {
        let dir = std::env::temp_dir().join(format!("mo-assets-split-{}", std::process::id()));
        let pkg = dir.join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        for file in ["app.j1.js", "app.w2.wasm", "app.c3.css"] {
            std::fs::write(pkg.join(file), "x").unwrap();
        }
        std::fs::write(pkg.join("__wasm_split_manifest.m4.json"), r#"{"invoices_route_view_1": ["chunk_0.h5", "split_invoices_route_view_1.h6"]}"#).unwrap();
        let assets = SiteAssets::from_hashes(&options(&dir), "js: j1\nwasm: w2\ncss: c3\nmanifest: m4\nsplit: s7\n");
        let split = assets.split.clone().expect("the split is listed");
        assert_eq!(split.loader, "__wasm_split.s7.js");
        assert_eq!(assets.split_loader_url().as_deref(), Some("/pkg/__wasm_split.s7.js"));
        assert_eq!(split.modules["invoices_route_view_1"], ["chunk_0.h5", "split_invoices_route_view_1.h6"]);
        // A manifest that is not there: no preloads, the page still works.
        let missing = SiteAssets::from_hashes(&options(&dir), "js: j1\nwasm: w2\ncss: c3\nmanifest: gone\nsplit: s7\n");
        assert_eq!(missing.split, None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
