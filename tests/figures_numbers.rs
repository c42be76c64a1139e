//! Numerals: the table of `tests/cases/numbers.tsv` and a round-trip property test
//! against the reference formatter.
//!
//! Table columns: `parse` or `ratio`, the input, the expected value (`-` when the input is
//! not a number, or not a ratio). `parse` reads the whole input as a number; `ratio` reads a
//! fraction or `百分之` form at the start as a percentage.

use crate::support;
use proptest::prelude::*;
use support::table;
use zhnews::internals::number::{parse, scan_ratio, to_chinese};

#[test]
fn number_table() {
    let rows = table(include_str!("cases/numbers.tsv"));
    assert!(rows.len() >= 60, "the table has {} rows", rows.len());
    let mut failures = Vec::new();
    for r in &rows {
        let (function, input) = (r[0].as_str(), r.get(1).map(String::as_str).unwrap_or(""));
        let expected: Option<f64> = r.get(2).and_then(|v| v.parse().ok());
        let got = match function {
            "parse" => parse(input),
            "ratio" => scan_ratio(input, 0).filter(|q| q.span.end == input.len()).map(|q| q.percent),
            other => panic!("unknown function {other}"),
        };
        let same = match (expected, got) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-6 * a.abs().max(1.0),
            (None, None) => true,
            _ => false,
        };
        if !same {
            failures.push(format!("{function}({input:?}): expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn reference_formatter_examples() {
    assert_eq!(to_chinese(0), "零");
    assert_eq!(to_chinese(10), "十");
    assert_eq!(to_chinese(1010), "一千零一十");
    assert_eq!(to_chinese(20_000), "二万");
    assert_eq!(to_chinese(300_500_000), "三亿零五十万");
    assert_eq!(to_chinese(100_000_001), "一亿零一");
}

proptest! {
    /// Chinese numerals written by the reference formatter parse back to the same integer.
    #[test]
    fn chinese_numerals_round_trip(n in 0u64..1_000_000_000_000u64) {
        let text = to_chinese(n);
        prop_assert_eq!(parse(&text), Some(n as f64), "{}", text);
    }

    /// Arabic numbers with thousands separators parse back.
    #[test]
    fn arabic_with_separators_round_trip(n in 0u64..10_000_000_000u64) {
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        prop_assert_eq!(parse(&grouped), Some(n as f64), "{}", grouped);
    }

    /// Scanning never panics and stays on char boundaries, whatever the text.
    #[test]
    fn scanning_any_text_is_safe(text in "\\PC{0,40}", at in 0usize..200) {
        if let Some(n) = zhnews::internals::number::scan(&text, at) {
            prop_assert!(text.is_char_boundary(n.span.start) && text.is_char_boundary(n.span.end));
        }
        let _ = scan_ratio(&text, at);
    }
}

#[test]
fn very_long_digit_runs_keep_their_span_inside_the_text() {
    let text = format!("{}家", "9".repeat(100));
    let n = zhnews::internals::number::scan(&text, 0).unwrap();
    assert!(n.span.end <= text.len() && text.is_char_boundary(n.span.end));
    assert_eq!(n.span.end, 64);
}
