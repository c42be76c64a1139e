//! What the article stage finds in a page: the [`ArticleLayout`] and its fields.
//!
//! **Guarantees:** every span is a byte span of the normalized text the layout was parsed
//! from.

use super::sentences::split_sentences;
use crate::span::Span;

/// A piece of text found in the page, normalized, with its span in the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// What the span prints; a person's name without the spaces a byline puts inside it
    /// (`唐 倩` → `唐倩`).
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
    /// The other dates printed in the article's own metadata lines (a second date line
    /// repeating the article's date, a `《报》(日期 第 14 版)` credit): date facts too.
    pub meta_stamps: Vec<Stamp>,
    /// The stamps printed without a year in those lines (`发布时间：10-08 12:00`): date
    /// facts, resolved as a yearless date in the text is.
    pub yearless_stamps: Vec<Span>,
    /// Metadata lines that are a wire dateline with no full date (`中央社／ 台北28日电`):
    /// the dates stage reads their day.
    pub dateline_lines: Vec<Span>,
    /// The outlet the text comes from, as printed (`中新网河南`).
    pub source: Option<Field>,
    pub authors: Vec<Field>,
    pub editors: Vec<Field>,
    /// Every byline person (authors, editors, photographers, correspondents) with role.
    pub credits: Vec<Credit>,
    /// Outlets named in metadata lines (source, 转自, the agency of a 来源：作者 line):
    /// institution mentions that lie outside the body.
    pub outlets: Vec<Field>,
    /// The place of the dateline that opens the body (`新华社北京3月5日电` → 北京).
    pub dateline_place: Option<Field>,
    /// Body paragraphs (furniture and transcript markers excluded).
    pub paragraphs: Vec<Span>,
    /// Photo captions (not body).
    pub captions: Vec<Span>,
    /// Sentences of the title and of the body paragraphs, in text order: what extractors read.
    pub sentences: Vec<Span>,
}

impl ArticleLayout {
    /// Sets [`sentences`](Self::sentences): those of the title, then of each paragraph.
    pub fn fill_sentences(&mut self, text: &str) {
        self.sentences = self
            .title
            .as_ref()
            .map(|t| t.span)
            .into_iter()
            .chain(self.paragraphs.iter().copied())
            .flat_map(|p| split_sentences(text, p))
            .collect();
    }

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
