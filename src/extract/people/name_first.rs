//! A name written before its post: `张三，某医院院长，…`, `张三——某中心主任——…`,
//! `张三是某医院的医生`, and the subject of a short biography (`张三，男，…，现任某医院院长`).
//!
//! **In:** a sentence being read, with its institutions and the names read so far.
//! **Out:** drafts of the names found, with the titles and the body of the post after them.
//!
//! The post is read backwards from a title that ends a clause, like a chain before a name
//! ([`PersonExtractor::title_chain_at`]); it must name a body. Right before the chain stands
//! a link (`，`, `——`, `是`, `现任`), and before the link the name, opening its clause.

use super::index::Drafts;
use super::{han_run_before, PersonExtractor, Reading};
use crate::extract::doc::Sentence;
use crate::extract::evidence;
use crate::span::Span;
use crate::text::is_han;

/// What may follow a post that ends its clause.
const POST_ENDS: [char; 7] = ['，', ',', '。', '；', '—', '！', '）'];

/// Links between a name and the post written after it, longest first: a comma or a dash
/// (`张三，某医院院长`), a copula (`张三是某医院的医生`), a verb of holding a post.
const LINKS: [&str; 9] = ["——", "现任", "现为", "担任", "，", ",", "—", "是", "系"];

/// Links of a biography's post (`张三，男，…，现任某医院院长`): the subject opens the sentence.
const BIOGRAPHY_LINKS: [&str; 2] = ["现任", "现为"];

/// Notes of sex after a biography's subject (`张三，男，`).
const SEX_NOTES: [&str; 4] = ["，男", "，女", "（男", "（女"];

/// Longest name (characters) before a link.
const MAX_NAME_CHARS: usize = 4;

impl PersonExtractor {
    /// Pass 2d: names written before their post (see the module's note).
    pub(super) fn names_before_posts(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        let mut found = Vec::new();
        for m in self.title_ac.find_iter(text) {
            let after = &text[m.end()..];
            if !(after.is_empty() || after.starts_with(POST_ENDS)) {
                continue;
            }
            let (titles, org, pos) = self.title_chain_at(text, m.start(), m.end(), &r.orgs);
            if org.is_none() {
                continue;
            }
            let before = &text[..pos];
            let Some(link) = LINKS.iter().find(|l| before.ends_with(*l)) else { continue };
            let linked = &before[..before.len() - link.len()];
            let name = self
                .name_ending_clause(sentence, linked)
                .or_else(|| BIOGRAPHY_LINKS.contains(link).then(|| self.biography_subject(sentence)).flatten());
            if let Some(name) = name.filter(|&n| !r.taken(n)) {
                found.push((name, titles, org));
            }
        }
        for (name, titles, org) in found {
            if !r.taken(name) {
                r.named.push(name);
                drafts.add(name.slice(text), titles, org, name.shift(r.base));
            }
        }
    }

    /// The name that ends `before` and opens its clause (after punctuation or at the
    /// sentence's start): two to four Han characters, a plausible name the tagger reads as
    /// a person too.
    fn name_ending_clause(&self, sentence: &Sentence<'_>, before: &str) -> Option<Span> {
        let run = han_run_before(before, MAX_NAME_CHARS + 1);
        let start = before.len() - run;
        let opens = before[..start].chars().next_back().map_or(true, |c| !is_han(c));
        let sp = Span::new(start, before.len());
        (opens && self.plausible(sp.slice(sentence.text)) && self.tagged_person(sentence, sp)).then_some(sp)
    }

    /// The subject of a biography opening the sentence: a name followed by a note of sex.
    fn biography_subject(&self, sentence: &Sentence<'_>) -> Option<Span> {
        let text = sentence.text;
        let start = text.len() - text.trim_start().len();
        let (note, _) = SEX_NOTES.iter().filter_map(|n| text[start..].find(n).map(|i| (start + i, n))).min()?;
        let sp = Span::new(start, note);
        let n = sp.slice(text).chars().count();
        ((2..=MAX_NAME_CHARS).contains(&n) && self.plausible(sp.slice(text))).then_some(sp)
    }

    /// True when the learned tagger reads a person's name at exactly `sp`.
    fn tagged_person(&self, sentence: &Sentence<'_>, sp: Span) -> bool {
        evidence::person_at(sentence.text, &sentence.tokens, sentence.span.start, sp.start) == Some(sp)
    }
}
