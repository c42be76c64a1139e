#![allow(dead_code)] // the examples include eval.rs and adversarial.rs by path; not every test uses every helper
//! Shared helpers for the stage tests: build a [`Doc`] from a small text (one paragraph per
//! line, metadata as the test gives it) and run the extractors of a stage on it.

pub mod adversarial;
pub mod eval;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use zhnews::internals::DateExtractor;
use zhnews::internals::FigureExtractor;
use zhnews::internals::InstitutionExtractor;
use zhnews::internals::PersonExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::{split_sentences, ArticleLayout, Credit, Field};
use zhnews::internals::{Doc, Facts};
use zhnews::{DateValue, Span};

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(|| Segmenter::new(&[]));
static DATES: LazyLock<DateExtractor> = LazyLock::new(DateExtractor::new);
static FIGURES: LazyLock<FigureExtractor> = LazyLock::new(FigureExtractor::new);

/// Every non-empty line is a paragraph; sentences split as the article stage does.
pub fn layout(text: &str) -> ArticleLayout {
    let mut layout = ArticleLayout::default();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        if !content.trim().is_empty() {
            layout.paragraphs.push(Span::new(pos, pos + content.len()));
        }
        pos += line.len();
    }
    layout.sentences = layout.paragraphs.iter().flat_map(|&p| split_sentences(text, p)).collect();
    layout
}

/// Runs dates then figures, as the pipeline does.
pub fn facts(text: &str, reference: Option<&str>) -> Facts {
    let layout = layout(text);
    let reference = reference.and_then(DateValue::parse);
    let doc = Doc::new(text, &layout, &SEGMENTER, reference);
    let mut facts = Facts::default();
    DATES.extract(&doc, &mut facts);
    FIGURES.extract(&doc, &mut facts);
    facts
}

/// The rows of a case table: tab-separated, `#` comment lines and blank lines skipped,
/// `\n` in a cell stands for a line break.
pub fn table(data: &str) -> Vec<Vec<String>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|c| c.trim().replace("\\n", "\n")).collect())
        .collect()
}

/// The cases of a table: runs of consecutive rows whose first `key` cells are equal.
pub fn cases(rows: &[Vec<String>], key: usize) -> Vec<&[Vec<String>]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=rows.len() {
        if i == rows.len() || rows[i].get(..key) != rows[start].get(..key) {
            out.push(&rows[start..i]);
            start = i;
        }
    }
    out
}

/// `-` is an empty cell.
pub fn opt(cell: &str) -> Option<&str> {
    (cell != "-" && !cell.is_empty()).then_some(cell)
}

/// The span of the first occurrence of `needle` in `text`.
pub fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle} not in {text}"));
    Span::new(start, start + needle.len())
}

/// A metadata field at the first occurrence of `needle`.
pub fn field(text: &str, needle: &str) -> Field {
    Field::new(needle, span_of(text, needle))
}

/// A byline credit.
pub fn credit(text: &str, name: &str, role: &str, organization: Option<&str>) -> Credit {
    Credit { name: field(text, name), role: role.to_string(), organization: organization.map(|o| field(text, o)) }
}

pub fn segmenter() -> &'static Segmenter {
    &SEGMENTER
}

/// Runs the institution and person extractors on `text` with `layout`, as the pipeline
/// does (a body fused into a person's title is dropped after people).
pub fn run_with(text: &str, layout: &ArticleLayout) -> Facts {
    let doc = Doc::new(text, layout, segmenter(), None);
    let mut facts = Facts::default();
    InstitutionExtractor::new().extract(&doc, &mut facts);
    PersonExtractor::new().extract(&doc, &mut facts);
    InstitutionExtractor::combine_with_people(&doc, &mut facts);
    facts
}

/// Runs the institution and person extractors on body text.
pub fn run(text: &str) -> Facts {
    run_with(text, &layout(text))
}

/// A path of the repository (`corpus/…`, `target/…`, `../shared/…`).
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `path` of the repository if it is there, or `None` after one line saying `what` is
/// skipped and why it may be absent.
fn present(path: &str, what: &str, why: &str) -> Option<PathBuf> {
    let dir = repo(path);
    if !dir.is_dir() {
        println!("{what}: skipped, {} is absent ({why})", dir.display());
        return None;
    }
    Some(dir)
}

/// The real pages of `../shared/realdev/` (a user's clone has none).
pub fn realdev_texts(what: &str) -> Option<PathBuf> {
    present("../shared/realdev", what, "the real pages are not in this clone")
}

/// The fetched pages of the web set (`target/web-pages/`).
pub fn web_pages(what: &str) -> Option<PathBuf> {
    present("target/web-pages", what, "scripts/web/fetch.sh fetches the pages")
}
