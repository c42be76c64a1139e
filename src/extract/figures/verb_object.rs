//! A verb and its object before the number (`docs/FACTS.md` §4, *Figure subjects*, step 4).
//!
//! **In:** the metric read before a count or an amount (`clean_before`), the clause it was
//! cut from, the figure's unit and kind. **Out:** the metric as the ruling reads it: the
//! measure word counts the verb's object, so the object is the subject and the verb, the
//! clause's predicate, goes with its agent and adverbs (`该院救治伤员320人` → 伤员, as
//! `救治了320名伤员`). The verb stays where the object is not what the number counts
//! (*kept verb*): a unit of acts (`人次`, `家次`: a unit in 次) counts acts (`走访老人3200
//! 人次` → 走访老人, and a lead verb the metric was cut after comes back: `抽查药店900家次`);
//! people counted after an object naming no people count the doers (`参加医保5200万人`);
//! bodies counted after an object naming no body likewise (`终止合同12家`); an amount after
//! a change verb is the change (`减轻患者负担3亿元`). Only a verb and object right before the
//! number are read so: after a link (`共`, `达`) they are the topic, one noun phrase. Before a
//! unit of acts, people right before a verb whose object names people are its agent
//! (`社区医生走访老人3200人次` → 走访老人; not `居民预约挂号`, where the residents are counted). Light verbs (`开展`, `进行`; role
//! `light_verb`) name no act, and intransitive verbs before a noun describe it
//! (`确诊病例`, role `intransitive`): neither is a predicate here. Nouns put before an
//! adverb of a total and the verb closing the clause are its object, counted (*fronted
//! object*: `全年培训班共开办12期` → 培训班), unless they are its agent.
//!
//! **Guarantees:** never panics; reads only the tokens of the metric and the one before it.

use super::{offset_in, FigureExtractor};
use crate::extract::doc::Sentence;
use crate::extract::quotes;
use crate::facts::FigureKind;
use crate::segment::Token;

/// Most tokens of a preposition's object read back from a metric.
const MAX_PREPOSITION_OBJECT_TOKENS: usize = 4;

/// Tags of the words that may stand before the clause's verb: its agent (nouns, pronouns,
/// abbreviations) and its time words, place words (`s`: `国内`, `院内`) and adverbs.
fn agent_tag(tag: &str) -> bool {
    matches!(tag.chars().next(), Some('n' | 'r' | 'd' | 't' | 'j' | 's'))
}

/// A time word the tagger calls a numeral (`全年/m`, `当年/m`): no digit or numeral in it,
/// ending in a unit of the calendar. It stands before the verb like a time word (`t`).
fn numeral_tagged_time(t: &Token<'_>) -> bool {
    t.tag == "m"
        && t.text.chars().count() == 2
        && t.text.ends_with(['年', '月'])
        && !t.text.chars().any(|c| c.is_ascii_digit() || "零一二两三四五六七八九十百千万".contains(c))
}

/// *Verb after a term's opening*: the word before the metric closes a list or a quote
/// (`…检验等共享中心9个`, `建成“智慧健康”应用场景60个`): a verb of two characters after it
/// opens a term, the kind named. Elsewhere a verb of two characters opening the metric is
/// the clause's predicate before a number (`，配备急救药品85种` → 急救药品, as `配备了85种急救药品`).
fn closes_term(prev: Option<&Token<'_>>) -> bool {
    prev.is_some_and(|t| {
        matches!(t.text, "等" | "等等") || t.text.ends_with(|c| quotes::is_closing_mark(c) || matches!(c, '）' | ')'))
    })
}

/// *Place as agent*: a place's name (tag `ns`: `湖川省`, `青禾县`) right before the verb is
/// the clause's agent, as a body's name is (`湖川省承担国家科研项目46项` → 国家科研项目).
fn place_agent(t: &Token<'_>) -> bool {
    t.tag == "ns"
}

/// A unit that counts acts: the listed ones and any unit in 次 of two characters or more
/// (`家次`, `剂次`, `场次`; a bare `次` counts times of what the clause names).
fn counts_acts(act_units: &[String], unit: Option<&str>) -> bool {
    unit.is_some_and(|u| act_units.iter().any(|a| a == u) || u.ends_with('次') && u.chars().count() >= 2)
}

impl FigureExtractor {
    /// The metric before a count or an amount ([`Self::clean_before`]) after the ruling.
    pub(super) fn object_before(
        &self,
        sentence: &Sentence<'_>,
        clause: &str,
        unit: Option<&str>,
        kind: FigureKind,
    ) -> Option<String> {
        // 收到学术论文（含摘要）300余篇: a closing note leaves the verb and its object.
        let clause = self.strip_closing_note(clause.trim_end(), 0);
        self.clean_before(sentence, clause).map(|m| {
            self.fronted_object(sentence, clause, &m, unit, kind)
                .unwrap_or_else(|| self.verb_object(sentence, clause, m, unit, kind))
        })
    }

    /// *Fronted object*: nouns, an adverb of a total (`共`, `累计`) and a verb closing the
    /// clause before a count of things: the nouns are the verb's object put first, what the
    /// measure word counts (`全年培训班共开办12期` → 培训班, as `共开办培训班12期`; `义诊活动共
    /// 开展30场` → 义诊活动). Not when they are its agent — a body, people, a place, a pronoun
    /// (`该院共关闭9户`, `志愿者累计服务…`) — nor before people or acts counted, nor before an
    /// amount (`资金累计投入2亿元`: the verb is the metric).
    fn fronted_object(
        &self,
        sentence: &Sentence<'_>,
        clause: &str,
        metric: &str,
        unit: Option<&str>,
        kind: FigureKind,
    ) -> Option<String> {
        let sw = &self.subject;
        let is = |list: &[String]| unit.is_some_and(|u| list.iter().any(|w| w == u));
        if kind != FigureKind::Count || unit.is_none() || unit == Some("人") || is(&sw.people_unit) {
            return None;
        }
        if counts_acts(&sw.act_unit, unit) {
            return None;
        }
        let base = sentence.span.start;
        let c = offset_in(sentence.text, clause)?;
        let end = base + c + clause.trim_end().len();
        let last = sentence.tokens.partition_point(|t| t.span.end <= end);
        let toks = &sentence.tokens[..last];
        let [.., noun, adverb, verb] = toks else { return None };
        let total = sw.total.has(adverb.text) || sw.cumulative.has(adverb.text);
        if verb.span.end != end || verb.tag != "v" || !metric.ends_with(verb.text) || !total {
            return None;
        }
        let nominal = |t: &Token<'_>| matches!(t.tag, "n" | "vn" | "nz");
        if !nominal(noun) || noun.span.end != adverb.span.start {
            return None;
        }
        // 健康讲座: adjectives and distinguishing words before the noun are part of it.
        let modifier = |t: &Token<'_>| nominal(t) || matches!(t.tag, "a" | "b");
        let first =
            toks[..toks.len() - 2].iter().rposition(|t| !modifier(t) || t.span.start < base + c).map_or(0, |k| k + 1);
        let nouns = &toks[first..toks.len() - 2];
        let agent = nouns.iter().any(|t| self.common_agent(t) || self.names_people(t.text));
        let text = &sentence.text[nouns.first()?.span.start - base..noun.span.end - base];
        (!agent).then(|| self.finish(text)).flatten()
    }

    /// The metric before a count or an amount after the verb-and-object ruling.
    fn verb_object(
        &self,
        sentence: &Sentence<'_>,
        clause: &str,
        metric: String,
        unit: Option<&str>,
        kind: FigureKind,
    ) -> String {
        let s = sentence.text;
        let base = sentence.span.start;
        let Some(c) = offset_in(s, clause) else { return metric };
        let Some(a) = clause.rfind(metric.as_str()).map(|k| c + k) else { return metric };
        let b = a + metric.len();
        // A link between the words and the number (`共`, `达`, `为`) makes them the topic, a
        // noun phrase whose verb describes its noun (`入选示范医院共32家`): no predicate.
        if !s[b..c + clause.len()].trim().is_empty() || self.opens_with_link(&s[c + clause.len()..]) {
            return metric;
        }
        let first = sentence.tokens.partition_point(|t| t.span.start < base + a);
        let toks: Vec<&Token<'_>> = sentence.tokens[first..].iter().take_while(|t| t.span.end <= base + b).collect();
        if toks.first().map_or(true, |t| t.span.start != base + a)
            || toks.last().map_or(true, |t| t.span.end != base + b)
        {
            return metric;
        }
        // Cut after a lead verb already: it is the predicate; a unit of acts brings it back.
        let prev = first.checked_sub(1).map(|j| &sentence.tokens[j]).filter(|t| t.span.end == base + a);
        if let Some(verb) = prev.filter(|t| self.subject.lead_verb.has(t.text)) {
            let light = self.subject.light_verb.has(verb.text);
            if light || !counts_acts(&self.subject.act_unit, unit) {
                return metric;
            }
            let start = self.kept_verb_start(sentence, first - 1);
            return s[start - base..b].to_string();
        }
        let governed = self.after_preposition_phrase(sentence, first);
        let Some(k) = self.predicate_verb(prev, &toks, kind, counts_acts(&self.subject.act_unit, unit), governed)
        else {
            return metric;
        };
        let object =
            self.handed_object(s, base, toks[k].text, &toks[k + 1..]).unwrap_or(&s[toks[k + 1].span.start - base..b]);
        if !self.keeps_verb(toks[k].text, object, unit, kind) {
            return self.finish(object).unwrap_or(metric);
        }
        let start = self.kept_verb_start(sentence, first + k);
        self.finish(&s[start - base..b]).unwrap_or(metric)
    }

    /// The index of the clause's verb among the metric's tokens: a transitive verb of two
    /// characters or more followed by a noun phrase without `的` (a relative clause is the
    /// whole of what is counted), shown to be the predicate by what stands before it — an
    /// adverb, a pronoun, a time or place word right before it (`prev`, the word before the metric,
    /// when the verb opens it), after nothing but its agent (`该院救治伤员`, `各地共收回违规
    /// 资金`, `已接种疫苗`) — or, opening the metric, by an object naming
    /// money measured by an amount (`收回违规资金46万元`; role `money_noun`). A verb opening
    /// the metric is the predicate too (`，配备急救药品85种` → 急救药品, `收小麦30万公斤` → 小麦),
    /// unless a list's `等` or a closing quote stands before it (a term: `…检验等共享中心`), its
    /// noun is a metric's head (`登记志愿者人数`) or a time word or cumulative word stands
    /// among its nouns (`统筹基金累计结余`): a noun phrase, no verb and object.
    fn predicate_verb(
        &self,
        prev: Option<&Token<'_>>,
        toks: &[&Token<'_>],
        kind: FigureKind,
        acts: bool,
        governed: bool,
    ) -> Option<usize> {
        let sw = &self.subject;
        let listed =
            |w: &str| [&sw.keep, &sw.light_verb, &sw.intransitive, &sw.cut, &sw.lead_verb].iter().any(|l| l.has(w));
        // 成功救治患者: an adjective before the verb is its adverbial (tags `a`, `ad`).
        let adverbial = |t: &Token<'_>| matches!(t.tag, "a" | "ad");
        // 全市报告流感样病例: a scope word (`全市`, role `scope`) stands before the verb like
        // a place word.
        let marker = |t: &Token<'_>| {
            matches!(t.tag.chars().next(), Some('d' | 'r' | 't' | 's'))
                || numeral_tagged_time(t)
                || self.is_function(t.text)
                || self.is_cumulative(t.text)
                || sw.scope.has(t.text)
                || adverbial(t)
        };
        let from = self.named_agent_end(toks);
        let k = from
            + toks[from..].iter().position(|t| {
                self.called_noun(t.text, t.tag)
                    || !(agent_tag(t.tag)
                        || adverbial(t)
                        || numeral_tagged_time(t)
                        || self.is_function(t.text)
                        || self.is_cumulative(t.text))
            })?;
        let (verb, last) = (toks[k], toks.last()?);
        // 受理投诉: a noun the tagger calls a verb (role `verbal_noun`) is an object too.
        let noun_end = last.tag.starts_with('n')
            || matches!(last.tag, "vn" | "j")
            || k + 2 == toks.len() && sw.verbal_noun.has(last.text);
        let object_ok = k + 1 < toks.len() && noun_end && toks[k + 1..].iter().all(|t| t.text != "的");
        let shown = match k {
            // 收小麦2万公斤: a verb of one character opening the metric is no modifier of its
            // object; one of two is none either (`配备急救药品85种` → 急救药品) but after a term's
            // opening (`等`, a quote). After a noun a verb may be part of a phrase
            // (`东墙到西墙`, `境外来沪`).
            0 if verb.text.chars().count() == 1 => true,
            0 => {
                prev.is_some_and(marker)
                    || governed
                    || kind == FigureKind::Money && sw.money_noun.closes(last.text)
                    || !closes_term(prev) && !self.names_metric(last.text) && !self.framed_object(&toks[1..])
            }
            // 社区医生走访老人3200人次: before a unit of acts, people right before a verb whose
            // object names people are its agent, not those counted (but 居民预约挂号: the
            // residents are counted, the act names no people).
            _ => {
                marker(toks[k - 1])
                    || governed
                    || self.common_agent(toks[k - 1])
                    || place_agent(toks[k - 1])
                    || acts
                        && toks[k - 1].tag.starts_with('n')
                        && self.names_people(toks[k - 1].text)
                        && self.names_people(last.text)
            }
        };
        // 该院共做心脏手术: after an adverb of a total a verb of one character is the predicate.
        let after_total = k > 0 && (sw.total.has(toks[k - 1].text) || sw.cumulative.has(toks[k - 1].text));
        let long_enough = verb.text.chars().count() >= 2 || (k == 0 || after_total) && !self.is_function(verb.text);
        // 累计筛查适龄儿童: after an adverb, a cumulative or a scope word (not a time word:
        // 全年服务群众 names a year's service), a verb the tagger calls a verbal noun is the verb.
        let vn_marker = |t: &Token<'_>| t.tag.starts_with('d') || self.is_cumulative(t.text) || self.scope_or_place(t);
        let verbal = self.called_noun(verb.text, verb.tag)
            || verb.tag == "v"
            || verb.tag == "vn" && k > 0 && vn_marker(toks[k - 1]);
        (verbal && long_enough && !listed(verb.text) && object_ok && shown).then_some(k)
    }

    /// True when the metric at token `first` follows a phrase opened by a preposition
    /// (`向23家乡镇卫生院` + 派驻医生: role `preposition`, also glued to an adverb, `已向`), or a
    /// preposition right before it whose object opens the metric (`向` + 山区卫生院派驻医生):
    /// the words between read back over nouns, numbers, measure words, place words (`省内`)
    /// and level words (`县`) only.
    fn after_preposition_phrase(&self, sentence: &Sentence<'_>, first: usize) -> bool {
        let toks = &sentence.tokens[..first];
        let phrase = toks.iter().rev().take(MAX_PREPOSITION_OBJECT_TOKENS + 1).position(|t| {
            !(matches!(t.tag.chars().next(), Some('n' | 'm' | 'q' | 'j' | 's')) || self.level_word(t.text))
        });
        let Some(p) = phrase.and_then(|n| toks.len().checked_sub(n + 1)).map(|i| toks[i].text) else { return false };
        self.subject.preposition.closes(p) || self.opens_preposition_phrase(p)
    }

    /// *Preposition far from the number*: the byte in `t` (a clause before the number, read
    /// from `from`; `off` its offset in the sentence) where a verb starts that follows a
    /// phrase opened by a preposition (role `preposition`: `为`, `从`, `向`) of at most
    /// [`MAX_PREPOSITION_OBJECT_TOKENS`] nouns, pronouns, numbers or place words
    /// (`省卫健委为基层医院配发救护车30辆`, `该院从外地引进人才15名`): the preposition governs
    /// the verb, no link to the number, so the metric is read from the verb on (its object
    /// by the ruling). Links, cuts and change verbs after the phrase (`从25%增至`) are none;
    /// the verb must have an object — or, after the clause's agent (*act after a
    /// preposition*: `该院已为村民义务巡诊160次`, `该队为敬老院老人剪发300人次`), be
    /// one of the verbs alone that close the clause: they are the act the number counts.
    /// Nouns joined by a conjunction, with adjectives, are one object of the preposition.
    pub(super) fn verb_after_preposition(
        &self,
        sentence: &Sentence<'_>,
        off: usize,
        t: &str,
        from: usize,
    ) -> Option<usize> {
        let sw = &self.subject;
        let base = sentence.span.start + off;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        let toks: Vec<&Token<'_>> =
            sentence.tokens[first..].iter().take_while(|x| x.span.end <= base + t.len()).collect();
        let p = toks.iter().rposition(|x| self.opens_preposition_phrase(x.text))?;
        let nominal = |x: &Token<'_>| {
            matches!(x.tag.chars().next(), Some('n' | 'r' | 'm' | 'q' | 'j' | 'f' | 's')) || self.level_word(x.text)
        };
        // 偏远村民, 孤寡老人: adjectives, distinguishing words and set phrases belong to it.
        let joined =
            |x: &Token<'_>| nominal(x) || matches!(x.tag, "a" | "b" | "i" | "l") || sw.conjunctions.has(x.text);
        // 向市卫健委、市场监管局移交: bodies listed with `、` are one object too (*listed object*).
        let listed_object = |x: &Token<'_>| x.text == "、";
        let n = toks[p + 1..].iter().take_while(|x| joined(x) || listed_object(x)).count();
        let separators = toks[p + 1..p + 1 + n].iter().filter(|x| listed_object(x)).count();
        // 义务巡诊: adverbs of manner between the object and the act; words of manner the
        // tagger calls verbs (`免费`, role `manner`) leave the act its object (免费测量血压).
        let manner = |x: &&Token<'_>| sw.manner.has(x.text);
        let d = toks[p + 1 + n..]
            .iter()
            .take_while(|x| x.tag.starts_with('d') && !self.is_function(x.text) || manner(x))
            .count();
        let listed_manner = toks[p + 1 + n..p + 1 + n + d].iter().all(manner);
        let verb = toks.get(p + 1 + n + d)?;
        let listed = [&sw.link, &sw.cut, &sw.increase, &sw.decrease, &sw.function]
            .iter()
            .any(|l| l.iter().any(|w| verb.text.starts_with(w.as_str())));
        let lead = self.lead_verbs.occurrences(verb.text).iter().filter(|&&(_, s, _)| s == 0).map(|&(_, _, e)| e).max();
        // The verb needs an object or a noun after 的 (`为患者垫付的费用`, whose owner then
        // goes); a verb alone (`为患者减负`) is read whole as before.
        let rest = &toks[p + 2 + n + d..];
        // 医生为老人测量血压: after the agent's preposition phrase, a verb the tagger calls a
        // verbal noun, with nouns after it, is the act and its object.
        let verbal_act = p > 0 && verb.tag == "vn" && !rest.is_empty() && rest.iter().all(|x| x.tag.starts_with('n'));
        let is_verb = verb.tag.starts_with('v') && verb.tag != "vn" || lead.is_some() || verbal_act;
        // A lead verb the segmenter glued to its object (`引进人才`) brings it along.
        let glued = rest.is_empty() && lead.is_some_and(|e| e < verb.text.len());
        let object = glued || listed_manner && rest.last().is_some_and(|x| nominal(x));
        // The preposition after its agent (`该院为`, not `为患者减负` opening the clause), the
        // verbs alone up to the number.
        let act = p > 0 && lead.is_none() && verb.tag == "v" && rest.iter().all(|x| x.tag == "v");
        let ok = (1..=MAX_PREPOSITION_OBJECT_TOKENS).contains(&(n - separators))
            && !listed_object(toks[p + n])
            && (object || act)
            && is_verb
            && verb.text.chars().count() >= 2
            && !listed;
        ok.then(|| verb.span.start - base)
    }

    /// True when the object is not what the number counts, so the verb stays with it.
    fn keeps_verb(&self, verb: &str, object: &str, unit: Option<&str>, kind: FigureKind) -> bool {
        let sw = &self.subject;
        let ends = |list: &[String]| list.iter().any(|h| object.ends_with(h.as_str()));
        let is = |list: &[String]| unit.is_some_and(|u| list.iter().any(|w| w == u));
        let change = sw.increase.has(verb) || sw.decrease.has(verb);
        counts_acts(&sw.act_unit, unit)
            || (is(&sw.people_unit) || unit == Some("人")) && !ends(&sw.person_head)
            || is(&sw.body_unit) && !ends(&sw.head)
            || kind != FigureKind::Count && change
    }

    /// *Receiver of a handing verb*: after a verb of handing over (role `give_verb`: `移交`),
    /// bodies right after it — one, or a list joined by `、`, up to the last text ending in
    /// the head of an organization's name — receive, and the nouns after them are the
    /// thing handed, what the number counts (`移交市卫健委、市场监管局线索3条` → 线索). The
    /// head is read on the text, not per token (`市场|监管局`). `None` for another verb or
    /// when no body with nouns after it opens the object.
    fn handed_object<'s>(&self, s: &'s str, base: usize, verb: &str, object: &[&Token<'_>]) -> Option<&'s str> {
        if !self.subject.give_verb.has(verb) {
            return None;
        }
        let (start, end) = (object.first()?.span.start - base, object.last()?.span.end - base);
        let (_, before_last) = object.split_last()?;
        let j = before_last.iter().rposition(|t| self.ends_in_agent_head(&s[start..t.span.end - base]))?;
        let thing = &object[j + 1..];
        // 投诉材料: a noun the tagger calls a verb (role `verbal_noun`) is part of the thing.
        let nominal = |t: &&Token<'_>| {
            t.tag.starts_with('n') && t.tag != "nr" || t.tag == "vn" || self.subject.verbal_noun.has(t.text)
        };
        (thing.last().is_some_and(|t| t.tag.starts_with('n')) && thing.iter().all(nominal))
            .then(|| &s[thing[0].span.start - base..end])
    }

    /// True when `text` ends in the head of an organization's name (`卫健委`, `市场监管局`).
    pub(super) fn ends_in_agent_head(&self, text: &str) -> bool {
        text.char_indices().any(|(i, _)| self.agent_heads.contains(&text[i..]))
    }

    /// *Agent before the verb*: a noun ending in the head of an organization's name (`该市
    /// 医院`, `某某公司`) right before the verb is the clause's agent, no modifier of the
    /// object (`医院救治伤员320人` → 伤员, as `救治了320名伤员`). People before a verb may
    /// be those counted (`居民预约挂号`): they are read by the rule of acts only.
    pub(super) fn common_agent(&self, t: &Token<'_>) -> bool {
        matches!(t.tag.chars().next(), Some('n' | 'j')) && self.ends_in_agent_head(t.text)
    }

    /// *Named agent*: the metric's words before its first verb, up to a noun ending in the
    /// head of an organization's name, are the clause's agent, whatever the tagger calls the
    /// words of its place (`青禾县人民医院今年累计接种疫苗3万剂次`: `县` is no noun to it) —
    /// the index after that noun, else 0.
    fn named_agent_end(&self, toks: &[&Token<'_>]) -> usize {
        let verb = toks.iter().position(|t| t.tag.starts_with('v')).unwrap_or(toks.len());
        toks[..verb].iter().rposition(|t| self.common_agent(t)).map_or(0, |i| i + 1)
    }

    /// True when `word` is a preposition (role `preposition`), or one the segmenter glued to
    /// the level word opening its object (*glued preposition*: `向市` + 卫健委移交问题线索3条 →
    /// 问题线索; role `definite_level`: 省, 市, 县, 区).
    fn opens_preposition_phrase(&self, word: &str) -> bool {
        let sw = &self.subject;
        sw.preposition
            .iter()
            .any(|w| word.strip_prefix(w.as_str()).is_some_and(|rest| rest.is_empty() || self.level_word(rest)))
    }

    /// True when `word` is a level of administration alone (role `definite_level`: `县`, `市`),
    /// whatever the tagger calls it: it opens the name of a body (`向县纪委`).
    fn level_word(&self, word: &str) -> bool {
        self.subject.definite_level.has(word)
    }

    /// True when the figure (`rest`, the sentence from its start) opens with an approximation
    /// that links (role `approx_link`: `入选示范村卫生室逾30家`): the words before are its topic.
    fn opens_with_link(&self, rest: &str) -> bool {
        self.subject.approx_link.opens(rest.trim_start())
    }

    /// True when the words after a verb hold a time word or a cumulative one (`统筹基金累计结余`,
    /// `基金本年结余`): an object takes none, so the verb opens a noun phrase, the metric.
    fn framed_object(&self, object: &[&Token<'_>]) -> bool {
        object.iter().any(|t| t.tag == "t" || self.is_cumulative(t.text))
    }

    /// True when `word` ends in the head of a metric (roles `rate_head`, `metric_head`: `人数`,
    /// `率`, `人口`): a verb before it describes the metric (`登记志愿者人数3000人`,
    /// `覆盖人口100万`), no predicate of an object.
    fn names_metric(&self, word: &str) -> bool {
        let sw = &self.subject;
        sw.rate_head.closes(word) || sw.metric_head.closes(word)
    }

    /// True when `t` is a scope word (`全市`, role `scope`) or a place's name ([`place_agent`]).
    fn scope_or_place(&self, t: &Token<'_>) -> bool {
        self.subject.scope.has(t.text) || place_agent(t)
    }

    /// True when `word` ends in a noun of people (`person_head`: 医生, 人员).
    pub(super) fn names_people(&self, word: &str) -> bool {
        self.subject.person_head.closes(word)
    }

    /// Where a kept verb's act starts: the verb at token `v`, with a cumulative word
    /// (`累计`) or adverbs of manner (`逐级`, not the function words `共`, `已`) before it.
    fn kept_verb_start(&self, sentence: &Sentence<'_>, v: usize) -> usize {
        let mut j = v;
        while j > 0 {
            let t = &sentence.tokens[j - 1];
            // 逐级转诊, not 共检查: one-character adverbs are the clause's, not the act's.
            let manner = t.tag.starts_with('d') && t.text.chars().count() >= 2 && !self.is_function(t.text);
            if t.span.end != sentence.tokens[j].span.start || !(manner || self.is_cumulative(t.text)) {
                break;
            }
            j -= 1;
        }
        sentence.tokens[j].span.start
    }
}
