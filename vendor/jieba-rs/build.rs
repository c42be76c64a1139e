//! Prebuilds the embedded dictionary and part-of-speech model (PATCH.md).
//!
//! Runs the loaders the crate ran at every start-up — the dictionary's as
//! `Jieba::load_default_dict` runs it into an empty instance, the model's
//! `parse_posseg_data` — and writes the tables they build to
//! `$OUT_DIR/dict.bin` and `$OUT_DIR/posseg.bin` (format: `src/prebuilt.rs`).

#[allow(dead_code)]
#[path = "src/posseg.rs"]
mod posseg;
#[allow(dead_code)]
#[path = "src/prebuilt.rs"]
mod prebuilt;
#[allow(dead_code)]
#[path = "src/trie.rs"]
mod trie;

use prebuilt::Writer;
use std::path::Path;

// What the included modules use from the crate root.
type FxHashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
#[allow(dead_code)]
const SCRATCH_BUDGET: usize = 0;
#[allow(dead_code)]
fn release_if_huge<T>(_: &mut Vec<T>, _: usize) {}
#[allow(dead_code)]
static PREBUILT_POSSEG: &[u8] = &[];

/// The records, tags and trie `Jieba::load_default_dict` builds from `dict`
/// (one `word freq tag` per line, no duplicates) in an empty instance: tags
/// numbered in order of first use, records in line order, the trie reserved
/// for every line. Each record is written as the index of its frequency in
/// the sorted distinct frequencies (`u16`) and its tag (`u8`).
fn write_dict(dict: &str, out: &mut Writer) {
    let mut trie = trie::CharTrie::new();
    trie.reserve(dict.bytes().filter(|&b| b == b'\n').count() + 1);
    let mut tags: Vec<&str> = Vec::new();
    let mut records: Vec<(usize, usize)> = Vec::new();
    for line in dict.lines() {
        let mut iter = line.split_ascii_whitespace();
        let Some(word) = iter.next() else { continue };
        let freq = iter.next().map_or(0, |x| x.parse::<usize>().expect("invalid frequency in default dict"));
        let tag = iter.next().unwrap_or("");
        let tag = tags.iter().position(|&t| t == tag).unwrap_or_else(|| {
            tags.push(tag);
            tags.len() - 1
        });
        assert!(trie.insert(word, records.len() as i32).is_none(), "duplicate word {word} in default dict");
        records.push((freq, tag));
    }
    let mut freqs: Vec<usize> = records.iter().map(|&(freq, _)| freq).collect();
    freqs.sort_unstable();
    freqs.dedup();
    assert!(freqs.len() <= 1 << 16 && tags.len() <= 1 << 8);
    out.u32(tags.len() as u32);
    for tag in &tags {
        out.str(tag);
    }
    out.u32(freqs.len() as u32);
    for &freq in &freqs {
        out.u64(freq as u64);
    }
    out.u32(records.len() as u32);
    for &(freq, tag) in &records {
        out.u16(freqs.binary_search(&freq).unwrap() as u16);
        out.u8(tag as u8);
    }
    let mut tables = Writer(Vec::new());
    trie.write(&mut tables);
    assert_eq!(rewrite(&tables.0, |r, w| trie::CharTrie::read(r).write(w)), tables.0, "trie tables read back");
    out.0.extend_from_slice(&tables.0);
}

/// What `read` reads from `bytes`, written again: equal to `bytes` when the
/// reader restores every table the writer wrote.
fn rewrite(bytes: &[u8], read_write: impl Fn(&mut prebuilt::Reader, &mut Writer)) -> Vec<u8> {
    let mut reader = prebuilt::Reader(bytes);
    let mut out = Writer(Vec::new());
    read_write(&mut reader, &mut out);
    assert!(reader.0.is_empty(), "tables read back to the end");
    out.0
}

fn main() {
    for file in ["build.rs", "src/data/dict.txt", "src/data/posseg.txt", "src/posseg.rs", "src/prebuilt.rs", "src/trie.rs"] {
        println!("cargo:rerun-if-changed={file}");
    }
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out_dir = Path::new(&out_dir);

    let dict = std::fs::read_to_string("src/data/dict.txt").expect("src/data/dict.txt");
    let mut out = Writer(Vec::new());
    write_dict(&dict, &mut out);
    std::fs::write(out_dir.join("dict.bin"), &out.0).expect("write dict.bin");

    let model = std::fs::read_to_string("src/data/posseg.txt").expect("src/data/posseg.txt");
    let mut out = Writer(Vec::new());
    posseg::parse_posseg_data(&model).write(&mut out);
    let rewritten = rewrite(&out.0, |r, w| posseg::PossegData::read(r).write(w));
    assert_eq!(rewritten, out.0, "part-of-speech tables read back");
    std::fs::write(out_dir.join("posseg.bin"), &out.0).expect("write posseg.bin");
}
