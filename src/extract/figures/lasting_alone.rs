//! *Lasting verb alone*: a clause that holds only a verb of lasting before a duration
//! (`，历时4年建成…`, `，为期3年`) names nothing that lasted: the verb's object is the time
//! (`docs/FACTS.md` §4, *Figure subjects*, step 10: a verb whose object is the time names
//! none; round 64). With a noun before it the noun is what lasted (`改造工程历时3年` →
//! 改造工程), read as before.
//!
//! **In:** the words of a duration's clause once adverbs and verbs of lasting closing them
//! are dropped (the last such word stays when it is all the clause holds).
//! **Out:** true when those words are one verb of lasting (role `duration_link` of
//! `subject_words.txt`).
//!
//! **Guarantees:** never panics; a length test first, then one comparison per word of a
//! short list: run once per duration figure whose clause is read.

use super::FigureExtractor;

impl FigureExtractor {
    /// True when `words` is a verb of lasting alone (`历时`, `持续`).
    pub(super) fn lasting_verb_alone(&self, words: &str) -> bool {
        words.len() <= 3 * 3 && self.subject.duration_link.iter().any(|w| w == words)
    }
}
