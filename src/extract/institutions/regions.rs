//! Places: region words of a name, the regions an article establishes, and how a bare
//! level (`市卫健委`) or a short form takes the article's place.

use super::lexicon::{InstitutionExtractor, REGION_LEVELS};
use super::pieces::is_corps_unit;
use crate::extract::doc::{Doc, Sentence};
use crate::gazetteer::{gazetteer, Division, Entry, Form, Level, HONG_KONG_CODE, MACAU_CODE, TAIWAN_CODE};
use crate::segment::Token;
use crate::text::is_han_word;
use rustc_hash::FxHashMap as HashMap;

/// What the article says about places: which city a bare `市` means, which city a district
/// belongs to, and the default region of local bodies named without one.
#[derive(Debug, Default)]
pub(super) struct ArticleRegions {
    pub(super) city: Option<String>,
    pub(super) province: Option<String>,
    pub(super) district: Option<String>,
    /// The district a bare `区` means: the most mentioned one, if no other ties with it.
    pub(super) bare_district: Option<String>,
    /// District (`闵行区`) → the city written before it (`上海市`).
    pub(super) parent: HashMap<String, String>,
    /// The one town or township the article names (`柳河镇`), which a bare `镇`/`乡` means.
    pub(super) town: Option<String>,
}

impl ArticleRegions {
    /// The region of a local body named without one: the article's district within its
    /// city, or its city.
    pub(super) fn default_region(&self) -> Option<String> {
        match (&self.city, &self.district) {
            (Some(c), Some(d)) if self.parent.get(d) == Some(c) => Some(format!("{c}{d}")),
            (Some(c), _) => Some(c.clone()),
            (None, Some(d)) => Some(d.clone()),
            _ => None,
        }
    }

    /// The region of a local body named `name` without a region chain: the default region,
    /// unless the name opens with another place (`北京…医院` in a Chengdu article), which says
    /// the body is not the article's. (A national prefix, `中国…医院`, says so too: the
    /// caller asks [`InstitutionExtractor::opens_national`].)
    pub(super) fn default_region_of(&self, name: &str) -> Option<String> {
        let region = self.default_region()?;
        match opening_place(name) {
            Some(place) if !within_region(place, &region) => None,
            _ => Some(region),
        }
    }
}

/// The division a name opens with: a full name, or the short form of a province or a
/// prefecture (a county's short form is too often a hospital's own word: `瑞金医院`), of
/// two to four characters, that is no common word and names one division (`北京` of
/// `北京协和医院`).
fn opening_place(name: &str) -> Option<&'static Division> {
    let g = gazetteer();
    let ends: Vec<usize> = name.char_indices().skip(2).take(3).map(|(i, _)| i).collect();
    ends.into_iter().rev().find_map(|end| {
        let entries = g.lookup(&name[..end]);
        let named: Vec<&Entry> = entries.iter().filter(|e| e.form != Form::Abbreviation).collect();
        match named.as_slice() {
            [e] if !e.common => {
                let d = g.get(e.division);
                (e.form == Form::Full || d.level != Level::County).then_some(d)
            }
            _ => None,
        }
    })
}

/// Whether `place` lies in the region `region` names, or contains it (`上海市` and
/// `上海市闵行区`): any division named by the region's full name or its leading place.
fn within_region(place: &Division, region: &str) -> bool {
    let g = gazetteer();
    g.by_name(region).chain(opening_place(region)).any(|d| g.related(place, d))
}

/// Places the article writes out in front of its names (`青禾市卫生健康委员会`) that its
/// sentences did not establish as places (the gazetteer does not know them, or the
/// segmenter cut them apart): counted while names are found, they settle what a bare level
/// left open means (a later `市卫健委` → `青禾市卫生健康委员会`).
#[derive(Debug, Default)]
pub(super) struct WrittenPlaces {
    counts: PlaceCounts,
}

impl WrittenPlaces {
    /// Counts the places written in a name's region (`青禾市`, `云山区`), bare levels and
    /// short forms left out.
    pub(super) fn count(&mut self, region: &[String]) {
        for place in region.iter().filter(|r| r.chars().count() >= 3) {
            self.counts.add(place, true);
        }
    }
}

impl ArticleRegions {
    /// True when a name's region opens with a bare level the article's sentences leave
    /// open (`市` with no city, `省` with no province, `区`/`县` with no district): its name waits for the places
    /// the article writes out in front of its names ([`Self::settle`]).
    pub(super) fn leaves_open(&self, region: &[String]) -> bool {
        match region.first().map(String::as_str) {
            Some("市") => self.city.is_none(),
            Some("省") => self.province.is_none(),
            Some(level @ ("区" | "县")) => {
                self.bare_district.is_none() && bare_autonomous_region(level, self).is_none()
            }
            _ => false,
        }
    }

    /// Fills the city, province and district the article's sentences left open with the one
    /// place of that level the article writes out in front of its names, if one stands out
    /// (`湖川省委、省政府` → `湖川省人民政府`: a party committee's place is read with it).
    pub(super) fn settle(&mut self, written: &WrittenPlaces) {
        if self.city.is_none() {
            self.city = top(&written.counts.cities, 1);
        }
        if self.province.is_none() {
            self.province = top(&written.counts.provinces, 1);
        }
        if self.bare_district.is_none() {
            self.bare_district = top(&written.counts.districts, 1);
        }
    }
}

/// The city a district or county lies in, by the gazetteer's parent chain, where its name
/// names one division: 闵行区 → 上海市 (a municipality is a city), 义乌市 → 金华市. A
/// province is not inferred so: a bare `省` stays bare unless the article names it.
fn city_of(place: &str) -> Option<String> {
    let g = gazetteer();
    let mut named = g.by_name(place);
    let d = named.next()?;
    if named.next().is_some() {
        return None;
    }
    let city = g.ancestors(d).find(|a| a.level == Level::Prefecture || a.level == Level::Province)?;
    city.name.ends_with('市').then(|| city.name.to_string())
}

/// How often the article names each city, province and district (full names).
#[derive(Debug, Default)]
struct PlaceCounts {
    cities: HashMap<String, usize>,
    provinces: HashMap<String, usize>,
    districts: HashMap<String, usize>,
}

impl PlaceCounts {
    /// Counts a place by its level; districts and counties only `with_districts`. True when
    /// it was counted as a district.
    fn add(&mut self, full: &str, with_districts: bool) -> bool {
        let (counts, district) = if full.ends_with('市') {
            (&mut self.cities, false)
        } else if full.ends_with('省') || full.ends_with("自治区") {
            (&mut self.provinces, false)
        } else if with_districts && (full.ends_with('区') || full.ends_with('县')) {
            (&mut self.districts, true)
        } else {
            return false;
        };
        *counts.entry(full.to_string()).or_default() += 1;
        district
    }
}

/// The most counted name, if counted at least `min` times and no other ties with it.
fn top(counts: &HashMap<String, usize>, min: usize) -> Option<String> {
    let mut v: Vec<(&String, &usize)> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    match v.as_slice() {
        [(name, &n), rest @ ..] if n >= min && rest.first().map_or(true, |(_, &m)| m < n) => Some((*name).clone()),
        _ => None,
    }
}

/// The autonomous region a bare `区` means (`区卫健委` in a page about 内蒙古自治区): the
/// article's province when it is one and the article names no city or district.
fn bare_autonomous_region(level: &str, regions: &ArticleRegions) -> Option<String> {
    let province = regions.province.as_ref().filter(|p| p.ends_with("自治区"))?;
    (level == "区" && regions.city.is_none()).then(|| province.clone())
}

/// The full name of a dateline's place, where it names one (`长沙` → 长沙市, `河南` → 河南省).
fn dateline_region(place: &str) -> Option<&'static str> {
    let g = gazetteer();
    g.by_name(place).next().map(|d| d.name).or_else(|| g.full_name_of_short(place))
}

/// The name ending of a production and construction corps, which its units' bodies are
/// named after as after a province (`新疆生产建设兵团第十师184团医院`).
const CORPS: &str = "生产建设兵团";

/// A corps named with its place (`新疆生产建设兵团`): the region of its units' bodies.
fn is_corps(w: &str) -> bool {
    w.len() > CORPS.len() && w.ends_with(CORPS)
}

impl InstitutionExtractor {
    /// True for a foreign country (`body_references.txt` [countries]).
    pub(super) fn is_country(&self, w: &str) -> bool {
        self.foreign_countries.contains(w)
    }

    /// True for a national prefix that opens a name without making a region.
    pub(super) fn national(&self, w: &str) -> bool {
        self.national.iter().any(|n| n == w)
    }

    /// True when `s` opens with a national prefix (`中国…`, `国家…`).
    pub(super) fn opens_national(&self, s: &str) -> bool {
        self.national.iter().any(|n| s.starts_with(n.as_str()))
    }

    /// True when `s` opens with an international prefix (`世界…`, `亚太…`).
    pub(super) fn opens_international(&self, s: &str) -> bool {
        self.international.iter().any(|p| s.starts_with(p.as_str()))
    }

    /// The region word a token stands for: itself (`闵行区`, `江苏`, `徐汇`), or a bare
    /// level (`市`, from `市` or a mis-segmented `以市`).
    pub(super) fn region_token<'w>(&self, w: &'w str, tag: &str) -> Option<&'w str> {
        if is_corps_unit(w) || is_corps(w) {
            return Some(w);
        }
        // Most tokens end in a character that ends no region word and no level: no look-up.
        let last = w.chars().next_back()?;
        if !self.region_ends.contains(&last) && !matches!(last, '省' | '市' | '区' | '县' | '州') {
            return None;
        }
        if self.region_generic.contains(w) || !is_han_word(w) {
            return None;
        }
        if self.region_full.contains(w) || self.region_short.contains_key(w) {
            return Some(w);
        }
        let n = w.chars().count();
        let level = matches!(last, '省' | '市' | '区' | '县');
        if n == 1 && level {
            return Some(w);
        }
        if n == 2 && level && self.stops.contains(&w[..w.len() - last.len_utf8()]) {
            return Some(&w[w.len() - last.len_utf8()..]);
        }
        if REGION_LEVELS.iter().any(|l| w.ends_with(l)) && (n >= 3 || (n == 2 && tag == "ns")) {
            return Some(w);
        }
        None
    }

    /// A county of one character read apart from its level (`X` `县`, the first read as a
    /// measure word or noun): the two tokens make a place when the gazetteer knows the
    /// joined word. A function word (`和` `县`, `在` `区`) opens no place.
    fn one_character_place(&self, tokens: &[Token<'_>], k: usize) -> Option<String> {
        let (first, level) = (tokens.get(k)?, tokens.get(k + 1)?);
        let one = |w: &str| w.chars().count() == 1;
        if !(matches!(level.text, "县" | "区" | "市")
            && one(first.text)
            && is_han_word(first.text)
            && !matches!(first.tag, "c" | "p" | "u" | "uj" | "d" | "r" | "m"))
        {
            return None;
        }
        let joined = format!("{}{}", first.text, level.text);
        self.region_full.contains(joined.as_str()).then_some(joined)
    }

    pub(super) fn is_region_word(&self, w: &str) -> bool {
        self.region_token(w, "ns").is_some_and(|r| r.chars().count() > 1)
    }

    /// A place's short form written without its level (`浦江`, `屯门`): in a list of names
    /// (`浦江、梅陇等社区卫生服务中心`) it is an item, the place a facility is named after.
    pub(super) fn is_short_form(&self, w: &str) -> bool {
        self.region_short.contains_key(w) && !self.region_full.contains(w)
    }

    /// A short form of county-level divisions only (`屯门`, `浦江`): a small place, the
    /// kind a facility is named after.
    pub(super) fn is_county_short_form(&self, w: &str) -> bool {
        let g = gazetteer();
        self.is_short_form(w) && g.by_short(w).next().is_some() && g.by_short(w).all(|d| d.level == Level::County)
    }

    /// A region word other than a bare short form (`闵行区`, `黔东南州`).
    pub(super) fn is_level_region(&self, w: &str) -> bool {
        self.is_region_word(w) && !self.is_short_form(w)
    }

    /// True when the region of a name (as written, completed from the article) lies in
    /// Hong Kong, Macau or Taiwan, whose bodies are not named by mainland conventions.
    /// `特区` is the short form of the level `特别行政区` (`香港特区政府` keeps `政府`).
    pub(super) fn outside_mainland(&self, region: &[String], regions: &ArticleRegions) -> bool {
        let g = gazetteer();
        let chain = self.complete_region(region, regions);
        let full = region.iter().map(|r| {
            let short = r.strip_suffix("特区").unwrap_or(r);
            self.region_short.get(short).copied().unwrap_or(r.as_str())
        });
        full.chain(chain.as_deref()).any(|name| {
            g.by_name(name).any(|d| [TAIWAN_CODE, HONG_KONG_CODE, MACAU_CODE].contains(&g.province(d).province_code()))
        })
    }

    /// The region chain as the article establishes it: a bare `市` is the article's city,
    /// a district gets the city written before it elsewhere.
    pub(super) fn complete_region(&self, region: &[String], regions: &ArticleRegions) -> Option<String> {
        let first = region.first()?;
        let mut chain: Vec<String> = region
            .iter()
            .map(|r| self.region_short.get(r.as_str()).map_or_else(|| r.clone(), |f| f.to_string()))
            .collect();
        // A bare level the article does not resolve stays as written (`市卫生健康委员会`).
        match first.as_str() {
            "市" => chain[0] = regions.city.clone().unwrap_or_else(|| first.clone()),
            "省" => chain[0] = regions.province.clone().unwrap_or_else(|| first.clone()),
            "自治区" => {
                chain[0] =
                    regions.province.clone().filter(|p| p.ends_with(first.as_str())).unwrap_or_else(|| first.clone())
            }
            "区" | "县" => {
                chain[0] = regions
                    .bare_district
                    .clone()
                    .or_else(|| bare_autonomous_region(first, regions))
                    .unwrap_or_else(|| first.clone())
            }
            "镇" | "乡" => {
                chain[0] = regions.town.clone().filter(|t| t.ends_with(first.as_str())).unwrap_or_else(|| first.clone())
            }
            _ => {}
        }
        if let Some(parent) = regions.parent.get(&chain[0]) {
            chain.insert(0, parent.clone());
        }
        // Keep written short forms (江苏 stays 江苏 as the article writes it) for the name's
        // first element only when the lexicon expansion was not needed to read it.
        if region.len() == 1
            && self.region_short.contains_key(first.as_str())
            && !first.ends_with(['省', '市', '区', '县'])
        {
            if let Some(p) = regions.parent.get(&chain[chain.len() - 1]) {
                return Some(format!("{p}{}", chain[chain.len() - 1]));
            }
            return Some(first.clone());
        }
        Some(chain.concat())
    }

    /// The merge key of a region: its innermost element without level (`闵行`).
    pub(super) fn region_key(&self, chain: &str, written: &[String]) -> String {
        let last = written.last().map(String::as_str).unwrap_or(chain);
        // A bare level resolved from the article: the chain's innermost element.
        let last = if last.chars().count() == 1 {
            let cut = chain
                .char_indices()
                .filter(|&(i, c)| matches!(c, '省' | '市' | '区' | '县') && i + c.len_utf8() < chain.len())
                .map(|(i, c)| i + c.len_utf8())
                .next_back()
                .unwrap_or(0);
            &chain[cut..]
        } else {
            last
        };
        let full = self.region_short.get(last).copied().unwrap_or(last);
        let mut key = full.to_string();
        for l in REGION_LEVELS {
            if let Some(k) = full.strip_suffix(l) {
                if k.chars().count() >= 2 {
                    key = k.to_string();
                    break;
                }
            }
        }
        // A bare level resolved to a city: key by that city's innermost part.
        if last.chars().count() == 1 && chain.chars().count() > 1 {
            return self.region_key(chain, &[]);
        }
        key
    }

    /// What the article says about its places: the places its sentences name, then those
    /// of its source lines and its dateline.
    pub(super) fn article_regions(&self, doc: &Doc<'_>) -> ArticleRegions {
        let mut out = ArticleRegions::default();
        let mut counts = PlaceCounts::default();
        for s in doc.sentences() {
            let mut prev: Option<String> = None;
            for (k, t) in s.tokens.iter().enumerate() {
                let w = t.text;
                // A short form after a district names a street, not a city (`武侯区玉林`).
                // Both asked only of a region word (most tokens are none: no look-up).
                let below_district = |prev: &Option<String>| {
                    prev.as_ref().is_some_and(|p| p.ends_with(['区', '县']))
                        && self.region_short.contains_key(w)
                        && !w.ends_with(['省', '市', '区', '县'])
                };
                let unsupported =
                    |prev: &Option<String>| self.is_short_form(w) && !self.short_form_supported(&s, k, prev.is_some());
                // A time zone names no place of the article (`北京时间10时`).
                let zone = || {
                    let rest = s.text.get(t.span.start.saturating_sub(s.span.start)..).unwrap_or("");
                    self.time_zones.iter().any(|z| rest.starts_with(z))
                };
                if let Some(place) = self.one_character_place(&s.tokens, k) {
                    counts.add(&place, true);
                    prev = Some(place);
                    continue;
                }
                let full = match self.region_token(w, t.tag) {
                    // A bare level (`自治区`, `新区`) names no place of its own.
                    Some(r)
                        if r.chars().count() > 1
                            && !below_district(&prev)
                            && !unsupported(&prev)
                            && !REGION_LEVELS.contains(&r)
                            && !zone() =>
                    {
                        self.region_short.get(r).copied().unwrap_or(r).to_string()
                    }
                    _ => {
                        prev = None;
                        continue;
                    }
                };
                if counts.add(&full, true) {
                    if let Some(p) = prev.as_ref().filter(|p| p.ends_with('市')) {
                        out.parent.insert(full.clone(), p.clone());
                    }
                }
                prev = Some(full);
            }
        }
        // A source line places the article too (`来源：浙江省卫生健康委员会`).
        for field in doc.layout.outlets.iter().chain(doc.layout.source.iter()) {
            if let Some(place) = self.leading_place(field.text.trim()) {
                counts.add(place, false);
            }
        }
        // So does the dateline (`新华社长沙3月5日电` → 长沙市).
        if let Some(place) = doc.layout.dateline_place.as_ref().and_then(|f| dateline_region(&f.text)) {
            counts.add(place, false);
        }
        out.city = top(&counts.cities, 1);
        out.province = top(&counts.provinces, 1);
        out.district = top(&counts.districts, 3);
        out.bare_district = top(&counts.districts, 1);
        out.town = self.article_town(doc);
        if let (Some(d), None) = (&out.district, &out.city) {
            out.city = out.parent.get(d).cloned().or_else(|| city_of(d));
        }
        out
    }

    /// Whether the short form at token `k` of a sentence reads as a place (the gazetteer's
    /// evidence rule): the segmenter tags it a place name, a place stands just before it
    /// (`after_place`) or after it, or an organization suffix or a level word follows it
    /// (`恩施卫健委`, `大理州`).
    fn short_form_supported(&self, s: &Sentence<'_>, k: usize, after_place: bool) -> bool {
        let t = &s.tokens[k];
        t.tag == "ns"
            || after_place
            || s.tokens.get(k + 1).is_some_and(|n| self.is_region_word(n.text))
            || gazetteer().suffix_follows(s.text.get(t.span.end.saturating_sub(s.span.start)..).unwrap_or(""))
    }

    /// The full name of the longest region word (of up to 10 characters) opening a text.
    fn leading_place(&self, text: &str) -> Option<&'static str> {
        text.char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(10)
            .filter_map(|end| {
                let w = &text[..end];
                self.region_full.get(w).or_else(|| self.region_short.get(w)).copied()
            })
            .last()
    }

    /// A core without a leading region short form (`徐汇枫林街道` → `枫林街道`).
    pub(super) fn strip_region_prefix<'c>(&self, core: &'c str) -> &'c str {
        core.char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .filter(|&i| self.region_short.contains_key(&core[..i]) && core[i..].chars().count() >= 2)
            .last()
            .map_or(core, |i| &core[i..])
    }
}
