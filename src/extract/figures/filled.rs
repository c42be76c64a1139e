//! Subjects for figures the procedure left empty (`docs/FACTS.md` §4, *Figure subjects*,
//! round 63): shapes of fresh text where no metric stands before the number and no noun
//! after it, yet the clause says what is counted.
//!
//! **In:** a figure's span in its sentence, its unit and kind, when the subject procedure
//! named nothing. **Out:**
//! - *act of a total*: a verb whose object is the number (role `object_link`: `接诊`,
//!   `服务`, `救治`) right after an adverb of a total (roles `total`, `cumulative`) and right
//!   before the number is the act counted, like any verb without an object (`义诊当天，共接诊
//!   120余人次` → 接诊; `累计服务800人次` → 累计服务, the cumulative word kept as in
//!   `累计投入`). Without the adverb the verb's agent stands before it and nothing is named
//!   (`每年门诊服务约六百万人次`).
//!
//! **Guarantees:** never panics; reads only the words right before the figure.

use super::{token_boundary, FigureExtractor};
use crate::extract::doc::Sentence;

impl FigureExtractor {
    /// The first of the rules above that names something for the figure at `start`.
    pub(super) fn filled_subject(&self, sentence: &Sentence<'_>, start: usize) -> Option<String> {
        self.total_act(sentence, start)
    }

    /// *Act of a total*: `共`/`累计` + a verb of role `object_link` right before `start`.
    fn total_act(&self, sentence: &Sentence<'_>, start: usize) -> Option<String> {
        let head = &sentence.text[..start];
        let verb = self
            .subject
            .object_link
            .iter()
            .filter(|w| head.ends_with(w.as_str()))
            .max_by_key(|w| w.len())?;
        let at = head.len() - verb.len();
        let before = &head[..at];
        let adverb = |words: &[String]| {
            words.iter().find(|w| before.ends_with(w.as_str()) && token_boundary(sentence, at - w.len())).cloned()
        };
        if !token_boundary(sentence, at) {
            return None;
        }
        if let Some(c) = adverb(&self.subject.cumulative) {
            return self.finish(&head[at - c.len()..]);
        }
        adverb(&self.subject.total).and_then(|_| self.finish(verb))
    }
}
