//! *Labelled value*: a bare number (no unit) that closes its clause right after a metric and
//! a link word is that metric's value — `全市出生人口性别比为107.3。`, `床位数：8000，`,
//! `孕产妇死亡率为0。` (or `为零。`) (FACTS §figures: a quantity stated in the text; `unit` null). The
//! metric must end in a head of a value (role `value_head` of `figure_words.txt`: `率`,
//! `比`, `指数`, `数`, `量`, `人次` …) right before the link (role `value_link`: `为`, `达`,
//! `：` …), so a code or a number after another word stays none (`编号为123`, `电话：…`); a
//! year (`19xx`, `20xx` in four digits) stays none too, and so does one side of a ratio
//! (`医护比为1:1.2`). A count's head (`数`, `量`, `人次`) gives kind `count`, any other
//! `other`.
//!
//! *Partitive count*: a bare whole number opening a clause after a group counted and `中，`
//! is a count of that group, unit and subject null (`500人中，120确诊，380检测呈阴性`; FACTS
//! §figures, web calls), and so is each such count opening the clauses after it.
//!
//! *Header unit*: a bare number closing its clause after a table header whose bracket holds
//! the unit (`门诊量（万人次）：125.6`, `床位数（张）1200`, `金额（元）｜ 3500`) carries that unit,
//! a magnitude in the bracket scaling it (→ 1256000 人次); the link between them may be a
//! colon, a bar, spaces or nothing. The bracket must hold a unit of `units.txt` and nothing
//! else but a magnitude, and a word must stand before it (the metric).
//!
//! Cost: runs only for a bare number that no other rule made a figure, reading a few bytes
//! before and one character after it.

use super::guards::is_year_digits;
use super::{is_delimiter, number, role, FigureExtractor, Unit};
use crate::extract::doc::Sentence;
use crate::facts::FigureKind;
use crate::lexicon::FIGURE_WORDS;
use crate::text::is_han;
use std::sync::LazyLock;

/// Heads of a value a metric ends in (role `value_head`), longest first, with whether the
/// head counts (`count` in the row's second field).
static VALUE_HEADS: LazyLock<Vec<(String, bool)>> = LazyLock::new(|| {
    let counting = role(&FIGURE_WORDS, "value_count_head");
    let mut heads: Vec<(String, bool)> = role(&FIGURE_WORDS, "value_head").into_iter().map(|h| (h, false)).collect();
    heads.extend(counting.into_iter().map(|h| (h, true)));
    heads.sort_by_key(|(h, _)| std::cmp::Reverse(h.len()));
    heads
});

/// Links between a metric and its bare value (role `value_link`), longest first.
static VALUE_LINKS: LazyLock<Vec<String>> = LazyLock::new(|| role(&FIGURE_WORDS, "value_link"));

/// Links between a table header and its value: colons, bars and spaces.
fn is_header_link(c: char) -> bool {
    matches!(c, '：' | ':' | '｜' | '|') || c.is_whitespace()
}

impl FigureExtractor {
    /// The unit and scale of the bare number at `i..end` when it is a value under a header
    /// with its unit in brackets (see the module).
    pub(super) fn header_unit(&self, s: &str, i: usize, end: usize) -> Option<(&Unit, f64)> {
        let closes = s[end..].chars().next().map_or(true, |c| is_delimiter(c) || c.is_whitespace());
        let digits = &s[i..end];
        if !closes || is_year_digits(digits) || !digits.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let header = s[..i].trim_end_matches(is_header_link);
        let inner_end =
            header.len().checked_sub(header.chars().next_back().filter(|c| matches!(c, '）' | ')'))?.len_utf8())?;
        let open = header[..inner_end].rfind(['（', '('])?;
        let inner = &header[open + header[open..].chars().next()?.len_utf8()..inner_end];
        let metric_ends_in_word = header[..open].chars().next_back().is_some_and(is_han);
        let scale = number::scan_magnitude(inner, 0).filter(|n| n.span.start == 0);
        let unit_at = scale.as_ref().map_or(0, |n| n.span.end);
        let unit = self.unit_at(inner, unit_at).filter(|u| unit_at + u.surface.len() == inner.len())?;
        metric_ends_in_word.then(|| (unit, scale.map_or(1.0, |n| n.value) * unit.factor))
    }

    /// The metric of a value under a header with its unit in brackets: the words before the
    /// bracket back to the clause's start (`全县床位数（张）：1200` → `床位数`).
    pub(super) fn header_subject(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        self.header_unit(sentence.text, start, end)?;
        let header = sentence.text[..start].trim_end_matches(is_header_link);
        let header = &header[..header.rfind(['（', '('])?];
        let from = header
            .rfind(|c: char| is_delimiter(c) || matches!(c, '：' | ':'))
            .map_or(0, |k| k + header[k..].chars().next().map_or(1, char::len_utf8));
        self.clean_before(sentence, &header[from..])
    }

    /// The kind of the bare number at `i..end` when it is a labelled value (see the module).
    pub(super) fn labelled_value(&self, s: &str, i: usize, end: usize) -> Option<FigureKind> {
        let closes = s[end..].chars().next().map_or(true, |c| is_delimiter(c) || matches!(c, '、' | '）' | ')'));
        // 医护比为1:1.2: one side of a ratio written with a colon, no value (FACTS §figures).
        let ratio = s[end..].strip_prefix([':', '：']).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let digits = &s[i..end];
        let year = is_year_digits(digits);
        // 孕产妇死亡率为零: a spelled zero is the value too.
        let zero = digits == "零";
        if !closes || ratio || year || !(zero || digits.bytes().any(|b| b.is_ascii_digit())) {
            return None;
        }
        let link = VALUE_LINKS.iter().find(|l| s[..i].ends_with(l.as_str()))?;
        let metric = &s[..i - link.len()];
        let &(_, counts) = VALUE_HEADS.iter().find(|(h, _)| metric.ends_with(h.as_str()))?;
        Some(if counts { FigureKind::Count } else { FigureKind::Other })
    }

    /// The kind of the bare number at `i..end` when it is a partitive count (see the module).
    pub(super) fn partitive_count(&self, s: &str, i: usize, end: usize) -> Option<FigureKind> {
        let digits = &s[i..end];
        let verb_after = s[end..].chars().next().is_some_and(|c| !c.is_ascii() && !is_delimiter(c));
        if !verb_after || is_year_digits(digits) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let before = s[..i].strip_suffix(['，', ','])?;
        // The clauses back to the group: each opens with a partitive count of its own.
        let mut rest = before;
        loop {
            let (head, clause) = match rest.rfind(['，', ',']) {
                Some(k) => (Some(&rest[..k]), rest[k..].trim_start_matches(['，', ','])),
                None => (None, rest),
            };
            if let Some(group) = clause.strip_suffix('中') {
                return group.chars().any(|c| c.is_ascii_digit()).then_some(FigureKind::Count);
            }
            match head {
                Some(h) if clause.starts_with(|c: char| c.is_ascii_digit()) => rest = h,
                _ => return None,
            }
        }
    }
}
