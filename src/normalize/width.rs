//! Full-width letters and digits, and ASCII punctuation inside Chinese text.
//!
//! * `width`: full-width ASCII letters and digits (`Ａ`, `１`) become half-width.
//! * `punctuation`: ASCII `,` `:` `;` `?` `!` written as Chinese punctuation become their
//!   full-width forms — when the character before them is Chinese (a Han character or Chinese
//!   punctuation), or when the character after is Chinese and the one before is not part of
//!   an ASCII word or number. Spaces after a converted mark are dropped (`大会, 闵行` →
//!   `大会，闵行`). Numbers and ASCII text keep theirs: `1,169`, `22:08:50`,
//!   `Hello, world`. A `?` or `!` glued to an ASCII letter (`?huì)`, `a.php?id=`) stays.
//! * A pair of ASCII parentheses on one line becomes `（…）` when it encloses Chinese, or
//!   digits right after a Han character (`科技(600000)`); `(Rule)` stays. A pair of ASCII
//!   double quotes around Chinese becomes `“…”` (`开展"家门口"服务`); English quotes stay.
//!   Parentheses pair as brackets do and quotes in order along the line (first with second,
//!   third with fourth), at any distance: what a pair becomes depends only on the quotes,
//!   parentheses, line ends, letters and Han of the line, which no step removes, and a pair
//!   made full-width leaves the pairing of the others as it was — so normalizing again
//!   pairs the same way. The marks next to a pair see it full-width.
//! * `width` also folds full-width symbols inside numbers (`１２．５％`, `１＋１＋１`,
//!   `２０２４／２／２８`); a full-width colon stays (`3：1` is a Chinese ratio).

use super::chars::{self, is_chinese_context};
use super::repair::{Edit, RepairKind};
use crate::text::is_han;

fn full_width(c: char) -> char {
    char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
}

fn is_fullwidth_alnum(c: char) -> bool {
    matches!(c as u32, 0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A)
}

/// The edits for `text`.
pub fn edits(text: &str) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    let mut prev: Option<char> = None;
    let pairs = pairs(text);
    let mut next_pair = pairs.iter().peekable();
    // Where the last look past a run of marks stopped, and whether it found Chinese there.
    let mut reach: Option<(usize, bool)> = None;
    // Characters of `text[base..]`, so that a run of ideographs can be stepped over by bytes.
    let (bytes, mut base) = (text.as_bytes(), 0);
    let mut it = text.char_indices().peekable();
    while let Some((k, c)) = it.next() {
        let i = base + k;
        // Ideographs: no width or punctuation change, and never one of a pair's marks. The
        // run of common ones that follows is stepped over by its lead bytes.
        if crate::text::is_han(c) {
            let j = chars::common_ideographs_from(bytes, i + c.len_utf8());
            prev = text[..j].chars().next_back();
            if j > i + c.len_utf8() {
                base = j;
                it = text[j..].char_indices().peekable();
            }
            continue;
        }
        let end = i + c.len_utf8();
        let next = it.peek().map(|&(_, n)| n);
        if is_fullwidth_alnum(c) {
            let half = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            match out.last_mut() {
                Some(e) if e.kind == RepairKind::Width && e.end == i => {
                    e.end = end;
                    e.with.push(half);
                }
                _ => out.push(Edit::replace(i, end, half.to_string(), RepairKind::Width)),
            }
        } else if is_mark(c) {
            // A mark right after one made full-width is in Chinese text too, and a run of
            // marks before Chinese reads as Chinese as a whole: decided in this one pass, so
            // that the result needs no second one (`??,,中` → `？？，，中`).
            let left_converted = out.last().is_some_and(|e| {
                e.kind == RepairKind::Punctuation && e.end == i && e.with.chars().all(is_chinese_context)
            });
            let right_cn = match reach {
                Some((until, found)) if i < until => found,
                _ => {
                    let r = reaches_chinese(text, end, &pairs);
                    reach = Some(r);
                    r.1
                }
            };
            if let Some(e) = punct_edit(text, i, c, prev, next, left_converted, right_cn) {
                out.push(e);
            }
        } else if let Some(ascii) = number_symbol(c, prev, next) {
            out.push(Edit::replace(i, end, ascii.to_string(), RepairKind::Width));
        } else if let Some(&(_, wide)) = next_pair.next_if(|&&(at, _)| at == i) {
            out.push(Edit::replace(i, end, wide.to_string(), RepairKind::Punctuation));
            prev = Some(wide);
            continue;
        }
        prev = Some(c);
    }
    out.sort_by_key(|e| e.start);
    out
}

/// The ASCII marks that become full-width in Chinese text.
fn is_mark(c: char) -> bool {
    matches!(c, ',' | ':' | ';' | '?' | '!')
}

/// Looks past spaces and a run of marks from `from`: the position where the look stopped and
/// whether Chinese text is there. A `?` or `!` glued to a letter or digit stops it (it stays
/// ASCII, so the marks before it are not followed by Chinese).
fn reaches_chinese(text: &str, from: usize, pairs: &[(usize, char)]) -> (usize, bool) {
    let rest = &text[from..];
    let mut it = rest.char_indices().peekable();
    while let Some((j, c)) = it.next() {
        match c {
            ' ' | '\t' => {}
            '?' | '!' if it.peek().is_some_and(|&(_, n)| n.is_ascii_alphanumeric()) => return (from + j, false),
            _ if is_mark(c) => {}
            _ => {
                let widened = pairs.binary_search_by_key(&(from + j), |&(at, _)| at).is_ok();
                return (from + j, widened || is_chinese_context(c));
            }
        }
    }
    (text.len(), false)
}

fn punct_edit(
    text: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    left_converted: bool,
    right_cn: bool,
) -> Option<Edit> {
    let left_cn = left_converted || prev.is_some_and(is_chinese_context);
    let left_ascii_word = prev.is_some_and(|p| p.is_ascii_alphanumeric());
    // What follows, past spaces.
    let after = &text[i + 1..];
    let trimmed = after.trim_start_matches([' ', '\t']);
    if matches!(c, '?' | '!') && next.is_some_and(|n| n.is_ascii_alphanumeric()) {
        return None;
    }
    if !(left_cn || (right_cn && !left_ascii_word)) {
        return None;
    }
    // A full-width mark carries its own spacing: the spaces typed after the ASCII one go.
    let end = i + 1 + (after.len() - trimmed.len());
    Some(Edit::replace(i, end, full_width(c).to_string(), RepairKind::Punctuation))
}

fn is_digit_like(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Full-width symbols inside numbers become ASCII: `１２．５％`, `１＋１＋１`, `２０２４／２／２８`.
fn number_symbol(c: char, prev: Option<char>, next: Option<char>) -> Option<char> {
    let ascii = match c {
        '％' if is_digit_like(prev) => return Some('%'),
        // `：` stays: `3：1` is a Chinese ratio or score, written full-width.
        '．' | '＋' | '－' | '／' => char::from_u32(c as u32 - 0xFEE0)?,
        _ => return None,
    };
    (is_digit_like(prev) && is_digit_like(next)).then_some(ascii)
}

/// An opening quote or parenthesis: where, the character before it, and the Han characters
/// and other letters of the line before it.
struct Open {
    at: usize,
    prev: Option<char>,
    han: usize,
    letters: usize,
}

impl Open {
    /// Whether the pair closed at `close` (with `han` and `letters` counted up to it) becomes
    /// full-width: it encloses Chinese, or (`digits`) something but letters right after a
    /// Han character (`科技(600000)`, `开展"家门口"`).
    fn widens(&self, close: usize, han: usize, letters: usize, digits: bool) -> bool {
        let after_han = self.prev.is_some_and(is_han) && close > self.at + 1;
        han > self.han || after_han && (!digits || letters == self.letters)
    }
}

/// The ASCII quotes and parentheses that become full-width: byte position and the character
/// they become, sorted. Linear: one pass over the lines that hold a quote or a parenthesis
/// (the others have no pair), a stack of the open parentheses of the line.
fn pairs(text: &str) -> Vec<(usize, char)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(k) = memchr::memchr2(b'"', b'(', &bytes[at..]) {
        let line = memchr::memrchr2(b'\n', b'\r', &bytes[at..at + k]).map_or(at, |n| at + n + 1);
        at = line_pairs(text, line, &mut out);
    }
    out.sort_unstable_by_key(|&(at, _)| at);
    out
}

/// The pairs of the line that starts at `start`, into `out`; returns where the next line
/// starts.
fn line_pairs(text: &str, start: usize, out: &mut Vec<(usize, char)>) -> usize {
    let mut quote: Option<Open> = None;
    let mut parens: Vec<Open> = Vec::new();
    let (mut han, mut letters) = (0, 0);
    // The line break before the line, if any.
    let mut prev = text[..start].chars().next_back();
    for (k, c) in text[start..].char_indices() {
        let i = start + k;
        let open = Open { at: i, prev, han, letters };
        prev = Some(c);
        match c {
            '\n' | '\r' => return i + 1,
            '"' => match quote.take() {
                None => quote = Some(open),
                Some(o) if o.widens(i, han, letters, false) => out.extend([(o.at, '“'), (i, '”')]),
                Some(_) => {}
            },
            '(' => parens.push(open),
            ')' => match parens.pop() {
                Some(o) if o.widens(i, han, letters, true) => out.extend([(o.at, '（'), (i, '）')]),
                _ => {}
            },
            _ if is_han(c) => han += 1,
            _ if crate::text::is_alphabetic(c) => letters += 1,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str) -> String {
        crate::normalize::repair::apply_edits(text, &edits(text))
    }

    #[test]
    fn width() {
        assert_eq!(apply("ＷＨＯ發布２０２４年報告"), "WHO發布2024年報告");
    }

    #[test]
    fn punctuation_between_chinese() {
        assert_eq!(apply("衛生大會, 港島東經驗:一是"), "衛生大會，港島東經驗：一是");
        assert_eq!(apply("3月16日,2021年"), "3月16日，2021年");
        assert_eq!(apply("北京, 2024年"), "北京，2024年");
        assert_eq!(apply("達70%,社區"), "達70%，社區");
        assert_eq!(apply("共1,169所,時間22:08:50"), "共1,169所，時間22:08:50");
        assert_eq!(apply("“十四五”,我們要做!好嗎?"), "“十四五”，我們要做！好嗎？");
        assert_eq!(apply("Hello, world: ok; 中文"), "Hello, world: ok; 中文");
        assert_eq!(apply("們?cè)a.php?id=1"), "們?cè)a.php?id=1");
    }

    #[test]
    fn runs_of_marks_are_decided_in_one_pass() {
        // What one pass makes full-width, a second pass leaves alone.
        for (text, want) in [
            ("??,,中", "？？，，中"),
            ("真的吗?!", "真的吗？！"),
            ("好, ,再见", "好，，再见"),
            ("ok;; 中文", "ok;；中文"),
            ("a?b,中", "a?b,中"),
            ("你好 ?! x", "你好 ?! x"),
            ("你好?! x", "你好？！x"),
        ] {
            let once = apply(text);
            assert_eq!(once, want, "{text}");
            assert_eq!(apply(&once), once, "{text}");
        }
    }

    #[test]
    fn numbers_and_quotes() {
        assert_eq!(apply("增長１２．５％，“１＋１＋１”簽約，比分３：１"), "增長12.5%，“1+1+1”簽約，比分3：1");
        assert_eq!(apply(r#"開展"家門口"服務"#), "開展“家門口”服務");
        assert_eq!(apply(r#"He said "ok" and "fine""#), r#"He said "ok" and "fine""#);
        assert_eq!(apply("比例：１２％"), "比例：12%");
    }

    #[test]
    fn parentheses() {
        assert_eq!(apply("服務中心(分中心)133家"), "服務中心（分中心）133家");
        assert_eq!(apply("友成(企业家扶贫)基金会(完)"), "友成（企业家扶贫）基金会（完）");
        assert_eq!(apply("规划(2024-2035年)和科技(600000)"), "规划（2024-2035年）和科技（600000）");
        assert_eq!(apply("规则(Rule)与(a(b)中)"), "规则(Rule)与（a(b)中）");
        assert_eq!(apply("未闭合(中文"), "未闭合(中文");
        assert_eq!(apply("((中)"), "(（中）");
    }

    #[test]
    fn pairs_at_any_distance_once() {
        let long = format!("他说\"{}\"", "卫生院".repeat(100));
        assert_eq!(apply(&long), format!("他说“{}”", "卫生院".repeat(100)));
        let nested = format!("({}(中)x)", "a".repeat(300));
        assert_eq!(apply(&nested), format!("（{}（中）x）", "a".repeat(300)));
        // Quotes pair in order: the inner pair of English quotes and the Chinese pair are
        // decided at once, and a second pass changes nothing.
        for text in [r#""a "b" 中 "c" d""#, r#"说"好",又说"行"; "ok""#] {
            let once = apply(text);
            assert_eq!(apply(&once), once, "{text}");
        }
        assert_eq!(apply(r#"说"好",又说"行"; "ok""#), r#"说“好”，又说“行”；"ok""#);
    }
}
