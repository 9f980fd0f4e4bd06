//! `wasm-split-site INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_MODULE LINK_NAME MANIFEST.json`
//!
//! Splits the wasm that cargo built (linked with `--emit-relocs`) at its `#[lazy]`
//! split points, as `cargo leptos build --split` does: the main module goes to
//! MAIN_OUT (for wasm-bindgen), the chunks, the split modules and the JavaScript
//! loader (named LINK_NAME, imported by the main module) to OUT_DIR, and the map of
//! each split point to the files it needs, which the server reads to preload them, to
//! MANIFEST. `.ci/build-site` runs it; nothing else needs it.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, main_module, link_name, manifest] = args.as_slice() else {
        eprintln!("usage: wasm-split-site INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_MODULE LINK_NAME MANIFEST.json");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(wasm) => wasm,
        Err(error) => {
            eprintln!("cannot read {input}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = Path::new(out_dir);
    options.main_out_path = Path::new(main_out);
    options.main_module = main_module;
    options.link_name = link_name;
    let split = match wasm_split_cli_support::transform(options) {
        Ok(split) => split,
        Err(error) => {
            eprintln!("splitting {input} failed: {error:?}");
            return ExitCode::FAILURE;
        }
    };
    let map: std::collections::BTreeMap<_, _> = split.prefetch_map.into_iter().collect();
    let json = serde_json::to_string_pretty(&map).expect("a map of strings serializes");
    if let Err(error) = std::fs::write(manifest, json) {
        eprintln!("cannot write {manifest}: {error}");
        return ExitCode::FAILURE;
    }
    for module in &split.split_modules {
        println!("{}", module.display());
    }
    ExitCode::SUCCESS
}
