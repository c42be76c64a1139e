//! HTML input: pages written for these tests in the shapes of a government site, a news
//! portal and a WeChat article (navigation, footers, share widgets, scripts, hidden
//! blocks) give the same facts as their plain-text versions; markup never leaks.
#![cfg(feature = "html")]

use serde_json::Value;
use zhnews::Extractor;

use crate::composed_pages::{mismatches, Page};

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/html/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The record without offsets and without the extracted text: the facts and meta.
fn facts(article: &zhnews::Article) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("start");
                map.remove("end");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(article).unwrap();
    let map = v.as_object_mut().unwrap();
    map.remove("text");
    map.remove("body");
    // Authors are the one meta field these pages leave to the markup (checked apart).
    map["meta"].as_object_mut().unwrap().remove("authors");
    strip(&mut v);
    v
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Every `text`/`start`/`end` object of the record indexes the record's text.
fn assert_offsets_index_text(article: &zhnews::Article) {
    let text = article.text.as_deref().expect("HTML records carry their text");
    fn walk(v: &Value, text: &str) {
        match v {
            Value::Object(map) => {
                if let (Some(s), Some(e), Some(Value::String(t))) = (map.get("start"), map.get("end"), map.get("text"))
                {
                    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                    assert_eq!(&chars(text, s, e), t);
                }
                map.values().for_each(|v| walk(v, text));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, text)),
            _ => {}
        }
    }
    walk(&serde_json::to_value(article).unwrap(), text);
}

fn assert_no_markup(article: &zhnews::Article) {
    let json = serde_json::to_value(article).unwrap();
    let mut strings = Vec::new();
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Object(m) => m.values().for_each(|v| collect(v, out)),
            Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    collect(&json, &mut strings);
    for s in strings {
        for bad in ["<", ">", "&gt;", "&amp;", "&copy;", "script", "function", "document.", "var ", "{\"", "visibility"]
        {
            assert!(!s.contains(bad), "markup {bad:?} leaked into {s:?}");
        }
    }
}

fn check_page(name: &str) -> (zhnews::Article, zhnews::Article) {
    let e = Extractor::new();
    let html = e.extract_html(&read(&format!("{name}.html"))).unwrap();
    let text = e.extract_bytes(&read(&format!("{name}.txt"))).unwrap();
    assert_eq!(facts(&html), facts(&text), "{name}: the HTML page and its text version differ");
    assert_offsets_index_text(&html);
    assert_no_markup(&html);
    assert!(text.text.is_none(), "text input carries no text field");
    (html, text)
}

#[test]
fn government_page_gives_the_facts_of_its_text() {
    let (html, _) = check_page("gov");
    let text = html.text.as_deref().unwrap();
    for furniture in ["政务公开", "版权所有", "主办单位", "9.9亿元", "3000万次", "附件", "分享到"]
    {
        assert!(!text.contains(furniture), "{furniture:?} should not be in the text:\n{text}");
    }
    assert!(html.figures.iter().any(|f| f.mention.text == "3200名"));
}

#[test]
fn portal_page_gives_the_facts_of_its_text() {
    let (html, text) = check_page("portal");
    assert!(text.meta.authors.is_empty());
    assert_eq!(html.meta.authors, ["临江日报记者"], "from <meta name=author>");
    let text = html.text.as_deref().unwrap();
    for furniture in ["热点新闻", "相关阅读", "体检套餐", "搜索", "2000张", "未经授权"] {
        assert!(!text.contains(furniture), "{furniture:?} should not be in the text:\n{text}");
    }
}

#[test]
fn wechat_article_gives_the_facts_of_its_text() {
    // The article body is `visibility: hidden` until a script shows it: it is kept.
    let (html, _) = check_page("wechat");
    assert_eq!(html.meta.authors, ["青山健康"], "from og:article:author");
    let text = html.text.as_deref().unwrap();
    assert!(text.contains("460余单"));
    for furniture in ["扫一扫", "在看", "写留言", "56条"] {
        assert!(!text.contains(furniture), "{furniture:?} should not be in the text:\n{text}");
    }
}

#[test]
fn markup_metadata_fills_only_what_the_text_leaves_empty() {
    let e = Extractor::new();
    // The text states a date and a source: they win over the metas.
    let page = "<html><head><meta property=\"article:published_time\" content=\"2020-01-01\">\
        <meta property=\"og:site_name\" content=\"某网站\"><title>标题甲 - 某网站</title></head><body>\
        <h1>卫生院改造完成</h1><p>2024-05-20 09:15 来源：临江日报</p>\
        <p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p></body></html>";
    let a = e.extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.published_at.as_deref(), Some("2024-05-20T09:15"));
    assert_eq!(a.meta.source.as_deref(), Some("临江日报"));
    // A bare body: the metas fill title, date, source, authors; the date resolves partial dates.
    let page = "<html><head><meta property=\"article:published_time\" content=\"2023-07-02T08:00:00+08:00\">\
        <meta property=\"og:site_name\" content=\"某网站\"><meta name=\"author\" content=\"王五\">\
        <title>标题甲 - 某网站</title></head><body>\
        <p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p></body></html>";
    let a = e.extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("标题甲"));
    assert_eq!(a.meta.published_at.as_deref(), Some("2023-07-02T08:00:00"));
    assert_eq!(a.meta.source.as_deref(), Some("某网站"));
    assert_eq!(a.meta.authors, ["王五"]);
    let may18 = a.dates.iter().find(|d| d.mention.text == "5月18日").unwrap();
    assert_eq!(may18.value.year, Some(2023));
}

#[test]
fn author_metas_naming_the_site_or_a_placeholder_credit_nobody() {
    let e = Extractor::new();
    let page = |metas: &str, title: &str| {
        format!(
            "<html><head>{metas}<title>{title}</title></head><body>\
             <p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p></body></html>"
        )
    };
    let authors = |metas: &str, title: &str| e.extract_html(page(metas, title).as_bytes()).unwrap().meta.authors;
    // The portal's own name, as the `<title>`'s last part or `og:site_name` opens with it.
    assert!(authors("<meta name=\"author\" content=\"青禾\">", "卫生院改造完成_青禾财经").is_empty());
    assert!(authors(
        "<meta property=\"og:site_name\" content=\"青禾资讯\"><meta name=\"author\" content=\"青禾\">",
        "卫生院改造完成"
    )
    .is_empty());
    // An outlet, a template's placeholder with a contact address, a user number.
    assert!(authors("<meta name=\"author\" content=\"临江商报网\">", "卫生院改造完成").is_empty());
    assert!(authors("<meta name=\"author\" content=\"name, someone@example.com\">", "卫生院改造完成").is_empty());
    assert!(authors("<meta name=\"author\" content=\"102938\">", "卫生院改造完成").is_empty());
    // A writer's name stays, also when the title names the same person elsewhere.
    assert_eq!(authors("<meta name=\"author\" content=\"柯一帆\">", "柯一帆：卫生院改造完成_青禾财经"), ["柯一帆"]);
    assert_eq!(authors("<meta name=\"author\" content=\"quietfox\">", "卫生院改造完成 - 青禾财经"), ["quietfox"]);
}

#[test]
fn gbk_page_with_meta_charset_decodes() {
    let page = "<html><head><meta charset=gbk><title>通知</title></head><body>\
        <p>2024年3月1日，江南省卫生健康委员会召开会议，部署基层医疗卫生服务能力提升工作。</p></body></html>";
    let (bytes, _, _) = encoding_rs::GBK.encode(page);
    let e = Extractor::new();
    let a = e.extract_html(&bytes).unwrap();
    assert_eq!(a.meta.encoding, "GBK");
    assert!(a.text.as_deref().unwrap().contains("江南省卫生健康委员会召开会议"));
    assert!(a.institutions.iter().any(|i| i.name == "江南省卫生健康委员会"));
    assert!(a.repairs.is_empty(), "{:?}", a.repairs);
    // Auto-detection sends the same bytes through HTML.
    assert_eq!(e.extract_auto(&bytes).unwrap(), a);
    // The declared charset is used even when the bytes alone would be guessed otherwise:
    // a page mostly ASCII with few Chinese characters.
    let short = "<!doctype html><meta http-equiv=\"content-type\" content=\"text/html;charset=gb2312\"><p>医院</p>";
    let (bytes, _, _) = encoding_rs::GBK.encode(short);
    assert_eq!(e.html_page(&bytes).unwrap().text, "医院");
}

#[test]
fn utf8_bytes_declared_as_a_legacy_charset_are_utf8() {
    // A page saved as UTF-8 that kept its old declaration.
    let page = "<html><head><meta charset=gb2312><title>某县开通夜间门诊</title></head><body>\
        <h1>某县开通夜间门诊</h1><p>为方便上班族就医，某县人民医院从本月起开设夜间门诊，首日接诊患者六十余人。</p></body></html>";
    let e = Extractor::new();
    let a = e.extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.encoding, "UTF-8");
    assert_eq!(a.meta.title.as_deref(), Some("某县开通夜间门诊"));
    assert!(a.text.as_deref().unwrap().contains("开设夜间门诊"));
}

#[test]
fn the_markup_title_picks_the_headline_over_an_account_line() {
    let page = "<html><head><title>某县开通夜间门诊，方便上班族就医</title></head><body>\
        <h1>某县开通夜间门诊，方便上班族就医</h1><div>健康小站</div><div>发布时间：2024-05-06 10:30</div>\
        <p>为方便上班族就医，某县人民医院从本月起开设夜间门诊。首日接诊患者六十余人。</p></body></html>";
    let a = Extractor::new().extract_html(page.as_bytes()).unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("某县开通夜间门诊，方便上班族就医"));
    assert_eq!(a.meta.published_at.as_deref(), Some("2024-05-06T10:30"));
}

#[test]
fn a_markup_title_filling_the_record_loses_its_column_and_media_tag() {
    let title = |og: &str| {
        let page = format!(
            "<html><head><meta property=\"og:title\" content=\"{og}\"></head><body>\
            <p>为方便上班族就医，某县人民医院从本月起开设夜间门诊，首日接诊患者六十余人。</p></body></html>"
        );
        Extractor::new().extract_html(page.as_bytes()).unwrap().meta.title
    };
    assert_eq!(title("【健康】某县开通夜间门诊（组图）").as_deref(), Some("某县开通夜间门诊"));
    assert_eq!(title("某县卫健局: 开通夜间门诊").as_deref(), Some("某县卫健局：开通夜间门诊"));
    assert_eq!(title("某县夜间门诊管理办法（征求意见稿）").as_deref(), Some("某县夜间门诊管理办法（征求意见稿）"));
}

#[test]
fn source_offsets_point_at_the_mentions_in_the_html() {
    let e = Extractor::new();
    let bytes = read("portal.html");
    let page = e.html_page(&bytes).unwrap();
    let a = e.extract_html_page(&page);
    let src = std::str::from_utf8(&bytes).unwrap();
    for f in &a.figures {
        let (s, t) = (page.source_offset(f.mention.start), page.source_offset(f.mention.end));
        assert_eq!(&src[s..t], f.mention.text);
    }
}

#[test]
fn pathological_html_is_refused_or_handled() {
    let e = Extractor::new();
    let deep = "<div>".repeat(100_000);
    assert!(matches!(e.extract_html(deep.as_bytes()), Err(zhnews::Error::NotText { .. })));
    let huge_attr = format!("<p title=\"{}\">国家卫生健康委员会</p>", "x".repeat(2_000_000));
    let a = e.extract_html(huge_attr.as_bytes()).unwrap();
    assert_eq!(a.text.as_deref(), Some("国家卫生健康委员会"));
    let huge_meta = format!("<meta property=\"og:title\" content=\"{}\"><p>正文。</p>", "题".repeat(100_000));
    let a = e.extract_html(huge_meta.as_bytes()).unwrap();
    assert!(a.meta.title.unwrap().chars().count() <= zhnews::html::MAX_META_CHARS);
    let limited = Extractor::builder().max_input_bytes(100).build();
    assert!(matches!(limited.extract_html(huge_attr.as_bytes()), Err(zhnews::Error::TooLarge { .. })));
}

/// HTML pages written for this test (`tests/html/composed/`, names and places invented) in
/// the templates of government, hospital and paper CMSs, with what each record must say
/// (`text` names the file).
const COMPOSED: &[Page] = &[
    // A city government page: `信息来源` and `发布时间` on one line with a counter and the font-size widget; print/close, previous/next, copyright and ICP footer.
    Page {
        text: "p01.html",
        title: Some("临江市开展家庭医生签约服务进社区活动"),
        published_at: Some("2026-03-05T10:20"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["共签约居民560余人"],
        body_lacks: &["字号", "打印", "上一篇", "版权所有", "浏览次数"],
    },
    // A hospital page: `作者：` a department and a name, `本站原创` names no outlet, the update time the only stamp; share and QR widgets.
    Page {
        text: "p02.html",
        title: Some("青禾县人民医院成功开展首例微创心脏手术"),
        published_at: Some("2026-04-12"),
        source: None,
        authors: &["张晓明"],
        editors: &[],
        body_has: &["已于4月10日顺利出院"],
        body_lacks: &["撰稿", "分享到", "扫一扫", "点击数"],
    },
    // A paper's page: masthead with the issue date, a kicker (引题) above the `<h1>`, reporter and correspondent, related-news list.
    Page {
        text: "p03.html",
        title: Some("湖川省今年将新建社区医院50家"),
        published_at: Some("2026-03-06"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["改造提升村卫生室800个", "扩容下沉"],
        body_lacks: &["相关新闻", "推进医联体建设", "强基层", "通讯员"],
    },
    // Labels in lenticular brackets (`【发布时间】`), a scene caption (`图为…`) and print/close buttons.
    Page {
        text: "p04.html",
        title: Some("临江市疾控中心开展春季传染病防控培训"),
        published_at: Some("2026-03-10"),
        source: Some("临江市疾病预防控制中心"),
        authors: &[],
        editors: &[],
        body_has: &["100余名人员参加培训", "重点传染病"],
        body_lacks: &["图为培训现场", "打印", "字体"],
    },
    // Fields in a table (`发布日期`, `发布机构`), an attachment link.
    Page {
        text: "p05.html",
        title: Some("青禾县召开医保基金监管工作会议"),
        published_at: Some("2026-02-28"),
        source: Some("青禾县医疗保障局"),
        authors: &[],
        editors: &[],
        body_has: &["部署全年基金监管工作", "看病钱"],
        body_lacks: &["附件", "docx", "发布机构"],
    },
    // `稿源：` with `时间：`, `文/A 图/B`, a closing `（编辑：…）`.
    Page {
        text: "p06.html",
        title: Some("义诊进乡村 健康送到家"),
        published_at: Some("2026-03-08T09:15"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["开展义诊活动", "500余份"],
        body_lacks: &["编辑", "文/"],
    },
    // ASCII colons, `文章来源` naming a department (no source), `文字：`/`摄影：`, `编审` (no editor).
    Page {
        text: "p07.html",
        title: Some("临江市第一医院举办护士节表彰大会"),
        published_at: Some("2026-05-12"),
        source: None,
        authors: &["李华"],
        editors: &[],
        body_has: &["表彰优秀护士50名", "表示祝贺"],
        body_lacks: &["摄影", "编审", "阅读"],
    },
    // A notice with its issuing body and date under the text and an attachment list.
    Page {
        text: "p08.html",
        title: Some("关于印发临江市基层卫生健康工作要点的通知"),
        published_at: Some("2026-01-20"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["认真贯彻落实"],
        body_lacks: &[".pdf", "相关附件", "字号"],
    },
    // A headline broken by `<br>` (its second half no account), reporter, editor and proofreader.
    Page {
        text: "p09.html",
        title: Some("青禾县启动“健康乡村”建设三年行动"),
        published_at: Some("2026-03-05T10:20"),
        source: None,
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["标准化建设全覆盖", "2000万元"],
        body_lacks: &["校对"],
    },
    // A subtitle line, `来源 | 作者 | time` fields, site map and sponsor footer.
    Page {
        text: "p10.html",
        title: Some("湖川省发布医疗服务价格调整方案"),
        published_at: Some("2026-04-01T08:30"),
        source: Some("湖川省医疗保障局"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["涉及300余项医疗服务项目。", "技术劳务价值"],
        body_lacks: &["网站地图", "版权所有", "主办单位"],
    },
    // A place before `：` in the headline (kept), a time with seconds, reporter and correspondent in the `作者：` field.
    Page {
        text: "p11.html",
        title: Some("临江：“互联网+护理服务”惠及万余居民"),
        published_at: Some("2026-03-15T16:40:12"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["1.2万人次", "23家医疗机构"],
        body_lacks: &["纠错", "责任编辑"],
    },
    // Source and date printed after the text.
    Page {
        text: "p12.html",
        title: Some("青禾县开展世界防治结核病日宣传活动"),
        published_at: Some("2026-03-25"),
        source: Some("青禾县疾病预防控制中心"),
        authors: &[],
        editors: &[],
        body_has: &["2000余份", "预防措施"],
        body_lacks: &["信息来源", "打印", "关闭"],
    },
    // `来源：宣传处` (a unit, as printed), a related-links heading and its links.
    Page {
        text: "p13.html",
        title: Some("湖川省卫生健康委员会召开新闻发布会"),
        published_at: Some("2026-04-08"),
        source: Some("宣传处"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["3.4人"],
        body_lacks: &["相关链接", "汇总", "规划解读"],
    },
    // `发布者：` (no author), a picture's scene caption, a closing credit led by the writers' unit, previous/next.
    Page {
        text: "p14.html",
        title: Some("青禾县人民医院与临江市第一医院签订医联体协议"),
        published_at: Some("2026-03-20"),
        source: None,
        authors: &["张晓明"],
        editors: &[],
        body_has: &["签订紧密型医联体合作协议", "坐诊、查房"],
        body_lacks: &["签约仪式现场", "上一条", "下一条", "阅读次数", "/文"],
    },
    // A paper's name beside the time, `本报讯（记者 …）`, editor and reviewer.
    Page {
        text: "p15.html",
        title: Some("临江市启动2026年适龄妇女“两癌”免费筛查"),
        published_at: Some("2026-03-18T08:05"),
        source: Some("临江日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["全面启动", "2.5万人"],
        body_lacks: &["审核"],
    },
    // Two authors, QR and font-size widgets.
    Page {
        text: "p16.html",
        title: Some("青禾县中医院开展“三伏贴”服务"),
        published_at: Some("2026-07-15"),
        source: Some("青禾县中医院"),
        authors: &["张晓明", "李华"],
        editors: &["王芳"],
        body_has: &["800余名群众", "生冷辛辣"],
        body_lacks: &["扫一扫", "字号", "打印"],
    },
    // A paper's name above the headline, an editor on the date line, `■本报记者`.
    Page {
        text: "p17.html",
        title: Some("湖川省推进村医“乡聘村用”"),
        published_at: Some("2026-04-02T07:30"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["乡聘村用", "60%以上"],
        body_lacks: &["本报记者"],
    },
    // All fields on one line split by bars, a related-news list with dates.
    Page {
        text: "p18.html",
        title: Some("临江市举办2026年卫生应急演练"),
        published_at: Some("2026-05-20T15:30:00"),
        source: Some("临江市卫生健康委员会"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["食物中毒事件", "协同处置能力"],
        body_lacks: &["分享到", "相关新闻", "急救技能培训", "应急工作会议"],
    },
    // Author, reviewer and proofreader on the date line, a `供图` credit between paragraphs.
    Page {
        text: "p19.html",
        title: Some("青禾县开展“世界献血者日”主题活动"),
        published_at: Some("2026-06-14"),
        source: Some("青禾县中心血站"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["120名市民", "无偿献血宣传"],
        body_lacks: &["供图", "审核", "校对"],
    },
    // A public notice with a contact line, an attachment and the closing date.
    Page {
        text: "p20.html",
        title: Some("临江市卫生健康委员会关于2026年第一批医师资格考试合格人员名单的公示"),
        published_at: Some("2026-06-30T11:02"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["公示期为7天"],
        body_lacks: &["xlsx", "字体"],
    },
    // A markup title with the paper's name before `：`, `文/A` beside the date, `来源：` and `（责编：…）` after the text.
    Page {
        text: "p21.html",
        title: Some("基层首诊让群众少跑路"),
        published_at: Some("2026-03-22"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["看好病", "65%"],
        body_lacks: &["责编", "来源"],
    },
    // Font-size links inside the date line, a bookmark button and an English copyright line.
    Page {
        text: "p22.html",
        title: Some("临江市开展医疗机构安全生产检查"),
        published_at: Some("2026-03-28"),
        source: Some("临江市卫生健康委员会"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["隐患26处"],
        body_lacks: &["Copyright", "收藏", "打印", "字体"],
    },
    // Table cells of an old government template: breadcrumbs, headline, date line with a
    // counter, print/close links.
    Page {
        text: "q01.html",
        title: Some("青禾县开展老年人免费健康体检"),
        published_at: Some("2026-04-09"),
        source: Some("青禾县卫生健康局"),
        authors: &[],
        editors: &[],
        body_has: &["预计服务老年人3.2万人", "心电图等"],
        body_lacks: &["您现在的位置", "打印", "浏览次数"],
    },
    // Inline spans run together (`2026-06-02作者：宣传科浏览量：`): the unit credited by
    // `作者：` is the author, over the author meta naming the hospital.
    Page {
        text: "q02.html",
        title: Some("临江市中心医院获评省级临床重点专科"),
        published_at: Some("2026-06-02"),
        source: None,
        authors: &["宣传科"],
        editors: &[],
        body_has: &["神经内科成功入选", "新台阶"],
        body_lacks: &["上一篇", "宣传科 张晓明", "浏览量"],
    },
    // A paper's e-edition: masthead with page number, `本报记者` on its own line, issue links.
    Page {
        text: "q03.html",
        title: Some("湖川省全面推开医保“一站式”结算"),
        published_at: Some("2026-05-11"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["一站式”结算。", "120万人次"],
        body_lacks: &["返回目录", "第02版", "本报记者"],
    },
    // A WeChat post: account beside the date and place, credits after the text, the
    // preview and follow widgets.
    Page {
        text: "q04.html",
        title: Some("青禾县疾控中心：春季谨防诺如病毒感染"),
        published_at: Some("2026-03-12T18:30"),
        source: Some("青禾县疾控中心"),
        authors: &[],
        editors: &["王芳"],
        body_has: &["注意手卫生", "及时就医"],
        body_lacks: &["预览时标签", "扫一扫", "审核", "健康青禾"],
    },
    // The font-size links inside the date line after the author (`作者：张三 【大 中 小】`),
    // a photo credit, a related-stories box.
    Page {
        text: "q05.html",
        title: Some("临江市召开2026年爱国卫生工作会议"),
        published_at: Some("2026-03-30T14:02"),
        source: Some("临江日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["部署2026年任务", "国家卫生城市创建成果"],
        body_lacks: &["会议现场", "相关稿件", "爱国卫生月活动"],
    },
    // A disclosure table with spaced labels (`索 引 号`, `标　　题`) above the notice.
    Page {
        text: "q06.html",
        title: Some("湖川省卫生健康委员会关于开展2026年“无烟日”宣传活动的通知"),
        published_at: Some("2026-05-22"),
        source: Some("湖川省卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["第39个无烟日"],
        body_lacks: &["索引号", "文号", "主题分类"],
    }, // A WeChat post: `原创` account line, follow and QR prompts, credits, a `往期回顾` list and the read/like counter.
    Page {
        text: "r01.html",
        title: Some("临江市秋冬季流感疫苗接种工作全面启动"),
        published_at: Some("2026-10-12T08:30"),
        source: Some("临江市疾病预防控制中心"),
        authors: &[],
        editors: &["李娜"],
        body_has: &["全面启动2026年秋冬季流感疫苗接种工作", "60岁以上老年人可免费接种"],
        body_lacks: &["长按识别", "往期回顾", "家庭医生签约", "阅读 1234", "审核", "点击蓝字"],
    },
    // A government page: date and weather widgets, breadcrumb, a unit as author, share bar, attachment list, correction and print buttons.
    Page {
        text: "r02.html",
        title: Some("临江市卫生健康委员会召开医疗质量安全工作推进会"),
        published_at: Some("2026-11-02"),
        source: Some("临江市卫生健康委员会"),
        authors: &["医政科"],
        editors: &[],
        body_has: &["召开全市医疗质量安全工作推进会", "对下一阶段工作进行了部署"],
        body_lacks: &["星期二", "多云", "首页", "分享到", "附件", "检查情况通报", "整改清单", "纠错"],
    },
    // A portal page: picture credit between paragraphs, `本文来源于` note, `[责任编辑:…]`, related list, comment box.
    Page {
        text: "r03.html",
        title: Some("青禾县人民医院开通胸痛中心绿色通道"),
        published_at: Some("2026-09-18T10:05:32"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["陈静"],
        body_has: &["开通急性胸痛患者绿色通道", "平均缩短至60分钟以内"],
        body_lacks: &["图片来源", "本文来源于", "责任编辑", "相关阅读", "高血压患者", "网友评论"],
    },
    // An app page: app banner, reporters of the paper beside the time, an app prompt, a disclaimer.
    Page {
        text: "r04.html",
        title: Some("湖川省将为65岁以上老人免费体检"),
        published_at: Some("2026-07-08T07:50"),
        source: Some("湖川日报"),
        authors: &["张晓明", "王丽"],
        editors: &[],
        body_has: &["提供一次免费健康体检", "心电图等12项内容"],
        body_lacks: &["免责声明", "下载湖川", "阅读体验"],
    },
    // A bureau page: the editor, then other items each with its own `来源：… 编辑：…` line.
    Page {
        text: "r05.html",
        title: Some("临江市启动2026年医保集中参保缴费工作"),
        published_at: Some("2026-09-01T15:20"),
        source: Some("临江市医疗保障局"),
        authors: &[],
        editors: &["周婷"],
        body_has: &["集中参保缴费工作正式启动", "每人每年400元"],
        body_lacks: &["宣传月活动", "门诊共济", "刘洋"],
    },
    // A hospital page: department and writer, picture and review credits, a follow prompt, previous-story link.
    Page {
        text: "r06.html",
        title: Some("我院举办2026年护理技能竞赛"),
        published_at: Some("2026-05-14"),
        source: None,
        authors: &["张晓明"],
        editors: &[],
        body_has: &["56名护士参加比赛", "技能操作两个环节"],
        body_lacks: &["图片：", "审核", "扫码关注", "消防安全演练", "阅读："],
    },
    // A WeChat post: picture source, read-original prompt, the action bar, `喜欢此内容的人还喜欢` and its list.
    Page {
        text: "r07.html",
        title: Some("换季时节，这份防病指南请收好"),
        published_at: Some("2026-10-20T17:45"),
        source: Some("青禾疾控"),
        authors: &[],
        editors: &[],
        body_has: &["注意以下几点", "降低感染风险"],
        body_lacks: &["图片来源", "阅读原文", "点赞", "喜欢此内容", "进补"],
    },
    // Bracketed labels, a date widget, a `»` breadcrumb, a contributed-picture credit, correction button, phone prompt.
    Page {
        text: "r08.html",
        title: Some("临江市开展“健康促进月”主题活动"),
        published_at: Some("2026-04-07"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["开展“健康促进月”主题活动", "免费测血压、测血糖服务"],
        body_lacks: &["星期三", "健康资讯", "供图", "纠错", "手机打开"],
    },
    // A paper's e-page: masthead and page line, reporter and correspondent, a copyright statement.
    Page {
        text: "r09.html",
        title: Some("青禾县医共体建设取得新进展"),
        published_at: Some("2026-03-20"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["已组建县域医共体3个", "县域内就诊率提高到90%"],
        body_lacks: &["版权声明", "上一篇", "通讯员"],
    },
    // A comment box (`网友评论`, login fields) and a numbered `热门文章` list.
    Page {
        text: "r10.html",
        title: Some("临江市中医院举办膏方节"),
        published_at: Some("2026-11-20"),
        source: Some("临江日报"),
        authors: &[],
        editors: &[],
        body_has: &["吸引了300余名市民前来咨询", "膏方定制服务"],
        body_lacks: &["网友评论", "文明上网", "0条评论", "用户名", "热门文章", "参保缴费"],
    },
    // An app banner, a scene caption, a photographer's bracketed credit, a reprint statement, an in-app prompt.
    Page {
        text: "r11.html",
        title: Some("青禾县开展义诊进乡村活动"),
        published_at: Some("2026-06-15T16:22"),
        source: Some("湖川新闻"),
        authors: &[],
        editors: &[],
        body_has: &["开展义诊进乡村活动。", "共接诊群众420余人次"],
        body_lacks: &["查看更多精彩", "义诊现场", "摄）", "未经授权", "APP内打开"],
    },
    // A city government page: attachments numbered, an attachment download heading, an app download prompt.
    Page {
        text: "r12.html",
        title: Some("临江市发布2026年度居民健康状况报告"),
        published_at: Some("2026-12-01T09:00"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &["刘洋"],
        body_has: &["居民健康状况报告》。", "人均预期寿命达到80.2岁"],
        body_lacks: &["附件1", "解读材料", "附件下载", "湖川政务"],
    },
    // `【编辑：…】`, an original-title note, a related list whose items carry their own source and editor.
    Page {
        text: "r13.html",
        title: Some("临江市召开全市疾控工作会议"),
        published_at: Some("2026-02-26T10:30"),
        source: Some("湖川日报"),
        authors: &[],
        editors: &["王芳"],
        body_has: &["部署2026年重点任务", "传染病监测预警体系"],
        body_lacks: &["原标题", "相关新闻", "应急演练", "结核病"],
    },
    // A hospital page: archive picture, picture-source note, the site's statement, a share bar over two lines.
    Page {
        text: "r14.html",
        title: Some("临江市妇幼保健院开设孕妇学校"),
        published_at: Some("2026-08-10"),
        source: Some("临江市妇幼保健院"),
        authors: &[],
        editors: &[],
        body_has: &["80余名准妈妈参加", "新生儿护理等"],
        body_lacks: &["资料图", "图片来源", "本网声明", "微信 微博"],
    },
    // A recommended list with each story's date below it, then follow and QR prompts.
    Page {
        text: "r15.html",
        title: Some("湖川省推广家庭病床服务"),
        published_at: Some("2026-05-09T08:00"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["年内建床5000张", "慢性病患者"],
        body_lacks: &["推荐阅读", "社区医院50家", "家庭医生签约", "扫码关注", "长按识别"],
    },
    // A hospital's post: a department's contribution, three review stages, follow prompts.
    Page {
        text: "r16.html",
        title: Some("临江市中心医院成功救治一名危重患者"),
        published_at: Some("2026-01-15"),
        source: Some("急诊科"),
        authors: &[],
        editors: &[],
        body_has: &["突发心脏骤停的患者", "已转入普通病房"],
        body_lacks: &["一审", "供稿", "欢迎关注", "扫一扫"],
    },
    // A portal page: breadcrumb, editor said twice, correction button, comment box and its login.
    Page {
        text: "r17.html",
        title: Some("临江：医保电子凭证覆盖所有定点药店"),
        published_at: Some("2026-10-09T14:11:07"),
        source: Some("湖川网"),
        authors: &["张晓明"],
        editors: &["陈静"],
        body_has: &["开通医保电子凭证结算", "即可完成购药结算"],
        body_lacks: &["纠错", "网友评论", "登录", "更多新闻"],
    },
    // A share bar between paragraphs, the read/like counter, a WeChat comment area (`写下你的留言`, `精选留言`).
    Page {
        text: "r18.html",
        title: Some("临江市开展食品安全宣传周活动"),
        published_at: Some("2026-06-22"),
        source: Some("临江市市场监督管理局"),
        authors: &[],
        editors: &[],
        body_has: &["食品安全宣传周活动在市民广场启动", "进企业等系列活动"],
        body_lacks: &["阅读 2356", "留言", "支持！"],
    },
    // A WeChat post with barred labels (`来源 | …`, `编辑 | …`), arrows, `—END—` and a follow prompt.
    Page {
        text: "r19.html",
        title: Some("青禾县启动“两癌”免费筛查"),
        published_at: Some("2026-03-28T11:00"),
        source: Some("青禾县卫生健康局"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["筛查工作正式启动", "5000名适龄妇女"],
        body_lacks: &["蓝字", "小程序", "END", "校对", "获取更多"],
    },
    // Tag and keyword lines, a `猜你想看` list with dates.
    Page {
        text: "r20.html",
        title: Some("临江市推进医疗卫生强基工程"),
        published_at: Some("2026-04-16T08:40"),
        source: Some("临江日报"),
        authors: &[],
        editors: &[],
        body_has: &["强基工程推进会", "至少设立一个特色专科"],
        body_lacks: &["标签", "关键词", "猜你想看", "膏方节"],
    },
    // A font-size widget, a bracketed source note, `本期编辑`, a `大家都在看` list.
    Page {
        text: "r21.html",
        title: Some("湖川省出台互联网医院管理办法"),
        published_at: Some("2026-05-20T09:30:00"),
        source: Some("湖川日报"),
        authors: &[],
        editors: &["刘洋"],
        body_has: &["印发《湖川省互联网医院管理办法》", "不得对首诊患者开展互联网诊疗"],
        body_lacks: &["字号", "本文来源", "本期编辑", "大家都在看", "家庭病床"],
    },
    // A picture credit and a video placeholder between paragraphs, a video source, a three-role credit, `【延伸阅读】`.
    Page {
        text: "r22.html",
        title: Some("临江市举行无偿献血表彰大会"),
        published_at: Some("2026-06-14"),
        source: Some("临江日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["举行无偿献血表彰大会。", "120名无偿献血者", "3.2万人次参加无偿献血"],
        body_lacks: &["图/", "视频加载中", "视频来源", "审核", "延伸阅读", "健康促进月"],
    },
    // A column line, a publisher without a name (`发布者`), the view counter, collect/print/close and next-story links.
    Page {
        text: "r23.html",
        title: Some("青禾县卫健局开展安全生产大检查"),
        published_at: Some("2026-07-03"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["开展安全生产大检查。", "已全部督促整改"],
        body_lacks: &["收藏本页", "下一篇", "浏览量", "当前栏目"],
    },
    // A share bar of platforms, an original-link line, `责编`, a special notice and an empty comment box.
    Page {
        text: "r24.html",
        title: Some("临江市三家医院入选省级临床重点专科"),
        published_at: Some("2026-08-25T18:06"),
        source: Some("临江新闻网"),
        authors: &[],
        editors: &["陈静"],
        body_has: &["5个专科入选", "100万元的建设资金支持"],
        body_lacks: &["复制链接", "原文链接", "特别提示", "热门评论", "暂无评论"],
    },
    // A public body beside the date, a bracketed unit credit under the text, `相关专题`, a weather widget.
    Page {
        text: "r25.html",
        title: Some("临江市开展家庭医生签约服务宣传周活动"),
        published_at: Some("2026-05-19"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["家庭医生签约服务宣传周活动。", "慢病随访等服务"],
        body_lacks: &["基层卫生科", "相关专题", "今日天气"],
    },
    // A media centre's post: account id, submission address, originality statement, a video prompt.
    Page {
        text: "r26.html",
        title: Some("青禾县120急救指挥中心新址启用"),
        published_at: Some("2026-09-09T10:10"),
        source: Some("青禾县融媒体中心"),
        authors: &[],
        editors: &[],
        body_has: &["新址正式启用", "急救车辆实时定位"],
        body_lacks: &["微信号", "投稿邮箱", "原创稿件", "扫码观看"],
    },
    // A scan prompt inside the text (kept: it is a sentence of the notice), print/collect/close and the site's sponsor line.
    Page {
        text: "r27.html",
        title: Some("临江市医保局：门诊慢特病待遇认定可网上办理"),
        published_at: Some("2026-10-28"),
        source: Some("临江市医疗保障局"),
        authors: &[],
        editors: &[],
        body_has: &["门诊慢特病待遇认定", "到定点医院现场申请"],
        body_lacks: &["打印", "本网站由"],
    },
    // `相关链接：` and its list, print and close buttons.
    Page {
        text: "r28.html",
        title: Some("湖川省疾控中心发布夏季健康提示"),
        published_at: Some("2026-07-01"),
        source: Some("湖川省疾病预防控制中心"),
        authors: &[],
        editors: &[],
        body_has: &["注意防暑降温", "预防肠道传染病"],
        body_lacks: &["相关链接", "防溺水", "中暑急救"],
    },
];

#[test]
fn composed_cms_pages_give_meta_and_body() {
    let extractor = Extractor::new();
    let mut errors = Vec::new();
    for p in COMPOSED {
        let a = extractor.extract_html(&read(&format!("composed/{}", p.text))).unwrap();
        errors.extend(mismatches(p, &a).into_iter().map(|e| format!("{}: {e}", p.text)));
    }
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}
