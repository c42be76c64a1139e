//! Pages written for this test in the furniture and byline conventions of many kinds of
//! outlets (national, provincial and county government sites, hospital sites, papers,
//! magazines, portals, news apps, WeChat posts, forum threads, Hong Kong and Taiwan sites
//! in traditional script): each gives its title, publication time, source, authors and
//! editors, keeps every body sentence and drops the page furniture. Names, places and numbers
//! are invented.

use zhnews::extract;

/// A source the test does not check (the account name of a post, which FACTS leaves open).
const ANY: Option<&str> = Some("\u{0}");

/// A page's title, stamp line and first paragraph, shared by the tests of what may follow
/// the text (widgets, staff credits, counters) between or after paragraphs.
const MEETING_HEAD: &str = "临江市推进紧密型医共体建设\n2026-03-12 来源：临江日报\n近日，临江市卫健委召开全市医共体建设推进会，部署全年重点工作。\n";

/// A composed page and what its record must say. `text` is the page's text, or for a page in
/// HTML (`tests/html_pages.rs`) its file name under `tests/html/composed/`.
pub(crate) struct Page {
    pub(crate) text: &'static str,
    pub(crate) title: Option<&'static str>,
    pub(crate) published_at: Option<&'static str>,
    pub(crate) source: Option<&'static str>,
    pub(crate) authors: &'static [&'static str],
    pub(crate) editors: &'static [&'static str],
    pub(crate) body_has: &'static [&'static str],
    pub(crate) body_lacks: &'static [&'static str],
}

const PAGES: &[Page] = &[
    // A government notice with no date line: the date closing it under the issuing body's
    // name is its date; the disclosure table's catalogue fields are dropped.
    Page {
        text: "当前位置：首页 > 政务公开 > 通知公告\n青禾县卫生健康局关于开展基层卫生院绩效考核的通知\n各乡镇卫生院：\n为提升基层医疗卫生服务能力，决定开展年度绩效考核。现将有关事项通知如下：\n一、考核时间\n4月1日至4月30日。\n青禾县卫生健康局\n2026年3月18日\n（此件公开发布）",
        title: Some("青禾县卫生健康局关于开展基层卫生院绩效考核的通知"),
        published_at: Some("2026-03-18"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["决定开展年度绩效考核", "4月1日至4月30日"],
        body_lacks: &["此件公开发布"],
    },
    Page {
        text: "青禾縣衛生健康局關於開展基層衛生院績效考核的通知\n索引號：11431000MB0000000X/2026-00031  發布機構：青禾縣衛生健康局\n生成日期：2026-03-18  主題分類：衛生、體育\n文號：青衛發〔2026〕7號\n各鄉鎮衛生院：\n為提升基層醫療衛生服務能力，決定開展年度績效考核。",
        title: Some("青禾县卫生健康局关于开展基层卫生院绩效考核的通知"),
        published_at: Some("2026-03-18"),
        source: Some("青禾县卫生健康局"),
        authors: &[],
        editors: &[],
        body_has: &["决定开展年度绩效考核"],
        body_lacks: &["索引号", "文号"],
    },
    // The date bar glued before the first sentence, apart from it by a space; a date
    // opening a sentence of the text stays in it.
    Page {
        text: "临江市推进紧密型医共体建设\n发布时间：2026-03-12 来源：临江日报 近日，临江市卫健委召开全市医共体建设推进会。会议指出，要加快推进县域医疗资源整合。\n2026年3月12日 临江市卫健委召开会议，部署全年工作。",
        title: Some("临江市推进紧密型医共体建设"),
        published_at: Some("2026-03-12"),
        source: Some("临江日报"),
        authors: &[],
        editors: &[],
        body_has: &["近日，临江市卫健委召开全市医共体建设推进会", "2026年3月12日 临江市卫健委召开会议"],
        body_lacks: &["发布时间", "来源"],
    },
    // A crawled page whose headline and date bar were read as one line.
    Page {
        text: "临江市推进紧密型医共体建设 2026-03-12 09:30 来源：临江日报\n近日，临江市卫健委召开全市医共体建设推进会。会议指出，要加快推进县域医疗资源整合。\n临江市卫健委主任张军表示，今年将新建社区医院十家。",
        title: Some("临江市推进紧密型医共体建设"),
        published_at: Some("2026-03-12T09:30"),
        source: Some("临江日报"),
        authors: &[],
        editors: &[],
        body_has: &["近日，临江市卫健委召开全市医共体建设推进会", "今年将新建社区医院十家"],
        body_lacks: &["来源"],
    },
    // The same with a long headline and the labels first; an outlet alone before the date
    // line of a page with its own headline is no headline.
    Page {
        text: "青禾县全面推行家庭医生签约服务 重点人群签约率超过八成 发布时间：2026-04-02 来源：青禾县卫生健康局\n记者从青禾县卫生健康局获悉，截至3月底，全县重点人群家庭医生签约率达到82%。\n该局表示，下一步将把签约服务延伸到偏远村组。",
        title: Some("青禾县全面推行家庭医生签约服务 重点人群签约率超过八成"),
        published_at: Some("2026-04-02"),
        source: Some("青禾县卫生健康局"),
        authors: &[],
        editors: &[],
        body_has: &["全县重点人群家庭医生签约率达到82%", "下一步将把签约服务延伸到偏远村组"],
        body_lacks: &["发布时间"],
    },
    Page {
        text: "湖川日报 2026-03-12 09:30\n临江市推进紧密型医共体建设\n近日，临江市卫健委召开全市医共体建设推进会。会议指出，要加快推进县域医疗资源整合。",
        title: Some("临江市推进紧密型医共体建设"),
        published_at: Some("2026-03-12T09:30"),
        source: Some("湖川日报"),
        authors: &[],
        editors: &[],
        body_has: &["近日，临江市卫健委召开全市医共体建设推进会"],
        body_lacks: &["湖川日报"],
    },
    // A national ministry notice: breadcrumb, font widget, print/close links, previous/next links, ICP line.
    Page {
        text: "首页 > 新闻中心 > 工作动态\n国家卫生健康委员会\n【字体：大 中 小】 打印本页 关闭窗口\n关于开展2026年基层卫生人才培训工作的通知\n发布时间：2026-03-05 10:21  来源：基层卫生健康司\n各省、自治区、直辖市卫生健康委：\n为进一步加强基层卫生人才队伍建设，我委决定在全国范围内开展基层卫生人才培训工作。现将有关事项通知如下。\n一、培训对象为乡镇卫生院和社区卫生服务中心的全科医生，计划培训3000人。\n二、各地要在2026年6月底前完成首轮培训，并于7月15日前报送总结。\n国家卫生健康委办公厅\n2026年3月2日\n分享到：\n上一篇：关于印发基层医疗机构服务规范的通知\n下一篇：全国卫生健康工作会议在京召开\n版权所有：国家卫生健康委员会  京ICP备12345678号",
        title: Some("关于开展2026年基层卫生人才培训工作的通知"),
        published_at: Some("2026-03-05T10:21"),
        source: Some("基层卫生健康司"),
        authors: &[],
        editors: &[],
        body_has: &["为进一步加强基层卫生人才队伍建设", "培训对象为乡镇卫生院", "各地要在2026年6月底前"],
        body_lacks: &["分享到", "上一篇", "下一篇", "版权所有", "首页", "字体"],
    },
    // A provincial paper: masthead, date with weekday, nav bar, one-line byline, 本报讯 with correspondent and reporters, (完), editor, related list.
    Page {
        text: "湖川日报\n2026年3月5日 星期四\n首页 | 要闻 | 健康 | 视频\n青禾县：家庭医生签约服务覆盖率达到八成\n来源：湖川日报  作者：林晓岚 吴承泽  发布时间：2026-03-05 08:30\n本报讯（通讯员 韩立新 记者 林晓岚 吴承泽）记者从青禾县卫生健康局获悉，截至2月底，全县家庭医生签约服务覆盖率达到81.5%，较去年同期提高6个百分点。\n据介绍，该县组建家庭医生团队126个，为65岁以上老年人提供上门随访服务。\n“下一步，我们将把签约服务延伸到偏远村组。”青禾县卫生健康局局长周文彬说。\n（完）\n责任编辑：陈思远\n相关新闻\n青禾县启动基层医疗能力提升年活动\n全省家庭医生签约工作推进会召开",
        title: Some("青禾县：家庭医生签约服务覆盖率达到八成"),
        published_at: Some("2026-03-05T08:30"),
        source: Some("湖川日报"),
        authors: &["林晓岚", "吴承泽"],
        editors: &["陈思远"],
        body_has: &["全县家庭医生签约服务覆盖率达到81.5%", "该县组建家庭医生团队126个", "我们将把签约服务延伸到偏远村组"],
        body_lacks: &["相关新闻", "青禾县启动基层医疗能力提升年活动", "全省家庭医生签约工作推进会召开", "首页", "（完）"],
    },
    // A Taiwan portal: a breaking-news line of another story above the headline, 記者X／台北報導, ▲ caption with its credit, share buttons, 更多新聞.
    Page {
        text: "健康新聞\n快訊／颱風將登陸 氣象署發布海上警報\n衛福部擴大長照補助 新增十萬名失能長者受惠\n2026/03/05 14:20\n記者張雅婷／台北報導\n衛生福利部今（5）日宣布，自4月1日起擴大長照2.0補助範圍，預估新增約10萬名失能長者受惠。\n衛福部長照司司長王建中表示，新制將提高居家服務的給付額度，每月最高增加3000元。\n▲衛福部今日召開記者會說明長照新制。（圖／記者張雅婷攝）\n他指出，今年長照預算編列新台幣920億元，較去年成長12%。\n分享\nFacebook\nLINE\n更多新聞\n健保署公布門診藥品新規定",
        title: Some("卫福部扩大长照补助 新增十万名失能长者受惠"),
        published_at: Some("2026-03-05T14:20"),
        source: None,
        authors: &["张雅婷"],
        editors: &[],
        body_has: &["扩大长照2.0补助范围", "新制将提高居家服务的给付额度", "今年长照预算编列新台币920亿元"],
        body_lacks: &["召开记者会说明长照新制", "气象署", "更多新闻", "健保署公布门诊药品新规定"],
    },
    // A Taiwan repost of a wire: 中央社記者X台北5日電 on its own line, ROC publication date, editor note with serial number.
    Page {
        text: "首頁 > 生活 > 醫療保健\n疾管署：流感疫苗第二階段開打 65歲以上長者優先\n中央社記者李承翰台北5日電\n發布日期：115年3月5日\n疾病管制署今天表示，公費流感疫苗第二階段將於3月10日開打，65歲以上長者及慢性病患者優先接種。\n疾管署副署長陳怡君說，目前全國已有520萬人完成接種，疫苗覆蓋率約22%。（編輯：黃志明）1150305\n本文由中央社授權轉載\n延伸閱讀\n疾管署提醒民眾春節期間注意腸病毒",
        title: Some("疾管署：流感疫苗第二阶段开打 65岁以上长者优先"),
        published_at: Some("2026-03-05"),
        source: Some("中央社"),
        authors: &["李承翰"],
        editors: &["黄志明"],
        body_has: &["公费流感疫苗第二阶段将于3月10日开打", "目前全国已有520万人完成接种"],
        body_lacks: &["延伸阅读", "疾管署提醒民众春节期间注意肠病毒", "授权转载", "首页"],
    },
    // A hospital site: publisher and view counter in the byline, 文/X 图/Y, reviewer and editor, QR-code caption, address and phone footer.
    Page {
        text: "仁和市第一人民医院\n当前位置：首页 > 医院新闻 > 院内动态\n我院成功开展首例机器人辅助膝关节置换手术\n发布者：宣传科  发布时间：2026年3月5日  浏览次数：1286\n3月3日，我院骨科团队成功为一名68岁患者实施机器人辅助全膝关节置换手术，这是我市首例此类手术。\n骨科主任郑国平介绍，与传统手术相比，机器人辅助手术定位误差小于1毫米，患者术后第二天即可下床行走。\n图为手术现场\n文/宋佳琪 图/何立军\n审核：刘海  编辑：曹敏\n扫一扫关注我们\n地址：仁和市建设路88号  电话：0571-12345678\nCopyright © 2026 仁和市第一人民医院 版权所有  浙ICP备05012345号-1",
        title: Some("我院成功开展首例机器人辅助膝关节置换手术"),
        published_at: Some("2026-03-05"),
        source: None,
        authors: &["宋佳琪"],
        editors: &["曹敏"],
        body_has: &["我院骨科团队成功为一名68岁患者", "机器人辅助手术定位误差小于1毫米"],
        body_lacks: &["图为手术现场", "扫一扫", "建设路88号", "Copyright", "浏览次数", "当前位置"],
    },
    // A WeChat post: 原创 header with account, date and where it was posted from (发表于), follow prompt, 往期推荐 list.
    Page {
        text: "蓝城市启动儿童近视防控三年行动\n原创 蓝城市卫健委 健康蓝城 2026-03-05 18:30 发表于江海\n点击蓝字 关注我们\n近日，蓝城市卫生健康委员会联合市教育局印发《蓝城市儿童青少年近视防控三年行动方案（2026—2028年）》。\n方案提出，到2028年，全市儿童青少年总体近视率每年降低0.5个百分点以上。\n各中小学校要保证学生每天校内外户外活动时间不少于2小时。\n来源：蓝城市卫生健康委员会\n编辑：唐小雨\n审核：韩冬\n往期推荐\n蓝城市医保门诊共济新政今起实施\n喜欢就点个“在看”吧\n阅读原文",
        title: Some("蓝城市启动儿童近视防控三年行动"),
        published_at: Some("2026-03-05T18:30"),
        source: Some("蓝城市卫生健康委员会"),
        authors: &[],
        editors: &["唐小雨"],
        body_has: &["联合市教育局印发", "全市儿童青少年总体近视率每年降低", "各中小学校要保证学生每天"],
        body_lacks: &["点击蓝字", "往期推荐", "蓝城市医保门诊共济新政今起实施", "在看", "阅读原文"],
    },
    // A portal repost: share/report widgets, reporter after the outlet mark, closing source and author line, an editor with a portal staff code.
    Page {
        text: "网易首页 > 健康频道 > 正文\n三部门联合发文规范互联网诊疗\n2026-03-05 09:15:32　来源: 北方法制报\n举报\n0\n分享至\n北方法制报讯 记者 孟凡宇 近日，国家卫生健康委、国家中医药局、国家医保局联合印发通知，进一步规范互联网诊疗活动。\n通知明确，互联网医院不得在首诊时开具处方，违反规定的将被依法处理。\n业内人士认为，新规将推动行业健康发展。\n本文来源：北方法制报 作者：孟凡宇\n责任编辑：王晓晨_NB4521\n热门推荐",
        title: Some("三部门联合发文规范互联网诊疗"),
        published_at: Some("2026-03-05T09:15:32"),
        source: Some("北方法制报"),
        authors: &["孟凡宇"],
        editors: &["王晓晨"],
        body_has: &["联合印发通知", "互联网医院不得在首诊时开具处方", "新规将推动行业健康发展"],
        body_lacks: &["举报", "分享至", "热门推荐", "本文来源", "NB4521"],
    },
    // A Hong Kong paper: date with weekday and time, 【本報訊】, photo credit, editor, print link.
    Page {
        text: "香港新聞\n醫管局推出新措施縮短急症室輪候時間\n2026年3月5日 星期四 12:05\n【本報訊】醫院管理局今日宣布，由下月起在七間公立醫院急症室推行分流新措施，預計可縮短非緊急病人輪候時間約三成。\n醫管局總行政經理陳嘉欣表示，新措施涉及額外人手約200名，開支約1.2億元。\n（圖：醫管局提供）\n責任編輯：梁志強\n列印",
        title: Some("医管局推出新措施缩短急症室轮候时间"),
        published_at: Some("2026-03-05T12:05"),
        source: None,
        authors: &[],
        editors: &["梁志强"],
        body_has: &["在七间公立医院急症室推行分流新措施", "新措施涉及额外人手约200名"],
        body_lacks: &["医管局提供", "列印", "香港新闻"],
    },
    // A county government site: 信息来源 / 发布时间 2026/3/5 / 点击数 byline, print/close links, organizer and ICP footer.
    Page {
        text: "石门县人民政府门户网站\n您现在的位置：首页 > 政务公开 > 部门动态\n石门县开展春季爱国卫生运动\n信息来源：县卫生健康局　　发布时间：2026/3/5　　点击数：356\n3月4日，石门县在城关镇举行春季爱国卫生运动启动仪式，全县各乡镇、各部门干部群众500余人参加。\n活动期间，各单位将集中整治背街小巷、农贸市场等重点区域环境卫生。\n【打印本页】【关闭窗口】\n主办单位：石门县人民政府办公室  技术支持：石门县大数据中心\n湘ICP备12345678号  湘公网安备 43072602000123号",
        title: Some("石门县开展春季爱国卫生运动"),
        published_at: Some("2026-03-05"),
        source: Some("县卫生健康局"),
        authors: &[],
        editors: &[],
        body_has: &["举行春季爱国卫生运动启动仪式", "各单位将集中整治背街小巷"],
        body_lacks: &["打印本页", "主办单位", "ICP", "公网安备", "点击数", "您现在的位置"],
    },
    // An edition line of a paper over a wire story: the wire dateline names the source.
    Page {
        text: "人民健康报 2026年03月05日 第04版\n医保基金运行总体平稳\n新华社北京3月5日电（记者胡晓燕、田野）国家医保局5日发布数据显示，2025年全国基本医保基金总收入3.5万亿元，同比增长4.2%。\n数据显示，全国基本医疗保险参保人数达13.2亿人，参保率稳定在95%以上。\n【纠错】\n【责任编辑：苏婉清】",
        title: Some("医保基金运行总体平稳"),
        published_at: Some("2026-03-05"),
        source: Some("新华社"),
        authors: &["胡晓燕", "田野"],
        editors: &["苏婉清"],
        body_has: &["国家医保局5日发布数据显示", "全国基本医疗保险参保人数达13.2亿人"],
        body_lacks: &["纠错", "第04版"],
    },
    // An interview: a column prefix on the title, Q&A turns opening with a question of the reporter, a photo caption, keywords.
    Page {
        text: "健康时报网\n专访｜县医院院长谈医共体建设：让群众在家门口看好病\n2026-03-05 16:40 来源：健康时报网 作者：文/邱雨桐\n记者：医共体建设两年来，最大的变化是什么？\n马德华：最大的变化是县域内就诊率提高到了90%，群众不用再往大城市跑。\n记者：下一步有什么打算？\n马德华：我们计划今年再引进5名学科带头人，建设胸痛中心和卒中中心。\n马德华在接受采访（邱雨桐 摄）\n关键词：医共体 县医院",
        title: Some("县医院院长谈医共体建设：让群众在家门口看好病"),
        published_at: Some("2026-03-05T16:40"),
        source: Some("健康时报网"),
        authors: &["邱雨桐"],
        editors: &[],
        body_has: &["医共体建设两年来，最大的变化是什么", "县域内就诊率提高到了90%", "下一步有什么打算", "我们计划今年再引进5名学科带头人"],
        body_lacks: &["马德华在接受采访", "关键词"],
    },
    // A Taiwan health site: 文／X 圖／Y credit, 更多新聞 list, copyright notice.
    Page {
        text: "民眾健康網\n首頁 › 醫藥新聞\n國健署推出戒菸新方案 門診補助增至每次500元\n2026-03-05 發布\n文／許家豪 圖／國健署提供\n國民健康署今（5）日宣布，自115年4月1日起提高戒菸門診補助，每次補助由300元增至500元。\n國健署署長林美華表示，國內成人吸菸率已降至12.5%，但仍有約220萬名吸菸者。\n更多新聞\n國健署提醒民眾注意室內空氣品質\n本網站著作權屬於民眾健康網，禁止轉載",
        title: Some("国健署推出戒烟新方案 门诊补助增至每次500元"),
        published_at: Some("2026-03-05"),
        source: ANY,
        authors: &["许家豪"],
        editors: &[],
        body_has: &["提高戒烟门诊补助", "国内成人吸烟率已降至12.5%"],
        body_lacks: &["更多新闻", "国健署提醒民众注意室内空气品质", "著作权", "首页"],
    },
    // An evening paper: outlet beside the time, reporter and correspondent, editor and proofreader, QR-code lines.
    Page {
        text: "北江晚报\n市疾控发布春季传染病防控提示\n2026年3月5日 10:21  北江晚报\n记者 邹宇航 通讯员 杜文静\n春季是流感、诺如病毒感染等传染病高发季节。市疾控中心5日提醒，市民要注意勤洗手、常通风。\n市疾控中心传染病防制科科长叶明远介绍，近一周全市流感样病例占门诊病例的比例为4.3%，处于较低水平。\n编辑 彭洁 校对 姚强\n二维码\n扫码下载北江晚报客户端",
        title: Some("市疾控发布春季传染病防控提示"),
        published_at: Some("2026-03-05T10:21"),
        source: Some("北江晚报"),
        authors: &["邹宇航"],
        editors: &["彭洁"],
        body_has: &["春季是流感、诺如病毒感染等传染病高发季节", "近一周全市流感样病例占门诊病例的比例为4.3%"],
        body_lacks: &["二维码", "扫码下载", "校对"],
    },
    // A Taiwan paper: masthead / reporters／place in one byline, a caption closed by 記者X／攝影, 延伸閱讀.
    Page {
        text: "台中市推動高齡友善醫院 年底前達30家\n2026-03-05 09:12 聯晴報 / 記者吳佩珊、高振宇／台中即時報導\n台中市衛生局今天表示，今年將再輔導12家醫院通過高齡友善認證，年底前全市達30家。\n衛生局長蔡文雄說，高齡友善醫院須設置無障礙動線及長者專屬掛號櫃台。\n延伸閱讀\n中市長照據點突破500處",
        title: Some("台中市推动高龄友善医院 年底前达30家"),
        published_at: Some("2026-03-05T09:12"),
        source: Some("联晴报"),
        authors: &["吴佩珊", "高振宇"],
        editors: &[],
        body_has: &["今年将再辅导12家医院通过高龄友善认证", "高龄友善医院须设置无障碍动线"],
        body_lacks: &["延伸阅读", "中市长照据点突破500处"],
    },
    // A provincial site: time, source and the font-size widget on one line.
    Page {
        text: "江宁省卫生健康委员会\n首页 > 新闻动态 > 市县动态\n秋原市：三项举措提升基层急救能力\n时间：2026年03月05日 10:21 来源：秋原市卫生健康委员会 【字体：大 中 小】 视力保护色\n近年来，秋原市持续加强基层急救体系建设，全市乡镇卫生院急救站点覆盖率达到100%。\n一是完善站点布局。新建急救分站8个，平均急救半径缩短至8公里。\n二是强化人员培训。全年培训基层急救人员1200人次。\n三是推进信息化建设。建成市级急救指挥调度平台，实现120呼叫统一受理。\n【打印本页】 【关闭窗口】\n相关链接：国家卫生健康委 | 江宁省人民政府",
        title: Some("秋原市：三项举措提升基层急救能力"),
        published_at: Some("2026-03-05T10:21"),
        source: Some("秋原市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["全市乡镇卫生院急救站点覆盖率达到100%", "一是完善站点布局", "全年培训基层急救人员1200人次", "实现120呼叫统一受理"],
        body_lacks: &["打印本页", "相关链接", "视力保护色", "首页"],
    },
    // A Taiwan ministry press release: ROC date 115-03-05, 發布單位, contact and phone lines.
    Page {
        text: "衛生福利部\n新聞稿\n發布日期：115-03-05\n發布單位：醫事司\n衛福部啟動護理人力留任方案 三班護病比入法\n為改善護理人員執業環境，衛生福利部今日宣布啟動護理人力留任方案，預計三年投入新臺幣200億元。\n醫事司司長劉立德表示，三班護病比將於明年正式入法，違反規定的醫院將處以罰鍰。\n聯絡人：醫事司科長 賴美玲\n電話：02-85901234",
        title: Some("卫福部启动护理人力留任方案 三班护病比入法"),
        published_at: Some("2026-03-05"),
        source: Some("医事司"),
        authors: &[],
        editors: &[],
        body_has: &["卫生福利部今日宣布启动护理人力留任方案", "三班护病比将于明年正式入法"],
        body_lacks: &["85901234", "联络人"],
    },
    // A portal: time and outlet, font widget, 原标题, outlet-glued reporter with an intern, editor with a code.
    Page {
        text: "新浪新闻 > 国内新闻\n多地医保局发布新规：门诊慢特病跨省直接结算扩围\n2026年03月05日 07:45 南风都市报\n[字号 大 中 小]\n原标题：门诊慢特病跨省直接结算再扩围\n南风都市报记者 丁宁 实习生 蔡晓雪\n记者从多地医保部门了解到，自3月起，高血压、糖尿病等5种门诊慢特病的跨省直接结算将覆盖所有统筹地区。\n据了解，截至去年底，全国门诊慢特病跨省直接结算累计惠及患者260万人次。\n责任编辑：郝佳音 SN222",
        title: Some("多地医保局发布新规：门诊慢特病跨省直接结算扩围"),
        published_at: Some("2026-03-05T07:45"),
        source: Some("南风都市报"),
        authors: &["丁宁"],
        editors: &["郝佳音"],
        body_has: &["记者从多地医保部门了解到", "累计惠及患者260万人次"],
        body_lacks: &["字号", "原标题", "SN222", "新浪新闻"],
    },
    // A hospital site: author with department, source, date, counter, △ caption, reviewer note, 上一条/下一条.
    Page {
        text: "洛川大学附属第二医院\n医院新闻\n我院举办第十届护理技能竞赛\n作者：护理部 梁芳  来源：党委宣传部  日期：2026-03-05  点击：523\n3月4日，我院第十届护理技能竞赛在临床技能中心举行，来自26个病区的78名护士参赛。\n△ 竞赛现场\n本次竞赛设置心肺复苏、静脉输液等6个项目，评出一等奖3名、二等奖6名。\n护理部主任严素云表示，将以赛促学，持续提升护理服务质量。\n（审核：方正清）\n上一条：我院专家赴云溪县开展义诊\n下一条：我院召开2026年医疗质量安全工作会议",
        title: Some("我院举办第十届护理技能竞赛"),
        published_at: Some("2026-03-05"),
        source: Some("党委宣传部"),
        authors: &["梁芳"],
        editors: &[],
        body_has: &["我院第十届护理技能竞赛在临床技能中心举行", "本次竞赛设置心肺复苏", "将以赛促学"],
        body_lacks: &["竞赛现场", "上一条", "下一条", "审核", "开展义诊"],
    },
    // An e-edition of a paper: masthead on its own line, edition line, 本报讯 with reporter and correspondent, edition navigation.
    Page {
        text: "清江日报\n2026年3月5日 第A03版：民生\n全市二级以上医院实现检查结果互认\n本报讯（记者 冉冬梅 通讯员 覃思雨）3月4日，记者从市卫生健康委获悉，全市28家二级以上医院已实现130项检查检验结果互认，预计每年可为患者节省费用约4000万元。\n市卫生健康委医政科负责人介绍，患者持互认结果就诊时，医生原则上不再重复检查。\n上一版  下一版  本版目录",
        title: Some("全市二级以上医院实现检查结果互认"),
        published_at: Some("2026-03-05"),
        source: Some("清江日报"),
        authors: &["冉冬梅"],
        editors: &[],
        body_has: &["全市28家二级以上医院已实现130项检查检验结果互认", "医生原则上不再重复检查"],
        body_lacks: &["上一版", "本版目录"],
    },
    // A broadcaster site: 央视网消息 lead, editor and responsible editor, share widget.
    Page {
        text: "央视网首页 > 新闻频道\n国家卫健委：今年将新增国家区域医疗中心项目10个\n2026年03月05日 19:42  来源：央视网\n央视网消息（新闻联播）：记者从国家卫生健康委获悉，今年将新增国家区域医疗中心建设项目10个，重点向中西部地区倾斜。\n截至目前，全国已设置国家区域医疗中心125个，覆盖所有省份。\n编辑：吕思琪 责任编辑：潘志刚\n分享到：",
        title: Some("国家卫健委：今年将新增国家区域医疗中心项目10个"),
        published_at: Some("2026-03-05T19:42"),
        source: Some("央视网"),
        authors: &[],
        editors: &["吕思琪", "潘志刚"],
        body_has: &["今年将新增国家区域医疗中心建设项目10个", "全国已设置国家区域医疗中心125个"],
        body_lacks: &["分享到", "央视网首页"],
    },
    // A WeChat post: 原创 header ending with a province, 文 | X and 编辑 | Y credits, picture source, END, 往期回顾.
    Page {
        text: "春季过敏高发，这份防护指南请收好\n原创 健康东川 2026年03月05日 08:00 四川\n文 | 黎晓月\n编辑 | 文静\n春季是过敏性疾病高发季节。东川市第二人民医院变态反应科主任申永红提醒，花粉过敏人群外出时应佩戴口罩。\n申永红介绍，该院变态反应科门诊量近期较平时增加约40%。\n图片来源：网络\nEND\n- 往期回顾 -\n长按识别二维码关注我们",
        title: Some("春季过敏高发，这份防护指南请收好"),
        published_at: Some("2026-03-05T08:00"),
        source: ANY,
        authors: &["黎晓月"],
        editors: &["文静"],
        body_has: &["春季是过敏性疾病高发季节", "该院变态反应科门诊量近期较平时增加约40%"],
        body_lacks: &["图片来源", "END", "往期回顾", "二维码"],
    },
    // A Taiwan portal: 記者X／綜合報導, ▲ caption with 翻攝 credit, ► related links, keywords.
    Page {
        text: "流感疫情升溫 疾管署籲高風險族群儘速接種\n記者鄭怡君／綜合報導\n疾管署今（5）日表示，上週類流感門急診就診人次達11萬，較前一週上升8%。\n▲疾管署呼籲民眾儘速接種流感疫苗。（圖／翻攝自疾管署臉書）\n疾管署發言人羅一鈞說，目前流行的病毒株以A型H3N2為主。\n►疾管署：腸病毒進入流行期\n►春節連假後急診人潮湧現\n關鍵字：流感 疫苗 疾管署",
        title: Some("流感疫情升温 疾管署吁高风险族群尽速接种"),
        published_at: None,
        source: None,
        authors: &["郑怡君"],
        editors: &[],
        body_has: &["上周类流感门急诊就诊人次达11万", "目前流行的病毒株以A型H3N2为主"],
        body_lacks: &["翻摄", "肠病毒进入流行期", "春节连假后急诊人潮涌现", "关键字"],
    },
    // A commentary: 本报评论员 byline, source line with date and page.
    Page {
        text: "医共体建设要防止“换汤不换药”\n■ 本报评论员 雷振华\n推进紧密型县域医共体建设，关键在于人财物的统一管理。一些地方挂了牌子，却没有真正打破机构间的壁垒。\n医共体建设不是简单的“拼盘”，而要形成利益共同体和责任共同体。\n来源：南岭日报 2026年3月5日 第5版",
        title: Some("医共体建设要防止“换汤不换药”"),
        published_at: Some("2026-03-05"),
        source: Some("南岭日报"),
        authors: &["雷振华"],
        editors: &[],
        body_has: &["推进紧密型县域医共体建设", "医共体建设不是简单的“拼盘”"],
        body_lacks: &["第5版", "本报评论员"],
    },
    // A national portal: channel crumb, time | source with channel, font widget, agency-shaped dateline, (责编：A、B).
    Page {
        text: "北辰网 >> 健康频道\n全省建成县域医疗次中心45家\n2026年03月05日08:21 | 来源：北辰网-健康频道\n小字号\n北辰网太原3月5日电 （记者尹文博）记者从省卫生健康委获悉，截至2月底，全省已建成县域医疗次中心45家，服务覆盖人口超过600万。\n下一步，全省将再建设县域医疗次中心20家。\n（责编：袁可欣、邵明）\n分享让更多人看到",
        title: Some("全省建成县域医疗次中心45家"),
        published_at: Some("2026-03-05T08:21"),
        source: Some("北辰网-健康频道"),
        authors: &["尹文博"],
        editors: &["袁可欣", "邵明"],
        body_has: &["全省已建成县域医疗次中心45家", "全省将再建设县域医疗次中心20家"],
        body_lacks: &["小字号", "分享让更多人看到", "责编"],
    },
    // A news agency site: dateline with reporter in ASCII brackets, (完), 【编辑:X】.
    Page {
        text: "浙东省推行“一码就医” 覆盖全部公立医院\n2026年03月05日 14:08\n来源：中国新闻网\n中新网杭州3月5日电(记者 施琳)5日，记者从浙东省卫生健康委了解到，该省已在全部公立医院推行“一码就医”，患者凭医保码即可完成挂号、缴费等全流程服务。\n据统计，去年全省“一码就医”服务量超过1.8亿人次。(完)\n【编辑:谭晶】",
        title: Some("浙东省推行“一码就医” 覆盖全部公立医院"),
        published_at: Some("2026-03-05T14:08"),
        source: Some("中国新闻网"),
        authors: &["施琳"],
        editors: &["谭晶"],
        body_has: &["该省已在全部公立医院推行“一码就医”", "服务量超过1.8亿人次"],
        body_lacks: &["(完)", "编辑"],
    },
    // A Q&A explainer: column prefix, 问/答 turns.
    Page {
        text: "问答｜门诊共济报销怎么算？医保局权威解答\n2026-03-05 10:00 来源：临水市医疗保障局\n问：职工医保门诊共济政策实施后，个人账户的钱还能用吗？\n答：能用。个人账户资金可继续用于支付在定点医疗机构就医发生的个人负担费用。\n问：门诊报销的起付标准是多少？\n答：在职职工一个年度内起付标准为800元，退休人员为600元。",
        title: Some("门诊共济报销怎么算？医保局权威解答"),
        published_at: Some("2026-03-05T10:00"),
        source: Some("临水市医疗保障局"),
        authors: &[],
        editors: &[],
        body_has: &["职工医保门诊共济政策实施后", "个人账户资金可继续用于支付", "门诊报销的起付标准是多少", "退休人员为600元"],
        body_lacks: &[],
    },
    // A Hong Kong paper: 【X報專訊】 lead, closing (記者 X 報道).
    Page {
        text: "本港新聞\n私家醫生參與長者醫療券計劃創新高\n【港晴報專訊】衞生署昨日公布，去年參與長者醫療券計劃的私家醫護人員超過一萬二千人，創歷年新高。\n衞生署發言人表示，計劃全年涉及金額約四十億元。\n（記者 麥嘉敏 報道）",
        title: Some("私家医生参与长者医疗券计划创新高"),
        published_at: None,
        source: Some("港晴报"),
        authors: &["麦嘉敏"],
        editors: &[],
        body_has: &["去年参与长者医疗券计划的私家医护人员超过一万二千人", "计划全年涉及金额约四十亿元"],
        body_lacks: &["本港新闻", "麦嘉敏"],
    },
    // A news app page: open-app prompts, outlet beside the time, 展开全文, report/feedback.
    Page {
        text: "打开APP\n全国首个罕见病诊疗协作网省级分中心揭牌\n健康潮报 2026-03-05 11:23:09\n关注\n3月5日，全国罕见病诊疗协作网东湖省级分中心在东湖省人民医院揭牌。\n该分中心将承担全省罕见病病例登记、会诊转诊等工作。\n展开全文\n打开APP阅读更多精彩内容\n举报/反馈",
        title: Some("全国首个罕见病诊疗协作网省级分中心揭牌"),
        published_at: Some("2026-03-05T11:23:09"),
        source: Some("健康潮报"),
        authors: &[],
        editors: &[],
        body_has: &["全国罕见病诊疗协作网东湖省级分中心", "该分中心将承担全省罕见病病例登记"],
        body_lacks: &["展开全文", "打开APP", "举报"],
    },
    // A township site: time with 时/分, author and source on one line, scan-to-open prompt.
    Page {
        text: "白沙镇人民政府\n白沙镇开展孕产妇健康管理专项行动\n发布时间：2026年03月05日 10时21分 作者：马小燕 来源：白沙镇卫生院\n为提高孕产妇系统管理率，白沙镇卫生院近日开展孕产妇健康管理专项行动，对辖区内126名孕产妇逐一建档随访。\n卫生院院长许国庆表示，将确保孕产妇系统管理率达到90%以上。\n扫一扫在手机打开当前页",
        title: Some("白沙镇开展孕产妇健康管理专项行动"),
        published_at: Some("2026-03-05T10:21"),
        source: Some("白沙镇卫生院"),
        authors: &["马小燕"],
        editors: &[],
        body_has: &["对辖区内126名孕产妇逐一建档随访", "将确保孕产妇系统管理率达到90%以上"],
        body_lacks: &["扫一扫"],
    },
    // A wire story in traditional script: bracketed dateline, editor note with serial, 更新時間 line.
    Page {
        text: "長照3.0規劃出爐 失智照護據點倍增\n（中央社記者蘇怡如台北5日電）衛福部今天公布長照3.0規劃，預計4年內失智照護據點由550處增至1100處。\n衛福部次長林麗珠說，長照3.0將強化醫療與照護整合。（編輯：陳正偉）1150305\n更新時間：2026/03/05 16:41",
        title: Some("长照3.0规划出炉 失智照护据点倍增"),
        published_at: Some("2026-03-05T16:41"),
        source: Some("中央社"),
        authors: &["苏怡如"],
        editors: &["陈正伟"],
        body_has: &["卫福部今天公布长照3.0规划", "长照3.0将强化医疗与照护整合"],
        body_lacks: &["1150305", "更新时间"],
    },
    // A city paper: hot-news list above the title, comment box below the body.
    Page {
        text: "热点新闻\n1 全国两会健康议题前瞻\n2 医保谈判药品落地情况调查\n3 春季流感防治指南发布\n石岭市开通首条“120”空中急救航线\n2026-03-05 15:30:12 来源：石岭晚报 作者：童心怡\n3月5日上午，石岭市首条“120”空中急救航线正式开通，急救直升机可在30分钟内覆盖全市主要区县。\n据悉，航线开通后，重症患者转运时间预计缩短一半以上。\n网友评论\n登录后发表评论",
        title: Some("石岭市开通首条“120”空中急救航线"),
        published_at: Some("2026-03-05T15:30:12"),
        source: Some("石岭晚报"),
        authors: &["童心怡"],
        editors: &[],
        body_has: &["石岭市首条“120”空中急救航线正式开通", "重症患者转运时间预计缩短一半以上"],
        body_lacks: &["全国两会健康议题前瞻", "网友评论", "登录后发表评论"],
    },
    // A notice: headings and short lines of time and place inside the body stay body.
    Page {
        text: "关于举办基层卫生人员培训班的通知\n发布时间：2026-03-05 来源：市卫生健康委\n各区卫生健康局：\n为提升基层医务人员能力，我委决定举办基层卫生人员培训班。现将有关事项通知如下：\n一、培训时间\n2026年3月18日至20日\n二、培训地点\n市卫生健康培训中心（滨河路18号）\n三、参训人员\n各社区卫生服务中心全科医生，每单位2名。\n请各单位于3月12日前报送参训人员名单。",
        title: Some("关于举办基层卫生人员培训班的通知"),
        published_at: Some("2026-03-05"),
        source: Some("市卫生健康委"),
        authors: &[],
        editors: &[],
        body_has: &["一、培训时间", "2026年3月18日至20日", "市卫生健康培训中心（滨河路18号）", "每单位2名", "请各单位于3月12日前报送"],
        body_lacks: &[],
    },
    // A list of measures: unpunctuated list lines between prose stay body.
    Page {
        text: "我省出台十条措施支持中医药传承创新\n2026年3月5日 10:00 来源：省政府网站\n近日，省政府办公厅印发《支持中医药传承创新发展的若干措施》，提出十条具体举措。\n主要内容包括：\n加大中医药人才培养力度\n支持中医医院建设重点专科\n推进中医药服务进基层\n《措施》明确，到2027年，全省每个县级中医医院至少建成2个省级重点专科。",
        title: Some("我省出台十条措施支持中医药传承创新"),
        published_at: Some("2026-03-05T10:00"),
        source: Some("省政府网站"),
        authors: &[],
        editors: &[],
        body_has: &["提出十条具体举措", "加大中医药人才培养力度", "支持中医医院建设重点专科", "推进中医药服务进基层", "至少建成2个省级重点专科"],
        body_lacks: &[],
    },
    // A WeChat post with no headline whose opening sentences are broken into short lines
    // (one ends in 的, one opens with 和), the first holding only the month.
    Page {
        text: "2026年5月\n是全省第12个健康素养宣传月\n5月8日上午\n青柳市卫健委、市健康教育所\n和南湾街道办事处在枫林社区共同举办\n以“健康生活 快乐运动”为主题的\n健康素养宣传月启动仪式\n启动仪式上，市卫健委副主任周明远介绍了全年工作安排。\n活动现场，300余名居民参加了义诊和健康咨询。",
        title: None,
        published_at: None,
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["2026年5月", "是全省第12个健康素养宣传月", "和南湾街道办事处在枫林社区共同举办", "健康素养宣传月启动仪式", "300余名居民参加了义诊"],
        body_lacks: &[],
    },
    // A paper's page with a date widget in its header and an editor's note opening the same
    // way (今天是…) in the body: the widget leaves, the note stays.
    Page {
        text: "今天是2026年10月18日 星期日\n首页 | 要闻 | 健康 | 法治\n照护失能老人，难在哪里\n2026-10-18 07:30 来源：江北法治报\n编者按\n今天是重阳节，本报健康周刊关注居家照护的失能老人，推出系列报道，从政策层面探讨照护难题，敬请关注。\n家住城东的老周今年82岁，吃饭、穿衣都离不开家人照顾。\n据统计，当地失能老人约有1.2万人。",
        title: Some("照护失能老人，难在哪里"),
        published_at: Some("2026-10-18T07:30"),
        source: Some("江北法治报"),
        authors: &[],
        editors: &[],
        body_has: &["今天是重阳节，本报健康周刊关注居家照护的失能老人", "老周今年82岁"],
        body_lacks: &["星期日", "首页"],
    },
    // A wire feature: the dateline heads the title (`电 题：`); picture editor and proofreader beside the editor.
    Page {
        text: "新华社青柳5月6日电 题：家门口的好医生——青柳县推进优质医疗资源下沉\n新华社记者 房一舟 车小满\n记者6日从青柳县卫生健康局获悉，全县已有36名城市医院专家下沉到乡镇卫生院。\n【相关阅读】青柳县启动儿童健康管理项目\n青柳县卫生健康局有关负责人表示，今年将再选派20名专家。\n点击进入专题\n下一步，青柳县将把专家坐诊延伸到村卫生室。\n责任编辑：冉一舟 图片编辑：陆子昂\n校对：丁思",
        title: Some("家门口的好医生——青柳县推进优质医疗资源下沉"),
        published_at: None,
        source: Some("新华社"),
        authors: &["房一舟", "车小满"],
        editors: &["冉一舟"],
        body_has: &["全县已有36名城市医院专家下沉", "今年将再选派20名专家", "把专家坐诊延伸到村卫生室"],
        body_lacks: &["相关阅读", "青柳县启动儿童健康管理项目", "点击进入专题"],
    },
    // A county site naming itself as the source (`来源：本站`); a post's bar-labelled source on a line of its own.
    Page {
        text: "青柳县开展职业健康体检\n发布时间：2026-05-06 来源：本站 字号：【大 中 小】\n青柳县疾控中心日前为全县1200名劳动者开展免费体检。\n体检发现疑似职业病病例3例。\n（原标题：青柳为千余名劳动者免费体检）",
        title: Some("青柳县开展职业健康体检"),
        published_at: Some("2026-05-06"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["为全县1200名劳动者开展免费体检", "体检发现疑似职业病病例3例"],
        body_lacks: &["原标题", "字号"],
    },
    Page {
        text: "青柳医院开设睡眠门诊\n2026-05-06\n青柳医院近日开设睡眠门诊，为睡眠障碍患者提供诊疗服务。\n该院去年接诊睡眠障碍患者3200余人次。\n来源丨青柳健康\n编辑丨骆一雨\n审核丨尚二哲",
        title: Some("青柳医院开设睡眠门诊"),
        published_at: Some("2026-05-06"),
        source: Some("青柳健康"),
        authors: &[],
        editors: &["骆一雨"],
        body_has: &["青柳医院近日开设睡眠门诊", "3200余人次"],
        body_lacks: &["青柳健康", "审核"],
    },
    // A paper's feature: a quoted remark as headline, the subtitle that explains it, then the byline with the edition's date.
    Page {
        text: "第6版：健康\n返回目录 放大 缩小\n“饭后走一走，活到九十九”\n青柳县健步走人数三年翻一番\n■青柳日报记者 孔一凡 《青柳日报》（2026年05月06日 第 6 版）\n清晨六点，青柳县滨河步道上已有不少健步走的市民。\n据统计，全县经常参加健步走的居民已达4.2万人。",
        title: Some("“饭后走一走，活到九十九”"),
        published_at: Some("2026-05-06"),
        source: Some("青柳日报"),
        authors: &["孔一凡"],
        editors: &[],
        body_has: &["青柳县滨河步道上已有不少健步走的市民", "全县经常参加健步走的居民已达4.2万人"],
        body_lacks: &["返回目录"],
    },
    // A headline in two lines above a short lead: no broken sentence, so the headline stays.
    Page {
        text: "青柳市召开\n全市家庭医生工作推进会\n5月8日，全市家庭医生工作推进会在青柳市召开。\n会议要求，各区要在年底前完成签约目标。",
        title: Some("全市家庭医生工作推进会"),
        published_at: None,
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["全市家庭医生工作推进会在青柳市召开", "各区要在年底前完成签约目标"],
        body_lacks: &[],
    },
    // A county paper: video, gallery and topic teasers printed between the paragraphs.
    Page {
        text: "柳川市推进基层医疗服务能力提升\n2027-04-12 09:30  来源：柳川日报\n本报讯 近日，柳川市卫生健康委员会召开会议，部署全年基层医疗服务能力提升工作。\n视频：柳川市举办家庭医生签约服务宣传周活动\n会议指出，今年全市将新建社区卫生服务中心9个，改造村卫生室64所。\n图集：走进柳川市第三人民医院新院区\n专题：2027年柳川民生实事\n会议要求，各区县要在6月底前完成建设方案报送。\n责任编辑：何青舟",
        title: Some("柳川市推进基层医疗服务能力提升"),
        published_at: Some("2027-04-12T09:30"),
        source: Some("柳川日报"),
        authors: &[],
        editors: &["何青舟"],
        body_has: &["部署全年基层医疗服务能力提升工作", "改造村卫生室64所", "完成建设方案报送"],
        body_lacks: &["宣传周活动", "新院区", "民生实事"],
    },
    // A county portal: the original title and the source glued after the last sentence of paragraphs.
    Page {
        text: "苇塘县开展健康义诊进乡村活动\n2027-06-03 10:15\n5月30日，苇塘县人民医院组织医务人员前往西岭镇开展义诊，共接诊群众480余人次。记者从苇塘县卫生健康局获悉。原标题：苇塘县义诊活动走进西岭镇\n下一步，该县将每月组织一次巡回义诊。来源：苇塘县融媒体中心\n责任编辑：石晓帆",
        title: Some("苇塘县开展健康义诊进乡村活动"),
        published_at: Some("2027-06-03T10:15"),
        source: Some("苇塘县融媒体中心"),
        authors: &[],
        editors: &["石晓帆"],
        body_has: &["记者从苇塘县卫生健康局获悉。", "每月组织一次巡回义诊。"],
        body_lacks: &["原标题", "走进西岭镇", "来源"],
    },
    // A Hong Kong page in traditional script: the source glued in brackets after the last sentence.
    Page {
        text: "衞生署推出長者疫苗接種新安排\n2027年5月6日 11:20\n衞生署今日宣布，由下月起擴大長者疫苗接種計劃，預計新增約三萬名長者受惠。（來源：港灣日報）",
        title: Some("卫生署推出长者疫苗接种新安排"),
        published_at: Some("2027-05-06T11:20"),
        source: Some("港湾日报"),
        authors: &[],
        editors: &[],
        body_has: &["预计新增约三万名长者受惠。"],
        body_lacks: &["来源", "港湾日报"],
    },
    // A wire item on a portal whose headline ends like an outlet's name (`…平台`): still the title.
    Page {
        text: "某某网 > 新闻中心 > 健康\n我国将建立全国统一的药品追溯协同平台\n2027-03-05 14:22:10　来源：新华社\n新华社北京3月5日电（记者乔振宇、邹雅琳）国家药监局5日发布消息，我国将于年内建成全国统一的药品追溯协同平台。\n据介绍，目前全国已有3.2万家药品生产经营企业接入追溯系统。\n【纠错】【责任编辑：秦川】",
        title: Some("我国将建立全国统一的药品追溯协同平台"),
        published_at: Some("2027-03-05T14:22:10"),
        source: Some("新华社"),
        authors: &["乔振宇", "邹雅琳"],
        editors: &["秦川"],
        body_has: &["我国将于年内建成全国统一的药品追溯协同平台。", "3.2万家药品生产经营企业"],
        body_lacks: &["纠错", "新闻中心"],
    },
    // A Taiwan page whose headline ends in `通報` (a word ending like `…報`, no outlet).
    Page {
        text: "健康新聞\n疾管署：本週新增三例麻疹境外移入病例通報\n2027/04/09 15:10\n記者溫雅筑／台北報導\n疾病管制署今（9）日表示，本週新增3例麻疹境外移入病例，均曾前往東南亞旅遊。\n疾管署提醒，出國前應確認疫苗接種紀錄。",
        title: Some("疾管署：本周新增三例麻疹境外移入病例通报"),
        published_at: Some("2027-04-09T15:10"),
        source: None,
        authors: &["温雅筑"],
        editors: &[],
        body_has: &["本周新增3例麻疹境外移入病例", "出国前应确认疫苗接种纪录。"],
        body_lacks: &["健康新闻"],
    },
    // A city portal printing when the page was changed before when it was published, on one line.
    Page {
        text: "某城网 > 本地新闻\n某城市医保局上调门诊统筹报销比例\n更新时间：2027-12-03 18:02　发布时间：2027-12-03 10:30　来源：某城市医疗保障局\n记者 庞子墨 汤诗雨\n12月3日，某城市医疗保障局发布通知，职工医保门诊统筹报销比例由50%提高到60%。\n据测算，新政策实施后每年可为参保人减轻负担约2.3亿元。\n编辑：凤一楠",
        title: Some("某城市医保局上调门诊统筹报销比例"),
        published_at: Some("2027-12-03T10:30"),
        source: Some("某城市医疗保障局"),
        authors: &["庞子墨", "汤诗雨"],
        editors: &["凤一楠"],
        body_has: &["职工医保门诊统筹报销比例由50%提高到60%。"],
        body_lacks: &["本地新闻", "更新时间"],
    },
    // A Hong Kong page with the update time on a line of its own between the title and the publication line.
    Page {
        text: "衞生署擴大長者疫苗資助計劃\n更新時間：2027年9月3日 09:12\n發佈時間：2027年9月2日 16:45\n衞生署今日宣布，由10月1日起擴大長者疫苗資助計劃，65歲或以上長者每人最多可獲資助500元。\n衞生署表示，計劃預計惠及約30萬名長者。",
        title: Some("卫生署扩大长者疫苗资助计划"),
        published_at: Some("2027-09-02T16:45"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["65岁或以上长者每人最多可获资助500元。", "计划预计惠及约30万名长者。"],
        body_lacks: &["更新时间"],
    },
    // An e-paper page: page turns and the list of the page's other articles after the body.
    Page {
        text: "岚江晚报\n2027年6月9日 第05版：健康\n岚江市启用首个儿童急救培训基地\n本报讯（记者 詹若溪）6月8日，岚江市儿童急救培训基地在市妇幼保健院启用，每年可培训家长和教师5000人次。\n基地负责人介绍，培训内容包括心肺复苏和气道异物处理。\n上一版 下一版\n本版其他文章\n岚江市口腔医院开设夜间门诊\n社区义诊走进南湾街道",
        title: Some("岚江市启用首个儿童急救培训基地"),
        published_at: Some("2027-06-09"),
        source: Some("岚江晚报"),
        authors: &["詹若溪"],
        editors: &[],
        body_has: &["每年可培训家长和教师5000人次。", "气道异物处理。"],
        body_lacks: &["上一版", "下一版", "本版其他文章", "口腔医院开设夜间门诊", "社区义诊走进南湾街道"],
    },
    // A comment box heading ends the page: furniture, not a cut sentence.
    Page {
        text: "桐原市推行检查检验结果互认\n2027-08-20 11:05　来源：桐原市卫生健康委\n8月起，桐原市36家公立医院实行检查检验结果互认，患者转院不必重复检查。\n据估算，此举每年可为患者节省费用约1800万元。\n最新评论",
        title: Some("桐原市推行检查检验结果互认"),
        published_at: Some("2027-08-20T11:05"),
        source: Some("桐原市卫生健康委"),
        authors: &[],
        editors: &[],
        body_has: &["节省费用约1800万元。"],
        body_lacks: &["最新评论"],
    },
    // A county site's page the crawler cut off inside the last sentence: the cut clause is the article's.
    Page {
        text: "苇塘县召开2027年卫生健康工作会议\n发布时间：2027-02-10\n2月9日，苇塘县召开2027年卫生健康工作会议，总结去年工作，部署今年任务。\n会议指出，去年全县家庭医生签约人数达到6.2万人。\n会议要求，全县",
        title: Some("苇塘县召开2027年卫生健康工作会议"),
        published_at: Some("2027-02-10"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["签约人数达到6.2万人。\n会议要求，全县"],
        body_lacks: &[],
    },
    // The same cut on a Hong Kong page in traditional script, and a short label after the last paragraph is still dropped.
    Page {
        text: "衞生署擴大長者疫苗資助\n2027年3月2日 星期二\n衞生署今日宣布，擴大長者疫苗資助計劃，預計惠及約30萬名長者。\n署長梁志榮認為，兩區",
        title: Some("卫生署扩大长者疫苗资助"),
        published_at: Some("2027-03-02"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["署长梁志荣认为，两区"],
        body_lacks: &[],
    },
    Page {
        text: "苇塘县启动健康乡村行动\n发布时间：2027-02-11\n2月10日，苇塘县启动健康乡村行动，计划三年内建成标准化村卫生室120个。\n苇塘县卫生健康局",
        title: Some("苇塘县启动健康乡村行动"),
        published_at: Some("2027-02-11"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["建成标准化村卫生室120个。"],
        body_lacks: &["苇塘县卫生健康局"],
    },
    // A commission's site: the source bar ends in bracketed print/close buttons, which credit nobody; a county section is no author.
    Page {
        text: "苇塘市卫生健康委员会\n首页 > 工作动态\n市卫生健康委召开2027年度安全生产工作会议\n发布日期：2027-04-09 来源：办公室 作者：疾控股 【我要打印】【关闭】\n4月8日，市卫生健康委召开2027年度安全生产工作会议，各直属单位负责人共40余人参加会议。\n会议强调，各单位要压紧压实安全生产责任。\n苇塘市卫生健康委员会主办 网站标识码3501000009",
        title: Some("市卫生健康委召开2027年度安全生产工作会议"),
        published_at: Some("2027-04-09"),
        source: ANY,
        authors: &[],
        editors: &[],
        body_has: &["共40余人参加会议。", "压紧压实安全生产责任。"],
        body_lacks: &["我要打印", "网站标识码"],
    },
    // A repost whose note opens with the text it names (`本文转自：`), editor in brackets at the foot.
    Page {
        text: "西岭县中医院开设夜间门诊\n2027年04月09日 08:45\n本文转自：苇塘晚报\n4月8日晚，西岭县中医院夜间门诊正式开诊，开设内科、儿科等5个科室。\n医院院长冯立川说，开诊首晚接诊患者46人次。\n（编辑 何芸）",
        title: Some("西岭县中医院开设夜间门诊"),
        published_at: Some("2027-04-09T08:45"),
        source: Some("苇塘晚报"),
        authors: &[],
        editors: &["何芸"],
        body_has: &["开设内科、儿科等5个科室。", "接诊患者46人次。"],
        body_lacks: &["本文转自"],
    },
    // A Hong Kong paper: the masthead in brackets before 讯 opens the text.
    Page {
        text: "港府增撥8億元支援基層醫療\n2027-04-09 08:05\n【苇塘報訊】特區政府昨日宣布增撥8億元支援基層醫療，其中5億元用於擴展地區康健中心服務。\n新措施將於今年下半年推行。",
        title: Some("港府增拨8亿元支援基层医疗"),
        published_at: Some("2027-04-09T08:05"),
        source: Some("苇塘报"),
        authors: &[],
        editors: &[],
        body_has: &["5亿元用于扩展地区康健中心服务。"],
        body_lacks: &[],
    },
    // A city paper's page: edition name first, the title with a column prefix printed twice, the time with seconds alone on its line, a reporters and correspondent credit, a caption closed by `X 摄`, an editor label without colon.
    Page {
        text: "临江晚报数字版\n健康观察丨社区卫生服务中心开设夜间门诊\n健康观察丨社区卫生服务中心开设夜间门诊\n2026-04-12 09:12:33\n来源：临江晚报\n记者 赵一鸣 钱晓峰 通讯员 孙立\n从本月起，临江市东湖社区卫生服务中心开设夜间门诊，每天18时至21时接诊。\n中心负责人介绍，夜间门诊主要提供常见病诊疗和慢病配药服务，开诊首周接诊患者460人次。\n医生在夜间门诊为居民测量血压 赵一鸣 摄\n“下班后也能看病，方便多了。”前来配药的居民说。\n责任编辑 周雨桐",
        title: Some("社区卫生服务中心开设夜间门诊"),
        published_at: Some("2026-04-12T09:12:33"),
        source: Some("临江晚报"),
        authors: &["赵一鸣", "钱晓峰"],
        editors: &["周雨桐"],
        body_has: &["开设夜间门诊，每天18时至21时接诊。", "下班后也能看病"],
        body_lacks: &["测量血压", "责任编辑", "数字版", "健康观察"],
    },
    // A Taiwan portal in traditional script: a breaking-news line of another story first, 發佈時間, two reporters／place, a ▲ caption with its 翻攝 credit, 延伸閱讀 list.
    Page {
        text: "即時新聞\n快訊／國道追撞事故 三車受損無人傷亡\n雲林偏鄉巡迴醫療車上路 每月服務逾千人次\n發佈時間：2026/04/12 10:35\n記者黃思涵、劉建宏／雲林報導\n雲林縣衛生局今（12）日宣布，巡迴醫療車正式上路，將每週前往12個偏鄉村落提供門診服務。\n衛生局長吳志明表示，醫療車配備心電圖及超音波設備，預估每月可服務逾1000人次。\n▲巡迴醫療車今日在縣府前廣場舉行啟用儀式。（圖／記者黃思涵翻攝）\n縣府也將與在地診所合作，提供慢性病用藥諮詢。\n延伸閱讀\n彰化長照據點再添三處\n嘉義縣推動社區篩檢",
        title: Some("云林偏乡巡回医疗车上路 每月服务逾千人次"),
        published_at: Some("2026-04-12T10:35"),
        source: None,
        authors: &["黄思涵", "刘建宏"],
        editors: &[],
        body_has: &["巡回医疗车正式上路", "提供慢性病用药咨询。"],
        body_lacks: &["县府前广场举行启用仪式", "延伸阅读", "长照据点再添三处", "社区筛检", "国道追撞"],
    },
    // A Hong Kong paper: masthead, channel, date with weekday and time, 【本報訊】 with the reporter in brackets, a bare 資料圖片 credit, editor.
    Page {
        text: "香江日報\n港聞\n衞生署擴大長者流感疫苗外展計劃\n2026年4月12日 星期日 08:05\n【本報訊】（記者 陳嘉欣）衞生署昨日宣布，今年秋季將擴大長者流感疫苗外展計劃，預計為逾三百間安老院舍的長者接種。\n衞生署發言人表示，外展隊伍會由醫生及護士組成，接種前會為長者進行簡單評估。\n資料圖片\n責任編輯：梁志豪",
        title: Some("卫生署扩大长者流感疫苗外展计划"),
        published_at: Some("2026-04-12T08:05"),
        source: Some("香江日报"),
        authors: &["陈嘉欣"],
        editors: &["梁志豪"],
        body_has: &["扩大长者流感疫苗外展计划，预计为逾三百间", "进行简单评估。"],
        body_lacks: &["资料图片", "港闻", "责任编辑"],
    },
    // A WeChat post: the account's slogan above the headline, 原创 header, follow prompt, 作者：小编 in the byline and a named reporter credited under the text, 审核 beside the editor.
    Page {
        text: "守护健康 从心开始\n今年起全市65岁以上老人可免费接种肺炎疫苗\n原创 雁湖健康 2026-04-12 20:15 发表于浙江\n点击上方蓝字关注我们\n作者：小编 来源：雁湖健康\n记者从雁湖市疾控中心获悉，今年起全市65岁以上常住老年人可免费接种肺炎球菌疫苗。\n接种地点为各社区卫生服务中心预防接种门诊，接种前需携带身份证。\n（记者 陶然 通讯员 吕晨）\n编辑：孙雨\n审核：韩立",
        title: Some("今年起全市65岁以上老人可免费接种肺炎疫苗"),
        published_at: Some("2026-04-12T20:15"),
        source: ANY,
        authors: &["陶然"],
        editors: &["孙雨"],
        body_has: &["可免费接种肺炎球菌疫苗。", "接种前需携带身份证。"],
        body_lacks: &["守护健康", "蓝字关注", "审核", "陶然"],
    },
    // A portal repost: crumb, time with seconds beside a source carrying a pinyin gloss, an editor label without colon, related-headline list.
    Page {
        text: "首页 > 新闻 > 健康\n南屏县推进紧密型县域医共体建设\n2026-04-12 16:20:05 来源：南屏日报(nán píng rì bào)\n南屏县卫生健康局日前召开医共体建设推进会，全县15家乡镇卫生院全部纳入医共体管理。\n截至3月底，县人民医院已向乡镇卫生院下派医生48名，开展远程会诊1200余例。\n编辑 冯晓\n相关阅读\n南屏县启动儿童口腔筛查\n全市医共体建设现场会召开",
        title: Some("南屏县推进紧密型县域医共体建设"),
        published_at: Some("2026-04-12T16:20:05"),
        source: Some("南屏日报"),
        authors: &[],
        editors: &["冯晓"],
        body_has: &["全部纳入医共体管理。", "开展远程会诊1200余例。"],
        body_lacks: &["相关阅读", "儿童口腔筛查", "现场会召开", "冯晓"],
    },
    // A provincial health commission site: crumb, `时间：` with weekday beside the source and an empty counter, a summary box, a series note, print/close links, organizer footer.
    Page {
        text: "雁湖省卫生健康委员会\n当前位置：首页 > 工作动态\n全省启动基层卫生人才“订单式”培养\n时间：2026年04月12日 星期日  来源：科技教育处  浏览次数：\n摘要：今年全省计划为基层定向培养医学生800名。\n今年全省计划为基层定向培养医学生800名，毕业后将回到乡镇卫生院工作不少于6年。\n省卫生健康委有关负责人介绍，定向医学生在校期间免除学费，并发放生活补助。\n本文系“基层卫生人才”系列报道之三，点击下方图片可阅读往期内容。\n【打印本页】【关闭窗口】\n主办：雁湖省卫生健康委员会  备案号：雁ICP备00000000号",
        title: Some("全省启动基层卫生人才“订单式”培养"),
        published_at: Some("2026-04-12"),
        source: Some("科技教育处"),
        authors: &[],
        editors: &[],
        body_has: &["毕业后将回到乡镇卫生院工作不少于6年。", "并发放生活补助。"],
        body_lacks: &["摘要", "系列报道之三", "打印本页", "主办", "当前位置"],
    },
    // A magazine: channel line first, a credit line naming the magazine with three reporters in brackets, a caption closed by `X 摄 / 本刊`.
    Page {
        text: "健康周刊\n村医队伍如何稳得住\n青岚周刊（记者 宋一帆 许明 白洁）\n2026-04-12 11:00\n在雁湖省北部山区，村医平均年龄已超过55岁，年轻人不愿回村的难题亟待破解。\n记者走访多个村卫生室发现，村医收入主要依靠基本公卫补助，每月不足3000元。\n山区村医背着药箱出诊 宋一帆 摄 / 本刊\n多位受访者建议，将村医纳入乡镇卫生院统一管理，落实养老保险。",
        title: Some("村医队伍如何稳得住"),
        published_at: Some("2026-04-12T11:00"),
        source: Some("青岚周刊"),
        authors: &["宋一帆", "许明", "白洁"],
        editors: &[],
        body_has: &["村医平均年龄已超过55岁", "落实养老保险。"],
        body_lacks: &["背着药箱出诊", "本刊"],
    },
    // A portal: an unmarked photo caption printed above the headline, the time with seconds alone, a paper's archive-picture credit between paragraphs.
    Page {
        text: "医护人员在抢救室内交接班。\n急诊“绿色通道”再提速 胸痛患者平均救治时间缩短20分钟\n2026-04-12 07:45:10\n来源：雁湖新闻网\n作者：夏雨晴\n雁湖市第二人民医院近日优化急诊流程，胸痛患者从进门到球囊扩张的平均时间缩短至65分钟。\n该院急诊科主任介绍，院前心电图可通过网络实时传输到院内，专家提前会诊。\n雁湖日报资料图片\n下一步，该院将把经验推广到卒中救治。\n责任编辑：程岩",
        title: Some("急诊“绿色通道”再提速 胸痛患者平均救治时间缩短20分钟"),
        published_at: Some("2026-04-12T07:45:10"),
        source: Some("雁湖新闻网"),
        authors: &["夏雨晴"],
        editors: &["程岩"],
        body_has: &["平均时间缩短至65分钟。", "推广到卒中救治。"],
        body_lacks: &["资料图片", "抢救室内交接班"],
    },
    // A wire story on its agency's site in traditional script: two reporters glued to the place, publication and update times on one line, editor note with serial.
    Page {
        text: "中央社即時\n疾管署：麻疹境外移入增 出國前應接種疫苗\n2026/04/12 15:02（2026/04/12 16:10 更新）\n（中央社記者林家瑜、鄭宇台北12日電）疾病管制署今天表示，今年累計5例麻疹境外移入病例，均有東南亞旅遊史。\n疾管署副署長李文傑指出，出國前應確認疫苗接種紀錄，必要時自費接種。\n（編輯：楊子平）1150412",
        title: Some("疾管署：麻疹境外移入增 出国前应接种疫苗"),
        published_at: Some("2026-04-12T15:02"),
        source: Some("中央社"),
        authors: &["林家瑜", "郑宇"],
        editors: &["杨子平"],
        body_has: &["今年累计5例麻疹境外移入病例", "必要时自费接种。"],
        body_lacks: &["1150412", "编辑"],
    },
    // A county site: `发布时间` and `来源` on one line joined by 、-free spacing, a dateline-free lead, a photo caption without mark naming a ceremony, `责任编辑 X` with a space.
    Page {
        text: "桐溪县人民政府\n桐溪县中医院新院区正式启用\n发布时间：2026年4月12日 星期日 来源：县卫生健康局\n4月10日，桐溪县中医院新院区正式启用，新增床位300张，开设专科门诊24个。\n副县长为新院区揭牌。\n新院区配备CT、磁共振等大型设备，可满足全县群众就近看中医的需求。\n责任编辑 郑楠\n上一篇：桐溪县开展世界卫生日宣传活动\n下一篇：桐溪县召开爱国卫生运动推进会",
        title: Some("桐溪县中医院新院区正式启用"),
        published_at: Some("2026-04-12"),
        source: Some("县卫生健康局"),
        authors: &[],
        editors: &["郑楠"],
        body_has: &["新增床位300张", "就近看中医的需求。"],
        body_lacks: &["副县长为新院区揭牌", "上一篇", "下一篇", "郑楠"],
    },
    // A Taiwan health site: 發佈時間 in the ROC calendar, `文／` and `圖／` credits, a photo caption without mark above the text.
    Page {
        text: "健康醫療網\n長者防跌三招 在家就能練\n發佈時間：115-04-12\n文／記者蔡佩君　圖／記者許志明\n社區長者參加防跌課程後合影留念。\n醫師指出，65歲以上長者每年約有三成曾經跌倒，其中一成會造成骨折。\n物理治療師建議，每天練習單腳站立、坐站訓練各10分鐘，可增強下肢肌力。\n更多新聞\n高血壓患者夏季用藥注意事項",
        title: Some("长者防跌三招 在家就能练"),
        published_at: Some("2026-04-12"),
        source: None,
        authors: &["蔡佩君"],
        editors: &[],
        body_has: &["每年约有三成曾经跌倒", "可增强下肢肌力。"],
        body_lacks: &["合影留念", "更多新闻", "用药注意事项"],
    },
    // A government press release in traditional script: the day under the headline, the day again with the clock time on the next line at the foot, a copyright line.
    Page {
        text: "政府新聞公報\n衞生署公布秋冬季疫苗接種安排\n2026年10月6日（星期二）\n衞生署今日公布，秋冬季流感疫苗接種計劃將於10月15日展開，合資格市民可於全港逾二千間私家診所接種。\n衞生署發言人表示，今年預計接種人數約一百八十萬。\n完\n2026年10月6日（星期二）\n香港時間11時45分\n2026 © 某某特別行政區政府",
        title: Some("卫生署公布秋冬季疫苗接种安排"),
        published_at: Some("2026-10-06T11:45"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["秋冬季流感疫苗接种计划将于10月15日展开", "约一百八十万。"],
        body_lacks: &["香港时间", "©", "2026年10月6日"],
    },
    // A city health commission's notice: the byline row with 作者 naming an office, font-size and print/close widgets in it, a signature, links to other sites, the sponsor and site-code footer.
    Page {
        text: "首页 > 政务公开 > 通知公告\n关于做好2026年春季传染病防控工作的通知\n发布日期：2026-03-12  来源：云岭市卫生健康委员会  作者：疾控科  字号：[大 中 小]  打印  关闭\n各县（市、区）卫生健康局，委直属各单位：\n当前正值春季传染病高发期，为切实做好防控工作，保障人民群众身体健康，现就有关事项通知如下。\n一、各地要加强流感、诺如病毒等重点传染病监测，发现聚集性疫情24小时内报告。\n二、各级医疗机构要落实预检分诊制度，发热门诊全天候开放。\n云岭市卫生健康委员会\n2026年3月11日\n【打印本页】【关闭窗口】\n相关链接：\n云岭市人民政府\n国家卫生健康委员会\n主办单位：云岭市卫生健康委员会  承办：市卫健委信息中心\n网站标识码：5301000012  滇公网安备 53010202000123号",
        title: Some("关于做好2026年春季传染病防控工作的通知"),
        published_at: Some("2026-03-12"),
        source: Some("云岭市卫生健康委员会"),
        authors: &["疾控科"],
        editors: &[],
        body_has: &["切实做好防控工作", "发现聚集性疫情24小时内报告"],
        body_lacks: &["打印本页", "相关链接", "网站标识码", "主办单位", "字号"],
    },
    // A weekly's report reposted by a site: a topic line above a column-prefixed headline (`X丨`), the magazine's own reporters (本刊记者) on a line, its issue line closing the text.
    Page {
        text: "专题：健康中国行动\n瞭望丨县域医共体建设进入深水区\n2026年03月05日 星期四 来源：新华网\n本刊记者 孙明哲 郭一帆\n今年是县域医共体建设全面推开的第三年。记者在中部多个县调研发现，医共体牵头医院与乡镇卫生院之间的人财物统一管理仍面临不少难题。\n某县卫生健康局负责人坦言，乡镇卫生院的医生流失率仍在10%以上。\n专家建议，应当进一步完善医保打包付费机制，让结余留用政策真正落地。\n《瞭望》2026年第10期\n责任编辑：王静怡",
        title: Some("县域医共体建设进入深水区"),
        published_at: Some("2026-03-05"),
        source: Some("新华网"),
        authors: &["孙明哲", "郭一帆"],
        editors: &["王静怡"],
        body_has: &["乡镇卫生院的医生流失率仍在10%以上"],
        body_lacks: &["瞭望》2026年第10期", "专题"],
    },
    // A WeChat post: 原创 header with the account and where it was posted, a follow prompt, a source line, a generic 小编 as editor, 往期推荐 list, QR and like/在看 buttons.
    Page {
        text: "原创 健康云岭 健康云岭 2026-03-06 18:30 发表于云南\n点击蓝字 关注我们\n全市新增3家胸痛中心\n近日，国家胸痛中心联盟公布了新一批通过认证的单位名单，我市3家医院榜上有名。\n截至目前，全市通过认证的胸痛中心已达12家，覆盖所有县区。\n胸痛中心通过整合院前急救与院内救治流程，能够将急性心梗患者的救治时间缩短30分钟以上。\n来源：云岭市卫生健康委员会\n编辑：小编\n审核：杨帆\n往期推荐\n全市启动健康素养提升行动\n春季流感高发，这份防护指南请收好\n长按二维码关注我们\n分享\n点赞\n在看\n阅读原文",
        title: Some("全市新增3家胸痛中心"),
        published_at: Some("2026-03-06T18:30"),
        source: Some("云岭市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["全市通过认证的胸痛中心已达12家"],
        body_lacks: &["点击蓝字", "往期推荐", "全市启动健康素养提升行动", "长按二维码", "阅读原文", "在看"],
    },
    // A portal repost: channel bar, headline with the portal's name glued, time and paper on one line, 原标题, closing reporter credit, editor with a staff code, report button, related and hot lists, disclaimer.
    Page {
        text: "新浪首页 新闻 体育 财经 娱乐 科技\n卫健委：今年将新增500个县级医院重点专科_新浪新闻\n2026年03月07日 09:15 人民日报\n原标题：今年将新增500个县级医院重点专科\n记者从国家卫生健康委获悉，今年将重点支持500个县级医院建设临床重点专科，进一步提升县域医疗服务能力。\n国家卫生健康委有关负责人介绍，重点专科建设将向心血管、肿瘤、儿科等方向倾斜。\n（记者 李华明）\n责任编辑：张晓雪 SN240\n举报\n相关阅读\n多地推进县级医院提标扩能\n卫健委发布儿科服务能力提升方案\n热门推荐\n免责声明：本文仅代表作者观点，与本网无关。",
        title: Some("卫健委：今年将新增500个县级医院重点专科"),
        published_at: Some("2026-03-07T09:15"),
        source: Some("人民日报"),
        authors: &["李华明"],
        editors: &["张晓雪"],
        body_has: &["重点专科建设将向心血管"],
        body_lacks: &["举报", "相关阅读", "多地推进县级医院提标扩能", "热门推荐", "免责声明", "新浪首页"],
    },
    // A portal's repost of a Hong Kong paper in traditional script: headline with the portal's name glued (short enough to look like a site name), a two-character masthead glued to 記者, a ▲ caption, source and editor note with a staff code, 延伸閱讀 and 更多新聞.
    Page {
        text: "網易首頁 > 新聞中心 > 健康\n港府推出新一輪長者醫療券計劃_網易新聞\n2026-03-08 10:05:21　來源: 明報\n明報記者 陳嘉欣\n醫務衞生局今日宣布，由四月一日起，65歲或以上長者每年可獲發的醫療券金額增至2500元。\n當局預計，新措施每年涉及額外開支約8億元，受惠長者約180萬人。\n▲醫務衞生局官員在記者會上介紹計劃。（資料圖片）\n本文來源：明報 責任編輯：王小明_NE0011\n延伸閱讀\n公立醫院急症室輪候時間再創新高\n更多新聞",
        title: Some("港府推出新一轮长者医疗券计划"),
        published_at: Some("2026-03-08T10:05:21"),
        source: Some("明报"),
        authors: &["陈嘉欣"],
        editors: &["王小明"],
        body_has: &["医疗券金额增至2500元", "受惠长者约180万人"],
        body_lacks: &["介绍计划", "延伸阅读", "急症室轮候时间", "更多新闻"],
    },
    // A Taiwan paper's site: time, paper and two reporters with 、 and where they filed from on one line, a picture credit of the paper's archive, share buttons.
    Page {
        text: "衛福部推動癌症篩檢 擴大補助對象\n2026-03-09 12:30 聯合報／ 記者林佳蓉、黃志豪／台北即時報導\n衛福部國民健康署今天宣布，將擴大大腸癌篩檢補助對象至45歲以上民眾，預計每年新增80萬人受惠。\n國健署署長表示，大腸癌連續多年位居國人癌症發生人數第一位，早期發現治癒率可達9成。\n圖／聯合報系資料照片\n分享\nFacebook\nLINE\n延伸閱讀\n健保新制上路 門診部分負擔調整",
        title: Some("卫福部推动癌症筛检 扩大补助对象"),
        published_at: Some("2026-03-09T12:30"),
        source: Some("联合报"),
        authors: &["林佳蓉", "黄志豪"],
        editors: &[],
        body_has: &["早期发现治愈率可达9成"],
        body_lacks: &["资料照片", "Facebook", "延伸阅读", "健保新制上路"],
    },
    // A Hong Kong paper in traditional script: date with weekday, 【本報訊】 with its reporter, a 圖： caption with the photographer, editor; no masthead names the paper.
    Page {
        text: "中醫藥發展論壇今日舉行\n2026年3月10日 星期二\n【本報訊】記者張偉強報道：第五屆中醫藥發展論壇今日在灣仔會議展覽中心舉行，來自內地及香港的300多名專家學者出席。\n衞生署署長在致辭時表示，特區政府將繼續支持中醫藥的發展，並計劃於明年成立中醫醫院。\n圖：論壇現場。記者 梁志誠 攝\n責任編輯：李文",
        title: Some("中医药发展论坛今日举行"),
        published_at: Some("2026-03-10"),
        source: None,
        authors: &["张伟强"],
        editors: &["李文"],
        body_has: &["计划于明年成立中医医院"],
        body_lacks: &["论坛现场"],
    },
    // A forum thread: 标题： before the headline, 楼主 row with 发表于 and 只看该作者, a reply row, the archiver's footer and the forum engine's name.
    Page {
        text: "标题: 我们县的乡村医生补贴到底有没有提高？\n楼主 | 发表于 2026-3-11 20:15:32 | 只看该作者 | 倒序浏览\n今天去村卫生室看病，听村医说今年的补贴从每月800元提高到了1200元。\n不知道其他县是不是也这样，有了解的朋友说一说。\n回复 沙发 | 发表于 2026-3-11 21:02:10\n我们这边也提高了，听说是省里统一安排的。\n查看完整版本: [-- 我们县的乡村医生补贴到底有没有提高？ --]\n页: [1]\nPowered by Discuz! X3.4",
        title: Some("我们县的乡村医生补贴到底有没有提高？"),
        published_at: Some("2026-03-11T20:15:32"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["今年的补贴从每月800元提高到了1200元"],
        body_lacks: &["只看该作者", "查看完整版本", "Powered by", "楼主"],
    },
    // A provincial paper: 【健康】 column prefix, a slashed date, two authors with a space, 报讯 lead, the photographer, editor above a related list.
    Page {
        text: "【健康】全省将建成50家区域医疗中心\n2026/3/12\n来源：江南日报  作者：徐静 周凯\n江南日报讯 记者从省卫生健康委获悉，到2027年，全省将建成50家区域医疗中心，实现每个设区市至少1家。\n据悉，区域医疗中心将重点提升肿瘤、心脑血管、儿科等专科诊疗能力。\n记者 周凯 摄\n编辑：刘丽\n相关新闻：\n省卫健委部署今年医改重点任务",
        title: Some("全省将建成50家区域医疗中心"),
        published_at: Some("2026-03-12"),
        source: Some("江南日报"),
        authors: &["徐静", "周凯"],
        editors: &["刘丽"],
        body_has: &["区域医疗中心将重点提升肿瘤"],
        body_lacks: &["周凯 摄", "相关新闻", "省卫健委部署今年医改重点任务"],
    },
    // A community clinic's page: dotted date, 发布者 and click counter, a stock picture note, the supplying office and reviewer closing the text (no source, no author, no editor).
    Page {
        text: "城东社区卫生服务中心开展义诊活动\n时间：2026.03.13  发布者：办公室  点击：352\n3月12日上午，城东社区卫生服务中心在辖区广场开展健康义诊活动，为居民免费测量血压、血糖200余人次。\n活动现场，家庭医生团队还为居民讲解了慢性病防治知识。\n图片来源：网络\n（供稿：公共卫生科  审核：张敏）",
        title: Some("城东社区卫生服务中心开展义诊活动"),
        published_at: Some("2026-03-13"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["免费测量血压、血糖200余人次"],
        body_lacks: &["图片来源", "供稿", "点击"],
    },
    // A magazine page: masthead with the issue, a column name, 文/本刊记者 with two names, the magazine's archive picture; no full date.
    Page {
        text: "中国卫生杂志 2026年第3期\n医改观察\n三明经验如何在全国落地生根\n文/本刊记者 何雪 杨晓东\n2012年以来，三明市以药品耗材治理为突破口，推动医疗、医保、医药“三医联动”改革。\n如今，这一经验已在全国多个省份推广。\n本刊资料图",
        title: Some("三明经验如何在全国落地生根"),
        published_at: None,
        source: ANY,
        authors: &["何雪", "杨晓东"],
        editors: &[],
        body_has: &["这一经验已在全国多个省份推广"],
        body_lacks: &["本刊资料图", "医改观察", "2026年第3期"],
    },
    // A county news site: one-line byline with a correspondent and a reporter, 本网讯 lead, a stock-photo agency's name, a video teaser, share row.
    Page {
        text: "县人民医院新院区正式启用\n2026-03-14 10:21:33 来源：丰源新闻网 作者：通讯员 李梅 记者 赵刚\n本网讯 3月13日，县人民医院新院区正式投入使用，新院区设置床位800张，开设临床科室32个。\n新院区的启用将有效缓解县城群众看病难问题。\n视觉中国\n视频：新院区航拍\n分享到：",
        title: Some("县人民医院新院区正式启用"),
        published_at: Some("2026-03-14T10:21:33"),
        source: Some("丰源新闻网"),
        authors: &["赵刚"],
        editors: &[],
        body_has: &["新院区设置床位800张"],
        body_lacks: &["视觉中国", "视频：", "分享到"],
    },
    // A city evening paper: nav bar, 报讯 with reporter and intern in brackets, a caption credited to the paper's reporter, page editor, hot list, copyright line.
    Page {
        text: "首页 | 新闻 | 健康 | 政务\n全国首个罕见病诊疗协作网省级平台上线\n2026-03-15 08:02 来源：东江晚报\n东江晚报讯（记者 潘一鸣 实习生 罗佳）3月14日，全省罕见病诊疗协作网信息平台正式上线运行，首批接入医院41家。\n平台上线后，患者可以通过手机查询全省罕见病诊疗专家和门诊时间。\n省卫生健康委医政处负责人表示，今年将把协作网医院扩大到60家。\n平台上线仪式现场。东江晚报记者 潘一鸣 摄\n本版编辑：秦越\n热门推荐\n一图读懂今年医保新政\n全市公立医院取消门诊预交金\n东江晚报版权所有，未经授权不得转载",
        title: Some("全国首个罕见病诊疗协作网省级平台上线"),
        published_at: Some("2026-03-15T08:02"),
        source: Some("东江晚报"),
        authors: &["潘一鸣"],
        editors: &["秦越"],
        body_has: &["首批接入医院41家", "把协作网医院扩大到60家"],
        body_lacks: &["平台上线仪式现场", "热门推荐", "一图读懂今年医保新政", "版权所有"],
    },
    // A city paper's app: 健康丨 prefix, outlet glued to 记者 with a correspondent, 图为 caption with its photographer, editor and reviewer, 延伸阅读.
    Page {
        text: "健康丨家门口就能做透析了\n2026-03-17 11:30:05 来源: 金川日报\n金川日报记者 蔡丽 通讯员 孟凡\n“以前每周要跑三趟市里，现在在镇上就能做透析。”家住清溪镇的张大爷说。\n今年以来，全市在10个中心乡镇卫生院设立了血液透析室，累计服务患者1.2万人次。\n图为清溪镇卫生院透析室。 金川日报记者 蔡丽 摄\n编辑：孟晓 审核：宋安\n延伸阅读：\n全市乡镇卫生院服务能力提升三年行动方案印发",
        title: Some("家门口就能做透析了"),
        published_at: Some("2026-03-17T11:30:05"),
        source: Some("金川日报"),
        authors: &["蔡丽"],
        editors: &["孟晓"],
        body_has: &["累计服务患者1.2万人次"],
        body_lacks: &["图为清溪镇卫生院透析室", "延伸阅读", "三年行动方案印发"],
    },
    // A Taiwan paper: 〔記者X／台北報導〕 opening the text, a ▲ caption with the reporter's picture credit, a fan-page prompt, 相關新聞.
    Page {
        text: "遏止抗藥性細菌 衛福部推新計畫\n2026-03-18 09:40\n〔記者吳佩玲／台北報導〕抗藥性細菌問題日益嚴重，衛福部今天公布新一期防治計畫，預計5年投入20億元。\n疾管署表示，將強化醫院感染管制，並建立全國抗藥性監測網。\n專家指出，台灣抗生素使用量偏高，民眾不應自行購買抗生素服用。\n▲疾管署今日公布抗藥性防治計畫。（記者吳佩玲攝）\n不用抽獎、不用登入！按讚加入粉絲團，新聞即時看\n相關新聞\n醫院急診壅塞 醫界籲政府重視",
        title: Some("遏止抗药性细菌 卫福部推新计划"),
        published_at: Some("2026-03-18T09:40"),
        source: None,
        authors: &["吴佩玲"],
        editors: &[],
        body_has: &["预计5年投入20亿元", "民众不应自行购买抗生素服用"],
        body_lacks: &["公布抗药性防治计划。", "粉丝团", "相关新闻", "医院急诊壅塞"],
    },
    // A Hong Kong broadcaster: the station's name above the headline, only 更新時間 as the date, 相關新聞.
    Page {
        text: "香港電台\n政府擴大基層醫療健康中心服務\n更新時間：2026年3月19日 14:32\n醫務衞生局今日表示，全港18區的地區康健中心將延長服務時間，並新增牙科及眼科服務。\n局長表示，政府會在未來三年投放5億元，推動基層醫療發展。\n相關新聞：\n公立醫院新收費下月起實施",
        title: Some("政府扩大基层医疗健康中心服务"),
        published_at: Some("2026-03-19T14:32"),
        source: ANY,
        authors: &[],
        editors: &[],
        body_has: &["推动基层医疗发展"],
        body_lacks: &["相关新闻", "公立医院新收费下月起实施"],
    },
    // A broadcaster's app: the app's name above the headline, a closing credit of the broadcaster's reporters (总台记者), 编辑 and 责编, a download prompt.
    Page {
        text: "央视新闻客户端\n国家医保局：第十批国家集采药品平均降价58%\n2026-03-20 19:48:21\n据国家医保局消息，第十批国家组织药品集中带量采购日前产生拟中选结果，62种药品采购成功，平均降价58%。\n预计每年可节约药费250亿元。\n（总台记者 刘洋 赵子昂）\n编辑：孙悦 责编：吴欣\n更多精彩内容，请下载央视新闻客户端",
        title: Some("国家医保局：第十批国家集采药品平均降价58%"),
        published_at: Some("2026-03-20T19:48:21"),
        source: ANY,
        authors: &["刘洋", "赵子昂"],
        editors: &["孙悦", "吴欣"],
        body_has: &["预计每年可节约药费250亿元"],
        body_lacks: &["更多精彩内容", "总台记者"],
    },
    // A provincial paper's site: date with weekday and lunar date, breadcrumb, 作者：本报记者 X with source and time, previous/next links.
    Page {
        text: "2026年3月21日 星期六 农历二月初三\n首页>>健康频道>>医改\n基层卫生人才“县管乡用”改革在全省推开\n作者：本报记者 雷鸣  来源：中原日报  发布时间：2026年03月21日 07:55\n本报讯 3月20日，记者从省卫生健康委获悉，乡村医生“县管乡用”改革已在全省全面推开。\n截至目前，全省已有85%的县完成了人员编制统筹。\n上一篇：省医保局公布门诊慢特病新目录\n下一篇：全省启动第二轮公立医院绩效考核",
        title: Some("基层卫生人才“县管乡用”改革在全省推开"),
        published_at: Some("2026-03-21T07:55"),
        source: Some("中原日报"),
        authors: &["雷鸣"],
        editors: &[],
        body_has: &["全省已有85%的县完成了人员编制统筹"],
        body_lacks: &["上一篇", "下一篇", "农历"],
    },
    // A WeChat post by a named author: 原创 header with author, account, date and place, 作者： line, a reprint note, picture source, 推荐阅读 list and follow prompts.
    Page {
        text: "原创 李健 健康某某号 2026年03月22日 21:00 北京\n春季过敏高发，医生提醒：这几类人要注意\n作者：李健\n春天来了，不少人出现打喷嚏、流鼻涕、眼睛痒等症状。\n专家介绍，我国过敏性鼻炎患病率约为17.6%，春季是高发期。\n建议过敏体质人群外出时佩戴口罩，回家后及时清洗面部。\n本文为原创内容，转载请联系后台\n图片来源：网络\n推荐阅读\n儿童流感高发期，家长注意这些信号\n关注我们 获取更多健康知识\n喜欢就点个“在看”吧",
        title: Some("春季过敏高发，医生提醒：这几类人要注意"),
        published_at: Some("2026-03-22T21:00"),
        source: ANY,
        authors: &["李健"],
        editors: &[],
        body_has: &["我国过敏性鼻炎患病率约为17.6%"],
        body_lacks: &["转载请联系后台", "图片来源", "推荐阅读", "儿童流感高发期", "在看"],
    },
    // A portal's repost: headline with a keyword tag glued (`_手术`), 原标题 without it, reporter and correspondent, return link, an empty 责任编辑, the platform's disclaimer.
    Page {
        text: "搜狐首页 > 健康\n市一医院成功救治一名重症心肌炎患儿_手术\n2026-03-23 10:13 来源: 锦城晚报\n原标题：市一医院成功救治一名重症心肌炎患儿\n记者 胡晓 通讯员 邓雨\n3月初，一名8岁男孩因暴发性心肌炎被送入市一医院儿科重症监护室。\n经过12天的ECMO支持治疗，患儿心功能逐渐恢复，目前已康复出院。\n返回搜狐，查看更多\n责任编辑：\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        title: Some("市一医院成功救治一名重症心肌炎患儿"),
        published_at: Some("2026-03-23T10:13"),
        source: Some("锦城晚报"),
        authors: &["胡晓"],
        editors: &[],
        body_has: &["患儿心功能逐渐恢复"],
        body_lacks: &["返回搜狐", "平台声明", "责任编辑"],
    },
    // A national site's channel: a channel name above the headline, source with its channel, a dateline with the reporter, 责编 with two names, share and back-to-top widgets.
    Page {
        text: "卫生健康\n两部门联合发文规范互联网诊疗\n2026-03-24 来源：人民网-健康卫生频道\n人民网北京3月24日电（记者 季小川）国家卫生健康委、国家中医药局近日联合印发通知，进一步规范互联网诊疗活动。\n通知明确，互联网医院不得在首诊时开具处方。\n（责编：杨柳、韩信）\n分享让更多人看到\n返回顶部",
        title: Some("两部门联合发文规范互联网诊疗"),
        published_at: Some("2026-03-24"),
        source: Some("人民网-健康卫生频道"),
        authors: &["季小川"],
        editors: &["杨柳", "韩信"],
        body_has: &["互联网医院不得在首诊时开具处方"],
        body_lacks: &["分享让更多人看到", "返回顶部"],
    },
    // A Taiwan site: a photo caption above the headline, slashed date and time, 記者X／台中報導, a caption with the reporter's picture credit, a series note, 更多新聞 with headlines.
    Page {
        text: "記者會現場。\n衛福部宣布長照服務據點將增至1萬處\n2026/03/25 10:30\n記者陳威廷／台中報導\n衛生福利部今天宣布，全國長照服務據點將在年底前增至1萬處，並提高照顧服務員薪資。\n衛福部次長表示，目前照顧服務員平均月薪已超過3.6萬元。\n衛福部今天舉行記者會。（圖／記者陳威廷攝）\n編按：本報推出「長照十年」系列報導，這是第2篇，點擊圖片閱讀更多。\n更多新聞\n長照3.0規劃出爐 失智照護成重點\n健保總額協商 醫界爭取增加預算",
        title: Some("卫福部宣布长照服务据点将增至1万处"),
        published_at: Some("2026-03-25T10:30"),
        source: None,
        authors: &["陈威廷"],
        editors: &[],
        body_has: &["照顾服务员平均月薪已超过3.6万元"],
        body_lacks: &["记者会现场", "举行记者会", "编按", "系列报导", "长照3.0规划出炉", "健保总额协商"],
    },
    // A county media centre: a caption between paragraphs credited to a unit with a space before 供图, correspondent and editor lines.
    Page {
        text: "南山县开展“健康乡村”巡回义诊\n2026年03月26日 09:12 来源：南山县融媒体中心\n3月25日，南山县人民医院组织专家团队深入偏远山村开展巡回义诊，为群众免费诊疗300余人次。\n义诊现场（南山县融媒体中心 供图）\n本次义诊共发放健康宣传资料1000余份，免费赠送药品价值2万余元。\n通讯员：方圆\n编辑：程程",
        title: Some("南山县开展“健康乡村”巡回义诊"),
        published_at: Some("2026-03-26T09:12"),
        source: Some("南山县融媒体中心"),
        authors: &[],
        editors: &["程程"],
        body_has: &["免费诊疗300余人次", "免费赠送药品价值2万余元"],
        body_lacks: &["义诊现场", "供图"],
    },
    // A weekly's site: masthead above the date, a column prefix with a bar, 文｜本刊记者 X, a 导语 box, the archive picture, `编辑 | X`.
    Page {
        text: "民生周刊\n2026-03-27\n健康中国｜医保个人账户改革一年间\n文｜本刊记者 汪洋\n导语：职工医保门诊共济保障机制改革实施一年多来，参保人普遍感受到门诊报销待遇的提升。\n职工医保门诊共济保障机制改革实施一年多来，全国已有超过2亿人次享受门诊统筹待遇。\n国家医保局数据显示，改革后门诊报销比例平均达到50%以上。\n本刊资料图\n编辑 | 黄晓",
        title: Some("医保个人账户改革一年间"),
        published_at: Some("2026-03-27"),
        source: ANY,
        authors: &["汪洋"],
        editors: &["黄晓"],
        body_has: &["全国已有超过2亿人次享受门诊统筹待遇"],
        body_lacks: &["导语", "本刊资料图"],
    },
    // A city commission's news: 作者 naming an office, related articles with `·` bullets.
    Page {
        text: "要闻\n市卫健委召开医疗质量安全工作推进会\n时间：2026年03月28日  作者：医政科  来源：市卫健委\n3月27日，市卫健委召开全市医疗质量安全工作推进会，各二级以上医院分管院长参加会议。\n会议通报了2025年全市医疗质量安全检查情况，共发现问题126个，已整改到位118个。\n相关文章\n· 市卫健委部署春季爱国卫生运动\n· 全市医疗机构开展消防安全检查",
        title: Some("市卫健委召开医疗质量安全工作推进会"),
        published_at: Some("2026-03-28"),
        source: Some("市卫健委"),
        authors: &["医政科"],
        editors: &[],
        body_has: &["已整改到位118个"],
        body_lacks: &["相关文章", "市卫健委部署春季爱国卫生运动", "全市医疗机构开展消防安全检查"],
    },
    // A site's commentary: 【网评】 prefix, source and writer on the time line, a closing disclaimer.
    Page {
        text: "【网评】让基层医生留得住、干得好\n2026-03-29 15:20:11 来源：某某网 作者：柯文\n基层医生是守护群众健康的“第一道防线”。\n近年来，各地通过提高待遇、拓宽晋升通道等措施，基层医生队伍逐步稳定。\n但也要看到，一些地方基层医生“招不来、留不住”的问题依然存在。\n（作者系某某大学公共卫生学院副教授）\n声明：本文仅代表作者个人观点。",
        title: Some("让基层医生留得住、干得好"),
        published_at: Some("2026-03-29T15:20:11"),
        source: Some("某某网"),
        authors: &["柯文"],
        editors: &[],
        body_has: &["基层医生队伍逐步稳定"],
        body_lacks: &["声明：本文仅代表作者个人观点"],
    },
    // A Hong Kong paper in traditional script: masthead and date above the headline, 【本報訊】 without a reporter, a 圖： caption of archive pictures.
    Page {
        text: "东方日报\n2026年3月30日 星期一\n流感高峰期延長 醫管局增設病床\n【本報訊】流感高峰期持續，醫院管理局宣布由明日起在公立醫院增設300張臨時病床，以應付入院需求。\n醫管局表示，過去一周急症室求診人次超過4.5萬，較上周上升8%。\n醫管局總行政經理呼籲市民及早接種流感疫苗。\n圖：醫管局記者會。資料圖片",
        title: Some("流感高峰期延长 医管局增设病床"),
        published_at: Some("2026-03-30"),
        source: Some("东方日报"),
        authors: &[],
        editors: &[],
        body_has: &["过去一周急症室求诊人次超过4.5万"],
        body_lacks: &["医管局记者会", "资料图片"],
    },
    // A news app: channel breadcrumb, time and outlet glued by `·`, the outlet glued to 记者, report/feedback link.
    Page {
        text: "今日头条 > 健康\n8万名乡村医生将获学历提升补助\n2026-03-31 08:55·健康时报\n健康时报记者 郑雅文\n近日，国家卫生健康委等部门印发通知，计划用5年时间支持8万名乡村医生提升学历。\n通知提出，对取得大专以上学历的乡村医生给予一次性补助。\n举报/反馈",
        title: Some("8万名乡村医生将获学历提升补助"),
        published_at: Some("2026-03-31T08:55"),
        source: Some("健康时报"),
        authors: &["郑雅文"],
        editors: &[],
        body_has: &["对取得大专以上学历的乡村医生给予一次性补助"],
        body_lacks: &["举报", "今日头条"],
    },
    // A district bureau's notice: fields split by bars with 发布者 and a click counter, attachment line, signature, QR prompt.
    Page {
        text: "南海区卫生健康局\n关于公布2026年第一批家庭医生签约服务示范点的通知\n发布日期：2026-04-01 | 来源：区卫生健康局 | 发布者：区卫健局 | 点击数：95\n各镇（街道）卫生健康办：\n经评审，现将2026年第一批家庭医生签约服务示范点名单予以公布。\n附件：2026年第一批家庭医生签约服务示范点名单.xlsx\n南海区卫生健康局\n2026年4月1日\n扫一扫在手机打开当前页",
        title: Some("关于公布2026年第一批家庭医生签约服务示范点的通知"),
        published_at: Some("2026-04-01"),
        source: Some("区卫生健康局"),
        authors: &[],
        editors: &[],
        body_has: &["现将2026年第一批家庭医生签约服务示范点名单予以公布"],
        body_lacks: &["扫一扫", "点击数"],
    },
    // A city account: a slogan above the headline, a dotted date with the account as source.
    Page {
        text: "守护人民健康 建设健康中国\n全市启动癌症早筛惠民项目\n2026.04.02 来源：临江发布\n4月1日起，全市40至74岁常住居民可免费参加肺癌、结直肠癌早期筛查。\n市卫健委介绍，项目计划三年内完成筛查30万人。\n筛查点设在各区指定医院和社区卫生服务中心，市民可通过“健康临江”小程序预约。\n编辑：周琳",
        title: Some("全市启动癌症早筛惠民项目"),
        published_at: Some("2026-04-02"),
        source: Some("临江发布"),
        authors: &[],
        editors: &["周琳"],
        body_has: &["项目计划三年内完成筛查30万人"],
        body_lacks: &["守护人民健康"],
    },
    // A breaking-news line of another story above the headline.
    Page {
        text: "快讯：某地发生交通事故致3人受伤\n卫健部门发布春季疫苗接种指引\n时间：2026年4月3日 10:00  来源：北川卫生健康\n近期气温回升，为做好春季疫苗接种工作，市疾控中心发布了接种指引。\n指引提醒，儿童应按免疫程序按时接种，错过的疫苗要尽快补种。\n成人可根据自身情况接种流感、肺炎球菌等疫苗。",
        title: Some("卫健部门发布春季疫苗接种指引"),
        published_at: Some("2026-04-03T10:00"),
        source: Some("北川卫生健康"),
        authors: &[],
        editors: &[],
        body_has: &["错过的疫苗要尽快补种"],
        body_lacks: &["快讯", "交通事故"],
    },
    // Traditional-script labels for publication and update time on one line, a previous-article link.
    Page {
        text: "河口县妇幼保健院通过三级评审\n發布時間：2026-04-04 09:30 更新時間：2026-04-05 11:00\n4月3日，省卫生健康委公布评审结果，河口县妇幼保健院通过三级妇幼保健院评审。\n该院是全省首家通过三级评审的县级妇幼保健机构。\n上一篇：河口县开展孕产妇健康管理专项行动",
        title: Some("河口县妇幼保健院通过三级评审"),
        published_at: Some("2026-04-04T09:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["全省首家通过三级评审的县级妇幼保健机构"],
        body_lacks: &["上一篇"],
    },
    // A city paper: a compound surname among two reporters, a caption credited to the reporter after the sentence, 相关报道 with bulleted headlines.
    Page {
        text: "市医保局出台异地就医直接结算新规\n2026年4月6日 来源：江城日报\n本报记者 欧阳明 贺芸\n4月5日，市医保局出台新规，参保人员跨省异地就医住院费用可直接结算。\n新规明确，异地长期居住人员备案后即可享受直接结算服务。\n医保经办窗口工作人员为群众办理备案手续。欧阳明 摄\n相关报道\n● 全省医保经办服务“一窗通办”\n● 医保电子凭证激活率超过九成",
        title: Some("市医保局出台异地就医直接结算新规"),
        published_at: Some("2026-04-06"),
        source: Some("江城日报"),
        authors: &["欧阳明", "贺芸"],
        editors: &[],
        body_has: &["异地长期居住人员备案后即可享受直接结算服务"],
        body_lacks: &["为群众办理备案手续", "相关报道", "医保电子凭证激活率超过九成"],
    },
    // A provincial site: authors with 、 and ideographic spaces between the fields, a comment box.
    Page {
        text: "首页 新闻 卫生健康\n“互联网+护理服务”试点扩大到全省\n作者：张蕾、刘思远　　来源：南国日报　　日期：2026-04-07\n4月6日，省卫生健康委发布通知，“互联网+护理服务”试点扩大到全省所有地级市。\n试点医院可为出院患者、行动不便老人等提供上门护理服务。\n网友评论\n登录后发表评论",
        title: Some("“互联网+护理服务”试点扩大到全省"),
        published_at: Some("2026-04-07"),
        source: Some("南国日报"),
        authors: &["张蕾", "刘思远"],
        editors: &[],
        body_has: &["试点医院可为出院患者"],
        body_lacks: &["网友评论", "登录后发表评论"],
    },
    // A wire report on a portal: a dateline, 【纠错】 and a bracketed editor line.
    Page {
        text: "国务院办公厅印发《关于加强基层医疗卫生服务体系建设的意见》\n2026-04-09 17:30 来源：新华社\n新华社北京4月9日电 近日，国务院办公厅印发《关于加强基层医疗卫生服务体系建设的意见》。\n《意见》提出，到2030年，基本建成优质高效的基层医疗卫生服务体系。\n【纠错】\n【责任编辑：王晓晓】",
        title: Some("国务院办公厅印发《关于加强基层医疗卫生服务体系建设的意见》"),
        published_at: Some("2026-04-09T17:30"),
        source: Some("新华社"),
        authors: &[],
        editors: &["王晓晓"],
        body_has: &["基本建成优质高效的基层医疗卫生服务体系"],
        body_lacks: &["纠错", "责任编辑"],
    },
    // A feature: 本报记者 X 文/图 under the date, a one-clause caption above the reporter's photo credit closing the page.
    Page {
        text: "乡镇卫生院的“家门口医生”\n2026-04-10 07:30 来源：西岭日报\n本报记者 叶青 文/图\n清晨六点，青山镇卫生院的全科医生刘芳已经开始了一天的工作。\n她负责的片区有2800多名签约居民，其中慢性病患者400多人。\n“群众信任我们，我们就要对得起这份信任。”刘芳说。\n刘芳在为村民测量血压。\n本报记者 叶青 摄",
        title: Some("乡镇卫生院的“家门口医生”"),
        published_at: Some("2026-04-10T07:30"),
        source: Some("西岭日报"),
        authors: &["叶青"],
        editors: &[],
        body_has: &["我们就要对得起这份信任"],
        body_lacks: &["刘芳在为村民测量血压", "叶青 摄"],
    },
    // Two reporters joined by 和, three headlines of other stories under the text without a heading.
    Page {
        text: "全市新建12个社区医院\n2026-04-11 来源：滨海日报\n记者 张晨和李亚楠\n记者从市卫健委获悉，今年全市将新建12个社区医院，新增床位600张。\n社区医院将重点发展康复、护理、安宁疗护等服务。\n全市启动第二轮健康城市建设\n市疾控中心发布五一出行健康提示\n我市新增两家国家级重点实验室",
        title: Some("全市新建12个社区医院"),
        published_at: Some("2026-04-11"),
        source: Some("滨海日报"),
        authors: &["张晨", "李亚楠"],
        editors: &[],
        body_has: &["社区医院将重点发展康复"],
        body_lacks: &["全市启动第二轮健康城市建设", "市疾控中心发布五一出行健康提示", "我市新增两家国家级重点实验室"],
    },
    // A column line with a bar above the headline, 记者： with two names separated by `，`.
    Page {
        text: "专栏｜基层观察\n村医的一天\n2026-04-12 14:03 来源：高原日报 记者：才让，王海燕\n早上七点，村医马建国背起药箱出了门。\n他要走访的12户人家分散在三个山坳里。\n这些年，村里通了硬化路，他的出诊时间从一天缩短到半天。",
        title: Some("村医的一天"),
        published_at: Some("2026-04-12T14:03"),
        source: Some("高原日报"),
        authors: &["才让", "王海燕"],
        editors: &[],
        body_has: &["他的出诊时间从一天缩短到半天"],
        body_lacks: &["专栏", "基层观察"],
    },
    // A Hong Kong paper: time and masthead on one line, two reporters separated by `／`, 延伸閱讀.
    Page {
        text: "醫師公會籲增加公立醫院人手\n2026-04-13 11:45 星島日報\n記者 黃詠詩／ 李俊傑\n香港醫學會今日舉行記者會，指公立醫院醫生流失率持續高企，去年達7.5%。\n醫學會會長表示，當局應檢討醫生工時及晉升機制。\n延伸閱讀：\n公院醫生流失 醫管局推挽留措施",
        title: Some("医师公会吁增加公立医院人手"),
        published_at: Some("2026-04-13T11:45"),
        source: Some("星岛日报"),
        authors: &["黄咏诗", "李俊杰"],
        editors: &[],
        body_has: &["当局应检讨医生工时及晋升机制"],
        body_lacks: &["延伸阅读", "公院医生流失"],
    },
    // A county media centre: three authors separated by spaces, a scene caption line.
    Page {
        text: "县医共体总院揭牌\n发布时间：2026-04-14  作者：李晴 王强 赵敏  来源：清河县融媒体中心\n4月13日，清河县医共体总院正式揭牌成立，县人民医院与18家乡镇卫生院组成紧密型医共体。\n揭牌仪式现场\n县委书记在揭牌仪式上讲话\n医共体成立后，将实行人员统一招聘、药品统一配送。",
        title: Some("县医共体总院揭牌"),
        published_at: Some("2026-04-14"),
        source: Some("清河县融媒体中心"),
        authors: &["李晴", "王强", "赵敏"],
        editors: &[],
        body_has: &["将实行人员统一招聘、药品统一配送"],
        body_lacks: &["揭牌仪式现场"],
    },
    // A paper's page: date line, masthead with its page fields, 本报记者 line above a 本报讯 lead, page editor.
    Page {
        text: "2026年04月15日 星期三\n某市日报 第3版：要闻\n医保支付方式改革覆盖全部公立医院\n本报记者 王安\n本报讯 截至3月底，全市所有公立医院均已实行按病种分值付费。\n改革后，患者次均住院费用下降5.6%。\n本版编辑：李青",
        title: Some("医保支付方式改革覆盖全部公立医院"),
        published_at: Some("2026-04-15"),
        source: Some("某市日报"),
        authors: &["王安"],
        editors: &["李青"],
        body_has: &["患者次均住院费用下降5.6%"],
        body_lacks: &["第3版"],
    },
    // A Taiwan wire repost: the agency's name on a line, slashed date, bracketed dateline with the reporter, editor and serial number.
    Page {
        text: "衛福部：明年起健保署將推動分級醫療新制\n中央社\n2026/04/16 17:05\n（中央社記者沈佩瑤台北16日電）衛福部今天表示，明年起將推動分級醫療新制，病人經轉診至醫學中心可減免部分負擔。\n衛福部官員說，新制預計每年影響約300萬人次就醫。（編輯：李明華）1150416",
        title: Some("卫福部：明年起健保署将推动分级医疗新制"),
        published_at: Some("2026-04-16T17:05"),
        source: Some("中央社"),
        authors: &["沈佩瑶"],
        editors: &["李明华"],
        body_has: &["新制预计每年影响约300万人次就医"],
        body_lacks: &["1150416"],
    },
    // A WeChat post: the account on top and in the header, a stock-photo note, `来源 | X`, `编辑 | X`, END mark, material source and layout credits.
    Page {
        text: "健康某城\n这些药品纳入医保报销了！快看有你需要的吗\n健康某城 2026-04-17 20:10\n图片来源：视觉中国\n4月16日，市医保局公布新一批纳入医保报销的药品目录，共新增药品126种。\n其中包括多种治疗肿瘤、罕见病的药品，患者负担将明显减轻。\n来源 | 某城医保\n编辑 | 林晓\n- END -\n素材来源：某城医保局\n排版：阿杰",
        title: Some("这些药品纳入医保报销了！快看有你需要的吗"),
        published_at: Some("2026-04-17T20:10"),
        source: ANY,
        authors: &[],
        editors: &["林晓"],
        body_has: &["患者负担将明显减轻"],
        body_lacks: &["END", "素材来源", "排版", "图片来源"],
    },
    // A Taiwan portal: more/hot headers, a date with 下午, 記者X/台北報導, a bracketed picture credit alone, an ad mark and a keep-reading prompt inside the text.
    Page {
        text: "看更多\n今日熱門\n台大醫院啟用智慧病房 護理人力減輕三成\n2026年4月18日 下午3:20\n記者王靜宜/台北報導\n台大醫院今天啟用智慧病房，透過感測器即時監測病人生命徵象。\n院方表示，智慧病房上線後，護理人員的文書工作時間減少約3成。\n（圖／台大醫院提供）\n[廣告]\n請繼續往下閱讀...\n醫院表示，未來將擴大到全院50個病房。",
        title: Some("台大医院启用智慧病房 护理人力减轻三成"),
        published_at: Some("2026-04-18T15:20"),
        source: None,
        authors: &["王静宜"],
        editors: &[],
        body_has: &["护理人员的文书工作时间减少约3成", "未来将扩大到全院50个病房"],
        body_lacks: &["广告", "往下阅读", "今日热门", "台大医院提供"],
    },
    // A hospital's page: breadcrumb, 作者 with an office and a name, an empty click-rate field, a bracketed photographer credit, close/print widgets.
    Page {
        text: "当前位置：首页>>卫生健康>>工作动态\n市中医院开展“中医药进社区”活动\n来源：市中医院  作者：宣传科 陈立  发布时间：2026-04-19 10:08:00  点击率：\n4月18日，市中医院组织专家走进社区，开展中医药健康知识讲座和义诊活动。\n活动中，专家们为居民提供艾灸、推拿等中医适宜技术体验。\n（摄影：陈立）\n【关闭】【打印】",
        title: Some("市中医院开展“中医药进社区”活动"),
        published_at: Some("2026-04-19T10:08:00"),
        source: Some("市中医院"),
        authors: &["陈立"],
        editors: &[],
        body_has: &["提供艾灸、推拿等中医适宜技术体验"],
        body_lacks: &["摄影", "关闭", "当前位置"],
    },
    // A paper's report with a closing note naming the paper, its date and page in title marks.
    Page {
        text: "医改进行时\n公立医院薪酬制度改革全面推开\n中国卫生健康报 2026年4月20日 第1版\n本报讯 （记者 吴迪）近日，国家卫生健康委等五部门联合印发通知，全面推开公立医院薪酬制度改革。\n通知要求，合理确定公立医院薪酬水平，逐步提高人员支出占业务支出的比例。\n（本文刊发于《中国卫生健康报》2026年4月20日第1版）",
        title: Some("公立医院薪酬制度改革全面推开"),
        published_at: Some("2026-04-20"),
        source: Some("中国卫生健康报"),
        authors: &["吴迪"],
        editors: &[],
        body_has: &["逐步提高人员支出占业务支出的比例"],
        body_lacks: &["本文刊发于", "医改进行时"],
    },
    // A county government site: masthead and date above the headline, 信息来源 with a view counter, font widget, a closing credit naming the writer's unit before the name, share and print/close widgets.
    Page {
        text: "秋实县人民政府\n2026年03月16日 星期一\n秋实县召开2026年卫生健康工作会议\n发布时间：2026-03-16 16:40:12  信息来源：县卫健局  浏览次数：208\n【字体：大 中 小】\n3月16日上午，全县卫生健康工作会议召开，会议总结了2025年工作，部署了2026年重点任务。\n会议指出，2025年全县孕产妇死亡率为零，婴儿死亡率降至3.2‰。\n会议要求，各单位要聚焦群众看病就医的急难愁盼问题，持续深化医改。\n（县卫健局  王磊）\n分享到：\n【打印此页】【关闭窗口】",
        title: Some("秋实县召开2026年卫生健康工作会议"),
        published_at: Some("2026-03-16T16:40:12"),
        source: Some("县卫健局"),
        authors: &["王磊"],
        editors: &[],
        body_has: &["婴儿死亡率降至3.2‰", "持续深化医改"],
        body_lacks: &["打印此页", "分享到", "字体"],
    },
    // A headline printed twice (page head and article head) with a time in 时/分, the source on a line of its own.
    Page {
        text: "首页\n市人民医院互联网医院上线\n市人民医院互联网医院上线\n发布时间：2026年04月22日 10时05分\n来源：健康某市\n4月21日，市人民医院互联网医院正式上线，市民可在线问诊、续方和预约检查。\n上线首日，在线问诊量达到1200人次。",
        title: Some("市人民医院互联网医院上线"),
        published_at: Some("2026-04-22T10:05"),
        source: Some("健康某市"),
        authors: &[],
        editors: &[],
        body_has: &["在线问诊量达到1200人次"],
        body_lacks: &["首页"],
    },
    // A paper's site: date and channel above the headline, the paper's name alone on a line between the headline and the date line, a 本报讯 lead.
    Page {
        text: "2026-04-23 星期四\n卫生健康\n我省出台措施支持社会办医\n某省日报\n2026年4月23日 06:30\n本报讯（记者 牛涛）4月22日，省政府办公厅印发《关于支持社会办医高质量发展的若干措施》。\n措施提出，社会办医疗机构在职称评审、重点专科建设等方面与公立医疗机构享有同等待遇。",
        title: Some("我省出台措施支持社会办医"),
        published_at: Some("2026-04-23T06:30"),
        source: Some("某省日报"),
        authors: &["牛涛"],
        editors: &[],
        body_has: &["与公立医疗机构享有同等待遇"],
        body_lacks: &["卫生健康"],
    },
    // A wire photo page: the photo's header line and caption above the headline, a dateline without a year (no publication date).
    Page {
        text: "新华社照片，北京，2026年4月24日\n这是4月24日在北京拍摄的国家医学中心新院区。新华社记者 李响 摄\n国家医学中心新院区投入使用\n新华社北京4月24日电（记者 刘路）国家医学中心新院区24日投入使用，新增床位1500张。\n新院区将重点发展疑难危重症诊治。",
        title: Some("国家医学中心新院区投入使用"),
        published_at: None,
        source: Some("新华社"),
        authors: &["刘路"],
        editors: &[],
        body_has: &["新院区将重点发展疑难危重症诊治"],
        body_lacks: &["新华社照片", "这是4月24日在北京拍摄的"],
    },
    // A Hong Kong site in traditional script: follow/share widgets above the headline, `時間：` as the date label.
    Page {
        text: "關注\n分享\n衛生署推出長者疫苗接種外展服務\n時間：2026-04-25 11:00\n衞生署今日宣布，將派出外展隊伍到安老院舍為長者接種疫苗。\n衞生署發言人表示，外展服務將覆蓋全港約700間安老院舍。",
        title: Some("卫生署推出长者疫苗接种外展服务"),
        published_at: Some("2026-04-25T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["外展服务将覆盖全港约700间安老院舍"],
        body_lacks: &["关注", "分享"],
    },
    // A column name in square brackets before the headline, time and source apart by a bar.
    Page {
        text: "[健康中国]县级医院综合能力提升工程启动\n2026年4月26日 09:30 | 来源：某某网\n近日，国家卫生健康委启动县级医院综合能力提升工程，计划到2028年，全国1000家县级医院达到三级医院水平。\n相关负责人表示，工程将重点加强县级医院的急诊急救、重症监护等能力。",
        title: Some("县级医院综合能力提升工程启动"),
        published_at: Some("2026-04-26T09:30"),
        source: Some("某某网"),
        authors: &[],
        editors: &[],
        body_has: &["重点加强县级医院的急诊急救"],
        body_lacks: &["健康中国]"],
    },
    // An editor credited below a related-list heading: read, the related headlines stay out
    // of the body.
    Page {
        text: "某区推行慢病长处方\n2026-04-27 10:05 来源：河湾日报\n区卫健委日前出台措施，高血压、糖尿病患者可一次开具最长12周用药。\n措施覆盖全区28家社区卫生服务中心。\n相关阅读\n某区家庭医生签约率超过六成\n某区社区医院新增夜间门诊\n责任编辑：邱楠",
        title: Some("某区推行慢病长处方"),
        published_at: Some("2026-04-27T10:05"),
        source: Some("河湾日报"),
        authors: &[],
        editors: &["邱楠"],
        body_has: &["措施覆盖全区28家社区卫生服务中心"],
        body_lacks: &["家庭医生签约率", "夜间门诊", "责任编辑"],
    },
    Page {
        text: "某區推行慢病長處方\n2026-04-27 10:05 來源：河灣日報\n區衛健委日前出台措施，高血壓、糖尿病患者可一次開具最長12周用藥。\n措施覆蓋全區28家社區衛生服務中心。\n更多新聞\n某區家庭醫生簽約率超過六成\n某區社區醫院新增夜間門診\n責任編輯：邱楠",
        title: Some("某区推行慢病长处方"),
        published_at: Some("2026-04-27T10:05"),
        source: Some("河湾日报"),
        authors: &[],
        editors: &["邱楠"],
        body_has: &["措施覆盖全区28家社区卫生服务中心"],
        body_lacks: &["家庭医生签约率", "夜间门诊", "责任编辑"],
    },
    // A related headline's own reporter below the heading is not the article's: the article's
    // byline above keeps its author; the editor below is still read.
    Page {
        text: "某区推行慢病长处方\n2026-04-27 10:05 来源：河湾日报\n该报记者 周宏宇\n区卫健委日前出台措施，高血压、糖尿病患者可一次开具最长12周用药。\n措施覆盖全区28家社区卫生服务中心。\n相关阅读\n某区家庭医生签约率超过六成\n记者 田静怡\n编辑：邱楠",
        title: Some("某区推行慢病长处方"),
        published_at: Some("2026-04-27T10:05"),
        source: Some("河湾日报"),
        authors: &["周宏宇"],
        editors: &["邱楠"],
        body_has: &["措施覆盖全区28家社区卫生服务中心"],
        body_lacks: &["家庭医生签约率", "田静怡"],
    },
    // A city paper: numbered and bracketed subheads between the paragraphs (`一、`, `（一）`, `【…】`) stay body.
    Page {
        text: "江湾日报\n江湾市出台十条措施支持基层医疗机构发展\n2025-11-12 08:45:10 来源：江湾日报\n记者 沈立秋 通讯员 钱一帆\n11月11日，江湾市政府办公室印发《关于支持基层医疗卫生机构高质量发展的若干措施》，从人才、设备、医保等方面提出十条具体措施。\n一、加强人才队伍建设\n每个社区卫生服务中心至少配备5名全科医生，新招录人员给予每人每年2万元补贴。\n二、提升设备配置水平\n市财政今年安排专项资金1.2亿元，为基层机构配置CT、DR等设备。\n（一）优化医保支付\n基层机构住院报销比例提高5个百分点。\n【专家解读】\n市卫生健康委副主任蒋明辉表示，新政的核心是让群众“小病不出社区”。\n责任编辑：何晓\n相关阅读\n江湾市新增三家社区医院",
        title: Some("江湾市出台十条措施支持基层医疗机构发展"),
        published_at: Some("2025-11-12T08:45:10"),
        source: Some("江湾日报"),
        authors: &["沈立秋"],
        editors: &["何晓"],
        body_has: &["11月11日，江湾市政府办公室印发《关于支持基层医疗卫生机构高质量发展的若干措施》，从人才、设备、医保等方面提出十条具体措施。", "一、加强人才队伍建设", "每个社区卫生服务中心至少配备5名全科医生，新招录人员给予每人每年2万元补贴。", "二、提升设备配置水平", "市财政今年安排专项资金1.2亿元，为基层机构配置CT、DR等设备。", "（一）优化医保支付", "基层机构住院报销比例提高5个百分点。", "【专家解读】", "市卫生健康委副主任蒋明辉表示，新政的核心是让群众“小病不出社区”。"],
        body_lacks: &["江湾日报", "相关阅读", "江湾市新增三家社区医院"],
    },
    // A Taiwan portal: unpunctuated `重點一：` subheads between paragraphs, a ▲ caption with the reporter's picture credit.
    Page {
        text: "衛福部公布長照新制 三大重點一次看\n2025/11/12 10:32\n記者林宛儒／台北報導\n衛生福利部今（12）日公布長照3.0規劃草案，明年起分階段實施，預計受惠人數將增加約15萬人。\n重點一：擴大服務對象\n草案將50歲以上失智症患者全面納入服務，並放寬身心障礙者的申請門檻。\n重點二：提高給付額度\n居家照顧服務每月給付上限將調升約一成。\n重點三：強化人力\n衛福部將補助照服員薪資，目標三年內新增照服員2萬名。\n▲衛福部長出席記者會說明新制內容。（圖／記者林宛儒攝）\n更多新聞\n健保署推出新版健康存摺",
        title: Some("卫福部公布长照新制 三大重点一次看"),
        published_at: Some("2025-11-12T10:32"),
        source: None,
        authors: &["林宛儒"],
        editors: &[],
        body_has: &["卫生福利部今（12）日公布长照3.0规划草案，明年起分阶段实施，预计受惠人数将增加约15万人。", "重点一：扩大服务对象", "草案将50岁以上失智症患者全面纳入服务，并放宽身心障碍者的申请门槛。", "重点二：提高给付额度", "居家照顾服务每月给付上限将调升约一成。", "重点三：强化人力", "卫福部将补助照服员薪资，目标三年内新增照服员2万名。"],
        body_lacks: &["▲卫福部长出席记者会说明新制内容。（图／记者林宛儒摄）", "更多新闻", "健保署推出新版健康存折"],
    },
    // A Q&A explainer whose answers and questions are short, one question without its mark.
    Page {
        text: "医保新政十问十答\n2025-06-03 来源：青川医保\n近期，不少市民关心门诊共济改革的具体内容。我们整理了大家最关心的问题。\n问：门诊费用报销比例是多少？\n答：在职职工在一级医疗机构就诊报销比例为70%。\n问：个人账户还能用吗？\n答：可以，个人账户可以用于支付家庭成员的医疗费用。\n问：异地就医怎么办\n答：备案后可直接结算。\n扫码关注“青川医保”公众号",
        title: Some("医保新政十问十答"),
        published_at: Some("2025-06-03"),
        source: Some("青川医保"),
        authors: &[],
        editors: &[],
        body_has: &["近期，不少市民关心门诊共济改革的具体内容。我们整理了大家最关心的问题。", "问：门诊费用报销比例是多少？", "答：在职职工在一级医疗机构就诊报销比例为70%。", "问：个人账户还能用吗？", "答：可以，个人账户可以用于支付家庭成员的医疗费用。", "问：异地就医怎么办", "答：备案后可直接结算。"],
        body_lacks: &["扫码关注“青川医保”公众号"],
    },
    // A Hong Kong release: the clock time under the date line, the text opening with a reporter's question (`記者問：`).
    Page {
        text: "衞生署回應流感疫苗供應查詢\n2025年10月8日（星期三）\n香港時間17時20分\n記者問：今年疫苗供應是否足夠？\n衞生署發言人表示，今年已採購約160萬劑疫苗，較去年增加一成。\n記者問：長者何時可以接種？\n發言人說，長者可於下週一起到各區診所接種。\n完",
        title: Some("卫生署回应流感疫苗供应查询"),
        published_at: Some("2025-10-08T17:20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["记者问：今年疫苗供应是否足够？", "卫生署发言人表示，今年已采购约160万剂疫苗，较去年增加一成。", "记者问：长者何时可以接种？", "发言人说，长者可于下周一起到各区诊所接种。"],
        body_lacks: &["完"],
    },
    // Quotes and sentences naming a reporter, an editorial office and `来源` inside the text stay body.
    Page {
        text: "乡村医生坚守山村三十年\n2025-09-10 09:00 来源：山河晚报 作者：邵明远\n清晨五点，村医钟守义就背起药箱出门了。\n“记者同志，你看这条路，以前下雨根本走不了。”他指着脚下的水泥路说。\n他告诉记者，这些年来源源不断的政策支持让村卫生室变了样。\n“编辑部的同志来过好几次，每次都说要把我们的故事写出来。”钟守义笑着说。\n截至目前，他已为村民建立健康档案1200余份。\n编辑：罗晴",
        title: Some("乡村医生坚守山村三十年"),
        published_at: Some("2025-09-10T09:00"),
        source: Some("山河晚报"),
        authors: &["邵明远"],
        editors: &["罗晴"],
        body_has: &["清晨五点，村医钟守义就背起药箱出门了。", "“记者同志，你看这条路，以前下雨根本走不了。”他指着脚下的水泥路说。", "他告诉记者，这些年来源源不断的政策支持让村卫生室变了样。", "“编辑部的同志来过好几次，每次都说要把我们的故事写出来。”钟守义笑着说。", "截至目前，他已为村民建立健康档案1200余份。"],
        body_lacks: &[],
    },
    // A notice whose body lists time, place and hotline lines and a line of a date and a time.
    Page {
        text: "全省启动2025年秋季免疫接种工作\n发布时间：2025-09-01 15:30:00  信息来源：省疾控中心\n为做好秋冬季传染病防控工作，省疾控中心决定启动秋季免疫接种。\n接种时间：2025年9月10日至11月30日\n接种地点：各社区卫生服务中心预防接种门诊\n咨询电话：12320\n2025年9月10日 上午9:00\n全省统一开展首日接种活动，各地要提前做好准备。\n【打印本页】【关闭窗口】",
        title: Some("全省启动2025年秋季免疫接种工作"),
        published_at: Some("2025-09-01T15:30:00"),
        source: Some("省疾控中心"),
        authors: &[],
        editors: &[],
        body_has: &["为做好秋冬季传染病防控工作，省疾控中心决定启动秋季免疫接种。", "接种时间：2025年9月10日至11月30日", "接种地点：各社区卫生服务中心预防接种门诊", "咨询电话：12320", "2025年9月10日 上午9:00", "全省统一开展首日接种活动，各地要提前做好准备。"],
        body_lacks: &["【打印本页】【关闭窗口】"],
    },
    // A report mentioning pictures and videos in its text, a `图为` caption and a unit's picture credit below it.
    Page {
        text: "县医院引进新型影像设备\n2025-05-20 来源：长川县融媒体中心\n5月19日，长川县人民医院新引进的3.0T磁共振设备正式投入使用。\n该设备成像清晰，检查时间缩短一半，图像质量达到国内先进水平。\n院长顾立国介绍，医院还将拍摄科普视频，向群众讲解检查注意事项。\n图为医护人员调试设备。\n（长川县人民医院供图）",
        title: Some("县医院引进新型影像设备"),
        published_at: Some("2025-05-20"),
        source: Some("长川县融媒体中心"),
        authors: &[],
        editors: &[],
        body_has: &["5月19日，长川县人民医院新引进的3.0T磁共振设备正式投入使用。", "该设备成像清晰，检查时间缩短一半，图像质量达到国内先进水平。", "院长顾立国介绍，医院还将拍摄科普视频，向群众讲解检查注意事项。"],
        body_lacks: &["图为医护人员调试设备。", "（长川县人民医院供图）"],
    },
    // Numbered and bulleted list items inside the body, a bracketed editor pair closing it.
    Page {
        text: "国家医保局发布2025年医保目录调整方案\n2025-07-10 11:02 来源：人民健康网\n国家医保局10日发布《2025年国家基本医疗保险药品目录调整工作方案》。方案明确了以下调整范围：\n1.近五年新上市的药品；\n2.纳入国家鼓励仿制药品目录的药品；\n3.纳入临床急需境外新药名单的药品。\n- 罕见病治疗药品\n- 儿童用药\n方案还提出，将进一步完善谈判药品续约规则。\n（责编：韦萍、孔令琪）",
        title: Some("国家医保局发布2025年医保目录调整方案"),
        published_at: Some("2025-07-10T11:02"),
        source: Some("人民健康网"),
        authors: &[],
        editors: &["韦萍", "孔令琪"],
        body_has: &["国家医保局10日发布《2025年国家基本医疗保险药品目录调整工作方案》。方案明确了以下调整范围：", "1.近五年新上市的药品；", "2.纳入国家鼓励仿制药品目录的药品；", "3.纳入临床急需境外新药名单的药品。", "- 罕见病治疗药品", "- 儿童用药", "方案还提出，将进一步完善谈判药品续约规则。"],
        body_lacks: &[],
    },
    // A report of one-sentence paragraphs.
    Page {
        text: "市急救中心新增15辆负压救护车\n2025-03-03 16:20 来源：海门晚报\n记者3日从市急救中心获悉，新购置的15辆负压救护车已全部投入使用。\n这是该中心成立以来单次新增车辆最多的一次。\n全市急救平均反应时间缩短至11分钟。\n市民拨打120即可呼叫。",
        title: Some("市急救中心新增15辆负压救护车"),
        published_at: Some("2025-03-03T16:20"),
        source: Some("海门晚报"),
        authors: &[],
        editors: &[],
        body_has: &["记者3日从市急救中心获悉，新购置的15辆负压救护车已全部投入使用。", "这是该中心成立以来单次新增车辆最多的一次。", "全市急救平均反应时间缩短至11分钟。", "市民拨打120即可呼叫。"],
        body_lacks: &[],
    },
    // The body's opening lines printed without a sentence stop below the date line.
    Page {
        text: "社区卫生服务中心开设夜间门诊\n2025-04-18 来源：东湖区卫健局\n为方便上班族就医，东湖区4家社区卫生服务中心自4月20日起开设夜间门诊\n服务时间为每周一至周五18:00至21:00\n夜间门诊提供常见病诊疗、慢病配药、预防接种等服务\n居民可通过“健康东湖”小程序预约。",
        title: Some("社区卫生服务中心开设夜间门诊"),
        published_at: Some("2025-04-18"),
        source: Some("东湖区卫健局"),
        authors: &[],
        editors: &[],
        body_has: &["为方便上班族就医，东湖区4家社区卫生服务中心自4月20日起开设夜间门诊", "服务时间为每周一至周五18:00至21:00", "夜间门诊提供常见病诊疗、慢病配药、预防接种等服务", "居民可通过“健康东湖”小程序预约。"],
        body_lacks: &[],
    },
    // A subhead repeating the headline between paragraphs.
    Page {
        text: "儿童医院开设罕见病门诊\n2025-02-28 09:40 来源：华城日报\n2月28日是国际罕见病日。当天，华城市儿童医院开设罕见病门诊，每周三全天接诊。\n儿童医院开设罕见病门诊\n该院副院长柯文斌介绍，门诊由遗传科、神经科、内分泌科等多学科专家组成。\n去年，该院共诊治罕见病患儿600余例。",
        title: Some("儿童医院开设罕见病门诊"),
        published_at: Some("2025-02-28T09:40"),
        source: Some("华城日报"),
        authors: &[],
        editors: &[],
        body_has: &["2月28日是国际罕见病日。当天，华城市儿童医院开设罕见病门诊，每周三全天接诊。", "儿童医院开设罕见病门诊", "该院副院长柯文斌介绍，门诊由遗传科、神经科、内分泌科等多学科专家组成。", "去年，该院共诊治罕见病患儿600余例。"],
        body_lacks: &[],
    },
    // The byline at the foot of the text (correspondent and reporter in brackets), editor below.
    Page {
        text: "镇卫生院开展“送医下乡”活动\n2025-08-08\n8月6日，清溪镇卫生院组织医务人员走进7个行政村，为村民免费测量血压、血糖。\n活动共服务群众430余人次，发放健康宣传资料1000余份。\n（通讯员 冯小雨 记者 曹立新）\n责任编辑：韩梅",
        title: Some("镇卫生院开展“送医下乡”活动"),
        published_at: Some("2025-08-08"),
        source: None,
        authors: &["曹立新"],
        editors: &["韩梅"],
        body_has: &["8月6日，清溪镇卫生院组织医务人员走进7个行政村，为村民免费测量血压、血糖。", "活动共服务群众430余人次，发放健康宣传资料1000余份。"],
        body_lacks: &[],
    },
    // A report of one sentence.
    Page {
        text: "省卫健委发布高温健康提示\n2025-07-22 来源：省卫生健康委员会\n近期全省持续高温，省卫健委提醒公众减少午后户外活动，及时补充水分。",
        title: Some("省卫健委发布高温健康提示"),
        published_at: Some("2025-07-22"),
        source: Some("省卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["近期全省持续高温，省卫健委提醒公众减少午后户外活动，及时补充水分。"],
        body_lacks: &[],
    },
    // A wire brief of two sentences in traditional script.
    Page {
        text: "疾管署：登革熱境外移入增至32例\n2025-08-12 14:05 中央社\n疾管署今天表示，上週新增5例登革熱境外移入病例，今年累計32例。\n疾管署呼籲民眾出國注意防蚊。",
        title: Some("疾管署：登革热境外移入增至32例"),
        published_at: Some("2025-08-12T14:05"),
        source: Some("中央社"),
        authors: &[],
        editors: &[],
        body_has: &["疾管署今天表示，上周新增5例登革热境外移入病例，今年累计32例。", "疾管署呼吁民众出国注意防蚊。"],
        body_lacks: &[],
    },
    // Rows of figures and a sentence in English between the paragraphs.
    Page {
        text: "市卫健委公布一季度医疗服务数据\n2025-04-15 来源：临江市卫生健康委员会\n一季度全市医疗机构诊疗人次同比增长8.6%。主要指标如下：\n诊疗人次 1260万 8.6%\n出院人数 42万 5.1%\n2024 2025 增幅\n其中，AI辅助诊断系统已在全市23家医院上线，累计完成影像诊断15万例。\nThe city's health commission said the growth was mainly driven by primary care.\n下一步，市卫健委将继续推进分级诊疗。",
        title: Some("市卫健委公布一季度医疗服务数据"),
        published_at: Some("2025-04-15"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["一季度全市医疗机构诊疗人次同比增长8.6%。主要指标如下：", "诊疗人次 1260万 8.6%", "出院人数 42万 5.1%", "2024 2025 增幅", "其中，AI辅助诊断系统已在全市23家医院上线，累计完成影像诊断15万例。", "The city's health commission said the growth was mainly driven by primary care.", "下一步，市卫健委将继续推进分级诊疗。"],
        body_lacks: &[],
    },
    // A notice whose only text is a lead-in ending with a colon and the list it announces.
    Page {
        text: "市医保局公布2025年定点医药机构名单\n2025-01-06 10:00 来源：西岭市医疗保障局\n经审核，以下医药机构符合条件，现予公布：\n西岭市第一人民医院\n西岭市中医院\n西岭市妇幼保健院\n西岭市康宁大药房",
        title: Some("市医保局公布2025年定点医药机构名单"),
        published_at: Some("2025-01-06T10:00"),
        source: Some("西岭市医疗保障局"),
        authors: &[],
        editors: &[],
        body_has: &["经审核，以下医药机构符合条件，现予公布：", "西岭市第一人民医院", "西岭市中医院", "西岭市妇幼保健院", "西岭市康宁大药房"],
        body_lacks: &[],
    },
    // A notice closing with its target group; hotline and contact lines and a previous-article link below.
    Page {
        text: "关于开展免费两癌筛查的通知\n发布日期：2025-03-01  来源：南塘区妇幼保健院\n为提高妇女健康水平，我院将于3月10日至4月30日为辖区适龄妇女提供免费宫颈癌、乳腺癌筛查。\n筛查对象：35至64周岁常住妇女\n咨询电话：0731-88881234\n联系人：唐医生\n上一篇：我院开展世界肾脏日义诊",
        title: Some("关于开展免费两癌筛查的通知"),
        published_at: Some("2025-03-01"),
        source: Some("南塘区妇幼保健院"),
        authors: &[],
        editors: &[],
        body_has: &["为提高妇女健康水平，我院将于3月10日至4月30日为辖区适龄妇女提供免费宫颈癌、乳腺癌筛查。", "筛查对象：35至64周岁常住妇女"],
        body_lacks: &["咨询电话：0731-88881234", "联系人：唐医生", "上一篇：我院开展世界肾脏日义诊"],
    },
    // A Macau release: time and source on separate lines, share and print widgets, related list.
    Page {
        text: "衛生局推出長者流感疫苗接種計劃\n2025-10-15 16:45\n來源：澳門衛生局\n衛生局今日宣佈，由10月20日起為65歲以上長者免費接種季節性流感疫苗。\n長者可於各衛生中心及指定私家診所接種，無需預約。\n衛生局呼籲長者盡早接種，以減低感染風險。\n分享至：\n列印\n相關新聞\n衛生局公佈上週傳染病情況",
        title: Some("卫生局推出长者流感疫苗接种计划"),
        published_at: Some("2025-10-15T16:45"),
        source: Some("澳门卫生局"),
        authors: &[],
        editors: &[],
        body_has: &["卫生局今日宣布，由10月20日起为65岁以上长者免费接种季节性流感疫苗。", "长者可于各卫生中心及指定私家诊所接种，无需预约。", "卫生局呼吁长者尽早接种，以减低感染风险。"],
        body_lacks: &["分享至：", "列印", "相关新闻", "卫生局公布上周传染病情况"],
    },
    // A Hong Kong government release: the time under the date, `完` and the date repeated at the foot.
    Page {
        text: "衞生防護中心調查一宗食物中毒個案\n2025年3月5日（星期三）\n香港時間18時10分\n衞生署衞生防護中心今日（三月五日）正調查一宗涉及四人的食物中毒個案，呼籲市民注意食物衞生。\n四名患者於三月二日在一間餐廳進食後出現腹痛及腹瀉，其中一人需入院治療，現情況穩定。\n中心發言人表示：「市民應光顧可靠和持牌的食肆。」\n完\n2025年3月5日（星期三）",
        title: Some("卫生防护中心调查一宗食物中毒个案"),
        published_at: Some("2025-03-05T18:10"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["卫生署卫生防护中心今日（三月五日）正调查一宗涉及四人的食物中毒个案，呼吁市民注意食物卫生。", "四名患者于三月二日在一间餐厅进食后出现腹痛及腹泻，其中一人需入院治疗，现情况稳定。", "中心发言人表示：「市民应光顾可靠和持牌的食肆。」"],
        body_lacks: &["完", "2025年3月5日（星期三）"],
    },
    // A Taiwan paper: hot/instant tabs, time, paper and reporter／place on one line, a caption closed by `記者X／攝影`.
    Page {
        text: "即時\n熱門\n北市推動癌症篩檢 今年目標30萬人次\n2025-03-05 11:20 聯合報／ 記者吳柏緯／台北即時報導\n台北市政府衛生局今天表示，今年將擴大四癌篩檢服務，目標篩檢30萬人次。\n台北市衛生局今天說明癌症篩檢目標。記者吳柏緯／攝影\n衛生局長黃怡君說，去年全市篩檢發現癌前病變約2200例。\n延伸閱讀\n北市成人健檢免費 這些人可申請",
        title: Some("北市推动癌症筛检 今年目标30万人次"),
        published_at: Some("2025-03-05T11:20"),
        source: Some("联合报"),
        authors: &["吴柏纬"],
        editors: &[],
        body_has: &["台北市政府卫生局今天表示，今年将扩大四癌筛检服务，目标筛检30万人次。", "卫生局长黄怡君说，去年全市筛检发现癌前病变约2200例。"],
        body_lacks: &["即时", "热门", "台北市卫生局今天说明癌症筛检目标。记者吴柏纬／摄影", "延伸阅读", "北市成人健检免费 这些人可申请"],
    },
    // A wire story on the agency's site: the source line names the site, reporters in the dateline, 【纠错】 and a bracketed editor.
    Page {
        text: "我国将实施新一轮基层卫生人才培养计划\n2025-04-08 19:32:05  来源：新华网\n新华社北京4月8日电（记者 宋立 田野）记者8日从国家卫生健康委获悉，我国将实施新一轮基层卫生人才培养计划。\n据介绍，计划到2030年培养全科医生10万名。\n【纠错】\n【责任编辑:王可】",
        title: Some("我国将实施新一轮基层卫生人才培养计划"),
        published_at: Some("2025-04-08T19:32:05"),
        source: Some("新华网"),
        authors: &["宋立", "田野"],
        editors: &["王可"],
        body_has: &["新华社北京4月8日电（记者 宋立 田野）记者8日从国家卫生健康委获悉，我国将实施新一轮基层卫生人才培养计划。", "据介绍，计划到2030年培养全科医生10万名。"],
        body_lacks: &["【纠错】", "【责任编辑：王可】"],
    },
    // A portal repost: the portal's channel and name glued after the headline, 原标题, the portal's statement at the foot.
    Page {
        text: "多地医院开设“睡眠门诊”_新闻中心_北川网\n2025年04月10日 08:12 北川晨报\n原标题：睡不好？去睡眠门诊看看\n近年来，越来越多的医院开设了睡眠门诊。\n专家提醒，长期失眠应及时就医。\n责任编辑：赵立\n本站声明：本文转自合作媒体，转载目的在于分享信息，不代表本站观点。",
        title: Some("多地医院开设“睡眠门诊”"),
        published_at: Some("2025-04-10T08:12"),
        source: Some("北川晨报"),
        authors: &[],
        editors: &["赵立"],
        body_has: &["近年来，越来越多的医院开设了睡眠门诊。", "专家提醒，长期失眠应及时就医。"],
        body_lacks: &["责任编辑：赵立", "本站声明：本文转自合作媒体，转载目的在于分享信息，不代表本站观点。"],
    },
    // A hospital's post: a one-clause sentence above a note on picture rights (no photo credit), a disclaimer, a QR prompt.
    Page {
        text: "三伏贴预约开始了\n2025-07-01 来源：新河县中医院\n今年头伏从7月15日开始，新河县中医院三伏贴即日起接受预约。\n适宜人群为反复感冒、慢性咳嗽、过敏性鼻炎等患者。\n（图片来源于网络，如有侵权请联系删除）\n免责声明：本文仅供参考，不构成医疗建议。\n长按识别二维码关注我们",
        title: Some("三伏贴预约开始了"),
        published_at: Some("2025-07-01"),
        source: Some("新河县中医院"),
        authors: &[],
        editors: &[],
        body_has: &["今年头伏从7月15日开始，新河县中医院三伏贴即日起接受预约。", "适宜人群为反复感冒、慢性咳嗽、过敏性鼻炎等患者。"],
        body_lacks: &["（图片来源于网络，如有侵权请联系删除）", "免责声明：本文仅供参考，不构成医疗建议。", "长按识别二维码关注我们"],
    },
    // Caption forms between paragraphs: `图为…`, `资料图`, `（记者 X 摄）`.
    Page {
        text: "市中心血站开展无偿献血宣传周活动\n2025-06-14 09:30:12 来源：平湖日报\n6月14日是世界献血者日，市中心血站在人民广场开展无偿献血宣传活动。\n图为市民在献血车上献血。\n当天共有120余名市民参与献血，献血总量达3.8万毫升。\n资料图\n据统计，去年全市无偿献血人次同比增长9%。\n（记者 庞文杰 摄）\n血站负责人表示，将在更多社区设置流动献血点。\n编辑：欧阳蕾",
        title: Some("市中心血站开展无偿献血宣传周活动"),
        published_at: Some("2025-06-14T09:30:12"),
        source: Some("平湖日报"),
        authors: &[],
        editors: &["欧阳蕾"],
        body_has: &["6月14日是世界献血者日，市中心血站在人民广场开展无偿献血宣传活动。", "当天共有120余名市民参与献血，献血总量达3.8万毫升。", "据统计，去年全市无偿献血人次同比增长9%。", "血站负责人表示，将在更多社区设置流动献血点。"],
        body_lacks: &["图为市民在献血车上献血。", "资料图", "（记者 庞文杰 摄）"],
    },
    // Caption forms in traditional script: `圖片來源：`, ▲ with `（圖／資料照）`, `（圖：本報資料照）`.
    Page {
        text: "雙北腸病毒疫情升溫 醫師籲勤洗手\n2025-05-08 13:40\n疾管署今天公布，上週腸病毒門急診就診人次達1.2萬，較前一週上升18%。\n圖片來源：疾管署\n疾管署醫師曾淑慧表示，5歲以下幼童是重症高危險群。\n▲疾管署提醒家長注意幼童症狀。（圖／資料照）\n她提醒，家長若發現孩子嗜睡、肢體無力，應立即就醫。\n（圖：本報資料照）",
        title: Some("双北肠病毒疫情升温 医师吁勤洗手"),
        published_at: Some("2025-05-08T13:40"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["疾管署今天公布，上周肠病毒门急诊就诊人次达1.2万，较前一周上升18%。", "疾管署医师曾淑慧表示，5岁以下幼童是重症高危险群。", "她提醒，家长若发现孩子嗜睡、肢体无力，应立即就医。"],
        body_lacks: &["图片来源：疾管署", "▲疾管署提醒家长注意幼童症状。（图／资料照）", "（图：本报资料照）"],
    },
    // Share, app and reprint prompts and a copyright line under the text.
    Page {
        text: "区疾控中心开展狂犬病防治宣传\n发布时间：2025-09-28 来源：柳湾区疾控中心\n9月28日是世界狂犬病日，区疾控中心在多个社区开展宣传活动。\n工作人员提醒，被犬猫抓伤咬伤后应及时处置伤口并接种疫苗。\n分享到微信朋友圈\n打开微信扫一扫，点击右上角即可分享\n下载APP 阅读全文\n本文版权归柳湾区疾控中心所有，未经许可不得转载。\n如需转载请联系后台授权",
        title: Some("区疾控中心开展狂犬病防治宣传"),
        published_at: Some("2025-09-28"),
        source: Some("柳湾区疾控中心"),
        authors: &[],
        editors: &[],
        body_has: &["9月28日是世界狂犬病日，区疾控中心在多个社区开展宣传活动。", "工作人员提醒，被犬猫抓伤咬伤后应及时处置伤口并接种疫苗。"],
        body_lacks: &["分享到微信朋友圈", "打开微信扫一扫，点击右上角即可分享", "下载APP 阅读全文", "本文版权归柳湾区疾控中心所有，未经许可不得转载。", "如需转载请联系后台授权"],
    },
    // Traditional credit labels under the text: `文/圖：`, `責任編輯：`, `審核：`, `出處：`.
    Page {
        text: "全县开展医疗机构安全生产大检查\n2025-10-20 10:05 来源：北沙县卫健局\n10月18日至20日，县卫健局组织专家对全县医疗机构开展安全生产大检查。\n检查组共排查隐患36处，已督促整改完成30处。\n文/圖：邱雅文\n責任編輯：孫立新\n審核：劉明\n出處：北沙县卫健局",
        title: Some("全县开展医疗机构安全生产大检查"),
        published_at: Some("2025-10-20T10:05"),
        source: Some("北沙县卫健局"),
        authors: &["邱雅文"],
        editors: &["孙立新"],
        body_has: &["10月18日至20日，县卫健局组织专家对全县医疗机构开展安全生产大检查。", "检查组共排查隐患36处，已督促整改完成30处。"],
        body_lacks: &["文/图：邱雅文", "审核：刘明", "出处：北沙县卫健局"],
    },
    // A Hong Kong page with `發佈時間` and `更新時間` lines, previous/next links.
    Page {
        text: "首頁 > 新聞 > 健康\n衞生署推出新版家庭醫生名冊\n發佈時間：2025年03月05日 10:20\n更新時間：2025年03月05日 12:45\n衞生署今日推出新版家庭醫生名冊，收錄逾2,000名醫生資料，方便市民尋找合適的家庭醫生。\n市民可透過網上平台或流動應用程式查閱名冊。\n上一篇\n下一篇",
        title: Some("卫生署推出新版家庭医生名册"),
        published_at: Some("2025-03-05T10:20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["卫生署今日推出新版家庭医生名册，收录逾2,000名医生资料，方便市民寻找合适的家庭医生。", "市民可透过网上平台或流动应用程式查阅名册。"],
        body_lacks: &["首页 > 新闻 > 健康", "上一篇", "下一篇"],
    },
    // A headline with the site's name glued after a full-width bar.
    Page {
        text: "基层医疗服务能力提升行动启动｜华夏健康新闻\n2025-08-01 08:00 华夏健康新闻\n国家卫生健康委近日启动基层医疗服务能力提升行动，计划三年内推动5000家乡镇卫生院达到服务能力推荐标准。\n行动要求各地加强县域医共体建设，推动优质资源下沉。",
        title: Some("基层医疗服务能力提升行动启动"),
        published_at: Some("2025-08-01T08:00"),
        source: Some("华夏健康新闻"),
        authors: &[],
        editors: &[],
        body_has: &["国家卫生健康委近日启动基层医疗服务能力提升行动，计划三年内推动5000家乡镇卫生院达到服务能力推荐标准。", "行动要求各地加强县域医共体建设，推动优质资源下沉。"],
        body_lacks: &[],
    },
    // A breaking-news banner above the headline, hot list, comment box and pagination below.
    Page {
        text: "突发：某地发生4.5级地震\n快讯\n省医保局：明年起提高城乡居民医保财政补助标准\n2025-12-10 16:00 来源：省医疗保障局\n记者10日从省医保局获悉，明年起城乡居民医保人均财政补助标准提高30元。\n个人缴费标准同步调整为每人每年400元。\n热点推荐\n省卫健委发布冬季健康提示\n评论\n发表评论\n共有0条评论\n第1页 共2页 下一页",
        title: Some("省医保局：明年起提高城乡居民医保财政补助标准"),
        published_at: Some("2025-12-10T16:00"),
        source: Some("省医疗保障局"),
        authors: &[],
        editors: &[],
        body_has: &["记者10日从省医保局获悉，明年起城乡居民医保人均财政补助标准提高30元。", "个人缴费标准同步调整为每人每年400元。"],
        body_lacks: &["突发：某地发生4.5级地震", "快讯", "热点推荐", "省卫健委发布冬季健康提示", "评论", "发表评论", "共有0条评论", "第1页 共2页 下一页"],
    },
    // Short sentences of the text naming widget words (扫一扫, 公众号, APP, 客服热线) between its paragraphs stay body.
    Page {
        text: "市妇幼保健院上线预约挂号新平台\n2025-03-18 10:12 来源：南溪日报\n3月17日，南溪市妇幼保健院预约挂号新平台正式上线。\n患者扫一扫二维码即可预约。\n也可关注公众号后在线缴费。\n医院提醒，下载APP后可查看检查报告。\n如有疑问，可拨打客服热线咨询。\n该院副院长说，平台上线一周已服务1.2万人次。",
        title: Some("市妇幼保健院上线预约挂号新平台"),
        published_at: Some("2025-03-18T10:12"),
        source: Some("南溪日报"),
        authors: &[],
        editors: &[],
        body_has: &["3月17日，南溪市妇幼保健院预约挂号新平台正式上线。", "患者扫一扫二维码即可预约。", "也可关注公众号后在线缴费。", "医院提醒，下载APP后可查看检查报告。", "如有疑问，可拨打客服热线咨询。", "该院副院长说，平台上线一周已服务1.2万人次。"],
        body_lacks: &[],
    },
    // A reporter's byline printed after the lead paragraph: text on both sides stays body.
    Page {
        text: "县疾控中心开展饮用水监测\n2025-06-05 来源：桐山县融媒体中心\n6月4日，桐山县疾控中心对全县32个集中式供水单位开展水质监测。\n记者 苏晓彤\n监测人员现场采集水样，检测浑浊度、余氯等指标。\n目前已完成采样96份，检测结果将于本月底公布。\n编辑：杜薇",
        title: Some("县疾控中心开展饮用水监测"),
        published_at: Some("2025-06-05"),
        source: Some("桐山县融媒体中心"),
        authors: &["苏晓彤"],
        editors: &["杜薇"],
        body_has: &["6月4日，桐山县疾控中心对全县32个集中式供水单位开展水质监测。", "监测人员现场采集水样，检测浑浊度、余氯等指标。", "目前已完成采样96份，检测结果将于本月底公布。"],
        body_lacks: &[],
    },
    // A statistics bulletin whose headline ends in 公报; a note and an attachment line inside the text.
    Page {
        text: "省卫健委发布2024年卫生健康统计公报\n2025-05-30 09:00 来源：省卫生健康委员会\n省卫生健康委员会30日发布2024年全省卫生健康事业发展统计公报。\n注：本公报数据不含部队医疗机构。\n全省医疗卫生机构总数达8.6万个，比上年增加1200个。\n全省每千人口执业（助理）医师3.6人。\n附件：2024年全省卫生健康事业发展统计公报\n【打印本页】【关闭窗口】",
        title: Some("省卫健委发布2024年卫生健康统计公报"),
        published_at: Some("2025-05-30T09:00"),
        source: Some("省卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["省卫生健康委员会30日发布2024年全省卫生健康事业发展统计公报。", "注：本公报数据不含部队医疗机构。", "全省医疗卫生机构总数达8.6万个，比上年增加1200个。", "全省每千人口执业（助理）医师3.6人。", "附件：2024年全省卫生健康事业发展统计公报"],
        body_lacks: &["【打印本页】【关闭窗口】"],
    },
    // A Hong Kong page whose text opens with 【編者按】.
    Page {
        text: "醫學會倡加強長者疫苗接種\n2025年11月3日\n【編者按】本港流感季節即將來臨，醫學界呼籲長者盡早接種疫苗。\n香港醫學會會長表示，去年長者流感疫苗接種率僅約四成，遠低於世衛建議的七成五。\n他建議政府在長者中心設立外展接種站。\n相關新聞\n衞生署：流感季節將至",
        title: Some("医学会倡加强长者疫苗接种"),
        published_at: Some("2025-11-03"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["本港流感季节即将来临，医学界呼吁长者尽早接种疫苗。", "香港医学会会长表示，去年长者流感疫苗接种率仅约四成，远低于世卫建议的七成五。", "他建议政府在长者中心设立外展接种站。"],
        body_lacks: &["相关新闻", "卫生署：流感季节将至"],
    },
    // Time, place and department lines of an event inside the text.
    Page {
        text: "义诊活动走进社区\n2025-04-07 来源：东坡区人民医院\n为庆祝世界卫生日，东坡区人民医院组织专家团队走进社区开展义诊。\n活动时间：4月7日上午\n活动地点：东坡区文化广场\n参加科室：心内科、内分泌科、眼科\n当天共接诊居民300余人次，发放药品价值1万余元。",
        title: Some("义诊活动走进社区"),
        published_at: Some("2025-04-07"),
        source: Some("东坡区人民医院"),
        authors: &[],
        editors: &[],
        body_has: &["为庆祝世界卫生日，东坡区人民医院组织专家团队走进社区开展义诊。", "活动时间：4月7日上午", "活动地点：东坡区文化广场", "参加科室：心内科、内分泌科、眼科", "当天共接诊居民300余人次，发放药品价值1万余元。"],
        body_lacks: &[],
    },
    // Unnumbered short subheads (亮点一…) between one-sentence paragraphs.
    Page {
        text: "全省医改十大亮点发布\n2025-01-20 来源：省医改办\n近日，省医改办发布2024年全省深化医改十大亮点。\n亮点一\n县域医共体实现全覆盖。\n亮点二\n家庭医生签约服务提质扩面。\n亮点三\n公立医院薪酬制度改革全面推开。\n亮点四\n医保支付方式改革覆盖所有统筹区。",
        title: Some("全省医改十大亮点发布"),
        published_at: Some("2025-01-20"),
        source: Some("省医改办"),
        authors: &[],
        editors: &[],
        body_has: &["近日，省医改办发布2024年全省深化医改十大亮点。", "亮点一", "县域医共体实现全覆盖。", "亮点二", "家庭医生签约服务提质扩面。", "亮点三", "公立医院薪酬制度改革全面推开。", "亮点四", "医保支付方式改革覆盖所有统筹区。"],
        body_lacks: &[],
    },
    // A post whose opening is short lines without full stops, a question among them, above a numbered list.
    Page {
        text: "这个夏天，请收好这份防暑指南\n2025-07-12 18:20 来源：平安大理\n天气越来越热了\n你做好防暑准备了吗？\n高温天气要注意这些\n一、尽量避免在正午外出；\n二、多喝水，不要等口渴了再喝；\n三、出现头晕、恶心要及时就医。\n转发给你关心的人吧！\n点击关注",
        title: Some("这个夏天，请收好这份防暑指南"),
        published_at: Some("2025-07-12T18:20"),
        source: Some("平安大理"),
        authors: &[],
        editors: &[],
        body_has: &["天气越来越热了", "你做好防暑准备了吗？", "高温天气要注意这些", "一、尽量避免在正午外出；", "二、多喝水，不要等口渴了再喝；", "三、出现头晕、恶心要及时就医。", "转发给你关心的人吧！"],
        body_lacks: &["点击关注"],
    },
    // A notice whose numbered subhead stands above a `时间：` line inside the text: no second headline there, the text keeps its opening.
    Page {
        text: "关于举办全市基层医务人员急救技能培训班的通知\n发布时间：2025-08-20 来源：临江市卫生健康委员会\n各区卫生健康局，委属各单位：\n为提升基层医务人员急救能力，我委决定举办全市基层医务人员急救技能培训班。现将有关事项通知如下：\n一、培训时间和地点\n时间：2025年9月15日至17日\n地点：临江市急救中心培训楼\n二、参训人员\n各社区卫生服务中心、乡镇卫生院医务人员各2名。\n三、其他事项\n请于9月10日前报送参训人员名单。\n临江市卫生健康委员会\n2025年8月20日",
        title: Some("关于举办全市基层医务人员急救技能培训班的通知"),
        published_at: Some("2025-08-20"),
        source: Some("临江市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &["各区卫生健康局，委属各单位：", "为提升基层医务人员急救能力，我委决定举办全市基层医务人员急救技能培训班。现将有关事项通知如下：", "一、培训时间和地点", "时间：2025年9月15日至17日", "地点：临江市急救中心培训楼", "二、参训人员", "各社区卫生服务中心、乡镇卫生院医务人员各2名。", "三、其他事项", "请于9月10日前报送参训人员名单。"],
        body_lacks: &[],
    },
    // A line naming where the figures come from between paragraphs.
    Page {
        text: "全市居民健康素养水平提升至32%\n2025-09-02 10:30 来源：江北晚报\n市卫健委2日发布的监测结果显示，全市居民健康素养水平达到32.1%，比上年提高2.4个百分点。\n数据来源：市健康教育所\n分项看，基本知识和理念素养水平最高，为45.6%。\n健康技能素养水平相对较低，为26.3%。\n编辑：鲁越",
        title: Some("全市居民健康素养水平提升至32%"),
        published_at: Some("2025-09-02T10:30"),
        source: Some("江北晚报"),
        authors: &[],
        editors: &["鲁越"],
        body_has: &["市卫健委2日发布的监测结果显示，全市居民健康素养水平达到32.1%，比上年提高2.4个百分点。", "数据来源：市健康教育所", "分项看，基本知识和理念素养水平最高，为45.6%。", "健康技能素养水平相对较低，为26.3%。"],
        body_lacks: &[],
    },
    // A book note whose text names the book's author after `作者：` in a sentence.
    Page {
        text: "好书推荐：《社区里的家庭医生》\n2025-04-23 来源：书香卫生\n4月23日是世界读书日，今天为大家推荐一本讲述基层医生故事的书。\n作者：陆一鸣，某县医院退休医生，从医四十年。\n书中记录了作者在乡村行医的数十个故事，文字朴实，感人至深。",
        title: Some("好书推荐：《社区里的家庭医生》"),
        published_at: Some("2025-04-23"),
        source: Some("书香卫生"),
        authors: &[],
        editors: &[],
        body_has: &["4月23日是世界读书日，今天为大家推荐一本讲述基层医生故事的书。", "作者：陆一鸣，某县医院退休医生，从医四十年。", "书中记录了作者在乡村行医的数十个故事，文字朴实，感人至深。"],
        body_lacks: &[],
    },
    // A video label between paragraphs (furniture) and sentences about videos.
    Page {
        text: "市急救中心开展急救知识进校园活动\n2025-05-12 来源：东江区融媒体中心\n5月12日，市急救中心走进东江区实验小学，为师生讲解心肺复苏和海姆立克急救法。\n视频：急救中心医生示范心肺复苏\n活动现场，学生们在医生指导下进行了实操练习。\n据了解，今年该中心计划走进50所学校。",
        title: Some("市急救中心开展急救知识进校园活动"),
        published_at: Some("2025-05-12"),
        source: Some("东江区融媒体中心"),
        authors: &[],
        editors: &[],
        body_has: &["5月12日，市急救中心走进东江区实验小学，为师生讲解心肺复苏和海姆立克急救法。", "活动现场，学生们在医生指导下进行了实操练习。", "据了解，今年该中心计划走进50所学校。"],
        body_lacks: &[],
    },
    // Paragraphs glued on one line by ideographic indents.
    Page {
        text: "县人民医院胸痛中心通过国家认证\n2025-06-01 来源：丰河县人民医院\n　　近日，中国胸痛中心联盟公布新一批通过认证单位名单，丰河县人民医院胸痛中心榜上有名。　　据介绍，该院胸痛中心自2023年启动建设以来，已救治急性胸痛患者800余例。　　下一步，医院将继续优化救治流程，缩短救治时间，为群众生命健康保驾护航，切实提升全县急危重症救治能力和水平。",
        title: Some("县人民医院胸痛中心通过国家认证"),
        published_at: Some("2025-06-01"),
        source: Some("丰河县人民医院"),
        authors: &[],
        editors: &[],
        body_has: &["近日，中国胸痛中心联盟公布新一批通过认证单位名单，丰河县人民医院胸痛中心榜上有名。  据介绍，该院胸痛中心自2023年启动建设以来，已救治急性胸痛患者800余例。  下一步，医院将继续优化救治流程，缩短救治时间，为群众生命健康保驾护航，切实提升全县急危重症救治能力和水平。"],
        body_lacks: &[],
    },
    // A Hong Kong release with a lead-in and bulleted advice.
    Page {
        text: "衞生署：市民應避免進食生蠔\n2025年12月1日\n來源：香港政府新聞網\n衞生署食物安全中心今日提醒市民，冬季進食生蠔有感染諾如病毒的風險。\n中心建議：\n•向可靠持牌商戶購買食物\n•徹底煮熟貝類海產\n•進食前後洗手\n如出現腸胃炎病徵，應及早求醫。",
        title: Some("卫生署：市民应避免进食生蚝"),
        published_at: Some("2025-12-01"),
        source: Some("香港政府新闻网"),
        authors: &[],
        editors: &[],
        body_has: &["卫生署食物安全中心今日提醒市民，冬季进食生蚝有感染诺如病毒的风险。", "中心建议：", "•向可靠持牌商户购买食物", "•彻底煮熟贝类海产", "•进食前后洗手", "如出现肠胃炎病征，应及早求医。"],
        body_lacks: &[],
    },
    // A Taiwan report with unpunctuated `改變1：` subheads.
    Page {
        text: "健保新制上路 民眾就醫三大改變\n2025-07-01 09:30 記者陳怡安／台北報導\n健保署今天起實施門診部分負擔新制，民眾就醫將有三大改變。\n改變1：轉診就醫負擔較輕\n經基層診所轉診至醫學中心，部分負擔維持420元。\n改變2：慢性病連續處方箋免部分負擔\n符合條件的慢性病患者領藥時不必再付藥品部分負擔。\n改變3：急診依檢傷分級收費\n檢傷分級第一、二級的急診病人，部分負擔維持450元。\n更多新聞\n健保署：門診量回穩",
        title: Some("健保新制上路 民众就医三大改变"),
        published_at: Some("2025-07-01T09:30"),
        source: None,
        authors: &["陈怡安"],
        editors: &[],
        body_has: &["健保署今天起实施门诊部分负担新制，民众就医将有三大改变。", "改变1：转诊就医负担较轻", "经基层诊所转诊至医学中心，部分负担维持420元。", "改变2：慢性病连续处方笺免部分负担", "符合条件的慢性病患者领药时不必再付药品部分负担。", "改变3：急诊依检伤分级收费", "检伤分级第一、二级的急诊病人，部分负担维持450元。"],
        body_lacks: &["更多新闻", "健保署：门诊量回稳"],
    },
    // A lead opening with the paper's reporter and 报道.
    Page {
        text: "全市新增家庭医生团队50个\n2025-03-06 来源：江城日报\n本报记者 王芳 报道 今年以来，全市新增家庭医生团队50个，签约居民超过10万人。\n市卫健委相关负责人表示，将继续扩大签约覆盖面。",
        title: Some("全市新增家庭医生团队50个"),
        published_at: Some("2025-03-06"),
        source: Some("江城日报"),
        authors: &["王芳"],
        editors: &[],
        body_has: &["本报记者 王芳 报道 今年以来，全市新增家庭医生团队50个，签约居民超过10万人。", "市卫健委相关负责人表示，将继续扩大签约覆盖面。"],
        body_lacks: &[],
    },
    // A lead opening with 记者X报道：.
    Page {
        text: "全市新增家庭医生团队50个\n2025-03-06 来源：江城日报\n记者王芳报道：今年以来，全市新增家庭医生团队50个，签约居民超过10万人。\n市卫健委相关负责人表示，将继续扩大签约覆盖面。",
        title: Some("全市新增家庭医生团队50个"),
        published_at: Some("2025-03-06"),
        source: Some("江城日报"),
        authors: &["王芳"],
        editors: &[],
        body_has: &["记者王芳报道：今年以来，全市新增家庭医生团队50个，签约居民超过10万人。", "市卫健委相关负责人表示，将继续扩大签约覆盖面。"],
        body_lacks: &[],
    },
    // Sentences opening with 编辑部 and 编辑同志 in the text.
    Page {
        text: "读者来信获回复 社区医院延长服务时间\n2025-03-06 来源：江城日报\n编辑部近日收到读者来信，反映社区医院下班时间过早。\n记者随即联系了市卫健委，相关负责人表示已督促整改。\n编辑同志，感谢你们帮我们反映问题。\n来信的张先生说，现在下班后也能看病了。",
        title: Some("读者来信获回复 社区医院延长服务时间"),
        published_at: Some("2025-03-06"),
        source: Some("江城日报"),
        authors: &[],
        editors: &[],
        body_has: &["编辑部近日收到读者来信，反映社区医院下班时间过早。", "记者随即联系了市卫健委，相关负责人表示已督促整改。", "编辑同志，感谢你们帮我们反映问题。", "来信的张先生说，现在下班后也能看病了。"],
        body_lacks: &[],
    },
    // A sentence opening with a date and time, a bare date line between paragraphs.
    Page {
        text: "市卫健委召开新闻发布会\n2025-03-06 来源：江城日报\n2025年3月5日上午9时，市卫健委召开新闻发布会。\n2025年3月5日\n会议通报了全市传染病疫情形势。\n2024年全市共报告法定传染病1.2万例。",
        title: Some("市卫健委召开新闻发布会"),
        published_at: Some("2025-03-06"),
        source: Some("江城日报"),
        authors: &[],
        editors: &[],
        body_has: &["2025年3月5日上午9时，市卫健委召开新闻发布会。", "2025年3月5日", "会议通报了全市传染病疫情形势。", "2024年全市共报告法定传染病1.2万例。"],
        body_lacks: &[],
    },
    // A text typed with half-width commas and full stops.
    Page {
        text: "全市新增床位1200张\n2025-03-06 来源：江城日报\n今年,全市新增床位1200张.\n其中,县级医院新增800张.\n市卫健委表示,将继续加大投入.",
        title: Some("全市新增床位1200张"),
        published_at: Some("2025-03-06"),
        source: Some("江城日报"),
        authors: &[],
        editors: &[],
        body_has: &["今年，全市新增床位1200张.", "其中，县级医院新增800张.", "市卫健委表示，将继续加大投入."],
        body_lacks: &[],
    },
    // A Taiwan report opening with 〔記者X／台北報導〕 and closed by （中央社）.
    Page {
        text: "國健署：成人健檢年齡下修至30歲\n2025-01-02 12:00\n〔記者林惠琴／台北報導〕國健署今天宣布，成人預防保健服務年齡下修至30歲。\n國健署長說，預計新增約300萬人受惠。\n（中央社）",
        title: Some("国健署：成人健检年龄下修至30岁"),
        published_at: Some("2025-01-02T12:00"),
        source: Some("中央社"),
        authors: &["林惠琴"],
        editors: &[],
        body_has: &["〔记者林惠琴／台北报导〕国健署今天宣布，成人预防保健服务年龄下修至30岁。", "国健署长说，预计新增约300万人受惠。"],
        body_lacks: &[],
    },
    // A city portal: nav bar, time/source/author line, a caption credit after a short last sentence with a figure, 纠错 and editor on one line, app, comment and disclaimer lines.
    Page {
        text: "首页 | 新闻 | 健康 | 视频 | 图片\n市医保局开展打击欺诈骗保专项行动\n2025-04-02 15:06:22 来源：云州新闻网 作者：贺文\n4月1日，市医保局启动打击欺诈骗保专项行动，重点检查定点医疗机构虚假住院、串换药品等行为。\n行动将持续至10月底。\n（云州新闻网 贺文 摄）\n【我要纠错】 责任编辑：龚雪\n手机看新闻\n扫码下载云州新闻客户端\n网友评论\n请文明上网，理性发言\n本网站所刊载信息，不代表本网观点。",
        title: Some("市医保局开展打击欺诈骗保专项行动"),
        published_at: Some("2025-04-02T15:06:22"),
        source: Some("云州新闻网"),
        authors: &["贺文"],
        editors: &["龚雪"],
        body_has: &["市医保局启动打击欺诈骗保专项行动", "行动将持续至10月底。"],
        body_lacks: &["贺文 摄", "我要纠错", "手机看新闻", "扫码下载", "网友评论", "请文明上网", "不代表本网观点", "首页"],
    },
    // A Taiwan paper: 發佈時間 and 最後更新時間 lines, a slashed archive-picture credit, newsletter and LINE prompts, a copyright line, previous/next links.
    Page {
        text: "即時新聞\n衛福部擴大篩檢補助 新增肺癌高風險族群\n發佈時間：2025/04/02 16:20\n最後更新時間：2025/04/02 18:05\n衛福部今天宣布，自7月起將有肺癌家族史的民眾納入低劑量電腦斷層篩檢補助。\n國健署估計，每年約有3萬人受惠。\n圖／本報資料照片\n訂閱電子報\n加入LINE好友\n本文版權所有，非經授權，不得轉載。\n上一則\n下一則",
        title: Some("卫福部扩大筛检补助 新增肺癌高风险族群"),
        published_at: Some("2025-04-02T16:20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["纳入低剂量电脑断层筛检补助", "每年约有3万人受惠"],
        body_lacks: &["资料照片", "订阅电子报", "LINE好友", "不得转载", "上一则", "下一则", "即时新闻"],
    },
    // A Hong Kong press release: the date printed day first (DD/MM/YYYY).
    Page {
        text: "新聞公報\n衞生署推出長者疫苗接種計劃\n12/04/2027\n衞生署今日宣布，將於下月起為六十五歲或以上長者免費接種肺炎球菌疫苗。\n計劃預計惠及約四十萬名長者。\n分享",
        title: Some("卫生署推出长者疫苗接种计划"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["卫生署今日宣布", "计划预计"],
        body_lacks: &["分享"],
    },
    // Day-first date with a clock time under the headline.
    Page {
        text: "首頁 > 港聞\n醫管局新增三間普通科門診\n12/04/2027 15:30\n醫院管理局表示，將於年底前在新界區新增三間普通科門診診所。\n新診所每年可提供約十二萬個診症名額。",
        title: Some("医管局新增三间普通科门诊"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["医院管理局表示"],
        body_lacks: &[],
    },
    // A Macau stamp YYYY-MM-DD HH:MM.
    Page {
        text: "澳門衛生局加強流感監測\n2027-01-08 09:45\n衛生局表示，近期流感活動上升，已加強對學校及院舍的監測。\n當局呼籲市民盡早接種疫苗。",
        title: Some("澳门卫生局加强流感监测"),
        published_at: Some("2027-01-08T09:45"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 發佈時間 then 更新時間: published is the first, not the update.
    Page {
        text: "衞生防護中心公布新一輪檢測結果\n發佈時間：2027-02-03 10:20\n更新時間：2027-02-03 18:45\n衞生防護中心今日公布，過去一周共檢測樣本三千份，陽性率約百分之二。\n中心提醒市民注意個人衞生。",
        title: Some("卫生防护中心公布新一轮检测结果"),
        published_at: Some("2027-02-03T10:20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 更新時間 printed above 發佈時間: still the publication time.
    Page {
        text: "衞生防護中心公布新一輪檢測結果\n更新時間：2027-02-04 08:00\n發佈時間：2027-02-03 10:20\n衞生防護中心今日公布，過去一周共檢測樣本三千份，陽性率約百分之二。\n中心提醒市民注意個人衞生。",
        title: Some("卫生防护中心公布新一轮检测结果"),
        published_at: Some("2027-02-03T10:20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 上載日期 with a Chinese date.
    Page {
        text: "社會福利署公布長者院舍資助名額\n上載日期：2027年5月20日\n社會福利署表示，本年度將新增資助院舍宿位一千個。\n申請人可於網上遞交表格。",
        title: Some("社会福利署公布长者院舍资助名额"),
        published_at: Some("2027-05-20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 上載日期 with a day-first date.
    Page {
        text: "社會福利署公布長者院舍資助名額\n上載日期：20/05/2027\n社會福利署表示，本年度將新增資助院舍宿位一千個。\n申請人可於網上遞交表格。",
        title: Some("社会福利署公布长者院舍资助名额"),
        published_at: Some("2027-05-20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A bracketed reporter and the date with its weekday on one byline line.
    Page {
        text: "私家醫院收費透明度有待提高\n（記者陳嘉欣）2027年3月5日 星期五\n消費者委員會調查發現，多間私家醫院未有公開常見手術的收費資料。\n委員會建議當局訂立收費指引。",
        title: Some("私家医院收费透明度有待提高"),
        published_at: Some("2027-03-05"),
        source: None,
        authors: &["陈嘉欣"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // The same byline line in simplified script.
    Page {
        text: "民营医院收费透明度有待提高\n（记者陈嘉欣） 2027年3月5日 星期五\n消费者委员会调查发现，多家民营医院未公开常见手术的收费资料。\n委员会建议有关部门制定收费指引。",
        title: Some("民营医院收费透明度有待提高"),
        published_at: Some("2027-03-05"),
        source: None,
        authors: &["陈嘉欣"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 发布时间 then 更新时间 in simplified script.
    Page {
        text: "市卫健委发布春季传染病防控提示\n发布时间：2027-03-01 09:00\n更新时间：2027-03-02 11:30\n市卫生健康委员会提醒市民，春季是流感、诺如病毒感染等传染病的高发季节。\n请市民勤洗手、常通风。",
        title: Some("市卫健委发布春季传染病防控提示"),
        published_at: Some("2027-03-01T09:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A Macau day-first date and time.
    Page {
        text: "澳門仁伯爵綜合醫院新增急診床位\n18/06/2027 17:02\n衛生局表示，仁伯爵綜合醫院急診部新增床位二十張，以應付夏季求診高峰。\n新增床位已於本月投入使用。",
        title: Some("澳门仁伯爵综合医院新增急诊床位"),
        published_at: Some("2027-06-18T17:02"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A report sentence right above 資料圖片 stays body.
    Page {
        text: "衞生署加強學童視力普查\n2027-04-12 15:30\n衞生署表示，近年學童近視比率持續上升。當局將為全港小學生提供免費視力檢查。\n資料圖片\n每年約有五萬名學童接受檢查。",
        title: Some("卫生署加强学童视力普查"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["当局将为全港小学生提供免费视力检查。", "每年约有五万名学童接受检查。"],
        body_lacks: &["资料图片"],
    },
    // A report sentence right above 资料图片 stays body.
    Page {
        text: "市疾控中心开展学生视力筛查\n2027-04-12 15:30\n近年来学生近视率持续上升。市疾控中心将为全市小学生提供免费视力检查。\n资料图片\n今年计划筛查学生八万人。",
        title: Some("市疾控中心开展学生视力筛查"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["市疾控中心将为全市小学生提供免费视力检查。", "今年计划筛查学生八万人。"],
        body_lacks: &["资料图片"],
    },
    // A sentence above a slashed picture credit (圖／X提供) stays body.
    Page {
        text: "台南醫院啟用智慧病房\n2027/04/12 15:30\n院方表示，新病房共設有床位四十張。\n圖／台南醫院提供\n病房於下月起開放。",
        title: Some("台南医院启用智慧病房"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["院方表示，新病房共设有床位四十张。", "病房于下月起开放。"],
        body_lacks: &["图／台南医院提供"],
    },
    // One short clause opening with a pronoun above 受访者供图: report, not a caption.
    Page {
        text: "乡村医生坚守山区三十年\n2027-04-12 15:30\n他每天步行十余公里为村民看病。\n受访者供图\n村民们都称他为“健康守门人”。",
        title: Some("乡村医生坚守山区三十年"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["他每天步行十余公里为村民看病。", "村民们都称他为“健康守门人”。"],
        body_lacks: &["受访者供图"],
    },
    // The last sentence above a trailing 资料图片 stays body.
    Page {
        text: "市卫健委部署夏季食品安全工作\n2027-04-12 15:30\n会议要求，各区要加强对餐饮单位的监督。全市将开展为期三个月的专项检查。\n资料图片",
        title: Some("市卫健委部署夏季食品安全工作"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["全市将开展为期三个月的专项检查。"],
        body_lacks: &["资料图片"],
    },
    // A short clause stating a plan (将) above （资料图片）: report, not a caption.
    Page {
        text: "市卫健委部署夏季食品安全工作\n2027-04-12 15:30\n全市将开展为期三个月的专项检查。\n（资料图片）\n检查结果将向社会公布。",
        title: Some("市卫健委部署夏季食品安全工作"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["全市将开展为期三个月的专项检查。", "检查结果将向社会公布。"],
        body_lacks: &["资料图片"],
    },
    // A paper masthead alone above the title, 本报讯 in the lead.
    Page {
        text: "青川日报\n县医院开通远程会诊平台\n2027年4月12日\n本报讯 县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12"),
        source: Some("青川日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // The same in traditional script.
    Page {
        text: "東海日報\n醫院推出網上預約服務\n2027年4月12日\n本報訊 多間公立醫院即日起推出網上預約服務，病人可透過手機預約專科門診。\n新服務預計每月處理三萬宗預約。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: Some("东海日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A masthead above the title, but a 来源 line names the source.
    Page {
        text: "青川日报\n县医院开通远程会诊平台\n2027-04-12 来源：健康时报\n县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12"),
        source: Some("健康时报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A masthead above the title, a wire dateline names the source.
    Page {
        text: "青川日报\n县医院开通远程会诊平台\n新华社成都4月12日电 县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: None,
        source: Some("新华社"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // An evening paper masthead alone above the title, no other credit: it is the source.
    Page {
        text: "江州晚报\n社区卫生服务中心延长门诊时间\n2027-04-12 08:00\n即日起，全市社区卫生服务中心门诊时间延长至晚上八点。\n市民可通过手机预约挂号。",
        title: Some("社区卫生服务中心延长门诊时间"),
        published_at: Some("2027-04-12T08:00"),
        source: Some("江州晚报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 该刊记者X on a line of its own.
    Page {
        text: "基层医生队伍建设调查\n2027-04-12 来源：医院管理周刊\n该刊记者周明远\n在西部某县，乡镇卫生院的全科医生平均年龄超过五十岁。\n县卫生健康局负责人表示，今年将招聘定向医学生三十名。",
        title: Some("基层医生队伍建设调查"),
        published_at: Some("2027-04-12"),
        source: Some("医院管理周刊"),
        authors: &["周明远"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 本刊记者 with two names.
    Page {
        text: "基层医生队伍建设调查\n2027-04-12\n本刊记者 周明远 郑雨桐\n在西部某县，乡镇卫生院的全科医生平均年龄超过五十岁。\n县卫生健康局负责人表示，今年将招聘定向医学生三十名。",
        title: Some("基层医生队伍建设调查"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &["周明远", "郑雨桐"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 文／X.
    Page {
        text: "基层医生队伍建设调查\n2027-04-12 10:00\n文／韩秋实\n在西部某县，乡镇卫生院的全科医生平均年龄超过五十岁。\n县卫生健康局负责人表示，今年将招聘定向医学生三十名。",
        title: Some("基层医生队伍建设调查"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["韩秋实"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 撰文：X.
    Page {
        text: "基层医生队伍建设调查\n2027-04-12 10:00\n撰文：韩秋实\n在西部某县，乡镇卫生院的全科医生平均年龄超过五十岁。\n县卫生健康局负责人表示，今年将招聘定向医学生三十名。",
        title: Some("基层医生队伍建设调查"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["韩秋实"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 記者X／台北報導 on a line of its own.
    Page {
        text: "衛福部推動居家醫療整合計畫\n2027/04/12 10:00\n記者吳佩珊／台北報導\n衛福部今天表示，居家醫療整合計畫明年將擴大至全台各縣市。\n目前已有八百家診所參與。",
        title: Some("卫福部推动居家医疗整合计划"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["吴佩珊"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 记者 with three names.
    Page {
        text: "省疾控中心发布春季健康提示\n2027-04-12 10:00\n记者 梁文杰 许可欣 方志诚\n省疾病预防控制中心提醒，春季气温变化大，老年人要注意防寒保暖。\n专家建议市民适当增加户外活动。",
        title: Some("省疾控中心发布春季健康提示"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["梁文杰", "许可欣", "方志诚"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A correspondent beside the reporter is no author.
    Page {
        text: "县人民医院开展健康义诊\n2027-04-12 10:00\n记者 邓海波 通讯员 孔令杰\n4月10日，县人民医院组织专家到社区开展义诊活动。\n活动共服务群众三百余人次。",
        title: Some("县人民医院开展健康义诊"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["邓海波"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A trainee reporter (见习记者) is an author.
    Page {
        text: "县人民医院开展健康义诊\n2027-04-12 10:00\n记者 邓海波 见习记者 杨柳青\n4月10日，县人民医院组织专家到社区开展义诊活动。\n活动共服务群众三百余人次。",
        title: Some("县人民医院开展健康义诊"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["邓海波", "杨柳青"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 特约撰稿 X.
    Page {
        text: "县人民医院开展健康义诊\n2027-04-12 10:00\n特约撰稿 孟书宁\n4月10日，县人民医院组织专家到社区开展义诊活动。\n活动共服务群众三百余人次。",
        title: Some("县人民医院开展健康义诊"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["孟书宁"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A bracketed wire credit (中央社記者X台北12日電) opening the lead.
    Page {
        text: "疾管署呼籲民眾接種疫苗\n2027/04/12\n（中央社記者蔡宛儒台北12日電）疾管署今天呼籲，65歲以上長者盡快接種流感疫苗。\n目前接種率約為三成。",
        title: Some("疾管署呼吁民众接种疫苗"),
        published_at: Some("2027-04-12"),
        source: Some("中央社"),
        authors: &["蔡宛儒"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 【X日報訊】 opening the lead.
    Page {
        text: "醫管局公布急症室輪候時間\n2027年4月12日\n【東方日報訊】醫院管理局昨日公布，各公立醫院急症室的平均輪候時間為兩小時。\n當局將增加人手應對需求。",
        title: Some("医管局公布急症室轮候时间"),
        published_at: Some("2027-04-12"),
        source: Some("东方日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // X日報訊（記者Y） opening the lead.
    Page {
        text: "醫管局公布急症室輪候時間\n2027年4月12日\n東方日報訊（記者何詠詩）醫院管理局昨日公布，各公立醫院急症室的平均輪候時間為兩小時。\n當局將增加人手應對需求。",
        title: Some("医管局公布急症室轮候时间"),
        published_at: Some("2027-04-12"),
        source: Some("东方日报"),
        authors: &["何咏诗"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A magazine credit line: magazine（记者 A B）.
    Page {
        text: "分级诊疗制度改革观察\n2027-04-12\n中国卫生周刊（记者 石磊 白露）\n推进分级诊疗，关键在于提升基层医疗机构服务能力。\n近年来，各地探索建立医联体，取得了积极成效。",
        title: Some("分级诊疗制度改革观察"),
        published_at: Some("2027-04-12"),
        source: Some("中国卫生周刊"),
        authors: &["石磊", "白露"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 文/A 图/B: the photographer is no author.
    Page {
        text: "分级诊疗制度改革观察\n2027-04-12\n文/石磊 图/白露\n推进分级诊疗，关键在于提升基层医疗机构服务能力。\n近年来，各地探索建立医联体，取得了积极成效。",
        title: Some("分级诊疗制度改革观察"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &["石磊"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 来源： beside the date.
    Page {
        text: "县医院开通远程会诊平台\n2027-04-12 来源：健康中国观察\n县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12"),
        source: Some("健康中国观察"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 來源： beside the date.
    Page {
        text: "醫院推出網上預約服務\n2027-04-12 來源：明光新聞網\n多間公立醫院即日起推出網上預約服務，病人可透過手機預約專科門診。\n新服務預計每月處理三萬宗預約。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: Some("明光新闻网"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 转自： beside the date.
    Page {
        text: "县医院开通远程会诊平台\n2027-04-12 10:20 转自：南岭日报\n县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12T10:20"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 稿源： on a line of its own.
    Page {
        text: "县医院开通远程会诊平台\n2027-04-12 10:20\n稿源：西川新闻网\n县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12T10:20"),
        source: Some("西川新闻网"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 本文来自X微信公众号 above the text.
    Page {
        text: "县医院开通远程会诊平台\n2027-04-12 10:20\n本文来自健康科普号微信公众号\n县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12T10:20"),
        source: Some("健康科普号"),
        authors: &[],
        editors: &[],
        body_has: &["县人民医院近日开通远程会诊平台"],
        body_lacks: &["本文来自"],
    },
    // 本文来自微信公众号“X” under the text.
    Page {
        text: "县医院开通远程会诊平台\n2027-04-12 10:20\n县人民医院近日开通远程会诊平台，可与省级医院专家实时会诊。\n平台开通以来已完成会诊二十余例。\n本文来自微信公众号“健康科普号”",
        title: Some("县医院开通远程会诊平台"),
        published_at: Some("2027-04-12T10:20"),
        source: Some("健康科普号"),
        authors: &[],
        editors: &[],
        body_has: &["平台开通以来已完成会诊二十余例。"],
        body_lacks: &["本文来自"],
    },
    // Hong Kong portal furniture: ticker line, share/print widget, tags, related and hot lists, previous/next, disclaimer, copyright, app prompt, comment area.
    Page {
        text: "即時港聞\n快訊：九龍區發生交通意外 兩人受傷\n衞生署推出長者疫苗接種計劃\n2027-04-12 15:30\n分享至 Facebook WhatsApp 列印\n衞生署今日宣布，將於下月起為六十五歲或以上長者免費接種肺炎球菌疫苗。\n計劃預計惠及約四十萬名長者。\n標籤：疫苗 長者 衞生署\n相關新聞\n長者中心增設健康檢查服務\n醫管局招聘更多護士\n延伸閱讀\n熱門新聞\n上一篇：政府公布最新施政報告\n下一篇：天文台發出強烈季候風信號\n免責聲明：本網站內容僅供參考。\n版權所有 © 2027 東海傳媒有限公司\n立即下載本台手機應用程式\n留言區\n請登入後發表留言",
        title: Some("卫生署推出长者疫苗接种计划"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["卫生署今日宣布", "计划预计惠及约四十万名长者。"],
        body_lacks: &["分享至", "列印", "相关新闻", "延伸阅读", "热门新闻", "上一篇", "下一篇", "免责声明", "版权所有", "下载", "留言", "标签", "快讯", "长者中心增设", "医管局招聘"],
    },
    // The same furniture in simplified script, with a series note under the text.
    Page {
        text: "首页 > 健康 > 正文\n快讯：市区部分路段今晚临时交通管制\n市卫健委部署夏季食品安全工作\n2027-04-12 15:30 来源：南岭日报\n分享到：微信 微博 QQ空间 打印\n会议要求，各区要加强对餐饮单位的监督。\n全市将开展为期三个月的专项检查。\n本系列报道由市卫健委与本报联合推出，敬请关注。\n标签：食品安全 卫健委 夏季\n相关新闻\n市场监管局开展餐饮单位抽检\n专家提醒夏季谨防食物中毒\n热门新闻\n上一篇：全市卫生健康工作会议召开\n下一篇：市一医院新院区投入使用\n免责声明：本网转载内容仅供参考。\n版权所有 南岭日报社\n下载南岭日报客户端，阅读更多新闻\n网友评论\n发表评论",
        title: Some("市卫健委部署夏季食品安全工作"),
        published_at: Some("2027-04-12T15:30"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &["会议要求，各区要加强对餐饮单位的监督。", "全市将开展为期三个月的专项检查。"],
        body_lacks: &["分享到", "打印", "相关新闻", "延伸阅读", "热门新闻", "上一篇", "下一篇", "免责声明", "版权所有", "下载", "评论", "标签", "快讯", "本系列", "市场监管局", "专家提醒"],
    },
    // The title repeated: page head with a site suffix, then the article head.
    Page {
        text: "市卫健委部署夏季食品安全工作_南岭新闻网\n首页 > 健康\n市卫健委部署夏季食品安全工作\n2027-04-12 15:30 来源：南岭日报\n会议要求，各区要加强对餐饮单位的监督。\n全市将开展为期三个月的专项检查。",
        title: Some("市卫健委部署夏季食品安全工作"),
        published_at: Some("2027-04-12T15:30"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A column prefix before a bar (X丨…).
    Page {
        text: "健康人物丨乡村医生坚守山区三十年\n2027-04-12 15:30 来源：南岭日报\n他每天步行十余公里为村民看病，村民们都称他为健康守门人。\n今年他被评为全省优秀乡村医生。",
        title: Some("乡村医生坚守山区三十年"),
        published_at: Some("2027-04-12T15:30"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A bracketed column prefix (【X】…).
    Page {
        text: "【健康人物】乡村医生坚守山区三十年\n2027-04-12 15:30 来源：南岭日报\n他每天步行十余公里为村民看病，村民们都称他为健康守门人。\n今年他被评为全省优秀乡村医生。",
        title: Some("乡村医生坚守山区三十年"),
        published_at: Some("2027-04-12T15:30"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A site suffix after a spaced dash (- X新聞).
    Page {
        text: "醫管局公布急症室輪候時間 - 東海新聞\n2027年4月12日 15:30\n醫院管理局昨日公布，各公立醫院急症室的平均輪候時間為兩小時。\n當局將增加人手應對需求。",
        title: Some("医管局公布急症室轮候时间"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A site suffix after an underscore (_X網).
    Page {
        text: "醫管局公布急症室輪候時間_東海網\n2027年4月12日 15:30\n醫院管理局昨日公布，各公立醫院急症室的平均輪候時間為兩小時。\n當局將增加人手應對需求。",
        title: Some("医管局公布急症室轮候时间"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A photo caption above the title.
    Page {
        text: "医护人员为群众测量血压\n县人民医院开展健康义诊\n2027-04-12 10:00 来源：南岭日报\n4月10日，县人民医院组织专家到社区开展义诊活动。\n活动共服务群众三百余人次。",
        title: Some("县人民医院开展健康义诊"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A site slogan above the title.
    Page {
        text: "健康南岭 共建共享\n县人民医院开展健康义诊\n2027-04-12 10:00 来源：南岭日报\n4月10日，县人民医院组织专家到社区开展义诊活动。\n活动共服务群众三百余人次。",
        title: Some("县人民医院开展健康义诊"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A breaking-news ticker line above the title.
    Page {
        text: "快訊 九龍區發生交通意外 兩人受傷\n衞生署推出長者疫苗接種計劃\n12/04/2027 15:30\n衞生署今日宣布，將於下月起為六十五歲或以上長者免費接種肺炎球菌疫苗。\n計劃預計惠及約四十萬名長者。",
        title: Some("卫生署推出长者疫苗接种计划"),
        published_at: Some("2027-04-12T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A column label with a colon (专题：…) right above the date line: the headline.
    Page {
        text: "专题：乡村医生坚守山区三十年\n2027-04-12 15:30 来源：南岭日报\n他每天步行十余公里为村民看病，村民们都称他为健康守门人。\n今年他被评为全省优秀乡村医生。",
        title: Some("乡村医生坚守山区三十年"),
        published_at: Some("2027-04-12T15:30"),
        source: Some("南岭日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },

    // A Hong Kong paper dateline with its reporter in brackets (X報訊（記者 Y）).
    Page {
        text: "醫管局擴展日間醫療服務\n2027-04-12\n香港文匯報訊（記者 梁思敏）醫院管理局宣布，將在三間醫院擴展日間醫療服務。\n新服務每年可處理約兩萬人次。",
        title: Some("医管局扩展日间医疗服务"),
        published_at: Some("2027-04-12"),
        source: Some("香港文汇报"),
        authors: &["梁思敏"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // Two reporters joined by 、 before ／台北報導.
    Page {
        text: "衛福部推動居家醫療整合計畫\n2027/04/12 10:00\n記者吳佩珊、林俊宏／台北報導\n衛福部今天表示，居家醫療整合計畫明年將擴大至全台各縣市。\n目前已有八百家診所參與。",
        title: Some("卫福部推动居家医疗整合计划"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["吴佩珊", "林俊宏"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 文／X with the writer's profession in brackets.
    Page {
        text: "春季過敏別輕忽\n2027/04/12 10:00\n文／許家豪（耳鼻喉科醫師）\n春天花粉多，過敏性鼻炎患者容易症狀加劇。\n建議外出時配戴口罩。",
        title: Some("春季过敏别轻忽"),
        published_at: Some("2027-04-12T10:00"),
        source: None,
        authors: &["许家豪"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A site dateline with 消息 and the reporter in brackets; the stamp keeps its seconds.
    Page {
        text: "国家医保局推进药品集中带量采购\n2027-04-12 09:12:40 来源：央广网\n央广网北京4月12日消息（记者常晓峰）国家医保局12日表示，第十批药品集中带量采购将于下月开展。\n本次采购涉及药品六十余种。",
        title: Some("国家医保局推进药品集中带量采购"),
        published_at: Some("2027-04-12T09:12:40"),
        source: Some("央广网"),
        authors: &["常晓峰"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // An intern (实习生) beside the reporter is no author.
    Page {
        text: "国家医保局推进药品集中带量采购\n2027-04-12 09:12\n记者 常晓峰 实习生 汤若溪\n国家医保局12日表示，第十批药品集中带量采购将于下月开展。\n本次采购涉及药品六十余种。",
        title: Some("国家医保局推进药品集中带量采购"),
        published_at: Some("2027-04-12T09:12"),
        source: None,
        authors: &["常晓峰"],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 来源丨X after the date.
    Page {
        text: "国家医保局推进药品集中带量采购\n2027-04-12 09:12 来源丨健康时报\n国家医保局12日表示，第十批药品集中带量采购将于下月开展。\n本次采购涉及药品六十余种。",
        title: Some("国家医保局推进药品集中带量采购"),
        published_at: Some("2027-04-12T09:12"),
        source: Some("健康时报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 发布于 before the date.
    Page {
        text: "国家医保局推进药品集中带量采购\n发布于 2027-04-12\n国家医保局12日表示，第十批药品集中带量采购将于下月开展。\n本次采购涉及药品六十余种。",
        title: Some("国家医保局推进药品集中带量采购"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 發佈日期 with a weekday in brackets.
    Page {
        text: "衛福部推動居家醫療整合計畫\n發佈日期：2027年4月12日（星期一）\n衛福部今天表示，居家醫療整合計畫明年將擴大至全台各縣市。\n目前已有八百家診所參與。",
        title: Some("卫福部推动居家医疗整合计划"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A Macau paper named after the date on its line.
    Page {
        text: "衛生局推出長者健康評估\n2027-04-12 澳門日報\n衛生局表示，將為六十五歲以上長者提供免費健康評估。\n評估內容包括血壓、血糖及認知功能。",
        title: Some("卫生局推出长者健康评估"),
        published_at: Some("2027-04-12"),
        source: Some("澳门日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // 编辑 and 校对 on one line: the proofreader is no editor.
    Page {
        text: "国家医保局推进药品集中带量采购\n2027-04-12 09:12\n国家医保局12日表示，第十批药品集中带量采购将于下月开展。\n本次采购涉及药品六十余种。\n编辑：范晓琳 校对：程宇",
        title: Some("国家医保局推进药品集中带量采购"),
        published_at: Some("2027-04-12T09:12"),
        source: None,
        authors: &[],
        editors: &["范晓琳"],
        body_has: &[],
        body_lacks: &[],
    },
    // 本文转载自X under the text names the source.
    Page {
        text: "国家医保局推进药品集中带量采购\n2027-04-12 09:12\n国家医保局12日表示，第十批药品集中带量采购将于下月开展。\n本次采购涉及药品六十余种。\n本文转载自东原晚报",
        title: Some("国家医保局推进药品集中带量采购"),
        published_at: Some("2027-04-12T09:12"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &["本次采购涉及药品六十余种。"],
        body_lacks: &["转载"],
    },
    // A Hong Kong government release: 完, the date with its weekday, then the time line under the text.
    Page {
        text: "新聞公報\n衞生署公布新一輪控煙措施\n衞生署今日公布，將擴大禁煙區範圍至公共交通交匯處。\n措施將於七月一日生效。\n完\n2027年4月12日（星期一）\n香港時間16時35分",
        title: Some("卫生署公布新一轮控烟措施"),
        published_at: Some("2027-04-12T16:35"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["卫生署今日公布"],
        body_lacks: &["完", "2027年4月12日（星期一）香港时间16时35分"],
    },
    // （中央社） closing the last paragraph.
    Page {
        text: "健保署調整藥價 七百項藥品降價\n2027/04/12 14:05\n健保署今天公告，自5月1日起調整約700項藥品給付價格。\n健保署表示，每年可節省約20億元。（中央社）",
        title: Some("健保署调整药价 七百项药品降价"),
        published_at: Some("2027-04-12T14:05"),
        source: Some("中央社"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // Hong Kong portal widgets: font size, hit counter, picture source, ad label, app and channel prompts, comment box, recommendation headings, back-to-top, footer links.
    Page {
        text: "港聞 | 國際 | 財經 | 體育\n長者醫療券金額上調\n2027年4月12日 11:00\n字體大小：小 中 大\n點擊率：3521\n政府宣布，長者醫療券每年金額將上調至三千元。\n圖片來源：政府新聞處\n新安排預計惠及約一百八十萬名長者。\n廣告\n衞生署表示，會加強對醫療券使用的監察。\n打開APP閱讀更多\n訂閱我們的Telegram頻道\n追蹤我們的Instagram\n按此立即訂閱會員專享內容\n分享：WhatsApp Facebook 電郵\n我要評論\n已有0人評論\n熱門推薦\n推薦閱讀\n猜你喜歡\n大家都在看\n醫院推出夜間門診服務\n返回頂部\n聯絡我們 | 私隱政策 | 使用條款\n贊助內容",
        title: Some("长者医疗券金额上调"),
        published_at: Some("2027-04-12T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["政府宣布，长者医疗券每年金额将上调至三千元。", "新安排预计惠及约一百八十万名长者。", "卫生署表示，会加强对医疗券使用的监察。"],
        body_lacks: &["字体大小", "点击率", "返回顶部", "我要评论", "已有", "热门推荐", "推荐阅读", "猜你喜欢", "大家都在看", "联络我们", "私隐政策", "订阅", "Telegram", "Instagram", "广告", "按此", "会员", "图片来源", "打开APP", "赞助", "分享"],
    },
    // The same widgets on a mainland portal, with the organiser and ICP lines.
    Page {
        text: "当前位置：首页 > 政策解读\n城乡居民医保财政补助标准提高\n2027-04-12 11:00 来源：东原晚报 阅读量：2315\n【字号 大 中 小】\n今年城乡居民医保人均财政补助标准提高30元。\n图片来源：视觉中国\n个人缴费标准同步调整。\n广告\n各地要做好参保缴费工作。\n扫描二维码下载APP\n打开APP阅读全文\n点赞 在看 收藏\n我要评论\n已有0人评论\n热门推荐\n推荐阅读\n猜你喜欢\n大家都在看\n省医保局发布异地就医新规\n返回顶部\n联系我们 | 隐私政策 | 网站地图\n主办单位：东原市人民政府办公室\n粤ICP备12345678号",
        title: Some("城乡居民医保财政补助标准提高"),
        published_at: Some("2027-04-12T11:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &["今年城乡居民医保人均财政补助标准提高30元。", "个人缴费标准同步调整。", "各地要做好参保缴费工作。"],
        body_lacks: &["字号", "阅读量", "返回顶部", "我要评论", "已有", "热门推荐", "推荐阅读", "猜你喜欢", "大家都在看", "联系我们", "隐私政策", "主办单位", "ICP", "扫描二维码", "打开APP", "图片来源", "广告", "点赞", "在看", "收藏"],
    },
    // One related headline on its heading line between two paragraphs: furniture, the text goes on.
    Page {
        text: "城乡居民医保财政补助标准提高\n2027-04-12 11:00\n今年城乡居民医保人均财政补助标准提高30元。\n相关阅读：省医保局发布异地就医新规\n个人缴费标准同步调整。",
        title: Some("城乡居民医保财政补助标准提高"),
        published_at: Some("2027-04-12T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["个人缴费标准同步调整。"],
        body_lacks: &["相关阅读"],
    },
    // A bracketed repost note under the text, the site's disclaimer after it: the note names
    // the outlet.
    Page {
        text: "長者醫療券金額上調\n2027年4月12日 11:00\n政府宣布，長者醫療券每年金額將上調至三千元。\n新安排預計惠及約一百八十萬名長者。\n（本文轉載自東原晚報，不代表本網立場）",
        title: Some("长者医疗券金额上调"),
        published_at: Some("2027-04-12T11:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &["新安排预计惠及约一百八十万名长者。"],
        body_lacks: &["本文转载自", "不代表本网立场"],
    },
    // A related heading with its headline under the text still ends the body.
    Page {
        text: "城乡居民医保财政补助标准提高\n2027-04-12 11:00\n今年城乡居民医保人均财政补助标准提高30元。\n个人缴费标准同步调整。\n相关阅读：省医保局发布异地就医新规\n城乡居民参保指南发布",
        title: Some("城乡居民医保财政补助标准提高"),
        published_at: Some("2027-04-12T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["个人缴费标准同步调整。"],
        body_lacks: &["相关阅读", "异地就医", "参保指南"],
    },
    // A subtitle line (——…) under the headline.
    Page {
        text: "基层医疗服务能力提升行动启动\n——三年内实现县域医共体全覆盖\n2027-04-12 10:00 来源：东原晚报\n省卫生健康委12日宣布，启动基层医疗服务能力提升行动。\n到2029年，全省将实现县域医共体全覆盖。",
        title: Some("基层医疗服务能力提升行动启动"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A site suffix after a full-width bar.
    Page {
        text: "長者醫療券金額上調｜東海新聞網\n2027年4月12日 11:00\n政府宣布，長者醫療券每年金額將上調至三千元。\n新安排預計惠及約一百八十萬名長者。",
        title: Some("长者医疗券金额上调"),
        published_at: Some("2027-04-12T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A media tag in round brackets after the headline (（组图）).
    Page {
        text: "县医院新院区投入使用（组图）\n2027-04-12 10:00 来源：东原晚报\n县人民医院新院区12日正式投入使用，新增床位五百张。\n新院区设有急诊、门诊和住院三大功能区。",
        title: Some("县医院新院区投入使用"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A bracketed media tag before the headline (【视频】).
    Page {
        text: "【视频】县医院新院区投入使用\n2027-04-12 10:00 来源：东原晚报\n县人民医院新院区12日正式投入使用，新增床位五百张。\n新院区设有急诊、门诊和住院三大功能区。",
        title: Some("县医院新院区投入使用"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A breaking-news column before a bar (快讯丨…).
    Page {
        text: "快讯丨县医院新院区投入使用\n2027-04-12 10:00 来源：东原晚报\n县人民医院新院区12日正式投入使用，新增床位五百张。\n新院区设有急诊、门诊和住院三大功能区。",
        title: Some("县医院新院区投入使用"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // An exclusive column before a bar (獨家｜…).
    Page {
        text: "獨家｜私家醫院收費透明度有待提高\n2027年4月12日 11:00\n消費者委員會調查發現，多間私家醫院未有公開常見手術的收費資料。\n委員會建議當局訂立收費指引。",
        title: Some("私家医院收费透明度有待提高"),
        published_at: Some("2027-04-12T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A kicker line (引题) above the headline.
    Page {
        text: "打通群众看病就医“最后一公里”\n县域医共体实现全覆盖\n2027-04-12 10:00 来源：东原晚报\n省卫生健康委12日宣布，全省县域医共体已实现全覆盖。\n各县均建立了统一的医学影像和检验中心。",
        title: Some("县域医共体实现全覆盖"),
        published_at: Some("2027-04-12T10:00"),
        source: Some("东原晚报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // The page head with site and channel suffixes, a channel name, then the headline.
    Page {
        text: "長者醫療券金額上調 - 東海新聞 - 港聞\n港聞\n長者醫療券金額上調\n2027年4月12日 11:00\n政府宣布，長者醫療券每年金額將上調至三千元。\n新安排預計惠及約一百八十萬名長者。",
        title: Some("长者医疗券金额上调"),
        published_at: Some("2027-04-12T11:00"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A government notice: breadcrumb, date, source and an empty counter, signature and date under the text.
    Page {
        text: "当前位置：首页 > 通知公告\n东原市卫生健康委员会关于公布2027年第一批基层特色科室名单的通知\n发布日期：2027-04-12 信息来源：东原市卫生健康委员会 浏览次数：\n各区县卫生健康局：\n经评审，现将2027年第一批基层特色科室名单予以公布。\n附件：基层特色科室名单\n东原市卫生健康委员会\n2027年4月10日",
        title: Some("东原市卫生健康委员会关于公布2027年第一批基层特色科室名单的通知"),
        published_at: Some("2027-04-12"),
        source: Some("东原市卫生健康委员会"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A bracket that is part of the headline (（征求意见稿）) stays.
    Page {
        text: "东原市基层医疗卫生机构绩效考核办法（征求意见稿）\n发布日期：2027-04-12\n为规范基层医疗卫生机构绩效考核工作，制定本办法。\n本办法自发布之日起施行。",
        title: Some("东原市基层医疗卫生机构绩效考核办法（征求意见稿）"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },

    // A broadcaster and the place before 报道 and a space opening the lead.
    Page {
        text: "医院推出网上预约服务\n2027-04-12\n东原卫视杭州报道 全市公立医院即日起推出网上预约服务，患者可通过手机预约专科门诊。\n新服务预计每月处理三万人次预约。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: Some("东原卫视"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A broadcaster before 消息 and a space opening the lead.
    Page {
        text: "医院推出网上预约服务\n2027-04-12\n东原电视台消息 全市公立医院即日起推出网上预约服务，患者可通过手机预约专科门诊。\n新服务预计每月处理三万人次预约。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: Some("东原电视台"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A paper, a place and the day before 讯.
    Page {
        text: "医院推出网上预约服务\n2027-04-12\n东原日报杭州4月12日讯 全市公立医院即日起推出网上预约服务，患者可通过手机预约专科门诊。\n新服务预计每月处理三万人次预约。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: Some("东原日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // A paper and the place before 報道 and a colon.
    Page {
        text: "醫院推出網上預約服務\n2027-04-12\n東海日報香港報道：多間公立醫院即日起推出網上預約服務，病人可透過手機預約專科門診。\n新服務預計每月處理三萬宗預約。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: Some("东海日报"),
        authors: &[],
        editors: &[],
        body_has: &[],
        body_lacks: &[],
    },
    // An outlet before 报道 and a comma cites a report: no dateline.
    Page {
        text: "医院推出网上预约服务\n2027-04-12\n东原日报报道，全市公立医院即日起推出网上预约服务，患者可通过手机预约专科门诊。\n新服务预计每月处理三万人次预约。",
        title: Some("医院推出网上预约服务"),
        published_at: Some("2027-04-12"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["东原日报报道，全市公立医院即日起推出网上预约服务"],
        body_lacks: &[],
    },

    // A provincial health commission: site name, 网站首页 >> crumb, time with seconds, source, author and an empty view counter on one line, font widget, print/close links, sponsor and site-code footer.
    Page {
        text: "江岭省卫生健康委员会\n网站首页 > 新闻中心 > 卫健要闻\n江岭省召开2026年全省妇幼健康工作会议\n发布时间：2026-04-12 09:30:00  来源：妇幼健康处  作者：孙嘉禾  浏览次数：\n【字体：大 中 小】\n4月10日，全省妇幼健康工作会议在省城召开。会议总结了2025年妇幼健康工作，部署2026年重点任务。\n2025年，全省孕产妇死亡率下降至7.2/10万，婴儿死亡率为2.1‰，均为历史最低水平。\n省卫生健康委副主任郭明远出席会议并讲话。\n打印本页 关闭窗口\n主办：江岭省卫生健康委员会  承办：省卫生健康信息中心\n网站标识码：4400000001  备案号：江ICP备09001234号",
        title: Some("江岭省召开2026年全省妇幼健康工作会议"),
        published_at: Some("2026-04-12T09:30:00"),
        source: Some("妇幼健康处"),
        authors: &["孙嘉禾"],
        editors: &[],
        body_has: &["全省妇幼健康工作会议在省城召开", "婴儿死亡率为2.1‰", "出席会议并讲话"],
        body_lacks: &["打印本页", "主办", "备案号", "字体", "网站首页", "网站标识码"],
    },
    // A city commission: source, author naming an office, date and reading counter each on a line, 【字号】【收藏】【打印】【关闭】 widgets, share row, scan-to-open prompt.
    Page {
        text: "首页 > 新闻中心 > 市县动态\n青禾市多措并举推进卫生健康服务提质增效\n来源：青禾市卫生健康委员会\n作者：宣传科\n发布时间：2026年04月13日\n阅读次数：215\n【字号：大 中 小】【收藏】【打印】【关闭】\n今年以来，青禾市卫生健康委围绕群众看病就医急难愁盼问题，推出十项便民举措。\n全市二级以上医院全部实现检查检验结果互认，累计为群众节约费用860万元。\n分享到：微信 微博 QQ空间\n扫一扫在手机打开当前页",
        title: Some("青禾市多措并举推进卫生健康服务提质增效"),
        published_at: Some("2026-04-13"),
        source: Some("青禾市卫生健康委员会"),
        authors: &["宣传科"],
        editors: &[],
        body_has: &["推出十项便民举措", "累计为群众节约费用860万元"],
        body_lacks: &["阅读次数", "字号", "收藏", "分享到", "扫一扫", "宣传科"],
    },
    // A WeChat post: 原创 header with author, account, date and province, follow prompt above the text, 本期编辑, 往期推荐 with ▶ items, like/在看 row, 阅读原文.
    Page {
        text: "关注！这些医保新规5月起施行\n原创 周若溪 青山医保 2026年04月28日 20:15 江岭\n点击上方蓝字关注我们\n从5月1日起，青山市将调整职工医保门诊统筹待遇，年度最高支付限额提高到5000元。\n参保人在基层医疗机构就医的，报销比例提高5个百分点。\n本期编辑：马一鸣\n往期推荐\n▶ 青山市医保经办服务再提速\n▶ 一图读懂门诊共济\n分享 收藏 点赞 在看\n阅读原文",
        title: Some("关注！这些医保新规5月起施行"),
        published_at: Some("2026-04-28T20:15"),
        source: ANY,
        authors: &["周若溪"],
        editors: &["马一鸣"],
        body_has: &["年度最高支付限额提高到5000元", "报销比例提高5个百分点"],
        body_lacks: &["点击上方蓝字", "往期推荐", "青山市医保经办服务再提速", "一图读懂", "在看", "阅读原文"],
    },
    // A WeChat post: follow prompt first, `来源 | X` and `作者 | X` above the headline, - THE END -, a reprint statement, QR and like prompts.
    Page {
        text: "点击蓝字 关注我们\n来源 | 平川市疾控中心\n作者 | 龚雨桐\n手足口病进入高发季 家长要做好这几点\n近期，平川市手足口病报告病例数有所上升，5岁以下儿童是主要发病人群。\n市疾控中心提醒，家长要督促孩子饭前便后洗手，托幼机构要落实晨午检制度。\n如孩子出现发热、皮疹等症状，应及时到医院就诊。\n- THE END -\n声明：本文转载自平川市疾控中心，版权归原作者所有，如有侵权请联系删除。\n长按识别二维码 关注我们\n觉得有用，点个赞吧",
        title: Some("手足口病进入高发季 家长要做好这几点"),
        published_at: None,
        source: Some("平川市疾控中心"),
        authors: &["龚雨桐"],
        editors: &[],
        body_has: &["5岁以下儿童是主要发病人群", "应及时到医院就诊"],
        body_lacks: &["点击蓝字", "THE END", "版权归原作者所有", "长按识别二维码", "点个赞"],
    },
    // A portal repost: crumb, time and paper on one line, app prompt, font and share widgets, 报讯 with the reporter in brackets, 举报, an editor with a staff code, related and hot lists.
    Page {
        text: "新浪新闻 > 国内新闻\n多地启动医保跨省直接结算新试点\n2026年04月20日 07:42 南原晚报\n新浪财经APP\n缩小字体 放大字体 收藏 微博 微信 分享\n　　南原晚报讯（记者 许梦洁）记者19日从南原市医保局获悉，该市已开通跨省门诊慢特病直接结算，首批覆盖5种病种。\n　　截至目前，全市已有定点医药机构1200余家接入全国平台。\n举报\n责任编辑：张博 SF007\n相关阅读\n南原市医保电子凭证激活率超九成\n热门推荐",
        title: Some("多地启动医保跨省直接结算新试点"),
        published_at: Some("2026-04-20T07:42"),
        source: Some("南原晚报"),
        authors: &["许梦洁"],
        editors: &["张博"],
        body_has: &["该市已开通跨省门诊慢特病直接结算", "1200余家接入全国平台"],
        body_lacks: &["新浪财经APP", "缩小字体", "举报", "相关阅读", "南原市医保电子凭证激活率超九成", "热门推荐", "SF007"],
    },
    // A portal repost: channel name, time with seconds and source, a bracketed 原标题, share widgets, the paper glued to 记者, closing source and author lines, an editor with a code.
    Page {
        text: "网易健康\n医学专家：春季过敏高发 这些防护要点要记牢\n2026-04-03 16:20:11 来源: 西川都市报\n(原标题：春季过敏找上门？专家教你科学应对)\n0\n分享至\n用微信扫码二维码\n分享至好友和朋友圈\n西川都市报记者 田园 近日，西川省人民医院变态反应科门诊量明显增加，日均接诊过敏患者300余人次。\n该科主任罗佳介绍，花粉是春季过敏的主要诱因。\n罗佳建议，过敏人群外出时应佩戴口罩，回家后及时清洗鼻腔。\n本文来源：西川都市报\n作者：田园\n责任编辑：钟晴_NX3308",
        title: Some("医学专家：春季过敏高发 这些防护要点要记牢"),
        published_at: Some("2026-04-03T16:20:11"),
        source: Some("西川都市报"),
        authors: &["田园"],
        editors: &["钟晴"],
        body_has: &["日均接诊过敏患者300余人次", "花粉是春季过敏的主要诱因", "回家后及时清洗鼻腔"],
        body_lacks: &["分享至", "扫码", "本文来源", "NX3308"],
    },
    // An account's post on a portal: time and account as source, 发布于 province, the way back to the portal, the platform's statement, a reading counter.
    Page {
        text: "东川：今年将新建50家社区医院\n2026-04-15 11:03 来源: 健康东川\n发布于：东川省\n东川省卫生健康委近日印发通知，今年全省将新建社区医院50家，重点向人口密集的城区倾斜。\n通知要求，各地要在9月底前完成建设任务。\n返回搜狐，查看更多\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n阅读 (1234)",
        title: Some("东川：今年将新建50家社区医院"),
        published_at: Some("2026-04-15T11:03"),
        source: Some("健康东川"),
        authors: &[],
        editors: &[],
        body_has: &["今年全省将新建社区医院50家", "各地要在9月底前完成建设任务"],
        body_lacks: &["返回搜狐", "平台声明", "阅读 (1234)", "发布于"],
    },
    // A portal's creator post: paper and time on one line, a follow button, 讯 with reporter and correspondent, the platform's disclaimer, 举报.
    Page {
        text: "腾讯新闻\n北岸市三甲医院全面推行“先诊疗后付费”\n北岸晨报 2026-04-09 08:05\n关注\n北岸晨报4月9日讯 记者 韦思源 通讯员 陆平 近日，北岸市卫健委宣布，全市8家三甲医院全面推行“先诊疗后付费”服务。\n患者就诊时无需预交押金，出院时统一结算。\n免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。\n举报",
        title: Some("北岸市三甲医院全面推行“先诊疗后付费”"),
        published_at: Some("2026-04-09T08:05"),
        source: Some("北岸晨报"),
        authors: &["韦思源"],
        editors: &[],
        body_has: &["全市8家三甲医院全面推行", "出院时统一结算"],
        body_lacks: &["免责声明", "举报", "腾讯新闻"],
    },
    // A Hong Kong government release: asterisk rule under the headline, 完, the date with its weekday and the time line at the foot.
    Page {
        text: "衞生署推出新一輪子宮頸癌疫苗接種計劃\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n　　衞生署今日（四月八日）宣布，將於本學年為小五及小六女學生提供第二輪子宮頸癌疫苗接種。\n　　衞生署發言人表示，接種服務由學校外展隊伍提供，預計約三萬名學生受惠。\n　　發言人呼籲家長盡早交回同意書。\n完\n2026年4月8日（星期三）\n香港時間16時45分",
        title: Some("卫生署推出新一轮子宫颈癌疫苗接种计划"),
        published_at: Some("2026-04-08T16:45"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["将于本学年为小五及小六女学生提供", "预计约三万名学生受惠", "呼吁家长尽早交回同意书"],
        body_lacks: &["香港时间", "＊＊＊"],
    },
    // A Taiwan paper: time, paper／ 記者X／place即時報導 on one line, 延伸閱讀, `編輯 X` without colon.
    Page {
        text: "中部醫院推遠距門診 偏鄉病人免奔波\n2026-04-10 11:32 南港時報／ 記者江柏毅／台中即時報導\n台中一家區域醫院今起推出遠距門診，偏鄉民眾在衛生所即可與醫院專科醫師視訊看診。\n院方表示，首波開放心臟科與新陳代謝科，每週提供四個診次。\n衛生局指出，今年將再爭取中央補助約800萬元擴大服務。\n延伸閱讀\n偏鄉醫療人力不足 衛福部擬加碼公費生\n編輯 林雅琪",
        title: Some("中部医院推远距门诊 偏乡病人免奔波"),
        published_at: Some("2026-04-10T11:32"),
        source: Some("南港时报"),
        authors: &["江柏毅"],
        editors: &["林雅琪"],
        body_has: &["偏乡民众在卫生所即可与医院专科医师视讯看诊", "每周提供四个诊次", "约800万元扩大服务"],
        body_lacks: &["延伸阅读", "偏乡医疗人力不足"],
    },
    // A Taiwan wire on its own line under a slashed date, editor note with the serial number, 延伸閱讀.
    Page {
        text: "衛福部：明年起擴大癌症篩檢 新增肺癌對象\n2026/04/11 15:20\n中央社記者何宜蓁台北11日電\n衛生福利部今天表示，明年起將擴大公費癌症篩檢，肺癌低劑量電腦斷層篩檢對象將擴及有家族史的民眾。\n國健署長表示，預估每年新增受檢人數約5萬人。（編輯：蔡孟哲）1150411\n延伸閱讀\n國健署提醒民眾定期接受大腸癌篩檢",
        title: Some("卫福部：明年起扩大癌症筛检 新增肺癌对象"),
        published_at: Some("2026-04-11T15:20"),
        source: Some("中央社"),
        authors: &["何宜蓁"],
        editors: &["蔡孟哲"],
        body_has: &["明年起将扩大公费癌症筛检", "预估每年新增受检人数约5万人"],
        body_lacks: &["延伸阅读", "国健署提醒民众定期接受大肠癌筛检", "1150411"],
    },
    // A Taiwan report without headline: 〔記者X／place報導〕 opening the text, a ▲ caption with the reporter's photo credit, an app prompt, 相關新聞.
    Page {
        text: "〔記者葉書瑋／台南報導〕台南市衛生局今天宣布，65歲以上長者接種肺炎鏈球菌疫苗將全面免費。\n衛生局長說，今年已編列預算2400萬元，預計5萬名長者受惠。\n▲台南市衛生局說明長者疫苗政策。（記者葉書瑋攝）\n不用抽！不用搶！現在用APP看新聞 保證天天中獎\n相關新聞\n南市登革熱防疫 衛生局加強孳生源清除",
        title: None,
        published_at: None,
        source: None,
        authors: &["叶书玮"],
        editors: &[],
        body_has: &["台南市卫生局今天宣布", "预计5万名长者受惠"],
        body_lacks: &["说明长者疫苗政策", "用APP看新闻", "相关新闻", "南市登革热防疫"],
    },
    // An official document dumped from its PDF: red-head line and document number, headline, addressee line, sentences wrapped at the page width, page numbers between dashes, signature, disclosure note, copy list and issuing line.
    Page {
        text: "江岭省卫生健康委员会文件\n江卫发〔2026〕12号\n江岭省卫生健康委员会关于做好2026年春季传染病防控工作的通知\n各市、县（区）卫生健康局，委直属各单位：\n当前正值春季传染病高发期，为切实做好防控工作，保障人民\n群众身体健康，现将有关事项通知如下。\n一、加强监测预警。各级疾控机构要落实传染病日报告制度，\n发现聚集性疫情要在2小时内报告。\n— 1 —\n二、强化医疗救治。各级医疗机构要做好发热门诊设置，储备\n必要的药品和防护物资。\n江岭省卫生健康委员会\n2026年3月20日\n（信息公开形式：主动公开）\n抄送：国家卫生健康委办公厅。\n江岭省卫生健康委员会办公室            2026年3月21日印发\n— 2 —",
        title: Some("江岭省卫生健康委员会关于做好2026年春季传染病防控工作的通知"),
        published_at: Some("2026-03-20"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["现将有关事项通知如下", "各级疾控机构要落实传染病日报告制度", "各级医疗机构要做好发热门诊设置"],
        body_lacks: &["— 1 —", "— 2 —", "抄送", "印发", "信息公开形式"],
    },
    // A paper's print edition: masthead, date, page line, 本报记者 with a correspondent, page turns, 本版责编.
    Page {
        text: "东川日报\n2026年4月16日 星期四\n第05版：健康周刊\n让“互联网+护理”走进千家万户\n本报记者 贺知秋 通讯员 严冬\n　　“护士上门换药，省去了我们来回跑医院的麻烦。”家住东川市城南区的李大爷说。\n　　今年以来，东川市已有23家医院开展“互联网+护理服务”，累计上门服务1.6万人次。\n　　市卫生健康委有关负责人表示，下一步将把服务范围扩大到社区卫生服务中心。\n上一版  下一版\n本版责编：侯晓峰",
        title: Some("让“互联网+护理”走进千家万户"),
        published_at: Some("2026-04-16"),
        source: Some("东川日报"),
        authors: &["贺知秋"],
        editors: &["侯晓峰"],
        body_has: &["护士上门换药", "累计上门服务1.6万人次", "扩大到社区卫生服务中心"],
        body_lacks: &["第05版", "上一版", "下一版", "本报记者"],
    },
    // A paper's print article: □ 本报记者 byline with 文/图, the closing 《paper》（date 第 X 版） note naming the source.
    Page {
        text: "让基层医生留得住\n□ 本报记者 贺知秋 通讯员 严冬 文/图\n　　在东川市北塘镇卫生院，全科医生小刘已经工作了6年。\n　　近年来，东川市为基层医生提高待遇、畅通晋升渠道，全市基层医生流失率下降至3%以下。\n《东川日报》（2026年04月16日 第 05 版）",
        title: Some("让基层医生留得住"),
        published_at: Some("2026-04-16"),
        source: Some("东川日报"),
        authors: &["贺知秋"],
        editors: &[],
        body_has: &["全科医生小刘已经工作了6年", "流失率下降至3%以下"],
        body_lacks: &["第 05 版", "文/图"],
    },
    // A paper's commentary: masthead, □ before the writer's single name, the writer's unit in brackets under the text.
    Page {
        text: "康民报\n筑牢基层公共卫生防线\n2026-04-14 来源：康民报\n□ 邓立群\n基层是公共卫生的网底。近年来，各地通过加强疾控体系建设，基层公共卫生服务能力明显提升。\n但也要看到，部分地区基层人员流失问题仍然突出。\n（作者单位：东川市疾病预防控制中心）\n编辑：罗平",
        title: Some("筑牢基层公共卫生防线"),
        published_at: Some("2026-04-14"),
        source: Some("康民报"),
        authors: &["邓立群"],
        editors: &["罗平"],
        body_has: &["基层是公共卫生的网底", "基层人员流失问题仍然突出"],
        body_lacks: &["作者单位", "东川市疾病预防控制中心"],
    },
    // A commentary: the writer's unit in brackets after the author's name, a 作者单位 line under the text.
    Page {
        text: "慢病管理要向“防”字倾斜\n2026-04-14 10:00 来源：康民报\n作者：邓立群（东川市第二人民医院）\n慢性病已成为影响居民健康的主要因素。\n做好慢病管理，关键在于早筛查、早干预。\n作者单位：东川市第二人民医院\n责任编辑：罗平",
        title: Some("慢病管理要向“防”字倾斜"),
        published_at: Some("2026-04-14T10:00"),
        source: Some("康民报"),
        authors: &["邓立群"],
        editors: &["罗平"],
        body_has: &["慢性病已成为影响居民健康的主要因素", "关键在于早筛查、早干预"],
        body_lacks: &["作者单位"],
    },
    // A provincial commission: welcome banner, date widget, crumb with >>, one byline row with an empty author, widgets, attachment, related links, copyright, address and resolution footer.
    Page {
        text: "欢迎访问河西省卫生健康委员会网站！\n今天是：2026年4月17日 星期五\n当前位置：网站首页 >> 新闻中心 >> 图片新闻\n河西省启动2026年“323”攻坚行动\n发布时间：2026-04-17　　信息来源：疾控处　　作者：　　【字体：大 中 小】 【打印本页】 【关闭窗口】\n4月16日，河西省在省会召开心脑血管疾病、癌症、慢性呼吸系统疾病等重点疾病防治攻坚行动启动会。\n省卫生健康委主任何东升在会上强调，要聚焦重点人群，建立健全筛查干预体系。\n附件：\n1.河西省“323”攻坚行动实施方案.pdf\n相关链接：\n国家卫生健康委员会 | 河西省人民政府\n版权所有：河西省卫生健康委员会　地址：河西省省府路9号　邮编：730000\n技术支持：河西省卫生健康信息中心　建议使用1920×1080分辨率浏览",
        title: Some("河西省启动2026年“323”攻坚行动"),
        published_at: Some("2026-04-17"),
        source: Some("疾控处"),
        authors: &[],
        editors: &[],
        body_has: &["重点疾病防治攻坚行动启动会", "要聚焦重点人群"],
        body_lacks: &["欢迎访问", "今天是", "当前位置", "相关链接", "版权所有", "技术支持", "分辨率"],
    },
    // A commission's WeChat post: 原创 header naming the account twice, the account's description, a column label, source, editor, proofreader and reviewer lines, share and 阅读原文 prompts.
    Page {
        text: "原创 健康河西 健康河西 2026-04-19 07:30\n健康河西\n河西省卫生健康委员会官方微信\n今日关注\n春季养肝正当时，这份指南请收好\n春季是养肝护肝的好时节。专家提醒，保持规律作息、清淡饮食，有助于肝脏健康。\n饮酒是肝损伤的重要原因，建议成年人尽量少饮酒。\n来源：河西省中医院\n编辑：单晓\n校对：闵然\n审核：何田\n欢迎转发分享\n点击“阅读原文”了解更多",
        title: Some("春季养肝正当时，这份指南请收好"),
        published_at: Some("2026-04-19T07:30"),
        source: Some("河西省中医院"),
        authors: &[],
        editors: &["单晓"],
        body_has: &["春季是养肝护肝的好时节", "建议成年人尽量少饮酒"],
        body_lacks: &["官方微信", "今日关注", "欢迎转发", "阅读原文", "校对", "审核"],
    },
    // A portal repost: crumb, time and a paper's app as source, 作者：记者 X 实习生 Y, share row, 文章纠错, bracketed editor, a disclaimer.
    Page {
        text: "首页 > 健康 > 正文\n这个夏天，儿童溺水防范要牢记“六不”\n2026-06-02 14:36 来源：山南晚报客户端\n作者：记者 罗素梅 实习生 包晨\n分享到：\n北川市急救中心近日接诊多起儿童溺水事件。急救专家提醒，家长暑期要看护好孩子。\n专家介绍，溺水往往发生在几分钟之内，且过程无声无息。\n文章纠错\n[责任编辑：吕凡]\n本网站所刊载信息，不代表本站观点。如有侵权请联系删除。",
        title: Some("这个夏天，儿童溺水防范要牢记“六不”"),
        published_at: Some("2026-06-02T14:36"),
        source: Some("山南晚报客户端"),
        authors: &["罗素梅"],
        editors: &["吕凡"],
        body_has: &["家长暑期要看护好孩子", "过程无声无息"],
        body_lacks: &["分享到", "文章纠错", "责任编辑", "不代表本站观点"],
    },
    // A Hong Kong government release of a council question: 問題/答覆/主席 turns, 完 and the time line.
    Page {
        text: "立法會十題：基層醫療健康中心服務\n＊＊＊＊＊＊＊＊＊\n　　以下是今日（四月二十二日）在立法會會議上黃議員的提問和醫務衞生局局長的書面答覆：\n問題：\n　　政府近年在各區設立地區康健中心，請告知本會過去三年各中心的使用人次。\n答覆：\n主席：\n　　過去三年，地區康健中心的服務人次合共約二百萬。\n完\n2026年4月22日（星期三）\n香港時間15時30分",
        title: Some("立法会十题：基层医疗健康中心服务"),
        published_at: Some("2026-04-22T15:30"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["在立法会会议上黄议员的提问", "请告知本会过去三年", "服务人次合共约二百万"],
        body_lacks: &["香港时间"],
    },
    // A Taiwan portal without headline: portal name, date, 記者X／綜合報導, one ► link under the text, reader-feedback and hot headings.
    Page {
        text: "ETtoday新聞雲\n2026年04月21日 10:05\n記者許家瑜／綜合報導\n疾管署今（21）日公布國內新增3例麻疹境外移入病例，均曾前往東南亞國家。\n疾管署提醒，出國前應確認疫苗接種狀況，返國後如出現發燒、出疹等症狀，應盡速就醫。\n►爸媽注意！腸病毒進入流行期\n讀者迴響\n熱門新聞",
        title: None,
        published_at: Some("2026-04-21T10:05"),
        source: None,
        authors: &["许家瑜"],
        editors: &[],
        body_has: &["新增3例麻疹境外移入病例", "应尽速就医"],
        body_lacks: &["肠病毒进入流行期", "读者回响", "热门新闻"],
    },
    // The same with a headline: one ► link under the text is no body.
    Page {
        text: "疾管署：國內新增3例麻疹境外移入 均曾赴東南亞\n2026年04月21日 10:05\n記者許家瑜／綜合報導\n疾管署今（21）日公布國內新增3例麻疹境外移入病例，均曾前往東南亞國家。\n疾管署提醒，出國前應確認疫苗接種狀況，返國後如出現發燒、出疹等症狀，應盡速就醫。\n►爸媽注意！腸病毒進入流行期\n讀者迴響\n熱門新聞",
        title: Some("疾管署：国内新增3例麻疹境外移入 均曾赴东南亚"),
        published_at: Some("2026-04-21T10:05"),
        source: None,
        authors: &["许家瑜"],
        editors: &[],
        body_has: &["新增3例麻疹境外移入病例", "应尽速就医"],
        body_lacks: &["肠病毒进入流行期", "读者回响", "热门新闻"],
    },
    // A portal repost: agency-shaped 讯 with the reporter in brackets, a closing source note, a bracketed editor with a code, the portal's statement, keywords and feedback lines.
    Page {
        text: "新浪健康\n医保药品目录调整工作方案公布 今年起这些药有望纳入\n2026-04-23 10:30:12 来源：经济周报网\n　　经济周报网北京4月23日讯（记者 岳敏）国家医保局23日公布2026年国家基本医疗保险药品目录调整工作方案。\n　　方案明确，今年的目录调整将向罕见病用药和儿童用药倾斜。\n　　(来源：经济周报网)\n（责任编辑：袁野 HN011）\n新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。\n文章关键词： 医保 药品目录\n我要反馈\n秒拍视频",
        title: Some("医保药品目录调整工作方案公布 今年起这些药有望纳入"),
        published_at: Some("2026-04-23T10:30:12"),
        source: Some("经济周报网"),
        authors: &["岳敏"],
        editors: &["袁野"],
        body_has: &["公布2026年国家基本医疗保险药品目录调整工作方案", "向罕见病用药和儿童用药倾斜"],
        body_lacks: &["新浪声明", "文章关键词", "我要反馈", "秒拍视频", "HN011"],
    },
    // A township item on a county site: author, source, date and counter on one line, a closing bracketed credit, print/close and previous/next links.
    Page {
        text: "当前位置：首页 > 乡镇动态\n长岭镇开展“健康进万家”义诊活动\n作者：常宁 信息来源：长岭镇人民政府 发布日期：2026-04-24 点击次数：89\n4月23日，长岭镇卫生院联合县人民医院在镇文化广场开展义诊活动，为群众免费测量血压、血糖300余人次。\n活动现场，医务人员还发放健康宣传资料1000余份。\n（长岭镇 常宁）\n【打印】【关闭】\n上一条：长岭镇召开安全生产工作会议\n下一条：长岭镇开展春季植树活动",
        title: Some("长岭镇开展“健康进万家”义诊活动"),
        published_at: Some("2026-04-24"),
        source: Some("长岭镇人民政府"),
        authors: &["常宁"],
        editors: &[],
        body_has: &["为群众免费测量血压、血糖300余人次", "发放健康宣传资料1000余份"],
        body_lacks: &["打印", "上一条", "下一条", "长岭镇召开安全生产工作会议"],
    },
    // A bureau's notice dumped from its PDF: document number, addressee, a page number between hyphens, signature and the issuing line.
    Page {
        text: "北川市医疗保障局\n北川医保〔2026〕8号\n关于调整部分医疗服务价格的通知\n各定点医疗机构：\n根据省医疗保障局统一部署，经研究，决定调整部分医疗服务项目价格，现将有关事项通知如下：\n一、本次调整涉及护理、中医等类别共42个项目，自2026年5月1日起执行。\n二、各定点医疗机构要严格执行调整后的价格，并做好公示。\n- 2 -\n北川市医疗保障局\n2026年4月15日\n北川市医疗保障局办公室 2026年4月15日印发",
        title: Some("关于调整部分医疗服务价格的通知"),
        published_at: Some("2026-04-15"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["决定调整部分医疗服务项目价格", "共42个项目", "严格执行调整后的价格"],
        body_lacks: &["- 2 -", "印发"],
    },
    // A paper's report: masthead and date under the headline, 本报X电（记者 A、通讯员 B）, the writer's note 作者为 in brackets, editor.
    Page {
        text: "北川市实现县域医共体全覆盖\n东川日报 2026-04-15\n本报北川4月15日电（记者 贺知秋、通讯员 严冬）记者今天从北川市卫生健康委获悉，全市9个县（市、区）已全部建成紧密型县域医共体。\n据了解，医共体内已实现人员统一调配、药品统一采购。\n（作者为北川市卫生健康委干部）\n责任编辑：侯晓峰",
        title: Some("北川市实现县域医共体全覆盖"),
        published_at: Some("2026-04-15"),
        source: Some("东川日报"),
        authors: &["贺知秋"],
        editors: &["侯晓峰"],
        body_has: &["全市9个县（市、区）已全部建成紧密型县域医共体", "药品统一采购"],
        body_lacks: &["作者为北川市卫生健康委干部"],
    },
    // A commentary: author line, the writer's note 作者系 in brackets under the text, editor.
    Page {
        text: "让家庭医生真正“签而有约”\n2026-04-15 来源：康民报\n作者：邓立群\n家庭医生签约服务推行多年，但一些地方仍存在“签而不约”的现象。\n做实签约服务，需要在激励机制上下功夫。\n（作者系东川医科大学公共卫生学院教授）\n编辑：罗平",
        title: Some("让家庭医生真正“签而有约”"),
        published_at: Some("2026-04-15"),
        source: Some("康民报"),
        authors: &["邓立群"],
        editors: &["罗平"],
        body_has: &["存在“签而不约”的现象", "需要在激励机制上下功夫"],
        body_lacks: &["作者系东川医科大学公共卫生学院教授"],
    },
    // A news site: time and source above the headline, font widget, the site glued to 记者 with an intern, 讯 lead, 【纠错】 and a bracketed editor.
    Page {
        text: "2026-04-20 10:30:15 来源：东方网\n【字体：大 中 小】\n东方网记者 葛菲 实习生 邹阳\n东川市第三人民医院开设“睡眠门诊”\n东方网4月20日讯 东川市第三人民医院近日开设睡眠门诊，由神经内科、心理科等多学科专家联合坐诊。\n医院数据显示，开诊首周已接诊失眠患者160余人次。\n【纠错】 【责任编辑：邵宁】",
        title: Some("东川市第三人民医院开设“睡眠门诊”"),
        published_at: Some("2026-04-20T10:30:15"),
        source: Some("东方网"),
        authors: &["葛菲"],
        editors: &["邵宁"],
        body_has: &["由神经内科、心理科等多学科专家联合坐诊", "已接诊失眠患者160余人次"],
        body_lacks: &["纠错", "字体"],
    },
    // A news site: outlet glued to 记者 with an intern under the headline, time and source, 字号, editor and picture editor on one line, proofreader, a tip-off number, a reprint notice.
    Page {
        text: "北川一医院试点“无陪护病房” 护理员由医院统一管理\n澎湃新闻记者 宁远 实习生 孔悦\n2026-04-20 18:02 来源：澎湃新闻\n字号\n北川市人民医院近日在骨科等4个病区试点“无陪护病房”，家属无需留院陪护。\n该院护理部主任介绍，医疗护理员经统一培训后上岗，每名护理员负责3至4名患者。\n责任编辑：丁一 图片编辑：金乐\n校对：张亮\n澎湃新闻报料：021-12345678\n澎湃新闻，未经授权不得转载",
        title: Some("北川一医院试点“无陪护病房” 护理员由医院统一管理"),
        published_at: Some("2026-04-20T18:02"),
        source: Some("澎湃新闻"),
        authors: &["宁远"],
        editors: &["丁一"],
        body_has: &["试点“无陪护病房”", "每名护理员负责3至4名患者"],
        body_lacks: &["报料", "未经授权不得转载", "校对", "图片编辑"],
    },
    // A Taiwan report: 【記者X／place報導】 in lenticular brackets, a bare slashed picture credit, 延伸閱讀.
    Page {
        text: "長照機構人力補助加碼 每人每月增5千\n2026-04-12 05:30\n【記者鄭雅文／台北報導】衛福部宣布，長照機構照顧服務員每人每月補助將增加5000元，預計4萬人受惠。\n衛福部長照司表示，補助將於7月起發放。\n（圖／記者鄭雅文攝）\n延伸閱讀\n長照3.0規劃出爐",
        title: Some("长照机构人力补助加码 每人每月增5千"),
        published_at: Some("2026-04-12T05:30"),
        source: None,
        authors: &["郑雅文"],
        editors: &[],
        body_has: &["照顾服务员每人每月补助将增加5000元", "补助将于7月起发放"],
        body_lacks: &["延伸阅读", "长照3.0规划出炉", "记者郑雅文摄"],
    },
    // A Hong Kong paper: masthead, date and time above the headline, 圖片來源 caption, the reporter in full-width square brackets under the text, 相關文章.
    Page {
        text: "星港日報\n2026年4月20日 10:30\n醫管局下月起推行電子處方 覆蓋全港公立醫院\n醫院管理局宣布，下月起所有公立醫院將全面推行電子處方，病人可透過手機程式查閱藥物資料。\n醫管局發言人表示，新系統可減少配藥錯誤。\n（圖片來源：政府新聞處）\n［星港日報記者 彭卓琳］\n相關文章\n公立醫院專科輪候時間縮短",
        title: Some("医管局下月起推行电子处方 覆盖全港公立医院"),
        published_at: Some("2026-04-20T10:30"),
        source: Some("星港日报"),
        authors: &["彭卓琳"],
        editors: &[],
        body_has: &["下月起所有公立医院将全面推行电子处方", "新系统可减少配药错误"],
        body_lacks: &["图片来源", "相关文章", "公立医院专科轮候时间缩短"],
    },
    // A WeChat post without headline: 文 | X, 图 | 网络, 排版 | Y credits, —END—, producer, 推荐阅读.
    Page {
        text: "文 | 凌霄\n图 | 网络\n排版 | 小鱼\n近日，北川市妇幼保健院开设“孕期营养门诊”，为孕妈妈提供个性化饮食指导。\n门诊由营养科和产科医生共同坐诊，每周二、四下午开诊。\n—END—\n监制：陶然\n推荐阅读\n北川市妇幼保健院新生儿科获评省级重点专科",
        title: None,
        published_at: None,
        source: None,
        authors: &["凌霄"],
        editors: &[],
        body_has: &["开设“孕期营养门诊”", "每周二、四下午开诊"],
        body_lacks: &["END", "监制", "推荐阅读", "新生儿科获评省级重点专科", "排版"],
    },
    // A city site: source, author, editor and time on one line, an empty share label.
    Page {
        text: "北川市医保局：门诊特殊病种新增3个\n来源：北川日报 作者：宋清 编辑：柯林 2026-04-21 09:00\n北川市医保局近日发布通知，将阿尔茨海默病等3个病种纳入门诊特殊病种保障范围。\n新增病种自5月1日起执行。\n分享：",
        title: Some("北川市医保局：门诊特殊病种新增3个"),
        published_at: Some("2026-04-21T09:00"),
        source: Some("北川日报"),
        authors: &["宋清"],
        editors: &["柯林"],
        body_has: &["纳入门诊特殊病种保障范围", "自5月1日起执行"],
        body_lacks: &["分享"],
    },
    // A paper's page dumped as text: the running head with date and page repeated between paragraphs, 本报记者, a bracketed page editor.
    Page {
        text: "东川日报 2026年4月16日 星期四 第5版 健康\n基层卫生院迎来“新面孔”\n本报记者 贺知秋\n今年，东川市为乡镇卫生院招录医学毕业生210名，充实基层医疗队伍。\n这些年轻医生将在卫生院服务不少于5年。\n东川日报 2026年4月16日 星期四 第5版 健康\n新招录的医生还将接受为期一年的规范化培训。\n（本版编辑：侯晓峰）",
        title: Some("基层卫生院迎来“新面孔”"),
        published_at: Some("2026-04-16"),
        source: Some("东川日报"),
        authors: &["贺知秋"],
        editors: &["侯晓峰"],
        body_has: &["为乡镇卫生院招录医学毕业生210名", "在卫生院服务不少于5年", "接受为期一年的规范化培训"],
        body_lacks: &["第5版"],
    },
    // A date line's label printed without its colon is no account's name (see also
    // `date_line_forms_keep_their_time`).
    Page {
        text: "青禾县新增两家社区卫生服务站\n发布于 2026-04-02 08:15 湖川日报\n青禾县今年新增两家社区卫生服务站，服务半径缩短到1公里。",
        title: Some("青禾县新增两家社区卫生服务站"),
        published_at: Some("2026-04-02T08:15"),
        source: Some("湖川日报"),
        authors: &[],
        editors: &[],
        body_has: &["青禾县今年新增两家社区卫生服务站，服务半径缩短到1公里。"],
        body_lacks: &["发布于"],
    },
    // Two-character labels padded with spaces to the width of the four-character ones
    // (`作　者：`, `来 源：`, `编　　辑：`), as government and hospital sites align them; without
    // their colon the spaced characters are no label (`编 辑 王芳`).
    Page {
        text: "临江市开展家庭医生签约服务进社区活动\n作　者：张晓明　来　源：湖川日报　日　期：2026-03-05\n3月4日，临江市卫生健康委员会组织全市社区卫生服务中心开展签约服务活动，共签约居民560余人。\n活动现场，家庭医生为居民提供健康咨询等服务。\n编　　辑：王芳",
        title: Some("临江市开展家庭医生签约服务进社区活动"),
        published_at: Some("2026-03-05"),
        source: Some("湖川日报"),
        authors: &["张晓明"],
        editors: &["王芳"],
        body_has: &["共签约居民560余人", "健康咨询等服务"],
        body_lacks: &["作　者", "日　期", "王芳"],
    },
    Page {
        text: "青禾县开展世界防治结核病日宣传活动\n2026-03-25\n3月24日，青禾县疾控中心在县城广场开展主题宣传活动，发放宣传资料2000余份。\n工作人员向群众讲解结核病的传播途径和预防措施。\n编 辑 王芳",
        title: Some("青禾县开展世界防治结核病日宣传活动"),
        published_at: Some("2026-03-25"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["发放宣传资料2000余份", "预防措施"],
        body_lacks: &[],
    },
    // The unit that issued the page under other labels (`发布部门：`, `发稿单位：`); a
    // reviewer (`审稿人：`) is no author, the time of an edit (`编辑时间：`) no editor.
    Page {
        text: "临江市举办卫生应急综合演练\n编辑时间：2026-05-20 15:30 发布部门：临江市卫生健康委员会\n撰稿人：张晓明 审稿人：赵刚\n5月20日，临江市举办卫生应急综合演练，模拟处置一起突发群体性食物中毒事件。\n演练检验了各部门的协同处置能力。",
        title: Some("临江市举办卫生应急综合演练"),
        published_at: Some("2026-05-20T15:30"),
        source: Some("临江市卫生健康委员会"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["突发群体性食物中毒事件", "协同处置能力"],
        body_lacks: &["审稿人", "发布部门"],
    },
    Page {
        text: "青禾县人民医院开展消防安全演练\n发布时间：2026-04-16 发稿单位：青禾县人民医院\n4月15日，青禾县人民医院组织开展消防安全应急疏散演练，全院200余名职工参加。\n演练结束后，消防救援人员讲解了灭火器的使用方法。\n作者：本站　编辑：王芳（实习）",
        title: Some("青禾县人民医院开展消防安全演练"),
        published_at: Some("2026-04-16"),
        source: Some("青禾县人民医院"),
        authors: &[],
        editors: &["王芳"],
        body_has: &["全院200余名职工参加", "灭火器的使用方法"],
        body_lacks: &["本站", "实习"],
    },
    // A closing credit led by the writers' unit (`（院办 张三/文 李四/图）`, `（院办 张三）`):
    // the names after it, the unit no person; a unit with a department after it names no one.
    Page {
        text: "青禾县人民医院与临江市第一医院签订医联体协议\n发布时间：2026年3月20日\n3月19日，青禾县人民医院与临江市第一医院签订紧密型医联体合作协议。\n根据协议，临江市第一医院将派出专家团队定期到青禾县人民医院坐诊、查房。\n（院办 张晓明/文 李华/图）",
        title: Some("青禾县人民医院与临江市第一医院签订医联体协议"),
        published_at: Some("2026-03-20"),
        source: None,
        authors: &["张晓明"],
        editors: &[],
        body_has: &["签订紧密型医联体合作协议", "坐诊、查房"],
        body_lacks: &["院办", "/文"],
    },
    Page {
        text: "临江市第一医院开展护理技能竞赛\n2026-05-08\n5月7日，临江市第一医院举办护理技能竞赛，全院32个护理单元参赛。\n竞赛设理论考试和技能操作两个环节。\n（院办 李华）",
        title: Some("临江市第一医院开展护理技能竞赛"),
        published_at: Some("2026-05-08"),
        source: None,
        authors: &["李华"],
        editors: &[],
        body_has: &["32个护理单元参赛"],
        body_lacks: &["院办"],
    },
    Page {
        text: "临江市第一医院开展护理技能竞赛\n2026-05-08\n5月7日，临江市第一医院举办护理技能竞赛，全院32个护理单元参赛。\n竞赛设理论考试和技能操作两个环节。\n（临江市第一医院 护理部）",
        title: Some("临江市第一医院开展护理技能竞赛"),
        published_at: Some("2026-05-08"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["32个护理单元参赛"],
        body_lacks: &[],
    },
    // A video's credit on a line of its own between paragraphs is furniture.
    Page {
        text: "临江市开展家庭医生签约服务进社区活动\n2026-03-05 来源：湖川日报\n3月4日，临江市卫生健康委员会组织全市社区卫生服务中心开展签约服务活动，共签约居民560余人。\n（视频来源：湖川日报）\n活动现场，家庭医生为居民提供健康咨询等服务。",
        title: Some("临江市开展家庭医生签约服务进社区活动"),
        published_at: Some("2026-03-05"),
        source: Some("湖川日报"),
        authors: &[],
        editors: &[],
        body_has: &["共签约居民560余人", "健康咨询等服务"],
        body_lacks: &["视频来源"],
    },
    // A counter's label glued after the author's unit (`作者：宣传科浏览量：`) closes the field;
    // a font-size widget after the author's name (`【大 中 小】`) names no one.
    Page {
        text: "临江市中心医院获评省级临床重点专科\n2026-06-02作者：宣传科浏览量：\n近日，临江市中心医院神经内科入选省级临床重点专科建设项目。\n此次入选标志着该院学科建设迈上新台阶。",
        title: Some("临江市中心医院获评省级临床重点专科"),
        published_at: Some("2026-06-02"),
        source: None,
        authors: &["宣传科"],
        editors: &[],
        body_has: &["神经内科入选", "新台阶"],
        body_lacks: &["浏览量"],
    },
    Page {
        text: "临江市召开爱国卫生工作会议\n发布日期：2026-03-30 信息来源：临江日报 作者：张晓明 【大 中 小】\n3月30日，临江市召开爱国卫生工作会议，部署全年任务。\n会议强调，要深入开展爱国卫生运动。",
        title: Some("临江市召开爱国卫生工作会议"),
        published_at: Some("2026-03-30"),
        source: Some("临江日报"),
        authors: &["张晓明"],
        editors: &[],
        body_has: &["部署全年任务", "爱国卫生运动"],
        body_lacks: &["大 中 小"],
    },    // A forum thread: the post labels above its date lines (`楼主`, `沙发`) name no account
    // and are no text.
    Page {
        text: "临江论坛 » 健康生活 » 临江市医保新政解读\n临江市医保新政解读\n楼主\n发表于 2026-3-7 09:12 | 只看该作者\n今年起，临江市职工医保门诊统筹报销比例提高到60%，年度支付限额提高到3000元。\n另外，城乡居民医保参保费用为每人每年380元。\n回复\n沙发\n发表于 2026-3-7 10:05 | 只看该作者\n好政策，支持！",
        title: Some("临江市医保新政解读"),
        published_at: Some("2026-03-07T09:12"),
        source: None,
        authors: &[],
        editors: &[],
        body_has: &["报销比例提高到60%", "每人每年380元"],
        body_lacks: &["楼主", "沙发"],
    },
    // A note that the picture does not show the case (`图文无关`) credits no one.
    Page {
        text: "青禾县扩大家庭医生服务面\n2026-03-09 10:00 来源：青禾日报\n青禾县卫健局介绍，今年全县家庭医生签约率达到八成。\n图文无关\n该局表示，下一步将继续扩大覆盖面。",
        title: Some("青禾县扩大家庭医生服务面"),
        published_at: Some("2026-03-09T10:00"),
        source: Some("青禾日报"),
        authors: &[],
        editors: &[],
        body_has: &["签约率达到八成", "继续扩大覆盖面"],
        body_lacks: &["图文无关"],
    },
];

#[test]
fn original_title_glued_after_a_paragraph_is_read() {
    let a = extract("苇塘县开展健康义诊进乡村活动\n2027-06-03 10:15\n5月30日，苇塘县人民医院前往西岭镇开展义诊。记者从苇塘县卫生健康局获悉。原标题：苇塘县义诊活动走进西岭镇").unwrap();
    assert_eq!(a.meta.original_title.as_deref(), Some("苇塘县义诊活动走进西岭镇"));
    assert!(a.body.ends_with("获悉。"), "{}", a.body);
}

#[test]
fn aggregator_title_note_is_the_original_title() {
    let a = extract("苇塘县新增床位300张|苇塘县新增床位300张，病房全部改造\n【苇塘县新增床位300张|苇塘县新增床位300张，病房全部改造】_标题是:苇塘县卫健局：今年新增床位300张\n苇塘县卫生健康局9日表示，今年全县新增床位300张，病房全部完成改造。").unwrap();
    assert_eq!(a.meta.original_title.as_deref(), Some("苇塘县卫健局：今年新增床位300张"));
    assert!(!a.body.contains("标题是"), "{}", a.body);
}

#[test]
fn composed_pages_give_meta_and_body() {
    let mut errors = Vec::new();
    for p in PAGES {
        let head = p.text.lines().next().unwrap_or("");
        errors.extend(mismatches(p, &extract(p.text).unwrap()).into_iter().map(|e| format!("{head}: {e}")));
    }
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}

/// Where an article differs from what its page says it must be, one line each.
pub(crate) fn mismatches(p: &Page, a: &zhnews::Article) -> Vec<String> {
    let m = &a.meta;
    let mut errors = Vec::new();
    let mut check = |what: &str, same: bool, got: String| {
        if !same {
            errors.push(format!("{what} {got}"));
        }
    };
    check("title", m.title.as_deref() == p.title, format!("{:?}", m.title));
    check("published_at", m.published_at.as_deref() == p.published_at, format!("{:?}", m.published_at));
    check("source", p.source == ANY || m.source.as_deref() == p.source, format!("{:?}", m.source));
    check("authors", m.authors == p.authors, format!("{:?}", m.authors));
    check("editors", m.editors == p.editors, format!("{:?}", m.editors));
    errors.extend(p.body_has.iter().filter(|s| !a.body.contains(**s)).map(|s| format!("body lacks {s}")));
    errors.extend(p.body_lacks.iter().filter(|s| a.body.contains(**s)).map(|s| format!("body keeps furniture {s}")));
    errors
}

/// Teasers of other articles with their dates listed under the text, each cut off without
/// its final punctuation: not body, and their dates are no date facts of the article.
#[test]
fn dated_teasers_under_the_text_are_furniture() {
    let page = "梧桐市推进家庭医生签约服务\n2026-03-08 来源：梧桐日报\n3月7日，梧桐市召开家庭医生签约服务推进会。\n全市已组建家庭医生团队320个。\n梧桐市启动老年人免费体检，全市共设体检点56处，覆盖所有乡镇街道的\n2026-03-01\n梧桐市三家医院通过胸痛中心认证，全省胸痛救治网络基本建成，救治时间大幅\n2026-02-27";
    let a = extract(page).unwrap();
    assert!(a.body.contains("全市已组建家庭医生团队320个"), "{}", a.body);
    assert!(!a.body.contains("老年人免费体检") && !a.body.contains("胸痛中心认证"), "{}", a.body);
    let dates: Vec<&str> = a.dates.iter().map(|d| d.mention.text.as_str()).collect();
    assert!(!dates.iter().any(|d| d.contains("03-01") || d.contains("02-27")), "{dates:?}");
    // One cut clause above a date is no list: a report's last paragraph cut off by the page
    // stays.
    let page = "梧桐市推进家庭医生签约服务\n2026-03-08 来源：梧桐日报\n3月7日，梧桐市召开家庭医生签约服务推进会。\n全市已组建家庭医生团队320个，签约居民超过40万人，覆盖所有乡镇街道的\n2026-03-08";
    let a = extract(page).unwrap();
    assert!(a.body.contains("签约居民超过40万人"), "{}", a.body);
}

/// A lead box repeating the lead cut off without its final punctuation: the lead is body
/// once. A subhead that opens the next paragraph's words is no cut copy when it ends
/// with a stop.
#[test]
fn a_cut_copy_of_the_lead_is_no_body() {
    let page = "梧桐市推进家庭医生签约服务\n2026-03-08 来源：梧桐日报\n3月7日，梧桐市召开家庭医生签约服务推进会，会议要求各区进一步做实\n3月7日，梧桐市召开家庭医生签约服务推进会，会议要求各区进一步做实签约服务，提高群众获得感。\n全市已组建家庭医生团队320个。";
    let a = extract(page).unwrap();
    assert_eq!(a.body.matches("召开家庭医生签约服务推进会").count(), 1, "{}", a.body);
    assert!(a.body.contains("提高群众获得感"), "{}", a.body);
    let page = "梧桐市推进家庭医生签约服务\n2026-03-08 来源：梧桐日报\n全市已组建家庭医生团队。\n全市已组建家庭医生团队。320个团队覆盖所有乡镇。";
    let a = extract(page).unwrap();
    assert_eq!(a.body.matches("全市已组建家庭医生团队").count(), 2, "{}", a.body);
}

/// A date line's label printed without its colon, a comma or a time zone's name between the
/// day and the clock time: the time is kept and nothing on the line is the source.
#[test]
fn date_line_forms_keep_their_time() {
    let lines = ["最后更新 2026年3月10日 10:41", "更新时间 2026年3月10日, 北京时间10:41", "2026年3月10日，10:41"];
    for line in lines {
        let text = format!("临江市扩大免费筛查项目覆盖面\n{line}\n临江市卫生健康委员会10日宣布，今年将把免费筛查项目扩大到全市所有社区。");
        let r = extract(&text).unwrap();
        assert_eq!(r.meta.published_at.as_deref(), Some("2026-03-10T10:41"), "{line}");
        assert_eq!(r.meta.source, None, "{line}");
        assert_eq!(r.meta.title.as_deref(), Some("临江市扩大免费筛查项目覆盖面"), "{line}");
        assert!(!r.body.contains("10:41") && r.body.contains("今年将把免费筛查项目扩大到全市所有社区。"), "{line}");
    }
}

/// An editor credited between paragraphs, with two more paragraphs of prose below it, closes
/// nothing: the report goes on. Below a closing editor, one paragraph alone (another story's
/// lead) or a headline with its lead stays out.
#[test]
fn an_editor_between_paragraphs_closes_nothing() {
    let head = MEETING_HEAD;
    let later = "会议指出，要加快推进县域医疗资源整合，让群众在家门口看好病。\n据介绍，今年全市将新建社区医院十家，新增家庭医生团队120个。";
    for credit in ["责任编辑：陈思远", "编辑：陈思远", "（责任编辑：陈思远）"] {
        let a = extract(&format!("{head}{credit}\n{later}")).unwrap();
        assert_eq!(a.meta.editors, ["陈思远"], "{credit}");
        assert!(
            a.body.contains("加快推进县域医疗资源整合") && a.body.contains("新增家庭医生团队120个"),
            "{credit}: {}",
            a.body
        );
        assert!(!a.body.contains("陈思远"), "{credit}: {}", a.body);
    }
    let other = "3月10日，青禾县召开基层医疗能力提升年动员会，全县各卫生院负责人参加。";
    for tail in [other.to_string(), format!("青禾县启动基层医疗能力提升年活动\n{other}\n青禾县将培训乡村医生300人次。")]
    {
        let a = extract(&format!("{head}责任编辑：陈思远\n{tail}")).unwrap();
        assert_eq!(a.meta.editors, ["陈思远"]);
        assert!(a.body.contains("部署全年重点工作") && !a.body.contains("动员会"), "{}", a.body);
    }
}

/// A headline after a media label or a picture column (`图文：`, `视频：`, `图片新闻：`) right
/// above the date line is the title, without its label; the same label and a headline
/// between or below the paragraphs is a teaser, and `图文：` before names is a credit.
#[test]
fn a_headline_after_a_media_label_is_the_title() {
    let rest = "2026-03-12 来源：临江日报\n近日，临江市卫健委召开全市医共体建设推进会，部署全年重点工作。\n会议指出，要加快推进县域医疗资源整合，让群众在家门口看好病。";
    for label in ["图文：", "视频：", "图片新闻：", "视频新闻：", "图文:"] {
        let a = extract(&format!("{label}临江市推进紧密型医共体建设\n{rest}")).unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("临江市推进紧密型医共体建设"), "{label}");
        assert!(a.meta.authors.is_empty() && a.body.contains("部署全年重点工作"), "{label}: {}", a.body);
    }
    let teaser = "青禾县启动基层医疗能力提升年活动";
    for tail in [
        format!("视频：{teaser}\n据介绍，今年全市将新建社区医院十家。"),
        format!("图片新闻：{teaser}\n2026-03-10"),
        format!("专题：{teaser}\n2026-03-10"),
    ] {
        let a = extract(&format!("临江市推进紧密型医共体建设\n{rest}\n{tail}")).unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("临江市推进紧密型医共体建设"));
        assert!(a.body.contains("让群众在家门口看好病") && !a.body.contains(teaser), "{}", a.body);
    }
    let a = extract(&format!("临江市推进紧密型医共体建设\n图文：张晓明 李国栋\n{rest}")).unwrap();
    assert_eq!(a.meta.title.as_deref(), Some("临江市推进紧密型医共体建设"));
    assert_eq!(a.meta.authors, ["张晓明", "李国栋"]);
}

/// Two other stories' headlines under the text, each with its day printed after it or in
/// brackets before it, are a related list; a closing line with a figure in it is no list,
/// and prose above such a list stays.
#[test]
fn headlines_closed_by_their_day_under_the_text_are_furniture() {
    let head = "临江市推进紧密型医共体建设\n2026-03-12 来源：临江日报\n近日，临江市卫健委召开全市医共体建设推进会，部署全年重点工作。\n会议指出，要加快推进县域医疗资源整合。";
    let (a, b) = ("青禾县启动基层医疗能力提升年活动", "全省家庭医生签约工作推进会召开");
    let lists = [
        format!("{a} [2026-03-10]\n{b} [2026-03-08]"),
        format!("[2026-03-10] {a}\n[2026-03-08] {b}"),
        format!("{a} 03/10\n{b} 03/08"),
        format!("{a}（2026-03-10）\n{b}（2026-03-08）"),
        format!("{a}\u{3000}2026.03.10\n{b}\u{3000}2026.03.08"),
    ];
    for list in lists {
        let r = extract(&format!("{head}\n{list}")).unwrap();
        assert!(
            r.body.contains("加快推进县域医疗资源整合") && !r.body.contains(a) && !r.body.contains(b),
            "{list}: {}",
            r.body
        );
        assert_eq!(r.meta.published_at.as_deref(), Some("2026-03-12"));
    }
    let tail = "全市新建社区医院达到10家";
    let r = extract(&format!("{head}\n{tail}")).unwrap();
    assert!(r.body.contains(tail), "{}", r.body);
    let prose = "截至3月10日，全市新建社区医院10家。";
    let r = extract(&format!("{head}\n{prose}\n{a} 2026-03-10\n{b} 2026-03-08")).unwrap();
    assert!(r.body.contains(prose) && !r.body.contains(a), "{}", r.body);
}

/// A widget's button glued after the last sentence (`【纠错】`, `[打印]`) leaves the body with
/// the sentence kept; a bracketed note of the text there (words the furniture lexicon does
/// not know) stays.
#[test]
fn a_widget_glued_after_the_text_is_no_body() {
    let head = MEETING_HEAD;
    let last = "会议指出，要加快推进县域医疗资源整合，让群众在家门口看好病。";
    for widget in ["【纠错】", "[纠错]", " 【纠错】", "【纠错】（完）"] {
        let a = extract(&format!("{head}{last}{widget}")).unwrap();
        assert!(a.body.ends_with(last), "{widget}: {}", a.body);
    }
    for note in ["【基层来信】", "[健康提示]"] {
        let a = extract(&format!("{head}{last}{note}")).unwrap();
        assert!(a.body.contains(note), "{note}: {}", a.body);
    }
}

/// A reviewing editor's credit (`编审：李国栋`) is staff: no editor, no body, whether it closes
/// the text or stands between paragraphs; a sentence opening with the same two characters
/// stays.
#[test]
fn a_reviewing_editor_is_staff() {
    let head = MEETING_HEAD;
    let last = "据介绍，今年全市将新建社区医院十家，新增家庭医生团队120个。";
    let a = extract(&format!("{head}{last}\n编审：李国栋\n编辑：陈思远")).unwrap();
    assert_eq!(a.meta.editors, ["陈思远"]);
    assert!(a.body.contains(last) && !a.body.contains("李国栋"), "{}", a.body);
    let a = extract(&format!("{head}编审：李国栋\n{last}")).unwrap();
    assert!(a.meta.editors.is_empty() && a.body.contains(last) && !a.body.contains("李国栋"), "{}", a.body);
    let a = extract(&format!("{head}编审：李国栋是该院的资深专家。\n{last}")).unwrap();
    assert!(a.body.contains("李国栋是该院的资深专家"), "{}", a.body);
}

/// A back-to-top button (`TOP`) or a reading counter (`本文已被阅读 128 次`) between two
/// paragraphs is no text; a sentence about how often a notice was read stays.
#[test]
fn a_top_button_or_reading_counter_between_paragraphs_is_no_body() {
    let head = MEETING_HEAD;
    let later = "据介绍，今年全市将新建社区医院十家，新增家庭医生团队120个。";
    for widget in ["TOP", "▲Top", "【TOP】", "本文已被阅读 128 次", "本文已被浏览2360次"] {
        let a = extract(&format!("{head}{widget}\n{later}")).unwrap();
        assert!(a.body.contains(later) && !a.body.contains(widget), "{widget}: {}", a.body);
    }
    let prose = "本文已被阅读超过十万次，不少读者留言询问家庭医生签约的办理流程和所需材料，卫健委已专门作出答复。";
    let a = extract(&format!("{head}{prose}\n{later}")).unwrap();
    assert!(a.body.contains(prose), "{}", a.body);
}

/// A post without a headline (subheads between its paragraphs) opening with exclaimed
/// sentences above its first subhead (`家门口就能看专家！`): they are the post's opening, in
/// the body; a line without a stop there (an account's name) stays out.
#[test]
fn a_headless_posts_exclaimed_opening_is_body() {
    let rest = "三项新服务抢先看！\n近日，临江市南屿镇卫生院推出专家坐诊、夜间门诊和线上预约三项服务，居民在家门口就能看上市级医院的专家。\n专家每周坐诊两天\n据介绍，市人民医院每周二、周四派出内科、儿科专家到中心坐诊，居民可通过线上平台提前预约。\n夜间门诊开到晚上九点\n中心负责人介绍，夜间门诊每天18时至21时开放，方便上班族下班后就医。\n线上预约更方便\n居民可通过湖川健康App预约挂号，预约成功后按时到诊即可，无需现场排队。";
    let head = "本文原标题：《临江社区医院上新啦》\n";
    let a = extract(&format!("{head}家门口就能看专家！\n体检不用再排长队！\n{rest}")).unwrap();
    assert!(a.body.starts_with("家门口就能看专家！\n体检不用再排长队！\n三项新服务抢先看！"), "{}", a.body);
    let a = extract(&format!("{head}临江健康\n{rest}")).unwrap();
    assert!(a.body.starts_with("三项新服务抢先看！"), "{}", a.body);
}

/// A recurring column's name before `：` or `·` (a frequency, `一`, one character: `一日一技`,
/// `每周一问`) is no part of the title; a head of another shape before `：` stays
/// (`一日三查：…` is the headline's own words, `青禾县：…` a place speaking).
#[test]
fn a_recurring_column_name_before_the_headline_is_dropped() {
    let rest = "2026-03-12 来源：临江日报\n近日，临江市卫健委召开全市医共体建设推进会，部署全年重点工作。\n会议指出，要加快推进县域医疗资源整合，让群众在家门口看好病。";
    let headline = "临江市推进紧密型医共体建设";
    for column in ["一日一技：", "每周一问：", "每日一谈·", "每月一测："] {
        let a = extract(&format!("{column}{headline}\n{rest}")).unwrap();
        assert_eq!(a.meta.title.as_deref(), Some(headline), "{column}");
    }
    for kept in ["一日三查：", "青禾县：", "每日一练习："] {
        let title = format!("{kept}{headline}");
        let a = extract(&format!("{title}\n{rest}")).unwrap();
        assert_eq!(a.meta.title.as_deref(), Some(title.as_str()), "{kept}");
    }
}
