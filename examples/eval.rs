//! `eval [--diff] [--json] [CORPUS_DIR]` — scores the extractor against `CORPUS_DIR/gold/*.json`
//! (default `corpus/`): precision, recall and F1 per fact type, meta-field and body checks.
//!
//! `eval --set realdev [--diff] [--blind-diff] [--json]` scores the real pages of
//! `../shared/realdev/` against `corpus/realdev/gold/`, separately for the `tune` and `blind`
//! splits of `corpus/realdev/SPLIT.tsv`. `--diff` lists the differences of `tune` pages only;
//! those of `blind` pages are printed only with `--blind-diff` (for gold review, never for
//! development). When `../shared/realdev/` is absent it says so in one line and exits 0.
//!
//! `eval --set web [--diff] [--json]` scores the page structure (meta fields, body and
//! furniture checks) of the HTML pages fetched by `scripts/web/fetch.sh` into
//! `target/web-pages/` against `corpus/web/gold/`, per split of `corpus/web/SPLIT.tsv` (diffs of
//! `tune` pages only), then the facts of the pages annotated in `corpus/web/facts/FAMILY/ID.json`
//! (only the fact types each file annotates are counted). Needs the `html` feature; without the
//! pages it says so in one line.
//!
//! `--diff` lists every missed and spurious fact per article; `--json` prints the total
//! score(s) as JSON. `--weights FILE` scores with the line classifier's weights of `FILE`
//! instead of `src/lexicon/line_weights.tsv` (to compare fitted and hand-set weights,
//! `scripts/fit-layout.sh`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
#[path = "../tests/support/eval.rs"]
mod eval;

use eval::{differences, read_split, score_pages, Score, ScoredPage};

/// Where the real pages live, relative to the repository root.
const REALDEV_TEXTS: &str = "../shared/realdev";
/// Their gold and split.
const REALDEV_GOLD: &str = "corpus/realdev";
/// Where `scripts/web/fetch.sh` puts the web pages, and their gold and split.
#[cfg(feature = "html")]
const WEB_PAGES: &str = "target/web-pages";
#[cfg(feature = "html")]
const WEB_GOLD: &str = "corpus/web";

#[derive(Clone)]
struct Args {
    diff: bool,
    /// Differences of page structure only (the set's gold annotates no facts).
    layout_only: bool,
    blind_diff: bool,
    json: bool,
    set: Option<String>,
    weights: Option<String>,
    dir: PathBuf,
}

fn parse_args() -> Args {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let positional = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || !["--set", "--weights"].contains(&args[i - 1].as_str())))
        .map(|(_, a)| a.as_str());
    Args {
        diff: has("--diff"),
        layout_only: false,
        blind_diff: has("--blind-diff"),
        json: has("--json"),
        set: value("--set"),
        weights: value("--weights"),
        dir: PathBuf::from(positional.unwrap_or("corpus")),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = parse_args();
    if let Some(file) = &args.weights {
        zhnews::internals::line_weights::use_line_weights(&std::fs::read_to_string(file)?)?;
    }
    let extractor = zhnews::Extractor::new();
    match args.set.as_deref() {
        Some("realdev") => realdev(&args, &extractor),
        Some("web") => web(&args, &extractor),
        Some(other) => Err(format!("unknown set {other:?} (known: realdev, web)").into()),
        None => {
            let pages = score_pages(&extractor, &args.dir.join("gold"), &args.dir)?;
            report(&args, vec![(String::new(), pages)], |_| args.diff, Score::table)
        }
    }
}

/// Scores the real pages, per split.
fn realdev(args: &Args, extractor: &zhnews::Extractor) -> Result<(), Box<dyn std::error::Error>> {
    let texts = Path::new(REALDEV_TEXTS);
    if !texts.is_dir() {
        println!("realdev: skipped, {REALDEV_TEXTS}/ is absent (the real pages are not in this clone)");
        return Ok(());
    }
    let root = Path::new(REALDEV_GOLD);
    let pages = score_pages(extractor, &root.join("gold"), texts)?;
    report(
        args,
        by_split("realdev", pages, root)?,
        |part| if part.ends_with("blind") { args.blind_diff } else { args.diff },
        Score::table,
    )
}

/// The pages of `set` grouped by their split in `root/SPLIT.tsv` (parts named `SET SPLIT`),
/// `tune` first (it is the one to read).
fn by_split(set: &str, pages: Vec<ScoredPage>, root: &Path) -> Result<Vec<(String, Vec<ScoredPage>)>, String> {
    let split = read_split(&root.join("SPLIT.tsv"))?;
    let mut parts: BTreeMap<String, Vec<ScoredPage>> = BTreeMap::new();
    for page in pages {
        let part = split.get(&page.gold.id).ok_or_else(|| format!("{} is not in SPLIT.tsv", page.gold.id))?;
        parts.entry(format!("{set} {part}")).or_default().push(page);
    }
    let mut parts: Vec<(String, Vec<ScoredPage>)> = parts.into_iter().collect();
    parts.sort_by_key(|(name, _)| !name.ends_with("tune"));
    Ok(parts)
}

/// Scores the page structure of the web pages, per split, then the facts of the pages that
/// have facts gold (`corpus/web/facts/`).
#[cfg(feature = "html")]
fn web(args: &Args, extractor: &zhnews::Extractor) -> Result<(), Box<dyn std::error::Error>> {
    use eval::{score_fact_pages, score_pages_with};
    let pages_dir = Path::new(WEB_PAGES);
    if !pages_dir.is_dir() {
        println!("web: skipped, {WEB_PAGES}/ is absent (scripts/web/fetch.sh fetches the pages)");
        return Ok(());
    }
    let root = Path::new(WEB_GOLD);
    let extract = |bytes: &[u8]| extractor.extract_html(bytes).map_err(|e| e.to_string());
    let pages = score_pages_with(&root.join("gold"), pages_dir, "html", extract)?;
    let layout_args = Args { layout_only: true, ..args.clone() };
    let tune_diff = |part: &str| !part.ends_with("blind") && args.diff;
    report(&layout_args, by_split("web", pages, root)?, tune_diff, Score::layout_table)?;
    let pages = score_fact_pages(&root.join("gold"), &root.join("facts"), pages_dir, "html", extract)?;
    if pages.is_empty() {
        return Ok(());
    }
    let parts = by_split("web", pages, root)?;
    let parts = parts.into_iter().map(|(part, pages)| (format!("{part} facts"), pages)).collect();
    report(args, parts, tune_diff, Score::facts_table)
}

#[cfg(not(feature = "html"))]
fn web(_: &Args, _: &zhnews::Extractor) -> Result<(), Box<dyn std::error::Error>> {
    println!("web: skipped, the eval was built without the html feature");
    Ok(())
}

/// Prints the differences (where `diff_of(part)` says so) and the `table` of each part.
fn report(
    args: &Args,
    parts: Vec<(String, Vec<ScoredPage>)>,
    diff_of: impl Fn(&str) -> bool,
    table: fn(&Score) -> String,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut totals: Vec<(String, usize, Score)> = Vec::new();
    for (part, pages) in &parts {
        let mut total = Score::default();
        for page in pages {
            if diff_of(part) && !args.json {
                println!("== {}", page.gold.id);
                let lines = differences(&page.gold, &page.article);
                let layout = |l: &String| l.starts_with("meta ") || l.starts_with("body ");
                let shown = |l: &&String| if args.layout_only { layout(l) } else { page.annotates_line(l) };
                for line in lines.iter().filter(shown) {
                    println!("   {line}");
                }
            }
            total.add(&page.score);
        }
        totals.push((part.clone(), pages.len(), total));
    }
    if args.json {
        let json: BTreeMap<&str, &Score> = totals.iter().map(|(p, _, s)| (p.as_str(), s)).collect();
        if let [(_, _, only)] = totals.as_slice() {
            println!("{}", serde_json::to_string_pretty(only)?);
        } else {
            println!("{}", serde_json::to_string_pretty(&json)?);
        }
        return Ok(());
    }
    for (part, n, total) in &totals {
        let label = if part.is_empty() { String::new() } else { format!("{part}: ") };
        println!("\n{label}{n} articles\n{}", table(total));
    }
    Ok(())
}
