//! *Paired reading*: two numbers joined by `/` and one unit of measure after the second
//! (`血压140/90mmHg`, `控制在130/80毫米汞柱以下`) are two figures, each with the shared
//! unit; the second takes the first one's subject, and a bound after the unit
//! (`以上`, `以下`) holds for both (FACTS: `140/90mmHg以上` → 140 and 90 `毫米汞柱`, `over`,
//! subject `血压` for both).
//!
//! A pair needs a named unit of measure (kind `other`, written in two characters or
//! more: not a score's `分` nor `倍`), right after the second number — the unit makes it a
//! pair even when the numbers could read as a share (`血压60/90mmHg`). Without a unit, a
//! pair of whole numbers closing its clause right after the head of a reading (role
//! `reading_head` of `figure_words.txt`: `血压`'s `压`) and an optional link (role
//! `value_link`) is a pair too, unit null, kind `other` (`血压降至90/60。`,
//! `血压160/100，`); elsewhere (`10/08`, `视力0.8/1.0`) nothing changes. A small share
//! `a/b` (`1/3`, `3/5`) stays a share, and a per-unit (`元/人`) has its `/` after a unit,
//! not between two numbers.
//!
//! Cost: a few bytes read after a number followed by `/`, or before one preceded by `/`.

use super::{is_delimiter, role, ApproxPosition, FigureExtractor, Measure, Quantity, Unit};
use crate::extract::number::{self, NumberForm};
use crate::facts::{Approx, FigureKind};
use crate::lexicon::FIGURE_WORDS;
use std::sync::LazyLock;

/// Heads of a reading written as a bare pair (role `reading_head`).
static PAIR_HEADS: LazyLock<Vec<String>> = LazyLock::new(|| role(&FIGURE_WORDS, "reading_head"));

/// Links between a reading's head and its bare pair (roles `value_link` and `reading_link`),
/// longest first.
static PAIR_LINKS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut links = role(&FIGURE_WORDS, "value_link");
    links.extend(role(&FIGURE_WORDS, "reading_link"));
    links.sort_by_key(|l| std::cmp::Reverse(l.len()));
    links
});

impl FigureExtractor {
    /// True when the share `a/b` read at `i` is the first number, `/` and the second of a
    /// paired reading (`60/90mmHg`, `血压降至90/60。`): no share then.
    pub(super) fn pair_not_share(&self, s: &str, i: usize, ratio_end: usize) -> bool {
        s[i..ratio_end].find('/').is_some_and(|k| self.paired_unit_end(s, i + k).is_some())
    }

    /// The first number of a paired reading (`140` of `140/90mmHg`) takes the unit after
    /// the second (none for a bare pair, kind `other`); false, `m` untouched, when `q`
    /// opens no pair.
    pub(super) fn paired_first(&self, s: &str, q: &Quantity, m: &mut Measure) -> bool {
        let plain = q.form == NumberForm::Arabic && q.upper.is_none() && !q.percent;
        let Some((u, _)) = self.paired_unit_end(s, m.end).filter(|_| plain) else { return false };
        m.unit = u.map(|u| u.normalized.clone());
        m.kind = u.map_or(FigureKind::Other, |u| u.kind);
        true
    }

    /// The second number of a bare pair (`60` of `血压降至90/60。`) is a reading of kind
    /// `other`, unit null; false, `m` untouched, for any other number.
    pub(super) fn paired_second_bare(&self, s: &str, i: usize, m: &mut Measure) -> bool {
        let second = m.unit.is_none() && self.paired_second(s, i);
        if second {
            m.kind = FigureKind::Other;
        }
        second
    }

    /// True when the character before the number at `i` opens it rather than gluing it
    /// into a code: a minus sign (see `negative.rs`) or the `/` of a paired reading.
    pub(super) fn opened_by_sign_or_pair(&self, s: &str, i: usize) -> bool {
        self.negative_sign(s, i).is_some() || self.paired_second(s, i)
    }

    /// The shared unit of a pair whose first number ends at `end` (none for a bare pair
    /// after the head of a reading) and where the pair ends.
    fn paired_unit_end(&self, s: &str, end: usize) -> Option<(Option<&Unit>, usize)> {
        let j = end + s.get(end..)?.strip_prefix('/').map(|_| 1)?;
        let n =
            number::scan(s, j).filter(|n| n.span.start == j && n.form == NumberForm::Arabic && n.magnitude == 1.0)?;
        let unit = self
            .unit_at(s, n.span.end)
            .filter(|u| u.kind == FigureKind::Other && u.surface.chars().count() >= 2)
            .map(|u| (Some(u), n.span.end + u.surface.len()));
        unit.or_else(|| self.bare_pair(s, end, n.span.end).then_some((None, n.span.end)))
    }

    /// True when the pair of whole numbers ending at `first_end` and `end` closes its clause
    /// right after the head of a reading and an optional link (`血压降至90/60。`).
    fn bare_pair(&self, s: &str, first_end: usize, end: usize) -> bool {
        let whole = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        let first = first_end - s[..first_end].bytes().rev().take_while(u8::is_ascii_digit).count();
        let closes = s[end..].chars().next().map_or(true, |c| is_delimiter(c) || matches!(c, '、' | '）' | ')'));
        let before = &s[..first];
        let metric = PAIR_LINKS.iter().find_map(|l| before.strip_suffix(l.as_str())).unwrap_or(before);
        closes
            && whole(&s[first..first_end])
            && whole(&s[first_end + 1..end])
            && PAIR_HEADS.iter().any(|h| metric.ends_with(h.as_str()))
    }

    /// The bound written after the unit of a pair whose first number ends at `end`
    /// (`130/80毫米汞柱以下` → `under`): it holds for the first reading too.
    pub(super) fn paired_bound(&self, s: &str, end: usize) -> Option<Approx> {
        let (_, at) = self.paired_unit_end(s, end)?;
        let suffix = |w: &str| w.chars().count() > 1 && s[at..].starts_with(w);
        self.approx.iter().find(|a| a.position == ApproxPosition::Suffix && suffix(&a.word)).map(|a| a.approx)
    }

    /// True when the number at `i` is the second of a paired reading (`90` of
    /// `140/90mmHg`): `/` before it closes an Arabic number that starts no longer code.
    pub(super) fn paired_second(&self, s: &str, i: usize) -> bool {
        let Some(before) = s[..i].strip_suffix('/') else { return false };
        let first = before.len() - before.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
        let opens = s[..first]
            .chars()
            .next_back()
            .map_or(true, |c| !c.is_ascii_alphanumeric() && !matches!(c, '/' | '.' | '-'));
        first < before.len()
            && opens
            && before.as_bytes()[first].is_ascii_digit()
            && self.paired_unit_end(s, before.len()).is_some()
    }
}
