//! Quotation marks and book-title marks of one sentence.
//!
//! **In:** a sentence and its absolute byte offset. **Out:** every balanced pair of
//! `“”` `‘’` `「」` `『』` (quotes) and `《》` `〈〉` (book titles), nested pairs included,
//! ordered by start. An unmatched mark is ignored. Linear in the sentence length.

use crate::span::Span;

/// Which kind of mark encloses the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `“…”`, `‘…’`, `「…」`, `『…』`
    Quote,
    /// `《…》`, `〈…〉`
    Book,
}

/// One balanced pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// Marks included.
    pub outer: Span,
    /// Marks excluded.
    pub inner: Span,
    pub mark: Mark,
}

const PAIRS: [(char, char, Mark); 6] = [
    ('“', '”', Mark::Quote),
    ('‘', '’', Mark::Quote),
    ('「', '」', Mark::Quote),
    ('『', '』', Mark::Quote),
    ('《', '》', Mark::Book),
    ('〈', '〉', Mark::Book),
];

/// A quote of clauses split by commas is a slogan while every clause is at most this long
/// (`改善就医感受，提升患者体验`); a longer clause makes it speech.
const MAX_SLOGAN_CLAUSE_CHARS: usize = 10;

/// True when every comma-split clause of `s` is short enough for a slogan
/// (`改善就医感受，提升患者体验`, `珍爱生命，远离烟草`); a quote without commas is one clause.
pub(crate) fn short_clauses(s: &str) -> bool {
    s.split(['，', ',', '；']).all(|part| part.chars().count() <= MAX_SLOGAN_CLAUSE_CHARS)
}

/// True for any quotation or book-title mark.
pub(crate) fn is_mark(c: char) -> bool {
    c == '"' || PAIRS.iter().any(|&(o, c2, _)| c == o || c == c2)
}

/// True for a closing quotation or book-title mark (`”`, `」`, `》`) or the straight `"`.
pub(crate) fn is_closing_mark(c: char) -> bool {
    c == '"' || PAIRS.iter().any(|&(_, close, _)| c == close)
}

/// Words opening a short form declared in brackets (`（以下简称“市卫健委”）`, `（简称服贸会）`).
const DECLARING_WORDS: [&str; 2] = ["以下简称", "简称"];
/// Longest short form declared in brackets, in chars.
const MAX_DECLARED_CHARS: usize = 12;

/// A short form bracketed right at the start of `after` (the text after a name), with its
/// byte offset in `after` and whether a word of [`DECLARING_WORDS`] declares it:
/// `（以下简称“X”）`, `（简称X）`, or a bare `（X）` (the caller judges a bare one). `X` is
/// Han only, 1 to [`MAX_DECLARED_CHARS`] chars, its quotation marks left out.
pub(crate) fn declared_short(after: &str) -> Option<(usize, &str, bool)> {
    let open = ["（", "("].iter().find_map(|p| after.strip_prefix(p))?;
    let close = open.find(['）', ')'])?;
    let inner = &open[..close];
    let lead = DECLARING_WORDS.iter().find_map(|p| inner.strip_prefix(p));
    let short = lead.unwrap_or(inner).trim_start_matches(['：', ':']).trim_matches(['“', '”', '"', '「', '」', ' ']);
    let n = short.chars().count();
    if short.is_empty() || n > MAX_DECLARED_CHARS || !short.chars().all(crate::text::is_han) {
        return None;
    }
    let offset = after.len() - open.len() + inner.find(short).unwrap_or(0);
    Some((offset, short, lead.is_some()))
}

/// How deep below the top of the stack an opening mark is looked for: marks left open
/// deeper than this are stray, and the bound keeps the scan linear.
const MAX_DEPTH: usize = 8;

fn open_index(stack: &[(char, usize)], open: char) -> Option<usize> {
    let floor = stack.len().saturating_sub(MAX_DEPTH);
    stack[floor..].iter().rposition(|&(o, _)| o == open).map(|k| k + floor)
}

/// The characters of `sentence` that may be marks, with their offsets: the ASCII `"` and
/// those whose UTF-8 opens with `0xE2` (`“”‘’`) or `0xE3` (`「」『』《》〈〉`), found by a byte
/// search; the Han characters between them (`0xE4`–`0xE9`) are skipped unread.
fn mark_candidates(sentence: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    memchr::memchr3_iter(b'"', 0xE2, 0xE3, sentence.as_bytes())
        .filter_map(|i| sentence.get(i..).and_then(|rest| rest.chars().next()).map(|c| (i, c)))
}

/// Balanced pairs of `sentence`, with spans shifted by `base`.
pub(crate) fn find(sentence: &str, base: usize) -> Vec<Quoted> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut out = Vec::new();
    for (i, c) in mark_candidates(sentence) {
        // ASCII `"` (reposts, unconverted pages) opens and closes by turns.
        if c == '"' {
            match open_index(&stack, '"') {
                Some(k) => {
                    let start = stack[k].1;
                    stack.truncate(k);
                    out.push(Quoted {
                        outer: Span::new(base + start, base + i + 1),
                        inner: Span::new(base + start + 1, base + i),
                        mark: Mark::Quote,
                    });
                }
                None => stack.push(('"', i)),
            }
            continue;
        }
        if let Some(&(_, _, _)) = PAIRS.iter().find(|&&(o, _, _)| o == c) {
            stack.push((c, i));
        } else if let Some(&(open, _, mark)) = PAIRS.iter().find(|&&(_, cl, _)| cl == c) {
            if let Some(k) = open_index(&stack, open) {
                let (o, start) = stack[k];
                stack.truncate(k);
                let end = i + c.len_utf8();
                out.push(Quoted {
                    outer: Span::new(base + start, base + end),
                    inner: Span::new(base + start + o.len_utf8(), base + i),
                    mark,
                });
            }
        }
    }
    out.sort_by_key(|q| (q.outer.start, std::cmp::Reverse(q.outer.end)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_and_unbalanced() {
        let s = "他说：“推行‘互联网+’服务。”《规划》“缺";
        let q = find(s, 10);
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].mark, Mark::Quote);
        assert_eq!(Span::new(q[1].inner.start - 10, q[1].inner.end - 10).slice(s), "互联网+");
        assert_eq!(q[2].mark, Mark::Book);
        assert_eq!(Span::new(q[2].inner.start - 10, q[2].inner.end - 10).slice(s), "规划");
    }

    #[test]
    fn ascii_quotes_pair_by_turns() {
        let s = "推行\"一窗通办\"和\"互联网+\"服务";
        let q = find(s, 0);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].inner.slice(s), "一窗通办");
        assert_eq!(q[1].inner.slice(s), "互联网+");
        assert_eq!(find("只有一个\"", 0), []);
    }

    /// Only the offsets of the ASCII `"` and of characters opening with `0xE2`/`0xE3` are
    /// read, and every mark is one of them.
    #[test]
    fn every_mark_is_a_candidate() {
        for &(open, close, _) in &PAIRS {
            for c in [open, close] {
                let s = format!("卫生{c}健康");
                assert_eq!(mark_candidates(&s).collect::<Vec<_>>(), [("卫生".len(), c)], "{c}");
            }
        }
        assert_eq!(mark_candidates("\"a").collect::<Vec<_>>(), [(0, '"')]);
        assert_eq!(find("——“健康”…", 0).len(), 1);
    }

    #[test]
    fn corner_brackets() {
        let q = find("推動「長照2.0」計畫", 0);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].inner.slice("推動「長照2.0」計畫"), "長照2.0");
    }
}
