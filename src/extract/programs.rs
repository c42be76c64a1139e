//! Extracts programs: named policy instruments (plans, pilots, campaigns, service models,
//! brands, platforms, laws) — docs/FACTS.md §2 `programs`.
//!
//! **In:** a [`Doc`] (title and body sentences with tokens) and the [`Facts`] found before
//! (institution and person mentions bound names; dates and figures may lie inside one).
//! **Out:** one [`Program`] per mention pushed to `facts.programs`: `name` without quote
//! or book-title marks, `category` the head noun phrase (or `None`), `mention` the byte
//! span in the normalized text.
//!
//! Each shape below is a generator: its candidates (a [`Program`] and its [`Source`]) pass
//! one decision, [`Decision`] in `program_decision.rs`, which reads their evidence (a program
//! verb, a head, a clause verb inside, a described kind, an observance, a quoted common or
//! head noun) and sums the weights of `src/lexicon/program_evidence.txt`: a new shape is a
//! new generator, a new kind of evidence a feature and a lexicon line.
//!
//! Shapes recognized, all driven by the lexicons `src/lexicon/program_heads.txt` (which
//! head nouns are trusted where) and `src/lexicon/program_context.txt` (verbs, function
//! words, deixis, metaphors, concepts …):
//! - a quoted name followed by a head noun: `“1+10+X”赋能举措`, `“千院万医”这样一个公益项目`
//!   (count words such as `五大`, `三`, `两个` before the head are figures, dropped from the
//!   category: `“人员、资金、设备”三统一管理` → `统一管理`; the last head of the noun phrase
//!   wins: `家医签约服务包`);
//! - adjacent quotes of one shape are one name joined by `、` (`“顶天”“强腰”“立地”`); a
//!   formula among words is the name alone (`“2+8”“两病”专病门诊` → `2+8`);
//! - a quoted name with no head after it when it ends in a head itself (`“四大信息化平台”`),
//!   is a formula in a name's context (`“全科+专科”、`), or is a short name governed by a
//!   program verb in its clause (`打造“智慧好办”`); some shapes name by themselves, whatever
//!   governs them: a closed formula (`“互联网+护理服务”`, not `“互联网+”时代` nor
//!   `“线上+线下”相结合`), a service radius (`“15分钟健康服务圈”`), a versioned brand
//!   (`「长照3.0」`), `健康` + a place (`“健康嘉兴”`), a four-character formula pairing two
//!   administrative levels (`“县招乡用”`); metaphors (`“上海样本”`), slogans,
//!   quoted speech, emphasis words (`“网底”`), a phrase holding 的 (`“看得见的服务”`),
//!   predicates after a copula and known concepts
//!   (`“医防融合”`) are not, nor is a scheme named by its insurance type
//!   (`“大病保险制度”`); a quote followed by a meeting's head is that meeting's theme;
//!   quoted speech is read as plain text by the unquoted generators (`“自从某县启动某某
//!   体检工程，我…”`);
//! - a quoted numeral formula names a policy by its shape alone (`“一老一幼”`, `“两免一补”`,
//!   `“三位一体”`, a code of four or more digits `“11359”`; three quoted alone are a number): a numeral
//!   first and another after a word;
//! - a formula framed by a noun and split by an adverb: `家庭医生“1+1+1”累计签约`;
//! - a book title `《…》` ending in a document head (the document kinds of government
//!   publishing: `实施方案`, `意见`, `通知`, `指引`, `蓝图`, `白皮书`, `频道`, …; the longest
//!   listed head is the category; a version number after it stays in the name) or
//!   followed by a head (`《健康直通车》栏目`); speech titles and newspapers are not;
//! - an unquoted formula followed by a head (`N+1+X医养结合服务模式`), also of words
//!   bounded by segmentation (`互联网+医疗健康示范省`, `5G+智慧急救应用场景`) and of two
//!   ordered steps (`先诊疗后付费服务模式`);
//! - quoted slogans named as a goal (`“…”的目标`, `以“…”为目标，`), a quoted list of
//!   slogans included (`“小病不出村、大病不出县”的目标`: one name, as a quote list is);
//! - an unquoted title ending in a trusted head (`全国优质服务基层行活动`), the name bounded
//!   by punctuation, governing verbs (also one-character ones glued to the name: `推长照…`),
//!   function words, deixis (`本市`, `该院`), time clauses (`自…起`), dates (`2024年`,
//!   `2024/25年度` are cut off: a name holds no date), counts (`12个`) and earlier facts,
//!   a one-character stop glued to a determiner by segmentation (`以新/时代…运动`),
//!   opened by scope words (`全市`, `国家`; a scope with a batch, `全省首批`, is the batch's
//!   and left out; a verb of building after a place, `在某地建设…示范区`, ends it); a version number after the head is part of the
//!   name (`长照十年计划2.0`), a designated place after it is not (`…建设试点县`); it
//!   must keep enough distinctive words beyond generic ones (`各类国家级试点`, `年度工作计划`,
//!   a field of work alone, `医疗领域合作项目`, are not names; a function word by its tag,
//!   `为了`, `我国`, `之后`, ends the name), a head word before an organization type opens
//!   that body's name (`…计划委员会`), a determiner or a verb of a kind of action inside ends
//!   the name (`核实相关项目`, `采取任何临时行动`), a preposition glued to the head is an
//!   idiom (`按计划投入使用`), `计划` between a date and a verb is a verb of intent (`…工程计划
//!   今年覆盖…`), one person's training or personal plan is none (`康复训练计划`,
//!   `个性化健康管理计划`), and a demonstrative marks a description (`这种走基层的患者关爱活动`), as
//!   does `以…为重点的` (`以灭蚊为重点的病媒防制行动`); `A、B、C等专项行动` gives one program per member,
//!   and so does a list without `等`, its members sharing the last one's trailing words
//!   (`紧密型县域医共体、城市医疗集团建设试点`);
//! - unquoted titles also: a law head (`疫苗管理法`, category `法`) needs only two
//!   distinctive characters; a bare administrative level before the name is dropped
//!   (`市…专项整治` → `…专项整治`); a 项目 after fee or service items (`虚构诊疗项目`), a
//!   concept's activities (`健康促进活动`) and reports or bulletins in `《》` are no programs;
//!   a `《》` title followed by a meeting's head is part of that event (`《…法》宣传周`);
//!   unquoted, an index (`指数`) needs `健康` + a place before it (`健康某城指数`, not
//!   `空气质量指数`), a standard (`标准`) a staffing ratio (`护病比标准`, not `收费标准`), a
//!   verb of organizing right after a scope word is part of the name
//!   (`国家组织…集中带量采购`), and a plan (`规划`) needs a plan period before it (`十四五规划`, not
//!   `常规免疫规划`) and an activity (`活动`) a campaign's journey word (`…基层行活动`, not
//!   `世界无烟日宣传活动`): otherwise they describe; a mass campaign (`运动`) no word of
//!   exercise (`爱国卫生运动`, not `中等强度运动`) nor of its participants alone (`群众运动`);
//! - an unquoted versioned scheme after a program verb or before a follower (`推动长照2.0`),
//!   and an unquoted service radius likewise (`打造15分钟健康服务圈`);
//! - `健康` + a place opening a phrase (`推进健康上海建设`, `健康义乌`, `健康大湾区`), the
//!   health-campaign idiom (and the national strategies of its kind, `美丽中国`, `平安中国`),
//!   with a journey word after it (`健康中国行`), or with the year it aims at and a plan's head
//!   (`健康某城2030规划纲要`: `[target_year]`); a headless name right before a plan period's plan owns it (`健康某城“十五五”规划`: one program);
//! - quotes listed before a quoted program with a head share its category
//!   (`「新北动健康」、「乐龄学习」等计划`);
//! - never a program: a quote opening with a demonstrative copula (`“这是一场…的改革”`) or a
//!   modal of obligation (`“一定要…”`, `“必须…”`) or with a clause longer than a slogan's, a quote ending in an indicator (`「服务人数」`),
//!   a headless quote ending in an organization type (`“…联盟”`, `“三级甲等医院”`), a
//!   handbook (`《…手册》`, a book),
//!   quotes that are parts scored or counted (`“甲”、“乙”三大面向`, `“甲”占20%`),
//!   a commendation, an appointment or an event's notice in `《》` (`《关于表彰…的决定》`,
//!   `《关于某某同志任职的通知》`, `《关于召开…会议的通知》`), a title after a count of kinds
//!   (`三大类项目`) or a place's work on a concept (`某区医养结合项目`);
//! - a distinctive name (4+ characters) found once is a program wherever else the article
//!   writes it bare (`「长照3.0」` … `长照3.0明年上路`).
//!
//! Guarantees: never panics (all slicing at token or char boundaries), linear in the text
//! (look-ups are hashed or binary searches, every scan is bounded), resources built once in
//! [`ProgramExtractor::new`].

use super::doc::{Doc, Facts, Sentence};
use super::number;
use super::program_decision::{Decision, Evidence, Feature, Source};
use super::quotes::{self, Mark, Quoted};
use super::spans::SpanIndex;
use crate::facts::{DateKind, Program};
use crate::lexicon::{WordSet, EVENT_HEADS, ORG_SUFFIXES, PROGRAM_CONTEXT, PROGRAM_HEADS, RELATIVE_YEARS};
use crate::segment::{is_aspect_particle_tag, Token, PLACE_TAG, VERB_NOUN_TAG, VERB_TAG};
use crate::span::{floor_char_boundary, Span};
use crate::text::{is_han, squeeze_spaces};
use regex::Regex;

/// The letter that makes a count name a set (`五大…项目`, `三大…工程`).
const SET_COUNT: char = '大';

/// Bytes before a token's end searched for a title head (about 21 characters).
const HEAD_WINDOW_BYTES: usize = 64;

/// What a token left of a program's head does to its name (see `modifier_step`).
enum Left {
    /// A modifier: the name starts at it; go on left.
    Take,
    /// The name starts at it and goes no further (a scope word).
    TakeLast,
    /// The name ends before it.
    Stop,
    /// The name ends before a 的.
    StopAtDe,
    /// No name: a demonstrative describes the head.
    Reject,
}

/// A title read so far: where its name starts, its head, mention and name.
struct Titled {
    start: usize,
    head: Span,
    mention: Span,
    name: String,
}

/// Longest category phrase between a quoted name and its head noun, in chars.
const MAX_CATEGORY_CHARS: usize = 16;
/// Most tokens of one listed count of children (`单独` `两孩`).
const MAX_COUNT_MEMBER_TOKENS: usize = 3;
/// Longest unquoted name before its head noun, in chars.
const MAX_MODIFIER_CHARS: usize = 24;
/// Most words from a link after a head to the organization type that makes both one body's
/// name (`工程与技术研究中心`).
const MAX_LINKED_BODY_TOKENS: usize = 4;
/// The head of a plan that a clinical word before it makes a patient's (`用药方案`).
const CARE_PLAN_HEAD: &str = "方案";
/// The preposition opening the subject clause of an official title (`关于…的通知`).
const ABOUT: &str = "关于";

/// The attributive particle: inside a headless quote it makes a description (`“看得见的服务”`).
const DE: char = '的';
/// `等` between quoted examples and their kind (`“甲”“乙”等称号`).
const ETC: char = '等';
/// The adverbial particle: a quote right before it is a manner word (`“悄悄”地`).
const ADVERBIAL: &str = "地";
/// Words a place may take between a place preposition and a verb of building (`在某岛建设`).
const MAX_PLACE_WORDS: usize = 2;
/// Shortest distinctive modifier of an unquoted title, in chars (`遗体捐献`条例).
const MIN_TITLE_MODIFIER_CHARS: usize = 4;
/// Shortest distinctive modifier of an unquoted law (`疫苗`管理法).
const MIN_LAW_MODIFIER_CHARS: usize = 2;
/// A law's category, and the last character of a quoted law's name (`「健保法」`).
const LAW: &str = "法";
/// The work on a title, written between it and the head of the event it is the theme of
/// (`…专项整治工作推进会`).
const THEME_WORK: &str = "工作";
/// The scope word that opens a national designation's name (`国家…目录`).
const NATIONAL: &str = "国家";
/// `全国`: like `国家`, it opens a national title (`全国某某示范项目`).
const NATIONWIDE: &str = "全国";
/// Shortest compound head (`行动计划`, `示范项目`) that lets a national title name itself with
/// a short stem.
const MIN_COMPOUND_HEAD_CHARS: usize = 4;
/// The last character of a ratio (`护病比`), whose standard is named unquoted.
const RATIO: char = '比';
/// The head of a national strategy (`…国家战略`).
const STRATEGY: &str = "战略";
/// The classifier of a counted policy formula (`两个允许`).
const COUNTED_FORMULA_CLASSIFIER: char = '个';
/// Longest quoted law name read without a head after it, in chars.
const MAX_QUOTED_LAW_CHARS: usize = 16;
/// Longest stem before a metaphor word that is also a head (`“健康中国方案”` is praise).
const MAX_METAPHOR_STEM_CHARS: usize = 4;
/// A headless quote longer than this (in chars) is a slogan, not a name.
const MAX_HEADLESS_CHARS: usize = 6;
/// Most quotes joined before the goal they name (`“A”和“B”的目标`).
const MAX_GOAL_QUOTES: usize = 4;
/// The two steps of an ordered formula (`先诊疗后付费`): `先` first, `后` then, each step at
/// most this many characters.
const FIRST_STEP: char = '先';
const THEN_STEP: char = '后';
const MAX_STEP_CHARS: usize = 4;
/// How far back (in tokens) the members of an `A、B、C等` list are looked for.
const MAX_LIST_TOKENS: usize = 60;
/// How far back (in tokens) a governing verb is looked for.
const MAX_CLAUSE_TOKENS: usize = 40;
/// Shortest name (in chars) looked for again in bare mentions (`长照3.0`, `健康小屋`).
const MIN_REPEAT_CHARS: usize = 4;
/// Most names of one article looked for again (keeps that search linear in the text).
const MAX_REPEAT_NAMES: usize = 32;
/// Most bare repeats added to one article.
const MAX_REPEAT_MENTIONS: usize = 256;
/// A quote longer than this (in chars) is speech, whatever follows it.
const MAX_QUOTE_CHARS: usize = 40;

/// The Chinese numerals of a count (`十四`, `两百`, `三千万`).
const CN_COUNT: &str = "一二三四五六七八九十两百千万";
/// Numerals of an unstated count (`多个项目`, `几家医院`, `若干项目`): with a measure word
/// (no unit of money: `多元`) they count things as a number does.
const APPROX_COUNTS: [&str; 4] = ["多", "几", "数", "若干"];

/// How far before a title a count that counts it is looked for (bytes).
const COUNT_WINDOW_BYTES: usize = 24;

/// Built once; holds this extractor's lexicons and patterns.
#[derive(Debug)]
pub struct ProgramExtractor {
    /// Heads trusted anywhere.
    title_heads: WordSet,
    /// Heads trusted after a quoted name or a formula (includes `title_heads`).
    quoted_heads: WordSet,
    /// Heads trusted as the last word inside `《》` (includes `title_heads`).
    document_heads: WordSet,
    /// Heads trusted right after `《…》` (`《健康直通车》栏目`).
    book_after_heads: WordSet,
    event_heads: WordSet,
    verbs: WordSet,
    stops: WordSet,
    links: WordSet,
    generic: WordSet,
    deictic: WordSet,
    demonstrative: WordSet,
    /// `重点`, `核心`: `以…为重点的` before a title describes it.
    focus: WordSet,
    links_after_quote: WordSet,
    metaphor: WordSet,
    followers: WordSet,
    blockers: WordSet,
    /// Nouns right after an unquoted title's head that make it the theme of an event's name: a
    /// meeting, ceremony or activity (`…运动主场活动`).
    taken_over: WordSet,
    determiners: WordSet,
    copulas: WordSet,
    /// Verbs of designating, which end a head phrase after a quote or title (`定为`).
    designating: WordSet,
    verb_use: WordSet,
    governing: WordSet,
    concepts: WordSet,
    /// `保险制度`, `医保` (`[insurance]`): a headless quote ending in one names a scheme by
    /// its type (`“大病保险制度”`), generic (FACTS.md §programs).
    insurance: WordSet,
    /// `目标`: after `的`, the goal a quoted slogan names (`“大病不进城”的目标`).
    goals: WordSet,
    scope: WordSet,
    /// `组织`: after a scope word, a verb that is part of the name (`国家组织…集中带量采购`).
    scoped_verbs: WordSet,
    after_head: WordSet,
    measures: WordSet,
    unlisted: WordSet,
    single_verbs: WordSet,
    /// `正`, `已`: an adverb of aspect makes the verb after it a clause's (`正检讨…计划`).
    aspect: WordSet,
    /// `建设`, `打造`: after a place and before a longer name, they govern it.
    place_verbs: WordSet,
    place_prepositions: WordSet,
    levels: WordSet,
    /// `表彰`, `任免`: a book title holding one is a commendation or a personnel decision.
    commendations: Vec<String>,
    /// `召开`, `举办`: a book title's 关于-clause opening with one is an event's notice.
    event_notices: WordSet,
    /// `这是`, `我们`: a quote opening with one is speech (`“这是一场…的改革”`).
    speech_openers: WordSet,
    /// `主题为`, `口号是`: a quote right after one is a theme or a slogan.
    theme_openers: WordSet,
    /// `券`: a modifier ending in a voucher names a scheme with a short stem (`医疗券计划`).
    vouchers: WordSet,
    /// `左右`, `东西`: opposite positions pairing in a formula (`“东数西算”`).
    paired_positions: WordSet,
    /// Heads of laws (`管理法`): a law's name may be short (`疫苗管理法`).
    laws: WordSet,
    /// Law heads that are a law's whole name in a book title (`《医师法》`).
    laws_alone: WordSet,
    /// Words ending in `法` that name a way or an act, not a law (`做法`, `疗法`, `依法`).
    not_laws: WordSet,
    /// `诊疗`, `收费`: a 项目 after them is an item of a list.
    items: WordSet,
    /// Groups of people a 项目 is assigned to (`专家组`, `工作组`): `…专家组项目` names none.
    teams: WordSet,
    /// Words that make a plan one patient's (`用药方案`, `康复训练计划`).
    care: CarePlanWords,
    /// `市`, `区`: a level with no place, dropped from the front of a title.
    admin_levels: WordSet,
    shared: WordSet,
    not_after_formula: WordSet,
    construction: Vec<String>,
    not_radius: Vec<String>,
    construction_heads: WordSet,
    /// A 项目/工程 right after one of these is a building's (`新急症医院工程`).
    buildings: WordSet,
    /// The one decision over every generator's candidates.
    decision: Decision,
    /// The shapes a program name is checked against.
    shapes: Shapes,
    /// `要求`: heads naming a program only written right after the quote (`“两个允许”要求`).
    direct_heads: WordSet,
    /// `提供`, `扩大`: verbs of a clause; a name stops at one and never holds one.
    clause_verbs: WordSet,
    /// Heads naming a plan unquoted only after a plan period (`十四五规划`).
    period_heads: WordSet,
    /// Heads naming a policy unquoted only after a count of children (`三孩生育政策`).
    counted_heads: WordSet,
    /// Heads naming a designation unquoted only when `国家` opens the name (`国家…目录`).
    national_heads: WordSet,
    /// Heads naming an index unquoted only after `健康` + a place (`健康某城指数`).
    health_place_heads: WordSet,
    /// Heads naming a standard unquoted only after a staffing ratio (`护病比标准`).
    ratio_heads: WordSet,
    /// Heads naming an activity unquoted only after a campaign's journey word (`…基层行活动`).
    described_heads: WordSet,
    /// What a quote names by the words around it (a month's campaign, a designation).
    quote_kinds: QuoteKinds,
    /// Broadcast and print forms after a name (`栏目`, `节目`, `频道`): a medium, no program.
    publications: WordSet,
    /// `频道`: a publication form that ends a platform's own name (`《某市健康频道》`).
    platform_forms: WordSet,
    journeys: WordSet,
    /// The organization types of `org_suffixes.txt` of two or more characters (`联盟`,
    /// `医院`): a headless quote ending in one names an organization or a kind of one.
    org_types: WordSet,
    /// Heads naming a campaign unquoted only with no word of exercise in it (`爱国卫生运动`,
    /// not `中等强度运动`), and those words.
    exercised_heads: WordSet,
    exercise: WordSet,
    kinds: KindWords,
    parts: PartWords,
    place: PlaceWords,
    /// A service hotline named by its number (`12320卫生热线`): digits, a few Han words,
    /// a head of `[hotline]`; group 1 is the name, group 2 the head.
    hotline: Regex,
}

/// Words that show a quote to be a part of a whole, an indicator or a facet, not a name.
#[derive(Debug)]
struct PartWords {
    /// `人数`, `比例`: a quote ending in one names an indicator.
    metrics: WordSet,
    /// `重点`, `方面`: generic nouns a counted formula counts in speech (`“三个重点”`), or an
    /// assessment scores (`“…”三大面向`).
    counted_generic: WordSet,
    /// `占`: before a number, a quote's share of a whole (`“…”占20%`).
    shares: WordSet,
    /// `春季`, `秋冬季` after a year: the rest of the date, cut off with it.
    seasons: WordSet,
}

impl PartWords {
    fn new() -> Self {
        PartWords {
            metrics: PROGRAM_CONTEXT.word_set("metrics"),
            counted_generic: PROGRAM_CONTEXT.word_set("counted_generic"),
            shares: PROGRAM_CONTEXT.word_set("shares"),
            seasons: PROGRAM_CONTEXT.word_set("seasons"),
        }
    }
}

/// Words of a campaign named by a place (`健康上海`, `美丽中国`).
#[derive(Debug)]
struct PlaceWords {
    /// `健康`, `美丽`: + a place, a campaign or a national strategy (`健康中国`, `美丽中国`).
    campaigns: WordSet,
    /// Places the segmenter does not tag as places (`雄安`).
    places: WordSet,
    /// `城镇`, `社区`: words after `健康` that name no place.
    not_places: WordSet,
    /// `区`, `市`: split off a place by the segmenter (`大湾`/`区`), still part of it.
    suffixes: WordSet,
    /// `规划纲要`, `行动`: after the place and the year it aims at, the campaign's own plan
    /// (`健康某城2030规划纲要`).
    target_year_heads: WordSet,
}

impl PlaceWords {
    fn new() -> Self {
        PlaceWords {
            campaigns: PROGRAM_CONTEXT.word_set("place_campaigns"),
            places: PROGRAM_CONTEXT.word_set("places"),
            not_places: PROGRAM_CONTEXT.word_set("not_places"),
            suffixes: PROGRAM_CONTEXT.word_set("place_suffixes"),
            target_year_heads: PROGRAM_HEADS.word_set("target_year"),
        }
    }
}

/// Words that show a candidate to be a kind of thing rather than a name.
#[derive(Debug)]
struct KindWords {
    /// `采取` (`[kind_verbs]`): a title right after it is an action of a kind.
    kind_verbs: WordSet,
    /// `今年`, `明年` (relative_years.txt): a date word, which ends a name on its left.
    relative_years: WordSet,
    /// Part-of-speech tags of function words (prepositions, conjunctions, pronouns,
    /// localizers: `[function_tags]`), which end an unquoted name on its left.
    function_tags: WordSet,
    /// `按`, `依` (`[glued_prepositions]`): glued to a head in one token (`按计划`), an idiom
    /// of manner.
    glued_prepositions: WordSet,
    /// `计划` (`[verb_heads]`): a head word that is a verb of intent before a date.
    verb_heads: WordSet,
    /// `业主`, `开发商` (`[property]`): words of selling homes; a title in their sentence is a
    /// property development.
    property: WordSet,
    /// `项目`, `工程` (`[property_heads]`): heads a property development is named by.
    property_heads: WordSet,
    /// `犯罪`, `诈骗` (`[offences]`): words of crime; a head holding one names an offence.
    offences: WordSet,
    /// `两`, `三` (`[counted_things]`): a count standing alone before the things a 项目/工程
    /// is counted over (`两卫生院项目`): the projects of that many things, no name.
    counts: WordSet,
    /// `工程` (`[works_projects]`): a 项目 right after it is that works' project; the name
    /// ends at it.
    works_projects: WordSet,
}

impl KindWords {
    fn new() -> Self {
        KindWords {
            kind_verbs: PROGRAM_CONTEXT.word_set("kind_verbs"),
            counts: PROGRAM_CONTEXT.word_set("counted_things"),
            relative_years: WordSet::from_words(RELATIVE_YEARS.words()),
            function_tags: PROGRAM_CONTEXT.word_set("function_tags"),
            glued_prepositions: PROGRAM_CONTEXT.word_set("glued_prepositions"),
            verb_heads: PROGRAM_CONTEXT.word_set("verb_heads"),
            property: PROGRAM_CONTEXT.word_set("property"),
            property_heads: PROGRAM_CONTEXT.word_set("property_heads"),
            offences: PROGRAM_CONTEXT.word_set("offences"),
            works_projects: PROGRAM_CONTEXT.word_set("works_projects"),
        }
    }
}

/// The words that make a plan one patient's or one person's, built once.
#[derive(Debug)]
struct CarePlanWords {
    /// `治疗`, `用药` (`[care_plans]`): a 方案 right after one is a patient's plan of care.
    care_plans: WordSet,
    /// `方案`, `计划` (`[care_plan_heads]`): the heads of one person's plan.
    heads: WordSet,
    /// `个性化`, `个人` (`[personal_openers]`): a plan opening with one is one person's.
    personal_openers: WordSet,
    /// `训练`, `饮食` (`[training_plans]`): a plan ending in one is one person's training or diet.
    training_plans: WordSet,
}

impl CarePlanWords {
    fn new() -> Self {
        CarePlanWords {
            care_plans: PROGRAM_CONTEXT.word_set("care_plans"),
            heads: PROGRAM_CONTEXT.word_set("care_plan_heads"),
            personal_openers: PROGRAM_CONTEXT.word_set("personal_openers"),
            training_plans: PROGRAM_CONTEXT.word_set("training_plans"),
        }
    }
}

/// The regular shapes of the programs extractor, built once with it.
#[derive(Debug)]
struct Shapes {
    /// A formula written without quotes: `N+1+X`, `4+X`.
    formula: Regex,
    /// A count word in front of a head: `五大`, `三维`, `3`.
    count_word: Regex,
    /// A count opening a category (`三`, `五大`, `两个`): a figure, not part of the category.
    count_prefix: Regex,
    /// A five-year-plan period (`十四五`): a date, a program only with `规划` after it.
    period: Regex,
    /// A count of years inside a plan's title (`…工程三年行动计划`): the title goes on.
    title_years: Regex,
    /// A count of children, perhaps with a two-letter scope (`三孩`, `全面两孩`): a
    /// policy's name before a head of `[counted]`.
    child_count: Regex,
    /// `一项`, `此项`: a count or demonstrative with its measure word right before a
    /// headless quote makes it a description (`是一项“民生工程”`).
    described: Regex,
    /// `“一项惠及万家的民生工程”`: a quote opening with a count or demonstrative and its
    /// measure word and holding `的` describes something; it names nothing.
    described_inside: Regex,
    /// A count of kinds (`三大类`, `5类`): what follows is a kind of item, not a name.
    counted_kind: Regex,
    /// A leading count with its measure word (`100个`, `一批`, `第三轮`): not part of a name.
    leading_count: Regex,
    /// An ordinal period opening a plan's name (`第2个10年`, `第三个五年`): kept, not a count.
    ordinal_period: Regex,
    /// A batch or round of designations opening a name (`首批`, `第二批`, `第三轮`).
    batch: Regex,
    /// A cardinal count with its measure word, or `一系列`, ending the text before a title (`14项`; an
    /// ordinal `第3项` is no count, and a count after a batch, `第一批7个…试点`, counts
    /// designations).
    count_before: Regex,
    /// An edition counted right before a quote (`第36个`, `第三次`): an observance's.
    edition_before: Regex,
    /// A cardinal count with its measure word right after a title (`项目28个`; not a span of
    /// time, `两个月`).
    count_after: Regex,
    /// A version number right after a name (`长照十年计划2.0`): part of the name.
    version: Regex,
    /// A quoted brand with a version number (`长照3.0`).
    versioned_name: Regex,
    /// A service radius: a travel time and a `圈` (`15分钟健康服务圈`, `半小时急救圈`).
    radius: Regex,
    /// Text ending in a calendar year, fiscal year, month or day (`2024年`, `25年度`,
    /// `10月`): a date, which a name never contains.
    date_end: Regex,
    /// A year or fiscal year opening a name (`2025年度`, `2024/25年度`): a date, cut off.
    date_prefix: Regex,
}

impl Shapes {
    fn new() -> Self {
        // A count in digits or Chinese numerals.
        let count = format!("(?:[0-9]+|[{CN_COUNT}]+)");
        Shapes {
            formula: re(r"[0-9A-Za-z]+(?:[+＋][0-9A-Za-z]+)+\+?"),
            count_word: re(r"^(?:[0-9]+|[一二三四五六七八九十两双百千]+)[大维类项条个种]?$"),
            count_prefix: re(r"^(?:[0-9]+|[二三四五六七八九十两双百千][一二三四五六七八九十两百千]*)[大维类项条个种]?"),
            period: re(r"^十[一二三四五六七八九]?五$"),
            title_years: re(r"^(?:[一二三四五六七八九十两]|[0-9]{1,2})年$"),
            child_count: re(r"^\p{Han}{0,2}[一二两三四0-9][孩胎]$"),
            described: re(r"(?:[一这此该那每])(?:项|个|种|类|场|次)$"),
            described_inside: re(r"^(?:[一这此该那每])(?:项|个|种|类|场|次)\p{Han}*的"),
            counted_kind: re(r"^(?:[0-9]+|[一二三四五六七八九十两百千]+)大?类$"),
            leading_count: re(&format!(r"^(?:第?{count}(?:个|项|家|批|轮|类|大|种|条|所)|首批|新一批)")),
            ordinal_period: re(r"^第(?:[0-9]+|[一二三四五六七八九十两]+)个(?:[0-9]+|[一二三四五六七八九十两]+)年"),
            batch: re(r"^(?:首批|新一批|第?(?:[0-9]+|[一二三四五六七八九十两]+)[批轮])"),
            count_before: re(&format!(
                r"(?:一系列|(?:多|几|数|若干)[个项类种条]|(?:^|[^第批轮0-9{CN_COUNT}]){count}[个项类种条])$"
            )),
            edition_before: re(&format!(r"第(?:[0-9]+|[{CN_COUNT}零〇]+)[个次届]$")),
            count_after: re(&format!(r"^{count}[个项](?:[^月小星工年]|$)")),
            version: re(r"^[0-9]+(?:\.[0-9]+)+"),
            versioned_name: re(r"^\p{Han}{2,}[0-9]+(?:\.[0-9]+)+$"),
            radius: re(r"(?:[0-9]+|[一二三四五六七八九十两半]+)(?:分钟|小时|刻钟)\p{Han}{0,8}?圈"),
            date_end: re(r"(?:[0-9]{3,4}年度?|[0-9]{2,4}年度|[0-9]{1,2}月份?|[0-9]{1,2}[日号])$"),
            date_prefix: re(
                r"^(?:[0-9]{2,4}(?:[/／-][0-9]{2,4})?年度|[0-9]{3,4}年|[/／-][0-9]{2,4}年度|[〇○零一二三四五六七八九]{2,4}年度)",
            ),
        }
    }
}

impl Default for ProgramExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a name's head noun phrase lies after a quote or formula.
#[derive(Debug, Clone, Copy)]
struct HeadPhrase {
    /// The category text (count words excluded).
    category: Span,
    /// End of the head noun (end of the mention).
    end: usize,
}

/// What follows a quoted name.
#[derive(Debug, Clone, Copy)]
enum After {
    Head(HeadPhrase),
    /// A meeting's head: the quote is the meeting's theme, not a program.
    Event,
    Nothing,
}

/// A group of adjacent quotes and the index in the output of the program it names, if any.
struct QuoteGroup {
    group: Vec<Quoted>,
    program: Option<usize>,
}

/// The facts a program may not overlap.
struct Taken {
    /// Institution and person mentions: a name never runs into them.
    entities: SpanIndex,
    /// Programs that were in `facts` before this extractor ran.
    earlier: SpanIndex,
    /// Calendar dates (not plan periods such as `十四五`, which name their plan): a name
    /// never runs across one.
    dates: SpanIndex,
    /// Programs found in the current sentence (spans of other sentences cannot overlap).
    programs: Vec<Span>,
}

impl Taken {
    fn date_at(&self, span: Span) -> bool {
        self.dates.overlaps(span)
    }
    fn entity_at(&self, span: Span) -> bool {
        self.entities.overlaps(span)
    }
    fn entity_holds(&self, span: Span) -> bool {
        self.entities.contains_span(span)
    }
    /// True when `span` holds no program, entity or quote already taken.
    fn free(&self, span: Span, quotes: &[Span]) -> bool {
        !self.program_at(span) && !self.entity_at(span) && !quotes.iter().any(|q| q.overlaps(span))
    }

    fn program_at(&self, span: Span) -> bool {
        self.earlier.overlaps(span) || self.programs.iter().any(|p| p.overlaps(span))
    }
}

/// A pattern of the extractor (written here, so a failure is a bug caught by any test).
/// Law heads that are a law's whole name in a book title (`《医师法》`: column `alone`).
fn laws_alone() -> WordSet {
    WordSet::from_words(PROGRAM_HEADS.section("law").iter().filter(|r| r.field(1) == Some("alone")).map(|r| r.word()))
}

/// The heads of meetings, launches and observances.
fn event_head_words() -> WordSet {
    EVENT_HEADS
        .word_set("heads")
        .union(&EVENT_HEADS.word_set("launch"))
        .union(&EVENT_HEADS.word_set("observance_heads"))
}

/// `[taken_over]` with the heads of meetings, ceremonies, launches and observances.
fn taken_over_words() -> WordSet {
    ["heads", "ceremony", "launch", "observance_heads"]
        .iter()
        .fold(PROGRAM_CONTEXT.word_set("taken_over"), |set, k| set.union(&EVENT_HEADS.word_set(k)))
}

/// Organization types of two letters or more, and the wards of `[facilities]`.
fn org_type_words() -> WordSet {
    WordSet::from_words(ORG_SUFFIXES.words().filter(|w| w.chars().count() >= 2))
        .union(&PROGRAM_CONTEXT.word_set("facilities"))
}

/// Heads trusted anywhere: `[title]`, laws, the national designations, the indices of a
/// health campaign and the standards of a ratio (all three guarded later).
fn title_head_words(laws: &WordSet) -> WordSet {
    PROGRAM_HEADS
        .word_set("title")
        .union(laws)
        .union(&PROGRAM_HEADS.word_set("national"))
        .union(&PROGRAM_HEADS.word_set("health_place"))
        .union(&PROGRAM_HEADS.word_set("ratio"))
}

/// A service hotline named by its number: digits, a few Han words, a head of `[hotline]`.
fn hotline_pattern() -> Regex {
    re(&format!(
        r"(?:^|[^0-9\-－—])([0-9]{{3,6}}\p{{Han}}{{0,8}}?({}))",
        PROGRAM_HEADS.section("hotline").iter().map(|r| regex::escape(r.word())).collect::<Vec<_>>().join("|")
    ))
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// Words that tell what a quote names from what follows it (FACTS.md §4, web calls).
#[derive(Debug)]
struct QuoteKinds {
    /// Observances named by themselves (`爱国卫生月`; events' `[observances]`): a quoted one
    /// before `活动` stays an observance, no month's campaign.
    listed_observances: WordSet,
    /// Activity heads after `“…”的` (`活动`, `行动`): the quote says what is done.
    activities_after_de: WordSet,
    /// Honorary designations after quoted examples and `等` (`称号`).
    designations: WordSet,
    /// `日`, `周`, `节`, `月`: the last character of an observance's name.
    observance_ends: WordSet,
    /// `精神` after a quote (`“三个不怕”抗疫精神`): the quote is a motto, no program.
    spirits: WordSet,
}

impl QuoteKinds {
    fn new() -> Self {
        QuoteKinds {
            listed_observances: EVENT_HEADS.word_set("observances"),
            activities_after_de: PROGRAM_HEADS.word_set("activity_after_de"),
            designations: PROGRAM_HEADS.word_set("designation"),
            observance_ends: PROGRAM_CONTEXT.word_set("observance_ends"),
            spirits: PROGRAM_HEADS.word_set("spirit"),
        }
    }
}

/// The head sets built from one another: law heads, the heads that end a title (laws
/// among them), and those after a quote or a document's name (title heads among them).
struct HeadSets {
    laws: WordSet,
    title_heads: WordSet,
    quoted_heads: WordSet,
    document_heads: WordSet,
}

impl HeadSets {
    fn new() -> Self {
        let laws = PROGRAM_HEADS.word_set("law");
        let title_heads = title_head_words(&laws);
        let quoted_heads = PROGRAM_HEADS.word_set("quoted").union(&title_heads);
        let document_heads = PROGRAM_HEADS.word_set("document").union(&title_heads);
        HeadSets { laws, title_heads, quoted_heads, document_heads }
    }
}

impl ProgramExtractor {
    pub fn new() -> Self {
        let HeadSets { laws, title_heads, quoted_heads, document_heads } = HeadSets::new();
        ProgramExtractor {
            book_after_heads: quoted_heads.union(&document_heads),
            quoted_heads,
            document_heads,
            title_heads,
            event_heads: event_head_words(),
            verbs: PROGRAM_CONTEXT.word_set("verbs").union(&PROGRAM_CONTEXT.word_set("clause_verbs")),
            stops: PROGRAM_CONTEXT.word_set("stops"),
            links: PROGRAM_CONTEXT.word_set("links"),
            generic: PROGRAM_CONTEXT.word_set("generic"),
            deictic: PROGRAM_CONTEXT.word_set("deictic"),
            demonstrative: PROGRAM_CONTEXT.word_set("demonstrative"),
            focus: PROGRAM_CONTEXT.word_set("focus"),
            links_after_quote: PROGRAM_CONTEXT.word_set("links_after_quote"),
            metaphor: PROGRAM_CONTEXT.word_set("metaphor"),
            followers: PROGRAM_CONTEXT.word_set("followers"),
            blockers: PROGRAM_CONTEXT.word_set("blockers"),
            taken_over: taken_over_words(),
            determiners: PROGRAM_CONTEXT.word_set("determiners"),
            copulas: PROGRAM_CONTEXT.word_set("copulas"),
            designating: PROGRAM_CONTEXT.word_set("designating"),
            verb_use: PROGRAM_CONTEXT.word_set("verb_use"),
            governing: PROGRAM_CONTEXT.word_set("governing"),
            concepts: PROGRAM_CONTEXT.word_set("concepts"),
            insurance: PROGRAM_CONTEXT.word_set("insurance"),
            goals: PROGRAM_CONTEXT.word_set("goals"),
            scope: PROGRAM_CONTEXT.word_set("scope"),
            scoped_verbs: PROGRAM_CONTEXT.word_set("scoped_verbs"),
            after_head: PROGRAM_CONTEXT.word_set("after_head"),
            measures: PROGRAM_CONTEXT.word_set("measures"),
            unlisted: PROGRAM_CONTEXT.word_set("unlisted"),
            single_verbs: PROGRAM_CONTEXT.word_set("single_verbs"),
            aspect: PROGRAM_CONTEXT.word_set("aspect"),
            place_verbs: PROGRAM_CONTEXT.word_set("place_verbs"),
            place_prepositions: PROGRAM_CONTEXT.word_set("place_prepositions"),
            shared: PROGRAM_CONTEXT.word_set("list_shared"),
            levels: PROGRAM_CONTEXT.word_set("levels"),
            paired_positions: PROGRAM_CONTEXT.word_set("paired_positions"),
            vouchers: PROGRAM_CONTEXT.word_set("vouchers"),
            commendations: PROGRAM_CONTEXT.word_set("commendations").sorted(),
            event_notices: PROGRAM_CONTEXT.word_set("event_notices"),
            speech_openers: PROGRAM_CONTEXT.word_set("speech_openers"),
            theme_openers: PROGRAM_CONTEXT.word_set("theme_openers"),
            admin_levels: PROGRAM_CONTEXT.word_set("admin_levels"),
            items: PROGRAM_CONTEXT.word_set("items"),
            teams: PROGRAM_CONTEXT.word_set("teams"),
            care: CarePlanWords::new(),
            laws,
            laws_alone: laws_alone(),
            not_after_formula: PROGRAM_CONTEXT.word_set("not_after_formula"),
            construction: PROGRAM_CONTEXT.word_set("construction").sorted(),
            not_radius: PROGRAM_CONTEXT.word_set("not_radius").sorted(),
            construction_heads: PROGRAM_CONTEXT.word_set("construction_heads"),
            buildings: PROGRAM_CONTEXT.word_set("buildings"),
            period_heads: PROGRAM_HEADS.word_set("period"),
            counted_heads: PROGRAM_HEADS.word_set("counted"),
            national_heads: PROGRAM_HEADS.word_set("national"),
            health_place_heads: PROGRAM_HEADS.word_set("health_place"),
            ratio_heads: PROGRAM_HEADS.word_set("ratio"),
            described_heads: PROGRAM_HEADS.word_set("described"),
            quote_kinds: QuoteKinds::new(),
            publications: PROGRAM_HEADS.word_set("publications"),
            platform_forms: PROGRAM_HEADS.word_set("platform_forms"),
            journeys: PROGRAM_HEADS.word_set("journey"),
            org_types: org_type_words(),
            not_laws: PROGRAM_CONTEXT.word_set("not_laws"),
            exercised_heads: PROGRAM_HEADS.word_set("exercised"),
            exercise: PROGRAM_CONTEXT.word_set("exercise"),
            kinds: KindWords::new(),
            parts: PartWords::new(),
            place: PlaceWords::new(),
            decision: Decision::new(),
            shapes: Shapes::new(),
            clause_verbs: PROGRAM_CONTEXT.word_set("clause_verbs"),
            direct_heads: PROGRAM_HEADS.word_set("direct"),
            hotline: hotline_pattern(),
        }
    }

    /// Finds the programs of `doc` and pushes them to `facts.programs`.
    pub fn extract(&self, doc: &Doc<'_>, facts: &mut Facts) {
        let entities = facts
            .institutions
            .iter()
            .flat_map(|i| i.mentions.iter().copied())
            .chain(facts.people.iter().flat_map(|p| p.mentions.iter().copied()))
            .collect();
        let mut taken = Taken {
            entities: SpanIndex::new(entities),
            earlier: SpanIndex::new(facts.programs.iter().map(|p| p.mention).collect()),
            dates: SpanIndex::new(
                facts.dates.iter().filter(|d| d.kind != DateKind::Period).map(|d| d.mention).collect(),
            ),
            programs: Vec::new(),
        };
        let mut found = Vec::new();
        for sentence in doc.sentences() {
            taken.programs.clear();
            let start = found.len();
            self.sentence_programs(doc.text, &sentence, &mut taken, &mut found);
            found[start..].sort_by_key(|p: &Program<Span>| p.mention.start);
        }
        self.repeated_mentions(doc, &taken, &mut found);
        drop_declared_short_forms(doc.text, &mut found);
        facts.programs.extend(found);
    }

    /// The names of `found` looked for again (distinctive, literal in their first mention,
    /// no observance).
    fn repeatable_names<'f>(&self, doc: &Doc<'_>, found: &'f [Program<Span>]) -> Vec<&'f str> {
        let mut names: Vec<&str> = Vec::new();
        for p in found {
            let name = p.name.as_str();
            let literal = doc.text.get(p.mention.range()).is_some_and(|m| m.contains(name));
            // `“…提升年”行动` names the campaign; the year written bare is the observance.
            let observance = self.is_observance(name);
            if literal
                && !observance
                && name.chars().count() >= MIN_REPEAT_CHARS
                && is_plain_name(name)
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
        names
    }

    /// `衛福部将推动「长照3.0」…长照3.0明年上路`: a distinctive name found once (quoted, or
    /// by its shape) is a program wherever else the article writes it bare. Only names of
    /// [`MIN_REPEAT_CHARS`]+ name characters that occur literally in their first mention.
    fn repeated_mentions(&self, doc: &Doc<'_>, taken: &Taken, found: &mut Vec<Program<Span>>) {
        let mut names = self.repeatable_names(doc, found);
        // Longest first, so that a longer name takes its place before a name inside it; a
        // bounded number keeps the search linear in the text.
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.truncate(MAX_REPEAT_NAMES);
        let names: Vec<String> = names.into_iter().map(String::from).collect();
        let spans = SpanIndex::new(found.iter().map(|p| p.mention).collect());
        let mut added: Vec<Program<Span>> = Vec::new();
        // One left-to-right pass per sentence: names by their first character, longest first.
        // (A sorted list: a binary search over a few dozen chars beats hashing every char.)
        let mut by_first: Vec<(char, usize)> =
            names.iter().enumerate().filter_map(|(k, n)| n.chars().next().map(|c| (c, k))).collect();
        by_first.sort_by_key(|&(c, k)| (c, std::cmp::Reverse(names[k].len())));
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || "+＋.".contains(c));
        // Text only: the sentences' tokens are not needed.
        'sentences: for &sentence in doc.sentence_spans() {
            let text = sentence.slice(doc.text);
            let mut next_free = 0;
            for (i, c) in text.char_indices() {
                if i < next_free {
                    continue;
                }
                let from = by_first.partition_point(|&(f, _)| f < c);
                for &(_, k) in by_first[from..].iter().take_while(|&&(f, _)| f == c) {
                    let name = &names[k];
                    if !text[i..].starts_with(name.as_str()) {
                        continue;
                    }
                    let end = i + name.len();
                    // `长照3.05`, `A+B+C` around `A+B`: part of a longer token.
                    if glued(text[..i].chars().next_back()) || glued(text[end..].chars().next()) {
                        continue;
                    }
                    let span = Span::new(sentence.start + i, sentence.start + end);
                    if spans.overlaps(span) || taken.earlier.overlaps(span) || taken.entity_at(span) {
                        continue;
                    }
                    if self.taken_over.longest_prefix(&text[end..]).is_some() {
                        continue; // `…运动主场活动`: an event's theme
                    }
                    if added.len() >= MAX_REPEAT_MENTIONS {
                        break 'sentences; // a page of nothing but one name: enough of it
                    }
                    added.push(Program { name: name.clone(), category: None, mention: span });
                    next_free = end;
                    break;
                }
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|p| p.mention.start);
        }
    }

    fn sentence_programs(&self, text: &str, s: &Sentence<'_>, taken: &mut Taken, out: &mut Vec<Program<Span>>) {
        let first = out.len();
        let tokens = &s.tokens;
        let quoted = quotes::find(s.text, s.span.start);
        // Quote groups first: they are the surest names, and they bound the titles.
        let mut listed: Vec<QuoteGroup> = Vec::new();
        let mut i = 0;
        while i < quoted.len() {
            let mut group = vec![quoted[i]];
            let mut j = i + 1;
            while j < quoted.len()
                && quoted[j].mark == Mark::Quote
                && quoted[i].mark == Mark::Quote
                && quoted[j].outer.start == group.last().map_or(0, |q| q.outer.end)
            {
                group.push(quoted[j]);
                j += 1;
            }
            // Skip pairs nested inside the group (they belong to it).
            let group_end = group.last().map_or(0, |q| q.outer.end);
            while j < quoted.len() && quoted[j].outer.end <= group_end {
                j += 1;
            }
            let before = out.len();
            let programs: Vec<Program<Span>> = match quoted[i].mark {
                Mark::Quote => match self.quoted_program(text, tokens, &group, s.span, taken) {
                    Some(p) => vec![p],
                    // `“15分钟医保服务圈”“10分钟健康服务圈”`: neighbours without a shared
                    // head, each a name by its own shape.
                    None if group.len() > 1 => group
                        .iter()
                        .filter(|q| self.named_by_shape(tokens, q.inner, q.inner.slice(text).trim()))
                        .filter_map(|q| self.quoted_program(text, tokens, std::slice::from_ref(q), s.span, taken))
                        .collect(),
                    None => Vec::new(),
                },
                Mark::Book => self.book_program(text, tokens, quoted[i], taken).into_iter().collect(),
            };
            let source = if quoted[i].mark == Mark::Quote { Source::Quote } else { Source::Book };
            let mut program = None;
            for p in programs {
                let first = p.mention.start == group[0].outer.start && out.len() == before;
                let at = out.len();
                if self.admit(text, tokens, p, source, taken, out) && first {
                    program = Some(at);
                }
            }
            if quoted[i].mark == Mark::Quote {
                listed.push(QuoteGroup { group: group.clone(), program });
            }
            // A rejected quote may contain a program (speech naming a plan): look inside.
            let nested_next = quoted.get(i + 1).is_some_and(|q| quoted[i].outer.contains(q.outer));
            if nested_next && out.last().map_or(true, |p| !p.mention.overlaps(quoted[i].outer)) {
                j = i + 1;
            }
            i = j;
        }
        self.listed_quotes(text, tokens, &mut listed, taken, out);
        let quote_spans = name_quote_spans(text, &quoted);
        self.formula_programs(text, s, &quote_spans, taken, out);
        self.word_formula_programs(text, tokens, &quote_spans, taken, out);
        self.title_programs(text, tokens, &quote_spans, taken, out);
        self.campaign_programs(text, tokens, &quote_spans, taken, out);
        self.version_programs(text, tokens, s.span, &quote_spans, taken, out);
        self.radius_programs(text, s, &quote_spans, taken, out);
        for p in self.hotlines(text, s) {
            if taken.free(p.mention, &quote_spans) {
                self.admit(text, tokens, p, Source::Hotline, taken, out);
            }
        }
        self.join_owned_plans(text, out, first);
    }

    /// `健康某城“十四五”规划`: a headless name written right before a plan period's plan owns
    /// that plan: one program, named by the whole mention without its marks (programs from
    /// index `from` on, one sentence's).
    fn join_owned_plans(&self, text: &str, out: &mut Vec<Program<Span>>, from: usize) {
        let mut i = from;
        while i < out.len() {
            let owner = out[i].mention;
            let plan = (from..out.len()).find(|&j| {
                let p = &out[j];
                p.mention.start == owner.end
                    && out[i].category.is_none()
                    && p.category.as_deref().is_some_and(|c| self.period_heads.contains(c))
                    && self
                        .shapes
                        .period
                        .is_match(p.name.strip_suffix(p.category.as_deref().unwrap_or("")).unwrap_or(&p.name))
            });
            if let Some(j) = plan {
                let mention = Span::new(owner.start, out[j].mention.end);
                let name = mention.slice(text).chars().filter(|&c| !quotes::is_mark(c)).collect();
                out[i] = Program { name, category: out[j].category.clone(), mention };
                out.remove(j);
                if j < i {
                    i -= 1;
                }
            }
            i += 1;
        }
    }

    /// The one decision: reads the evidence of a generator's candidate and, when its weights
    /// admit it, takes its span and keeps it. True when admitted.
    fn admit(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        program: Program<Span>,
        source: Source,
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) -> bool {
        let evidence = self.evidence(text, tokens, &program, source);
        if !self.decision.admits(&evidence) {
            return false;
        }
        taken.programs.push(program.mention);
        out.push(program);
        true
    }

    /// The name is itself a head noun (`“医联体”平台`, `《规划》`), unless it is a law head
    /// that names one law alone, in a book title (`《医师法》`).
    fn generic_head(&self, p: &Program<Span>, source: Source) -> bool {
        let law = source == Source::Book && self.laws_alone.contains(&p.name);
        !law && (self.quoted_heads.contains(&p.name) || self.document_heads.contains(&p.name))
    }

    /// The evidence read around a candidate: each feature is a small named test.
    fn evidence(&self, text: &str, tokens: &[Token<'_>], p: &Program<Span>, source: Source) -> Evidence {
        let sentence = match (tokens.first(), tokens.last()) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => p.mention,
        };
        let tests = [
            (Feature::ProgramVerb, self.governed(tokens, p.mention.start, sentence, &self.governing)),
            (Feature::Headed, p.category.is_some()),
            (Feature::ClauseVerb, source != Source::Book && self.holds_clause_verb(tokens, p.mention)),
            (Feature::Described, self.described_before(text, p)),
            (Feature::Observance, self.names_observance(p) && !self.month_campaign(text, p)),
            (
                Feature::CommonWord,
                source == Source::Quote && self.common_word(text, tokens, p) && !self.names_designation(text, p),
            ),
            (Feature::GenericHead, self.generic_head(p, source)),
            (
                Feature::Organization,
                source == Source::Quote && self.names_organization(p) && !self.names_designation(text, p),
            ),
            (Feature::Publication, self.names_publication(p)),
            (Feature::Counted, source == Source::Title && self.counted_title(text, p)),
            (Feature::Property, matches!(source, Source::Title | Source::TitleList) && self.sells_homes(tokens, p)),
            (Feature::Offence, self.names_offence(p)),
        ];
        Evidence { source, features: tests.into_iter().filter(|&(_, on)| on).map(|(f, _)| f).collect() }
    }

    /// `加入“健康城市联盟”`, `创建“三级甲等医院”`: a headless quote ending in an organization
    /// type names an organization or a grade of one, not a program (a head after it,
    /// `“互联网医院”试点`, makes it one).
    fn names_organization(&self, p: &Program<Span>) -> bool {
        p.category.is_none() && self.org_types.longest_suffix(&p.name).is_some()
    }

    /// `《健康有约》栏目`: a broadcast or print form written after the name (a name ending in
    /// one, `《某市健康频道》`, is a platform of its own).
    fn names_publication(&self, p: &Program<Span>) -> bool {
        p.category.as_deref().is_some_and(|c| {
            let form = self.publications.longest_suffix(c).map(|len| &c[c.len() - len..]);
            form.is_some_and(|f| !p.name.ends_with(c) || !self.platform_forms.contains(f))
        })
    }

    /// `开发商交付的某某湾项目`, `业主反映某某府项目…`: the sentence (`tokens`) holds a word
    /// of selling homes (`[property]`), so an unquoted title in it is a property development.
    /// Only heads a development is named by (`[property_heads]`: `项目`, `工程`, `方案`); a
    /// rule on homes (`商品房…实施细则`) stays a program.
    fn sells_homes(&self, tokens: &[Token<'_>], p: &Program<Span>) -> bool {
        let developed = p.category.as_deref().is_some_and(|c| self.kinds.property_heads.longest_suffix(c).is_some());
        developed && tokens.iter().any(|t| self.kinds.property.contains(t.text))
    }

    /// `“某某贷”犯罪活动`, `‘某某’违法犯罪活动`: the head after the name holds a word of crime
    /// (`[offences]`), so the name is an offence's.
    fn names_offence(&self, p: &Program<Span>) -> bool {
        p.category
            .as_deref()
            .is_some_and(|c| c.char_indices().any(|(i, _)| self.kinds.offences.longest_prefix(&c[i..]).is_some()))
    }

    /// `进行14项…加固工程`, `完成…治理项目28个`: a cardinal count with its measure word
    /// right before the title or right after it counts things of a kind.
    fn counted_title(&self, text: &str, p: &Program<Span>) -> bool {
        let from = floor_char_boundary(text, p.mention.start.saturating_sub(COUNT_WINDOW_BYTES));
        let before = text.get(from..p.mention.start).unwrap_or("");
        let after = text.get(p.mention.end..).unwrap_or("");
        self.shapes.count_before.is_match(before) || self.shapes.count_after.is_match(after)
    }

    /// `扩大筛检计划` as one candidate: a token of the mention is a clause's verb.
    fn holds_clause_verb(&self, tokens: &[Token<'_>], mention: Span) -> bool {
        let from = containing(tokens, mention.start);
        tokens[from..].iter().take_while(|t| t.span.end <= mention.end).any(|t| self.clause_verbs.contains(t.text))
    }

    /// `开通“绿色通道”`: a headless quote that is one word of the dictionary (one token) and
    /// no name by its shape is an ordinary word set off for emphasis.
    fn common_word(&self, text: &str, tokens: &[Token<'_>], p: &Program<Span>) -> bool {
        let inner = Span::new(p.mention.start + '“'.len_utf8(), p.mention.end.saturating_sub('”'.len_utf8()));
        let k = starting_at(tokens, inner.start);
        let one = tokens.get(k).is_some_and(|t| t.span == inner && t.tag.starts_with('n'));
        let content = inner.slice(text);
        p.category.is_none() && one && !self.named_by_shape(tokens, inner, content) && !is_counted_word(content)
    }

    /// `“世界高血压日”主题宣传活动`, `“医疗服务提升年”`: the name (before its category) is a
    /// day, week, month or year of observance, alone or with an activity after it: a date or
    /// an event (a campaign after it, `“体重管理年”行动`, is a program).
    fn names_observance(&self, p: &Program<Span>) -> bool {
        let category = p.category.as_deref().unwrap_or("");
        let stem = p.name.strip_suffix(category).unwrap_or(&p.name);
        let activity = self.described_heads.longest_suffix(category);
        // `“5·12”护士节系列活动`: the observance written in the category, before its activities
        let lead = activity.map_or("", |len| &category[..category.len() - len]);
        let lead = lead.strip_suffix("系列").unwrap_or(lead);
        (self.is_observance(stem) && (category.is_empty() || activity.is_some()))
            || self.is_observance(lead)
            || day_before_observance(stem, category)
    }

    /// `开展“临江健康服务月”活动`: a quoted month with an activity head after it is a campaign
    /// named by its period, a program (FACTS.md §4, web calls), unless it is a listed
    /// observance (`“爱国卫生月”活动`) or counted as an edition (`第25个“某某月”活动`).
    fn month_campaign(&self, text: &str, p: &Program<Span>) -> bool {
        let category = p.category.as_deref().unwrap_or("");
        let stem = p.name.strip_suffix(category).unwrap_or(&p.name);
        let quoted = p.mention.slice(text).starts_with(|c: char| quotes::is_mark(c));
        let from = floor_char_boundary(text, p.mention.start.saturating_sub(COUNT_WINDOW_BYTES));
        let edition = text.get(from..p.mention.start).is_some_and(|b| self.shapes.edition_before.is_match(b));
        quoted
            && stem.ends_with('月')
            && self.described_heads.longest_suffix(category).is_some()
            && !self.quote_kinds.listed_observances.contains(stem)
            && !edition
    }

    /// True when `stem` is a year, day, week or month of observance (`…提升年`, `…宣传周`).
    fn is_observance(&self, stem: &str) -> bool {
        let mut last = stem.chars().rev();
        match (last.next(), last.next()) {
            (Some('年'), Some(c)) => is_han(c) && !"一二三四五六七八九十百千万两0123456789".contains(c),
            (Some(c), Some(_)) => self.quote_kinds.observance_ends.contains(c.encode_utf8(&mut [0; 4])),
            _ => false,
        }
    }

    /// `是一项“民生工程”`, `此项“…”`: a count or demonstrative with its measure word right
    /// before a headless mention. (A headed one after `此次` stays: the events stage reads
    /// it as a repeat of a held activity.)
    /// Also a headless name that itself opens so and holds `的` (`shapes.described_inside`).
    fn described_before(&self, text: &str, p: &Program<Span>) -> bool {
        let start = floor_char_boundary(text, p.mention.start.saturating_sub(6));
        p.category.is_none()
            && (text.get(start..p.mention.start).is_some_and(|b| self.shapes.described.is_match(b))
                || self.shapes.described_inside.is_match(&p.name))
    }

    /// `“新北动健康”、“乐龄学习”等计划`: a quote listed before a quoted program with a head
    /// is a program of the same category (the list is walked from its end).
    fn listed_quotes(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        groups: &mut [QuoteGroup],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        for g in (0..groups.len().saturating_sub(1)).rev() {
            let Some(next) = groups[g + 1].program else { continue };
            // `“甲村” “乙村”等称号`: designations listed as examples, each of no category.
            let designation = out.get(next).is_some_and(|p| self.designation_follows(text, p.mention.end));
            let category = out.get(next).and_then(|p| p.category.clone());
            if category.is_none() && !designation {
                continue;
            }
            let (first, last) = match (groups[g].group.first(), groups[g].group.last()) {
                (Some(f), Some(l)) => (*f, *l),
                _ => continue,
            };
            let between = text.get(last.outer.end..groups[g + 1].group[0].outer.start).unwrap_or("").trim();
            let linked = between == "、" || self.links.contains(between) || (designation && between.is_empty());
            if groups[g].program.is_some() || !linked {
                continue;
            }
            let contents: Vec<&str> = groups[g].group.iter().map(|q| q.inner.slice(text).trim()).collect();
            let plain = contents.iter().all(|c| {
                (2..=MAX_QUOTE_CHARS / 2).contains(&c.chars().count())
                    && (is_plain_name(c) || self.is_formula(c))
                    && !self.is_metaphor(c)
                    && !self.concepts.contains(c)
                    && self.event_heads.longest_suffix(c).is_none()
            });
            let mention = Span::new(first.outer.start, last.outer.end);
            if !plain || taken.program_at(mention) || taken.entity_holds(first.inner) {
                continue;
            }
            let at = out.len();
            let program = Program { name: self.group_name(&contents), category, mention };
            if self.admit(text, tokens, program, Source::QuoteList, taken, out) {
                groups[g].program = Some(at);
            }
        }
    }

    /// `打造15分钟健康服务圈`: an unquoted service radius governed by a program verb or
    /// followed by a name's follower (`…圈建设`); category `None`.
    fn radius_programs(
        &self,
        text: &str,
        s: &Sentence<'_>,
        quote_spans: &[Span],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        let tokens = &s.tokens;
        if !s.text.contains('圈') {
            return; // the regex has no literal prefix to skip by
        }
        for m in self.shapes.radius.find_iter(s.text) {
            let span = Span::new(s.span.start + m.start(), s.span.start + m.end());
            if self.not_radius.iter().any(|w| m.as_str().contains(w.as_str())) {
                continue; // `半小时经济圈`: a circle of another trade
            }
            let glued = s.text[..m.start()].chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '.');
            let k = starting_at(tokens, span.start);
            let aligned = tokens.get(k).is_some_and(|t| t.span.start == span.start)
                && tokens.get(containing(tokens, span.end)).map_or(true, |t| t.span.start >= span.end);
            if glued || !aligned {
                continue;
            }
            let before = k.checked_sub(1).map(|j| tokens[j]);
            let governed = before.is_some_and(|t| self.is_verb(t.text) || ends_with_word(&self.governing, t.text));
            let next = tokens.get(starting_at(tokens, span.end)).filter(|t| t.span.start == span.end);
            let followed = next.is_some_and(|t| self.followers.contains(t.text));
            if !(governed || followed) || !taken.free(span, quote_spans) {
                continue;
            }
            let program = Program { name: span.slice(text).to_string(), category: None, mention: span };
            self.admit(text, tokens, program, Source::Radius, taken, out);
        }
    }

    /// `开通12320卫生热线`: the service hotlines of sentence `s` named by their number,
    /// unquoted; category the head (`热线`).
    fn hotlines(&self, text: &str, s: &Sentence<'_>) -> Vec<Program<Span>> {
        if !s.text.contains(|c: char| c.is_ascii_digit()) {
            return Vec::new();
        }
        let found = self.hotline.captures_iter(s.text).filter_map(|caps| Some((caps.get(1)?, caps.get(2)?)));
        found
            .map(|(name, head)| {
                let mention = Span::new(s.span.start + name.start(), s.span.start + name.end());
                Program { name: mention.slice(text).to_string(), category: Some(head.as_str().to_string()), mention }
            })
            .collect()
    }

    /// `“name”[的|这样一个][count] category-head`, or a headless quoted name.
    fn quoted_program(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        group: &[Quoted],
        sentence: Span,
        taken: &Taken,
    ) -> Option<Program<Span>> {
        let contents: Vec<&str> = group.iter().map(|q| q.inner.slice(text).trim()).collect();
        let spoken = |c: &str| self.speech_openers.longest_prefix(c).is_some();
        if contents.iter().any(|c| c.is_empty() || is_speech(c) || spoken(c)) {
            return None;
        }
        let month_campaign = group.len() == 1
            && contents[0].ends_with('月')
            && matches!(self.after(text, tokens, group[0].outer.end, &self.described_heads), After::Head(_));
        if !month_campaign && contents.iter().any(|c| self.event_heads.longest_suffix(c).is_some()) {
            return None; // a quoted meeting name: an event (a month's campaign is named by it)
        }
        let (first, last) = (group.first()?, group.last()?);
        if self.introduced_as_theme(text, first.outer.start) {
            return None; // `主题为“…”的义诊活动`: the theme of an activity, not its name
        }
        if self.adverbial_after(tokens, last.outer.end) {
            return None; // `“巧妙”地避开`: a manner word set off, no name
        }
        // A quote named as a goal (`“…”的目标`) is a program even when it is a concept.
        let goal = group.len() == 1 && is_plain_list(contents[0]) && self.names_goal(text, last.outer.end);
        if !goal && contents.iter().any(|c| self.concepts.contains(c)) {
            return None; // `“医防融合”改革`: a concept, whatever follows
        }
        if contents.iter().any(|c| self.parts.metrics.longest_suffix(c).is_some()) {
            return None; // `「服务人数」等项目`: an indicator that is counted, not a program
        }
        if matches!(self.after(text, tokens, last.outer.end, &self.quote_kinds.spirits), After::Head(_)) {
            return None; // `践行“三个不怕”抗疫精神`: a spirit held up as an example, a motto
        }
        if self.names_part(text, last.outer.end) {
            return None; // `“甲机制”、“乙措施”三大面向`, `“甲机制”占20%`: parts scored, no program
        }
        let name = self.group_name(&contents);
        if taken.program_at(last.outer) || group.iter().any(|q| taken.entity_holds(q.inner)) {
            return None;
        }
        let head = match self.after(text, tokens, last.outer.end, &self.quoted_heads) {
            After::Event => return None,
            After::Head(h) => Some(h).filter(|h| !self.own_title_modifies(tokens, &contents, h)),
            After::Nothing => None,
        };
        let formula = group.len() == 1 && self.is_formula(contents[0]);
        let described = |h: &HeadPhrase| text.get(last.outer.end..h.category.start).is_some_and(|l| l.contains('的'));
        if head.as_ref().is_some_and(described) && contents.iter().any(|c| self.is_metaphor(c)) {
            return None; // `“保姆式”的服务模式`: a quality or a metaphor describing the head
        }
        if head.as_ref().is_some_and(|h| described(h) && self.clause_before_activity(text, tokens, first, h)) {
            return None; // `推出“充值1元送1天”的活动`: what the activity offers, no name
        }
        if let Some(head) = head {
            // `家庭医生“1+1+1”累计签约`: a noun glued before a formula may frame it.
            let frame = if formula { self.formula_frame(tokens, first.outer, taken) } else { None };
            return self.headed_quote(text, tokens, name, head, frame, Span::new(first.outer.start, last.outer.end));
        }
        if self.designation_follows(text, last.outer.end) {
            // `“甲村”“乙村”等称号`: honorary designations given as examples (FACTS.md §4)
            return Some(Program { name, category: None, mention: Span::new(first.outer.start, last.outer.end) });
        }
        if group.len() > 1 {
            return None;
        }
        if !formula && self.is_quoted_law(contents[0]) {
            // `「健保法」中明文规定`: a law named in quotes (FACTS.md §programs: category `法`).
            return Some(Program { name, category: Some(LAW.to_string()), mention: first.outer });
        }
        let named = if formula {
            self.formula_names_itself(tokens, contents[0], last.outer.end)
        } else {
            goal || self.headless_named(tokens, contents[0], first, last, sentence)
        };
        named.then_some(Program { name, category: None, mention: first.outer })
    }

    /// `推出“充值1元送1天”的活动`, `以“某某入深山”的行动`: a single quote joined by `的` to an
    /// activity's head (`[activity_after_de]`) says what the activity does or offers, unless the
    /// quote is a name by its shape or a formula (FACTS.md §4, web calls: a quoted offer written
    /// as a clause is no program).
    fn clause_before_activity(&self, text: &str, tokens: &[Token<'_>], quote: &Quoted, head: &HeadPhrase) -> bool {
        let content = quote.inner.slice(text).trim();
        let activity = self.quote_kinds.activities_after_de.longest_suffix(head.category.slice(text)).is_some();
        activity
            && quote.outer.end <= head.category.start
            && !self.is_formula(content)
            && !self.named_by_shape(tokens, quote.inner, content)
    }

    /// True when `等` and an honorary designation follow byte `end` (`“甲”“乙”等称号`).
    fn designation_follows(&self, text: &str, end: usize) -> bool {
        let rest = text.get(end..).unwrap_or("");
        rest.strip_prefix(ETC).is_some_and(|r| self.quote_kinds.designations.longest_prefix(r).is_some())
    }

    /// True when `等` and an honorary designation follow the mention (`“青禾文明单位”等称号`):
    /// the quote names a designation, whatever its own last word is (an organization type).
    fn names_designation(&self, text: &str, p: &Program<Span>) -> bool {
        self.designation_follows(text, p.mention.end)
    }

    /// True when the token right after a quote ending at `end` is the adverbial particle
    /// `地` alone (`“悄悄”地`): the quote is a manner word (`地区`, one token, is a noun).
    fn adverbial_after(&self, tokens: &[Token<'_>], end: usize) -> bool {
        tokens.get(starting_at(tokens, end)).is_some_and(|t| t.span.start == end && t.text == ADVERBIAL)
    }

    /// `“医师法”`, `「健保法」`: a quoted plain name ending in `法` with a distinctive stem, not a
    /// word of method or act (`“做法”`, `“中医疗法”`, `“依法”`).
    fn is_quoted_law(&self, content: &str) -> bool {
        let chars = content.chars().count();
        content.ends_with(LAW)
            && (MIN_LAW_MODIFIER_CHARS + 1..=MAX_QUOTED_LAW_CHARS).contains(&chars)
            && is_plain_name(content)
            && !content.starts_with(|c: char| c.is_ascii_digit() || number::is_chinese_numeral_char(c))
            && self.not_laws.longest_suffix(content).is_none()
    }

    /// True when the text before a quote opening at `start` introduces a theme or a slogan
    /// (`主题为`, `口号是`).
    fn introduced_as_theme(&self, text: &str, start: usize) -> bool {
        let before = text.get(floor_char_boundary(text, start.saturating_sub(HEAD_WINDOW_BYTES))..start).unwrap_or("");
        self.theme_openers.longest_suffix(before.trim_end()).is_some()
    }

    /// `“基层首诊”和“大病不进城”的目标`: the quote ending at `end`, alone or joined to more
    /// quotes by link words, names a policy goal with `的` and a goal word (`[goals]`), or
    /// with `为` and a goal word that ends the phrase (`以“县强、乡活”为目标，`; not the
    /// `为目标人群` of a described group).
    fn names_goal(&self, text: &str, end: usize) -> bool {
        let Some(rest) = self.past_listed_quotes(text, end) else { return false };
        if let Some(r) = rest.strip_prefix('的') {
            return self.goals.longest_prefix(r).is_some();
        }
        rest.strip_prefix('为')
            .and_then(|r| self.goals.longest_prefix(r).map(|n| &r[n..]))
            .is_some_and(|after| !after.chars().next().is_some_and(is_name_char))
    }

    /// The text after the quote ending at `end` and the quotes listed after it by link words
    /// or `、` (at most [`MAX_GOAL_QUOTES`]); `None` when a listed quote is not closed.
    fn past_listed_quotes<'t>(&self, text: &'t str, end: usize) -> Option<&'t str> {
        let mut rest = text.get(end..).unwrap_or("");
        for _ in 0..MAX_GOAL_QUOTES {
            let link = self.links.longest_prefix(rest).or_else(|| rest.starts_with('、').then_some('、'.len_utf8()));
            let Some(next) = link.map(|l| &rest[l..]).filter(|r| r.starts_with(quotes::is_mark)) else {
                break;
            };
            let close = next.char_indices().skip(1).take(MAX_QUOTE_CHARS).find(|&(_, c)| quotes::is_closing_mark(c));
            let (at, c) = close?;
            rest = &next[at + c.len_utf8()..];
        }
        Some(rest)
    }

    /// True when the quote ending at `end` (with the quotes listed after it) is a part that
    /// is scored or counted: a count of generic parts follows (`“甲”、“乙”三大面向`), or its
    /// share of a whole (`“甲”占20%`).
    fn names_part(&self, text: &str, end: usize) -> bool {
        let Some(rest) = self.past_listed_quotes(text, end) else { return false };
        if let Some(r) = self.parts.shares.longest_prefix(rest).map(|n| &rest[n..]) {
            return r.starts_with(|c: char| c.is_ascii_digit() || number::is_chinese_numeral_char(c));
        }
        let count = rest.chars().take_while(|&c| number::is_chinese_numeral_char(c) || c.is_ascii_digit()).count();
        if count == 0 {
            return false;
        }
        let after = rest.char_indices().nth(count).map_or("", |(i, _)| &rest[i..]);
        let after = after.strip_prefix(['大', COUNTED_FORMULA_CLASSIFIER]).unwrap_or(after);
        self.parts.counted_generic.longest_prefix(after).is_some()
    }

    /// `“改善护理服务行动计划”试点医院`: a quote that is a full title by itself keeps its own
    /// head when the words after it modify a following noun.
    fn own_title_modifies(&self, tokens: &[Token<'_>], contents: &[&str], head: &HeadPhrase) -> bool {
        let own_title =
            contents.len() == 1 && self.title_heads.longest_suffix(contents[0]).is_some_and(|h| h < contents[0].len());
        own_title
            && tokens
                .get(starting_at(tokens, head.end))
                .is_some_and(|t| t.tag.starts_with('n') && !self.stops.contains(t.text))
    }

    /// The program of quotes (spanning `quotes`) followed by a head; a noun glued before a
    /// formula (`frame`) frames it when the head opens a verbal phrase.
    fn headed_quote(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        name: String,
        head: HeadPhrase,
        frame: Option<Span>,
        quotes: Span,
    ) -> Option<Program<Span>> {
        let category = head.category.slice(text);
        // `“十四五”期间` is a date; `“十四五”规划`, `“十四五”卫生健康规划` name the plan.
        if self.shapes.period.is_match(&name) {
            return self.period_plan(text, name, &head, quotes);
        }
        let opens_verbal = tokens
            .get(starting_at(tokens, head.category.start))
            .filter(|t| t.span.start == head.category.start)
            .is_some_and(|t| t.tag.starts_with('d') || t.tag.starts_with('v') && !t.tag.starts_with("vn"));
        if let (Some(frame), true) = (frame, opens_verbal) {
            let word = self.quoted_heads.longest_suffix(category).map_or(category, |l| &category[category.len() - l..]);
            return Some(Program {
                name,
                category: Some(format!("{}{}", frame.slice(text), word)),
                mention: Span::new(frame.start, quotes.end),
            });
        }
        Some(Program { name, category: Some(category.to_string()), mention: Span::new(quotes.start, head.end) })
    }

    /// `“十四五”规划`, `“十四五”全民健康规划`: a plan period's plan, named by the period and
    /// the words of its title after it (`十四五全民健康规划`, as `《“十四五”全民健康规划》`
    /// is), its category the plan's head (`规划`); a period before any other head is a date
    /// (`“十四五”期间`).
    fn period_plan(&self, text: &str, name: String, head: &HeadPhrase, quotes: Span) -> Option<Program<Span>> {
        let category = head.category.slice(text);
        let plan = self.period_heads.longest_suffix(category)?;
        let word = &category[category.len() - plan..];
        let name = if word.len() == category.len() { name } else { name + category };
        Some(Program { name, category: Some(word.to_string()), mention: Span::new(quotes.start, head.end) })
    }

    /// `“互联网+护理服务”已覆盖…`: a formula whose every part is filled names itself unless an
    /// era word follows; an open one alone (`“互联网+”`, `“互联网+”时代`) is a way of working in
    /// general, no name (a head after it names one: `“某某+”党建品牌`).
    fn formula_names_itself(&self, tokens: &[Token<'_>], content: &str, end: usize) -> bool {
        is_closed_formula(content)
            && tokens.get(starting_at(tokens, end)).map_or(true, |t| !self.not_after_formula.contains(t.text))
    }

    /// A single quote without a head names a program by its shape, or when short, governed
    /// by a verb and followed as a name; never a plan period, a metaphor or a concept.
    fn headless_named(
        &self,
        tokens: &[Token<'_>],
        content: &str,
        first: &Quoted,
        last: &Quoted,
        sentence: Span,
    ) -> bool {
        let chars = content.chars().count();
        if !(2..=MAX_QUOTE_CHARS / 2).contains(&chars) || self.shapes.period.is_match(content) {
            return false;
        }
        if self.is_metaphor(content) || self.concepts.contains(content) || !is_plain_name(content) {
            return false;
        }
        if self.insurance.longest_suffix(content).is_some() {
            return false; // `“失业保险制度”`: a scheme named by its type
        }
        if content.contains(DE) {
            return false; // `建立“健康的财政体系”`: a phrase holding 的 describes, names nothing
        }
        self.named_by_shape(tokens, first.inner, content)
            || (chars <= MAX_HEADLESS_CHARS
                && self.governed(tokens, first.outer.start, sentence, &self.governing)
                && self.followed_as_name(tokens, last.outer.end))
    }

    /// True when the quoted `content` (at `inner`) is a name by its shape alone, whatever
    /// governs it: it ends in its own head (`“15分钟健康服务圈”`), is a versioned brand
    /// (`「长照3.0」`), a service radius, `健康` + a place (`“健康嘉兴”`) or a level
    /// formula (`“县招乡用”`).
    /// `“上海样本”`, `“中国方案”`: a quote ending in a word of metaphor or praise. A word that
    /// is also a program head (`方案`) makes a metaphor only after a short stem, a place or
    /// a nation: a long stem names the plan (`“住宿式服务机构使用者补助方案”`).
    fn is_metaphor(&self, content: &str) -> bool {
        let Some(len) = self.metaphor.longest_suffix(content) else { return false };
        let (stem, suffix) = content.split_at(content.len() - len);
        !self.title_heads.contains(suffix) || stem.chars().count() <= MAX_METAPHOR_STEM_CHARS
    }

    fn named_by_shape(&self, tokens: &[Token<'_>], inner: Span, content: &str) -> bool {
        self.quoted_heads.longest_suffix(content).is_some_and(|h| h < content.len())
            || self.health_place_end(tokens, starting_at(tokens, inner.start)) == Some(inner.end)
            || self.shapes.versioned_name.is_match(content)
            || self.shapes.radius.find(content).is_some_and(|m| m.range() == (0..content.len()))
            || self.is_level_formula(content)
            || is_numeral_formula(content)
            || (is_counted_formula(content) && !self.counts_generic(content))
            || (is_closed_formula(content) && self.is_formula(content))
    }

    /// `“三个重点”`, `“两个方面”`: a counted formula over a generic noun counts parts of a
    /// speech, no policy (`“两个允许”` is one).
    fn counts_generic(&self, content: &str) -> bool {
        let rest = content.char_indices().nth(2).map_or("", |(i, _)| &content[i..]);
        self.parts.counted_generic.contains(rest)
    }

    /// The name of a quote group: one shape joins with `、`; a formula among words wins.
    fn group_name(&self, contents: &[&str]) -> String {
        let formulas: Vec<&str> = contents.iter().copied().filter(|c| self.is_formula(c)).collect();
        let chosen: Vec<&str> =
            if formulas.is_empty() || formulas.len() == contents.len() { contents.to_vec() } else { formulas };
        // The full-width plus is the same formula (`５Ｇ＋智慧急救` → `5G+智慧急救`).
        squeeze_spaces(&chosen.join("、").replace('＋', "+"))
    }

    /// `1+10+X`, `全科+专科`, `筛-转-服`.
    fn is_formula(&self, s: &str) -> bool {
        let plus = s.split(['+', '＋']).count();
        if plus >= 2 && s.chars().count() >= 2 && s.chars().any(|c| c != '+' && c != '＋') {
            return !s.contains(['，', '。', '、']);
        }
        let parts: Vec<&str> = s.split(['-', '—', '－', '–']).collect();
        parts.len() >= 3 && parts.iter().all(|p| (1..=4).contains(&p.chars().count()) && p.chars().all(is_name_char))
    }

    /// The noun glued before a formula's opening quote, if any (`家庭医生“1+1+1”`).
    fn formula_frame(&self, tokens: &[Token<'_>], quote: Span, taken: &Taken) -> Option<Span> {
        let before = tokens.get(containing(tokens, quote.start).checked_sub(1)?)?;
        let noun = before.span.end == quote.start
            && before.tag.starts_with('n')
            && !matches!(before.tag, "nr" | "ns" | "nt")
            && !self.is_verb(before.text)
            && before.text.chars().count() >= 2
            && !taken.entity_at(before.span);
        noun.then_some(before.span)
    }

    /// The head noun phrase starting at byte `pos` (right after a quote or formula).
    fn head_after(&self, text: &str, tokens: &[Token<'_>], pos: usize, heads: &WordSet) -> Option<HeadPhrase> {
        match self.after(text, tokens, pos, heads) {
            After::Head(h) => Some(h),
            After::Event | After::Nothing => None,
        }
    }

    /// What follows byte `pos`: a head noun phrase, a meeting, or nothing of interest.
    fn after(&self, text: &str, tokens: &[Token<'_>], pos: usize, heads: &WordSet) -> After {
        let mut i = starting_at(tokens, pos);
        if tokens.get(i).map_or(true, |t| t.span.start != pos) {
            return After::Nothing;
        }
        let mut skipped = 0;
        while i < tokens.len() && skipped < 3 && self.links_after_quote.contains(tokens[i].text) {
            i += 1;
            skipped += 1;
        }
        if i + 1 < tokens.len() && self.shapes.count_word.is_match(tokens[i].text) {
            i += 1;
        }
        let Some(start) = tokens.get(i).map(|t| t.span.start) else { return After::Nothing };
        let mut best: Option<HeadPhrase> = None;
        for (k, t) in tokens.iter().enumerate().skip(i) {
            // A head that is also a verb (`要求`) heads the phrase right after a quote, and so
            // does a verb opening a longer head (`试办` `计划`).
            let opens_head =
                heads.longest_prefix(text.get(t.span.start..).unwrap_or("")).is_some_and(|l| l > t.text.len());
            // `“…”口腔健康推广活动`: a verb inside the noun phrase, right before its head word,
            // is part of the category (not right after the quote: `“…”推动改革`).
            let inner_verb = k > i && tokens.get(k + 1).is_some_and(|n| heads.contains(n.text));
            let verb = self.is_verb(t.text) && !heads.contains(t.text) && !opens_head && !inner_verb;
            // `《…》题材定为重点项目`: a verb of designating ends the phrase, even right before a
            // head (what the title was made, not what it is called).
            if is_punct(t.text) || self.stops.contains(t.text) || verb || self.designating.contains(t.text) {
                break;
            }
            let phrase = text.get(start..t.span.end).unwrap_or("");
            if phrase.chars().count() > MAX_CATEGORY_CHARS {
                break;
            }
            if self.event_heads.longest_suffix(phrase).is_some() {
                return After::Event; // `“健康中国”论坛`: the quote is a meeting's theme
            }
            let blocked = tokens.get(k + 1).is_some_and(|n| self.blockers.contains(n.text));
            if heads.longest_suffix(phrase).is_some() && !blocked {
                // Keep going: the last head of the noun phrase wins (家医签约服务包).
                best = Some(HeadPhrase { category: Span::new(start, t.span.end), end: t.span.end });
            } else if let Some(cut) = self.after_head.trailing_cut(t.text) {
                // `工程建设` as one token: the head ends inside it.
                let end = t.span.start + cut;
                if end > start && heads.longest_suffix(text.get(start..end).unwrap_or("")).is_some() {
                    best = Some(HeadPhrase { category: Span::new(start, end), end });
                }
                break;
            }
        }
        // `三统一管理` glued in one token: the count is a figure, the category starts after it
        // when a head word starts there.
        if let Some(h) = best.as_mut() {
            let category = h.category.slice(text);
            if let Some(m) = self.shapes.count_prefix.find(category) {
                let rest = &category[m.end()..];
                if !rest.is_empty() && heads.longest_prefix(rest).is_some() {
                    h.category = Span::new(h.category.start + m.end(), h.category.end);
                }
            }
        }
        // `“…”的要求`: a head of `[direct]` names only right after the quote.
        if skipped > 0 && best.is_some_and(|h| self.direct_heads.contains(h.category.slice(text))) {
            return After::Nothing;
        }
        best.map_or(After::Nothing, After::Head)
    }

    /// True when token `k` is a number with a measure word (`12个`, `2` `亿元`) or its
    /// measure word.
    fn is_count(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let Some(t) = tokens.get(k) else { return false };
        let numeric = |s: &str| {
            !s.is_empty()
                && s.chars().all(|c| c.is_ascii_digit() || c == '.' || "一二三四五六七八九十两百千万亿".contains(c))
        };
        if let Some(len) = self.measures.longest_suffix(t.text) {
            let number = &t.text[..t.text.len() - len];
            if number.is_empty() {
                return k > 0 && numeric(tokens[k - 1].text);
            }
            return numeric(number) || APPROX_COUNTS.contains(&number) && !t.text.ends_with('元');
        }
        false
    }

    /// True when token `k` counts kinds: `三大类` as one token, or `类` after `四大`.
    fn is_counted_kind(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let t = tokens[k];
        self.shapes.counted_kind.is_match(t.text)
            || (t.text == "类" && k > 0 && self.shapes.count_word.is_match(tokens[k - 1].text))
    }

    /// Length of the version number opening `rest` (`2.0` in `2.0，`), 0 when there is none
    /// or the number is a quantity (`1.5亿元`, `2.0倍`).
    fn version_len(&self, rest: &str) -> usize {
        let Some(m) = self.shapes.version.find(rest) else { return 0 };
        let quantity =
            rest[m.end()..].chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || "万亿元倍%％个".contains(c));
        if !m.as_str().ends_with(".0") || quantity {
            return 0;
        }
        m.end()
    }

    /// True for a governing verb, alone or ending a token (`全面推行`, `深入开展`).
    fn is_verb(&self, token: &str) -> bool {
        ends_with_word(&self.verbs, token)
    }

    /// True when a verb of `verbs` governs the clause before `pos` and no copula does.
    fn governed(&self, tokens: &[Token<'_>], pos: usize, sentence: Span, verbs: &WordSet) -> bool {
        let mut verb = false;
        let before = &tokens[..containing(tokens, pos)];
        for t in before.iter().rev().take(MAX_CLAUSE_TOKENS).filter(|t| t.span.start >= sentence.start) {
            if is_clause_break(t.text) {
                break;
            }
            if self.copulas.contains(t.text) {
                return false;
            }
            verb |= ends_with_word(verbs, t.text);
        }
        verb
    }

    /// True when what follows a headless quote lets it stand as a name.
    fn followed_as_name(&self, tokens: &[Token<'_>], pos: usize) -> bool {
        match tokens.get(starting_at(tokens, pos)) {
            None => true,
            Some(t) => {
                is_clause_break(t.text)
                    || t.text.chars().all(|c| "、）)”’".contains(c))
                    || self.followers.contains(t.text)
            }
        }
    }

    /// `《name》`: a document, plan, law or channel.
    fn book_program(&self, text: &str, tokens: &[Token<'_>], q: Quoted, taken: &Taken) -> Option<Program<Span>> {
        let inner = q.inner.slice(text).trim();
        // An issuer inside the title (`《上海市卫生健康委员会关于…的通知》`) does not veto it;
        // a title that is all institution (`《人民日报》`) does.
        if inner.is_empty() || inner.chars().count() > 60 || taken.program_at(q.outer) || taken.entity_holds(q.inner) {
            return None;
        }
        // `《某局 某局<关于…的通知>》`: ASCII angle brackets paired inside a book title mark
        // a title within it, as `〈〉` do.
        let angled = inner.find('<').is_some_and(|open| inner[open..].contains('>'));
        let name: String =
            inner.chars().filter(|&c| !(quotes::is_mark(c) || angled && matches!(c, '<' | '>'))).collect();
        if !name.chars().any(char::is_alphanumeric) {
            return None; // `《“》`: only marks inside
        }
        let core = strip_trailing_parenthetical(&name);
        if self.event_heads.longest_suffix(core).is_some() {
            return None;
        }
        // `《关于表彰…的决定》`: a commendation honours people, an appointment places them; and
        // `《关于召开…会议的通知》` announces an event: none sets a policy.
        if self.commendations.iter().any(|w| core.contains(w.as_str())) || self.announces_event(core) {
            return None;
        }
        // `《职业病防治法》宣传周`: the title is part of an event's name.
        if matches!(self.after(text, tokens, q.outer.end, &self.book_after_heads), After::Event) {
            return None;
        }
        // `《长照十年计划2.0》`: the head stands before the version number.
        let core = core.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if let Some(len) = self.document_heads.longest_suffix(core) {
            // `《医师法》`, `《…健康促进法》`: a law's category is `法`, as unquoted.
            let head = &core[core.len() - len..];
            if head == LAW && self.says_or_does(core) {
                return None; // `《今日说法》`: a word of saying or doing, no law
            }
            let category = if self.laws.contains(head) { "法" } else { head }.to_string();
            return Some(Program { name, category: Some(category), mention: q.outer });
        }
        let head = self.head_after(text, tokens, q.outer.end, &self.book_after_heads)?;
        Some(Program {
            name,
            category: Some(head.category.slice(text).to_string()),
            mention: Span::new(q.outer.start, head.end),
        })
    }

    /// `《今日说法》`, `《十步护理工作法》`: a book title ending in a word of saying or doing
    /// in 法 after a stem of two letters or more (`《医疗法》`: one letter, the word is 医疗).
    fn says_or_does(&self, core: &str) -> bool {
        self.laws.longest_suffix(core).is_none()
            && self.not_laws.longest_suffix(core).is_some_and(|len| core[..core.len() - len].chars().count() >= 2)
    }

    /// `关于召开…会议的通知`: a title whose 关于-clause opens with a verb of holding an event.
    fn announces_event(&self, title: &str) -> bool {
        title.split(ABOUT).skip(1).any(|clause| self.event_notices.longest_prefix(clause).is_some())
    }

    /// `N+1+X医养结合服务模式`: an unquoted formula with a head after it.
    fn formula_programs(
        &self,
        text: &str,
        s: &Sentence<'_>,
        quote_spans: &[Span],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        for m in self.shapes.formula.find_iter(s.text) {
            let span = Span::new(s.span.start + m.start(), s.span.start + m.end());
            let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            if glued(s.text[..m.start()].chars().next_back()) || glued(s.text[m.end()..].chars().next()) {
                continue;
            }
            if quote_spans.iter().any(|q| q.overlaps(span)) || taken.program_at(span) {
                continue;
            }
            if let Some(head) = self.head_after(text, &s.tokens, span.end, &self.quoted_heads) {
                let mention = Span::new(span.start, head.end);
                if taken.entity_at(mention) {
                    continue;
                }
                let program = Program {
                    name: m.as_str().replace('＋', "+"),
                    category: Some(head.category.slice(text).to_string()),
                    mention,
                };
                self.admit(text, &s.tokens, program, Source::Formula, taken, out);
            }
        }
    }

    /// `互联网+医疗健康示范省`: an unquoted formula of words followed by a head; the words
    /// around `+` are bounded by segmentation, the right part is the longest that leaves a
    /// head after it. Also the formulas of two ordered steps (`先诊疗后付费服务模式`, see
    /// [`Self::step_formula_at`]).
    fn word_formula_programs(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        quote_spans: &[Span],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        for (k, t) in tokens.iter().enumerate() {
            let source = if is_plus(t.text) {
                Source::WordFormula
            } else if t.text.starts_with(FIRST_STEP) {
                Source::Steps
            } else {
                continue;
            };
            if taken.program_at(t.span) || quote_spans.iter().any(|q| q.overlaps(t.span)) {
                continue;
            }
            let found = match source {
                Source::WordFormula => self.word_formula_at(text, tokens, k, taken),
                _ => self.step_formula_at(text, tokens, t.span.start),
            };
            let Some((name, head)) = found else { continue };
            let mention = Span::new(name.start, head.end);
            if taken.program_at(mention) || taken.entity_at(mention) || quote_spans.iter().any(|q| q.overlaps(mention))
            {
                continue;
            }
            let program = Program {
                name: name.slice(text).replace('＋', "+"),
                category: Some(head.category.slice(text).to_string()),
                mention,
            };
            self.admit(text, tokens, program, source, taken, out);
        }
    }

    /// `先诊疗后付费服务模式`: the unquoted formula of two steps in order (`先` + a step +
    /// `后` + a step, each of at most [`MAX_STEP_CHARS`] Han characters) opening at byte
    /// `start` and the head right after it, if any. `先` opens a token (not the `先` of
    /// `首先`, `优先`); the shortest second step that leaves a head wins, the head glued to
    /// it (`先试点后推开的原则` is a way of proceeding, described).
    fn step_formula_at(&self, text: &str, tokens: &[Token<'_>], start: usize) -> Option<(Span, HeadPhrase)> {
        let rest = text.get(start + FIRST_STEP.len_utf8()..)?;
        let mut chars = rest.char_indices();
        let then = chars.by_ref().take(MAX_STEP_CHARS + 1).find(|&(_, c)| c == THEN_STEP || !is_han(c))?;
        if then.1 != THEN_STEP || then.0 == 0 {
            return None;
        }
        let second = start + FIRST_STEP.len_utf8() + then.0 + THEN_STEP.len_utf8();
        let mut end = second;
        for c in text.get(second..)?.chars().take(MAX_STEP_CHARS) {
            if !is_han(c) || self.stops.contains(c.encode_utf8(&mut [0; 4])) {
                return None; // `先试点后推开的原则`: a step ends at a function word
            }
            end += c.len_utf8();
            let head = self.head_after(text, tokens, end, &self.quoted_heads);
            if let Some(head) = head.filter(|h| h.category.start == end) {
                return Some((Span::new(start, end), head));
            }
        }
        None
    }

    /// The formula around the `+` at token `k` and the head after it, if any.
    fn word_formula_at(&self, text: &str, tokens: &[Token<'_>], k: usize, taken: &Taken) -> Option<(Span, HeadPhrase)> {
        let word = |t: &Token<'_>| {
            !is_punct(t.text)
                && !self.is_verb(t.text)
                && !self.stops.contains(t.text)
                && !self.is_deictic(t.text)
                && !taken.entity_at(t.span)
        };
        let plus = tokens.get(k)?;
        let chars = |a: usize, b: usize| text.get(a..b).map_or(usize::MAX, |s| s.chars().count());
        let mut start = plus.span.start;
        for w in tokens[..k].iter().rev().take(3) {
            if w.span.end != start || !word(w) || chars(w.span.start, plus.span.start) > 6 {
                break;
            }
            start = w.span.start;
        }
        if start == plus.span.start {
            return None;
        }
        let mut ends = Vec::new();
        let mut end = plus.span.end;
        for w in tokens[k + 1..].iter().take(6) {
            let count = self.shapes.count_word.is_match(w.text); // `党建+业务双融合机制`: 双 counts
            if w.span.start != end || count || !(word(w) || is_plus(w.text)) || chars(plus.span.end, w.span.end) > 10 {
                break;
            }
            end = w.span.end;
            if !is_plus(w.text) {
                ends.push(end);
            }
        }
        // The longest right part whose category is one head word (`互联网+医疗健康` +
        // `示范省`), else the longest with any head phrase after it.
        let splits: Vec<(Span, HeadPhrase)> = ends
            .iter()
            .rev()
            .filter_map(|&e| self.head_after(text, tokens, e, &self.quoted_heads).map(|h| (Span::new(start, e), h)))
            .collect();
        let exact = splits.iter().find(|(_, h)| self.quoted_heads.contains(h.category.slice(text)));
        exact.or(splits.first()).copied()
    }

    /// Unquoted official titles: `modifier + trusted head`, bounded by segmentation.
    fn title_programs(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        quote_spans: &[Span],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        for k in 0..tokens.len() {
            let Some(head) = self.title_head(text, tokens, k, taken).map(|h| self.works_of_project(text, h)) else {
                continue;
            };
            if quote_spans.iter().any(|q| q.overlaps(head)) || taken.program_at(head) || taken.entity_at(head) {
                continue;
            }
            let category = head.slice(text).to_string();
            // `A、B、C等专项行动`: one program per member.
            let head_tok = containing(tokens, head.start).min(k);
            if head_tok > 0 && tokens[head_tok].span.start == head.start && is_etc(tokens[head_tok - 1].text) {
                if !self.unlisted.contains(&category) {
                    for member in self.list_members(text, tokens, head_tok - 1, 2, 2, taken) {
                        let name = format!("{}{}", member.slice(text), category);
                        let program = Program { name, category: Some(category.clone()), mention: member };
                        self.admit(text, tokens, program, Source::TitleList, taken, out);
                    }
                }
                continue;
            }
            // `A、B和C三大工程`: one program per member when the count before the head counts them.
            if head_tok > 0 && tokens[head_tok].span.start == head.start && !self.unlisted.contains(&category) {
                let members = self.counted_list(text, tokens, head_tok - 1, taken);
                if !members.is_empty() {
                    for member in members {
                        let name = format!("{}{}", member.slice(text), category);
                        let program = Program { name, category: Some(category.clone()), mention: member };
                        self.admit(text, tokens, program, Source::TitleList, taken, out);
                    }
                    continue;
                }
            }
            let Some((start, mention, name)) = self.titled_name(text, tokens, head, &category, quote_spans, taken)
            else {
                continue;
            };
            let (mention, name) =
                self.listed_titles(text, tokens, Titled { start, head, mention, name }, &category, taken, out);
            // `疫苗管理法`: a law's category is `法` (FACTS.md §programs).
            let category = if self.laws.contains(&category) { LAW.to_string() } else { category };
            self.admit(text, tokens, Program { name, category: Some(category), mention }, Source::Title, taken, out);
        }
    }

    /// `某县医共体信息化工程项目`: a head of `[construction_heads]` right after a word of
    /// `[works_projects]` is that works' project; the title ends at the works (`…信息化工程`).
    fn works_of_project(&self, text: &str, head: Span) -> Span {
        let before = text.get(..head.start).unwrap_or("");
        match self.kinds.works_projects.longest_suffix(before) {
            Some(len) if self.construction_heads.contains(head.slice(text)) => Span::new(head.start - len, head.start),
            _ => head,
        }
    }

    /// `基层人才培养、县域医疗提升和乡村医生振兴三大…`: the members of a list ending at the
    /// count word at token `count` (`三大`, `3项`), when there are as many as it counts;
    /// otherwise none.
    fn counted_list(&self, text: &str, tokens: &[Token<'_>], count: usize, taken: &Taken) -> Vec<Span> {
        let word = tokens[count].text;
        if !self.shapes.count_word.is_match(word) {
            return Vec::new();
        }
        let numeral = word.trim_end_matches(|c: char| !(c.is_ascii_digit() || number::is_chinese_numeral_char(c)));
        let Some(n) = number::parse(numeral).filter(|&n| n >= 2.0) else { return Vec::new() };
        let members = self.list_members(text, tokens, count, 2, 2, taken);
        if members.len() as f64 == n {
            members
        } else {
            Vec::new()
        }
    }

    /// The trusted head that token `k` ends (`试点中` as one token: the head ends inside
    /// it), unless a longer title goes on after it: the chain of heads (示范/试点/项目 ends
    /// at 项目), nouns leading to another head (`国家基本公共卫生服务项目绩效评价试点`), a
    /// blocker, or a head word used as a verb (计划于…).
    fn title_head(&self, text: &str, tokens: &[Token<'_>], k: usize, taken: &Taken) -> Option<Span> {
        let t = &tokens[k];
        let window =
            |end: usize| text.get(floor_char_boundary(text, end.saturating_sub(HEAD_WINDOW_BYTES))..end).unwrap_or("");
        let suffix_at = |end: usize| self.title_heads.longest_suffix(window(end));
        let (head_end, head_len) = match suffix_at(t.span.end) {
            Some(len) => (t.span.end, len),
            None if self.law_word(t.text) => (t.span.end, LAW.len()),
            None => {
                let end = t.span.start + self.after_head.trailing_cut(t.text)?;
                (end, suffix_at(end)?)
            }
        };
        let next = tokens.get(k + 1).filter(|_| head_end == t.span.end);
        if self.intent_before_date(tokens, k, taken) {
            return None;
        }
        if let Some(n) = next {
            let head_after = suffix_at(n.span.end).is_some() && !self.intent_before_date(tokens, k + 1, taken);
            if head_after || self.blockers.contains(n.text) || self.org_types.contains(n.text) {
                return None; // `…计划委员会`: the head word opens an organization's name
            }
            if self.links.contains(n.text) && self.linked_body(tokens, k + 2) {
                return None; // `…工程与技术中心`: the head word and its partner name a body
            }
        }
        // `…运动主场活动`, `…专项整治工作推进会`: the title is an event's theme (the work on it
        // may be written between).
        let theme = |rest: &str| {
            let rest = rest.strip_prefix(THEME_WORK).unwrap_or(rest);
            self.taken_over.longest_prefix(rest).is_some()
        };
        if text.get(head_end..).is_some_and(theme) {
            return None;
        }
        let ends_title = |n: &Token<'_>| {
            suffix_at(n.span.end).is_some()
                || self.after_head.trailing_cut(n.text).is_some_and(|cut| suffix_at(n.span.start + cut).is_some())
        };
        let longer = next.is_some()
            && tokens[k + 1..]
                .iter()
                .enumerate()
                .take(4)
                .take_while(|&(_, n)| {
                    // `母婴安全行动提升计划`: a verb that governs nothing goes on to the head;
                    // so does a count of years (`健康细胞工程三年行动计划`).
                    (n.tag.starts_with('n') || n.tag.starts_with('v') || self.shapes.title_years.is_match(n.text))
                        && !is_punct(n.text)
                        && !self.stops.contains(n.text)
                        && !self.is_verb(n.text)
                        && !taken.entity_at(n.span)
                })
                // `…工程计划今年覆盖…`: a verb of intent ends no longer title
                .any(|(i, n)| ends_title(n) && !self.intent_before_date(tokens, k + 1 + i, taken));
        if longer || t.tag == "v" && next.is_some_and(|n| self.verb_before(n, taken)) {
            return None;
        }
        Some(Span::new(head_end - head_len, head_end))
    }

    /// `某某工程与技术研究中心`, `健康促进项目与质量管理办公室`: the nouns from token `k` (after
    /// a link word behind a head) reach an organization type within [`MAX_LINKED_BODY_TOKENS`]
    /// words: the head and its partner are two fields of one body's name, no program.
    fn linked_body(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let words = tokens.get(k..).unwrap_or(&[]).iter().take(MAX_LINKED_BODY_TOKENS);
        let nouns = words.take_while(|n| !is_punct(n.text) && !self.is_verb(n.text) && !self.links.contains(n.text));
        nouns.into_iter().any(|n| ends_with_word(&self.org_types, n.text))
    }

    /// `劳动法`, `国安法`: one word of the dictionary, three letters or more, ending in `法`
    /// and no word of method or act (`[not_laws]`: `中医疗法`, `工作法`) is the head of a law
    /// written without marks (`违反某国劳动法` → `某国劳动法`, category `法`).
    fn law_word(&self, token: &str) -> bool {
        token.ends_with(LAW)
            && token.chars().count() > MIN_LAW_MODIFIER_CHARS
            && is_plain_name(token)
            && self.not_laws.longest_suffix(token).is_none()
    }

    /// `计划2027年建成`, `计划今年覆盖`: token `k` is a head word of intent (`[verb_heads]`)
    /// right before a date and the date right before a verb: the clause's verb, no head (a
    /// plan that is the subject, `…补助计划明年将延长`, has an adverb of aspect after the date).
    fn intent_before_date(&self, tokens: &[Token<'_>], k: usize, taken: &Taken) -> bool {
        let date = |n: &Token<'_>| taken.date_at(n.span) || self.kinds.relative_years.contains(n.text);
        let after = tokens.get(k + 1..).unwrap_or(&[]);
        let dated = after.iter().take_while(|n| date(n)).count();
        let verb = after.get(dated).is_some_and(|n| n.tag.starts_with('v') && !self.aspect.contains(n.text));
        self.kinds.verb_heads.contains(tokens[k].text) && dated > 0 && verb
    }

    /// A head word tagged a verb is used as one (`计划于…`, `计划投资…`, `计划11月底发射`)
    /// when the token `next` after it is a verb, a word of `[verb_use]` or a date.
    fn verb_before(&self, next: &Token<'_>, taken: &Taken) -> bool {
        next.tag == "v" || self.verb_use.contains(next.text) || taken.date_at(next.span)
    }

    /// True when `modifier` (starting at byte `start`) is a place token and a concept
    /// (`灞桥区医养结合`).
    fn place_then_concept(&self, tokens: &[Token<'_>], start: usize, modifier: &str) -> bool {
        let first = tokens.get(starting_at(tokens, start)).filter(|t| t.span.start == start && t.tag == "ns");
        first.is_some_and(|t| modifier.get(t.text.len()..).is_some_and(|rest| self.concepts.contains(rest)))
    }

    /// `市健康宝贝工程` → `健康宝贝工程`, `全省老年健康促进行动` → `老年健康促进行动`: a bare
    /// administrative level or scope opening the name at `start` is no part of it (the start
    /// after it, else `start`), unless it is the scope of the institutions or of the counted
    /// things after it (`县级公立医院…`, `全市十大服务行业…测评`).
    fn past_admin_level(&self, tokens: &[Token<'_>], start: usize, head: Span) -> usize {
        let k = starting_at(tokens, start);
        let first = tokens.get(k).filter(|t| t.span.start == start && t.span.end < head.start);
        let counted = tokens.get(k + 1).is_some_and(|t| self.shapes.count_word.is_match(t.text));
        first
            .filter(|t| self.admin_levels.contains(t.text) && !self.levels_institutions(tokens, k + 1) && !counted)
            .map_or(start, |t| t.span.end)
    }

    /// True when the words from token `k` name a kind of organization (`县级公立医院…`,
    /// `县医院…`): the level qualifies the institutions, and stays in the name.
    fn levels_institutions(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let next = |i: usize| tokens.get(i).map_or("", |t| t.text);
        ends_with_word(&self.org_types, next(k)) || ends_with_word(&self.org_types, next(k + 1))
    }

    /// The title ending in `head`: its start, its mention (with a version number after the
    /// head, `长照十年计划2.0`) and its name (`十四五规划`: a plan period names its plan);
    /// `None` for a building project or a modifier that is not distinctive.
    fn titled_name(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        head: Span,
        category: &str,
        quote_spans: &[Span],
        taken: &Taken,
    ) -> Option<(usize, Span, String)> {
        let start = self.past_admin_level(tokens, self.name_start(text, tokens, head, taken)?, head);
        let version = text.get(head.end..).map_or(0, |rest| self.version_len(rest));
        let mention = Span::new(start, head.end + version);
        if quote_spans.iter().any(|q| q.overlaps(mention)) {
            return None;
        }
        let modifier = Span::new(start, head.start).slice(text);
        if self.construction_heads.contains(category)
            && (self.construction.iter().any(|w| modifier.contains(w.as_str()))
                || self.buildings.longest_suffix(modifier).is_some())
        {
            return None;
        }
        if self.names_a_kind(tokens, start, modifier, category) {
            return None;
        }
        if self.counted_heads.contains(category) {
            // `三孩生育政策`: named by its count of children, else the policy in general; a
            // name read over a link word (`全面两孩和三孩…`) keeps its last count.
            let from = starting_at(tokens, start);
            let counted = tokens[from..]
                .iter()
                .take_while(|t| t.span.end <= head.start)
                .find(|t| self.counts_children(text, t, head.start));
            return counted.map(|t| {
                let mention = Span::new(t.span.start, mention.end);
                (t.span.start, mention, mention.slice(text).to_string())
            });
        }
        if self.national_heads.contains(category) && !modifier.starts_with(NATIONAL) {
            return None; // `药品目录`: a list in general; `国家…目录` is a designation
        }
        if self.health_place_heads.contains(category)
            && self.health_place_end(tokens, starting_at(tokens, start)) != Some(head.start)
        {
            return None; // `空气质量指数`: an indicator; `健康某城指数` is the campaign's index
        }
        if self.ratio_heads.contains(category) && !modifier.ends_with(RATIO) {
            return None; // `收费标准`: a standard in general; `护病比标准` fixes a ratio
        }
        let period = self.shapes.period.is_match(modifier);
        if !period && self.period_heads.contains(category) {
            return None; // `常规免疫规划`: a plan named by its period only (`十四五规划`)
        }
        if self.described_heads.contains(category) && self.journeys.longest_suffix(modifier).is_none() {
            return None; // `世界无烟日宣传活动`: described, not named (`优质服务基层行活动` is)
        }
        if self.exercised_heads.contains(category) && self.holds_exercise(modifier) {
            return None; // `中等强度运动`: a kind of exercise, no campaign (`爱国卫生运动` is one)
        }
        let name = if period {
            modifier.to_string()
        } else if self.distinctive(modifier, self.min_modifier_chars(modifier, category)) {
            mention.slice(text).to_string()
        } else {
            return None;
        };
        Some((start, mention, name))
    }

    /// The distinctive letters a title's modifier needs: two for a law (`疫苗`管理法), for a
    /// voucher's scheme (`医疗券`计划), a ratio's standard (`护病比`标准) and for a national title with a compound head
    /// (`国家某某行动计划`, `全国某某示范项目`), else four.
    fn min_modifier_chars(&self, modifier: &str, category: &str) -> usize {
        let national = [NATIONAL, NATIONWIDE].iter().any(|w| modifier.starts_with(w));
        let compound = category.chars().count() >= MIN_COMPOUND_HEAD_CHARS;
        let voucher = self.vouchers.longest_suffix(modifier).is_some();
        let ratio = self.ratio_heads.contains(category);
        if self.laws.contains(category) || category == LAW || voucher || ratio || (national && compound) {
            MIN_LAW_MODIFIER_CHARS
        } else {
            MIN_TITLE_MODIFIER_CHARS
        }
    }

    /// True when the title `modifier` + `category` (starting at `start`) is a kind of thing,
    /// not a named instrument.
    fn names_a_kind(&self, tokens: &[Token<'_>], start: usize, modifier: &str, category: &str) -> bool {
        let ends_in = |set: &WordSet| set.longest_suffix(modifier).is_some();
        // `健康促进活动`: a concept's activities, no name (`健康促进行动` is one)
        (self.concepts.contains(modifier) && category.ends_with("活动"))
            // `某区医养结合项目`: a place's work on a concept, no name
            || self.place_then_concept(tokens, start, modifier)
            // `虚构诊疗项目`: an item of a list; `某专家组项目评估`: a group's assignment
            || (category == "项目" && (ends_in(&self.items) || ends_in(&self.teams)))
            // `个性化康复治疗方案`, `康复训练计划`: a patient's plan of care
            || self.care_plan(modifier, category)
            // `采取军事干预行动`: an action of a kind taken
            || self.kind_verb_before(tokens, start)
            // `某县两卫生院项目`: the projects of so many sites, counted
            || (self.construction_heads.contains(category) && self.counts_things(tokens, start, modifier))
    }

    /// True when a word of `[counted_things]` (`两`, `三`) stands alone inside the modifier
    /// starting at `start`, before a word of Han letters (`两 卫生院`; `五大` is one word
    /// and names a set: `五大健康产业项目` stays a name).
    fn counts_things(&self, tokens: &[Token<'_>], start: usize, modifier: &str) -> bool {
        let end = start + modifier.len();
        let from = starting_at(tokens, start);
        tokens[from..]
            .windows(2)
            .take_while(|w| w[1].span.end <= end)
            .any(|w| self.kinds.counts.contains(w[0].text) && w[1].text.chars().all(is_han))
    }

    /// `用药方案`, `康复训练计划`, `个性化健康管理计划`: a 方案 whose modifier ends in a word
    /// of care, and a plan or scheme ending in a word of training or diet or opening with
    /// one person's (`个性化`, `个人`), is a patient's plan, not a policy instrument
    /// (`乡村医生订单定向培养计划` is one).
    fn care_plan(&self, modifier: &str, category: &str) -> bool {
        let clinical = category == CARE_PLAN_HEAD && self.care.care_plans.longest_suffix(modifier).is_some();
        let personal = self.care.training_plans.longest_suffix(modifier).is_some()
            || self.care.personal_openers.longest_prefix(modifier).is_some();
        clinical || (self.care.heads.contains(category) && personal)
    }

    /// True when the token right before the title starting at `start` is a verb that takes
    /// a kind of action (`采取`).
    fn kind_verb_before(&self, tokens: &[Token<'_>], start: usize) -> bool {
        let k = starting_at(tokens, start);
        k > 0
            && tokens.get(k).is_some_and(|t| t.span.start == start)
            && self.kinds.kind_verbs.contains(tokens[k - 1].text)
    }

    /// True when a word of bodily exercise (`强度`, `户外`) starts anywhere in `modifier`.
    fn holds_exercise(&self, modifier: &str) -> bool {
        modifier.char_indices().any(|(i, _)| self.exercise.longest_prefix(&modifier[i..]).is_some())
    }

    /// `紧密型县域医共体、城市医疗集团建设试点`: a list without 等 before the title shares the
    /// head and the words the last member ends with (建设); each member is a program of its
    /// own (pushed to `out`). Without 等, short members are parts of one name
    /// (医疗、医保、医药联动改革): the title's mention and name then cover them.
    fn listed_titles(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        title: Titled,
        category: &str,
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) -> (Span, String) {
        let Titled { start, head, mut mention, mut name } = title;
        let first = starting_at(tokens, start);
        if self.counted_heads.contains(category) {
            for member in self.counted_members(text, tokens, first) {
                let name = format!("{}{category}", member.slice(text));
                let program = Program { name, category: Some(category.to_string()), mention: member };
                self.admit(text, tokens, program, Source::TitleList, taken, out);
            }
            return (mention, name);
        }
        let listed = first > 0 && tokens[first].span.start == start && tokens[first - 1].text == "、";
        if !listed || self.unlisted.contains(category) {
            return (mention, name);
        }
        let shared = self.shared_tail(tokens, Span::new(start, head.start));
        let tail = Span::new(shared, mention.end).slice(text);
        let shared_words = Span::new(shared, head.start).slice(text);
        let head_words = Span::new(head.start, mention.end).slice(text);
        let members = self.list_members(text, tokens, first, 1, MIN_TITLE_MODIFIER_CHARS, taken);
        if members.is_empty() {
            let parts = self.list_members(text, tokens, first, 1, 1, taken);
            // `…的政策、某某工程`: a part that is a document's head (`政策`) is its own noun.
            let short = |p: &Span| {
                let s = p.slice(text);
                s.chars().count() < MIN_TITLE_MODIFIER_CHARS && self.document_heads.longest_suffix(s).is_none()
            };
            if parts.iter().all(short) {
                if let Some(p) = parts.first().filter(|p| p.end <= start) {
                    mention = Span::new(p.start, mention.end);
                    name = mention.slice(text).to_string();
                }
            }
        }
        for member in members {
            // `各国的就业政策、某某工程`: a member with a document's head of its own (`政策`) is
            // its own noun and shares no tail.
            if member.end > start || self.document_heads.longest_suffix(member.slice(text)).is_some() {
                continue;
            }
            // `健康县区建设、健康村镇建设试点`: a member may spell the shared words out.
            let own = member.slice(text);
            let rest = if !shared_words.is_empty() && own.ends_with(shared_words) { head_words } else { tail };
            let name = format!("{own}{rest}");
            let program = Program { name, category: Some(category.to_string()), mention: member };
            self.admit(text, tokens, program, Source::TitleList, taken, out);
        }
        (mention, name)
    }

    /// `单独两孩、全面两孩和三孩生育政策`: the counts of children listed (by `、` or a link
    /// word) before the one that opens the title at token `first`, each a policy of the
    /// same head; the list ends at the first member of another shape.
    fn counted_members(&self, text: &str, tokens: &[Token<'_>], first: usize) -> Vec<Span> {
        let mut members = Vec::new();
        let mut k = first;
        while k > 0 && (tokens[k - 1].text == "、" || self.links.contains(tokens[k - 1].text)) {
            let separator = k - 1;
            let end = tokens[separator].span.start;
            let mut best = None;
            for j in (separator.saturating_sub(MAX_COUNT_MEMBER_TOKENS)..separator).rev() {
                if is_punct(tokens[j].text) {
                    break;
                }
                if self.counts_children(text, &tokens[j], end) {
                    best = Some((j, Span::new(tokens[j].span.start, end)));
                }
            }
            let Some((j, span)) = best else { break };
            members.push(span);
            k = j;
        }
        members.reverse();
        members
    }

    /// The words from token `t` to `end` are a count of children (`全面两孩`), opened by no
    /// link or stop word (`和三孩`).
    fn counts_children(&self, text: &str, t: &Token<'_>, end: usize) -> bool {
        let opener = self.links.contains(t.text) || self.stops.contains(t.text);
        !opener && text.get(t.span.start..end).is_some_and(|m| self.shapes.child_count.is_match(m))
    }

    /// Start of the words a list's last member shares with the others: its trailing
    /// generic words (`城市医疗集团建设` → `建设`), or `span.end` when there are none.
    fn shared_tail(&self, tokens: &[Token<'_>], span: Span) -> usize {
        let mut shared = span.end;
        let mut k = containing(tokens, span.end);
        while k > 0 {
            k -= 1;
            let t = tokens[k];
            if t.span.start <= span.start || !self.shared.contains(t.text) {
                break;
            }
            shared = t.span.start;
        }
        shared
    }

    /// Where the name before `head` starts, or `None` when a demonstrative makes it a
    /// description.
    fn name_start(&self, text: &str, tokens: &[Token<'_>], head: Span, taken: &Taken) -> Option<usize> {
        let j = containing(tokens, head.start);
        if j >= tokens.len() {
            return None;
        }
        let mut start = tokens[j].span.start.min(head.start);
        // `开展试点` as one token: the part before the head may be a governing verb.
        let prefix = Span::new(start, head.start).slice(text);
        if !prefix.is_empty() && self.verbs.longest_suffix(prefix).is_some() {
            return Some(head.start);
        }
        // `新门诊楼按计划投入使用` (按/计划 one token): `as planned`, nothing named.
        if self.kinds.glued_prepositions.contains(prefix) {
            return None;
        }
        let mut k = j;
        let mut stopped_at_de = false;
        while k > 0 {
            k -= 1;
            let t = tokens[k];
            match self.modifier_step(text, tokens, k, start, head, taken) {
                Left::Take => start = t.span.start,
                Left::TakeLast => {
                    start = t.span.start;
                    break;
                }
                Left::Stop => break,
                Left::StopAtDe => {
                    stopped_at_de = true;
                    break;
                }
                Left::Reject => return None,
            }
        }
        // `这种走基层的患者关爱活动`: a demonstrative before a 的-phrase describes.
        if stopped_at_de && (self.demonstrative_before(tokens, k) || self.focus_before(tokens, k)) {
            return None;
        }
        if self.adverb_opens_strategy(text, tokens, k, start, head) {
            start = tokens[k].span.start;
        }
        start += self.glued_verb_len(tokens, start, head);
        start = self.past_opening_verb(text, tokens, start, head, taken);
        start = self.past_glued_stop(text, start, head);
        Some(self.past_counts_and_dates(text, start, head))
    }

    /// `实施积极推进某某发展国家战略`: a national strategy named by what it does — its name
    /// opens with a verb and its object (`推进某某发展`), and the adverb before that verb
    /// (token `k`, where the name stopped) is the strategy's own when a governing verb stands
    /// right before it (`实施`). Only with `国家` right before `战略`.
    fn adverb_opens_strategy(&self, text: &str, tokens: &[Token<'_>], k: usize, start: usize, head: Span) -> bool {
        let national = text.get(..head.start).is_some_and(|t| t.ends_with(NATIONAL)) && head.slice(text) == STRATEGY;
        let adverb = tokens.get(k).is_some_and(|t| t.tag.starts_with("ad") || t.tag == "d");
        let verb_object = tokens.get(k + 1).is_some_and(|t| t.span.start == start && t.tag == "v")
            && tokens.get(k + 2).is_some_and(|t| t.tag.starts_with('n') && t.span.end <= head.start);
        let governed = k > 0 && self.governing.contains(tokens[k - 1].text);
        national && adverb && verb_object && governed
    }

    /// `江北区以新时代…运动`: a one-character stop word (`以`, `在`) that the segmenter glued
    /// to the determiner after it (`以新/时代`) ends the clause before the name; the name
    /// starts after the last such stop (the determiner is dropped next).
    fn past_glued_stop(&self, text: &str, start: usize, head: Span) -> usize {
        let modifier = text.get(start..head.start).unwrap_or("");
        let mut glued = modifier.char_indices().filter_map(|(i, c)| {
            let after = i + c.len_utf8();
            let stop = self.stops.contains(&modifier[i..after]);
            (stop && self.determiners.longest_prefix(&modifier[after..]).is_some()).then_some(after)
        });
        glued.next_back().map_or(start, |after| start + after)
    }

    /// What the token `k` left of a program's head does to its name (which starts at
    /// `start` so far): a modifier is taken; a clause break, verb, date, subject, entity,
    /// meeting head, count or stop word ends the name; a scope word is its last word; a
    /// demonstrative rejects it.
    fn modifier_step(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        k: usize,
        start: usize,
        head: Span,
        taken: &Taken,
    ) -> Left {
        let t = tokens[k];
        // `创` alone: a verb whatever the segmenter tags it (`全力/n 创/n 国家级…`).
        let single_verb = self.single_verbs.contains(t.text);
        let since = t.text.chars().count() > 1 && t.text.ends_with('起'); // 从今年起
        if latin_slash(tokens, k) {
            return Left::Take; // `DRG/DIP支付方式改革`: one name of two codes
        }
        if self.scoped_verb(tokens, k) {
            return Left::Take; // `国家组织…集中带量采购`: the scope word before it opens the name
        }
        if is_punct(t.text)
            || is_glued_etc(t.text)
            || self.is_verb(t.text)
            || single_verb
            || self.verb_after_aspect(tokens, k)
            || self.aspect.contains(t.text)
            || is_aspect_particle_tag(t.tag)
            || since
            || self.is_deictic(t.text)
            || self.ends_date(text, t.span.end)
            || self.kinds.relative_years.contains(t.text)
            || taken.date_at(t.span)
        {
            return Left::Stop; // a name holds no clause subject (该院) and no date (2023年10月起试点)
        }
        if self.demonstrative.contains(t.text) {
            return Left::Reject;
        }
        if self.sorts_or_takes_kind(t.text) {
            return Left::Stop;
        }
        if self.place_verb_governs(tokens, k, head) {
            return Left::Stop; // `在某岛建设…合作示范区`: the place builds it, the name follows
        }
        if taken.entity_at(t.span) || taken.program_at(t.span) {
            return Left::Stop;
        }
        // `…人口老龄化国家战略`: a scope word right before the head qualifies it, the name goes
        // on; further left it opens the name (`全市老年健康促进行动`).
        if self.scope.contains(t.text) {
            return if t.span.end == head.start { Left::Take } else { Left::TakeLast };
        }
        // `…年会暨医疗项目`: a meeting's name is not a program's; `已有12个项目`: counted
        // things, not a name.
        if self.ordinal_period_at(text, tokens, k) {
            return Left::Take; // `第2个10年…计划`: an ordinal period, no count of things
        }
        if self.event_heads.longest_suffix(t.text).is_some()
            || self.is_count(tokens, k)
            || self.is_counted_kind(tokens, k)
        {
            return Left::Stop;
        }
        if self.links.contains(t.text) && start < head.start && k > 0 {
            return if self.link_joins(text, tokens[k - 1], taken) { Left::Take } else { Left::Stop };
        }
        if self.stops.contains(t.text) {
            return if t.text == "的" { Left::StopAtDe } else { Left::Stop };
        }
        if self.kinds.function_tags.contains(t.tag) && !t.text.starts_with(RATIO) {
            // `由于生物工程`, `为了某某工程`, `这场某某运动`: no word of a name (the `比` of a
            // ratio, `护病比标准`, is tagged a preposition)
            return Left::Stop;
        }
        if text.get(t.span.start..head.start).map_or(0, |m| m.chars().count()) > MAX_MODIFIER_CHARS {
            return Left::Stop;
        }
        Left::Take
    }

    /// `逐一核对相关项目`: a determiner counts or sorts the things after it, and the words
    /// before it are the clause's (a name opening with one drops it: `past_counts_and_dates`);
    /// `科室擅自采取任何临时行动`: the name starts after the verb of a kind of action (also
    /// glued to its object, `采取任何`), which `names_a_kind` then rejects.
    fn sorts_or_takes_kind(&self, token: &str) -> bool {
        self.determiners.contains(token) || self.kinds.kind_verbs.longest_prefix(token).is_some()
    }

    /// Token `k` is a verb of `[scoped_verbs]` glued to a scope word before it (`国家` `组织`).
    fn scoped_verb(&self, tokens: &[Token<'_>], k: usize) -> bool {
        k > 0
            && self.scoped_verbs.contains(tokens[k].text)
            && self.scope.contains(tokens[k - 1].text)
            && tokens[k - 1].span.end == tokens[k].span.start
    }

    /// `当局正检讨…计划`: token `k` is a verb right after an adverb of aspect, the verb of a
    /// clause (the segmenter's tag says verb; the adverb says it is not part of a name).
    fn verb_after_aspect(&self, tokens: &[Token<'_>], k: usize) -> bool {
        k > 0 && tokens[k].tag == "v" && self.aspect.contains(tokens[k - 1].text)
    }

    /// Token `k` is the measure of an ordinal period (`第2个10年`: `第` at most two tokens
    /// before it).
    fn ordinal_period_at(&self, text: &str, tokens: &[Token<'_>], k: usize) -> bool {
        (k.saturating_sub(2)..=k)
            .find(|&j| tokens[j].text.starts_with('第'))
            .is_some_and(|j| text.get(tokens[j].span.start..).is_some_and(|r| self.shapes.ordinal_period.is_match(r)))
    }

    /// `在某岛建设粤港澳深度合作示范区`, `加快建设三大医疗中心项目`: token `k` is a verb of
    /// building right after a place, a verb or an adverb of aspect and not right before the
    /// head: it governs the name after it (`…医共体建设试点` keeps its `建设`).
    fn place_verb_governs(&self, tokens: &[Token<'_>], k: usize, head: Span) -> bool {
        let t = tokens[k];
        k > 0
            && t.span.end < head.start
            && self.place_verbs.contains(t.text)
            && (self.follows_place(tokens, k) || self.follows_clause_verb(tokens[k - 1].text))
    }

    /// `加快`, `正在`: a verb or an adverb of aspect, after which a verb of building opens a
    /// clause's predicate (`加快建设…项目`, `正在建设…项目`), no name's word.
    fn follows_clause_verb(&self, before: &str) -> bool {
        self.is_verb(before) || self.single_verbs.contains(before) || self.aspect.contains(before)
    }

    /// The words right before token `k` are a place: a tagged place name, not a kind of
    /// place (`健康城市建设三年行动`: `城市` tagged as a place names none), or one or two
    /// words opened by a place preposition (`在某岛建设…`: the segmenter need not know the
    /// island).
    fn follows_place(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let before = tokens[k - 1];
        if before.tag == "ns" && !self.place.not_places.contains(before.text) {
            return true;
        }
        // `d` place words tokens[k - d..k], the preposition right before them
        (1..=MAX_PLACE_WORDS.min(k - 1))
            .take_while(|&d| !is_punct(tokens[k - d].text))
            .any(|d| self.place_prepositions.contains(tokens[k - d - 1].text))
    }

    /// A linking word joins two parts of one name unless the token `before` it ends a
    /// clause, a name of its own, or is a verb, a stop word or a taken span.
    fn link_joins(&self, text: &str, before: Token<'_>, taken: &Taken) -> bool {
        let prior =
            text.get(floor_char_boundary(text, before.span.end.saturating_sub(HEAD_WINDOW_BYTES))..before.span.end);
        let ends_name = prior.is_some_and(|p| self.title_heads.longest_suffix(p).is_some());
        !(is_punct(before.text)
            || ends_name
            || self.is_verb(before.text)
            || self.stops.contains(before.text)
            || taken.program_at(before.span)
            || taken.entity_at(before.span))
    }

    /// `以…为重点的` right before token `k` (the 的): what the work centres on, a description.
    fn focus_before(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let Some(j) = k.checked_sub(2).filter(|&j| tokens[j].text == "为" && self.focus.contains(tokens[j + 1].text))
        else {
            return false;
        };
        let mut clause = tokens[..j].iter().rev().take(MAX_CLAUSE_TOKENS).take_while(|t| !is_clause_break(t.text));
        clause.any(|t| t.text == "以")
    }

    /// A demonstrative in the clause before token `k` (`这种走基层的…`).
    fn demonstrative_before(&self, tokens: &[Token<'_>], mut k: usize) -> bool {
        while k > 0 {
            k -= 1;
            let t = tokens[k];
            if is_clause_break(t.text) || self.is_verb(t.text) {
                return false;
            }
            if self.demonstrative.contains(t.text) {
                return true;
            }
        }
        false
    }

    /// `推长照十年计划`: the length of a verb the segmenter glued to the name's first word
    /// (at `start`), which governs the name (`推长照` but not `建设`: a one-character verb only
    /// before a word of two).
    fn glued_verb_len(&self, tokens: &[Token<'_>], start: usize, head: Span) -> usize {
        let Some(t) =
            tokens.get(starting_at(tokens, start)).filter(|t| t.span.start == start && t.tag.starts_with('v'))
        else {
            return 0;
        };
        let verb = self.verbs.longest_prefix(t.text).or_else(|| {
            let c = t.text.chars().next()?;
            let single = t.tag == "v" && t.text.chars().count() >= 3;
            (single && self.single_verbs.contains(&t.text[..c.len_utf8()])).then_some(c.len_utf8())
        });
        verb.filter(|&len| len < t.text.len() && t.span.end <= head.start).unwrap_or(0)
    }

    /// `某局督导某某专项行动`: a token the segmenter tags as a verb (`v`; `vn` only before a
    /// place name, `援助中国…项目`) opening the name, with words between it and the head,
    /// after a word that is no verb, no link, no date and no mark (a subject, a deictic word:
    /// where the name stopped), is the verb of the clause governing the name, whether or not
    /// a verb list knows it; the name starts after it. After a verb, a link, a date or a mark
    /// the verb is the name's own (`开展改善护理服务行动`, `，打击欺诈骗保行动`,
    /// `和改善…行动`, `2025年度长照…计划`).
    fn past_opening_verb(&self, text: &str, tokens: &[Token<'_>], start: usize, head: Span, taken: &Taken) -> usize {
        let k = starting_at(tokens, start);
        let (Some(t), Some(next), Some(before)) =
            (tokens.get(k), tokens.get(k + 1), k.checked_sub(1).map(|b| tokens[b]))
        else {
            return start;
        };
        // `援助中国某某项目`: a verb used as a noun before a place name opening the rest
        let before_place = t.tag == VERB_NOUN_TAG && next.tag == PLACE_TAG;
        // a one-letter token is a fragment the segmenter left (`长/照`), no verb of a clause
        let word = t.text.chars().nth(1).is_some();
        let opens = t.span.start == start && word && (t.tag == VERB_TAG || before_place) && next.span.end <= head.start;
        let governed = is_punct(before.text)
            || before.tag.starts_with('v')
            || before.tag == "c"
            || is_aspect_particle_tag(before.tag)
            || self.is_verb(before.text)
            || self.links.contains(before.text)
            || self.ends_date(text, before.span.end)
            || taken.date_at(before.span);
        if opens && !governed {
            t.span.end
        } else {
            start
        }
    }

    /// Past leading counts, determiners and dates, which are not part of the name (100个,
    /// 一批, 2025年度).
    fn past_counts_and_dates(&self, text: &str, mut start: usize, head: Span) -> usize {
        loop {
            let rest = text.get(start..head.start).unwrap_or("");
            if self.shapes.ordinal_period.is_match(rest) {
                return start; // `第2个10年…计划`: the ordinal of a plan's period is its name's
            }
            if let Some(m) = self.shapes.leading_count.find(rest).or_else(|| self.shapes.date_prefix.find(rest)) {
                if self.names_a_set(m.as_str(), text, head) {
                    return start; // `推进五大健康产业项目`: a set of projects named with `大`
                }
                start += m.end();
            } else if let Some(len) = season_tail(text, start) {
                start += len; // `2026/27季节性…计划` cut after the slash: the rest of the date
            } else if let Some(len) = self.parts.seasons.longest_prefix(rest).filter(|_| self.ends_date(text, start)) {
                start += len; // `2026年春季…运动`: the season is the rest of the year's date
            } else if let Some(len) = self.scope_before_batch(rest) {
                start += len; // `全省首批…试点`: the scope of a batch, not of the name
            } else if let Some(len) = self.determiners.longest_prefix(rest) {
                start += len;
            } else {
                return start;
            }
        }
    }

    /// `五大` before a project's or works' head (`[construction_heads]`: `五大健康产业项目`)
    /// names a set, and stays in the name wherever it stands (FACTS.md, round 69).
    fn names_a_set(&self, count: &str, text: &str, head: Span) -> bool {
        count.ends_with(SET_COUNT) && self.construction_heads.contains(head.slice(text))
    }

    /// `全省首批…`, `国家第二批…`: the length of a scope word that a batch follows (the
    /// scope of the batch; `全市十大…测评` keeps its scope).
    fn scope_before_batch(&self, rest: &str) -> Option<usize> {
        let len = self.scope.longest_prefix(rest)?;
        rest.get(len..).is_some_and(|after| self.shapes.batch.is_match(after)).then_some(len)
    }

    /// Place deixis, and `该`+noun (`该院`, `该县`) which is a clause's subject.
    fn is_deictic(&self, token: &str) -> bool {
        self.deictic.contains(token) || (token.starts_with('该') && token.chars().count() == 2)
    }

    /// True when the text ending at byte `end` ends in a date (`2024年`, `25年度`, `10月`).
    fn ends_date(&self, text: &str, end: usize) -> bool {
        let unit = text.get(..end).and_then(|t| t.chars().next_back()).is_some_and(|c| "年度月份日号".contains(c));
        if !unit {
            return false;
        }
        let window = text.get(floor_char_boundary(text, end.saturating_sub(16))..end).unwrap_or("");
        self.shapes.date_end.is_match(window)
    }

    /// True when `modifier` names something: at least `min_chars` letters beyond generic words.
    fn distinctive(&self, modifier: &str, min_chars: usize) -> bool {
        let mut rest = modifier;
        let mut content = 0;
        while let Some(c) = rest.chars().next() {
            if let Some(len) = self.generic.longest_prefix(rest) {
                rest = &rest[len..];
                continue;
            }
            if crate::text::is_alphanumeric(c) {
                content += 1;
            }
            rest = &rest[c.len_utf8()..];
        }
        content >= min_chars
    }

    /// Members of `A、B和C等` ending at token `etc` (at least `min` of them, each with
    /// `min_chars` distinctive characters): their spans, or none if not a list.
    fn list_members(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        etc: usize,
        min: usize,
        min_chars: usize,
        taken: &Taken,
    ) -> Vec<Span> {
        let mut members = Vec::new();
        let mut end = tokens[etc].span.start;
        let mut start = end;
        let mut k = etc;
        let floor = etc.saturating_sub(MAX_LIST_TOKENS);
        while k > floor {
            k -= 1;
            let t = tokens[k];
            let separator = t.text == "、" || self.links.contains(t.text);
            if separator || is_punct(t.text) || self.is_verb(t.text) || self.stops.contains(t.text) {
                if start < end {
                    members.push(Span::new(start, end));
                }
                if !separator {
                    break;
                }
                end = t.span.start;
                start = end;
                continue;
            }
            if taken.entity_at(t.span) || taken.program_at(t.span) {
                break;
            }
            start = t.span.start;
            if k == floor {
                members.push(Span::new(start, end));
            }
        }
        members.reverse();
        let valid = members.len() >= min
            && members.iter().all(|m| {
                let s = m.slice(text);
                (2..=MAX_MODIFIER_CHARS).contains(&s.chars().count()) && self.distinctive(s, min_chars)
            });
        if valid {
            members
        } else {
            Vec::new()
        }
    }

    /// `推动长照2.0`: an unquoted brand with a version number, when a program verb governs
    /// it or a name's follower comes after it (`长照2.0服务`); category `None`. A measure
    /// value (`血糖7.0以上`, `增长2.0倍`) is neither.
    fn version_programs(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        sentence: Span,
        quote_spans: &[Span],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        for (k, v) in tokens.iter().enumerate() {
            // A cheap test first: this runs on every token.
            let numeric = v.text.ends_with(".0") && v.text.starts_with(|c: char| c.is_ascii_digit());
            if k == 0 || !numeric || !self.shapes.version.find(v.text).is_some_and(|m| m.end() == v.text.len()) {
                continue;
            }
            if !v.text.ends_with(".0") || v.text.starts_with(['0', '1']) {
                continue; // versions of a scheme are 2.0, 3.0 …; 1.5 or 0.0 are measures
            }
            // The name: the tokens glued before the version, a verb-tagged word only right
            // before it (the segmenter tags 长照 as a verb).
            let mut start = v.span.start;
            let mut j = k;
            while j > 0 {
                let t = tokens[j - 1];
                let stop = is_punct(t.text)
                    || self.is_verb(t.text)
                    || self.stops.contains(t.text)
                    || self.is_deictic(t.text)
                    || (t.tag.starts_with('v') && j < k)
                    || self.is_count(tokens, j - 1)
                    || taken.entity_at(t.span)
                    || taken.date_at(t.span) // `明年长照3.0`: a name holds no date
                    || t.span.end != start
                    || text.get(t.span.start..v.span.start).map_or(0, |n| n.chars().count()) > 8;
                if stop {
                    break;
                }
                start = t.span.start;
                j -= 1;
            }
            let name = Span::new(start, v.span.end);
            let prefix = Span::new(start, v.span.start).slice(text);
            if prefix.chars().count() < 2 || !prefix.chars().all(crate::text::is_alphabetic) {
                continue;
            }
            let next = tokens.get(k + 1).filter(|n| n.span.start == v.span.end);
            let named = match next {
                Some(n) if self.not_after_formula.contains(n.text) => false,
                Some(n) if self.followers.contains(n.text) || self.quoted_heads.contains(n.text) => true,
                _ => {
                    self.governed(tokens, start, sentence, &self.verbs)
                        && next.map_or(true, |n| is_clause_break(n.text) || "、）)」》”".contains(n.text))
                }
            };
            if !named || taken.program_at(name) || taken.entity_at(name) || quote_spans.iter().any(|q| q.overlaps(name))
            {
                continue;
            }
            let program = Program { name: name.slice(text).to_string(), category: None, mention: name };
            self.admit(text, tokens, program, Source::Version, taken, out);
        }
    }

    /// `县招乡用`, `乡管村用`, `东数西算`: four ideographs with an administrative level, or one of
    /// two opposite positions, first and third.
    fn is_level_formula(&self, s: &str) -> bool {
        let chars: Vec<char> = s.chars().collect();
        let level = |c: char| self.levels.contains(c.encode_utf8(&mut [0; 4]));
        let paired = |a: char, b: char| self.paired_positions.contains(&format!("{a}{b}"));
        chars.len() == 4
            && chars.iter().all(|&c| is_han(c))
            && ((level(chars[0]) && level(chars[2])) || paired(chars[0], chars[2]))
    }

    /// End of `健康` + a place starting at token `k` (`健康` `嘉兴`, `健康` `大湾` `区`), if
    /// there is one. A place the segmenter tags as another proper noun (`义乌/nz`,
    /// `闵行/nr`) counts when a name's boundary or follower comes after it.
    fn health_place_end(&self, tokens: &[Token<'_>], k: usize) -> Option<usize> {
        let (a, b) = (tokens.get(k)?, tokens.get(k + 1)?);
        if !self.place.campaigns.contains(a.text)
            || a.span.end != b.span.start
            || !(2..=4).contains(&b.text.chars().count())
        {
            return None;
        }
        let mut end = b.span.end;
        let mut i = k + 2;
        let glued = |i: usize, end: usize| tokens.get(i).filter(|n| n.span.start == end);
        if let Some(n) = glued(i, end).filter(|n| self.place.suffixes.contains(n.text)) {
            end = n.span.end;
            i += 1;
        }
        // `健康中国行`: a journey after the place names the touring campaign.
        // (`行等` as one token: the journey ends before the 等).
        if let Some(n) = glued(i, end) {
            let journey = self.journeys.longest_prefix(n.text).filter(|&len| matches!(&n.text[len..], "" | "等"));
            if let Some(len) = journey {
                end = n.span.start + len;
                i += 1;
            }
        }
        let next = glued(i, end);
        let bounded =
            next.map_or(true, |n| is_punct(n.text) || self.followers.contains(n.text) || is_target_year(n.text));
        if self.place.not_places.contains(b.text) {
            return None; // `健康城镇`, `健康养老`: a kind of place or a trade, not a place
        }
        let place = b.tag == "ns"
            || self.place.places.contains(b.text)
            || (matches!(b.tag, "nr" | "nz") && b.text.chars().all(is_han) && bounded);
        place.then_some(end)
    }

    /// `健康某城2030规划纲要`: the year a health-city campaign aims at, glued after the place
    /// (ending at `end`), and a head of `[target_year]` right after it name the campaign's
    /// own plan: the end of the whole and the head as its category. The year alone is none
    /// (`健康某城2030目标` keeps `健康某城`).
    fn target_year_plan(&self, text: &str, tokens: &[Token<'_>], end: usize) -> Option<(usize, Option<String>)> {
        let year = tokens.get(starting_at(tokens, end)).filter(|t| t.span.start == end && is_target_year(t.text))?;
        let rest = text.get(year.span.end..)?;
        let len = self.place.target_year_heads.longest_prefix(rest)?;
        Some((year.span.end + len, Some(rest[..len].to_string())))
    }

    /// `健康` + a place (`健康上海建设`): the health-city campaign, category `None`.
    fn campaign_programs(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        quote_spans: &[Span],
        taken: &mut Taken,
        out: &mut Vec<Program<Span>>,
    ) {
        for (k, a) in tokens.iter().enumerate() {
            let Some(end) = self.health_place_end(tokens, k) else { continue };
            // `卫生健康长三角一体化`: 健康 must open the phrase, not end a compound.
            let opens = k == 0 || {
                let p = tokens[k - 1];
                is_punct(p.text)
                    || self.is_verb(p.text)
                    || self.stops.contains(p.text)
                    || self.is_deictic(p.text)
                    || p.tag.starts_with('v')
                    // `关于健康中国建设`, `和健康上海`: a preposition or conjunction opens a phrase
                    || p.tag == "p"
                    || p.tag == "c"
            };
            if !opens {
                continue;
            }
            let (end, category) = self.target_year_plan(text, tokens, end).unwrap_or((end, None));
            let mention = Span::new(a.span.start, end);
            if taken.program_at(mention) || taken.entity_at(mention) || quote_spans.iter().any(|q| q.overlaps(mention))
            {
                continue;
            }
            let program = Program { name: mention.slice(text).to_string(), category, mention };
            self.admit(text, tokens, program, Source::HealthPlace, taken, out);
        }
    }
}

/// Index of the first token that ends after `pos` (the token holding `pos`, if any).
fn containing(tokens: &[Token<'_>], pos: usize) -> usize {
    tokens.partition_point(|t| t.span.end <= pos)
}

/// Index of the first token that starts at or after `pos`.
fn starting_at(tokens: &[Token<'_>], pos: usize) -> usize {
    tokens.partition_point(|t| t.span.start < pos)
}

/// True when `token` is a word of `set` or ends with one of two or more chars.
fn ends_with_word(set: &WordSet, token: &str) -> bool {
    set.contains(token) || set.longest_suffix(token).is_some_and(|len| len >= 6)
}

/// A formula's plus sign, half or full width.
fn is_plus(token: &str) -> bool {
    token == "+" || token == "＋"
}

/// True for a token without any letter, digit or ideograph (punctuation, space, marks).
/// A year a campaign aims at, written as four digits of this century (`2030`, `2035`).
fn is_target_year(token: &str) -> bool {
    token.len() == 4 && token.starts_with("20") && token.bytes().all(|b| b.is_ascii_digit())
}

fn is_punct(token: &str) -> bool {
    !token.chars().any(crate::text::is_alphanumeric)
}

/// True when token `k` is a slash between two Latin codes (`DRG/DIP`), part of a name.
fn latin_slash(tokens: &[Token<'_>], k: usize) -> bool {
    // a code holds a letter: `2026/27` is a season, a date
    let code = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| {
            t.text.chars().all(|c| c.is_ascii_alphanumeric()) && t.text.chars().any(|c| c.is_ascii_alphabetic())
        })
    };
    matches!(tokens[k].text, "/" | "／") && k > 0 && code(tokens.get(k - 1)) && code(tokens.get(k + 1))
}

/// Punctuation that ends a clause (not `、`, which joins list members).
fn is_clause_break(token: &str) -> bool {
    token.chars().any(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?' | '\n'))
}

fn is_etc(token: &str) -> bool {
    matches!(token, "等" | "等等")
}

/// `行等` as one token: a list's `等` glued to its last member ends a name on its left.
fn is_glued_etc(token: &str) -> bool {
    token.chars().count() > 1 && token.ends_with('等') && !is_etc(token)
}

/// Characters allowed in a short quoted name (no punctuation or spaces).
fn is_name_char(c: char) -> bool {
    crate::text::is_alphanumeric(c) || "+＋·-—".contains(c)
}

/// True when `s` is only name characters; a `.` is allowed inside a version (`长照3.0`).
fn is_plain_name(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().all(|(i, &c)| {
        is_name_char(c)
            || (c == '.'
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
    })
}

/// `小病不出村、大病不出县`: plain names, one or more, joined by `、` inside one quote.
fn is_plain_list(s: &str) -> bool {
    s.split('、').all(|m| !m.is_empty() && is_plain_name(m))
}

/// `互联网+护理服务`, `1+1+N`: a `+` formula whose parts are all filled (not `互联网+`).
fn is_closed_formula(s: &str) -> bool {
    // `互联网 + 医保`: spaces around a plus sign are no part of the parts
    let parts: Vec<&str> = s.split(['+', '＋']).map(str::trim).collect();
    parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && is_plain_name(p))
}

/// The quotes whose inside the unquoted generators leave to the quote and book generators:
/// all but quoted speech, which is read as plain text (`“自从某省启动某某体检工程，我…”`).
fn name_quote_spans(text: &str, quoted: &[Quoted]) -> Vec<Span> {
    quoted.iter().filter(|q| q.mark == Mark::Book || !is_speech(q.inner.slice(text).trim())).map(|q| q.outer).collect()
}

/// Sentence punctuation inside a quote marks speech, not a name.
fn is_speech(s: &str) -> bool {
    let long_clause = s.contains(['，', ',', '；']) && !quotes::short_clauses(s);
    s.contains(['。', '！', '？', '!', '?']) || s.chars().count() > MAX_QUOTE_CHARS || long_clause
}

/// `上海市卫生健康设施专项规划（2024-2035年）` → `上海市卫生健康设施专项规划`.
fn strip_trailing_parenthetical(s: &str) -> &str {
    let t = s.trim_end();
    if t.ends_with('）') || t.ends_with(')') {
        if let Some(i) = t.rfind(['（', '(']) {
            return t[..i].trim_end();
        }
    }
    t
}

/// Fewest digits of a quoted code named by its digits alone (`“11359”`): three digits quoted
/// are a hotline (`“120”`), a day (`“315”`) or a nickname, no policy formula.
const MIN_CODE_DIGITS: usize = 4;

/// A quoted policy formula of numerals (FACTS.md §programs): a code of digits (`11359`, at
/// least [`MIN_CODE_DIGITS`]), or words counted twice (`一老一幼`, `两免一补`, `三位一体`,
/// `双随机、一公开`, `一站多能`) — a numeral first and another after a word; 3 to 8 characters.
fn is_numeral_formula(s: &str) -> bool {
    let chars: Vec<char> = s.chars().filter(|&c| c != '、').collect();
    if !(3..=8).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c) || c.is_ascii_digit()) {
        return false;
    }
    if chars.iter().all(char::is_ascii_digit) {
        return chars.len() >= MIN_CODE_DIGITS;
    }
    let first = |c: char| "一二三四五六七八九十两双百千万".contains(c);
    let counted = |c: char| first(c) || c == '多';
    first(chars[0])
        && !first(chars[1])
        && chars[2..].iter().enumerate().any(|(i, &c)| counted(c) && !counted(chars[i + 1]))
}

/// `双通道`, `两票制`: a count of two or more opening a word of two or three letters with no
/// other numeral, a numbered policy formula the dictionary may hold as one noun (FACTS.md
/// §programs: `“双通道”`); it still needs a governing verb to be named headless.
/// Longest observance (`世界无烟日`, `妇女节`) read at the start of a category after a quoted day.
const MAX_OBSERVANCE_CHARS: usize = 8;

/// `“三八”妇女节健康义诊活动`, `“5·31”世界无烟日宣传活动`: a quoted day of the year (month and
/// day as digits joined by a dot, or two or three numerals of a month and a day: `三八`,
/// `六一`, `十一`) right before a holiday or an observance (a word of the category ending in
/// `节` or `日`) is that day's date, no program; its activity is an event or none.
fn day_before_observance(stem: &str, category: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let dotted = super::events::is_quoted_day(stem);
    let numerals = (2..=3).contains(&stem.chars().count()) && stem.chars().all(|c| NUMERALS.contains(c));
    let observance = category.chars().take(MAX_OBSERVANCE_CHARS).skip(1).any(|c| c == '节' || c == '日');
    (dotted || numerals) && observance
}

fn is_counted_word(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let counts = |c: char| "二三四五六七八九十两双百千万".contains(c);
    (3..=4).contains(&chars.len())
        && counts(chars[0])
        && chars[1..].iter().all(|&c| is_han(c) && !counts(c) && !number::is_chinese_numeral_char(c))
}

/// `两个允许`, `三个结构调整`: a count of two or more (`N个`) and a noun phrase of two to six
/// letters, a policy formula by its shape (FACTS.md §programs: `“两个允许”`); not `一个…`
/// (an article), nor a phrase with `的`, nor one opening with `没` (`“三个没想到”`: what a
/// speaker did not expect, speech).
fn is_counted_formula(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let counts = |c: char| "二三四五六七八九十两".contains(c);
    (4..=8).contains(&chars.len())
        && counts(chars[0])
        && chars[1] == COUNTED_FORMULA_CLASSIFIER
        && chars[2] != '没'
        && chars[2..].iter().all(|&c| is_han(c) && c != '的' && !counts(c))
}

/// `2026/27季节性…`, `2026-2027…`: the length of the second year of a season at `start`
/// when its first year and the slash or dash stand right before it (the next year, written
/// with two or four digits).
fn season_tail(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?;
    let sep = before.chars().next_back().filter(|c| matches!(c, '/' | '／' | '-'))?;
    let first = &before.as_bytes()[..before.len() - sep.len_utf8()];
    let y1 = first.get(first.len().checked_sub(4)?..)?;
    let ascii_year =
        |b: &[u8]| std::str::from_utf8(b).ok().filter(|t| t.bytes().all(|c| c.is_ascii_digit()))?.parse::<u32>().ok();
    let y1 = ascii_year(y1)?;
    let rest = text.get(start..)?.as_bytes();
    let len = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let y2 = ascii_year(&rest[..len])?;
    let next = match len {
        2 => (y1 + 1) % 100,
        4 => y1 + 1,
        _ => return None,
    };
    (y2 == next).then_some(len)
}

/// `“银龄健康”计划（以下简称“银龄计划”）…银龄计划覆盖…`: a short form the page declares in
/// brackets (`以下简称`/`简称`) right after a program's mention is an alias of that program,
/// no program of its own (FACTS.md §4 Programs): the candidate named by it inside the
/// bracket (whatever it spans there, `简称乡医工程` too) and at every later place is dropped.
/// Programs carry no aliases, so the full name's record stands for them. One bracket check
/// per candidate.
fn drop_declared_short_forms(text: &str, found: &mut Vec<Program<Span>>) {
    let declared: Vec<(Span, Option<String>)> = found
        .iter()
        .filter_map(|p| {
            let after = text.get(p.mention.end..)?;
            let (offset, short, by_word) = quotes::declared_short(after)?;
            let close = offset + after[offset..].find(['）', ')'])?;
            let bracket = Span::new(p.mention.end, p.mention.end + close);
            // A short form equal to the name is the name: its later occurrences stay.
            let later = if short == p.name { None } else { Some(short.to_string()) };
            by_word.then_some((bracket, later))
        })
        .collect();
    if declared.is_empty() {
        return;
    }
    found.retain(|q| {
        !declared.iter().any(|(bracket, short)| {
            q.mention.overlaps(*bracket) || (q.mention.start >= bracket.end && short.as_ref() == Some(&q.name))
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `ProgramExtractor`.
    #[test]
    fn example_program_extractor() {
        use crate::{
            article::ArticleParser,
            extract::{programs::ProgramExtractor, Doc, Facts},
            segment::Segmenter,
        };
        let text = "标题\n该市启动“健康小屋”建设，并推进家庭医生签约服务提质增效三年行动计划。";
        let layout = ArticleParser::new().parse(text);
        let segmenter = Segmenter::new(&[]);
        let doc = Doc::new(text, &layout, &segmenter, None);
        let mut facts = Facts::default();
        ProgramExtractor::new().extract(&doc, &mut facts);
        let names: Vec<&str> = facts.programs.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["健康小屋", "家庭医生签约服务提质增效三年行动计划"]);
    }

    #[test]
    fn formulas() {
        let x = ProgramExtractor::new();
        for s in ["1+10+X", "全科+专科", "互联网+", "筛-转-服", "N+1+X", "党建+中医药"] {
            assert!(x.is_formula(s), "{s}");
        }
        for s in ["+", "网底", "精细化诊疗-稳定期转回社区", "a-b", "上海样本", "服务+管理，提升"]
        {
            assert!(!x.is_formula(s), "{s}");
        }
    }

    #[test]
    fn group_names_join_one_shape_and_prefer_formulas() {
        let x = ProgramExtractor::new();
        assert_eq!(x.group_name(&["顶天", "强腰", "立地"]), "顶天、强腰、立地");
        assert_eq!(x.group_name(&["2+8", "两病"]), "2+8");
        assert_eq!(x.group_name(&["1+1", "2+2"]), "1+1、2+2");
    }

    #[test]
    fn trailing_parentheticals() {
        assert_eq!(strip_trailing_parenthetical("设施专项规划（2024-2035年）"), "设施专项规划");
        assert_eq!(strip_trailing_parenthetical("规划(试行)"), "规划");
        assert_eq!(strip_trailing_parenthetical("友成（企业家扶贫）基金会"), "友成（企业家扶贫）基金会");
    }

    #[test]
    fn counts_with_measure_words() {
        let x = ProgramExtractor::new();
        let tok =
            |text: &'static str, tag: &'static str| Token { text, span: Span::new(0, text.len()), tag, known: true };
        let tokens = [tok("12", "m"), tok("个", "q"), tok("两家", "m"), tok("十大", "j"), tok("个", "q")];
        assert!(x.is_count(&tokens, 1));
        assert!(x.is_count(&tokens, 2));
        assert!(!x.is_count(&tokens, 3));
        assert!(!x.is_count(&tokens, 4), "a measure word after a non-number");
        assert!(!x.is_count(&tokens, 9));
    }

    #[test]
    fn punctuation_classes() {
        assert!(is_punct("“") && is_punct("，") && !is_punct("a") && !is_punct("会"));
        assert!(is_clause_break("，") && !is_clause_break("、"));
        assert!(is_speech("我们会做好。") && !is_speech("改善就医感受，提升患者体验"));
    }
}
