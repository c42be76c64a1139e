//! Respective lists: `A、B和C分别为X、Y和Z` gives X to A, Y to B and Z to C.
//!
//! **In:** the figures of one sentence, in text order, their subjects already read.
//! **Out:** the same figures, where a run of listed figures (joined by `、`, `和`, `，`
//! only) follows a respective word (`分别`, `依次`; role `respective` of
//! `subject_words.txt`) in its clause: when the metric before that word lists as many
//! members as the run has figures, the i-th figure counts the i-th member; when it names
//! one metric, every figure of the run without a subject shares it; when the clause before
//! the word names nothing (`，分别比上年提高2个、3个百分点`), a run of changes in 百分点
//! takes the members of the run before it in the sentence, if it had as many; a run of
//! changes in % whose clause names nothing grows the run of as many figures before it
//! (`同比分别增长23%和18%`: each one's subject + 增幅). Members
//! that share a head after `的` (`幼儿园、小学和中学的接种率`) are modifiers: no change.
//!
//! **Guarantees:** never panics; one pass over the figures, and each look-back stays in
//! the clause before the run.

use super::{token_boundary, FigureExtractor};
use crate::extract::doc::Sentence;
use crate::facts::Figure;
use crate::span::Span;

impl FigureExtractor {
    /// Sets the subjects of respective lists among `found` (sentence coordinates).
    pub(super) fn respective_lists(&self, sentence: &Sentence<'_>, dates: &[Span], found: &mut [Figure<Span>]) {
        let s = sentence.text;
        let mut members_before: Vec<Option<String>> = Vec::new();
        let mut j = 0;
        while j < found.len() {
            let mut k = j + 1;
            // Figures may overlap (`30%0澳门币`): no gap, no list.
            while k < found.len() && s.get(found[k - 1].mention.end..found[k].mention.start).is_some_and(list_gap) {
                k += 1;
            }
            let (before, rest) = found.split_at_mut(j);
            let run = &mut rest[..k - j];
            j = k;
            if run.len() < 2 {
                continue;
            }
            let Some(cue) = self.respective_cue(sentence, run[0].mention.start) else { continue };
            let metric = self.clause_before(sentence, cue, dates);
            let raw = self.members(sentence, metric);
            // 幼儿园、小学和中学的接种率: members that share a head after 的 are modifiers.
            let shared_head = raw
                .split_last()
                .is_some_and(|(last, rest)| last.contains('的') && rest.iter().all(|m| !m.contains('的')));
            let members: Vec<Option<String>> = raw.into_iter().map(|m| self.clean_before(sentence, m)).collect();
            if shared_head {
                continue;
            }
            if members.len() == run.len() && members.iter().all(Option::is_some) {
                for (f, m) in run.iter_mut().zip(&members) {
                    f.subject = m.clone();
                }
                members_before = members;
            } else if members.len() == 1 && members[0].is_some() {
                for f in run.iter_mut().filter(|f| f.subject.is_none()) {
                    f.subject = members[0].clone();
                }
            } else if metric.trim().is_empty()
                && members_before.len() == run.len()
                && run.iter().any(|f| f.unit.as_deref() == Some("百分点"))
            {
                for (f, m) in run.iter_mut().zip(&members_before) {
                    f.subject = m.clone();
                }
            } else {
                changes_of_figures_before(before, run);
            }
        }
    }

    /// The start of the respective word of the clause before `start`, if any: only words
    /// without clause punctuation stand between it and the number (`分别为`, `分别比上年提高`).
    fn respective_cue(&self, sentence: &Sentence<'_>, start: usize) -> Option<usize> {
        let s = sentence.text;
        let window = crate::span::floor_char_boundary(s, start.saturating_sub(36));
        let head = &s[window..start];
        let clause_from =
            head.rfind(super::is_delimiter).map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
        let clause = &head[clause_from..];
        self.subject
            .respective
            .iter()
            .filter_map(|w| clause.rfind(w.as_str()))
            .max()
            .map(|p| window + clause_from + p)
            .filter(|&p| token_boundary(sentence, p))
    }

    /// The members of a coordinated metric (`孕产妇系统管理率、产前检查率和产后访视率`):
    /// slices of the sentence split at `、` and at conjunctions that are whole words, none
    /// inside brackets; empty members are dropped.
    fn members<'s>(&self, sentence: &Sentence<'s>, metric: &'s str) -> Vec<&'s str> {
        let Some(off) = super::offset_in(sentence.text, metric) else { return Vec::new() };
        let mut out = Vec::new();
        let (mut from, mut depth, mut p) = (0, 0i32, 0);
        while let Some(c) = metric[p..].chars().next() {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth -= 1,
                _ => {}
            }
            let joint = if depth != 0 {
                None
            } else if c == '、' {
                Some(c.len_utf8())
            } else {
                self.subject
                    .conjunctions
                    .iter()
                    .find(|w| {
                        metric[p..].starts_with(w.as_str())
                            && token_boundary(sentence, off + p)
                            && token_boundary(sentence, off + p + w.len())
                    })
                    .map(String::len)
            };
            if let Some(len) = joint {
                out.push(&metric[from..p]);
                p += len;
                from = p;
            } else {
                p += c.len_utf8();
            }
        }
        out.push(&metric[from..]);
        out.retain(|m| !m.trim().is_empty());
        out
    }
}

/// `…15.6万人次，结算金额3.2亿元，同比分别增长23%和18%`: a run of changes in % after a
/// respective word whose clause names no metric of its own measures the growth of the run
/// of as many figures right before it, one each: their subjects + `增幅` / `降幅` (the
/// ending the change already took from the last of them).
fn changes_of_figures_before(before: &[Figure<Span>], run: &mut [Figure<Span>]) {
    let Some(prev) = before.len().checked_sub(run.len()).map(|i| &before[i..]) else { return };
    let change_of = |f: &Figure<Span>| {
        let subject = f.subject.as_deref()?;
        ["增幅", "降幅"].into_iter().find(|e| subject.ends_with(e))
    };
    let changes = run.iter().all(|f| f.unit.as_deref() == Some("%") && change_of(f).is_some());
    let metrics = prev.iter().all(|p| p.subject.is_some() && change_of(p).is_none());
    if !(changes && metrics) {
        return;
    }
    for (f, p) in run.iter_mut().zip(prev) {
        if let (Some(ending), Some(metric)) = (change_of(f), p.subject.as_deref()) {
            f.subject = Some(format!("{metric}{ending}"));
        }
    }
}

/// True when the text between two figures only lists them (`、`, `和`, `，`, spaces).
fn list_gap(gap: &str) -> bool {
    let rest = gap.trim_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','));
    matches!(rest, "" | "和" | "及" | "与" | "以及")
}
