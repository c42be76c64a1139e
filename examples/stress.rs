//! `stress [PATTERN...] [--mib N]` — runs the whole pipeline on one adversarial input per
//! pattern, `N` MiB each (default 16), and prints the time, the input size and the peak
//! resident memory (Linux's `VmHWM`) per MB of input.
//!
//! The patterns are those of `tests/support/adversarial.rs` (the scaling tests use the
//! same ones). Run one pattern per process to read its own peak memory:
//! `for p in institution wjw title han pinyin corpus; do stress $p; done`.

use std::time::Instant;
#[path = "../tests/support/adversarial.rs"]
mod adversarial;

/// Peak resident memory of this process in bytes (0 where `/proc` is absent).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    kib * 1024
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut mib = 16usize;
    let mut names = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--mib" {
            mib = it.next().and_then(|v| v.parse().ok()).unwrap_or(16);
        } else {
            names.push(a.clone());
        }
    }
    if names.is_empty() {
        names = adversarial::PATTERNS.iter().map(|p| p.to_string()).collect();
    }
    let extractor = zhnews::Extractor::new();
    let base = peak_rss();
    for name in &names {
        // Just under the size limit, which 16 MiB exactly would pass by a byte.
        let size = (mib * 1024 * 1024).min(zhnews::DEFAULT_MAX_INPUT_BYTES);
        let Some(text) = adversarial::pattern(name, size) else {
            eprintln!("stress: unknown pattern {name} (known: {})", adversarial::PATTERNS.join(", "));
            std::process::exit(2);
        };
        let t = Instant::now();
        let result = extractor.extract(&text);
        let secs = t.elapsed().as_secs_f64();
        let mb = text.len() as f64 / 1e6;
        let rss = peak_rss().saturating_sub(base) as f64 / 1e6;
        let summary = match &result {
            Ok(a) => format!("{} institutions, {} people", a.institutions.len(), a.people.len()),
            Err(e) => format!("error: {e}"),
        };
        println!("{name}: {mb:.1} MB in {secs:.2} s, peak RSS {rss:.0} MB ({:.1}× input); {summary}", rss / mb);
    }
}
