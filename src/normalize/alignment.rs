//! A piecewise map from a rewritten text back to the text it was made from.
//!
//! The alignment is a sorted list of [`Piece`]s that tile both texts in order. An
//! *identity* piece says "these bytes were copied unchanged" and maps position by position;
//! an *edit* piece says "this normalized range stands for that whole original range"
//! (a removed gloss has an empty normalized range, a converted run a non-empty one).
//! Memory grows with the number of edits, not with the length of the text (16 bytes a
//! piece: pieces are stored by where they end, each starting where the previous one ends),
//! and a span maps back with two binary searches.
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

/// A piece as stored: where it ends in both texts (it starts where the previous one ends:
/// the pieces tile both texts); the top bit of `orig_end` marks an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tile {
    norm_end: usize,
    orig_end: usize,
}

/// The bit of [`Tile::orig_end`] that marks an edit (lengths stay below it: no allocation
/// exceeds `isize::MAX` bytes).
const EDIT: usize = 1 << (usize::BITS - 1);

impl Tile {
    fn orig_end(&self) -> usize {
        self.orig_end & !EDIT
    }

    fn identity(&self) -> bool {
        self.orig_end & EDIT == 0
    }
}

/// A place among the pieces remembered between searches (none yet: the first one is a
/// binary search).
#[derive(Debug, Clone, Copy, Default)]
struct Cursor(Option<usize>);

/// Cursors for source spans asked in order: one for their starts, one for their ends.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Cursors {
    starts: Cursor,
    ends: Cursor,
}

/// Maps byte spans of a rewritten text to byte spans of its source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alignment {
    tiles: Vec<Tile>,
    norm_len: usize,
    orig_len: usize,
}

impl Alignment {
    /// The alignment of a text to itself.
    pub fn identity(len: usize) -> Self {
        let tiles = if len == 0 { Vec::new() } else { vec![Tile { norm_end: len, orig_end: len }] };
        Alignment { tiles, norm_len: len, orig_len: len }
    }

    /// The pieces, in order.
    pub fn pieces(&self) -> Vec<Piece> {
        (0..self.tiles.len()).map(|i| self.piece(i)).collect()
    }

    /// Piece `i`, if there is one.
    fn get(&self, i: usize) -> Option<Piece> {
        (i < self.tiles.len()).then(|| self.piece(i))
    }

    /// Piece `i` (which must exist).
    fn piece(&self, i: usize) -> Piece {
        let (norm_start, orig_start) = match i.checked_sub(1) {
            Some(j) => (self.tiles[j].norm_end, self.tiles[j].orig_end()),
            None => (0, 0),
        };
        let t = self.tiles[i];
        Piece { norm: norm_start..t.norm_end, orig: orig_start..t.orig_end(), identity: t.identity() }
    }

    /// True when every piece is a copy (nothing was rewritten).
    pub fn is_identity(&self) -> bool {
        self.tiles.iter().all(Tile::identity)
    }

    /// Length of the rewritten text.
    pub fn norm_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the source text.
    pub fn orig_len(&self) -> usize {
        self.orig_len
    }

    /// The number of leading pieces for which `before` holds (it holds for a prefix): from
    /// the cursor's last answer forward when that is not past it (answers asked in order
    /// cost one pass over the pieces in all), by binary search otherwise. Moves the cursor.
    fn seek(&self, cursor: &mut Cursor, before: impl Fn(&Tile) -> bool) -> usize {
        let i = match cursor.0 {
            Some(c) if c == 0 || before(&self.tiles[c - 1]) => {
                c + self.tiles[c..].iter().take_while(|t| before(t)).count()
            }
            _ => self.tiles.partition_point(before),
        };
        cursor.0 = Some(i);
        i
    }

    /// The number of pieces that start before `at` in the text `end_of` reads (the last
    /// piece starts before any `at` past those that end before it).
    fn starts_before(&self, cursor: &mut Cursor, at: usize, end_of: fn(&Tile) -> usize) -> usize {
        match self.tiles.len() {
            0 => 0,
            _ if at == 0 => 0,
            n => (self.seek(cursor, |t| end_of(t) < at) + 1).min(n),
        }
    }

    /// Where byte `pos` of the rewritten text maps to as the start of a span, in piece `i`,
    /// the first whose normalized range ends after `pos` (skipping empty deletion pieces).
    fn start_in(&self, i: usize, pos: usize) -> usize {
        if i == self.tiles.len() {
            return self.orig_len;
        }
        let p = self.piece(i);
        if p.identity {
            p.orig.start + (pos.max(p.norm.start) - p.norm.start)
        } else {
            p.orig.start
        }
    }

    /// Where byte `pos` of the rewritten text maps to as the end of a span, given the number
    /// `i` of pieces whose normalized range starts before `pos`.
    fn end_in(&self, i: usize, pos: usize) -> usize {
        if i == 0 {
            return 0;
        }
        let p = self.piece(i - 1);
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
        self.to_original_from(&mut Cursors::default(), span)
    }

    /// [`Alignment::to_original`] of spans asked in order, through cursors.
    pub(crate) fn to_original_from(&self, cursors: &mut Cursors, span: Span) -> Span {
        let start = self.start_in(self.seek(&mut cursors.starts, |t| t.norm_end <= span.start), span.start);
        if span.is_empty() {
            return Span::new(start, start);
        }
        let before = self.starts_before(&mut cursors.ends, span.end, |t| t.norm_end);
        Span::new(start, self.end_in(before, span.end).max(start))
    }

    /// Widens a span of the source to whole edit pieces: a rewrite cannot be split, so a
    /// source span that cuts into one stands for all of it. Empty spans stay as they are.
    pub fn widen_original(&self, span: Span) -> Span {
        self.widen_from(&mut Cursors::default(), span)
    }

    /// [`Alignment::widen_original`] of spans asked in order of their starts.
    pub(crate) fn widen_from(&self, cursors: &mut Cursors, span: Span) -> Span {
        if span.is_empty() {
            return span;
        }
        let (mut start, mut end) = (span.start, span.end);
        let i = self.seek(&mut cursors.starts, |t| t.orig_end() <= start);
        if let Some(p) = self.get(i) {
            if !p.identity && p.orig.start < start {
                start = p.orig.start;
            }
        }
        let j = self.starts_before(&mut cursors.ends, end, Tile::orig_end);
        if let Some(p) = j.checked_sub(1).and_then(|j| self.get(j)) {
            if !p.identity && p.orig.end > end {
                end = p.orig.end;
            }
        }
        Span::new(start, end)
    }

    /// Maps a span of the source to the span of the rewritten text made from it (the inverse
    /// of [`Alignment::to_original`]); a span cutting into an edit piece takes all of it.
    pub fn to_normalized(&self, span: Span) -> Span {
        let mut cursors = Cursors::default();
        let span = self.widen_from(&mut cursors, span);
        self.widened_to_normalized(&mut cursors, span)
    }

    /// [`Alignment::to_normalized`] of a span already widened to whole edit pieces (by
    /// [`Alignment::widen_original`], or a union of such spans), for spans asked in order.
    pub(crate) fn widened_to_normalized(&self, cursors: &mut Cursors, span: Span) -> Span {
        let i = self.seek(&mut cursors.starts, |t| t.orig_end() <= span.start);
        let start = match self.get(i) {
            None => self.norm_len,
            Some(p) if p.identity => p.norm.start + (span.start.max(p.orig.start) - p.orig.start),
            Some(p) => p.norm.start,
        };
        if span.is_empty() {
            return Span::new(start, start);
        }
        let j = self.starts_before(&mut cursors.ends, span.end, Tile::orig_end);
        let end = match j.checked_sub(1).and_then(|j| self.get(j)) {
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
        let tiles = Vec::with_capacity(next.tiles.len());
        let mut composed = Alignment { tiles, norm_len: next.norm_len, orig_len: self.orig_len };
        // `next`'s pieces come in order of their source ranges, which are ranges of `self`'s
        // rewritten text: one pass of the cursors finds them all.
        let mut cursors = Cursors::default();
        for piece in (0..next.tiles.len()).map(|i| next.piece(i)) {
            if piece.identity {
                self.compose_copy(&piece, &mut composed, &mut cursors.starts);
            } else {
                let orig = self.to_original_from(&mut cursors, Span::new(piece.orig.start, piece.orig.end));
                composed.push(Piece { norm: piece.norm.clone(), orig: orig.range(), identity: false });
            }
        }
        composed.close_end();
        composed.tiles.shrink_to_fit();
        composed
    }

    /// Appends to `composed` what a copied piece of the next step maps to: the copied range
    /// split at the boundaries of `self`'s pieces.
    fn compose_copy(&self, piece: &Piece, composed: &mut Alignment, cursor: &mut Cursor) {
        let mut pos = piece.orig.start;
        let i0 = self.seek(cursor, |t| t.norm_end <= pos);
        let mut k = i0;
        while k < self.tiles.len() {
            if pos >= piece.orig.end {
                break;
            }
            let t = self.tiles[k];
            // A whole piece inside the copied range, right after the previous one, copied as
            // it is, shifted (an insertion, which may continue the previous one, excepted).
            if k > i0 && t.norm_end < piece.orig.end && (t.identity() || t.orig_end() > self.tiles[k - 1].orig_end()) {
                composed.push_next(Self::shifted(piece, t.norm_end), t.orig_end(), t.identity());
                pos = t.norm_end;
                k += 1;
                continue;
            }
            let p = self.piece(k);
            k += 1;
            if p.norm.is_empty() {
                if p.norm.start == pos && pos > piece.orig.start {
                    // A deletion inside the copied range stays a deletion.
                    let at = Self::shifted(piece, pos);
                    composed.push(Piece { norm: at..at, orig: p.orig.clone(), identity: false });
                }
                continue;
            }
            let end = p.norm.end.min(piece.orig.end);
            let norm = Self::shifted(piece, pos)..Self::shifted(piece, end);
            if p.identity {
                let orig = p.orig.start + (pos - p.norm.start)..p.orig.start + (end - p.norm.start);
                composed.push(Piece { norm, orig, identity: true });
            } else {
                // Part of an edit: the part stands for the edit's whole source range, which
                // the previous part may already have claimed.
                let last = composed.tiles.len().checked_sub(1).map(|i| (i, composed.piece(i)));
                match last {
                    Some((i, last)) if !last.identity && last.orig == p.orig && last.norm.end == norm.start => {
                        composed.tiles[i].norm_end = norm.end;
                    }
                    _ => composed.push(Piece { norm, orig: p.orig.clone(), identity: false }),
                }
            }
            pos = end;
        }
    }

    fn shifted(piece: &Piece, pos: usize) -> usize {
        piece.norm.start + (pos - piece.orig.start)
    }

    /// Appends a piece, merging adjacent identity pieces. The source side is kept tiling
    /// the source: a source range the piece skips (an edit that composed to a narrower
    /// range) is attached as a deletion before it.
    fn push(&mut self, piece: Piece) {
        let last = self.tiles.len().checked_sub(1).map(|i| self.piece(i));
        if let Some(last) = &last {
            if last.identity && piece.identity && last.norm.end == piece.norm.start && last.orig.end == piece.orig.start
            {
                self.set_last(piece.norm.end, piece.orig.end, true);
                return;
            }
        }
        if piece.norm.is_empty() && piece.orig.is_empty() {
            return;
        }
        // Two parts of one earlier edit (split by a later step) become one edit, so that
        // every source byte is covered exactly once.
        if let Some(last) = &last {
            if last.norm.end == piece.norm.start && piece.orig.start < last.orig.end {
                self.set_last(piece.norm.end, last.orig.end.max(piece.orig.end), false);
                return;
            }
        }
        let orig_pos = last.map_or(0, |l| l.orig.end);
        if piece.orig.start > orig_pos {
            self.tiles.push(Tile { norm_end: piece.norm.start, orig_end: piece.orig.start | EDIT });
        }
        let kind = if piece.identity { 0 } else { EDIT };
        self.tiles.push(Tile { norm_end: piece.norm.end, orig_end: piece.orig.end | kind });
    }

    /// Appends the piece that starts where the last one ends (in both texts): the fast case
    /// of [`Alignment::push`].
    fn push_next(&mut self, norm_end: usize, orig_end: usize, identity: bool) {
        match self.tiles.last_mut() {
            Some(t) if identity && t.identity() => *t = Tile { norm_end, orig_end },
            Some(t) if t.norm_end == norm_end && t.orig_end() == orig_end => {}
            None if norm_end == 0 && orig_end == 0 => {}
            _ => self.tiles.push(Tile { norm_end, orig_end: orig_end | if identity { 0 } else { EDIT } }),
        }
    }

    /// Moves the last piece's ends.
    fn set_last(&mut self, norm_end: usize, orig_end: usize, identity: bool) {
        if let Some(t) = self.tiles.last_mut() {
            *t = Tile { norm_end, orig_end: orig_end | if identity { 0 } else { EDIT } };
        }
    }

    /// Makes the source side tile the whole source: the rest of the source no piece covers
    /// is attached as a deletion at the end.
    fn close_end(&mut self) {
        let orig_pos = self.tiles.last().map_or(0, Tile::orig_end);
        if orig_pos < self.orig_len {
            self.tiles.push(Tile { norm_end: self.norm_len, orig_end: self.orig_len | EDIT });
        }
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
    #[cfg(test)]
    pub fn new(source: &'s str) -> Self {
        Self::with_edits(source, 0)
    }

    /// A rewriter for about `edits` replacements: room for a copy and an edit piece each,
    /// so that the pieces do not move as they grow (memory not yet written costs nothing).
    pub fn with_edits(source: &'s str, edits: usize) -> Self {
        let tiles = Vec::with_capacity(edits.saturating_mul(2).saturating_add(1));
        Rewriter {
            source,
            pos: 0,
            out: String::with_capacity(source.len()),
            alignment: Alignment { tiles, norm_len: 0, orig_len: source.len() },
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
            self.out.push(w);
            orig += s.len_utf8();
            self.alignment.push_next(self.out.len(), orig, s == w);
        }
        self.pos = end;
    }

    /// Copies the rest of the source and returns the text and its alignment.
    pub fn finish(mut self) -> (String, Alignment) {
        self.copy_to(self.source.len());
        self.alignment.norm_len = self.out.len();
        // The alignment may be kept as it is (a first step's is the whole one).
        self.alignment.tiles.shrink_to_fit();
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

    /// Spans asked through one cursor, in order or not, map as each asked alone (a cursor
    /// past the answer falls back to a binary search).
    #[test]
    fn cursors_agree_with_single_searches() {
        let src = "甲(jiǎ)國衛Ｔ丁戊(wù)己";
        let mut w = Rewriter::new(src);
        w.copy_to(3);
        w.replace(3, 9, "");
        w.replace_charwise(9, 15, "国卫");
        w.replace(15, 18, "T");
        w.copy_to(24);
        w.replace(24, 29, "");
        let (out, a) = w.finish();
        assert_eq!(out, "甲国卫T丁戊己");
        let ends = |len: usize| (0..=len).flat_map(move |s| (s..=len).map(move |e| Span::new(s, e)));
        let norm: Vec<Span> = ends(out.len()).collect();
        let orig: Vec<Span> = ends(src.len()).collect();
        for order in [false, true] {
            let (mut cursor, mut cursors) = (Cursors::default(), Cursors::default());
            let pick = |v: &[Span]| if order { v.iter().rev().copied().collect() } else { v.to_vec() };
            for span in pick(&norm) {
                assert_eq!(a.to_original_from(&mut cursor, span), a.to_original(span), "{span:?}");
            }
            for span in pick(&orig) {
                let widened = a.widen_from(&mut cursors, span);
                assert_eq!(widened, a.widen_original(span), "{span:?}");
                assert_eq!(a.widened_to_normalized(&mut cursors, widened), a.to_normalized(span), "{span:?}");
            }
        }
        assert_eq!(a.to_original(Span::new(3, 9)), Span::new(9, 15));
        assert_eq!(a.to_normalized(Span::new(4, 12)), Span::new(3, 6));
    }
}
