//! Word automata that start cheap to build and become fast to search once a process has
//! searched enough text with them.
//!
//! **In:** a word list and a match kind. **Out:** [`WordAutomaton`], searched like an
//! [`AhoCorasick`] (`find`, `find_iter`) with the same matches whatever its stage.
//!
//! A contiguous NFA builds in a few million instructions but follows failure links at most
//! bytes of Chinese text; a DFA of the same words searches about three times faster but
//! costs some ten times more to build (a lexicon of a few hundred words: 3–30 M
//! instructions). A short process (one page, the cold start) would pay the DFA's build for
//! little text, a long one (a corpus run, a server) gains it back after about a megabyte.
//! So each automaton searches with its NFA until it has read [`DFA_AFTER_BYTES`], then
//! builds its DFA once (ski rental: the NFA's extra cost by then is about the DFA's build)
//! and searches with that. Both are built from the same words and match kind, so every
//! search finds the same matches in either stage.

use aho_corasick::{AhoCorasick, AhoCorasickKind, FindIter, Match, MatchKind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Bytes an automaton searches with its NFA before it builds its DFA.
pub(crate) const DFA_AFTER_BYTES: usize = 1 << 20;

/// An Aho–Corasick automaton over a word list: a contiguous NFA first, a DFA after
/// [`DFA_AFTER_BYTES`] of text (see the module notes). `Send + Sync`: threads share the
/// count and the DFA.
#[derive(Debug)]
pub(crate) struct WordAutomaton {
    words: Vec<String>,
    match_kind: MatchKind,
    nfa: AhoCorasick,
    dfa: OnceLock<AhoCorasick>,
    /// Bytes searched with the NFA so far (all threads).
    searched: AtomicUsize,
}

impl WordAutomaton {
    /// The automaton of `words` (pattern ids are positions in this list).
    pub(crate) fn new<W: AsRef<str>>(words: impl IntoIterator<Item = W>, match_kind: MatchKind) -> Self {
        let words: Vec<String> = words.into_iter().map(|w| w.as_ref().to_string()).collect();
        let nfa = Self::build(&words, match_kind, AhoCorasickKind::ContiguousNFA);
        WordAutomaton { words, match_kind, nfa, dfa: OnceLock::new(), searched: AtomicUsize::new(0) }
    }

    fn build(words: &[String], match_kind: MatchKind, kind: AhoCorasickKind) -> AhoCorasick {
        AhoCorasick::builder().match_kind(match_kind).kind(Some(kind)).build(words).expect("word automaton builds")
    }

    /// The automaton to search `len` bytes with: the DFA once built, else the NFA (which
    /// counts the bytes and builds the DFA when they pass [`DFA_AFTER_BYTES`]).
    fn searcher(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER_BYTES {
            return &self.nfa;
        }
        self.dfa.get_or_init(|| Self::build(&self.words, self.match_kind, AhoCorasickKind::DFA))
    }

    /// The first match in `haystack` (as [`AhoCorasick::find`]).
    pub(crate) fn find(&self, haystack: &str) -> Option<Match> {
        self.searcher(haystack.len()).find(haystack)
    }

    /// The matches in `haystack`, in order (as [`AhoCorasick::find_iter`]).
    pub(crate) fn find_iter<'a, 'h>(&'a self, haystack: &'h str) -> FindIter<'a, 'h> {
        self.searcher(haystack.len()).find_iter(haystack)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DFA, once built, finds what the NFA found, and is built only after enough text.
    #[test]
    fn both_stages_find_the_same() {
        let words = ["卫生", "卫生健康委员会", "委员会", "中心"];
        let auto = WordAutomaton::new(words, MatchKind::LeftmostLongest);
        let text = "临江市卫生健康委员会和青禾县疾病预防控制中心召开会议。";
        let spans =
            |a: &WordAutomaton| a.find_iter(text).map(|m| (m.pattern().as_usize(), m.span())).collect::<Vec<_>>();
        let before = spans(&auto);
        assert!(auto.dfa.get().is_none());
        assert_eq!(before.len(), 2);
        let long = text.repeat(DFA_AFTER_BYTES / text.len() + 1);
        assert_eq!(auto.find(&long).map(|m| m.pattern().as_usize()), Some(1));
        assert!(auto.dfa.get().is_some());
        assert_eq!(spans(&auto), before);
        assert_eq!(auto.find("青禾县中心").map(|m| m.span()), Some((9..15).into()));
    }
}
