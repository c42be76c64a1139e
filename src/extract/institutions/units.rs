//! Sub-units named right after their body are institutions of their own: `妇幼司` after
//! `国家卫生健康委`, `免疫预防科` after a disease control centre, `疾病管制署` after
//! `卫生福利部`. The whole written name is one mention; the body alone is no mention there.
//!
//! A unit is a run of Han tokens right after a government or public-health body, ending on
//! an ending of `lexicon/org_units.txt` (`司`, `科`, `委员会`, `中心`, a police bureau's
//! `支队`; after a ministry `…部` a bureau's `局`: `某某部户政管理局`) with two characters or more
//! before it, opened by no stop or guard word (`有关司局`, `辖下`). A unit followed by a title
//! (`基金监管司副司长`) belongs to the title (`docs/FACTS.md`): no join there. A lexicon body
//! written right after a lexicon government body (`卫生福利部疾病管制署`) joins it, a title
//! after it or not, and later mentions of that body alone (`疾管署`) join the record.
//!
//! The party committee written as its own word right after a body that is no government
//! (`某某县人民医院党委`, `某某有限公司党委`: `party` rows of `lexicon/org_units.txt`) is a
//! body of its own, of kind government, with its printed name (`docs/FACTS.md`), unless a
//! title follows (`医院党委副书记`: the committee belongs to the title).

use super::find::{Candidate, Group};
use super::lexicon::{InstitutionExtractor, STOP_TAGS};
use crate::facts::InstitutionKind;
use crate::segment::Token;
use crate::span::Span;
use crate::text::is_han;

/// Longest unit name (characters).
const MAX_UNIT_CHARS: usize = 8;

/// Characters a unit's name needs before its ending.
const MIN_STEM_CHARS: usize = 2;

/// True for the bodies whose units are institutions (ministries, commissions, centres).
fn has_units(c: &Candidate) -> bool {
    matches!(c.kind, InstitutionKind::Government | InstitutionKind::PublicHealth) && !c.bare
}

impl InstitutionExtractor {
    /// Joins each body of `kept` (sentence groups sorted by start, disjoint; spans absolute,
    /// `tokens` relative to `text`, which starts at `base`) with the unit written after it.
    pub(super) fn join_units(&self, text: &str, tokens: &[Token<'_>], base: usize, kept: &mut Vec<Group>) {
        let mut k = 0;
        while k < kept.len() {
            let [parent] = kept[k].members.as_slice() else {
                k += 1;
                continue;
            };
            if !has_units(parent) {
                if let Some(c) = self.party_unit(text, tokens, base, parent) {
                    kept[k] = Group { span: c.span, members: vec![c], named: true };
                }
                k += 1;
                continue;
            }
            let next = kept.get(k + 1).filter(|g| g.span.start == parent.span.end);
            let joined = match next.map(|g| g.members.as_slice()) {
                Some([unit]) => self.named_unit(text, base, parent, unit),
                Some(_) => None,
                None => self.written_unit(text, tokens, base, parent),
            };
            if let Some(c) = joined {
                // The body named inside the unit's name is no mention of its own
                // (`某省卫健委医政医管局`: not the lexicon's `医管局`).
                let inside = kept[k + 1..].iter().take_while(|g| g.span.start < c.span.end).count();
                kept.drain(k + 1..k + 1 + inside);
                kept[k] = Group { span: c.span, members: vec![c], named: true };
            }
            k += 1;
        }
    }

    /// A lexicon body right after a lexicon government body: `卫生福利部疾病管制署`, also
    /// before a title (`…署长`: a body of its own, no department of the title). The unit's
    /// own name is kept as the core, so that its later bare mentions join.
    fn named_unit(&self, text: &str, base: usize, parent: &Candidate, unit: &Candidate) -> Option<Candidate> {
        let (Some(p), Some(u)) = (&parent.named, &unit.named) else { return None };
        if parent.kind != InstitutionKind::Government || !has_units(unit) {
            return None;
        }
        let span = Span::new(parent.span.start, unit.span.end);
        Some(Candidate {
            span,
            surface: text[parent.span.start - base..unit.span.end - base].to_string(),
            region: parent.region.clone(),
            core: u.clone(),
            kind: unit.kind,
            suffix: String::new(),
            named: Some(format!("{p}{u}")),
            bare: false,
        })
    }

    /// A unit written after `parent` that no lexicon knows (`妇幼司`, `免疫预防科`).
    fn written_unit(&self, text: &str, tokens: &[Token<'_>], base: usize, parent: &Candidate) -> Option<Candidate> {
        let ministry = parent.surface.ends_with('部');
        let end = self.unit_end(text, tokens, parent.span.end - base, ministry)?;
        Some(written_unit_at(text, base, parent, end))
    }

    /// The party committee written right after `parent`, a body that is no government (see
    /// the module contract).
    fn party_unit(&self, text: &str, tokens: &[Token<'_>], base: usize, parent: &Candidate) -> Option<Candidate> {
        if parent.kind == InstitutionKind::Government || parent.bare {
            return None;
        }
        let start = parent.span.end - base;
        let t = tokens.get(tokens.partition_point(|t| t.span.start < start))?;
        let party = t.span.start == start && self.unit_party.iter().any(|w| w == t.text);
        if !party || self.title_at(&text[t.span.end..]) {
            return None;
        }
        let mut c = written_unit_at(text, base, parent, t.span.end);
        c.kind = InstitutionKind::Government;
        Some(c)
    }

    /// The end (relative to `text`) of the unit's name that starts at `start`: the shortest
    /// run of Han tokens ending on a unit ending (after a `ministry`, a bureau's too), not
    /// followed by a title.
    fn unit_end(&self, text: &str, tokens: &[Token<'_>], start: usize, ministry: bool) -> Option<usize> {
        let first = tokens.partition_point(|t| t.span.start < start);
        if tokens.get(first).map_or(true, |t| t.span.start != start) {
            return None;
        }
        let rest = &text[start..];
        if self.unit_not.iter().any(|w| rest.starts_with(w.as_str())) || self.starts_with_stop(rest) {
            return None;
        }
        for t in &tokens[first..] {
            let run = &text[start..t.span.end];
            let word = t.text;
            if !word.chars().all(is_han) || STOP_TAGS.contains(&t.tag) || run.chars().count() > MAX_UNIT_CHARS {
                return None;
            }
            // A title in the run is a post and a name after it, no unit (`某市应急管理局` +
            // `局长` `张三` `部署`: `部署` only ends like `卫生署`); nor is a run ending on a
            // word (or a token ending in one) that only ends like a unit (`某市政府` + `决策` `部署`).
            if self.titles.contains(word) || self.unit_false_ends.iter().any(|w| word.ends_with(w.as_str())) {
                return None;
            }
            // A place in the run opens a body of its own, no unit (`某市卫健委会同市医保局`:
            // the segmenter may read `会同` as a county).
            if self.region_token(word, t.tag).is_some() {
                return None;
            }
            let bureau = if ministry { self.unit_bureau_ends.as_slice() } else { &[] };
            let Some(ending) = self.unit_ends.iter().chain(bureau).find(|e| run.ends_with(e.as_str())) else {
                continue;
            };
            if run[..run.len() - ending.len()].chars().count() < MIN_STEM_CHARS {
                continue;
            }
            return (!self.title_at(&text[t.span.end..])).then_some(t.span.end);
        }
        None
    }
}

/// `parent` and the unit written after it up to `end` (relative to `text`).
fn written_unit_at(text: &str, base: usize, parent: &Candidate, end: usize) -> Candidate {
    let unit = &text[parent.span.end - base..end];
    let span = Span::new(parent.span.start, base + end);
    let surface = text[parent.span.start - base..end].to_string();
    match &parent.named {
        Some(p) => Candidate {
            span,
            surface,
            region: parent.region.clone(),
            core: String::new(),
            kind: parent.kind,
            suffix: String::new(),
            named: Some(format!("{p}{unit}")),
            bare: false,
        },
        None => Candidate { span, surface, suffix: format!("{}{unit}", parent.suffix), ..parent.clone() },
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::institutions::found as institutions;

    /// A department written after a national commission is its own institution; the
    /// commission alone is none there.
    #[test]
    fn department_after_a_commission() {
        let text = "本年度，国家卫健委医政司组织了一次全国评审。";
        let found = institutions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "国家卫生健康委员会医政司");
        assert_eq!(found[0].2, "国家卫健委医政司");
    }

    /// A section of a disease control centre: the centre's full name carries it.
    #[test]
    fn section_of_a_centre() {
        let text = "黄山市疾病预防控制中心慢病防治科近日开展了随访。";
        let found = institutions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "黄山市疾病预防控制中心慢病防治科");
    }

    /// A department followed by a title stays in the title: the body is the mention.
    #[test]
    fn department_before_a_title_is_no_unit() {
        let text = "国家医保局基金监管司副司长王某介绍了情况。";
        let found = institutions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        // The office's own short name, its full form not printed, is its name (FACTS §4).
        assert_eq!(found[0].0, "国家医保局");
        assert_eq!(found[0].2, "国家医保局");
    }

    /// A generic opener makes no unit (`有关司局`).
    #[test]
    fn generic_words_make_no_unit() {
        let text = "国家卫健委有关司局负责同志出席。";
        let found = institutions(text);
        assert_eq!(found.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["国家卫生健康委员会"]);
    }

    /// A unit's body named alone first joins the unit's record once the unit is written.
    #[test]
    fn bare_body_first_then_the_unit() {
        let text = "疾管署今天发布提醒。卫生福利部疾病管制署署长林某表示将加强监测。";
        let found = institutions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "卫生福利部疾病管制署");
        assert_eq!(found[0].2, "疾管署");
    }

    /// Two lexicon bodies written together are one; the later short form of the second
    /// joins that record.
    #[test]
    fn lexicon_unit_of_a_ministry() {
        let text = "卫生福利部疾病管制署署长林某今天发布提醒。疾管署表示将加强监测。";
        let found = institutions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "卫生福利部疾病管制署");
        assert!(found[0].1.contains(&"疾管署".to_string()), "{found:?}");
    }
}
