//! Stage 6: facts → the JSON record of `docs/FACTS.md`.
//!
//! **In:** the decoded original, the [`NormalizedText`], the [`ArticleLayout`] and the
//! [`Facts`] (all spans are byte spans in the normalized text). **Out:** an [`Article`]
//! whose every `start`/`end` is a Unicode code-point offset into the decoded original, and
//! whose every mention `text` is exactly `original[start..end]` (in code points).
//!
//! The fact types (`crate::facts`) are generic over their location: extractors build them
//! with [`Span`] (bytes of the normalized text) and this stage maps them to [`Mention`]s
//! with their `map_location`. Field names and enum strings are the contract with tools
//! outside the crate.

use crate::article::ArticleLayout;
use crate::decode::char_starts;
use crate::extract::doc::Facts;
use crate::facts::{DateMention, Event, Figure, Institution, Mention, Person, Program};
use crate::lists::map_consuming;
use crate::normalize::{NormalizedText, RepairKind, Script, TextRepair};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The version of the JSON shape.
pub const SCHEMA_VERSION: u32 = 1;

/// The record for one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Repair {
    pub kind: RepairKind,
    pub start: usize,
    pub end: usize,
    pub before: String,
    pub after: String,
}

/// Maps normalized byte spans to original code-point mentions.
struct Locator<'a> {
    original: &'a str,
    normalized: &'a NormalizedText,
    /// Code-point count at every `STRIDE`-th byte of the original.
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'a> Locator<'a> {
    fn new(original: &'a str, normalized: &'a NormalizedText) -> Self {
        // One checkpoint at the start of every block and one after the last: the end of the
        // text is a position too.
        let mut checkpoints = Vec::with_capacity(original.len() / STRIDE + 2);
        let mut chars = 0;
        checkpoints.push(chars);
        for block in original.as_bytes().chunks(STRIDE) {
            chars += char_starts(block);
            checkpoints.push(chars);
        }
        Locator { original, normalized, checkpoints }
    }

    /// Code-point offset of byte offset `byte` of the original (rounded down to a char boundary).
    fn char_offset(&self, byte: usize) -> usize {
        let byte = crate::span::floor_char_boundary(self.original, byte);
        let block = byte / STRIDE;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        base + char_starts(&self.original.as_bytes()[block * STRIDE..byte])
    }

    /// Original byte span → code-point span.
    fn original_chars(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }

    /// Original byte span → code points.
    fn original_mention(&self, span: Span) -> Mention {
        let text = self.original.get(span.range()).unwrap_or("").to_string();
        let (start, end) = self.original_chars(span);
        Mention { text, start, end }
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

/// Builds the record from the normalized text and its repairs (moved into the record's).
/// Output order: facts in order of first mention.
pub fn build(
    source: Source<'_>,
    normalized: &NormalizedText,
    text_repairs: Vec<TextRepair>,
    layout: &ArticleLayout,
    facts: Facts,
) -> Article {
    let text = normalized.as_str();
    let loc = Locator::new(source.original, normalized);
    // The normalizer's repairs are sorted and disjoint; turned into the record's in place
    // (same size: no second vector). Malformed bytes add theirs, sorted in.
    let mut repairs: Vec<Repair> = text_repairs
        .into_iter()
        .map(|r| {
            let (start, end) = loc.original_chars(r.original);
            Repair { kind: r.kind, start, end, before: r.before, after: r.after }
        })
        .collect();
    if !source.malformed.is_empty() {
        let mut all: Vec<Repair> = source
            .malformed
            .iter()
            .map(|&span| {
                let m = loc.original_mention(span);
                Repair { kind: RepairKind::Damaged, start: m.start, end: m.end, before: m.text.clone(), after: m.text }
            })
            .collect();
        all.append(&mut repairs);
        all.sort_by_key(|r| (r.start, r.end));
        // A U+FFFD from malformed bytes is also a lone U+FFFD to the normalizer: one entry.
        all.dedup();
        repairs = all;
    }

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
        // A fact located by a mention is larger than one located by a span: each list is
        // mapped without holding both whole.
        institutions: map_consuming(institutions, |i| i.map_location(|s| loc.mention(s))),
        figures: map_consuming(figures, |f| f.map_location(|s| loc.mention(s))),
        dates: map_consuming(dates, |d| d.map_location(|s| loc.mention(s))),
        programs: map_consuming(programs, |p| p.map_location(|s| loc.mention(s))),
        people: map_consuming(people, |p| p.map_location(|s| loc.mention(s))),
        events: map_consuming(events, |e| e.map_location(|s| loc.mention(s))),
        text: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
