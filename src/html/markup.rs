//! Words of the markup read by the walker and its helpers: how an element breaks lines,
//! the words of a `class` or `id` value.

/// How an element breaks lines.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Break {
    Inline,
    Line,
    Paragraph,
    Cell,
}

pub(super) fn break_of(name: &str) -> Break {
    match name {
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "section" | "article" | "header" | "main" | "table" | "ul"
        | "ol" | "dl" | "blockquote" | "pre" | "figure" | "hr" | "address" | "body" => Break::Paragraph,
        "div" | "li" | "dt" | "dd" | "tr" | "figcaption" | "caption" | "center" | "fieldset" | "details"
        | "summary" | "thead" | "tbody" | "tfoot" | "hgroup" | "legend" => Break::Line,
        "td" | "th" => Break::Cell,
        _ => Break::Inline,
    }
}

/// Whether a `class` or `id` value has one of `words` (split at `-`, `_` and spaces).
pub(super) fn has_word(value: &str, words: &[&str]) -> bool {
    value
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .any(|w| words.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

/// Whether an element's `class` or `id` has one of `words` ([`has_word`]).
pub(super) fn class_or_id_has(el: &scraper::node::Element, words: &[&str]) -> bool {
    el.attr("class").is_some_and(|v| has_word(v, words)) || el.attr("id").is_some_and(|v| has_word(v, words))
}
