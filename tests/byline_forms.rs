//! The byline and credit forms of real pages, in simplified and traditional script (pages
//! written for this test): each gives the page's source and every author.

use zhnews::extract;

/// (page, source, authors).
const FORMS: &[(&str, Option<&str>, &[&str])] = &[
    // A county media centre's reporter label glued after its place (`某县融媒记者`), and a
    // paper's all-media reporter inside the opening note.
    ("临江县推进医共体建设\n2026-03-12 09:30\n青禾县融媒记者 林立\n近日，青禾县卫健委召开推进会。", Some("青禾县融媒"), &["林立"]),
    ("青禾縣推進醫共體建設\n2026-03-12 09:30\n青禾縣融媒體記者 林立\n近日，青禾縣衛健委召開推進會。", Some("青禾县融媒体"), &["林立"]),
    (
        "临江市推进医共体建设\n2026-03-12\n本报讯（湖川日报全媒体记者林立 通讯员王小红）近日，临江市卫健委召开推进会。",
        Some("湖川日报"),
        &["林立"],
    ),
    // An agency's dateline with several reporters glued to the place.
    (
        "衛福部擴大長照服務\n（中央社記者陳小明、林美玉台北10日電）衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。",
        Some("中央社"),
        &["陈小明", "林美玉"],
    ),
    (
        "卫福部扩大长照服务\n（中央社记者陈小明、林美玉台北10日电）卫福部今天宣布扩大长照服务。\n各县市将增设服务据点。",
        Some("中央社"),
        &["陈小明", "林美玉"],
    ),
    // The same dateline in lenticular brackets.
    (
        "衛福部擴大長照服務\n【中央社記者陳小明台北10日電】衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。",
        Some("中央社"),
        &["陈小明"],
    ),
    // A dateline printed on a line of its own.
    (
        "衛福部擴大長照服務\n中央社／ 台北10日電\n衛福部今天宣布擴大長照服務，各縣市將增設服務據點。",
        Some("中央社"),
        &[],
    ),
    // A wire's name closing the report.
    ("卫福部扩大长照服务\n卫福部今天宣布扩大长照服务。\n各县市将增设服务据点。（中央社）", Some("中央社"), &[]),
    // A closing note that says where the article first ran or was taken from.
    ("某县推进医共体建设\n全县新建胸痛中心3个。\n（本文首发于江城晚报）", Some("江城晚报"), &[]),
    ("某縣推進醫共體建設\n全縣新建胸痛中心3個。\n（本文轉自江城晚報）", Some("江城晚报"), &[]),
    // A reporter and where the report was filed from.
    (
        "衛福部擴大長照服務\n〔記者陳小明／雲林報導〕衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。",
        None,
        &["陈小明"],
    ),
    // Names alone, bracketed or led by a bullet.
    ("某镇部署新农合筹资\n会议要求抓好落实。\n（杨帆 俞敏）", None, &["杨帆", "俞敏"]),
    ("某村推进健康扶贫\n□邓小红、周明、陈立平\n全村建档立卡贫困户全部签约家庭医生。", None, &["邓小红", "周明", "陈立平"]),
    ("某鎮部署新農合籌資\n會議要求抓好落實。\n（楊帆 俞敏）", None, &["杨帆", "俞敏"]),
    // A broadcaster's reporters glued together in a closing credit.
    ("某地心脏支架用量增长\n记者从某局了解到，支架植入量逐年增长。\n（某市电视台记者张萍郑怡哲）", Some("某市电视台"), &["张萍", "郑怡哲"]),
    ("某地心臟支架用量增長\n記者從某局瞭解到，支架植入量逐年增長。\n（某市電視台記者張萍鄭怡哲）", Some("某市电视台"), &["张萍", "郑怡哲"]),
    // Outlets joined by `·` before the reporter label.
    (
        "某市开展疫苗接种\n某某网·某某新闻记者 刘明远 某市报道\n某市今天起分阶段开展疫苗接种工作。",
        Some("某某网·某某新闻"),
        &["刘明远"],
    ),
    // A spaced-out two-character name.
    ("某县开展职业病防治宣传\n发布时间：2022-04-25 15:35 作者：唐 倩 来源：某县疾控中心\n宣传周期间全县开展义诊活动。", Some("某县疾控中心"), &["唐倩"]),
    // A hospital department credited as the writer is the author (no person, so no person fact).
    ("某院举办胸痛中心培训\n作者：心内科　审核：党委宣传部　发布日期：2026-09-22\n本院医护人员参加培训。", None, &["心内科"]),
    ("某院举办卒中中心培训\n作者：神经外科 来源：某院\n本院医护人员参加培训。", Some("某院"), &["神经外科"]),
    ("某院举办党史学习活动\n作者：药剂科党支部 时间：2026-07-01\n全体党员参加学习。", None, &["药剂科党支部"]),
    // A person beside the unit is the author; an account or outlet credited as 作者 is none.
    ("某院举办护理技能竞赛\n作者：护理部 梁一凡 时间：2026-07-01\n全院护士参加竞赛。", None, &["梁一凡"]),
    ("某院举办护理技能竞赛\n作者：青禾健康 时间：2026-07-01\n全院护士参加竞赛。", None, &[]),
    // A department that supplied the text (`供稿：`) names no source.
    ("某院举办护理技能竞赛\n发布时间：2026-10-12\n全院护士参加竞赛。\n（供稿：护理部 审核：王宏）", None, &[]),
    ("某院举办护理技能竞赛\n发布时间：2026-10-12\n全院护士参加竞赛。\n（供稿：某县人民医院）", Some("某县人民医院"), &[]),
    // An outlet and the place it reports from, the reporter in brackets with `报道`.
    (
        "某县推进医共体建设\n江城日报北京（记者 李明远 报道）今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。",
        Some("江城日报"),
        &["李明远"],
    ),
    (
        "某縣推進醫共體建設\n江城日報北京（記者 李明遠 報道）今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。",
        Some("江城日报"),
        &["李明远"],
    ),
    (
        "某县推进医共体建设\n江城日报北京（记者 李明远 王晓燕 报道）\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。",
        Some("江城日报"),
        &["李明远", "王晓燕"],
    ),
    // A magazine's credit line with several reporters.
    (
        "基层医生的一天\n健康周刊 （记者 王芳 李强 赵敏）\n清晨六点，村医已经背起药箱出门。\n她负责全村八百多人的健康档案。",
        Some("健康周刊"),
        &["王芳", "李强", "赵敏"],
    ),
    (
        "基層醫生的一天\n健康雜誌 （記者 王芳 李強 趙敏）\n清晨六點，村醫已經背起藥箱出門。\n她負責全村八百多人的健康檔案。",
        Some("健康杂志"),
        &["王芳", "李强", "赵敏"],
    ),
    // An agency's dateline with no brackets at the head of the report.
    (
        "衛福部擴大長照服務\n中央社記者陳小明台北10日電　衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。",
        Some("中央社"),
        &["陈小明"],
    ),
    (
        "卫福部扩大长照服务\n中央社记者陈小明台北10日电 卫福部今天宣布扩大长照服务。\n各县市将增设服务据点。",
        Some("中央社"),
        &["陈小明"],
    ),
    // A wire's name closing the report, in ASCII brackets.
    ("衛福部擴大長照服務\n衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。(中央社)", Some("中央社"), &[]),
    // Several reporters and the place they report from.
    (
        "衛福部擴大長照服務\n〔記者陳小明、林美玉／雲林報導〕衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。",
        None,
        &["陈小明", "林美玉"],
    ),
    (
        "卫福部扩大长照服务\n记者陈小明 云林报导\n卫福部今天宣布扩大长照服务。\n各县市将增设服务据点。",
        None,
        &["陈小明"],
    ),
    (
        "衛福部擴大長照服務\n記者陳小明／台中報導\n衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。",
        None,
        &["陈小明"],
    ),
    // Several reporters in one credit line.
    (
        "某市开展疫苗接种\n本报记者 王芳 李强 赵敏\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。",
        None,
        &["王芳", "李强", "赵敏"],
    ),
    (
        "某市開展疫苗接種\n記者：王芳、李強、趙敏\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。",
        None,
        &["王芳", "李强", "赵敏"],
    ),
    // A generic `小编` as author, the reporter credited by name further down.
    (
        "某市开展疫苗接种\n作者：小编 来源：江城日报\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。（记者 王芳）",
        Some("江城日报"),
        &["王芳"],
    ),
    (
        "某市開展疫苗接種\n作者：小編 來源：江城日報\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。（記者 王芳）",
        Some("江城日报"),
        &["王芳"],
    ),
    // A source followed by markup leftovers or damaged by a stray `?`.
    (
        "某市开展疫苗接种\n2024-05-01 来源：江城日报</a> 作者：王芳\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。",
        Some("江城日报"),
        &["王芳"],
    ),
    (
        "某市开展疫苗接种\n2024-05-01 来源：江城?日报 作者：王芳\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。",
        Some("江城日报"),
        &["王芳"],
    ),
    (
        "某市開展疫苗接種\n2024-05-01 來源：江城(jiāng chéng)日報 作者：王芳\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。",
        Some("江城日报"),
        &["王芳"],
    ),
    // A bar printed as `丨` between label and value.
    ("某市开展疫苗接种\n文丨记者 王芳\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", None, &["王芳"]),
    ("某市開展疫苗接種\n來源丨江城日報 文丨王芳\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", Some("江城日报"), &["王芳"]),
    // Text and pictures by one author.
    ("某市开展疫苗接种\n文/图 王芳\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", None, &["王芳"]),
    ("某市開展疫苗接種\n文／圖：王芳\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    // A dateline and its unbracketed reporters on a line of their own.
    ("某市开展疫苗接种\n新华社北京3月5日电 记者王芳 李强\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("新华社"), &["王芳", "李强"]),
    ("某市開展疫苗接種\n新華社北京3月5日電 記者王芳 李強\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", Some("新华社"), &["王芳", "李强"]),
    // An outlet's own report, its news or its `讯` opening the text.
    ("某市开展疫苗接种\n2024-05-01\n【江城网专讯】某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城网"), &[]),
    ("某市開展疫苗接種\n2024-05-01\n【明報專訊】某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", Some("明报"), &[]),
    ("某市开展疫苗接种\n2024-05-01\n央视网消息（新闻联播）：某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("央视网"), &[]),
    ("某市开展疫苗接种\n2024-05-01\n江城网讯 某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城网"), &[]),
    // An outlet's report closing the text.
    ("某市開展疫苗接種\n2024-05-01\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。（江城日報報道）", Some("江城日报"), &[]),
    // Reporters by rank or medium, interns and correspondents beside them.
    ("某市开展疫苗接种\n江城日报全媒体记者 王芳 首席记者 李强\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城日报"), &["王芳", "李强"]),
    ("某市開展疫苗接種\n融媒體記者 王芳 實習生 李強\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    ("临江市推进医共体建设\n记者 张晓明 实习生 李红\n近日，临江市卫健委召开推进会。\n全市新建社区医院10家。", None, &["张晓明"]),
    // A correspondent credited before the reporter; a reporter and the place filed from after a slash.
    ("临江市推进医共体建设\n通讯员 赵敏 记者 张晓明\n近日，临江市卫健委召开推进会。\n全市新建社区医院10家。", None, &["张晓明"]),
    ("临江市推进医共体建设\n记者张晓明／临江报道\n近日，临江市卫健委召开推进会。\n全市新建社区医院10家。", None, &["张晓明"]),
    // Two writers after `文/`; a reporter credited in brackets closing the text, alone.
    ("临江市推进医共体建设\n文/张晓明 李红\n近日，临江市卫健委召开推进会。\n全市新建社区医院10家。", None, &["张晓明", "李红"]),
    ("临江市推进医共体建设\n2026-03-12\n近日，临江市卫健委召开推进会。\n全市新建社区医院10家。（记者 张晓明）", None, &["张晓明"]),
    ("某市开展疫苗接种\n本报记者 王芳 本报通讯员 李强\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", None, &["王芳"]),
    ("某市开展疫苗接种\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。（主任记者 王芳 摄影记者 李强）", None, &["王芳"]),
    // Where the author works is no name; a photographer's label is none either.
    ("某市开展疫苗接种\n作者：王芳 单位：江城医院\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", None, &["王芳"]),
    ("某市開展疫苗接種\n記者王芳／攝影\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    // Titles and degrees printed after the author's name are no names.
    ("某市开展疫苗接种\n作者：王芳 主任医师 李强 博士\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", None, &["王芳", "李强"]),
    ("某市開展疫苗接種\n作者：王芳 副教授\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    // Counters beside the byline are no names.
    ("某市开展疫苗接种\n时间：2024-05-01 来源：江城日报 点击：\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城日报"), &[]),
    ("某市開展疫苗接種\n2024-05-01 10:20 來源：江城日報 作者：王芳 閱讀：1234\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", Some("江城日报"), &["王芳"]),
    // A dateline that ends with `消息` and its reporter in brackets.
    ("某市开展疫苗接种\n2024-05-01\n江城网北京5月1日消息（记者王芳）某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城网"), &["王芳"]),
    // The outlet named in a note closing the report.
    ("某市开展疫苗接种\n2024-05-01\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。（来源：江城日报）", Some("江城日报"), &[]),
    ("某市開展疫苗接種\n2024-05-01\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。（本文來源：江城日報）", Some("江城日报"), &[]),
    // A data source inside the text is no outlet.
    ("某市开展疫苗接种\n2024-05-01\n全市接种率达到九成（来源：市疾控中心）。\n全市共设接种点28个。", None, &[]),
    // Text-and-picture credits, a magazine's `＝`, a trailing `报导`.
    ("某市開展疫苗接種\n圖文／王芳\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    ("某市開展疫苗接種\n撰文＝王芳\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    ("某市開展疫苗接種\n記者王芳 報導\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    // Several reporters in the brackets, `报道` glued to the last one.
    (
        "某县推进医共体建设\n江城日报讯（记者李明远、王晓芳报道）今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。",
        Some("江城日报"),
        &["李明远", "王晓芳"],
    ),
    (
        "某縣推進醫共體建設\n（記者李明遠、王曉芳報道）今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。",
        None,
        &["李明远", "王晓芳"],
    ),
    // Where and how the report was filed is no reporter's name.
    ("衛福部擴大長照服務\n某某新聞網 / 記者陳小明／台北即時報導\n2026-03-02 10:21\n衛福部今天宣布擴大長照服務。", Some("某某新闻网"), &["陈小明"]),
    ("某县推进医共体建设\n记者 李明远 王晓芳 北京报道\n今年以来，某县整合县乡村三级医疗资源。", None, &["李明远", "王晓芳"]),
    // A self-media account's name alone beside the date: the account is the source; a
    // writer's name, a channel, a weekday or a province there is none.
    ("青禾县开展结核病筛查\n青禾发布 2026-03-24 16:47\n3月24日，县疾控中心在城区设点开展筛查。", Some("青禾发布"), &[]),
    ("青禾县开展结核病筛查\n2026-03-24 16:47:01 · 健康青禾\n3月24日，县疾控中心在城区设点开展筛查。", Some("健康青禾"), &[]),
    ("青禾縣開展結核病篩查\n原創 健康青禾 2026年03月24日 16:47 湖南\n3月24日，縣疾控中心在城區設點開展篩查。", Some("健康青禾"), &[]),
    ("青禾县开展结核病筛查\n健康青禾 2026-03-24 16:47 发表于湖南\n3月24日，县疾控中心在城区设点开展筛查。", Some("健康青禾"), &[]),
    ("青禾县开展结核病筛查\n王建国 2026-03-24 16:47\n3月24日，县疾控中心在城区设点开展筛查。", None, &[]),
    ("青禾县开展结核病筛查\n要闻 2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。", None, &[]),
    ("青禾县开展结核病筛查\n湖南省 2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。", None, &[]),
    ("青禾縣開展結核病篩查\n2026年3月24日（星期二）\n3月24日，縣疾控中心在城區設點開展篩查。", None, &[]),
    // A public body's name beside the date is the body that published the page; its site's
    // name there is not.
    ("青禾县开展结核病筛查\n2026-03-24 16:47 青禾县卫生健康委员会\n3月24日，县疾控中心在城区设点开展筛查。", Some("青禾县卫生健康委员会"), &[]),
    ("青禾縣開展結核病篩查\n青禾縣衛生健康局 2026年03月24日\n3月24日，縣疾控中心在城區設點開展篩查。", Some("青禾县卫生健康局"), &[]),
    ("青禾县开展结核病筛查\n青禾县人民政府 2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。", Some("青禾县人民政府"), &[]),
    ("青禾县开展结核病筛查\n2026-03-24 青禾县政府门户网站\n3月24日，县疾控中心在城区设点开展筛查。", None, &[]),
    // An outlet elsewhere on the page wins over the name beside the date.
    (
        "青禾县开展结核病筛查\n健康青禾 2026-03-24 16:47\n3月24日，县疾控中心在城区设点开展筛查。\n来源：青禾县疾控中心",
        Some("青禾县疾控中心"),
        &[],
    ),
    // Role words bare beside the names, after them as print credits them or before them:
    // `文` credits the author, `图`/`摄` the photographer.
    ("青禾县开展结核病筛查\n2026-03-24\n张建华/文 李晓梅/图\n3月24日，县疾控中心在城区设点开展筛查。", None, &["张建华"]),
    ("青禾縣開展結核病篩查\n2026-03-24\n張建華 文 李曉梅 攝\n3月24日，縣疾控中心在城區設點開展篩查。", None, &["张建华"]),
    ("青禾县开展结核病筛查\n2026-03-24\n文 张建华 图 李晓梅\n3月24日，县疾控中心在城区设点开展筛查。", None, &["张建华"]),
    ("青禾县开展结核病筛查\n2026-03-24\n张建华 王明 文\n3月24日，县疾控中心在城区设点开展筛查。", None, &["张建华", "王明"]),
    ("青禾县开展结核病筛查\n2026-03-24\n李晓梅 摄\n3月24日，县疾控中心在城区设点开展筛查。", None, &[]),
    // A closing note citing the paper the text is drawn from, and a `文章来自` label.
    ("青禾县开展结核病筛查\n2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。\n（据湖川日报）", Some("湖川日报"), &[]),
    ("青禾縣開展結核病篩查\n2026-03-24\n3月24日，縣疾控中心在城區設點開展篩查。\n文章來自：湖川日報", Some("湖川日报"), &[]),
    ("青禾县开展结核病筛查\n2026-03-24\n据介绍，县疾控中心在城区设点开展筛查。", None, &[]),
    ("青禾县开展结核病筛查\n2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。\n据《湖川日报》报道", Some("湖川日报"), &[]),
    ("青禾县开展结核病筛查\n2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。\n据《湖川日报》报道称", None, &[]),
    // A contributor's credit with its label after the body: the body is the source.
    ("青禾县开展结核病筛查\n2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。\n（青禾县疾控中心供稿）", Some("青禾县疾控中心"), &[]),
    ("青禾縣開展結核病篩查\n2026-03-24\n3月24日，縣疾控中心在城區設點開展篩查。\n青禾縣衛生健康局供稿", Some("青禾县卫生健康局"), &[]),
    ("青禾县开展结核病筛查\n2026-03-24\n3月24日，县疾控中心在城区设点开展筛查。\n张建华供稿", None, &[]),
    // A public account's header: the author and the account.
    ("某县推进医共体建设\n原创 李明远 江城健康 2026-03-02 10:21\n今年以来，某县整合县乡村三级医疗资源。", Some("江城健康"), &["李明远"]),
    ("某縣推進醫共體建設\n原創 李明遠 江城健康 2026年3月2日 10:21\n今年以來，某縣整合縣鄉村三級醫療資源。", Some("江城健康"), &["李明远"]),
    // A bullet before an outlet's reporter credit is no part of the outlet.
    ("某市开展疫苗接种\n2024-05-01\n◎江城日报记者 王芳\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城日报"), &["王芳"]),
    // Reporters named without a label before where they filed from.
    ("某市開展疫苗接種\n王芳、李強／綜合報導\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳", "李强"]),
    ("某市開展疫苗接種\n2024-05-01\n【王芳／台北報導】某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &["王芳"]),
    ("某市开展疫苗接种\n王芳／江城报道\n某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", None, &["王芳"]),
    ("某市開展疫苗接種\n健康生活／台北報導\n某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", None, &[]),
    // A slashed photo label before a reporter label: that reporter took the pictures, even
    // when the credit opens the line like a caption.
    ("某市开展无偿献血活动\n2026-06-14 来源：江城新闻网\n文/记者 李明远 图/记者 王晓芳\n今天，某市中心血站在市民广场举办无偿献血活动。", Some("江城新闻网"), &["李明远"]),
    ("某市開展無償捐血活動\n2026-06-14 來源：江城新聞網\n圖/記者 王曉芳 文/記者 李明遠\n今天，某市捐血中心在市民廣場舉辦無償捐血活動。", Some("江城新闻网"), &["李明远"]),
    // The page's own report mark in brackets (`【本报讯】`): the masthead above names the paper.
    ("江城日报\n某市开展疫苗接种\n2024-05-01\n【本报讯】某市今天起分阶段开展疫苗接种工作。\n全市共设接种点28个。", Some("江城日报"), &[]),
    ("江城日報\n某市開展疫苗接種\n2024-05-01\n〔本報訊〕某市今天起分階段開展疫苗接種工作。\n全市共設接種點28個。", Some("江城日报"), &[]),
    // A reporter credit closed by `报道：` after a bracketed dateline or a bare `本报讯`.
    ("某县推进医共体建设\n【江城日报讯】记者李明远报道：今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城日报"), &["李明远"]),
    ("某縣推進醫共體建設\n【江城日報訊】記者李明遠報道：今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城日报"), &["李明远"]),
    ("某县推进医共体建设\n本报讯 记者李明远、王晓芳报道：今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", None, &["李明远", "王晓芳"]),
    ("某縣推進醫共體建設\n江城日報訊 記者李明遠 通訊員王曉芳報道：今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城日报"), &["李明远"]),
    // `专讯` marks the outlet's own report like `讯`, with credits after it.
    ("某县推进医共体建设\n【江城晚报专讯】记者李明远报道：今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城晚报"), &["李明远"]),
    ("某縣推進醫共體建設\n【江城日報專訊】記者李明遠 王曉芳\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城日报"), &["李明远", "王晓芳"]),
    // An outlet known by name is one whatever its name ends with (`公报` names none elsewhere).
    ("某區推進家庭醫生服務\n大公報訊 記者李明遠報道：今年以來，某區擴大家庭醫生服務。\n全區新增診所3間。", Some("大公报"), &["李明远"]),
    ("某區推進家庭醫生服務\n大公報記者 李明遠\n今年以來，某區擴大家庭醫生服務。\n全區新增診所3間。", Some("大公报"), &["李明远"]),
    // Bracketed credits right after a bracketed dateline.
    ("某县推进医共体建设\n【江城日报讯】（记者李明远 通讯员王晓芳）今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城日报"), &["李明远"]),
    // A reporter who learned something, and a bracketed topic, credit nobody.
    ("某县推进医共体建设\n【江城日报讯】记者从县卫健局获悉：今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城日报"), &[]),
    ("某县推进医共体建设\n【江城日报讯】（记者节特别报道）今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城日报"), &[]),
    // A source label apart from its value by a space or a bar, not a colon.
    ("某县推进医共体建设\n来源 江城日报\n今年以来，某县整合县乡村三级医疗资源。", Some("江城日报"), &[]),
    ("某縣推進醫共體建設\n來源 江城縣衛生健康局 2026-03-02\n今年以來，某縣整合縣鄉村三級醫療資源。", Some("江城县卫生健康局"), &[]),
    ("某县推进医共体建设\n来源 江城县卫健局 编辑 王晓芳\n今年以来，某县整合县乡村三级医疗资源。", Some("江城县卫健局"), &[]),
    ("某县推进医共体建设\n来源广泛 形式多样\n今年以来，某县整合县乡村三级医疗资源。", None, &[]),
    // A note below the text naming where the article was taken from, bracketed or not,
    // even with the lead of a furniture line; a disclaimer naming no outlet gives none.
    ("某县推进医共体建设\n全县新建胸痛中心3个。\n本文转载自江城晚报", Some("江城晚报"), &[]),
    ("某县推进医共体建设\n全县新建胸痛中心3个。\n（本文转载自江城晚报）", Some("江城晚报"), &[]),
    ("某縣推進醫共體建設\n全縣新建胸痛中心3個。\n本文轉自江城晚報", Some("江城晚报"), &[]),
    ("某县推进医共体建设\n全县新建胸痛中心3个。\n本文转载自网络，如有侵权请联系删除。", None, &[]),
    // A reporters' credit naming the paper, and a wire's special dispatch (`專電`).
    ("某縣推進醫共體建設\n2026年4月12日\n星島日報記者 陳嘉欣\n全縣新建胸痛中心3個。", Some("星岛日报"), &["陈嘉欣"]),
    (
        "某縣推進醫共體建設\n（中央社記者王思遠華盛頓11日專電）美國衛生部今天宣布新措施。\n各州將增設服務據點。",
        Some("中央社"),
        &["王思远"],
    ),
    // A generic `小编` credits nobody; the reporter credited under the text is the author.
    ("某县推进医共体建设\n2026-04-12 18:00 作者：小编 来源：江城晚报\n全县新建胸痛中心3个。\n（记者 王思远 通讯员 陈一凡）", Some("江城晚报"), &["王思远"]),

    // The place the report was filed from glued between the reporter and `報導`.
    ("衛福部擴大長照服務\n【記者陳小明台北報導】衛福部今天宣布擴大長照服務。\n各縣市將增設服務據點。", None, &["陈小明"]),
    ("卫健委部署流感防控\n（记者陈小明上海报道）市卫健委今天部署流感防控工作。\n各区将增设发热门诊。", None, &["陈小明"]),
    ("卫健委部署流感防控\n（记者上海报道）市卫健委今天部署流感防控工作。\n各区将增设发热门诊。", None, &[]),

    // A magazine's own reporters (`本刊记者`), two names after the label.
    ("某县推进医共体建设\n本刊记者 王思远 陈一凡\n今年以来，某县整合县乡村三级医疗资源。", None, &["王思远", "陈一凡"]),
    ("某縣推進醫共體建設\n本刊記者 王思遠 陳一凡\n今年以來，某縣整合縣鄉村三級醫療資源。", None, &["王思远", "陈一凡"]),
    // A two-character masthead glued to the reporter label opening a line.
    ("某县推进医共体建设\n江报记者 王思远\n今年以来，某县整合县乡村三级医疗资源。", Some("江报"), &["王思远"]),
    ("某縣推進醫共體建設\n江報記者 王思遠\n今年以來，某縣整合縣鄉村三級醫療資源。", Some("江报"), &["王思远"]),
    // A broadcaster's short name glued to the reporter label in a closing credit.
    ("某县推进医共体建设\n今年以来，某县整合县乡村三级医疗资源。\n（央视记者 王思远 陈一凡）", Some("央视"), &["王思远", "陈一凡"]),
    ("某县推进医共体建设\n今年以来，某县整合县乡村三级医疗资源。\n（总台记者 王思远）", Some("总台"), &["王思远"]),
    // Two reporters joined by a conjunction; a name with 和 inside stays one name.
    ("某县推进医共体建设\n记者 王思远和陈一凡\n今年以来，某县整合县乡村三级医疗资源。", None, &["王思远", "陈一凡"]),
    ("某縣推進醫共體建設\n記者 王思遠與陳一凡\n今年以來，某縣整合縣鄉村三級醫療資源。", None, &["王思远", "陈一凡"]),
    ("某县推进医共体建设\n记者 王和平\n今年以来，某县整合县乡村三级医疗资源。", None, &["王和平"]),
    // An office credited as 作者 is the author; who put the page online (`发布者`) is none.
    (
        "某县推进医共体建设\n发布时间：2026-04-12 作者：疾控科 来源：江城县卫健局\n今年以来，某县整合县乡村三级医疗资源。",
        Some("江城县卫健局"),
        &["疾控科"],
    ),
    (
        "某县推进医共体建设\n发布日期：2026-04-12 发布者：王思远 来源：江城县卫健局\n今年以来，某县整合县乡村三级医疗资源。",
        Some("江城县卫健局"),
        &[],
    ),
    (
        "某縣推進醫共體建設\n發布日期：2026-04-12 發布者：王思遠 來源：江城縣衛健局\n今年以來，某縣整合縣鄉村三級醫療資源。",
        Some("江城县卫健局"),
        &[],
    ),
    // An app's time glued to the outlet by a dot.
    ("某县推进医共体建设\n2026-04-12 08:55·江城晚报\n今年以来，某县整合县乡村三级医疗资源。", Some("江城晚报"), &[]),
    // A masthead with its page fields above a `本报讯` lead.
    ("江城日报 第2版：综合新闻\n某县推进医共体建设\n本报讯 今年以来，某县整合县乡村三级医疗资源。", Some("江城日报"), &[]),
    ("江城日報 第2版：綜合新聞\n某縣推進醫共體建設\n本報訊 今年以來，某縣整合縣鄉村三級醫療資源。", Some("江城日报"), &[]),
    // A closing note naming the paper in title marks with its date and page; a note adding
    // anything else names none.
    ("某县推进医共体建设\n今年以来，某县整合县乡村三级医疗资源。\n（本文刊发于《江城日报》2026年4月12日第2版）", Some("江城日报"), &[]),
    ("某县推进医共体建设\n今年以来，某县整合县乡村三级医疗资源。\n（本文刊发于《江城日报》有删节）", None, &[]),
    // A reporter label glued to a word that points at an outlet without naming it: the
    // person is the author, the word names no source (the page's own source line does).
    ("某镇开展义诊活动\n该社记者 周宏宇\n镇卫生院组织医生进村义诊。\n共服务群众二百余人。", None, &["周宏宇"]),
    ("某鎮開展義診活動\n該社記者 周宏宇\n鎮衛生院組織醫生進村義診。\n共服務群眾二百餘人。", None, &["周宏宇"]),
    ("某镇开展义诊活动\n日报记者 周宏宇 邱楠\n镇卫生院组织医生进村义诊。\n共服务群众二百余人。", None, &["周宏宇", "邱楠"]),
    ("某鎮開展義診活動\n我台記者 周宏宇\n鎮衛生院組織醫生進村義診。\n共服務群眾二百餘人。", None, &["周宏宇"]),
    (
        "某镇开展义诊活动\n来源：河湾晚报\n该报记者 周宏宇\n镇卫生院组织医生进村义诊。\n共服务群众二百余人。",
        Some("河湾晚报"),
        &["周宏宇"],
    ),
    // The same words inside a sentence credit nobody.
    ("某镇开展义诊活动\n镇卫生院组织医生进村义诊，该报记者周宏宇随队走访。\n共服务群众二百余人。", None, &[]),
    // A closing bracketed credit naming the writer's unit before the name.
    ("某县推进医共体建设\n今年以来，某县整合县乡村三级医疗资源。\n（江城县卫健局 王思远）", None, &["王思远"]),
    ("某縣推進醫共體建設\n今年以來，某縣整合縣鄉村三級醫療資源。\n（江城縣衛健局 王思遠）", None, &["王思远"]),
    // A paper's byline mark before one writer's name, above the text.
    ("某县推进医共体建设\n□ 韩立群\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", None, &["韩立群"]),
    ("某縣推進醫共體建設\n□ 韓立群\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", None, &["韩立群"]),
    // The same mark before a checklist item of the text names no writer.
    ("某县开展慢病筛查\n今年全县开展慢病筛查，重点人群包括：\n□ 高血压\n□ 糖尿病\n筛查工作将于6月底前完成。", None, &[]),
    ("某县开展慢病筛查\n今年全县开展慢病筛查。\n□ 高血压\n筛查工作将于6月底前完成。", None, &[]),
    // A reporter credit in full-width square or tortoise-shell brackets under the text.
    ("某縣推進醫共體建設\n今年以來，某縣整合縣鄉村三級醫療資源。\n［江城日報記者 何嘉敏］", Some("江城日报"), &["何嘉敏"]),
    ("某县推进医共体建设\n今年以来，某县整合县乡村三级医疗资源。\n〔本报记者 何嘉敏〕", None, &["何嘉敏"]),
    // A writer's name printed bare after the paper on the date line.
    ("醫院評鑑延長效期\n16:05 2026/04/11 南港時報 蘇芷晴\n醫院評鑑效期將由4年延長為6年。\n衛福部表示，將持續與醫界溝通。", Some("南港时报"), &["苏芷晴"]),
    ("医院评鉴延长效期\n2026-04-11 16:05 南港日报 苏芷晴\n医院评鉴效期将由4年延长为6年。", Some("南港日报"), &["苏芷晴"]),
    // A word or an edition label after the paper names no writer.
    ("医院评鉴延长效期\n2026-04-11 南港日报 高温\n医院评鉴效期将由4年延长为6年。", Some("南港日报"), &[]),
    ("医院评鉴延长效期\n2026-04-11 南港日报 周末版\n医院评鉴效期将由4年延长为6年。", Some("南港日报"), &[]),
    // `/图` after the second of two credited names: that one took the pictures.
    ("某县推进医共体建设\n江城日报记者 王思远/文 陈一凡/图\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城日报"), &["王思远"]),
    ("某縣推進醫共體建設\n江城日報記者 王思遠／文 陳一凡／圖\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城日报"), &["王思远"]),
    // A wire's dateline without place and day (`【新华社电】`, `新华社电`).
    ("某县推进医共体建设\n2026-04-12\n【新华社电】今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("新华社"), &[]),
    ("某县推进医共体建设\n2026-04-12\n新华社电 今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("新华社"), &[]),
    ("某縣推進醫共體建設\n2026-04-12\n【中新社電】今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("中新社"), &[]),
    ("某縣推進醫共體建設\n2026-04-12\n中新社電 今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("中新社"), &[]),
    // An outlet's name with `电` inside it is no wire's dateline.
    ("某县推进医共体建设\n2026-04-12\n江城电视台消息 今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城电视台"), &[]),
    ("某县推进医共体建设\n2026-04-12\n江城供电（某县）今年以来整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", None, &[]),
    // A self-media account beside the date with its platform's kind of account: the account
    // is the source, the platform's word none.
    ("某县推进医共体建设\n2026-04-12 10:20 江城健康 百家号\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城健康"), &[]),
    ("某縣推進醫共體建設\n2026-04-12 10:20 江城健康 企鵝號\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城健康"), &[]),
    ("某县推进医共体建设\n2026-04-12 10:20 头条号\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", None, &[]),
    ("某县推进医共体建设\n2026-04-12 10:20\n江城健康\n百家号\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n江城晚报记者 王思远", Some("江城健康"), &["王思远"]),
    ("某縣推進醫共體建設\n2026-04-12 10:20\n江城健康\n企鵝號\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城健康"), &[]),
    // A name beside the date tagged with what its outlet did to the text (`[整理]`).
    ("某县推进医共体建设\n2026-04-12 10:20 江城星空[整理]\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("江城星空"), &[]),
    ("某縣推進醫共體建設\n2026-04-12 10:20 江城星空【編譯】\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城星空"), &[]),
    ("某县推进医共体建设\n2026-04-12 10:20 高山星空[整理]\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", Some("高山星空"), &[]),
    ("某县推进医共体建设\n2026-04-12 10:20 江城星空[视频]\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。", None, &[]),
    // A publication's name in title marks before a credit label, whatever it ends with.
    ("某县推进医共体建设\n2026-04-12 10:20\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n《江城》作者 王思远", Some("江城"), &["王思远"]),
    ("某縣推進醫共體建設\n2026-04-12 10:20\n《江城》記者 王思遠\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。", Some("江城"), &["王思远"]),
    // A public account's credit alone below the text, after the avatar's letter or not.
    ("某县推进医共体建设\n2026-04-12 10:20\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n江 江城刀微信公号", Some("江城刀微信公号"), &[]),
    ("某縣推進醫共體建設\n2026-04-12 10:20\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。\n江城健康微信公眾號", Some("江城健康微信公众号"), &[]),
    ("某县推进医共体建设\n2026-04-12 10:20\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n王 江城刀微信公号", None, &[]),
    ("某县推进医共体建设\n2026-04-12 10:20\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n关注江城健康微信公众号", None, &[]),
    // A reporter posted to a place: the outlet stands before `驻`; the place a report was
    // filed from is no name.
    ("临江市推进医共体建设\n2026-03-12 09:30\n湖川日报驻临江记者 张晓明\n近日，临江市卫健委召开推进会。", Some("湖川日报"), &["张晓明"]),
    ("临江市推进医共体建设\n2026-03-12 09:30\n本报驻京记者 张晓明\n近日，临江市卫健委召开推进会。", None, &["张晓明"]),
    ("临江市推进医共体建设\n2026-03-12 09:30\n记者 张晓明 发自临江\n近日，临江市卫健委召开推进会。", None, &["张晓明"]),
    // Labels in lenticular brackets, with no colon.
    ("临江市推进医共体建设\n【发布时间】2026-03-12 【来源】湖川日报 【作者】张晓明\n近日，临江市卫健委召开推进会。", Some("湖川日报"), &["张晓明"]),
    // Source fields as other sites label them.
    ("临江市推进医共体建设\n2026-03-12 消息来源：湖川日报\n近日，临江市卫健委召开推进会。", Some("湖川日报"), &[]),
    ("临江市推进医共体建设\n来源单位：临江市卫生健康委员会 2026-03-12\n近日，临江市卫健委召开推进会。", Some("临江市卫生健康委员会"), &[]),
    ("临江市推进医共体建设\n2026-03-12\n近日，临江市卫健委召开推进会。\n（信息提供：临江市疾病预防控制中心）", Some("临江市疾病预防控制中心"), &[]),
    // A repost note followed by the site's statement on it names the outlet.
    ("临江市推进医共体建设\n2026-03-12\n近日，临江市卫健委召开推进会。\n本文转载自湖川日报，版权归原作者所有，如有侵权请联系删除。", Some("湖川日报"), &[]),
    // A post's producer (`出品：`) is its source, as a contributor's credit is; a programme's
    // producer (`出品人：`) names none.
    (
        "流感高发季就医指南请收好\n2026-01-08 18:00\n出品：临江市卫生健康委员会\n文字：张晓明\n近期流感进入高发期，各医院发热门诊就诊量上升。",
        Some("临江市卫生健康委员会"),
        &["张晓明"],
    ),
    (
        "流感高發季就醫指南請收好\n2026-01-08 18:00\n出品：臨江市衛生健康委員會\n文字：張曉明\n近期流感進入高發期，各醫院發熱門診就診量上升。",
        Some("临江市卫生健康委员会"),
        &["张晓明"],
    ),
    ("青禾县健康讲堂开讲\n2026-01-08 18:00\n出品人：周海涛\n近期流感进入高发期，各医院发热门诊就诊量上升。", None, &[]),
    // A note naming the account the text comes from, with the writer's credit after a comma.
    (
        "村医收入怎么提？青禾县的做法\n2026-05-16 13:22\n本文来自微信公众号“基层卫生观察”，作者：林木\n青禾县推行乡村医生收入保障制度。",
        Some("基层卫生观察"),
        &["林木"],
    ),
    // A statement on the repost after the comma is no credit.
    (
        "村医收入怎么提？青禾县的做法\n2026-05-16 13:22\n青禾县推行乡村医生收入保障制度。\n本文转载自湖川日报，版权归原作者所有。",
        Some("湖川日报"),
        &[],
    ),
    // Reporters' names before their outlet's reporter label, under the date line or closing
    // the text; a place before the label is no name.
    ("青禾县医共体建设取得新进展\n2026-05-20 08:45\n张晓明 湖川日报记者\n近日，青禾县卫健局召开推进会。", Some("湖川日报"), &["张晓明"]),
    ("青禾縣醫共體建設取得新進展\n2026-05-20 08:45\n張曉明 湖川日報記者\n近日，青禾縣衛健局召開推進會。", Some("湖川日报"), &["张晓明"]),
    (
        "青禾县启用智慧急救系统\n2026-09-09\n青禾县智慧急救系统正式启用。\n（张晓明、林立 湖川日报记者）",
        Some("湖川日报"),
        &["张晓明", "林立"],
    ),
    ("青禾县启用智慧急救系统\n2026-09-09\n青禾县智慧急救系统正式启用。\n临江 湖川日报记者", None, &[]),
    // A two-character department beside the writer is no person; alone, it is the author.
    ("孩子发烧别慌\n2026-10-28 08:30\n作者：儿科 李静\n孩子发烧是家长最常遇到的问题之一。", None, &["李静"]),
    ("孩子发烧别慌\n2026-10-28 08:30\n作者：眼科\n孩子发烧是家长最常遇到的问题之一。", None, &["眼科"]),
    // A barred credit naming the writer's unit before the writer: the writer is the author.
    ("世界无烟日｜戒烟，什么时候都不晚\n2026-05-31 19:00\n作者丨宣传科 何雨\n今天是第39个世界无烟日。", None, &["何雨"]),
    ("世界無煙日｜戒煙，什麼時候都不晚\n2026-05-31 19:00\n作者丨宣傳科 何雨\n今天是第39個世界無煙日。", None, &["何雨"]),    // A contributor's credit glued to the end of the last paragraph is the source, as on a
    // line of its own; a unit in brackets without `供稿` names no source.
    (
        "临江市开展家庭医生宣传周活动\n2026-05-19\n活动现场，家庭医生团队共签约居民560余人。（临江市卫健委供稿）",
        Some("临江市卫健委"),
        &[],
    ),
    (
        "臨江市開展家庭醫生宣傳週活動\n2026-05-19\n活動現場，家庭醫生團隊共簽約居民560餘人。（臨江市衛健委供稿）",
        Some("临江市卫健委"),
        &[],
    ),
    ("临江市开展家庭医生宣传周活动\n2026-05-19\n活动现场，家庭医生团队共签约居民560余人。（临江市卫健委）", None, &[]),
    // The contributor labelled as a person (`供稿人：`), the writer of a post (`文稿：`).
    ("临江市开展家庭医生宣传周活动\n2026-05-19 供稿人：临江市卫健委\n活动现场，家庭医生团队共签约居民560余人。", Some("临江市卫健委"), &[]),
    ("临江市开展家庭医生宣传周活动\n2026-05-19\n活动现场，家庭医生团队共签约居民560余人。\n文稿：张晓明 审核：王芳", None, &["张晓明"]),
    // A person as the contributor (`供稿：`) is neither source nor author, as `张建华供稿` above;
    // a body there is the source, and a two-character outlet after `来源：` stays one.
    ("青禾县人民医院开展首例微创手术\n发布时间：2026-10-12\n供稿：张晓明\n10月10日，该院心内科为一名患者实施手术。", None, &[]),
    ("青禾縣人民醫院開展首例微創手術\n發佈時間：2026-10-12\n供稿：張曉明\n10月10日，該院心內科為一名患者實施手術。", None, &[]),
    (
        "青禾县人民医院开展首例微创手术\n发布时间：2026-10-12\n供稿：青禾县人民医院\n10月10日，该院心内科为一名患者实施手术。",
        Some("青禾县人民医院"),
        &[],
    ),
    ("青禾县人民医院开展首例微创手术\n发布时间：2026-10-12 来源：康讯\n10月10日，该院心内科为一名患者实施手术。", Some("康讯"), &[]),
    // A writer's name right before the paper's on the dated line is its author, as after it.
    ("青禾县开展结核病筛查\n张晓明 湖川日报 2026-03-24 10:20\n3月24日，县疾控中心在城区设点开展筛查。", Some("湖川日报"), &["张晓明"]),
    ("青禾縣開展結核病篩查\n張曉明 湖川日報 2026-03-24 10:20\n3月24日，縣疾控中心在城區設點開展篩查。", Some("湖川日报"), &["张晓明"]),
    ("青禾县开展结核病筛查\n2026-03-24 10:20 湖川日报 张晓明\n3月24日，县疾控中心在城区设点开展筛查。", Some("湖川日报"), &["张晓明"]),
    ("青禾县开展结核病筛查\n头条 湖川日报 2026-03-24 10:20\n3月24日，县疾控中心在城区设点开展筛查。", Some("湖川日报"), &[]),
    // A stamp without its year glued to a field's value ends it and dates nothing.
    ("临江市推进基层卫生服务能力提升\n来源：湖川日报10-0812:00\n临江市卫健委近日印发方案，要求加快建设县域医共体。", Some("湖川日报"), &[]),
    ("临江市推进基层卫生服务能力提升\n作者：张晓明10-08 12:00\n临江市卫健委近日印发方案，要求加快建设县域医共体。", None, &["张晓明"]),
    ("臨江市推進基層衛生服務能力提升\n作者：張曉明10-08 12:00\n臨江市衛健委近日印發方案，要求加快建設縣域醫共體。", None, &["张晓明"]),
    // The outlet, a slash, then its writer and what they did (as the writer first: `张三/某某日报`).
    ("临江市推进基层卫生服务能力提升\n湖川日报 / 王小明 报导\n临江市卫健委近日印发方案，要求加快建设县域医共体。", Some("湖川日报"), &["王小明"]),
    ("臨江市推進基層衛生服務能力提升\n湖川日報／王小明報導\n臨江市衛健委近日印發方案，要求加快建設縣域醫共體。", Some("湖川日报"), &["王小明"]),
    ("临江市推进基层卫生服务能力提升\n首页 / 健康新闻\n临江市卫健委近日印发方案，要求加快建设县域医共体。", None, &[]),
    // An outlet's note alone between paragraphs names the source as at the end; one closing a
    // sentence there does not.
    ("临江市推进基层卫生服务能力提升\n2026-10-08\n临江市卫健委近日印发方案。\n（湖川日报）\n全市将新增家庭医生团队120个。", Some("湖川日报"), &[]),
    ("臨江市推進基層衛生服務能力提升\n2026-10-08\n臨江市衛健委近日印發方案。\n（湖川日報）\n全市將新增家庭醫生團隊120個。", Some("湖川日报"), &[]),
    ("临江市推进基层卫生服务能力提升\n2026-10-08\n临江市卫健委近日印发方案。（湖川日报）\n全市将新增家庭医生团队120个。", None, &[]),
    ("临江市推进基层卫生服务能力提升\n2026-10-08\n临江市卫健委近日印发方案。\n（张晓明）\n全市将新增家庭医生团队120个。", None, &[]),
    // Title marks around the source's value are the page's, no part of the outlet's name.
    ("临江市开展家庭医生宣传周活动\n来源：《湖川日报》 2026-11-03 09:12\n活动现场，家庭医生团队共签约居民560余人。", Some("湖川日报"), &[]),
    ("臨江市開展家庭醫生宣傳週活動\n來源：《湖川日報》 2026-11-03 09:12\n活動現場，家庭醫生團隊共簽約居民560餘人。", Some("湖川日报"), &[]),
    // An outlet's name in lenticular brackets opening the report, as `【某某日报讯】`; a
    // column's or a body's name there is none.
    ("临江市推进医共体建设\n2026-03-12\n【湖川日报】近日，临江市卫健委召开推进会。", Some("湖川日报"), &[]),
    ("臨江市推進醫共體建設\n2026-03-12\n【湖川日報】近日，臨江市衛健委召開推進會。", Some("湖川日报"), &[]),
    ("临江市推进医共体建设\n2026-03-12\n【健康关注】近日，临江市卫健委召开推进会。", None, &[]),
    ("临江市推进医共体建设\n2026-03-12\n【临江市卫健委】近日，该委召开推进会。", None, &[]),
    // Names before their outlet's reporter label of a medium (`全媒体记者`); a unit that is no
    // outlet there credits no one.
    ("临江市推进医共体建设\n2026-03-12\n张晓明 湖川日报全媒体记者\n近日，临江市卫健委召开推进会。", Some("湖川日报"), &["张晓明"]),
    ("臨江市推進醫共體建設\n2026-03-12\n張曉明 李紅 湖川日報融媒體記者\n近日，臨江市衛健委召開推進會。", Some("湖川日报"), &["张晓明", "李红"]),
    ("临江市推进医共体建设\n2026-03-12\n张晓明 心内科记者\n近日，临江市卫健委召开推进会。", None, &[]),
    // Text and pictures credited to one writer with the two words listed; a reporter who also
    // took the pictures (`摄影报道`).
    ("临江市推进医共体建设\n2026-03-12\n文、图/张晓明\n近日，临江市卫健委召开推进会。", None, &["张晓明"]),
    ("臨江市推進醫共體建設\n2026-03-12\n圖、文／張曉明\n近日，臨江市衛健委召開推進會。", None, &["张晓明"]),
    ("临江市推进医共体建设\n2026-03-12\n本报记者 张晓明 摄影报道\n近日，临江市卫健委召开推进会。", None, &["张晓明"]),
    ("臨江市推進醫共體建設\n2026-03-12\n記者張曉明攝影報導\n近日，臨江市衛健委召開推進會。", None, &["张晓明"]),
    // An agency's dateline with its reporters spaced from the agency, alone on its line or
    // after the page's date; a body's name before a press conference credits no one.
    (
        "衛福部擴大長照服務\n2026-03-10\n中央社 記者陳小明台北10日電\n衛福部今天宣布擴大長照服務，各縣市將增設服務據點。",
        Some("中央社"),
        &["陈小明"],
    ),
    (
        "衛福部擴大長照服務\n2026-03-10 14:20 中央社 記者陳小明、林美玉台北10日電\n衛福部今天宣布擴大長照服務，各縣市將增設服務據點。",
        Some("中央社"),
        &["陈小明", "林美玉"],
    ),
    (
        "卫福部扩大长照服务\n2026-03-10 14:20 中央社记者陈小明台北10日电\n卫福部今天宣布扩大长照服务，各县市将增设服务据点。",
        Some("中央社"),
        &["陈小明"],
    ),
    (
        "卫福部扩大长照服务\n2026-03-10\n卫福部 记者会上，陈小明台北10日电话说明新制。\n各县市将增设服务据点。",
        None,
        &[],
    ),
];

#[test]
fn byline_forms_give_source_and_authors() {
    let mut errors = Vec::new();
    for &(page, source, authors) in FORMS {
        let a = extract(page).unwrap();
        if a.meta.source.as_deref() != source || a.meta.authors != authors {
            errors.push(format!("{page}\n  source {:?}, authors {:?}", a.meta.source, a.meta.authors));
        }
    }
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}

/// A headline opening with the name of the page's own account before `：` or a bar: the
/// account's column name, no part of the title; another name there stays.
#[test]
fn account_column_prefix_leaves_the_title() {
    let forms: &[(&str, &str)] = &[
        (
            "江城刀：某县推进医共体建设\n2026-04-12 10:20\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n江城刀微信公号",
            "某县推进医共体建设",
        ),
        (
            "江城刀丨某縣推進醫共體建設\n2026-04-12 10:20\n今年以來，某縣整合縣鄉村三級醫療資源。\n全縣新建胸痛中心3個。\n江城刀微信公號",
            "某县推进医共体建设",
        ),
        (
            "县卫健局：某县推进医共体建设\n2026-04-12 10:20\n今年以来，某县整合县乡村三级医疗资源。\n全县新建胸痛中心3个。\n江城刀微信公号",
            "县卫健局：某县推进医共体建设",
        ),
    ];
    for &(page, title) in forms {
        assert_eq!(extract(page).unwrap().meta.title.as_deref(), Some(title), "{page}");
    }
}

/// The medium in an all-media reporter's label (`某报全媒体记者`) is no person: the note
/// credits the reporter, with the paper, and the correspondent only.
#[test]
fn all_media_reporter_label_names_no_person() {
    let page =
        "临江市推进医共体建设\n2026-03-12\n本报讯（湖川日报全媒体记者林立 通讯员王小红）近日，临江市卫健委召开推进会。";
    let a = extract(page).unwrap();
    let people: Vec<(&str, Option<&str>)> =
        a.people.iter().map(|p| (p.name.as_str(), p.organization.as_deref())).collect();
    assert_eq!(people, vec![("林立", Some("湖川日报")), ("王小红", None)]);
}

/// A public account's credit block: a picture credited to the internet names nobody; the
/// people credited are the writer, the editor and the reviewer.
#[test]
fn picture_credited_to_the_internet_names_no_person() {
    let page = "临江市推进医共体建设\n2026-03-12\n来源 | 湖川日报\n文字 | 林立\n图片 | 网络\n编辑 | 王小红\n审核 | 陈东\n近日，临江市卫健委召开推进会。";
    let a = extract(page).unwrap();
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["林立", "王小红", "陈东"]);
    assert_eq!(a.meta.authors, vec!["林立".to_string()]);
    assert_eq!(a.meta.source.as_deref(), Some("湖川日报"));
}
