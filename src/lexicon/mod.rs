//! The one reader of the data files in `src/lexicon/` (their syntax: `src/lexicon/README.md`).
//!
//! **In:** the embedded text of every data file. **Out:** one [`Lexicon`] per file — its
//! rows of tab-separated fields, in sections — and [`WordSet`]s for look-ups by suffix and
//! prefix.
//!
//! **Guarantees:** each file is parsed once per process, the first time a stage asks for it
//! (stages ask when they are built). Asking for a section or a row key the file does not
//! have panics with the file and the name, so a typo fails when the `Extractor` is built
//! (and in `cargo test`), never as a silently empty word list. Parsing itself never fails.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rustc_hash::FxHashSet as HashSet;
use serde::de::DeserializeOwned;
use std::sync::LazyLock;

/// One line of data: its tab-separated fields, each trimmed (never empty: the first field
/// is the entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    fields: Vec<&'static str>,
}

impl Row {
    /// The first field: the entry.
    pub(crate) fn word(&self) -> &'static str {
        self.fields[0]
    }

    /// Field `i` (0 is the entry), if the row has it.
    pub(crate) fn field(&self, i: usize) -> Option<&'static str> {
        self.fields.get(i).copied()
    }

    /// Every field.
    pub(crate) fn fields(&self) -> &[&'static str] {
        &self.fields
    }
}

/// The rows under one `[name]` header (name `""` before any header).
#[derive(Debug)]
struct Section {
    name: &'static str,
    rows: Vec<Row>,
}

/// One parsed data file.
#[derive(Debug)]
pub(crate) struct Lexicon {
    file: &'static str,
    sections: Vec<Section>,
}

/// `line` up to its first `byte` (an ASCII character), all of it without one. A byte loop: the
/// build parses some 20,000 short rows, where a `str` searcher costs more than the search.
fn before_byte(line: &str, byte: u8) -> &str {
    // An ASCII byte never falls inside a multi-byte character, so the cut is a boundary.
    line.as_bytes().iter().position(|&b| b == byte).map_or(line, |i| &line[..i])
}

/// The tab-separated fields of a row, each trimmed (`line.split('\t').map(str::trim)`), in a
/// vector of the exact length.
fn tab_fields(line: &'static str) -> Vec<&'static str> {
    let mut fields = Vec::with_capacity(1 + line.bytes().filter(|&b| b == b'\t').count());
    let mut rest = line;
    loop {
        let field = before_byte(rest, b'\t');
        fields.push(field.trim());
        match rest.get(field.len() + 1..) {
            Some(next) => rest = next,
            None => return fields,
        }
    }
}

impl Lexicon {
    /// Parses a data file: `#` starts a comment, blank lines are skipped, `[name]` starts a
    /// section, every other line is a row of tab-separated fields.
    pub(crate) fn parse(file: &'static str, src: &'static str) -> Lexicon {
        let mut sections = vec![Section { name: "", rows: Vec::new() }];
        for line in src.lines() {
            let line = before_byte(line, b'#').trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                sections.push(Section { name: name.trim(), rows: Vec::new() });
                continue;
            }
            sections.last_mut().expect("a first section").rows.push(Row { fields: tab_fields(line) });
        }
        Lexicon { file, sections }
    }

    /// Every row, in file order (all sections).
    pub(crate) fn rows(&self) -> impl Iterator<Item = &Row> {
        self.sections.iter().flat_map(|s| s.rows.iter())
    }

    /// The entry (first field) of every row, in file order.
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows().map(Row::word)
    }

    /// The rows of section `[name]`. Panics when the file has no such section.
    pub(crate) fn section(&self, name: &str) -> &[Row] {
        match self.sections.iter().find(|s| s.name == name && !name.is_empty()) {
            Some(s) => &s.rows,
            None => {
                let known: Vec<&str> = self.sections.iter().map(|s| s.name).filter(|n| !n.is_empty()).collect();
                panic!("lexicon {}: no section [{name}] (it has {known:?})", self.file)
            }
        }
    }

    /// The entries of section `[name]` as a [`WordSet`]. Panics when there is no such section.
    pub(crate) fn word_set(&self, name: &str) -> WordSet {
        WordSet::from_words(self.section(name).iter().map(Row::word))
    }

    /// The rows whose first field is `key` (files of `KEY<TAB>WORD…` rows), with the key
    /// dropped: the second field is their entry. Panics when no row has that key.
    pub(crate) fn keyed(&self, key: &str) -> Vec<Row> {
        let rows: Vec<Row> =
            self.rows().filter(|r| r.word() == key).map(|r| Row { fields: r.fields[1..].to_vec() }).collect();
        assert!(
            !rows.is_empty() && rows.iter().all(|r| !r.fields.is_empty()),
            "lexicon {}: no row keyed {key:?}",
            self.file
        );
        rows
    }

    /// Field `i` of `row` read as a serde unit variant (the JSON spelling of an enum).
    /// Panics with the file and the row when the field is missing or no variant.
    pub(crate) fn variant<T: DeserializeOwned>(&self, row: &Row, i: usize) -> T {
        row.field(i).and_then(crate::names::variant).unwrap_or_else(|| {
            panic!("lexicon {}: field {i} of {:?} is not a known {}", self.file, row.fields, std::any::type_name::<T>())
        })
    }
}

macro_rules! lexicons {
    ($($id:ident = $file:literal;)*) => {
        $(
            #[doc = concat!("`src/lexicon/", $file, "`, parsed on first use.")]
            pub(crate) static $id: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse($file, include_str!($file)));
        )*
        /// Every data file, for tests.
        #[cfg(test)]
        pub(crate) static ALL: &[&LazyLock<Lexicon>] = &[$(&$id),*];
    };
}

lexicons! {
    ACCOUNT_MARKS = "account_marks.txt";
    ADOPTION_VERBS = "adoption_verbs.txt";
    APPROX_WORDS = "approx_words.txt";
    BODY_REFERENCES = "body_references.txt";
    BYLINE_NOT_NAMES = "byline_not_names.txt";
    BYLINE_ORG_ENDINGS = "byline_org_endings.txt";
    CAPTION_CREDITS = "caption_credits.txt";
    CAPTION_LEADS = "caption_leads.txt";
    CHAR_FREQUENCY = "char_frequency.txt";
    COLUMN_NAMES = "column_names.txt";
    COLUMN_SERIES = "column_series.txt";
    COMPANY_TRADES = "company_trades.txt";
    COMPANY_WORDS = "company_words.txt";
    CREDIT_SUFFIXES = "credit_suffixes.txt";
    CONJUNCTIONS = "conjunctions.txt";
    CONTACT_LABELS = "contact_labels.txt";
    CURRENCIES = "currencies.txt";
    DATE_MODIFIERS = "date_modifiers.txt";
    END_NOTICES = "end_notices.txt";
    EVENT_CANONICAL = "event_canonical.txt";
    EVENT_HEADS = "event_heads.txt";
    FIGURE_WORDS = "figure_words.txt";
    FURNITURE = "furniture.txt";
    FURNITURE_HEADINGS = "furniture_headings.txt";
    GAZETTEER = "gazetteer.tsv";
    HEALTH_TERMS = "health_terms.txt";
    LINE_WEIGHTS = "line_weights.tsv";
    META_LABELS = "meta_labels.txt";
    NAMED_BODIES = "named_bodies.txt";
    NOT_UNITS = "not_units.txt";
    NUMERAL_IDIOMS = "numeral_idioms.txt";
    ORG_ABBREVIATIONS = "org_abbreviations.txt";
    ORG_GENERIC_CORES = "org_generic_cores.txt";
    ORG_INTERNATIONAL_PREFIXES = "org_international_prefixes.txt";
    ORG_NATIONAL_PREFIXES = "org_national_prefixes.txt";
    ORG_PARTIES = "org_parties.txt";
    ORG_STOPS = "org_stops.txt";
    ORG_SUFFIXES = "org_suffixes.txt";
    ORG_TAGGED_CUES = "org_tagged_cues.txt";
    ORG_UNITS = "org_units.txt";
    OUTLET_CHANNELS = "outlet_channels.txt";
    OUTLET_NOTES = "outlet_notes.txt";
    OUTLET_SUFFIXES = "outlet_suffixes.txt";
    OUTLET_TAGS = "outlet_tags.txt";
    OPENCC_COMPAT = "opencc/CJK_Compatibility_Ideographs.txt";
    OPENCC_HK_VARIANTS = "opencc/HKVariantsRev.txt";
    OPENCC_HK_PHRASES = "opencc/HKVariantsRevPhrases.txt";
    OPENCC_TS_CHARACTERS = "opencc/TSCharacters.txt";
    OPENCC_TS_CHARACTERS_EXT = "opencc/TSCharactersExt.txt";
    OPENCC_TS_PHRASES = "opencc/TSPhrases.txt";
    OPENCC_TW_VARIANTS = "opencc/TWVariantsRev.txt";
    OPENCC_TW_PHRASES = "opencc/TWVariantsRevPhrases.txt";
    PERSON_CONTACTS = "person_contacts.txt";
    PERSON_CONTEXT = "person_context.txt";
    PERSON_GUARDS = "person_guards.txt";
    PERSON_HONORIFICS = "person_honorifics.txt";
    PERSON_ROLES = "person_roles.txt";
    PLACE_COMMON = "place_common.txt";
    PLAN_PERIODS = "plan_periods.txt";
    PROGRAM_CONTEXT = "program_context.txt";
    PROGRAM_EVIDENCE = "program_evidence.txt";
    PROGRAM_HEADS = "program_heads.txt";
    REGIONAL_MARKERS = "regional_markers.txt";
    REGION_GENERIC = "region_generic.txt";
    REGIONS = "regions.txt";
    RELATIVE_DAYS = "relative_days.txt";
    RELATIVE_YEARS = "relative_years.txt";
    SELF_REFERENCES = "self_references.txt";
    SIMPLIFIED_CHARS = "simplified_chars.txt";
    SITE_BLURBS = "site_blurbs.txt";
    TOWN_GENERIC = "town_generic.txt";
    SOURCE_PLACEHOLDERS = "source_placeholders.txt";
    TITLE_TAGS = "title_tags.txt";
    SUBJECT_WORDS = "subject_words.txt";
    SURNAMES = "surnames.txt";
    TAIWAN_MARKERS = "taiwan_markers.txt";
    TIME_WORDS = "time_words.txt";
    TITLES = "titles.txt";
    TRADITIONAL_CHARS = "traditional_chars.txt";
    UNITS = "units.txt";
    WIRE_AGENCIES = "wire_agencies.txt";
}

/// A word list searched in one pass: every occurrence of every word, each word's
/// occurrences read as `str::match_indices` reads them (left to right, without overlap).
#[derive(Debug, Clone)]
pub(crate) struct WordSearch {
    automaton: AhoCorasick,
}

impl WordSearch {
    /// The search for `words` (indices in the results are positions in this list).
    pub(crate) fn new<W: AsRef<str>>(words: &[W]) -> Self {
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(words.iter().map(|w| w.as_ref()))
            .expect("word list automaton builds");
        WordSearch { automaton }
    }

    /// Every occurrence in `text` as (word index, start, end), in order of their ends.
    pub(crate) fn occurrences(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        // Per word seen, where its last occurrence ends: an occurrence starting before
        // overlaps it and is no occurrence of `match_indices`.
        let mut ends: Vec<(usize, usize)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let word = m.pattern().as_usize();
            match ends.iter_mut().find(|(w, _)| *w == word) {
                Some((_, end)) if m.start() < *end => continue,
                Some((_, end)) => *end = m.end(),
                None => ends.push((word, m.end())),
            }
            out.push((word, m.start(), m.end()));
        }
        out
    }
}

/// Words of a [`CharBits`] table: 2,048 bits.
const LAST_CHAR_WORDS: usize = 32;

/// Characters as bits of a small table (a character's code point modulo its size): a
/// character whose bit is clear is surely not in the table; one sharing a bit with a member
/// goes on to the exact look-up.
#[derive(Debug, Clone, Copy, Default)]
struct CharBits([u64; LAST_CHAR_WORDS]);

impl CharBits {
    /// Where a character's bit is: (word, mask).
    fn bit(c: char) -> (usize, u64) {
        let slot = c as usize % (LAST_CHAR_WORDS * 64);
        (slot / 64, 1 << (slot % 64))
    }

    fn insert(&mut self, c: char) {
        let (word, bit) = Self::bit(c);
        self.0[word] |= bit;
    }

    fn may_hold(&self, c: char) -> bool {
        let (word, bit) = Self::bit(c);
        self.0[word] & bit != 0
    }
}

/// A set of words with the length of its longest entry, for suffix and prefix look-ups.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordSet {
    words: HashSet<String>,
    /// Last characters of the entries: most texts fail a suffix look-up on this alone, and
    /// a prefix look-up hashes only the prefixes ending in one.
    last_chars: CharBits,
    /// First characters of the entries: a suffix look-up hashes only the suffixes starting
    /// with one.
    first_chars: CharBits,
    /// Per first character of the entries, their lengths ([`Lengths`]): a prefix look-up
    /// hashes only the prefixes of those lengths and stops after the longest. (Suffix
    /// look-ups mostly end at `last_chars`, asked far more often: a map there costs more
    /// than it saves.)
    opening_lengths: rustc_hash::FxHashMap<char, Lengths>,
    max_chars: usize,
}

/// Lengths in characters of some entries, as bits: bit `n` for `n` characters, bit 63 for
/// 63 characters or more.
#[derive(Debug, Clone, Copy, Default)]
struct Lengths(u64);

impl Lengths {
    const LONG: usize = 63;

    fn bit(chars: usize) -> u64 {
        1 << chars.min(Self::LONG)
    }

    fn insert(&mut self, chars: usize) {
        self.0 |= Self::bit(chars);
    }

    fn has(self, chars: usize) -> bool {
        self.0 & Self::bit(chars) != 0
    }

    /// Whether some length is `chars` or more.
    fn reaches(self, chars: usize) -> bool {
        self.0 >> chars.min(Self::LONG) != 0
    }
}

impl WordSet {
    /// A set from words.
    pub(crate) fn from_words(words: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w.as_ref());
        }
        set
    }

    fn insert(&mut self, word: &str) {
        let chars = word.chars().count();
        self.max_chars = self.max_chars.max(chars);
        if let (Some(first), Some(last)) = (word.chars().next(), word.chars().next_back()) {
            self.first_chars.insert(first);
            self.last_chars.insert(last);
            self.opening_lengths.entry(first).or_default().insert(chars);
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

    /// Whether `word` is an entry: a word whose last character ends no entry fails without
    /// hashing.
    pub(crate) fn contains(&self, word: &str) -> bool {
        match word.chars().next_back() {
            Some(c) => self.last_chars.may_hold(c) && self.words.contains(word),
            None => self.words.contains(word),
        }
    }

    /// Whether the one-character word `c` is an entry: a character that ends no entry (most
    /// characters, when a rule asks about every token's last one) fails without hashing.
    pub(crate) fn contains_char(&self, c: char) -> bool {
        self.last_chars.may_hold(c) && self.words.contains(c.encode_utf8(&mut [0; 4]) as &str)
    }

    /// The entries, sorted (for substring tests in a stable order).
    pub(crate) fn sorted(&self) -> Vec<String> {
        let mut list: Vec<String> = self.words.iter().cloned().collect();
        list.sort();
        list
    }

    /// Characters of the longest entry: a suffix look-up reads no further back.
    pub(crate) fn max_chars(&self) -> usize {
        self.max_chars
    }

    /// Byte length of the longest entry that ends `text`, if any. Most texts fail on their
    /// last character alone: that test is inlined where the look-up is asked (rules ask it
    /// at every token), the walk back is not.
    #[inline]
    pub(crate) fn longest_suffix(&self, text: &str) -> Option<usize> {
        match text.chars().next_back() {
            Some(c) if self.last_chars.may_hold(c) => self.longest_suffix_walk(text),
            _ => None,
        }
    }

    /// [`Self::longest_suffix`] past its test of the last character.
    #[inline(never)]
    fn longest_suffix_walk(&self, text: &str) -> Option<usize> {
        let mut best = None;
        for (chars, (i, c)) in text.char_indices().rev().enumerate() {
            if chars >= self.max_chars {
                break;
            }
            if self.first_chars.may_hold(c) && self.words.contains(&text[i..]) {
                best = Some(text.len() - i);
            }
        }
        best
    }

    /// Byte length of the longest entry that starts `text`, if any (its first character's
    /// test inlined, as [`Self::longest_suffix`]'s last).
    #[inline]
    pub(crate) fn longest_prefix(&self, text: &str) -> Option<usize> {
        match text.chars().next() {
            Some(c) if self.first_chars.may_hold(c) => self.longest_prefix_walk(text, c),
            _ => None,
        }
    }

    /// [`Self::longest_prefix`] past its test of the first character `first`.
    #[inline(never)]
    fn longest_prefix_walk(&self, text: &str, first: char) -> Option<usize> {
        let lengths = *self.opening_lengths.get(&first)?;
        let mut best = None;
        for (n, (i, c)) in text.char_indices().enumerate() {
            let chars = n + 1;
            if chars > self.max_chars || !lengths.reaches(chars) {
                break;
            }
            let end = i + c.len_utf8();
            if lengths.has(chars) && self.last_chars.may_hold(c) && self.words.contains(&text[..end]) {
                best = Some(end);
            }
        }
        best
    }

    /// The position in `token` where an entry glued to its end starts (`工程建设` → before
    /// `建设`), if the token has more than that entry.
    pub(crate) fn trailing_cut(&self, token: &str) -> Option<usize> {
        let len = self.longest_suffix(token)?;
        (len < token.len()).then(|| token.len() - len)
    }
}

/// A word class read in order (longest first: rules that take the entry a text starts or
/// ends with take the longest) and as a [`WordSet`] (rules that ask whether a text is, starts
/// or ends with an entry: one look-up, not a scan of the list).
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList {
    list: Vec<String>,
    set: WordSet,
}

impl WordList {
    pub(crate) fn new(list: Vec<String>) -> Self {
        let set = WordSet::from_words(&list);
        WordList { list, set }
    }

    /// Whether `word` is an entry.
    pub(crate) fn has(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// Whether `text` starts with an entry.
    pub(crate) fn opens(&self, text: &str) -> bool {
        self.set.longest_prefix(text).is_some()
    }

    /// Whether `text` ends with an entry.
    pub(crate) fn closes(&self, text: &str) -> bool {
        self.set.longest_suffix(text).is_some()
    }
}

impl std::ops::Deref for WordList {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.list
    }
}

impl<'a> IntoIterator for &'a WordList {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_with_entries() {
        for lexicon in ALL {
            assert!(lexicon.rows().next().is_some(), "{} has no rows", lexicon.file);
        }
    }

    /// A word list answers as the scans of its entries it replaces: whole word, opening and
    /// closing entries; a text sharing only a last character with an entry is no entry.
    #[test]
    fn word_list_answers_like_a_scan() {
        let list = WordList::new(vec!["增长率".to_string(), "比例".to_string(), "率".to_string()]);
        assert!(list.has("比例") && list.has("率"));
        assert!(!list.has("比") && !list.has("效率高") && !list.has("") && !list.has("增长"));
        assert!(list.closes("门诊增长率") && list.closes("占比例") && !list.closes("比例尺"));
        assert!(list.opens("比例尺") && list.opens("率先") && !list.opens("门诊增长率"));
        assert_eq!(list.first().map(String::as_str), Some("增长率"));
        let set = WordSet::from_words(["卫生院"]);
        assert!(set.contains("卫生院") && !set.contains("医院") && !set.contains(""));
    }

    /// The row reader splits as `split('\t').map(str::trim)` does, empty fields and
    /// full-width spaces included.
    #[test]
    fn tab_fields_split_like_str_split() {
        for line in ["卫健委", "卫健委\t20000\tnt", "a\t", "\tb", "a\t\tb", " 项目 \t\u{3000}9\u{3000}", "\t"] {
            assert_eq!(tab_fields(line), line.split('\t').map(str::trim).collect::<Vec<_>>(), "{line:?}");
        }
        assert_eq!(before_byte("示范项目 # 注", b'#'), "示范项目 ");
        assert_eq!(before_byte("示范项目", b'#'), "示范项目");
    }

    #[test]
    fn rows_sections_and_comments() {
        let lex = Lexicon::parse(
            "test",
            "# header\n卫健委\t20000\tnt  # trailing\n[a]\n项目 # x\n示范项目\t9\n\n[b]\n会议\n",
        );
        assert_eq!(lex.words().collect::<Vec<_>>(), ["卫健委", "项目", "示范项目", "会议"]);
        assert_eq!(lex.rows().next().unwrap().fields(), ["卫健委", "20000", "nt"]);
        let a = lex.word_set("a");
        assert!(a.contains("项目") && a.contains("示范项目") && !a.contains("会议"));
        assert!(lex.word_set("b").contains("会议"));
    }

    #[test]
    #[should_panic(expected = "lexicon test: no section [missing]")]
    fn an_unknown_section_fails_loudly() {
        Lexicon::parse("test", "[a]\n项目\n").section("missing");
    }

    #[test]
    #[should_panic(expected = "no row keyed")]
    fn an_unknown_key_fails_loudly() {
        Lexicon::parse("test", "scope\t将\n").keyed("scop");
    }

    #[test]
    fn word_search_reads_each_word_as_match_indices_does() {
        let words = ["哈哈", "哈", "笑哈", "呵"];
        let text = "哈哈哈笑哈哈，呵";
        let search = WordSearch::new(&words);
        let mut found = search.occurrences(text);
        found.sort();
        let mut expected: Vec<(usize, usize, usize)> = words
            .iter()
            .enumerate()
            .flat_map(|(k, w)| text.match_indices(w).map(move |(p, _)| (k, p, p + w.len())))
            .collect();
        expected.sort();
        assert_eq!(found, expected);
        assert_eq!(found.iter().filter(|f| f.0 == 0).count(), 2);
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
        assert_eq!(heads.trailing_cut("工程试点"), Some("工程".len()));
        assert_eq!(heads.trailing_cut("试点"), None);
    }

    /// A one-character look-up finds exactly the one-character entries.
    #[test]
    fn contains_char_finds_one_character_entries() {
        let ends = WordSet::from_words(["日", "周", "节日"]);
        assert!(ends.contains_char('日'));
        assert!(ends.contains_char('周'));
        assert!(!ends.contains_char('节'));
        assert!(!ends.contains_char('月'));
    }

    /// Prefix look-ups read only the lengths of the entries sharing the text's first
    /// character, and entries of 63 characters or more still count.
    #[test]
    fn prefix_look_ups_by_length_of_entries_sharing_the_start() {
        let long = "长".repeat(70);
        let set = WordSet::from_words(["目", "项目", "国家示范项目", "项目组", long.as_str(), "点"]);
        assert_eq!(set.longest_suffix("示范项目"), Some("项目".len()));
        assert_eq!(set.longest_suffix("国家示范项目"), Some("国家示范项目".len()));
        assert_eq!(set.longest_suffix("目"), Some("目".len()));
        assert_eq!(set.longest_suffix("一点"), Some("点".len()));
        assert_eq!(set.longest_suffix("一项"), None);
        assert_eq!(set.longest_prefix("项目组长"), Some("项目组".len()));
        assert_eq!(set.longest_prefix("项目长"), Some("项目".len()));
        assert_eq!(set.longest_prefix("目标"), Some("目".len()));
        assert_eq!(set.longest_prefix("组"), None);
        let longer = format!("再{long}");
        assert_eq!(set.longest_suffix(&longer), Some(long.len()));
        assert_eq!(set.longest_prefix(&format!("{long}长")), Some(long.len()));
        assert_eq!(set.longest_suffix(&long[3..]), None);
    }
}
