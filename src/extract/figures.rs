//! Extracts figures (value, range, unit, kind, approximation, subject).
//!
//! Placeholder until its issue lands: finds nothing.

use super::{Doc, Facts};

/// Built once; holds this extractor's patterns and lexicons.
#[derive(Debug, Default)]
pub struct FigureExtractor {
    _private: (),
}

impl FigureExtractor {
    pub fn new() -> Self {
        FigureExtractor { _private: () }
    }

    pub fn extract(&self, _doc: &Doc<'_>, _facts: &mut Facts) {}
}
