//! `eval [--diff] [--json] [CORPUS_DIR]` — scores the extractor against `CORPUS_DIR/gold/*.json`
//! (default `corpus/`): precision, recall and F1 per fact type, meta-field and body checks.
//!
//! `--diff` also lists every missed and spurious fact per article; `--json` prints the
//! total score as JSON.

use std::path::{Path, PathBuf};
#[path = "../tests/support/eval.rs"]
mod eval;

use eval::{differences, score, GoldArticle, Score};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_diff = args.iter().any(|a| a == "--diff");
    let as_json = args.iter().any(|a| a == "--json");
    let dir = PathBuf::from(args.iter().find(|a| !a.starts_with("--")).map(String::as_str).unwrap_or("corpus"));
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(dir.join("gold"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    gold_files.sort();
    let extractor = zhnews::Extractor::new();
    let mut total = Score::default();
    for path in &gold_files {
        let gold: GoldArticle = serde_json::from_str(&std::fs::read_to_string(path)?)?;
        let text_path = dir.join(format!("{}.txt", gold.id));
        let article = extractor.extract_bytes(&std::fs::read(&text_path)?)?;
        let s = score(&gold, &article);
        if !as_json {
            println!("== {}", name(&text_path));
            if show_diff {
                for line in differences(&gold, &article) {
                    println!("   {line}");
                }
            }
        }
        total.add(&s);
    }
    if as_json {
        println!("{}", serde_json::to_string_pretty(&total)?);
    } else {
        println!("\n{} articles\n{}", gold_files.len(), total.table());
    }
    Ok(())
}

fn name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
