//! Table-driven figure cases from `tests/cases/figures.tsv`.
//!
//! Columns: input (one paragraph per line, `\n` escapes), then the expected mention text,
//! value, upper, unit, kind, approx and subject (`-` for null). Rows with the same input
//! form one case: the extractors (dates, then figures) must give exactly those figures, in
//! text order. A row whose mention text is `-` expects no figure at all.

use crate::support;
use support::{facts, table};

fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One row of a figure as the tables write it: mention text, value, upper, unit, kind,
/// approximation and subject (`-` for null).
fn row_of<L>(text: &str, f: &zhnews::Figure<L>) -> String {
    let kind = serde_json::to_value(f.kind).unwrap();
    let approx = serde_json::to_value(f.approx).unwrap();
    format!(
        "{} {} {} {} {} {} {}",
        text,
        number(f.value),
        f.upper.map_or("-".to_string(), number),
        f.unit.as_deref().unwrap_or("-"),
        kind.as_str().unwrap(),
        approx.as_str().unwrap(),
        f.subject.as_deref().unwrap_or("-")
    )
}

/// Checks a case table: rows with the same input form one case, whose figures (as
/// [`row_of`] writes them, in text order) `figures_of` must give exactly.
fn check_table(data: &str, min_rows: usize, figures_of: impl Fn(&str) -> Vec<String>) {
    let rows = table(data);
    assert!(rows.len() >= min_rows, "the table has {} rows", rows.len());
    let mut failures = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let input = rows[i][0].clone();
        let mut expected = Vec::new();
        while i < rows.len() && rows[i][0] == input {
            let r = &rows[i];
            if r.get(1).is_some_and(|t| t != "-") {
                let cell = |k: usize| r.get(k).map(String::as_str).unwrap_or("-");
                let value: f64 = cell(2).parse().unwrap_or(f64::NAN);
                let upper = cell(3).parse::<f64>().map(number).unwrap_or("-".into());
                expected.push(format!(
                    "{} {} {} {} {} {} {}",
                    cell(1),
                    number(value),
                    upper,
                    cell(4),
                    cell(5),
                    cell(6),
                    cell(7)
                ));
            }
            i += 1;
        }
        let got = figures_of(&input);
        if got != expected {
            failures.push(format!("{input:?}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn figure_table() {
    check_table(include_str!("cases/figures.tsv"), 80, |input| {
        let f = facts(input, None);
        let mut figures = f.figures.clone();
        figures.sort_by_key(|x| x.mention.start);
        figures.iter().map(|x| row_of(x.mention.slice(input), x)).collect()
    });
}

/// The same table format for Hong Kong, Macau and Taiwan text, read through the public
/// fragment API with a reference date (traditional script converted first; subjects are
/// simplified text, the mention text the original characters).
#[test]
fn traditional_figure_table() {
    check_table(include_str!("cases/figures_traditional.tsv"), 20, |input| {
        let options = zhnews::TextOptions::new().published_at("2025-06-01").unwrap();
        let a = zhnews::extract_text(input, &options).unwrap();
        a.figures.iter().map(|x| row_of(&x.mention.text, x)).collect()
    });
}

/// A unit and a noun of people closing the clause count people, in traditional script too
/// (the pipeline converts it first): `三四個人。` is 个 + 人, not 个人.
#[test]
fn people_closing_the_clause_count_in_both_scripts() {
    for text in ["会议室里坐了三四个人。", "會議室裏坐了三四個人。"] {
        let a = zhnews::extract_text(text, &zhnews::TextOptions::new()).unwrap();
        let got: Vec<_> =
            a.figures.iter().map(|f| (f.value, f.upper, f.unit.as_deref(), f.subject.as_deref())).collect();
        assert_eq!(got, [(3.0, Some(4.0), Some("个"), Some("人"))], "{text}");
    }
}

/// Hong Kong and Taiwan text (converted first): 新臺幣 before an amount is 元; a comparison
/// (`低於日本的`) measures the metric of the figure before it; `'25年` is a year, no duration.
#[test]
fn traditional_money_comparisons_and_short_years() {
    let text = "安平縣長者人口比率達19.6%，低於日本的29%。長照預算今年度編列新臺幣8.6億元，'25年門診量達120萬人次。";
    let options = zhnews::TextOptions::new().published_at("2026-02-10").unwrap();
    let a = zhnews::extract_text(text, &options).unwrap();
    let got: Vec<_> = a.figures.iter().map(|f| (f.value, f.unit.as_deref(), f.subject.as_deref())).collect();
    assert_eq!(
        got,
        [
            (19.6, Some("%"), Some("长者人口比率")),
            (29.0, Some("%"), Some("长者人口比率")),
            (860000000.0, Some("元"), Some("编列")),
            (1200000.0, Some("人次"), Some("门诊量")),
        ],
        "{text}"
    );
}

/// Traditional script (converted first): *shared rate* — groups of one rate that only the
/// last member names each take its rest, with or without `的`; acts — a metric before the
/// number keeps its act (`新生兒聽力篩查`), after the nouns a count counts it goes; having
/// after its owner (`現有`, `擁有`) leads to what is counted.
#[test]
fn listed_rates_acts_and_having_in_traditional_script() {
    let cases: [(&str, &[(f64, &str)]); 4] = [
        (
            "全澳幼稚園、小學和初中學生的視力篩查率分別為92%、88%和81%。",
            &[(92.0, "幼稚园学生的视力筛查率"), (88.0, "小学学生的视力筛查率"), (81.0, "初中学生的视力筛查率")],
        ),
        (
            "城鎮職工和城鄉居民醫保住院費用報銷比例分別為82%和68%。",
            &[(82.0, "城镇职工医保住院费用报销比例"), (68.0, "城乡居民医保住院费用报销比例")],
        ),
        (
            "東林縣去年完成新生兒聽力篩查4800人。該院為居民提供20餘種慢性疾病篩查。",
            &[(4800.0, "新生儿听力筛查"), (20.0, "慢性疾病")],
        ),
        ("南嶺醫院現有職工3200餘名。該中心擁有病床800張。", &[(3200.0, "职工"), (800.0, "病床")]),
    ];
    for (text, expected) in cases {
        let a = zhnews::extract_text(text, &zhnews::TextOptions::new()).unwrap();
        let got: Vec<_> = a.figures.iter().map(|f| (f.value, f.subject.as_deref().unwrap_or("-"))).collect();
        assert_eq!(got, expected, "{text}");
    }
}

/// The subjects of the figures of a page, by mention (the first figure with that text).
fn subjects_of(text: &str, expected: &[(&str, &str)]) {
    let article = zhnews::extract(text).expect("extracts");
    for (mention, subject) in expected {
        let f = article.figures.iter().find(|f| f.mention.text == *mention);
        let f = f.unwrap_or_else(|| panic!("no figure {mention}: {:?}", article.figures));
        assert_eq!(f.subject.as_deref(), Some(*subject), "{mention}");
    }
}

/// Continued acts, counted acts, a duration's scope and a verb after a time word, in both
/// scripts (subjects are normalized text).
#[test]
fn acts_scopes_and_time_words_in_metrics() {
    subjects_of(
        "青川县医疗队完成46人次眼科筛查\n2026年1月8日 来源：青川日报\n受大雾影响，轮渡连续停航4天，医疗队共完成46人次眼科筛查。全县平均住院日7.9天。职工医保统筹基金今年支出37.2亿元。",
        &[("4天", "停航"), ("46人次", "眼科筛查"), ("7.9天", "平均住院日"), ("37.2亿元", "职工医保统筹基金支出")],
    );
    subjects_of(
        "澎南縣醫療隊完成32人次外科看診\n2026年1月8日 來源：澎南日報\n受強風影響，離島交通船連續停航5天，醫療隊共協助完成32人次外科看診。全縣平均住院日8.2天。健保基金去年支出逾新台幣860億元。",
        &[("5天", "停航"), ("32人次", "外科看诊"), ("8.2天", "平均住院日"), ("逾新台幣860億元", "健保基金支出")],
    );
}
