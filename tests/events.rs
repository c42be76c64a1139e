//! Event extraction on sentences written for these tests, run through the event extractor
//! alone. The date extractor lands separately, so the date facts are built here by hand
//! exactly as it reports them (`DateMention<Span>` over the normalized text).

use std::sync::LazyLock;
use zhnews::internals::EventExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::{split_sentences, ArticleLayout};
use zhnews::internals::{Doc, Facts};
use zhnews::Span;
use zhnews::{DateKind, DateMention, DateValue, Event, Program};

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(|| Segmenter::new(&[]));
static EXTRACTOR: LazyLock<EventExtractor> = LazyLock::new(EventExtractor::new);

/// Title on the first line, body after (each line one paragraph).
fn layout(text: &str) -> ArticleLayout {
    let mut layout = ArticleLayout::default();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let span = Span::new(pos, pos + content.len());
        pos += line.len();
        layout.paragraphs.push(span);
        layout.sentences.extend(split_sentences(text, span));
    }
    layout
}

fn run_with(text: &str, facts: Facts, reference: Option<DateValue>) -> Vec<Event<Span>> {
    let layout = layout(text);
    let doc = Doc::new(text, &layout, &SEGMENTER, reference);
    let mut facts = facts;
    EXTRACTOR.extract(&doc, &mut facts);
    facts.events
}

fn run(text: &str) -> Vec<Event<Span>> {
    run_with(text, Facts::default(), None)
}

fn names(events: &[Event<Span>]) -> Vec<&str> {
    events.iter().map(|e| e.name.as_str()).collect()
}

/// A point date over the `nth` occurrence of `surface`.
fn date(text: &str, surface: &str, nth: usize, value: &str) -> DateMention<Span> {
    let start = text.match_indices(surface).nth(nth).map(|(i, _)| i).expect("surface in text");
    DateMention {
        value: DateValue::parse(value).expect("valid date"),
        end_value: None,
        kind: DateKind::Point,
        modifier: None,
        label: None,
        mention: Span::new(start, start + surface.len()),
    }
}

fn span_of(text: &str, surface: &str, nth: usize) -> Span {
    let start = text.match_indices(surface).nth(nth).map(|(i, _)| i).expect("surface in text");
    Span::new(start, start + surface.len())
}

#[test]
fn named_meetings_with_ordinal_year_region_or_proper_name() {
    let text = "标题\n第十二届海峡两岸健康产业论坛在厦门举行。2023年全省卫生健康工作会议在福州召开。\
                副省长出席世界卫生大会并发言。";
    assert_eq!(names(&run(text)), ["第十二届海峡两岸健康产业论坛", "2023年全省卫生健康工作会议", "世界卫生大会"]);
}

#[test]
fn anaphora_and_generic_meetings_are_not_events() {
    let text = "标题\n本次论坛由省医学会主办。此次大会上，代表们参加了圆桌会议。\
                市长出席会议并讲话，会议期间还召开了新闻发布会。国际大会将于明年举行。";
    assert!(run(text).is_empty(), "{:?}", names(&run(text)));
}

#[test]
fn a_quoted_theme_belongs_to_the_name_without_marks() {
    let text = "标题\n近日，“携手同心”川渝基层卫生健康协作推进会在成都召开。";
    let events = run(text);
    assert_eq!(names(&events), ["携手同心川渝基层卫生健康协作推进会"]);
    assert_eq!(events[0].mentions, [span_of(text, "“携手同心”川渝基层卫生健康协作推进会", 0)]);
}

#[test]
fn a_quote_that_is_a_meeting_name_is_the_event() {
    let text = "标题\n专家在“Healthy Cities——城市与健康·青年论坛”分会场发言。";
    let events = run(text);
    assert_eq!(names(&events), ["Healthy Cities——城市与健康·青年论坛"]);
    assert_eq!(events[0].mentions, [span_of(text, "Healthy Cities——城市与健康·青年论坛", 0)]);
}

#[test]
fn a_joint_name_is_one_event() {
    let text = "标题\n第三届粤港澳大湾区卫生健康合作大会暨健康产业博览会在广州开幕。";
    assert_eq!(names(&run(text)), ["第三届粤港澳大湾区卫生健康合作大会暨健康产业博览会"]);
}

#[test]
fn mentions_merge_into_the_fullest_name() {
    let text = "标题：市领导亮相世界卫生大会\n正在日内瓦召开的第77届世界卫生大会上，代表团作了发言。\
                本届世界卫生大会还通过了决议。";
    let events = run(text);
    assert_eq!(names(&events), ["第77届世界卫生大会"]);
    assert_eq!(
        events[0].mentions,
        [span_of(text, "世界卫生大会", 0), span_of(text, "第77届世界卫生大会", 0), span_of(text, "世界卫生大会", 2)]
    );
}

#[test]
fn a_title_without_the_year_joins_the_dated_meeting() {
    let text = "全省疾病预防控制工作会议召开\n3月5日，2024年全省疾病预防控制工作会议召开。";
    let facts = Facts { dates: vec![date(text, "3月5日", 0, "2024-03-05")], ..Default::default() };
    let events = run_with(text, facts, None);
    assert_eq!(names(&events), ["2024年全省疾病预防控制工作会议"]);
    assert_eq!(events[0].date.as_deref(), Some("2024-03-05"));
    assert_eq!(events[0].mentions.len(), 2);
}

#[test]
fn different_ordinals_stay_apart() {
    let text = "标题\n第九届中国医院院长论坛回顾了第八届中国医院院长论坛的成果。";
    assert_eq!(names(&run(text)), ["第九届中国医院院长论坛", "第八届中国医院院长论坛"]);
}

#[test]
fn the_year_in_the_name_dates_the_meeting_when_nothing_else_does() {
    let text = "标题\n会上传达了2024年全国卫生健康工作会议精神。";
    assert_eq!(run(text)[0].date.as_deref(), Some("2024"));
}

#[test]
fn a_partial_date_takes_the_year_of_the_name() {
    let text = "标题\n2月28日，记者从当日召开的2025年全市医疗保障工作会议上获悉。";
    let d = DateMention {
        value: DateValue { month: Some(2), day: Some(28), ..Default::default() },
        ..date(text, "2月28日", 0, "2025-02-28")
    };
    let events = run_with(text, Facts { dates: vec![d], ..Default::default() }, None);
    assert_eq!(events[0].date.as_deref(), Some("2025-02-28"));
}

#[test]
fn a_date_range_before_the_meeting_is_an_interval() {
    let text = "标题\n11月8日至10日，以“医者仁心”为主题的第十六届中国医师论坛在杭州举办。";
    let mut d = date(text, "11月8日至10日", 0, "2024-11-08");
    d.kind = DateKind::Range;
    d.end_value = DateValue::parse("2024-11-10");
    let events = run_with(text, Facts { dates: vec![d], ..Default::default() }, None);
    assert_eq!(names(&events), ["第十六届中国医师论坛"]);
    assert_eq!(events[0].date.as_deref(), Some("2024-11-08/2024-11-10"));
}

#[test]
fn a_date_right_after_the_meeting_dates_it() {
    let text = "标题\n第五届西部健康管理大会于9月20日在西安开幕。";
    let facts = Facts { dates: vec![date(text, "9月20日", 0, "2024-09-20")], ..Default::default() };
    assert_eq!(run_with(text, facts, None)[0].date.as_deref(), Some("2024-09-20"));
}

#[test]
fn a_dateline_does_not_date_the_meeting() {
    let text = "标题\n新华社长沙6月3日电 近日，湘赣边区基层卫生健康交流会在浏阳召开。";
    let facts = Facts { dates: vec![date(text, "6月3日", 0, "2024-06-03")], ..Default::default() };
    let events = run_with(text, facts, None);
    assert_eq!(names(&events), ["湘赣边区基层卫生健康交流会"]);
    assert_eq!(events[0].date, None);
}

#[test]
fn plan_periods_and_other_years_do_not_date_the_meeting() {
    let text = "标题\n“十四五”期间，2023年全省卫生健康工作会议明确了目标。";
    let mut period = date(text, "十四五", 0, "2021");
    period.kind = DateKind::Period;
    period.end_value = DateValue::parse("2025");
    let events = run_with(text, Facts { dates: vec![period], ..Default::default() }, None);
    assert_eq!(events[0].date.as_deref(), Some("2023"));
}

#[test]
fn a_meeting_under_way_takes_the_month_of_publication() {
    let text = "标题\n正在北京召开的第十四届全国人民代表大会传来消息。";
    let events = run_with(text, Facts::default(), DateValue::parse("2025-03-06"));
    assert_eq!(events[0].date.as_deref(), Some("2025-03"));
}

#[test]
fn programs_are_not_read_as_events() {
    let text = "标题\n第二届“健康中国”论坛在京举行。";
    let theme = span_of(text, "第二届“健康中国”论坛", 0);
    let program = Program { name: "x".into(), category: None, mention: theme };
    assert!(run_with(text, Facts { programs: vec![program], ..Default::default() }, None).is_empty());
    assert_eq!(names(&run(text)), ["第二届健康中国论坛"]);
}

#[test]
fn traditional_script_after_normalization() {
    let n = zhnews::normalize("標題\n第十屆港澳台基層醫療研討會在澳門舉行。");
    assert_eq!(names(&run(n.as_str())), ["第十届港澳台基层医疗研讨会"]);
}

#[test]
fn damaged_input_never_panics() {
    for text in ["", "会议", "“", "“会议”", "第届大会", "本次", "\n论坛\n", "“”论坛", "《大会》", "2024年"]
    {
        let _ = run(text);
    }
}

#[test]
fn taiwan_and_hong_kong_meeting_names() {
    let n = zhnews::normalize(
        "標題\n衛生福利部今日召開「全民健康保險會」第6屆第3次委員會議。局長出席「基層醫療高峰會2024」並致辭。",
    );
    let events = run(n.as_str());
    assert_eq!(names(&events), ["全民健康保险会第6届第3次委员会议", "基层医疗高峰会2024"]);
    assert_eq!(events[0].date, None);
    assert_eq!(events[1].date.as_deref(), Some("2024"));
}

#[test]
fn a_year_without_nian_opens_a_name() {
    let events = run("标题\n2023亚太医疗保健论坛在香港举行。");
    assert_eq!(names(&events), ["2023亚太医疗保健论坛"]);
    assert_eq!(events[0].date.as_deref(), Some("2023"));
}

#[test]
fn routine_meetings_of_a_body_are_not_named() {
    assert!(run("标题\n局长主持召开党组会议。院长办公会议研究决定。").is_empty());
}

#[test]
fn as_of_and_since_dates_do_not_date_the_meeting() {
    let text = "标题\n截至2023年底，中国社区卫生服务发展论坛已连续举办十八届。";
    let mut d = date(text, "截至2023年底", 0, "2023");
    d.modifier = Some(zhnews::DateModifier::End);
    let events = run_with(text, Facts { dates: vec![d], ..Default::default() }, None);
    assert_eq!(names(&events), ["中国社区卫生服务发展论坛"]);
    assert_eq!(events[0].date, None);
}

/// `name|date` of every event of `text`, extracted in fragment mode (2024-06-01).
fn pipeline_events(text: &str) -> Vec<String> {
    let options = zhnews::TextOptions::new().published_at("2024-06-01").expect("valid date");
    let article = zhnews::extract_text(text, &options).expect("extracts");
    article.events.iter().map(|e| format!("{}|{}", e.name, e.date.as_deref().unwrap_or("-"))).collect()
}

#[test]
fn cases_of_the_table() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("cases/events.tsv").lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let Some((text, expected)) = line.split_once('\t') else { panic!("bad case line: {line}") };
        let expected: Vec<String> = match expected.trim() {
            "-" => Vec::new(),
            e => e.split(" ; ").map(|s| s.trim().to_string()).collect(),
        };
        let got = pipeline_events(text);
        count += 1;
        if got != expected {
            failures.push(format!("{text}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(count >= 20, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
}

/// `…活动暨…活动在…举行`: two activities joined by `暨` and held on a day are one joint
/// event (FACTS.md §events), and the later mentions of the first (`此次“…”活动`) are the
/// joint event's, no longer programs.
#[test]
fn activities_joined_by_ji_are_one_event_with_the_repeats_of_the_first() {
    let text = "6月3日，“送医下乡”活动暨健康知识“六进”主题宣传活动在县体育馆举行。此次“送医下乡”活动持续两天。";
    let options = zhnews::TextOptions::new().published_at("2024-06-05").expect("valid date");
    let article = zhnews::extract_text(text, &options).expect("extracts");
    let chars: Vec<char> = text.chars().collect();
    let at = |m: &zhnews::Mention| chars[m.start..m.end].iter().collect::<String>();
    let names: Vec<&str> = article.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["送医下乡活动暨健康知识六进主题宣传活动"]);
    let mentions: Vec<(usize, usize, String)> =
        article.events[0].mentions.iter().map(|m| (m.start, m.end, at(m))).collect();
    assert_eq!(
        mentions,
        [(5, 28, "“送医下乡”活动暨健康知识“六进”主题宣传活动".to_string()), (38, 46, "“送医下乡”活动".to_string())]
    );
    assert_eq!(article.events[0].date.as_deref(), Some("2024-06-03"));
    assert!(article.programs.iter().all(|p| p.name != "送医下乡"), "{:?}", article.programs);
}

/// A page broken in lines: a line opening with `暨` continues the lines before it that end
/// in no sentence-final mark, so the activity it names is held and dated where they say.
#[test]
fn an_activity_on_a_line_opening_with_ji_is_held_and_dated_by_the_lines_before() {
    let text = "5月19日上午\n某街道在某社区举办\n爱国卫生月启动仪式\n暨“垃圾不落地”宣传活动\n活动现场气氛热烈。";
    let events = pipeline_events(text);
    assert!(events.contains(&"垃圾不落地宣传活动|2024-05-19".to_string()), "{events:?}");
    // Closed by a full stop, the line before is another sentence: nothing is held.
    let text = "5月19日上午，某街道在某社区举办爱国卫生月启动仪式。\n暨“垃圾不落地”宣传活动\n活动现场气氛热烈。";
    let events = pipeline_events(text);
    assert!(!events.iter().any(|e| e.starts_with("垃圾不落地")), "{events:?}");
}

/// `name|date|mentions` of every event of `text` under the headline `title` (2024-06-01).
fn titled_events(title: &str, text: &str) -> Vec<String> {
    let options = zhnews::TextOptions::new().title(title).published_at("2024-06-01").expect("valid date");
    let article = zhnews::extract_text(text, &options).expect("extracts");
    let event = |e: &zhnews::Event| {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        format!("{}|{}|{}", e.name, e.date.as_deref().unwrap_or("-"), mentions.join(","))
    };
    article.events.iter().map(event).collect()
}

/// A short form the page declares in brackets after a meeting's name (`（以下简称…）`,
/// `（简称…）`) is a mention of that meeting, its later occurrences too; no event of its own
/// (FACTS.md §4 Events: a meeting named in full and short).
#[test]
fn a_short_form_declared_in_brackets_is_a_mention_of_the_meeting_before() {
    let text = "湖川国际康复器具展览会（简称“康展会”）3月在临江举办，本届康展会设三个展区。";
    assert_eq!(titled_events("", text), ["湖川国际康复器具展览会|2024-03|湖川国际康复器具展览会,康展会,康展会"]);
    // Without the declaring word a bracket is only skipped: no short form, no mention.
    let text = "湖川国际康复器具展览会（第三届）3月在临江举办。";
    assert_eq!(titled_events("", text), ["湖川国际康复器具展览会|2024-03|湖川国际康复器具展览会"]);
}

/// A headline writing the body's meeting short (letters left out, `医改` for
/// `医药卫生体制改革`) and a fair's abbreviation (`健博会`) are mentions of that one
/// meeting (FACTS.md §events: one event with its aliases).
#[test]
fn a_headline_or_abbreviated_short_form_is_a_mention_of_the_one_fuller_meeting() {
    let title = "医改经验交流座谈会在南川召开";
    let text = "5月20日，全省深化医药卫生体制改革经验交流座谈会在南川召开。";
    assert_eq!(
        titled_events(title, text),
        ["全省深化医药卫生体制改革经验交流座谈会|2024-05-20|医改经验交流座谈会,全省深化医药卫生体制改革经验交流座谈会"]
    );
    let text = "5月20日，2024中国（东川）国际大健康产业博览会在东川开幕。本届健博会展期三天。";
    assert_eq!(
        titled_events("东川大健康产业博览会开幕", text),
        ["2024中国（东川）国际大健康产业博览会|2024-05-20|东川大健康产业博览会,2024中国（东川）国际大健康产业博览会,健博会"]
    );
    // A short form that two meetings of the body could stand for stays apart.
    let text = "5月20日，全省基层卫生培训工作会议召开。次日，全省基层卫生科研工作会议召开。";
    assert_eq!(titled_events("基层卫生工作会议召开", text).len(), 3);
}
