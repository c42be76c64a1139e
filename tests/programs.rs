//! Program extraction on sentences written for these tests (`tests/cases/programs.tsv`),
//! run through the program extractor alone with a layout built from the sentence.

use std::sync::LazyLock;
use zhnews::internals::ProgramExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::{split_sentences, ArticleLayout};
use zhnews::internals::{Doc, Facts};
use zhnews::{normalize, Span};
use zhnews::{Institution, InstitutionKind};

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(|| Segmenter::new(&[]));
static EXTRACTOR: LazyLock<ProgramExtractor> = LazyLock::new(ProgramExtractor::new);
static EVENTS: LazyLock<zhnews::internals::EventExtractor> = LazyLock::new(zhnews::internals::EventExtractor::new);

fn layout(text: &str) -> ArticleLayout {
    let whole = Span::new(0, text.len());
    ArticleLayout { paragraphs: vec![whole], sentences: split_sentences(text, whole), ..Default::default() }
}

/// `name|category|mention` of every program found in `text` (normalized first).
fn run(text: &str, facts: Facts) -> Vec<String> {
    let normalized = normalize(text);
    let text = normalized.as_str();
    let layout = layout(text);
    let doc = Doc::new(text, &layout, &SEGMENTER, None);
    let mut facts = facts;
    EXTRACTOR.extract(&doc, &mut facts);
    facts
        .programs
        .iter()
        .map(|p| format!("{}|{}|{}", p.name, p.category.as_deref().unwrap_or("-"), p.mention.slice(text)))
        .collect()
}

#[test]
fn cases() {
    let cases = include_str!("cases/programs.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let Some((sentence, expected)) = line.split_once('\t') else { panic!("bad case line: {line}") };
        let expected: Vec<String> = match expected.trim() {
            "-" => Vec::new(),
            e => e.split(" ; ").map(|s| zhnews::normalize(s.trim()).as_str().to_string()).collect(),
        };
        let got = run(sentence, Facts::default());
        count += 1;
        if got != expected {
            failures.push(format!("{sentence}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(count >= 40, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn names_stop_at_institutions() {
    let text = "上海市卫生健康委员会健康促进行动今年启动。";
    let start = 0;
    let end = "上海市卫生健康委员会".len();
    let facts = Facts {
        institutions: vec![Institution {
            name: "上海市卫生健康委员会".into(),
            kind: InstitutionKind::Government,
            region: Some("上海市".into()),
            aliases: vec![],
            mentions: vec![Span::new(start, end)],
        }],
        ..Default::default()
    };
    assert_eq!(run(text, facts), ["健康促进行动|行动|健康促进行动"]);
}

/// A one-mention government institution over `span` of `text`.
fn institution(text: &str, span: Span) -> Institution<Span> {
    Institution {
        name: span.slice(text).into(),
        kind: InstitutionKind::Government,
        region: None,
        aliases: vec![],
        mentions: vec![span],
    }
}

#[test]
fn issuers_inside_document_titles_do_not_veto_them() {
    let text = "转发《江苏省卫生健康委员会关于做好基层卫生工作的通知》，订阅《人民日报》。";
    let issuer = text.find("江苏省").unwrap();
    let issuer = Span::new(issuer, issuer + "江苏省卫生健康委员会".len());
    let paper = text.find("人民日报").unwrap();
    let paper = Span::new(paper, paper + "人民日报".len());
    let facts = Facts { institutions: vec![institution(text, issuer), institution(text, paper)], ..Default::default() };
    assert_eq!(
        run(text, facts),
        ["江苏省卫生健康委员会关于做好基层卫生工作的通知|通知|《江苏省卫生健康委员会关于做好基层卫生工作的通知》"]
    );
}

#[test]
fn names_stop_at_dates_but_not_at_plan_periods() {
    use zhnews::{DateKind, DateMention, DateValue};
    let text = "全区今年家庭病床服务试点进展顺利，落实十四五规划。";
    let date = |t: &str, kind: DateKind, label: Option<&str>| {
        let start = text.find(t).unwrap();
        DateMention {
            value: DateValue::parse("2024").unwrap(),
            end_value: None,
            kind,
            modifier: None,
            label: label.map(String::from),
            mention: Span::new(start, start + t.len()),
        }
    };
    let facts = Facts {
        dates: vec![date("今年", DateKind::Point, None), date("十四五", DateKind::Period, Some("十四五"))],
        ..Default::default()
    };
    assert_eq!(run(text, facts), ["家庭病床服务试点|试点|家庭病床服务试点", "十四五|规划|十四五规划"]);
}

#[test]
fn mentions_are_one_record_each_with_exact_spans() {
    let text = "落实“十四五”规划，服务于“十四五”规划。";
    let normalized = normalize(text);
    let layout = layout(normalized.as_str());
    let doc = Doc::new(normalized.as_str(), &layout, &SEGMENTER, None);
    let mut facts = Facts::default();
    EXTRACTOR.extract(&doc, &mut facts);
    let spans: Vec<Span> = facts.programs.iter().map(|p| p.mention).collect();
    let first = text.find("“十四五”规划").unwrap();
    let second = text.rfind("“十四五”规划").unwrap();
    let len = "“十四五”规划".len();
    assert_eq!(spans, [Span::new(first, first + len), Span::new(second, second + len)]);
}

#[test]
fn programs_already_in_facts_are_not_found_twice() {
    let text = "推进“健康小屋”建设。";
    let start = text.find('“').unwrap();
    let span = Span::new(start, start + "“健康小屋”".len());
    let earlier = zhnews::Program { name: "健康小屋".into(), category: None, mention: span };
    let facts = Facts { programs: vec![earlier], ..Default::default() };
    assert_eq!(run(text, facts), ["健康小屋|-|“健康小屋”"]);
    assert_eq!(run(text, Facts::default()), ["健康小屋|-|“健康小屋”"]);
}

#[test]
fn damaged_input_never_panics_nor_gives_empty_names() {
    for text in [
        "“",
        "”“",
        "《》",
        "《“》规划",
        "“+”",
        "《“》”",
        "等专项行动",
        "、、等行动",
        "第届大会",
        "健康",
        "“a+b",
        "计划",
    ] {
        for p in run(text, Facts::default()) {
            assert!(!p.starts_with('|'), "{text}: empty name in {p}");
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces these extractors react to, in any order.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "“",
            "”",
            "‘",
            "’",
            "《",
            "》",
            "「",
            "」",
            "（",
            "）",
            "、",
            "，",
            "。",
            "等",
            "的",
            "和",
            "+",
            "-",
            "1",
            "X",
            "十四五",
            "规划",
            "专项行动",
            "试点",
            "项目",
            "活动",
            "服务包",
            "模式",
            "平台",
            "健康",
            "上海",
            "实施",
            "推进",
            "开展",
            "全国",
            "本市",
            "12个",
            "这种",
            "第十届",
            "2024年",
            "会议",
            "论坛",
            "大会",
            "本次",
            "基层卫生",
            "医防融合",
            "家庭医生",
            "签约",
            "年会于",
            "工程建设",
            " ",
            "\n",
        ]);
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn programs_and_events_are_well_formed(text in pieces()) {
            let layout = layout(&text);
            let doc = Doc::new(&text, &layout, &SEGMENTER, None);
            let mut facts = Facts::default();
            EXTRACTOR.extract(&doc, &mut facts);
            EVENTS.extract(&doc, &mut facts);
            for p in &facts.programs {
                prop_assert!(!p.name.is_empty());
                prop_assert!(!p.mention.is_empty() && text.get(p.mention.range()).is_some(), "{:?}", p);
            }
            for e in &facts.events {
                prop_assert!(!e.name.is_empty() && !e.mentions.is_empty());
                for m in &e.mentions {
                    prop_assert!(!m.is_empty() && text.get(m.range()).is_some(), "{:?}", e);
                }
            }
        }
    }
}

#[test]
fn bare_repeats_are_bounded() {
    let text = format!("卫福部推出「长照3.0」。{}", "长照3.0，".repeat(300));
    let found = run(&text, Facts::default());
    assert_eq!(found.len(), 1 + 256);
    assert!(found.iter().all(|p| p.starts_with("长照3.0|-|")));
}
