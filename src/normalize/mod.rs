//! Stage 2: decoded text → clean simplified text that remembers where it came from.
//!
//! **In:** the decoded original text. **Out:** [`NormalizedText`] — the normalized string,
//! an [`Alignment`] mapping every byte span of it back to a span of the original, the
//! [`Script`] of the input, and the list of [`TextRepair`]s made (each with its span in the
//! original, `before` and `after`).
//!
//! **Guarantees:** never panics; idempotent (normalizing the output again changes nothing);
//! lossless in the sense that every original character is either in the output or inside
//! the `before` of a repair; clean simplified text comes back unchanged with no repairs.

pub(crate) mod alignment;
pub(crate) mod chars;
mod codec;
mod markup;
mod mojibake;
mod noise;
mod opencc;
mod pinyin;
pub(crate) mod repair;
mod script;
mod tables;
mod width;

pub use opencc::Variant;
pub use repair::{RepairKind, Script, TextRepair};

use crate::span::Span;
use alignment::{Alignment, Cursors, Rewriter};
use repair::Edit;
use tables::CharTables;

/// Normalized text with its alignment to the original and the repairs made.
#[derive(Debug, Clone)]
pub struct NormalizedText {
    text: String,
    alignment: Alignment,
    repairs: Vec<TextRepair>,
    script: Script,
}

impl NormalizedText {
    /// Assembles a result (for normalization steps and tests).
    pub(crate) fn from_parts(text: String, alignment: Alignment, repairs: Vec<TextRepair>, script: Script) -> Self {
        NormalizedText { text, alignment, repairs, script }
    }

    /// Clean simplified text as it is: no repair, the identity alignment.
    fn clean(text: &str) -> Self {
        NormalizedText::from_parts(text.to_string(), Alignment::identity(text.len()), Vec::new(), Script::Simplified)
    }

    /// The clean text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The repairs, in original order.
    pub fn repairs(&self) -> &[TextRepair] {
        &self.repairs
    }

    /// The script of the input.
    pub fn script(&self) -> Script {
        self.script
    }

    /// The alignment to the original.
    pub(crate) fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// Maps a byte span of the normalized text to the byte span of the original it came from.
    pub fn to_original(&self, span: Span) -> Span {
        self.alignment.to_original(span)
    }

    /// The position in the normalized text of a byte offset of the original (at a character
    /// boundary; an offset inside a repair maps to its start).
    pub(crate) fn position_of(&self, original: usize) -> usize {
        let mut at = self.alignment.to_normalized(Span::new(original, original)).start.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    /// Takes the repairs out (the record moves them into its own, without copies).
    pub(crate) fn take_repairs(&mut self) -> Vec<TextRepair> {
        std::mem::take(&mut self.repairs)
    }

    /// Consumes the value, returning the text.
    pub fn into_string(self) -> String {
        self.text
    }
}

/// Rounds of all steps at most (each round is linear; two suffice in practice).
const MAX_ROUNDS: usize = 3;

/// The normalizer with its resources (OpenCC converter, character-frequency model,
/// tables), built once and shared.
pub struct Normalizer {
    converter: opencc::Converter,
    markers: script::Markers,
    tables: CharTables,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer").finish_non_exhaustive()
    }
}

/// The text being normalized, between steps: current text, its alignment to the original,
/// and the changes so far (kind and source span; turned into [`TextRepair`]s once at the end).
struct Work {
    text: String,
    alignment: Alignment,
    changes: Vec<(RepairKind, Span)>,
}

impl Work {
    fn record(&mut self, e: &Edit) {
        self.record_from(&mut Cursors::default(), e);
    }

    /// [`Work::record`] for edits in text order, reading the alignment with `cursors`.
    fn record_from(&mut self, cursors: &mut Cursors, e: &Edit) {
        let original = self.alignment.to_original_from(cursors, Span::new(e.start, e.end));
        // Edits inside one earlier rewrite all map back to its whole source span: one entry
        // stands for a run of them (the final merge would fold them together anyway).
        if self.changes.last() == Some(&(e.kind, original)) {
            return;
        }
        self.changes.push((e.kind, original));
    }

    /// Applies one step's edits (sorted, non-overlapping) and records them as repairs.
    fn apply(&mut self, edits: Vec<Edit>) {
        if edits.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.text);
        let mut w = Rewriter::with_edits(&text, edits.len());
        self.changes.reserve(edits.len());
        let mut cursors = Cursors::default();
        for e in &edits {
            let fits = text.is_char_boundary(e.start) && text.is_char_boundary(e.end) && e.start <= e.end;
            if e.start < w.position() || e.end > text.len() || !fits {
                continue;
            }
            self.record_from(&mut cursors, e);
            if e.charwise {
                w.replace_charwise(e.start, e.end, &e.with);
            } else {
                w.replace(e.start, e.end, &e.with);
            }
        }
        let (out, step) = w.finish();
        self.alignment = self.alignment.compose(step);
        self.text = out;
    }
}

/// Which kind names a repair that several steps contributed to: the one that says most
/// about the input (a repaired mojibake run that later lost a space is still mojibake).
fn weight(kind: RepairKind) -> u8 {
    match kind {
        RepairKind::Mojibake => 7,
        RepairKind::Markup => 8,
        RepairKind::Damaged => 6,
        RepairKind::Traditional => 5,
        RepairKind::PinyinAnnotation => 4,
        RepairKind::Emoji => 3,
        RepairKind::Punctuation => 2,
        RepairKind::Width => 1,
        RepairKind::Whitespace => 0,
    }
}

/// The repairs from the changes the steps made: source spans widened to whole rewrites,
/// overlapping spans merged (a later round or step may rework what an earlier one wrote),
/// sorted; each repair's `after` is the final text made from its span. So the repairs are
/// disjoint and account for every change exactly once: applying them to the original
/// gives the normalized text.
fn repairs_of(original: &str, text: &str, alignment: &Alignment, changes: Vec<(RepairKind, Span)>) -> Vec<TextRepair> {
    // In place, in the changes' own vector: one list of spans per document is enough.
    // Sorted first, so that the alignment is read in one pass (widening keeps the order of
    // starts).
    let mut spans: Vec<(Span, RepairKind)> = changes.into_iter().map(|(kind, span)| (span, kind)).collect();
    spans.sort_by_key(|&(span, _)| span.start);
    let mut cursors = Cursors::default();
    for (span, _) in &mut spans {
        *span = alignment.widen_from(&mut cursors, *span);
    }
    spans.sort_by_key(|&(span, kind)| (span.start, span.end, std::cmp::Reverse(weight(kind))));
    spans.dedup_by(|(span, kind), (last, last_kind)| {
        // Overlapping, or the same empty position twice.
        let joins = span.start < last.end || *last == *span;
        if joins {
            last.end = last.end.max(span.end);
            if weight(*kind) > weight(*last_kind) {
                *last_kind = *kind;
            }
        }
        joins
    });
    let mut cursors = Cursors::default();
    crate::lists::map_consuming(spans, |(span, kind)| TextRepair {
        kind,
        original: span,
        before: span.slice(original).to_string(),
        after: alignment.widened_to_normalized(&mut cursors, span).slice(text).to_string(),
    })
}

impl Normalizer {
    /// Builds the normalizer from embedded resources.
    pub fn new() -> Self {
        Normalizer { converter: opencc::Converter::new(), markers: script::Markers::new(), tables: CharTables::new() }
    }

    /// Normalizes `original` read as traditional text written in `variant` (as OpenCC's
    /// t2s, tw2s or hk2s would): sentences without distinctive characters convert too.
    pub fn normalize_as(&self, original: &str, variant: Variant) -> NormalizedText {
        self.normalize_full(original, Some(variant))
    }

    /// Normalizes `original`. See the module documentation for the guarantees.
    pub fn normalize(&self, original: &str) -> NormalizedText {
        if self.is_clean(original) {
            return NormalizedText::clean(original);
        }
        self.normalize_full(original, None)
    }

    /// Every step, without the fast path.
    fn normalize_full(&self, original: &str, variant: Option<Variant>) -> NormalizedText {
        let mut work =
            Work { text: original.to_string(), alignment: Alignment::identity(original.len()), changes: Vec::new() };
        let mut script = Script::Simplified;
        // A step can bring together what an earlier step saw apart (an emoji removed between
        // two characters); a further round settles that, so normalizing is idempotent.
        for round in 0..MAX_ROUNDS {
            let before = work.text.clone();
            let s = self.round(&mut work, variant);
            if round == 0 {
                script = s;
            }
            if work.text == before || self.is_clean(&work.text) {
                break;
            }
        }
        let Work { text, alignment, changes } = work;
        let repairs = repairs_of(original, &text, &alignment, changes);
        NormalizedText::from_parts(text, alignment, repairs, script)
    }

    /// One pass of every step over the current text; returns the script it saw.
    fn round(&self, work: &mut Work, variant: Option<Variant>) -> Script {
        work.apply(markup::edits(&work.text));
        let (fixes, damaged) = mojibake::Detector::new(&self.tables).scan(&work.text);
        for d in &damaged {
            work.record(d);
        }
        let repaired = !fixes.is_empty();
        work.apply(fixes);
        let noise = noise::edits(&work.text);
        let removed = !noise.is_empty();
        work.apply(noise);
        // Again: removing invisible characters can close a tag (`<a\0>`), and a repaired
        // run can hold one.
        if repaired || removed {
            work.apply(markup::edits(&work.text));
        }
        let script = script::detect(&self.tables, &work.text);
        if script != Script::Simplified || variant.is_some() {
            work.apply(script::edits((&self.tables, &self.converter, &self.markers), &work.text, script, variant));
        }
        work.apply(pinyin::edits(&work.text));
        work.apply(width::edits(&work.text));
        script
    }

    /// One scan that finds nothing to do in clean simplified text: only frequent simplified
    /// ideographs, Chinese punctuation and plain ASCII away from Chinese text.
    fn is_clean(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut i = 0;
        let (mut open, mut paren, mut quote) = (false, false, false);
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                match b {
                    b'\t' | b'\n' | b'\r' => {}
                    // A tag or a character reference may be HTML left in the text.
                    b'<' | b'&' => return false,
                    0..=0x1F | 0x7F => return false,
                    // Parentheses become full-width when they enclose Chinese, which may be
                    // far away: any parenthesis in text with Chinese takes the full rules.
                    b'(' => open = true,
                    b')' => paren |= open,
                    // A second `"` closes a pair that may quote Chinese.
                    b'"' => {
                        paren |= quote;
                        quote = true;
                    }
                    b',' | b':' | b';' | b'?' | b'!' => {
                        let near_wide = (i > 0 && bytes[i - 1] >= 0x80) || bytes.get(i + 1).is_some_and(|&n| n >= 0x80);
                        if near_wide {
                            return false;
                        }
                        // `大会, 闵行`: a mark, spaces, then Chinese.
                        if bytes.get(i + 1) == Some(&b' ')
                            && text[i + 1..].trim_start().chars().next().is_some_and(|c| !c.is_ascii())
                        {
                            return false;
                        }
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            let Some((c, len)) = chars::char_at(text, i) else { return false };
            // A number mark is clean away from a digit (`５％` becomes `5%`).
            let clean =
                self.tables.is_clean_char(c) || (chars::is_number_mark(c) && !(i > 0 && bytes[i - 1].is_ascii_digit()));
            if !clean {
                return false;
            }
            i += len;
        }
        !paren || text.is_ascii()
    }
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `Normalizer`.
    #[test]
    fn example_normalizer() {
        use crate::normalize::{Normalizer, RepairKind, Script};
        let n = Normalizer::new();
        let out = n.normalize("中國(guó)衛生部門,發布ＷＨＯ報告😊。");
        assert_eq!(out.as_str(), "中国卫生部门，发布WHO报告。");
        assert_eq!(out.script(), Script::Traditional);
        assert!(out.repairs().iter().any(|r| r.kind == RepairKind::PinyinAnnotation && r.before == "(guó)"));
        // `卫生` maps back to `衛生` in the original.
        let span = crate::Span::new(6, 12);
        assert_eq!(out.to_original(span).slice("中國(guó)衛生部門,發布ＷＨＯ報告😊。"), "衛生");
    }

    use proptest::prelude::*;
    use std::sync::LazyLock;

    static N: LazyLock<Normalizer> = LazyLock::new(Normalizer::new);

    proptest! {
        /// The fast path only declares text clean that the full pipeline would not touch.
        #[test]
        fn fast_path_agrees_with_the_steps(text in "[的一是在中国人们上海卫生健康委员会医院新闻，。、：（）“”《》·—…％．＋－／a-z0-9 ,:;?!()\"\\n]{0,40}") {
            if N.is_clean(&text) {
                let full = N.normalize_full(&text, None);
                prop_assert_eq!(full.as_str(), text.as_str());
                prop_assert!(full.repairs().is_empty());
            }
        }
    }

    /// `text` normalized once, checked to be a fixpoint: normalizing it again changes nothing.
    fn settled(n: &Normalizer, text: &str) -> NormalizedText {
        let once = n.normalize(text);
        assert_eq!(n.normalize(once.as_str()).as_str(), once.as_str(), "not idempotent: {text:?}");
        once
    }

    /// A shifted GBK reading that lands in GBK's user-defined area, or that is still
    /// suspicious, is no repair: each round shifted the run again (dropping a byte: fewer
    /// characters cost less), and the output was no fixpoint (found by the normalize fuzz
    /// target).
    #[test]
    fn chains_of_shifted_readings_are_no_repair() {
        let n = Normalizer::new();
        let private_use = format!("  通馎(guò?cè){}诮窈通馎(guà", "\0".repeat(100));
        let chain = "  通过(guò?cè)诮窈新冠矧";
        for text in [private_use.as_str(), chain] {
            let once = settled(&n, text);
            assert!(!once.as_str().chars().any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c)), "{}", once.as_str());
        }
        assert!(n.normalize(chain).as_str().ends_with("诮窈新冠矧"));
    }

    /// A damaged gloss (`?iā)`) right after a run the shifted reading repairs with its ASCII
    /// trail (`谵D` → `转`) marks the next run as damaged before and after that repair: each
    /// round repaired one more run of a chain, and the output was no fixpoint (found by the
    /// normalize fuzz target).
    #[test]
    fn chains_of_damaged_glosses_settle_in_one_round() {
        let n = Normalizer::new();
        let text = format!("注意：{}", "?iā)谵D".repeat(5));
        let once = settled(&n, &text);
        assert_eq!(once.as_str(), format!("注意：{}", "?iā)转".repeat(5)));
    }

    /// A slip reading whose own output slips again (`壹佰！贰！！` re-paired a byte later,
    /// then that reading re-paired once more) is no repair: the readings oscillated from
    /// round to round and the output was no fixpoint (found by the normalize fuzz target,
    /// after the width step made `!` full-width).
    #[test]
    fn slip_readings_that_slip_again_are_no_repair() {
        let n = Normalizer::new();
        let once = settled(&n, "阓ぷ壹佰!贰!!驦");
        assert_eq!(once.as_str(), "阓ぷ壹佰！贰！！骦");
        assert!(once.repairs().iter().all(|r| r.kind != RepairKind::Mojibake));
    }

    /// A damaged gloss (`?cè)`) after `(` or a mark that the width step makes full-width is
    /// a marker in the first round: it waited for the step or repair that made its
    /// neighbour wide, one more round per marker of a chain, and three rounds were not
    /// enough (found by the normalize fuzz target).
    #[test]
    fn markers_after_marks_and_parentheses_need_no_later_round() {
        let n = Normalizer::new();
        let once = settled(&n, "注:請(aǐnÖ\0ÀÉú;g):?jqiān)谵D(?cè)诮窈");
        assert_eq!(once.as_str(), "注：请（aǐn掷生；g）：?jqiān)转(?cè)今");
    }

    /// A tag that removing invisible characters closes (`<a\0\0>`) goes in the same round,
    /// and a tag inside an unclosed one stays: each made one more level of tags per round
    /// (found by the normalize fuzz target).
    #[test]
    fn markup_settles_in_one_round() {
        let n = Normalizer::new();
        let text = "甲<a\0\0>乙 <a h,* x\0<a\0>y\0>丙 <a x<b>y>丁";
        let once = settled(&n, text);
        assert_eq!(once.as_str(), "甲乙 <a h,* x<a>y>丙 <a x<b>y>丁");
    }

    #[test]
    fn normalizer_is_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Normalizer>();
        shared::<NormalizedText>();
    }

    #[test]
    fn normalized_simplified_text_takes_the_fast_path() {
        let n = Normalizer::new();
        for text in [
            include_str!("../../corpus/000_minhang_wha.txt"),
            include_str!("../../corpus/001_yuyu_exchange.txt"),
            include_str!("../../corpus/004_shanghai_2024_priorities.txt"),
        ] {
            let out = n.normalize(text);
            for line in out.as_str().lines() {
                assert!(n.is_clean(line), "{line}");
            }
        }
    }
}
