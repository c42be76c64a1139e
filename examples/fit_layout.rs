//! `fit_layout [--out FILE] [--iterations N] [--l2 X] [--pseudo X]` — fits the weights of the
//! scored line classifier (`src/article/scores.rs`) on gold pages and writes them as a
//! weights file (default `src/lexicon/line_weights_fitted.tsv`; `scripts/fit-layout.sh`
//! compares it with the weights in force, `src/lexicon/line_weights.tsv`, and installs the
//! better).
//!
//! **Data.** `corpus/`, `corpus/dev/` and the `tune` pages of realdev (`../shared/realdev/`,
//! gold in `corpus/realdev/gold/`). A realdev page is read only when `SPLIT.tsv` calls it
//! `tune` and its number is not divisible by 4: no `blind` page or gold file is ever opened.
//!
//! **Labels.** Each non-blank line is labelled from its page's gold with the roles that
//! agree with it: a line holding a `body_must_contain` fragment is body (or header, which
//! the body keeps); one holding a `body_must_not_contain` fragment is anything but body; the
//! line holding the gold title is body-shaped (the title is chosen among such lines), the one
//! holding the gold original title a metadata line; a short
//! line naming the gold source, an author or an editor is metadata or credit. A line with
//! both a kept and a dropped fragment is left out. Where the role given by the weights in
//! force is among those the gold allows, it is the label. Every other line keeps the role that the
//! weights in force give it (a pseudo-label, weighted by `--pseudo`), so that what the gold
//! does not speak about stays as it is.
//!
//! **Model.** Two logistic regressions with L2, fitted by full-batch gradient descent from
//! zero (deterministic: the same pages give the same file). Line roles: a softmax over the
//! line roles of the runtime, whose likelihood is the probability of the labelled set of
//! roles; only the features a line has by itself count. Title: a conditional logit over the
//! title candidates of the page (what `ArticleParser::line_decisions` scores) and "no title"
//! (score 0), as the runtime picks the best candidate scoring above 0. Features are scaled
//! to [0, 1] by their largest value while fitting; the file holds the unscaled weights.
//!
//! The features and roles are the runtime's (`internals::line_weights`), so a feature added
//! to the classifier is fitted without a change here; the file records the list it was
//! fitted with (`tests/line_weights.rs` checks it against the runtime).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use zhnews::internals::line_weights;
use zhnews::internals::{decode, ArticleParser, DecodeOptions, LineRole};

#[path = "../tests/support/eval.rs"]
mod eval;
use eval::{read_split, GoldArticle};

/// Where the real pages live, relative to the repository root.
const REALDEV_TEXTS: &str = "../shared/realdev";
/// Their gold and split.
const REALDEV_GOLD: &str = "corpus/realdev";
/// The longest line read as a metadata or credit line by the labels.
const MAX_META_CHARS: usize = 60;

struct Options {
    out: PathBuf,
    iterations: usize,
    l2: f64,
    pseudo: f64,
}

fn options() -> Result<Options, Box<dyn std::error::Error>> {
    let mut o =
        Options { out: PathBuf::from("src/lexicon/line_weights_fitted.tsv"), iterations: 10000, l2: 1e-4, pseudo: 1.0 };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--out" => o.out = PathBuf::from(value()?),
            "--iterations" => o.iterations = value()?.parse()?,
            "--l2" => o.l2 = value()?.parse()?,
            "--pseudo" => o.pseudo = value()?.parse()?,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    Ok(o)
}

/// One labelled line: its feature values, the roles that agree with the gold (indices into
/// the line roles), its weight, the role the weights in force give it.
struct Example {
    x: Vec<f64>,
    targets: Vec<usize>,
    weight: f64,
    gold: bool,
    current: usize,
}

/// The title candidates of one page and which of them is the gold title (`None`: no title).
struct TitleChoice {
    candidates: Vec<Vec<f64>>,
    target: Option<usize>,
    /// The candidate the weights in force pick.
    current: Option<usize>,
}

/// A gold page with the path of its text.
struct GoldPage {
    gold: GoldArticle,
    text: PathBuf,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let o = options()?;
    let features = line_weights::features();
    let roles = line_weights::line_roles();
    let parser = ArticleParser::new();
    let mut examples = Vec::new();
    let mut titles = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (set, page) in pages()? {
        *counts.entry(set).or_default() += 1;
        let bytes = std::fs::read(&page.text)?;
        let decoded = decode(&bytes, &DecodeOptions::default())?;
        let normalized = zhnews::normalize(&decoded.text);
        label_page(&parser, normalized.as_str(), &page.gold, &features, &roles, o.pseudo, &mut examples, &mut titles);
    }
    let line_features: Vec<usize> = (0..features.len()).filter(|&f| !features[f].1).collect();
    let role_w = fit_roles(&examples, &line_features, roles.len(), &o);
    let title_w = fit_title(&titles, features.len(), &o);

    // How the weights in force and the fitted ones do on the gold-labelled lines and titles.
    let gold_lines: Vec<&Example> = examples.iter().filter(|e| e.gold).collect();
    let agree = |pick: &dyn Fn(&Example) -> usize| gold_lines.iter().filter(|e| e.targets.contains(&pick(e))).count();
    let lines_now = agree(&|e| e.current);
    let lines_fit = agree(&|e| best_role(&role_w, &e.x));
    let labelled: Vec<&TitleChoice> = titles.iter().collect();
    let titles_now = labelled.iter().filter(|t| t.current == t.target).count();
    let titles_fit = labelled.iter().filter(|t| pick_title(&title_w, &t.candidates) == t.target).count();
    let summary = format!(
        "pages {}; gold-labelled lines {} (+{} pseudo-labelled); title choices {}\n\
         gold lines right: in force {lines_now}, fitted {lines_fit}; titles right: in force {titles_now}, fitted {titles_fit}",
        counts.iter().map(|(s, n)| format!("{s} {n}")).collect::<Vec<_>>().join(", "),
        gold_lines.len(),
        examples.len() - gold_lines.len(),
        titles.len(),
    );
    eprintln!("{summary}");

    let file = weights_file(&features, &roles, &role_w, &title_w, &o, &summary);
    if let Some(dir) = o.out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&o.out, file)?;
    eprintln!("wrote {}", o.out.display());
    Ok(())
}

/// The gold pages to fit on, by set, in a fixed order: never a `blind` realdev page.
fn pages() -> Result<Vec<(&'static str, GoldPage)>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for (set, dir) in [("corpus", "corpus"), ("corpus/dev", "corpus/dev")] {
        for path in json_files(&Path::new(dir).join("gold"))? {
            let gold: GoldArticle = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
            let text = Path::new(dir).join(format!("{}.txt", gold.id));
            out.push((set, GoldPage { gold, text }));
        }
    }
    let texts = Path::new(REALDEV_TEXTS);
    if !texts.is_dir() {
        eprintln!("realdev: skipped, {REALDEV_TEXTS}/ is absent");
        return Ok(out);
    }
    let split = read_split(&Path::new(REALDEV_GOLD).join("SPLIT.tsv"))?;
    for (id, part) in &split {
        if part != "tune" || is_blind_id(id) {
            continue;
        }
        let path = Path::new(REALDEV_GOLD).join("gold").join(format!("{id}.json"));
        let gold: GoldArticle = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        out.push(("realdev tune", GoldPage { gold, text: texts.join(format!("{id}.txt")) }));
    }
    Ok(out)
}

/// Every fourth realdev id is blind (`R004`, `R008`, …), whatever the split file says.
fn is_blind_id(id: &str) -> bool {
    id.trim_start_matches(|c: char| !c.is_ascii_digit()).parse::<u32>().is_ok_and(|n| n % 4 == 0)
}

fn json_files(dir: &Path) -> Result<Vec<PathBuf>, Box<dyn std::error::Error>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// `s` without whitespace (gold strings and lines are compared so).
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Labels the lines and the title candidates of one page from its gold.
#[allow(clippy::too_many_arguments)]
fn label_page(
    parser: &ArticleParser,
    text: &str,
    gold: &GoldArticle,
    features: &[(String, bool)],
    roles: &[&str],
    pseudo: f64,
    examples: &mut Vec<Example>,
    titles: &mut Vec<TitleChoice>,
) {
    let role = |name: &str| roles.iter().position(|r| *r == name).expect("a line role");
    let body_roles = [role("body"), role("header")];
    let not_body: Vec<usize> = (0..roles.len()).filter(|r| !body_roles.contains(r)).collect();
    let meta_roles = [role("meta"), role("credit")];
    let kept: Vec<String> = gold.body_must_contain.iter().map(|s| squeezed(s)).collect();
    let dropped: Vec<String> = gold.body_must_not_contain.iter().map(|s| squeezed(s)).collect();
    let title = gold.meta.title.as_deref().map(squeezed).filter(|t| !t.is_empty());
    let original = gold.meta.original_title.as_deref().map(squeezed).filter(|t| !t.is_empty());
    let people: Vec<String> = gold
        .meta
        .source
        .iter()
        .chain(&gold.meta.authors)
        .chain(&gold.meta.editors)
        .map(|s| squeezed(s))
        .filter(|s| !s.is_empty())
        .collect();
    let mut choice = TitleChoice { candidates: Vec::new(), target: None, current: None };
    let mut best_now: Option<(usize, f32)> = None;
    let mut title_found = false;
    let layout = parser.parse(text);
    let finals = parser.line_roles(text, &layout);
    for (d, (_, fin)) in parser.line_decisions(text).into_iter().zip(finals) {
        if d.role == "blank" {
            continue;
        }
        // Where the page keeps or drops the line by its place (above the body, below a list
        // heading), its own role is free.
        let in_body = fin == LineRole::Body;
        let line = squeezed(d.span.slice(text));
        let x = vector(features, &d.features);
        let is_title = title.as_ref().is_some_and(|t| line.contains(t.as_str()));
        if let Some(score) = d.title_score {
            if is_title && choice.target.is_none() {
                choice.target = Some(choice.candidates.len());
                title_found = true;
            }
            if score > 0.0 && best_now.map_or(true, |(_, b)| score >= b) {
                best_now = Some((choice.candidates.len(), score));
            }
            choice.candidates.push(x.clone());
        }
        let has_kept = kept.iter().any(|k| line.contains(k.as_str()));
        let has_dropped = dropped.iter().any(|k| line.contains(k.as_str()));
        let short = line.chars().count() <= MAX_META_CHARS && !line.contains('。');
        let current = role(d.role);
        let with_current = |mut t: Vec<usize>, free: bool| {
            if free && !t.contains(&current) {
                t.push(current);
            }
            t
        };
        // The lines that hold a whole gold string first, then the fragments.
        let is_original = original.as_ref().is_some_and(|t| line.len() > t.len() && line.contains(t.as_str()));
        let targets: Option<Vec<usize>> = match (has_kept, has_dropped) {
            // `原标题：…` (the original title and its label) is read from a metadata line only.
            _ if is_original => Some(vec![role("meta")]),
            _ if is_title => Some(vec![role("body")]),
            (true, true) => None,
            (true, false) => Some(with_current(body_roles.to_vec(), in_body)),
            (false, true) => Some(with_current(not_body.clone(), !in_body)),
            _ if short && people.iter().any(|p| line.contains(p.as_str())) => Some(meta_roles.to_vec()),
            _ => Some(Vec::new()),
        };
        match targets {
            Some(t) if t.is_empty() => {
                examples.push(Example { x, targets: vec![current], weight: pseudo, gold: false, current })
            }
            // Where the weights in force agree with the gold, their role is the label: which
            // of the roles the gold allows a line takes decides what follows it (a list
            // heading ends the body, a caption credits its photographer).
            Some(t) => {
                let targets = if t.contains(&current) { vec![current] } else { t };
                examples.push(Example { x, targets, weight: 1.0, gold: true, current })
            }
            None => {}
        }
    }
    choice.current = best_now.map(|(i, _)| i);
    // A gold title that no candidate holds cannot be learnt from this page.
    if title.is_none() || title_found {
        titles.push(choice);
    }
}

/// The feature values of a line in the runtime's order, from the named features present.
fn vector(features: &[(String, bool)], present: &[(String, f32)]) -> Vec<f64> {
    let mut x = vec![0.0; features.len()];
    for (name, v) in present {
        let i = features.iter().position(|(f, _)| f == name).expect("a runtime feature");
        x[i] = f64::from(*v);
    }
    x
}

/// The largest absolute value of each feature over `rows`, 1 where it is 0.
fn scales<'a>(rows: impl Iterator<Item = &'a Vec<f64>>, n: usize) -> Vec<f64> {
    let mut s = vec![0.0f64; n];
    for x in rows {
        for (s, v) in s.iter_mut().zip(x) {
            *s = s.max(v.abs());
        }
    }
    s.into_iter().map(|v| if v == 0.0 { 1.0 } else { v }).collect()
}

/// Softmax of `scores` in place.
fn softmax(scores: &mut [f64]) {
    let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let sum: f64 = scores
        .iter_mut()
        .map(|s| {
            *s = (*s - max).exp();
            *s
        })
        .sum();
    scores.iter_mut().for_each(|s| *s /= sum);
}

/// Role weights `[role][feature]` (only `used` features nonzero), unscaled.
fn fit_roles(examples: &[Example], used: &[usize], n_roles: usize, o: &Options) -> Vec<Vec<f64>> {
    let n = examples.first().map_or(0, |e| e.x.len());
    let scale = scales(examples.iter().map(|e| &e.x), n);
    let xs: Vec<Vec<(usize, f64)>> = examples
        .iter()
        .map(|e| used.iter().filter(|&&f| e.x[f] != 0.0).map(|&f| (f, e.x[f] / scale[f])).collect())
        .collect();
    let total: f64 = examples.iter().map(|e| e.weight).sum();
    let mut w = vec![vec![0.0f64; n]; n_roles];
    let mut p = vec![0.0; n_roles];
    for _ in 0..o.iterations {
        let mut grad = vec![vec![0.0f64; n]; n_roles];
        for (e, x) in examples.iter().zip(&xs) {
            for (r, p) in p.iter_mut().enumerate() {
                *p = x.iter().map(|&(f, v)| w[r][f] * v).sum();
            }
            softmax(&mut p);
            let in_targets: f64 = e.targets.iter().map(|&r| p[r]).sum();
            for r in 0..n_roles {
                let q = if e.targets.contains(&r) { p[r] / in_targets } else { 0.0 };
                let g = e.weight * (p[r] - q) / total;
                for &(f, v) in x {
                    grad[r][f] += g * v;
                }
            }
        }
        step(&mut w, &grad, o);
    }
    w.into_iter().map(|row| row.iter().zip(&scale).map(|(w, s)| w / s).collect()).collect()
}

/// One gradient step with L2 (the bias is not shrunk: feature 0 is `bias`).
fn step(w: &mut [Vec<f64>], grad: &[Vec<f64>], o: &Options) {
    const RATE: f64 = 2.0;
    for (w, g) in w.iter_mut().zip(grad) {
        for (f, (w, g)) in w.iter_mut().zip(g).enumerate() {
            let shrink = if f == 0 { 0.0 } else { o.l2 * *w };
            *w -= RATE * (g + shrink);
        }
    }
}

/// Title weights over every feature, unscaled.
fn fit_title(titles: &[TitleChoice], n: usize, o: &Options) -> Vec<f64> {
    let scale = scales(titles.iter().flat_map(|t| &t.candidates), n);
    let scaled: Vec<Vec<Vec<f64>>> = titles
        .iter()
        .map(|t| t.candidates.iter().map(|x| x.iter().zip(&scale).map(|(v, s)| v / s).collect()).collect())
        .collect();
    let mut w = vec![vec![0.0f64; n]];
    let total = titles.len().max(1) as f64;
    for _ in 0..o.iterations {
        let mut grad = vec![vec![0.0f64; n]];
        for (t, xs) in titles.iter().zip(&scaled) {
            // The candidates' scores, then "no title" at 0.
            let mut p: Vec<f64> = xs.iter().map(|x| dot(&w[0], x)).chain([0.0]).collect();
            softmax(&mut p);
            for (k, x) in xs.iter().enumerate() {
                let g = (p[k] - f64::from(u8::from(t.target == Some(k)))) / total;
                for (gr, v) in grad[0].iter_mut().zip(x) {
                    *gr += g * v;
                }
            }
        }
        step(&mut w, &grad, o);
    }
    w[0].iter().zip(&scale).map(|(w, s)| w / s).collect()
}

fn dot(w: &[f64], x: &[f64]) -> f64 {
    w.iter().zip(x).map(|(w, v)| w * v).sum()
}

/// The best role (the first of equal scores), as the runtime decides.
fn best_role(w: &[Vec<f64>], x: &[f64]) -> usize {
    let scores: Vec<f64> = w.iter().map(|row| dot(row, x)).collect();
    (0..scores.len()).fold(0, |best, r| if scores[r] > scores[best] { r } else { best })
}

/// The candidate the runtime would pick: the best scoring above 0, the later of equals.
fn pick_title(w: &[f64], candidates: &[Vec<f64>]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (k, x) in candidates.iter().enumerate() {
        let s = dot(w, x);
        if s > 0.0 && best.map_or(true, |(_, b)| s >= b) {
            best = Some((k, s));
        }
    }
    best.map(|(k, _)| k)
}

/// The weights file: a header saying how it was made, the feature list, then one row per
/// nonzero weight (two decimals).
fn weights_file(
    features: &[(String, bool)],
    roles: &[&str],
    role_w: &[Vec<f64>],
    title_w: &[f64],
    o: &Options,
    summary: &str,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# The weights of the scored line classifier (src/article/scores.rs): ROLE<TAB>FEATURE<TAB>WEIGHT.\n\
         # A line's score for a role is the sum of weight × value over its features (a flag is 1);\n\
         # the best-scoring role is the line's; the best title candidate scoring above 0 is the title.\n\
         # Fitted by `scripts/fit-layout.sh` (examples/fit_layout.rs: logistic regression, {} iterations,\n\
         # L2 {}, pseudo-labels weighted {}) on corpus/, corpus/dev/ and realdev tune.",
        o.iterations, o.l2, o.pseudo
    );
    for line in summary.lines() {
        let _ = writeln!(s, "# {line}");
    }
    let _ = writeln!(s, "# features: {}", features.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>().join(" "));
    let mut row = |role: &str, f: usize, w: f64| {
        let w = (w * 100.0).round() / 100.0;
        if w != 0.0 {
            let _ = writeln!(s, "{role}\t{}\t{w}", features[f].0);
        }
    };
    for (role, weights) in roles.iter().zip(role_w) {
        for (f, &w) in weights.iter().enumerate() {
            row(role, f, w);
        }
    }
    for (f, &w) in title_w.iter().enumerate() {
        row(line_weights::title_role(), f, w);
    }
    s
}
