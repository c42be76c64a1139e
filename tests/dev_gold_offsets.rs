//! The held-out development set `corpus/dev` is consistent with its gold annotations.
//!
//! `corpus/dev/*.txt` are pages written for evaluation only (never tuned on); each has a
//! `corpus/dev/gold/<name>.json` and vice versa. Every gold file parses as [`GoldArticle`]
//! with the matching `id`, and every located mention (institution, person and event mentions,
//! the `text`/`start`/`end` of figures, dates and programs) is exactly the decoded original at
//! those code-point offsets. The original is what the library's decode stage makes of the
//! file's bytes: one dev page is stored as GBK on purpose, so files are decoded as the library
//! decodes them (and a file whose name says `gbk` must be detected as GBK).
//!
//! The shape rules of the guideline are checked too: aliases leave out the name and repeat
//! nothing; every institution, person and event has a mention; a point date has no
//! `end_value`, a range or period has one, and only a period has a `label`; a figure's `upper`
//! is above its `value`; a `%` figure is a percent figure, and a percent figure is in `%` or
//! `百分点` (percentage points). All problems are collected and reported together.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use zhnews::decode::{decode, DecodeOptions};
use zhnews::eval::GoldArticle;
use zhnews::record::{DateKind, FigureKind, Mention};

fn dev_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join("dev")
}

/// File stems in `dir` with the given extension, sorted.
fn stems(dir: &Path, ext: &str) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// Every located mention of a gold article, labelled for the error message.
fn located_mentions(gold: &GoldArticle) -> Vec<(String, &Mention)> {
    let mut out = Vec::new();
    for i in &gold.institutions {
        out.extend(i.mentions.iter().map(|m| (format!("institution {}", i.name), m)));
    }
    for p in &gold.people {
        out.extend(p.mentions.iter().map(|m| (format!("person {}", p.name), m)));
    }
    for e in &gold.events {
        out.extend(e.mentions.iter().map(|m| (format!("event {}", e.name), m)));
    }
    out.extend(gold.figures.iter().map(|f| (format!("figure {}", f.value), &f.mention)));
    out.extend(gold.dates.iter().map(|d| (format!("date {}", d.value), &d.mention)));
    out.extend(gold.programs.iter().map(|p| (format!("program {}", p.name), &p.mention)));
    out
}

/// The problem of one mention against the original's code points, `None` when it is exact.
fn mention_problem(original: &[char], what: &str, m: &Mention) -> Option<String> {
    if m.text.is_empty() || m.start >= m.end {
        return Some(format!("{what}: empty span {}..{} {:?}", m.start, m.end, m.text));
    }
    let Some(slice) = original.get(m.start..m.end) else {
        return Some(format!("{what}: {}..{} past the end ({} code points)", m.start, m.end, original.len()));
    };
    let found: String = slice.iter().collect();
    (found != m.text).then(|| format!("{what}: {}..{} is {found:?}, gold says {:?}", m.start, m.end, m.text))
}

/// Violations of the guideline's shape rules (see the module doc).
fn shape_problems(gold: &GoldArticle) -> Vec<String> {
    let mut out = Vec::new();
    for i in &gold.institutions {
        let distinct: BTreeSet<&String> = i.aliases.iter().collect();
        if i.aliases.contains(&i.name) || distinct.len() != i.aliases.len() {
            out.push(format!("institution {}: aliases {:?} repeat the name or themselves", i.name, i.aliases));
        }
    }
    let unmentioned = gold
        .institutions
        .iter()
        .filter(|i| i.mentions.is_empty())
        .map(|i| &i.name)
        .chain(gold.people.iter().filter(|p| p.mentions.is_empty()).map(|p| &p.name))
        .chain(gold.events.iter().filter(|e| e.mentions.is_empty()).map(|e| &e.name));
    out.extend(unmentioned.map(|name| format!("{name}: no mention")));
    for d in &gold.dates {
        let shape_ok = match d.kind {
            DateKind::Point => d.end_value.is_none() && d.label.is_none(),
            DateKind::Range => d.end_value.is_some() && d.label.is_none(),
            DateKind::Period => d.end_value.is_some() && d.label.is_some(),
        };
        if !shape_ok {
            out.push(format!("date {:?} ({:?}): end_value/label do not fit its kind", d.mention.text, d.kind));
        }
    }
    for f in &gold.figures {
        if f.upper.is_some_and(|u| u <= f.value) {
            out.push(format!("figure {:?}: upper {:?} is not above value {}", f.mention.text, f.upper, f.value));
        }
        let unit = f.unit.as_deref();
        let percent_unit = matches!(unit, Some("%") | Some("百分点"));
        if (unit == Some("%") && f.kind != FigureKind::Percent) || (f.kind == FigureKind::Percent && !percent_unit) {
            out.push(format!("figure {:?}: unit {:?} with kind {:?}", f.mention.text, f.unit, f.kind));
        }
    }
    out
}

/// Every problem of one gold file against its (decoded) article.
fn gold_problems(stem: &str, gold_json: &str, original: &str) -> Vec<String> {
    let gold: GoldArticle = match serde_json::from_str(gold_json) {
        Ok(g) => g,
        Err(e) => return vec![format!("{stem}: does not parse as GoldArticle: {e}")],
    };
    let mut problems = Vec::new();
    if gold.id != stem {
        problems.push(format!("{stem}: id is {:?}", gold.id));
    }
    problems.extend(shape_problems(&gold).into_iter().map(|p| format!("{stem}: {p}")));
    let chars: Vec<char> = original.chars().collect();
    for (what, m) in located_mentions(&gold) {
        if let Some(p) = mention_problem(&chars, &what, m) {
            problems.push(format!("{stem}: {p}"));
        }
    }
    problems
}

#[test]
fn every_dev_page_has_a_gold_file_and_every_gold_file_a_page() {
    let dir = dev_dir();
    let texts = stems(&dir, "txt");
    let golds = stems(&dir.join("gold"), "json");
    assert!(texts.len() >= 8, "the dev set has {} pages, expected at least 8", texts.len());
    let without_gold: Vec<_> = texts.difference(&golds).collect();
    let without_text: Vec<_> = golds.difference(&texts).collect();
    assert!(without_gold.is_empty(), "dev pages without gold: {without_gold:?}");
    assert!(without_text.is_empty(), "dev gold files without page: {without_text:?}");
}

#[test]
fn every_dev_gold_file_parses_and_every_span_is_exact() {
    let dir = dev_dir();
    let mut problems = Vec::new();
    let mut checked = 0;
    for stem in stems(&dir.join("gold"), "json") {
        let gold_json = std::fs::read_to_string(dir.join("gold").join(format!("{stem}.json")))
            .expect("gold file is readable UTF-8");
        let Ok(bytes) = std::fs::read(dir.join(format!("{stem}.txt"))) else {
            problems.push(format!("{stem}: no page {stem}.txt"));
            continue;
        };
        let decoded = match decode(&bytes, &DecodeOptions::default()) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{stem}: does not decode: {e}"));
                continue;
            }
        };
        // GB18030 is a superset of GBK, so either name is a correct detection of a GBK page.
        let expected: &[&str] = if stem.contains("gbk") { &["GBK", "gb18030"] } else { &["UTF-8"] };
        if !expected.iter().any(|e| decoded.encoding.eq_ignore_ascii_case(e)) {
            problems.push(format!("{stem}: decoded as {}, expected one of {expected:?}", decoded.encoding));
        }
        if !decoded.malformed.is_empty() {
            problems.push(format!("{stem}: {} malformed byte runs", decoded.malformed.len()));
        }
        problems.extend(gold_problems(&stem, &gold_json, &decoded.text));
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} dev gold files checked in {}", dir.display());
    assert!(problems.is_empty(), "{} dev gold problems:\n{}", problems.len(), problems.join("\n"));
}

/// The percentage-point rule of this checker: `百分点` is a percent unit, `%` only is.
#[test]
fn the_checker_accepts_percentage_points_and_rejects_a_percent_count() {
    let original = "較上年提高1.2個百分點，達到89.6%。";
    let gold = |unit: &str, kind: &str| {
        format!(
            r#"{{"id": "x", "meta": {{"title": null, "published_at": null, "source": null, "original_title": null}},
                "figures": [{{"value": 1.2, "upper": null, "unit": "{unit}", "kind": "{kind}", "approx": "exact",
                              "subject": null, "text": "1.2個百分點", "start": 5, "end": 12}}]}}"#
        )
    };
    assert_eq!(gold_problems("x", &gold("百分点", "percent"), original), Vec::<String>::new());
    assert_eq!(
        gold_problems("x", &gold("%", "count"), original),
        vec![r#"x: figure "1.2個百分點": unit Some("%") with kind Count"#.to_string()]
    );
    assert_eq!(
        gold_problems("x", &gold("个", "percent"), original),
        vec![r#"x: figure "1.2個百分點": unit Some("个") with kind Percent"#.to_string()]
    );
    let shifted = gold_problems("x", &gold("百分点", "percent").replace("\"start\": 5", "\"start\": 4"), original);
    assert_eq!(shifted, vec![r#"x: figure 1.2: 4..12 is "高1.2個百分點", gold says "1.2個百分點""#.to_string()]);
}
