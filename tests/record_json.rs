//! The record serializes to the JSON of docs/FACTS.md and deserializes back to the same value (docs/FACTS.md).

use zhnews::{Approx, Article, DateKind, DateModifier, DateValue, FigureKind, InstitutionKind};

#[test]
fn corpus_records_round_trip_through_json() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let article = zhnews::extract_bytes(&std::fs::read(&path).unwrap()).unwrap();
            let back: Article = serde_json::from_str(&article.to_json()).unwrap();
            assert_eq!(back, article, "{}", path.display());
        }
    }
}

#[test]
fn enums_use_the_lower_case_strings_of_the_spec() {
    let s = |v: serde_json::Value| v.as_str().unwrap().to_string();
    assert_eq!(s(serde_json::to_value(InstitutionKind::PrimaryCare).unwrap()), "primary_care");
    assert_eq!(s(serde_json::to_value(InstitutionKind::PublicHealth).unwrap()), "public_health");
    assert_eq!(s(serde_json::to_value(FigureKind::Duration).unwrap()), "duration");
    assert_eq!(s(serde_json::to_value(Approx::Under).unwrap()), "under");
    assert_eq!(s(serde_json::to_value(DateKind::Period).unwrap()), "period");
    assert_eq!(s(serde_json::to_value(DateModifier::FirstHalf).unwrap()), "first_half");
    assert_eq!(s(serde_json::to_value(DateValue::ymd(2024, 5, 18)).unwrap()), "2024-05-18");
}

#[test]
fn gold_shaped_records_deserialize() {
    let json = r#"{"schema_version":1,"meta":{"title":"t","published_at":"2024-02-28T22:33:13","source":null,
      "authors":["陈斯斯"],"editors":[],"original_title":null,"script":"mixed","encoding":"GBK"},"body":"b",
      "repairs":[{"kind":"pinyin_annotation","start":2,"end":7,"before":"國(guó)","after":"国"}],
      "institutions":[{"name":"上海市卫生健康委员会","kind":"government","region":"上海市","aliases":["上海市卫生健康委"],
        "mentions":[{"text":"上海市卫生健康委","start":5,"end":13}]}],
      "figures":[{"value":33.33,"upper":null,"unit":"%","kind":"percent","approx":"over","subject":"x","text":"三分之一以上","start":0,"end":6}],
      "dates":[{"value":"2024","end_value":"2035","kind":"range","modifier":null,"label":null,"text":"2024-2035年","start":1,"end":11}],
      "programs":[{"name":"4+X","category":"中医医联体","text":"“4+X”中医医联体","start":0,"end":10}],
      "people":[{"name":"陈宇剑","titles":["副市长"],"organization":"上海市人民政府","mentions":[{"text":"陈宇剑","start":0,"end":3}]}],
      "events":[{"name":"2024年上海市卫生健康工作会议","date":"2024-02-28","mentions":[]}]}"#;
    let a: Article = serde_json::from_str(json).unwrap();
    assert_eq!(a.figures[0].value, 33.33);
    assert_eq!(a.figures[0].mention.text, "三分之一以上");
    assert_eq!(a.dates[0].end_value, Some(DateValue::year(2035)));
    assert_eq!(a.institutions[0].kind, InstitutionKind::Government);
    let again: Article = serde_json::from_str(&a.to_json()).unwrap();
    assert_eq!(again, a);
}
