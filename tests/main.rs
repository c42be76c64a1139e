//! Every integration test of the library in one test binary: one build and one link instead
//! of one per file (CI has 2 cores and a time budget; each binary linked the whole library
//! and its dependencies again). A file of `tests/` is a module here; run one with
//! `cargo test --release --test integration NAME::` (e.g. `figures_cases::`), or one test
//! with its full path. `tests/line_weights.rs` is a binary of its own: it puts weights in
//! force for the whole process. The command's own tests are in `cli/tests/`.

mod support;

mod article_corpus;
mod article_pages;
mod article_props;
mod byline_forms;
mod composed_pages;
mod dates_cases;
mod dates_stamp;
mod decode_corpus;
mod eval_floor;
mod events;
mod figures_cases;
mod figures_numbers;
mod figures_robustness;
mod fragment_mode;
mod fragments;
mod furniture_forms;
mod gold_offsets;
mod html_pages;
mod institutions;
mod jieba_prebuilt;
mod markup_pages;
mod mojibake_generated;
mod normalize_cases;
mod normalize_corpus;
mod normalize_props;
mod people;
mod programs;
mod record_json;
mod robustness;
mod scaling;
mod schema;
mod show;
mod tagger;

/// Autotests are off: a file added to `tests/` runs only once it is declared above (or, like
/// `line_weights.rs`, as a `[[test]]` of its own in Cargo.toml).
#[test]
fn every_test_file_is_declared() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    let manifest = std::fs::read_to_string(dir.join("../Cargo.toml")).unwrap();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(module) = name.strip_suffix(".rs") else { continue };
        files += 1;
        let declared =
            main.contains(&format!("\nmod {module};\n")) || manifest.contains(&format!("path = \"tests/{name}\""));
        assert!(declared, "tests/{name} is neither a module of tests/main.rs nor a [[test]] of Cargo.toml");
    }
    assert!(files > 30, "only {files} test files found");
}
