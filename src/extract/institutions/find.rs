//! Finding names in a sentence: suffixes located, the core and region walked leftwards,
//! coordinated siblings expanded, lexicon bodies and metadata outlets read (see the module
//! contract in `mod.rs`).

use super::lexicon::{
    InstitutionExtractor, NamedBody, Suffix, COMMITTEE, LEGAL_FORMS, PARTY_COMMITTEE, PARTY_DEPARTMENT_ENDS,
    PARTY_LEVELS, PARTY_PREFIX, PLACE_ENDS, PROPER_TAGS, REGION_LEVELS, STOP_TAGS, TITLE_MAX_CHARS,
};
use super::pieces::is_corps_unit;
use crate::extract::doc::Sentence;
use crate::extract::evidence;
use crate::extract::quotes::{self, Mark, Quoted};
use crate::facts::InstitutionKind;
use crate::gazetteer::gazetteer;
use crate::segment::Token;
use crate::span::Span;
use crate::tagger::Kind;
use crate::text::{is_han, is_han_word, starts_han, LIST_SEPARATORS};

/// Bytes before a suffix that the leftward walk may read (about 40 characters).
pub(super) const WINDOW: usize = 120;

/// Administrative levels written once on the last item of a coordination and shared by
/// all (`甲、乙、丙镇卫生院`).
pub(super) const ITEM_LEVELS: [&str; 3] = ["街道", "镇", "乡"];

/// Characters of a list item that names a sibling (`石牌`, `东关镇`): short proper names.
pub(super) const ITEM_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// Bytes a list item may span at most (four characters).
pub(super) const MAX_ITEM_BYTES: usize = 12;

/// Fewest bytes of a list item (two Han characters).
pub(super) const ITEM_MIN_BYTES: usize = 6;

/// The core of a name read right to left (see `core_walk`): where it starts, the index of
/// the piece left of it, and the end of its first verb when verbs may stand in it.
pub(super) struct CoreWalk {
    pub(super) start: usize,
    pub(super) i: usize,
    pub(super) verb_cut: Option<usize>,
}

/// Longest department name (chars) after a body in a source line (`科教科`, `基层卫生处`).
pub(super) const MAX_DEPARTMENT_CHARS: usize = 8;

/// The generic centre ending (`org_suffixes.txt`), which names a hospital's departments too.
const CENTRE: &str = "中心";

/// Characters a hospital's department needs before its ending (`产科` + `中心`).
const MIN_DEPARTMENT_CHARS: usize = 2;

/// The committee an association or research body sets up under its own name
/// (`某某协会纪律委员会`, see `sub_body_of_parent`).
const SUB_COMMITTEE: &str = COMMITTEE;

/// The longest organization suffix looked for before a branch (bytes; twelve Han characters).
const MAX_SUFFIX_BYTES: usize = 36;

/// The dots that join the parts of a transliterated name (`某某·某某公司`).
const NAME_DOTS: [&str; 3] = ["·", "•", "・"];

/// A lexicon body this short (bytes: two characters) must start on a token boundary too.
pub(super) const SHORT_BODY_BYTES: usize = 6;
/// Longest site prefix glued before an outlet's name (`abc.hk`), in bytes.
const MAX_SITE_PREFIX_BYTES: usize = 24;

/// Words a title chain may run to its title word (`首席` `客务` `营运` `及` … `总监`).
const TITLE_CHAIN_WORDS: usize = 10;

/// Longest core (chars) of a name.
pub(super) const MAX_CORE_CHARS: usize = 14;

/// Endings of universities and colleges, whose hospitals carry their name.
pub(super) const UNIVERSITIES: [&str; 3] = ["大学", "学院", "医学院"];

/// Parents whose colleges, institutes and centres are named by two fields joined by a
/// conjunction (`某某大学` + `资源与环境学院`, `某科学院` + `土壤与生态研究所`).
const FIELD_PARENTS: [&str; 4] = ["大学", "学院", "科学院", "研究院"];

/// Longest run of field words between a parent and the conjunction (`地理科学`).
const MAX_FIELD_CHARS: usize = 6;

/// A village's level, read by the segmenter with the village's clinic (`村卫生室`).
const VILLAGE: &str = "村";

/// A community, the place of its residents' committee (`某某社区居委会`).
const COMMUNITY: &str = "社区";

/// Enterprise bureaus that run their own hospitals (`某铁路局中心医院`, `某矿务局总医院`,
/// `某油田总医院`), like a company does (`某钢铁集团职工医院`).
const ENTERPRISE_BUREAUS: [&str; 4] = ["铁路局", "矿务局", "油田", "工程局"];

/// The tagger's word on a name (see `tagger_start`).
pub(super) enum Evidence {
    /// The organization starts here, inside the core the rules read.
    Starts(usize),
    /// No organization around the suffix.
    NoOrganization,
}

/// Makes the candidates of one suffix match: spans of the sentence made absolute.
pub(super) struct Maker<'a> {
    pub(super) text: &'a str,
    pub(super) base: usize,
    pub(super) suffix: &'a Suffix,
}

impl Maker<'_> {
    pub(super) fn make(&self, sp: Span, region: Vec<String>, core: &str, bare: bool) -> Candidate {
        let party = self.suffix.party && core.is_empty() && is_party_place(&region);
        Candidate {
            span: Span::new(self.base + sp.start, self.base + sp.end),
            surface: full_width_parens(sp.slice(self.text)),
            region,
            core: full_width_parens(core),
            kind: self.suffix.kind,
            suffix: if party { PARTY_COMMITTEE.to_string() } else { self.suffix.canon.clone() },
            named: None,
            bare,
        }
    }
}

/// The national prefix that, written bare, stands for the country's own bodies
/// (`国家统计局`, `国家卫生健康委`).
const NATIONAL_PREFIX: &str = "国家";

/// A foreign country written right before a body opened by [`NATIONAL_PREFIX`] makes it that
/// country's body, named as printed (`某国国家统计局`, `某国国家铁路公司`): the bare prefix
/// would make it the country's own (a lexicon body or a national office). The country is a
/// place word of two characters ending in `国` (`法国`, `英国`), not China's own name.
fn foreign_national_bodies(tokens: &[Token<'_>], base: usize, kept: &mut [Group]) {
    for g in kept.iter_mut() {
        let [c] = g.members.as_mut_slice() else { continue };
        let start = g.span.start - base;
        let Some(country) = token_ending_at(tokens, start) else { continue };
        let w = country.text;
        let foreign = country.tag == "ns" && w.chars().count() == 2 && w.ends_with('国') && w != "中国";
        if !foreign || !c.surface.starts_with(NATIONAL_PREFIX) || c.span != g.span {
            continue;
        }
        let printed = format!("{w}{}", c.surface);
        *c = Candidate {
            span: Span::new(base + country.span.start, c.span.end),
            surface: printed.clone(),
            region: Vec::new(),
            core: String::new(),
            kind: c.kind,
            suffix: String::new(),
            named: Some(printed),
            bare: false,
        };
        g.span = c.span;
    }
}

/// The token of `tokens` (sorted by offset) that ends exactly at `end`, if one does.
fn token_ending_at<'t, 'a>(tokens: &'t [Token<'a>], end: usize) -> Option<&'t Token<'a>> {
    let i = tokens.partition_point(|t| t.span.end <= end);
    i.checked_sub(1).and_then(|i| tokens.get(i)).filter(|t| t.span.end == end)
}

/// The word opening a mission's host place (`驻法国`, `驻华`).
const STATIONED: &str = "驻";

/// China written short after [`STATIONED`] (`驻华`).
const CHINA_SHORT: &str = "华";

/// A country's mission in another, written `[country]驻<host place><mission suffix>`
/// (`中国驻法国大使馆`, `某国驻华大使馆`, `驻上海总领事馆`): one name as printed, from the
/// sending country when a place word is written right before `驻`. The host place is a word
/// after `驻` (a place word, or any one Han word there), or glued to it as one word (`驻华`, `驻沪`; not `驻外`). `None` without
/// `驻`.
fn stationed_mission(
    text: &str,
    tokens: &[Token<'_>],
    (s, e): (usize, usize),
    kind: InstitutionKind,
    base: usize,
) -> Option<Group> {
    let before = |end: usize| token_ending_at(tokens, end);
    let place = |t: &Token<'_>| t.tag == "ns";
    let host = before(s)?;
    let glued = host.text.strip_prefix(STATIONED).filter(|p| p.chars().count() == 1);
    let opening = if let Some(place) = glued {
        // `驻华`, `驻沪`: China or a place's one-character abbreviation (`驻外` is abroad).
        (place == CHINA_SHORT || !gazetteer().lookup(place).is_empty()).then_some(host)?
    } else {
        // After `驻` any one Han word is the host place, whatever the tagger read a foreign
        // place as (`驻某某` read as a name).
        let host_place = place(host) || host.text.chars().all(crate::text::is_han);
        before(host.span.start).filter(|t| host_place && t.text == STATIONED)?
    };
    let start = before(opening.span.start).filter(|t| place(t)).map_or(opening.span.start, |t| t.span.start);
    let printed = text[start..e].to_string();
    let c = Candidate {
        span: Span::new(base + start, base + e),
        surface: printed.clone(),
        region: Vec::new(),
        core: String::new(),
        kind,
        suffix: String::new(),
        named: Some(printed),
        bare: false,
    };
    Some(Group { span: c.span, members: vec![c], named: false })
}

/// A sentence's tokens with spans relative to the sentence.
pub(super) fn relative_tokens<'a>(sentence: &Sentence<'a>) -> Vec<Token<'a>> {
    let base = sentence.span.start;
    sentence.tokens.iter().map(|t| Token { span: Span::new(t.span.start - base, t.span.end - base), ..*t }).collect()
}

/// True when `name` holds a bracket of bare levels (`县（区）医保局`, `市（州）`,
/// `省（区、市）`): a template for every such body, no proper name.
fn level_template(name: &str) -> bool {
    name.split(['（', '(']).skip(1).any(|rest| {
        let inner = rest.split([')', '）']).next().unwrap_or("");
        !inner.is_empty() && inner.chars().all(|c| matches!(c, '省' | '市' | '区' | '县' | '州' | '旗' | '、'))
    })
}

/// True when the token at `e` names a party committee's department (`宣传部`, `办公室`).
pub(super) fn department_follows(text: &str, tokens: &[Token<'_>], e: usize) -> bool {
    let k = tokens.partition_point(|t| t.span.start < e);
    tokens.get(k).filter(|t| t.span.start == e).is_some_and(|t| {
        let w = t.span.slice(text);
        PARTY_DEPARTMENT_ENDS.iter().any(|d| w.ends_with(d))
    })
}

/// A region whose innermost place is written with its level (`晋城市`, a bare `县`): a
/// party-committee suffix after it (`委`) names that place's committee.
pub(super) fn is_party_place(region: &[String]) -> bool {
    region.last().is_some_and(|r| PARTY_LEVELS.iter().any(|l| r.ends_with(l)))
}

/// The pieces left of a suffix and where the name's own pieces stop: what a list of
/// siblings is read from.
pub(super) struct List<'a, 't> {
    pub(super) left: &'a [(Span, &'t str)],
    pub(super) stop_at: usize,
    pub(super) maker: &'a Maker<'a>,
    /// The kind noun the items share (`管区` of `甲管区、乙管区等6所管区医院`).
    pub(super) kind: Option<&'a str>,
}

/// A located mention before records are built.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) span: Span,
    /// The surface form, parentheses made full-width.
    pub(super) surface: String,
    /// Region tokens as written (`上海市`, `闵行区`; a bare `市`), outermost first.
    pub(super) region: Vec<String>,
    /// The proper-name core as written (`古美`, `恒瑞医药`), empty for region-named bodies.
    pub(super) core: String,
    pub(super) kind: InstitutionKind,
    /// Canonical suffix (`卫生健康委员会`), empty for named bodies.
    pub(super) suffix: String,
    /// Canonical full name of a named body.
    pub(super) named: Option<String>,
    /// Mentioned bare as an item of a coordination (`古美、…`).
    pub(super) bare: bool,
}

impl Candidate {
    /// A mention of a body known by its whole name (`lexicon/named_bodies.txt`).
    pub(super) fn named(span: Span, surface: &str, body: &NamedBody) -> Self {
        Candidate {
            span,
            surface: surface.to_string(),
            region: Vec::new(),
            core: String::new(),
            kind: body.kind,
            suffix: String::new(),
            named: Some(body.name.clone()),
            bare: false,
        }
    }
}

/// The shortest body's name read whole from a quote (characters, marks excluded).
const MIN_QUOTED_NAME_CHARS: usize = 4;
/// The longest body's name read whole from a quote (characters, marks excluded).
const MAX_QUOTED_NAME_CHARS: usize = 20;

/// Shortest and longest periodical name read in book-title marks (`《某某》杂志`).
const MIN_BOOK_OUTLET_CHARS: usize = 2;
const MAX_BOOK_OUTLET_CHARS: usize = 10;

/// Coordinated candidates that share a suffix stay together during overlap resolution.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) span: Span,
    pub(super) members: Vec<Candidate>,
    pub(super) named: bool,
}

/// Token boundaries of a sentence: tokens tile it, so the boundaries are the token starts
/// plus the last end (sorted, looked up by binary search).
pub(super) struct Boundaries(Vec<usize>);

impl Boundaries {
    pub(super) fn new(tokens: &[Token<'_>]) -> Self {
        Boundaries(tokens.iter().map(|t| t.span.start).chain(tokens.last().map(|t| t.span.end)).collect())
    }

    pub(super) fn contains(&self, pos: &usize) -> bool {
        self.0.binary_search(pos).is_ok()
    }

    /// True when `span` starts and ends at token boundaries.
    pub(super) fn contains_span(&self, span: Span) -> bool {
        self.contains(&span.start) && self.contains(&span.end)
    }
}

/// The byte range of the last ordinal `第` + Chinese numerals in `s` (`第一`, `第十二`).
pub(super) fn ordinal_in(s: &str) -> Option<(usize, usize)> {
    let start = s.rfind('第')?;
    let digits = s[start + '第'.len_utf8()..]
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .map(char::len_utf8)
        .sum::<usize>();
    (digits > 0).then_some((start, start + '第'.len_utf8() + digits))
}

/// True when a Latin letter ends `text[..e]` and another follows it: a word runs on.
fn latin_word_runs_on(text: &str, e: usize) -> bool {
    text[..e].ends_with(|c: char| c.is_ascii_alphabetic()) && text[e..].starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Bytes of the site prefix that ends `before`: a run of ASCII letters, digits and dots,
/// glued to the outlet, opening after a non-ASCII-alphanumeric character, holding a letter
/// and a dot inside (`abc.hk`, `news.xyz`): a domain printed before the outlet's name. A
/// bare word (`APP`, `TVB`) or a version (`3.0`) is none.
fn latin_site_prefix(before: &str) -> usize {
    let run = before.bytes().rev().take_while(|b| b.is_ascii_alphanumeric() || *b == b'.').count();
    let prefix = &before[before.len() - run..];
    let inner_dot = prefix.trim_matches('.').contains('.');
    let letter = prefix.bytes().any(|b| b.is_ascii_alphabetic());
    if run <= MAX_SITE_PREFIX_BYTES && inner_dot && letter && !prefix.starts_with('.') && !prefix.ends_with('.') {
        run
    } else {
        0
    }
}

/// A department named right after its government is one body: `香港特别行政区政府` +
/// `卫生署` (groups sorted by start, disjoint).
pub(super) fn join_government_departments(text: &str, base: usize, kept: &mut Vec<Group>) {
    let mut k = 0;
    while k + 1 < kept.len() {
        let (gov, dept) = (&kept[k], &kept[k + 1]);
        let joined = !gov.named
            && dept.named
            && gov.span.end == dept.span.start
            && gov.members.len() == 1
            && dept.members.len() == 1
            && gov.members[0].suffix.ends_with("政府")
            && dept.members[0].kind == InstitutionKind::Government;
        if joined {
            let g = &gov.members[0];
            let d = &dept.members[0];
            let span = Span::new(g.span.start, d.span.end);
            let surface = text[g.span.start - base..d.span.end - base].to_string();
            let body = d.named.clone().unwrap_or_default();
            let c = Candidate {
                span,
                named: Some(format!("{}{body}", g.surface)),
                surface,
                region: g.region.clone(),
                core: String::new(),
                kind: d.kind,
                suffix: String::new(),
                bare: false,
            };
            kept[k] = Group { span, members: vec![c], named: true };
            kept.remove(k + 1);
        }
        k += 1;
    }
}

/// A verb that opens a list item or clause (`、共建` `邻里协会` `理事长`): the only verb of the
/// core, its first piece `left[i]`, after a separator or the sentence start. Nothing on its
/// left can take it as predicate, so with a title after the suffix it is the name's first word.
fn verb_opens_item(text: &str, left: &[(Span, &str)], i: usize, cut: usize) -> bool {
    left.get(i).is_some_and(|p| p.0.end == cut)
        && (i == 0 || matches!(left[i - 1].0.slice(text), "、" | "，" | "：" | "；"))
}

/// The core starting at `core_start` opens with a verb after a separator or the sentence
/// start ([`verb_opens_item`]'s shape).
fn verb_opened(text: &str, left: &[(Span, &str)], core_start: usize) -> bool {
    let Some(k) = left.iter().position(|p| p.0.start == core_start) else { return false };
    matches!(left[k].1, "v" | "vd" | "vg") && verb_opens_item(text, left, k, left[k].0.end)
}

/// Chinese numerals of a count of list items (`两家`, `四间`).
const COUNT_NUMERALS: &str = "两二三四五六七八九十0123456789";

/// Classifiers of a count of organizations.
const COUNT_CLASSIFIERS: [&str; 4] = ["家", "间", "所", "个"];

/// Pieces at the end of `left` that count the items of a list (`两家`, or `两` + `家`):
/// 1 or 2, or 0 when they are no count.
pub(super) fn list_count(text: &str, left: &[(Span, &str)]) -> usize {
    let is_count = |w: &str| {
        COUNT_CLASSIFIERS.iter().any(|c| {
            w.strip_suffix(c).is_some_and(|n| !n.is_empty() && n.chars().all(|ch| COUNT_NUMERALS.contains(ch)))
        })
    };
    let numeral = |w: &str| !w.is_empty() && w.chars().all(|ch| COUNT_NUMERALS.contains(ch));
    match left {
        [.., (a, _), (b, _)] if numeral(a.slice(text)) && COUNT_CLASSIFIERS.contains(&b.slice(text)) => 2,
        [.., (a, _)] if is_count(a.slice(text)) => 1,
        _ => 0,
    }
}

/// ASCII parentheses inside a name made full-width, as normalized text writes them.
pub(super) fn full_width_parens(s: &str) -> String {
    s.replace('(', "（").replace(')', "）")
}

/// Pushes a token, split around a conjunction the tagger glued into a name
/// (`梅陇和莘庄`/nr → `梅陇`, `和`, `莘庄`).
pub(super) fn split_coordination<'t>(text: &str, span: Span, tag: &'t str, out: &mut Vec<(Span, &'t str)>) {
    let w = span.slice(text);
    if PROPER_TAGS.contains(&tag) && w.chars().count() >= 5 {
        if let Some((pos, c)) = w.char_indices().skip(2).find(|&(_, c)| matches!(c, '和' | '与' | '及')) {
            let rest = pos + c.len_utf8();
            if w[rest..].chars().count() >= 2 {
                out.push((Span::new(span.start, span.start + pos), tag));
                out.push((Span::new(span.start + pos, span.start + rest), "c"));
                out.push((Span::new(span.start + rest, span.end), tag));
                return;
            }
        }
    }
    out.push((span, tag));
}

impl InstitutionExtractor {
    /// The institution mention inside a metadata outlet (`中新网河南` → `中新网`).
    pub(super) fn outlet_candidate(&self, text: &str, span: Span) -> Option<Candidate> {
        let text_trim = self.without_channels(text.trim());
        if text_trim.is_empty() {
            return None;
        }
        let lead = text.len() - text.trim_start().len();
        if let Some(m) = self.named_ac.find(text_trim) {
            if m.start() == 0 {
                let body = &self.named[m.pattern().as_usize()];
                let surface = &text_trim[..m.end()];
                return Some(Candidate::named(
                    Span::new(span.start + lead, span.start + lead + m.end()),
                    surface,
                    body,
                ));
            }
        }
        // A department of a body as the source (`市卫健委科教科`): the body is the mention.
        let body_end = self
            .suffix_ac
            .find_iter(text_trim)
            .filter(|m| {
                let dept = &text_trim[m.end()..];
                dept.is_empty()
                    || (dept.chars().count() <= MAX_DEPARTMENT_CHARS
                        && dept.chars().all(is_han)
                        && (dept.ends_with(['科', '处', '室', '办', '司', '所']) || dept.ends_with("中心")))
            })
            .map(|m| m.end())
            .last();
        let text_trim = body_end.map_or(text_trim, |end| &text_trim[..end]);
        let span = Span::new(span.start + lead, span.start + lead + text_trim.len());
        if let Some(c) = self.structured_outlet(text_trim, span) {
            return Some(c);
        }
        // A department alone (`基层卫生处`, `宣传科`) is part of a body the source does not
        // name: no outlet of its own.
        if self.department_alone(text_trim) {
            return None;
        }
        Some(Candidate {
            span,
            surface: text_trim.to_string(),
            region: Vec::new(),
            core: String::new(),
            kind: InstitutionKind::Media,
            suffix: String::new(),
            named: Some(text_trim.to_string()),
            bare: false,
        })
    }

    /// True for a department written without its body (`基层卫生处`, `宣传科`).
    pub(super) fn department_alone(&self, text: &str) -> bool {
        text.chars().count() <= MAX_DEPARTMENT_CHARS
            && text.ends_with(['处', '科', '室', '司', '股'])
            && !self.titles.contains(text)
    }

    /// An outlet without its edition or channel (`周口日报数字报` → `周口日报`).
    pub(super) fn without_channels<'t>(&self, mut text: &'t str) -> &'t str {
        while let Some(rest) = self
            .outlet_channels
            .iter()
            .find_map(|c| text.strip_suffix(c.as_str()).map(|r| r.trim_end_matches([' ', '·', '-'])))
            .filter(|r| r.chars().count() >= 2)
        {
            text = rest;
        }
        text
    }

    /// A body named as the source (`来源：越秀区卫生健康局`), read as regions + core +
    /// suffix; a bare level (`市卫健委`) is the article's own place.
    pub(super) fn structured_outlet(&self, text: &str, span: Span) -> Option<Candidate> {
        let m = self.suffix_ac.find_iter(text).find(|m| m.end() == text.len())?;
        let suffix = &self.suffixes[m.pattern().as_usize()];
        let mut region = Vec::new();
        let mut rest = &text[..m.start()];
        if matches!(rest, "市" | "省" | "区" | "县") {
            region.push(rest.to_string());
            rest = "";
        }
        'levels: while !rest.is_empty() {
            for (i, c) in rest.char_indices() {
                let end = i + c.len_utf8();
                if matches!(c, '省' | '市' | '区' | '县')
                    && self.region_token(&rest[..end], "ns").is_some_and(|r| r.chars().count() > 1)
                {
                    region.push(rest[..end].to_string());
                    rest = &rest[end..];
                    continue 'levels;
                }
            }
            break;
        }
        let named =
            rest.is_empty() && !region.is_empty() && suffix.region_ok || !rest.is_empty() && rest.chars().all(is_han);
        named.then(|| Candidate {
            span,
            surface: text.to_string(),
            region,
            core: rest.to_string(),
            kind: suffix.kind,
            suffix: suffix.canon.clone(),
            named: None,
            bare: false,
        })
    }

    /// The candidate groups of one sentence after overlap resolution (longer wins).
    pub(super) fn sentence_groups(&self, sentence: &Sentence<'_>) -> Vec<Group> {
        let base = sentence.span.start;
        let text = sentence.text;
        let tokens = relative_tokens(sentence);
        let bounds = Boundaries::new(&tokens);
        let mut groups = self.named_groups(text, base, &bounds);
        let quoted = quotes::find(text, 0);
        groups.extend(self.quoted_groups(text, &quoted, base));
        groups.extend(self.book_outlet_groups(text, &quoted, &tokens, base));
        for m in self.suffix_ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !(bounds.contains(&e)
                || self.title_at(&text[e..])
                || text[e..].starts_with('党')
                || Self::suffix_glued_to_next(text, &tokens, e))
            {
                continue;
            }
            let mut suffix = &self.suffixes[m.pattern().as_usize()];
            let plain;
            if suffix.party && department_follows(text, &tokens, e) {
                plain = Suffix { party: false, ..suffix.clone() };
                suffix = &plain;
            }
            if let Some(g) =
                suffix.mission.then(|| stationed_mission(text, &tokens, (s, e), suffix.kind, base)).flatten()
            {
                groups.push(g);
            }
            if let Some(mut g) = self.walk(text, &tokens, s, e, suffix, base) {
                self.party_prefix(text, base, &mut g);
                groups.push(g);
            } else if let Some(g) = self.party_committee_in_full(text, &tokens, s, e, suffix, base) {
                groups.push(g);
            }
        }
        groups.retain(|g| !level_template(&text[g.span.start - base..g.span.end - base]));
        // Longer spans win; at equal length a lexicon body wins (it knows its kind).
        groups.sort_by_key(|g| (std::cmp::Reverse(g.span.len()), !g.named, g.span.start));
        let mut kept: Vec<Group> = Vec::new();
        for g in groups {
            if kept.iter().all(|k| !k.span.overlaps(g.span)) {
                kept.push(g);
            }
        }
        kept.sort_by_key(|g| g.span.start);
        self.bare_departments_of_governments(text, base, &bounds, &mut kept);
        join_government_departments(text, base, &mut kept);
        self.join_units(text, &tokens, base, &mut kept);
        self.share_list_regions(text, &tokens, base, &mut kept);
        self.add_ordinal_siblings(text, base, &mut kept);
        foreign_national_bodies(&tokens, base, &mut kept);
        self.tagged_bodies(text, &tokens, base, &mut kept);
        kept
    }

    /// A society's whole name in quotation marks (`“某某健康促进协会”`): the marks vouch for
    /// a name that opens with a verb or a field the rules would not take; the name is the
    /// quote, which ends with the suffix of an association or an international body after a
    /// core of two characters or more (a quoted `…中心` or `…办` is a slogan or a brand).
    fn quoted_groups(&self, text: &str, quoted: &[Quoted], base: usize) -> Vec<Group> {
        let mut groups = Vec::new();
        for q in quoted.iter().filter(|q| q.mark == Mark::Quote) {
            let name = q.inner.slice(text);
            let chars = name.chars().count();
            if !(MIN_QUOTED_NAME_CHARS..=MAX_QUOTED_NAME_CHARS).contains(&chars) || !is_han_word(name) {
                continue;
            }
            let Some(m) = self.suffix_ac.find_iter(name).filter(|m| m.end() == name.len()).min_by_key(|m| m.start())
            else {
                continue;
            };
            let suffix = &self.suffixes[m.pattern().as_usize()];
            let society = matches!(suffix.kind, InstitutionKind::Association | InstitutionKind::International);
            if name[..m.start()].chars().count() < 2 || !society {
                continue;
            }
            let span = q.inner.shift(base);
            let body = NamedBody { name: name.to_string(), kind: suffix.kind };
            groups.push(Group { span, members: vec![Candidate::named(span, name, &body)], named: true });
        }
        groups
    }

    /// A periodical named in book-title marks: `《某某》杂志`, `医学期刊《某某》` (a kind of
    /// periodical beside the marks: `outlet_suffixes.txt` [journal_words]), or a paper after
    /// its country or place (`英国《某某报》`). The name is the quote, a media outlet; the
    /// marks vouch for a core the suffix rules would not take (`世界报`, `星期日报`).
    fn book_outlet_groups(&self, text: &str, quoted: &[Quoted], tokens: &[Token<'_>], base: usize) -> Vec<Group> {
        let mut groups = Vec::new();
        for q in quoted.iter().filter(|q| q.mark == Mark::Book) {
            let name = q.inner.slice(text);
            if !(MIN_BOOK_OUTLET_CHARS..=MAX_BOOK_OUTLET_CHARS).contains(&name.chars().count()) || !is_han_word(name) {
                continue;
            }
            let (before, after) = (&text[..q.outer.start], &text[q.outer.end..]);
            let journal = self.journal_words.longest_prefix(after).is_some()
                || self.journal_words.longest_suffix(before).is_some();
            if !journal && !self.paper_of_a_place(name, tokens, q.outer.start) {
                continue;
            }
            let span = q.inner.shift(base);
            let body = NamedBody { name: name.to_string(), kind: InstitutionKind::Media };
            groups.push(Group { span, members: vec![Candidate::named(span, name, &body)], named: true });
        }
        groups
    }

    /// `英国《某某报》`: a name ending in `报` that is no report word (`通报`, `公报`:
    /// `outlet_suffixes.txt` [not_outlets]) right after a place name (token tag `ns`).
    fn paper_of_a_place(&self, name: &str, tokens: &[Token<'_>], open: usize) -> bool {
        name.ends_with('报')
            && self.not_outlets.longest_suffix(name).is_none()
            && tokens.iter().any(|t| t.span.end == open && t.tag == "ns")
    }

    /// A government department written bare right after its government (`某特别行政区政府` +
    /// `卫生局`): a group of the department alone, which [`join_government_departments`]
    /// joins to the government. It ends on a word boundary and no group holds it.
    fn bare_departments_of_governments(&self, text: &str, base: usize, bounds: &Boundaries, kept: &mut Vec<Group>) {
        let mut added = Vec::new();
        for (k, gov) in kept.iter().enumerate() {
            let [g] = &gov.members[..] else { continue };
            let at = gov.span.end - base;
            if gov.named || !g.suffix.ends_with("政府") || kept.get(k + 1).is_some_and(|n| n.span.start == gov.span.end)
            {
                continue;
            }
            let Some(m) = self
                .suffix_ac
                .find_iter(&text[at..])
                .take_while(|m| m.start() == 0)
                .filter(|m| bounds.contains(&(at + m.end())))
                .last()
            else {
                continue;
            };
            let suffix = &self.suffixes[m.pattern().as_usize()];
            if suffix.kind != InstitutionKind::Government || suffix.party || !suffix.canon.ends_with(DEPARTMENT_HEADS) {
                continue;
            }
            let span = Span::new(gov.span.end, gov.span.end + m.end());
            let body = NamedBody { name: text[at..at + m.end()].to_string(), kind: suffix.kind };
            let c = Candidate::named(span, &body.name, &body);
            added.push(Group { span, members: vec![c], named: true });
        }
        kept.extend(added);
        kept.sort_by_key(|g| g.span.start);
    }

    /// A party committee written with the party's short name before a place (`中共` + `某市委`):
    /// the short name joins the committee's mention (no mention of the party itself).
    /// A democratic party's short name there (`农工党` + `某省委`) makes the committee that
    /// party's, named as printed.
    fn party_prefix(&self, text: &str, base: usize, g: &mut Group) {
        let [m] = &mut g.members[..] else { return };
        let start = m.span.start - base;
        if m.suffix != PARTY_COMMITTEE {
            return;
        }
        if let Some(party) = self.other_parties.iter().find(|p| text[..start].ends_with(p.as_str())) {
            let span = Span::new(m.span.start - party.len(), m.span.end);
            let printed = &text[start - party.len()..m.span.end - base];
            let body = NamedBody { name: printed.to_string(), kind: InstitutionKind::Government };
            *m = Candidate::named(span, printed, &body);
            g.span = Span::new(g.span.start.min(span.start), g.span.end);
        } else if text[..start].ends_with(PARTY_PREFIX) {
            m.span = Span::new(m.span.start - PARTY_PREFIX.len(), m.span.end);
            m.surface = format!("{PARTY_PREFIX}{}", m.surface);
            g.span = Span::new(g.span.start.min(m.span.start), g.span.end);
        }
    }

    /// A party committee written in full (`中共` `某省` `委员会`): the party's short name, a
    /// place with its level, the committee suffix; the place's party committee. After a
    /// democratic party's name (`农工党某市委员会`) it is that party's, named as printed.
    fn party_committee_in_full(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        s: usize,
        e: usize,
        suffix: &Suffix,
        base: usize,
    ) -> Option<Group> {
        if suffix.canon != COMMITTEE || !text[s..e].eq(COMMITTEE) {
            return None;
        }
        let k = tokens.iter().position(|t| t.span.end == s)?;
        let (place, party) = (&tokens[k], tokens.get(k.checked_sub(1)?)?);
        let region = self.region_token(place.text, place.tag).filter(|r| *r == place.text)?.to_string();
        if !is_party_place(std::slice::from_ref(&region)) {
            return None;
        }
        if let Some(other) = self.other_parties.iter().find(|p| text[..place.span.start].ends_with(p.as_str())) {
            // A democratic party's committee of the place, named as printed.
            let open = place.span.start - other.len();
            let span = Span::new(base + open, base + e);
            let body = NamedBody { name: text[open..e].to_string(), kind: InstitutionKind::Government };
            return Some(Group { span, members: vec![Candidate::named(span, &body.name, &body)], named: true });
        }
        if party.text != PARTY_PREFIX {
            return None;
        }
        let span = Span::new(base + party.span.start, base + e);
        let c = Candidate {
            span,
            surface: text[party.span.start..e].to_string(),
            region: vec![region],
            core: String::new(),
            kind: InstitutionKind::Government,
            suffix: PARTY_COMMITTEE.to_string(),
            named: None,
            bare: false,
        };
        Some(Group { span, members: vec![c], named: false })
    }

    /// The lexicon bodies named in the sentence, on token boundaries (a short one on both
    /// sides; `卫福部长`: the body's last character may be shared with a title).
    pub(super) fn named_groups(&self, text: &str, base: usize, bounds: &Boundaries) -> Vec<Group> {
        let mut groups = Vec::new();
        for m in self.named_ac.find_iter(text) {
            let s = m.start();
            let Some((e, index)) = self.named_end(text, s, m.end(), m.pattern().as_usize(), bounds) else {
                continue;
            };
            let short = e - s <= SHORT_BODY_BYTES;
            // A two-character short form glued to `大会` names the meeting (`世卫大会`).
            let meeting = short && text[e..].starts_with("大会");
            if (short && !bounds.contains(&s)) || meeting || self.title_runs_past(&text[s..], e - s) {
                continue;
            }
            let body = &self.named[index];
            // An outlet's site prefix glued before it is part of the mention (`abc.hk某网`).
            let s = if body.kind == InstitutionKind::Media { s - latin_site_prefix(&text[..s]) } else { s };
            let c = Candidate::named(Span::new(base + s, base + e), &text[s..e], body);
            groups.push(Group { span: c.span, members: vec![c], named: true });
        }
        groups
    }

    /// Where the lexicon body matched at `s..e` (word `index`) ends, with its index: at `e`
    /// when a word, a title or no letter follows (`卫福部长`: the body's last character may
    /// be shared with a title), else the longest shorter body from `s` that ends on a token
    /// boundary (`央视|新闻报道` names `央视` where `央视新闻` runs into the next word).
    fn named_end(&self, text: &str, s: usize, e: usize, index: usize, bounds: &Boundaries) -> Option<(usize, usize)> {
        // A body in Latin letters inside a longer Latin word is none (`WHO` in `WHOLE`).
        if latin_word_runs_on(text, e) {
            return None;
        }
        let ends_here = |e: usize| {
            let last_len = text[s..e].chars().next_back().map_or(0, char::len_utf8);
            bounds.contains(&e)
                || self.title_at(&text[e..])
                || !starts_han(&text[e..])
                || self.title_at(&text[e - last_len..])
        };
        if ends_here(e) {
            return Some((e, index));
        }
        (s + 1..e)
            .rev()
            .filter(|&b| text.is_char_boundary(b) && bounds.contains(&b))
            .find_map(|b| self.named_index.get(&text[s..b]).map(|&i| (b, i)))
            .or_else(|| self.report_after_outlet(text, e, index, bounds).then_some((e, index)))
    }

    /// True when the lexicon outlet `index` ending at `e` is followed by a report word of an
    /// outlet's note (`报道`: `outlet_notes.txt` [endings]) that ends on a token boundary: the
    /// segmenter glued the outlet's last word to it (`据湖川新闻报道` read `湖川` `新闻报道`),
    /// yet the outlet ends at `e`. Asked only where no boundary follows a lexicon body and no
    /// shorter body ends on one (`央视|新闻报道` stays `央视`).
    fn report_after_outlet(&self, text: &str, e: usize, index: usize, bounds: &Boundaries) -> bool {
        self.named[index].kind == InstitutionKind::Media
            && self.report_words.longest_prefix(&text[e..]).is_some_and(|n| bounds.contains(&(e + n)))
    }

    /// Numbered siblings written short after the numbered hospitals of `kept` (see
    /// `ordinal_sibling`), where nothing else stands.
    pub(super) fn add_ordinal_siblings(&self, text: &str, base: usize, kept: &mut Vec<Group>) {
        let mut siblings = Vec::new();
        for g in kept.iter() {
            let Some(mut prev) = g.members.last().cloned() else { continue };
            while let Some(next) = self.ordinal_sibling(text, base, &prev) {
                if kept.iter().any(|k| k.span.overlaps(next.span)) {
                    break;
                }
                siblings.push(Group { span: next.span, members: vec![next.clone()], named: false });
                prev = next;
            }
        }
        if !siblings.is_empty() {
            kept.extend(siblings);
            kept.sort_by_key(|g| g.span.start);
        }
    }

    /// A numbered sibling written short after a numbered hospital:
    /// `苏州大学附属第一医院、第二医院` → `苏州大学附属第二医院`, with the short form as its
    /// surface.
    pub(super) fn ordinal_sibling(&self, text: &str, base: usize, prev: &Candidate) -> Option<Candidate> {
        if prev.kind != InstitutionKind::Hospital || prev.named.is_some() {
            return None;
        }
        let end = prev.span.end.checked_sub(base)?;
        let after = text.get(end..)?;
        let sep = LIST_SEPARATORS.iter().find(|s| after.starts_with(*s))?;
        let rest = &after[sep.len()..];
        // The part the sibling replaces: the ordinal (`第一`), else the name after `附属`
        // (`…附属邵逸夫医院、第二医院`).
        let (ord_start, ord_end) = ordinal_in(&prev.core).or_else(|| {
            let p = prev.core.rfind("附属")? + "附属".len();
            (p < prev.core.len()).then_some((p, prev.core.len()))
        })?;
        let tail = format!("{}{}", &prev.core[ord_end..], prev.suffix);
        let (_, sib_ord_end) = ordinal_in(rest).filter(|&(s, _)| s == 0)?;
        // The written tail may use the abbreviated suffix form (`医院`); compare the surface.
        let written_tail =
            prev.surface.get(prev.surface.rfind(&prev.core[ord_start..ord_end])? + ord_end - ord_start..)?;
        let sib_tail = if rest[sib_ord_end..].starts_with(written_tail) {
            written_tail
        } else if rest[sib_ord_end..].starts_with(tail.as_str()) {
            tail.as_str()
        } else {
            return None;
        };
        let surface_len = sib_ord_end + sib_tail.len();
        let start = end + sep.len();
        let core = format!("{}{}{}", &prev.core[..ord_start], &rest[..sib_ord_end], &prev.core[ord_end..]);
        Some(Candidate {
            span: Span::new(base + start, base + start + surface_len),
            surface: rest[..surface_len].to_string(),
            region: prev.region.clone(),
            core,
            kind: prev.kind,
            suffix: prev.suffix.clone(),
            named: None,
            bare: false,
        })
    }

    /// True when `rest` begins with a title (`主任`, `院长`, `记者`, …).
    pub(super) fn title_at(&self, rest: &str) -> bool {
        let rest = rest.trim_start_matches(' ');
        rest.char_indices()
            .skip(1)
            .take(TITLE_MAX_CHARS)
            .map(|(i, _)| i)
            .chain([rest.len()])
            .any(|end| self.titles.contains(&rest[..end]))
    }

    /// True when `item` ends with a title of two characters or more: a person's post or
    /// honour listed before a body (`全国人大代表、青禾县人民医院院长`), no sibling of it.
    fn ends_with_title(&self, item: &str) -> bool {
        item.char_indices()
            .rev()
            .take(TITLE_MAX_CHARS)
            .any(|(i, _)| item.len() - i >= 2 * '长'.len_utf8() && self.titles.contains(&item[i..]))
    }

    /// True when the piece starting at `start` is a name written after a title, whole or
    /// after its surname (`局长` + `阎` + `美玲`): no list item of bodies, though the
    /// segmenter reads it as one (`局长阎美玲、南坪区医保局`).
    pub(super) fn name_after_title(&self, text: &str, start: usize) -> bool {
        let before = text[..start].trim_end_matches(' ');
        let surname = before.chars().next_back().filter(|&c| is_han(c)).map_or(0, char::len_utf8);
        [before, before[..before.len() - surname].trim_end_matches(' ')].into_iter().any(|b| self.ends_with_title(b))
    }

    /// True when a title starting at `rest` runs past its first `len` bytes: a body that
    /// opens a title word (`立法会` in `立法会议员`, `全国人大` in `全国人大代表`) is part of
    /// the title, not a mention (FACTS.md, people).
    fn title_runs_past(&self, rest: &str, len: usize) -> bool {
        rest.char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .skip_while(|&end| end <= len)
            .take(TITLE_MAX_CHARS)
            .any(|end| self.titles.contains(&rest[..end]))
    }

    /// How the pieces `left` of a suffix close a list: a kind noun after a count is the
    /// items' (`甲管区、乙管区等6所管区医院`); a count closes a list as `等` does
    /// (`甲、乙两家医院`), also after it (`甲、乙等13所卫生院`), a count in digits only after
    /// `等` (`与内地10间医院` lists nothing). Returns the pieces before the closing, the
    /// count's pieces, whether a list closes there and the kind noun.
    fn list_closing<'t>(&self, text: &'t str, left: &[(Span, &str)]) -> (usize, usize, bool, Option<&'t str>) {
        let piece = |k: usize| left[k].0.slice(text);
        let kind = self.counted_kind(text, left);
        let mut i = left.len() - usize::from(kind.is_some());
        let mut counted = list_count(text, &left[..i]);
        if counted > 0
            && !(i > counted && piece(i - counted - 1) == "等")
            && piece(i - counted).contains(|c: char| c.is_ascii_digit())
        {
            counted = 0;
        }
        let etc = counted > 0 || i > 0 && piece(i - 1) == "等";
        if etc {
            i -= counted.max(1);
            if counted > 0 && i > 0 && piece(i - 1) == "等" {
                i -= 1;
            }
        }
        (i, counted, etc, kind)
    }

    /// Walks left from a suffix at `s..e` (sentence-relative) and builds the name, with
    /// coordinated siblings.
    pub(super) fn walk(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        s: usize,
        e: usize,
        suffix: &Suffix,
        base: usize,
    ) -> Option<Group> {
        if self.trade_inside_name(text, tokens, e, suffix) {
            return None;
        }
        let left =
            self.left_pieces(text, tokens, s).or_else(|| self.tagged_company_word(text, tokens, s, e, suffix))?;
        // A branch (`分会`, `分公司`) carries its parent's name: the nearest organization
        // to its left within the same noun phrase is the parent; a parent written there
        // that names nothing (`医院新院区`) makes no branch either.
        if let Some(g) = self.branch_first(text, tokens, &left, s, e, suffix, base) {
            return g;
        }
        let (i, counted, etc, kind) = self.list_closing(text, &left);
        let core_end = if i > 0 { left[i - 1].0.end } else { s };
        let titled = self.title_at(&text[e..]);
        let (mut core_start, mut region, stop_at) = self.walk_core(text, &left, i, suffix, titled);
        self.short_form_as_core(&mut region, &mut core_start, core_end, suffix);
        // A sub-unit in brackets after its body (`某某医院（某某院区）`) qualifies that body.
        if suffix.branch && text[..core_start].ends_with(['（', '(']) {
            return None;
        }
        let stop_at =
            region.first().map_or(stop_at, |r| left.iter().position(|t| t.0.start == r.0.start).unwrap_or(stop_at));
        // The tagger checks names the rules would make (not lists, not region-named ones, not
        // those the structure vouches for: a verb opening an item before a title).
        if region.is_empty()
            && !etc
            && !(titled && verb_opened(text, &left, core_start))
            && self.valid_name(&text[core_start..core_end], &[], suffix, &left, core_start, core_end, text)
        {
            match self.tagger_start(text, tokens, core_start, s, e) {
                Some(Evidence::Starts(t)) => core_start = t,
                Some(Evidence::NoOrganization) if !self.vouched_by_suffix(text, tokens, core_start, s, suffix) => {
                    return None
                }
                Some(Evidence::NoOrganization) | None => {}
            }
        }
        let core = &text[core_start..core_end];
        if self.hospital_department(core, suffix) {
            return None;
        }
        let region_start = region.first().map(|r| r.0.start).unwrap_or(core_start);
        let region_words: Vec<String> = region.iter().map(|r| r.1.clone()).collect();
        let valid = self.valid_name(core, &region_words, suffix, &left, core_start, core_end, text);
        // Without proper-name evidence a core may still stand as the last item of a list
        // (`石牌、棠下、猎德等社区卫生服务中心`): the list decides below.
        let listable = !core.is_empty() && core.chars().count() >= 2 && !self.generic_cores.contains(core);
        if !valid && !listable {
            return None;
        }
        let maker = Maker { text, base, suffix };
        let last_span = if etc { Span::new(region_start, core_end) } else { Span::new(region_start, e) };
        let mut members = vec![maker.make(last_span, region_words.clone(), core, etc)];
        if !etc {
            legal_form(text, base, &mut members[0]);
        }
        let list = List { left: &left, stop_at, maker: &maker, kind };
        self.siblings(&list, core, &region_words, &mut members);
        if (!valid || counted > 0) && members.len() < 2 {
            return None;
        }
        self.international_kind(&mut members);
        if let Some(kind) = kind {
            for m in members.iter_mut().filter(|m| !m.core.ends_with(kind)) {
                m.core.push_str(kind);
            }
        }
        members.reverse();
        let span = Span::new(base + members.iter().map(|m| m.span.start - base).min().unwrap_or(s), base + e);
        Some(Group { span, members, named: false })
    }

    /// Coordinated siblings: `A、B、C<suffix>`, `A和B<suffix>`, `A、B等<suffix>`. A body
    /// named only after a national or international prefix has no siblings written bare
    /// (`…和亚太公共卫生联盟`: the word before `和` is no 联盟). Bodies of a town or a
    /// street share its level (`东湖、西湖街道办事处`); bodies of places share the place's
    /// level (`湘潭市、郴州市卫健委`).
    fn siblings(&self, list: &List<'_, '_>, core: &str, region_words: &[String], members: &mut Vec<Candidate>) {
        let suffix = list.maker.suffix;
        let place_core = ITEM_LEVELS.iter().any(|l| core.ends_with(l));
        if region_words.is_empty()
            && !core.is_empty()
            && (has_bare_siblings(suffix.kind) || place_core)
            && !suffix.national
        {
            self.sibling_cores(list, core, members);
        }
        if core.is_empty() && region_words.len() == 1 && suffix.region_ok {
            self.sibling_places(list, &region_words[0], members);
        }
    }

    /// A centre named after a whole hospital's name (`某某医院心理干预中心`, `…中心主任`) is
    /// a department of the hospital, no body of its own: in a title it stays in the title
    /// (`docs/FACTS.md`). Only the generic `中心` row counts (a `…管理中心` manages a field,
    /// `某市公立医院发展管理中心`); a branch (`…分中心`) is a body of its own.
    fn hospital_department(&self, core: &str, suffix: &Suffix) -> bool {
        suffix.kind == InstitutionKind::Other
            && suffix.canon == CENTRE
            && !suffix.branch
            && self.suffix_ac.find_iter(core).any(|m| {
                let hospital = &self.suffixes[m.pattern().as_usize()];
                matches!(hospital.kind, InstitutionKind::Hospital | InstitutionKind::PrimaryCare)
                    && core[m.end()..].chars().count() >= MIN_DEPARTMENT_CHARS
            })
    }

    /// A trade word of `company_words.txt` that ends a company's name only after a proper
    /// name (`康泰医药`, `org_suffixes.txt` flag `proper`).
    fn is_trade(&self, suffix: &Suffix) -> bool {
        suffix.proper && self.company_words.contains(&suffix.canon)
    }

    /// A trade word (`医药`, `药业`, `保险`) that ends a company's name only at the end of its
    /// noun phrase: a noun after it, no title, continues another name or term
    /// (`中国医药大学`, `医药产业`, `人均保险支出`), while `康泰医药的代表`, `康泰医药董事长`
    /// and a title chain opened by a noun (`某某保险首席营运总监` + name) end there.
    fn trade_inside_name(&self, text: &str, tokens: &[Token<'_>], e: usize, suffix: &Suffix) -> bool {
        if !self.is_trade(suffix) {
            return false;
        }
        let next = tokens.get(tokens.partition_point(|t| t.span.start < e));
        next.is_some_and(|t| t.span.start == e && t.tag.starts_with('n') && is_han_word(t.text))
            && !self.title_at(&text[e..])
            && !self.title_chain_at(text, tokens, e)
    }

    /// True when the words from `e` open a title chain: words of two characters or more up
    /// (or a conjunction) to a title word (`首席` `客务` … `及` … `总监`), within
    /// [`TITLE_CHAIN_WORDS`]; another one-character word, a particle, adverb, pronoun, numeral
    /// or mark ends the phrase first
    /// (`保险财产的` … `专家`: no chain).
    fn title_chain_at(&self, text: &str, tokens: &[Token<'_>], e: usize) -> bool {
        let k = tokens.partition_point(|t| t.span.start < e);
        tokens
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take(TITLE_CHAIN_WORDS)
            .take_while(|t| {
                is_han_word(t.text)
                    && (t.text.chars().count() > 1 || t.tag == "c")
                    && !matches!(t.tag.chars().next(), Some('p' | 'u' | 'd' | 'r' | 'm'))
            })
            .skip(1)
            .any(|t| self.title_at(&text[t.span.start..]))
    }

    /// An association or other body whose name opens with an international prefix
    /// (`世界家庭医学组织`, `亚太公共卫生联盟`) is an international body.
    pub(super) fn international_kind(&self, members: &mut [Candidate]) {
        for m in members.iter_mut() {
            let open = self.opens_international(&m.core);
            if open && matches!(m.kind, InstitutionKind::Association | InstitutionKind::Other) {
                m.kind = InstitutionKind::International;
            }
        }
    }

    /// A place's short form alone before a plain 医院, a school (`某地医学院`) or an outlet, or a county's
    /// before a suffix that a region alone does not name, is the core (`延安医院`,
    /// `北京大学`, `黑龙江日报`, `屯门医院`, `浦江社区卫生服务中心`), not a region prefix
    /// of nothing.
    pub(super) fn short_form_as_core(
        &self,
        region: &mut Vec<(Span, String)>,
        core_start: &mut usize,
        core_end: usize,
        suffix: &Suffix,
    ) {
        if let Some((sp, _)) = region.last().filter(|(_, r)| {
            *core_start == core_end
                && (matches!(suffix.canon.as_str(), "医院" | "大学" | "学院")
                    || suffix.kind == InstitutionKind::Media
                    || (suffix.kind == InstitutionKind::Education && !suffix.region_ok)
                    || (!suffix.region_ok && self.is_county_short_form(r)))
                && r.chars().count() >= 2
                && !REGION_LEVELS.iter().any(|l| r.ends_with(l))
        }) {
            *core_start = sp.start;
            region.pop();
        }
    }

    /// What the learned tagger says of a name the rules read from `core_start` to the suffix
    /// at `s..e` (no region before it): an organization that ends with the suffix and starts
    /// inside the core, on a token boundary (`原` `卫生部`: the rules took a modifier), or no
    /// organization at the suffix at all.
    pub(super) fn tagger_start(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        core_start: usize,
        s: usize,
        e: usize,
    ) -> Option<Evidence> {
        // Only pieces the segmenter reads as no proper name are the tagger's to drop: a
        // proper name it misses (`友成`, `华` `漕`, `将军` `澳`) stays the rules' call.
        let common = |from: usize, to: usize| {
            let inside = tokens.partition_point(|t| t.span.start < from)..tokens.partition_point(|t| t.span.end <= to);
            is_han_word(&text[from..to])
                && tokens.get(inside).map_or(true, |ts| ts.iter().all(|t| !PROPER_TAGS.contains(&t.tag)))
        };
        // The tagger is asked only when the core's first whole token is such a piece (it
        // costs more than the rules).
        let k = tokens.partition_point(|t| t.span.start < core_start);
        let opens_common = tokens.get(k).map_or(true, |t| t.span.end > s || common(t.span.start, t.span.end));
        // A national or international prefix stands where a region would (`世界…组织`).
        let national = self.opens_national(&text[core_start..]) || self.opens_international(&text[core_start..]);
        // A body of a town or district named by its place (`顾` `村镇` 卫生院) is the rules'.
        let core = text.get(core_start..s).unwrap_or_default();
        let place = PLACE_ENDS.iter().any(|p| core.ends_with(p)) && core.chars().count() > 2;
        if core_start >= s || !opens_common || national || place {
            return None;
        }
        let entities = evidence::entities_near(text, tokens, 0, Span::new(core_start, e));
        let at_suffix: Vec<Span> = entities
            .iter()
            .filter(|x| x.kind == Kind::Org && x.span.overlaps(Span::new(s, e)))
            .map(|x| x.span)
            .collect();
        if at_suffix.is_empty() {
            return common(core_start, s).then_some(Evidence::NoOrganization);
        }
        at_suffix
            .iter()
            .find(|x| {
                x.end == e
                    && x.start > core_start
                    && x.start <= s
                    && tokens.binary_search_by_key(&x.start, |t| t.span.start).is_ok()
                    && common(core_start, x.start)
                    && !NAME_DOTS.iter().any(|d| text[x.start..].starts_with(d))
            })
            .map(|x| Evidence::Starts(x.start))
    }

    /// True for a foreign country's government written with the country alone (`法国政府`):
    /// the country stands for the place a government's suffix needs.
    fn country_government(&self, core: &str, suffix: &Suffix) -> bool {
        suffix.kind == InstitutionKind::Government && suffix.region_req && self.is_country(core)
    }

    /// A short core of its own that opens a clause or a list item before a strong suffix of
    /// a facility or firm (`，仁心诊所`, `和百康药房`): the structure vouches for a made-up
    /// name the tagger does not know. Field and generic words (`口腔`, `私人`, `医药`) name
    /// a kind, not a body. A foreign country vouches for its government (`法国政府`).
    fn vouched_by_suffix(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        core_start: usize,
        s: usize,
        suffix: &Suffix,
    ) -> bool {
        let strong =
            matches!(suffix.kind, InstitutionKind::Hospital | InstitutionKind::PrimaryCare | InstitutionKind::Company)
                && suffix.canon.chars().count() >= 2;
        let core = &text[core_start..s];
        let k = tokens.partition_point(|t| t.span.start < core_start);
        let starts_token = tokens.get(k).is_some_and(|t| t.span.start == core_start);
        let opens = k == 0 || {
            let prev = tokens[k - 1].text;
            !is_han_word(prev) || self.and_words.contains(prev)
        };
        let field = self.generic_cores.contains(core) || self.company_words.iter().any(|w| w == core);
        self.country_government(core, suffix)
            || strong
                && starts_token
                && opens
                && (2..=4).contains(&core.chars().count())
                && is_han_word(core)
                && !field
                && !self.starts_with_stop(core)
                && !self.deictic(core)
    }

    /// A kind noun written between a count and the suffix (`等6所` + `管区` + 医院): a common
    /// noun of two characters, no stop or generic word, after a count of the items.
    pub(super) fn counted_kind<'t>(&self, text: &'t str, left: &[(Span, &str)]) -> Option<&'t str> {
        let [rest @ .., (sp, tag)] = left else { return None };
        let w = sp.slice(text);
        let noun = *tag == "n" && w.chars().count() == 2 && is_han_word(w);
        (noun && !self.stops.contains(w) && !self.generic_cores.contains(w) && list_count(text, rest) > 0).then_some(w)
    }

    /// The pieces left of a suffix at `s`: the tokens of a window before it, conjunctions
    /// split off, a token straddling `s` clipped (`None` when that token is a generic term,
    /// `紧密型城市医疗集团`, which holds no name).
    pub(super) fn left_pieces<'t>(&self, text: &str, tokens: &[Token<'t>], s: usize) -> Option<Vec<(Span, &'t str)>> {
        let mut left: Vec<(Span, &'t str)> = Vec::new();
        // Names are short: only a window of tokens before the suffix is read, which keeps
        // the cost per suffix constant however long the sentence.
        let first = tokens.partition_point(|t| t.span.end + WINDOW <= s);
        let last = tokens.partition_point(|t| t.span.start < s);
        for t in &tokens[first..last] {
            if t.span.end <= s {
                // A conjunction glued to the name after another organization
                // (`卫生院和胥口镇卫生院` read as `和胥`): split it off.
                let w = t.span.slice(text);
                let glued = w.len() > 3 && w.starts_with(['和', '与', '及']);
                if glued && left.last().is_some_and(|&(sp, _)| self.ends_with_suffix(sp.slice(text))) {
                    let cut = t.span.start + '和'.len_utf8();
                    left.push((Span::new(t.span.start, cut), "c"));
                    left.push((Span::new(cut, t.span.end), t.tag));
                } else {
                    split_coordination(text, t.span, t.tag, &mut left);
                }
            } else if t.span.start < s {
                self.clip_straddling(text, t, s, &mut left)?;
            }
        }
        self.split_founding_words(text, &mut left);
        self.split_glued_prepositions(text, &mut left);
        self.join_fused_places(text, tokens, &mut left);
        self.join_corps_units(text, &mut left);
        self.join_list_items(text, &mut left);
        Some(left)
    }

    /// A company written as one word the segmenter reads as a common noun (`佳能公司`/n) is
    /// a name when the learned tagger reads an organization ending with that word and the
    /// word is no trade's kind of company: the word's part before the suffix becomes a
    /// proper-name piece, and the rules read the name's left edge as for any other.
    fn tagged_company_word<'t>(
        &self,
        text: &str,
        tokens: &[Token<'t>],
        s: usize,
        e: usize,
        suffix: &Suffix,
    ) -> Option<Vec<(Span, &'t str)>> {
        if suffix.kind != InstitutionKind::Company {
            return None;
        }
        let t = tokens.get(tokens.partition_point(|t| t.span.end <= s))?;
        let word = Span::new(t.span.start, s);
        let w = word.slice(text);
        if t.span.end != e || !is_han_word(w) || w.chars().nth(1).is_none() || self.company_trades.contains(w) {
            return None;
        }
        let read = evidence::entities_near(text, tokens, 0, t.span);
        if !read.iter().any(|x| x.kind == Kind::Org && x.span.end == e && x.span.start <= t.span.start) {
            return None;
        }
        let mut left = self.left_pieces(text, tokens, t.span.start)?;
        left.push((word, "nz"));
        Some(left)
    }

    /// The suffix begins inside token `t`: only a proper-name token may hold a name
    /// (`瑞金医院`), a place (`市政府`) or a word right after a region (`湖南省物价局`);
    /// `上海市第一人民医院` read as one token keeps its region as a region.
    pub(super) fn clip_straddling<'t>(
        &self,
        text: &str,
        t: &Token<'t>,
        s: usize,
        left: &mut Vec<(Span, &'t str)>,
    ) -> Option<()> {
        let clipped = &text[t.span.start..s];
        // The party's short name read with its committee's place (`中共北京市委`): the place
        // is read apart, and the party opens the committee's name as it does when written apart.
        if let Some(place) = clipped.strip_prefix(PARTY_PREFIX).filter(|p| !p.is_empty()) {
            let cut = t.span.start + PARTY_PREFIX.len();
            left.push((Span::new(t.span.start, cut), "j"));
            let rest = Token { text: &t.text[PARTY_PREFIX.len()..], span: Span::new(cut, t.span.end), ..*t };
            debug_assert!(rest.text.starts_with(place));
            return self.clip_straddling(text, &rest, s, left);
        }
        // After a region a common word is the body's field (`湖南省` `物价局`, `卫生厅`).
        let after_region = clipped.chars().nth(1).is_some()
            && left.last().is_some_and(|&(sp, tag)| self.region_token(sp.slice(text), tag).is_some());
        // A corps unit's level read with the suffix (`184` `团党委`).
        let corps_level =
            left.last().is_some_and(|&(sp, _)| sp.end == t.span.start && is_corps_unit(&text[sp.start..s]));
        // A place's level read with the suffix after the place's name (`殿前` `街道办`).
        let place_level = PLACE_ENDS.contains(&clipped) && left.last().is_some_and(|&(sp, _)| sp.end == t.span.start);
        // A village's level read with its clinic after the village's proper name (`石桥`
        // `村卫生室`); a scope word before it names no village (`各` `村卫生室`).
        let village = clipped == VILLAGE
            && left.last().is_some_and(|&(sp, tag)| sp.end == t.span.start && proper_word(sp.slice(text), tag));
        // After an international prefix a common noun is the agency's field (`联合国`
        // `难民署`); an ordinal or count is none (`亚洲` `第一部`).
        let after_international = t.tag.starts_with('n')
            && left.last().is_some_and(|&(sp, _)| self.international.iter().any(|p| p == sp.slice(text)));
        // After a proper name a common noun is the body's trade (`恒信` `实业公司`).
        let after_proper = t.tag.starts_with('n')
            && clipped.chars().nth(1).is_some()
            && left
                .last()
                .is_some_and(|&(sp, tag)| sp.end == t.span.start && tag != "j" && proper_word(sp.slice(text), tag));
        // After a common noun a verb of two characters read with the suffix as a set phrase
        // is the body's duty (`质量` `控制中心`): the name still needs its place.
        let after_field = t.tag == "l"
            && clipped.chars().count() == 2
            && left.last().is_some_and(|&(sp, tag)| {
                sp.end == t.span.start && matches!(tag, "n" | "vn") && !self.stops.contains(sp.slice(text))
            });
        // After a conjunction a common noun is the second field of a college's name
        // (`食品科学` `与` `工程学院`); [`Self::fields_after_parent`] wants its parent.
        let after_conjunction = t.tag.starts_with('n')
            && clipped.chars().nth(1).is_some()
            && left.last().is_some_and(|&(sp, _)| sp.end == t.span.start && is_name_conjunction(sp.slice(text)));
        if !PROPER_TAGS.contains(&t.tag)
            && self.region_token(clipped, "ns").is_none()
            && !self.trade_after_trade(text, t, s, left)
            && !after_conjunction
            && !after_region
            && !after_international
            && !after_proper
            && !after_field
            && !corps_level
            && !place_level
            && !village
        {
            return None;
        }
        let cut = clipped
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter(|&end| end < clipped.len() && clipped[..end].ends_with(['省', '市', '区', '县']))
            .find(|&end| self.region_token(&clipped[..end], "ns").is_some_and(|r| r.chars().count() > 2));
        match cut {
            Some(end) => {
                left.push((Span::new(t.span.start, t.span.start + end), "ns"));
                left.push((Span::new(t.span.start + end, s), t.tag));
            }
            None => left.push((Span::new(t.span.start, s), t.tag)),
        }
        Some(())
    }

    /// A firm's second trade word read with its share form (`生物` `科技股份` `有限公司`):
    /// after a trade word of `company_words.txt` written right before it, the clipped trade
    /// word (`科技`) is the firm's trade too, and the brand before them is the core
    /// (`临江华康生物科技股份有限公司`); the core walk still wants that brand.
    fn trade_after_trade(&self, text: &str, t: &Token<'_>, s: usize, left: &[(Span, &str)]) -> bool {
        let is_trade = |w: &str| self.company_words.iter().any(|c| c == w);
        text[s..].starts_with("股份")
            && is_trade(&text[t.span.start..s])
            && left.last().is_some_and(|&(sp, _)| sp.end == t.span.start && is_trade(sp.slice(text)))
    }

    /// Coordinated siblings before the name's core: `A、B、C<suffix>`, `A和B<suffix>` (one
    /// 和 at most), each item 2–4 characters with a proper word; the level written on the
    /// last item is shared (`城关、东关镇卫生院`); a region before the first item applies to
    /// all of them.
    pub(super) fn sibling_cores(&self, list: &List<'_, '_>, core: &str, members: &mut Vec<Candidate>) {
        let (left, text) = (list.left, list.maker.text);
        let mut j = list.stop_at;
        let mut joined_by_and = false;
        while j > 0 {
            let sep = left[j - 1].0.slice(text);
            let is_list = sep == "、";
            let is_and = self.and_words.contains(sep);
            if !(is_list || (is_and && !joined_by_and)) {
                break;
            }
            joined_by_and |= is_and;
            let item_end = left[j - 1].0.start;
            let Some(k) = self.list_item(text, left, j, list.kind) else { break };
            let item_start = left[k].0.start;
            let item = &text[item_start..item_end];
            let level = ITEM_LEVELS.iter().find(|l| core.ends_with(*l) && core.chars().count() > l.chars().count());
            let item_core = match level {
                Some(l) if !ITEM_LEVELS.iter().any(|own| item.ends_with(own)) => format!("{item}{l}"),
                _ => item.to_string(),
            };
            let member = list.maker.make(Span::new(item_start, item_end), Vec::new(), &item_core, true);
            // A place written bare (`东湖` of `东湖、西湖街道办事处`) is no name of the body.
            let member =
                if item_core.len() > item.len() { Candidate { surface: String::new(), ..member } } else { member };
            members.push(member);
            j = k;
        }
        if members.len() > 1 && j > 0 {
            if let Some(chain) = self.region_chain(text, left, j) {
                for m in members.iter_mut() {
                    m.region = chain.clone();
                }
            }
        }
    }

    /// The list item that ends before the separator `left[j - 1]`: consecutive non-stop
    /// tokens, at least one proper, 2–4 characters ([`MAX_ITEM_BYTES`] at most); the index
    /// of its first piece.
    pub(super) fn list_item(&self, text: &str, left: &[(Span, &str)], j: usize, kind: Option<&str>) -> Option<usize> {
        let item_end = left[j - 1].0.start;
        let mut k = j - 1;
        let mut proper = false;
        while k > 0 {
            let (sp, tag) = left[k - 1];
            let w = sp.slice(text);
            // Between separators the structure vouches for a name: verbs and common nouns
            // the tagger reads into place names are accepted (`劲松`, `下关`); function words
            // are not.
            let function = w.chars().count() > 1
                && (matches!(tag, "p" | "c" | "u" | "uj" | "ul" | "r" | "m" | "q" | "d" | "t")
                    || (k + 1 < j && matches!(tag, "v" | "vn" | "vd")));
            // A place name opens an item (`北京` `街`) but a level-marked region (`天河区`)
            // is the list's prefix, not part of an item.
            let place_in_item = k + 1 < j && !w.ends_with(['省', '市', '区', '县']);
            if !is_han_word(w)
                || self.stops.contains(w)
                || function
                || self.region_generic.contains(w)
                || (self.region_token(w, tag).is_some() && !place_in_item && !self.is_short_form(w))
            {
                break;
            }
            if self.ends_with_suffix(w) {
                return None;
            }
            // In a counted list of one kind (`甲管区、乙管区等6所管区医院`) a word that would
            // make the item too long opens none of it (`新建` before the list), once the
            // item holds two characters.
            if kind.is_some() && item_end - sp.start > MAX_ITEM_BYTES && item_end - left[k].0.start >= ITEM_MIN_BYTES {
                break;
            }
            proper |= !self.generic_cores.contains(w);
            k -= 1;
            if item_end - left[k].0.start > MAX_ITEM_BYTES {
                break;
            }
        }
        if k == j - 1 {
            return None;
        }
        let written = &text[left[k].0.start..item_end];
        // The shared kind noun is no part of the item's own name (`甲管区` → `甲`).
        let item = kind.and_then(|w| written.strip_suffix(w)).filter(|i| !i.is_empty()).unwrap_or(written);
        let n = item.chars().count();
        let named = proper
            && ITEM_CHARS.contains(&n)
            && !self.is_level_region(item)
            && !self.generic_cores.contains(item)
            && !self.ends_with_title(item)
            && !self.name_after_title(text, left[k].0.start);
        named.then_some(k)
    }

    /// The regions written before `left[j]` (`上海市 徐汇区`), bare level words aside.
    pub(super) fn region_chain(&self, text: &str, left: &[(Span, &str)], j: usize) -> Option<Vec<String>> {
        let (sp, tag) = left[j - 1];
        let r = self.region_token(sp.slice(text), tag)?;
        let mut chain = vec![r.to_string()];
        let mut k = j - 1;
        while k > 0 {
            match self.region_token(left[k - 1].0.slice(text), left[k - 1].1) {
                Some(r) if r != "市" && r != "省" && r != "区" && r != "县" => {
                    chain.insert(0, r.to_string());
                    k -= 1;
                }
                _ => break,
            }
        }
        Some(chain)
    }

    /// Places sharing a level and a suffix: `柘城、睢县、民权县人民医院`. Between separators
    /// the list vouches for county names the tagger reads as common nouns (`项城`/n), as
    /// long as one item is read as a place or name.
    pub(super) fn sibling_places(&self, list: &List<'_, '_>, region: &str, members: &mut Vec<Candidate>) {
        let (left, text) = (list.left, list.maker.text);
        // A bare level (`王玮、市卫健委`) is the article's place, shared with no list item.
        let Some(level) = ["县", "区", "市", "旗"].iter().find(|l| region.ends_with(*l) && region != **l) else {
            return;
        };
        let mut items = Vec::new();
        let mut proper = false;
        let mut j = list.stop_at;
        while j >= 2 && matches!(left[j - 1].0.slice(text), "、" | "和" | "及" | "与") {
            let (mut sp, tag) = left[j - 2];
            // A bare level word written apart ends the item's place (`北塘` `新区`、…).
            let joined = j >= 3 && self.bare_level_after_word(text, left, j - 2);
            if joined {
                sp = Span::new(left[j - 3].0.start, sp.end);
            }
            let w = sp.slice(text);
            // `某医院的张三和某市中心医院`: a name read as a person after `的` is no place; nor
            // one right after a body's name (`某市人民医院张三、某县中医院李四`): the person
            // ends the first body's mention.
            let before = (j - 2).checked_sub(1 + usize::from(joined)).map(|k| left[k].0.slice(text));
            let person_after_de = tag == "nr" && before.is_some_and(|b| b == "的" || self.ends_with_suffix(b));
            let place = is_han_word(w)
                && !person_after_de
                && ITEM_CHARS.contains(&w.chars().count())
                && !self.stops.contains(w)
                && !self.region_generic.contains(w)
                && !self.generic_cores.contains(w)
                && !self.deictic(w)
                && !self.ends_with_suffix(w)
                && !self.ends_with_title(w)
                && !self.name_after_title(text, sp.start)
                && (self.region_token(w, tag).is_some() || matches!(tag, "ns" | "nr" | "nz" | "nt" | "j" | "n"));
            if !place {
                break;
            }
            proper |= tag != "n" || self.region_token(w, tag).is_some();
            items.push((sp, w));
            j -= 2 + usize::from(joined);
        }
        if proper {
            for (sp, w) in items {
                let own = if w.ends_with(level) { w.to_string() } else { format!("{w}{level}") };
                // Its mention is the place as written, which is no name of the body: no
                // surface, so no alias (`湘潭市、郴州市卫健委`: 湘潭市 is no alias).
                let item = Candidate { surface: String::new(), ..list.maker.make(sp, vec![own], "", true) };
                members.push(item);
            }
        }
    }

    /// True when `left[k]` is a bare level word of more than one character (`新区`) written
    /// right after a Han word of its own that is no separator, stop word or level
    /// (`北塘` `新区`): together they name one place.
    fn bare_level_after_word(&self, text: &str, left: &[(Span, &str)], k: usize) -> bool {
        let (level, prev) = (left[k].0.slice(text), left[k - 1].0);
        let w = prev.slice(text);
        level.chars().count() > 1
            && REGION_LEVELS.contains(&level)
            && prev.end == left[k].0.start
            && is_han_word(w)
            && (1..=MAX_LEVEL_PLACE_CHARS).contains(&w.chars().count())
            && !self.stops.contains(w)
            && !self.and_words.contains(w)
            && !self.deictic(w)
            && !REGION_LEVELS.contains(&w)
    }

    /// True when `w` ends with an organization-type suffix.
    pub(super) fn ends_with_suffix(&self, w: &str) -> bool {
        self.ends_with_suffix_where(w, |_| true) || self.named_ac.find_iter(w).any(|m| m.end() == w.len())
    }

    /// True when `w` ends with an organization-type suffix for which `pred` holds.
    fn ends_with_suffix_where(&self, w: &str, pred: impl Fn(&Suffix) -> bool) -> bool {
        self.suffix_ac.find_iter(w).any(|m| m.end() == w.len() && pred(&self.suffixes[m.pattern().as_usize()]))
    }

    /// The name of a branch (`…分会`) or of a sub-unit after its parent (see
    /// `sub_body_of_parent`), when the suffix at `s..e` makes one: `Some` of the walk's answer.
    #[allow(clippy::too_many_arguments)]
    fn branch_first(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        left: &[(Span, &str)],
        s: usize,
        e: usize,
        suffix: &Suffix,
        base: usize,
    ) -> Option<Option<Group>> {
        if suffix.branch && self.branch_parent_at(text, left).is_some() {
            return Some(self.branch(text, tokens, left, s, e, suffix, base));
        }
        if self.sub_body_of_parent(text, left, suffix) {
            return self.branch(text, tokens, left, s, e, suffix, base).map(Some);
        }
        None
    }

    /// A body written right after an association or research body whose name it carries
    /// (`某某协会` + `纪律委员会`, `某某研究院` + `心脏病医院`, `某市红十字会` + `急救服务中心`):
    /// a sub-unit named like a branch, its own name two characters or more of nouns after
    /// the parent's (no verb: `某某学会组织专家委员会` names no unit).
    fn sub_body_of_parent(&self, text: &str, left: &[(Span, &str)], suffix: &Suffix) -> bool {
        let child = matches!(
            suffix.kind,
            InstitutionKind::Hospital
                | InstitutionKind::PrimaryCare
                | InstitutionKind::PublicHealth
                | InstitutionKind::Other
        ) || suffix.canon == SUB_COMMITTEE;
        let Some(k) = self.branch_parent_at(text, left).filter(|_| child) else { return false };
        let own = &left[k..];
        let own_chars: usize = own.iter().map(|(sp, _)| sp.slice(text).chars().count()).sum();
        let nouns = own.iter().all(|(sp, tag)| (tag.starts_with('n') || *tag == "vn") && is_han_word(sp.slice(text)));
        let pw = left[k - 1].0.slice(text);
        let parent_kind = self
            .suffix_ac
            .find_iter(pw)
            .filter(|m| m.end() == pw.len())
            .last()
            .map(|m| &self.suffixes[m.pattern().as_usize()])
            .filter(|ps| !ps.branch)
            .map(|ps| ps.kind);
        own_chars >= MIN_DEPARTMENT_CHARS
            && nouns
            && matches!(parent_kind, Some(InstitutionKind::Association | InstitutionKind::Other))
    }

    /// The longest organization suffix that ends at `end` and starts where one of the pieces
    /// starts (`财产保险公司`, written over several tokens), with its start.
    fn longest_suffix_ending(&self, text: &str, pieces: &[(Span, &str)], end: usize) -> Option<(usize, &Suffix)> {
        let from = end.saturating_sub(MAX_SUFFIX_BYTES);
        pieces.iter().map(|p| p.0.start).filter(|&b| b >= from).find_map(|b| {
            self.suffix_ac
                .find(&text[b..end])
                .filter(|m| m.start() == 0 && m.end() == end - b)
                .map(|m| (b, &self.suffixes[m.pattern().as_usize()]))
        })
    }

    /// The index after the token of a branch's parent: the nearest word ending on an
    /// organization suffix, within six words of the branch's name and no stop between.
    fn branch_parent_at(&self, text: &str, left: &[(Span, &str)]) -> Option<usize> {
        let mut k = left.len();
        let mut steps = 0;
        while k > 0 && steps < 6 {
            let (sp, tag) = left[k - 1];
            let w = sp.slice(text);
            if self.ends_with_suffix(w) {
                break;
            }
            // A verb, a time word or an adverb between them (`某医院日前启用东院区`) makes
            // the branch's words a clause of their own, no part of a name.
            if !is_han_word(w)
                || self.stops.contains(w)
                || (w.chars().count() > 1 && matches!(tag, "p" | "c" | "uj" | "r" | "m" | "q" | "v" | "t" | "d"))
            {
                return None;
            }
            k -= 1;
            steps += 1;
        }
        (k > 0 && steps < 6).then_some(k)
    }

    /// A branch name: the parent organization (found by walking from the nearest token
    /// that ends with a suffix), the branch's own core, the branch suffix.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn branch(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        left: &[(Span, &str)],
        s: usize,
        e: usize,
        suffix: &Suffix,
        base: usize,
    ) -> Option<Group> {
        let k = self.branch_parent_at(text, left)?;
        let (psp, _) = left[k - 1];
        let pw = psp.slice(text);
        // A suffix written over several words (`财产` `保险` `公司`) before one inside the word.
        let across = self.longest_suffix_ending(text, &left[..k], psp.end);
        let within = self.suffix_ac.find_iter(pw).filter(|m| m.end() == pw.len()).last();
        let (pstart_in, pend_in, parent_suffix) = match (across, within) {
            (Some((start, ps)), _) => (start, psp.end, Some(ps)),
            (None, Some(pm)) => (psp.start + pm.start(), psp.end, Some(&self.suffixes[pm.pattern().as_usize()])),
            (None, None) => (psp.start, psp.end, None),
        };
        let walked = parent_suffix.and_then(|ps| self.walk(text, tokens, pstart_in, pend_in, ps, base));
        let parent = match walked.and_then(|g| g.members.last().cloned()) {
            Some(p) => p,
            None => {
                // A lexicon body (`中华医学会`).
                let m = self.named_ac.find_iter(pw).filter(|m| m.end() == pw.len()).last()?;
                Candidate {
                    span: Span::new(base + psp.start + m.start(), base + psp.end),
                    surface: String::new(),
                    region: Vec::new(),
                    core: String::new(),
                    kind: self.named[m.pattern().as_usize()].kind,
                    suffix: String::new(),
                    named: None,
                    bare: false,
                }
            }
        };
        let pstart = parent.span.start - base;
        let written: usize = parent.region.iter().map(String::len).sum();
        let pcore_start = (pstart + written).min(s);
        let core = text.get(pcore_start..s)?;
        let c = Candidate {
            span: Span::new(base + pstart, base + e),
            surface: full_width_parens(&text[pstart..e]),
            region: parent.region.clone(),
            core: full_width_parens(core),
            // A committee set up by an association is of the association's kind; so is a
            // branch written `parent_kind` (`某科学院某分院` is the academy's kind).
            kind: if suffix.parent_kind || !suffix.branch && suffix.canon == SUB_COMMITTEE {
                parent.kind
            } else {
                suffix.kind
            },
            suffix: suffix.canon.clone(),
            named: None,
            bare: false,
        };
        Some(Group { span: c.span, members: vec![c], named: false })
    }

    /// Collects the core leftwards from token index `i` (exclusive), then the region
    /// prefix. Returns the core's start, the region tokens (span, word) outermost first, and
    /// the token index where the walk stopped (for coordination).
    pub(super) fn walk_core(
        &self,
        text: &str,
        left: &[(Span, &str)],
        i: usize,
        suffix: &Suffix,
        titled: bool,
    ) -> (usize, Vec<(Span, String)>, usize) {
        let core_end = if i > 0 { left[i - 1].0.end } else { 0 };
        let CoreWalk { start: mut core_start, mut i, verb_cut } = self.core_walk(text, left, i, suffix);
        // `社区与农村卫生协会`: a conjunction inside a name that opens with a region.
        if let Some(k) = self.conjoined_core(text, left, i, suffix) {
            core_start = left[k].0.start;
            i = k;
        } else if let Some(k) = self.fields_after_parent(text, left, i, suffix) {
            // `某某大学资源与环境学院`: the walk goes on over the parent's name.
            let walk = self.core_walk(text, left, k, suffix);
            (core_start, i) = (walk.start, walk.i);
        }
        let stop_at = i;
        let mut region: Vec<(Span, String)> = Vec::new();
        i = self.region_prefix(text, left, i, &mut core_start, &mut region);
        // A foreign country right before the place: the place is the country's, and both
        // belong to the name as printed (`某国加州某某大学`).
        if let Some(k) = i.checked_sub(1).filter(|&k| !region.is_empty() && self.is_country(left[k].0.slice(text))) {
            core_start = left[k].0.start;
            region.clear();
            i = k;
        }
        // A class of places (`各设区市`) opens no name: no core, no region.
        if region.first().is_some_and(|(sp, _)| self.class_of_places(text, left, *sp)) {
            return (core_end, Vec::new(), i);
        }
        // A one-character core after an unmarked place name is a street or village name
        // that begins with a city's (`北京` `街`): the place belongs to the core.
        if let Some((sp, r)) = region.last() {
            let core_chars = text.get(core_start..core_end).map_or(0, |c| c.chars().count());
            if core_chars == 1
                && sp.end == core_start
                && !r.ends_with(['省', '市', '区', '县'])
                && r.chars().count() > 1
            {
                core_start = sp.start;
                region.pop();
            }
        }
        // A place inside a university hospital's name is no prefix: `香港大学深圳医院`.
        if suffix.kind == InstitutionKind::Hospital && !region.is_empty() && i > 0 {
            let w = left[i - 1].0.slice(text);
            if UNIVERSITIES.iter().any(|u| w.ends_with(u)) {
                region.clear();
                core_start = left[i - 1].0.start;
                i -= 1;
            }
        }
        // A name opened by its verb is no item of a list: what stands before it is no sibling.
        if verb_cut.is_some_and(|cut| titled && region.is_empty() && verb_opens_item(text, left, i, cut)) {
            return (core_start, region, 0);
        }
        if let Some(cut) = verb_cut {
            if region.is_empty() && !self.opens_national(&text[core_start..]) {
                let stop = left.iter().position(|t| t.0.end == cut).map_or(stop_at, |k| k + 1);
                return (cut, Vec::new(), stop);
            }
        }
        (core_start, region, i)
    }

    /// The core of a name, right to left from `left[i - 1]`: non-region, non-stop pieces
    /// ([`MAX_CORE_CHARS`] at most), a parenthetical inside the name included
    /// (`友成（企业家扶贫）基金会`).
    pub(super) fn core_walk(&self, text: &str, left: &[(Span, &str)], mut i: usize, suffix: &Suffix) -> CoreWalk {
        let mut core_start = if i > 0 { left[i - 1].0.end } else { 0 };
        let core_end = core_start;
        let mut chars = 0;
        let mut after_affiliate = false;
        let mut verb_cut: Option<usize> = None;
        while i > 0 {
            let (sp, tag) = left[i - 1];
            let w = sp.slice(text);
            if w == "）" || w == ")" {
                let Some(open) = self.parenthetical(text, left, i) else { break };
                core_start = left[open].0.start;
                i = open;
                continue;
            }
            if self.region_ends_core(text, left, i)
                && !self.federation_of_bodies(text, left, i, suffix)
                && !self.country_arm(text, left, i, suffix, chars)
            {
                break;
            }
            // Names of associations, companies and foundations may hold verbs
            // (`预防医学会`, `扶贫基金会`); they are kept only if a region opens the name.
            let verb_ok =
                matches!(suffix.kind, InstitutionKind::Association | InstitutionKind::Company | InstitutionKind::Other)
                    && matches!(tag, "v" | "vd" | "vg")
                    && !self.stops.contains(w);
            // A branch keeps a field read as a verb (`某医学会` `感染` `病学分会`), not a verb
            // right before its bare suffix (`某医学会` `成立` `专业委员会`: no branch named).
            if verb_ok && (!suffix.branch || chars == 0) && self.body_before_act(text, left, i) {
                break;
            }
            // A word before a name's interpunct is the name's first part, whatever its tag
            // (`强生·某某公司`: a brand read as a verb): a name does not open on the dot.
            let before_dot = left.get(i).is_some_and(|p| NAME_DOTS.contains(&p.0.slice(text)));
            if verb_ok && !before_dot {
                verb_cut.get_or_insert(sp.end);
            }
            if !verb_ok
                && !self.members_word(w, tag, suffix, chars)
                && self.ends_core(text, left, i, suffix, chars, core_end)
            {
                break;
            }
            if self.other_organization(w, suffix, after_affiliate) {
                break;
            }
            after_affiliate |= matches!(w, "附属" | "附设");
            chars += w.chars().count();
            if chars > MAX_CORE_CHARS {
                break;
            }
            core_start = sp.start;
            i -= 1;
            if self.country_opened_body(w, tag) {
                break;
            }
        }
        CoreWalk { start: core_start, i, verb_cut }
    }

    /// A body's name the segmenter read as one word opened by the country's name
    /// (`中国人民大学`/nt): it opens the name it is part of (`中国人民大学某某研究院`), and
    /// what stands before it is none of the name (a person's name in a caption: `张某中国…`).
    fn country_opened_body(&self, w: &str, tag: &str) -> bool {
        tag == "nt" && self.country.iter().any(|c| w.len() > c.len() && w.starts_with(c.as_str()))
    }

    /// A verb right after a whole body's name is that body's act, not a word of the next
    /// name (`湖川省肿瘤医院` `成立` `专科联盟`, `某县人民医院` `组建` `医疗集团`): the verb at
    /// `left[i - 1]` ends the core when the piece before it ends with a body's suffix that
    /// names a body by itself (not a trade word such as `医药`, which opens `中医药促进会`).
    /// A branch keeps its parent and a field read as a verb (`某医学会` `感染` `病学分会`).
    fn body_before_act(&self, text: &str, left: &[(Span, &str)], i: usize) -> bool {
        let Some(w) = i.checked_sub(2).map(|k| left[k].0.slice(text)) else { return false };
        self.ends_with_suffix_where(w, |s| !s.proper)
    }

    /// The members an association gathers, a noun right before its suffix that ends other
    /// names (`记者` in `某市摄影记者协会`; `某报记者` + name elsewhere): part of its name.
    fn members_word(&self, w: &str, tag: &str, suffix: &Suffix, chars: usize) -> bool {
        chars == 0
            && suffix.kind == InstitutionKind::Association
            && tag == "n"
            && w.chars().count() > 1
            && self.stops.contains(w)
    }

    /// A national prefix at `left[i - 1]` inside the name of a federation of associations
    /// (`…医师公会` `全国` 联合会, FACTS §4: long association names are kept whole): it
    /// follows a piece that is itself an association's name.
    pub(super) fn federation_of_bodies(&self, text: &str, left: &[(Span, &str)], i: usize, suffix: &Suffix) -> bool {
        suffix.kind == InstitutionKind::Association
            && i >= 2
            && self.national(left[i - 1].0.slice(text))
            && self.suffix_ac.find(left[i - 2].0.slice(text)).is_some_and(|m| {
                let before = left[i - 2].0.slice(text);
                m.end() == before.len() && self.suffixes[m.pattern().as_usize()].kind == InstitutionKind::Association
            })
    }

    /// The country's name at `left[i - 1]`, right before a company's suffix and after a
    /// proper or transliterated name (`某某·某某中国公司`): a foreign firm's arm in the country, whose name
    /// holds the country (FACTS §2: companies are named as printed).
    pub(super) fn country_arm(
        &self,
        text: &str,
        left: &[(Span, &str)],
        i: usize,
        suffix: &Suffix,
        chars: usize,
    ) -> bool {
        chars == 0
            && suffix.kind == InstitutionKind::Company
            && i >= 2
            && self.country.iter().any(|c| c == left[i - 1].0.slice(text))
            && (matches!(left[i - 2].1, "nr" | "nrt" | "nrfg" | "nz")
                || (i >= 3 && NAME_DOTS.contains(&left[i - 3].0.slice(text))))
    }

    /// The index of the opening parenthesis of a parenthetical of Han characters that
    /// closes at `left[i - 1]`, within a few pieces.
    pub(super) fn parenthetical(&self, text: &str, left: &[(Span, &str)], i: usize) -> Option<usize> {
        let open = (0..i - 1).rev().take(8).find(|&k| matches!(left[k].0.slice(text), "（" | "("))?;
        let inner = &text[left[open].0.end..left[i - 1].0.start];
        let ok = !inner.is_empty() && inner.chars().all(is_han) && inner.chars().count() <= 8 && open != 0;
        ok.then_some(open)
    }

    /// A region or national prefix at `left[i - 1]` ends the core — but a city's short
    /// form after a district is a street or centre name (`武侯区` `玉林` 社区卫生服务中心):
    /// places run from the larger to the smaller.
    pub(super) fn region_ends_core(&self, text: &str, left: &[(Span, &str)], i: usize) -> bool {
        let (sp, tag) = left[i - 1];
        let w = sp.slice(text);
        let below_district = i >= 2
            && !w.ends_with(['省', '市', '区', '县'])
            && self.region_short.contains_key(w)
            && left[i - 2].0.slice(text).ends_with(['区', '县'])
            && self.is_region_word(left[i - 2].0.slice(text));
        (self.region_token(w, tag).is_some() && !below_district && !self.short_form_in_core(text, left, i))
            || self.national(w)
    }

    /// A place's short form at `left[i - 1]` that names something else: a street, town or
    /// village after it (`望江` `街道`), or an affiliation word before it (`附属` `瑞金`
    /// 医院: a hospital's own name).
    pub(super) fn short_form_in_core(&self, text: &str, left: &[(Span, &str)], i: usize) -> bool {
        let w = left[i - 1].0.slice(text);
        if !self.is_short_form(w) {
            return false;
        }
        let after = left.get(i).map_or("", |t| t.0.slice(text));
        let before = if i >= 2 { left[i - 2].0.slice(text) } else { "" };
        gazetteer().names_something_else(after) || matches!(before, "附属" | "附设")
    }

    /// The piece `left[i - 1]` ends the core: not Han, a loose one-character function
    /// word, a stop or generic word — unless it is a place name the tagger read as a verb.
    pub(super) fn ends_core(
        &self,
        text: &str,
        left: &[(Span, &str)],
        i: usize,
        suffix: &Suffix,
        chars: usize,
        core_end: usize,
    ) -> bool {
        let (sp, tag) = left[i - 1];
        let w = sp.slice(text);
        // A place name the tagger reads as a verb (`北` `下关`): a multi-character verb
        // right before the suffix, itself after a one-character place token.
        let misread_place = chars == 0 && matches!(tag, "v" | "vn") && w.chars().count() == 2 && i >= 2 && {
            let (psp, ptag) = left[i - 2];
            let pw = psp.slice(text);
            pw.chars().count() == 1
                && is_han_word(pw)
                && matches!(ptag, "ns" | "nr" | "nz" | "j")
                && !self.stops.contains(pw)
        };
        // A one-character function word belongs to a name only after a proper name
        // (`华` `漕`); otherwise it ends it (`再` `跑` `大医院`). Town names read apart
        // (`顾` `村镇`) keep their first character.
        let town = text
            .get(sp.end..core_end)
            .is_some_and(|c| c.chars().count() <= 2 && (c.ends_with(['镇', '乡', '村']) || c.ends_with("街道")));
        let loose_single = w.chars().count() == 1
            && matches!(tag, "v" | "d" | "p" | "c" | "r" | "u" | "uj" | "ul" | "ud" | "uz" | "ug" | "uv")
            && !self.stops.contains(w)
            && !town
            && !(i >= 2 && PROPER_TAGS.contains(&left[i - 2].1) && left[i - 2].1 != "x");
        // A transliterated name's interpunct between Han pieces (`某某·某某公司`); after a
        // place it is a label's dot (`杭州·某某大学`: the place is no part of the name).
        let interpunct = chars > 0 && NAME_DOTS.contains(&w) && i >= 2 && {
            let (before, tag) = (left[i - 2].0.slice(text), left[i - 2].1);
            is_han_word(before) && self.region_token(before, tag).is_none()
        };
        let ends_name = (!is_han_word(w) && !interpunct)
            || loose_single
            || (self.is_core_stop(w, tag, suffix) && !self.duty_verb(text, left, i, suffix))
            || (self.region_generic.contains(w) && !community_of_committee(w, suffix, chars));
        ends_name
            && !misread_place
            && !numeral_town(text, left, i, core_end)
            && !ordinal_digits(text, left, i)
            && !emergency_number(w, suffix, chars)
    }

    /// Another organization's suffix in `w` ends the name, except inside branches,
    /// associations, companies and media (`医院协会`, `集团有限公司`), a university
    /// before its hospital (`四川大学华西医院`, `…医学院附属瑞金医院`), and an enterprise
    /// before its hospital (`某钢铁集团职工医院`, `某铁路局中心医院`).
    pub(super) fn other_organization(&self, w: &str, suffix: &Suffix, after_affiliate: bool) -> bool {
        if suffix.kind == InstitutionKind::Hospital && self.enterprise(w) {
            return false;
        }
        let nested_ok = suffix.branch
            || suffix.alliance
            || matches!(
                suffix.kind,
                InstitutionKind::Association
                    | InstitutionKind::Company
                    | InstitutionKind::Media
                    | InstitutionKind::Other
            );
        if suffix.kind == InstitutionKind::Hospital && self.group_of_hospitals(w) {
            return false;
        }
        let affiliated = (suffix.kind == InstitutionKind::Hospital
            && (after_affiliate || UNIVERSITIES.iter().any(|u| w.ends_with(u))))
            || (suffix.kind == InstitutionKind::Education && w.ends_with("大学"));
        // A trade word inside a name is no company (`中国医药大学附设医院`).
        let body = self
            .suffix_ac
            .find(w)
            .is_some_and(|m| m.end() == w.len() && !self.is_trade(&self.suffixes[m.pattern().as_usize()]));
        !nested_ok && !affiliated && body && w != "政府"
    }

    /// A group of hospitals before its head hospital is part of that hospital's name
    /// (`青禾县医共体总医院`, `某市医联体总医院`): `w` ends with an alliance's kind word.
    fn group_of_hospitals(&self, w: &str) -> bool {
        self.ends_with_suffix_where(w, |s| s.alliance)
    }

    /// True when `w` ends with a company's suffix (`集团`, `公司`) or an enterprise bureau's
    /// ([`ENTERPRISE_BUREAUS`]).
    fn enterprise(&self, w: &str) -> bool {
        ENTERPRISE_BUREAUS.iter().any(|b| w.ends_with(b))
            || self.suffix_ac.find(w).is_some_and(|m| {
                m.end() == w.len() && self.suffixes[m.pattern().as_usize()].kind == InstitutionKind::Company
            })
    }

    /// `社区与农村卫生协会`: a conjunction at `left[i - 1]` inside an association's name that
    /// opens with a region; the index of the name's first piece after that region.
    pub(super) fn conjoined_core(&self, text: &str, left: &[(Span, &str)], i: usize, suffix: &Suffix) -> Option<usize> {
        let joins = conjunction_before(text, left, i)
            && matches!(suffix.kind, InstitutionKind::Association | InstitutionKind::Other);
        if !joins {
            return None;
        }
        let mut k = i - 1;
        while k > 0 {
            let (sp, tag) = left[k - 1];
            let w = sp.slice(text);
            if !is_han_word(w) || self.is_stop(w, tag) || self.region_token(w, tag).is_some() {
                break;
            }
            if self.ends_with_suffix(w) {
                return None;
            }
            k -= 1;
        }
        let opens_with_region = k + 1 < i
            && k > 0
            && self.region_token(left[k - 1].0.slice(text), left[k - 1].1).is_some_and(|r| r.chars().count() > 1);
        opens_with_region.then_some(k)
    }

    /// `某某大学资源与环境学院`, `某科学院土壤与生态研究所`: a conjunction at `left[i - 1]`
    /// joining two fields of a college's, institute's or centre's name written right after
    /// its parent (a university, college, academy or research institute, [`FIELD_PARENTS`]).
    /// The fields between the parent and the conjunction are Han words with no stop and no
    /// organization suffix ([`MAX_FIELD_CHARS`] at most); returns the index right after the
    /// parent's piece, where the core walk goes on. A conjunction between two bodies
    /// (`某大学与某医院`) has no suffix-less fields before it and joins nothing.
    pub(super) fn fields_after_parent(
        &self,
        text: &str,
        left: &[(Span, &str)],
        i: usize,
        suffix: &Suffix,
    ) -> Option<usize> {
        let joins = conjunction_before(text, left, i)
            && matches!(suffix.kind, InstitutionKind::Education | InstitutionKind::Other);
        if !joins {
            return None;
        }
        let mut k = i - 1;
        let mut chars = 0;
        while k > 0 {
            let (sp, tag) = left[k - 1];
            let w = sp.slice(text);
            if !is_han_word(w)
                || (self.is_stop(w, tag) && !self.field_verb(text, left, k, tag))
                || tag == "nr"
                || self.titles.contains(w)
            {
                return None;
            }
            if FIELD_PARENTS.iter().any(|p| w.ends_with(p)) {
                return (chars > 0).then_some(k);
            }
            chars += w.chars().count();
            if self.ends_with_suffix(w) || chars > MAX_FIELD_CHARS {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// A verb inside a field's name (`某科学院海洋` `应用` `工程与装备中心`): a verb that is no
    /// stop word, after a field's noun (not right after the parent: `某大学` `成立` `…与…中心`
    /// is the parent's act). `left[k - 1]` is the verb.
    fn field_verb(&self, text: &str, left: &[(Span, &str)], k: usize, tag: &str) -> bool {
        let Some((before, btag)) = k.checked_sub(2).map(|j| left[j]) else { return false };
        let b = before.slice(text);
        matches!(tag, "v" | "vn")
            && !self.stops.contains(left[k - 1].0.slice(text))
            && btag.starts_with('n')
            && is_han_word(b)
            && !FIELD_PARENTS.iter().any(|p| b.ends_with(p))
            && !self.ends_with_suffix(b)
    }

    /// The region prefix before `left[i]`: region pieces (a district split by the tagger,
    /// `上` `城区`; a level word after a place name, `中原` `新区`), or a national prefix
    /// (中国, 国家) which stays in the core. Returns the index of the first piece left of it.
    pub(super) fn region_prefix(
        &self,
        text: &str,
        left: &[(Span, &str)],
        mut i: usize,
        core_start: &mut usize,
        region: &mut Vec<(Span, String)>,
    ) -> usize {
        while i > 0 {
            let (sp, tag) = left[i - 1];
            let w = sp.slice(text);
            if self.national(w) && region.is_empty() {
                *core_start = sp.start;
                return i - 1;
            }
            if let Some(joined) = self.split_region(text, left, i) {
                region.insert(0, joined);
                i -= 2;
                continue;
            }
            let Some(r) = self.region_token(w, tag) else { break };
            let bare = r.chars().count() == 1;
            let start = if bare { sp.end - r.len() } else { sp.start };
            region.insert(0, (Span::new(start, sp.end), r.to_string()));
            i -= 1;
            if bare {
                // The level repeated after its place (`道县县委`, `文安县县政府`) is the place.
                match self.repeated_level(text, left, i, &region[0].1) {
                    Some((k, place)) => {
                        region[0] = (Span::new(left[i - k].0.start, sp.end), place);
                        i -= k;
                    }
                    None => break,
                }
            }
        }
        i
    }

    /// True when the bare level at `level` closes a class of places with the piece before
    /// it (`设区` `市`, `县级` `市`: `region_generic.txt`), which names no one place.
    fn class_of_places(&self, text: &str, left: &[(Span, &str)], level: Span) -> bool {
        let bare = level.slice(text).chars().count() == 1;
        bare && left
            .iter()
            .find(|(sp, _)| sp.end == level.start)
            .is_some_and(|(sp, _)| self.region_generic.contains(&text[sp.start..level.end]))
    }

    /// The place written before a bare `level` that ends at `left[i - 1]` and ends with that
    /// level (`道县` before `县`, also read as `道` `县`): the level only repeats it. Returns
    /// the number of pieces and the place.
    pub(super) fn repeated_level(
        &self,
        text: &str,
        left: &[(Span, &str)],
        i: usize,
        level: &str,
    ) -> Option<(usize, String)> {
        let end = left.get(i.checked_sub(1)?)?.0.end;
        (1..=2.min(i)).find_map(|k| {
            let place = &text[left[i - k].0.start..end];
            let full = self.region_full.contains(place) && place.chars().count() > 1 && place.ends_with(level);
            full.then(|| (k, place.to_string()))
        })
    }

    /// A region the tagger split in two pieces ending at `left[i - 1]`: `上` `城区`, or a
    /// level word after a place name (`中原` `新区`, `襄阳` `市`).
    pub(super) fn split_region(&self, text: &str, left: &[(Span, &str)], i: usize) -> Option<(Span, String)> {
        if i < 2 {
            return None;
        }
        let (sp, _) = left[i - 1];
        let w = sp.slice(text);
        let (psp, ptag) = left[i - 2];
        let pw = psp.slice(text);
        let joined = || (Span::new(psp.start, sp.end), format!("{pw}{w}"));
        if matches!(w, "城区" | "市区") && pw.chars().count() == 1 && is_han_word(pw) && !self.stops.contains(pw) {
            return Some(joined());
        }
        if REGION_LEVELS.contains(&w) {
            let short_city = self.region_short.get(pw).is_some_and(|full| full.ends_with(w));
            // A place the gazetteer does not list, read as a region by its ending alone
            // (`宁州` + `市`): the level after it is part of its name.
            let unlisted = pw.chars().count() >= 2
                && !pw.ends_with(['省', '市', '区', '县'])
                && !self.region_full.contains(pw)
                && !self.region_short.contains_key(pw);
            // A committee (`杭州市委`, `省委`) glued before the next organ's level
            // (`杭州市委市政府`) is no place: the level starts a body of its own.
            if is_han_word(pw)
                && !self.stops.contains(pw)
                && !pw.ends_with('委')
                && (PROPER_TAGS.contains(&ptag) || pw.chars().count() == 1)
                && (self.region_token(pw, ptag).is_none() || short_city || unlisted)
            {
                return Some(joined());
            }
        }
        None
    }

    /// True when `s` opens with a word of `org_stops.txt` (a list item or a unit opened by
    /// one is no name).
    pub(super) fn starts_with_stop(&self, s: &str) -> bool {
        self.stops.iter().any(|w| s.starts_with(w.as_str()))
    }

    /// True for a token that ends a name on its left.
    pub(super) fn is_stop(&self, w: &str, tag: &str) -> bool {
        if self.stops.contains(w) {
            return true;
        }
        let single = w.chars().count() == 1;
        if single {
            return false;
        }
        if w.starts_with('第') {
            return false;
        }
        STOP_TAGS.contains(&tag)
    }

    /// Like [`Self::is_stop`], for the core of a name with this suffix: verbal nouns end
    /// the names of public bodies (`优化公立医院`) but belong to those of companies,
    /// associations and schools (`国际传播集团`, `医学救援协会`, `公共管理学院`).
    pub(super) fn is_core_stop(&self, w: &str, tag: &str, suffix: &Suffix) -> bool {
        let task_word = match tag {
            "v" => suffix.task,
            "vn" => suffix.task || suffix.duty,
            _ => false,
        };
        if task_word && w.chars().count() > 1 && !self.stops.contains(w) {
            return false;
        }
        self.is_stop(w, tag)
            || (tag == "vn"
                && w.chars().count() > 1
                && !matches!(
                    suffix.kind,
                    InstitutionKind::Company
                        | InstitutionKind::Association
                        | InstitutionKind::Education
                        | InstitutionKind::Other
                ))
    }

    /// True when `left[i - 1]` is a verb of a committee's duty right after the noun it acts
    /// on (`某市医疗质量` + `控制` + `委员会`): the pair is the duty, a verbal noun the tagger
    /// read as a verb. A verb after a place or a clause word (`某市` + `成立`) is none.
    fn duty_verb(&self, text: &str, left: &[(Span, &str)], i: usize, suffix: &Suffix) -> bool {
        let (sp, tag) = left[i - 1];
        let w = sp.slice(text);
        suffix.duty
            && tag == "v"
            && w.chars().count() > 1
            && !self.stops.contains(w)
            && i >= 2
            && matches!(left[i - 2].1, "n" | "vn")
            && !self.stops.contains(left[i - 2].0.slice(text))
    }

    /// Decides whether region + core + suffix is a name rather than a generic mention.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn valid_name(
        &self,
        core: &str,
        region: &[String],
        suffix: &Suffix,
        left: &[(Span, &str)],
        core_start: usize,
        core_end: usize,
        text: &str,
    ) -> bool {
        if suffix.corps {
            return core.is_empty() && region.last().is_some_and(|r| is_corps_unit(r));
        }
        if suffix.level && !region.iter().all(|r| r.chars().count() == 1 || self.region_full.contains(r.as_str())) {
            return false;
        }
        if core.is_empty() {
            let by_place = suffix.region_ok && !region.is_empty() || self.county_hospital(region, suffix);
            return by_place || suffix.party && is_party_place(region);
        }
        // Bodies of a place need the place: `航西街道党工委`, `中原新区管委会`.
        let place_core = PLACE_ENDS.iter().any(|p| core.ends_with(p)) && core.chars().count() > 2;
        // Tokens of the core.
        let core_tokens: Vec<(&str, &str)> = left
            .iter()
            .filter(|(sp, _)| sp.start >= core_start && sp.end <= core_end)
            .map(|(sp, tag)| (sp.slice(text), *tag))
            .collect();
        // A proper name's words, before any prefix vouches for it (`国家` `中医药` is a field).
        if suffix.proper {
            return core_tokens.iter().all(|(w, tag)| PROPER_TAGS.contains(tag) && w.chars().count() > 1)
                && !self.generic_cores.contains(core);
        }
        if let Some(valid) = self.national_name(core, suffix) {
            return valid;
        }
        if suffix.region_req && region.is_empty() {
            return place_core || self.country_government(core, suffix) || named_village(core, &core_tokens);
        }
        let all_generic = core_tokens
            .iter()
            .all(|(w, _)| self.generic_cores.contains(*w) || self.national(w) || matches!(*w, "（" | "）" | "(" | ")"))
            || self.generic_cores.contains(core);
        if all_generic {
            // A place vouches for the field of an alliance of specialists (`某市儿科专科联盟`),
            // not for a consortium's scope (`某省县域医共体`), and for the field of its
            // hospital (`某市精神病医院`).
            return self.field_hospital(&core_tokens, region, suffix)
                || suffix.alliance
                    && suffix.kind == InstitutionKind::Association
                    && !region.is_empty()
                    && !core_tokens.is_empty();
        }
        if self.deictic_opening(&core_tokens, region) || distributed(text, left, core_start, region) {
            return false;
        }
        // `台北市立联合医院`: 立 after a place marks a municipal body.
        let municipal = core.starts_with('立') && !region.is_empty();
        if matches!(suffix.kind, InstitutionKind::Hospital | InstitutionKind::PrimaryCare | InstitutionKind::Company)
            && core.chars().count() < 2
            && !municipal
        {
            return false;
        }
        // Hospital names are often read as common nouns (`仁济`/n 医院): one two-character
        // noun that is no kind of hospital counts as a name.
        let hospital_noun = matches!(suffix.kind, InstitutionKind::Hospital | InstitutionKind::PrimaryCare)
            && core_tokens.len() == 1
            && core_tokens[0].1 == "n"
            && core.chars().count() == 2;
        let proper_token = core_tokens.iter().any(|(_, tag)| PROPER_TAGS.contains(tag));
        let proper = hospital_noun
            || proper_token
            || core_tokens.iter().any(|(w, _)| w.chars().count() == 1)
            || core.contains('（')
            || core.contains('(')
            || place_core;
        // A region vouches for a descriptive core (`上海市化工职业病防治院`, `四川省社区卫生协会`).
        proper || !region.is_empty()
    }

    /// A county's hospital named by the county with its level and the bare `医院`
    /// (`青禾县医院`, `某某旗医院`): a county has one such hospital, so the place names it. A
    /// bare `县医院`, a scope (`全县医院`, `各县医院`) or a city's or province's `市医院`,
    /// `省医院` (the hospitals of a place) names none.
    fn county_hospital(&self, region: &[String], suffix: &Suffix) -> bool {
        suffix.canon == "医院"
            && region.last().is_some_and(|r| {
                r.chars().count() > 1 && r.ends_with(['县', '旗']) && !region.iter().any(|p| self.deictic(p))
            })
    }

    /// A place's hospital or disease station named by its field of care (`某市精神病医院`,
    /// `某市中医骨伤专科医院`, `某市结核病防治所`): a place that is no scope word, then
    /// fields of care (`care_fields`), `专科` among them at most; a category (`某市公立医院`,
    /// `某市专科医院`) names none.
    fn field_hospital(&self, core_tokens: &[(&str, &str)], region: &[String], suffix: &Suffix) -> bool {
        matches!(suffix.kind, InstitutionKind::Hospital | InstitutionKind::PublicHealth)
            && !region.is_empty()
            && !region.iter().any(|r| self.deictic(r))
            && core_tokens.iter().any(|(w, _)| self.care_fields.contains(*w))
            && core_tokens.iter().all(|(w, _)| self.care_fields.contains(*w) || *w == SPECIALISED)
    }

    /// A colloquial or scope word opens no name: `县里医院`, `全港公立医院`, `各区疾控中心`,
    /// `前全港…` (a one-character token read with the next); nor does it open the region.
    fn deictic_opening(&self, core_tokens: &[(&str, &str)], region: &[String]) -> bool {
        let opening = match core_tokens {
            [(w0, _), (w1, _), ..] if w0.chars().count() == 1 => format!("{w0}{w1}"),
            [(w0, _), ..] => w0.to_string(),
            [] => String::new(),
        };
        core_tokens.first().is_some_and(|(_, tag)| !PROPER_TAGS.contains(tag)) && self.deictic(&opening)
            || region.first().is_some_and(|r| self.deictic(r))
    }

    /// Whether a core opened by a national or international prefix makes a name (`Some`),
    /// or `None` when no such prefix opens it (a national-only suffix then makes none).
    fn national_name(&self, core: &str, suffix: &Suffix) -> Option<bool> {
        // A national body: `国家卫生健康委`, `中国社区卫生协会`, `国务院新闻办公室`. The
        // national prefix stands where a region would, also for suffixes that need one.
        // Facilities that need a region (`中心`) are not vouched for by `国家` (a
        // `国家区域公共卫生中心` is a category).
        // The country's name (`中国`) stands for a place: it vouches for a centre and for a
        // descriptive name of a body that is no facility (`中国中医研究院`).
        let country = self.country.iter().any(|n| core.starts_with(n.as_str()));
        let national_ok =
            !suffix.region_req || suffix.kind == InstitutionKind::Government || suffix.national || country;
        // International prefixes open only the bodies named after such a prefix (`世界…组织`)
        // and associations (`国际某病联合会`, `国际某某学会`), which a region opens elsewhere.
        let opened = suffix.national || suffix.kind == InstitutionKind::Association;
        let international = if opened { self.international.as_slice() } else { &[] };
        let prefix = self.national.iter().chain(international).find_map(|n| core.strip_prefix(n.as_str()));
        if let Some(rest) = prefix.filter(|_| national_ok) {
            if rest.is_empty() {
                return Some(suffix.region_ok);
            }
            // A conjunction before the suffix shares it between two words (`中国党和政府`):
            // the words name no one body.
            if self.and_words.iter().any(|w| rest.ends_with(w.as_str())) {
                return Some(false);
            }
            // After another body the word is a verb (`国家卫健委组织专家`, `…医政司组织了`):
            // a body named only after a prefix (`世界…组织`) holds no other body (a bare
            // kind such as `医院` in `国际医院联盟` is none).
            let holds_body = self
                .suffix_ac
                .find_iter(rest)
                .any(|m| m.start() > 0 || self.suffixes[m.pattern().as_usize()].region_ok);
            if suffix.national && suffix.kind != InstitutionKind::Government && holds_body {
                return Some(false);
            }
            let facility = matches!(suffix.kind, InstitutionKind::Hospital | InstitutionKind::PrimaryCare);
            let described = country && !facility;
            return Some((described || !self.generic_cores.contains(rest)) && !self.deictic(rest));
        }
        suffix.national.then_some(false)
    }

    /// True for a deictic or scope word that makes a mention generic: a level with 里
    /// (`县里`, `村里`), or a scope/deictic character before a place or level (`全港`,
    /// `各区`, `本市`, `该院`, `前全港`).
    pub(super) fn deictic(&self, w: &str) -> bool {
        let mut chars = w.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else { return false };
        let two = chars.next().is_none();
        let scope = |c: char| "港澳台省市区县镇乡村国院所地域".contains(c);
        (two && second == '里' && matches!(first, '县' | '区' | '市' | '省' | '村' | '镇' | '乡' | '城' | '院'))
            || (matches!(first, '全' | '各' | '本' | '该' | '这' | '此' | '那')
                && ((two && scope(second)) || self.deictic(&w[first.len_utf8()..])))
            || (first == '前' && self.deictic(&w[first.len_utf8()..]))
    }
}

/// The word of a specialised hospital (`专科医院`): with a field of care it names one.
const SPECIALISED: &str = "专科";

/// A named village or community is the place of its committee (`某镇某村村委会`,
/// `桃源社区居委会`): a core ending with the village's level that holds a proper word (a
/// kind of village is none: `贫困村村委会`), or with `社区` after a Han word of two
/// characters or more, the community's name, which the tagger often reads as a common noun
/// (`东风`; the walk has already stopped at generic words: `城市社区居委会` names none).
fn named_village(core: &str, core_tokens: &[(&str, &str)]) -> bool {
    if let Some(place) = core.strip_suffix(COMMUNITY) {
        return place.chars().count() >= 2 && place.chars().all(is_han);
    }
    core.ends_with(VILLAGE) && core.chars().count() > 2 && core_tokens.iter().any(|&(w, tag)| proper_word(w, tag))
}

/// Suffixes of a residents' committee, named after its community (`桃源社区居委会`).
const RESIDENTS_COMMITTEES: [&str; 2] = ["居委会", "居民委员会"];

/// True when `w`, right before the suffix (`chars == 0`), is the `社区` a residents'
/// committee is named after: `社区` is no place word ending the name there, and the
/// community's own name must still come before it (`named_village`).
fn community_of_committee(w: &str, suffix: &Suffix, chars: usize) -> bool {
    chars == 0 && w == COMMUNITY && RESIDENTS_COMMITTEES.contains(&suffix.canon.as_str())
}

/// A proper word of two characters or more (`石桥`, `恒信`), not a run of symbols (`x`).
fn proper_word(w: &str, tag: &str) -> bool {
    tag != "x" && PROPER_TAGS.contains(&tag) && w.chars().nth(1).is_some()
}

/// A core with no region written right after `各` (`各联网医院`, `各定点医院`): `各` spreads
/// over a kind of body, whose words then name none.
fn distributed(text: &str, left: &[(Span, &str)], core_start: usize, region: &[String]) -> bool {
    region.is_empty() && left.iter().any(|(sp, _)| sp.end == core_start && sp.slice(text) == "各")
}

/// Last characters of a government department written bare after its government (`卫生局`,
/// `卫生署`).
const DEPARTMENT_HEADS: [char; 2] = ['局', '署'];

/// Most characters of a place's own name written apart from its bare level (`北塘` `新区`).
const MAX_LEVEL_PLACE_CHARS: usize = 4;

/// Opens the name of `c` with the legal form written right before it, its places included
/// in its core as printed (`社团法人` + `某地` + `家庭医学` + `医学会`).
/// The piece `left[i - 1]` is the Arabic number of an ordinal inside a name (`第` + `960`
/// in `解放军第960医院`, or one piece `第960`): a numbered unit's name goes on over it.
fn ordinal_digits(text: &str, left: &[(Span, &str)], i: usize) -> bool {
    let w = left[i - 1].0.slice(text);
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    digits(w.strip_prefix('第').unwrap_or("")) || (digits(w) && i >= 2 && left[i - 2].0.slice(text) == "第")
}

/// The word an emergency centre's number opens: the centre's suffix holds it.
const EMERGENCY: &str = "急救";

/// Digits of an emergency number right before an emergency centre's suffix
/// (`临江市` + `120` + `急救中心`): the number is part of the centre's name.
fn emergency_number(w: &str, suffix: &Suffix, chars: usize) -> bool {
    chars == 0 && w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()) && suffix.canon.contains(EMERGENCY)
}

/// A town named with a numeral word right before its level (`三元` `镇`, `百丈` `乡`,
/// `万松` `街道`): the segmenter reads the name as a number; a count with its measure word
/// (`三个` `镇`) is none.
fn numeral_town(text: &str, left: &[(Span, &str)], i: usize, core_end: usize) -> bool {
    let (sp, tag) = left[i - 1];
    let w = sp.slice(text);
    let level = text.get(sp.end..core_end).is_some_and(|l| matches!(l, "镇" | "乡" | "街道"));
    let measure = w.chars().skip(1).any(|c| "个家所座名余多几些位批次年".contains(c));
    level && tag == "m" && (2..=3).contains(&w.chars().count()) && is_han_word(w) && !measure
}

fn legal_form(text: &str, base: usize, c: &mut Candidate) {
    let start = c.span.start - base;
    let Some(form) = LEGAL_FORMS.iter().find(|f| text[..start].ends_with(*f)) else { return };
    c.span = Span::new(c.span.start - form.len(), c.span.end);
    c.surface = format!("{form}{}", c.surface);
    c.core = format!("{form}{}{}", c.region.concat(), c.core);
    c.region.clear();
}

/// Kinds whose coordinated members share one suffix written once (`A、B、C医院`).
fn has_bare_siblings(kind: InstitutionKind) -> bool {
    matches!(
        kind,
        InstitutionKind::Hospital
            | InstitutionKind::PrimaryCare
            | InstitutionKind::PublicHealth
            | InstitutionKind::Association
    )
}

/// True when the piece before `left[i]` (not the first) is the conjunction `与` or `和`
/// joining two parts of one name.
fn conjunction_before(text: &str, left: &[(Span, &str)], i: usize) -> bool {
    i > 1 && is_name_conjunction(left[i - 1].0.slice(text))
}

/// `与`, `和`: the conjunctions that may join two fields inside one name (`资源与环境学院`).
fn is_name_conjunction(word: &str) -> bool {
    matches!(word, "与" | "和")
}
