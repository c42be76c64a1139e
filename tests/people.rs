//! People: names anchored by titles, title chains with their organization, bylines.

use crate::support;

use support::{credit, field, layout, run, run_with, span_of};

fn describe(text: &str) -> Vec<String> {
    run(text)
        .people
        .into_iter()
        .map(|p| format!("{}/{}/{}", p.name, p.titles.join(","), p.organization.unwrap_or_default()))
        .collect()
}

#[test]
fn table_of_sentences() {
    let cases = include_str!("cases/people.tsv");
    let mut failures = Vec::new();
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (text, expected) = line.split_once('\t').unwrap_or((line, ""));
        let expected: Vec<&str> = expected.split('|').filter(|s| !s.is_empty()).collect();
        let got = describe(text);
        if got != expected {
            failures.push(format!("{text}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn chain_across_a_comma_keeps_the_first_named_body() {
    let text =
        "杭州市上城区湖滨街道社区卫生服务中心党支部书记、主任，杭州市社区卫生协会副会长林晓红表示，签约服务将扩面。";
    let facts = run(text);
    assert_eq!(facts.people.len(), 1);
    let p = &facts.people[0];
    assert_eq!(p.name, "林晓红");
    assert_eq!(p.titles, vec!["党支部书记", "主任", "副会长"]);
    assert_eq!(p.organization.as_deref(), Some("杭州市上城区湖滨街道社区卫生服务中心"));
    assert_eq!(p.mentions, vec![span_of(text, "林晓红")]);
}

#[test]
fn name_after_a_spaced_title_and_later_mentions() {
    let text = "【同期】深圳市南山区蛇口人民医院副院长 郭晓东\n郭晓东说，医院将扩大家庭病床规模。";
    let facts = run(text);
    assert_eq!(facts.people.len(), 1);
    let p = &facts.people[0];
    assert_eq!(p.name, "郭晓东");
    assert_eq!(p.titles, vec!["副院长"]);
    assert_eq!(p.organization.as_deref(), Some("深圳市南山区蛇口人民医院"));
    assert_eq!(p.mentions.len(), 2);
    assert_eq!(p.mentions[1].slice(text), "郭晓东");
}

#[test]
fn byline_credits_carry_their_role_and_outlet() {
    let text = "记者：王芳 来源：新华社\n编辑：周敏\n广州市卫健委发布通报。";
    let mut lay = layout(text);
    lay.paragraphs.drain(..2);
    lay.sentences.drain(..2);
    lay.outlets.push(field(text, "新华社"));
    lay.credits.push(credit(text, "王芳", "记者", Some("新华社")));
    lay.credits.push(credit(text, "周敏", "编辑", None));
    let facts = run_with(text, &lay);
    let got: Vec<(&str, Vec<&str>, Option<&str>)> = facts
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.titles.iter().map(String::as_str).collect(), p.organization.as_deref()))
        .collect();
    // The record name of 新华社 is 新华通讯社 (as 中新网 is 中国新闻网).
    assert_eq!(got, vec![("王芳", vec!["记者"], Some("新华通讯社")), ("周敏", vec!["编辑"], None)]);
    assert_eq!(facts.people[0].mentions, vec![span_of(text, "王芳")]);
}

#[test]
fn credit_outlet_abbreviation_resolves_to_the_record_name() {
    let text = "作者：中新网 张明\n正文。";
    let mut lay = layout(text);
    lay.paragraphs.remove(0);
    lay.sentences.remove(0);
    lay.credits.push(credit(text, "张明", "作者", Some("中新网")));
    let facts = run_with(text, &lay);
    assert_eq!(facts.people[0].organization.as_deref(), Some("中国新闻网"));
}

#[test]
fn photo_credit_and_dateline() {
    let text = "中新网昆明3月2日电（记者 赵云飞）云南省卫生健康委2日通报。\n图为义诊现场。新华社记者 李明 摄";
    let facts = run(text);
    let got: Vec<(&str, Vec<&str>, Option<&str>)> = facts
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.titles.iter().map(String::as_str).collect(), p.organization.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![("赵云飞", vec!["记者"], Some("中国新闻网")), ("李明", vec!["记者", "摄影"], Some("新华通讯社"))]
    );
}

#[test]
fn listed_names_share_a_title() {
    let text = "通讯员 孙丽 黄海涛";
    assert_eq!(describe(text), vec!["孙丽/通讯员/", "黄海涛/通讯员/"]);
}

#[test]
fn traditional_taiwan_and_hong_kong_people() {
    let tw = zhnews::extract("防疫記者會\n衛生福利部部長薛瑞元表示，將擴大篩檢。").unwrap();
    let p = &tw.people[0];
    assert_eq!(
        (p.name.as_str(), p.titles.clone(), p.organization.as_deref()),
        ("薛瑞元", vec!["部长".to_string()], Some("卫生福利部"))
    );
    let hk = zhnews::extract("醫管局記者會\n醫院管理局主席范鴻齡表示，會增加病床。").unwrap();
    let p = &hk.people[0];
    assert_eq!((p.name.as_str(), p.organization.as_deref()), ("范鸿龄", Some("医院管理局")));
    let dh = zhnews::extract("流感季將至\n衞生署署長林文健今日表示，流感季將至。").unwrap();
    let p = &dh.people[0];
    assert_eq!(
        (p.name.as_str(), p.titles.clone(), p.organization.as_deref()),
        ("林文健", vec!["署长".to_string()], Some("卫生署"))
    );
    // Less common surnames (厉, 庹, 花), nurses' ranks and an unnamed county hospital.
    let nurses = zhnews::extract("護理培訓\n縣醫院急診科護士長厲雅琴、主管護師庹美玲參加了培訓。").unwrap();
    let got: Vec<_> =
        nurses.people.iter().map(|p| (p.name.as_str(), p.titles.clone(), p.organization.as_deref())).collect();
    assert_eq!(
        got,
        vec![("厉雅琴", vec!["县医院急诊科护士长".to_string()], None), ("庹美玲", vec!["主管护师".to_string()], None)]
    );
    let lead = zhnews::extract("擴建急診\n溫州市人民醫院院長花雨晴接受本報專訪時表示，醫院將擴建急診。").unwrap();
    let p = &lead.people[0];
    assert_eq!((p.name.as_str(), p.organization.as_deref()), ("花雨晴", Some("温州市人民医院")));
}

#[test]
fn no_panic_on_odd_input() {
    for text in ["", "主任", "主任王", "（记者", "电（", "电（）", "摄", " 摄", "、主任李", "院长，，主任张三"]
    {
        let _ = run(text);
    }
}

mod never_panics {
    use super::support::run;
    use proptest::prelude::*;

    /// Pieces that exercise every rule: suffixes, regions, titles, separators, parentheses.
    const PIECES: &[&str] = &[
        "医院",
        "社区卫生服务中心",
        "卫健委",
        "市",
        "区",
        "闵行",
        "、",
        "和",
        "等",
        "（",
        "）",
        "(",
        ")",
        "主任",
        "副会长",
        "兼",
        "，",
        "。",
        "王",
        "李华",
        "表示",
        "电",
        "记者",
        " ",
        "摄",
        "分会",
        "有限公司",
        "中新社",
        "·",
        "马丁",
        "a",
        "1",
        "衞生署",
        "附属",
        "大学",
        "党工委",
        "街道",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_mix_of_pieces(idx in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let text: String = idx.iter().map(|&i| PIECES[i]).collect();
            let facts = run(&text);
            for i in &facts.institutions {
                for m in &i.mentions {
                    prop_assert!(text.get(m.range()).is_some());
                }
            }
            for p in &facts.people {
                for m in &p.mentions {
                    prop_assert!(text.get(m.range()).is_some());
                }
            }
        }
    }
}

#[test]
fn contact_line_of_a_notice_gives_the_issuing_body() {
    let text = "浙江省卫生健康委员会关于开展基层卫生人才培训的通知\n各市卫生健康委：请按要求报送材料。\n联系人：周敏，联系电话：0571-87709123";
    let mut lay = layout(text);
    lay.title = Some(field(text, "浙江省卫生健康委员会关于开展基层卫生人才培训的通知"));
    // The article stage gives the contact line as a credit, not as a sentence.
    let contact = span_of(text, "联系人：周敏，联系电话：0571-87709123");
    lay.paragraphs.retain(|p| !p.overlaps(contact));
    lay.sentences.retain(|s| !s.overlaps(contact));
    lay.credits.push(credit(text, "周敏", "联系人", None));
    let facts = run_with(text, &lay);
    assert_eq!(facts.people.len(), 1);
    let p = &facts.people[0];
    assert_eq!(p.name, "周敏");
    assert_eq!(p.titles, vec!["联系人"]);
    assert_eq!(p.organization.as_deref(), Some("浙江省卫生健康委员会"));
    assert_eq!(p.mentions, vec![span_of(text, "周敏")]);
}

/// Names after a title whose end the rules cannot place, read where the learned tagger
/// places it (issue #13): a given name the segmenter splits off (`张顶` `华…`), a given name
/// read as a verb (`陈` `光复`), a name read as a common noun (`曾淑慧`/n), a
/// transliterated name followed by more Han text.
#[test]
fn names_after_titles_take_the_taggers_boundary() {
    for (text, expected) in [
        ("全科医生张顶华带着血压计上门。", "张顶华/全科医生/"),
        ("副县长陈光复颁发奖状。", "陈光复/副县长/"),
        ("副县长周建国颁发证书。", "周建国/副县长/"),
        ("发言人曾淑慧说明，疫苗已经到货。", "曾淑慧/发言人/"),
        ("驻华代表约翰·史密斯共同出席了活动。", "约翰·史密斯/驻华代表/"),
    ] {
        assert_eq!(describe(text), vec![expected], "{text}");
        let facts = run(text);
        let name = expected.split('/').next().unwrap_or_default();
        assert_eq!(facts.people[0].mentions, vec![span_of(text, name)], "{text}");
    }
}

/// The tagger neither cuts a name the rules read whole nor stretches one over the place
/// after it to four characters.
#[test]
fn the_tagger_does_not_stretch_a_name_over_a_place() {
    assert!(describe("记者林雅婷台中报道，新制度明年实施。").iter().all(|p| !p.starts_with("林雅婷台")));
}

/// A short party or place note between the title and the name (`立委（甲）`) is skipped.
#[test]
fn affiliation_note_between_title_and_name() {
    assert_eq!(describe("立委（民）张国华表示，健保需要改革。"), vec!["张国华/立委/"]);
}

/// A person's organization is the body's record name: an office's short name as printed
/// when the article never prints the full form.
#[test]
fn organization_keeps_an_office_short_name_as_printed() {
    assert_eq!(describe("卫福部次长王明德表示，长照补助将扩大。"), vec!["王明德/次长/卫福部"]);
    assert_eq!(
        describe("国家发展改革委社会发展司司长李建平介绍了情况。"),
        vec!["李建平/社会发展司司长/国家发展改革委"]
    );
}

/// A field written before a title in a chain (`院长、骨科专家`) belongs to that title; the
/// chain goes on to the body before the first title.
#[test]
fn a_field_before_a_title_keeps_the_chain() {
    assert_eq!(describe("青湖市人民医院院长、骨科专家方志远看望了患者。"), vec!["方志远/院长,骨科专家/青湖市人民医院"]);
}

/// Another post in parentheses between a title and the name (`主任（…局长）`): the name
/// follows, both titles are kept, and the body before the first title is the organization.
#[test]
fn a_post_in_parentheses_before_the_name() {
    let people = describe("市疾控中心主任（市卫监局局长）郑国梁强调要加强监测。");
    assert_eq!(people.len(), 1, "{people:?}");
    assert!(people[0].starts_with("郑国梁/主任,局长/") && people[0].ends_with("疾病预防控制中心"), "{people:?}");
}

/// A bare `医院` or `该院` before a title stands for the hospital named before it.
#[test]
fn a_bare_head_before_a_title_is_the_body_named_before() {
    let text = "位于城东的宁远县中医医院今天开诊。医院行政总监陆振邦表示，初期提供门诊服务。";
    assert_eq!(describe(text), vec!["陆振邦/行政总监/宁远县中医医院"]);
    let text = "南溪县人民医院扩建完成。该院院长高立新介绍了新楼的功能。";
    assert_eq!(describe(text), vec!["高立新/院长/南溪县人民医院"]);
    // A head glued to other characters is no bare head.
    assert_eq!(describe("南溪县人民医院扩建完成。口腔医院院长高立新出席。")[0], "高立新/院长/");
}

/// `周明稱，` in traditional script: jieba reads `周明称` as one person token; the verb of
/// saying after a two-character name is still no part of it.
#[test]
fn a_verb_of_saying_glued_to_a_name_stays_out_of_it() {
    let text = "康平縣中醫院院長周明稱，醫院今年新增床位50張。";
    let article = zhnews::extract(text).expect("extracts");
    let people: Vec<(&str, Option<&str>)> =
        article.people.iter().map(|p| (p.name.as_str(), p.organization.as_deref())).collect();
    assert_eq!(people, vec![("周明", Some("康平县中医院"))]);
    let m = &article.people[0].mentions[0];
    let chars: String = text.chars().skip(m.start).take(m.end - m.start).collect();
    assert_eq!((m.text.as_str(), chars.as_str()), ("周明", "周明"));
}

/// A department title with no body named (`基层卫生健康处处长`) belongs to the body whose
/// own article this is: the one its self-reference names (`我委`), else the headline's.
#[test]
fn department_title_works_for_the_articles_own_body() {
    let text = "甘肃省卫生健康委员会召开基层卫生工作会议\n\n4月8日，我委召开全省基层卫生工作会议。\n\n基层卫生健康处处长王小川通报了全市基层卫生工作情况。";
    let facts = run(text);
    let p = facts.people.iter().find(|p| p.name == "王小川").expect("王小川 found");
    assert_eq!(p.titles, vec!["基层卫生健康处处长"]);
    assert_eq!(p.organization.as_deref(), Some("甘肃省卫生健康委员会"));
    // A newspaper's report that names no body of the department leaves it open.
    let text = "会议现场\n\n4月8日，全市基层卫生工作会议召开。\n\n基层卫生健康处处长王小川通报了全市基层卫生工作情况。";
    let facts = run(text);
    let p = facts.people.iter().find(|p| p.name == "王小川").expect("王小川 found");
    assert_eq!(p.organization, None);
}

/// The same readings in traditional script, through the whole pipeline: a leader's title
/// after `由` (`由局長…`), a later short form fused into a title (`衞生局局長`), a title
/// written between a body and a name (`行政總裁`).
#[test]
fn leaders_of_bodies_named_before_in_traditional_script() {
    let text = "金門縣政府衛生局把握交通船復航之機會，由局長陳美珠率隊登島義診。\n\n\
                澳門衞生局昨日宣布推出長者疫苗接種計劃，衞生局局長羅志明表示，計劃將於下月展開。\n\n\
                醫院管理局行政總裁梁家豪在記者會上說，各公立醫院已加開病床。";
    let article = zhnews::extract(text).expect("extracts");
    let org_of = |name: &str| {
        let p = article.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} found"));
        p.organization.clone()
    };
    assert_eq!(org_of("陈美珠").as_deref(), Some("金门县政府卫生局"));
    assert_eq!(org_of("罗志明").as_deref(), Some("澳门卫生局"));
    assert_eq!(org_of("梁家豪").as_deref(), Some("医院管理局"));
}

/// A title after the name joins the titles before it, in traditional script too.
#[test]
fn title_after_the_name_in_traditional_script() {
    let a = zhnews::extract("縣醫院調研\n省人民醫院心內科主任醫師譚振華教授也參加了調研。").unwrap();
    let tan = a.people.iter().find(|p| p.name == "谭振华").expect("谭振华");
    assert_eq!(tan.titles, vec!["心内科主任医师", "教授"]);
    assert_eq!(tan.organization.as_deref(), Some("省人民医院"));
}

/// Readings of this round in traditional script, through the whole pipeline: colleagues
/// listed after one body share it, a field fused into a head's title stays in the title,
/// and a name split after its surname is no list item of bodies.
#[test]
fn colleagues_fused_fields_and_split_names_in_traditional_script() {
    let text = "縣醫院義診\n青川縣中醫醫院骨傷科主任邬明德、副主任醫師車曉燕為群眾看診。\n\n\
                衛生局長甘啟明昨日與團體代表會面。\n\n\
                南坪區衛生健康局局長 閻美玲、南坪區醫療保障局局長 寇世傑分別介紹了工作進展。";
    let article = zhnews::extract(text).expect("extracts");
    let person = |name: &str| {
        let p = article.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} found"));
        (p.titles.clone(), p.organization.clone())
    };
    assert_eq!(person("车晓燕"), (vec!["副主任医师".to_string()], Some("青川县中医医院".to_string())));
    assert_eq!(person("甘启明"), (vec!["卫生局长".to_string()], None));
    assert_eq!(person("阎美玲"), (vec!["局长".to_string()], Some("南坪区卫生健康局".to_string())));
    assert!(article.institutions.iter().all(|i| !i.name.starts_with("美玲")));
}

/// On the page of a department written alone as the source, staff named with a post and no
/// body work for the department's body; the byline author for the department; a villager
/// for no body.
#[test]
fn staff_of_a_source_department_page() {
    let page = "当前位置：青禾市疾病预防控制中心 > 工作动态\n青禾市召开慢病防治工作推进会\n发布时间：2026-04-02 09:10  作者：韩 雪  来源：慢病防治科\n4月1日，我中心召开全市慢病防治工作推进会，会议由首席专家苏长河主持。\n周立群主任出席会议并讲话。村民马小山也参加了会议。";
    let a = zhnews::extract(page).unwrap();
    let got: Vec<(&str, Option<&str>)> =
        a.people.iter().map(|p| (p.name.as_str(), p.organization.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("韩雪", Some("青禾市疾病预防控制中心慢病防治科")),
            ("苏长河", Some("青禾市疾病预防控制中心")),
            ("周立群", Some("青禾市疾病预防控制中心")),
            ("马小山", None)
        ]
    );
}

/// A body's own news post (its source line names it) names its staff without itself: a post
/// any body has or a leader's title heading that kind of body, opening a clause with no
/// other body named before, works for the page's body. Another body named just before, a
/// paper's page, or an unnamed body before the title (`县医院党委书记`) leave it open.
#[test]
fn staff_of_a_bodys_own_news_post() {
    let orgs = |page: &str| -> Vec<(String, Option<String>)> {
        zhnews::extract(page).unwrap().people.into_iter().map(|p| (p.name, p.organization)).collect()
    };
    let own = "首页 > 院务动态\n医院召开年度廉政工作会议\n来源：青禾县人民医院 发布时间：2026-03-05\n3月4日，医院召开年度廉政工作会议。党委书记黄国栋作动员讲话。";
    assert_eq!(orgs(own), [("黄国栋".to_string(), Some("青禾县人民医院".to_string()))]);
    let guest = "首页 > 医院新闻\n专家来院交流\n来源：青禾县人民医院 发布时间：2026-03-09\n3月8日，湖川省立医院专家团队来院交流，党委书记黄国栋陪同参观。";
    assert_eq!(orgs(guest), [("黄国栋".to_string(), None)]);
    let paper = "首页 > 新闻中心\n医院召开安全生产工作会议\n来源：湖川日报 发布时间：2026-03-10\n3月9日，医院召开安全生产工作会议。党委书记马俊杰作动员讲话。";
    assert_eq!(orgs(paper), [("马俊杰".to_string(), None)]);
    let unnamed = "首页 > 新闻中心\n安全生产工作会议召开\n来源：临江市第三人民医院 发布时间：2026-03-10\n3月9日，安全生产工作会议召开。县医院党委书记马俊杰作动员讲话。";
    assert_eq!(orgs(unnamed), [("马俊杰".to_string(), None)]);
}

/// On a hospital's own news post a clinical grade opening a clause works at the hospital,
/// when no other body is named anywhere before the person; a guest hospital named before,
/// however far, keeps it open.
#[test]
fn clinical_staff_of_a_hospitals_own_news_post() {
    let orgs = |page: &str| -> Vec<(String, Option<String>)> {
        zhnews::extract(page).unwrap().people.into_iter().map(|p| (p.name, p.organization)).collect()
    };
    let own = "首页 > 医院新闻\n首例支气管热成形术完成\n来源：临江市第二人民医院 日期：2026-04-11\n近日，呼吸科成功为一名重症哮喘患者实施支气管热成形术。主治医师孙小燕参与了手术。";
    assert_eq!(orgs(own), [("孙小燕".to_string(), Some("临江市第二人民医院".to_string()))]);
    let guest = "首页 > 医院新闻\n专家来院会诊\n来源：临江市第二人民医院 日期：2026-04-11\n近日，湖川省立医院专家团队来院开展疑难病例会诊，为多名重症哮喘患者制定了个体化的综合治疗方案，并就支气管热成形术的适应证作了专题讲解和现场示范，受到患者和家属的一致好评。主治医师孙小燕参与了会诊。";
    assert_eq!(orgs(guest), [("孙小燕".to_string(), None)]);
}

/// A bare `疾控中心` opening a clause before a title stands for the disease-control centre
/// named before (its record, named in full); after another kind of centre it stands for none.
#[test]
fn a_bare_disease_control_centre_is_the_one_named_before() {
    let read = |text: &str| {
        let facts = run(text);
        let first = facts.institutions.first().map(|i| i.name.clone());
        let people: Vec<_> = facts.people.into_iter().map(|p| (p.name, p.titles, p.organization)).collect();
        (first, people)
    };
    let (cdc, people) = read("临江市疾控中心发布健康提示。疾控中心主任张晓明表示，要做好防护。");
    assert!(cdc.as_deref().is_some_and(|n| n.starts_with("临江市") && n.ends_with("预防控制中心")), "{cdc:?}");
    assert_eq!(people, [("张晓明".to_string(), vec!["主任".to_string()], cdc)]);
    let (_, people) = read("临江市急救中心发布健康提示。疾控中心主任张晓明表示，要做好防护。");
    assert_eq!(people, [("张晓明".to_string(), vec!["主任".to_string()], None)]);
}

/// A `來自` list of bodies paired in order with the names after the title, in traditional
/// script through the whole pipeline; lists of different lengths give no body of the list.
#[test]
fn origin_list_pairs_bodies_with_names_in_traditional_script() {
    let org_of = |text: &str, name: &str| {
        let article = zhnews::extract(text).expect("extracts");
        let p = article.people.into_iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} found"));
        p.organization
    };
    let paired = "來自臨江市人民醫院、青禾縣中醫院的專家張曉明、李紅在南嶼鎮衛生院開展義診。";
    assert_eq!(org_of(paired, "张晓明").as_deref(), Some("临江市人民医院"));
    assert_eq!(org_of(paired, "李红").as_deref(), Some("青禾县中医院"));
    let uneven = "來自臨江市人民醫院、青禾縣中醫院的專家張曉明、李紅、王建國在南嶼鎮開展義診。";
    assert_eq!(org_of(uneven, "李红"), None);
}
