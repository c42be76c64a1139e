//! Negative shares and rates (`docs/FACTS.md` §4, *Dates and figures in fragments*, round 65).
//!
//! **In:** the position of a number in a sentence. **Out:** *negative share*: a minus sign
//! (`-`, `−`, `－`) right before a share or rate in % or ‰ (`常住人口增长率为-0.5‰`,
//! `同比增长-3.2%`) is the number's sign, when nothing of a word, a number or a code comes
//! before the sign (a clause's start, a link such as `为`, a colon, a bracket or a space):
//! the value is negative and the sign joins the span. A sign after a digit or a letter is a
//! range or a code (`20-30%`, `A-5%` stay as they were).
//!
//! **Guarantees:** never panics; a byte test on the character before the number first, the
//! number is scanned only after a minus sign.

use super::FigureExtractor;
use crate::extract::number;
use crate::text::{next_char, prev_char};

/// The minus signs a negative share may carry.
const MINUS_SIGNS: [char; 3] = ['-', '−', '－'];

impl FigureExtractor {
    /// The length of the minus sign right before the number at `i`, when it is that number's
    /// sign (see the module doc) and the number is a share in % or ‰.
    pub(super) fn negative_sign(&self, s: &str, i: usize) -> Option<usize> {
        let sign = prev_char(s, i).filter(|c| MINUS_SIGNS.contains(c))?;
        let at = i - sign.len_utf8();
        let before_ok = prev_char(s, at).map_or(true, |c| {
            (crate::text::is_han(c) || !crate::text::is_alphanumeric(c))
                && c != '.'
                && !number::is_chinese_numeral_char(c)
        });
        let n = number::scan(s, i).filter(|n| n.span.start == i)?;
        let share = next_char(s, n.span.end).is_some_and(|c| matches!(c, '%' | '％' | '‰'));
        (before_ok && share).then(|| sign.len_utf8())
    }
}
