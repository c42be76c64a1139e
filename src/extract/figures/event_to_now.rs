//! *Event to now*: a duration closing a time frame to now (`来`/`以来` right after it) after a
//! noun and the verb of an event counts the time since that event, as an anniversary counts
//! from one (`docs/FACTS.md` §4, *Figure subjects*, step 7: `卫生站开业两年来` → 卫生站开业;
//! round 64: `青禾县胸痛中心成立五年来` → 青禾县胸痛中心成立, `新院区启用两年来` → 新院区启用).
//!
//! **In:** the sentence and the byte span of a duration figure in it.
//! **Out:** true when the frame closes right after the duration (or `后`/`以后` opens one:
//! `医共体改革推开两年后` → 医共体改革推开), the word right before the
//! duration (past adverbs of the `function` list: `已`) is a verb of one token the tagger
//! calls `v`, and the word before that verb is a noun that names no person — so the clause
//! before is read whole like an anniversary's event. A clause ending in a noun
//! (`从事护理工作29年来`) is read as before; a verb after a person or a pronoun (`他工作三十年来`)
//! or after no word of the clause (`，坚持三十年来`) names no event here.
//!
//! **Guarantees:** never panics; one suffix test on the text first (`来`), then a binary
//! search over the tokens and two tag tests: run once per duration figure.

use super::{before_frame_to_now, FigureExtractor};
use crate::extract::doc::Sentence;
use crate::segment::is_person_tag;

impl FigureExtractor {
    /// True when the duration at `start..end` counts the time since the event its clause
    /// names by a noun and a verb.
    pub(super) fn event_to_now(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> bool {
        if before_frame_to_now(sentence.text, end) != Some(false) && !after_event(sentence.text, end) {
            return false;
        }
        let mut at = sentence.span.start + start;
        let k = sentence.tokens.partition_point(|t| t.span.end <= at);
        let mut toks = sentence.tokens[..k].iter().rev();
        let verb = loop {
            match toks.next() {
                Some(t) if t.span.end == at && self.is_function(t.text) => at = t.span.start,
                Some(t) if t.span.end == at => break t,
                _ => return false,
            }
        };
        let Some(noun) = toks.next().filter(|t| t.span.end == verb.span.start) else { return false };
        verb.tag == "v"
            && !self.is_function(verb.text)
            && (noun.tag.starts_with('n') || matches!(noun.tag, "j" | "vn"))
            && !is_person_tag(noun.tag)
    }
}

/// A frame after the time since an event: `后`/`以后` right after the duration, no `的` after it
/// (`医共体改革推开两年后，…`; not `两年后的今天`).
fn after_event(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    rest.strip_prefix("以后").or_else(|| rest.strip_prefix('后')).is_some_and(|r| !r.starts_with('的'))
}
