//! The character tables of the normalizer, parsed once from `src/lexicon/*.txt`.
//!
//! * `char_frequency.txt` — a unigram model of Chinese characters (cost in bits per
//!   character, from jieba's dictionary counts). It tells real text from rare-character soup.
//! * `traditional_chars.txt` — traditional characters with their simplified form (OpenCC's
//!   t2s character table plus Hong Kong / Taiwan variants): script detection, which runs to
//!   convert, and scoring traditional text as well as simplified.
//! * `simplified_chars.txt` — simplified-only characters, to recognise mixed input.
//! * `opencc/TS*.txt` — OpenCC's t2s tables: what they convert is traditional, what they
//!   write is no sign of traditional text, whatever `traditional_chars.txt` says.
//!
//! Lookups are one array index per character; the tables cover every code point up to the
//! end of the CJK extension planes.

use super::chars;
use crate::lexicon::{
    CHAR_FREQUENCY, OPENCC_TS_CHARACTERS, OPENCC_TS_CHARACTERS_EXT, OPENCC_TS_PHRASES, SIMPLIFIED_CHARS,
    TRADITIONAL_CHARS,
};

/// Code points covered by the dense tables (through CJK extension H).
const LIMIT: usize = 0x323B0;

const TRAD: u8 = 1;
const SIMP_ONLY: u8 = 2;
/// A non-ASCII character no normalization step touches wherever it stands.
const CLEAN: u8 = 4;

/// Cost in bits of a Han character missing from the frequency table.
pub const UNKNOWN_HAN: u8 = 27;
/// Cost in bits from which one character is rare enough to be suspect: clean text has none
/// (the normalizer's fast path), and one makes a run worth examining for mojibake.
pub(crate) const SUSPICIOUS_CHAR: u32 = 22;

/// Per-character facts used by every step.
pub struct CharTables {
    /// Cost in bits of each Han character (0 = not in the table).
    cost: Vec<u8>,
    /// [`CharTables::cost`] of every basic-plane character, read by index.
    bmp_cost: Vec<u8>,
    flags: Vec<u8>,
    /// Simplified form of each traditional character.
    simplified: std::collections::HashMap<char, char>,
}

impl std::fmt::Debug for CharTables {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CharTables").field("traditional", &self.simplified.len()).finish_non_exhaustive()
    }
}

impl CharTables {
    pub fn new() -> Self {
        let mut cost = vec![0u8; LIMIT];
        let mut flags = vec![0u8; LIMIT];
        for row in CHAR_FREQUENCY.rows() {
            let (Ok(bits), Some(chars)) = (row.word().parse::<u8>(), row.field(1)) else { continue };
            for c in chars.chars() {
                if let Some(slot) = cost.get_mut(c as usize) {
                    *slot = bits.max(1);
                }
            }
        }
        let mut simplified = std::collections::HashMap::new();
        for row in TRADITIONAL_CHARS.rows() {
            let mut it = row.fields().iter().flat_map(|f| f.chars());
            let (Some(t), Some(s)) = (it.next(), it.next()) else { continue };
            simplified.insert(t, s);
            if let Some(f) = flags.get_mut(t as usize) {
                *f |= TRAD;
            }
        }
        opencc_flags(&mut flags);
        // A traditional character is as common as its simplified form (the model was
        // counted on simplified text); a little dearer so that real simplified wins ties.
        for (&t, &s) in &simplified {
            let sc = cost.get(s as usize).copied().unwrap_or(0);
            if sc > 0 {
                if let Some(slot) = cost.get_mut(t as usize) {
                    if *slot == 0 || *slot > sc + 1 {
                        *slot = sc + 1;
                    }
                }
            }
        }
        for line in SIMPLIFIED_CHARS.words() {
            for c in line.chars() {
                if let Some(f) = flags.get_mut(c as usize) {
                    *f |= SIMP_ONLY;
                }
            }
        }
        let mut tables = CharTables { cost, bmp_cost: Vec::new(), flags, simplified };
        for u in 0x80..0x1_0000 {
            if char::from_u32(u).is_some_and(|c| tables.clean_anywhere(c)) {
                tables.flags[u as usize] |= CLEAN;
            }
        }
        // Costs are at most 30 bits: a byte each. Surrogates are no characters (never read).
        tables.bmp_cost =
            (0..0x1_0000u32).map(|u| char::from_u32(u).map_or(0, |c| tables.computed_cost(c) as u8)).collect();
        tables
    }

    /// A non-ASCII character that no step changes in any context: a frequent simplified
    /// ideograph, Chinese punctuation (not full-width letters and digits, nor a mark that
    /// belongs to a number after a digit: `％`, `．`, `：`…), the general punctuation block
    /// (dashes, bullets, primes). The normalizer's fast path reads it from the table.
    fn clean_anywhere(&self, c: char) -> bool {
        // The CJK symbols block reads as punctuation, its Han letters (`〇`) too.
        if crate::text::is_han(c) && !chars::is_cjk_punct(c) {
            return !self.is_traditional(c) && u32::from(self.han_cost(c)) < SUSPICIOUS_CHAR;
        }
        (chars::is_cjk_punct(c)
            && !chars::is_number_mark(c)
            && !matches!(c as u32, 0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A))
            || matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E)
    }

    /// True for a character of [`CharTables::clean_anywhere`]: one table lookup in the
    /// basic plane.
    #[inline]
    pub fn is_clean_char(&self, c: char) -> bool {
        if (c as u32) < 0x1_0000 {
            self.flags[c as usize] & CLEAN != 0
        } else {
            self.clean_anywhere(c)
        }
    }

    /// True for a character that is written differently in simplified Chinese.
    #[inline]
    pub fn is_traditional(&self, c: char) -> bool {
        self.flags.get(c as usize).is_some_and(|f| f & TRAD != 0)
    }

    /// Whether `c` is traditional ([`CharTables::is_traditional`]) and whether it is a
    /// simplified character that traditional text never uses, from one table lookup (a
    /// page's script is tallied over every character).
    #[inline]
    pub fn distinctive(&self, c: char) -> (bool, bool) {
        let f = self.flags.get(c as usize).copied().unwrap_or(0);
        (f & TRAD != 0, f & SIMP_ONLY != 0)
    }

    /// The simplified form of a traditional character, from the table.
    pub fn simplified_of(&self, c: char) -> Option<char> {
        self.simplified.get(&c).copied()
    }

    /// Cost in bits of a Han character under the frequency model.
    #[inline]
    pub fn han_cost(&self, c: char) -> u8 {
        match self.cost.get(c as usize) {
            Some(&b) if b > 0 => b,
            _ => UNKNOWN_HAN,
        }
    }

    /// Cost in bits of any character as part of Chinese web text: frequent characters and
    /// punctuation are cheap; rare ideographs, kana, private-use, replacement characters,
    /// stray Latin-1 symbols and controls are dear. Mojibake is expensive under this model.
    /// One table lookup in the basic plane.
    #[inline]
    pub fn cost(&self, c: char) -> u32 {
        match self.bmp_cost.get(c as usize) {
            Some(&b) => u32::from(b),
            None => self.computed_cost(c),
        }
    }

    /// [`CharTables::cost`] computed from the character's class and the frequency model.
    fn computed_cost(&self, c: char) -> u32 {
        if c.is_ascii() {
            return if c.is_ascii_control() && !matches!(c, '\n' | '\t' | '\r') { 30 } else { 3 };
        }
        // The CJK symbols block first: its Han letters (`〇`, `々`) cost as punctuation.
        if chars::is_cjk_punct(c) {
            return match c {
                '，' | '。' => 4,
                '、' | '“' | '”' | '：' | '（' | '）' => 5,
                _ => 6,
            };
        }
        if crate::text::is_han(c) {
            return u32::from(self.han_cost(c));
        }
        match c as u32 {
            0xFFFD | 0xE000..=0xF8FF | 0xF0000.. => 30,
            0x80..=0x9F => 30,
            // Letters of Latin-1 (names, pinyin, European words).
            0xC0..=0xFF if c != '×' && c != '÷' => 10,
            0xB0 | 0xB1 | 0xB7 | 0xD7 | 0xA9 | 0xAE | 0xA0 => 10,
            0xA1..=0xBF => 18,
            0x100..=0x24F => 12,
            0x2013..=0x2022 | 0x20AC | 0x2122 => 12,
            0x3040..=0x30FF => 22,
            0xAC00..=0xD7AF => 24,
            0x370..=0x4FF => 18,
            _ => 20,
        }
    }

    /// Total cost of a string.
    pub fn text_cost(&self, s: &str) -> u32 {
        s.chars().map(|c| self.cost(c)).sum()
    }
}

/// Marks what OpenCC's t2s dictionaries say: a character whose conversion (the first value
/// of the first character table that has it, `TSCharactersExt` before `TSCharacters`) is
/// another one is traditional (`擡` → `抬`); a character that some conversion writes (`陞` in
/// `杨联陞`, `乾` in `乾隆`) stands for itself in simplified text, whatever
/// `traditional_chars.txt` says, and is no sign of traditional text.
fn opencc_flags(flags: &mut [u8]) {
    let mut written: Vec<char> = OPENCC_TS_PHRASES.rows().filter_map(|r| r.field(1)).flat_map(|v| v.chars()).collect();
    let mut seen = std::collections::HashSet::new();
    for row in OPENCC_TS_CHARACTERS_EXT.rows().chain(OPENCC_TS_CHARACTERS.rows()) {
        let mut key = row.word().chars();
        let (Some(t), None) = (key.next(), key.next()) else { continue };
        let Some(s) = row.field(1).and_then(|v| v.chars().next()) else { continue };
        if !seen.insert(t) {
            continue;
        }
        written.push(s);
        if s != t {
            if let Some(f) = flags.get_mut(t as usize) {
                *f |= TRAD;
            }
        }
    }
    for c in written {
        if let Some(f) = flags.get_mut(c as usize) {
            *f &= !TRAD;
        }
    }
}

impl Default for CharTables {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_characters_are_cheap_and_soup_is_dear() {
        let t = CharTables::new();
        assert!(t.han_cost('的') < 10);
        assert!(t.han_cost('國') <= t.han_cost('国') + 1);
        let real = t.text_cost("今后的工作中");
        let soup = t.text_cost("诮窈蟮墓ぷ髦");
        assert!(real * 2 < soup, "{real} vs {soup}");
    }

    #[test]
    fn script_classes() {
        let t = CharTables::new();
        assert!(t.is_traditional('國') && t.is_traditional('衞') && t.is_traditional('牀'));
        assert!(!t.is_traditional('国') && !t.is_traditional('后') && !t.is_traditional('着'));
        let simplified_only = |c| t.distinctive(c).1;
        assert!(simplified_only('们') && !simplified_only('們') && !simplified_only('后'));
        assert_eq!(t.distinctive('國'), (true, false));
        assert_eq!(t.simplified_of('衞'), Some('卫'));
    }
}
