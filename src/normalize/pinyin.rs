//! Pinyin glosses glued behind characters: `中國(guó)` → `中國`.
//!
//! A gloss is an ASCII or full-width parenthesis directly after a Han character holding one
//! pinyin syllable (lower-case letters, at least one tone mark). Everything else in
//! parentheses is real text and stays: `(完)`, `(企业家扶贫)`, `(Rule)`, `(2024-2035年)`.

use super::chars::{is_han, is_pinyin_letter, is_tone_vowel};
use super::{Edit, RepairKind};

/// Longest syllable accepted (`zhuang` plus a tone mark fits easily).
const MAX_SYLLABLE: usize = 7;

/// If `text[at..]` starts with a gloss `(syllable)`, its byte length.
pub fn gloss_len(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut it = rest.char_indices();
    let (_, open) = it.next()?;
    let close = match open {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let mut letters = 0;
    let mut toned = false;
    for (i, c) in it {
        if c == close {
            return (letters > 0 && toned).then_some(i + c.len_utf8());
        }
        if !is_pinyin_letter(c) || letters == MAX_SYLLABLE {
            return None;
        }
        toned |= is_tone_vowel(c);
        letters += 1;
    }
    None
}

/// If `text[at..]` starts with the tail of a gloss whose opening parenthesis was lost,
/// `syllable)`, its byte length.
pub fn gloss_tail_len(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut letters = 0;
    let mut toned = false;
    for (i, c) in rest.char_indices() {
        if c == ')' || c == '）' {
            return (letters > 0 && toned).then_some(i + c.len_utf8());
        }
        if !is_pinyin_letter(c) || letters == MAX_SYLLABLE {
            return None;
        }
        toned |= is_tone_vowel(c);
        letters += 1;
    }
    None
}

/// The removals of every gloss in `text`.
pub fn edits(text: &str) -> Vec<Edit> {
    let mut out = Vec::new();
    let mut prev_han = false;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        if prev_han && (c == '(' || c == '（') {
            if let Some(len) = gloss_len(text, i) {
                out.push(Edit::remove(i, i + len, RepairKind::PinyinAnnotation));
                skip_to = i + len;
                // The character before the gloss is still the left neighbour of what follows.
                continue;
            }
        }
        prev_han = is_han(c);
    }
    out
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
        assert!(removed("Zürich (zú) 中(ma)").is_empty());
    }

    #[test]
    fn gloss_tails() {
        assert_eq!(gloss_tail_len("huì)更多", 0), Some(5));
        assert_eq!(gloss_tail_len("Rule)", 0), None);
    }
}
