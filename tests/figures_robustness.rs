//! The date and figure extractors never panic and keep every span on char boundaries,
//! whatever mix of digits, numerals, units, date words and punctuation they read.

use crate::support;
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "9",
    "12",
    "2024",
    "1,169",
    "3.5",
    ".",
    ",",
    "-",
    "—",
    "/",
    ":",
    " ",
    "+",
    "%",
    "％",
    "一",
    "两",
    "三",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "〇",
    "零",
    "年",
    "月",
    "日",
    "号",
    "至",
    "到",
    "第",
    "首位",
    "排名",
    "家",
    "个",
    "个月",
    "岁",
    "周年",
    "成",
    "分之",
    "百分之",
    "余",
    "多",
    "以上",
    "以下",
    "超过",
    "近",
    "约",
    "左右",
    "今年",
    "去年",
    "次年",
    "上半年",
    "年底",
    "以来",
    "截至",
    "十四五",
    "十五",
    "民国",
    "台湾",
    "“",
    "”",
    "（",
    "）",
    "(",
    ")",
    "，",
    "。",
    "、",
    "的",
    "和",
    "医院",
    "社区卫生服务中心",
    "签约率",
    "达到",
    "增加了",
    "比上年",
    "\n",
    "😀",
    "\u{fe0f}",
    "a",
    "X",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn extractors_never_panic(t in text(), with_reference in any::<bool>()) {
        let facts = support::facts(&t, with_reference.then_some("2024-06-01"));
        for d in &facts.dates {
            prop_assert!(t.is_char_boundary(d.mention.start) && t.is_char_boundary(d.mention.end));
            prop_assert!(d.mention.start < d.mention.end && d.mention.end <= t.len());
            prop_assert!(d.value.is_valid());
        }
        for f in &facts.figures {
            prop_assert!(t.is_char_boundary(f.mention.start) && t.is_char_boundary(f.mention.end));
            prop_assert!(f.mention.start < f.mention.end && f.mention.end <= t.len());
            prop_assert!(f.value.is_finite());
            // Figures never overlap dates.
            prop_assert!(facts.dates.iter().all(|d| !d.mention.overlaps(f.mention)), "{:?} in {:?}", f, t);
        }
    }
}
