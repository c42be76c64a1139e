//! Furniture and title forms of real pages, in simplified and traditional script (pages
//! written for this test): what the body must not keep, what it must keep, and the title.

use zhnews::extract;

/// A page, its title, strings its body keeps, strings its body drops.
type Form = (&'static str, Option<&'static str>, &'static [&'static str], &'static [&'static str]);

const FORMS: &[Form] = &[
    // A photo caption opening with a triangle and a bracketed credit.
    (
        "某县新设胸痛中心\n2024-05-01\n▲医生为患者检查心电图。（图／记者李明远翻摄）\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["县医院今日启用胸痛中心"],
        &["医生为患者检查心电图"],
    ),
    (
        "某縣新設胸痛中心\n2024-05-01\n▲醫生為患者檢查心電圖。（圖／記者李明遠翻攝）\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n中心配備專職醫護20名。",
        Some("某县新设胸痛中心"),
        &["县医院今日启用胸痛中心"],
        &["医生为患者检查心电图"],
    ),
    // A credit of a picture from a paper's archive.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n江城日报资料图片\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["江城日报资料图片"],
    ),
    // A photographer and the magazine on a caption line.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n胸痛中心的医护人员正在交接班 李明远 摄 / 本刊\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["正在交接班"],
    ),
    // A series note closing the report.
    (
        "基层医生的一天\n2024-05-01\n清晨六点，村医已经背起药箱出门。\n她负责全村八百多人的健康档案。\n本文为“基层医生”系列报道之一，点击图片阅读更多。",
        Some("基层医生的一天"),
        &["她负责全村八百多人的健康档案"],
        &["系列报道之一"],
    ),
    (
        "基層醫生的一天\n2024-05-01\n清晨六點，村醫已經背起藥箱出門。\n她負責全村八百多人的健康檔案。\n本文為「基層醫生」系列報導之二，點擊圖片閱讀更多。",
        Some("基层医生的一天"),
        &["她负责全村八百多人的健康档案"],
        &["系列报导之二"],
    ),
    // A forum archiver's footer.
    (
        "医保报销问题求助\n2024-05-01\n请问异地就医备案以后，门诊费用可以直接结算吗？我上个月去省城看病，结果还是全额自费。\n查看完整版本: [-- 医保报销问题求助 --]\n页: [1]",
        Some("医保报销问题求助"),
        &["异地就医备案"],
        &["查看完整版本", "页: [1]"],
    ),
    // A list of related headlines after the report.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。\n相关新闻：\n某市三家医院通过胸痛中心认证\n全省胸痛救治网络基本建成",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["通过胸痛中心认证", "救治网络基本建成"],
    ),
    // A breaking-news line of another story above the headline.
    (
        "快讯：某地发生三车追尾事故 两人受伤\n某县新设胸痛中心\n2024-05-01 来源：江城日报\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["县医院今日启用胸痛中心"],
        &["三车追尾"],
    ),
    (
        "快訊／某地發生三車追撞事故 兩人受傷\n某縣新設胸痛中心\n2024-05-01 來源：江城日報\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n中心配備專職醫護20名。",
        Some("某县新设胸痛中心"),
        &["县医院今日启用胸痛中心"],
        &["三车追撞"],
    ),
    // The headline printed twice: in the page head and above the report.
    (
        "某县新设胸痛中心_江城网\n首页 > 新闻 > 正文\n某县新设胸痛中心\n2024-05-01 来源：江城日报\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["县医院今日启用胸痛中心"],
        &[],
    ),
    // A column prefix before the headline.
    (
        "瞭望丨基层医疗服务能力持续提升\n2024-05-01 来源：江城日报\n今年以来，全省新建社区卫生服务中心120家。\n基层诊疗量占比稳步上升。",
        Some("基层医疗服务能力持续提升"),
        &["全省新建社区卫生服务中心"],
        &[],
    ),
    // Captions pointed at by an arrow or numbered, with no credit.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n△护士为老人测量血压\n图1 医护人员正在交接班\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["护士为老人测量血压", "医护人员正在交接班"],
    ),
    (
        "某縣新設胸痛中心\n2024-05-01\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n▲護士為老人測量血壓。\n圖／江城日報\n中心配備專職醫護20名。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["护士为老人测量血压", "图／江城日报"],
    ),
    // Portal and app footers between and after the paragraphs.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n更多精彩内容，请下载江城日报客户端\n中心配备专职医护20名。\n返回江城网，查看更多\n平台声明：该文观点仅代表作者本人，江城号系信息发布平台，江城网仅提供信息存储空间服务。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["更多精彩内容", "查看更多", "信息存储空间"],
    ),
    (
        "某縣新設胸痛中心\n2024-05-01\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n你可能也想看\n中心配備專職醫護20名。\n按讚加入粉絲團",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["你可能也想看", "粉丝团"],
    ),
    // A forum thread's title with its widget tag; the standfirst below it is body, not title.
    (
        "某县新设胸痛中心 [复制链接]\n1#\n县医院启用胸痛中心，急救网络覆盖全县乡镇，折射出县域急救能力提升的普遍趋势\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["急救网络覆盖全县乡镇", "中心配备专职医护20名"],
        &["复制链接"],
    ),
    // A photo caption between the date line and the report is no title.
    (
        "某縣新設胸痛中心\n2024-05-01\n醫生為患者檢查心電圖\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n中心配備專職醫護20名。",
        Some("某县新设胸痛中心"),
        &["县医院今日启用胸痛中心"],
        &[],
    ),
    // A caption printed inside the text, placing a person in the photo.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n院长李明远（右二）向来宾介绍胸痛中心的救治流程。\n中心配备专职医护20名。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["向来宾介绍胸痛中心"],
    ),
    (
        "某縣新設胸痛中心\n2024-05-01\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n院長李明遠（左起第二人）向來賓介紹胸痛中心的救治流程。\n中心配備專職醫護20名。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["向来宾介绍胸痛中心"],
    ),
    // A disclaimer closes the report: the prose below it is another page's.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n中心配备专职医护20名。\n免责声明：本文仅代表作者个人观点，与本网无关。\n本周车市有哪些新鲜事？多家车企宣布降价促销，新车型扎堆上市。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["免责声明", "本周车市"],
    ),
    (
        "某縣新設胸痛中心\n2024-05-01\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n中心配備專職醫護20名。\n【版權聲明】本文版權歸原作者所有，轉載請註明出處。\n本週車市有哪些新鮮事？多家車企宣佈降價促銷，新車型扎堆上市。",
        Some("某县新设胸痛中心"),
        &["中心配备专职医护20名"],
        &["版权声明", "本周车市"],
    ),
    // A scan-to-phone widget and a visitor counter between paragraphs; prose that
    // mentions scanning a code stays.
    (
        "某县新设胸痛中心\n2024-05-01\n县医院今日启用胸痛中心，救治时间大幅缩短。\n扫码阅读手机版\n患者用手机扫码即可预约。\n浏览人次：3,211\n中心配备专职医护20名。\n手机扫码打开本页",
        Some("某县新设胸痛中心"),
        &["患者用手机扫码即可预约", "中心配备专职医护20名"],
        &["扫码阅读手机版", "浏览人次", "手机扫码打开本页"],
    ),
    (
        "某縣新設胸痛中心\n2024-05-01\n縣醫院今日啟用胸痛中心，救治時間大幅縮短。\n掃碼閱讀手機版\n患者用手機掃碼即可預約。\n瀏覽人次：3,211\n中心配備專職醫護20名。",
        Some("某县新设胸痛中心"),
        &["患者用手机扫码即可预约", "中心配备专职医护20名"],
        &["扫码阅读手机版", "浏览人次"],
    ),
    // A share widget glued after the headline behind a space or a bar leaves the title; a
    // publisher's own note (`（附全文）`) stays.
    (
        "梧桐市发布门诊共济新规 点击查看\n2026-03-02 来源：梧桐日报\n梧桐市医保局发布门诊共济新规，自4月1日起施行。",
        Some("梧桐市发布门诊共济新规"),
        &["自4月1日起施行"],
        &[],
    ),
    (
        "梧桐市發布門診共濟新規｜建議收藏\n2026-03-02 來源：梧桐日報\n梧桐市醫保局發布門診共濟新規，自4月1日起施行。",
        Some("梧桐市发布门诊共济新规"),
        &["自4月1日起施行"],
        &[],
    ),
    (
        "梧桐市发布门诊共济新规（附全文）\n2026-03-02 来源：梧桐日报\n梧桐市医保局发布门诊共济新规，自4月1日起施行。",
        Some("梧桐市发布门诊共济新规（附全文）"),
        &["自4月1日起施行"],
        &[],
    ),
    // Two photo captions between the headline and the byline: a scene (`…现场`) and a
    // person answering questions; the headline stays the title.
    (
        "梧桐市启动老年人免费体检工作 全市设体检点56处\n新闻发布会现场\n梧桐市卫生健康委员会副主任林雨辰答记者问\n梧桐日报记者 周明远 梧桐报道\n3月8日，梧桐市召开老年人免费体检工作新闻发布会。\n全市共设体检点56处。",
        Some("梧桐市启动老年人免费体检工作 全市设体检点56处"),
        &["全市共设体检点56处"],
        &["新闻发布会现场", "答记者问"],
    ),
    (
        "梧桐市啟動老年人免費體檢工作 全市設體檢點56處\n新聞發布會現場\n梧桐市衛生健康委員會副主任林雨辰答記者問\n梧桐日報記者 周明遠 梧桐報導\n3月8日，梧桐市召開老年人免費體檢工作新聞發布會。\n全市共設體檢點56處。",
        Some("梧桐市启动老年人免费体检工作 全市设体检点56处"),
        &["全市共设体检点56处"],
        &["新闻发布会现场", "答记者问"],
    ),
    // A headline printed under a lead photo's caption, its date line below it, is the title.
    (
        "义诊活动现场\n梧桐市百名专家下乡义诊\n2026-03-08 来源：梧桐日报\n3月7日，梧桐市组织百名专家到乡镇开展义诊。\n义诊活动掠影\n共服务群众2000余人次。",
        Some("梧桐市百名专家下乡义诊"),
        &["共服务群众2000余人次"],
        &["义诊活动现场", "义诊活动掠影"],
    ),
    // A report cut out of a paper page: it opens with a subhead, and subheads as long run
    // between its paragraphs; no line stands apart as the headline, so there is no title
    // and the first subhead is text.
    (
        " date 2026-01-12 门诊夜诊需求增\n\n夜间候诊平均三小时\n\n梧桐区普通科门诊去年夜诊人次增加两成，部分诊所晚上九时后仍有病人轮候。\n\n东区需求大 拟增夜间诊所\n\n卫生部门表示，将按各区需求调整夜诊时间。\n\n部分病人或只需护士跟进\n\n有家庭医生认为，轻症病人可转到社区诊所跟进。",
        None,
        &["夜间候诊平均三小时", "东区需求大", "轻症病人可转到社区诊所跟进"],
        &[],
    ),
    (
        " date 2026-01-12 門診夜診需求增\n\n夜間候診平均三小時\n\n梧桐區普通科門診去年夜診人次增加兩成，部分診所晚上九時後仍有病人輪候。\n\n東區需求大 擬增夜間診所\n\n衞生部門表示，將按各區需求調整夜診時間。\n\n部分病人或只需護士跟進\n\n有家庭醫生認為，輕症病人可轉到社區診所跟進。",
        None,
        &["夜间候诊平均三小时", "东区需求大"],
        &[],
    ),
    // A plain headline above a report with numbered subheads keeps its title.
    (
        "梧桐市推进紧密型医共体建设\n梧桐市召开医共体建设推进会，部署全年重点任务。\n一、强化医共体内统一管理机制\n各县区要推进人员、财务统一管理。\n二、完善县乡村三级分工协作机制\n要让群众在家门口看好病。",
        Some("梧桐市推进紧密型医共体建设"),
        &["强化医共体内统一管理机制"],
        &[],
    ),
    // A channel name standing alone above a site name: no title.
    (
        "医疗保障\n某某健康新闻网\n今年以来，全市新增家庭医生团队120个，签约居民超过30万人。",
        None,
        &["新增家庭医生团队"],
        &[],
    ),
];

#[test]
fn furniture_and_title_forms() {
    let mut errors = Vec::new();
    for &(page, title, kept, dropped) in FORMS {
        let a = extract(page).unwrap();
        let body = a.body.as_str();
        let lost: Vec<&&str> = kept.iter().filter(|k| !body.contains(**k)).collect();
        let left: Vec<&&str> = dropped.iter().filter(|k| body.contains(**k)).collect();
        if a.meta.title.as_deref() != title || !lost.is_empty() || !left.is_empty() {
            errors.push(format!("{page}\n  title {:?}, lost {lost:?}, left {left:?}", a.meta.title));
        }
    }
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}
