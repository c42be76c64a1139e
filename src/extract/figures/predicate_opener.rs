//! Conjunctions after a counted noun that open the clause's predicate (`docs/FACTS.md` §4,
//! *Figure subjects*, step 1: the noun phrase after the measure word ends before a verb, an
//! adverb or a preposition; round 63).
//!
//! **In:** one token of the noun phrase read after a count, once the phrase has a word, and
//! the tag of the token after it.
//! **Out:** true when the token is a *clause conjunction*: a conjunction that joins clauses or
//! predicates, not nouns (`并`, `但`, `而`; the tagger's `c` outside the `and`/`or` rows of
//! `conjunctions.txt`) and not before a noun (a predicate word of role `stop` the tagger calls
//! a noun is none: `并投入使用`) — so the phrase ends before it, whatever the
//! tagger calls the predicate after it (`新建15所村卫生室并投入使用` → 村卫生室,
//! `10家药店但无一家违规` → 药店, `3000名学生只有一个食堂` → 学生). Before a noun the
//! conjunction may join two nouns of one term (`14例流感并肺炎重症病例`), left as it was.
//!
//! **Guarantees:** never panics; reads the two tags and, for a conjunction, the short list
//! of noun-joining conjunctions: a few comparisons per token of a phrase.

use super::FigureExtractor;

impl FigureExtractor {
    /// True when `word` (tagged `tag`; `next`: the next token's word and tag) opens the predicate
    /// after a noun phrase has begun.
    pub(super) fn opens_predicate(&self, word: &str, tag: &str, next: (&str, &str)) -> bool {
        if tag != "c" || self.subject.conjunctions.has(word) {
            return false;
        }
        let (next_word, next_tag) = next;
        !next_tag.starts_with('n') || self.subject.stop.has(next_word)
    }
}
