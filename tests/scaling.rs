//! Linear time on adversarial inputs: for each pattern of `support/adversarial.rs` (the ones
//! that once drove a stage quadratic, and the corpus repeated), the whole pipeline on an
//! input four times larger takes at most six times as long, timed inside this one run as
//! CPU time of the test's thread (best of a few runs each, so that other processes on a
//! busy machine do not decide it). Quadratic work shows as a ratio near 16.

use crate::support::adversarial;

use std::time::Duration;

/// Input size of the small run; the large one is four times this. Smaller in debug builds,
/// where every step is slower.
const SMALL: usize = if cfg!(debug_assertions) { 24 * 1024 } else { 128 * 1024 };
const MAX_RATIO: f64 = 6.0;

/// CPU time used by the calling thread so far.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant of the platform.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn best_of(extractor: &zhnews::Extractor, text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = thread_cpu();
            let article = extractor.extract(text).expect("adversarial text is text");
            std::hint::black_box(&article);
            thread_cpu().saturating_sub(t)
        })
        .min()
        .unwrap_or_default()
}

/// The time ratio of the large run to the small one for `name`, and the size ratio.
fn ratio(extractor: &zhnews::Extractor, name: &str) -> (f64, f64) {
    let small = adversarial::pattern(name, SMALL).expect("known pattern");
    let large = adversarial::pattern(name, 4 * SMALL).expect("known pattern");
    assert!(large.len() >= 3 * small.len(), "{name}: the large input is not ~4× the small one");
    best_of(extractor, &small, 1); // warm-up: lazily built tables, page cache
    let t_small = best_of(extractor, &small, 3);
    let t_large = best_of(extractor, &large, 3);
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    let scale = large.len() as f64 / small.len() as f64;
    eprintln!("{name}: {t_small:?} → {t_large:?} for ×{scale:.1} input (×{ratio:.1})");
    (ratio, scale)
}

#[test]
fn every_adversarial_pattern_scales_linearly() {
    let extractor = zhnews::Extractor::new();
    let mut failures = Vec::new();
    for name in adversarial::PATTERNS {
        // A second measure before a verdict: quadratic work fails both, a noisy neighbour
        // on the machine seldom spoils two.
        let fails = || {
            let (ratio, scale) = ratio(&extractor, name);
            (ratio > MAX_RATIO * scale / 4.0).then(|| format!("{name}: ×{ratio:.1} time for ×{scale:.1} input"))
        };
        if let Some(failure) = fails().and_then(|_| fails()) {
            failures.push(failure);
        }
    }
    assert!(failures.is_empty(), "super-linear: {failures:?}");
}
