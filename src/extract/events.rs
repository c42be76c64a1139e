//! Extracts events: named meetings, congresses, forums, exchanges — docs/FACTS.md §2 `events`.
//!
//! **In:** a [`Doc`] and the [`Facts`] found before it (dates date the events; programs
//! are never re-read as events, and a program inside an event's name is dropped from
//! `facts.programs`). **Out:** one [`Event`] per meeting pushed to
//! `facts.events`, with every mention (byte spans of the normalized text) and its date.
//!
//! - A name is a modifier phrase ending in a head of `src/lexicon/event_heads.txt`
//!   (`第78届世界卫生大会`, `全国基层卫生健康工作会议`), bounded by punctuation, verbs
//!   (`召开的`), function words and deixis; a quoted theme right before it belongs to it
//!   (`“共蕴山海”豫渝基层卫生健康工作经验交流会`, name without the marks); a quote that
//!   itself ends in a head is a name (`“……·国际论坛”`). Anaphora (`本次论坛`, `此次大会`)
//!   and generic meetings (`圆桌会议`, `国际大会`) name nothing; nor do two letters before a
//!   head (`卫教记者会`: a kind; `三中全会`, `职工代表大会` under `[short_named]` are names),
//!   nor a head followed by a word of a standing body (`联席会议制度`, `发挥…联席会议作用`)
//!   or glued to it (`仪式感`, `…论坛网站`), nor a body's name ending in a head's letters
//!   (`基督教青年会`, `全国人民代表大会` with no term before it). An edition and a scope word
//!   alone name a recurring meeting (`第十五届全国运动会`); an edition (`第六届`) or a year
//!   written with `年` (`2026年度科技大会`) opening it lets two letters of topic name it.
//!   Drills and lectures (`演练`, `讲座`) are named only by a year, a scope word or a place
//!   with its level opening the name (`[qualified_in_words]`); `健康讲座` is a kind.
//!   A verb of `[topic_verbs]` (`学习`, `开展`) is inside a name that follows a verb of
//!   `[holding]` with at most its holder between (`召开学习…交流会`); a count of editions
//!   held (`举办了五届…文化节`) names none.
//! - Party congresses, plenums and NPC / CPPCC sessions written short take their canonical
//!   full name (`党的二十大` → `中国共产党第二十次全国代表大会`; `congresses`, data in
//!   `event_canonical.txt`); a mention read from a head that ends inside one gives way.
//! - Ceremonies (`…启动仪式`, `…揭牌仪式`) and observances (`第36个爱国卫生月`, `…宣传周`,
//!   `重阳节` by its head alone, `联合国糖尿病日` by its shape: `observances`) are events;
//!   a date with a month ends a name going left (`5月12日国际护士节`); a quoted event or a
//!   book title right before
//!   a ceremony's head (or a launch meeting's, `[launch]`: `“…宣传月”启动会`) is its theme
//!   (`“…宣传周”启动仪式`, `《职业病防治法》宣传周`).
//! - Names that say no meeting of their own (FACTS.md §4 Events, round 60): a government's
//!   `常务会议` after a level word alone (`市政府常务会议`; `国务院常务会议` and a place's
//!   government are named), a meeting named only by who takes part without a year, scope
//!   word or place opening it (`民营医院院长座谈会`), a part after `分为` (`[part_verbs]`).
//!   A quoted day opens a meeting's name with a year before it (`2026年“5·12”…表彰大会`)
//!   and dates it no more; public holidays are no observances (`[observance_not]`).
//! - Scope words coordinated before a meeting's own name meetings of their own, each
//!   written as its scope word (`全国、全省卫生健康工作会议` → `全国卫生健康工作会议`, …).
//! - `暨` joins one event when both sides are of one kind; a meeting and a ceremony are two
//!   (`…启动会暨…揭牌仪式`); a program before it leaves the meeting after it. Two events of
//!   one kind found apart (two held activities, a quoted forum and a fair) but joined by
//!   `暨` are one joint event named by the whole, from the modifiers before the first.
//! - Names quoted before a count of meetings (`“甲”“乙”两个分论坛`) are one event each; a
//!   counted head (`三场报告会`) names none, nor does one after a plural determiner
//!   (`各类…培训班`, `[plurals]`).
//! - A program whose head is an activity (`…宣传活动`), dated to a day in its sentence (before
//!   it, or after it or the event `暨` joins to it: `…活动于6月5日`) and held at a place
//!   (`…活动在…举行`, or `在…开展`/`到…，开展`/`青禾县举办`/`临江市中医院举办` right
//!   before it; `当天`
//!   dates it to the day an earlier sentence gave; `5月10日起` starts a campaign, no day),
//!   is an event and leaves `facts.programs`; so does a
//!   program lying inside an event's name, an activity joined by `暨` to such a held one
//!   (`“…”活动暨…宣传活动在…举行`, together one joint event), and every other mention of
//!   an activity that became one. The same dated, held activity with a theme (a quote, an
//!   observance in its name, an event it is joined to by `暨`, a year opening it) is an
//!   event even when the
//!   programs step kept no program for it (`“世界卫生日”主题义诊活动`,
//!   `第38个全国儿童预防接种日宣传活动`, `…启动仪式暨…义诊活动`), and the activity of one
//!   edition of an observance (opened by its year, its place and year, or its ordinal:
//!   `2026年全民营养周活动`, or
//!   joined by `暨` to another observance's activity, named by the whole) is one
//!   with no day or place; its name stops at `暨` and after an activity listed before
//!   it (`…义诊活动和…慰问活动`), and
//!   its theme stays in what mentions must share to merge. A line opening with `暨` goes on
//!   from the lines before it that end in no sentence-final mark (a page broken in lines).
//! - A quoted observance before a meeting's head is its theme (`“中国医师节”庆祝大会`).
//! - Mentions merge when their names agree once the year, ordinal and theme are set
//!   aside, and the qualifiers that both state are equal (`世界卫生大会` joins
//!   `第78届世界卫生大会`); the event takes its fullest name. A name that ends the name of
//!   exactly one other meeting, or its part before `暨`, is a shorter mention of it
//!   (`基层卫生人才论坛` of `第五届某县基层卫生人才论坛`).
//! - A date between a government body's name and its briefing (`[briefings]`:
//!   `某省卫生健康委员会2026年6月29日新闻发布会`) names which briefing it is and stays in the
//!   name, as a quarter does (`[named_periods]`); its day dates the briefing.
//! - `date`: a date right after the mention (`于5月18日`, `19日在某市召开`), else the
//!   nearest date before it in its sentence (not a dateline `12月23日电`/`5月20日讯`, a
//!   plan period, or a `截至…`/`…以来` frame), completed with the year in the
//!   name (opening it, or after its place: `某县2026年…培训班`); a day written alone after
//!   the name before a verb of `[day_held]` (`…培训班于9日开班`) in the page date's month;
//!   the day a notice of the meeting fixes (`…会议的通知：定于3月12日`); a year inside another
//!   event's name dates no event; else the year in the name (`2024年…会议` → `2024`); else, for a meeting
//!   `正在…召开`, the month of the reference date; else `None`. Ranges print as
//!   `2024-05-18/2024-05-20`.
//!
//! Never panics; linear in the text; lexicons parsed once in [`EventExtractor::new`].

use super::congresses::Congresses;
use super::dates::day_near_reference;
use super::doc::{Doc, Facts, Sentence};
use super::number::{is_chinese_numeral_char, is_digit};
use super::observances::Observances;
use super::people::after_abbreviation_note;
use super::quotes::{self, Mark, Quoted};
use super::spans::SpanIndex;
use crate::facts::{DateKind, DateMention, DateModifier, DateValue, Event};
use crate::lexicon::{WordSet, APPROX_WORDS, EVENT_HEADS, ORG_SUFFIXES, PROGRAM_CONTEXT, PROGRAM_HEADS};
use crate::segment::{Token, VERB_TAG};
use crate::span::{floor_char_boundary, Span};
use crate::text::{is_han, past_bracket, squeeze_spaces, LIST_COMMA};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

/// The base words of a ceremony's head (`揭牌仪式`, `颁奖典礼`, `开幕式`).
const CEREMONY_BASES: [&str; 4] = ["仪式", "典礼", "礼", "式"];

/// Measure words counting classes or sessions after a head (`培训班14期`, `报告会3场`; `次`
/// stays out: `人大三次会议` is a session).
const COUNT_AFTER: [char; 3] = ['期', '场', '个'];

/// The copula: `这是…会议` says what a meeting was, it names none.
const COPULA: char = '是';

/// Classifiers counting meetings (`两个分论坛`, `三场报告会`, `三期培训班`; `第三期` is an
/// ordinal).
const COUNT_CLASSIFIERS: [char; 3] = ['个', '场', '期'];
/// The classifier counting times a meeting is held (`召开一次`).
const TIMES_CLASSIFIER: char = '次';
/// The end of a congress's head written short (`党代会`, `文代会`): a count of times right
/// before it is the congress's term (`参加五次妇代会` = the fifth), no count of meetings.
const SHORT_CONGRESS_END: &str = "代会";
/// What ends a dateline's date (`5月20日电`, `5月20日讯`): no event's day.
const DATELINE_ENDS: [char; 2] = ['电', '讯'];
/// Fewest characters of an observance sharing an activity across `暨` (`爱眼日`).
const MIN_OBSERVANCE_CHARS: usize = 3;
/// The word joining two events into one (`…会议暨…年会`).
const JOINT: &str = "暨";
/// The character opening a scope word (`全市`, `全县`): the place's level follows it.
const SCOPE_ALL: char = '全';
/// Fewest and most characters of a place opening a meeting's name before its level
/// character (`河川` of `河川市…`; `城市…` is no place).
const MIN_PLACE_CHARS: usize = 2;
const MAX_PLACE_CHARS: usize = 6;
/// Fewest characters after the place, so that a scope word is never a whole name.
const MIN_SCOPED_REST_CHARS: usize = 4;
/// Most Han characters between a count and the meeting head it counts (`两个大会分论坛`).
const MAX_COUNTED_GAP_CHARS: usize = 8;
/// Bytes before a token's end searched for a meeting head (16 characters).
const HEAD_WINDOW_BYTES: usize = 48;
/// Longest quoted theme (chars) taken into a meeting's name.
const MAX_THEME_CHARS: usize = 24;
/// Most tokens and Han letters inside a bracket within a meeting's name (`（某市）`).
const MAX_GLOSS_TOKENS: usize = 3;
const MAX_GLOSS_CHARS: usize = 6;
/// Longest book title (chars) taken into a meeting's name as its theme: a document's title
/// with its period (`《某市健康行动（2026—2030年）》新闻发布会`).
const MAX_TITLE_THEME_CHARS: usize = 40;
/// Fewest letters beyond generic words before a head for a name: two (`卫教记者会`,
/// `医改座谈会`) only say what kind of meeting it was.
const MIN_NAME_CHARS: usize = 3;
/// Fewest letters before a head of `[short_named]` (`三中全会`).
const MIN_SHORT_NAME_CHARS: usize = 2;
/// Tags of a token naming a place or a body (`青石县`, `市卫健委`): such a token opening a
/// name qualifies a head of `[qualified]`.
const PLACE_OR_BODY_TAGS: [&str; 3] = ["ns", "nt", "nz"];
/// The tag of a body's name (`卫健委`): a coordinator after one joins bodies, no modifiers.
const BODY_TAG: &str = "nt";
/// Fewest letters beyond generic words before `主题` in an unquoted activity's name.
const MIN_THEME_WORD_CHARS: usize = 4;
/// Marks that end a clause inside a sentence.
const CLAUSE_MARKS: [char; 5] = ['，', '；', '：', ',', ';'];
/// `在` opening a word of a place and a verb (`在京举行`), and the most letters of that place.
const PLACE_WORD: &str = "在";
const MAX_GLUED_PLACE_CHARS: usize = 2;
/// Most words of a holder between a verb of holding and the verb a meeting's name opens
/// with (`举行的 全县 卫生系统 深入开展…`).
const MAX_HOLDER_TOKENS: usize = 3;
/// Words between a verb of holding and the name of the meeting held (`召开的`, `举行了`).
const AFTER_HOLDING: [char; 2] = ['的', '了'];
/// True when token `t` is one of [`AFTER_HOLDING`] alone.
fn one_of_after_holding(t: &str) -> bool {
    let mut chars = t.chars();
    chars.next().is_some_and(|c| AFTER_HOLDING.contains(&c)) && chars.next().is_none()
}

/// The text before a name starting at `start`, without the [`AFTER_HOLDING`] words that may
/// stand between it and a verb of holding (`召开了` + name).
fn before_held_name(text: &str, start: usize) -> &str {
    text.get(..start).unwrap_or("").trim_end_matches(AFTER_HOLDING)
}

/// Kinds of `org_suffixes.txt` naming places of care (hospitals, clinics, disease control).
const CARE_SITE_KINDS: [&str; 3] = ["hospital", "primary_care", "public_health"];
/// The kind of `org_suffixes.txt` naming government bodies, which hold briefings.
const GOVERNMENT_KIND: &str = "government";
/// Letters between a plenum's numeral and its head (`三中全会`, `十二届七次全会`).
const PLENUM_MIDDLE: [char; 2] = ['中', '次'];
/// Fewest letters before a head of `[abbreviated]` (`进博会`).
const MIN_ABBREVIATED_CHARS: usize = 1;
/// Longest modifier before an event head, in chars.
const MAX_MODIFIER_CHARS: usize = 30;
/// Bytes of the clause after an activity searched for where it was held (40 characters).
const MAX_HELD_CLAUSE_BYTES: usize = 120;
/// Most Han characters between an event and the activity head it is the theme of.
const MAX_THEMED_GAP_CHARS: usize = 4;
/// Dates looked at backwards for the day a `当天` refers to.
const MAX_DAY_LOOKBACK: usize = 8;
/// The counter of an edition or a term of office (`第十五届`, `第十四届`), and the most
/// letters between a term and a congress of it (`届全国`, `届青石市`).
const EDITION: char = '届';
/// The first edition, written without a numeral (`首届…论坛`).
const FIRST_EDITION: &str = "首届";
const MAX_TERM_GAP_CHARS: usize = 5;
/// Perfective marks before a count of editions held so far (`举办了四届`, `办过三届`).
const EDITIONS_HELD_AFTER: [char; 2] = ['了', '过'];
/// Most lines a sentence opening with `暨` reaches back over (see [`continued`]).
const MAX_CONTINUED_LINES: usize = 6;
/// Digits and plausible values of an edition year written after a head (`…大会2026`).
const EDITION_YEAR_DIGITS: usize = 4;
const EDITION_YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;
/// Most chars between an event mention and a date that follows it (`于`, `将于`), and the
/// words of time or aspect that may stand there.
const MAX_TRAILING_GAP_CHARS: usize = 3;
/// Longest bracket after an event's name skipped to reach its date (`（以下简称某论坛）`).
const MAX_BRACKET_GLOSS_CHARS: usize = 16;
const TRAILING_WORDS: &str = "将已定于在也亦还均都";
/// The title's end of a notice of a meeting (`关于召开…会议的通知：`), and the words of time
/// that may open its text before the day fixed (`定于`, `拟于`).
const NOTICE_OPENINGS: [&str; 2] = ["的通知", "的预通知"];
const NOTICE_TIME_WORDS: &str = "定拟将于";
/// Most letters of a notice's addressees (`各区卫健委、各直属单位：`).
const MAX_ADDRESSEE_CHARS: usize = 16;

/// Word lists of the rulings on routine and participant meetings, parts of a contest, days
/// written alone and places of care (FACTS.md §4 Events), read once from `event_heads.txt`
/// and `org_suffixes.txt`.
#[derive(Debug)]
struct Rulings {
    /// `常务会议`: a government's routine meeting, named only with its body written in.
    routine_heads: WordSet,
    /// `市政府`: a body written with a level word alone, naming no body (`unnamed_routine`).
    unnamed_holders: WordSet,
    /// `座谈会`: heads a meeting may be named by with only who takes part in it.
    participant_heads: WordSet,
    /// `院长`, `负责人`: who takes part, right before such a head.
    participants: WordSet,
    /// `分为`: a part named after one is no event of its own (`a_part_named`).
    part_verbs: Vec<String>,
    /// `开班`: after a day written alone, that day is the event's (`day_alone_after`).
    day_held: WordSet,
    /// `医院`, `社区卫生服务中心`: heads of the names of places of care, whose body holding an
    /// activity holds it there (`held_here`).
    care_sites: WordSet,
    /// `报告`, `白皮书`: a book title right after a `[body_heads]` name ending in one is the
    /// body's publication (`某某会议《2026年某某报告》`, `publication_title`).
    body_publications: WordSet,
}

impl Rulings {
    fn new() -> Self {
        Rulings {
            routine_heads: EVENT_HEADS.word_set("routine_heads"),
            unnamed_holders: EVENT_HEADS.word_set("unnamed_holders"),
            participant_heads: EVENT_HEADS.word_set("participant_heads"),
            participants: EVENT_HEADS.word_set("participants"),
            part_verbs: EVENT_HEADS.word_set("part_verbs").sorted(),
            day_held: EVENT_HEADS.word_set("day_held"),
            body_publications: EVENT_HEADS.word_set("body_publications"),
            care_sites: WordSet::from_words(
                ORG_SUFFIXES
                    .rows()
                    .filter(|r| r.field(1).is_some_and(|k| CARE_SITE_KINDS.contains(&k)))
                    .map(|r| r.word())
                    .filter(|w| w.chars().count() >= 2),
            ),
        }
    }
}

/// Built once; holds this extractor's lexicons and patterns.
#[derive(Debug)]
pub struct EventExtractor {
    heads: WordSet,
    /// `青年会`: words ending in a head's letters that name a body, no meeting.
    not_heads: WordSet,
    verbs: WordSet,
    /// `认真`, `深入`: glued before a verb in one word (`认真落实`), the word is that verb.
    adverbs: WordSet,
    stops: WordSet,
    /// `与`: inside a name unless a meeting's head stands before it.
    joiners: WordSet,
    /// `和`, `及`: as `joiners`, where the name after them is one by itself.
    coordinators: WordSet,
    deictic: WordSet,
    generic: WordSet,
    /// `大型`: a word of size opening a name, no part of it.
    sizes: WordSet,
    /// `各类`: a plural determiner opening a name, so the head is a kind (`各类…培训班`).
    plurals: WordSet,
    /// `各`: glued before a noun in one word (`各学科`), a plural determiner too.
    plural_openers: WordSet,
    after_head: WordSet,
    /// `制度`, `办公室`: right after a head, a standing body or mechanism (`联席会议制度`);
    /// `感`, `网站`: a word made with the head (`仪式感`, `…论坛网站`).
    standing: WordSet,
    /// `全会`: a head named by two letters (`三中全会`).
    short_named: WordSet,
    /// `博会`: a fair written short, named by one letter (`进博会`).
    abbreviated: WordSet,
    /// `全会`: a plenum, named only by its number (`三中全会`).
    plenums: WordSet,
    /// `工作会`: a head that names a meeting only after a qualifier opening the name (a year,
    /// a scope word, a place or a body: `全省卫生健康工作会`).
    qualified: WordSet,
    /// `演练`, `讲座`: qualified heads that a token tagged as a place or body does not qualify.
    qualified_in_words: WordSet,
    /// `会同`, `会商`: words a qualified head's last letter opens with what follows it, so
    /// that no meeting ends there (`卫生健康工作会同有关部门`).
    qualified_not: WordSet,
    congresses: Congresses,
    ceremony: WordSet,
    /// What a ceremony does (`揭牌`, `启动`, `开工`: a word of `[ceremony]` before its base
    /// `仪式`, `典礼`, `礼`, `式`): a name made of these alone is a kind of ceremony.
    ceremony_acts: WordSet,
    /// Heads of a meeting held to launch another event (`“…宣传月”启动会`): a quoted event
    /// right before one is its theme, as before a ceremony.
    launch: WordSet,
    /// Program heads (`计划`): a program joined to a meeting by `暨` is not the event.
    program_heads: WordSet,
    /// Heads of a one-off activity (`宣传活动`): such a program held on a day is an event.
    activity_heads: WordSet,
    /// `主题`: before an activity's head, says the words before it are its theme.
    themed: Vec<String>,
    /// Observances named by the head alone (`重阳节`).
    observances: WordSet,
    /// Last characters of an observance (`日`, `周`, `节`, `月`: `[edition_ends]`).
    observance_ends: WordSet,
    /// Words between an observance and the head of its activity (`宣传`, `主题`).
    activity_kinds: WordSet,
    /// Heads of observances (`宣传周`, `卫生月`).
    observance_heads: WordSet,
    /// Observances named by their shape (`联合国糖尿病日`).
    shapes: Observances,
    /// `余`, `多`: approximation words between a count's numeral and its classifier
    /// (`20余场分论坛`), the `inner` rows of `approx_words.txt`.
    count_approx: WordSet,
    /// Scope words that may be coordinated before a meeting's name (`全国、全省…会议`).
    scopes: WordSet,
    /// `精神`: what a meeting named after another event studies (`drop_study_meetings`).
    spirit: WordSet,
    sessions: WordSet,
    /// `学习`, `开展`: what a meeting takes up, inside its name after a verb of holding.
    topic_verbs: WordSet,
    /// `召开`, `举行`: the name of the meeting held opens after them.
    holding: WordSet,
    /// Verbs written across words that end a name going left (`到会指导`, `纪念“…”`).
    glued_verbs: GluedVerbs,
    /// Verbs saying an activity was held (`举行`).
    held: Vec<String>,
    /// Verbs of holding right before an activity (`开展“…”活动`).
    held_before: Vec<String>,
    /// Words saying where, in the clause of such a verb (`在`, `到`).
    places: Vec<String>,
    /// Words asking others to hold an activity (`要求`).
    asked: Vec<String>,
    /// Words naming the day an earlier sentence gave (`当天`).
    same_day: Vec<String>,
    /// Words saying a later event happened at the one before it (`会上`, `期间`).
    during: Vec<String>,
    /// Words after a day that make it a start (`起`).
    from_on: Vec<String>,
    /// `季度`, `上半年`: a date ending in one names a period inside a meeting's name.
    named_periods: WordSet,
    /// `新闻发布会`: a body's briefing, which a date between the body and it names
    /// (`某省卫生健康委员会2026年6月29日新闻发布会`: `briefing_date`).
    briefings: WordSet,
    /// `卫生健康委员会`, `局`: the government suffixes of `org_suffixes.txt`, ending the body
    /// that holds a briefing named by its date.
    government_ends: WordSet,
    /// `记者`, `通讯员`: a bracket opening with one credits a writer (`byline_bracket`).
    bylines: WordSet,
    /// `上午`, `下午`: a part of the day after a date (`3月23日上午在…举行`).
    day_parts: WordSet,
    /// `联席会议`: a head that also names a standing body (`body_not_held`).
    standing_heads: WordSet,
    /// `会议`: a head a standing body's name ends in, one when a body's act follows.
    body_heads: WordSet,
    /// `发布`, `表示`: right after a `[body_heads]` name, what a standing body does.
    body_acts: WordSet,
    /// `工作`: the word a name with topics listed by `、` ends in before its head.
    listed_topics_end: WordSet,
    /// `召开`, `在`: right after such a head, the meeting is said to be held.
    held_after: WordSet,
    /// `培训`: a head that is also a verb or a modifier, a session only at a clause's end.
    clause_end_heads: WordSet,
    /// Lexicons of the round-60 rulings (FACTS.md §4 Events): see [`Rulings`].
    rulings: Rulings,
    /// `第78届`, `第十八届`, `第三次` at the start of a name.
    ordinal: Regex,
    /// `2024年`, `2024年度` at the start of a name.
    year: Regex,
}

impl Default for EventExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// The quotation marks of one sentence.
struct SentenceQuotes {
    all: Vec<Quoted>,
    /// `(end of the closing mark, index in all)`, sorted: which quote closes where.
    by_end: Vec<(usize, usize)>,
    /// Quotes that are themselves meeting names.
    events: Vec<Quoted>,
}

/// What ends a name going left besides words: the sentence's quotes and its dates that
/// state a month.
struct Bounds<'a> {
    quoted: &'a SentenceQuotes,
    months: &'a [Span],
}

/// What a closing quote before a name does to it (`EventExtractor::quote_step`).
enum QuoteStep {
    /// No quote closes there.
    Absent,
    /// The head belongs to the quoted meeting: no name of its own.
    HeadQuoted,
    /// The name ends going left, starting at this byte.
    Ends(usize),
    /// A theme opening at this byte, with its words.
    Theme(usize, String),
}

/// A meeting named in a sentence: its name, where, and its quoted theme if any.
#[derive(Debug, Clone)]
struct Found {
    name: String,
    mention: Span,
    theme: Option<String>,
}

/// The kinds of event `暨` joins into one (two of one kind) or leaves apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Activity,
    Ceremony,
    Meeting,
}

/// One mention found in a sentence, before merging.
#[derive(Debug, Clone)]
struct Candidate {
    name: String,
    mention: Span,
    /// The name without year, ordinal and theme: mentions with equal cores may merge.
    core: String,
    /// The core with the place that opens it written as its scope word
    /// (`河川市卫生健康工作会议` → `全市卫生健康工作会议`), when one does.
    scoped: Option<String>,
    year: Option<i32>,
    ordinal: Option<String>,
    date: Option<String>,
    /// Written short: in the headline, or with a fair's abbreviated head (`健博会`).
    short: bool,
}

impl Candidate {
    /// Written in the body with neither year, ordinal nor a date of its own (`某某学术年会`).
    fn is_bare(&self) -> bool {
        self.year.is_none() && self.ordinal.is_none() && self.date.is_none() && !self.short
    }
}

/// Verbs an event's name does not take in, found across words (FACTS.md §4 Events).
#[derive(Debug)]
struct GluedVerbs {
    /// `到会`: coming to a meeting; the verb after it (`到会指导`) ends a name going left.
    attending: WordSet,
    /// `纪念`: a verb before a quoted observance (`纪念“某某日”`), ending a name going left.
    commemorating: WordSet,
}

impl GluedVerbs {
    fn new() -> Self {
        Self { attending: EVENT_HEADS.word_set("attending"), commemorating: EVENT_HEADS.word_set("commemorating") }
    }
}

/// What a ceremony does: a word of `[ceremony]` before its base (`揭牌` of `揭牌仪式`).
fn ceremony_acts() -> WordSet {
    WordSet::from_words(EVENT_HEADS.section("ceremony").iter().filter_map(|r| {
        let w = r.word();
        CEREMONY_BASES.iter().find_map(|b| w.strip_suffix(b)).filter(|act| !act.is_empty())
    }))
}

/// The approximation words written inside a count (`[inner]` rows of `approx_words.txt`).
fn inner_approx_words() -> WordSet {
    WordSet::from_words(APPROX_WORDS.rows().filter(|r| r.word() == "inner").filter_map(|r| r.field(1)))
}

impl EventExtractor {
    pub fn new() -> Self {
        EventExtractor {
            // Ceremonies, launch meetings and observances end names too; their sections are
            // listed once.
            heads: WordSet::from_words(
                ["heads", "clause_end_heads", "observance_heads", "ceremony", "launch", "observances", "abbreviated"]
                    .iter()
                    .flat_map(|k| EVENT_HEADS.section(k))
                    .map(|r| r.word()),
            ),
            not_heads: EVENT_HEADS.word_set("not_heads"),
            verbs: EVENT_HEADS.word_set("verbs"),
            adverbs: EVENT_HEADS.word_set("adverbs"),
            stops: EVENT_HEADS.word_set("stops"),
            joiners: EVENT_HEADS.word_set("joiners"),
            coordinators: EVENT_HEADS.word_set("coordinators"),
            // The program lexicon's deixis names the writer's place too (我市, 本省).
            deictic: WordSet::from_words(
                [EVENT_HEADS.section("deictic"), PROGRAM_CONTEXT.section("deictic")]
                    .into_iter()
                    .flatten()
                    .map(|r| r.word()),
            ),
            generic: EVENT_HEADS.word_set("generic"),
            sizes: EVENT_HEADS.word_set("sizes"),
            plurals: EVENT_HEADS.word_set("plurals"),
            plural_openers: EVENT_HEADS.word_set("plural_openers"),
            after_head: EVENT_HEADS.word_set("after_head"),
            // A word glued after a head (`仪式感`, `…论坛网站`) likewise names no meeting held.
            standing: EVENT_HEADS.word_set("standing").union(&EVENT_HEADS.word_set("glued_after")),
            short_named: EVENT_HEADS.word_set("short_named"),
            abbreviated: EVENT_HEADS.word_set("abbreviated"),
            plenums: EVENT_HEADS.word_set("plenums"),
            qualified: EVENT_HEADS.word_set("qualified"),
            qualified_in_words: EVENT_HEADS.word_set("qualified_in_words"),
            qualified_not: EVENT_HEADS.word_set("qualified_not"),
            congresses: Congresses::new(),
            ceremony: EVENT_HEADS.word_set("ceremony"),
            ceremony_acts: ceremony_acts(),
            launch: EVENT_HEADS.word_set("launch"),
            program_heads: PROGRAM_HEADS.word_set("title"),
            activity_heads: EVENT_HEADS.word_set("activity"),
            themed: EVENT_HEADS.word_set("themed").sorted(),
            observances: EVENT_HEADS.word_set("observances"),
            observance_ends: EVENT_HEADS.word_set("edition_ends"),
            activity_kinds: EVENT_HEADS.word_set("activity_kinds"),
            observance_heads: EVENT_HEADS.word_set("observance_heads"),
            shapes: Observances::new(),
            count_approx: inner_approx_words(),
            scopes: EVENT_HEADS.word_set("coordinated"),
            spirit: EVENT_HEADS.word_set("spirit"),
            sessions: EVENT_HEADS.word_set("sessions"),
            topic_verbs: EVENT_HEADS.word_set("topic_verbs"),
            holding: EVENT_HEADS.word_set("holding"),
            glued_verbs: GluedVerbs::new(),
            held: EVENT_HEADS.word_set("held").sorted(),
            held_before: EVENT_HEADS.word_set("held_before").sorted(),
            places: EVENT_HEADS.word_set("places").sorted(),
            same_day: EVENT_HEADS.word_set("same_day").sorted(),
            during: EVENT_HEADS.word_set("during").sorted(),
            asked: EVENT_HEADS.word_set("asked").sorted(),
            from_on: EVENT_HEADS.word_set("from_on").sorted(),
            named_periods: EVENT_HEADS.word_set("named_periods"),
            briefings: EVENT_HEADS.word_set("briefings"),
            government_ends: WordSet::from_words(
                ORG_SUFFIXES.rows().filter(|r| r.field(1) == Some(GOVERNMENT_KIND)).map(|r| r.word()),
            ),
            bylines: EVENT_HEADS.word_set("bylines"),
            day_parts: EVENT_HEADS.word_set("day_parts"),
            standing_heads: EVENT_HEADS.word_set("standing_heads"),
            body_heads: EVENT_HEADS.word_set("body_heads"),
            body_acts: EVENT_HEADS.word_set("body_acts"),
            listed_topics_end: EVENT_HEADS.word_set("listed_topics_end"),
            held_after: EVENT_HEADS.word_set("held_after"),
            clause_end_heads: EVENT_HEADS.word_set("clause_end_heads"),
            rulings: Rulings::new(),
            ordinal: Regex::new(r"^第[0-9零〇一二三四五六七八九十百两]+[届次期个]").expect("valid regex"),
            year: Regex::new(r"^([0-9]{4})(?:年度?)?").expect("valid regex"),
        }
    }

    /// Finds the events of `doc` and pushes them to `facts.events`.
    pub fn extract(&self, doc: &Doc<'_>, facts: &mut Facts) {
        let mut dates: Vec<&DateMention<Span>> = facts.dates.iter().collect();
        dates.sort_by_key(|d| d.mention.start);
        let activities = self.dated_activities(doc, &mut facts.programs, &dates);
        let first_day = self.first_day(doc.text, &dates);
        let programs = SpanIndex::new(facts.programs.iter().map(|p| p.mention).collect());
        // Candidates come in text order (sentences by start, mentions sorted within one):
        // each is merged as it is found, with no list of them all.
        let mut merger = Merger::default();
        let title = doc.layout.title.as_ref().map(|t| t.span);
        let mut mentions = Vec::new();
        let mut order: Vec<usize> = (0..doc.layout.sentences.len()).collect();
        order.sort_by_key(|&i| doc.layout.sentences[i].start);
        let spans: Vec<Span> = order.iter().map(|&i| doc.layout.sentences[i]).collect();
        for (n, s) in order.into_iter().map(|i| doc.sentence(i)).enumerate() {
            let lo = dates.partition_point(|d| d.mention.start < s.span.start);
            let hi = dates.partition_point(|d| d.mention.start < s.span.end);
            let mut found = self.sentence_found(doc.text, &s, &dates[lo..hi], first_day);
            found.extend(activities.iter().filter(|a| s.span.contains(a.mention)).map(|a| Found {
                name: a.name.clone(),
                mention: a.mention,
                theme: None,
            }));
            // `A大会暨B博览会`: the joint name is the event, not its first part. A joint of two
            // kinds is split first, so that a held activity before `暨` outlives the program
            // the joint's left part is read as (`“…”宣传活动暨…表彰大会`).
            found = outermost(found.into_iter().flat_map(|f| self.split_joint(doc.text, f)).collect());
            let months = self.name_bounding_dates(doc.text, &dates[lo..hi]);
            found = outermost(self.join_same_kind(doc.text, &s, found, &months));
            let earlier_day = dates[..lo].iter().rev().take(MAX_DAY_LOOKBACK).find(|d| d.value.day.is_some()).copied();
            // `…2026年…启动仪式暨…活动`: a year inside a name dates no other event; a sentence
            // opening with `暨` is dated by the lines it continues.
            let reach = continued(doc.text, &spans, n);
            let from = dates.partition_point(|d| d.mention.start < reach.start);
            let free: Vec<&DateMention<Span>> = dates[from..hi]
                .iter()
                .copied()
                .filter(|d| !found.iter().any(|f| f.mention.contains(d.mention)))
                .collect();
            let mut blocked: Vec<Span> = Vec::new();
            let mut last = None;
            for f in found {
                if crosses(doc.text, &programs, f.mention) {
                    continue;
                }
                // The theme of an activity: no event, but a program inside it is none either.
                if self.themes_activity(doc.text, f.mention.end) {
                    mentions.push(f.mention);
                    continue;
                }
                if let Some(last) = last.filter(|l: &Span| self.clause_apart(doc.text, l.end, f.mention.start)) {
                    blocked.push(Span::new(clause_start(doc.text, reach.start, last.start), last.start));
                }
                last = Some(f.mention);
                let own: Vec<&DateMention<Span>> = free
                    .iter()
                    .copied()
                    .filter(|d| d.value.day.is_none() || !blocked.iter().any(|b| b.contains(d.mention)))
                    .collect();
                let date = self
                    .briefing_day(doc.text, f.mention, &dates[lo..hi])
                    .or_else(|| self.date_of(doc, reach, f.mention, &f.name, &own))
                    .or_else(|| self.same_day_date(doc.text, s.span.start, &f, earlier_day));
                mentions.push(f.mention);
                let mut c = self.candidate(f.name, f.mention, f.theme, date);
                c.short = title.is_some_and(|t| t.contains(f.mention)) || self.is_abbreviated(&c.name);
                merger.add(c);
            }
        }
        // `第20个《职业病防治法》宣传周`: a program named inside an event's name is none.
        let events = SpanIndex::new(mentions);
        facts.programs.retain(|p| !events.contains_span(p.mention));
        let mut events = merger.finish();
        declared_short_forms(doc.text, &mut events);
        facts.events.extend(events);
    }

    /// The meetings one sentence names: quoted names, names ending in a head, congresses,
    /// observances by their shape, held activities; `dates` are the sentence's (a name
    /// never holds a month), `first_day` where the page first gave a day.
    fn sentence_found(
        &self,
        text: &str,
        s: &Sentence<'_>,
        dates: &[&DateMention<Span>],
        first_day: Option<usize>,
    ) -> Vec<Found> {
        let all = quotes::find(s.text, s.span.start);
        let mut by_end: Vec<(usize, usize)> = all.iter().enumerate().map(|(i, q)| (q.outer.end, i)).collect();
        by_end.sort_unstable();
        let events: Vec<Quoted> =
            all.iter().copied().filter(|q| q.mark == Mark::Quote && self.is_quoted_name(q.inner.slice(text))).collect();
        let quoted = SentenceQuotes { all, by_end, events };
        let mut found: Vec<Found> = quoted
            .events
            .iter()
            .map(|q| Found { name: squeeze_spaces(q.inner.slice(text).trim()), mention: q.inner, theme: None })
            .collect();
        let months = self.name_bounding_dates(text, dates);
        for k in 0..s.tokens.len() {
            if let Some(c) = self.token_event(text, s, k, &quoted, &months) {
                found.push(c);
            }
        }
        found.extend(self.counted_quotes(text, &quoted));
        let coordinated: Vec<Found> = found.iter().flat_map(|f| self.coordinated(text, s.span.start, f)).collect();
        found.extend(coordinated);
        let shaped = self.shapes.find(text, s).into_iter();
        found.extend(shaped.map(|o| Found { name: o.name, mention: o.mention, theme: None }));
        self.add_congresses(s, &mut found);
        found.extend(self.sessions_found(text, s));
        let held = self.held_activities(text, s, &quoted, dates, first_day, &found);
        found.extend(held);
        self.drop_study_meetings(text, found)
    }

    /// The spans of the dates with a month among `dates`: they end a name going left
    /// (`5月12日国际护士节`). A period of the year written as a word of `[named_periods]`
    /// (`2027年第一季度新闻发布会`, `上半年工作推进会`) says which of a recurring meeting it is
    /// and stays inside the name as a year does.
    fn name_bounding_dates(&self, text: &str, dates: &[&DateMention<Span>]) -> Vec<Span> {
        dates
            .iter()
            .filter(|d| d.value.month.is_some())
            .filter(|d| self.named_periods.longest_suffix(d.mention.slice(text)).is_none())
            .filter(|d| !self.briefing_date(text, d.mention))
            .map(|d| d.mention)
            .collect()
    }

    /// `某省卫生健康委员会2026年6月29日新闻发布会`: the day written in a briefing's name
    /// (`briefing_date`) is the day it was held.
    fn briefing_day(&self, text: &str, mention: Span, dates: &[&DateMention<Span>]) -> Option<String> {
        let inside = |d: &&&DateMention<Span>| mention.contains(d.mention) && d.value.day.is_some();
        dates.iter().filter(inside).find(|d| self.briefing_date(text, d.mention)).map(|d| render(d, None))
    }

    /// `某省卫生健康委员会2026年6月29日新闻发布会`, `某市医保局2026年6月例行新闻发布会`: a
    /// date written between a government body's name and a briefing's head (`[briefings]`)
    /// says which of the body's recurring briefings it is, as a quarter does: it stays inside
    /// the name (`国务院新闻办6月5日举行新闻发布会` is bounded by the verb and names none).
    fn briefing_date(&self, text: &str, date: Span) -> bool {
        let (before, after) = (text.get(..date.start).unwrap_or(""), text.get(date.end..).unwrap_or(""));
        self.briefings.longest_prefix(after).is_some() && self.government_ends.longest_suffix(before).is_some()
    }

    /// `湖川日报讯（记者张晓明）2027年全市…会议`: a bracket from token `open` to `close`
    /// that opens with a word of `[bylines]` credits the story's writer; no gloss of a name,
    /// it ends the name going left.
    fn byline_bracket(&self, text: &str, tokens: &[Token<'_>], open: usize, close: usize) -> bool {
        let inner = text.get(tokens[open].span.end..tokens[close].span.start).unwrap_or("");
        self.bylines.longest_prefix(inner).is_some()
    }

    /// `学习贯彻全国卫生健康工作会议精神座谈会`, `二十届三中全会精神专题会议`: a meeting named
    /// after the spirit (`[spirit]`) of another event studies that event; its own name is
    /// no name (it would start inside a verb phrase), and the event studied stays.
    fn drop_study_meetings(&self, text: &str, found: Vec<Found>) -> Vec<Found> {
        let studied: Vec<usize> = found
            .iter()
            .filter(|g| text.get(g.mention.end..).is_some_and(|rest| self.spirit.longest_prefix(rest).is_some()))
            .map(|g| g.mention.end)
            .collect();
        if studied.is_empty() {
            return found;
        }
        found.into_iter().filter(|f| !studied.iter().any(|&end| f.mention.start < end && end < f.mention.end)).collect()
    }

    /// `4月7日，某市在广场开展“世界卫生日”主题义诊活动`, `…启动仪式暨“…”宣传活动`: an
    /// activity with a theme (a quote, an event named in it: `第18个联合国糖尿病日宣传活动`,
    /// or an event it is joined to by `暨`), dated to a day and held at a place, is an event
    /// whether or not the programs step kept it. Its name stops at `暨`; `found` are the
    /// sentence's events so far.
    fn held_activities(
        &self,
        text: &str,
        s: &Sentence<'_>,
        quoted: &SentenceQuotes,
        dates: &[&DateMention<Span>],
        first_day: Option<usize>,
        found: &[Found],
    ) -> Vec<Found> {
        let months = self.name_bounding_dates(text, dates);
        let bounds = Bounds { quoted, months: &months };
        let mut out = Vec::new();
        for k in 0..s.tokens.len() {
            let Some(head) = self.head_at(&self.activity_heads, text, &s.tokens, k) else { continue };
            let Some((start, theme)) = self.event_start(text, &s.tokens, k, head, &bounds) else { continue };
            let (mut start, mut theme) = self.after_listed_activity(text, start, head, theme);
            // `…启动仪式暨“…”宣传活动`: the activity's name starts after the joining word.
            let modifier = text.get(start..head.start).unwrap_or("");
            let mut joined = false;
            let mut edition_joined = false;
            let joint = modifier.rfind('暨');
            if joint.is_some_and(|at| self.one_activity(&modifier[..at], theme.as_deref())) {
                // `“…”义诊暨健康咨询活动`: two activities, one joint event named by the whole.
            } else if joint
                .is_some_and(|at| self.edition_shares_activity(text, &modifier[..at], Span::new(start + at, head.end)))
            {
                // `2026年全民营养周暨“5·20”…宣传活动`: one edition's activity, named by the whole.
                edition_joined = true;
            } else if let Some(at) = joint {
                // `…启动仪式暨…`, `…主题宣传活动暨…`: joined to an event or another activity.
                joined = self.kind_of(modifier[..at].trim_end_matches(quotes::is_mark)).is_some();
                start += at + '暨'.len_utf8();
                if theme.as_ref().is_some_and(|th| !text[start..head.start].contains(th.as_str())) {
                    theme = None;
                }
            }
            let mention = Span::new(start, head.end);
            let names_event = found.iter().any(|f| mention.contains(f.mention) && f.mention.end <= head.start);
            let modifier = Span::new(start, head.start).slice(text);
            let named = theme.is_some()
                || names_event
                || (joined && self.distinctive(self.strip_qualifiers(modifier), MIN_NAME_CHARS))
                || self.themed_unquoted(modifier)
                || self.yearly_named(modifier);
            // `开展2026年全民营养周活动`, `第10个全民营养周活动`: the activity of one edition of an
            // observance (opened by its year or its ordinal) needs no day or place.
            let yearly_observance =
                names_event && (self.yearly_named(modifier) || self.ordinal.is_match(modifier) || edition_joined);
            if !named
                || !(yearly_observance
                    || self.dated_to_a_day(text, s.span, mention, dates, first_day)
                        && self.held(text, s.span.start, mention))
            {
                continue;
            }
            let name =
                squeeze_spaces(&mention.slice(text).chars().filter(|&c| !quotes::is_mark(c)).collect::<String>());
            out.push(Found { name, mention, theme });
        }
        out
    }

    /// `“甲”“乙”两个分论坛`, `“甲”、“乙”等三场报告会`: quotes right before a count of
    /// meetings (the count's head a few Han characters on) name one meeting each; the
    /// mention keeps its marks.
    fn counted_quotes(&self, text: &str, quoted: &SentenceQuotes) -> Vec<Found> {
        let mut out = Vec::new();
        let quotes: Vec<&Quoted> = quoted.all.iter().filter(|q| q.mark == Mark::Quote).collect();
        for (i, q) in quotes.iter().enumerate() {
            let after = text.get(q.outer.end..).unwrap_or("");
            let after = after.strip_prefix('等').unwrap_or(after);
            let numerals = after.chars().take_while(|&c| is_chinese_numeral_char(c) || is_digit(c)).count();
            let Some(rest) = after.char_indices().nth(numerals).map(|(k, _)| &after[k..]) else { continue };
            let rest = self.count_approx.longest_prefix(rest).map_or(rest, |len| &rest[len..]);
            let Some(rest) = rest.strip_prefix(COUNT_CLASSIFIERS).filter(|_| numerals > 0) else { continue };
            let run: Vec<(usize, char)> =
                rest.char_indices().take_while(|&(_, c)| is_han(c)).take(MAX_COUNTED_GAP_CHARS).collect();
            let headed = run.iter().any(|&(k, c)| self.heads.longest_suffix(&rest[..k + c.len_utf8()]).is_some());
            if !headed {
                continue;
            }
            // The quotes chained before this one (`“甲”“乙”`, `“甲”、“乙”和“丙”`).
            let mut first = i;
            while first > 0 {
                let gap = text.get(quotes[first - 1].outer.end..quotes[first].outer.start).unwrap_or("x");
                if !gap.chars().all(|c| c.is_whitespace() || "、和与及".contains(c)) {
                    break;
                }
                first -= 1;
            }
            for q in &quotes[first..=i] {
                let name = squeeze_spaces(q.inner.slice(text).trim());
                if !name.is_empty() {
                    out.push(Found { name, mention: q.outer, theme: None });
                }
            }
        }
        out
    }

    /// `两个大会分论坛`: a count stands right before the head or before token `p` left of it,
    /// so the head is a plural noun, no name (also where the classifier is glued to the next
    /// word: `1个主` + `论坛`, `12个分` + `论坛`).
    fn counted_head(&self, text: &str, p: &Token<'_>, head: Span) -> bool {
        let first_end = p.span.start + p.text.chars().next().map_or(0, char::len_utf8);
        let termed = head.slice(text).ends_with(SHORT_CONGRESS_END);
        [p.span.end, first_end, head.start].into_iter().any(|end| self.is_count(text.get(..end).unwrap_or(""), termed))
    }

    /// True when `before` ends in a count of meetings (`两个`, `3场`, `20余场`), not an
    /// ordinal (`第36个`); a count of times (`次`) only right after a verb of holding
    /// (`每月召开一次…分析会`) or a stop word (`举办的一次…研讨会`, `这是一次…会议`: one
    /// meeting of a kind), as `人大三次会议` is an ordinal; before a congress written short
    /// (`termed`: `参加五次妇代会`) times after a verb are its term, counted only after a stop word.
    fn is_count(&self, before: &str, termed: bool) -> bool {
        if editions_held(before) {
            return true;
        }
        let (body, times) = match before.strip_suffix(COUNT_CLASSIFIERS) {
            Some(body) => (body, false),
            None => match before.strip_suffix(TIMES_CLASSIFIER) {
                Some(body) => (body, true),
                None => return false,
            },
        };
        let body = self.count_approx.longest_suffix(body).map_or(body, |len| &body[..body.len() - len]);
        let numeral = |c: char| is_chinese_numeral_char(c) || is_digit(c);
        let rest = body.trim_end_matches(numeral);
        let after_verb = !termed && self.verbs.longest_suffix(rest).is_some();
        let held = !times || after_verb || self.stops.longest_suffix(rest).is_some();
        rest.len() < body.len() && !rest.ends_with('第') && held
    }

    /// `…活动在…举行`: the clause after `end` says where the activity was held.
    fn held_at_a_place(&self, text: &str, end: usize) -> bool {
        let rest = self.past_day(text.get(end..).unwrap_or(""));
        let clause = rest.split(['，', '。', '；', '！', '？', '\n']).next().unwrap_or("");
        // `…活动暨…宣传活动在…举行`: held where the activity joined to it is held.
        let clause = match clause.strip_prefix('暨') {
            Some(joined) => joined.find(['在', '于']).map_or("", |i| &joined[i..]),
            None => clause,
        };
        let clause = clause.get(..floor_char_boundary(clause, MAX_HELD_CLAUSE_BYTES)).unwrap_or("");
        clause.starts_with(['在', '于']) && self.held.iter().any(|w| clause.contains(w.as_str()))
    }

    /// `3月23日上午在…举行`: `rest` past a day written right at its start (a date ending in
    /// `日` or `号`, with a part of the day of `[day_parts]` after it); `rest` when none is.
    fn past_day<'a>(&self, rest: &'a str) -> &'a str {
        let digits =
            rest.trim_start_matches(|c: char| is_digit(c) || is_chinese_numeral_char(c) || c == '年' || c == '月');
        let Some(after) = digits.strip_prefix(['日', '号']).filter(|_| digits.len() < rest.len()) else {
            return rest;
        };
        self.day_parts.longest_prefix(after).map_or(after, |n| &after[n..])
    }

    /// `在人民广场开展“…”义诊活动`, `到李村，开展…`, `青禾县举办…活动`: the clause before
    /// `start` ends in a verb of holding (`开展`) and its sentence names where, with a place
    /// word (`在`, `到`) or a place holding it as the clause's subject (`举办`, `举行`), and
    /// asks no one to hold it (`要求各区在辖区内开展…`).
    fn held_here(&self, text: &str, sentence_start: usize, start: usize) -> bool {
        let before = text.get(sentence_start..start).unwrap_or("");
        let clause = before.rsplit(['，', '；', '\n']).next().unwrap_or("").trim_end_matches('了');
        let Some(verb) = self.held_before.iter().find(|v| clause.ends_with(v.as_str())) else { return false };
        let subject = &clause[..clause.len() - verb.len()];
        // `青禾县举办…`: a place holding it (`[holding]`); `青禾县开展…` carries a campaign out
        // across the place, no one-off activity held there.
        // `临江市中医院举办…`: so does a place of care named as the subject.
        // A place of care carrying out (`开展`) a dated activity holds it there too: a care
        // site runs no campaign across a place (round 63: `临江市精神卫生中心开展“…”义诊活动`).
        let place_holds = (self.is_place(subject) && self.holding.contains(verb)) || self.names_care_site(subject);
        (self.places.iter().any(|w| before.contains(w.as_str())) || place_holds)
            && !self.asked.iter().any(|w| before.contains(w.as_str()))
    }

    /// `青禾县第一人民医院`, `临江市中医院`: a name ending in the head of a place of care
    /// (`[care_sites]`) with letters of its own before it (`医院` alone, `该院` are none).
    fn names_care_site(&self, word: &str) -> bool {
        self.rulings
            .care_sites
            .longest_suffix(word)
            .is_some_and(|n| word.len() > n && word.chars().all(is_han) && !word.starts_with(['该', '本', '我', '各']))
    }

    /// `青禾县`, `临江市`: a place written alone, two to [`MAX_PLACE_CHARS`] Han letters and a
    /// level letter of a scope word of `[coordinated]` (`县` of `全县`); `全县` itself and a
    /// level alone (`市`) are none.
    fn is_place(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(level) = chars.next_back() else { return false };
        let name = chars.as_str();
        (MIN_PLACE_CHARS..=MAX_PLACE_CHARS).contains(&name.chars().count())
            && name.chars().all(|c| is_han(c) && c != SCOPE_ALL)
            && self.scopes.contains(&format!("{SCOPE_ALL}{level}"))
    }

    /// `5月10日，…“…”义诊活动在…举行`: a program whose head is an activity (`活动`) is a
    /// one-off event when its sentence gives a day before it and the clause after it says
    /// where it was held; it leaves `programs` and is returned as a meeting named by its
    /// mention without quotation marks.
    fn dated_activities(
        &self,
        doc: &Doc<'_>,
        programs: &mut Vec<crate::facts::Program<Span>>,
        dates: &[&DateMention<Span>],
    ) -> Vec<Found> {
        let mut out = Vec::new();
        let first_day = self.first_day(doc.text, dates);
        let mut spans = doc.sentence_spans().to_vec();
        spans.sort_by_key(|s| s.start);
        programs.retain(|p| {
            let activity = p.category.as_deref().is_some_and(|c| self.activity_heads.longest_suffix(c).is_some());
            let sentence = spans.iter().position(|s| s.contains(p.mention)).map(|i| continued(doc.text, &spans, i));
            let dated = activity
                && sentence.is_some_and(|s| {
                    let lo = dates.partition_point(|d| d.mention.start < s.start);
                    let hi = dates.partition_point(|d| d.mention.start < s.end);
                    self.dated_to_a_day(doc.text, s, p.mention, &dates[lo..hi], first_day)
                        && self.held(doc.text, s.start, p.mention)
                });
            if dated {
                let name = p.mention.slice(doc.text).chars().filter(|&c| !quotes::is_mark(c)).collect();
                out.push(Found { name, mention: p.mention, theme: None });
            }
            !dated
        });
        self.activity_repeats(doc.text, programs, &mut out);
        out
    }

    /// A date that gives an activity its day: a point with a day, not a period, a `…以来`
    /// frame, a dateline, or the start of a campaign (`5月10日起`).
    fn on_a_day(&self, text: &str, d: &DateMention<Span>) -> bool {
        d.value.day.is_some()
            && d.kind != DateKind::Period
            && d.modifier != Some(DateModifier::Since)
            && !is_dateline(text, d.mention)
            && !text.get(d.mention.end..).is_some_and(|r| self.from_on.iter().any(|w| r.starts_with(w.as_str())))
    }

    /// Where the first day any sentence gives starts: `当天` later refers to a day.
    fn first_day(&self, text: &str, dates: &[&DateMention<Span>]) -> Option<usize> {
        dates.iter().find(|d| self.on_a_day(text, d)).map(|d| d.mention.start)
    }

    /// The activity at `mention` of sentence `s` is dated to a day: a day of `dates` (the
    /// sentence's) before it, or a same-day word (`当天`) before it after an earlier
    /// sentence gave a day (`first_day`).
    fn dated_to_a_day(
        &self,
        text: &str,
        s: Span,
        mention: Span,
        dates: &[&DateMention<Span>],
        first_day: Option<usize>,
    ) -> bool {
        let here = dates.iter().take_while(|d| d.mention.end <= mention.start).any(|d| self.on_a_day(text, d));
        // `“…”义诊活动3月23日在…举行`, `…活动于6月5日在…举行`: the day right after the name
        // dates it too.
        let after =
            dates.iter().any(|d| self.trails_joint(text, mention.end, d.mention.start) && self.on_a_day(text, d));
        let before = text.get(s.start..mention.start).unwrap_or("");
        here || after
            || (self.same_day.iter().any(|w| before.contains(w.as_str())) && first_day.is_some_and(|f| f < s.start))
    }

    /// A date at `date_start` follows the name ending at `end` (`trails`), or follows the
    /// event `暨` joins to it (`…推进会暨…揭牌仪式5月8日在…召开`, `…主题活动暨…技能竞赛
    /// 5月8日…`): the two are held together, on that day.
    fn trails_joint(&self, text: &str, end: usize, date_start: usize) -> bool {
        if trails(text, end, date_start) || notice_of(text, end, date_start) {
            return true;
        }
        let gap = text.get(end..date_start).unwrap_or("");
        let Some(joined) = gap.strip_prefix(JOINT) else { return false };
        let name = joined.trim_end_matches(|c: char| TRAILING_WORDS.contains(c) || quotes::is_mark(c));
        name.chars().count() <= MAX_MODIFIER_CHARS
            && name.chars().all(|c| is_han(c) || crate::text::is_alphanumeric(c) || quotes::is_mark(c))
            && self.kind_of(name).is_some()
    }

    /// The activity at `mention` was held at a place: the clause after says where
    /// (`…活动在…举行`), the clause before holds it there (`在…开展`), or it is joined by
    /// `暨` to an event held there (`在…举办…启动仪式暨“…”宣传活动`).
    fn held(&self, text: &str, sentence_start: usize, mention: Span) -> bool {
        self.held_at_a_place(text, mention.end)
            || self.held_here(text, sentence_start, mention.start)
            || self.joined_to_held(text, sentence_start, mention.start)
    }

    /// `在某社区举办…启动仪式暨“…”宣传活动`: right before `start`, `暨` joins the activity to
    /// an event (a name ending in a head) whose part of the sentence names a place and a
    /// verb of holding.
    fn joined_to_held(&self, text: &str, sentence_start: usize, start: usize) -> bool {
        let mark_or_space = |c: char| c.is_whitespace() || quotes::is_mark(c);
        let before = text.get(sentence_start..start).unwrap_or("").trim_end_matches(mark_or_space);
        let Some(joined) = before.strip_suffix('暨') else { return false };
        self.heads.longest_suffix(joined.trim_end_matches(mark_or_space)).is_some()
            && self.places.iter().any(|w| joined.contains(w.as_str()))
            && self.held.iter().any(|w| joined.contains(w.as_str()))
    }

    /// `此次“三下乡”活动`: once an activity is an event, its other mentions (same name once
    /// the quotation marks are dropped) are that event's, not programs.
    fn activity_repeats(&self, text: &str, programs: &mut Vec<crate::facts::Program<Span>>, out: &mut Vec<Found>) {
        if out.is_empty() {
            return;
        }
        let names: BTreeSet<String> = out.iter().map(|f| f.name.clone()).collect();
        programs.retain(|p| {
            let name: String = p.mention.slice(text).chars().filter(|&c| !quotes::is_mark(c)).collect();
            let repeat = names.contains(&name);
            if repeat {
                out.push(Found { name, mention: p.mention, theme: None });
            }
            !repeat
        });
    }

    /// `党的二十大`, `二十届二中、三中全会`: congresses and plenums under their canonical
    /// names; a meeting read from the same head (`二十届三中全会` by `全会`) gives way.
    fn add_congresses(&self, s: &Sentence<'_>, found: &mut Vec<Found>) {
        let named = self.congresses.find(s.text, s.span.start);
        if named.is_empty() {
            return;
        }
        found.retain(|f| !named.iter().any(|n| n.mention.start < f.mention.end && f.mention.end <= n.mention.end));
        found.extend(named.into_iter().map(|n| Found { name: n.name, mention: n.mention, theme: None }));
    }

    /// `全国两会`, `省两会`, `河川市两会`: the paired sessions of a people's congress and a
    /// political consultative conference (`[sessions]`) are one event when a scope word or a
    /// place (a word ending in the level character of a scope word) stands right before
    /// them; bare, they name none. Quoted (`全国“两会”`), the marks stay in the mention and
    /// leave the name.
    fn sessions_found(&self, text: &str, s: &Sentence<'_>) -> Vec<Found> {
        let mut out = Vec::new();
        for (k, t) in s.tokens.iter().enumerate() {
            let Some(len) = self.sessions.longest_suffix(t.text) else { continue };
            let own = t.text.len() - len;
            let quoted = own == 0 && quoted_word(&s.tokens, k);
            let before = if quoted { k.checked_sub(2) } else { k.checked_sub(1) };
            let start = match (own, before.map(|j| s.tokens[j])) {
                (0, Some(p)) => p.span.start,
                (0, None) => continue,
                _ => t.span.start,
            };
            let end = if quoted { s.tokens[k + 1].span.end } else { t.span.end };
            let place = text.get(start..t.span.end - len).unwrap_or("");
            let place = if quoted { place.trim_end_matches(quotes::is_mark) } else { place };
            let level = place.chars().next_back().map(|c| format!("{SCOPE_ALL}{c}"));
            let placed = place.chars().all(is_han)
                && place.chars().count() <= MAX_PLACE_CHARS + 1
                && !self.stops.contains(place)
                && level.is_some_and(|l| self.scopes.contains(&l));
            if self.scopes.contains(place) || placed {
                let mention = Span::new(start, end);
                let name = mention.slice(text).chars().filter(|&c| !quotes::is_mark(c)).collect();
                out.push(Found { name, mention, theme: None });
            }
        }
        out
    }

    /// `全国、全省卫生健康工作会议`: scope words coordinated before a meeting's own scope word
    /// name meetings of their own, each written as its scope word alone.
    fn coordinated(&self, text: &str, sentence_start: usize, f: &Found) -> Vec<Found> {
        let mut out = Vec::new();
        let Some(len) = self.scopes.longest_prefix(&f.name) else { return out };
        let rest = &f.name[len..];
        let mut at = f.mention.start;
        while let Some(before) = text.get(sentence_start..at).and_then(|b| b.strip_suffix('、')) {
            let Some(scope) = self.scopes.longest_suffix(before) else { break };
            let start = sentence_start + before.len() - scope;
            out.push(Found {
                name: format!("{}{rest}", &before[before.len() - scope..]),
                mention: Span::new(start, start + scope),
                theme: None,
            });
            at = start;
        }
        out
    }

    /// `世界无烟日宣传活动`, `重阳节敬老活动`: an event named right before an activity's
    /// head (a few Han characters on, no stop word between) is that activity's theme, no
    /// event of its own; quoted or not (`“世界献血者日”主题宣传活动`).
    fn themes_activity(&self, text: &str, end: usize) -> bool {
        let rest = text.get(end..).unwrap_or("").trim_start_matches(quotes::is_mark);
        // `…论坛、…对接会等活动`: a stop word (`等`, `的`, `在`) between ends the modifier;
        // the meeting is one of the activities, not their theme.
        if self.stops.longest_prefix(rest).is_some() {
            return false;
        }
        // `…启用仪式暨义诊活动`: joined to the activity, an event of its own, no theme.
        if rest.starts_with(JOINT) {
            return false;
        }
        let run: String = rest.chars().take_while(|&c| crate::text::is_han(c)).take(MAX_THEMED_GAP_CHARS + 2).collect();
        run.char_indices().any(|(i, c)| self.activity_heads.longest_suffix(&run[..i + c.len_utf8()]).is_some())
    }

    /// `“迎新春”义诊活动和春节慰问活动`: an activity's head followed by a coordinator
    /// (`[coordinators]`) inside the modifier ends an activity listed before this one; this
    /// one's name starts after the coordinator, and a theme left behind is not its own
    /// (FACTS.md §4 Events: a list of events is a list, a holiday between them joins nothing).
    fn after_listed_activity(
        &self,
        text: &str,
        start: usize,
        head: Span,
        theme: Option<String>,
    ) -> (usize, Option<String>) {
        let modifier = text.get(start..head.start).unwrap_or("");
        let listed = modifier.char_indices().rev().find_map(|(i, _)| {
            let rest = &modifier[i..];
            let coordinator = self.coordinators.longest_prefix(rest)?;
            self.activity_heads.longest_suffix(&modifier[..i]).map(|_| start + i + coordinator)
        });
        match listed {
            Some(after) => {
                let kept = theme.filter(|th| text.get(after..head.start).is_some_and(|m| m.contains(th.as_str())));
                (after, kept)
            }
            None => (start, theme),
        }
    }

    /// `2026年湖川品牌健康行（东部站）活动`: an unquoted activity opened by its year (or by
    /// its place and year: `青禾县2026年…宣传活动`), with [`MIN_NAME_CHARS`]+ letters beyond generic words after it, names a yearly edition of a
    /// recurring activity (as a year qualifies a drill: FACTS.md §4 Events).
    fn yearly_named(&self, modifier: &str) -> bool {
        // `青禾县2026年艾滋病防治宣传活动`: the year may follow the place holding it (round 63).
        let after_place = || self.year_after_place(modifier).map(|(at, (_, len))| at + len);
        let year_end = self.leading_year(modifier).map(|(_, len)| len).or_else(after_place);
        year_end.is_some_and(|len| self.distinctive(self.strip_qualifiers(&modifier[len..]), MIN_NAME_CHARS))
    }

    /// `老年健康服务主题宣传活动`: an unquoted activity that says it has a theme (`主题`,
    /// `[themed]`) after one of [`MIN_THEME_WORD_CHARS`]+ letters beyond generic words is named
    /// by it (bare `主题活动` names none).
    fn themed_unquoted(&self, modifier: &str) -> bool {
        let Some(at) = self.themed.iter().filter_map(|w| modifier.rfind(w.as_str())).max() else { return false };
        self.distinctive(self.strip_qualifiers(&modifier[..at]), MIN_THEME_WORD_CHARS)
    }

    /// `“…”义诊暨…活动`: the part of an activity's modifier before `暨` (`part`) is an
    /// activity itself, with the theme in it: the two are one joint activity (FACTS.md:
    /// two of one kind joined by `暨`).
    /// So is an observance's campaign before `暨` (`…糖尿病日宣传暨义诊活动`: words of
    /// `[activity_kinds]` after an observance, `observance_campaign`).
    fn one_activity(&self, part: &str, theme: Option<&str>) -> bool {
        let part = part.trim_end_matches(quotes::is_mark);
        theme.is_some_and(|th| part.contains(th)) && self.activity_heads.longest_suffix(part).is_some()
            || self.observance_campaign(part)
    }

    /// `联合国糖尿病日宣传`, `世界卫生日主题宣传`: `part` ends in words of `[activity_kinds]`
    /// after a name ending as an observance does (`ends_observance`).
    fn observance_campaign(&self, part: &str) -> bool {
        let topic = self.without_activity_kinds(part);
        topic.len() < part.len() && self.ends_observance(topic)
    }

    /// `name` without the words of `[activity_kinds]` it ends in (`…营养日主题宣传` →
    /// `…营养日`).
    fn without_activity_kinds<'a>(&self, mut name: &'a str) -> &'a str {
        while let Some(len) = self.activity_kinds.longest_suffix(name) {
            name = &name[..name.len() - len];
        }
        name
    }

    /// `…营养周`, `…糖尿病日`: `name` ends in a character of `[edition_ends]` and is long
    /// enough to name an observance.
    fn ends_observance(&self, name: &str) -> bool {
        let last = name.chars().next_back().map(String::from).unwrap_or_default();
        self.observance_ends.contains(&last) && name.chars().count() >= MIN_OBSERVANCE_CHARS
    }

    /// `…启动会暨…揭牌仪式`: two events of two kinds (a meeting and a ceremony) joined by
    /// `暨` are two; one kind (`…大会暨…博览会`) stays one joint event; a program before
    /// `暨` (`…计划暨…座谈会`) leaves the meeting after it.
    fn split_joint(&self, text: &str, f: Found) -> Vec<Found> {
        let surface = f.mention.slice(text);
        let Some(at) = surface.find('暨') else { return vec![f] };
        let (left, right) = (&surface[..at], &surface[at + '暨'.len_utf8()..]);
        let bare = |s: &str| s.chars().filter(|&c| !quotes::is_mark(c)).collect::<String>();
        let split = f.mention.start + at;
        let right_span = Span::new(split + '暨'.len_utf8(), f.mention.end);
        // `…传播激励计划暨…座谈会`: a program joined to a meeting; the meeting is the event.
        if self.head_of(left).is_none() && self.program_heads.longest_suffix(left).is_some() {
            return vec![Found { name: bare(right), mention: right_span, theme: None }];
        }
        let (Some(lh), Some(rh)) = (self.head_of(left), self.head_of(right)) else { return vec![f] };
        // `会议暨培训班`: two bare types joined name no event (FACTS: a bare type is none).
        if lh.len() == bare(left).len() && rh.len() == bare(right).len() {
            return Vec::new();
        }
        if self.ceremony.contains(lh) == self.ceremony.contains(rh)
            || right.contains('暨')
            || self.opens_both(left, right, rh)
        {
            return vec![f];
        }
        vec![
            Found { name: bare(left), mention: Span::new(f.mention.start, split), theme: f.theme },
            Found { name: bare(right), mention: right_span, theme: None },
        ]
    }

    /// `…科技活动周暨…科普宣传周启动仪式`: a ceremony (head `ceremony_head` of `right`) whose
    /// topic is of the kind of `left` (two weeks, two meetings) opens both: one joint event.
    fn opens_both(&self, left: &str, right: &str, ceremony_head: &str) -> bool {
        let topic = right[..right.len() - ceremony_head.len()].trim_end_matches(quotes::is_mark);
        let observances = self.is_observance(left) && self.is_observance(topic);
        let kind = self.kind_of(left);
        self.ceremony.contains(ceremony_head) && (observances || kind.is_some() && kind == self.kind_of(topic))
    }

    /// `“送医下乡”活动暨健康知识“六进”主题宣传活动`: two events of one kind (two activities,
    /// two meetings) found apart but joined by `暨` and the modifiers of the second are one
    /// joint event, named by the whole from the modifiers before the first
    /// (`2024年文化“三下乡”活动暨…`); the parts lie inside it and give way.
    fn join_same_kind(&self, text: &str, s: &Sentence<'_>, mut found: Vec<Found>, months: &[Span]) -> Vec<Found> {
        found.sort_by_key(|f| f.mention.start);
        let mut joints = Vec::new();
        for (i, a) in found.iter().enumerate() {
            // `“…论坛”暨…`: a quoted name's closing mark stands before the joining word.
            let rest = text.get(a.mention.end..).unwrap_or("");
            let marks = rest.len() - rest.trim_start_matches(quotes::is_mark).len();
            if !rest[marks..].starts_with('暨') {
                continue;
            }
            let from = a.mention.end + marks + '暨'.len_utf8();
            let Some(b) = found[i + 1..].iter().find(|b| b.mention.start >= from) else { continue };
            let gap = text.get(from..b.mention.start).unwrap_or("。");
            let modifier = gap.chars().all(|c| is_han(c) || crate::text::is_alphanumeric(c));
            if !modifier || gap.chars().count() > MAX_MODIFIER_CHARS {
                continue;
            }
            let kind = self.kind_of(&a.name);
            let same = kind.is_some() && kind == self.kind_of(&b.name);
            if !same && !self.observances_share_activity(&a.name, &b.name) {
                continue;
            }
            let before = text.get(..a.mention.start).unwrap_or("");
            let opening = if marks > 0 { before.len() - before.trim_end_matches(quotes::is_mark).len() } else { 0 };
            let start = self.modifiers_start(text, s, a.mention.start - opening, months);
            let mention = Span::new(start, b.mention.end);
            let name =
                squeeze_spaces(&mention.slice(text).chars().filter(|&c| !quotes::is_mark(c)).collect::<String>());
            joints.push(Found { name, mention, theme: None });
        }
        found.extend(joints);
        found
    }

    /// `“全民营养周”暨“5·20”中国学生营养日宣传活动`: an observance (`left`, found as an event,
    /// ending in a character of `[edition_ends]`) joined by `暨` to the activity of another
    /// (`right`: an activity head after an observance, with the words of `[activity_kinds]`
    /// between) shares that activity: two of one kind, one joint event.
    fn observances_share_activity(&self, left: &str, right: &str) -> bool {
        let Some(head) = self.activity_heads.longest_suffix(right) else { return false };
        let topic = self.without_activity_kinds(&right[..right.len() - head]);
        self.ends_observance(left) && self.ends_observance(topic)
    }

    /// `2026年全民营养周暨“5·20”中国学生营养日宣传活动`: one edition of an observance (`left`,
    /// opened by its year, its place and year — `某市2026年全民营养周暨…` — or its ordinal) joined by `暨` to the activity of another (`right`,
    /// from the joining word to the activity's head) shares it: the activity of one edition,
    /// as `2026年全民营养周活动` is, needing no day or place; so is a free clinic (`free_clinic`).
    /// An activity whose head a ceremony
    /// follows (`…宣传活动启动仪式`) is that ceremony's topic, no activity of its own.
    fn edition_shares_activity(&self, text: &str, left: &str, right: Span) -> bool {
        let left = left.trim_end_matches(quotes::is_mark);
        let bare: String =
            right.slice(text).trim_start_matches('暨').chars().filter(|&c| !quotes::is_mark(c)).collect();
        let ceremony_after = self.ceremony.longest_prefix(text.get(right.end..).unwrap_or("")).is_some();
        (self.yearly_edition(left) || self.year_after_place(left).is_some() || self.ordinal_opening(left))
            && !ceremony_after
            && (self.observances_share_activity(left, &bare) || self.ends_observance(left) && self.free_clinic(&bare))
    }

    /// `第十届…`, `某市第十届…`: an ordinal opens `name`, or follows the Han words of its place.
    fn ordinal_opening(&self, name: &str) -> bool {
        let at = name.find('第').unwrap_or(0);
        name[..at].chars().all(is_han) && self.ordinal.is_match(&name[at..])
    }

    /// `义诊活动`, `大型义诊活动`: an activity whose topic ends in a word of `[themed]` that
    /// names what is done (`义诊`), the activity of an observance's edition joined to it by `暨`
    /// (`某市第十届全民健康宣传周暨义诊活动`, round 72).
    fn free_clinic(&self, activity: &str) -> bool {
        let Some(head) = self.activity_heads.longest_suffix(activity) else { return false };
        let topic = &activity[..activity.len() - head];
        self.themed.iter().any(|w| topic.ends_with(w.as_str()) && self.activity_heads.contains(w))
    }

    /// Where the modifiers before `at` start (`2024年文化科技卫生` before `“三下乡”活动`):
    /// over the sentence's tokens going left until one bounds a name (`bounds_name`).
    fn modifiers_start(&self, text: &str, s: &Sentence<'_>, at: usize, months: &[Span]) -> usize {
        let Some(k) = s.tokens.iter().position(|t| t.span.start == at) else { return at };
        let mut start = at;
        for j in (0..k).rev() {
            let p = s.tokens[j];
            if self.bounds_name(text, &s.tokens, j, months)
                || text.get(p.span.start..at).map_or(0, |m| m.chars().count()) > MAX_MODIFIER_CHARS
            {
                break;
            }
            start = p.span.start;
        }
        start
    }

    /// What kind of event a name is, by its head: an activity, a ceremony, or another meeting.
    fn kind_of(&self, name: &str) -> Option<Kind> {
        if self.activity_heads.longest_suffix(name).is_some() {
            Some(Kind::Activity)
        } else if self.ceremony.longest_suffix(name).is_some() {
            Some(Kind::Ceremony)
        } else {
            self.heads.longest_suffix(name).map(|_| Kind::Meeting)
        }
    }

    /// `中国医师节`, `某某宣传周`: a name ending in an observance or an observance's head.
    fn is_observance(&self, name: &str) -> bool {
        self.observances.longest_suffix(name).is_some() || self.observance_heads.longest_suffix(name).is_some()
    }

    /// The event head `name` ends in.
    fn head_of<'a>(&self, name: &'a str) -> Option<&'a str> {
        self.heads.longest_suffix(name).map(|len| &name[name.len() - len..])
    }

    /// What a compound head adds before the shortest head it ends in (`技能` of `技能大赛`,
    /// `工作` of `工作会议`); empty for a base head.
    fn head_extra<'a>(&self, head: &'a str) -> &'a str {
        let base =
            head.char_indices().rev().map(|(i, _)| i).filter(|&i| i > 0).find(|&i| self.heads.contains(&head[i..]));
        base.map_or("", |i| &head[..i])
    }

    /// A quote whose content is itself a meeting's name; quoted speech saying what a
    /// meeting was (`“这是一届…的大会”`, `“此次是…的会议”`: a deictic word and `是`) is none.
    fn is_quoted_name(&self, inner: &str) -> bool {
        let inner = inner.trim();
        let after_deictic = self.deictic.longest_prefix(inner).map_or("", |n| &inner[n..]);
        if after_deictic.starts_with(COPULA) {
            return false;
        }
        // `「基层医疗高峰会2024」`: an edition year may follow the head.
        let core = inner.trim_end_matches(|c: char| c.is_ascii_digit() || c == '年' || c == ' ');
        // `“宣传周”`: a head alone names nothing (an observance of `[observances]` does: `“重阳节”`).
        let bare_head = self.heads.contains(core) && !self.observances.contains(core);
        !inner.contains(['。', '！', '？'])
            && core.chars().count() > 2
            && self.heads.longest_suffix(core).is_some()
            && !bare_head
    }

    /// The event whose head ends at token `k`, as (name, mention, quoted theme).
    fn token_event(
        &self,
        text: &str,
        s: &Sentence<'_>,
        k: usize,
        quoted: &SentenceQuotes,
        months: &[Span],
    ) -> Option<Found> {
        let head = self.event_head(text, &s.tokens, k)?;
        if self.names_standing_body(text, &s.tokens, k, head)
            || self.head_goes_on(text, head)
            || !self.abbreviation_lettered(text, &s.tokens, k, head)
            || !self.plenum_numbered(text, head)
        {
            return None;
        }
        if quoted.events.iter().any(|q| q.outer.overlaps(head)) {
            return None;
        }
        let bounds = Bounds { quoted, months };
        let (start, theme) = self.event_start(text, &s.tokens, k, head, &bounds)?;
        if self.body_not_held(text, start, head) {
            return None;
        }
        let start = self.after_size_word(text, start, head);
        let start = self.after_year_of_edition(text, start, head);
        if listed_ordinal(text, start) {
            return None;
        }
        let mention = Span::new(start, edition_year_end(text, head.end));
        let surface = mention.slice(text);
        let name = squeeze_spaces(&surface.chars().filter(|&c| !quotes::is_mark(c)).collect::<String>());
        let modifier = Span::new(start, head.start).slice(text);
        let bare_modifier = match &theme {
            Some(th) => modifier.replacen(th.as_str(), "", 1),
            None => modifier.to_string(),
        };
        // `全省护理技能大赛`: the words a compound head adds to its base (`技能` of `技能大赛`)
        // name the meeting as the modifier does.
        let stripped = format!("{}{}", self.strip_qualifiers(&bare_modifier), self.head_extra(head.slice(text)));
        // `重阳节`, `国际护士节`: an observance is named by its head alone.
        let min_chars = self.min_name_chars(head.slice(text));
        let min_chars = if self.edition_of_scope(&bare_modifier) {
            0
        } else if self.edition_observance(&bare_modifier, head.slice(text))
            || self.scoped_topic(&bare_modifier)
            || self.edition_numbered(&bare_modifier)
            || self.yearly_edition(&bare_modifier)
        {
            min_chars.min(MIN_SHORT_NAME_CHARS)
        } else {
            min_chars
        };
        if theme.is_none() && !self.distinctive(&stripped, min_chars) && !self.observances.contains(head.slice(text)) {
            return None;
        }
        if theme.is_none() && (self.only_ceremony_acts(&stripped, head.slice(text)) || counted_after(text, head.end)) {
            return None;
        }
        if !self.last_conjunct_named(text, &s.tokens[..k], Span::new(start, head.start), head, min_chars) {
            return None;
        }
        if self.qualified.contains(head.slice(text)) && !self.qualified_name(text, &s.tokens, start, head) {
            return None;
        }
        if theme.is_none() && self.names_no_meeting(text, start, head, &bare_modifier) {
            return None;
        }
        Some(Found { name, mention, theme })
    }

    /// Names that say no meeting of their own (FACTS.md §4 Events): a body's routine meeting
    /// with the body unnamed (`unnamed_routine`), a meeting named only by who takes part
    /// (`named_by_participants`), a part after a verb of dividing (`a_part_named`).
    fn names_no_meeting(&self, text: &str, start: usize, head: Span, modifier: &str) -> bool {
        self.unnamed_routine(modifier, head.slice(text))
            || self.named_by_participants(text, start, head, modifier)
            || self.a_part_named(text, start)
    }

    /// `市政府常务会议强调…`, `县政府第8次常务会议`: a head of `[routine_heads]` after a body of
    /// `[unnamed_holders]` (a level word, no place), with at most a count of sittings between,
    /// names no body's meeting; `国务院常务会议` and `青禾县人民政府常务会议` do.
    fn unnamed_routine(&self, modifier: &str, head: &str) -> bool {
        if !self.rulings.routine_heads.contains(head) {
            return false;
        }
        let holder = modifier.trim();
        let holder = holder
            .rfind('第')
            .filter(|&i| self.ordinal.find(&holder[i..]).is_some_and(|m| m.end() == holder.len() - i))
            .map_or(holder, |i| &holder[..i]);
        holder.is_empty() || self.rulings.unnamed_holders.contains(holder)
    }

    /// `民营医院院长座谈会`, `全体党员大会`: a head of `[participant_heads]` right after a word of
    /// `[participants]` says who met, not what about: a meeting only when a year, a scope
    /// word or a place with its level opens the name (`全省三级医院院长座谈会`; a token tagged
    /// as a place or body does not qualify it, `乡镇卫生院院长座谈会`: as `[qualified_in_words]`).
    fn named_by_participants(&self, text: &str, start: usize, head: Span, modifier: &str) -> bool {
        let name = Span::new(start, head.start).slice(text).trim_start_matches(quotes::is_mark);
        self.rulings.participant_heads.contains(head.slice(text))
            && self.rulings.participants.longest_suffix(modifier).is_some()
            && self.leading_year(name).is_none()
            && self.scopes.longest_prefix(name).is_none()
            && self.scoped_core(name).is_none()
    }

    /// `竞赛分为理论考试与技能竞赛`, `分为中药、药学…竞赛`: a name opening after a verb of
    /// `[part_verbs]` in its clause, with at most a list of parts between, is a part of the
    /// event the clause is about, no event of its own.
    fn a_part_named(&self, text: &str, start: usize) -> bool {
        let from = start.saturating_sub(MAX_HELD_CLAUSE_BYTES);
        let from = floor_char_boundary(text, from);
        let clause = text.get(clause_start(text, from, start)..start).unwrap_or("");
        self.rulings.part_verbs.iter().any(|v| {
            clause.rfind(v.as_str()).is_some_and(|i| clause[i + v.len()..].chars().all(|c| is_han(c) || c == '、'))
        })
    }

    /// `进博会`, `进 博会`, `亚运会`: a head of `[abbreviated]` has its one letter in its own
    /// word or in a word of one letter right before; after a longer word (`载人 交会`, `手控
    /// 交会`, a rendezvous in space) it names no fair. True for other heads.
    fn abbreviation_lettered(&self, text: &str, tokens: &[Token<'_>], k: usize, head: Span) -> bool {
        if !self.abbreviated.contains(head.slice(text)) {
            return true;
        }
        // The word holding the head's first letter: the letter before is in it, or is one word.
        let Some(i) = tokens[..=k].iter().rposition(|t| t.span.start <= head.start) else { return true };
        if tokens[i].span.start < head.start {
            return true;
        }
        i.checked_sub(1).is_some_and(|i| tokens[i].text.chars().count() == 1 && tokens[i].text.chars().all(is_han))
    }

    /// `三中全会`, `七次全会`: a head of `[plenums]` needs a numeral and `中` or `次` right
    /// before it; `确保全会精神落实` names none. True for other heads.
    fn plenum_numbered(&self, text: &str, head: Span) -> bool {
        if !self.plenums.contains(head.slice(text)) {
            return true;
        }
        let mut before = text[..head.start].chars().rev();
        before.next().is_some_and(|c| PLENUM_MIDDLE.contains(&c))
            && before.next().is_some_and(|c| is_chinese_numeral_char(c) || is_digit(c))
    }

    /// `举行了挂牌开诊仪式`, `启动揭牌仪式`: a ceremony whose name (`stripped`, without its
    /// base) is only what ceremonies do is a kind of ceremony, no name.
    fn only_ceremony_acts(&self, stripped: &str, head: &str) -> bool {
        if !self.ceremony.contains(head) {
            return false;
        }
        let mut rest = stripped;
        while let Some(len) = self.ceremony_acts.longest_prefix(rest) {
            rest = &rest[len..];
        }
        // `项目签约仪式`, `护士授帽仪式`: what the ceremony does after a topic of two letters.
        while let Some(len) = self.ceremony_acts.longest_suffix(rest) {
            rest = &rest[..rest.len() - len];
        }
        rest.is_empty() || !self.distinctive(rest, MIN_NAME_CHARS)
    }

    /// `举行大型…研讨会`: a word of size (`[sizes]`) opening the name from `start` describes
    /// the meeting; the name starts after it (unless nothing but the head is left).
    fn after_size_word(&self, text: &str, start: usize, head: Span) -> usize {
        let modifier = Span::new(start, head.start).slice(text);
        self.sizes.longest_prefix(modifier).filter(|&n| n < modifier.len()).map_or(start, |n| start + n)
    }

    /// `在1994年第一届…首脑会议上`: a year written right before an edition (`第N届`, `首届`)
    /// says when the meeting was held; the edition names it, so the name starts after the
    /// year (a count of times needs its year: `…2024年第一次会议`).
    fn after_year_of_edition(&self, text: &str, start: usize, head: Span) -> usize {
        let modifier = Span::new(start, head.start).slice(text);
        let Some((_, len)) = self.leading_year(modifier).filter(|&(_, len)| modifier[..len].ends_with('年')) else {
            return start;
        };
        let rest = &modifier[len..];
        let edition =
            rest.starts_with(FIRST_EDITION) || self.ordinal.find(rest).is_some_and(|m| m.as_str().ends_with(EDITION));
        if edition {
            start + len
        } else {
            start
        }
    }

    /// `全省卫生健康工作会`, `2024年全市医保工作会`, `青石县卫生健康工作会`: a head of
    /// `[qualified]` names a meeting when its name (from `start`) opens with a year, a scope
    /// word, a place or a body (a token tagged as one, except before a head of
    /// `[qualified_in_words]`: `壮医药讲座`), and its last letter opens no word with what
    /// follows (`工作会同`: `[qualified_not]`).
    fn qualified_name(&self, text: &str, tokens: &[Token<'_>], start: usize, head: Span) -> bool {
        let last = floor_char_boundary(text, head.end.saturating_sub(1));
        if text.get(last..).is_some_and(|rest| self.qualified_not.longest_prefix(rest).is_some()) {
            return false;
        }
        let name = Span::new(start, head.start).slice(text);
        let name = name.trim_start_matches(quotes::is_mark);
        let first = tokens
            .get(tokens.partition_point(|t| t.span.start < start))
            .filter(|t| t.span.start == start && t.span.end <= head.start);
        self.leading_year(name).is_some()
            || self.scopes.longest_prefix(name).is_some()
            || self.scoped_core(name).is_some()
            || (first.is_some_and(|t| PLACE_OR_BODY_TAGS.contains(&t.tag))
                && !self.qualified_in_words.contains(head.slice(text)))
    }

    /// `…先进集体和先进工作者表彰大会`: the modifier after the last coordinator of
    /// `[coordinators]` in `modifier` (among `tokens`) names the meeting by itself; true when
    /// there is none (`专家和学者研讨会` names none).
    fn last_conjunct_named(&self, text: &str, tokens: &[Token<'_>], modifier: Span, head: Span, min: usize) -> bool {
        let mut last = tokens.iter().rev().take_while(|t| t.span.start >= modifier.start);
        let Some(c) = last.find(|t| modifier.contains(t.span) && self.coordinators.contains(t.text)) else {
            return true;
        };
        let tail = text.get(c.span.end..modifier.end).unwrap_or("");
        let extra = self.head_extra(head.slice(text));
        self.distinctive(&format!("{}{extra}", self.strip_qualifiers(tail)), min)
    }

    /// `全省护理工作会议`, `2026年全市医保学术年会`: a scope word opening the name (after a
    /// year and an edition, if any) says whose meeting it is, so two letters of topic name it as a place
    /// would (`青石县护理工作会议`); `全省工作会议` still names none.
    fn scoped_topic(&self, modifier: &str) -> bool {
        self.scopes.longest_prefix(self.strip_qualifiers(modifier)).is_some()
    }

    /// `第十五届全国运动会`: an edition (`第N届`) and a scope word alone before the head
    /// name a recurring meeting of that scope (a count of times does not: `第三次全省会议`).
    fn edition_of_scope(&self, modifier: &str) -> bool {
        let unyeared = self.leading_year(modifier).map_or(modifier, |(_, len)| &modifier[len..]);
        self.ordinal
            .find(unyeared)
            .is_some_and(|m| m.as_str().ends_with(EDITION) && self.scopes.contains(&unyeared[m.end()..]))
    }

    /// `第十二届全省健康宣传周`: an observance counted by its edition is named by two
    /// letters of topic (a meeting is not: `第十次常务会议`).
    fn edition_observance(&self, modifier: &str, head: &str) -> bool {
        let unyeared = self.leading_year(modifier).map_or(modifier, |(_, len)| &modifier[len..]);
        self.observance_heads.contains(head) && self.ordinal.is_match(unyeared)
    }

    /// `2026年度科技大会`, `2026年护理年会`: a year written with `年` opening the name says
    /// which yearly edition of a recurring meeting it is, so two letters of topic name it as
    /// an edition does (`召开科技大会` names none; a bare `2026年工作会议` still none).
    fn yearly_edition(&self, modifier: &str) -> bool {
        self.leading_year(modifier).is_some_and(|(_, len)| modifier[..len].contains('年'))
    }

    /// `第六届护理学术交流会`: an edition counted with `届` says the meeting recurs under one
    /// name, so two letters of topic name it (a count of times does not: `第十次常务会议`).
    fn edition_numbered(&self, modifier: &str) -> bool {
        let unyeared = self.leading_year(modifier).map_or(modifier, |(_, len)| &modifier[len..]);
        self.ordinal.find(unyeared).is_some_and(|m| m.as_str().ends_with(EDITION))
    }

    /// Fewest letters a name needs before `head`: one before a fair written short
    /// (`进博会`), two before a head of `[short_named]` (`三中全会`), else three.
    fn min_name_chars(&self, head: &str) -> usize {
        if self.abbreviated.contains(head) {
            MIN_ABBREVIATED_CHARS
        } else if self.short_named.contains(head) {
            MIN_SHORT_NAME_CHARS
        } else {
            MIN_NAME_CHARS
        }
    }

    /// `发挥…部际联席会议作用`, `联席会议制度`: the word right after the head (ending token
    /// `k`) makes it a standing body or mechanism, not a meeting held.
    fn names_standing_body(&self, text: &str, tokens: &[Token<'_>], k: usize, head: Span) -> bool {
        let next = tokens.get(k + 1).filter(|n| n.span.start == head.end);
        next.is_some_and(|n| self.standing.contains(n.text))
            || text.get(head.end..).is_some_and(|rest| self.standing.longest_prefix(rest).is_some() && next.is_none())
    }

    /// `全县护理人员培训工作`, `…培训计划`, `…培训覆盖全县`: a head of `[clause_end_heads]`
    /// is also a verb or a modifier, and names a session only where its clause ends right
    /// after it or a word of `[held_after]` follows (`…人员培训。`, `…培训在县党校举行`).
    fn head_goes_on(&self, text: &str, head: Span) -> bool {
        if !self.clause_end_heads.contains(head.slice(text)) {
            return false;
        }
        let rest = text.get(head.end..).unwrap_or("");
        let next = rest.chars().next().map_or("", |c| &rest[..c.len_utf8()]);
        !(next.is_empty() || is_punct(next) || self.held_after.longest_prefix(rest).is_some())
    }

    /// `某市深化医改联席会议要求…`: a head of `[standing_heads]` names the standing body
    /// unless the meeting is said to be held: a verb of `[verbs]` right before its name
    /// (`召开…联席会议`, `出席了…联席会议`), or after its head a word of `[held_after]`, a
    /// deictic word or a digit (`…联席会议在省城召开`, `…联席会议3月8日召开`). So does a
    /// name ending in a head of `[body_heads]` that a body's act follows (`某某贸易与发展会议
    /// 发布报告`), unless an edition opens it (`第十五届…`, `2026年…`).
    /// A note of its short form in brackets between the name and what follows is skipped
    /// (`某某会议（ABC）发布…`).
    fn body_not_held(&self, text: &str, start: usize, head: Span) -> bool {
        let rest = after_abbreviation_note(text.get(head.end..).unwrap_or(""));
        if !(self.standing_heads.contains(head.slice(text)) || self.body_acting(text, start, head, rest)) {
            return false;
        }
        let before = before_held_name(text, start);
        let held_before = self.verbs.longest_suffix(before).is_some() || self.holding.longest_suffix(before).is_some();
        let held_after = self.held_after.longest_prefix(rest).is_some()
            || self.deictic.longest_prefix(rest).is_some()
            || rest.starts_with(|c: char| is_digit(c));
        !held_before && !held_after
    }

    /// `某某贸易与发展会议发布报告`: a name of `[body_heads]` opened by no edition (`第`, a
    /// digit) with a body's act or publication right after it.
    fn body_acting(&self, text: &str, start: usize, head: Span, rest: &str) -> bool {
        let edition = text.get(start..).is_some_and(|n| n.starts_with(|c: char| c == '第' || is_digit(c)));
        let acts = self.body_acts.longest_prefix(rest).is_some() || self.publication_title(rest);
        self.body_heads.contains(head.slice(text)) && acts && !edition
    }

    /// `《2026年某某报告》…`: `rest` opens with a book title ending in a word of
    /// `[body_publications]`.
    fn publication_title(&self, rest: &str) -> bool {
        let Some(inner) = rest.strip_prefix('《') else { return false };
        let Some(close) = inner.find('》') else { return false };
        self.rulings.body_publications.longest_suffix(&inner[..close]).is_some()
    }

    /// The meeting head that token `k` ends (`年会于` as one token: the head ends inside
    /// it), unless the head goes on into the next token (工作 会议 → 工作会议 is one head).
    fn event_head(&self, text: &str, tokens: &[Token<'_>], k: usize) -> Option<Span> {
        self.head_at(&self.heads, text, tokens, k)
    }

    /// The head of `heads` that token `k` ends, as [`Self::event_head`] finds a meeting's.
    fn head_at(&self, heads: &WordSet, text: &str, tokens: &[Token<'_>], k: usize) -> Option<Span> {
        let t = tokens.get(k)?;
        let suffix_at = |end: usize| head_in_window(heads, text, end);
        let (head_end, head_len) = match suffix_at(t.span.end) {
            Some(len) => (t.span.end, len),
            None => {
                let end = t.span.start + self.after_head.trailing_cut(t.text)?;
                (end, suffix_at(end)?)
            }
        };
        let goes_on = tokens.get(k + 1).is_some_and(|n| suffix_at(n.span.end).is_some_and(|l| l > n.text.len()));
        if (head_end == t.span.end && goes_on) || self.names_a_body(text, head_end, head_len) {
            return None;
        }
        Some(Span::new(head_end - head_len, head_end))
    }

    /// `青年会` (a body) of `基督教青年会`: a word of `[not_heads]` longer than the head
    /// ending at `end` ends there too, with no term of office a few letters before it
    /// (`第十四届全国人民代表大会` is that term's congress).
    fn names_a_body(&self, text: &str, end: usize, head_len: usize) -> bool {
        let window = text.get(floor_char_boundary(text, end.saturating_sub(HEAD_WINDOW_BYTES))..end).unwrap_or("");
        let Some(len) = self.not_heads.longest_suffix(window).filter(|&len| len > head_len) else { return false };
        let before = &window[..window.len() - len];
        !before.chars().rev().take(MAX_TERM_GAP_CHARS).any(|c| c == EDITION)
    }

    /// Whether the text before a head word inside its token ends in a verb or a deictic
    /// word (`出席` of `出席会议`): the name starts at the head.
    fn verb_or_deictic(&self, prefix: &str) -> bool {
        !prefix.is_empty()
            && (self.verbs.longest_suffix(prefix).is_some() || self.deictic.longest_suffix(prefix).is_some())
    }

    /// Whether a head word names an occasion that takes another event as its theme: a
    /// ceremony, a launch or an activity.
    fn takes_a_theme(&self, head_word: &str) -> bool {
        self.ceremony.contains(head_word) || self.launch.contains(head_word) || self.activity_heads.contains(head_word)
    }

    /// Where the event's name starts, left of its `head`: over its modifiers up to a
    /// punctuation mark, a verb, a stop or deictic word, a date with a month
    /// (`5月12日国际护士节`) or too long a modifier; a quoted theme before them is taken
    /// once (第二届“健康中国”论坛). `None` when the head belongs to a quoted meeting
    /// (`“……国际论坛”分论坛`).
    fn event_start(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        k: usize,
        head: Span,
        bounds: &Bounds<'_>,
    ) -> Option<(usize, Option<String>)> {
        let quoted = bounds.quoted;
        let token_start = tokens[k].span.start.min(head.start);
        // `出席会议` as one token: the part before the head may be a verb.
        let prefix_bounds = self.verb_or_deictic(Span::new(token_start, head.start).slice(text));
        let mut start = if prefix_bounds { head.start } else { token_start };
        let mut theme = None;
        let mut joint = None;
        let mut listed = None;
        let mut j = if prefix_bounds { 0 } else { k };
        while j > 0 {
            j -= 1;
            let p = tokens[j];
            if p.span.end > start {
                continue;
            }
            match self.quote_step(text, quoted, p, head, start, start == head.start.min(tokens[k].span.start)) {
                QuoteStep::Absent => {}
                QuoteStep::HeadQuoted => return None,
                QuoteStep::Ends(at) => {
                    start = at;
                    break;
                }
                QuoteStep::Theme(_, _) if theme.is_some() => break,
                QuoteStep::Theme(at, inner) => {
                    theme = Some(inner);
                    start = at;
                    continue; // an ordinal may stand before the theme
                }
            }
            // `参加各类…培训班`: a count or a plural determiner makes the head a kind.
            if self.counted_head(text, &p, head) || self.is_plural(p.text) {
                return None;
            }
            // `中国（某市）国际…博览会`: a bracketed place inside the name is part of it.
            if let Some(open) = bracketed_gloss(tokens, j).filter(|&open| !self.byline_bracket(text, tokens, open, j)) {
                start = tokens[open].span.start;
                j = open;
                continue;
            }
            // `召开全市安全生产、消防安全工作会议`: topics listed inside the name.
            if p.text == LIST_COMMA && self.listed_topic(text, tokens, j, head) {
                listed.get_or_insert(start);
                start = p.span.start;
                continue;
            }
            let inner_topic = self.topic_verb_inside(text, tokens, j, bounds.months);
            if !inner_topic
                && (self.bounds_name(text, tokens, j, bounds.months)
                    || self.scope_before_edition(text, p, start, head.slice(text)))
            {
                break;
            }
            if text.get(p.span.start..head.start).map_or(0, |m| self.capped_chars(m)) > MAX_MODIFIER_CHARS {
                // `…学术会议暨…分会年会` too long for one name: it starts after the `暨`, the
                // joint event is found from both parts (`join_same_kind`).
                start = joint.unwrap_or(start);
                break;
            }
            if p.text == JOINT {
                joint = Some(p.span.end);
            }
            start = p.span.start;
        }
        let start = match listed {
            Some(after) if !self.opens_a_held_name(text, start) => after,
            _ => start,
        };
        Some((start, theme))
    }

    /// A closing quote at token `p` right before the name (from `start`): the meeting's
    /// theme (or a quoted meeting, whose ceremony names an event: `“…宣传周”启动仪式`); a
    /// book title likewise (`《职业病防治法》宣传周`). `at_head`: nothing of the name yet.
    fn quote_step(
        &self,
        text: &str,
        quoted: &SentenceQuotes,
        p: Token<'_>,
        head: Span,
        start: usize,
        at_head: bool,
    ) -> QuoteStep {
        let closing = quoted.by_end.binary_search_by_key(&p.span.end, |&(end, _)| end).ok();
        let Some(q) = closing.map(|i| &quoted.all[quoted.by_end[i].1]) else { return QuoteStep::Absent };
        // An activity takes a quoted event as its theme (`“世界卫生日”主题义诊活动`).
        // So does any meeting a quoted observance (`“中国医师节”庆祝大会`).
        let for_another = self.takes_a_theme(head.slice(text)) || self.is_observance(q.inner.slice(text).trim());
        if quoted.events.contains(q) && !for_another {
            // `“…国际论坛”分论坛`: the head belongs to the quoted meeting; further
            // left (`“…日”宣传活动暨…表彰大会`) the quote only ends the name.
            if at_head {
                return QuoteStep::HeadQuoted;
            }
            // `“…论坛”暨…博览会`: the joining word opens no name.
            return QuoteStep::Ends(
                start + text.get(start..).filter(|r| r.starts_with('暨')).map_or(0, |_| '暨'.len_utf8()),
            );
        }
        let inner = q.inner.slice(text).trim();
        let longest = if q.mark == Mark::Book { MAX_TITLE_THEME_CHARS } else { MAX_THEME_CHARS };
        if !is_theme(inner, longest) && !self.day_opens_name(inner, head.slice(text)) {
            return QuoteStep::Ends(start);
        }
        QuoteStep::Theme(q.outer.start, inner.to_string())
    }

    /// `2026年“5·12”国际护士节表彰大会`: a quoted day before a meeting that is no observance
    /// opens its name as a theme does, with a year before it (FACTS.md §4 Events); it is the
    /// observance's day, inside the name no date of the meeting. Before an observance's own
    /// head (`“5·12”国际护士节`) it stays the observance's date.
    fn day_opens_name(&self, inner: &str, head: &str) -> bool {
        is_quoted_day(inner) && !self.observances.contains(head) && !self.observance_heads.contains(head)
    }

    /// `召开全市卫生健康系统安全生产、消防安全工作会议`: the enumeration comma at token `j`
    /// lists topics inside one name when the name ends in a word of `[listed_topics_end]`
    /// before its head (a meeting on areas of work: `…工作会议`) and the word before the
    /// comma is a topic of two letters or more: no scope word or place on either side
    /// (`全国、全省…会议`, `北京、上海…会议` are meetings each), no meeting's head, verb, stop
    /// or deictic word.
    fn listed_topic(&self, text: &str, tokens: &[Token<'_>], j: usize, head: Span) -> bool {
        let Some(prev) = j.checked_sub(1).map(|i| tokens[i]) else { return false };
        // `北京、上海…会议`: places listed, each its own meeting.
        let next_place = tokens.get(j + 1).is_some_and(|t| PLACE_OR_BODY_TAGS.contains(&t.tag));
        // Only the last letters before the head can end a listed topic's word: copy no more.
        let before = text.get(..head.start).unwrap_or("");
        let from = before.char_indices().rev().nth(self.listed_topics_end.max_chars()).map_or(0, |(i, _)| i);
        let before_head = format!("{}{}", &before[from..], self.head_extra(head.slice(text)));
        self.listed_topics_end.longest_suffix(&before_head).is_some()
            && prev.text.chars().count() >= MIN_SHORT_NAME_CHARS
            && prev.text.chars().all(is_han)
            && !self.scopes.contains(prev.text)
            && !PLACE_OR_BODY_TAGS.contains(&prev.tag)
            && !next_place
            && self.heads.longest_suffix(prev.text).is_none()
            && !self.is_verb(prev.text)
            && !self.stops.contains(prev.text)
            && !self.deictic.contains(prev.text)
    }

    /// A name with listed topics opens right after a verb of `[holding]` (with `的` or `了`
    /// after it) or a punctuation mark, or at the start of the text.
    fn opens_a_held_name(&self, text: &str, start: usize) -> bool {
        let before = before_held_name(text, start);
        !before.chars().next_back().is_some_and(|c| is_han(c) || crate::text::is_alphanumeric(c))
            || self.holding.longest_suffix(before).is_some()
    }

    /// True when token `j` ends a name going left: a punctuation mark (not a dash or dot
    /// joining two words: `中国—东盟`, `中国（临江）—东盟`), a verb, a stop or deictic word, a word inside or
    /// across a date with a month (`months`), or a coordinator after another meeting
    /// (`沟通会议与专家会议`; between two modifiers it is inside the name:
    /// `先进集体和先进工作者表彰大会`).
    fn bounds_name(&self, text: &str, tokens: &[Token<'_>], j: usize, months: &[Span]) -> bool {
        let p = tokens[j];
        // `中国（临江）—东盟…论坛`: a bracketed gloss closing the word before the dash too.
        let joined_word =
            |t: &Token<'_>| t.text.chars().next_back().is_some_and(|c| is_han(c) || c == '）' || c == ')');
        let joiner = j > 0 && is_joiner(p.text) && joined_word(&tokens[j - 1]);
        let coordinator = self.joins_words(p.text);
        let stop = self.stops.contains(p.text) && !coordinator;
        let ends = (is_punct(p.text) && !joiner) || (self.is_verb(p.text) && !self.opens_head(text, p)) || stop;
        // A word glued to a date's last character (`11月18日—24日为…`: `日为`) is in it too.
        let dated = months.iter().any(|m| m.overlaps(p.span));
        let joins = coordinator && self.joins_meetings(text, tokens, j, months);
        ends || dated
            || joins
            || self.deictic.contains(p.text)
            || self.verb_before_edition(text, p)
            || self.visitor_verb(text, p)
            || self.marks_quoted_day(text, p)
    }

    /// `到会指导第五届某论坛`: a word of `[attending]` (`到会`), or the word right after it
    /// (the verb of what the visitor does: `指导`, `祝贺`), ends a name going left.
    fn visitor_verb(&self, text: &str, p: Token<'_>) -> bool {
        let upto = |at: usize| text.get(..at).unwrap_or("");
        [p.span.end, p.span.start].into_iter().any(|at| self.glued_verbs.attending.longest_suffix(upto(at)).is_some())
    }

    /// `举行纪念“某某日”暨…启动仪式`: a word of `[commemorating]` before an opening quote is a
    /// verb, no part of the name; before an unquoted topic it may open the name.
    fn marks_quoted_day(&self, text: &str, p: Token<'_>) -> bool {
        self.glued_verbs.commemorating.contains(p.text)
            && text.get(p.span.end..).is_some_and(|rest| rest.starts_with(['“', '「', '‘', '『']))
    }

    /// `…建设启动会`, `…启动仪式`: a verb word (`启动`) that opens a head written across two
    /// words is part of that head, no verb ending the name.
    fn opens_head(&self, text: &str, p: Token<'_>) -> bool {
        text.get(p.span.start..).and_then(|rest| self.heads.longest_prefix(rest)).is_some_and(|n| n > p.text.len())
    }

    /// `恰逢第六届…运动会`: a word tagged as a verb right before an edition (`第N届`,
    /// `首届`) ends the name going left; a body holding the meeting stands there as a noun
    /// (`某学会第五次…会议`), a verb does not.
    fn verb_before_edition(&self, text: &str, p: Token<'_>) -> bool {
        p.tag == VERB_TAG
            && text.get(p.span.end..).is_some_and(|rest| self.ordinal.is_match(rest) || rest.starts_with(FIRST_EDITION))
    }

    /// `与`, `和`: a word joining two modifiers of a name (`[joiners]`, `[coordinators]`).
    fn joins_words(&self, word: &str) -> bool {
        self.joiners.contains(word) || self.coordinators.contains(word)
    }

    /// The coordinator at token `j` joins two meetings, or stands where no modifier does:
    /// a meeting's head before it, or a word that is no modifier (`他和…`, `，和…`, `本次和…`,
    /// `5月8日和…`, a body's name tagged `nt` before `和`/`及`: `某市体育协会和全运会`; before
    /// `与` of `[joiners]` a body is one of two parties the meeting is named by:
    /// `临江市卫健委与湖川医科大学战略合作签约仪式`).
    fn joins_meetings(&self, text: &str, tokens: &[Token<'_>], j: usize, months: &[Span]) -> bool {
        let Some(prev) = j.checked_sub(1).map(|i| tokens[i]) else { return true };
        let word = prev.text;
        let modifier = word.chars().all(is_han)
            && ![&self.stops, &self.deictic].iter().any(|set| set.contains(word))
            && !self.joins_words(word)
            && !self.is_verb(word)
            && !months.iter().any(|m| m.overlaps(prev.span))
            && (prev.tag != BODY_TAG || self.joiners.contains(tokens[j].text));
        !modifier || self.head_of(text.get(..tokens[j].span.start).unwrap_or("")).is_some()
    }

    /// `各类`, `历届` (`[plurals]`), or `各学科`: a letter of `[plural_openers]` glued before
    /// Han letters in one word.
    fn is_plural(&self, word: &str) -> bool {
        self.plurals.contains(word)
            || self.plural_openers.longest_prefix(word).is_some_and(|n| {
                let rest = &word[n..];
                !rest.is_empty() && rest.chars().all(is_han)
            })
    }

    /// A verb of `[verbs]`, alone or with an adverb of `[adverbs]` glued before it in one
    /// word (`认真落实`, `深入学习`), or with a place after `在` (`在京举行`).
    fn is_verb(&self, word: &str) -> bool {
        self.verbs.contains(word)
            || self.adverbs.longest_prefix(word).is_some_and(|n| self.verbs.contains(&word[n..]))
            || self.verb_after_place(word)
    }

    /// `在京举行`, `在沪召开`: one word of `在`, a place of one or two letters and a verb of
    /// `[verbs]` (`当天在沪举行签约仪式` names no ceremony: `捐赠仪式` is a kind).
    fn verb_after_place(&self, word: &str) -> bool {
        let Some(rest) = word.strip_prefix(PLACE_WORD) else { return false };
        self.verbs.longest_suffix(rest).is_some_and(|n| {
            let place = rest[..rest.len() - n].chars().count();
            (1..=MAX_GLUED_PLACE_CHARS).contains(&place)
        })
    }

    /// A verb of `[holding]`, alone or glued after a place (`在京举行`).
    fn is_holding(&self, word: &str) -> bool {
        self.holding.contains(word) || (self.verb_after_place(word) && self.holding.longest_suffix(word).is_some())
    }

    /// `召开学习某某理论交流会`, `举行的全县卫生系统深入开展作风建设推进会议`: a verb at token
    /// `j` saying what a meeting takes up (`[topic_verbs]`, alone or after an adverb) is in
    /// its name when a verb of holding (`[holding]`, maybe with `的` or `了` after it) stands
    /// before it with at most a few nouns between (the holder, `全县卫生系统`). Elsewhere
    /// (`各地要开展…竞赛`, `，开展…座谈会`) the verb ends the name.
    fn topic_verb_inside(&self, text: &str, tokens: &[Token<'_>], j: usize, months: &[Span]) -> bool {
        let word = tokens[j].text;
        let bare = self.adverbs.longest_prefix(word).map_or(word, |n| &word[n..]);
        if !self.topic_verbs.contains(bare) {
            return false;
        }
        for i in (j.saturating_sub(MAX_HOLDER_TOKENS + 2)..j).rev() {
            let t = tokens[i].text;
            let after_holding = i > 0 && one_of_after_holding(t) && self.is_holding(tokens[i - 1].text);
            if self.is_holding(t) || after_holding {
                return true;
            }
            if j - i > MAX_HOLDER_TOKENS || !t.chars().all(is_han) || self.bounds_name(text, tokens, i, months) {
                return false;
            }
        }
        false
    }

    /// `全国第36个爱国卫生月`: a scope word with no place (`全国`, `全省`) before the edition
    /// that opens an observance's name so far is no part of it (a place is: `某市第20个…宣传周`);
    /// a meeting's is (`全国第四次卫生工作会议`, the meeting of that scope).
    fn scope_before_edition(&self, text: &str, p: Token<'_>, start: usize, head: &str) -> bool {
        self.scopes.contains(p.text)
            && self.is_observance(head)
            && text.get(start..).is_some_and(|rest| self.ordinal.is_match(rest))
    }

    /// The modifier without a leading year and ordinal.
    fn strip_qualifiers<'a>(&self, mut s: &'a str) -> &'a str {
        s = s.trim_start_matches(|c: char| quotes::is_mark(c));
        if let Some((_, len)) = self.leading_year(s) {
            s = &s[len..];
        }
        if let Some(m) = self.ordinal.find(s) {
            s = &s[m.end()..];
        }
        s
    }

    /// The year a name states and its byte range in it: opening the name (`2024年…会议`) or
    /// right after an opening scope word of `[coordinated]` (`全区2026年…培训班`).
    fn year_in_name(&self, s: &str) -> Option<(i32, Span)> {
        let after_scope = || self.scopes.longest_prefix(s).and_then(|at| Some((at, self.leading_year(&s[at..])?)));
        let (start, (y, len)) =
            self.leading_year(s).map(|found| (0, found)).or_else(after_scope).or_else(|| self.year_after_place(s))?;
        Some((y, Span::new(start, start + len)))
    }

    /// `某县2026年乡村医生培训班`: a year written with `年` after the Han words that open a
    /// name (its place or holder), before any `暨`, and its byte range.
    fn year_after_place(&self, s: &str) -> Option<(usize, (i32, usize))> {
        let at = s.find(|c: char| c.is_ascii_digit())?;
        let opening = &s[..at];
        if opening.is_empty() || !opening.chars().all(is_han) || opening.contains('暨') {
            return None;
        }
        let (y, len) = self.leading_year(&s[at..])?;
        s[at..at + len].ends_with(['年', '度']).then_some((at, (y, len)))
    }

    /// The year opening a name (`2024年`, `2023亚太…`) and its byte length.
    fn leading_year(&self, s: &str) -> Option<(i32, usize)> {
        let caps = self.year.captures(s)?;
        let len = caps.get(0)?.end();
        // `2026年5·12国际护士节表彰大会`: a quoted day after the year's `年` (its marks gone).
        let day_after = s[..len].ends_with('年') && {
            let day: String = s[len..].chars().take_while(|&c| c.is_ascii_digit() || "·•".contains(c)).collect();
            is_quoted_day(&day)
        };
        if s[len..].starts_with(|c: char| c.is_ascii_digit()) && !day_after {
            return None;
        }
        Some((caps.get(1)?.as_str().parse().ok()?, len))
    }

    /// At least `min_chars` letters beyond generic words (`世界卫生`, not `国际`, `圆桌`).
    fn distinctive(&self, modifier: &str, min_chars: usize) -> bool {
        let mut rest = modifier;
        let mut content = 0;
        while let Some(c) = rest.chars().next() {
            if let Some(len) = self.generic_prefix(rest) {
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

    fn generic_prefix(&self, s: &str) -> Option<usize> {
        let mut best = None;
        for (n, (i, c)) in s.char_indices().enumerate() {
            if n >= 4 {
                break;
            }
            if self.generic.contains(&s[..i + c.len_utf8()]) {
                best = Some(i + c.len_utf8());
            }
        }
        best
    }

    fn candidate(&self, name: String, mention: Span, theme: Option<String>, date: Option<String>) -> Candidate {
        let mut core: &str = &name;
        // An activity is named by its theme (`“世界无烟日”主题宣传活动`): it stays in the core.
        if let Some(th) = theme.as_ref().filter(|_| self.kind_of(&name) != Some(Kind::Activity)) {
            let rest = core.strip_prefix(th.as_str()).unwrap_or(core);
            // `“某某”会议`: a theme before a bare type is the whole name; without it the core
            // would be any meeting's (and end every other `…会议` of the page).
            if self.named_without_theme(rest) {
                core = rest;
            }
        }
        let in_name = self.year_in_name(core);
        let year = in_name.map(|(y, _)| y);
        let unyeared;
        if let Some((_, at)) = in_name {
            unyeared = format!("{}{}", &core[..at.start], &core[at.end..]);
            core = &unyeared;
        }
        let ordinal = self.ordinal.find(core).map(|m| m.as_str().to_string());
        if let Some(m) = self.ordinal.find(core) {
            core = &core[m.end()..];
        }
        // `基层医疗高峰会2024`: an edition year after the head.
        let mut year = year;
        let trimmed = core.trim_end_matches('年');
        let digits = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 4 && trimmed.len() > 4 {
            year = year.or_else(|| trimmed[trimmed.len() - 4..].parse().ok());
            core = &trimmed[..trimmed.len() - 4];
        }
        let core = core.to_string();
        let scoped = self.scoped_core(&core);
        let date = date.or_else(|| year.map(|y| format!("{y:04}")));
        Candidate { name, mention, core, scoped, year, ordinal, date, short: false }
    }

    /// The words of a name left once its theme is set aside still name a meeting: letters
    /// beyond generic words before its head (`豫渝…交流会`, not `会议`, `专题会议`).
    fn named_without_theme(&self, rest: &str) -> bool {
        let head = self.head_of(rest).map_or(0, str::len);
        let modifier = &rest[..rest.len() - head];
        self.distinctive(self.strip_qualifiers(modifier), MIN_SHORT_NAME_CHARS)
    }

    /// `健博会`: a name ending in a fair's abbreviated head (`[abbreviated]`).
    fn is_abbreviated(&self, name: &str) -> bool {
        self.abbreviated.longest_suffix(name).is_some()
    }

    /// The characters of modifiers `m` counted against [`MAX_MODIFIER_CHARS`]: a place and
    /// year opening them (`青禾县2024年…`, `2024年…`) say where and when, not what, and do
    /// not count (`青禾县2024年全民营养周暨“5·20”中国学生营养日主题宣传活动` stays whole).
    fn capped_chars(&self, m: &str) -> usize {
        let place = m.char_indices().take(MAX_PLACE_CHARS + 1).find_map(|(i, c)| {
            let end = i + c.len_utf8();
            self.is_place(&m[..end]).then_some(end)
        });
        let year_at =
            |at: usize| self.leading_year(&m[at..]).filter(|&(_, len)| m[at..at + len].ends_with(['年', '度']));
        let skip = [place.unwrap_or(0), 0].into_iter().find_map(|at| year_at(at).map(|(_, len)| at + len));
        m[skip.unwrap_or(0)..].chars().count()
    }

    /// `河川市卫生健康工作会议` → `全市卫生健康工作会议`: a core opened by a place (two to
    /// [`MAX_PLACE_CHARS`] Han characters before a level character of a scope word of
    /// `[coordinated]`) written as that scope word, so that the page's `全市…` is the same
    /// meeting (FACTS.md §events: a shorter later mention).
    fn scoped_core(&self, core: &str) -> Option<String> {
        core.char_indices().take(MAX_PLACE_CHARS + 1).find_map(|(i, c)| {
            let (place, rest) = core.split_at(i + c.len_utf8());
            (self.is_place(place) && rest.chars().count() >= MIN_SCOPED_REST_CHARS)
                .then(|| format!("{SCOPE_ALL}{c}{rest}"))
        })
    }

    /// `当天，…开展“…”活动`: the day an earlier sentence gave (`earlier`), for a meeting
    /// whose sentence names it by a same-day word before it.
    fn same_day_date(
        &self,
        text: &str,
        sentence_start: usize,
        f: &Found,
        earlier: Option<&DateMention<Span>>,
    ) -> Option<String> {
        let before = text.get(sentence_start..f.mention.start)?;
        let d = earlier.filter(|d| d.kind != DateKind::Period && !is_dateline(text, d.mention))?;
        self.same_day
            .iter()
            .any(|w| before.contains(w.as_str()))
            .then(|| render(d, self.year_in_name(&f.name).map(|(y, _)| y)))
    }

    /// `…将于20日举办「…研讨会」，而…典礼亦将…`: an event in a clause after another
    /// event's (a clause mark between them) takes no day written in that other one's clause
    /// (a day opening the sentence, `5月20日，…`, or a month, `本月`, frames both);
    /// joined events (`…推进会暨…揭牌仪式`, `、`) and an event held at the one before it
    /// (`…大会上，…`, `期间`) do.
    fn clause_apart(&self, text: &str, end: usize, start: usize) -> bool {
        let gap = text.get(end..start).unwrap_or("");
        gap.contains(CLAUSE_MARKS) && !self.during.iter().any(|w| gap.contains(w.as_str()))
    }

    /// The date the sentence gives for the meeting mentioned at `mention`.
    fn date_of(
        &self,
        doc: &Doc<'_>,
        s: Span,
        mention: Span,
        name: &str,
        dates: &[&DateMention<Span>],
    ) -> Option<String> {
        let found_year = self.year_in_name(name);
        let name_year = found_year.map(|(y, _)| y);
        let reviewed =
            found_year.is_some_and(|(_, at)| name.get(at.start..at.end).is_some_and(|y| y.ends_with("年度")));
        let usable = |d: &&&DateMention<Span>| {
            s.contains(d.mention)
                && d.kind != DateKind::Period
                // `截至2023年底`, `2023年以来` frame a span of time, not the meeting's day.
                && !matches!(d.modifier, Some(DateModifier::Since | DateModifier::End))
                && !is_dateline(doc.text, d.mention)
                && match (name_year, d.value.year) {
                    (Some(y), Some(dy)) => y == dy || (reviewed && !writes_year(d.mention.slice(doc.text))),
                    _ => true,
                }
        };
        let before =
            dates.iter().filter(usable).filter(|d| d.mention.end <= mention.start).max_by_key(|d| d.mention.end);
        // `…论坛（以下简称某论坛）10月16日开幕`: a bracket after the name is skipped.
        let end = past_bracket(doc.text, mention.end, MAX_BRACKET_GLOSS_CHARS);
        let after = || {
            dates
                .iter()
                .filter(usable)
                .filter(|d| d.mention.start >= end)
                .min_by_key(|d| d.mention.start)
                .filter(|d| self.trails_joint(doc.text, end, d.mention.start))
        };
        // `…大会19日在某市召开`: a day right after the name is the meeting's, before one
        // earlier in the sentence.
        if let Some(d) = after().or(before) {
            return Some(render(d, name_year));
        }
        if let Some(day) = self.day_alone_after(doc, end, name_year) {
            return Some(day);
        }
        if name_year.is_some() {
            return None; // the candidate falls back to the year in its name
        }
        // `正在日内瓦召开的第78届世界卫生大会`: a meeting under way when the page was written.
        let clause_start = doc
            .text
            .get(s.start..mention.start)
            .and_then(|b| b.rfind(['，', '。', '；', '：']).map(|i| s.start + i).or(Some(s.start)))?;
        let clause = doc.text.get(clause_start..mention.start).unwrap_or("");
        match doc.reference_date {
            Some(DateValue { year: Some(y), month: Some(m), .. }) if clause.contains("正在") => {
                Some(format!("{y:04}-{m:02}"))
            }
            _ => None,
        }
    }
}

impl EventExtractor {
    /// `…培训班于9日开班`, `…大赛11日在省城举行`: a day written alone right after the name
    /// (at most a word of time between), then a verb of `[day_held]` or `在` (held at a
    /// place), is the event's day in the month of the page's date `doc.reference_date` (the
    /// month before when the day is later than the page's and the clause says no `将`); the
    /// year is the name's, else the page's (FACTS.md §4 Events: a day-only date).
    fn day_alone_after(&self, doc: &Doc<'_>, end: usize, name_year: Option<i32>) -> Option<String> {
        let rest = doc.text.get(end..)?;
        let gap: String =
            rest.chars().take_while(|&c| TRAILING_WORDS.contains(c)).take(MAX_TRAILING_GAP_CHARS).collect();
        let after_gap = &rest[gap.len()..];
        let digits = after_gap.bytes().take_while(u8::is_ascii_digit).count();
        let day: u8 = after_gap.get(..digits).filter(|d| (1..=2).contains(&d.len()))?.parse().ok()?;
        let tail = after_gap[digits..].strip_prefix('日')?;
        let tail = self.day_parts.longest_prefix(tail).map_or(tail, |n| &tail[n..]);
        if !(self.rulings.day_held.longest_prefix(tail).is_some() || tail.starts_with('在')) {
            return None;
        }
        let value = day_near_reference(doc.reference_date, u32::from(day), gap.contains('将'))?;
        let (year, month) = (value.year?, value.month?);
        Some(format!("{:04}-{month:02}-{day:02}", name_year.unwrap_or(year)))
    }
}

/// `第五届某某论坛（以下简称护理论坛）`, `某某交易会（简称服贸会）`: a short form the page
/// declares in brackets right after an event's mention is that event's (FACTS.md §4 Events:
/// a meeting named in full and short): the declared form and every later occurrence of it
/// are its mentions (their text its aliases), and an event found only as the short form
/// joins it. Runs only where a bracket after a mention opens with `简称`/`以下简称`.
fn declared_short_forms(text: &str, events: &mut Vec<Event<Span>>) {
    let mut declared: Vec<(usize, String, usize)> = Vec::new();
    for (k, e) in events.iter().enumerate() {
        for m in &e.mentions {
            let found = text.get(m.end..).and_then(quotes::declared_short);
            if let Some((offset, short, true)) = found.filter(|f| f.1.chars().count() >= MIN_SHORT_NAME_CHARS) {
                declared.push((k, short.to_string(), m.end + offset));
            }
        }
    }
    let mut absorbed = vec![false; events.len()];
    for (k, short, at) in declared {
        if absorbed[k] {
            continue;
        }
        for j in 0..events.len() {
            let only_short = events[j].mentions.iter().all(|m| m.start >= at && m.slice(text) == short);
            if j != k && !absorbed[j] && only_short {
                absorbed[j] = true;
                let moved = std::mem::take(&mut events[j].mentions);
                events[k].mentions.extend(moved);
            }
        }
        let taken: Vec<Span> = events.iter().flat_map(|e| e.mentions.iter().copied()).collect();
        let later = text.get(at..).unwrap_or("").match_indices(short.as_str());
        let found: Vec<Span> = later
            .map(|(i, _)| Span::new(at + i, at + i + short.len()))
            .filter(|sp| !taken.iter().any(|t| t.overlaps(*sp) && *t != *sp))
            .collect();
        let e = &mut events[k];
        e.mentions.extend(found);
        e.mentions.sort_by_key(|m| (m.start, m.end));
        e.mentions.dedup();
    }
    let mut keep = absorbed.into_iter().map(|a| !a);
    events.retain(|_| keep.next().unwrap_or(true));
}

/// `…大会于5月18日`, `…活动将于6月5日`: a date starting at `date_start` follows a name
/// ending at `end` with at most [`MAX_TRAILING_GAP_CHARS`] words of time or aspect between
/// (`将`, `于`, `已`, quotation marks), so it is that name's date.
fn trails(text: &str, end: usize, date_start: usize) -> bool {
    let gap = text.get(end..date_start).unwrap_or("x");
    gap.chars().count() <= MAX_TRAILING_GAP_CHARS
        && gap.chars().all(|c| TRAILING_WORDS.contains(c) || quotes::is_mark(c))
}

/// `关于召开…会议的通知：定于3月12日…召开`: a notice of the meeting ending at `end` whose
/// text opens with the day fixed for it (a date starting at `date_start`, after `：` and at
/// most [`MAX_TRAILING_GAP_CHARS`] words of time such as `定于`) gives that meeting's day.
fn notice_of(text: &str, end: usize, date_start: usize) -> bool {
    let gap = text.get(end..date_start).unwrap_or("");
    let Some(rest) = NOTICE_OPENINGS.iter().find_map(|n| gap.strip_prefix(n)) else { return false };
    let rest = rest.trim_start_matches(['：', ':', '\n', ' ']);
    // `各区卫健委：`: the notice's addressees before its text.
    let rest = rest
        .split_once('：')
        .filter(|(to, _)| to.chars().count() <= MAX_ADDRESSEE_CHARS && to.chars().all(|c| is_han(c) || c == '、'))
        .map_or(rest, |(_, text)| text.trim_start_matches(['\n', ' ']));
    rest.chars().count() <= MAX_TRAILING_GAP_CHARS && rest.chars().all(|c| NOTICE_TIME_WORDS.contains(c))
}

/// Whether a quote's `inner` text can be a meeting's theme: not empty, no day, no sentence,
/// at most `longest` chars; a slogan of short clauses is one (`“珍爱生命，远离烟草”…展览`).
fn is_theme(inner: &str, longest: usize) -> bool {
    !(inner.is_empty()
        || is_quoted_day(inner)
        || inner.contains(['。', '！', '？'])
        || (inner.contains('，') && !quotes::short_clauses(inner))
        || inner.chars().count() > longest)
}

/// `第十三、十四、十五次代表大会`: a name opening right after `、` with a bare ordinal
/// count (numerals and `次` or `届`, no `第`) is the last of a list of ordinals whose `第`
/// and body stand before the list; cut there it names no meeting.
fn listed_ordinal(text: &str, start: usize) -> bool {
    let listed = text.get(..start).is_some_and(|before| before.ends_with('、'));
    let rest = text.get(start..).unwrap_or("");
    let numerals = rest.chars().take_while(|&c| is_chinese_numeral_char(c) || is_digit(c)).count();
    let after = rest.chars().nth(numerals);
    listed && numerals > 0 && after.is_some_and(|c| c == TIMES_CLASSIFIER || c == EDITION)
}

/// `举办…培训班14期`, `报告会三场`: a count with a measure word of sessions right after a
/// head makes it a plural noun, no name.
fn counted_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let numerals = rest.chars().take_while(|&c| is_chinese_numeral_char(c) || is_digit(c)).count();
    let mut after = rest.chars().skip(numerals).skip_while(|&c| c == '余' || c == '多');
    // `会议两个月后`: a span of time after the meeting, no count of it.
    let counted = after.next().is_some_and(|c| COUNT_AFTER.contains(&c));
    numerals > 0 && counted && after.next().map_or(true, |c| !"月小星钟".contains(c))
}

/// Sentence `i` of `spans` (sorted), reaching back over the lines it continues: `暨` opens
/// no sentence, so one that starts with it goes on from the lines before that end in no
/// sentence-final mark (`…联合举办` / `…启动仪式` / `暨“…”宣传活动`, a page broken in lines).
fn continued(text: &str, spans: &[Span], i: usize) -> Span {
    let s = spans[i];
    if !s.slice(text).trim_start_matches(|c: char| c.is_whitespace() || quotes::is_mark(c)).starts_with('暨') {
        return s;
    }
    let mut start = s.start;
    for p in spans[..i].iter().rev().take(MAX_CONTINUED_LINES) {
        if p.slice(text).trim_end().ends_with(['。', '！', '？', '；']) {
            break;
        }
        start = p.start;
    }
    Span::new(start, s.end)
}

/// True when a program of `programs` holds `span` or runs across one of its ends (a
/// program inside the span does not count: the event's name holds it). A whole quote
/// counted as a meeting (`“甲”“乙”等两个分论坛`) is the meeting's even where the programs
/// step took that quote: only a program reaching beyond it counts.
fn crosses(text: &str, programs: &SpanIndex, span: Span) -> bool {
    let edge = |at: usize| at > 0 && programs.contains_span(Span::new(at - 1, at + 1));
    let quote = span.slice(text);
    let whole_quote = quote.starts_with(quotes::is_mark) && quote.ends_with(quotes::is_mark);
    (!whole_quote && programs.contains_span(span)) || edge(span.start) || edge(span.end)
}

/// Where the clause holding `at` starts: after the last clause mark before it, not before
/// `from`.
fn clause_start(text: &str, from: usize, at: usize) -> usize {
    let before = text.get(from..at).unwrap_or("");
    before.rfind(CLAUSE_MARKS).map_or(from, |i| from + i + before[i..].chars().next().map_or(0, char::len_utf8))
}

/// `…研讨大会2026将于…`: an edition year written right after a head (four digits, then no
/// digit, letter, `年` or date separator) is part of the name; where the name ends.
fn edition_year_end(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year = rest.get(..digits).and_then(|d| d.parse::<i32>().ok());
    let after = rest.get(digits..).and_then(|r| r.chars().next());
    let ends = after.map_or(true, |c| (is_han(c) || !crate::text::is_alphanumeric(c)) && !"年.-/－—．".contains(c));
    if digits == EDITION_YEAR_DIGITS && year.is_some_and(|y| EDITION_YEARS.contains(&y)) && ends {
        end + digits
    } else {
        end
    }
}

/// Drops mentions lying inside another mention of the same sentence.
fn outermost(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by_key(|f| (f.mention.start, std::cmp::Reverse(f.mention.end)));
    found.dedup_by_key(|f| f.mention);
    let mut reach = 0;
    found
        .into_iter()
        .filter(|f| {
            let inside = f.mention.end <= reach;
            reach = reach.max(f.mention.end);
            !inside
        })
        .collect()
}

/// Merges candidates (sorted by start) into events (text order kept by first mention): a
/// candidate joins the first group of its core whose year and ordinal do not differ.
#[cfg(test)]
fn merge(mut candidates: Vec<Candidate>) -> Vec<Event<Span>> {
    candidates.sort_by_key(|c| c.mention.start);
    let mut merger = Merger::default();
    for c in candidates {
        merger.add(c);
    }
    merger.finish()
}

/// Which edition of a meeting a group is: its year and ordinal.
type Edition<'a> = (Option<i32>, Option<&'a str>);

/// A meeting being gathered: its fullest name, most precise date, mentions, year and
/// ordinal (what it keeps of its candidates).
struct Group {
    name: String,
    core: String,
    scoped: Option<String>,
    date: Option<String>,
    mentions: Vec<Span>,
    year: Option<i32>,
    ordinal: Option<String>,
    /// Every mention written short (see [`Candidate::short`]).
    short: bool,
    /// The mentions written after an edition's, with neither year, ordinal nor date, and the
    /// first of their names: the series itself when the page names two editions (see
    /// [`Merger::series`]).
    bare: Vec<Span>,
    bare_name: Option<String>,
}

/// Merges candidates one at a time, in order of start (see [`merge`]).
#[derive(Default)]
struct Merger {
    groups: Vec<Group>,
    /// Groups by core, so a mention is compared only with meetings of the same core.
    by_core: HashMap<String, CoreGroups>,
}

impl Merger {
    fn add(&mut self, c: Candidate) {
        if !self.by_core.contains_key(&c.core) {
            self.by_core.insert(c.core.clone(), CoreGroups::default());
        }
        let Some(same_core) = self.by_core.get_mut(&c.core) else { return };
        let Some(i) = same_core.first_fitting(c.year, &c.ordinal) else {
            same_core.insert(self.groups.len(), c.year, &c.ordinal);
            let Candidate { name, mention, core, scoped, year, ordinal, date, short } = c;
            let (mentions, bare, bare_name) = (vec![mention], Vec::new(), None);
            self.groups.push(Group { name, core, scoped, date, mentions, year, ordinal, short, bare, bare_name });
            return;
        };
        let g = &mut self.groups[i];
        g.short &= c.short;
        if c.is_bare() && (g.year.is_some() || g.ordinal.is_some()) {
            g.bare.push(c.mention);
            g.bare_name.get_or_insert_with(|| c.name.clone());
        }
        // Candidates come by start: the same mention can only be at the tail.
        let mut tail = g.mentions.iter().rev().take_while(|m| m.start == c.mention.start);
        if !tail.any(|m| *m == c.mention) {
            g.mentions.push(c.mention);
        }
        let (year, ordinal) = (g.year.or(c.year), g.ordinal.clone().or(c.ordinal));
        if (year, &ordinal) != (g.year, &g.ordinal) {
            same_core.remove(i, g.year, &g.ordinal);
            same_core.insert(i, year, &ordinal);
            (g.year, g.ordinal) = (year, ordinal);
        }
        g.date = better_date(g.date.take(), c.date);
        if c.name.chars().count() > g.name.chars().count() {
            g.name = c.name;
        }
    }

    /// The events, each shorter mention folded into the one longer meeting it names.
    fn finish(mut self) -> Vec<Event<Span>> {
        self.series();
        for (from, to) in self.folds() {
            let g = std::mem::take(&mut self.groups[from].mentions);
            let date = self.groups[from].date.take();
            let to = &mut self.groups[to];
            to.mentions.extend(g);
            to.mentions.sort_by_key(|m| (m.start, m.end));
            to.mentions.dedup();
            to.date = better_date(to.date.take(), date);
        }
        let groups = self.groups.into_iter().filter(|g| !g.mentions.is_empty());
        groups.map(|g| Event { name: g.name, date: g.date, mentions: g.mentions }).collect()
    }

    /// `2026年某某学术年会` … `2027年某某学术年会` … `某某学术年会始于…`: where the page
    /// names two editions of one meeting (two years or ordinals), a later mention with
    /// neither and no date of its own names no one edition but the series, an event of its
    /// own with no date (FACTS.md §events: a shorter mention is one meeting's only when it
    /// names no other). A mention before the first edition's (a lead) stays that edition's.
    fn series(&mut self) {
        let mut editions: HashMap<&str, BTreeSet<Edition<'_>>> = HashMap::default();
        for g in self.groups.iter().filter(|g| g.year.is_some() || g.ordinal.is_some()) {
            editions.entry(g.core.as_str()).or_default().insert((g.year, g.ordinal.as_deref()));
        }
        let cores: BTreeSet<String> =
            editions.into_iter().filter(|(_, e)| e.len() > 1).map(|(core, _)| core.to_string()).collect();
        let mut series: Vec<Group> = Vec::new();
        for g in self.groups.iter_mut().filter(|g| cores.contains(&g.core) && !g.bare.is_empty()) {
            let bare = std::mem::take(&mut g.bare);
            g.mentions.retain(|m| !bare.contains(m));
            let name = g.bare_name.take().unwrap_or_default();
            match series.iter_mut().find(|s| s.core == g.core) {
                Some(s) => s.mentions.extend(bare),
                None => series.push(Group {
                    name,
                    core: g.core.clone(),
                    scoped: None,
                    date: None,
                    mentions: bare,
                    year: None,
                    ordinal: None,
                    short: false,
                    bare: Vec::new(),
                    bare_name: None,
                }),
            }
        }
        for s in &mut series {
            s.mentions.sort_by_key(|m| (m.start, m.end));
        }
        self.groups.extend(series);
    }

    /// `(from, to)` pairs, longest `to` first: a group whose core ends the core of exactly
    /// one other group, or ends that core's part before `暨`, or is that core with its place
    /// written as a scope word (`全市…会议` of `某市…会议`), is a shorter mention of it
    /// (`基层卫生人才论坛` of `青川县基层卫生人才论坛`, `“三下乡”活动` of
    /// `…“三下乡”活动暨…宣传活动`) when their years and ordinals do not differ.
    fn folds(&self) -> Vec<(usize, usize)> {
        let mut ends: HashMap<&str, Vec<usize>> = HashMap::default();
        for (i, g) in self.groups.iter().enumerate() {
            let left = g.core.split('暨').next().unwrap_or("");
            let mut tails: Vec<&str> = g.core.char_indices().skip(1).map(|(k, _)| &g.core[k..]).collect();
            if left.len() < g.core.len() {
                tails.extend(left.char_indices().map(|(k, _)| &left[k..]));
            }
            // `全市…会议` names the one meeting of `某市…会议`.
            tails.extend(g.scoped.as_deref());
            tails.sort_unstable();
            tails.dedup();
            for t in tails {
                ends.entry(t).or_default().push(i);
            }
        }
        let fits = |a: &Group, b: &Group| agree(&a.year, &b.year) && agree(&a.ordinal, &b.ordinal);
        let mut folds: Vec<(usize, usize)> = self
            .groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| match ends.get(g.core.as_str()).map(Vec::as_slice) {
                Some(&[to]) if fits(g, &self.groups[to]) => Some((i, to)),
                _ => None,
            })
            .collect();
        // A short form (headline, abbreviation) is a mention of the one meeting written in
        // full whose name holds its letters in order.
        let folded: BTreeSet<usize> = folds.iter().map(|&(from, _)| from).collect();
        for (i, g) in self.groups.iter().enumerate().filter(|(i, g)| g.short && !folded.contains(i)) {
            // Names only grow along these folds, so they make no cycle with the ones above.
            let mut fuller = self.groups.iter().enumerate().filter(|&(j, h)| {
                j != i && !h.short && !folded.contains(&j) && fits(g, h) && abridges(&g.name, &h.name)
            });
            if let (Some((to, _)), None) = (fuller.next(), fuller.next()) {
                folds.push((i, to));
            }
        }
        // A group folded into one that is folded further goes straight to the last one.
        let target: HashMap<usize, usize> = folds.iter().copied().collect();
        for (_, to) in folds.iter_mut() {
            while let Some(&next) = target.get(to) {
                *to = next;
            }
        }
        folds
    }
}

/// Group indices, the first one wanted: one index kept in place (a page naming editions
/// `第1届` … `第N届` has one group per ordinal), more in a set.
#[derive(Debug)]
enum Indices {
    One(usize),
    // Boxed so that the usual single index takes 16 bytes, not the set's 32.
    #[allow(clippy::box_collection)]
    Many(Box<BTreeSet<usize>>),
}

impl Indices {
    fn first(&self) -> Option<usize> {
        match self {
            Indices::One(i) => Some(*i),
            Indices::Many(set) => set.first().copied(),
        }
    }

    fn insert(&mut self, i: usize) {
        match self {
            Indices::One(j) if *j == i => {}
            Indices::One(j) => *self = Indices::Many(Box::new(BTreeSet::from([*j, i]))),
            Indices::Many(set) => {
                set.insert(i);
            }
        }
    }

    /// Removes `i`; false when nothing is left.
    fn remove(&mut self, i: usize) -> bool {
        match self {
            Indices::One(j) => *j != i,
            Indices::Many(set) => {
                set.remove(&i);
                !set.is_empty()
            }
        }
    }
}

/// Adds `i` to the indices under `key`.
fn add_index<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Indices>, key: K, i: usize) {
    match map.get_mut(&key) {
        Some(indices) => indices.insert(i),
        None => {
            map.insert(key, Indices::One(i));
        }
    }
}

/// Removes `i` from the indices under `key`, and the key when none are left.
fn remove_index<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Indices>, key: &K, i: usize) {
    if map.get_mut(key).is_some_and(|indices| !indices.remove(i)) {
        map.remove(key);
    }
}

/// The groups of one core by year and ordinal, so that the first group a candidate fits
/// is found in `O(log n)` however many editions (`第1届` … `第N届`) the page names.
#[derive(Default)]
struct CoreGroups {
    first: Option<usize>,
    by_year: HashMap<Option<i32>, Indices>,
    by_ordinal: HashMap<Option<String>, Indices>,
    by_both: HashMap<(Option<i32>, Option<String>), Indices>,
}

impl CoreGroups {
    /// The first group (by index) whose year and ordinal are each unset or equal to these.
    fn first_fitting(&self, year: Option<i32>, ordinal: &Option<String>) -> Option<usize> {
        let first = |set: Option<&Indices>| set.and_then(Indices::first);
        match (year, ordinal) {
            (None, None) => self.first,
            (Some(_), None) => [None, year].into_iter().filter_map(|y| first(self.by_year.get(&y))).min(),
            (None, Some(_)) => [None, ordinal.clone()].into_iter().filter_map(|o| first(self.by_ordinal.get(&o))).min(),
            (Some(_), Some(_)) => [None, year]
                .into_iter()
                .flat_map(|y| [(y, None), (y, ordinal.clone())])
                .filter_map(|key| first(self.by_both.get(&key)))
                .min(),
        }
    }

    fn insert(&mut self, i: usize, year: Option<i32>, ordinal: &Option<String>) {
        self.first = Some(self.first.map_or(i, |f| f.min(i)));
        add_index(&mut self.by_year, year, i);
        add_index(&mut self.by_ordinal, ordinal.clone(), i);
        add_index(&mut self.by_both, (year, ordinal.clone()), i);
    }

    fn remove(&mut self, i: usize, year: Option<i32>, ordinal: &Option<String>) {
        remove_index(&mut self.by_year, &year, i);
        remove_index(&mut self.by_ordinal, ordinal, i);
        remove_index(&mut self.by_both, &(year, ordinal.clone()), i);
    }
}

/// `医改经验交流座谈会` of `全国深化医药卫生体制改革经验交流座谈会`, `健博会` of `…大健康产业
/// 博览会`: `short` is shorter than `full`, ends in the same character (the same kind of
/// meeting) and its characters appear in `full` in order (a headline's or an
/// abbreviation's short form).
fn abridges(short: &str, full: &str) -> bool {
    if short.len() >= full.len() || short.chars().next_back() != full.chars().next_back() {
        return false;
    }
    let mut rest = full.chars();
    short.chars().all(|c| rest.any(|f| f == c))
}

/// True unless both are set and differ (a year or an ordinal two mentions state).
fn agree<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// The more precise of two dates (the first on a tie).
fn better_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.len() > a.len() { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// ISO text of a date mention, its year completed from the meeting's name.
/// `2024年1月10日`, `2024-01-10`: a date's text writes its year (`1月10日` takes the page's).
/// A name's `2023年度` is the period it reviews, not the year it is held, so a day written
/// without a year dates the event in the year it resolves to (FACTS.md §4 Events: the
/// sentence's day wins over a year in the name).
fn writes_year(mention: &str) -> bool {
    mention.contains('年') || mention.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

fn render(d: &DateMention<Span>, year: Option<i32>) -> String {
    let fill = |mut v: DateValue| {
        if v.year.is_none() {
            v.year = year;
        }
        v
    };
    let value = fill(d.value);
    match (d.kind, d.end_value) {
        (DateKind::Range, Some(end)) => format!("{}/{}", value, fill(end)),
        _ => value.to_string(),
    }
}

/// The token opening a bracket closed by token `j` when the bracket holds a few Han
/// letters between two Han words (`中国（某市）国际`): a place or gloss inside a name.
fn bracketed_gloss(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    if !matches!(tokens[j].text, "）" | ")") {
        return None;
    }
    let open = (j.saturating_sub(MAX_GLOSS_TOKENS + 1)..j).rev().find(|&i| matches!(tokens[i].text, "（" | "("))?;
    let inner = &tokens[open + 1..j];
    let chars: usize = inner.iter().map(|t| t.text.chars().count()).sum();
    let han_word = |t: &Token<'_>| !t.text.is_empty() && t.text.chars().all(is_han);
    let before = open.checked_sub(1).map(|i| &tokens[i]);
    (chars > 0 && chars <= MAX_GLOSS_CHARS && inner.iter().all(han_word) && before.is_some_and(han_word))
        .then_some(open)
}

/// `已接连举办了六届`, `办过三届`: `before` ends in a count of editions held so far (a
/// numeral and `届` right after `了` or `过`), no edition (`第四届`, `十四届`: a term).
fn editions_held(before: &str) -> bool {
    let Some(body) = before.strip_suffix(EDITION) else { return false };
    let rest = body.trim_end_matches(|c: char| is_chinese_numeral_char(c) || is_digit(c));
    rest.len() < body.len() && rest.ends_with(EDITIONS_HELD_AFTER)
}

/// `12月23日电`: the date of a news agency's dateline, not of a meeting.
fn is_dateline(text: &str, span: Span) -> bool {
    text.get(span.end..).is_some_and(|rest| rest.starts_with(DATELINE_ENDS))
}

/// Token `k` stands alone between an opening and a closing quotation mark (`“两会”`).
fn quoted_word(tokens: &[Token<'_>], k: usize) -> bool {
    let mark = |i: Option<usize>, closing: bool| {
        i.and_then(|i| tokens.get(i)).is_some_and(|t| {
            let mut chars = t.text.chars();
            chars.next().is_some_and(|c| quotes::is_mark(c) && quotes::is_closing_mark(c) == closing)
                && chars.next().is_none()
        })
    };
    mark(k.checked_sub(1), false) && mark(Some(k + 1), true)
}

/// `5·12` of `“5·12”国际护士节`: a day written as month and day joined by a dot, the
/// observance's date, no theme of its name.
pub(super) fn is_quoted_day(inner: &str) -> bool {
    let Some((month, day)) = inner.split_once(['·', '•', '.', '．']) else { return false };
    let digits = |s: &str| (1..=2).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_digit());
    digits(month) && digits(day)
}

/// A dash or middle dot joining two words of one name (`中国—东盟`, `健康中国·2024`).
fn is_joiner(token: &str) -> bool {
    matches!(token, "—" | "―" | "-" | "－" | "–" | "·" | "•")
}

fn is_punct(token: &str) -> bool {
    !token.chars().any(crate::text::is_alphanumeric)
}

/// Byte length of the longest word of `heads` ending at `end` within the
/// [`HEAD_WINDOW_BYTES`] before it. The look-up over the whole text before `end` comes
/// first: a miss there (most tokens, on their last character) is a miss in the window too,
/// so the window is cut only for a hit longer than it.
#[inline]
fn head_in_window(heads: &WordSet, text: &str, end: usize) -> Option<usize> {
    let len = heads.longest_suffix(text.get(..end).unwrap_or(""))?;
    let start = floor_char_boundary(text, end.saturating_sub(HEAD_WINDOW_BYTES));
    if len <= end - start {
        return Some(len);
    }
    heads.longest_suffix(text.get(start..end).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head ending at a position, read within the window before it: a word longer than
    /// the window gives way to the longest one inside it; a miss is a miss.
    #[test]
    fn head_in_window_reads_no_further_than_the_window() {
        let long = "甲".repeat(HEAD_WINDOW_BYTES / 3 + 2) + "会议";
        let heads = WordSet::from_words(["会议", "工作会议", long.as_str()]);
        let text = format!("临江{long}。");
        let end = text.len() - "。".len();
        assert_eq!(head_in_window(&heads, &text, end), Some("会议".len()));
        assert_eq!(head_in_window(&heads, "召开工作会议", "召开工作会议".len()), Some("工作会议".len()));
        assert_eq!(head_in_window(&heads, "召开工作会议", "召开工作".len()), None);
        assert_eq!(head_in_window(&heads, "会议", 1), None, "not a boundary");
    }

    /// The example that documented `EventExtractor`.
    #[test]
    fn example_event_extractor() {
        use crate::{
            article::ArticleParser,
            extract::{events::EventExtractor, Doc, Facts},
            segment::Segmenter,
        };
        let text = "标题\n第十届海峡两岸医院管理论坛在厦门举行。本次论坛为期两天。";
        let layout = ArticleParser::new().parse(text);
        let segmenter = Segmenter::new(&[]);
        let doc = Doc::new(text, &layout, &segmenter, None);
        let mut facts = Facts::default();
        EventExtractor::new().extract(&doc, &mut facts);
        assert_eq!(facts.events.len(), 1);
        assert_eq!(facts.events[0].name, "第十届海峡两岸医院管理论坛");
    }

    fn cand(x: &EventExtractor, name: &str, start: usize, date: Option<&str>) -> Candidate {
        let mention = Span::new(start, start + name.len());
        x.candidate(name.to_string(), mention, None, date.map(str::to_string))
    }

    #[test]
    fn merging_keeps_the_fullest_name_and_the_most_precise_date() {
        let x = EventExtractor::new();
        let events = merge(vec![
            cand(&x, "世界卫生大会", 0, None),
            cand(&x, "第78届世界卫生大会", 100, Some("2025-05")),
            cand(&x, "第77届世界卫生大会", 200, None),
            cand(&x, "世界卫生大会", 300, Some("2025-05-22")),
        ]);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].name, "第78届世界卫生大会");
        assert_eq!(events[0].date.as_deref(), Some("2025-05-22"));
        assert_eq!(events[0].mentions.len(), 3);
        assert_eq!(events[1].name, "第77届世界卫生大会");
    }

    #[test]
    fn years_in_names_must_agree() {
        let x = EventExtractor::new();
        let events = merge(vec![cand(&x, "2023年全省工作会议", 0, None), cand(&x, "2024年全省工作会议", 50, None)]);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].date.as_deref(), Some("2023"));
    }

    #[test]
    fn outermost_mentions_win() {
        let f = |name: &str, start, end| Found { name: name.into(), mention: Span::new(start, end), theme: None };
        let found = vec![f("a", 0, 10), f("b", 0, 4), f("c", 12, 15), f("c", 12, 15)];
        let names: Vec<String> = outermost(found).into_iter().map(|f| f.name).collect();
        assert_eq!(names, ["a", "c"]);
    }

    #[test]
    fn counts_and_the_words_of_compound_heads() {
        let x = EventExtractor::new();
        assert!(x.is_count("大会设两个", false));
        assert!(x.is_count("共举办3场", false));
        assert!(x.is_count("设置了十余场", false));
        assert!(x.is_count("举办20多个", false));
        assert!(x.is_count("每月召开一次", false));
        assert!(!x.is_count("市十七届人大三次", false));
        assert!(!x.is_count("全国第36个", false));
        assert!(!x.is_count("这个", false));
        assert!(!x.is_count("参加五次", true));
        assert!(x.is_count("参加五次", false));
        assert_eq!(x.head_extra("技能大赛"), "技能");
        assert_eq!(x.head_extra("工作会议"), "工作");
        assert_eq!(x.head_extra("座谈会"), "");
    }

    #[test]
    fn a_short_name_folds_into_the_one_meeting_it_ends() {
        let x = EventExtractor::new();
        let events = merge(vec![
            cand(&x, "基层卫生人才论坛", 0, None),
            cand(&x, "第五届青川县基层卫生人才论坛", 100, Some("2026-05-16")),
            cand(&x, "第四届青川县基层卫生人才论坛", 200, None),
        ]);
        // Two meetings end in the short name: it stays apart.
        assert_eq!(events.len(), 3);
        let events = merge(vec![
            cand(&x, "健康知识活动", 0, None),
            cand(&x, "2024年文化健康知识活动暨义诊活动", 100, Some("2024-07-02")),
        ]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].mentions.len(), 2);
        assert_eq!(events[0].date.as_deref(), Some("2024-07-02"));
    }

    #[test]
    fn rendering_dates() {
        let d = DateMention {
            value: DateValue { month: Some(5), day: Some(18), ..Default::default() },
            end_value: Some(DateValue { month: Some(5), day: Some(20), ..Default::default() }),
            kind: DateKind::Range,
            modifier: None,
            label: None,
            mention: Span::new(0, 1),
        };
        assert_eq!(render(&d, Some(2024)), "2024-05-18/2024-05-20");
        assert_eq!(render(&DateMention { kind: DateKind::Point, end_value: None, ..d.clone() }, None), "--05-18");
        assert_eq!(better_date(Some("2025".into()), Some("2025-05".into())).as_deref(), Some("2025-05"));
        assert!(is_dateline("12月23日电 近日", Span::new(0, "12月23日".len())));
        assert!(!is_dateline("12月23日，", Span::new(0, "12月23日".len())));
    }
}
