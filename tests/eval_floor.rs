//! Keeps the extractor's scores at or above their floors on every gold set: `corpus/`, the
//! development set `corpus/dev/`, and the real pages (`../shared/realdev/`, gold in
//! `corpus/realdev/`), whose `tune` and `blind` splits have floors of their own. The floors
//! only ever rise: when the eval improves, raise them here in the same commit (a `blind` floor
//! rises only when a change made for `tune` lifts it). Without `../shared/realdev/` the
//! real-page floors skip with one line. The web pages (`corpus/web/`, HTML fetched by
//! `scripts/web/fetch.sh`) have floors for page structure only, and skip without the pages.

use crate::support::eval;
use crate::support::{realdev_texts, repo, web_pages};

use eval::{read_split, score_pages, Score};

/// The floors of one set: minimum F1 per fact type (in `Score::rows` order: institutions,
/// figures, dates, programs strict, programs lenient, people, events) and minimum rates.
struct Floors {
    f1: [f64; 7],
    /// Figure subjects, people organizations, meta fields, body checks.
    rates: [f64; 4],
}

/// Figure subjects with round 62 (step 4: a verb of two characters opening the metric is the
/// predicate, its object the subject, as corpus 004's gold now reads).
const CORPUS: Floors = Floors { f1: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], rates: [0.947, 1.0, 1.0, 1.0] };

/// Articles of other outlets, regions and scripts, written here. Figure subjects rose with
/// #16's fifth round; dates with its sixth (the article's other date lines). Programs
/// with #15's fifth round (a scope with a batch, 全省首批, leaves a designation's name; a
/// quote ending in 方案 after a long stem names the plan; quoted 评选 campaigns; a versioned
/// scheme before its budget). Dates and figure subjects with #16's eighth round (a year
/// ending a quoted name, quoted names after a count, adverbs of intention, 突破).
/// Dates with the round of 2026-12-04 evening (an update stamp after the publication stamp).
/// Institutions, people's organizations and meta fields with the round of 2026-12-04 late
/// afternoon (a department as source, a day-only stamp takes the time of its other line).
/// Programs with round 51 (a titled name inside quoted speech), and round 53 (人财物 a concept).
/// Figure subjects with round 59 (a label before a colon, a metric of time shortened).
const DEV: Floors = Floors { f1: [0.954, 0.999, 0.999, 0.973, 0.999, 1.0, 1.0], rates: [0.878, 0.924, 0.999, 1.0] };

/// Real pages, `tune` split (the baseline of the first gold, truncated to 3 decimals;
/// institutions and people raised with the gazetteer's region words, #22; figures, dates
/// and figure subjects after the breadth of #16; body checks with the conversion of whole
/// traditional pages, #17; people, their organizations and meta fields with the bylines of
/// #14: the place a report was filed from is no outlet and no name; titles without column
/// prefixes). Programs and events rose with #15 (canonical congress names, ceremonies,
/// observances, numeral formulas, laws, bounded titles); figures, dates, subjects, meta and
/// body with the crawler date line and the structural subject rules of #16's second round;
/// body checks with captions that end in a photo credit (#14). Institutions and people's
/// organizations rose with the party organs, 人民政府 and the offices written short
/// (市爱卫办) of #13; institutions, people and their organizations with the learned
/// tagger's spans as evidence (#13: names after titles, modifiers read as names). People,
/// meta and body checks with the page structure of #14's second round (names-only and
/// glued credits, standalone datelines, lead boxes, photo descriptions). Programs and events
/// with #15's second round (quoted inspections, principles, codes, rule sets and
/// accreditations; formulas of opposite positions; speech, indicators, commendations and
/// counted kinds refused; an activity joined by 暨 to a held one is an event). Figure
/// subjects with #16's third round (respective lists, 全国 statistics, lists of groups, ages
/// before the counted noun, dates between a metric and its number). Dates with #16's fourth
/// round (Taiwan's bracketed year and month open a date, the bracketed today dates a page
/// without a publication date, 去年截至11月, season ranges without 年); figure subjects rose
/// with them (a date is no subject). Programs and events with #15's third round
/// (observances by their shape, coordinated scope words, activities held 在…开展 or 当天;
/// unquoted plans need a plan period and unquoted activities a journey word). Meta fields
/// and body checks with #14's third round (byline and lead forms in both scripts, title
/// choice, standfirsts). Institutions and people's organizations rose with #13's third
/// round: central organs, ministries and outlets in the lexicon, sub-units named after
/// their body, organ lists sharing their place, counted lists; departments and fused
/// bodies in title chains, place leaders and reporters; a legislature opening a
/// membership title is part of the title; a field word after a region before 局/厅
/// (湖南省物价局), a bare 自治区 completed, no template of levels (县（区）医保局). People
/// rose with names introduced by an age (65岁的…) or before （化名）; dates with a bare 昨
/// and spelled fiscal years (二○一八/一九年度) and a bare day before a part of the day.
/// Figure subjects rose with #16's fifth round (a rate keeps its group, the writer's own
/// place and a verb with 了 open no metric, verbs of having open a relative clause, a
/// metric is a noun phrase). Meta fields and body checks with #14's scored line classifier
/// (a short line next to nothing is no title; photo-position captions; a disclaimer ends
/// the body). Programs with #15's fourth round: one decision over scored candidates (a
/// clause verb inside, a described kind, a common noun or a head noun quoted alone vetoes).
/// Institutions with the tagger's reach features; people's organizations with a name
/// written between its body and its title (#13). Institutions and people's organizations
/// with town bodies named by their bare level (镇党委, 镇卫生院; #13). Figures, dates and
/// subjects with #16's sixth round (a relative year before a month range, a range from
/// mid-month to a relative month, two days in a row joined by 及, alternative units in
/// brackets, the article's other date lines). People with a verb of saying after an adverb.
/// Programs and events with #15's fifth round (a headless name owns the plan period's plan
/// after it, 健康+place+行, batches and building verbs leave names, 以…为重点的 describes; a
/// meeting head before 制度/作用/办公室 names a standing body; two letters before a head name
/// only a kind). Figures, dates and figure subjects with #16's seventh round (aspect
/// particles and verbs before prepositions end the noun after a count, shares as objects,
/// the topic of a change, anniversaries, 七八个人, fiscal years and glossed weekdays).
/// Institutions and people's organizations with #13's fourth round: an office's own short
/// name that FACTS does not list keeps its printed form unless the page prints the full one,
/// counted lists (`等13所`, a shared kind noun), a field before a title in a chain, a post
/// in parentheses before the name, a bare `医院` before a title, a department written with and
/// without its place's government one body. Dates and figure subjects with #16's eighth
/// round (a year ending a quoted name, bracketed counts, quoted names after a count, a
/// compared year's qualifier, an adverb before the counted noun). Meta fields with #14's
/// fourth round (a quoted remark above its subtitle is the headline). Events and programs
/// with #15's sixth round (a dated, held activity with a theme is an event though no
/// program was kept for it; a line opening with 暨 continues the lines before it).
/// Institutions and people's organizations with #13's fifth round: international bodies
/// (`世界…组织`, `亚太…联盟`), insurers with a proper-name core, trade unions (`…产业工会`).
/// Programs with #15's seventh round (a place opened by 在 before a verb of building is
/// known to be a place though the segmenter does not tag it; a quote after 破除 names the
/// policy done away with, a quote after 就是 is a predicate). Figure subjects with #16's
/// durations (a lasting name after 为期, a span change named by its verb). Figures and
/// subjects with #16's ninth round (per mille, doublings, exact decimal magnitudes, 两孩/三孩
/// name no count, people affected); programs with #15's eighth round (goals, hotlines);
/// people and their organizations with #14's credit labels (审签). Programs with #15's
/// policies named by a count of children (单独两孩、全面两孩和三孩生育政策). Institutions and
/// people's organizations with #13's corps units (184团医院, 184团党委, 新疆生产建设兵团).
/// Dates, figures and subjects with #16's tenth round (clock lines under a date line,
/// dateline lines, counts of days); meta fields with #14's headless pages and captions.
/// Institutions, figures, programs, subjects, people's organizations and body checks with
/// the round of 2026-12-04 evening. Institutions, figures, people, subjects, people's
/// organizations and body checks with the round of 2026-12-04 late afternoon (a department
/// as source, clause-structure subjects, ceremony captions). Institutions, figures, programs,
/// subjects and people's organizations with the round of 2026-12-04 night (央视新闻,
/// hospital authorities by place, shares of people, level prefixes of programs, reporter
/// labels glued to outlets). Programs with the breadth round of 2026-12-04 late night
/// (quoted plan periods, laws in 「」, heads led by a verb, kinds vetoed; `[scoped_verbs]`).
/// Institutions with the round of 2026-12-05 (standing mechanisms and joint meetings,
/// 郑大一附院); figure subjects with its written subject procedure (the verb-object ruling,
/// with the tune gold made to follow it). Figure subjects with the web-set round of
/// 2026-12-05 (a named agent's verbal noun is the metric), and round 50 (a one-character
/// verb after an adverb of a total, anniversaries after a celebrating verb). Programs with
/// round 51 (a titled name inside quoted speech, praise idioms no programs), and round 53 (a
/// head before where to read about it, 专页/热线, modifies that noun). Institutions and programs
/// with round 54 (short forms of Hong Kong, Macau and Taiwan universities, vaccine makers;
/// kind words before a plan's head, voucher schemes, a staffing ratio's 标准). Figure subjects
/// with round 55 (a distance measured from the place after its cue). Figures with round 61's
/// figures-found rules (a bare 百/千 before a measure word); its two new matches had subjects
/// off, one mended (a direction word before the number leaves the metric), so the
/// figure-subject rate moved from 471/536 to 472/538 (one agreement more, over two more
/// matched figures). Figure subjects with round 62 (a verb of two characters opening the
/// metric is the predicate, its object the subject: FACTS step 4), and round 64 (a duration
/// counted from an event before 来/以来/后: 476/538, measured after the merges), and round
/// 65 (a relative clause ending in a verb before 的 stays with its noun: 478/538).
/// Round 66: institutions (a university's graduates read apart: 222/3/13), people (a name
/// standing alone: 132/0/2), figure subjects (a relative clause opening with 在: 479/538).
/// The people's-organization rate follows the larger denominator: the one person found
/// alone has a body the article names elsewhere (129 right of 132 matched, was 129 of 131).
/// Round 67: people 133/0/1 (the last item of a list of names, whatever jieba tags after it);
/// figure subjects 482/538 (a change verb before 的 and 由此 end no metric; a district jieba
/// tags as a name is a place), measured after the merges.
/// Round 68: figure subjects 484/538 (义诊 a verb, 答疑 a noun after a verb); people's
/// organizations 131/133 (a body joined later with 回到…工作).
/// Round 69: institutions 222/2/13 (新建 ends a name on its left), figure subjects 485/538
/// (the bodies receiving a handing verb leave the metric), measured after the merges.
/// Round 72: figure subjects 486/538 (随着 opening a clause is a frame; 试点期 one word).
const REALDEV_TUNE: Floors =
    Floors { f1: [0.966, 0.996, 0.995, 0.982, 0.982, 0.995, 1.0], rates: [0.903, 0.984, 0.999, 0.999] };

/// Real pages, `blind` split. People rose with the one `is_han` of the restructure (a name
/// with an extension-B character is now read); the organization rate counts that person
/// too (19 right of 42 matched, was 19 of 41), so its floor follows the larger denominator.
/// Institutions and people rose with the gazetteer (#22): a bare level shares no list;
/// figures, dates and subjects with the breadth of #16; body checks with the conversion
/// of whole traditional pages (#17); people and meta fields with the bylines of #14.
/// Programs and events with the general rules of #15; dates, subjects, meta and body with
/// the crawler date line and the subject rules of #16's second round; people and body checks
/// with captions that end in a photo credit (#14). Institutions and people's organizations
/// with the party organs and 人民政府 of #13, and with the learned tagger's evidence (#13).
/// Programs and body checks with #14's second round. Figure subjects with #16's third
/// round (the tune rules lifted one subject). Dates with #16's fourth round. Programs and
/// events with #15's third round. Meta fields and body checks with #14's third round
/// (general byline, lead and furniture forms). People's organizations rose with #13's
/// third round (title chains, place leaders, membership titles). Programs with #15's fourth
/// round (the tune vetoes of quoted common nouns and head nouns removed one false name).
/// Dates with #16's sixth round. Programs and events with #15's fifth round (measured after
/// the merge; not used to choose any rule). Dates and figure subjects with #16's eighth
/// round (measured after the tune and dev rules; not used to choose any rule).
/// Institutions and meta fields with #14's fourth round (a `来源：本站` names no outlet;
/// rules found on composed pages, measured after). Events with #15's sixth round (held
/// themed activities; measured after, not used to choose any rule). Programs, events and
/// people's organizations with the rounds of 2026-12-04 (#15 counted meetings and goals,
/// #13/#14 organizations of credited and listed people; measured after the merges).
/// Figures and events with the rounds of 2026-12-04 afternoon (magnitude groups `1万2千`,
/// counts of days; place and scope-word meetings as one; measured after the merges).
/// Institutions with the round of 2026-12-04 evening (Taiwan 公所, 县府/市府, listed
/// ministries; measured after the merges, not used to choose any rule). Institutions,
/// figures, people, people's organizations, meta fields and body checks with the round of
/// 2026-12-04 late afternoon (measured after the merges, not used to choose any rule).
/// Dates and meta fields with the round of 2026-12-05 (day-first stamps of Hong Kong and
/// Macau; measured after the merges, not used to choose any rule). Institutions, events,
/// figure subjects and meta fields with the web-set round of 2026-12-05 (measured after the
/// merges, not used to choose any rule). Programs and figure subjects with round 57
/// (function words and verbs of giving before a title, a head opening a body's name; a dash
/// or an open bracket ending a metric's clause; measured after the merges). Programs and figure
/// subjects with round 60 (quoted formulas before 策略/措施/方针; a counted noun ended before
/// manner and condition words; rules from the web pages' facts, measured after the merges).
/// Figures and figure subjects with round 61 (units of devices, measure words, bare 百/千).
/// Figure subjects with round 62 (step 4's verb of two characters opening the metric; the
/// tune and corpus rule lifted two subjects), and a place's name before a verb as its agent
/// (a web tune rule lifted one). Institutions and people's organizations with round 62's
/// merges (a tagger's organization before a company's word or beside a body; a clinical department's
/// post at the hospital named just before; measured after the merges). Figure subjects with
/// round 64's merges (65/105: a duration counted from an event, 约有 as 有, a place or body
/// owning the metric; measured after the merges, not used to choose any rule). Programs with
/// round 65's merges (a quoted day before a holiday or an observance is that day, no
/// program: one false program fewer; measured after the merges). Body checks with round 67's
/// merges (212/228: a prompt to subscribe opening a short line is furniture; measured after
/// the merges, not used to choose any rule). Figure subjects with round 69's merges (66/105:
/// verbs ending in 达 are no link, a duration after 控制在 measures the metric before it;
/// measured after the merges, not used to choose any rule). People's organizations with
/// round 72's merges (35/46: the outlet glued before a photographer's label is the
/// photographers' organization; measured after the merges, not used to choose any rule).
const REALDEV_BLIND: Floors =
    Floors { f1: [0.824, 0.912, 0.945, 0.673, 0.841, 0.919, 0.666], rates: [0.628, 0.760, 0.885, 0.929] };

/// The total score of a set whose pages sit next to their `gold/` folder.
fn score_set(set: &str, expected_articles: usize) -> Score {
    let dir = repo(set);
    let pages = score_pages(&zhnews::Extractor::new(), &dir.join("gold"), &dir).unwrap();
    assert_eq!(pages.len(), expected_articles, "every article of {set} has gold");
    let mut total = Score::default();
    pages.iter().for_each(|p| total.add(&p.score));
    total
}

#[test]
fn corpus_scores_stay_above_their_floors() {
    check("corpus", &score_set("corpus", 5), &CORPUS);
}

#[test]
fn dev_scores_stay_above_their_floors() {
    check("corpus/dev", &score_set("corpus/dev", 10), &DEV);
}

#[test]
fn realdev_scores_stay_above_their_floors_in_both_splits() {
    let Some(texts) = realdev_texts("realdev") else { return };
    let split = read_split(&repo("corpus/realdev/SPLIT.tsv")).unwrap();
    let pages = score_pages(&zhnews::Extractor::new(), &repo("corpus/realdev/gold"), &texts).unwrap();
    let (tune, blind) = split_totals(&pages, &split);
    check("realdev tune", &tune, &REALDEV_TUNE);
    check("realdev blind", &blind, &REALDEV_BLIND);
}

/// The total scores of the `tune` and `blind` pages.
fn split_totals(pages: &[eval::ScoredPage], split: &std::collections::BTreeMap<String, String>) -> (Score, Score) {
    let (mut tune, mut blind) = (Score::default(), Score::default());
    for page in pages {
        match split.get(&page.gold.id).map(String::as_str) {
            Some("tune") => tune.add(&page.score),
            Some("blind") => blind.add(&page.score),
            other => panic!("{}: split {other:?}", page.gold.id),
        }
    }
    (tune, blind)
}

fn check(set: &str, s: &Score, floors: &Floors) {
    let mut failures = Vec::new();
    for ((name, counts), floor) in s.rows().into_iter().zip(floors.f1) {
        if counts.f1() < floor {
            failures.push(format!("{name}: F1 {:.3} < floor {floor}", counts.f1()));
        }
    }
    let rates = [
        ("figure subjects", s.figure_subjects.rate(), floors.rates[0]),
        ("people organizations", s.people_organizations.rate(), floors.rates[1]),
        ("meta fields", s.meta.rate(), floors.rates[2]),
        ("body checks", s.body.rate(), floors.rates[3]),
    ];
    for (name, rate, floor) in rates {
        if rate < floor {
            failures.push(format!("{name}: {rate:.3} < floor {floor}"));
        }
    }
    assert!(failures.is_empty(), "{set} below the floor:\n{}\n\n{}", failures.join("\n"), s.table());
}

#[cfg(feature = "html")]
/// The floors of a set whose gold annotates page structure only: minimum rates of meta
/// fields, body text kept and furniture dropped.
struct LayoutFloors {
    meta: f64,
    body_kept: f64,
    furniture_dropped: f64,
}

/// The web pages (`scripts/web/fetch.sh` puts them in `target/web-pages/`; gold in
/// `corpus/web/`), split by outlet: the baseline of the first gold was meta 0.697 / 0.686,
/// body kept 0.930 / 0.779, furniture dropped 0.658 / 0.897 (tune / blind); raised with the
/// round that fixed the tune pages' errors (charset, forms, markup headlines, glued widgets,
/// author metas, closing credits, list headings), blind measured after the merges; meta
/// raised with round 50 (a share box's date line, a year over its month and day); blind
/// meta with round 55 (a self-media account's name alone beside the date; measured after
/// the merge, not used to choose the rule, which comes from FACTS.md and composed pages),
/// and round 57 (a notice dated by the date closing it; composed pages, measured after).
/// Round 71 raised tune: meta 287/288 (a recurring column's name before the headline), body
/// kept 403/404 (a subhead above a picture credit, a roundup's first item heading).
#[cfg(feature = "html")]
const WEB_TUNE: LayoutFloors = LayoutFloors { meta: 0.996, body_kept: 0.997, furniture_dropped: 0.999 };
#[cfg(feature = "html")]
const WEB_BLIND: LayoutFloors = LayoutFloors { meta: 0.881, body_kept: 0.948, furniture_dropped: 0.928 };

#[cfg(feature = "html")]
#[test]
fn web_page_structure_stays_above_its_floors_in_both_splits() {
    let Some(pages_dir) = web_pages("web") else { return };
    let split = read_split(&repo("corpus/web/SPLIT.tsv")).unwrap();
    let extractor = zhnews::Extractor::new();
    let extract = |bytes: &[u8]| extractor.extract_html(bytes).map_err(|e| e.to_string());
    let pages = eval::score_pages_with(&repo("corpus/web/gold"), &pages_dir, "html", extract).unwrap();
    assert_eq!(pages.len(), split.len(), "every page of corpus/web/SPLIT.tsv has gold");
    for page in &pages {
        let fragments = page.gold.body_must_contain.iter().chain(&page.gold.body_must_not_contain);
        assert!(
            fragments.clone().all(|f| f.chars().count() <= 20),
            "{}: a body check over 20 characters",
            page.gold.id
        );
    }
    let (tune, blind) = split_totals(&pages, &split);
    check_layout("web tune", &tune, &WEB_TUNE);
    check_layout("web blind", &blind, &WEB_BLIND);
}

/// The facts of the web pages annotated in `corpus/web/facts/` (`tune` pages only; each
/// fact type counted on the pages annotated for it). First gold of round 60 (two passes,
/// adjudicated, 20 pages; a second batch of 26 pages in one pass for institutions, people,
/// figures and dates), the floors measured on it at the end of that round. Round 61 added the
/// programs and events of the second batch (two passes, adjudicated): the programs and events
/// floors count 46 pages from then on, measured on them before that round's rules. Figures
/// with round 61's figures-found rules (units of devices, spaced 万/亿, measure words, bare
/// 百/千, phases) and its figure-subject, institution, people and program rules, measured
/// after the merges. Figure subjects with round 62 (step 4's verb opening the metric; a
/// place's name before a verb as its agent). Figures, dates, programs, events and figure
/// subjects with round 62's merges (ranks, halves, units, day-to-month ranges; property
/// projects, crimes and one-word laws; measured after the merges, with the gold calls of
/// W04, W07, W17 and W58 settled by FACTS). Institutions, figures, dates and figure subjects
/// with round 64's merges (an outlet glued to a report word; numerals inside words, spoken
/// units, bare-day ranges; event-to-now durations and owners of a metric). Figures, figure
/// subjects and people's organizations with round 65's merges (突破 as an approximation, a
/// verb the tagger calls a noun, a verb alone after its agent; a body no institution record
/// reads before a leader's title), measured after the merges. Every fact but events with
/// round 66's merges (police and ministry sub-units, coins and ages in decades, glued
/// timestamps, joint statements and quoted clauses, a name standing alone: people 128/8/80 →
/// 160/8/48). The people's-organization rate follows the larger denominator: right
/// organizations rose from 115 to 142, of 160 people matched (was 128); most people found
/// alone have no body named beside them. Figure subjects 394/626 with `以及` a function word.
/// Round 67: people 165/8/43 and organizations 147/165 (names listed before `荣获`-like words
/// jieba tags as names, names jieba cut after the surname); after the merges institutions
/// 197/15/133 (brands listed before a word for companies, a place's label dot, a country's
/// government), figures 630/17/36 (`g`, partitive counts, 记, 色), programs 51/14/15 (各项, a
/// quoted spirit), events 26/4/7 (a series named beside two editions), subjects 407/630;
/// the second wave's embassies (198/15/132) and a rate base alone (subjects 408/630).
/// Round 68: institutions 214/15/116 (a count of firms matching a list, outlets in a 【】 lead,
/// an executive's company), programs 51/13/15 (a head linked to an organization type opens
/// a body's name), subjects 410/630, people's organizations 148/165 (他是 + post).
/// Round 69: institutions 216/14/114 (outlets cited by 据…报道, 新建 ends a name), figures
/// 630/16/36 (a month in Chinese numerals without 个 is the calendar's), dates 353/14/13 (a
/// bracketed today, glossed today to a relative day as one range), programs 51/11/15 (a
/// counted project of sites, 工程项目 cut at 工程), subjects 414/630 (compared figures).
/// Round 70: institutions 221/14/109 (a listed company's colon heading, a coined brand the
/// segmenter does not know before a firm's word, a consulate's host place), figures 631/15/35
/// (个人 as people counted, weekday pairs), dates 355/14/11 (a clock time alone takes the
/// last day stated), people 166/6/42 and organizations 149/166 (a consul's title, kinship
/// words after a surname), subjects 415/631.
/// Round 71: institutions 228/14/102 (a place's short bodies such as 贸促会, an employer named
/// by its brand before a held post, a roundup's first item kept, foreign parties named by
/// their family), figures 633/15/33, dates 358/13/8 (a bare day after 继 or before a verb of
/// suspending, a compared year no anchor, 每逢 year-ends habitual), organizations 150/166,
/// subjects 421/633 (a bracketed note of including, 被 and its verb, 从A降到了B).
/// Round 72: institutions 230/12/100 (a society's 专门委员会 and a verb ending a bare branch, a
/// verb inside a field centre's name), dates 358/9/8 (habitual time lists, 今天 after a past
/// age), people 175/3/33 and organizations 159/175 (names in 、-lists, a foreign name after a
/// title before a verb, a title inside a longer word, a photographer's outlet), events
/// 26/2/7 (a 会议 body with a bracketed short form), subjects 422/633 (下跌/上涨 changes).
#[cfg(feature = "html")]
const WEB_TUNE_FACTS: Floors =
    Floors { f1: [0.804, 0.962, 0.976, 0.796, 0.796, 0.906, 0.852], rates: [0.666, 0.908, 1.0, 1.0] };

#[cfg(feature = "html")]
#[test]
fn web_facts_stay_above_their_floors() {
    let Some(pages_dir) = web_pages("web facts") else { return };
    let extractor = zhnews::Extractor::new();
    let extract = |bytes: &[u8]| extractor.extract_html(bytes).map_err(|e| e.to_string());
    let web = repo("corpus/web");
    let pages = eval::score_fact_pages(&web.join("gold"), &web.join("facts"), &pages_dir, "html", extract).unwrap();
    assert!(pages.len() >= 20, "the web facts gold covers {} pages, expected at least 20", pages.len());
    let mut total = Score::default();
    pages.iter().for_each(|p| total.add(&p.score));
    check("web tune facts", &total, &WEB_TUNE_FACTS);
}

#[cfg(feature = "html")]
fn check_layout(set: &str, s: &Score, floors: &LayoutFloors) {
    let rates = [
        ("meta fields", s.meta.rate(), floors.meta),
        ("body kept", s.body_kept.rate(), floors.body_kept),
        ("furniture dropped", s.furniture_dropped.rate(), floors.furniture_dropped),
    ];
    let failures: Vec<String> = rates
        .iter()
        .filter(|(_, rate, floor)| rate < floor)
        .map(|(n, r, f)| format!("{n}: {r:.3} < floor {f}"))
        .collect();
    assert!(failures.is_empty(), "{set} below the floor:\n{}\n\n{}", failures.join("\n"), s.layout_table());
}
