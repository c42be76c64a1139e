//! *Verb after its agent*: a metric before the number that is a verb alone, after the person
//! or body doing it and the adverbials of the clause (`docs/FACTS.md` §4, *Figure subjects*,
//! step 5: the clause's agent, time words and adverbs go; step 4: a verb without an object
//! is itself the metric).
//!
//! **In:** the metric cut out of its clause before a number (`t[from..]`, a slice of the
//! sentence at `off`), once its start is found.
//! **Out:** where the verb starts when the words before it are an *agent* — people (a name,
//! a pronoun, a noun of people or a surname and a form of address: `王阿姨`, `患者`,
//! `村医老王`) or a body (`该院`, `青禾县人民医院`) — then *adverbials* (adverbs, modals, time
//! words, frequencies: `最终`, `今年`, `每天`) and a passive `被` kept with its verb
//! (`王阿姨最终被骗走3万元` → 被骗走, `患者每次自付约30元` → 自付, `陈阿姨每周透析3次` → 透析).
//! After a passive `被` whatever stands before it goes, agent or not (`自称被诈骗5万元` → 被诈骗).
//! An agent needs an adverbial after it or a name in it: people right before a verb may be
//! those counted (`居民预约挂号`), and a common noun before a time word and a verb names the
//! metric with the verb (`医保基金今年支出` → 医保基金支出: no agent of people or body).
//!
//! **Guarantees:** never panics; reads at most the last eight tokens of the metric, only when
//! the metric's last token is a verb of two characters or more (a tag test first).

use super::FigureExtractor;
use crate::extract::doc::Sentence;
use crate::lexicon::PERSON_HONORIFICS;
use crate::segment::Token;
use std::sync::LazyLock;

/// Forms of address ending an unnamed reference (`阿姨`, `女士`; `person_honorifics.txt`).
static ADDRESS: LazyLock<Vec<String>> = LazyLock::new(|| PERSON_HONORIFICS.words().map(str::to_string).collect());

/// Most tokens read before the verb.
const MAX_TOKENS: usize = 8;

impl FigureExtractor {
    /// The span in `t` of the verb closing `t[from..]` (with its `被`, without a closing
    /// `了`) when only its agent and adverbials stand before it, else `None`.
    pub(super) fn verb_after_agent(
        &self,
        sentence: &Sentence<'_>,
        off: usize,
        t: &str,
        from: usize,
    ) -> Option<(usize, usize)> {
        let base = sentence.span.start + off;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        let toks: Vec<&Token<'_>> =
            sentence.tokens[first..].iter().take_while(|x| x.span.end <= base + t.len()).collect();
        // 老人最终报销了: the aspect particle closing the clause leaves the verb.
        let toks = match toks.split_last() {
            Some((x, rest)) if x.text == "了" && x.span.end == base + t.len() => rest,
            _ => &toks[..],
        };
        let (verb, before) = toks.split_last()?;
        let is_verb = self.is_verb_word(verb.text, verb.tag);
        let listed = self.subject.link.has(verb.text) || self.subject.cut.has(verb.text);
        // 该院今年投资: after a body and an adverbial a verbal noun is the verb too.
        // 最终被诈骗: after a passive `被` likewise.
        let verbal = verb.tag == "vn"
            && (before.iter().any(|x| self.common_agent(x) || x.text.starts_with('该'))
                || before.last().is_some_and(|x| x.text == "被"));
        // 被骗走: the passive stays with its verb (one character after `被` too: 被骗).
        let passive = before.last().is_some_and(|x| x.text == "被");
        if !(is_verb || verbal) || verb.text.chars().count() < 2 && !passive || listed {
            return None;
        }
        if before.is_empty() || before.len() > MAX_TOKENS || before[0].span.start != base + from {
            return None;
        }
        let before = if passive { &before[..before.len() - 1] } else { before };
        // 称被诈骗, 层层套路被骗走: what suffered the act stands before `被`, with the clause's
        // adverbials, verbs of saying and manner; none of it is the act.
        if passive && !before.is_empty() {
            return Some((toks[before.len()].span.start - base, verb.span.end - base));
        }
        let adverbials = before.iter().rev().take_while(|x| self.adverbial(x)).count();
        let agent = &before[..before.len() - adverbials];
        let named = agent.iter().any(|x| x.tag == "nr");
        // 最终被骗走: adverbials alone before the verb go too when an adverb or a modal is
        // among them, but a time word or a rate base alone names the metric's period or
        // base (`当期结存`, `每人补助` stay whole).
        let adverb = before[agent.len()..].iter().any(|x| x.tag == "d" || self.is_modal(x.text));
        let licensed = if agent.is_empty() { adverbials > 0 && (passive || adverb) } else { adverbials > 0 || named };
        let ok = licensed && self.agent_words(agent);
        // The index of `被`, else of the verb.
        let start = before.len();
        ok.then(|| (toks[start].span.start - base, verb.span.end - base))
    }

    /// True when `x` is an adverbial of the clause: an adverb, a modal, a time word
    /// (`今年`, `以前`), a frequency (`每天`, `每次`); not a cumulative word, which stays with
    /// its verb (`累计投入`).
    fn adverbial(&self, x: &Token<'_>) -> bool {
        x.tag == "d" && !self.is_cumulative(x.text)
            || matches!(x.tag, "t" | "f") && x.text.chars().count() >= 2
            || x.tag == "r" && x.text.starts_with('每')
            || self.is_modal(x.text)
    }

    /// True when `agent` is people or a body: names, pronouns, nouns of people, a surname of
    /// one character before a form of address (`张` + `大爷`), a body (`该院`, `…医院`).
    fn agent_words(&self, agent: &[&Token<'_>]) -> bool {
        let address = |w: &str| ADDRESS.iter().any(|a| w.ends_with(a.as_str()));
        agent.iter().enumerate().all(|(j, x)| {
            // 张 + 大爷; 青禾 + 县 + 人民医院: a character the segmenter left alone in a name.
            let single = x.text.chars().count() == 1 && x.tag.starts_with(['n', 'z', 'q']);
            let surname = single && agent.get(j + 1).is_some_and(|n| address(n.text) || self.common_agent(n));
            // 村医老王, 市民张女士: a noun right before a name is the person's title.
            let title = x.tag.starts_with('n') && agent.get(j + 1).is_some_and(|n| n.tag == "nr");
            matches!(x.tag, "nr" | "r") && !x.text.starts_with('每')
                || x.tag.starts_with('n') && (self.names_people(x.text) || address(x.text))
                || self.common_agent(x)
                || surname
                || title
        })
    }
}
