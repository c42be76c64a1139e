//! A static set of spans answering "does anything overlap this span?" in `O(log n)`.
//!
//! **In:** any spans (nested or overlapping allowed). **Out:** [`SpanIndex::overlaps`].
//! Built in `O(n log n)`; keeps extractors linear on pages with many facts.

use crate::span::Span;

/// Spans sorted by start, with the running maximum of their ends.
#[derive(Debug, Clone, Default)]
pub(crate) struct SpanIndex {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl SpanIndex {
    pub(crate) fn new(mut spans: Vec<Span>) -> Self {
        spans.retain(|s| !s.is_empty());
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut running = 0;
        for s in &spans {
            running = running.max(s.end);
            max_end.push(running);
        }
        SpanIndex { spans, max_end }
    }

    /// True when some span contains all of `span`.
    pub(crate) fn contains_span(&self, span: Span) -> bool {
        let n = self.spans.partition_point(|s| s.start <= span.start);
        n > 0 && self.max_end[n - 1] >= span.end
    }

    /// True when some span shares at least one byte with `span`.
    pub(crate) fn overlaps(&self, span: Span) -> bool {
        // Spans starting before `span` ends; one of them overlaps iff the largest end
        // among them passes `span.start`.
        let n = self.spans.partition_point(|s| s.start < span.end);
        n > 0 && self.max_end[n - 1] > span.start && !span.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_queries() {
        let idx = SpanIndex::new(vec![Span::new(10, 20), Span::new(0, 3), Span::new(12, 14), Span::new(5, 5)]);
        assert!(idx.overlaps(Span::new(2, 4)));
        assert!(idx.overlaps(Span::new(19, 30)));
        assert!(idx.overlaps(Span::new(13, 13 + 1)));
        assert!(!idx.overlaps(Span::new(3, 10)));
        assert!(!idx.overlaps(Span::new(20, 25)));
        assert!(!idx.overlaps(Span::new(5, 5)));
        assert!(!SpanIndex::default().overlaps(Span::new(0, 100)));
        assert!(idx.contains_span(Span::new(12, 20)));
        assert!(!idx.contains_span(Span::new(2, 4)));
    }
}
