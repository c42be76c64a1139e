//! Parses numbers as Chinese news writes them.
//!
//! **In:** a string, or a text and a byte position. **Out:** the numeric value and the byte
//! span it covers. Accepted forms:
//! - Arabic, with thousands separators and decimals: `1169`, `1,169`, `89.4`, `13·1` (a
//!   middle dot as the point, in older print), full-width digits `１２` (tolerated even
//!   though the normalizer folds them);
//! - Chinese numerals: `三十一`, `一百二十`, `两千`, `二〇二四` (digit by digit), `廿`,
//!   financial `壹贰叁…拾佰仟`, traditional `兩`/`萬`/`億`, decimals `三点五`, the
//!   abbreviated `一万五` (= 15000);
//! - mixed: `2.2亿`, `1.5万`, `800万`, `3千万`, and one space before 万/亿 (`1200 万`);
//! - fractions and percent forms via [`scan_ratio`]: `三分之一`, `1/3`, `百分之三十`.
//!
//! **Guarantees:** never panics; spans are on char boundaries; a scan reads only forward
//! from its start, so scanning a text is linear.

use crate::span::Span;

/// What joins the two ends of a range (`3至5年`, `2024-2026年`, `8月——12月`). A search that
/// takes the first row that matches reads `——` as `—`; one that takes the longest reads it
/// whole. The other dashes and waves of Unicode join ranges as well (`20−30学时` with a minus
/// sign, `3〜5天`, `18‒60岁`, `100―200元`): typesetting and PDF text use them for `-` and `～`.
pub(crate) const RANGE_CONNECTORS: [&str; 17] =
    ["至", "到", "-", "—", "－", "~", "～", "–", "——", "−", "‒", "―", "〜", "∼", "﹣", "‐", "‑"];

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// Arabic digits only (`1,169`, `89.4`).
    Arabic,
    /// Arabic digits with a magnitude word (`2.2亿`, `800万`).
    Mixed,
    /// Chinese numerals (`三十一`, `两千`).
    Chinese,
}

/// A number found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Byte span in the scanned text.
    pub span: Span,
    pub form: NumberForm,
    /// The magnitude word's factor (`万` → 10000), 1 when none; lets a range `3-5万`
    /// scale its bare low end.
    pub magnitude: f64,
}

/// A ratio written as a fraction or a `百分之` form, as a percentage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ratio {
    /// Percent, rounded to two decimals (`三分之一` → 33.33).
    pub percent: f64,
    pub span: Span,
}

fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

fn big_unit(c: char) -> Option<u64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// True for characters that can be part of a Chinese numeral.
pub fn is_chinese_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some() || matches!(c, '廿' | '卅')
}

/// True for an ASCII or full-width digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn digit_of(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        c.to_digit(10)
    } else if ('０'..='９').contains(&c) {
        Some(c as u32 - '０' as u32)
    } else {
        None
    }
}

/// Parses a whole string as a number (Arabic, Chinese or mixed); `None` if any of it is
/// not part of the number.
pub fn parse(s: &str) -> Option<f64> {
    let n = scan(s, 0)?;
    (n.span.end == s.len()).then_some(n.value)
}

/// The longest number starting exactly at byte `at` of `text`.
pub fn scan(text: &str, at: usize) -> Option<Number> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    if is_digit(first) {
        scan_arabic(rest).map(|n| Number { span: n.span.shift(at), ..n })
    } else {
        scan_chinese(rest).map(|n| Number { span: n.span.shift(at), ..n })
    }
}

/// Whether the separator at `b[i]` separates thousands: exactly three digits follow it, then
/// a non-digit or another separator/decimal point.
fn thousands_follow(b: &[(usize, char)], i: usize) -> bool {
    let three = (1..=3).all(|k| b.get(i + k).is_some_and(|&(_, c)| c.is_ascii_digit()));
    three && b.get(i + 4).map_or(true, |&(_, c)| !c.is_ascii_digit())
}

fn scan_arabic(s: &str) -> Option<Number> {
    // On the stack: this runs at every digit of a text.
    let mut buffer = [(0usize, ' '); 64];
    let mut len = 0;
    for (p, c) in s.char_indices().take(64) {
        buffer[len] = (p, c);
        len += 1;
    }
    let b = &buffer[..len];
    // The end of what was read (the whole of `s` unless it is longer than the buffer).
    let read_end = b.last().map_or(0, |&(p, c)| p + c.len_utf8());
    let mut i = 0;
    let mut int: f64 = 0.0;
    let mut digits = 0;
    // Digits since the last separator: a space separates thousands only after a group of
    // one to three digits (`6 000`, `12 345 678`; not `2961 8989`).
    let mut group = 0;
    let mut before_space = None;
    while i < b.len() {
        let c = b[i].1;
        if let Some(d) = digit_of(c) {
            int = int * 10.0 + d as f64;
            digits += 1;
            group += 1;
            i += 1;
        } else if c == ',' && digits > 0 && thousands_follow(b, i) {
            i += 1;
            group = 0;
        } else if matches!(c, ' ' | '\u{2009}' | '\u{202f}') && (1..=3).contains(&group) && thousands_follow(b, i) {
            before_space.get_or_insert((i, int));
            i += 1;
            group = 0;
        } else {
            break;
        }
    }
    // Numbers spaced apart in a row of table cells (`120 150 180`) end at the first space:
    // spaced groups are one number only before a word (`6 000名`, `12 345人`).
    if let Some((at, value)) = before_space {
        if b.get(i).map_or(true, |&(_, c)| c.is_whitespace()) {
            (i, int) = (at, value);
        }
    }
    if digits == 0 {
        return None;
    }
    // The digits as one integer and the power of ten that divides it, so that `41.2亿` is
    // 412 × 10^8 / 10 — exact — rather than the float 41.2 times 10^8.
    let mut mantissa = int;
    let mut divisor = 1.0;
    let mut end = b.get(i).map_or(read_end, |&(p, _)| p);
    // A middle dot between digits is a decimal point in older print (`13·1％`, `4·3亿`);
    // where it joins a month and a day (`6·30`) the date has claimed the span first.
    if let Some(&(_, '.' | '．' | '·' | '・')) = b.get(i) {
        if b.get(i + 1).is_some_and(|&(_, c)| is_digit(c)) {
            let mut j = i + 1;
            while let Some(d) = b.get(j).and_then(|&(_, c)| digit_of(c)) {
                mantissa = mantissa * 10.0 + d as f64;
                divisor *= 10.0;
                j += 1;
            }
            i = j;
            end = b.get(i).map_or(read_end, |&(p, _)| p);
        }
    }
    let (magnitude, j) = magnitude_words(b, past_space_to_magnitude(b, i));
    if j > i {
        end = b.get(j).map_or(read_end, |&(q, _)| q);
    }
    let form = if magnitude > 1.0 { NumberForm::Mixed } else { NumberForm::Arabic };
    let mut value = round(mantissa * magnitude / divisor);
    if magnitude > 1.0 && value.fract() == 0.0 {
        let (total, e) = lower_groups(b, j, value, magnitude, read_end);
        if let Some(e) = e {
            value = total;
            end = e;
        }
    }
    Some(Number { value, span: Span::new(0, end), form, magnitude })
}

/// *Spaced magnitude*: `1200 万像素` — one space between the digits and 万/亿 (text spaced
/// between digits and Han characters) joins them, as one joins a unit (`9 个`); the index of
/// the magnitude word then, else `i`.
fn past_space_to_magnitude(b: &[(usize, char)], i: usize) -> usize {
    let space = b.get(i).is_some_and(|&(_, c)| matches!(c, ' ' | '\u{2009}' | '\u{202f}'));
    let magnitude = b.get(i + 1).is_some_and(|&(_, c)| matches!(c, '万' | '萬' | '亿' | '億'));
    if space && magnitude {
        i + 1
    } else {
        i
    }
}

/// The magnitude words at `b[i..]`: 万, 亿, 千万, 百万, 万亿 … (千/百 only before 万/亿 or a
/// noun, not in units such as 千米, 千克, 百分点); their factor and the index after them.
fn magnitude_words(b: &[(usize, char)], i: usize) -> (f64, usize) {
    let mut magnitude = 1.0;
    let mut j = i;
    while let Some(&(_, c)) = b.get(j) {
        let next = b.get(j + 1).map(|&(_, c)| c);
        let f = match c {
            '万' | '萬' => 1e4,
            '亿' | '億' => 1e8,
            '千' | '仟' if !matches!(next, Some('米' | '克' | '瓦' | '卡' | '帕' | '焦' | '伏' | '字')) => {
                1e3
            }
            '百' if !matches!(next, Some('分')) => 1e2,
            _ => break,
        };
        // 千/百 only lead a magnitude (3千万, 5百万); after one they are a new word.
        if magnitude > 1.0 && f <= 1e3 {
            break;
        }
        magnitude *= f;
        j += 1;
    }
    (magnitude, j)
}

/// The groups written after a magnitude word with their own, smaller magnitude words
/// (`1万2千` = 12000, `3亿5000万` = 350000000, `2千5百` = 2500), then the part below a 万
/// written out in digits (`2万3100`); the whole value (`head`, the value read so far,
/// included) and the end of the last group (`None` when nothing follows). Each group's digits
/// must stay below the step between the two magnitude words, so `1万20千` is no such group.
/// A run of 千/百 groups closed by a larger word is multiplied by it (*closing magnitude*:
/// `8千2百万` = 82000000, `1亿2千3百万` = 123000000).
fn lower_groups(
    b: &[(usize, char)],
    mut i: usize,
    head: f64,
    mut magnitude: f64,
    read_end: usize,
) -> (f64, Option<usize>) {
    // The value fixed by the last 万/亿 and the run of 千/百 groups since.
    let (mut above, mut run) = if magnitude < 1e4 { (0.0, head) } else { (head, 0.0) };
    let mut end = None;
    loop {
        let digits = b[i..].iter().take_while(|&&(_, c)| c.is_ascii_digit()).count();
        let group = b[i..i + digits].iter().fold(0.0, |v, &(_, c)| v * 10.0 + c.to_digit(10).map_or(0.0, f64::from));
        let (f, j) = magnitude_words(b, i + digits);
        if digits == 0 || j == i + digits {
            break;
        }
        // The first word of a compound (`百` of `百万`) and the larger word closing the run.
        let first = f.min(small_factor(b[i + digits].1));
        let closing = f / first;
        if f < magnitude && group < magnitude / f {
            if f < 1e4 {
                run += group * f;
            } else {
                above += run + group * f;
                run = 0.0;
            }
            magnitude = f;
        } else if magnitude < 1e4 && closing >= 1e4 && first < magnitude && group < magnitude / first {
            above += (run + group * first) * closing;
            run = 0.0;
            magnitude = closing;
        } else {
            break;
        }
        end = Some(b.get(j).map_or(read_end, |&(q, _)| q));
        i = j;
    }
    if magnitude == 1e4 {
        if let Some((below, e)) = below_wan(&b[i..], read_end) {
            return (above + run + below, Some(e));
        }
    }
    (above + run, end)
}

/// The factor of a 千/百 opening a magnitude word; infinity for 万/亿 (and 十).
fn small_factor(c: char) -> f64 {
    small_unit(c).filter(|&u| u >= 100).map_or(f64::INFINITY, |u| u as f64)
}

/// `2万3100元`: the part below a 万 written out in three or four digits after it (`b`: the
/// characters after 万); its value and the end of the digits.
fn below_wan(b: &[(usize, char)], read_end: usize) -> Option<(f64, usize)> {
    let tail: Vec<u32> = b.iter().map_while(|&(_, c)| c.to_digit(10)).collect();
    let next = b.get(tail.len()).map(|&(_, c)| c);
    if !(3..=4).contains(&tail.len()) || matches!(next, Some('.' | ',' | '万' | '亿')) {
        return None;
    }
    let value = tail.iter().fold(0.0, |v, &d| v * 10.0 + d as f64);
    Some((value, b.get(tail.len()).map_or(read_end, |&(q, _)| q)))
}

/// Rounds away float noise (`2.2 * 1e8`).
fn round(v: f64) -> f64 {
    let r = (v * 1e6).round() / 1e6;
    if r.is_finite() {
        r
    } else {
        v
    }
}

/// The longest numeral a Chinese number can have here; longer runs are not numbers.
const MAX_NUMERAL: usize = 48;

fn scan_chinese(s: &str) -> Option<Number> {
    // A numeral must start with a digit, 十 or 廿/卅 (a bare 万/亿/百/千 is a word).
    let first = s.chars().next()?;
    if !(digit_value(first).is_some() || matches!(first, '十' | '拾' | '廿' | '卅')) {
        return None;
    }
    // The run of numeral characters, on the stack: this is called at every numeral of a text.
    let mut run = [(0usize, ' '); MAX_NUMERAL + 1];
    let mut len = 0;
    for (p, c) in s.char_indices().take(MAX_NUMERAL + 1) {
        run[len] = (p, c);
        len += 1;
    }
    let chars = &run[..len];
    let mut n = 0;
    while n < chars.len().min(MAX_NUMERAL) && (is_chinese_numeral_char(chars[n].1) || is_decimal_point(chars, n)) {
        n += 1;
    }
    // Try the longest prefix that evaluates; trailing junk such as a dangling 点 is dropped.
    while n > 0 {
        let end = chars.get(n).map_or(s.len(), |&(p, _)| p);
        if let Some((value, magnitude)) = eval_chinese(&s[..end]) {
            return Some(Number { value, span: Span::new(0, end), form: NumberForm::Chinese, magnitude });
        }
        n -= 1;
    }
    None
}

fn is_decimal_point(chars: &[(usize, char)], i: usize) -> bool {
    chars[i].1 == '点'
        && i > 0
        && digit_value(chars[i - 1].1).is_some()
        && chars.get(i + 1).is_some_and(|&(_, c)| digit_value(c).is_some())
}

/// Evaluates a Chinese numeral string; returns the value and the factor of the largest
/// magnitude word (`万`/`亿`) it ends with.
fn eval_chinese(s: &str) -> Option<(f64, f64)> {
    if let Some((int, frac)) = s.split_once('点') {
        return eval_chinese_decimal(int, frac);
    }
    let mut buffer = [' '; MAX_NUMERAL];
    let mut len = 0;
    for c in s.chars() {
        if len == MAX_NUMERAL {
            return None;
        }
        buffer[len] = c;
        len += 1;
    }
    let chars = &buffer[..len];
    if chars.is_empty() {
        return None;
    }
    // Digit by digit (二〇二四, 一九九八): only digits, at least two.
    let zeros = chars.iter().any(|&c| matches!(c, '〇' | '○' | '零'));
    if chars.len() >= 2 && (zeros || chars.len() >= 4) && chars.iter().all(|&c| digit_value(c).is_some()) {
        return eval_digit_by_digit(chars);
    }
    let mut reader = Positional::default();
    for &c in chars {
        reader.read(c)?;
    }
    reader.finish()
}

/// Magnitude words that may close a Chinese decimal (`三点五亿`), longest first.
const DECIMAL_MAGNITUDES: [(&str, f64); 5] = [("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4)];

/// `一点五`: the integer part and the digits after 点, scaled by a magnitude word closing
/// them (`三点五亿` → 350000000, magnitude 1e8).
fn eval_chinese_decimal(int: &str, frac: &str) -> Option<(f64, f64)> {
    let (i, m) = eval_chinese(int)?;
    if m > 1.0 {
        return None;
    }
    let (frac, factor) = DECIMAL_MAGNITUDES
        .iter()
        .find_map(|&(w, f)| frac.strip_suffix(w).filter(|d| !d.is_empty()).map(|d| (d, f)))
        .unwrap_or((frac, 1.0));
    let mut value = i;
    let mut scale = 0.1;
    for c in frac.chars() {
        value += digit_value(c)? as f64 * scale;
        scale /= 10.0;
    }
    Some((round(value * factor), factor))
}

/// 二〇二四, 一九九八: digits read one by one (`两` never is).
fn eval_digit_by_digit(chars: &[char]) -> Option<(f64, f64)> {
    if chars.iter().any(|&c| matches!(c, '两' | '兩')) {
        return None;
    }
    let mut v: u64 = 0;
    for &c in chars {
        v = v.checked_mul(10)?.checked_add(digit_value(c)? as u64)?;
    }
    Some((v as f64, 1.0))
}

/// Reads a numeral with positional units (一百二十, 三亿零五十万) one character at a time;
/// every step is `None` for a string that is no number.
#[derive(Debug, Default)]
struct Positional {
    /// Multiples of 亿.
    high: u64,
    /// Multiples of 万.
    mid: u64,
    /// The part below 万 so far.
    section: u64,
    digit: Option<u64>,
    /// The unit just written, for 一万五 = 15000.
    last_unit: u64,
    zero_seen: bool,
    /// 1, 1e4 or 1e8: the largest big unit written.
    top_magnitude: f64,
    prev_was_digit: bool,
}

impl Positional {
    fn read(&mut self, c: char) -> Option<()> {
        if let Some(d) = digit_value(c) {
            return self.digit(d);
        }
        self.prev_was_digit = false;
        if let Some(u) = small_unit(c) {
            self.small_unit(u)
        } else if let Some(u) = big_unit(c) {
            self.big_unit(u)
        } else {
            match c {
                '廿' => self.section = self.section.checked_add(20)?,
                '卅' => self.section = self.section.checked_add(30)?,
                _ => return None,
            }
            self.last_unit = 10;
            Some(())
        }
    }

    fn digit(&mut self, d: u32) -> Option<()> {
        if self.prev_was_digit && self.digit.is_some_and(|p| p != 0) {
            return None; // 三四 is not one number
        }
        if d == 0 {
            self.zero_seen = true;
            self.last_unit = 0;
        }
        self.digit = Some(d as u64);
        self.prev_was_digit = true;
        Some(())
    }

    /// 十, 百, 千.
    fn small_unit(&mut self, u: u64) -> Option<()> {
        if self.last_unit != 0 && u >= self.last_unit && self.digit.is_none() {
            return None; // 百十, 千千
        }
        let first = self.section == 0 && self.mid == 0 && self.high == 0;
        let d = self.digit.unwrap_or(if first { 1 } else { 0 });
        let d = if self.digit.is_none() && u == 10 { 1 } else { d };
        if d == 0 && self.digit.is_none() {
            return None;
        }
        self.section = self.section.checked_add(d.checked_mul(u)?)?;
        self.digit = None;
        self.last_unit = u;
        self.zero_seen = false;
        Some(())
    }

    /// 万, 亿.
    fn big_unit(&mut self, u: u64) -> Option<()> {
        let part = self.section.checked_add(self.digit.unwrap_or(0))?;
        if u == 10_000 {
            if part == 0 && self.high == 0 {
                return None;
            }
            self.mid = part.checked_mul(u)?;
            self.top_magnitude = self.top_magnitude.max(1e4);
        } else {
            if part == 0 && self.mid == 0 {
                return None;
            }
            self.high = self.high.checked_add(self.mid)?.checked_add(part)?.checked_mul(u)?;
            self.mid = 0;
            self.top_magnitude = 1e8;
        }
        self.section = 0;
        self.digit = None;
        self.last_unit = u;
        self.zero_seen = false;
        Some(())
    }

    /// The value and the largest magnitude written.
    fn finish(self) -> Option<(f64, f64)> {
        let tail = match self.digit {
            // 一万五 → 5 × 1000; 一千零五 → 5.
            Some(d) if !self.zero_seen && self.last_unit >= 100 => d.checked_mul(self.last_unit / 10)?,
            Some(d) => d,
            None => 0,
        };
        let total = self.high.checked_add(self.mid)?.checked_add(self.section)?.checked_add(tail)?;
        Some((total as f64, self.top_magnitude.max(1.0)))
    }
}

/// A bare magnitude word read as its value (`百万` → 1000000, `千` → 1000), for the
/// approximate `逾百万人`, `近千名`; callers decide when such a word is a number.
pub fn scan_magnitude(text: &str, at: usize) -> Option<Number> {
    let rest = text.get(at..)?;
    let end = rest.char_indices().take_while(|&(_, c)| matches!(c, '百' | '千' | '万' | '萬' | '亿' | '億')).last()?;
    let end = end.0 + end.1.len_utf8();
    // Ascending factors multiply (百万, 千万, 万亿); a descending step ends the word.
    let mut value = 1.0;
    let mut last = 0.0;
    let mut e = 0;
    for (p, c) in rest[..end].char_indices() {
        let f = match c {
            '百' => 1e2,
            '千' => 1e3,
            '万' | '萬' => 1e4,
            _ => 1e8,
        };
        if f <= last {
            break;
        }
        value *= f;
        last = f;
        e = p + c.len_utf8();
    }
    Some(Number { value, span: Span::new(at, at + e), form: NumberForm::Chinese, magnitude: value })
}

/// A fraction (`三分之一`, `1/3`) or a `百分之` form (`百分之三十`, `百分之12.5`) starting at
/// byte `at`, as a percentage.
pub fn scan_ratio(text: &str, at: usize) -> Option<Ratio> {
    let rest = text.get(at..)?;
    if let Some(after) = rest.strip_prefix("百分之") {
        if after.starts_with('百') && !after[3..].starts_with(|c: char| is_chinese_numeral_char(c)) {
            return Some(Ratio { percent: 100.0, span: Span::new(at, at + "百分之百".len()) });
        }
        let n = scan(after, 0)?;
        let end = at + "百分之".len() + n.span.end;
        return Some(Ratio { percent: round2(n.value), span: Span::new(at, end) });
    }
    // 千分之五, 万分之三: a bare magnitude word is the denominator.
    let den = scan(text, at).or_else(|| scan_magnitude(text, at).filter(|m| text[m.span.end..].starts_with("分之")))?;
    let after = text.get(den.span.end..)?;
    if let Some(num_text) = after.strip_prefix("分之") {
        let num = scan(num_text, 0)?;
        if den.value <= 0.0 {
            return None;
        }
        let end = den.span.end + "分之".len() + num.span.end;
        // A power of ten divides exactly (千分之二点五 → 0.25): no rounding to hundredths.
        let share = num.value / den.value * 100.0;
        let percent = if [1e3, 1e4, 1e5].contains(&den.value) { round(share) } else { round2(share) };
        return Some(Ratio { percent, span: Span::new(at, end) });
    }
    // 三分一, 四分三 (Hong Kong): a one-digit Chinese denominator, 分 and a smaller one-digit
    // numerator — not a time (`三分一秒`) nor 十分 (very).
    if let Some(num_text) = after.strip_prefix('分').filter(|_| den.form == NumberForm::Chinese) {
        let mut cs = num_text.chars();
        let first = cs.next().unwrap_or(' ');
        let num = digit_value(first).filter(|&n| n >= 1 && f64::from(n) < den.value);
        let next = cs.next();
        let single = den.span.end - at == 3 && (2.0..=9.0).contains(&den.value);
        let time = next.is_some_and(|c| is_chinese_numeral_char(c) || "秒分点刻钟".contains(c));
        if let Some(n) = num.filter(|_| single && !time) {
            let end = den.span.end + '分'.len_utf8() + first.len_utf8();
            return Some(Ratio { percent: round2(f64::from(n) / den.value * 100.0), span: Span::new(at, end) });
        }
    }
    // a/b with small integers, a < b: a share, not a date (dates are claimed first), nor the
    // minutes and hour of two clock times (`8:00/17:00`).
    if den.form == NumberForm::Arabic && den.value.fract() == 0.0 && !clock_colon_before(text, at) {
        if let Some(b_text) = after.strip_prefix('/') {
            let b = scan(b_text, 0)?;
            let next = b_text[b.span.end..].chars().next();
            if b.form == NumberForm::Arabic
                && b.value.fract() == 0.0
                && den.value < b.value
                && b.value <= 100.0
                && !next.is_some_and(|c| is_digit(c) || matches!(c, '/' | ':' | '：'))
            {
                let end = den.span.end + 1 + b.span.end;
                return Some(Ratio { percent: round2(den.value / b.value * 100.0), span: Span::new(at, end) });
            }
        }
    }
    None
}

/// True when the number at `at` follows a clock's colon (`8:00`, `8：30`): minutes.
fn clock_colon_before(text: &str, at: usize) -> bool {
    let mut back = text[..at].chars().rev();
    matches!(back.next(), Some(':' | '：')) && back.next().is_some_and(|c| c.is_ascii_digit())
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Writes a non-negative integer in Chinese numerals the way the press does (`一百二十`,
/// `十五`, `一千零五`, `三亿零五十万`); the reference for [`parse`].
pub fn to_chinese(n: u64) -> String {
    if n == 0 {
        return "零".to_string();
    }
    // Groups of four digits: 亿亿… are not used; values up to 10^16 are fine.
    let groups = [(n / 100_000_000, "亿"), ((n / 10_000) % 10_000, "万"), (n % 10_000, "")];
    let mut out = String::new();
    let mut need_zero = false;
    for (k, &(g, unit)) in groups.iter().enumerate() {
        if g == 0 {
            if !out.is_empty() {
                need_zero = true;
            }
            continue;
        }
        if need_zero || (!out.is_empty() && g < 1000) {
            out.push('零');
        }
        let lead = out.is_empty();
        let g_text = if k == 0 && g >= 10_000 { to_chinese(g) } else { group_to_chinese(g, lead) };
        out.push_str(&g_text);
        out.push_str(unit);
        need_zero = false;
    }
    out
}

/// A group below 10000; `lead` allows the short `十五` for 15 at the very start.
fn group_to_chinese(g: u64, lead: bool) -> String {
    let digits = [g / 1000, (g / 100) % 10, (g / 10) % 10, g % 10];
    let units = ["千", "百", "十", ""];
    let mut out = String::new();
    let mut zero = false;
    let mut started = false;
    for (i, &d) in digits.iter().enumerate() {
        if d == 0 {
            if started {
                zero = true;
            }
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        if !(lead && !started && i == 2 && d == 1) {
            out.push(DIGITS[d as usize]);
        }
        out.push_str(units[i]);
        started = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example that documented `parse`.
    #[test]
    fn example_parse() {
        use crate::extract::number::parse;
        assert_eq!(parse("2.2亿"), Some(220_000_000.0));
        assert_eq!(parse("一百二十"), Some(120.0));
        assert_eq!(parse("1,169"), Some(1169.0));
        assert_eq!(parse("两千"), Some(2000.0));
        assert_eq!(parse("12a"), None);
    }

    /// Groups with their own smaller magnitude words after a first one.
    #[test]
    fn lower_magnitude_groups() {
        use crate::extract::number::scan;
        fn read(s: &str) -> Option<(f64, &str)> {
            scan(s, 0).map(|n| (n.value, &s[..n.span.end]))
        }
        assert_eq!(read("1万2千处"), Some((12_000.0, "1万2千")));
        assert_eq!(read("3亿5000万元"), Some((350_000_000.0, "3亿5000万")));
        assert_eq!(read("2千5百元"), Some((2_500.0, "2千5百")));
        assert_eq!(read("1萬2千5百人"), Some((12_500.0, "1萬2千5百")));
        assert_eq!(read("3亿5000万2100元"), Some((350_002_100.0, "3亿5000万2100")));
        // No smaller step, or digits too many for the step: the first word ends the number.
        assert_eq!(read("1万20千人"), Some((10_000.0, "1万")));
        assert_eq!(read("2万3千米"), Some((20_000.0, "2万")));
        assert_eq!(read("1万2000处"), Some((12_000.0, "1万2000")));
        // A run of 千/百 groups closed by a larger word: the run times that word.
        assert_eq!(read("6千3百万元"), Some((63_000_000.0, "6千3百万")));
        assert_eq!(read("2亿4千1百万人"), Some((241_000_000.0, "2亿4千1百万")));
        assert_eq!(read("5千20百万元"), Some((5_000.0, "5千")));
        // One space before 万/亿 joins them; two, or a space before a word, do not.
        assert_eq!(read("1200 万像素"), Some((12_000_000.0, "1200 万")));
        assert_eq!(read("1.08 亿元"), Some((108_000_000.0, "1.08 亿")));
        assert_eq!(read("1200  万"), Some((1_200.0, "1200")));
        assert_eq!(read("1200 家"), Some((1_200.0, "1200")));
    }

    /// The example that documented `scan_magnitude`.
    #[test]
    fn example_scan_magnitude() {
        use crate::extract::number::scan_magnitude;
        assert_eq!(scan_magnitude("百万人", 0).unwrap().value, 1_000_000.0);
        assert!(scan_magnitude("人", 0).is_none());
    }

    /// The example that documented `scan_ratio`.
    #[test]
    fn example_scan_ratio() {
        use crate::extract::number::scan_ratio;
        assert_eq!(scan_ratio("三分之一以上", 0).unwrap().percent, 33.33);
        assert_eq!(scan_ratio("百分之三十", 0).unwrap().percent, 30.0);
        assert_eq!(scan_ratio("1/4", 0).unwrap().percent, 25.0);
    }

    /// The example that documented `to_chinese`.
    #[test]
    fn example_to_chinese() {
        use crate::extract::number::{parse, to_chinese};
        assert_eq!(to_chinese(120), "一百二十");
        assert_eq!(to_chinese(15), "十五");
        assert_eq!(to_chinese(100_050_000), "一亿零五万");
        assert_eq!(parse(&to_chinese(987_654_321)), Some(987_654_321.0));
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(parse("1169"), Some(1169.0));
        assert_eq!(parse("1,169"), Some(1169.0));
        assert_eq!(parse("89.4"), Some(89.4));
        assert_eq!(parse("１２"), Some(12.0));
        assert_eq!(parse("800万"), Some(8_000_000.0));
        assert_eq!(parse("3千万"), Some(30_000_000.0));
        assert_eq!(parse("1.5万亿"), Some(1.5e12));
        // Decimals times a magnitude are exact, not float noise.
        assert_eq!(parse("41.2亿"), Some(4_120_000_000.0));
        assert_eq!(parse("3.56亿"), Some(356_000_000.0));
        assert_eq!(parse("0.07万"), Some(700.0));
        // A space between groups of three digits before a word (Hong Kong: `6 000名`).
        assert_eq!(scan("6 000名", 0).map(|n| n.value), Some(6000.0));
        assert_eq!(scan("12 345 678人", 0).map(|n| n.value), Some(12_345_678.0));
        assert_eq!(scan("2961 8989", 0).map(|n| n.value), Some(2961.0));
        assert_eq!(scan("120 150 180", 0).map(|n| n.value), Some(120.0));
    }

    #[test]
    fn comma_between_numbers_is_not_a_separator() {
        let n = scan("12,34", 0).unwrap();
        assert_eq!((n.value, n.span), (12.0, Span::new(0, 2)));
        let n = scan("1,2345", 0).unwrap();
        assert_eq!(n.value, 1.0);
    }

    #[test]
    fn chinese_forms() {
        for (s, v) in [
            ("三十一", 31.0),
            ("十", 10.0),
            ("十五", 15.0),
            ("一百零五", 105.0),
            ("两千", 2000.0),
            ("一万五", 15000.0),
            ("二〇二四", 2024.0),
            ("廿三", 23.0),
            ("壹佰贰拾", 120.0),
            ("三点五", 3.5),
            ("三点五亿", 350000000.0),
            ("一点二万", 12000.0),
            ("一亿二千万", 120_000_000.0),
        ] {
            assert_eq!(parse(s), Some(v), "{s}");
        }
        assert_eq!(parse("万"), None);
        assert_eq!(parse("三四"), None);
    }

    #[test]
    fn scan_stops_at_non_numerals_and_dangling_point() {
        let text = "共三点钟";
        let n = scan(text, "共".len()).unwrap();
        assert_eq!(n.span.slice(text), "三");
        assert!(scan("abc", 0).is_none());
        assert!(scan("", 5).is_none());
    }

    #[test]
    fn hong_kong_fractions() {
        assert_eq!(scan_ratio("三分一市民", 0).map(|r| r.percent), Some(33.33));
        assert_eq!(scan_ratio("四分三", 0).map(|r| r.percent), Some(75.0));
        assert_eq!(scan_ratio("三分一秒", 0), None);
        assert_eq!(scan_ratio("8:00/17:00", 2), None);
        assert_eq!(scan_ratio("为8：30/17：30", 7), None);
        assert_eq!(scan_ratio("为3/5", 3).map(|r| r.percent), Some(60.0));
        assert_eq!(scan_ratio("十分一致", 0), None);
    }

    #[test]
    fn ratios() {
        assert_eq!(scan_ratio("近1/3", "近".len()).unwrap().percent, 33.33);
        assert!(scan_ratio("3/2", 0).is_none());
        assert!(scan_ratio("2024/2/28", 0).is_none());
        // Per mille and per ten thousand: the magnitude word is the denominator.
        assert_eq!(scan_ratio("千分之五", 0).unwrap().percent, 0.5);
        assert_eq!(scan_ratio("千分之二点一", 0).unwrap().percent, 0.21);
        assert_eq!(scan_ratio("万分之三", 0).unwrap().percent, 0.03);
        assert_eq!(scan_ratio("万分之1.5", 0).unwrap().percent, 0.015);
        assert_eq!(scan_ratio("十万分之五", 0).unwrap().percent, 0.005);
        assert!(scan_ratio("千人", 0).is_none());
    }
}
