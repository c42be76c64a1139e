//! The article stage on the five corpus pages, as the normalizer will hand them over: exact
//! title, publication time, source, authors, editors and original title from the gold `meta`,
//! every `body_must_contain` string in the body, no `body_must_not_contain` string in it, and
//! the byline people of the gold with their roles. Input is what the normalizer hands over.

use serde_json::Value;
use zhnews::internals::{ArticleLayout, ArticleParser};

fn layout_of(id: &str) -> (String, ArticleLayout) {
    let bytes = std::fs::read(format!("corpus/{id}.txt")).unwrap();
    let text = zhnews::normalize(&String::from_utf8(bytes).unwrap()).as_str().to_string();
    let layout = ArticleParser::new().parse(&text);
    (text, layout)
}

fn gold(id: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("corpus/gold/{id}.json")).unwrap()).unwrap()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map_or(vec![], |a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
}

fn check(id: &str) {
    let (text, l) = layout_of(id);
    let g = gold(id);
    let m = &g["meta"];
    assert_eq!(l.title.as_ref().map(|f| f.text.as_str()), m["title"].as_str(), "{id} title");
    assert_eq!(l.published_at.as_ref().map(|s| s.iso.as_str()), m["published_at"].as_str(), "{id} published_at");
    assert_eq!(l.source.as_ref().map(|f| f.text.as_str()), m["source"].as_str(), "{id} source");
    assert_eq!(l.authors.iter().map(|f| f.text.clone()).collect::<Vec<_>>(), strings(&m["authors"]), "{id} authors");
    assert_eq!(l.editors.iter().map(|f| f.text.clone()).collect::<Vec<_>>(), strings(&m["editors"]), "{id} editors");
    assert_eq!(l.original_title.as_deref(), m["original_title"].as_str(), "{id} original_title");
    // Every field's span covers its text.
    for f in l.title.iter().chain(l.source.iter()).chain(&l.authors).chain(&l.editors).chain(&l.outlets) {
        assert_eq!(f.span.slice(&text), f.text, "{id} span of {}", f.text);
    }
    let body = l.body(&text);
    for s in strings(&g["body_must_contain"]) {
        assert!(body.contains(&s), "{id}: body lacks {s}");
    }
    for s in strings(&g["body_must_not_contain"]) {
        assert!(!body.contains(&s), "{id}: body has {s}");
    }
    // Sentences lie in the title or a paragraph, and none holds furniture.
    for s in &l.sentences {
        let inside = l.paragraphs.iter().chain(l.title.as_ref().map(|t| &t.span)).any(|p| p.contains(*s));
        assert!(inside, "{id}: stray sentence {}", s.slice(&text));
    }
    // Byline people of the gold: every one credited, with the gold's role.
    let credited: Vec<(String, String)> = l.credits.iter().map(|c| (c.name.text.clone(), c.role.clone())).collect();
    for p in g["people"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        let role = p["titles"][0].as_str().unwrap();
        let byline = ["作者", "记者", "责任编辑", "编辑", "栏目主编", "摄影", "通讯员"].contains(&role);
        if byline {
            assert!(
                credited.contains(&(name.to_string(), role.to_string())),
                "{id}: credit {name} {role} in {credited:?}"
            );
        }
    }
}

#[test]
fn corpus_000_repost_with_author_line_and_original_title() {
    check("000_minhang_wha");
    let (_, l) = layout_of("000_minhang_wha");
    let outlets: Vec<&str> = l.outlets.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(outlets, vec!["上观新闻", "文汇报"]);
    let tang = l.credits.iter().find(|c| c.name.text == "唐闻佳").unwrap();
    assert_eq!(tang.organization.as_ref().map(|o| o.text.as_str()), Some("文汇报"));
}

#[test]
fn corpus_001_dateline_captions_and_footer() {
    check("001_yuyu_exchange");
    let (text, l) = layout_of("001_yuyu_exchange");
    assert_eq!(l.captions.len(), 2);
    assert!(l.captions[0].slice(&text).starts_with("图为交流会现场"));
    // The dateline stays in the body (its date is a fact) and credits its author.
    assert!(l.paragraphs[0].slice(&text).starts_with("中新网河南新闻12月23日电"));
}

#[test]
fn corpus_002_date_line_is_metadata() {
    check("002_shanghai_primary_care_trad_emoji");
    let (text, l) = layout_of("002_shanghai_primary_care_trad_emoji");
    assert_eq!(l.published_at.unwrap().span.slice(&text), "2021年3月16日");
    assert!(l.paragraphs[0].slice(&text).starts_with("3月16日，2021年上海市基层卫生健康工作会议召开"));
}

#[test]
fn corpus_003_transcript_markers_removed_speakers_kept() {
    check("003_community_forum_trad_pinyin_mojibake");
    let (text, l) = layout_of("003_community_forum_trad_pinyin_mojibake");
    let body = l.body(&text);
    assert!(!body.contains("【解说】") && !body.contains("【同期】"));
    assert!(body.contains("上海市徐汇区枫林街道社区卫生服务中心主任 陈碧华"));
    assert!(l.paragraphs[0].slice(&text).starts_with("5月18日至20日"));
}

#[test]
fn corpus_004_related_lists_cut() {
    check("004_shanghai_2024_priorities");
    let (text, l) = layout_of("004_shanghai_2024_priorities");
    assert_eq!(l.paragraphs.last().unwrap().slice(&text), "上海市人民政府副市长陈宇剑出席会议并讲话。");
}
