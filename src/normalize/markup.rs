//! HTML left in text input: tags and character references.
//!
//! Repaired as `markup`: an HTML tag of a known element (`<a href=…>`, `</p>`, `<br/>`,
//! `<img …>`) is removed — a block element's tag (`p`, `br`, `div`, `li`, headings, table
//! rows) becomes a line break unless one is already next to it —, and a named or numeric
//! character reference (`&nbsp;`, `&amp;`, `&#8220;`, `&#x4E2D;`) becomes its character.
//! `&amp;` opening another reference (`&amp;lt;`) stays, so normalizing stays idempotent. Anything else with `<` or `&` (`a < b`, `3<5`, `AT&T`) stays.
//! Linear in the text.

use super::repair::{Edit, RepairKind};

/// Elements whose tags are removed; the first group breaks the line.
const BLOCK_ELEMENTS: &[&str] =
    &["p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"];
const INLINE_ELEMENTS: &[&str] =
    &["a", "span", "strong", "b", "i", "em", "font", "img", "td", "th", "tbody", "sup", "sub", "u", "center", "iframe"];

/// Longest tag (bytes) read as one: attributes included.
const MAX_TAG_BYTES: usize = 400;

/// Named references decoded (the ones pages leave in text).
const NAMED: &[(&str, char)] = &[
    ("nbsp", ' '),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("middot", '·'),
    ("times", '×'),
];

/// The markup edits of `text`.
pub(crate) fn edits(text: &str) -> Vec<Edit> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Only `<` and `&` start markup: the bytes between are stepped over at once.
    while let Some(k) = memchr::memchr2(b'<', b'&', &bytes[i.min(bytes.len())..]) {
        i += k;
        // A known element's opening that an inner `<` interrupts (`<a x<b>y>`) is no tag, and
        // nothing up to its next `>` is removed either: taking the inner tag would make the
        // outer one a tag for the next round, one level per round.
        if bytes[i] == b'<' && tag_at(text, i).is_none() && interrupted_tag(text, i) {
            i += bytes[i + 1..].iter().position(|&b| matches!(b, b'>' | b'\n')).map_or(bytes.len() - i, |k| k + 1);
            continue;
        }
        let found = match bytes[i] {
            b'<' => tag_at(text, i).map(|(end, block)| {
                let line_next = |k: Option<&u8>| k.map_or(true, |&b| b == b'\n');
                let with =
                    if block && !line_next(i.checked_sub(1).and_then(|k| bytes.get(k))) && !line_next(bytes.get(end)) {
                        "\n"
                    } else {
                        ""
                    };
                (end, with.to_string())
            }),
            b'&' => reference_at(text, i).map(|(end, c)| (end, c.to_string())),
            _ => None,
        };
        match found {
            Some((end, with)) => {
                out.push(Edit::replace(i, end, with, RepairKind::Markup));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// A known element's name opening at `i` (a `<`, or `</`): the byte offset just after the
/// name and whether the element breaks the line.
fn opening(text: &str, i: usize) -> Option<(usize, bool)> {
    let rest = &text[i + 1..];
    let name_start = usize::from(rest.starts_with('/'));
    let name_len = rest[name_start..].bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
    let block = BLOCK_ELEMENTS.contains(&name.as_str());
    (block || INLINE_ELEMENTS.contains(&name.as_str())).then_some((i + 1 + name_start + name_len, block))
}

/// A tag of a known element at `i` (a `<`): its end and whether it breaks the line.
fn tag_at(text: &str, i: usize) -> Option<(usize, bool)> {
    let (name_end, block) = opening(text, i)?;
    // After the name: `>`, `/>` or attributes after a space, all on one line.
    let after = &text[name_end..];
    if !after.starts_with(['>', '/', ' ', '\t']) {
        return None;
    }
    let close = after.bytes().take(MAX_TAG_BYTES).position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
    (after.as_bytes()[close] == b'>').then_some((name_end + close + 1, block))
}

/// True when a known element's name opens at `i` (a `<`) and another `<` comes before its
/// `>` on the line.
fn interrupted_tag(text: &str, i: usize) -> bool {
    opening(text, i).is_some_and(|(name_end, _)| {
        let after = &text[name_end..];
        after.starts_with(['/', ' ', '\t']) && after.bytes().find(|b| matches!(b, b'>' | b'<' | b'\n')) == Some(b'<')
    })
}

/// A character reference at `i` (a `&`): its end and its character.
fn reference_at(text: &str, i: usize) -> Option<(usize, char)> {
    const MAX_REFERENCE_BYTES: usize = 10;
    let rest = &text[i + 1..];
    let semi = rest.bytes().take(MAX_REFERENCE_BYTES).position(|b| b == b';')?;
    let body = &rest[..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?
    } else {
        NAMED.iter().find(|(n, _)| *n == body).map(|&(_, c)| c)?
    };
    let end = i + 1 + semi + 1;
    // `&amp;lt;` stays: decoding it would make a reference for the next round.
    if c == '&' && reference_at(text, end - 1).is_some() {
        return None;
    }
    Some((end, c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::repair::apply_edits;

    fn fixed(text: &str) -> String {
        apply_edits(text, &edits(text))
    }

    #[test]
    fn tags_and_references() {
        assert_eq!(fixed("据<a href=\"http://x.cn/1\">某某日报</a>报道"), "据某某日报报道");
        assert_eq!(fixed("第一段。<br/>第二段。"), "第一段。\n第二段。");
        assert_eq!(fixed("<p>第一段。</p>\n<p>第二段。</p>"), "第一段。\n第二段。");
        assert_eq!(fixed("全市&nbsp;&nbsp;新增&#8220;家庭医生&#x201D;团队&amp;站点"), "全市  新增“家庭医生”团队&站点");
        assert_eq!(fixed("<IMG SRC=\"a.jpg\">图为现场"), "图为现场");
    }

    #[test]
    fn other_angle_brackets_and_ampersands_stay() {
        for text in ["a < b 且 c > d", "3<5", "AT&T", "<<规划>>", "&unknown;", "&#0;", "< p>", "<pre>x</pre>"] {
            assert_eq!(fixed(text), text, "{text}");
        }
        // A double-escaped reference stays.
        assert_eq!(fixed("&amp;lt;"), "&amp;lt;");
        // A tag inside an unclosed one stays, so the outer one never becomes a tag.
        assert_eq!(fixed("<a x<b>y> 文字"), "<a x<b>y> 文字");
    }
}
