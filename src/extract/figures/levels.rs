//! *Change then level*: `提高5元至89元`, `增加200张至1200张` state a change and the level it
//! reaches — two figures (5 元, 89 元), not a range of 5 to 89. Read when the second
//! number is at least five times the first (`增加4元至15元` stays a range), a verb of change
//! (roles `increase`/`decrease` of `subject_words.txt`, two characters or more, `了`
//! allowed) stands right before the first number, the link is `至` or `到` and the unit is
//! repeated after the second number. A range after such a verb is written with a dash or
//! without the first unit (`提高10-20元`, `增加3至5家`); shares keep their range
//! (`下降10%至15%`). The level measures the change's metric without its verb
//! (`补助标准提高30元至640元` → 30 元 `补助标准提高`, 640 元 `补助标准`), as a level reached
//! after `，达到` does; a share reached after a change in points takes the change's metric
//! too (`报销比例提高5个百分点至75%` → 75 % `报销比例`).
//!
//! Cost: runs once per figure with a unit, reading a few bytes before and after it.

use super::{FigureExtractor, Unit};
use crate::extract::doc::Sentence;
use crate::extract::number;
use crate::facts::{Figure, FigureKind};
use crate::span::Span;

/// How many times the change the level must be: a standard seldom moves by more than a
/// fifth of itself, while the ends of a range of changes are close (`每月保费增加4元至15元`
/// is a range; `提高30元至640元`, `增加200张至1200张` are change and level).
const LEVEL_RATIO: f64 = 5.0;

/// What joins a change to the level it reaches (`提高30元至640元`).
const LEVEL_LINKS: [&str; 2] = ["至", "到"];

impl FigureExtractor {
    /// True when the figure starting at `i` with unit `u` (ending at `end`) is a change
    /// followed by the level it reaches (`提高5元至89元`), so no range is read.
    pub(super) fn change_then_level(&self, s: &str, i: usize, value: f64, u: &Unit, end: usize) -> bool {
        let Some(link) = LEVEL_LINKS.iter().find(|l| s[end..].starts_with(**l)) else { return false };
        let far = number::scan(s, end + link.len()).is_some_and(|n| n.value >= LEVEL_RATIO * value);
        far && u.kind != FigureKind::Percent && self.change_verb_before(s, i).is_some()
    }

    /// The verb of change (two characters or more, `了` allowed after it) that ends right
    /// before `i`, if any.
    fn change_verb_before<'w>(&'w self, s: &str, i: usize) -> Option<&'w str> {
        let before = s[..i].strip_suffix('了').unwrap_or(&s[..i]);
        let mut changes = self.subject.increase.iter().chain(&self.subject.decrease);
        changes.find(|w| w.chars().count() >= 2 && before.ends_with(w.as_str())).map(String::as_str)
    }

    /// The level after a change (`…提高30元至640元`) with no subject of its own takes the
    /// change's subject without the verb (`补助标准提高` → `补助标准`).
    pub(super) fn level_subjects(&self, sentence: &Sentence<'_>, found: &mut [Figure<Span>]) {
        let s = sentence.text;
        for k in 1..found.len() {
            let (change, level) = (&found[k - 1], &found[k]);
            // Overlapping figures (a guard elsewhere drops one of them) link nothing.
            let between = s.get(change.mention.end..level.mention.start).unwrap_or_default();
            let linked = LEVEL_LINKS.contains(&between);
            if !linked || level.subject.is_some() || !level_unit(change.unit.as_deref(), level.unit.as_deref()) {
                continue;
            }
            let Some(verb) = self.change_verb_before(s, change.mention.start) else { continue };
            let metric = change.subject.as_deref().map(|m| m.strip_suffix(verb).unwrap_or(m)).filter(|m| !m.is_empty());
            found[k].subject = metric.map(str::to_string);
        }
    }
}

/// True when a level in `level` can follow a change in `change`: the same unit, or a share
/// reached after a change in points (`提高5个百分点至75%`).
fn level_unit(change: Option<&str>, level: Option<&str>) -> bool {
    change == level || (change == Some("百分点") && level == Some("%"))
}
