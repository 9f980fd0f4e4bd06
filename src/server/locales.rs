//! The loaded catalogs as the running server serves them, and their reloading in
//! development (`LOCALES_RELOAD=1`).
//!
//! Without reloading, `locales/` is read once at start and a syntax error stops the
//! start. With it, every request first checks whether a `.ftl` file changed (their
//! names, sizes and modification times, at most every [`CHECK_EVERY`]); a change is
//! loaded and served from the next page on. A change that does not load (a syntax
//! error, a duplicate id) is logged and shown on every page with file, line and
//! column, and the last good catalogs keep serving until the file is fixed.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use super::web::assets::CatalogFiles;
use crate::i18n::server::{LoadError, Locales};

/// How often a request may look at the files when reloading.
const CHECK_EVERY: Duration = Duration::from_millis(250);

/// The catalogs of one load, with the files the browser fetches for them.
#[derive(Debug)]
pub struct Loaded {
    pub locales: Arc<Locales>,
    pub catalog_files: Arc<CatalogFiles>,
}

impl Loaded {
    fn new(locales: Locales) -> Loaded {
        let catalog_files = Arc::new(CatalogFiles::build(&locales));
        Loaded { locales: Arc::new(locales), catalog_files }
    }
}

/// What the `.ftl` files looked like at the last look: (path, size, modified) sorted.
type Fingerprint = Vec<(PathBuf, u64, Option<SystemTime>)>;

#[derive(Debug)]
struct Watch {
    dir: PathBuf,
    /// Whether the pseudo-locale is built too.
    pseudo: bool,
    checked: Instant,
    fingerprint: Fingerprint,
    /// The error of the last attempt, while the files stay as they are.
    error: Option<Arc<LoadError>>,
}

/// The catalogs being served.
#[derive(Debug)]
pub struct LiveLocales {
    current: RwLock<Arc<Loaded>>,
    /// `Some` when `LOCALES_RELOAD=1`.
    watch: Option<Mutex<Watch>>,
}

impl LiveLocales {
    /// Catalogs loaded once, never reloaded.
    pub fn fixed(locales: Locales) -> LiveLocales {
        LiveLocales { current: RwLock::new(Arc::new(Loaded::new(locales))), watch: None }
    }

    /// Catalogs that follow the files under `dir` (development).
    pub fn reloading(locales: Locales, dir: &Path) -> LiveLocales {
        let watch = Watch { dir: dir.to_path_buf(), pseudo: locales.pseudo().is_some(), checked: Instant::now(), fingerprint: fingerprint(dir), error: None };
        LiveLocales { current: RwLock::new(Arc::new(Loaded::new(locales))), watch: Some(Mutex::new(watch)) }
    }

    /// The catalogs to serve now; when reloading, after looking at the files.
    pub fn current(&self) -> Arc<Loaded> {
        if let Some(watch) = &self.watch {
            self.look(watch);
        }
        self.current.read().expect("locales lock").clone()
    }

    /// Why the files changed last could not be loaded (then older catalogs serve).
    pub fn error(&self) -> Option<Arc<LoadError>> {
        self.watch.as_ref().and_then(|watch| watch.lock().expect("locales watch lock").error.clone())
    }

    fn look(&self, watch: &Mutex<Watch>) {
        let mut watch = watch.lock().expect("locales watch lock");
        if watch.checked.elapsed() < CHECK_EVERY {
            return;
        }
        watch.checked = Instant::now();
        let now = fingerprint(&watch.dir);
        if now == watch.fingerprint {
            return;
        }
        watch.fingerprint = now;
        match Locales::load_with(&watch.dir, watch.pseudo) {
            Ok(locales) => {
                *self.current.write().expect("locales lock") = Arc::new(Loaded::new(locales));
                watch.error = None;
                tracing::info!(dir = %watch.dir.display(), "locales reloaded");
            }
            Err(error) => {
                tracing::error!(%error, "locales changed but do not load; the last good catalogs keep serving");
                watch.error = Some(Arc::new(error));
            }
        }
    }
}

/// The `.ftl` files under `dir/<lang>/`, with their sizes and modification times.
fn fingerprint(dir: &Path) -> Fingerprint {
    let mut files = Vec::new();
    let Ok(langs) = std::fs::read_dir(dir) else { return files };
    for lang in langs.flatten() {
        let Ok(entries) = std::fs::read_dir(lang.path()) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|ext| ext == "ftl") {
                let meta = entry.metadata().ok();
                files.push((path, meta.as_ref().map_or(0, |m| m.len()), meta.and_then(|m| m.modified().ok())));
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_locales(to: &Path) {
        for lang in std::fs::read_dir("locales").unwrap().flatten() {
            if !lang.path().is_dir() {
                continue;
            }
            let target = to.join(lang.file_name());
            std::fs::create_dir_all(&target).unwrap();
            for file in std::fs::read_dir(lang.path()).unwrap().flatten() {
                std::fs::copy(file.path(), target.join(file.file_name())).unwrap();
            }
        }
    }

    fn wait_for_next_look() {
        std::thread::sleep(CHECK_EVERY + Duration::from_millis(50));
    }

    #[test]
    fn an_edit_is_served_and_a_broken_file_keeps_the_last_good_catalog() {
        let dir = std::env::temp_dir().join(format!("mo-reload-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_locales(&dir);
        let live = LiveLocales::reloading(Locales::load(&dir).unwrap(), &dir);
        let title = |live: &LiveLocales| live.current().locales.i18n(crate::i18n::Lang::Nl).t("offer-action-pack");
        let before = title(&live);

        let file = dir.join("nl/offers.ftl");
        let text = std::fs::read_to_string(&file).unwrap();
        let edited = text.replacen(&format!("offer-action-pack = {before}"), "offer-action-pack = Action Pack (bewerkt)", 1);
        assert_ne!(edited, text, "the test edits offer-action-pack");
        std::fs::write(&file, &edited).unwrap();
        wait_for_next_look();
        assert_eq!(title(&live), "Action Pack (bewerkt)");
        assert!(live.error().is_none());

        std::fs::write(&file, format!("{edited}\nbroken = {{ $unclosed\n")).unwrap();
        wait_for_next_look();
        assert_eq!(title(&live), "Action Pack (bewerkt)", "the last good catalog keeps serving");
        let error = live.error().expect("the error is kept").to_string();
        // The parser stops where the placeable should close: the line after the broken one.
        let line = edited.lines().count() + 3;
        assert!(error.contains(&format!("nl/offers.ftl:{line}:1:")), "{error}");

        std::fs::write(&file, &text).unwrap();
        wait_for_next_look();
        assert_eq!(title(&live), before);
        assert!(live.error().is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
