//! The body a person works at, written after a mention for a person no other rule gave a
//! body: later in the person's clause with a verb of coming to it and a verb of working
//! (`张三经过三年培训，回到某卫生院工作` → 某卫生院; a department may stand before that verb:
//! `在某医院呼吸科工作`), or right after a verb of working written before it (`张三就职于某医院`,
//! `[serving_at_verbs]`), or as a post after a pronoun opening the
//! next clause (`张三告诉记者，他是某医院心内科主任`; [`PersonExtractor::post_after_pronoun`]),
//! or joined after that pronoun (`张三介绍，他在某医院工作了二十年`).
//!
//! **In:** the document's text, a mention of the person, every institution mention, every
//! person's mentions. **Out:** the body's record name, or none.
//!
//! After the mention, within its clause (up to [`MAX_REACH_CHARS`] characters, stopping at
//! a sentence's end, a semicolon, a quotation mark or a colon) stands a verb of
//! `[joining_verbs]` in `lexicon/body_references.txt` (`回到`, `进入`, `在`), a body's mention
//! right after it, and a verb of working right after the body ([`SERVING_VERBS`]). Between
//! the name and that verb stands no other person's name, no verb of saying (`张三说，女儿
//! 在某医院工作` speaks of someone else) and no `的` (`张三的女儿在…`).
//!
//! Cost: asked once per person left without a body, over one clause.

use super::index::{DocOrgs, Draft};
use super::{PersonExtractor, COPULA, DEPARTMENT_ENDS, MAX_DEPARTMENT_CHARS, SERVING_VERBS};
use crate::extract::spans::SpanIndex;
use crate::lexicon::BODY_REFERENCES;
use crate::span::Span;
use crate::text::is_han;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Most characters read after the name for the verb of joining.
const MAX_REACH_CHARS: usize = 60;

/// Characters that end the person's clause for this rule.
const CLAUSE_ENDS: [char; 9] = ['。', '！', '？', '；', '“', '”', '：', '\n', '"'];

/// What may stand between the name and the verb of joining only when it speaks of someone
/// else: a possessive.
const POSSESSIVE: char = '的';

/// `[joining_verbs]` of `body_references.txt`, longest first.
static JOINING_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut verbs: Vec<&'static str> = BODY_REFERENCES.section("joining_verbs").iter().map(|r| r.word()).collect();
    verbs.sort_by_key(|v| std::cmp::Reverse(v.len()));
    verbs
});

/// `[serving_at_verbs]` of `body_references.txt`: verbs of working written before the body
/// (`就职于`), which need no verb of working after it.
static SERVING_AT_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| BODY_REFERENCES.section("serving_at_verbs").iter().map(|r| r.word()).collect());

/// Pronouns standing for a person's mention at the opening of the next clause
/// (`张三说。他是某卫生院的一名医生。`).
const PRONOUNS: [char; 2] = ['他', '她'];

/// What after such a pronoun makes it plural, standing for more than the person (`他们`).
const PLURAL: char = '们';

/// Most characters between a person's mention and the pronoun that stands for it.
const MAX_PRONOUN_GAP_CHARS: usize = 8;

/// Characters that may stand right before that pronoun: the end of the mention's clause.
const PRONOUN_OPENERS: [char; 3] = ['，', '。', ','];

/// Characters that end the clause of the post after the pronoun.
const POST_CLAUSE_ENDS: [char; 6] = ['，', '。', '；', '！', '？', '\n'];

impl PersonExtractor {
    /// Where the pronoun standing for the person at `m` ends: a pronoun of [`PRONOUNS`]
    /// within [`MAX_PRONOUN_GAP_CHARS`] after the mention, after the end of a clause, with no
    /// person's mention and no title between, not plural.
    fn pronoun_after(&self, m: Span, text: &str, people: &SpanIndex) -> Option<usize> {
        let rest = &text[m.end..];
        let (gap, pronoun) = rest.char_indices().take(MAX_PRONOUN_GAP_CHARS + 1).find(|(_, c)| PRONOUNS.contains(c))?;
        let between = &rest[..gap];
        let opened = between.ends_with(PRONOUN_OPENERS);
        // A title between names someone else (`见到了王医生，他是…`); a byline role is
        // whom the person speaks to (`告诉记者，他是…`).
        let titled =
            self.title_ac.find_iter(between).any(|t| !self.byline_roles.contains(&between[t.start()..t.end()]));
        let other = people.overlaps(Span::new(m.end, m.end + gap)) || titled;
        let at = m.end + gap + pronoun.len_utf8();
        (opened && !other && !text[at..].starts_with(PLURAL)).then_some(at)
    }

    /// The post and body written after a pronoun that opens the next clause of a person's
    /// mention (`张三说。她是某卫生院的一名医生` → [医生], 某卫生院): the pronoun
    /// ([`Self::pronoun_after`]) with the copula; the post is a title chain that names a
    /// body right after the copula and ends the clause.
    pub(super) fn post_after_pronoun(
        &self,
        d: &Draft,
        text: &str,
        orgs: &DocOrgs<'_>,
        people: &SpanIndex,
    ) -> Option<(Vec<String>, String)> {
        d.mentions.iter().find_map(|&m| {
            let at = self.pronoun_after(m, text, people)?;
            let start = at + text[at..].starts_with(COPULA).then_some(COPULA.len_utf8())?;
            let clause_len = text[start..].find(POST_CLAUSE_ENDS).unwrap_or(text.len() - start);
            let clause = &text[start..start + clause_len];
            let sentence_orgs = orgs.in_sentence(Span::new(start, start + clause_len));
            let t = self.title_ac.find_iter(clause).last().filter(|t| t.end() == clause.len())?;
            let (titles, org, chain_start) = self.title_chain_at(clause, t.start(), t.end(), &sentence_orgs);
            (chain_start == 0 && self.holds_post(&titles)).then_some(())?;
            org.map(|o| (titles, o))
        })
    }

    /// The body a person with none works at, joined later in a clause of one of the
    /// person's mentions, the earliest first.
    pub(super) fn body_joined_by(
        &self,
        d: &Draft,
        text: &str,
        orgs: &DocOrgs<'_>,
        people: &SpanIndex,
    ) -> Option<String> {
        let mut mentions = d.mentions.clone();
        mentions.sort();
        // `张三介绍，他在某医院工作了二十年`: the pronoun opening the next clause joins too.
        let pronoun = |m: Span| self.pronoun_after(m, text, people).map(|at| Span::new(at, at));
        let saying = &self.reporting;
        mentions.iter().find_map(|&m| {
            body_joined_later(text, m, orgs, people, saying)
                .or_else(|| body_joined_later(text, pronoun(m)?, orgs, people, saying))
                .map(str::to_string)
        })
    }
}

/// The first offset of `clause` at which the words before it hold a possessive or a verb of
/// `saying` (the end of the earliest one), or the clause's length: one search per word, not
/// one per character.
fn blocked_from(clause: &str, saying: &HashSet<String>) -> usize {
    let possessive = clause.find(POSSESSIVE).map(|p| p + POSSESSIVE.len_utf8());
    saying
        .iter()
        .filter_map(|v| clause.find(v.as_str()).map(|p| p + v.len()))
        .chain(possessive)
        .min()
        .unwrap_or(usize::MAX)
}

/// The body joined after the name at `mention` of `text` (see the module's note);
/// `people`: every person's mentions; `saying`: the verbs of saying.
fn body_joined_later<'f>(
    text: &str,
    mention: Span,
    orgs: &DocOrgs<'f>,
    people: &SpanIndex,
    saying: &HashSet<String>,
) -> Option<&'f str> {
    let rest = &text[mention.end..];
    let clause_end = rest
        .char_indices()
        .take(MAX_REACH_CHARS)
        .find(|&(_, c)| CLAUSE_ENDS.contains(&c))
        .map_or_else(|| rest.char_indices().nth(MAX_REACH_CHARS).map_or(rest.len(), |(i, _)| i), |(i, _)| i);
    let clause = &rest[..clause_end];
    let blocked_from = blocked_from(clause, saying);
    for (i, _) in clause.char_indices() {
        if i >= blocked_from {
            return None;
        }
        let serving_at = SERVING_AT_VERBS.iter().find(|v| clause[i..].starts_with(**v));
        let Some(verb) = serving_at.or_else(|| JOINING_VERBS.iter().find(|v| clause[i..].starts_with(**v))) else {
            continue;
        };
        let at = mention.end + i + verb.len();
        let Some(body) = orgs.starting_at(at) else { continue };
        // `在某医院呼吸科工作`: a department of the body may stand before the verb of working.
        let after = &text[body.span.end..];
        let after = department_before_serving(after).map_or(after, |d| &after[d..]);
        let serves = serving_at.is_some() || SERVING_VERBS.iter().any(|v| after.starts_with(v));
        if serves && !people.overlaps(Span::new(mention.end, mention.end + i)) {
            return Some(body.name);
        }
    }
    None
}

/// Bytes of a department of a body written right before a verb of working (`呼吸科` of
/// `某医院呼吸科工作`): two to [`MAX_DEPARTMENT_CHARS`] Han characters ending on a department
/// ending; `None` when there is none.
fn department_before_serving(after: &str) -> Option<usize> {
    let reach = after.char_indices().nth(MAX_DEPARTMENT_CHARS + 2).map_or(after.len(), |(i, _)| i);
    let near = &after[..reach];
    let end = SERVING_VERBS.iter().filter_map(|v| near.find(v)).min()?;
    let dept = &after[..end];
    let chars = dept.chars().count();
    (dept.chars().all(is_han) && (2..=MAX_DEPARTMENT_CHARS).contains(&chars) && dept.ends_with(DEPARTMENT_ENDS))
        .then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clause is blocked from the end of the earliest possessive or verb of saying, as
    /// reading the words before every character would find.
    #[test]
    fn blocked_from_the_earliest_end() {
        let saying: HashSet<String> = ["表示", "说"].iter().map(|s| s.to_string()).collect();
        let clause = "经过培训后表示女儿的病好了";
        let each = clause
            .char_indices()
            .map(|(i, _)| i)
            .find(|&i| clause[..i].contains(POSSESSIVE) || saying.iter().any(|v| clause[..i].contains(v.as_str())));
        assert_eq!(Some(blocked_from(clause, &saying)), each);
        assert_eq!(blocked_from(clause, &saying), clause.find("表示").unwrap_or_default() + "表示".len());
        assert_eq!(blocked_from("回到青禾县卫生院工作", &saying), usize::MAX);
    }
}
