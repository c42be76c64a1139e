//! A name standing alone: no title, no verb of saying, no body around it, read because the
//! segmenter and the learned tagger both read it as a person's name and it stands where a
//! name stands (`捐赠人为甲、乙、丙`, `甲、乙荣获一等奖`, `，甲已经走到台前`).
//!
//! **In:** a sentence, the index of the segmenter's person-tagged token that ends the
//! candidate (or of the given name after a one-character surname token the segmenter cut
//! off: `赵` + `某辉`), the candidate's span (sentence coordinates), the reading so far.
//! **Out:** whether the candidate is a person.
//!
//! The candidate must
//! - open after a boundary (the sentence's start, punctuation other than a quotation or
//!   book-title mark, a link of `[standalone_after]` in `lexicon/person_roles.txt`) or right
//!   after a body the institutions stage read (`某研究所甲`);
//! - close before a boundary or a verb, an adverb, a preposition or a conjunction (jieba's
//!   `v`, `d`, `p`, `c`: `甲回忆`, `甲已经`, `甲对乙说`) — so no word continues it into a road,
//!   a product or a common noun (`某某大道`, `某某作业本`) — or be the last item of a list
//!   after `、` (`甲、乙荣获…`, whatever tag the segmenter gives the next word);
//! - be the tagger's person name, exactly (its span starts and ends there);
//! - have list neighbours that are names too: the item right before and right after it across
//!   `、` (a bracketed note after an item skipped: `甲（2017年）、乙`) must each be a plausible
//!   name the tagger reads as a person, so a list of places or plants is no list of people
//!   (`俄罗斯、乔治亚`, `杨柳、白桦`).
//!
//! Cost: only segmenter person tokens that no other rule read ask the tagger, once for the
//! name and once per list neighbour, each on a window of a few tokens.
//!
//! A list of names (`listed_names`, after the pass above): a `、`-list of
//! [`MIN_LISTED_NAMES`] items or more, every item a plausible name (a bracketed note after
//! one skipped: `甲（2017年）`), is a list of people when the tagger reads every item as a
//! person's name, exactly, but at most one item between two `、` (`甲、乙、丙、丁` with 丙
//! unread, or read as a place by the segmenter). A list of places or common words
//! (`高度、王国、金额`) has no such run of people. Cost: sentences with a `、` only; the
//! plausibility of the items between commas is checked before the tagger is asked.

use super::index::SentenceOrgs;
use super::{
    body_served_after, body_written_before, name_before_post_adverb, Drafts, PersonExtractor, Reading, NEXT_TAGS,
};
use crate::extract::doc::Sentence;
use crate::extract::evidence;
use crate::extract::quotes;
use crate::segment::{is_person_tag, Token};
use crate::span::Span;
use crate::text::{is_cjk_punctuation, is_han, next_char, past_bracket, prev_char, LIST_COMMA};

/// jieba tags of words that are no given name: verb, adverb, preposition, conjunction,
/// particle, pronoun, numeral, measure word, and a common noun (`冯` + `警官`).
const NOT_GIVEN_TAGS: [&str; 9] = ["v", "d", "p", "c", "u", "r", "m", "q", "n"];

/// Most characters of a bracketed note after a list item (`（2017年）`, `（化名）`).
const MAX_NOTE_CHARS: usize = 16;

/// Characters that end a list item besides punctuation: the links of a list and `等`.
const ITEM_END_WORDS: [char; 4] = ['和', '与', '及', '等'];

/// Fewest items of a `、`-list read whole as people by [`PersonExtractor::listed_names`].
const MIN_LISTED_NAMES: usize = 3;

/// A boundary around a name: punctuation or a space, but not a quotation or book-title mark
/// (a quoted word is a term, not a person: `“黄金某”`).
fn boundary(c: char) -> bool {
    (c.is_ascii_punctuation() || c.is_whitespace() || is_cjk_punctuation(c)) && !quotes::is_mark(c)
}

/// Where a list item ends: punctuation, a space, a list link or `等`.
fn item_end(c: char) -> bool {
    c.is_ascii_punctuation() || c.is_whitespace() || is_cjk_punctuation(c) || ITEM_END_WORDS.contains(&c)
}

/// The start of a bracketed note that closes `text[..end]` (`甲（2017年）`), else `end`.
fn before_note(text: &str, end: usize) -> usize {
    let head = &text[..end];
    if !head.ends_with(['）', ')']) {
        return end;
    }
    head.rfind(['（', '(']).unwrap_or(end)
}

/// The item between the list commas at `comma` and `next`, without a bracketed note closing it.
fn middle_item(text: &str, comma: usize, next: usize) -> Span {
    let start = comma + LIST_COMMA.len();
    Span::new(start, before_note(text, next).max(start))
}

impl PersonExtractor {
    /// Last pass: the segmenter's person-tagged tokens that no other rule read, taken where
    /// they stand alone; the organization is a body written right before the name, or the one
    /// it works at right after (`甲在某医院工作`).
    pub(super) fn standalone_names(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        for (k, t) in sentence.tokens.iter().enumerate() {
            let tagged = is_person_tag(t.tag) && self.plausible_any(t.text);
            let Some(last) = (if tagged { Some(k) } else { self.split_name_end(sentence, k) }) else { continue };
            let sp = Span::new(t.span.start - r.base, sentence.tokens[last].span.end - r.base);
            let sp = name_before_post_adverb(text, sp);
            if r.taken(sp) || r.orgs.overlaps(sp) || !self.standalone_name(sentence, last, sp, &r.orgs) {
                continue;
            }
            let org = body_written_before(text, sp, r).or_else(|| body_served_after(text, sp.end, &r.orgs));
            r.named.push(sp);
            drafts.add(sp.slice(text), Vec::new(), org, sp.shift(r.base));
        }
    }

    /// Pass after [`Self::standalone_names`]: the items of `、`-lists of names (see the
    /// module's contract) that no other rule read, with no title and no organization.
    pub(super) fn listed_names(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        let commas: Vec<usize> = text.match_indices(LIST_COMMA).map(|(i, _)| i).collect();
        let mut k = 0;
        while k < commas.len() {
            let mut last = k;
            while commas
                .get(last + 1)
                .is_some_and(|&next| self.plausible(middle_item(text, commas[last], next).slice(text)))
            {
                last += 1;
            }
            for sp in self.list_of_names(sentence, &commas[k..=last]).unwrap_or_default() {
                if !r.taken(sp) {
                    r.named.push(sp);
                    drafts.add(sp.slice(text), Vec::new(), None, sp.shift(r.base));
                }
            }
            k = last + 1;
        }
    }

    /// The items of the list joined by `commas` (their items between commas plausible
    /// names): the tagger's person ending the first item and opening the last, then the
    /// items between; `None` unless [`MIN_LISTED_NAMES`] items or more and the tagger reads
    /// all of them but one item between commas.
    fn list_of_names(&self, sentence: &Sentence<'_>, commas: &[usize]) -> Option<Vec<Span>> {
        let (text, base) = (sentence.text, sentence.span.start);
        let (&first_comma, &last_comma) = (commas.first()?, commas.last()?);
        if commas.len() + 1 < MIN_LISTED_NAMES {
            return None;
        }
        let name = |p: &Span| self.plausible(p.slice(text));
        let first =
            evidence::person_ending_at(text, &sentence.tokens, base, before_note(text, first_comma)).filter(name)?;
        let last = evidence::person_at(text, &sentence.tokens, base, last_comma + LIST_COMMA.len()).filter(name)?;
        let middle: Vec<Span> = commas.windows(2).map(|w| middle_item(text, w[0], w[1])).collect();
        let unread = middle.iter().filter(|&&sp| !self.tagged_person(sentence, sp)).count();
        (unread <= 1).then(|| std::iter::once(first).chain(middle).chain(std::iter::once(last)).collect())
    }

    /// The token that ends a name the segmenter cut after its surname (`赵` + `某辉`): token
    /// `k` is one Han character, the next one or two Han characters that are no function
    /// word nor common noun, and the two make a plausible name not opening after `的`.
    /// (The tagger must still read it exactly.)
    fn split_name_end(&self, sentence: &Sentence<'_>, k: usize) -> Option<usize> {
        let (t, next) = (&sentence.tokens[k], sentence.tokens.get(k + 1)?);
        // Exactly `n` Han characters, read no further than `n + 1` (asked for every token).
        let han = |w: &str, n: usize| {
            let mut chars = w.chars();
            (0..n).all(|_| chars.next().is_some_and(is_han)) && chars.next().is_none()
        };
        // Most tokens are no one-character surname: nothing more to read.
        if !(han(t.text, 1) && self.surnames.contains(t.text)) {
            return None;
        }
        let given = (han(next.text, 1) || han(next.text, 2)) && !NOT_GIVEN_TAGS.contains(&next.tag);
        let (start, end) = (t.span.start - sentence.span.start, next.span.end - sentence.span.start);
        // Not after `的`, which opens a noun as often as a name (`同岁的周` + `某兰`).
        let opens = !sentence.text[..start].ends_with('的');
        let name = sentence.text.get(start..end)?;
        (han(t.text, 1) && given && opens && self.plausible(name)).then_some(k + 1)
    }

    /// True when token `k` of `sentence`, read as `sp`, is a name standing alone.
    fn standalone_name(&self, sentence: &Sentence<'_>, k: usize, sp: Span, orgs: &SentenceOrgs<'_>) -> bool {
        self.standalone_position(sentence.text, sp, sentence.tokens.get(k + 1), orgs)
            && self.tagged_name(sentence, sp)
            && self.list_neighbours_are_names(sentence, sp)
    }

    /// The name opens after a boundary, a link or a body and closes before a boundary or a
    /// verb, adverb, preposition or conjunction.
    fn standalone_position(&self, text: &str, sp: Span, next: Option<&Token<'_>>, orgs: &SentenceOrgs<'_>) -> bool {
        let before = &text[..sp.start];
        let opens = prev_char(text, sp.start).map_or(true, boundary)
            || self.standalone_links.iter().any(|w| before.ends_with(w.as_str()))
            || orgs.ending_at(sp.start).is_some();
        // The last item of a list of names (`甲、乙荣获…`) closes whatever the segmenter made
        // of the next word; its neighbour must be a name ([`Self::list_neighbours_are_names`]).
        let closes = next_char(text, sp.end).map_or(true, boundary)
            || next.is_some_and(|t| NEXT_TAGS.contains(&t.tag))
            || before.ends_with(LIST_COMMA);
        opens && closes
    }

    /// A plausible name the tagger reads as a person's, exactly `sp`.
    fn tagged_name(&self, sentence: &Sentence<'_>, sp: Span) -> bool {
        self.plausible_any(sp.slice(sentence.text)) && self.tagged_person(sentence, sp)
    }

    /// The items beside `sp` across `、` are names too: the tagger reads a plausible person's
    /// name ending the item before (after its last link or punctuation: `捐赠人为甲、乙`) and
    /// opening the item after.
    fn list_neighbours_are_names(&self, sentence: &Sentence<'_>, sp: Span) -> bool {
        let (text, base) = (sentence.text, sentence.span.start);
        let name = |p: Span| self.plausible_any(p.slice(text));
        let after = past_bracket(text, sp.end, MAX_NOTE_CHARS);
        let next_ok = text[after..].strip_prefix(LIST_COMMA).map_or(true, |rest| {
            let start = text.len() - rest.len();
            let end = rest.find(item_end).map_or(text.len(), |i| start + i);
            evidence::person_at(text, &sentence.tokens, base, start).is_some_and(|p| p.end <= end && name(p))
        });
        let prev_ok = text[..sp.start].strip_suffix(LIST_COMMA).map_or(true, |head| {
            let end = before_note(text, head.len());
            let start = text[..end].rfind(item_end).map_or(0, |i| i + next_char(text, i).map_or(0, char::len_utf8));
            evidence::person_ending_at(text, &sentence.tokens, base, end).is_some_and(|p| p.start >= start && name(p))
        });
        next_ok && prev_ok
    }
}
