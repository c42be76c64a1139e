//! A piecewise map from a rewritten text back to the text it was made from.
//!
//! The alignment is a sorted list of [`Piece`]s that tile both texts in order. An
//! *identity* piece says "these bytes were copied unchanged" and maps position by position;
//! an *edit* piece says "this normalized range stands for that whole original range"
//! (a removed gloss has an empty normalized range, a converted run a non-empty one).
//! Memory grows with the number of edits, not with the length of the text, and a span
//! maps back with two binary searches.
//!
//! Steps are chained with [`Alignment::compose`]; [`Rewriter`] is the tool each
//! normalization step uses to produce its output text together with its alignment.

use crate::span::Span;
use std::ops::Range;

/// One tile of an [`Alignment`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the rewritten (normalized) text.
    pub norm: Range<usize>,
    /// Byte range in the source (original) text.
    pub orig: Range<usize>,
    /// True when `norm` is a byte-for-byte copy of `orig`.
    pub identity: bool,
}

/// Maps byte spans of a rewritten text to byte spans of its source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alignment {
    pieces: Vec<Piece>,
    norm_len: usize,
    orig_len: usize,
}

impl Alignment {
    /// The alignment of a text to itself.
    pub fn identity(len: usize) -> Self {
        let pieces = if len == 0 { Vec::new() } else { vec![Piece { norm: 0..len, orig: 0..len, identity: true }] };
        Alignment { pieces, norm_len: len, orig_len: len }
    }

    /// The pieces, in order.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// True when every piece is a copy (nothing was rewritten).
    pub fn is_identity(&self) -> bool {
        self.pieces.iter().all(|p| p.identity)
    }

    /// Length of the rewritten text.
    pub fn norm_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the source text.
    pub fn orig_len(&self) -> usize {
        self.orig_len
    }

    /// Maps a byte position of the rewritten text to the source, as the start of a span.
    fn map_start(&self, pos: usize) -> usize {
        // First piece whose norm range ends after pos (skipping empty deletion pieces).
        let i = self.pieces.partition_point(|p| p.norm.end <= pos);
        match self.pieces.get(i) {
            None => self.orig_len,
            Some(p) if p.identity => p.orig.start + (pos.max(p.norm.start) - p.norm.start),
            Some(p) => p.orig.start,
        }
    }

    /// Maps a byte position of the rewritten text to the source, as the end of a span.
    fn map_end(&self, pos: usize) -> usize {
        // Last piece whose norm range starts before pos.
        let i = self.pieces.partition_point(|p| p.norm.start < pos);
        if i == 0 {
            return 0;
        }
        let p = &self.pieces[i - 1];
        if p.identity {
            p.orig.start + (pos.min(p.norm.end) - p.norm.start)
        } else {
            p.orig.end
        }
    }

    /// Maps a span of the rewritten text to the smallest span of the source that covers it.
    ///
    /// An empty span maps to an empty span at the mapped position.
    pub fn to_original(&self, span: Span) -> Span {
        if span.is_empty() {
            let at = self.map_start(span.start);
            return Span::new(at, at);
        }
        let start = self.map_start(span.start);
        let end = self.map_end(span.end).max(start);
        Span::new(start, end)
    }

    /// Widens a span of the source to whole edit pieces: a rewrite cannot be split, so a
    /// source span that cuts into one stands for all of it. Empty spans stay as they are.
    pub fn widen_original(&self, span: Span) -> Span {
        if span.is_empty() {
            return span;
        }
        let (mut start, mut end) = (span.start, span.end);
        let i = self.pieces.partition_point(|p| p.orig.end <= start);
        if let Some(p) = self.pieces.get(i) {
            if !p.identity && p.orig.start < start {
                start = p.orig.start;
            }
        }
        let j = self.pieces.partition_point(|p| p.orig.start < end);
        if let Some(p) = j.checked_sub(1).and_then(|j| self.pieces.get(j)) {
            if !p.identity && p.orig.end > end {
                end = p.orig.end;
            }
        }
        Span::new(start, end)
    }

    /// Maps a span of the source to the span of the rewritten text made from it (the inverse
    /// of [`Alignment::to_original`]); a span cutting into an edit piece takes all of it.
    pub fn to_normalized(&self, span: Span) -> Span {
        let span = self.widen_original(span);
        let i = self.pieces.partition_point(|p| p.orig.end <= span.start);
        let start = match self.pieces.get(i) {
            None => self.norm_len,
            Some(p) if p.identity => p.norm.start + (span.start.max(p.orig.start) - p.orig.start),
            Some(p) => p.norm.start,
        };
        if span.is_empty() {
            return Span::new(start, start);
        }
        let j = self.pieces.partition_point(|p| p.orig.start < span.end);
        let end = match j.checked_sub(1).and_then(|j| self.pieces.get(j)) {
            None => 0,
            Some(p) if p.identity => p.norm.start + (span.end.min(p.orig.end) - p.orig.start),
            Some(p) => p.norm.end,
        };
        Span::new(start, end.max(start))
    }

    /// Chains two steps: `self` maps B → A, `next` maps C → B; the result maps C → A.
    pub fn compose(&self, next: Alignment) -> Alignment {
        if self.is_identity() && self.norm_len == self.orig_len {
            return next;
        }
        // Pieces go straight into the result (adjacent copies merged as they come): one
        // vector, at least one piece per piece of `next`, sized to its content at the end.
        let pieces = Vec::with_capacity(next.pieces.len());
        let mut composed = Alignment { pieces, norm_len: next.norm_len, orig_len: self.orig_len };
        for piece in &next.pieces {
            if piece.identity {
                // Split the copied range at the boundaries of self's pieces.
                let mut pos = piece.orig.start;
                let i0 = self.pieces.partition_point(|p| p.norm.end <= pos);
                for p in &self.pieces[i0..] {
                    if pos >= piece.orig.end {
                        break;
                    }
                    if p.norm.is_empty() {
                        if p.norm.start == pos && pos > piece.orig.start {
                            // A deletion inside the copied range stays a deletion.
                            composed.push(Piece {
                                norm: Self::shifted(piece, pos)..Self::shifted(piece, pos),
                                orig: p.orig.clone(),
                                identity: false,
                            });
                        }
                        continue;
                    }
                    let end = p.norm.end.min(piece.orig.end);
                    let norm = Self::shifted(piece, pos)..Self::shifted(piece, end);
                    if p.identity {
                        let orig = p.orig.start + (pos - p.norm.start)..p.orig.start + (end - p.norm.start);
                        composed.push(Piece { norm, orig, identity: true });
                    } else {
                        // Part of an edit: the part stands for the edit's whole source
                        // range, which the previous part may already have claimed.
                        match composed.pieces.last_mut() {
                            Some(last) if !last.identity && last.orig == p.orig && last.norm.end == norm.start => {
                                last.norm.end = norm.end;
                            }
                            _ => composed.push(Piece { norm, orig: p.orig.clone(), identity: false }),
                        }
                    }
                    pos = end;
                }
            } else {
                let orig = self.to_original(Span::new(piece.orig.start, piece.orig.end));
                composed.push(Piece { norm: piece.norm.clone(), orig: orig.range(), identity: false });
            }
        }
        composed.close_gaps();
        composed.pieces.shrink_to_fit();
        composed
    }

    fn shifted(piece: &Piece, pos: usize) -> usize {
        piece.norm.start + (pos - piece.orig.start)
    }

    /// Appends a piece, merging adjacent identity pieces.
    fn push(&mut self, piece: Piece) {
        if let Some(last) = self.pieces.last_mut() {
            if last.identity && piece.identity && last.norm.end == piece.norm.start && last.orig.end == piece.orig.start
            {
                last.norm.end = piece.norm.end;
                last.orig.end = piece.orig.end;
                return;
            }
        }
        if piece.norm.is_empty() && piece.orig.is_empty() {
            return;
        }
        // Two parts of one earlier edit (split by a later step) become one edit, so that
        // every source byte is covered exactly once.
        if let Some(last) = self.pieces.last_mut() {
            if last.norm.end == piece.norm.start && piece.orig.start < last.orig.end {
                last.norm.end = piece.norm.end;
                last.orig.end = last.orig.end.max(piece.orig.end);
                last.identity = false;
                return;
            }
        }
        self.pieces.push(piece);
    }

    /// Makes the source side tile the whole source: a source range not covered by any
    /// piece (an edit that composed to a narrower range) is attached as a deletion.
    fn close_gaps(&mut self) {
        let mut fixed: Vec<Piece> = Vec::with_capacity(self.pieces.len());
        let mut orig_pos = 0;
        for p in std::mem::take(&mut self.pieces) {
            if p.orig.start > orig_pos {
                fixed.push(Piece { norm: p.norm.start..p.norm.start, orig: orig_pos..p.orig.start, identity: false });
            }
            orig_pos = orig_pos.max(p.orig.end);
            fixed.push(p);
        }
        if orig_pos < self.orig_len {
            let n = self.norm_len;
            fixed.push(Piece { norm: n..n, orig: orig_pos..self.orig_len, identity: false });
        }
        self.pieces = fixed;
    }
}

/// Builds a rewritten text and its [`Alignment`] in one left-to-right pass over a source.
#[derive(Debug)]
pub struct Rewriter<'s> {
    source: &'s str,
    pos: usize,
    out: String,
    alignment: Alignment,
}

impl<'s> Rewriter<'s> {
    pub fn new(source: &'s str) -> Self {
        Rewriter {
            source,
            pos: 0,
            out: String::with_capacity(source.len()),
            alignment: Alignment { pieces: Vec::new(), norm_len: 0, orig_len: source.len() },
        }
    }

    /// Position in the source up to which output has been produced.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Copies the source unchanged up to byte `end`.
    pub fn copy_to(&mut self, end: usize) {
        if end <= self.pos {
            return;
        }
        let norm_start = self.out.len();
        self.out.push_str(&self.source[self.pos..end]);
        self.alignment.push(Piece { norm: norm_start..self.out.len(), orig: self.pos..end, identity: true });
        self.pos = end;
    }

    /// Copies up to `start`, then writes `with` in place of the source bytes `start..end`.
    pub fn replace(&mut self, start: usize, end: usize, with: &str) {
        self.copy_to(start);
        let norm_start = self.out.len();
        self.out.push_str(with);
        let identity = with == &self.source[start..end];
        self.alignment.push(Piece { norm: norm_start..self.out.len(), orig: start..end, identity });
        self.pos = end;
    }

    /// Like [`replace`](Self::replace) for a run whose characters map one to one
    /// (traditional → simplified of the same length): every character gets its own piece,
    /// so spans inside the run stay exact. Falls back to one piece when counts differ.
    pub fn replace_charwise(&mut self, start: usize, end: usize, with: &str) {
        let src = &self.source[start..end];
        if src.chars().count() != with.chars().count() {
            self.replace(start, end, with);
            return;
        }
        self.copy_to(start);
        let mut orig = start;
        for (s, w) in src.chars().zip(with.chars()) {
            let norm_start = self.out.len();
            self.out.push(w);
            let identity = s == w;
            self.alignment.push(Piece { norm: norm_start..self.out.len(), orig: orig..orig + s.len_utf8(), identity });
            orig += s.len_utf8();
        }
        self.pos = end;
    }

    /// Copies the rest of the source and returns the text and its alignment.
    pub fn finish(mut self) -> (String, Alignment) {
        self.copy_to(self.source.len());
        self.alignment.norm_len = self.out.len();
        (self.out, self.alignment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `to_normalized`.
    #[test]
    fn example_to_normalized() {
        use crate::normalize::alignment::Rewriter;
        use crate::Span;
        let mut w = Rewriter::new("中國(guó)人");
        w.copy_to(3);
        w.replace(3, 6, "国");
        w.replace(6, 12, "");
        w.copy_to(15);
        let (text, a) = w.finish();
        assert_eq!(a.to_normalized(Span::new(3, 12)).slice(&text), "国");
        assert_eq!(a.to_normalized(Span::new(12, 15)).slice(&text), "人");
    }

    /// The example that documented `Rewriter`.
    #[test]
    fn example_rewriter() {
        use crate::normalize::alignment::Rewriter;
        use crate::Span;
        let source = "中國(guó)人";
        let mut w = Rewriter::new(source);
        w.copy_to(3); // 中
        w.replace(3, 6, "国"); // 國 → 国
        w.replace(6, 12, ""); // drop the gloss
        w.copy_to(source.len()); // 人
        let (text, alignment) = w.finish();
        assert_eq!(text, "中国人");
        assert_eq!(alignment.to_original(Span::new(3, 6)), Span::new(3, 6));
        assert_eq!(alignment.to_original(Span::new(3, 9)), Span::new(3, 15));
    }

    #[test]
    fn identity_maps_spans_unchanged() {
        let a = Alignment::identity(10);
        assert_eq!(a.to_original(Span::new(2, 7)), Span::new(2, 7));
    }

    #[test]
    fn deletion_and_replacement() {
        // "ab😀cd" → "abcd" (emoji deleted)
        let src = "ab😀cd";
        let mut w = Rewriter::new(src);
        w.replace(2, 6, "");
        let (text, a) = w.finish();
        assert_eq!(text, "abcd");
        assert_eq!(a.to_original(Span::new(0, 4)), Span::new(0, 8));
        assert_eq!(a.to_original(Span::new(2, 4)), Span::new(6, 8));
        assert_eq!(a.to_original(Span::new(0, 2)), Span::new(0, 2));
    }

    #[test]
    fn compose_splits_an_edit_across_copied_ranges() {
        // step 1: "ab" → "XYZ" (one edit), step 2 copies "X", replaces "Y", copies "Z".
        let mut w = Rewriter::new("ab");
        w.replace(0, 2, "XYZ");
        let (mid, a1) = w.finish();
        let mut w = Rewriter::new(&mid);
        w.replace(1, 2, "y");
        let (out, a2) = w.finish();
        assert_eq!(out, "XyZ");
        let a = a1.compose(a2);
        assert_eq!(a.to_original(Span::new(2, 3)), Span::new(0, 2));
        assert_eq!(a.norm_len(), 3);
        let covered: usize = a.pieces().iter().map(|p| p.orig.len()).sum();
        assert_eq!(covered, 2);
    }

    #[test]
    fn compose_chains_two_steps() {
        // step 1: "Ａ國(guó)x" → "A國x" ; step 2: "A國x" → "A国x"
        let src = "Ａ國(guó)x";
        let mut w = Rewriter::new(src);
        w.replace(0, 3, "A");
        w.copy_to(6);
        w.replace(6, 12, "");
        let (mid, a1) = w.finish();
        assert_eq!(mid, "A國x");
        let mut w = Rewriter::new(&mid);
        w.replace_charwise(1, 4, "国");
        let (out, a2) = w.finish();
        assert_eq!(out, "A国x");
        let a = a1.compose(a2);
        assert_eq!(a.to_original(Span::new(1, 4)), Span::new(3, 6));
        assert_eq!(a.to_original(Span::new(4, 5)), Span::new(12, 13));
        assert_eq!(a.to_original(Span::new(0, 5)), Span::new(0, 13));
        assert_eq!(a.norm_len(), 5);
        assert_eq!(a.orig_len(), 13);
    }
}
