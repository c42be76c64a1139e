//! The publication stamp of the layout is a date fact at its own span, with its full
//! precision, and is not reported twice when the scanner also sees it.

use crate::support;
use zhnews::internals::DateExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::Stamp;
use zhnews::internals::{Doc, Facts};
use zhnews::{DateValue, Span};

#[test]
fn stamp_is_a_date_at_its_span_even_outside_the_body() {
    let text = "区卫健委召开年度会议\n发布时间：2023-11-02 09:15:30\n11月1日，区卫健委召开年度会议。";
    let mut layout = support::layout(text);
    let stamp_start = text.find("2023").unwrap();
    let stamp = Span::new(stamp_start, stamp_start + "2023-11-02 09:15:30".len());
    // The article stage keeps the stamp line out of the body.
    layout.paragraphs.retain(|p| !p.contains(stamp));
    layout.sentences.retain(|s| !s.overlaps(stamp));
    layout.published_at = Some(Stamp { iso: "2023-11-02T09:15:30".into(), span: stamp });
    let segmenter = Segmenter::new(&[]);
    let doc = Doc::new(text, &layout, &segmenter, DateValue::parse("2023-11-02"));
    let mut facts = Facts::default();
    DateExtractor::new().extract(&doc, &mut facts);
    let got: Vec<(String, &str)> = facts.dates.iter().map(|d| (d.value.to_string(), d.mention.slice(text))).collect();
    assert_eq!(
        got,
        vec![("2023-11-02T09:15:30".to_string(), "2023-11-02 09:15:30"), ("2023-11-01".to_string(), "11月1日")]
    );
}

#[test]
fn stamp_inside_the_body_is_reported_once() {
    let text = "2024年05月23日 12:47 来源：某某新闻网\n5月18日至20日，论坛在成都举行。";
    let mut layout = support::layout(text);
    let stamp = Span::new(0, "2024年05月23日 12:47".len());
    layout.published_at = Some(Stamp { iso: "2024-05-23T12:47".into(), span: stamp });
    let segmenter = Segmenter::new(&[]);
    let doc = Doc::new(text, &layout, &segmenter, DateValue::parse("2024-05-23T12:47"));
    let mut facts = Facts::default();
    DateExtractor::new().extract(&doc, &mut facts);
    let got: Vec<String> = facts
        .dates
        .iter()
        .map(|d| {
            format!("{}|{}|{}", d.mention.slice(text), d.value, d.end_value.map(|v| v.to_string()).unwrap_or_default())
        })
        .collect();
    assert_eq!(got, vec!["2024年05月23日 12:47|2024-05-23T12:47|", "5月18日至20日|2024-05-18|2024-05-20"]);
}

#[test]
fn a_second_date_line_of_the_article_is_a_date_fact() {
    let page = "首页 > 新闻中心\n某区推进家庭医生签约服务\n2024-03-01\n2024/03/01\n\
                今年以来，某区新增家庭医生团队12个，签约居民3000人。\n某区各社区卫生服务中心将继续推进签约工作。\n责任编辑：王芳";
    let article = zhnews::extract(page).unwrap();
    assert_eq!(article.meta.published_at.as_deref(), Some("2024-03-01"));
    let got: Vec<(String, &str)> =
        article.dates.iter().map(|d| (d.value.to_string(), d.mention.text.as_str())).collect();
    assert!(got.contains(&("2024-03-01".to_string(), "2024-03-01")), "{got:?}");
    assert!(got.contains(&("2024-03-01".to_string(), "2024/03/01")), "{got:?}");
}

/// The dates of `text` whose second line opens with the publication stamp
/// `2022/03/11 08:40`, that line being out of the body (as the layout leaves a stamp line).
fn dates_under_stamp(text: &str) -> Facts {
    let mut layout = support::layout(text);
    let stamp_start = text.find("2022").unwrap();
    let stamp = Span::new(stamp_start, stamp_start + "2022/03/11 08:40".len());
    let line_end = text[stamp_start..].find('\n').unwrap() + stamp_start;
    layout.paragraphs.retain(|p| !p.overlaps(Span::new(stamp_start, line_end)));
    layout.sentences.retain(|s| !s.overlaps(Span::new(stamp_start, line_end)));
    layout.published_at = Some(Stamp { iso: "2022-03-11T08:40".into(), span: stamp });
    let segmenter = Segmenter::new(&[]);
    let doc = Doc::new(text, &layout, &segmenter, DateValue::parse("2022-03-11T08:40"));
    let mut facts = Facts::default();
    DateExtractor::new().extract(&doc, &mut facts);
    facts
}

#[test]
fn update_stamp_in_brackets_after_the_stamp_is_a_date() {
    let text = "县医院新院区启用\n2022/03/11 08:40（3/11 10:25 更新）\n3月10日，县医院新院区启用。";
    let facts = dates_under_stamp(text);
    let got: Vec<(String, &str)> = facts.dates.iter().map(|d| (d.value.to_string(), d.mention.slice(text))).collect();
    assert!(got.contains(&("2022-03-11T10:25".to_string(), "3/11 10:25")), "{got:?}");
    assert!(got.contains(&("2022-03-10".to_string(), "3月10日")), "{got:?}");
}

#[test]
fn text_after_the_stamp_outside_brackets_gives_no_date() {
    let text = "县医院新院区启用\n2022/03/11 08:40 来源：某某网 3/11\n3月10日，县医院新院区启用。";
    let facts = dates_under_stamp(text);
    assert_eq!(facts.dates.len(), 2, "{:?}", facts.dates);
}
