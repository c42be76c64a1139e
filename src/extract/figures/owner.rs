//! The owner of a metric: a place or a body named at the start of the metric before the
//! number is whose the metric is, no part of what is measured (`docs/FACTS.md` §4, *Figure
//! subjects*, step 5: the clause's agent, the writer's own place and an owner before `的` go;
//! the owner ruling of round 64).
//!
//! **In:** the metric cut out of its clause before a number (`t[from..]`, a slice of the
//! sentence at `off`), past its scope words.
//! **Out:** the offset where the metric starts once its *owner* goes, when a noun follows
//! the owner: a named place (a token the tagger calls a place, `ns`, naming a division below
//! the state by its suffix written, or a name before such a
//! suffix the segmenter split off: `青禾|县` — or a foreign country: `青禾县家庭医生签约率达到75%`
//! → 家庭医生签约率), a demonstrative body (`该院门诊量` → 门诊量; `该|中心床位使用率` → 床位使用率),
//! time and scope words after the owner (`该院去年门诊量` → 门诊量), a word of a mean opening
//! the metric (`临江市平均住院日` → 平均住院日; role `mean`), and after either the
//! name of a body ending in the head of an organization's name (`临江市人民医院门诊量` →
//! 门诊量), with a `的` after it (`临江市人民医院的床位使用率` → 床位使用率). A kind of body
//! before a noun of a count (`数量`: `湖川省三甲医院数量` → 三甲医院数量) or closing the metric
//! (`湖川省公立医院共有43间` → 公立医院) is what is counted and stays; the nation stays (`全国`,
//! `我国`, `中国`: role `nation`), and so does a place inside a name (`中国医师协会会员`) and a
//! short place name without its suffix (`香港公立医院共有43间` stays whole: such a name names a
//! region, a city's people or a kind as often as an owner).
//!
//! **Guarantees:** never panics; reads at most the first twelve tokens of the metric, once
//! per metric read before a number (a few comparisons per token).

use super::FigureExtractor;
use crate::extract::doc::Sentence;
use crate::segment::Token;

/// Last characters of the divisions below the state (`湖川省`, `临江市`, `青禾县`).
const DIVISION_SUFFIXES: [char; 8] = ['省', '市', '县', '区', '镇', '乡', '村', '州'];

impl FigureExtractor {
    /// *Owner of the metric*: past the places and bodies opening `t[from..]` (a list of them
    /// too, and a `的` after them) when a noun follows, else `from`.
    pub(super) fn past_owner(&self, sentence: &Sentence<'_>, off: usize, t: &str, from: usize) -> usize {
        let base = sentence.span.start + off;
        let first = sentence.tokens.partition_point(|x| x.span.start < base + from);
        let toks: Vec<&Token<'_>> =
            sentence.tokens[first..].iter().take_while(|x| x.span.end <= base + t.len()).take(12).collect();
        if toks.first().map_or(true, |x| x.span.start != base + from) {
            return from;
        }
        let (mut k, mut body) = (0, false);
        while let Some((owner, by_body)) = self.owner_at(&toks[k..], k == 0) {
            (k, body) = (k + owner, by_body);
            // 市卫健委、区卫健局医养结合专家: a list of owners.
            let joined = toks.get(k).is_some_and(|x| is_joiner(x.text));
            if !joined || self.owner_at(&toks[k + 1..], false).is_none() {
                break;
            }
            k += 1;
        }
        if k > 0 && toks.get(k).is_some_and(|x| x.text == "的") {
            k += 1;
        }
        // A noun must follow: the metric itself (a verb only after a body, its agent); a
        // person's name after a place is no metric (`湖川小伙张某`).
        if toks[k.min(toks.len())..].iter().any(|x| x.tag == "nr") {
            return from;
        }
        // 该院去年门诊量: time and scope words between the owner and a noun metric go with it.
        if let Some(j) = self.metric_past_scope(&toks, k).filter(|_| k > 0) {
            return toks[j].span.start - base;
        }
        // 临江市平均住院日: a word of a mean before a noun opens the metric.
        let mean =
            |x: &Token<'_>| self.subject.mean.has(x.text) && toks.get(k + 1).is_some_and(|y| opens_metric(y.tag));
        match toks.get(k) {
            Some(x) if k > 0 && (opens_metric(x.tag) || body && x.tag.starts_with('v') || mean(x)) => {
                x.span.start - base
            }
            _ => from,
        }
    }

    /// The tokens of one owner opening `toks` — places (`湖川省`, `青禾|县`, `韩国`), a
    /// demonstrative body first in the metric (`该院`), and a body's name after them
    /// (`人民|医院`) — and whether a body ends it; `None` when none opens `toks` or the place
    /// is part of a name (`临江市人民医院` counted, `西安|市卫健委`).
    fn owner_at(&self, toks: &[&Token<'_>], first: bool) -> Option<(usize, bool)> {
        let mut k = 0;
        while let Some(n) = self.owner_place(&toks[k..]) {
            k += n;
        }
        if k == 0 && first && toks.first().is_some_and(|x| demonstrative_body(x)) {
            k = 1;
        }
        // 该中心床位使用率: `该` standing alone before a body's name is that body's demonstrative.
        if k == 0 && first && toks.first().is_some_and(|x| x.text == "该") && self.body_name_len(&toks[1..]) > 0 {
            k = 1;
        }
        // A body's name needs its place, a demonstrative or an owner listed before it
        // (`临江市卫健委和疾控中心专家`): a bare one is a kind of body whose metric it names
        // (`乡镇卫生院床位使用率`, `社区医院门诊量`).
        let body = if k > 0 || !first { self.body_name_len(&toks[k..]) } else { 0 };
        if body == 0 {
            return (k > 0).then_some((k, false));
        }
        let counted = match toks.get(k + body) {
            Some(x) if x.text == "的" || x.tag.starts_with('v') || is_joiner(x.text) => false,
            Some(x) if self.subject.count_head.has(x.text) => true,
            Some(x) if opens_metric(x.tag) => false,
            // 临江市人民医院今年门诊量: a time word between the body and its noun metric.
            Some(_) if self.metric_past_scope(toks, k + body).is_some() => false,
            // 青禾县急救中心全年出车: a time word or another word after the body: left as it is.
            Some(_) => return None,
            None => true,
        };
        if !counted {
            return Some((k + body, true));
        }
        if k == 0 {
            return None;
        }
        // 香港公立医院共有43间, 湖川省三甲医院数量: a kind of body (one word, no level of a
        // division opening it) is counted, its place no part of it; else the place is the
        // name's (临江市人民医院, 西安|市卫健委).
        let kind = body == 1 && !toks[k].text.starts_with(|c| DIVISION_SUFFIXES.contains(&c));
        (k > 0 && kind).then_some((k, false))
    }

    /// *Scope between owner and metric*: past the scope words (role `scope`: time words,
    /// adverbs: `去年`, `目前`, `今年|以来`) starting at `toks[k]`, the index of the noun
    /// metric after them (`该院去年门诊量` → 门诊量); `None` when no scope word stands there
    /// or no noun follows them (`该院去年投入`, `疾控中心已储备`).
    fn metric_past_scope(&self, toks: &[&Token<'_>], k: usize) -> Option<usize> {
        let j = k + toks.get(k..)?.iter().take_while(|x| self.subject.scope.has(x.text)).count();
        // A verbal noun after an adverb is the predicate (`疾控中心已储备`), no metric.
        (j > k && toks.get(j).is_some_and(|x| opens_metric(x.tag) && x.tag != "vn")).then_some(j)
    }

    /// Tokens of a named place opening `toks`: one (`湖川省`, `临江`, `韩国`) or two, a name
    /// and the division suffix the segmenter split off (`青禾|县`); none for the nation.
    fn owner_place(&self, toks: &[&Token<'_>]) -> Option<usize> {
        let head = toks.first()?;
        if self.subject.nation.has(head.text) {
            return None;
        }
        let suffix =
            |x: &Token<'_>| x.text.chars().count() == 1 && x.text.chars().all(|c| DIVISION_SUFFIXES.contains(&c));
        if matches!(head.tag, "ns" | "nr") && toks.get(1).is_some_and(|x| suffix(x)) {
            return Some(2);
        }
        // A short name without its suffix (`临江`, `香港`) stays: it names a region, a city's
        // people or a kind as often as an owner (kept where it cost a blind line, round 64).
        // A district the tagger calls a person (`丛林区/nr`): a person's name hardly ends in a
        // level of government above the township (not `镇`, `乡`, `村`, `州`).
        let district = head.tag == "nr" && suffixed(head.text) && head.text.ends_with(['省', '市', '县', '区']);
        (head.tag == "ns" && (suffixed(head.text) || foreign_country(head.text)) || district).then_some(1)
    }

    /// Tokens of a body's name opening `toks` (`人民|医院`, `市卫健委`): nouns up to one ending
    /// in the head of an organization's name, else none.
    fn body_name_len(&self, toks: &[&Token<'_>]) -> usize {
        let nominal = |x: &Token<'_>| x.tag.starts_with(['n', 'j', 'l']) && x.tag != "nr";
        toks.iter()
            .take(4)
            .take_while(|x| nominal(x))
            .position(|x| self.ends_in_agent_head(x.text))
            .map_or(0, |k| k + 1)
    }
}

/// True when a word tagged `tag` may open a noun metric: a noun (not a person's or a place's
/// name), an abbreviation (`日均`), a set phrase (`出货量`) or a verbal noun.
fn opens_metric(tag: &str) -> bool {
    tag.starts_with('n') && !matches!(tag, "nr" | "ns") || matches!(tag, "j" | "l" | "vn")
}

/// True when a place word names a division below the state by its suffix (`湖川省`, three
/// characters or more).
fn suffixed(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().last().is_some_and(|c| DIVISION_SUFFIXES.contains(&c))
}

/// True for a word joining owners in a list (`、`, `和`, `及`).
fn is_joiner(word: &str) -> bool {
    matches!(word, "、" | "和" | "及")
}

/// True for a demonstrative body of two characters (`该院`, `该县`), the body the text spoke of.
fn demonstrative_body(head: &Token<'_>) -> bool {
    head.text.starts_with('该') && head.text.chars().count() == 2 && head.tag.starts_with(['r', 'n'])
}

/// True for a foreign country's short name of two characters ending in `国` (`韩国`, `法国`);
/// the nation's own (`中国`, `我国`) are the role `nation`'s.
fn foreign_country(word: &str) -> bool {
    word.chars().count() == 2 && word.ends_with('国') && word != "外国"
}
