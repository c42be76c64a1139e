//! Observances named by their shape — docs/FACTS.md §2 `events` (named observances).
//!
//! **In:** a sentence with its tokens. **Out:** [`Shaped`] observances: a scope word of
//! `[observance_scope]` (`世界`, `国际`, `全国`, `联合国` …) opening a name of Han words that
//! ends in a word ending in 日, 周 or 节 (`[observance_ends]`): `联合国糖尿病日`,
//! `全国儿童预防接种日`, with the edition before it (`第18个世界狂犬病日`). The name holds
//! at least two characters between the scope word and its last character, never a word of
//! `[observance_not]` (`节日`, `工作日`, `首日`: days that name no observance), a function
//! word or a verb of `[verbs]`/`[stops]`, and at most [`MAX_NAME_CHARS`] characters.
//! - With no scope word, an edition right before the name makes it one (`第25个“安全生产月”`,
//!   `第12个全民科技活动周`, `第三次“全国爱牙日”`), its last character of `[edition_ends]` (a
//!   month too); quotation marks around the name stay in the mention and leave the name.
//! - With neither, quotation marks around the whole name make it one (`“无车日”`,
//!   `“健康饮食周”`): at least [`MIN_QUOTED_CHARS`] Han characters ending in 日, 周 or 节,
//!   no head of `[observance_heads]` alone (`“宣传周”`).
//! - With none of these, a day of a month and a copula right before the name, the name
//!   closing its clause, make it one (`9月5日是中华慈善日，`: the page says what the day is;
//!   round 63): at least [`MIN_DAY_NAMED_CHARS`] Han characters ending in 日, 周 or 节, of
//!   words that neither bound a name nor name a common day (`10月1日是国庆节` names none).
//! - A day of the month (`十三日`, `5日`), a month (`六月`) or weeks (`两周`) end no name
//!   (`世界卫生大会十三日`, `…第五次会议六月…` name none).
//!
//! Never panics; each token is looked at a bounded number of times; built once.

use super::doc::Sentence;
use super::quotes;
use crate::lexicon::{WordSet, EVENT_HEADS};
use crate::span::Span;
use crate::text::is_han;
use regex::Regex;

/// Longest observance name (scope word to last character), in chars.
const MAX_NAME_CHARS: usize = 12;
/// Fewest chars between the scope word and the last character (`世界`+`睡眠`+`日`).
const MIN_CORE_CHARS: usize = 2;
/// Characters before a name read for its edition (`第18个`, `第一百二十个`).
const MAX_EDITION_CHARS: usize = 16;
/// Fewest characters of an observance named by quotation marks alone (`“爱牙日”`).
const MIN_QUOTED_CHARS: usize = 3;
/// Fewest characters of an observance named by the day it falls on (`9月5日是某某慈善日`).
const MIN_DAY_NAMED_CHARS: usize = 4;
/// Copulas saying what a day is (`9月5日是…`, `4月25日为…`).
const DAY_COPULAS: [&str; 2] = ["是", "为"];
/// Marks closing the clause of an observance named by its day.
const CLAUSE_CLOSE: [char; 6] = ['，', '。', '；', '！', ',', ';'];
/// Numerals of a day of the month (`十三日`, `21日`).
const DAY_NUMERALS: &str = "0123456789〇零一二三四五六七八九十廿卅";
/// Last characters of a calendar word after numerals (`十三日`, `六月`, `两周`).
const CALENDAR_ENDS: &str = "日月周";

/// A day of the month (`十三日`, `5日`), a month (`六月`, `6月`) or a count of weeks
/// (`两周`): numerals before a last `日`, `月` or `周`.
fn is_calendar_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next_back().is_some_and(|c| CALENDAR_ENDS.contains(c))
        && chars.clone().next().is_some()
        && chars.all(|c| DAY_NUMERALS.contains(c) || c == '两')
}

/// An opening quotation mark (`“`, `「`; not the straight `"`).
fn is_opening_mark(c: char) -> bool {
    quotes::is_mark(c) && !quotes::is_closing_mark(c)
}

/// An observance found by its shape: its name and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shaped {
    pub name: String,
    pub mention: Span,
}

/// Built once: the words of the shape.
#[derive(Debug)]
pub(crate) struct Observances {
    scope: WordSet,
    ends: WordSet,
    /// `日`, `周`, `节`, `月`: last characters of an observance named by its edition.
    edition_ends: WordSet,
    not: WordSet,
    bounds: WordSet,
    /// `宣传周`: a head that names no observance quoted alone.
    heads: WordSet,
    /// `第18个` right before the name: its edition.
    edition: Regex,
    /// A day of a month ending the text before a copula (`9月5日`, `四月二十五日`).
    day_of_month: Regex,
}

impl Default for Observances {
    fn default() -> Self {
        Self::new()
    }
}

impl Observances {
    pub(crate) fn new() -> Self {
        Observances {
            scope: EVENT_HEADS.word_set("observance_scope"),
            ends: EVENT_HEADS.word_set("observance_ends"),
            edition_ends: EVENT_HEADS.word_set("edition_ends"),
            not: EVENT_HEADS.word_set("observance_not"),
            bounds: EVENT_HEADS.word_set("verbs").union(&EVENT_HEADS.word_set("stops")),
            heads: EVENT_HEADS.word_set("observance_heads"),
            edition: Regex::new(r"第[0-9零〇一二三四五六七八九十百两]+[个次]$").expect("valid regex"),
            day_of_month: Regex::new(r"月[0-9〇零一二三四五六七八九十廿卅]{1,3}[日号]$").expect("valid regex"),
        }
    }

    /// The observances of one sentence whose name ends at a token, in text order.
    pub(crate) fn find(&self, text: &str, s: &Sentence<'_>) -> Vec<Shaped> {
        let tokens = &s.tokens;
        let mut out = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let Some(last) = t.text.chars().next_back() else { continue };
            if !self.edition_ends.contains_char(last) || self.not.contains(t.text) || is_calendar_word(t.text) {
                continue;
            }
            let scoped = if self.ends.contains_char(last) { self.scope_start(text, tokens, k) } else { None };
            let found = match scoped {
                Some(start) => Some(self.shaped(text, s, start, t.span.end)),
                None => {
                    self.by_edition(text, s, k).or_else(|| self.quoted(text, s, k)).or_else(|| self.by_day(text, s, k))
                }
            };
            out.extend(found);
        }
        out
    }

    /// The observance whose name runs from `start` to `end`, with the edition right before
    /// it (`第18个`, also before an opening quotation mark: `第33个“全国助残日”`, whose
    /// closing mark then ends the mention); the name has no marks.
    fn shaped(&self, text: &str, s: &Sentence<'_>, start: usize, end: usize) -> Shaped {
        let (start, quoted) = self.edition_before(text, s, start).unwrap_or((start, false));
        // `全国“爱眼日”`: a mark opened inside the name is closed after it.
        let opened = text.get(start..end).is_some_and(|n| n.chars().any(is_opening_mark));
        let closing = text
            .get(end..)
            .and_then(|r| r.chars().next())
            .filter(|&c| (quoted || opened) && quotes::is_closing_mark(c));
        let mention = Span::new(start, end + closing.map_or(0, char::len_utf8));
        let name = mention.slice(text).chars().filter(|&c| !quotes::is_mark(c)).collect();
        Shaped { name, mention }
    }

    /// Where the edition right before `start` starts (only the few characters before the
    /// name can hold it), and whether an opening quotation mark stands between.
    fn edition_before(&self, text: &str, s: &Sentence<'_>, start: usize) -> Option<(usize, bool)> {
        let from = text
            .get(s.span.start..start)
            .and_then(|before| before.char_indices().rev().nth(MAX_EDITION_CHARS - 1))
            .map_or(s.span.start, |(i, _)| s.span.start + i);
        let before = text.get(from..start)?;
        let unquoted = before.trim_end_matches(quotes::is_mark);
        let m = self.edition.find(unquoted)?;
        Some((from + m.start(), unquoted.len() < before.len()))
    }

    /// `第25个“安全生产月”`: the observance ending at token `k` named by the edition right
    /// before it, going left over Han words that neither bound a name nor name a common day.
    fn by_edition(&self, text: &str, s: &Sentence<'_>, k: usize) -> Option<Shaped> {
        let tokens = &s.tokens;
        let end = tokens[k].span.end;
        for j in (0..=k).rev() {
            let p = &tokens[j];
            let chars = text.get(p.span.start..end).map_or(usize::MAX, |n| n.chars().count());
            let bound = self.bounds_name(p.text);
            if bound || chars > MAX_NAME_CHARS {
                return None;
            }
            if self.edition_before(text, s, p.span.start).is_some() {
                return (chars > MIN_CORE_CHARS).then(|| self.shaped(text, s, p.span.start, end));
            }
        }
        None
    }

    /// `“无车日”`: the observance ending at token `k` whose name quotation marks enclose
    /// whole, of Han words that neither bound a name nor name a common day, ending in a
    /// character of `[observance_ends]`; not a head of `[observance_heads]` alone.
    fn quoted(&self, text: &str, s: &Sentence<'_>, k: usize) -> Option<Shaped> {
        let tokens = &s.tokens;
        let end = tokens[k].span.end;
        let last = text.get(..end)?.chars().next_back()?;
        let closed = text.get(end..)?.chars().next().is_some_and(quotes::is_closing_mark);
        if !closed || !self.ends.contains(last.encode_utf8(&mut [0; 4])) {
            return None;
        }
        let open = (0..=k).rev().find(|&j| !tokens[j].text.chars().all(is_han) || self.bounds_name(tokens[j].text))?;
        let mark = tokens[open].text;
        let opened = mark.chars().count() == 1 && mark.chars().all(is_opening_mark);
        let name = text.get(tokens[open].span.end..end)?;
        let chars = name.chars().count();
        (opened && (MIN_QUOTED_CHARS..=MAX_NAME_CHARS).contains(&chars) && !self.heads.contains(name))
            .then(|| Shaped { name: name.to_string(), mention: Span::new(tokens[open].span.end, end) })
    }

    /// `9月5日是中华慈善日，`: the observance ending at token `k`, closing its clause, whose
    /// name runs back over Han words that neither bound a name nor name a common day to a
    /// copula of [`DAY_COPULAS`] right after a day of a month.
    fn by_day(&self, text: &str, s: &Sentence<'_>, k: usize) -> Option<Shaped> {
        let tokens = &s.tokens;
        let end = tokens[k].span.end;
        let last = text.get(..end)?.chars().next_back()?;
        let rest = text.get(end..s.span.end)?;
        if !self.ends.contains(last.encode_utf8(&mut [0; 4])) || !(rest.is_empty() || rest.starts_with(CLAUSE_CLOSE)) {
            return None;
        }
        // A name is at most MAX_NAME_CHARS characters (four bytes at most each): the walk
        // back stops where a longer one would begin.
        let copula = (0..=k)
            .rev()
            .take_while(|&j| tokens[j].span.end + 4 * MAX_NAME_CHARS >= end)
            .find(|&j| self.bounds_name(tokens[j].text))?;
        let name = text.get(tokens[copula].span.end..end)?;
        let before = text.get(s.span.start..tokens[copula].span.start)?;
        let named = DAY_COPULAS.contains(&tokens[copula].text)
            && (MIN_DAY_NAMED_CHARS..=MAX_NAME_CHARS).contains(&name.chars().count())
            && name.chars().all(is_han)
            && self.day_of_month.is_match(before);
        named.then(|| Shaped { name: name.to_string(), mention: Span::new(tokens[copula].span.end, end) })
    }

    /// A word that ends a name going left: not Han (an opening quotation mark between the
    /// scope word and the rest stays inside: `全国“爱眼日”`), a verb or stop word, or a
    /// common day.
    fn bounds_name(&self, word: &str) -> bool {
        let opening = word.chars().count() == 1 && word.chars().all(is_opening_mark);
        (!word.chars().all(is_han) && !opening) || self.bounds.contains(word) || self.not.contains(word)
    }

    /// Where the name ending at token `k` starts: the leftmost scope word within reach over
    /// Han words that neither bound a name nor name a common day.
    fn scope_start(&self, text: &str, tokens: &[crate::segment::Token<'_>], k: usize) -> Option<usize> {
        let end = tokens[k].span.end;
        let mut best = None;
        for j in (0..=k).rev() {
            let p = &tokens[j];
            let chars = text.get(p.span.start..end).map_or(usize::MAX, |n| n.chars().count());
            let bound = self.bounds_name(p.text);
            if bound || chars > MAX_NAME_CHARS {
                break;
            }
            let Some(len) = self.scope.longest_prefix(p.text) else { continue };
            let scope_chars = p.text[..len].chars().count();
            if chars > scope_chars + MIN_CORE_CHARS {
                best = Some(p.span.start);
            }
        }
        best
    }
}
