//! Extracts calendar expressions and resolves them against the article's dates.
//!
//! **In:** a [`Doc`] (its sentences, the layout's publication stamp, the reference date).
//! **Out:** [`DateMention`]s pushed into [`Facts::dates`], each at the byte span of its
//! whole expression in the normalized text, modifier words included (`截至2020年底`).
//!
//! Recognized: absolute dates (`2021年3月16日`, `2024/2/28`, `2025-05-23 22:08:50`,
//! `二〇二四年三月`), partial dates (`5月22日`, `2024年`, `2月`, a bare `8日` right after a
//! dated passage), ranges (`5月18日至20日`, `2024-2035年`, `2016年至2020年`, `2018/19年度`,
//! `2024-25学年` before a word of school or fiscal years, lexicon `time_words.txt`),
//! named plan periods (`十四五`, lexicon `plan_periods.txt`), relative years (`今年`, `去年`,
//! `次年`, lexicon `relative_years.txt`), modifiers (`年底`, `以来`, `截至`, `上半年`, lexicon
//! `date_modifiers.txt`), ROC years (`民国102年`, and `102年`, `113/3/1`, `113.12.31` in an
//! article about Taiwan),
//! Chinese-numeral months alone where a date is expected (`将于十一月`, `去年十二月`),
//! clock times after a day (`下午3时30分`, `香港时间16时30分` — on the line after a date
//! line, a date of its own: the day above at that time —, lexicon `time_words.txt`), wire
//! stamps (`8/24 16:05`), dateline days (`台北24日电`, also on a line of their own:
//! `layout.dateline_lines`) and Taiwan's bracketed numbers (`今（23）日` needs the reference date;
//! `去（2018）年12月下旬`, `本（1）月7日`), quarters as month
//! ranges (`第三季度` → `YYYY-07`/`YYYY-09`, `前三季度` → `YYYY-01`/`YYYY-09`, `首季度`, `Q1`
//! in a known year; `首季` after a year is its start) and
//! ten-day parts of a month (`6月上旬`, month precision, no modifier). Through `calendar`:
//! two-digit and spelled years (`15年3月`, `零七年`), decades and centuries (`90年代`,
//! `21世纪`), relative days, weeks and months (`昨日`, `上周三`, `本月初`), counted months
//! (`前11个月`, `首月`), dotted year–month ranges (`1999.08-2002.02`). Also `二月十五` (a
//! day without 日 ending its clause), `6·30`, `3/5` where the words around make it a date,
//! `1985到89年9月`; a range whose end month comes before its start month ends in the next
//! year (`12月1日至1月1日`), one whose end names the year after its start ends there
//! (`11月20日至次年2月底`, `9月至来年5月`; `来年`, `下一年` are dates only there). A
//! relative year dates a month range (`今年1至8月份`); a range may start mid-month and end in a relative year (`11月中至去年12月底`); two days in a row
//! joined by 及 are a range (`3月19及20日`); a year without 年 ending a quoted name
//! (`“健康中国2030”`, `「论坛2025」`) is a date but no narrated year. A bare day that wire
//! copy dates its events with (`世卫组织4日发布`, `当地时间5日，`, `截至5日，`, with a clock time:
//! `8日14时25分，`) is a day of the reference month, and so are two joined by a range word where a
//! date opens (`于5日至7日开展`); a relative day takes the clock time after it (`今天上午9时`, `今晨6时`);
//! `元月` is January, `03年` a year, `至今` after a date since, `自…起至…止` one range,
//! years listed with 、 or 和 a year each (`2022、2023年`, `2019和2020年`). The dates of the article's other metadata lines
//! (`layout.meta_stamps`) are facts too, and so are their stamps without a year
//! (`layout.yearless_stamps`: `发布时间：10-08 12:00` → `--10-08T12:00`).
//!
//! Resolution of a date without a year: the last explicit year of the same paragraph (the
//! passage is narrating that time), else the reference date's year, else the last year
//! named earlier in the article; with none of these it keeps its precision (`--05-22`).
//! `今年`/`去年`/`明年` need the reference date; `次年`/`同年` need a year in context. A page
//! with no publication date that states its today in brackets (`今（2019）年` or
//! `去（2018）年`, `本（1）月`, `今（16）日`) takes that as the reference date.
//!
//! Not dates: durations (`15年`, `3-6个月`, `首10日`), document numbers (`〔2024〕12号`), ages, `近日`, `近年来`, `目前`, `每年`
//! and the months after it (`每年1至3月`, `每年的3月24日`, and the yearless dates later in its sentence:
//! `，6至8月`), `当日`, a year end after `每当`/`每逢` (`每逢年末`). A relative year after a comparing
//! word (`比去年`, `与去年相比`) is a date but no anchor year for later yearless dates.
//!
//! **Guarantees:** never panics; every lookahead is bounded, so cost is linear in the text;
//! the publication stamp of the layout is always a date fact at its own span.

use super::calendar::{self, Found, RelativeDays};
use super::doc::{Doc, Facts};
use super::number::{self, RANGE_CONNECTORS};
use crate::facts::{DateKind, DateMention, DateModifier, DateValue};
use crate::lexicon::{
    DATE_MODIFIERS, PERSON_ROLES, PLAN_PERIODS, RELATIVE_YEARS, SUBJECT_WORDS, SURNAMES, TAIWAN_MARKERS, TIME_WORDS,
};
use crate::span::Span;
use crate::text::{is_han, next_char, prev_char, LIST_SEPARATORS};
use aho_corasick::AhoCorasick;
use std::cell::OnceCell;

#[derive(Debug, Clone)]
struct Period {
    label: String,
    first: i32,
    last: i32,
    /// Also an ordinary number: needs quotes or a plan word.
    strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Base {
    Reference,
    Context,
    /// Counted from the year a range starts in; a date only as the end of a range.
    Start,
}

#[derive(Debug, Clone)]
struct Relative {
    word: String,
    offset: i32,
    base: Base,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Position {
    Prefix,
    ClausePrefix,
    ClauseOpener,
    Suffix,
    /// After a date, marks it as a start (`起`, `开始`: since).
    Closer,
    /// Before a date a closer closes (`自…起`, `从…开始`).
    Opener,
    /// What, right after a closer, makes it part of a verb (`起` + `草`, `诉`: no start).
    NotCloser,
    Standalone,
}

/// Hour, minute and optional second, as [`DateValue::time`] holds them.
type Clock = (u8, u8, Option<u8>);

/// How a part of the day shifts a clock hour (下午3时 → 15:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Half {
    Am,
    Pm,
    Noon,
}

#[derive(Debug, Clone)]
struct DayPart {
    word: String,
    half: Half,
}

#[derive(Debug, Clone)]
struct ModifierWord {
    word: String,
    position: Position,
    /// `None` for words that belong to the date without qualifying it (`上旬`).
    modifier: Option<DateModifier>,
}

/// Built once; holds this extractor's lexicons.
#[derive(Debug)]
pub struct DateExtractor {
    periods: Vec<Period>,
    relatives: Vec<Relative>,
    /// Longest first.
    modifiers: Vec<ModifierWord>,
    taiwan: AhoCorasick,
    /// Time zone labels before a clock time, longest first.
    zones: Vec<String>,
    /// Parts of the day before a clock time, longest first.
    dayparts: Vec<DayPart>,
    /// Words before a date that make it the baseline of a comparison (`较2024年末`): the
    /// `comparative` rows of `subject_words.txt`.
    comparatives: Vec<&'static str>,
    /// Fixed phrases whose Chinese-numeral month is no date (十月怀胎).
    not_months: Vec<String>,
    /// Words that make two years in a row one school, fiscal or sports year (`学年`).
    year_spans: Vec<String>,
    /// Words of the lunar calendar before its month (`农历`): that month and day are no date.
    lunar: Vec<String>,
    /// Verbs after a bare day that make it a wire day (`day_verb` of `time_words.txt` and
    /// the verbs of saying of `person_roles.txt`).
    day_verbs: Vec<&'static str>,
    /// Words right before and right after a bare wire day that place it ahead of the
    /// reference (`ahead_before`, `ahead_after` of `time_words.txt`: `将于22日`, `15日将`).
    ahead: (Vec<&'static str>, Vec<&'static str>),
    /// Words before a date that make it habitual (`habitual` of `time_words.txt`: `每年`).
    habitual: Vec<&'static str>,
    /// Words around a relative year compared against (`compare_open`, `compare_close` of
    /// `time_words.txt`: `与去年相比`).
    compared: (Vec<&'static str>, Vec<&'static str>),
    /// Days, weeks and months relative to the reference (`relative_days.txt`).
    relative_days: RelativeDays,
    /// One-character surnames (`surnames.txt`) and the characters that lead into a relative
    /// day instead of ending a name (`not_name` of `time_words.txt`), for `张晓明日前`.
    surnames: (std::collections::HashSet<char>, std::collections::HashSet<char>),
    /// First characters of the period, relative and standalone words (sorted), so that most
    /// positions are rejected with one lookup.
    starters: Vec<char>,
}

impl Default for DateExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// One calendar expression before resolution.
#[derive(Debug, Clone, Copy, Default)]
struct Atom {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<(u8, u8, Option<u8>)>,
    /// Byte offset (in the sentence) after the atom.
    end: usize,
    /// The day's 日 is left to the second half of a range (`3月5-7日`).
    open: bool,
    /// The year comes from the first half of a range, not from this atom's text.
    inherited: bool,
    /// The end of a range in a later year than its start, by this many years (`至次年3月`):
    /// the year is the start's plus this once the start is resolved.
    year_after_start: Option<i32>,
}

impl Atom {
    fn value(&self) -> DateValue {
        DateValue { year: self.year, month: self.month, day: self.day, time: self.time }
    }
}

/// A wire dateline's bare day (台北24日电, not 3日电话) is a day of the reference month:
/// `Some` when the text at `i` is one (`Some(None)`: no reference month to place it in).
fn dateline_day_at(
    s: &str,
    i: usize,
    reference: Option<DateValue>,
    ctx: &Context,
) -> Option<Option<DateMention<Span>>> {
    if ctx.month.is_some() {
        return None;
    }
    let (d, k) = small_number(s, i, &['日'], false)?;
    let end = k + '日'.len_utf8();
    let after = end + '电'.len_utf8();
    let dateline = s[end..].starts_with('电') && next_char(s, after).map_or(true, is_boundary_char);
    dateline.then(|| Some(point(day_near_reference(reference, d, false)?, Span::new(i, end))))
}

/// The day of a dateline printed as a line of its own (`中央社／ 台北28日电`).
fn dateline_line_day(line: &str, reference: Option<DateValue>) -> Option<DateMention<Span>> {
    let ctx = Context::default();
    line.char_indices().find_map(|(i, _)| dateline_day_at(line, i, reference, &ctx)).flatten()
}

/// A year with 年 at `after_year`, and the month and day after it (2023年1-11月 leaves the
/// month's 月 to the second half of the range; 2023年度).
fn year_atom(s: &str, year: i32, after_year: usize) -> Atom {
    let mut a = Atom { year: Some(year), end: after_year, ..Default::default() };
    let j = skip_spaces(s, after_year);
    if let Some((m, k)) = small_number(s, j, &['月'], true) {
        if (1..=12).contains(&m) {
            a.month = Some(m as u8);
            a.end = k + '月'.len_utf8();
            if s[a.end..].starts_with('份') {
                a.end += '份'.len_utf8();
            }
            day_tail(s, &mut a);
            return a;
        }
    }
    if let Some(m) = open_month(s, j) {
        a.month = Some(m.0);
        a.end = m.1;
        a.open = true;
        return a;
    }
    if let Some(e) = new_year_day(s, j) {
        (a.month, a.day, a.end) = (Some(1), Some(1), e);
        return a;
    }
    if s[a.end..].starts_with('度') {
        a.end += '度'.len_utf8();
    }
    a
}

/// Words after a plan's label that make it the plan's period (`十四五期间`, `九五计划`).
const PLAN_WORDS: [&str; 4] = ["规划", "计划", "期间", "时期"];

/// `元旦` at `i` (after a year: `2019年元旦`, `明年元旦`): January 1st; the end.
fn new_year_day(s: &str, i: usize) -> Option<usize> {
    s[i..].starts_with("元旦").then(|| i + "元旦".len())
}

/// *Listed days*: bare days joined by `、` (`9日、10日两天`) are days of the calendar, each
/// one a date: the day at `i..end` has such a day right after or right before it.
fn listed_day(s: &str, i: usize, end: usize) -> bool {
    let day_after = s[end..].strip_prefix('、').and_then(|r| {
        let k = r.find(|c: char| !c.is_ascii_digit())?;
        (1..=2).contains(&k).then(|| r[k..].starts_with('日'))
    });
    let day_before = s[..i].strip_suffix('、').and_then(|b| {
        let b = b.strip_suffix('日')?;
        let k = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        Some((1..=2).contains(&k))
    });
    day_after == Some(true) || day_before == Some(true)
}

/// *Lone New Year's Day*: `元旦` with no year before it (`元旦期间，…`) is the 1 January
/// nearest the reference (published in December: the coming one; FACTS §Dates on real
/// pages), whatever year the passage narrates; with no reference, the narrated year's. After a year (`明年元旦`) [`new_year_day`] reads it.
fn lone_new_year_day(s: &str, i: usize, reference: Option<DateValue>, ctx: &Context) -> Option<DateMention<Span>> {
    let end = new_year_day(s, i)?;
    if prev_char(s, i).is_some_and(|c| c == '年' || c.is_ascii_digit() || number::is_chinese_numeral_char(c)) {
        return None;
    }
    let nearest = || reference.and_then(|r| Some(r.year? + i32::from(r.month? >= 7)));
    let year = nearest().or(ctx.year)?;
    Some(point(DateValue::ymd(year, 1, 1), Span::new(i, end)))
}

/// Characters after which a bare day is a count of days, not a day of the month:
/// `首10日` (the first ten days), `头3日`, `每7日`, `近10日`, `逾5日`, `满3日`, `连续3日`,
/// `为期5日`.
pub(super) const DAY_COUNT_PREFIXES: &str = "首头每近逾满续期";

/// Characters after which a bare day with no month (`5日`) counts days or repeats, never
/// a wire day, besides [`DAY_COUNT_PREFIXES`] and [`NOT_DAY_PREFIXES`]: `每月5日`, `每隔3日`,
/// `前3日`, `历时5日`, `需时3日`, `用了5日`, `约3日`, `至5日` (a range's end without its month).
const WIRE_DAY_NOT_AFTER: &str = "月隔前后数几多了共约需仅只再达为用花历时至到逢";

/// Whether a bare day right after `p` counts days or repeats (see [`WIRE_DAY_NOT_AFTER`]).
fn counts_days_after(p: char) -> bool {
    [DAY_COUNT_PREFIXES, NOT_DAY_PREFIXES, WIRE_DAY_NOT_AFTER].iter().any(|set| set.contains(p))
}

/// Characters right after a bare day that make it a count of days (`3日内`, `5日后`,
/// `10日之前`, `7日左右`, `3日以上`), not a date.
const DURATION_AFTER_DAY: [char; 6] = ['内', '后', '前', '左', '以', '之'];

/// True when the character at `end` makes the day before it a count of days.
fn duration_after_day(s: &str, end: usize) -> bool {
    next_char(s, end).is_some_and(|c| DURATION_AFTER_DAY.contains(&c))
}

/// Characters before `于` that make it compare (`不少于5日`, `长于3日`, `等于`): the day after
/// it is a count of days.
const COMPARING_YU: &str = "少多大小高低等长短超过";

/// *Day after 于*: `于27日对外回应`, `将于8日举行`, `继5日的义诊之后` (继: following) — the
/// preposition of time dates the bare day whatever verb follows; not after a comparing word
/// (`不少于5日`) nor before a word of duration (`于5日内完成`).
fn day_after_yu(s: &str, i: usize, end: usize) -> bool {
    let Some(before) = s[..i].strip_suffix(['于', '继']) else { return false };
    !before.ends_with(|c: char| COMPARING_YU.contains(c)) && !duration_after_day(s, end)
}

/// Characters after which a bare day is a number of something else: a document number
/// after its year in brackets (`〔2024〕12号`, `[2023]5号`) or an ordinal (`第3日`).
const NOT_DAY_PREFIXES: &str = "〕]】第";

/// A bare day at `i`: continuing a range, or right after a dated passage (8日到中南海); not
/// a duration (3日内, 首10日) unless it ends a range.
fn bare_day_atom(s: &str, i: usize, ctx: &Context, inherit: Option<Atom>) -> Option<Atom> {
    let (year, month) = match inherit {
        Some(Atom { month: Some(m), day: Some(_), year, .. }) => Some((year, m)),
        Some(_) => None,
        None if prev_char(s, i).is_some_and(|c| DAY_COUNT_PREFIXES.contains(c) || NOT_DAY_PREFIXES.contains(c)) => None,
        None => ctx.month,
    }?;
    let (d, k) = small_number(s, i, &['日', '号'], inherit.is_some())?;
    let end = k + '日'.len_utf8();
    let duration = duration_after_day(s, end) || next_char(s, end) == Some('起');
    if !(1..=31).contains(&d) || (inherit.is_none() && duration) {
        return None;
    }
    let mut a = Atom { year, month: Some(month), day: Some(d as u8), end, inherited: true, ..Default::default() };
    a.end = time_tail(s, a.end, &mut a.time);
    Some(a)
}

/// What the passage is narrating, for partial dates.
#[derive(Debug, Clone, Copy, Default)]
struct Context {
    paragraph: Option<usize>,
    /// Last explicit year in this paragraph.
    year: Option<i32>,
    /// Last explicit month (with its year) in this paragraph.
    month: Option<(Option<i32>, u8)>,
    /// Last explicit year anywhere before.
    doc_year: Option<i32>,
    /// The reference date's year, for two-digit years and decades.
    reference_year: Option<i32>,
    /// The day the article glosses its today with (`今天（9月7日）下午`): its later relative
    /// days count from it, not from the publication date (a story published after midnight).
    today: Option<DateValue>,
    /// The last day stated anywhere before (a point with its day): a clock time opening a
    /// clause on its own (`12时48分，`) is a time of that day.
    day: Option<DateValue>,
}

fn is_boundary_char(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '、'
            | '“'
            | '”'
            | '（'
            | '）'
            | '！'
            | '？'
            | '《'
            | '》'
            | ','
            | ';'
            | ':'
            | '('
            | ')'
    ) || c.is_whitespace()
}

/// Up to `max` ASCII digits at `i`; `None` if more digits follow.
fn ascii_digits(s: &str, i: usize, max: usize) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    let mut v: u32 = 0;
    while j < b.len() && b[j].is_ascii_digit() && j - i < max {
        v = v * 10 + (b[j] - b'0') as u32;
        j += 1;
    }
    if j == i || (j < b.len() && b[j].is_ascii_digit()) {
        return None;
    }
    Some((v, j))
}

/// The word for January besides 一月.
const FIRST_MONTH: &str = "元月";

/// A month or day number at `i` (Arabic 1–2 digits, or a Chinese numeral up to 三十一, or
/// the 元 of `元月`)
/// followed by one of `terminators`; returns the value and the offset of the terminator.
fn small_number(s: &str, i: usize, terminators: &[char], chinese: bool) -> Option<(u32, usize)> {
    let c = next_char(s, i)?;
    if c.is_ascii_digit() {
        let (v, j) = ascii_digits(s, i, 2)?;
        let after = next_char(s, skip_spaces(s, j))?;
        return terminators.contains(&after).then_some((v, skip_spaces(s, j)));
    }
    // 元月: January.
    if chinese && terminators.contains(&'月') && s[i..].starts_with(FIRST_MONTH) {
        return Some((1, i + '元'.len_utf8()));
    }
    if !chinese || !number::is_chinese_numeral_char(c) {
        return None;
    }
    let mut best = None;
    for (k, ch) in s[i..].char_indices().take(4) {
        if !matches!(ch, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' | '零')
        {
            break;
        }
        let j = i + k + ch.len_utf8();
        if let (Some(v), Some(t)) = (number::parse(&s[i..j]), next_char(s, j)) {
            if terminators.contains(&t) && v.fract() == 0.0 {
                best = Some((v as u32, j));
            }
        }
    }
    best
}

fn skip_spaces(s: &str, mut i: usize) -> usize {
    while let Some(c) = next_char(s, i) {
        if c == ' ' || c == '\u{3000}' {
            i += 1 + (c.len_utf8() - 1);
        } else {
            break;
        }
    }
    i
}

impl DateExtractor {
    pub fn new() -> Self {
        let periods = plan_periods();
        let mut relatives: Vec<Relative> = RELATIVE_YEARS
            .rows()
            .filter_map(|r| {
                Some(Relative {
                    word: r.word().to_string(),
                    offset: r.field(1)?.trim_start_matches('+').parse().ok()?,
                    base: RELATIVE_YEARS.variant(r, 2),
                })
            })
            .collect();
        relatives.sort_by_key(|r| std::cmp::Reverse(r.word.len()));
        let mut modifiers: Vec<ModifierWord> = DATE_MODIFIERS
            .rows()
            .map(|r| ModifierWord {
                word: r.field(1).unwrap_or_default().to_string(),
                position: DATE_MODIFIERS.variant(r, 0),
                // `none`: a word that only marks a date (`之际`).
                modifier: (r.field(2) != Some("none")).then(|| DATE_MODIFIERS.variant(r, 2)),
            })
            .collect();
        modifiers.sort_by_key(|m| std::cmp::Reverse(m.word.len()));
        let markers: Vec<&str> = TAIWAN_MARKERS.words().collect();
        let taiwan = AhoCorasick::new(markers).expect("taiwan marker lexicon builds");
        let relative_days = RelativeDays::new();
        let mut starters: Vec<char> = periods
            .iter()
            .map(|p| p.label.as_str())
            .chain(relatives.iter().map(|r| r.word.as_str()))
            .chain(modifiers.iter().filter(|m| m.position == Position::Standalone).map(|m| m.word.as_str()))
            .filter_map(|w| w.chars().next())
            .chain(relative_days.starters())
            .collect();
        starters.sort_unstable();
        starters.dedup();
        let mut zones: Vec<String> = TIME_WORDS.keyed("zone").iter().map(|r| r.word().to_string()).collect();
        zones.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut dayparts: Vec<DayPart> = TIME_WORDS
            .keyed("daypart")
            .iter()
            .map(|r| DayPart { word: r.word().to_string(), half: TIME_WORDS.variant(r, 1) })
            .collect();
        dayparts.sort_by_key(|d| std::cmp::Reverse(d.word.len()));
        let not_months: Vec<String> = TIME_WORDS.keyed("not_month").iter().map(|r| r.word().to_string()).collect();
        let year_spans: Vec<String> = TIME_WORDS.keyed("year_span").iter().map(|r| r.word().to_string()).collect();
        let lunar: Vec<String> = TIME_WORDS.keyed("lunar").iter().map(|r| r.word().to_string()).collect();
        let comparatives = SUBJECT_WORDS.keyed("comparative").iter().map(|r| r.word()).collect();
        let words = |role: &str| -> Vec<&'static str> { TIME_WORDS.keyed(role).iter().map(|r| r.word()).collect() };
        let day_verbs =
            [words("day_verb"), PERSON_ROLES.section("reporting").iter().map(|r| r.word()).collect()].concat();
        let ahead = (words("ahead_before"), words("ahead_after"));
        let habitual = words("habitual");
        let compared = (words("compare_open"), words("compare_close"));
        DateExtractor {
            periods,
            relatives,
            modifiers,
            taiwan,
            zones,
            dayparts,
            comparatives,
            not_months,
            year_spans,
            lunar,
            day_verbs,
            ahead,
            habitual,
            compared,
            relative_days,
            surnames: (one_char(SURNAMES.words()), one_char(words("not_name").into_iter())),
            starters,
        }
    }

    /// Finds the dates of `doc` and pushes them into `facts.dates`.
    pub fn extract(&self, doc: &Doc<'_>, facts: &mut Facts) {
        let stamp = doc.layout.published_at.as_ref().and_then(|s| Some((DateValue::parse(&s.iso)?, s.span)));
        if let Some((value, span)) = stamp {
            facts.dates.extend(split_time_below(doc.text, value, span));
        }
        // The article's other date lines are its dates too (never another story's: those
        // lines are furniture, not metadata).
        for m in &doc.layout.meta_stamps {
            if let Some(value) = DateValue::parse(&m.iso) {
                facts.dates.push(point(value, m.span));
            }
        }
        let searched = OnceCell::new();
        let taiwan = Taiwan { page: Some((&self.taiwan, doc.text, &searched)) };
        let reference = doc.reference_date.or_else(|| stated_today(doc.text));
        for &line in &doc.layout.dateline_lines {
            if let Some(mut d) = dateline_line_day(line.slice(doc.text), reference) {
                d.mention = d.mention.shift(line.start);
                facts.dates.push(d);
            }
        }
        let reference_year = reference.and_then(|r| r.year);
        let mut ctx = Context { doc_year: reference_year, reference_year, ..Default::default() };
        if let Some((value, span)) = stamp {
            facts.dates.extend(self.update_stamps(doc.text, value, span, taiwan, &mut ctx));
        }
        // A metadata line's stamp without its year is a date as one in the text would be.
        for &span in &doc.layout.yearless_stamps {
            let mut alone = Context { doc_year: reference_year, reference_year, ..Default::default() };
            let found = self.scan_sentence(span.slice(doc.text), reference, taiwan, &mut alone);
            for d in found {
                let d = DateMention { mention: d.mention.shift(span.start), ..d };
                // An update stamp in brackets after the publication stamp is read already.
                if !facts.dates.iter().any(|f| f.mention.overlaps(d.mention)) {
                    facts.dates.push(d);
                }
            }
        }
        // Sentences and paragraphs are both in text order: one forward walk finds each
        // sentence's paragraph.
        let paragraphs = &doc.layout.paragraphs;
        let mut cursor = 0;
        // Dates read the sentences' text only: their tokens are not built.
        for &span in doc.sentence_spans() {
            while cursor < paragraphs.len() && paragraphs[cursor].end < span.end {
                cursor += 1;
            }
            let paragraph = paragraphs.get(cursor).filter(|p| p.contains(span)).map(|_| cursor);
            // The title and each paragraph are passages of their own.
            if paragraph != ctx.paragraph || paragraph.is_none() {
                ctx.year = None;
                ctx.month = None;
            }
            ctx.paragraph = paragraph;
            let found = self.scan_sentence(span.slice(doc.text), reference, taiwan, &mut ctx);
            for mut d in found {
                d.mention = d.mention.shift(span.start);
                if stamp.is_some_and(|(_, s)| s.overlaps(d.mention)) {
                    continue;
                }
                facts.dates.push(d);
            }
        }
        self.attach_zoned_times(doc.text, &mut facts.dates);
    }

    /// *Update stamp*: a date after the publication stamp on its own line, in brackets
    /// (`2023/08/24 15:32（8/24 16:05 更新）`), is a date of the article too — the line is
    /// no sentence, so it is read here, its year from the stamp.
    fn update_stamps(
        &self,
        text: &str,
        value: DateValue,
        span: Span,
        taiwan: Taiwan<'_>,
        ctx: &mut Context,
    ) -> Vec<DateMention<Span>> {
        let rest = text.get(span.end..).unwrap_or("");
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        let bracket = line.trim_start();
        if !bracket.starts_with(['（', '(']) || line.len() > MAX_UPDATE_LINE {
            return Vec::new();
        }
        let from = span.end + line.len() - bracket.len();
        let mut found = self.scan_sentence(bracket, Some(value), taiwan, ctx);
        for d in &mut found {
            d.mention = d.mention.shift(from);
        }
        ctx.year = None;
        ctx.month = None;
        found
    }

    /// A date line followed on the next line by a zoned clock time (`2023年10月25日` ⏎
    /// `香港时间16时30分`): the time line is a date of its own, the day above at that time.
    fn attach_zoned_times(&self, text: &str, dates: &mut Vec<DateMention<Span>>) {
        let mut times = Vec::new();
        // Where each date starts, for one look-up per date (not a scan: linear in the dates).
        let starts: std::collections::HashSet<usize> = dates.iter().map(|t| t.mention.start).collect();
        for d in dates.iter() {
            if d.end_value.is_some() || d.value.day.is_none() || d.value.time.is_some() {
                continue;
            }
            let Some(rest) = text.get(d.mention.end..) else { continue };
            let weekday = weekday_bracket(rest);
            let gap = rest.len() - weekday - rest[weekday..].trim_start().len();
            let from = d.mention.end + weekday + gap;
            let dated = starts.contains(&from);
            if gap > 8 || dated || !self.zones.iter().any(|z| text[from..].starts_with(z.as_str())) {
                continue;
            }
            if let Some((time, end)) = self.clock_tail(text, from) {
                times.push(point(DateValue { time: Some(time), ..d.value }, Span::new(from, end)));
            }
        }
        dates.extend(times);
    }

    fn scan_sentence(
        &self,
        s: &str,
        reference: Option<DateValue>,
        taiwan: Taiwan<'_>,
        ctx: &mut Context,
    ) -> Vec<DateMention<Span>> {
        let mut out = Vec::new();
        let mut every_year = false;
        let mut i = 0;
        while i < s.len() {
            let Some(c) = next_char(s, i) else { break };
            // Most characters start no date: `date_at` is not asked there.
            if !self.may_start_date(c) {
                i += c.len_utf8();
                continue;
            }
            // 农历八月十五: a date of the lunar calendar is no (Gregorian) date.
            if let Some(end) = self.lunar_date_end(s, i) {
                i = end;
                continue;
            }
            if let Some(mut d) = self.date_at(s, i, reference, taiwan, ctx) {
                self.join_prefix(s, &mut d, out.last().map_or(0, |p: &DateMention<Span>| p.mention.end));
                // 每年1至3月, 每年的3月24日: months and days of every year are no date (read
                // whole, then dropped); so are the yearless dates after them in the sentence
                // (`，6至8月`).
                let next = d.mention.end.max(i + c.len_utf8());
                if self.relative_days.glossed_today(s, d.mention.start).is_some() && d.end_value.is_none() {
                    ctx.today = Some(DateValue { time: None, ..d.value }).filter(|v| v.day.is_some());
                }
                if self.habitual_before(s, d.mention.start) {
                    every_year = true;
                } else if glosses(s, out.last(), &d) {
                    // 5月6日（下周一）: the bracket repeats the date before it.
                } else if let Some(range) = out.last().and_then(|last| self.glossed_range(s, last, &d)) {
                    out.pop();
                    out.push(range);
                } else if !every_year || d.mention.slice(s).contains('年') {
                    if d.end_value.is_none() && d.value.day.is_some() {
                        ctx.day = Some(DateValue { time: None, ..d.value });
                    }
                    out.push(d);
                }
                i = next;
                continue;
            }
            // Skip over a whole number so that its tail is not read as a date (`12015年`).
            if c.is_ascii_digit() {
                while let Some(c) = next_char(s, i) {
                    if c.is_ascii_digit() || c == '.' {
                        i += 1;
                    } else {
                        break;
                    }
                }
                continue;
            }
            i += c.len_utf8();
        }
        out
    }

    /// The end of a lunar month and day at `i`, right after a lunar calendar word
    /// (`农历`, lexicon `time_words.txt`, role `lunar`): `八月十五`, `12月初八`, `二月初二`.
    fn lunar_date_end(&self, s: &str, i: usize) -> Option<usize> {
        let before = &s[..i];
        self.lunar.iter().any(|w| before.ends_with(w.as_str())).then_some(())?;
        let len: usize = s[i..]
            .chars()
            .take(8)
            .take_while(|&c| c.is_ascii_digit() || number::is_chinese_numeral_char(c) || "月日号初廿卅".contains(c))
            .map(char::len_utf8)
            .sum();
        (len > 0).then_some(i + len)
    }

    /// The date expression starting at byte `i`, if any: a word date (plan period,
    /// relative year, quarter, parenthesized year or day), else a numeric one.
    fn date_at(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        taiwan: Taiwan<'_>,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        let prev = prev_char(s, i);
        if prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '/' || p == '+') {
            return None;
        }
        let c = next_char(s, i)?;
        if let Some(d) = self.word_date_at(s, i, reference, ctx) {
            return Some(d);
        }
        let stated = || paren_year(s, i).is_some() || paren_month(s, i).is_some();
        let word_start = s[i..].starts_with("民国") || s[i..].starts_with(FIRST_MONTH);
        if !(c.is_ascii_digit() || number::is_chinese_numeral_char(c) || word_start || stated()) {
            return None;
        }
        if prev.is_some_and(|p| number::is_chinese_numeral_char(p) || p == '第' || p == '每') {
            return None;
        }
        // Decades and centuries (90年代, 1990年代, 21世纪), dotted months (1999.08-2002.02).
        let found = calendar::decade_at(s, i, ctx.reference_year)
            .map(|f| (f, DateKind::Range))
            .or_else(|| calendar::dotted_range(s, i, &RANGE_CONNECTORS).map(|f| (f, DateKind::Point)));
        if let Some((f, kind)) = found {
            return Some(self.found_mention(s, i, f, kind, ctx));
        }
        // Year ranges written with a bare first year: 2024-2035年, 2016至2020年, 2018/19年度.
        if let Some(d) = self.bare_year_range(s, i, ctx) {
            return Some(d);
        }
        if let Some(decided) = dateline_day_at(s, i, reference, ctx) {
            return decided;
        }
        if let Some(d) = self.day_before_daypart(s, i, reference, ctx) {
            return Some(d);
        }
        if let Some(d) = self.wire_day_range(s, i, reference, ctx) {
            return Some(d);
        }
        if let Some(d) = self.wire_day_at(s, i, reference, ctx) {
            return Some(d);
        }
        if let Some(d) = name_year_at(s, i) {
            return Some(d);
        }
        if let Some((year, end)) = listed_year(s, i) {
            return Some(point(DateValue::year(year), Span::new(i, end)));
        }
        self.numeric_date_at(s, i, reference, taiwan, ctx).or_else(|| self.clock_alone(s, i, ctx))
    }

    /// *Clock alone*: a clock time with its minutes (`12时48分`, `9点30分`) that opens a clause
    /// or follows `于`/`在`, then closes its clause or goes on with its event (`12时48分，两船
    /// 对接`, `于9时30分完成`), is that time of the last day the article stated before
    /// (`24日11时12分……。12时48分，…` → that 24th at 12:48). No day before: no date.
    fn clock_alone(&self, s: &str, i: usize, ctx: &Context) -> Option<DateMention<Span>> {
        let day = ctx.day?;
        let prev = prev_char(s, i);
        let after_yu = prev.is_some_and(|p| matches!(p, '于' | '在'));
        if !(prev.map_or(true, is_boundary_char) || after_yu) || !next_char(s, i)?.is_ascii_digit() {
            return None;
        }
        let (time, end) = self.clock_tail(s, i)?;
        let closes = next_char(s, end).map_or(true, |c| matches!(c, '，' | ','));
        if !s[i..end].ends_with('分') || !(closes || after_yu) {
            return None;
        }
        Some(point(DateValue { time: Some(time), ..day }, Span::new(i, end)))
    }

    /// *Wire day*: a bare day `5日` with no month read yet, as wire copy dates its events
    /// (`世卫组织4日发布`, `主任5日表示`, `当地时间5日，`, `截至5日，`): a day of the
    /// reference month (the latest not after the reference, FACTS §Dates on real pages; the
    /// earliest not before it for a day ahead, [`Self::day_ahead`]).
    /// It needs a subject before it and a verb after it (`day_verb` of `time_words.txt`, the
    /// verbs of saying of `person_roles.txt`), or a time zone or `截至` before it or a clause
    /// start, and then a clause end after it; a count of days (`住院5日，`, `每隔3日在`,
    /// `每月5日发布`) is none.
    fn wire_day_at(&self, s: &str, i: usize, reference: Option<DateValue>, ctx: &Context) -> Option<DateMention<Span>> {
        if ctx.month.is_some() {
            return None;
        }
        let (d, k) = ascii_digits(s, i, 2).filter(|&(_, k)| s[k..].starts_with('日'))?;
        let (clock, end) = self.wire_day_clock(s, k + '日'.len_utf8());
        let before = &s[..i];
        let opened = prev_char(s, i).map_or(true, is_boundary_char)
            || self.zones.iter().any(|z| before.ends_with(z.as_str()))
            || self.prefix_modifier(s, i).1 == Some(DateModifier::End);
        let subject = prev_char(s, i).is_some_and(|p| is_han(p) && !counts_days_after(p));
        let rest = &s[end..];
        let verb = self.day_verbs.iter().any(|w| rest.starts_with(w));
        let closes = next_char(s, end).is_some_and(|c| matches!(c, '，' | ','));
        // *Day with its weekday*: `22日（周六）` names a day of the calendar whatever follows.
        let weekday = weekday_bracket(rest);
        let dated = weekday > 0 && !prev_char(s, i).is_some_and(counts_days_after);
        // `9日的集会…` opening a clause: the day of an event; `9日、10日两天`: days listed.
        let of_event = opened && rest.starts_with('的');
        if !(dated
            || opened && (closes || verb || of_event)
            || subject && verb
            || listed_day(s, i, end)
            || day_after_yu(s, i, end))
        {
            return None;
        }
        let mut value = day_of_weekday(reference, d, &rest[..weekday])
            .or_else(|| day_near_reference(reference, d, self.day_ahead(before, rest)))?;
        value.time = clock;
        let (start, modifier) = self.prefix_modifier(s, i);
        Some(DateMention { modifier, ..point(value, Span::new(start, end)) })
    }

    /// *Wire day's clock*: a clock time right after a wire day (`24日11时12分，急救中心…`,
    /// `截至25日24时`) belongs to it, as after a full date; `24时` ends the day and adds no
    /// time (FACTS §Ranges). Returns the time and the new end (`day_end` when none).
    fn wire_day_clock(&self, s: &str, day_end: usize) -> (Option<Clock>, usize) {
        if let Some(e) = end_of_day(s, day_end) {
            return (None, e);
        }
        if !next_char(s, day_end).is_some_and(|c| c.is_ascii_digit()) {
            return (None, day_end);
        }
        match self.clock_tail(s, day_end) {
            Some((clock, e)) => (Some(clock), e),
            None => (None, day_end),
        }
    }

    /// *Wire day range*: two bare days joined by a range word, any of `RANGE_CONNECTORS` (`于5日至10日开展义诊`,
    /// `5日至7日，全市…`) with no month read yet are days of the reference month, as a wire
    /// day is (FACTS §Dates on real pages), read from where a date opens: a clause start or a
    /// preposition of time (`于`, `从`, `自`, `在`). Not a count of days after another word
    /// (`住院5日至7日`), nor one before `内`/`后`/`左右`/`以上` (a duration's range).
    fn wire_day_range(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        ctx: &Context,
    ) -> Option<DateMention<Span>> {
        if ctx.month.is_some() {
            return None;
        }
        let (d, k) = ascii_digits(s, i, 2).filter(|&(_, k)| s[k..].starts_with('日'))?;
        let mid = k + '日'.len_utf8();
        let conn = RANGE_CONNECTORS.iter().filter(|c| s[mid..].starts_with(**c)).max_by_key(|c| c.len())?;
        let (e, k2) = ascii_digits(s, mid + conn.len(), 2).filter(|&(_, k2)| s[k2..].starts_with('日'))?;
        let end = k2 + '日'.len_utf8();
        let opened = prev_char(s, i).map_or(true, |p| is_boundary_char(p) || "于从自在".contains(p))
            || self.prefix_modifier(s, i).1.is_some();
        let duration = duration_after_day(s, end);
        if !(opened && !duration && (1..=31).contains(&d) && d < e && e <= 31) {
            return None;
        }
        let value = day_near_reference(reference, d, self.day_ahead(&s[..i], &s[end..]))?;
        let last = DateValue::ymd(value.year?, value.month?, e as u8);
        let (start, modifier) = self.prefix_modifier(s, i);
        last.is_valid().then(|| DateMention {
            value,
            end_value: Some(last),
            kind: DateKind::Range,
            modifier,
            label: None,
            mention: Span::new(start, end),
        })
    }

    /// *Day ahead*: a wire day after `将于` or before `将` (`ahead_before`, `ahead_after`) is
    /// planned, so it is the earliest such day not before the reference (published on the
    /// 20th, `市卫健委将于8日公布` → the 8th of the next month).
    fn day_ahead(&self, before: &str, rest: &str) -> bool {
        self.ahead.0.iter().any(|w| before.ends_with(w)) || self.ahead.1.iter().any(|w| rest.starts_with(w))
    }

    /// `8号上午`, `8日晚间`, `8号整天` with no month read yet: a part of the day after a bare
    /// day makes it a day of the reference's month (the latest not after the reference).
    fn day_before_daypart(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        ctx: &Context,
    ) -> Option<DateMention<Span>> {
        if ctx.month.is_some() {
            return None;
        }
        let (d, k) = small_number(s, i, &['日', '号'], false)?;
        let end = k + '日'.len_utf8();
        self.dayparts.iter().any(|p| s[end..].starts_with(p.word.as_str())).then_some(())?;
        Some(point(day_near_reference(reference, d, false)?, Span::new(i, end)))
    }

    /// False when no date reading can start with `c` (no digit or numeral, no word of
    /// `starters`, no bracketed `今（…）`, quarter or 民国): most positions, skipped at once.
    fn may_start_date(&self, c: char) -> bool {
        c.is_ascii_digit()
            || number::is_chinese_numeral_char(c)
            || matches!(c, '今' | '昨' | '明' | '前' | '首' | '去' | '本' | '第' | '民' | '元' | 'Q')
            || self.starters.binary_search(&c).is_ok()
    }

    /// A date made of words at `i`: a parenthesized year or day, a quarter without a year,
    /// a plan period, a relative year, a standalone modifier word.
    fn word_date_at(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        let prev = prev_char(s, i);
        let c = next_char(s, i)?;
        if let Some(d) = paren_day_at(s, i, reference) {
            return Some(d);
        }
        if let Some(d) = lone_new_year_day(s, i, reference, ctx) {
            return Some(d);
        }
        // 一季度, 第三季度, 前三季度 without a year: the narrated or the reference year.
        // (上一季度, 每季度, 三个季度 are no calendar quarters.)
        if !prev.is_some_and(|p| {
            number::is_chinese_numeral_char(p) || p.is_ascii_digit() || "第每上下本该同个几".contains(p)
        }) {
            // 前11个月, 首九个月 opening a clause: the first months of that year (a bare 首月
            // there is the first month of something else).
            let counted = matches!(c, '前' | '首') && !s[i..].starts_with("首月");
            if quarter_at(s, i).is_some() || counted && prev.map_or(true, is_boundary_char) {
                let year = ctx.year.or(reference.and_then(|r| r.year));
                let (start, modifier) = self.prefix_modifier(s, i);
                if let Some(d) = self.part_of_year(s, start, i, year, modifier) {
                    return Some(d);
                }
            }
        }
        if self.starters.binary_search(&c).is_ok() {
            return self
                .period_at(s, i)
                .or_else(|| self.relative_at(s, i, reference, ctx))
                .or_else(|| self.relative_day_at(s, i, reference, ctx))
                .or_else(|| self.decade_word_at(s, i, ctx))
                .or_else(|| self.standalone_at(s, i, reference, ctx));
        }
        None
    }

    /// `今天`, `上周三`, `本月初`, `上月1日`: a date relative to the reference.
    fn relative_day_at(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        if self.name_then_recently(s, i) {
            return None;
        }
        let mut f = self.relative_days.at(s, i, ctx.today.or(reference))?;
        if let Some((time, e)) = self.relative_clock(s, i, f.end).filter(|_| f.value.day.is_some()) {
            (f.value.time, f.end) = (Some(time), e);
        }
        let (end, modifier) = self.suffix_modifier(s, f.end, false, f.value.day.is_none());
        let kind = if f.end_value.is_some() { DateKind::Range } else { DateKind::Point };
        Some(self.found_mention(s, i, Found { end, modifier: modifier.or(f.modifier), ..f }, kind, ctx))
    }

    /// *Glossed today to a relative day*: `从今天（10月1日）到下周四` is one range, from the day
    /// the bracket states to the relative day after the range word (FACTS: `从…到…` is one
    /// range). `last` is the bracketed day, `d` the day read after the bracket with its range
    /// word as an end modifier (`到下周四`); the span opens at the today word, with an opener
    /// before it (`从`, `自`: `opener` of `date_modifiers.txt`).
    fn glossed_range(&self, s: &str, last: &DateMention<Span>, d: &DateMention<Span>) -> Option<DateMention<Span>> {
        let close = s[last.mention.end..].strip_prefix(['）', ')'])?;
        let joined = s.len() - close.len() == d.mention.start && d.modifier == Some(DateModifier::End);
        let ranged = RANGE_CONNECTORS.iter().any(|c| close.starts_with(c));
        let day = |x: &DateMention<Span>| x.kind == DateKind::Point && x.end_value.is_none() && x.value.day.is_some();
        if !(joined && ranged && day(last) && day(d) && last.modifier.is_none() && d.value > last.value) {
            return None;
        }
        let mut start = self.relative_days.glossed_today(s, last.mention.start)?;
        let opener = |m: &&ModifierWord| m.position == Position::Opener && s[..start].ends_with(&m.word);
        if let Some(m) = self.modifiers.iter().find(opener) {
            start -= m.word.len();
        }
        Some(DateMention {
            end_value: Some(d.value),
            kind: DateKind::Range,
            mention: Span::new(start, d.mention.end),
            ..last.clone()
        })
    }

    /// *Name, then 日前*: `张晓明日前表示`, `李明日前在…`: the 明 at `i` ends a person's name and
    /// `日前` ("recently") follows, no `明日` (tomorrow). A one-character surname opens one of
    /// the two characters before 明, neither of them a character leading into a date
    /// (`将于明日前说明`, `截至明日前`: `not_name`), and a verb of a subject (`day_verbs`:
    /// 表示, 在, 向 …) follows 日前. Cost: a prefix test at each 明.
    fn name_then_recently(&self, s: &str, i: usize) -> bool {
        let Some(rest) = s[i..].strip_prefix("明日前") else { return false };
        if !self.day_verbs.iter().any(|v| rest.starts_with(v)) {
            return false;
        }
        let (surnames, leads) = &self.surnames;
        let p1 = prev_char(s, i).filter(|&c| is_han(c) && !leads.contains(&c));
        let p2 = p1.and_then(|c| prev_char(s, i - c.len_utf8())).filter(|&c| is_han(c) && !leads.contains(&c));
        p1.is_some_and(|c| surnames.contains(&c)) || (p1.is_some() && p2.is_some_and(|c| surnames.contains(&c)))
    }

    /// *Clock after a relative day*: the clock time after the relative day word `s[i..end]`
    /// (`今天上午9时`, `昨日15时`), read from the word's own part of the day where it ends
    /// with one (`今晨6时`, `明晚8时`: 晨, 晚 of `time_words.txt`); a word ending in another
    /// part of the day (`昨夜`) takes none. An hour of numerals before 点 needs its part of
    /// the day (`今天一点也不冷` has no clock).
    fn relative_clock(&self, s: &str, i: usize, end: usize) -> Option<(Clock, usize)> {
        let last = prev_char(s, end).filter(|_| end > i)?;
        let from = end - last.len_utf8();
        let in_word = self.dayparts.iter().any(|d| s[from..].starts_with(d.word.as_str()));
        let start = match (in_word, last) {
            (true, _) => from,
            (false, '天' | '日') => end,
            _ => return None,
        };
        let clock = self.clock_tail(s, start)?;
        let j = skip_spaces(s, end);
        let spelled_point = next_char(s, j).is_some_and(number::is_chinese_numeral_char)
            && s[j..clock.1].ends_with(['点', '半'])
            && !in_word;
        (!spelled_point).then_some(clock)
    }

    /// `上世纪八十年代`, `本世纪`: a decade or century named by a word.
    fn decade_word_at(&self, s: &str, i: usize, ctx: &mut Context) -> Option<DateMention<Span>> {
        if !(s[i..].starts_with("上") || s[i..].starts_with("本")) {
            return None;
        }
        let f = calendar::decade_at(s, i, ctx.reference_year)?;
        Some(self.found_mention(s, i, f, DateKind::Range, ctx))
    }

    /// The mention of a date read by `calendar` at `i` (a prefix modifier joins it); the
    /// passage now narrates its time.
    fn found_mention(&self, s: &str, i: usize, f: Found, kind: DateKind, ctx: &mut Context) -> DateMention<Span> {
        let last = f.end_value.unwrap_or(f.value);
        if let (Some(y), DateKind::Point, false) = (last.year, kind, self.is_baseline(s, i)) {
            ctx.year = Some(y);
            if let Some(m) = last.month {
                ctx.month = Some((Some(y), m));
            }
        }
        let (start, before) = self.prefix_modifier(s, i);
        let kind = if f.end_value.is_some() { DateKind::Range } else { kind };
        DateMention {
            value: f.value,
            end_value: f.end_value,
            kind,
            modifier: f.modifier.or(before),
            label: None,
            mention: Span::new(start, f.end),
        }
    }

    /// A part of `year` written at `at`: a quarter (`第三季度`) or counted months
    /// (`前11个月`, `首月`), as a month range from `start`.
    fn part_of_year(
        &self,
        s: &str,
        start: usize,
        at: usize,
        year: Option<i32>,
        modifier: Option<DateModifier>,
    ) -> Option<DateMention<Span>> {
        if let Some(q) = quarter_at(s, at) {
            return (!q.bare || year.is_some()).then(|| self.quarter_mention(s, start, q, year, modifier));
        }
        let (first, last, end) = calendar::counted_months(s, at)?;
        let month = |m: u8| DateValue { year, month: Some(m), day: None, time: None };
        let end_value = (first != last).then(|| month(last));
        let kind = if end_value.is_some() { DateKind::Range } else { DateKind::Point };
        Some(DateMention {
            value: month(first),
            end_value,
            kind,
            modifier,
            label: None,
            mention: Span::new(start, end),
        })
    }

    /// A date of digits or numerals at `i`: one atom, a quarter of its year, a clock time
    /// after its day, a range to a second atom; partial values resolved from the context,
    /// which then remembers them; modifiers around it.
    fn numeric_date_at(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        taiwan: Taiwan<'_>,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        let mut first = self.atom(s, i, taiwan, ctx, None)?;
        // 2023年第三季度: a quarter of the year just read.
        if let (Some(year), None) = (first.year, first.month) {
            let (start, modifier) = self.prefix_modifier(s, i);
            if let Some(d) = self.part_of_year(s, start, skip_spaces(s, first.end), Some(year), modifier) {
                ctx.year = Some(year);
                ctx.doc_year = Some(year);
                return Some(d);
            }
        }
        if first.day.is_some() && first.time.is_none() {
            if let Some((time, e)) = self.clock_tail(s, first.end) {
                first.time = Some(time);
                first.end = e;
            } else if let Some(e) = end_of_day(s, first.end) {
                first.end = e;
            }
        }
        let (value, end_value, end) = self.resolved_range(s, first, reference, taiwan, ctx)?;
        // Remember the narrated time for later partial dates — not from a baseline.
        let last = end_value.unwrap_or(value);
        if last.year.is_some() && !self.is_baseline(s, i) {
            ctx.year = last.year;
            ctx.doc_year = last.year;
        }
        if let Some(m) = last.month.filter(|_| !self.is_baseline(s, i)) {
            ctx.month = Some((last.year, m));
        }
        let precision_year = value.month.is_none();
        let (start, modifier_before) = self.prefix_modifier(s, i);
        let (end, modifier_after) = self.suffix_modifier(s, end, precision_year, last.day.is_none());
        Some(DateMention {
            value,
            end_value,
            kind: if end_value.is_some() { DateKind::Range } else { DateKind::Point },
            modifier: modifier_after.or(modifier_before),
            label: None,
            mention: Span::new(start, end),
        })
    }

    /// The value of `first` and of a range's second atom (a connector and an atom that
    /// inherits what it leaves out), years filled from the context; the end of the range
    /// dropped when it does not follow the start. `None` for no valid date.
    fn resolved_range(
        &self,
        s: &str,
        first: Atom,
        reference: Option<DateValue>,
        taiwan: Taiwan<'_>,
        ctx: &mut Context,
    ) -> Option<(DateValue, Option<DateValue>, usize)> {
        let mut value = first.value();
        let mut end_value = None;
        let mut end = first.end;
        let mut end_year_stated = false;
        let mut shift = None;
        if let Some((after, second)) = self.range_tail(s, first, taiwan, ctx) {
            end_value = Some(second.value());
            shift = second.year_after_start;
            end_year_stated = second.year.is_some() && !second.inherited;
            end = after;
        } else if first.open {
            return None;
        }
        self.resolve(&mut value, reference, ctx);
        if let Some(ev) = end_value.as_mut() {
            if let Some(later) = shift {
                ev.year = value.year.map(|y| y + later);
            } else if !end_year_stated {
                ev.year = value.year;
                // 12月1日至1月1日: an end month before the start month is in the next year.
                if ev.month < value.month && ev.year.is_some() {
                    ev.year = ev.year.map(|y| y + 1);
                }
            }
        }
        if let Some(ev) = end_value {
            if !ev.is_valid() || ev <= value && ev.year.is_some() {
                end_value = None;
                end = first.end;
            }
        }
        value.is_valid().then_some((value, end_value, end))
    }

    /// Fills a missing year from context; returns whether the value has a year now.
    fn resolve(&self, value: &mut DateValue, reference: Option<DateValue>, ctx: &Context) -> bool {
        if value.year.is_some() {
            return true;
        }
        if let Some(y) = ctx.year {
            value.year = Some(y);
        } else if let Some(r) = reference.and_then(|r| Some((r.year?, r.month))) {
            // Across the turn of the year, November/December in an article of January or
            // February is last year (12月28日 recalled on 1月3日); otherwise the same year,
            // plans included (力争11月底前完成 in March).
            let (year, ref_month) = r;
            value.year = Some(match (value.month, ref_month) {
                (Some(m), Some(rm)) if rm <= 2 && m >= 11 => year - 1,
                _ => year,
            });
        } else if let Some(y) = ctx.doc_year {
            value.year = Some(y);
        }
        if value.year.is_some() && !value.is_valid() {
            // 2月29日 in a year without it: keep it partial rather than invent a date.
            value.year = None;
        }
        value.year.is_some()
    }

    /// The calendar atom at `i`. With `inherit`, the atom may be a continuation of a range
    /// (`20日` after `5月18日至`).
    fn atom(&self, s: &str, i: usize, taiwan: Taiwan<'_>, ctx: &Context, inherit: Option<Atom>) -> Option<Atom> {
        if let Some(a) = numeric_date(s, i, taiwan).or_else(|| day_month_year(s, i)) {
            return Some(a);
        }
        if let Some((year, after_year)) = self.year_at(s, i, taiwan, ctx.reference_year) {
            return Some(year_atom(s, year, after_year));
        }
        // 本（1）月7日: a month of the reference year, stated in brackets.
        if let Some((m, end)) = paren_month(s, i).filter(|_| inherit.is_none()) {
            let mut a = Atom { year: ctx.reference_year, month: Some(m), end, ..Default::default() };
            day_tail(s, &mut a);
            return Some(a);
        }
        // 1至3月份, 1-2月 (months of the calendar; 3-6个月 is a duration and fails).
        let counted = matches!(prev_char(s, i), Some('个' | '几' | '数'));
        if inherit.is_none() && !counted {
            if let Some((m, end)) = open_month(s, i) {
                return Some(Atom { month: Some(m), end, open: true, ..Default::default() });
            }
            // 7、8月份: each listed month is a month of its own.
            if let Some((m, end)) = listed_month(s, i) {
                return Some(Atom { month: Some(m), end, ..Default::default() });
            }
        }
        // 8/24 16:05 — a month/day stamp, only with its clock time (1/3 is a fraction).
        if inherit.is_none() {
            if let Some(a) = slash_stamp(s, i).or_else(|| dash_stamp(s, i)).or_else(|| marked_month_day(s, i)) {
                return Some(a);
            }
        }
        if let Some(decided) = self.month_atom(s, i, inherit) {
            return decided;
        }
        bare_day_atom(s, i, ctx, inherit)
    }

    /// A month (and day) without a year at `i`, the year inherited from a range's first
    /// atom: `Some` when the text is one (`Some(None)`: a Chinese month that does not stand
    /// alone). 6月龄 is an infant's age and 3个月 a duration, not months.
    fn month_atom(&self, s: &str, i: usize, inherit: Option<Atom>) -> Option<Option<Atom>> {
        let (m, k) = small_number(s, i, &['月'], true)?;
        let chinese = !s[i..].starts_with(|c: char| c.is_ascii_digit());
        let age = s[k..].starts_with("月龄");
        if !(1..=12).contains(&m) || age || matches!(prev_char(s, i), Some('个' | '几' | '数')) {
            return None;
        }
        let mut a = Atom { month: Some(m as u8), end: k + '月'.len_utf8(), ..Default::default() };
        if let Some(inh) = inherit {
            a.year = inh.year;
            a.inherited = true;
        }
        if day_tail(s, &mut a) {
            return Some(Some(a));
        }
        if s[a.end..].starts_with('份') {
            a.end += '份'.len_utf8();
        } else if chinese && !self.chinese_month_alone(s, i, a.end, m, inherit.is_some()) {
            return Some(None);
        }
        Some(Some(a))
    }

    /// A year followed by 年: four digits (Arabic or Chinese), `民国N年`, or a ROC year in an
    /// article about Taiwan. Returns the year and the offset after 年.
    fn year_at(&self, s: &str, i: usize, taiwan: Taiwan<'_>, reference_year: Option<i32>) -> Option<(i32, usize)> {
        if let Some(found) = paren_year(s, i) {
            return Some(found);
        }
        if s[i..].starts_with("民国") {
            let j = i + "民国".len();
            if let Some(found) = spelled_roc_year(s, j) {
                return Some(found);
            }
            let n = number::scan(s, j)?;
            let k = skip_spaces(s, n.span.end);
            if !s[k..].starts_with('年') || n.value.fract() != 0.0 || !(1.0..=200.0).contains(&n.value) {
                return None;
            }
            return Some((n.value as i32 + 1911, k + '年'.len_utf8()));
        }
        let c = next_char(s, i)?;
        if let Some(found) = spaced_digit_year(s, i) {
            return Some(found);
        }
        if c.is_ascii_digit() {
            let b = s.as_bytes();
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let digits = j - i;
            let k = skip_spaces(s, j);
            if !s[k..].starts_with('年') {
                return self.fiscal_year(s, i, j);
            }
            let v: i32 = s[i..j].parse().ok()?;
            let after = k + '年'.len_utf8();
            let followed_by_month = small_number(s, skip_spaces(s, after), &['月'], true).is_some();
            if digits == 4 && ((1900..=2100).contains(&v) || followed_by_month && (1000..=2999).contains(&v)) {
                return Some((v, after));
            }
            // ROC years (民国 omitted) in Taiwan articles: 102年, 113年度, 99年3月.
            let roc_next = next_char(s, after);
            let roc_ok = followed_by_month
                || roc_next == Some('度')
                || !matches!(
                    roc_next,
                    Some('来' | '间' | '历' | '内' | '前' | '后' | '以' | '之' | '多' | '左' | '代')
                );
            if (2..=3).contains(&digits) && (60..=150).contains(&v) && roc_ok && taiwan.holds() {
                return Some((v + 1911, after));
            }
            // 15年3月2日, 98年4月: a two-digit year needs its month (15年 alone is a duration);
            // a leading zero or an apostrophe marks one alone ('25年, ’98年), and so does a word no duration
            // takes (25年度, 25年底, 25年末) unless a counting word stands before (近10年末).
            let counted = prev_char(s, i).is_some_and(|p| DAY_COUNT_PREFIXES.contains(p));
            let year_word = matches!(roc_next, Some('度' | '底' | '末')) && !counted;
            let zero_led = s[i..].starts_with('0') && v > 0 && !counted;
            if digits == 2 && (followed_by_month || apostrophe_before(s, i) || year_word || zero_led) {
                return Some((calendar::century_year(v as u32, reference_year), after));
            }
            return None;
        }
        // 零七年八月, 九零年: a year spelled with two digits.
        let month_follows = |after: usize| small_number(s, skip_spaces(s, after), &['月'], true).is_some();
        if let Some((yy, after)) = calendar::spelled_year(s, i, month_follows) {
            return Some((calendar::century_year(yy, reference_year), after));
        }
        // 一一三年 in an article about Taiwan: a ROC year spelled digit by digit.
        if let Some(found) = spelled_roc_year(s, i).filter(|_| taiwan.holds()) {
            return Some(found);
        }
        // 二〇二四年: four Chinese digits.
        spelled_full_year(s, i)
    }

    /// *Fiscal year*: four digits (1900–2100) right before a word of such years that does not
    /// start with 年 (`2025财年`, `2024财政年度`, `2023学年`): that year. Returns it and the
    /// offset after the digits (the word stays out, as after a season `2023-24财年`).
    fn fiscal_year(&self, s: &str, i: usize, j: usize) -> Option<(i32, usize)> {
        let v: i32 = s[i..j].parse().ok().filter(|v| j - i == 4 && (1900..=2100).contains(v))?;
        self.year_spans.iter().any(|w| !w.starts_with('年') && s[j..].starts_with(w.as_str())).then_some((v, j))
    }

    /// `2024-2035年`, `2016至2020年`, `2018/19年度`, `二○一八/一九年度` (the first year
    /// without 年).
    fn bare_year_range(&self, s: &str, i: usize, ctx: &mut Context) -> Option<DateMention<Span>> {
        let (y1, j) = calendar::digit_run(s, i, 4)?;
        let y1 = y1 as i32;
        if !(1900..=2100).contains(&y1) {
            return None;
        }
        let (y2, k, slash, short) = second_year(s, i, j, y1)?;
        let after = skip_spaces(s, k);
        // 2015-2016北半球季节性流感疫苗, 2026/27季节性流感疫苗接种计划: two years in a row right
        // before a noun are a season, 年 or not.
        // 2024-25学年: a short second year too, before a word of such years.
        let year_span = y2 == y1 + 1 && self.year_spans.iter().any(|w| s[after..].starts_with(w.as_str()));
        let season = year_span || !short && y2 == y1 + 1 && next_char(s, k).is_some_and(crate::text::is_han);
        if season && !s[k..].starts_with(['年', '月', '日', '号', '期', '届']) {
            // A slashed season straddles two years and narrates neither (as 2018/19年度 below).
            if !slash {
                ctx.year = Some(y2);
                ctx.doc_year = Some(y2);
            }
            return Some(DateMention {
                value: DateValue::year(y1),
                end_value: Some(DateValue::year(y2)),
                kind: DateKind::Range,
                modifier: None,
                label: None,
                mention: Span::new(i, k),
            });
        }
        if !s[after..].starts_with('年') || y2 <= y1 || y2 - y1 > 100 || (slash && y2 != y1 + 1) {
            return None;
        }
        let mut end = after + '年'.len_utf8();
        if s[end..].starts_with('度') {
            end += '度'.len_utf8();
        }
        // 2024-2025年3月 is not a year range; 1985到89年9月 ends in that month.
        let mut end_value = DateValue::year(y2);
        if let Some((m, k)) = small_number(s, end, &['月'], true) {
            if !short || !(1..=12).contains(&m) {
                return None;
            }
            end_value.month = Some(m as u8);
            end = k + '月'.len_utf8();
        }
        // A fiscal or season year (2018/19年度) straddles two years and narrates neither: a
        // partial date after it keeps the year it had (`2018/19年度计划十月十日展开`, written
        // in 2018 → 2018-10-10). Nor does a plan's period in brackets after its name
        // (`…实施方案（2025—2027年）》`).
        if !slash && !is_bracketed_period(s, i, end) {
            ctx.year = Some(y2);
            ctx.doc_year = Some(y2);
        }
        let (start, modifier) = self.prefix_modifier(s, i);
        Some(DateMention {
            value: DateValue::year(y1),
            end_value: Some(end_value),
            kind: DateKind::Range,
            modifier,
            label: None,
            mention: Span::new(start, end),
        })
    }

    /// The connector and second half of a range after `first`.
    fn range_tail(&self, s: &str, first: Atom, taiwan: Taiwan<'_>, ctx: &Context) -> Option<(usize, Atom)> {
        let mut j = skip_spaces(s, first.end);
        // 11月中至…, 3月下旬至4月: a part of a month that only marks it (`上旬`, lexicon
        // `date_modifiers.txt`, modifier none) or its middle still opens the range at that month.
        if first.month.is_some() && first.day.is_none() {
            j += self.month_part_len(&s[j..]);
        }
        // 自2024年3月1日起至2025年2月28日止: a start marked by 起 still opens the range.
        if s[j..].starts_with('起') && RANGE_CONNECTORS.iter().any(|c| s[j + '起'.len_utf8()..].starts_with(*c)) {
            j += '起'.len_utf8();
        }
        // 3月19及20日: two days in a row joined by 及 are one range.
        let pair = first.open && s[j..].starts_with('及');
        let conn = if pair {
            "及"
        } else {
            *RANGE_CONNECTORS.iter().filter(|c| s[j..].starts_with(*c)).max_by_key(|c| c.len())?
        };
        let k = skip_spaces(s, j + conn.len());
        let second = self
            .atom(s, k, taiwan, ctx, Some(first))
            .or_else(|| self.relative_month_atom(s, k, first.month.is_some(), ctx))
            .filter(|a| !pair || a.day.zip(first.day).is_some_and(|(b, d)| b == d + 1))?;
        // The second half must be at least as precise as needed: a year range needs years.
        // An end in a later year may stop at its month (`11月20日至次年2月底`), and so may an end
        // in a later month named by its part (*day to a month's end*: `11月25日至12月底`).
        let ok = match (first.month, first.day) {
            (Some(_), Some(_)) if second.year_after_start.is_some() => second.month.is_some(),
            (Some(m), Some(_)) if self.month_end_part(s, m, &second) => true,
            (None, _) => second.year.is_some() && second.month.is_none(),
            (Some(_), None) => second.month.is_some() && second.day.is_none(),
            (Some(_), Some(_)) => second.day.is_some(),
        };
        ok.then_some((second.end, second))
    }

    /// *Day to a month's end*: a range's end `second` that names a later month than `month`
    /// (no day, no year of its own) closed by a part of the month that is a modifier
    /// (`底`, `末`, `初`: `至12月底`; not `中旬`, which marks it only).
    fn month_end_part(&self, s: &str, month: u8, second: &Atom) -> bool {
        second.day.is_none()
            && (second.year.is_none() || second.inherited)
            && second.month.is_some_and(|m| m > month)
            && self.suffix_modifier(s, second.end, false, true).1.is_some()
    }

    /// The length of a part of a month at the start of `rest` that leaves the month's
    /// precision as it is: a ten-day part (`下旬`, a suffix row of modifier none) or `中`.
    fn month_part_len(&self, rest: &str) -> usize {
        let marker = self
            .modifiers
            .iter()
            .find(|m| m.position == Position::Suffix && m.modifier.is_none() && rest.starts_with(m.word.as_str()));
        match marker {
            Some(m) => m.word.len(),
            None if rest.starts_with('中') => '中'.len_utf8(),
            None => 0,
        }
    }

    /// The end of a range written with a relative year and its month: counted from the
    /// reference (`…至去年12月底`, only when the range is one of months), or from the year
    /// the range starts in (`11月20日至次年2月底`, `2024年12月至来年3月`, `3月至同年6月`:
    /// [`Atom::year_after_start`]).
    fn relative_month_atom(&self, s: &str, k: usize, months: bool, ctx: &Context) -> Option<Atom> {
        let r = self.relatives.iter().find(|r| s[k..].starts_with(&r.word))?;
        if r.base != Base::Reference {
            let a = self.month_atom(s, k + r.word.len(), None).flatten().filter(|_| r.offset >= 0)?;
            return Some(Atom { year_after_start: Some(r.offset), ..a });
        }
        let year = ctx.reference_year? + r.offset;
        let inherit = Atom { year: Some(year), ..Default::default() };
        let a = self.month_atom(s, k + r.word.len(), Some(inherit)).flatten().filter(|_| months)?;
        Some(Atom { inherited: false, ..a })
    }

    /// True when the date at `i` is the baseline of a comparison (`较2024年末增加`, `比2020年`):
    /// it is no narrated time, so later partial dates do not take their year from it.
    fn is_baseline(&self, s: &str, i: usize) -> bool {
        let before = &s[..i];
        self.comparatives.iter().any(|w| before.ends_with(w))
    }

    /// *Words before a date join it*: a prefix modifier the date's own reading left out
    /// (`截至今年4月末`, as `截至5月底`), and an opener before a date a closer marks as a start
    /// (`自2025年1月1日起`, `从去年开始`: lexicon `date_modifiers.txt`), never reaching into
    /// the date before (`floor`).
    fn join_prefix(&self, s: &str, d: &mut DateMention<Span>, floor: usize) {
        let (start, end) = (d.mention.start, d.mention.end);
        let closed = d.modifier == Some(DateModifier::Since)
            && self.modifiers.iter().any(|m| m.position == Position::Closer && s[start..end].ends_with(&m.word));
        let opener =
            self.modifiers.iter().find(|m| m.position == Position::Opener && s[floor..start].ends_with(&m.word));
        let (at, modifier) = match opener {
            Some(m) if closed => (start - m.word.len(), None),
            _ => self.prefix_modifier(s, start),
        };
        if at < start && at >= floor {
            d.mention.start = at;
            d.modifier = d.modifier.or(modifier);
        }
    }

    fn prefix_modifier(&self, s: &str, i: usize) -> (usize, Option<DateModifier>) {
        let before = &s[..i];
        for m in &self.modifiers {
            let ok = match m.position {
                Position::Prefix => before.ends_with(&m.word),
                Position::ClausePrefix => {
                    let at = i.saturating_sub(m.word.len());
                    before.ends_with(&m.word)
                        && (prev_char(s, at).map_or(true, is_boundary_char)
                            || self
                                .modifiers
                                .iter()
                                .any(|o| o.position == Position::ClauseOpener && s[..at].ends_with(&o.word)))
                }
                _ => false,
            };
            if ok {
                return (i - m.word.len(), m.modifier);
            }
        }
        (i, None)
    }

    /// Whether the closer (`起`, `开始`) of `len` bytes opening `after` marks the date before
    /// it as a start: not a verb it begins (`not_closer` rows: `3月起草`, `当年起步`) nor the
    /// start of a range (`起至…止`, read whole).
    fn closes_start(&self, after: &str, len: usize) -> bool {
        let rest = &after[len..];
        let verb = self.modifiers.iter().any(|m| m.position == Position::NotCloser && rest.starts_with(&m.word));
        !(verb || RANGE_CONNECTORS.iter().any(|c| rest.starts_with(*c)))
    }

    fn suffix_modifier(&self, s: &str, end: usize, year_only: bool, no_day: bool) -> (usize, Option<DateModifier>) {
        let after = &s[end..];
        for m in self.modifiers.iter().filter(|m| matches!(m.position, Position::Suffix | Position::Closer)) {
            if !after.starts_with(&m.word) {
                continue;
            }
            let fits = match m.word.as_str() {
                _ if m.position == Position::Closer => self.closes_start(after, m.word.len()),
                "以来" => true,
                "至今" => !after[m.word.len()..].starts_with(['年', '日', '天', '晨', '早', '晚']),
                "来" => year_only,
                w if w.ends_with("月") || w.ends_with('旬') => !year_only && no_day,
                w if w.ends_with('年') => year_only,
                "底" | "末" | "初" => no_day && s[..end].ends_with(['年', '月', '季']) || s[..end].ends_with("季度"),
                _ => year_only,
            };
            if fits {
                let after = end + m.word.len();
                // 2月下旬以来: a part of the month that only marks it lets a qualifier follow.
                let then = |w: &str| s[after..].starts_with(w);
                if m.modifier.is_none() && (then("以来") || then("至今")) {
                    return self.suffix_modifier(s, after, year_only, no_day);
                }
                return (after, m.modifier);
            }
        }
        (end, None)
    }

    /// `三月` written alone is a date only where a date is expected: 十月–十二月 (no
    /// idiom uses them), after a year (去年十二月), after a preposition or at a clause
    /// start (将于三月, 三月起), or before a date word (三月下旬, 三月底); 阳春三月 is not.
    fn chinese_month_alone(&self, s: &str, i: usize, end: usize, month: u32, after_year: bool) -> bool {
        let word = &s[i..end];
        let fixed = self.not_months.iter().any(|p| {
            p.match_indices(word)
                .any(|(off, _)| i >= off && s.get(i - off..).is_some_and(|r| r.starts_with(p.as_str())))
        });
        if fixed {
            return false;
        }
        if month >= 10 || after_year {
            return true;
        }
        let prev_ok = prev_char(s, i).map_or(true, |p| is_boundary_char(p) || "于在至到从自及和与或".contains(p));
        // 元月 after another word is no month (美元月均, 万元月薪).
        if word.starts_with('元') {
            return prev_ok;
        }
        let after = &s[end..];
        let next_ok =
            ["起", "以来", "中旬", "上旬", "下旬", "底", "初", "末", "中"].iter().any(|w| after.starts_with(w));
        prev_ok || next_ok
    }

    /// A clock time after a day: `下午3时30分`, ` 香港时间16时30分`, `10时30分`, `晚上8点半`
    /// (a weekday in parentheses may stand between). Returns the time and the new end.
    fn clock_tail(&self, s: &str, end: usize) -> Option<(Clock, usize)> {
        let mut j = skip_spaces(s, end);
        let weekday = weekday_bracket(&s[j..]);
        if weekday > 0 {
            j = skip_spaces(s, j + weekday);
        }
        if let Some(z) = self.zones.iter().find(|z| s[j..].starts_with(z.as_str())) {
            j = skip_spaces(s, j + z.len());
        }
        let mut half = None;
        if let Some(d) = self.dayparts.iter().find(|d| s[j..].starts_with(d.word.as_str())) {
            half = Some(d.half);
            j += d.word.len();
        }
        let mut time = None;
        let colon_end = time_tail(s, j, &mut time);
        let (h, mi, sec, after) = if let Some((h, mi, sec)) = time {
            (h as u32, mi as u32, sec, colon_end)
        } else {
            let (h, k) = small_number(s, j, &['时', '点'], true)?;
            let mut after = k + '时'.len_utf8();
            let mut mi = 0;
            if s[after..].starts_with('半') {
                mi = 30;
                after += '半'.len_utf8();
            } else if let Some((m, k)) = small_number(s, after, &['分'], true) {
                mi = m;
                after = k + '分'.len_utf8();
            }
            (h, mi, None, after)
        };
        let h = match half {
            Some(Half::Pm) if h < 12 => h + 12,
            Some(Half::Noon) if (1..=5).contains(&h) => h + 12,
            _ => h,
        };
        (h <= 23 && mi <= 59).then_some(((h as u8, mi as u8, sec), after))
    }

    /// A quarter as a month range, with `末`/`底`/`初` after it.
    fn quarter_mention(
        &self,
        s: &str,
        start: usize,
        q: Quarter,
        year: Option<i32>,
        modifier: Option<DateModifier>,
    ) -> DateMention<Span> {
        let mut end = q.end;
        let mut modifier = modifier;
        for (w, m) in [("末", DateModifier::End), ("底", DateModifier::End), ("初", DateModifier::Start)] {
            if s[end..].starts_with(w) {
                end += w.len();
                modifier = Some(m);
                break;
            }
        }
        let month = |m: u8| DateValue { year, month: Some(m), day: None, time: None };
        DateMention {
            value: month(q.first),
            end_value: Some(month(q.last)),
            kind: DateKind::Range,
            modifier,
            label: None,
            mention: Span::new(start, end),
        }
    }

    fn period_at(&self, s: &str, i: usize) -> Option<DateMention<Span>> {
        let rest = &s[i..];
        let p = self.periods.iter().filter(|p| rest.starts_with(&p.label)).max_by_key(|p| p.label.len())?;
        let end = i + p.label.len();
        let prev = prev_char(s, i);
        let next = next_char(s, end);
        if prev.is_some_and(|c| number::is_chinese_numeral_char(c) || c == '第' || c.is_ascii_digit()) {
            return None;
        }
        // A plan word after the label makes it a period (十四五期间), whatever its first
        // character (十五期 alone is an issue number).
        let plan_word = PLAN_WORDS.iter().any(|w| s[end..].starts_with(w));
        if !plan_word
            && next.is_some_and(|c| {
                number::is_chinese_numeral_char(c)
                    || c.is_ascii_digit()
                    || "年个岁天万亿名人家元种项次%倍分点周月日号位所张条届批期".contains(c)
            })
        {
            return None;
        }
        if p.strict {
            let quoted = prev == Some('“') && next == Some('”');
            if !(quoted || plan_word) {
                return None;
            }
        }
        Some(DateMention {
            value: DateValue::year(p.first),
            end_value: Some(DateValue::year(p.last)),
            kind: DateKind::Period,
            modifier: None,
            label: Some(p.label.clone()),
            mention: Span::new(i, end),
        })
    }

    fn relative_at(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        let rest = &s[i..];
        let r = self.relatives.iter().find(|r| rest.starts_with(&r.word))?;
        let end = i + r.word.len();
        if next_char(s, end).is_some_and(|c| matches!(c, '纪' | '龄' | '级')) {
            return None; // 上年纪, 当年龄
        }
        let base = match r.base {
            Base::Start => return None,
            Base::Reference => match reference.and_then(|d| d.year) {
                Some(y) => y,
                None => return self.unresolved_relative(s, i, end, r.offset, ctx),
            },
            Base::Context => ctx.year.or(ctx.doc_year)?,
        };
        let year = base + r.offset;
        // 今年, 次年 move the narrated time; a comparison (上年, 去年同期, 比去年, 与去年相比)
        // does not.
        if (r.base == Base::Reference || r.offset >= 0)
            && !s[end..].starts_with("同期")
            && !self.is_baseline(s, i)
            && !self.compared_with(s, i, end)
        {
            ctx.year = Some(year);
        }
        // 今年第一季度, 今年前11个月: the relative year dates the part that follows.
        if let Some(d) = self.part_of_year(s, i, end, Some(year), None) {
            return Some(d);
        }
        if let Some(d) = self.relative_month_range(s, i, end, Some(year), ctx) {
            return Some(d);
        }
        if let Some(e) = new_year_day(s, end) {
            let value = DateValue { year: Some(year), month: Some(1), day: Some(1), ..Default::default() };
            let (e, modifier) = self.suffix_modifier(s, e, false, false);
            return Some(DateMention { modifier, ..point(value, Span::new(i, e)) });
        }
        if let Some(d) = self.month_of_relative_year(s, i, end, year, ctx) {
            return Some(d);
        }
        let (end, modifier) = self.suffix_modifier(s, end, true, true);
        Some(DateMention {
            value: DateValue::year(year),
            end_value: None,
            kind: DateKind::Point,
            modifier,
            label: None,
            mention: Span::new(i, end),
        })
    }

    /// 去年12月, 今年3月5日, 去年8月至12月: the relative year (ending at `end`) dates the
    /// month, day or range that follows — also across a modifier that opens the month
    /// (去年截至11月).
    fn month_of_relative_year(
        &self,
        s: &str,
        i: usize,
        end: usize,
        year: i32,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        let (month_at, between) = self
            .modifiers
            .iter()
            .filter(|m| m.position == Position::Prefix && s[end..].starts_with(&m.word))
            .max_by_key(|m| m.word.len())
            .map_or((end, None), |m| (end + m.word.len(), m.modifier));
        let inherit = Atom { year: Some(year), ..Default::default() };
        if let Some(a) =
            self.atom(s, month_at, Taiwan::NO, ctx, Some(inherit)).filter(|a| a.month.is_some() && a.year == Some(year))
        {
            let mut a = a;
            if a.day.is_some() && a.time.is_none() {
                if let Some((time, e)) = self.clock_tail(s, a.end) {
                    a.time = Some(time);
                    a.end = e;
                }
            }
            // 去年8月至12月: a range of the relative year.
            if let Some((value, end_value, after)) = self.resolved_range(s, a, None, Taiwan::NO, ctx) {
                let last = end_value.unwrap_or(value);
                ctx.month = last.month.map(|m| (last.year, m));
                let (end, modifier) = self.suffix_modifier(s, after, false, last.day.is_none());
                return Some(DateMention {
                    value,
                    end_value,
                    kind: if end_value.is_some() { DateKind::Range } else { DateKind::Point },
                    modifier: modifier.or(between),
                    label: None,
                    mention: Span::new(i, end),
                });
            }
        }
        None
    }

    /// `今年3月底` with no reference date: the month (and day) keep their stated precision
    /// as an ISO partial (`--03`), the year of the passage is not theirs; `今年` alone is no
    /// date.
    fn unresolved_relative(
        &self,
        s: &str,
        i: usize,
        end: usize,
        offset: i32,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        if offset != 0 {
            return None;
        }
        if let Some(d) = self.relative_month_range(s, i, end, None, ctx) {
            return Some(d);
        }
        let a = self.month_atom(s, end, None).flatten()?;
        let value = DateValue { year: None, ..a.value() };
        if !value.is_valid() || a.year.is_some() {
            return None;
        }
        ctx.month = None;
        let (e, modifier) = self.suffix_modifier(s, a.end, false, a.day.is_none());
        Some(DateMention { modifier, ..point(value, Span::new(i, e)) })
    }

    /// `今年1至8月份`: a month range dated by the relative year before it at `i` (`year`
    /// `None` without a reference: the months keep their precision, `--01`/`--08`).
    fn relative_month_range(
        &self,
        s: &str,
        i: usize,
        at: usize,
        year: Option<i32>,
        ctx: &mut Context,
    ) -> Option<DateMention<Span>> {
        let (m, k) = open_month(s, at)?;
        let first = Atom { year, month: Some(m), end: k, open: true, ..Default::default() };
        let (after, second) = self.range_tail(s, first, Taiwan::NO, ctx)?;
        let mut end_value = DateValue { year, ..second.value() };
        // 十二至一月 crosses the year.
        if end_value.month < Some(m) {
            end_value.year = year.map(|y| y + 1);
        }
        ctx.month = end_value.month.map(|m| (end_value.year, m));
        let (end, modifier) = self.suffix_modifier(s, after, false, true);
        Some(DateMention {
            value: first.value(),
            end_value: Some(end_value),
            kind: DateKind::Range,
            modifier,
            label: None,
            mention: Span::new(i, end),
        })
    }

    fn standalone_at(
        &self,
        s: &str,
        i: usize,
        reference: Option<DateValue>,
        ctx: &Context,
    ) -> Option<DateMention<Span>> {
        let rest = &s[i..];
        let m = self.modifiers.iter().find(|m| m.position == Position::Standalone && rest.starts_with(&m.word))?;
        if prev_char(s, i).is_some_and(|c| {
            c.is_ascii_digit() || number::is_chinese_numeral_char(c) || "年每今去明同次当本前后上下全".contains(c)
        }) {
            return None;
        }
        let year = ctx.year.or(reference.and_then(|r| r.year))?;
        Some(DateMention {
            value: DateValue::year(year),
            end_value: None,
            kind: DateKind::Point,
            modifier: m.modifier,
            label: None,
            mention: Span::new(i, i + m.word.len()),
        })
    }
}

/// A month number followed by a range connector and another `N月` (`1-11月`, `1至3月份`):
/// the month and the offset after the first number.
fn open_month(s: &str, i: usize) -> Option<(u8, usize)> {
    let (m, k) = small_number(s, i, &['-', '—', '－', '~', '～', '–', '至', '到'], true)?;
    let conn = RANGE_CONNECTORS.iter().filter(|c| s[k..].starts_with(*c)).max_by_key(|c| c.len())?;
    let second = skip_spaces(s, k + conn.len());
    let (m2, _) = small_number(s, second, &['月'], true)?;
    // 十二至一月 crosses the year (a Chinese range only: 12-1月 may be anything).
    let chinese = !s[i..].starts_with(|c: char| c.is_ascii_digit());
    ((1..=12).contains(&m) && (1..=12).contains(&m2) && (m2 > m || chinese && m2 < m)).then_some((m as u8, k))
}

/// A month number listed before others with `、`, the last with 月 (`7、8月份`, `一、二、三月`):
/// the month and the offset of its `、`. Months rise along the list; a list item's number
/// opening the passage (`1、8月起施行`) is none.
fn listed_month(s: &str, i: usize) -> Option<(u8, usize)> {
    if prev_char(s, i).map_or(true, |p| p == '\n') {
        return None;
    }
    let (m, k) = small_number(s, i, &['、'], true)?;
    let mut last = m;
    let mut j = k;
    // A bounded look along the list: at most a year of months.
    for _ in 0..12 {
        let at = j + '、'.len_utf8();
        let (n, e) = small_number(s, at, &['、', '月'], true)?;
        if !(last < n && n <= 12) {
            return None;
        }
        if s[e..].starts_with('月') {
            return (1..=12).contains(&m).then_some((m as u8, k));
        }
        (last, j) = (n, e);
    }
    None
}

/// *Listed year*: a year of four digits listed before others with `、` (or `和`/`与`/`及`),
/// the last with 年 (`2022、2023年`, `2019、2020和2021年`): that year, years rising along
/// the list, and the offset after its digits.
fn listed_year(s: &str, i: usize) -> Option<(i32, usize)> {
    let year = |at: usize| ascii_digits(s, at, 4).filter(|&(y, k)| k - at == 4 && (1900..=2100).contains(&y));
    let (first, k) = year(i)?;
    let (mut last, mut j) = (first, k);
    // A bounded look along the list.
    for _ in 0..8 {
        let sep = LIST_SEPARATORS.iter().find(|w| s[j..].starts_with(**w))?;
        let (n, e) = year(j + sep.len())?;
        if n <= last {
            return None;
        }
        if s[e..].starts_with('年') {
            return Some((first as i32, k));
        }
        (last, j) = (n, e);
    }
    None
}

/// The day (and time) after a month; `3月5-7日` leaves the atom open after `5`.
fn day_tail(s: &str, a: &mut Atom) -> bool {
    let j = skip_spaces(s, a.end);
    if let Some((d, k)) = small_number(s, j, &['日', '号'], true) {
        if (1..=31).contains(&d) {
            a.day = Some(d as u8);
            a.end = k + '日'.len_utf8();
            a.end = time_tail(s, a.end, &mut a.time);
            return true;
        }
    }
    if let Some((d, k)) = small_number(s, j, &['-', '—', '－', '~', '～', '–', '至', '到', '及'], true) {
        // 3月19及20日 opens a range; 3月5及12日 are two days.
        let pair = || small_number(s, k + '及'.len_utf8(), &['日', '号'], true).is_some_and(|(e, _)| e == d + 1);
        if (1..=31).contains(&d) && (!s[k..].starts_with('及') || pair()) {
            a.day = Some(d as u8);
            a.end = k;
            a.open = true;
            return true;
        }
    }
    // 二月十五: a day without 日 when the month stands right before and the clause ends.
    if let Some((d, k)) = bare_month_day(s, j) {
        a.day = Some(d);
        a.end = k;
        return true;
    }
    false
}

/// Words after a bare day number that show it is a day (`二月十五那天`, `三月初六晚上`):
/// a demonstrative or a part of the day.
const BARE_DAY_FOLLOWERS: [&str; 11] =
    ["那天", "那日", "当天", "当日", "上午", "下午", "中午", "晚上", "早上", "凌晨", "夜里"];

/// A day number right after a month that ends its clause (`二月十五，`, `3月15起`) or comes
/// before a demonstrative or a part of the day (`二月十五那天`, `3月15下午`).
fn bare_month_day(s: &str, j: usize) -> Option<(u8, usize)> {
    let n = number::scan(s, j).filter(|n| n.form != number::NumberForm::Mixed && n.value.fract() == 0.0)?;
    let k = n.span.end;
    let ends = next_char(s, k).map_or(true, |c| is_boundary_char(c) || matches!(c, '起' | '前' | '后' | '。'))
        || BARE_DAY_FOLLOWERS.iter().any(|w| s[k..].starts_with(w));
    let plain = !s[j..k].contains(['.', ',', '点']);
    (ends && plain && (1.0..=31.0).contains(&n.value)).then_some((n.value as u8, k))
}

/// The number a Taiwanese relative word states in brackets (`今（113）年`, `本(1)月`,
/// `今（16）日`): the word, the number (up to `max` digits) and the offset after the closing
/// bracket, which `unit` must follow.
fn stated_number(s: &str, i: usize, words: &[char], max: usize, unit: char) -> Option<(char, u32, usize)> {
    let c = next_char(s, i).filter(|c| words.contains(c))?;
    let open = i + c.len_utf8();
    let rest = &s[open..];
    let inner = rest.strip_prefix('（').or_else(|| rest.strip_prefix('('))?;
    let (n, k) = ascii_digits(inner, 0, max)?;
    let close = inner[k..].strip_prefix('）').or_else(|| inner[k..].strip_prefix(')'))?;
    close.starts_with(unit).then(|| (c, n, s.len() - close.len()))
}

/// Whether the text `s[i..end]` stands alone in brackets (`（2025—2027年）`): the period a
/// plan's name carries, which narrates no time for the dates after it.
fn is_bracketed_period(s: &str, i: usize, end: usize) -> bool {
    s[..i].ends_with(['（', '(']) && s[end..].starts_with(['）', ')'])
}

/// Taiwan's `今（113）年`, `明（114）年`, `去（112）年`: a relative year that states its ROC
/// (or Gregorian) number in brackets. Returns the year and the offset after 年, so that a
/// month and day may follow as after any year (`去(2018)年12月下旬`).
fn paren_year(s: &str, i: usize) -> Option<(i32, usize)> {
    let (_, n, after) = stated_number(s, i, &['今', '明', '去', '前'], 4, '年')?;
    let year = match n {
        1..=200 => n as i32 + 1911,
        1900..=2100 => n as i32,
        _ => return None,
    };
    Some((year, after + '年'.len_utf8()))
}

/// Taiwan's `本（1）月`: this month, stated in brackets. Returns the month and the offset
/// after 月.
fn paren_month(s: &str, i: usize) -> Option<(u8, usize)> {
    let (_, n, after) = stated_number(s, i, &['本'], 2, '月')?;
    (1..=12).contains(&n).then(|| (n as u8, after + '月'.len_utf8()))
}

/// The date a Taiwanese page states as its today in brackets — `今（2019）年` or
/// `去（2018）年` (the year), `本（1）月` (the month), `今（16）日` (the day) — for a page with
/// no publication date: the first of each. `None` without a year.
fn stated_today(text: &str) -> Option<DateValue> {
    let (mut year, mut month, mut day) = (None, None, None);
    for (i, _) in text.match_indices(['（', '(']) {
        let Some(w) = prev_char(text, i) else { continue };
        let at = i - w.len_utf8();
        if let Some((y, _)) = paren_year(text, at) {
            // The stated year is this year, last year, the year before, or next year.
            let offset = match w {
                '去' => 1,
                '前' => 2,
                '明' => -1,
                _ => 0,
            };
            year = year.or(Some(y + offset));
        } else if let Some((m, _)) = paren_month(text, at) {
            month = month.or(Some(m));
        } else if let Some((_, d, _)) = stated_number(text, at, &['今'], 2, '日') {
            day = day.or(Some(d as u8).filter(|d| (1..=31).contains(d)));
        }
    }
    let mut today = DateValue::year(year?);
    today.month = month;
    today.day = day.filter(|_| month.is_some());
    today.is_valid().then_some(today)
}

/// A quarter of the year as its first and last month, and the offset after it.
#[derive(Debug, Clone, Copy)]
struct Quarter {
    first: u8,
    last: u8,
    end: usize,
    /// Written without 度 (`第2季`): also a season of a series, so a quarter only in a
    /// known year.
    bare: bool,
}

/// `一季度`, `第三季度`, `3季度`, `前三季度` (the first three quarters), `首季度`; after `第`/`前` also
/// without 度, as Taiwan and Hong Kong write them (`第一季`, `前三季`; not `第一季节`).
fn quarter_at(s: &str, i: usize) -> Option<Quarter> {
    if let Some(q) = letter_quarter(s, i).or_else(|| first_quarter(s, i)) {
        return Some(q);
    }
    let rest = s.get(i..)?;
    let (cumulative, j) = if rest.starts_with('前') {
        (true, i + '前'.len_utf8())
    } else if rest.starts_with('第') {
        (false, i + '第'.len_utf8())
    } else {
        (false, i)
    };
    let c = next_char(s, j)?;
    let n = match c {
        '一' | '1' => 1,
        '二' | '两' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        _ => return None,
    };
    let k = j + c.len_utf8();
    let end = counted_quarters_end(s, k, cumulative).or_else(|| quarter_word_end(s, k, j > i))?;
    if cumulative && n < 2 {
        return None;
    }
    let last = n * 3;
    let first = if cumulative { 1 } else { last - 2 };
    Some(Quarter { first, last, end, bare: !s[k..].starts_with("季度") })
}

/// `首季度`, the first quarter (`首` an ordinal like `第一`). A bare `首季` after a year is
/// the year's start (a suffix of `date_modifiers.txt`: `明年首季` → next year, `start`).
fn first_quarter(s: &str, i: usize) -> Option<Quarter> {
    let k = i + s.get(i..)?.strip_prefix('首').map(|_| '首'.len_utf8())?;
    s[k..].starts_with("季度").then(|| Quarter { first: 1, last: 3, end: k + "季度".len(), bare: false })
}

/// `Q1`–`Q4` as reports write quarters: a quarter of a known year. Not `Q10`, `Q1a`, nor a
/// numbered question (`Q1：`, `Q1、`, or in a sentence that asks: `Q1如何申请？`).
fn letter_quarter(s: &str, i: usize) -> Option<Quarter> {
    let rest = s.get(i..)?.strip_prefix('Q')?;
    let (n, j) = ascii_digits(rest, 0, 1)?;
    let next = next_char(rest, j);
    let ends_clause = next.map_or(true, |c| is_han(c) || matches!(c, '，' | '。' | '；' | ' '));
    if !(1..=4).contains(&n) || !ends_clause || s.trim_end().ends_with(['？', '?']) {
        return None;
    }
    let last = n as u8 * 3;
    Some(Quarter { first: last - 2, last, end: i + 'Q'.len_utf8() + j, bare: true })
}

/// *Counted quarters*: `前三个季度` counts quarters from the year's start like `前三季度`
/// (as `前11个月` counts months); the end of `个季度` at `k` after `前`. Alone, `三个季度` is a
/// span (a duration figure).
fn counted_quarters_end(s: &str, k: usize, cumulative: bool) -> Option<usize> {
    (cumulative && s[k..].starts_with("个季度")).then(|| k + "个季度".len())
}

/// The end of `季度` at `k`, or of a bare `季` when `bare` (after an ordinal) and no word
/// of seasons goes on with it (`季节`, `季候`).
fn quarter_word_end(s: &str, k: usize, bare: bool) -> Option<usize> {
    let rest = &s[k..];
    if rest.starts_with("季度") {
        return Some(k + "季度".len());
    }
    let bare_ok =
        bare && rest.starts_with('季') && !matches!(next_char(s, k + '季'.len_utf8()), Some('节' | '候' | '风'));
    bare_ok.then(|| k + '季'.len_utf8())
}

/// Day `d` of the reference month, or of the month before (after, with `forward`) when
/// the reference has not reached (has passed) that day: a dateline's `24日电` on the 25th.
pub(super) fn day_near_reference(reference: Option<DateValue>, d: u32, forward: bool) -> Option<DateValue> {
    let r = reference?;
    let (mut year, mut month) = (r.year?, r.month?);
    if !(1..=31).contains(&d) {
        return None;
    }
    let ref_day = r.day.map_or(d, u32::from);
    if !forward && d > ref_day {
        (year, month) = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
    } else if forward && d < ref_day {
        (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    }
    let v = DateValue::ymd(year, month, d as u8);
    v.is_valid().then_some(v)
}

/// The day `d` near the reference (the month before or after it) whose weekday is the one
/// of `bracket` (`（周六）`), when only one of the two is.
fn day_of_weekday(reference: Option<DateValue>, d: u32, bracket: &str) -> Option<DateValue> {
    let inner = bracket.get(bracket.chars().next()?.len_utf8()..)?;
    let fits = |v: &DateValue| calendar::is_weekday_of(*v, inner);
    let back = day_near_reference(reference, d, false).filter(fits);
    let ahead = day_near_reference(reference, d, true).filter(fits);
    back.or(ahead)
}

/// *Year ending a name*: four digits (1900–2100) without `年` between a Chinese character
/// and the closing quote of a name (`“健康中国2030”`, `「卫生论坛2025」`) are the year in
/// that name — a date (FACTS §2), but no narrated year: later dates do not take it.
fn name_year_at(s: &str, i: usize) -> Option<DateMention<Span>> {
    if !prev_char(s, i).is_some_and(is_han) {
        return None;
    }
    let (v, end) = ascii_digits(s, i, 4)?;
    let closes = next_char(s, end).is_some_and(super::quotes::is_closing_mark);
    (end - i == 4 && closes && (1900..=2100).contains(&v)).then(|| point(DateValue::year(v as i32), Span::new(i, end)))
}

/// The publication stamp as date facts: one, or two where the layout completed its day
/// with the clock line below (`2023年10月25日（星期三）` ⏎ `香港时间16时30分`) — the day at the
/// date line, the day and time at the time line.
/// *Spaced year*: four digits parted by single spaces before 年 (`2 0 2 4 年`, as some
/// typeset pages print it), a year from 1900 to 2100. Returns it and the offset after 年.
fn spaced_digit_year(s: &str, i: usize) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    let at = |k: usize| b.get(i + k).copied();
    let mut year = 0;
    for k in 0..4 {
        let d = at(2 * k).filter(u8::is_ascii_digit)?;
        year = year * 10 + i32::from(d - b'0');
        if k < 3 && at(2 * k + 1) != Some(b' ') {
            return None;
        }
    }
    let k = skip_spaces(s, i + 7);
    (s[k..].starts_with('年') && (1900..=2100).contains(&year)).then_some((year, k + '年'.len_utf8()))
}

/// The longest rest of a date line (bytes) read for an update stamp.
const MAX_UPDATE_LINE: usize = 80;

fn split_time_below(text: &str, value: DateValue, span: Span) -> Vec<DateMention<Span>> {
    let printed = span.slice(text);
    let Some(nl) = printed.find('\n').filter(|_| value.time.is_some()) else { return vec![point(value, span)] };
    let day = without_weekday(printed[..nl].trim_end());
    let time = printed[nl..].trim_start();
    let time_start = span.end - time.len();
    vec![
        point(DateValue { time: None, ..value }, Span::new(span.start, span.start + day.len())),
        point(value, Span::new(time_start, span.end)),
    ]
}

/// A date without the weekday bracketed after it: `2023年10月25日（星期三）` → `2023年10月25日`.
fn without_weekday(date: &str) -> &str {
    match date.rfind(['（', '(']) {
        Some(open) if open + weekday_bracket(&date[open..]) == date.len() => date[..open].trim_end(),
        _ => date,
    }
}

/// The byte length of a weekday in brackets opening `s` (`（星期四）`, `(周四)`, `（四）`), else 0.
fn weekday_bracket(s: &str) -> usize {
    let day_alone = |rest: &str| {
        let mut cs = rest.chars();
        cs.next().is_some_and(|c| "一二三四五六日天".contains(c)) && matches!(cs.next(), Some('）' | ')'))
    };
    for open in ['（', '('] {
        if let Some(rest) = s.strip_prefix(open) {
            let close = rest.char_indices().take(5).find(|&(_, c)| c == '）' || c == ')');
            let weekday = rest.starts_with("星期") || rest.starts_with('周') || day_alone(rest);
            if let Some((k, c)) = close.filter(|_| weekday) {
                return open.len_utf8() + k + c.len_utf8();
            }
        }
    }
    0
}

/// True when `d` stands in a bracket right after the date `before` and names the same time
/// (`5月6日（下周一）`): a gloss, no date of its own.
fn glosses(s: &str, before: Option<&DateMention<Span>>, d: &DateMention<Span>) -> bool {
    let Some(b) = before else { return false };
    let bracket = prev_char(s, d.mention.start).filter(|&c| c == '（' || c == '(');
    bracket.is_some_and(|c| d.mention.start - c.len_utf8() == b.mention.end)
        && (b.value, b.end_value) == (d.value, d.end_value)
}

/// The one-character words of a list, as characters.
fn one_char(words: impl Iterator<Item = &'static str>) -> std::collections::HashSet<char> {
    words.filter_map(|w| w.chars().next().filter(|_| w.chars().count() == 1)).collect()
}

fn point(value: DateValue, mention: Span) -> DateMention<Span> {
    DateMention { value, end_value: None, kind: DateKind::Point, modifier: None, label: None, mention }
}

/// Taiwan's `今（23）日`, `昨(22)日`, `明（24）日`, and `今（11日）`, `今日（2日）`: a relative
/// day that states its number — one 日, in the bracket or after it.
fn paren_day_at(s: &str, i: usize, reference: Option<DateValue>) -> Option<DateMention<Span>> {
    let c = next_char(s, i)?;
    if !matches!(c, '今' | '昨' | '明' | '前') {
        return None;
    }
    let mut open = i + c.len_utf8();
    if s[open..].starts_with('日') && c != '前' {
        open += '日'.len_utf8();
    }
    let rest = &s[open..];
    let inner = rest.strip_prefix('（').or_else(|| rest.strip_prefix('('))?;
    // 今(11日), 昨日（十四日）: Arabic or Chinese (then with 日).
    let (d, k) = ascii_digits(inner, 0, 2).or_else(|| small_number(inner, 0, &['日'], true))?;
    let (inner_day, k) = match inner[k..].strip_prefix('日') {
        Some(_) => (true, k + '日'.len_utf8()),
        None => (false, k),
    };
    let close = inner[k..].strip_prefix('）').or_else(|| inner[k..].strip_prefix(')'))?;
    if close.starts_with('日') == inner_day {
        return None;
    }
    let value = day_near_reference(reference, d, c == '明')?;
    let end = s.len() - close.len() + if inner_day { 0 } else { '日'.len_utf8() };
    Some(point(value, Span::new(i, end)))
}

/// `6·30`, `7・21`: a month and day joined by a middle dot (not a decimal before a
/// magnitude, percent or money word: `4·3亿`, `12·3％`); `3/5` only where the words
/// around make it a date (`于3/5`, `3/5起`, `3/5（周二）`; `3/5的居民`, `在1/3的受访者中`
/// are shares, `1/4决赛` a round).
fn marked_month_day(s: &str, i: usize) -> Option<Atom> {
    let (m, j) = ascii_digits(s, i, 2)?;
    let sep = next_char(s, j).filter(|c| matches!(c, '·' | '・' | '/'))?;
    let (d, k) = ascii_digits(s, j + sep.len_utf8(), 2)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || next_char(s, k).is_some_and(|c| matches!(c, '/' | '.')) {
        return None;
    }
    // 4·3亿美元, 12·3％, 6·5元: a decimal with its magnitude, percent or money after it.
    if sep != '/' && next_char(s, k).is_some_and(|c| "%％‰万亿千百元倍".contains(c)) {
        return None;
    }
    if sep == '/' {
        let before = prev_char(s, i).is_some_and(|p| "于在自从至到截".contains(p));
        let after = next_char(s, k).is_some_and(|c| matches!(c, '起' | '前' | '止' | '（' | '(' | '至' | '到'));
        // 在1/3的受访者中: a share of what follows; 1/4决赛: a round of a contest.
        let share = s[k..].starts_with('的') || s[k..].starts_with("决赛");
        if !(before || after) || share {
            return None;
        }
    }
    Some(Atom { month: Some(m as u8), day: Some(d as u8), end: k, ..Default::default() })
}

/// *Glued stamp*: a two-digit day printed right against its clock time (`2026-03-0509:30`,
/// `发布时间：03-0509:30`): the day and the offset of the clock (four digits, then a colon
/// and two digits, the hour a clock's).
fn glued_day(s: &str, i: usize) -> Option<(u32, usize)> {
    let run = s.as_bytes().get(i..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    if run != 4 || !s[i + 4..].starts_with([':', '：']) {
        return None;
    }
    let hour: u32 = s[i + 2..i + 4].parse().ok()?;
    (hour <= 23).then_some((s[i..i + 2].parse().ok()?, i + 2))
}

/// `10-08 12:00`, `10-0812:00`: a two-digit month and day joined by a dash, with the clock
/// time it needs (alone, `10-08` may be a score or a range); not inside a longer number.
fn dash_stamp(s: &str, i: usize) -> Option<Atom> {
    if prev_char(s, i).is_some_and(|p| p.is_ascii_digit() || matches!(p, '-' | '.' | '/')) {
        return None;
    }
    let (m, j) = ascii_digits(s, i, 2).filter(|&(_, j)| j == i + 2)?;
    let day_at = j + s[j..].starts_with('-').then_some(1)?;
    let (d, k) = ascii_digits(s, day_at, 2)
        .filter(|&(_, k)| k == day_at + 2 && s[k..].starts_with([' ', '\u{3000}']))
        .or_else(|| glued_day(s, day_at))?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut time = None;
    let after = time_tail(s, k, &mut time);
    time?;
    Some(Atom { month: Some(m as u8), day: Some(d as u8), time, end: after, ..Default::default() })
}

/// `8/24 16:05`: month/day and a clock time (the year left to resolution).
fn slash_stamp(s: &str, i: usize) -> Option<Atom> {
    let (m, j) = ascii_digits(s, i, 2)?;
    let rest = s[j..].strip_prefix('/')?;
    let (d, k) = ascii_digits(rest, 0, 2)?;
    let end = j + 1 + k;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !s[end..].starts_with([' ', '\u{3000}']) {
        return None;
    }
    let mut time = None;
    let after = time_tail(s, end, &mut time);
    time?;
    Some(Atom { month: Some(m as u8), day: Some(d as u8), time, end: after, ..Default::default() })
}

/// Whether the page is about Taiwan (it names one of `taiwan_markers.txt`), so that a year
/// of two or three digits may be one of the Republic: asked only where such a year stands,
/// the page searched once then (most pages never are).
#[derive(Clone, Copy)]
struct Taiwan<'a> {
    /// The markers' automaton, the page's text and the answer once searched.
    page: Option<(&'a AhoCorasick, &'a str, &'a OnceCell<bool>)>,
}

impl Taiwan<'_> {
    /// No page: no ROC years.
    const NO: Taiwan<'static> = Taiwan { page: None };

    fn holds(self) -> bool {
        self.page.is_some_and(|(markers, text, searched)| *searched.get_or_init(|| markers.is_match(text)))
    }
}

/// `2024-02-28`, `2024/2/28`, `2024.2.28`, with an optional time; with `taiwan` also a ROC
/// year of two or three digits (`113/3/1`, `113.12.31` → 2024).
fn numeric_date(s: &str, i: usize, taiwan: Taiwan<'_>) -> Option<Atom> {
    let (y, j) = ascii_digits(s, i, 4)?;
    let y = match j - i {
        4 => y,
        2 | 3 if (60..=150).contains(&y) && taiwan.holds() => y + 1911,
        _ => return None,
    };
    let sep = next_char(s, j).filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (m, k) = ascii_digits(s, j + 1, 2)?;
    if next_char(s, k) != Some(sep) {
        return None;
    }
    let (d, l) = ascii_digits(s, k + 1, 2).or_else(|| glued_day(s, k + 1))?;
    // A short year's triple must end there (not a version or address: `100.3.5.2`); a full
    // year's may go on only to a second date (`2024-03-01-2024-03-31`), not to a fourth part
    // of one or two digits (`2024.03.05.01`, a file number).
    let fourth = next_char(s, l) == Some(sep) && ascii_digits(s, l + 1, 2).is_some();
    let goes_on = fourth || j - i < 4 && next_char(s, l).is_some_and(|c| matches!(c, '.' | '/' | '-'));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || goes_on {
        return None;
    }
    let mut a = Atom { year: Some(y as i32), month: Some(m as u8), day: Some(d as u8), end: l, ..Default::default() };
    if s[l..].starts_with('日') {
        a.end += '日'.len_utf8();
    }
    a.end = time_tail(s, a.end, &mut a.time);
    Some(a)
}

/// *Day first*: `12/05/2024` (DD/MM/YYYY, as Hong Kong and Macau print dates) — the month
/// first only when the first number cannot be a month's day order (`05/13/2024`).
fn day_month_year(s: &str, i: usize) -> Option<Atom> {
    let (a, j) = ascii_digits(s, i, 2)?;
    let rest = s[j..].strip_prefix('/')?;
    let (b, k) = ascii_digits(rest, 0, 2)?;
    let (y, l) = ascii_digits(rest[k..].strip_prefix('/')?, 0, 4)?;
    let end = j + 1 + k + 1 + l;
    if l != 4 || !(1900..=2100).contains(&y) || next_char(s, end).is_some_and(|c| c.is_ascii_digit() || c == '/') {
        return None;
    }
    let (d, m) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
    let mut atom = Atom { year: Some(y as i32), month: Some(m as u8), day: Some(d as u8), end, ..Default::default() };
    atom.value().is_valid().then_some(())?;
    atom.end = time_tail(s, atom.end, &mut atom.time);
    Some(atom)
}

/// *End of the day*: `24时`, `24点`, `24时00分`, `24:00` after a day (`截至3月7日24时`) is
/// the day's end, no clock time (24:00 is none): the offset after it.
fn end_of_day(s: &str, end: usize) -> Option<usize> {
    let j = skip_spaces(s, end);
    let rest = s[j..].strip_prefix("24")?;
    let tail = ["时00分", "点00分", ":00", "：00", "时", "点"].into_iter().find(|w| rest.starts_with(w))?;
    let after = j + 2 + tail.len();
    (!next_char(s, after).is_some_and(|c| c.is_ascii_digit() || c == '分')).then_some(after)
}

/// An optional ` HH:MM[:SS]` (or `THH:MM`) after a day; returns the new end.
fn time_tail(s: &str, end: usize, time: &mut Option<(u8, u8, Option<u8>)>) -> usize {
    let mut j = skip_spaces(s, end);
    if s[j..].starts_with('T') {
        j += 1;
    }
    let Some((h, k)) = ascii_digits(s, j, 2) else { return end };
    let colon = |p: usize| next_char(s, p).filter(|c| matches!(c, ':' | '：')).map(|c| p + c.len_utf8());
    let Some(k) = colon(k) else { return end };
    let Some((mi, l)) = ascii_digits(s, k, 2).filter(|&(_, l)| l - k == 2) else { return end };
    if h > 23 || mi > 59 {
        return end;
    }
    let mut sec = None;
    let mut end2 = l;
    if let Some(p) = colon(l) {
        if let Some((sv, q)) = ascii_digits(s, p, 2).filter(|&(_, q)| q - p == 2) {
            if sv <= 60 {
                sec = Some(sv as u8);
                end2 = q;
            }
        }
    }
    *time = Some((h as u8, mi as u8, sec));
    end2
}

/// A ROC year spelled digit by digit before 年 (`一一三年` → 2024, `一〇二年` → 2013): its
/// Gregorian year and the offset after 年.
fn spelled_roc_year(s: &str, i: usize) -> Option<(i32, usize)> {
    if s[i..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (v, k) = calendar::digit_run(s, i, 3)?;
    let k = skip_spaces(s, k);
    (s[k..].starts_with('年') && (60..=150).contains(&v)).then(|| (v as i32 + 1911, k + '年'.len_utf8()))
}

/// True when an apostrophe (`'`, `’`, `‘`) stands right before byte `i`: `'25年` is a year.
fn apostrophe_before(s: &str, i: usize) -> bool {
    matches!(prev_char(s, i), Some('\'' | '’' | '‘'))
}

/// `二〇二四年`: a year of four Chinese digits at `i`, and the offset after 年.
fn spelled_full_year(s: &str, i: usize) -> Option<(i32, usize)> {
    let mut j = i;
    let mut count = 0;
    for ch in s[i..].chars().take(4) {
        if matches!(ch, '〇' | '零' | '○' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九') {
            j += ch.len_utf8();
            count += 1;
        } else {
            break;
        }
    }
    if count == 4 && s[j..].starts_with('年') {
        let v = number::parse(&s[i..j])?;
        if (1000.0..=2999.0).contains(&v) {
            return Some((v as i32, j + '年'.len_utf8()));
        }
    }
    None
}

/// The second year of a bare year range whose first year `y1` ends at `j`: after `/` a
/// fiscal year (`2018/19`, `2024/2025`, `二○一八/一九`), else after a range connector a full
/// or short year (`1985到89` → 1989). Returns the year, the offset after it, whether it was
/// slashed and whether it was short.
fn second_year(s: &str, i: usize, j: usize, y1: i32) -> Option<(i32, usize, bool, bool)> {
    if s[j..].starts_with('/') {
        let full = calendar::digit_run(s, j + 1, 4).filter(|&(y, _)| y as i32 == y1 + 1);
        let (y2, k) = match full {
            Some((y, k)) => (y as i32, k),
            None => calendar::digit_run(s, j + 1, 2).map(|(yy, k)| (y1 / 100 * 100 + yy as i32, k))?,
        };
        return Some((y2, k, true, false));
    }
    if !s[i..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let conn = RANGE_CONNECTORS.iter().find(|c| s[skip_spaces(s, j)..].starts_with(*c))?;
    let start2 = skip_spaces(s, skip_spaces(s, j) + conn.len());
    let (y2, k) = ascii_digits(s, start2, 4).filter(|&(_, k)| k - start2 == 4 || k - start2 == 2)?;
    let short = k - start2 == 2;
    let in_century = y1 / 100 * 100 + y2 as i32;
    let y2 = match (short, in_century < y1) {
        (false, _) => y2 as i32,
        (true, false) => in_century,
        (true, true) => in_century + 100,
    };
    Some((y2, k, false, short))
}

/// The plan periods of `plan_periods.txt` (`十四五` → 2021–2025).
fn plan_periods() -> Vec<Period> {
    PLAN_PERIODS
        .rows()
        .filter_map(|r| {
            Some(Period {
                label: r.word().to_string(),
                first: r.field(1)?.parse().ok()?,
                last: r.field(2)?.parse().ok()?,
                strict: r.field(3) == Some("strict"),
            })
        })
        .collect()
}

impl DateExtractor {
    /// *Habitual time*: a date right after a word of `habitual` (`每年1至3月`, `每当年底`,
    /// `每逢年末`: every year end) names no one time; `start` is where the date's text begins
    /// (a date read from `当年底` after `每` counts too).
    /// A time listed after another one of up to four characters (`每当季末、年底`) shares its
    /// habitual word.
    fn habitual_before(&self, s: &str, start: usize) -> bool {
        let before = &s[..start];
        if self.habitual.iter().any(|w| before.ends_with(w)) || (before.ends_with('每') && s[start..].starts_with('当'))
        {
            return true;
        }
        let Some(list) = before.strip_suffix('、') else { return false };
        list.char_indices()
            .rev()
            .take(4)
            .take_while(|&(_, c)| !is_boundary_char(c))
            .any(|(k, _)| self.habitual_before(s, k))
    }

    /// *Compared with*: `与去年相比`, `和上年相比`, `同去年同期相比` — the relative year between
    /// `start` and `end` is the base of a comparison, not the time of the statement.
    fn compared_with(&self, s: &str, start: usize, end: usize) -> bool {
        let after = s[end..].strip_prefix("同期").unwrap_or(&s[end..]);
        let (open, close) = &self.compared;
        open.iter().any(|w| s[..start].ends_with(w)) && close.iter().any(|w| after.starts_with(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `extract`.
    #[test]
    fn example_extract() {
        let e = crate::Extractor::builder().reference_date("2024-06-01").unwrap().build();
        let a = e
            .extract("论坛在成都举行\n5月18日至20日，论坛在成都举行；截至2023年底，全省建成“十四五”项目12个。")
            .unwrap();
        let dates: Vec<String> = a
            .dates
            .iter()
            .map(|d| {
                format!("{} {}{}", d.mention.text, d.value, d.end_value.map(|v| format!("/{v}")).unwrap_or_default())
            })
            .collect();
        assert_eq!(dates, ["5月18日至20日 2024-05-18/2024-05-20", "截至2023年底 2023", "十四五 2021/2025"]);
    }

    #[test]
    fn lexicons_load() {
        let d = DateExtractor::new();
        assert!(d.periods.iter().any(|p| p.label == "十四五" && p.first == 2021 && p.last == 2025));
        assert!(d.relatives.iter().any(|r| r.word == "去年" && r.offset == -1));
        assert!(d.modifiers.iter().any(|m| m.word == "截至" && m.modifier == Some(DateModifier::End)));
    }

    #[test]
    fn quarters_are_month_ranges() {
        let q = quarter_at("第三季度末", 0).unwrap();
        assert_eq!((q.first, q.last, q.end), (7, 9, "第三季度".len()));
        let q = quarter_at("前三季度", 0).unwrap();
        assert_eq!((q.first, q.last), (1, 9));
        assert!(quarter_at("前一季度", 0).is_none());
        assert!(quarter_at("五季度", 0).is_none());
        let q = quarter_at("前3个季度", 0).unwrap();
        assert_eq!((q.first, q.last, q.end), (1, 9, "前3个季度".len()));
        assert!(quarter_at("三个季度", 0).is_none());
    }

    #[test]
    fn days_near_the_reference() {
        let r = DateValue::parse("2024-03-02");
        assert_eq!(day_near_reference(r, 1, false).unwrap().to_string(), "2024-03-01");
        assert_eq!(day_near_reference(r, 29, false).unwrap().to_string(), "2024-02-29");
        assert_eq!(day_near_reference(DateValue::parse("2024-12-30"), 2, true).unwrap().to_string(), "2025-01-02");
        assert!(day_near_reference(None, 2, false).is_none());
    }

    #[test]
    fn clock_times() {
        let d = DateExtractor::new();
        let t = |s: &'static str| d.clock_tail(s, 0).map(|(c, e)| (c, &s[..e]));
        assert_eq!(t("下午3时30分，"), Some(((15, 30, None), "下午3时30分")));
        assert_eq!(t(" 香港时间16时30分"), Some(((16, 30, None), " 香港时间16时30分")));
        assert_eq!(t("晚上八点半"), Some(((20, 30, None), "晚上八点半")));
        assert_eq!(t("中午12时"), Some(((12, 0, None), "中午12时")));
        assert_eq!(t("24小时内"), None);
        assert_eq!(t("下午，"), None);
        assert!(slash_stamp("8/24 16:05", 0).is_some());
        assert!(slash_stamp("1/3的居民", 0).is_none());
    }

    #[test]
    fn numeric_dates_with_time() {
        let a = numeric_date("2025-05-23 22:08:50", 0, Taiwan::NO).unwrap();
        assert_eq!(a.value().to_string(), "2025-05-23T22:08:50");
        assert!(numeric_date("2024-13-01", 0, Taiwan::NO).is_none());
    }
}
