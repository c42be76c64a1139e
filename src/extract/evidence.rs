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
