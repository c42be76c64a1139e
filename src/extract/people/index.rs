//! Position indexes for the people extractor, so that every question it asks of the
//! institution mentions, the names read so far and the drafts costs `O(log n)` (or the
//! mentions near one place), never a scan of the whole document: linear time on any page.
//!
//! **In:** the institutions found so far, a sentence's span. **Out:** [`DocOrgs`] (every
//! mention, sorted by start), [`SentenceOrgs`] (one sentence's mentions in its coordinates,
//! sorted by end), [`Named`] (disjoint name spans of a sentence) and [`Drafts`] (people
//! under construction, [`Draft`], by name). Each answers exactly as a scan in the original order would.

use crate::extract::doc::Facts;
use crate::extract::spans::SpanIndex;
use crate::span::Span;
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeMap;

/// An institution mention with the name of its record and its rank in the document's
/// list (institution by institution, mention by mention): ties are broken by that rank.
#[derive(Debug, Clone, Copy)]
pub(super) struct OrgMention<'f> {
    pub span: Span,
    pub name: &'f str,
    pub rank: usize,
}

/// How many mentions back a bare head (`医院`) looks for its body.
const NEAREST_MENTIONS: usize = 32;

/// Every institution mention of the document, sorted by start.
pub(super) struct DocOrgs<'f> {
    by_start: Vec<OrgMention<'f>>,
    spans: SpanIndex,
    /// The records mentioned before the page's first self-reference (`我院`, `本院`).
    before_self_reference: HashSet<&'f str>,
}

impl<'f> DocOrgs<'f> {
    /// `self_reference`: where the page first refers to itself (`我院`), if it does.
    pub(super) fn new(facts: &'f Facts, self_reference: Option<usize>) -> Self {
        let mut by_start: Vec<OrgMention<'f>> = facts
            .institutions
            .iter()
            .flat_map(|i| i.mentions.iter().map(move |&span| (span, i.name.as_str())))
            .enumerate()
            .map(|(rank, (span, name))| OrgMention { span, name, rank })
            .collect();
        by_start.sort_by_key(|o| (o.span.start, o.rank));
        let spans = SpanIndex::new(by_start.iter().map(|o| o.span).collect());
        let at = self_reference.unwrap_or(0);
        let before_self_reference = by_start.iter().take_while(|o| o.span.start < at).map(|o| o.name).collect();
        DocOrgs { by_start, spans, before_self_reference }
    }

    /// True when the record `name` is mentioned before the page's first self-reference: a
    /// body that self-reference (`我院`) may stand for.
    pub(super) fn named_before_self_reference(&self, name: &str) -> bool {
        self.before_self_reference.contains(name)
    }

    /// True when a mention shares a byte with `sp`.
    pub(super) fn overlaps(&self, sp: Span) -> bool {
        self.spans.overlaps(sp)
    }

    /// True when every mention starting before `pos` names the record `name`.
    pub(super) fn only_before(&self, pos: usize, name: &str) -> bool {
        self.by_start.iter().take_while(|o| o.span.start < pos).all(|o| o.name == name)
    }

    /// The first mention (by rank) starting exactly at `pos`.
    pub(super) fn starting_at(&self, pos: usize) -> Option<&OrgMention<'f>> {
        let n = self.by_start.partition_point(|o| o.span.start < pos);
        self.by_start[n..].iter().take_while(|o| o.span.start == pos).min_by_key(|o| o.rank)
    }

    /// The first mention (by rank) overlapping `sp`.
    pub(super) fn first_overlapping(&self, sp: Span) -> Option<&OrgMention<'f>> {
        if !self.overlaps(sp) {
            return None;
        }
        let n = self.by_start.partition_point(|o| o.span.start < sp.end);
        self.by_start[..n].iter().filter(|o| o.span.overlaps(sp)).min_by_key(|o| o.rank)
    }

    /// The nearest mention ending before `pos` whose record is named with `head` (`医院`),
    /// among the last [`NEAREST_MENTIONS`] mentions: the body a bare `医院` refers to.
    pub(super) fn last_headed_before(&self, pos: usize, head: &str) -> Option<&OrgMention<'f>> {
        let n = self.by_start.partition_point(|o| o.span.start < pos);
        self.by_start[..n].iter().rev().take(NEAREST_MENTIONS).find(|o| o.span.end <= pos && o.name.ends_with(head))
    }

    /// The mention ending nearest before `pos` (among the last [`NEAREST_MENTIONS`]).
    pub(super) fn nearest_before(&self, pos: usize) -> Option<&OrgMention<'f>> {
        let n = self.by_start.partition_point(|o| o.span.start < pos);
        self.by_start[..n].iter().rev().take(NEAREST_MENTIONS).filter(|o| o.span.end <= pos).max_by_key(|o| o.span.end)
    }

    /// The mentions ending at or before `pos` and at most `window` bytes before it (among
    /// the last [`NEAREST_MENTIONS`]).
    pub(super) fn ending_within(&self, pos: usize, window: usize) -> impl Iterator<Item = &OrgMention<'f>> {
        let n = self.by_start.partition_point(|o| o.span.start < pos);
        self.by_start[..n]
            .iter()
            .rev()
            .take(NEAREST_MENTIONS)
            .filter(move |o| o.span.end <= pos && pos - o.span.end <= window)
    }

    /// The mentions inside `sentence`, in its coordinates.
    pub(super) fn in_sentence(&self, sentence: Span) -> SentenceOrgs<'f> {
        let first = self.by_start.partition_point(|o| o.span.start < sentence.start);
        let mut by_end: Vec<OrgMention<'f>> = self.by_start[first..]
            .iter()
            .take_while(|o| o.span.start < sentence.end)
            .filter(|o| sentence.contains(o.span))
            .map(|o| OrgMention { span: Span::new(o.span.start - sentence.start, o.span.end - sentence.start), ..*o })
            .collect();
        by_end.sort_by_key(|o| (o.span.end, o.rank));
        let spans = SpanIndex::new(by_end.iter().map(|o| o.span).collect());
        SentenceOrgs { by_end, spans }
    }
}

/// One sentence's institution mentions (sentence coordinates), sorted by end, then rank.
pub(super) struct SentenceOrgs<'f> {
    by_end: Vec<OrgMention<'f>>,
    spans: SpanIndex,
}

impl<'f> SentenceOrgs<'f> {
    /// True when a mention shares a byte with `sp`.
    pub(super) fn overlaps(&self, sp: Span) -> bool {
        self.spans.overlaps(sp)
    }

    /// The mention ending last at or before `pos` (the last by rank among equals).
    pub(super) fn last_ending_by(&self, pos: usize) -> Option<&OrgMention<'f>> {
        let n = self.by_end.partition_point(|o| o.span.end <= pos);
        n.checked_sub(1).map(|k| &self.by_end[k])
    }

    /// The first mention (by rank) that ends exactly at `end`.
    /// The mentions, by end.
    pub(super) fn iter(&self) -> impl Iterator<Item = &OrgMention<'f>> {
        self.by_end.iter()
    }

    pub(super) fn ending_at(&self, end: usize) -> Option<&OrgMention<'f>> {
        let k = self.by_end.partition_point(|o| o.span.end < end);
        self.by_end.get(k).filter(|o| o.span.end == end)
    }

    /// The mentions ending at or before `pos` and at most `window` bytes before it,
    /// nearest first.
    pub(super) fn ending_within(&self, pos: usize, window: usize) -> impl Iterator<Item = &OrgMention<'f>> {
        let n = self.by_end.partition_point(|o| o.span.end <= pos);
        self.by_end[..n].iter().rev().take_while(move |o| pos - o.span.end <= window)
    }
}

/// The names read in one sentence: disjoint spans, by start. (Every pass checks a name
/// against them before adding it; the photo credit, which does not, is the last pass.)
#[derive(Default)]
pub(super) struct Named(BTreeMap<usize, usize>);

impl Named {
    pub(super) fn push(&mut self, sp: Span) {
        let end = self.0.entry(sp.start).or_insert(sp.end);
        *end = (*end).max(sp.end);
    }

    /// The name read that starts at `start`, if any.
    pub(super) fn starting_at(&self, start: usize) -> Option<Span> {
        self.0.get(&start).map(|&end| Span::new(start, end))
    }

    /// The name read that ends at `end`, if any.
    pub(super) fn ending_at(&self, end: usize) -> Option<Span> {
        self.0.range(..end).next_back().filter(|(_, &e)| e == end).map(|(&s, &e)| Span::new(s, e))
    }

    /// True when a name read shares a byte with `sp`: the one starting last before its
    /// end is the only candidate, the spans being disjoint.
    pub(super) fn overlaps(&self, sp: Span) -> bool {
        !sp.is_empty() && self.0.range(..sp.end).next_back().is_some_and(|(_, &end)| end > sp.start)
    }
}

/// A person under construction.
#[derive(Debug, Clone)]
pub(super) struct Draft {
    pub name: String,
    pub titles: Vec<String>,
    pub organization: Option<String>,
    pub mentions: Vec<Span>,
}

/// The people under construction, in order of creation, found by name in `O(1)`.
#[derive(Default)]
pub(super) struct Drafts {
    pub list: Vec<Draft>,
    by_name: HashMap<String, usize>,
}

impl Drafts {
    /// The organization of the person of that name, if known.
    pub(super) fn organization_of(&self, name: &str) -> Option<&str> {
        self.by_name.get(name).and_then(|&k| self.list[k].organization.as_deref())
    }

    /// The titles of the person of that name so far (none for a name not yet read).
    pub(super) fn titles_of(&self, name: &str) -> &[String] {
        self.by_name.get(name).map_or(&[], |&k| self.list[k].titles.as_slice())
    }

    /// Gives the person of that name the organization when none is known yet.
    pub(super) fn fill_organization(&mut self, name: &str, organization: &str) {
        if let Some(&k) = self.by_name.get(name) {
            self.list[k].organization.get_or_insert_with(|| organization.to_string());
        }
    }

    /// Sets (or clears) the organization of the person of that name.
    pub(super) fn set_organization(&mut self, name: &str, organization: Option<String>) {
        if let Some(&k) = self.by_name.get(name) {
            self.list[k].organization = organization;
        }
    }

    /// Adds a mention to the person of that name or opens a new record.
    pub(super) fn add(&mut self, name: &str, titles: Vec<String>, organization: Option<String>, span: Span) {
        match self.by_name.get(name) {
            Some(&k) => {
                let d = &mut self.list[k];
                for t in titles {
                    if !d.titles.contains(&t) {
                        d.titles.push(t);
                    }
                }
                if d.organization.is_none() {
                    d.organization = organization;
                }
                d.mentions.push(span);
            }
            None => {
                self.by_name.insert(name.to_string(), self.list.len());
                self.list.push(Draft { name: name.to_string(), titles, organization, mentions: vec![span] });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_overlaps() {
        let mut named = Named::default();
        named.push(Span::new(10, 16));
        named.push(Span::new(30, 36));
        assert!(named.overlaps(Span::new(12, 13)));
        assert!(named.overlaps(Span::new(4, 11)));
        assert!(named.overlaps(Span::new(35, 40)));
        assert!(!named.overlaps(Span::new(16, 30)));
        assert!(!named.overlaps(Span::new(0, 10)));
        assert!(!named.overlaps(Span::new(12, 12)));
    }

    #[test]
    fn merge_keeps_titles_in_order_and_first_organization() {
        let mut drafts = Drafts::default();
        drafts.add("张三", vec!["主任".into()], Some("甲医院".into()), Span::new(0, 6));
        drafts.add("李四", vec![], None, Span::new(8, 14));
        drafts.add("张三", vec!["主任".into(), "教授".into()], Some("乙大学".into()), Span::new(20, 26));
        assert_eq!(drafts.list.len(), 2);
        assert_eq!(drafts.list[0].titles, vec!["主任", "教授"]);
        assert_eq!(drafts.list[0].organization.as_deref(), Some("甲医院"));
        assert_eq!(drafts.list[0].mentions, vec![Span::new(0, 6), Span::new(20, 26)]);
    }
}
