//! **Not API.** The stages of the pipeline, one by one, for this crate's own tests,
//! benches and examples that drive a single stage. Hidden from the documentation; anything
//! here may change or go in any release. Use the crate root instead.

/// Stage 3: the layout of a page.
pub use crate::article::{
    line_weights, split_sentences, ArticleLayout, ArticleParser, Credit, Field, LineDecision, LineRole, Stamp,
};
/// Stage 1: decoding with explicit options.
pub use crate::decode::{decode, encoding_for_label, DecodeOptions};
/// Stage 5: what extractors read and write, and each extractor.
pub use crate::extract::{
    dates::DateExtractor, events::EventExtractor, figures::FigureExtractor, institutions::InstitutionExtractor,
    people::PersonExtractor, programs::ProgramExtractor, Doc, Extractors, Facts, Sentence,
};
/// The gazetteer of divisions (a resource of the extractors).
pub mod gazetteer {
    pub use crate::gazetteer::{gazetteer, Division, Entry, Form, Gazetteer, Level, PlaceMatch};
}
/// Stage 2: the normalizer and the alignment of its output.
pub use crate::normalize::{alignment::Alignment, Normalizer, Variant};
/// Stage 4: segmentation.
pub use crate::segment::{Segmenter, Token, UserWord};
use crate::NormalizedText;

/// Numbers in Arabic and Chinese numerals (the figures extractor's reader).
pub mod number {
    pub use crate::extract::number::{parse, scan, scan_magnitude, scan_ratio, to_chinese, Number, NumberForm, Ratio};
}

/// The alignment of a normalized text to its original.
pub fn alignment(text: &NormalizedText) -> &Alignment {
    text.alignment()
}

/// The NER tagger (for `examples/train_ner.rs`, `examples/ner_eval.rs`, `tests/tagger.rs`).
pub mod tagger {
    pub use crate::tagger::{char_entities, features, model, train, Entity, Kind, Part, Scratch, Tag, Tagger, TAGS};
}
