//! Subjects for figures the procedure left empty (`docs/FACTS.md` §4, *Figure subjects*,
//! round 63): shapes of fresh text where no metric stands before the number and no noun
//! after it, yet the clause says what is counted.
//!
//! **In:** a figure's span in its sentence, its unit and kind, when the subject procedure
//! named nothing. **Out:**
//! - *act of a total*: a verb whose object is the number (role `object_link`: `接诊`,
//!   `服务`, `救治`) right after an adverb of a total (roles `total`, `cumulative`) and right
//!   before the number is the act counted, like any verb without an object (`巡诊时共接诊230余
//!   人次` → 接诊; `累计服务800人次` → 累计服务, the cumulative word kept as in
//!   `累计投入`). Without the adverb the verb's agent stands before it and nothing is named
//!   (`每年门诊服务约六百万人次`).
//! - *act that lasted*: a duration closing its clause (`期间` or `了` may follow) right
//!   after a verb names that verb as what lasted, with its object and the verbs before it
//!   (`在监护室观察了3天` → 观察, `在省城进修学习半年` → 进修学习); a verb of saying
//!   before it (`透露`: role `report_verb`) stays out (`他透露拍片15小时` → 拍片). Not a
//!   verb whose object is the time (`往往要花四个小时`, role `duration_object`), a link or a
//!   light verb (`该项目实施3年`), a verb after a modal (`基金可支付十年`), one character
//!   alone (`住两天`), nor a duration before
//!   `后`/`内`/`中` (a point or a frame).
//! - *split name*: a name the segmenter cut after its surname (`李|奶奶`, `徐|阿婆`, `王|某`,
//!   a given name it tags as another word: `刘|桂兰`) right after an age and `的` is the
//!   person the age is of (`78岁的李奶奶` → 李奶奶), as a whole name is (`65岁的刘桂兰`): a
//!   surname of one character (lexicon `surnames.txt`) alone as a token, and one glued word
//!   of one or two characters after it, with no noun glued after them (`56岁的单身母亲`).
//!
//! **Guarantees:** never panics; reads only the words right before the figure (a split name:
//! the two tokens after it).

use super::{is_delimiter, token_boundary, FigureExtractor};
use crate::extract::doc::Sentence;
use crate::facts::FigureKind;
use crate::lexicon::{SUBJECT_WORDS, SURNAMES};
use crate::segment::Token;
use crate::text::next_char;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Verbs whose object is a duration (role `duration_object`: `需要`, `经过`): the time they
/// take, spend or pass names no act that lasted.
static DURATION_OBJECT: LazyLock<Vec<String>> = LazyLock::new(|| super::role(&SUBJECT_WORDS, "duration_object"));

/// The surnames of one character (`李`, `徐`), which the segmenter may cut from a name.
static ONE_CHAR_SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SURNAMES.words().filter(|w| w.chars().count() == 1).collect());

/// Most tokens an act that lasted reads back from its duration.
const MAX_ACT_TOKENS: usize = 3;

impl FigureExtractor {
    /// The first of the rules above that names something for the figure at `start`.
    pub(super) fn filled_subject(
        &self,
        sentence: &Sentence<'_>,
        kind: FigureKind,
        (start, end): (usize, usize),
    ) -> Option<String> {
        match kind {
            FigureKind::Duration => self.lasting_act(sentence, start, end),
            _ => self.total_act(sentence, start),
        }
    }

    /// *Split name*: the surname token at `at` (an absolute offset) and the one glued word
    /// of a given name or a term of address after it, as one name.
    pub(super) fn split_name<'s>(&self, sentence: &Sentence<'s>, at: usize) -> Option<&'s str> {
        let k = sentence.tokens.partition_point(|t| t.span.start < at);
        let (first, second) = (sentence.tokens.get(k)?, sentence.tokens.get(k + 1)?);
        let joined = first.span.start == at && second.span.start == first.span.end;
        let given = second.text.chars().count() <= 2
            && second.text.chars().all(crate::text::is_han)
            && !matches!(second.tag.chars().next(), Some('x' | 'p' | 'u' | 'c' | 'd' | 'm' | 'q' | 'f'));
        // 56岁的单身母亲: a noun glued after them makes the two a modifier of it, no name.
        let ends =
            sentence.tokens.get(k + 2).map_or(true, |t| t.span.start != second.span.end || !t.tag.starts_with('n'));
        (joined && given && ends && ONE_CHAR_SURNAMES.contains(first.text))
            .then(|| sentence.text.get(first.span.start - sentence.span.start..second.span.end - sentence.span.start))
            .flatten()
    }

    /// *Act that lasted*: the verb (with its object) right before a duration at
    /// `start..end` that closes its clause.
    fn lasting_act(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        let s = sentence.text;
        let rest = s[end..].strip_prefix("期间").or_else(|| s[end..].strip_prefix('了')).unwrap_or(&s[end..]);
        if next_char(rest, 0).is_some_and(|c| !is_delimiter(c)) {
            return None;
        }
        let head = s[..start].trim_end();
        let head = head.strip_suffix('了').unwrap_or(head);
        let at = sentence.span.start + head.len();
        let k = sentence.tokens.partition_point(|t| t.span.end <= at);
        let toks = &sentence.tokens[k.saturating_sub(MAX_ACT_TOKENS)..k];
        let last = toks.last().filter(|t| t.span.end == at && t.tag.starts_with('v'))?;
        let words = |role: &[String], t: &Token<'_>| role.iter().any(|w| w == t.text);
        let sw = &self.subject;
        // 基金可支付十年: a modal glued to the verb says how long it can go on, no act done.
        if sw.modal.opens(last.text) {
            return None;
        }
        if words(&DURATION_OBJECT, last)
            || [&sw.link, &sw.duration_link, &sw.span_change, &sw.light_verb, &sw.modal]
                .iter()
                .any(|r| r.has(last.text))
        {
            return None;
        }
        // Back over verbs, and nouns right after a verb (its object), to the act's first verb.
        let mut from = toks.len() - 1;
        while from > 0 {
            let t = &toks[from - 1];
            let joined = t.span.end == toks[from].span.start;
            let verb = t.tag.starts_with('v') && !words(&sw.report_verb, t);
            let object = t.tag.starts_with('n') && from >= 2 && toks[from - 2].tag.starts_with('v');
            if !joined || !(verb || object) {
                break;
            }
            from -= 1;
        }
        while from < toks.len() - 1 && !toks[from].tag.starts_with('v') {
            from += 1;
        }
        // 基金可支付十年: a modal before the act says how long it can go on, no act done.
        if toks[from.saturating_sub(1)..].iter().any(|t| words(&sw.modal, t)) {
            return None;
        }
        let a = toks[from].span.start - sentence.span.start;
        (s[a..head.len()].chars().count() >= 2).then(|| self.finish(&s[a..head.len()])).flatten()
    }

    /// *Act of a total*: `共`/`累计` + a verb of role `object_link` right before `start`.
    fn total_act(&self, sentence: &Sentence<'_>, start: usize) -> Option<String> {
        let head = &sentence.text[..start];
        let verb = self.subject.object_link.iter().filter(|w| head.ends_with(w.as_str())).max_by_key(|w| w.len())?;
        let at = head.len() - verb.len();
        let before = &head[..at];
        let adverb = |words: &[String]| {
            words.iter().find(|w| before.ends_with(w.as_str()) && token_boundary(sentence, at - w.len())).cloned()
        };
        if !token_boundary(sentence, at) {
            return None;
        }
        if let Some(c) = adverb(&self.subject.cumulative) {
            return self.finish(&head[at - c.len()..]);
        }
        adverb(&self.subject.total).and_then(|_| self.finish(verb))
    }
}
