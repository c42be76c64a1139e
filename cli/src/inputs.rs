//! The inputs of a run: paths expanded to files, and reading them within the size limit.

use crate::InputArgs;
use std::io::Read;
use std::path::{Path, PathBuf};

const DEFAULT_GLOBS: [&str; 3] = ["*.txt", "*.html", "*.htm"];

/// One input of the run.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A path that yields no input at all (a folder with no matching file, a bad pattern,
    /// an unreadable folder): reported as a failed input.
    Failed(PathBuf, Failure),
}

impl Input {
    /// The path as printed in records and messages (`-` for standard input).
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) | Input::Failed(p, _) => p.display().to_string(),
        }
    }
}

/// Why an input failed: a kind (snake_case) and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub kind: String,
    pub message: String,
}

impl Failure {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        Failure { kind: kind.to_string(), message: message.into() }
    }

    pub fn io(e: &std::io::Error) -> Self {
        Failure::new("io", e.to_string())
    }

    /// A library error: its variant name in snake_case (`too_large`, `not_text`, `decode`, …).
    pub fn library(e: &zhnews::Error) -> Self {
        let debug = format!("{e:?}");
        let variant: String = debug.chars().take_while(|c| c.is_alphanumeric()).collect();
        let mut kind = String::new();
        for (i, c) in variant.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                kind.push('_');
            }
            kind.push(c.to_ascii_lowercase());
        }
        Failure { kind, message: e.to_string() }
    }
}

/// Expands the command-line paths: a folder becomes its files matching the patterns,
/// sorted by path; anything else stays as given (a missing file fails when read).
pub fn expand(args: &InputArgs) -> Result<Vec<Input>, String> {
    let patterns: Vec<String> = if args.globs.is_empty() {
        let prefix = if args.recursive { "**/" } else { "" };
        DEFAULT_GLOBS.iter().map(|g| format!("{prefix}{g}")).collect()
    } else {
        args.globs.clone()
    };
    let compiled = patterns
        .iter()
        .map(|p| glob::Pattern::new(p).map_err(|e| format!("bad --glob pattern {p:?}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let mut stdin_seen = false;
    let mut out = Vec::new();
    for path in &args.paths {
        if path.as_os_str() == "-" {
            if stdin_seen {
                return Err("`-` (standard input) given more than once".to_string());
            }
            stdin_seen = true;
            out.push(Input::Stdin);
        } else if path.is_dir() {
            let before = out.len();
            walk(
                path,
                &compiled,
                args.recursive || patterns.iter().any(|p| p.contains("**") || p.contains('/')),
                &mut out,
            );
            if out.len() == before {
                let message = format!("no input files in this folder (patterns: {})", patterns.join(", "));
                out.push(Input::Failed(path.clone(), Failure::new("no_input", message)));
            }
        } else {
            out.push(Input::File(path.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, patterns: &[glob::Pattern], deep: bool, out: &mut Vec<Input>) {
    let options = glob::MatchOptions {
        case_sensitive: true,
        require_literal_separator: true,
        require_literal_leading_dot: false,
    };
    let walker =
        walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().max_depth(if deep { usize::MAX } else { 1 });
    let mut files = Vec::new();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
                if patterns.iter().any(|p| p.matches_path_with(rel, options)) {
                    files.push(entry.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => {
                let path = e.path().map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
                let message = e.io_error().map_or_else(|| e.to_string(), |io| io.to_string());
                out.push(Input::Failed(path, Failure::new("io", message)));
            }
        }
    }
    files.sort();
    out.extend(files.into_iter().map(Input::File));
}

/// Reads an input, never more than `limit + 1` bytes: a larger input fails at once.
pub fn read(input: &Input, limit: usize) -> Result<Vec<u8>, Failure> {
    let too_large = |size: Option<u64>| {
        let size = size.map_or_else(|| format!("more than {limit}"), |s| s.to_string());
        Failure::new("too_large", format!("input of {size} bytes is larger than the limit of {limit} bytes"))
    };
    let mut buf = Vec::new();
    match input {
        Input::Failed(_, failure) => return Err(failure.clone()),
        Input::Stdin => {
            std::io::stdin().lock().take(limit as u64 + 1).read_to_end(&mut buf).map_err(|e| Failure::io(&e))?;
            if buf.len() > limit {
                return Err(too_large(None));
            }
        }
        Input::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| Failure::io(&e))?;
            let meta = file.metadata().map_err(|e| Failure::io(&e))?;
            if meta.is_dir() {
                return Err(Failure::new("io", "is a directory"));
            }
            if meta.len() > limit as u64 {
                return Err(too_large(Some(meta.len())));
            }
            buf.reserve(meta.len() as usize);
            file.take(limit as u64 + 1).read_to_end(&mut buf).map_err(|e| Failure::io(&e))?;
            if buf.len() > limit {
                return Err(too_large(None));
            }
        }
    }
    Ok(buf)
}
