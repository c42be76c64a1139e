//! Script detection and traditional → simplified conversion, decided by document and by
//! sentence.
//!
//! A page with no traditional character is left alone. In a traditional page every sentence
//! is converted whole with OpenCC's phrase dictionaries ([`super::opencc`]), in the variant
//! the page's regional markers name (`src/lexicon/regional_markers.txt`: Hong Kong → hk2s,
//! otherwise tw2s), except a sentence that is plainly simplified. In a mixed page each
//! sentence is judged alone: a traditional one is converted whole, a mixed one only in the
//! runs of Han characters that hold a traditional character, a simplified one not at all —
//! so `乾隆`, `著名` and `後` in a name stay in simplified text.
//!
//! Each maximal run of Han characters with a change is one `traditional` edit, aligned
//! character by character (a conversion that changes the length is one edit between the
//! common ends).

use super::opencc::{Converter, Variant};
use super::repair::{Edit, RepairKind, Script};
use super::tables::CharTables;
use crate::lexicon::REGIONAL_MARKERS;
use crate::text::is_han;
use aho_corasick::AhoCorasick;

/// Distinctive characters of `text`: (traditional, simplified-only).
fn tally(tables: &CharTables, text: &str) -> (usize, usize) {
    let (mut trad, mut simp) = (0usize, 0usize);
    for c in text.chars() {
        // One table lookup a character; one flagged both ways counts as traditional.
        let (t, s) = tables.distinctive(c);
        trad += usize::from(t);
        simp += usize::from(s && !t);
    }
    (trad, simp)
}

/// The script of counts: traditional when traditional characters occur and simplified-only
/// characters are rare among the distinctive ones, mixed when both kinds are common.
fn script_of((trad, simp): (usize, usize)) -> Script {
    if trad == 0 {
        Script::Simplified
    } else if simp * 20 < trad {
        Script::Traditional
    } else {
        Script::Mixed
    }
}

/// The script of `text`.
pub fn detect(tables: &CharTables, text: &str) -> Script {
    script_of(tally(tables, text))
}

/// The regional markers of traditional pages, in one automaton.
pub(crate) struct Markers {
    automaton: AhoCorasick,
    hong_kong: usize,
}

impl Markers {
    pub(crate) fn new() -> Markers {
        let hong_kong = REGIONAL_MARKERS.section("hong_kong");
        let taiwan = REGIONAL_MARKERS.section("taiwan");
        let words = hong_kong.iter().chain(taiwan).map(|r| r.word());
        Markers { automaton: AhoCorasick::new(words).expect("marker automaton builds"), hong_kong: hong_kong.len() }
    }

    /// The variant a traditional page is written in: Hong Kong where its markers outnumber
    /// Taiwan's, otherwise Taiwan (tw2s also reads OpenCC's standard forms).
    pub(crate) fn variant(&self, text: &str) -> Variant {
        let (mut hk, mut tw) = (0usize, 0usize);
        for m in self.automaton.find_iter(text) {
            if m.pattern().as_usize() < self.hong_kong {
                hk += 1;
            } else {
                tw += 1;
            }
        }
        if hk > tw {
            Variant::HongKong
        } else {
            Variant::Taiwan
        }
    }
}

/// The sentences of `text` as byte ranges: each ends after a sentence mark or a line break.
fn sentences(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let mut ends = text
        .char_indices()
        .filter(|&(_, c)| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n'))
        .map(|(i, c)| i + c.len_utf8())
        .chain(std::iter::once(text.len()));
    std::iter::from_fn(move || loop {
        let end = ends.next()?;
        if end > start {
            let s = start;
            start = end;
            return Some((s, end));
        }
    })
}

/// The maximal runs of Han characters in `text[start..end]` that hold a traditional character.
fn traditional_runs(tables: &CharTables, text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut run: Option<(usize, bool)> = None;
    for (i, c) in text[start..end].char_indices().map(|(i, c)| (start + i, c)) {
        if is_han(c) {
            let (s, trad) = run.unwrap_or((i, false));
            run = Some((s, trad || tables.is_traditional(c)));
        } else if let Some((s, true)) = run.take() {
            runs.push((s, i));
        }
    }
    if let Some((s, true)) = run {
        runs.push((s, end));
    }
    runs
}

/// The spans to convert whole: traditional sentences (and, in a traditional page, every
/// sentence not plainly simplified), consecutive ones joined; mixed sentences give their
/// traditional runs.
fn spans(tables: &CharTables, text: &str, page: Script) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in sentences(text) {
        let (trad, simp) = tally(tables, &text[start..end]);
        let whole = match script_of((trad, simp)) {
            Script::Traditional => true,
            Script::Simplified => page == Script::Traditional && simp == 0,
            Script::Mixed => false,
        };
        if whole {
            match out.last_mut() {
                Some(last) if last.1 == start => last.1 = end,
                _ => out.push((start, end)),
            }
        } else if trad > 0 {
            out.extend(traditional_runs(tables, text, start, end));
        }
    }
    out
}

/// The `traditional` edits that turn `source` (at byte `base`) into `converted`: when the
/// character count is kept, one per maximal run of Han characters (or other character)
/// that changed, aligned character by character; otherwise one between the common
/// beginning and end.
fn diff_edits(base: usize, source: &str, converted: &str, out: &mut Vec<Edit>) {
    if source == converted {
        return;
    }
    let edit = |start: usize, end: usize, with: &str, charwise: bool| Edit {
        start: base + start,
        end: base + end,
        with: with.to_string(),
        kind: RepairKind::Traditional,
        charwise,
    };
    if source.chars().count() != converted.chars().count() {
        let prefix: usize =
            source.chars().zip(converted.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
        let (s, c) = (&source[prefix..], &converted[prefix..]);
        let suffix: usize =
            s.chars().rev().zip(c.chars().rev()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
        out.push(edit(prefix, source.len() - suffix, &c[..c.len() - suffix], false));
        return;
    }
    // (source start, converted start, changed) of the run being read.
    let mut run: Option<(usize, usize, bool)> = None;
    let mut j = 0;
    for ((i, a), b) in source.char_indices().zip(converted.chars()) {
        if !is_han(a) {
            if let Some((s, cs, true)) = run.take() {
                out.push(edit(s, i, &converted[cs..j], true));
            }
            run = None;
            if a != b {
                out.push(edit(i, i + a.len_utf8(), &converted[j..j + b.len_utf8()], true));
            }
        } else {
            let (s, cs, changed) = run.unwrap_or((i, j, false));
            run = Some((s, cs, changed || a != b));
        }
        j += b.len_utf8();
    }
    if let Some((s, cs, true)) = run {
        out.push(edit(s, source.len(), &converted[cs..], true));
    }
}

/// The conversions of `text` (a page whose script [`detect`] found `detected`), in the
/// variant its markers name; or, when `told` a variant, of `text` read as a traditional page
/// in that variant.
pub(crate) fn edits(
    (tables, converter, markers): (&CharTables, &Converter, &Markers),
    text: &str,
    detected: Script,
    told: Option<Variant>,
) -> Vec<Edit> {
    let page = match (told, detected) {
        (Some(_), Script::Simplified) => Script::Traditional,
        (None, Script::Simplified) => return Vec::new(),
        (_, page) => page,
    };
    let variant = told.unwrap_or_else(|| markers.variant(text));
    let mut out = Vec::new();
    for (start, end) in spans(tables, text, page) {
        let source = &text[start..end];
        diff_edits(start, source, &converter.convert(tables, source, variant), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str) -> String {
        let tables = CharTables::new();
        let edits = edits((&tables, &Converter::new(), &Markers::new()), text, detect(&tables, text), None);
        crate::normalize::repair::apply_edits(text, &edits)
    }

    #[test]
    fn traditional_pages_convert_whole() {
        assert_eq!(convert("香港衞生署:病牀不足,看着辦"), "香港卫生署:病床不足,看着办");
        assert_eq!(convert("臺北市政府衛生局"), "台北市政府卫生局");
        assert_eq!(convert("著名學者接著說,顯著"), "著名学者接着说,显著");
        assert_eq!(convert("這是富於想像的葡萄乾。乾杯！"), "这是富于想像的葡萄干。干杯！");
    }

    #[test]
    fn simplified_text_stays() {
        assert_eq!(convert("卫生健康委员会"), "卫生健康委员会");
        assert_eq!(convert("乾隆年间著名的画家后来"), "乾隆年间著名的画家后来");
        // A mixed page: the simplified sentence keeps 乾 and 著, the traditional one converts.
        assert_eq!(
            convert("乾坤著名医院发布通知。臺北市政府衛生局發佈報告，葡萄乾。"),
            "乾坤著名医院发布通知。台北市政府卫生局发布报告，葡萄干。"
        );
    }

    #[test]
    fn one_edit_per_changed_run() {
        let tables = CharTables::new();
        let text = "衛生局，醫生";
        let edits = edits((&tables, &Converter::new(), &Markers::new()), text, detect(&tables, text), None);
        let changed: Vec<(&str, &str)> = edits.iter().map(|e| (&text[e.start..e.end], e.with.as_str())).collect();
        assert_eq!(changed, [("衛生局", "卫生局"), ("醫生", "医生")]);
    }

    #[test]
    fn markers_name_the_variant() {
        let m = Markers::new();
        assert_eq!(m.variant("香港醫管局及衞生署"), Variant::HongKong);
        assert_eq!(m.variant("中央社臺北電，民國113年"), Variant::Taiwan);
        assert_eq!(m.variant("衛生部門"), Variant::Taiwan);
    }

    #[test]
    fn script_of_text() {
        let t = CharTables::new();
        assert_eq!(detect(&t, "上海市卫生健康委员会"), Script::Simplified);
        assert_eq!(detect(&t, "臺北市政府衛生局"), Script::Traditional);
        assert_eq!(detect(&t, "臺北市政府衛生局与上海市卫生健康委员会"), Script::Mixed);
    }
}
