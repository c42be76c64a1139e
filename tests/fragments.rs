//! Fragment table from `tests/cases/fragments.tsv`: short texts as users hand them over
//! (a cell of a spreadsheet, a phrase, a sentence), read by [`zhnews::extract_text`] with the
//! reference date as `published_at`, each with every date and figure it must give, exactly
//! (mention text, value, end or upper, unit, kind, approximation or modifier).
//!
//! Columns: reference date (`-` for none), input, then per expected fact its type and
//! fields — `date TEXT VALUE END KIND MODIFIER` or `figure TEXT VALUE UPPER UNIT KIND
//! APPROX` (`-` for null). Rows with the same reference and input form one case; the facts
//! are compared in text order. A row whose type is `-` expects neither dates nor figures.

use crate::support;
use support::{cases, opt, table};
use zhnews::TextOptions;

fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{}", (v * 1e6).round() / 1e6)
    }
}

/// The dates and figures of `input`, one line each, in text order.
fn found(input: &str, reference: Option<&str>) -> Vec<String> {
    let options = match reference {
        Some(r) => TextOptions::new().published_at(r).expect("a valid reference date"),
        None => TextOptions::new(),
    };
    let f = zhnews::extract_text(input, &options).expect("a fragment is read");
    let mut out: Vec<(usize, String)> = Vec::new();
    for d in &f.dates {
        let kind = serde_json::to_value(d.kind).unwrap();
        let modifier = d.modifier.map(|m| serde_json::to_value(m).unwrap());
        let line = format!(
            "date {} {} {} {} {}",
            d.mention.text,
            d.value,
            d.end_value.map_or("-".to_string(), |v| v.to_string()),
            kind.as_str().unwrap(),
            modifier.as_ref().and_then(|m| m.as_str()).unwrap_or("-"),
        );
        out.push((d.mention.start, line));
    }
    for g in &f.figures {
        let kind = serde_json::to_value(g.kind).unwrap();
        let approx = serde_json::to_value(g.approx).unwrap();
        let line = format!(
            "figure {} {} {} {} {} {}",
            g.mention.text,
            number(g.value),
            g.upper.map_or("-".to_string(), number),
            g.unit.as_deref().unwrap_or("-"),
            kind.as_str().unwrap(),
            approx.as_str().unwrap(),
        );
        out.push((g.mention.start, line));
    }
    out.sort();
    out.into_iter().map(|(_, l)| l).collect()
}

#[test]
fn fragment_table() {
    let rows = table(include_str!("cases/fragments.tsv"));
    assert!(rows.len() >= 300, "the table has {} rows", rows.len());
    let mut failures = Vec::new();
    for case in cases(&rows, 2) {
        let (reference, input) = (&case[0][0], &case[0][1]);
        let mut expected = Vec::new();
        for r in case {
            let cell = |k: usize| r.get(k).map(String::as_str).unwrap_or("-");
            match cell(2) {
                "date" => expected.push(format!("date {} {} {} {} {}", cell(3), cell(4), cell(5), cell(6), cell(7))),
                "figure" => expected.push(format!(
                    "figure {} {} {} {} {} {}",
                    cell(3),
                    cell(4),
                    cell(5),
                    cell(6),
                    cell(7),
                    cell(8)
                )),
                _ => {}
            }
        }
        let got = found(input, opt(reference));
        if got != expected {
            failures.push(format!("{input:?} (ref {reference})\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}
