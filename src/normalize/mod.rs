//! Stage 2: decoded text → clean simplified text that remembers where it came from.
//!
//! **In:** the decoded original text. **Out:** [`NormalizedText`] — the normalized string,
//! an [`Alignment`] mapping every byte span of it back to a span of the original, the
//! [`Script`] of the input, and the list of [`Repair`]s made (each with its span in the
//! original, `before` and `after`).
//!
//! **Guarantees:** never panics; idempotent (normalizing the output again changes nothing);
//! lossless in the sense that every original character is either in the output or inside
//! the `before` of a repair; clean simplified text comes back unchanged with no repairs.

pub mod alignment;

use crate::span::Span;
use alignment::Alignment;
use serde::{Deserialize, Serialize};

/// What kind of change a [`Repair`] made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
}

impl RepairKind {
    /// The lower-case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            RepairKind::Traditional => "traditional",
            RepairKind::PinyinAnnotation => "pinyin_annotation",
            RepairKind::Emoji => "emoji",
            RepairKind::Mojibake => "mojibake",
            RepairKind::Damaged => "damaged",
            RepairKind::Width => "width",
            RepairKind::Punctuation => "punctuation",
            RepairKind::Whitespace => "whitespace",
        }
    }
}

/// One change made by normalization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub kind: RepairKind,
    /// Byte span in the original text.
    pub original: Span,
    /// The original text of that span.
    pub before: String,
    /// What it became in the normalized text (empty for a removal).
    pub after: String,
}

/// The writing system of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Simplified,
    Traditional,
    Mixed,
}

impl Script {
    pub fn as_str(&self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
        }
    }
}

/// Normalized text with its alignment to the original and the repairs made.
#[derive(Debug, Clone)]
pub struct NormalizedText {
    text: String,
    alignment: Alignment,
    repairs: Vec<Repair>,
    script: Script,
}

impl NormalizedText {
    /// Assembles a result (for normalization steps and tests).
    pub fn from_parts(text: String, alignment: Alignment, repairs: Vec<Repair>, script: Script) -> Self {
        NormalizedText { text, alignment, repairs, script }
    }

    /// The clean text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The repairs, in original order.
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// The script of the input.
    pub fn script(&self) -> Script {
        self.script
    }

    /// The alignment to the original.
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// Maps a byte span of the normalized text to the byte span of the original it came from.
    pub fn to_original(&self, span: Span) -> Span {
        self.alignment.to_original(span)
    }

    /// Consumes the value, returning the text.
    pub fn into_string(self) -> String {
        self.text
    }
}

/// The normalizer with its resources (T2S converter, character-frequency model, tables),
/// built once and shared.
pub struct Normalizer {
    t2s: ferrous_opencc::OpenCC,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer").finish_non_exhaustive()
    }
}

impl Normalizer {
    /// Builds the normalizer from embedded resources.
    pub fn new() -> Self {
        let t2s = ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s)
            .expect("embedded OpenCC T2s config loads");
        Normalizer { t2s }
    }

    /// Normalizes `original`. See the module documentation for the guarantees.
    pub fn normalize(&self, original: &str) -> NormalizedText {
        // Placeholder until the normalization issue lands: whole-text T2S, nothing else.
        let converted = self.t2s.convert(original);
        if converted == original {
            return NormalizedText::from_parts(
                original.to_string(),
                Alignment::identity(original.len()),
                Vec::new(),
                Script::Simplified,
            );
        }
        let mut w = alignment::Rewriter::new(original);
        w.replace_charwise(0, original.len(), &converted);
        let (text, alignment) = w.finish();
        NormalizedText::from_parts(text, alignment, Vec::new(), Script::Traditional)
    }
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}
