//! Extracts events (named meetings, with their date).
//!
//! Placeholder until its issue lands: finds nothing.

use super::{Doc, Facts};

/// Built once; holds this extractor's patterns and lexicons.
#[derive(Debug, Default)]
pub struct EventExtractor {
    _private: (),
}

impl EventExtractor {
    pub fn new() -> Self {
        EventExtractor { _private: () }
    }

    pub fn extract(&self, _doc: &Doc<'_>, _facts: &mut Facts) {}
}
