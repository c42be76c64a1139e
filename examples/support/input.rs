//! Reading the inputs of the example binaries: `-` is standard input, a folder is its
//! files with one extension (sorted; none is an error), anything else a file. Each input is
//! read to at most the size limit plus one byte, so an endless stream (`/dev/zero`, `yes`)
//! fails at once with the library's `TooLarge` error, in bounded memory. Every error names
//! its path.
//!
//! Not part of the library: included with `#[path = "support/input.rs"] mod input;`.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};

/// The inputs named by `args`: a folder becomes its `*.EXTENSION` files, sorted.
pub fn expand(args: &[String], extension: &str) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if !path.is_dir() {
            out.push(path.to_path_buf());
            continue;
        }
        let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", path.display()))?;
            if entry.path().extension().is_some_and(|x| x == extension) {
                files.push(entry.path());
            }
        }
        if files.is_empty() {
            return Err(format!("{}: no *.{extension} files in this folder", path.display()));
        }
        files.sort();
        out.extend(files);
    }
    Ok(out)
}

/// The bytes of `path` (`-`: standard input), at most `limit`; the error names the path.
pub fn read(path: &Path, limit: usize) -> Result<Vec<u8>, String> {
    let named = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let mut buf = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit as u64 + 1).read_to_end(&mut buf)
    } else {
        let file = std::fs::File::open(path).map_err(|e| named(&e))?;
        let size = file.metadata().map_err(|e| named(&e))?.len();
        if size > limit as u64 {
            return Err(named(&zhnews::Error::TooLarge { size: size as usize, limit }));
        }
        file.take(limit as u64 + 1).read_to_end(&mut buf)
    };
    read.map_err(|e| named(&e))?;
    if buf.len() > limit {
        // A stream: its size is unknown, the limit is passed.
        return Err(named(&format!("{} (stopped reading there)", zhnews::Error::TooLarge { size: buf.len(), limit })));
    }
    Ok(buf)
}
