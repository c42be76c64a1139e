//! The training-data names: every string tagged as a person, organization or place in the
//! training sentences, a gazetteer the features match (templates 46–51 in [`super::features`]).
//!
//! At run time the names are those of every MSRA training sentence, stored in the model
//! file. In training they are *jackknifed*: the sentences are split into [`FOLDS`] folds by
//! index, and a sentence of fold `k` sees only the names of the other folds, so that a name
//! matches in training about as often as an unseen one does at run time (otherwise every
//! training entity would match its own name and the feature would learn to trust it fully).
//! Our own gold sentences give no names (their names come from real pages, which the model
//! file must not carry) and see all the MSRA names.

use super::tags::{char_entities, Kind, Tag};
use aho_corasick::AhoCorasick;
use std::collections::BTreeMap;

/// Folds of the jackknife.
pub const FOLDS: usize = 5;

/// Shortest name kept, in characters (one-character names are mostly abbreviations such as
/// a country's first character, which the n-gram features already cover).
const MIN_CHARS: usize = 2;

/// Least share of a name's occurrences tagged as its kind for the name to be kept.
const MIN_SHARE: f64 = 0.5;

/// Names per kind (PER, ORG, LOC, in [`Kind::ALL`] order), each list sorted and deduplicated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    pub lists: [Vec<String>; 3],
}

impl Names {
    /// The names of the tagged sentences `(text, tags)` that are mostly names: tagged as
    /// their kind at least [`MIN_SHARE`] of the times their string occurs in the texts.
    pub fn from_tagged<'a>(sentences: impl Iterator<Item = (&'a str, &'a [Tag])> + Clone) -> Names {
        let mut tagged: [BTreeMap<String, u32>; 3] = Default::default();
        for (text, tags) in sentences.clone() {
            let chars: Vec<char> = text.chars().collect();
            for (kind, range) in char_entities(tags) {
                if range.len() >= MIN_CHARS && range.end <= chars.len() {
                    *tagged[kind as usize].entry(chars[range].iter().collect()).or_default() += 1;
                }
            }
        }
        let mut names = Names::default();
        for (list, counts) in names.lists.iter_mut().zip(&tagged) {
            let words: Vec<&String> = counts.keys().collect();
            let Ok(automaton) = AhoCorasick::new(&words) else { continue };
            let mut seen = vec![0u32; words.len()];
            for (text, _) in sentences.clone() {
                for m in automaton.find_overlapping_iter(text) {
                    seen[m.pattern().as_usize()] += 1;
                }
            }
            *list = words
                .iter()
                .zip(&seen)
                .filter(|&(w, &n)| counts[*w] as f64 >= MIN_SHARE * n as f64)
                .map(|(w, _)| w.to_string())
                .collect();
        }
        names
    }

    /// Number of names of every kind.
    pub fn len(&self) -> usize {
        self.lists.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// As stored in the model file: one name a line, the names of each kind after a line
    /// with the kind's name (`PER`, `ORG`, `LOC`).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (kind, list) in Kind::ALL.iter().zip(&self.lists) {
            out += kind.name();
            out.push('\n');
            for name in list {
                out += name;
                out.push('\n');
            }
        }
        out
    }

    /// Reads [`Names::to_text`]'s format; `None` if a name comes before any kind line.
    pub fn parse(text: &str) -> Option<Names> {
        let mut names = Names::default();
        let mut kind: Option<usize> = None;
        for line in text.lines() {
            if let Some(k) = Kind::ALL.iter().position(|k| k.name() == line) {
                kind = Some(k);
            } else if !line.is_empty() {
                names.lists[kind?].push(line.to_string());
            }
        }
        Some(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_tagged_text_round_trip() {
        let tag = |n: &str| Tag::parse(n).unwrap();
        let tags: Vec<Tag> =
            ["B-PER", "E-PER", "O", "B-ORG", "M-ORG", "E-ORG", "S-LOC"].iter().map(|n| tag(n)).collect();
        let names = Names::from_tagged([("李雷在某公司京", &tags[..])].into_iter());
        assert_eq!(names.lists, [vec!["李雷".to_string()], vec!["某公司".to_string()], vec![]]);
        assert_eq!(Names::parse(&names.to_text()), Some(names));
        assert_eq!(Names::parse("某公司\n"), None);
    }
}
