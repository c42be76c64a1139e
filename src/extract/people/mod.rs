//! Extracts people: names with the titles the article gives them and the organization they
//! belong to; byline people with their role.
//!
//! **In:** a [`Doc`] and the [`Facts`] found so far — institutions must already be there,
//! since a person's organization is the institution named in front of the titles.
//! **Out:** [`Person<Span>`] records pushed to [`Facts::people`], one per name, in order of
//! first mention.
//!
//! A name is read where the text anchors it, not wherever a surname character appears:
//! - after a title (`lexicon/titles.txt`): `副主任段清浩表示`, `主任 陈碧华`; the title chain
//!   before it is read backwards across `、`, `兼` and `，` down to the institution mention
//!   that opens it (`重庆市沙坪坝区卫健委党委委员、副主任吴开平`); words between the
//!   institution and a title stay in the title (`焦作市卫健委基层卫生健康科科长`); with
//!   posts at two bodies the first-named body is the organization; a department alone
//!   after a separator joins its title (`、疾控局局长`); a body fused into a title
//!   (`卫福部长`) is kept in it and is the organization; a place's leader (`兴安区副区长`)
//!   works for that place's government when the article names it; a leader's title opening
//!   a clause (`院长马俊杰…`, `由局长…`) or opening with a later short form (`卫生局局长`)
//!   works for the body named nearest before (`leader_heads` of `body_references.txt`); a post
//!   any body has opening a clause (`，党组书记甲出席`) works for the body hosting the sentence's
//!   meeting (`host_posts`, `host_verbs`), also from the sentence before; a clinical
//!   department's post (`心内科主任`) with no body works at the only hospital named just before;
//!   a department title with no
//!   body (`基层卫生健康处处长`) works for the article's own body (`own_references` of `body_references.txt`);
//!   a self-reference (`我院`) stands for a body named before the page first says it, and
//!   a leader's title after it in the clause does not take a body named earlier;
//! - before a title, when the tagger reads a person name (`习近平总书记`,
//!   `中山医院的葛均波院士`; a transliteration whose last part the segmenter cut, `某某·某
//!   某某大夫`; a name the segmenter reads as a common word before a courtesy title such as
//!   `医生`, `老师`, asked of the tagger), or before titles in parentheses
//!   (`张文宏（复旦大学附属华山医院感染科主任）`);
//! - before its post, after a link (`张三，某医院院长，…`, `张三——某中心主任`, `张三是某医院的
//!   医生`, a biography's `张三，男，…，现任…`; `name_first`), listed before a shared title
//!   (`张三、李四等专家`), or joined to its body by `的` with no title (`某医院的张三和…`);
//! - before a reporting verb, when the tagger reads a person name (`王显君表示`, also after
//!   an adverb or time word: `王显君昨出席`);
//! - in a photo credit (`周圣钦 摄` → 摄影) or a dateline (`电（记者 张三）`, `某报讯（记者 甲 乙）`);
//! - in the layout's byline credits, with the role printed there; a reporter (`记者`) with
//!   no body named works for the page's source outlet;
//! - after a role noun (`村民赵桂兰`, `患者王建国` → titles [`村民`]; listed in `titles.txt`);
//! - standing alone (`standalone`): a name the segmenter and the tagger both read as a
//!   person's, after a boundary, a list link or a body and before a boundary or a verb, its
//!   `、`-list neighbours names too (`捐赠人为甲、乙`, `甲、乙荣获一等奖`); read last;
//! - in the contact line of a notice (`联系人：周敏`, a credit of the layout whose role is in
//!   `lexicon/person_contacts.txt`), with the issuing body (named in the title, else the
//!   first government body) as organization.
//!
//! Names start with a surname (`lexicon/surnames.txt`) and end where punctuation or a word
//! that follows names (`lexicon/person_context.txt`) begins; after a title, where that
//! leaves the end unsure, the learned tagger's person name decides (`super::evidence`); verbs of saying and byline
//! roles are in `lexicon/person_roles.txt`; `lexicon/person_guards.txt`
//! lists common words that look like names. Later mentions of a found name are added.
//! Never panics; linear in the text.

mod index;
mod name_first;
mod origin_list;
mod standalone;
mod unread_body;
mod worked_at;

use super::doc::{Doc, Facts, Sentence};
use super::evidence;
use super::institutions::{abbreviations, Abbreviation, COMMITTEE};
use super::number::{is_chinese_numeral_char, is_digit};
use super::spans::SpanIndex;
use crate::automaton::WordAutomaton;
use crate::facts::Person;
use crate::gazetteer::{gazetteer, Level, TAIWAN_CODE};
use crate::lexicon::WordSet;
use crate::lexicon::{
    BODY_REFERENCES, COMPANY_WORDS, NAMED_BODIES, PERSON_CONTACTS, PERSON_CONTEXT, PERSON_GUARDS, PERSON_HONORIFICS,
    PERSON_ROLES, SURNAMES, TITLES,
};
use crate::segment::{is_person_tag, Token};
use crate::span::Span;
use crate::text::{find_str, is_han, DEICTIC_OPENINGS};
use aho_corasick::{AhoCorasick, MatchKind};
use index::{DocOrgs, Draft, Drafts, Named, OrgMention, SentenceOrgs};
use memchr::memmem::Finder;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Longest name opening with no surname read after a title on the tagger's word alone.
const MAX_FOREIGN_NAME_CHARS: usize = 4;
/// Characters after a title looked through for the `·` of a transliterated name.
const MAX_DOT_LOOKAHEAD_CHARS: usize = 10;
/// Characters of one part of a transliterated name.
const MAX_DOTTED_PART_CHARS: usize = 8;

/// A word that may open a foreign name read by the tagger alone: Han, and not tagged as a
/// verb, adverb, preposition, conjunction, particle, pronoun, numeral, measure word, place
/// or time word (`院长表示`, `主任和`), so the tagger is asked only where it may answer.
fn may_open_foreign_name(t: &Token<'_>) -> bool {
    t.text.chars().all(is_han)
        && !matches!(t.tag.chars().next(), Some('v' | 'd' | 'p' | 'c' | 'u' | 'r' | 'm' | 'q' | 'f' | 't'))
}

/// One-character words that follow names and also end given names (`赵立正`, `钱永和`,
/// `刘有为`).
const NAME_ENDING_WORDS: [char; 3] = ['正', '和', '为'];

/// Last characters of a place's name (`武侯区`, `某某镇`): a place, no person's name.
const PLACE_ENDS: [char; 6] = ['省', '市', '区', '县', '镇', '乡'];

/// `研究生毕业后`: a candidate name read as a word the segmenter reads whole (`毕业`/n)
/// then a one-character locality word ending it (`后`/f, `时`, `前`): a time clause, no
/// name. `at` is the index of the token opening the candidate, `end` its absolute end.
fn verb_then_locality(tokens: &[Token<'_>], at: Option<usize>, end: usize) -> bool {
    let Some((verb, place)) = at.and_then(|k| Some((tokens.get(k)?, tokens.get(k + 1)?))) else { return false };
    matches!(verb.tag, "v" | "vn" | "n")
        && verb.text.chars().count() == 2
        && place.span.end == end
        && (place.tag == "f" && place.text.chars().count() == 1 || place.text == "时")
}

/// True when the title at `ts..te` (sentence-relative) is the head of a longer word the
/// segmenter reads whole from the title's start on (`摄影` in `摄影师`/n): no title there, and
/// what follows it no name (`摄影师等` → no `师等`). A word opening inside the title
/// (`部长` + `沙…` read `长沙`) does not count.
fn title_inside_word(sentence: &Sentence<'_>, ts: usize, te: usize) -> bool {
    let (base, tokens) = (sentence.span.start, &sentence.tokens);
    let k = tokens.partition_point(|t| t.span.end < base + te);
    tokens.get(k).is_some_and(|t| t.span.start <= base + ts && t.span.end > base + te)
}

/// jieba tags of a word that may follow a name standing alone: verb, adverb, preposition,
/// conjunction (not `vn`, a verb used as a noun, nor any noun).
const NEXT_TAGS: [&str; 4] = ["v", "d", "p", "c"];

/// True when token `k` of `sentence` opens at `p` (sentence-relative) and is a conjunction or
/// a preposition of one character (`和`/c, `与`/p): a word that opens no name.
fn function_word_at(sentence: &Sentence<'_>, k: usize, p: usize) -> bool {
    sentence.tokens.get(k).is_some_and(|t| {
        t.span.start == sentence.span.start + p && matches!(t.tag, "c" | "p") && t.text.chars().nth(1).is_none()
    })
}

/// Department and party-body endings that may stand between an organization and a title
/// (a university's department too: `某医科大学护理学系教授`; a county bureau's section:
/// `某县卫健局医政股股长`).
pub(super) const DEPARTMENT_ENDS: [char; 12] = ['科', '处', '司', '室', '部', '办', '所', '组', '委', '局', '系', '股'];

/// Most characters of a body written alone in brackets after a name.
const MAX_BRACKETED_BODY_CHARS: usize = 40;

/// Most characters a body may share with the title after it (`镇党委` + `党委书记`).
const FUSED_MAX_CHARS: usize = 2;

/// The role of an outlet's own staff: a reporter with no body named works for the page's
/// outlet (a photographer or correspondent credited bare may come from anywhere).
const REPORTER: &str = "记者";

/// The media record named as the page's source outlet, if any.
fn source_outlet(doc: &Doc<'_>, facts: &Facts) -> Option<String> {
    doc.layout.outlets.iter().find_map(|field| {
        facts
            .institutions
            .iter()
            .find(|i| {
                i.kind == crate::facts::InstitutionKind::Media && i.mentions.iter().any(|m| m.overlaps(field.span))
            })
            .map(|i| i.name.clone())
    })
}

/// The record of a department written alone as the page's source and the body it belongs
/// to: the record is named `<body><department>` (`某市疾病预防控制中心宣传科`, alias `宣传科`).
fn source_department<'f>(doc: &Doc<'_>, facts: &'f Facts) -> Option<(&'f str, &'f str)> {
    let source = doc.layout.source.as_ref()?;
    facts.institutions.iter().find_map(|i| {
        let dept = i.aliases.first()?;
        let at_source = i.mentions.iter().any(|m| source.span.contains(*m) && m.slice(doc.text) == dept);
        let body = i.name.strip_suffix(dept.as_str()).filter(|b| at_source && !b.is_empty())?;
        Some((i.name.as_str(), body))
    })
}

/// The body whose own article this is: the institution (not an outlet) named as the
/// page's source (the body of a department written alone there), else the one its
/// self-reference names (`我中心召开…` → the article's record ending with `中心`,
/// `own_references` of `body_references.txt`), else the first named in the headline.
fn own_body(doc: &Doc<'_>, facts: &Facts, self_reference: Option<(usize, &str)>) -> Option<String> {
    source_body(doc, facts).or_else(|| {
        self_referenced_body(facts, self_reference)
            .or_else(|| doc.layout.title.as_ref().and_then(|t| body_named_in(facts, t.span)))
            .map(|i| i.name.clone())
    })
}

/// The first institution (not an outlet) with a mention inside `field`.
fn body_named_in(facts: &Facts, field: Span) -> Option<&crate::facts::Institution<Span>> {
    facts
        .institutions
        .iter()
        .find(|i| i.kind != crate::facts::InstitutionKind::Media && i.mentions.iter().any(|m| field.contains(*m)))
}

/// The body whose own news post the page is by its source line: the institution (not an
/// outlet) named as the page's source (`来源：临江市人民医院`), or the body of a department
/// written alone there.
fn source_body(doc: &Doc<'_>, facts: &Facts) -> Option<String> {
    if let Some((_, body)) = source_department(doc, facts) {
        return Some(body.to_string());
    }
    body_named_in(facts, doc.layout.source.as_ref()?.span).map(|i| i.name.clone())
}

/// The page's source body ([`source_body`]) for a person named with no body whose every
/// title is a post any body has (`党委书记`, `[host_posts]` of `body_references.txt`) or a
/// leader's title heading that kind of body (`院长` on a `…医院`'s page, `leader_heads`), when
/// no other body is named in the [`LEADER_BODY_WINDOW`] before the first mention: a body's
/// own news post names its staff without itself (`来源：青禾县人民医院` … `医院召开…会议。
/// 党委书记甲作动员讲话`). The titles must open a clause right before the first mention
/// ([`titles_open_clause`]): after an unnamed body (`县医院党委书记`) they take none.
///
/// On a hospital's own post a clinical grade (`主治医师`, `护士长`, [`CLINICAL_GRADES`]) is the
/// hospital's too, when the page names no other body anywhere before the person
/// (`来源：某医院` … `主治医师甲参与了手术`; a guest's hospital named before keeps it open).
fn own_post_body(titles: &[String], first: Span, (text, source): (&str, &str), orgs: &DocOrgs<'_>) -> Option<String> {
    let post = |t: &String| BODY_REFS.host_posts.contains(&post_base(t)) || leader_heads(t, source);
    let clinical = |t: &String| CLINICAL_GRADES.iter().any(|g| t.ends_with(g));
    let hospital = HOSPITAL_ENDS.iter().any(|h| source.ends_with(h));
    let alone = if titles.iter().all(post) {
        orgs.ending_within(first.start, LEADER_BODY_WINDOW).all(|o| o.name == source)
    } else {
        hospital && titles.iter().all(|t| post(t) || clinical(t)) && orgs.only_before(first.start, source)
    };
    (!titles.is_empty() && alone && titles_open_clause(&text[..first.start], titles)).then(|| source.to_string())
}

/// Endings of a hospital's clinical grades (`主治医师`, `副主任护师`, `护士长`, `主管药师`).
const CLINICAL_GRADES: [&str; 6] = ["医师", "护师", "护士", "护士长", "药师", "技师"];

/// True when `titles`, read back from the end of `before` across `、` and `，`, are written
/// there and open a clause: the text before them ends with no Han character once a
/// preposition is taken off (`。党委书记甲`, `，由院长甲`; not `县医院党委书记甲`).
fn titles_open_clause(before: &str, titles: &[String]) -> bool {
    let mut b = before.trim_end_matches([' ', '\u{3000}']);
    for t in titles.iter().rev() {
        let Some(rest) = b.strip_suffix(t.as_str()) else { return false };
        b = rest.trim_end_matches(['、', '，']);
    }
    !BODY_REFS.strip_preposition(b).chars().next_back().is_some_and(is_han)
}

/// The record a self-reference names (`我中心召开…` → the article's record ending with
/// `中心`, `own_references` of `body_references.txt`): one named before the first
/// self-reference. A page that says `我院` before naming any hospital names itself only in
/// its furniture, and a hospital named later is another one (`我院…邀请临江市人民医院专家`).
fn self_referenced_body<'f>(
    facts: &'f Facts,
    self_reference: Option<(usize, &str)>,
) -> Option<&'f crate::facts::Institution<Span>> {
    let (at, head) = self_reference?;
    facts.institutions.iter().find(|i| i.name.ends_with(head) && i.mentions.iter().any(|m| m.start < at))
}

/// Where the page first refers to itself and the head its reference names: the first
/// self-reference word of `own_references` (in the lexicon's order) found in the text.
fn first_self_reference(doc: &Doc<'_>) -> Option<(usize, &'static str)> {
    BODY_REFS.own_references.iter().find_map(|(w, head)| Finder::new(w).find(doc.text.as_bytes()).map(|at| (at, *head)))
}

/// The ending of a government's name (`人民政府`, `台北市政府`).
const GOVERNMENT: &str = "政府";
/// A mainland government's full ending (`株洲市人民政府`).
const PEOPLES_GOVERNMENT: &str = "人民政府";

/// The government of the place written right before a leader's title (`兴安区` +
/// `副区长` → `兴安区人民政府`), when the article names it: the title ends with the place's
/// level + `长` and the place is the end of `before`.
fn leader_government(before: &str, title: &str, governments: &[&str]) -> Option<String> {
    let level = place_leader_level(title)?;
    governments
        .iter()
        .filter_map(|g| {
            let place = g.strip_suffix(PEOPLES_GOVERNMENT).or_else(|| g.strip_suffix(GOVERNMENT))?;
            (place.chars().count() >= 2 && place.ends_with(level) && before.ends_with(place)).then_some(*g)
        })
        .max_by_key(|g| g.len())
        .map(str::to_string)
        .or_else(|| written_place_government(before, level))
}

/// The government of the country written right before a national leader's title (`法国` +
/// `总统` → `法国政府`; `[national_leaders]` and `[countries]` of `body_references.txt`).
fn country_government(before: &str, title: &str) -> Option<String> {
    if !BODY_REFS.national_leaders.contains(&title) {
        return None;
    }
    let country = BODY_REFS.countries.iter().find(|c| before.ends_with(*c))?;
    Some(format!("{country}{GOVERNMENT}"))
}

/// The government of a division of the gazetteer written right before a leader's title
/// when the article names none (`株洲市` + `副市长` → `株洲市人民政府`; a Taiwan city's is
/// its `…市政府`): the longest end of `before` that is an unambiguous division's name
/// ending with the title's level.
fn written_place_government(before: &str, level: char) -> Option<String> {
    const MAX_PLACE_CHARS: usize = 8;
    let (place, division) = before
        .char_indices()
        .rev()
        .take(MAX_PLACE_CHARS)
        .map(|(i, _)| &before[i..])
        .filter(|place| place.chars().count() >= 2 && place.ends_with(level))
        .filter_map(|place| {
            let entry = gazetteer().lookup(place).first().filter(|e| !e.ambiguous && !e.common)?;
            Some((place, entry.division))
        })
        .last()?;
    let g = gazetteer();
    let taiwan = g.province(g.get(division)).province_code() == TAIWAN_CODE;
    Some(if taiwan { format!("{place}{GOVERNMENT}") } else { format!("{place}{PEOPLES_GOVERNMENT}") })
}

/// The level of the place a leader's title heads (`副区长` → `区`, `县长` → `县`): the
/// title ends with a place level + `长`.
fn place_leader_level(title: &str) -> Option<char> {
    let level = title.strip_suffix('长')?.chars().next_back()?;
    matches!(level, '省' | '市' | '区' | '县' | '州' | '镇' | '乡').then_some(level)
}

/// The word tables of `src/lexicon/body_references.txt`: words before a title that stand
/// for a body named elsewhere, each with the ending of that body's name.
struct BodyReferences {
    /// Bare heads that stand for a body named before (`医院院长`, `该院院长`).
    bare_heads: Vec<(&'static str, &'static str)>,
    /// Leaders' titles that name their body's head (`院长` heads a `…院`): a clause opening
    /// with such a title (`院长马俊杰告诉记者`) speaks of the body named just before.
    leader_heads: Vec<(&'static str, &'static str)>,
    /// Self-references of a body's own article (`我中心召开…`, `我委`).
    own_references: Vec<(&'static str, &'static str)>,
    /// Prepositions between a clause's opening and a leader's title (`由局长…`).
    leader_prepositions: Vec<char>,
    /// Verbs by which a body sends its staff, between the body and a title (`派出的`).
    dispatch_verbs: Vec<&'static str>,
    /// Words qualifying a post, between the body and the title (`援疆` + `医生`).
    title_modifiers: Vec<&'static str>,
    /// Scopes opening an epithet before its standing (`国内` + `知名`).
    epithet_scopes: Vec<&'static str>,
    /// Words after a leader's name saying the leader leads the clause's subject
    /// (`在主任甲` + `的带领下`).
    led_by: Vec<&'static str>,
    /// A country's leaders' titles (`总统`, `首相`).
    national_leaders: Vec<&'static str>,
    /// Countries whose leaders work for `<country>政府` (`法国`).
    countries: Vec<&'static str>,
    /// A company's executives' titles (`董事长`, `总裁`).
    company_leaders: Vec<&'static str>,
    /// Grades between a company's name and an executive's title (`高级`).
    company_grades: Vec<&'static str>,
    /// Posts any body has (`党组书记`, `新闻发言人`): a clause opening with one speaks of the
    /// body hosting the sentence's meeting.
    host_posts: Vec<&'static str>,
    /// Verbs by which a body opening a sentence hosts a meeting (`召开`, `举行`).
    host_verbs: Vec<&'static str>,
    /// Words opening a post written before its name, with the link to the name (`作为`
    /// + `，`, `现任` + `的`).
    post_openers: Vec<(&'static str, &'static str)>,
    /// Adverbs of time between a name and a verb of holding its post (`目前` + `担任`).
    post_adverbs: Vec<&'static str>,
    /// Verbs of holding a post at a body, between the body and the post (`在某医院` + `任`
    /// + `副院长`), longest first.
    holding_verbs: Vec<&'static str>,
    /// Verbs by which a body receives a new leader (`迎来`), before a mark of a new post.
    welcoming_verbs: Vec<&'static str>,
    /// Marks of a new post after a verb of welcoming (`新`, `新任`), longest first.
    new_post_marks: Vec<&'static str>,
    /// Verbs opening a list of bodies paired in order with the names after the title (`来自`).
    origin_verbs: Vec<&'static str>,
}

impl BodyReferences {
    fn read() -> Self {
        let pairs = |section: &str| -> Vec<(&'static str, &'static str)> {
            BODY_REFERENCES
                .section(section)
                .iter()
                .map(|r| {
                    let head = r.field(1).unwrap_or_else(|| panic!("body_references.txt: {:?} has no head", r.word()));
                    (r.word(), head)
                })
                .collect()
        };
        BodyReferences {
            bare_heads: pairs("bare_heads"),
            leader_heads: pairs("leader_heads"),
            own_references: pairs("own_references"),
            leader_prepositions: BODY_REFERENCES
                .section("leader_prepositions")
                .iter()
                .flat_map(|r| r.word().chars())
                .collect(),
            dispatch_verbs: BODY_REFERENCES.section("dispatch_verbs").iter().map(|r| r.word()).collect(),
            title_modifiers: BODY_REFERENCES.section("title_modifiers").iter().map(|r| r.word()).collect(),
            epithet_scopes: BODY_REFERENCES.section("epithet_scopes").iter().map(|r| r.word()).collect(),
            led_by: BODY_REFERENCES.section("led_by").iter().map(|r| r.word()).collect(),
            national_leaders: BODY_REFERENCES.section("national_leaders").iter().map(|r| r.word()).collect(),
            countries: BODY_REFERENCES.section("countries").iter().map(|r| r.word()).collect(),
            company_leaders: BODY_REFERENCES.section("company_leaders").iter().map(|r| r.word()).collect(),
            company_grades: BODY_REFERENCES.section("company_grades").iter().map(|r| r.word()).collect(),
            host_posts: BODY_REFERENCES.section("host_posts").iter().map(|r| r.word()).collect(),
            host_verbs: BODY_REFERENCES.section("host_verbs").iter().map(|r| r.word()).collect(),
            post_openers: pairs("post_openers"),
            post_adverbs: BODY_REFERENCES.section("post_adverbs").iter().map(|r| r.word()).collect(),
            holding_verbs: {
                let mut verbs: Vec<&'static str> =
                    BODY_REFERENCES.section("holding_verbs").iter().map(|r| r.word()).collect();
                verbs.sort_by_key(|v| std::cmp::Reverse(v.len()));
                verbs
            },
            welcoming_verbs: BODY_REFERENCES.section("welcoming_verbs").iter().map(|r| r.word()).collect(),
            new_post_marks: BODY_REFERENCES.section("new_post_marks").iter().map(|r| r.word()).collect(),
            origin_verbs: BODY_REFERENCES.section("origin_verbs").iter().map(|r| r.word()).collect(),
        }
    }

    /// `word` without a scope opening it (`国内知名…` → `知名…`).
    fn strip_epithet_scope<'t>(&self, word: &'t str) -> &'t str {
        self.epithet_scopes.iter().find_map(|s| word.strip_prefix(s)).unwrap_or(word)
    }

    /// `between` (the words from a body to its title) without a dispatch verb opening it
    /// (`派出的骨科` → `骨科`).
    fn strip_dispatch<'t>(&self, between: &'t str) -> &'t str {
        self.dispatch_verbs.iter().find_map(|v| between.strip_prefix(v)).unwrap_or(between)
    }

    /// `between` (the words from a body to its title) without a word qualifying the post
    /// at its end (`呼吸科援疆` → `呼吸科`), if one is there.
    fn strip_title_modifier<'t>(&self, between: &'t str) -> Option<&'t str> {
        self.title_modifiers.iter().find_map(|m| between.strip_suffix(m))
    }

    /// `text` without a leader's preposition at its end (`…，由` → `…，`).
    fn strip_preposition<'t>(&self, text: &'t str) -> &'t str {
        text.strip_suffix(&self.leader_prepositions[..]).unwrap_or(text)
    }
}

/// The tables of `body_references.txt`, read once per process (forced when a
/// [`PersonExtractor`] is built).
static BODY_REFS: LazyLock<BodyReferences> = LazyLock::new(BodyReferences::read);

/// Most characters of a portfolio written between a body and its title.
const MAX_PORTFOLIO_CHARS: usize = 16;

/// True when `between` (the words from a body to its title) is a portfolio of two fields
/// joined by `及` (`某某保险首席运营及客户服务` + `总监`): Han characters only, each field two
/// characters or more, no `的` and no deictic opening. FACTS keeps it in the title.
fn joined_portfolio(between: &str) -> bool {
    let Some((a, b)) = between.split_once('及') else { return false };
    between.chars().count() <= MAX_PORTFOLIO_CHARS
        && between.chars().all(is_han)
        && !between.contains('的')
        && !between.starts_with(DEICTIC_OPENINGS)
        && a.chars().count() >= 2
        && b.chars().count() >= 2
}

/// Longest department (characters) written between a body and its title.
const MAX_BETWEEN_CHARS: usize = 10;

/// True when `between` (the words from a body to its title, `的` and an abbreviation note
/// taken off) may stand there: nothing, a department (`呼吸科`, `党支部`, `全科医学中心`) or a
/// portfolio ([`joined_portfolio`]).
fn department_between(between: &str) -> bool {
    // A former post (`某医院原院长`, `前副主任`) is a post at the body all the same; so is a
    // qualified one (`援疆医生`, `特聘教授`).
    let between = between.strip_prefix(TENURE_MARKS).unwrap_or(between);
    let between = BODY_REFS.strip_title_modifier(between).unwrap_or(between);
    between.is_empty()
        || (between.chars().count() <= MAX_BETWEEN_CHARS
            && between.chars().all(is_han)
            && !between.contains(LED_BY_PREPOSITION)
            && !between.contains(ASPECT_PARTICLES)
            && (between.ends_with(DEPARTMENT_ENDS) || between.ends_with("支部") || between.ends_with("中心")))
        || joined_portfolio(between)
        || committee_between(between)
}

/// Longest committee (characters) written between a body and its title.
const MAX_COMMITTEE_CHARS: usize = 16;

/// True when `between` is a committee the body sets up, named by its field and duty
/// (`某委` + `突发事件卫生应急专家咨询委员会` + `委员`): Han characters only, no `的`. FACTS
/// keeps it in the title, and the body that sets it up is the person's.
fn committee_between(between: &str) -> bool {
    between.ends_with(COMMITTEE)
        && between.chars().count() <= MAX_COMMITTEE_CHARS
        && between.chars().all(is_han)
        && !between.contains('的')
}

/// The opening of a chief's title (`首席专家`, `首席科学家`), which names the field it leads
/// right before it.
const CHIEF: &str = "首席";

/// Longest field (characters) written before a chief's title.
const MAX_CHIEF_FIELD_CHARS: usize = 6;

/// True when `between` (the words from a body to its title) is the field of a chief's title
/// that follows in `rest` (`某疾控中心` + `免疫规划` + `首席专家`): Han characters only, no
/// `的`. FACTS keeps the field in the title, and the body is the person's.
fn chief_field(between: &str, rest: &str) -> bool {
    rest.starts_with(CHIEF)
        && between.chars().count() <= MAX_CHIEF_FIELD_CHARS
        && between.chars().all(is_han)
        && !between.contains('的')
}

/// Counters of people after a count (`两位医生`, `一名护士`).
pub(super) const PEOPLE_COUNTERS: [char; 2] = ['位', '名'];

/// `between` (the words from a body to its title) without a count of people opening it
/// (`一名` + `护士`, `两位` + `心内科医生`): a count is no department, and FACTS keeps no
/// count in a title.
fn after_people_count(between: &str) -> &str {
    let rest = between.trim_start_matches(|c: char| is_chinese_numeral_char(c) || is_digit(c));
    if rest.len() == between.len() {
        return between;
    }
    rest.strip_prefix(PEOPLE_COUNTERS).unwrap_or(between)
}

/// `between` (the words from a body to its title) as the department joined to the title by
/// `的`, a count of people after it taken off (`急诊科的` + `护士`, `儿科的一名` + `护士` →
/// `急诊科`, `儿科`); else `between` as it is.
fn department_before_possessive(between: &str) -> &str {
    let Some((department, tail)) = between.rsplit_once('的') else { return between };
    let counted = tail.is_empty() || after_people_count(tail).is_empty();
    if counted && !department.is_empty() && department_between(department) {
        department
    } else {
        between
    }
}

/// The preposition of a sentence opening with its setting (`在某卫生院，`).
const SETTING_PREPOSITION: char = '在';

/// Most characters of a quoted epithet between a body and a title (`“90后”`).
const MAX_QUOTED_EPITHET_CHARS: usize = 6;

/// `between` (the words from a body to its title) without a short quoted epithet opening it
/// (`“90后”` + `护士`, `“白衣天使”` + `护士`): an epithet is no department.
fn after_quoted_epithet(between: &str) -> &str {
    let Some(inner) = between.strip_prefix('“') else { return between };
    let Some(close) = inner.find('”') else { return between };
    let short = (1..=MAX_QUOTED_EPITHET_CHARS).contains(&inner[..close].chars().count());
    if short {
        &inner[close + '”'.len_utf8()..]
    } else {
        between
    }
}

/// Marks of a former post written between a body and its title (`某医院原院长`).
const TENURE_MARKS: [char; 2] = ['原', '前'];

/// Longest abbreviation (characters) in parentheses right after a body's name (`（北荣）`,
/// `(WONCA)`).
const MAX_ABBREVIATION_NOTE_CHARS: usize = 10;

/// `between` (the text from a body's end to its title) without the abbreviation in
/// parentheses that may open it (`（北荣）高龄医学中心` → `高龄医学中心`, `（WHF）` → ``), or
/// after the note when the body found is the abbreviation inside it (`）心内科` → `心内科`).
pub(crate) fn after_abbreviation_note(between: &str) -> &str {
    // The body found may be the abbreviation itself, an alias inside the note (`（兰大一院`).
    if let Some(rest) = between.strip_prefix(['）', ')']) {
        return rest.trim_start_matches([' ', '\u{3000}']);
    }
    let note = between.trim_start_matches([' ', '\u{3000}']);
    let Some(inner) = note.strip_prefix(['（', '(']) else { return between };
    let Some(close) = inner.find(['）', ')']) else { return between };
    let abbreviation = &inner[..close];
    let plain = abbreviation.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
    if !plain || abbreviation.is_empty() || abbreviation.chars().count() > MAX_ABBREVIATION_NOTE_CHARS {
        return between;
    }
    let rest = &inner[close..];
    rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start_matches([' ', '\u{3000}'])
}

/// Most characters of a body's short form fused into a leader's title (`卫生` + `局长`).
const MAX_FUSED_SHORT_CHARS: usize = 4;

/// A later short form of a body fused into a leader's title at a clause's opening
/// (`…台北市政府卫生局…。卫生局长黄某表示`): the Han word before a `X长` title joined with
/// its `X` (`卫生局`) ends the name of a body named before (the nearest). Gives the title
/// kept whole (`卫生局长`) and the body.
fn fused_short_form(before: &str, title: &str, r: &Reading<'_>) -> Option<(String, String)> {
    let mut chars = title.chars();
    let head = chars.next()?;
    if chars.as_str() != "长" {
        return None;
    }
    let run = han_run_before(before, MAX_FUSED_SHORT_CHARS + 1);
    let word = &before[before.len() - run..];
    let opening = &before[..before.len() - run];
    let opened = BODY_REFS.strip_preposition(opening);
    if !(2..=MAX_FUSED_SHORT_CHARS).contains(&word.chars().count()) || opened.chars().next_back().is_some_and(is_han) {
        return None;
    }
    let short = format!("{word}{head}");
    let m = r.doc_orgs.last_headed_before(r.base + opening.len(), &short)?;
    Some((format!("{word}{title}"), m.name.to_string()))
}

/// Farthest (bytes) the body named before a sentence-opening leader's title may lie.
const LEADER_BODY_WINDOW: usize = 240;

/// The first dateline mark of `text` (`电` of a wire's `…电`, `讯` of a paper's `湖川日报讯`)
/// followed by an opening parenthesis: its byte position and the text from that parenthesis.
fn dateline_opening(text: &str) -> Option<(usize, &str)> {
    text.match_indices(['电', '讯']).find_map(|(pos, mark)| {
        let after = text[pos + mark.len()..].trim_start_matches([' ', '\u{3000}']);
        after.starts_with(['（', '(']).then_some((pos, after))
    })
}

/// A post without its rank (`常务副院长` → `院长`).
fn post_base(title: &str) -> &str {
    title.trim_start_matches("常务").trim_start_matches(['副', '正'])
}

/// True when a leader's title heads a body named `name` (see `leader_heads` of
/// `body_references.txt`): `副院长` heads a `…院`, `主任` a `…中心` or a `…委员会`.
fn leader_heads(title: &str, name: &str) -> bool {
    let base = post_base(title);
    BODY_REFS.leader_heads.iter().any(|&(t, head)| t == base && name.ends_with(head))
}

/// Separators between a person and a colleague listed after them (`院长甲、副院长乙`,
/// `院长甲和副院长乙`, `主任甲，副主任乙`).
const COLLEAGUE_SEPARATORS: [char; 5] = ['、', '，', '和', '及', '与'];

/// The body of a deputy listed right after the holder of the same post (`院长冉志强和副院长
/// 包红梅`, `主任甲，副主任乙`): the organization of the person whose name ends just before
/// the separator that opens the title, when one of their titles is the same post.
fn deputy_colleague_body(
    text: &str,
    title_start: usize,
    title: &str,
    r: &Reading<'_>,
    drafts: &Drafts,
) -> Option<String> {
    let sep = text[..title_start].strip_suffix(COLLEAGUE_SEPARATORS)?;
    let prev = r.named.ending_at(sep.len())?;
    let name = prev.slice(text);
    let base = post_base(title);
    let same_post = drafts.titles_of(name).iter().any(|t| t != title && post_base(t) == base);
    same_post.then(|| drafts.organization_of(name)).flatten().map(str::to_string)
}

/// The ending of a title naming a place's leaders as a group (`县领导`, `市领导`).
const PLACE_LEADERS: &str = "领导";

/// Characters that open a head's title and end the name of the body it heads, shared when
/// a field is fused into the title (`卫生局长`: `卫生局` + `局长`).
const FUSED_HEADS: [char; 6] = ['局', '部', '署', '厅', '司', '处'];

/// Longest field (characters) fused into a head's title (`卫生`, `食物环境`).
const MAX_FUSED_FIELD_CHARS: usize = 4;

/// Fewest characters of a body's short form opening a title (`卫生局` + `长`).
const MIN_SHORT_FORM_CHARS: usize = 3;

/// Longest note in parentheses between a title and a name that is no post: a party, a
/// place or the scope of the post (`立委（甲）`, `副局长（主持工作）`, `总经理（质量及安全）` + name).
const MAX_NOTE_CHARS: usize = 6;

/// Longest note in parentheses naming another post between a title and a name.
const MAX_NOTE_POST_CHARS: usize = 16;

/// Longest modifier (characters) of a title in a chain (`、心胸专家`, `、中医肿瘤专家`).
const MAX_TITLE_MODIFIER_CHARS: usize = 4;

/// Longest epithet (characters) of a title in a chain (`、著名心血管病专家`).
const MAX_EPITHET_CHARS: usize = 10;

/// Bytes of an epithet written right after a separator of a title chain, before a title
/// (`院长、` + `著名心血管病` + `专家`, `、国内知名呼吸病` + `专家`): Han characters opening with
/// a standing of `[title_modifiers]` (`著名`, `知名`, `资深`), after a scope of
/// `[epithet_scopes]` (`国内`) or none. The chain goes on before it; the epithet stays in
/// the title.
fn epithet_after_separator(before: &str) -> Option<usize> {
    let run = han_run_before(before, MAX_EPITHET_CHARS + 1);
    let word = &before[before.len() - run..];
    let opened = before[..before.len() - run].ends_with('、');
    let standing = BODY_REFS.strip_epithet_scope(word);
    let epithet = BODY_REFS.title_modifiers.iter().any(|m| m.chars().count() > 1 && standing.starts_with(m));
    (opened && epithet && word.chars().count() <= MAX_EPITHET_CHARS).then_some(run)
}

/// Longest department (characters) written between a separator and a title (`疾控局局长`).
pub(super) const MAX_DEPARTMENT_CHARS: usize = 8;

/// Most tokens of a department the segmenter cut into words (`呼吸` + `科`).
const MAX_DEPARTMENT_TOKENS: usize = 3;

/// The body of a leader whose title opens a clause (`院长马俊杰…` after a sentence naming
/// `临江市人民医院`, `…，由局长陈某带队`): the mention nearest before, when it lies within
/// [`LEADER_BODY_WINDOW`] and its name ends with the title's head (`leader_heads` of `body_references.txt`).
fn leader_body(before: &str, title: &str, r: &Reading<'_>) -> Option<String> {
    let before = before.trim_end_matches([' ', '\u{3000}']);
    let opened = BODY_REFS.strip_preposition(before);
    if opened.chars().next_back().is_some_and(is_han) {
        return None;
    }
    let pos = r.base + before.len();
    let m = r.doc_orgs.nearest_before(pos)?;
    (!own_between(r, m, pos) && pos - m.span.end <= LEADER_BODY_WINDOW && leader_heads(title, m.name))
        .then(|| m.name.to_string())
}

/// True when the page's own `我院` stands between the mention `m` and `pos`: the clause
/// speaks of the page's body (`…邀请某医院专家，我院副书记甲，副院长乙出席`), which `m` is
/// only when the page named it before it first said `我院`.
fn own_between(r: &Reading<'_>, m: &OrgMention<'_>, pos: usize) -> bool {
    let between = r.doc_text.get(m.span.end..pos).unwrap_or_default();
    BODY_REFS.own_references.iter().any(|(w, _)| between.contains(w)) && !r.doc_orgs.named_before_self_reference(m.name)
}

/// The one record named within [`LEADER_BODY_WINDOW`] before `pos` (document coordinates):
/// its nearest mention, when every mention there names it and no `我院` of the page stands
/// between ([`own_between`]).
fn sole_body_before<'r>(r: &'r Reading<'_>, pos: usize) -> Option<&'r OrgMention<'r>> {
    let mut near = r.doc_orgs.ending_within(pos, LEADER_BODY_WINDOW);
    let first = near.next()?;
    let (mut nearest, mut same) = (first, true);
    for o in near {
        same &= o.name == first.name;
        if o.span.end > nearest.span.end {
            nearest = o;
        }
    }
    (same && !own_between(r, nearest, pos)).then_some(nearest)
}

/// Single-character heads of a host's name written before a post (`院党委书记`, `委党组书记`).
const HOST_HEADS: [char; 3] = ['院', '委', '局'];

/// The body hosting a meeting, for a post any body has opening a clause or the next sentence
/// (`临江市卫健委召开…会议，党组书记甲出席`, `…会议。院党委书记乙作工作报告`; `[host_posts]` of
/// `body_references.txt`): the only body named in the window before the post, opening its
/// sentence or clause (`近日，`) and followed in that clause by a verb of `[host_verbs]`, with
/// at most one sentence end between. `before` is the sentence up to the title.
fn host_body(before: &str, title: &str, r: &Reading<'_>) -> Option<String> {
    if !BODY_REFS.host_posts.contains(&post_base(title)) {
        return None;
    }
    let before = before.trim_end_matches([' ', '\u{3000}']);
    let pos = r.base + before.len();
    let m = sole_body_before(r, pos)?;
    // A committee's head is its `委` (`某委员会…。委党组书记甲`).
    let head = if m.name.ends_with(COMMITTEE) { Some('委') } else { m.name.chars().next_back() };
    let head = head.filter(|c| HOST_HEADS.contains(c));
    let opened = BODY_REFS.strip_preposition(head.and_then(|h| before.strip_suffix(h)).unwrap_or(before));
    let written = |c: char| is_han(c) || c.is_ascii_alphanumeric();
    if opened.chars().next_back().is_some_and(written) {
        return None;
    }
    let subject = !r.doc_text[..m.span.start].chars().next_back().is_some_and(written);
    let clause = r.doc_text[m.span.end..pos].split(['，', '；', '。']).next().unwrap_or_default();
    let hosts = BODY_REFS.host_verbs.iter().any(|v| clause.contains(v));
    let near = r.doc_text[m.span.end..pos].matches(['。', '！', '？']).count() <= 1;
    (subject && hosts && near).then(|| m.name.to_string())
}

/// Name endings of a hospital, where a clinical department's staff work.
const HOSPITAL_ENDS: [&str; 3] = ["医院", "卫生院", "保健院"];

/// Endings of a clinical department (`心内科`, `检验室`) and a hospital's divisions ending
/// on `部` (`医务部`); a government's department (`医政科` of `县卫健局医政科`) is none.
const CLINICAL_ENDS: [char; 2] = ['科', '室'];
const HOSPITAL_DIVISIONS: [&str; 4] = ["护理部", "医务部", "门诊部", "药学部"];
const GOVERNMENT_DEPARTMENT_MARKS: [char; 5] = ['委', '局', '厅', '处', '司'];

/// The hospital of a clinical department's post written with no body (`…医院…开展义诊，
/// 医务部主任甲、骨科主任乙参加`, `…医院专家走进社区。心内科主任医师丙…`): the department opens a
/// clause ([`department_after_separator`]) and the only body named in the window before it is
/// a hospital. `before` is the sentence up to the post.
fn department_hospital(before: &str, title: &str, r: &Reading<'_>) -> Option<String> {
    let run = match department_anaphor(before, title) {
        Some(run) => run,
        None => {
            let run = department_after_separator(before)?;
            let dept = &before[before.len() - run..];
            let clinical = dept.ends_with(CLINICAL_ENDS) || HOSPITAL_DIVISIONS.iter().any(|d| dept.ends_with(d));
            if !clinical || dept.contains(GOVERNMENT_DEPARTMENT_MARKS) {
                return None;
            }
            run
        }
    };
    let m = sole_body_before(r, r.base + before.len() - run)?;
    HOSPITAL_ENDS.iter().any(|h| m.name.ends_with(h)).then(|| m.name.to_string())
}

/// Words standing for the clinical department the article has just named, written before a
/// title (`科主任`, `科室护士长`) or opening it (`科室主任`).
const DEPARTMENT_ANAPHORS: [&str; 2] = ["科室", "科"];

/// The deictic that may open a department anaphor (`该科` + `主任`, `该科室` + `护士长`).
const DEPARTMENT_DEICTIC: char = '该';

/// Bytes of a department anaphor of [`DEPARTMENT_ANAPHORS`] at the end of `before`, opening
/// its clause (also after `据`, `由`, `在`: `…医院神经外科救治一名患者。科室主任甲介绍`,
/// `，科主任乙讲解`; after `该`: `据该科主任丙介绍`), or 0 when `title` opens with one; `None` when there is none or a word
/// is glued before it (`外科主任`, `眼科室主任`).
fn department_anaphor(before: &str, title: &str) -> Option<usize> {
    let run = if DEPARTMENT_ANAPHORS.iter().any(|a| title.len() > a.len() && title.starts_with(a)) {
        0
    } else {
        DEPARTMENT_ANAPHORS.iter().find(|a| before.ends_with(*a))?.len()
    };
    let opening = &before[..before.len() - run];
    let opening = BODY_REFS.strip_preposition(opening.strip_suffix(LED_BY_PREPOSITION).unwrap_or(opening));
    // `该科主任甲`: the deictic points at the department just named, as a bare `科` does.
    let opening = BODY_REFS.strip_preposition(opening.strip_suffix(DEPARTMENT_DEICTIC).unwrap_or(opening));
    (!opening.chars().next_back().is_some_and(is_han)).then_some(run)
}

/// Most characters of a company's name opening a clause before an executive's title.
const MAX_COMPANY_CHARS: usize = 12;

/// The company an executive's title names when a clause opens with it (`，海川科技董事长` +
/// name → `海川科技`; `[company_leaders]` of `body_references.txt`): the Han or Latin run from
/// the clause's opening to the title (a grade such as `高级` between), three characters or
/// more, no deictic opening (`该公司`), no place ending, and more than generic company words
/// (`集团公司`: `company_words.txt` and `公司` taken off leave two characters or more).
fn company_opening_clause<'t>(before: &'t str, title: &str) -> Option<&'t str> {
    company_before_title(before, title).map(|(start, end)| &before[start..end])
}

/// Where in `before` the company of [`company_opening_clause`] is written (a byte range), for
/// the combining step that gives it an institution record (`institutions::employers`).
pub(crate) fn company_before_title(before: &str, title: &str) -> Option<(usize, usize)> {
    if !BODY_REFS.company_leaders.contains(&post_base(title)) {
        return None;
    }
    let before = BODY_REFS.company_grades.iter().find_map(|g| before.strip_suffix(g)).unwrap_or(before);
    let named = |c: char| is_han(c) || c.is_ascii_alphanumeric();
    let run: usize =
        before.chars().rev().take_while(|&c| named(c)).take(MAX_COMPANY_CHARS + 1).map(char::len_utf8).sum();
    let body = &before[before.len() - run..];
    let opened = !before[..before.len() - run].chars().next_back().is_some_and(named);
    // Company words end the company's name before its division (`某某医疗科技` + `某品牌`).
    let words = || COMPANY_WORDS.words().chain(["公司", "有限"]);
    let body = words()
        .filter_map(|w| body.find(w).map(|i| i + w.len()).filter(|&e| body[..e].chars().count() >= 3))
        .min()
        .map_or(body, |mut e| {
            while let Some(w) = words().find(|w| body[e..].starts_with(w)) {
                e += w.len();
            }
            &body[..e]
        });
    let mut core = body.strip_suffix("公司").unwrap_or(body);
    while let Some(c) = COMPANY_WORDS.words().find_map(|w| core.strip_suffix(w)) {
        core = c;
    }
    let chars = body.chars().count();
    (opened
        && (3..=MAX_COMPANY_CHARS).contains(&chars)
        && core.chars().count() >= 2
        && !body.contains('的')
        && !body.starts_with(DEICTIC_OPENINGS)
        && !body.ends_with(PLACE_ENDS))
    .then(|| (before.len() - run, before.len() - run + body.len()))
}

/// The preposition opening a leader's title in `在主任甲的带领下`.
const LED_BY_PREPOSITION: char = '在';
/// The prepositions opening a led clause's title: `在主任甲的带领下`, `由主任医师甲带队`.
const LED_PREPOSITIONS: [char; 2] = [LED_BY_PREPOSITION, '由'];

/// A department's head written alone between `在` and the title (`在科主任甲的带领下`).
const LED_DEPARTMENT: char = '科';

/// Longest department or team (characters) between the body and `在` (`神经外科团队`).
const MAX_LED_TEAM_CHARS: usize = 10;

/// The body a leader leads, named as the subject of the clause: `某医院神经外科团队在主任甲
/// 的带领下…`, `某医院专家团队由主任医师甲带队…` — a title right after `在` or `由`, a name
/// followed by a phrase of `[led_by]` of `body_references.txt` (`的带领下`, `带领下`, `带队`),
/// and a body mention before the preposition in the same clause with at most a department
/// or team between.
/// The title's department head `科` written alone after `在` (`在科主任甲的带领下`) is read as
/// the team's own: the department named before.
fn led_body(text: &str, title_start: usize, name_end: usize, orgs: &SentenceOrgs<'_>) -> Option<String> {
    let before = &text[..title_start];
    let before = before.strip_suffix(LED_DEPARTMENT).unwrap_or(before).strip_suffix(LED_PREPOSITIONS)?;
    if !BODY_REFS.led_by.iter().any(|w| text[name_end..].starts_with(w)) {
        return None;
    }
    let o = orgs.last_ending_by(before.len())?;
    let team = &before[o.span.end..];
    (team.chars().count() <= MAX_LED_TEAM_CHARS && team.chars().all(is_han)).then(|| o.name.to_string())
}

/// Most characters (an adverb of time: `日前`, `近日`) between a body and its verb of welcoming.
const MAX_WELCOME_GAP_CHARS: usize = 4;

/// The body receiving a new leader as the subject of the clause: `某医院日前迎来新院长张三`
/// — a mark of a new post of `[new_post_marks]` right before the title, a verb of
/// `[welcoming_verbs]` before it, and a body mention before the verb with at most a short
/// adverb of time between (no `的`, no punctuation).
fn welcomed_body(text: &str, title_start: usize, orgs: &SentenceOrgs<'_>) -> Option<String> {
    let before = &text[..title_start];
    let before = BODY_REFS.new_post_marks.iter().find_map(|m| before.strip_suffix(m))?;
    let before = BODY_REFS.welcoming_verbs.iter().find_map(|v| before.strip_suffix(v))?;
    let o = orgs.last_ending_by(before.len())?;
    let gap = &before[o.span.end..];
    (gap.chars().count() <= MAX_WELCOME_GAP_CHARS && gap.chars().all(is_han) && !gap.contains('的'))
        .then(|| o.name.to_string())
}

/// Separators of a list of colleagues whose later titles name no body (`该院骨伤科主任甲、
/// 副主任医师乙，主治医师丙`).
const LISTED_COLLEAGUE_SEPARATORS: [char; 2] = ['、', '，'];

/// The body of a title listed right after a colleague (`市卫健委副主任刘红梅、基层卫生健康科
/// 科长钱进`, `该院骨伤科主任甲、副主任医师乙`): the organization of the person whose name
/// ends just before the `、` or `，` that opens the title. Joined by a conjunction
/// (`急诊科主任甲和副主任医师乙`), the colleague must hold a post there, not a byline role
/// (`记者甲和医生乙` names no common body).
fn listed_colleague_body(
    text: &str,
    title_start: usize,
    r: &Reading<'_>,
    drafts: &Drafts,
    holds_post: impl Fn(&[String]) -> bool,
) -> Option<String> {
    let before = &text[..title_start];
    let (sep, joined) = match before.strip_suffix(LISTED_COLLEAGUE_SEPARATORS) {
        Some(sep) => (sep, false),
        None => (before.strip_suffix(DEPARTMENT_JOINERS)?, true),
    };
    colleague_before_body(text, sep.len(), joined, r, drafts, holds_post)
}

/// The body of a chain of posts listed right after a colleague (`某医院院长甲，党委副书记、
/// 纪委书记乙`): the organization of the person whose name ends just before the `、` or `，`
/// that opens the chain, when that person holds a post there (after a byline role, `记者甲，
/// 党委副书记、纪委书记乙` names no common body).
fn chained_colleague_body(
    text: &str,
    chain_start: usize,
    r: &Reading<'_>,
    drafts: &Drafts,
    holds_post: impl Fn(&[String]) -> bool,
) -> Option<String> {
    let sep = text[..chain_start].strip_suffix(LISTED_COLLEAGUE_SEPARATORS)?;
    colleague_before_body(text, sep.len(), true, r, drafts, holds_post)
}

/// The organization of the person whose name ends at `name_end`, when `post_needed` only if
/// that person holds a post (not a byline role).
fn colleague_before_body(
    text: &str,
    name_end: usize,
    post_needed: bool,
    r: &Reading<'_>,
    drafts: &Drafts,
    holds_post: impl Fn(&[String]) -> bool,
) -> Option<String> {
    let prev = r.named.ending_at(name_end)?.slice(text);
    (!post_needed || holds_post(drafts.titles_of(prev)))
        .then(|| drafts.organization_of(prev))
        .flatten()
        .map(str::to_string)
}

/// Conjunctions joining a colleague to a department title (`副院长乙和护理部主任丙`).
const DEPARTMENT_JOINERS: [char; 3] = ['和', '及', '与'];

/// A department title joined to a colleague by a conjunction (`副院长乙和` + `护理部` +
/// `主任丙`): the bytes of the department written right before `title_start` and the
/// colleague's organization, when the name before the conjunction was read with one.
fn department_after_joined_colleague(
    text: &str,
    title_start: usize,
    r: &Reading<'_>,
    drafts: &Drafts,
) -> Option<(usize, String)> {
    let run = han_run_before(&text[..title_start], MAX_DEPARTMENT_CHARS + 1);
    let dept_start = (title_start - run..title_start.saturating_sub(2 * '科'.len_utf8()))
        .filter(|&i| text.is_char_boundary(i))
        .find(|&i| text[..i].ends_with(DEPARTMENT_JOINERS))?;
    let dept = &text[dept_start..title_start];
    let joiner = text[..dept_start].chars().next_back().map_or(0, char::len_utf8);
    let prev = r.named.ending_at(dept_start - joiner)?;
    let org = drafts.organization_of(prev.slice(text))?;
    (dept.ends_with(DEPARTMENT_ENDS) && !dept.contains(DEPARTMENT_JOINERS)).then(|| (dept.len(), org.to_string()))
}

/// Bytes of a department written at the end of `before` right after a bare head
/// (`该院` + `治未病科` + `主任`): two to [`MAX_DEPARTMENT_CHARS`] Han characters ending on a
/// department ending; `None` when there is none.
pub(super) fn department_after_head(before: &str) -> Option<usize> {
    let run = han_run_before(before, MAX_DEPARTMENT_CHARS + 2);
    let word = &before[before.len() - run..];
    BODY_REFS.bare_heads.iter().find_map(|(w, _)| {
        let dept = &word[find_str(word, w)? + w.len()..];
        ((2..=MAX_DEPARTMENT_CHARS).contains(&dept.chars().count()) && dept.ends_with(DEPARTMENT_ENDS))
            .then_some(dept.len())
    })
}

/// Where a transliterated name ends at token `k` starts: the tagged name parts joined by `·`
/// before it (`卡尔` `·` `贝克尔`), or the token itself.
fn dotted_name_start(tokens: &[Token<'_>], k: usize) -> usize {
    let mut start = tokens[k].span.start;
    let mut j = k;
    while j >= 2
        && tokens[j - 1].text == "·"
        && is_person_tag(tokens[j - 2].tag)
        && tokens[j - 1].span.start == tokens[j - 2].span.end
        && tokens[j - 1].span.end == tokens[j].span.start
    {
        start = tokens[j - 2].span.start;
        j -= 2;
    }
    start
}

/// Where a transliterated name ending at token `k` starts when the segmenter cut its last
/// part (`米格` `·` `卡` `罗斯`): a piece of one or two Han characters glued before the
/// token, a `·`, and a Han part before it (with the tagged parts joined before that).
fn split_dotted_start(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    let (first, dot, piece, last) = (tokens.get(k.checked_sub(3)?)?, &tokens[k - 2], &tokens[k - 1], &tokens[k]);
    let glued =
        first.span.end == dot.span.start && dot.span.end == piece.span.start && piece.span.end == last.span.start;
    let han = |t: &Token<'_>, max: usize| (1..=max).contains(&t.text.chars().count()) && t.text.chars().all(is_han);
    (glued && dot.text == "·" && han(piece, 2) && han(first, MAX_DOTTED_PART_CHARS))
        .then(|| dotted_name_start(tokens, k - 3))
}

/// True when a bare head of `bare_heads` standing for a body named before (`该院`, or
/// `医院` opening its clause) comes before the department that ends `before`
/// (`据该院` + `宣传科`); `县医院` + `急诊科` names an unnamed body instead.
fn bare_head_before_department(before: &str) -> bool {
    let Some(d) = department_after_head(before) else { return false };
    let before = &before[..before.len() - d];
    BODY_REFS.bare_heads.iter().any(|&(w, _)| {
        before.strip_suffix(w).is_some_and(|opening| {
            w.starts_with(DEICTIC_OPENINGS)
                || !BODY_REFS.strip_preposition(opening).chars().next_back().is_some_and(is_han)
        })
    })
}

/// Verbs of working at a body, between it and `的` before a name (`在某医院工作的张三`).
pub(super) const SERVING_VERBS: [&str; 3] = ["工作", "任职", "就职"];

/// The body whose mention ends right before the name at `sp`, or before a `的` there
/// (`瑞金医院的王卫庆主任`, `某医院张三说`), also through a verb of working at it
/// (`在某医院工作的张三`) or a department of the body (`某医院心内科的张三医生`, `某医院呼吸科张三说`).
fn body_written_before(text: &str, sp: Span, r: &Reading<'_>) -> Option<String> {
    let before = &text[..sp.start];
    let body_end = |b: &str| r.orgs.ending_at(b.len()).map(|o| o.name.to_string());
    let department_of = |b: &str| {
        let o = r.orgs.last_ending_by(b.len())?;
        let dept = &b[o.span.end..];
        (!dept.is_empty() && department_between(dept)).then(|| (o.name.to_string(), dept.ends_with(OFFICE_ENDS)))
    };
    // `某医院呼吸科张三提醒`: an office of the body right before the name (a `…研究所` or
    // `…中心` written there is a body of its own).
    let Some(joined) = before.strip_suffix('的') else {
        return body_end(before).or_else(|| department_of(before).and_then(|(body, office)| office.then_some(body)));
    };
    body_end(joined)
        .or_else(|| {
            let serving = SERVING_VERBS.iter().find_map(|v| joined.strip_suffix(v))?;
            body_end(serving)
        })
        // `某医院心内科的张三医生`: a department of the body between it and `的`.
        .or_else(|| department_of(joined).map(|(body, _)| body))
}

/// Endings of an office inside a body (`呼吸科`, `医政处`, `护理部`, `办公室`), written between
/// the body and a name with no `的`.
const OFFICE_ENDS: [char; 6] = ['科', '室', '处', '部', '办', '股'];

/// The link between a post held at a body and the name after it (`在某医院任副院长的` + name).
const HELD_POST_LINK: &str = "的";

/// What opens the place of work after a name (`张三在某医院工作`, `张三曾在某中心任职`).
const SERVED_AT: [&str; 3] = ["在", "曾在", "一直在"];

/// The body a name works at, written right after it with a verb of working
/// ([`SERVING_VERBS`]): `张三在某医院工作了二十年` → 某医院; the body's mention fills the
/// space between `在` and the verb.
fn body_served_after(text: &str, end: usize, orgs: &SentenceOrgs<'_>) -> Option<String> {
    let after = SERVED_AT.iter().find_map(|p| text[end..].strip_prefix(p))?;
    let at = text.len() - after.len();
    SERVING_VERBS.iter().find_map(|v| {
        let o = orgs.ending_at(at + after.find(v)?)?;
        (o.span.start == at).then(|| o.name.to_string())
    })
}

/// The body a post is held at, written right before the post's chain with a verb of
/// `[holding_verbs]` (`张三在某医院` + `任` + `副院长`, `曾在某中心担任` + `主任`): the record's
/// name and where the place of work opens (its `在` of [`SERVED_AT`]) in `before`, the text up
/// to the chain.
fn body_held_at(before: &str, orgs: &SentenceOrgs<'_>) -> Option<(String, usize)> {
    let verb = BODY_REFS.holding_verbs.iter().find(|v| before.ends_with(**v))?;
    let o = orgs.ending_at(before.len() - verb.len())?;
    let opening = &before[..o.span.start];
    let at = SERVED_AT.iter().filter_map(|p| opening.strip_suffix(p)).map(str::len).min()?;
    Some((o.name.to_string(), at))
}

/// The body written alone in brackets right after a name (`院长张三（某市人民医院）`,
/// `张三（某县卫生健康局）`): the institution mention that fills the brackets at `end`.
fn body_in_brackets(text: &str, end: usize, orgs: &SentenceOrgs<'_>) -> Option<String> {
    let open = ['（', '('].into_iter().find(|&c| text[end..].starts_with(c))?;
    let inner = end + open.len_utf8();
    let close = text[inner..]
        .char_indices()
        .take(MAX_BRACKETED_BODY_CHARS + 1)
        .find(|&(_, c)| matches!(c, '）' | ')'))
        .map(|(i, _)| inner + i)?;
    orgs.ending_at(close).filter(|o| o.span.start == inner).map(|o| o.name.to_string())
}

/// The last of `titles` opened with `dept` (a department written before it, `该院` +
/// `骨科` + `主任`), unless it opens with it already.
pub(super) fn prefix_last_title(titles: &mut [String], dept: &str) {
    if let Some(last) = titles.last_mut() {
        if !last.starts_with(dept) {
            *last = format!("{dept}{last}");
        }
    }
}

/// `more` titles added after `titles`, each one not there yet.
fn push_new_titles(titles: &mut Vec<String>, more: Vec<String>) {
    for t in more {
        if !titles.contains(&t) {
            titles.push(t);
        }
    }
}

/// Bytes of the Han characters (up to `max`, not `兼`) that end `before`: a word written
/// right before a title.
fn han_run_before(before: &str, max: usize) -> usize {
    before.chars().rev().take_while(|&c| is_han(c) && c != '兼').take(max).map(char::len_utf8).sum()
}

/// The ending of a residents' community written before its leader's title (`某某社区书记`).
const COMMUNITY_END: &str = "社区";

/// Most characters of a community's own name before its ending.
const MAX_COMMUNITY_CORE_CHARS: usize = 4;

/// The community named at the end of `before` right before a title, opening its clause
/// (`，井北社区` + `书记`): two to four Han characters and a community ending, after a
/// separator or at the start, no deictic opening (`该社区`). It is the title's organization,
/// as printed.
fn community_before(before: &str) -> Option<&str> {
    let end = before.strip_suffix(COMMUNITY_END)?;
    let run = han_run_before(end, MAX_COMMUNITY_CORE_CHARS + 1);
    let core = &end[end.len() - run..];
    let opens_clause = end[..end.len() - run].chars().next_back().map_or(true, |c| !is_han(c));
    ((2..=MAX_COMMUNITY_CORE_CHARS).contains(&core.chars().count())
        && opens_clause
        && !core.starts_with(DEICTIC_OPENINGS))
    .then(|| &before[end.len() - run..])
}

/// Prepositions that open a clause before a department and its head's title (`据医政处处长…`,
/// `由疾控科科长…`) and never open a department's own name (unlike `经`, `与` of
/// `leader_prepositions`).
const CLAUSE_PREPOSITIONS: [char; 2] = ['据', '由'];

/// Words opening a list of the people present (`参加义诊的有` + `心内科主任甲`).
const LIST_OPENERS: [&str; 2] = ["的有", "的还有"];

/// Aspect particles closing a verb before its object (`见到了` + `儿科护士长甲`): no
/// department holds one, so a department starts after it.
const ASPECT_PARTICLES: [char; 2] = ['了', '着'];

/// The copula linking a person to a post (`张三是某医院的医生`, `他是…`).
const COPULA: char = '是';

/// Links that hold a post (`现任`, `系`), which a comma may part from the name before them
/// (`张三，现任某医院院长`).
const HOLDING_LINKS: [&str; 4] = ["现任", "现为", "担任", "系"];

/// `sp` without an adverb of time of `[post_adverbs]` ending it before a verb of holding a
/// post (`张三现` + `担任…` → `张三`; a name of two characters at least stays), else `sp`.
fn name_before_post_adverb(text: &str, sp: Span) -> Span {
    let word = sp.slice(text);
    let holding = HOLDING_LINKS.iter().any(|l| text[sp.end..].starts_with(l));
    let adverb = BODY_REFS.post_adverbs.iter().find(|a| word.strip_suffix(**a).is_some_and(|n| n.chars().count() >= 2));
    match adverb {
        Some(a) if holding => Span::new(sp.start, sp.end - a.len()),
        _ => sp,
    }
}

/// Bytes of a department written at the end of `before`, right after a separator of a
/// title chain (`、疾控局` + `局长`), a colon or a list opener of [`LIST_OPENERS`]
/// (`参加义诊的有` + `心内科` + `主任`), or opening the sentence (`医政司` + `司长`): two to
/// [`MAX_DEPARTMENT_CHARS`] Han characters ending on a department ending, not a deictic
/// reference (`该局`); `None` when there is none.
fn department_after_separator(before: &str) -> Option<usize> {
    if bare_head_before_department(before) {
        // `据该院` + `宣传科`: the department of a bare head, which reads it.
        return None;
    }
    let mut run = han_run_before(before, MAX_DEPARTMENT_CHARS + 1);
    let mut dept = &before[before.len() - run..];
    if let Some(rest) = dept.strip_prefix(CLAUSE_PREPOSITIONS) {
        // `据` + `医政处`: a preposition opening the clause is no part of the department.
        run = rest.len();
        dept = rest;
    }
    if let Some(i) = LIST_OPENERS.iter().filter_map(|o| crate::text::rfind_str(dept, o).map(|i| i + o.len())).max() {
        // `参加义诊的有` + `心内科`: the list opener is no part of the department.
        run = dept.len() - i;
        dept = &dept[i..];
    }
    if let Some(i) = dept.rfind(ASPECT_PARTICLES) {
        // `见到了` + `儿科`: the verb before the department is no part of it.
        let i = i + dept[i..].chars().next().map_or(0, char::len_utf8);
        run = dept.len() - i;
        dept = &dept[i..];
    }
    let chars = dept.chars().count();
    let opening =
        before[..before.len() - run].strip_suffix(CLAUSE_PREPOSITIONS).unwrap_or(&before[..before.len() - run]);
    let opened = opening.trim_end().is_empty()
        || opening.ends_with(['、', '，', ',', '兼', '：'])
        || LIST_OPENERS.iter().any(|o| opening.ends_with(o))
        || opening.ends_with(ASPECT_PARTICLES);
    let deictic = dept.starts_with(DEICTIC_OPENINGS);
    (opened && !deictic && (2..=MAX_DEPARTMENT_CHARS).contains(&chars) && dept.ends_with(DEPARTMENT_ENDS))
        .then_some(run)
}

/// Longest body (characters) the article does not name as an institution that a title
/// chain crosses after a `、` (`市爱卫办主任、市公立医院管理中心主任` + name).
const MAX_UNNAMED_BODY_CHARS: usize = 14;

/// Bytes of a body not read as an institution, written at the end of `before` right after a
/// `、` or `兼` of a title chain (`、市公立医院管理中心` + `主任`): more than a department
/// ([`department_after_separator`]) up to [`MAX_UNNAMED_BODY_CHARS`] Han characters ending on
/// `中心` or a department ending. The chain crosses it (its title is the title alone) and
/// goes on to the body named first.
fn unnamed_body_after_separator(before: &str) -> Option<usize> {
    let run = han_run_before(before, MAX_UNNAMED_BODY_CHARS + 1);
    let body = &before[before.len() - run..];
    let opened = before[..before.len() - run].ends_with(['、', '兼']);
    let chars = body.chars().count();
    let deictic = body.starts_with(DEICTIC_OPENINGS);
    (opened
        && !deictic
        && (MAX_DEPARTMENT_CHARS + 1..=MAX_UNNAMED_BODY_CHARS).contains(&chars)
        && (body.ends_with("中心") || body.ends_with(DEPARTMENT_ENDS)))
    .then_some(run)
}

/// True when a body head of `bare_heads` (`医院`, `中心`, …) stands inside `title` after at
/// least one character and before more (`县医院急诊科护士长`): the title names an unnamed body
/// before its department. A head opening the title (`院办主任`) is the own body's.
fn unnamed_body_in_title(title: &str) -> bool {
    BODY_REFS.bare_heads.iter().any(|&(_, head)| {
        title
            .match_indices(head)
            .any(|(i, _)| i > 0 && i + head.len() < title.len() && !title[..i].ends_with(DEICTIC_OPENINGS))
    })
}

/// Built once; holds this extractor's lexicons.
#[derive(Debug)]
pub struct PersonExtractor {
    title_ac: WordAutomaton,
    /// Titles, longest first.
    titles: Vec<String>,
    /// The titles but `摄` (a photo credit), for the longest one opening a text.
    title_prefixes: WordSet,
    title_set: HashSet<String>,
    surnames: HashSet<String>,
    guards: HashSet<String>,
    /// Words that may follow a name, longest first.
    context: Vec<String>,
    abbreviations: Vec<Abbreviation>,
    /// The lexicon's body names and their abbreviations as written (`立法会`, `全国人大`).
    body_words: HashSet<String>,
    /// Endings of unnamed references (`女士`, `某`).
    honorifics: Vec<String>,
    /// The first characters of `honorifics`: a courtesy title can follow a word only when one
    /// of them does.
    honorific_starts: HashSet<char>,
    /// Verbs of saying after an untitled name (`表示`).
    reporting: HashSet<String>,
    /// Byline roles that take a colon (`编辑：`).
    byline_roles: HashSet<String>,
    /// Roles that name no post at a body (`村民`).
    unaffiliated: HashSet<String>,
    /// Words introducing a name after a number (`岁的`), and notes after a name (`（化名）`),
    /// as searchers built once (`str::match_indices` builds one for every sentence).
    before_name: Vec<Finder<'static>>,
    after_name: Vec<Finder<'static>>,
    /// Adverbs and time words allowed between a name and its verb of saying.
    before_reporting: HashSet<String>,
    /// Titles that are verbs right after a name when words follow (`代表`).
    verb_titles: HashSet<String>,
    /// Honours and memberships that are no post (`院士`, `人大代表`).
    honours: HashSet<String>,
    /// Words after which a name may stand alone (`和`, `为`: `standalone`).
    standalone_links: Vec<String>,
    /// Verbs opening a list of names before a shared title: `[list_verbs]`.
    list_verbs: Vec<String>,
    /// Contact-line labels (`联系人`).
    /// Roles of a notice's contact person (`联系人`), `lexicon/person_contacts.txt`.
    contact_roles: HashSet<String>,
    contact_ac: AhoCorasick,
}

impl Default for PersonExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// One sentence being read for people: where it starts, the institutions in it (sentence
/// coordinates) and the names found so far.
struct Reading<'f> {
    base: usize,
    orgs: SentenceOrgs<'f>,
    /// Every institution mention of the document (a bare `医院` refers to one before).
    doc_orgs: &'f DocOrgs<'f>,
    /// The document's text (`doc_orgs`' coordinates).
    doc_text: &'f str,
    named: Named,
    /// The article's governments (`兴安区人民政府`): the body of a place's leader.
    governments: &'f [&'f str],
    /// The titles of the sentence (`title_ac`'s matches), found once for every pass.
    titles: Vec<aho_corasick::Match>,
}

impl Reading<'_> {
    /// `sp` lies in an institution's name or overlaps a name already read.
    fn taken(&self, sp: Span) -> bool {
        self.orgs.overlaps(sp) || self.named.overlaps(sp)
    }
}

/// Place names that are no person's name: every division's full name (`武侯区`), and the
/// short forms of provinces, prefectures and the counties under a province (`徐汇`, `仙桃`)
/// or of three characters or more. A county's two-character short form is left out: many
/// are names people bear (`高明`, `方正`).
fn place_guards() -> impl Iterator<Item = String> {
    let g = gazetteer();
    g.divisions().iter().flat_map(move |d| {
        let parent_level = d.parent.and_then(|p| g.by_code(p)).map(|p| p.level);
        let shorts_ok = d.level != Level::County || parent_level == Some(Level::Province);
        let shorts = d.short.iter().filter(move |s| shorts_ok || s.chars().count() >= 3);
        std::iter::once(d.name).chain(shorts.copied()).map(str::to_string)
    })
}

/// Longest text (chars) in parentheses after a name that may hold its title.
const MAX_PAREN_TITLE_CHARS: usize = 40;

impl PersonExtractor {
    /// Parses the lexicons and builds the title automaton.
    pub fn new() -> Self {
        LazyLock::force(&BODY_REFS);
        Self::load_unread_body_heads();
        let mut titles: Vec<String> = TITLES.words().map(str::to_string).collect();
        titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        titles.dedup();
        // `摄` alone is a photo credit, handled on its own; it is no title to read names after.
        let anchor_titles: Vec<&String> = titles.iter().filter(|t| t.as_str() != "摄").collect();
        let title_ac = WordAutomaton::new(anchor_titles, MatchKind::LeftmostLongest);
        let mut context: Vec<String> = PERSON_CONTEXT.words().map(str::to_string).collect();
        context.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let abbreviations = abbreviations();
        let words = |section: &str| -> Vec<String> {
            PERSON_ROLES.section(section).iter().map(|r| r.word().to_string()).collect()
        };
        let set = |section: &str| -> HashSet<String> { words(section).into_iter().collect() };
        let (reporting, byline_roles) = (set("reporting"), set("byline"));
        let finders = |section: &str| -> Vec<Finder<'static>> {
            words(section).iter().map(|w| Finder::new(w.as_bytes()).into_owned()).collect()
        };
        let (before_name, after_name) = (finders("before_name"), finders("after_name"));
        PersonExtractor {
            contact_roles: PERSON_CONTACTS.words().map(str::to_string).collect(),
            contact_ac: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(PERSON_CONTACTS.words())
                .expect("contact automaton builds"),
            honorifics: PERSON_HONORIFICS.words().map(str::to_string).collect(),
            honorific_starts: PERSON_HONORIFICS.words().filter_map(|w| w.chars().next()).collect(),
            reporting,
            byline_roles,
            unaffiliated: set("unaffiliated"),
            before_name,
            after_name,
            before_reporting: set("before_reporting"),
            verb_titles: set("verb_titles"),
            honours: set("honours"),
            standalone_links: words("standalone_after"),
            list_verbs: words("list_verbs"),
            title_ac,
            title_set: titles.iter().cloned().collect(),
            title_prefixes: WordSet::from_words(titles.iter().map(String::as_str).filter(|t| *t != "摄")),
            titles,
            surnames: SURNAMES.words().map(str::to_string).collect(),
            guards: PERSON_GUARDS.words().map(str::to_string).chain(place_guards()).collect(),
            context,
            body_words: NAMED_BODIES
                .words()
                .map(str::to_string)
                .chain(abbreviations.iter().map(|a| a.short.clone()))
                .collect(),
            abbreviations,
        }
    }

    /// Finds the people of `doc` and pushes them to `facts.people`. Run it after
    /// [`super::institutions::InstitutionExtractor`], which supplies the organizations.
    pub fn extract(&self, doc: &Doc<'_>, facts: &mut Facts) {
        let self_reference = first_self_reference(doc);
        let orgs = DocOrgs::new(facts, self_reference.map(|(at, _)| at));
        let issuer = Self::issuer(doc, facts);
        let mut drafts = Drafts::default();
        for credit in &doc.layout.credits {
            let name = credit.name.text.trim();
            if name.is_empty() {
                continue;
            }
            let organization = match &credit.organization {
                Some(o) => Some(self.resolve_org(&o.text, o.span, facts, &orgs)),
                // The contact of a notice (`联系人：周敏`) speaks for the body that issued it.
                None if self.contact_roles.contains(credit.role.as_str()) => issuer.clone(),
                None => None,
            };
            let role = (!credit.role.is_empty()).then(|| credit.role.clone());
            drafts.add(name, role.into_iter().collect(), organization, credit.name.span);
        }
        let governments: Vec<&str> =
            facts.institutions.iter().map(|i| i.name.as_str()).filter(|n| n.ends_with(GOVERNMENT)).collect();
        for sentence in doc.sentences() {
            self.sentence_people(&sentence, (doc.text, &orgs), &governments, &mut drafts);
        }
        self.contact_in_sentences(doc, issuer.as_deref(), &mut drafts);
        let mut drafts = drafts.list;
        self.later_mentions(doc, &orgs, &mut drafts);
        let outlet = source_outlet(doc, facts);
        let own = own_body(doc, facts, self_reference);
        // On the page of a body's department (`来源：宣传科`) the staff named with a post
        // and no body are the body's.
        let staff_body = source_department(doc, facts).map(|(_, body)| body.to_string());
        let source = source_body(doc, facts);
        let people = SpanIndex::new(drafts.iter().flat_map(|d| d.mentions.iter().copied()).collect());
        for d in drafts.iter_mut().filter(|d| d.organization.is_none()) {
            if let Some((titles, body)) = self.post_after_pronoun(d, doc.text, &orgs, &people) {
                push_new_titles(&mut d.titles, titles);
                d.organization = Some(body);
                continue;
            }
            d.organization = self
                .fused_body(&d.titles, facts)
                .or_else(|| d.titles.iter().any(|t| t == REPORTER).then(|| outlet.clone()).flatten())
                .or_else(|| d.titles.iter().any(|t| self.own_department_title(t)).then(|| own.clone()).flatten())
                .or_else(|| {
                    let post = !d.titles.is_empty() && d.titles.iter().all(|t| self.colleague_post(t));
                    staff_body.clone().filter(|_| post)
                })
                .or_else(|| {
                    let first = d.mentions.iter().min()?;
                    own_post_body(&d.titles, *first, (doc.text, source.as_deref()?), &orgs)
                })
                .or_else(|| self.body_joined_by(d, doc.text, &orgs, &people));
        }
        drafts.sort_by_key(|d| d.mentions.iter().min().map(|s| s.start).unwrap_or(usize::MAX));
        for mut d in drafts {
            d.mentions.sort();
            d.mentions.dedup();
            facts.people.push(Person {
                name: d.name,
                titles: d.titles,
                organization: d.organization,
                mentions: d.mentions,
            });
        }
    }

    /// A contact named inside a sentence (`…卫健委联系人：杨光明，电话：…`). Contact lines of
    /// the page's metadata come as credits.
    fn contact_in_sentences(&self, doc: &Doc<'_>, issuer: Option<&str>, drafts: &mut Drafts) {
        let text = doc.text;
        let hits = doc
            .sentence_spans()
            .iter()
            .flat_map(|s| self.contact_ac.find_iter(s.slice(text)).map(move |m| (s.start, m)));
        for (base, m) in hits {
            let m = aho_corasick::Match::must(0, base + m.start()..base + m.end());
            let label = &text[m.start()..m.end()];
            let after = &text[m.end()..];
            let Some(colon) = ['：', ':'].into_iter().find(|&c| after.starts_with(c)) else { continue };
            let start = m.end() + colon.len_utf8();
            let rest = &text[start..];
            let start = start + (rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len());
            let len: usize = text[start..].chars().take_while(|&c| is_han(c)).take(5).map(char::len_utf8).sum();
            // The name ends at punctuation, a digit or the next label (`周敏联系电话`).
            let mut name = &text[start..start + len];
            if let Some(cut) = ["联系", "电话", "手机", "座机", "邮箱"].iter().filter_map(|w| name.find(w)).min()
            {
                name = &name[..cut];
            }
            if !self.plausible(name) {
                continue;
            }
            let span = Span::new(start, start + name.len());
            drafts.add(name, vec![label.to_string()], issuer.map(str::to_string), span);
        }
    }

    /// The issuing body of a notice, for its contact person: the first institution named in
    /// the title, else the first government body.
    fn issuer(doc: &Doc<'_>, facts: &Facts) -> Option<String> {
        let title = doc.layout.title.as_ref().map(|t| t.span);
        title
            .and_then(|t| facts.institutions.iter().find(|i| i.mentions.iter().any(|m| t.contains(*m))))
            .or_else(|| facts.institutions.iter().find(|i| i.kind == crate::facts::InstitutionKind::Government))
            .map(|i| match source_department(doc, facts) {
                // A notice of a department speaks for its body.
                Some((dept, body)) if dept == i.name => body.to_string(),
                _ => i.name.clone(),
            })
    }

    /// The body fused into a title (`卫福部长`, `立法会议员`): a record of the article named
    /// by the title's opening, the rest being a title itself or `长`; else a lexicon body
    /// opening a membership title, as written (`全国人大代表` → 全国人大): such a body is part
    /// of the title, not an institution of the article.
    fn fused_body(&self, titles: &[String], facts: &Facts) -> Option<String> {
        self.fused_record(titles, facts).or_else(|| {
            titles.iter().find_map(|t| {
                t.char_indices()
                    .skip(2)
                    .map(|(i, _)| t.split_at(i))
                    .find(|(body, rest)| self.body_words.contains(*body) && self.title_set.contains(*rest))
                    .map(|(body, _)| body.to_string())
            })
        })
    }

    /// The record of the article named by a title's opening (see `fused_body`).
    fn fused_record(&self, titles: &[String], facts: &Facts) -> Option<String> {
        titles.iter().find_map(|t| {
            facts
                .institutions
                .iter()
                .find(|i| {
                    std::iter::once(&i.name).chain(&i.aliases).any(|f| {
                        f.chars().count() >= 2
                            && t.strip_prefix(f.as_str())
                                .is_some_and(|rest| rest == "长" || self.title_set.contains(rest))
                    })
                })
                .map(|i| i.name.clone())
        })
    }

    /// The short form of a body a title opens with (`卫生局` in `卫生局局长`, `卫生局长`): an
    /// opening of [`MIN_SHORT_FORM_CHARS`] or more, the rest being `长` or a title.
    fn short_form_opening<'t>(&self, title: &'t str) -> Option<&'t str> {
        title
            .char_indices()
            .skip(MIN_SHORT_FORM_CHARS)
            .map(|(i, _)| title.split_at(i))
            .find(|(_, rest)| *rest == "长" || self.title_set.contains(*rest))
            .map(|(short, _)| short)
    }

    /// The record name of a credit's organization (`中新网` → `中国新闻网`).
    fn resolve_org(&self, text: &str, span: Span, facts: &Facts, orgs: &DocOrgs<'_>) -> String {
        if let Some(m) = orgs.first_overlapping(span) {
            return m.name.to_string();
        }
        let text = text.trim();
        if let Some(i) = facts.institutions.iter().find(|i| i.name == text || i.aliases.iter().any(|a| a == text)) {
            return i.name.clone();
        }
        for Abbreviation { short, full, .. } in &self.abbreviations {
            if text.starts_with(short.as_str()) {
                return full.clone();
            }
        }
        text.to_string()
    }

    fn sentence_people<'f>(
        &self,
        sentence: &Sentence<'_>,
        (doc_text, orgs): (&'f str, &'f DocOrgs<'f>),
        governments: &'f [&'f str],
        drafts: &mut Drafts,
    ) {
        let base = sentence.span.start;
        let mut r = Reading {
            base,
            orgs: orgs.in_sentence(sentence.span),
            doc_orgs: orgs,
            doc_text,
            named: Named::default(),
            governments,
            titles: self.title_ac.find_iter(sentence.text).collect(),
        };
        self.dateline(sentence.text, &mut r, drafts);
        self.names_after_titles(sentence, &mut r, drafts);
        self.names_between_body_and_title(sentence, &mut r, drafts);
        self.names_before_titles(sentence, &mut r, drafts);
        self.names_opening_parenthesized_titles(sentence, &mut r, drafts);
        self.names_before_posts(sentence, &mut r, drafts);
        self.names_listed_before_title(sentence, &mut r, drafts);
        self.untitled_names_after_bodies(sentence, &mut r, drafts);
        self.photo_credit(sentence.text, &mut r, drafts);
        self.introduced_names(sentence, &mut r, drafts);
        self.speaker_label(sentence, &mut r, drafts);
        self.standalone_names(sentence, &mut r, drafts);
        self.listed_names(sentence, &mut r, drafts);
        origin_list::pair_origin_lists(sentence.text, &BODY_REFS.origin_verbs, &r.orgs, (&r.named, &r.titles), drafts);
    }

    /// Pass 3: a name introduced without a title: after an age (`65岁的于秀兰`) or before a
    /// note (`周明（化名）`).
    fn introduced_names(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        let mut found = Vec::new();
        for cue in &self.before_name {
            for i in cue.find_iter(text.as_bytes()) {
                let counted = text[..i].chars().next_back().is_some_and(|c| is_digit(c) || is_chinese_numeral_char(c));
                if counted {
                    found.extend(self.name_after_title(sentence, i + cue.needle().len()));
                }
            }
        }
        for cue in &self.after_name {
            for i in cue.find_iter(text.as_bytes()) {
                let before: Vec<(usize, char)> = text[..i].char_indices().rev().take(3).collect();
                // `甲和乙（化名）`: a conjunction read alone (和/c) opens no name.
                let opens = |sp: &Span| {
                    let k = sentence.tokens.partition_point(|t| t.span.start < sentence.span.start + sp.start);
                    !function_word_at(sentence, k, sp.start)
                };
                let name = [3usize, 2]
                    .into_iter()
                    .filter_map(|n| before.get(n - 1).map(|&(start, _)| Span::new(start, i)))
                    .find(|sp| self.plausible(sp.slice(text)) && opens(sp));
                found.extend(name);
            }
        }
        for name in found {
            if !r.taken(name) {
                r.named.push(name);
                drafts.add(name.slice(text), Vec::new(), None, name.shift(r.base));
            }
        }
    }

    /// Pass 1: a name after a title chain, and the names listed after it that share the title
    /// (`通讯员 刘念 朱靓`, `主任张三、李四`).
    fn names_after_titles(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        for m in r.titles.clone() {
            if title_inside_word(sentence, m.start(), m.end()) {
                continue;
            }
            let mut p = self.name_position(text, m.start(), m.end());
            p = self.name_after_opened_post(text, (m.start(), m.end()), &r.orgs).unwrap_or(p);
            let note_start = p;
            let name = self.parenthesized_name(sentence, p).or_else(|| {
                p += self.affiliation_note(&text[p..]);
                self.name_after_title(sentence, p)
            });
            let Some(name) = name else { continue };
            if r.taken(name) {
                continue;
            }
            let (mut titles, mut org, chain_start) = self.title_chain_at(text, m.start(), m.end(), &r.orgs);
            // `在某医院任副院长的张三`: the body the post is held at.
            org = org.or_else(|| body_held_at(&text[..chain_start], &r.orgs).map(|(body, _)| body));
            if org.is_none() && titles.len() == 1 {
                org = leader_government(&text[..m.start()], &titles[0], r.governments)
                    .or_else(|| country_government(&text[..m.start()], &titles[0]));
            }
            if org.is_none() {
                org = self.bare_head_body(&text[..m.start()], r);
                let dept = department_after_head(&text[..m.start()]).map(|d| &text[m.start() - d..m.start()]);
                if let (Some(_), Some(dept)) = (&org, dept) {
                    prefix_last_title(&mut titles, dept);
                }
            }
            org = org.or_else(|| leader_body(&text[..m.start()], &text[m.start()..m.end()], r));
            org = org.or_else(|| host_body(&text[..m.start()], &text[m.start()..m.end()], r));
            if org.is_none() {
                org = department_hospital(&text[..m.start()], &text[m.start()..m.end()], r);
                // `科` + `主任`: the anaphor stays in the title.
                let anaphor = department_anaphor(&text[..m.start()], &text[m.start()..m.end()]).unwrap_or(0);
                if org.is_some() {
                    prefix_last_title(&mut titles, &text[m.start() - anaphor..m.start()]);
                }
            }
            if org.is_none() {
                org = led_body(text, m.start(), name.end, &r.orgs).or_else(|| welcomed_body(text, m.start(), &r.orgs));
                let alone =
                    text[..m.start()].strip_suffix(LED_DEPARTMENT).is_some_and(|b| b.ends_with(LED_PREPOSITIONS));
                if let (Some(_), true, Some(last)) = (&org, alone, titles.last_mut()) {
                    *last = format!("{LED_DEPARTMENT}{last}");
                }
            }
            if org.is_none() {
                if let Some((title, body)) = fused_short_form(&text[..m.start()], &text[m.start()..m.end()], r) {
                    if let Some(last) = titles.last_mut() {
                        *last = title;
                    }
                    org = Some(body);
                }
            }
            if org.is_none() {
                org = self.listed_or_company_body(text, (m.start(), m.end()), chain_start, &mut titles, r, drafts);
            }
            if let Some((note_titles, note_org)) = self.note_post(text, note_start, p, &r.orgs) {
                push_new_titles(&mut titles, note_titles);
                org = org.or(note_org);
            }
            org = org.or_else(|| body_in_brackets(text, name.end, &r.orgs));
            if org.is_none() {
                // A post at a body in brackets after the name (`专家甲（某医院副院长）`).
                if let Some((posts, Some(body))) = self.parenthesized_title(text, name, &r.orgs) {
                    push_new_titles(&mut titles, posts);
                    org = Some(body);
                }
            }
            org = org.or_else(|| self.unread_body_of_title(sentence, (m.start(), m.end()), &mut titles, &r.orgs));
            org = org.or_else(|| self.setting_body(text, m.start(), &titles, &r.orgs));
            titles.extend(self.title_after_name(sentence, name.end).filter(|t| !titles.contains(t)));
            r.named.push(name);
            drafts.add(name.slice(text), titles.clone(), org.clone(), name.shift(r.base));
            self.names_listed_after(sentence, name.end, &titles, &org, r, drafts);
        }
    }

    /// Where a name after the title at `ts..te` of `text` may start: past the colon of a byline
    /// role (`编辑：王芳`) and spaces.
    fn name_position(&self, text: &str, ts: usize, te: usize) -> usize {
        let mut p = te;
        if self.byline_roles.contains(&text[ts..te]) && text[p..].starts_with(['：', ':']) {
            p += text[p..].chars().next().map_or(1, char::len_utf8);
        }
        while text[p..].starts_with([' ', '\u{3000}']) {
            p += text[p..].chars().next().map_or(1, char::len_utf8);
        }
        p
    }

    /// Where the name of a post opened before its chain starts (`作为某医院院长，` + name,
    /// `现任某医院院长的` + name): past the link after the title at `ts..te` of `text`, when
    /// the chain read back from it is opened by a word of `[post_openers]` of
    /// `body_references.txt` whose link that is. Cost: a chain read only after a link.
    fn name_after_opened_post(&self, text: &str, (ts, te): (usize, usize), orgs: &SentenceOrgs<'_>) -> Option<usize> {
        let rest = &text[te..];
        let (_, link) = BODY_REFS.post_openers.iter().find(|(_, link)| rest.starts_with(*link))?;
        let (_, _, start) = self.title_chain_at(text, ts, te, orgs);
        let before = &text[..start];
        let opened = BODY_REFS.post_openers.iter().any(|(w, l)| l == link && before.ends_with(*w))
            || (*link == HELD_POST_LINK && body_held_at(before, orgs).is_some());
        opened.then_some(te + link.len())
    }

    /// The body of a title whose chain names none, read from the people listed before it (a
    /// colleague's, a deputy's), a company opening the clause, or a later short form of a
    /// body named before; `titles` take the department or drop the company written in them.
    fn listed_or_company_body(
        &self,
        text: &str,
        (ts, te): (usize, usize),
        chain_start: usize,
        titles: &mut [String],
        r: &Reading<'_>,
        drafts: &Drafts,
    ) -> Option<String> {
        let mut org = None;
        if titles.len() == 1 && self.colleague_post(&titles[0]) {
            // The department written before the title match opens the title.
            let start = te.checked_sub(titles[0].len()).filter(|&st| text.get(st..te) == Some(&titles[0]));
            org = start.and_then(|st| listed_colleague_body(text, st, r, drafts, |held| self.holds_post(held)));
        }
        if org.is_none() && titles.len() > 1 && self.holds_post(titles) {
            // A colleague's chain of posts (`院长甲，党委副书记、纪委书记乙`).
            org = chained_colleague_body(text, chain_start, r, drafts, |held| self.holds_post(held));
        }
        if org.is_none() && titles.len() == 1 {
            org = deputy_colleague_body(text, ts, &titles[0], r, drafts);
        }
        if org.is_none() && titles.len() == 1 {
            if let Some((dept, body)) = department_after_joined_colleague(text, ts, r, drafts) {
                titles[0] = format!("{}{}", &text[ts - dept..ts], titles[0]);
                org = Some(body);
            }
        }
        if org.is_none() && titles.len() == 1 {
            let title = &text[ts..te];
            if let Some(company) = company_opening_clause(&text[..ts], title) {
                if let Some(last) = titles.last_mut().filter(|t| t.starts_with(company)) {
                    *last = last[company.len()..].to_string();
                }
                org = Some(company.to_string());
            }
        }
        if org.is_none() {
            // A later short form of a body named before (`澳门卫生局` … `卫生局局长`).
            org = self
                .short_form_opening(&titles[0])
                .and_then(|short| r.doc_orgs.last_headed_before(r.base + ts, short))
                .map(|o| o.name.to_string());
        }
        org
    }

    /// The names listed after a titled one that share its title and body (`通讯员 刘念 朱靓`,
    /// `主任张三、李四`), separated by spaces or `、`.
    fn names_listed_after(
        &self,
        sentence: &Sentence<'_>,
        mut end: usize,
        titles: &[String],
        org: &Option<String>,
        r: &mut Reading<'_>,
        drafts: &mut Drafts,
    ) {
        let text = sentence.text;
        // The title written after each name of a parallel list (`副会长甲教授、乙研究员`): the
        // titles before the first name are each one's, the title after a name its own.
        let mut after = self.title_after_name_opening(&text[end..]).filter(|t| titles.last().is_some_and(|x| x == t));
        let shared = &titles[..titles.len() - usize::from(after.is_some())];
        loop {
            let at = end + after.map_or(0, str::len);
            let rest = &text[at..];
            let gap = rest.len() - rest.trim_start_matches([' ', '\u{3000}', '、']).len();
            if gap == 0 || (after.is_some() && !text[at..at + gap].ends_with('、')) {
                break;
            }
            let Some(next) = self.name_after_title(sentence, at + gap) else { break };
            let own = self.title_after_name_opening(&text[next.end..]);
            if r.taken(next) || (after.is_some() && own.is_none()) {
                break;
            }
            after = after.and(own);
            let mut listed = shared.to_vec();
            listed.extend(after.map(str::to_string));
            r.named.push(next);
            drafts.add(next.slice(text), listed, org.clone(), next.shift(r.base));
            end = next.end;
        }
    }

    /// A name in parentheses right after its title (`局长（殷某某）作报告`): the whole of what
    /// the parentheses hold is one name.
    fn parenthesized_name(&self, sentence: &Sentence<'_>, p: usize) -> Option<Span> {
        let text = sentence.text;
        let inner = text[p..].strip_prefix(['（', '('])?;
        let name = self.name_after_title(sentence, text.len() - inner.len())?;
        let n = name.slice(text);
        let closed = text[name.end..].starts_with(['）', ')']);
        (closed && self.plausible_any(n)).then_some(name)
    }

    /// A speaker's label opening a line of an interview (`邬某某：我们…`): a name the tagger
    /// reads, right before a colon, at the start of the sentence.
    fn speaker_label(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        /// The longest label read: a name of up to four characters, or a transliterated one.
        const MAX_LABEL_CHARS: usize = 12;
        let text = sentence.text;
        let p = text.len() - text.trim_start().len();
        // The tagger runs only where a colon follows closely (most sentences have none).
        if !text[p..].chars().take(MAX_LABEL_CHARS + 1).any(|c| matches!(c, '：' | ':')) {
            return;
        }
        let Some(name) = evidence::person_at(text, &sentence.tokens, sentence.span.start, p) else { return };
        let n = name.slice(text);
        let labelled = text[name.end..].starts_with(['：', ':']);
        if labelled && self.plausible_any(n) && !r.taken(name) {
            r.named.push(name);
            drafts.add(n, Vec::new(), None, name.shift(r.base));
        }
    }

    /// A title written right after a name that titles also precede (`主任医师谭振华教授`):
    /// the longest title opening the text at `end`, unless a name follows it (`记者张三通讯员
    /// 李四`: that title is the next person's).
    fn title_after_name(&self, sentence: &Sentence<'_>, end: usize) -> Option<String> {
        let title = self.title_after_name_opening(&sentence.text[end..])?;
        self.read_name(sentence, end + title.len()).is_none().then(|| title.to_string())
    }

    /// The body a name acts for: an institution written right after a verb title of
    /// `[verb_titles]` that follows the name (`张三代表` + `市卫健委` + `发言`).
    fn body_acted_for(&self, rest: &str, at: usize, orgs: &SentenceOrgs<'_>) -> Option<String> {
        let verb = self.title_opening(rest).filter(|t| self.verb_titles.contains(*t))?;
        let start = at + verb.len();
        orgs.iter().find(|o| o.span.start == start).map(|o| o.name.to_string())
    }

    /// The body a bare head before a title refers to (`…医院。医院院长` + name, `该院院长`):
    /// the nearest earlier record named with that head (`bare_heads` of `body_references.txt`). The head stands
    /// alone: at the start of the sentence, after punctuation or a preposition opening the
    /// clause (`据中心主任甲介绍`, `由医院院长甲带队`), or as `该院`/`本院`.
    fn bare_head_body(&self, before: &str, r: &Reading<'_>) -> Option<String> {
        // A department may stand between the head and the title (`该院治未病科主任`).
        let before = department_after_head(before).map_or(before, |d| &before[..before.len() - d]);
        let &(written, head) = BODY_REFS.bare_heads.iter().find(|(w, _)| before.ends_with(w))?;
        let opening = &before[..before.len() - written.len()];
        let opened = BODY_REFS.strip_preposition(opening);
        if opened.chars().next_back().is_some_and(is_han) && !written.starts_with(['该', '本', '我']) {
            return None;
        }
        let body = r.doc_orgs.last_headed_before(r.base + opening.len(), head)?;
        // The page's own `我院`/`本院` stands for a body named before the page first says it;
        // a hospital named later is another one (`我院…邀请某医院专家`).
        let own = written.starts_with(['我', '本']);
        (!own || r.doc_orgs.named_before_self_reference(body.name)).then(|| body.name.to_string())
    }

    /// The body named before that a bare head or a clinical department standing alone
    /// before `的` and a name refers to (`…医院开展义诊，医院的张三医生带队`, `，呼吸科的李四
    /// 医生介绍` with one hospital named just before): [`Self::bare_head_body`], else
    /// [`department_hospital`]. `before` is the sentence up to the name.
    fn possessed_bare_body(&self, before: &str, r: &Reading<'_>) -> Option<String> {
        let owner = before.strip_suffix('的')?;
        self.bare_head_body(owner, r).or_else(|| department_hospital(owner, "", r))
    }

    /// Bytes of a note in parentheses between a title and a name: a party, place or scope
    /// (`立委（甲）`, `副局长（主持工作）` + name, up to [`MAX_NOTE_CHARS`] Han characters) or another post (`主任（市卫监局局长）`
    /// + name, ending with a title); 0 when there is none.
    fn affiliation_note(&self, rest: &str) -> usize {
        let Some(inner) = rest.strip_prefix(['（', '(']) else { return 0 };
        let Some(close) = inner.find(['）', ')']) else { return 0 };
        let note = &inner[..close];
        let han = note.chars().all(is_han);
        let post = han && note.chars().count() <= MAX_NOTE_POST_CHARS && self.title_ending(note).is_some_and(|i| i > 0);
        let short = ((1..=MAX_NOTE_CHARS).contains(&note.chars().count()) && han) || post;
        let close_len = inner[close..].chars().next().map_or(1, char::len_utf8);
        let after = &inner[close + close_len..];
        if short && after.chars().next().is_some_and(is_han) {
            rest.len() - after.len()
        } else {
            0
        }
    }

    /// The titles and body of a post written in the note at `start..end` between a title and
    /// a name (`院长（某中心主任）` + name: the person holds both posts), read like a title
    /// chain; `None` when the note is no post (a party, a place) or there is none.
    fn note_post(
        &self,
        text: &str,
        start: usize,
        end: usize,
        orgs: &SentenceOrgs<'_>,
    ) -> Option<(Vec<String>, Option<String>)> {
        let note = text.get(start..end)?;
        let open = note.chars().next().filter(|c| matches!(c, '（' | '('))?;
        let close = note.rfind(['）', ')'])?;
        let (inner_start, inner_end) = (start + open.len_utf8(), start + close);
        let note = text.get(inner_start..inner_end)?;
        let i = self.title_ending(note).filter(|&i| i > 0)?;
        Some(self.title_chain(text, inner_start + i, inner_end, orgs))
    }

    /// Pass 2: a tagged name before a title (in parentheses too) or a reporting verb. Famous
    /// names are often tagged as places (`钟南山`/ns): before a title they count too.
    fn names_before_titles(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        for (k, t) in sentence.tokens.iter().enumerate() {
            if let Some((sp, title)) = self.split_name_before_title(sentence, k, r.base, &r.orgs) {
                if !r.taken(sp) && !r.orgs.overlaps(sp) {
                    let org = r.orgs.ending_at(sp.start).map(|o| o.name.to_string());
                    r.named.push(sp);
                    drafts.add(sp.slice(text), vec![title.to_string()], org, sp.shift(r.base));
                }
                continue;
            }
            let person_tag = is_person_tag(t.tag);
            // The last part of a transliterated name takes the parts before it (`卡尔·贝克尔`);
            // a last part the segmenter cut (`卡` `沙特`) is read whole before a title.
            let tagged_start = dotted_name_start(&sentence.tokens, k);
            let split_start = (tagged_start == t.span.start)
                .then(|| split_dotted_start(&sentence.tokens, k))
                .flatten()
                .filter(|_| self.title_after_name_opening(&text[t.span.end - r.base..]).is_some());
            let name_like =
                person_tag || split_start.is_some() || (matches!(t.tag, "ns" | "nz") && t.text.chars().count() == 3);
            let start = split_start.unwrap_or(tagged_start) - r.base;
            let sp = Span::new(start, t.span.end - r.base);
            let dotted = sp.start + r.base < t.span.start;
            if !name_like || !(self.plausible(t.text) || dotted && self.transliteration(sp.slice(text))) {
                if !dotted {
                    self.tagged_name_before_courtesy_title(sentence, k, r, drafts);
                }
                continue;
            }
            if r.taken(sp) {
                continue;
            }
            let rest = &text[sp.end..];
            if let Some((titles, org)) = self.parenthesized_title(text, sp, &r.orgs) {
                r.named.push(sp);
                drafts.add(sp.slice(text), titles, org, sp.shift(r.base));
                continue;
            }
            let title = self.title_after_name_opening(rest);
            let reporting = person_tag && self.reporting_verb_at(&sentence.tokens[k + 1..]);
            if title.is_none() && person_tag {
                if let Some(org) = self.body_acted_for(rest, sp.end, &r.orgs) {
                    r.named.push(sp);
                    drafts.add(sp.slice(text), Vec::new(), Some(org), sp.shift(r.base));
                    continue;
                }
            }
            if let Some(title) = title {
                if self.read_name(sentence, sp.end + title.len()).is_some() {
                    // `某医院麻醉科主任刘某`: the title is the next name's (`麻醉科`/nr is none).
                    continue;
                }
                // `瑞金医院的王卫庆主任`, `省卫生厅李明处长`: the body written before the name;
                // else, for a name opening a clause with a leader's title (`…某县人民医院…，
                // 张三院长带队`), the body of that kind named nearest before.
                let org = body_written_before(text, sp, r)
                    .or_else(|| leader_body(&text[..sp.start], title, r))
                    .or_else(|| self.possessed_bare_body(&text[..sp.start], r));
                let mut titles = vec![title.to_string()];
                let org = org.or_else(|| self.bracketed_body_after_title(text, sp, title, &mut titles, &r.orgs));
                r.named.push(sp);
                drafts.add(sp.slice(text), titles, org, sp.shift(r.base));
            } else if reporting {
                // `某医院张三说`, `来自某中心的李四表示`: the body written before the name.
                let org = body_written_before(text, sp, r);
                r.named.push(sp);
                drafts.add(sp.slice(text), Vec::new(), org, sp.shift(r.base));
            }
        }
    }

    /// A name the segmenter reads as no name (`周某某` as one common word, a transliteration)
    /// right before a courtesy title of `person_honorifics.txt` that is a title too (`医生`,
    /// `大夫`, `老师`): the tagger's person name ending at the title, of two to four Han
    /// characters (or a transliteration), covering token `k`.
    fn tagged_name_before_courtesy_title(
        &self,
        sentence: &Sentence<'_>,
        k: usize,
        r: &mut Reading<'_>,
        drafts: &mut Drafts,
    ) {
        let (text, t) = (sentence.text, &sentence.tokens[k]);
        let end = t.span.end - r.base;
        // Any Han word but a function word may end a name (`某元` read as a numeral). The
        // cheap checks come first: this is asked after almost every token.
        let function_word = matches!(t.tag.chars().next(), Some('v' | 'd' | 'p' | 'c' | 'u' | 'r'));
        if function_word || !text[end..].chars().next().is_some_and(|c| self.honorific_starts.contains(&c)) {
            return;
        }
        let Some(title) = self.title_after_name_opening(&text[end..]) else { return };
        if !self.honorifics.iter().any(|h| h == title) || !t.text.chars().all(is_han) {
            return;
        }
        let Some(sp) = evidence::person_ending_at(text, &sentence.tokens, r.base, end) else { return };
        let name = sp.slice(text);
        let shaped =
            self.plausible(name) || self.foreign_name_shape(name) || self.transliteration(name) && name.contains('·');
        if sp.start > t.span.start - r.base || !shaped || r.taken(sp) || r.orgs.overlaps(sp) {
            return;
        }
        if self.read_name(sentence, end + title.len()).is_some() {
            return;
        }
        let org = body_written_before(text, sp, r);
        r.named.push(sp);
        drafts.add(name, vec![title.to_string()], org, sp.shift(r.base));
    }

    /// Pass 2c: a name before titles or a body in parentheses, however the segmenter cut it
    /// (`冉志强（某市人民医院院长）：…` in an interview): the whole run of two to four Han
    /// characters before the bracket, after punctuation or the sentence's start, when it is a
    /// plausible name; inside a clause, the person the tagger reads ending at the bracket
    /// (`出席的专家有张晓明（青禾县中医院）`).
    fn names_opening_parenthesized_titles(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        let mut found = Vec::new();
        for (open, _) in text.match_indices(['（', '(']) {
            let run = han_run_before(&text[..open], 5);
            let start = open - run;
            let opens_clause = text[..start].chars().next_back().map_or(true, |c| !is_han(c));
            let sp = if opens_clause {
                Span::new(start, open)
            } else {
                match evidence::person_ending_at(text, &sentence.tokens, r.base, open) {
                    Some(tagged) if tagged.end == open => tagged,
                    _ => continue,
                }
            };
            if !self.plausible(sp.slice(text)) || r.taken(sp) {
                continue;
            }
            if let Some((titles, org)) = self.parenthesized_title(text, sp, &r.orgs) {
                found.push((sp, titles, org));
            } else if let Some(org) = body_in_brackets(text, open, &r.orgs) {
                // No title, only the body (`张三（某县卫生健康局）`): the tagger must read the
                // run as a person.
                if evidence::person_ending_at(text, &sentence.tokens, r.base, open) == Some(sp) {
                    found.push((sp, Vec::new(), Some(org)));
                }
            }
        }
        for (sp, titles, org) in found {
            r.named.push(sp);
            drafts.add(sp.slice(text), titles, org, sp.shift(r.base));
        }
    }

    /// A name the segmenter split after its one-character surname (`杨` + `跃进`) right
    /// before a title (`杨跃进教授、…`): the surname token, one word of one or two characters,
    /// then the title; the name opens the clause or follows a body. Its span (sentence
    /// offsets) and the title.
    fn split_name_before_title<'s>(
        &self,
        sentence: &Sentence<'s>,
        k: usize,
        base: usize,
        orgs: &SentenceOrgs<'_>,
    ) -> Option<(Span, &'s str)> {
        let tokens = &sentence.tokens;
        let (surname, given) = (tokens.get(k)?, tokens.get(k + 1)?);
        if !self.surnames.contains(surname.text) || !(1..=2).contains(&given.text.chars().count()) {
            return None;
        }
        let sp = Span::new(surname.span.start - base, given.span.end - base);
        let title = self.title_opening(&sentence.text[sp.end..])?;
        let opens = k == 0 || tokens[k - 1].text.chars().all(|c| !is_han(c)) || orgs.ending_at(sp.start).is_some();
        let held = self.holding_verb_opening(&sentence.text[sp.start..]);
        (opens && !held && self.plausible(sp.slice(sentence.text))).then_some((sp, title))
    }

    /// True when `rest` opens with a verb of holding a post and a title right after it
    /// (`某中心` + `任副主任`): the verb, which may read as a surname (`任`), is no name.
    fn holding_verb_opening(&self, rest: &str) -> bool {
        let title_after = |v: &&str| rest.strip_prefix(*v).is_some_and(|t| self.title_opening(t).is_some());
        BODY_REFS.holding_verbs.iter().any(title_after)
    }

    /// Pass 2b: a name written between its body and its title (`市卫生局王立新处长`,
    /// `国家卫健委科教司金生国巡视员`, `某医院的靳海波医生`): read where the body ends (after a
    /// `的`), kept only when a title follows the name at once.
    fn names_between_body_and_title(&self, sentence: &Sentence<'_>, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let text = sentence.text;
        let mut found = Vec::new();
        for o in r.orgs.iter() {
            // `某医院的靳海波医生`: a `的` may join the body to the name.
            let joined = if text[o.span.end..].starts_with('的') { '的'.len_utf8() } else { 0 };
            let dept = self.department_after_body(sentence, o.span.end + joined);
            let at = o.span.end + joined + dept.len();
            if self.holding_verb_opening(&text[at..]) {
                continue;
            }
            // Cheap first: a title must start two to four characters on (a name's length).
            let title_near =
                text[at..].char_indices().skip(2).take(3).any(|(i, _)| self.title_opening(&text[at + i..]).is_some());
            if !title_near {
                continue;
            }
            let Some(name) = self.name_after_title(sentence, at) else { continue };
            let rest = &text[name.end..];
            let Some(title) = self.title_opening(rest) else {
                continue;
            };
            // `某医院麻醉科主任刘某`: a title followed by a name is that name's, and what stands
            // before it is no name.
            if self.read_name(sentence, name.end + title.len()).is_some() {
                continue;
            }
            found.push((name, format!("{dept}{title}"), o.name.to_string()));
        }
        for (name, title, org) in found {
            if !r.taken(name) && !r.orgs.overlaps(name) {
                r.named.push(name);
                drafts.add(name.slice(text), vec![title], Some(org), name.shift(r.base));
            }
        }
    }

    /// The longest title `rest` opens with (a photo credit's `摄` is none).
    fn title_opening<'t>(&self, rest: &'t str) -> Option<&'t str> {
        self.title_prefixes.longest_prefix(rest).map(|n| &rest[..n])
    }

    /// The title `rest`, written right after a name, opens with, unless it is a verb there:
    /// a title of `[verb_titles]` followed by a Han character (`张三代表市卫健委发言`).
    fn title_after_name_opening<'t>(&self, rest: &'t str) -> Option<&'t str> {
        self.title_opening(rest)
            .filter(|t| !(self.verb_titles.contains(*t) && rest[t.len()..].chars().next().is_some_and(is_han)))
    }

    /// The department written right after a body (`医政处` in `市卫生局医政处`, `呼吸科` read
    /// as `呼吸` + `科`): the shortest run of up to [`MAX_DEPARTMENT_TOKENS`] Han tokens, two to
    /// [`MAX_DEPARTMENT_CHARS`] characters, with a department ending; "" when there is none.
    fn department_after_body<'s>(&self, sentence: &Sentence<'s>, end: usize) -> &'s str {
        let at = sentence.span.start + end;
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        let mut next = at;
        for t in sentence.tokens.iter().skip(k).take(MAX_DEPARTMENT_TOKENS) {
            if t.span.start != next || !t.text.chars().all(is_han) {
                break;
            }
            next = t.span.end;
            let word = &sentence.text[end..next - sentence.span.start];
            let chars = word.chars().count();
            if chars > MAX_DEPARTMENT_CHARS {
                break;
            }
            if chars >= 2 && word.ends_with(DEPARTMENT_ENDS) {
                return word;
            }
        }
        ""
    }

    /// True when `next` (the tokens after a name) opens with a verb of saying, possibly
    /// after one adverb or time word (`也表示`, `昨出席`).
    fn reporting_verb_at(&self, next: &[Token<'_>]) -> bool {
        let verb = |k: usize| next.get(k).is_some_and(|t| self.reporting.contains(t.text));
        verb(0) || (next.first().is_some_and(|t| self.before_reporting.contains(t.text)) && verb(1))
    }

    /// Titles in parentheses after the name at `sp`: `张文宏（华山医院感染科主任）`.
    fn parenthesized_title(
        &self,
        text: &str,
        sp: Span,
        orgs: &SentenceOrgs<'_>,
    ) -> Option<(Vec<String>, Option<String>)> {
        let rest = &text[sp.end..];
        let open = ['（', '('].into_iter().find(|&c| rest.starts_with(c))?;
        let inner_start = sp.end + open.len_utf8();
        let close = text[inner_start..].find(['）', ')']).map(|c| inner_start + c)?;
        if text[inner_start..close].chars().count() > MAX_PAREN_TITLE_CHARS {
            return None;
        }
        let inner = &text[inner_start..close];
        let t = self.titles.iter().find(|t| inner.ends_with(t.as_str()) && t.as_str() != "摄")?;
        Some(self.title_chain(text, close - t.len(), close, orgs))
    }

    /// The body in brackets after a name and its courtesy title (`张三教授（某医院呼吸科主任）`,
    /// `张三主任（某医院）`): posts written there join `titles`.
    fn bracketed_body_after_title(
        &self,
        text: &str,
        sp: Span,
        title: &str,
        titles: &mut Vec<String>,
        orgs: &SentenceOrgs<'_>,
    ) -> Option<String> {
        let named = Span::new(sp.start, sp.end + title.len());
        if let Some((posts, Some(body))) = self.parenthesized_title(text, named, orgs) {
            push_new_titles(titles, posts);
            return Some(body);
        }
        body_in_brackets(text, named.end, orgs)
    }

    /// Pass 3: a photo credit: the sentence is `NAME 摄` (after a title too, `新华社记者 李明 摄`:
    /// the credit adds 摄影).
    fn photo_credit(&self, text: &str, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '）' | ')'));
        let Some(head) = trimmed.strip_suffix('摄') else { return };
        let head_trim = head.trim_end();
        let start =
            head_trim.char_indices().rev().find(|&(_, c)| !is_han(c)).map(|(i, c)| i + c.len_utf8()).unwrap_or(0);
        let name = &head_trim[start..];
        if self.plausible(name) {
            let sp = Span::new(start, start + name.len());
            drafts.add(name, vec!["摄影".to_string()], None, sp.shift(r.base));
            r.named.push(sp);
        }
    }

    /// A dateline credit: `…电（NAME）`, `…电（记者 NAME）`, `湖川日报讯（记者 NAME）`, with the
    /// outlet named before it.
    fn dateline(&self, text: &str, r: &mut Reading<'_>, drafts: &mut Drafts) {
        let Some((pos, after)) = dateline_opening(text) else { return };
        let open_at = text.len() - after.len();
        let inner_start = open_at + after.chars().next().map_or(0, char::len_utf8);
        let Some(close) = text[inner_start..].find(['）', ')']) else { return };
        let inner = &text[inner_start..inner_start + close];
        let org = r.orgs.last_ending_by(pos).map(|o| o.name.to_string());
        let Some(rest) = inner.trim().strip_prefix("记者") else {
            let name = inner.trim();
            let Some(off) = inner.find(name).filter(|_| self.plausible(name)) else { return };
            Self::add_dateline_name(
                text,
                Span::new(inner_start + off, inner_start + off + name.len()),
                "作者",
                org,
                r,
                drafts,
            );
            return;
        };
        // `记者 甲 乙`, `记者甲、乙`: the reporters up to another credit (`通讯员 丙`), read by
        // the title pass.
        let Some(mut at) = inner.rfind(rest).map(|off| inner_start + off) else { return };
        let end = inner_start + inner.len();
        loop {
            at += text[at..end].len() - text[at..end].trim_start_matches([' ', '\u{3000}', '、']).len();
            let run: usize = text[at..end].chars().take_while(|&c| is_han(c)).map(char::len_utf8).sum();
            if !self.plausible(&text[at..at + run]) {
                break;
            }
            Self::add_dateline_name(text, Span::new(at, at + run), "记者", org.clone(), r, drafts);
            at += run;
        }
    }

    /// Adds the dateline's name at `sp` with its role and outlet, unless a name is read there.
    fn add_dateline_name(
        text: &str,
        sp: Span,
        role: &str,
        org: Option<String>,
        r: &mut Reading<'_>,
        drafts: &mut Drafts,
    ) {
        if r.named.overlaps(sp) {
            return;
        }
        r.named.push(sp);
        drafts.add(sp.slice(text), vec![role.to_string()], org, sp.shift(r.base));
    }

    /// The name after a title at `p` (sentence-relative): the rules' reading
    /// ([`Self::read_name`]), unless they find none, end it before a character that no word
    /// after names explains (`李子` then `良指…`) or are reading a transliterated name (`马丁`
    /// then `·`, or a last part of more than three characters). Then the learned tagger's
    /// person name starting at `p` decides, if it reads one that is plausible and no shorter
    /// (a transliterated one may be shorter).
    fn name_after_title(&self, sentence: &Sentence<'_>, p: usize) -> Option<Span> {
        let text = sentence.text;
        // `居民和医务人员`: a conjunction or preposition read alone (和/c) opens no name.
        let base = sentence.span.start;
        let k = sentence.tokens.partition_point(|t| t.span.start < base + p);
        if function_word_at(sentence, k, p) {
            return None;
        }
        let rule = self.read_name(sentence, p);
        let long_tail = |sp: Span| sp.slice(text).rsplit('·').next().is_some_and(|t| t.chars().count() > 3);
        let unsure = match rule {
            Some(sp) => {
                !self.ends_name(&text[sp.end..])
                    || text[sp.end..].starts_with('·')
                    || (sp.slice(text).contains('·') && long_tail(sp))
            }
            // The rules read no name: the tagger is asked after a surname (`曾` read as an
            // adverb), and for a foreign name only it reads (`总干事` + `中岛宏`) where a word
            // that may open a name starts, or inside a word the segmenter glued across the
            // title's end (`部长` + `沙…` read `长沙`).
            None => {
                let word =
                    sentence.tokens.get(k).map_or(true, |t| t.span.start != base + p || may_open_foreign_name(t));
                self.opens_with_surname(&text[p..])
                    || (word && self.may_hold_foreign_name(&text[p..]))
                    || self.segmented_foreign_name(sentence, k, p).is_some()
            }
        };
        if !unsure {
            return rule.map(|sp| name_before_post_adverb(text, sp));
        }
        let Some(sp) = evidence::person_at(text, &sentence.tokens, base, p) else {
            return rule.map(|sp| name_before_post_adverb(text, sp));
        };
        let name = sp.slice(text);
        let transliterated = name.contains('·') && self.transliterated(&text[p..]).map_or(true, |e| sp.end <= p + e);
        // A name the rules read whole is not cut shorter (`陈伟婷` + `台北`), nor stretched
        // over a place to four characters without a compound surname (`林雅婷` + `台中`).
        let compound =
            name.chars().count() <= 3 || self.surnames.contains(name.chars().take(2).collect::<String>().as_str());
        let opening = sentence.tokens.binary_search_by_key(&(base + sp.start), |t| t.span.start).ok();
        let accepted = (self.plausible(name)
            && compound
            && rule.map_or(true, |r| sp.end >= r.end)
            && !verb_then_locality(&sentence.tokens, opening, base + sp.end))
            || (transliterated && self.transliteration(name))
            || (rule.is_none()
                && (self.foreign_name(name, &text[sp.end..])
                    || self.segmented_foreign_name(sentence, k, p) == Some(sp))
                && !self.link_before_name(name));
        // `院长` + `张三现` + `担任…`: the adverb glued to the name is no part of it.
        let read = if accepted { Some(sp) } else { rule };
        read.map(|sp| name_before_post_adverb(text, sp))
    }

    /// True when `rest` opens with a surname of one character.
    fn opens_with_surname(&self, rest: &str) -> bool {
        rest.chars().next().is_some_and(|c| self.surnames.contains(c.encode_utf8(&mut [0; 4]) as &str))
    }

    /// Whether `rest` may open a name of [`Self::foreign_name`] or a transliterated one: a
    /// prefix of the shape of one ([`Self::foreign_name_shape`]) where a name ends, or a `·`
    /// close ahead.
    fn may_hold_foreign_name(&self, rest: &str) -> bool {
        let ends = (2..=MAX_FOREIGN_NAME_CHARS).map(|n| rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i));
        rest.chars().take(MAX_DOT_LOOKAHEAD_CHARS).any(|c| c == '·')
            || ends.into_iter().any(|e| self.foreign_name_shape(&rest[..e]) && self.ends_name(&rest[e..]))
    }

    /// A name opening with no surname that the tagger reads right after a title
    /// (`执行主任` + `贝拉米` + `说`): of [`Self::foreign_name_shape`], no title inside, ending
    /// where a name ends.
    fn foreign_name(&self, name: &str, after: &str) -> bool {
        self.foreign_name_shape(name) && !self.titles.iter().any(|t| name.contains(t.as_str())) && self.ends_name(after)
    }

    /// A foreign name after a title that the segmenter reads whole as a person's (`总理` +
    /// `默克尔`/nrt) before a verb, an adverb, a preposition or a conjunction (`拒绝`/v): token
    /// `k` of `sentence`, opening at `p`, of [`Self::foreign_name_shape`] with no title inside.
    /// The tagger must still read it exactly.
    fn segmented_foreign_name(&self, sentence: &Sentence<'_>, k: usize, p: usize) -> Option<Span> {
        let (t, next) = (sentence.tokens.get(k)?, sentence.tokens.get(k + 1)?);
        let sp = Span::new(t.span.start - sentence.span.start, t.span.end - sentence.span.start);
        (sp.start == p
            && is_person_tag(t.tag)
            && NEXT_TAGS.contains(&next.tag)
            && self.foreign_name_shape(t.text)
            && !self.titles.iter().any(|w| t.text.contains(w.as_str())))
        .then_some(sp)
    }

    /// `为` + `景甜` (`曲局长为景甜带来…`): a link of `[standalone_after]` that is no surname
    /// (so no Chinese name opens with it) glued to a plausible name — a phrase after the
    /// title, not the title holder's foreign name.
    fn link_before_name(&self, name: &str) -> bool {
        self.standalone_links.iter().any(|w| {
            !self.surnames.contains(w.as_str())
                && name.strip_prefix(w.as_str()).is_some_and(|rest| self.plausible(rest))
        })
    }

    /// Two to [`MAX_FOREIGN_NAME_CHARS`] Han characters, no common word, no unnamed reference
    /// and no place or title at the end.
    fn foreign_name_shape(&self, name: &str) -> bool {
        let n = name.chars().count();
        (2..=MAX_FOREIGN_NAME_CHARS).contains(&n)
            && name.chars().all(is_han)
            && !self.guards.contains(name)
            && !self.honorifics.iter().any(|h| name.ends_with(h.as_str()))
            && !name.ends_with(PLACE_ENDS)
            && !name.ends_with('村')
            && self.title_ending(name).is_none()
    }

    /// A transliterated name as the tagger reads it: Han parts joined by `·`, none empty,
    /// none longer than eight characters, no title inside.
    fn transliteration(&self, name: &str) -> bool {
        name.split('·').all(|part| (1..=8).contains(&part.chars().count()) && part.chars().all(is_han))
            && !self.titles.iter().any(|t| name.contains(t.as_str()))
    }

    /// Reads a name starting at `p` (sentence-relative): a tagged person token, or a surname
    /// plus one or two characters ending where punctuation or a following word begins.
    fn read_name(&self, sentence: &Sentence<'_>, p: usize) -> Option<Span> {
        let text = sentence.text;
        let rest = text.get(p..)?;
        let base = sentence.span.start;
        if let Some(end) = self.transliterated(rest) {
            return Some(Span::new(p, p + end));
        }
        let surname_len = [2usize, 1].into_iter().find(|&n| {
            rest.chars().take(n).count() == n && self.surnames.contains(&rest.chars().take(n).collect::<String>())
        })?;
        let at = sentence.tokens.binary_search_by_key(&(base + p), |t| t.span.start).ok();
        if let Some(k) = at {
            let t = &sentence.tokens[k];
            let n = t.text.chars().count();
            // The tagger's person token ends the name when a word of its own follows.
            let next_is_word = sentence
                .tokens
                .get(k + 1)
                .is_some_and(|nx| nx.text.chars().count() >= 2 && nx.text.chars().all(is_han));
            if is_person_tag(t.tag) {
                if let Some(cut) = self.context_straddling(rest, t.text.len(), surname_len) {
                    return Some(Span::new(p, p + cut));
                }
            }
            if is_person_tag(t.tag)
                && (2..=surname_len + 2).contains(&n)
                && self.plausible(t.text)
                && !self.saying_ends(t.text, n - surname_len)
                && !self.function_word_ends(t.text, n - surname_len, &rest[t.text.len()..])
                && (self.ends_name(&rest[t.text.len()..]) || next_is_word)
            {
                return Some(Span::new(p, p + t.text.len()));
            }
        }
        for given in [2usize, 1] {
            let n = surname_len + given;
            let chars: Vec<(usize, char)> = rest.char_indices().take(n + 1).collect();
            if chars.len() < n {
                continue;
            }
            if !chars[..n].iter().all(|&(_, c)| is_han(c)) {
                continue;
            }
            let end = chars.get(n).map(|&(i, _)| i).unwrap_or(rest.len());
            let cand = &rest[..end];
            // A candidate the tagger reads as one common word (`单位`/n, `高度`/d) is none.
            let common_word = at.and_then(|k| sentence.tokens.get(k)).is_some_and(|t| {
                t.span == Span::new(base + p, base + p + end)
                    && matches!(
                        t.tag,
                        "n" | "v" | "vn" | "d" | "a" | "ad" | "m" | "q" | "p" | "c" | "r" | "t" | "f" | "l" | "i"
                    )
            });
            let word_ends = self.saying_ends(cand, given) || self.function_word_ends(cand, given, &rest[end..]);
            if !common_word
                && !verb_then_locality(&sentence.tokens, at, base + p + end)
                && self.ends_name(&rest[end..])
                && self.plausible(cand)
                && !word_ends
            {
                return Some(Span::new(p, p + end));
            }
        }
        None
    }

    /// A transliterated name after a title: Chinese characters in parts joined by `·`
    /// (`马丁·泰勒`, `特德罗斯·阿达诺姆·盖布雷耶苏斯`). The last part ends where a word
    /// that follows names begins. Returns the name's byte length.
    fn transliterated(&self, rest: &str) -> Option<usize> {
        let run: usize = rest.chars().take(40).take_while(|&c| is_han(c) || c == '·').map(char::len_utf8).sum();
        let name = &rest[..run];
        let last_dot = name.rfind('·')?;
        let head = &name[..last_dot];
        if head.is_empty()
            || head.split('·').any(|p| p.is_empty() || p.chars().count() > 8)
            || self.titles.iter().any(|t| head.contains(t.as_str()))
        {
            return None;
        }
        let tail_start = last_dot + '·'.len_utf8();
        let tail = &name[tail_start..];
        let mut end = None;
        for (i, c) in tail.char_indices().take(8) {
            let cut = i + c.len_utf8();
            if self.ends_name(&rest[tail_start + cut..]) {
                end = Some(tail_start + cut);
                break;
            }
        }
        end
    }

    /// `李明说，`: a two-character given name whose last character is a one-character verb
    /// of saying is the shorter name and its verb (names ending in 说 or 称 are rare; the
    /// verb after a name is common).
    fn saying_ends(&self, cand: &str, given: usize) -> bool {
        given == 2
            && cand.chars().next_back().is_some_and(|c| self.reporting.contains(c.encode_utf8(&mut [0; 4]) as &str))
    }

    /// `孙伟为获奖护士颁奖`, `李华则介绍`, `王芳正带领`: a two-character given name whose last
    /// character is a one-character word that follows names (`为`, `则`, `已`: of
    /// `person_context.txt` or `[before_reporting]`) is the shorter name and that word (the
    /// pool's three-character names end so only on `正` and `和`). Those and `为` end real
    /// names (`赵立正`, `钱永和`, `刘有为`) and are cut only when no word that follows names
    /// comes after them.
    /// `after` is the text after `cand`.
    fn function_word_ends(&self, cand: &str, given: usize, after: &str) -> bool {
        let Some(last) = cand.chars().next_back().filter(|_| given == 2) else { return false };
        let word = last.encode_utf8(&mut [0; 4]).to_string();
        let follows = self.before_reporting.contains(&word) || self.context.contains(&word);
        follows && (!NAME_ENDING_WORDS.contains(&last) || !self.ends_name(after))
    }

    /// `王某处获悉`: a word that follows names (`处获悉`) begins inside the tagger's person
    /// token and runs past its end; the name ends where that word begins. Returns the
    /// name's byte length.
    fn context_straddling(&self, rest: &str, token_len: usize, surname_len: usize) -> Option<usize> {
        let token = rest.get(..token_len)?;
        token
            .char_indices()
            .skip(surname_len + 1)
            .map(|(i, _)| i)
            .find(|&i| self.context.iter().any(|c| c.len() > token_len - i && rest[i..].starts_with(c.as_str())))
            .filter(|&i| self.plausible(&rest[..i]))
    }

    /// True when a name may end right before `after`: at its end, punctuation, a space or
    /// a word that follows names.
    fn ends_name(&self, after: &str) -> bool {
        after.is_empty()
            || !after.chars().next().is_some_and(is_han)
            || self.context.iter().any(|c| after.starts_with(c.as_str()))
    }

    /// Whether the title starting at `t_start` follows a name of its own (`某院张三教授、` +
    /// the next person's titles): two or three characters that are a plausible name, standing
    /// after a body, a non-Han character or the start. Such a title is that person's, not
    /// the next one's chain.
    fn trails_a_name(&self, text: &str, t_start: usize, orgs: &SentenceOrgs<'_>) -> bool {
        let before: Vec<usize> = text[..t_start].char_indices().rev().take(3).map(|(i, _)| i).collect();
        [2usize, 3].into_iter().filter_map(|n| before.get(n - 1).copied()).any(|start| {
            let opens = !text[..start].chars().next_back().is_some_and(is_han) || orgs.ending_at(start).is_some();
            opens && self.plausible(&text[start..t_start])
        })
    }

    /// A plausible Chinese name or a transliterated one (`阿依古丽·买买提`).
    fn plausible_any(&self, name: &str) -> bool {
        self.plausible(name) || (name.contains('·') && self.transliteration(name))
    }

    /// A surname-initial string of 2–4 Chinese characters that is no common word.
    fn plausible(&self, name: &str) -> bool {
        let n = name.chars().count();
        if !(2..=4).contains(&n) || !name.chars().all(is_han) {
            return false;
        }
        // The surname first: the cheapest test, and the one most strings fail.
        let prefix = |k: usize| name.char_indices().nth(k).map_or(name, |(i, _)| &name[..i]);
        if !(self.surnames.contains(prefix(1)) || (n >= 3 && self.surnames.contains(prefix(2)))) {
            return false;
        }
        // `张女士`, `王某`: a person the article does not name; `武侯区`: a place.
        if self.guards.contains(name)
            || self.honorifics.iter().any(|h| name.ends_with(h.as_str()))
            || (n >= 3 && name.ends_with(PLACE_ENDS))
        {
            return false;
        }
        self.title_ending(name).is_none()
    }

    /// True when `title` names a department and its post (`基层卫生健康处处长`,
    /// `医政处副处长`): two or more Han characters ending on a department ending, then a title.
    fn department_title(&self, title: &str) -> bool {
        self.title_ending(title).is_some_and(|i| {
            let dept = &title[..i];
            dept.chars().count() >= 2 && dept.ends_with(DEPARTMENT_ENDS) && dept.chars().all(is_han)
        })
    }

    /// True when `title` is a department title ([`Self::department_title`]) of the article's
    /// own body: no unnamed body opens it (`县医院急诊科护士长` names a county hospital the
    /// article does not name, so its holder's organization stays empty).
    fn own_department_title(&self, title: &str) -> bool {
        self.department_title(title) && !unnamed_body_in_title(title)
    }

    /// True when `title`, listed after a colleague with no body of its own, is a post at the
    /// colleague's body: not a byline role, a role with no post (`村民`, `[unaffiliated]` of
    /// `person_roles.txt`) or a place's leader (`副市长` works for a government, `县领导` for
    /// no one body).
    fn colleague_post(&self, title: &str) -> bool {
        !self.byline_roles.contains(title)
            && !self.unaffiliated.contains(title)
            && place_leader_level(title).is_none()
            && !title.ends_with(PLACE_LEADERS)
    }

    /// The body a sentence opens in as its setting (`在某卫生院，` + …), for posts at a body
    /// (`colleague_post`) written later in it with no body of their own and no other body
    /// named between (`在某卫生院，记者见到了全科医生甲` → 某卫生院).
    fn setting_body(&self, text: &str, ts: usize, titles: &[String], orgs: &SentenceOrgs<'_>) -> Option<String> {
        let opening = text.trim_start();
        let at = text.len() - opening.len() + SETTING_PREPOSITION.len_utf8();
        opening.strip_prefix(SETTING_PREPOSITION)?;
        let o = orgs.last_ending_by(ts)?;
        // `在某医院呼吸科，主任甲…`: a department of the body may close the setting.
        let dept = text[o.span.end..].split(['，', ',']).next().unwrap_or_default();
        let closed = text[o.span.end + dept.len()..].starts_with(['，', ',']);
        let set = o.span.start == at && closed && department_between(dept);
        (set && self.holds_post(titles)).then(|| o.name.to_string())
    }

    /// True when `titles` (a colleague's) are posts at a body ([`Self::colleague_post`]).
    fn holds_post(&self, titles: &[String]) -> bool {
        !titles.is_empty() && titles.iter().all(|t| self.colleague_post(t))
    }

    /// Where the longest title that ends `s` starts (`主任` in `市卫监局主任`), if any.
    fn title_ending(&self, s: &str) -> Option<usize> {
        s.char_indices().map(|(i, _)| i).find(|&i| self.title_set.contains(&s[i..]))
    }

    /// The title at `ts..te` with what is fused into it, the organization that gives, and
    /// where the chain before it goes on. A body sharing the title's last characters
    /// (`卫福部` + `部长`, `镇党委` + `党委书记`) is the organization; a title sharing one
    /// character is kept whole (`卫福部长`), one sharing a word stays as written (`党委书记`).
    /// Else a field fused into a head's title stays in it (`卫生局长`).
    fn fused_title(
        &self,
        text: &str,
        ts: usize,
        te: usize,
        orgs: &SentenceOrgs<'_>,
    ) -> (String, Option<String>, usize) {
        let fused = text[ts..te]
            .char_indices()
            .take(FUSED_MAX_CHARS)
            .map(|(i, c)| (i == 0, ts + i + c.len_utf8()))
            .filter(|&(_, end)| end < te)
            .find_map(|(one, end)| orgs.ending_at(end).filter(|o| o.span.start < ts).map(|o| (one, o)));
        if let Some((one, o)) = fused {
            let title = if one { &text[o.span.start..te] } else { &text[ts..te] };
            return (title.to_string(), Some(o.name.to_string()), o.span.start);
        }
        match self.field_fused_into_title(&text[..ts], &text[ts..te]) {
            Some(field) => (text[ts - field..te].to_string(), None, ts - field),
            None => (text[ts..te].to_string(), None, ts),
        }
    }

    /// The titles and organization written before a name: the title at `ts..te` and the
    /// chain before it, read backwards.
    fn title_chain(&self, text: &str, ts: usize, te: usize, orgs: &SentenceOrgs<'_>) -> (Vec<String>, Option<String>) {
        let (titles, org, _) = self.title_chain_at(text, ts, te, orgs);
        (titles, org)
    }

    /// [`Self::title_chain`] and where the chain starts (its body or first title).
    fn title_chain_at(
        &self,
        text: &str,
        ts: usize,
        te: usize,
        orgs: &SentenceOrgs<'_>,
    ) -> (Vec<String>, Option<String>, usize) {
        let (title, mut org, mut pos) = self.fused_title(text, ts, te, orgs);
        let mut titles = vec![title];
        // The earlier title just read is an honour: its body is not the post's.
        let mut honour = false;
        loop {
            if let Some((between, name, start)) = self.body_before_title(text, pos, orgs) {
                if !between.is_empty() {
                    titles[0] = format!("{between}{}", titles[0]);
                }
                if !(honour && org.is_some()) {
                    org = Some(name.to_string());
                }
                pos = start;
            }
            // A department alone between a separator and the title (`、疾控局局长`), or a
            // field modifying it (`院长、心胸专家`).
            if let Some(body) = unnamed_body_after_separator(&text[..pos]) {
                pos -= body;
            } else if let Some(dept) =
                department_after_separator(&text[..pos]).or_else(|| self.modifier_after_separator(&text[..pos]))
            {
                titles[0] = format!("{}{}", &text[pos - dept..pos], titles[0]);
                pos -= dept;
            }
            let before = &text[..pos];
            let Some(sep) = ['、', '，', ',', '兼'].into_iter().find(|&c| before.ends_with(c)) else { break };
            let p2 = pos - sep.len_utf8();
            let Some(t) = self.titles.iter().find(|t| text[..p2].ends_with(t.as_str()) && t.as_str() != "摄") else {
                break;
            };
            let t_start = p2 - t.len();
            if self.trails_a_name(text, t_start, orgs) {
                break;
            }
            // After a comma the chain goes on only if it reaches another institution.
            if matches!(sep, '，' | ',')
                && !orgs
                    .ending_within(t_start, 30)
                    .any(|o| text[o.span.end..t_start].chars().all(|c| is_han(c) || c == '、'))
            {
                break;
            }
            honour = self.honours.contains(t.as_str());
            if matches!(sep, '，' | ',') && !honour {
                // The organization named first is the person's organization.
                org = None;
            }
            // A body fused into an earlier title of the chain (`某市委常委、副市长`) is the
            // organization named first.
            match self.fused_title(text, t_start, p2, orgs) {
                (title, Some(body), start) => {
                    titles.insert(0, title);
                    if !(honour && org.is_some()) {
                        org = Some(body);
                    }
                    pos = start;
                }
                _ => {
                    titles.insert(0, t.clone());
                    pos = t_start;
                }
            }
        }
        if org.is_none() {
            org = community_before(&text[..pos]).map(str::to_string);
        }
        (titles, org, pos)
    }

    /// An institution that ends at the title starting at `pos`, possibly through a
    /// department: the department, the record's name and where the mention starts. A `的`
    /// may join the body to its title (`来自某医院的教授` + name).
    fn body_before_title<'t, 'f>(
        &self,
        text: &'t str,
        pos: usize,
        orgs: &SentenceOrgs<'f>,
    ) -> Option<(&'t str, &'f str, usize)> {
        let &OrgMention { span: o, name, .. } = orgs.last_ending_by(pos)?;
        let between = BODY_REFS.strip_dispatch(after_abbreviation_note(&text[o.end..pos]));
        let between = between.strip_prefix('的').unwrap_or(between);
        let between = department_before_possessive(after_people_count(after_quoted_epithet(between)));
        let fits = department_between(between) || chief_field(between, &text[pos..]);
        (fits && !self.colleague_joined(between)).then_some((between, name, o.start))
    }

    /// True when `between` (words between a body and a title) holds a colleague joined by a
    /// conjunction (`院长` + `周建` + `与` + `医务科`): a title, a name of two or three
    /// characters and one of [`DEPARTMENT_JOINERS`]; no department is that.
    fn colleague_joined(&self, between: &str) -> bool {
        self.title_ac.find_iter(between).any(|m| {
            let rest = &between[m.end()..];
            rest.char_indices()
                .skip(2)
                .take(2)
                .any(|(i, c)| DEPARTMENT_JOINERS.contains(&c) && self.plausible(&rest[..i]))
        })
    }

    /// Bytes of a field fused into a head's title that opens a clause (`卫生` + `局长`,
    /// `卫生署` written `卫生署长`): two to four Han characters opening the text or written
    /// after a non-Han character (a field may open like a surname: `卫生`), no deictic word
    /// and no department or title of their own,
    /// before a title heading a body (`局长`, `部长`, `署长`). FACTS keeps such a title whole.
    fn field_fused_into_title(&self, before: &str, title: &str) -> Option<usize> {
        let head = title.chars().next()?;
        if !title.ends_with('长') || !FUSED_HEADS.contains(&head) {
            return None;
        }
        let run = han_run_before(before, MAX_FUSED_FIELD_CHARS + 1);
        let field = &before[before.len() - run..];
        let chars = field.chars().count();
        ((2..=MAX_FUSED_FIELD_CHARS).contains(&chars)
            && !field.starts_with(DEICTIC_OPENINGS)
            && !field.ends_with(DEPARTMENT_ENDS)
            && !field.ends_with(FUSED_HEADS)
            && self.title_ending(field).is_none())
        .then_some(run)
    }

    /// Bytes of a field modifying a title, written at the end of `before` right after a
    /// separator of a title chain (`院长、` + `心胸` + `专家`): one to
    /// [`MAX_TITLE_MODIFIER_CHARS`] Han characters that are no name and no title.
    fn modifier_after_separator(&self, before: &str) -> Option<usize> {
        let run = han_run_before(before, MAX_TITLE_MODIFIER_CHARS + 1);
        let word = &before[before.len() - run..];
        let opened = before[..before.len() - run].ends_with('、');
        let chars = word.chars().count();
        let modifier = opened
            && (1..=MAX_TITLE_MODIFIER_CHARS).contains(&chars)
            && !word.starts_with(DEICTIC_OPENINGS)
            && !self.plausible(word)
            && self.title_ending(word).is_none();
        if modifier {
            return Some(run);
        }
        epithet_after_separator(before)
    }

    /// Adds every later occurrence of a found name: one pass over the sentences, each
    /// name searched in each; a name's occurrences are read left to right without overlap.
    fn later_mentions(&self, doc: &Doc<'_>, orgs: &DocOrgs<'_>, drafts: &mut [Draft]) {
        let ks: Vec<usize> = (0..drafts.len()).filter(|&k| drafts[k].name.chars().count() >= 2).collect();
        // A few names per document: a substring finder each costs less to build than an
        // automaton over them all, and finds the same non-overlapping occurrences.
        let finders: Vec<Finder<'static>> =
            ks.iter().map(|&k| Finder::new(drafts[k].name.as_bytes()).into_owned()).collect();
        let known: Vec<SpanIndex> = ks.iter().map(|&k| SpanIndex::new(drafts[k].mentions.clone())).collect();
        // Per name: the last mention added here.
        let mut last_added: Vec<Option<Span>> = vec![None; ks.len()];
        for s in doc.sentences() {
            for (i, finder) in finders.iter().enumerate() {
                for start in finder.find_iter(s.text.as_bytes()) {
                    let at = s.span.start + start;
                    let sp = Span::new(at, at + finder.needle().len());
                    if known[i].overlaps(sp) || last_added[i].is_some_and(|l| l.overlaps(sp)) || orgs.overlaps(sp) {
                        continue;
                    }
                    // The name must start a word of its own (`李进` in `李进一步` is none);
                    // it may end inside a token the tagger glued to the next word.
                    let starts_word = s.tokens.binary_search_by_key(&sp.start, |t| t.span.start).is_ok();
                    let ends_word = s.tokens.binary_search_by_key(&sp.end, |t| t.span.end).is_ok()
                        || self.ends_name(&doc.text[sp.end..]);
                    if starts_word && ends_word {
                        drafts[ks[i]].mentions.push(sp);
                        last_added[i] = Some(sp);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// People of `text` as (name, titles, organization), institutions found first.
    fn people_of(text: &str) -> Vec<(String, Vec<String>, Option<String>)> {
        use crate::extract::institutions::InstitutionExtractor;
        let facts = crate::extract::doc::facts_of(text, |doc, facts| {
            InstitutionExtractor::new().extract(doc, facts);
            PersonExtractor::new().extract(doc, facts);
        });
        facts.people.into_iter().map(|p| (p.name, p.titles, p.organization)).collect()
    }

    /// The tagger is asked for a foreign name after a title only where one may stand: a
    /// name's shape ending where a name ends, or a `·` close ahead; a common word, a place
    /// or a title there, or a name running on, is no place for one.
    #[test]
    fn foreign_name_asked_only_where_one_may_stand() {
        let p = PersonExtractor::new();
        assert!(p.may_hold_foreign_name("贝拉米说，"));
        assert!(p.may_hold_foreign_name("阿卜杜·卡里姆介绍"));
        assert!(!p.may_hold_foreign_name("副院长，"));
        assert!(!p.may_hold_foreign_name("松林市，"));
        assert!(!p.may_hold_foreign_name("和护士"));
        assert!(!p.may_hold_foreign_name("贝拉米塔尔斯基"));
    }

    /// A second post in parentheses between a title and a name is kept too, its body named
    /// only where the title before it has none (both scripts).
    #[test]
    fn second_post_in_parentheses() {
        let people = people_of("松林市第三人民医院院长（松林市创伤中心主任）韩立新介绍了情况。");
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].1, vec!["院长", "主任"]);
        assert_eq!(people[0].2.as_deref(), Some("松林市第三人民医院"));
        let page = "東灣醫院加強培訓\n東灣醫院院長（東灣醫學會會長）何家樂表示，將加強培訓。\n";
        let article = crate::extract(page).expect("extracts");
        let he = article.people.iter().find(|p| p.name == "何家乐").expect("何家乐");
        assert_eq!(he.titles, vec!["院长", "会长"], "{:?}", article.people);
        assert_eq!(he.organization.as_deref(), Some("东湾医院"));
    }

    /// A department alone after a separator stays in its title and the chain goes on to the
    /// body named first.
    #[test]
    fn department_between_separator_and_title() {
        let found = people_of("会上，市卫健委副主任、医政处处长吴立群作了说明。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, ["副主任", "医政处处长"]);
        assert_eq!(found[0].2.as_deref(), Some("市卫生健康委员会"));
    }

    /// A department opening the sentence stays in its title (`该局` is no department).
    #[test]
    fn department_opening_the_sentence() {
        let found = people_of("省卫健委召开发布会。疾控处处长赵明远介绍了情况。");
        let zhao = found.iter().find(|p| p.0 == "赵明远").expect("赵明远");
        assert_eq!(zhao.1, ["疾控处处长"]);
        let found = people_of("该局局长孙立平表示，明年将增设5个站点。");
        let sun = found.iter().find(|p| p.0 == "孙立平").expect("孙立平");
        assert_eq!(sun.1, ["局长"]);
    }

    /// A rank before a title is part of it, and the chain reaches the body.
    #[test]
    fn civil_service_rank() {
        let found = people_of("国家医保局规划财务司副司长、一级巡视员胡明远介绍了情况。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "胡明远");
        assert_eq!(found[0].1, ["规划财务司副司长", "一级巡视员"]);
        // The office's short name, its full form not printed, is the organization's name.
        assert_eq!(found[0].2.as_deref(), Some("国家医保局"));
    }

    /// A body fused into a title is the person's organization when the article names it.
    #[test]
    fn body_fused_into_a_title() {
        let found = people_of("卫福部今天说明新制度。卫福部长林文彬表示将尽快实施。");
        let lin = found.iter().find(|p| p.0 == "林文彬").expect("林文彬");
        assert_eq!(lin.1, ["卫福部长"]);
        assert_eq!(lin.2.as_deref(), Some("卫福部"));
    }

    /// A legislature opening a membership title is part of the title: it is the member's
    /// organization as written, and no institution of the article.
    #[test]
    fn body_opening_a_membership_title() {
        let text = "全国人大代表周新华建议扩大家庭医生签约。立法会议员罗嘉明在会上发言。";
        let found = people_of(text);
        let zhou = found.iter().find(|p| p.0 == "周新华").expect("周新华");
        assert_eq!((zhou.1.as_slice(), zhou.2.as_deref()), (&["全国人大代表".to_string()][..], Some("全国人大")));
        let luo = found.iter().find(|p| p.0 == "罗嘉明").expect("罗嘉明");
        assert_eq!(luo.2.as_deref(), Some("立法会"));
        let names = crate::extract::institutions::found_names(text);
        assert!(names.is_empty(), "{names:?}");
        // Named on its own, the body is an institution.
        let names = crate::extract::institutions::found_names("立法会昨日通过议案。");
        assert_eq!(names, ["立法会"]);
    }

    /// An age introduces a name, and a note such as （化名） follows one; a surname with 姓
    /// names nobody.
    #[test]
    fn names_introduced_without_a_title() {
        let found = people_of("今年65岁的周桂兰每天坚持晨练。她的儿子陈明（化名）也加入了。");
        let names: Vec<&str> = found.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["周桂兰", "陈明"]);
        assert!(found.iter().all(|p| p.1.is_empty() && p.2.is_none()), "{found:?}");
        assert!(people_of("一名13岁的余姓男童由母亲陪同复诊。").is_empty());
        // Without a number before it, 岁的 introduces nobody.
        assert!(people_of("同岁的周桂兰也来了。").is_empty());
    }

    /// A conjunction after a title opens no name (`居民和医务人员`); a name does.
    /// A town's party committee shares `党委` with the title after it.
    #[test]
    fn town_committee_fused_into_a_title() {
        let text = "4月2日，柳河镇召开动员会。会议由镇党委书记李明主持。";
        let people = people_of(text);
        let li = people.iter().find(|p| p.0 == "李明").expect("李明");
        assert_eq!(li.1, ["党委书记"]);
        assert_eq!(li.2.as_deref(), Some("中共柳河镇委员会"));
    }

    /// A name in parentheses after its title is that title's person, in either parentheses; a
    /// note in parentheses that is no name still stands before the name.
    #[test]
    fn name_in_parentheses_after_a_title() {
        let people = people_of("会上，青禾县卫生健康局局长（殷德贵）作总结讲话。殷德贵说，将继续推进。");
        let yin = people.iter().find(|p| p.0 == "殷德贵").expect("殷德贵");
        assert_eq!(yin.1, ["局长"]);
        assert_eq!(yin.2.as_deref(), Some("青禾县卫生健康局"));
        let people = people_of("会上，临江市卫生局局长(魏嘉明)致辞。");
        assert!(people.iter().any(|p| p.0 == "魏嘉明" && p.1 == ["局长"]), "{people:?}");
        let people = people_of("会上，副主任（挂职）程立新表示，将加快推进。");
        assert!(people.iter().any(|p| p.0 == "程立新" && p.1 == ["副主任"]), "{people:?}");
    }

    /// A Hong Kong hospital grade (`顾问医生`) is a title, and `顾问` before it no name.
    #[test]
    fn consultant_grade_is_a_title() {
        let people = people_of("临海医院急症科顾问医生陈嘉欣指出，市民应善用基层医疗。");
        assert!(people.iter().all(|p| p.0 != "顾问"), "{people:?}");
        let chen = people.iter().find(|p| p.0 == "陈嘉欣").expect("陈嘉欣");
        assert!(chen.1.iter().any(|t| t.ends_with("顾问医生")), "{people:?}");
    }

    /// The speaker's label of an interview line names a person; labels that are no name
    /// (`记者：`, `时间：`) name nobody.
    #[test]
    fn interview_speaker_labels() {
        let people = people_of("记者：今年有哪些新举措？\n邬振华：我们组建了十二支医疗队。");
        assert!(people.iter().any(|p| p.0 == "邬振华"), "{people:?}");
        assert!(people_of("时间：5月12日。地点：县医院。").is_empty());
    }

    #[test]
    fn name_between_body_and_title() {
        let people = people_of("会上，市卫生局医政处王立新处长和省卫生厅李明处长先后发言。");
        assert!(
            people.contains(&("王立新".to_string(), vec!["医政处处长".to_string()], Some("市卫生局".to_string()))),
            "{people:?}"
        );
        assert!(
            people.contains(&("李明".to_string(), vec!["处长".to_string()], Some("省卫生厅".to_string()))),
            "{people:?}"
        );
        // No title after the name: nobody.
        assert!(people_of("会上，市卫生局王立新说明了情况。").iter().all(|p| p.1.is_empty() || p.0 != "王立新"));
    }

    #[test]
    fn name_before_an_adverb_and_a_verb_of_saying() {
        let names = |text: &str| people_of(text).into_iter().map(|p| p.0).collect::<Vec<_>>();
        assert_eq!(names("对此，王显君昨表示，明年将增加床位。"), vec!["王显君".to_string()]);
        assert_eq!(names("对此，王显君也指出，明年将增加床位。"), vec!["王显君".to_string()]);
        // Two words in between, or no verb of saying: nobody.
        assert!(names("对此，王显君昨天下午表示，明年将增加床位。").is_empty());
        assert!(names("对此，王显君昨离开。").is_empty());
    }

    #[test]
    fn conjunction_after_a_title() {
        assert!(people_of("这既方便了社区居民和医务人员，也提高了效率。").is_empty());
        let found = people_of("社区居民张秀英参加了义诊。");
        assert_eq!(found.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["张秀英"]);
    }

    /// A name the segmenter split after its surname still stands before its title.
    #[test]
    fn split_name_before_a_title() {
        let found = people_of("会上，杨跃进教授作专题报告。");
        assert_eq!(found, [("杨跃进".to_string(), vec!["教授".to_string()], None)]);
        // Inside a longer run of Han characters it is no name.
        assert!(people_of("会上由杨跃进教授作报告。").iter().all(|p| p.0 != "由杨跃进"));
    }

    /// A title written after one person's name is not the next listed person's.
    #[test]
    fn a_title_after_a_name_stays_with_it() {
        let found = people_of("江城市人民医院孙立平教授、青山区人民医院心内科主任医师赵文博作专题报告。");
        let titles: Vec<(&str, &[String])> = found.iter().map(|p| (p.0.as_str(), p.1.as_slice())).collect();
        assert!(titles.contains(&("赵文博", &["心内科主任医师".to_string()][..])), "{found:?}");
        // A chain of titles before one name still holds.
        let found = people_of("中国工程院院士、江城市人民医院院长孙立平出席。");
        assert_eq!(found[0].1, ["院士", "院长"]);
    }

    /// A place's leader works for its government, named in the article or not (FACTS.md,
    /// round 57); a place the gazetteer does not know names none.
    #[test]
    fn leader_of_a_named_place() {
        let found = people_of("青山区人民政府召开会议，青山区副区长赵文博出席。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, ["副区长"]);
        assert_eq!(found[0].2.as_deref(), Some("青山区人民政府"));
        let found = people_of("会上，青山区副区长赵文博出席。");
        assert_eq!(found[0].2.as_deref(), Some("青山区人民政府"), "{found:?}");
        let found = people_of("会上，青禾区副区长赵文博出席。");
        assert_eq!(found[0].2, None, "{found:?}");
    }

    /// A reporter with no body named works for the outlet of the source line.
    #[test]
    fn reporter_works_for_the_source_outlet() {
        let page = "某县开展义诊活动\n2024-03-02 来源：长河日报\n当天，医生为村民免费体检，记者周立文在现场看到，排队的人很多。\n";
        let article = crate::extract(page).expect("extracts");
        let zhou = article.people.iter().find(|p| p.name == "周立文").expect("周立文");
        assert_eq!(zhou.organization.as_deref(), Some("长河日报"), "{:?}", article.people);
    }

    /// The example that documented `extract`.
    #[test]
    fn example_extract() {
        use crate::extract::institutions::InstitutionExtractor;

        let text = "武汉市卫健委党组书记、主任张勇表示，将扩大家庭医生签约覆盖面。";
        let facts = crate::extract::doc::facts_of(text, |doc, facts| {
            InstitutionExtractor::new().extract(doc, facts);
            PersonExtractor::new().extract(doc, facts);
        });
        let p = &facts.people[0];
        assert_eq!(p.name, "张勇");
        assert_eq!(p.titles, ["党组书记", "主任"]);
        assert_eq!(p.organization.as_deref(), Some("武汉市卫生健康委员会"));
    }

    #[test]
    fn unnamed_body_opening_a_department_title() {
        assert!(unnamed_body_in_title("县医院急诊科护士长"));
        assert!(unnamed_body_in_title("市急救中心调度科科长"));
        assert!(!unnamed_body_in_title("基层卫生健康处处长"));
        assert!(!unnamed_body_in_title("院办主任"));
        assert!(!unnamed_body_in_title("该院医务科科长"));
    }

    #[test]
    fn plausible_names() {
        let x = PersonExtractor::new();
        for name in ["李华", "欧阳文静", "王显君"] {
            assert!(x.plausible(name), "{name}");
        }
        // Common words, places and titles are no names; nor non-surname starts.
        for word in ["高血压", "方面", "江苏", "张", "主任", "的确", "李院长"] {
            assert!(!x.plausible(word), "{word}");
        }
    }

    #[test]
    fn transliterated_names_end_before_a_following_word() {
        let x = PersonExtractor::new();
        let rest = "马丁·泰勒出席活动";
        assert_eq!(x.transliterated(rest).map(|e| &rest[..e]), Some("马丁·泰勒"));
        assert_eq!(x.transliterated("处代表马丁·泰勒出席"), None);
        assert_eq!(x.transliterated("王芳表示"), None);
    }
}
