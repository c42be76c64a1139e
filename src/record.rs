//! Stage 6: facts → the JSON record of `spec/FACTS.md`.
//!
//! **In:** the decoded original, the [`NormalizedText`], the [`ArticleLayout`] and the
//! [`Facts`] (all spans are byte spans in the normalized text). **Out:** an [`Article`]
//! whose every `start`/`end` is a Unicode code-point offset into the decoded original, and
//! whose every mention `text` is exactly `original[start..end]` (in code points).
//!
//! The fact types are generic over their location `L`: extractors build them with
//! [`Span`] (bytes of the normalized text) and this stage maps them to [`Mention`]. Field
//! names and enum strings are the contract with tools outside the crate.

use crate::article::ArticleLayout;
use crate::extract::Facts;
use crate::normalize::{NormalizedText, RepairKind, Script};
use crate::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The version of the JSON shape.
pub const SCHEMA_VERSION: u32 = 1;

/// One mention: the original text and its code-point offsets in the decoded original.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The record for one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub schema_version: u32,
    pub meta: Meta,
    /// Body paragraphs (normalized) joined by `\n`.
    pub body: String,
    pub repairs: Vec<Repair>,
    pub institutions: Vec<Institution>,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    pub programs: Vec<Program>,
    pub people: Vec<Person>,
    pub events: Vec<Event>,
    /// HTML input only: the text extracted from the page, which every offset points into
    /// (absent for text input, whose offsets point into the input itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Article {
    /// The record as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("records always serialize")
    }

    /// The record as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("records always serialize")
    }
}

/// Page metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    /// `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD`.
    pub published_at: Option<String>,
    pub source: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub original_title: Option<String>,
    pub script: Script,
    pub encoding: String,
}

/// One normalization change, located in the original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repair {
    pub kind: RepairKind,
    pub start: usize,
    pub end: usize,
    pub before: String,
    pub after: String,
}

/// The kind of an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionKind {
    Government,
    Hospital,
    PrimaryCare,
    PublicHealth,
    Association,
    Company,
    Media,
    Education,
    International,
    Other,
}

/// A named organization, with every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution<L = Mention> {
    /// The fullest form the article supports.
    pub name: String,
    pub kind: InstitutionKind,
    pub region: Option<String>,
    /// Other surface forms (normalized), the name excluded.
    pub aliases: Vec<String>,
    pub mentions: Vec<L>,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Count,
    Percent,
    Money,
    Area,
    Duration,
    Age,
    Rank,
    Other,
}

/// How a figure relates to the true quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    /// 超过, 以上, 余, 多
    Over,
    /// 不到, 近, 以下, 接近
    Under,
    /// 约, 左右, 大约
    About,
}

/// A quantity stated in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure<L = Mention> {
    #[serde(serialize_with = "number::serialize")]
    pub value: f64,
    #[serde(serialize_with = "number::serialize_opt")]
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub kind: FigureKind,
    pub approx: Approx,
    pub subject: Option<String>,
    #[serde(flatten)]
    pub mention: L,
}

/// Point, range or named plan period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    Point,
    Range,
    Period,
}

/// How a date expression qualifies its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateModifier {
    /// 年底, 截至
    End,
    /// 以来
    Since,
    /// 年初
    Start,
    /// 上半年
    FirstHalf,
    /// 下半年
    SecondHalf,
}

/// A calendar value at the precision stated, serialized as ISO 8601:
/// `2021`, `2020-12`, `2024-05-18`, `2025-05-23T22:08:50`, or without a year `--05-22`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DateValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// Hour, minute, optional second.
    pub time: Option<(u8, u8, Option<u8>)>,
}

impl DateValue {
    pub fn year(year: i32) -> Self {
        DateValue { year: Some(year), ..Default::default() }
    }

    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        DateValue { year: Some(year), month: Some(month), day: Some(day), time: None }
    }

    /// Parses ISO 8601 as written by [`Display`](fmt::Display) (a space may replace `T`).
    ///
    /// ```
    /// use zhnews::DateValue;
    /// let d = DateValue::parse("2024-05-23T12:47").unwrap();
    /// assert_eq!(d.to_string(), "2024-05-23T12:47");
    /// assert_eq!(DateValue::parse("--05-22").unwrap().to_string(), "--05-22");
    /// assert!(DateValue::parse("2024-13-01").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<DateValue> {
        let s = s.trim();
        let (date, time) = match s.find(['T', ' ']) {
            Some(i) => (&s[..i], Some(&s[i + 1..])),
            None => (s, None),
        };
        let mut v = DateValue::default();
        if let Some(rest) = date.strip_prefix("--") {
            let mut it = rest.split('-');
            v.month = Some(it.next()?.parse().ok()?);
            v.day = it.next().map(|d| d.parse().ok()).unwrap_or(None);
        } else {
            let mut it = date.split('-');
            let y = it.next()?;
            if y.len() != 4 {
                return None;
            }
            v.year = Some(y.parse().ok()?);
            if let Some(m) = it.next() {
                v.month = Some(m.parse().ok()?);
            }
            if let Some(d) = it.next() {
                v.day = Some(d.parse().ok()?);
            }
            if it.next().is_some() {
                return None;
            }
        }
        if let Some(t) = time {
            let mut it = t.split(':');
            let h: u8 = it.next()?.parse().ok()?;
            let m: u8 = it.next()?.parse().ok()?;
            let sec: Option<u8> = match it.next() {
                Some(x) => Some(x.parse().ok()?),
                None => None,
            };
            if h > 23 || m > 59 || sec.is_some_and(|x| x > 60) || v.day.is_none() {
                return None;
            }
            v.time = Some((h, m, sec));
        }
        v.is_valid().then_some(v)
    }

    /// True when month and day are in range (and the day exists in that month).
    pub fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (None, Some(_)) => false,
            (Some(m), _) if !(1..=12).contains(&m) => false,
            (Some(m), Some(d)) => d >= 1 && d <= days_in_month(self.year, m),
            _ => self.year.is_some() || self.month.is_some(),
        }
    }
}

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => write!(f, "-")?,
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
                if let Some((h, mi, s)) = self.time {
                    write!(f, "T{h:02}:{mi:02}")?;
                    if let Some(s) = s {
                        write!(f, ":{s:02}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateValue::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid ISO 8601 date {s:?}")))
    }
}

/// A calendar expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention<L = Mention> {
    pub value: DateValue,
    pub end_value: Option<DateValue>,
    pub kind: DateKind,
    pub modifier: Option<DateModifier>,
    /// The name of a plan period (`十四五`).
    pub label: Option<String>,
    #[serde(flatten)]
    pub mention: L,
}

/// A named policy instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program<L = Mention> {
    pub name: String,
    pub category: Option<String>,
    #[serde(flatten)]
    pub mention: L,
}

/// A person with the titles the article gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person<L = Mention> {
    pub name: String,
    pub titles: Vec<String>,
    pub organization: Option<String>,
    pub mentions: Vec<L>,
}

/// A named meeting, congress, forum or exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event<L = Mention> {
    pub name: String,
    /// ISO 8601 date or interval (`2024-05-18/2024-05-20`), when the article gives one.
    pub date: Option<String>,
    pub mentions: Vec<L>,
}

/// JSON numbers: integral values print without a fraction (`220000000`, not `2.2e8`).
mod number {
    use serde::Serializer;

    pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(*v as i64)
        } else {
            s.serialize_f64(*v)
        }
    }

    pub fn serialize_opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => serialize(v, s),
            None => s.serialize_none(),
        }
    }
}

/// Maps normalized byte spans to original code-point mentions.
struct Locator<'a> {
    original: &'a str,
    normalized: &'a NormalizedText,
    /// Code-point count at every `STRIDE`-th byte of the original.
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 256;

impl<'a> Locator<'a> {
    fn new(original: &'a str, normalized: &'a NormalizedText) -> Self {
        let mut checkpoints = Vec::with_capacity(original.len() / STRIDE + 1);
        let mut chars = 0;
        let bytes = original.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if i % STRIDE == 0 {
                checkpoints.push(chars);
            }
            if (b & 0xc0) != 0x80 {
                chars += 1;
            }
        }
        // The end of the text is a position too: it needs its checkpoint when it falls on one.
        if bytes.len() % STRIDE == 0 {
            checkpoints.push(chars);
        }
        Locator { original, normalized, checkpoints }
    }

    /// Code-point offset of byte offset `byte` of the original (rounded down to a char boundary).
    fn char_offset(&self, byte: usize) -> usize {
        let byte = crate::span::floor_char_boundary(self.original, byte);
        let block = byte / STRIDE;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        base + self.original.as_bytes()[block * STRIDE..byte].iter().filter(|&&b| (b & 0xc0) != 0x80).count()
    }

    /// Original byte span → code points.
    fn original_mention(&self, span: Span) -> Mention {
        let text = self.original.get(span.range()).unwrap_or("").to_string();
        Mention { text, start: self.char_offset(span.start), end: self.char_offset(span.end) }
    }

    /// Normalized byte span → original mention.
    fn mention(&self, span: Span) -> Mention {
        self.original_mention(self.normalized.to_original(span))
    }
}

/// What decoding contributed to the record.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The decoded original text.
    pub original: &'a str,
    pub encoding: &'a str,
    /// Byte spans of U+FFFD that stand for malformed input.
    pub malformed: &'a [Span],
}

/// Builds the record. Output order: facts in order of first mention.
pub fn build(source: Source<'_>, normalized: &NormalizedText, layout: &ArticleLayout, facts: Facts) -> Article {
    let text = normalized.as_str();
    let loc = Locator::new(source.original, normalized);
    let mut repairs: Vec<Repair> = source
        .malformed
        .iter()
        .map(|&span| {
            let m = loc.original_mention(span);
            Repair { kind: RepairKind::Damaged, start: m.start, end: m.end, before: m.text.clone(), after: m.text }
        })
        .chain(normalized.repairs().iter().map(|r| {
            let m = loc.original_mention(r.original);
            Repair { kind: r.kind, start: m.start, end: m.end, before: r.before.clone(), after: r.after.clone() }
        }))
        .collect();
    repairs.sort_by_key(|r| (r.start, r.end));
    // A U+FFFD from malformed bytes is also a lone U+FFFD to the normalizer: one entry.
    repairs.dedup();

    let meta = Meta {
        title: layout.title.as_ref().map(|f| f.text.clone()),
        published_at: layout.published_at.as_ref().map(|s| s.iso.clone()),
        source: layout.source.as_ref().map(|f| f.text.clone()),
        authors: layout.authors.iter().map(|f| f.text.clone()).collect(),
        editors: layout.editors.iter().map(|f| f.text.clone()).collect(),
        original_title: layout.original_title.clone(),
        script: normalized.script(),
        encoding: source.encoding.to_string(),
    };

    let Facts { institutions, figures, dates, programs, people, events } = facts;
    let first = |spans: &[Span]| spans.iter().map(|s| s.start).min().unwrap_or(usize::MAX);
    let mut institutions = institutions;
    institutions.sort_by_key(|i| first(&i.mentions));
    let mut people = people;
    people.sort_by_key(|p| first(&p.mentions));
    let mut events = events;
    events.sort_by_key(|e| first(&e.mentions));
    let mut figures = figures;
    figures.sort_by_key(|f| f.mention.start);
    let mut dates = dates;
    dates.sort_by_key(|d| d.mention.start);
    let mut programs = programs;
    programs.sort_by_key(|p| p.mention.start);

    Article {
        schema_version: SCHEMA_VERSION,
        meta,
        body: layout.body(text),
        repairs,
        institutions: institutions
            .into_iter()
            .map(|i| Institution {
                name: i.name,
                kind: i.kind,
                region: i.region,
                aliases: i.aliases,
                mentions: i.mentions.iter().map(|&s| loc.mention(s)).collect(),
            })
            .collect(),
        figures: figures
            .into_iter()
            .map(|f| Figure {
                value: f.value,
                upper: f.upper,
                unit: f.unit,
                kind: f.kind,
                approx: f.approx,
                subject: f.subject,
                mention: loc.mention(f.mention),
            })
            .collect(),
        dates: dates
            .into_iter()
            .map(|d| DateMention {
                value: d.value,
                end_value: d.end_value,
                kind: d.kind,
                modifier: d.modifier,
                label: d.label,
                mention: loc.mention(d.mention),
            })
            .collect(),
        programs: programs
            .into_iter()
            .map(|p| Program { name: p.name, category: p.category, mention: loc.mention(p.mention) })
            .collect(),
        people: people
            .into_iter()
            .map(|p| Person {
                name: p.name,
                titles: p.titles,
                organization: p.organization,
                mentions: p.mentions.iter().map(|&s| loc.mention(s)).collect(),
            })
            .collect(),
        events: events
            .into_iter()
            .map(|e| Event {
                name: e.name,
                date: e.date,
                mentions: e.mentions.iter().map(|&s| loc.mention(s)).collect(),
            })
            .collect(),
        text: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integral_values_print_as_integers() {
        let f = Figure {
            value: 220000000.0,
            upper: Some(2.0),
            unit: None,
            kind: FigureKind::Count,
            approx: Approx::Over,
            subject: None,
            mention: Mention { text: "x".into(), start: 0, end: 1 },
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(
            json,
            r#"{"value":220000000,"upper":2,"unit":null,"kind":"count","approx":"over","subject":null,"text":"x","start":0,"end":1}"#
        );
        let third = Figure { value: 33.33, ..f };
        assert!(serde_json::to_string(&third).unwrap().starts_with(r#"{"value":33.33,"#));
    }

    #[test]
    fn char_offsets_at_every_position_including_the_end() {
        for len in [0, 1, STRIDE - 1, STRIDE, STRIDE + 1, 3 * STRIDE] {
            let original: String = "卫a".chars().cycle().take(len).collect();
            let normalized = NormalizedText::from_parts(
                original.clone(),
                crate::normalize::alignment::Alignment::identity(original.len()),
                Vec::new(),
                Script::Simplified,
            );
            let loc = Locator::new(&original, &normalized);
            for (chars, (byte, _)) in original.char_indices().enumerate() {
                assert_eq!(loc.char_offset(byte), chars);
            }
            assert_eq!(loc.char_offset(original.len()), original.chars().count(), "len {len}");
        }
    }

    #[test]
    fn date_values_round_trip() {
        for s in ["2021", "2020-12", "2024-05-18", "2025-05-23T22:08:50", "2024-05-23T12:47", "--05-22", "--03"] {
            assert_eq!(DateValue::parse(s).unwrap().to_string(), s);
        }
        for s in ["2023-02-29", "24", "2024-00", "--13-01", "2024-05T10:00"] {
            assert!(DateValue::parse(s).is_none(), "{s}");
        }
    }
}
