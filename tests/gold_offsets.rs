//! The gold annotations are consistent with their articles, for both sets: `corpus/` and the
//! development set `corpus/dev/` (whose pages may be stored in a legacy encoding).
//!
//! Every `<set>/*.txt` has a `<set>/gold/<name>.json` (and vice versa), every gold file
//! parses as [`GoldArticle`] with the matching `id`, and every located mention — institution,
//! person and event mentions, and the `text`/`start`/`end` of figures, dates and programs —
//! is exactly the original text at those code-point offsets (`original[start..end] == text`,
//! the original being the `.txt` file decoded as the library decodes it).
//!
//! It also holds the shape rules of the annotation guideline that a hand edit easily breaks:
//! an institution's `aliases` leave out its `name` and repeat nothing; every institution,
//! person and event has a mention; a point date has no `end_value`, a range or period has one,
//! and only a period has a `label`; a figure's `upper` is above its `value`; `%` is the unit
//! of percent figures only, and percent figures are in `%` or `百分点`.
//!
//! The gold of the real pages (`corpus/realdev/gold/`, texts in `../shared/realdev/`) passes the
//! same checks, and two more: every normalized string of it (names, aliases, subjects,
//! categories, titles, organizations, meta fields, body checks) is a fixed point of
//! `zhnews::normalize`, and no body check is longer than 20 characters (the gold never copies a
//! sentence of a page). Without `../shared/realdev/` those checks skip with one line.
//!
//! All problems of all files are collected and reported together, so one run shows every
//! span that an edit of the gold broke.

use crate::support::eval;
use crate::support::{realdev_texts, repo, web_pages};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use zhnews::internals::{decode, DecodeOptions};

use eval::GoldArticle;
use zhnews::{DateKind, FigureKind, Mention};

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
            _ => false, // a kind this check does not know yet
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

/// Every problem of one gold file against its article.
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

fn check_pairs(set: &str, min: usize) {
    let dir = repo(set);
    let texts = stems(&dir, "txt");
    let golds = stems(&dir.join("gold"), "json");
    assert!(texts.len() >= min, "{set} has {} articles, expected at least {min}", texts.len());
    let without_gold: Vec<_> = texts.difference(&golds).collect();
    let without_text: Vec<_> = golds.difference(&texts).collect();
    assert!(without_gold.is_empty(), "{set}: articles without gold: {without_gold:?}");
    assert!(without_text.is_empty(), "{set}: gold files without article: {without_text:?}");
}

fn check_spans(set: &str, min: usize) {
    let dir = repo(set);
    let mut problems = Vec::new();
    let mut checked = 0;
    for stem in stems(&dir.join("gold"), "json") {
        let gold_json = std::fs::read_to_string(dir.join("gold").join(format!("{stem}.json")))
            .expect("gold file is readable UTF-8");
        let Ok(bytes) = std::fs::read(dir.join(format!("{stem}.txt"))) else {
            problems.push(format!("{stem}: no article {stem}.txt"));
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
    assert!(checked >= min, "only {checked} gold files checked in {}", dir.display());
    assert!(problems.is_empty(), "{} gold problems in {set}:\n{}", problems.len(), problems.join("\n"));
}

/// Where the real pages are, and where their gold is.
fn realdev_dirs() -> Option<(PathBuf, PathBuf)> {
    Some((realdev_texts("realdev")?, repo("corpus/realdev")))
}

/// The longest body check, in characters: a fragment, never a sentence of a page.
const MAX_BODY_CHECK_CHARS: usize = 20;

/// The strings of a gold file that must be normalized text, labelled.
fn normalized_strings(gold: &GoldArticle) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    let m = &gold.meta;
    for (field, v) in [("title", &m.title), ("source", &m.source), ("original_title", &m.original_title)] {
        out.extend(v.as_deref().map(|v| (format!("meta.{field}"), v)));
    }
    out.extend(m.authors.iter().chain(&m.editors).map(|v| ("meta person".to_string(), v.as_str())));
    for i in &gold.institutions {
        out.extend(std::iter::once(&i.name).chain(&i.aliases).map(|v| (format!("institution {}", i.name), v.as_str())));
    }
    for f in &gold.figures {
        out.extend(f.subject.iter().chain(&f.unit).map(|v| (format!("figure {:?}", f.mention.text), v.as_str())));
    }
    for p in &gold.programs {
        out.extend(std::iter::once(&p.name).chain(&p.category).map(|v| (format!("program {}", p.name), v.as_str())));
    }
    for p in &gold.people {
        let strings = std::iter::once(&p.name).chain(&p.titles).chain(&p.organization);
        out.extend(strings.map(|v| (format!("person {}", p.name), v.as_str())));
    }
    for e in &gold.events {
        out.extend(std::iter::once(&e.name).chain(&e.aliases).map(|v| (format!("event {}", e.name), v.as_str())));
    }
    for c in gold.body_must_contain.iter().chain(&gold.body_must_not_contain) {
        out.push(("body check".to_string(), c.as_str()));
    }
    out
}

/// Problems of the real-page rules: normalized strings and short body checks.
fn realdev_problems(gold: &GoldArticle) -> Vec<String> {
    let mut out = Vec::new();
    for (what, s) in normalized_strings(gold) {
        let normalized = zhnews::normalize(s);
        if normalized.as_str() != s {
            out.push(format!("{}: {what}: {s:?} is not normalized (normalizes to {:?})", gold.id, normalized.as_str()));
        }
    }
    for c in gold.body_must_contain.iter().chain(&gold.body_must_not_contain) {
        if c.chars().count() > MAX_BODY_CHECK_CHARS {
            out.push(format!("{}: body check {c:?} is longer than {MAX_BODY_CHECK_CHARS} characters", gold.id));
        }
    }
    out
}

#[test]
fn every_real_page_has_gold_in_the_split_and_every_span_is_exact() {
    let Some((texts, root)) = realdev_dirs() else { return };
    let pages = stems(&texts, "txt");
    let golds = stems(&root.join("gold"), "json");
    let split: BTreeSet<String> = std::fs::read_to_string(root.join("SPLIT.tsv"))
        .expect("SPLIT.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next().map(str::to_string))
        .collect();
    assert_eq!(golds, pages, "every real page has gold and every gold file a page");
    assert_eq!(split, pages, "SPLIT.tsv lists exactly the real pages");
    let mut problems = Vec::new();
    for stem in &golds {
        let json = std::fs::read_to_string(root.join("gold").join(format!("{stem}.json"))).expect("gold is UTF-8");
        let original = std::fs::read_to_string(texts.join(format!("{stem}.txt"))).expect("pages are UTF-8");
        problems.extend(gold_problems(stem, &json, &original));
        if let Ok(gold) = serde_json::from_str::<GoldArticle>(&json) {
            problems.extend(realdev_problems(&gold));
        }
    }
    assert!(problems.is_empty(), "{} gold problems in realdev:\n{}", problems.len(), problems.join("\n"));
}

/// The facts gold of the web pages (`corpus/web/facts/FAMILY/ID.json`, scored by
/// `eval --set web`): only `tune` pages are annotated (blind stays blind), each file holds
/// fact-type keys only, and every span is exact in the page's `text` (what the record of an
/// HTML page indexes); the real-page rules hold too. Skips without the fetched pages.
#[cfg(feature = "html")]
#[test]
fn every_web_facts_file_is_of_a_tune_page_and_every_span_is_exact() {
    let Some(pages) = web_pages("web facts") else { return };
    let split = eval::read_split(&repo("corpus/web/SPLIT.tsv")).expect("corpus/web/SPLIT.tsv");
    let extractor = zhnews::Extractor::new();
    let facts = repo("corpus/web/facts");
    let mut families: Vec<PathBuf> = std::fs::read_dir(&facts)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    families.sort();
    let mut problems = Vec::new();
    for family in &families {
        for stem in stems(family, "json") {
            let json = std::fs::read_to_string(family.join(format!("{stem}.json"))).expect("facts gold is UTF-8");
            let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&json)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            let known = |k: &String| k == "id" || eval::FACT_KEYS.iter().any(|(key, _)| key == k);
            if let Some(k) = keys.iter().find(|k| !known(k)) {
                problems.push(format!("{stem}: key {k:?} is no fact type"));
            }
            if split.get(&stem).map(String::as_str) != Some("tune") {
                problems.push(format!("{stem}: facts gold of a page that is not in the tune split"));
                continue;
            }
            let bytes = std::fs::read(pages.join(format!("{stem}.html"))).expect("fetched page");
            let text = extractor.extract_html(&bytes).expect("page extracts").text.unwrap_or_default();
            problems.extend(gold_problems(&stem, &json, &text));
            if let Ok(gold) = serde_json::from_str::<GoldArticle>(&json) {
                problems.extend(realdev_problems(&gold));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems in web facts gold:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_realdev_checker_reports_unnormalized_strings_and_long_checks() {
    let gold: GoldArticle = serde_json::from_str(
        r#"{"id": "x", "meta": {"title": "臺北市衛生局", "published_at": null, "source": null, "original_title": null},
            "body_must_contain": ["这是一个远远超过二十个字符的句子片段用来测试长度上限的检查"]}"#,
    )
    .unwrap();
    let problems = realdev_problems(&gold);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("meta.title") && problems[0].contains("台北市卫生局"), "{problems:?}");
    assert!(problems[1].contains("longer than 20"), "{problems:?}");
}

#[test]
fn every_article_has_a_gold_file_and_every_gold_file_an_article() {
    check_pairs("corpus", 5);
    check_pairs("corpus/dev", 8);
}

#[test]
fn every_gold_file_parses_and_every_span_is_exact() {
    check_spans("corpus", 5);
    check_spans("corpus/dev", 8);
}

/// The checker itself: code points (not bytes) are counted, and a span shifted by one, a span
/// past the end, a wrong id and an unparsable file are all reported.
#[test]
fn the_checker_reports_shifted_spans_and_bad_files() {
    let original = "據衛福部統計，臺北市去年新增12家診所。";
    let gold = |start: usize, end: usize, text: &str| {
        format!(
            r#"{{"id": "tw", "meta": {{"title": null, "published_at": null, "source": null, "original_title": null}},
                "figures": [{{"value": 12, "upper": null, "unit": "家", "kind": "count", "approx": "exact",
                              "subject": "诊所", "text": "{text}", "start": {start}, "end": {end}}}]}}"#
        )
    };
    assert_eq!(gold_problems("tw", &gold(14, 17, "12家"), original), Vec::<String>::new());
    let shifted = gold_problems("tw", &gold(13, 16, "12家"), original);
    assert_eq!(shifted, vec![r#"tw: figure 12: 13..16 is "增12", gold says "12家""#.to_string()]);
    assert_eq!(gold_problems("tw", &gold(30, 33, "12家"), original).len(), 1);
    assert_eq!(gold_problems("other", &gold(14, 17, "12家"), original), vec![r#"other: id is "tw""#.to_string()]);
    assert!(gold_problems("tw", "{", original)[0].contains("does not parse"));
}

#[test]
fn the_checker_reports_shape_errors() {
    let original = "衞生署指出，兩岸交流會將於3月12日至14日舉行。";
    let gold = r#"{"id": "hk", "meta": {"title": null, "published_at": null, "source": null, "original_title": null},
        "institutions": [{"name": "卫生署", "kind": "government", "region": null, "aliases": ["卫生署"],
                          "mentions": [{"text": "衞生署", "start": 0, "end": 3}]}],
        "events": [{"name": "两岸交流会", "date": null, "mentions": []}],
        "dates": [{"value": "--03-12", "end_value": null, "kind": "range", "modifier": null, "label": null,
                   "text": "3月12日至14日", "start": 13, "end": 22}],
        "figures": [{"value": 14, "upper": 12, "unit": "%", "kind": "count", "approx": "exact", "subject": null,
                     "text": "14", "start": 19, "end": 21}]}"#;
    assert_eq!(
        gold_problems("hk", gold, original),
        vec![
            r#"hk: institution 卫生署: aliases ["卫生署"] repeat the name or themselves"#.to_string(),
            "hk: 两岸交流会: no mention".to_string(),
            r#"hk: date "3月12日至14日" (Range): end_value/label do not fit its kind"#.to_string(),
            r#"hk: figure "14": upper Some(12.0) is not above value 14"#.to_string(),
            r#"hk: figure "14": unit Some("%") with kind Count"#.to_string(),
        ]
    );
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
