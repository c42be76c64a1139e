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
//! (`同比分别增长23%和18%`: each one's subject + 增幅), and a run of changes in % after the
//! cue and a change verb gives each member its 增幅/降幅 (`门诊量和住院量分别增长10%和8%`); a cue
//! opening its clause after a comma, with only a link or a change verb before the run, spreads
//! it over the list opening the clause before (*topic of a respective run*:
//! `门诊量和住院量均实现两位数增长，分别增长12%、15%` → 门诊量增幅, 住院量增幅; one metric
//! there is each figure's: `两院床位使用率均较高，分别为92%和88%` → 床位使用率). Groups of
//! one rate that only the last member names (`幼儿园、小学和初中学生的接种率`,
//! `城镇职工和城乡居民医保报销比例`) each take its shared rest (*shared rate*).
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
            let (run, after) = rest.split_at_mut(k - j);
            j = k;
            if run.len() < 2 {
                continue;
            }
            let Some(cue) = self.respective_cue(sentence, run[0].mention.start) else { continue };
            let metric = self.clause_before(sentence, cue, dates);
            let raw = self.members(sentence, metric);
            if raw.len() == run.len() {
                if let Some(subjects) = self.shared_rate(sentence, &raw) {
                    for (f, m) in run.iter_mut().zip(subjects) {
                        f.subject = Some(m);
                    }
                    continue;
                }
            }
            // A list of groups with one 的 left (…的接种率) but not one each: modifiers.
            let shared_head = raw
                .split_last()
                .is_some_and(|(last, rest)| last.contains('的') && rest.iter().all(|m| !m.contains('的')));
            let mut members: Vec<Option<String>> = raw.iter().map(|m| self.clean_before(sentence, m)).collect();
            self.shared_head_noun(sentence, &raw, &mut members);
            if shared_head {
                continue;
            }
            if members.len() == run.len() && members.iter().all(Option::is_some) {
                // 门诊量和住院量分别增长了10%和8%: a change in % after the cue is each
                // member's 增幅/降幅, as after one metric.
                let change = self.change_word(&s[cue..run[0].mention.start]).map(|(_, c)| c);
                for (f, m) in run.iter_mut().zip(&members) {
                    let suffix = change.filter(|_| f.unit.as_deref() == Some("%")).unwrap_or("");
                    f.subject = m.as_ref().map(|m| format!("{m}{suffix}"));
                }
                members_before = members;
            } else if members.len() == 1 && members[0].is_some() {
                for f in run.iter_mut().filter(|f| f.subject.is_none()) {
                    f.subject = members[0].clone();
                }
                // …分别为10万件、12万件，年均增长22%: the change right after the run, read
                // before the run had its metric, is that metric's.
                if let (Some(next), Some(metric)) = (after.first_mut(), &members[0]) {
                    if let Some(change) = next.subject.as_deref().filter(|c| self.is_bare_change_name(c)) {
                        next.subject = Some(format!("{metric}{change}"));
                    }
                }
            } else if metric.trim().is_empty()
                && members_before.len() == run.len()
                && run.iter().any(|f| f.unit.as_deref() == Some("百分点"))
            {
                for (f, m) in run.iter_mut().zip(&members_before) {
                    f.subject = m.clone();
                }
            } else if let Some((topic, change)) =
                metric.trim().is_empty().then(|| self.respective_topic(sentence, cue, run)).flatten()
            {
                for (f, m) in run.iter_mut().zip(&topic) {
                    let suffix = if f.unit.as_deref() == Some("%") { change } else { "" };
                    f.subject = Some(format!("{m}{suffix}"));
                }
                members_before = topic.into_iter().map(Some).collect();
            } else {
                changes_of_figures_before(before, run);
            }
        }
    }

    /// *Topic of a respective run*: a cue opening its clause after a comma, with only a
    /// link or a change verb between it and the run (`，分别增长12%、15%`, `，分别达到…`),
    /// spreads the run over the list opening the clause before the comma, up to that
    /// clause's first adverb, preposition or verb of its predicate (`门诊量和住院量均实现
    /// 两位数增长` → 门诊量, 住院量), when it lists as many members as the run has figures.
    /// Returns the members and the change ending (`增幅`/`降幅`, or empty) for shares.
    fn respective_topic(
        &self,
        sentence: &Sentence<'_>,
        cue: usize,
        run: &[Figure<Span>],
    ) -> Option<(Vec<String>, &'static str)> {
        let s = sentence.text;
        let comma = s[..cue].strip_suffix(['，', ','])?.len();
        let rest = s.get(cue..run.first()?.mention.start)?;
        let rest = self.subject.respective.iter().find_map(|w| rest.strip_prefix(w.as_str()))?;
        let change = if rest.trim().is_empty() || self.only_links(rest) {
            ""
        } else {
            self.change_word(rest).filter(|(m, _)| m.trim().is_empty())?.1
        };
        let opening =
            s[..comma].rfind(super::is_delimiter).map_or(0, |k| k + s[k..].chars().next().map_or(0, char::len_utf8));
        // A share after a bare link whose topic clause states a change: growth or level, unsaid.
        let shares = run.iter().any(|f| f.unit.as_deref() == Some("%"));
        if change.is_empty() && shares && self.change_word(&s[opening..comma]).is_some() {
            return None;
        }
        let toks = sentence.tokens_between(opening, comma);
        let nominal = |j: usize| toks.get(j).is_some_and(|t| t.tag.starts_with('n'));
        let predicate = (0..toks.len()).find(|&j| {
            let t = &toks[j];
            let adverb = |j: usize| toks.get(j).is_some_and(|t| t.tag.starts_with('d'));
            // 占比均较高: a verb the segmenter made of a noun, before the predicate's adverb.
            adverb(j)
                || t.tag.starts_with('p')
                || t.tag.starts_with('v') && t.tag != "vn" && !nominal(j + 1) && !adverb(j + 1)
        })?;
        let end = toks.get(predicate.checked_sub(1)?)?.span.end - sentence.span.start;
        let raw = self.members(sentence, &s[opening..end]);
        // 两院床位使用率均较高，分别为92%和88%: one metric is each figure's.
        let raw = if raw.len() == 1 { vec![raw[0]; run.len()] } else { raw };
        if raw.len() != run.len() {
            return None;
        }
        let topic = raw.iter().map(|m| self.clean_before(sentence, m)).collect::<Option<Vec<_>>>()?;
        Some((topic, change))
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

    /// *Shared rate*: `幼儿园、小学和初中学生的视力筛查率`, `城镇职工和城乡居民医保报销比例` —
    /// only the last member names the rate (role `rate_head`), the ones before are groups
    /// of it. The last member's words past as many tokens as the first member has are the
    /// shared rest (`学生的视力筛查率`); each group takes it, the last stays whole. `None`
    /// when an earlier member names a rate or a `的` of its own, or nothing is shared.
    fn shared_rate(&self, sentence: &Sentence<'_>, raw: &[&str]) -> Option<Vec<String>> {
        let (last, groups) = raw.split_last()?;
        let rate = |m: &str| self.subject.rate_head.closes(m.trim_end());
        if !rate(last) || groups.iter().any(|m| rate(m) || m.contains('的')) {
            return None;
        }
        let tokens_of = |m: &str| {
            let from = sentence.span.start + super::offset_in(sentence.text, m)?;
            let k = sentence.tokens.partition_point(|t| t.span.start < from);
            let n = sentence.tokens[k..].iter().take(24).take_while(|t| t.span.end <= from + m.len()).count();
            Some(&sentence.tokens[k..k + n])
        };
        // Count the first group's tokens as cleaned (`其中全澳幼稚园` → `幼稚园`).
        let first = groups.first()?;
        let named = self.clean_before(sentence, first)?;
        let first = tokens_of(first.rfind(named.as_str()).map(|p| &first[p..p + named.len()])?)?.len();
        let split = tokens_of(last)?.get(first)?.span.start - sentence.span.start;
        let tail = sentence.text.get(split..)?;
        let end = super::offset_in(sentence.text, last)? + last.len();
        let tail = tail.get(..end.checked_sub(split)?)?;
        // The shared rest holds the rate's own noun, not only its head (学生的接种率, 医保报销比例).
        if tail.chars().count() < 3 || self.subject.rate_head.has(tail) {
            return None;
        }
        let whole = self.clean_before(sentence, last)?;
        let mut out = Vec::with_capacity(raw.len());
        for m in groups {
            out.push(format!("{}{tail}", self.clean_before(sentence, m)?));
        }
        out.push(whole);
        Some(out)
    }

    /// *Shared head noun*: `药品和耗材价格`, `医生和护士人数` — groups of one word each and a
    /// last member of two words, a noun after a word like theirs: each group takes that noun
    /// (药品价格, 耗材价格), unless it already ends like it (医生和乡村医生).
    fn shared_head_noun(&self, sentence: &Sentence<'_>, raw: &[&str], members: &mut [Option<String>]) {
        let tokens_of = |m: &str| {
            let m = m.trim();
            let from = sentence.span.start + super::offset_in(sentence.text, m)?;
            let k = sentence.tokens.partition_point(|t| t.span.start < from);
            let n = sentence.tokens[k..].iter().take(4).take_while(|t| t.span.end <= from + m.len()).count();
            let toks = &sentence.tokens[k..k + n];
            (toks.first()?.span.start == from && toks.last()?.span.end == from + m.len()).then_some(toks)
        };
        let Some((last, groups)) = raw.split_last() else { return };
        let Some([word, head]) = tokens_of(last) else { return };
        let noun = |t: &crate::segment::Token<'_>| t.tag.starts_with('n');
        if !noun(head) || head.text.chars().count() < 2 || word.text.chars().count() != head.text.chars().count() {
            return;
        }
        let Some(last_char) = head.text.chars().next_back() else { return };
        let mut named = Vec::with_capacity(groups.len());
        for g in groups {
            let Some([one]) = tokens_of(g) else { return };
            if !noun(one) || one.text.ends_with(last_char) || one.text.chars().count() != word.text.chars().count() {
                return;
            }
            named.push(format!("{}{}", one.text, head.text));
        }
        for (m, n) in members.iter_mut().zip(named) {
            *m = Some(n);
        }
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
