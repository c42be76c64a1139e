//! Coordinated organ lists share the place written on their first item:
//! `市中级人民法院、人民检察院、公安局` names the city's court, procuratorate and police
//! bureau; `市卫健委、市场监管局` the city's market regulator. Each later item is a mention of
//! its own, written bare (its surface), named with the first item's region.
//!
//! An item follows the previous one after `、` (or `和`, `及`, `与`), or glued to it when it
//! is a bare organ word of its own (`市纪委监委`: the city's supervisory commission), and is a short Han run
//! ending on a government suffix at a token boundary, opened by no stop word, where no other
//! name stands. The list ends at the first piece that is no such item.
//!
//! Ministries listed after a ministry known by name (`外交部、商务部与侨务部`) are ministries
//! too: an item of three or four characters ending on the listed body's national suffix (`部`, `署`,
//! which alone names nothing without a national prefix) is a body named as printed.

use super::find::{full_width_parens, Candidate, Group};
use super::lexicon::{InstitutionExtractor, PLACE_ENDS, REGION_LEVELS};
use crate::facts::InstitutionKind;
use crate::segment::Token;
use crate::span::Span;
use crate::text::{is_han, LIST_SEPARATORS};

/// Longest item (characters), its suffix included.
const MAX_ITEM_CHARS: usize = 10;

/// Characters of a ministry listed bare (`商务部`, `国土资源部`).
const MINISTRY_CHARS: std::ops::RangeInclusive<usize> = 3..=4;

/// True for a first item whose place the list shares: a government body named with a
/// region and no core of its own beyond its function.
fn shares_region(c: &Candidate) -> bool {
    (c.kind == InstitutionKind::Government || health_facility(c.kind))
        && !c.region.is_empty()
        && c.named.is_none()
        && !c.bare
}

/// Hospitals and public-health bodies listed after a body with a place share it like
/// organs do (`青禾县中医医院、妇幼保健院、疾控中心` → `青禾县妇幼保健院`, `青禾县疾病预防控制中心`):
/// only an item whose suffix names a body with a place alone (`region_ok`: not a bare
/// `医院`, which is no city's hospital, nor a `卫生院`, which is a town's).
fn health_facility(kind: InstitutionKind) -> bool {
    matches!(kind, InstitutionKind::Hospital | InstitutionKind::PublicHealth)
}

impl InstitutionExtractor {
    /// Adds the bare items that follow a government body with a region in `kept` (sentence
    /// groups sorted by start; spans absolute, `tokens` relative to `text` at `base`).
    pub(super) fn share_list_regions(&self, text: &str, tokens: &[Token<'_>], base: usize, kept: &mut Vec<Group>) {
        let mut added: Vec<Group> = Vec::new();
        for g in kept.iter() {
            let Some(first) = g.members.last().filter(|c| shares_region(c)) else { continue };
            let mut at = g.span.end - base;
            // After a hospital an organ word glued on is its own (`某医院党委`), no list item.
            let listed = |at: usize| LIST_SEPARATORS.iter().any(|s| text[at..].starts_with(s));
            while let Some(item) =
                self.bare_item(text, tokens, at, true).filter(|_| !health_facility(first.kind) || listed(at))
            {
                let span = Span::new(base + item.0, base + item.1);
                if kept.iter().chain(&added).any(|k| k.span.overlaps(span)) {
                    break;
                }
                let c = Candidate {
                    span,
                    surface: full_width_parens(&text[item.0..item.1]),
                    region: first.region.clone(),
                    core: item.2,
                    kind: item.4,
                    suffix: item.3,
                    named: None,
                    bare: false,
                };
                added.push(Group { span, members: vec![c], named: false });
                at = item.1;
            }
        }
        for g in kept.iter() {
            let Some(first) = g.members.last().filter(|c| c.named.is_some()) else { continue };
            let mut at = g.span.end - base;
            while let Some((start, end)) = self.listed_ministry(text, tokens, at, first) {
                let span = Span::new(base + start, base + end);
                if kept.iter().chain(&added).any(|k| k.span.overlaps(span)) {
                    break;
                }
                let surface = text[start..end].to_string();
                let c = Candidate {
                    span,
                    named: Some(surface.clone()),
                    surface,
                    region: Vec::new(),
                    core: String::new(),
                    kind: InstitutionKind::Government,
                    suffix: String::new(),
                    bare: false,
                };
                added.push(Group { span, members: vec![c], named: true });
                at = end;
            }
        }
        if !added.is_empty() {
            kept.extend(added);
            kept.sort_by_key(|g| g.span.start);
        }
    }

    /// A ministry listed after the named body `first` at `at` (relative to `text`): Han
    /// tokens after a separator, [`MINISTRY_CHARS`] in all, opened by no stop word, ending
    /// on the national suffix `first` ends on.
    fn listed_ministry(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        at: usize,
        first: &Candidate,
    ) -> Option<(usize, usize)> {
        let name = first.named.as_deref()?;
        let rest = text.get(at..)?;
        let sep = LIST_SEPARATORS.iter().find(|s| rest.starts_with(*s))?;
        let start = at + sep.len();
        // The item's tokens, up to the first that ends on the listed body's last character.
        let ending = |n: &str| n.chars().next_back();
        let k = tokens.partition_point(|t| t.span.start < start);
        let last = tokens[k..]
            .iter()
            .take_while(|t| t.span.end - start <= MINISTRY_CHARS.end() * '部'.len_utf8())
            .find(|t| ending(t.text) == ending(name))?;
        let w = &text[start..last.span.end];
        let national_suffix = |n: &str| {
            self.suffix_ac.find_iter(n).any(|m| {
                let suffix = &self.suffixes[m.pattern().as_usize()];
                m.end() == n.len() && suffix.national && !suffix.party
            })
        };
        let item = tokens.get(k).is_some_and(|t| t.span.start == start)
            && first.kind == InstitutionKind::Government
            && MINISTRY_CHARS.contains(&w.chars().count())
            && w.chars().all(is_han)
            && !self.starts_with_stop(w)
            && ending(w) == ending(name)
            && national_suffix(name)
            && national_suffix(w);
        item.then_some((start, last.span.end))
    }

    /// The item after a separator at `at` (relative to `text`): its start and end, its core,
    /// its canonical suffix and its kind; with `facilities`, a hospital or public-health
    /// body written with its kind alone is an item too (see [`health_facility`]).
    pub(super) fn bare_item(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        at: usize,
        facilities: bool,
    ) -> Option<(usize, usize, String, String, InstitutionKind)> {
        let rest = text.get(at..)?;
        let sep = LIST_SEPARATORS.iter().find(|s| rest.starts_with(*s));
        let start = at + sep.map_or(0, |s| s.len());
        let window: usize = text[start..].chars().take(MAX_ITEM_CHARS).map(char::len_utf8).sum();
        let item = &text[start..start + window];
        if self.starts_with_stop(item) {
            return None;
        }
        let boundary = |e: usize| tokens.binary_search_by_key(&e, |t| t.span.end).is_ok();
        let m = self.suffix_ac.find_iter(item).find(|m| boundary(start + m.end()))?;
        let suffix = &self.suffixes[m.pattern().as_usize()];
        let core = &item[..m.start()];
        let facility = facilities && health_facility(suffix.kind) && core.is_empty();
        let plain = facility || suffix.kind == InstitutionKind::Government && !suffix.national && !suffix.party;
        let proper = core.is_empty() && suffix.region_ok || !core.is_empty() && suffix.region_req;
        // An item with a place of its own (`龙岗街道办`) shares none.
        let placed = PLACE_ENDS.iter().chain(&REGION_LEVELS).any(|p| core.ends_with(p));
        if !plain || !proper || placed || !core.chars().all(is_han) || core.chars().count() > 4 {
            return None;
        }
        // An organ glued to the previous one (`市纪委监委`) is a bare suffix word of its own.
        let own_token = || tokens.iter().any(|t| t.span.start == start && t.span.end == start + m.end());
        if sep.is_none() && !(core.is_empty() && own_token()) {
            return None;
        }
        Some((start, start + m.end(), core.to_string(), suffix.canon.clone(), suffix.kind))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::institutions::{found as institutions, found_names};

    /// The items written bare after `市…` are the city's bodies, each with its bare surface.
    #[test]
    fn list_items_share_the_city() {
        let text = "会议由市人民检察院、公安局、财政局和卫健委共同召开。";
        let found = institutions(text);
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["市人民检察院", "市公安局", "市财政局", "市卫生健康委员会"], "{found:?}");
        assert_eq!(found[1].2, "公安局");
        assert_eq!(found[3].1, ["卫健委"]);
    }

    /// A body that only starts like a place (`市场监管局` after `市卫健委`) is an item too.
    #[test]
    fn market_regulator_after_the_health_commission() {
        let text = "相关线索已移交市卫健委、市场监管局处理。";
        let names = found_names(text);
        // `市场监管局` keeps its printed form: the page does not print the full one.
        assert_eq!(names, ["市卫生健康委员会", "市市场监管局"]);
    }

    /// An item with a place of its own keeps it.
    #[test]
    fn item_with_its_own_place() {
        let text = "区卫健委和龙岗街道办在社区联合举办活动。";
        let names = found_names(text);
        assert!(!names.iter().any(|n| n.starts_with("区龙岗")), "{names:?}");
    }

    /// A list of other things after a body stays out (`及时`, stop words, no suffix).
    #[test]
    fn no_item_without_a_government_suffix() {
        let text = "市卫健委、各医院及社区要做好准备。";
        let names = found_names(text);
        assert_eq!(names, ["市卫生健康委员会"]);
    }
}
