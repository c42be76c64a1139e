//! Word lists for the program and event extractors, parsed once from `src/lexicon/*.txt`.
//!
//! **In:** the text of a lexicon file: one entry per line (first whitespace-separated
//! field), `#` starts a comment, `[name]` starts a section. **Out:** [`WordSet`]s with
//! exact and longest-suffix look-up. Parsing never fails: unknown lines are entries.

use std::collections::{HashMap, HashSet};

/// A set of words with the length of its longest entry, for suffix look-ups.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordSet {
    words: HashSet<String>,
    /// Last characters of the entries: most texts fail a suffix look-up on this alone.
    last_chars: HashSet<char>,
    max_chars: usize,
}

impl WordSet {
    /// A set from words.
    #[cfg(test)]
    pub(crate) fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w);
        }
        set
    }

    fn insert(&mut self, word: &str) {
        self.max_chars = self.max_chars.max(word.chars().count());
        if let Some(c) = word.chars().next_back() {
            self.last_chars.insert(c);
        }
        self.words.insert(word.to_string());
    }

    /// The union of two sets.
    pub(crate) fn union(&self, other: &WordSet) -> WordSet {
        let mut set = self.clone();
        for w in &other.words {
            set.insert(w);
        }
        set
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Byte length of the longest entry that ends `text`, if any.
    ///
    /// ```ignore
    /// let heads = WordSet::from_words(["项目", "示范项目"]);
    /// assert_eq!(heads.longest_suffix("国家示范项目"), Some("示范项目".len()));
    /// ```
    pub(crate) fn longest_suffix(&self, text: &str) -> Option<usize> {
        if !text.chars().next_back().is_some_and(|c| self.last_chars.contains(&c)) {
            return None;
        }
        let mut best = None;
        for (chars, (i, _)) in text.char_indices().rev().enumerate() {
            if chars >= self.max_chars {
                break;
            }
            if self.words.contains(&text[i..]) {
                best = Some(text.len() - i);
            }
        }
        best
    }

    /// Byte length of the longest entry that starts `text`, if any.
    pub(crate) fn longest_prefix(&self, text: &str) -> Option<usize> {
        let mut best = None;
        for (chars, (i, c)) in text.char_indices().enumerate() {
            if chars >= self.max_chars {
                break;
            }
            let end = i + c.len_utf8();
            if self.words.contains(&text[..end]) {
                best = Some(end);
            }
        }
        best
    }
}

/// The position in `token` where a word of `trailing` glued to its end starts
/// (`工程建设` → before `建设`), if the token has more than that word.
pub(crate) fn trailing_cut(token: &str, trailing: &WordSet) -> Option<usize> {
    let len = trailing.longest_suffix(token)?;
    (len < token.len()).then(|| token.len() - len)
}

/// Parses a sectioned lexicon file into one [`WordSet`] per section (entries before any
/// section header go to the section `""`).
pub(crate) fn sections(src: &str) -> HashMap<String, WordSet> {
    let mut out: HashMap<String, WordSet> = HashMap::new();
    let mut current = String::new();
    for line in src.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim().to_string();
            out.entry(current.clone()).or_default();
            continue;
        }
        if let Some(word) = line.split_whitespace().next() {
            out.entry(current.clone()).or_default().insert(word);
        }
    }
    out
}

/// The entries of section `name` as a list (for substring tests), empty when absent.
pub(crate) fn words(map: &HashMap<String, WordSet>, name: &str) -> Vec<String> {
    let mut list: Vec<String> = map.get(name).map(|s| s.words.iter().cloned().collect()).unwrap_or_default();
    list.sort();
    list
}

/// The section `name`, empty when the file has none.
pub(crate) fn section(map: &HashMap<String, WordSet>, name: &str) -> WordSet {
    map.get(name).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_comments() {
        let map = sections("# header\n[a]\n项目 # trailing\n示范项目 9 n\n\n[b]\n会议\n");
        let a = section(&map, "a");
        assert!(a.contains("项目") && a.contains("示范项目") && !a.contains("会议"));
        assert!(section(&map, "b").contains("会议"));
        assert!(!section(&map, "missing").contains("会议"));
    }

    #[test]
    fn longest_suffix_and_prefix() {
        let heads = WordSet::from_words(["项目", "示范项目", "试点"]);
        assert_eq!(heads.longest_suffix("国家示范项目"), Some("示范项目".len()));
        assert_eq!(heads.longest_suffix("项目"), Some("项目".len()));
        assert_eq!(heads.longest_suffix("项目建设"), None);
        assert_eq!(heads.longest_suffix(""), None);
        assert_eq!(heads.longest_prefix("试点区域"), Some("试点".len()));
        assert_eq!(heads.longest_prefix("区域"), None);
    }
}
