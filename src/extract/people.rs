//! Extracts people (names with titles and organization; byline credits).
//!
//! Placeholder until its issue lands: finds nothing.

use super::{Doc, Facts};

/// Built once; holds this extractor's patterns and lexicons.
#[derive(Debug, Default)]
pub struct PersonExtractor {
    _private: (),
}

impl PersonExtractor {
    pub fn new() -> Self {
        PersonExtractor { _private: () }
    }

    pub fn extract(&self, _doc: &Doc<'_>, _facts: &mut Facts) {}
}
