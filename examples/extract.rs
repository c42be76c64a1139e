//! `extract [--pretty] PATH...` — prints one JSON record per input as JSON Lines.
//!
//! A directory means its `*.txt` files, sorted (a folder without one is an error); `-` means
//! standard input. Inputs are read as bytes (the encoding is detected), at most the default
//! size limit plus one byte. A failing input prints its path and the error on stderr, the
//! others still go out, and the exit code is 1 at the end if any failed.

#[path = "support/input.rs"]
mod input;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pretty = args.iter().any(|a| a == "--pretty");
    let paths: Vec<String> = args.into_iter().filter(|a| a != "--pretty").collect();
    if paths.is_empty() {
        eprintln!("usage: extract [--pretty] PATH... (a directory means its *.txt files; - is stdin)");
        return ExitCode::from(2);
    }
    let paths = match input::expand(&paths, "txt") {
        Ok(p) => p,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    let extractor = zhnews::Extractor::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in paths {
        let result = input::read(&path, zhnews::DEFAULT_MAX_INPUT_BYTES)
            .and_then(|bytes| extractor.extract_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display())));
        match result {
            Ok(article) => {
                let json = if pretty { article.to_json_pretty() } else { article.to_json() };
                if writeln!(out, "{json}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{e}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
