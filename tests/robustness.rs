//! Any input gives a record or a typed error, never a panic; every offset in a record points
//! at its text in the decoded original.

use proptest::prelude::*;
use zhnews::{Article, Mention};

/// Every located string of the record, as (text, start, end) in code points.
fn mentions(a: &Article) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for i in &a.institutions {
        out.extend(i.mentions.iter().cloned());
    }
    for p in &a.people {
        out.extend(p.mentions.iter().cloned());
    }
    for e in &a.events {
        out.extend(e.mentions.iter().cloned());
    }
    out.extend(a.figures.iter().map(|f| f.mention.clone()));
    out.extend(a.dates.iter().map(|d| d.mention.clone()));
    out.extend(a.programs.iter().map(|p| p.mention.clone()));
    out.extend(a.repairs.iter().map(|r| Mention { text: r.before.clone(), start: r.start, end: r.end }));
    out
}

fn assert_located(original: &str, a: &Article) {
    let chars: Vec<char> = original.chars().collect();
    for m in mentions(a) {
        assert!(m.start <= m.end && m.end <= chars.len(), "{m:?} out of range");
        let got: String = chars[m.start..m.end].iter().collect();
        assert_eq!(got, m.text, "offsets of {m:?}");
    }
}

/// Text built from pieces that exercise the pipeline: Han (simplified and traditional),
/// digits, units, punctuation of both widths, emoji, pinyin glosses, furniture words.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "上海市",
        "衛生健康委員會",
        "卫健委",
        "社区卫生服务中心",
        "、",
        "，",
        ",",
        "。",
        "：",
        ":",
        "“",
        "”",
        "《",
        "》",
        "2024年",
        "5月22日",
        "十四五",
        "超过",
        "2.2亿",
        "1,169",
        "30%",
        "三分之一",
        "家",
        "名",
        "主任",
        "张三",
        "\n",
        " ",
        "　",
        "😀",
        "👨‍👩‍👦",
        "\u{fe0f}",
        "國(guó)",
        "Ａ１",
        "(完)",
        "来源：",
        "责任编辑：",
        "相关新闻",
        "医院",
        "会议",
        "“1+10+X”",
        "试点",
        "\u{200b}",
        "\r\n",
        "ä¸\u{AD}",
        "浣犲ソ",
        "?",
        "\u{fffd}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    // 200 cases in the suite; PROPTEST_CASES raises it for a long hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(article) = zhnews::extract_bytes(&bytes) {
            let decoded = zhnews::internals::decode(&bytes, &Default::default()).unwrap();
            assert_located(&decoded.text, &article);
        }
    }

    #[test]
    fn arbitrary_text_gives_located_records(text in "\\PC{0,200}") {
        let article = zhnews::extract(&text).unwrap();
        assert_located(&text, &article);
    }

    #[test]
    fn newsish_text_gives_located_records(text in newsish()) {
        let article = zhnews::extract(&text).unwrap();
        assert_located(&text, &article);
    }
}

#[test]
fn corpus_records_are_located() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_located(&text, &zhnews::extract(&text).unwrap());
        }
    }
}

/// A source value that lost a damaged character (`?`) still gives an outlet whose mention
/// lies on the text's character boundaries (a proptest once found a slice inside `五`).
#[test]
fn a_source_with_a_lost_character_gives_located_outlets() {
    let text = "来源：三分之一?十四五1,169\n“1+10+X”上海市。上海市";
    let article = zhnews::extract(text).expect("extracts");
    assert_located(text, &article);
}

/// A figure whose clause ends at a date before it (`超过國(guó)2024年2.2亿`: the clause stops
/// at the date) reads the clause's start from the clause itself, not from the number's
/// start minus its length (a proptest found a slice inside `国`).
#[test]
fn a_figure_after_a_date_in_a_repaired_clause_is_located() {
    let text = "超过國(guó)2024年2.2亿";
    let article = zhnews::extract(text).expect("extracts");
    assert_located(text, &article);
    assert!(article.figures.iter().any(|f| f.value == 2.2e8), "{:?}", article.figures);
}
