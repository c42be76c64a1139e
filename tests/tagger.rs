//! The NER tagger with its embedded model: it loads, tags sentences written for these tests
//! (none taken from any corpus or page), copes with degenerate and long inputs, and is
//! deterministic.

use std::sync::LazyLock;
use zhnews::internals::tagger::{Entity, Kind, Tag, Tagger};
use zhnews::internals::Segmenter;

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(|| Segmenter::new(&[]));

fn entities(text: &str) -> Vec<Entity> {
    Tagger::global().tag(text, &SEGMENTER.tokens(text))
}

/// The entities of `text` as `KIND name` strings.
fn named(text: &str) -> Vec<String> {
    entities(text).iter().map(|e| format!("{} {}", e.kind.name(), e.span.slice(text))).collect()
}

#[test]
fn embedded_model_loads_and_is_small() {
    let model = Tagger::global().model();
    assert!(model.len() > 10_000, "{} features", model.len());
    assert!(model.size() <= 15_000_000, "{} bytes", model.size());
    // The training-data names travel in the model file: a kind line, then its names.
    let names = model.names;
    assert!(names.starts_with("PER\n") && names.contains("\nORG\n") && names.contains("\nLOC\n"));
    assert!(names.lines().count() > 5_000, "{} lines of names", names.lines().count());
    fn send_sync<T: Send + Sync>(_: &T) {}
    send_sync(Tagger::global());
}

#[test]
fn sentences_we_wrote() {
    let cases: &[(&str, &[&str])] = &[
        // A person followed by a title, an organization with its region.
        ("记者张志强报道，广州市卫生健康委员会近日召开会议。", &["PER 张志强", "ORG 广州市卫生健康委员会"]),
        ("刘海燕院长表示，医院明年将扩建门诊楼。", &["PER 刘海燕"]),
        // Places, each its own span. (With 代表团 as subject the model also tags the bare
        // generic 代表团 as ORG: generic words are for the rules to filter.)
        ("我们昨天抵达云南省昆明市，开始为期三天的访问。", &["LOC 云南省", "LOC 昆明市"]),
        ("国务院办公厅印发通知，要求各地做好防汛工作。", &["ORG 国务院办公厅"]),
        ("他毕业于复旦大学，现在上海工作。", &["ORG 复旦大学", "LOC 上海"]),
        // An organization with no suffix from the lexicons: known as a name from the training data.
        ("新华社今天播发了一篇关于春耕的长篇通讯。", &["ORG 新华社"]),
    ];
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = named(text);
        if got != *expected {
            failures.push(format!("{text}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_are_byte_spans_on_character_boundaries() {
    let text = "陈建华主任介绍，杭州市第一人民医院已开通线上问诊。";
    let found = entities(text);
    assert!(found.iter().any(|e| e.kind == Kind::Per), "{found:?}");
    for e in &found {
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert!(!e.span.slice(text).is_empty());
    }
    let tags = Tagger::global().tags(text, &SEGMENTER.tokens(text));
    assert_eq!(tags.len(), text.chars().count());
}

#[test]
fn empty_punctuation_and_tokenless_inputs() {
    let tagger = Tagger::global();
    assert!(tagger.tag("", &[]).is_empty());
    assert!(tagger.tags("", &[]).is_empty());
    let marks = "，。！？、“”（）……";
    assert!(entities(marks).is_empty());
    assert!(tagger.tags(marks, &SEGMENTER.tokens(marks)).iter().all(|&t| t == Tag::O));
    // Without tokens the characters are taken as one-character words: still well-formed output.
    let text = "王丽华在南京市工作。";
    for e in tagger.tag(text, &[]) {
        assert!(e.span.end <= text.len() && text.is_char_boundary(e.span.start));
    }
}

#[test]
fn very_long_text_is_tagged_whole() {
    let sentence = "记者张志强报道，广州市卫生健康委员会近日召开会议。";
    let one = named(sentence);
    let text = sentence.repeat(5_000);
    let found = named(&text);
    // Every repetition is tagged as the sentence alone (scores stay bounded over ~125 000 characters).
    assert_eq!(found.len(), one.len() * 5_000);
    assert_eq!(&found[..one.len()], &one[..]);
    assert_eq!(&found[found.len() - one.len()..], &one[..]);
}

#[test]
fn deterministic() {
    let text = "李明华副院长和北京协和医院的专家一起前往河北省张家口市义诊。";
    let first = entities(text);
    for _ in 0..3 {
        assert_eq!(entities(text), first);
    }
    let again = std::thread::spawn(move || Tagger::global().tag(text, &Segmenter::new(&[]).tokens(text)));
    assert_eq!(again.join().unwrap(), first);
}
