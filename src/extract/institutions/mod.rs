//! Extracts institutions: named organizations, coordinated names expanded, abbreviations
//! and later short mentions merged into one record per organization.
//!
//! **In:** a [`Doc`] (segmented title and body sentences, metadata outlets). **Out:**
//! [`Institution<Span>`] records pushed to [`Facts::institutions`], in order of first
//! mention; every span is a byte span of the normalized text.
//!
//! How a name is found — from the structure of Chinese organization names, not from a list
//! of names:
//! 1. an organization-type suffix (`社区卫生服务中心`, `卫健委`, `医院`, `协会`, `有限公司`,
//!    … — `lexicon/org_suffixes.txt`) is located in the sentence and must end on a token
//!    boundary (or be followed by a title: `卫健委主任`);
//! 2. pieces the segmenter cut across a place are repaired (`pieces.rs`: an unknown
//!    district read `云` `山区`, a founding word `市立` glued to its level); then, walking
//!    left over the segmentation, the proper-name core (`古美`, `恒瑞医药`,
//!    `友成（企业家扶贫）`) is collected until a boundary word (verbs, prepositions,
//!    particles, numerals, `lexicon/org_stops.txt`), then the region prefix (`上海市闵行区`,
//!    a bare `市` resolved to the article's city); a foreign firm's arm keeps the country in
//!    its core (`某某·某某中国公司`), and an international prefix (`联合国`) opens an agency's
//!    name with the common noun read with its suffix (`联合国` `难民署`);
//! 3. a name needs a proper core, or a region where the suffix allows it (`四川省卫生健康委`);
//!    generic modifiers alone (`三甲医院`, `区级医院`, `全市社区卫生服务中心`) make no name;
//!    where a region-less core opens with words that are no proper name, the learned tagger
//!    is asked (`super::evidence`): its organization's start drops such words (`原卫生部`:
//!    the bare `卫生部` left names nothing), and a core it reads no organization in makes no
//!    name (`首间儿童医院`);
//! 4. coordinated cores sharing one suffix (`古美、虹桥、吴泾社区卫生服务中心`,
//!    `浦江、梅陇、马桥等…`, `甲、乙两家…`, `龙华、岳阳医院`, `梅陇和莘庄…`) give one record each; the
//!    administrative level written on the last item is shared too (`甲、乙、丙镇卫生院` →
//!    `甲镇卫生院`; `柘城、睢县、民权县人民医院` → `柘城县人民医院`), and a numbered
//!    sibling written short takes the full name (`苏州大学附属第一医院、第二医院` →
//!    `苏州大学附属第二医院`, alias `第二医院`);
//! 5. a colloquial or scope opening makes a generic mention (`县里医院`, `全港公立医院`,
//!    `各区疾控中心`); a national prefix (`国家`, `国务院`) stands for the region of national
//!    offices (`国家疾控局`, `国务院新闻办公室`), not of facilities (`国家区域…中心`);
//! 6. a department named right after its government is one body
//!    (`香港特别行政区政府卫生署`, alias `卫生署`).
//! 7. party organs written short are named in full (`晋城市委`, `道县县委`, a bare `市委` of
//!    the article's city → `中共晋城市委员会`; a later bare `县委` joins the one county
//!    committee named), unless a department follows (`市委宣传部`); a mainland `X市政府` is
//!    `X市人民政府`, while Hong Kong, Macau and Taiwan governments keep `政府` (`台北市政府`).
//! 8. a sub-unit written right after its government or public-health body is an institution
//!    of its own (`国家卫健委妇幼司`, `…疾病预防控制中心慢病防治科`, `卫生福利部疾病管制署`;
//!    `units.rs`, endings in `lexicon/org_units.txt`), unless a title follows it
//!    (`基金监管司副司长`: the unit belongs to the title).
//! 9. the items written bare after a government body with a place share that place
//!    (`市中级人民法院、人民检察院、公安局` → `市人民检察院`, `市公安局`; `organs.rs`).
//! 10. on a page about one town (`柳河镇召开…`), the bodies written with the bare level take
//!     the town (`镇党委` → `中共柳河镇委员会`, `镇卫生院` → `柳河镇卫生院`), and the bare items
//!     listed after one share it (`towns.rs`).
//!
//! Later mentions join their record: the same core with another region prefix or suffix
//! abbreviation (`闵行区卫健委`), a short form with `中心`/`医院` (`磁器口中心`), a core
//! first listed bare (`古美`), a company's short names (`恒瑞医药`, `恒瑞`), a declared
//! short form (`（以下简称“市卫健委”）`), a people's organization named by its place alone
//! written bare later (`残联` after `某省残联`, when the page names no other such body). Outlets named in the metadata are mentions too (and
//! the page's source printed alone on its line: an account's name above its time line),
//! without their channel (`周口日报数字报` → `周口日报`, `lexicon/outlet_channels.txt`); a
//! bare department as the source (`基层卫生处`) is none. A bare level (`省卫生健康委`) takes
//! the article's place (title, body, source line) or stays bare when none is established.
//!
//! A department written alone as the page's source (`来源：宣传科`) is a unit of the page's
//! own body (`own.rs`); on a page about Hong Kong, Macau or Taiwan a field office written
//! bare (`卫生局表示`) is the territory's own, named as printed (`own.rs`).
//!
//! A college, institute or centre named by two fields joined by `与`/`和` right after its
//! university or academy is one name with its parent (`某某大学资源与环境学院`,
//! `find.rs`: `fields_after_parent`). A periodical in book-title marks beside its kind
//! (`《某某》杂志`, `医学期刊《某某》`) or a paper in marks right after its country
//! (`英国《某某报》`) is a media outlet named by the quote (`find.rs`: `book_outlet_groups`).
//!
//! Names without a suffix the learned tagger reads as organizations are taken where the text
//! vouches for them (`tagged.rs`): right before a person's title or a company's or outlet's
//! word (`某某董事长`, `某某旗下`, `某某记者`; `lexicon/org_tagged_cues.txt`), or as an item of a
//! `、` list beside a body (`某某、某某医药等企业`), or right before an act of its own
//! (`金禾银行发布`, `某某收购`); one token the segmenter reads as a common
//! noun (`法院`) and names ending in a suffix, a unit's ending or a known body stay the rules'.
//!
//! A foreign country written right before a body opened by `国家` makes it that country's
//! body, named as printed (`某国国家统计局`; `find.rs`: `foreign_national_bodies`): the bare
//! prefix stands for the country's own.
//!
//! National, international, Taiwan/Hong Kong bodies and media outlets whose names do not
//! follow that pattern come from `lexicon/named_bodies.txt` (an outlet's site domain glued
//! before its name, `abc.hk某网`, is part of the mention); whole-name abbreviations
//! (`中新网` → `中国新闻网`) from `lexicon/org_abbreviations.txt`.
//!
//! Files: `lexicon.rs` (the extractor and its vocabulary, read once), `find.rs` (names in a
//! sentence: steps 1–7), `pieces.rs` (step 2), `units.rs` (step 8), `organs.rs` (step 9), `towns.rs` (step 10), `tagged.rs` (names the tagger proposes), `own.rs` (the page's own body and territory), `regions.rs` (places of names and of the
//! article), `merge.rs` (mentions into one record per organization); this file runs them in
//! order.
//!
//! **Guarantees:** one record per organization (key: core + canonical suffix, or region +
//! suffix for bodies named by their region); `name` is the fullest form (abbreviated suffix
//! expanded, region chain completed from the article); every other surface form is in
//! `aliases`. Never panics; linear in the text.

mod employers;
mod find;
mod lexicon;
mod merge;
mod organs;
mod own;
mod pieces;
mod regions;
mod tagged;
mod towns;
mod units;

pub use lexicon::InstitutionExtractor;
pub(crate) use lexicon::{abbreviations, Abbreviation, COMMITTEE};

use crate::extract::doc::{Doc, Facts};
use crate::facts::Institution;
use crate::span::Span;
use crate::text::LIST_COMMA;
use merge::Draft;
use regions::WrittenPlaces;

/// The page's source when it is printed alone on its line and no outlet field holds it: a
/// self-media account's name above its time line (`湖川健康\n\n发布时间：…`), an outlet
/// like one named on a 来源 line.
fn account_line<'d>(doc: &'d Doc<'_>) -> Option<&'d crate::article::Field> {
    let source = doc.layout.source.as_ref()?;
    let (start, end) = (source.span.start, source.span.end);
    let line_start = doc.text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = doc.text.get(end..)?.find('\n').map_or(doc.text.len(), |i| end + i);
    let alone = doc.text[line_start..start].trim().is_empty() && doc.text[end..line_end].trim().is_empty();
    (alone && !doc.layout.outlets.iter().any(|o| o.span.overlaps(source.span))).then_some(source)
}

/// The outlets a source value lists with `、` (`来源：湖川日报、临江晚报` names both; a
/// closing `等` is no part of the last: `湖川日报、临江晚报等`), each with its span; a value
/// without one is one item.
fn outlet_items(written: &str, span: Span) -> impl Iterator<Item = (&str, Span)> {
    let listed = written.contains(LIST_COMMA);
    written.split(LIST_COMMA).scan(span.start, move |at, item| {
        let start = *at;
        *at += item.len() + LIST_COMMA.len();
        let item = if listed { item.trim_end().trim_end_matches(LIST_CLOSE) } else { item };
        Some((item, Span::new(start, start + item.len())))
    })
}

/// The word that may close a list.
const LIST_CLOSE: char = '等';

impl InstitutionExtractor {
    /// Finds the institutions of `doc` and pushes them to `facts.institutions`.
    pub fn extract(&self, doc: &Doc<'_>, facts: &mut Facts) {
        let mut regions = self.article_regions(doc);
        let mut drafts: Vec<Draft> = Vec::new();
        // Names whose bare level the sentences leave open wait for the places written out
        // in front of the article's names (few: those of one bare level at most).
        let mut written = WrittenPlaces::default();
        let mut waiting = Vec::new();
        for field in doc.layout.outlets.iter().chain(account_line(doc)) {
            // The outlet as written at its span (a cleaned source value may have lost a
            // damaged character: offsets are read from the text itself).
            let Some(written) = doc.text.get(field.span.start..field.span.end) else { continue };
            for (item, span) in outlet_items(written, field.span) {
                if let Some(c) = self.outlet_candidate(item, span) {
                    self.add(&mut drafts, c, &regions);
                }
            }
        }
        // Each sentence's candidates join the drafts at once: memory holds the drafts, not
        // every candidate of the document.
        for sentence in doc.sentences() {
            let mut groups = self.sentence_groups(&sentence);
            if let Some(town) = &regions.town {
                let extra = self.town_groups(&sentence, town, &groups);
                groups.extend(extra);
            }
            for c in groups.into_iter().flat_map(|g| g.members) {
                written.count(&c.region);
                if regions.leaves_open(&c.region) {
                    waiting.push(c);
                } else {
                    self.add(&mut drafts, c, &regions);
                }
            }
        }
        regions.settle(&written);
        for c in waiting {
            self.add(&mut drafts, c, &regions);
        }
        for c in self.bare_offices(doc, &regions) {
            if !drafts.iter().flat_map(|d| &d.mentions).any(|m| m.overlaps(c.span)) {
                self.add(&mut drafts, c, &regions);
            }
        }
        if let Some(d) = self.source_department(doc, &drafts, &regions) {
            drafts.push(own::with_body_mentions(doc, d, &drafts));
        }
        self.declared_short_forms(doc, &mut drafts);
        self.short_mentions(doc, &mut drafts);
        for d in &mut drafts {
            d.mentions.sort();
            d.mentions.dedup();
            self.printed_name(doc.text, d);
        }
        drafts.sort_by_key(|d| d.mentions.first().map(|s| s.start).unwrap_or(usize::MAX));
        for d in drafts {
            let mut aliases: Vec<String> = Vec::new();
            for s in d.surfaces {
                if s != d.name && !aliases.contains(&s) {
                    aliases.push(s);
                }
            }
            facts.institutions.push(Institution {
                name: d.name,
                kind: d.kind,
                region: d.region,
                aliases,
                mentions: d.mentions,
            });
        }
    }

    /// The combining step run after people: the bodies fused into a title lose their
    /// mentions (`drop_fused_mentions`), the companies read as employers gain records
    /// (`employers.rs`).
    pub fn combine_with_people(doc: &Doc<'_>, facts: &mut Facts) {
        Self::drop_fused_mentions(doc, facts);
        Self::add_employers(doc, facts);
    }

    /// Drops the mentions of bodies fused into a person's title by their last character
    /// (`卫生部长`: `卫生部` + `部长`, kept whole as the title: FACTS.md, people), and the records
    /// left without a mention. Run after people, whose titles hold the fused form; a body
    /// written before a title of its own (`卫生部部长`) stays a mention.
    fn drop_fused_mentions(doc: &Doc<'_>, facts: &mut Facts) {
        let text = doc.text;
        let titles: Vec<&str> = facts.people.iter().flat_map(|p| &p.titles).map(String::as_str).collect();
        if titles.is_empty() {
            return;
        }
        let fused = |m: &crate::span::Span| {
            let body = m.slice(text);
            let rest = &text[m.start..];
            titles.iter().any(|t| t.strip_prefix(body) == Some(FUSED_HEAD_END) && rest.starts_with(t))
        };
        for i in &mut facts.institutions {
            i.mentions.retain(|m| !fused(m));
        }
        facts.institutions.retain(|i| !i.mentions.is_empty());
    }
}

/// What a leader's title adds to the body it is fused with (`卫生部` + `长`).
const FUSED_HEAD_END: &str = "长";

/// The institutions found in `text` as (name, aliases, first mention's text), for tests.
#[cfg(test)]
pub(super) fn found(text: &str) -> Vec<(String, Vec<String>, String)> {
    let facts = crate::extract::doc::facts_of(text, |doc, facts| InstitutionExtractor::new().extract(doc, facts));
    facts
        .institutions
        .iter()
        .map(|i| (i.name.clone(), i.aliases.clone(), i.mentions[0].slice(text).to_string()))
        .collect()
}

/// The names of the institutions found in `text`, for tests.
#[cfg(test)]
pub(super) fn found_names(text: &str) -> Vec<String> {
    found(text).into_iter().map(|i| i.0).collect()
}

#[cfg(test)]
mod tests {
    use super::find::split_coordination;
    use super::*;
    use crate::facts::InstitutionKind;
    use crate::span::Span;

    /// The example that documented `extract`.
    #[test]
    fn example_extract() {
        let text = "西湖区卫生健康委员会表示，北山、灵隐社区卫生服务中心将延长服务时间。西湖区卫健委还将督导。";
        let facts = crate::extract::doc::facts_of(text, |doc, facts| {
            InstitutionExtractor::new().extract(doc, facts);
        });
        let names: Vec<&str> = facts.institutions.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["西湖区卫生健康委员会", "北山社区卫生服务中心", "灵隐社区卫生服务中心"]);
        assert_eq!(facts.institutions[0].aliases, ["西湖区卫健委"]);
    }

    /// The places of a list sharing one body (`湘潭市、郴州市卫健委`) are mentions of their
    /// bodies but no aliases of them.
    #[test]
    fn listed_place_is_no_alias() {
        let found = found("会上，株洲市、衡阳市卫健委作典型发言。");
        let got: Vec<(&str, &[String], &str)> =
            found.iter().map(|f| (f.0.as_str(), f.1.as_slice(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("株洲市卫生健康委员会", &[][..], "株洲市"),
                ("衡阳市卫生健康委员会", &["衡阳市卫健委".to_string()][..], "衡阳市卫健委")
            ]
        );
    }

    /// A count of the items closes a list as `等` does; a count without a list names nothing.
    #[test]
    fn counted_list() {
        let found: Vec<(String, String)> =
            found("当局开放了石湾、荔湾、青洲三间卫生中心接种疫苗。").into_iter().map(|i| (i.0, i.2)).collect();
        assert_eq!(
            found,
            [
                ("石湾卫生中心".to_string(), "石湾".to_string()),
                ("荔湾卫生中心".to_string(), "荔湾".to_string()),
                ("青洲卫生中心".to_string(), "青洲".to_string())
            ]
        );
        assert!(found_names("今年新建两家社区卫生服务中心。").is_empty());
    }

    #[test]
    fn region_tokens() {
        let x = InstitutionExtractor::new();
        assert_eq!(x.region_token("闵行区", "ns"), Some("闵行区"));
        assert_eq!(x.region_token("江苏", "ns"), Some("江苏"));
        assert_eq!(x.region_token("焦作市", "n"), Some("焦作市"));
        // A bare level, also when the tagger glued a preposition to it.
        assert_eq!(x.region_token("市", "n"), Some("市"));
        assert_eq!(x.region_token("以市", "ns"), Some("市"));
        // Words that end like places but are none.
        for w in ["社区", "全市", "辖区", "城市", "示范区", "省市"] {
            assert_eq!(x.region_token(w, "n"), None, "{w}");
        }
    }

    #[test]
    fn glued_conjunction_is_split() {
        let text = "梅陇和莘庄";
        let mut out = Vec::new();
        split_coordination(text, Span::new(0, text.len()), "nr", &mut out);
        let pieces: Vec<&str> = out.iter().map(|(s, _)| s.slice(text)).collect();
        assert_eq!(pieces, vec!["梅陇", "和", "莘庄"]);
        let mut out = Vec::new();
        split_coordination("和平区", Span::new(0, "和平区".len()), "ns", &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn abbreviation_prefix_expands() {
        let x = InstitutionExtractor::new();
        assert_eq!(
            x.expand_abbreviation("中新社（北京）国际传播集团有限公司河南"),
            "中国新闻社（北京）国际传播集团有限公司河南"
        );
        assert_eq!(x.expand_abbreviation("恒瑞医药"), "恒瑞医药");
    }

    #[test]
    fn lexicons_parse() {
        let x = InstitutionExtractor::new();
        let wjw = x.suffixes.iter().find(|s| s.canon == "卫生健康委员会" && s.region_ok).expect("卫健委 suffix");
        assert_eq!(wjw.kind, InstitutionKind::Government);
        assert!(x.suffixes.iter().any(|s| s.branch && s.kind == InstitutionKind::Company));
    }

    /// A region and a common word before 局/厅 name a body (`湖南省物价局`), even when the
    /// segmenter reads the word and the suffix as one token; a one-character piece does not.
    #[test]
    fn field_word_after_a_region() {
        assert_eq!(found_names("湖南省物价局昨天发文。"), ["湖南省物价局"]);
        assert_eq!(found_names("广西壮族自治区卫生厅昨天发文。"), ["广西壮族自治区卫生厅"]);
        assert_eq!(found_names("湖南省人力资源和社会保障厅昨天发文。"), ["湖南省人力资源和社会保障厅"]);
        assert!(found_names("台北市提供长照服务及北市自办服务。").iter().all(|n| !n.contains("自办")));
    }

    /// A bare 自治区 is the article's autonomous region; the bare level itself names no
    /// place, so it does not outvote the region the article names.
    #[test]
    fn bare_autonomous_region() {
        let text = "今年以来，广西推进改革，自治区物价局、卫生厅联合发文。";
        assert_eq!(found_names(text), ["广西壮族自治区物价局", "广西壮族自治区卫生厅"]);
        let text = "今年以来，广西壮族自治区推进改革，自治区物价局联合发文。";
        assert_eq!(found(text)[0].1, ["自治区物价局"]);
        // Without a named autonomous region the level stays as written.
        assert_eq!(found_names("今年以来，自治区物价局联合发文。"), ["自治区物价局"]);
    }

    /// A school's name may hold a verbal noun (`管理`, `护理`); a clause before a bare
    /// suffix still makes none.
    #[test]
    fn schools_named_with_verbal_nouns() {
        assert_eq!(found_names("中国人民大学公共管理学院副教授孙立平表示。"), ["中国人民大学公共管理学院"]);
        assert!(found_names("要加强管理学院的建设。").is_empty());
    }

    /// A hospital opening with a national prefix or another place is not the article's city's.
    #[test]
    fn local_bodies_of_elsewhere_take_no_default_region() {
        let text = "江西省赣州市开展义诊。北京协和医院、中国医学科学院肿瘤医院和赣州市人民医院专家参加。";
        let facts = crate::extract::doc::facts_of(text, |doc, facts| InstitutionExtractor::new().extract(doc, facts));
        let regions: Vec<(&str, Option<&str>)> =
            facts.institutions.iter().map(|i| (i.name.as_str(), i.region.as_deref())).collect();
        assert_eq!(
            regions,
            [("北京协和医院", None), ("中国医学科学院肿瘤医院", None), ("赣州市人民医院", Some("赣州市"))]
        );
        // A body named without a place still takes the article's city.
        let facts = crate::extract::doc::facts_of(
            "江西省赣州市开展义诊。市妇幼保健院专家参加。",
            |doc, facts| InstitutionExtractor::new().extract(doc, facts),
        );
        assert_eq!(facts.institutions[0].region.as_deref(), Some("赣州市"));
    }

    /// An abbreviation outside FACTS's list keeps its printed form, with the region.
    #[test]
    fn printed_abbreviation_with_region() {
        let text = "益阳市卫生健康委、市疾控中心、市卫监局联合开展宣传。";
        assert_eq!(found_names(text), ["益阳市卫生健康委员会", "益阳市疾病预防控制中心", "益阳市卫监局"]);
    }

    /// A bracket of bare levels makes a template for every such body, no name; a bracket
    /// holding a site does not.
    #[test]
    fn level_templates_are_no_names() {
        assert!(found_names("各县（区）医保局要加强基金监管。").is_empty());
        assert!(found_names("各市（州）卫生健康委、省（区、市）疾控中心参加。").is_empty());
        assert_eq!(found_names("湖南省人民医院（马王堆院区）开诊。"), ["湖南省人民医院"]);
    }
}
