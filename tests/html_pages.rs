//! HTML input: pages written for these tests in the shapes of a government site, a news
//! portal and a WeChat article (navigation, footers, share widgets, scripts, hidden
//! blocks) give the same facts as their plain-text versions; markup never leaks.
#![cfg(feature = "html")]

use serde_json::Value;
use zhnews::Extractor;

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/html/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The record without offsets and without the extracted text: the facts and meta.
fn facts(article: &zhnews::Article) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("start");
                map.remove("end");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(article).unwrap();
    let map = v.as_object_mut().unwrap();
    map.remove("text");
    map.remove("body");
    // Authors are the one meta field these pages leave to the markup (checked apart).
    map["meta"].as_object_mut().unwrap().remove("authors");
    strip(&mut v);
    v
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Every `text`/`start`/`end` object of the record indexes the record's text.
fn assert_offsets_index_text(article: &zhnews::Article) {
    let text = article.text.as_deref().expect("HTML records carry their text");
    fn walk(v: &Value, text: &str) {
        match v {
            Value::Object(map) => {
                if let (Some(s), Some(e), Some(Value::String(t))) = (map.get("start"), map.get("end"), map.get("text"))
                {
                    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                    assert_eq!(&chars(text, s, e), t);
                }
                map.values().for_each(|v| walk(v, text));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, text)),
            _ => {}
        }
    }
    walk(&serde_json::to_value(article).unwrap(), text);
}

fn assert_no_markup(article: &zhnews::Article) {
    let json = serde_json::to_value(article).unwrap();
    let mut strings = Vec::new();
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Object(m) => m.values().for_each(|v| collect(v, out)),
            Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    collect(&json, &mut strings);
    for s in strings {
        for bad in ["<", ">", "&gt;", "&amp;", "&copy;", "script", "function", "document.", "var ", "{\"", "visibility"]
        {
            assert!(!s.contains(bad), "markup {bad:?} leaked into {s:?}");
        }
    }
}

fn check_page(name: &str) -> (zhnews::Article, zhnews::Article) {
    let e = Extractor::new();
    let html = e.extract_html(&read(&format!("{name}.html"))).unwrap();
    let text = e.extract_bytes(&read(&format!("{name}.txt"))).unwrap();
    assert_eq!(facts(&html), facts(&text), "{name}: the HTML page and its text version differ");
    assert_offsets_index_text(&html);
    assert_no_markup(&html);
    assert!(text.text.is_none(), "text input carries no text field");
    (html, text)
}

#[test]
fn government_page_gives_the_facts_of_its_text() {
    let (html, _) = check_page("gov");
    let text = html.text.as_deref().unwrap();
    for furniture in ["政务公开", "版权所有", "主办单位", "9.9亿元", "3000万次", "附件", "分享到"]
    {
        assert!(!text.contains(furniture), "{furniture:?} should not be in the text:\n{text}");
    }
    assert!(html.figures.iter().any(|f| f.mention.text == "3200名"));
}

#[test]
fn portal_page_gives_the_facts_of_its_text() {
    let (html, text) = check_page("portal");
    assert!(text.meta.authors.is_empty());
    assert_eq!(html.meta.authors, ["临江日报记者"], "from <meta name=author>");
    let text = html.text.as_deref().unwrap();
    for furniture in ["热点新闻", "相关阅读", "体检套餐", "搜索", "2000张", "未经授权"] {
        assert!(!text.contains(furniture), "{furniture:?} should not be in the text:\n{text}");
    }
}

#[test]
fn wechat_article_gives_the_facts_of_its_text() {
    // The article body is `visibility: hidden` until a script shows it: it is kept.
    let (html, _) = check_page("wechat");
    assert_eq!(html.meta.authors, ["青山健康"], "from og:article:author");
    let text = html.text.as_deref().unwrap();
    assert!(text.contains("460余单"));
    for furniture in ["扫一扫", "在看", "写留言", "56条"] {
        assert!(!text.contains(furniture), "{furniture:?} should not be in the text:\n{text}");
    }
}

#[test]
fn markup_metadata_fills_only_what_the_text_leaves_empty() {
    let e = Extractor::new();
    // The text states a date and a source: they win over the metas.
    let page = "<html><head><meta property=\"article:published_time\" content=\"2020-01-01\">\
        <meta property=\"og:site_name\" content=\"某网站\"><title>标题甲 - 某网站</title></head><body>\
        <h1>卫生院改造完成</h1><p>2024-05-20 09:15 来源：临江日报</p>\
        <p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p></body></html>";
    let a = e.extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.published_at.as_deref(), Some("2024-05-20T09:15"));
    assert_eq!(a.meta.source.as_deref(), Some("临江日报"));
    // A bare body: the metas fill title, date, source, authors; the date resolves partial dates.
    let page = "<html><head><meta property=\"article:published_time\" content=\"2023-07-02T08:00:00+08:00\">\
        <meta property=\"og:site_name\" content=\"某网站\"><meta name=\"author\" content=\"王五\">\
        <title>标题甲 - 某网站</title></head><body>\
        <p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p></body></html>";
    let a = e.extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("标题甲"));
    assert_eq!(a.meta.published_at.as_deref(), Some("2023-07-02T08:00:00"));
    assert_eq!(a.meta.source.as_deref(), Some("某网站"));
    assert_eq!(a.meta.authors, ["王五"]);
    let may18 = a.dates.iter().find(|d| d.mention.text == "5月18日").unwrap();
    assert_eq!(may18.value.year, Some(2023));
}

#[test]
fn author_metas_naming_the_site_or_a_placeholder_credit_nobody() {
    let e = Extractor::new();
    let page = |metas: &str, title: &str| {
        format!(
            "<html><head>{metas}<title>{title}</title></head><body>\
             <p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p></body></html>"
        )
    };
    let authors = |metas: &str, title: &str| e.extract_html(page(metas, title).as_bytes()).unwrap().meta.authors;
    // The portal's own name, as the `<title>`'s last part or `og:site_name` opens with it.
    assert!(authors("<meta name=\"author\" content=\"青禾\">", "卫生院改造完成_青禾财经").is_empty());
    assert!(authors(
        "<meta property=\"og:site_name\" content=\"青禾资讯\"><meta name=\"author\" content=\"青禾\">",
        "卫生院改造完成"
    )
    .is_empty());
    // An outlet, a template's placeholder with a contact address, a user number.
    assert!(authors("<meta name=\"author\" content=\"临江商报网\">", "卫生院改造完成").is_empty());
    assert!(authors("<meta name=\"author\" content=\"name, someone@example.com\">", "卫生院改造完成").is_empty());
    assert!(authors("<meta name=\"author\" content=\"102938\">", "卫生院改造完成").is_empty());
    // A writer's name stays, also when the title names the same person elsewhere.
    assert_eq!(authors("<meta name=\"author\" content=\"柯一帆\">", "柯一帆：卫生院改造完成_青禾财经"), ["柯一帆"]);
    assert_eq!(authors("<meta name=\"author\" content=\"quietfox\">", "卫生院改造完成 - 青禾财经"), ["quietfox"]);
}

#[test]
fn gbk_page_with_meta_charset_decodes() {
    let page = "<html><head><meta charset=gbk><title>通知</title></head><body>\
        <p>2024年3月1日，江南省卫生健康委员会召开会议，部署基层医疗卫生服务能力提升工作。</p></body></html>";
    let (bytes, _, _) = encoding_rs::GBK.encode(page);
    let e = Extractor::new();
    let a = e.extract_html(&bytes).unwrap();
    assert_eq!(a.meta.encoding, "GBK");
    assert!(a.text.as_deref().unwrap().contains("江南省卫生健康委员会召开会议"));
    assert!(a.institutions.iter().any(|i| i.name == "江南省卫生健康委员会"));
    assert!(a.repairs.is_empty(), "{:?}", a.repairs);
    // Auto-detection sends the same bytes through HTML.
    assert_eq!(e.extract_auto(&bytes).unwrap(), a);
    // The declared charset is used even when the bytes alone would be guessed otherwise:
    // a page mostly ASCII with few Chinese characters.
    let short = "<!doctype html><meta http-equiv=\"content-type\" content=\"text/html;charset=gb2312\"><p>医院</p>";
    let (bytes, _, _) = encoding_rs::GBK.encode(short);
    assert_eq!(e.html_page(&bytes).unwrap().text, "医院");
}

#[test]
fn utf8_bytes_declared_as_a_legacy_charset_are_utf8() {
    // A page saved as UTF-8 that kept its old declaration.
    let page = "<html><head><meta charset=gb2312><title>某县开通夜间门诊</title></head><body>\
        <h1>某县开通夜间门诊</h1><p>为方便上班族就医，某县人民医院从本月起开设夜间门诊，首日接诊患者六十余人。</p></body></html>";
    let e = Extractor::new();
    let a = e.extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.encoding, "UTF-8");
    assert_eq!(a.meta.title.as_deref(), Some("某县开通夜间门诊"));
    assert!(a.text.as_deref().unwrap().contains("开设夜间门诊"));
}

#[test]
fn the_markup_title_picks_the_headline_over_an_account_line() {
    let page = "<html><head><title>某县开通夜间门诊，方便上班族就医</title></head><body>\
        <h1>某县开通夜间门诊，方便上班族就医</h1><div>健康小站</div><div>发布时间：2024-05-06 10:30</div>\
        <p>为方便上班族就医，某县人民医院从本月起开设夜间门诊。首日接诊患者六十余人。</p></body></html>";
    let a = Extractor::new().extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("某县开通夜间门诊，方便上班族就医"));
    assert_eq!(a.meta.published_at.as_deref(), Some("2024-05-06T10:30"));
}

#[test]
fn a_markup_title_filling_the_record_loses_its_column_and_media_tag() {
    let title = |og: &str| {
        let page = format!(
            "<html><head><meta property=\"og:title\" content=\"{og}\"></head><body>\
            <p>为方便上班族就医，某县人民医院从本月起开设夜间门诊，首日接诊患者六十余人。</p></body></html>"
        );
        Extractor::new().extract_html(page.as_bytes()).unwrap().meta.title
    };
    assert_eq!(title("【健康】某县开通夜间门诊（组图）").as_deref(), Some("某县开通夜间门诊"));
    assert_eq!(title("某县卫健局: 开通夜间门诊").as_deref(), Some("某县卫健局：开通夜间门诊"));
    assert_eq!(title("某县夜间门诊管理办法（征求意见稿）").as_deref(), Some("某县夜间门诊管理办法（征求意见稿）"));
}

#[test]
fn source_offsets_point_at_the_mentions_in_the_html() {
    let e = Extractor::new();
    let bytes = read("portal.html");
    let page = e.html_page(&bytes).unwrap();
    let a = e.extract_html_page(&page);
    let src = std::str::from_utf8(&bytes).unwrap();
    for f in &a.figures {
        let (s, t) = (page.source_offset(f.mention.start), page.source_offset(f.mention.end));
        assert_eq!(&src[s..t], f.mention.text);
    }
}

#[test]
fn pathological_html_is_refused_or_handled() {
    let e = Extractor::new();
    let deep = "<div>".repeat(100_000);
    assert!(matches!(e.extract_html(deep.as_bytes()), Err(zhnews::Error::NotText { .. })));
    let huge_attr = format!("<p title=\"{}\">国家卫生健康委员会</p>", "x".repeat(2_000_000));
    let a = e.extract_html(huge_attr.as_bytes()).unwrap();
    assert_eq!(a.text.as_deref(), Some("国家卫生健康委员会"));
    let huge_meta = format!("<meta property=\"og:title\" content=\"{}\"><p>正文。</p>", "题".repeat(100_000));
    let a = e.extract_html(huge_meta.as_bytes()).unwrap();
    assert!(a.meta.title.unwrap().chars().count() <= zhnews::html::MAX_META_CHARS);
    let limited = Extractor::builder().max_input_bytes(100).build();
    assert!(matches!(limited.extract_html(huge_attr.as_bytes()), Err(zhnews::Error::TooLarge { .. })));
}
