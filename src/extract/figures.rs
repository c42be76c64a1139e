//! Extracts figures: quantities stated in the text, with value, range, unit, kind,
//! approximation and subject.
//!
//! **In:** a [`Doc`] and the [`Facts`] found so far — its dates claim their spans, so
//! `2024年`, `十四五`, `5月18日` are never figures. **Out:** [`Figure`]s pushed into
//! [`Facts::figures`], each at the byte span of its expression in the normalized text
//! (approximation words included: `超过2.2亿个`, `20余种`, `三分之一以上`).
//!
//! A number (see [`super::number`]) becomes a figure when it carries a unit or measure word
//! (lexicon `units.txt`), is a percentage or share (`30%`, `三分之一`, `七成`, `1/3`,
//! `百分之三十`), carries a magnitude word (`9000万`), counts with `大`/`维` (`三大引擎`) or
//! is a rank after a ranking verb (`排名第一`, `位列全国首位`). Not figures: a bare Chinese
//! `一` (an article: `一批`, `一支`), ordinals in names (`第78届`), numbers in formulas
//! (`1+10+X`), codes without a unit (phones, licences, stock codes), numbers inside fixed
//! expressions (`十分`, `三甲`, lexicon `numeral_idioms.txt`) and Chinese numerals opening a
//! quoted name (`“四大信息化平台”`), and any number inside a book title (`《基层卫生三年行动
//! 计划》`) or a quoted name (a short quote without clause punctuation: `“15分钟健康服务圈”`).
//! Counts in unquoted names stay figures (`三年行动计划` → 3 年, subject 行动计划), and a
//! quote holding only a count (`“三统一”管理`) is one. A count word after a numeral counts
//! itself (`六统一管理` → 6, subject 统一管理; `count_word` in `figure_words.txt`).
//!
//! Money: a currency written before the amount (`HK$2.5亿`, `港币3000万元`, `新台币1.2亿元`,
//! `￥80万`, lexicon `currencies.txt`) names the unit (`港元`, `美元`, `元`; Taiwan's dollar is
//! `元`) and belongs to the span, with an approximation word before it (`约HK$2.5亿元`).
//!
//! The subject is the noun phrase after the measure word (`331家社区卫生服务中心`), else
//! the metric before the number in the same clause (`签约率超过30%` → `签约率`), shaped by
//! the word lists of `subject_words.txt` (its header states the procedure). Subjects start
//! and end on token boundaries of the segmentation, so no word is cut (`共享中心`,
//! `向上转诊人次`); the metric before a number loses dates and time words, the clause's
//! agent and adverbs (`南京还将投入` → `投入`; `全国` stays where it opens the metric:
//! `全国基本医疗保险参保人数`), an earlier figure and its noun, and the
//! linking verbs before the number (`增至`, `稳定在`). Shares name the metric before them
//! first; ages the group right after them (`0-6岁儿童`, `62岁的村民`); durations a noun
//! right after them (`三年行动计划`) or what the clause says lasted (`建党100周年`), none
//! after 连续/未来 or before `时间`; distances (`距县城40多公里`) none. A figure joined to
//! the previous one by linking words only (`由约二十四个月缩短至约十八个月`) shares its
//! subject. Changes: in 百分点 the metric itself; in % the metric + `增幅`/`降幅`, the
//! previous figure's subject when the clause names none (`…，增加了24%`).
//!
//! The subject procedure, in order (the first that names something wins):
//! 1. a counted noun written into the count (`三项制度` → the noun of `count_noun`);
//!    a figure alone in brackets after nouns counts those nouns (*bracketed count*:
//!    `来自甲省（12例）` → 甲省; in a rate a verb between nouns is part of it:
//!    `肾脏透析手术增长率（10%~25%）`);
//! 2. *existential predicate*: a count right after `有` (role `existential`) with nothing
//!    after it but the predicate closing its clause counts those that do it (`有20间提供周末
//!    门诊` → 提供周末门诊; not a relative clause with `的`: `有15名来自外省的医生`); else
//!    the subject of the previous figure when only linking words stand between;
//! 3. none for distances (a length before `外`: `三四公里外的卫生院`), durations followed by a
//!    duration noun (`3至5年时间`) and a noun used as the measure word (`noun_unit`: `三区卫生
//!    部门` counts districts; the departments are theirs);
//! 4. by kind — counts and money: the noun phrase after the measure word, else the metric
//!    before the number; shares and changes: the metric before; ages: the group after;
//!    durations: a noun right after (not after a time adverb, `time_adverb`: `最近两个月的
//!    记录`, `开业首15天` are time frames), else what the clause before says lasted — only when
//!    that clause ends in a noun (`停航8天`; not `他充分肯定3年`), or an anniversary's event
//!    (a clause closed by the verb of an act: module `filled`);
//!    after a verb of lasting, a duration with `的` names the whole name closing its clause,
//!    verbs inside it too (*lasting name*: `为期3年的…能力提升培训计划`);
//!    a clause of adverbs and a verb changing a span only names the duration by that verb
//!    (*span change*: `，将会延长两年` → 延长; role `span_change`); after comparatives only it
//!    changes the previous figure's metric (*compared span change*: `较上年同期缩短0.6天`);
//!    a duration with `内` before a modal word (role `modal`) and a short predicate closing
//!    its clause names what can be done within it (*time limit*: `30分钟内可到达急救站` →
//!    到达急救站; not a goal's frame, `三年内实现…`, nor a time after an event, `出院后7天内`);
//!    A share keeps its whole (`个人卫生支出占卫生总费用的比重`; `占` cuts only right before
//!    the number); an age's group runs over the nouns after it to the last that names people
//!    (`person_head`), never into a name; after a count, `N的M` is N (`三个连队的居民` → 连队),
//!    `以及`/`及`/`之一` end the phrase, and a phrase never opens with a link (`调整至`); a
//!    figure listed after the previous one (`、`/`和`, or `，` before a link: `，下修为`)
//!    shares its metric when no noun of its own follows; a count naming nothing before or
//!    after counts the noun after a copula (`其中17例为输入病例`, role `copula`; a short
//!    predicate that ends the clause whole: `为境外输入`);
//!    the metric before the number, cut out of its clause, follows these named rules:
//!    - *predicate*: it starts after a verb with `了` (`实现了参保率` → `参保率`) and after
//!      the last lead verb, except a verb of having (`relative_lead`: `设有儿科的医院`
//!      stays whole — its object describes the counted noun);
//!    - *rate of a group*: after the last `的` — unless it ends in a rate or ratio
//!      (`rate_head`: `农村居民的参保率` stays whole; a list of groups before `的` shares
//!      the rate alone);
//!    - *own place*: the writer's own place or occasion opening it goes (`deictic`: `我省`,
//!      `本次`; `我国`, like `全国`, stays);
//!    - *noun phrase*: adverbs, adjectives and one-character verbs alone (`都加`, `太低`)
//!      name nothing; a distributive `各` before the number is a link (`奖金各500元`), and
//!      a noun phrase after a count ends before a manner word (`stop`: `六个方面全面回顾`);
//!    - *share as object*: a share with `的` (or right before a noun: `有三分之一学生`) and a
//!      noun after it, right after a verb of its clause, measures that noun (`该院有21%的门诊量`
//!      → 门诊量);
//!    - *national scope*: `全国` before a verb in a metric that is no rate is the clause's
//!      scope and goes (`全国参加基本医疗保险13.3亿人` → 参加基本医疗保险);
//!    - *compared figure*: a clause opening with a comparison (`低于全国的13.3%`, role
//!      `compare`) or holding only links, a year and comparatives (`为2017年同期的4.7倍`)
//!      measures the previous figure's metric; an amount added after comparisons only
//!      (`较上年增加约40亿元`) is named by its change verb; *money change*: an amount right
//!      after a change verb closing a clause that names a metric is that change, the metric's
//!      period kept, adverbs and modals before the verb dropped (`每月保费将增加26元` → 每月保费
//!      增加, `保费将可少缴` → 保费少缴; a level reached, `提高到89元`, is
//!      the metric alone);
//!    - *compared multiple*: a multiple in 倍 after a short owner and `的` only
//!      (`，是北京的7.7倍`) measures the previous figure's metric;
//!    - *topic of a reach*: a clause of adverbs and a link only after a comma (`，达到206元`,
//!      `，约占4%`) measures the noun phrase opening the clause before, or what a copula
//!      after adverbs names there (`其次为团体保险`);
//!    - *topic of a split*: a share opening its clause after a comma, a preposition after it
//!      (`住院费用，70%由统筹基金支付`), measures the noun phrase before the comma;
//!    - *time of a reach*: a time closed by `时` opening such a clause (`，高峰时达到350人次`)
//!      names nothing: the previous figure's subject;
//!    - *share of a whole named before*: a share naming nothing after a clause ending in
//!      `中` (`护理人员中，有62%…`) measures that whole;
//!
//!    - *metric of a thing described*: an amount or area between a noun metric and `的`
//!      (`总投资4.6亿元的新住院大楼` → 总投资) measures that metric, not the noun after;
//!    - *metric before a time frame*: a date after `在`/`于` followed only by a period noun
//!      and a link (`签约率在“十四五”期间达到75%`) leaves the metric before `在`;
//!    - *time frame closed*: a frame closed by `至今`/`以来` (`frame_end`: `由…项目启动至今累计
//!      有…`), or by `来` right after a count of time (`span_frame_end`: `成立一年来`; not
//!      `近年来`), is when the clause happens; the metric starts after it, and after a frame of
//!      circumstance (*circumstance*: `在企业帮扶下筹资8万元` → 筹资; role `circumstance`);
//!    - *verb and object*: the clause's verb before the object a count or an amount counts
//!      goes (`该院救治伤员320人` → 伤员, as `救治了320名伤员`; module `verb_object`), not
//!      before a unit of acts (`抽查药店900家次`), people or bodies counting the doers
//!      (`参加医保5200万人`, `终止合同12家`), or as a change verb before an amount; read so
//!      only right before the number, after an adverb, pronoun, time or scope word (`全市`)
//!      or adjective (`成功救治`), or before money — after an adverb, cumulative or scope word
//!      a verbal noun too (`累计筛查儿童`);
//!      after an adverb of a total (role `total`: `共`) a verb of one character is one too
//!      (`该院共做心脏手术300例` → 心脏手术); *act after a preposition*: after the agent, a
//!      preposition and its object, verbs alone up to the number are the act counted
//!      (`该院已为村民义务巡诊160次` → 巡诊);
//!    - *compared year*: a year compared with keeps its qualifier (`较2023年末提高`: a
//!      comparison only, like `较2023年`; the `suffix` words of `date_modifiers.txt`);
//!
//!    the noun phrase after the number, and figures without a metric, follow these:
//!    - *count of a count*: a count right before another (`18类260项问题`) counts what the
//!      second counts; *people's count before a thing*: a count in `人` before a noun naming
//!      no people and a predicate (`3000万人医保缴费标准将上调`) counts nothing after it (one
//!      closing its clause says what they are: `其中1人骨折`); *rate after a share*: a share
//!      right before a rate noun (`现行6.5%费率`) is that rate;
//!    - *quoted noun*: a short quoted name right after a count is what it counts
//!      (`15个“智慧药房”`); *spaced noun*: one space may part a counted noun from its
//!      measure word (`12个 医院`), not a verb (`1次 落实…` opens another clause);
//!    - *adverb first*: function words of two characters or more (`首次`) begin no noun,
//!      so a verb after them still opens the phrase (`近6成首次就诊患者`);
//!    - *predicate after the count*: an adjective or adverb right after the number that
//!      closes its clause or takes `了` names nothing (`三万块太低了`);
//!    - *glued function word*: a measure word the segmenter glued to a function word after
//!      it (`人因`, `蚊都加`) opens no noun (`3人因病住院`), and that piece before the next
//!      number names nothing (`唔加1,200蚊都加600蚊`); a quotation opened and not closed
//!      before the number (`建议「唔加…`) starts the clause like `“`;
//!    - *aspect*: a word with `了`/`着`/`过` after it (or glued to it) is the predicate,
//!      whatever the tagger calls it (`患者植入了支架` → 患者, `面包车拉着老人` → 面包车);
//!    - *predicate after the number*: a verb right after it followed by a preposition names
//!      nothing (`中继线由240路扩容至360路`: the metric before), and such a verb with
//!      `至`/`到` links the two figures like `增至` (*verb of motion*);
//!    - *attributive word*: a word ending in `性`/`式` (role `attributive`, three characters
//!      or more) describes the noun after it, through `的` and a verbal one too
//!      (`三个结构性调整`, `十几间开放式的诊室`); a modal ends the noun (`5名医生可以…`);
//!    - *modifier word*: one adjective or bare verb with `的` right after the count describes
//!      the noun after it (`三四辆类似的面包车` → 面包车);
//!    - *adverb after the noun*: an adverb of manner, a function word, or an adverb before a
//!      predicate ends the counted noun (`200名学员顺利结业` → 学员); a verbal noun and a
//!      predicate closing it are its clause (*verbal predicate*: `38个品种谈判成功` → 品种);
//!    - a unit and a noun of people closing the clause count people (`七八个人。` → 人);
//!    - *shared head*: a count naming only a modifier that the next count after `和`/`及`
//!      repeats in kind (same length and last character: `2种甲型和2种乙型流感`) shares that
//!      count's head noun (甲型流感);
//!    - *definite member*: a member after `和`/`及` opening with a level of administration
//!      (`definite_level`: 县, 市; not 县级) and ending in a head noun is the one body of that
//!      level, no member of what is counted (`12所卫生院及县医院` → 卫生院);
//!    - `、` joins nouns like `和` (`近30名基地主任、骨干师资`); a preposition or a frequency
//!      word (`每月`: the period of the predicate, `5万人每月保费将增加…`) right after the
//!      number opens no noun phrase;
//!    - *topic of a change*: a clause with no noun after a comma (`，从2015年的10.25%…`)
//!      continues the metric of the change stated before it (`居民健康素养水平明显提升`);
//!    - *anniversary*: the event is the last member of a list before it, without the
//!      purpose words opening the clause (`为庆祝新中国成立75周年` → 新中国成立), and after a
//!      verb of celebrating inside it what follows that verb (role `celebrate`:
//!      `用义诊来庆祝医院成立20周年` → 医院成立);
//!    - *counted act*: after a unit counting acts (`act_unit`: `人次`) nouns and the verb
//!      closing the clause are counted (`98人次外科看诊`); *people's predicate*: after a count
//!      of people (`people_unit`, `person_head`) a verb and a head noun name nothing
//!      (`60人次支援县级医院`: the metric before);
//!    - *continued act*: after `连续` verbs alone up to a duration are what lasted
//!      (`交通船连续停航8天` → 停航); a duration's metric loses its scope and its owner
//!      before `的` (`全市平均住院日`, `过往的评鉴效期`);
//!    - *verb after a time word*: a metric, a date and one verb before the number name the
//!      metric and the verb (`医保基金今年支出` → 医保基金支出); *share in an act*: after a
//!      verb of action a verb and a noun closing the clause are one noun (`加收1.5%补充管理费`);
//!    - *average change*: `年均增长17%` with no metric of its own is the previous figure's
//!      subject + `年均增幅` (role `average`);
//! 5. both ends of the words found lose the `function` words of `subject_words.txt`
//!    (`名额已经` → `名额`, `因胸痛` → `胸痛`, a token glued of them too: `接种率仅约` →
//!    `接种率`: a word list, since the tagger errs on them),
//!    a phrase read after the number an act after its nouns (`20余种儿科疾病筛查` → 儿科疾病;
//!    role `action` — a metric before the number keeps it: `产前筛查5120人`),
//!    and a noun phrase read after the number loses a trailing predicate after a noun
//!    (`115家医院自愿参与` → `医院`); a date or a single character is never a subject
//!    (but a place of one character right after the measure word: *counted place*, `48个县`),
//!    and a lead verb never splits its own word from one last character (`完成率`); a
//!    list of groups before a count is one subject (up to 48 characters when it holds no
//!    `的`), a short quoted abbreviation inside it too (`社区“两委”成员`);
//! 6. a run of listed figures after `分别`/`依次` goes one figure to each member of the
//!    metric before (`门诊率、住院率分别为61.5%、12.4%`; module `respective`), and a change
//!    right after the run named without a metric (`，年均增长22%` → 年均增幅) takes the
//!    run's metric (`使用量年均增幅`); groups
//!    whose rate only the last member names each take its rest (`城区和山区的达标率` →
//!    `城区的达标率`, `山区的达标率`).
//!
//! Also: a level reached after a change clause takes the change's metric without its verb
//! (`提高30元，达到每人每年640元`; frequency words after the link pass); years added in 岁
//! are the metric's growth (*change of an age*: `人均预期寿命增加近1岁` → …增幅); an age
//! group followed by a rate closing its words keeps the group (*rate of an age group*:
//! `65周岁以上老年人免费体检率`); only dates, not idioms (`二级`), end the words a duration
//! names; `人口` cut as `人|口` stays in an age group. A noun of old age right after an age
//! (role `age_word`: `85岁高龄`) names no group: the group follows its `的`, else the clause
//! before names it (`他的父亲已经90岁高龄` → 父亲). A copula right after a count opens what it
//! counts before any other reading (`其中3000万是老年人`); a count of a group (`…的人数`,
//! role `rate_head`) keeps its group like a rate.
//!
//! Round 57: *quality of the counted* (a noun and an adjective, or an idiom, with `的` after a
//! count describe the noun after it: `20名家境贫寒的学生` → 学生); *span to now* (a duration
//! before `来`/`以来` with no act before it names nothing); `钱` after a unit of money is the
//! unit's (`十元钱的误餐补助`); an unclosed bracket or a double dash before a number ends the
//! clause of its metric (`opens_aside`).
//!
//! Fragments: a number that is all its sentence says is a count without a unit
//! (`一千二百三十四`); vague pairs are ranges (`七八个`, `三四十名`, approx `about`); `十几` is
//! 10 and over; `两成半`, `3斤半` add a half; `七成五` adds a digit of hundredths; a Chinese
//! share before a noun of people the word list glues to `成` (`三成长者`, role `share_people`)
//! is tenths; an idiom before `之` and a numeral is a fraction's denominator (`万分之三`); `3元5角` adds the coins; a space may stand
//! between a number and its unit (`9 个`); a Chinese `一` counts only before a unit of time
//! (`一小时`, `一个多月`, `这一个多月`; `一年`, `一天` only with an approximation: `近一年`,
//! `一年多`, `一年以上`, `一天左右`, and a limit: `一年内` is `under` like `3年内`) or as `一次` after a
//! frequency (`每月一次`); `半` before `年`/`小时`/`个月` is a half (`半年`); `一半` is 50 %; a
//! bare magnitude before `余`/`多` (`万余居民`) or before a unit and a bound (`百万元以上`)
//! counts, so does a bare 百 or 千 before a measure word (`百款`, `千人`; not `每千人口`), and after `上`/`过`/`破` forming one word with it (`上万人`, `人数过百`, `破千`; position `magnitude` of `approx_words.txt`) is over;
//! after `数`/`几` (`数十家`) it is vague, no figure. Latin unit symbols end a number
//! (`40mg`, `5kg`) where other letters make it a code (`5G`).
//!
//! Module `guards`: sessions (`十三届…四次会议`) and a clause-opening `两人`/`二人` that points
//! back are no figures; bare numbers of a trajectory (`从150降到120`) are, and a list takes
//! the percentage unit it closes with (`2.5个、1.8个和0.6个百分点`). `约一米`: 一 with an
//! approximation before a unit of measure counts; `第一名` keeps 名 as its unit, and after a
//! verb of winning (`rank_award`) the category between the verb and the rank is its subject.
//! Module `labelled`: a bare number closing its clause after a metric ending in a value's head
//! and a link (`性别比为107.3`, `床位数：8000`) is that metric's value, unit null.
//!
//! **Guarantees:** never panics; each position of a sentence is visited once and every
//! lookahead/lookbehind is bounded, so the cost is linear in the text.

use super::dates::DAY_COUNT_PREFIXES;
use super::doc::{Doc, Facts, Sentence};
use super::number::{self, NumberForm, RANGE_CONNECTORS};
use crate::automaton::WordAutomaton;
use crate::facts::{Approx, Figure, FigureKind};
use crate::lexicon::{
    Lexicon, WordList, WordSearch, WordSet, APPROX_WORDS, CONJUNCTIONS, CURRENCIES, DATE_MODIFIERS, FIGURE_WORDS,
    NOT_UNITS, NUMERAL_IDIOMS, ORG_SUFFIXES, SUBJECT_WORDS, TIME_WORDS, UNITS,
};
use crate::segment::is_person_tag;
use crate::span::{floor_char_boundary, offset_in, Span};
use crate::text::{find_str, is_han, match_starts, next_char, prev_char, rfind_str, rmatch_starts, LIST_SEPARATORS};
use aho_corasick::MatchKind;
use rustc_hash::FxHashMap as HashMap;

mod agent_verb;
mod conversions;
mod event_to_now;
mod existential_approx;
mod filled;
mod guards;
mod labelled;
mod labels;
mod lasting_alone;
mod levels;
mod negative;
mod noun_tagged_verbs;
mod owner;
mod paired;
mod predicate_opener;
mod relative;
mod respective;
mod scores;
mod verb_object;

/// A unit of the lexicon.
#[derive(Debug, Clone)]
struct Unit {
    surface: String,
    normalized: String,
    kind: FigureKind,
    /// What one of this unit is in the normalized unit (`分钱` → 0.01 元, `旬` → 10 岁).
    factor: f64,
}

/// Where an approximation word stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum ApproxPosition {
    Prefix,
    Inner,
    Suffix,
    /// A word that ends in a prefix word without approximating (`签约`, `最近`).
    Bound,
    /// A prefix only before a bare power of ten it forms one word with (`上万人`, `过百`,
    /// `破千`).
    Magnitude,
}

#[derive(Debug, Clone)]
struct ApproxWord {
    word: String,
    position: ApproxPosition,
    approx: Approx,
}

/// A currency word or sign written before an amount (`港币`, `HK$`, `￥`).
#[derive(Debug, Clone)]
struct Currency {
    surface: String,
    unit: String,
}

/// Word lists that shape subjects, longest first within each list.
#[derive(Debug, Default)]
struct SubjectWords {
    scope: WordList,
    lead_verb: WordList,
    light_verb: WordList,
    preposition: WordList,
    give_verb: WordList,
    intransitive: WordList,
    verbal_noun: WordList,
    body_unit: WordList,
    money_noun: WordList,
    cut: WordList,
    /// `比`: a cut only as a word of its own (`增速比上年的` → 增速; never `比例`, `比重`).
    whole_cut: WordList,
    /// `含`, `或称`: words opening a bracketed note on the noun before it.
    note_open: WordList,
    tail: WordList,
    stop: WordList,
    keep: WordList,
    head: WordList,
    link: WordList,
    object_link: WordList,
    region: WordList,
    cumulative: WordList,
    /// Adverbs of a total before the clause's verb (`共`, `一共`): a verb of one character
    /// after them is the predicate too (`该院共做心脏手术` → 心脏手术).
    total: WordList,
    /// Verbs of celebrating before an anniversary (`庆祝`, `纪念`): the event follows them.
    celebrate: WordList,
    distance_cue: WordList,
    /// Units whose figure names a kind, not a number of things (`两孩`, `三孩` in a policy's
    /// name): no subject.
    naming_unit: WordList,
    /// Nouns used as the measure word (`三区`): the figure counts them, no subject.
    noun_unit: WordList,
    /// Places of one character a count counts (`48个县` → 县): the one-character subjects.
    counted_place: WordList,
    /// Words closing a time frame (`至今`, `以来`): a metric before a number starts after them.
    frame_end: WordList,
    /// Frames of circumstance, their opening and closing words (`在…下` in the lexicon): the
    /// metric starts after the closing word.
    circumstance: Vec<(String, String)>,
    duration_noun: WordList,
    increase: WordList,
    decrease: WordList,
    comparative: WordList,
    /// Adverbs that make a duration the time of its clause (`连续`, `未来`).
    time_adverb: WordList,
    /// Words of manner the tagger calls verbs or nouns (`免费`, `上门`): between a
    /// preposition's object and the act they are adverbs of the act.
    manner: WordList,
    /// Words that point to a time (`此后`, `这`): no subject after them either.
    time_deixis: WordList,
    /// Conjunctions that join noun phrases (`和`, `或`).
    conjunctions: WordList,
    /// Adverbs, prepositions and particles that leave both ends of a subject (`也`, `因`).
    function: WordList,
    /// `占`: a cut only right before the number; `X占Y的比重` is one metric.
    share: WordList,
    /// Endings of attributive words (`性`, `式`: `结构性`, `开放式`): such a word after a
    /// count describes the noun after it, a verbal one too (`三个结构性调整` → 结构性调整,
    /// `十几间开放式的诊室` → 开放式的诊室).
    attributive: WordList,
    /// Verbs of saying or showing (`显示`, `表示`): a heading ending in one before a colon
    /// reports a figure and labels nothing (module `labels`).
    report_verb: WordList,
    /// Nouns ending a metric of time (`住院日`, `时间`): a duration after their change verb
    /// changes them (*span metric changed*).
    span_metric: WordList,
    /// `年来`, `月来`: a frame's end right after a count of time (`一年来`).
    span_frame_end: WordList,
    /// Words of degree (`重度`, `轻度`): a verb after one describes the noun after it.
    degree: WordList,
    /// `全国`: a scope word that stays when it opens the metric.
    national: WordList,
    /// `然后`, `以前`: adverbs of time or sequence; a verb right after one is the clause's
    /// predicate, as after an adverb (`，然后步行3公里` → 步行).
    sequence: WordList,
    /// `县`, `市`: a list member opening with one names the one body of that level.
    definite_level: WordList,
    /// `有`, `尚有`: a count after them with only a predicate after it counts those that do it.
    existential: WordList,
    /// `分别`, `依次`: the figures after them go one to each member of the metric before.
    respective: WordList,
    /// `为`, `是` after a count with no noun: the noun phrase after them is what it counts.
    copula: WordList,
    /// Endings of nouns that name people (`者`, `人`, `童`): the end of an age's group.
    person_head: WordList,
    /// Verbs of lasting between what lasted and its duration (`持续`, `历时`).
    duration_link: WordList,
    /// Verbs that lengthen or shorten a span (`延长`, `缩短`) before the duration they add.
    span_change: WordList,
    /// Rates and ratios (`率`, `比例`): after `的` they keep the group they are of.
    rate_head: WordList,
    /// Verbs of a result (`造成`, `导致`): a relative clause closed by one names the cause.
    result_verb: WordList,
    /// Nouns of old age right after an age (`高龄`): they name no group.
    age_word: WordList,
    /// The writer's own place or occasion (`我国`, `本次`) opening a metric: no part of it.
    deictic: WordList,
    /// Lead verbs of having (`设有`) that open a relative clause before `的`.
    relative_lead: WordList,
    /// The nation's names (`全国`, `我国`, `中国`): opening a metric they stay (module `owner`).
    nation: WordList,
    /// Nouns of a count of things (`数量`, `总数`): a body before them is what is counted,
    /// no owner (module `owner`: `湖川省三甲医院数量`).
    count_head: WordList,
    /// Acts after the nouns a count counts (`筛查`, `接种`): they leave a phrase read after it.
    action: WordList,
    /// Comparisons opening a clause (`低于`, `高于`): the clause names no metric of its own.
    compare: WordList,
    /// Approximations that are verbs of comparing (`逾`, `超过`): opening a figure they link
    /// it to the words before, its topic.
    approx_link: WordList,
    /// Heads of a measure besides the rates (`人口`): a verb before them describes them.
    metric_head: WordList,
    /// Units that count acts (`人次`, `例次`): the act closing the noun phrase after them is
    /// what they count (`98人次外科看诊`).
    act_unit: WordList,
    /// Averaging words before a change (`年均`, `平均`): `年均增长17%` names no metric.
    average: WordList,
    /// Words of a mean opening a noun metric (`平均`, `次均`): after an owner they are the
    /// metric's (module `owner`: `临江市平均住院日` → 平均住院日).
    mean: WordList,
    /// Units that count people (`名`, `位`, `人次`) besides the `person_head` nouns.
    people_unit: WordList,
    /// Modal words before the act done within a time limit (`能够`, `可`).
    modal: WordList,
    /// Links of reaching between a metric and an amount before `的` (`达`, `高达`).
    reach: WordList,
    /// Verbs of causing (`使`, `让`): the metric starts after them.
    causative: WordList,
    /// Prepositions of a rate (`按`, `按照`): the metric ends before them.
    rate_preposition: WordList,
    /// Nouns of a level or a goal (`水平`, `目标`) after a share's `的`: they name nothing
    /// measured, so the share keeps the metric before it.
    share_frame: WordList,
    /// The words that qualify a year right after it (`末`, `底`, `上半年`; the `suffix` rows
    /// of `date_modifiers.txt`): a year compared with keeps them (`较2023年末`).
    year_suffix: WordList,
}

/// Built once; holds this extractor's lexicons.
#[derive(Debug)]
pub struct FigureExtractor {
    /// Longest first.
    units: Vec<Unit>,
    /// Words of the lunar calendar (`农历`, `time_words.txt`): the month after one is a
    /// month, no count of months (`农历八月十五`).
    lunar: Vec<String>,
    /// Words after a month in Chinese numerals without 个 that make it a length of time
    /// (`三月时间`, `三月有余`: `month_length` of `time_words.txt`); without one it is a month
    /// of the calendar (`整个九月`, `九月将开展`), no duration.
    month_lengths: Vec<String>,
    not_units: Vec<String>,
    /// Indices into `units` and `not_units` by first character (each list longest first).
    by_first_char: HashMap<char, (Vec<usize>, Vec<usize>)>,
    approx: Vec<ApproxWord>,
    /// The last characters of the approximation words, sorted: most positions end none.
    approx_ends: Vec<char>,
    /// The prefix and bound approximation words, asked before the list is scanned.
    approx_before: WordSet,
    count_infix: Vec<String>,
    count_noun: Vec<String>,
    count_word: Vec<String>,
    /// Longest first.
    currencies: Vec<Currency>,
    /// The last characters of the currencies, sorted: most positions end no currency.
    currency_ends: Vec<char>,
    rank_cues: Vec<String>,
    rank_forms: Vec<String>,
    /// Rank cues that are verbs of winning: the rank is in the category between.
    rank_awards: Vec<String>,
    /// The first characters of `rank_forms`, sorted.
    rank_starts: Vec<char>,
    frequency: Vec<String>,
    /// Verbs before 番 (`翻`, `翻了`): the number counts doublings.
    doubling: Vec<String>,
    /// Measure words of objects, which stand for each other in brackets (`306台(件)`).
    object_units: Vec<String>,
    /// Words after a clause-opening `两人` that make it point back (module `guards`).
    pair_follow: Vec<String>,
    /// Nouns of people after a share's `成` that the word list glues to it (`三成长者`).
    share_people: Vec<String>,
    idioms: WordAutomaton,
    subject: SubjectWords,
    /// `subject.lead_verb`, `subject.cut` and `subject.keep`, each searched in one pass.
    lead_verbs: WordSearch,
    cuts: WordSearch,
    kept: WordSearch,
    /// Heads of organizations' names of two characters or more (`org_suffixes.txt`: 医院,
    /// 中心, 公司; not those that also name a field or a kind, flag `proper`: 医药, 保险):
    /// a noun ending in one before a verb is the clause's agent.
    agent_heads: WordSet,
}

impl Default for FigureExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// The entries of the rows keyed `name` of a keyed lexicon, longest first.
fn role(lexicon: &Lexicon, name: &str) -> Vec<String> {
    longest_first(lexicon.keyed(name).iter().map(|r| r.word().to_string()).collect())
}

impl SubjectWords {
    /// The word classes of `subject_words.txt` (each field read from the rows keyed by its
    /// name) and the conjunctions.
    fn read() -> SubjectWords {
        macro_rules! keyed {
            ($($field:ident),*) => {
                SubjectWords {
                    $($field: WordList::new(role(&SUBJECT_WORDS, stringify!($field))),)*
                    // Object links are links too; they also tell the clause names no metric.
                    link: WordList::new(longest_first(
                        [role(&SUBJECT_WORDS, "link"), role(&SUBJECT_WORDS, "object_link")].concat(),
                    )),
                    conjunctions: WordList::new([role(&CONJUNCTIONS, "and"), role(&CONJUNCTIONS, "or")].concat()),
                    year_suffix: WordList::new(role(&DATE_MODIFIERS, "suffix")),
                    circumstance: role(&SUBJECT_WORDS, "circumstance")
                        .iter()
                        .filter_map(|f| f.split_once('…').map(|(o, c)| (o.to_string(), c.to_string())))
                        .collect(),
                }
            };
        }
        keyed! {
            scope, lead_verb, light_verb, preposition, give_verb, intransitive, verbal_noun, body_unit, money_noun, cut,
            tail, stop, keep, head, object_link, region, cumulative, total, celebrate, distance_cue,
            naming_unit, noun_unit, counted_place, frame_end, duration_noun, increase, decrease, comparative,
            time_adverb, manner, time_deixis, function, share, national, existential, definite_level,
            respective, copula, person_head, duration_link, span_change, rate_head, age_word, deictic,
            relative_lead, nation, count_head, action, compare, approx_link, metric_head, act_unit, average,
            people_unit, modal, reach, causative, rate_preposition, share_frame, attributive, report_verb,
            span_metric, span_frame_end, degree, result_verb, whole_cut, note_open, sequence, mean
        }
    }
}

/// The first characters of `words`, sorted and deduplicated.
fn first_chars(words: &[String]) -> Vec<char> {
    let mut chars: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

fn longest_first(mut v: Vec<String>) -> Vec<String> {
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

/// The first entry of `list` that opens `text` (the longest, for a list kept longest
/// first). The set is asked first: a text no entry opens, most of them, costs one look-up
/// instead of a comparison with every entry.
fn opening<'w>(list: &'w WordList, text: &str) -> Option<&'w String> {
    opening_where(list, text, |_| true)
}

/// [`opening`] for the first entry that also passes `keep`.
fn opening_where<'w>(list: &'w WordList, text: &str, keep: impl Fn(&str) -> bool) -> Option<&'w String> {
    list.opens(text).then(|| list.iter().find(|w| text.starts_with(w.as_str()) && keep(w))).flatten()
}

/// The first entry of `list` that closes `text` and passes `keep`, asked of the set first as
/// [`opening`].
fn closing_where<'w>(list: &'w WordList, text: &str, keep: impl Fn(&str) -> bool) -> Option<&'w String> {
    list.closes(text).then(|| list.iter().find(|w| text.ends_with(w.as_str()) && keep(w))).flatten()
}

/// A ratio of units (a concentration, a dose per weight: `mg/L`, `mg/kg`, `次/分`) measures the
/// metric before it and counts no noun after it, nor opens one after a copula
/// (`0.5mg/kg计算`, `<90g/L为中度贫血`).
fn is_ratio_unit(unit: Option<&str>) -> bool {
    unit.is_some_and(|u| u.contains('/'))
}

/// The closing quotation marks (not book-title marks) a quoted name or statement ends with.
const CLOSING_QUOTES: [char; 4] = ['”', '」', '’', '』'];

/// Whether a number right after the opening quote `prev` starts a quoted name: the rest
/// of the quote reaches its closing mark (or the end) before any clause punctuation. A
/// *quoted statement* (`“七八岁小孩最爱跑，家长要留心。”`) names nothing: its numbers count.
fn opens_quoted_name(prev: Option<char>, rest: &str) -> bool {
    let statement = rest
        .chars()
        .find(|&c| CLOSING_QUOTES.contains(&c) || matches!(c, '，' | '。' | '；' | '！' | '？' | ',' | ';' | '!' | '?'))
        .is_some_and(|c| !CLOSING_QUOTES.contains(&c));
    matches!(prev, Some('“' | '「' | '‘' | '『')) && !statement
}

/// Clause delimiters: a subject never crosses them.
fn is_delimiter(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?' | '\n' | '“' | '”' | '《' | '》')
}

/// True when `before` ends in a preposition of time (`政府将于` before `下年度拨款`): the
/// date after it is when the clause's verb happens, so what precedes is no metric.
fn is_time_frame(before: &str) -> bool {
    before.trim_end().trim_end_matches(OPENING_MARKS).ends_with(['于', '在'])
}

/// The names of a change in % after its metric (门诊量增幅).
const CHANGE_NAMES: [&str; 2] = ["增幅", "降幅"];

/// Links to a member that belongs to the one before (`及其母亲`): the member ends a group.
const OWNER_LINKS: [&str; 3] = ["及其", "和其", "与其"];

/// What may stand between `在`/`于` and the date it frames (`在“十四五”期间`).
const OPENING_MARKS: [char; 4] = ['“', '‘', '《', ' '];

/// A space between two Han characters (`启用智慧病房 投资12亿元`, a headline's separator)
/// parts two phrases, as a comma does.
fn is_han_gap(s: &str, p: usize) -> bool {
    let Some(c @ (' ' | '\u{3000}')) = next_char(s, p) else { return false };
    prev_char(s, p).is_some_and(is_han) && next_char(s, p + c.len_utf8()).is_some_and(is_han)
}

/// *Latin gap*: one space after a unit written in Latin letters and before a Han word
/// (`支持 25W 快充`) is the typesetting of mixed text, no break: `p` past it, else `p`. A
/// bound, an adverb, a pronoun or one character there (`25W 以上`, `99 USD 起`; not `的`) is
/// no noun of the count. (Between two Han characters a space parts phrases: [`is_han_gap`].)
fn past_latin_gap(sentence: &Sentence<'_>, p: usize) -> usize {
    let s = sentence.text;
    let latin = prev_char(s, p).is_some_and(|c| c.is_ascii_alphabetic());
    if !latin || !s[p..].starts_with(' ') || !next_char(s, p + 1).is_some_and(is_han) {
        return p;
    }
    let word = sentence.tokens.get(sentence.token_index(p + 1));
    let bound = |w: &crate::segment::Token<'_>| {
        w.tag.starts_with(['f', 'd', 'p', 'c', 'r', 'm', 'q']) || w.text.chars().count() == 1 && w.text != "的"
    };
    match word {
        Some(w) if w.span.start == sentence.span.start + p + 1 && !bound(w) => p + 1,
        _ => p,
    }
}

/// CJK ideographs and ASCII letters/digits make words; anything else (punctuation, emoji
/// debris, symbols) ends a phrase.
/// The end of an age group written at `p` (`65岁`, `65岁或以上`, `六十岁以下`), else `p`.
fn past_age(s: &str, p: usize) -> usize {
    let digits: usize = s[p..]
        .chars()
        .take_while(|&c| number::is_digit(c) || number::is_chinese_numeral_char(c))
        .map(char::len_utf8)
        .sum();
    let after = p + digits;
    if digits == 0 || !s[after..].starts_with('岁') {
        return p;
    }
    let after = after + '岁'.len_utf8();
    let bound = ["或以上", "及以上", "以上", "或以下", "及以下", "以下"].iter().find(|w| s[after..].starts_with(**w));
    after + bound.map_or(0, |w| w.len())
}

/// A word of two or more characters ending in `至` (`增至`, `减至`, `扩至`, `直至`) leads to a
/// value or a time: no noun a count stands before.
fn reaches_a_value(word: &str) -> bool {
    word.ends_with('至') && word.chars().count() >= 2
}

/// True when the minutes of a clock time start at `i` (`10时30分`, `9点15分`): a number of
/// 分 right after an hour is a time of day, not a score.
fn is_clock_minutes(s: &str, i: usize, unit: Option<&str>) -> bool {
    let Some(hour) = s[..i].strip_suffix(['时', '点']) else { return false };
    unit == Some("分")
        && hour.chars().next_back().is_some_and(|c| number::is_digit(c) || number::is_chinese_numeral_char(c))
}

/// The approximation words of `approx_words.txt`, longest first, and their last characters
/// (sorted, deduplicated).
fn approx_words() -> (Vec<ApproxWord>, Vec<char>) {
    let mut approx: Vec<ApproxWord> = APPROX_WORDS
        .rows()
        .map(|r| ApproxWord {
            word: r.field(1).unwrap_or_default().to_string(),
            position: APPROX_WORDS.variant(r, 0),
            approx: APPROX_WORDS.variant(r, 2),
        })
        .collect();
    approx.sort_by_key(|a| std::cmp::Reverse(a.word.len()));
    let mut ends: Vec<char> = approx.iter().filter_map(|a| a.word.chars().next_back()).collect();
    ends.sort_unstable();
    ends.dedup();
    (approx, ends)
}

/// True when a number of `日` is a day of the month the dates could not place (`18日上午`),
/// not a count of days: a count is a range, approximate (`近10日`, `3日内`), after a
/// counting word (`首10日`, `连续3日`) or before `后`/`内` (`5日后`, `六十日内`).
fn is_day_of_month(s: &str, start: usize, m: &Measure, approx: Approx) -> bool {
    let counted = m.upper.is_some()
        || approx != Approx::Exact
        || prev_char(s, start).is_some_and(|c| DAY_COUNT_PREFIXES.contains(c))
        || s[m.end..].starts_with(['后', '内']);
    // A decimal or a number past 31 counts days (`6.5日`, `90日`).
    let no_day = m.value.fract() != 0.0 || m.value > 31.0;
    m.unit.as_deref() == Some("日") && !counted && !no_day
}

/// *Time after the noun*: a time word at token `k` owning what follows (`目前的情况`,
/// `今后的方向`) opens another phrase; one before a verb, an adverb or a preposition opens the
/// predicate (`108名学员日前顺利结业` → 学员, `20名医生近日将下乡` → 医生; not before an
/// adjective or a verbal noun: `老年友好社区`).
fn time_closes_noun(s: &str, tokens: &[(usize, usize, &str)], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|&(x, y, t)| {
        &s[x..y] == "的" || t == "ad" || t != "vn" && matches!(t.chars().next(), Some('v' | 'd' | 'p'))
    })
}

/// A noun or verbal noun tag (`n…`, `vn`): a word that can head what a figure measures.
fn is_nominal(tag: &str) -> bool {
    tag.starts_with('n') || tag == "vn"
}

/// The token of `sentence` that ends at byte `end` of it, when it is nominal.
fn noun_ending_at<'t, 's>(sentence: &'t Sentence<'s>, end: usize) -> Option<&'t crate::segment::Token<'s>> {
    let at = sentence.span.start + end;
    let k = sentence.tokens.partition_point(|t| t.span.end < at);
    sentence.tokens.get(k).filter(|t| t.span.end == at && is_nominal(t.tag))
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_han(c)
}

/// The longest name a duration after a verb of lasting describes, in characters.
const LASTING_NAME_CHARS: usize = 24;

/// Emoji and their debris (left in text the normalizer has not cleaned) end a clause.
fn is_debris(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27bf | 0x1f000..=0x1faff | 0xfe0f | 0x200d | 0x2b00..=0x2bff)
}

/// A duration before `来`/`以来`, counted back from now (not `来到`, `来自`: a verb of
/// coming); `Some(true)` when `的` follows (`四十五年来的成就`).
fn before_frame_to_now(s: &str, end: usize) -> Option<bool> {
    let rest = s[end..].strip_prefix("以来").or_else(|| s[end..].strip_prefix('来'))?;
    (!rest.starts_with(['到', '自'])).then(|| rest.starts_with('的'))
}

/// *Quality of the counted*: a noun and an adjective (adverbs before it allowed) with `的`
/// right after a count say what the noun after `的` is like (`10名成绩优秀的学生` → 学生,
/// `5户家庭特别困难的村民` → 村民, `20名家境贫寒的学生` → 学生; not the owner read
/// `两个社区的居民` → 社区). The index of the
/// token after `的`, when a noun stands there.
fn quality_clause(s: &str, tokens: &[(usize, usize, &str)]) -> Option<usize> {
    let k = tokens.iter().take(5).position(|&(a, b, _)| &s[a..b] == "的")?;
    let (first, quality) = (tokens.first()?.2, tokens.get(1..k)?);
    let adjective = quality.last().is_some_and(|t| t.2.starts_with('a'))
        && quality.iter().all(|t| t.2.starts_with(['a', 'd']) && next_char(s, t.0).is_some_and(is_han));
    // An idiom alone says it too (`20名家境贫寒的学生`; a set phrase is a relative clause,
    // kept whole: `10个优先发展的学科`).
    let idiom = k == 1 && first == "i";
    let noun_after = tokens.get(k + 1).is_some_and(|t| t.2.starts_with('n'));
    (first.starts_with('n') && adjective || idiom).then_some(k + 1).filter(|_| noun_after)
}

/// `钱` right after a unit of money is the unit's, no noun of what the amount is: with `的`
/// the noun after it is (`十元钱的误餐补助` → 交通补贴), else nothing after it is (`掏出50元钱
/// 送到…`: the clause before says what). The position after it, `None` for nothing.
fn past_money_word(s: &str, p: usize) -> Option<usize> {
    let money_unit = s[..p].ends_with(['元', '块', '角', '毛']);
    match s[p..].strip_prefix('钱') {
        Some(rest) if money_unit => rest.starts_with('的').then_some(p + '钱'.len_utf8()),
        _ => Some(p),
    }
}

/// An aside opened before a number ends the clause its metric is read from: a bracket not
/// closed before the number (`馆舍新貌（附图片3张`: the caption's words are no metric) or a
/// dash of two or more (`新特色——青禾小学掠影`: a title's parts). `head[p..]` starts at `c`.
fn opens_aside(head: &str, p: usize, c: char) -> bool {
    match c {
        // A quotation opened and not closed (建议「唔加300元) too; a closed one may be the metric.
        '「' | '『' => !head[p..].contains(['」', '』']),
        '（' | '(' | '【' | '[' => !head[p..].contains(['）', ')', '】', ']']),
        '—' => head[p + c.len_utf8()..].starts_with('—') || head[..p].ends_with('—'),
        _ => false,
    }
}

/// `6大中医专科`: digits count with `大` too when a noun follows (not `5大于3`, `3大型`).
fn digit_infix(s: &str, end: usize, infix: &str) -> bool {
    infix == "大" && next_char(s, end + infix.len()).is_some_and(|c| is_han(c) && !"于型小量批".contains(c))
}

/// How far (bytes) a rank cue may end before `第N`: a one-character cue (居, 列) a few
/// characters, a verb (荣获, 位居) a short noun phrase.
const RANK_REACH_CHAR: usize = 18;
const RANK_REACH_WORD: usize = 48;

/// *Award category*: after a verb of winning (`rank_award`), the Han words closing the
/// stretch before `第N`, after any date or Latin name (`荣获2024年全省文明单位第一名` →
/// 全省文明单位) name what the rank is in.
fn award_category(between: &str) -> Option<&str> {
    let start = between.char_indices().rev().take_while(|&(_, c)| is_han(c)).last().map(|(p, _)| p)?;
    let tail = between[start..].trim_start_matches(['年', '月', '日', '号', '度']);
    (tail.chars().count() >= 2).then_some(tail)
}

/// How far back (bytes) a frequency word may stand before `一次` in its clause.
const FREQUENCY_REACH: usize = 30;
/// The longest act a time limit names (`到达最近的急救站`), in characters.
const TIME_LIMIT_ACT_CHARS: usize = 12;

/// Most nouns of the whole after a share word (`占全盟`, `占全市农村人口`).
const MAX_SHARE_WHOLE_TOKENS: usize = 3;
/// Most characters of a rate base (`每千瓦时`, `每人每年`) before an amount.
const RATE_BASE_CHARS: usize = 6;

/// Units of time that a bare 一 counts without an approximation (`一小时`, `一个月`): unlike
/// `一年`, `一天` they seldom set the time of the clause.
const COUNTED_TIME_UNITS: [&str; 5] = ["小时", "个小时", "个月", "分钟", "个星期"];

/// Units of time that 半 halves as a figure (`半年`, `半小时`; not `半天`, `半月`).
const HALF_TIME_UNITS: [&str; 4] = ["年", "小时", "个小时", "个月"];

/// The quantity part of a figure before its context is read.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    value: f64,
    upper: Option<f64>,
    /// Percent from a ratio form (fraction, 百分之, 成).
    percent: bool,
    form: NumberForm,
    magnitude: bool,
    /// Two neighbouring numerals read as a vague range (`七八个`, `三四十名`).
    vague: bool,
    end: usize,
}

/// What one token does to the noun phrase read after a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PhraseStep {
    /// The token belongs to the phrase, which now ends after it.
    Take,
    /// A conjunction between nouns: on to the next token, the end unchanged.
    Pass,
    /// A gloss in parentheses: the phrase ends after its closing parenthesis.
    Through(usize),
    /// The phrase ends here, at this offset.
    EndAt(usize),
    /// The phrase ends before this token.
    Stop,
}

/// Longest parenthesized gloss (bytes, parentheses included) that still joins a noun.
const MAX_GLOSS_BYTES: usize = 30;

/// Where the metric of a clause starts (see `FigureExtractor::metric_start`).
enum MetricStart {
    /// At this offset of the clause.
    From(usize),
    /// At the clause's verb, which is the whole metric.
    Verb(usize),
}

/// What a quantity measures, read after it (phase 3 of `figure_at`).
#[derive(Debug, Clone)]
struct Measure {
    /// The value, scaled by an inner magnitude (20余万 → 200000).
    value: f64,
    upper: Option<f64>,
    unit: Option<String>,
    kind: FigureKind,
    /// End of the figure so far.
    end: usize,
    /// Where the counted words start when the count names them (六统一 → 统一).
    count_subject_start: Option<usize>,
    /// The counted noun itself, when it is the subject.
    count_noun: Option<String>,
    /// The unit counts in steps of ten or more (七旬: somewhere in the seventies), so the
    /// figure is approximate unless a word around it says more.
    rounded: bool,
}

/// Spans of a sentence (sentence coordinates, sorted, non-overlapping) that figures must
/// not use: `all` (dates and fixed expressions) and the `dates` alone.
struct Claims {
    all: Vec<Span>,
    dates: Vec<Span>,
}

impl Claims {
    /// Whether a claimed span that is no date (an idiom, an opaque name) ends at `i`.
    fn idiom_ends_at(&self, i: usize) -> bool {
        let k = self.all.partition_point(|c| c.end < i);
        self.all.get(k).is_some_and(|c| c.end == i) && !self.dates.iter().any(|d| d.end == i)
    }
}

/// The figure found last in the sentence: where it ends and what it counts.
#[derive(Debug, Clone, Copy)]
struct PrevFigure<'a> {
    /// Where the figure starts when it is an age (`60岁以上人口`: the age is part of the noun).
    age_start: Option<usize>,
    end: usize,
    subject: Option<&'a str>,
}

/// What the scanner does at one position.
enum Step {
    Found(Figure<Span>, usize),
    /// Not a figure; continue after this offset (the whole number or formula).
    Skip(usize),
    Nothing,
}

impl FigureExtractor {
    pub fn new() -> Self {
        let mut units: Vec<Unit> = UNITS
            .rows()
            .map(|r| Unit {
                surface: r.word().to_string(),
                normalized: r.field(1).unwrap_or_default().to_string(),
                kind: UNITS.variant(r, 2),
                factor: r.field(3).and_then(|f| f.parse().ok()).unwrap_or(1.0),
            })
            .collect();
        units.sort_by_key(|u| std::cmp::Reverse(u.surface.len()));
        let not_units = longest_first(NOT_UNITS.words().map(str::to_string).collect());
        let (approx, approx_ends) = approx_words();
        let approx_before = WordSet::from_words(
            approx
                .iter()
                .filter(|a| matches!(a.position, ApproxPosition::Prefix | ApproxPosition::Bound))
                .map(|a| &a.word),
        );
        let idioms: Vec<&str> = NUMERAL_IDIOMS.words().collect();
        let idioms = WordAutomaton::new(idioms, MatchKind::LeftmostLongest);
        let mut currencies: Vec<Currency> = CURRENCIES
            .rows()
            .filter_map(|r| Some(Currency { surface: r.word().to_string(), unit: r.field(1)?.to_string() }))
            .collect();
        currencies.sort_by_key(|c| std::cmp::Reverse(c.surface.len()));
        let mut currency_ends: Vec<char> = currencies.iter().filter_map(|c| c.surface.chars().next_back()).collect();
        currency_ends.sort_unstable();
        currency_ends.dedup();
        let mut by_first_char: HashMap<char, (Vec<usize>, Vec<usize>)> = HashMap::default();
        for (k, u) in units.iter().enumerate() {
            if let Some(c) = u.surface.chars().next() {
                by_first_char.entry(c).or_default().0.push(k);
            }
        }
        for (k, w) in not_units.iter().enumerate() {
            if let Some(c) = w.chars().next() {
                by_first_char.entry(c).or_default().1.push(k);
            }
        }
        let subject = SubjectWords::read();
        let rank_forms = role(&FIGURE_WORDS, "rank_form");
        FigureExtractor {
            units,
            lunar: role(&TIME_WORDS, "lunar"),
            month_lengths: role(&TIME_WORDS, "month_length"),
            not_units,
            by_first_char,
            approx,
            approx_before,
            approx_ends,
            count_infix: role(&FIGURE_WORDS, "count_infix"),
            count_noun: role(&FIGURE_WORDS, "count_noun"),
            count_word: role(&FIGURE_WORDS, "count_word"),
            currencies,
            currency_ends,
            rank_cues: role(&FIGURE_WORDS, "rank_cue"),
            rank_starts: first_chars(&rank_forms),
            rank_forms,
            rank_awards: role(&FIGURE_WORDS, "rank_award"),
            frequency: role(&FIGURE_WORDS, "frequency"),
            doubling: role(&FIGURE_WORDS, "doubling"),
            object_units: role(&FIGURE_WORDS, "object_unit"),
            pair_follow: role(&FIGURE_WORDS, "pair_follow"),
            share_people: role(&FIGURE_WORDS, "share_people"),
            idioms,
            lead_verbs: WordSearch::new(&subject.lead_verb),
            cuts: WordSearch::new(&subject.cut),
            kept: WordSearch::new(&subject.keep),
            agent_heads: WordSet::from_words(
                ORG_SUFFIXES
                    .rows()
                    .filter(|r| !r.fields().contains(&"proper"))
                    .map(|r| r.word())
                    .filter(|w| w.chars().count() >= 2),
            ),
            subject,
        }
    }

    /// Finds the figures of `doc` (outside the date spans already in `facts`) and pushes
    /// them into `facts.figures`.
    pub fn extract(&self, doc: &Doc<'_>, facts: &mut Facts) {
        let mut date_spans: Vec<Span> = facts.dates.iter().map(|d| d.mention).collect();
        date_spans.sort();
        for sentence in doc.sentences() {
            let base = sentence.span.start;
            let claims = self.claims(&sentence, &date_spans);
            let claimed = &claims.all;
            let s = sentence.text;
            let mut found: Vec<Figure<Span>> = Vec::new();
            let mut i = 0;
            let mut last_end = 0;
            let mut next_claim = 0;
            while i < s.len() {
                while next_claim < claimed.len() && claimed[next_claim].end <= i {
                    next_claim += 1;
                }
                if let Some(c) = claimed.get(next_claim).filter(|c| c.start <= i) {
                    i = c.end;
                    // A date ends the words a duration may name; an idiom is one of them
                    // (二级以上医院平均住院日).
                    if claims.dates.iter().any(|d| d.start < c.end && c.start < d.end) {
                        last_end = last_end.max(c.end);
                    }
                    continue;
                }
                let Some(ch) = next_char(s, i) else { break };
                // Most characters start no quantity: `figure_at` (Step::Nothing) is not asked.
                if !self.may_start_quantity(&s[i..]) {
                    i += ch.len_utf8();
                    continue;
                }
                let prev = found.last().map(|f: &Figure<Span>| PrevFigure {
                    age_start: (f.kind == FigureKind::Age).then_some(f.mention.start),
                    end: f.mention.end,
                    subject: f.subject.as_deref(),
                });
                match self.figure_at(&sentence, i, &claims, last_end, prev) {
                    Step::Found(f, end) => {
                        last_end = end;
                        i = end.max(i + ch.len_utf8());
                        found.push(f);
                    }
                    Step::Skip(end) => i = end.max(i + ch.len_utf8()),
                    Step::Nothing => i += ch.len_utf8(),
                }
            }
            self.respective_lists(&sentence, &claims.dates, &mut found);
            self.trajectory_topics(&sentence, &mut found);
            self.score_subjects(&sentence, &mut found);
            self.level_subjects(&sentence, &mut found);
            for mut f in found {
                f.mention = f.mention.shift(base);
                facts.figures.push(f);
            }
        }
    }

    /// *Magnitude before a unit*: an idiom of magnitude words alone (`千万`, "by all means")
    /// before a unit is the number it spells (`千万元以上`, `上千万元`).
    /// So is one after an approximation or a colloquial magnitude word that closes its phrase
    /// (*level passed*: `年销售额过千万的品牌`, `突破千万。`; not `路上千万要小心`).
    fn magnitude_before_unit(&self, s: &str, m: &aho_corasick::Match) -> bool {
        let closes = || next_char(s, m.end()).map_or(true, |c| !is_word_char(c) || c == '的');
        let passed = || {
            self.approx.iter().any(|a| {
                matches!(a.position, ApproxPosition::Prefix | ApproxPosition::Magnitude)
                    && s[..m.start()].ends_with(&a.word)
            })
        };
        s[m.start()..m.end()].chars().all(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
            && (self.unit_at(s, m.end()).is_some() || passed() && closes())
    }

    /// The spans of `sentence` (sentence coordinates, merged) that figures must not use: the
    /// dates of `date_spans` (document coordinates, sorted) and fixed expressions.
    fn claims(&self, sentence: &Sentence<'_>, date_spans: &[Span]) -> Claims {
        let base = sentence.span.start;
        // Claimed spans in sentence coordinates: dates and fixed expressions.
        let first = date_spans.partition_point(|d| d.end <= sentence.span.start);
        let mut claimed: Vec<Span> = date_spans[first..]
            .iter()
            .take_while(|d| d.start < sentence.span.end)
            .map(|d| Span::new(d.start.saturating_sub(base), d.end.saturating_sub(base)))
            .collect();
        let dates = claimed.clone();
        // An idiom inside a longer numeral (一亿二千万 holds 千万) is no idiom.
        let in_numeral = |p: usize| {
            prev_char(sentence.text, p).is_some_and(|c| number::is_digit(c) || number::is_chinese_numeral_char(c))
        };
        // Nor is one before 之: the denominator of a fraction (万分之三, 十分之一).
        let fraction = |e: usize| {
            sentence.text[e..]
                .strip_prefix('之')
                .and_then(|r| r.chars().next())
                .is_some_and(|c| number::is_digit(c) || number::is_chinese_numeral_char(c))
        };
        claimed.extend(
            self.idioms
                .find_iter(sentence.text)
                .filter(|m| {
                    !in_numeral(m.start()) && !fraction(m.end()) && !self.magnitude_before_unit(sentence.text, m)
                })
                .map(|m| Span::new(m.start(), m.end())),
        );
        claimed.extend(self.opaque_names(sentence.text));
        claimed.sort();
        // Merged, so that starts and ends both ascend (binary searches below rely on it).
        let mut merged: Vec<Span> = Vec::with_capacity(claimed.len());
        for c in claimed {
            match merged.last_mut() {
                Some(last) if c.start < last.end => last.end = last.end.max(c.end),
                _ => merged.push(c),
            }
        }
        Claims { all: merged, dates }
    }

    /// The figure that starts at byte `i` of the sentence, read in phases: the quantity,
    /// an approximation inside it, its unit and kind, the words around it, its subject.
    fn figure_at(
        &self,
        sentence: &Sentence<'_>,
        i: usize,
        claims: &Claims,
        last_end: usize,
        prev: Option<PrevFigure<'_>>,
    ) -> Step {
        let s = sentence.text;
        let currency = self.currency_before(s, i);
        let q = match self.quantity_at(sentence, i, claims, currency) {
            Ok(q) => q,
            Err(step) => return step,
        };
        let (approx, end, scale) = self.inner_approx(s, &q);
        let approx = if q.vague { Approx::About } else { approx };
        let mut m = match self.measure(s, i, &q, currency, end, scale) {
            Ok(m) => m,
            Err(step) => return step,
        };
        if is_clock_minutes(s, i, m.unit.as_deref()) {
            return Step::Skip(m.end);
        }
        let mut approx = approx;
        let start = self.widen(sentence, i, currency, &mut m, &mut approx);
        if m.rounded && approx == Approx::Exact {
            approx = Approx::About;
        }
        if approx == Approx::Exact {
            approx = self.paired_bound(s, m.end).unwrap_or(approx);
        }
        if is_day_of_month(s, start, &m, approx) {
            return Step::Skip(m.end);
        }
        // An approximation word read into a date (`0%以上年`: 上年) makes no figure.
        let k = claims.dates.partition_point(|d| d.end <= start);
        if claims.dates.get(k).is_some_and(|d| d.start < m.end) {
            return Step::Skip(end);
        }
        let date_after = claims.dates.get(k).map(|d| d.start);
        if self.not_a_figure(s, start, &m, date_after) || self.vague_multiple(sentence, start) {
            return Step::Skip(m.end);
        }
        let mut subject = self
            .subject_of(sentence, &m, start, last_end, &claims.dates, prev)
            .or_else(|| self.colon_label(sentence, start, m.end))
            .or_else(|| self.filled_subject(sentence, m.kind, (start, m.end)));
        if let Some(first) = self.converted_subject(s, start, m.kind, prev) {
            // 15美元，约合人民币108元: the converted amount measures what the first one does.
            subject = Some(first.to_string());
        }
        if self.paired_second(s, i) {
            // 140/90mmHg: the second reading measures what the first does.
            subject = prev.filter(|p| p.end + 1 == i).and_then(|p| p.subject).map(str::to_string);
        }
        if m.unit.is_none() && self.trajectory_end(s, i, m.end) {
            // 从1272到4: the second number measures what the first does.
            subject = prev.and_then(|p| p.subject).map(str::to_string);
        }
        let Measure { value, upper, unit, kind, end, .. } = m;
        let figure = Figure { value, upper, unit, kind, approx, subject, mention: Span::new(start, end) };
        Step::Found(figure, end)
    }

    /// False when no phase 1 reading can start `rest` (its first character begins no
    /// number, rank, 半 or 一半): most positions of a sentence, skipped before any look-up.
    fn may_start_quantity(&self, rest: &str) -> bool {
        let Some(c) = rest.chars().next() else { return false };
        number::is_digit(c)
            || number::is_chinese_numeral_char(c)
            || matches!(c, '第' | '半')
            || rest.starts_with("百分之")
            || self.rank_starts.binary_search(&c).is_ok()
            || matches!(c, '前' | 'T' | 't')
    }

    /// A bare magnitude word read as an approximate quantity: after an approximation word
    /// (`逾百万人`, `近千名`), or before 余/多 (`万余居民`, `千余名`; not `数千`, `几百`).
    fn bare_magnitude(&self, sentence: &Sentence<'_>, i: usize, prev: Option<char>) -> Option<Quantity> {
        let s = sentence.text;
        let after_approx = || self.approx_before(s, i).is_some() || self.magnitude_prefix(sentence, i).is_some();
        // 百万元以上: a unit and a bound after it approximate the magnitude as 余 does.
        let bounded_unit = |e: usize| {
            self.unit_at(s, e)
                .is_some_and(|u| ["以上", "以下", "左右"].iter().any(|w| s[e + u.surface.len()..].starts_with(w)))
        };
        let bare_approx = |e: usize| {
            (["余", "多"].iter().any(|w| s[e..].starts_with(w)) || bounded_unit(e))
                && !prev.is_some_and(|p| "数几成上好".contains(p))
        };
        let n = number::scan_magnitude(s, i)
            .filter(|n| after_approx() || bare_approx(n.span.end) || self.magnitude_counts(s, i, n.span.end, prev))?;
        Some(Quantity {
            value: n.value,
            upper: None,
            percent: false,
            form: NumberForm::Chinese,
            magnitude: true,
            vague: false,
            end: n.span.end,
        })
    }

    /// *Bare magnitude before a unit*: `百款好物`, `千人`, `百年` — a bare 百 or 千 at `i..e`
    /// right before a measure word counts (a bare `亿元` is a number lost from the text, `百万年薪`
    /// a magnitude before a noun); not one that is a unit with it (`千米`,
    /// `百分点`), nor before 分 (`百分百`), nor after 每 (a rate's base: `每千人口`) or a word
    /// that makes it vague (`数百人`, `几千名`).
    fn magnitude_counts(&self, s: &str, i: usize, e: usize, prev: Option<char>) -> bool {
        matches!(&s[i..e], "百" | "千")
            && self.unit_at(s, i).is_none()
            && self.unit_at(s, e).is_some_and(|u| !u.surface.starts_with('分'))
            && !prev.is_some_and(|p| "每数几成上好".contains(p))
    }

    /// Phase 1: the quantity starting at `i` — or the step to take when there is none (a
    /// rank, a code or word around a number, a formula, the article 一, a quoted name, a
    /// claimed span).
    fn quantity_at(
        &self,
        sentence: &Sentence<'_>,
        i: usize,
        claims: &Claims,
        currency: Option<(usize, &str)>,
    ) -> Result<Quantity, Step> {
        let s = sentence.text;
        let Some(c) = next_char(s, i) else { return Err(Step::Nothing) };
        let prev = prev_char(s, i);
        if let Some(step) = self.rank_at(sentence, i) {
            return Err(step);
        }
        if let Some(q) = self.half_duration(s, i).or_else(|| one_half(s, i)).or_else(|| self.half_share(s, i)) {
            return Ok(q);
        }
        let starts_number = number::is_digit(c) || number::is_chinese_numeral_char(c) || s[i..].starts_with("百分之");
        if !starts_number {
            return Err(Step::Nothing);
        }
        // Inside a code, a word or a longer numeral (one closing an idiom's word is not: 队伍3000人).
        if currency.is_none()
            && !plus_joins_items(s, i)
            && prev.is_some_and(|p| {
                p.is_ascii_alphanumeric()
                    || matches!(p, '.' | '+' | '-' | '_' | '/' | '第')
                    || number::is_chinese_numeral_char(p) && !claims.idiom_ends_at(i)
            })
            && !self.opened_by_sign_or_pair(s, i)
        {
            return Err(Step::Skip(skip_token(s, i)));
        }
        let q = self.quantity(s, i).or_else(|| self.bare_magnitude(sentence, i, prev));
        let Some(q) = q else { return Err(Step::Nothing) };
        let end = q.end;
        // 每年1至3月: months of every year, neither a date nor a duration; a range of
        // months without 个 (`，6至8月会有高峰`) names months of the calendar too.
        if (s[..i].ends_with("每年") || q.upper.is_some()) && s[end..].starts_with('月') {
            return Err(Step::Skip(end));
        }
        // 1/4决赛, 八分之一决赛: a fraction naming a round of a contest is no share.
        if q.percent && s[end..].starts_with("决赛") {
            return Err(Step::Skip(end));
        }
        // 农历八月十五, 整个九月里: a month of a calendar, neither a date nor a duration.
        if self.calendar_month(s, i, &q) {
            return Err(Step::Skip(end));
        }
        // Formulas (1+10+X) and codes (ICP备2021034286号, 5G) are not quantities.
        if next_char(s, end).is_some_and(|n| n == '+' || n.is_ascii_alphabetic() || n == '_')
            && !self.latin_unit(s, end)
        {
            return Err(Step::Skip(skip_token(s, end)));
        }
        // A bare 一 is an article (一批, 一支, 一个), except in 一成 (10 %).
        let one = q.form == NumberForm::Chinese && q.value == 1.0 && q.upper.is_none() && !q.percent;
        let doubling = self.doubling(s, i, end);
        if one && !doubling && !self.one_counts(s, i, end) {
            return Err(Step::Skip(end));
        }
        // 番 counts doublings only after a verb of doubling (翻了一番; not 一番努力).
        if s[end..].starts_with('番') && !doubling {
            return Err(Step::Skip(end));
        }
        // A quoted name is opaque: “四大信息化平台”, “四优驱动” — unless the quote is the
        // count itself (“三统一”).
        if q.form == NumberForm::Chinese && self.opens_quoted_name_at(s, i, end, prev) {
            if let Some(f) = self.quoted_count(sentence, i, end) {
                let e = f.mention.end;
                return Err(Step::Found(f, e));
            }
            return Err(Step::Skip(end));
        }
        let claimed = &claims.all;
        let k = claimed.partition_point(|c| c.end <= i);
        if claimed.get(k).is_some_and(|c| c.start < end) {
            return Err(Step::Skip(end));
        }
        Ok(q)
    }

    /// `半年`, `半小时`, `接近半年`: 半 before a unit of time is half of it — not a half of
    /// the year named by a date (`上半年`, `前半年`), nor `半年度`, `半年报`.
    fn half_duration(&self, s: &str, i: usize) -> Option<Quantity> {
        let end = i + '半'.len_utf8();
        let u = s[i..].starts_with('半').then(|| self.unit_at(s, end)).flatten()?;
        let after = end + u.surface.len();
        let ok = HALF_TIME_UNITS.contains(&u.surface.as_str())
            && !prev_char(s, i).is_some_and(|p| "上下前后每这那多个一两".contains(p))
            && !next_char(s, after).is_some_and(|c| matches!(c, '度' | '报' | '刊' | '载'));
        ok.then_some(Quantity {
            value: 0.5,
            upper: None,
            percent: false,
            form: NumberForm::Chinese,
            magnitude: false,
            vague: false,
            end,
        })
    }

    /// `一年多`, `近一年`, `约一小时`: 一 before a unit of time with an approximation counts
    /// it (not `一年一度`, `新的一年`, `每一年`).
    fn one_duration(&self, s: &str, i: usize, end: usize) -> bool {
        let at = match ["多", "个多", "个余", "个半"].iter().find(|w| s[end..].starts_with(**w)) {
            Some(w) => end + w.len(),
            None => end,
        };
        let Some(u) = self.unit_at(s, at).or_else(|| self.unit_at(s, end)) else { return false };
        let after = s[end..].find(u.surface.as_str()).map_or(end, |p| end + p + u.surface.len());
        // An approximation makes it an amount (近一年, 约一小时, 一年多, 一年有余, 一年以上,
        // 一天左右), and so does a limit (一年内实现: under, as 3年内 and FACTS's `内`, round
        // 62); alone, 一年, 一天 mostly set the time of the clause (新的一年, 过去一年).
        let approximate = at > end
            || ["多", "余", "有余", "半", "以上", "以下", "左右", "内", "以内"]
                .iter()
                .any(|w| s[after..].starts_with(w))
            || self.approx_word_before(s, i).is_some();
        // 这一个多月, 有一个多月: an approximation inside the count makes it one after a
        // demonstrative or 有 too (not 这一年, 有一天).
        let after_any = |chars: &str| prev_char(s, i).is_some_and(|p| chars.contains(p));
        // *Time it takes*: `一年的时间`, `用一天时间` measure a span (after 有 too: `需要有一年的时间`).
        let time_taken = ["的时间", "时间"].iter().any(|w| s[after..].starts_with(w));
        let bound = after_any("有每这那同第哪某任整唯") && !((at > end || time_taken) && after_any("有这那"))
            || time_taken && after_any("这那");
        u.kind == FigureKind::Duration
            && (approximate || time_taken || COUNTED_TIME_UNITS.contains(&u.surface.as_str()))
            && !(u.surface == "周年" || u.surface == "月" && !s[end..].starts_with('个'))
            && !bound
    }

    /// `翻一番`, `翻了两番`: a number before 番 right after a verb of doubling (role
    /// `doubling` of `figure_words.txt`) counts the doublings.
    fn doubling(&self, s: &str, i: usize, end: usize) -> bool {
        s[end..].starts_with('番') && self.doubling.iter().any(|w| s[..i].ends_with(w.as_str()))
    }

    /// *Calendar month*: a month of the lunar calendar (`农历八月十五`: after a `lunar` word),
    /// and `九月`, `十二月` — a month in Chinese numerals (not `两`) right before 月 without 个,
    /// and no `month_length` word after it — a month of the calendar (`整个九月里`; `三月时间`
    /// stays a duration).
    fn calendar_month(&self, s: &str, i: usize, q: &Quantity) -> bool {
        let Some(rest) = s[q.end..].strip_prefix('月') else { return false };
        if self.lunar.iter().any(|w| s[..i].ends_with(w.as_str())) {
            return true;
        }
        let month = q.form == NumberForm::Chinese && q.upper.is_none() && (1.0..=12.0).contains(&q.value);
        month
            && q.value.fract() == 0.0
            && !s[i..q.end].starts_with('两')
            && !self.month_lengths.iter().any(|w| rest.starts_with(w.as_str()))
    }

    /// A Chinese `一` that counts (`一成`, `一年多`, `每月一次`, `约一米`, `增加一倍`), not the
    /// article.
    fn one_counts(&self, s: &str, i: usize, end: usize) -> bool {
        s[end..].starts_with('成')
            || self.one_duration(s, i, end)
            || self.one_per_period(s, i, end)
            || self.one_measure(s, i, end)
            || self.multiplied(s, i, end)
    }

    /// *Multiplied*: `增加一倍`, `提高了一倍`: 一 before 倍 right after a verb of increase (role
    /// `increase` of `subject_words.txt`, `了` allowed) or of doubling counts the times.
    fn multiplied(&self, s: &str, i: usize, end: usize) -> bool {
        let before = s[..i].strip_suffix('了').unwrap_or(&s[..i]);
        s[end..].starts_with('倍')
            && (self.subject.increase.closes(before) || self.doubling.iter().any(|w| s[..i].ends_with(w.as_str())))
    }

    /// *Half as a share*: `半数` (`近半数村民`, `半数以上`) and a 半 right after an
    /// approximation word (`近半受访者`) are 50 % — not a half of a unit (`近半个世纪`, `近半年`)
    /// nor a word opening with 半 (`半径`), nor after 一, 另, 大 or a side (`上半`); after 过
    /// (`过半`, `magnitude` words of `approx_words.txt`) it is over half.
    fn half_share(&self, s: &str, i: usize) -> Option<Quantity> {
        if !s[i..].starts_with('半') {
            return None;
        }
        let after = i + '半'.len_utf8();
        let numbered = s[i..].starts_with("半数");
        // 近半, and 过半 (a `magnitude` word of `approx_words.txt`; not 上半, a side).
        let approx_before = self.approx_before(s, i).is_some()
            || self.approx.iter().any(|a| a.position == ApproxPosition::Magnitude && s[..i].ends_with(&a.word));
        let approximated = approx_before
            && self.unit_at(s, after).is_none()
            && !next_char(s, after).is_some_and(|c| "个径岛夜导场边价年月天日数".contains(c));
        let bound = prev_char(s, i).is_some_and(|p| "一另大上下前后多".contains(p));
        let ok = (numbered || approximated) && !bound;
        ok.then(|| half_percent(if numbered { after + '数'.len_utf8() } else { after }))
    }

    /// `每月一次`: 一 before 次 after a frequency word counts the times — right after it, or
    /// a few characters later in its clause (*frequency in the clause*: `每年都来做一次`).
    fn one_per_period(&self, s: &str, i: usize, end: usize) -> bool {
        if !s[end..].starts_with('次') {
            return false;
        }
        let from = floor_char_boundary(s, i.saturating_sub(FREQUENCY_REACH));
        let clause = s[from..i].rsplit(is_delimiter).next().unwrap_or("");
        self.frequency.iter().any(|f| clause.contains(f.as_str()))
    }

    /// `约一米`, `近一公里`: 一 with an approximation word before a unit of measure (kind
    /// `other`) is an amount, not the article.
    fn one_measure(&self, s: &str, i: usize, end: usize) -> bool {
        self.approx_before(s, i).is_some() && self.unit_at(s, end).is_some_and(|u| u.kind == FigureKind::Other)
    }

    /// Phase 2: an approximation word inside the figure (20余种, 100多家), which counts only
    /// before a unit; 20余万人 scales by the magnitude. Returns the approximation, the end
    /// of the quantity and the scale.
    fn inner_approx(&self, s: &str, q: &Quantity) -> (Approx, usize, f64) {
        let inner =
            |p: usize| self.approx.iter().find(|a| a.position == ApproxPosition::Inner && s[p..].starts_with(&a.word));
        let end = spaced(s, q.end, |p| inner(p).is_some());
        // 两个多月: the approximation stands inside 个月.
        if let Some(a) = s[end..].strip_prefix('个').and_then(|_| inner(end + '个'.len_utf8())) {
            let after = end + '个'.len_utf8() + a.word.len();
            if !q.percent && self.unit_at(s, after).is_some_and(|u| u.kind == FigureKind::Duration) {
                return (a.approx, after, 1.0);
            }
        }
        // 5个亿, 3个多亿元: spoken 个 before 亿 is filler; the magnitude scales the number (not
        // 两个亿元户: households of that wealth).
        if let Some(after) = s[end..].strip_prefix('个').map(|_| end + '个'.len_utf8()).filter(|_| !q.percent) {
            let (approx, at) = inner(after).map_or((Approx::Exact, after), |a| (a.approx, after + a.word.len()));
            let filler = |m: &number::Number| m.value >= 1e8 && !s[m.span.end..].starts_with("元户");
            if let Some(m) = number::scan_magnitude(s, at).filter(filler) {
                return (approx, m.span.end, m.value);
            }
        }
        if let Some(a) = inner(end) {
            let after = end + a.word.len();
            // 20余万人; 40 多万， (a magnitude closing the clause); 300多万人口 (a noun after it,
            // as after 300万).
            let magnitude = number::scan_magnitude(s, after).filter(|m| {
                self.unit_at(s, m.span.end).is_some()
                    || next_char(s, m.span.end).map_or(true, |c| is_delimiter(c) || is_han(c))
            });
            if !q.percent && (self.unit_at(s, after).is_some() || magnitude.is_some()) {
                return (a.approx, magnitude.map_or(after, |m| m.span.end), magnitude.map_or(1.0, |m| m.value));
            }
        }
        (Approx::Exact, q.end, 1.0)
    }

    /// Phase 3: what the quantity measures — a currency before it, a percentage, 成, a unit
    /// (with a range that repeats it), a counted noun or word — or `Err` to skip a number
    /// that measures nothing.
    fn measure(
        &self,
        s: &str,
        i: usize,
        q: &Quantity,
        currency: Option<(usize, &str)>,
        end: usize,
        scale: f64,
    ) -> Result<Measure, Step> {
        let mut m = Measure {
            value: q.value * scale,
            upper: q.upper,
            unit: None,
            kind: FigureKind::Count,
            end,
            count_subject_start: None,
            count_noun: None,
            rounded: false,
        };
        if let Some(cur) = currency.filter(|_| !q.percent) {
            // 港币3000万元, HK$2.5亿: the currency names the unit; a plain 元 joins the span.
            m.unit = Some(cur.1.to_string());
            m.kind = FigureKind::Money;
            if let Some(u) = self.unit_at(s, m.end).filter(|u| u.kind == FigureKind::Money) {
                if u.normalized != "元" {
                    m.unit = Some(u.normalized.clone());
                }
                m.end += u.surface.len();
            }
        } else if q.percent {
            m.unit = Some("%".to_string());
            m.kind = FigureKind::Percent;
        } else if let Some(u) = self.tenths_at(s, i, m.end, q) {
            // 七成 → 70 %; a range's end too (三到五成, 七八成 → 30 / 50, 70 / 80).
            m.value = q.value * 10.0;
            m.upper = q.upper.map(|u| u * 10.0);
            m.unit = Some("%".to_string());
            m.kind = FigureKind::Percent;
            m.end = u;
            tenths_range(s, &mut m);
            half_after(s, &mut m, 5.0);
            tenth_digit(s, &mut m);
        } else if let Some(u) = self.counted_half_time(s, m.end) {
            // 一个半小时, 两个半月: 个 + 半 + a unit of time adds a half; the spoken 个 stays
            // in the unit as in 三个小时 (一个半小时 → 个小时).
            m.value += 0.5;
            m.unit = Some(self.spoken_unit(u));
            m.kind = u.kind;
            m.end += "个半".len() + u.surface.len();
        } else if let Some(u) = self.unit_after(s, m.end, q) {
            m.unit = Some(u.normalized.clone());
            m.kind = u.kind;
            scale_by_unit(u, &mut m);
            let at = spaced(s, m.end, |p| self.unit_at(s, p).is_some());
            m.count_noun = self.closing_people(&s[at..], u).map(str::to_string);
            m.end = at + u.surface.len();
            if !self.change_then_level(s, i, m.value, u, m.end) {
                self.repeated_unit_range(s, u, &mut m);
            }
            self.alternative_unit(s, u, &mut m);
            minutes_seconds(s, &u.surface, &mut m);
            spoken_meters(s, &u.surface, &mut m);
            if u.normalized == "元" && m.upper.is_none() {
                (m.value, m.end) = self.coins(s, m.value, m.end);
            }
            half_after(s, &mut m, 0.5);
            if u.surface == "个" {
                // 29个、14个和16个百分点: the list's unit.
                if let Some((unit, kind)) = self.list_unit(s, m.end, true) {
                    m.unit = Some(unit.to_string());
                    m.kind = kind;
                }
            }
        } else if !self.paired_first(s, q, &mut m) && !self.paired_second_bare(s, i, &mut m) {
            self.counted(s, i, q, scale > 1.0, &mut m)?;
        }
        Ok(m)
    }

    /// The unit `u` with the spoken `个` before it, when the lexicon has one (`小时` →
    /// `个小时`, `月` → `个月`); else `u` itself.
    fn spoken_unit(&self, u: &Unit) -> String {
        let spoken = format!("个{}", u.surface);
        self.unit_at(&spoken, 0)
            .filter(|v| v.surface == spoken)
            .map_or_else(|| u.normalized.clone(), |v| v.normalized.clone())
    }

    /// *Counted half*: `个半` then a unit of time (`一个半小时`, `两个半月`) — the unit after
    /// the half, which adds 0.5 to the count.
    fn counted_half_time(&self, s: &str, end: usize) -> Option<&Unit> {
        let at = end + s[end..].starts_with("个半").then_some("个半".len())?;
        self.unit_at(s, at).filter(|u| u.kind == FigureKind::Duration && !u.surface.starts_with('个'))
    }

    /// 306台(件): a measure word of objects `u` with another one in brackets after it keeps
    /// both (`台（件）`); the bracket joins the span. `家(人)` counts two kinds of thing and
    /// keeps its first unit.
    fn alternative_unit(&self, s: &str, u: &Unit, m: &mut Measure) {
        let object = |u: &Unit| self.object_units.contains(&u.normalized);
        if !object(u) {
            return;
        }
        let Some(open) = next_char(s, m.end).filter(|c| matches!(c, '(' | '（')) else { return };
        let at = m.end + open.len_utf8();
        let Some(alt) = self.unit_at(s, at).filter(|a| object(a)) else { return };
        let close = at + alt.surface.len();
        if let Some(c) = next_char(s, close).filter(|c| matches!(c, ')' | '）')) {
            m.unit = Some(format!("{}（{}）", u.normalized, alt.normalized));
            m.end = close + c.len_utf8();
        }
    }

    /// 1.5%～2%, 3万元至5万元: a range that repeats its unit `u` after the first figure, or
    /// writes the same unit another way (2毛钱到10块钱 → 0.2 / 10 元).
    fn repeated_unit_range(&self, s: &str, u: &Unit, m: &mut Measure) {
        if m.upper.is_some() {
            return;
        }
        if let Some(conn) = RANGE_CONNECTORS.iter().find(|c| s[m.end..].starts_with(*c)) {
            let j = m.end + conn.len();
            // 延长两年至2028年: four digits before 年 are a year, not the end of a range.
            let year = |n: &number::Number| {
                u.surface == "年" && n.span.range().len() == 4 && s[n.span.range()].bytes().all(|b| b.is_ascii_digit())
            };
            let same = |v: &Unit| v.normalized == u.normalized && v.kind == u.kind;
            let second = number::scan(s, j)
                .filter(|n| !year(n))
                .and_then(|n| Some((self.unit_at(s, n.span.end).filter(|v| same(v))?, n)))
                .filter(|(v, n)| n.value * v.factor > m.value);
            if let Some((v, n)) = second {
                m.upper = Some(n.value * v.factor);
                m.end = n.span.end + v.surface.len();
            }
        }
    }

    /// A count without a unit: a Chinese numeral before a counted noun (三项), a word that
    /// names the count (六统一) or a count infix (十大), or a bare magnitude; `Err` skips.
    fn counted(&self, s: &str, i: usize, q: &Quantity, scaled: bool, m: &mut Measure) -> Result<(), Step> {
        let end = m.end;
        m.kind = FigureKind::Count;
        if let Some(w) = self.count_noun.iter().find(|w| s[end..].starts_with(w.as_str())) {
            if q.form != NumberForm::Chinese {
                return Err(Step::Skip(end));
            }
            m.count_noun = Some(w.clone());
            m.end += w.len();
        } else if let Some(w) = self.count_word.iter().find(|w| s[end..].starts_with(w.as_str())) {
            // 六统一管理: the count names its own word.
            if q.form != NumberForm::Chinese {
                return Err(Step::Skip(end));
            }
            m.count_subject_start = Some(end);
            m.end += w.len();
        } else if let Some(w) = self.count_infix.iter().find(|w| s[end..].starts_with(w.as_str())) {
            if (q.form != NumberForm::Chinese && !digit_infix(s, end, w)) || prev_char(s, i) == Some('“') {
                return Err(Step::Skip(end));
            }
            m.end += w.len();
            // 三大类项目: a measure word after the infix is the unit; not a noun of parts
            // (两大部分: 部分 is what is counted).
            if let Some(u) = self.unit_at(s, m.end).filter(|u| u.kind == FigureKind::Count && u.surface != "部分") {
                m.unit = Some(u.normalized.clone());
                m.end += u.surface.len();
            }
            m.count_subject_start = Some(m.end);
        } else if let Some((unit, kind)) = self.list_unit(s, end, false) {
            // 1.2、0.8和0.5%: a bare member of a list takes its unit.
            m.unit = Some(unit.to_string());
            m.kind = kind;
        } else if let Some((unit, scale)) = self.header_unit(s, i, end).filter(|_| !q.magnitude && !scaled) {
            // 门诊量（万人次）：125.6: a table line's unit stands in its header's bracket.
            m.unit = Some(unit.normalized.clone());
            m.kind = unit.kind;
            m.value *= scale;
        } else if !q.magnitude
            && !scaled
            && !self.whole_fragment(s, i, end)
            && !self.trajectory(s, i, end)
            && !self.match_score(s, i, end)
        {
            // 性别比为107.3: a bare value closing its clause after a metric and a link.
            m.kind =
                self.labelled_value(s, i, end).or_else(|| self.partitive_count(s, i, end)).ok_or(Step::Skip(end))?;
        }
        Ok(())
    }

    /// True when the number at `i..end` is all the sentence says (a fragment such as
    /// `一千二百三十四` or `约1169`): a bare count — not one or two bare digits, which alone
    /// on a line number pages and list items.
    fn whole_fragment(&self, s: &str, i: usize, end: usize) -> bool {
        if s[i..end].len() <= 2 && s[i..end].bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let before = s[..i].trim();
        let lead =
            before.is_empty() || self.approx.iter().any(|a| a.position == ApproxPosition::Prefix && a.word == before);
        lead && s[end..].chars().all(|c| c.is_whitespace() || is_delimiter(c) || matches!(c, '。' | '.' | '、'))
    }

    /// Phase 4: the words around the figure that join its span — an approximation after
    /// (1年多) or before it (超过, 约), a frequency word before 次 — and the start they give.
    /// The approximation word that ends at `p` (`约`, `超过`), if any: the longest prefix or
    /// bound word there; a bound word (`签约`86万人, `最近`30天) approximates nothing but,
    /// like an approximation, makes a time an amount (`最近一周`).
    fn approx_word_before(&self, s: &str, p: usize) -> Option<&ApproxWord> {
        self.may_end_approx(&s[..p])?;
        self.approx_before.longest_suffix(&s[..p])?;
        self.approx
            .iter()
            .find(|a| matches!(a.position, ApproxPosition::Prefix | ApproxPosition::Bound) && s[..p].ends_with(&a.word))
    }

    /// *Colloquial magnitude*: a `magnitude` word of `approx_words.txt` (`上`, `过`, `破`) that
    /// opens one word of the segmentation with the bare power of ten at `i` (`上万人`, `人数
    /// 过百`; not `线上万人`), which closes its clause or takes a unit.
    fn magnitude_prefix(&self, sentence: &Sentence<'_>, i: usize) -> Option<&ApproxWord> {
        let s = sentence.text;
        // 过半, 过半数: a half needs no unit or clause end after it (`受访者中过半表示担心`).
        let half = self.half_share(s, i).is_some();
        let e = match number::scan_magnitude(s, i).filter(|n| n.span.start == i) {
            Some(n) => n.span.end,
            None if half => i,
            None => return None,
        };
        // A level before `的` closes too: `年销售额过千万的品牌` (over ten million).
        let closes =
            half || self.unit_at(s, e).is_some() || next_char(s, e).map_or(true, |c| !is_word_char(c) || c == '的');
        self.may_end_approx(&s[..i])?;
        let a = self
            .approx
            .iter()
            .find(|a| a.position == ApproxPosition::Magnitude && s[..i].ends_with(&a.word))
            .filter(|_| closes)?;
        // One word with the number (上万人), or a word of its own right before it (上|千名).
        let at = sentence.span.start + i - a.word.len();
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        sentence.tokens.get(k).is_some_and(|t| t.span.start == at && t.span.end >= sentence.span.start + i).then_some(a)
    }

    /// The approximation that ends at `p`, if any (not a bound word).
    /// `Some` when `before` ends with the last character of an approximation word (words of
    /// the lexicon are never empty): a cheap test before the list is read.
    fn may_end_approx(&self, before: &str) -> Option<()> {
        before.chars().next_back().filter(|c| self.approx_ends.binary_search(c).is_ok()).map(|_| ())
    }

    fn approx_before(&self, s: &str, p: usize) -> Option<&ApproxWord> {
        self.approx_word_before(s, p).filter(|a| a.position == ApproxPosition::Prefix)
    }

    fn widen(
        &self,
        sentence: &Sentence<'_>,
        i: usize,
        currency: Option<(usize, &str)>,
        m: &mut Measure,
        approx: &mut Approx,
    ) -> usize {
        let s = sentence.text;
        // A one-character approximation is no piece of the next word (11人次内科: not 内).
        let whole = |a: &ApproxWord| a.word.chars().count() > 1 || token_boundary(sentence, m.end + a.word.len());
        if let Some(a) = self
            .approx
            .iter()
            .find(|a| a.position == ApproxPosition::Suffix && s[m.end..].starts_with(&a.word) && whole(a))
        {
            // 多 after a unit (1年多, 三成多的村) but not before a noun (3年多次).
            if a.word != "多" || next_char(s, m.end + a.word.len()).map_or(true, |c| is_delimiter(c) || c == '的') {
                *approx = a.approx;
                m.end += a.word.len();
            }
        }
        spoken_minutes(s, m, approx);
        self.bare_magnitude_approx(s, i, m, approx);
        let mut start = currency.map_or(i, |c| c.0);
        let prefix = |p: usize| self.approx_before(s, p);
        let spaced_start = if s[..start].ends_with(' ') { start - 1 } else { start };
        if let Some(a) = prefix(start).or_else(|| prefix(spaced_start)) {
            *approx = a.approx;
            start = s[..start].trim_end_matches(' ').len() - a.word.len();
        } else if let Some(a) = self.magnitude_prefix(sentence, start).filter(|_| currency.is_none()) {
            *approx = a.approx;
            start -= a.word.len();
        }
        // 零下5摄氏度: below zero.
        if m.unit.as_deref() == Some("摄氏度") && s[..start].ends_with("零下") {
            m.value = -m.value;
            start -= "零下".len();
        }
        // 增长率为-0.5‰: a share's minus sign (module `negative`).
        if let Some(sign) = self.negative_sign(s, start).filter(|_| start == i && m.upper.is_none()) {
            m.value = -m.value;
            start -= sign;
        }
        if m.unit.as_deref().is_some_and(|u| u == "次") {
            if let Some(f) = self.frequency.iter().find(|f| s[..start].ends_with(f.as_str())) {
                start -= f.len();
            }
        }
        if m.unit.as_deref() == Some("%") && m.kind != FigureKind::Percent {
            m.kind = FigureKind::Percent;
        }
        start
    }

    /// `370万余患者`, `两万多澳门人`: an inner approximation word after a bare magnitude
    /// (no unit follows) joins the figure's span.
    fn bare_magnitude_approx(&self, s: &str, i: usize, m: &mut Measure, approx: &mut Approx) {
        let magnitude_end = prev_char(s, m.end).is_some_and(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'));
        if m.unit.is_some() || m.kind != FigureKind::Count || m.end <= i || !magnitude_end || *approx != Approx::Exact {
            return;
        }
        let inner = self
            .approx
            .iter()
            .find(|a| a.position == ApproxPosition::Inner && a.word != "来" && s[m.end..].starts_with(&a.word));
        if let Some(a) = inner {
            *approx = a.approx;
            m.end += a.word.len();
        }
    }

    /// Phase 5: what the figure counts or measures, by its kind.
    fn subject_of(
        &self,
        sentence: &Sentence<'_>,
        m: &Measure,
        start: usize,
        last_end: usize,
        dates: &[Span],
        prev: Option<PrevFigure<'_>>,
    ) -> Option<String> {
        let prev_subject = prev.and_then(|p| p.subject);
        let (kind, unit) = (m.kind, m.unit.as_deref());
        let end = if kind == FigureKind::Count { self.spaced_noun(sentence, m.end) } else { m.end };
        let clause = || self.clause_after_figure(sentence, start, dates, prev);
        if unit.is_none() && self.partitive_count(sentence.text, start, m.end).is_some() {
            None // 500人中，120确诊: a partitive count names no subject of its own.
        } else if let Some(noun) = self.named_noun(sentence, m, start) {
            Some(noun)
        } else if let Some(act) = self.existential_predicate(sentence, kind, start, end) {
            Some(act)
        } else if let Some(shared) = self.linked_subject(sentence, start, end, dates, prev) {
            Some(shared.to_string())
        } else if let Some(from) = self.distance_subject(sentence, kind, (start, end), dates) {
            from
        } else if self.names_no_subject(sentence, kind, unit, (start, end), dates) {
            None
        } else if let Some(p) = m.count_subject_start {
            self.subject_after(sentence, p).or_else(|| unit.and_then(|_| self.clean_before(sentence, clause())))
        } else if kind == FigureKind::Duration {
            self.compared_span_change(sentence, start, dates, prev_subject)
                .or_else(|| self.time_limit_act(sentence, start, end))
                .or_else(|| self.duration_figure_subject(sentence, unit, start, end, last_end, dates))
        } else if kind == FigureKind::Age {
            self.age_subject(sentence, end, clause(), prev_subject)
        } else if kind == FigureKind::Percent {
            if let Some(rate) = self.rate_after(sentence, end) {
                return Some(rate.to_string());
            }
            if let Some(compared) = self.compared_subject(clause(), prev_subject) {
                return compared;
            }
            self.share_of_noun(sentence, unit, (start, end), dates, clause())
                .or_else(|| self.split_topic(sentence, (start, end), dates, prev))
                .or_else(|| self.clause_topic(sentence, start, dates, unit, prev_subject))
                .or_else(|| self.among_subject(sentence, start, dates))
                .or_else(|| self.percent_subject(sentence, unit, end, clause(), prev_subject))
                .or_else(|| self.copula_subject(sentence, end))
        } else if kind == FigureKind::Money && self.verb_at(sentence, end) {
            self.money_before_verb(sentence, end, clause(), prev_subject)
        } else {
            let clause = clause();
            if let Some(metric) = self
                .metric_owning(sentence, start, end, clause)
                // A bare level with no unit too: `年销售额过千万的品牌` → 年销售额.
                .filter(|_| matches!(kind, FigureKind::Money | FigureKind::Area) || unit.is_none())
            {
                return Some(metric);
            }
            // 其中3000万是…的居民: a copula right after the count opens what it counts.
            if self.copula_opens(sentence, unit, end) {
                if let Some(noun) = self.copula_subject(sentence, end) {
                    return Some(noun);
                }
            }
            let after = self.noun_after_count(sentence, unit, end);
            let compared = self
                .compared_subject(clause, prev_subject)
                .or_else(|| self.compared_multiple(clause, unit, prev_subject).map(Some));
            if let Some(compared) = compared.filter(|_| after.is_none()) {
                return compared;
            }
            after
                .or_else(|| self.clause_topic(sentence, start, dates, unit, prev_subject))
                .or_else(|| self.change_after(sentence, kind, clause, prev_subject))
                .or_else(|| self.verb_after_date(sentence, clause, start, dates))
                .or_else(|| self.object_before(sentence, clause, unit, kind))
                .or_else(|| self.copula_subject(sentence, end))
        }
    }

    /// An amount with a verb after it: `拨款HK$2.5亿支援基层` — the verb says what it is for,
    /// the clause before what; an amount compared with (`比上年的20.7亿元增长`) is the
    /// previous figure's metric.
    fn money_before_verb(
        &self,
        sentence: &Sentence<'_>,
        end: usize,
        clause: &str,
        prev_subject: Option<&str>,
    ) -> Option<String> {
        if let Some(compared) = self.compared_subject(clause, prev_subject) {
            return compared;
        }
        self.clean_before(sentence, clause).or_else(|| self.subject_after(sentence, end))
    }

    /// What the figure's own words name: a counted noun written into the count, the nouns
    /// before a bracket holding the figure alone, or the header over a table value.
    fn named_noun(&self, sentence: &Sentence<'_>, m: &Measure, start: usize) -> Option<String> {
        m.count_noun
            .clone()
            .or_else(|| self.bracketed_count(sentence, start, m.end))
            .or_else(|| self.header_subject(sentence, start, m.end))
    }

    /// *Bracketed count*: a figure alone in brackets right after a noun counts or measures
    /// that noun (`来自甲省（12例）、乙市（3例）` → 甲省, 乙市): the nouns before the bracket,
    /// back to the first word that is no noun.
    fn bracketed_count(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        let s = sentence.text;
        let open = s[..start].strip_suffix(['（', '('])?;
        if !s[end..].starts_with(['）', ')']) {
            return None;
        }
        let at = sentence.span.start + open.len();
        let k = sentence.tokens.partition_point(|t| t.span.end <= at);
        // In a rate, a verb between two nouns is inside the compound (心脏介入手术增长率:
        // 介入), not the clause's predicate (病例来自甲省（12例）).
        let rate = self.subject.rate_head.closes(open);
        let noun = |t: &crate::segment::Token<'_>| t.tag.starts_with('n') || matches!(t.tag, "vn" | "j");
        let before = &sentence.tokens[..k];
        let mut first = None;
        for j in (k.saturating_sub(8)..k).rev() {
            let inner_verb = rate
                && before[j].tag.starts_with('v')
                && first.is_some()
                && j.checked_sub(1).is_some_and(|i| noun(&before[i]));
            if !noun(&before[j]) && !inner_verb {
                break;
            }
            first = Some(j);
        }
        let from = before[first?].span.start.checked_sub(sentence.span.start)?;
        self.finish(self.trim_words(sentence, &s[from..open.len()], false))
    }

    /// *Spaced noun*: `end`, or past one space when a noun follows it (`12个 医院获批`:
    /// crawled text may space a counted noun from its measure word; a verb after a space
    /// opens another clause of a title: `1次 落实…`).
    fn spaced_noun(&self, sentence: &Sentence<'_>, end: usize) -> usize {
        let at = sentence.span.start + end + 1;
        let noun = |q: usize| {
            q == end + 1
                && sentence
                    .tokens
                    .get(sentence.tokens.partition_point(|t| t.span.start < at))
                    // A person's name is never what a count counts (`320处 翁某某：…` in a headline).
                    .is_some_and(|t| t.span.start == at && is_nominal(t.tag) && !is_person_tag(t.tag))
        };
        spaced(sentence.text, end, noun)
    }

    /// *Metric of a thing described*: a figure between a noun metric and `的`
    /// (`总投资4.6亿元的新住院大楼`, `建筑面积3万平方米的病房楼`) describes the noun after
    /// it by that metric: the metric is what it measures, the noun only its owner.
    fn metric_owning(&self, sentence: &Sentence<'_>, start: usize, end: usize, clause: &str) -> Option<String> {
        if !sentence.text[end..].starts_with('的') {
            return None;
        }
        // 总投资达4.6亿元的新院区: a link of reaching between the metric and the amount.
        let reach =
            noun_ending_at(sentence, start).is_none().then(|| self.reach_link_before(sentence, start)).flatten();
        let last = noun_ending_at(sentence, reach.unwrap_or(start))?;
        if self.names_nothing(last.text) {
            return None;
        }
        self.clean_before(sentence, clause)
    }

    /// The start of a link of reaching (role `reach`: `达`, `高达`) that is the token ending
    /// at `start`, if any.
    fn reach_link_before(&self, sentence: &Sentence<'_>, start: usize) -> Option<usize> {
        let at = sentence.span.start + start;
        let k = sentence.tokens.partition_point(|t| t.span.end < at);
        let t = sentence.tokens.get(k).filter(|t| t.span.end == at)?;
        self.subject.reach.has(t.text).then(|| t.span.start - sentence.span.start)
    }

    /// *Topic of a change*: a clause that names no noun before its number (`从2015年的`)
    /// after a comma continues the clause before it when that one states a change of its
    /// metric (`居民健康素养水平明显提升，从2015年的10.25%…` → 居民健康素养水平): the
    /// metric before the change verb, without the adverbs after it.
    fn topic_subject(&self, sentence: &Sentence<'_>, after: &AfterComma<'_>, unit: Option<&str>) -> Option<String> {
        let (s, clause) = (sentence.text, after.clause);
        let opens = self.subject.cut.opens(clause) || self.subject.comparative.opens(clause);
        if !opens {
            return None;
        }
        let (metric, _) = self.change_word(&s[after.opening..after.comma])?;
        // 水平明显提升: the adverb of the change goes with it.
        let off = offset_in(s, metric)?;
        let at = sentence.span.start + off + metric.len();
        let k = sentence.tokens.partition_point(|t| t.span.end < at);
        let metric = match sentence.tokens.get(k).filter(|t| t.span.end == at) {
            Some(t) if matches!(t.tag, "a" | "ad" | "d") && t.span.start > sentence.span.start + off => {
                &metric[..t.span.start - sentence.span.start - off]
            }
            _ => metric,
        };
        let metric = self.clean_before(sentence, metric)?;
        // …快速提升，比同期增加逾2倍: a change of its own in % or 倍 is the metric's 增幅/降幅.
        let change = match unit {
            Some("%" | "倍") => self.change_word(clause).map_or("", |(_, c)| c),
            _ => "",
        };
        Some(format!("{metric}{change}"))
    }

    /// The topic a clause naming no metric continues: a change's (`topic_subject`), else a
    /// reach's (`reach_topic`).
    fn clause_topic(
        &self,
        sentence: &Sentence<'_>,
        start: usize,
        dates: &[Span],
        unit: Option<&str>,
        prev_subject: Option<&str>,
    ) -> Option<String> {
        let after = self.after_comma(sentence, start, dates)?;
        self.topic_subject(sentence, &after, unit).or_else(|| self.reach_topic(sentence, &after)).or_else(|| {
            let bare = after.clause.trim().is_empty() || self.only_links(after.clause);
            (after.when && bare).then(|| prev_subject.map(str::to_string)).flatten()
        })
    }

    /// The clause before the number at `start` when it names no noun and follows a comma,
    /// with the clause before that comma.
    fn after_comma<'s>(&self, sentence: &Sentence<'s>, start: usize, dates: &[Span]) -> Option<AfterComma<'s>> {
        let s = sentence.text;
        let clause = self.clause_before(sentence, start, dates);
        // The clause may end before `start` (a date between it and the number).
        let from = offset_in(s, clause)?;
        let when = self.when_frame(clause);
        if !s[..from].ends_with(['，', ',']) || self.names_noun(sentence, from + when, start) {
            return None;
        }
        let comma = from - s[..from].chars().next_back().map_or(0, char::len_utf8);
        let opening = s[..comma].rfind(is_delimiter).map_or(0, |k| k + s[k..].chars().next().map_or(0, char::len_utf8));
        Some(AfterComma { clause: &clause[when..], opening, comma, when: when > 0 })
    }

    /// *Time of a reach*: a word of up to four characters closed by `时` opening a clause,
    /// right before a link or the number (`，高峰时达到350人次`, `，最多时超过…`), says when
    /// the clause's figure holds and names no metric: the bytes it spans, else 0 (not
    /// `及时率达到`).
    fn when_frame(&self, clause: &str) -> usize {
        const MAX_WHEN_CHARS: usize = 4;
        let Some(k) = clause.find('时') else { return 0 };
        let (head, rest) = (&clause[..k], &clause[k + '时'.len_utf8()..]);
        let linked = rest.trim().is_empty() || (self.subject.reach.opens(rest) || self.subject.link.opens(rest));
        let word = (1..=MAX_WHEN_CHARS).contains(&head.chars().count()) && head.chars().all(is_han);
        if word && linked {
            k + '时'.len_utf8()
        } else {
            0
        }
    }

    /// *Topic of a reach*: a clause after a comma holding only adverbs and a link before
    /// its number (`，达到206元`, `，约占4%`) names no metric: it measures the noun phrase
    /// opening the clause before (`人均支出位居全省之首，达到…` → 人均支出), or the noun
    /// after a copula that only adverbs precede there (`其次为团体保险，约占4%` → 团体保险).
    fn reach_topic(&self, sentence: &Sentence<'_>, after: &AfterComma<'_>) -> Option<String> {
        let s = sentence.text;
        if !self.only_links(after.clause) {
            return None;
        }
        let (opening, comma) = (after.opening, after.comma);
        let toks: Vec<_> = sentence.tokens_between(opening, comma).iter().take(24).collect();
        // Adverbs, conjunctions and pronouns (其次, 然而, 这) open no noun phrase.
        let adverbs =
            toks.iter().take_while(|t| matches!(t.tag, "d" | "c" | "ad" | "r") || self.is_function(t.text)).count();
        let phrase = match toks.get(adverbs) {
            // 其次为团体保险: what the copula names, to the clause's end.
            Some(t) if adverbs > 0 && self.subject.copula.has(t.text) => &s[t.span.end - sentence.span.start..comma],
            _ => {
                let nouns = &toks[adverbs..];
                let verb = |j: usize| nouns.get(j).is_some_and(|t| t.tag.starts_with('v'));
                // 医疗支出位居: a verb before the predicate's verb is the noun's head (支出).
                let nominal = |j: usize| {
                    let t = nouns[j];
                    t.tag.starts_with(['n', 'j']) || t.text == "的" || j > 0 && verb(j) && verb(j + 1)
                };
                let n = (0..nouns.len()).take_while(|&j| nominal(j)).count();
                if n == 0 || !verb(n) || nouns[n - 1].text == "的" {
                    return None;
                }
                let a = nouns[0].span.start - sentence.span.start;
                &s[a..nouns[n - 1].span.end - sentence.span.start]
            }
        };
        self.clean_before(sentence, phrase)
    }

    /// *Topic of a split*: a share opening its clause after a comma, a preposition right
    /// after it (`收入，20%由财政补偿，80%通过调价解决`), is a part of the noun phrase the clause
    /// before the comma names, which it measures; a clause before opened by such a share
    /// passes that figure's subject on.
    fn split_topic(
        &self,
        sentence: &Sentence<'_>,
        (start, end): (usize, usize),
        dates: &[Span],
        prev: Option<PrevFigure<'_>>,
    ) -> Option<String> {
        let s = sentence.text;
        let after = self.after_comma(sentence, start, dates)?;
        if !after.clause.trim().is_empty() || after.when || !self.preposition_at(sentence, end) {
            return None;
        }
        match prev.filter(|p| (after.opening..=after.comma).contains(&p.end)) {
            Some(p) => p.subject.map(str::to_string),
            None if self.noun_phrase_clause(sentence, after.opening, after.comma) => {
                self.clean_before(sentence, &s[after.opening..after.comma])
            }
            None => None,
        }
    }

    /// True when `s[from..to]` is a noun phrase: after its last `的` no verb but its last
    /// word (`减少的药品收入`; not `医院推行新政`, a clause with its predicate). After a `的`
    /// the words are the head of the relative clause, a noun phrase: a verb there between
    /// nouns is part of a compound noun (`减少的药品加成收入`).
    fn noun_phrase_clause(&self, sentence: &Sentence<'_>, from: usize, to: usize) -> bool {
        let toks = sentence.tokens_between(from, to);
        let n = toks.len();
        let head = toks[..n].iter().rposition(|t| t.text == "的").map_or(0, |k| k + 1);
        let nominal = |t: &crate::segment::Token<'_>| !t.tag.starts_with('v') || t.tag == "vn";
        let compound = |j: usize| head > 0 && j > head && toks[j - 1].tag.starts_with('n');
        n > head && (head..n - 1).all(|j| nominal(&toks[j]) || compound(j))
    }

    /// True when a token tagged a preposition starts at `p` (`由`, `通过`).
    fn preposition_at(&self, sentence: &Sentence<'_>, p: usize) -> bool {
        let at = sentence.span.start + p;
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        sentence.tokens.get(k).is_some_and(|t| t.span.start == at && t.tag.starts_with('p'))
    }

    /// True when `clause` holds only adverbs and at least one link (`达到`, `约占`).
    fn only_links(&self, clause: &str) -> bool {
        let (mut t, mut linked) = (clause.trim(), false);
        loop {
            let link = [&self.subject.reach, &self.subject.share, &self.subject.link]
                .into_iter()
                .filter(|l| l.opens(t))
                .flatten()
                .filter(|w| t.starts_with(w.as_str()))
                .max_by_key(|w| w.len());
            let word = link.or_else(|| opening(&self.subject.function, t));
            let Some(w) = word.filter(|w| !w.is_empty()) else { break };
            linked |= link.is_some();
            t = &t[w.len()..];
        }
        t.is_empty() && linked
    }

    /// *Share of a whole named before*: a share whose clause names no noun (`有87%`) after
    /// a clause ending in `中` (`新招聘的职位中，有87%已到岗`) is a share of that whole.
    fn among_subject(&self, sentence: &Sentence<'_>, start: usize, dates: &[Span]) -> Option<String> {
        let s = sentence.text;
        let clause = self.clause_before(sentence, start, dates);
        let from = offset_in(s, clause)?;
        if self.names_noun(sentence, from, start) {
            return None;
        }
        let before = s[..from].strip_suffix(['，', ','])?;
        let whole = ["之中", "当中", "中"].iter().find_map(|w| before.strip_suffix(*w))?;
        let whole = self.clause_before(sentence, whole.len(), dates);
        self.clean_before(sentence, whole)
    }

    /// *Compared figure*: a clause that opens with a comparison (`低于全国的13.3%`, role
    /// `compare`) or holds only links, a year and comparatives (`为2017年同期的4.7倍`) names
    /// no metric of its own: the figure measures the previous figure's metric, or nothing
    /// (`Some(None)`). `None` when the clause is no comparison.
    fn compared_subject(&self, clause: &str, prev_subject: Option<&str>) -> Option<Option<String>> {
        let mut t = clause.trim();
        while let Some(w) = opening(&self.subject.link, t) {
            t = &t[w.len()..];
        }
        let opened = opening(&self.subject.compare, t).map(|w| &t[w.len()..]);
        let compared = match opened {
            // 低于全国的: a place or time compared with, not a rate of its own.
            Some(rest) => {
                let rest = rest.trim_end_matches('的');
                rest.chars().count() <= 8 && !self.subject.rate_head.iter().any(|h| rest.contains(h.as_str()))
            }
            None => self.only_comparatives(t),
        };
        compared.then(|| prev_subject.map(str::to_string))
    }

    /// *Compared multiple*: a multiple in 倍 after a short owner and `的` only (`，是北京的7.7倍`,
    /// `和广州的1.3倍`) names what the previous figure is compared with, not a metric: it
    /// measures the previous figure's metric.
    fn compared_multiple(&self, clause: &str, unit: Option<&str>, prev_subject: Option<&str>) -> Option<String> {
        let prev_subject = prev_subject.filter(|_| unit == Some("倍"))?;
        let mut t = clause.trim();
        t = LIST_SEPARATORS.iter().find_map(|w| t.strip_prefix(*w)).unwrap_or(t);
        while let Some(w) = opening(&self.subject.link, t) {
            t = &t[w.len()..];
        }
        let owner = t.strip_suffix('的').filter(|o| !o.is_empty() && !o.contains('的'))?;
        let short = owner.chars().count() <= 8 && owner.chars().all(is_han);
        (short && !self.subject.rate_head.iter().any(|h| owner.contains(h.as_str()))).then(|| prev_subject.to_string())
    }

    /// True when `t` is a year and comparatives only (`2017年同期的`, `同期`).
    fn only_comparatives(&self, t: &str) -> bool {
        let t = t.trim_end_matches('的');
        !t.is_empty() && self.is_comparison(t)
    }

    /// A copula standing as a whole word right after the number (`3000万是`; glued to a
    /// unit, `例为`, it is read last by `copula_subject`).
    fn copula_opens(&self, sentence: &Sentence<'_>, unit: Option<&str>, end: usize) -> bool {
        if is_ratio_unit(unit) {
            return false;
        }
        let rest = &sentence.text[end..];
        self.subject.copula.iter().any(|w| {
            rest.starts_with(w.as_str())
                && token_boundary(sentence, end + w.len())
                && (unit.is_none() || token_boundary(sentence, end))
        })
    }

    /// `其中33例为境外移入`: a count that names nothing before or after it counts the noun
    /// phrase after a copula (`为`, `是`) right behind it.
    fn copula_subject(&self, sentence: &Sentence<'_>, end: usize) -> Option<String> {
        let rest = sentence.text.get(end..)?;
        let w = opening(&self.subject.copula, rest)?;
        let after = end + w.len();
        // The segmenter may glue the copula to the unit (例为): only its end must be a boundary.
        if !token_boundary(sentence, after) {
            return None;
        }
        // A short predicate noun that ends the clause is whole (为境外输入, 为本地感染).
        let tail = &sentence.text[after..];
        let clause = &tail[..tail.find(is_delimiter).unwrap_or(tail.len())];
        let n = clause.chars().count();
        if (2..=6).contains(&n) && clause.chars().all(is_han) && !clause.contains('的') {
            return self.finish(self.trim_words(sentence, clause, true));
        }
        self.subject_after(sentence, after)
    }

    /// 由约二十四个月缩短至约十八个月: a second figure joined to the previous one by linking
    /// words only (dates and 的 may stand between, a comma before a link: `…570万剂，下修为约
    /// 300万剂`; `了` after a link: `从36%降到了28%`) shares its metric; so does one listed after
    /// it (`分别为160万条、183万条和218万条`) — unless a noun of its own follows it (`为约15万个家庭`).
    fn linked_subject<'a, 'p>(
        &'a self,
        sentence: &Sentence<'_>,
        start: usize,
        end: usize,
        dates: &[Span],
        prev: Option<PrevFigure<'p>>,
    ) -> Option<&'p str> {
        const COMMA: [&str; 2] = ["，", ","];
        let s = sentence.text;
        let prev = prev?;
        let (subject, e) = (prev.subject?, prev.end);
        if e > start || s.get(e..start).unwrap_or("").is_empty() {
            return None;
        }
        let (mut linked, mut listed, mut comma) = (false, false, false);
        let mut p = e;
        while p < start {
            let d = dates.get(dates.partition_point(|d| d.start < p));
            if let Some(d) = d.filter(|d| d.start == p && d.end <= start) {
                p = d.end;
                continue;
            }
            let rest = &s[p..start];
            let longest = |words: &'a [String]| {
                words.iter().map(String::as_str).filter(|w| rest.starts_with(*w)).max_by_key(|w| w.len())
            };
            let (link, cut) =
                (longest(&self.subject.link).or(rest.starts_with('的').then_some("的")), longest(&self.subject.cut));
            let moved = self.verb_of_motion(sentence, p, start).map(|e| &rest[..e - p]);
            if let Some(w) = [link, cut, moved].into_iter().flatten().max_by_key(|w| w.len()) {
                // After a comma only a link (，下修为), not a change (，同比增长12%: its 增幅).
                if comma && link.map_or(true, |l| l.len() < w.len()) {
                    return None;
                }
                // 比上年的80万人次增长6.3%: a % after a bare change verb is the growth, no level.
                if self.percent_change(w, &s[..end]) {
                    return None;
                }
                (linked, p) = (true, p + w.len());
                // 从86%降到了78%: the aspect particle after a link or a verb of motion.
                p += s[p..start].strip_prefix('了').map_or(0, |_| '了'.len_utf8());
            } else if let Some(w) = LIST_SEPARATORS.iter().find(|w| rest.starts_with(**w)) {
                (listed, p) = (true, p + w.len());
            } else if let Some(w) = self.frequency.iter().find(|w| linked && rest.starts_with(w.as_str())) {
                // ，达到每人每年640元: the period of a level reached after a link is no noun.
                p += w.len();
            } else if let Some(w) = COMMA.iter().find(|w| rest.starts_with(**w)) {
                (comma, p) = (true, p + w.len());
            } else {
                return None;
            }
        }
        // A noun of its own is a phrase after it, not a suffix (2万2800元者).
        let noun_after = next_char(s, end).is_some_and(is_word_char)
            && !LIST_SEPARATORS.iter().any(|w| s[end..].starts_with(*w))
            && self.subject_after(sentence, end).is_some();
        // 提高30元，达到640元: the level a change reached is the metric alone, not the change;
        // a change in % named its growth (增长8.3%，达到56亿元 → the metric, not its 增幅).
        let changed = self
            .subject
            .increase
            .iter()
            .chain(&self.subject.decrease)
            .map(String::as_str)
            .chain(CHANGE_NAMES)
            .find_map(|w| subject.strip_suffix(w).filter(|m| comma && m.chars().count() >= 2));
        ((linked || listed && !comma) && !noun_after).then_some(changed.unwrap_or(subject))
    }

    /// *Change joined*: a % joined to the previous figure by a change verb alone (`w`:
    /// `比上年的80万人次增长6.3%`, `比去年的10%提高20%`) is the metric's growth, read by the
    /// change rules (→ `门诊量增幅`), not the previous figure's level; `upto` is the
    /// sentence up to the figure's end.
    fn percent_change(&self, w: &str, upto: &str) -> bool {
        let sw = &self.subject;
        upto.ends_with(['%', '％']) && (sw.increase.has(w) || sw.decrease.has(w))
    }

    /// *Verb of motion*: a verb with `至`/`到` after it, up to `start` (`由240路扩容至360路`:
    /// the second figure is where the first one moved, a link like `增至`): the offset after
    /// `至`/`到`, else `None`.
    fn verb_of_motion(&self, sentence: &Sentence<'_>, p: usize, start: usize) -> Option<usize> {
        let at = sentence.span.start + p;
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        let verb = sentence.tokens.get(k).filter(|t| t.span.start == at && t.tag.starts_with('v'))?;
        let e = p + verb.text.len();
        let rest = sentence.text.get(e..start)?;
        ["至", "到"].iter().find(|w| rest.starts_with(**w)).map(|w| e + w.len())
    }

    /// *Naming unit*: `两孩`, `三孩` name a birth order (of a policy, a family), not a
    /// number of children counted (`naming_unit` of `subject_words.txt`).
    /// A noun as the measure (`noun_unit`: `三区卫生部门`) counts those things, and the
    /// noun after it is something of them: no subject either.
    fn is_naming_unit(&self, unit: Option<&str>) -> bool {
        unit.is_some_and(|u| self.subject.naming_unit.has(u) || self.subject.noun_unit.has(u))
    }

    /// The subject of a length that is a distance: `Some(None)` before `外` (`三四公里外的卫生院`:
    /// how far away something is; nothing is measured), else the place after its cue
    /// ([`Self::distance_from`]); `None` when the length is no distance.
    fn distance_subject(
        &self,
        sentence: &Sentence<'_>,
        kind: FigureKind,
        (start, end): (usize, usize),
        dates: &[Span],
    ) -> Option<Option<String>> {
        if kind == FigureKind::Other && self.distance_after(sentence, end) {
            return Some(None);
        }
        self.distance_from(sentence, kind, start, dates)
    }

    /// *Distance from a place*: a length right after `距`/`距离`/`离` and the place in its
    /// clause measures the distance from that place, named with its cue (`距县城40多公里` →
    /// 距县城, `在距离市中心约80公里的小镇` → 距离市中心); links before the number go
    /// (`距医院有15公里` → 距医院). `Some(None)`: a cue with no place after it (`两地相距
    /// 50公里`).
    fn distance_from(
        &self,
        sentence: &Sentence<'_>,
        kind: FigureKind,
        start: usize,
        dates: &[Span],
    ) -> Option<Option<String>> {
        if kind != FigureKind::Other {
            return None;
        }
        let clause = self.clause_before(sentence, start, dates);
        let off = offset_in(sentence.text, clause)?;
        let whole =
            |p: usize, w: &str| token_boundary(sentence, off + p) && token_boundary(sentence, off + p + w.len());
        let p = self
            .subject
            .distance_cue
            .iter()
            .filter_map(|w| rmatch_starts(clause, w).find(|&p| whole(p, w)).map(|p| (p, w.len())))
            .max_by_key(|&(p, _)| p)?;
        let phrase = clause[p.0..].trim_end();
        let phrase =
            self.strip_links(phrase, p.1, |q| token_boundary(sentence, off + p.0 + q)).unwrap_or(&phrase[..p.1]);
        let phrase = if phrase.len() > p.1 { self.trim_words(sentence, phrase, false) } else { phrase };
        if phrase.len() > p.1 {
            return Some(self.finish(phrase));
        }
        // *Distance as a metric*: the noun `距离` naming no place after it is what is measured
        // (`两楼的距离仅约30米` → 距离): the metric before the number is read as any other.
        (!self.cue_is_noun(sentence, off + p.0, p.1)).then_some(None)
    }

    /// True when the distance cue at `at` (`len` bytes) is a whole token the tagger calls a
    /// noun of two characters or more (`距离`, not the verb `相距` nor the bare `距`).
    fn cue_is_noun(&self, sentence: &Sentence<'_>, at: usize, len: usize) -> bool {
        let a = sentence.span.start + at;
        sentence.tokens.iter().any(|t| {
            t.span.start == a && t.span.end == a + len && t.tag.starts_with('n') && t.text.chars().count() >= 2
        })
    }

    /// `外`/`以外`/`开外` right after a length, a whole word (`三四公里外`).
    fn distance_after(&self, sentence: &Sentence<'_>, end: usize) -> bool {
        let rest = &sentence.text[end..];
        ["以外", "开外", "外"]
            .iter()
            .find(|w| rest.starts_with(**w))
            .is_some_and(|w| token_boundary(sentence, end + w.len()))
    }

    /// The subject of a duration: the noun after it (三年行动计划 → 行动计划, 最长12周的长期处方),
    /// else the clause before (未来五年推进…).
    fn duration_figure_subject(
        &self,
        sentence: &Sentence<'_>,
        unit: Option<&str>,
        start: usize,
        end: usize,
        last_end: usize,
        dates: &[Span],
    ) -> Option<String> {
        let s = sentence.text;
        // A word pointing to a time as a whole word (这一个多月的采访, 此后三年的工作) makes
        // it a time frame too.
        let adverb_before = self.subject.time_adverb.closes(&s[..start])
            || self
                .subject
                .time_deixis
                .iter()
                .any(|w| s[..start].ends_with(w.as_str()) && token_boundary(sentence, start - w.len()));
        let anniversary = unit == Some("周年");
        let at = sentence.span.start + end;
        let next_token = sentence.tokens.get(sentence.tokens.partition_point(|t| t.span.start < at));
        // 最近两个月的工作记录: after a time adverb the duration is a time frame, even with 的.
        let noun_follows = !adverb_before
            && (s[end..].starts_with('的')
                || !anniversary
                    && next_token
                        .filter(|t| t.span.start == at)
                        .is_some_and(|t| matches!(t.tag, "n" | "nz" | "vn" | "nt" | "l")));
        if let Some(name) = self.lasting_name(sentence, start, end) {
            Some(name)
        } else if noun_follows {
            self.subject_after(sentence, end)
        } else {
            // *Event to now* (module `event_to_now`): `胸痛中心成立五年来` counts from an event.
            let event = anniversary || self.event_to_now(sentence, start, end);
            self.duration_subject(sentence, start, last_end, dates, event)
        }
    }

    /// 3至5年时间, 三孩生育政策, 三十年来: nothing is counted or measured.
    fn names_no_subject(
        &self,
        sentence: &Sentence<'_>,
        kind: FigureKind,
        unit: Option<&str>,
        (start, end): (usize, usize),
        dates: &[Span],
    ) -> bool {
        kind == FigureKind::Duration
            && (self.duration_noun_at(sentence, end) || self.span_to_now(sentence, start, end, dates))
            || self.is_naming_unit(unit)
    }

    /// *Span to now*: a duration before `来`/`以来` is the time of its clause and measures
    /// nothing when no act before it says what lasted (`剧团三十年来培养了…`: the clause's
    /// agent; `四十五年来的成就`: a frame of the noun after); an act keeps it
    /// (`从事护理工作29年来` → 从事护理工作, read by [`Self::duration_subject`]).
    fn span_to_now(&self, sentence: &Sentence<'_>, start: usize, end: usize, dates: &[Span]) -> bool {
        match before_frame_to_now(sentence.text, end) {
            None => false,
            Some(true) => true,
            Some(false) => {
                let clause = self.clause_before(sentence, start, dates);
                let from = offset_in(sentence.text, clause).unwrap_or(start);
                let (a, b) = (sentence.span.start + from, sentence.span.start + start);
                let first = sentence.tokens.partition_point(|t| t.span.start < a);
                !sentence.tokens[first..].iter().take_while(|t| t.span.end <= b).any(|t| t.tag.starts_with('v'))
            }
        }
    }

    /// *Lasting name*: after a verb of lasting (`为期`, `持续`: role `duration_link`), a
    /// duration with `的` describes the whole name that runs to the end of its clause, verbs
    /// inside it too (`为期3年的乡村医生能力提升培训计划` → 乡村医生能力提升培训计划), when
    /// that name ends in a noun; otherwise the noun phrase after it decides.
    fn lasting_name(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        let s = sentence.text;
        let before = s[..start].trim_end();
        if !self.subject.duration_link.closes(before) {
            return None;
        }
        let from = end + s[end..].strip_prefix('的').map(|_| '的'.len_utf8())?;
        let len: usize =
            s[from..].chars().take(LASTING_NAME_CHARS).take_while(|&c| is_han(c)).map(char::len_utf8).sum();
        let to = from + len;
        // The name must close its clause, not run on into more words.
        if len == 0 || next_char(s, to).is_some_and(is_word_char) {
            return None;
        }
        noun_ending_at(sentence, to)?;
        self.finish(&s[from..to])
    }

    /// An age's subject: the group it bounds, else the noun after it, a change or the
    /// metric before (`人均预期寿命增加近1岁`); a noun of old age after it names nothing, the
    /// clause before does (`他的父亲已经90岁高龄` → 父亲).
    fn age_subject(
        &self,
        sentence: &Sentence<'_>,
        end: usize,
        clause: &str,
        prev_subject: Option<&str>,
    ) -> Option<String> {
        if let Some(group) = self.age_group(sentence, end) {
            return self.finish(group);
        }
        let after =
            if self.age_word_at(sentence.text, end).is_some() { None } else { self.subject_after(sentence, end) };
        after
            .or_else(|| self.change_subject(clause, prev_subject, false))
            .or_else(|| self.age_change(sentence, clause))
            .or_else(|| self.clean_before(sentence, clause))
    }

    /// A noun of old age right after an age (`85岁高龄`; role `age_word`).
    fn age_word_at(&self, s: &str, end: usize) -> Option<&str> {
        self.subject.age_word.iter().map(String::as_str).find(|w| s[end..].starts_with(w))
    }

    /// An age bounds a group of people: the nouns after it up to the last that names
    /// people (lexicon role `person_head`: 0-6岁儿童孤独症筛查 → 儿童, 60岁男性患者秦某 →
    /// 男性患者), else the first; over 的, and never the name after them (62岁的村民郭大爷 →
    /// 村民). A name first is the group when no noun of people follows it (65岁的于秀兰).
    fn age_group<'s>(&self, sentence: &Sentence<'s>, end: usize) -> Option<&'s str> {
        let s = sentence.text;
        // 18至60岁之间的居民: the range's 之间 is part of the age, the group follows it.
        let end = if s[end..].starts_with("之间") { end + "之间".len() } else { end };
        // 85岁高龄的老人: a noun of old age names no group; the group follows its 的.
        let end = match self.age_word_at(s, end) {
            Some(w) if s[end + w.len()..].starts_with('的') => end + w.len(),
            Some(_) => return None,
            None => end,
        };
        let mut at = sentence.span.start + end;
        if s[end..].starts_with('的') {
            at += '的'.len_utf8();
        }
        if let Some(name) = self.split_name(sentence, at) {
            return Some(name);
        }
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        let run: Vec<&crate::segment::Token<'s>> = sentence.tokens[k..]
            .iter()
            .take(6)
            .scan(at, |next, t| {
                // 13岁的男孩及其母亲: a member after 及其 is someone else's, not of the group.
                let ok = t.span.start == *next
                    && (t.tag.starts_with('n') && !OWNER_LINKS.contains(&t.text) || split_population(s, sentence, t));
                *next = t.span.end;
                ok.then_some(t)
            })
            .collect();
        let name = |t: &crate::segment::Token<'_>| t.tag == "nr";
        let people =
            |t: &crate::segment::Token<'_>| self.subject.person_head.closes(t.text) || split_population(s, sentence, t);
        let (first, rest) = run.split_first()?;
        if name(first) {
            // 84岁的曾庆敏老人: the noun of people right after the name, else the name.
            return Some(rest.first().filter(|t| !name(t) && people(t)).unwrap_or(first).text);
        }
        let nouns = run.iter().position(|t| name(t)).unwrap_or(run.len());
        let last = run[..nouns].iter().rposition(|t| people(t)).unwrap_or(0);
        let (from, to) = (first.span.start - sentence.span.start, run[last].span.end - sentence.span.start);
        s.get(from..to)
    }

    /// What a count counts after it: the act of an act unit, else the noun phrase, unless
    /// it is a thing a count of people touches (*people's count before a thing*).
    fn noun_after_count(&self, sentence: &Sentence<'_>, unit: Option<&str>, end: usize) -> Option<String> {
        if is_ratio_unit(unit) {
            return None;
        }
        self.counted_act(sentence, unit, end)
            .or_else(|| self.subject_after(sentence, end))
            .filter(|noun| !self.not_people(sentence.text, end, unit, noun))
    }

    /// *People's count before a thing*: a count in `人` followed by a noun that names no
    /// people and a predicate after it (`约3000万人国民健康保险费率上调`: the people the change
    /// touches) does not count that noun; one closing its clause says what they are (`其中1人
    /// 外伤`).
    fn not_people(&self, s: &str, end: usize, unit: Option<&str>, noun: &str) -> bool {
        let continues = s[end..].strip_prefix(noun).is_some_and(|rest| next_char(rest, 0).is_some_and(is_word_char));
        unit == Some("人") && continues && !self.subject.person_head.closes(noun)
    }

    /// *Rate after a share*: a share right before a noun ending in a rate (`现行6.5%费率`,
    /// `rate_head`) is that rate.
    fn rate_after<'s>(&self, sentence: &Sentence<'s>, end: usize) -> Option<&'s str> {
        let at = sentence.span.start + end;
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        let t = sentence.tokens.get(k).filter(|t| t.span.start == at && t.tag.starts_with('n'))?;
        let closes = !next_char(sentence.text, t.span.end - sentence.span.start).is_some_and(is_word_char);
        (closes || sentence.tokens.get(k + 1).is_some_and(|n| !n.tag.starts_with('n')))
            .then_some(t.text)
            .filter(|w| w.chars().count() >= 2 && self.subject.rate_head.closes(w))
    }

    /// *Share of the noun after it*: a share in % followed by `的` and a noun phrase
    /// (`全省九成的村卫生室`, `该地8%的林地`, `高达30%的结余率`) measures that noun; the words
    /// before it are its owner, its scope or a link to it. A noun of a level or a goal
    /// (`达到90%的水平`; role `share_frame`) names nothing measured, and in a clause with `占`
    /// (`山区占全省面积九成的某省`) or after a change verb (`增长5%的`) the share belongs to
    /// the clause before.
    fn share_of_noun(
        &self,
        sentence: &Sentence<'_>,
        unit: Option<&str>,
        (start, end): (usize, usize),
        dates: &[Span],
        clause: &str,
    ) -> Option<String> {
        // 30%的人: a share of people is read by `percent_subject` (the whole named before).
        let rest = &sentence.text[end..];
        if unit != Some("%") || rest.starts_with("的人") {
            return None;
        }
        if !rest.starts_with('的') {
            return self.share_before_noun(sentence, start, end, dates);
        }
        let sw = &self.subject;
        let before = clause.trim_end();
        if sw.share.iter().any(|w| before.contains(w.as_str()))
            || (sw.increase.closes(before) || sw.decrease.closes(before))
        {
            return None;
        }
        let noun = self.subject_after(sentence, end)?;
        (!sw.share_frame.closes(&noun)).then_some(noun)
    }

    /// *Share before its noun*: a share right before a noun (`近四成受访者认为…`) in a clause
    /// that names no noun before it counts that noun (step 1), not the group of the clause
    /// before (`受访者中，有近四成居民…` → 居民).
    fn share_before_noun(&self, sentence: &Sentence<'_>, start: usize, end: usize, dates: &[Span]) -> Option<String> {
        let at = sentence.span.start + end;
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        sentence.tokens.get(k).filter(|t| t.span.start == at && t.tag.starts_with('n'))?;
        let clause = self.clause_before(sentence, start, dates);
        let from = offset_in(sentence.text, clause)?;
        if self.names_noun(sentence, from, start) {
            return None;
        }
        self.subject_after(sentence, end)
    }

    /// A share names its metric before it; after it only as 30%的居民.
    fn percent_subject(
        &self,
        sentence: &Sentence<'_>,
        unit: Option<&str>,
        end: usize,
        clause: &str,
        prev_subject: Option<&str>,
    ) -> Option<String> {
        let object = self.verb_before_share(sentence, clause, end);
        if object {
            if let Some(after) = self.subject_after(sentence, end) {
                return Some(after);
            }
        }
        // *Share of people*: `30%的人` measures people, the one-character noun a subject here
        // (as `七八个人`), after a verb or where the clause before names no metric.
        let people = || {
            let at = end + "的人".len();
            sentence.text[end..].starts_with("的人") && token_boundary(sentence, at) && token_boundary(sentence, at - 3)
        };
        if people() && (object || self.clean_before(sentence, clause).is_none()) {
            return Some("人".to_string());
        }
        self.change_subject(clause, prev_subject, unit == Some("百分点"))
            .or_else(|| prev_subject.is_none().then(|| self.change_of_topic(sentence, clause, unit)).flatten())
            .or_else(|| {
                // 门诊量同比增长12.5%: a % change of a stated metric is its 增幅/降幅; a
                // change in 百分点 is the metric itself (住院率提高4个百分点).
                let (metric, change) = self.change_word(clause)?;
                let change = if unit == Some("%") { change } else { "" };
                Some(format!("{}{change}", self.clean_before(sentence, metric)?))
            })
            .or_else(|| self.clean_before(sentence, clause))
            .or_else(|| self.subject_after(sentence, end))
    }

    /// *Change of a topic*: a bare change opening its clause after a comma, no figure before
    /// it, measures the metric whose change the clause before states with words of degree
    /// after it (`该院医保基金支出增长较快，同比增长15%` → 医保基金支出增幅).
    fn change_of_topic(&self, sentence: &Sentence<'_>, clause: &str, unit: Option<&str>) -> Option<String> {
        let (_, suffix) = self.bare_change(clause)?;
        let s = sentence.text;
        let off = offset_in(s, clause)?;
        let before = s[..off].strip_suffix(['，', ','])?;
        let opening =
            before.rfind(is_delimiter).map_or(0, |k| k + before[k..].chars().next().map_or(0, char::len_utf8));
        let toks = sentence.tokens_between(opening, before.len());
        let degree = toks.iter().rev().take_while(|t| t.tag.starts_with(['a', 'd'])).count();
        let end = toks.len().checked_sub(degree).filter(|_| degree > 0)?;
        let topic = &s[opening..toks.get(end.checked_sub(1)?)?.span.end - sentence.span.start];
        let (metric, _) = self.change_word(topic)?;
        let metric = self.clean_before(sentence, metric)?;
        Some(if unit == Some("%") { format!("{metric}{suffix}") } else { metric })
    }

    /// *Share as object*: a share with `的` (or right before a noun) and a noun after it, right after a verb of its
    /// clause (`该院有21%的门诊量`, `覆盖了30%的人口`), is part of that noun: the noun after
    /// names what is measured, not the agent before the verb. A change verb or a cut word
    /// (`增长`, `达到`: `签约率达到30%`) keeps the metric before.
    fn verb_before_share(&self, sentence: &Sentence<'_>, clause: &str, end: usize) -> bool {
        // 全校有三分之一学生近视: a noun right after the share is measured as after `的`.
        let at = sentence.span.start + end;
        let next_k = sentence.tokens.partition_point(|t| t.span.start < at);
        let next = sentence.tokens.get(next_k).filter(|t| t.span.start == at);
        let noun_next = || next.is_some_and(|t| t.tag.starts_with('n'));
        let Some(off) = offset_in(sentence.text, clause) else { return false };
        let at = sentence.span.start + off + clause.trim_end().len();
        let k = sentence.tokens.partition_point(|t| t.span.end < at);
        let Some(verb) = sentence.tokens.get(k).filter(|t| t.span.end == at) else { return false };
        let sw = &self.subject;
        let listed = |words: &[String]| words.iter().any(|w| w == verb.text);
        // *Share in an act*: after a verb of action (no link: not 有), a verb and a noun closing
        // the clause are one noun (加收1.5%补充管理费 → 补充管理费; not 有21%来自外地).
        let act_object = || {
            let closes =
                |e: usize| next_char(sentence.text, e - sentence.span.start).map_or(true, |c| !is_word_char(c));
            next.is_some_and(|t| t.tag.starts_with('v') && t.text.chars().count() >= 2)
                && sentence.tokens.get(next_k + 1).is_some_and(|n| n.tag.starts_with('n') && closes(n.span.end))
                && !listed(&sw.link)
        };
        if !sentence.text[end..].starts_with('的') && !noun_next() && !act_object() {
            return false;
        }
        if sentence.text[end..].starts_with('的') && self.whole_after_verb(sentence, k, sentence.span.start + off) {
            return true;
        }
        verb.tag.starts_with('v')
            && verb.tag != "vn"
            && !listed(&sw.increase)
            && !listed(&sw.decrease)
            && !listed(&sw.cut)
            && !listed(&sw.share)
    }

    /// *Share of a whole after a verb*: the clause ends in a share word and its whole
    /// (`占全盟`, at most [`MAX_SHARE_WHOLE_TOKENS`] nouns, token `k` the last) right after
    /// a verb or opening the clause (from byte `start`): a share with `的` after it
    /// (`重视占全县80%的乡村医生的意见`) describes the noun after it, which it measures; a noun
    /// before the share word is the part measured instead (`门诊量占全市的35%`).
    fn whole_after_verb(&self, sentence: &Sentence<'_>, k: usize, start: usize) -> bool {
        let toks = &sentence.tokens[..=k];
        let whole = toks
            .iter()
            .rev()
            .take(MAX_SHARE_WHOLE_TOKENS + 1)
            .take_while(|t| t.span.start >= start && matches!(t.tag.chars().next(), Some('n' | 'r' | 'j')))
            .count();
        let Some(p) = toks.len().checked_sub(whole + 1).filter(|_| (1..=MAX_SHARE_WHOLE_TOKENS).contains(&whole))
        else {
            return false;
        };
        let share = &toks[p];
        let before = p.checked_sub(1).map(|j| &toks[j]).filter(|t| t.span.end > start);
        share.span.start >= start
            && self.subject.share.has(share.text)
            && before.map_or(true, |t| t.tag.starts_with('v') && t.tag != "vn")
    }

    /// *Change of an age*: years added to a metric in 岁 (`人均预期寿命增加近1岁`) are its
    /// growth, like a change in %: the metric + `增幅`/`降幅`.
    fn age_change(&self, sentence: &Sentence<'_>, clause: &str) -> Option<String> {
        let (metric, change) = self.change_word(clause)?;
        Some(format!("{}{change}", self.clean_before(sentence, metric)?))
    }

    /// `增幅` or `降幅` when the clause ends in a change verb (同比增长, 下降了).
    fn change_word<'s>(&self, clause: &'s str) -> Option<(&'s str, &'static str)> {
        let t = clause.trim_end().trim_end_matches(['了', '的', ' ']);
        let t = closing_where(&self.subject.link, t, |_| true).map_or(t, |w| &t[..t.len() - w.len()]);
        let ends =
            |words: &WordList| closing_where(words, t, |w| w.chars().count() > 1).map(|w| &t[..t.len() - w.len()]);
        let (mut metric, change) = match (ends(&self.subject.increase), ends(&self.subject.decrease)) {
            (Some(m), _) => (m, "增幅"),
            (None, Some(m)) => (m, "降幅"),
            _ => return None,
        };
        // The comparison (比上年, 较去年同期) is no part of the metric.
        loop {
            if let Some(w) = closing_where(&self.subject.comparative, metric, |_| true) {
                metric = &metric[..metric.len() - w.len()];
                continue;
            }
            // A year compared with (较2022年, 较2023年末).
            let bare = self.strip_year_suffix(metric);
            let year = bare.strip_suffix("年度").or_else(|| bare.strip_suffix('年'));
            match year.map(|y| y.trim_end_matches(|c: char| c.is_ascii_digit())) {
                Some(y) if y.len() < bare.len() - '年'.len_utf8() => metric = y,
                _ => break,
            }
        }
        Some((metric, change))
    }

    /// The subject of a change closing the clause before a figure with no noun of its own:
    /// an amount added (`较上年增加约40亿元`) is no growth rate: its verb names it, with its
    /// metric when the clause names one (*money change*).
    fn change_after(
        &self,
        sentence: &Sentence<'_>,
        kind: FigureKind,
        clause: &str,
        prev_subject: Option<&str>,
    ) -> Option<String> {
        match kind {
            FigureKind::Money => self
                .bare_change(clause)
                .map(|(verb, _)| verb.to_string())
                .or_else(|| self.money_change(sentence, clause)),
            _ => self.change_subject(clause, prev_subject, false),
        }
    }

    /// *Time limit*: a duration with `内` followed by a modal word and a short predicate
    /// closing its clause names what can be done within it, without the modal
    /// (`30分钟内可到达急救站` → 到达急救站); a goal's frame without a modal (`三年内实现…`)
    /// and a time counted from an event (`出院后7天内即可…`) name nothing.
    fn time_limit_act(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        let s = sentence.text;
        if !s[..end].ends_with('内') || s[..start].trim_end().ends_with('后') {
            return None;
        }
        let mut p = end;
        while let Some(w) = self.subject.modal.iter().find(|w| s[p..].starts_with(w.as_str())) {
            p += w.len();
        }
        if p == end || !self.verb_at(sentence, p) {
            return None;
        }
        let e = s[p..].find(is_delimiter).map_or(s.len(), |k| p + k);
        let act = s[p..e].trim_end();
        (act.chars().count() <= TIME_LIMIT_ACT_CHARS).then(|| self.finish(act)).flatten()
    }

    /// *Money change*: an amount right after a change verb that closes a clause naming a
    /// metric (`每月保费将增加26元`) is that change: the metric, its period kept, and the verb
    /// (每月保费增加); a level reached (`提高到89元`) is the metric alone.
    fn money_change(&self, sentence: &Sentence<'_>, clause: &str) -> Option<String> {
        let t = clause.trim_end().trim_end_matches('了');
        let verb = self
            .subject
            .increase
            .iter()
            .chain(&self.subject.decrease)
            .find(|w| t.ends_with(w.as_str()) && w.chars().count() > 1)?;
        let noun = self.clean_before(sentence, clause)?;
        if let Some(metric) = noun.strip_suffix(verb.as_str()) {
            // 保费将可少缴13元: the adverbs and modals before the verb are no part of it.
            return Some(format!("{}{verb}", self.without_modals(metric)));
        }
        let at = t.rfind(noun.as_str())?;
        let period = self.frequency.iter().find(|f| t[..at].trim_end().ends_with(f.as_str()));
        Some(format!("{}{noun}{verb}", period.map_or("", |f| f.as_str())))
    }

    /// `metric` without the function and modal words closing it (`保费将可` → `保费`), when a
    /// metric of two characters or more stays.
    fn without_modals<'t>(&self, mut metric: &'t str) -> &'t str {
        while let Some(rest) = self
            .subject
            .function
            .iter()
            .chain(&self.subject.modal)
            .find_map(|w| metric.strip_suffix(w.as_str()))
            .filter(|rest| rest.chars().count() >= 2)
        {
            metric = rest;
        }
        metric
    }

    /// True when the word after a duration names the duration itself (3至5年时间).
    fn duration_noun_at(&self, sentence: &Sentence<'_>, mut p: usize) -> bool {
        // 一个多月的时间: over 的.
        if sentence.text.get(p..).is_some_and(|r| r.starts_with('的')) {
            p += '的'.len_utf8();
        }
        let rest = sentence.text.get(p..).unwrap_or("");
        self.subject.duration_noun.iter().any(|w| rest.starts_with(w.as_str()) && token_boundary(sentence, p + w.len()))
    }

    /// True when a verb (not a verbal noun) starts at byte `p` of the sentence.
    fn verb_at(&self, sentence: &Sentence<'_>, p: usize) -> bool {
        let at = sentence.span.start + p;
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        sentence.tokens.get(k).is_some_and(|t| {
            t.span.start == at
                // A lead verb of two characters the tagger calls something else (新建/ns)
                // is still a verb.
                && (t.tag.starts_with('v') && t.tag != "vn"
                    || t.text.chars().count() > 1 && self.subject.lead_verb.has(t.text))
                // A head noun tagged as a verb ends the phrase (500元基本补助。) unless an
                // object follows (补助偏乡诊所).
                && !(self.subject.head.closes(t.text)
                    && next_char(sentence.text, p + t.text.len()).map_or(true, |c| !is_word_char(c)))
        })
    }

    /// The currency written right before byte `i` (one space allowed): its start and unit.
    fn currency_before<'a>(&'a self, s: &str, i: usize) -> Option<(usize, &'a str)> {
        let before = &s[..i];
        let before = before.strip_suffix(' ').unwrap_or(before);
        let last = before.chars().next_back()?;
        self.currency_ends.binary_search(&last).ok()?;
        let c = self.currencies.iter().find(|c| before.ends_with(c.surface.as_str()))?;
        let start = before.len() - c.surface.len();
        // USD inside a longer Latin word is no currency.
        if c.surface.starts_with(|ch: char| ch.is_ascii_alphabetic())
            && prev_char(s, start).is_some_and(|p| p.is_ascii_alphanumeric())
        {
            return None;
        }
        Some((start, c.unit.as_str()))
    }

    /// `“三统一”管理`: a quote holding only a numeral and a count word is a count; its
    /// subject is the word and the noun right after the quote.
    fn quoted_count(&self, sentence: &Sentence<'_>, i: usize, end: usize) -> Option<Figure<Span>> {
        let s = sentence.text;
        let w = self.count_word.iter().find(|w| s[end..].starts_with(w.as_str()))?;
        let close = end + w.len();
        let q = next_char(s, close).filter(|c| matches!(c, '”' | '」' | '’' | '』'))?;
        let value = number::scan(s, i).filter(|n| n.span.end == end)?.value;
        let after = close + q.len_utf8();
        let subject = match self.subject_after(sentence, after) {
            Some(noun) => format!("{w}{noun}"),
            None => w.clone(),
        };
        Some(Figure {
            value,
            upper: None,
            unit: None,
            kind: FigureKind::Count,
            approx: Approx::Exact,
            subject: Some(subject),
            mention: Span::new(i, close),
        })
    }

    /// The insides of book titles (《…》) and of quoted names (a short quote without clause
    /// punctuation): their numbers name things and are no figures.
    fn opaque_names(&self, s: &str) -> Vec<Span> {
        let mut out = Vec::new();
        for (p, c) in s.char_indices() {
            let (close, max_chars) = match c {
                '《' => ('》', 60),
                '“' => ('”', 20),
                '「' => ('」', 20),
                '『' => ('』', 20),
                '‘' => ('’', 20),
                _ => continue,
            };
            let from = p + c.len_utf8();
            let Some((k, _)) = s[from..].char_indices().take(max_chars + 1).find(|&(_, x)| x == close || x == c) else {
                continue;
            };
            let inner = &s[from..from + k];
            if inner.is_empty() || !s[from + k..].starts_with(close) {
                continue;
            }
            if c != '《' {
                if inner.contains(['，', '。', '；', '：', '！', '？', ',', ';', '!', '?'])
                    || self.quoted_measure(inner)
                    || self.quoted_speech(&s[..p], &s[from..])
                {
                    continue; // a quoted statement, not a name
                }
                // “三统一” is the count itself.
                let bare_count =
                    number::scan(inner, 0).is_some_and(|n| self.count_word.iter().any(|w| inner[n.span.end..] == **w));
                if bare_count {
                    continue;
                }
            }
            out.push(Span::new(from, from + k));
        }
        out
    }

    /// Whether the number from `i` to `end` opens a quoted name (see [`opens_quoted_name`]),
    /// not quoted speech.
    fn opens_quoted_name_at(&self, s: &str, i: usize, end: usize, prev: Option<char>) -> bool {
        opens_quoted_name(prev, &s[end..]) && !self.quoted_speech(&s[..i - prev.map_or(0, char::len_utf8)], &s[i..])
    }

    /// *Quoted speech*: a quote opened after a verb of saying and a comma or colon
    /// (`李医生表示，“每天接诊100多名患者”`, role `report_verb`) is a statement, not a name: its
    /// numbers count. `before` is the text before the opening mark, `inner` the quote's text
    /// (or what follows it).
    /// Only a quote that closes its clause (`”。`, `”，`, or the end) is one: a quote before a
    /// noun is a name (`指出，“两个允许”要求`).
    fn quoted_speech(&self, before: &str, inner: &str) -> bool {
        let Some((_, after)) = inner.split_once(CLOSING_QUOTES) else { return false };
        let closes = after.chars().next().map_or(true, |c| matches!(c, '，' | '。' | '；' | '！' | '？' | ',' | ';'));
        closes && before.strip_suffix(['，', '：', ',', ':']).is_some_and(|b| self.subject.report_verb.closes(b))
    }

    /// *Quoted requirement*: a quote listing clauses (`、`) with a number before a unit of
    /// measure (`“保持2米间距、佩戴口罩”`) states a rule, not a name: its figures count.
    fn quoted_measure(&self, inner: &str) -> bool {
        inner.contains('、')
            && inner.char_indices().any(|(p, c)| {
                number::is_digit(c)
                    && self.unit_at(inner, p + c.len_utf8()).is_some_and(|u| u.kind == FigureKind::Other)
            })
    }

    /// `第N` and `首位` after a ranking verb are ranks; `第N` elsewhere is an ordinal.
    fn rank_at(&self, sentence: &Sentence<'_>, i: usize) -> Option<Step> {
        let s = sentence.text;
        let rest = &s[i..];
        let first = rest.chars().next()?;
        if let Some(step) = self.top_n(sentence, i) {
            return Some(step);
        }
        if first != '第' && !self.rank_forms.iter().any(|f| f.starts_with(first)) {
            return None;
        }
        let (value, end) = if let Some(form) = self.rank_forms.iter().find(|f| rest.starts_with(f.as_str())) {
            (1.0, i + form.len())
        } else if rest.starts_with('第') {
            let n = number::scan(s, i + '第'.len_utf8())?;
            (n.value, n.span.end)
        } else {
            return None;
        };
        let Some((clause_start, cue_pos, cue)) = self.rank_cue_before(sentence, i) else {
            return Some(Step::Skip(end));
        };
        // 第一名/第一位 keep their measure word in the span.
        let mut end = end;
        let mut unit = None;
        if let Some(w) = ['名', '位'].into_iter().find(|&w| rest.starts_with('第') && s[end..].starts_with(w)) {
            end += w.len_utf8();
            unit = Some(w.to_string());
        }
        // 第一道防线, 第三批: an ordinal right before a noun is no rank (排名第一的 is).
        if next_char(s, end).is_some_and(|c| is_word_char(c) && c != '的') {
            return Some(Step::Skip(end));
        }
        let before = &s[clause_start..clause_start + cue_pos];
        let subject = if self.rank_awards.contains(cue) {
            award_category(&s[clause_start + cue_pos + cue.len()..i]).and_then(|c| self.finish(c))
        } else {
            self.clean_before(sentence, before)
        };
        Some(Step::Found(
            Figure {
                value,
                upper: None,
                unit,
                kind: FigureKind::Rank,
                approx: Approx::Exact,
                subject,
                mention: Span::new(i, end),
            },
            end,
        ))
    }

    /// A ranking verb within a few characters before `i`, in the same clause: the clause's
    /// start, the cue's offset in the clause and the cue.
    fn rank_cue_before(&self, sentence: &Sentence<'_>, i: usize) -> Option<(usize, usize, &String)> {
        let s = sentence.text;
        let window_start = floor_char_boundary(s, i.saturating_sub(60));
        let clause = s[window_start..i].rsplit(is_delimiter).next().unwrap_or("");
        let clause_start = i - clause.len();
        let reach = |c: &String| if c.chars().count() > 1 { RANK_REACH_WORD } else { RANK_REACH_CHAR };
        let near = |c: &String| i.saturating_sub(reach(c)).max(clause_start) - clause_start;
        self.rank_cues
            .iter()
            .filter_map(|c| rfind_str(clause, c).map(|p| (p, c)))
            .filter(|&(p, c)| p + c.len() >= near(c))
            // A one-character cue is a word of its own (居, not the 居 of 长居).
            .filter(|&(p, c)| c.chars().count() > 1 || token_boundary(sentence, clause_start + p))
            .max_by_key(|&(p, c)| (p + c.len(), c.len()))
            .map(|(p, c)| (clause_start, p, c))
    }

    /// *Top N*: a rank of the first N, unit none (FACTS round 61): `TOP5` before a noun or a
    /// stop, `前N` after a ranking verb (`跻身全国前20`, `排名前三`; `前三名` keeps 名 as
    /// 第一名 does), and `N强` closing its words (`跻身十强`, `全球20强，`; not `两强相遇`).
    fn top_n(&self, sentence: &Sentence<'_>, i: usize) -> Option<Step> {
        let s = sentence.text;
        let rest = &s[i..];
        let rank = |value: f64, unit: Option<&str>, end: usize| {
            let figure = Figure {
                value,
                upper: None,
                unit: unit.map(str::to_string),
                kind: FigureKind::Rank,
                approx: Approx::Exact,
                subject: None,
                mention: Span::new(i, end),
            };
            Some(Step::Found(figure, end))
        };
        let numeral_before = prev_char(s, i).is_some_and(|p| number::is_digit(p) || number::is_chinese_numeral_char(p));
        if let Some(top) = ["TOP", "Top", "top"].iter().find(|w| rest.starts_with(**w)) {
            let n = number::scan(s, i + top.len()).filter(|n| n.form != NumberForm::Chinese)?;
            let letter_around = prev_char(s, i).is_some_and(|p| p.is_ascii_alphanumeric())
                || next_char(s, n.span.end).is_some_and(|c| c.is_ascii_alphanumeric());
            return if letter_around { None } else { rank(n.value, None, n.span.end) };
        }
        if let Some(after) = rest.strip_prefix('前') {
            let at = s.len() - after.len();
            let n = number::scan(s, at)?;
            self.rank_cue_before(sentence, i)?;
            let ming = s[n.span.end..].starts_with('名');
            let end = if ming { n.span.end + '名'.len_utf8() } else { n.span.end };
            // 排名前三的医院 is a rank; 前三季度, 前10个月 are no ranks.
            if next_char(s, end).is_some_and(|c| is_word_char(c) && c != '的')
                || self.unit_at(s, n.span.end).is_some() && !ming
            {
                return None;
            }
            return rank(n.value, ming.then_some("名"), end);
        }
        let n = number::scan(s, i).filter(|_| !numeral_before)?;
        let strong = s[n.span.end..].starts_with('强') && prev_char(s, i) != Some('第');
        let closes = next_char(s, n.span.end + '强'.len_utf8()).map_or(true, |c| !is_word_char(c) || c == '的');
        if strong && closes {
            rank(n.value, None, n.span.end + '强'.len_utf8())
        } else {
            None
        }
    }

    /// The number (with an optional range) at `i`.
    fn quantity(&self, s: &str, i: usize) -> Option<Quantity> {
        if let Some(r) = number::scan_ratio(s, i).filter(|r| !self.pair_not_share(s, i, r.span.end)) {
            let (upper, end) = percent_range_end(s, i, r.percent, r.span.end);
            return Some(Quantity {
                value: r.percent,
                upper,
                percent: true,
                form: NumberForm::Arabic,
                magnitude: false,
                vague: false,
                end,
            });
        }
        let n = number::scan(s, i)?;
        let mut q = Quantity {
            value: n.value,
            upper: None,
            percent: false,
            form: n.form,
            magnitude: n.magnitude > 1.0,
            vague: false,
            end: n.span.end,
        };
        if let Some((low, high, end)) = vague_pair(s, i, &n) {
            q.value = low;
            q.upper = Some(high);
            q.vague = true;
            q.end = end;
            return Some(q);
        }
        // A range: 300-400, 1-2, 三到五, 1.5万-2万.
        if let Some(conn) = RANGE_CONNECTORS.iter().find(|c| s[q.end..].starts_with(*c)) {
            let j = q.end + conn.len();
            if let Some(m) = number::scan(s, j) {
                let same_script = (m.form == NumberForm::Chinese) == (n.form == NumberForm::Chinese);
                let mut low = n.value;
                if n.magnitude == 1.0 && m.magnitude > 1.0 {
                    low *= m.magnitude;
                }
                let code = next_char(s, m.span.end).is_some_and(|c| c.is_ascii_digit() || c == '-');
                if same_script && m.value > low && !code && !self.trajectory(s, i, n.span.end) {
                    q.value = low;
                    q.upper = Some(m.value);
                    q.magnitude |= m.magnitude > 1.0;
                    q.end = m.span.end;
                    q.form = m.form;
                }
            }
        }
        Some(q)
    }

    /// `近四成为农村居民`, `其中三成为老人`: a share followed by the verb 为 (`成` + `为`, which
    /// the word list reads as 成为 "become"), told by an approximation word or `其中` before
    /// the number at `i`.
    fn share_before_copula(&self, s: &str, i: usize, end: usize) -> bool {
        s[end..].starts_with("成为") && (self.approx_before(s, i).is_some() || s[..i].ends_with("其中"))
    }

    /// `约两成人手`: after an approximation word, a Chinese number before `成人` is a share
    /// (the 成 of 成人 is tenths: `约两成人口`), not a count of adults.
    fn approximate_share(&self, s: &str, i: usize, end: usize) -> bool {
        s[end..].starts_with("成人")
            && !number::is_digit(s[i..].chars().next().unwrap_or('0'))
            && self.approx_before(s, i).is_some()
    }

    /// *Share of people*: `三成长者`, `两成员工` — a Chinese number before `成` and a noun of
    /// people (role `share_people` of `figure_words.txt`) that the word list reads as 成长,
    /// 成员: the 成 is tenths.
    fn share_of_people(&self, s: &str, i: usize, end: usize) -> bool {
        let after = &s[end + '成'.len_utf8()..];
        !number::is_digit(s[i..].chars().next().unwrap_or('0'))
            && self.share_people.iter().any(|w| after.starts_with(w.as_str()))
    }

    /// `成` as tenths (七成, 7成以上) — not 成立, 成为, … (`i`: where the number starts).
    fn tenths_at(&self, s: &str, i: usize, end: usize, q: &Quantity) -> Option<usize> {
        if !s[end..].starts_with('成') || q.value > 10.0 || q.upper.is_some_and(|u| u > 10.0) || q.percent {
            return None;
        }
        if self.not_units.iter().any(|w| s[end..].starts_with(w.as_str()))
            && !self.share_before_copula(s, i, end)
            && !self.approximate_share(s, i, end)
            && !self.share_of_people(s, i, end)
        {
            return None;
        }
        Some(end + '成'.len_utf8())
    }

    /// `元` followed by `角` and `分` (`3元5角`, `壹佰贰拾叁元肆角`): the amount in yuan and the
    /// end of the smaller coins.
    fn coins(&self, s: &str, value: f64, end: usize) -> (f64, usize) {
        let mut value = value;
        let mut end = end;
        for (coin, factor) in [('角', 0.1), ('分', 0.01)] {
            let Some(n) = number::scan(s, end).filter(|n| n.value.fract() == 0.0 && n.value < 10.0) else { break };
            if !s[n.span.end..].starts_with(coin) {
                continue;
            }
            value = (value * 100.0 + n.value * factor * 100.0).round() / 100.0;
            end = n.span.end + coin.len_utf8();
        }
        (value, end)
    }

    /// A Latin unit symbol at `i` that ends a word (`40mg`, `5kg`; not `5G`, not `3kgx`).
    fn latin_unit(&self, s: &str, i: usize) -> bool {
        self.unit_at(s, i).is_some_and(|u| {
            u.surface.starts_with(|c: char| c.is_ascii_alphabetic())
                && !next_char(s, i + u.surface.len()).is_some_and(|c| c.is_ascii_alphanumeric())
        })
    }

    /// The unit right after a quantity `q` ending at `end` (one space allowed), when it fits
    /// the quantity ([`decade_fits`]).
    fn unit_after(&self, s: &str, end: usize, q: &Quantity) -> Option<&Unit> {
        self.unit_at(s, spaced(s, end, |p| self.unit_at(s, p).is_some())).filter(|u| decade_fits(u, q))
    }

    /// The unit at `i`, unless a longer non-unit word starts there (家庭, 个人) — except a
    /// unit and a noun of people that end the clause (`聚集了七八个人。` is 个 + 人: no word
    /// follows to make them 个人; the figure counts 人).
    fn unit_at(&self, s: &str, i: usize) -> Option<&Unit> {
        let rest = s.get(i..)?;
        let (units, not_units) = self.by_first_char.get(&rest.chars().next()?)?;
        let unit = units.iter().map(|&k| &self.units[k]).find(|u| rest.starts_with(u.surface.as_str()))?;
        let blocked = not_units.iter().map(|&k| &self.not_units[k]).any(|w| {
            w.len() > unit.surface.len() && rest.starts_with(w.as_str()) && self.closing_people(rest, unit).is_none()
        });
        (!blocked).then_some(unit)
    }

    /// `个人。` at the start of `rest`: the noun of people after `unit` when a non-unit word
    /// (个人) is that unit and that noun, closing the clause or — a free noun (人, not the
    /// suffix of 记者) — followed by a predicate word (`stop`: `11个人参与调查`, `两个人在
    /// 现场`) — what the figure counts; `个人账户` stays one word.
    fn closing_people<'s>(&self, rest: &'s str, unit: &Unit) -> Option<&'s str> {
        let after = rest.get(unit.surface.len()..)?;
        let noun = opening(&self.subject.person_head, after)?;
        let whole = &rest[..unit.surface.len() + noun.len()];
        let free = noun.as_str() == "人" || noun.chars().nth(1).is_some();
        let closes = !next_char(rest, whole.len()).is_some_and(is_word_char)
            || free && self.subject.stop.opens(&rest[whole.len()..]);
        (closes && self.not_units.iter().any(|w| w == whole)).then_some(&after[..noun.len()])
    }

    /// The noun phrase right after a figure: the segmenter's tokens up to a clause
    /// delimiter, a predicate word of the `stop` list, a number, or `和`/`与` before the next
    /// figure; trailing action nouns (`建设`, `筛查`) dropped.
    fn subject_after(&self, sentence: &Sentence<'_>, p: usize) -> Option<String> {
        let s = sentence.text;
        let p = past_money_word(s, past_latin_gap(sentence, p))?;
        let de = s[p..].starts_with('的');
        let p = if de { p + '的'.len_utf8() } else { p };
        // 120万名65岁或以上长者: an age group after the count is part of what it counts.
        let age_end = past_age(s, p);
        if age_end > p {
            return self.subject_after(sentence, age_end).map(|noun| format!("{}{noun}", &s[p..age_end]));
        }
        if let Some(quoted) = self.quoted_noun(s, p) {
            return self.finish(quoted);
        }
        if let Some(next) = self.count_right_after(s, p) {
            return self.subject_after(sentence, next);
        }
        if let Some(place) = self.counted_place(sentence, p) {
            return Some(place.to_string());
        }
        if next_char(s, p).map_or(true, |c| !is_word_char(c)) {
            return None;
        }
        // 从2万2000元调整至…: a change of the figure follows, not what it counts.
        let rest = &s[p..];
        if self
            .subject
            .link
            .iter()
            .chain(&self.subject.cut)
            .any(|w| rest.starts_with(w.as_str()) && w.chars().count() >= 3)
        {
            return None;
        }
        let tokens = words_from(sentence, p);
        let first_word = tokens.first().map(|&(a, b, tag)| (&s[a..b], tag))?;
        let first_is_verb = first_word.1.starts_with('v') && first_word.1 != "vn";
        let first_is_stop = self.subject.stop.has(first_word.0);
        // 4人因病入院: a preposition after the number opens an adverbial (after `的`, a relative
        // clause: 17%的在本市就诊的患者), no noun; so does a frequency word (5万人每月保费…).
        if first_word.1.starts_with('p') && !(de && self.relative_clause_ahead(s, &tokens))
            || self.glued_function(sentence, p)
            || self.frequency.iter().any(|f| rest.starts_with(f.as_str()))
        {
            return None;
        }
        let relative = self.relative_clause_ahead(s, &tokens);
        if predicate_after_count(s, &tokens) && !relative {
            return None;
        }
        // *Modifier word*: one adjective, distinguishing word or bare verb with `的` right after
        // the count describes the noun after it (三四辆类似的面包车 → 面包车, 12家大型的综合医院
        // → 综合医院); so do a noun and its quality (*quality of the counted*).
        let modifier = matches!(first_word.1.chars().next(), Some('a' | 'b' | 'v')) && first_word.1 != "vn";
        let modified = modifier && tokens.get(1).is_some_and(|&(a, b, _)| &s[a..b] == "的") && tokens.len() > 2;
        if let Some(k) = modified.then_some(2).or_else(|| quality_clause(s, &tokens)) {
            let e = self.phrase_end(s, &tokens[k..])?;
            return self.finish_after(&s[..p], self.trim_words(sentence, &s[tokens[k].0..e], true));
        }
        if first_is_verb || first_is_stop || relative {
            // A relative clause before the noun: 50家开展中医药巡诊服务的社区卫生服务站点.
            let k = tokens.iter().take(8).position(|&(a, b, _)| &s[a..b] == "的");
            let clean = |k: usize| tokens[..k].iter().all(|&(a, _, _)| next_char(s, a).is_some_and(is_word_char));
            if let Some(k) = k.filter(|&k| clean(k)) {
                let e = self.phrase_end(s, &tokens[k + 1..])?;
                return self.finish_after(&s[..p], self.trim_words(sentence, &s[p..e], true));
            }
            if first_is_stop || first_is_verb && self.verb_with_object(s, &tokens) {
                return None;
            }
        }
        let e = self.phrase_end(s, &tokens)?;
        if first_is_verb && self.peoples_predicate(&s[..p], &s[p..e]) {
            return None;
        }
        if let Some(head) = self.shared_head(sentence, p, e) {
            return self.finish(&format!("{}{head}", &s[p..e]));
        }
        let e = self.definite_member(s, p, e);
        self.finish_after(&s[..p], self.trim_words(sentence, &s[p..e], true))
    }

    /// *Relative clause after the count*: words before a `的` a few words on that hold a
    /// predicate (a verb, `在` of being somewhere or a set phrase: `自愿参加试点的领域`,
    /// `优先发展的学科`, `仍在专科门诊的病人`) describe the
    /// noun after it, one phrase with it; a noun opening them is the clause's agent, the one
    /// counted (`5万患者使用的药品` → 患者), nouns alone before `的` own it (`三个连队的居民`,
    /// read elsewhere), and a verb with an aspect particle is the predicate
    /// (`三维防线构建了…的体系` → 防线).
    fn relative_clause_ahead(&self, s: &str, tokens: &[(usize, usize, &str)]) -> bool {
        let Some(k) = tokens.iter().take(5).position(|&(a, b, _)| &s[a..b] == "的") else { return false };
        // 5万患者使用的药品: a noun opening the words is the clause's agent, the one counted.
        k > 0
            && !tokens[0].2.starts_with(['n', 'r', 'j'])
            && tokens[..k]
                .iter()
                .all(|&(a, b, _)| next_char(s, a).is_some_and(is_word_char) && !matches!(&s[a..b], "了" | "着" | "过"))
            && tokens[..k].iter().any(|&(a, b, t)| t.starts_with('v') && t != "vn" || t == "l" || &s[a..b] == "在")
    }

    /// *Counted place*: a place of one character right after the measure word, a word of
    /// its own closed by `的` or the clause's end (`48个县。`, `十二个州的议员` → 州; not
    /// `两个县医院`, nor a list `县（市、区）`, `县、市`), is what the count counts (role
    /// `counted_place`).
    fn counted_place<'s>(&self, sentence: &Sentence<'s>, p: usize) -> Option<&'s str> {
        let s = sentence.text;
        let place = self.subject.counted_place.iter().find(|w| s[p..].starts_with(w.as_str()))?;
        let end = p + place.len();
        let closed = next_char(s, end).map_or(true, |c| c == '的' || is_delimiter(c) && !matches!(c, '“' | '《'));
        (closed && token_boundary(sentence, end)).then(|| &s[p..end])
    }

    /// *Count of a count*: the end of a count (number and measure word) starting right at
    /// `p`, if any — the count before it names what this one counts (`18类260项问题`).
    fn count_right_after(&self, s: &str, p: usize) -> Option<usize> {
        if !next_char(s, p).is_some_and(|c| number::is_digit(c) || number::is_chinese_numeral_char(c)) {
            return None;
        }
        let q = self.quantity(s, p).filter(|q| !q.percent)?;
        let unit = self.unit_at(s, q.end).filter(|u| u.kind == FigureKind::Count)?;
        Some(q.end + unit.surface.len())
    }

    /// *Shared head*: counts joined by `和`/`及` whose first names only a modifier that the
    /// second repeats in kind (`2种甲型和2种乙型流感`, `3家三级和5家二级医院`: the same
    /// length and last character) share the second's head noun (甲型流感, 三级医院).
    fn shared_head<'s>(&self, sentence: &Sentence<'s>, p: usize, e: usize) -> Option<&'s str> {
        let s = sentence.text;
        let first = &s[p..e];
        let n = first.chars().count();
        let conj = self.subject.conjunctions.iter().find(|c| s[e..].starts_with(c.as_str()))?;
        let q = self.quantity(s, e + conj.len())?;
        let p2 = q.end + self.unit_at(s, q.end)?.surface.len();
        let tokens = words_from(sentence, p2);
        let second = &s[p2..self.phrase_end(s, &tokens)?];
        let z = second.char_indices().nth(n).map_or(second.len(), |(k, _)| k);
        let parallel =
            (1..=3).contains(&n) && first != &second[..z] && first.chars().last() == second[..z].chars().last();
        let head = &second[z..];
        (parallel && head.chars().count() >= 1 && head.chars().all(is_han)).then_some(head)
    }

    /// *Definite member*: a member joined by `和`/`及` after a count that opens with a level
    /// of administration (`definite_level`: 县, 市, not 县级) and ends in a head noun names the
    /// one body of that level (`20所卫生院和县医院` → 卫生院): no member of what is counted, so
    /// the phrase ends before its conjunction.
    fn definite_member(&self, s: &str, p: usize, e: usize) -> usize {
        let phrase = &s[p..e];
        let member_at = |k: usize| {
            let rest = &phrase[k..];
            let member = &rest[..LIST_SEPARATORS.iter().filter_map(|w| find_str(rest, w)).min().unwrap_or(rest.len())];
            let mut chars = member.chars();
            let level = chars.next().is_some_and(|c| self.subject.definite_level.iter().any(|l| l.starts_with(c)));
            level && chars.next().is_some_and(|c| c != '级') && self.subject.head.closes(member)
        };
        self.subject
            .conjunctions
            .iter()
            .flat_map(|c| match_starts(phrase, c).map(move |k| (k, k + c.len())))
            .filter(|&(k, after)| k > 0 && member_at(after))
            .map(|(k, _)| p + k)
            .min()
            .unwrap_or(e)
    }

    /// *Existential predicate*: a count right after `有` (`existential`: 有, 尚有, 还有 …) that
    /// counts nothing but the predicate closing its clause (`今天有7人预约复查`, `65间卫生站有
    /// 20间提供周末门诊`) counts those that do it: the predicate is the subject, not a noun
    /// before (what sets the 20 apart from the 65).
    fn existential_predicate(
        &self,
        sentence: &Sentence<'_>,
        kind: FigureKind,
        start: usize,
        end: usize,
    ) -> Option<String> {
        let s = sentence.text;
        if kind != FigureKind::Count || !self.existential_before(s, start) {
            return None;
        }
        let clause_end = s[end..].find(is_delimiter).map_or(s.len(), |k| end + k);
        let tokens = words_from(sentence, end);
        let tokens: Vec<_> = tokens.into_iter().take_while(|&(_, b, _)| b <= clause_end).collect();
        // Function words, then a verb opening the predicate (尚有4人仍在院治疗).
        let k = tokens.iter().position(|&(a, b, _)| !self.is_function(&s[a..b]))?;
        let (a, b, tag) = tokens[k];
        let verb = tag.starts_with('v') && tag != "vn" || tag == "p";
        let last = tokens.last()?;
        let whole = last.1 == clause_end && tokens.len() - k >= 2 && tokens.len() <= 8;
        // A link opens no predicate (有5人为…) — but 在 opens one of place (有4人在院治疗) —,
        // a 的 makes a relative clause of a noun (有19名来自外地的医生).
        let opens_predicate = !self.subject.link.has(&s[a..b]) || &s[a..b] == "在";
        let named = opens_predicate && !s[a..clause_end].contains('的');
        let numeral = s[end..clause_end].chars().any(|c| number::is_digit(c) || number::is_chinese_numeral_char(c));
        if !verb || !whole || !named || numeral || !token_boundary(sentence, end) {
            return None;
        }
        // 有120个发热门诊投入使用: a noun phrase opening with a verb and ending in a head noun
        // (发热门诊), a predicate after it, is what is counted, not an act.
        let noun = self.subject_after(sentence, end).filter(|n| self.ends_in_head(n));
        if noun.is_some_and(|n| s[end..clause_end].strip_prefix(n.as_str()).is_some_and(|rest| !rest.trim().is_empty()))
        {
            return None;
        }
        self.finish(self.trim_words(sentence, &s[tokens[k].0..clause_end], false))
    }

    /// *Glued function word*: the segmenter glues a measure word to the word after it
    /// (`人因`, `元都加`), so the tag of the piece after the number tells nothing; a piece that
    /// opens with a `function` word (a preposition or adverb: `因`, `都`, `均`) opens an
    /// adverbial or a predicate, no noun (`3人因病住院`, `唔加300元都加200元`).
    fn glued_function(&self, sentence: &Sentence<'_>, p: usize) -> bool {
        let at = sentence.span.start + p;
        let k = sentence.tokens.partition_point(|t| t.span.end <= at);
        let glued = sentence.tokens.get(k).is_some_and(|t| t.span.start < at);
        let rest = &sentence.text[p..];
        glued && self.subject.function.opens(rest)
    }

    /// *People's predicate*: after a count of people (`before` ends in it), a verb and a place
    /// they go to or serve (a `head` noun: 医院, 中心) say what they do (60人次支援县级医院),
    /// not what is counted (200名参训学员).
    fn peoples_predicate(&self, before: &str, phrase: &str) -> bool {
        let ends_in = |t: &str, words: &[String]| words.iter().any(|h| t.ends_with(h.as_str()));
        let people = ends_in(before, &self.subject.person_head) || ends_in(before, &self.subject.people_unit);
        people && ends_in(phrase, &self.subject.head) && !ends_in(phrase, &self.subject.person_head)
    }

    /// *Counted act*: after a unit that counts acts (`人次`, role `act_unit`), nouns and one
    /// verb that closes the clause are the act counted (`完成98人次外科看诊` → 外科看诊), not
    /// nouns and their predicate.
    fn counted_act(&self, sentence: &Sentence<'_>, unit: Option<&str>, end: usize) -> Option<String> {
        let unit = unit?;
        if !self.subject.act_unit.has(unit) {
            return None;
        }
        let (s, at) = (sentence.text, sentence.span.start + end);
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        let tokens = sentence.tokens.get(k..)?;
        if tokens.first()?.span.start != at {
            return None;
        }
        // Nouns, then the act (a verb or verbal noun of two characters or more) ending the clause.
        let run: Vec<_> =
            tokens.iter().take(5).take_while(|t| t.tag.starts_with('n') || t.tag.starts_with('v')).collect();
        let act = run.iter().position(|t| t.tag.starts_with('v'))?;
        let verb = run[act];
        let verb_end = verb.span.end - sentence.span.start;
        let linked = self.subject.link.has(verb.text) || self.subject.stop.has(verb.text);
        if act == 0
            || !run[..act].iter().all(|t| t.tag.starts_with('n'))
            || verb.text.chars().count() < 2
            || linked
            || next_char(s, verb_end).is_some_and(is_word_char)
        {
            return None;
        }
        self.finish(&s[end..verb_end])
    }

    /// *Quoted noun*: a short quoted name right after a count is what it counts
    /// (`建成12个“智慧药房”` → 智慧药房): Chinese characters only, up to 16 of them.
    fn quoted_noun<'s>(&self, s: &'s str, p: usize) -> Option<&'s str> {
        const PAIRS: [(char, char); 3] = [('“', '”'), ('「', '」'), ('『', '』')];
        let c = next_char(s, p)?;
        let &(_, close) = PAIRS.iter().find(|&&(o, _)| o == c)?;
        let inner = &s[p + c.len_utf8()..];
        let inner = &inner[..inner.find(close)?];
        let n = inner.chars().count();
        ((2..=16).contains(&n) && inner.chars().all(is_han)).then_some(inner)
    }

    /// The end of the noun phrase at the start of `tokens`: words are taken one by one
    /// until one ends the phrase (see [`PhraseStep`]).
    fn phrase_end(&self, s: &str, tokens: &[(usize, usize, &str)]) -> Option<usize> {
        let mut end = None;
        // *Adverb first*: function words of two characters or more alone (首次 of
        // 近6成首次就诊患者) begin no noun, so a verb after them still opens the phrase.
        let mut begun = false;
        let mut k = 0;
        while k < tokens.len() {
            match self.phrase_step(s, tokens, k, begun) {
                PhraseStep::Take => {
                    end = Some(tokens[k].1);
                    let word = &s[tokens[k].0..tokens[k].1];
                    begun = begun || word.chars().count() < 2 || !self.is_function(word);
                    k += 1;
                }
                PhraseStep::Pass => k += 1,
                PhraseStep::Through(close) => {
                    end = Some(close);
                    begun = true;
                    while k < tokens.len() && tokens[k].0 < close {
                        k += 1;
                    }
                }
                PhraseStep::EndAt(e) => return Some(e),
                PhraseStep::Stop => break,
            }
        }
        end
    }

    /// What token `k` does to the noun phrase being read (`started`: it has a word).
    fn phrase_step(&self, s: &str, tokens: &[(usize, usize, &str)], k: usize, started: bool) -> PhraseStep {
        let (a, b, tag) = tokens[k];
        let word = &s[a..b];
        let Some(c) = next_char(s, a) else { return PhraseStep::Stop };
        if c == '（' || c == '(' {
            return self.gloss_step(s, a, started);
        }
        let numeral = starts_number(c, tag);
        // 近30名基地主任、骨干师资: the enumeration comma joins nouns as a conjunction does.
        let joins = word == "、" || self.subject.conjunctions.has(word);
        if !is_word_char(c) && !joins || numeral {
            return PhraseStep::Stop;
        }
        if self.subject.stop.has(word) || reaches_a_value(word) {
            // 3所医院获评三级甲等医院: after a head noun a predicate word closes the phrase,
            // whatever head ends its object.
            let after_head = k > 0 && self.ends_in_head(&s[tokens[k - 1].0..tokens[k - 1].1]);
            return if after_head { PhraseStep::Stop } else { self.stop_word_step(s, &tokens[k + 1..], tag, started) };
        }
        // An attributive word only describes the noun after its 的 (开放式的诊室); a suffix
        // the segmenter split off (开放|式) ends one too.
        if word == "的" && started && k > 0 {
            let (x, y, _) = tokens[k - 1];
            if self.is_attributive(&s[x..y]) || k > 1 && self.is_attributive(&s[tokens[k - 2].0..y]) {
                return PhraseStep::Pass;
            }
        }
        // *Adverb after the noun*: an adverb of manner, a function word, or an adverb before
        // a predicate after the noun has begun modifies the predicate (200名学员顺利结业 →
        // 学员; 12家医院均参与 → 医院; 三成的患者未按时复诊 → 患者); so does a modal
        // (有5名医生可以上门 → 医生).
        // *Adjective before the verb*: so does an adjective right before a verb
        // (`45条线索成功开展追踪` → 线索).
        let next = tokens.get(k + 1).map_or("", |&(_, _, t)| t);
        let manner = tag == "ad" || tag == "d" && next.starts_with(['v', 'd', 'a', 'p']) || tag == "a" && next == "v";
        // *Clause conjunction* (module `predicate_opener`): `村卫生室并投入使用` → 村卫生室.
        let clause_conjunction =
            self.opens_predicate(word, tag, tokens.get(k + 1).map_or(("", ""), |&(x, y, t)| (&s[x..y], t)));
        if started && (manner || clause_conjunction || self.is_function(word) || self.is_modal(word)) {
            return PhraseStep::Stop;
        }
        // *Adverbial after the noun*: a preposition after the noun has begun opens the
        // predicate's adverbial (`两个进球以…取胜` → 进球, `300名学员对…` → 学员).
        if started && tag.starts_with('p') {
            return PhraseStep::Stop;
        }
        // A time word after the noun has begun, before `的` or a predicate, ends it.
        if started && tag.starts_with('t') && time_closes_noun(s, tokens, k) {
            return PhraseStep::Stop;
        }
        // *Predicate word after the noun*: an idiom or set phrase (`东奔西走`, tags `i`, `l`), a localizer before no noun
        // (`之外`, `中`; not `二级以上公立医院`), a place word before a verb that opens no noun (`家门口看病`, `身边有了`;
        // not `境外移入病例`) or a distributive `每` (`每半年…`) after the noun has begun closes it (`7名队员东奔西走` →
        // 队员; `50名代表之外` → 代表; `万余居民家门口看病` → 居民; `三成的人每年体检` → 人).
        let tag_at = |j: usize| tokens.get(j).map_or("", |&(_, _, t)| t);
        let noun_next = || tag_at(k + 1).starts_with('n');
        let place_before_predicate = || tag == "s" && tag_at(k + 1).starts_with('v') && !tag_at(k + 2).starts_with('n');
        if started
            && (matches!(tag, "i" | "l") || tag == "f" && !noun_next() || place_before_predicate() || word == "每")
        {
            return PhraseStep::Stop;
        }
        // 三个连队的居民: the count counts the noun it stands before, not what that noun owns;
        // an attributive word only describes it (开放式的诊室).
        if word == "的" && started && k > 0 && tokens[k - 1].2.starts_with('n') {
            return PhraseStep::Stop;
        }
        if joins {
            // Only between nouns, not before the next figure (…和50家…, …和一批…).
            let next_is_quantity = tokens.get(k + 1).map_or(true, |&(x, _, t)| {
                t == "m" || next_char(s, x).is_some_and(|c| number::is_digit(c) || number::is_chinese_numeral_char(c))
            });
            // A comma of enumeration only before a noun (not 每月一次、每季度一次, 酝酿、论证).
            let noun_next = word != "、" || tokens.get(k + 1).is_some_and(|&(_, _, t)| t.starts_with('n'));
            return if !started || next_is_quantity || !noun_next { PhraseStep::Stop } else { PhraseStep::Pass };
        }
        self.verb_step(s, tokens, k, started)
    }

    /// A parenthesized gloss right after a noun joins it: 社区卫生服务中心（分中心）.
    fn gloss_step(&self, s: &str, a: usize, started: bool) -> PhraseStep {
        let close = s[a..].find(['）', ')']).map(|x| {
            let at = a + x;
            at + s[at..].chars().next().map_or(1, char::len_utf8)
        });
        match close {
            Some(cl) if started && cl - a <= MAX_GLOSS_BYTES => PhraseStep::Through(cl),
            _ => PhraseStep::Stop,
        }
    }

    /// A predicate word ends the phrase, unless it sits inside a compound that ends in a
    /// head noun at the clause end (个性化签约服务包。), with a modifier before it
    /// (签约服务包, not 参与服务).
    fn ends_in_head(&self, word: &str) -> bool {
        self.subject.head.closes(word)
    }

    fn stop_word_step(&self, s: &str, rest: &[(usize, usize, &str)], tag: &str, started: bool) -> PhraseStep {
        let last_head = rest.iter().take(2).position(|&(x, y, _)| {
            self.subject.head.closes(&s[x..y]) && next_char(s, y).map_or(true, |c| !is_word_char(c))
        });
        match last_head {
            Some(h) if h > 0 && started && !tag.starts_with('p') && !tag.starts_with('d') && !tag.starts_with('c') => {
                PhraseStep::EndAt(rest[h].1)
            }
            _ => PhraseStep::Stop,
        }
    }

    /// A verb with an aspect particle is the predicate (构建了, 参观了); after the noun has
    /// begun, verbs belong to it only before a head noun a few words on (发热哨点诊室,
    /// 遗传代谢病筛查中心; 医院签署合作协议 stops at 签署). A head noun tagged as a verb
    /// (诊所) is a noun.
    fn verb_step(&self, s: &str, tokens: &[(usize, usize, &str)], k: usize, started: bool) -> PhraseStep {
        let (_, b, tag) = tokens[k];
        let word = &s[tokens[k].0..b];
        let verb = self.is_verb_word(word, tag);
        if self.aspect_marked(s, tokens, k, verb || started) {
            return PhraseStep::Stop;
        }
        let verb = verb && !self.subject.head.closes(word);
        // 三个结构性调整: a verb right after an attributive word is a verbal noun; after a word
        // of degree (`重度`, role `degree`) a verb of a state describes the noun after it
        // (1.5万名重度失能老人 → 重度失能老人).
        let verb = verb
            && !(k > 0 && {
                let prev = &s[tokens[k - 1].0..tokens[k - 1].1];
                self.is_attributive(prev) || self.subject.degree.has(prev)
            });
        if verb && started && !self.head_follows(s, tokens, k) {
            // A verbal noun alone before the verb names an action (免费随访).
            if k == 1 && tokens[0].2 == "vn" {
                return PhraseStep::EndAt(b);
            }
            // *Verbal predicate*: after nouns, a verbal noun before the verb is the predicate's
            // (`20个省份临床推广` → 省份), unless it ends in a head noun (`医疗服务`).
            if k >= 2 {
                let (va, vb, vtag) = tokens[k - 1];
                if vtag == "vn" && tokens[k - 2].2.starts_with('n') && !self.ends_in_head(&s[va..vb]) {
                    return PhraseStep::EndAt(tokens[k - 2].1);
                }
            }
            return PhraseStep::Stop;
        }
        PhraseStep::Take
    }

    /// *Predicate after the number*: a verb right after the number followed by a preposition
    /// (`240路扩容至…`, `3人来自外省`) is the clause's predicate, not a noun the tagger calls
    /// a verb (`五大支撑`, `262个预约`): nothing is named after the number. `到`/`至` after
    /// the verb, which the tagger calls a verb, is such a preposition of motion
    /// (`派出医生30名下沉到社区` → the doctors sent, not `下沉`).
    fn verb_with_object(&self, s: &str, tokens: &[(usize, usize, &str)]) -> bool {
        const MOTION: [&str; 2] = ["到", "至"];
        let head =
            self.subject.head.iter().any(|h| tokens.first().is_some_and(|&(a, b, _)| s[a..b].ends_with(h.as_str())));
        !head && tokens.get(1).is_some_and(|&(a, b, t)| t.starts_with('p') || MOTION.contains(&&s[a..b]))
    }

    /// True when a head noun follows token `k` within four words, not past a pronoun,
    /// particle, preposition or predicate word (发热哨点诊室; not 拉着老人来到这家医院).
    fn head_follows(&self, s: &str, tokens: &[(usize, usize, &str)], k: usize) -> bool {
        tokens[k + 1..]
            .iter()
            .take(4)
            .take_while(|&&(x, y, t)| {
                next_char(s, x).is_some_and(is_word_char)
                    && !self.subject.stop.has(&s[x..y])
                    && !matches!(t.chars().next(), Some('r' | 'u' | 'p'))
            })
            .any(|&(x, y, _)| self.subject.head.closes(&s[x..y]))
    }

    /// *Aspect*: a word with an aspect particle (`了`, `着`, `过`) after it, or glued to it
    /// (`拉着`, tagged as the particle), is a predicate, whatever the tagger calls the word
    /// (`患者植入了支架` → 患者, `面包车拉着老人` → 面包车); before the noun has begun only a
    /// verb is (`predicate`).
    fn aspect_marked(&self, s: &str, tokens: &[(usize, usize, &str)], k: usize, predicate: bool) -> bool {
        const ASPECT: [&str; 3] = ["了", "着", "过"];
        const ASPECT_TAGS: [&str; 3] = ["ul", "uz", "ug"];
        let glued = ASPECT_TAGS.contains(&tokens[k].2) && s[tokens[k].0..tokens[k].1].chars().count() > 1;
        let before = tokens.get(k + 1).is_some_and(|&(x, y, _)| ASPECT.contains(&&s[x..y]));
        predicate && (glued || before)
    }

    /// The words of `part` (a slice of the sentence) that name a thing: function words
    /// (adverbs, conjunctions, prepositions, particles: 也, 已经, 因, 约) leave both ends, a
    /// time word the end of a subject read before the number (该国去年 → 该国), a
    /// leading verb before a noun leaves a subject read before the number (检查定点医药机构 →
    /// 定点医药机构), and a trailing predicate a noun phrase read after it (医院自愿 → 医院).
    fn trim_words<'s>(&self, sentence: &Sentence<'s>, part: &'s str, after_figure: bool) -> &'s str {
        let part = self.unglue_end(sentence, part);
        let Some(off) = offset_in(sentence.text, part) else { return part };
        let (from, to) = (sentence.span.start + off, sentence.span.start + off + part.len());
        let first = sentence.tokens.partition_point(|t| t.span.start < from);
        let count = sentence.tokens[first..].iter().take(24).take_while(|t| t.span.end <= to).count();
        let toks = &sentence.tokens[first..first + count];
        let covered =
            toks.first().is_some_and(|t| t.span.start == from) && toks.last().is_some_and(|t| t.span.end == to);
        if !covered || toks.len() < 2 {
            return part;
        }
        // Most subjects neither start nor end in a function word or a predicate: done.
        let function = |t: &crate::segment::Token<'_>| self.is_function(t.text);
        let nominal = |t: &crate::segment::Token<'_>| t.tag.starts_with('n');
        let verb = |t: &crate::segment::Token<'_>| {
            t.tag.starts_with('v') && t.tag != "vn" && !self.subject.head.closes(t.text)
        };
        // 占比 is one word even where the segmenter splits it.
        let kept_end = |b: usize| {
            let end = toks[b - 1].span.end - sentence.span.start;
            closing_where(&self.subject.keep, &sentence.text[..end], |k| k.len() > toks[b - 1].text.len()).is_some()
        };
        let (mut a, mut b) = (0, toks.len());
        while a + 1 < b && !after_figure && function(&toks[a]) {
            a += 1;
        }
        let predicate = |t: &crate::segment::Token<'_>| verb(t) || t.tag == "a";
        while b > a + 1
            && !kept_end(b)
            && (function(&toks[b - 1])
                || !after_figure
                    && toks[b - 2].tag != "m"
                    && (toks[b - 1].tag == "t" || self.closing_adverb(&toks[b - 1]))
                || after_figure
                    && predicate(&toks[b - 1])
                    && nominal(&toks[b - 2])
                    && !self.is_attributive(toks[b - 2].text))
        {
            b -= 1;
        }
        // *Verbal predicate*: a verbal noun and a predicate closing a noun phrase read after
        // the number are its clause (38个品种谈判成功 → 品种).
        if after_figure
            && b > a + 2
            && toks[b - 2].tag == "vn"
            && predicate(&toks[b - 1])
            && nominal(&toks[b - 3])
            && !kept_end(b)
        {
            b -= 2;
        }
        let (x, y) = (toks[a].span.start - sentence.span.start, toks[b - 1].span.end - sentence.span.start);
        sentence.text.get(x..y).unwrap_or(part)
    }

    /// *Closing adverb*: an adverb or a modal closing a metric read before the number says how
    /// or whether it holds, no part of what is measured (`运营成本普遍在2元以上` → 运营成本,
    /// `间距不能少于3米` → 间距): an adjective used as an adverb (`ad`) or a modal; plain
    /// adverbs are the `function` list, since the tagger calls some nouns adverbs (据点/d).
    fn closing_adverb(&self, t: &crate::segment::Token<'_>) -> bool {
        t.tag == "ad" || self.is_modal(t.text)
    }

    /// `接种率仅` of `接种率仅约60%`: a token glued across the end of `part` (仅约) whose piece
    /// inside it is function words only leaves it.
    fn unglue_end<'s>(&self, sentence: &Sentence<'s>, part: &'s str) -> &'s str {
        let Some(off) = offset_in(sentence.text, part) else { return part };
        let to = sentence.span.start + off + part.len();
        let k = sentence.tokens.partition_point(|t| t.span.end <= to);
        let Some(t) = sentence.tokens.get(k).filter(|t| t.span.start < to && t.span.start > to - part.len()) else {
            return part;
        };
        let piece = &part[t.span.start - (to - part.len())..];
        if self.is_function(piece) {
            &part[..part.len() - piece.len()]
        } else {
            part
        }
    }

    /// The function word (longest first) that opens `text`, if any.
    fn function_opening(&self, text: &str) -> Option<&String> {
        opening(&self.subject.function, text)
    }

    /// True when `word` is function words only (`也`, `仅约`: the segmenter glues some).
    fn is_function(&self, word: &str) -> bool {
        let mut rest = word;
        while !rest.is_empty() {
            match self.function_opening(rest) {
                Some(w) => rest = &rest[w.len()..],
                None => return false,
            }
        }
        !word.is_empty()
    }

    /// A function word alone names nothing (a tail, lead verb, scope, cut or cumulative word:
    /// `累计为患者减负` leaves no metric in `累计`).
    fn names_nothing(&self, s: &str) -> bool {
        let sw = &self.subject;
        [&sw.tail, &sw.lead_verb, &sw.scope, &sw.cut, &sw.cumulative].iter().any(|list| list.has(s))
    }

    /// [`Self::finish`] for a noun phrase read after the number (`before` is the text up to
    /// it): an act after the nouns counted goes too (儿科疾病筛查 → 儿科疾病; role `action`);
    /// the act alone is what is counted (两项筛查), except after a count of people, where it
    /// is their predicate (52,310人接种).
    fn finish_after(&self, before: &str, subject: &str) -> Option<String> {
        let s = subject.trim_end();
        if self.subject.action.has(s) {
            let people = self.subject.person_head.closes(before);
            return if people { None } else { self.finish(s) };
        }
        let s = self.subject.action.iter().find_map(|a| s.strip_suffix(a.as_str()));
        self.finish(s.unwrap_or(subject))
    }

    /// Strips tail words; `None` when nothing is left.
    fn finish(&self, subject: &str) -> Option<String> {
        let mut s = subject.trim();
        loop {
            let before = s;
            // Most subjects end in no tail word: one look-up, not a pass over the list.
            if !self.subject.tail.closes(s) {
                break;
            }
            for t in &self.subject.tail {
                if s.len() > t.len() {
                    s = s.strip_suffix(t.as_str()).unwrap_or(s);
                }
            }
            if s == before {
                break;
            }
        }
        let s = s.trim_matches(|c: char| c.is_whitespace() || c == '、');
        // Quote marks around a name (「护理职场意见反应机制」) and an unclosed bracket are no
        // part of what is counted.
        // A quote that opens or closes a longer subject stays with its pair (“三假”类型案件).
        const PAIRS: [(char, char); 4] = [('「', '」'), ('『', '』'), ('“', '”'), ('‘', '’')];
        let whole = |s: &str| PAIRS.iter().any(|&(o, c)| s.starts_with(o) && s.ends_with(c));
        let s = if whole(s) { s.trim_matches(['「', '」', '『', '』', '“', '”', '‘', '’']) } else { s };
        let paired = |s: &str| {
            PAIRS.iter().any(|&(o, c)| {
                s.starts_with(o) && s[o.len_utf8()..].contains(c)
                    || s.ends_with(c) && s[..s.len() - c.len_utf8()].contains(o)
            })
        };
        let s = if paired(s) { s } else { s.trim_matches(['「', '」', '『', '』', '“', '”', '‘', '’']) };
        let s = match s.chars().next() {
            Some(c @ ('（' | '(')) if !s.contains(['）', ')']) => &s[c.len_utf8()..],
            _ => s,
        };
        if self.names_nothing(s) {
            return None;
        }
        // Subjects are normalized text: Chinese parentheses in full width, no space set
        // between Han and Latin text (`Ultra 售价` → `Ultra售价`).
        let s = crate::text::drop_spaces_by_han(&s.replace('(', "（").replace(')', "）"));
        // A date is no subject (从2015年 → 2015年, 至去年12月底).
        let date_end = s.ends_with(['年', '月', '日', '周']) || s.ends_with(['底', '末', '初']) && s.contains('月');
        let date = date_end
            && s.trim_start_matches(['至', '到', '从', '去', '今', '明', '年'])
                .starts_with(|c: char| c.is_ascii_digit());
        // One character names nothing a reader would count (者, 率, 到): mostly a piece of a
        // word the segmenter cut.
        // A list of what was counted (without a clause of its own: no 的) may run longer
        // than one noun phrase.
        let n = s.chars().count();
        let most = if s.contains('、') && !s.contains('的') { 48 } else { 24 };
        (n > 1 && !date && n <= most).then_some(s)
    }

    /// The clause text before `start`: from the last delimiter, a `等` closing a list, or
    /// a date, whichever is nearest. `、` does not end it: coordinated nouns
    /// (新技术、新项目120项) are one subject.
    fn clause_before<'s>(&self, sentence: &Sentence<'s>, start: usize, dates: &[Span]) -> &'s str {
        let s = sentence.text;
        // 48 characters: the longest list of groups a subject may hold (see `finish`).
        let window_start = floor_char_boundary(s, start.saturating_sub(144));
        let head = &s[window_start..start];
        // A short quoted abbreviation inside the noun phrase (各村“两委”成员) does not end it.
        let quoted = |k: usize| {
            head[..k].rfind('“').filter(|&q| {
                let inner = &head[q + '“'.len_utf8()..k];
                inner.chars().count() <= 3 && !inner.contains(is_delimiter) && !head[..q].ends_with(is_delimiter)
            })
        };
        let mut k = head.len();
        let cut = loop {
            let Some((p, c)) = head[..k].char_indices().next_back() else { break None };
            // A quotation opened and not closed before the number (建议「唔加300元) starts
            // the clause; a closed one (「…机制」20%) may be the metric.
            let stop = is_delimiter(c)
                || is_debris(c)
                || opens_aside(head, p, c)
                || is_han_gap(s, window_start + p)
                || c == '等'
                    && token_boundary(sentence, window_start + p)
                    && token_boundary(sentence, window_start + p + c.len_utf8());
            match (stop, c == '”' && k < head.len()) {
                (true, true) => match quoted(p) {
                    Some(q) => k = q,
                    None => break Some(p + c.len_utf8()),
                },
                (true, false) => break Some(p + c.len_utf8()),
                (false, _) => k = p,
            }
        };
        let mut from = window_start + cut.unwrap_or(0);
        // A date in the clause is no part of the metric (2020年本地居民…比例, 到2025年底前…).
        // A date opening the clause goes; one inside it too, unless only function words
        // follow it (占比从2017年的25%: the metric stands before the date).
        loop {
            let k = dates.partition_point(|c| c.end <= from);
            match dates.get(k) {
                Some(c) if c.start <= from && c.end <= start => from = c.end,
                _ => break,
            }
        }
        let k = dates.partition_point(|c| c.end <= start);
        let compared = |c: &Span| {
            // 较2020年, 从2017年: a date compared with or started from is no time frame.
            let before = &s[from..run_start(s, dates, from, c)];
            self.subject.comparative.closes(before) || self.subject.cut.closes(before)
        };
        if let Some(c) =
            k.checked_sub(1).and_then(|k| dates.get(k)).filter(|c| c.end > from && c.start >= from && !compared(c))
        {
            // 门诊量2023年达到100万人次: nothing named after the date — the metric stands
            // before it (and before the dates right before it: 去年截至11月); not after a
            // preposition of time (政府将于下年度拨款: the verb after the date is the metric).
            let cut = run_start(s, dates, from, c);
            if !self.names_noun(sentence, c.end, start)
                && self.names_noun(sentence, from, cut)
                && !is_time_frame(&s[from..cut])
            {
                return &s[from..cut];
            }
            // *metric before a time frame*: 居民健康素养水平在“十三五”期间翻了一番 — only a
            // period noun and a link after the date: the metric stands before 在/于.
            if is_time_frame(&s[from..cut]) && self.only_link_after_date(&s[c.end..start]) {
                let metric = s[from..cut].trim_end_matches(OPENING_MARKS).trim_end_matches(['在', '于']);
                if self.names_noun(sentence, from, from + metric.len()) {
                    return metric;
                }
            }
            let after = s[c.end..start].trim_start_matches(['前', '后', '起', '底', '末', '初', '的', '年', ' ']);
            if after.chars().count() >= 2 {
                // 明年元旦起国保费率: a start point's 起 is the date's, whatever the segmenter
                // glues it to.
                from = c.end + if s[c.end..].starts_with('起') { '起'.len_utf8() } else { 0 };
            }
        }
        &s[self.past_frames(sentence, from, start)..start]
    }

    /// Where the clause before `start` begins once the frames of when and how it happens are
    /// passed: a closed time frame and a frame of circumstance.
    fn past_frames(&self, sentence: &Sentence<'_>, from: usize, start: usize) -> usize {
        self.past_time_frame(sentence, from, start).max(self.past_circumstance(sentence, from, start))
    }

    /// *Time frame closed*: a frame closed by `至今`/`以来` (`frame_end`: `由项目启动至今累计有
    /// 4300人`, `自成立以来`) is when the clause happens, no part of its metric: the clause
    /// starts after the last of them on a token boundary.
    fn past_time_frame(&self, sentence: &Sentence<'_>, from: usize, start: usize) -> usize {
        let t = &sentence.text[from..start];
        // *Span to now*: `一年来`, `三个月来` — a count of time right before the word.
        let counted = |p: usize| {
            prev_char(t, p)
                .is_some_and(|c| number::is_digit(c) || number::is_chinese_numeral_char(c) || matches!(c, '个' | '半'))
        };
        let spans = self
            .subject
            .span_frame_end
            .iter()
            .flat_map(|w| match_starts(t, w).filter(move |&p| counted(p)).map(move |p| from + p + w.len()));
        self.subject
            .frame_end
            .iter()
            .flat_map(|w| match_starts(t, w).map(move |p| from + p + w.len()))
            .chain(spans)
            .filter(|&e| token_boundary(sentence, e))
            .max()
            .unwrap_or(from)
    }

    /// *Circumstance*: a frame `在…下` (role `circumstance`: `在企业帮扶下筹资4万元`) whose
    /// opening and closing words stand as whole tokens between `from` and `start` is when and
    /// how the clause happens: the clause starts after its closing word.
    fn past_circumstance(&self, sentence: &Sentence<'_>, from: usize, start: usize) -> usize {
        let base = sentence.span.start;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        let toks = || sentence.tokens[first..].iter().take_while(|x| x.span.end <= base + start);
        let mut end = from;
        for (open, close) in &self.subject.circumstance {
            let Some(o) = toks().position(|x| x.text == open) else { continue };
            if let Some(c) = toks().skip(o + 1).filter(|x| x.text == close).last() {
                end = end.max(c.span.end - base);
            }
        }
        end
    }

    /// True when the text after a date holds at most a closing quote, a period noun
    /// (`duration_noun`: `期间`) and a link (`翻了`, `达到`): no metric of its own.
    fn only_link_after_date(&self, after: &str) -> bool {
        let mut t = after.trim_start_matches(['”', '’', '》', ' ']);
        if let Some(w) = opening(&self.subject.duration_noun, t) {
            t = &t[w.len()..];
        }
        t.is_empty() || self.subject.link.has(t)
    }

    /// True when a token of the sentence between `from` and `to` is a noun (`n…`, `vn`), a
    /// pronoun that names a thing, or ends in a head noun.
    fn names_noun(&self, sentence: &Sentence<'_>, from: usize, to: usize) -> bool {
        let (a, b) = (sentence.span.start + from, sentence.span.start + to);
        let first = sentence.tokens.partition_point(|t| t.span.start < a);
        // A pronoun of two characters names a thing too (该国, 该院), scope words aside.
        let named = |t: &crate::segment::Token<'_>| {
            t.tag.starts_with('r') && t.text.chars().count() >= 2 && !self.subject.scope.has(t.text)
        };
        sentence.tokens[first..]
            .iter()
            .take_while(|t| t.span.end <= b)
            .any(|t| t.tag.starts_with('n') || t.tag == "vn" || named(t) || self.subject.head.closes(t.text))
    }

    /// [`Self::clause_before`], starting after the previous figure of the clause and the
    /// noun it counted (`291家乡镇卫生院累计引进…毕业生1863名`: not 乡镇卫生院).
    fn clause_after_figure<'s>(
        &self,
        sentence: &Sentence<'s>,
        start: usize,
        dates: &[Span],
        prev: Option<PrevFigure<'_>>,
    ) -> &'s str {
        let (prev_end, prev_subject) = (prev.map(|p| p.end), prev.and_then(|p| p.subject));
        let s = sentence.text;
        let clause = self.clause_before(sentence, start, dates);
        let clause_start = offset_in(s, clause).unwrap_or(start);
        let Some(mut from) = prev_end.filter(|&e| e > clause_start && e <= start) else {
            return clause;
        };

        let rest = &s[from..start];
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        if let Some(noun) = prev_subject.filter(|n| !n.is_empty() && rest.starts_with(*n)) {
            let noun_start = start - rest.len();
            from = noun_start + noun.len();
            // 65岁及以上老年人约有1200万人: nothing but linking words after the noun — the
            // noun (with the age before it) is what this figure counts too; a share word
            // likewise (65至69岁长者占约4成).
            let mut tail = s[from..start].trim();
            while let Some(w) = opening(&self.subject.link, tail).or_else(|| opening(&self.subject.share, tail)) {
                tail = &tail[w.len()..];
            }
            if tail.is_empty() {
                // An age before the noun is part of what is counted (60岁以上人口).
                let age = prev
                    .and_then(|p| p.age_start)
                    .filter(|&a| a >= clause_start && s[a..noun_start].chars().count() <= 8);
                return &s[age.unwrap_or(noun_start)..start];
            }
        }
        // A noun right after the previous figure's noun makes that figure a modifier of
        // one metric (60岁以下人群占比); a verb or adverb starts a new clause (…卫生院累计引进).
        let after = &s[from..start];
        let at = sentence.span.start + from;
        let next = sentence.tokens.get(sentence.tokens.partition_point(|t| t.span.start < at));
        let noun_next = self.subject.keep.opens(after)
            || next.is_some_and(|t| {
                t.span.start == at && t.tag.starts_with('n') && t.span.end <= sentence.span.start + start
            })
            || prev.is_some_and(|p| p.age_start.is_some()) && self.closing_rate(after);
        if noun_next {
            return clause;
        }
        // The previous figure ended inside a word (`15年期、赔付额度`): the clause starts after
        // that word, not on its rest.
        if next.is_some_and(|t| t.span.start != at) {
            let k = sentence.tokens.partition_point(|t| t.span.end <= at);
            if let Some(t) =
                sentence.tokens.get(k).filter(|t| t.span.start < at && t.span.end <= sentence.span.start + start)
            {
                from = t.span.end - sentence.span.start;
            }
        }
        &s[from..start]
    }

    /// *Rate of an age group*: the words after an age group end in a rate before the number,
    /// links aside (`65周岁以上老年人免费体检率达到70%`): the rate is the group's.
    fn closing_rate(&self, after: &str) -> bool {
        let mut t = after.trim_end();
        while let Some(w) =
            closing_where(&self.subject.link, t, |_| true).or_else(|| closing_where(&self.subject.cut, t, |_| true))
        {
            t = &t[..t.len() - w.len()];
        }
        !t.contains(is_delimiter) && self.subject.rate_head.closes(t)
    }

    /// Scope words, lead verbs, cuts, links and tails applied to a clause before a figure
    /// (`clause` is a slice of `sentence.text`). Every boundary falls on a token boundary of
    /// the segmentation, so no word is cut in half (共享中心 keeps its 共).
    fn clean_before(&self, sentence: &Sentence<'_>, clause: &str) -> Option<String> {
        let s = sentence.text;
        let Some(off) = offset_in(s, clause) else { return self.finish(clause) };
        let at = |p: usize| token_boundary(sentence, off + p);
        let t = clause.trim_end();
        let from = t.len() - t.trim_start().len();
        let t = self.strip_rate_base(sentence, off, t, from);
        let t = self.strip_verb_to(sentence, off, t, from);
        let t = self.strip_links(t, from, at)?;
        let t = self.strip_closing_note(t, from);
        let t = self.strip_verb_to(sentence, off, t, from);
        if t.len() <= from {
            // Nothing but spaces and links before the number.
            return None;
        }
        let from = self.verb_after_preposition(sentence, off, t, from).unwrap_or(from);
        let t = &t[..self.first_cut(sentence, off, t, from, at)];
        let t = self.strip_rate_base(sentence, off, t, from);
        let (from, to) = self.around_rate_preposition(sentence, off, t, from);
        let t = &t[..to];
        let from = self.after_causative(sentence, off, t, from);
        let from = match self.metric_start(sentence, off, t, from, at) {
            // *Relative clause* (module `relative`): 新增的家庭医生签约居民 stays whole.
            MetricStart::From(cut) => self.relative_clause_start(sentence, off, t, from, cut),
            MetricStart::Verb(v) => return Some(t[v..].to_string()),
        };
        // *Verb after its agent* (module `agent_verb`): 王阿姨最终被骗走 → 被骗走.
        if let Some((v, e)) = self.verb_after_agent(sentence, off, t, from) {
            return Some(t[v..e].to_string());
        }
        let from = self.skip_scope(t, from, at, |p| self.verb_at(sentence, off + p));
        // *Owner of the metric* (module `owner`): 临江市人民医院门诊量 → 门诊量.
        let from = self.past_owner(sentence, off, t, from);
        // A metric is a noun phrase: adverbs and adjectives alone (都加, 太低) name nothing.
        // 占比 is one word, whatever the tagger says of its characters.
        let kept = !self.kept.occurrences(&t[from..]).is_empty();
        if !kept && (only_modifiers(sentence, off + from, off + t.len()) || self.glued_modifier(&t[from..], at(from))) {
            return None;
        }
        let t = self.finish(self.trim_words(sentence, &t[from..], false))?;
        (!self.subject.cut.has(&t)).then_some(t)
    }

    /// *Rate*: a preposition of a rate standing as a word (role `rate_preposition`: `按`,
    /// `按照`) ends the metric when words precede it (`补助标准按每人每年60元` → 补助标准) and
    /// goes when it opens it (`按上年度工资总额8%` → 上年度工资总额), not before a verb
    /// (`按需配置`, a manner): the start and end in `t`.
    fn around_rate_preposition(&self, sentence: &Sentence<'_>, off: usize, t: &str, from: usize) -> (usize, usize) {
        let base = sentence.span.start + off;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        // 按需配置: before a verb it is a manner of the act, no rate.
        let toks = &sentence.tokens[first..];
        let found = toks
            .iter()
            .enumerate()
            .take_while(|(_, x)| x.span.end < base + t.len())
            .find(|&(j, x)| {
                self.subject.rate_preposition.has(x.text) && toks.get(j + 1).is_some_and(|n| !n.tag.starts_with('v'))
            })
            .map(|(_, x)| x);
        match found {
            Some(x) if x.span.start == base + from => (x.span.end - base, t.len()),
            Some(x) => (from, x.span.start - base),
            None => (from, t.len()),
        }
    }

    /// *Causer*: past the last verb of causing standing as a whole word in `t[from..]`
    /// (`该药使治疗哮喘的有效率` → 治疗哮喘的有效率; role `causative`), if it leaves words.
    fn after_causative(&self, sentence: &Sentence<'_>, off: usize, t: &str, from: usize) -> usize {
        let base = sentence.span.start + off;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        sentence.tokens[first..]
            .iter()
            .take_while(|x| x.span.end < base + t.len())
            .filter(|x| self.subject.causative.has(x.text))
            .last()
            .map_or(from, |x| x.span.end - base)
    }

    /// *Glued function word* before the number: a piece of a token the segmenter glued to the
    /// previous figure's measure word (`元都加` of `300元都加200元`) that is function words
    /// and one character at most (`都加`) names nothing, whatever the tag of the whole token.
    fn glued_modifier(&self, piece: &str, on_boundary: bool) -> bool {
        if on_boundary {
            return false;
        }
        let Some(w) = self.function_opening(piece) else { return false };
        let mut rest = &piece[w.len()..];
        while let Some(w) = self.function_opening(rest) {
            rest = &rest[w.len()..];
        }
        rest.chars().count() <= 1
    }

    /// *Verb after a time word*: a metric, a date and one verb before the number
    /// (`医保基金今年支出48.6亿元`) measure the metric's act: the metric with the verb
    /// (医保基金支出); the date is the clause's time. Links after the verb go (`支出达`); a
    /// link, change or lead verb itself is no act of the metric (`门诊量去年达到…`).
    fn verb_after_date(&self, sentence: &Sentence<'_>, clause: &str, start: usize, dates: &[Span]) -> Option<String> {
        let s = sentence.text;
        let clause_end = offset_in(s, clause)? + clause.trim_end().len();
        let date = dates.get(dates.partition_point(|c| c.start < clause_end))?;
        if date.end > start || !s[clause_end..date.start].trim().is_empty() {
            return None;
        }
        let at = sentence.span.start + date.end;
        let verb = sentence.tokens.get(sentence.tokens.partition_point(|t| t.span.start < at))?;
        let verb_end = verb.span.end - sentence.span.start;
        let sw = &self.subject;
        let listed = [&sw.link, &sw.cut, &sw.increase, &sw.decrease, &sw.lead_verb, &sw.function]
            .iter()
            .any(|list| list.has(verb.text));
        let rest = s.get(verb_end..start)?.trim();
        let linked = rest.is_empty() || sw.link.has(rest) && !sw.object_link.has(rest);
        if verb.span.start != at || !verb.tag.starts_with('v') || verb.text.chars().count() < 2 || listed || !linked {
            return None;
        }
        let metric = self.clean_before(sentence, clause)?;
        Some(format!("{metric}{}", verb.text))
    }

    /// Linking verbs right before the number (增至, 稳定在, 平均节省) are no metric; only
    /// there, since some double as nouns (社区卫生服务连续五年排名第一). `None` when the link
    /// says nothing counted is named: it is all there is (他已满70岁), or a verb whose
    /// object the number is, after its agent (门诊服务约六百万人次).
    fn strip_links<'t>(&self, mut t: &'t str, from: usize, at: impl Fn(usize) -> bool) -> Option<&'t str> {
        loop {
            let before = t.len();
            let fits = |w: &str| t.len() >= from + w.len() && at(t.len() - w.len());
            if let Some(w) = closing_where(&self.subject.link, t, fits) {
                if t.len() == from + w.len() || self.subject.object_link.has(w) {
                    return None;
                }
                t = &t[..t.len() - w.len()];
            }
            t = t.trim_end_matches(['、', '和', ' ']);
            if t.len() == before {
                return Some(t);
            }
        }
    }

    /// *Rate base*: a word opened by `每` right before the number, with only nouns, numbers
    /// and measure words after it (`每千瓦时`, `每吨`, `每人每年`, `每人次`), is the base the
    /// amount is per, no part of the metric before it (`用电价格每千瓦时0.5元` → 用电价格;
    /// `电价控制在每吨3元以内` → 电价). Never before a verb (`每月保费增加`: a change keeps
    /// its period); a base opening the clause leaves nothing (`，每人5000元` → `null`).
    fn strip_rate_base<'t>(&self, sentence: &Sentence<'_>, off: usize, t: &'t str, from: usize) -> &'t str {
        let base = sentence.span.start + off;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        let toks = &sentence.tokens[first..];
        let toks = &toks[..toks.partition_point(|x| x.span.end <= base + t.len())];
        let Some(k) = toks.iter().rposition(|x| x.text.starts_with('每')) else { return t };
        let measure = |x: &crate::segment::Token<'_>| matches!(x.tag.chars().next(), Some('m' | 'q'));
        let tail = &toks[k..];
        // After a bare 每 its unit (`每 千瓦时`), then measure words only (`每人 次`).
        let unit = usize::from(tail[0].text == "每");
        let closes = tail.last().is_some_and(|x| x.span.end == base + t.len());
        let short = t[toks[k].span.start - base..].chars().count() <= RATE_BASE_CHARS;
        let per = tail.len() > unit && tail[1 + unit.min(tail.len() - 1)..].iter().all(measure);
        if !closes || !short || !per || tail[0].tag.starts_with('v') {
            return t;
        }
        if k == 0 {
            // 每人5000元, 每次5ml: a base alone before the number names no metric.
            return &t[..from];
        }
        // 补助标准按每人每年: the preposition of the rate goes with its base.
        let rate = self.subject.rate_preposition.has(toks[k - 1].text);
        let cut = if rate && k > 1 { toks[k - 1].span.start } else { toks[k].span.start };
        t[..cut - base].trim_end()
    }

    /// *Verb with `至`*: a verb followed by `至` standing as a word right before the number
    /// (`资产扩张至`, `价格攀升至`) is a link of change like `增至`, whatever the verb: the
    /// metric is what stands before them (not `到`: `只招聘到59人` is the act's result);
    /// with `在` it is a link of level like `稳定在` (`住院费用控制在`, `年龄集中在`).
    /// `t` is a slice of the clause at `off`.
    fn strip_verb_to<'t>(&self, sentence: &Sentence<'_>, off: usize, t: &'t str, from: usize) -> &'t str {
        let base = sentence.span.start + off;
        let end = sentence.tokens.partition_point(|x| x.span.end <= base + t.len());
        let (Some(to), Some(verb)) = (end.checked_sub(1), end.checked_sub(2)) else { return t };
        let (to, verb) = (&sentence.tokens[to], &sentence.tokens[verb]);
        let linked = to.span.end == base + t.len() && (to.text == "至" || to.text == "在");
        let is_verb = verb.tag.starts_with('v') && verb.tag != "vn";
        if linked && is_verb && verb.span.start > base + from {
            &t[..verb.span.start - base]
        } else {
            t
        }
    }

    /// *Closing note*: a bracket closing the metric right before the number or its link and
    /// opened by a word of including or naming (role `note_open`) is a note on the noun
    /// before it, no part of what is counted (`收到学术论文（含摘要）300余篇` → 学术论文,
    /// `派遣工人（或称临时工）` → 派遣工人); another name in the bracket stays
    /// (`长照需求比率（失能率）`), and so does a note inside the metric
    /// (`基本医疗保险（含生育保险）基金总收入`).
    pub(super) fn strip_closing_note<'t>(&self, t: &'t str, from: usize) -> &'t str {
        let Some(body) = t.strip_suffix('）').or_else(|| t.strip_suffix(')')) else { return t };
        let Some(open) = body.rfind(['（', '(']) else { return t };
        let note = &body[open + body[open..].chars().next().map_or(0, char::len_utf8)..];
        let head = t[..open].trim_end();
        let after_noun = head.chars().next_back().is_some_and(|c| !is_delimiter(c) && !c.is_whitespace());
        if open <= from || head.len() <= from || !after_noun || note.contains(is_delimiter) {
            return t;
        }
        if opening(&self.subject.note_open, note).is_none() {
            return t;
        }
        head
    }

    /// Where the metric ends: at the first cue word that follows something and is no word of
    /// a relative clause or a conjunction ([`Self::cut_in_clause`]).
    fn first_cut(
        &self,
        sentence: &Sentence<'_>,
        off: usize,
        t: &str,
        from: usize,
        at: impl Fn(usize) -> bool,
    ) -> usize {
        // The first occurrence of a cue that qualifies, over all cues.
        let mut cut_at = t.len();
        for (k, p, e) in self.cuts.occurrences(t) {
            // 个人卫生支出占卫生总费用的比重: a share word with its whole stays in the metric;
            // a whole closed by 的 right before the number is the base of the share, no part
            // of what is measured (门诊量占全市的35% → 门诊量).
            if self.subject.share.has(&self.subject.cut[k]) && t[e..].chars().count() >= 2 && !t.ends_with('的') {
                continue;
            }
            if p > from
                && p < cut_at
                && (at(p) || at(e))
                && !self.inside_kept(t, p)
                && !cut_in_clause(sentence, off, t, p, e)
            {
                cut_at = p;
            }
        }
        // *Whole cut*: a comparison word standing as a word of its own (`增速比上年的`).
        for w in &self.subject.whole_cut {
            for (p, _) in t.match_indices(w.as_str()) {
                if p > from && p < cut_at && at(p) && at(p + w.len()) && !self.inside_kept(t, p) {
                    cut_at = p;
                }
            }
        }
        cut_at
    }

    /// Where the metric starts: after the last lead verb that leaves something after it
    /// (新建、改建社区卫生服务中心), else after the last 的 (康复中心的康复治疗区域), else at
    /// the clause's own verb (南京还将投入 → 投入: its agent and adverbs are not counted).
    fn metric_start(
        &self,
        sentence: &Sentence<'_>,
        off: usize,
        t: &str,
        from: usize,
        at: impl Fn(usize) -> bool,
    ) -> MetricStart {
        let mut leads: Vec<(usize, usize)> = self
            .lead_verbs
            .occurrences(t)
            .into_iter()
            .map(|(_, p, e)| (p, e))
            // The segmenter glues some verbs to their object (财政投入, 有村): a lead verb of
            // two or more characters needs one edge on a token boundary, a single character
            // its start; words of the keep list (向上) never split.
            .filter(|&(p, e)| p >= from && (at(p) || e - p > 3 && at(e)) && !self.inside_kept_longer(t, p, e - p))
            .collect();
        leads.sort_by_key(|&(p, e)| std::cmp::Reverse((e, e - p)));
        // A lead verb leaves something behind it, and not the last character of its own
        // word (完成率 is no 完成 + 率).
        let lead = leads.into_iter().find(|&(_, e)| match t[e..].trim_start_matches(['、', '和']).chars().count() {
            0 => false,
            1 => at(e),
            _ => true,
        });
        // 实现了参保率: a verb with 了 is the predicate; the metric is its object.
        let perfective = t[from..].rfind('了').map(|k| from + k).filter(|&k| {
            let e = k + '了'.len_utf8();
            at(k) && at(e) && e < t.len() && lead.map_or(true, |(_, le)| le <= k)
        });
        if let Some(k) = perfective {
            return MetricStart::From(k + '了'.len_utf8());
        }
        if let Some((p, e)) = lead {
            // 设有老年医学科的综合医院: a lead verb with an object before 的 opens a relative
            // clause; the clause and its noun are what is counted.
            let relative = self.subject.relative_lead.has(&t[p..e])
                && t[e..].find('的').is_some_and(|k| k > 0 && e + k + '的'.len_utf8() < t.len());
            return MetricStart::From(if relative { p } else { e });
        }
        // A 的 inside the whole of a share (占卫生总费用的比重) is no modifier of the metric.
        let share_at =
            self.subject.share.iter().filter_map(|w| find_str(&t[from..], w)).min().map_or(t.len(), |p| p + from);
        if let Some(p) = t[from..share_at].rfind('的').map(|p| p + from) {
            let after = p + '的'.len_utf8();
            // 农村居民的参保率: a rate keeps the group it is of.
            // A list of groups (城区、郊区和山区的达标率分别为…) shares the rate alone.
            let list = t[from..p].contains(['、', '和', '及']);
            if !list && self.subject.rate_head.closes(t) {
                return MetricStart::From(from);
            }
            return MetricStart::From(if after < t.len() { after } else { from });
        }
        match self.verb_metric(sentence, off, from, t.len()) {
            Some(v) => MetricStart::Verb(v),
            None => MetricStart::From(from),
        }
    }

    /// Past the scope words, adverbs and time words at the start (whole tokens only) and
    /// the regions; a national word (`全国`) opening the metric stays, unless a verb
    /// follows it (`verb_at`) in a metric that is no rate: `全国参加基本医疗保险` is the
    /// scope of a clause, `全国纳入…的人口参保率` a national rate.
    fn skip_scope(
        &self,
        t: &str,
        mut from: usize,
        at: impl Fn(usize) -> bool,
        verb_at: impl Fn(usize) -> bool,
    ) -> usize {
        let opening = from;
        let rate = self.subject.rate_head.closes(t);
        loop {
            let before = from;
            let rest = &t[from..];
            let trimmed = rest.trim_start_matches(['、', '和', '及', ' ']);
            from += rest.len() - trimmed.len();
            let rest = &t[from..];
            // 全国基本医疗保险参保人数: a national statistic keeps its 全国.
            let national = |w: &str| at(from + w.len()) && (rate || !verb_at(from + w.len()));
            if from == opening && opening_where(&self.subject.national, rest, national).is_some() {
                return from;
            }
            // 我省累计确诊病例: the writer's own place goes, and what follows it stays — after
            // the time words before it too (去年我市医保基金支出).
            if let Some(w) = opening_where(&self.subject.deictic, rest, |w| rest.len() > w.len() && at(from + w.len()))
            {
                return from + w.len();
            }
            if let Some(w) = opening_where(&self.subject.scope, rest, |w| {
                rest.len() > w.len()
                    && at(from + w.len())
                    && (!self.names_nothing(&rest[w.len()..])
                        || (self.subject.scope.has(&rest[w.len()..]) || self.subject.cumulative.has(&rest[w.len()..])))
            })
            .or_else(|| opening_where(&self.subject.region, rest, |w| rest.len() > w.len()))
            {
                from += w.len();
            }
            if from == before {
                return from;
            }
        }
    }

    fn is_cumulative(&self, word: &str) -> bool {
        self.subject.cumulative.has(word)
    }

    /// `南京还将投入`: when the clause ends in a verb that is itself the metric, its start
    /// (with a cumulative adverb right before it: 累计投入), else `None`.
    fn verb_metric(&self, sentence: &Sentence<'_>, off: usize, from: usize, to: usize) -> Option<usize> {
        let base = sentence.span.start + off;
        // The clause's tokens, found by binary search (tokens are in text order).
        let first = sentence.tokens.partition_point(|t| t.span.start < base + from);
        let toks: Vec<&crate::segment::Token<'_>> =
            sentence.tokens[first..].iter().take_while(|t| t.span.end <= base + to).collect();
        let last = toks.last()?;
        // One-character verbs are mostly mis-tagged suffixes (住院率, 服务包).
        let long = last.text.chars().count() >= 2;
        let verb = last.tag.starts_with('v') && last.tag != "vn" && long;
        let link = self.subject.link.has(last.text) || self.subject.cut.has(last.text);
        if toks.len() < 2 || last.span.end != base + to || link {
            return None;
        }
        if !verb {
            // *Verb tagged as a noun*: one word after a one-character adverb or a modal, or a
            // verbal noun after the clause's named agent, is its predicate whatever the tagger
            // calls it (`第二年就盈利` → 盈利, `某县投资` → 投资; not `专利转化`, a noun before
            // it, nor `乡镇卫生院门诊量`, a name's noun).
            let prev = toks[toks.len() - 2];
            let agent = self.named_agent(&toks[..toks.len() - 1], base + from)
                || self.body_agent(&toks[..toks.len() - 1], base + from);
            // 暂停协议: a word the tagger calls an adverb may be a verb; one-character adverbs
            // and function words are none.
            let after_adverb = prev.tag == "d" && prev.text.chars().count() == 1 || self.is_modal(prev.text);
            let noun_tagged = last.tag == "vn" && agent || last.tag == "n" && after_adverb;
            return (long && noun_tagged).then(|| last.span.start - base);
        }
        // Only after an adverb, a cumulative word or a name (南京还将投入, 广东累计投入), not
        // after the noun it nominalizes (专利转化); a verb phrase (隔离观察) goes whole.
        // A distinguishing word before the verb is part of it (额外拨款); a function word
        // (预计, 将) is an adverb of the clause, not a verb of the metric (预计投入 → 投入).
        let function = |t: &crate::segment::Token<'_>| self.is_function(t.text);
        let mut k = toks.len() - 1;
        while k > 0
            && (toks[k - 1].tag.starts_with('v') || toks[k - 1].tag == "b")
            && !self.is_cumulative(toks[k - 1].text)
            && !function(toks[k - 1])
            && !self.is_modal(toks[k - 1].text)
        {
            k -= 1;
        }
        let prev = k.checked_sub(1).map(|j| toks[j])?;
        let mut start = toks[k].span.start;
        if self.is_cumulative(prev.text) {
            if Self::noun_owns_cumulative(&toks[..k - 1]) {
                return None;
            }
            if k + 1 == toks.len() {
                start = prev.span.start;
            }
        } else {
            let adverb = matches!(prev.tag, "d" | "c")
                || function(prev)
                || self.is_modal(prev.text)
                || self.subject.sequence.has(prev.text);
            let agent = self.named_agent(&toks[..k], base + from) || self.body_agent(&toks[..k], base + from);
            // An adverb, or a name opening the clause (its agent); not a noun (专利转化) or a
            // mis-tagged one inside the metric (群众满意度得分).
            if !(adverb || agent) {
                return None;
            }
        }
        Some(start - base)
    }

    /// True when `toks` (the words before a verb) are the clause's named agent opening it: a
    /// name (`ns`, `nr`, `nt`) at `from`, with one-character suffixes after it (`某某` + `厂`).
    fn named_agent(&self, toks: &[&crate::segment::Token<'_>], from: usize) -> bool {
        toks.first().is_some_and(|t| matches!(t.tag, "ns" | "nr" | "nt") && t.span.start <= from)
            && toks[1..].iter().all(|t| t.text.chars().count() == 1 && t.tag.starts_with(['n', 'z']))
    }

    /// *Body as agent*: `toks` (the words before a verb) are a body opening the clause — a
    /// demonstrative one alone (`该院`, `该县`) or a place and nouns ending in the head of an
    /// organization's name (`市卫健委`, `某县医院`): the agent of the act, no part of the
    /// metric (`该院投资` → 投资, as `南京还将投入` → 投入). A bare head is a kind of source,
    /// part of the noun (`政府拨款`, `基金会捐赠`).
    fn body_agent(&self, toks: &[&crate::segment::Token<'_>], from: usize) -> bool {
        let Some((first, last)) = toks.first().zip(toks.last()) else { return false };
        let nominal = toks.iter().all(|t| matches!(t.tag.chars().next(), Some('n' | 'j' | 'r')));
        let demonstrative = toks.len() == 1 && first.text.starts_with('该') && first.text.chars().count() == 2;
        first.span.start <= from && nominal && (demonstrative || toks.len() >= 2 && self.common_agent(last))
    }

    /// True when `word` is an attributive word (`结构性`, `开放式`; role `attributive`):
    /// three characters or more ending in one of the role's endings (not the nouns
    /// `女性`, `方式`).
    fn is_attributive(&self, word: &str) -> bool {
        word.chars().count() >= 3 && self.subject.attributive.closes(word)
    }

    /// True when `word` is a modal (`可`, `能够`; role `modal`): an adverb of the clause.
    fn is_modal(&self, word: &str) -> bool {
        self.subject.modal.has(word)
    }

    /// `个人账户累计结存`: a common noun right before a cumulative word owns the balance or
    /// total it sums, so the whole noun phrase is the metric; a name before it is the agent
    /// (`广东累计投入` → `累计投入`).
    fn noun_owns_cumulative(before: &[&crate::segment::Token<'_>]) -> bool {
        // A one-character noun is mostly a place's suffix (云州 + 市累计投入).
        before.last().is_some_and(|t| {
            t.tag.starts_with('n') && !matches!(t.tag, "ns" | "nr" | "nt") && t.text.chars().count() >= 2
        })
    }

    /// True when byte `p` of `t` lies inside a word of the `keep` list longer than `len`
    /// (a lead verb that is itself a kept word, 改造提升, still leads).
    fn inside_kept_longer(&self, t: &str, p: usize, len: usize) -> bool {
        self.kept.occurrences(t).into_iter().any(|(_, q, e)| e - q > len && q <= p && p < e)
    }

    /// True when byte `p` of `t` lies inside a word of the `keep` list.
    fn inside_kept(&self, t: &str, p: usize) -> bool {
        self.kept.occurrences(t).into_iter().any(|(_, q, e)| q <= p && p < e)
    }

    /// `…达到119种，增加了24%`: a change with no metric of its own measures the growth of
    /// the previous figure's subject (`…增幅`/`…降幅`); a change in percentage points
    /// (`points`) is the metric itself (签约率…，提高了5个百分点 → 签约率).
    fn change_subject(&self, clause: &str, prev_subject: Option<&str>, points: bool) -> Option<String> {
        let (average, suffix) = match self.bare_change(clause) {
            Some((_, suffix)) => ("", suffix),
            None => self.average_change(clause)?,
        };
        let base = prev_subject?;
        let base = base.strip_suffix("增幅").or_else(|| base.strip_suffix("降幅")).unwrap_or(base);
        Some(if points { base.to_string() } else { format!("{base}{average}{suffix}") })
    }

    /// True when `name` is a change's name without its metric (`增幅`, `年均增幅`): what
    /// [`Self::change_subject`] leaves when the previous figure had no subject yet.
    fn is_bare_change_name(&self, name: &str) -> bool {
        let name = self.subject.average.iter().find_map(|a| name.strip_prefix(a.as_str())).unwrap_or(name);
        matches!(name, "增幅" | "降幅")
    }

    /// *Average change*: an averaging word before a bare change (`，年均增长17%`, role
    /// `average`) names no metric: the change is the previous figure's, averaged (its subject
    /// + 年均增幅).
    fn average_change<'s>(&self, clause: &'s str) -> Option<(&'s str, &'static str)> {
        let t = clause.trim();
        self.subject.average.iter().find_map(|w| {
            let p = find_str(t, w)?;
            let (_, suffix) = self.bare_change(&t[p + w.len()..])?;
            self.is_comparison(&t[..p]).then_some((&t[p..p + w.len()], suffix))
        })
    }

    /// A clause that is a change verb after comparatives and years only (`比上年增加`,
    /// `较112年度增加`): the verb and its `增幅`/`降幅`.
    fn bare_change<'s>(&self, clause: &'s str) -> Option<(&'s str, &'static str)> {
        let t = clause.trim().trim_end_matches(['了', '的']);
        let ends = |words: &[String]| words.iter().find(|w| t.ends_with(w.as_str())).map(|w| t.len() - w.len());
        let (p, suffix) = match (ends(&self.subject.increase), ends(&self.subject.decrease)) {
            (Some(p), _) => (p, "增幅"),
            (None, Some(p)) => (p, "降幅"),
            _ => return None,
        };
        // Only comparatives may precede the change (比上年增加, 同比增长).
        self.is_comparison(&t[..p]).then_some((&t[p..], suffix))
    }

    /// True when `rest` is comparatives and years compared with only (`较111年`, `比2022年`,
    /// `同期`); an empty one too.
    fn is_comparison(&self, mut rest: &str) -> bool {
        while !rest.is_empty() {
            if let Some(w) = opening(&self.subject.comparative, rest) {
                rest = &rest[w.len()..];
                continue;
            }
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let after = &rest[digits..];
            if digits > 0 && after.starts_with('年') {
                rest = after.trim_start_matches('年').trim_start_matches('度');
                rest = self.year_suffix_after(rest);
                continue;
            }
            return false;
        }
        true
    }

    /// `rest` past a word that qualifies the year before it (`末提高` → `提高`: `较2023年末`).
    fn year_suffix_after<'t>(&self, rest: &'t str) -> &'t str {
        opening(&self.subject.year_suffix, rest).map_or(rest, |w| &rest[w.len()..])
    }

    /// `t` without a word that qualifies a year at its end (`较2023年末` → `较2023年`); `t`
    /// when no year stands before that word.
    fn strip_year_suffix<'t>(&self, t: &'t str) -> &'t str {
        self.subject
            .year_suffix
            .iter()
            .filter_map(|w| t.strip_suffix(w.as_str()))
            .find(|y| y.ends_with('年') || y.ends_with("年度"))
            .unwrap_or(t)
    }

    /// Durations name what lasted only when the clause says so (`建党100周年`); right after
    /// a time adverb (`连续五年`, `未来五年`) they have no subject.
    fn duration_subject(
        &self,
        sentence: &Sentence<'_>,
        start: usize,
        last_end: usize,
        dates: &[Span],
        anniversary: bool,
    ) -> Option<String> {
        let s = sentence.text;
        let clause = self.clause_before(sentence, start, dates);
        let clause_start = offset_in(s, clause).unwrap_or(start);
        let clause = if last_end > clause_start && last_end <= start { &s[last_end..start] } else { clause };
        if self.subject.time_adverb.closes(clause) || self.subject.time_deixis.closes(clause) {
            return None;
        }
        let mut t = clause.trim();
        if let Some(act) = self.continued_act(sentence, t) {
            return self.finish(act);
        }
        if let Some(p) = self.duration_cut(t) {
            t = &t[..p];
        }
        let t = self.strip_level_verb(sentence, t);
        if let Some(named) = self.span_change_named(sentence, t) {
            return named;
        }
        // A lead verb opening a noun (`培训` of `培训班为期5天`) is none.
        let t_off = sentence.span.start + offset_in(s, t).unwrap_or(0);
        let opens_noun = |p: usize, e: usize| {
            let k = sentence.tokens.partition_point(|x| x.span.start < t_off + p);
            sentence
                .tokens
                .get(k)
                .is_some_and(|x| x.span.start == t_off + p && x.span.end > t_off + e && x.tag.starts_with('n'))
        };
        let after_lead = self
            .lead_verbs
            .occurrences(t)
            .into_iter()
            .map(|(_, p, e)| (p, e))
            .filter(|&(p, _)| !self.inside_kept(t, p))
            .filter(|&(p, e)| !opens_noun(p, e))
            // An event's own verb closing the clause is no lead (`医保局组建四年以来`).
            .filter(|&(_, e)| !(anniversary && e == t.len()))
            .map(|(_, e)| e)
            .max()
            .map_or(t, |p| &t[p..]);
        // 市民每次就诊可节省约20分钟: the duration is the object of the verb, not a metric.
        if self.subject.object_link.closes(after_lead) {
            return None;
        }
        // What lasted is a thing or an action named by a noun (停航8天, 自主健康管理18天); a
        // clause ending in a verb or adverb (他充分肯定, 也就) says how long, not what — but
        // an anniversary counts from an event (中国共产党成立100周年).
        // 手术过程持续半小时, 试点期将接近半年: the verb of lasting and adverbs go.
        let t = self.strip_lasting(after_lead.trim_end())?;
        let end = offset_in(s, t).map(|o| sentence.span.start + o + t.len())?;
        let k = sentence.tokens.partition_point(|t| t.span.end < end);
        let last = sentence.tokens.get(k).filter(|t| t.span.end == end)?;
        let nominal = last.tag.starts_with('n') || matches!(last.tag, "vn" | "l" | "j") || anniversary;
        if !nominal {
            return None;
        }
        let t = if anniversary { self.anniversary_event(sentence, t) } else { t };
        // 全市平均住院日8.6天: the scope and time words opening the clause are no part of it.
        let off = offset_in(s, t)?;
        let from = self.skip_scope(t, 0, |p| token_boundary(sentence, off + p), |p| self.verb_at(sentence, off + p));
        // 临江市平均住院日8.6天: a place or body owning a metric of time goes, as before an
        // amount (module figures/owner); an anniversary's event keeps its body.
        let from = if anniversary { from } else { self.past_owner(sentence, off, t, from) };
        // 过往的评鉴效期: a thing after 的 drops its owner, as a metric does; a rate keeps
        // its group (*rate of a group*).
        let owned = t[from..]
            .rfind('的')
            .map(|k| from + k + '的'.len_utf8())
            .filter(|&k| t[k..].chars().count() >= 2 && !self.subject.rate_head.closes(t));
        self.finish(self.trim_words(sentence, &t[owned.unwrap_or(from)..], false))
    }

    /// Where the metric of a duration ends: at the first cue word after something; a cue
    /// inside a kept word cuts nothing where the clause then ends in a metric of time (role
    /// `span_metric`: `达` of `平均到达时间缩短至12分钟` → 平均到达时间).
    fn duration_cut(&self, t: &str) -> Option<usize> {
        let plain = self.subject.cut.iter().filter_map(|w| find_str(t, w)).filter(|&p| p > 0).min()?;
        if !self.inside_kept(t, plain) {
            return Some(plain);
        }
        let outside =
            |w: &String| t.match_indices(w.as_str()).map(|(p, _)| p).find(|&p| p > 0 && !self.inside_kept(t, p));
        let kept = self.subject.cut.iter().filter_map(outside).min();
        Some(kept.filter(|&p| self.subject.span_metric.closes(t[..p].trim_end())).unwrap_or(plain))
    }

    /// *Level verb of a duration*: `等候时间控制在15分钟以内` — a verb with `在`/`至` is a link
    /// of level, as for an amount ([`Self::strip_verb_to`]); not a modal's `在` of a time
    /// limit (`申请人应在10个工作日内`). `t` is a slice of the sentence.
    fn strip_level_verb<'s>(&self, sentence: &Sentence<'_>, t: &'s str) -> &'s str {
        let Some(off) = offset_in(sentence.text, t) else { return t };
        let level = self.strip_verb_to(sentence, off, t, 0);
        let verb = t[level.len()..].trim_end_matches(['在', '至']);
        let modal = self.subject.modal.opens(verb);
        if verb.chars().count() >= 2 && !modal {
            level
        } else {
            t
        }
    }

    /// *Continued act*: after a time adverb (`连续`, role `time_adverb`), verbs alone up to the
    /// duration are what lasted (`交通船连续停航8天` → 停航), not the agent before them.
    fn continued_act<'s>(&self, sentence: &Sentence<'s>, t: &'s str) -> Option<&'s str> {
        let s = sentence.text;
        let off = offset_in(s, t)?;
        let (p, w) = self
            .subject
            .time_adverb
            .iter()
            .filter_map(|w| rfind_str(t, w).map(|p| (p, w)))
            .filter(|&(p, w)| token_boundary(sentence, off + p) && token_boundary(sentence, off + p + w.len()))
            .max_by_key(|&(p, _)| p)?;
        let act = &t[p + w.len()..];
        let (from, to) = (sentence.span.start + off + p + w.len(), sentence.span.start + off + t.len());
        let k = sentence.tokens.partition_point(|t| t.span.start < from);
        let words: Vec<_> = sentence.tokens[k..].iter().take_while(|t| t.span.end <= to).collect();
        let verbs = !words.is_empty()
            && words.last().is_some_and(|t| t.span.end == to)
            && words.iter().all(|t| t.tag.starts_with('v') && !self.is_function(t.text))
            && !(self.subject.link.closes(act) || self.subject.duration_link.closes(act));
        (verbs && act.chars().count() >= 2).then_some(act)
    }

    /// *Compared span change*: a duration after comparatives and `延长`/`缩短` only
    /// (`，较上年同期缩短0.6天`) changes the previous figure's metric (`平均住院日`).
    fn compared_span_change(
        &self,
        sentence: &Sentence<'_>,
        start: usize,
        dates: &[Span],
        prev_subject: Option<&str>,
    ) -> Option<String> {
        let prev = prev_subject?;
        let t = self.clause_before(sentence, start, dates).trim().trim_end_matches('了');
        let w = self.subject.span_change.iter().find(|w| t.ends_with(w.as_str()))?;
        let rest = &t[..t.len() - w.len()];
        (!rest.is_empty() && self.is_comparison(rest)).then(|| prev.to_string())
    }

    /// *Span change*: a clause that is only a verb lengthening or shortening a span, after
    /// adverbs alone (`，将会延长两年`), names the duration by that verb (`延长`), as a bare
    /// change verb names an amount. With a noun before the verb the clause ends in a verb
    /// and names nothing (`试点计划将延长两年`).
    fn bare_span_change<'s>(&self, sentence: &Sentence<'s>, clause: &'s str) -> Option<&'s str> {
        let t = clause.trim().trim_end_matches('了');
        let w = self.subject.span_change.iter().find(|w| t.ends_with(w.as_str()))?;
        let mut rest = &t[..t.len() - w.len()];
        while let Some(f) = self.subject.function.iter().find(|f| !f.is_empty() && rest.ends_with(f.as_str())) {
            rest = &rest[..rest.len() - f.len()];
        }
        let from = offset_in(sentence.text, t)?;
        (rest.is_empty() || only_modifiers(sentence, from, from + rest.len())).then(|| &t[t.len() - w.len()..])
    }

    /// What a clause ending in a span's change verb names: the verb alone (*span change*) or
    /// the metric of time changed (*span metric changed*); `None` when it ends in neither.
    fn span_change_named(&self, sentence: &Sentence<'_>, t: &str) -> Option<Option<String>> {
        if let Some(verb) = self.bare_span_change(sentence, t) {
            return Some(Some(verb.to_string()));
        }
        self.span_metric_changed(t).map(|metric| self.clean_before(sentence, metric))
    }

    /// *Span metric changed*: a duration after `缩短`/`延长` (role `span_change`, with
    /// adverbs or `了`) that follow a metric of time (role `span_metric`: `平均住院日`,
    /// `等候时间`) changes that metric, in its own unit: the clause without the verb names it,
    /// as a change in 百分点 names its rate (`该院平均住院日缩短了1.2天` → 平均住院日). A plan
    /// or a term changed (`试点计划将延长两年`) is no metric: none.
    fn span_metric_changed<'s>(&self, clause: &'s str) -> Option<&'s str> {
        let t = clause.trim().trim_end_matches('了');
        let w = self.subject.span_change.iter().find(|w| t.ends_with(w.as_str()))?;
        let mut rest = &t[..t.len() - w.len()];
        while let Some(f) = self.subject.function.iter().find(|f| !f.is_empty() && rest.ends_with(f.as_str())) {
            rest = &rest[..rest.len() - f.len()];
        }
        self.subject.span_metric.closes(rest).then_some(rest)
    }

    /// *Anniversary*: an anniversary counts from one event — the last member of a list
    /// before it, without the purpose words that open the clause (`为庆祝新中国成立75周年`
    /// → 新中国成立; `专家、爱国卫生运动70周年` → 爱国卫生运动): leading prepositions and
    /// verbs go while something is left.
    fn anniversary_event<'s>(&self, sentence: &Sentence<'s>, t: &'s str) -> &'s str {
        let t = t.rfind(['、', '和', '及']).map_or(t, |k| &t[k + t[k..].chars().next().map_or(0, char::len_utf8)..]);
        let Some(off) = offset_in(sentence.text, t) else { return t };
        let (from, to) = (sentence.span.start + off, sentence.span.start + off + t.len());
        let first = sentence.tokens.partition_point(|k| k.span.start < from);
        let toks = &sentence.tokens[first..];
        // *Celebrated event*: after a verb of celebrating inside the clause (`用这种方式来庆祝
        // 医院成立`, `为纪念协会成立`), whatever its tag, the event is what follows it.
        let celebrated =
            toks.iter().take_while(|x| x.span.end < to).filter(|x| self.subject.celebrate.has(x.text)).last();
        if let Some(x) = celebrated {
            return &t[x.span.end - from..];
        }
        let mut k = 0;
        while toks.get(k + 1).is_some_and(|n| n.span.end <= to)
            && toks[k].span.start >= from
            && (toks[k].tag.starts_with('p') || toks[k].tag == "v")
        {
            k += 1;
        }
        match toks.get(k) {
            Some(tok) if k > 0 && tok.span.start >= from => &t[tok.span.start - from..],
            _ => t,
        }
    }
}

/// *Predicate after the count*: an adjective or adverb right after the number that closes
/// the clause, or `了` after it (`三万块太低了`), says how much it is, not what it counts
/// (`2种常见病` goes on to a noun); so does an adverb before a verb (`570万剂大幅下修`).
fn predicate_after_count(s: &str, tokens: &[(usize, usize, &str)]) -> bool {
    let Some(&(_, _, tag)) = tokens.first() else { return false };
    let closes =
        tokens.get(1).map_or(true, |&(a, b, _)| &s[a..b] == "了" || !next_char(s, a).is_some_and(is_word_char));
    let verb_next = tokens.get(1).is_some_and(|&(_, _, tag)| tag.starts_with('v'));
    matches!(tag.chars().next(), Some('a' | 'd')) && closes || tag == "d" && verb_next
}

/// The measure in the normalized unit of `u` (`5角钱` → 0.5 元, `七旬` → 70 岁); a unit
/// counted in steps of ten or more rounds the figure (see [`Measure::rounded`]).
fn scale_by_unit(u: &Unit, m: &mut Measure) {
    m.value *= u.factor;
    m.upper = m.upper.map(|x| x * u.factor);
    m.rounded = u.factor >= 10.0;
}

/// *Decades of age*: a unit counted in tens of years (`旬`) takes a small whole number
/// (`七旬`, `七八旬` → 70, 70 / 80); `上旬`, `三十旬` are none.
fn decade_fits(u: &Unit, q: &Quantity) -> bool {
    let small = |v: f64| v.fract() == 0.0 && (2.0..=10.0).contains(&v);
    u.kind != FigureKind::Age || u.factor < 10.0 || small(q.value) && q.upper.map_or(true, small)
}

/// `p`, or the offset after one space at `p` when `wanted` holds there (`9 个`, `6000 余名`:
/// crawled text spaces numbers apart).
fn spaced(s: &str, p: usize, wanted: impl Fn(usize) -> bool) -> usize {
    if s[p..].starts_with(' ') && wanted(p + 1) {
        p + 1
    } else {
        p
    }
}

/// *Spelled percent range*: `百分之三十至四十`, `百分之三十到百分之四十` — the high end of a
/// range opened by 百分之 at `i` (its low end `low`, read up to `end`), and the new end.
fn percent_range_end(s: &str, i: usize, low: f64, end: usize) -> (Option<f64>, usize) {
    let Some(conn) =
        RANGE_CONNECTORS.iter().find(|c| s[end..].starts_with(*c)).filter(|_| s[i..].starts_with("百分之"))
    else {
        return (None, end);
    };
    let j = end + conn.len();
    let j = if s[j..].starts_with("百分之") { j + "百分之".len() } else { j };
    match number::scan(s, j) {
        Some(n) if n.form == NumberForm::Chinese && n.value > low && n.value <= 100.0 => (Some(n.value), n.span.end),
        _ => (None, end),
    }
}

/// *Minutes and seconds*: `2分35秒`, `12分30秒`, `12分钟30秒` — 分 or 分钟 followed by a count
/// of seconds under 60 is one duration in 秒 (155, 750), not a score and a second figure.
fn minutes_seconds(s: &str, surface: &str, m: &mut Measure) {
    if !matches!(surface, "分" | "分钟") || m.upper.is_some() {
        return;
    }
    let seconds = number::scan(s, m.end).filter(|n| n.value < 60.0 && s[n.span.end..].starts_with('秒'));
    if let Some(n) = seconds {
        m.value = m.value * 60.0 + n.value;
        m.unit = Some("秒".to_string());
        m.kind = FigureKind::Duration;
        m.end = n.span.end + '秒'.len_utf8();
    }
}

/// *Spoken minutes*: `8分多钟` says "over 8 minutes" with `多` inside `分钟` (round 64): unit
/// `分钟`, approx `over`.
fn spoken_minutes(s: &str, m: &mut Measure, approx: &mut Approx) {
    if m.unit.as_deref() == Some("分") && m.upper.is_none() && s[m.end..].starts_with("多钟") {
        m.unit = Some("分钟".to_string());
        m.kind = FigureKind::Duration;
        m.end += "多钟".len();
        *approx = Approx::Over;
    }
}

/// *Spoken decimal of a height*: `1米4`, `1米75` — digits right after `米` that end the
/// number are its decimals (1.4 米, 1.75 米; round 64), as people say heights. Not before
/// another unit or digit (`1米4个`), nor after a range or a decimal.
fn spoken_meters(s: &str, surface: &str, m: &mut Measure) {
    if surface != "米" || m.upper.is_some() || m.value.fract() != 0.0 || m.value >= 3.0 {
        return;
    }
    let digits = s[m.end..].bytes().take_while(u8::is_ascii_digit).count();
    let closes = next_char(s, m.end + digits).map_or(true, |c| is_delimiter(c) || matches!(c, '的' | '，' | '。'));
    if (1..=2).contains(&digits) && closes {
        let frac: f64 = s[m.end..m.end + digits].parse().unwrap_or(0.0);
        m.value += frac / 10f64.powi(digits as i32);
        m.end += digits;
    }
}

/// *Tenths range*: `四成到五成`, `三至五成` written out with 成 at both ends — the second end
/// is the upper bound in % (40 / 50), when it is larger.
fn tenths_range(s: &str, m: &mut Measure) {
    let Some(conn) = RANGE_CONNECTORS.iter().find(|c| s[m.end..].starts_with(*c)).filter(|_| m.upper.is_none()) else {
        return;
    };
    let second = number::scan(s, m.end + conn.len())
        .filter(|n| n.value <= 10.0 && n.value * 10.0 > m.value && s[n.span.end..].starts_with('成'));
    if let Some(n) = second {
        m.upper = Some(n.value * 10.0);
        m.end = n.span.end + '成'.len_utf8();
    }
}

/// *Plus joining items*: a `+` right before the number at `i` that follows words (`1200万主摄
/// +6400万长焦`, `1名医生+2名护士`) lists the next item, no formula (`1+10+X`, `5G+`).
fn plus_joins_items(s: &str, i: usize) -> bool {
    let Some(before) = s[..i].strip_suffix('+') else { return false };
    before.trim_end_matches(' ').chars().next_back().is_some_and(is_han)
}

/// `超过一半`, `仅为去年同期的一半`: 一半 is 50 % (not `另一半`, a partner, nor `这一半`).
fn one_half(s: &str, i: usize) -> Option<Quantity> {
    let ok = s[i..].starts_with("一半") && !prev_char(s, i).is_some_and(|p| matches!(p, '另' | '这' | '那'));
    ok.then(|| half_percent(i + "一半".len()))
}

/// A half written in words (`一半`, `半数`): 50 %, ending at `end`.
fn half_percent(end: usize) -> Quantity {
    Quantity { value: 50.0, upper: None, percent: true, form: NumberForm::Chinese, magnitude: false, vague: false, end }
}

/// `3斤半`, `一年半`, `两成半`: a 半 right after the unit adds half a unit (`step`).
fn half_after(s: &str, m: &mut Measure, step: f64) {
    let after = m.end + '半'.len_utf8();
    let compound = next_char(s, after).is_some_and(|c| "径岛数夜导场边价年月天".contains(c));
    if s[m.end..].starts_with('半') && m.upper.is_none() && !compound {
        m.value += step;
        m.end = after;
    }
}

/// *Cue inside a clause*: a cue word at `t[p..e]` (`t` a slice of the sentence at `off`)
/// that ends no metric — the verb closing a relative clause, a word of its own right before
/// `的` with words after it (`今年减少的门诊费用` → 减少的门诊费用, as `新增的签约居民`), or the
/// start of a longer conjunction (`由此`, `从而`: 医院由此减少的药品收入).
fn cut_in_clause(sentence: &Sentence<'_>, off: usize, t: &str, p: usize, e: usize) -> bool {
    let k = sentence.token_index(off + p);
    let Some(tok) = sentence.tokens.get(k).filter(|x| x.span.start == sentence.span.start + off + p) else {
        return false;
    };
    let whole = tok.span.end == sentence.span.start + off + e;
    let relative = whole && tok.tag.starts_with('v') && t[e..].strip_prefix('的').is_some_and(|r| !r.trim().is_empty());
    relative || tok.tag == "c" && tok.span.end > sentence.span.start + off + e
}

/// `老年人|口`: the 口 of 人口 that the segmenter cut off a noun of people ending in 人.
fn split_population(s: &str, sentence: &Sentence<'_>, t: &crate::segment::Token<'_>) -> bool {
    t.text == "口" && s[..t.span.start - sentence.span.start].ends_with('人')
}

/// `七成五`: a Chinese digit right after the tenths of a share adds its hundredths (75 %),
/// when nothing but punctuation, `的` or an approximation word follows the digit (not
/// `三成五保户`).
fn tenth_digit(s: &str, m: &mut Measure) {
    const DIGITS: &str = "一二三四五六七八九";
    let Some(d) = next_char(s, m.end).filter(|&c| DIGITS.contains(c)) else { return };
    let after = m.end + d.len_utf8();
    if m.upper.is_some()
        || m.value >= 100.0
        || next_char(s, after).is_some_and(|c| is_word_char(c) && !"的以左上".contains(c))
    {
        return;
    }
    let digit = DIGITS.chars().position(|c| c == d).unwrap_or(0) + 1;
    m.value += digit as f64;
    m.end = after;
}

/// `七八个`, `两三个小时`, `三四十名`: two neighbouring Chinese digits (and a 十/百/千/万
/// after both) as a vague range; the low and high value and the end.
fn vague_pair(s: &str, i: usize, n: &number::Number) -> Option<(f64, f64, usize)> {
    let first = next_char(s, i)?;
    if n.form == NumberForm::Chinese && n.span.end > i + first.len_utf8() {
        return vague_last_digit(s, n);
    }
    if n.form != NumberForm::Chinese || n.span.end != i + first.len_utf8() || !(1.0..=8.0).contains(&n.value) {
        return None;
    }
    let second = next_char(s, n.span.end)?;
    let mut end = n.span.end + second.len_utf8();
    let high = number::parse(&s[n.span.end..end]).filter(|&h| h == n.value + 1.0)?;
    // 五六月份 names months, not a count.
    if s[end..].starts_with('月') {
        return None;
    }
    let factor = match next_char(s, end) {
        Some('十') => 10.0,
        Some('百') => 100.0,
        Some('千') => 1000.0,
        Some('万') => 10_000.0,
        _ => 1.0,
    };
    if factor > 1.0 {
        end += '十'.len_utf8();
    }
    // 五六十万元, 三四百亿: a magnitude after the place word scales both ends again.
    let scale = match next_char(s, end).filter(|_| factor > 1.0 && factor < 10_000.0) {
        Some('万') => 10_000.0,
        Some('亿') => 100_000_000.0,
        _ => 1.0,
    };
    if scale > 1.0 {
        end += '万'.len_utf8();
    }
    Some((n.value * factor * scale, high * factor * scale, end))
}

/// *Vague last digit*: `三十五六岁`, `二十七八名`, `十五六个` — a numeral of tens whose last
/// digit is followed by the next digit is a vague range of the two (35 / 36). Not before a
/// place word that would make the second digit a number of its own (`二十五六十`), nor
/// before `月`/`日`/`号` (days of a month are dates).
fn vague_last_digit(s: &str, n: &number::Number) -> Option<(f64, f64, usize)> {
    let text = &s[n.span.range()];
    let last = text.chars().last()?;
    let tens = text.contains('十') && !text.contains(['百', '千', '万', '亿', '点', '.']);
    let digit = n.value % 10.0;
    if !tens || !(1.0..=8.0).contains(&digit) || last == '十' {
        return None;
    }
    let second = next_char(s, n.span.end)?;
    let end = n.span.end + second.len_utf8();
    number::parse(&s[n.span.end..end]).filter(|&h| h == digit + 1.0)?;
    let after = next_char(s, end);
    if after.is_some_and(|c| "十百千万亿月日号".contains(c)) {
        return None;
    }
    Some((n.value, n.value + 1.0, end))
}

/// The start of the run of dates that ends with `c` (`去年截至11月`), none before `from`.
fn run_start(s: &str, dates: &[Span], from: usize, c: &Span) -> usize {
    let mut cut = c.start;
    while let Some(d) = dates.iter().rev().find(|d| d.end <= cut && d.start >= from) {
        if !s[d.end..cut].trim().is_empty() {
            break;
        }
        cut = d.start;
    }
    cut
}

/// True when the tokens between `from` and `to` (bytes of the sentence) are adverbs,
/// adjectives, conjunctions, prepositions, particles and one-character verbs only (都加,
/// 太低, 并未): words that say how, never what.
fn only_modifiers(sentence: &Sentence<'_>, from: usize, to: usize) -> bool {
    let (a, b) = (sentence.span.start + from, sentence.span.start + to);
    let first = sentence.tokens.partition_point(|t| t.span.start < a);
    let mut toks = sentence.tokens[first..].iter().take_while(|t| t.span.end <= b).peekable();
    toks.peek().is_some()
        && toks.all(|t| {
            matches!(t.tag.chars().next(), Some('d' | 'a' | 'c' | 'p' | 'u'))
                || t.tag.starts_with('v') && t.text.chars().count() == 1
        })
}

/// Numbers and ordinals (第三方) start another phrase after a count; so does a vague count
/// (几百元, 数千人: `两天的检查费几百元` → 检查费).
fn starts_number(c: char, tag: &str) -> bool {
    number::is_digit(c) || tag == "m" && (number::is_chinese_numeral_char(c) || matches!(c, '第' | '几' | '数'))
}

/// True when byte `p` of the sentence starts or ends a token of its segmentation (or is
/// an end of the sentence).
fn token_boundary(sentence: &Sentence<'_>, p: usize) -> bool {
    if p == 0 || p >= sentence.text.len() {
        return true;
    }
    let at = sentence.span.start + p;
    let k = sentence.tokens.partition_point(|t| t.span.start < at);
    sentence.tokens.get(k).is_some_and(|t| t.span.start == at)
        || k.checked_sub(1).and_then(|j| sentence.tokens.get(j)).is_some_and(|t| t.span.end == at)
        || sentence.tokens.is_empty()
}

/// The end of an alphanumeric token (code, formula) that contains `i`.
fn skip_token(s: &str, mut i: usize) -> usize {
    while let Some(c) = next_char(s, i) {
        if c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '_' | '.' | '/') || number::is_digit(c) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// The jieba words of `sentence` from byte `p` of its text on (at most 24), as (start, end,
/// POS tag) relative to the text, the first one cut to start at `p`.
fn words_from<'a>(sentence: &Sentence<'a>, p: usize) -> Vec<(usize, usize, &'a str)> {
    let (s, base) = (sentence.text, sentence.span.start);
    let from = sentence.tokens.partition_point(|t| t.span.end <= base + p);
    sentence.tokens[from..]
        .iter()
        .map(|t| (t.span.start.saturating_sub(base), t.span.end.saturating_sub(base), t.tag))
        .filter(|&(a, b, _)| b > p && a < s.len())
        .map(|(a, b, tag)| (a.max(p), b, tag))
        .take(24)
        .collect()
}

/// A clause naming no noun before its number, right after a comma (`…，达到206元`), and the
/// clause before that comma (`opening..comma`, bytes of the sentence): where a topic is read.
struct AfterComma<'s> {
    clause: &'s str,
    opening: usize,
    comma: usize,
    /// The clause opened with a time of its figure (`高峰时`), left out of `clause`.
    when: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `extract`.
    #[test]
    fn example_extract() {
        let a = crate::extract("基层医疗\n2023年全市新建社区卫生服务中心12家，常住居民签约率超过30%。").unwrap();
        let figures: Vec<String> =
            a.figures.iter().map(|f| format!("{} {} {:?} {:?}", f.mention.text, f.value, f.unit, f.subject)).collect();
        assert_eq!(
            figures,
            [r#"12家 12 Some("家") Some("社区卫生服务中心")"#, r#"超过30% 30 Some("%") Some("常住居民签约率")"#]
        );
    }

    #[test]
    fn lexicons_load() {
        let f = FigureExtractor::new();
        assert_eq!(f.units.iter().find(|u| u.surface == "个百分点").map(|u| u.normalized.as_str()), Some("百分点"));
        assert!(f.approx.iter().any(|a| a.word == "超过" && a.approx == Approx::Over));
        assert!(f.count_infix.iter().any(|w| w == "大"));
        assert!(f.subject.scope.iter().any(|w| w == "全市"));
    }

    #[test]
    fn currencies_before_amounts() {
        let f = FigureExtractor::new();
        let s = "拨款约HK$ 2.5亿";
        let i = s.find('2').unwrap();
        assert_eq!(f.currency_before(s, i), Some(("拨款约".len(), "港元")));
        let s = "新臺幣12亿";
        assert_eq!(f.currency_before(s, s.find('1').unwrap()), Some((0, "元")));
        let s = "ABCUSD5";
        assert_eq!(f.currency_before(s, s.find('5').unwrap()), None);
    }

    #[test]
    fn opaque_names() {
        let f = FigureExtractor::new();
        let s = "印发《三年行动计划》，打造“15分钟服务圈”，实行“三统一”，他说：“建成300家，覆盖全市。”";
        let names: Vec<&str> = f.opaque_names(s).iter().map(|sp| &s[sp.start..sp.end]).collect();
        assert_eq!(names, ["三年行动计划", "15分钟服务圈"]);
        let s = "打造“15分钟服务圈”，院长表示，“再建3家分院”，“我每周去2次”，号称“三甲”，指出，“两个允许”要求";
        let names: Vec<&str> = f.opaque_names(s).iter().map(|sp| &s[sp.start..sp.end]).collect();
        assert_eq!(names, ["15分钟服务圈", "我每周去2次", "三甲", "两个允许"]);
    }

    #[test]
    fn offsets_of_slices() {
        let s = "全港共享中心已增至12间";
        assert_eq!(offset_in(s, &s[6..18]), Some(6));
        assert_eq!(offset_in(s, "共享"), None);
    }

    #[test]
    fn token_boundaries() {
        let seg = crate::segment::Segmenter::new(&[]);
        let text = "今年向上转诊人次达到2.3万";
        let sentence = Sentence { span: Span::new(0, text.len()), text, tokens: seg.tokens(text).into() };
        let after_jin = "今年向".len();
        assert!(token_boundary(&sentence, "今年".len()));
        assert!(!token_boundary(&sentence, after_jin), "向上 is one word");
        assert!(token_boundary(&sentence, 0) && token_boundary(&sentence, text.len()));
    }

    #[test]
    fn change_words_and_comparisons() {
        let f = FigureExtractor::new();
        assert_eq!(f.change_word("门急诊人次比上年减少了"), Some(("门急诊人次", "降幅")));
        assert_eq!(f.change_word("基层就诊率较2022年提高"), Some(("基层就诊率", "增幅")));
        assert_eq!(f.change_word("报销比例提高到"), None);
    }

    #[test]
    fn units_blocked_by_longer_words() {
        let f = FigureExtractor::new();
        assert!(f.unit_at("家庭医生", 0).is_none());
        assert_eq!(f.unit_at("家医院", 0).map(|u| u.surface.as_str()), Some("家"));
        assert_eq!(f.unit_at("人次", 0).map(|u| u.surface.as_str()), Some("人次"));
    }
}
