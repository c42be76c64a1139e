//! The vendored jieba-rs (`vendor/jieba-rs/PATCH.md`) reads its embedded dictionary from the
//! tables its build script wrote with jieba's own loader. Its segmentation must be the text
//! loader's: `Jieba::new()` against `Jieba::with_dict` over the same dictionary text, on every
//! line of the corpus and dev articles and of the tune pages of `../shared/realdev/` (skipped
//! when absent), cut with and without the HMM and tagged, before and after words are added.
//! (The part-of-speech model's tables are checked where they are built: the build script reads
//! them back and compares.)

use crate::support::{realdev_texts, repo};
use jieba_rs::Jieba;
use std::path::Path;

static DICT: &str = include_str!("../vendor/jieba-rs/src/data/dict.txt");

/// The lines of the `.txt` files of `dir` that `keep` accepts (by file stem), in name order.
fn lines_of(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let files = files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt"));
    let files = files.filter(|p| keep(p.file_stem().unwrap().to_str().unwrap()));
    files
        .flat_map(|p| {
            String::from_utf8_lossy(&std::fs::read(p).unwrap()).lines().map(str::to_string).collect::<Vec<_>>()
        })
        .collect()
}

/// A realdev page that is not blind (ids divisible by 4 are).
fn is_tune_page(stem: &str) -> bool {
    stem.strip_prefix('R').and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| n % 4 != 0)
}

/// Number of lines segmented alike by both (panics on the first that is not).
fn compare(prebuilt: &Jieba, text: &Jieba, lines: &[String]) -> usize {
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(prebuilt.cut(line, true), text.cut(line, true), "line {i}, cut with HMM");
        assert_eq!(prebuilt.cut(line, false), text.cut(line, false), "line {i}, cut without HMM");
        assert_eq!(prebuilt.tag(line, true), text.tag(line, true), "line {i}, tagged");
    }
    lines.len()
}

#[test]
fn prebuilt_dictionary_segments_as_the_text_loader() {
    let mut lines = lines_of(&repo("corpus"), |_| true);
    lines.extend(lines_of(&repo("corpus/dev"), |_| true));
    if let Some(dir) = realdev_texts("jieba_prebuilt on the real pages") {
        lines.extend(lines_of(&dir, is_tune_page));
    }
    let mut prebuilt = Jieba::new();
    let mut text = Jieba::with_dict(&mut DICT.as_bytes()).unwrap();
    assert!(compare(&prebuilt, &text, &lines) > 300);

    for jieba in [&mut prebuilt, &mut text] {
        jieba.add_word("南屿镇卫生院", Some(3000), Some("nt"));
        jieba.add_word("青禾县", None, Some("ns"));
        jieba.add_word("医共体", Some(50), None);
    }
    let composed = "青禾县南屿镇卫生院加入县域医共体，张晓明说。".to_string();
    let words: Vec<&str> = prebuilt.cut(&composed, true).into_iter().map(|t| t.word).collect();
    assert!(["青禾县", "南屿镇卫生院", "医共体"].iter().all(|w| words.contains(w)), "{words:?}");
    assert!(compare(&prebuilt, &text, &[composed]) == 1);
    assert!(compare(&prebuilt, &text, &lines) > 300);
}

/// `load_default_dict` into an instance that already has words: the prebuilt records go through
/// the text loader's duplicate check (a word already there keeps its tag and takes the
/// dictionary's frequency; a new word is added), so the result equals `load_dict` of the text.
#[test]
fn default_dictionary_into_a_non_empty_instance_loads_as_the_text() {
    let mut prebuilt = Jieba::empty();
    let mut text = Jieba::empty();
    for jieba in [&mut prebuilt, &mut text] {
        // 医院 and 卫生 are in the dictionary, 青禾县 and 南屿镇卫生院 are not.
        jieba.add_word("医院", Some(7), Some("zz"));
        jieba.add_word("卫生", Some(3), None);
        jieba.add_word("青禾县", Some(900), Some("ns"));
        jieba.add_word("南屿镇卫生院", Some(2000), Some("nt"));
    }
    prebuilt.load_default_dict();
    text.load_dict(&mut DICT.as_bytes()).unwrap();

    let composed = "青禾县南屿镇卫生院与临江市人民医院组建医联体，张晓明介绍卫生健康工作。".to_string();
    let tagged = prebuilt.tag(&composed, true);
    let tag_of = |word: &str| tagged.iter().find(|t| t.word == word).map(|t| t.tag);
    assert_eq!(tag_of("青禾县"), Some("ns"), "{tagged:?}");
    assert_eq!(tag_of("南屿镇卫生院"), Some("nt"), "{tagged:?}");
    // The dictionary's frequency replaced the one added first; the tag added first stays.
    assert_eq!(prebuilt.suggest_freq("医院"), text.suggest_freq("医院"));
    assert!(prebuilt.suggest_freq("医院") > 7);
    assert_eq!(prebuilt.tag("医院", false)[0].tag, "zz");
    assert!(prebuilt.has_word("的") && prebuilt.has_word("卫生"));
    assert!(compare(&prebuilt, &text, &[composed]) == 1);

    let mut lines = lines_of(&repo("corpus"), |_| true);
    lines.extend(lines_of(&repo("corpus/dev"), |_| true));
    assert!(compare(&prebuilt, &text, &lines) > 300);
}
