//! Extracts dates (absolute, partial, ranges, plan periods, relative years) resolved against the reference date.
//!
//! Placeholder until its issue lands: finds nothing.

use super::{Doc, Facts};

/// Built once; holds this extractor's patterns and lexicons.
#[derive(Debug, Default)]
pub struct DateExtractor {
    _private: (),
}

impl DateExtractor {
    pub fn new() -> Self {
        DateExtractor { _private: () }
    }

    pub fn extract(&self, _doc: &Doc<'_>, _facts: &mut Facts) {}
}
