//! Pieces of a name the segmenter cut across a place: repaired before the name is walked.
//!
//! - A district, county or city the gazetteer does not know, cut after its first character
//!   into a common word that ends like a place (`云` `山区`, `枫` `林区` before `人民医院`):
//!   joined into one place word when the learned tagger reads a place or an organization
//!   starting at that character and running over the level (`super::evidence`); the place
//!   then opens the name as a region does (`云山区人民医院`, region `云山区`).
//! - A founding word glued to its level (`市立`, `县立`, `省立`, `区立` read as one verb
//!   after a place name: `青禾` `市立` `和平医院`): split into the level, which closes the
//!   place (`青禾市`), and `立`, which opens the core (`青禾市立和平医院`).
//! - A preposition glued to a place the gazetteer does not know (`从岚江市`, `在桐溪县` read as
//!   one word before `疾病预防控制中心`): split into the preposition, which ends the name on
//!   its left, and the place (`岚江市`). Only a word of four characters or more: a known
//!   place opening with such a character (`从化市`, `和平县`) is in the gazetteer, and a
//!   three-character one is too short to hold a preposition and a place.
//! - A preposition ([`GLUED_PREPOSITIONS`]) glued to the first characters of a name, the
//!   whole read as one proper name (`由岚` `山` 医院, `由吉大` 医院): split off when two
//!   characters or more of the name are left before the suffix (`岚山医院`, `吉大医院`), so
//!   a two-character word right before the suffix stays whole; a known place stays too.
//!
//! - A unit of a production and construction corps read apart from its number (`184` `团`,
//!   `第十` `师`): joined into one place word (`184团`, `第十师`), which opens the name as a
//!   region does (`第十师184团医院`, region `第十师184团`).
//!
//! - A list item read in pieces, one of them a single character (`左` `各庄` between `、` and
//!   `等`): two to four Han characters enclosed by the list's separators are one name
//!   (`左各庄`), whatever the segmenter made of them.
//!
//! - A preposition or conjunction ([`GLUED_AFTER`]) read as one word with the suffix's last
//!   character (`防治` `院为` `企业`, `村` `医为`): the suffix still ends the name there.
//!
//! All look only at the pieces already read left of a suffix; the tagger is asked only where
//! the first shape is met.

use super::lexicon::{InstitutionExtractor, PROPER_TAGS, STOP_TAGS};

/// Most characters of a list item joined from pieces (`左各庄`).
const MAX_LIST_ITEM_CHARS: usize = 4;
use crate::extract::evidence;
use crate::extract::number::is_chinese_numeral_char;
use crate::segment::Token;
use crate::span::Span;
use crate::tagger::Kind;
use crate::text::is_han_word;

/// Levels a place's name ends with that a founding `立` may follow (`市立`, `县立`).
const FOUNDING_LEVELS: [char; 4] = ['省', '市', '区', '县'];

/// Fewest characters of a word holding a preposition and a place (`从` + `岚江市`).
const MIN_GLUED_PLACE_CHARS: usize = 4;

/// Levels of a corps unit written after its number: a division (`第十师`), a regiment
/// (`184团`).
const CORPS_LEVELS: [char; 2] = ['师', '团'];

/// Most characters of a corps unit's number (`184`, `第十四`).
const MAX_CORPS_NUMBER_CHARS: usize = 4;

/// True for a unit of a production and construction corps written as one word: a number
/// and its level (`184团`, `第十师`, `第7师`); a Chinese numeral only after `第` (`一团` is
/// a word of its own).
pub(super) fn is_corps_unit(w: &str) -> bool {
    let Some(level) = w.chars().next_back().filter(|c| CORPS_LEVELS.contains(c)) else { return false };
    let number = &w[..w.len() - level.len_utf8()];
    let (ordinal, number) = number.strip_prefix('第').map_or((false, number), |n| (true, n));
    let digits = number.chars().all(|c| c.is_ascii_digit());
    let numeral = ordinal && number.chars().all(is_chinese_numeral_char);
    !number.is_empty() && number.chars().count() <= MAX_CORPS_NUMBER_CHARS && (digits || numeral)
}

/// Prepositions that open a clause and no name (`由`, `被`): the stop words `和`, `与`,
/// `为`, `向`, `对` open names too (`和平`, `为民`, `向阳`).
const GLUED_PREPOSITIONS: [char; 6] = ['由', '被', '把', '让', '在', '从'];

/// Prepositions and conjunctions the segmenter glues to the last character of a name.
const GLUED_AFTER: [char; 9] = ['为', '与', '和', '对', '向', '将', '把', '于', '及'];

/// Levels that close a district, county or city name (`云山区`, `石岭县`, `青禾市`).
const PLACE_LEVELS: [char; 3] = ['区', '县', '市'];

impl InstitutionExtractor {
    /// A suffix ending at `e` inside a two-character word whose second character is a
    /// preposition or conjunction ([`GLUED_AFTER`]): the word is the suffix's last character
    /// glued to the word after the name (`职业病` `防治` `院为` `企业职工`).
    pub(super) fn suffix_glued_to_next(text: &str, tokens: &[Token<'_>], e: usize) -> bool {
        let i = tokens.partition_point(|t| t.span.end <= e);
        tokens.get(i).is_some_and(|t| {
            let w = t.span.slice(text);
            let mut chars = w.chars();
            let (Some(first), Some(second), None) = (chars.next(), chars.next(), chars.next()) else {
                return false;
            };
            t.span.start + first.len_utf8() == e && GLUED_AFTER.contains(&second)
        })
    }

    /// Joins in `left` each unknown place cut after its first character (see the module
    /// contract). `tokens` are the sentence's, relative to `text`.
    pub(super) fn join_fused_places(&self, text: &str, tokens: &[Token<'_>], left: &mut Vec<(Span, &str)>) {
        let mut k = 1;
        while k < left.len() {
            if self.fused_place(text, tokens, left[k - 1], left[k]) {
                let joined = Span::new(left[k - 1].0.start, left[k].0.end);
                left.splice(k - 1..=k, [(joined, "ns")]);
            }
            k += 1;
        }
    }

    /// Joins in `left` each corps unit read apart from its number (see the module contract).
    pub(super) fn join_corps_units(&self, text: &str, left: &mut Vec<(Span, &str)>) {
        let mut k = 1;
        while k < left.len() {
            let (a, b) = (left[k - 1].0, left[k].0);
            if a.end == b.start && is_corps_unit(&text[a.start..b.end]) {
                left.splice(k - 1..=k, [(Span::new(a.start, b.end), "ns")]);
            } else {
                k += 1;
            }
        }
    }

    /// Joins in `left` each list item read in pieces (see the module contract): the pieces
    /// between a `、` and the next `、` or `等`.
    pub(super) fn join_list_items(&self, text: &str, left: &mut Vec<(Span, &str)>) {
        let mut k = 0;
        while k < left.len() {
            if left[k].0.slice(text) != "、" {
                k += 1;
                continue;
            }
            let first = k + 1;
            let end = (first..left.len()).find(|&j| matches!(left[j].0.slice(text), "、" | "等"));
            let Some(end) = end.filter(|&e| e > first + 1) else {
                k += 1;
                continue;
            };
            let item = &text[left[first].0.start..left[end - 1].0.end];
            let pieces = &left[first..end];
            let one_char = pieces.iter().any(|p| p.0.slice(text).chars().count() == 1);
            let touching = pieces.windows(2).all(|w| w[0].0.end == w[1].0.start);
            if one_char
                && touching
                && (2..=MAX_LIST_ITEM_CHARS).contains(&item.chars().count())
                && is_han_word(item)
                && !item.chars().any(is_chinese_numeral_char)
                && !pieces.iter().any(|&(sp, tag)| self.region_token(sp.slice(text), tag).is_some())
            {
                let span = Span::new(left[first].0.start, left[end - 1].0.end);
                left.splice(first..end, [(span, "nz")]);
            }
            k = first;
        }
    }

    /// `first` (one Han character, no function word) and `level_word` (two characters
    /// ending in a place level, no known place) make one place the tagger reads.
    fn fused_place(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        (first, first_tag): (Span, &str),
        (level_word, _): (Span, &str),
    ) -> bool {
        let (head, w) = (first.slice(text), level_word.slice(text));
        let shape = first.end == level_word.start
            && head.chars().count() == 1
            && is_han_word(head)
            && !STOP_TAGS.contains(&first_tag)
            && !self.stops.contains(head)
            && w.chars().count() == 2
            && is_han_word(w)
            && w.ends_with(PLACE_LEVELS)
            && !self.is_region_word(w);
        shape
            && evidence::entities_near(text, tokens, 0, Span::new(first.start, level_word.end)).iter().any(|e| {
                matches!(e.kind, Kind::Loc | Kind::Org) && e.span.start == first.start && e.span.end > level_word.end
            })
    }

    /// Splits in `left` each preposition glued to an unknown place (see the module
    /// contract): a one-character stop word opening a word of [`MIN_GLUED_PLACE_CHARS`] or
    /// more Han characters that ends in a place level and is no place of the gazetteer.
    pub(super) fn split_glued_prepositions(&self, text: &str, left: &mut Vec<(Span, &str)>) {
        let mut k = 0;
        while k < left.len() {
            let (sp, _) = left[k];
            let w = sp.slice(text);
            let head = w.chars().next().map_or(0, char::len_utf8);
            let glued = w.chars().count() >= MIN_GLUED_PLACE_CHARS
                && is_han_word(w)
                && w.ends_with(PLACE_LEVELS)
                && self.stops.contains(&w[..head])
                && !self.region_full.contains(w)
                && !self.region_short.contains_key(&w[..w.len() - w.chars().next_back().map_or(0, char::len_utf8)]);
            if glued {
                let cut = sp.start + head;
                left.splice(k..=k, [(Span::new(sp.start, cut), "p"), (Span::new(cut, sp.end), "ns")]);
                k += 1;
            } else if self.glued_to_name_piece(text, left, k) {
                let cut = sp.start + head;
                let tag = left[k].1;
                left.splice(k..=k, [(Span::new(sp.start, cut), "p"), (Span::new(cut, sp.end), tag)]);
                k += 1;
            }
            k += 1;
        }
    }

    /// A preposition glued to the first characters of a name at `left[k]`, the whole read
    /// as one proper name (see the module contract): two characters or more of the name
    /// are left before the suffix.
    fn glued_to_name_piece(&self, text: &str, left: &[(Span, &str)], k: usize) -> bool {
        let (sp, tag) = left[k];
        let w = sp.slice(text);
        // Cheap tests first: the character counts are taken only for a candidate.
        w.starts_with(GLUED_PREPOSITIONS)
            && PROPER_TAGS.contains(&tag)
            && matches!(w.chars().count(), 2 | 3)
            && is_han_word(w)
            && w.chars().count() - 1 + left[k + 1..].iter().map(|(p, _)| p.slice(text).chars().count()).sum::<usize>()
                >= 2
            && left[k + 1..].iter().all(|(p, _)| is_han_word(p.slice(text)))
            && !self.is_region_word(w)
    }

    /// Splits a founding word glued to its level after a place name in `left` (see the
    /// module contract).
    pub(super) fn split_founding_words(&self, text: &str, left: &mut Vec<(Span, &str)>) {
        let mut k = 1;
        while k < left.len() {
            let (sp, _) = left[k];
            let w = sp.slice(text);
            let mut chars = w.chars();
            let founding = matches!((chars.next(), chars.next(), chars.next()), (Some(l), Some('立'), None) if FOUNDING_LEVELS.contains(&l));
            let (psp, ptag) = left[k - 1];
            let after_name = psp.end == sp.start
                && is_han_word(psp.slice(text))
                && !STOP_TAGS.contains(&ptag)
                && !self.stops.contains(psp.slice(text));
            if founding && after_name {
                let cut = sp.start + w.len() - '立'.len_utf8();
                left.splice(k..=k, [(Span::new(sp.start, cut), "ns"), (Span::new(cut, sp.end), "b")]);
                k += 1;
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_corps_unit;

    #[test]
    fn corps_units_are_a_number_and_their_level() {
        for w in ["184团", "第十师", "第7师", "52团", "第十四师"] {
            assert!(is_corps_unit(w), "{w}");
        }
        for w in ["团", "一团", "集团", "兵团", "12345团", "第师", "184人", "十师"] {
            assert!(!is_corps_unit(w), "{w}");
        }
    }
}
