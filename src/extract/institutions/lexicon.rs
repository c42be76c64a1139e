//! The vocabulary of the institutions extractor: suffixes, named bodies, abbreviations,
//! regions (from the gazetteer, `crate::gazetteer`) and the word lists, read once from
//! `src/lexicon/` into [`InstitutionExtractor`].

use crate::automaton::WordAutomaton;
use crate::facts::InstitutionKind;
use crate::gazetteer::gazetteer;
use crate::lexicon::{
    Lexicon, WordSet, BODY_REFERENCES, COMPANY_TRADES, COMPANY_WORDS, CONJUNCTIONS, NAMED_BODIES, ORG_ABBREVIATIONS,
    ORG_GENERIC_CORES, ORG_INTERNATIONAL_PREFIXES, ORG_NATIONAL_PREFIXES, ORG_PARTIES, ORG_STOPS, ORG_SUFFIXES,
    ORG_TAGGED_CUES, ORG_UNITS, OUTLET_CHANNELS, OUTLET_NOTES, OUTLET_SUFFIXES, REGION_GENERIC, TIME_WORDS, TITLES,
    TOWN_GENERIC,
};
use aho_corasick::MatchKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One organization-type suffix of `org_suffixes.txt`.
#[derive(Debug, Clone)]
pub(super) struct Suffix {
    pub(super) kind: InstitutionKind,
    /// The full form used in names (`卫健委` → `卫生健康委员会`).
    pub(super) canon: String,
    /// A region prefix alone makes a name.
    pub(super) region_ok: bool,
    /// A region prefix is required.
    pub(super) region_req: bool,
    /// The parent organization's name is part of this one's (`…协会基层卫生分会`).
    pub(super) branch: bool,
    /// Named only after a national prefix (`国家…总局`, `国务院…办公室`).
    pub(super) national: bool,
    /// After a bare place with its level it names that place's party committee
    /// (`晋城市委`, `县委` → `中共…委员会`).
    pub(super) party: bool,
    /// `canon` names the body only where the article prints it (`宾县医保局` stays).
    pub(super) printed: bool,
    /// A proper-name core is required: a region does not vouch for a descriptive one
    /// (`保诚保险` yes, `北京市医疗保险` no).
    pub(super) proper: bool,
    /// Named only right after a corps unit (`184团党委`): other places have party
    /// committees of their own level (`镇党委`, `市委`).
    pub(super) corps: bool,
    /// A group of hospitals named after its lead hospital (`某某医院医联体`: a body inside
    /// the core) or after its place and field (`某市儿科专科联盟`: the place vouches for a
    /// field core); the bare kind or a place alone names nothing.
    pub(super) alliance: bool,
    /// Written right after a bare level or a known place (`县府`, `某县府`): after a word
    /// that only ends like a place it names nothing.
    pub(super) level: bool,
    /// Named by the task it coordinates (`某市深化医改工作领导小组`,
    /// `国务院防治某病工作部际联席会议`): verbs belong to the core, whose place (or national
    /// prefix) is required.
    pub(super) task: bool,
    /// Named by its duty, a verbal noun (`某省考试委员会`, `国家某某咨询委员会`,
    /// `某某伦理审查委员会`): such a noun belongs to the core; verbs still end it
    /// (`成立专家委员会`).
    pub(super) duty: bool,
    /// A country's mission in another (`某国驻某国大使馆`): the name runs over `驻` and the
    /// host place to the sending country as printed.
    pub(super) mission: bool,
    /// A branch of its parent's kind (`某科学院某分院`, `某医院某分院`); the row's kind
    /// stands where the parent's is unknown.
    pub(super) parent_kind: bool,
}

/// The merge key (`Candidate::suffix`) of a party committee (`中共X市委员会`).
pub(super) const PARTY_COMMITTEE: &str = "中共委员会";

/// The party's short name written before a committee (`中共` + `某市委`, `中共某省委员会`):
/// part of the committee's mention, no mention of the party itself.
pub(super) const PARTY_PREFIX: &str = "中共";

/// Legal forms written before a Taiwan body's name (`社团法人…协会`, `财团法人…基金会`):
/// part of the name, kept whole (docs/FACTS.md §4).
pub(super) const LEGAL_FORMS: [&str; 2] = ["社团法人", "财团法人"];

/// The canonical suffix a committee is written with in full (`中共某省委员会`).
pub(crate) const COMMITTEE: &str = "委员会";

/// Level endings of the places whose party committee a bare `委` names (`市委`, `县委`).
pub(super) const PARTY_LEVELS: [&str; 5] = ["省", "市", "县", "区", "州"];

/// Endings of a party committee's department written right after it (`市委宣传部`,
/// `县委办公室`, `县委办`, `市委党校`): the committee is then part of that name, no mention.
pub(super) const PARTY_DEPARTMENT_ENDS: [&str; 5] = ["部", "办公室", "办", "党校", "室"];

/// A whole-name abbreviation of `org_abbreviations.txt` (`中新社` → `中国新闻社`).
#[derive(Debug, Clone)]
pub(crate) struct Abbreviation {
    pub(crate) short: String,
    pub(crate) full: String,
    /// Expanded only where the article prints `full` (an office's own short name, `卫福部`).
    pub(crate) printed: bool,
}

/// The rows `SHORT<TAB>FULL[<TAB>printed]` of `org_abbreviations.txt`.
pub(crate) fn abbreviations() -> Vec<Abbreviation> {
    ORG_ABBREVIATIONS
        .rows()
        .filter_map(|r| {
            Some(Abbreviation {
                short: r.word().to_string(),
                full: r.field(1)?.to_string(),
                printed: r.field(2) == Some("printed"),
            })
        })
        .collect()
}

/// One entry of `named_bodies.txt` or `org_abbreviations.txt`: a surface form and the
/// organization it names.
#[derive(Debug, Clone)]
pub(super) struct NamedBody {
    pub(super) name: String,
    pub(super) kind: InstitutionKind,
}

/// The longest title, in characters (prefixes up to this length are looked up).
pub(super) const TITLE_MAX_CHARS: usize = 8;

pub(super) use crate::gazetteer::REGION_LEVELS;

/// Endings of place names below the county level, which bodies such as 党工委 and
/// 管委会 belong to.
pub(super) const PLACE_ENDS: [&str; 8] = ["街道", "镇", "乡", "开发区", "园区", "高新区", "经开区", "新区"];

/// Part-of-speech tags that end a name on its left (multi-character tokens only).
pub(super) const STOP_TAGS: [&str; 22] = [
    "v", "vd", "vg", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q", "f", "t", "ad", "y", "e",
    "o",
];

/// Tags of tokens that make a core a proper name.
pub(super) const PROPER_TAGS: [&str; 10] = ["ns", "nr", "nrfg", "nrt", "nz", "nt", "j", "x", "eng", "nt"];

use crate::gazetteer::{RegionFull, RegionShort};

/// Built once; holds this extractor's lexicons and automata.
#[derive(Debug)]
pub struct InstitutionExtractor {
    pub(super) suffix_ac: WordAutomaton,
    pub(super) suffixes: Vec<Suffix>,
    pub(super) named_ac: WordAutomaton,
    pub(super) named: Vec<NamedBody>,
    /// Each word of `named_ac` → its index in `named`, for a shorter body inside a longer
    /// match (`央视` of `央视新闻报道`).
    pub(super) named_index: HashMap<String, usize>,
    /// Whole-name abbreviations, longest first (`中新社` → `中国新闻社`).
    pub(super) abbreviations: Vec<Abbreviation>,
    /// Abbreviations expanded only where the article prints the full form, as (short,
    /// full), the longest full form first (`卫福部` → `卫生福利部`, `医保局` → `医疗保障局`).
    pub(super) printed_only: Vec<(String, String)>,
    /// Short form (`徐汇`) → full region name (`徐汇区`).
    pub(super) region_short: &'static RegionShort,
    pub(super) region_full: &'static RegionFull,
    /// The last characters of `region_short` and `region_full` entries.
    pub(super) region_ends: HashSet<char>,
    pub(super) region_generic: HashSet<String>,
    /// Words ending like a town that name none (`城镇`, `小城镇`).
    pub(super) town_generic: HashSet<String>,
    pub(super) generic_cores: HashSet<String>,
    /// Fields of care among the generic cores (`精神病`, `口腔`): after a place they name the
    /// place's hospital of the field.
    pub(super) care_fields: HashSet<String>,
    pub(super) stops: HashSet<String>,
    pub(super) titles: HashSet<String>,
    /// National prefixes (`中国`, `国家`).
    pub(super) national: Vec<String>,
    /// The national prefixes that are the country's name (`中国`, `中华`).
    pub(super) country: Vec<String>,
    /// Foreign countries (`美国`, `日本`): `body_references.txt` [countries].
    pub(super) foreign_countries: HashSet<&'static str>,
    /// International prefixes (`世界`, `国际`): an association they open is international.
    pub(super) international: Vec<String>,
    /// Short names of the democratic parties (`农工党`): a place's committee written after
    /// one is that party's, named as printed.
    pub(super) other_parties: Vec<String>,
    pub(super) company_words: Vec<String>,
    /// Words after a company's name (`董事长`, `旗下`): `org_tagged_cues.txt` [company].
    pub(super) company_cues: WordSet,
    /// Posts after a media outlet's name (`记者`): `org_tagged_cues.txt` [media].
    pub(super) media_cues: WordSet,
    /// An organization's own acts (`宣布`, `收购`): `org_tagged_cues.txt` [agent].
    pub(super) agent_cues: WordSet,
    /// Openers of a cited report (`据`): `org_tagged_cues.txt` [cite].
    pub(super) cite_words: WordSet,
    /// Words closing a cited report (`报道`, `消息`): `org_tagged_cues.txt` [report].
    pub(super) cited_reports: WordSet,
    /// Endings of an outlet's name a cited report vouches for (`财经`, `快讯`):
    /// `org_tagged_cues.txt` [outlet_words].
    pub(super) cited_outlet_words: WordSet,
    /// Endings of a newspaper's name (`时报`, `都市报`): `org_tagged_cues.txt` [paper_words].
    pub(super) paper_words: WordSet,
    /// Words opening a generic cited source (`当地`, `相关`): [generic_sources].
    pub(super) generic_sources: WordSet,
    /// Class nouns of companies closing a list of brands (`企业`, `厂商`):
    /// `org_tagged_cues.txt` [class].
    pub(super) company_classes: WordSet,
    /// Company's words after a coined core in running text (`科技`, `股份`):
    /// `org_tagged_cues.txt` [brand_words].
    pub(super) brand_words: WordSet,
    /// Verbs of holding a post at a body (`任`, `担任`): `body_references.txt` [holding_verbs].
    pub(super) holding_verbs: WordSet,
    /// Trades that alone before 公司 name a kind of company (`物业`, `上市`).
    pub(super) company_trades: HashSet<String>,
    /// Channel endings of metadata outlets (`数字报`, `客户端`), longest first.
    pub(super) outlet_channels: Vec<String>,
    /// Periodicals' kinds beside a book-title name (`《某某》杂志`): `outlet_suffixes.txt`.
    pub(super) journal_words: WordSet,
    /// Words ending in `报` that name no paper (`通报`, `公报`): `outlet_suffixes.txt`.
    pub(super) not_outlets: WordSet,
    /// Report words closing an outlet's note (`报道`, `报导`): `outlet_notes.txt` [endings].
    pub(super) report_words: WordSet,
    /// Conjunctions that join coordinated names (`和`, `与`, `及`, `以及`).
    pub(super) and_words: HashSet<String>,
    /// Endings of a sub-unit named after its body (`司`, `科`), and words opening none.
    pub(super) unit_ends: Vec<String>,
    /// Endings of a ministry's bureau (`局`), read only after a body ending in `部`.
    pub(super) unit_bureau_ends: Vec<String>,
    pub(super) unit_not: Vec<String>,
    /// Words that only end like a unit (`部署`): `org_units.txt` [notend].
    pub(super) unit_false_ends: Vec<String>,
    pub(super) unit_party: Vec<String>,
    /// Time-zone labels opening with a place (`北京时间`, `当地时间`): the place names no
    /// region of the article.
    pub(super) time_zones: Vec<&'static str>,
    /// Self-references of a body's own page (`我中心`) with the ending of that body's name
    /// (`中心`): `own_references` of `body_references.txt`.
    pub(super) own_references: Vec<(&'static str, &'static str)>,
}

impl Default for InstitutionExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// The rows of `org_suffixes.txt` (`SUFFIX KIND [FLAG…]`), each also with 衞 for 卫 (Hong
/// Kong and Taiwan write 衞 where the converter may leave it, 衞生署): the words for the
/// automaton and their suffixes, index for index.
pub(super) fn read_suffixes() -> (Vec<String>, Vec<Suffix>) {
    let mut suffix_words = Vec::new();
    let mut suffixes = Vec::new();
    for row in ORG_SUFFIXES.rows() {
        let (word, kind) = (row.word(), ORG_SUFFIXES.variant(row, 1));
        let mut s = Suffix {
            kind,
            canon: word.to_string(),
            region_ok: false,
            region_req: false,
            branch: false,
            national: false,
            party: false,
            printed: false,
            proper: false,
            corps: false,
            alliance: false,
            level: false,
            task: false,
            duty: false,
            mission: false,
            parent_kind: false,
        };
        for &flag in &row.fields()[2..] {
            match flag {
                "region_ok" => s.region_ok = true,
                "region_req" => s.region_req = true,
                "branch" => s.branch = true,
                "party" => s.party = true,
                "printed" => s.printed = true,
                "proper" => s.proper = true,
                "corps" => s.corps = true,
                "alliance" => s.alliance = true,
                "level" => s.level = true,
                "duty" => s.duty = true,
                "mission" => s.mission = true,
                "parent_kind" => s.parent_kind = true,
                "task" => {
                    s.task = true;
                    s.region_req = true;
                }
                "national" => {
                    s.national = true;
                    s.region_req = true;
                }
                f => {
                    if let Some(c) = f.strip_prefix("canon=") {
                        s.canon = c.to_string();
                    }
                }
            }
        }
        // Hong Kong and Taiwan write 衞 where the converter may leave it (衞生署).
        if word.contains('卫') {
            suffix_words.push(word.replace('卫', "衞"));
            suffixes.push(Suffix { canon: s.canon.clone(), ..s.clone() });
        }
        suffix_words.push(word.to_string());
        suffixes.push(s);
    }
    (suffix_words, suffixes)
}

/// The named bodies and the abbreviations of named bodies (with 衞 for 卫 too): the words
/// for the automaton, their bodies index for index, and every abbreviation, longest first.
pub(super) fn read_named_bodies() -> (Vec<String>, Vec<NamedBody>, Vec<Abbreviation>) {
    let mut named_words = Vec::new();
    let mut named = Vec::new();
    let mut kinds: HashMap<String, InstitutionKind> = HashMap::default();
    for row in NAMED_BODIES.rows() {
        let (word, kind) = (row.word(), NAMED_BODIES.variant(row, 1));
        kinds.insert(word.to_string(), kind);
        if word.contains('卫') {
            named_words.push(word.replace('卫', "衞"));
            named.push(NamedBody { name: word.to_string(), kind });
        }
        named_words.push(word.to_string());
        named.push(NamedBody { name: word.to_string(), kind });
    }
    let abbreviations = abbreviations();
    for Abbreviation { short, full, .. } in &abbreviations {
        if let Some(&kind) = kinds.get(full) {
            if !named_words.iter().any(|w| w == short) {
                named_words.push(short.clone());
                named.push(NamedBody { name: full.clone(), kind });
            }
        }
    }
    let mut abbreviations = abbreviations;
    abbreviations.sort_by_key(|a: &Abbreviation| std::cmp::Reverse(a.short.chars().count()));
    (named_words, named, abbreviations)
}

impl InstitutionExtractor {
    /// Parses the lexicons and builds the automata.
    pub fn new() -> Self {
        let (suffix_words, suffixes) = read_suffixes();
        let (named_words, named, abbreviations) = read_named_bodies();
        let words = gazetteer().region_words();
        let (region_short, region_full) = (&words.short, &words.full);
        let set = |lexicon: &Lexicon| lexicon.words().map(str::to_string).collect::<HashSet<_>>();
        let titles: HashSet<String> = set(&TITLES);
        let build = |words: &[String]| WordAutomaton::new(words, MatchKind::LeftmostLongest);
        let mut printed_only: Vec<(String, String)> = suffixes
            .iter()
            .zip(&suffix_words)
            .filter(|(s, _)| s.printed)
            .map(|(s, w)| (w.clone(), s.canon.clone()))
            .chain(abbreviations.iter().filter(|a| a.printed).map(|a| (a.short.clone(), a.full.clone())))
            .collect();
        printed_only.sort_by_key(|(_, full)| std::cmp::Reverse(full.len()));
        InstitutionExtractor {
            printed_only,
            suffix_ac: build(&suffix_words),
            suffixes,
            named_ac: build(&named_words),
            named_index: named_words.iter().enumerate().map(|(i, w)| (w.clone(), i)).rev().collect(),
            named,
            abbreviations,
            region_short,
            region_full,
            region_ends: region_short.keys().chain(region_full.iter()).filter_map(|w| w.chars().next_back()).collect(),
            region_generic: set(&REGION_GENERIC),
            town_generic: set(&TOWN_GENERIC),
            generic_cores: set(&ORG_GENERIC_CORES),
            care_fields: ORG_GENERIC_CORES.section("care_fields").iter().map(|r| r.word().to_string()).collect(),
            stops: set(&ORG_STOPS),
            titles,
            company_words: COMPANY_WORDS.words().map(str::to_string).collect(),
            company_cues: ORG_TAGGED_CUES.word_set("company"),
            media_cues: ORG_TAGGED_CUES.word_set("media"),
            agent_cues: ORG_TAGGED_CUES.word_set("agent"),
            company_classes: ORG_TAGGED_CUES.word_set("class"),
            brand_words: ORG_TAGGED_CUES.word_set("brand_words"),
            holding_verbs: BODY_REFERENCES.word_set("holding_verbs"),
            cite_words: ORG_TAGGED_CUES.word_set("cite"),
            cited_reports: ORG_TAGGED_CUES.word_set("report"),
            cited_outlet_words: ORG_TAGGED_CUES.word_set("outlet_words"),
            paper_words: ORG_TAGGED_CUES.word_set("paper_words"),
            generic_sources: ORG_TAGGED_CUES.word_set("generic_sources"),
            company_trades: set(&COMPANY_TRADES),
            national: ORG_NATIONAL_PREFIXES.words().map(str::to_string).collect(),
            foreign_countries: BODY_REFERENCES.section("countries").iter().map(|r| r.word()).collect(),
            country: ORG_NATIONAL_PREFIXES
                .rows()
                .filter(|r| r.field(1) == Some("country"))
                .map(|r| r.word().to_string())
                .collect(),
            international: ORG_INTERNATIONAL_PREFIXES.words().map(str::to_string).collect(),
            other_parties: ORG_PARTIES.words().map(str::to_string).collect(),
            and_words: CONJUNCTIONS.keyed("and").iter().map(|r| r.word().to_string()).collect(),
            unit_ends: ORG_UNITS.keyed("end").iter().map(|r| r.word().to_string()).collect(),
            unit_bureau_ends: ORG_UNITS.keyed("bureau").iter().map(|r| r.word().to_string()).collect(),
            unit_not: ORG_UNITS.keyed("not").iter().map(|r| r.word().to_string()).collect(),
            unit_false_ends: ORG_UNITS.keyed("notend").iter().map(|r| r.word().to_string()).collect(),
            unit_party: ORG_UNITS.keyed("party").iter().map(|r| r.word().to_string()).collect(),
            own_references: BODY_REFERENCES
                .section("own_references")
                .iter()
                .filter_map(|r| Some((r.word(), r.field(1)?)))
                .collect(),
            time_zones: TIME_WORDS.keyed("zone").iter().map(|r| r.word()).collect(),
            journal_words: OUTLET_SUFFIXES.word_set("journal_words"),
            not_outlets: OUTLET_SUFFIXES.word_set("not_outlets"),
            report_words: OUTLET_NOTES.word_set("endings"),
            outlet_channels: {
                let mut v: Vec<String> = OUTLET_CHANNELS.words().map(str::to_string).collect();
                v.sort_by_key(|w| std::cmp::Reverse(w.len()));
                v
            },
        }
    }
}
