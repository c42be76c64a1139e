//! Line features and line classification.
//!
//! **In:** one line of normalized text (its span, without the line break). **Out:** its
//! [`LineKind`]: blank, furniture, list heading, caption, metadata, original-title or text.
//!
//! Decisions come from features of the line, not from site templates: a lexicon of furniture
//! phrases (`lexicon/furniture.txt`) and of list headings (`lexicon/furniture_headings.txt`),
//! runs of short space-separated tokens (navigation bars), `>` breadcrumbs, `|` footers, the
//! share of Han characters, truncated teasers (`...`), bracket-only widget lines, photo-credit
//! shapes, and the metadata grammar of [`super::meta`]. Each rule is a feature of the line's
//! evidence; the kind is that of the best-scoring role (module `scores`). Whether a text
//! line is the title, body or stray header text is decided later, from its neighbours.

use super::layout::Field;
use super::meta::{trails_off, MetaLine, MetaParser, REPOST_STATEMENT_WORDS};
use super::scores::{Evidence, Feature, Role};
use crate::lexicon::WordSet;
use crate::markers::list_marker_len;
use crate::normalize::chars::common_ideographs_from;
use crate::span::Span;
use crate::text::{is_cjk_punctuation, is_han, is_sentence_stop};
use aho_corasick::{AhoCorasick, Input, MatchKind};
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;

use crate::lexicon::{CAPTION_CREDITS, CAPTION_LEADS, END_NOTICES, FURNITURE, FURNITURE_HEADINGS, SITE_BLURBS};

/// What a line is.
#[derive(Debug, Clone)]
pub(crate) enum LineKind {
    Blank,
    /// Navigation, widgets, footers, disclaimers, teasers: never body.
    Furniture,
    /// A related/hot-list heading: after the body, everything below is furniture.
    Heading,
    /// A photo caption; photographers credited in it.
    Caption(Vec<Field>),
    /// Byline, source, date or credit line.
    Meta(Box<MetaLine>),
    /// `原标题：《…》`.
    OriginalTitle(String),
    /// A short line ending like a site or channel name (`中国新闻网河南新闻`): page header
    /// above the body, a subhead or signature inside it; never the title.
    Header,
    /// Anything else: title, body or stray header text.
    Text,
}

/// One classified line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The line without surrounding whitespace.
    pub span: Span,
    pub kind: LineKind,
    pub features: Features,
    /// What the scored classifier saw in the line.
    pub evidence: Evidence,
}

impl Line {
    /// The line's role among [`LINE_ROLES`], its score and its margin over the runner-up.
    pub fn decision(&self) -> (Role, f32, f32) {
        self.evidence.scores().best(&LINE_ROLES)
    }
}

/// The roles a line can take from its own evidence (the title is chosen later, among
/// body-shaped lines above the body).
pub(crate) const LINE_ROLES: [Role; 7] =
    [Role::Meta, Role::Credit, Role::Caption, Role::Furniture, Role::Heading, Role::Header, Role::Body];

/// The kind of a line whose role needs no payload (fields, credits).
fn plain_kind(role: Role) -> LineKind {
    match role {
        Role::Furniture => LineKind::Furniture,
        Role::Heading => LineKind::Heading,
        Role::Header => LineKind::Header,
        _ => LineKind::Text,
    }
}

/// Counts that describe the shape of a line.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    /// Non-whitespace characters.
    pub chars: usize,
    pub han: usize,
    /// Whitespace-separated tokens.
    pub tokens: usize,
    /// Contains `。` or `；` (or `！？` in a long line): reads as running prose.
    pub prose: bool,
    /// Contains a sentence stop `。！？`.
    pub has_stop: bool,
    /// Starts with a list bullet (`- 1 `, `• `, `· `, `1. `).
    pub list_item: bool,
    /// Letters of other scripts (Latin, kana, Hangul…).
    pub foreign: usize,
    /// Punctuation and symbols: characters that are neither letters nor digits.
    pub punct: usize,
}

impl Features {
    pub fn of(line: &str) -> Features {
        let mut f = Features::default();
        let mut bang = false;
        let mut bangs = 0;
        let mut comma = false;
        let mut prev = ' ';
        // Inside a whitespace-separated token (counted as `split_whitespace` counts them).
        let mut in_token = false;
        let (bytes, mut base) = (line.as_bytes(), 0);
        let mut chars = line.char_indices().peekable();
        while let Some((k, c)) = chars.next() {
            // Most characters: a Han character is no space, mark or stop (what follows,
            // in short), and the run of common ideographs after it is stepped over by bytes.
            if is_han(c) {
                let at = base + k + c.len_utf8();
                let end = common_ideographs_from(bytes, at);
                let run = 1 + (end - at) / 3;
                f.tokens += usize::from(!in_token);
                in_token = true;
                prev = c;
                f.chars += run;
                f.han += run;
                if end > at {
                    base = end;
                    chars = line[end..].char_indices().peekable();
                }
                continue;
            }
            if c.is_whitespace() {
                prev = c;
                in_token = false;
                continue;
            }
            f.tokens += usize::from(!in_token);
            in_token = true;
            // A half-width full stop right after a Han character ends a sentence typed on a
            // half-width keyboard (`今年,全市新增床位1200张.`); dots in a row are a teaser's cut.
            if c == '.' && is_han(prev) && chars.peek().map(|&(_, n)| n) != Some('.') {
                f.prose = true;
                f.has_stop = true;
            }
            prev = c;
            f.chars += 1;
            if is_han(c) {
                f.han += 1;
            } else if is_cjk_punctuation(c) {
                f.punct += 1;
            } else if crate::text::is_alphabetic(c) {
                f.foreign += 1;
            } else if !c.is_numeric() {
                f.punct += 1;
            }
            match c {
                '。' | '；' => {
                    f.prose = true;
                    f.has_stop |= c == '。';
                }
                '！' | '？' | '!' | '?' => {
                    bang = true;
                    bangs += 1;
                    f.has_stop = true;
                }
                '，' | ',' => comma = true,
                _ => {}
            }
        }
        // Long unpunctuated Han text reads as prose unless it is a run of short tokens; so
        // does a clause that trails off in a full ellipsis (`……`, not a teaser's `...`), and
        // so do two questions or exclamations in a row after a comma (a forum post's
        // `请问…吗？需要…？`; a headline asks once).
        const MIN_ASKING_CHARS: usize = 24;
        let asks = bangs >= 2 && comma && f.chars > MIN_ASKING_CHARS;
        f.prose |= (f.han >= 50 && f.chars >= 8 * f.tokens) || (bang && f.chars > 40) || asks || trails_off(line);
        // A line written mostly in another script is a notice for other readers
        // (a language switch, a browser warning), not the article's prose.
        f.prose &= !foreign_script(&f);
        f.list_item = list_marker_len(line).is_some();
        f
    }
}

/// Whether a line is written mostly in a script other than Han: more letters of other
/// scripts than Han characters.
fn foreign_script(f: &Features) -> bool {
    f.foreign > f.han
}

/// Folds ASCII punctuation to its full-width form and runs of whitespace to one space, so
/// that lexicon entries match raw and normalized pages alike.
pub(crate) fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    // Start of the characters kept as they are since the last folded one: copied as one slice.
    let mut kept = 0;
    let (bytes, mut base) = (line.as_bytes(), 0);
    let mut chars = line.char_indices();
    while let Some((k, c)) = chars.next() {
        let i = base + k;
        let folded = match c {
            ':' => '：',
            ',' => '，',
            '(' => '（',
            ')' => '）',
            ';' => '；',
            '!' => '！',
            '?' => '？',
            '|' => '｜',
            c if c.is_whitespace() => {
                out.push_str(&line[kept..i]);
                kept = i + c.len_utf8();
                space = true;
                continue;
            }
            _ => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                // A run of common ideographs after it is kept too: stepped over by bytes.
                let end = common_ideographs_from(bytes, i + c.len_utf8());
                if end > i + c.len_utf8() {
                    base = end;
                    chars = line[end..].char_indices();
                }
                continue;
            }
        };
        out.push_str(&line[kept..i]);
        kept = i + c.len_utf8();
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(folded);
    }
    out.push_str(&line[kept..]);
    out
}

/// The furniture lexicon and the line classifier, built once.
#[derive(Debug)]
pub(crate) struct Classifier {
    contains: AhoCorasick,
    /// Byte length of the longest phrase of `contains`.
    contains_max_len: usize,
    starts: WordSet,
    /// Phrases that open a widget line, never long prose (`~phrase`).
    widget_starts: WordSet,
    equals: HashSet<String>,
    ends_short: WordSet,
    /// Public bodies' names among `ends_short` (`&phrase`).
    ends_body: WordSet,
    headings: HashSet<String>,
    caption_credit: Regex,
    caption_lead: Regex,
    /// A counter of a page widget: a label, a number (`阅读 1.2万`, `点击：568次`).
    counter: Regex,
    /// A pager, spaces and slashes dropped (`第1页共3页`, `共3页`).
    pager: Regex,
    /// A photo credit that ends a caption line (`lexicon/caption_credits.txt`).
    caption_tail: Regex,
    /// A person placed in a photo: `（左二）`, `（右起第三人）`, `（前排中）`.
    photo_position: Regex,
    /// How disclaimers and copyright notices begin (`lexicon/end_notices.txt`), folded.
    end_notices: WordSet,
    /// A site's claims about itself and the services it names (`lexicon/site_blurbs.txt`).
    blurb_claims: WordSet,
    blurb_offers: WordSet,
    meta: MetaParser,
}

/// Longest line a credit at its end makes a caption.
const MAX_CREDITED_CAPTION_CHARS: usize = 100;

/// `…（张三提供）`, `…（某某中心 供图）`, `…（图／某某新闻）`, `…某报系资料照`, `…。图：某局提供`,
/// `…某某供图 某某网发`, `…均为某报记者 张三 图`, a name alone before it (`张三 图`, `张三/图`),
/// `…。图/某某网`, `…。 图源：某某中心`, `…。图片由某某中心提供` at the
/// end of a line; a name with `由` or `据` in it gives a source of data (`（数据由某局提供）`),
/// not a photo.
fn caption_tail() -> Regex {
    let alternation = |section: &str| {
        CAPTION_CREDITS.section(section).iter().map(|r| regex::escape(r.word())).collect::<Vec<_>>().join("|")
    };
    Regex::new(&format!(
        r"(?:[（(]\s*(?:图\s*[／/]\s*\p{{Han}}{{2,10}}|(?:[\p{{Han}}--[由据]]{{2,10}}?\s?)?(?:{}))\s*[)）]|(?:{})(?:\s+\p{{Han}}{{2,6}}发?)?|记者\s*\p{{Han}}{{2,4}}\s+图|^\p{{Han}}{{2,4}}(?:\s+|\s*[／/]\s*)图|[。！？]\s*图\s*[：:／/]\s*[\p{{Han}}--[由据]]{{2,12}}?(?:{})|[。！？]\s*(?:图源|图片来源|图片|图)\s*[：:／/丨｜|]\s*[^\s。，！？：:、由据]{{2,15}}|[。！？]\s*(?:图片|照片|图)由[^\s。，！？：:]{{2,15}}(?:提供|拍摄))$",
        alternation("bracketed"),
        alternation("bare"),
        alternation("bracketed")
    ))
    .expect("caption credit regex")
}

impl Default for Classifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Classifier {
    pub fn new() -> Self {
        // A bad weights file fails here, when the classifier is built.
        super::scores::load_weights();
        let mut contains = Vec::new();
        let mut starts = Vec::new();
        let mut widget_starts = Vec::new();
        let mut equals = HashSet::default();
        let mut ends_short = Vec::new();
        let mut ends_body = Vec::new();
        for e in FURNITURE.words() {
            let (kind, phrase) = match e.chars().next() {
                Some(c @ ('^' | '~' | '=' | '$' | '&')) => (c, fold(&e[1..])),
                _ => (' ', fold(e)),
            };
            match kind {
                '^' => starts.push(phrase),
                '~' => widget_starts.push(phrase),
                '=' => {
                    equals.insert(phrase);
                }
                '$' => ends_short.push(phrase),
                '&' => {
                    ends_body.push(phrase.clone());
                    ends_short.push(phrase);
                }
                _ => contains.push(phrase),
            }
        }
        let contains_max_len = contains.iter().map(String::len).max().unwrap_or(0);
        let contains = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .ascii_case_insensitive(true)
            .build(&contains)
            .expect("furniture lexicon builds");
        let headings = FURNITURE_HEADINGS.words().map(fold).collect();
        Classifier {
            contains,
            contains_max_len,
            starts: WordSet::from_words(starts),
            widget_starts: WordSet::from_words(widget_starts),
            equals,
            ends_short: WordSet::from_words(ends_short),
            ends_body: WordSet::from_words(ends_body),
            headings,
            // `图为交流会现场。周圣钦 摄`, `（记者 张三 李四 摄）`, `摄影：王五`, `…张三 摄 / 本刊`,
            // a reporter's name glued to the label (`…。本报记者张三摄`).
            caption_credit: Regex::new(
                r"(?:^[■□●◆▲△]?|[\s。，！）)（(]|记者)(?:(?:记者|通讯员|摄影记者)\s*)?(?P<names>\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4})*)\s*(?:[／/]\s*)?(?:摄影|拍摄|摄)\s*[)）]?(?:\s*[／/]\s*\p{Han}{2,8})?$",
            )
            .expect("caption regex"),
            caption_lead: Regex::new(&format!(
                r"^[（(【\[]?(?:{}|图[)）】\]]\s*[:：]|图\s*[①-⑳\d]{{1,2}}\s*(?:[:：]|\s)|\p{{Han}}{{0,12}}供图)",
                CAPTION_LEADS.words().map(|e| regex::escape(&fold(e))).collect::<Vec<_>>().join("|")
            ))
                .expect("caption lead regex"),
            caption_tail: caption_tail(),
            counter: Regex::new(r"\s*(?P<label>\p{Han}{1,5})\s*：?\s*\d[\d.，]*\s*[万千wWkK]?\+?\s*(?:人次|次|人)?\s*")
                .expect("counter regex"),
            pager: Regex::new(r"^(?:第\d{1,3}页共\d{1,3}页|共\d{1,3}页第\d{1,3}页|共\d{1,3}页|\d{1,6}条评论)$").expect("pager regex"),
            photo_position: Regex::new(r"[（(](?:[左右]起?第?[一二三四五六七八九\d]|[左右]起|前排|后排|中间)[^（()）]{0,12}[)）]")
                .expect("photo position regex"),
            end_notices: WordSet::from_words(END_NOTICES.words().map(fold)),
            blurb_claims: WordSet::from_words(SITE_BLURBS.section("claims").iter().map(|r| r.word())),
            blurb_offers: WordSet::from_words(SITE_BLURBS.section("offers").iter().map(|r| r.word())),
            meta: MetaParser::new(),
        }
    }

    pub fn meta(&self) -> &MetaParser {
        &self.meta
    }

    /// Whether a caption line says what its photo shows by itself, so that no paragraph above
    /// it is the photo's description: a scene or ceremony caption (`启用仪式现场。`), or one
    /// led by an arrow pointing at its photo (`▲医护人员在演练`, `▼▼▼`) with more than a
    /// credit after it (`▲ 某某提供` credits the photo the clause above describes).
    pub(crate) fn describes_itself(&self, text: &str, line: &Line) -> bool {
        let t = line.span.slice(text).trim();
        let rest = t.trim_start_matches(PHOTO_ARROWS).trim_start();
        let credit_only = |re: &Regex| re.find(rest).is_some_and(|m| rest[..m.start()].trim().is_empty());
        let arrow_led = rest.len() < t.len()
            && !credit_only(&self.caption_tail)
            && !credit_only(&self.caption_credit)
            && !bare_credit(rest);
        arrow_led || scene_caption(t, &line.features) || ceremony_caption(t, &line.features)
    }

    /// Where a headline ends when a share or read-more widget is glued after it behind a
    /// space, a bar or an arrow (`某市发布新规 点击查看`, `…｜收藏`): the byte length of the
    /// head, or `None` when the last piece is no widget phrase of the furniture lexicon or the
    /// head keeps fewer than four Han characters. A publisher's own note (`（附全文）`) is
    /// no widget and stays.
    pub fn without_widget_tail(&self, title: &str) -> Option<usize> {
        const MAX_TAIL_CHARS: usize = 8;
        const MIN_HEAD_HAN: usize = 4;
        const SEPARATORS: [char; 6] = [' ', '|', '｜', '→', '>', '»'];
        let t = title.trim_end();
        let cut = t.rfind(SEPARATORS)?;
        let head = t[..cut].trim_end_matches(SEPARATORS);
        let tail = t[cut..].trim_start_matches(SEPARATORS).trim_end_matches(['！', '!', '。', '~', '～']);
        let tail_chars = tail.chars().count();
        let f = Features::of(tail);
        let widget = tail_chars > 0 && tail_chars <= MAX_TAIL_CHARS && self.lexicon_furniture(&fold(tail), &f);
        (widget && head.chars().filter(|&c| is_han(c)).count() >= MIN_HEAD_HAN).then_some(head.len())
    }

    /// Classifies every line of `text`.
    pub fn lines(&self, text: &str) -> Vec<Line> {
        let mut out = Vec::new();
        let mut pos = 0;
        for raw in text.split_inclusive('\n') {
            let content = raw.trim_end_matches(['\n', '\r']);
            let pieces = crawler_date_split(content).into_iter().flat_map(|p| soft_lines_in(content, p));
            let pieces = pieces.flat_map(|p| self.fields_head_split(content, p));
            for piece in pieces.flat_map(|p| self.glued_note_split(content, p)) {
                let lead = piece.start + (content[piece.range()].len() - content[piece.range()].trim_start().len());
                let trimmed = content[piece.range()].trim();
                let span = Span::new(pos + lead, pos + lead + trimmed.len());
                let features = Features::of(trimmed);
                let (kind, evidence) = self.classify(text, span, &features);
                out.push(Line { span, kind, features, evidence });
            }
            pos += raw.len();
        }
        let mut out = join_split_dates(text, out);
        self.mark_link_lists(&mut out);
        mark_dated_teasers(text, &mut out);
        keep_rows_between_text(text, &mut out);
        mark_trailing_links(text, &mut out);
        self.byline_marks_above_text(text, &mut out);
        keep_sentences_between_prose(&mut out);
        keep_column_headline(text, &mut out);
        inline_links_between_prose(text, &mut out);
        out
    }

    /// Metadata fields that open a paragraph, apart from its first sentence by a space
    /// (`发布时间：2024-03-12 来源：某某日报 近日，…`, a date bar and the text read as one
    /// line): the fields are a line of their own. They must print a date and name an outlet
    /// or a person (a bare date opening a sentence stays in it, and so does a reporter's
    /// credit opening the text: `本报记者 某某 报道 …`) and hold no comma and no bracket.
    fn fields_head_split(&self, content: &str, piece: Span) -> Vec<Span> {
        const MAX_HEAD_BYTES: usize = 160 * 3;
        let line = piece.slice(content);
        let Some(stop) = line.find(['，', '。']).filter(|&k| k <= MAX_HEAD_BYTES) else { return vec![piece] };
        let Some(gap) = line[..stop].rfind(char::is_whitespace) else { return vec![piece] };
        let head = line[..gap].trim_end();
        let rest = gap + line[gap..].len() - line[gap..].trim_start().len();
        let named = |m: &MetaLine| !m.stamps.is_empty() && (!m.sources.is_empty() || !m.bylines.is_empty());
        // A space inside a bracketed credit (`电（记者 甲 乙）…`) splits nothing.
        let bracketed = head.contains(['（', '(', '【', '[', '〔']);
        if head.is_empty()
            || bracketed
            || !self.meta.parse_line(head, Span::new(0, head.len())).is_some_and(|m| named(&m))
        {
            return vec![piece];
        }
        vec![Span::new(piece.start, piece.start + head.len()), Span::new(piece.start + rest, piece.end)]
    }

    /// An original-title, source or contributor's note glued after the last sentence of a
    /// paragraph (`…获悉。原标题：X`, `…义诊。（来源：某某日报）`, `…560余人。（某县卫健委供稿）`)
    /// is a line of its own: the note is read as such and its text leaves the body. The note
    /// is one short phrase with no sentence stop inside it.
    fn glued_note_split(&self, content: &str, piece: Span) -> Vec<Span> {
        const MAX_NOTE_CHARS: usize = 60;
        const MAX_NOTE_BYTES: usize = MAX_NOTE_CHARS * 4 + 64;
        let line = piece.slice(content);
        // A stop farther from the end than the longest note in bytes ends no note: only the
        // line's tail is read (a stop is 3 bytes long).
        let mut from = line.len().saturating_sub(MAX_NOTE_BYTES + 3);
        while !line.is_char_boundary(from) {
            from += 1;
        }
        let stops = line[from..].char_indices().map(|(i, c)| (from + i, c));
        let cut = stops.filter(|&(_, c)| is_sentence_stop(c)).find_map(|(i, c)| {
            let after = i + c.len_utf8();
            if line.len() - after > MAX_NOTE_BYTES {
                return None;
            }
            let rest = line[after..].trim_start();
            let note = rest.trim_start_matches(['（', '(', '【', '[']);
            let inner = note.trim_end_matches(['。', '）', ')', '】', ']']);
            let is_note = !note.is_empty()
                && note.chars().count() <= MAX_NOTE_CHARS
                && !inner.contains(['。', '！', '？'])
                && (original_title(&fold(note)).is_some()
                    || self.meta.opens_source_note(note)
                    || self.meta.is_contributed_credit(inner));
            is_note.then_some((after, line.len() - rest.len()))
        });
        match cut {
            Some((end, start)) => {
                vec![Span::new(piece.start, piece.start + end), Span::new(piece.start + start, piece.end)]
            }
            None => vec![piece],
        }
    }

    /// The evidence of a line and its kind, the best-scoring role's.
    fn classify(&self, text: &str, span: Span, f: &Features) -> (LineKind, Evidence) {
        let line = span.slice(text);
        let mut e = Evidence::default();
        if line.is_empty() || f.chars == 0 {
            return (LineKind::Blank, e);
        }
        let key = fold(line);
        let bare = key.trim_start_matches(|c: char| !crate::text::is_alphanumeric(c) && c != '【');
        let title = original_title(bare);
        // A metadata line keeps its fields even when a widget shares it
        // (`发布时间：2024-05-16 来源：… 分享到：`); an empty one loses to the lexicon.
        let meta = self.meta.parse_line(text, span).or_else(|| self.standalone_dateline(text, span, f));
        let byline = meta.as_ref().is_some_and(|m| m.is_credit_only() && m.credits_text_and_pictures());
        let furniture = self.lexicon_furniture(&key, f) || self.site_blurb(&key);
        let credits = self.caption(text, span, &key, f).filter(|_| !byline && !widget_under_arrow(line, furniture));
        e.flag(Feature::Bias, true);
        e.flag(Feature::OriginalTitle, title.is_some());
        e.flag(Feature::HeadingLexicon, self.is_heading(&key));
        e.flag(Feature::CaptionShape, credits.is_some());
        e.flag(Feature::PhotoPosition, self.photo_position(line, f));
        e.flag(Feature::MetaFields, meta.as_ref().is_some_and(|m| !m.is_empty()));
        e.flag(Feature::CreditOnly, meta.as_ref().is_some_and(|m| m.is_credit_only()));
        e.flag(Feature::MetaLabelsOnly, meta.as_ref().is_some_and(|m| m.is_empty()));
        e.flag(Feature::FurnitureLexicon, furniture);
        e.flag(Feature::FurnitureShape, structural_furniture(line, &key, f) || self.counter_line(&key, f));
        e.flag(Feature::EndNotice, self.end_notice(&key));
        e.flag(Feature::SiteName, self.site_name(&key));
        e.set(Feature::HanRatio, f.han as f32 / f.chars as f32);
        e.set(Feature::PunctDensity, f.punct as f32 / f.chars as f32);
        let (role, _, _) = e.scores().best(&LINE_ROLES);
        let kind = match role {
            Role::Meta if title.is_some() => title.map(LineKind::OriginalTitle),
            Role::Meta | Role::Credit => meta.map(|m| LineKind::Meta(Box::new(m))),
            Role::Caption => Some(LineKind::Caption(credits.unwrap_or_default())),
            other => Some(plain_kind(other)),
        };
        (kind.unwrap_or(LineKind::Text), e)
    }

    /// A dateline printed as a line of its own (`中央社／ 台北28日电`, `新华社北京3月5日电`),
    /// the paragraph it opens printed below it: a metadata line.
    fn standalone_dateline(&self, text: &str, span: Span, f: &Features) -> Option<MetaLine> {
        const MAX_DATELINE_CHARS: usize = 40;
        if f.chars > MAX_DATELINE_CHARS || f.has_stop || f.prose {
            return None;
        }
        self.meta.dateline_line(text, span)
    }

    /// A line of a page's counters and nothing else: counts after the labels of kind
    /// `ignore` of `meta_labels.txt` without a colon (`阅读 1.2万`, `点击 568次 浏览 3万+`;
    /// with a colon the metadata grammar reads them), or a pager (`第1页 共3页`, `共3页`).
    /// A sentence with a count (`阅读量达1.2万次。`) is no such line.
    fn counter_line(&self, key: &str, f: &Features) -> bool {
        const MAX_COUNTER_CHARS: usize = 30;
        if f.prose || f.has_stop || f.chars > MAX_COUNTER_CHARS {
            return false;
        }
        let compact: String = key.chars().filter(|c| !c.is_whitespace() && !matches!(c, '/' | '／' | '，')).collect();
        if self.pager.is_match(&compact) {
            return true;
        }
        let mut end = 0;
        for c in self.counter.captures_iter(key) {
            let whole = c.get(0).map_or(0..0, |m| m.range());
            if whole.start != end || !self.meta.is_counter_label(&c["label"]) {
                return false;
            }
            end = whole.end;
        }
        end > 0 && end == key.len()
    }

    fn is_heading(&self, key: &str) -> bool {
        // `相关阅读：A | B`: a heading that carries its list on the same line.
        if let Some((head, items)) = key.split_once(['：', ':']) {
            if self.headings.contains(linked_head(head)) && !items.contains('。') {
                return true;
            }
        }
        if key.len() > 40 * 3 {
            return false;
        }
        let cleaned: String = key
            .chars()
            .map(|c| {
                if matches!(
                    c,
                    '>' | '<' | '»' | '«' | '›' | '|' | '｜' | '【' | '】' | '[' | ']' | '：' | '·' | '/' | '+' | '＋'
                ) {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        // A heading spaced around a dot (`延伸 · 推荐`) is one heading, and so is one around
        // the site's name in Latin letters (`更多 TVBS 报导`).
        let joined: String = cleaned.split_whitespace().collect();
        if self.headings.contains(joined.as_str()) {
            return true;
        }
        // Without the Latin names only when there is one (else it is `joined` again).
        if cleaned.split_whitespace().any(latin_name) {
            let unnamed: String = cleaned.split_whitespace().filter(|w| !latin_name(w)).collect();
            if unnamed.len() < joined.len() && self.headings.contains(unnamed.as_str()) {
                return true;
            }
        }
        let mut any = false;
        for whole in cleaned.split_whitespace() {
            let token = without_count(whole).trim_start_matches("更多").trim_end_matches("更多");
            // The name of the site's app or channel in Latin letters may lead it (`APP精彩推荐`).
            let token = match token.trim_start_matches(|c: char| c.is_ascii_alphabetic()) {
                rest if self.headings.contains(rest) => rest,
                _ => token,
            };
            if token.is_empty() {
                any = true;
                continue;
            }
            if !self.headings.contains(token) && !self.headings.contains(whole) {
                return false;
            }
            any = true;
        }
        any && cleaned.chars().filter(|c| !c.is_whitespace()).count() <= 40
    }

    fn lexicon_furniture(&self, key: &str, f: &Features) -> bool {
        // Footers and widgets are short or open with the phrase; a long paragraph of
        // prose that merely mentions `隐私政策` is article text.
        let long_prose = f.prose && f.chars > 40;
        // In long prose only a phrase starting in the first 12 characters counts: the
        // search stops where such a phrase ends at the latest (the leftmost match, if it
        // starts there, is the same).
        let reach = match key.char_indices().nth(12) {
            Some((i, _)) if long_prose => (i + self.contains_max_len).min(key.len()),
            _ => key.len(),
        };
        if let Some(m) = self.contains.find(Input::new(key).range(..reach)) {
            if !long_prose || key[..m.start()].chars().count() < 12 {
                return true;
            }
        }
        let body = match list_marker_len(key) {
            Some(n) => &key[n..],
            None => key,
        };
        // An arrow pointing at a photo or a link opens no text (`▼ 下一则新闻`).
        let body = body.trim_start_matches(PHOTO_ARROWS).trim_start();
        if self.starts.longest_prefix(body).is_some() {
            return true;
        }
        // A header widget (`今天是2024年5月1日 星期三`) is never long prose; an editor's note
        // opening the same way (`今天是重阳节，本版…。`) is article text.
        if !long_prose && self.widget_starts.longest_prefix(body).is_some() {
            return true;
        }
        let core = key.trim_matches(|c: char| !crate::text::is_alphanumeric(c));
        self.equals.contains(core) || self.equals_run(key) || self.heading_teaser(key)
    }

    /// A link to another story led by a related-list heading in brackets
    /// (`【相关阅读】某县启动…`, `[延伸阅读] …`): a teaser inside the article, not its text.
    fn heading_teaser(&self, key: &str) -> bool {
        let Some((inner, rest)) = [('【', '】'), ('[', ']'), ('［', '］')]
            .iter()
            .find_map(|&(open, close)| key.strip_prefix(open).and_then(|r| r.split_once(close)))
        else {
            return false;
        };
        self.headings.contains(inner.trim()) && !rest.trim().is_empty() && !rest.contains('。')
    }

    /// A line of widget words and nothing else (`广告 广告`, `分享 收藏`), each perhaps with
    /// its count (`点赞（12） 收藏 评论 3`, `在看 12`), bracketed or a word of its own.
    fn equals_run(&self, key: &str) -> bool {
        // Stops at the first word that is no entry (no list of the words).
        let mut words = key
            .split_whitespace()
            .map(|w| without_count(w).trim_matches(|c: char| !crate::text::is_alphanumeric(c)))
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()));
        let mut any = false;
        words.all(|w| {
            any = true;
            self.equals.contains(w)
        }) && any
    }

    /// One short sentence that places a person in a photo (`张三（左二）介绍…。`): the
    /// caption of a photo printed inside the text.
    fn photo_position(&self, line: &str, f: &Features) -> bool {
        const MAX_CAPTION_CHARS: usize = 80;
        f.chars <= MAX_CAPTION_CHARS
            && line.matches(['。', '！', '？']).nth(1).is_none()
            && self.photo_position.is_match(line)
    }

    /// A site's blurb about itself: the first clause, after a year (`2013年`), opens with a
    /// claim and ends with the service the site offers (`最全面的医保资讯，医保新政策，…`).
    fn site_blurb(&self, key: &str) -> bool {
        let clause = key.split(['，', '。', '；', '！', '？', '：', ' ']).next().unwrap_or("");
        let after_year = clause.trim_start_matches(|c: char| c.is_ascii_digit());
        let clause = match after_year.strip_prefix('年') {
            Some(rest) if after_year.len() < clause.len() => rest,
            _ => clause,
        };
        self.blurb_claims.longest_prefix(clause).is_some() && self.blurb_offers.longest_suffix(clause).is_some()
    }

    /// A disclaimer or copyright notice: the end of the article.
    fn end_notice(&self, key: &str) -> bool {
        let bare = key.trim_start_matches(['【', '[', '（', '〔']);
        self.end_notices.longest_prefix(bare).is_some() || named_statement(bare)
    }

    /// Whether words the page prints are a widget's the furniture lexicon knows (`只看该作者`).
    pub(crate) fn widget_words(&self, words: &str) -> bool {
        self.lexicon_furniture(&fold(words), &Features::of(words))
    }

    /// A short line ending like a site or channel name (`中国新闻网河南新闻`, `…正文`).
    pub(crate) fn site_name(&self, key: &str) -> bool {
        const MAX_SITE_NAME_CHARS: usize = 12;
        let core = key.trim_matches(|c: char| !crate::text::is_alphanumeric(c));
        // More bytes than four per character is more characters: no count of a long line.
        core.len() <= MAX_SITE_NAME_CHARS * 4
            && core.chars().count() <= MAX_SITE_NAME_CHARS
            && self.ends_short.longest_suffix(core).is_some()
    }

    /// A short line ending like a website's or channel's name ([`Self::site_name`]), not a
    /// public body's (`某市卫生健康委员会`, the `&` rows): a body's name is its site's banner
    /// when alone on a line, but the publisher when beside a date.
    pub(crate) fn website_name(&self, key: &str) -> bool {
        let core = key.trim_matches(|c: char| !crate::text::is_alphanumeric(c));
        self.site_name(key) && self.ends_body.longest_suffix(core).is_none()
    }

    /// A photo caption, with the photographers it credits (span, name).
    fn caption(&self, text: &str, span: Span, key: &str, f: &Features) -> Option<Vec<Field>> {
        let line = span.slice(text);
        if f.chars > 150 {
            return None;
        }
        let mut credits = Vec::new();
        if f.chars <= MAX_CREDITED_CAPTION_CHARS && self.caption_tail.is_match(line.trim_end()) {
            return Some(credits);
        }
        if scene_caption(line, f) || ceremony_caption(line, f) {
            return Some(credits);
        }
        if !line.contains('摄') {
            return (self.caption_lead.is_match(key) && f.chars <= 120).then_some(credits);
        }
        if let Some(c) = self.caption_credit.captures(line) {
            // A slashed `／摄影` alone on its line (`记者王芳／摄影`) is a byline: the
            // reporter wrote the text and took the pictures. After a sentence it credits a photo.
            let whole = c.get(0).map_or("", |m| m.as_str());
            if line[..line.len() - whole.len()].trim().is_empty()
                && whole.trim_end_matches(['）', ')']).trim_end().ends_with("摄影")
                && whole.contains(['／', '/'])
            {
                return None;
            }
            if let Some(m) = c.name("names") {
                let mut at = m.start();
                for name in m.as_str().split(|c: char| c.is_whitespace() || c == '、') {
                    if !name.is_empty() {
                        let start = line[at..].find(name).map_or(at, |k| at + k);
                        credits.push(Field::new(name, Span::new(span.start + start, span.start + start + name.len())));
                        at = start + name.len();
                    }
                }
            }
            return Some(credits);
        }
        if self.caption_lead.is_match(key) && f.chars <= 120 {
            return Some(credits);
        }
        None
    }

    /// A line of one name after a paper's byline mark (`□ 张三`) above the first prose line,
    /// not under a lead-in (`…包括：` / `□ 高血压` is a checklist): the writer's credit.
    fn byline_marks_above_text(&self, text: &str, lines: &mut [Line]) {
        let first_prose =
            lines.iter().position(|l| matches!(l.kind, LineKind::Text) && l.features.prose).unwrap_or(lines.len());
        let mut above_lead_in = false;
        for l in &mut lines[..first_prose] {
            if matches!(l.kind, LineKind::Blank) {
                continue;
            }
            let line = l.span.slice(text);
            if matches!(l.kind, LineKind::Text) && !above_lead_in && !l.features.has_stop {
                if let Some(m) = self.meta.byline_mark_credit(text, l.span) {
                    l.evidence.flag(Feature::MetaFields, true);
                    l.evidence.flag(Feature::CreditOnly, true);
                    l.kind = LineKind::Meta(Box::new(m));
                }
            }
            above_lead_in = line.ends_with(['：', ':']);
        }
    }

    /// Runs of two or more short list items without sentence stops after the last prose
    /// line are link lists (above it they are the article's own lists, or page header
    /// material that never reaches the body anyway).
    fn mark_link_lists(&self, lines: &mut [Line]) {
        let is_link = |l: &Line| {
            matches!(l.kind, LineKind::Text) && l.features.list_item && !l.features.prose && l.features.chars <= 60
        };
        let last_prose = lines.iter().rposition(|l| matches!(l.kind, LineKind::Text) && l.features.prose);
        let mut i = last_prose.map_or(0, |p| p + 1);
        while i < lines.len() {
            if !is_link(&lines[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut count = 0;
            let mut last = i;
            while j < lines.len() && (is_link(&lines[j]) || matches!(lines[j].kind, LineKind::Blank)) {
                if is_link(&lines[j]) {
                    count += 1;
                    last = j;
                }
                j += 1;
            }
            if count >= 2 {
                for l in &mut lines[i..=last] {
                    if matches!(l.kind, LineKind::Text) {
                        l.evidence.flag(Feature::LinkRun, true);
                        l.kind = plain_kind(l.decision().0);
                    }
                }
            }
            i = last + 1;
        }
    }
}

/// A word of Latin letters (and digits), a site's or an app's name (`TVBS`, `ETtoday`).
fn latin_name(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic()) && word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Arrows that point at a photo or a link from the line below or above it.
const PHOTO_ARROWS: [char; 6] = ['▲', '▼', '△', '▽', '↑', '↓'];

/// A short credit without brackets (`某某卫生署提供`, `某某供图`): at most twelve characters,
/// no punctuation, ending with a credit word of `caption_credits.txt` (`[bracketed]`, `[bare]`).
fn bare_credit(rest: &str) -> bool {
    const MAX_CREDIT_CHARS: usize = 12;
    rest.chars().count() <= MAX_CREDIT_CHARS
        && !rest.chars().any(is_cjk_punctuation)
        && ["bracketed", "bare"].iter().any(|s| CAPTION_CREDITS.section(s).iter().any(|r| rest.ends_with(r.word())))
}

/// A line of arrows alone (`↓↓↓`, `→ →`): a pointer to a link or a picture, no text.
fn arrow_line(key: &str) -> bool {
    let mut chars = key.chars().filter(|c| !c.is_whitespace()).peekable();
    chars.peek().is_some() && chars.all(|c| PHOTO_ARROWS.contains(&c) || matches!(c, '→' | '←' | '⬇' | '⬆'))
}

/// A widget's words under a caption's arrow (`▼ 下一则新闻`, `▲ 点击查看大图`): a line the
/// furniture lexicon knows that credits no photographer is furniture, not a caption (and so
/// takes no paragraph above it for the photo's description).
fn widget_under_arrow(line: &str, furniture: bool) -> bool {
    furniture && !line.contains('摄')
}

/// Lines of Latin words or figures that are furniture by their shape alone, in a run with a
/// text line right above and below it, are rows of the article (a table's rows `2024 2025
/// 增幅`, a sentence quoted in English): text. Two words at least each; a widget's phrase, a
/// notice or a heading stays what it is.
/// A page number between dashes (`— 2 —`) is no row: a dumped document's page break.
fn keep_rows_between_text(text: &str, lines: &mut [Line]) {
    let row = |l: &Line| {
        matches!(l.kind, LineKind::Furniture)
            && only_furniture_evidence(l, Feature::FurnitureShape)
            && l.features.tokens >= 2
            && latin_or_figures(&l.features)
            && !page_number(l.span.slice(text))
    };
    keep_runs_between(lines, row, |l| matches!(l.kind, LineKind::Text));
}

/// Short sentences that name a widget's words (`患者扫一扫二维码即可预约。`, `也可下载APP查询。`)
/// in a run with a prose line right above and below it are the article's sentences: text.
/// Only lines the furniture lexicon alone makes furniture, each a sentence (`。`, `；`).
fn keep_sentences_between_prose(lines: &mut [Line]) {
    let sentence = |l: &Line| {
        matches!(l.kind, LineKind::Furniture)
            && l.features.prose
            && only_furniture_evidence(l, Feature::FurnitureLexicon)
    };
    keep_runs_between(lines, sentence, |l| matches!(l.kind, LineKind::Text) && l.features.prose);
}

/// A related-list heading carrying one headline on its line (`相关阅读：某市…`) between two
/// prose lines is a link printed inside the text: furniture, not a heading that ends the
/// body (a list under a heading, or several headlines on its line, still does).
fn inline_links_between_prose(text: &str, lines: &mut [Line]) {
    for i in 0..lines.len() {
        if !matches!(lines[i].kind, LineKind::Heading) {
            continue;
        }
        const MAX_ITEM_CHARS: usize = 40;
        let one_item = lines[i].span.slice(text).split_once(['：', ':']).is_some_and(|(head, item)| {
            let item = item.trim();
            FURNITURE_HEADINGS.words().any(|w| w == linked_head(head))
                && !item.is_empty()
                && item.chars().count() <= MAX_ITEM_CHARS
                && !item.contains(['|', '｜', ' ', '\u{3000}', '。', '，', '：'])
        });
        let prose = |l: Option<&Line>| l.is_some_and(|l| matches!(l.kind, LineKind::Text) && l.features.prose);
        let above = lines[..i].iter().rev().find(|l| !matches!(l.kind, LineKind::Blank));
        let below = lines[i + 1..].iter().find(|l| !matches!(l.kind, LineKind::Blank));
        if one_item && prose(above) && prose(below) {
            lines[i].kind = LineKind::Furniture;
        }
    }
}

/// A year alone on its line right over its month and day alone on the next
/// ([`super::meta::split_date`]) is one date line: the two lines are joined.
fn join_split_dates(text: &str, lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let stamp = out.last().and_then(|year| {
            let span = Span::new(year.span.start, line.span.end);
            let next = !text[year.span.end..line.span.start].contains("\n\n");
            next.then(|| super::meta::split_date(year.span.slice(text), line.span.slice(text), span)).flatten()
        });
        match (stamp, out.last_mut()) {
            (Some(stamp), Some(year)) => {
                year.span = stamp.span;
                year.features = Features::of(stamp.span.slice(text));
                year.kind = LineKind::Meta(Box::new(MetaLine { stamps: vec![stamp], ..MetaLine::default() }));
            }
            _ => out.push(line),
        }
    }
    out
}

/// A line that opens with a column name or a media label and `：` (`专题：某市…`,
/// `视频：某市…`, `图片新闻：某市…`, `图文：某市…`; `lexicon/column_names.txt`,
/// `lexicon/title_tags.txt`), furniture, a heading or an empty credit by its label alone (a
/// teaser's label, a list's heading, a credit `图文：某某`), is the headline when the page's
/// date line stands right below it, above the text's prose, and a headline follows the
/// label: a teaser between or below paragraphs is no headline, a credit names people.
fn keep_column_headline(text: &str, lines: &mut [Line]) {
    const KICKER_LABELS: [Feature; 3] = [Feature::FurnitureLexicon, Feature::HeadingLexicon, Feature::MetaLabelsOnly];
    let prose = lines.iter().position(|l| matches!(l.kind, LineKind::Text) && l.features.prose).unwrap_or(lines.len());
    for i in 0..prose {
        let l = &lines[i];
        if matches!(l.kind, LineKind::Text | LineKind::Blank)
            || !l.evidence.present().any(|(f, _)| KICKER_LABELS.contains(&f))
            || !l.evidence.present().all(|(f, _)| KICKER_LABELS.contains(&f) || !FURNITURE_EVIDENCE.contains(&f))
            || !kicker_headline(l.span.slice(text))
        {
            continue;
        }
        let below = lines[i + 1..].iter().find(|l| !matches!(l.kind, LineKind::Blank));
        if below.is_some_and(|b| matches!(&b.kind, LineKind::Meta(m) if !m.stamps.is_empty())) {
            let l = &mut lines[i];
            for f in KICKER_LABELS {
                l.evidence.flag(f, false);
            }
            l.kind = plain_kind(l.decision().0);
        }
    }
}

/// Whether a line is a column name or a media label, `：`, and a headline: a phrase of at
/// least eight Han characters with no sentence stop (`视频：临江市推进医共体建设`).
fn kicker_headline(line: &str) -> bool {
    const MIN_HEADLINE_HAN: usize = 8;
    let Some((head, rest)) = line.split_once(['：', ':']) else { return false };
    let head = head.trim();
    let label = crate::lexicon::COLUMN_NAMES.words().chain(crate::lexicon::TITLE_TAGS.words()).any(|w| w == head);
    label && !rest.contains(['。', '！', '？']) && rest.chars().filter(|&c| is_han(c)).count() >= MIN_HEADLINE_HAN
}

/// The evidence that a line is furniture: lexicon, shape, notice, heading, link-list or
/// site-name features.
const FURNITURE_EVIDENCE: [Feature; 6] = [
    Feature::FurnitureLexicon,
    Feature::FurnitureShape,
    Feature::EndNotice,
    Feature::HeadingLexicon,
    Feature::LinkRun,
    Feature::SiteName,
];

/// Whether `feature` is the only evidence of furniture of a line (no other furniture,
/// notice, heading, link-list or site-name feature).
fn only_furniture_evidence(l: &Line, feature: Feature) -> bool {
    l.evidence.present().all(|(f, _)| f == feature || !FURNITURE_EVIDENCE.contains(&f))
}

/// Makes text of every run of lines that are `member` (blank lines inside allowed) whose
/// nearest non-blank lines above and below are `bound`: the run's furniture evidence is
/// dropped and its kind decided again.
fn keep_runs_between(lines: &mut [Line], member: impl Fn(&Line) -> bool, bound: impl Fn(&Line) -> bool) {
    let mut i = 0;
    while i < lines.len() {
        if !member(&lines[i]) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        while j < lines.len() && (member(&lines[j]) || matches!(lines[j].kind, LineKind::Blank)) {
            if member(&lines[j]) {
                last = j;
            }
            j += 1;
        }
        let above = lines[..i].iter().rposition(|l| !matches!(l.kind, LineKind::Blank));
        let below = lines[last + 1..].iter().position(|l| !matches!(l.kind, LineKind::Blank)).map(|k| last + 1 + k);
        if above.is_some_and(|a| bound(&lines[a])) && below.is_some_and(|b| bound(&lines[b])) {
            for l in &mut lines[i..=last] {
                if matches!(l.kind, LineKind::Furniture) {
                    l.evidence.flag(Feature::FurnitureShape, false);
                    l.evidence.flag(Feature::FurnitureLexicon, false);
                    l.kind = plain_kind(l.decision().0);
                }
            }
        }
        i = last + 1;
    }
}

/// Mostly Latin letters, digits and symbols: fewer than three Han characters in ten, no
/// sentence stop.
fn latin_or_figures(f: &Features) -> bool {
    f.chars >= 4 && f.han * 10 < f.chars * 3 && !f.has_stop
}

/// Teasers of other articles listed with their dates below the text, two or more: each a
/// clause cut off without its final punctuation (`某市启动免费体检，全市共设体检点56处，覆盖`)
/// right above a line that is a date and nothing more. Each teaser is a link of the list.
fn mark_dated_teasers(text: &str, lines: &mut [Line]) {
    const MIN_TEASERS: usize = 2;
    let Some(first_prose) = lines.iter().position(|l| matches!(l.kind, LineKind::Text) && l.features.prose) else {
        return;
    };
    let teasers: Vec<usize> = (first_prose + 1..lines.len())
        .filter(|&i| {
            let below = lines[i + 1..].iter().find(|l| !matches!(l.kind, LineKind::Blank));
            cut_teaser(text, &lines[i]) && below.is_some_and(date_only)
        })
        .collect();
    if teasers.len() < MIN_TEASERS {
        return;
    }
    for i in teasers {
        lines[i].evidence.flag(Feature::LinkRun, true);
        lines[i].kind = plain_kind(lines[i].decision().0);
    }
}

/// A text line that reads as a clause cut off: commas between clauses, no sentence stop, a
/// Han character last, at least `MIN_TEASER_CHARS` characters.
fn cut_teaser(text: &str, l: &Line) -> bool {
    const MIN_TEASER_CHARS: usize = 16;
    matches!(l.kind, LineKind::Text) && !l.features.has_stop && l.features.chars >= MIN_TEASER_CHARS && {
        let t = l.span.slice(text);
        t.contains(['，', ',']) && !t.contains(['；', ';']) && t.chars().last().is_some_and(is_han)
    }
}

/// Whether line `i` is the date of a teaser or link of a list ([`mark_dated_teasers`]): a
/// date and nothing more right below a line of such a list.
pub(crate) fn dates_a_link(lines: &[Line], i: usize) -> bool {
    let above = lines[..i].iter().rev().find(|l| !matches!(l.kind, LineKind::Blank));
    date_only(&lines[i])
        && above.is_some_and(|l| {
            matches!(l.kind, LineKind::Furniture) && l.evidence.present().any(|(f, _)| f == Feature::LinkRun)
        })
}

/// Whether line `i` is the date closing a document under its text (`某市卫生健康委员会` ⏎
/// `2026年3月5日` ⏎ `（此件公开发布）`): a date and nothing more, no line of prose below it.
pub(crate) fn closing_date(lines: &[Line], i: usize) -> bool {
    date_only(&lines[i]) && !lines[i + 1..].iter().any(|l| matches!(l.kind, LineKind::Text) && l.features.prose)
}

/// A metadata line that is a short date and nothing more.
fn date_only(l: &Line) -> bool {
    const MAX_DATE_CHARS: usize = 20;
    matches!(&l.kind, LineKind::Meta(m) if !m.stamps.is_empty() && m.sources.is_empty() && m.bylines.is_empty())
        && l.features.chars <= MAX_DATE_CHARS
}

/// A site's statement on a repost labelled by the site (`某某网声明：本文转自…，不代表本站观点。`,
/// `本站声明：…`): a label of at most [`MAX_STATEMENT_LABEL_CHARS`] characters ending in `声明`
/// before a colon, and words of a repost statement after it. A party's statement reported
/// in the text (`院方声明：将配合调查。`) says none of them.
fn named_statement(key: &str) -> bool {
    const MAX_STATEMENT_LABEL_CHARS: usize = 6;
    key.split_once('：').is_some_and(|(label, rest)| {
        label.ends_with("声明")
            && label.chars().count() <= MAX_STATEMENT_LABEL_CHARS
            && REPOST_STATEMENT_WORDS.iter().any(|w| rest.contains(w))
    })
}

/// A short line naming the scene of a photo (`发布会现场`, `义诊活动掠影`, `义诊现场。`): Han
/// characters only (a full stop may close them), at most ten, ending with a word of the
/// `[scene]` section of `caption_credits.txt`.
fn scene_caption(line: &str, f: &Features) -> bool {
    const MAX_SCENE_CHARS: usize = 10;
    let core = line.trim();
    let core = core.strip_suffix('。').unwrap_or(core);
    f.chars <= MAX_SCENE_CHARS
        && core.chars().all(is_han)
        && CAPTION_CREDITS.section("scene").iter().any(|r| core.ends_with(r.word()))
}

/// A one-sentence caption of a ceremony photo (`副县长为新任院长颁发聘书。`): at most 30
/// characters, no comma, ending with a word of the `[ceremony]` section of
/// `caption_credits.txt` and a full stop (a headline of the ceremony has none).
fn ceremony_caption(line: &str, f: &Features) -> bool {
    const MAX_CEREMONY_CHARS: usize = 30;
    let Some(core) = line.trim().strip_suffix('。') else { return false };
    f.chars <= MAX_CEREMONY_CHARS
        && !core.contains(['，', ',', '。', '；', '：', '！', '？'])
        && CAPTION_CREDITS.section("ceremony").iter().any(|r| core.ends_with(r.word()))
}

/// A crawler's leading ` date YYYY-MM-DD` (the page's date line) is a line of its own; what
/// follows it on the same line is judged on its own (title, caption or body).
fn crawler_date_split(content: &str) -> Vec<Span> {
    let lead = content.len() - content.trim_start().len();
    let rest = &content[lead..];
    let Some(date) = rest.strip_prefix("date ") else {
        return vec![Span::new(0, content.len())];
    };
    let b = date.as_bytes();
    let iso = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !iso || b.get(10).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return vec![Span::new(0, content.len())];
    }
    let cut = lead + "date ".len() + 10;
    let after = &content[cut..];
    let next = cut + (after.len() - after.trim_start().len());
    if next == content.len() {
        return vec![Span::new(0, content.len())];
    }
    vec![Span::new(0, cut), Span::new(next, content.len())]
}

/// [`soft_lines`] of the part `piece` of `content`, as spans of `content`.
fn soft_lines_in(content: &str, piece: Span) -> Vec<Span> {
    soft_lines(piece.slice(content)).into_iter().map(|s| s.shift(piece.start)).collect()
}

/// A very long line that glues a page together (line breaks lost in scraping) is cut where
/// runs of two or more spaces stand for the lost breaks (`　　` paragraph indents, gaps between
/// widgets); other lines are one piece.
fn soft_lines(content: &str) -> Vec<Span> {
    const LONG: usize = 600; // bytes: about 200 Han characters
    let whole = vec![Span::new(0, content.len())];
    if content.len() < LONG || !(content.contains("  ") || content.contains("　　") || content.contains(" 　")) {
        return whole;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut run_start = None;
    let mut run = 0;
    for (i, c) in content.char_indices() {
        if c.is_whitespace() {
            if run == 0 {
                run_start = Some(i);
            }
            run += 1;
            continue;
        }
        if run >= 2 {
            if let Some(rs) = run_start {
                if rs > start {
                    out.push(Span::new(start, rs));
                }
                start = i;
            }
        }
        run = 0;
    }
    out.push(Span::new(start, content.len()));
    out
}

/// Labels of a repost's note giving the title it was first printed under (`原标题：`,
/// `本文原标题：`, `（原题为《…》）`, and `标题是：` after the bracketed headline of an
/// aggregator's line). (`原题为` before `原题`: the first label the line opens with counts.)
const ORIGINAL_TITLE_LABELS: [&str; 6] = ["原标题", "本文原标题", "原文标题", "原题为", "原题", "标题是"];

/// `原标题：《…》` → the title inside; so is the note after an aggregator's bracketed
/// headline (`【某某】_标题是：…`).
fn original_title(key: &str) -> Option<String> {
    let key = after_bracketed_headline(key).unwrap_or(key);
    let rest = ORIGINAL_TITLE_LABELS.iter().find_map(|p| key.strip_prefix(p))?;
    if !rest.trim_start().starts_with(['：', '《']) {
        return None;
    }
    let rest = without_closing_bracket(rest.trim_start().strip_prefix('：').unwrap_or(rest).trim());
    let inner = rest.strip_prefix('《').and_then(|r| r.strip_suffix('》')).unwrap_or(rest).trim();
    // No space after full-width punctuation (`，　闵行` → `，闵行`).
    let mut out = String::with_capacity(inner.len());
    let mut prev_wide_punct = false;
    for c in inner.chars() {
        if c == ' ' && prev_wide_punct {
            continue;
        }
        prev_wide_punct = matches!(c, '，' | '：' | '；' | '。' | '！' | '？' | '、');
        out.push(c);
    }
    (!out.is_empty()).then_some(out)
}

/// What follows a bracketed headline opening the line (`【某某】_标题是：X` → `标题是：X`),
/// where an original-title label follows it.
fn after_bracketed_headline(key: &str) -> Option<&str> {
    let (_, rest) = key.strip_prefix('【')?.split_once('】')?;
    let rest = rest.trim_start_matches(['_', '＿', ' ']);
    ORIGINAL_TITLE_LABELS.iter().any(|l| rest.starts_with(l)).then_some(rest)
}

/// A note's value without the bracket that closes the note around it (`（原标题：X）` → `X`):
/// a closing bracket at the end that no bracket inside opens.
fn without_closing_bracket(value: &str) -> &str {
    for (open, close) in [('（', '）'), ('(', ')'), ('【', '】'), ('[', ']')] {
        if let Some(inner) = value.strip_suffix(close) {
            if !inner.contains(open) {
                return inner.trim_end();
            }
        }
    }
    value
}

/// A heading without the count a comment box prints after it (`网友评论（12）` → `网友评论`).
fn without_count(token: &str) -> &str {
    let Some(body) = token.strip_suffix(['）', ')']) else { return token };
    let Some(open) = body.rfind(['（', '(']) else { return token };
    let digits = body[open..].trim_start_matches(['（', '(']);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        &token[..open]
    } else {
        token
    }
}

/// Furniture recognised by shape alone.
fn structural_furniture(line: &str, key: &str, f: &Features) -> bool {
    if attachment_link(line) || contact_line(key) {
        return true;
    }
    if f.prose {
        // Long running text with sentence stops is never a widget or nav bar, but a
        // truncated teaser can be long (it then ends cut off), and a breadcrumb from the
        // home page may end in a headline with a stop (`首页 > 新闻 > 某地…！某某…`).
        return ends_cut(key) || home_breadcrumb(key);
    }
    let no_comma = !key.contains('，');
    // Navigation bar: many short tokens.
    if f.tokens >= 4 && no_comma {
        let short = line.split_whitespace().filter(|t| t.chars().count() <= 6).count();
        let tiny = line.split_whitespace().all(|t| t.chars().count() <= 4);
        if (f.tokens >= 5 && short * 10 >= f.tokens * 9) || tiny {
            return true;
        }
    }
    // Breadcrumb: `首页 > 资讯 > 正文`.
    let crumbs = key.matches(['>', '»', '›', '＞']).count();
    if crumbs >= 1 && no_comma {
        let parts: Vec<&str> = key.split(['>', '»', '›', '＞']).map(str::trim).filter(|p| !p.is_empty()).collect();
        // The last crumb may be the article's own headline (`首页 > 新闻 > 某县新设…`).
        let (_, above_last) = parts.split_last().unwrap_or((&"", &[]));
        if (crumbs >= 2 || parts.first().is_some_and(|p| p.contains("首页")))
            && above_last.iter().chain(parts.first()).all(|p| p.chars().count() <= 12)
        {
            return true;
        }
    }
    // `|`-separated footer or menu.
    let pipes = key.matches('｜').count();
    if pipes >= 2 && key.split('｜').all(|p| p.trim().chars().count() <= 20) {
        return true;
    }
    // Mostly Latin/digits/symbols: links, licence numbers, `About us`.
    if latin_or_figures(f) {
        return true;
    }
    if empty_labels(key) || arrow_line(key) {
        return true;
    }
    // Only bracketed tokens: `【打印】【关闭】`, `[京ICP证…] [京公网安备…]`; a lone short
    // bracketed phrase of Han words is a subhead of the text (`【专家解读】`).
    if bracket_only(key) && !bracketed_subhead(key) {
        return true;
    }
    is_teaser(key)
        || issue_line(key)
        || page_number(line)
        || issued_line(key, f)
        || tag_line(key)
        || hashtag_line(key)
        || weather_widget(key)
}

/// A line of two hashtags or more and nothing else (`#家庭医生 #签约服务`, `#健康#医保#义诊`):
/// the post's topics, not its text. A tag is short and no clause.
fn hashtag_line(key: &str) -> bool {
    const MAX_TAG_CHARS: usize = 15;
    let t = key.trim();
    if !t.starts_with(['#', '＃']) {
        return false;
    }
    let tags: Vec<&str> = t.split(['#', '＃']).map(str::trim).filter(|w| !w.is_empty()).collect();
    tags.len() >= 2
        && tags.iter().all(|w| w.chars().count() <= MAX_TAG_CHARS && !w.contains(['。', '，', '！', '？', '；', '：']))
}

/// A weather widget of a page's header (`临江 多云 12℃~20℃`, `今日天气：晴 18℃`): a short
/// line, no sentence (the caller sees no prose), printing a temperature in ℃ and a word of
/// the sky. A sentence on the heat (`气温最高达到38℃，…`) has a comma or a stop.
fn weather_widget(key: &str) -> bool {
    const MAX_WIDGET_CHARS: usize = 30;
    const SKY: [char; 8] = ['晴', '阴', '云', '雨', '雪', '雾', '霾', '风'];
    key.contains(['℃', '°'])
        && key.contains(SKY)
        && !key.contains(['，', '。'])
        && key.chars().count() <= MAX_WIDGET_CHARS
}

/// A download link to an attached file (`附件：1.某县考核细则.docx`, `2.评分表.xlsx`): a short
/// line ending in a document's file extension, no sentence stop before it.
fn attachment_link(line: &str) -> bool {
    const MAX_LINK_CHARS: usize = 80;
    const EXTENSIONS: [&str; 11] = ["doc", "docx", "pdf", "xls", "xlsx", "wps", "ofd", "zip", "rar", "txt", "ppt"];
    let t = line.trim_end().trim_end_matches([')', '）', ']', '】']);
    let Some((head, ext)) = t.rsplit_once('.') else { return false };
    EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
        && !head.trim().is_empty()
        && !head.contains(['。', '！', '？'])
        && t.chars().count() <= MAX_LINK_CHARS
}

/// The words ending a contact label (`contact_labels.txt`).
static CONTACT_WORDS: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| WordSet::from_words(crate::lexicon::CONTACT_LABELS.words()));

/// A contact line (`咨询电话：0571-12345678`, `如有疑问请拨打热线：0571-12345678。`,
/// `投稿邮箱：tougao@example.com`): a label of one clause (no comma, at most 16 characters)
/// ending in a contact word, a colon, then only a number of seven digits or more or an
/// e-mail (no Han outside
/// brackets: `（工作日）`), and at most a stop. A sentence with a number inside
/// (`市民可拨打咨询电话0571-12345678了解详情。`) has no such label: it is text.
fn contact_line(key: &str) -> bool {
    const MAX_LABEL_CHARS: usize = 16;
    // A short service number (`咨询电话：12320`) is a detail a notice lists among its text.
    const MIN_DIGITS: usize = 7;
    let t = key.trim().trim_end_matches(['。', '.']);
    let Some((label, value)) = t.split_once('：') else { return false };
    let label = label.trim();
    if label.chars().count() > MAX_LABEL_CHARS
        || label.contains(['，', '。', '；'])
        || CONTACT_WORDS.longest_suffix(label).is_none()
    {
        return false;
    }
    let mut depth = 0usize;
    let mut han_outside = false;
    for c in value.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            c if is_han(c) && depth == 0 => han_outside = true,
            _ => {}
        }
    }
    let digits = value.chars().filter(char::is_ascii_digit).count();
    !han_outside && (digits >= MIN_DIGITS || value.contains('@'))
}

/// The line of tags under an article (`标签 某某 某某`, `标签：…`): the label, a space or a
/// colon, then the tags, no sentence (the caller sees no prose), at most 40 characters. (A
/// `关键词：` line is read as a metadata label.)
fn tag_line(key: &str) -> bool {
    const MAX_TAG_LINE_CHARS: usize = 40;
    // The label in Latin letters too (`Tags：家庭医生`).
    const LABELS: [&str; 3] = ["标签", "Tags", "Tag"];
    LABELS
        .iter()
        .find_map(|l| key.get(..l.len()).filter(|h| h.eq_ignore_ascii_case(l)).map(|_| &key[l.len()..]))
        .is_some_and(|rest| rest.starts_with([' ', '：']) && !rest.trim_start_matches([' ', '：']).is_empty())
        && key.chars().count() <= MAX_TAG_LINE_CHARS
}

/// A breadcrumb from the home page (`首页 > 新闻 > …`): its first crumb is `首页`, at least two
/// crumbs follow, no comma, the crumbs short but the last (the article's own headline).
fn home_breadcrumb(key: &str) -> bool {
    const MAX_CRUMB_CHARS: usize = 12;
    let parts: Vec<&str> = key.split(['>', '»', '›', '＞']).map(str::trim).collect();
    let Some((_, above_last)) = parts.split_last() else { return false };
    parts.len() >= 3
        && !key.contains('，')
        && parts[0] == "首页"
        && above_last.iter().all(|p| !p.is_empty() && p.chars().count() <= MAX_CRUMB_CHARS)
}

/// Marks that frame a page number in a document dumped from its PDF (`— 2 —`, `- 3 -`).
const PAGE_DASHES: [char; 5] = ['-', '—', '–', '－', '―'];

/// A page number framed by dashes and nothing else (`— 2 —`, `-3-`): a dumped document's
/// page break.
fn page_number(line: &str) -> bool {
    let t = line.trim();
    let inner = t.trim_start_matches(PAGE_DASHES).trim_end_matches(PAGE_DASHES).trim();
    t.starts_with(PAGE_DASHES)
        && t.ends_with(PAGE_DASHES)
        && (1..=3).contains(&inner.len())
        && inner.chars().all(|c| c.is_ascii_digit())
}

/// The issuing line closing an official document (`某某办公室  2026年3月21日印发`): the
/// office and the day it was printed, no sentence. Part of the document's closing block.
fn issued_line(key: &str, f: &Features) -> bool {
    const MAX_ISSUED_CHARS: usize = 40;
    !f.has_stop && f.chars <= MAX_ISSUED_CHARS && key.trim_end().ends_with("日印发")
}

/// Marks of a link to another page (`►`, `▶`, `➤`).
const LINK_ARROWS: [char; 3] = ['►', '▶', '➤'];

/// The heading before a list's colon without a link's arrow before it (`►延伸阅读：某市…`).
fn linked_head(head: &str) -> &str {
    head.trim().trim_start_matches(LINK_ARROWS).trim_start()
}

/// Arrow-marked items (`►某某进入流行期`) after the last prose line: links to other
/// stories, one as well as a run of them ([`Classifier::mark_link_lists`]).
fn mark_trailing_links(text: &str, lines: &mut [Line]) {
    let Some(last_prose) = lines.iter().rposition(|l| matches!(l.kind, LineKind::Text) && l.features.prose) else {
        return;
    };
    for l in &mut lines[last_prose + 1..] {
        let arrow = l.span.slice(text).starts_with(LINK_ARROWS);
        if arrow && matches!(l.kind, LineKind::Text) && !l.features.prose && l.features.chars <= 60 {
            l.evidence.flag(Feature::LinkRun, true);
            l.kind = plain_kind(l.decision().0);
        }
    }
}

/// A magazine's issue line alone (`《某某》2026年第10期`, `《某某》杂志2026年第3期（总第120期）`):
/// the publication the article ran in, not article text.
fn issue_line(key: &str) -> bool {
    const MAX_NAME_CHARS: usize = 16;
    let Some(rest) = key.trim().strip_prefix('《') else { return false };
    let Some((name, rest)) = rest.split_once('》') else { return false };
    let rest = rest.trim_start().trim_start_matches("杂志").trim();
    let Some((year, issue)) = rest.split_once('年') else { return false };
    let issue = issue.trim();
    let issue = issue.split_once(['（', '(']).map_or(issue, |(head, _)| head.trim_end());
    let number = issue.strip_prefix('第').and_then(|n| n.strip_suffix('期'));
    (1..=MAX_NAME_CHARS).contains(&name.chars().count())
        && year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && number.is_some_and(|n| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        })
}

/// Two or more short labels with nothing after their colons (`出版：更新：`): a widget
/// whose values the page left out.
fn empty_labels(key: &str) -> bool {
    const MAX_LABEL_CHARS: usize = 4;
    let Some(body) = key.strip_suffix('：') else { return false };
    let labels: Vec<&str> = body.split('：').map(str::trim).collect();
    labels.len() >= 2
        && labels.iter().all(|l| (1..=MAX_LABEL_CHARS).contains(&l.chars().count()) && l.chars().all(is_han))
}

/// A truncated teaser of another article: ends with `...` / a single `…`, or has a `...`
/// cut in the middle.
fn is_teaser(key: &str) -> bool {
    ends_cut(key) || key.contains("... ")
}

fn ends_cut(key: &str) -> bool {
    let t = key.trim_end();
    t.ends_with("...") || t.ends_with("。。。") || (t.ends_with('…') && !t.ends_with("……")) || read_more_tail(t)
}

/// A teaser's link to the story it cuts (`某县启动…，首批覆盖5000人……[详细]`): the line ends
/// with a bracketed read-more button. (Key folded: `[` and `]` as printed, `【】` full width.)
fn read_more_tail(t: &str) -> bool {
    const BUTTONS: [&str; 4] = ["详细", "详情", "全文", "阅读全文"];
    let Some(open) = t.strip_suffix([']', '】', '］']).and_then(|r| r.rfind(['[', '【', '［']).map(|i| (r, i)))
    else {
        return false;
    };
    let (head, i) = open;
    let inner = head[i..].trim_start_matches(['[', '【', '［']).trim();
    BUTTONS.contains(&inner) && !head[..i].trim().is_empty()
}

/// One bracketed phrase of at most [`MAX_SUBHEAD_CHARS`] Han characters and nothing else
/// (`【专家解读】`, `【前景】`): a subhead between paragraphs. A widget's phrase is in the
/// furniture lexicon (`【打印】`, `【纠错】`), which still makes the line furniture.
fn bracketed_subhead(key: &str) -> bool {
    const MAX_SUBHEAD_CHARS: usize = 8;
    let inner = key.trim().strip_prefix('【').and_then(|r| r.strip_suffix('】')).unwrap_or("");
    (2..=MAX_SUBHEAD_CHARS).contains(&inner.chars().count()) && inner.chars().all(is_han)
}

fn bracket_only(key: &str) -> bool {
    let mut depth = 0;
    let mut outside = 0;
    let mut groups = 0;
    for c in key.chars() {
        match c {
            '【' | '[' => {
                depth += 1;
                groups += 1;
            }
            '】' | ']' => depth = (depth - 1).max(0),
            c if depth == 0 && !c.is_whitespace() => outside += 1,
            _ => {}
        }
    }
    groups >= 1 && outside == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> &'static str {
        let c = Classifier::new();
        let lines = c.lines(line);
        match lines[0].kind {
            LineKind::Blank => "blank",
            LineKind::Furniture => "furniture",
            LineKind::Heading => "heading",
            LineKind::Caption(_) => "caption",
            LineKind::Meta(_) => "meta",
            LineKind::OriginalTitle(_) => "original_title",
            LineKind::Header => "header",
            LineKind::Text => "text",
        }
    }

    #[test]
    fn fold_widens_ascii_punctuation_and_joins_whitespace() {
        assert_eq!(fold("  关于(试行)通知 :\t第1条,见附件 | 下载!  "), "关于（试行）通知 ： 第1条，见附件 ｜ 下载！");
        assert_eq!(fold("\u{3000}本报讯\u{a0}\u{a0}记者;张某?"), "本报讯 记者；张某？");
        assert_eq!(fold("纯文本"), "纯文本");
        assert_eq!(fold(" \n "), "");
    }

    /// The classifier's decision for the first line of `text`: role, score and margin.
    fn decided(text: &str) -> (Role, f32, f32) {
        Classifier::new().lines(text)[0].decision()
    }

    /// Every line gets a role from its scores; a stronger rule outweighs weaker ones
    /// together, and the margin says by how much.
    #[test]
    fn scores_decide_the_role_of_each_line() {
        for (line, want) in [
            ("原标题：《县域医共体建设提速》", Role::Meta),
            ("相关新闻", Role::Heading),
            ("图为义诊活动现场。记者 王一鸣 摄", Role::Caption),
            ("2024-05-16 来源：省卫健委", Role::Meta),
            ("责任编辑：王芳", Role::Credit),
            ("版权所有：某某省卫生健康委员会", Role::Furniture),
            ("首页 > 新闻中心 > 工作动态", Role::Furniture),
            ("某某健康新闻网", Role::Header),
            ("今年，全市新建社区卫生服务中心12个。", Role::Body),
            ("【相关阅读】青柳县启动儿童健康管理项目", Role::Furniture),
            ("[延伸阅读] 青柳县新设胸痛中心", Role::Furniture),
            ("点击进入专题", Role::Furniture),
            ("【相关阅读】", Role::Heading),
            ("【提示】青柳县明日起调整门诊时间。", Role::Body),
        ] {
            let (role, score, margin) = decided(line);
            assert_eq!(role, want, "{line}");
            assert!(score > 0.0 && margin > 0.0, "{line}: {score} +{margin}");
        }
        // Fields beat a widget phrase on the same line.
        let line = "发布时间：2024-05-16 来源：省卫健委 分享到：";
        let lines = Classifier::new().lines(line);
        assert_eq!(lines[0].decision().0, Role::Meta);
        let furniture = lines[0].evidence.scores().of(Role::Furniture);
        assert!(furniture > 0.0 && furniture < lines[0].evidence.scores().of(Role::Meta));
        assert_eq!(decided("出版：更新：").0, Role::Furniture);
    }

    #[test]
    fn furniture_shapes() {
        for (line, want) in [
            ("人民网首页 时政 国际 财经 健康 教育 科技 文旅 地方 体育", "furniture"),
            // A contact label and only a number or an e-mail after it; a short service number
            // (a notice's detail), prose with a number inside, a label of two clauses, a
            // count after a label stay text.
            ("如有疑问请拨打热线：0571-12345678。", "furniture"),
            ("服务热线：12320", "text"),
            ("投稿邮箱：qhxw@example.com", "furniture"),
            ("市民如有疑问，请拨打热线：0571-12345678。", "text"),
            ("市民可拨打县卫健局咨询电话0571-12345678了解详情。", "text"),
            ("全年热线接听量：12345次", "text"),
            ("当前位置：首页 > 新闻中心 > 卫健要闻", "furniture"),
            // A breadcrumb lead whose first crumb is a long body name.
            ("您现在所在的位置：某某县妇幼保健计划生育服务中心 > 中心动态", "furniture"),
            ("您所在的位置：某某市第三人民医院 > 新闻 > 院务公开", "furniture"),
            ("网站首页 » 政务公开 » 工作动态", "furniture"),
            ("网站声明 | 网站地图 | 联系我们 | 使用帮助", "furniture"),
            ("Copyright © 2000-2024 www.example.com.cn", "furniture"),
            ("【打印本页】【关闭窗口】", "furniture"),
            ("[京ICP备0000000号] [京公网安备11000002000001号]", "furniture"),
            ("浙江：县域医共体改革再提速 基层... 记者日前从浙江省卫生健康委获悉...", "furniture"),
            ("地址：北京市西城区 邮编：100044 技术支持：某某信息中心", "furniture"),
            ("版权所有：广东省卫生健康委员会", "furniture"),
            ("发布时间：2024-05-16 来源：省卫健委 分享到：", "meta"),
            ("字号：大 中 小", "furniture"),
            ("更多>>", "heading"),
            ("相关新闻 相关论文", "heading"),
            ("延伸阅读：某市开通夜间门诊 | 某省推进城市医疗集团建设", "heading"),
            ("【延伸阅读】", "heading"),
            // Recommendation, search and ranking lists; a heading spaced around a dot, a
            // `更多+` link after it. A sentence that names a list is text.
            ("为您推荐", "heading"),
            ("作者最新文章", "heading"),
            ("延伸 · 推荐", "heading"),
            ("新闻排行榜更多+", "heading"),
            ("相关搜索显示，该话题的热度明显上升。", "text"),
            ("大家都在看这部纪录片，讨论十分热烈。", "text"),
            ("分享到：", "furniture"),
            // Tags under the text, a video player's placeholder, a paged story's link, the
            // previous and next stories, a portal's note in brackets; a sentence about tags
            // or a browser is text.
            ("标签 医改 分级诊疗 家庭医生", "furniture"),
            ("标签化管理让慢病患者随访更方便。", "text"),
            ("您的浏览器不支持播放该视频。", "furniture"),
            ("1 2 3 下一页余下全文", "furniture"),
            ("【上一篇】某市开通夜间门诊【下一篇】某省推进城市医疗集团建设", "furniture"),
            ("(本文来自某某新闻，更多资讯请下载客户端)", "furniture"),
            ("正文已结束，您可以发表评论", "heading"),
            // A breadcrumb ending in the article's headline.
            ("首页 > 健康新闻 > 某县人民医院新设胸痛中心 救治时间大幅缩短", "furniture"),
            ("首页 > 健康新闻 > 某县新设胸痛中心！救治时间从两小时缩短到四十分钟。", "furniture"),
            ("优先级依次为：重症 > 急症 > 慢病复诊。", "text"),
            ("（完）", "furniture"),
            // A widget's phrase in brackets, a long bracketed notice, a site's repost statement.
            ("【纠错】", "furniture"),
            ("【更多即时新闻请访问本站新闻频道】", "furniture"),
            ("本站声明：本文转自合作媒体，不代表本站观点。", "heading"),
            ("某某网声明：此文转载自合作媒体，仅供参考。", "heading"),
            // A dumped document's page number, issuing line, copy list and disclosure note.
            ("— 2 —", "furniture"),
            ("-3-", "furniture"),
            ("某某局办公室            2026年3月21日印发", "furniture"),
            ("抄送：某某委办公厅。", "furniture"),
            ("（信息公开形式：主动公开）", "furniture"),
            // A writer's note under a commentary; a tip-off line.
            ("（作者系某某大学公共卫生学院教授）", "furniture"),
            ("某某新闻报料：010-12345678", "furniture"),
        ] {
            assert_eq!(kind(line), want, "{line}");
        }
    }

    /// In long prose a furniture phrase counts only when it starts within the first 12
    /// characters: the 12th is the last start that makes furniture (the bounded search).
    #[test]
    fn long_prose_furniture_phrase_counts_only_near_the_start() {
        let tail = "，说明患者信息的收集范围和使用目的，未经同意不得向第三方提供数据，违者将依法追究责任。";
        let eleven = format!("本院在官网首页公开了新隐私政策{tail}");
        let twelve = format!("本院在官网首页公开了新版隐私政策{tail}");
        assert_eq!(kind(&eleven), "furniture", "{eleven}");
        assert_eq!(kind(&twelve), "text", "{twelve}");
    }

    /// A header widget's phrase (`~今天是` with a date or weekday after it) makes a short line
    /// furniture, never an editor's note of long prose opening the same way, nor a short
    /// sentence naming the day's theme.
    #[test]
    fn widget_openings_leave_long_prose_alone() {
        for widget in ["今天是2026年10月18日 星期日", "今天是星期日", "今天是农历九月初八"] {
            assert_eq!(kind(widget), "furniture", "{widget}");
        }
        assert_eq!(kind("今天是第39个世界无烟日。"), "text");
        let note = "今天是重阳节，本报健康周刊关注居家照护的失能老人，推出系列报道，从政策层面探讨照护难题，敬请关注。";
        assert_eq!(kind(note), "text", "{note}");
    }

    #[test]
    fn text_shapes_stay_text() {
        for line in [
            "国家卫生健康委：今年将新建县域医疗卫生次中心300个",
            "全市社区卫生服务中心均提供居家或病房安宁疗护服务",
            "聚焦“一老一小” 织密基层健康服务网",
            "据介绍，该项目总投资2.3亿元，建成后可新增床位500张。",
            "一是扩大服务供给。",
            "他说：“我们... 一定会做好。”这是第一步。",
            // A lone short bracketed phrase is a subhead; a party's statement is text.
            "【专家解读】",
            "【背景資料】",
            "院方声明：将全力配合调查。",
            "新规明确，互联网医院应当公开隐私政策，说明患者个人信息的收集范围、使用目的和保存期限，未经患者同意不得向第三方提供诊疗数据，违者将依法追究责任。",
        ] {
            assert_eq!(kind(line), "text", "{line}");
        }
    }

    #[test]
    fn captions_and_photographers() {
        let c = Classifier::new();
        let text = "图为义诊活动现场。记者 王一鸣 摄";
        match &c.lines(text)[0].kind {
            LineKind::Caption(credits) => {
                assert_eq!(credits.len(), 1);
                assert_eq!(credits[0].text, "王一鸣");
                assert_eq!(credits[0].span.slice(text), "王一鸣");
            }
            k => panic!("{k:?}"),
        }
        assert_eq!(kind("图：医护人员为居民测量血压"), "caption");
        assert_eq!(kind("图:医护人员为居民测量血压"), "caption");
        assert_eq!(kind("资料图片"), "caption");
        assert_eq!(kind("（县卫健局供图）"), "caption");
        // A credit at the end of the line.
        assert_eq!(kind("卫生局长带领医护团队登岛巡诊。（王小明提供）"), "caption");
        assert_eq!(kind("卫福部长出席记者会。（图／某某新闻）"), "caption");
        assert_eq!(kind("县长出席揭牌仪式。某报系资料照"), "caption");
        assert_eq!(kind("人民图片"), "caption");
        // A slashed `／摄影` after a sentence credits the photo (alone on its line it is a byline).
        assert_eq!(kind("卫生局长说明筛检目标。记者张雅婷／摄影"), "caption");
        assert_eq!(kind("记者张雅婷／摄影"), "meta");
        // Sources of data are no photo credits (`由`, `据`); long paragraphs stay text.
        assert_eq!(kind("全市新增家庭医生团队120个。（数据由某局提供）"), "text");
        assert_eq!(
            kind("今年全市新增家庭医生团队120个，签约居民超过30万人。（数据由市卫生健康委员会统计信息中心提供）"),
            "text"
        );
        let long = format!("{}（王小明提供）", "全市持续推进家庭医生签约服务，重点人群签约率稳步提升。".repeat(4));
        assert_eq!(kind(&long), "text");
    }

    #[test]
    fn glued_pages_are_cut_at_wide_gaps() {
        let body = "　　今年以来，全区持续推进家庭医生签约服务，重点人群签约率稳步提升。".repeat(6);
        let page = format!(
            "首页 > 新闻  区卫健委推进家庭医生签约服务  2024-05-06 来源：区融媒体中心{body}  关于我们 | 联系我们"
        );
        let c = Classifier::new();
        let lines = c.lines(&page);
        let kinds: Vec<&str> = lines
            .iter()
            .map(|l| match l.kind {
                LineKind::Furniture => "furniture",
                LineKind::Meta(_) => "meta",
                LineKind::Text => "text",
                _ => "other",
            })
            .collect();
        assert_eq!(
            kinds,
            vec!["furniture", "text", "meta", "text", "text", "text", "text", "text", "text", "furniture"]
        );
        assert_eq!(lines[1].span.slice(&page), "区卫健委推进家庭医生签约服务");
        assert!(soft_lines("短行  有空格").len() == 1);
    }

    #[test]
    fn crawler_date_lines_stand_alone() {
        let c = Classifier::new();
        let page =
            " date 2024-03-05 区医院新设儿科夜间门诊。（图／本报记者）\n\n区医院今年起开设夜间门诊，每晚接诊至22时。";
        let lines = c.lines(page);
        assert!(matches!(&lines[0].kind, LineKind::Meta(m) if m.stamps.len() == 1), "{:?}", lines[0].kind);
        assert_eq!(lines[0].span.slice(page), "date 2024-03-05");
        assert_eq!(lines[1].span.slice(page), "区医院新设儿科夜间门诊。（图／本报记者）");
        // Not a crawler's date: a word goes on, or no date follows.
        assert_eq!(crawler_date_split("date 2024-03-05x 其余").len(), 1);
        assert_eq!(crawler_date_split("date of birth 1990").len(), 1);
        assert_eq!(crawler_date_split(" date 2024-03-05 ").len(), 1);
        assert_eq!(kind("我是广告 请继续往下阅读"), "furniture");
    }

    /// Han ratio and punctuation density are shares of the non-blank characters.
    #[test]
    fn han_ratio_and_punctuation_density() {
        let c = Classifier::new();
        let value = |line: &str, feature: Feature| {
            c.lines(line)[0].evidence.present().find(|(f, _)| *f == feature).map_or(0.0, |(_, v)| v)
        };
        // 8 Han characters, 1 digit, 1 stop: 10 characters.
        assert_eq!(value("全市新建卫生院9个。", Feature::HanRatio), 0.8);
        assert_eq!(value("全市新建卫生院9个。", Feature::PunctDensity), 0.1);
        assert_eq!(value("首页 | 新闻 | 关于", Feature::PunctDensity), 0.25);
        assert_eq!(value("Copyright 2024", Feature::HanRatio), 0.0);
        assert_eq!(value("医療衛生", Feature::HanRatio), 1.0);
        assert_eq!(value("醫院", Feature::PunctDensity), 0.0);
    }

    #[test]
    fn other_scripts_are_no_prose() {
        assert!(!Features::of("This site uses cookies to improve your reading experience. Learn more.").prose);
        assert!(!Features::of("このページは中国語版です。日本語版に移動しますか。").prose);
        assert!(Features::of("今年，全市CT和MRI检查结果实现互认。").prose);
        // A half-width stop after a Han character ends a sentence; one inside a number does not.
        assert!(Features::of("今年,全市新增床位1200张.").prose);
        assert!(!Features::of("全市新增床位1.2万张").prose);
    }

    #[test]
    fn tokens_are_whitespace_separated_runs() {
        for line in ["", "   ", "分享", " 分享 收藏\u{3000}打印 ", "a\tb\n\nc", "首页 > 新闻 > 正文"] {
            assert_eq!(Features::of(line).tokens, line.split_whitespace().count(), "{line:?}");
        }
    }

    /// Runs of ideographs are stepped over by bytes: the counts are those of a walk over
    /// every character, and the runs fold as they are (around rarer Han letters, kana,
    /// spaces and marks).
    #[test]
    fn runs_of_ideographs_count_and_fold_as_characters() {
        let lines = [
            "临江市新增床位1200张.全市卫生院共12家。",
            "青禾县卫生院 , 今年(新增)  床位:120张",
            "南屿镇\u{3000}\u{3000}张晓明　介绍：㐀㐁两字与かな之间",
            "湖川日报记者 张晓明 摄 | 编辑:林立",
        ];
        for line in lines {
            let f = Features::of(line);
            assert_eq!(f.chars, line.chars().filter(|c| !c.is_whitespace()).count(), "{line}");
            assert_eq!(f.han, line.chars().filter(|&c| is_han(c)).count(), "{line}");
            assert_eq!(f.tokens, line.split_whitespace().count(), "{line}");
        }
        assert!(Features::of(lines[0]).has_stop);
        assert!(!Features::of(lines[1]).has_stop);
        assert_eq!(fold(lines[1]), "青禾县卫生院 ， 今年（新增） 床位：120张");
        assert_eq!(fold(lines[2]), "南屿镇 张晓明 介绍：㐀㐁两字与かな之间");
        assert_eq!(fold(lines[3]), "湖川日报记者 张晓明 摄 ｜ 编辑：林立");
    }

    #[test]
    fn repeated_widget_words_and_lone_datelines() {
        assert_eq!(kind("广告 广告"), "furniture");
        assert_eq!(kind("分享 收藏 打印"), "furniture");
        assert_eq!(kind("广告投放 效果"), "text");
        assert_eq!(kind("点赞(12) 收藏 评论(3)"), "furniture");
        assert_eq!(kind("点赞 12 在看 3"), "furniture");
        assert_eq!(kind("在看 12"), "furniture");
        assert_eq!(kind("分享 经验 12"), "text");
        for notice in [
            "建议使用1280×800分辨率浏览",
            "您是本站第56789位访问者",
            "本网站由某某信息中心维护",
            "打开APP阅读更多精彩内容",
            "展开全文",
        ] {
            assert_eq!(kind(notice), "furniture", "{notice}");
        }
        assert_eq!(kind("中央社／ 高雄5日电"), "meta");
        assert_eq!(kind("出版：更新："), "furniture");
        assert_eq!(kind("通知如下："), "text");
    }

    #[test]
    fn original_titles() {
        assert_eq!(original_title("原标题：《县域医共体建设提速》").as_deref(), Some("县域医共体建设提速"));
        assert_eq!(original_title("原题：基层医疗迎来新变化").as_deref(), Some("基层医疗迎来新变化"));
        assert_eq!(original_title("原标题：《改革， 再出发》").as_deref(), Some("改革，再出发"));
        assert_eq!(original_title("原题目要求"), None);
        assert_eq!(original_title("本文原标题：《某县新建三所卫生院》").as_deref(), Some("某县新建三所卫生院"));
        assert_eq!(original_title("原题为《乡村医生的一天》）").as_deref(), Some("乡村医生的一天"));
        assert_eq!(original_title("原题为何改动"), None);
        assert_eq!(original_title("本文原稿由某某提供"), None);
        assert_eq!(
            original_title("【苇塘县新增床位300张|苇塘县新增床位】_标题是：苇塘县卫健局：今年新增床位300张").as_deref(),
            Some("苇塘县卫健局：今年新增床位300张")
        );
        assert_eq!(original_title("【苇塘县新增床位300张】_标题是由编辑拟定"), None);
        assert_eq!(original_title("标题是：苇塘县新增床位").as_deref(), Some("苇塘县新增床位"));
        assert_eq!(original_title("原标题：青柳为千名老人体检）").as_deref(), Some("青柳为千名老人体检"));
        assert_eq!(original_title("原标题：《青柳为千名老人体检》)").as_deref(), Some("青柳为千名老人体检"));
        assert_eq!(original_title("原标题：青柳（试点）为千名老人体检").as_deref(), Some("青柳（试点）为千名老人体检"));
        assert_eq!(original_title("原标题：青柳新增床位（图）").as_deref(), Some("青柳新增床位（图）"));
    }

    #[test]
    fn media_teasers_between_paragraphs_are_furniture() {
        assert_eq!(kind("视频：柳川市举办家庭医生宣传周活动"), "furniture");
        assert_eq!(kind("图集：走进柳川市第三医院新院区"), "furniture");
        assert_eq!(kind("专题：2027年柳川民生实事"), "furniture");
        assert_eq!(kind("直播：柳川市卫健委新闻发布会"), "furniture");
        assert_eq!(kind("视频：某县远程会诊系统覆盖全部乡镇卫生院，今年已开展会诊1200余例，较去年同期增长三成，群众就医更方便了。"), "text");
    }

    #[test]
    fn notes_glued_after_the_last_sentence_are_lines_of_their_own() {
        let c = Classifier::new();
        let pieces =
            |line: &str| -> Vec<String> { c.lines(line).iter().map(|l| l.span.slice(line).to_string()).collect() };
        assert_eq!(
            pieces("记者从某县卫健局获悉。原标题：某县义诊进乡村"),
            ["记者从某县卫健局获悉。", "原标题：某县义诊进乡村"]
        );
        assert_eq!(
            pieces("下一步将每月义诊一次。（来源：柳川日报）"),
            ["下一步将每月义诊一次。", "（来源：柳川日报）"]
        );
        assert_eq!(pieces("全年接诊2万人次。 稿源:柳川融媒"), ["全年接诊2万人次。", "稿源:柳川融媒"]);
        // A sentence that merely goes on after a label-like word, or a note with sentences in it, stays whole.
        assert_eq!(pieces("今年新增床位300张。来源于群众的意见已全部办结。").len(), 1);
        assert_eq!(pieces("今年新增床位300张。来源：据统计，全县新增床位300张。其中县医院占一半。").len(), 1);
    }

    /// A line of figures or Latin words between two text lines is a row of the article; at
    /// the page's edge, or next to furniture, it stays furniture.
    #[test]
    fn rows_of_figures_between_text_lines_are_text() {
        let c = Classifier::new();
        let lines = c
            .lines("全市诊疗人次同比增长。\n2024 2025 增幅\nThe rise came mainly from primary care.\n其中门诊占八成。");
        assert!(matches!(lines[1].kind, LineKind::Text), "{:?}", lines[1].kind);
        assert!(matches!(lines[2].kind, LineKind::Text), "{:?}", lines[2].kind);
        let lines = c.lines("全市诊疗人次同比增长。\n2024 2025 增幅\n分享到：");
        assert!(matches!(lines[1].kind, LineKind::Furniture), "{:?}", lines[1].kind);
        let lines = c.lines("Home About Contact\n全市诊疗人次同比增长。");
        assert!(matches!(lines[0].kind, LineKind::Furniture), "{:?}", lines[0].kind);
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker_len("- 1 上海大学"), Some(4));
        assert_eq!(list_marker_len("• 来源"), Some(4));
        assert_eq!(list_marker_len("3. 加强"), Some(3));
        assert_eq!(list_marker_len("2024年"), None);
        assert_eq!(list_marker_len("2.2亿"), None);
        assert_eq!(list_marker_len("——访院长"), None);
    }

    #[test]
    fn link_list_runs_are_furniture_single_items_are_not() {
        let c = Classifier::new();
        let lines = c.lines("会议强调抓好落实。\n- 1 某地卫健委召开会议\n- 2 某医院获评示范单位\n\n- 加强基层建设");
        assert!(matches!(lines[0].kind, LineKind::Text));
        assert!(matches!(lines[1].kind, LineKind::Furniture));
        assert!(matches!(lines[2].kind, LineKind::Furniture));
        assert!(matches!(lines[4].kind, LineKind::Furniture));
        // Numbered points inside the article are its own list.
        let lines = c.lines("会议强调：\n1.加强组织领导\n2.强化经费保障\n会议强调抓好落实。\n- 加强基层建设");
        assert!(lines[1..3].iter().all(|l| matches!(l.kind, LineKind::Text)));
        assert!(matches!(lines[4].kind, LineKind::Text));
        // One arrow-marked item under the text is a link; above the last prose line it is
        // the article's own.
        let lines = c.lines("▶ 加强基层建设\n会议强调抓好落实。\n►某地卫健委召开会议\n热门新闻");
        assert!(matches!(lines[0].kind, LineKind::Text));
        assert!(matches!(lines[2].kind, LineKind::Furniture));
        // Page numbers between the text's lines are no rows of a table.
        let lines = c.lines("会议强调抓好落实。\n— 2 —\n各地要加强组织领导。");
        assert!(matches!(lines[1].kind, LineKind::Furniture));
    }

    /// The prompts that close a social post (follow, share, tip, scan, app), a repost notice
    /// and a health page's no-advice note are furniture; a note on the article's pictures is
    /// a caption; a comment box's heading keeps its role with its count. A sentence about a
    /// hospital's account is text.
    #[test]
    fn social_prompts_picture_notes_and_comment_counts() {
        let table = [
            ("点击关注，获取更多义诊信息", "furniture"),
            ("喜欢就点个“在看”吧", "furniture"),
            ("欢迎转发，让更多家长看到！", "furniture"),
            ("扫描下方二维码，预约免费体检。", "furniture"),
            ("更多资讯请关注“某县卫健”", "furniture"),
            ("本文为某某晚报原创，转载请注明来源。", "furniture"),
            ("温馨提示：本文不构成诊疗建议", "furniture"),
            ("下载某某晚报客户端，看更多新闻。", "furniture"),
            ("赞赏", "furniture"),
            ("手机看新闻", "furniture"),
            ("本文图片均由柳川市第三医院提供", "caption"),
            ("文中图片均为资料图", "caption"),
            ("网友评论（12）", "heading"),
            ("网友评论（十二）", "text"),
            (
                "柳川市第三医院开通预约平台，市民可通过医院公众号预约挂号、查询检验报告，今年以来已有3万余人次使用。",
                "text",
            ),
        ];
        for (line, want) in table {
            assert_eq!(kind(line), want, "{line}");
        }
    }

    /// A bracketed stock-photo note alone ends a caption (`（资料照片）`). A slashed credit
    /// (`某县医院/摄`, `某某晚报记者 张三/摄`) names no photographer: the slash form was tried
    /// and withdrawn (it added a false person on real pages).
    #[test]
    fn stock_photo_notes_and_slashed_photo_credits() {
        assert_eq!(kind("护士为新生儿做听力筛查。（资料照片）"), "caption");
        assert_eq!(kind("护士为新生儿做听力筛查。资料照片"), "caption");
        assert_eq!(kind("护士为新生儿做听力筛查。图/柳川县卫健局"), "caption");
        assert_eq!(kind("护士为新生儿做听力筛查。 图源：柳川县融媒体中心"), "caption");
        assert_eq!(kind("护士为新生儿做听力筛查 图片来源于网络"), "caption");
        assert_eq!(kind("图丨护士为新生儿做听力筛查"), "caption");
        assert_eq!(kind("全县新生儿听力筛查率达到98%，见图1。"), "text");
        assert_ne!(kind("文／柳一帆 图／柳川县卫健局"), "caption");
        assert_eq!(kind("（视频）"), "furniture");
        assert_eq!(kind("新生儿听力筛查率达到98%，较上年提高2个百分点（资料来源：县卫健局）。"), "text");
        // Without a reporter's label a slashed credit names no one: it may be a body.
        let text = "护士为新生儿做听力筛查。柳川县医院/摄";
        if let LineKind::Caption(credits) = &Classifier::new().lines(text)[0].kind {
            assert!(credits.is_empty(), "{credits:?}");
        }
    }
}
