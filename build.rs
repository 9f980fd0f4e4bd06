//! Fails the build when any `locales/<lang>/*.ftl` file has a Fluent syntax error,
//! naming the file, line and column; rebuilds when a migration is added.

use std::path::Path;

fn main() {
    // `sqlx::migrate!` embeds the migrations; a new file must rebuild the crate.
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new("locales");
    let Ok(langs) = std::fs::read_dir(root) else { return };
    let mut failures = Vec::new();
    for lang in langs.flatten() {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let Ok(files) = std::fs::read_dir(lang.path()) else { continue };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_none_or(|ext| ext != "ftl") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
                for error in errors {
                    let before = &source[..error.pos.start.min(source.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    failures.push(format!("{}:{line}:{column}: {:?}", path.display(), error.kind));
                }
            }
        }
    }
    if !failures.is_empty() {
        for failure in &failures {
            println!("cargo:warning={failure}");
        }
        panic!("Fluent syntax errors:\n{}", failures.join("\n"));
    }
}
