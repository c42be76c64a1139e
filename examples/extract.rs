//! `extract [--pretty] PATH...` — prints one JSON record per input as JSON Lines.
//!
//! A directory means its `*.txt` files, sorted; `-` means standard input. Inputs are read
//! as bytes (the encoding is detected). A failing input prints its path and the error on
//! stderr, the others still go out, and the exit code is 1 at the end if any failed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn inputs(args: &[String]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(path.to_path_buf());
        }
    }
    Ok(out)
}

fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pretty = args.iter().any(|a| a == "--pretty");
    let paths: Vec<String> = args.into_iter().filter(|a| a != "--pretty").collect();
    if paths.is_empty() {
        eprintln!("usage: extract [--pretty] PATH... (a directory means its *.txt files; - is stdin)");
        return ExitCode::from(2);
    }
    let paths = match inputs(&paths) {
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
        let result = read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| extractor.extract_bytes(&bytes).map_err(|e| e.to_string()));
        match result {
            Ok(article) => {
                let json = if pretty { article.to_json_pretty() } else { article.to_json() };
                if writeln!(out, "{json}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{}: {e}", path.display());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
