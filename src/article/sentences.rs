//! Sentence splitting inside one paragraph.
//!
//! **In:** a text and the span of one paragraph (or title) in it. **Out:** the spans of its
//! sentences, in order, covering the paragraph without its surrounding whitespace.
//!
//! **Guarantees:** splits after `。！？；` (and `…` runs that end a sentence); closing quotes
//! and brackets after the stop stay with their sentence; no split inside a *matched*
//! `“…”`, `‘…’`, `《…》`, `「…」`, `『…』` or `（…）` pair (an unmatched opener is ordinary
//! text, so one stray quote cannot swallow a paragraph); never on the `.` of `2.2亿` (ASCII
//! full stops never split: in normalized text they are decimals, versions or URLs). A
//! quotation that ends with its own stop (`他说：“……。”`) ends the sentence. A sentence longer
//! than [`MAX_SENTENCE_BYTES`] (a list or table run into one line, text with no stop) is cut
//! into pieces at its last soft boundary (`，、：` …, a space) before the limit, else at a
//! character: every later stage does bounded work per sentence. Linear time.

use crate::span::{floor_char_boundary, Span};
use crate::text::{is_han, is_sentence_stop};

const OPENERS: [char; 6] = ['“', '‘', '《', '「', '『', '（'];
const CLOSERS: [char; 6] = ['”', '’', '》', '」', '』', '）'];
const STOPS: [char; 4] = ['。', '！', '？', '；'];

/// Longest sentence, in bytes (about 1,000 Chinese characters, several times the longest
/// sentence of real articles).
pub const MAX_SENTENCE_BYTES: usize = 3000;

/// Where an over-long sentence may be cut: after one of these.
const SOFT_BREAKS: [char; 10] = ['，', '、', '：', '）', '”', ',', ';', ':', ' ', '\u{3000}'];

/// Splits the paragraph `paragraph` of `text` into sentence spans.
pub fn split_sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.slice(text);
    // The characters alone (4 bytes each; their offsets are counted along the way).
    let chars: Vec<char> = body.chars().collect();
    let matched = matched_pairs(&chars);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut depth = 0usize;
    let mut k = 0;
    // The byte offset of `chars[k]`.
    let mut i = 0usize;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| {
        for (s, e) in pieces(body, s, e) {
            let piece = &body[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.len() - piece.trim_end().len();
            if s + lead < e - trail {
                out.push(Span::new(paragraph.start + s + lead, paragraph.start + e - trail));
            }
        }
    };
    while k < chars.len() {
        let c = chars[k];
        // Most characters: a Han character is no bracket, quote or stop.
        if is_han(c) {
            i += c.len_utf8();
            k += 1;
            continue;
        }
        if matched[k] {
            if OPENERS.contains(&c) {
                depth += 1;
            } else {
                depth = depth.saturating_sub(1);
                // A quotation closed right after its own stop ends the sentence.
                let after_stop = k > 0 && is_sentence_stop(chars[k - 1]);
                if depth == 0 && after_stop && matches!(c, '”' | '’' | '」' | '』') {
                    let end = i + c.len_utf8();
                    push(&mut out, start, end);
                    start = end;
                }
            }
            i += c.len_utf8();
            k += 1;
            continue;
        }
        let is_stop = STOPS.contains(&c) || (c == '…' && ends_ellipsis(&chars, k));
        if is_stop && depth == 0 {
            let mut end = i + c.len_utf8();
            // Swallow further stops and unmatched closers that belong to this sentence.
            while k + 1 < chars.len() {
                let q = chars[k + 1];
                let closer = CLOSERS.contains(&q) && !matched[k + 1];
                if STOPS.contains(&q) || q == '…' || closer {
                    // `end` is the offset of `chars[k + 1]`.
                    end += q.len_utf8();
                    k += 1;
                } else {
                    break;
                }
            }
            push(&mut out, start, end);
            start = end;
            // `end` is the offset of `chars[k + 1]`, the next one read.
            i = end;
            k += 1;
            continue;
        }
        i += c.len_utf8();
        k += 1;
    }
    if start < body.len() {
        push(&mut out, start, body.len());
    }
    out
}

/// `body[s..e]` cut into pieces of at most [`MAX_SENTENCE_BYTES`] (a character more where
/// one character is longer than what is left), each ending after a soft break in its second
/// half where there is one.
fn pieces(body: &str, s: usize, e: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = s;
    std::iter::from_fn(move || {
        if start >= e {
            return None;
        }
        let mut cut = e;
        if e - start > MAX_SENTENCE_BYTES {
            let limit = floor_char_boundary(body, start + MAX_SENTENCE_BYTES);
            let half = floor_char_boundary(body, start + MAX_SENTENCE_BYTES / 2);
            let soft = body[half..limit]
                .char_indices()
                .rev()
                .find(|&(_, c)| SOFT_BREAKS.contains(&c))
                .map(|(i, c)| half + i + c.len_utf8());
            let char_end = body[start..].chars().next().map_or(e, |c| start + c.len_utf8());
            cut = soft.unwrap_or(limit).max(char_end);
        }
        let piece = (start, cut);
        start = cut;
        Some(piece)
    })
}

/// `……` followed by the end or by a new sentence ends a sentence; a single `…` inside a
/// list (`甲…乙`) does not.
fn ends_ellipsis(chars: &[char], k: usize) -> bool {
    let prev_is = k > 0 && chars[k - 1] == '…';
    let next = chars.get(k + 1).copied();
    prev_is && next != Some('…') && !matches!(next, Some('，' | '、' | '：'))
}

/// For each char, whether it is an opener or closer that has a partner (stack matching,
/// per bracket type, bounded by the paragraph).
fn matched_pairs(chars: &[char]) -> Vec<bool> {
    let mut matched = vec![false; chars.len()];
    let mut stack: Vec<usize> = Vec::new(); // char indices of open openers
                                            // Per bracket type, the places in `stack` of its openers (so a closer finds its
                                            // partner at once, however many openers of other types lie above it).
    let mut of_type: [Vec<usize>; OPENERS.len()] = Default::default();
    for (k, &c) in chars.iter().enumerate() {
        if is_han(c) {
            continue;
        }
        if let Some(t) = OPENERS.iter().position(|&o| o == c) {
            // `‘’` double as apostrophes; the same char cannot open and close here.
            of_type[t].push(stack.len());
            stack.push(k);
        } else if let Some(t) = CLOSERS.iter().position(|&o| o == c) {
            if let Some(pos) = of_type[t].pop() {
                matched[stack[pos]] = true;
                matched[k] = true;
                // Openers above the partner are unmatched (crossed pairs): drop them.
                stack.truncate(pos);
                for places in &mut of_type {
                    while places.last().is_some_and(|&p| p >= pos) {
                        places.pop();
                    }
                }
            }
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Han characters are passed in one test: brackets, quotes and stops between runs of
    /// them still split and nest as before.
    #[test]
    fn sentences_between_runs_of_han() {
        let text = "青禾县召开会议（张晓明主持。林立发言）。会上说：“要抓落实！”随后散会；南屿镇……";
        let got: Vec<&str> = split_sentences(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["青禾县召开会议（张晓明主持。林立发言）。", "会上说：“要抓落实！”", "随后散会；", "南屿镇……"]);
    }

    /// The example that documented `split_sentences`.
    #[test]
    fn example_split_sentences() {
        use crate::article::split_sentences;
        use crate::Span;
        let text = "他说：“要抓好落实。”总量超过2.2亿个。";
        let got: Vec<&str> = split_sentences(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["他说：“要抓好落实。”", "总量超过2.2亿个。"]);
    }

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn quotes_titles_and_decimals() {
        let text = "他说：“我们要做好。”总量超过2.2亿个。《规划（2024-2035年）》发布！";
        assert_eq!(split(text), vec!["他说：“我们要做好。”", "总量超过2.2亿个。", "《规划（2024-2035年）》发布！"]);
    }

    #[test]
    fn no_split_inside_quotes_or_book_titles() {
        let text = "会议提出“守底线；强基层”的要求，印发《关于做好2025年工作的通知。》。随后散会。";
        assert_eq!(
            split(text),
            vec!["会议提出“守底线；强基层”的要求，印发《关于做好2025年工作的通知。》。", "随后散会。"]
        );
    }

    #[test]
    fn stray_opener_does_not_swallow_the_paragraph() {
        let text = "该院称“将扩大服务。今年新增床位200张。";
        assert_eq!(split(text), vec!["该院称“将扩大服务。", "今年新增床位200张。"]);
    }

    #[test]
    fn repeated_stops_and_trailing_text() {
        let text = "真的吗？！当然。没有句号的结尾";
        assert_eq!(split(text), vec!["真的吗？！", "当然。", "没有句号的结尾"]);
    }

    #[test]
    fn semicolon_and_ellipsis() {
        let text = "一是扩容；二是提质……下一步将继续推进。";
        assert_eq!(split(text), vec!["一是扩容；", "二是提质……", "下一步将继续推进。"]);
    }

    #[test]
    fn spans_are_offset_into_the_text() {
        let text = "标题\n  第一句。第二句。";
        let spans = split_sentences(text, Span::new(7, text.len()));
        assert_eq!(spans, vec![Span::new(9, 21), Span::new(21, text.len())]);
        assert_eq!(spans[0].slice(text), "第一句。");
    }

    #[test]
    fn long_sentences_are_cut_at_soft_breaks_without_losing_text() {
        // 1,500 characters with a comma every 100 and no stop.
        let clause = format!("{}，", "甲".repeat(99));
        let text = clause.repeat(15);
        let spans = split_sentences(&text, Span::new(0, text.len()));
        assert!(spans.len() >= 2);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES && s.slice(&text).ends_with('，')));
        let joined: String = spans.iter().map(|s| s.slice(&text)).collect();
        assert_eq!(joined, text);
        // No soft break at all: cut at a character boundary.
        let han = "乙".repeat(2500);
        let spans = split_sentences(&han, Span::new(0, han.len()));
        assert_eq!(spans.iter().map(|s| s.slice(&han)).collect::<String>(), han);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        assert_eq!(spans[0].end, MAX_SENTENCE_BYTES);
        // Two-byte characters: no cut inside one, whatever the limit falls on.
        let mixed = format!("a{}", "é".repeat(2000));
        let spans = split_sentences(&mixed, Span::new(0, mixed.len()));
        assert_eq!(spans.iter().map(|s| s.slice(&mixed)).collect::<String>(), mixed);
    }

    #[test]
    fn empty_paragraph() {
        assert!(split_sentences("", Span::new(0, 0)).is_empty());
        assert!(split_sentences("abc", Span::new(5, 9)).is_empty());
    }
}
