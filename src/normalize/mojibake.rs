//! Mojibake: text decoded with the wrong codec, found and repaired with a frequency model.
//!
//! **In:** text. **Out:** `mojibake` edits (a run replaced by its repair) and `damaged`
//! flags (text that is certainly damaged but cannot be restored; it stays as it is).
//!
//! Families handled, each undone by re-encoding a suspicious run with the codec it was
//! wrongly decoded with and decoding the bytes with the right one:
//! * UTF-8 read as GBK/GB18030 (`浣犲ソ`), including the byte lost to a `U+FFFD` at the end
//!   of a run, which is guessed with the frequency model;
//! * GBK, Big5 or UTF-8 read as Latin-1 / Windows-1252 (`ÖÐ¹ú`, `ä¸­å›½`), and double
//!   encodings of these (the repair is applied again while it helps);
//! * Big5 read as GBK, and GBK read as Big5;
//! * a GBK byte stream that slipped one byte out of step (`诮窈蟮墓ぷ髦校` →
//!   `今后的工作中，`): the run is re-encoded, the first byte dropped, the rest decoded.
//!
//! A candidate is taken only when it decodes without error and costs clearly fewer bits
//! under the character-frequency model than the run it replaces, and reads as Chinese.
//! Clean text — simplified, traditional, pinyin with tone marks, `Zürich`, `°C` — is left
//! alone. Damaged markers: a `?` or `U+FFFD` that swallowed a character and the opening
//! parenthesis of its pinyin gloss (`?huì)`), and lone `U+FFFD`. Cost is linear: every run
//! is examined a bounded number of times.

use super::pinyin::gloss_tail_len;
use super::tables::CharTables;
use super::{Edit, RepairKind};
use encoding_rs::{Encoding, BIG5, GBK, UTF_8};

/// Bits a repair must save, at least.
const MARGIN: u32 = 6;
/// Highest mean cost per character of a repair that reads as Chinese.
const MAX_MEAN: u32 = 15;
/// Mean cost per character above which a run of wide characters is worth examining.
const SUSPICIOUS_MEAN: u32 = 13;
/// A single character this dear makes a run worth examining.
const SUSPICIOUS_CHAR: u32 = 22;

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
    let (bytes, _, had_errors) = enc.encode(s);
    (!had_errors).then(|| bytes.into_owned())
}

fn decode(enc: &'static Encoding, bytes: &[u8]) -> Option<String> {
    enc.decode_without_bom_handling_and_without_replacement(bytes).map(|c| c.into_owned())
}

/// True when `b` can be the second byte of a GBK / Big5 double-byte character and is ASCII.
fn ascii_trail(c: Option<char>) -> Option<u8> {
    c.filter(|c| matches!(*c as u32, 0x40..=0x7E)).map(|c| c as u8)
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
        s.chars().any(super::chars::is_han) && self.mean(s) <= MAX_MEAN
    }

    /// True when `new` is clearly better text than `old`.
    fn better(&self, old: &str, new: &str) -> bool {
        let (o, n) = (self.tables.text_cost(old), self.tables.text_cost(new));
        n + MARGIN <= o && n * 4 <= o * 3 && self.reads_as_chinese(new)
    }

    /// True when a run of wide characters looks like it could be mojibake at all.
    fn suspicious(&self, run: &str) -> bool {
        self.mean(run) >= SUSPICIOUS_MEAN || run.chars().any(|c| self.tables.cost(c) >= SUSPICIOUS_CHAR)
    }

    /// Scans `text`; returns the repairs and the damaged spans (as edits that keep the text).
    pub fn scan(&self, text: &str) -> (Vec<Edit>, Vec<Edit>) {
        let markers = damage_markers(text);
        let mut edits: Vec<Edit> = Vec::new();
        let mut damaged: Vec<Edit> = Vec::new();
        let mut single_latin: Vec<(usize, Candidate)> = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(off) = text[pos..].find(|c: char| !c.is_ascii()) else { break };
            let start = pos + off;
            let len = text[start..].find(|c: char| c.is_ascii()).unwrap_or(text.len() - start);
            let end = start + len;
            pos = end;
            if edits.last().is_some_and(|e| e.end > start) {
                continue; // the previous repair absorbed this run's first byte
            }
            let run = &text[start..end];
            let next = text[end..].chars().next();
            if run.chars().all(|c| latin1_byte(c).is_some()) {
                if let Some(c) = self.latin_run(run, end, next) {
                    if run.chars().nth(1).is_none() {
                        single_latin.push((start, c));
                    } else {
                        edits.push(Edit::replace(start, c.end, c.with, RepairKind::Mojibake));
                    }
                }
                continue;
            }
            if !self.suspicious(run) {
                continue;
            }
            let near_damage = markers.iter().any(|m| m.1 == start || m.0 == end);
            if let Some(c) = self.wide_run(run, end, next, near_damage) {
                edits.push(Edit::replace(start, c.end, c.with, RepairKind::Mojibake));
            } else if let Some((at, c)) = self.slip_inside(run, end, next) {
                edits.push(Edit::replace(start + at, c.end, c.with, RepairKind::Mojibake));
            } else if near_damage && self.mean(run) >= SUSPICIOUS_CHAR - 4 {
                damaged.push(Edit::flag(start, end, run));
            }
        }
        // A lone Latin-1 character is only mojibake in text that has other mojibake.
        if !edits.is_empty() && !single_latin.is_empty() {
            for (start, c) in single_latin {
                edits.push(Edit::replace(start, c.end, c.with, RepairKind::Mojibake));
            }
            edits.sort_by_key(|e| e.start);
            edits.dedup_by(|b, a| b.start < a.end);
        }
        for (s, e) in markers {
            if !edits.iter().any(|x| x.start < e && s < x.end) {
                damaged.push(Edit::flag(s, e, &text[s..e]));
            }
        }
        damaged.sort_by_key(|e| e.start);
        (edits, damaged)
    }

    /// A run of characters that all stand for single bytes (Latin-1 / Windows-1252).
    fn latin_run(&self, run: &str, end: usize, next: Option<char>) -> Option<Candidate> {
        let bytes = latin1_bytes(run)?;
        let mut best: Option<Candidate> = None;
        let consider = |with: String, end: usize, old: &str, best: &mut Option<Candidate>| {
            let with = self.redecode_latin(with, 2);
            if self.better(old, &with)
                && best.as_ref().is_none_or(|b| self.tables.text_cost(&with) < self.tables.text_cost(&b.with))
            {
                *best = Some(Candidate { end, with });
            }
        };
        if let Some(s) = decode(UTF_8, &bytes) {
            // Two or more Latin-1 characters that form valid UTF-8 are UTF-8 read as Latin-1
            // (`â€¢` is `•`, `Â ` a no-break space), whether or not the result is Chinese.
            let s = self.redecode_latin(s, 2);
            let plausible = |c: char| {
                c.is_ascii()
                    || super::chars::is_han(c)
                    || super::chars::is_cjk_punct(c)
                    || matches!(c as u32, 0xA0..=0xBF | 0x2000..=0x206F)
            };
            if !s.is_ascii() && s.chars().all(plausible) && self.tables.text_cost(&s) < self.tables.text_cost(run) {
                return Some(Candidate { end, with: s });
            }
        }
        for enc in [GBK, BIG5] {
            if let Some(s) = decode(enc, &bytes) {
                consider(s, end, run, &mut best);
            } else if let Some(b) = ascii_trail(next) {
                // The last lead byte took an ASCII letter as its second byte.
                let mut longer = bytes.clone();
                longer.push(b);
                if let Some(s) = decode(enc, &longer) {
                    let old = format!("{run}{}", b as char);
                    consider(s, end + 1, &old, &mut best);
                }
            }
        }
        best
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
    fn wide_run(&self, run: &str, end: usize, next: Option<char>, near_damage: bool) -> Option<Candidate> {
        let mut best: Option<Candidate> = None;
        let consider = |with: String, end: usize, old: &str, best: &mut Option<Candidate>| {
            if self.better(old, &with)
                && best.as_ref().is_none_or(|b| self.tables.text_cost(&with) < self.tables.text_cost(&b.with))
            {
                *best = Some(Candidate { end, with });
            }
        };
        let gbk = encode(GBK, run.trim_end_matches('\u{FFFD}'));
        if let Some(bytes) = &gbk {
            // UTF-8 read as GBK.
            if let Some(s) = self.utf8_with_lost_byte(bytes, run.ends_with('\u{FFFD}')) {
                let s = self.redecode_wide(s);
                consider(s, end, run, &mut best);
            }
            // Big5 read as GBK.
            if let Some(s) = decode(BIG5, bytes) {
                consider(s, end, run, &mut best);
            }
        }
        // GBK read as Big5.
        if let Some(bytes) = encode(BIG5, run) {
            if let Some(s) = decode(GBK, &bytes) {
                consider(s, end, run, &mut best);
            }
        }
        // A GBK stream one byte out of step.
        if let Some(bytes) = &gbk {
            // Longer runs are re-paired from the point where they turn to soup (slip_inside).
            if near_damage && run.chars().count() < 6 {
                if let Some(c) = self.shifted(run, bytes, end, next) {
                    let old = &run_with_next(run, c.end > end, next);
                    consider(c.with, c.end, old, &mut best);
                }
            }
        }
        best
    }

    /// A run that starts clean and slips out of step part way: finds where the characters
    /// turn into rare-character soup and re-pairs the bytes from there (a few split points
    /// around the jump are tried). Returns the byte offset in `run` where the repair starts.
    fn slip_inside(&self, run: &str, end: usize, next: Option<char>) -> Option<(usize, Candidate)> {
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
        for k in jump.saturating_sub(1)..=(jump + WINDOW).min(chars.len() - 2) {
            let at = chars[k].0;
            let tail = &run[at..];
            let Some(bytes) = encode(GBK, tail.trim_end_matches('\u{FFFD}')) else { continue };
            let Some(c) = self.shifted(tail, &bytes, end, next) else { continue };
            let old = run_with_next(tail, c.end > end, next);
            if self.better(&old, &c.with) {
                // Compare split points on the whole run: kept prefix plus repaired tail.
                let total = self.tables.text_cost(&run[..at]) + self.tables.text_cost(&c.with);
                found.push((at, total, c));
            }
        }
        // Among the near-best split points take the latest: touch as little as possible.
        let min = found.iter().map(|f| f.1).min()?;
        found.into_iter().filter(|f| f.1 <= min + 8).max_by_key(|f| f.0).map(|(at, _, c)| (at, c))
    }

    /// UTF-8 bytes, allowing one final byte lost to a replacement character: it is guessed
    /// as the continuation byte that gives the most frequent character.
    fn utf8_with_lost_byte(&self, bytes: &[u8], lost_last: bool) -> Option<String> {
        if !lost_last {
            return decode(UTF_8, bytes);
        }
        let mut buf = bytes.to_vec();
        buf.push(0x80);
        let last = buf.len() - 1;
        (0x80..=0xBFu8)
            .filter_map(|b| {
                buf[last] = b;
                decode(UTF_8, &buf)
            })
            .min_by_key(|s| self.tables.text_cost(s))
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
    fn shifted(&self, run: &str, bytes: &[u8], end: usize, next: Option<char>) -> Option<Candidate> {
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
        let _ = run;
        Some(Candidate { end: new_end, with: s })
    }
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
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c == '?' || c == '\u{FFFD}' {
            let after = i + c.len_utf8();
            if prev.is_some_and(|p| !p.is_ascii() || p == ')') {
                if let Some(len) = gloss_tail_len(text, after) {
                    out.push((i, after + len));
                    prev = Some(')');
                    continue;
                }
            }
            if c == '\u{FFFD}' {
                out.push((i, after));
            }
        }
        prev = Some(c);
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
        let mut s = String::new();
        let mut pos = 0;
        for e in edits {
            s.push_str(&text[pos..e.start]);
            s.push_str(&e.with);
            pos = e.end;
        }
        s.push_str(&text[pos..]);
        s
    }

    #[test]
    fn whole_text_families() {
        let clean = "广州市卫生健康委员会今天发布通知，要求加强社区医院建设。";
        let (gbk, _, _) = GBK.encode(clean);
        let (utf8_as_gbk, _, _) = GBK.decode(clean.as_bytes());
        assert_eq!(repair(&utf8_as_gbk), clean);
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
