//! Town and township bodies named by their bare level. A page about one town (`柳河镇召开…`,
//! `某县石门乡…`) writes its bodies with the level alone: `镇党委` (→ `中共柳河镇委员会`),
//! `镇卫生院` (→ `柳河镇卫生院`), `乡政府` (→ `石门乡人民政府`), and the bare items listed
//! after one share the town (`镇卫生院、民政所、扶贫办` → `柳河镇民政所`, `柳河镇扶贫办`).
//!
//! The gazetteer stops at counties, so the town comes from the text: a proper place word of
//! two or three characters with `镇`/`乡`, opening a clause or written after a county or
//! district, followed by a verb, a body or punctuation — and only when the article names
//! exactly one such town. Common words (`城镇`, `乡镇`, `小城镇`) are no town
//! (`lexicon/town_generic.txt`); `乡镇卫生院` stays a kind of body.

use super::find::{full_width_parens, relative_tokens, Candidate, Group};
use super::lexicon::{InstitutionExtractor, PARTY_COMMITTEE, PROPER_TAGS, STOP_TAGS};
use crate::extract::doc::{Doc, Sentence};
use crate::facts::InstitutionKind;
use crate::segment::Token;
use crate::span::Span;
use crate::text::is_han;

/// The levels a town's name ends with.
const TOWN_LEVELS: [char; 2] = ['镇', '乡'];

/// What follows a bare level to name the town's party committee.
const PARTY_WORD: &str = "党委";

/// Longest body written after a bare level (characters), its suffix included.
const MAX_BODY_CHARS: usize = 10;

/// True for a place word of two or three Han characters that is no common word.
fn place_word(extractor: &InstitutionExtractor, w: &str) -> bool {
    let n = w.chars().count();
    (2..=3).contains(&n) && w.chars().all(is_han) && !extractor.stops.contains(w) && !extractor.deictic(w)
}

/// A county's or district's level read apart from its name, which the gazetteer does not
/// know (`青禾` `县` `柳溪` `镇党委`): a town after it opens its clause as after a known county.
const COUNTY_LEVELS: [&str; 2] = ["县", "区"];

/// True when a token opens a clause for a town after it: nothing, punctuation, a number or
/// date, a stop word, or a county or district (known, or its level read apart).
fn opens_clause(extractor: &InstitutionExtractor, prev: Option<&Token<'_>>) -> bool {
    prev.map_or(true, |p| {
        !p.text.chars().all(is_han)
            || matches!(p.tag, "m" | "t")
            || extractor.stops.contains(p.text)
            || (p.text.ends_with(['县', '区']) && extractor.is_level_region(p.text))
            || COUNTY_LEVELS.contains(&p.text)
    })
}

impl InstitutionExtractor {
    /// The one town the article names, if it names exactly one.
    pub(super) fn article_town(&self, doc: &Doc<'_>) -> Option<String> {
        let mut town: Option<String> = None;
        for s in doc.sentences() {
            for k in 0..s.tokens.len() {
                let Some(t) = self.town_at(&s, k) else { continue };
                match &town {
                    Some(seen) if *seen != t => return None,
                    _ => town = Some(t),
                }
            }
        }
        town
    }

    /// The town named from token `k`: one token (`老城镇`) or a place and its level (`柳河`
    /// `镇`, `大河` `镇党委`), in a clause-opening place and followed by a verb, a body or
    /// punctuation.
    fn town_at(&self, s: &Sentence<'_>, k: usize) -> Option<String> {
        let t = &s.tokens[k];
        if !PROPER_TAGS.contains(&t.tag) || self.town_generic.contains(t.text) {
            return None;
        }
        if !opens_clause(self, k.checked_sub(1).map(|p| &s.tokens[p])) {
            return None;
        }
        let rel = |pos: usize| pos - s.span.start;
        let (town, after) = match t.text.strip_suffix(TOWN_LEVELS) {
            Some(place) if place_word(self, place) => (t.text.to_string(), rel(t.span.end)),
            _ if place_word(self, t.text) => {
                let level = s.text[rel(t.span.end)..].chars().next().filter(|c| TOWN_LEVELS.contains(c))?;
                (format!("{}{level}", t.text), rel(t.span.end) + level.len_utf8())
            }
            _ => return None,
        };
        if self.town_generic.contains(town.as_str()) || self.is_region_word(&town) {
            return None;
        }
        let rest = &s.text[after..];
        let next = s.tokens.iter().find(|n| rel(n.span.start) >= after);
        let follows = rest.chars().next().map_or(true, |c| !is_han(c))
            || rest.starts_with(PARTY_WORD)
            || self.suffix_ac.find(rest).is_some_and(|m| m.start() == 0)
            || next.is_some_and(|n| rel(n.span.start) == after && n.tag.starts_with('v'));
        follows.then_some(town)
    }

    /// The bodies of `town` written with its bare level in a sentence (spans absolute,
    /// none overlapping `kept`), with the bare items listed after each.
    pub(super) fn town_groups(&self, sentence: &Sentence<'_>, town: &str, kept: &[Group]) -> Vec<Group> {
        let base = sentence.span.start;
        let text = sentence.text;
        let tokens = relative_tokens(sentence);
        let level = town.chars().next_back().unwrap_or('镇');
        let mut out: Vec<Group> = Vec::new();
        // The town's committee written with the town's full name (`石门乡党委书记`).
        let committee = format!("{town}{PARTY_WORD}");
        for (at, _) in text.match_indices(committee.as_str()) {
            let end = at + committee.len();
            let boundary = tokens.binary_search_by_key(&end, |t| t.span.end).is_ok();
            let span = Span::new(base + at, base + end);
            let free = !kept.iter().chain(&out).any(|g| g.span.overlaps(span));
            if free && (boundary || self.title_at(&text[end..]) || text[end..].starts_with(['、', '，', '和'])) {
                let c = town_candidate(
                    span,
                    &committee,
                    town,
                    String::new(),
                    PARTY_COMMITTEE.to_string(),
                    InstitutionKind::Government,
                );
                out.push(Group { span, members: vec![c], named: false });
            }
        }
        for (k, t) in tokens.iter().enumerate() {
            let Some(at) = self.bare_level_at(t, k.checked_sub(1).map(|p| &tokens[p]), level) else { continue };
            let Some(c) = self.town_body(text, &tokens, at, level) else { continue };
            let span = Span::new(base + c.0, base + c.1);
            if kept.iter().chain(&out).any(|g| g.span.overlaps(span)) {
                continue;
            }
            let first = town_candidate(span, &text[c.0..c.1], town, c.2, c.3, c.4);
            let mut at = c.1;
            out.push(Group { span, members: vec![first], named: false });
            while let Some(item) = self.bare_item(text, &tokens, at, false) {
                let span = Span::new(base + item.0, base + item.1);
                if kept.iter().chain(&out).any(|g| g.span.overlaps(span)) {
                    break;
                }
                let c = town_candidate(span, &text[item.0..item.1], town, item.2, item.3, InstitutionKind::Government);
                out.push(Group { span, members: vec![c], named: false });
                at = item.1;
            }
        }
        out
    }

    /// Where a bare `level` stands alone at token `t`: at its start after `prev` (see
    /// [`Self::bare_level_opens`]), or after a stop word the segmenter joined to it (`由镇`).
    fn bare_level_at(&self, t: &Token<'_>, prev: Option<&Token<'_>>, level: char) -> Option<usize> {
        if t.text.starts_with(level) {
            return self.bare_level_opens(prev).then_some(t.span.start);
        }
        let head = t.text.strip_suffix(level)?;
        (head.chars().count() == 1 && self.stops.contains(head)).then(|| t.span.start + head.len())
    }

    /// True when a bare level after this token stands alone: nothing, punctuation, or a
    /// stop word (`由`, `和`) before it.
    fn bare_level_opens(&self, prev: Option<&Token<'_>>) -> bool {
        prev.map_or(true, |p| {
            !p.text.chars().all(is_han)
                || STOP_TAGS.contains(&p.tag)
                || self.stops.contains(p.text)
                || (p.text.chars().count() == 1 && matches!(p.tag, "p" | "c"))
        })
    }

    /// The body written after a bare level at `at` (relative to `text`): its start and end,
    /// core, canonical suffix and kind.
    fn town_body(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        at: usize,
        level: char,
    ) -> Option<(usize, usize, String, String, InstitutionKind)> {
        let start = at + level.len_utf8();
        let rest = &text[start..];
        let boundary = |e: usize| tokens.binary_search_by_key(&e, |t| t.span.end).is_ok();
        if rest.starts_with(PARTY_WORD) {
            let end = start + PARTY_WORD.len();
            let ok = boundary(end) || self.title_at(&text[end..]) || text[end..].starts_with(['、', '，', '和']);
            return ok.then(|| (at, end, String::new(), PARTY_COMMITTEE.to_string(), InstitutionKind::Government));
        }
        let window: usize = rest.chars().take(MAX_BODY_CHARS).map(char::len_utf8).sum();
        let m = self
            .suffix_ac
            .find_iter(&rest[..window])
            .find(|m| boundary(start + m.end()) || self.title_at(&text[start + m.end()..]))?;
        let suffix = &self.suffixes[m.pattern().as_usize()];
        let core = &rest[..m.start()];
        let ok = if core.is_empty() {
            suffix.region_ok || !suffix.region_req && !suffix.national && !suffix.party
        } else {
            suffix.kind == InstitutionKind::Government
                && suffix.region_req
                && !suffix.national
                && core.chars().count() <= 4
                && core.chars().all(is_han)
                && !self.starts_with_stop(core)
        };
        ok.then(|| (at, start + m.end(), core.to_string(), suffix.canon.clone(), suffix.kind))
    }
}

/// A body of `town`, written `surface`: its party committee takes the town as its region
/// (`中共柳河镇委员会`); any other body is named after the town, its core, like one written
/// in full (`柳河镇卫生院`), and so joins that one.
fn town_candidate(
    span: Span,
    surface: &str,
    town: &str,
    core: String,
    suffix: String,
    kind: InstitutionKind,
) -> Candidate {
    let party = suffix == PARTY_COMMITTEE;
    Candidate {
        span,
        surface: full_width_parens(surface),
        region: if party { vec![town.to_string()] } else { Vec::new() },
        core: if party { core } else { format!("{town}{core}") },
        kind,
        suffix,
        named: None,
        bare: false,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::institutions::{found, found_names};

    /// A page about one town: its bare-level bodies take the town, list items share it.
    #[test]
    fn bare_town_bodies_take_the_town() {
        let text = "3月5日，柳河镇召开卫生工作会议。会议由镇党委书记李明主持，镇卫生院、民政所、扶贫办负责人参加。";
        let found = found(text);
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["中共柳河镇委员会", "柳河镇卫生院", "柳河镇民政所", "柳河镇扶贫办"], "{found:?}");
        assert_eq!(found[0].1, ["镇党委"]);
        assert_eq!(found[1].2, "镇卫生院");
        assert_eq!(found[2].1, ["民政所"]);
    }

    /// A township after its county: `乡卫生院`, `乡政府` are the township's.
    #[test]
    fn township_after_its_county() {
        let text = "清水县石门乡召开动员会，乡卫生院和乡政府相关人员出席。";
        let names = found_names(text);
        assert!(names.contains(&"石门乡卫生院".to_string()), "{names:?}");
        assert!(names.contains(&"石门乡人民政府".to_string()), "{names:?}");
    }

    /// Common words are no town, and `乡镇卫生院` stays a kind of body.
    #[test]
    fn common_words_name_no_town() {
        let text = "城镇职工医保覆盖全县，各乡镇卫生院要做好准备，镇卫生院负责落实。";
        assert!(found_names(text).is_empty(), "{:?}", found_names(text));
    }

    /// A bare-level mention joins the body first named in full.
    #[test]
    fn bare_mention_joins_the_full_name() {
        let text = "毕业后他回到清水县石门镇中心卫生院工作。一对夫妻来到镇中心卫生院看病。";
        let found = found(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("石门镇中心卫生院"), "{found:?}");
        assert!(found[0].1.contains(&"镇中心卫生院".to_string()), "{found:?}");
    }

    /// The town's committee written with the town's full name is its committee too.
    #[test]
    fn town_committee_written_in_full() {
        let text = "专家团队赴石门乡开展义诊。石门乡党委书记冉志强表示感谢。";
        let found = found(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "中共石门乡委员会");
        assert_eq!(found[0].2, "石门乡党委");
    }

    /// Two towns named: a bare `镇` means neither.
    #[test]
    fn two_towns_leave_the_level_bare() {
        let text = "柳河镇召开会议，石门镇召开会议。镇卫生院负责落实。";
        assert!(found_names(text).is_empty(), "{:?}", found_names(text));
    }
}
