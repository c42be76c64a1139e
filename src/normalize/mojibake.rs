//! Mojibake: text decoded with the wrong codec, found and repaired with a frequency model.
//!
//! **In:** text. **Out:** `mojibake` edits (a run replaced by its repair) and `damaged`
//! flags (text that is certainly damaged but cannot be restored; it stays as it is).
//!
//! Families handled, each undone by re-encoding a suspicious run with the codec it was
//! wrongly decoded with and decoding the bytes with the right one:
//! * UTF-8 read as GBK/GB18030 (`浣犲ソ`). A character whose last byte a decoder lost
//!   before ASCII (shown as `U+FFFD` or `?`, or dropped without a mark by a decoder told
//!   to ignore errors) becomes one `U+FFFD`, reported `damaged`; the rest of the run is
//!   restored exactly. `€` is read as byte 0x80 or as the pair A2 E3, whichever keeps the
//!   UTF-8 stream valid.
//! * GBK, Big5 or UTF-8 read as Latin-1 / Windows-1252 (`ÖÐ¹ú`, `ä¸­å›½`), and double
//!   encodings of these (the repair is applied again while it helps). UTF-8 whose bytes
//!   Windows-1252 had no character for (`U+FFFD`) is decoded around the gaps, the decoder
//!   resynchronised after each: one `U+FFFD` per character that lost a byte.
//! * Big5 read as GBK, and GBK read as Big5 (restored around the characters the Big5
//!   decoder replaced by `U+FFFD`, which stay and are reported `damaged`; an ASCII trail
//!   byte the decoder gave back goes with its lost character).
//! * A GBK byte stream that slipped one byte out of step (`诮窈蟮墓ぷ髦校` →
//!   `今后的工作中，`): from the point where the run turns into rare-character soup, the
//!   bytes are re-paired one byte later; a lead byte left without its partner is lost.
//!
//! A candidate is considered only when it decodes without error, costs clearly fewer bits
//! under the character-frequency model than the run it replaces, and reads as Chinese. It
//! is taken only on evidence: either it is decisive by itself (enough restored characters
//! for its family, a gain of several bits on each, and text that reads like ordinary
//! Chinese rather than the lucky draw of a few rare characters), or its family is backed on
//! the page (one decisive repair, or all the family's candidates together are decisive),
//! or it sits next to a damage marker. So a short weird run (`定♂♂`) is never "repaired"
//! into other rare characters, and a repair's output, being ordinary text, is not repaired
//! again. When one whole-text family repairs most runs of a page, it also decides runs
//! that several families could explain, and the runs that happened to decode to plausible
//! characters. A repair that kept characters already lost (U+FFFD) is split around them,
//! so the repairs and the `damaged` reports never overlap. Clean text — simplified, traditional, pinyin with tone marks, `Zürich`, `°C` — is left
//! alone. Damaged markers: a `?` or `U+FFFD` that swallowed a character and the opening
//! parenthesis of its pinyin gloss (`?huì)`), lone `U+FFFD`, and rare-character runs next
//! to such a marker that no family explains. Cost is linear: every run is examined a
//! bounded number of times.

use super::codec;
use super::pinyin::gloss_tail_len;
use super::repair::{Edit, RepairKind};
use super::tables::{CharTables, SUSPICIOUS_CHAR};
use encoding_rs::{Encoding, BIG5, GBK, UTF_8};

/// Bits a repair must save, at least.
const MARGIN: u32 = 6;
/// Bits per restored character a repair that stands on its own must save.
const GAIN_PER_CHAR: u32 = 4;
/// Highest mean cost per character of a repair that reads as Chinese.
const MAX_MEAN: u32 = 15;
/// Mean cost per character above which a run of wide characters is worth examining.
const SUSPICIOUS_MEAN: u32 = 13;

/// The byte a character stands for when a byte stream was read as Windows-1252 / Latin-1.
fn latin1_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

fn latin1_bytes(s: &str) -> Option<Vec<u8>> {
    s.chars().map(latin1_byte).collect()
}

fn encode(enc: &'static Encoding, s: &str) -> Option<Vec<u8>> {
    if enc == BIG5 {
        return codec::big5(s);
    }
    if enc == GBK {
        return codec::gbk(s);
    }
    let (bytes, _, had_errors) = enc.encode(s);
    (!had_errors).then(|| bytes.into_owned())
}

fn decode(enc: &'static Encoding, bytes: &[u8]) -> Option<String> {
    enc.decode_without_bom_handling_and_without_replacement(bytes).map(|c| c.into_owned())
}

/// A private-use code point.
fn is_private_use(c: char) -> bool {
    matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..)
}

/// True when `b` can be the second byte of a GBK / Big5 double-byte character and is ASCII.
fn ascii_trail(c: Option<char>) -> Option<u8> {
    c.filter(|c| matches!(*c as u32, 0x40..=0x7E)).map(|c| c as u8)
}

/// The codec confusion a repair undoes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Utf8AsGbk = 0,
    Big5AsGbk = 1,
    GbkAsBig5 = 2,
    Shifted = 3,
    /// UTF-8 read as Latin-1 / Windows-1252.
    Utf8AsLatin1 = 4,
    /// GBK or Big5 read as Latin-1 / Windows-1252.
    LegacyAsLatin1 = 5,
}

const FAMILIES: usize = 6;

impl Family {
    fn from_index(i: usize) -> Option<Family> {
        [
            Family::Utf8AsGbk,
            Family::Big5AsGbk,
            Family::GbkAsBig5,
            Family::Shifted,
            Family::Utf8AsLatin1,
            Family::LegacyAsLatin1,
        ]
        .get(i)
        .copied()
    }

    /// Highest mean cost per restored character of a repair that stands on its own. The
    /// weaker the family's byte signature, the more the repaired text itself has to prove:
    /// a UTF-8 stream hidden in GBK or Latin-1 is rarely valid by chance, and a run of
    /// Latin-1 symbols and capitals is no European text; but any GBK stream re-pairs into
    /// some characters one byte later, and many double-byte runs re-encode between GBK and
    /// Big5, so those must read like ordinary text (real text averages about 10 bits a
    /// character under the model, 12 at the 90th percentile of two-character windows;
    /// random GB2312 characters about 17, their lucky draws 12 to 14).
    fn max_mean(self) -> u32 {
        match self {
            Family::Utf8AsGbk | Family::Utf8AsLatin1 | Family::LegacyAsLatin1 => 14,
            Family::Big5AsGbk | Family::GbkAsBig5 | Family::Shifted => 12,
        }
    }

    /// Bits a repair must come in under [`Family::max_mean`] per character: a margin that
    /// makes short candidates prove more (a mean over four characters is luck more often
    /// than one over fifteen).
    fn margin(self) -> u32 {
        match self {
            Family::Utf8AsGbk | Family::Utf8AsLatin1 | Family::LegacyAsLatin1 => 0,
            Family::Big5AsGbk | Family::GbkAsBig5 => 4,
            Family::Shifted => 6,
        }
    }

    /// Fewest restored characters a repair of this family needs to stand on its own.
    fn min_chars(self) -> u32 {
        match self {
            Family::Utf8AsGbk | Family::LegacyAsLatin1 | Family::Utf8AsLatin1 => 2,
            Family::Big5AsGbk | Family::GbkAsBig5 => 3,
            Family::Shifted => 4,
        }
    }
}

/// One pass over a run of wide characters: its characters, their cost under the frequency
/// model, and the classes the scan asks about.
#[derive(Default)]
struct RunStats {
    chars: u32,
    cost: u32,
    max_cost: u32,
    /// Characters that stand for a single byte (Latin-1 / Windows-1252).
    latin: u32,
    /// Replacement characters (U+FFFD).
    lost: u32,
    /// All ideographs and Chinese punctuation, none with a Latin-1 reading.
    plain_chinese: bool,
    /// All letters of one alphabet outside Latin and Han.
    one_alphabet: bool,
}

impl RunStats {
    fn mean(&self) -> u32 {
        self.cost / self.chars.max(1)
    }

    /// A run of ideographs and Chinese punctuation with no Latin-1 reading that is not
    /// [`Self::suspicious`]: it is quiet, decided in one pass (most of a page).
    fn plainly_chinese(&self) -> bool {
        self.plain_chinese && self.max_cost < SUSPICIOUS_CHAR && self.mean() < SUSPICIOUS_MEAN
    }

    /// The run looks like it could be mojibake at all: its mean cost, or one character's.
    fn suspicious(&self) -> bool {
        self.mean() >= SUSPICIOUS_MEAN || self.max_cost >= SUSPICIOUS_CHAR
    }
}

/// A run of non-ASCII characters with the repairs that would make it plausible text.
struct Find {
    start: usize,
    /// Next to a damage marker (`?huì)`): the byte stream around here is known to be broken.
    near_damage: bool,
    cands: Vec<Cand>,
}

/// What a scan found in the runs of wide characters of a text.
#[derive(Default)]
struct Runs {
    /// Runs with repair candidates.
    finds: Vec<Find>,
    /// Runs that look fine on their own.
    quiet: Vec<(usize, usize)>,
    /// Runs flagged as damaged (no repair, next to a damage marker).
    damaged: Vec<Edit>,
}

/// Which candidate of a run is preferred: a valid UTF-8 reading of Latin-1 characters first
/// (its byte signature is the strongest), then the one with the least new evidence.
fn preference(c: &&Cand) -> (bool, u32) {
    (c.family != Family::Utf8AsLatin1, c.evidence.new)
}

/// Each run votes for the backed family that repairs it best: the votes per family.
fn votes(finds: &[Find], backed: &[bool; FAMILIES]) -> [usize; FAMILIES] {
    let mut votes = [0usize; FAMILIES];
    for f in finds {
        if let Some(best) = f.cands.iter().filter(|c| backed[c.family as usize]).min_by_key(preference) {
            votes[best.family as usize] += 1;
        }
    }
    votes
}

/// A repair candidate by one family, with the evidence it carries.
struct Cand {
    family: Family,
    evidence: Evidence,
    c: Candidate,
}

impl Cand {
    /// True when the repair only turns the remains of a lost character into U+FFFD: a
    /// damage marker next to it is no evidence for that, only the page's family is.
    fn all_lost(&self) -> bool {
        all_lost(&self.c.with)
    }

    /// Evidence enough on its own.
    fn strong(&self) -> bool {
        self.evidence.decisive(self.family)
    }
}

/// What a repair (or the sum of a family's repairs on a page) shows: the cost of the text
/// before and after under the frequency model, and the characters restored. Lost
/// characters (U+FFFD) are left out, and so are characters guessed for lost bytes; for UTF-8
/// read as Latin-1 the continuation bytes validated are counted instead of characters.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    old: u32,
    new: u32,
    restored: u32,
}

impl Evidence {
    fn add(self, other: Evidence) -> Evidence {
        Evidence { old: self.old + other.old, new: self.new + other.new, restored: self.restored + other.restored }
    }

    /// True when the repair is evidence of `family` by itself: enough restored characters,
    /// each saving [`GAIN_PER_CHAR`] bits, and reading like real text, not like the lucky
    /// draws of rare-character soup (see [`Family::max_mean`]). A short candidate that merely reads a little better (`定♂♂` → `ā帷`)
    /// is no evidence; it is taken only where the page or a damage marker backs it.
    fn decisive(&self, family: Family) -> bool {
        self.restored >= family.min_chars()
            && self.new + GAIN_PER_CHAR * self.restored <= self.old
            && self.new + family.margin() <= family.max_mean() * self.restored
    }
}

/// A repair candidate for `text[start..end]`.
struct Candidate {
    end: usize,
    with: String,
}

/// Finds mojibake and damage in text.
pub struct Detector<'t> {
    tables: &'t CharTables,
}

impl<'t> Detector<'t> {
    pub fn new(tables: &'t CharTables) -> Self {
        Detector { tables }
    }

    fn mean(&self, s: &str) -> u32 {
        let n = s.chars().count().max(1) as u32;
        self.tables.text_cost(s) / n
    }

    fn reads_as_chinese(&self, s: &str) -> bool {
        s.chars().any(crate::text::is_han) && self.mean(s) <= MAX_MEAN
    }

    /// True when `new` is clearly better text than `old`.
    fn better(&self, old: &str, new: &str) -> bool {
        if old.contains('\u{FFFD}') || new.contains('\u{FFFD}') {
            // A character lost on the way is no evidence either way: judge the rest.
            let (old, new) = (old.replace('\u{FFFD}', ""), new.replace('\u{FFFD}', ""));
            return !new.is_empty() && self.better(&old, &new);
        }
        let (o, n) = (self.tables.text_cost(old), self.tables.text_cost(new));
        n + MARGIN <= o && n * 4 <= o * 3 && self.reads_as_chinese(new)
    }

    /// The evidence of a repair of `old` into `new`, `guessed` of whose characters were
    /// filled in for lost bytes.
    fn evidence(&self, old: &str, new: &str, guessed: u32) -> Evidence {
        let (old, new) = (old.replace('\u{FFFD}', ""), new.replace('\u{FFFD}', ""));
        let wide = new.chars().filter(|c| !c.is_ascii()).count() as u32;
        Evidence {
            old: self.tables.text_cost(&old),
            new: self.tables.text_cost(&new),
            restored: wide.saturating_sub(guessed),
        }
    }

    /// What one pass over a run of wide characters tells (see [`RunStats`]).
    fn stats(&self, run: &str) -> RunStats {
        let mut st = RunStats { plain_chinese: true, ..RunStats::default() };
        let mut first_alphabet = None;
        for c in run.chars() {
            let cost = self.tables.cost(c);
            let first = st.chars == 0;
            st.chars += 1;
            st.cost += cost;
            st.max_cost = st.max_cost.max(cost);
            // An ideograph (most of a run): Chinese, no Latin-1 reading, no alphabet.
            if crate::text::is_han(c) {
                st.one_alphabet = false;
                continue;
            }
            let latin = latin1_byte(c).is_some();
            let chinese = matches!(c as u32, 0x3001..=0x303F | 0xFF01..=0xFF5E);
            st.plain_chinese &= chinese && !latin;
            if first {
                first_alphabet = alphabet(c);
            }
            st.one_alphabet = (first || st.one_alphabet) && first_alphabet.is_some() && alphabet(c) == first_alphabet;
            st.latin += u32::from(latin);
            st.lost += u32::from(c == '\u{FFFD}');
        }
        st
    }

    /// True when a run of wide characters looks like it could be mojibake at all.
    fn suspicious(&self, run: &str) -> bool {
        self.stats(run).suspicious()
    }

    /// Scans `text`; returns the repairs and the damaged spans (as edits that keep the text).
    pub fn scan(&self, text: &str) -> (Vec<Edit>, Vec<Edit>) {
        let markers = damage_markers(text);
        let mut runs = Runs::default();
        let mut pos = 0;
        // Runs of wide characters found by bytes: a character is ASCII exactly when its first
        // byte is, and no byte of a wide character is ASCII.
        let bytes = text.as_bytes();
        while pos < text.len() {
            let Some(off) = bytes[pos..].iter().position(|b| !b.is_ascii()) else { break };
            let start = pos + off;
            let len = bytes[start..].iter().position(u8::is_ascii).unwrap_or(text.len() - start);
            pos = start + len;
            self.examine_run(text, start, pos, &markers, &mut runs);
        }
        let Runs { finds, quiet, mut damaged } = runs;
        let (backed, votes) = self.page_families(&finds);
        let dominant = (0..FAMILIES).max_by_key(|&i| votes[i]).filter(|&i| votes[i] > 0);
        let mut edits = self.ruling_repairs(text, &quiet, &votes, dominant);
        for f in finds {
            let backed = |c: &&Cand| (f.near_damage && !c.all_lost()) || backed[c.family as usize];
            // The page's family decides a run that several families could explain.
            let pick = f
                .cands
                .iter()
                .filter(backed)
                .find(|c| Some(c.family as usize) == dominant)
                .or_else(|| f.cands.iter().filter(backed).min_by_key(preference));
            if let Some(c) = pick {
                edits.push(Edit::replace(f.start, c.c.end, c.c.with.clone(), RepairKind::Mojibake));
            }
        }
        edits.sort_by_key(|e| e.start);
        edits.dedup_by(|b, a| b.start < a.end);
        let edits = split_at_lost_characters(text, edits);
        for (s, e) in markers {
            // `edits` is sorted and disjoint: the only candidate for overlap is the last edit
            // starting before `e`.
            let i = edits.partition_point(|x| x.start < e);
            if !(i > 0 && s < edits[i - 1].end) {
                damaged.push(Edit::flag(s, e, &text[s..e]));
            }
        }
        damaged.sort_by_key(|e| e.start);
        // A run flagged damaged that its page's family repaired after all is no longer.
        damaged.retain(|d| {
            let i = edits.partition_point(|x| x.start < d.end);
            !(i > 0 && d.start < edits[i - 1].end)
        });
        (edits, damaged)
    }

    /// Examines the run of wide characters `start..end`: its repair candidates, or quiet (it
    /// reads fine, or is a word of one foreign alphabet), or damaged next to a marker.
    fn examine_run(&self, text: &str, start: usize, end: usize, markers: &[(usize, usize)], runs: &mut Runs) {
        let run = &text[start..end];
        let st = self.stats(run);
        if st.plainly_chinese() {
            runs.quiet.push((start, end));
            return;
        }
        let next = text[end..].chars().next();
        // Markers are sorted and disjoint: binary searches keep the scan linear.
        let near_damage = markers.binary_search_by_key(&start, |m| m.1).is_ok()
            || markers.binary_search_by_key(&end, |m| m.0).is_ok();
        if st.latin == st.chars || (st.latin > 0 && st.latin + st.lost == st.chars) {
            let cands = self.latin_run(run, end, next);
            if !cands.is_empty() {
                runs.finds.push(Find { start, near_damage, cands });
            }
            return;
        }
        // A word of one alphabet (Cyrillic, Greek, Hangul, kana) is text in that language.
        let foreign_word = st.chars > 1 && st.one_alphabet;
        if foreign_word || !st.suspicious() {
            runs.quiet.push((start, end));
            return;
        }
        // One ASCII byte alone between wide characters: maybe the trail byte of a pair the
        // decoder rejected (it gives back an ASCII trail).
        let lone = next.filter(|&c| {
            matches!(c as u32, 0x40..=0x7E) && text[end + 1..].chars().next().map_or(true, |c| !c.is_ascii())
        });
        let cands = self.wide_run(run, (end, next, lone), near_damage);
        if !cands.is_empty() {
            runs.finds.push(Find { start, near_damage, cands });
        } else if let Some((at, c)) = self.slip_inside(run, end, next) {
            let evidence = self.evidence(&run[at..], &c.with, 0);
            let cand = Cand { family: Family::Shifted, evidence, c };
            runs.finds.push(Find { start: start + at, near_damage, cands: vec![cand] });
        } else {
            // No family explains the run on its own: the page's ruling family may.
            runs.quiet.push((start, end));
            if near_damage && st.mean() >= SUSPICIOUS_CHAR - 4 {
                runs.damaged.push(Edit::flag(start, end, run));
            }
        }
    }

    /// The page's evidence. Mojibake is rarely one short run: a family is backed on this
    /// page when one of its repairs is decisive by itself, or when all of them together
    /// are (`2021年3月16日 上海` read through the wrong codec is five one- and
    /// two-character runs, none decisive alone). A run's weak candidates are taken only
    /// for a backed family, or next to a damage marker. Returns the backed families and
    /// the votes of the runs for them.
    fn page_families(&self, finds: &[Find]) -> ([bool; FAMILIES], [usize; FAMILIES]) {
        let mut total = [Evidence::default(); FAMILIES];
        let mut backed = [false; FAMILIES];
        for c in finds.iter().flat_map(|f| &f.cands) {
            total[c.family as usize] = total[c.family as usize].add(c.evidence);
            backed[c.family as usize] |= c.strong();
        }
        for (i, t) in total.iter().enumerate() {
            backed[i] |= Family::from_index(i).is_some_and(|f| t.decisive(f));
        }
        let votes = votes(finds, &backed);
        (backed, votes)
    }

    /// When one whole-text family clearly rules the page, every run went through the same
    /// wrong codec, including the runs that happen to read as plausible characters (Big5
    /// `家` read as GBK is `產`): those get the same repair unless it makes them worse.
    fn ruling_repairs(
        &self,
        text: &str,
        quiet: &[(usize, usize)],
        votes: &[usize; FAMILIES],
        dominant: Option<usize>,
    ) -> Vec<Edit> {
        let ruling = dominant.filter(|&d| votes[d] >= 3 && votes[d] * 5 >= votes.iter().sum::<usize>() * 4);
        let mut edits = Vec::new();
        if let Some(fam) = ruling.and_then(Family::from_index) {
            for &(start, end) in quiet {
                let run = &text[start..end];
                if let Some(with) = self.family_decode(fam, run) {
                    let cheaper = self.tables.text_cost(&with) <= self.tables.text_cost(run);
                    if with != run && (cheaper || pinyin_letters_in_word(text, start, end, &with)) {
                        edits.push(Edit::replace(start, end, with, RepairKind::Mojibake));
                    }
                }
            }
        }
        edits
    }

    /// A run of characters that all stand for single bytes (Latin-1 / Windows-1252).
    fn latin_run(&self, run: &str, end: usize, next: Option<char>) -> Vec<Cand> {
        let Some(bytes) = latin1_bytes(run) else { return self.latin_run_with_gaps(run, end).into_iter().collect() };
        let mut out = Vec::new();
        if let Some(s) = decode(UTF_8, &bytes) {
            // Latin-1 characters that form valid UTF-8 are UTF-8 read as Latin-1 (`â€¢` is
            // `•`, `Â ` a no-break space, `Ã©` is `é`), whether or not the result is Chinese.
            let s = self.redecode_latin(s, 2);
            if !s.is_ascii() && s.chars().all(plausible_utf8) && self.tables.text_cost(&s) < self.tables.text_cost(run)
            {
                let mut evidence = self.evidence(run, &s, 0);
                // The evidence is the continuation bytes the UTF-8 stream validates: one
                // two-byte sequence (`Ã©`) is little of it, `ä¸­` or `Ã©Ã¨` enough.
                evidence.restored = bytes.iter().filter(|&&b| (0x80..0xC0).contains(&b)).count() as u32;
                out.push(Cand { family: Family::Utf8AsLatin1, evidence, c: Candidate { end, with: s } });
            }
        }
        let mut best: Option<Cand> = None;
        let mut consider = |with: String, end: usize, old: &str| {
            let with = self.redecode_latin(with, 2);
            if self.better(old, &with)
                && best.as_ref().map_or(true, |b| self.tables.text_cost(&with) < self.tables.text_cost(&b.c.with))
            {
                let evidence = self.evidence(old, &with, 0);
                best = Some(Cand { family: Family::LegacyAsLatin1, evidence, c: Candidate { end, with } });
            }
        };
        for enc in [GBK, BIG5] {
            if let Some(s) = decode(enc, &bytes) {
                consider(s, end, run);
            } else if let Some(b) = ascii_trail(next) {
                // The last lead byte took an ASCII letter as its second byte.
                let mut longer = bytes.clone();
                longer.push(b);
                if let Some(s) = decode(enc, &longer) {
                    let old = format!("{run}{}", b as char);
                    consider(s, end + 1, &old);
                }
            }
        }
        out.extend(best);
        out
    }

    /// A Latin-1 run with bytes the decoder had no character for (U+FFFD: Windows-1252
    /// has none for 0x81, 0x8D, 0x8F, 0x90, 0x9D) read as UTF-8 around the gaps: one U+FFFD
    /// per character that lost a byte, the rest restored.
    fn latin_run_with_gaps(&self, run: &str, end: usize) -> Option<Cand> {
        let bytes: Vec<Option<u8>> = run
            .chars()
            .map(|c| if c == '\u{FFFD}' { Some(None) } else { latin1_byte(c).map(Some) })
            .collect::<Option<_>>()?;
        let s = utf8_with_gaps(&bytes)?;
        if !s.chars().all(|c| c == '\u{FFFD}' || plausible_utf8(c))
            || s.chars().all(|c| c == '\u{FFFD}')
            || !self.better(run, &s)
        {
            return None;
        }
        let mut evidence = self.evidence(run, &s, 0);
        evidence.restored = bytes.iter().filter(|b| matches!(b, Some(0x80..=0xBF))).count() as u32;
        Some(Cand { family: Family::Utf8AsLatin1, evidence, c: Candidate { end, with: s } })
    }

    /// Undoes further layers of a double encoding while that makes the text better.
    fn redecode_latin(&self, s: String, depth: u8) -> String {
        if depth == 0 || s.is_ascii() {
            return s;
        }
        let Some(bytes) = latin1_bytes(&s) else { return s };
        let best = [UTF_8, GBK, BIG5]
            .into_iter()
            .filter_map(|enc| decode(enc, &bytes))
            .min_by_key(|c| self.tables.text_cost(c));
        match best {
            Some(c) if self.tables.text_cost(&c) < self.tables.text_cost(&s) => self.redecode_latin(c, depth - 1),
            _ => s,
        }
    }

    /// A run of wide characters (CJK and others outside Latin-1).
    /// `after`: the run's end, the character after it, and that character again if it is a
    /// lone ASCII byte that may be the trail of a rejected pair.
    fn wide_run(&self, run: &str, after: (usize, Option<char>, Option<char>), near_damage: bool) -> Vec<Cand> {
        let (end, next, lone) = after;
        let mut out = Vec::new();
        let mut consider = |family: Family, with: String, end: usize, old: &str, guessed: u32| {
            if all_lost(&with) {
                // Nothing but a lost character: no evidence, taken only where the page
                // backs the family (see `Cand::all_lost`).
                out.push(Cand { family, evidence: Evidence::default(), c: Candidate { end, with } });
            } else if self.better(old, &with) {
                let evidence = self.evidence(old, &with, guessed);
                out.push(Cand { family, evidence, c: Candidate { end, with } });
            }
        };
        if let Some(s) = outer_layer(run) {
            consider(Family::Utf8AsGbk, s, end, run, 0);
        }
        let body = run.trim_end_matches('\u{FFFD}');
        let gbk = encode(GBK, body);
        let lost = run.ends_with('\u{FFFD}');
        if let Some(s) = utf8_stream_from_gbk_view(body, lost).and_then(|b| utf8_with_lost_byte(&b, lost)) {
            consider(Family::Utf8AsGbk, self.redecode_wide(s), end, run, u32::from(lost));
        } else if let (false, Some(s)) = (
            lost || next == Some('?'),
            utf8_stream_from_gbk_view(body, true).and_then(|b| utf8_with_lost_byte(&b, true)),
        ) {
            // The byte was dropped without a mark (a decoder told to ignore errors).
            consider(Family::Utf8AsGbk, s, end, run, 1);
        } else if next == Some('?') && !lost {
            // The byte was lost to a `?` (a replacing encoder or decoder on the way).
            if let Some(s) = utf8_stream_from_gbk_view(body, true).and_then(|b| utf8_with_lost_byte(&b, true)) {
                consider(Family::Utf8AsGbk, s, end + 1, &format!("{run}?"), 1);
            }
        }
        if let Some(bytes) = &gbk {
            if let Some(s) = decode(BIG5, bytes) {
                consider(Family::Big5AsGbk, s, end, run, 0);
            }
        }
        if let Some(s) = gbk_read_as_big5(run) {
            match lone {
                // The Big5 decoder rejected a pair with an ASCII trail and gave the trail back:
                // it belongs to the lost character.
                Some(t) if run.ends_with('\u{FFFD}') => {
                    consider(Family::GbkAsBig5, s, end + 1, &format!("{run}{t}"), 0)
                }
                _ => consider(Family::GbkAsBig5, s, end, run, 0),
            }
        }
        if let Some(bytes) = &gbk {
            // Longer runs are re-paired from the point where they turn to soup (slip_inside).
            if near_damage && run.chars().count() < 6 {
                if let Some(c) = self.shifted(bytes, end, next) {
                    let old = &run_with_next(run, c.end > end, next);
                    consider(Family::Shifted, c.with, c.end, old, 0);
                }
            }
        }
        out
    }

    /// The repair of one whole-text family applied to `run`, if it decodes without error.
    fn family_decode(&self, fam: Family, run: &str) -> Option<String> {
        match fam {
            Family::Utf8AsGbk => decode(UTF_8, &utf8_stream_from_gbk_view(run, false)?),
            Family::Big5AsGbk => decode(BIG5, &encode(GBK, run)?),
            Family::GbkAsBig5 => gbk_read_as_big5(run),
            Family::Shifted | Family::Utf8AsLatin1 | Family::LegacyAsLatin1 => None,
        }
    }

    /// A run that starts clean and slips out of step part way: finds where the characters
    /// turn into rare-character soup and re-pairs the bytes from there (a few split points
    /// around the jump are tried). Returns the byte offset in `run` where the repair starts.
    fn slip_inside(&self, run: &str, end: usize, next: Option<char>) -> Option<(usize, Candidate)> {
        let (at, c) = self.slip_candidate(run, end, next)?;
        // A reading that slips again is no repair: the next round would re-pair it once
        // more (each time a byte shorter), and the readings would oscillate instead of
        // settling. The repaired run must be quiet as it stands.
        let repaired = format!("{}{}", &run[..at], c.with);
        // (A repair that took the next ASCII byte in is followed by what comes after it:
        // unknown here, so taken as no trail byte.)
        let after = if c.end > end { None } else { next };
        self.slip_candidate(&repaired, end, after).is_none().then_some((at, c))
    }

    /// [`Self::slip_inside`] without the check that the repaired run settles.
    fn slip_candidate(&self, run: &str, end: usize, next: Option<char>) -> Option<(usize, Candidate)> {
        const WINDOW: usize = 4;
        let chars: Vec<(usize, char)> = run.char_indices().collect();
        if chars.len() < WINDOW + 2 {
            return None;
        }
        let costs: Vec<u32> = chars.iter().map(|&(_, c)| self.tables.cost(c)).collect();
        let mut window: u32 = costs[..WINDOW].iter().sum();
        let mut jump = None;
        for k in 0..=chars.len() - WINDOW {
            if k > 0 {
                window = window + costs[k + WINDOW - 1] - costs[k - 1];
            }
            if window >= (SUSPICIOUS_MEAN + 3) * WINDOW as u32 {
                jump = Some(k);
                break;
            }
        }
        let jump = jump?;
        let mut found: Vec<(usize, u32, Candidate)> = Vec::new();
        let last = (jump + WINDOW).min(chars.len() - 2);
        for &(at, _) in &chars[jump.saturating_sub(WINDOW)..=last] {
            let tail = &run[at..];
            let Some(bytes) = encode(GBK, tail.trim_end_matches('\u{FFFD}')) else { continue };
            let Some(c) = self.shifted(&bytes, end, next) else { continue };
            let old = run_with_next(tail, c.end > end, next);
            // A slip is a local accident: no page-wide family backs it, so it must be
            // decisive on its own.
            if self.better(&old, &c.with) && self.evidence(&old, &c.with, 0).decisive(Family::Shifted) {
                // Compare split points on the whole run: kept prefix plus repaired tail.
                let total = self.tables.text_cost(&run[..at]) + self.tables.text_cost(&c.with);
                found.push((at, total, c));
            }
        }
        // Among the near-best split points take the latest: touch as little as possible.
        let min = found.iter().map(|f| f.1).min()?;
        found.into_iter().filter(|f| f.1 <= min + 8).max_by_key(|f| f.0).map(|(at, _, c)| (at, c))
    }

    /// One more layer of UTF-8-read-as-GBK, if it helps (double encoding).
    fn redecode_wide(&self, s: String) -> String {
        if !self.suspicious(&s) {
            return s;
        }
        match encode(GBK, &s).and_then(|b| decode(UTF_8, &b)) {
            Some(c) if self.tables.text_cost(&c) < self.tables.text_cost(&s) => c,
            _ => s,
        }
    }

    /// Re-pairs the GBK bytes of `run` one byte later: the first byte is the tail of a lost
    /// character; an odd last byte takes the next ASCII letter as its trail if it can, else
    /// it is lost too.
    fn shifted(&self, bytes: &[u8], end: usize, next: Option<char>) -> Option<Candidate> {
        let mut b = bytes.get(1..)?.to_vec();
        let mut new_end = end;
        if b.len() % 2 == 1 {
            if let Some(t) = ascii_trail(next) {
                b.push(t);
                new_end += 1;
            } else {
                b.pop();
            }
        }
        if b.is_empty() {
            return None;
        }
        let s = decode(GBK, &b)?;
        // A reading still suspicious would be examined, and shifted, again next round (each
        // shift drops a byte and so costs less in total): a chain of shifts, no repair. GBK's
        // user-defined areas (private use) are no text either.
        if s.chars().any(is_private_use) || self.suspicious(&s) {
            return None;
        }
        Some(Candidate { end: new_end, with: s })
    }
}

/// The bytes a GBK decoder turned into `s`, chosen to form a UTF-8 stream: `€` is both
/// the single byte 0x80 and the pair A2 E3, and only the context tells which one the
/// decoder saw. A small Viterbi pass over the UTF-8 decoder state picks the reading;
/// `open_end`: the stream stops one byte short of its last character (that byte was lost).
fn utf8_stream_from_gbk_view(s: &str, open_end: bool) -> Option<Vec<u8>> {
    if !s.contains('€') {
        return encode(GBK, s);
    }
    // Bytes per character (alternatives only for €).
    let mut parts: Vec<Vec<Vec<u8>>> = Vec::with_capacity(s.len() / 2);
    let mut buf = [0u8; 4];
    for c in s.chars() {
        if c == '€' {
            parts.push(vec![vec![0x80], vec![0xA2, 0xE3]]);
        } else {
            parts.push(vec![codec::gbk(c.encode_utf8(&mut buf))?]);
        }
    }
    // state = continuation bytes still expected (0..=3); None = unreachable.
    fn step(state: u8, bytes: &[u8]) -> Option<u8> {
        let mut st = state;
        for &b in bytes {
            st = match (st, b) {
                (0, 0x00..=0x7F) => 0,
                (0, 0xC2..=0xDF) => 1,
                (0, 0xE0..=0xEF) => 2,
                (0, 0xF0..=0xF4) => 3,
                (n, 0x80..=0xBF) if n > 0 => n - 1,
                _ => return None,
            };
        }
        Some(st)
    }
    let mut reach: [Option<usize>; 4] = [Some(0), None, None, None];
    // back[i][state] = (previous state, option index)
    let mut back: Vec<[Option<(u8, u8)>; 4]> = Vec::with_capacity(parts.len());
    for options in &parts {
        let mut next: [Option<usize>; 4] = [None; 4];
        let mut bp: [Option<(u8, u8)>; 4] = [None; 4];
        for (from, r) in reach.iter().enumerate() {
            if r.is_none() {
                continue;
            }
            for (k, bytes) in options.iter().enumerate() {
                if let Some(to) = step(from as u8, bytes) {
                    if next[to as usize].is_none() {
                        next[to as usize] = Some(0);
                        bp[to as usize] = Some((from as u8, k as u8));
                    }
                }
            }
        }
        back.push(bp);
        reach = next;
    }
    // A stream that lost its last byte stops one continuation byte short.
    let end_state = if open_end { 1u8 } else { 0 };
    reach[end_state as usize]?;
    let mut choice = vec![0u8; parts.len()];
    let mut st = end_state;
    for i in (0..parts.len()).rev() {
        let (prev, k) = back[i][st as usize]?;
        choice[i] = k;
        st = prev;
    }
    Some(parts.iter().zip(choice).flat_map(|(o, k)| o[k as usize].clone()).collect())
}

/// A character that UTF-8 read as Latin-1 plausibly stood for: ASCII, Han, Chinese
/// punctuation and full-width forms, the ideographic space, Latin letters and symbols,
/// general punctuation, emoji.
fn plausible_utf8(c: char) -> bool {
    c.is_ascii()
        || crate::text::is_han(c)
        || super::chars::is_cjk_punct(c)
        || super::chars::is_pictograph(c)
        || super::chars::is_emoji_modifier(c)
        || matches!(c as u32, 0xA0..=0x24F | 0x2000..=0x206F | 0x3000 | 0xFF01..=0xFF5E)
}

/// UTF-8 with gaps (`None`: a byte that was lost), resynchronised after each: a character
/// that lost a byte is one U+FFFD, the continuation bytes of a lost lead byte go with it.
/// None when the bytes around the gaps are no UTF-8.
fn utf8_with_gaps(bytes: &[Option<u8>]) -> Option<String> {
    let continuation = |b: Option<u8>| matches!(b, Some(0x80..=0xBF));
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let len = match bytes[i] {
            Some(b @ 0..=0x7F) => {
                out.push(char::from(b));
                i += 1;
                continue;
            }
            Some(0xC2..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(0xF0..=0xF4) => 4,
            // A lost byte where a character starts: the character is gone, and with it the
            // continuation bytes that follow.
            None => {
                out.push('\u{FFFD}');
                i += 1;
                let skip = bytes[i..].iter().take(3).take_while(|&&b| continuation(b)).count();
                i += skip;
                continue;
            }
            Some(_) => return None,
        };
        let tail = &bytes[i + 1..(i + len).min(bytes.len())];
        let taken = tail.iter().take_while(|&&b| b.is_none() || continuation(b)).count();
        if taken == len - 1 && tail.iter().all(Option::is_some) {
            let raw: Vec<u8> = bytes[i..i + len].iter().flatten().copied().collect();
            out.push_str(std::str::from_utf8(&raw).ok()?);
        } else if tail[..taken].iter().any(Option::is_none) {
            out.push('\u{FFFD}');
        } else {
            return None;
        }
        i += 1 + taken;
    }
    Some(out)
}

/// The alphabet of a letter outside Latin and Han: a word written all in one of them is
/// taken as text in that language.
fn alphabet(c: char) -> Option<u8> {
    Some(match c as u32 {
        0x0370..=0x03FF => 1,
        0x0400..=0x04FF => 2,
        0x3040..=0x309F => 3,
        0x30A0..=0x30FF => 4,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => 5,
        _ => return None,
    })
}

/// Undoes GBK read as Big5. Where a GBK second byte is no Big5 byte the decoder replaced
/// the whole character by U+FFFD; the pairs on both sides are intact, so each stretch
/// between replacement characters is restored on its own and the U+FFFD stay.
fn gbk_read_as_big5(run: &str) -> Option<String> {
    if !run.contains('\u{FFFD}') {
        return decode(GBK, &codec::big5(run)?);
    }
    let mut out = String::with_capacity(run.len());
    for (i, part) in run.split('\u{FFFD}').enumerate() {
        if i > 0 {
            out.push('\u{FFFD}');
        }
        // A stretch next to a lost character may have lost its own pairing: kept as is.
        match codec::big5(part).and_then(|b| decode(GBK, &b)) {
            Some(s) => out.push_str(&s),
            None => out.push_str(part),
        }
    }
    Some(out)
}

/// A repair that kept the characters a decoder had already lost (U+FFFD on both sides, as
/// many before as after) is restored piece by piece between them: the pieces become repairs
/// of their own and each lost character is left for a `damaged` report.
fn split_at_lost_characters(text: &str, edits: Vec<Edit>) -> Vec<Edit> {
    let mut out = Vec::with_capacity(edits.len());
    for e in edits {
        let before = &text[e.start..e.end];
        if !before.contains('\u{FFFD}') || before.matches('\u{FFFD}').count() != e.with.matches('\u{FFFD}').count() {
            out.push(e);
            continue;
        }
        let mut at = e.start;
        for (old, new) in before.split('\u{FFFD}').zip(e.with.split('\u{FFFD}')) {
            if old != new {
                out.push(Edit::replace(at, at + old.len(), new, e.kind));
            }
            at += old.len() + '\u{FFFD}'.len_utf8();
        }
    }
    out
}

/// True when the repair of `text[start..end]` is pinyin letters with tone marks (GBK has
/// them, `ó` is A8 AE, which Big5 reads as `車`) inside a word of ASCII letters: `gu車` is
/// `guó`.
fn pinyin_letters_in_word(text: &str, start: usize, end: usize, with: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    with.chars().all(super::chars::is_pinyin_letter)
        && (letter(text[..start].chars().next_back()) || letter(text[end..].chars().next()))
}

/// True when `s` is lost characters only.
fn all_lost(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c == '\u{FFFD}')
}

/// The `锟斤拷` chain: UTF-8 read as GBK with lost characters (U+FFFD), saved as UTF-8
/// and read as GBK once more (`EF BF BD`, the bytes of U+FFFD, read in pairs are
/// `锟斤拷`). Undoing the outer layer gives the inner text with its lost characters,
/// which is UTF-8 read as GBK too: each piece before a lost character is decoded with
/// its last byte lost, the others whole; a piece that does not decode stays.
fn outer_layer(run: &str) -> Option<String> {
    if run.contains('\u{FFFD}') {
        return None;
    }
    let inner = decode(UTF_8, &utf8_stream_from_gbk_view(run, false)?)?;
    if !inner.contains('\u{FFFD}') {
        return None;
    }
    let mut out = String::with_capacity(inner.len());
    for piece in inner.split_inclusive('\u{FFFD}') {
        let body = piece.trim_end_matches('\u{FFFD}');
        let lost = body.len() < piece.len();
        let restored = match body {
            "" => None,
            _ => utf8_stream_from_gbk_view(body, lost).and_then(|b| utf8_with_lost_byte(&b, lost)),
        };
        out.push_str(restored.as_deref().unwrap_or(piece));
    }
    Some(out)
}

/// UTF-8 bytes, allowing one final byte lost (to a replacement character, a `?`, or
/// dropped): the character it belonged to is lost, and becomes one U+FFFD. Guessing the
/// byte would pick a sibling character (`22时` for `22日`) as often as the right one, and
/// a wrong character that looks clean is worse than a marked loss.
fn utf8_with_lost_byte(bytes: &[u8], lost_last: bool) -> Option<String> {
    if !lost_last {
        return decode(UTF_8, bytes);
    }
    // The last character is incomplete: its lead byte and fewer continuation bytes than it
    // announces.
    let lead = bytes.iter().rposition(|&b| b >= 0xC0).filter(|&p| bytes.len() - p <= 3)?;
    let head = decode(UTF_8, &bytes[..lead])?;
    let width = match bytes[lead] {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    (bytes.len() - lead < width && bytes[lead + 1..].iter().all(|&b| (0x80..=0xBF).contains(&b)))
        .then(|| head + "\u{FFFD}")
}

fn run_with_next(run: &str, with_next: bool, next: Option<char>) -> String {
    match (with_next, next) {
        (true, Some(n)) => format!("{run}{n}"),
        _ => run.to_string(),
    }
}

/// Spans of `?`/`U+FFFD` that swallowed a character and the `(` of its gloss (`?huì)`), and
/// lone replacement characters.
fn damage_markers(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most texts have neither mark: two vectorized searches spare the walk.
    let bytes = text.as_bytes();
    if memchr::memchr(b'?', bytes).is_none() && memchr::memmem::find(bytes, "\u{FFFD}".as_bytes()).is_none() {
        return out;
    }
    // The two characters before the current one.
    let (mut prev, mut before_prev): (Option<char>, Option<char>) = (None, None);
    for (i, c) in text.char_indices() {
        if c == '?' || c == '\u{FFFD}' {
            let after = i + c.len_utf8();
            // After a wide character, a parenthesis or a mark that the width step makes
            // full-width next to Chinese (`:` → `：`), or one ASCII character right after a
            // wide one: that may be the trail byte a repair of the run before takes in (`谵D?`
            // repaired is `转?`). The marker must not wait for a later step or repair to make
            // its neighbour wide: each such wait was one more round.
            let trail = prev.is_some_and(|p| p.is_ascii_graphic()) && before_prev.is_some_and(|b| !b.is_ascii());
            let opens = |p: char| !p.is_ascii() || matches!(p, '(' | ')' | ',' | ':' | ';' | '?' | '!');
            if trail || prev.is_some_and(opens) {
                if let Some(len) = gloss_tail_len(text, after) {
                    out.push((i, after + len));
                    (prev, before_prev) = (Some(')'), None);
                    continue;
                }
            }
            if c == '\u{FFFD}' {
                out.push((i, after));
            }
        }
        (prev, before_prev) = (Some(c), prev);
    }
    // Drop markers inside earlier ones (a `?` in a gloss tail cannot occur, but be safe).
    out.dedup_by(|b, a| b.0 < a.1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repair(text: &str) -> String {
        let t = CharTables::new();
        let (edits, _) = Detector::new(&t).scan(text);
        crate::normalize::repair::apply_edits(text, &edits)
    }

    #[test]
    fn whole_text_families() {
        let clean = "广州市卫生健康委员会今天发布通知，要求加强社区医院建设。";
        let (gbk, _, _) = GBK.encode(clean);
        let (utf8_as_gbk, _, _) = GBK.decode(clean.as_bytes());
        // The last byte of `。` (E3 80 82) has no partner for the GBK decoder: that one is lost.
        assert_eq!(repair(&utf8_as_gbk), clean.replace('。', "\u{FFFD}"));
        let (gbk_as_latin, _, _) = encoding_rs::WINDOWS_1252.decode(&gbk);
        assert_eq!(repair(&gbk_as_latin), clean);
        let (utf8_as_latin, _, _) = encoding_rs::WINDOWS_1252.decode(clean.as_bytes());
        assert_eq!(repair(&utf8_as_latin), clean);
        let (double, _, _) = encoding_rs::WINDOWS_1252.decode(utf8_as_latin.as_bytes());
        assert_eq!(repair(&double), clean);
        let trad = "臺北市政府衛生局表示，將擴大社區醫療服務。";
        let (big5, _, _) = BIG5.encode(trad);
        let (big5_as_gbk, _, _) = GBK.decode(&big5);
        assert_eq!(repair(&big5_as_gbk), trad);
    }

    #[test]
    fn byte_lost_to_a_question_mark() {
        // An odd UTF-8 byte before ASCII is lost to U+FFFD (or `?` after a replacing encoder):
        // its character becomes one U+FFFD.
        let mut tested = 0;
        for clean in
            ["中国卫生健康委员会2024", "广东省卫生健康委员会2024", "香港医院管理局2024", "国家医疗保障局，2024"]
        {
            let (bad, _, _) = GBK.decode(clean.as_bytes());
            if !bad.contains('\u{FFFD}') {
                continue;
            }
            // The character before the digits lost its last byte: it is lost, the rest back.
            let digits = clean.find(|c: char| c.is_ascii()).unwrap_or(clean.len());
            let lost = clean[..digits].char_indices().next_back().map_or(0, |(i, _)| i);
            let want = format!("{}\u{FFFD}{}", &clean[..lost], &clean[digits..]);
            assert_eq!(repair(&bad), want);
            assert_eq!(repair(&bad.replace('\u{FFFD}', "?")), want);
            tested += 1;
        }
        assert!(tested >= 2);
    }

    #[test]
    fn shifted_gbk_run() {
        let text = "我們?cè)诮窈蟮墓ぷ髦校\u{e0ed}矔?huì)更多地";
        assert_eq!(repair(text), "我們?cè)今后的工作中，也?huì)更多地");
    }

    #[test]
    fn slip_in_the_middle_of_a_run() {
        let clean = "深圳市卫生健康委员会表示将继续推进基层医疗卫生服务体系建设";
        let (gbk, _, _) = GBK.encode(clean);
        let mut slipped = gbk.to_vec();
        slipped.remove(13);
        let (text, _, _) = GBK.decode(&slipped);
        let out = repair(&text);
        assert!(out.starts_with("深圳市卫生健"), "{out}");
        assert!(out.contains("表示将继续推进基层医疗卫生服务体系建"), "{out}");
    }

    #[test]
    fn short_weird_runs_are_no_evidence() {
        // Each would decode to a character or three under some family (`定♂♂` re-paired one
        // byte later is `ā帷`, `µÍ` as GBK is `低`, `Ã©` as UTF-8 is `é`, `鍖€` is `匀`), but
        // alone that proves nothing.
        for text in ["Ā\u{fffd}♂定♂♂?浣♂\u{3000}", "定♂♂", "µÍ", "Ã©", "鍖€", "帷？浣♂"] {
            assert_eq!(repair(text), text);
        }
    }

    #[test]
    fn short_runs_are_repaired_where_the_page_backs_their_family() {
        // Three one-character UTF-8-as-Latin-1 runs together are evidence enough.
        assert_eq!(repair("cafÃ© rÃ©sumÃ© naÃ¯ve"), "café résumé naïve");
        // A decisive GBK-as-Latin-1 run backs the one-character run after the digits.
        assert_eq!(repair("ÎÀÉú½¡¿µÎ¯Ô±»á 2024Äê"), "卫生健康委员会 2024年");
        // One-character runs of Big5 read as GBK that only together show the family.
        let (big5, _, _) = BIG5.encode("2021年3月16日 上海");
        let (bad, _, _) = GBK.decode(&big5);
        assert_eq!(repair(&bad), "2021年3月16日 上海");
    }

    #[test]
    fn clean_text_is_left_alone() {
        for clean in [
            "Zürich, 25°C ±2, café crème, São Paulo, Müller",
            "臺灣衛生福利部疾病管制署今日公布",
            "中國(guó)新聞網(wǎng)報道(bào dào)",
            "深圳市龙华区人民医院",
            "こんにちは、東京都",
        ] {
            assert_eq!(repair(clean), clean);
        }
    }
}
