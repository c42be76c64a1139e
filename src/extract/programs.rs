//! Extracts programs (named policy instruments).
//!
//! Placeholder until its issue lands: finds nothing.

use super::{Doc, Facts};

/// Built once; holds this extractor's patterns and lexicons.
#[derive(Debug, Default)]
pub struct ProgramExtractor {
    _private: (),
}

impl ProgramExtractor {
    pub fn new() -> Self {
        ProgramExtractor { _private: () }
    }

    pub fn extract(&self, _doc: &Doc<'_>, _facts: &mut Facts) {}
}
