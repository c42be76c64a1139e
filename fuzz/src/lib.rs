//! What every fuzz target checks of a record: each located string (facts and repairs) is
//! the text at its code-point offsets in the decoded original.

use std::sync::LazyLock;
use zhnews::{Article, Extractor, Mention};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The extractor every target shares.
pub fn extractor() -> &'static Extractor {
    &EXTRACTOR
}

/// Builds the resources (dictionaries, automata, and what jieba loads lazily, such as the
/// tags of unknown words: over half a second) before the first input, so that their
/// one-time cost is not taken for a slow input: a corpus article read every way.
pub fn warm_up() {
    let article = include_str!("../../corpus/003_community_forum_trad_pinyin_mojibake.txt");
    let _ = extractor().extract(article);
    let _ = extractor().extract_bytes(article.as_bytes());
    for encoding in [encoding_rs::GBK, encoding_rs::BIG5, encoding_rs::UTF_16LE] {
        let _ = extractor().extract_bytes(&encoding.encode(article).0);
    }
    let mut damaged = article.as_bytes()[..600].to_vec();
    damaged[300] = 0xB4;
    let _ = extractor().extract_bytes(&damaged);
    let options = zhnews::TextOptions::new().title("标题").source("健康报");
    let _ = extractor().extract_text("100余人，两升", &options.published_at("2024-03-01").expect("a valid date"));
    let page =
        format!("<html><head><meta charset=\"gbk\"><title>标题</title></head><body><p>{article}</p></body></html>");
    for bytes in [page.as_bytes().to_vec(), encoding_rs::GBK.encode(&page).0.into_owned()] {
        if let Ok(page) = extractor().html_page(&bytes) {
            let _ = extractor().extract_html_page(&page);
        }
    }
    let _ = zhnews::extract("国家卫健委");
    let _ = zhnews::normalize("衛生");
}

/// Every located string of the record.
fn mentions(a: &Article) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    out.extend(a.institutions.iter().flat_map(|i| i.mentions.iter().cloned()));
    out.extend(a.people.iter().flat_map(|p| p.mentions.iter().cloned()));
    out.extend(a.events.iter().flat_map(|e| e.mentions.iter().cloned()));
    out.extend(a.figures.iter().map(|f| f.mention.clone()));
    out.extend(a.dates.iter().map(|d| d.mention.clone()));
    out.extend(a.programs.iter().map(|p| p.mention.clone()));
    out.extend(a.repairs.iter().map(|r| Mention { text: r.before.clone(), start: r.start, end: r.end }));
    out
}

/// Panics (a finding) when a mention of `a` is not the text at its offsets in `original`.
pub fn assert_located(original: &str, a: &Article) {
    let chars: Vec<char> = original.chars().collect();
    for m in mentions(a) {
        assert!(m.start <= m.end && m.end <= chars.len(), "{m:?} out of range");
        let got: String = chars[m.start..m.end].iter().collect();
        assert_eq!(got, m.text, "offsets of {m:?}");
    }
    // The record serializes (the JSON of docs/FACTS.md).
    assert!(a.to_json().starts_with('{'));
}
