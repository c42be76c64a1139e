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
//! layout, unless it is one line of text (a fragment: `三百万元`), which is its body.
//! Fragment mode (module `plain`) lays out a text with no page around it. Never panics;
//! linear in the input.
//!
//! How: every line is classified from its own features (module `lines`: furniture lexicon,
//! runs of short tokens, breadcrumbs, `|` footers, Han density, teasers, captions; module
//! `meta`: the grammar of date, source and credit lines), scored per role with the weights
//! of `lexicon/line_weights.tsv` (module `scores`; `ArticleParser::line_decisions` shows
//! each decision). The body starts at the first line
//! of running prose (unless a headline with its date/source line follows just below, which
//! makes that prose a page widget) — a text of one line of text and no prose is that line —
//! and ends at a related-list heading or a disclaimer; unpunctuated leftovers
//! after the last prose paragraph are dropped. The title is the best headline-shaped line
//! above the body by its title score (next to the date/source line or the body, said again
//! on the page; none scores above 0: no title); the publication time is the
//! stamp printed nearest to the title, else the first one below the body. The source is the
//! `来源` outlet, else `转自`, else an author's outlet, else the dateline agency. Lexicons:
//! `lexicon/furniture*.txt`, `meta_labels.txt`, `outlet_suffixes.txt`, `caption_leads.txt`,
//! `wire_agencies.txt`, `self_references.txt`, `byline_not_names.txt`, `end_notices.txt`,
//! `line_weights.tsv`. No site templates.

mod layout;
mod lines;
mod meta;
pub(crate) mod plain;
mod roles;
mod scores;
mod sentences;

pub use layout::{ArticleLayout, Credit, Field, Stamp};
pub use roles::{LineDecision, LineRole};
pub use sentences::split_sentences;

/// The scored line classifier's vocabulary and weights, for the weights fitter
/// (`examples/fit_layout.rs`) and the eval's `--weights`.
pub mod line_weights {
    use crate::article::scores::{feature_names, use_weights, Role, Weights};

    /// Every feature's name in the runtime's order, with whether only a title candidate
    /// has it (only the `title` role weighs those).
    pub fn features() -> Vec<(String, bool)> {
        feature_names()
    }

    /// The roles a line takes from its own evidence, by name, in tie-breaking order.
    pub fn line_roles() -> Vec<&'static str> {
        crate::article::lines::LINE_ROLES.iter().map(|r| r.name()).collect()
    }

    /// The role that scores title candidates.
    pub fn title_role() -> &'static str {
        Role::Title.name()
    }

    /// Checks that the weights file `src` parses: every row a line role or `title`, a
    /// feature of [`features`] and a number.
    pub fn check(src: &str) -> Result<(), String> {
        let src: &'static str = Box::leak(src.to_owned().into_boxed_str());
        Weights::parse("given weights", src).map(|_| ())
    }

    /// Puts the weights file `src` in force for this process instead of
    /// `lexicon/line_weights.tsv`; call it before building any parser or extractor.
    pub fn use_line_weights(src: &str) -> Result<(), String> {
        use_weights(src)
    }
}

use crate::span::Span;
use crate::text::is_han;
use lines::{Classifier, Features, Line, LineKind};
use meta::{Byline, LabelKind, MetaLine, SourceRank};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use scores::{Evidence, Feature, Role};

/// Finds the article in a page. Built once; holds the furniture lexicon and patterns.
#[derive(Debug)]
pub struct ArticleParser {
    classifier: Classifier,
    /// A transcript or section marker opening a paragraph: `【解说】`, `【同期】`.
    lead_marker: Regex,
    /// What closes a paragraph without being text: `（完）`, `（编辑 张三）`, `【责任编辑：李四】`.
    trailing_note: Regex,
    /// Caption sentences glued before a paragraph, each with its credit (`…。资料图片`).
    glued_captions: Regex,
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
            trailing_note: Regex::new(
                r"\s*[（(【\[]\s*(?P<inner>完|[^（()）【】\[\]。]{2,40}?)\s*[)）】\]]\s*\d{0,8}\s*$",
            )
            .expect("note regex"),
            glued_captions: Regex::new(&format!(
                r"^(?:[^。！？\n]{{4,80}}。\s*(?:{})\s*)+",
                crate::lexicon::CAPTION_CREDITS
                    .section("glued")
                    .iter()
                    .map(|r| regex::escape(r.word()))
                    .collect::<Vec<_>>()
                    .join("|")
            ))
            .expect("glued caption regex"),
        }
    }

    /// The outlet without an edition word after it: `周口日报数字报` → `周口日报`.
    fn without_edition(&self, mut outlet: Field) -> Field {
        // The edition word ends both the name and its span (the name may have lost a `？`).
        let cut = outlet.text.len() - self.classifier.meta().strip_edition(&outlet.text).len();
        outlet.text.truncate(outlet.text.len() - cut);
        outlet.span.end -= cut;
        outlet
    }

    /// Whether `token` names a media outlet (`…报`, `…网`, `…新闻`).
    #[cfg(feature = "html")]
    pub(crate) fn is_outlet(&self, token: &str) -> bool {
        self.classifier.meta().is_outlet(token)
    }

    /// Lays out `text` (normalized).
    pub fn parse(&self, text: &str) -> ArticleLayout {
        self.parse_page(text, &[])
    }

    /// Lays out `text` (normalized), the text of a page whose markup prints `headlines`
    /// (normalized `og:title`, `<title>`): a title candidate the markup prints is the
    /// headline ([`printed_headline`]), and where the text gives none, a line the markup
    /// prints before a site separator is ([`markup_headline_line`]).
    pub fn parse_page(&self, text: &str, headlines: &[String]) -> ArticleLayout {
        let keys: Vec<String> = headlines.iter().map(|h| headline_key(h)).filter(|k| !k.is_empty()).collect();
        let mut layout = self.lay_out(text, &keys);
        if layout.title.is_none() && !headlines.is_empty() {
            let lines = self.classifier.lines(text);
            if let Some(span) = markup_headline_line(text, &lines, headlines) {
                let span = without_column_prefix(text, span);
                layout.title = Some(Field::new(span.slice(text), span));
                layout.fill_sentences(text);
            }
        }
        layout
    }

    fn lay_out(&self, text: &str, headline_keys: &[String]) -> ArticleLayout {
        let lines = self.classifier.lines(text);
        let mut layout = ArticleLayout::default();
        let Some(start) = body_start(text, &lines) else {
            // No running prose: a lone line of text is a fragment's body, anything else is
            // a page of furniture only, or one whose text was lost: its headline and date
            // line are still the page's.
            if let Some(span) = lone_text_line(&lines) {
                layout.paragraphs.push(span);
                layout.sentences = split_sentences(text, span);
            } else {
                self.headline_without_text(text, &lines, &mut layout);
            }
            return layout;
        };
        let mut start = with_lead_in(text, &lines, start);
        let end = body_end(text, &lines, start);
        let end = closing_credits_end(&lines, start, end).unwrap_or(end);
        let title = match pick_title(text, &lines, start, self.classifier.meta(), headline_keys) {
            Title::Line(t) => {
                let t = self.headline_over_account(text, &lines, t, start);
                start = roundup_item_heads(text, &lines, t, start);
                Some(t)
            }
            Title::Headless(subhead) => {
                start = sentences_above(text, &lines, subhead);
                None
            }
            Title::None => None,
        };
        layout.title = self.title_field(text, &lines, title, start, headline_keys);
        let mut read = self.read_lines(text, &lines[..end], start, &mut layout);
        read_tail_credits(&lines, end, &mut read);
        self.read_closing_account(text, &lines, end, &mut read);
        title_without_keyword_tag(&mut layout);
        drop_tail_leftovers(text, &mut layout);
        let mut datelines = Datelines::default();
        self.drop_lead_box(text, &mut layout, &mut datelines);
        drop_cut_lead(text, &mut layout);
        drop_lone_caption(text, &mut layout);
        drop_scene_lines(text, &mut layout);
        // A dateline opens the first paragraphs: `新华社北京3月5日电（记者 张三）`.
        let dateline = layout.paragraphs.iter().take(2).find_map(|&p| datelines.take(self.classifier.meta(), text, p));
        let meta = self.classifier.meta();
        layout.dateline_place = layout.paragraphs.iter().take(2).find_map(|&p| meta.dateline_place(text, p));
        let timed = |stamp: Stamp| {
            let below = line_below(&lines, stamp.span.start).map(|l| (l.span.slice(text), l.span));
            meta.with_time_below(stamp, below)
        };
        layout.published_at = pick_stamp(&read.metas, start, title)
            .map(|stamp| {
                let stamp = timed(stamp);
                same_day_with_time(&lines, stamp, timed)
            })
            .or_else(|| layout.title.as_ref().and_then(|t| adoption_stamp(text, &lines, t.span, meta)));
        layout.meta_stamps = read
            .metas
            .iter()
            .flat_map(|(_, m)| m.stamps.iter())
            .filter(|s| layout.published_at.as_ref().is_some_and(|p| !p.span.overlaps(s.span)))
            .cloned()
            .collect();
        layout.yearless_stamps = read.metas.iter().flat_map(|(_, m)| m.yearless.iter().copied()).collect();
        layout.dateline_lines = read
            .metas
            .iter()
            .filter(|(_, m)| m.stamps.is_empty() && m.sources.iter().any(|s| s.rank == SourceRank::Dateline))
            .map(|&(i, _)| lines[i].span)
            .collect();
        self.assign_sources(&read, dateline.as_ref(), &mut layout);
        if layout.source.is_none() {
            layout.source = self.source_off_the_lines(text, &lines, title, start, &layout);
        }
        title_without_source_prefix(text, self.classifier.meta(), &mut layout);
        assign_credits(&read, dateline.as_ref(), &mut layout);
        layout.fill_sentences(text);
        layout
    }

    /// The title's text and span: the headline line `title` without what is printed around
    /// the headline (site name, wire heading, trailing tag, column prefix), else the headline
    /// printed before the fields of the first metadata line above the body (`start`).
    fn title_field(
        &self,
        text: &str,
        lines: &[Line],
        title: Option<usize>,
        start: usize,
        headline_keys: &[String],
    ) -> Option<Field> {
        if let Some(t) = title {
            let line = printed_over_lines(text, lines, t, headline_keys);
            let span = without_column_prefix(
                text,
                without_trailing_tag(text, without_wire_heading(text, self.without_site_name(text, line))),
            );
            return Some(Field::new(span.slice(text).replace('\n', ""), span));
        }
        let span = without_column_prefix(text, head_of_meta_line(&lines[..start])?);
        Some(Field::new(span.slice(text), span))
    }

    /// A self-media account's credit on the page's last line, below the lists that end the
    /// text (`某某刀微信公号`): the account the text comes from.
    fn read_closing_account(&self, text: &str, lines: &[Line], end: usize, read: &mut ReadLines<'_>) {
        let Some(last) = lines.iter().rposition(|l| !matches!(l.kind, LineKind::Blank)) else { return };
        if last >= end {
            read.extra.extend(self.classifier.meta().account_credit_line(text, lines[last].span));
        }
    }

    /// The source of a page whose meta lines name none, first that applies: the masthead of
    /// an own report, a paper's name alone above the headline, an account's name alone
    /// between the headline and a date line.
    fn source_off_the_lines(
        &self,
        text: &str,
        lines: &[Line],
        title: Option<usize>,
        start: usize,
        layout: &ArticleLayout,
    ) -> Option<Field> {
        self.own_report_masthead(text, lines, title.unwrap_or(start), start, layout)
            .or_else(|| title.and_then(|t| self.masthead_above(text, &lines[..t])))
            .or_else(|| self.account_above_date(text, lines, start).filter(|a| !in_title(layout, a)))
            .or_else(|| self.account_beside_date(text, lines, start))
    }

    /// The headline and the date of a page without running text: the first dated line right
    /// below a headline-shaped text line ([`dated_headline_above`]).
    fn headline_without_text(&self, text: &str, lines: &[Line], layout: &mut ArticleLayout) {
        let Some((h, stamp)) = (0..lines.len()).find_map(|m| match &lines[m].kind {
            LineKind::Meta(meta) if dated_headline_above(text, lines, m) => {
                Some((neighbour(lines, m, -1)?, meta.stamps.first()?.clone()))
            }
            _ => None,
        }) else {
            return;
        };
        let span = without_column_prefix(text, self.without_site_name(text, lines[h].span));
        layout.title = Some(Field::new(span.slice(text), span));
        let below = line_below(lines, stamp.span.start).map(|l| (l.span.slice(text), l.span));
        layout.published_at = Some(self.classifier.meta().with_time_below(stamp, below));
        layout.fill_sentences(text);
    }

    /// Sorts the lines down to the first heading into body paragraphs, metadata lines,
    /// captions (with their photo credits) and the original title.
    fn read_lines<'l>(&self, text: &str, lines: &'l [Line], start: usize, layout: &mut ArticleLayout) -> ReadLines<'l> {
        let mut read = ReadLines { metas: Vec::new(), extra: Vec::new(), photo: Vec::new() };
        let last_text = lines.iter().rposition(|l| matches!(l.kind, LineKind::Text)).unwrap_or(0);
        for (i, line) in lines.iter().enumerate() {
            // A note naming where the article was taken from, below the text, is no text;
            // above it, a note the furniture lexicon knows (`本文来自某某公众号`) still names it.
            let note_place = i > start || matches!(line.kind, LineKind::Furniture);
            if note_place && !matches!(line.kind, LineKind::Meta(_)) {
                let meta = self.classifier.meta();
                let account = || (i > start).then(|| meta.account_credit_line(text, line.span)).flatten();
                if let Some(note) = meta.source_note_line(text, line.span).or_else(account) {
                    read.extra.push(note);
                    continue;
                }
            }
            // `某某健康` ⏎ `企鹅号`: an account and its platform's kind, wherever they stand.
            let platform = || {
                neighbour(lines, i, -1)
                    .and_then(|a| self.classifier.meta().platform_account(text, lines[a].span, line.span))
            };
            if !matches!(line.kind, LineKind::Meta(_)) {
                if let Some(note) = platform() {
                    read.extra.push(note);
                    continue;
                }
            }
            match &line.kind {
                // Labels without values (`出版：更新：`) are a widget's leftovers.
                LineKind::Meta(m) if m.is_empty() => {}
                LineKind::Meta(m) if date_in_text(text, lines, i, (start, last_text), m) => {
                    if let Some(p) =
                        self.paragraph(text, line.span, i == last_text, &mut read.extra, &mut layout.captions)
                    {
                        layout.paragraphs.push(p);
                    }
                }
                // The date of a teaser listed under the text is the teaser's.
                LineKind::Meta(_) if lines::dates_a_link(lines, i) => {}
                LineKind::Meta(m) => read.metas.push((i, m)),
                LineKind::OriginalTitle(t) if layout.original_title.is_none() => {
                    layout.original_title = Some(t.clone());
                }
                LineKind::Caption(credits) => {
                    if let Some(k) = described_photo(&self.classifier, text, lines, i, &layout.paragraphs) {
                        let p = layout.paragraphs.remove(k);
                        layout.captions.push(p);
                    }
                    layout.captions.push(line.span);
                    read.photo.extend(caption_credits(self.classifier.meta(), text, line.span, credits));
                }
                // The first body line is furniture only when it is the date opening a
                // broken lead ([`broken_lead`]).
                LineKind::Furniture if i != start => {}
                LineKind::Text | LineKind::Header | LineKind::Furniture if i >= start => {
                    if let Some(p) =
                        self.paragraph(text, line.span, i == last_text, &mut read.extra, &mut layout.captions)
                    {
                        layout.paragraphs.push(p);
                    }
                }
                _ => {}
            }
        }
        read
    }

    /// A box above the report that sums it up: paragraphs above the one its dateline
    /// opens (among the first three) are not body.
    fn drop_lead_box(&self, text: &str, layout: &mut ArticleLayout, datelines: &mut Datelines) {
        const MAX_LEAD_PARAGRAPHS: usize = 2;
        let meta = self.classifier.meta();
        // What `MetaParser::opens_report` reads, its datelines kept for the page's dateline.
        let opens = layout
            .paragraphs
            .iter()
            .take(MAX_LEAD_PARAGRAPHS + 1)
            .position(|&p| meta.may_open_report(text, p) && datelines.get(meta, text, p).is_some());
        if let Some(k) = opens.filter(|&k| k > 0) {
            layout.paragraphs.drain(..k);
        }
    }

    /// The role of every line of `text` (normalized) in `layout` (parsed from it).
    pub fn line_roles(&self, text: &str, layout: &ArticleLayout) -> Vec<(Span, LineRole)> {
        roles::line_roles(&self.classifier, text, layout)
    }

    /// How the scored classifier decided each line of `text` (normalized), in text order:
    /// its role, score, margin and features; a title candidate's title score too.
    pub fn line_decisions(&self, text: &str) -> Vec<LineDecision> {
        let lines = self.classifier.lines(text);
        let start = body_start(text, &lines).map(|s| with_lead_in(text, &lines, s));
        let meta = self.classifier.meta();
        let openings = openings(text, &lines);
        (0..lines.len())
            .map(|i| {
                let title = start.filter(|&s| i < s && title_candidate(text, &lines, i, meta));
                roles::decision(&lines[i], title.map(|s| title_evidence(text, &lines, &openings, i, s)))
            })
            .collect()
    }

    /// The page's source (the best-ranked outlet of any metadata line) and every outlet
    /// named in metadata lines.
    fn assign_sources(&self, read: &ReadLines<'_>, dateline: Option<&MetaLine>, layout: &mut ArticleLayout) {
        // Of equal rank, a platform's self-media channel (`某某新闻·某某号·政务`) yields to a
        // plain outlet.
        let best = read
            .all_meta(dateline)
            .flat_map(|m| m.sources.iter())
            .min_by_key(|m| (m.rank, m.names_platform_channel(), m.outlet.span.start));
        // FACTS: the 来源 line's value as printed, a channel kept (`某某日报客户端`).
        layout.source = best.map(|m| match m.rank {
            SourceRank::Source => m.outlet.clone(),
            _ => self.without_edition(m.outlet.clone()),
        });
        for m in read.all_meta(None) {
            for s in &m.sources {
                let outlet = self.without_edition(s.outlet.clone());
                if !layout.outlets.iter().any(|o| o.span == outlet.span) {
                    layout.outlets.push(outlet);
                }
            }
        }
    }

    /// The paper of a report marked as the page's own (`本报讯（记者…）`) when no line names
    /// a source: the masthead, an outlet's name alone on a line above the title (`above`),
    /// else on a line between the title and the body (`start`: where the paper's name
    /// stands beside its date line).
    fn own_report_masthead(
        &self,
        text: &str,
        lines: &[Line],
        above: usize,
        start: usize,
        layout: &ArticleLayout,
    ) -> Option<Field> {
        let meta = self.classifier.meta();
        let first = layout.paragraphs.first()?;
        // The line the paragraph opens: a bracketed mark (`【本报讯】`) is no part of it.
        let line_start = text[..first.start].rfind('\n').map_or(0, |k| k + 1);
        let reference = meta.own_report_mark(&text[line_start..first.end])?;
        let below_title = lines.get(above + 1..start).unwrap_or_default();
        lines[..above]
            .iter()
            .chain(below_title)
            .find_map(|l| meta.masthead_of(text, l.span, reference))
            .map(|f| self.without_edition(f))
    }

    /// When nothing else names a source: a paper's or a journal's name alone on a line above
    /// the title (`某某日报`, `《某某晚报》`, `某某周刊`), the masthead of the print outlet the
    /// text is printed by. A site's banner or a section name (`某某网`, `健康新闻`) is the
    /// page's furniture, no source.
    fn masthead_above(&self, text: &str, above: &[Line]) -> Option<Field> {
        const PRINT_KINDS: [&str; 2] = ["本报", "本刊"];
        let meta = self.classifier.meta();
        above
            .iter()
            .find_map(|l| PRINT_KINDS.iter().find_map(|k| meta.masthead_of(text, l.span, k)))
            .map(|f| self.without_edition(f))
    }

    /// When nothing else names a source: a self-media account's name alone on the line
    /// between the headline and a date line that names no outlet and no writer (`某某说科技`
    /// over `发布时间：…`), the account that published the text. A writer's surnamed name,
    /// a site or channel name, a phrase with punctuation is none.
    fn account_above_date(&self, text: &str, lines: &[Line], start: usize) -> Option<Field> {
        const MAX_ACCOUNT_CHARS: usize = 12;
        let meta = self.classifier.meta();
        let (i, m) = first_meta_line(lines, start)?;
        if !m.sources.is_empty() || !m.bylines.is_empty() {
            return None;
        }
        let a = neighbour(lines, i, -1)?;
        let (account, headline) = (&lines[a], &lines[neighbour(lines, a, -1)?]);
        let name = account.span.slice(text);
        let n = name.chars().count();
        let plain = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
        let accountlike = (2..=MAX_ACCOUNT_CHARS).contains(&n)
            && plain
            && name.chars().any(is_han)
            && !meta.is_surnamed_person(name)
            && !self.classifier.site_name(name)
            && !matches!(account.kind, LineKind::Meta(_) | LineKind::Furniture);
        let headline_over = title_like(text, headline) && headline.features.han > account.features.han;
        (accountlike && headline_over).then(|| Field::new(name, account.span))
    }

    /// The title line for the best candidate `t`: the headline above it when `t` is the
    /// account's name alone between the headline and the date line
    /// ([`Self::account_above_date`]; a markup headline printing only that name names the site).
    fn headline_over_account(&self, text: &str, lines: &[Line], t: usize, start: usize) -> usize {
        match self.account_above_date(text, lines, start) {
            Some(a) if a.span == lines[t].span => neighbour(lines, t, -1).unwrap_or(t),
            _ => t,
        }
    }

    /// When nothing else names a source: a self-media account's name alone beside the stamp
    /// of the first date line above the body (`某某健康 2026-03-05 10:21`,
    /// [`meta::MetaParser::account_beside_stamp`]), not a site's or channel's name nor a
    /// widget's words (`发表于 2026-3-7 09:12 | 只看该作者`); a public
    /// body's name there (`2026-03-05 某市卫生健康委员会`) is the body that published the page.
    fn account_beside_date(&self, text: &str, lines: &[Line], start: usize) -> Option<Field> {
        let (i, m) = first_meta_line(lines, start)?;
        let account = self.classifier.meta().account_beside_stamp(text, lines[i].span, m)?;
        (!self.classifier.website_name(&account.text) && !self.classifier.widget_words(&account.text))
            .then_some(account)
    }

    /// The title without a widget glued after it (`… 点击查看`) and without a site name
    /// glued to it (`…_新华网`, `… - 中国新闻网`).
    fn without_site_name(&self, text: &str, span: Span) -> Span {
        let span = match self.classifier.without_widget_tail(span.slice(text)) {
            Some(head) => Span::new(span.start, span.start + head),
            None => span,
        };
        let t = span.slice(text);
        // A public body's site or portal after a separator (`…-某县人民政府`, `…_某县政府门户网站`)
        // goes as an outlet's does; a body after a dash (`…——某市卫健委`) may be the headline's.
        let portal = || self.channel_cut(t).filter(|&h| !t[h..].trim_start().starts_with('—'));
        let Some(head) = site_name_cut(self.classifier.meta(), t).or_else(portal) else { return span };
        let mut span = Span::new(span.start, span.start + head);
        // A portal's channel or the outlet before its name (`…_新闻中心_某某网`, `… - 某某日报 -
        // 某某网`) goes with it.
        const MAX_SITE_PARTS: usize = 2;
        for _ in 0..MAX_SITE_PARTS {
            let t = span.slice(text);
            match self.channel_cut(t).or_else(|| site_name_cut(self.classifier.meta(), t)) {
                Some(head) => span = Span::new(span.start, span.start + head),
                None => break,
            }
        }
        span
    }

    /// The length of a headline before a channel name glued after it (`…_新闻中心`): at
    /// least four Han characters before a separator, a short line ending like a site or
    /// channel name after it (`lexicon/furniture.txt`, `$` rows).
    fn channel_cut(&self, t: &str) -> Option<usize> {
        let cut = t.rfind(SITE_SEPARATORS)?;
        let spaced = |c: char| c == ' ' || SITE_SEPARATORS.contains(&c);
        let head = t[..cut].trim_end_matches(spaced).trim_end();
        let tail = t[cut..].trim_start_matches(spaced).trim();
        let head_han = head.chars().filter(|&c| is_han(c)).count();
        (head_han >= 4 && self.classifier.site_name(&lines::fold(tail))).then_some(head.len())
    }

    /// The paragraph of a body line without the caption sentences glued before it (which go
    /// to `captions`), its transcript marker, end marker and trailing
    /// credit note (whose credits go to `notes`; names alone credit the authors only at the
    /// end of the last paragraph); `None` when nothing is left.
    fn paragraph(
        &self,
        text: &str,
        span: Span,
        last: bool,
        notes: &mut Vec<MetaLine>,
        captions: &mut Vec<Span>,
    ) -> Option<Span> {
        let mut start = span.start;
        let mut end = span.end;
        if let Some(m) = self.glued_captions.find(span.slice(text)).filter(|m| m.end() < span.len()) {
            captions.push(Span::new(start, start + m.as_str().trim_end().len()));
            start += m.end();
        }
        if let Some(m) = self.lead_marker.find(&text[start..end]) {
            // A marker that names the outlet (`【某某日报专讯】`) is the report's source.
            if let Some(lead) = self.classifier.meta().lead_outlet(&text[start..start + m.end()], start) {
                notes.push(lead);
            }
            if m.end() < end - start {
                start += m.end();
            }
        }
        // Peel `（完）` and credit notes off the end, in any order.
        for _ in 0..3 {
            // (A wire's serial number may follow: `（编辑：林克伦）1130523`.)
            if !text[start..end]
                .trim_end()
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .ends_with(['）', ')', '】', ']'])
            {
                break;
            }
            let Some(c) = self.trailing_note.captures(&text[start..end]) else { break };
            let (Some(all), Some(inner)) = (c.get(0), c.name("inner")) else { break };
            if inner.as_str() != "完" && !self.glued_widget(all.as_str(), inner.as_str()) {
                let inner_span = Span::new(start + inner.start(), start + inner.end());
                // A note alone between paragraphs that names an outlet (`（某某日报）`) is its
                // credit as at the end.
                let alone = text[start..start + all.start()].trim().is_empty();
                let meta = self.classifier.meta();
                match meta
                    .credit_note(text, inner_span, last)
                    .or_else(|| alone.then(|| meta.outlet_note_line(text, inner_span)).flatten())
                {
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

impl ArticleParser {
    /// A widget's button glued after a paragraph's last sentence (`…看好病。【纠错】`, `[打印]`):
    /// a few Han characters in lenticular or square brackets that the furniture lexicon knows.
    fn glued_widget(&self, note: &str, inner: &str) -> bool {
        const MAX_WIDGET_CHARS: usize = 6;
        note.trim_start().starts_with(['【', '['])
            && inner.chars().count() <= MAX_WIDGET_CHARS
            && inner.chars().all(is_han)
            && self.classifier.widget_words(inner)
    }
}

/// The paragraph right above the caption line `at` that describes the photo (a sentence
/// opening with `图为`, in a short paragraph, or one short clause: [`scene_clause`]): the
/// caption's text, whose credit the line is (a line of a credit alone).
fn described_photo(
    classifier: &Classifier,
    text: &str,
    lines: &[Line],
    at: usize,
    paragraphs: &[Span],
) -> Option<usize> {
    const MAX_CAPTION_CHARS: usize = 150;
    let above = lines[..at].iter().rposition(|l| !matches!(l.kind, LineKind::Blank))?;
    let k = paragraphs.len().checked_sub(1)?;
    let p = paragraphs[k];
    let t = p.slice(text);
    let describes = t.starts_with("图为") || t.contains("。图为") || scene_clause(t);
    // A note on the page's pictures in clauses (`图片来源于网络，如有侵权…`) credits no photo,
    // and a caption saying what its photo shows before the credit (`某某现场。某某供图`) needs
    // no paragraph above.
    // A caption that shows its photo by itself (`启用仪式现场。`, `▲…`) takes nothing above.
    let caption = lines[at].span.slice(text).trim_end().trim_end_matches(['。', '！']);
    let credit = !caption.contains(['，', ',', '。', '！', '？']) && !classifier.describes_itself(text, &lines[at]);
    let subhead = sibling_subhead(text, lines, above);
    (p.end == lines[above].span.end && describes && credit && !subhead && t.chars().count() <= MAX_CAPTION_CHARS)
        .then_some(k)
}

/// Whether line `at`, a phrase without a stop (`费用难题待解`), is one of the page's subheads
/// rather than what a photo below it shows: an earlier text line of the same shape stands
/// alone between prose paragraphs (`基层先行先试` ⏎ `…。`), so the page heads its sections
/// with such phrases. A caption that ends with a stop (`村医为老人量血压。`) is never one.
fn sibling_subhead(text: &str, lines: &[Line], at: usize) -> bool {
    stopless_heading(text, lines, at) && (0..at).any(|i| heading_between_prose(text, lines, i))
}

/// Whether line `i` is a text line shaped like a title with no stop at its end
/// (`基层先行先试`): how a page heads a section or a roundup's item.
fn stopless_heading(text: &str, lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    matches!(l.kind, LineKind::Text)
        && !l.features.prose
        && title_like(text, l)
        && !l.span.slice(text).trim_end().ends_with(['。', '！', '？', '!', '?'])
}

/// Whether line `i` is a [`stopless_heading`] standing alone between two prose paragraphs.
fn heading_between_prose(text: &str, lines: &[Line], i: usize) -> bool {
    let prose =
        |i: Option<usize>| i.is_some_and(|j| matches!(lines[j].kind, LineKind::Text) && lines[j].features.prose);
    stopless_heading(text, lines, i) && prose(neighbour(lines, i, -1)) && prose(neighbour(lines, i, 1))
}

/// A paragraph of one short clause (`某某在为村民测量血压。`: at most 24 characters, no comma,
/// no quote, no figure, one stop at most, at its end): above a photo credit, what the photo
/// shows. A sentence stating a figure or a date (`行动将持续至10月底。`) reports, and so does
/// one with a word of the report or opening with a pronoun (`caption_credits.txt`,
/// `[report]`, `[report_openers]`: `全市将开展专项检查。`, `他每天步行十余公里。`).
fn scene_clause(t: &str) -> bool {
    const MAX_SCENE_CHARS: usize = 24;
    let t = t.trim();
    let inner = t.strip_suffix(['。', '！']).unwrap_or(t);
    t.chars().count() <= MAX_SCENE_CHARS
        && !inner.contains(['，', ',', '。', '；', '：', '！', '？', '“', '”', '「', '」'])
        && !inner.chars().any(|c| c.is_ascii_digit())
        && !reports(inner)
}

/// Whether a short clause is a sentence of the report, not what a photo shows: a word of the
/// report or a pronoun opening it (`caption_credits.txt`, `[report]`, `[report_openers]`).
fn reports(clause: &str) -> bool {
    crate::lexicon::CAPTION_CREDITS.section("report").iter().any(|r| clause.contains(r.word()))
        || crate::lexicon::CAPTION_CREDITS.section("report_openers").iter().any(|r| clause.starts_with(r.word()))
}

/// What the lines of a page say besides body paragraphs: its metadata lines (with their
/// line index), metadata read inside paragraphs, and photo credits from captions.
struct ReadLines<'l> {
    metas: Vec<(usize, &'l MetaLine)>,
    extra: Vec<MetaLine>,
    photo: Vec<Credit>,
}

impl ReadLines<'_> {
    /// Every metadata line, then those read inside paragraphs, then `dateline`.
    fn all_meta<'a>(&'a self, dateline: Option<&'a MetaLine>) -> impl Iterator<Item = &'a MetaLine> {
        self.metas.iter().map(|(_, m)| *m).chain(self.extra.iter()).chain(dateline)
    }
}

/// The one line of a text that has a single non-blank line, when it is text or a bare date
/// (not furniture, a caption, a source or credit line): `三百万元`, `2013年2月12日`.
fn lone_text_line(lines: &[Line]) -> Option<Span> {
    let mut filled = lines.iter().filter(|l| !matches!(l.kind, LineKind::Blank));
    let (Some(line), None) = (filled.next(), filled.next()) else { return None };
    match &line.kind {
        LineKind::Text | LineKind::Header => Some(line.span),
        LineKind::Meta(m) if m.sources.is_empty() && m.bylines.is_empty() => Some(line.span),
        _ => None,
    }
}

/// A lead-in right above the prose belongs to it (`各区卫生健康局，委属各单位：`), and so
/// do a standfirst and an opening broken into lines ([`broken_lead`]): the first line of
/// the body with its lead-ins.
fn with_lead_in(text: &str, lines: &[Line], start: usize) -> usize {
    let mut start = unstopped_opening(text, lines, broken_lead(text, lines, start));
    while let Some(p) = lines[..start].iter().rposition(|l| !matches!(l.kind, LineKind::Blank)) {
        let t = lines[p].span.slice(text);
        let lead_in = lead_in_line(text, &lines[p]);
        // A sentence wrapped at the line's width right under the lead-in (a document
        // dumped from its PDF: `…，保障人民` / `群众身体健康，…。`) opens the body with it.
        let wrapped = unstopped_sentence(text, &lines[p])
            && neighbour(lines, p, -1)
                .is_some_and(|q| matches!(lines[q].kind, LineKind::Text) && lead_in_line(text, &lines[q]));
        if matches!(lines[p].kind, LineKind::Text)
            && (lead_in || wrapped || clause_going_on(t) || standfirst(text, &lines[p]) || question_turn(t))
        {
            start = p;
        } else {
            break;
        }
    }
    start
}

/// A clause cut at the end of its line by a comma (`下周起，` above `某路段将封闭施工。`): the
/// sentence goes on below it, in the text; a headline or a label never ends with a comma.
fn clause_going_on(line: &str) -> bool {
    line.trim_end().ends_with(['，', ','])
}

/// A lead-in to the text (`各区卫生健康局，委属各单位：`): ends with a colon, no sentence stop.
fn lead_in_line(text: &str, line: &Line) -> bool {
    line.span.slice(text).ends_with(['：', ':']) && !line.features.has_stop
}

/// Fewest Han characters of a line without a sentence stop that opens the body below the
/// date or source line.
const MIN_OPENING_HAN: usize = 12;

/// The first line of a body that opens below the headline's date or source line `m` without
/// a sentence stop (a notice whose text is a lead-in and a list): the text line right below
/// `m` ([`dated_headline_above`]), reading as a sentence ([`unstopped_sentence`]).
fn opening_below_meta(text: &str, lines: &[Line], m: usize) -> Option<usize> {
    let n = neighbour(lines, m, 1)?;
    (dated_headline_above(text, lines, m) && unstopped_sentence(text, &lines[n])).then_some(n)
}

/// Whether line `m` is a date or source line with a headline-shaped text line right above it.
fn dated_headline_above(text: &str, lines: &[Line], m: usize) -> bool {
    let LineKind::Meta(meta) = &lines[m].kind else { return false };
    !(meta.stamps.is_empty() && meta.sources.is_empty())
        && neighbour(lines, m, -1)
            .is_some_and(|h| matches!(lines[h].kind, LineKind::Text) && title_like(text, &lines[h]))
}

/// A text line that reads as a sentence without its stop (`为方便上班族就医，某区…开设夜间门诊`):
/// a clause comma and at least [`MIN_OPENING_HAN`] Han characters. A subtitle has no clause
/// comma.
fn unstopped_sentence(text: &str, line: &Line) -> bool {
    matches!(line.kind, LineKind::Text)
        && line.features.han >= MIN_OPENING_HAN
        && line.span.slice(text).contains(['，', ','])
}

/// The body's opening lines printed without full stops above its first prose line `start`
/// (`为方便…，…开设夜间门诊` / `服务时间为…`; a post's short lines `天气越来越热了` / `你准备好了吗？`):
/// the run of text lines between the headline's date or source line and `start` is body
/// when its first line reads as a sentence or one of its lines ends a sentence (`？`, `！`).
/// Returns the run's first line, else `start`.
fn unstopped_opening(text: &str, lines: &[Line], start: usize) -> usize {
    let mut first = start;
    while let Some(p) = neighbour(lines, first, -1) {
        if !matches!(lines[p].kind, LineKind::Text) {
            break;
        }
        first = p;
    }
    let run = &lines[first..start];
    let sentences = unstopped_sentence(text, &lines[first]) || run.iter().any(|l| l.features.has_stop);
    match neighbour(lines, first, -1) {
        Some(m) if first < start && sentences && dated_headline_above(text, lines, m) => first,
        _ => start,
    }
}

/// The header of a reply in a forum thread (`某网友 发表于 2026-4-12 21:40`): `发表于`
/// followed by the date, not where a post was sent from (`发表于江苏`). Never body.
fn post_header(line: &str) -> bool {
    line.split_once("发表于").is_some_and(|(_, rest)| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Fewest lines of a run above the body that may be the body's opening broken into lines.
const MIN_BROKEN_LEAD_LINES: usize = 3;

/// The body's opening set in short lines that break its sentences (a social-media layout:
/// `是全国第一个某某月` / `某某办和某某街道` / `以“某某”为主题的` / `启动仪式`): a run of at least
/// [`MIN_BROKEN_LEAD_LINES`] text lines with no blank line, directly above the body line
/// `start`, where one line ends in `的` (a modifier cut from its noun) or opens with a
/// conjunction (`和`, `及`) continuing the line above. A headline never breaks there. Returns
/// the run's first line, else `start`.
fn broken_lead(text: &str, lines: &[Line], start: usize) -> usize {
    let mut first = start;
    while first > 0 && matches!(lines[first - 1].kind, LineKind::Text) && !lines[first - 1].features.has_stop {
        first -= 1;
    }
    let run = &lines[first..start];
    let ends_in_modifier = |l: &Line| l.span.slice(text).ends_with('的');
    if run.len() < MIN_BROKEN_LEAD_LINES {
        return start;
    }
    let and_words = crate::lexicon::CONJUNCTIONS.keyed("and");
    let continues = |l: &Line| and_words.iter().any(|r| l.span.slice(text).starts_with(r.word()));
    if run.iter().any(ends_in_modifier) || run.iter().skip(1).any(continues) {
        // The sentence may open with its date on a line of its own (`2024年4月` / `是…`).
        let dated = first > 0 && bare_date(lines[first - 1].span.slice(text));
        first - usize::from(dated)
    } else {
        start
    }
}

/// A line that is a date and nothing else (`2024年4月`, `4月19日`).
fn bare_date(line: &str) -> bool {
    let t = line.trim();
    t.chars().any(|c| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日'))
}

/// Who asks an interview's questions (`记者：`, `问：`, `主持人：`).
const INTERVIEWERS: &[&str] = &["记者", "本报记者", "问", "提问", "主持人", "记者问", "网友问", "读者问", "市民问"];

/// An interview's question opening the body: the interviewer's label, a colon, and a
/// question (`记者：这项改革最大的变化是什么？`), not a headline quoting a speaker.
fn question_turn(line: &str) -> bool {
    let Some((speaker, question)) = line.split_once(['：', ':']) else { return false };
    INTERVIEWERS.contains(&speaker.trim())
        && question.trim_end().ends_with(['？', '?'])
        && question.chars().filter(|&c| is_han(c)).count() >= 4
}

/// Longest short unpunctuated line (chars) that may trail the last prose paragraph as a
/// page leftover.
const MAX_LEFTOVER_CHARS: usize = 12;

/// Short unpunctuated lines after the last prose paragraph are page leftovers
/// (`香港时间16时30分`, a signature), and so is the title said again there; not article text.
fn drop_tail_leftovers(text: &str, layout: &mut ArticleLayout) {
    let Some(last_prose) = layout.paragraphs.iter().rposition(|p| lines::Features::of(p.slice(text)).prose) else {
        return;
    };
    if layout.paragraphs[last_prose..].iter().any(|p| announces_list(p.slice(text))) {
        return;
    }
    let related = related_headlines(text, &layout.paragraphs[last_prose + 1..]);
    layout.paragraphs.truncate(layout.paragraphs.len() - related);
    while layout.paragraphs.len() > last_prose + 1 {
        let tail = layout.paragraphs[layout.paragraphs.len() - 1];
        let f = lines::Features::of(tail.slice(text));
        let repeated = layout.title.as_ref().is_some_and(|t| repeats_title(&t.text, tail.slice(text)));
        let longest = if bracketed_note(tail.slice(text)) { MAX_BRACKETED_LEFTOVER_CHARS } else { MAX_LEFTOVER_CHARS };
        if !repeated && (f.has_stop || f.chars > longest || cut_off_clause(text, tail)) {
            break;
        }
        layout.paragraphs.pop();
    }
}

/// Longest bracketed note (chars) that may trail the last prose paragraph as a leftover.
const MAX_BRACKETED_LEFTOVER_CHARS: usize = 24;

/// A line wholly in one pair of round brackets, with no digit, comma or stop inside: a
/// credit note under the text (`（临江市卫健委基层卫生科）`, the unit that sent the report),
/// not article text; a note with figures or a clause (`（以上数据截至3月31日）`) is none.
fn bracketed_note(line: &str) -> bool {
    let t = line.trim();
    let Some(inner) = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])) else { return false };
    !inner.is_empty()
        && !inner.contains(['（', '(', '）', ')', '，', ',', '。', '；', '！', '？'])
        && !inner.chars().any(|c| c.is_ascii_digit())
}

/// A lead-in that announces the list below it (`经审核，以下机构符合条件，现予公布：`): a
/// clause with a comma ending in a colon. Its items are article text, however short.
fn announces_list(p: &str) -> bool {
    let t = p.trim();
    t.ends_with(['：', ':']) && t.contains(['，', ','])
}

/// How many paragraphs at the end of `tail` (what follows the last prose paragraph) are a
/// list of other stories' headlines printed under the text without a heading: at least
/// three headline-shaped lines in a row (8 to 30 characters, no sentence stop, no date), or
/// two when each opens or closes with its day (`03-05 某市启动义诊周`, `某市启动义诊周
/// [2026-03-05]`) or is longer than a
/// leftover ([`long_headline`]), or one led by a
/// link's arrow (`>> 某市召开…`, `▪ 某县启动…`).
fn related_headlines(text: &str, tail: &[Span]) -> usize {
    const MIN_HEADLINES: usize = 3;
    const MIN_DATED_HEADLINES: usize = 2;
    const MIN_LONG_HEADLINES: usize = 2;
    const MIN_HEADLINE_CHARS: usize = 8;
    const MAX_HEADLINE_CHARS: usize = 30;
    let headline = |t: &str| {
        let f = lines::Features::of(t);
        (MIN_HEADLINE_CHARS..=MAX_HEADLINE_CHARS).contains(&f.chars)
            && f.han * 2 >= f.chars
            && !f.has_stop
            && !bare_date(t)
            && !t.trim_end().ends_with(['：', ':', '，'])
    };
    let plain = tail.iter().rev().take_while(|p| headline(p.slice(text))).count();
    let long = tail.iter().rev().take_while(|p| headline(p.slice(text)) && long_headline(p.slice(text))).count();
    let dated = tail.iter().rev().take_while(|p| without_day_affix(p.slice(text)).is_some_and(&headline)).count();
    let linked = tail.last().is_some_and(|p| without_link_arrow(p.slice(text)).is_some_and(headline));
    if plain >= MIN_HEADLINES {
        plain
    } else if long >= MIN_LONG_HEADLINES {
        long
    } else if dated >= MIN_DATED_HEADLINES {
        dated
    } else {
        usize::from(linked)
    }
}

/// A headline-shaped line longer than any leftover ([`MAX_LEFTOVER_CHARS`]) with no space:
/// two of them closing the page (`县卫健局对县人民医院开展安全检查` twice over, the captions of
/// the photos under the report, or two other stories) are no text of it.
fn long_headline(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() > MAX_LEFTOVER_CHARS && !t.contains([' ', '\u{3000}'])
}

/// The line without the day printed before or after it (`03-05 某市…`, `[2026-03-05] 某市…`,
/// `某市… 2026-03-05`, `某市… 03/05`, `某市…（2026-03-05）`), if it has one: a related
/// headline's date.
fn without_day_affix(line: &str) -> Option<&str> {
    let t = line.trim();
    let prefix =
        t.split_once([' ', '\u{3000}', '\t']).filter(|(day, _)| day_token(day)).map(|(_, rest)| rest.trim_start());
    let suffix = || {
        let cut = t.rfind([' ', '\u{3000}', '\t', '[', '【', '（', '(']).filter(|&k| k > 0)?;
        day_token(&t[cut..]).then(|| t[..cut].trim_end())
    };
    prefix.or_else(suffix)
}

/// Whether a token is a day written in figures, in brackets or not (`03-05`, `2026/03/05`,
/// `[2026-03-05]`): ASCII digits with at least one `-`, `/` or `.` between them.
fn day_token(token: &str) -> bool {
    const MIN_DAY_BYTES: usize = 4;
    let day = token.trim().trim_start_matches(['[', '【', '（', '(']).trim_end_matches([']', '】', '）', ')']);
    let separators = day.bytes().filter(|&b| matches!(b, b'-' | b'/' | b'.')).count();
    day.len() >= MIN_DAY_BYTES
        && separators >= 1
        && day.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
        && day.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && day.bytes().last().is_some_and(|b| b.is_ascii_digit())
}

/// The line after a link's arrow or square bullet (`>> `, `▪ `, `► `), if it opens with one.
fn without_link_arrow(line: &str) -> Option<&str> {
    const ARROWS: [&str; 6] = [">>", "》》", "▪", "►", "▸", "→"];
    let t = line.trim_start();
    ARROWS.iter().find_map(|a| t.strip_prefix(a)).map(str::trim_start)
}

/// A lead printed twice, first cut off without its final punctuation (a summary box over
/// the text, `3月7日，某市召开推进会，会议要求` above `3月7日，某市召开推进会，会议要求各区…。`):
/// the cut copy, among the first paragraphs, is no body.
fn drop_cut_lead(text: &str, layout: &mut ArticleLayout) {
    const MAX_LEAD_PARAGRAPHS: usize = 3;
    const MIN_LEAD_CHARS: usize = 10;
    let cut = layout.paragraphs.windows(2).take(MAX_LEAD_PARAGRAPHS).position(|w| {
        let lead = w[0].slice(text).trim().trim_end_matches(['…', '.']);
        let full = w[1].slice(text).trim();
        lead.chars().count() >= MIN_LEAD_CHARS
            && !lead.ends_with(['。', '！', '？', '!', '?'])
            && full.len() > lead.len()
            && full.starts_with(lead)
    });
    if let Some(k) = cut {
        layout.paragraphs.remove(k);
    }
}

/// A photo caption without any mark opening the text: a first paragraph of one short clause
/// (Han characters and a final `。` only, no comma, no colon, no quote) above a paragraph
/// at least twice as long, in a text of three paragraphs or more (`医生在社区为老人义诊。`
/// under the headline), with no word of the report ([`reports`]: `多国正试图组建联盟。`). A
/// report opens with its lead: who, when, where, with commas.
fn drop_lone_caption(text: &str, layout: &mut ArticleLayout) {
    const MAX_CAPTION_CHARS: usize = 20;
    const MIN_PARAGRAPHS: usize = 3;
    let [first, second, ..] = layout.paragraphs[..] else { return };
    let line = first.slice(text).trim();
    let Some(clause) = line.strip_suffix('。') else { return };
    let n = clause.chars().count();
    let lone = layout.paragraphs.len() >= MIN_PARAGRAPHS
        && n <= MAX_CAPTION_CHARS
        && clause.chars().all(is_han)
        && !reports(clause)
        && second.slice(text).chars().count() >= 2 * (n + 1);
    if lone {
        layout.paragraphs.remove(0);
        layout.captions.push(first);
    }
}

/// Photo captions printed between two paragraphs without any mark: a paragraph of one line
/// that [`shows_people_at_work`] or [`shows_ceremony`], between two paragraphs that end with
/// a stop, or the last paragraph under one (the photo closing the report).
fn drop_scene_lines(text: &str, layout: &mut ArticleLayout) {
    let ends_prose = |p: &Span| p.slice(text).trim_end().ends_with(['。', '！', '？', '”']);
    let n = layout.paragraphs.len();
    let scenes: Vec<usize> = (1..n)
        .filter(|&i| ends_prose(&layout.paragraphs[i - 1]) && (i + 1 == n || ends_prose(&layout.paragraphs[i + 1])))
        .filter(|&i| {
            let line = layout.paragraphs[i].slice(text).trim();
            shows_people_at_work(line) || shows_ceremony(line)
        })
        .collect();
    if scenes.is_empty() {
        return;
    }
    for &i in scenes.iter().rev() {
        let p = layout.paragraphs.remove(i);
        layout.captions.push(p);
    }
    layout.captions.sort_by_key(|c| c.start);
}

/// A line saying what a photo shows (`家庭医生入户为独居老人测血压`, `志愿者正在为居民义务理发`):
/// at most 24 characters, no stop, comma, colon, space or figure, no word of the report
/// ([`reports`]), and a word for people at work (`caption_credits.txt`, `[scene_agents]`)
/// followed by a scene mark (`[scene_marks]`: `正在`, `为`, `上门`) and three Han characters
/// or more. A subhead states a task or a result (`做实家庭医生签约服务`, `医护人员坚守一线`).
fn shows_people_at_work(line: &str) -> bool {
    const MAX_SCENE_CHARS: usize = 24;
    /// The reader a subhead addresses (`专家为您支招`): no scene.
    const READERS: [&str; 4] = ["你", "您", "大家", "我们"];
    const MIN_AFTER_MARK_HAN: usize = 3;
    let plain = line.chars().count() <= MAX_SCENE_CHARS
        && !line.contains(['。', '！', '？', '，', ',', '；', '：', ':', ' ', '\u{3000}', '、'])
        && !line.chars().any(|c| c.is_ascii_digit())
        && !reports(line);
    if !plain {
        return false;
    }
    let marks = crate::lexicon::CAPTION_CREDITS.section("scene_marks");
    crate::lexicon::CAPTION_CREDITS.section("scene_agents").iter().any(|agent| {
        line.match_indices(agent.word()).any(|(at, a)| {
            let after = &line[at + a.len()..];
            marks.iter().any(|m| {
                after.strip_prefix(m.word()).is_some_and(|rest| {
                    rest.chars().filter(|&c| is_han(c)).count() >= MIN_AFTER_MARK_HAN
                        && !READERS.iter().any(|r| rest.starts_with(r))
                })
            })
        })
    })
}

/// A line saying what a ceremony photo shows without a stop (`某县卫健委主任为优秀家庭医生颁发证书`):
/// at most 30 characters, no stop, comma, colon or space, ending with a word of the
/// `[ceremony]` section of `caption_credits.txt`. Only read between paragraphs of prose or
/// under the last one ([`drop_scene_lines`]): a headline of the ceremony stands above them.
fn shows_ceremony(line: &str) -> bool {
    const MAX_CEREMONY_CHARS: usize = 30;
    line.chars().count() <= MAX_CEREMONY_CHARS
        && !line.contains(['。', '！', '？', '，', ',', '；', '：', ':', ' ', '\u{3000}'])
        && crate::lexicon::CAPTION_CREDITS.section("ceremony").iter().any(|r| line.ends_with(r.word()))
}

/// Fewest Han characters of the clause before the comma of a sentence the page was cut off in.
const MIN_CUT_CLAUSE_HAN: usize = 3;

/// Whether the paragraph `span` is a sentence the crawler cut off (`会议要求，全市`): the
/// page's last text, Han words and clause commas only, a clause of at least
/// [`MIN_CUT_CLAUSE_HAN`] Han characters before a comma and words after it. A label or a
/// site name has no comma; a date, a name list or a widget has other characters.
fn cut_off_clause(text: &str, span: Span) -> bool {
    let line = span.slice(text).trim();
    let Some((head, rest)) = line.split_once(['，', ',']) else { return false };
    text[span.end..].trim().is_empty()
        && head.chars().count() >= MIN_CUT_CLAUSE_HAN
        && !rest.is_empty()
        && !rest.ends_with(['，', ','])
        && line.chars().all(|c| is_han(c) || matches!(c, '，' | ','))
}

/// Fewest characters a line shares with the title to say it again.
const MIN_SHARED_CHARS: usize = 6;

/// Whether a line says the title again, whole or cut short (a share card's headline):
/// one is the start of the other, over at least half the title.
fn repeats_title(title: &str, line: &str) -> bool {
    let (title, line) = (title.trim(), line.trim().trim_end_matches(['…', '.']));
    let shared = title.chars().zip(line.chars()).take_while(|(a, b)| a == b).count();
    let shorter = title.chars().count().min(line.chars().count());
    shared == shorter && shared >= MIN_SHARED_CHARS && shared * 2 >= title.chars().count()
}

/// The people of the bylines and photo credits, in text order: reporters and authors named
/// without an outlet write for the page's source; authors and editors listed once by name.
fn assign_credits(read: &ReadLines<'_>, dateline: Option<&MetaLine>, layout: &mut ArticleLayout) {
    let mut bylines: Vec<Byline> = read.all_meta(dateline).flat_map(|m| m.bylines.iter().cloned()).collect();
    // A staff role a caption repeats (`记者某某 摄` under the byline `记者某某`) is said once.
    let staff_credited = |c: &Credit| {
        c.role != PHOTO_ROLE && bylines.iter().any(|b| b.credit.name.text == c.name.text && b.credit.role == c.role)
    };
    let photo: Vec<Credit> = read.photo.iter().filter(|c| !staff_credited(c)).cloned().collect();
    bylines.extend(photo.into_iter().map(|credit| Byline { credit, kind: LabelKind::Photo }));
    bylines.sort_by_key(|b| b.credit.name.span.start);
    for b in &mut bylines {
        if matches!(b.kind, LabelKind::Author | LabelKind::Reporter) && b.credit.organization.is_none() {
            b.credit.organization = layout.source.clone();
        }
    }
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
    // A unit credited by a `作者：` field (`作者：心内科`) is the author where no person is.
    if layout.authors.is_empty() {
        layout.authors.extend(read.all_meta(dateline).flat_map(|m| m.unit_authors.iter().cloned()).take(1));
    }
    layout.credits = bylines.into_iter().map(|b| b.credit).collect();
}

/// The end of the article at its closing credits: below the body's prose, a metadata line
/// crediting an editor (`责任编辑：张三`) closes the text, with the metadata lines right under
/// it (`校对：李四`, `来源：某某日报`); what follows is the page's furniture (share widgets,
/// other stories, comment and rating boxes). The line after those metadata lines, or `None`
/// when no editor is credited below prose between `start` and `end`. An editor credited
/// above two more paragraphs of prose (`……推进会。` ⏎ `责任编辑：张三` ⏎ `会议指出，……。` ⏎
/// `据介绍，……。`) closes nothing: the report goes on below it (one paragraph there may be
/// another story's lead).
fn closing_credits_end(lines: &[Line], start: usize, end: usize) -> Option<usize> {
    let is_prose = |l: &Line| matches!(l.kind, LineKind::Text) && l.features.prose;
    let mut from = start + lines[start..end].iter().position(is_prose)?;
    loop {
        let credit = lines[from..end].iter().position(
            |l| matches!(&l.kind, LineKind::Meta(m) if m.bylines.iter().any(|b| b.kind == LabelKind::Editor)),
        )? + from;
        let after = lines[credit + 1..end].iter().position(|l| !matches!(l.kind, LineKind::Meta(_) | LineKind::Blank));
        let next = after.map_or(end, |k| credit + 1 + k);
        let mut below = lines[next..end].iter().filter(|l| !matches!(l.kind, LineKind::Blank)).take(2);
        if !(below.clone().count() == 2 && below.all(is_prose)) {
            return Some(next);
        }
        from = next;
    }
}

/// Credit lines printed below the body's end (after a related-list heading:
/// `相关阅读 … 责任编辑：张三`): read for the people of a role the lines above credit no one
/// for, so a related headline's own byline never replaces the article's. Only lines that
/// credit people and name no stamp or outlet, or the article's closing line crediting an
/// editor beside its source (`本文来源：某报 责任编辑：张三`); nothing below the end becomes body.
fn read_tail_credits<'l>(lines: &'l [Line], end: usize, read: &mut ReadLines<'l>) {
    // Whether a line credits writers, and editors.
    let roles = |m: &MetaLine| {
        let credits = |f: fn(LabelKind) -> bool| m.bylines.iter().any(|b| f(b.kind));
        (credits(|k| matches!(k, LabelKind::Author | LabelKind::Reporter)), credits(|k| k == LabelKind::Editor))
    };
    let (mut authors, mut editors) =
        read.all_meta(None).map(roles).fold((false, false), |(a, e), (w, d)| (a || w, e || d));
    for (i, line) in lines.iter().enumerate().skip(end) {
        let LineKind::Meta(m) = &line.kind else { continue };
        let (credits_authors, credits_editors) = roles(m);
        // The article's closing line may name its source with the editor (`本文来源：某报
        // 责任编辑：张三`); a related story's byline credits its writer or dates it.
        let closing = credits_editors && !credits_authors && m.stamps.is_empty();
        if m.bylines.is_empty() || !closing && (!m.stamps.is_empty() || !m.sources.is_empty()) {
            continue;
        }
        if (credits_authors && authors) || (credits_editors && editors) {
            continue;
        }
        authors |= credits_authors;
        editors |= credits_editors;
        read.metas.push((i, m));
    }
}

/// The first line of the body: the first line of running prose, unless a headline with a
/// dated or sourced metadata line follows a little further down (after at most two prose
/// lines, which were then page widgets such as a welcome notice).
fn body_start(text: &str, lines: &[Line]) -> Option<usize> {
    let is_prose = |l: &Line| matches!(l.kind, LineKind::Text) && l.features.prose;
    let Some(first) = lines.iter().position(is_prose) else {
        return (0..lines.len()).find_map(|m| opening_below_meta(text, lines, m));
    };
    let mut prose = 0;
    for (a, line) in lines.iter().enumerate().skip(first) {
        match &line.kind {
            LineKind::Heading => break,
            LineKind::Text if line.features.prose => {
                prose += 1;
                if prose > 2 {
                    break;
                }
            }
            LineKind::Meta(m) if !m.stamps.is_empty() || !m.sources.is_empty() => {
                let above = lines[..a].iter().rposition(|l| !matches!(l.kind, LineKind::Blank));
                // A heading of the text's own outline (`一、培训时间和地点` above `时间：…`) is
                // no headline; the first prose line may be one, printed with a stop.
                let headline = above.is_some_and(|p| {
                    matches!(lines[p].kind, LineKind::Text)
                        && (!lines[p].features.prose && title_like(text, &lines[p])
                            || p == first && stop_ended_headline(text, lines, p))
                        && !crate::markers::numbered_heading(lines[p].span.slice(text))
                });
                if headline {
                    if let Some(k) = lines[a + 1..].iter().position(is_prose) {
                        return Some(a + 1 + k);
                    }
                }
            }
            _ => {}
        }
    }
    Some(first)
}

/// Whether a line reads as a headline: mostly Han, short, no full stop, not a list item,
/// not a subtitle (`——访…`) or a lead-in (`…：`).
fn title_like(text: &str, line: &Line) -> bool {
    headline_shape(line.span.slice(text), &line.features)
}

/// [`title_like`] for the text `t` of a line with features `f`.
fn headline_shape(t: &str, f: &Features) -> bool {
    f.han >= 4
        && f.chars <= 64
        && f.han * 2 >= f.chars
        && !t.contains('。')
        && !t.ends_with(['：', ':', '，', ','])
        && !t.starts_with('—')
        && !f.list_item
}

/// The title without a portal's keyword tag glued after it (`某院成功救治一名患儿_手术`)
/// where the page's `原标题：` line prints the headline without it.
fn title_without_keyword_tag(layout: &mut ArticleLayout) {
    const MAX_TAG_CHARS: usize = 8;
    let (Some(title), Some(original)) = (&mut layout.title, &layout.original_title) else { return };
    let Some(tag) = title.text.strip_prefix(original.as_str()) else { return };
    let bare = tag.trim_start_matches(|c: char| c == ' ' || SITE_SEPARATORS.contains(&c));
    if bare.len() < tag.len() && !bare.is_empty() && bare.chars().count() <= MAX_TAG_CHARS {
        title.span.end -= tag.len();
        title.text.truncate(original.len());
    }
}

/// The title without a short bracketed tag after it, a widget's or a forum's (`[复制链接]`,
/// `【打印】`), or a media tag in round brackets (`（组图）`, `lexicon/title_tags.txt`), where
/// at least four Han characters are left.
fn without_trailing_tag(text: &str, span: Span) -> Span {
    const MAX_TAG_CHARS: usize = 6;
    let t = span.slice(text).trim_end();
    let media_tag = |open: usize| is_media_tag(t[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']));
    let Some(open) = (if t.ends_with(']') {
        t.rfind('[')
    } else if t.ends_with('】') {
        t.rfind('【')
    } else if t.ends_with(['）', ')']) {
        t.rfind(['（', '(']).filter(|&o| media_tag(o))
    } else {
        None
    }) else {
        return span;
    };
    let head = t[..open].trim_end();
    let tag = t[open..].chars().count() - 2;
    if tag == 0 || tag > MAX_TAG_CHARS || head.chars().filter(|&c| is_han(c)).count() < MIN_TITLE_HAN {
        return span;
    }
    Span::new(span.start, span.start + head.len())
}

/// The title without the wire dateline that heads a feature (`某社北京5月6日电 题：…`): what
/// follows `题：`, where a short dateline ending in `电` comes before it.
fn without_wire_heading(text: &str, span: Span) -> Span {
    const MAX_DATELINE_CHARS: usize = 24;
    let t = span.slice(text);
    let Some((at, label)) = ["题：", "题:"].iter().find_map(|l| t.find(l).map(|at| (at, *l))) else {
        return span;
    };
    let head = t[..at].trim_end();
    if !head.ends_with('电') || head.chars().count() > MAX_DATELINE_CHARS {
        return span;
    }
    let rest = &t[at + label.len()..];
    let lead = rest.len() - rest.trim_start().len();
    if rest.trim().is_empty() {
        return span;
    }
    Span::new(span.start + at + label.len() + lead, span.end)
}

/// Brackets around a column name before a headline (`【健康资讯】`, `[医改动态]`, `〖…〗`).
const COLUMN_BRACKETS: [(char, char); 4] = [('【', '】'), ('[', ']'), ('［', '］'), ('〖', '〗')];

/// Han characters a headline keeps after a column prefix or tag is cut off.
const MIN_TITLE_HAN: usize = 4;

/// A media tag in round brackets opening the headline (`（视频）某县开展应急救护培训`, a word
/// of `lexicon/title_tags.txt`): its length in bytes. Other words there stay (`（受权发布）`).
fn leading_media_tag(t: &str) -> Option<usize> {
    let open = t.chars().next().filter(|c| matches!(c, '（' | '('))?;
    let inner = &t[open.len_utf8()..];
    let e = inner.find(['）', ')'])?;
    let close = inner[e..].chars().next()?;
    is_media_tag(&inner[..e]).then_some(open.len_utf8() + e + close.len_utf8())
}

/// Whether `word` is a media tag a headline may carry in round brackets (`组图`, `视频`;
/// `lexicon/title_tags.txt`).
fn is_media_tag(word: &str) -> bool {
    crate::lexicon::TITLE_TAGS.words().any(|w| w == word)
}

/// The title without a column or channel prefix (`【健康】…`, `瞭望丨…`) and, where the
/// headline is printed twice around a bar (`A|A，B`), its fuller copy.
fn without_column_prefix(text: &str, span: Span) -> Span {
    const MAX_PREFIX_CHARS: usize = 8;
    let t = span.slice(text);
    let enough = |rest: &str| rest.chars().filter(|&c| is_han(c)).count() >= MIN_TITLE_HAN;
    let bracket = COLUMN_BRACKETS.iter().find(|&&(open, _)| t.starts_with(open));
    let prefix_end = if let Some(end) = named_column(t).or_else(|| leading_media_tag(t)) {
        Some(end)
    } else if let Some(&(open, close)) = bracket {
        let inner = &t[open.len_utf8()..];
        inner
            .find(close)
            // (Spaces between a column's words do not count: `【某某 某某】`.)
            .filter(|&e| {
                inner[..e].chars().filter(|c| !c.is_whitespace()).count() <= MAX_PREFIX_CHARS
                    && inner[..e].chars().any(is_han)
            })
            .map(|e| open.len_utf8() + e + close.len_utf8())
    } else {
        // `head` then a bar: a short column name, or the headline said again after it.
        t.char_indices()
            .find(|c| meta::BARS.contains(&c.1))
            .map(|(e, c)| (&t[..e], e + c.len_utf8()))
            .filter(|&(head, after)| {
                (head.trim().chars().count() <= MAX_PREFIX_CHARS && !head.trim().contains(' '))
                    || t[after..].trim_start().starts_with(head.trim_end())
            })
            .map(|(_, after)| after)
    };
    match prefix_end {
        Some(end) if enough(&t[end..]) => {
            let rest = &t[end..];
            let lead = rest.len() - rest.trim_start().len();
            Span::new(span.start + end + lead, span.end)
        }
        _ => span,
    }
}

/// Whether `field` lies inside the title: the end of a headline the page breaks over lines
/// and the markup prints whole (`某县启动健康乡村建设` ⏎ `三年行动`), no account's name.
fn in_title(layout: &ArticleLayout, field: &Field) -> bool {
    layout.title.as_ref().is_some_and(|t| t.span.overlaps(field.span))
}

/// The title without a prefix naming the page's own account before `：` or a bar
/// (`某某刀：标题` on a page whose source is `某某刀微信公号`, the name and a channel word of
/// `lexicon/outlet_channels.txt`): the account's column name.
fn title_without_source_prefix(text: &str, meta: &meta::MetaParser, layout: &mut ArticleLayout) {
    const MIN_PREFIX_CHARS: usize = 2;
    let (Some(title), Some(source)) = (&layout.title, &layout.source) else { return };
    let t = title.span.slice(text);
    if t != title.text {
        return;
    }
    let Some((e, c)) = t.char_indices().find(|&(_, c)| matches!(c, '：' | ':') || meta::BARS.contains(&c)) else {
        return;
    };
    let head = t[..e].trim();
    let rest = t[e + c.len_utf8()..].trim_start();
    if head.chars().count() < MIN_PREFIX_CHARS
        || meta.strip_edition(&source.text) != head
        || head == source.text
        || rest.chars().filter(|&c| is_han(c)).count() < MIN_TITLE_HAN
    {
        return;
    }
    let span = Span::new(title.span.end - rest.len(), title.span.end);
    layout.title = Some(Field::new(rest, span));
}

/// The end of a generic column name joined to the headline by `·` or `：` (`聚焦·…`,
/// `专题：…`), a word of `lexicon/column_names.txt`, or of a media label before `：`
/// (`视频：…`, `图文：…`, `lexicon/title_tags.txt`).
fn named_column(t: &str) -> Option<usize> {
    let (e, c) = t.char_indices().find(|&(_, c)| matches!(c, '·' | '•' | '：' | ':'))?;
    let head = t[..e].trim();
    let media = matches!(c, '：' | ':') && is_media_tag(head);
    (media || crate::lexicon::COLUMN_NAMES.words().any(|w| w == head) || series_column(head))
        .then_some(e + c.len_utf8())
}

/// A recurring column's name: an opening of `lexicon/column_series.txt` (a frequency, then
/// `一`) and one Han character (`一日一技`, `每周一问`).
fn series_column(head: &str) -> bool {
    crate::lexicon::COLUMN_SERIES
        .words()
        .any(|w| head.strip_prefix(w).is_some_and(|rest| rest.chars().count() == 1 && rest.chars().all(is_han)))
}

/// The headline above the body (`start`): among the title-shaped text lines (no site name
/// `某某网`), the one of highest title score (module `scores`: Han characters, a metadata
/// line or the body right below, a metadata line above), if above 0; the lower of equal
/// scores. A best line that nothing sets apart from the body's subheads
/// ([`headless_subhead`]) is no headline: the page has none.
fn pick_title(text: &str, lines: &[Line], start: usize, meta: &meta::MetaParser, headline_keys: &[String]) -> Title {
    let openings = openings(text, lines);
    let evidence = |i: usize| {
        let mut e = title_evidence(text, lines, &openings, i, start);
        e.flag(Feature::MarkupTitle, printed_headline(lines[i].span.slice(text), headline_keys).is_some());
        e
    };
    let best = (0..start)
        .filter(|&i| title_candidate(text, lines, i, meta))
        .map(|i| (i, evidence(i)))
        .map(|(i, e)| (i, e.score(Role::Title), e))
        .filter(|&(_, score, _)| score > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    match best {
        Some((i, _, e)) if headless_subhead(text, lines, &e, i, start) => Title::Headless(i),
        Some((i, _, _)) => Title::Line(quoted_headline_above(text, lines, i, meta).unwrap_or(i)),
        None => Title::None,
    }
}

/// A headline the markup gives (normalized), as the record's title where the text gives
/// none: without a column prefix (`【健康】…`, `瞭望丨…`) or a media tag after it (`（组图）`).
#[cfg(feature = "html")]
pub(crate) fn markup_title(t: &str) -> String {
    let t = t.trim();
    without_column_prefix(t, without_trailing_tag(t, Span::new(0, t.len()))).slice(t).to_string()
}

/// Most characters of a column name the markup prints before the headline
/// (`专栏名：标题…` in `<title>`, the text printing the headline alone).
const MAX_MARKUP_PREFIX_CHARS: usize = 8;

/// Fewest letters, digits and Han characters of a line the markup may print as its headline.
const MIN_MARKUP_HEADLINE_CHARS: usize = 6;

/// The letters, digits and Han characters of a headline, lower-cased: what is compared
/// between the text's lines and the markup's headlines (punctuation and spacing differ).
fn headline_key(s: &str) -> String {
    s.chars().filter(|&c| crate::text::is_alphanumeric(c)).flat_map(char::to_lowercase).collect()
}

/// Where a markup headline (`keys`: [`headline_key`]s) prints `line`: the key and the byte
/// offset of the line's key in it, at most [`MAX_MARKUP_PREFIX_CHARS`] characters in (a
/// site's name may follow it). A line of fewer than [`MIN_MARKUP_HEADLINE_CHARS`] characters
/// is no evidence (a channel name opening `<title>`).
fn printed_headline<'k>(line: &str, keys: &'k [String]) -> Option<(&'k str, usize)> {
    let key = headline_key(line);
    if key.chars().count() < MIN_MARKUP_HEADLINE_CHARS {
        return None;
    }
    keys.iter().find_map(|k| {
        let at = k.find(&key)?;
        (k[..at].chars().count() <= MAX_MARKUP_PREFIX_CHARS).then_some((k.as_str(), at))
    })
}

/// The span of the headline on line `t`, over the lines right below it that go on with it
/// where the markup prints them together (a long headline broken over several lines by the
/// page: `某某委员会` / `关于某某的决定`).
fn printed_over_lines(text: &str, lines: &[Line], t: usize, keys: &[String]) -> Span {
    let mut span = lines[t].span;
    let Some((key, at)) = printed_headline(span.slice(text), keys) else { return span };
    let mut joined = headline_key(span.slice(text));
    for next in &lines[t + 1..] {
        if !matches!(next.kind, LineKind::Text) || !title_like(text, next) {
            break;
        }
        let more = joined.clone() + &headline_key(next.span.slice(text));
        if !key[at..].starts_with(&more) {
            break;
        }
        joined = more;
        span.end = next.span.end;
    }
    span
}

/// Where the text gives no headline: a line the markup prints as its headline before a site
/// separator (`某某法-栏目名`, `[标签]某某事件-某某传媒`), the line's words being the headline's.
fn markup_headline_line(text: &str, lines: &[Line], headlines: &[String]) -> Option<Span> {
    lines.iter().find_map(|l| {
        let t = l.span.slice(text).trim();
        let rest = headlines.iter().find_map(|h| h.trim().strip_prefix(t))?;
        let cut = rest.trim_start().starts_with(SITE_SEPARATORS) || rest.is_empty();
        let headline = title_like(text, l) && cut && !matches!(l.kind, LineKind::Meta(_) | LineKind::OriginalTitle(_));
        if headline {
            trimmed(text, l.span)
        } else {
            None
        }
    })
}

/// `span` without surrounding whitespace; `None` when nothing is left.
fn trimmed(text: &str, span: Span) -> Option<Span> {
    let t = span.slice(text);
    let lead = t.len() - t.trim_start().len();
    let kept = t.trim().len();
    (kept > 0).then(|| Span::new(span.start + lead, span.start + lead + kept))
}

/// The date of a legal document's adoption line right below its title: the document's own
/// date where the text prints no date line.
fn adoption_stamp(text: &str, lines: &[Line], title: Span, meta: &meta::MetaParser) -> Option<Stamp> {
    adoption_line(text, line_below(lines, title.end.saturating_sub(1))?.span, meta)
}

/// The date of a legal document's adoption line (`（2024年6月28日某某会议通过）`): bracketed,
/// opening with the date and ending with what was done that day
/// (`lexicon/adoption_verbs.txt`). Never the title.
fn adoption_line(text: &str, span: Span, meta: &meta::MetaParser) -> Option<Stamp> {
    let line = span.slice(text);
    let t = line.trim();
    let inner = t.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])?;
    if !crate::lexicon::ADOPTION_VERBS.words().any(|w| inner.ends_with(w)) {
        return None;
    }
    // `inner` opens after the leading spaces and the bracket.
    let at = span.start + (line.len() - line.trim_start().len()) + t.chars().next()?.len_utf8();
    meta.dates(inner, at).into_iter().next().filter(|d| d.span.start == at)
}

/// What the title choice found above the body.
enum Title {
    /// The headline, a line's index.
    Line(usize),
    /// No headline: the page opens with a subhead (this line), which is article text.
    Headless(usize),
    None,
}

/// The first line of a roundup's body (several items, each a heading over its paragraphs:
/// `【湖川日报】某县启用胸痛中心` ⏎ `…。`): when at least two headings stand between the
/// body's prose paragraphs, the phrases without a stop right above the first prose line
/// `start`, below the title `t` and the metadata lines, are the first item's heading and
/// its section's label, body like the others.
fn roundup_item_heads(text: &str, lines: &[Line], t: usize, start: usize) -> usize {
    const MIN_ITEM_HEADS: usize = 2;
    let items = (start + 1..lines.len()).filter(|&i| heading_between_prose(text, lines, i)).count();
    if items < MIN_ITEM_HEADS {
        return start;
    }
    let mut first = start;
    while let Some(p) = neighbour(lines, first, -1).filter(|&p| p > t && stopless_heading(text, lines, p)) {
        first = p;
    }
    first
}

/// Whether the best title candidate `i` is only the first subhead of a page without a
/// headline (a report cut out of a paper page: subheads between its paragraphs): it stands
/// next to no date, source or byline line, no other line says it again, the markup does not
/// print it as the headline, and at least two
/// unnumbered subheads between the body's prose paragraphs are as long as it or longer — so
/// nothing sets it apart as the headline. One phrase above subheads that all set two side by
/// side ([`paired_phrases`]) is set apart by its shape.
fn headless_subhead(text: &str, lines: &[Line], e: &Evidence, i: usize, start: usize) -> bool {
    const MIN_SUBHEADS: usize = 2;
    let set_apart = e.present().any(|(f, _)| {
        matches!(
            f,
            Feature::AboveMeta | Feature::AboveCredit | Feature::BelowMeta | Feature::Repeated | Feature::MarkupTitle
        )
    });
    if set_apart {
        return false;
    }
    let Some(last_prose) = lines.iter().rposition(|l| matches!(l.kind, LineKind::Text) && l.features.prose) else {
        return false;
    };
    let han = lines[i].features.han;
    let subheads: Vec<&Line> = lines[start..last_prose]
        .iter()
        .filter(|l| {
            matches!(l.kind, LineKind::Text)
                && !l.features.prose
                && l.features.han >= han
                && title_like(text, l)
                && !crate::markers::numbered_heading(l.span.slice(text))
        })
        .collect();
    let one_phrase_over_pairs =
        !paired_phrases(lines[i].span.slice(text)) && subheads.iter().all(|l| paired_phrases(l.span.slice(text)));
    subheads.len() >= MIN_SUBHEADS && !one_phrase_over_pairs
}

/// The first line of a headless page's opening (`Title::Headless`): the run of text lines
/// right above its first subhead `i` that each end with a sentence stop (`去社区就能看专家！` /
/// `家门口的体检站开张了！` above `三项服务抢先看！`) is the post's opening, not furniture; a
/// line without a stop (a banner, a channel name) ends the run.
fn sentences_above(text: &str, lines: &[Line], i: usize) -> usize {
    let mut first = i;
    while let Some(p) = neighbour(lines, first, -1) {
        let stopped = lines[p].span.slice(text).trim_end().ends_with(['。', '！', '？', '!', '?']);
        if !matches!(lines[p].kind, LineKind::Text) || !stopped {
            break;
        }
        first = p;
    }
    first
}

/// Whether a heading is two phrases or more set side by side with a space or a comma
/// (`强化组织领导 压实工作责任`), the shape of a paper's subheads: a line of one phrase above
/// them (`某某推进会召开`) is set apart from them as the headline.
fn paired_phrases(line: &str) -> bool {
    line.trim().split(|c: char| c.is_whitespace() || matches!(c, '，' | ',')).filter(|p| p.chars().any(is_han)).count()
        >= 2
}

/// A headline that quotes a remark (`“……”`) right above the line chosen as the title when
/// that one stands above the date or source line: the quote is the title, the line below it
/// the subtitle that explains it.
fn quoted_headline_above(text: &str, lines: &[Line], i: usize, meta: &meta::MetaParser) -> Option<usize> {
    let below_is_meta = neighbour(lines, i, 1).is_some_and(|n| matches!(lines[n].kind, LineKind::Meta(_)));
    let p = neighbour(lines, i, -1)?;
    (below_is_meta && title_candidate(text, lines, p, meta) && quoted_whole(lines[p].span.slice(text))).then_some(p)
}

/// Whether a line is one quotation from its first character to its last.
fn quoted_whole(line: &str) -> bool {
    let t = line.trim();
    t.strip_prefix(['“', '「', '"'])
        .and_then(|r| r.strip_suffix(['”', '」', '"']))
        .is_some_and(|inner| !inner.is_empty() && !inner.contains(['“', '”', '「', '」', '"']))
}

/// Marks gluing a site's name or a portal's keyword tag after a headline (`…_新华网`).
const SITE_SEPARATORS: [char; 6] = ['_', '|', '｜', '-', '－', '—'];

/// The length of a headline before a site name glued after it (`…_新华网`, `… - 中国新闻网`):
/// at least four Han characters before a separator, an outlet of at most 12 characters after it.
fn site_name_cut(meta: &meta::MetaParser, t: &str) -> Option<usize> {
    // Without a separator, an outlet's name after a space (`某县推进… 某某日报`), after a
    // headline, not after a body's or outlet's name (`某市卫健委 某某日报`, a credit).
    let sep = t.rfind(SITE_SEPARATORS);
    let cut = sep.or_else(|| t.trim_end().rfind(' '))?;
    let spaced = |c: char| c == ' ' || SITE_SEPARATORS.contains(&c);
    let head = t[..cut].trim_end_matches(spaced).trim_end();
    if sep.is_none() && (meta.is_body_name(head) || meta.is_outlet(head)) {
        return None;
    }
    let tail = t[cut..].trim_start_matches(spaced).trim();
    let head_han = head.chars().filter(|&c| is_han(c)).count();
    (head_han >= 4 && tail.chars().count() <= 12 && meta.is_outlet(tail)).then_some(head.len())
}

/// Whether line `i` may be the title: a headline-shaped text line, no standfirst and no
/// site name (a headline with the site's name glued after it is one).
fn title_candidate(text: &str, lines: &[Line], i: usize, meta: &meta::MetaParser) -> bool {
    let t = lines[i].span.slice(text);
    matches!(lines[i].kind, LineKind::Text)
        && (title_like(text, &lines[i]) || stop_ended_headline(text, lines, i))
        && !standfirst(text, &lines[i])
        && adoption_line(text, lines[i].span, meta).is_none()
        && (!meta.is_outlet(t) || site_name_cut(meta, t).is_some())
        && !next_photo_caption(text, lines, i, meta)
}

/// A headline printed with a full stop at its end (`某县开通急救专线。`) right above the date or
/// source line, the page's first line of text: one short sentence, no other stop or comma in
/// it, is the headline, not a paragraph (a paragraph does not stand above the page's date
/// line; a sentence below a headline is the text's).
fn stop_ended_headline(text: &str, lines: &[Line], i: usize) -> bool {
    const MAX_CHARS: usize = 40;
    let l = &lines[i];
    let Some(head) = l.span.slice(text).trim_end().strip_suffix('。') else { return false };
    let above_stamp =
        neighbour(lines, i, 1).is_some_and(|n| matches!(&lines[n].kind, LineKind::Meta(m) if !m.is_credit_only()));
    above_stamp
        && l.features.chars <= MAX_CHARS
        && !head.contains(['，', ',', '；'])
        && headline_shape(head, &l.features)
        // From the line up, so that each candidate stops at the text line nearest above.
        && !lines[..i].iter().rev().any(|l| matches!(l.kind, LineKind::Text))
}

/// A line right below a photo caption that does not stand above the date or source line
/// (`发布会现场` / `某局局长张三答记者问` / byline): the caption of the next photo, not the
/// headline. A headline printed under a lead photo has its date or source line, or the
/// report's dateline, below it.
fn next_photo_caption(text: &str, lines: &[Line], i: usize, meta: &meta::MetaParser) -> bool {
    let below_caption = neighbour(lines, i, -1).is_some_and(|p| matches!(lines[p].kind, LineKind::Caption(_)));
    let above_stamp = neighbour(lines, i, 1).is_some_and(|n| match &lines[n].kind {
        LineKind::Meta(m) => !m.is_credit_only(),
        // A report's dateline opens the paragraph below (`某社北京4月24日电`): a headline's.
        LineKind::Text => meta.opens_report(text, lines[n].span),
        _ => false,
    });
    below_caption && !above_stamp
}

/// The datelines of the first paragraphs ([`meta::MetaParser::dateline`]), each read once:
/// the lead box and the page's dateline ask for the same paragraphs.
#[derive(Default)]
struct Datelines(Vec<(Span, Option<MetaLine>)>);

impl Datelines {
    fn get(&mut self, meta: &meta::MetaParser, text: &str, paragraph: Span) -> Option<&MetaLine> {
        let i = match self.0.iter().position(|(p, _)| *p == paragraph) {
            Some(i) => i,
            None => {
                self.0.push((paragraph, meta.dateline(text, paragraph)));
                self.0.len() - 1
            }
        };
        self.0[i].1.as_ref()
    }

    /// The dateline of `paragraph`, read now unless it was before (and kept no longer).
    fn take(&mut self, meta: &meta::MetaParser, text: &str, paragraph: Span) -> Option<MetaLine> {
        match self.0.iter_mut().find(|(p, _)| *p == paragraph) {
            Some((_, kept)) => kept.take(),
            None => meta.dateline(text, paragraph),
        }
    }
}

/// The headline printed before the fields of the first metadata line above the body, on a
/// page with no headline line of its own (`某市推进某项工作 2024-03-12 来源：某报`).
fn head_of_meta_line(above: &[Line]) -> Option<Span> {
    above.iter().find_map(|l| match &l.kind {
        LineKind::Meta(m) => Some(m.head),
        _ => None,
    })?
}

/// The first metadata line at or above the body line `start`, and what it names.
fn first_meta_line(lines: &[Line], start: usize) -> Option<(usize, &MetaLine)> {
    lines.iter().enumerate().take(start + 1).find_map(|(i, l)| match &l.kind {
        LineKind::Meta(m) => Some((i, &**m)),
        _ => None,
    })
}

/// Whether metadata line `i` (`m`) is a bare date or time line between the body's lines
/// (`时间：2024年6月10日`, between `start` and the last text line): article text, not the
/// page's stamp. A date closing a notice with no prose below it is a stamp.
fn date_in_text(text: &str, lines: &[Line], i: usize, (start, last_text): (usize, usize), m: &MetaLine) -> bool {
    i > start
        && i < last_text
        && m.sources.is_empty()
        && m.bylines.is_empty()
        && !post_header(lines[i].span.slice(text))
        && !lines::closing_date(lines, i)
}

/// The line where the body ends: the first related-list heading from `start` on, but for
/// a heading carrying its one link inline with the report going on right below it
/// ([`inline_link_heading`]).
fn body_end(text: &str, lines: &[Line], start: usize) -> usize {
    let mut from = start;
    while let Some(h) = lines[from..].iter().position(|l| matches!(l.kind, LineKind::Heading)) {
        if !inline_link_heading(text, lines, from + h) {
            return from + h;
        }
        from += h + 1;
    }
    lines.len()
}

/// A related-list heading with its one link after the colon (`相关阅读：某县启动医共体建设`)
/// and a line of the report's prose right below it: a link set inside the text, which goes
/// on (the heading line itself stays out of the body).
fn inline_link_heading(text: &str, lines: &[Line], h: usize) -> bool {
    const MIN_LINK_HAN: usize = 4;
    const MAX_LINK_CHARS: usize = 30;
    let Some((_, link)) = lines[h].span.slice(text).split_once(['：', ':']) else { return false };
    // One headline: no sentence in it, no second label (`声明：免责声明：…`).
    let headline =
        link.chars().count() <= MAX_LINK_CHARS && !link.contains(['，', '。', '；', '！', '？', '：', ',', ';', ':']);
    let linked = headline && link.chars().filter(|&c| is_han(c)).count() >= MIN_LINK_HAN;
    linked && neighbour(lines, h, 1).is_some_and(|n| matches!(lines[n].kind, LineKind::Text) && lines[n].features.prose)
}

/// The first non-blank line from `i` on in direction `step` (not `i` itself).
fn neighbour(lines: &[Line], i: usize, step: isize) -> Option<usize> {
    let mut j = i as isize + step;
    while j >= 0 && (j as usize) < lines.len() {
        if !matches!(lines[j as usize].kind, LineKind::Blank) {
            return Some(j as usize);
        }
        j += step;
    }
    None
}

/// What makes line `i` the headline above the body line `start`: its Han characters and
/// what it stands next to. A byline alone may follow a subtitle; the date or source line
/// follows the title (before any line below it: a caption, a lead).
fn title_evidence(text: &str, lines: &[Line], openings: &Openings<'_>, i: usize, start: usize) -> Evidence {
    let mut e = lines[i].evidence.clone();
    e.flag(Feature::Repeated, said_again(text, lines, openings, i));
    e.set(Feature::TitleHan, lines[i].features.han.min(scores::TITLE_HAN_CAP) as f32);
    if let Some(n) = neighbour(lines, i, 1) {
        match &lines[n].kind {
            LineKind::Meta(m) if m.is_credit_only() => e.flag(Feature::AboveCredit, true),
            LineKind::Meta(_) => e.flag(Feature::AboveMeta, true),
            _ => e.flag(Feature::AboveBody, n == start),
        }
    }
    e.flag(Feature::BelowMeta, neighbour(lines, i, -1).is_some_and(|p| matches!(lines[p].kind, LineKind::Meta(_))));
    e.set(Feature::BodyDistance, body_distance(lines, i, start) as f32);
    e
}

/// The non-blank lines strictly between line `i` and the body line `start` (below it), at
/// most [`scores::BODY_DISTANCE_CAP`] (the count stops there).
fn body_distance(lines: &[Line], i: usize, start: usize) -> usize {
    lines[i + 1..start.max(i + 1)]
        .iter()
        .filter(|l| !matches!(l.kind, LineKind::Blank))
        .take(scores::BODY_DISTANCE_CAP)
        .count()
}

/// The non-blank lines of a page by their first [`MIN_SHARED_CHARS`] characters: where to
/// look for a line said again.
type Openings<'t> = HashMap<&'t str, Vec<usize>>;

fn openings<'t>(text: &'t str, lines: &[Line]) -> Openings<'t> {
    let mut by_opening: Openings<'t> = HashMap::default();
    for (i, l) in lines.iter().enumerate() {
        if let Some(o) = opening(l.span.slice(text)) {
            by_opening.entry(o).or_default().push(i);
        }
    }
    by_opening
}

/// The first [`MIN_SHARED_CHARS`] characters of a line, if it has as many.
fn opening(line: &str) -> Option<&str> {
    let t = line.trim();
    t.char_indices().nth(MIN_SHARED_CHARS - 1).map(|(k, c)| &t[..k + c.len_utf8()])
}

/// Whether another line of the page says line `i` again, whole or cut short (the page's
/// head and the article's head; a share card). At most a few lines of the same opening are
/// compared, so that the search stays linear.
fn said_again(text: &str, lines: &[Line], openings: &Openings<'_>, i: usize) -> bool {
    const MAX_COMPARED: usize = 16;
    let line = lines[i].span.slice(text);
    let Some(same) = opening(line).and_then(|o| openings.get(o)) else { return false };
    same.iter().filter(|&&j| j != i).take(MAX_COMPARED).any(|&j| repeats_title(line, lines[j].span.slice(text)))
}

/// A long line of clauses joined by commas above the body (a standfirst summing the report
/// up), not a headline: more than 30 Han characters and two commas or more.
fn standfirst(text: &str, line: &Line) -> bool {
    const MAX_TITLE_HAN: usize = 30;
    line.features.han > MAX_TITLE_HAN && line.span.slice(text).matches(['，', ',']).count() >= 2
}

/// The first non-blank line below the line holding byte `at`.
fn line_below(lines: &[Line], at: usize) -> Option<&Line> {
    let k = lines.iter().position(|l| l.span.start <= at && at < l.span.end.max(l.span.start + 1))?;
    lines[k + 1..].iter().find(|l| !matches!(l.kind, LineKind::Blank))
}

/// The publication stamp: among metadata lines above the body, the one nearest the title
/// (below it first); else the first one after the body. A line that prints only the time
/// the page was changed (`更新时间：…`) is taken only where no other line is dated.
fn pick_stamp(metas: &[(usize, &MetaLine)], start: usize, title: Option<usize>) -> Option<Stamp> {
    let pick = |published: bool| {
        let dated = || metas.iter().filter(|(_, m)| !(m.stamps.is_empty() || (published && m.only_updates())));
        let head = match title {
            Some(t) => dated().filter(|(i, _)| *i < start).min_by_key(|(i, _)| (i.abs_diff(t), *i < t)),
            None => dated().rfind(|(i, _)| *i < start),
        };
        head.or_else(|| dated().find(|(i, _)| *i > start)).and_then(|(_, m)| m.stamps.first().cloned())
    };
    pick(true).or_else(|| pick(false))
}

/// A publication stamp giving the day only gives way to another dated line of the same day
/// that also prints the clock time, on its line or on the line below it (a press release
/// dated under its title and again, with the time, at its foot).
fn same_day_with_time(lines: &[Line], stamp: Stamp, timed: impl Fn(Stamp) -> Stamp) -> Stamp {
    if stamp.iso.contains('T') {
        return stamp;
    }
    let metas = lines.iter().filter_map(|l| match &l.kind {
        LineKind::Meta(m) if !m.only_updates() => Some(m),
        _ => None,
    });
    let published = metas.flat_map(|m| m.stamps.iter());
    published
        .filter(|s| s.span != stamp.span && s.iso.get(..10) == Some(stamp.iso.as_str()))
        .map(|s| timed(s.clone()))
        .find(|s| s.iso.contains('T'))
        .unwrap_or(stamp)
}

/// The role of a photo credit.
const PHOTO_ROLE: &str = "摄影";

/// Staff roles a photo credit may print right before its name (`记者某某 摄`).
const CAPTION_ROLES: [&str; 2] = ["记者", "通讯员"];

/// The staff role printed right before a caption credit's name (`…坐诊。 记者某某 摄` →
/// `记者`): the photographer is also that role of the page.
fn caption_role(text: &str, name: Span) -> Option<&'static str> {
    let before = text.get(..name.start)?.trim_end_matches([' ', '\u{3000}']);
    CAPTION_ROLES.into_iter().find(|r| before.ends_with(r))
}

/// The credits of a caption's photographers (`…。湖川日报记者张三摄`): each is a photographer,
/// and the staff role printed before the name too (`记者`), of the outlet glued before it.
fn caption_credits(meta: &meta::MetaParser, text: &str, line: Span, names: &[Field]) -> Vec<Credit> {
    let outlet = names.first().and_then(|n| caption_outlet(meta, text, line, n.span));
    let credit =
        |name: &Field, role: &str| Credit { name: name.clone(), role: role.into(), organization: outlet.clone() };
    let mut out = Vec::new();
    for name in names {
        out.extend(caption_role(text, name.span).map(|role| credit(name, role)));
        out.push(credit(name, PHOTO_ROLE));
    }
    out
}

/// The outlet a caption's photographers work for, glued before their reporter label
/// (`…。湖川晚报图片记者张三、李四摄` → `湖川晚报`): the longest opening of the credit
/// (after the caption's last stop, arrow, bracket or space) that is an outlet, at most
/// [`MAX_CAPTION_LABEL_CHARS`] label characters (`图片`) between it and the reporter label.
/// The paper's self-reference (`本报记者`) names none: the page's source is the outlet then.
fn caption_outlet(meta: &meta::MetaParser, text: &str, line: Span, first_name: Span) -> Option<Field> {
    const MAX_CAPTION_LABEL_CHARS: usize = 6;
    const OPENERS: [char; 12] = ['。', '！', '？', '▲', '△', '■', '●', '◆', '（', '(', ' ', '\u{3000}'];
    let before = text.get(line.start..first_name.start)?.trim_end();
    let credit = before.strip_suffix(CAPTION_ROLES[0])?;
    let from = credit.rfind(OPENERS).map_or(0, |i| i + credit[i..].chars().next().map_or(0, char::len_utf8));
    let head = &credit[from..];
    if head.starts_with('本') {
        return None;
    }
    let ends = head.char_indices().map(|(i, c)| i + c.len_utf8()).collect::<Vec<_>>();
    let end = ends.into_iter().rev().find(|&e| meta.is_outlet(&head[..e]))?;
    let start = line.start + from;
    (head[end..].chars().count() <= MAX_CAPTION_LABEL_CHARS && head[end..].chars().all(is_han))
        .then(|| Field::new(&head[..end], Span::new(start, start + end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A caption's photographers are the outlet's glued before their label; the paper's
    /// self-reference and a bare label name none.
    #[test]
    fn caption_outlet_before_the_reporter_label() {
        let meta = meta::MetaParser::new();
        let outlet = |t: &str, name: &str| {
            let at = t.find(name).unwrap();
            caption_outlet(&meta, t, Span::new(0, t.len()), Span::new(at, at + name.len())).map(|f| f.text)
        };
        assert_eq!(outlet("医生为村民测量血压。湖川晚报图片记者张晓明、李红摄", "张晓明").as_deref(), Some("湖川晚报"));
        assert_eq!(outlet("▲湖川日报记者 张晓明 摄", "张晓明").as_deref(), Some("湖川日报"));
        assert_eq!(outlet("医生为村民测量血压。本报记者张晓明摄", "张晓明"), None);
        assert_eq!(outlet("医生为村民测量血压。记者 张晓明 摄", "张晓明"), None);
        assert_eq!(outlet("医生为村民测量血压。通讯员 张晓明 摄", "张晓明"), None);
    }

    /// A page cut off inside a sentence keeps the cut clause; a short label or a site
    /// name after the last paragraph, or a clause with more text below it, is no cut sentence.
    #[test]
    fn cut_off_clause_is_the_pages_last_sentence() {
        let cut = |t: &str| cut_off_clause(t, Span::new(t.rfind('\n').map_or(0, |i| i + 1), t.len()));
        assert!(cut("会议指出，全年接诊患者3万人次。\n会议强调，各地"));
        assert!(cut("衞生署表示，計劃惠及長者。\n署長認為，兩地"));
        assert!(!cut("会议指出，全年接诊患者3万人次。\n青禾县卫生健康局"));
        assert!(!cut("会议指出，全年接诊患者3万人次。\n编辑，校对"));
        assert!(!cut("会议指出，全年接诊患者3万人次。\n截至5月，共2000人"));
        assert!(!cut("会议指出，全年接诊患者3万人次。\n会议强调，"));
        let t = "会议指出，全年接诊患者3万人次。\n会议强调，各地\n版权所有";
        let start = t.find("会议强调").unwrap();
        assert!(!cut_off_clause(t, Span::new(start, start + "会议强调，各地".len())));
    }

    /// The example that documented `module`.
    #[test]
    fn example_module() {
        use crate::article::ArticleParser;
        let page = "首页 > 新闻中心 > 工作动态\n某市推进紧密型县域医共体建设\n2024-03-01 09:30 来源：健康报\n\
                    今年，某市新建县域医共体12个。\n责任编辑：王芳\n相关新闻\n- 1 另一篇报道\n- 2 又一篇报道";
        let layout = ArticleParser::new().parse(page);
        assert_eq!(layout.title.as_ref().unwrap().text, "某市推进紧密型县域医共体建设");
        assert_eq!(layout.published_at.as_ref().unwrap().iso, "2024-03-01T09:30");
        assert_eq!(layout.source.as_ref().unwrap().text, "健康报");
        assert_eq!(layout.editors[0].text, "王芳");
        assert_eq!(layout.body(page), "今年，某市新建县域医共体12个。");
    }

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
    fn broken_leads_need_a_broken_sentence() {
        let l = layout("2026年5月\n是全省第12个健康素养宣传月\n5月8日上午\n以“健康生活”为主题的\n宣传月启动仪式\n启动仪式上，市卫健委副主任周明远介绍了全年工作安排。");
        assert_eq!(l.title, None);
        assert_eq!(l.paragraphs.len(), 6, "{:?}", l.paragraphs);
        // Three short lines breaking no sentence: the lowest of them is a headline.
        let l = layout("健康周刊\n第12期\n青柳市全面推进家庭医生签约\n5月8日，全市家庭医生工作推进会在青柳市召开。");
        assert_eq!(l.paragraphs.len(), 1, "{:?}", l.paragraphs);
        assert!(bare_date("2026年5月") && bare_date("5月8日") && !bare_date("5月8日上午") && !bare_date("年月"));
    }

    #[test]
    fn interview_questions_open_the_body() {
        assert!(question_turn("记者：这项改革最大的变化是什么？"));
        assert!(question_turn("问：门诊报销的起付标准是多少？"));
        assert!(!question_turn("来源：某市卫生健康委员会"));
        assert!(!question_turn("某某报社论：医改向何处去？"));
        assert!(!question_turn("专家：春季如何预防流感？"));
        let l = layout("某县医院院长谈医共体\n2026-03-05 16:40 来源：某某网\n记者：医共体建设两年来，最大的变化是什么？\n院长：县域内就诊率提高到了90%，群众不用再往大城市跑。");
        assert!(l.paragraphs.len() == 2, "{:?}", l.paragraphs);
    }

    #[test]
    fn furniture_only_page_is_empty() {
        let page = "首页 新闻 政务 健康 教育 科技 文化 体育\n当前位置：首页 > 新闻\n相关新闻\n- 1 某地召开会议\n- 2 某院获评先进\n关于我们 | 联系我们 | 网站地图\n版权所有 © 某某网";
        assert_eq!(layout(page), ArticleLayout::default());
    }

    #[test]
    fn a_page_whose_only_paragraph_trails_off_keeps_it() {
        let page = "某市人民医院获批区域医疗中心\n2026年06月12日 来源：某某网\n某某网某市6月12日电 （记者王一鸣）6月12日，记者从某市卫生健康局获悉……\n（责编：李想）";
        let l = layout(page);
        assert_eq!(l.title.as_ref().map(|t| t.text.as_str()), Some("某市人民医院获批区域医疗中心"));
        assert_eq!(l.paragraphs.len(), 1, "{:?}", l.paragraphs);
        assert!(l.paragraphs[0].slice(page).ends_with("获悉……"));
        // A teaser's three dots are still no prose of the page.
        assert!(!lines::Features::of("某县召开基层卫生工作会议，部署...").prose);
        assert!(!lines::Features::of("更多精彩……").prose);
    }

    #[test]
    fn the_markup_headline_beats_an_account_line_above_the_date() {
        let page = "某县开通夜间门诊，方便上班族就医\n\n健康小站\n\n发布时间：2024-05-06 10:30\n\n为方便上班族就医，某县人民医院从本月起开设夜间门诊。首日接诊患者六十余人。";
        let parser = ArticleParser::new();
        // Without markup, the account's name there is the source, the line above it the title.
        let l = parser.parse(page);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("某县开通夜间门诊，方便上班族就医"));
        assert_eq!(l.source.map(|t| t.text).as_deref(), Some("健康小站"));
        let markup = ["某县开通夜间门诊,方便上班族就医_某某新闻网".to_string()];
        let l = parser.parse_page(page, &markup);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("某县开通夜间门诊，方便上班族就医"));
        assert_eq!(l.published_at.map(|s| s.iso).as_deref(), Some("2024-05-06T10:30"));
        // A markup title naming only the site is no evidence.
        let l = parser.parse_page(page, &["健康小站".to_string()]);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("某县开通夜间门诊，方便上班族就医"));
    }

    #[test]
    fn a_headline_broken_over_lines_is_joined_where_the_markup_prints_it() {
        let page = "某某市人民代表大会常务委员会\n关于加强基层医疗卫生服务的决定\n（2024年6月28日某某市第十届人民代表大会常务委员会第九次会议通过）\n\n为加强基层医疗卫生服务，保障人民群众健康，作如下决定。";
        let parser = ArticleParser::new();
        let markup = ["某某市人民代表大会常务委员会关于加强基层医疗卫生服务的决定_某某人大网".to_string()];
        let l = parser.parse_page(page, &markup);
        assert_eq!(
            l.title.map(|t| t.text).as_deref(),
            Some("某某市人民代表大会常务委员会关于加强基层医疗卫生服务的决定")
        );
        // The adoption line dates the document.
        assert_eq!(l.published_at.map(|s| s.iso).as_deref(), Some("2024-06-28"));
    }

    #[test]
    fn adoption_lines_date_a_document_without_a_date_line() {
        let dated = |page: &str| layout(page).published_at.map(|s| s.iso);
        let law = "某某市院前医疗急救条例\n\n（2023年9月1日某某市人民代表大会常务委员会第五次会议通过）\n\n第一条 为了规范院前医疗急救行为，制定本条例。";
        assert_eq!(dated(law).as_deref(), Some("2023-09-01"));
        // Not an adoption: a bracketed line saying something else happened that day.
        let held = "某某市院前医疗急救培训班开班\n\n（2023年9月1日上午在市急救中心举行）\n\n培训班为期三天，全市一百余名急救人员参加。";
        assert_eq!(dated(held), None);
        // A date line wins.
        let both = "某某市院前医疗急救条例\n\n（2023年9月1日某某市人民代表大会常务委员会第五次会议通过）\n\n发布日期：2023-09-05\n\n第一条 为了规范院前医疗急救行为，制定本条例。";
        assert_eq!(dated(both).as_deref(), Some("2023-09-05"));
    }

    /// A headline printed with a full stop, right above the date line, is the title; a short
    /// sentence above a date line below the headline, or a paragraph above one, is not.
    #[test]
    fn a_headline_with_a_full_stop_above_the_date_line() {
        let body = "近日，青禾县卫生健康局印发通知，部署今年的家庭医生签约服务工作。\n通知要求，各乡镇卫生院要在六月底前完成重点人群签约。";
        let page = format!("青禾县开通急救专线。\n2026-03-05 10:21 来源：湖川日报\n{body}");
        let l = layout(&page);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("青禾县开通急救专线。"));
        assert_eq!(l.paragraphs.len(), 2);
        let headed = format!("青禾县开通急救专线\n今天起全县可拨打专线。\n2026-03-05 10:21 来源：湖川日报\n{body}");
        assert_eq!(layout(&headed).title.map(|t| t.text).as_deref(), Some("青禾县开通急救专线"));
        let commas = format!("近日，青禾县开通急救专线，全县可拨打。\n2026-03-05 10:21 来源：湖川日报\n{body}");
        assert_eq!(layout(&commas).title, None);
    }

    #[test]
    fn a_page_without_text_keeps_its_headline_and_date() {
        let page = "首页 新闻 通知\n\n某某学院召开安全工作会议\n\n发布时间：2024-03-12 | 浏览次数：213\n\n地址：某某路1号 电话：0000-1234567";
        let l = layout(page);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("某某学院召开安全工作会议"));
        assert_eq!(l.published_at.map(|s| s.iso).as_deref(), Some("2024-03-12"));
        assert!(l.paragraphs.is_empty());
        // No date line under a headline: nothing.
        assert_eq!(layout("首页 新闻 通知\n\n某某学院召开安全工作会议\n\n地址：某某路1号"), ArticleLayout::default());
    }

    #[test]
    fn the_markup_names_the_headline_of_a_page_without_one_in_its_text() {
        let page = "首页 新闻 通知\n\n中华人民共和国某某法\n\n浏览次数：213";
        let parser = ArticleParser::new();
        let l = parser.parse_page(page, &["中华人民共和国某某法-法规库".to_string()]);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("中华人民共和国某某法"));
        // The markup printing a line inside a longer headline is no cut at a separator.
        let l = parser.parse_page(page, &["中华人民共和国某某法实施条例".to_string()]);
        assert_eq!(l.title, None);
    }

    #[test]
    fn column_prefixes_are_no_part_of_the_title() {
        for (line, want) in [
            ("【健康】秋季流感疫苗开始接种", "秋季流感疫苗开始接种"),
            ("瞭望丨基层医疗服务能力持续提升", "基层医疗服务能力持续提升"),
            ("医保新规出台|医保新规出台，门诊报销比例提高", "医保新规出台，门诊报销比例提高"),
            ("秋季流感疫苗开始接种", "秋季流感疫苗开始接种"),
            ("【健康】", "【健康】"),
            ("【文明创建 共建共享】某区启动社区义诊活动", "某区启动社区义诊活动"),
            ("【某某某某某 某某某某某】某区启动社区义诊活动", "【某某某某某 某某某某某】某区启动社区义诊活动"),
            ("全市卫生健康工作会议召开 | 部署全年重点任务", "全市卫生健康工作会议召开 | 部署全年重点任务"),
        ] {
            let span = without_column_prefix(line, Span::new(0, line.len()));
            assert_eq!(span.slice(line), want);
        }
    }

    #[test]
    fn a_wire_dateline_heading_a_feature_leaves_the_title() {
        for (line, want) in [
            ("某社北京5月6日电 题：让群众看病更方便", "让群众看病更方便"),
            ("某社南屏5月6日电　题:家门口的好医生", "家门口的好医生"),
            ("专家解答：问题：谁来签约", "专家解答：问题：谁来签约"),
            ("主题：基层卫生服务能力提升", "主题：基层卫生服务能力提升"),
            ("某社北京5月6日电 题：", "某社北京5月6日电 题："),
        ] {
            let span = without_wire_heading(line, Span::new(0, line.len()));
            assert_eq!(span.slice(line), want);
        }
    }

    #[test]
    fn quoted_lines() {
        assert!(quoted_whole("“青柳人爱上了健步走”"));
        assert!(quoted_whole("「社區醫生就在身邊」"));
        assert!(!quoted_whole("“健康码”升级为“就医码”"));
        assert!(!quoted_whole("青柳推出“健康积分”"));
    }

    #[test]
    fn widget_tags_leave_the_title() {
        for (line, want) in [
            ("某县新设胸痛中心 [复制链接]", "某县新设胸痛中心"),
            ("某县新设胸痛中心【打印】", "某县新设胸痛中心"),
            ("新中心 [复制链接]", "新中心 [复制链接]"),
            ("某县新设胸痛中心[]", "某县新设胸痛中心[]"),
            ("某县新设胸痛中心 [一个很长的方括号里的说明文字]", "某县新设胸痛中心 [一个很长的方括号里的说明文字]"),
        ] {
            assert_eq!(without_trailing_tag(line, Span::new(0, line.len())).slice(line), want, "{line}");
        }
    }

    #[test]
    fn site_header_is_not_a_title() {
        let page = "金牛区卫生健康局\n发布时间：2024-05-01\n近日，金牛区启动老年人健康体检工作。";
        let l = layout(page);
        assert_eq!(l.title, None);
        assert_eq!(l.published_at.as_ref().map(|s| s.iso.as_str()), Some("2024-05-01"));
        assert_eq!(l.body(page), "近日，金牛区启动老年人健康体检工作。");
    }

    #[test]
    fn sidebar_list_above_the_article() {
        let page = "热门文章\n- 多地发布高温健康提示\n- 医保码使用指南\n秋季流感疫苗开始接种\n2024-09-20 来源：某某日报\n本市秋季流感疫苗接种工作今日启动。";
        let l = layout(page);
        assert_eq!(l.title.map(|t| t.text), Some("秋季流感疫苗开始接种".to_string()));
        assert_eq!(l.source.map(|t| t.text), Some("某某日报".to_string()));
        assert_eq!(l.paragraphs.len(), 1);
    }

    #[test]
    fn date_lines_inside_the_body_stay_body() {
        let page = "关于举办社区健康讲座的通知\n各社区居民：\n中心将举办慢病防治健康讲座。\n时间：2024年6月10日 14:30\n地点：中心三楼会议室\n欢迎居民参加。\n2024年6月3日";
        let l = layout(page);
        assert_eq!(l.published_at.as_ref().map(|s| s.iso.as_str()), Some("2024-06-03"));
        let paras: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(page)).collect();
        assert_eq!(
            paras,
            vec![
                "各社区居民：",
                "中心将举办慢病防治健康讲座。",
                "时间：2024年6月10日 14:30",
                "地点：中心三楼会议室",
                "欢迎居民参加。"
            ]
        );
    }

    #[test]
    fn outlet_glued_byline_is_metadata_not_title() {
        let page = "沪苏浙皖联合发布长三角医保一体化新举措\n澎湃新闻记者 朱莹\n2024-05-01 10:00 来源：澎湃新闻\n长三角三省一市医保部门今天联合发布新举措。";
        let l = layout(page);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("沪苏浙皖联合发布长三角医保一体化新举措"));
        assert_eq!(l.authors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), vec!["朱莹"]);
        assert_eq!(l.credits[0].organization.as_ref().map(|o| o.text.as_str()), Some("澎湃新闻"));
        assert_eq!(l.source.map(|f| f.text).as_deref(), Some("澎湃新闻"));
    }

    #[test]
    fn site_name_shaped_subheads_stay_in_the_body() {
        let page = "某县推进县域医共体建设\n2024-05-01\n今年以来，某县整合县乡村三级医疗资源。\n打造县域健康服务网站\n县卫健局上线健康服务平台，居民可在线预约。";
        let paras: Vec<&str> = layout(page).paragraphs.iter().map(|p| p.slice(page)).collect();
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert_eq!(paras[1], "打造县域健康服务网站");
    }

    #[test]
    fn a_self_media_account_between_headline_and_date_line_is_the_source() {
        let body = "今年以来，某县整合县乡村三级医疗资源，群众就医更加便利。";
        let source = |page: &str| layout(page).source.map(|f| f.text);
        let page = format!("山区小镇的乡村医生坚守二十年\n\n芦荡说健康\n\n发布时间：10-0812:00\n\n{body}");
        assert_eq!(source(&page).as_deref(), Some("芦荡说健康"));
        let page = format!("山区小镇的乡村医生坚守二十年\n\nAB健康汇\n\n发布时间：2027-10-08 12:00\n\n{body}");
        assert_eq!(source(&page).as_deref(), Some("AB健康汇"));
        // A writer's name there is no account, nor a phrase, nor a line under a short heading.
        let page = format!("山区小镇的乡村医生坚守二十年\n\n王建国\n\n发布时间：10-0812:00\n\n{body}");
        assert_eq!(source(&page), None);
        let page = format!("山区小镇的乡村医生坚守二十年\n\n一起看，乡村医生\n\n发布时间：10-0812:00\n\n{body}");
        assert_eq!(source(&page), None);
        let page = format!("首页\n\n乡村医生坚守\n\n发布时间：10-0812:00\n\n{body}");
        assert_eq!(source(&page), None);
        // A date line that names its outlet wins.
        let page =
            format!("山区小镇的乡村医生坚守二十年\n\n芦荡说健康\n\n发布时间：2027-10-08 来源：苇塘日报\n\n{body}");
        assert_eq!(source(&page).as_deref(), Some("苇塘日报"));
        // The account's line is not the title: the headline above it is.
        let page = format!("山区小镇的乡村医生坚守二十年\n芦荡说健康\n2027-10-08 12:00\n{body}");
        let title = layout(&page).title.map(|f| f.text);
        assert_eq!(title.as_deref(), Some("山区小镇的乡村医生坚守二十年"));
    }

    #[test]
    fn a_platform_channel_source_yields_to_a_plain_outlet_source() {
        let body = "今年以来，某县整合县乡村三级医疗资源，群众就医更加便利。\n\n全县新建村卫生室二十个，配齐设备。";
        let source = |page: &str| layout(page).source.map(|f| f.text);
        let page = format!(
            "山区小镇的乡村医生坚守二十年\n\n2027-10-08 12:00 来源：芦荡新闻·芦荡号·政务\n\n{body}\n\n编辑：孟雪松\n来源：苇塘日报\n"
        );
        assert_eq!(source(&page).as_deref(), Some("苇塘日报"));
        // Alone, the channel is the source; a plain 来源 line keeps its place.
        let page = format!("山区小镇的乡村医生坚守二十年\n\n2027-10-08 12:00 来源：芦荡新闻·芦荡号·政务\n\n{body}");
        assert_eq!(source(&page).as_deref(), Some("芦荡新闻·芦荡号·政务"));
        let page =
            format!("山区小镇的乡村医生坚守二十年\n\n2027-10-08 12:00 来源：芦荡晚报\n\n{body}\n\n编辑：孟雪松\n来源：苇塘日报\n");
        assert_eq!(source(&page).as_deref(), Some("芦荡晚报"));
    }

    #[test]
    fn title_over_subtitle_with_byline_and_no_site_name() {
        let page = "某某健康网\n某县医共体改革两年见成效\n某县融媒 2024-3-9 9:44:06\n县医院新设胸痛中心\n（记者 李明远）\n今年以来，某县整合县乡村三级医疗资源。";
        let l = layout(page);
        assert_eq!(l.title.map(|t| t.text).as_deref(), Some("某县医共体改革两年见成效"));
        assert_eq!(l.authors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), vec!["李明远"]);
        let page = "某某健康网\n今年以来，某县整合县乡村三级医疗资源。";
        assert_eq!(layout(page).title, None);
    }

    #[test]
    fn widget_labels_stay_out_and_clock_lines_complete_the_stamp() {
        let page = "某县启用新门诊楼\n2023年10月9日（星期一）\n本地时间09时30分\n县医院新门诊楼今日启用。\n出版：更新：\n门诊楼共五层，设诊室80间。";
        let l = layout(page);
        assert_eq!(l.published_at.as_ref().map(|s| s.iso.as_str()), Some("2023-10-09T09:30"));
        let paras: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(page)).collect();
        assert_eq!(paras, vec!["县医院新门诊楼今日启用。", "门诊楼共五层，设诊室80间。"]);
    }

    #[test]
    fn a_year_over_its_month_and_day_is_one_date_line() {
        let stamp = |page: &str| layout(page).published_at.map(|s| (s.iso.clone(), s.span.slice(page).to_string()));
        let page = "某县启用新门诊楼\n\n2023\n10/09\n09:30\n某某健康\n\n县医院新门诊楼今日启用，共设诊室80间。";
        assert_eq!(stamp(page), Some(("2023-10-09T09:30".into(), "2023\n10/09\n09:30".into())));
        let page = "某县启用新门诊楼\n2024\n02-29\n\n县医院新门诊楼今日启用，共设诊室80间。";
        assert_eq!(stamp(page), Some(("2024-02-29".into(), "2024\n02-29".into())));
        // No day that exists, a year apart from its day, or a number that is no year: no date.
        for page in [
            "某县启用新门诊楼\n2023\n02/29\n\n县医院新门诊楼今日启用，共设诊室80间。",
            "某县启用新门诊楼\n2023\n\n10/09\n\n县医院新门诊楼今日启用，共设诊室80间。",
            "某县启用新门诊楼\n1850\n10/09\n\n县医院新门诊楼今日启用，共设诊室80间。",
            "某县启用新门诊楼\n12\n10/09\n\n县医院新门诊楼今日启用，共设诊室80间。",
        ] {
            assert_eq!(stamp(page), None, "{page}");
        }
    }

    #[test]
    fn names_closing_the_last_paragraph_are_its_authors() {
        let page = "某镇部署新农合筹资\n会议要求抓好落实。（张建国）\n会后各村开始入户宣传。（王立新）";
        let l = layout(page);
        assert_eq!(l.authors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), vec!["王立新"]);
        let paras: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(page)).collect();
        assert_eq!(paras, vec!["会议要求抓好落实。（张建国）", "会后各村开始入户宣传。"]);
    }

    #[test]
    fn lead_boxes_and_title_repeats_leave_the_body() {
        let page = "某县新设胸痛中心\n县医院今日启用胸痛中心，救治时间大幅缩短。\n〔记者李明远／某县报导〕县医院今日启用胸痛中心。\n中心配备专职医护20名。\n某县新设胸痛\n";
        let l = layout(page);
        let paras: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(page)).collect();
        assert_eq!(paras, vec!["〔记者李明远／某县报导〕县医院今日启用胸痛中心。", "中心配备专职医护20名。"]);
        assert_eq!(l.authors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), vec!["李明远"]);
        assert!(repeats_title("某县新设胸痛中心", "某县新设胸痛…"));
        assert!(!repeats_title("某县新设胸痛中心", "某县新设"));
        assert!(!repeats_title("某县新设胸痛中心", "某县新设儿科门诊"));
    }

    #[test]
    fn photo_descriptions_are_captions() {
        let page = "某县新设胸痛中心\n2024-05-01\n县医院胸痛中心正式启用。图为当日，医生查看心电图。\n资料图片\n县医院今日启用胸痛中心，救治时间大幅缩短。\n";
        let l = layout(page);
        let caps: Vec<&str> = l.captions.iter().map(|p| p.slice(page)).collect();
        assert_eq!(caps, vec!["县医院胸痛中心正式启用。图为当日，医生查看心电图。", "资料图片"]);
        assert_eq!(l.body(page), "县医院今日启用胸痛中心，救治时间大幅缩短。");
        let page = "某县新设胸痛中心\n2024-05-01\n医生为老人测量血压。资料图片学生为村民宣讲健康知识。资料图片引言县医院今日启用胸痛中心，救治时间大幅缩短。\n";
        let l = layout(page);
        let caps: Vec<&str> = l.captions.iter().map(|p| p.slice(page)).collect();
        assert_eq!(caps, vec!["医生为老人测量血压。资料图片学生为村民宣讲健康知识。资料图片"]);
        assert_eq!(l.body(page), "引言县医院今日启用胸痛中心，救治时间大幅缩短。");
        // A short clause that plans, states a habit or goes on from a pronoun reports.
        for clause in ["全镇将开展为期两周的入户随访。", "她每周两次到村里送药。", "该院目前已收治患者四十人。"]
        {
            let page = format!(
                "某县新设胸痛中心\n2024-05-01\n{clause}\n资料图片\n县医院今日启用胸痛中心，救治时间大幅缩短。\n"
            );
            let l = layout(&page);
            assert!(l.body(&page).starts_with(clause), "{clause}: {}", l.body(&page));
        }
        let page = "某县新设胸痛中心\n2024-05-01\n护士为老人测量血压。\n资料图片\n县医院今日启用胸痛中心，救治时间大幅缩短。\n";
        assert_eq!(layout(page).body(page), "县医院今日启用胸痛中心，救治时间大幅缩短。");
    }

    /// A caption credit keeps the staff role printed before the name (`记者某某 摄`): the
    /// person is credited as that role and as photographer; a bare credit is photographer only.
    #[test]
    fn caption_credit_keeps_its_role() {
        let page = "某县新设胸痛中心\n2024-05-01 来源：某某晚报\n县医院今日启用胸痛中心，救治时间大幅缩短。\n护士为老人测量血压。 记者周明远 摄\n医生查看心电图。 钱立 摄\n县医院还将开设夜间门诊，方便上班族就医。\n";
        let l = layout(page);
        let got: Vec<(&str, &str)> = l.credits.iter().map(|c| (c.name.text.as_str(), c.role.as_str())).collect();
        assert_eq!(got, vec![("周明远", "记者"), ("周明远", "摄影"), ("钱立", "摄影")]);
    }

    /// The title score decides: a short channel name next to no metadata line and no body
    /// scores 6 − 6 = 0 and is no title; a longer headline in its place scores above 0.
    #[test]
    fn a_short_line_next_to_nothing_is_no_title() {
        let body = "今年以来，全市新增家庭医生团队120个，签约居民超过30万人。";
        let page = format!("医疗保障\n某某新闻网\n{body}");
        assert_eq!(layout(&page).title, None);
        let page = format!("全市家庭医生签约\n某某新闻网\n{body}");
        assert_eq!(layout(&page).title.map(|t| t.text).as_deref(), Some("全市家庭医生签约"));
        let parser = ArticleParser::new();
        let decisions = parser.line_decisions(&page);
        assert_eq!(decisions[0].title_score, Some(2.0));
        assert!(decisions[0].features.contains(&("title_han".to_string(), 8.0)));
        // One line (the site name) stands between the candidate and the body.
        assert!(decisions[0].features.contains(&("body_distance".to_string(), 1.0)));
        assert_eq!(body_distance(&parser.classifier.lines(&page), 1, 2), 0);
        assert_eq!(decisions[1].role, "header");
        assert_eq!(decisions[2].role, "body");
    }

    /// A headline said again on the page (its head, with the site's name) outscores a
    /// longer line said once, when neither stands next to a metadata line or the body.
    #[test]
    fn a_headline_said_again_is_the_title() {
        let tail = "\n分享到：\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。";
        let page = format!("某县新设胸痛中心_江城网\n某地卫生院新建住院楼投入使用\n某县新设胸痛中心{tail}");
        assert_eq!(layout(&page).title.map(|t| t.text).as_deref(), Some("某县新设胸痛中心"));
        let decisions = ArticleParser::new().line_decisions(&page);
        assert!(decisions[2].features.contains(&("repeated".to_string(), 1.0)), "{:?}", decisions[2]);
        assert!(decisions[2].title_score > decisions[1].title_score);
        // Said once, the longer line wins.
        let page = format!("某地卫生院新建住院楼投入使用\n某县新设胸痛中心{tail}");
        assert_eq!(layout(&page).title.map(|t| t.text).as_deref(), Some("某地卫生院新建住院楼投入使用"));
    }

    #[test]
    fn title_sentences_come_first() {
        let page = "某省启动健康乡村建设三年行动\n2024-06-01\n全省将新建村卫生室500个。力争三年完成。";
        let l = layout(page);
        let s: Vec<&str> = l.sentences.iter().map(|s| s.slice(page)).collect();
        assert_eq!(s, vec!["某省启动健康乡村建设三年行动", "全省将新建村卫生室500个。", "力争三年完成。"]);
    }
}

#[cfg(test)]
mod edition_tests {
    use super::*;

    #[test]
    fn edition_words_are_not_part_of_the_source() {
        let page = "洛阳晚报电子版　2024年03月08日　第05版：健康周刊\n\
                    某县推进乡村医生队伍建设\n\
                    今年以来，某县新招聘乡村医生42名，村卫生室服务能力明显提升。\n";
        let layout = ArticleParser::new().parse(page);
        let source = layout.source.expect("masthead outlet");
        assert_eq!(source.text, "洛阳晚报");
        assert_eq!(source.span.slice(page), "洛阳晚报");
    }
}
