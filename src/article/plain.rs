//! Fragment mode: the layout of a text that has no page around it.
//!
//! **In:** normalized text whose first `title_end` bytes (if any) are a title the caller
//! gave. **Out:** an [`ArticleLayout`] where that prefix is the title and every non-blank
//! line after it is a body paragraph, with its sentences. No line is classified: nothing is
//! furniture, metadata or caption, so the meta fields stay empty for the caller to fill.
//!
//! **Guarantees:** spans are byte spans of the text, lines trimmed of whitespace; linear.

use super::{trimmed, ArticleLayout, Field};
use crate::span::Span;

/// Lays out `text` as a title (its first `title_end` bytes, when given) and body lines.
pub(crate) fn layout(text: &str, title_end: Option<usize>) -> ArticleLayout {
    let mut layout = ArticleLayout::default();
    let body_start = match title_end {
        Some(end) => {
            if let Some(span) = trimmed(text, Span::new(0, end)) {
                layout.title = Some(Field::new(span.slice(text), span));
            }
            end
        }
        None => 0,
    };
    for line in crate::text::line_spans(&text[body_start..]) {
        layout.paragraphs.extend(trimmed(text, line.shift(body_start)));
    }
    layout.fill_sentences(text);
    layout
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_then_every_line_is_body() {
        let text = "卫健委通知\n首页 | 新闻\n\n  全市新建56家社区卫生服务中心。共投入三百万元。\n";
        let l = layout(text, Some("卫健委通知".len()));
        assert_eq!(l.title.as_ref().map(|t| t.text.as_str()), Some("卫健委通知"));
        let paragraphs: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(text)).collect();
        assert_eq!(paragraphs, ["首页 | 新闻", "全市新建56家社区卫生服务中心。共投入三百万元。"]);
        let sentences: Vec<&str> = l.sentences.iter().map(|s| s.slice(text)).collect();
        assert_eq!(sentences[0], "卫健委通知");
        assert_eq!(sentences.last().copied(), Some("共投入三百万元。"));
        assert!(l.published_at.is_none() && l.source.is_none() && l.authors.is_empty());
    }

    #[test]
    fn without_title_a_fragment_is_one_paragraph() {
        let l = layout("三百万元", None);
        assert!(l.title.is_none());
        assert_eq!(l.paragraphs, [Span::new(0, "三百万元".len())]);
        assert_eq!(l.sentences, [Span::new(0, "三百万元".len())]);
        assert_eq!(layout(" \n\n", None), ArticleLayout::default());
    }
}
