//! `stress [PATTERN...] [--mib N]` — runs the whole pipeline on one adversarial input per
//! pattern, `N` MiB each (default 16), and prints the time (wall and CPU), the input size and the peak
//! resident memory (Linux's `VmHWM`) per MB of input: the peak beyond what the process held
//! once the extractor's resources were loaded, the input text included.
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

/// CPU time of this process so far (user and system), in seconds.
fn cpu_seconds() -> f64 {
    // SAFETY: `usage` is a valid, writable rusage; RUSAGE_SELF is a constant of the platform.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return 0.0;
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(usage.ru_utime) + secs(usage.ru_stime)
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
    // The resources (dictionaries, automata: about 60 MB) load on first use: the peak
    // counted per MB of input is what the process holds beyond them.
    let _ = extractor.extract("上海市卫生健康委员会主任张三表示，2024年3月新增床位1200张。");
    let base = peak_rss();
    for name in &names {
        // Just under the size limit, which 16 MiB exactly would pass by a byte.
        let size = (mib * 1024 * 1024).min(zhnews::DEFAULT_MAX_INPUT_BYTES);
        let Some(text) = adversarial::pattern(name, size) else {
            eprintln!("stress: unknown pattern {name} (known: {})", adversarial::PATTERNS.join(", "));
            std::process::exit(2);
        };
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let result = extractor.extract(&text);
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu;
        let mb = text.len() as f64 / 1e6;
        let rss = peak_rss().saturating_sub(base) as f64 / 1e6;
        let summary = match &result {
            Ok(a) => format!("{} institutions, {} people", a.institutions.len(), a.people.len()),
            Err(e) => format!("error: {e}"),
        };
        println!(
            "{name}: {mb:.1} MB in {secs:.2} s ({cpu:.2} s CPU), peak RSS {rss:.0} MB ({:.1}× input); {summary}",
            rss / mb
        );
    }
}
