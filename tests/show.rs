//! The highlighted view (`Extractor::show`): every fact mention and repair is a mark with
//! the right text, every character of the page appears once, lines carry their roles, and
//! nothing from the page becomes markup.
#![cfg(feature = "html")]

use scraper::{Html, Selector};
use zhnews::{Article, Extractor, Layout, TextOptions};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The text of the marks of `class` whose `data-span` is `start-end`, pieces joined.
fn marked(doc: &Html, class: &str, start: usize, end: usize) -> String {
    let s = sel(&format!("mark.{class}[data-span=\"{start}-{end}\"]"));
    doc.select(&s).map(|m| m.text().collect::<String>()).collect()
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Every mention and repair of `a` is marked with its own text, and the lines of the page
/// give back `text`.
fn assert_complete(text: &str, a: &Article, html: &str) {
    let doc = Html::parse_document(html);
    let mut spans: Vec<(&str, usize, usize)> = Vec::new();
    spans.extend(a.institutions.iter().flat_map(|i| i.mentions.iter().map(|m| ("f-inst", m.start, m.end))));
    spans.extend(a.figures.iter().map(|f| ("f-fig", f.mention.start, f.mention.end)));
    spans.extend(a.dates.iter().map(|d| ("f-date", d.mention.start, d.mention.end)));
    spans.extend(a.programs.iter().map(|p| ("f-prog", p.mention.start, p.mention.end)));
    spans.extend(a.people.iter().flat_map(|p| p.mentions.iter().map(|m| ("f-person", m.start, m.end))));
    spans.extend(a.events.iter().flat_map(|e| e.mentions.iter().map(|m| ("f-event", m.start, m.end))));
    spans.extend(a.repairs.iter().map(|r| ("f-repair", r.start, r.end)));
    assert!(!spans.is_empty());
    for (class, start, end) in spans {
        let want = chars(text, start, end).replace(['\n', '\r'], "");
        assert_eq!(marked(&doc, class, start, end), want, "{class} {start}-{end}");
    }
    let lines: Vec<String> = doc.select(&sel(".page .line .text")).map(|t| t.text().collect()).collect();
    let original: Vec<&str> = text.split_inclusive('\n').map(|l| l.trim_end_matches(['\n', '\r'])).collect();
    assert_eq!(lines, original);
}

fn roles(html: &str) -> Vec<(String, String)> {
    let doc = Html::parse_document(html);
    doc.select(&sel(".page .line"))
        .map(|l| {
            let role = l.select(&sel(".role")).next().unwrap().text().collect();
            let text = l.select(&sel(".text")).next().unwrap().text().collect();
            (role, text)
        })
        .collect()
}

#[test]
fn corpus_pages_show_every_fact_and_repair() {
    let extractor = Extractor::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut shown = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let decoded = extractor.decode(&std::fs::read(&path).unwrap()).unwrap();
            let article = extractor.extract_decoded(&decoded);
            assert_complete(&decoded.text, &article, &extractor.show(&decoded.text, &article, Layout::Page));
            shown += 1;
        }
    }
    assert_eq!(shown, 5);
}

#[test]
fn lines_carry_their_roles() {
    let text = "首页 | 新闻中心 | 政务公开\n市卫健委召开全市基层卫生工作会议\n2024-03-01 10:20  来源：健康报\n\n\
                会议指出，今年全市将新建56家社区卫生服务中心，总投入三百万元。\n记者 张三\n相关阅读\n另一条新闻标题";
    let extractor = Extractor::new();
    let article = extractor.extract(text).unwrap();
    let html = extractor.show(text, &article, Layout::Page);
    assert_complete(text, &article, &html);
    let roles = roles(&html);
    let role_of = |needle: &str| roles.iter().find(|(_, t)| t.contains(needle)).map(|(r, _)| r.as_str());
    assert_eq!(role_of("首页"), Some("furniture"));
    assert_eq!(role_of("市卫健委召开"), Some("title"));
    assert_eq!(role_of("来源"), Some("meta"));
    assert_eq!(role_of("会议指出"), Some("body"));
    assert_eq!(role_of("记者"), Some("credit"));
    assert_eq!(role_of("另一条新闻标题"), Some("furniture"));
    assert_eq!(roles[3].0, "blank");
}

#[test]
fn repairs_show_before_and_after() {
    let text = "上海市衛生健康委員會今天表示，國(guó)家支持社區醫院建設。";
    let extractor = Extractor::new();
    let article = extractor.extract(text).unwrap();
    let html = extractor.show(text, &article, Layout::Page);
    assert_complete(text, &article, &html);
    let doc = Html::parse_document(&html);
    let repair = |shown: &str| {
        let m = doc.select(&sel("mark.f-repair")).find(|m| m.text().collect::<String>() == shown).unwrap();
        m.value().attr("title").unwrap().to_string()
    };
    assert_eq!(repair("(guó)"), "pinyin_annotation: (guó) → ");
    assert_eq!(repair("國"), "traditional: 國 → 国");
}

#[test]
fn page_text_is_escaped_never_markup() {
    let text =
        "标题<script>alert(\"x\")</script>\n会议指出，全市<img src=x onerror='y'>新建56家社区卫生服务中心 & 3家医院。";
    let extractor = Extractor::new();
    let article = extractor.extract(text).unwrap();
    let html = extractor.show(text, &article, Layout::Page);
    assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(html.contains("onerror=&#39;y&#39;&gt;") && html.contains(" &amp; "));
    assert_complete(text, &article, &html);
    let doc = Html::parse_document(&html);
    assert_eq!(doc.select(&sel("script, img")).count(), 0);
}

#[test]
fn fragments_are_body_with_the_given_title_first() {
    let extractor = Extractor::new();
    let text = "全市新建56家社区卫生服务中心\n来源：健康报";
    let article = extractor.extract_text(text, &TextOptions::new()).unwrap();
    let html = extractor.show(text, &article, Layout::Fragment);
    assert_complete(text, &article, &html);
    assert!(roles(&html).iter().all(|(r, _)| r == "body"));
    let titled = extractor.extract_text(text, &TextOptions::new().title("新建社区卫生服务中心")).unwrap();
    let full = titled.text.as_deref().unwrap();
    let html = extractor.show(full, &titled, Layout::Fragment);
    assert_complete(full, &titled, &html);
    let roles: Vec<String> = roles(&html).into_iter().map(|(r, _)| r).collect();
    assert_eq!(roles, ["title", "body", "body"]);
}

#[test]
fn offsets_beyond_the_text_are_ignored() {
    let extractor = Extractor::new();
    let article = extractor.extract("会议指出，全市新建56家社区卫生服务中心。").unwrap();
    let html = extractor.show("会议", &article, Layout::Page);
    assert_eq!(Html::parse_document(&html).select(&sel(".page mark")).count(), 0);
}
