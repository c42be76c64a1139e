//! The corpus re-encoded (GBK, GB18030, Big5 for the traditional articles, UTF-16 with BOM)
//! decodes to the same text and gives the same record as the UTF-8 original.

use std::path::PathBuf;
use zhnews::internals::{decode, DecodeOptions};

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// Bytes of `text` in `encoding`, or `None` when the encoding cannot represent it
/// (emoji in Big5/GBK).
fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Option<Vec<u8>> {
    let (bytes, _, unmappable) = encoding.encode(text);
    (!unmappable).then(|| bytes.into_owned())
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut out = if little { vec![0xff, 0xfe] } else { vec![0xfe, 0xff] };
    for unit in text.encode_utf16() {
        out.extend_from_slice(&if little { unit.to_le_bytes() } else { unit.to_be_bytes() });
    }
    out
}

#[test]
fn reencoded_corpus_decodes_to_the_same_text() {
    let opts = DecodeOptions::default();
    for (name, text) in corpus() {
        let mut cases: Vec<(&str, Vec<u8>)> = vec![("UTF-16LE", utf16(&text, true)), ("UTF-16BE", utf16(&text, false))];
        cases.push(("gb18030", encode(&text, encoding_rs::GB18030).unwrap()));
        if let Some(gbk) = encode(&text, encoding_rs::GBK) {
            cases.push(("GBK", gbk));
        }
        if name.contains("trad") {
            // Big5 cannot hold emoji or pinyin tone marks: encode what it can hold.
            let clean: String = text.chars().filter(|&c| encode(&c.to_string(), encoding_rs::BIG5).is_some()).collect();
            let big5 = encode(&clean, encoding_rs::BIG5).unwrap();
            let d = decode(&big5, &opts).unwrap();
            assert_eq!(d.encoding, "Big5", "{name}");
            assert_eq!(d.text, clean, "{name} as Big5");
        }
        for (label, bytes) in cases {
            let d = decode(&bytes, &opts).unwrap_or_else(|e| panic!("{name} as {label}: {e}"));
            assert_eq!(d.text, text, "{name} as {label}");
            assert!(d.malformed.is_empty());
        }
    }
}

#[test]
fn gbk_detection_names_the_encoding() {
    // Simplified articles without emoji fit in GBK and are detected as GBK (a GB18030 superset alias).
    for (name, text) in corpus() {
        if let Some(gbk) = encode(&text, encoding_rs::GBK) {
            let d = decode(&gbk, &DecodeOptions::default()).unwrap();
            assert_eq!(d.encoding, "GBK", "{name}");
        }
    }
}

#[test]
fn reencoded_corpus_gives_identical_records() {
    let extractor = zhnews::Extractor::new();
    for (name, text) in corpus() {
        let reference = extractor.extract(&text).unwrap();
        for (label, bytes) in
            [("UTF-16LE", utf16(&text, true)), ("gb18030", encode(&text, encoding_rs::GB18030).unwrap())]
        {
            let mut got = extractor.extract_bytes(&bytes).unwrap();
            // GB18030 bytes of text that fits in GBK are indistinguishable from GBK (and
            // encoding_rs decodes both the same way).
            let detected = got.meta.encoding.to_lowercase();
            assert!(
                detected == label.to_lowercase() || (label == "gb18030" && detected == "gbk"),
                "{name}: {detected}"
            );
            got.meta.encoding = reference.meta.encoding.clone();
            assert_eq!(got, reference, "{name} as {label}");
        }
    }
}

#[test]
fn corpus_without_bom_as_utf16_and_with_one_bad_byte_as_utf8() {
    // #17, decoding: UTF-16 without a BOM is told from the NUL pattern of CJK text too, and
    // one bad byte (or an encoded surrogate) in valid UTF-8 does not flip the page.
    let opts = DecodeOptions::default();
    for (name, text) in corpus() {
        for little in [true, false] {
            let bytes = utf16(&text, little);
            let d = decode(&bytes[2..], &opts).unwrap_or_else(|e| panic!("{name} as UTF-16 without BOM: {e}"));
            assert_eq!(d.text, text, "{name} little-endian {little}");
        }
        let middle = text.char_indices().map(|(i, _)| i).nth(text.chars().count() / 2).unwrap_or(0);
        for bad in [&b"\xff"[..], b"\xed\xa0\x80"] {
            let bytes = [&text.as_bytes()[..middle], bad, &text.as_bytes()[middle..]].concat();
            let d = decode(&bytes, &opts).unwrap();
            assert_eq!(d.encoding, "UTF-8", "{name} with {bad:?}");
            assert_eq!(d.text.replace('\u{fffd}', ""), text.replace('\u{fffd}', ""), "{name}");
            assert!(!d.malformed.is_empty(), "{name}");
        }
    }
}
