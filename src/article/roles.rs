//! The role of every line of a laid-out page, for showing the layout to a reader.
//!
//! **In:** the normalized text and the [`ArticleLayout`] parsed from it. **Out:** one
//! [`LineRole`] per line (the classifier's lines, trimmed), in text order.
//!
//! **Guarantees:** a line holding a body paragraph is `Body`, the title line `Title`; the
//! rest takes the classifier's kind (a metadata line naming people only is a `Credit`);
//! nothing is dropped. Linear. A [`LineDecision`] shows the scored classifier's own
//! decision for a line, with the scores behind it.

use super::lines::{Classifier, Line, LineKind};
use super::scores::{Evidence, Role};
use super::ArticleLayout;
use crate::span::Span;

/// What a line of a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRole {
    Title,
    /// A date, source or byline line (or `原标题`).
    Meta,
    /// A line naming people only: reporters, editors, photographers.
    Credit,
    Caption,
    /// A related-list heading and what the page furniture around the article holds.
    Furniture,
    Body,
    Blank,
}

impl LineRole {
    /// The name shown for the role.
    pub fn name(self) -> &'static str {
        match self {
            LineRole::Title => "title",
            LineRole::Meta => "meta",
            LineRole::Credit => "credit",
            LineRole::Caption => "caption",
            LineRole::Furniture => "furniture",
            LineRole::Body => "body",
            LineRole::Blank => "blank",
        }
    }
}

/// How the scored classifier decided one line.
#[derive(Debug, Clone, PartialEq)]
pub struct LineDecision {
    pub span: Span,
    /// The best-scoring role of the line's own evidence (`blank` for a blank line).
    pub role: &'static str,
    pub score: f32,
    /// Its lead over the runner-up role.
    pub margin: f32,
    /// The title score of a title candidate above the body.
    pub title_score: Option<f32>,
    /// The features present, by name, with their values.
    pub features: Vec<(String, f32)>,
}

/// The decision shown for `line`; `title`: its evidence as a title candidate.
pub(crate) fn decision(line: &Line, title: Option<Evidence>) -> LineDecision {
    let (role, score, margin) = line.decision();
    let evidence = title.as_ref().unwrap_or(&line.evidence);
    LineDecision {
        span: line.span,
        role: if matches!(line.kind, LineKind::Blank) { LineRole::Blank.name() } else { role.name() },
        score,
        margin,
        title_score: title.as_ref().map(|e| e.score(Role::Title)),
        features: evidence.present().map(|(f, v)| (f.name(), v)).collect(),
    }
}

/// The role of each line of `text` in `layout`.
pub(crate) fn line_roles(classifier: &Classifier, text: &str, layout: &ArticleLayout) -> Vec<(Span, LineRole)> {
    let mut paragraphs = layout.paragraphs.iter().copied().peekable();
    classifier
        .lines(text)
        .into_iter()
        .map(|line| {
            // Lines and paragraphs are both in text order: walk them together.
            while paragraphs.next_if(|p| p.end <= line.span.start && p.start < line.span.start).is_some() {}
            let role = if matches!(line.kind, LineKind::Blank) {
                LineRole::Blank
            } else if layout.title.as_ref().is_some_and(|t| overlaps(line.span, t.span)) {
                LineRole::Title
            } else if paragraphs.peek().is_some_and(|&p| overlaps(line.span, p)) {
                LineRole::Body
            } else {
                kind_role(&line.kind)
            };
            (line.span, role)
        })
        .collect()
}

/// True when two spans share a byte.
fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The role of a line outside title and body, from its kind.
fn kind_role(kind: &LineKind) -> LineRole {
    match kind {
        LineKind::Blank => LineRole::Blank,
        LineKind::Caption(_) => LineRole::Caption,
        LineKind::Meta(m) if m.stamps.is_empty() && m.sources.is_empty() && !m.bylines.is_empty() => LineRole::Credit,
        LineKind::Meta(_) | LineKind::OriginalTitle(_) => LineRole::Meta,
        LineKind::Furniture | LineKind::Heading | LineKind::Header | LineKind::Text => LineRole::Furniture,
    }
}
