//! Table-driven date cases from `tests/cases/dates.tsv`.
//!
//! Columns: reference date (`-` for none), input (one paragraph per line, `\n` escapes),
//! then the expected mention text, value, end value, kind, modifier and label. Rows with the
//! same reference and input form one case: the extractor must give exactly those dates, in
//! text order. A row whose mention text is `-` expects no date at all.

use crate::support;
use support::{cases, facts, opt, table};

#[test]
fn date_table() {
    let rows = table(include_str!("cases/dates.tsv"));
    assert!(rows.len() >= 40, "the table has {} rows", rows.len());
    let mut failures = Vec::new();
    for case in cases(&rows, 2) {
        let (reference, input) = (&case[0][0], &case[0][1]);
        let mut expected = Vec::new();
        for r in case.iter().filter(|r| r[2] != "-") {
            let cell = |k: usize| r.get(k).map(String::as_str).unwrap_or("-");
            expected.push(format!("{} {} {} {} {} {}", cell(2), cell(3), cell(4), cell(5), cell(6), cell(7)));
        }
        let f = facts(input, opt(reference));
        let mut dates = f.dates.clone();
        dates.sort_by_key(|d| d.mention.start);
        let got: Vec<String> = dates
            .iter()
            .map(|d| {
                let kind = serde_json::to_value(d.kind).unwrap();
                let modifier = d.modifier.map(|m| serde_json::to_value(m).unwrap());
                format!(
                    "{} {} {} {} {} {}",
                    d.mention.slice(input),
                    d.value,
                    d.end_value.map_or("-".to_string(), |v| v.to_string()),
                    kind.as_str().unwrap(),
                    modifier.as_ref().and_then(|m| m.as_str()).unwrap_or("-"),
                    d.label.as_deref().unwrap_or("-")
                )
            })
            .collect();
        if got != expected {
            failures.push(format!("{input:?} (ref {reference})\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}
