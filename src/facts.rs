//! The fact vocabulary: what the extractors find and the record reports.
//!
//! **Out:** plain data types, beneath every extractor. Each fact is generic over its
//! location `L`: the extractors build facts located by [`Span`](crate::span::Span) (bytes of
//! the normalized text), the record stage maps them with `map_location` to [`Mention`]s
//! (code points of the decoded original). Field names and enum strings (serde) are the
//! contract with tools outside the crate, specified in `docs/FACTS.md`.
//!
//! **Guarantees:** a [`DateValue`] built by [`DateValue::parse`] is valid; integral figure
//! values serialize without a fraction.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One mention: the original text and its code-point offsets in the decoded original.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The kind of an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Institution"))]
pub struct Institution<L = Mention> {
    /// The fullest form the article supports.
    pub name: String,
    pub kind: InstitutionKind,
    pub region: Option<String>,
    /// Other surface forms (normalized), the name excluded.
    pub aliases: Vec<String>,
    pub mentions: Vec<L>,
}

impl<L> Institution<L> {
    /// The same fact, located by `f` of each location.
    pub(crate) fn map_location<M>(self, f: impl FnMut(L) -> M) -> Institution<M> {
        Institution {
            name: self.name,
            kind: self.kind,
            region: self.region,
            aliases: self.aliases,
            mentions: self.mentions.into_iter().map(f).collect(),
        }
    }
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Figure"))]
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

impl<L> Figure<L> {
    /// The same fact, located by `f` of each location.
    pub(crate) fn map_location<M>(self, mut f: impl FnMut(L) -> M) -> Figure<M> {
        Figure {
            value: self.value,
            upper: self.upper,
            unit: self.unit,
            kind: self.kind,
            approx: self.approx,
            subject: self.subject,
            mention: f(self.mention),
        }
    }
}

/// Point, range or named plan period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateKind {
    Point,
    Range,
    Period,
}

/// How a date expression qualifies its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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

/// In the schema a [`DateValue`] is its ISO 8601 string.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for DateValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateValue".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "ISO 8601 at the precision stated: `2021`, `2020-12`, `2024-05-18`, `2025-05-23T22:08:50`, or without a year `--05-22`.",
            "pattern": DATE_VALUE_PATTERN,
        })
    }
}

/// The shapes [`DateValue`]'s `Display` writes (checked against it in the tests).
#[cfg(feature = "schema")]
const DATE_VALUE_PATTERN: &str = r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?|--\d{2}(-\d{2})?)$";

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "DateMention"))]
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

impl<L> DateMention<L> {
    /// The same fact, located by `f` of each location.
    pub(crate) fn map_location<M>(self, mut f: impl FnMut(L) -> M) -> DateMention<M> {
        DateMention {
            value: self.value,
            end_value: self.end_value,
            kind: self.kind,
            modifier: self.modifier,
            label: self.label,
            mention: f(self.mention),
        }
    }
}

/// A named policy instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Program"))]
pub struct Program<L = Mention> {
    pub name: String,
    pub category: Option<String>,
    #[serde(flatten)]
    pub mention: L,
}

impl<L> Program<L> {
    /// The same fact, located by `f` of each location.
    pub(crate) fn map_location<M>(self, mut f: impl FnMut(L) -> M) -> Program<M> {
        Program { name: self.name, category: self.category, mention: f(self.mention) }
    }
}

/// A person with the titles the article gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Person"))]
pub struct Person<L = Mention> {
    pub name: String,
    pub titles: Vec<String>,
    pub organization: Option<String>,
    pub mentions: Vec<L>,
}

impl<L> Person<L> {
    /// The same fact, located by `f` of each location.
    pub(crate) fn map_location<M>(self, f: impl FnMut(L) -> M) -> Person<M> {
        Person {
            name: self.name,
            titles: self.titles,
            organization: self.organization,
            mentions: self.mentions.into_iter().map(f).collect(),
        }
    }
}

/// A named meeting, congress, forum or exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Event"))]
pub struct Event<L = Mention> {
    pub name: String,
    /// ISO 8601 date or interval (`2024-05-18/2024-05-20`), when the article gives one.
    pub date: Option<String>,
    pub mentions: Vec<L>,
}

impl<L> Event<L> {
    /// The same fact, located by `f` of each location.
    pub(crate) fn map_location<M>(self, f: impl FnMut(L) -> M) -> Event<M> {
        Event { name: self.name, date: self.date, mentions: self.mentions.into_iter().map(f).collect() }
    }
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
    fn date_values_round_trip() {
        for s in ["2021", "2020-12", "2024-05-18", "2025-05-23T22:08:50", "2024-05-23T12:47", "--05-22", "--03"] {
            assert_eq!(DateValue::parse(s).unwrap().to_string(), s);
        }
        for s in ["2023-02-29", "24", "2024-00", "--13-01", "2024-05T10:00"] {
            assert!(DateValue::parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn map_location_keeps_every_field() {
        let p =
            Person { name: "张三".into(), titles: vec!["主任".into()], organization: None, mentions: vec![1, 2] };
        let q = p.clone().map_location(|x| x * 10);
        assert_eq!((q.name, q.titles, q.organization, q.mentions), (p.name, p.titles, p.organization, vec![10, 20]));
    }
}
