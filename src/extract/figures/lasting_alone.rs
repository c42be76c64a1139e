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
    /// `words` without the verbs of lasting and adverbs closing them (`手术过程持续` →
    /// 手术过程), or none when a verb of lasting is all they hold (`历时`).
    pub(super) fn strip_lasting<'t>(&self, words: &'t str) -> Option<&'t str> {
        let mut t = words;
        while let Some(w) = self
            .subject
            .duration_link
            .iter()
            .chain(&self.subject.function)
            .find(|w| t.len() > w.len() && t.ends_with(w.as_str()))
        {
            t = &t[..t.len() - w.len()];
        }
        (!self.lasting_verb_alone(t)).then_some(t)
    }

    /// True when `words` is a verb of lasting alone (`历时`, `持续`).
    fn lasting_verb_alone(&self, words: &str) -> bool {
        words.len() <= 3 * 3 && self.subject.duration_link.has(words)
    }
}
