//! Canonical names of party congresses, plenums and NPC / CPPCC sessions — docs/FACTS.md
//! §2 `events` (`党的二十大` → `中国共产党第二十次全国代表大会`).
//!
//! **In:** a sentence's text and where it starts. **Out:** [`Named`] meetings, each with its
//! canonical name and the byte span of the short form it was written as.
//!
//! The forms are data (`src/lexicon/event_canonical.txt`): regular expressions with ordinal
//! slots, each with the canonical name spelled from the same slots, so that every ordinal is
//! covered by one row (never a list of congresses). Ordinals print in Chinese numerals
//! (`党的20大` → `…第二十次…`). A bare `十八大` needs an ordinal of two characters and no
//! counted noun after it (`十二大类` is no congress).
//!
//! Never panics; one pass of one regex set per sentence; built once. The rows' own regexes
//! are compiled on the first sentence where some row matches (most texts name no congress,
//! and the compilation is a tenth of the extractors' build).

use super::number::{parse, to_chinese};
use crate::lexicon::{WordSet, EVENT_CANONICAL};
use crate::span::Span;
use regex::Regex;

/// An ordinal: Chinese numerals or Arabic digits.
const ORDINAL: &str = "[一二三四五六七八九十]{1,3}|[0-9]{1,3}";
/// An ordinal of at least two characters (`十八`, `20`).
const LONG_ORDINAL: &str = "[一二三四五六七八九十]{2,3}|[0-9]{2,3}";
/// The slots a pattern may hold.
const SLOTS: [&str; 4] = ["AA", "A", "B", "C"];

/// A meeting named by a short or full form, with its canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Named {
    pub name: String,
    pub mention: Span,
}

/// One row of the table: its regex and the names it gives.
#[derive(Debug)]
struct Form {
    regex: Regex,
    /// `(group, template)`: `None` group = the whole match.
    names: Vec<(Option<String>, String)>,
    /// The row uses the bare `{AA}` form, which must not count a noun.
    bare: bool,
}

/// Built once from the table.
#[derive(Debug)]
pub(crate) struct Congresses {
    /// The rows, in table order, compiled on first need.
    forms: std::sync::OnceLock<Vec<Form>>,
    /// Every pattern in one regex: sentences without any form are skipped at once.
    any: Regex,
    not_after: WordSet,
}

impl Default for Congresses {
    fn default() -> Self {
        Self::new()
    }
}

impl Congresses {
    pub(crate) fn new() -> Self {
        let all: Vec<String> =
            EVENT_CANONICAL.section("patterns").iter().map(|row| strip_groups(&expand_slots(row.word()))).collect();
        Congresses {
            forms: std::sync::OnceLock::new(),
            any: Regex::new(&all.join("|")).expect("valid congress patterns"),
            not_after: EVENT_CANONICAL.word_set("not_after"),
        }
    }

    /// The table's rows, compiled on the first call.
    fn forms(&self) -> &[Form] {
        self.forms.get_or_init(forms)
    }

    /// The meetings named in `text` (a sentence starting at byte `offset`), left to right.
    pub(crate) fn find(&self, text: &str, offset: usize) -> Vec<Named> {
        let mut out = Vec::new();
        // Every form holds `大` (大会, 十八大) or `会` (全会, 会议): most sentences hold neither.
        if !text.contains(['大', '会']) {
            return out;
        }
        let mut pos = 0;
        while let Some(first) = self.any.find_at(text, pos) {
            let at = first.start();
            // The first row (table order) matching at this position.
            let rest = &text[at..];
            let hit = self.forms().iter().find_map(|f| f.regex.captures(rest).map(|c| (f, c)));
            let Some((form, caps)) = hit.filter(|(_, c)| c.get(0).is_some_and(|m| !m.is_empty())) else {
                pos = next_char(text, at);
                continue;
            };
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            if form.bare && self.counts_a_noun(&rest[whole.end..]) {
                pos = next_char(text, at);
                continue;
            }
            for (group, template) in &form.names {
                let span = group.as_ref().and_then(|g| caps.name(g)).map_or(whole.clone(), |m| m.range());
                if let Some(name) = fill(template, &caps) {
                    out.push(Named { name, mention: Span::new(offset + at + span.start, offset + at + span.end) });
                }
            }
            pos = at + whole.end.max(1);
            pos = pos.max(next_char(text, at));
        }
        out
    }

    /// `十二大类`: a counted noun after a bare `{AA}大`.
    fn counts_a_noun(&self, rest: &str) -> bool {
        self.not_after.longest_prefix(rest).is_some()
    }
}

/// One [`Form`] per row of the table, in table order.
fn forms() -> Vec<Form> {
    let mut forms = Vec::new();
    for row in EVENT_CANONICAL.section("patterns") {
        let pattern = expand_slots(row.word());
        let templates: Vec<&str> = row.fields()[1..].to_vec();
        let names = match templates.as_slice() {
            [one] => vec![(None, one.to_string())],
            many => many
                .iter()
                .enumerate()
                .filter(|(_, t)| **t != "-")
                .map(|(i, t)| (Some(format!("m{}", i + 1)), t.to_string()))
                .collect(),
        };
        let bare = row.word().starts_with("{AA}");
        // Anchored: a row is tried only where some row matches.
        let regex = Regex::new(&format!("^(?:{pattern})")).expect("valid congress pattern");
        forms.push(Form { regex, names, bare });
    }
    forms
}

/// The byte after the character at `at`.
fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// The pattern with its slots turned into named groups of ordinals.
fn expand_slots(pattern: &str) -> String {
    let mut out = pattern.to_string();
    for slot in SLOTS {
        let class = if slot == "AA" { LONG_ORDINAL } else { ORDINAL };
        out = out.replace(&format!("{{{slot}}}"), &format!("(?P<{slot}>{class})"));
    }
    out
}

/// The pattern without group names (so that all rows fit in one regex).
fn strip_groups(pattern: &str) -> String {
    static GROUP_NAME: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"\(\?P<[A-Za-z0-9]+>").expect("valid regex"));
    GROUP_NAME.replace_all(pattern, "(?:").into_owned()
}

/// The canonical name: `template` with each slot's ordinal in Chinese numerals.
fn fill(template: &str, caps: &regex::Captures<'_>) -> Option<String> {
    let mut out = template.to_string();
    for slot in SLOTS {
        let key = format!("{{{slot}}}");
        if out.contains(&key) {
            out = out.replace(&key, &chinese_ordinal(caps.name(slot)?.as_str())?);
        }
    }
    Some(out)
}

/// `20` → `二十`; Chinese numerals stay as written (`二十`), after a check they read as one.
fn chinese_ordinal(s: &str) -> Option<String> {
    if s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse::<u64>().ok().filter(|&n| n > 0).map(to_chinese);
    }
    parse(s).filter(|&v| v >= 1.0).map(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        Congresses::new().find(text, 0).into_iter().map(|n| (n.name, n.mention.slice(text).to_string())).collect()
    }

    #[test]
    fn short_forms_take_their_canonical_names() {
        assert_eq!(
            names("深入学习党的二十大和二十届三中全会精神"),
            [
                ("中国共产党第二十次全国代表大会".to_string(), "党的二十大".to_string()),
                ("中国共产党第二十届中央委员会第三次全体会议".to_string(), "二十届三中全会".to_string()),
            ]
        );
        assert_eq!(names("十四届全国人大二次会议")[0].0, "第十四届全国人民代表大会第二次会议");
        assert_eq!(names("全国政协十四届二次会议")[0].0, "中国人民政治协商会议第十四届全国委员会第二次会议");
        assert_eq!(names("党的20大")[0].0, "中国共产党第二十次全国代表大会");
    }

    #[test]
    fn coordinated_plenums_are_two() {
        let found = names("贯彻二十届二中、三中全会部署");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0], ("中国共产党第二十届中央委员会第二次全体会议".into(), "二十届二中".into()));
        assert_eq!(found[1], ("中国共产党第二十届中央委员会第三次全体会议".into(), "三中全会".into()));
    }

    #[test]
    fn bare_forms_need_a_long_ordinal_and_no_counted_noun() {
        assert_eq!(names("十八大以来")[0].0, "中国共产党第十八次全国代表大会");
        assert!(names("实施十二大类工程，推进十大行动").is_empty());
        assert!(names("三中全会").is_empty());
    }
}
