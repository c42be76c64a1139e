//! Text helpers shared by every stage: character classes, stepping over characters, lines.
//!
//! **Guarantees:** pure functions of their arguments, no tables of their own; each concept
//! (what a Han character is, the character before a byte offset) has its one definition
//! here.

use unicode_script::UnicodeScript;

/// A Han character: Unicode `Script=Han` and a letter, so the ideographs of every CJK block
/// and extension, the compatibility ideographs, and the Han letters of the CJK symbols block
/// (`〇`, `々`, the Hangzhou numerals) — not the radicals, which are symbols.
pub(crate) fn is_han(c: char) -> bool {
    match c {
        // The CJK Unified Ideographs block, nearly every character of a Chinese page: all
        // Han letters, known without the table look-ups (a hot path of every stage).
        '\u{4e00}'..='\u{9fff}' => true,
        // No script-Han character comes before the CJK Radicals Supplement.
        '\0'..='\u{2e7f}' => false,
        // The page's punctuation (`、。《》「」【】`, full-width `，：；！？（）`), known
        // without the script table.
        c if is_cjk_punctuation(c) => false,
        _ => c.script() == unicode_script::Script::Han && c.is_alphabetic(),
    }
}

/// A punctuation mark or symbol of a Chinese page outside ASCII: the CJK symbols and
/// punctuation block but for its letters and numerals (`〇`, `々`, `〆`, the Hangzhou
/// numerals), the full-width forms of ASCII punctuation, and the general punctuation block's
/// marks (`—`, `“”`, `…`, `‰`). None is a letter, a numeral, a space or a Han character, so
/// the Unicode tables need not be asked (`char::is_alphabetic` reads them for every
/// character outside ASCII).
pub(crate) fn is_cjk_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{3001}'..='\u{3004}'
            | '\u{3008}'..='\u{3020}'
            | '\u{ff01}'..='\u{ff0f}'
            | '\u{ff1a}'..='\u{ff20}'
            | '\u{ff3b}'..='\u{ff40}'
            | '\u{ff5b}'..='\u{ff65}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205e}'
    )
}

/// A full stop, exclamation or question mark of a Chinese page: the marks that end a
/// sentence (the semicolon and ASCII marks are each caller's own choice).
#[inline]
pub(crate) fn is_sentence_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// `char::is_alphabetic` without the Unicode tables for the characters of a Chinese page:
/// ASCII, the CJK Unified Ideographs block (all letters) and [`is_cjk_punctuation`] (none).
/// The same answer for every character (the std look-up runs for the rest).
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        '\u{4e00}'..='\u{9fff}' => true,
        c if c.is_ascii() => c.is_ascii_alphabetic(),
        c if is_cjk_punctuation(c) => false,
        c => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric` as [`is_alphabetic`] reads the letters: the same answer for every
/// character, without the Unicode tables for most of a Chinese page.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{4e00}'..='\u{9fff}' => true,
        c if c.is_ascii() => c.is_ascii_alphanumeric(),
        c if is_cjk_punctuation(c) => false,
        c => c.is_alphanumeric(),
    }
}

/// First characters of a deictic reference to a body (`该局`, `本院`, `我院`, `其`, `各`,
/// `全`): the word points at a body named elsewhere and names none.
pub(crate) const DEICTIC_OPENINGS: [char; 7] = ['该', '本', '我', '其', '此', '各', '全'];

/// The enumeration comma between the items of a list (`A、B、C`).
pub(crate) const LIST_COMMA: &str = "、";

/// Words joining the items of a list (`A、B和C`, `A及B`, `A与B`).
pub(crate) const LIST_SEPARATORS: [&str; 4] = [LIST_COMMA, "和", "及", "与"];

/// Where a bracket right after `end` closes (`…论坛（以下简称某论坛）`, `甲（2017年）`): a gloss of
/// at most `max_chars` chars holding no sentence end or other bracket; `end` itself when
/// none follows.
pub(crate) fn past_bracket(text: &str, end: usize, max_chars: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    let Some(open) = ["（", "("].iter().find_map(|p| rest.strip_prefix(p)) else { return end };
    let inner_start = end + (rest.len() - open.len());
    open.char_indices()
        .take(max_chars + 1)
        .find(|&(_, c)| "）)。！？（(".contains(c))
        .filter(|&(_, c)| c == '）' || c == ')')
        .map_or(end, |(i, c)| inner_start + i + c.len_utf8())
}

/// `s` without the spaces that a name does not keep: a space is kept only between two ASCII
/// letters or digits (`Long COVID`), dropped next to a Han character or a symbol
/// (`2017 年` → `2017年`, `互联网 + 医保` → `互联网+医保`).
pub(crate) fn squeeze_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' || c == '\u{3000}' {
            // Names are short: the look ahead over a run of spaces is bounded by the name.
            let after = chars[i + 1..].iter().find(|c| **c != ' ' && **c != '\u{3000}');
            let word = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            if !(word(out.chars().last().as_ref()) && word(after)) || out.ends_with(' ') {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `s` without the spaces set next to a Han character (`S20 Ultra 售价` → `S20 Ultra售价`,
/// `4G 版` → `4G版`); spaces between other characters stay (`S20+ 4G`), unlike
/// [`squeeze_spaces`], which leaves a name only those between ASCII letters or digits.
pub(crate) fn drop_spaces_by_han(s: &str) -> String {
    if !s.contains([' ', '\u{3000}']) {
        return s.to_string();
    }
    let spaced = |c: char| c == ' ' || c == '\u{3000}';
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if spaced(c) {
            let before = out.chars().next_back();
            let after = s[i + c.len_utf8()..].chars().find(|&c| !spaced(c));
            if before.is_some_and(is_han) || after.is_some_and(is_han) || before.is_some_and(spaced) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The character ending at byte `i` of `s` (`None` at the start or off a boundary).
pub(crate) fn prev_char(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

/// The character starting at byte `i` of `s` (`None` at the end or off a boundary).
pub(crate) fn next_char(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The byte spans of the lines of `text`, without their line breaks (`\n`, `\r\n`).
pub(crate) fn line_spans(text: &str) -> impl Iterator<Item = crate::span::Span> + '_ {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |raw| {
        let span = crate::span::Span::new(pos, pos + raw.trim_end_matches(['\n', '\r']).len());
        pos += raw.len();
        span
    })
}

/// A non-empty string of Han characters only.
pub(crate) fn is_han_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(is_han)
}

/// `s` opens with a Han character.
pub(crate) fn starts_han(s: &str) -> bool {
    s.chars().next().is_some_and(is_han)
}

/// Where `needle` first stands in `text`, as `str::find` says, for a word searched once in a
/// short text: `str::find` builds a Two-Way searcher for every call (a few hundred
/// instructions, more than a search of a few words costs), memchr hashes a text under 64 bytes.
pub(crate) fn find_str(text: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes())
}

/// Where `needle` last stands in `text`, as `str::rfind` says ([`find_str`] from the end).
pub(crate) fn rfind_str(text: &str, needle: &str) -> Option<usize> {
    memchr::memmem::rfind(text.as_bytes(), needle.as_bytes())
}

/// Where the matches of `needle` in `text` start, left to right and not overlapping, as
/// `str::match_indices` says ([`find_str`] from the end of each: no searcher built per call).
pub(crate) fn match_starts<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    let mut at = Some(0);
    std::iter::from_fn(move || {
        let from = at?;
        let p = from + find_str(text.get(from..)?, needle)?;
        // An empty needle matches at every character boundary, the end too.
        let step = if needle.is_empty() { text[p..].chars().next().map_or(1, char::len_utf8) } else { needle.len() };
        at = Some(p + step);
        Some(p)
    })
}

/// [`match_starts`] from the right, as `str::rmatch_indices` says.
pub(crate) fn rmatch_starts<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    let mut end = Some(text.len());
    std::iter::from_fn(move || {
        let to = end?;
        let p = rfind_str(text.get(..to)?, needle)?;
        // An empty needle matches at every character boundary, from the end.
        end = if needle.is_empty() { text[..p].char_indices().next_back().map(|(i, _)| i) } else { Some(p) };
        Some(p)
    })
}

#[cfg(test)]
mod tests {

    /// The fast letter tests answer as std's for every character.
    #[test]
    fn letter_tests_match_std() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_alphanumeric('卫') && is_alphanumeric('7') && is_alphanumeric('〇'));
        assert!(!is_alphanumeric('，') && !is_alphabetic('、') && !is_alphabetic('5'));
    }

    use super::*;

    /// Spaces next to a Han character go; those between Latin words, digits or symbols stay,
    /// one of a run.
    #[test]
    fn spaces_by_han_dropped() {
        assert_eq!(drop_spaces_by_han("湖川 X5 Pro 型呼吸机"), "湖川X5 Pro型呼吸机");
        assert_eq!(drop_spaces_by_han("S20+ 4G 版售价"), "S20+ 4G版售价");
        assert_eq!(drop_spaces_by_han("Long  COVID　患者"), "Long COVID患者");
        assert_eq!(drop_spaces_by_han("门诊量"), "门诊量");
    }

    /// The punctuation known without the tables is none of what the tables would say.
    #[test]
    fn cjk_punctuation_is_no_letter_numeral_space_or_han() {
        let marks: Vec<char> =
            ('\u{2000}'..='\u{3100}').chain('\u{ff00}'..='\u{ffef}').filter(|&c| is_cjk_punctuation(c)).collect();
        assert!(marks.len() == 139 && marks.contains(&'。') && marks.contains(&'，') && marks.contains(&'“'));
        for c in marks {
            let han = c.script() == unicode_script::Script::Han;
            assert!(!(c.is_alphabetic() || c.is_numeric() || c.is_whitespace() || han), "{c:?}");
        }
        assert!(!is_cjk_punctuation('〇') && is_han('〇') && is_han('々'));
    }

    #[test]
    fn the_fast_paths_agree_with_the_tables() {
        for c in ('\0'..='\u{2e7f}').chain('\u{4e00}'..='\u{9fff}') {
            assert_eq!(is_han(c), c.script() == unicode_script::Script::Han && c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn find_str_is_str_find() {
        for (text, needle) in [("卫生健康委员会", "健康"), ("卫生院", "院"), ("卫生院", "委"), ("", "卫"), ("卫", "")]
        {
            assert_eq!(find_str(text, needle), text.find(needle), "{text} {needle}");
            assert_eq!(rfind_str(text, needle), text.rfind(needle), "{text} {needle}");
        }
    }

    /// The matches are `match_indices`' and `rmatch_indices`', overlapping ones and an
    /// empty needle included, in a text shorter and one longer than memchr's 64 bytes.
    #[test]
    fn match_starts_are_match_indices() {
        let long = "哈哈哈笑哈哈，呵。".repeat(5);
        for text in ["哈哈哈笑哈哈，呵", "", "a", long.as_str()] {
            for needle in ["哈哈", "哈", "笑哈", "呵", "，呵。哈", "委", ""] {
                let left: Vec<usize> = text.match_indices(needle).map(|(p, _)| p).collect();
                assert_eq!(match_starts(text, needle).collect::<Vec<_>>(), left, "{text} {needle}");
                let right: Vec<usize> = text.rmatch_indices(needle).map(|(p, _)| p).collect();
                assert_eq!(rmatch_starts(text, needle).collect::<Vec<_>>(), right, "{text} {needle}");
            }
        }
    }

    #[test]
    fn han_by_script() {
        for c in ['卫', '㐀', '𠀀', '丽', '〇'] {
            assert!(is_han(c), "{c}");
        }
        for c in ['a', '1', '，', '。', 'ア', '한', '😊', '⼈'] {
            assert!(!is_han(c), "{c}");
        }
    }

    #[test]
    fn stepping_over_characters() {
        let s = "卫a生";
        assert_eq!(prev_char(s, 3), Some('卫'));
        assert_eq!(prev_char(s, 0), None);
        assert_eq!(prev_char(s, 1), None);
        assert_eq!(next_char(s, 3), Some('a'));
        assert_eq!(next_char(s, s.len()), None);
        assert!(is_han_word("卫生") && !is_han_word("卫a") && !is_han_word(""));
        assert!(starts_han("卫a") && !starts_han("a卫"));
    }
}
