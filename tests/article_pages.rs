//! The article stage on pages in the shapes of other outlets (`tests/pages/*.txt`, written
//! for these tests: 新华网, 人民网, 央视网, 健康报, a provincial health commission, a WeChat
//! repost, a page without title, one without date, Taiwan and Hong Kong government pages
//! in normalized form, a page of furniture only). Each page has a `.json` beside it with the
//! expected metadata, credits, outlets, paragraph count, first and last paragraph, strings
//! the body must (not) contain and the number of captions.

use serde_json::Value;
use std::path::PathBuf;
use zhnews::internals::{ArticleLayout, ArticleParser};

fn opt(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map_or(vec![], |a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
}

fn check(parser: &ArticleParser, name: &str) -> Vec<String> {
    let dir = PathBuf::from("tests/pages");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let want: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap()).unwrap();
    let l: ArticleLayout = parser.parse(&text);
    let mut errors = Vec::new();
    let mut expect = |what: &str, got: String, want: String| {
        if got != want {
            errors.push(format!("{name}: {what}: got {got}, want {want}"));
        }
    };
    expect("title", format!("{:?}", l.title.as_ref().map(|f| &f.text)), format!("{:?}", opt(&want["title"])));
    expect(
        "published_at",
        format!("{:?}", l.published_at.as_ref().map(|s| &s.iso)),
        format!("{:?}", opt(&want["published_at"])),
    );
    if let Some(printed) = want["published_text"].as_str() {
        expect(
            "published span",
            l.published_at.as_ref().map_or("", |s| s.span.slice(&text)).to_string(),
            printed.to_string(),
        );
    }
    expect("source", format!("{:?}", l.source.as_ref().map(|f| &f.text)), format!("{:?}", opt(&want["source"])));
    expect(
        "authors",
        format!("{:?}", l.authors.iter().map(|f| &f.text).collect::<Vec<_>>()),
        format!("{:?}", strings(&want["authors"])),
    );
    expect(
        "editors",
        format!("{:?}", l.editors.iter().map(|f| &f.text).collect::<Vec<_>>()),
        format!("{:?}", strings(&want["editors"])),
    );
    expect("original_title", format!("{:?}", l.original_title), format!("{:?}", opt(&want["original_title"])));
    let credits: Vec<(String, String, Option<String>)> = l
        .credits
        .iter()
        .map(|c| (c.name.text.clone(), c.role.clone(), c.organization.as_ref().map(|o| o.text.clone())))
        .collect();
    let want_credits: Vec<(String, String, Option<String>)> = want["credits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_str().unwrap().to_string(), c[1].as_str().unwrap().to_string(), opt(&c[2])))
        .collect();
    expect("credits", format!("{credits:?}"), format!("{want_credits:?}"));
    expect(
        "outlets",
        format!("{:?}", l.outlets.iter().map(|f| &f.text).collect::<Vec<_>>()),
        format!("{:?}", strings(&want["outlets"])),
    );
    let paragraphs: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(&text)).collect();
    expect("paragraph count", paragraphs.len().to_string(), want["paragraphs"].to_string());
    if let Some(first) = want["first"].as_str() {
        expect("first paragraph", paragraphs.first().unwrap_or(&"").to_string(), first.to_string());
    }
    if let Some(last) = want["last"].as_str() {
        expect("last paragraph", paragraphs.last().unwrap_or(&"").to_string(), last.to_string());
    }
    let body = l.body(&text);
    for s in strings(&want["body_contains"]) {
        if !body.contains(&s) {
            expect("body lacks", s.clone(), String::new());
        }
    }
    for s in strings(&want["body_not_contains"]) {
        if body.contains(&s) {
            expect("body has", s.clone(), String::new());
        }
    }
    expect("captions", l.captions.len().to_string(), want["captions"].to_string());
    // Every span covers its text; sentences lie in the title or the body.
    for f in l.title.iter().chain(l.source.iter()).chain(&l.authors).chain(&l.editors).chain(&l.outlets) {
        expect("span", f.span.slice(&text).to_string(), f.text.clone());
    }
    for c in &l.credits {
        expect("credit span", c.name.span.slice(&text).to_string(), c.name.text.clone());
    }
    for s in &l.sentences {
        if !l.paragraphs.iter().chain(l.title.as_ref().map(|t| &t.span)).any(|p| p.contains(*s)) {
            expect("stray sentence", s.slice(&text).to_string(), String::new());
        }
    }
    if l.paragraphs.is_empty() {
        expect("sentences of an empty page", l.sentences.len().to_string(), "0".into());
    }
    errors
}

#[test]
fn pages_of_other_outlets() {
    let parser = ArticleParser::new();
    let mut names: Vec<String> = std::fs::read_dir("tests/pages")
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert!(names.len() >= 11, "{names:?}");
    let errors: Vec<String> = names.iter().flat_map(|n| check(&parser, n)).collect();
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}

#[test]
fn furniture_only_page_yields_no_facts() {
    let text = std::fs::read_to_string("tests/pages/furniture_only.txt").unwrap();
    let article = zhnews::extract(&text).unwrap();
    assert_eq!(article.body, "");
    assert_eq!(article.meta.title, None);
    assert!(article.institutions.is_empty() && article.people.is_empty() && article.dates.is_empty());
    assert!(article.figures.is_empty() && article.programs.is_empty() && article.events.is_empty());
}

/// What a page's layout says, with ASCII colons folded so variants compare equal.
fn summary(text: &str, l: &ArticleLayout) -> String {
    let fold = |s: &str| s.replace(':', "：");
    format!(
        "title={:?} time={:?} source={:?} authors={:?} editors={:?} credits={:?} paragraphs={} captions={}",
        l.title.as_ref().map(|f| fold(&f.text)),
        l.published_at.as_ref().map(|s| &s.iso),
        l.source.as_ref().map(|f| fold(&f.text)),
        l.authors.iter().map(|f| &f.text).collect::<Vec<_>>(),
        l.editors.iter().map(|f| &f.text).collect::<Vec<_>>(),
        l.credits.iter().map(|c| (&c.name.text, &c.role)).collect::<Vec<_>>(),
        l.paragraphs.len(),
        l.captions.len(),
    ) + &format!(" body_chars={}", l.body(text).replace(['：', ':', ' ', '　'], "").chars().count())
}

#[test]
fn page_layout_survives_line_ending_indent_and_colon_variants() {
    let parser = ArticleParser::new();
    for entry in std::fs::read_dir("tests/pages").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().map_or(true, |x| x != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let want = summary(&text, &parser.parse(&text));
        let variants = [
            ("crlf", text.replace('\n', "\r\n")),
            ("blank lines", text.replace('\n', "\n\n")),
            ("indent", text.lines().map(|l| format!("　　{l}")).collect::<Vec<_>>().join("\n")),
            ("ascii colons", text.replace('：', ":")),
        ];
        for (name, variant) in variants {
            let got = summary(&variant, &parser.parse(&variant));
            assert_eq!(got, want, "{} ({name})", path.display());
        }
    }
}
