//! Subjects of figures laid out as a label and its value (`docs/FACTS.md` §4, *Figure
//! subjects*, round 59).
//!
//! **In:** a figure's span in its sentence, when the subject procedure named nothing.
//! **Out:** *label before a colon*: a figure right after `：` that closes its clause, with a
//! short noun phrase alone between the clause's start and the colon, measures what the label
//! names (`覆盖人群：12万人` → 覆盖人群, `项目总投资：3.5亿元；` → 项目总投资). Not a speaker
//! or a heading that ends in a verb (`他表示：…`), nor one ending in a verb of saying or
//! showing that the segmenter glued to a noun (`结果显示：98%`; role `report_verb`).
//!
//! **Guarantees:** never panics; reads only the clause before the colon and the character
//! after the figure.

use super::{is_delimiter, noun_ending_at, FigureExtractor};
use crate::extract::doc::Sentence;
use crate::text::{next_char, prev_char};

/// The longest label read before a colon, in characters.
const MAX_LABEL_CHARS: usize = 12;

impl FigureExtractor {
    /// *Label before a colon*: the noun phrase between the clause's start and a colon right
    /// before the figure (`start..end`), when the figure closes its clause.
    pub(super) fn colon_label(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        let s = sentence.text;
        let head = s[..start].trim_end_matches(' ');
        let colon = prev_char(head, head.len()).filter(|&c| c == '：' || c == ':')?;
        let label_end = head.len() - colon.len_utf8();
        if next_char(s, end).is_some_and(|c| !is_delimiter(c) && !c.is_whitespace()) {
            return None;
        }
        let label_start =
            s[..label_end].rfind(is_delimiter).map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
        let label = s[label_start..label_end].trim();
        let chars = label.chars().count();
        let han = label.chars().all(crate::text::is_han);
        let reports = self.subject.report_verb.closes(label);
        (han && !reports && (2..=MAX_LABEL_CHARS).contains(&chars) && noun_ending_at(sentence, label_end).is_some())
            .then(|| self.finish(label))
            .flatten()
    }
}
