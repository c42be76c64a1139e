//! Text input with HTML left in it (tags, attributes, character references) gives the same
//! record as the clean page, and `markup` repairs cover every character removed.

use zhnews::{extract, Article, RepairKind};

/// Pages written for this test: (clean, with markup leftovers).
const PAGES: &[(&str, &str)] = &[
    (
        "某市推进紧密型县域医共体建设\n2024-03-01 09:30 来源：某某日报\n今年，某市新建县域医共体12个，覆盖全部乡镇卫生院。\n责任编辑：王芳",
        "<p>某市推进紧密型县域医共体建设</p>\n2024-03-01&nbsp;09:30 来源：<a href=\"http://news.example.cn/a/1.html\" target=\"_blank\">某某日报</a>\n<p>今年，某市新建县域医共体12个，覆盖全部乡镇卫生院。</p>\n责任编辑：<span class=\"editor\">王芳</span>",
    ),
    (
        "某县开展家庭医生签约服务\n2024-05-06 来源：某县融媒体中心\n作者：李明远\n全县组建家庭医生团队86个，签约居民12万人。\n县卫生健康局表示，将扩大签约服务覆盖面。",
        "某县开展家庭医生签约服务<br/>2024-05-06 来源：某县融媒体中心\n作者：<strong>李明远</strong>\n全县组建家庭医生团队86个，签约居民12万人。<BR>县卫生健康局表示，将扩大签约服务覆盖面。",
    ),
];

/// The record without its offsets, repairs and printed texts (which quote the original
/// input, markup and all): what the page says.
fn values(a: &Article) -> String {
    let mut v = serde_json::to_value(a).expect("record serializes");
    strip_offsets(&mut v);
    if let Some(o) = v.as_object_mut() {
        o.remove("repairs");
    }
    v.to_string()
}

fn strip_offsets(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(o) => {
            o.retain(|k, _| !matches!(k.as_str(), "start" | "end" | "mentions" | "text"));
            o.values_mut().for_each(strip_offsets);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_offsets),
        _ => {}
    }
}

#[test]
fn markup_leftovers_give_the_clean_record() {
    for (clean, dirty) in PAGES {
        let want = extract(clean).unwrap();
        let got = extract(dirty).unwrap();
        assert_eq!(values(&got), values(&want), "{dirty}");
        assert_eq!(got.meta.source, want.meta.source);
        assert!(got.meta.source.is_some() && (!got.meta.authors.is_empty() || !got.meta.editors.is_empty()));
    }
}

#[test]
fn markup_repairs_cover_every_removed_character() {
    for (_, dirty) in PAGES {
        let a = extract(dirty).unwrap();
        let markup: Vec<_> = a.repairs.iter().filter(|r| r.kind == RepairKind::Markup).collect();
        assert!(!markup.is_empty(), "{dirty}");
        // Every `<`, `>` and `&` of the input lies inside a markup repair's span
        // (code points of the original).
        let chars: Vec<char> = dirty.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if matches!(c, '<' | '>' | '&') {
                assert!(markup.iter().any(|r| r.start <= i && i < r.end), "{c} at {i} in {dirty}");
            }
        }
        for r in &markup {
            assert_eq!(chars[r.start..r.end].iter().collect::<String>(), r.before);
            assert!(!r.after.contains(['<', '>']), "{r:?}");
        }
    }
}
