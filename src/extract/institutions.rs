//! Extracts institutions (named organizations, coordinated names expanded, abbreviations merged).
//!
//! Placeholder until its issue lands: finds nothing.

use super::{Doc, Facts};

/// Built once; holds this extractor's patterns and lexicons.
#[derive(Debug, Default)]
pub struct InstitutionExtractor {
    _private: (),
}

impl InstitutionExtractor {
    pub fn new() -> Self {
        InstitutionExtractor { _private: () }
    }

    pub fn extract(&self, _doc: &Doc<'_>, _facts: &mut Facts) {}
}
