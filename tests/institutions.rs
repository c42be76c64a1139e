//! Institutions: names from suffix structure, coordination, merging, regions, outlets.

use crate::support;

use support::{field, layout, run, run_with, span_of};
use zhnews::InstitutionKind;

fn names(text: &str) -> Vec<String> {
    run(text).institutions.into_iter().map(|i| i.name).collect()
}

#[test]
fn table_of_sentences() {
    let cases = include_str!("cases/institutions.tsv");
    let mut failures = Vec::new();
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (text, expected) = line.split_once('\t').unwrap_or((line, ""));
        let expected: Vec<&str> = expected.split('|').filter(|s| !s.is_empty()).collect();
        let got = names(text);
        if got != expected {
            failures.push(format!("{text}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn abbreviation_and_full_name_are_one_record() {
    let text = "南京市鼓楼区卫生健康委员会召开会议。鼓楼区卫健委负责人介绍，全区已建成12家社区医院。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "南京市鼓楼区卫生健康委员会");
    assert_eq!(i.kind, InstitutionKind::Government);
    assert_eq!(i.region.as_deref(), Some("南京市鼓楼区"));
    assert_eq!(i.aliases, vec!["鼓楼区卫健委"]);
    assert_eq!(i.mentions, vec![span_of(text, "南京市鼓楼区卫生健康委员会"), span_of(text, "鼓楼区卫健委")]);
}

#[test]
fn bare_city_prefix_takes_the_article_city() {
    let text = "杭州市今年将新增10家社区卫生服务中心。记者从市疾控中心获悉，流感进入高发期。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "杭州市疾病预防控制中心");
    assert_eq!(i.kind, InstitutionKind::PublicHealth);
    assert_eq!(i.region.as_deref(), Some("杭州市"));
    assert_eq!(i.aliases, vec!["市疾控中心"]);
}

#[test]
fn coordinated_centres_give_one_record_each_with_their_bare_mentions() {
    let text = "天河区石牌、棠下、猎德等社区卫生服务中心推出夜间门诊。此外，棠下、猎德社区卫生服务中心还开设了中医馆。";
    let facts = run(text);
    let got: Vec<(&str, Vec<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.aliases.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        got,
        vec![
            ("天河区石牌社区卫生服务中心", vec!["石牌"]),
            ("天河区棠下社区卫生服务中心", vec!["棠下"]),
            ("天河区猎德社区卫生服务中心", vec!["猎德", "猎德社区卫生服务中心"]),
        ]
    );
    assert!(facts.institutions.iter().all(|i| i.region.as_deref() == Some("天河区")));
    let tangxia = &facts.institutions[1];
    assert_eq!(tangxia.mentions.len(), 2);
    assert_eq!(tangxia.mentions[0].slice(text), "棠下");
    assert_eq!(tangxia.kind, InstitutionKind::PrimaryCare);
}

#[test]
fn coordination_with_and() {
    let text = "海淀区的学院路和北下关社区卫生服务中心参与了试点。";
    assert_eq!(names(text), vec!["学院路社区卫生服务中心", "北下关社区卫生服务中心"]);
}

#[test]
fn later_short_form_of_a_centre_attaches() {
    let text = "成都市武侯区玉林社区卫生服务中心获评示范单位。玉林中心负责人表示，将继续提升服务。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    assert_eq!(facts.institutions[0].name, "成都市武侯区玉林社区卫生服务中心");
    assert_eq!(facts.institutions[0].aliases, vec!["玉林中心"]);
}

#[test]
fn company_full_name_and_short_forms() {
    let text = "浙江华东医药股份有限公司副总经理表示，华东医药将加大投入，华东还将与基层机构合作。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "浙江华东医药股份有限公司");
    assert_eq!(i.kind, InstitutionKind::Company);
    assert_eq!(i.region.as_deref(), Some("浙江"));
    assert_eq!(i.aliases, vec!["华东医药", "华东"]);
    assert_eq!(i.mentions.len(), 3);
}

#[test]
fn branch_carries_its_parent_and_the_parent_gets_no_record() {
    let text = "本次培训由湖北省预防医学会社区卫生分会主办。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    assert_eq!(facts.institutions[0].name, "湖北省预防医学会社区卫生分会");
    assert_eq!(facts.institutions[0].kind, InstitutionKind::Association);
    assert_eq!(facts.institutions[0].region.as_deref(), Some("湖北省"));
}

#[test]
fn parenthesized_part_of_a_name_and_company_branch() {
    let text = "新华社（北京）文化传媒有限公司广东分公司和爱心（助学）基金会联合发起项目。";
    // 新华社 is expanded as 中新社 is (新华通讯社, the name the gold sets use).
    assert_eq!(names(text), vec!["新华通讯社（北京）文化传媒有限公司广东分公司", "爱心（助学）基金会"]);
}

#[test]
fn abbreviated_outlet_expands() {
    let text = "中新网广州1月5日电 广东省卫生健康委5日通报。";
    let facts = run(text);
    let got: Vec<(&str, InstitutionKind)> = facts.institutions.iter().map(|i| (i.name.as_str(), i.kind)).collect();
    assert_eq!(
        got,
        vec![("中国新闻网", InstitutionKind::Media), ("广东省卫生健康委员会", InstitutionKind::Government)]
    );
    assert_eq!(facts.institutions[0].aliases, vec!["中新网"]);
}

#[test]
fn metadata_outlets_are_mentions() {
    let text = "来源：中新网湖北\n湖北省疾控中心提醒市民接种疫苗。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.outlets.push(field(text, "中新网湖北"));
    let facts = run_with(text, &lay);
    let outlet = &facts.institutions[0];
    assert_eq!(outlet.name, "中国新闻网");
    assert_eq!(outlet.mentions, vec![span_of(text, "中新网")]);
    assert_eq!(facts.institutions[1].name, "湖北省疾病预防控制中心");
}

#[test]
fn unknown_outlet_in_metadata_is_a_media_record() {
    let text = "转自：健康云南\n昆明市卫健委发布通知。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.outlets.push(field(text, "健康云南"));
    let facts = run_with(text, &lay);
    assert_eq!(facts.institutions[0].name, "健康云南");
    assert_eq!(facts.institutions[0].kind, InstitutionKind::Media);
    assert_eq!(facts.institutions[1].name, "昆明市卫生健康委员会");
}

#[test]
fn places_are_not_institutions_but_their_bodies_are() {
    assert_eq!(names("浦东新区和闵行区正在推进社区医院建设。"), Vec::<String>::new());
    // A mainland government is named 人民政府 (docs/FACTS.md), also where the city is
    // not established; the written form is an alias.
    assert_eq!(names("市政府常务会议研究了医改方案。"), vec!["市人民政府"]);
    assert_eq!(run("市政府常务会议研究了医改方案。").institutions[0].aliases, vec!["市政府"]);
}

#[test]
fn regionless_hospitals_get_the_article_region() {
    let text = "重庆市今年将推进区域医疗中心建设，西南医院、新桥医院牵头。";
    let facts = run(text);
    let got: Vec<(&str, Option<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
    assert_eq!(got, vec![("西南医院", Some("重庆市")), ("新桥医院", Some("重庆市"))]);
}

#[test]
fn traditional_taiwan_and_hong_kong_bodies() {
    let tw = zhnews::extract("衛生福利部公布新制\n衛生福利部疾病管制署今日表示，臺北市政府衛生局將配合辦理。").unwrap();
    let names: Vec<&str> = tw.institutions.iter().map(|i| i.name.as_str()).collect();
    // The administration written after its ministry is one body (a sub-unit, #13).
    assert_eq!(names, vec!["卫生福利部", "卫生福利部疾病管制署", "台北市政府卫生局"]);
    let hk = zhnews::extract("醫管局回應\n醫院管理局表示，瑪麗醫院急症室輪候時間縮短。").unwrap();
    let names: Vec<&str> = hk.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["医院管理局", "玛丽医院"]);
    assert_eq!(hk.institutions[0].aliases, vec!["医管局"]);
}

#[test]
fn corps_units_name_their_bodies_in_both_scripts() {
    let text = "兵團醫院開展義診\n新疆生產建設兵團第九師165團醫院今日表示，165團黨委將組織醫護人員深入連隊。";
    let names: Vec<String> = zhnews::extract(text).unwrap().institutions.into_iter().map(|i| i.name).collect();
    assert_eq!(names, vec!["新疆生产建设兵团第九师165团医院", "165团党委"]);
}

#[test]
fn a_units_party_committee_is_a_government_body_and_the_unit_no_mention() {
    let facts = run("会上，青禾市妇幼保健院党委作了交流发言。");
    let kinds: Vec<(String, InstitutionKind)> = facts.institutions.into_iter().map(|i| (i.name, i.kind)).collect();
    assert_eq!(kinds, vec![("青禾市妇幼保健院党委".to_string(), InstitutionKind::Government)]);
}

#[test]
fn a_companys_brand_and_trade_is_a_mention_of_it() {
    let text = "青川华瑞药业股份有限公司总经理钱立新表示，华瑞药业将加大研发投入。";
    let facts = run(text);
    let names: Vec<&str> = facts.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["青川华瑞药业股份有限公司"]);
    assert_eq!(facts.institutions[0].mentions.len(), 2);
}

#[test]
fn events_and_generic_terms_are_not_institutions() {
    let text = "第十届中国全科医学大会期间，医联体、医共体和紧密型城市医疗集团建设成为热点，各地疾控中心参会。";
    assert_eq!(names(text), Vec::<String>::new());
}

#[test]
fn no_panic_on_odd_input() {
    for text in ["", "医院", "（）医院", "市", "、、社区卫生服务中心", "等医院", "中心中心中心", "a医院b", "（北京医院"]
    {
        let _ = run(text);
    }
}

#[test]
fn a_body_named_as_source_is_read_structurally_and_merged() {
    let text = "来源：越秀区卫生健康局\n广州市越秀区卫生健康局召开会议。区卫生健康局副局长主持。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.outlets.push(field(text, "越秀区卫生健康局"));
    let facts = run_with(text, &lay);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "广州市越秀区卫生健康局");
    assert_eq!(i.kind, InstitutionKind::Government);
    assert_eq!(i.aliases, vec!["越秀区卫生健康局", "区卫生健康局"]);
    assert_eq!(i.mentions.len(), 3);
}

#[test]
fn taiwan_hospitals_and_hong_kong_schools() {
    let a = zhnews::extract(
        "院際合作\n臺北市立聯合醫院今日表示，將與高雄榮民總醫院、中國醫藥大學附設醫院合作。香港中文大學醫學院與瑪嘉烈醫院亦參與。",
    )
    .unwrap();
    let names: Vec<&str> = a.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["台北市立联合医院", "高雄荣民总医院", "中国医药大学附设医院", "香港中文大学医学院", "玛嘉烈医院"]
    );
    assert_eq!(a.institutions[3].kind, InstitutionKind::Education);
}

mod never_panics {
    use super::support::run;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_text(text in "\\PC{0,60}") {
            let facts = run(&text);
            for i in &facts.institutions {
                prop_assert!(!i.name.is_empty());
                for m in &i.mentions {
                    prop_assert!(text.get(m.range()).is_some());
                }
            }
        }
    }
}

#[test]
fn declared_short_form_becomes_alias_and_mentions() {
    let text = "浙江省人民医院（简称“浙人医”）与多家县级医院合作，浙人医将派出专家团队。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "浙江省人民医院");
    assert_eq!(i.aliases, vec!["浙人医"]);
    let texts: Vec<&str> = i.mentions.iter().map(|m| m.slice(text)).collect();
    assert_eq!(texts, vec!["浙江省人民医院", "浙人医", "浙人医"]);
}

#[test]
fn a_department_named_as_source_gives_its_body() {
    let text = "信息来源：市卫健委科教科\n南宁市今年将培训300名基层医生。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.outlets.push(field(text, "市卫健委科教科"));
    let facts = run_with(text, &lay);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "南宁市卫生健康委员会");
    assert_eq!(i.kind, InstitutionKind::Government);
    assert_eq!(i.mentions, vec![span_of(text, "市卫健委")]);
}

#[test]
fn numbered_sibling_hospital_takes_the_full_name() {
    let text = "苏州大学附属第一医院、第二医院将派出专家。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 2);
    let second = &facts.institutions[1];
    assert_eq!(second.name, "苏州大学附属第二医院");
    assert_eq!(second.kind, InstitutionKind::Hospital);
    assert_eq!(second.aliases, vec!["第二医院"]);
    assert_eq!(second.mentions, vec![span_of(text, "第二医院")]);
}

#[test]
fn department_under_its_government_is_one_record() {
    let text = "香港特别行政区政府卫生署今日发出提示。卫生署表示，流感季节已经开始。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    let i = &facts.institutions[0];
    assert_eq!(i.name, "香港特别行政区政府卫生署");
    assert_eq!(i.kind, InstitutionKind::Government);
    assert_eq!(i.region.as_deref(), Some("香港特别行政区"));
    assert_eq!(i.aliases, vec!["卫生署"]);
    assert_eq!(i.mentions.len(), 2);
}

#[test]
fn universities_and_their_hospitals() {
    let facts = run("遵义医科大学与安徽医科大学第二附属医院签约。");
    let got: Vec<(&str, InstitutionKind)> = facts.institutions.iter().map(|i| (i.name.as_str(), i.kind)).collect();
    assert_eq!(
        got,
        vec![("遵义医科大学", InstitutionKind::Education), ("安徽医科大学第二附属医院", InstitutionKind::Hospital)]
    );
}

#[test]
fn channel_suffix_is_not_part_of_the_outlet() {
    for (source, outlet) in [
        ("周口日报数字报", "周口日报"),
        ("商丘晚报客户端", "商丘晚报"),
        ("健康莆田发布微信公众号", "健康莆田发布"),
        ("黔东南日报电子版", "黔东南日报"),
    ] {
        let text = format!("来源：{source}\n市卫健委发布通知。");
        let mut lay = layout(&text);
        lay.paragraphs.remove(0);
        lay.sentences.remove(0);
        lay.outlets.push(field(&text, source));
        let facts = run_with(&text, &lay);
        assert_eq!(facts.institutions[0].name, outlet, "{source}");
        assert_eq!(facts.institutions[0].kind, InstitutionKind::Media);
        assert_eq!(facts.institutions[0].mentions, vec![span_of(&text, outlet)]);
    }
}

#[test]
fn a_department_as_source_gives_no_body_and_the_bare_level_takes_the_article_place() {
    let text = "浙江省卫生健康委员会关于做好冬季传染病防控的通知\n来源：基层卫生处\n各市卫生健康委：现将有关事项通知如下。省卫生健康委将组织督查。";
    let mut lay = layout(text);
    let title = "浙江省卫生健康委员会关于做好冬季传染病防控的通知";
    lay.title = Some(field(text, title));
    let source_line = span_of(text, "来源：基层卫生处");
    lay.paragraphs.retain(|p| !p.overlaps(source_line));
    lay.sentences.retain(|s| !s.overlaps(source_line));
    lay.outlets.push(field(text, "基层卫生处"));
    let facts = run_with(text, &lay);
    let got: Vec<(&str, Option<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
    assert_eq!(got, vec![("浙江省卫生健康委员会", Some("浙江省"))]);
    assert_eq!(facts.institutions[0].aliases, vec!["省卫生健康委"]);
}

#[test]
fn a_bare_level_the_article_does_not_place_stays_bare() {
    let facts = run("省卫生健康委将组织督查。");
    let got: Vec<(&str, Option<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
    assert_eq!(got, vec![("省卫生健康委员会", None)]);
}

#[test]
fn the_source_line_places_a_bare_level() {
    let text = "来源：江西省卫健委\n省卫生健康委将组织专项督查。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.outlets.push(field(text, "江西省卫健委"));
    let facts = run_with(text, &lay);
    let got: Vec<(&str, Option<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
    assert_eq!(got, vec![("江西省卫生健康委员会", Some("江西省"))]);
    assert_eq!(facts.institutions[0].aliases, vec!["江西省卫健委", "省卫生健康委"]);
}

/// (name, region) of every institution of a text.
fn named_regions(text: &str) -> Vec<(String, Option<String>)> {
    run(text).institutions.into_iter().map(|i| (i.name, i.region)).collect()
}

fn pairs(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    expected.iter().map(|(n, r)| (n.to_string(), r.map(str::to_string))).collect()
}

#[test]
fn any_county_or_district_of_the_gazetteer_opens_a_name() {
    // Places no hand list carried: a county in Gansu, a district of Xi'an, an autonomous
    // prefecture by its short form with 州, a Hong Kong district.
    for (text, expected) in [
        ("渭源县人民医院近日开展义诊活动。", [("渭源县人民医院", Some("渭源县"))]),
        ("西安市雁塔区卫生健康局发布通知。", [("西安市雁塔区卫生健康局", Some("西安市雁塔区"))]),
        ("黔东南州人民医院派出专家。", [("黔东南州人民医院", Some("黔东南州"))]),
        ("病人转往屯门医院治疗。", [("屯门医院", None)]),
        // Missing from the gazetteer's source, kept in regions.txt.
        ("渝北卫生健康委员会发布通知。", [("渝北卫生健康委员会", Some("渝北"))]),
        ("浦江社区卫生服务中心开设门诊。", [("浦江社区卫生服务中心", None)]),
    ] {
        assert_eq!(named_regions(text), pairs(&expected), "{text}");
    }
}

#[test]
fn a_bare_level_takes_the_city_of_the_article_district_or_dateline() {
    // The article names only a district: its city by the parent chain.
    let text =
        "雁塔区今年新建两家社区医院。雁塔区居民可就近就医。雁塔区还将推进家庭医生签约。市卫健委负责人表示将加强督导。";
    assert_eq!(named_regions(text), pairs(&[("西安市卫生健康委员会", Some("西安市"))]));
    // A page's dateline names the city by its short form.
    let page = "社区医院建设提速\n新华社石河子3月5日电 记者从市卫健委获悉，全市将新建10家社区医院。";
    let got: Vec<(String, Option<String>)> =
        zhnews::extract(page).unwrap().institutions.into_iter().map(|i| (i.name, i.region)).collect();
    assert!(got.contains(&("石河子市卫生健康委员会".to_string(), Some("石河子市".to_string()))), "{got:?}");
    // The page's dateline weighs beside a city the body names once (a tie would leave `市`
    // bare).
    let page = "社区医院建设提速\n新华社长沙3月5日电 记者从市卫健委获悉，株洲市将新建10家社区医院。";
    let got: Vec<(String, Option<String>)> =
        zhnews::extract(page).unwrap().institutions.into_iter().map(|i| (i.name, i.region)).collect();
    assert!(got.contains(&("长沙市卫生健康委员会".to_string(), Some("长沙市".to_string()))), "{got:?}");
    // A province is not inferred from its city: the article does not state it.
    let text = "杭州市卫生健康委员会召开会议。省卫健委派员出席。";
    let got = named_regions(text);
    assert!(got.contains(&("省卫生健康委员会".to_string(), None)), "{got:?}");
}

#[test]
fn short_forms_that_are_common_words_are_no_places() {
    // 和平, 长安, 新华, 城关 name districts and counties, 开发 is a verb: beside a suffix they
    // are the core of a name, never a region, and nothing is completed from them.
    for (text, expected) in [
        ("为了和平与发展，和平医院与长安医院签署合作协议。", vec![("和平医院", None), ("长安医院", None)]),
        ("新华医院和城关镇卫生院开展对口帮扶。", vec![("新华医院", None), ("城关镇卫生院", None)]),
        ("开发新药的企业增加，市卫健委将加强指导。", vec![("市卫生健康委员会", None)]),
        ("长安汽车发布新车，新华书店举办读书活动。", vec![]),
    ] {
        assert_eq!(named_regions(text), pairs(&expected), "{text}");
    }
    // Next to the place they belong to they are places again.
    assert_eq!(
        named_regions("天津和平区卫生健康委员会召开会议。"),
        pairs(&[("天津市和平区卫生健康委员会", Some("天津市和平区"))])
    );
}

#[test]
fn a_bare_level_shares_no_list_with_a_name_before_it() {
    let text = "出席活动的有日报社主任王玮、市卫生健康委主任张强。";
    let names: Vec<String> = named_regions(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["市卫生健康委员会"]);
}

#[test]
fn a_bare_short_form_places_the_article_only_with_evidence() {
    // `桥头` (a bridgehead) and `三重` (threefold) are also short forms of districts; alone
    // they are words, and the bare `区` stays bare.
    for text in
        ["家庭医生在桥头为居民义诊。区卫健委表示，将扩大服务范围。", "这是三重保障。区卫健委表示，将扩大服务范围。"]
    {
        assert_eq!(named_regions(text), pairs(&[("区卫生健康委员会", None)]), "{text}");
    }
    // Beside a level word, an organization suffix or another place a short form is a place.
    // The bare `区` is then 余杭区, and both mentions are one body.
    let text = "余杭卫健委牵头推进。区卫健委表示，将扩大服务范围。";
    assert_eq!(named_regions(text), pairs(&[("余杭区卫生健康委员会", Some("余杭"))]));
}

/// A modifier the rules walk into the core is left out where the learned tagger reads no
/// organization there (issue #13): an ordinal or trial label before a generic facility
/// (`首间康复医院`, `试点医院`), a `原` (former) before a ministry, which is itself a former
/// ministry of the lexicon (`卫生部`).
#[test]
fn tagger_evidence_drops_modifiers_read_as_names() {
    assert_eq!(names("本市首间康复医院将于明年开业。"), Vec::<String>::new());
    assert_eq!(names("两所试点医院率先开展改革。"), Vec::<String>::new());
    assert_eq!(names("原卫生部和教育部联合发文。"), vec!["卫生部", "教育部"]);
    // A proper name the tagger misses stays the rules' call.
    assert_eq!(names("友爱（乡村助学）基金会今年资助了两所小学。"), vec!["友爱（乡村助学）基金会"]);
}

/// An office's own short name that FACTS does not list (`卫福部`, `医保局`, `发展改革委`)
/// names the body as printed, unless the article prints the full form: then the full form
/// is the name and the short one an alias (docs/FACTS.md §4).
#[test]
fn office_short_names_keep_their_printed_form() {
    assert_eq!(names("卫福部今天宣布扩大长照补助，卫福部将增设据点。"), vec!["卫福部"]);
    assert_eq!(names("国家发展改革委近日印发方案。"), vec!["国家发展改革委"]);
    assert_eq!(names("宾阳县医保局开展基金专项检查。"), vec!["宾阳县医保局"]);
    let facts = run("洛阳市医疗保障局召开会议，市医保局负责人介绍了基金监管情况。");
    assert_eq!(facts.institutions.len(), 1, "{:?}", facts.institutions);
    assert_eq!(facts.institutions[0].name, "洛阳市医疗保障局");
    assert!(facts.institutions[0].aliases.contains(&"市医保局".to_string()), "{:?}", facts.institutions);
    // FACTS's own abbreviations are expanded all the same.
    assert_eq!(names("国家卫健委今天发布通知。"), vec!["国家卫生健康委员会"]);
}

/// A counted list (`等6所`, `等13所`) closes its items as `等` does; a kind noun written
/// between the count and the suffix is shared by the items (`甲管区、乙管区等6所管区医院`).
/// A count in digits without `等` lists nothing, and a scope word (`全域`) opens no name.
#[test]
fn counted_lists_with_a_shared_kind() {
    assert_eq!(names("新建黄山管区、刘家管区等6所管区医院。"), vec!["黄山管区医院", "刘家管区医院"]);
    assert_eq!(names("改造提升东岗、西岗等13所乡镇卫生院。"), vec!["东岗乡镇卫生院", "西岗乡镇卫生院"]);
    assert!(names("医院已与内地10间医院签订合作协议。").is_empty());
    assert!(names("投资1亿元对全域20所乡镇卫生院进行改造。").is_empty());
}

/// A department written after its place and after the place's government is one body.
#[test]
fn department_with_and_without_its_government() {
    let facts = run("台北市卫生局今天宣布新措施，台北市政府卫生局表示将加强宣导。");
    assert_eq!(facts.institutions.len(), 1, "{:?}", facts.institutions);
    assert_eq!(facts.institutions[0].name, "台北市政府卫生局");
    assert_eq!(facts.institutions[0].aliases, vec!["台北市卫生局"]);
}

/// An abbreviation bracketed right after a name (its characters taken from the name in
/// order) is an alias, and its later occurrences are mentions of the same record — also
/// where `简称与某某医院` would read it as a coordinated core. A word not drawn from the name
/// (`（北院）`) declares nothing. Both scripts.
#[test]
fn bracketed_abbreviation_is_an_alias() {
    for body in ["康华综合医院（康综）今天表示，康综将扩大门诊。", "康華綜合醫院（康綜）今天表示，康綜將擴大門診。"]
    {
        let record = zhnews::extract(&format!("门诊消息\n{body}")).unwrap();
        assert_eq!(record.institutions.len(), 1, "{:?}", record.institutions);
        let i = &record.institutions[0];
        assert_eq!(i.name, "康华综合医院");
        assert_eq!(i.aliases, vec!["康综"]);
        assert_eq!(i.mentions.len(), 3);
    }
    let record = zhnews::extract("合作消息\n嘉義慈光總醫院（嘉慈）醫師表示，嘉慈與嘉義市立聯合醫院合作。").unwrap();
    let got: Vec<(&str, Vec<&str>)> =
        record.institutions.iter().map(|i| (i.name.as_str(), i.aliases.iter().map(String::as_str).collect())).collect();
    assert_eq!(got, vec![("嘉义慈光总医院", vec!["嘉慈"]), ("嘉义市立联合医院", vec![])]);
    let record = zhnews::extract("门诊消息\n康华综合医院（北院）今天开设夜间门诊。").unwrap();
    assert!(record.institutions[0].aliases.is_empty());
}

#[test]
fn bodies_opened_by_an_international_prefix_are_international() {
    let facts = run("世界家居医学组织主席马丁·罗斯和亚太公共卫生联盟秘书长陈泽林访问青禾市。");
    let kinds: Vec<(&str, InstitutionKind)> = facts.institutions.iter().map(|i| (i.name.as_str(), i.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            ("世界家居医学组织", InstitutionKind::International),
            ("亚太公共卫生联盟", InstitutionKind::International)
        ]
    );
    let orgs: Vec<(&str, Option<&str>)> =
        facts.people.iter().map(|p| (p.name.as_str(), p.organization.as_deref())).collect();
    assert_eq!(orgs, vec![("马丁·罗斯", Some("世界家居医学组织")), ("陈泽林", Some("亚太公共卫生联盟"))]);
}

#[test]
fn an_unknown_district_names_its_bodies_and_their_leaders() {
    let facts = run("云山区卫生健康局局长韩志明到云山区人民医院调研。");
    let names: Vec<(&str, Option<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
    assert_eq!(names, vec![("云山区卫生健康局", Some("云山区")), ("云山区人民医院", Some("云山区"))]);
    assert_eq!(facts.people[0].organization.as_deref(), Some("云山区卫生健康局"));
}

#[test]
fn a_department_written_with_its_place_or_bare_is_the_one_named_with_its_government() {
    // The headline writes the place alone, the body the government; one record.
    let facts = run("香港卫生署推广疫苗\n\n香港特别行政区政府卫生署今日宣布加开接种站。卫生署署长林国荣表示欢迎。");
    let names: Vec<(&str, Option<&str>)> =
        facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
    assert_eq!(names, vec![("香港特别行政区政府卫生署", Some("香港特别行政区"))]);
    assert_eq!(facts.people[0].organization.as_deref(), Some("香港特别行政区政府卫生署"));
    // A bare department in the headline, traditional script in the body.
    let facts =
        zhnews::extract("港府衞生署推廣接種\n香港特別行政區政府衞生署今日宣布加開接種站。衞生署署長林國榮表示歡迎。")
            .unwrap();
    let names: Vec<&str> = facts.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["香港特别行政区政府卫生署"]);
    assert_eq!(facts.people[0].organization.as_deref(), Some("香港特别行政区政府卫生署"));
}

/// A city the gazetteer does not know, written out before a body in traditional script,
/// is the city of a later bare level; its leader works for that body.
#[test]
fn unknown_city_written_out_in_traditional_script() {
    let a = zhnews::extract("衛生工作會議召開\n青禾市衛生健康委員會召開會議。市衛健委主任韓志剛出席。").unwrap();
    let names: Vec<&str> = a.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["青禾市卫生健康委员会"]);
    let han = a.people.iter().find(|p| p.name == "韩志刚").expect("韩志刚");
    assert_eq!(han.organization.as_deref(), Some("青禾市卫生健康委员会"));
}

/// In traditional script: a place the gazetteer does not list keeps its level (`寧州` +
/// `市`), and a county's charity federation is named by the county alone.
#[test]
fn unlisted_places_and_charities_in_traditional_script() {
    let text = "會議召開\n會議指出，寧州市第一人民醫院作了交流發言。據了解，棲霞縣慈善會向醫院捐贈了救護車。";
    let names: Vec<String> = zhnews::extract(text).unwrap().institutions.into_iter().map(|i| i.name).collect();
    assert_eq!(names, vec!["宁州市第一人民医院", "栖霞县慈善会"]);
}

/// A department written alone as the page's source is a unit of the page's own body: the
/// body its self-reference names (here on the breadcrumb only), else the first body the
/// article names with its place; later mentions of the department in the body join it.
#[test]
fn source_department_takes_the_page_body() {
    let page = "当前位置：青禾市疾病预防控制中心 > 工作动态\n青禾市召开慢病防治工作推进会\n发布时间：2026-04-02 09:10  来源：慢病防治科\n4月1日，我中心召开全市慢病防治工作推进会，各县区代表参加。\n会议由主任医师韩立新主持。";
    let a = zhnews::extract(page).unwrap();
    let got: Vec<(&str, &[String])> = a.institutions.iter().map(|i| (i.name.as_str(), i.aliases.as_slice())).collect();
    assert_eq!(got, [("青禾市疾病预防控制中心慢病防治科", &["慢病防治科".to_string()][..])]);
    // No self-reference: the first body named with its place.
    let page = "全市职业健康宣传月启动\n发布时间：2026-04-02 09:10  来源：职业健康科\n4月1日，启动仪式在湖州市第一人民医院举行，湖州市卫生健康局有关负责人出席。职业健康科将持续开展科普。";
    let a = zhnews::extract(page).unwrap();
    let dept = a.institutions.iter().find(|i| i.name.ends_with("职业健康科")).expect("department");
    assert_eq!(dept.name, "湖州市第一人民医院职业健康科");
    assert_eq!(dept.mentions.len(), 2);
    // No body named anywhere: the department stays unnamed.
    let page =
        "全市职业健康宣传月启动\n发布时间：2026-04-02 09:10  来源：职业健康科\n4月1日，全市职业健康宣传月正式启动。";
    let a = zhnews::extract(page).unwrap();
    assert!(a.institutions.is_empty(), "{:?}", a.institutions);
}

/// A people's organization named by its place alone (`某省残联`) written bare later (`残联`)
/// is a mention of it; with two such bodies on the page the bare form names neither.
#[test]
fn a_place_named_peoples_organization_written_bare_later() {
    let text = "湖北省残联理事长张华表示，残联将扩大康复服务覆盖。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    let bare = text.rfind("残联").unwrap_or_default();
    assert_eq!(
        facts.institutions[0].mentions,
        vec![span_of(text, "湖北省残联"), zhnews::Span::new(bare, bare + "残联".len())]
    );
    let text = "湖北省残联和武汉市残联联合开展活动，残联工作人员到场。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 2);
    assert!(facts.institutions.iter().all(|i| i.mentions.len() == 1));
}

/// The classes of round 52 written in traditional script, through the whole pipeline
/// (normalized to simplified): a UN agency, a newspaper in book-title marks, a foreign
/// firm's arm in the country, a numbered teaching hospital, a university named by its place.
#[test]
fn round_52_classes_in_traditional_script() {
    for (text, expected) in [
        ("聯合國難民署向災區運送了一批藥品。", "联合国难民署"),
        ("據美國《洛杉磯時報》報道，該州流感病例上升。", "洛杉矶时报"),
        ("拜耳·先靈中國公司向基金會捐贈了藥品。", "拜耳·先灵中国公司"),
        ("哈爾濱醫科大學第二臨床醫院開設夜間門診。", "哈尔滨医科大学第二临床医院"),
        ("畢業於陝西延安大學的醫生回到家鄉。", "陕西延安大学"),
    ] {
        let article = zhnews::extract(&format!("醫療新聞\n{text}")).unwrap();
        let names: Vec<&str> = article.institutions.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, [expected], "{text}");
    }
}

/// An outlet's site domain glued before its name is part of the mention (the name stays the
/// outlet's); a bare Latin word or a version before it is not.
#[test]
fn site_prefix_glued_before_an_outlet() {
    let text = "据abc.hk东网报道，新院区今日启用。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    assert_eq!(facts.institutions[0].name, "东网");
    assert_eq!(facts.institutions[0].mentions, vec![span_of(text, "abc.hk东网")]);
    let text = "据APP东网报道，新院区今日启用。";
    let facts = run(text);
    assert_eq!(
        facts.institutions.iter().flat_map(|i| i.mentions.clone()).collect::<Vec<_>>(),
        vec![span_of(text, "东网")]
    );
}

/// The page's source printed alone on its line (a self-media account's name above its time
/// line) is an outlet; a source read from a bracketed credit inside a body line is not taken
/// this way.
#[test]
fn an_account_named_alone_above_its_time_line_is_an_outlet() {
    let page = "青禾县开展秋季健康义诊活动\n\n湖川健康圈\n\n发布时间：10-08 12:00\n\n10月7日，青禾县人民医院组织专家走进社区开展义诊。\n";
    let a = zhnews::extract(page).unwrap();
    let got: Vec<(&str, InstitutionKind)> = a.institutions.iter().map(|i| (i.name.as_str(), i.kind)).collect();
    assert_eq!(got, [("湖川健康圈", InstitutionKind::Media), ("青禾县人民医院", InstitutionKind::Hospital)]);
    let page = "青禾县开展秋季健康义诊活动\n\n2026-10-08 12:00 【湖川健康网专讯】10月7日，青禾县人民医院组织专家走进社区开展义诊。\n";
    let names: Vec<String> = zhnews::extract(page).unwrap().institutions.into_iter().map(|i| i.name).collect();
    assert_eq!(names, ["青禾县人民医院"]);
}

/// A source value listing outlets with `、` names each of them; a closing `等` is no part of
/// the last.
#[test]
fn a_source_listing_outlets_names_each() {
    let text = "来源：湖川日报、临江晚报等\n青禾县卫健委发布通知。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.outlets.push(field(text, "湖川日报、临江晚报等"));
    let facts = run_with(text, &lay);
    let names: Vec<&str> = facts.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["湖川日报", "临江晚报", "青禾县卫生健康委员会"]);
    assert_eq!(facts.institutions[1].mentions, vec![span_of(text, "临江晚报")]);
}

#[test]
fn a_branch_of_an_academy_is_of_the_academy_kind() {
    let kinds = |text: &str| -> Vec<(String, InstitutionKind)> {
        run(text).institutions.into_iter().map(|i| (i.name, i.kind)).collect()
    };
    assert_eq!(
        kinds("中国科学院临江分院与青禾县人民医院签署合作协议。"),
        vec![
            ("中国科学院临江分院".to_string(), InstitutionKind::Education),
            ("青禾县人民医院".to_string(), InstitutionKind::Hospital)
        ]
    );
    // A hospital's branch stays a hospital.
    assert_eq!(
        kinds("临江市人民医院青禾分院正式开诊。"),
        vec![("临江市人民医院青禾分院".to_string(), InstitutionKind::Hospital)]
    );
}

#[test]
fn a_mission_is_a_government_body_named_as_printed() {
    let facts = run("法国驻华大使馆官员参观了青禾县人民医院。");
    let i = &facts.institutions[0];
    assert_eq!((i.name.as_str(), i.kind), ("法国驻华大使馆", InstitutionKind::Government));
}

#[test]
fn an_executives_company_is_a_company_with_its_span() {
    let text = "临江市共有青禾、金穗两家共享陪护床企业。金穗科技总经理王建国表示，收费标准不会上调。";
    let facts = run(text);
    let i = facts.institutions.iter().find(|i| i.name == "金穗科技").expect("金穗科技");
    assert_eq!(i.kind, InstitutionKind::Company);
    assert_eq!(i.aliases, vec!["金穗"]);
    assert_eq!(i.mentions, vec![span_of(text, "金穗"), span_of(text, "金穗科技")]);
    let text = "据悉，青禾科技总经理张晓明表示，公司将在南屿镇建设养老服务中心。";
    let facts = run(text);
    assert_eq!(facts.institutions.len(), 1);
    assert_eq!(facts.institutions[0].kind, InstitutionKind::Company);
    assert_eq!(facts.institutions[0].mentions, vec![span_of(text, "青禾科技")]);
}
