//! Fragment mode (`extract_text`) and one-line texts in page mode: all text is body, meta
//! comes from the caller, offsets index the text (or `Article::text` with a given title).

use zhnews::{extract, extract_text, Error, Extractor, TextOptions};

fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end - start).collect()
}

#[test]
fn a_lone_line_is_body_in_page_mode_too() {
    let a = extract("三百万元").unwrap();
    assert_eq!(a.body, "三百万元");
    assert_eq!((a.figures.len(), a.figures[0].value, a.figures[0].unit.as_deref()), (1, 3_000_000.0, Some("元")));
    let a = extract("2013年2月12日").unwrap();
    assert_eq!(a.dates.len(), 1);
    assert_eq!(a.dates[0].value.to_string(), "2013-02-12");
    // A lone navigation line stays furniture.
    let a = extract("首页 | 新闻中心 | 联系我们").unwrap();
    assert_eq!(a.body, "");
}

#[test]
fn every_line_is_body_and_nothing_is_meta() {
    // In page mode the first line would be the title and the second a source line.
    let text = "全市新建56家社区卫生服务中心\n来源：健康报\n共投入三百万元。";
    let a = extract_text(text, &TextOptions::new()).unwrap();
    assert_eq!(a.meta.title, None);
    assert_eq!(a.meta.source, None);
    assert_eq!(a.body, text);
    let values: Vec<f64> = a.figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [56.0, 3_000_000.0]);
    for f in &a.figures {
        assert_eq!(chars(text, f.mention.start, f.mention.end), f.mention.text);
    }
}

#[test]
fn the_callers_meta_fills_the_record() {
    let options =
        TextOptions::new().title("市卫健委召开會議").published_at("2024-03-01 09:30").unwrap().source("健康報");
    let text = "3月5日，会议部署了今年的工作。";
    let a = extract_text(text, &options).unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("市卫健委召开会议"));
    assert_eq!(a.meta.published_at.as_deref(), Some("2024-03-01T09:30"));
    assert_eq!(a.meta.source.as_deref(), Some("健康报"));
    let full = a.text.as_deref().unwrap();
    assert_eq!(full, "市卫健委召开會議\n3月5日，会议部署了今年的工作。");
    // The partial date resolves against the given date; offsets index `Article::text`.
    let d = &a.dates[0];
    assert_eq!((d.value.to_string().as_str(), d.mention.text.as_str()), ("2024-03-05", "3月5日"));
    assert_eq!(chars(full, d.mention.start, d.mention.end), "3月5日");
    // The title's facts are reported like a page title's.
    let inst = a.institutions.iter().find(|i| i.name.contains("卫生健康委员会")).expect("title institution");
    assert_eq!(chars(full, inst.mentions[0].start, inst.mentions[0].end), "市卫健委");
}

#[test]
fn fragment_mode_checks_its_input() {
    assert!(matches!(TextOptions::new().published_at("2024-13-01"), Err(Error::InvalidDate(_))));
    assert!(matches!(TextOptions::new().published_at("2024-03"), Err(Error::InvalidDate(_))));
    let small = Extractor::builder().max_input_bytes(6).build();
    assert!(matches!(small.extract_text("三个字", &TextOptions::new()), Err(Error::TooLarge { .. })));
    let a = extract_text("", &TextOptions::new()).unwrap();
    assert!(a.body.is_empty() && a.figures.is_empty() && a.text.is_none());
}

#[test]
fn the_extractors_reference_date_serves_when_no_date_is_given() {
    let e = Extractor::builder().reference_date("2023-12-20").unwrap().build();
    let a = e.extract_text("12月1日", &TextOptions::new()).unwrap();
    assert_eq!(a.dates.len(), 1, "{:?}", a.dates);
    assert_eq!(a.dates[0].value.to_string(), "2023-12-01");
    assert_eq!(a.meta.published_at, None);
}

#[test]
fn fragment_mode_refuses_binary_text_as_page_mode_does() {
    let nul = "\0".repeat(64);
    assert!(matches!(extract_text(&nul, &TextOptions::new()), Err(Error::NotText { .. })));
    assert!(matches!(extract(&nul), Err(Error::NotText { .. })));
}

/// Overlapping figures (`30%0澳门币`: a percentage and an amount sharing a digit) are no
/// respective list: the gap between them was sliced backwards (found by the fragment fuzz
/// target).
#[test]
fn overlapping_figures_are_no_list() {
    let text = "30%0澳门币 000";
    let a = extract_text(text, &TextOptions::new()).unwrap();
    assert!(!a.figures.is_empty());
    for f in &a.figures {
        assert_eq!(chars(text, f.mention.start, f.mention.end), f.mention.text);
    }
}
