//! Fast re-encoding to GBK and Big5 for mojibake repair.
//!
//! encoding_rs's legacy CJK encoders are built for size, not speed (a search per
//! character), and its Big5 encoder refuses the HKSCS characters its decoder produces. The
//! repair re-encodes every suspicious run several times, so both directions are served from
//! reverse tables built once, on first use, by decoding every double-byte code: whatever the
//! decoder produced, the table gives back the bytes it came from (the encoder's choice where
//! two codes decode to the same character).

use encoding_rs::{Encoding, BIG5, GBK};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Character → double-byte code, for one codec.
struct Reverse(HashMap<char, [u8; 2]>);

impl Reverse {
    fn build(
        enc: &'static Encoding,
        leads: std::ops::RangeInclusive<u8>,
        trails: &[std::ops::RangeInclusive<u8>],
    ) -> Self {
        let mut map: HashMap<char, [u8; 2]> = HashMap::new();
        let mut dups: Vec<char> = Vec::new();
        for lead in leads {
            for trail in trails.iter().cloned().flatten() {
                let pair = [lead, trail];
                let Some(s) = enc.decode_without_bom_handling_and_without_replacement(&pair) else { continue };
                let mut it = s.chars();
                let (Some(c), None) = (it.next(), it.next()) else { continue };
                if map.insert(c, pair).is_some() {
                    dups.push(c);
                }
            }
        }
        // Where two codes decode to one character, keep the encoder's choice.
        let mut buf = [0u8; 4];
        for c in dups {
            let (bytes, _, had_errors) = enc.encode(c.encode_utf8(&mut buf));
            if let (false, [a, b]) = (had_errors, &bytes[..]) {
                map.insert(c, [*a, *b]);
            }
        }
        Reverse(map)
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
            out.extend_from_slice(rev.0.get(&c)?);
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
}
