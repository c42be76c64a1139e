//! Verbs the tagger calls nouns (`docs/FACTS.md` §4, *Figure subjects*: the subject is read
//! off the sentence's structure, never off a tagger's guess at a word's class; steps 1 and 4).
//!
//! **In:** one token of a noun phrase read after a count, or of a metric read before one.
//! **Out:** true when the token is a verb the tagger calls something else (role `noun_verb`
//! of `subject_words.txt`: `选派`, `轮训`, `助力` come out as nouns). Such a verb is read as a
//! verb: after a counted noun it opens the predicate (`12名青年医师助力义诊` → 青年医师, as
//! `12名青年医师参加义诊`), and before the number it is the clause's predicate whose object is
//! counted (`青禾县选派骨干医师20名` → 骨干医师, as `青禾县派出骨干医师20名`). Before a noun
//! right after a count it still describes it (`15支助力小分队` stays whole: the noun has not
//! begun), and the verbs that take no object (role `intransitive`: `驻村`) are no predicate
//! of an object.
//!
//! **Guarantees:** never panics. Cost: a tag test per token, then a scan of a short list
//! (a few dozen words) only for tokens the tagger does not call verbs.

use super::{role, FigureExtractor};
use crate::lexicon::SUBJECT_WORDS;
use std::sync::LazyLock;

/// Verbs the tagger calls nouns (role `noun_verb` of `subject_words.txt`).
static NOUN_VERBS: LazyLock<Vec<String>> = LazyLock::new(|| role(&SUBJECT_WORDS, "noun_verb"));

impl FigureExtractor {
    /// True when `word`, tagged `tag`, is a verb: the tagger's verbs (`v…`, not the verbal
    /// nouns `vn`) and the verbs of role `noun_verb` whatever it calls them.
    pub(super) fn is_verb_word(&self, word: &str, tag: &str) -> bool {
        tag.starts_with('v') && tag != "vn" || self.called_noun(word, tag)
    }

    /// True when `word` is a verb of role `noun_verb` the tagger, with `tag`, calls no verb.
    pub(super) fn called_noun(&self, word: &str, tag: &str) -> bool {
        !tag.starts_with('v') && NOUN_VERBS.iter().any(|w| w == word)
    }
}
