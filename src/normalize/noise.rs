//! Emoji debris and invisible or unusual characters in running text.
//!
//! Removed as `emoji`: pictographic emoji, skin tones, variation selectors, zero-width
//! joiners and keycaps, and the symbols that only read as emoji (gender signs, `➡`, `♟`,
//! `▪`) when they carry a variation selector or a skin tone or sit in a cluster of emoji
//! debris. Ordinary symbols used as text (`★`, `°C`, `±`, `№`, `→`) stay.
//!
//! Handled as `whitespace`: no-break, ideographic and other Unicode spaces become an ASCII
//! space; zero-width characters, the byte-order mark, soft hyphens and control characters
//! other than tab and line ends are removed; line and paragraph separators become `\n`.

use super::chars::{self, is_emoji_capable, is_emoji_modifier, is_invisible, is_pictograph, is_unusual_space};
use super::repair::{Edit, RepairKind};

fn is_skin_tone(c: char) -> bool {
    matches!(c as u32, 0x1F3FB..=0x1F3FF)
}

/// True when the character at `i` (with `next` after it) belongs to an emoji cluster.
fn emoji_at(c: char, next: Option<char>, after_emoji: bool) -> bool {
    if is_pictograph(c) || is_emoji_modifier(c) && (after_emoji || c != '\u{200D}') {
        return true;
    }
    let dressed = next.is_some_and(|n| n == '\u{FE0F}' || is_skin_tone(n) || n == '\u{200D}' || n == '\u{20E3}');
    if is_emoji_capable(c) {
        return dressed || after_emoji;
    }
    // Keycaps: 1️⃣ #️⃣
    (c.is_ascii_digit() || c == '#' || c == '*') && next.is_some_and(|n| n == '\u{20E3}')
}

/// The removals and replacements for `text`.
pub fn edits(text: &str) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    let mut after_emoji = false;
    // Characters of `text[base..]`, so that a run of ideographs can be stepped over by bytes.
    let (bytes, mut base) = (text.as_bytes(), 0);
    let mut it = text.char_indices().peekable();
    while let Some((k, c)) = it.next() {
        let i = base + k;
        // Ideographs and the rest of the basic plane up to the private use area: no class
        // of this step lies there. The run that follows is stepped over by its lead bytes
        // (E4..ED: U+4000..U+DFFF).
        if matches!(c as u32, 0x3400..=0xDFFF) {
            after_emoji = false;
            let j = chars::three_byte_run(bytes, i + c.len_utf8(), 0xE4..=0xED);
            if j > i + c.len_utf8() {
                base = j;
                it = text[j..].char_indices().peekable();
            }
            continue;
        }
        // Plain ASCII (but a keycap's base) and Chinese punctuation: no class of this step.
        let keycap_base = c.is_ascii_digit() || c == '#' || c == '*';
        let plain_ascii = c.is_ascii() && !c.is_ascii_control() && !keycap_base;
        if plain_ascii || matches!(c as u32, 0x3001..=0x302F | 0xFF01..=0xFF5E) {
            after_emoji = false;
            continue;
        }
        let next = it.peek().map(|&(_, n)| n);
        let end = i + c.len_utf8();
        // A keycap digit is only emoji when FE0F + 20E3 follow; look one further.
        let keycap = keycap_base && next == Some('\u{FE0F}') && text[end..].chars().nth(1) == Some('\u{20E3}');
        if keycap || emoji_at(c, next, after_emoji) {
            match out.last_mut() {
                Some(e) if e.kind == RepairKind::Emoji && e.end == i => e.end = end,
                _ => out.push(Edit::remove(i, end, RepairKind::Emoji)),
            }
            after_emoji = true;
            continue;
        }
        after_emoji = false;
        if c.is_ascii() && !c.is_ascii_control() {
            continue;
        }
        if is_unusual_space(c) {
            match out.last_mut() {
                Some(e)
                    if e.kind == RepairKind::Whitespace
                        && e.end == i
                        && e.with.bytes().all(|b| b == b' ')
                        && !e.with.is_empty() =>
                {
                    e.end = end;
                    e.with.push(' ');
                }
                _ => out.push(Edit::replace(i, end, " ", RepairKind::Whitespace)),
            }
        } else if c == '\u{2028}' || c == '\u{2029}' {
            out.push(Edit::replace(i, end, "\n", RepairKind::Whitespace));
        } else if is_invisible(c) {
            match out.last_mut() {
                Some(e) if e.kind == RepairKind::Whitespace && e.end == i && e.with.is_empty() => e.end = end,
                _ => out.push(Edit::remove(i, end, RepairKind::Whitespace)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str) -> String {
        crate::normalize::repair::apply_edits(text, &edits(text))
    }

    #[test]
    fn emoji_clusters_go_and_text_symbols_stay() {
        assert_eq!(apply("3月16日⛹🏿‍♂️,2021年"), "3月16日,2021年");
        assert_eq!(apply("兒童👨👩👦👦、孕產婦"), "兒童、孕產婦");
        assert_eq!(apply("新建🧎🏻‍♀️‍➡️、改建"), "新建、改建");
        assert_eq!(apply("作用🏄🏼‍♀️♟。"), "作用。");
        assert_eq!(apply("範圍▪️。請按1️⃣辦理"), "範圍。請按辦理");
        assert_eq!(apply("2021年3月16日 ★ 上海，氣溫25°C±2℃，№3，A→B"), "2021年3月16日 ★ 上海，氣溫25°C±2℃，№3，A→B");
        assert_eq!(apply("男♂女"), "男♂女");
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(apply("作者\u{3000}張三\u{a0}李四"), "作者 張三 李四");
        assert_eq!(apply("衛\u{200B}生\u{FEFF}局\u{7}。\r\n"), "衛生局。\r\n");
        assert_eq!(apply("甲\u{2028}乙"), "甲\n乙");
    }
}
