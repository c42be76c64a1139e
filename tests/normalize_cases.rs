//! Table-driven normalization cases from `tests/cases/normalize.tsv` and
//! `tests/cases/normalize_clean.txt`.

use zhnews::{internals::Normalizer, RepairKind};

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("\\t") {
            out.push('\t');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("\\n") {
            out.push('\n');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("\\u{") {
            let end = r.find('}').expect("closing brace");
            let c = u32::from_str_radix(&r[..end], 16).ok().and_then(char::from_u32).expect("code point");
            out.push(c);
            rest = &r[end + 1..];
        } else {
            out.push('\\');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[test]
fn normalization_cases() {
    let n = Normalizer::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data_lines(include_str!("cases/normalize.tsv")) {
        let (input, want) = line.split_once('\t').expect("input<TAB>expected");
        let (input, want) = (unescape(input), unescape(want));
        let got = n.normalize(&input);
        if got.as_str() != want {
            failures.push(format!("{input:?}\n   want {want:?}\n    got {:?}", got.as_str()));
        }
        // Idempotent on every case.
        assert_eq!(n.normalize(got.as_str()).as_str(), got.as_str());
        count += 1;
    }
    assert!(count >= 20);
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn clean_lines_get_no_mojibake_repair() {
    let n = Normalizer::new();
    for line in data_lines(include_str!("cases/normalize_clean.txt")) {
        let out = n.normalize(line);
        for r in out.repairs() {
            assert!(!matches!(r.kind, RepairKind::Mojibake | RepairKind::Damaged), "{line}: {r:?}");
        }
    }
}
