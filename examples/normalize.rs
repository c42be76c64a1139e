//! `normalize [--json] PATH...|-` — prints the normalized text of each input.
//!
//! With `--json`, prints one JSON object per input: `{"path", "text", "script", "repairs"}`,
//! each repair with its kind, byte span in the original, `before` and `after`.

use std::io::Read;

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
    let normalizer = zhnews::internals::Normalizer::new();
    let mut failed = false;
    for path in &paths {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            std::io::stdin().read_to_end(&mut bytes).map(|_| ())
        } else {
            std::fs::read(path).map(|b| bytes = b)
        };
        if let Err(e) = read {
            eprintln!("normalize: {path}: {e}");
            failed = true;
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let out = normalizer.normalize(&text);
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
