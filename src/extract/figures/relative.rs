//! *Relative clause before a metric* (`docs/FACTS.md` §4, *Figure subjects*, step 5: before
//! `的` the owner goes; a clause with a verb before `的` is no owner but describes the noun,
//! and stays with it, as after a count in step 7; round 65): `今年新增的家庭医生签约居民达3.2万人`
//! → 新增的家庭医生签约居民, `本院去年接诊的外地患者占35%` → 接诊的外地患者,
//! `居住在江北的外省老人参保人数` → 居住在江北的外省老人参保人数; an owner with no verb still
//! goes (`康复中心的治疗区域面积` → 治疗区域面积).
//!
//! **In:** the clause slice `t` before a figure (at byte `off` of the sentence), where its
//! words start (`from`, before the lead verb and `的` cuts) and where the metric starts after
//! those cuts (`cut`).
//! **Out:** the start of the relative clause — a clause closed by a verb (or by a word after
//! `在`/`于`: `居住在江北的`), not one of a result (`result_verb`: `暴雨造成的直接损失` → 直接损失),
//! nor a noun (`租赁设备的成本` → 成本) — from its first verb (not a verbal noun nor a
//! copula), with the adverbs, prepositions and one-character adjectives right before it (`新招聘的`,
//! `通过验收的`) — when the last `的` (a word of its
//! own, with words after it) stands between that verb and the metric, and the metric started
//! at that `的` or right after it, or right after a preposition inside the clause (`居住在`);
//! else `cut`.
//!
//! **Guarantees:** never panics; a byte search for `的` first, then one pass over the tokens
//! of the clause: run once per metric read before a number.

use super::FigureExtractor;
use crate::extract::doc::Sentence;
use crate::segment::Token;

impl FigureExtractor {
    /// Where the metric starts once a relative clause before its `的` is kept.
    pub(super) fn relative_clause_start(
        &self,
        sentence: &Sentence<'_>,
        off: usize,
        t: &str,
        from: usize,
        cut: usize,
    ) -> usize {
        let Some(k) = t[from..].rfind('的').map(|k| k + from) else { return cut };
        let after = k + '的'.len_utf8();
        let in_clause = t[..cut].ends_with(['在', '于']) && cut < k;
        if after >= t.len() || cut <= from || !(k <= cut && cut <= after || in_clause) {
            return cut;
        }
        let base = sentence.span.start + off;
        let toks = &sentence.tokens;
        let first = toks.partition_point(|x| x.span.start < base + from);
        let de = toks.partition_point(|x| x.span.start < base + k);
        if toks.get(de).map_or(true, |x| x.text != "的" || x.span.start != base + k) || first >= de {
            return cut;
        }
        let is_verb = |x: &Token<'_>| x.tag.starts_with('v') && x.tag != "vn" && x.text != "是";
        // The clause closes with its verb (接诊的), or with a place or object after `在`/`于`
        // (居住在江北的); a noun closing it otherwise is an owner (租赁设备的成本, 全年的). A
        // verb of a result (造成的损失) names the cause, not which of the noun are meant.
        let closing = &toks[de - 1];
        let placed = de >= first + 2 && matches!(toks[de - 2].text, "在" | "于");
        if !(is_verb(closing) || placed) || self.subject.result_verb.has(closing.text) {
            return cut;
        }
        let Some(v) = (first..de).find(|&j| is_verb(&toks[j])) else { return cut };
        let mut j = v;
        // 新招聘的, 已签约的, 通过验收的: adverbs, a prefix adjective, a preposition.
        while j > first
            && (matches!(toks[j - 1].tag, "d" | "p") || toks[j - 1].tag == "a" && toks[j - 1].text.chars().count() == 1)
        {
            j -= 1;
        }
        let rel = toks[j].span.start - base;
        if rel < cut {
            rel
        } else {
            cut
        }
    }
}
