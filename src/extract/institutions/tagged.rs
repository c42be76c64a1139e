//! Names the learned tagger proposes (`super::evidence`), where the text vouches for them:
//! - an organization read right before a company's or an outlet's word
//!   (`lexicon/org_tagged_cues.txt`): a company named by its brand alone (`青禾董事长张某`,
//!   `某某旗下`), an outlet without its kind word (`某某记者`);
//! - an organization written as an item of a `、` list right beside a body the rules hold
//!   (`青禾、湖川医药有限公司`);
//! - an organization written right before one of its own acts (`[agent]` cues: `金禾银行发布`,
//!   `某某宣布`, `某某收购`); a sentence holding such cues is read by the tagger once, in one
//!   window from its first cue to its last (round 63: about one sentence in twenty-five of
//!   the realdev tune pages holds one).
//!
//! Any person's title as a cue, and any `、` of a list, were tried (round 62): they asked the
//! tagger so often that the pass cost a third more instructions, for three more names on the
//! web pages and none on realdev; so the cues are the rare words of companies and outlets.
//!
//! Names the rules already hold, generic words, and names ending in a suffix, a unit's
//! ending or a known body (the rules' call) are left.

use super::find::{Boundaries, Candidate, Group};
use super::lexicon::{InstitutionExtractor, NamedBody, PROPER_TAGS};
use crate::automaton::WordAutomaton;
use crate::extract::evidence;
use crate::facts::InstitutionKind;
use crate::segment::Token;
use crate::span::Span;
use crate::tagger::Kind;
use crate::text::LIST_COMMA;

/// Characters of a proposed name: a brand of two (`某某`) up to a long body's name.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=12;

impl InstitutionExtractor {
    /// Adds to `kept` (sorted by start) the tagger's organizations written right before a
    /// cue word or beside a body in a list, where no group is (`text` the sentence, `base`
    /// its start in the document).
    pub(super) fn tagged_bodies(&self, text: &str, tokens: &[Token<'_>], base: usize, kept: &mut Vec<Group>) {
        let site = Site { text, tokens, base, bounds: Boundaries::new(tokens) };
        let mut added: Vec<Group> = Vec::new();
        for (i, t) in tokens.iter().enumerate().skip(1) {
            let at = t.span.start;
            let Some(kind) = self.cue_at(&text[at..]) else { continue };
            if held_before(kept, base, at) || !self.may_end_name(&tokens[i - 1]) {
                continue;
            }
            let near = evidence::entities_near(text, tokens, 0, Span::new(at, t.span.end));
            if let Some(e) = near.iter().find(|e| e.kind == Kind::Org && e.span.end == at) {
                self.propose(&site, e.span, kind, kept, &mut added);
            }
        }
        for (at, _) in text.match_indices(LIST_COMMA) {
            let after = at + LIST_COMMA.len();
            let group_before = kept.iter().any(|g| g.span.end - base == at);
            let group_after = kept.iter().any(|g| g.span.start - base == after);
            // Only beside a body: asking the tagger at every comma of a page's lists cost
            // a fifth of the pass for one more name on the web pages (round 62).
            if !group_before && !group_after {
                continue;
            }
            let near = evidence::entities_near(text, tokens, 0, Span::new(at, after));
            let before = near.iter().find(|e| e.kind == Kind::Org && e.span.end == at).map(|e| e.span);
            let next = near.iter().find(|e| e.kind == Kind::Org && e.span.start == after).map(|e| e.span);
            if let Some(span) = before.filter(|_| group_after || next.is_some()) {
                self.propose(&site, span, InstitutionKind::Other, kept, &mut added);
            }
            if let Some(span) = next.filter(|_| group_before || before.is_some()) {
                self.propose(&site, span, InstitutionKind::Other, kept, &mut added);
            }
        }
        self.agent_bodies(&site, kept, &mut added);
        kept.extend(added);
        kept.sort_by_key(|g| g.span.start);
    }

    /// Adds to `added` the tagger's organizations written right before an organization's own
    /// act (`[agent]` cues: `青禾科技宣布…`, `湖川医药收购…`), where no group ends. The cues
    /// of a sentence are read in one window: the tagger runs once per sentence holding one.
    fn agent_bodies(&self, site: &Site<'_, '_>, kept: &[Group], added: &mut Vec<Group>) {
        let (text, tokens, base) = (site.text, site.tokens, site.base);
        // A cue of whole tokens (`发布`, not the `发布` of `发布会`).
        let cue_at = |at: usize| {
            self.agent_cues.longest_prefix(&text[at..]).is_some_and(|len| site.bounds.contains(&(at + len)))
        };
        let cues: Vec<usize> = (1..tokens.len())
            .filter(|&i| {
                let at = tokens[i].span.start;
                cue_at(at) && !held_before(kept, base, at) && self.may_end_name(&tokens[i - 1])
            })
            .collect();
        let (Some(&first), Some(&last)) = (cues.first(), cues.last()) else { return };
        let range = Span::new(tokens[first].span.start, tokens[last].span.end);
        let near = evidence::entities_near(text, tokens, 0, range);
        for at in cues.iter().map(|&i| tokens[i].span.start) {
            if let Some(e) = near.iter().find(|e| e.kind == Kind::Org && e.span.end == at) {
                self.propose(site, e.span, InstitutionKind::Other, kept, added);
            }
        }
    }

    /// Adds the tagger's name at `span` of `text` to `added` when it is proposable and no
    /// group holds any of it.
    fn propose(&self, site: &Site<'_, '_>, span: Span, kind: InstitutionKind, kept: &[Group], added: &mut Vec<Group>) {
        let (text, base) = (site.text, site.base);
        let name = span.slice(text);
        if !site.bounds.contains_span(span) || !self.proposable(name) || common_word(site.tokens, span) {
            return;
        }
        let span = span.shift(base);
        if kept.iter().chain(added.iter()).any(|g| g.span.overlaps(span)) {
            return;
        }
        let body = NamedBody { name: name.to_string(), kind };
        added.push(Group { span, members: vec![Candidate::named(span, name, &body)], named: true });
    }

    /// The kind a cue word at the start of `rest` vouches for: a company's or an outlet's
    /// word.
    fn cue_at(&self, rest: &str) -> Option<InstitutionKind> {
        if self.company_cues.longest_prefix(rest).is_some() {
            Some(InstitutionKind::Company)
        } else if self.media_cues.longest_prefix(rest).is_some() {
            Some(InstitutionKind::Media)
        } else {
            None
        }
    }

    /// False when no name the tagger may propose can end with the token `last` (a cheap test
    /// before the tagger is asked): every tail of its last token is a tail of the name.
    fn may_end_name(&self, last: &Token<'_>) -> bool {
        !last.text.is_empty() && self.open_ending(last.text)
    }

    /// A name the tagger may propose: of a name's length, no generic word, with an open
    /// ending (there the rules decide).
    fn proposable(&self, name: &str) -> bool {
        NAME_CHARS.contains(&name.chars().count()) && !self.generic_cores.contains(name) && self.open_ending(name)
    }

    /// True when `text` holds only Han characters, letters and digits and no tail of it is a
    /// suffix, a known body or a unit's ending.
    fn open_ending(&self, text: &str) -> bool {
        text.chars().all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric())
            && !ends_with_word(&self.suffix_ac, text)
            && !ends_with_word(&self.named_ac, text)
            && !self.unit_ends.iter().any(|u| text.ends_with(u.as_str()))
    }
}

/// The sentence a name is proposed in: its text, tokens (in its coordinates), start in the
/// document and token boundaries.
struct Site<'t, 'a> {
    text: &'t str,
    tokens: &'t [Token<'a>],
    base: usize,
    bounds: Boundaries,
}

/// True when a group of `kept` (document spans; the sentence starts at `base`) holds or ends
/// at the sentence's byte `at`: the rules hold the name before a cue there.
fn held_before(kept: &[Group], base: usize, at: usize) -> bool {
    kept.iter().any(|g| g.span.start - base < at && g.span.end - base >= at)
}

/// True when `span` is one token the segmenter reads as no proper name (`法院`, tag `n`):
/// a common word, where a brand is a proper noun (`nz`, `nt`, …) or a word of Latin letters.
fn common_word(tokens: &[Token<'_>], span: Span) -> bool {
    tokens.iter().any(|t| t.span == span && !PROPER_TAGS.contains(&t.tag))
}

/// True when a word of `words` (a leftmost-longest automaton) ends `name`: some tail of it
/// is one whole word.
fn ends_with_word(words: &WordAutomaton, name: &str) -> bool {
    name.char_indices().any(|(i, _)| {
        let tail = &name[i..];
        words.find(tail).is_some_and(|m| m.start() == 0 && m.end() == tail.len())
    })
}
