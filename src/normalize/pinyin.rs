//! Pinyin glosses glued behind characters: `中國(guó)` → `中國`.
//!
//! A gloss is an ASCII or full-width parenthesis directly after a Han character holding
//! pinyin (lower-case letters, a few syllables, at least one tone mark). Everything else in
//! parentheses is real text and stays: `(完)`, `(企业家扶贫)`, `(Rule)`, `(2024-2035年)`.

use super::chars::{is_pinyin_letter, is_tone_vowel};
use super::repair::{Edit, RepairKind};
use crate::text::is_han;

/// Longest gloss accepted, in letters: a few syllables (`zhōngguó`, `wèi shēng`).
const MAX_LETTERS: usize = 24;

/// Length in bytes of the pinyin in `rest` up to and including `close`: lower-case
/// letters, single spaces between syllables, at least one tone mark (`ü` alone is none).
fn pinyin_then(rest: &str, close: char) -> Option<usize> {
    let mut toned = false;
    let mut letters = 0;
    let mut prev_space = true;
    for (i, c) in rest.char_indices() {
        if c == close {
            return (letters > 0 && toned && !prev_space).then_some(i + c.len_utf8());
        }
        if c == ' ' {
            if prev_space {
                return None;
            }
            prev_space = true;
            continue;
        }
        if !is_pinyin_letter(c) || letters == MAX_LETTERS {
            return None;
        }
        toned |= is_tone_vowel(c) && c != 'ü';
        letters += 1;
        prev_space = false;
    }
    None
}

/// If `text[at..]` starts with a gloss `(pinyin)`, its byte length.
pub fn gloss_len(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let open = rest.chars().next()?;
    let close = match open {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    Some(open.len_utf8() + pinyin_then(&rest[open.len_utf8()..], close)?)
}

/// If `text[at..]` starts with the tail of a gloss whose opening parenthesis was lost,
/// `pinyin)`, its byte length.
pub fn gloss_tail_len(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    pinyin_then(rest, ')').or_else(|| pinyin_then(rest, '）'))
}

/// The removals of every gloss in `text`.
pub fn edits(text: &str) -> Vec<Edit> {
    let mut out = Vec::new();
    // Only an opening parenthesis right after a Han character (or right after a gloss,
    // which had one before it) can start a gloss: found by bytes, not character by character.
    let (mut from, mut gloss_end) = (0, None);
    while let Some(i) = next_opening(text, from) {
        let after_han = gloss_end == Some(i) || text[..i].chars().next_back().is_some_and(is_han);
        match gloss_len(text, i).filter(|_| after_han) {
            Some(len) => {
                out.push(Edit::remove(i, i + len, RepairKind::PinyinAnnotation));
                from = i + len;
                gloss_end = Some(from);
            }
            None => from = i + 1,
        }
    }
    out
}

/// The byte offset of the next `(` or `（` at or after `from`.
fn next_opening(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let wide = "（".as_bytes();
    // `（` is found by its last byte (EF BC 88): rarer than its lead byte in Chinese text.
    let mut at = from;
    loop {
        let i = at + memchr::memchr2(b'(', wide[2], bytes.get(at..)?)?;
        if bytes[i] == b'(' {
            return Some(i);
        }
        if i >= from + 2 && bytes[i - 2..=i] == *wide {
            return Some(i - 2);
        }
        at = i + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<&str> {
        edits(text).iter().map(|e| &text[e.start..e.end]).collect()
    }

    #[test]
    fn glosses_are_found_and_real_parentheses_stay() {
        assert_eq!(removed("臺灣(wān)衛(wèi)生福利部"), vec!["(wān)", "(wèi)"]);
        assert_eq!(removed("香港醫(yī)院（yuàn）"), vec!["(yī)", "（yuàn）"]);
        assert!(removed("（完）(完)(企业家扶贫)规则(Rule)(2024-2035年)").is_empty());
        assert!(removed("Zürich (zú) 中(ma)苏黎世(Zürich)绿(lü)").is_empty());
        assert_eq!(removed("中国(zhōngguó)卫生(wèi shēng)"), vec!["(zhōngguó)", "(wèi shēng)"]);
    }

    #[test]
    fn gloss_tails() {
        assert_eq!(gloss_tail_len("huì)更多", 0), Some(5));
        assert_eq!(gloss_tail_len("Rule)", 0), None);
    }
}
