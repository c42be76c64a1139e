//! Calendar forms that need arithmetic or a reference date, for the date extractor.
//!
//! **In:** a sentence, a byte position, the reference date. **Out:** a [`Found`] date (value,
//! end of a range, modifier, end offset) for:
//! - two-digit years (`15年3月`, `98年4月`) and spelled ones (`零七年`, `九零年`): the reading
//!   nearest the reference year and never more than one year after it ([`century_year`]);
//! - decades and centuries (`90年代`, `上世纪八十年代`, `上世纪六七十年代`, `1990年代`,
//!   `21世纪`, `本世纪`): ranges of years, `初`/`末` after them a modifier;
//! - days, weeks and months relative to the reference (`今天`, `昨日`, `上周三`, `本月`,
//!   `上月1日`; lexicon `relative_days.txt`);
//! - months counted in a year (`前十一个月`, `后三个月`, `首月`, `第8个月`): month ranges;
//! - dotted year–month ranges (`1999.08-2002.02`, `2008.03-2009`, `2008.03起`).
//!
//! **Guarantees:** never panics; every look-ahead is bounded (a few characters).

use super::number;
use crate::facts::{DateModifier, DateValue};
use crate::lexicon::{RELATIVE_DAYS, TIME_WORDS};
use crate::text::{is_sentence_stop, next_char, prev_char};

/// A date read here: its value, the end of a range, a modifier and the offset after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub value: DateValue,
    pub end_value: Option<DateValue>,
    pub modifier: Option<DateModifier>,
    pub end: usize,
}

/// What a relative word counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Step {
    Day,
    Week,
    Month,
    /// A quarter of the year (`本季度`): its three months.
    Quarter,
    /// A word whose last character starts a relative word without making one (`原本` in
    /// `原本月薪`, `基本`): no relative word starts inside it.
    Word,
    /// A word whose first character ends a relative word without making one (`月饼` in
    /// `送上月饼`): no relative word ends inside it.
    Tail,
}

#[derive(Debug, Clone)]
struct RelativeWord {
    word: String,
    step: Step,
    offset: i32,
}

impl RelativeWord {
    /// A row naming a day, week or month (not a guard word).
    fn is_relative(&self) -> bool {
        !matches!(self.step, Step::Word | Step::Tail)
    }
}

/// The relative words of `relative_days.txt`, longest first.
#[derive(Debug, Clone)]
pub struct RelativeDays {
    words: Vec<RelativeWord>,
    /// Words naming a past age (`past_era` of `time_words.txt`: `当年`, `那个年代`).
    past_eras: Vec<&'static str>,
    /// Parts of the day (`daypart` of `time_words.txt`: `上午`): `今天上午` is a day.
    dayparts: Vec<&'static str>,
}

impl Default for RelativeDays {
    fn default() -> Self {
        Self::new()
    }
}

/// The year of a two-digit year `yy`: the reading nearest `reference_year` that is at most
/// one year after it; without a reference, 1950–2049.
pub fn century_year(yy: u32, reference_year: Option<i32>) -> i32 {
    let yy = yy as i32 % 100;
    let Some(r) = reference_year else {
        return if yy < 50 { 2000 + yy } else { 1900 + yy };
    };
    let base = r.div_euclid(100) * 100;
    [base - 100 + yy, base + yy, base + 100 + yy]
        .into_iter()
        .filter(|&y| y <= r + 1)
        .min_by_key(|&y| (y - r).abs())
        .unwrap_or(base + yy)
}

fn plain_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Exactly `n` digits at `i`, all Arabic (`2018`) or all spelled one by one (`二○一八`):
/// their value and the offset after them; `None` if a digit of either kind follows.
pub fn digit_run(s: &str, i: usize, n: usize) -> Option<(u32, usize)> {
    let digit = |c: char, spelled: bool| if spelled { plain_digit(c) } else { c.to_digit(10).filter(|_| c.is_ascii()) };
    let spelled = plain_digit(s[i..].chars().next()?).is_some();
    let (mut value, mut end) = (0, i);
    for c in s[i..].chars().take(n) {
        value = value * 10 + digit(c, spelled)?;
        end += c.len_utf8();
    }
    let more = next_char(s, end).is_some_and(|c| digit(c, false).is_some() || digit(c, true).is_some());
    (end - i == n * if spelled { 3 } else { 1 } && !more).then_some((value, end))
}

/// A year spelled with two Chinese digits before 年 (`零七年`, `九零年`, `九八年`): its two
/// digits and the offset after 年. Pairs that read as a vague range (`三五年`, `七八年`) are
/// years only with a zero or a month after them.
pub fn spelled_year(s: &str, i: usize, month_follows: impl Fn(usize) -> bool) -> Option<(u32, usize)> {
    let mut it = s[i..].chars();
    let (a, b) = (it.next()?, it.next()?);
    let (d1, d2) = (plain_digit(a)?, plain_digit(b)?);
    let after_digits = i + a.len_utf8() + b.len_utf8();
    if !s[after_digits..].starts_with('年') || prev_char(s, i).is_some_and(|p| plain_digit(p).is_some()) {
        return None;
    }
    let after = after_digits + '年'.len_utf8();
    let vague = (1..=2).contains(&(d2 as i32 - d1 as i32)) || d1 == 0 && d2 == 0;
    let zero = d1 == 0 || d2 == 0;
    // 年代, 年龄, 年级 are no years of a date.
    if matches!(next_char(s, after), Some('代' | '龄' | '级' | '纪')) {
        return None;
    }
    (zero && !(d1 == 0 && d2 == 0) || month_follows(after) || !vague && d1 > d2).then_some((d1 * 10 + d2, after))
}

/// The century before `i` (`上世纪`, `本世纪`, `20世纪`, `二十世纪`): its first year (1900
/// for the 20th) and the offset after it.
fn century_at(s: &str, i: usize, reference_year: Option<i32>) -> Option<(i32, usize)> {
    let now = reference_year.map_or(2000, |r| (r - 1).div_euclid(100) * 100);
    for (word, first) in [("上世纪", now - 100), ("上个世纪", now - 100), ("本世纪", now)] {
        if s[i..].starts_with(word) {
            return Some((first, i + word.len()));
        }
    }
    let n = number::scan(s, i)?;
    let after = n.span.end;
    if !s[after..].starts_with("世纪") || n.value.fract() != 0.0 || !(1.0..=30.0).contains(&n.value) {
        return None;
    }
    Some(((n.value as i32 - 1) * 100, after + "世纪".len()))
}

/// The tens of a decade at `i` before 年代: `80`, `八十`, `六七十` (two decades), `1990`;
/// returns the first and last decade's first year (the century left to the caller for two
/// digits, with `full` false) and the offset of 年代.
fn decade_digits(s: &str, i: usize) -> Option<(i32, i32, bool, usize)> {
    let c = next_char(s, i)?;
    if c.is_ascii_digit() {
        let digits = s[i..].bytes().take_while(u8::is_ascii_digit).count();
        let v: i32 = s[i..i + digits].parse().ok()?;
        let end = i + digits;
        return match digits {
            2 if v % 10 == 0 => Some((v, v, false, end)),
            4 if v % 10 == 0 && (1000..=2999).contains(&v) => Some((v, v, true, end)),
            _ => None,
        };
    }
    let mut it = s[i..].chars();
    let d1 = plain_digit(it.next()?)?;
    let second = it.next()?;
    if second == '十' {
        return Some((d1 as i32 * 10, d1 as i32 * 10, false, i + c.len_utf8() + '十'.len_utf8()));
    }
    let d2 = plain_digit(second)?;
    if it.next()? != '十' || d2 != d1 + 1 {
        return None;
    }
    Some((d1 as i32 * 10, d2 as i32 * 10, false, i + c.len_utf8() * 2 + '十'.len_utf8()))
}

/// `初`, `末`, `以来` after a decade or century.
fn period_modifier(s: &str, end: usize) -> (Option<DateModifier>, usize) {
    for (w, m) in [("初", DateModifier::Start), ("末", DateModifier::End), ("以来", DateModifier::Since)] {
        if s[end..].starts_with(w) {
            return (Some(m), end + w.len());
        }
    }
    (None, end)
}

/// A decade (`90年代`, `上世纪八十年代`, `上世纪六七十年代`) or a century (`21世纪`,
/// `上世纪`) at `i`, as a range of years.
pub fn decade_at(s: &str, i: usize, reference_year: Option<i32>) -> Option<Found> {
    // Most positions: no 年代 or 世纪 within reach (the longest form, 上个世纪六七十年代, is
    // 27 bytes).
    let window = &s[i..crate::span::floor_char_boundary(s, (i + 30).min(s.len()))];
    if !(window.contains("年代") || window.contains("世纪")) {
        return None;
    }
    if prev_char(s, i).is_some_and(|p| p.is_ascii_digit() || number::is_chinese_numeral_char(p)) {
        return None;
    }
    let century = century_at(s, i, reference_year);
    let from = century.map_or(i, |c| c.1);
    if let Some((low, high, full, k)) = decade_digits(s, from).filter(|d| s[d.3..].starts_with("年代")) {
        let base = match (century, full) {
            (_, true) => 0,
            (Some((first, _)), false) => first,
            // 90年代: the century whose decade has begun by the reference year.
            (None, false) => century_year(low as u32, reference_year.map(|r| r - 1)) - low,
        };
        let (modifier, end) = period_modifier(s, k + "年代".len());
        let (first, last) = (base + low, base + high + 9);
        return Some(Found { value: DateValue::year(first), end_value: Some(DateValue::year(last)), modifier, end });
    }
    let (first, after) = century?;
    // 上世纪 alone or 21世纪: the years 1901–2000, 2001–2100.
    let (modifier, end) = period_modifier(s, after);
    Some(Found { value: DateValue::year(first + 1), end_value: Some(DateValue::year(first + 100)), modifier, end })
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether the weekday written at the start of `s` (`周六`, `星期日`, `六`) is that of the
/// day `v`.
pub fn is_weekday_of(v: DateValue, s: &str) -> bool {
    let (Some(y), Some(m), Some(d)) = (v.year, v.month, v.day) else { return false };
    let monday_based = (days_from_civil(y, u32::from(m), u32::from(d)) + 3).rem_euclid(7) + 1;
    weekday_at(s, 0).is_some_and(|(w, _)| w == monday_based)
}

/// The quarter `offset` quarters from the one of month `m` of year `y`, as its first and last
/// month (`本季度` in May 2024 → 2024-04 / 2024-06), the mention ending at `end`.
fn relative_quarter(y: i32, m: u8, offset: i32, end: usize) -> Found {
    let quarters = y * 4 + (i32::from(m) - 1) / 3 + offset;
    let (year, first) = (quarters.div_euclid(4), (quarters.rem_euclid(4) * 3 + 1) as u8);
    let month = |m: u8| DateValue { year: Some(year), month: Some(m), day: None, time: None };
    Found { value: month(first), end_value: Some(month(first + 2)), modifier: None, end }
}

/// The civil date of a day number of [`days_from_civil`].
fn civil_from_days(z: i64) -> DateValue {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    DateValue::ymd(y, m, d)
}

/// The weekday (1 = Monday … 7 = Sunday) written at `i` (`三`, `日`, `天`, after an
/// optional `星期`/`周`), and the offset after it.
fn weekday_at(s: &str, i: usize) -> Option<(i64, usize)> {
    let j = ["星期", "礼拜", "周"].iter().find(|w| s[i..].starts_with(**w)).map_or(i, |w| i + w.len());
    let c = next_char(s, j)?;
    let w = match c {
        '日' | '天' => 7,
        _ => plain_digit(c).filter(|d| (1..=6).contains(d))? as i64,
    };
    Some((w, j + c.len_utf8()))
}

impl RelativeDays {
    pub fn new() -> Self {
        let mut words: Vec<RelativeWord> = RELATIVE_DAYS
            .rows()
            .filter_map(|r| {
                Some(RelativeWord {
                    word: r.word().to_string(),
                    step: RELATIVE_DAYS.variant(r, 1),
                    offset: r.field(2)?.trim_start_matches('+').parse().ok()?,
                })
            })
            .collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.word.len()));
        let role = |key| TIME_WORDS.keyed(key).iter().map(|r| r.word()).collect();
        RelativeDays { words, past_eras: role("past_era"), dayparts: role("daypart") }
    }

    /// Where a word naming the reference day (`今天`, `今日`: offset 0) starts that stands
    /// with an opening bracket right before `at`: the date at `at` glosses that day
    /// (`今天（9月7日）`).
    pub fn glossed_today(&self, s: &str, at: usize) -> Option<usize> {
        let before = s[..at].strip_suffix(['（', '('])?;
        let today = |w: &&RelativeWord| w.step == Step::Day && w.offset == 0 && before.ends_with(w.word.as_str());
        self.words.iter().find(today).map(|w| before.len() - w.word.len())
    }

    /// The first characters of the words, for a quick rejection.
    pub fn starters(&self) -> impl Iterator<Item = char> + '_ {
        self.words.iter().filter(|w| w.is_relative()).filter_map(|w| w.word.chars().next())
    }

    /// A day, weekday or month relative to `reference` at `i` (`昨日`, `上周三`, `上月1日`,
    /// `本月`); a day-precise word needs a reference day. The month's day, if written, joins.
    pub fn at(&self, s: &str, i: usize, reference: Option<DateValue>) -> Option<Found> {
        let w = self.words.iter().find(|w| w.is_relative() && s[i..].starts_with(w.word.as_str()))?;
        if prev_char(s, i).is_some_and(|p| matches!(p, '每' | '当' | '同' | '前' | '这' | '那')) {
            return None;
        }
        if self.inside_word(s, i) {
            return None;
        }
        let after = i + w.word.len();
        if self.ends_inside_word(s, after) {
            return None;
        }
        // A one-character word (`昨`) in the idioms 昨是今非, 今是昨非 is no day.
        let idiom = w.word.chars().nth(1).is_none()
            && (s[after..].starts_with(['是', '非']) || prev_char(s, i).is_some_and(|p| matches!(p, '是' | '非')));
        if idiom {
            return None;
        }
        let r = reference?;
        let (y, m) = (r.year?, r.month?);
        // 今日（十月八日）: the bracket states the date (docs/FACTS.md §4). 今天的, 明天的
        // name the present and the future (为今天的发展奠定基础), not a day.
        let era = w.step == Step::Day && w.offset >= 0 && s[after..].starts_with('的');
        if s[after..].starts_with(['（', '('])
            || era
            || (w.step == Step::Day && present_after_de(s, i, after, w.offset))
            || (w.step == Step::Day && w.offset == 0 && self.nowadays_after_era(s, i, after))
        {
            return None;
        }
        match w.step {
            Step::Word | Step::Tail => None,
            Step::Day => {
                let today = days_from_civil(y, m.into(), r.day?.into());
                let since = s[after..].starts_with('起');
                let end = if since { after + '起'.len_utf8() } else { after };
                let value = civil_from_days(today + i64::from(w.offset));
                Some(Found { value, end_value: None, modifier: since.then_some(DateModifier::Since), end })
            }
            Step::Week => {
                let (weekday, end) = weekday_at(s, after)?;
                // 本周三(十月十日): the bracket states the day; 上周六日(3月19及20日): the two
                // days of the weekend.
                let weekend = if weekday == 6 { s[end..].strip_prefix(['日', '天']) } else { None };
                if weekend.unwrap_or(&s[end..]).starts_with(['（', '(']) {
                    return None;
                }
                let today = days_from_civil(y, m.into(), r.day?.into());
                let monday = today - (today + 3).rem_euclid(7);
                let value = civil_from_days(monday + 7 * i64::from(w.offset) + weekday - 1);
                Some(Found { value, end_value: None, modifier: None, end })
            }
            Step::Month => {
                let months = y * 12 + i32::from(m) - 1 + w.offset;
                let (year, month) = (months.div_euclid(12), (months.rem_euclid(12) + 1) as u8);
                let mut value = DateValue { year: Some(year), month: Some(month), day: None, time: None };
                let mut end = after;
                if let Some((d, k)) = month_day(s, after) {
                    value.day = Some(d);
                    end = k;
                }
                value.is_valid().then_some(Found { value, end_value: None, modifier: None, end })
            }
            Step::Quarter => Some(relative_quarter(y, m, w.offset, after)),
        }
    }

    /// Whether the character before `after` starts a `tail` row (`上月饼`: `月饼`).
    fn ends_inside_word(&self, s: &str, after: usize) -> bool {
        let Some(last) = prev_char(s, after) else { return false };
        let start = after - last.len_utf8();
        self.words.iter().any(|w| w.step == Step::Tail && s[start..].starts_with(w.word.as_str()))
    }

    /// Whether the character at `i` ends a `word` row that starts before it (`原本月薪`).
    fn inside_word(&self, s: &str, i: usize) -> bool {
        self.words.iter().filter(|w| w.step == Step::Word).any(|w| {
            w.word
                .char_indices()
                .last()
                .is_some_and(|(k, _)| s[..i].ends_with(&w.word[..k]) && s[i..].starts_with(&w.word[k..]))
        })
    }
}

/// `1日`, `15号` after a month word: the day and the offset after its 日/号.
fn month_day(s: &str, i: usize) -> Option<(u8, usize)> {
    let digits = s[i..].bytes().take_while(u8::is_ascii_digit).count();
    let n = if digits > 0 && digits <= 2 {
        (s[i..i + digits].parse::<u8>().ok()?, i + digits)
    } else {
        let n = number::scan(s, i).filter(|n| n.form == number::NumberForm::Chinese)?;
        (n.value as u8, n.span.end)
    };
    let t = next_char(s, n.1).filter(|c| matches!(c, '日' | '号'))?;
    (1..=31).contains(&n.0).then_some((n.0, n.1 + t.len_utf8()))
}

/// Months counted in the year just named, at `i`: `前十一个月`, `首十一个月` (January–November),
/// `后三个月` (October–December), `首月` (January), `第8个月` (August). Returns the first and
/// last month and the offset after the expression.
pub fn counted_months(s: &str, i: usize) -> Option<(u8, u8, usize)> {
    if s[i..].starts_with("首月") {
        return Some((1, 1, i + "首月".len()));
    }
    let c = next_char(s, i).filter(|c| matches!(c, '前' | '首' | '头' | '頭' | '后' | '第'))?;
    let n = number::scan(s, i + c.len_utf8())?;
    let rest = &s[n.span.end..];
    let end = n.span.end + ["个月", "個月"].iter().find(|w| rest.starts_with(**w))?.len();
    if n.value.fract() != 0.0 || !(1.0..=12.0).contains(&n.value) || next_char(s, end).is_some_and(|c| c == '内') {
        return None;
    }
    let k = n.value as u8;
    Some(match c {
        '前' | '首' | '头' | '頭' if k >= 2 => (1, k, end),
        '后' if k >= 2 => (13 - k, 12, end),
        '第' => (k, k, end),
        _ => return None,
    })
}

/// `2008.03`: a four-digit year, a dot and a two-digit month; the offset after it.
fn dotted_month(s: &str, i: usize) -> Option<(DateValue, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits(i) != 4 || b.get(i + 4) != Some(&b'.') || digits(i + 5) != 2 {
        return None;
    }
    let y: i32 = s[i..i + 4].parse().ok()?;
    let m: u8 = s[i + 5..i + 7].parse().ok()?;
    let after = i + 7;
    let more = next_char(s, after).is_some_and(|c| c == '.' || c == '%' || number::is_chinese_numeral_char(c));
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && !more)
        .then_some((DateValue { year: Some(y), month: Some(m), day: None, time: None }, after))
}

/// `1999.08-2002.02`, `2008.03-2009`, `2008.03至今`, `2008.03起`: dotted year–months that a
/// range or a date word marks as dates (alone, `2008.03` may be a decimal).
pub fn dotted_range(s: &str, i: usize, connectors: &[&str]) -> Option<Found> {
    let (value, after) = dotted_month(s, i)?;
    for w in ["至今", "以来", "起"] {
        if s[after..].starts_with(w) {
            return Some(Found { value, end_value: None, modifier: Some(DateModifier::Since), end: after + w.len() });
        }
    }
    let conn = connectors.iter().filter(|c| s[after..].starts_with(**c)).max_by_key(|c| c.len())?;
    let k = after + conn.len();
    let (end_value, end) = match dotted_month(s, k) {
        Some(second) => second,
        None => {
            let digits = s[k..].bytes().take_while(u8::is_ascii_digit).count();
            let y: i32 = s.get(k..k + 4).filter(|_| digits == 4)?.parse().ok()?;
            let tail = if s[k + 4..].starts_with('年') { '年'.len_utf8() } else { 0 };
            if next_char(s, k + 4).is_some_and(|c| c == '.') {
                return None;
            }
            (DateValue::year(y), k + 4 + tail)
        }
    };
    (end_value > value).then_some(Found { value, end_value: Some(end_value), modifier: None, end })
}

impl RelativeDays {
    /// *Nowadays after a past age*: `今天` in a sentence that names a past age before it
    /// (`当年的卫生院只有两名医生，更不用说今天。`, `那个年代的药方，我们今天读来仍有启发`) is
    /// the present age set against that past, no day; a part of the day right after it
    /// (`当年的老院长今天上午回到卫生院`) still dates. Scans the sentence back to its end mark,
    /// only where a word of today was found.
    fn nowadays_after_era(&self, s: &str, i: usize, after: usize) -> bool {
        if self.dayparts.iter().any(|d| s[after..].starts_with(d)) {
            return false;
        }
        let start = s[..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_sentence_stop(c) || c == '\n')
            .map_or(0, |(k, c)| k + c.len_utf8());
        self.past_eras.iter().any(|w| s[start..i].contains(w))
    }
}

/// *The present after 的*: `今天` after `的` closing its clause is the present age, no day
/// (`在医疗技术飞速发展的今天，…`; `他说的今天上午` still dates).
fn present_after_de(s: &str, i: usize, after: usize, offset: i32) -> bool {
    offset == 0
        && prev_char(s, i) == Some('的')
        && next_char(s, after).map_or(true, |c| matches!(c, '，' | ',' | '。' | '；' | '！' | '？' | '、' | '”'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digit_years_near_the_reference() {
        assert_eq!(century_year(15, Some(2024)), 2015);
        assert_eq!(century_year(98, Some(2024)), 1998);
        assert_eq!(century_year(25, Some(2024)), 2025);
        assert_eq!(century_year(30, Some(2024)), 1930);
        assert_eq!(century_year(3, None), 2003);
        assert_eq!(century_year(90, None), 1990);
    }

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 3, 1) - 1).to_string(), "2024-02-29");
        assert_eq!(civil_from_days(days_from_civil(2024, 12, 31) + 1).to_string(), "2025-01-01");
    }

    #[test]
    fn spelled_and_counted() {
        let yes = |_| false;
        assert_eq!(spelled_year("九零年", 0, yes).map(|y| y.0), Some(90));
        assert_eq!(spelled_year("零七年", 0, yes).map(|y| y.0), Some(7));
        assert_eq!(spelled_year("三五年", 0, yes), None);
        assert_eq!(spelled_year("九八年", 0, yes).map(|y| y.0), Some(98));
        assert_eq!(counted_months("前十一个月", 0), Some((1, 11, "前十一个月".len())));
        assert_eq!(counted_months("后三个月", 0).map(|c| (c.0, c.1)), Some((10, 12)));
        assert_eq!(counted_months("首九個月", 0).map(|c| (c.0, c.1)), Some((1, 9)));
        assert_eq!(counted_months("前3个月内", 0), None);
    }
}
