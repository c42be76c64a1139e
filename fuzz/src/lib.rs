//! What every fuzz target checks of a record: each located string (facts and repairs) is
//! the text at its code-point offsets in the decoded original.

use std::sync::LazyLock;
use zhnews::{Article, Extractor, Mention};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The extractor every target shares.
pub fn extractor() -> &'static Extractor {
    &EXTRACTOR
}

/// Builds the resources (dictionaries, automata) before the first input, so that their
/// one-time cost is not taken for a slow input.
pub fn warm_up() {
    let _ = extractor().extract("上海市卫生健康委员会召开会议。");
    let _ = zhnews::extract("国家卫健委");
    let _ = zhnews::normalize("衛生");
}

/// Every located string of the record.
fn mentions(a: &Article) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    out.extend(a.institutions.iter().flat_map(|i| i.mentions.iter().cloned()));
    out.extend(a.people.iter().flat_map(|p| p.mentions.iter().cloned()));
    out.extend(a.events.iter().flat_map(|e| e.mentions.iter().cloned()));
    out.extend(a.figures.iter().map(|f| f.mention.clone()));
    out.extend(a.dates.iter().map(|d| d.mention.clone()));
    out.extend(a.programs.iter().map(|p| p.mention.clone()));
    out.extend(a.repairs.iter().map(|r| Mention { text: r.before.clone(), start: r.start, end: r.end }));
    out
}

/// Panics (a finding) when a mention of `a` is not the text at its offsets in `original`.
pub fn assert_located(original: &str, a: &Article) {
    let chars: Vec<char> = original.chars().collect();
    for m in mentions(a) {
        assert!(m.start <= m.end && m.end <= chars.len(), "{m:?} out of range");
        let got: String = chars[m.start..m.end].iter().collect();
        assert_eq!(got, m.text, "offsets of {m:?}");
    }
    // The record serializes (the JSON of docs/FACTS.md).
    assert!(a.to_json().starts_with('{'));
}
