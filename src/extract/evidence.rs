//! The learned tagger's spans as evidence for the rules: where a person's name or an
//! organization's name starts and ends, asked only where a rule is unsure.
//!
//! **In:** a sentence's text, its tokens, and the byte range a rule wonders about.
//! **Out:** the [`Entity`] spans the tagger reads in a few tokens around that range, in the
//! sentence's coordinates.
//!
//! The tagger reads about 2 MB/s, slower than the whole rule pipeline, so it never runs over
//! a whole article: each question tags a window of [`MARGIN_TOKENS`] tokens on each side of
//! the range (its features look two characters and one word around each character), which
//! bounds the cost per question. Kinds, canonical names and records stay the rules' work.

use crate::segment::Token;
use crate::span::Span;
use crate::tagger::{Entity, Kind, Tagger};

/// Tokens read on each side of the range asked about.
pub(crate) const MARGIN_TOKENS: usize = 4;

/// The entities the tagger reads around `range` of `text`. `tokens` tile `text`, with spans
/// `base` bytes ahead of it (absolute spans of a sentence starting at `base`, or `base` 0).
pub(crate) fn entities_near(text: &str, tokens: &[Token<'_>], base: usize, range: Span) -> Vec<Entity> {
    let first = tokens.partition_point(|t| t.span.end <= base + range.start).saturating_sub(MARGIN_TOKENS);
    let last = (tokens.partition_point(|t| t.span.start < base + range.end) + MARGIN_TOKENS).min(tokens.len());
    if first >= last {
        return Vec::new();
    }
    let start = tokens[first].span.start - base;
    let Some(window) = text.get(start..tokens[last - 1].span.end - base) else { return Vec::new() };
    let local: Vec<Token<'_>> = tokens[first..last]
        .iter()
        .map(|t| Token { span: Span::new(t.span.start - base - start, t.span.end - base - start), ..*t })
        .collect();
    let mut entities = Tagger::global().tag(window, &local);
    for e in &mut entities {
        e.span = e.span.shift(start);
    }
    entities
}

/// The tagger's person name that starts at `at` of `text` (see [`entities_near`]).
pub(crate) fn person_at(text: &str, tokens: &[Token<'_>], base: usize, at: usize) -> Option<Span> {
    let ahead = text.get(at..)?.char_indices().nth(4).map_or(text.len(), |(i, _)| at + i);
    entities_near(text, tokens, base, Span::new(at, ahead))
        .into_iter()
        .find(|e| e.kind == Kind::Per && e.span.start == at)
        .map(|e| e.span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    /// Spans come back in the text's coordinates whatever the tokens' base, and only a window
    /// around the range is read.
    #[test]
    fn person_found_in_text_coordinates() {
        let segmenter = Segmenter::new(&[]);
        let text = "会上，副县长陈光复颁发奖状，并讲话。";
        let at = text.find("陈光复").unwrap_or_default();
        let tokens = segmenter.tokens(text);
        let name = Span::new(at, at + "陈光复".len());
        assert_eq!(person_at(text, &tokens, 0, at), Some(name));
        let shifted: Vec<Token<'_>> = tokens.iter().map(|t| Token { span: t.span.shift(100), ..*t }).collect();
        assert_eq!(person_at(text, &shifted, 100, at), Some(name));
        // No person starts at the title.
        assert_eq!(person_at(text, &tokens, 0, text.find("副县长").unwrap_or_default()), None);
        let near = entities_near(text, &tokens, 0, name);
        assert!(near.iter().all(|e| e.span.start >= text.find('，').unwrap_or_default()));
    }
}
