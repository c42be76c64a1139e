//! Builds a [`Doc`] from plain normalized text: every line is a paragraph, split into
//! sentences as the article stage does, with the metadata the test gives.
#![allow(dead_code)]

use zhnews::article::{split_sentences, ArticleLayout, Credit, Field};
use zhnews::extract::institutions::InstitutionExtractor;
use zhnews::extract::people::PersonExtractor;
use zhnews::extract::{Doc, Facts};
use zhnews::segment::Segmenter;
use zhnews::Span;

/// A layout whose body is every non-empty line of `text`.
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
    static SEG: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
    SEG.get_or_init(|| Segmenter::new(&[]))
}

/// Runs the institution and person extractors on `text` with `layout`.
pub fn run_with(text: &str, layout: &ArticleLayout) -> Facts {
    let doc = Doc::new(text, layout, segmenter(), None);
    let mut facts = Facts::default();
    InstitutionExtractor::new().extract(&doc, &mut facts);
    PersonExtractor::new().extract(&doc, &mut facts);
    facts
}

/// Runs the institution and person extractors on body text.
pub fn run(text: &str) -> Facts {
    run_with(text, &layout(text))
}
