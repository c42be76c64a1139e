//! The vocabulary of changes: what a normalization step proposes ([`Edit`]) and what the
//! normalizer reports ([`TextRepair`] of a [`RepairKind`]), and the [`Script`] of the input.
//!
//! **Guarantees:** plain data; the serde names of the kinds are the JSON strings.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What kind of change a [`TextRepair`] made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RepairKind {
    /// Traditional characters converted to simplified.
    Traditional,
    /// A pinyin gloss glued behind a character removed: `國(guó)` → `国`.
    PinyinAnnotation,
    /// Emoji and their debris removed from running text.
    Emoji,
    /// Text decoded with the wrong codec, restored.
    Mojibake,
    /// Damaged text that could not be restored (kept as is) or malformed input bytes.
    Damaged,
    /// Full-width ASCII folded to half-width.
    Width,
    /// ASCII punctuation between Chinese characters made full-width.
    Punctuation,
    /// Unusual spaces, zero-width and stray control characters handled.
    Whitespace,
    /// HTML left in text input: tags removed (a block tag made a line break), character
    /// references decoded.
    Markup,
}

/// One change made by normalization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRepair {
    pub kind: RepairKind,
    /// Byte span in the original text.
    pub original: Span,
    /// The original text of that span.
    pub before: String,
    /// The normalized text made from that span (empty for a removal). Repairs are sorted
    /// and disjoint: replacing each `before` by its `after` turns the original into the
    /// normalized text.
    pub after: String,
}

/// The writing system of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Script {
    Simplified,
    Traditional,
    Mixed,
}

/// One change a normalization step makes to its input text (byte offsets of that input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    pub start: usize,
    pub end: usize,
    pub with: String,
    pub kind: RepairKind,
    /// Align character by character (same character count on both sides).
    pub charwise: bool,
}

/// The text with `edits` (sorted, disjoint) applied: what a step's edits make of `text`.
#[cfg(test)]
pub(crate) fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut s = String::new();
    let mut pos = 0;
    for e in edits {
        s.push_str(&text[pos..e.start]);
        s.push_str(&e.with);
        pos = e.end;
    }
    s.push_str(&text[pos..]);
    s
}

impl Edit {
    pub fn replace(start: usize, end: usize, with: impl Into<String>, kind: RepairKind) -> Self {
        Edit { start, end, with: with.into(), kind, charwise: false }
    }

    pub fn remove(start: usize, end: usize, kind: RepairKind) -> Self {
        Edit::replace(start, end, "", kind)
    }

    /// A `damaged` report that leaves the text as it is.
    pub fn flag(start: usize, end: usize, text: &str) -> Self {
        Edit::replace(start, end, text, RepairKind::Damaged)
    }
}

crate::names::display_as_serde_name!(RepairKind, Script);
