//! Stage 1: bytes → text.
//!
//! **In:** raw bytes and [`DecodeOptions`]. **Out:** [`Decoded`] — the text, the name of the
//! encoding used, and the byte spans (in the decoded text) where malformed input was replaced
//! by U+FFFD.
//!
//! **Order of decisions:** a byte-order mark (UTF-8, UTF-16LE/BE) wins; else an encoding given
//! in the options; else UTF-16 without BOM when the NUL pattern says so; else UTF-8 when the
//! bytes are valid UTF-8, or valid but for a few bad sequences (a stray byte, an encoded
//! surrogate: one page must not flip to another encoding for one bad byte; each bad sequence
//! is then a malformed span); else `chardetng` picks among the legacy encodings (GBK/GB18030, Big5, Shift_JIS, …) and
//! `encoding_rs` decodes.
//!
//! **Guarantees:** never panics; input over the size limit is [`Error::TooLarge`]; binary
//! data is [`Error::NotText`]; empty input decodes to empty text. Malformed bytes never
//! vanish: each run becomes one U+FFFD listed in [`Decoded::malformed`], or, with
//! `strict`, an [`Error::Decode`] carrying the byte offset in the input.

use crate::error::{Error, Result};
use crate::span::Span;
use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Default limit on input size: 16 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// How to decode.
#[derive(Debug, Clone, Copy)]
pub struct DecodeOptions {
    /// Use this encoding instead of detecting one (a BOM still wins, as in browsers).
    pub encoding: Option<&'static Encoding>,
    /// Turn malformed input into [`Error::Decode`] instead of U+FFFD.
    pub strict: bool,
    /// Inputs longer than this are refused with [`Error::TooLarge`].
    pub max_input_bytes: usize,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions { encoding: None, strict: false, max_input_bytes: DEFAULT_MAX_INPUT_BYTES }
    }
}

/// Decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text (BOM removed). All later offsets point into it.
    pub text: String,
    /// The encoding's canonical name: `UTF-8`, `GBK`, `gb18030`, `Big5`, `UTF-16LE`, …
    pub encoding: &'static str,
    /// Byte spans in `text` of U+FFFD characters that stand for malformed input.
    pub malformed: Vec<Span>,
}

/// Looks up an encoding by its WHATWG label (`"gbk"`, `"big5"`, `"utf-16le"`, `"gb2312"`, …).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| Error::UnknownEncoding(label.to_string()))
}

/// Checks a `&str` input against the size limit (the only check text input needs).
pub fn check_size(len: usize, limit: usize) -> Result<()> {
    if len > limit {
        return Err(Error::TooLarge { size: len, limit });
    }
    Ok(())
}

/// Decodes `bytes` following the module's order of decisions.
pub fn decode(bytes: &[u8], options: &DecodeOptions) -> Result<Decoded> {
    check_size(bytes.len(), options.max_input_bytes)?;
    if bytes.is_empty() {
        return Ok(Decoded { text: String::new(), encoding: UTF_8.name(), malformed: Vec::new() });
    }
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None => (choose_encoding(bytes, options)?, bytes),
    };
    let decoded = decode_with(encoding, body, options.strict, bytes.len() - body.len())?;
    reject_binary(&decoded.text)?;
    Ok(decoded)
}

fn choose_encoding(bytes: &[u8], options: &DecodeOptions) -> Result<&'static Encoding> {
    if let Some(encoding) = options.encoding {
        return Ok(encoding);
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return Ok(encoding);
    }
    if bytes.contains(&0) {
        return Err(Error::NotText { reason: "NUL bytes in input that is not UTF-16" });
    }
    if mostly_utf8(bytes) {
        return Ok(UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    Ok(detector.guess(None, chardetng::Utf8Detection::Allow))
}

/// Fewest multi-byte characters for bytes with bad sequences to be read as UTF-8.
const MIN_UTF8_CHARS: usize = 8;
/// Most bad sequences per valid multi-byte character for bytes to be read as UTF-8 (legacy
/// CJK encodings make a bad sequence of nearly every character).
const MAX_BAD_PER_UTF8_CHAR: f64 = 1.0 / 20.0;

/// Valid UTF-8, or valid but for a few bad sequences among many multi-byte characters.
fn mostly_utf8(bytes: &[u8]) -> bool {
    // Valid UTF-8 (most inputs) has no bad sequence: std's validation says so several times
    // faster than counting the chunks.
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let (multibyte, bad) = utf8_counts(bytes);
    bad == 0 || many_utf8(multibyte, bad)
}

fn many_utf8(multibyte: usize, bad: usize) -> bool {
    multibyte >= MIN_UTF8_CHARS && bad as f64 <= multibyte as f64 * MAX_BAD_PER_UTF8_CHAR
}

/// Bytes that are UTF-8 beyond doubt: [`mostly_utf8`] with at least [`MIN_UTF8_CHARS`]
/// multi-byte characters (text of a legacy CJK encoding makes bad sequences of most of its
/// characters). Such bytes outweigh a charset a page declares in its markup.
#[cfg(feature = "html")]
pub(crate) fn clearly_utf8(bytes: &[u8]) -> bool {
    let (multibyte, bad) = utf8_counts(bytes);
    many_utf8(multibyte, bad)
}

/// (valid multi-byte characters, bad sequences) of `bytes` read as UTF-8.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    let (mut multibyte, mut bad, mut after_bad) = (0usize, 0usize, false);
    for chunk in bytes.utf8_chunks() {
        // A multi-byte character of valid UTF-8 is one lead byte (`11xxxxxx`) and its continuations.
        multibyte += count_bytes(chunk.valid().as_bytes(), |b| b >= 0xC0);
        // Bad bytes in a row (`ED A0 80`, an encoded surrogate) are one bad sequence.
        let new_run = !chunk.invalid().is_empty() && (!chunk.valid().is_empty() || !after_bad);
        bad += usize::from(new_run);
        after_bad = !chunk.invalid().is_empty();
    }
    (multibyte, bad)
}

/// The characters that start in `bytes` of UTF-8: the bytes that are not continuations.
pub(crate) fn char_starts(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| (b & 0xc0) != 0x80)
}

/// The bytes of `bytes` that `hit` picks, summed in 8-bit lanes over blocks of 255 bytes (no
/// block overflows one): the compiler then counts 16 bytes an instruction, where a count in a
/// `usize` widens every byte to 64 bits first.
fn count_bytes(bytes: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    bytes.chunks(255).map(|block| block.iter().map(|&b| u8::from(hit(b))).sum::<u8>() as usize).sum()
}

/// UTF-16 without a BOM: ASCII-heavy text has NUL in every other byte.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let zero_odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // CJK-heavy UTF-16 has few NULs, but then any NUL at all is telling; require a clear
    // one-sided pattern so that binary data is not mistaken for text.
    let clear = |hits: usize, other: usize| hits * 5 >= pairs && other * 20 <= hits;
    if clear(zero_odd, zero_even) {
        Some(UTF_16LE)
    } else if clear(zero_even, zero_odd) {
        Some(UTF_16BE)
    } else if zero_odd + zero_even > 0 {
        // CJK-heavy text: a few NULs, mostly on one side (line breaks, digits), some on the
        // other (`一` is 4E00, `最` 6700), and the characters read as text in that order.
        let orders = if zero_odd >= zero_even { [UTF_16LE, UTF_16BE] } else { [UTF_16BE, UTF_16LE] };
        orders.into_iter().find(|&e| reads_as_text(e, sample))
    } else {
        None
    }
}

/// Whether `sample` decoded with `encoding` is nine tenths text: ASCII, CJK punctuation,
/// full-width forms, and Han characters common enough to be in GB2312 or Big5.
fn reads_as_text(encoding: &'static Encoding, sample: &[u8]) -> bool {
    let (text, _) = encoding.decode_without_bom_handling(sample);
    let (mut good, mut total) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        let ok = c.is_ascii_graphic()
            || c.is_ascii_whitespace()
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
            || common_han(c);
        good += usize::from(ok);
    }
    total > 0 && good * 10 >= total * 9
}

/// A Han character of GB2312 or of Big5: what running Chinese text is made of.
fn common_han(c: char) -> bool {
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    let in_table = |encoding: &'static Encoding, leads: std::ops::RangeInclusive<u8>| {
        let (bytes, _, unmappable) = encoding.encode(s);
        !unmappable && bytes.len() == 2 && leads.contains(&bytes[0])
    };
    crate::text::is_han(c) && (in_table(encoding_rs::GBK, 0xB0..=0xF7) || in_table(encoding_rs::BIG5, 0xA4..=0xF9))
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], strict: bool, input_offset: usize) -> Result<Decoded> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let mut malformed = Vec::new();
    let mut read = 0;
    loop {
        let (result, consumed) = decoder.decode_to_string_without_replacement(&bytes[read..], &mut text, true);
        read += consumed;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                text.reserve(bytes.len() - read + 16);
            }
            DecoderResult::Malformed(bad, unread) => {
                if strict {
                    let offset = input_offset + read - unread as usize - bad as usize;
                    return Err(Error::Decode { encoding: encoding.name(), offset });
                }
                let start = text.len();
                text.push(char::REPLACEMENT_CHARACTER);
                malformed.push(Span::new(start, text.len()));
            }
        }
    }
    Ok(Decoded { text, encoding: encoding.name(), malformed })
}

/// Text has few control characters; binary data has many.
pub(crate) fn reject_binary(text: &str) -> Result<()> {
    const SAMPLE_CHARS: usize = 64 * 1024;
    // The first `SAMPLE_CHARS` characters (a text of no more bytes has no more), counted by
    // bytes: each count is a pass the compiler vectorizes (see `count_bytes`).
    let sample = if text.len() > SAMPLE_CHARS {
        text.char_indices().nth(SAMPLE_CHARS).map_or(text, |(i, _)| &text[..i])
    } else {
        text
    }
    .as_bytes();
    let total = char_starts(sample);
    let nul = count_bytes(sample, |b| b == 0);
    // Control characters but NUL and the whitespace ones: C0 and DEL are one byte each; a C1
    // control (U+0080–U+009F) is 0xC2 then 0x80–0x9F.
    let c0 = count_bytes(sample, |b| matches!(b, 0x01..=0x08 | 0x0e..=0x1f | 0x7f));
    let c1 = memchr::memchr_iter(0xc2, sample).filter(|&i| sample.get(i + 1).is_some_and(|&b| b < 0xa0)).count();
    let control = c0 + c1;
    if nul > 0 && nul * 100 >= total {
        return Err(Error::NotText { reason: "NUL characters in text" });
    }
    if (nul + control) * 10 > total {
        return Err(Error::NotText { reason: "mostly control characters" });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_counted_by_bytes() {
        // C0 controls but the whitespace ones, DEL and C1 controls count; U+00A0 and `¢`
        // (0xC2 leads them too) do not.
        assert!(reject_binary(&"\u{1}\u{7f}\u{85}\u{9f}".repeat(3)).is_err());
        assert!(reject_binary(&"\t\n\r\u{b}\u{c}\u{a0}¢".repeat(10)).is_ok());
        // One control in ten characters is still text; two are not.
        assert!(reject_binary("\u{85}一二三四五六七八九").is_ok());
        assert!(reject_binary("\u{85}\u{1}二三四五六七八九").is_err());
    }

    /// The example that documented `encoding_for_label`.
    #[test]
    fn example_encoding_for_label() {
        assert_eq!(crate::decode::encoding_for_label("gb2312").unwrap().name(), "GBK");
        assert!(crate::decode::encoding_for_label("klingon").is_err());
    }

    /// The example that documented `decode`.
    #[test]
    fn example_decode() {
        use crate::decode::{decode, DecodeOptions};
        let (gbk, _, _) = encoding_rs::GBK.encode("上海市卫生健康委员会发布通知，要求各区落实。");
        let decoded = decode(&gbk, &DecodeOptions::default()).unwrap();
        assert_eq!(decoded.text, "上海市卫生健康委员会发布通知，要求各区落实。");
        assert_eq!(decoded.encoding, "GBK");
    }

    fn decode_default(bytes: &[u8]) -> Result<Decoded> {
        decode(bytes, &DecodeOptions::default())
    }

    #[test]
    fn utf8_bom_is_removed() {
        let d = decode_default("\u{feff}卫健委".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("卫健委", "UTF-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "2024年 Health 卫生";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let with_bom = [&[0xff, 0xfe][..], &le].concat();
        assert_eq!(decode_default(&with_bom).unwrap().text, text);
        assert_eq!(decode_default(&with_bom).unwrap().encoding, "UTF-16LE");
        let be_bom = [&[0xfe, 0xff][..], &be].concat();
        assert_eq!(decode_default(&be_bom).unwrap().encoding, "UTF-16BE");
        let ascii_heavy = "Shanghai health commission 2024: 卫生";
        let le: Vec<u8> = ascii_heavy.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode_default(&le).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (ascii_heavy, "UTF-16LE"));
        // CJK-heavy text without a BOM: few NULs, all on one side.
        let cjk = "上海市卫生健康委员会今日发布通知，要求各区做好社区卫生服务中心建设。\n臺北市政府衛生局表示，將擴大社區醫療服務。\n";
        let le: Vec<u8> = cjk.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = cjk.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(
            (decode_default(&le).unwrap().text.as_str(), decode_default(&le).unwrap().encoding),
            (cjk, "UTF-16LE")
        );
        assert_eq!(
            (decode_default(&be).unwrap().text.as_str(), decode_default(&be).unwrap().encoding),
            (cjk, "UTF-16BE")
        );
        // Binary data with one-sided NULs is still not text.
        let binary: Vec<u8> = (0..200u32).flat_map(|i| [(i * 37 % 251) as u8 | 1, 0]).collect();
        assert!(matches!(decode_default(&[&[0x13, 0x9a][..], &binary].concat()), Err(Error::NotText { .. })));
    }

    #[test]
    fn big5_is_detected() {
        let text = "臺北市政府衛生局今日表示，將擴大社區醫療服務，並加強長期照顧體系。";
        let (bytes, _, _) = encoding_rs::BIG5.encode(text);
        let d = decode_default(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "Big5"));
    }

    #[test]
    fn malformed_bytes_become_replacement_with_span() {
        let mut bytes = "上海".as_bytes().to_vec();
        bytes.push(0xff);
        bytes.extend_from_slice("卫生".as_bytes());
        let d = decode(&bytes, &DecodeOptions { encoding: Some(UTF_8), ..Default::default() }).unwrap();
        assert_eq!(d.text, "上海\u{fffd}卫生");
        assert_eq!(d.malformed, vec![Span::new(6, 9)]);
        let strict = DecodeOptions { encoding: Some(UTF_8), strict: true, ..Default::default() };
        assert_eq!(decode(&bytes, &strict), Err(Error::Decode { encoding: "UTF-8", offset: 6 }));
    }

    #[test]
    fn a_few_bad_bytes_do_not_flip_utf8() {
        let text = "上海市卫生健康委员会今日发布通知，要求各区做好社区卫生服务中心建设。";
        for bad in [&b"\xff"[..], b"\xed\xa0\x80", b"\xe4\xb8"] {
            let bytes = [&text.as_bytes()[..9], bad, &text.as_bytes()[9..]].concat();
            let d = decode_default(&bytes).unwrap();
            assert_eq!(d.encoding, "UTF-8", "{bad:?}");
            assert_eq!(d.text.replace('\u{fffd}', ""), text);
            assert!(!d.malformed.is_empty());
            let strict = DecodeOptions { strict: true, ..Default::default() };
            assert_eq!(decode(&bytes, &strict), Err(Error::Decode { encoding: "UTF-8", offset: 9 }));
        }
        // Legacy encodings stay legacy: GBK makes a bad sequence of nearly every character.
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(decode_default(&gbk).unwrap().encoding, "GBK");
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("Zürich café, 25 °C ± 2");
        assert_eq!(decode_default(&latin).unwrap().text, "Zürich café, 25 °C ± 2");
    }

    #[test]
    fn limits_and_binary() {
        let opts = DecodeOptions { max_input_bytes: 4, ..Default::default() };
        assert_eq!(decode(b"hello", &opts), Err(Error::TooLarge { size: 5, limit: 4 }));
        assert!(matches!(
            decode_default(&[0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 3, 0]),
            Err(Error::NotText { .. })
        ));
        assert!(matches!(decode_default(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), Err(Error::NotText { .. })));
        assert_eq!(decode_default(b"").unwrap().text, "");
    }

    #[test]
    fn unknown_label_is_an_error() {
        assert_eq!(encoding_for_label("nope").unwrap_err(), Error::UnknownEncoding("nope".into()));
    }
}
