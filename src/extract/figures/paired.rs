//! *Paired reading*: two numbers joined by `/` and one unit of measure after the second
//! (`血压140/90mmHg`, `控制在130/80毫米汞柱以下`) are two figures, each with the shared
//! unit; the second takes the first one's subject, and a bound after the unit
//! (`以上`, `以下`) holds for both (FACTS: `140/90mmHg以上` → 140 and 90 `毫米汞柱`, `over`,
//! subject `血压` for both).
//!
//! A pair needs a named unit of measure (kind `other`, written in two characters or
//! more: not a score's `分` nor `倍`), right after the second number; without one (`10/08`,
//! `视力0.8/1.0`) nothing changes. A small share `a/b` (`1/3`, `3/5`) stays a share, and a
//! per-unit (`元/人`) has its `/` after a unit, not between two numbers.
//!
//! Cost: a few bytes read after a number followed by `/`, or before one preceded by `/`.

use super::{ApproxPosition, FigureExtractor, Measure, Quantity, Unit};
use crate::extract::number::{self, NumberForm};
use crate::facts::{Approx, FigureKind};

impl FigureExtractor {
    /// The unit shared by a paired reading whose first number ends at `end`: `/`, a
    /// second Arabic number, then a named unit of measure.
    pub(super) fn paired_unit(&self, s: &str, end: usize) -> Option<&Unit> {
        self.paired_unit_end(s, end).map(|(u, _)| u)
    }

    /// The first number of a paired reading (`140` of `140/90mmHg`) takes the unit after
    /// the second; false, `m` untouched, when `q` opens no pair.
    pub(super) fn paired_first(&self, s: &str, q: &Quantity, m: &mut Measure) -> bool {
        let plain = q.form == NumberForm::Arabic && q.upper.is_none() && !q.percent;
        let Some(u) = self.paired_unit(s, m.end).filter(|_| plain) else { return false };
        m.unit = Some(u.normalized.clone());
        m.kind = u.kind;
        true
    }

    /// True when the character before the number at `i` opens it rather than gluing it
    /// into a code: a minus sign (see `negative.rs`) or the `/` of a paired reading.
    pub(super) fn opened_by_sign_or_pair(&self, s: &str, i: usize) -> bool {
        self.negative_sign(s, i).is_some() || self.paired_second(s, i)
    }

    /// The shared unit of [`Self::paired_unit`] and where it ends.
    fn paired_unit_end(&self, s: &str, end: usize) -> Option<(&Unit, usize)> {
        let j = end + s.get(end..)?.strip_prefix('/').map(|_| 1)?;
        let n =
            number::scan(s, j).filter(|n| n.span.start == j && n.form == NumberForm::Arabic && n.magnitude == 1.0)?;
        self.unit_at(s, n.span.end)
            .filter(|u| u.kind == FigureKind::Other && u.surface.chars().count() >= 2)
            .map(|u| (u, n.span.end + u.surface.len()))
    }

    /// The bound written after the unit of a pair whose first number ends at `end`
    /// (`130/80毫米汞柱以下` → `under`): it holds for the first reading too.
    pub(super) fn paired_bound(&self, s: &str, end: usize) -> Option<Approx> {
        let (_, at) = self.paired_unit_end(s, end)?;
        let suffix = |w: &str| w.chars().count() > 1 && s[at..].starts_with(w);
        self.approx.iter().find(|a| a.position == ApproxPosition::Suffix && suffix(&a.word)).map(|a| a.approx)
    }

    /// True when the number at `i` is the second of a paired reading (`90` of
    /// `140/90mmHg`): `/` before it closes an Arabic number that is no share and starts no
    /// longer code.
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
            && number::scan_ratio(s, first).is_none()
            && self.paired_unit(s, before.len()).is_some()
    }
}
