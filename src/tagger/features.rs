//! The tagger's features: the one place they are defined, used alike by the trainer and at
//! run time.
//!
//! A feature is never a string: each is a 64-bit hash of (template id, up to three values),
//! and the model stores the 32-bit [`key`] of the hash. For the character at position `i`
//! (`c[k]` is the folded character at `i+k`, see [`fold`]; positions outside the text are
//! distinct start/end markers):
//!
//! | ids | template |
//! |---|---|
//! | 0 | bias |
//! | 1–5 | unigrams `c[-2]` … `c[2]` |
//! | 6–9 | bigrams `c[-2]c[-1]`, `c[-1]c[0]`, `c[0]c[1]`, `c[1]c[2]` |
//! | 10 | skip bigram `c[-1]c[1]` |
//! | 11–13 | trigrams `c[-2..=0]`, `c[-1..=1]`, `c[0..=2]` |
//! | 14–15 | character classes (Han, Chinese numeral, digit, Latin, punctuation, space, other) of `c[-1..=1]` and of `c[-2..=2]` |
//! | 16–21 | jieba word of the character: position in it (B/M/E/S) with its POS tag; with its length (1, 2, 3, 4, 5+); with the word itself; with the previous word's POS tag; with the next word's POS tag; POS tag with `c[0]` |
//! | 22–26 | lexicons, one template each: B/M/E/S position of the character in the longest match covering it of organization suffixes, regions (full and short forms), surnames (only matches starting a jieba word), titles, named bodies |
//! | 27–29 | all five lexicon positions at once, at `i`, `i-1` and `i+1` |
//! | 30–31 | organization-suffix position with `c[0]`; region position with `c[0]` |
//! | 32–33 | position in the word with the previous word; with the next word |
//! | 34–37 | unigrams `c[-3]`, `c[3]`; bigrams `c[-3]c[-2]`, `c[2]c[3]` |
//! | 38 | position in the word with `c[0]` |
//! | 39–42 | position in the word with: the last character of the word; of the next word; of the word after it; the first character of the previous word |
//! | 43–45 | reach: the distance (in characters, 1–12, 0 for none) to the nearest end of an organization-suffix match at or after `i` and back to the nearest start of a region match at or before `i`, neither across punctuation: the suffix distance with the position in the word; with the word's POS tag and position; the two distances together |
//! | 46–48 | training-data names ([`Names`]), one template per kind (PER, ORG, LOC): B/M/E/S position of the character in the longest name of the kind covering it |
//! | 49–51 | all three name positions at once, at `i`; with the position in the word; at `i-1` and `i+1` together |
//!
//! Change a template → bump [`FEATURE_SPEC`] (the model header carries its hash and a model
//! built for other templates is refused) and retrain.

use super::names::Names;
use crate::segment::Token;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Names the templates above; its hash is written in the model header.
pub const FEATURE_SPEC: &str = "zhnews-ner-features v1: bias; uni -2..2; bi -2..1; skip -1+1; tri -2..0,-1..1,0..2; \
     class -1..1, -2..2; word pos+tag, pos+len, pos+word, pos+prevtag, pos+nexttag, pos+tag+c0; \
     lex org,region,surname@wordstart,title,named; lexall i,i-1,i+1; lexorg+c0; lexregion+c0; \
     v2: pos+prevword, pos+nextword; uni -3,3; bi -3-2, 2+3; pos+c0; \
     v3: pos+last(w0), pos+last(w+1), pos+last(w+2), pos+first(w-1); \
     v4: pos+org-end-ahead, org-end-ahead+tag+pos, org-end-ahead+region-start-back; \
     v5: names per,org,loc; namesall i, i+pos, i-1+i+1";

/// Number of lexicons.
pub const LEXICONS: usize = 5;
/// Number of name kinds (PER, ORG, LOC).
const NAME_KINDS: usize = 3;
const ORG_LEXICON: usize = 0;
const REGION_LEXICON: usize = 1;
const SURNAME_LEXICON: usize = 2;

/// How far the reach features look, in characters.
const REACH: usize = 12;

/// A reach distance as a feature value: 1..=REACH, or 0 when farther.
fn reach(distance: usize) -> u8 {
    if distance <= REACH {
        distance as u8
    } else {
        0
    }
}

/// Marker values for positions before the start and after the end of the text.
const BEFORE: u32 = 0x11_0001;
const AFTER: u32 = 0x11_0002;

/// The character as the n-gram features see it: full-width ASCII as ASCII, every digit as
/// `0`, Latin letters in lower case, the ideographic space as a space.
pub fn fold(c: char) -> u32 {
    let c = match c as u32 {
        u @ 0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    if c.is_ascii_digit() {
        '0' as u32
    } else {
        c.to_ascii_lowercase() as u32
    }
}

/// A Han ideograph (CJK unified ideographs and extensions, compatibility ideographs, 〇).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF | 0x3007)
}

/// Character class: 1 Han, 2 Chinese numeral, 3 digit, 4 Latin letter, 5 punctuation,
/// 6 space, 7 other (0 is outside the text).
fn class(c: char) -> u8 {
    if matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    ) {
        2
    } else if is_han(c) {
        1
    } else if c.is_numeric() {
        3
    } else if crate::text::is_alphabetic(c) {
        4
    } else if c.is_whitespace() {
        6
    } else if c.is_ascii_punctuation()
        || matches!(c as u32, 0x2010..=0x206F | 0x3000..=0x303F | 0xFF01..=0xFF65 | 0xFE30..=0xFE4F)
    {
        5
    } else {
        7
    }
}

/// Position codes within a word or a lexicon match.
const NONE: u8 = 0;
const B: u8 = 1;
const M: u8 = 2;
const E: u8 = 3;
const S: u8 = 4;

fn position(offset: usize, len: usize) -> u8 {
    match (offset, len) {
        (_, 1) => S,
        (0, _) => B,
        (o, l) if o + 1 == l => E,
        _ => M,
    }
}

/// 64-bit mixing (the splitmix64 finalizer).
#[inline]
const fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Features per character: one per template (ids `0..FEATURES_PER_CHAR`).
pub const FEATURES_PER_CHAR: usize = 52;

/// The templates whose values come from small sets — the bias and the class window (ids 0,
/// 14), the word position with its length and the suffix reach (17, 43), the two reaches
/// (45), the names' positions with the word position (46–50), each lexicon's position
/// (22–26) — are read at run time from a table of weight rows, one row per set of values
/// (summed once per model: [`direct_row_hashes`]), instead of hashed and looked up per
/// character: 15 of the 52 lookups become 9 row sums. Rows: class windows first (8 classes
/// each side), then word rows (position 0–4 × length 0–5 × reach), reach pairs, names (125
/// positions of the three kinds × position in the word), lexicons (5 × 5).
pub const DIRECT_ROWS: usize = FIRST_LEX_ROW + LEXICONS * 5;
/// Rows of the direct table per character ([`Context::direct_rows`]).
pub const DIRECT_PER_CHAR: usize = 4 + LEXICONS;
const CLASS_ROWS: usize = 8 * 8 * 8;
const FIRST_REACH_ROW: usize = CLASS_ROWS + 5 * 6 * (REACH + 1);
const FIRST_NAME_ROW: usize = FIRST_REACH_ROW + (REACH + 1) * (REACH + 1);
const FIRST_LEX_ROW: usize = FIRST_NAME_ROW + 125 * 5;

/// The hashes of the features whose weights row `row` of the direct table sums (the ones
/// [`Context::features`] gives for a character with those values).
pub fn direct_row_hashes(row: usize, out: &mut Vec<u64>) {
    out.clear();
    let reach = REACH as u64 + 1;
    let r = row as u64;
    if row < CLASS_ROWS {
        out.push(feature(0, 0, 0, 0));
        out.push(feature(14, r / 64, r / 8 % 8, r % 8));
    } else if row < FIRST_REACH_ROW {
        let r = r - CLASS_ROWS as u64;
        let pos = r / (6 * reach);
        out.push(feature(17, pos, r / reach % 6, 0));
        out.push(feature(43, pos, r % reach, 0));
    } else if row < FIRST_NAME_ROW {
        let r = r - FIRST_REACH_ROW as u64;
        out.push(feature(45, r / reach, r % reach, 0));
    } else if row < FIRST_LEX_ROW {
        let r = r - FIRST_NAME_ROW as u64;
        let (names, pos) = (r / 5, r % 5);
        for (t, l) in (46..=48).zip([names / 25, names / 5 % 5, names % 5]) {
            out.push(feature(t, l, 0, 0));
        }
        out.push(feature(49, names, 0, 0));
        out.push(feature(50, names, pos, 0));
    } else if row < DIRECT_ROWS {
        let r = row - FIRST_LEX_ROW;
        out.push(feature(22 + r / 5, (r % 5) as u64, 0, 0));
    }
}

/// The first round of every template's hash, `mix(template + salt)`, computed at compile time.
const SEEDS: [u64; FEATURES_PER_CHAR] = {
    let mut seeds = [0; FEATURES_PER_CHAR];
    let mut t = 0;
    while t < FEATURES_PER_CHAR {
        seeds[t] = mix((t as u64).wrapping_add(0x5A4E_4552));
        t += 1;
    }
    seeds
};

/// The hash of one feature: `mix(mix(mix(mix(template + salt) ^ a) ^ b↻21) ^ c↻42)`.
#[inline]
fn feature(template: usize, a: u64, b: u64, c: u64) -> u64 {
    after_first(mix(SEEDS[template] ^ a), b, c)
}

/// [`feature`] for an `a` below 5 (a position code), its first two rounds read from
/// [`FIRST_ROUNDS`].
#[inline]
fn feature_small(template: usize, a: u8, b: u64, c: u64) -> u64 {
    after_first(FIRST_ROUNDS[template][a as usize], b, c)
}

/// The last two rounds of [`feature`] after `mix(mix(template + salt) ^ a)`.
#[inline]
fn after_first(first: u64, b: u64, c: u64) -> u64 {
    mix(mix(first ^ b.rotate_left(21)) ^ c.rotate_left(42))
}

/// `mix(SEEDS[template] ^ a)` for every template and `a` below 5, computed at compile time.
const FIRST_ROUNDS: [[u64; 5]; FEATURES_PER_CHAR] = {
    let mut rounds = [[0; 5]; FEATURES_PER_CHAR];
    let mut t = 0;
    while t < FEATURES_PER_CHAR {
        let mut a = 0;
        while a < 5 {
            rounds[t][a] = mix(SEEDS[t] ^ a as u64);
            a += 1;
        }
        t += 1;
    }
    rounds
};

/// A stable hash of a string (FNV-1a, mixed).
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

/// The 32-bit key under which the model stores a feature hash.
#[inline]
pub fn key(hash: u64) -> u32 {
    (hash >> 32) as u32 ^ hash as u32
}

/// Words sorted, with the block of those opening with each first character (kept for all
/// lists at once in [`Lexicons`]): the words starting at a position are found by binary
/// search, in a block that narrows as the piece grows. No automaton to build: for tens of
/// thousands of training-data names that took ~20 ms per process, for the lexicons (the
/// regions above all) about 50 M instructions.
struct SortedWords {
    list: Vec<String>,
}

/// Lists of the features: the lexicons, then the names of each kind.
const LISTS: usize = LEXICONS + NAME_KINDS;

impl SortedWords {
    fn new(mut list: Vec<String>) -> Self {
        list.sort_unstable();
        SortedWords { list }
    }

    /// Calls `found(end)` for every word that is `text[offsets[start]..offsets[end]]`
    /// (`offsets`: the characters' byte offsets and the text's length), shortest first;
    /// `first` is the block of the words opening with the character at `start`.
    fn matches_at(
        &self,
        first: &Range<u32>,
        text: &str,
        offsets: &[usize],
        start: usize,
        mut found: impl FnMut(usize),
    ) {
        let Some(mut block) = self.list.get(first.start as usize..first.end as usize) else { return };
        // The piece of one character: the block is its words, the first one itself if it is
        // a word.
        if block.first().is_some_and(|word| *word == text[offsets[start]..offsets[start + 1]]) {
            found(start + 1);
        }
        for end in start + 2..offsets.len() {
            let piece = &text[offsets[start]..offsets[end]];
            let from = block.partition_point(|word| word.as_str() < piece);
            block = &block[from..];
            block = &block[..block.partition_point(|word| word.starts_with(piece))];
            match block.first() {
                Some(word) if word == piece => found(end),
                Some(_) => {}
                None => break,
            }
        }
    }
}

/// The lexicons and the training-data names (one sorted list per kind), built once.
pub struct Lexicons {
    lexicons: Vec<SortedWords>,
    /// Per kind (the lists cost 0.3 % more per pass of the realdev pages than automata).
    names: Vec<SortedWords>,
    /// Per first character, the block of each list opening with it (lexicons, then names):
    /// one look-up per character for the eight lists.
    blocks: FxHashMap<char, [Range<u32>; LISTS]>,
    /// Hash of every entry used, per lexicon (written in the model header for information).
    hash: u64,
}

impl std::fmt::Debug for Lexicons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicons").field("hash", &self.hash).finish_non_exhaustive()
    }
}

impl Lexicons {
    /// Reads the five lexicon files embedded in the crate; no training-data names.
    pub fn new() -> Self {
        Self::with_names(&Names::default())
    }

    /// The five lexicons' automata and the sorted lists of `names`.
    pub fn with_names(names: &Names) -> Self {
        let first_field =
            |lexicon: &crate::lexicon::Lexicon| -> Vec<String> { lexicon.words().map(str::to_string).collect() };
        // Every region word of the gazetteer, in a fixed order (the model header hashes them).
        let words = crate::gazetteer::gazetteer().region_words();
        let mut regions: Vec<String> = words.full.iter().chain(words.short.keys()).map(|w| w.to_string()).collect();
        regions.sort_unstable();
        regions.dedup();
        let lists = [
            first_field(&crate::lexicon::ORG_SUFFIXES),
            regions,
            first_field(&crate::lexicon::SURNAMES),
            first_field(&crate::lexicon::TITLES),
            first_field(&crate::lexicon::NAMED_BODIES),
        ];
        // Every entry is hashed, lexicons first, then the names in their order.
        let hash = lists.iter().chain(&names.lists).flatten().fold(0u64, |h, w| mix(h ^ hash_str(w)));
        let lexicons: Vec<SortedWords> = lists.into_iter().map(SortedWords::new).collect();
        let names: Vec<SortedWords> = names.lists.iter().map(|words| SortedWords::new(words.clone())).collect();
        let mut blocks: FxHashMap<char, [Range<u32>; LISTS]> = FxHashMap::default();
        for (l, sorted) in lexicons.iter().chain(&names).enumerate() {
            for (i, word) in sorted.list.iter().enumerate() {
                if let Some(c) = word.chars().next() {
                    let block = &mut blocks.entry(c).or_insert_with(|| std::array::from_fn(|_| 0..0))[l];
                    // A list's words opening with one character stand together.
                    if block.start == block.end {
                        block.start = i as u32;
                    }
                    block.end = i as u32 + 1;
                }
            }
        }
        Lexicons { lexicons, names, blocks, hash }
    }

    /// A hash of the lexicon entries the features use.
    pub fn hash(&self) -> u64 {
        self.hash
    }
}

impl Default for Lexicons {
    fn default() -> Self {
        Self::new()
    }
}

/// What the features of one text need, per character; buffers reused between texts.
#[derive(Debug, Default)]
pub struct Context {
    /// Byte offset of each character in the text, plus the text's length at the end.
    pub offsets: Vec<usize>,
    chars: Vec<u32>,
    classes: Vec<u8>,
    /// Per character: position in its jieba word, the word's length bucket.
    word_pos: Vec<u8>,
    word_len: Vec<u8>,
    /// Per character: hash of its word, of the word's POS tag, of the previous and next words' tags.
    word_hash: Vec<u64>,
    word_tag: Vec<u64>,
    prev_tag: Vec<u64>,
    next_tag: Vec<u64>,
    prev_word: Vec<u64>,
    next_word: Vec<u64>,
    /// The jieba words as character ranges, and each character's word (`u32::MAX`: none).
    words: Vec<(usize, usize)>,
    word_of: Vec<u32>,
    /// Per character: its position in the longest match of each lexicon (0 none).
    lex: Vec<[u8; LEXICONS]>,
    lex_len: Vec<[u8; LEXICONS]>,
    /// Per character: distance to the nearest organization-suffix end ahead and to the
    /// nearest region start behind (see [`REACH`]; 0 none).
    org_ahead: Vec<u8>,
    region_back: Vec<u8>,
    /// Per character: an organization-suffix match ends at it; a region match starts at it.
    org_end: Vec<bool>,
    region_start: Vec<bool>,
    /// Per character: its position in the longest training-data name of each kind (0 none).
    names: Vec<[u8; NAME_KINDS]>,
    names_len: Vec<[u8; NAME_KINDS]>,
}

impl Context {
    /// Number of characters of the last text prepared.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Prepares `text` whose jieba `tokens` (byte spans relative to `text`) tile it. Tokens
    /// that do not fall on `text`'s character boundaries are ignored (their characters get
    /// the features of a one-character word with no tag).
    pub fn prepare(&mut self, text: &str, tokens: &[Token], lexicons: &Lexicons) {
        self.prepare_chars(text);
        self.prepare_words(tokens);
        self.prepare_lexicons(text, lexicons);
    }

    /// Phase 4: how far the nearest organization-suffix end lies ahead of each character and
    /// the nearest region start behind it, within [`REACH`] characters and not across
    /// punctuation.
    fn prepare_reach(&mut self) {
        let n = self.chars.len();
        self.org_ahead.clear();
        self.org_ahead.resize(n, 0);
        self.region_back.clear();
        self.region_back.resize(n, 0);
        let mut next_end: Option<usize> = None;
        for i in (0..n).rev() {
            if self.classes[i] == 5 {
                next_end = None;
            }
            if self.org_end[i] {
                next_end = Some(i);
            }
            self.org_ahead[i] = next_end.map_or(0, |e| reach(e - i + 1));
        }
        let mut last_start: Option<usize> = None;
        for i in 0..n {
            if self.classes[i] == 5 {
                last_start = None;
            }
            if self.region_start[i] {
                last_start = Some(i);
            }
            self.region_back[i] = last_start.map_or(0, |s| reach(i - s + 1));
        }
    }

    /// Phase 1: the characters, their byte offsets (plus the end) and classes.
    fn prepare_chars(&mut self, text: &str) {
        self.offsets.clear();
        self.chars.clear();
        self.classes.clear();
        for (i, c) in text.char_indices() {
            self.offsets.push(i);
            self.chars.push(fold(c));
            self.classes.push(class(c));
        }
        self.offsets.push(text.len());
    }

    /// Phase 2: the jieba word of every character (position, length, word, tag and the
    /// neighbouring words and tags).
    fn prepare_words(&mut self, tokens: &[Token]) {
        let n = self.chars.len();
        let empty_tag = hash_str("");
        self.word_pos.clear();
        self.word_pos.resize(n, S);
        self.word_len.clear();
        self.word_len.resize(n, 1);
        for v in [
            &mut self.word_hash,
            &mut self.word_tag,
            &mut self.prev_tag,
            &mut self.next_tag,
            &mut self.prev_word,
            &mut self.next_word,
        ] {
            v.clear();
            v.resize(n, empty_tag);
        }
        let mut prev_tag = hash_str("<s>");
        let mut prev_word = prev_tag;
        let mut last_word: Option<(usize, usize)> = None;
        self.words.clear();
        self.word_of.clear();
        self.word_of.resize(n, u32::MAX);
        for t in tokens {
            let (Ok(start), Ok(end)) =
                (self.offsets.binary_search(&t.span.start), self.offsets.binary_search(&t.span.end))
            else {
                continue;
            };
            if start >= end || end > n {
                continue;
            }
            let len = end - start;
            let tag = hash_str(t.tag);
            let word = hash_str(t.text);
            if let Some((s, e)) = last_word {
                self.next_tag[s..e].fill(tag);
                self.next_word[s..e].fill(word);
            }
            for k in start..end {
                self.word_of[k] = self.words.len() as u32;
                self.word_pos[k] = position(k - start, len);
                self.word_len[k] = len.min(5) as u8;
                self.word_hash[k] = word;
                self.word_tag[k] = tag;
                self.prev_tag[k] = prev_tag;
                self.prev_word[k] = prev_word;
            }
            prev_tag = tag;
            prev_word = word;
            last_word = Some((start, end));
            self.words.push((start, end));
        }
        if let Some((s, e)) = last_word {
            self.next_tag[s..e].fill(hash_str("</s>"));
            self.next_word[s..e].fill(hash_str("</s>"));
        }
    }

    /// Phase 3: for every lexicon, the position of each character in its longest match
    /// (surnames only at a word start).
    fn prepare_lexicons(&mut self, text: &str, lexicons: &Lexicons) {
        let n = self.chars.len();
        self.lex.clear();
        self.lex.resize(n, [NONE; LEXICONS]);
        self.lex_len.clear();
        self.lex_len.resize(n, [0; LEXICONS]);
        self.org_end.clear();
        self.org_end.resize(n, false);
        self.region_start.clear();
        self.region_start.resize(n, false);
        // Matches by start, shortest first: of two matches of one length, the one that
        // starts first also ends first, so the longest match marked at a character is the
        // one an automaton (reporting by end) would mark.
        // Each list's matches come in that order whichever list is read first at a start.
        self.names.clear();
        self.names.resize(n, [NONE; NAME_KINDS]);
        self.names_len.clear();
        self.names_len.resize(n, [0; NAME_KINDS]);
        for start in 0..n {
            let Some(blocks) = text[self.offsets[start]..].chars().next().and_then(|c| lexicons.blocks.get(&c)) else {
                continue;
            };
            let (lexicon_blocks, name_blocks) = blocks.split_at(LEXICONS);
            for (l, (words, block)) in lexicons.lexicons.iter().zip(lexicon_blocks).enumerate() {
                if block.start == block.end || (l == SURNAME_LEXICON && !matches!(self.word_pos[start], B | S)) {
                    continue;
                }
                words.matches_at(block, text, &self.offsets, start, |end| {
                    match l {
                        ORG_LEXICON => self.org_end[end - 1] = true,
                        REGION_LEXICON => self.region_start[start] = true,
                        _ => {}
                    }
                    longest(&mut self.lex, &mut self.lex_len, l, start..end);
                });
            }
            for (l, (words, block)) in lexicons.names.iter().zip(name_blocks).enumerate() {
                if block.start == block.end {
                    continue;
                }
                words.matches_at(block, text, &self.offsets, start, |end| {
                    longest(&mut self.names, &mut self.names_len, l, start..end);
                });
            }
        }
        self.prepare_reach();
    }

    /// The name positions of the three kinds at once (a marker outside the text).
    fn names_all(&self, i: isize) -> u64 {
        if i < 0 || i as usize >= self.names.len() {
            return 0xFFFF;
        }
        self.names[i as usize].iter().fold(0u64, |acc, &p| acc * 5 + p as u64)
    }

    fn char_at(&self, i: isize) -> u64 {
        if i < 0 {
            BEFORE as u64
        } else {
            self.chars.get(i as usize).map_or(AFTER as u64, |&c| c as u64)
        }
    }

    fn class_at(&self, i: isize) -> u64 {
        if i < 0 {
            0
        } else {
            self.classes.get(i as usize).map_or(0, |&c| c as u64)
        }
    }

    fn lex_all(&self, i: isize) -> u64 {
        if i < 0 || i as usize >= self.lex.len() {
            return 0xFFFF;
        }
        self.lex[i as usize].iter().fold(0u64, |acc, &p| acc * 5 + p as u64)
    }

    /// Writes the feature hashes of character `i` into `out` (cleared first).
    pub fn features(&self, i: usize, out: &mut Vec<u64>) {
        self.features_of::<true>(i, out);
    }

    /// The hashes of character `i`'s templates that no table holds (see [`DIRECT_ROWS`]):
    /// with its rows ([`Context::direct_rows`]) what [`Context::features`] gives.
    pub fn hashed_features(&self, i: usize, out: &mut Vec<u64>) {
        self.features_of::<false>(i, out);
    }

    /// Character `i`'s rows of the direct templates' table (see [`DIRECT_ROWS`]): its class
    /// window, its word position with the word's length and the suffix reach, the two reaches,
    /// its position in each lexicon's match, its names' positions with the word position.
    pub fn direct_rows(&self, i: usize) -> [u32; DIRECT_PER_CHAR] {
        let p = i as isize;
        let reach = REACH as u64 + 1;
        let (pos, len) = (self.word_pos[i] as u64, self.word_len[i] as u64);
        let (ahead, back) = (self.org_ahead[i] as u64, self.region_back[i] as u64);
        let mut rows = [0u32; DIRECT_PER_CHAR];
        rows[0] = ((self.class_at(p - 1) * 8 + self.class_at(p)) * 8 + self.class_at(p + 1)) as u32;
        rows[1] = (CLASS_ROWS as u64 + (pos * 6 + len) * reach + ahead) as u32;
        rows[2] = (FIRST_REACH_ROW as u64 + ahead * reach + back) as u32;
        rows[3] = (FIRST_NAME_ROW as u64 + self.names_all(p) * 5 + pos) as u32;
        for (l, &v) in self.lex[i].iter().enumerate() {
            rows[4 + l] = (FIRST_LEX_ROW + l * 5 + v as usize) as u32;
        }
        rows
    }

    /// The characters templates 39–42 read: the last of character `i`'s word, of the next
    /// word and of the one after it, the first of the previous word (markers past the text).
    fn word_edges(&self, i: usize) -> [u64; 4] {
        let w = self.word_of[i];
        let word = |d: isize| -> Option<(usize, usize)> {
            if w == u32::MAX {
                return None;
            }
            let j = w as isize + d;
            (j >= 0).then(|| self.words.get(j as usize).copied()).flatten()
        };
        let last = |d: isize| word(d).map_or(AFTER as u64, |(_, e)| self.chars[e - 1] as u64);
        let first = |d: isize| word(d).map_or(BEFORE as u64, |(s, _)| self.chars[s] as u64);
        [last(0), last(1), last(2), first(-1)]
    }

    /// The feature hashes of character `i`; the templates of the direct table only if `ALL`.
    fn features_of<const ALL: bool>(&self, i: usize, out: &mut Vec<u64>) {
        let p = i as isize;
        // The characters from `i - 3` to `i + 3`.
        let window: [u64; 7] = std::array::from_fn(|k| self.char_at(p + k as isize - 3));
        let c = |k: isize| window[(k + 3) as usize];
        // Written in place: a `Vec`'s push checks its capacity at each of the 52.
        let mut buf = [0u64; FEATURES_PER_CHAR];
        let mut n = 0;
        let mut push = |h: u64| {
            buf[n] = h;
            n += 1;
        };
        if ALL {
            push(feature(0, 0, 0, 0));
        }
        for (t, k) in (1..=5).zip(-2..=2) {
            push(feature(t, c(k), 0, 0));
        }
        for (t, k) in (6..=9).zip(-2..=1) {
            push(feature(t, c(k), c(k + 1), 0));
        }
        push(feature(10, c(-1), c(1), 0));
        for (t, k) in (11..=13).zip(-2..=0) {
            push(feature(t, c(k), c(k + 1), c(k + 2)));
        }
        let cl = |k: isize| self.class_at(p + k);
        if ALL {
            push(feature(14, cl(-1), cl(0), cl(1)));
        }
        push(feature(15, (cl(-2) << 8) | cl(-1), cl(0), (cl(1) << 8) | cl(2)));
        let pos8 = self.word_pos[i];
        let pos = pos8 as u64;
        push(feature_small(16, pos8, self.word_tag[i], 0));
        if ALL {
            push(feature(17, pos, self.word_len[i] as u64, 0));
        }
        push(feature_small(18, pos8, self.word_hash[i], 0));
        push(feature_small(19, pos8, self.prev_tag[i], 0));
        push(feature_small(20, pos8, self.next_tag[i], 0));
        push(feature_small(21, pos8, self.word_tag[i], c(0)));
        let lex = &self.lex[i];
        if ALL {
            for (t, &l) in (22..=26).zip(lex) {
                push(feature(t, l as u64, 0, 0));
            }
        }
        for (t, d) in (27..=29).zip([0, -1, 1]) {
            push(feature(t, self.lex_all(p + d), 0, 0));
        }
        push(feature_small(30, lex[0], c(0), 0));
        push(feature_small(31, lex[1], c(0), 0));
        push(feature_small(32, pos8, self.prev_word[i], 0));
        push(feature_small(33, pos8, self.next_word[i], 0));
        push(feature(34, c(-3), 0, 0));
        push(feature(35, c(3), 0, 0));
        push(feature(36, c(-3), c(-2), 0));
        push(feature(37, c(2), c(3), 0));
        push(feature_small(38, pos8, c(0), 0));
        for (t, edge) in (39..=42).zip(self.word_edges(i)) {
            push(feature_small(t, pos8, edge, 0));
        }
        let (ahead, back) = (self.org_ahead[i] as u64, self.region_back[i] as u64);
        if ALL {
            push(feature(43, pos, ahead, 0));
        }
        push(feature(44, ahead, self.word_tag[i], pos));
        if ALL {
            push(feature(45, ahead, back, 0));
            for (t, &l) in (46..=48).zip(&self.names[i]) {
                push(feature(t, l as u64, 0, 0));
            }
            let names = self.names_all(p);
            push(feature(49, names, 0, 0));
            push(feature(50, names, pos, 0));
        }
        push(feature(51, self.names_all(p - 1), self.names_all(p + 1), 0));
        out.clear();
        out.extend_from_slice(&buf[..n]);
    }
}

/// Marks the characters of the match `range` of list `l` with their positions in it, where
/// it is longer than any match of the list marked there before.
fn longest<const N: usize>(pos: &mut [[u8; N]], lens: &mut [[u8; N]], l: usize, range: Range<usize>) {
    let len = range.len();
    for k in range.clone() {
        if len > lens[k][l] as usize {
            lens[k][l] = len.min(255) as u8;
            pos[k][l] = position(k - range.start, len);
        }
    }
}

/// The hash of [`FEATURE_SPEC`].
pub fn feature_set_hash() -> u64 {
    hash_str(FEATURE_SPEC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn folding_and_classes() {
        assert_eq!(fold('１'), '0' as u32);
        assert_eq!(fold('Ａ'), 'a' as u32);
        assert_eq!(fold('，'), ',' as u32);
        assert_eq!(fold('卫'), '卫' as u32);
        assert_eq!((class('卫'), class('三'), class('7'), class('x'), class('，'), class(' ')), (1, 2, 3, 4, 5, 6));
    }

    /// The seeds are the first round of the hash as every model was trained with it.
    #[test]
    fn a_feature_hash_is_four_rounds_of_mixing() {
        let salted = |t: u64| mix(t.wrapping_add(0x5A4E_4552));
        for (t, (a, b, c)) in
            [(0, (0u64, 0u64, 0u64)), (21, (4, 7, '卫' as u64)), (FEATURES_PER_CHAR - 1, (u64::MAX, 1, 2))]
        {
            let expected = mix(mix(mix(salted(t as u64) ^ a) ^ b.rotate_left(21)) ^ c.rotate_left(42));
            assert_eq!(feature(t, a, b, c), expected);
        }
        for t in 0..FEATURES_PER_CHAR {
            for a in 0..5u8 {
                assert_eq!(feature_small(t, a, 7, 9), feature(t, a as u64, 7, 9));
            }
        }
    }

    /// A character's hashed features and its direct rows' features are its features.
    #[test]
    fn direct_rows_and_hashed_features_are_all_features() {
        let lex = Lexicons::new();
        let seg = crate::segment::Segmenter::new(&[]);
        let mut ctx = Context::default();
        let (mut all, mut split, mut row) = (Vec::new(), Vec::new(), Vec::new());
        for text in ["临江市卫生健康委员会主任张晓明说，青禾县3家医院、ABC公司参加。", "上海，卫生局", "王"]
        {
            ctx.prepare(text, &seg.tokens(text), &lex);
            for i in 0..ctx.len() {
                ctx.features(i, &mut all);
                ctx.hashed_features(i, &mut split);
                for r in ctx.direct_rows(i) {
                    assert!((r as usize) < DIRECT_ROWS);
                    direct_row_hashes(r as usize, &mut row);
                    split.extend_from_slice(&row);
                }
                all.sort_unstable();
                split.sort_unstable();
                assert_eq!(all, split, "{text} at {i}");
            }
        }
    }

    /// Every word the text holds at a start, shortest first: words that are prefixes of
    /// others, characters of one to four bytes.
    #[test]
    fn matches_at_finds_the_words_a_piece_is() {
        let words = ["卫", "卫生", "卫生局", "卫生院", "卫a", "卫a院", "卫𠀀", "卫𠀀院", "卫院", "临江"];
        let sorted = SortedWords::new(words.iter().map(|w| w.to_string()).collect());
        for text in ["卫生院长", "卫a院", "卫𠀀院", "卫院", "卫生", "卫", "卫局", "临江卫生局"] {
            let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            for start in 0..offsets.len() - 1 {
                let c = text[offsets[start]..].chars().next().unwrap();
                let from = sorted.list.iter().position(|w| w.starts_with(c)).unwrap_or(0);
                let count = sorted.list.iter().filter(|w| w.starts_with(c)).count();
                let block = from as u32..(from + count) as u32;
                let mut found = Vec::new();
                sorted.matches_at(&block, text, &offsets, start, |end| found.push(end));
                let expected: Vec<usize> = (start + 1..offsets.len())
                    .filter(|&end| words.contains(&&text[offsets[start]..offsets[end]]))
                    .collect();
                assert_eq!(found, expected, "{text} at {start}");
            }
        }
    }

    #[test]
    fn words_and_lexicons_per_character() {
        let lex = Lexicons::new();
        let text = "王明任上海市卫生健康委员会主任";
        let seg = crate::segment::Segmenter::new(&[]);
        let tokens = seg.tokens(text);
        let mut ctx = Context::default();
        ctx.prepare(text, &tokens, &lex);
        assert_eq!(ctx.len(), text.chars().count());
        // 上海市 is a region; 卫生健康委员会 an organization suffix; 主任 a title; 王 a surname.
        let at = |s: &str| text[..text.find(s).unwrap()].chars().count();
        assert_eq!(ctx.lex[at("上海市")][1], B);
        assert_eq!(ctx.lex[at("市卫")][1], E);
        assert_eq!(ctx.lex[at("卫生健康")][0], B);
        assert_eq!(ctx.lex[at("员会")][0], M);
        assert_eq!(ctx.lex[at("主任")][3], B);
        assert_eq!(ctx.lex[0][SURNAME_LEXICON], S);
        // Reach: the nearest suffix end after 上 is 卫生健康委's (8 characters on), then 委员会's
        // at 会; the region starts at 上.
        let (shang, hui) = (at("上海市"), at("会主任"));
        assert_eq!((ctx.org_ahead[shang], ctx.org_ahead[hui], ctx.org_ahead[hui + 1]), (8, 1, 0));
        assert_eq!((ctx.org_ahead[0], ctx.region_back[0]), (11, 0));
        assert_eq!((ctx.region_back[shang], ctx.region_back[hui]), (1, 10));
        let far = "王明说今天上午他曾任上海市卫生健康委员会主任";
        ctx.prepare(far, &seg.tokens(far), &lex);
        assert_eq!(ctx.org_ahead[0], 0, "beyond reach");
        ctx.prepare("上海，卫生局", &seg.tokens("上海，卫生局"), &lex);
        assert_eq!((ctx.org_ahead[0], ctx.region_back[5]), (0, 0), "not across punctuation");
        let mut out = Vec::new();
        ctx.features(0, &mut out);
        assert_eq!(out.len(), FEATURES_PER_CHAR);
        assert!(ctx.names.iter().all(|n| *n == [NONE; NAME_KINDS]), "no names without a list");
        // Training-data names: the longest name of each kind covering a character.
        let names =
            Names { lists: [vec!["王明".into()], vec!["卫生健康委员会".into(), "委员会".into()], vec![]] };
        let with_names = Lexicons::with_names(&names);
        ctx.prepare(text, &tokens, &with_names);
        assert_eq!((ctx.names[0][0], ctx.names[1][0]), (B, E));
        assert_eq!((ctx.names[at("卫生")][1], ctx.names[at("员会")][1], ctx.names[at("会主")][1]), (B, M, E));
        assert_eq!(ctx.names_all(at("上海") as isize), 0);
        // A name of one character, alone and under a longer one of its kind.
        let names = Names { lists: [vec![], vec![], vec!["上".into(), "上海".into(), "海".into()]] };
        ctx.prepare(text, &tokens, &Lexicons::with_names(&names));
        assert_eq!((ctx.names[at("上海")][2], ctx.names[at("海市")][2], ctx.names[at("市卫")][2]), (B, E, NONE));
        let shanghai_alone = "海上";
        ctx.prepare(shanghai_alone, &seg.tokens(shanghai_alone), &Lexicons::with_names(&names));
        assert_eq!((ctx.names[0][2], ctx.names[1][2]), (S, S));
        // Tokens off the character grid are ignored.
        ctx.prepare(text, &[Token { text: "x", span: Span::new(1, 2), tag: "n", known: true }], &lex);
        assert!(ctx.word_pos.iter().all(|&p| p == S));
    }
}
