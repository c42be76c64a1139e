//! Fast re-encoding to GBK and Big5 for mojibake repair.
//!
//! encoding_rs's legacy CJK encoders are built for size, not speed (a search per
//! character), and its Big5 encoder refuses the HKSCS characters its decoder produces. The
//! repair re-encodes every suspicious run several times, so both directions are served from
//! reverse tables built once, on first use, by decoding every double-byte code: whatever the
//! decoder produced, the table gives back the bytes it came from (the encoder's choice where
//! two codes decode to the same character).

use encoding_rs::{DecoderResult, Encoding, BIG5, GBK};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Character → double-byte code, for one codec: the basic plane in a table (a zero lead byte
/// is no code: leads start at 0x81), the rest (HKSCS characters of Big5) in a map.
struct Reverse {
    bmp: Vec<[u8; 2]>,
    astral: FxHashMap<char, [u8; 2]>,
}

impl Reverse {
    fn build(
        enc: &'static Encoding,
        leads: std::ops::RangeInclusive<u8>,
        trails: &[std::ops::RangeInclusive<u8>],
    ) -> Self {
        let mut rev = Reverse { bmp: vec![[0, 0]; 0x1_0000], astral: FxHashMap::default() };
        let mut dups: Vec<char> = Vec::new();
        for lead in leads {
            for trail in trails.iter().cloned().flatten() {
                let pair = [lead, trail];
                if let Some(c) = decode_pair(enc, pair) {
                    if rev.insert(c, pair).is_some() {
                        dups.push(c);
                    }
                }
            }
        }
        // Where two codes decode to one character, keep the encoder's choice.
        let mut buf = [0u8; 4];
        for c in dups {
            let (bytes, _, had_errors) = enc.encode(c.encode_utf8(&mut buf));
            if let (false, [a, b]) = (had_errors, &bytes[..]) {
                rev.insert(c, [*a, *b]);
            }
        }
        rev
    }

    /// Sets the code of `c`; returns the one it had.
    fn insert(&mut self, c: char, pair: [u8; 2]) -> Option<[u8; 2]> {
        if (c as u32) < 0x1_0000 {
            let old = std::mem::replace(&mut self.bmp[c as usize], pair);
            (old[0] != 0).then_some(old)
        } else {
            self.astral.insert(c, pair)
        }
    }

    fn get(&self, c: char) -> Option<[u8; 2]> {
        if (c as u32) < 0x1_0000 {
            Some(self.bmp[c as usize]).filter(|p| p[0] != 0)
        } else {
            self.astral.get(&c).copied()
        }
    }
}

/// The one character a double-byte code decodes to, if it decodes to exactly one.
fn decode_pair(enc: &'static Encoding, pair: [u8; 2]) -> Option<char> {
    let mut buf = [0u8; 16];
    let mut decoder = enc.new_decoder_without_bom_handling();
    let (result, _, written) = decoder.decode_to_utf8_without_replacement(&pair, &mut buf, true);
    if result != DecoderResult::InputEmpty {
        return None;
    }
    let mut it = std::str::from_utf8(&buf[..written]).ok()?.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

static GBK_REVERSE: LazyLock<Reverse> = LazyLock::new(|| Reverse::build(GBK, 0x81..=0xFE, &[0x40..=0x7E, 0x80..=0xFE]));
static BIG5_REVERSE: LazyLock<Reverse> =
    LazyLock::new(|| Reverse::build(BIG5, 0x81..=0xFE, &[0x40..=0x7E, 0xA1..=0xFE]));

fn encode_with(rev: &Reverse, s: &str, euro: Option<u8>) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if c == '€' && euro.is_some() {
            out.extend(euro);
        } else {
            out.extend_from_slice(&rev.get(c)?);
        }
    }
    Some(out)
}

/// The GBK bytes of `s` (as encoding_rs's GBK encoder writes them: `€` is 0x80), or None
/// when a character has no GBK code.
pub fn gbk(s: &str) -> Option<Vec<u8>> {
    encode_with(&GBK_REVERSE, s, Some(0x80))
}

/// The Big5 bytes of `s`, including the HKSCS characters of the Big5 decoder.
pub fn big5(s: &str) -> Option<Vec<u8>> {
    encode_with(&BIG5_REVERSE, s, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_encoders_where_they_encode() {
        let text = "臺北市政府衛生局表示，將擴大社區醫療服務。上海市卫生健康委员会€ぷ";
        assert_eq!(gbk(text).as_deref(), Some(&GBK.encode(text).0[..]));
        let trad = "臺北市政府衛生局表示，將擴大社區醫療服務。";
        assert_eq!(big5(trad).as_deref(), Some(&BIG5.encode(trad).0[..]));
        assert_eq!(gbk("😊"), None);
    }

    /// The streaming decoder of `decode_pair` reads every code as the one-shot decoder does.
    #[test]
    fn pairs_decode_as_whole_strings_do() {
        for enc in [GBK, BIG5] {
            for pair in (0x81..=0xFEu8).flat_map(|a| (0x40..=0xFEu8).map(move |b| [a, b])) {
                let whole = enc.decode_without_bom_handling_and_without_replacement(&pair);
                let one = whole.as_deref().and_then(|s| Some(s.chars().next()?).filter(|_| s.chars().count() == 1));
                assert_eq!(decode_pair(enc, pair), one, "{} {pair:02X?}", enc.name());
            }
        }
        // Characters beyond the basic plane (HKSCS) encode back to a code that reads as them.
        let astral: Vec<char> = (0x87..=0xFEu8)
            .flat_map(|a| (0x40..=0xFEu8).map(move |b| [a, b]))
            .filter_map(|p| decode_pair(BIG5, p))
            .filter(|&c| c as u32 >= 0x1_0000)
            .collect();
        assert!(astral.len() > 100, "{}", astral.len());
        for c in astral {
            let bytes = big5(&c.to_string()).expect("encodes");
            assert_eq!(decode_pair(BIG5, [bytes[0], bytes[1]]), Some(c));
        }
    }
}
