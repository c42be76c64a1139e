//! Named rules about whether a number read in the text is a figure, and the unit a list
//! lends its members.
//!
//! Not figures (the scanner skips them):
//! - *session ordinal*: `N次会议`/`N次全会` after a `届` in the clause numbers a session
//!   (`十二届省人大五次会议`), while `召开了三次会议` still counts meetings;
//! - *vague multiple*: a power of ten after `数`/`几` read as one word with it (`数十家`,
//!   `几百人`) says "several", no number;
//! - *pair anaphor*: `两人`/`二人` opening a clause and followed by an adverb, a date or a
//!   time word (role `pair_follow` of `figure_words.txt`: `两人分别于…`, `二人今早…`)
//!   points back at two people already counted;
//! - *pair of bodies*: `两部门` ("both departments", `两部门将…`, `由两部门共同…`) points
//!   back at the two bodies the text named; a count of departments is written otherwise
//!   (`卫健委等5部门`, `十部门联合印发`);
//! - *route number*: a number in `路` before a bus or a line (`12路公交车`) names a route;
//! - *weekday pair*: a weekday's numeral read with the `周`/`星期` of the next weekday
//!   (`每周二周四坐诊`, `周六周日休息`: not 二周, 六周) names a day, no duration;
//! - *relative point*: a duration right before `前`, `以前` or `之前` (`两年前`, `三个月以前`)
//!   is a point in time counted back from now, not a quantity; `前后` (about), `前往`, `前来`
//!   and `前进` after a duration begin other words (`用三天前往灾区` still counts days);
//! - *rate base*: a round power of ten after `每` counting people (`每十万人口`, `每10万人`,
//!   `每百名居民`) is the base of a rate, not a count: the rate is the figure after it;
//! - *project phase*: a number in `期` after or before a project's head (`探月工程三期`,
//!   `二期、三期工程`) names a phase; *second time*: a bare `二次` (`二次报销`) is "secondary";
//! - *edition ordinal*: a number in `届` names an edition of a body, a meeting or a class
//!   (`十四届全国人大`, `二十届三中全会`, `2024届毕业生`) unless a word of counting stands
//!   right before it (`带出了12届`, `连续5届`, `累计8届`, `举办5届`).
//!
//! Figures without a unit of their own:
//! - *trajectory*: bare numbers in `从A到B` (with a change verb: `从9.5降到6.1`) are both
//!   figures (no unit) — not a year pair, and not the idiom `从0到1`; the second measures
//!   what the first does; a bare pair naming nothing, followed by `，这是…` (*trajectory
//!   topic*: `从1到350，这是我市累计病例数的走势`), measures what that clause names, without the
//!   writer's own place (`deictic`) and cut after its last count or rate head (数, 率, 量);
//! - *list unit*: members of a list `A个、B个和C个百分点` (or bare `A、B和C%`) take the
//!   percentage unit that the last member carries; bare members of a list closed by a
//!   measure word or unit other than one of time take it too (`分别有120和85家`,
//!   `18、260个`, `3和5公斤`) — not before a magnitude word the bare member lacks
//!   (`3和5万元`), nor years before `年` (`2019和2020年`).
//!
//! **Guarantees:** never panics; every look-around is bounded by a few characters or by
//! the clause.

use super::{is_delimiter, FigureExtractor, Measure};
use crate::extract::doc::Sentence;
use crate::extract::number;
use crate::facts::{Figure, FigureKind};
use crate::span::floor_char_boundary;
use crate::span::Span;
use crate::text::{prev_char, LIST_SEPARATORS};

/// Links between the two numbers of a trajectory (`从A到B`, `从A降至B`), longest first.
const TRAJECTORY_LINKS: [&str; 30] = [
    "增加到",
    "增加至",
    "减少到",
    "减少至",
    "增长到",
    "增长至",
    "攀升到",
    "攀升至",
    "回落到",
    "回落至",
    "扩大到",
    "扩大至",
    "缩小到",
    "缩小至",
    "跃升至",
    "降低到",
    "下降到",
    "下降至",
    "上升到",
    "上升至",
    "提高到",
    "提高至",
    "降到",
    "降至",
    "升到",
    "升至",
    "增至",
    "减至",
    "到",
    "至",
];

/// True when `t` is four ASCII digits of a year of our era (`19xx`, `20xx`): a bare number
/// so written is a year, no figure.
pub(super) fn is_year_digits(t: &str) -> bool {
    t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()) && matches!(&t[..2], "19" | "20")
}

/// Openings of the clause after a trajectory that names what it measures.
const TOPIC_OPENINGS: [&str; 4] = ["，这是", ",这是", "，这就是", ",这就是"];

/// Heads that close a metric named after a trajectory (the last one found ends it).
const TOPIC_HEADS: [char; 3] = ['数', '率', '量'];

/// At most this many members are walked in a list looking for its unit.
const MAX_LIST_MEMBERS: usize = 12;

impl FigureExtractor {
    /// True when the measured number at `start..m.end` is no figure by one of the rules
    /// above (session ordinal, pair anaphor).
    pub(super) fn not_a_figure(&self, s: &str, start: usize, m: &Measure, dates_start: Option<usize>) -> bool {
        session_ordinal(s, start, m)
            || address_floor(s, start, m)
            || self.pair_anaphor(s, start, m, dates_start)
            || pair_of_bodies(&s[start..m.end])
            || rate_base(s, start, m)
            || route_number(s, m)
            || weekday_pair(s, start, m)
            || relative_point(s, m)
            || project_phase(s, start, m)
            || second_time(s, start, m)
            || edition_ordinal(s, start, m)
    }

    /// *Vague multiple*: `数十家`, `几百人` — a power of ten after `数`/`几` that the segmenter
    /// reads as one word with it says "several tens", no number (`数千人` is no figure).
    pub(super) fn vague_multiple(&self, sentence: &Sentence<'_>, start: usize) -> bool {
        let s = sentence.text;
        let Some(p) = prev_char(s, start).filter(|&c| matches!(c, '数' | '几')) else { return false };
        let at = sentence.span.start + start - p.len_utf8();
        s[start..].starts_with(['十', '百', '千', '万', '亿'])
            && sentence
                .tokens
                .get(sentence.tokens.partition_point(|t| t.span.start < at))
                .is_some_and(|t| t.span.start == at && t.span.end > at + p.len_utf8())
    }

    /// *Pair anaphor*: a clause-opening `两人`/`二人` followed by `pair_follow` or a date.
    fn pair_anaphor(&self, s: &str, start: usize, m: &Measure, dates_start: Option<usize>) -> bool {
        let text = &s[start..m.end];
        if !matches!(text, "两人" | "二人" | "兩人") {
            return false;
        }
        if prev_char(s, start).is_some_and(|p| !is_delimiter(p) && !matches!(p, ' ' | '、')) {
            return false;
        }
        dates_start == Some(m.end) || self.pair_follow.iter().any(|w| s[m.end..].starts_with(w.as_str()))
    }

    /// *Trajectory*: the bare number at `i..end` opens or closes `从A到B`.
    pub(super) fn trajectory(&self, s: &str, i: usize, end: usize) -> bool {
        let bare_after = |e: usize| self.unit_at(s, e).is_none() && !s[e..].starts_with(['年', '月', '日', '号']);
        let year_like = |a: usize, b: usize| is_year_digits(&s[a..b]);
        if !bare_after(end) || year_like(i, end) {
            return false;
        }
        if s[..i].ends_with('从') {
            let Some(link) = TRAJECTORY_LINKS.iter().find(|l| s[end..].starts_with(**l)) else { return false };
            let j = end + link.len();
            let first = number::scan(s, i).map(|n| n.value);
            return number::scan(s, j).is_some_and(|n| {
                n.span.start == j && bare_after(n.span.end) && !year_like(j, n.span.end) && first != Some(0.0)
            });
        }
        self.trajectory_end(s, i, end)
    }

    /// The bare number at `i..end` closes a trajectory (`从A到B`: B).
    pub(super) fn trajectory_end(&self, s: &str, i: usize, end: usize) -> bool {
        if self.unit_at(s, end).is_some() {
            return false;
        }
        let Some(link) = TRAJECTORY_LINKS.iter().find(|l| s[..i].ends_with(**l)) else { return false };
        let before = i - link.len();
        // The first number: digits or numerals back to `从`, a few characters at most.
        let from = floor_char_boundary(s, before.saturating_sub(24));
        let Some(open) = s[from..before].rfind('从').map(|p| from + p + '从'.len_utf8()) else { return false };
        number::scan(s, open).is_some_and(|n| n.span.start == open && n.span.end == before && n.value != 0.0)
    }

    /// *Trajectory topic*: subjects for bare trajectories among `found` (sentence
    /// coordinates) that name nothing, from a `，这是…` clause right after them.
    pub(super) fn trajectory_topics(&self, sentence: &Sentence<'_>, found: &mut [Figure<Span>]) {
        let s = sentence.text;
        for k in 1..found.len() {
            let (first, second) = (&found[k - 1], &found[k]);
            let (a, b) = (first.mention, second.mention);
            let bare = first.unit.is_none() && second.unit.is_none() && first.subject.is_none();
            if !bare || second.subject.is_some() || !self.trajectory_end(s, b.start, b.end) {
                continue;
            }
            if !s[..a.start].ends_with('从') || !TRAJECTORY_LINKS.contains(&&s[a.end..b.start]) {
                continue;
            }
            let Some(topic) = self.topic_after(s, b.end) else { continue };
            found[k - 1].subject = Some(topic.to_string());
            found[k].subject = Some(topic.to_string());
        }
    }

    /// The metric a `，这是…` clause at `p` names (see *trajectory topic*).
    fn topic_after<'s>(&self, s: &'s str, p: usize) -> Option<&'s str> {
        let open = TOPIC_OPENINGS.iter().find(|o| s[p..].starts_with(**o))?;
        let from = p + open.len();
        let clause = s[from..].split(is_delimiter).next().unwrap_or("");
        let clause = self.subject.deictic.iter().find_map(|d| clause.strip_prefix(d.as_str())).unwrap_or(clause);
        let cut = clause.rfind(TOPIC_HEADS)?;
        let head = clause[cut..].chars().next().map_or(0, char::len_utf8);
        let topic = &clause[..cut + head];
        (topic.chars().count() >= 2).then_some(topic)
    }

    /// *List unit*: the percentage unit the list after `end` closes with, if the number at
    /// `..end` (bare, or with `个` when `with_ge`) is a member of such a list; for a bare
    /// member, any unit but one of time that closes the list without a magnitude word.
    pub(super) fn list_unit(&self, s: &str, end: usize, with_ge: bool) -> Option<(&str, FigureKind)> {
        let mut p = end;
        for _ in 0..MAX_LIST_MEMBERS {
            let sep = LIST_SEPARATORS.iter().find(|w| s[p..].starts_with(**w))?;
            let n = number::scan(s, p + sep.len()).filter(|n| n.span.start == p + sep.len())?;
            p = n.span.end;
            if let Some(u) = self.unit_at(s, p).filter(|u| u.kind == FigureKind::Percent) {
                return Some((u.normalized.as_str(), u.kind));
            }
            if !with_ge && n.magnitude == 1.0 {
                if let Some(u) = self.unit_at(s, p).filter(|u| u.kind != FigureKind::Duration) {
                    return Some((u.normalized.as_str(), u.kind));
                }
            }
            if with_ge {
                p += s[p..].starts_with('个').then_some('个'.len_utf8())?;
            }
        }
        None
    }
}

/// *Session ordinal*: `五次会议` after `届` within the clause.
/// *Pair of bodies*: `两部门` points back at two bodies already named, `两国` at two
/// countries (`中美两国人民`: both countries, no count).
fn pair_of_bodies(text: &str) -> bool {
    matches!(text, "两部门" | "二部门" | "两国" | "二国")
}

/// What a route's number names (`12路公交车`, `3路车`, `5路线`).
const ROUTE_VEHICLES: [&str; 5] = ["公交", "车", "巴士", "电车", "线"];

/// *Route number*: a number in `路` right before a bus or a line (`乘12路公交车`) names the
/// route; `3路医疗队` still counts teams.
fn route_number(s: &str, m: &Measure) -> bool {
    m.unit.as_deref() == Some("路") && m.upper.is_none() && ROUTE_VEHICLES.iter().any(|w| s[m.end..].starts_with(w))
}

/// *Weekday pair*: one numeral of a weekday (一 to 六) between two `周` (or two `星期`),
/// read as a count of weeks with the second (`周二周四` → 二周): the first weekday of a pair.
fn weekday_pair(s: &str, start: usize, m: &Measure) -> bool {
    let Some(week) = m.unit.as_deref().filter(|u| matches!(*u, "周" | "星期")) else { return false };
    let mut numeral = s[start..m.end].chars();
    let day = numeral.next().is_some_and(|c| "一二三四五六".contains(c));
    day && numeral.as_str() == week && s[..start].ends_with(week)
}

/// The heads of a project that a phase in `期` belongs to (`二期工程`, `项目三期`).
const PHASED: [&str; 2] = ["工程", "项目"];

/// *Project phase*: a number in `期` right after a project's head or before one, the other
/// phases of a list between (`探月工程三期`, `医院二期、三期工程`), names a phase; `举办三期
/// 培训班` still counts.
fn project_phase(s: &str, start: usize, m: &Measure) -> bool {
    if m.unit.as_deref() != Some("期") || m.upper.is_some() {
        return false;
    }
    if PHASED.iter().any(|w| s[..start].ends_with(w)) {
        return true;
    }
    let mut rest = &s[m.end..];
    for _ in 0..MAX_LIST_MEMBERS {
        if PHASED.iter().any(|w| rest.starts_with(w)) {
            return true;
        }
        let Some(after) = rest.strip_prefix('、').or_else(|| rest.strip_prefix('和')) else { return false };
        let digits = after.trim_start_matches(|c| number::is_digit(c) || number::is_chinese_numeral_char(c));
        match digits.strip_prefix('期') {
            Some(r) if digits.len() < after.len() => rest = r,
            _ => return false,
        }
    }
    false
}

/// *Second time*: a bare `二次` is "secondary", "a second" (`二次报销`, `二次整改`): counting
/// times says `两次`.
fn second_time(s: &str, start: usize, m: &Measure) -> bool {
    &s[start..m.end] == "二次"
}

/// Last characters of the words of counting before a number of editions: `了` (带出了),
/// `共`, `计` (累计, 共计), `续` (连续, 持续), `已`, `过` (办过), `办` (举办, 承办).
const EDITION_COUNTERS: &str = "了共计续已过办";

/// *Edition ordinal* (see the module doc).
fn edition_ordinal(s: &str, start: usize, m: &Measure) -> bool {
    m.unit.as_deref() == Some("届") && !prev_char(s, start).is_some_and(|c| EDITION_COUNTERS.contains(c))
}

/// Words opening with `前` that do not make a duration before them a point in time.
const NOT_BEFORE: [&str; 4] = ["前后", "前往", "前来", "前进"];

/// *Relative point* (see the module doc): a duration before `前`/`以前`/`之前`.
fn relative_point(s: &str, m: &Measure) -> bool {
    let rest = &s[m.end..];
    m.kind == FigureKind::Duration
        && (rest.starts_with("以前") || rest.starts_with("之前") || rest.starts_with('前'))
        && !NOT_BEFORE.iter().any(|w| rest.starts_with(w))
}

/// Nouns of people that a rate's base counts (`每十万人口`, `每千名居民`).
const BASE_PEOPLE: [&str; 5] = ["人口", "居民", "人", "名", "户"];

/// *Rate base* (see the module doc): `每` + a round power of ten + a noun of people.
fn rate_base(s: &str, start: usize, m: &Measure) -> bool {
    let round = m.value >= 10.0 && (m.value.log10() - m.value.log10().round()).abs() < 1e-9;
    let people = |t: &str| BASE_PEOPLE.iter().any(|w| t.starts_with(w));
    prev_char(s, start) == Some('每')
        && round
        && m.upper.is_none()
        && (people(&s[m.end..]) || m.unit.as_deref().is_some_and(people))
}

/// *Address floor*: a floor right after the number of a building or a house in an address
/// (`人民路128号5号楼3层`, `2座10层`): where it is, not how many floors.
fn address_floor(s: &str, start: usize, m: &Measure) -> bool {
    let numbered = |w: &&str| {
        s[..start].ends_with(*w)
            && prev_char(s, start - w.len()).is_some_and(|c| c.is_ascii_digit() || number::is_chinese_numeral_char(c))
    };
    m.unit.as_deref().is_some_and(|u| matches!(u, "层" | "楼"))
        && ["号", "号楼", "楼", "栋", "幢", "座", "单元"].iter().any(numbered)
}

fn session_ordinal(s: &str, start: usize, m: &Measure) -> bool {
    if m.unit.as_deref() != Some("次") || !["会议", "全会", "全体会议"].iter().any(|w| s[m.end..].starts_with(w))
    {
        return false;
    }
    let from = floor_char_boundary(s, start.saturating_sub(36));
    let clause = s[from..start].rsplit(is_delimiter).next().unwrap_or("");
    clause.contains('届')
}
