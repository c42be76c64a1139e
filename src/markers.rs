//! Text marks shared by the HTML and article stages: those that open a list item (`- `,
//! `• `, `1. `, `2、`), read by the line classifier, the metadata grammar and the caption
//! rule alike, and those that number a heading of an article's outline (`一、`, `（二）`,
//! `第三`).

/// Byte length of a leading list marker (`- 1 `, `• `, `·`, `1. `, `1、`), if any.
pub(crate) fn list_marker_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices().peekable();
    let (_, first) = *chars.peek()?;
    let mut end = 0;
    if matches!(first, '-' | '•' | '·' | '●' | '▪' | '■' | '◆' | '*' | '>' | '–' | '—' | '○' | '◇' | '□' | '►' | '▶')
    {
        // `——` opens a subtitle, not a list.
        if first == '—' && line[first.len_utf8()..].starts_with('—') {
            return None;
        }
        chars.next();
        end = first.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_whitespace() {
                end = i + c.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
    }
    // An optional item number (`- 1 `, `3. `, `2、`).
    let rest = &line[end..];
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits <= 3 {
        let after = &rest[digits..];
        let sep = after.chars().next();
        let sep_len = match sep {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            Some(c @ ('.' | '、' | '．')) if !after[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()) => {
                c.len_utf8()
            }
            _ => 0,
        };
        if sep_len > 0 {
            let rest2 = &after[sep_len..];
            let ws = rest2.len() - rest2.trim_start().len();
            return Some(end + digits + sep_len + ws);
        }
    }
    (end > 0).then_some(end)
}

/// A heading of the article's own outline: `一、…`, `（二）…`, `3.…`, `第…`.
pub(crate) fn numbered_heading(line: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let mut chars = line.trim_start().chars();
    match chars.next() {
        Some('（' | '(' | '第') => true,
        Some(c) if NUMERALS.contains(c) || c.is_ascii_digit() => chars
            .find(|c| !NUMERALS.contains(*c) && !c.is_ascii_digit())
            .is_some_and(|c| matches!(c, '、' | '.' | '．')),
        _ => false,
    }
}
