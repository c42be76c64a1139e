//! `normalize [--json] PATH...|-` — prints the normalized text of each input.
//!
//! With `--json`, prints one JSON object per input: `{"path", "text", "script", "repairs"}`,
//! each repair with its kind, byte span in the original, `before` and `after`. Inputs pass
//! the checks of `extract` (size limit, read bounded; not binary) and are read as UTF-8.

#[path = "support/input.rs"]
mod input;

fn main() {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                eprintln!("usage: normalize [--json] PATH...|-");
                return;
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        paths.push("-".to_string());
    }
    let extractor = zhnews::Extractor::new();
    let mut failed = false;
    for path in &paths {
        let bytes = match input::read(std::path::Path::new(path), zhnews::DEFAULT_MAX_INPUT_BYTES) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("normalize: {e}");
                failed = true;
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = extractor.check_text(&text) {
            eprintln!("normalize: {path}: {e}");
            failed = true;
            continue;
        }
        let out = extractor.normalize(&text);
        if json {
            let repairs: Vec<_> = out
                .repairs()
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "kind": r.kind.to_string(),
                        "start": r.original.start,
                        "end": r.original.end,
                        "before": r.before,
                        "after": r.after,
                    })
                })
                .collect();
            let obj = serde_json::json!({
                "path": path,
                "text": out.as_str(),
                "script": out.script().to_string(),
                "repairs": repairs,
            });
            println!("{obj}");
        } else {
            println!("{}", out.as_str());
        }
    }
    if failed {
        std::process::exit(1);
    }
}
