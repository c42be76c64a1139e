//! *Match score*: the two bare numbers of a score (`以77比73战胜对手`, `3:1击败`) are both
//! figures with no unit (FACTS: a match score gives two figures, unit and subject `null`).
//! A score is read only before a verb of winning or losing (role `score_verb` of
//! `figure_words.txt`), so a ratio (`男女比例为1比1.2`) or a clock time (`12:30开始`) stays
//! no figure.
//!
//! Cost: runs only for a bare number that no other rule made a figure (and again for each
//! figure without a unit, to clear its subject), reading a few bytes around it.

use super::{role, FigureExtractor};
use crate::extract::doc::Sentence;
use crate::extract::number;
use crate::facts::Figure;
use crate::lexicon::FIGURE_WORDS;
use crate::span::Span;
use std::sync::LazyLock;

/// Verbs of winning or losing after a score (role `score_verb` of `figure_words.txt`),
/// longest first.
static SCORE_VERBS: LazyLock<Vec<String>> = LazyLock::new(|| role(&FIGURE_WORDS, "score_verb"));

/// What joins the two numbers of a score.
const SCORE_LINKS: [&str; 3] = ["比", ":", "："];

impl FigureExtractor {
    /// True when the bare number at `i..end` is one side of a score followed by a verb of
    /// winning or losing: the first (`77` of `77比73战胜`) or the second (`73`).
    pub(super) fn match_score(&self, s: &str, i: usize, end: usize) -> bool {
        let won_after = |e: usize| SCORE_VERBS.iter().any(|w| s[e..].starts_with(w.as_str()));
        if let Some(link) = SCORE_LINKS.iter().find(|l| s[end..].starts_with(**l)) {
            let j = end + link.len();
            return digits(&s[i..end])
                && number::scan(s, j)
                    .is_some_and(|n| n.span.start == j && digits(&s[j..n.span.end]) && won_after(n.span.end));
        }
        let Some(link) = SCORE_LINKS.iter().find(|l| s[..i].ends_with(**l)) else { return false };
        let before = &s[..i - link.len()];
        let first = before.len() - before.bytes().rev().take_while(u8::is_ascii_digit).count();
        first < before.len() && digits(&s[i..end]) && won_after(end)
    }

    /// A score's two figures measure nothing the sentence names: subject `null`
    /// (`以77比73战胜对手`).
    pub(super) fn score_subjects(&self, sentence: &Sentence<'_>, found: &mut [Figure<Span>]) {
        let s = sentence.text;
        for f in found.iter_mut().filter(|f| f.unit.is_none()) {
            if self.match_score(s, f.mention.start, f.mention.end) {
                f.subject = None;
            }
        }
    }
}

/// A score is written in ASCII digits only (`77`, not `七十七` nor `0.5`).
fn digits(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}
