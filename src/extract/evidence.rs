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
use crate::tagger::{Entity, Kind, Scratch, Tagger};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

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
    let mut entities = READINGS.with(|r| r.borrow_mut().read(window, &local));
    for e in &mut entities {
        e.span = e.span.shift(start);
    }
    entities
}

thread_local! {
    /// The tagger's buffers and the readings of the current document on this thread.
    static READINGS: RefCell<Readings> = RefCell::new(Readings::default());
}

/// Forgets the readings kept so far: called once per document, so that a document's
/// windows are read by the tagger once each and a reading never outlives its document.
pub(crate) fn forget_readings() {
    READINGS.with(|r| r.borrow_mut().kept.clear());
}

/// The readings of the current document: rules ask about the same window more than once
/// (several questions around one title, the people and the institutions asking about one
/// name), and a reading depends on nothing but the window's text and its tokens, which the
/// key holds whole (a kept reading is the one the tagger would give).
#[derive(Debug, Default)]
struct Readings {
    scratch: Scratch,
    key: Vec<u8>,
    kept: FxHashMap<Vec<u8>, Vec<Entity>>,
}

impl Readings {
    fn read(&mut self, window: &str, tokens: &[Token<'_>]) -> Vec<Entity> {
        // The window, then per token: 0xFF, start and end, its text, 0xFE, its tag (UTF-8
        // holds neither byte, so the key reads back one way only).
        self.key.clear();
        self.key.extend_from_slice(window.as_bytes());
        for t in tokens {
            self.key.push(0xFF);
            self.key.extend_from_slice(&(t.span.start as u64).to_le_bytes());
            self.key.extend_from_slice(&(t.span.end as u64).to_le_bytes());
            self.key.extend_from_slice(t.text.as_bytes());
            self.key.push(0xFE);
            self.key.extend_from_slice(t.tag.as_bytes());
        }
        if let Some(entities) = self.kept.get(&self.key) {
            return entities.clone();
        }
        let entities = Tagger::global().tag_with(&mut self.scratch, window, tokens);
        self.kept.insert(self.key.clone(), entities.clone());
        entities
    }
}

/// The tagger's person name that starts at `at` of `text` (see [`entities_near`]).
pub(crate) fn person_at(text: &str, tokens: &[Token<'_>], base: usize, at: usize) -> Option<Span> {
    let ahead = text.get(at..)?.char_indices().nth(4).map_or(text.len(), |(i, _)| at + i);
    person_where(text, tokens, base, Span::new(at, ahead), |sp| sp.start == at)
}

/// The tagger's person name that ends at `end` of `text` (see [`entities_near`]).
pub(crate) fn person_ending_at(text: &str, tokens: &[Token<'_>], base: usize, end: usize) -> Option<Span> {
    let behind = text.get(..end)?.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
    person_where(text, tokens, base, Span::new(behind, end), |sp| sp.end == end)
}

/// The first person name the tagger reads around `range` whose span passes `keep`.
fn person_where(
    text: &str,
    tokens: &[Token<'_>],
    base: usize,
    range: Span,
    keep: impl Fn(Span) -> bool,
) -> Option<Span> {
    entities_near(text, tokens, base, range).into_iter().find(|e| e.kind == Kind::Per && keep(e.span)).map(|e| e.span)
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

    /// A kept reading is the tagger's own, asked again or after other windows.
    #[test]
    fn kept_readings_are_the_taggers() {
        let segmenter = Segmenter::new(&[]);
        let texts = ["昨天，市长王建华在会上讲话。", "區衛生局局長林志明出席了典禮。", "昨天，市长王建华在会上讲话。"];
        for text in texts {
            let tokens = segmenter.tokens(text);
            let fresh = Tagger::global().tag(text, &tokens);
            for _ in 0..2 {
                assert_eq!(entities_near(text, &tokens, 0, Span::new(0, text.len())), fresh);
            }
        }
        // Two windows were read; a new document forgets them, and reads them afresh.
        assert_eq!(READINGS.with(|r| r.borrow().kept.len()), 2);
        forget_readings();
        assert_eq!(READINGS.with(|r| r.borrow().kept.len()), 0);
        let tokens = segmenter.tokens(texts[0]);
        assert_eq!(
            entities_near(texts[0], &tokens, 0, Span::new(0, texts[0].len())),
            Tagger::global().tag(texts[0], &tokens)
        );
    }
}
