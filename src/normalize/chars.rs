//! Character classes shared by the normalization steps.
//!
//! Pure functions of one `char`, no tables: Han ideographs, the punctuation that belongs to
//! Chinese running text, tone-marked pinyin letters, emoji and their modifiers, and the
//! unusual spaces and invisible characters that web pages leak. (Han characters are
//! [`crate::text::is_han`].)

use crate::text::is_han;

/// The character at byte `i` of `text` (a character boundary) and its length: three-byte
/// sequences (all of common Chinese) and ASCII are decoded in place, without the checks of
/// a `chars()` iterator made for each position.
#[inline(always)]
pub fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    if (0xE0..0xF0).contains(&b) && i + 2 < bytes.len() {
        let u = u32::from(b & 0x0F) << 12 | u32::from(bytes[i + 1] & 0x3F) << 6 | u32::from(bytes[i + 2] & 0x3F);
        if let Some(c) = char::from_u32(u) {
            return Some((c, 3));
        }
    }
    text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

/// The end of the run of three-byte characters starting at `from` whose lead bytes lie in
/// `leads` (`from` itself when none does): a step that has nothing to do in a block of the
/// basic plane steps over it by bytes instead of decoding each character.
pub fn three_byte_run(bytes: &[u8], from: usize, leads: std::ops::RangeInclusive<u8>) -> usize {
    let mut j = from;
    while bytes.get(j).is_some_and(|b| leads.contains(b)) {
        j += 3;
    }
    j
}

/// The end of the run of common ideographs (U+5000..U+9FFF, all Han) from `from`.
pub fn common_ideographs_from(bytes: &[u8], from: usize) -> usize {
    three_byte_run(bytes, from, 0xE5..=0xE9)
}

/// Punctuation of Chinese running text: CJK symbols (、。《》【】…), full-width forms and the
/// curly quotes, ellipsis and dashes that Chinese text uses.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3001..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '·')
}

/// A full-width mark that belongs to a number when it follows a digit (`5％`, `3：2`).
pub fn is_number_mark(c: char) -> bool {
    matches!(c, '％' | '．' | '＋' | '－' | '／' | '：')
}

/// A character after which an ASCII punctuation mark reads as Chinese punctuation.
pub fn is_chinese_context(c: char) -> bool {
    is_han(c) || is_cjk_punct(c)
}

/// A vowel carrying a pinyin tone mark (or ü).
pub fn is_tone_vowel(c: char) -> bool {
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
            | 'ü'
            | 'ń'
            | 'ň'
            | 'ǹ'
            | 'ḿ'
    )
}

/// A letter that can appear in a pinyin syllable.
pub fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || is_tone_vowel(c)
}

/// A pictographic emoji that is shown as emoji by default (never ordinary text).
pub fn is_pictograph(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x1F000..=0x1FAFF)
        || matches!(
            u,
            0x231A..=0x231B
                | 0x23E9..=0x23EC
                | 0x23F0
                | 0x23F3
                | 0x25FD..=0x25FE
                | 0x2614..=0x2615
                | 0x2648..=0x2653
                | 0x267F
                | 0x2693
                | 0x26A1
                | 0x26AA..=0x26AB
                | 0x26BD..=0x26BE
                | 0x26C4..=0x26C5
                | 0x26CE
                | 0x26D4
                | 0x26EA
                | 0x26F2..=0x26F3
                | 0x26F5
                | 0x26FA
                | 0x26FD
                | 0x2705
                | 0x270A..=0x270B
                | 0x2728
                | 0x274C
                | 0x274E
                | 0x2753..=0x2755
                | 0x2757
                | 0x2795..=0x2797
                | 0x27B0
                | 0x27BF
                | 0x2B1B..=0x2B1C
                | 0x2B50
                | 0x2B55
        )
}

/// A symbol that is text by default but becomes an emoji with a variation selector or a
/// skin tone, or when it is debris of a broken emoji sequence (`♂`, `♀`, `➡`, `♟`, `▪`).
/// Ordinary text symbols such as `★`, `°`, `±`, `№`, `→` are not in this class.
pub fn is_emoji_capable(c: char) -> bool {
    matches!(
        c as u32,
        0x203C
            | 0x2049
            | 0x2122
            | 0x2139
            | 0x2194..=0x2199
            | 0x21A9..=0x21AA
            | 0x2328
            | 0x23CF
            | 0x23ED..=0x23EF
            | 0x23F1..=0x23F2
            | 0x23F8..=0x23FA
            | 0x24C2
            | 0x25AA..=0x25AB
            | 0x25B6
            | 0x25C0
            | 0x25FB..=0x25FC
            | 0x2600..=0x2604
            | 0x260E
            | 0x2611
            | 0x2618
            | 0x261D
            | 0x2620
            | 0x2622..=0x2623
            | 0x2626
            | 0x262A
            | 0x262E..=0x262F
            | 0x2638..=0x263A
            | 0x2640
            | 0x2642
            | 0x265F..=0x2660
            | 0x2663
            | 0x2665..=0x2666
            | 0x2668
            | 0x267B
            | 0x267E
            | 0x2692
            | 0x2694..=0x2697
            | 0x2699
            | 0x269B..=0x269C
            | 0x26A0
            | 0x26A7
            | 0x26B0..=0x26B1
            | 0x26C8
            | 0x26CF
            | 0x26D1
            | 0x26D3
            | 0x26E9
            | 0x26F0..=0x26F1
            | 0x26F4
            | 0x26F7..=0x26F9
            | 0x2702
            | 0x2708..=0x2709
            | 0x270C..=0x270D
            | 0x270F
            | 0x2712
            | 0x2714
            | 0x2716
            | 0x271D
            | 0x2721
            | 0x2733..=0x2734
            | 0x2744
            | 0x2747
            | 0x2763..=0x2764
            | 0x27A1
            | 0x2934..=0x2935
            | 0x2B05..=0x2B07
            | 0x3030
            | 0x303D
            | 0x3297
            | 0x3299
    )
}

/// Characters that only modify or join emoji: variation selectors, zero-width joiner,
/// the combining keycap, tag characters (flag subdivisions).
pub fn is_emoji_modifier(c: char) -> bool {
    matches!(c as u32, 0xFE0E..=0xFE0F | 0x200D | 0x20E3 | 0xE0020..=0xE007F)
}

/// Spaces other than the ASCII space that become an ASCII space.
pub fn is_unusual_space(c: char) -> bool {
    matches!(c as u32, 0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000)
}

/// Invisible characters that are removed: zero-width space / non-joiner / joiner, word
/// joiner, byte-order mark, soft hyphen, and control characters other than tab and line ends.
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200D | 0x2060 | 0xFEFF | 0x00AD | 0x180E)
        || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_han('國') && is_han('国') && !is_han('，'));
        assert!(is_cjk_punct('，') && is_cjk_punct('”') && !is_cjk_punct(','));
        assert!(is_tone_vowel('ǎ') && !is_tone_vowel('a'));
        assert!(is_pictograph('😊') && is_pictograph('🆙') && is_pictograph('⭐'));
        assert!(!is_pictograph('★') && !is_emoji_capable('★') && !is_emoji_capable('°'));
        assert!(is_emoji_capable('♂') && is_emoji_capable('⛹') && !is_emoji_capable('№'));
        assert!(is_invisible('\u{200B}') && is_invisible('\u{7}') && !is_invisible('\n'));
        assert!(is_unusual_space('\u{3000}') && !is_unusual_space(' '));
    }
}
