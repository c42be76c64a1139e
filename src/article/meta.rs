//! Metadata grammar: publication stamps, source and byline/credit lines, datelines.
//!
//! **In:** a line (or a dateline at the head of a paragraph) of normalized text. **Out:** a
//! [`MetaLine`]: the publication stamps printed in it ([`Stamp`], ISO local time as printed),
//! the outlets it names (with how strongly each one is *the* source), and the people it
//! credits ([`Credit`], with role and organization), every value with its byte span.
//!
//! A line is metadata only when it has the shape of one: a label (`来源：`, `责任编辑：`,
//! `通讯员 刘念`, from `lexicon/meta_labels.txt`) or a full date, no sentence stop, at most a
//! short prefix before the first field and short values. ASCII and full-width colons and
//! commas are both accepted. Never panics; linear in the line.

use super::layout::{Credit, Field, Stamp};
use crate::gazetteer::{gazetteer, Form};
use crate::lexicon::{
    WordSet, ACCOUNT_MARKS, BYLINE_NOT_NAMES, BYLINE_ORG_ENDINGS, COLUMN_NAMES, CONJUNCTIONS, CREDIT_SUFFIXES,
    FURNITURE, META_LABELS, NAMED_BODIES, ORG_ABBREVIATIONS, OUTLET_CHANNELS, OUTLET_NOTES, OUTLET_SUFFIXES,
    OUTLET_TAGS, RELATIVE_DAYS, SELF_REFERENCES, SOURCE_PLACEHOLDERS, SURNAMES, TIME_WORDS, TITLES, WIRE_AGENCIES,
};
use crate::span::{offset_in, Span};
use crate::text::{is_han, match_starts, DEICTIC_OPENINGS};
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What a metadata label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum LabelKind {
    Time,
    /// When the page was last changed (`更新时间`): a publication time only when the line
    /// prints no other.
    Update,
    Source,
    Repost,
    Author,
    Reporter,
    Editor,
    /// Credited staff who neither write nor edit (审核, 校对, 监制, 策划…): people with that
    /// role, not editors.
    Staff,
    Photo,
    Correspondent,
    Ignore,
}

impl LabelKind {
    /// Labels that may stand without a colon before a name (`通讯员 刘念`, `记者张三`,
    /// `实习生 李四`).
    fn colon_optional(self) -> bool {
        matches!(
            self,
            LabelKind::Author
                | LabelKind::Reporter
                | LabelKind::Correspondent
                | LabelKind::Photo
                | LabelKind::Editor
                | LabelKind::Staff
        )
    }

    /// Labels printed glued after their outlet (`某某日报记者 张三`, `某某日报通讯员 李四`,
    /// `某某晚报摄影记者 王五`).
    fn glues_to_outlet(self) -> bool {
        matches!(self, LabelKind::Reporter | LabelKind::Correspondent | LabelKind::Photo)
    }

    /// An author label that is a role of three characters or more (`特约作者`, `专栏作者`,
    /// `撰稿人`), printed glued after its outlet as a reporter label is (`某某网专栏作者 张三`).
    fn glues_as_role(self, label: &str) -> bool {
        self == LabelKind::Author && label.chars().count() >= 3
    }

    /// The role given to the people of this label (`label` as printed).
    fn role(self, label: &str) -> String {
        match self {
            LabelKind::Photo => "摄影".into(),
            LabelKind::Correspondent => "通讯员".into(),
            LabelKind::Reporter => REPORTER.into(),
            LabelKind::Author if label != "作者" => "作者".into(),
            _ => label.to_string(),
        }
    }
}

/// How strongly an outlet is the page's source: lower wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum SourceRank {
    /// `来源：澎湃新闻`.
    Source = 0,
    /// `转自：上观新闻`.
    Repost = 1,
    /// A wire agency's dateline (`新华社北京3月5日电`): the report is the agency's even where
    /// a paper's masthead prints it.
    WireDateline = 2,
    /// An outlet printed without a label beside the stamp (`联合报 / 记者张三`,
    /// `《 人民日报 》（ 2024年05月23日 ）`).
    Masthead = 3,
    /// The outlet of a credited author (`作者：文汇报 唐闻佳`).
    AuthorOutlet = 4,
    /// The agency of a dateline (`中新网河南新闻12月23日电`) or of a lead's `据…消息`.
    Dateline = 5,
    /// An outlet credited as author with no person beside it (`作者：某某网`): the site that
    /// carried the report, not where it comes from.
    AuthorSite = 6,
}

/// An outlet named in metadata, and how strongly it is the page's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SourceMention {
    pub outlet: Field,
    pub rank: SourceRank,
}

impl SourceMention {
    fn new(outlet: Field, rank: SourceRank) -> Self {
        SourceMention { outlet, rank }
    }

    /// Whether the outlet names a platform's self-media channel: a part of it (parts apart
    /// by `·`) is an account kind ending in `号` (`某某号`, `某某新闻·某某号·政务`).
    pub(crate) fn names_platform_channel(&self) -> bool {
        self.outlet.text.split(['·', '•']).any(|p| p.chars().count() >= 2 && p.ends_with('号'))
    }
}

/// A credited person and the kind of label that credited them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Byline {
    pub credit: Credit,
    pub kind: LabelKind,
}

/// What one metadata line (or dateline) says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct MetaLine {
    pub stamps: Vec<Stamp>,
    /// How many of the last `stamps` are times the page was changed (`更新时间：…`).
    pub update_stamps: usize,
    /// Stamps printed without a year (`发布时间：10-08 12:00`): no publication date, but
    /// dates of the article all the same (FACTS `published_at`).
    pub yearless: Vec<Span>,
    pub sources: Vec<SourceMention>,
    pub bylines: Vec<Byline>,
    /// A unit credited as the writer by a `作者：` field naming no person (`作者：心内科`,
    /// `作者：某某党支部`): an author of the page, no person.
    pub unit_authors: Vec<Field>,
    /// A headline printed before the line's first field (`某市推进某项工作 2024-03-12 来源：某报`,
    /// a page whose headline and date bar were read as one line): headline-shaped text
    /// ([`headline_head`]) that names no outlet.
    pub head: Option<Span>,
}

impl MetaLine {
    /// True when every stamp of the line is a time the page was changed (`更新时间：…`).
    pub fn only_updates(&self) -> bool {
        self.update_stamps == self.stamps.len()
    }

    /// True when an outlet or a person the line names lies within `span`.
    fn names_within(&self, span: Span) -> bool {
        self.sources.iter().any(|s| s.outlet.span.overlaps(span))
            || self.bylines.iter().any(|b| b.credit.name.span.overlaps(span))
    }

    /// True when the line names no stamp (dated or not), outlet or person.
    pub fn is_empty(&self) -> bool {
        self.stamps.is_empty()
            && self.yearless.is_empty()
            && self.sources.is_empty()
            && self.bylines.is_empty()
            && self.unit_authors.is_empty()
    }

    /// True when the line credits both who wrote the text and who took the pictures
    /// (`图/记者 王五 文/记者 张三`): a byline, even where it opens like a caption.
    pub fn credits_text_and_pictures(&self) -> bool {
        let has = |kinds: &[LabelKind]| self.bylines.iter().any(|b| kinds.contains(&b.kind));
        has(&[LabelKind::Author, LabelKind::Reporter]) && has(&[LabelKind::Photo])
    }

    /// True when the line credits people and names no stamp and no outlet but theirs.
    pub fn is_credit_only(&self) -> bool {
        !self.bylines.is_empty()
            && self.stamps.is_empty()
            && self.sources.iter().all(|s| s.rank == SourceRank::AuthorOutlet)
    }
}

#[derive(Debug, Clone, Copy)]
struct LabelHit<'a> {
    start: usize,
    /// The outlet glued in front of the label (`新华社记者 张三`).
    outlet: Option<Span>,
    /// After the label, its colon and spaces: where the value starts.
    end: usize,
    label: &'a str,
    kind: LabelKind,
}

/// The metadata grammar, built once.
#[derive(Debug)]
pub(crate) struct MetaParser {
    kinds: HashMap<String, LabelKind>,
    label_re: Regex,
    date_re: Regex,
    /// A stamp without its year (`10-08 12:00`): no date of the page, but the end of the
    /// field it follows.
    yearless_re: Regex,
    dateline_re: Regex,
    /// `（中央社记者陈婕翎台北23日电）`: agency, reporters and place, inside brackets or,
    /// when the agency is an outlet, bare at the head of the report.
    paren_dateline_re: Regex,
    /// `中央社／ 台北28日电`: an agency, a slash, the place and the day.
    slash_dateline_re: Regex,
    /// A line that is a clock time only (`香港时间11时00分`, `10:30`).
    time_line_re: Regex,
    /// `某台记者张三李四`: an outlet, a reporter label, names glued together.
    glued_credit_re: Regex,
    /// A newspaper's page field printed beside its masthead and date (`第03版：要闻`,
    /// `A3版`): no text of the line.
    page_field_re: Regex,
    /// `[suffixes]` of `lexicon/outlet_suffixes.txt`.
    outlet_suffixes: Vec<String>,
    /// Common words ending in an outlet suffix that name no outlet (`平台`, `通报`):
    /// `[not_outlets]` of `lexicon/outlet_suffixes.txt`.
    not_outlets: WordSet,
    /// Page buttons glued after a source value (`某某晚报举报`): `[glued_widgets]` of
    /// `lexicon/outlet_suffixes.txt`.
    glued_widgets: Vec<String>,
    /// Edition words after an outlet's name (`数字报`, `客户端`): `lexicon/outlet_channels.txt`.
    editions: Vec<String>,
    wire: Vec<String>,
    /// Words around the outlet of a closing note: `lexicon/outlet_notes.txt`.
    note_leads: WordSet,
    note_endings: WordSet,
    not_names: HashSet<String>,
    /// Whole-line widget words of `lexicon/furniture.txt` (its `=` rows: `打印`, `关闭`,
    /// `收藏`): buttons printed beside a byline, never a credited name.
    widgets: HashSet<String>,
    /// Titles printed after a credited name (`主任医师`, `副教授`): `lexicon/titles.txt`.
    titles: HashSet<String>,
    /// How a date line's label printed without its colon ends (`最后更新`, `发布于`):
    /// `label_end` of `lexicon/time_words.txt`.
    date_label_ends: Vec<String>,
    self_references: Vec<String>,
    org_endings: Vec<String>,
    surnames: HashSet<String>,
    /// Stock `来源：` values naming no outlet: `lexicon/source_placeholders.txt`.
    placeholders: HashSet<String>,
    /// A hospital's departments (`心内科`, `科教科`): `[departments]` of
    /// `lexicon/byline_org_endings.txt`.
    departments: WordSet,
    /// What a unit credited as writer ends with: `[writing_units]` of the same file.
    writing_units: WordSet,
    /// Short names of outlets (`央视`): the `org_abbreviations.txt` rows whose full name is an
    /// outlet's.
    outlet_abbreviations: Vec<String>,
    /// Outlets known by name (`大公报`, `明报`): the `media` rows of `lexicon/named_bodies.txt`,
    /// outlets whatever word their name ends with (`公报` names none elsewhere).
    known_outlets: HashSet<String>,
    /// Words joining two names in a credit (`张三和李四`): `and` rows of
    /// `lexicon/conjunctions.txt`.
    and_words: Vec<String>,
    /// `据央视新闻消息，…` opening a paragraph: the outlet the report comes from.
    according_re: Regex,
    /// Names, a slash and where the report was filed, with no label: `张三／台北报导`.
    filed_credit_re: Regex,
    /// `【某某日报专讯】`, `某某网消息（某栏目）：`, `【某某报讯】`, `【新华社电】` opening a paragraph: the same.
    news_lead_re: Regex,
    /// Glued after a credited name (`李明文图`): `lexicon/credit_suffixes.txt`, longest first.
    credit_suffixes: Vec<String>,
    /// Marks opening a public account's header (`原创`): `lexicon/account_marks.txt`.
    account_marks: Vec<String>,
    /// Days a post's header gives for its date (`今天`, `昨天`, `前天`): the `day` rows of
    /// `lexicon/relative_days.txt` from three days ago to today, of two characters or more.
    recent_days: Vec<String>,
}

impl Default for MetaParser {
    fn default() -> Self {
        Self::new()
    }
}

/// Characters besides [`DEICTIC_OPENINGS`] that make a two-character `X报`/`X社` a reference,
/// not a masthead (`贵报`, `总社`, `分社`; `该社记者`, `我台记者` by the deictic ones).
const OUTLET_REFERENCE_HEADS: [char; 3] = ['贵', '总', '分'];

/// True when `c` opening `X报`/`X社` makes it a reference to an outlet, not its name.
fn references_outlet(c: char) -> bool {
    DEICTIC_OPENINGS.contains(&c) || OUTLET_REFERENCE_HEADS.contains(&c)
}

/// Marks printed before a byline that opens a paragraph (`□本报记者 张三`).
const OPENING_BULLETS: &[char] = &['□', '■', '●', '◆', '◇', '○', '▲', '△', '★', '☆', '▌', '▍', '|'];

/// Bars parting the fields of a metadata row or a column from its headline (`丨` is a Han
/// character printed as one).
pub(super) const BARS: [char; 3] = ['|', '｜', '丨'];

const SEPARATORS: &[char] = &[
    '|', '｜', '丨', '/', '／', '·', '•', '，', ',', '、', '；', ';', '（', '）', '(', ')', '【', '】', '[', ']', '★',
    '☆', '-', '—', '：', ':', '◎', '&', '＆',
];

impl MetaParser {
    pub fn new() -> Self {
        let (kinds, label_re) = label_table();
        MetaParser {
            kinds,
            label_re,
            date_re: date_regex(),
            yearless_re: Regex::new(r"(?P<m>\d{1,2})[-/](?P<d>\d{2})\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?").expect("yearless regex"),
            dateline_re: dateline_regex(),
            slash_dateline_re: Regex::new(
                r"^(?P<agency>[^\s／/，。（(]{2,10}?)\s*[／/]\s*\p{Han}{2,4}?\s*(?:\d{1,2}月)?\d{1,2}日\s*电",
            )
            .expect("slash dateline regex"),
            glued_credit_re: Regex::new(&format!(
                r"^(?P<org>\p{{Han}}{{2,8}}?)(?P<label>{})(?P<names>\p{{Han}}{{2,12}})$",
                META_LABELS
                    .rows()
                    .filter(|r| META_LABELS.variant::<LabelKind>(r, 1) == LabelKind::Reporter)
                    .map(|r| regex::escape(r.word()))
                    .collect::<Vec<_>>()
                    .join("|")
            ))
            .expect("glued credit regex"),
            page_field_re: Regex::new(r"(?:^|[\s|｜/／])(?:第\s*)?[A-Za-z]?\d{1,3}\s*版(?:\s*[:：]\s*[^\s|｜/／]{1,12})?")
                .expect("page field regex"),
            time_line_re: Regex::new(
                r"^(?:\p{Han}{0,4}时间\s*[:：]?)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})\s*分?$",
            )
            .expect("time line regex"),
            paren_dateline_re: Regex::new(
                r"^(?P<open>[（(【〔［\[])?(?P<agency>[^\s（()）【】〔〕［］\[\]记]{2,10}?)\s?记者(?P<names>[\p{Han}、，\s]{4,30}?)\d{1,2}日(?:专)?电[)）】〕］\]]?",
            )
            .expect("paren dateline regex"),
            outlet_suffixes: OUTLET_SUFFIXES.section("suffixes").iter().map(|r| r.word().to_string()).collect(),
            not_outlets: OUTLET_SUFFIXES.word_set("not_outlets"),
            glued_widgets: OUTLET_SUFFIXES.section("glued_widgets").iter().map(|r| r.word().to_string()).collect(),
            editions: OUTLET_CHANNELS.words().map(str::to_string).collect(),
            date_label_ends: TIME_WORDS.keyed("label_end").iter().map(|r| r.word().to_string()).collect(),
            wire: WIRE_AGENCIES.words().map(str::to_string).collect(),
            note_leads: OUTLET_NOTES.word_set("leads"),
            note_endings: OUTLET_NOTES.word_set("endings"),
            not_names: BYLINE_NOT_NAMES.words().map(str::to_string).collect(),
            widgets: FURNITURE.words().filter_map(|w| w.strip_prefix('=')).map(str::to_string).collect(),
            titles: TITLES.words().map(str::to_string).collect(),
            self_references: SELF_REFERENCES.words().map(str::to_string).collect(),
            org_endings: BYLINE_ORG_ENDINGS.words().map(str::to_string).collect(),
            surnames: SURNAMES.words().map(str::to_string).collect(),
            placeholders: SOURCE_PLACEHOLDERS.words().map(str::to_string).collect(),
            departments: BYLINE_ORG_ENDINGS.word_set("departments"),
            writing_units: BYLINE_ORG_ENDINGS.word_set("writing_units"),
            outlet_abbreviations: Vec::new(),
            known_outlets: known_outlets(),
            and_words: CONJUNCTIONS.keyed("and").iter().map(|r| r.word().to_string()).collect(),
            filed_credit_re: Regex::new(
                r"^(?P<names>\p{Han}{2,4}(?:\s*[、，,]\s*\p{Han}{2,4}){0,3})\s*[／/]\s*\p{Han}{1,8}?(?:报导|报道)$",
            )
            .expect("filed credit regex"),
            according_re: Regex::new(r"^据(?P<outlet>[^\s，,。：:“”（）()]{2,12}?)(?:消息|报道|报导)")
                .expect("according regex"),
            news_lead_re: Regex::new(concat!(
                r"^(?:[【\[](?P<o1>[^\s，,。：:“”（）()【】\[\]]{2,16}?)专讯[】\]]",
                r"|(?P<o2>[^\s，,。：:“”（）()【】\[\]]{2,16}?)(?:消息|专讯)\s*(?:[（(][^（）()]{1,16}[）)])?\s*[：:]",
                r"|[【\[](?P<o3>[^\s，,。：:“”（）()【】\[\]]{2,16}?)[讯电]?[】\]])"
            ))
            .expect("news lead regex"),
            credit_suffixes: {
                let mut v: Vec<String> = CREDIT_SUFFIXES.words().map(str::to_string).collect();
                v.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
                v
            },
            account_marks: ACCOUNT_MARKS.words().map(str::to_string).collect(),
            recent_days: recent_days(),
        }
        .with_outlet_abbreviations()
    }

    /// The parser with the abbreviations of `org_abbreviations.txt` whose full name is an
    /// outlet's (`央视`), which [`Self::is_outlet`] reads the suffixes of.
    fn with_outlet_abbreviations(mut self) -> Self {
        self.outlet_abbreviations = ORG_ABBREVIATIONS
            .rows()
            .filter(|r| r.field(1).is_some_and(|full| self.is_outlet(full)))
            .map(|r| r.word().to_string())
            .collect();
        self
    }

    /// Parses the line at `span` of `text` if it has the shape of a metadata line.
    pub fn parse_line(&self, text: &str, span: Span) -> Option<MetaLine> {
        /// Longest metadata line, in characters.
        const MAX_META_CHARS: usize = 160;
        let line = span.slice(text);
        let (off, content) = unwrap_line(line);
        // More than 160 × 4 bytes is more than 160 characters: no count of a long line.
        if content.len() > MAX_META_CHARS * 4 || content.chars().count() > MAX_META_CHARS || has_sentence_stop(content)
        {
            return None;
        }
        let base = span.start + off;
        self.bare_role_credits(content, base).or_else(|| self.names_before_reporter_label(content, base)).or_else(
            || {
                // The stamps are read once for the two readings that need them.
                let dates = self.dates(content, base);
                self.dated_wire_dateline(content, base, &dates)
                    .or_else(|| self.parse_fields(line, off, content, base, dates))
            },
        )
    }

    /// A date line closed by an agency's dateline with its reporters (`2026-03-12 10:20
    /// 中央社记者张三台北12日电`, as portals print a wire's story): the line's stamps, and the
    /// agency and reporters [`Self::paren_dateline`] reads from the rest.
    fn dated_wire_dateline(&self, content: &str, base: usize, stamps: &[Stamp]) -> Option<MetaLine> {
        let (first, last) = (stamps.first()?, stamps.last()?);
        if !content[..first.span.start - base].trim().is_empty() {
            return None;
        }
        let end = last.span.end - base;
        let at = end + (content[end..].len() - content[end..].trim_start().len());
        let rest = &content[at..];
        let whole = self.paren_captures(rest)?.get(0).is_some_and(|m| rest[m.end()..].trim().is_empty());
        let mut out = self.paren_dateline(rest, base + at).filter(|_| whole)?;
        out.stamps = stamps.to_vec();
        Some(out)
    }

    /// A line of reporters' names with their outlet's reporter label after them
    /// (`张晓明 湖川日报记者`, `张晓明 林立 记者`, `（张晓明 湖川日报记者）` closing the text): the
    /// names are reporters of that outlet, which the text comes from. Every word before the
    /// label is a surnamed person's name; the label, last on the line, is `记者` alone or glued
    /// after an outlet.
    fn names_before_reporter_label(&self, content: &str, base: usize) -> Option<MetaLine> {
        let found = tokens(content, Span::new(0, content.len()));
        let (label, names) = found.split_last()?;
        let outlet = self.outlet_before_reporter_label(&content[label.range()])?;
        let all_names =
            names.iter().all(|t| is_name(&content[t.range()]) && self.is_surnamed_person(&content[t.range()]));
        if names.is_empty() || !all_names {
            return None;
        }
        let org = (!outlet.is_empty())
            .then(|| Field::new(outlet, Span::new(label.start, label.start + outlet.len()).shift(base)));
        let mut out = MetaLine::default();
        if let Some(o) = &org {
            out.sources.push(SourceMention::new(o.clone(), SourceRank::AuthorOutlet));
        }
        for t in names {
            let name = Field::new(&content[t.range()], t.shift(base));
            let credit = Credit { name, role: REPORTER.into(), organization: org.clone() };
            out.bylines.push(Byline { credit, kind: LabelKind::Reporter });
        }
        Some(out)
    }

    /// The outlet a word ending in a reporter label has before it, empty for the label alone:
    /// before the longest such label that leaves an outlet (`湖川日报全媒体记者` → `湖川日报`,
    /// `青禾县融媒体记者` → `青禾县融媒体`, `本报记者` → empty); `None` when none does.
    fn outlet_before_reporter_label<'t>(&self, word: &'t str) -> Option<&'t str> {
        let reporter = |i: usize| matches!(self.kinds.get(&word[i..]), Some(LabelKind::Reporter));
        word.char_indices()
            .map(|(i, _)| i)
            .filter(|&i| reporter(i))
            .map(|i| &word[..i])
            .find(|outlet| outlet.is_empty() || self.is_outlet(outlet))
    }

    /// [`Self::parse_line`] on a line's `content` (at byte `off` of `line`, `base` of the
    /// text) that credits no names with bare role words: its labelled and dated fields.
    fn parse_fields(&self, line: &str, off: usize, content: &str, base: usize, dates: Vec<Stamp>) -> Option<MetaLine> {
        let hits = self.label_hits(content);
        let Some(first) =
            hits.first().map(|h| h.start).into_iter().chain(dates.first().map(|d| d.span.start - base)).min()
        else {
            return self
                .wrapped_credit(line, off, content, base)
                .or_else(|| self.filed_credit(content, base))
                .or_else(|| self.recent_day_header(content, base))
                .or_else(|| self.name_outlet_credit(content, base))
                .or_else(|| self.contributed_credit(content, base));
        };
        let prefix = content[..first].trim_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
        let account = self.account_header(content, first);
        let head = trim_span(content, 0, first);
        let headline = account.is_none() && headline_head(prefix) && !dates.is_empty() && !self.is_outlet(prefix);
        if prefix.chars().count() > max_prefix(account.is_some(), headline && !hits.is_empty())
            || prefix.contains(['，', ','])
        {
            return None;
        }
        let pages = self.page_fields(content);
        if hits.is_empty() && account.is_none() && !stands_apart(content, base, &dates, &pages) {
            return None;
        }
        let mut out = MetaLine { stamps: dates, ..MetaLine::default() };
        let yearless = self.yearless_stamps(content, &out.stamps, base);
        let mut date_starts: Vec<usize> = out.stamps.iter().map(|d| d.span.start - base).collect();
        date_starts.extend(yearless.iter().map(|y| y.start));
        date_starts.sort_unstable();
        let mut covered: Vec<Span> =
            out.stamps.iter().map(|d| Span::new(d.span.start - base, d.span.end - base)).collect();
        out.yearless = yearless.iter().map(|y| y.shift(base)).collect();
        covered.extend(yearless);
        covered.extend(pages);
        let mut carried: Option<&LabelHit<'_>> = None;
        let mut updates: Vec<Span> = Vec::new();
        for (i, h) in hits.iter().enumerate() {
            let field_end = hits.get(i + 1).map_or(content.len(), |n| n.start);
            let mut end = field_end;
            if let Some(&d) = date_starts.iter().find(|&&d| d >= h.end && d < end) {
                end = d;
            }
            // A source label glued to its value (`来源某某网|`) ends its field at the bar.
            if matches!(h.kind, LabelKind::Source | LabelKind::Repost) && content[h.start..h.end] == *h.label {
                end = content[h.end..end].find(BARS).map_or(end, |b| h.end + b);
            }
            covered.push(Span::new(h.start, end));
            let value = trim_span(content, h.end, end);
            if !value.is_empty() && content[value.range()].chars().count() > 40 {
                return None;
            }
            let h = match carried.take() {
                Some(c) if h.kind == LabelKind::Reporter => LabelHit { kind: c.kind, label: c.label, ..*h },
                _ => *h,
            };
            if value.is_empty() && hits.get(i + 1).is_some_and(|n| carries_into(&h, n)) {
                carried = hits.get(i);
            }
            if h.kind == LabelKind::Update {
                updates.push(Span::new(h.end, field_end).shift(base));
            }
            self.interpret_hit(content, base, value, &h, &mut out);
        }
        // The time the page was changed follows the line's other stamps: it is the
        // publication time only where the line prints no other.
        let updated = |d: &Stamp| updates.iter().any(|u| u.start <= d.span.start && d.span.start < u.end);
        out.stamps.sort_by_key(updated);
        out.update_stamps = out.stamps.iter().filter(|d| updated(d)).count();
        self.bare_mastheads(content, base, covered, &mut out);
        if let Some((author, account)) = account {
            push_account(content, base, author, account, &mut out);
        }
        authors_take_line_source(&mut out);
        out.head = headline.then(|| head.shift(base)).filter(|&h| !out.names_within(h));
        Some(out)
    }

    /// Outlets printed bare between the line's fields (`covered`): mastheads; a writer's
    /// name right after one ([`MetaParser::masthead_writer_name`]) is its author.
    fn bare_mastheads(&self, content: &str, base: usize, covered: Vec<Span>, out: &mut MetaLine) {
        let mut after_masthead = false;
        for gap in uncovered_gaps(content, covered) {
            let mut skip_tag = false;
            for (k, &t) in gap.iter().enumerate() {
                if std::mem::take(&mut skip_tag) {
                    continue;
                }
                // `某某说健康 百家号`: the platform's account kind names the account before it.
                if self.is_platform_kind(&content[t.range()]) {
                    let account =
                        k.checked_sub(1).map(|p| gap[p]).filter(|&a| self.account_shaped(&content[a.range()]));
                    if let Some(a) = account.filter(|a| !out.sources.iter().any(|m| m.outlet.span == a.shift(base))) {
                        out.sources.push(SourceMention::new(field_at(content, a, base), SourceRank::Masthead));
                    }
                    after_masthead = false;
                    continue;
                }
                // `某某星空[整理]`: a name tagged with what its outlet did to the text.
                if let Some(&tag) = gap.get(k + 1).filter(|&&g| self.outlet_tagged(content, t, g)) {
                    if self.account_name(&content[t.range()]) {
                        out.sources.push(SourceMention::new(field_at(content, t, base), SourceRank::Masthead));
                        after_masthead = true;
                        skip_tag = tag.start > t.end;
                        continue;
                    }
                }
                if let Some(span) = self.masthead(content, t) {
                    let field = self.outlet_field(content, span.shift(base), span);
                    out.sources.push(SourceMention::new(field, SourceRank::Masthead));
                    after_masthead = true;
                    self.writer_before_masthead(content, base, k.checked_sub(1).map(|p| gap[p]), out);
                    continue;
                }
                if after_masthead && !out.stamps.is_empty() && self.masthead_writer_name(&content[t.range()]) {
                    out.bylines.push(masthead_writer(content, base, t));
                }
                after_masthead = false;
            }
        }
    }

    /// A writer's name printed right before a masthead on a dated line (`张晓明 湖川日报
    /// 2026-03-24`, as after it: `湖川日报 张晓明 …`) is its author.
    fn writer_before_masthead(&self, content: &str, base: usize, before: Option<Span>, out: &mut MetaLine) {
        let Some(t) = before else { return };
        let credited = out.bylines.iter().any(|b| b.credit.name.span == t.shift(base));
        if !credited && !out.stamps.is_empty() && self.masthead_writer_name(&content[t.range()]) {
            out.bylines.push(masthead_writer(content, base, t));
        }
    }

    /// A platform's kind of self-media account printed as a word of its own (`百家号`, `企鹅号`:
    /// the `号` words of `lexicon/outlet_channels.txt`): no outlet, the account beside it is.
    fn is_platform_kind(&self, tok: &str) -> bool {
        tok.ends_with('号') && self.editions.iter().any(|e| e == tok)
    }

    /// A self-media account's or outlet's name as a line prints it bare: 2–16 Han or Latin
    /// letters and digits with a Han character, no place. (Where a platform's word names it
    /// an account, an account may bear a person's name.)
    fn account_shaped(&self, name: &str) -> bool {
        const MAX_ACCOUNT_CHARS: usize = 16;
        let plain = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) && name.chars().any(is_han);
        plain && (2..=MAX_ACCOUNT_CHARS).contains(&name.chars().count()) && gazetteer().lookup(name).is_empty()
    }

    /// An account's name ([`Self::account_shaped`]) that is no person's name (of four
    /// characters only with a two-character surname: `某民星空` is none).
    fn account_name(&self, name: &str) -> bool {
        const MAX_GIVEN_NAME_CHARS: usize = 2;
        let n = name.chars().count();
        let surname_chars =
            name.char_indices().nth(2).map_or(n, |(i, _)| if self.surnames.contains(&name[..i]) { 2 } else { 1 });
        let person = self.is_surnamed_person(name) && n - surname_chars <= MAX_GIVEN_NAME_CHARS;
        self.account_shaped(name) && !person
    }

    /// Whether token `tag` is a bracketed tag glued right after token `t` naming what an
    /// outlet did to the text (`某某星空[整理]`, `【编译】`: `lexicon/outlet_tags.txt`).
    fn outlet_tagged(&self, content: &str, t: Span, tag: Span) -> bool {
        let between = &content[t.end..tag.start];
        let close = content[tag.end..].chars().next();
        matches!(between, "[" | "【" | "（" | "(")
            && matches!(close, Some(']' | '】' | '）' | ')'))
            && OUTLET_TAGS.words().any(|w| w == &content[tag.range()])
    }

    /// A public account's header before the line's first field at `first` (`原创 李明
    /// 某某健康 2026-03-02`): the author's span when a surnamed name follows the mark (a team
    /// or the account itself is no author), and the account's, the outlet the text comes from.
    /// A single name after the mark may be either, and gives neither.
    fn account_header(&self, content: &str, first: usize) -> Option<(Option<Span>, Span)> {
        let head = &content[..first];
        let lead = head.len() - head.trim_start().len();
        let mark = self.account_marks.iter().find(|m| head[lead..].starts_with(m.as_str()))?;
        let found = tokens(content, trim_span(content, lead + mark.len(), first));
        match found.as_slice() {
            [name, account] => Some((self.is_surnamed_person(&content[name.range()]).then_some(*name), *account)),
            _ => None,
        }
    }

    /// A self-media account's name alone beside the stamp of a date line `m` (at `span` of
    /// `text`) that names no outlet and no writer: `某某健康 2026-03-05 10:21`,
    /// `原创 某某健康 2026-03-05`, `2026-03-05 10:21 · 某某健康 发表于某省`. Besides the
    /// stamps, the line holds only that name, an account mark before it, separators and
    /// where the post was sent from (an `ignore` field, or a place ending the line). The name
    /// is [`Self::account_name`]-shaped (no person's name, no place), of three characters or
    /// more (`要闻`, `健康` are channels), no column name, no weekday (`星期三`) and no
    /// platform's channel (`头条号`, `客户端`). `None` for any other line.
    pub(crate) fn account_beside_stamp(&self, text: &str, span: Span, m: &MetaLine) -> Option<Field> {
        const MIN_ACCOUNT_CHARS: usize = 3;
        if m.stamps.is_empty() || !m.sources.is_empty() || !m.bylines.is_empty() {
            return None;
        }
        let (off, content) = unwrap_line(span.slice(text));
        let base = span.start + off;
        let hits = self.label_hits(content);
        if hits.iter().any(|h| h.kind != LabelKind::Ignore) {
            return None;
        }
        let mut covered: Vec<Span> = m
            .stamps
            .iter()
            .filter(|d| d.span.start >= base && d.span.end <= base + content.len())
            .map(|d| Span::new(d.span.start - base, d.span.end - base))
            .collect();
        for h in &hits {
            let value = tokens(content, Span::new(h.end, content.len())).first().map_or(h.end, |t| t.end);
            covered.push(Span::new(h.start, value.max(h.end)));
        }
        let mut names: Vec<Span> = uncovered_gaps(content, covered).flatten().collect();
        let word = |t: &Span| content[t.range()].trim_matches('·');
        names.retain(|t| !word(t).is_empty());
        if names.first().is_some_and(|t| self.account_marks.iter().any(|a| a == word(t))) {
            names.remove(0);
        }
        if names.len() == 2 && !gazetteer().lookup(word(&names[1])).is_empty() {
            names.pop();
        }
        let [name] = names.as_slice() else { return None };
        // A word before a colon is a label (`上載日期：…`), no name.
        if content[name.end..].starts_with(['：', ':']) {
            return None;
        }
        let tok = word(name);
        let lead = content[name.range()].find(tok).unwrap_or(0);
        let span = Span::new(name.start + lead, name.start + lead + tok.len());
        let column = COLUMN_NAMES.words().any(|w| w == tok);
        let weekday = tok.chars().count() == 3 && ["星期", "礼拜"].iter().any(|w| tok.starts_with(w));
        let channel = self.editions.iter().any(|e| e == tok);
        let label = self.date_label(tok);
        (tok.chars().count() >= MIN_ACCOUNT_CHARS && self.account_name(tok) && !(column || weekday || channel || label))
            .then(|| field_at(content, span, base))
    }

    /// A date line's label printed without its colon (`最后更新 2026-03-10`, `发布于 …`): a
    /// time or update label of `lexicon/meta_labels.txt`, or a word ending as one does.
    fn date_label(&self, word: &str) -> bool {
        matches!(self.kinds.get(word), Some(LabelKind::Time | LabelKind::Update))
            || self.date_label_ends.iter().any(|e| word.ends_with(e.as_str()))
    }

    /// A line of credits whose role words stand bare beside the names, after them as print
    /// credits them (`张三/文`, `张三 文 李四 图`) or before them (`文 张三 图 李四`): `文`
    /// credits the authors, `图`/`摄`/`摄影` the photographers. Every other token is a
    /// surnamed person's name, and some name is credited with `文`.
    fn bare_role_credits(&self, content: &str, base: usize) -> Option<MetaLine> {
        let role = |w: &str| match w {
            "文" => Some((LabelKind::Author, "文")),
            "图" | "摄" | "摄影" => Some((LabelKind::Photo, "摄影")),
            _ => None,
        };
        // No role word can be a token of a line without their characters.
        if !content.contains(['文', '图', '摄']) {
            return None;
        }
        let mut found = tokens(content, Span::new(0, content.len()));
        // The writers' unit may come first (`院办 张三/文 李四/图`): their organization.
        let unit = self.leading_unit(content, &found);
        if unit.is_some() {
            found.remove(0);
        }
        let leading = role(&content[found.first()?.range()]).is_some();
        let mut out = MetaLine::default();
        let mut names: Vec<Span> = Vec::new();
        let mut current = None;
        let credit = |names: &mut Vec<Span>, r: Option<(LabelKind, &str)>, out: &mut MetaLine| -> Option<()> {
            let ((kind, label), (first, last)) = (r?, (names.first()?, names.last()?));
            self.interpret(content, base, Span::new(first.start, last.end), kind, label, out);
            names.clear();
            Some(())
        };
        for t in &found {
            let w = &content[t.range()];
            match role(w) {
                Some(r) if leading => {
                    if current.is_some() {
                        credit(&mut names, current, &mut out)?;
                    }
                    current = Some(r);
                }
                Some(r) => credit(&mut names, Some(r), &mut out)?,
                None if self.is_surnamed_person(w) => names.push(*t),
                None => return None,
            }
        }
        if leading {
            credit(&mut names, current, &mut out)?;
        }
        let authored = out.bylines.iter().any(|b| b.kind == LabelKind::Author);
        if let Some(u) = unit {
            let unit = Field::new(&content[u.range()], u.shift(base));
            for b in &mut out.bylines {
                b.credit.organization.get_or_insert_with(|| unit.clone());
            }
        }
        (names.is_empty() && authored).then_some(out)
    }

    /// The first of a credit's `tokens` in `s` when it is the writers' unit before more
    /// tokens ([`Self::is_writing_unit`] or a body's name: `宣传科 张三/文`, `某县人民医院 张三`).
    fn leading_unit(&self, s: &str, tokens: &[Span]) -> Option<Span> {
        let unit = |t: &Span| self.is_body_name(&s[t.range()]) || self.is_writing_unit(&s[t.range()]);
        tokens.first().filter(|t| tokens.len() > 1 && unit(t)).copied()
    }

    /// A post's header dated by a recent day only (`某某科技 昨天`, `李明 某某说 前天`): the
    /// account named right before the day is the outlet the text comes from (as a masthead),
    /// a surnamed name before it its author. The day is no publication date. The account is
    /// 2–16 Han or Latin letters and digits, no person's name.
    fn recent_day_header(&self, content: &str, base: usize) -> Option<MetaLine> {
        const MAX_ACCOUNT_CHARS: usize = 16;
        let found = tokens(content, Span::new(0, content.len()));
        if content.split_whitespace().count() != found.len() {
            return None;
        }
        let (day, before) = found.split_last()?;
        if !self.recent_days.iter().any(|d| d == &content[day.range()]) {
            return None;
        }
        let (author, account) = match before {
            [account] => (None, *account),
            [name, account] => (Some(*name), *account),
            _ => return None,
        };
        let name = &content[account.range()];
        let plain = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
        let place = !gazetteer().lookup(name).is_empty();
        if !plain || !(2..=MAX_ACCOUNT_CHARS).contains(&name.chars().count()) || place || self.is_surnamed_person(name)
        {
            return None;
        }
        let author = author.filter(|a| self.is_surnamed_person(&content[a.range()]));
        let mut out = MetaLine::default();
        push_account(content, base, author, account, &mut out);
        Some(out)
    }

    /// A line of a writer's name and the outlet, parted by a slash (`张三/某某日报`, or the
    /// outlet first: `某某日报 / 张三 报导`): the writer is the author, working for the
    /// outlet, which the text comes from.
    fn name_outlet_credit(&self, content: &str, base: usize) -> Option<MetaLine> {
        let (first, second) = content.split_once(['/', '／'])?;
        let (first, second) = (first.trim(), second.trim());
        let (name, outlet) =
            if self.is_outlet(second) { (first, second) } else { (self.credited_name(second)?, first) };
        if !(is_name(name) && self.is_person(name) && self.is_outlet(outlet)) || second.contains(['/', '／']) {
            return None;
        }
        let at = |t: &str| {
            let start = offset_in(content, t).unwrap_or_default();
            Span::new(start, start + t.len())
        };
        let org = Field::new(outlet, at(outlet).shift(base));
        let mut out = MetaLine::default();
        out.sources.push(SourceMention::new(org.clone(), SourceRank::AuthorOutlet));
        out.bylines.push(Byline {
            credit: Credit {
                name: Field::new(name, at(name).shift(base)),
                role: "作者".into(),
                organization: Some(org),
            },
            kind: LabelKind::Author,
        });
        Some(out)
    }

    /// The outlet a bare token of a metadata line names (span in `content`): the token
    /// without quotes, title marks, tortoise-shell brackets (`〔某某时报〕`) or the dot that
    /// glues it to the time before it (`2026-03-05 08:55·某某报`), or without the
    /// place the report was filed from glued after it (`某某日报北京`), or the agency of a
    /// dateline (`新华社北京3月5日电 记者…`).
    fn masthead(&self, content: &str, t: Span) -> Option<Span> {
        let tok = content[t.range()].trim_matches(['《', '》', '“', '”', '〔', '〕', '·', '•']);
        let lead = content[t.range()].find(tok).unwrap_or(0);
        let name = if self.is_outlet(tok) || self.titled_publication(content, t, tok) {
            tok
        } else if let Some(cut) = place_suffix(tok).filter(|&c| self.is_outlet(&tok[..c])) {
            &tok[..cut]
        } else {
            return self.dateline(content, t).and_then(|m| m.sources.first().map(|s| s.outlet.span));
        };
        Some(Span::new(t.start + lead, t.start + lead + name.len()))
    }

    /// Whether `tok`, token `t` of `content`, is a publication's name in title marks right
    /// before a credit label (`《某某》作者 张三`, `《某某》记者 张三`): title marks name a
    /// publication, whatever its name ends with.
    fn titled_publication(&self, content: &str, t: Span, tok: &str) -> bool {
        let raw = &content[t.range()];
        let after = content[t.end..].trim_start();
        raw.starts_with('《')
            && raw.ends_with('》')
            && raw.chars().count() == tok.chars().count() + 2
            && (2..=12).contains(&tok.chars().count())
            && tok.chars().all(is_han)
            && self.label_re.find(after).is_some_and(|m| m.start() == 0)
    }

    /// The outlet at `span` of the text (`local`: the same span in `s`), its name without a
    /// `？` standing for a character lost between two Han characters (`江城？日报`).
    fn outlet_field(&self, s: &str, span: Span, local: Span) -> Field {
        let raw = &s[local.range()];
        let chars: Vec<char> = raw.chars().collect();
        let lost = |k: usize| {
            matches!(chars[k], '？' | '?')
                && k > 0
                && k + 1 < chars.len()
                && is_han(chars[k - 1])
                && is_han(chars[k + 1])
        };
        let name: String = chars.iter().enumerate().filter(|&(k, _)| !lost(k)).map(|(_, &c)| c).collect();
        Field::new(name, span)
    }

    /// A line with no label and no date that credits people all the same, when it is
    /// wrapped (`off` bytes of brackets or bullet before `content`, not a numbered item):
    /// names alone or a glued reporter credit.
    fn wrapped_credit(&self, line: &str, off: usize, content: &str, base: usize) -> Option<MetaLine> {
        if off == 0 || line.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
            return None;
        }
        self.name_credit(content, base, 2).or_else(|| self.glued_credit(content, base))
    }

    /// A paper's byline mark before one writer's name (`□ 张三`): the author. Only the
    /// layout's caller knows that the line stands above the text (a checklist item of the
    /// text, `□ 高血压`, names no writer), so the line classifier does not read it.
    pub(crate) fn byline_mark_credit(&self, text: &str, span: Span) -> Option<MetaLine> {
        let line = span.slice(text);
        let rest = line.strip_prefix(BYLINE_MARK)?;
        let name = rest.trim();
        let lead = line.len() - rest.trim_start().len();
        self.name_credit(name, span.start + lead, 1)
    }

    /// Whether `s` is a contributor's credit ([`Self::contributed_credit`], `某县疾控中心供稿`).
    pub(crate) fn is_contributed_credit(&self, s: &str) -> bool {
        self.contributed_credit(s, 0).is_some()
    }

    /// A contributor's credit with its label after the body (`某县疾控中心供稿`, also in
    /// brackets): the body, an outlet or an institution, is the source as after `供稿：`.
    fn contributed_credit(&self, content: &str, base: usize) -> Option<MetaLine> {
        const MAX_BODY_CHARS: usize = 24;
        let trimmed = content.trim();
        let body = trimmed.strip_suffix("供稿")?.trim_end();
        let plain = body.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
        let named = self.is_outlet(body) || self.is_body_name(body);
        if !plain || !named || body.chars().count() > MAX_BODY_CHARS {
            return None;
        }
        let start = content.len() - content.trim_start().len();
        let field = Field::new(body, Span::new(base + start, base + start + body.len()));
        let mut out = MetaLine::default();
        out.sources.push(SourceMention::new(field, SourceRank::Source));
        Some(out)
    }

    /// Reporters named without a label before where they filed from (`张三／台北报导`,
    /// `张三、李四／综合报导`): authors, each a name opening with a surname.
    fn filed_credit(&self, content: &str, base: usize) -> Option<MetaLine> {
        let names = self.filed_credit_re.captures(content)?.name("names")?;
        let s = names.as_str();
        self.name_credit(s, base + names.start(), 1)
    }

    /// A dateline at the head of a paragraph: `中新网河南新闻12月23日电 (李海珠)`,
    /// `新华社北京3月5日电（记者 张三）`, `本报讯（记者 李四 通讯员 王五）`.
    pub fn dateline(&self, text: &str, paragraph: Span) -> Option<MetaLine> {
        let para = paragraph.slice(text);
        if let Some(m) = self.paren_dateline(para, paragraph.start) {
            return Some(m);
        }
        if let Some(m) = self.bracket_credit(text, paragraph) {
            return Some(m);
        }
        if let Some(m) = self.lead_outlet(para, paragraph.start) {
            return Some(m);
        }
        if let Some(agency) = self.slash_dateline_re.captures(para).and_then(|c| c.name("agency")) {
            let span = Span::new(paragraph.start + agency.start(), paragraph.start + agency.end());
            let mut out = MetaLine::default();
            out.sources.push(SourceMention::new(Field::new(agency.as_str(), span), SourceRank::Dateline));
            return Some(out);
        }
        let Some(c) = self.dateline_re.captures(para) else {
            return self.opening_credits(para, paragraph.start);
        };
        let agency = c.name("agency")?;
        let mut out = MetaLine::default();
        let a = agency.as_str();
        // `据某某日报报道：` cites another outlet's report: no dateline of this one.
        if a.starts_with('据') {
            return None;
        }
        let wire = self.wire.iter().find(|w| a.starts_with(w.as_str()));
        // `新华社电` without its day is a wire's dateline only: a wire agency and no place.
        // (The bare `电` ends at a closing bracket, a space or the paragraph's end.)
        if c.name("dian").is_some_and(|d| !d.as_str().contains('日')) && !wire.is_some_and(|w| w == a) {
            return self.opening_credits(para, paragraph.start);
        }
        let outlet =
            self.agency_outlet(a, wire.map(String::as_str)).map(|n| Span::new(agency.start(), agency.start() + n));
        // The credits in brackets, else printed bare before the text (`本报讯 记者 李四 日前，…`).
        let inner = c.name("inner").map(|m| (m.start(), m.as_str())).or_else(|| {
            let at = c.get(0).map_or(0, |m| m.end());
            self.credit_run(para, at).map(|r| (r.start, &para[r.range()]))
        });
        // `…讯` is a dateline only with its credits (`本报讯（记者 李四）`) or an outlet's name
        // (`某某网讯`).
        let named = outlet.is_some_and(|o| c.name("dian").is_some() || self.is_outlet(&para[o.range()]));
        if inner.is_none() && !named {
            // `记者张三报道：` names no outlet before its mark: the credits the text opens with.
            return c.name("mark").and_then(|_| self.opening_credits(para, paragraph.start));
        }
        let outlet = outlet.map(|s| Field::new(&para[s.range()], s.shift(paragraph.start)));
        if let Some(o) = &outlet {
            let rank = if wire.is_some() && c.name("dian").is_some() {
                SourceRank::WireDateline
            } else {
                SourceRank::Dateline
            };
            out.sources.push(SourceMention::new(o.clone(), rank));
        }
        if let Some((inner_start, s)) = inner {
            let hits = self.label_hits(s);
            let base = paragraph.start + inner_start;
            let lead_end = hits.first().map_or(s.len(), |h| h.start);
            let lead = trim_span(s, 0, lead_end);
            self.interpret(s, base, lead, LabelKind::Author, "作者", &mut out);
            for (i, h) in hits.iter().enumerate() {
                let end = hits.get(i + 1).map_or(s.len(), |n| n.start);
                self.interpret_hit(s, base, trim_span(s, h.end, end), h, &mut out);
            }
            for b in &mut out.bylines {
                if matches!(b.kind, LabelKind::Author | LabelKind::Reporter) && b.credit.organization.is_none() {
                    b.credit.organization = outlet.clone();
                }
            }
            if out.bylines.is_empty() && c.name("dian").is_none() {
                return None;
            }
        }
        Some(out)
    }

    /// How long the outlet is that opens a dateline's agency `a`: the wire agency it starts
    /// with, else the agency without `新闻`/`消息` and the place the report was filed from
    /// (`中新网乌鲁木齐`); none for the page naming itself (`本报`) or an agency with figures.
    fn agency_outlet(&self, a: &str, wire: Option<&str>) -> Option<usize> {
        if let Some(w) = wire {
            return Some(w.len());
        }
        if self.self_references.iter().any(|l| a.starts_with(l.as_str())) || a.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let trimmed = a.trim_end_matches("新闻").trim_end_matches("消息");
        let trimmed = place_suffix(trimmed).map_or(trimmed, |p| &trimmed[..p]);
        (!trimmed.is_empty()).then_some(trimmed.len())
    }

    /// The credits a paragraph opens with, bare before its text (`本报记者 张三 通讯员 李四
    /// 日前，…`, after a bullet `□`): read as a dateline's credits.
    fn opening_credits(&self, para: &str, base: usize) -> Option<MetaLine> {
        let at =
            para.len() - para.trim_start_matches(|c: char| c.is_whitespace() || OPENING_BULLETS.contains(&c)).len();
        let run = self.credit_run(para, at).or_else(|| self.bracketed_run(para, at))?;
        let s = &para[run.range()];
        let mut out = MetaLine::default();
        let hits = self.label_hits(s);
        for (i, h) in hits.iter().enumerate() {
            let end = hits.get(i + 1).map_or(s.len(), |n| n.start);
            self.interpret_hit(s, base + run.start, trim_span(s, h.end, end), h, &mut out);
        }
        (!out.bylines.is_empty()).then_some(out)
    }

    /// `记者 张三 通讯员 李四 日前，…`: the credits printed bare from byte `at` of `para`,
    /// before its text — words apart by spaces, each a reporter's, correspondent's or
    /// photographer's label, a name (names joined by `、`), or a label with its name glued
    /// (`记者张三`); a label first, a name last, and text after; or closed by a reporting
    /// verb and a colon ([`Self::reported_run`]). The span of the run.
    fn credit_run(&self, para: &str, at: usize) -> Option<Span> {
        self.reported_run(para, at).or_else(|| self.bare_run(para, at))
    }

    /// `记者张三报道：…`, `记者张三、李四报道：…`: a credit run closed by what the reporters
    /// did (`lexicon/credit_suffixes.txt`) and a colon, the text right after it.
    fn reported_run(&self, para: &str, at: usize) -> Option<Span> {
        let rest = &para[at..];
        let (cut, _) = rest.char_indices().take(MAX_OPENING_CREDIT_CHARS).find(|&(i, _)| {
            self.credit_suffixes.iter().any(|s| {
                rest[i..].strip_prefix(s.as_str()).is_some_and(|after| after.trim_start().starts_with(['：', ':']))
            })
        })?;
        let head = rest[..cut].trim_end();
        self.whole_run(head).then(|| Span::new(at, at + head.len()))
    }

    /// `（记者 张三 通讯员 李四）` opening a paragraph below a bracketed dateline
    /// (`【某某日报讯】`, peeled off as the paragraph's lead marker): the credits inside.
    fn bracketed_run(&self, para: &str, at: usize) -> Option<Span> {
        let rest = &para[at..];
        let open = rest.chars().next().filter(|c| matches!(c, '（' | '('))?.len_utf8();
        let close = rest[open..].find(['）', ')'])?;
        let inner = &rest[open..open + close];
        (inner.chars().count() <= MAX_OPENING_CREDIT_CHARS && self.whole_run(inner.trim()))
            .then(|| Span::new(at + open, at + open + close))
    }

    /// Whether `s` is a credit run and nothing more (as [`Self::bare_run`] reads one before
    /// text).
    fn whole_run(&self, s: &str) -> bool {
        !s.is_empty() && self.bare_run(&format!("{s} 。"), 0) == Some(Span::new(0, s.len()))
    }

    /// The run of [`Self::credit_run`] printed apart by spaces, text after it.
    fn bare_run(&self, para: &str, at: usize) -> Option<Span> {
        let credit_label = |w: &str| self.kinds.get(w).is_some_and(|k| k.glues_to_outlet());
        let names = |w: &str| w.split('、').all(|n| self.is_person(n));
        let glued = |w: &str| {
            w.char_indices()
                .skip(2)
                .take(5)
                .any(|(i, _)| credit_label(&w[..i]) && names(w[i..].trim_start_matches(['：', ':'])))
        };
        let mut end = None;
        let mut named = false;
        let mut pos = at;
        for word in para[at..].split(char::is_whitespace) {
            let start = pos;
            pos += word.len() + para[pos + word.len()..].chars().next().map_or(0, char::len_utf8);
            if word.is_empty() {
                continue;
            }
            let label = credit_label(word.trim_end_matches(['：', ':']));
            if end.is_none() && !label && !glued(word) {
                return None;
            }
            if label {
                named = false;
            } else if glued(word) || names(word) {
                named = true;
            } else {
                // The text: the run ends on a name before it.
                return end.filter(|_| named).map(|e| Span::new(at, e));
            }
            end = Some(start + word.len());
        }
        None
    }

    /// The outlet a lead names before the text: `据央视新闻消息，…`, `【某某日报专讯】…`,
    /// `某某网消息（某栏目）：…`, an outlet's name in brackets before `讯` (`【某某报讯】`).
    pub fn lead_outlet(&self, para: &str, base: usize) -> Option<MetaLine> {
        // Before `专讯` (a report of the outlet's own) any name is an outlet's.
        let special = self.news_lead_re.captures(para).and_then(|c| c.name("o1"));
        let o = special.or_else(|| {
            [&self.according_re, &self.news_lead_re]
                .into_iter()
                .find_map(|re| re.captures(para).and_then(|c| c.name("outlet").or(c.name("o2")).or(c.name("o3"))))
                .filter(|o| self.is_outlet(o.as_str()))
        })?;
        let span = Span::new(base + o.start(), base + o.end());
        let mut out = MetaLine::default();
        out.sources.push(SourceMention::new(Field::new(o.as_str(), span), SourceRank::Dateline));
        Some(out)
    }

    /// The page's own report mark a paragraph opens with (`本报讯`, `本报记者`, `本网讯`, also
    /// in brackets: `【本报讯】`), as the self-reference it uses (`本报`): the outlet is then the
    /// masthead of that kind heading the page.
    pub fn own_report_mark(&self, para: &str) -> Option<&str> {
        let para = para.trim_start().trim_start_matches(['【', '〔', '[', '［', '（', '(']);
        self.self_references
            .iter()
            .find(|r| para.strip_prefix(r.as_str()).is_some_and(|rest| rest.starts_with(['讯', '记'])))
            .map(String::as_str)
    }

    /// A masthead line (see [`Self::masthead_line`]) of the kind a self-reference names: `本报`
    /// a paper (`…报`), `本网`/`本站` a site (`…网`, `…站`), `本刊` a journal (`…刊`, `…杂志`);
    /// a section heading (`香港新闻`) is none.
    pub fn masthead_of(&self, text: &str, span: Span, reference: &str) -> Option<Field> {
        let ends: &[char] = match reference.chars().last()? {
            '网' | '站' => &['网', '站'],
            '刊' => &['刊', '志'],
            k => &[k],
        };
        self.masthead_line(text, span).filter(|f| f.text.ends_with(ends))
    }

    /// A line that is an outlet's name only (`《某某日报》`), or followed by its page fields
    /// only (`某某日报 第3版：要闻`).
    pub fn masthead_line(&self, text: &str, span: Span) -> Option<Field> {
        let line = span.slice(text);
        let head = match self.page_fields(line).first() {
            Some(p) => line[..p.start].trim_end_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)),
            None => line,
        };
        let name = head.trim().trim_matches(['《', '》']);
        let start = span.start + line.find(name)?;
        (!name.is_empty() && name.chars().all(is_han) && self.is_outlet(name))
            .then(|| Field::new(name, Span::new(start, start + name.len())))
    }

    /// Whether a paragraph opens with a report's dateline or bracketed credit (not a lead's
    /// `据…消息`): `新华社北京3月5日电`, `〔记者张三／台北报导〕`.
    pub fn opens_report(&self, text: &str, paragraph: Span) -> bool {
        self.may_open_report(text, paragraph) && self.dateline(text, paragraph).is_some()
    }

    /// What [`Self::opens_report`] asks of a paragraph besides its [`Self::dateline`]: no
    /// lead's `据…消息`, no bare `某某网讯`.
    pub fn may_open_report(&self, text: &str, paragraph: Span) -> bool {
        let para = paragraph.slice(text);
        // A bare `某某网讯` names the source; it is no sign that what stands above is a box.
        let bare =
            self.dateline_re.captures(para).is_some_and(|c| c.name("dian").is_none() && c.name("inner").is_none());
        !self.according_re.is_match(para) && !bare
    }

    /// A line that is a dateline and nothing more (`中央社／ 台北28日电`), read as
    /// [`Self::dateline`] reads it.
    pub fn dateline_line(&self, text: &str, span: Span) -> Option<MetaLine> {
        let line = span.slice(text);
        let whole = |re: &Regex| re.find(line).is_some_and(|m| line[m.end()..].trim().is_empty());
        if [&self.paren_dateline_re, &self.slash_dateline_re, &self.dateline_re].into_iter().any(whole) {
            self.dateline(text, span).filter(|m| !m.is_empty())
        } else {
            None
        }
    }

    /// A stamp with the day only completed by the line below it when that line is a clock
    /// time and nothing more (`2018年10月8日` over `香港时间11时00分`).
    pub fn with_time_below(&self, stamp: Stamp, below: Option<(&str, Span)>) -> Stamp {
        let Some((line, span)) = below else { return stamp };
        if stamp.iso.contains('T') {
            return stamp;
        }
        let Some(c) = self.time_line_re.captures(line.trim()) else { return stamp };
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        match (num("H"), num("M")) {
            (Some(h), Some(m)) if h < 24 && m < 60 => {
                Stamp { iso: format!("{}T{h:02}:{m:02}", stamp.iso), span: Span::new(stamp.span.start, span.end) }
            }
            _ => stamp,
        }
    }

    /// The place of a dateline at the head of a paragraph, where it names a division of the
    /// gazetteer: `新华社北京3月5日电` → 北京, `中新网河南新闻12月23日电` → 河南, `本报上海讯` →
    /// 上海, `（中央社记者陈婕翎台北23日电）` → 台北. Beside a date and `电`/`讯` a short form
    /// is a place (the evidence the gazetteer asks of it).
    pub fn dateline_place(&self, text: &str, paragraph: Span) -> Option<Field> {
        let para = paragraph.slice(text);
        let head = match self.paren_captures(para) {
            Some(c) => c.name("names")?,
            None => self.dateline_re.captures(para)?.name("agency")?,
        };
        let s = head.as_str();
        let s = s.strip_suffix("新闻").or_else(|| s.strip_suffix("消息")).unwrap_or(s);
        let start = place_suffix(s)?;
        let span = Span::new(paragraph.start + head.start() + start, paragraph.start + head.start() + s.len());
        Some(Field::new(span.slice(text), span))
    }

    /// The parts of an agency's dateline with its reporters at the head of `para`
    /// (bracketed, or bare after an outlet's name).
    fn paren_captures<'t>(&self, para: &'t str) -> Option<regex::Captures<'t>> {
        let c = self.paren_dateline_re.captures(para)?;
        let bare = c.name("open").is_none();
        (!bare || c.name("agency").is_some_and(|a| self.is_outlet(a.as_str()))).then_some(c)
    }

    /// `（中央社记者陈婕翎、张茗喧台北23日电）` (or bare, `中央社记者陈婕翎台北23日电`): the place is glued to the last name; a
    /// name is taken as 3 characters before a 2–4 character place (2 + 2 when only four
    /// characters remain), the common shapes of these datelines.
    fn paren_dateline(&self, para: &str, base: usize) -> Option<MetaLine> {
        let c = self.paren_captures(para)?;
        let agency = c.name("agency")?;
        let names = c.name("names")?;
        let mut out = MetaLine::default();
        let outlet = Field::new(agency.as_str(), Span::new(base + agency.start(), base + agency.end()));
        out.sources.push(SourceMention::new(outlet.clone(), SourceRank::Dateline));
        let parts = tokens(para, Span::new(names.start(), names.end()));
        for (k, t) in parts.iter().enumerate() {
            let tok = &para[t.range()];
            let n = tok.chars().count();
            let name_chars = if k + 1 < parts.len() {
                n
            } else {
                match n {
                    4 => 2,
                    5..=7 => 3,
                    _ => continue,
                }
            };
            let end = tok.char_indices().nth(name_chars).map_or(tok.len(), |(i, _)| i);
            let name = &tok[..end];
            if self.is_person(name) {
                out.bylines.push(Byline {
                    credit: Credit {
                        name: Field::new(name, Span::new(base + t.start, base + t.start + end)),
                        role: REPORTER.into(),
                        organization: Some(outlet.clone()),
                    },
                    kind: LabelKind::Reporter,
                });
            }
        }
        (!out.bylines.is_empty()).then_some(out)
    }

    /// `〔记者张三／台北报导〕` at the head of a paragraph: a reporters' credit in brackets
    /// before the text, as a credit line reads it. `None` unless it credits only reporters
    /// or authors.
    fn bracket_credit(&self, text: &str, paragraph: Span) -> Option<MetaLine> {
        const MAX_BYTES: usize = 90;
        let whole = paragraph.slice(text);
        // An outlet (and the place it reports from) may head the brackets: `某某日报北京（记者…）`.
        let head = whole.find(['（', '(', '〔', '［', '【']).filter(|&h| h > 0 && h <= MAX_BYTES / 2);
        let outlet = head.and_then(|h| self.masthead(whole, Span::new(0, h)));
        let skip = match (head, outlet) {
            (Some(h), Some(_)) => h,
            _ => 0,
        };
        let paragraph = Span::new(paragraph.start + skip, paragraph.end);
        let para = paragraph.slice(text);
        let open = para.chars().next()?;
        let close = match open {
            '〔' => '〕',
            '［' => '］',
            '【' => '】',
            '（' => '）',
            '(' => ')',
            _ => return None,
        };
        let end = para.find(close).filter(|&e| e <= MAX_BYTES)?;
        let inner = Span::new(paragraph.start + open.len_utf8(), paragraph.start + end);
        let mut m = self.parse_line(text, inner)?;
        let reporters = |b: &Byline| matches!(b.kind, LabelKind::Author | LabelKind::Reporter);
        if m.bylines.is_empty() || !m.bylines.iter().all(reporters) || !m.stamps.is_empty() {
            return None;
        }
        if let Some(o) = outlet {
            let field = Field::new(&whole[o.range()], o.shift(paragraph.start - skip));
            for b in &mut m.bylines {
                b.credit.organization.get_or_insert_with(|| field.clone());
            }
            // A wire's dateline before the brackets (`新华社北京3月5日电（记者…）`) names the agency.
            let wire_dateline =
                self.wire.contains(&field.text) && head.is_some_and(|h| whole[..h].trim_end().ends_with('电'));
            let rank = if wire_dateline { SourceRank::WireDateline } else { SourceRank::AuthorOutlet };
            m.sources.push(SourceMention::new(field, rank));
        }
        Some(m)
    }

    /// Credits in a trailing `（编辑 张三）` / `【责任编辑：李四】` (with `names_alone`, also
    /// `（卢振）`: authors, and `（中央社）`: the source); `None` unless every value is a name.
    pub fn credit_note(&self, text: &str, span: Span, names_alone: bool) -> Option<MetaLine> {
        let s = span.slice(text);
        let hits = self.label_hits(s);
        let Some(first) = hits.first() else {
            return names_alone
                .then(|| {
                    self.name_credit(s, span.start, 1)
                        .or_else(|| self.glued_credit(s, span.start))
                        .or_else(|| self.outlet_note(s, span.start))
                })
                .flatten();
        };
        if first.start != 0 {
            // `（本文转载自某某日报）`: a label inside a note's lead-in.
            return names_alone.then(|| self.outlet_note(s, span.start)).flatten();
        }
        let mut out = MetaLine::default();
        for (i, h) in hits.iter().enumerate() {
            let end = hits.get(i + 1).map_or(s.len(), |n| n.start);
            let v = trim_span(s, h.end, end);
            // `（来源：某某日报）` closing the last paragraph names the page's outlet (a data
            // source inside the text is no outlet's name).
            if names_alone && matches!(h.kind, LabelKind::Source | LabelKind::Repost) && self.is_outlet(&s[v.range()]) {
                let before = out.sources.len();
                self.interpret_hit(s, span.start, v, h, &mut out);
                if out.sources.len() == before {
                    return None;
                }
                continue;
            }
            if !matches!(
                h.kind,
                LabelKind::Author
                    | LabelKind::Reporter
                    | LabelKind::Editor
                    | LabelKind::Staff
                    | LabelKind::Photo
                    | LabelKind::Correspondent
            ) {
                return None;
            }
            let before = out.bylines.len();
            self.interpret_hit(s, span.start, v, h, &mut out);
            if out.bylines.len() == before {
                return None;
            }
        }
        Some(out)
    }

    /// A credit printed as names only, the line wrapped in brackets or led by a bullet
    /// (`（杨科 俞水）`, `□邓淑贞、周晔、陈福平`, a last paragraph's `（卢振）`): its authors.
    /// `None` unless there are `min_names` to four tokens, each a name opening with a surname
    /// (after the writers' unit, if one comes first: `（某县卫健局 王五）`).
    fn name_credit(&self, s: &str, base: usize, min_names: usize) -> Option<MetaLine> {
        const MAX_NAMES: usize = 4;
        let mut names = join_spaced_chars(s, tokens(s, trim_span(s, 0, s.len())));
        // The writers' unit may come first (`（某县卫健局 王五）`): no name, their organization.
        let unit = self.leading_unit(s, &names);
        if unit.is_some() {
            names.remove(0);
        }
        if names.len() < min_names || names.len() > MAX_NAMES {
            return None;
        }
        let name = |t: &Span| s[t.range()].split_whitespace().collect::<String>();
        if !names.iter().all(|t| self.is_surnamed_person(&name(t))) {
            return None;
        }
        let organization = unit.map(|t| Field::new(&s[t.range()], t.shift(base)));
        let bylines = names
            .iter()
            .map(|t| Byline {
                credit: Credit {
                    name: Field::new(name(t), t.shift(base)),
                    role: "作者".into(),
                    organization: organization.clone(),
                },
                kind: LabelKind::Author,
            })
            .collect();
        Some(MetaLine { bylines, ..MetaLine::default() })
    }

    /// A wrapped credit with no space in it (`总台某某记者张萍郑怡哲`): the outlet before the
    /// reporter label (unless it is the page itself, `本报`) and the names glued after it,
    /// each opening with a surname. `None` unless the names split so.
    fn glued_credit(&self, s: &str, base: usize) -> Option<MetaLine> {
        let c = self.glued_credit_re.captures(s)?;
        let (org, label, names) = (c.name("org")?, c.name("label")?, c.name("names")?);
        let parts = self.split_glued_names(names.as_str())?;
        let outlet = (!self.self_references.iter().any(|r| org.as_str().starts_with(r.as_str())))
            .then(|| Field::new(org.as_str(), Span::new(base + org.start(), base + org.end())));
        let mut out = MetaLine::default();
        if let Some(o) = &outlet {
            out.sources.push(SourceMention::new(o.clone(), SourceRank::AuthorOutlet));
        }
        let mut at = base + names.start();
        for p in parts {
            let span = Span::new(at, at + p.len());
            at = span.end;
            out.bylines.push(Byline {
                credit: Credit {
                    name: Field::new(p, span),
                    role: LabelKind::Reporter.role(label.as_str()),
                    organization: outlet.clone(),
                },
                kind: LabelKind::Reporter,
            });
        }
        Some(out)
    }

    /// `张萍郑怡哲` → `张萍`, `郑怡哲`: the first split of a run of glued names into names of
    /// two or three characters that each open with a surname (shorter names tried first).
    fn split_glued_names<'t>(&self, run: &'t str) -> Option<Vec<&'t str>> {
        if run.is_empty() {
            return Some(Vec::new());
        }
        for n in 2..=3 {
            let Some((end, _)) = run.char_indices().nth(n).or((run.chars().count() == n).then_some((run.len(), ' ')))
            else {
                continue;
            };
            let name = &run[..end];
            if self.is_surnamed_person(name) {
                if let Some(mut rest) = self.split_glued_names(&run[end..]) {
                    rest.insert(0, name);
                    return Some(rest);
                }
            }
        }
        None
    }

    /// A note on a line of its own saying where the article was taken from
    /// (`本文转载自某某日报`, `（本文首发于某某晚报）`): a lead of `outlet_notes.txt` and an
    /// outlet's name, bracketed or not.
    pub fn source_note_line(&self, text: &str, span: Span) -> Option<MetaLine> {
        let (off, content) = unwrap_line(span.slice(text));
        self.note_leads.longest_prefix(content)?;
        let base = span.start + off;
        self.outlet_note(repost_note_clause(content), base).or_else(|| self.note_with_credit(text, content, base))
    }

    /// A note naming where the article comes from with the writer's credit after a comma
    /// (`本文来自微信公众号“某某健康”，作者：张三`): the outlet of the first clause, and the
    /// credit line that the rest is.
    fn note_with_credit(&self, text: &str, content: &str, base: usize) -> Option<MetaLine> {
        let cut = content.find(['，', ','])?;
        let comma = content[cut..].chars().next()?.len_utf8();
        let mut note = self.outlet_note(&content[..cut], base)?;
        let credit = self.parse_line(text, Span::new(base + cut + comma, base + content.len()))?;
        if !credit.is_credit_only() {
            return None;
        }
        note.bylines.extend(credit.bylines);
        Some(note)
    }

    /// A self-media account's credit on a line of its own below the text (`某某刀微信公号`,
    /// `某某说健康公众号`): an account's name and its channel word ending in `号`, after at most
    /// the avatar's letter that pages print before it (`某 某某刀微信公号`). The account as
    /// printed is where the text comes from, ranked as a source line (kept as printed).
    pub fn account_credit_line(&self, text: &str, span: Span) -> Option<MetaLine> {
        let line = span.slice(text);
        let content = line.trim();
        let mut at = line.len() - line.trim_start().len();
        let mut name = content;
        if let Some((initial, rest)) = content.split_once(' ') {
            let rest = rest.trim_start();
            if initial.chars().count() != 1 || !rest.starts_with(initial) {
                return None;
            }
            at += content.len() - rest.len();
            name = rest;
        }
        let channel =
            self.editions.iter().filter(|e| e.ends_with('号') && name.ends_with(e.as_str())).max_by_key(|e| e.len())?;
        if !self.account_shaped(&name[..name.len() - channel.len()]) || FOLLOW_CALLS.longest_prefix(name).is_some() {
            return None;
        }
        let outlet = Field::new(name, Span::new(span.start + at, span.start + at + name.len()));
        Some(MetaLine { sources: vec![SourceMention::new(outlet, SourceRank::Source)], ..MetaLine::default() })
    }

    /// A platform's kind of account alone on a line (`企鹅号`) under a line that is an
    /// account's name alone (`account`): that account, ranked as a masthead.
    pub fn platform_account(&self, text: &str, account: Span, kind: Span) -> Option<MetaLine> {
        let name = account.slice(text).trim();
        if !self.is_platform_kind(kind.slice(text).trim()) || !self.account_shaped(name) {
            return None;
        }
        let at = account.start + account.slice(text).find(name)?;
        let outlet = Field::new(name, Span::new(at, at + name.len()));
        Some(MetaLine { sources: vec![SourceMention::new(outlet, SourceRank::Masthead)], ..MetaLine::default() })
    }

    /// A paragraph's note naming an outlet alone (`（某某日报）`, span inside the brackets):
    /// its source, wherever the paragraph stands.
    pub fn outlet_note_line(&self, text: &str, span: Span) -> Option<MetaLine> {
        self.outlet_note(span.slice(text), span.start)
    }

    /// A closing note that is an outlet's name alone (`（中央社）`, `（某某日报报道）`, `（本文首发于某某日报）`): where the
    /// report comes from, ranked as a dateline.
    fn outlet_note(&self, s: &str, base: usize) -> Option<MetaLine> {
        let note = s.trim();
        // `（本文首发于某某日报）`, `（某某日报报道）`: the outlet, without what it did.
        let lead = (s.len() - s.trim_start().len()) + self.note_leads.longest_prefix(note).unwrap_or(0);
        let mut lead = lead;
        let mut rest = &s[lead..s.len() - (s.len() - s.trim_end().len())];
        if let Some((inner, issue)) = rest.strip_prefix('《').and_then(|r| r.split_once('》')) {
            // `本文刊于《某某报》2026年4月20日第1版`, `据《某某日报》报道`: the title marks and
            // the issue or what the outlet did are no part of the name.
            let dated = issue.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年月日第版期".contains(c));
            let did = !issue.is_empty() && self.note_endings.longest_suffix(issue) == Some(issue.len());
            if !(dated || did) {
                return None;
            }
            lead += '《'.len_utf8();
            rest = inner;
        }
        let quoted = self.quoted_account(rest);
        if let Some((skip, inner)) = quoted {
            // `本文来自微信公众号“某某健康”`: the account in quotes after its channel word names
            // the outlet, whatever its name ends with.
            lead += skip;
            rest = inner;
        }
        let name = &rest[..rest.len() - self.note_endings.longest_suffix(rest).unwrap_or(0)];
        let wire = self.wire.iter().any(|w| w == name);
        if !(wire || quoted.is_some() || self.is_outlet(name)) || !name.chars().all(is_han) {
            return None;
        }
        let outlet = Field::new(name, Span::new(base + lead, base + lead + name.len()));
        Some(MetaLine { sources: vec![SourceMention::new(outlet, SourceRank::Dateline)], ..MetaLine::default() })
    }

    /// An account's name quoted after a channel word (`微信公众号“某某健康”`,
    /// `lexicon/outlet_channels.txt`): the bytes before the name, and the name.
    fn quoted_account<'t>(&self, s: &'t str) -> Option<(usize, &'t str)> {
        let channel = self.editions.iter().filter(|e| s.starts_with(e.as_str())).max_by_key(|e| e.len())?;
        let after = &s[channel.len()..];
        let open = after.chars().next().filter(|c| matches!(c, '“' | '「' | '"' | '《'))?;
        let inner = after[open.len_utf8()..].strip_suffix(['”', '」', '"', '》'])?;
        (!inner.is_empty()).then_some((channel.len() + open.len_utf8(), inner))
    }

    /// Whether a `来源：` value names no outlet: a stock word (`网络`, `综合`) or the page
    /// naming itself (`本站`, `本网`): the site the page is on is not the source.
    fn names_no_outlet(&self, value: &str) -> bool {
        self.placeholders.contains(value)
            || self.self_references.iter().any(|r| r == value)
            || self.is_department(value)
    }

    /// A source value's token `t` of `s` without a page button glued after it
    /// (`某某晚报举报` → `某某晚报`), when at least two characters are left.
    fn without_glued_widget(&self, s: &str, t: Span) -> Span {
        let tok = &s[t.range()];
        self.glued_widgets
            .iter()
            .filter_map(|w| tok.strip_suffix(w.as_str()))
            .filter(|rest| rest.chars().count() >= 2)
            .min_by_key(|rest| rest.len())
            .map_or(t, |rest| Span::new(t.start, t.start + rest.len()))
    }

    /// The one token of a `作者：` field that names no person (`named` is 0) when it is a unit
    /// credited as the writer ([`Self::is_writing_unit`]).
    fn unit_author(&self, s: &str, tokens: &[Span], named: usize, kind: LabelKind, label: &str) -> Option<Span> {
        let [t] = tokens else { return None };
        let unit = named == 0 && kind == LabelKind::Author && label == "作者" && self.is_writing_unit(&s[t.range()]);
        unit.then_some(*t)
    }

    /// A unit of a body credited as the writer (`心内科`, `护理部`, `某某党支部`): a department
    /// or a name ending like a unit (`[writing_units]`), not an outlet (the site or paper
    /// goes to the source), a placeholder or the page naming itself.
    fn is_writing_unit(&self, value: &str) -> bool {
        let unit = value.chars().count() >= 3 && self.writing_units.longest_suffix(value).is_some();
        (self.is_department(value) || unit)
            && value.chars().all(is_han)
            && !self.is_outlet(value)
            && !self.placeholders.contains(value)
            && !self.self_references.iter().any(|r| r == value)
    }

    /// A department alone (`科教科`, `心内科`, `神经外科`, at most five characters): the unit
    /// that wrote the text, not an outlet.
    fn is_department(&self, value: &str) -> bool {
        value.chars().count() <= 5 && self.departments.longest_suffix(value).is_some()
    }

    /// The page fields of a newspaper's line (`第03版：要闻`), spans in `content`.
    fn page_fields(&self, content: &str) -> Vec<Span> {
        self.page_field_re
            .find_iter(content)
            .map(|m| {
                let lead = m.as_str().len()
                    - m.as_str().trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).len();
                Span::new(m.start() + lead, m.end())
            })
            .collect()
    }

    /// Where the value of a source label starts when `于`/`自` joins it instead of a colon
    /// (`本文来源于某某日报`, `内容来源于某某疾控公众号`): after the connective, when an outlet or
    /// a channel's account follows.
    fn source_connective(&self, s: &str, at: usize, kind: LabelKind) -> Option<usize> {
        if !matches!(kind, LabelKind::Source | LabelKind::Repost) {
            return None;
        }
        let rest = s[at..].strip_prefix(['于', '自'])?;
        let next = rest.split(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).next().unwrap_or("");
        // An outlet, or an account on a channel (`某某疾控微信公众号`), and after it nothing
        // but the line's other fields (a date, a label): `本文来源于某某日报，有删改` is a note.
        let outlet = self.is_outlet(next) || self.strip_edition(next).len() < next.len();
        let after = rest[next.len()..].trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
        let fields_only = after.is_empty()
            || after.starts_with(|c: char| c.is_ascii_digit())
            || self.label_re.find(after).is_some_and(|m| m.start() == 0);
        (outlet && fields_only).then_some(s.len() - rest.len())
    }

    /// A writer's name printed bare after the paper: a surnamed name of three characters
    /// (a two-character word there is as often a section or a word of the page, `高温`).
    fn masthead_writer_name(&self, token: &str) -> bool {
        const WRITER_NAME_CHARS: usize = 3;
        token.chars().count() == WRITER_NAME_CHARS && self.is_surnamed_person(token)
    }

    /// A person's name as a contributor's credit (`供稿：张晓明`, as `张晓明供稿`): neither an
    /// outlet nor a writer (a contributor is no reporter, as a correspondent is none) — two or
    /// three characters opening with a surname, not ending like a body (`供稿：卫健委`).
    fn contributing_person(&self, token: &str) -> bool {
        (2..=3).contains(&token.chars().count()) && self.is_surnamed_person(token) && !self.is_body_name(token)
    }

    /// A name as [`Self::is_person`] reads it that opens with a surname of the lexicon.
    pub(crate) fn is_surnamed_person(&self, token: &str) -> bool {
        let surname = |k: usize| token.char_indices().nth(k).is_some_and(|(i, _)| self.surnames.contains(&token[..i]));
        self.is_person(token) && (surname(1) || surname(2))
    }

    /// A writer's name with what they did printed after it, glued or apart (`张三 报导`,
    /// `张三报道`): the name; `None` without that word (a bare `某某日报/张三` credits no one).
    fn credited_name<'t>(&self, s: &'t str) -> Option<&'t str> {
        let glued = match s.rsplit_once(char::is_whitespace) {
            Some((name, did)) if self.credit_suffixes.iter().any(|x| x == did) => return Some(name.trim_end()),
            _ => s,
        };
        Some(self.without_credit_suffix(glued)).filter(|name| name.len() < glued.len())
    }

    /// The name without a credit word glued after it (`李晓敏文图` → `李晓敏`, `王芳报道`
    /// → `王芳`), where what is left is a name opening with a surname and not with a place
    /// (`台北报导`, `台北即时报导`, `某市报道`); the place the report was filed from may sit
    /// between them (`王芳台北报导` → `王芳`).
    fn without_credit_suffix<'t>(&self, tok: &'t str) -> &'t str {
        let tok = without_staff_code(tok);
        for suffix in &self.credit_suffixes {
            if let Some(rest) = tok.strip_suffix(suffix.as_str()) {
                if self.is_surnamed_person(rest) && !opens_with_place(rest) {
                    return rest;
                }
                if let Some(name) = place_suffix(rest).map(|p| &rest[..p]) {
                    if self.is_surnamed_person(name) && !opens_with_place(name) {
                        return name;
                    }
                }
            }
        }
        tok
    }

    fn label_hits<'a>(&'a self, s: &str) -> Vec<LabelHit<'a>> {
        let mut hits = Vec::new();
        for c in self.label_re.captures_iter(s) {
            let (Some(all), Some(label)) = (c.get(0), c.name("label")) else { continue };
            let Some((key, &kind)) = self.label_kind(label.as_str()) else { continue };
            let colon = c.name("colon").is_some();
            if key.len() != label.len() && !colon {
                continue;
            }
            let before = s[..label.start()].chars().next_back();
            // A label in lenticular brackets (`【来源】某某日报`) is closed by them.
            if c.name("colon").is_some_and(|m| m.as_str().starts_with('】')) && before != Some('【') {
                continue;
            }
            let (mut start, mut outlet) = (label.start(), None);
            // A label starts a field at the line start or after a space, separator or colon; a
            // reporter label may follow its outlet (`新华社记者 张三`); `丨` is a bar (`文丨记者 张三`).
            if before.is_some_and(|b| (is_han(b) || crate::text::is_alphanumeric(b)) && b != '丨')
                && !(long_glued_label(key, colon)
                    || closing_counter(kind, colon && !hits.is_empty(), &s[all.end()..])
                    || self.ends_with_stamp(&s[..label.start()]))
            {
                let glues = kind.glues_to_outlet() || kind.glues_as_role(key);
                let glued = self
                    .glued_label(s, label.start(), glues, colon, hits.last())
                    .or_else(|| self.outlet_opening_label(s, key, label.start(), glues));
                let qualified =
                    || (kind == LabelKind::Correspondent).then(|| qualified_label(s, label.start())).flatten();
                let Some((glued_start, glued_outlet)) = glued.or_else(|| qualified().map(|at| (at, None))) else {
                    continue;
                };
                start = glued_start;
                outlet = glued_outlet;
            }
            if c.name("slash").is_some() {
                // `文/张三`, `图｜李四`, `来源｜健康报`: a person (an outlet) must follow.
                let rest = &s[all.end()..];
                let next = rest.split(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).next().unwrap_or("");
                let ok = match kind {
                    LabelKind::Source | LabelKind::Repost => {
                        self.is_outlet(next) || lone_value(&s[..label.start()], rest, next) || self.outlet_list(rest)
                    }
                    LabelKind::Time | LabelKind::Update | LabelKind::Ignore => false,
                    // `图/记者 王五`: the reporter label after the slash names the person.
                    _ => self.is_person(next) || self.opens_reporter_label(rest) || self.unit_then_person(rest),
                };
                if !ok {
                    continue;
                }
            } else if let Some(end) = self.source_connective(s, all.end(), kind) {
                hits.push(LabelHit { start, outlet, end, label: key.as_str(), kind });
                continue;
            } else if c.name("colon").is_none() {
                // Without a colon only `记者张三` / `通讯员 刘念`: a name must follow.
                let rest = &s[all.end()..];
                let next = rest.split(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).next().unwrap_or("");
                let ok = if matches!(kind, LabelKind::Source | LabelKind::Repost) {
                    // `来源 某某日报`: the label apart from its value by a space, opening a field.
                    let spaced = s[label.end()..all.end()].chars().any(char::is_whitespace)
                        && !before.is_some_and(|b| !b.is_whitespace())
                        && (self.is_outlet(next) || self.is_body_name(next))
                        && self.source_value(&s[..label.start()], rest, next);
                    spaced || self.glued_source_field(s, before, all.end(), next)
                } else if kind == LabelKind::Ignore {
                    // A counter or a place printed as a field of its own (`浏览次数 1286`,
                    // `发表于江苏`).
                    !before.is_some_and(|b| !b.is_whitespace()) && ignored_field(key, next)
                } else {
                    kind.colon_optional()
                        && key.chars().count() >= 2
                        && (self.is_person(self.without_credit_suffix(next)) || self.joined_names(next).is_some())
                };
                if !ok {
                    continue;
                }
            }
            hits.push(LabelHit { start, outlet, end: all.end(), label: key.as_str(), kind });
        }
        hits
    }

    /// Whether `printed` is a label of kind `ignore` (`阅读`, `点击量`): a page counter's.
    pub(crate) fn is_counter_label(&self, printed: &str) -> bool {
        self.label_kind(printed).is_some_and(|(_, k)| *k == LabelKind::Ignore)
    }

    /// The label printed as `printed` (spaces inside it dropped: `作 者` is `作者`) and its kind.
    fn label_kind(&self, printed: &str) -> Option<(&String, &LabelKind)> {
        if !printed.contains(|c: char| c.is_whitespace()) {
            return self.kinds.get_key_value(printed);
        }
        let key: String = printed.chars().filter(|c| !c.is_whitespace()).collect();
        self.kinds.get_key_value(&key)
    }

    /// Whether a barred credit's value opens with the writer's unit before a person's name
    /// (`作者丨宣传科 何雨`, [`Self::is_writing_unit`]): the name follows the bar all the same.
    fn unit_then_person(&self, rest: &str) -> bool {
        let mut words = rest.split(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).filter(|w| !w.is_empty());
        matches!((words.next(), words.next()), (Some(u), Some(n)) if self.is_writing_unit(u) && self.is_person(n))
    }

    /// Whether `s` ends with a publication stamp ([`MetaParser::dates`]).
    fn ends_with_stamp(&self, s: &str) -> bool {
        self.dates(s, 0).last().is_some_and(|d| d.span.end == s.len())
    }

    /// Where a label glued after a word (`label_at`, in `s`) starts, and the outlet glued
    /// before it: its outlet's (`新华社记者`, a reporter label), or the label's own when it
    /// follows, with its colon, the outlet that is the value of the source field `last`
    /// (`来源：某某网作者：张三`). `None`: the label is part of a word.
    fn glued_label(
        &self,
        s: &str,
        label_at: usize,
        glues: bool,
        colon: bool,
        last: Option<&LabelHit<'_>>,
    ) -> Option<(usize, Option<Span>)> {
        let run = word_run_start(&s[..label_at]);
        // A reporter posted to a place (`某某日报驻临江记者`, `本报驻京记者`): the outlet
        // stands before the post.
        let end = posted_at(&s[run..label_at]).filter(|_| glues).map_or(label_at, |k| run + k);
        let glued = &s[run..end];
        let outlet_word = self.is_outlet(glued) || self.is_edition_outlet(glued);
        let short = self.is_outlet_abbreviation(glued) || run == 0 && self.is_short_masthead(glued);
        let reference = !(outlet_word || short) && self.is_outlet_reference(glued);
        let after_source = colon
            && outlet_word
            && last.is_some_and(|h| matches!(h.kind, LabelKind::Source | LabelKind::Repost) && h.end == run);
        if after_source {
            return Some((label_at, None));
        }
        if !glues || !(outlet_word || short || reference) {
            return None;
        }
        let run = if reference { run } else { self.outlet_chain_start(s, run) };
        Some((run, (!reference).then(|| Span::new(run, end))))
    }

    /// A reporter label that opens with the suffix of its outlet, glued after the outlet's
    /// place (`临江` + `融媒记者`): the place and that suffix are the outlet (`临江融媒`). Where
    /// the label starts and the outlet's span, like [`Self::glued_label`].
    fn outlet_opening_label(
        &self,
        s: &str,
        label: &str,
        label_at: usize,
        glues: bool,
    ) -> Option<(usize, Option<Span>)> {
        let suffix = label.strip_suffix(REPORTER)?;
        let run = word_run_start(&s[..label_at]);
        let outlet = format!("{}{suffix}", &s[run..label_at]);
        (glues && !suffix.is_empty() && self.is_outlet(&outlet))
            .then(|| (run, Some(Span::new(run, label_at + suffix.len()))))
    }

    /// Whether `next`, the word after a source label apart from it by a space (`来源 X`), is
    /// its value: an outlet, or a short Han name opening the line's fields and followed by
    /// nothing or by the line's other fields (a date, a label). (A barred label, `来源丨X`,
    /// takes a name that is no outlet only alone on its line: [`lone_value`].)
    fn source_value(&self, before: &str, rest: &str, next: &str) -> bool {
        const MAX_VALUE_CHARS: usize = 16;
        if self.is_outlet(next) || lone_value(before, rest, next) {
            return true;
        }
        let after = rest[next.len()..].trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
        before.trim().is_empty()
            && (2..=MAX_VALUE_CHARS).contains(&next.chars().count())
            && next.chars().all(is_han)
            && (after.starts_with(|c: char| c.is_ascii_digit())
                || self.label_re.find(after).is_some_and(|m| m.start() == 0))
    }

    /// Whether a source label glued to its value with neither colon nor space (`来源某某网`,
    /// the value `next` starting at `at` in `s`) opens a field all the same: the line is a
    /// dated row of fields parted by bars (`发表于2024-05-06 | 来源某某网 | 作者张三`), the
    /// label opens the line or follows a space or a bar, and a bar or the line's end follows the
    /// value (2–16 Han or Latin letters and digits, not `于…`/`自…` of prose).
    fn glued_source_field(&self, s: &str, before: Option<char>, at: usize, next: &str) -> bool {
        const MAX_VALUE_CHARS: usize = 16;
        let opens = !before.is_some_and(|b| !b.is_whitespace() && !BARS.contains(&b));
        let plain = next.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
        let after = s[at + next.len()..].trim_start();
        opens
            && plain
            && (2..=MAX_VALUE_CHARS).contains(&next.chars().count())
            && !next.starts_with(['于', '自'])
            && (after.is_empty() || after.starts_with(BARS))
            && s.contains(BARS)
            && !self.dates(s, 0).is_empty()
    }

    /// A source value listing several bodies with `、` (`某某研究院、某某集团等`, `甲报、乙网`):
    /// the whole list as printed, when no part is a person's name and none is longer than an
    /// institution's name.
    fn listed_outlets(&self, s: &str, value: Span) -> Option<Span> {
        const MAX_PART_CHARS: usize = 20;
        const MAX_NAME_CHARS: usize = 3;
        let value = self.without_glued_widget(s, value);
        let v = &s[value.range()];
        if !v.contains('、') || v.contains(char::is_whitespace) {
            return None;
        }
        // Beside an outlet by name, a part longer than a name is a body too (`某某发布`).
        let named = v.split('、').any(|p| self.is_outlet(without_etc(p)));
        let fits = |p: &str| {
            let p = without_etc(p);
            let n = p.chars().count();
            (2..=MAX_PART_CHARS).contains(&n)
                && p.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                && (!self.is_person(p) || named && n > MAX_NAME_CHARS)
        };
        v.split('、').all(fits).then_some(value)
    }

    /// Whether `rest`, what follows a barred source label (`来源｜甲报、乙发布`), is a list of
    /// bodies apart by `、` and nothing after it, one of them an outlet by name: the value.
    fn outlet_list(&self, rest: &str) -> bool {
        let v = rest.trim();
        v.split('、').any(|p| self.is_outlet(without_etc(p))) && self.listed_outlets(v, Span::new(0, v.len())).is_some()
    }

    /// Whether `s` opens with a reporter label (`记者 王五`, `本报记者王五`): after a
    /// slashed label (`图/`, `文/`) it is what names the person.
    fn opens_reporter_label(&self, s: &str) -> bool {
        self.label_re.captures(s).and_then(|c| c.name("label")).is_some_and(|l| {
            s[..l.start()].trim().is_empty()
                && self.label_kind(l.as_str()).map(|(_, k)| k) == Some(&LabelKind::Reporter)
        })
    }

    /// The stamps of `s` printed without a year (`作者：张晓明10-08 12:00`, month, day and
    /// time), outside its dated `stamps` (spans in `s`): each ends the field before it and
    /// gives no publication date (the page's year is unknown: FACTS `published_at`), only a
    /// date fact.
    fn yearless_stamps(&self, s: &str, stamps: &[Stamp], base: usize) -> Vec<Span> {
        let dated = |at: usize| stamps.iter().any(|d| d.span.start - base <= at && at < d.span.end - base);
        let num = |c: &regex::Captures<'_>, n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        self.yearless_re
            .captures_iter(s)
            .filter(|c| {
                let Some(all) = c.get(0) else { return false };
                let apart = !s[..all.start()].ends_with(|b: char| b.is_ascii_digit() || "-/.:".contains(b))
                    && !s[all.end()..].starts_with(|a: char| a.is_ascii_digit() || a == ':');
                let valid = num(c, "m").is_some_and(|m| (1..=12).contains(&m))
                    && num(c, "d").is_some_and(|d| (1..=31).contains(&d))
                    && num(c, "H").is_some_and(|h| h < 24)
                    && num(c, "M").is_some_and(|m| m < 60);
                apart && valid && !dated(all.start())
            })
            .filter_map(|c| c.get(0).map(|m| Span::new(m.start(), m.end())))
            .collect()
    }

    /// Publication stamps printed in `s` (which starts at byte `base` of the text).
    pub fn dates(&self, s: &str, base: usize) -> Vec<Stamp> {
        let mut out = Vec::new();
        for c in self.date_re.captures_iter(s) {
            let Some(all) = c.get(0) else { continue };
            let before = s[..all.start()].chars().next_back();
            if before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
            let (year, month, day) = if c.name("y").is_some() {
                (num("y"), num("m"), num("d"))
            } else if c.name("ey").is_some() {
                // Hong Kong and Macau print the day first (`05/03/2024`); the month first only
                // when the middle number cannot be a month (`05/13/2024`), as dates in the text.
                let (first, middle) = (num("ed"), num("em"));
                let month_first = middle.is_some_and(|m| m > 12) && first.is_some_and(|d| d <= 12);
                let (day, month) = if month_first { (middle, first) } else { (first, middle) };
                (num("ey"), month, day)
            } else if let Some(ry) = num("ry") {
                if c.name("roc").is_none() && !(100..200).contains(&ry) {
                    continue;
                }
                (Some(ry + 1911), num("rm"), num("rd"))
            } else if let Some(ry) = num("ry2") {
                // Taiwan sites print ROC dates as `113-05-23`.
                (Some(ry + 1911), num("rm2"), num("rd2"))
            } else if let Some(yy) = num("yy") {
                // A post's date line may print the year in two digits before the time
                // (`18-03-08 23:16`).
                (Some(2000 + yy), num("ym"), num("yd"))
            } else {
                let cn = |n: &str| c.name(n).and_then(|m| chinese_number(m.as_str()));
                (c.name("cy").and_then(|m| chinese_year(m.as_str())), cn("cm"), cn("cd"))
            };
            let (Some(y), Some(m), Some(d)) = (year, month, day) else { continue };
            if !(1949..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=days_in(y, m)).contains(&d) {
                continue;
            }
            let mut end = all.end();
            let mut iso = format!("{y:04}-{m:02}-{d:02}");
            let hour = num("H").map(|h| afternoon_hour(c.name("ap").map(|m| m.as_str()), h)).or(num("yH"));
            match (hour, num("M").or(num("yM"))) {
                (Some(h), Some(mi)) if h < 24 && mi < 60 => {
                    iso += &format!("T{h:02}:{mi:02}");
                    if let Some(sec) = num("S").filter(|&s| s < 60) {
                        iso += &format!(":{sec:02}");
                    }
                }
                _ => {
                    // Keep the span on the date alone when what follows is not a time.
                    end = c
                        .name("ri")
                        .or(c.name("d"))
                        .or(c.name("ey"))
                        .or(c.name("rd"))
                        .or(c.name("cd"))
                        .map_or(end, |m| m.end());
                    if c.name("rd").or(c.name("cd")).or(c.name("rd2")).is_some() {
                        end = all.end();
                    }
                }
            }
            if s[end..].chars().next().is_some_and(|a| a.is_ascii_digit()) {
                continue;
            }
            let trimmed = s[all.start()..end].trim_end();
            out.push(Stamp { iso, span: Span::new(base + all.start(), base + all.start() + trimmed.len()) });
        }
        out
    }

    /// A name ending like an organization (`lexicon/byline_org_endings.txt`: `某市卫健委`).
    pub(crate) fn is_body_name(&self, token: &str) -> bool {
        token.chars().count() >= 3 && self.org_endings.iter().any(|e| token.ends_with(e.as_str()))
    }

    /// A credited person's name, not an outlet, a byline word or a title.
    pub(crate) fn is_person(&self, token: &str) -> bool {
        is_name(token) && !self.names_no_one(token)
    }

    /// Whether `token` is a word that names no one: a body, an outlet, a byline word
    /// (`lexicon/byline_not_names.txt`), a button, a title, a credit label or a department
    /// (`作者：儿科 李静`: the department is no person).
    fn names_no_one(&self, token: &str) -> bool {
        self.is_body_name(token)
            || self.is_outlet(token)
            || self.not_names.contains(token)
            || self.widgets.contains(token)
            || self.titles.contains(token)
            || self.ends_with_credit_label(token)
            || token.starts_with(FILED_FROM)
            || self.departments.contains(token)
    }

    /// A Han handle longer than a name (`糖糖不是盐`), taken as the name when it is the
    /// whole value of an editor's field; no body, outlet, title or other word of the class.
    fn is_handle(&self, token: &str) -> bool {
        const HANDLE_CHARS: std::ops::RangeInclusive<usize> = 5..=6;
        HANDLE_CHARS.contains(&token.chars().count()) && token.chars().all(is_han) && !self.names_no_one(token)
    }

    /// A token that ends with a credit label of two characters or more (`某都记者`: an
    /// outlet's short name glued to it; `本站作者`), which names no writer.
    fn ends_with_credit_label(&self, token: &str) -> bool {
        token.char_indices().skip(1).any(|(i, _)| {
            token[i..].chars().count() >= 2
                && matches!(
                    self.kinds.get(&token[i..]),
                    Some(
                        LabelKind::Reporter
                            | LabelKind::Author
                            | LabelKind::Correspondent
                            | LabelKind::Editor
                            | LabelKind::Photo
                    )
                )
        })
    }

    /// The outlet's name without an edition word after it: `周口日报数字报` → `周口日报`
    /// (the name itself when nothing of at least two characters would remain).
    pub fn strip_edition<'t>(&self, name: &'t str) -> &'t str {
        let edition = self.editions.iter().filter(|e| name.ends_with(e.as_str())).max_by_key(|e| e.len());
        match edition {
            Some(e) if name[..name.len() - e.len()].chars().count() >= 2 => &name[..name.len() - e.len()],
            _ => name,
        }
    }

    /// Whether `s` opens with a source label and its colon (`来源：`, `稿源:`, `转自：`): the
    /// outlet note that may be glued after a paragraph's last sentence.
    pub fn opens_source_note(&self, s: &str) -> bool {
        self.label_re.captures(s).is_some_and(|c| {
            c.get(0).is_some_and(|m| m.start() == 0)
                && c.name("colon").is_some()
                && matches!(self.label_kind(&c["label"]), Some((_, LabelKind::Source | LabelKind::Repost)))
        })
    }

    /// Whether a token names a media outlet (ends like `…报`, `…网`, `…新闻`), possibly with an
    /// edition word after it (`…日报电子版`).
    pub fn is_outlet(&self, token: &str) -> bool {
        let token = self.strip_edition(token);
        if self.known_outlets.contains(token) {
            return true;
        }
        // Counted only for a token ending in an outlet's suffix (most end in none).
        let n = || token.chars().count();
        // A common word ending the token (`信息平台`, `疫情通报`) outweighs a shorter suffix.
        let word = || self.not_outlets.longest_suffix(token).unwrap_or(0);
        self.outlet_suffixes.iter().any(|suf| {
            if !token.ends_with(suf.as_str()) {
                return false;
            }
            let (n, k) = (n(), suf.chars().count());
            n <= 20 && n > k && suf.len() > word() && (k > 1 || n >= 3 && han_before_suffix(token, suf))
        })
    }

    /// Where an outlet glued before a label starts when outlets joined by `·` name it
    /// (`某某网·某某新闻记者` → `某某网·某某新闻`): `run`, moved back over each outlet before a `·`.
    fn outlet_chain_start(&self, s: &str, mut run: usize) -> usize {
        while let Some(head) = s[..run].strip_suffix('·') {
            let from = word_run_start(head);
            if !self.is_outlet(&head[from..]) {
                break;
            }
            run = from;
        }
        run
    }

    /// Tokens with two names joined by a conjunction split in two (`张三和李四` → `张三`,
    /// `李四`), where both sides are names opening with a surname.
    fn split_joined_names(&self, s: &str, tokens: Vec<Span>) -> Vec<Span> {
        let mut out = Vec::with_capacity(tokens.len());
        for t in tokens {
            match self.joined_names(&s[t.range()]) {
                Some((i, j)) => out.extend([Span::new(t.start, t.start + i), Span::new(t.start + j, t.end)]),
                None => out.push(t),
            }
        }
        out
    }

    /// Where the conjunction joining two surnamed names in `tok` starts and ends.
    fn joined_names(&self, tok: &str) -> Option<(usize, usize)> {
        self.and_words.iter().find_map(|w| {
            match_starts(tok, w)
                .map(|i| (i, i + w.len()))
                .find(|&(i, j)| self.is_surnamed_person(&tok[..i]) && self.is_surnamed_person(&tok[j..]))
        })
    }

    /// Whether `token` is an outlet's abbreviation (`央视`).
    fn is_outlet_abbreviation(&self, token: &str) -> bool {
        self.outlet_abbreviations.iter().any(|a| a == token)
    }

    /// A two-character masthead (`某报`: a one-character name and a one-character outlet
    /// ending), which [`Self::is_outlet`] leaves out as too short to tell from a word: only
    /// glued before a reporter label at the start of a line (`某报记者 张三`). A generic word
    /// (`日报`, `通报`) is none.
    fn is_short_masthead(&self, token: &str) -> bool {
        let mut chars = token.chars();
        let (Some(first), Some(last), None) = (chars.next(), chars.next(), chars.next()) else { return false };
        let mut end = [0u8; 4];
        let end: &str = last.encode_utf8(&mut end);
        is_han(first)
            && self.outlet_suffixes.iter().any(|suf| suf == end)
            && !self.outlet_suffixes.iter().any(|suf| suf == token)
            && self.not_outlets.longest_suffix(token).is_none()
            && !self.self_references.iter().any(|r| r == token)
            && !references_outlet(first)
    }

    /// A word that points at an outlet without naming it, glued before a reporter label:
    /// a bare outlet ending (`日报记者`, `电视台记者`) or a deictic head before one (`该社记者`,
    /// `该报记者`, `我台记者`). The label credits the person; the word names no source.
    fn is_outlet_reference(&self, token: &str) -> bool {
        let is_suffix = |t: &str| self.outlet_suffixes.iter().any(|suf| suf == t);
        // The kind a self-reference names (`本刊` → `刊`) is an outlet's kind too (`该刊记者`).
        let is_kind = |t: &str| !t.is_empty() && self.self_references.iter().any(|r| r.ends_with(t));
        let mut chars = token.chars();
        let Some(first) = chars.next() else { return false };
        is_suffix(token)
            || self.self_references.iter().any(|r| r == token)
            || references_outlet(first) && (is_suffix(chars.as_str()) || is_kind(chars.as_str()))
    }

    /// A name with an edition word after it (`大河客户端`): an outlet's channel.
    fn is_edition_outlet(&self, token: &str) -> bool {
        let stripped = self.strip_edition(token);
        stripped.len() < token.len() && stripped.chars().all(is_han)
    }

    /// Reads the value of a label hit; people credited after an outlet-glued label
    /// (`人民日报记者 李四`) work for that outlet.
    fn interpret_hit(&self, s: &str, base: usize, value: Span, h: &LabelHit<'_>, out: &mut MetaLine) {
        let before = out.bylines.len();
        self.interpret(s, base, value, h.kind, h.label, out);
        if let Some(o) = h.outlet {
            let field = Field::new(&s[o.range()], o.shift(base));
            // A correspondent works elsewhere: the paper that names him is no source of his.
            if h.kind != LabelKind::Correspondent {
                out.sources.push(SourceMention::new(field.clone(), SourceRank::AuthorOutlet));
            }
            for b in &mut out.bylines[before..] {
                b.credit.organization.get_or_insert_with(|| field.clone());
            }
        }
    }

    /// [`Self::interpret`] for a source or repost field: the outlets it names (a list of
    /// them, one body, a contributor), and people credited in it as writers.
    fn interpret_source(
        &self,
        s: &str,
        base: usize,
        value: Span,
        tokens: Vec<Span>,
        (rank, label): (SourceRank, &str),
        out: &mut MetaLine,
    ) {
        let field = |t: Span| Field::new(&s[t.range()], t.shift(base));
        if let Some(listed) = self.listed_outlets(s, value) {
            out.sources.push(SourceMention::new(self.outlet_field(s, listed.shift(base), listed), rank));
            return;
        }
        let tokens: Vec<Span> = tokens.into_iter().filter(|t| !self.names_no_outlet(&s[t.range()])).collect();
        let contributor = |t: &Span| label.starts_with(CONTRIBUTOR_LABEL) && self.contributing_person(&s[t.range()]);
        // The outlets' names without a button glued after them (`某某晚报举报`).
        let values: Vec<Span> =
            tokens.iter().map(|&t| within_title_marks(s, self.without_glued_widget(s, t))).collect();
        let mut outlets: Vec<Span> = values.iter().copied().filter(|t| self.is_outlet(&s[t.range()])).collect();
        if outlets.is_empty() {
            // One institution named as source (`来源：国家卫生健康委员会`, `来源：央视`); a
            // person named as contributor is none (`供稿：张晓明`, nor an author below).
            let body = |t: &Span| !contributor(t) && (values.len() == 1 || !is_name(&s[t.range()]));
            if let Some(&t) = values.iter().find(|t| body(t)) {
                outlets.push(t);
            }
        }
        let org = outlets.first().map(|&t| field(t));
        for &t in &outlets {
            out.sources.push(SourceMention::new(self.outlet_field(s, t.shift(base), t), rank));
        }
        for &t in tokens.iter().filter(|&&t| {
            self.is_person(&s[t.range()]) && !outlets.contains(&t) && !bracketed(s, t) && !contributor(&t)
        }) {
            out.bylines.push(Byline {
                credit: Credit { name: field(t), role: "作者".into(), organization: org.clone() },
                kind: LabelKind::Author,
            });
        }
    }

    /// Reads the value `value` (a span of `s`, which starts at byte `base` of the text) of
    /// a field of kind `kind` into `out`.
    fn interpret(&self, s: &str, base: usize, value: Span, kind: LabelKind, label: &str, out: &mut MetaLine) {
        if value.is_empty() || matches!(kind, LabelKind::Time | LabelKind::Update | LabelKind::Ignore) {
            return;
        }
        let tokens = self.split_joined_names(s, join_spaced_chars(s, tokens(s, value)));
        let field = |t: Span| Field::new(&s[t.range()], t.shift(base));
        match kind {
            LabelKind::Source | LabelKind::Repost => {
                let rank = if kind == LabelKind::Source { SourceRank::Source } else { SourceRank::Repost };
                self.interpret_source(s, base, value, tokens, (rank, label), out);
            }
            _ => {
                let with_org = matches!(kind, LabelKind::Author | LabelKind::Reporter);
                let org = tokens.iter().copied().find(|t| self.is_outlet(&s[t.range()])).map(field);
                if with_org {
                    if let Some(o) = &org {
                        let person = tokens.iter().any(|t| self.is_person(self.without_credit_suffix(&s[t.range()])));
                        let rank = if person { SourceRank::AuthorOutlet } else { SourceRank::AuthorSite };
                        out.sources.push(SourceMention::new(o.clone(), rank));
                    }
                }
                let named = tokens.iter().filter(|t| self.is_person(self.without_credit_suffix(&s[t.range()]))).count();
                out.unit_authors.extend(self.unit_author(s, &tokens, named, kind, label).map(field));
                for (i, &t) in tokens.iter().enumerate().filter(|&(_, &t)| !bracketed(s, t)) {
                    let t = Span::new(t.start, t.start + self.without_credit_suffix(&s[t.range()]).len());
                    let tok: String = s[t.range()].split_whitespace().collect();
                    let handle = kind == LabelKind::Editor && tokens.len() == 1 && self.is_handle(&tok);
                    if self.is_person(&tok) || handle {
                        // `张三/文 王五/摄` in a byline: that name took the pictures. (`王五 图/文`
                        // is text and pictures by him; a lone `记者王五/摄影` wrote and shot it;
                        // `王五 图/某机构提供` opens the next credit.)
                        let label_at = |k: usize| tokens.get(k).and_then(|n| self.kinds.get(&s[n.range()]));
                        // (`王五/图` after a slash says the same.)
                        let slashed = |n: &Span| matches!(s[tokens[i].end..n.start].trim(), "/" | "／");
                        let shot_mark = tokens.get(i + 1).is_some_and(|n| {
                            matches!(&s[n.range()], "摄" | "摄影") || &s[n.range()] == "图" && slashed(n)
                        });
                        let photo = with_org && shot_mark && named > 1 && label_at(i + 2) != Some(&LabelKind::Author);
                        let kind = if photo { LabelKind::Photo } else { kind };
                        out.bylines.push(Byline {
                            credit: Credit {
                                name: Field::new(&tok, t.shift(base)),
                                role: kind.role(label),
                                organization: if with_org { org.clone() } else { None },
                            },
                            kind,
                        });
                    }
                }
            }
        }
    }
}

/// Whether the dates of a line without labels stand apart from any text (`2021年3月16日 ★
/// 上海`): no Han character touches a date, and at most 16 other characters (page fields
/// aside) and no comma are left.
fn stands_apart(content: &str, base: usize, dates: &[Stamp], pages: &[Span]) -> bool {
    let mut rest = 0;
    let mut last = 0;
    let mut comma = false;
    let mut outside = |piece: &str| {
        comma |= piece.contains(['，', ',']);
        piece.chars().filter(|c| !c.is_whitespace()).count()
    };
    for d in dates {
        let (s, e) = (d.span.start - base, d.span.end - base);
        let before = content[..s].chars().next_back();
        let after = content[e..].chars().next();
        // (A date with its time ending the line may follow a name: `某某号2024-05-06 10:30`.)
        let named = before.is_some_and(is_han) && after.is_none() && d.iso.contains('T');
        if (before.is_some_and(is_han) && !named) || after.is_some_and(is_han) {
            return false;
        }
        rest += outside(&content[last..s]);
        last = e;
    }
    rest += outside(&content[last..]);
    rest -= pages.iter().map(|p| content[p.range()].chars().filter(|c| !c.is_whitespace()).count()).sum::<usize>();
    // (A comma inside a stamp sets off its time: `2026年3月10日，10:41`.)
    rest <= 16 && !comma
}

/// A printed date, with an optional weekday and time: `2024年5月1日 10:21`, `2024-05-01`,
/// day first as Hong Kong and Macau print it (`01/05/2024 10:21`),
/// ROC (`民国113年5月1日`, `113/05/01`) and Chinese-numeral (`二〇二四年五月一日`) dates, and
/// a two-digit year before the time (`18-03-08 23:16`); a bar may stand between the day and
/// the time (`2024.05.01 | 10:21`).
fn date_regex() -> Regex {
    let zones: Vec<String> = TIME_WORDS.keyed("zone").iter().map(|r| regex::escape(r.word())).collect();
    Regex::new(&format!(
        concat!(
            r"(?:(?P<y>\d{{4}})\s*(?:年|[-/.．])\s*(?P<m>\d{{1,2}})\s*(?:月|[-/.．])\s*(?P<d>\d{{1,2}})(?P<ri>\s*日)?",
            r"|(?P<ed>\d{{1,2}})[/.](?P<em>\d{{1,2}})[/.](?P<ey>\d{{4}}))",
            r"(?:\s*(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?|[（(][一二三四五六日天][)）]))?",
            // The clock time, after a bar, a comma or a time zone's name (`2026年3月10日, 北京时间10:41`).
            r"(?:\s*(?:[|｜丨]\s*|T|[,，]\s*)?(?:(?:{zones})\s*)?(?P<ap>上午|下午|中午|晚上|凌晨|早上)?\s*(?P<H>\d{{1,2}})\s*[:：时]\s*(?P<M>\d{{2}})(?:\s*[:：分]\s*(?P<S>\d{{2}}))?(?:\s*[分秒])?)?",
            r"|(?P<roc>(?:中华|中華)?(?:民国|民國))?\s*(?P<ry>\d{{2,3}})\s*年\s*(?P<rm>\d{{1,2}})\s*月\s*(?P<rd>\d{{1,2}})\s*日",
            r"|(?P<ry2>1\d{{2}})[-/.](?P<rm2>\d{{1,2}})[-/.](?P<rd2>\d{{1,2}})",
            r"|(?P<yy>\d{{2}})-(?P<ym>\d{{1,2}})-(?P<yd>\d{{2}})\s*(?P<yH>\d{{1,2}}):(?P<yM>\d{{2}})",
            r"|(?P<cy>[〇零○一二三四五六七八九]{{4}})\s*年\s*(?P<cm>十[一二]?|[一二三四五六七八九])\s*月\s*(?P<cd>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*日",
        ),
        zones = zones.join("|")
    ))
    .expect("date regex")
}

/// The outlets `lexicon/named_bodies.txt` lists by name (its `media` rows).
fn known_outlets() -> HashSet<String> {
    NAMED_BODIES.rows().filter(|r| r.field(1) == Some("media")).map(|r| r.word().to_string()).collect()
}

/// Longest credit run read before a reporting verb or inside brackets opening a paragraph.
const MAX_OPENING_CREDIT_CHARS: usize = 40;

/// A dateline at the start of a paragraph: `新华社北京3月5日电（记者…）`, `某某网讯` (`专讯`), also in
/// brackets (`〔本报讯〕`: the brackets are no part of the agency), and an outlet's report
/// mark set off by a colon or a space (`某某卫视杭州报道：`, `某某电视台消息 `).
fn dateline_regex() -> Regex {
    Regex::new(concat!(
        r"^[【〔［\[]?(?P<agency>[^\s，。：:；（()）“”【】〔〕［］\[\]]{2,20}?)\s*(?:(?P<dian>\d{1,2}月\d{1,2}日\s*电|电(?:[】〕］\]\s]|$))|(?:\d{1,2}月\d{1,2}日\s*)?专?讯|\d{1,2}月\d{1,2}日\s*消息|(?P<mark>消息|报道|报导)(?:[：:]|\s))[】〕］\]]?",
        r"\s*(?:[（(](?P<inner>[^（()）。]{1,40})[）)])?"
    ))
    .expect("dateline regex")
}

/// Whether the label `h`, printed with no value, gives its role to the reporter label `next`
/// right after it (`图/本报记者 王五`: the reporter took the pictures).
fn carries_into(h: &LabelHit<'_>, next: &LabelHit<'_>) -> bool {
    next.kind == LabelKind::Reporter
        && next.outlet.is_none()
        && matches!(h.kind, LabelKind::Photo | LabelKind::Correspondent)
}

/// Running text that trails off in a full ellipsis after a clause: `……` at the end and a
/// clause comma before it (`记者从某局获悉……`). A teaser's `...` or lone `…` is not this.
pub(super) fn trails_off(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with("……") && t.contains('，') && t.chars().filter(|&c| is_han(c)).count() >= 10
}

/// Whether `s` has a sentence stop: `。！？` or a trailing-off `……` ([`trails_off`]), not a
/// `？` glued between two Han characters, which stands for a character lost in transcoding
/// (`江城？日报`).
fn has_sentence_stop(s: &str) -> bool {
    if trails_off(s) {
        return true;
    }
    let mut prev = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let stop = match c {
            '。' | '！' | '!' => true,
            '？' | '?' => !(prev.is_some_and(is_han) && chars.peek().is_some_and(|&n| is_han(n))),
            _ => false,
        };
        if stop {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Characters a label needs to be read where it is glued to the text before it (with its
/// colon): `责任编辑：`, `发布时间：`, not `编辑：` inside `主编辑：`.
const GLUED_LABEL_CHARS: usize = 4;

/// The mark a paper prints before its writers' names (`□ 张三`, `□本报记者 李四`).
const BYLINE_MARK: char = '□';

/// Strips list bullets and one pair of brackets wrapping the whole line; returns the byte
/// offset of what is left.
fn unwrap_line(line: &str) -> (usize, &str) {
    let mut off = crate::markers::list_marker_len(line).unwrap_or(0);
    let mut content = &line[off..];
    for (open, close) in [('（', '）'), ('(', ')'), ('【', '】'), ('[', ']'), ('［', '］'), ('〔', '〕')] {
        if content.starts_with(open) && content.ends_with(close) && content.len() > open.len_utf8() + close.len_utf8() {
            let inner = &content[open.len_utf8()..content.len() - close.len_utf8()];
            if !inner.contains([open, close]) {
                off += open.len_utf8();
                content = inner;
                break;
            }
        }
    }
    let lead = content.len() - content.trim_start().len();
    (off + lead, content.trim())
}

/// Longest value (chars) of a field read without a colon whose value is dropped.
const MAX_IGNORED_VALUE_CHARS: usize = 8;

/// Whether `next`, after an `ignore` label `key` printed without a colon, is that field's
/// value: a count (`阅读 1234`), or a short value after a label of three characters or more
/// (`发表于江苏`, `IP属地 浙江`).
fn ignored_field(key: &str, next: &str) -> bool {
    let n = next.chars().count();
    (n > 0 && next.chars().all(|c| c.is_ascii_digit()))
        || (key.chars().count() >= 3 && (1..=MAX_IGNORED_VALUE_CHARS).contains(&n) && next.chars().all(is_han))
}

/// Whether the character before the one-character outlet suffix `suf` ending `token` is
/// Han: `某某晚报`, `健康号`, not a house number (`建设路88号`) or a code (`A3台`).
fn han_before_suffix(token: &str, suf: &str) -> bool {
    token[..token.len() - suf.len()].chars().next_back().is_some_and(is_han)
}

/// A credited name without the staff code a portal glues after it (`王某某_NB1234`): the
/// name where `_` and ASCII letters and digits end the token.
fn without_staff_code(tok: &str) -> &str {
    match tok.rsplit_once('_') {
        Some((name, code))
            if !name.is_empty() && !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            name
        }
        _ => tok,
    }
}

/// Whether `s` opens with a division's name of two characters or more (`台北即时`).
fn opens_with_place(s: &str) -> bool {
    let g = gazetteer();
    s.char_indices().skip(2).map(|(i, _)| i).chain(std::iter::once(s.len())).any(|i| !g.lookup(&s[..i]).is_empty())
}

/// `s[start..end]` without surrounding whitespace and separators.
/// Where the longest division name (full name or short form, two characters or more) that
/// ends `s` starts, leaving at least one character before it (the agency).
fn place_suffix(s: &str) -> Option<usize> {
    let g = gazetteer();
    s.char_indices().skip(1).map(|(i, _)| i).find(|&i| {
        let w = &s[i..];
        w.chars().count() >= 2 && g.lookup(w).iter().any(|e| e.form != Form::Abbreviation)
    })
}

/// Most characters of a headline printed before a dated line's fields (the line then needs a
/// label as well as a date: `标题 2024-03-12 来源：某报`).
const MAX_HEAD_CHARS: usize = 40;

/// Most characters before a metadata line's first field: an account's name before its
/// header (`某某刀 2024-03-12`), a headline before a dated and labelled line, else a short
/// prefix (a channel, a masthead).
fn max_prefix(account: bool, headline: bool) -> usize {
    match (account, headline) {
        (true, _) => 32,
        (false, true) => MAX_HEAD_CHARS,
        (false, false) => 16,
    }
}

/// Fewest Han characters of a headline printed before a dated line's fields: shorter text
/// there is a site, channel or account name.
const MIN_HEAD_HAN: usize = 8;

/// Whether the text before a dated line's first field is headline-shaped: at least
/// [`MIN_HEAD_HAN`] Han characters, mostly Han, no comma.
fn headline_head(prefix: &str) -> bool {
    let han = prefix.chars().filter(|&c| is_han(c)).count();
    han >= MIN_HEAD_HAN && 2 * han >= prefix.chars().count() && !prefix.contains(['，', ','])
}

/// The contributor's label (`供稿`, `供稿人`): its value is a source, but a person's name
/// there is none, nor an author ([`MetaParser::contributing_person`]).
const CONTRIBUTOR_LABEL: &str = "供稿";

/// The reporter's role word that ends longer reporter labels (`融媒记者`, `全媒体记者`).
const REPORTER: &str = "记者";

/// Where the run of characters ending `s` starts: after the last space or separator.
fn word_run_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || SEPARATORS.contains(&c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

fn trim_span(s: &str, start: usize, end: usize) -> Span {
    let v = s.get(start..end).unwrap_or("");
    let is_sep = |c: char| c.is_whitespace() || SEPARATORS.contains(&c);
    let lead = v.len() - v.trim_start_matches(is_sep).len();
    let core = v.trim_matches(is_sep);
    Span::new(start + lead, start + lead + core.len())
}

/// The token `t` of `s` without the title marks around it all (`来源：《某某日报》` → `某某日报`):
/// marks of the page, no part of the outlet's name.
fn within_title_marks(s: &str, t: Span) -> Span {
    let v = &s[t.range()];
    match v.strip_prefix('《').and_then(|r| r.strip_suffix('》')) {
        Some(inner) if !inner.is_empty() && !inner.contains(['《', '》']) => {
            Span::new(t.start + '《'.len_utf8(), t.end - '》'.len_utf8())
        }
        _ => t,
    }
}

/// Whether the token `t` of `s` is set in square brackets of its own (`【打印本页】`,
/// `[关闭]`): a page widget beside a byline, not a name.
fn bracketed(s: &str, t: Span) -> bool {
    s[..t.start].trim_end().ends_with(['【', '[']) && s[t.end..].trim_start().starts_with(['】', ']'])
}

/// Tokens of a value, split on whitespace and list separators.
fn tokens(s: &str, value: Span) -> Vec<Span> {
    let v = value.slice(s);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in v.char_indices().chain(std::iter::once((v.len(), ' '))) {
        // `·` joins transliterated names; a hyphen joins outlet names (`人民网-人民日报`).
        let sep = c.is_whitespace() || SEPARATORS.contains(&c) && !matches!(c, '·' | '-' | '—');
        match (sep, start) {
            (true, Some(st)) => {
                out.push(Span::new(value.start + st, value.start + i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// The tokens of `content` outside the `covered` spans, one list per stretch between them.
fn uncovered_gaps(content: &str, mut covered: Vec<Span>) -> impl Iterator<Item = Vec<Span>> + '_ {
    covered.sort();
    covered.push(Span::new(content.len(), content.len()));
    let mut at = 0;
    covered.into_iter().filter_map(move |c| {
        let gap = (c.start > at).then(|| tokens(content, Span::new(at, c.start)));
        at = at.max(c.end);
        gap
    })
}

/// Tokens with two one-character tokens apart by spaces only joined into one, as bylines
/// space out a two-character name (`唐 倩`).
fn join_spaced_chars(s: &str, tokens: Vec<Span>) -> Vec<Span> {
    let single = |t: &Span| s[t.range()].chars().count() == 1 && s[t.range()].chars().all(is_han);
    let mut out: Vec<Span> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        match tokens.get(i + 1) {
            Some(&n) if single(&t) && single(&n) && s[t.end..n.start].trim().is_empty() => {
                out.push(Span::new(t.start, n.end));
                i += 2;
            }
            _ => {
                out.push(t);
                i += 1;
            }
        }
    }
    out
}

/// A personal name as bylines print them: 2–4 Han characters, or a transliterated name
/// with `·` (`买买提·艾力`).
pub(crate) fn is_name(t: &str) -> bool {
    let n = t.chars().count();
    if t.contains('·') {
        return (3..=12).contains(&n) && t.split('·').all(|p| !p.is_empty() && p.chars().all(is_han));
    }
    (2..=4).contains(&n) && t.chars().all(is_han)
}

/// The labels of `lexicon/meta_labels.txt` with their kinds, and the regex finding them
/// (longest first), with the colon or slash after them.
fn label_table() -> (HashMap<String, LabelKind>, Regex) {
    let mut kinds = HashMap::default();
    for row in META_LABELS.rows() {
        kinds.insert(row.word().to_string(), META_LABELS.variant::<LabelKind>(row, 1));
    }
    let mut labels: Vec<&String> = kinds.keys().collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    let alternation = labels.iter().map(|l| label_pattern(l)).collect::<Vec<_>>().join("|");
    let label_re = Regex::new(&format!(
        r"(?P<label>{alternation})(?:(?P<colon>\s*[:：]|】[:：]?)|(?P<slash>\s*[/／|｜丨＝=]))?\s*"
    ))
    .expect("label regex");
    (kinds, label_re)
}

/// A label glued after a Han character or a digit that still starts a field: a long label
/// with its colon, ending the value before it (`…参保人数责任编辑：张三`). (A label after a
/// publication stamp does too, `2024-05-06 10:30来源：某某日报`, not after any number:
/// `编号12来源：`; see [`MetaParser::ends_with_stamp`].)
fn long_glued_label(key: &str, colon: bool) -> bool {
    key.chars().count() >= GLUED_LABEL_CHARS && colon
}

/// A counter's label (kind `Ignore`) with its colon glued after another field's value
/// (`after_field`), closing the line (`rest`) with its number or none: it starts a field
/// (`作者：宣传科浏览量：`, inline spans run together; a line's first label does not:
/// `咨询电话：12320` is text).
fn closing_counter(kind: LabelKind, after_field: bool, rest: &str) -> bool {
    kind == LabelKind::Ignore && after_field && rest.trim().chars().all(|c| c.is_ascii_digit())
}

/// The pattern of a label: a two-character one may be printed with spaces between its
/// characters, as government pages pad it to the width of the four-character labels beside
/// it (`作　者：张三　发布时间：…`, `来 源：某某日报`); such a label needs its colon
/// ([`MetaParser::label_kind`]).
fn label_pattern(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    match chars[..] {
        [a, b] if is_han(a) && is_han(b) => {
            let (a, b) = (regex::escape(&a.to_string()), regex::escape(&b.to_string()));
            format!(r"{a}[ \t\x{{3000}}]{{0,4}}{b}")
        }
        _ => regex::escape(label),
    }
}

/// The hour on the 24-hour clock of `h` printed after a part of the day (`下午3:30` → 15).
fn afternoon_hour(part: Option<&str>, h: u32) -> u32 {
    match part {
        Some("下午" | "晚上") if h < 12 => h + 12,
        Some("中午") if h < 3 => h + 12,
        _ => h,
    }
}

/// A date printed over two lines, the year alone over the month and day (`2024` over
/// `05/17` or `05-17`, a calendar leaf beside the headline): its stamp, spanning both lines.
pub(crate) fn split_date(year: &str, day: &str, span: Span) -> Option<Stamp> {
    const YEARS: std::ops::RangeInclusive<u32> = 1990..=2099;
    // ASCII digits, at most `most` of them.
    let number = |s: &str, most: usize| {
        (!s.is_empty() && s.len() <= most && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let y = number(year, 4)?;
    let (m, d) = day.split_once(['/', '-', '.'])?;
    let (m, d) = (number(m, 2)?, number(d, 2)?);
    (YEARS.contains(&y) && (1..=12).contains(&m) && (1..=days_in(y, m)).contains(&d))
        .then(|| Stamp { iso: format!("{y}-{m:02}-{d:02}"), span })
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32).or(match c {
        '零' | '○' => Some(0),
        _ => None,
    })
}

fn chinese_year(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| digit(c).map(|d| acc * 10 + d))
}

/// `十二` → 12, `二十三` → 23, `三十一` → 31, `五` → 5.
fn chinese_number(s: &str) -> Option<u32> {
    match s.split_once('十') {
        Some((tens, ones)) => {
            let t = if tens.is_empty() { 1 } else { digit(tens.chars().next()?)? };
            let o = if ones.is_empty() { 0 } else { digit(ones.chars().next()?)? };
            Some(t * 10 + o)
        }
        None => digit(s.chars().next()?),
    }
}

/// Where a label glued after a short qualifier word starts (`职工通讯员 张三`, `学生通讯员
/// 李四`: a correspondent of some kind, the word opening the field after a space, a separator
/// or the line start); `None` when the word before the label is no short Han word.
fn qualified_label(s: &str, label_at: usize) -> Option<usize> {
    const MAX_QUALIFIER_CHARS: usize = 4;
    let run = s[..label_at]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || SEPARATORS.contains(&c) || matches!(c, '（' | '(' | '：' | ':'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &s[run..label_at];
    (word.chars().count() <= MAX_QUALIFIER_CHARS && word.chars().all(is_han)).then_some(run)
}

/// Where the post of a reporter glued before the label starts (`某某日报驻临江` → at `驻`):
/// `驻` and one to four Han characters of a place ending the word, after two characters or
/// more.
fn posted_at(word: &str) -> Option<usize> {
    const MAX_POST_CHARS: usize = 4;
    let k = word.rfind('驻')?;
    let place = &word[k + '驻'.len_utf8()..];
    let n = place.chars().count();
    (word[..k].chars().count() >= 2 && (1..=MAX_POST_CHARS).contains(&n) && place.chars().all(is_han)).then_some(k)
}

/// Words of a site's statement on what it reposts (`转载`, `不代表本站观点`).
pub(super) const REPOST_STATEMENT_WORDS: [&str; 6] = ["转载", "转自", "不代表", "立场", "仅供参考", "版权"];

/// A note's first clause, where a statement on the repost follows it (`本文转载自某某日报，
/// 版权归原作者所有。`): the clause that names the outlet.
fn repost_note_clause(note: &str) -> &str {
    match note.split_once(['，', ',']) {
        Some((head, rest)) if REPOST_STATEMENT_WORDS.iter().any(|w| rest.contains(w)) => head,
        _ => note,
    }
}

/// What a reporter's filing place opens with after the names (`记者 张三 发自临江`): no name.
const FILED_FROM: &str = "发自";

/// A member of a list without the `等` (and others) closing it.
fn without_etc(part: &str) -> &str {
    part.strip_suffix('等').unwrap_or(part)
}

/// Whether a field that a bar or slash labels is the line's only one (`来源丨健康周刊` on a
/// line of its own): the label opens the line (`before` it is blank) and its value, Han
/// characters only, runs to the line's end (`rest`, whose first token is `next`).
fn lone_value(before: &str, rest: &str, next: &str) -> bool {
    const MAX_VALUE_CHARS: usize = 16;
    before.trim().is_empty()
        && rest.trim() == next
        && (2..=MAX_VALUE_CHARS).contains(&next.chars().count())
        && next.chars().all(is_han)
}

/// The `day` words of `lexicon/relative_days.txt` from three days ago to today, of two
/// characters or more (`今天`, `昨天`, `前天`; not a bare `昨`).
fn recent_days() -> Vec<String> {
    RELATIVE_DAYS
        .rows()
        .filter(|r| r.field(1) == Some("day") && r.word().chars().count() >= 2)
        .filter(|r| {
            r.field(2)
                .and_then(|o| o.trim_start_matches('+').parse::<i32>().ok())
                .is_some_and(|o| (-3..=0).contains(&o))
        })
        .map(|r| r.word().to_string())
        .collect()
}

/// Words asking the reader to follow an account (`关注`): `[calls]` of `outlet_notes.txt`.
static FOLLOW_CALLS: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| OUTLET_NOTES.word_set("calls"));

/// The field of token `t` of `content`, a line at `base` of the text.
fn field_at(content: &str, t: Span, base: usize) -> Field {
    Field::new(&content[t.range()], t.shift(base))
}

/// A public account's header read by `account_header`: the account is the line's masthead
/// (once), and a named author writes for it.
fn push_account(content: &str, base: usize, author: Option<Span>, account: Span, out: &mut MetaLine) {
    let field = |t: Span| field_at(content, t, base);
    if !out.sources.iter().any(|m| m.outlet.span == account.shift(base)) {
        out.sources.push(SourceMention::new(field(account), SourceRank::Masthead));
    }
    if let Some(a) = author {
        out.bylines.push(Byline {
            credit: Credit { name: field(a), role: "作者".into(), organization: Some(field(account)) },
            kind: LabelKind::Author,
        });
    }
}

/// A name printed bare right after the paper on a dated line (`16:05 2026/04/11 某某時報
/// 蘇某某`): the paper's writer, an author.
fn masthead_writer(content: &str, base: usize, t: Span) -> Byline {
    Byline {
        credit: Credit {
            name: Field::new(&content[t.range()], t.shift(base)),
            role: "作者".into(),
            organization: None,
        },
        kind: LabelKind::Author,
    }
}

/// Authors without an outlet of their own take the line's source (`作者: 陈斯斯 来源: 澎湃新闻`).
fn authors_take_line_source(out: &mut MetaLine) {
    if let Some(m) = out.sources.iter().filter(|m| m.rank <= SourceRank::Repost).min_by_key(|m| m.rank) {
        let outlet = m.outlet.clone();
        for b in &mut out.bylines {
            if matches!(b.kind, LabelKind::Author | LabelKind::Reporter) && b.credit.organization.is_none() {
                b.credit.organization = Some(outlet.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Option<MetaLine> {
        MetaParser::new().parse_line(line, Span::new(0, line.len()))
    }

    fn dateline_place(para: &str) -> Option<String> {
        MetaParser::new().dateline_place(para, Span::new(0, para.len())).map(|f| {
            assert_eq!(f.span.slice(para), f.text);
            f.text
        })
    }

    #[test]
    fn dateline_places() {
        for (para, place) in [
            ("新华社长沙3月5日电（记者 张三）湖南省今年将新建一批社区医院。", Some("长沙")),
            ("中新网河南新闻12月23日电 (李四) 全省基层医疗机构……", Some("河南")),
            ("本报昆明讯（记者 王五）云南省卫生健康委近日发布……", Some("昆明")),
            ("（中央社记者陈小明高雄23日电）高雄市政府卫生局今天表示……", Some("高雄")),
            ("新华社3月5日电 全国卫生健康工作会议召开。", None),
            ("本报讯（记者 王五）近日，全市开展义诊。", None),
            ("今年以来全市新建社区卫生服务中心12家。", None),
        ] {
            assert_eq!(dateline_place(para).as_deref(), place, "{para}");
        }
    }

    fn isos(line: &str) -> Vec<(String, String)> {
        parse(line)
            .map_or(vec![], |m| m.stamps.iter().map(|s| (s.iso.clone(), s.span.slice(line).to_string())).collect())
    }

    #[test]
    fn stamp_layouts() {
        for (line, iso, printed) in [
            ("2025-05-23 22:08:50", "2025-05-23T22:08:50", "2025-05-23 22:08:50"),
            ("2025年12月23日 19:26", "2025-12-23T19:26", "2025年12月23日 19:26"),
            ("2024年05月23日 12:47   来源：中新网上海", "2024-05-23T12:47", "2024年05月23日 12:47"),
            ("发布时间: 2024/2/28 22:33:13", "2024-02-28T22:33:13", "2024/2/28 22:33:13"),
            ("2021年3月16日 ★ 上海", "2021-03-16", "2021年3月16日"),
            ("时间：2024-02-28", "2024-02-28", "2024-02-28"),
            ("2024.02.28 来源：健康报", "2024-02-28", "2024.02.28"),
            ("发布日期：民国113年5月23日", "2024-05-23", "民国113年5月23日"),
            ("113年5月23日 衛生福利部", "2024-05-23", "113年5月23日"),
            ("中华民国113年5月23日", "2024-05-23", "中华民国113年5月23日"),
            ("发布日期：113-05-23 点阅次数：1520", "2024-05-23", "113-05-23"),
            ("二〇二四年三月十五日", "2024-03-15", "二〇二四年三月十五日"),
            ("2024年3月5日 08时30分", "2024-03-05T08:30", "2024年3月5日 08时30分"),
            ("2024年5月23日 星期四 08:30", "2024-05-23T08:30", "2024年5月23日 星期四 08:30"),
            ("2024年5月23日（星期四）", "2024-05-23", "2024年5月23日"),
            ("更新时间：2024/05/23（四）上午10:32", "2024-05-23T10:32", "2024/05/23（四）上午10:32"),
            ("2024-05-23 (四) 10:32", "2024-05-23T10:32", "2024-05-23 (四) 10:32"),
            ("2024年5月23日 下午3:30", "2024-05-23T15:30", "2024年5月23日 下午3:30"),
            ("2024年5月23日 上午09:05", "2024-05-23T09:05", "2024年5月23日 上午09:05"),
            ("2024/05/23 晚上 8:15", "2024-05-23T20:15", "2024/05/23 晚上 8:15"),
            ("2024-05-23 中午12:10", "2024-05-23T12:10", "2024-05-23 中午12:10"),
            ("发布时间：2024-03-05T09:30:00+08:00", "2024-03-05T09:30:00", "2024-03-05T09:30:00"),
            ("2024-03-05T09:30", "2024-03-05T09:30", "2024-03-05T09:30"),
            ("2024.03.05 | 09:30 | 健康报", "2024-03-05T09:30", "2024.03.05 | 09:30"),
            ("2024-03-05 丨 09:30", "2024-03-05T09:30", "2024-03-05 丨 09:30"),
            ("07/03/2026 16:45", "2026-03-07T16:45", "07/03/2026 16:45"),
            ("上載日期：21/11/2025", "2025-11-21", "21/11/2025"),
            ("發佈時間：3/9/2026 上午9:05", "2026-09-03T09:05", "3/9/2026 上午9:05"),
            ("28.02.2026", "2026-02-28", "28.02.2026"),
            ("发布时间：18-03-08 23:16", "2018-03-08T23:16", "18-03-08 23:16"),
            ("发布时间：21-11-0507:40", "2021-11-05T07:40", "21-11-0507:40"),
        ] {
            assert_eq!(isos(line), vec![(iso.to_string(), printed.to_string())], "{line}");
        }
    }

    #[test]
    fn impossible_dates_are_not_stamps() {
        assert!(isos("2024-02-30").is_empty());
        assert!(isos("2024-13-01").is_empty());
        // Day first: the month is the middle number, unless it cannot be one.
        assert!(isos("30/02/2024").is_empty());
        assert_eq!(isos("05/13/2024"), vec![("2024-05-13".to_string(), "05/13/2024".to_string())]);
        assert!(isos("13/13/2024").is_empty());
    }

    #[test]
    fn two_digit_years_need_the_time() {
        // A yearless stamp stays none (`MM-DD HH:MM`), and so does a two-digit year without
        // its time.
        assert!(isos("发布时间：03-0812:00").is_empty());
        assert!(isos("发布时间：18-03-08").is_empty());
    }

    #[test]
    fn a_yearless_stamp_ends_the_field_before_it() {
        let fields = |line: &str| -> (Vec<String>, Vec<String>, usize) {
            let m = parse(line).unwrap();
            let sources = m.sources.iter().map(|s| s.outlet.text.clone()).collect();
            let names = m.bylines.iter().map(|b| format!("{}/{:?}", b.credit.name.text, b.kind)).collect();
            (sources, names, m.stamps.len())
        };
        // Glued to the value, with or without a space before the time: no part of it, no date.
        assert_eq!(fields("来源：湖川日报10-0812:00"), (vec!["湖川日报".to_string()], vec![], 0));
        assert_eq!(fields("作者：张晓明10-08 12:00"), (vec![], vec!["张晓明/Author".to_string()], 0));
        assert_eq!(fields("编辑：李青10-08 12:00:30"), (vec![], vec!["李青/Editor".to_string()], 0));
        assert_eq!(fields("来源：湖川日报 作者：张晓明 10-08 12:00").0, vec!["湖川日报".to_string()]);
        // A dated stamp stays the line's date; numbers that are no month and day stay text.
        assert_eq!(fields("来源：湖川日报2025-10-08 12:00"), (vec!["湖川日报".to_string()], vec![], 1));
        assert_eq!(fields("来源：湖川日报13-0812:00").0, vec!["湖川日报13-0812".to_string()]);
        assert_eq!(fields("来源：湖川日报10-0812:75").0, vec!["湖川日报10-0812".to_string()]);
    }

    #[test]
    fn labels_glued_after_a_date_and_timed_dates_after_a_name() {
        let m = parse("2024-05-06 10:30来源：江南日报作者：李明").unwrap();
        assert_eq!(m.stamps[0].iso, "2024-05-06T10:30");
        assert!(!m.sources.is_empty());
        let m = parse("2024年5月6日来源：江南日报").unwrap();
        assert_eq!(m.stamps[0].iso, "2024-05-06");
        assert_eq!(m.sources[0].outlet.text, "江南日报");
        // A label glued to a number that is no date starts no field.
        assert!(parse("编号12来源：江南日报").is_none_or(|m| m.sources.is_empty()));
        // An account's name, then its post's date and time.
        assert_eq!(parse("健康小站2024-05-06 10:30").unwrap().stamps[0].iso, "2024-05-06T10:30");
        assert!(parse("健康小站2024-05-06").is_none());
        assert!(parse("会议定于2024-05-06 10:30举行").is_none());
    }

    #[test]
    fn prose_is_not_meta() {
        assert!(parse("2024年2月28日，全市卫生健康工作会议召开。").is_none());
        assert!(parse("2024年2月28日上海市召开卫生健康工作会议").is_none());
        assert!(parse("记者：您如何看待这次改革？").is_none());
        assert!(parse("全市共有社区卫生服务中心248家").is_none());
    }

    /// Name, role and organization of every byline of `m`.
    fn credits(m: &MetaLine) -> Vec<(&str, &str, Option<&str>)> {
        m.bylines
            .iter()
            .map(|b| {
                (
                    b.credit.name.text.as_str(),
                    b.credit.role.as_str(),
                    b.credit.organization.as_ref().map(|o| o.text.as_str()),
                )
            })
            .collect()
    }

    #[test]
    fn nested_source_author_and_correspondents() {
        let line = "来源：作者：文汇报 唐闻佳 通讯员 刘念 朱靓";
        let m = parse(line).unwrap();
        let names = credits(&m);
        assert_eq!(names, vec![("唐闻佳", "作者", Some("文汇报")), ("刘念", "通讯员", None), ("朱靓", "通讯员", None)]);
        assert_eq!(m.sources.len(), 1);
        assert_eq!(m.sources[0].outlet.text, "文汇报");
        assert_eq!(m.sources[0].rank, SourceRank::AuthorOutlet);
        assert_eq!(m.bylines[0].credit.name.span.slice(line), "唐闻佳");
        assert_eq!(m.bylines[2].credit.name.span.slice(line), "朱靓");
    }

    #[test]
    fn one_line_byline_with_source_and_time() {
        let line = "作者: 陈斯斯 来源: 澎湃新闻 发布时间: 2024/2/28 22:33:13";
        let m = parse(line).unwrap();
        assert_eq!(m.sources[0].outlet.text, "澎湃新闻");
        assert_eq!(m.sources[0].rank, SourceRank::Source);
        assert_eq!(m.bylines.len(), 1);
        assert_eq!(m.bylines[0].credit.role, "作者");
        assert_eq!(m.bylines[0].credit.organization.as_ref().unwrap().text, "澎湃新闻");
        assert_eq!(m.stamps[0].iso, "2024-02-28T22:33:13");
    }

    #[test]
    fn a_post_header_dated_by_a_recent_day_names_its_account() {
        let sources = |line: &str| parse(line).map(|m| m.sources.iter().map(|s| s.outlet.text.clone()).collect());
        assert_eq!(sources("果壳说数码 昨天"), Some(vec!["果壳说数码".to_string()]));
        assert_eq!(sources("techfan 码农周刊 前天"), Some(vec!["码农周刊".to_string()]));
        let m = parse("周明远 健康早知道 今天").unwrap();
        assert_eq!(credits(&m), vec![("周明远", "作者", Some("健康早知道"))]);
        assert!(m.stamps.is_empty(), "a recent day is no publication date");
        // A person, a place, a phrase or a longer run before the day is no account's header.
        for line in ["周明远 昨天", "杭州 昨天", "我们说好了 明天", "一 二 三 昨天", "早知道，昨天"]
        {
            assert!(parse(line).is_none_or(|m| m.sources.is_empty()), "{line}");
        }
    }

    #[test]
    fn a_source_label_glued_to_its_value_in_a_row_of_bars() {
        let m = parse("发表于2023-04-02 10:15| 88次阅读| 来源ABCNews| 2 条评论| 作者周明远").unwrap();
        assert_eq!(m.sources.iter().map(|s| s.outlet.text.as_str()).collect::<Vec<_>>(), ["ABCNews"]);
        assert_eq!(m.bylines.iter().map(|b| b.credit.name.text.as_str()).collect::<Vec<_>>(), ["周明远"]);
        // Prose, or a row without a date or without bars, opens no glued source field.
        for line in ["2023-04-02 | 来源于网络 |", "来源ABC| 作者周明远", "2023-04-02 来源ABC 作者周明远"]
        {
            assert!(parse(line).is_none_or(|m| m.sources.is_empty()), "{line}");
        }
    }

    #[test]
    fn a_writer_and_the_outlet_parted_by_a_slash() {
        let m = parse("周明远/江南日报").unwrap();
        assert_eq!(credits(&m), vec![("周明远", "作者", Some("江南日报"))]);
        assert_eq!(m.sources[0].outlet.text, "江南日报");
        // The outlet first, then the writer and what they did (`某某日报 / 周明远 报导`).
        for line in ["江南日报 / 周明远 报导", "江南日报／周明远报道"] {
            assert_eq!(credits(&parse(line).unwrap()), vec![("周明远", "作者", Some("江南日报"))], "{line}");
        }
        for line in ["周明远/编辑", "江南日报/周明远", "图/江南日报", "周明远/江南日报/周刊"]
        {
            assert!(parse(line).is_none_or(|m| m.bylines.is_empty()), "{line}");
        }
    }

    #[test]
    fn an_author_role_glued_after_its_outlet() {
        let m = parse("【文/江南日报专栏作者 周明远】").unwrap();
        assert_eq!(credits(&m), vec![("周明远", "作者", Some("江南日报"))]);
        let m = parse("江南日报特约撰稿人 周明远").unwrap();
        assert_eq!(credits(&m), vec![("周明远", "作者", Some("江南日报"))]);
        // A two-character author label glued to a word is part of it; no outlet, no credit.
        for line in ["江南日报作者 周明远", "我们的专栏作者 周明远"] {
            assert!(parse(line).is_none_or(|m| m.bylines.is_empty()), "{line}");
        }
    }

    #[test]
    fn a_source_value_listing_bodies_is_kept_as_printed() {
        let first = |line: &str| parse(line).unwrap().sources[0].outlet.text.clone();
        assert_eq!(first("信息来源: 某某材料研究院、某某动力研究所等"), "某某材料研究院、某某动力研究所等");
        assert_eq!(first("来源：江南日报、江南晚报"), "江南日报、江南晚报");
        // A listed person is no outlet: the list is read token by token.
        assert_eq!(first("来源：江南日报、周明远"), "江南日报");
    }

    #[test]
    fn editor_lines() {
        let m = parse("编辑：张晓 | 审核：李强 | 终审：王芳").unwrap();
        let got: Vec<(&str, &str)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str())).collect();
        assert_eq!(got, vec![("张晓", "编辑"), ("李强", "审核"), ("王芳", "终审")]);
        let kinds: Vec<LabelKind> = m.bylines.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, vec![LabelKind::Editor, LabelKind::Staff, LabelKind::Staff]);
        let m = parse("• 责任编辑:李新贺").unwrap();
        assert_eq!(m.bylines[0].credit.name.text, "李新贺");
        let m = parse("文/记者 孙艳 图/王磊").unwrap();
        let got: Vec<(&str, &str)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str())).collect();
        assert_eq!(got, vec![("孙艳", "记者"), ("王磊", "摄影")]);
        assert!(parse("首页 | 图片 | 视频 | 专题").map_or(true, |m| m.bylines.is_empty()));
        let m = parse("新华社记者 王琳 李春").unwrap();
        let got = credits(&m);
        assert_eq!(got, vec![("王琳", "记者", Some("新华社")), ("李春", "记者", Some("新华社"))]);
        assert!(parse("这是记者 王琳").is_none());
        let m = parse("2024-05-23 12:47 联合报 / 记者张三／台北即时报导").unwrap();
        assert_eq!(m.sources, vec![SourceMention::new(Field::new("联合报", Span::new(17, 26)), SourceRank::Masthead)]);
        assert_eq!(m.bylines[0].credit.organization.as_ref().map(|o| o.text.as_str()), None);
        let m = parse("《 人民日报 》（ 2024年05月23日 第 13 版）").unwrap();
        assert_eq!(m.sources[0].outlet.text, "人民日报");
        assert_eq!(m.stamps[0].iso, "2024-05-23");
        let m = parse("作者：健康中国 编辑：办公室").unwrap();
        assert!(m.bylines.is_empty());
        let m = parse("来源：人民网-人民日报海外版 编辑：孙丽").unwrap();
        assert_eq!(m.sources[0].outlet.text, "人民网-人民日报海外版");
        let m = parse("来源｜健康报 作者｜钱文").unwrap();
        assert_eq!(m.sources[0].outlet.text, "健康报");
        assert_eq!(m.bylines[0].credit.name.text, "钱文");
    }

    #[test]
    fn datelines() {
        let p = MetaParser::new();
        let text = "中新网河南新闻12月23日电 (李海珠)近日，交流会在重庆举行。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        // The place (and 新闻) the report was filed from is no part of the outlet.
        assert_eq!(m.sources[0].outlet.text, "中新网");
        assert_eq!(m.bylines[0].credit.name.text, "李海珠");
        assert_eq!(m.bylines[0].credit.role, "作者");
        assert_eq!(m.bylines[0].credit.name.span.slice(text), "李海珠");
        let text = "新华社北京3月5日电（记者 张三 李四）国务院新闻办公室5日举行发布会。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.sources[0].outlet.text, "新华社");
        let got: Vec<(&str, &str)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str())).collect();
        assert_eq!(got, vec![("张三", "记者"), ("李四", "记者")]);
        let text = "本报讯（记者 王洁 通讯员 赵敏）近日，全省基层卫生工作会议召开。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert!(m.sources.is_empty());
        let got: Vec<(&str, &str)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str())).collect();
        assert_eq!(got, vec![("王洁", "记者"), ("赵敏", "通讯员")]);
        // A qualifier before 通讯员 (`职工通讯员`, `学生通讯员`) keeps them correspondents.
        let text = "本站讯（职工通讯员 孙晓燕 郑国华）近日，院内举行技能竞赛。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        let got: Vec<(&str, &str)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str())).collect();
        assert_eq!(got, vec![("孙晓燕", "通讯员"), ("郑国华", "通讯员")]);
        let text = "本报讯（记者 王洁 学生通讯员 赵敏）近日，全省基层卫生工作会议召开。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        let got: Vec<(&str, &str)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str())).collect();
        assert_eq!(got, vec![("王洁", "记者"), ("赵敏", "通讯员")]);
        assert!(p.dateline("近日，某地召开会议。", Span::new(0, 30)).is_none());
        let text = "（中央社记者陈婕翎、张茗喧台北23日电）卫福部今天宣布扩大长照服务。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.sources[0].outlet.text, "中央社");
        let got: Vec<&str> = m.bylines.iter().map(|b| b.credit.name.span.slice(text)).collect();
        assert_eq!(got, vec!["陈婕翎", "张茗喧"]);
        let text = "人民网杭州5月6日电（采访人员王明远）6日，省卫生健康委召开发布会。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.sources[0].outlet.span.slice(text), "人民网");
        assert_eq!(credits(&m), vec![("王明远", "记者", Some("人民网"))]);
        let text = "中国经济网6月3日讯(记者 刘强)在3日召开的发布会上，有关负责人介绍了情况。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.sources[0].outlet.text, "中国经济网");
        assert_eq!(credits(&m), vec![("刘强", "记者", Some("中国经济网"))]);
        let text = "〔记者陈文华／高雄报导〕卫福部今（11日）公布评选结果。";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.bylines[0].credit.name.span.slice(text), "陈文华");
        assert_eq!(m.bylines.len(), 1);
        assert!(p.dateline("【编者按】卫福部今天公布评选结果。", Span::new(0, 48)).is_none());
        let text = "中央社／ 高雄5日电";
        let m = p.dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.sources[0].outlet.span.slice(text), "中央社");
        assert!(p.dateline("记者28日电话采访了他。", Span::new(0, 33)).is_none());
    }

    #[test]
    fn counters_are_no_names() {
        let line = "来源：某市卫生健康委员会 访问次数： 发布时间：2024-09-18 10:24";
        let m = parse(line).unwrap();
        assert!(m.bylines.is_empty(), "{:?}", credits(&m));
        assert_eq!(m.sources[0].outlet.text, "某市卫生健康委员会");
        assert_eq!(m.stamps[0].iso, "2024-09-18T10:24");
        let line = "关键词：医保，参保人数责任编辑：王明远";
        let m = parse(line).unwrap();
        assert_eq!(credits(&m), vec![("王明远", "责任编辑", None)]);
    }

    /// Print, close and bookmark buttons beside a byline, bracketed or bare, are no names;
    /// a bracketed outlet is still the source.
    #[test]
    fn buttons_glued_to_a_source_and_placeholder_names() {
        // The report button glued after the source value is no part of the outlet.
        let m = parse("2027-04-09 10:20:30　来源: 苇塘晚报举报").unwrap();
        assert_eq!(m.sources[0].outlet.text, "苇塘晚报");
        let m = parse("2027-04-09 10:20:30　来源: 芦荡说科技纠错").unwrap();
        assert_eq!(m.sources[0].outlet.text, "芦荡说科技");
        // A value that is only the word, or ends in another word, is left as it is.
        let m = parse("2027-04-09 10:20:30　来源: 苇塘晚报").unwrap();
        assert_eq!(m.sources[0].outlet.text, "苇塘晚报");
        let m = parse("2027-04-09 10:20:30　来源: 芦荡健康分享").unwrap();
        assert_eq!(m.sources[0].outlet.text, "芦荡健康分享");
        // A site's placeholder in its author field, or a list heading, names nobody.
        let m = parse("作者：未知 责任编辑：孟雪松").unwrap();
        assert_eq!(credits(&m), vec![("孟雪松", "责任编辑", None)]);
        assert!(parse("作者最新文章").is_none_or(|m| m.bylines.is_empty()));
        let m = parse("作者：孟雪松 柯一帆返回首页，查看更多").unwrap();
        assert!(credits(&m).iter().all(|c| c.0 != "查看更多"), "{:?}", credits(&m));
        assert_eq!(credits(&parse("作者：佚名").unwrap_or_default()), vec![]);
        // A barred source label before a list of bodies, one an outlet by name.
        let m = parse("来源|芦荡参考、苇塘发布、芦荡晚报").unwrap();
        assert_eq!(m.sources[0].outlet.text, "芦荡参考、苇塘发布、芦荡晚报");
        assert!(parse("来源|芦荡参考、苇塘发布").is_none_or(|m| m.sources.is_empty()));
        assert!(parse("来源|孟雪松、芦荡晚报").is_none_or(|m| m.sources.is_empty()));
        // A handle longer than a name as the whole value of an editor's field.
        let m = parse("作者：未知     责任编辑：糖糖不是盐").unwrap();
        assert_eq!(credits(&m), vec![("糖糖不是盐", "责任编辑", None)]);
        let m = parse("作者：糖糖不是盐").unwrap_or_default();
        assert_eq!(credits(&m), vec![]);
        let m = parse("责任编辑：孟雪松 糖糖不是盐").unwrap();
        assert_eq!(credits(&m), vec![("孟雪松", "责任编辑", None)]);
        let m = parse("责任编辑：网站管理员").unwrap_or_default();
        assert_eq!(credits(&m), vec![]);
        let m = parse("编辑：芦荡县卫生健康局").unwrap_or_default();
        assert_eq!(credits(&m), vec![]);
        // `&` parts names like `、`.
        let m = parse("作者：孟雪松、柯一帆&齐思远").unwrap();
        let names: Vec<&str> = credits(&m).iter().map(|c| c.0).collect();
        assert_eq!(names, vec!["孟雪松", "柯一帆", "齐思远"]);
        let m = parse("作者：孟雪松 ＆ 柯一帆").unwrap();
        let names: Vec<&str> = credits(&m).iter().map(|c| c.0).collect();
        assert_eq!(names, vec!["孟雪松", "柯一帆"]);
        // A compiling word after the reporter's name, a site's own-work mark as the source.
        let m = parse("（记者孟雪松 整合）").unwrap_or_default();
        assert!(credits(&m).iter().all(|c| c.0 != "整合"), "{:?}", credits(&m));
        let m = parse("来源：本站原创 作者：孟雪松").unwrap();
        assert!(m.sources.iter().all(|s| s.outlet.text != "本站原创"));
        assert_eq!(credits(&m).iter().map(|c| c.0).collect::<Vec<_>>(), vec!["孟雪松"]);
        // A label glued to the outlet that closes the source field before it.
        let m = parse("2027-04-09 10:20来源：苇塘新闻网作者：孟雪松").unwrap();
        assert_eq!(m.sources[0].outlet.text, "苇塘新闻网");
        assert_eq!(credits(&m).iter().map(|c| c.0).collect::<Vec<_>>(), vec!["孟雪松"]);
        let m = parse("2027-04-09 10:20来源：苇塘新闻网记者：孟雪松").unwrap();
        assert_eq!(m.sources[0].outlet.text, "苇塘新闻网");
        // Not after a value that is no outlet; `本站作者` names no writer either.
        let m = parse("2027-04-09 10:20来源：本站作者：孟雪松").unwrap_or_default();
        assert_eq!(credits(&m).iter().map(|c| c.0).collect::<Vec<_>>(), vec!["孟雪松"]);
        // An outlet's short name glued to the reporter label is no reporter.
        let m = parse("采写：苇都记者 孟雪松 柯一帆").unwrap();
        assert_eq!(credits(&m).iter().map(|c| c.0).collect::<Vec<_>>(), vec!["孟雪松", "柯一帆"]);
        let m = parse("作者：孟记").unwrap();
        assert_eq!(credits(&m).iter().map(|c| c.0).collect::<Vec<_>>(), vec!["孟记"]);
    }

    #[test]
    fn widget_buttons_beside_a_byline_are_no_names() {
        let m = parse("发布日期：2027-04-09 来源：办公室 【我要打印】【关闭】").unwrap();
        assert!(m.bylines.is_empty(), "{:?}", credits(&m));
        let m = parse("发布日期：2027-04-09 责任编辑：孟雪松 [打印] [关闭]").unwrap();
        assert_eq!(credits(&m), vec![("孟雪松", "责任编辑", None)]);
        let m = parse("来源：苇塘日报 作者：孟雪松 收藏 纠错").unwrap();
        assert_eq!(credits(&m), vec![("孟雪松", "作者", Some("苇塘日报"))]);
        let m = parse("来源：【苇塘日报】 作者：孟雪松").unwrap();
        assert_eq!(m.sources[0].outlet.text, "苇塘日报");
    }

    /// `本文转自：` names the outlet the text was reposted from.
    #[test]
    fn repost_notes_opening_with_the_text() {
        for line in ["本文转自：苇塘晚报", "原文转自：苇塘新闻网"] {
            let m = parse(line).unwrap();
            assert_eq!(m.sources[0].rank, SourceRank::Repost, "{line}");
            assert!(m.sources[0].outlet.text.starts_with("苇塘"), "{line}");
        }
    }

    #[test]
    fn addresses_widgets_and_post_places_are_no_outlets_or_names() {
        // A house number ends like `…号` but names no outlet.
        let m = parse("地址：某市建设路88号  电话：0571-12345678").unwrap();
        assert!(m.sources.is_empty() && m.bylines.is_empty());
        assert!(!MetaParser::new().is_outlet("建设路88号"));
        assert!(MetaParser::new().is_outlet("健康某城号"));
        // A common word ending like an outlet (`…平台`, `…通报`, `…合作社`) names none; a
        // longer suffix or an outlet ending in such a word still does.
        for word in ["药品追溯协同平台", "疫情防控工作通报", "农民专业合作社", "预约挂号"] {
            assert!(!MetaParser::new().is_outlet(word), "{word}");
        }
        for outlet in ["某江电视台", "文汇报", "某城新闻网", "某某日报"] {
            assert!(MetaParser::new().is_outlet(outlet), "{outlet}");
        }
        // A font widget inside the byline is no author.
        let m = parse("时间：2026年03月05日 10:21 来源：某市卫生健康委员会 【字体：大 中 小】").unwrap();
        assert!(m.bylines.is_empty(), "{:?}", credits(&m));
        assert_eq!(m.sources[0].outlet.text, "某市卫生健康委员会");
        // A social post's header: account, date, where it was posted from.
        let m = parse("原创 某市卫健委 健康某城 2026-03-05 18:30 发表于江苏").unwrap();
        assert_eq!(m.stamps[0].iso, "2026-03-05T18:30");
        let m = parse("浏览次数 1286 发布时间：2026-03-05").unwrap();
        assert_eq!(m.stamps[0].iso, "2026-03-05");
    }

    #[test]
    fn staff_codes_and_commentators() {
        let m = parse("责任编辑：王晓晨_NB4521").unwrap();
        assert_eq!(credits(&m), vec![("王晓晨", "责任编辑", None)]);
        let m = parse("■ 本报评论员 雷振华").unwrap();
        assert_eq!(credits(&m), vec![("雷振华", "作者", None)]);
    }

    #[test]
    fn wire_datelines_outrank_a_masthead() {
        let text = "新华社北京3月5日电（记者胡晓燕、田野）某局5日发布数据。";
        let m = MetaParser::new().dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(m.sources[0].outlet.text, "新华社");
        assert!(m.sources[0].rank < SourceRank::Masthead);
        let p = MetaParser::new();
        assert_eq!(p.own_report_mark("本报讯（记者 某某）"), Some("本报"));
        assert_eq!(p.own_report_mark("【本网记者 某某"), Some("本网"));
        assert_eq!(p.own_report_mark("本报告显示，全市…"), None);
        let page = "清江日报\n今天";
        assert_eq!(p.masthead_line(page, Span::new(0, "清江日报".len())).unwrap().text, "清江日报");
        assert!(p.masthead_line("首页 健康", Span::new(0, 13)).is_none());
    }

    #[test]
    fn where_a_report_was_filed_is_no_name() {
        // Lines as the normalizer hands them over (traditional text already simplified).
        for line in ["记者陈文华／高雄报导", "记者 陈文华 宁波报道", "本文作者：陈文华 监制：李明"]
        {
            let m = parse(line).unwrap();
            let authors: Vec<&str> = m
                .bylines
                .iter()
                .filter(|b| matches!(b.kind, LabelKind::Author | LabelKind::Reporter))
                .map(|b| b.credit.name.span.slice(line))
                .collect();
            assert_eq!(authors, vec!["陈文华"], "{line}");
        }
    }

    #[test]
    fn names_alone_credit_authors_when_wrapped() {
        let authors = |m: Option<MetaLine>| -> Vec<String> {
            m.map_or(vec![], |m| {
                m.bylines.iter().map(|b| format!("{}/{}", b.credit.name.text, b.credit.role)).collect()
            })
        };
        assert_eq!(authors(parse("（杨帆 俞敏）")), vec!["杨帆/作者", "俞敏/作者"]);
        assert_eq!(authors(parse("□邓小红、周明、陈立平")), vec!["邓小红/作者", "周明/作者", "陈立平/作者"]);
        let line = "■作者：唐 倩 来源：某某区疾控中心";
        let m = parse(line).unwrap();
        assert_eq!(m.bylines[0].credit.name.text, "唐倩");
        assert_eq!(m.bylines[0].credit.name.span.slice(line), "唐 倩");
        // One name on a line, names without a wrapper, words that open with no surname.
        assert!(parse("（王芳）").is_none());
        assert!(parse("杨帆 俞敏").is_none());
        assert!(parse("（引子 结语）").is_none());
        // A paragraph's closing note of names credits its authors where asked.
        let p = MetaParser::new();
        let note = "李明远";
        assert_eq!(authors(p.credit_note(note, Span::new(0, note.len()), true)), vec!["李明远/作者"]);
        assert!(p.credit_note(note, Span::new(0, note.len()), false).is_none());
    }

    #[test]
    fn channel_glued_reporters_and_text_and_picture_marks() {
        let line = "□某城报·某城客户端记者李明远文图";
        let m = parse(line).unwrap();
        assert_eq!(credits(&m), vec![("李明远", "记者", Some("某城报·某城客户端"))]);
        assert_eq!(m.bylines[0].credit.name.span.slice(line), "李明远");
    }

    #[test]
    fn standalone_datelines_and_clock_lines() {
        let p = MetaParser::new();
        let line = "中央社／ 高雄5日电";
        let m = p.dateline_line(line, Span::new(0, line.len())).unwrap();
        assert_eq!(m.sources[0].outlet.text, "中央社");
        let line = "新华社北京3月5日电 全国卫生健康工作会议召开";
        assert!(p.dateline_line(line, Span::new(0, line.len())).is_none());
        let day = Stamp { iso: "2023-10-09".into(), span: Span::new(0, 14) };
        let below = "本地时间09时30分";
        let got = p.with_time_below(day.clone(), Some((below, Span::new(20, 20 + below.len()))));
        assert_eq!(got.iso, "2023-10-09T09:30");
        assert_eq!(got.span, Span::new(0, 20 + below.len()));
        assert_eq!(p.with_time_below(day.clone(), Some(("下午举行座谈会", Span::new(20, 41)))), day);
        assert_eq!(p.with_time_below(day.clone(), Some(("25:10", Span::new(20, 25)))), day);
    }

    #[test]
    fn glued_reporter_credits_split_on_surnames() {
        let line = "（某市电视台记者张萍郑怡哲）";
        let m = parse(line).unwrap();
        assert_eq!(credits(&m), vec![("张萍", "记者", Some("某市电视台")), ("郑怡哲", "记者", Some("某市电视台"))]);
        assert_eq!(m.bylines[1].credit.name.span.slice(line), "郑怡哲");
        let m = parse("（本报记者李明远）").unwrap();
        assert_eq!(credits(&m), vec![("李明远", "记者", None)]);
        // Glued text that splits into no surnamed names is no credit.
        assert!(parse("（某市电视台记者在会议现场）").is_none());
    }

    #[test]
    fn stock_source_words_and_according_leads() {
        let m = parse("来源：互联网 作者：某某商务网").unwrap();
        assert_eq!(
            m.sources.iter().map(|s| (s.outlet.text.as_str(), s.rank)).collect::<Vec<_>>(),
            vec![("某某商务网", SourceRank::AuthorSite)]
        );
        let p = MetaParser::new();
        let para = "据某某新闻消息，全国居民健康素养水平持续提升。";
        let m = p.dateline(para, Span::new(0, para.len())).unwrap();
        assert_eq!(m.sources[0].outlet.span.slice(para), "某某新闻");
        assert!(!p.opens_report(para, Span::new(0, para.len())));
        // A bare `某某网讯` names the source but opens no report below a box.
        let para = "江城网讯 全市共有社区卫生服务中心248家。";
        let m = p.dateline(para, Span::new(0, para.len())).unwrap();
        assert_eq!(m.sources[0].outlet.span.slice(para), "江城网");
        assert!(!p.opens_report(para, Span::new(0, para.len())));
        let para = "据介绍，全市共有社区卫生服务中心248家。";
        assert!(p.dateline(para, Span::new(0, para.len())).is_none());
        // An outlet's name in brackets before `讯` names the source; a topic word does not.
        let para = "【苇塘日报讯】全市共有社区卫生服务中心248家。";
        let m = p.dateline(para, Span::new(0, para.len())).unwrap();
        assert_eq!(m.sources[0].outlet.span.slice(para), "苇塘日报");
        let para = "【健康快讯】全市共有社区卫生服务中心248家。";
        assert!(p.lead_outlet(para, 0).is_none());
    }

    /// A county office's section credited as the writer is no person (`作者：疾控股`), but the
    /// unit that wrote the text; a site named there is neither.
    #[test]
    fn office_sections_are_no_names() {
        let m = parse("来源：县卫健局 | 作者：疾控股 | 发布时间：2027-04-10").unwrap();
        assert!(m.bylines.is_empty(), "{:?}", credits(&m));
        // It is the unit that wrote the text (the page's author), no person.
        assert_eq!(m.unit_authors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["疾控股"]);
        let m = parse("来源：县卫健局 | 作者：某某网 | 发布时间：2027-04-10").unwrap();
        assert!(m.unit_authors.is_empty());
    }

    #[test]
    fn a_page_naming_itself_is_no_source() {
        for line in ["发布时间：2026-05-06 来源：本站", "来源：本网 作者：林一帆"] {
            let m = parse(line).unwrap();
            assert!(m.sources.is_empty(), "{line}: {:?}", m.sources);
        }
        let m = parse("来源：本站记者站 作者：林一帆").unwrap();
        assert_eq!(m.sources[0].outlet.text, "本站记者站");
    }

    #[test]
    fn a_barred_source_alone_on_its_line_is_the_outlet() {
        let m = parse("来源丨青柳健康").unwrap();
        assert_eq!(m.sources[0].outlet.text, "青柳健康");
        assert!(parse("来源丨青柳健康 编辑丨罗一鸣").map_or(true, |m| m.sources.is_empty()));
        assert!(parse("首页丨来源丨青柳健康").map_or(true, |m| m.sources.is_empty()));
    }

    /// A correspondent or photographer glued after the outlet is credited with his role
    /// (the correspondent's paper is no source); `王五/摄` after a name marks the
    /// photographer, `图/文` does not; a picture label before a reporter label gives the
    /// reporter its role; `采写` credits an author, `本期编辑` an editor.
    #[test]
    fn glued_correspondents_photo_marks_and_carried_roles() {
        let m = parse("柳川日报记者 邹明远 柳川日报通讯员 袁小禾").unwrap();
        assert_eq!(credits(&m), vec![("邹明远", "记者", Some("柳川日报")), ("袁小禾", "通讯员", Some("柳川日报"))]);
        assert_eq!(m.sources.len(), 1);
        let m = parse("柳川晚报摄影记者 袁小禾").unwrap();
        assert_eq!(credits(&m), vec![("袁小禾", "摄影", Some("柳川晚报"))]);
        let m = parse("某县融媒体中心通讯员 袁小禾").unwrap();
        assert!(m.sources.is_empty());
        let m = parse("记者：邹明远/文 袁小禾/摄").unwrap();
        assert_eq!(credits(&m), vec![("邹明远", "记者", None), ("袁小禾", "摄影", None)]);
        let m = parse("记者 邹明远 图/文").unwrap();
        assert_eq!(credits(&m), vec![("邹明远", "记者", None)]);
        let m = parse("文/本报记者 邹明远 图/本报记者 袁小禾").unwrap();
        assert_eq!(credits(&m), vec![("邹明远", "记者", None), ("袁小禾", "摄影", None)]);
        // A lone reporter who also took the pictures is the author.
        let m = parse("记者邹明远/摄影").unwrap();
        assert_eq!(credits(&m), vec![("邹明远", "记者", None)]);
        let m = parse("采写：邹明远 本期编辑：袁小禾").unwrap();
        let kinds: Vec<(&str, LabelKind)> = m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.kind)).collect();
        assert_eq!(kinds, vec![("邹明远", LabelKind::Author), ("袁小禾", LabelKind::Editor)]);
    }

    /// A source label joined to its outlet by `于`/`自` instead of a colon is a source line
    /// when an outlet or a channel's account follows; a stock word after it is none.
    #[test]
    fn source_labels_joined_by_a_connective() {
        let m = parse("本文来源于柳川疾控微信公众号").unwrap();
        assert_eq!(m.sources.len(), 1);
        assert_eq!(m.sources[0].outlet.text, "柳川疾控微信公众号");
        assert_eq!(m.sources[0].rank, SourceRank::Source);
        let m = parse("稿件来源于柳川晚报 2026-03-05").unwrap();
        assert_eq!(m.sources[0].outlet.text, "柳川晚报");
        assert!(parse("本文来源于网络").map_or(true, |m| m.sources.is_empty()));
        // What follows the outlet is no name.
        for note in ["本文来源于柳川晚报，有删改", "信息来源于柳川市卫健委官网 特此说明"]
        {
            assert!(parse(note).map_or(true, |m| m.bylines.is_empty()), "{note}");
        }
    }

    /// Web and text editors are editors; `审签` credits staff.
    #[test]
    fn web_text_editors_and_sign_off() {
        let m = parse("文字编辑：邹明远 微信编辑：袁小禾 审签：贝一鸣").unwrap();
        let kinds: Vec<(&str, LabelKind)> = m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.kind)).collect();
        assert_eq!(
            kinds,
            vec![("邹明远", LabelKind::Editor), ("袁小禾", LabelKind::Editor), ("贝一鸣", LabelKind::Staff)]
        );
    }

    /// A newspaper's page field beside its masthead and date is no text of the line: the
    /// line still gives the date and the masthead.
    #[test]
    fn page_fields_beside_a_masthead() {
        for line in ["柳川晚报 | 2026年03月05日 星期四 | 第03版：健康周刊", "柳川晚报 2026-03-05 A3版"]
        {
            let m = parse(line).unwrap();
            assert_eq!(m.stamps.iter().map(|d| d.iso.as_str()).collect::<Vec<_>>(), vec!["2026-03-05"], "{line}");
            assert_eq!(m.sources.len(), 1, "{line}");
            assert_eq!(m.sources[0].outlet.text, "柳川晚报");
            assert_eq!(m.sources[0].rank, SourceRank::Masthead);
        }
        assert!(parse("2026年3月5日，第3版刊发了某县开展义诊活动的报道").is_none());
    }

    /// A public account's header: after `原创`, the author (a surnamed name) and the
    /// account, the source; a lone name after the mark gives neither.
    #[test]
    fn public_account_headers() {
        let m = parse("原创 邹明远 柳川健康 2026-03-05 10:21 发表于柳川").unwrap();
        assert_eq!(m.stamps[0].iso, "2026-03-05T10:21");
        assert_eq!(credits(&m), vec![("邹明远", "作者", Some("柳川健康"))]);
        assert_eq!(m.sources.iter().map(|s| s.outlet.text.as_str()).collect::<Vec<_>>(), vec!["柳川健康"]);
        let m = parse("原创 柳川市第三人民医院 柳川市第三人民医院 2026年3月5日 10:21").unwrap();
        assert!(m.bylines.is_empty());
        assert_eq!(m.sources[0].outlet.text, "柳川市第三人民医院");
        assert!(parse("原创 柳川健康 2026年3月5日 10:21").unwrap().sources.is_empty());
        assert!(parse("原创 邹明远 柳川健康 柳川市第三医院 2026-03-05").map_or(true, |m| m.sources.is_empty()));
    }

    /// Credits printed bare before the text of a dateline's paragraph (`本报讯 记者 张三
    /// 通讯员 李四 日前，…`) or opening it (`□本报记者 张三 …`) are read as bracketed ones;
    /// a paragraph whose first words are no credits gives none.
    #[test]
    fn bare_credits_before_the_text() {
        let p = MetaParser::new();
        let names = |para: &str| -> Vec<(String, String)> {
            p.dateline(para, Span::new(0, para.len()))
                .map(|m| m.bylines.iter().map(|b| (b.credit.name.text.clone(), b.credit.role.clone())).collect())
                .unwrap_or_default()
        };
        let pair = |n: &str, r: &str| (n.to_string(), r.to_string());
        assert_eq!(
            names("本报讯 记者 邹明远 通讯员 袁小禾 日前，柳川市第三医院开通胸痛中心。"),
            vec![pair("邹明远", "记者"), pair("袁小禾", "通讯员")]
        );
        assert_eq!(
            names("本报柳川3月5日讯 记者邹明远 贝一鸣 柳川市卫生健康委员会近日印发方案。"),
            vec![pair("邹明远", "记者"), pair("贝一鸣", "记者")]
        );
        assert_eq!(names("□本报记者 邹明远 通讯员 袁小禾 日前，柳川市第三医院开通胸痛中心。").len(), 2);
        assert_eq!(names("柳川晚报讯 记者 邹明远、贝一鸣 3月4日，柳川市召开会议。").len(), 2);
        assert!(names("本报讯 日前，柳川市第三医院开通胸痛中心。").is_empty());
        assert!(names("记者从柳川市卫生健康委员会获悉，该市日前印发方案。").is_empty());
        assert!(names("记者 邹明远").is_empty());
    }

    /// A masthead in tortoise-shell brackets beside the date is the outlet (`〔某某时报〕`).
    #[test]
    fn bracketed_masthead_beside_the_date() {
        let m = parse("〔柳川时报〕2026/03/05 12:00").unwrap();
        assert_eq!(m.stamps[0].iso, "2026-03-05T12:00");
        assert_eq!(m.sources.len(), 1);
        assert_eq!(m.sources[0].outlet.text, "柳川时报");
    }

    #[test]
    fn picture_and_design_editors_are_staff() {
        let m = parse("责任编辑：冉一舟 图片编辑：陆子昂 美编：何小满").unwrap();
        let got: Vec<(&str, &str, LabelKind)> =
            m.bylines.iter().map(|b| (b.credit.name.text.as_str(), b.credit.role.as_str(), b.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("冉一舟", "责任编辑", LabelKind::Editor),
                ("陆子昂", "图片编辑", LabelKind::Staff),
                ("何小满", "美编", LabelKind::Staff)
            ]
        );
    }

    #[test]
    fn outlets_joined_by_a_dot_are_one_credit_outlet() {
        let line = "某某网·某某新闻记者 李明远 某市报道";
        let m = parse(line).unwrap();
        assert_eq!(credits(&m), vec![("李明远", "记者", Some("某某网·某某新闻"))]);
        assert_eq!(m.sources[0].outlet.span.slice(line), "某某网·某某新闻");
        let m = parse("某某中心·某某新闻记者 李明远").unwrap();
        assert_eq!(credits(&m), vec![("李明远", "记者", Some("某某新闻"))]);
    }

    #[test]
    fn names_and_numbers() {
        assert!(is_name("唐闻佳") && is_name("欧阳娜娜") && is_name("买买提·艾力"));
        assert!(!is_name("文汇报社会部") && !is_name("张"));
        assert_eq!(chinese_number("二十三"), Some(23));
        assert_eq!(chinese_number("十"), Some(10));
        assert_eq!(chinese_year("二〇二四"), Some(2024));
    }
}
