//! Script detection and traditional → simplified conversion.
//!
//! Only maximal runs of Han characters that contain a traditional character are converted,
//! with OpenCC's phrase-aware t2s table (ferrous-opencc), then Hong Kong / Taiwan variant
//! forms OpenCC leaves alone (`衞`) are mapped through the character table. Each converted
//! run is one `traditional` edit, aligned character by character when the conversion kept
//! the character count. Simplified text is never handed to OpenCC.

use super::repair::{Edit, RepairKind, Script};
use super::tables::CharTables;
use crate::text::is_han;

/// The script of `text`: traditional when traditional characters occur and simplified-only
/// characters are rare among the distinctive ones, mixed when both kinds are common.
pub fn detect(tables: &CharTables, text: &str) -> Script {
    let (mut trad, mut simp) = (0usize, 0usize);
    for c in text.chars() {
        if tables.is_traditional(c) {
            trad += 1;
        } else if tables.is_simplified_only(c) {
            simp += 1;
        }
    }
    if trad == 0 {
        Script::Simplified
    } else if simp * 20 < trad {
        Script::Traditional
    } else {
        Script::Mixed
    }
}

/// The words in which 著 stays 著 (see `src/lexicon/zhu_words.txt`), as character pairs.
pub fn zhu_words() -> Vec<[char; 2]> {
    crate::lexicon::ZHU_WORDS
        .words()
        .filter_map(|l| {
            let mut it = l.chars();
            Some([it.next()?, it.next()?])
        })
        .collect()
}

/// Taiwan / Hong Kong text writes the particle 着 as 著: outside the 著 words it becomes 着.
fn fix_zhu(converted: &str, keep: &[[char; 2]]) -> String {
    let chars: Vec<char> = converted.chars().collect();
    let mut out = String::with_capacity(converted.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '著' {
            let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
            let next = chars.get(i + 1).copied();
            let kept =
                keep.iter().any(|w| (w[1] == '著' && Some(w[0]) == prev) || (w[0] == '著' && Some(w[1]) == next));
            out.push(if kept { '著' } else { '着' });
        } else {
            out.push(c);
        }
    }
    out
}

/// The conversions of every Han run of `text` that holds a traditional character (or, in
/// traditional text, the Taiwan-style particle 著).
pub fn edits(tables: &CharTables, t2s: &ferrous_opencc::OpenCC, zhu_words: &[[char; 2]], text: &str) -> Vec<Edit> {
    // The runs to convert, found first so that OpenCC is called once for all of them
    // (joined by line breaks, which no phrase crosses).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut run_start: Option<usize> = None;
    let mut run_trad = false;
    for (i, c) in text.char_indices() {
        if is_han(c) {
            if run_start.is_none() {
                run_start = Some(i);
                run_trad = false;
            }
            run_trad |= tables.is_traditional(c) || c == '著';
        } else if let Some(s) = run_start.take() {
            if run_trad {
                runs.push((s, i));
            }
        }
    }
    if let Some(s) = run_start {
        if run_trad {
            runs.push((s, text.len()));
        }
    }
    if runs.is_empty() {
        return Vec::new();
    }
    let joined = runs.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>().join("\n");
    let converted = t2s.convert(&joined);
    let mut pieces: Vec<String> = converted.split('\n').map(str::to_string).collect();
    if pieces.len() != runs.len() {
        pieces = runs.iter().map(|&(s, e)| t2s.convert(&text[s..e])).collect();
    }
    let mut out = Vec::new();
    for (&(start, end), piece) in runs.iter().zip(pieces) {
        let run = &text[start..end];
        let converted: String = piece.chars().map(|c| tables.simplified_of(c).unwrap_or(c)).collect();
        let converted = if converted.contains('著') { fix_zhu(&converted, zhu_words) } else { converted };
        if converted != run {
            out.push(Edit { start, end, with: converted, kind: RepairKind::Traditional, charwise: true });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str) -> String {
        let tables = CharTables::new();
        let t2s = ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).unwrap();
        crate::normalize::repair::apply_edits(text, &edits(&tables, &t2s, &zhu_words(), text))
    }

    #[test]
    fn converts_traditional_runs_only() {
        assert_eq!(convert("香港衞生署:病牀不足,看著辦"), "香港卫生署:病床不足,看着办");
        assert_eq!(convert("臺北市政府衛生局"), "台北市政府卫生局");
        assert_eq!(convert("著名學者接著說,顯著"), "著名学者接着说,显著");
        assert_eq!(convert("卫生健康委员会"), "卫生健康委员会");
    }

    #[test]
    fn script_of_text() {
        let t = CharTables::new();
        assert_eq!(detect(&t, "上海市卫生健康委员会"), Script::Simplified);
        assert_eq!(detect(&t, "臺北市政府衛生局"), Script::Traditional);
        assert_eq!(detect(&t, "臺北市政府衛生局与上海市卫生健康委员会"), Script::Mixed);
    }
}
