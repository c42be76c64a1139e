//! `passes MODE [DIR]` — the passes `scripts/callgrind.sh` counts instructions of.
//!
//! * `steady DIR` — a warm-up pass over the `*.txt` files of DIR (`warm_up_pass`), then a
//!   measured pass (`measured_pass`): `extract_bytes` plus `to_json` per file. The script
//!   collects only inside `measured_pass` (`--toggle-collect`), so the resources, the
//!   tagger's model and the regexes' lazy states built by the first pass are not counted.
//!   The two pass functions have different bodies so that the linker cannot fold them into
//!   one symbol (which made an earlier harness count both passes).
//! * `cold DIR` — `Extractor::builder().build()` and a first pass over DIR (`cold_pass`).
//! * `tiny` — `Extractor::builder().build()` and one extract of a short sentence
//!   (`tiny_pass`).
//!
//! The files are read into memory before any counted function runs. Each pass prints the
//! total length of its JSON, so the optimizer keeps the work.

use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;

#[path = "support/input.rs"]
mod input;

/// The first pass over the texts: builds what the first use of each resource builds.
#[inline(never)]
fn warm_up_pass(extractor: &zhnews::Extractor, texts: &[Vec<u8>]) -> usize {
    texts.iter().map(|bytes| extractor.extract_bytes(bytes).map_or(0, |a| a.to_json().len())).sum()
}

/// The counted pass: the same work as [`warm_up_pass`], also counting the records that
/// failed (so the bodies differ).
#[inline(never)]
fn measured_pass(extractor: &zhnews::Extractor, texts: &[Vec<u8>]) -> (usize, usize) {
    let (mut bytes_out, mut failed) = (0, 0);
    for bytes in texts {
        match extractor.extract_bytes(black_box(bytes)) {
            Ok(article) => bytes_out += black_box(article.to_json()).len(),
            Err(_) => failed += 1,
        }
    }
    (bytes_out, failed)
}

/// The build and a first pass, as a process that extracts once pays them.
#[inline(never)]
fn cold_pass(texts: &[Vec<u8>]) -> usize {
    let extractor = zhnews::Extractor::builder().build();
    texts.iter().map(|bytes| extractor.extract_bytes(black_box(bytes)).map_or(1, |a| a.to_json().len())).sum()
}

/// The build and one extract of a short text (the cold start of #21).
#[inline(never)]
fn tiny_pass() -> usize {
    let extractor = zhnews::Extractor::builder().build();
    extractor.extract(black_box("青禾县卫健委\n2025年3月5日，全县新建12家村卫生室。")).map_or(0, |a| a.to_json().len())
}

fn read_texts(dir: &str) -> Result<Vec<Vec<u8>>, String> {
    let paths = input::expand(&[dir.to_string()], "txt")?;
    paths.iter().map(|p| input::read(p, zhnews::DEFAULT_MAX_INPUT_BYTES)).collect()
}

fn run(mode: &str, dir: Option<&str>) -> Result<String, String> {
    match (mode, dir) {
        ("tiny", _) => Ok(format!("tiny: {} bytes of JSON", tiny_pass())),
        ("steady", Some(dir)) => {
            if !Path::new(dir).is_dir() {
                return Ok(format!("{dir}: absent, skipped"));
            }
            let texts = read_texts(dir)?;
            let extractor = zhnews::Extractor::new();
            let warm = warm_up_pass(&extractor, &texts);
            let (out, failed) = measured_pass(&extractor, &texts);
            Ok(format!("steady {dir}: {} files, {warm}/{out} bytes of JSON, {failed} failed", texts.len()))
        }
        ("cold", Some(dir)) => {
            let texts = read_texts(dir)?;
            Ok(format!("cold {dir}: {} files, {} bytes of JSON", texts.len(), cold_pass(&texts)))
        }
        _ => Err("usage: passes steady DIR | cold DIR | tiny".to_string()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args.first().map_or("", String::as_str), args.get(1).map(String::as_str)) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("passes: {e}");
            ExitCode::FAILURE
        }
    }
}
