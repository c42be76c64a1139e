//! Stage 3: normalized text → the article inside the page.
//!
//! **In:** the normalized text (ASCII and full-width punctuation are both accepted). **Out:**
//! [`ArticleLayout`] — title, metadata (publication time, source, authors, editors, byline
//! credits, outlets), body paragraphs, captions and sentences, each with byte spans into the
//! normalized text.
//!
//! **Guarantees:** page furniture (navigation, footers, related-news lists, widgets, photo
//! captions, metadata lines, `原标题` lines) is in no body paragraph and no sentence;
//! extractors read only [`ArticleLayout::sentences`] (title and body) plus the metadata
//! fields, so furniture produces no facts. A page without article prose yields an empty
//! layout. Never panics; linear in the input.
//!
//! How: every line is classified from its own features ([`lines`]: furniture lexicon,
//! token runs, breadcrumbs, `|` footers, Han density, teasers, captions, the metadata
//! grammar of [`meta`]). The body starts at the first line of running prose and ends at a
//! related-list heading; the title is the best headline-shaped line above the body (next to
//! the date/source line or the body); the publication time is the stamp printed nearest to
//! the title. No site templates.
//!
//! ```
//! use zhnews::article::ArticleParser;
//! let page = "首页 > 新闻中心 > 工作动态\n某市推进紧密型县域医共体建设\n2024-03-01 09:30 来源：健康报\n\
//!             今年，某市新建县域医共体12个。\n责任编辑：王芳\n相关新闻\n- 1 另一篇报道\n- 2 又一篇报道";
//! let layout = ArticleParser::new().parse(page);
//! assert_eq!(layout.title.as_ref().unwrap().text, "某市推进紧密型县域医共体建设");
//! assert_eq!(layout.published_at.as_ref().unwrap().iso, "2024-03-01T09:30");
//! assert_eq!(layout.source.as_ref().unwrap().text, "健康报");
//! assert_eq!(layout.editors[0].text, "王芳");
//! assert_eq!(layout.body(page), "今年，某市新建县域医共体12个。");
//! ```

mod lines;
mod meta;
mod sentences;

pub use sentences::split_sentences;

use crate::span::Span;
use lines::{Classifier, Line, LineKind};
use meta::{Byline, LabelKind, MetaLine};
use regex::Regex;

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
#[derive(Debug)]
pub struct ArticleParser {
    classifier: Classifier,
    /// A transcript or section marker opening a paragraph: `【解说】`, `【同期】`.
    lead_marker: Regex,
    /// What closes a paragraph without being text: `（完）`, `（编辑 张三）`, `【责任编辑：李四】`.
    trailing_note: Regex,
}

impl Default for ArticleParser {
    fn default() -> Self {
        Self::new()
    }
}

impl ArticleParser {
    pub fn new() -> Self {
        ArticleParser {
            classifier: Classifier::new(),
            lead_marker: Regex::new(r"^\s*[【\[]\p{Han}{1,6}[】\]]\s*").expect("marker regex"),
            trailing_note: Regex::new(r"\s*[（(【\[]\s*(?P<inner>完|[^（()）【】\[\]。]{2,40}?)\s*[)）】\]]\s*$")
                .expect("note regex"),
        }
    }

    /// Lays out `text` (normalized).
    pub fn parse(&self, text: &str) -> ArticleLayout {
        let lines = self.classifier.lines(text);
        let mut layout = ArticleLayout::default();
        let Some(start) = lines.iter().position(|l| matches!(l.kind, LineKind::Text) && l.features.prose) else {
            // No running prose: the page is furniture only.
            return layout;
        };
        let end =
            lines[start..].iter().position(|l| matches!(l.kind, LineKind::Heading)).map_or(lines.len(), |k| start + k);
        let title = pick_title(text, &lines, start);
        if let Some(t) = title {
            let span = lines[t].span;
            layout.title = Some(Field::new(span.slice(text), span));
        }

        let mut metas: Vec<(usize, &MetaLine)> = Vec::new();
        let mut extra: Vec<MetaLine> = Vec::new();
        let mut photo: Vec<Credit> = Vec::new();
        for (i, line) in lines[..end].iter().enumerate() {
            match &line.kind {
                LineKind::Meta(m) => metas.push((i, m)),
                LineKind::OriginalTitle(t) if layout.original_title.is_none() => {
                    layout.original_title = Some(t.clone());
                }
                LineKind::Caption(credits) => {
                    layout.captions.push(line.span);
                    photo.extend(credits.iter().map(|(span, name)| Credit {
                        name: Field::new(name.as_str(), *span),
                        role: "摄影".into(),
                        organization: None,
                    }));
                }
                LineKind::Text if i >= start => {
                    if let Some(p) = self.paragraph(text, line.span, &mut extra) {
                        layout.paragraphs.push(p);
                    }
                }
                _ => {}
            }
        }
        // A dateline opens the first paragraphs: `新华社北京3月5日电（记者 张三）`.
        let dateline = layout.paragraphs.iter().take(2).find_map(|&p| self.classifier.meta().dateline(text, p));

        layout.published_at = pick_stamp(&metas, start, title);
        let all_meta = || metas.iter().map(|(_, m)| *m).chain(extra.iter()).chain(dateline.iter());
        layout.source = all_meta()
            .flat_map(|m| m.sources.iter())
            .min_by_key(|(f, rank)| (*rank, f.span.start))
            .map(|(f, _)| f.clone());
        for m in metas.iter().map(|(_, m)| *m).chain(extra.iter()) {
            for (f, _) in &m.sources {
                if !layout.outlets.iter().any(|o| o.span == f.span) {
                    layout.outlets.push(f.clone());
                }
            }
        }
        let mut bylines: Vec<Byline> = all_meta().flat_map(|m| m.bylines.iter().cloned()).collect();
        bylines.extend(photo.into_iter().map(|credit| Byline { credit, kind: LabelKind::Photo }));
        bylines.sort_by_key(|b| b.credit.name.span.start);
        for b in &bylines {
            let list = match b.kind {
                LabelKind::Author | LabelKind::Reporter => &mut layout.authors,
                LabelKind::Editor => &mut layout.editors,
                _ => continue,
            };
            if !list.iter().any(|f| f.text == b.credit.name.text) {
                list.push(b.credit.name.clone());
            }
        }
        layout.credits = bylines.into_iter().map(|b| b.credit).collect();
        layout.sentences = layout
            .title
            .as_ref()
            .map(|t| t.span)
            .into_iter()
            .chain(layout.paragraphs.iter().copied())
            .flat_map(|p| split_sentences(text, p))
            .collect();
        layout
    }

    /// The paragraph of a body line without its transcript marker, end marker and trailing
    /// credit note (whose credits go to `notes`); `None` when nothing is left.
    fn paragraph(&self, text: &str, span: Span, notes: &mut Vec<MetaLine>) -> Option<Span> {
        let mut start = span.start;
        let mut end = span.end;
        if let Some(m) = self.lead_marker.find(span.slice(text)) {
            if m.end() < span.len() {
                start += m.end();
            }
        }
        // Peel `（完）` and credit notes off the end, in any order.
        for _ in 0..3 {
            let Some(c) = self.trailing_note.captures(&text[start..end]) else { break };
            let (Some(all), Some(inner)) = (c.get(0), c.name("inner")) else { break };
            if inner.as_str() != "完" {
                let inner_span = Span::new(start + inner.start(), start + inner.end());
                match self.classifier.meta().credit_note(text, inner_span) {
                    Some(m) => notes.push(m),
                    None => break,
                }
            }
            end = start + all.start();
        }
        let p = Span::new(start, end);
        let t = p.slice(text);
        let lead = t.len() - t.trim_start().len();
        let p = Span::new(start + lead, start + lead + t.trim().len());
        (!p.is_empty()).then_some(p)
    }
}

/// Whether a line reads as a headline: mostly Han, short, no full stop, not a list item,
/// not a subtitle (`——访…`) or a lead-in (`…：`).
fn title_like(text: &str, line: &Line) -> bool {
    let t = line.span.slice(text);
    let f = &line.features;
    f.han >= 4
        && f.chars <= 64
        && f.han * 2 >= f.chars
        && !t.contains('。')
        && !t.ends_with(['：', ':', '，', ','])
        && !t.starts_with('—')
        && !f.list_item
}

/// The headline above the body (`start`): the title-shaped text line next to a metadata
/// line or to the body scores highest; longer lines beat shorter ones.
fn pick_title(text: &str, lines: &[Line], start: usize) -> Option<usize> {
    let neighbour = |i: usize, step: isize| -> Option<usize> {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < lines.len() {
            if !matches!(lines[j as usize].kind, LineKind::Blank) {
                return Some(j as usize);
            }
            j += step;
        }
        None
    };
    (0..start).filter(|&i| matches!(lines[i].kind, LineKind::Text) && title_like(text, &lines[i])).max_by_key(|&i| {
        let mut score = lines[i].features.han.min(30);
        if let Some(n) = neighbour(i, 1) {
            if n == start || matches!(lines[n].kind, LineKind::Meta(_)) {
                score += 20;
            }
        }
        if neighbour(i, -1).is_some_and(|p| matches!(lines[p].kind, LineKind::Meta(_))) {
            score += 10;
        }
        (score, i)
    })
}

/// The publication stamp: among metadata lines above the body, the one nearest the title
/// (below it first); else the first one after the body.
fn pick_stamp(metas: &[(usize, &MetaLine)], start: usize, title: Option<usize>) -> Option<Stamp> {
    let dated = || metas.iter().filter(|(_, m)| !m.stamps.is_empty());
    let head = match title {
        Some(t) => dated().filter(|(i, _)| *i < start).min_by_key(|(i, _)| (i.abs_diff(t), *i < t)),
        None => dated().filter(|(i, _)| *i < start).last(),
    };
    head.or_else(|| dated().find(|(i, _)| *i > start)).and_then(|(_, m)| m.stamps.first().cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(page: &str) -> ArticleLayout {
        ArticleParser::new().parse(page)
    }

    #[test]
    fn markers_end_marks_and_credit_notes_leave_the_paragraph() {
        let page =
            "标题在这里的一篇报道\n【解说】今年以来，全区新增家庭医生团队40个。（完）\n会议要求抓好落实。（编辑 张晓）";
        let l = layout(page);
        let paras: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(page)).collect();
        assert_eq!(paras, vec!["今年以来，全区新增家庭医生团队40个。", "会议要求抓好落实。"]);
        assert_eq!(l.editors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), vec!["张晓"]);
    }

    #[test]
    fn furniture_only_page_is_empty() {
        let page = "首页 新闻 政务 健康 教育 科技 文化 体育\n当前位置：首页 > 新闻\n相关新闻\n- 1 某地召开会议\n- 2 某院获评先进\n关于我们 | 联系我们 | 网站地图\n版权所有 © 某某网";
        assert_eq!(layout(page), ArticleLayout::default());
    }

    #[test]
    fn title_sentences_come_first() {
        let page = "某省启动健康乡村建设三年行动\n2024-06-01\n全省将新建村卫生室500个。力争三年完成。";
        let l = layout(page);
        let s: Vec<&str> = l.sentences.iter().map(|s| s.slice(page)).collect();
        assert_eq!(s, vec!["某省启动健康乡村建设三年行动", "全省将新建村卫生室500个。", "力争三年完成。"]);
    }
}
