//! *Existential in the approximation*: `有` glued into the approximation word that opens a
//! figure (`约有`, lexicon `approx_words.txt`) is the existential verb before the count as
//! much as a `有` written before it (`docs/FACTS.md` §4, *Figure subjects*, step 2 read as
//! in `有20间提供周末门诊` → 提供周末门诊; round 64: `全省约有30万人参加了大病保险` →
//! 参加了大病保险, as `全省有30万人参加了…`).
//!
//! **In:** the sentence text and the byte start of a figure (its approximation included).
//! **Out:** true when an existential word (role `existential`) closes the text before the
//! figure, or closes the Han characters that open the figure before its number.
//!
//! **Guarantees:** never panics; a few suffix tests on at most four characters: run once per
//! count figure.

use super::FigureExtractor;
use crate::extract::number;

impl FigureExtractor {
    /// True when an existential verb stands right before the number of the figure at `start`.
    pub(super) fn existential_before(&self, s: &str, start: usize) -> bool {
        let ends = |t: &str| self.subject.existential.closes(t);
        if ends(&s[..start]) {
            return true;
        }
        let lead: usize = s[start..]
            .chars()
            .take(4)
            .take_while(|&c| !number::is_digit(c) && !number::is_chinese_numeral_char(c))
            .map(char::len_utf8)
            .sum();
        lead > 0 && ends(&s[start..start + lead])
    }
}
