//! *Converted amount*: an amount opened by a word of conversion (role `conversion` of
//! `figure_words.txt`: `约合`, `折合`) right after another amount of money measures what
//! that amount does (`挂号费为15美元，约合人民币108元` → both 挂号费). FACTS §4, *Figure
//! subjects*, round 63.
//!
//! **In:** the text of a sentence, the figure's start, its kind, and the previous figure's
//! end and subject. **Out:** the previous figure's subject, or `None`.
//!
//! **Guarantees:** never panics; reads only the few bytes between the two amounts (a comma,
//! a bracket or spaces).
//!
//! Cost: a prefix test per figure of money that follows another figure.

use super::{role, FigureExtractor, PrevFigure};
use crate::facts::FigureKind;
use crate::lexicon::FIGURE_WORDS;
use std::sync::LazyLock;

/// Words opening a converted amount (role `conversion` of `figure_words.txt`).
static CONVERSIONS: LazyLock<Vec<String>> = LazyLock::new(|| role(&FIGURE_WORDS, "conversion"));

/// What may stand between an amount and its conversion: `，`, brackets, spaces, and the `起`
/// of a starting price left out of its figure (`99美元起，约合…`).
const BETWEEN: [char; 7] = ['，', ',', '（', '(', ' ', '\u{3000}', '起'];

impl FigureExtractor {
    /// The subject of the amount before a converted amount at `start` of `s`.
    pub(super) fn converted_subject<'p>(
        &self,
        s: &str,
        start: usize,
        kind: FigureKind,
        prev: Option<PrevFigure<'p>>,
    ) -> Option<&'p str> {
        let prev = prev?;
        if kind != FigureKind::Money {
            return None;
        }
        let opens = |t: &str| CONVERSIONS.iter().any(|w| t.starts_with(w.as_str()));
        // The word is read into the figure's span (`约合人民币700元`) or stands before it.
        let gap = s.get(prev.end..start)?.trim_matches(BETWEEN);
        let converted = if gap.is_empty() { opens(s.get(start..)?) } else { CONVERSIONS.iter().any(|w| w == gap) };
        converted.then_some(prev.subject).flatten()
    }
}
