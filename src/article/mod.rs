//! Stage 3: normalized text → the article inside the page.
//!
//! **In:** the normalized text. **Out:** [`ArticleLayout`] — title, metadata (publication
//! time, source, authors, editors, byline credits), body paragraphs and sentences, each with
//! byte spans into the normalized text.
//!
//! **Guarantees:** page furniture (navigation, footers, related-news lists, widgets, photo
//! credits) is in no body paragraph and no sentence; extractors read only
//! [`ArticleLayout::sentences`] (title and body) plus the metadata fields, so furniture
//! produces no facts. Never panics; linear in the input.

use crate::span::Span;

/// A piece of text found in the page, normalized, with its span in the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub text: String,
    pub span: Span,
}

impl Field {
    pub fn new(text: impl Into<String>, span: Span) -> Self {
        Field { text: text.into(), span }
    }
}

/// The publication time as printed, resolved to ISO 8601 local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD`.
    pub iso: String,
    /// Where it is printed (the whole expression, e.g. `2025-05-23 22:08:50`).
    pub span: Span,
}

/// A person named in the byline or a credit line, with the role given there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    pub name: Field,
    /// `作者`, `记者`, `责任编辑`, `编辑`, `栏目主编`, `摄影`, `通讯员`, …
    pub role: String,
    /// The outlet or body named with the person (`来源：作者：文汇报 唐闻佳` → 文汇报).
    pub organization: Option<Field>,
}

/// The structure of one article page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    /// The headline.
    pub title: Option<Field>,
    /// From `原标题：《…》`.
    pub original_title: Option<String>,
    /// The first plausible publication time near the title.
    pub published_at: Option<Stamp>,
    /// The outlet the text comes from, as printed (`中新网河南`).
    pub source: Option<Field>,
    pub authors: Vec<Field>,
    pub editors: Vec<Field>,
    /// Every byline person (authors, editors, photographers, correspondents) with role.
    pub credits: Vec<Credit>,
    /// Outlets named in metadata lines (source, 转自, the agency of a 来源：作者 line):
    /// institution mentions that lie outside the body.
    pub outlets: Vec<Field>,
    /// Body paragraphs (furniture and transcript markers excluded).
    pub paragraphs: Vec<Span>,
    /// Photo captions (not body).
    pub captions: Vec<Span>,
    /// Sentences of the title and of the body paragraphs, in text order: what extractors read.
    pub sentences: Vec<Span>,
}

impl ArticleLayout {
    /// The body text: paragraphs joined by `\n`.
    pub fn body(&self, text: &str) -> String {
        let mut body = String::new();
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                body.push('\n');
            }
            body.push_str(p.slice(text));
        }
        body
    }
}

/// Finds the article in a page. Built once; holds the furniture lexicon and patterns.
#[derive(Debug, Default)]
pub struct ArticleParser {
    _private: (),
}

impl ArticleParser {
    pub fn new() -> Self {
        ArticleParser { _private: () }
    }

    /// Lays out `text` (normalized). Placeholder until the article issue lands: the first
    /// non-empty line is the title, every other non-empty line a body paragraph.
    pub fn parse(&self, text: &str) -> ArticleLayout {
        let mut layout = ArticleLayout::default();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            let lead = content.len() - content.trim_start().len();
            let trimmed = content.trim();
            let span = Span::new(pos + lead, pos + lead + trimmed.len());
            pos += line.len();
            if trimmed.is_empty() {
                continue;
            }
            if layout.title.is_none() {
                layout.title = Some(Field::new(trimmed, span));
            } else {
                layout.paragraphs.push(span);
            }
        }
        let title = layout.title.as_ref().map(|t| t.span);
        layout.sentences =
            title.into_iter().chain(layout.paragraphs.iter().copied()).flat_map(|p| split_sentences(text, p)).collect();
        layout
    }
}

/// Splits a paragraph span into sentence spans on `。！？；` (closing quotes stay with
/// their sentence; no split inside `“…”` or `《…》`).
pub fn split_sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '“' | '《' | '「' | '（' => depth += 1,
            '”' | '》' | '」' | '）' => {
                depth = (depth - 1).max(0);
                // A quotation that ends with its own full stop ends the sentence too.
                let closes_sentence = depth == 0 && matches!(body[..i].chars().next_back(), Some('。' | '！' | '？'));
                if closes_sentence {
                    let end = i + c.len_utf8();
                    out.push(Span::new(paragraph.start + start, paragraph.start + end));
                    start = end;
                }
            }
            '。' | '！' | '？' | '；' if depth == 0 => {
                let mut end = i + c.len_utf8();
                while let Some(&(j, q)) = chars.peek() {
                    if matches!(q, '”' | '’' | '」' | '）' | '！' | '？' | '。') {
                        end = j + q.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                if end > start {
                    out.push(Span::new(paragraph.start + start, paragraph.start + end));
                }
                start = end;
            }
            _ => {}
        }
    }
    if start < body.len() && !body[start..].trim().is_empty() {
        out.push(Span::new(paragraph.start + start, paragraph.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_quotes_and_decimals() {
        let text = "他说：“我们要做好。”总量超过2.2亿个。《规划（2024-2035年）》发布！";
        let spans = split_sentences(text, Span::new(0, text.len()));
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, vec!["他说：“我们要做好。”", "总量超过2.2亿个。", "《规划（2024-2035年）》发布！"]);
    }
}
