//! The one decision over program candidates: which generator proposed a name, what evidence
//! speaks for or against it, and whether the weighted sum admits it — docs/FACTS.md §2
//! `programs`.
//!
//! **In:** the [`Evidence`] of one candidate: its [`Source`] (the generator: a quote, a
//! book title, an unquoted title, a formula …) and the named [`Feature`]s the program
//! extractor read around it (a program verb governing it, a verb inside the name, a generic
//! name, a dated activity …). **Out:** admitted or not: the sum of the weights of the source
//! and every feature, read from `src/lexicon/program_evidence.txt`, must be above zero.
//!
//! A new shape is a new generator with its source weight; a new kind of evidence is a
//! feature and a lexicon line. Never panics once built (a feature with no weight row panics
//! when the table is built, so a typo never reads as weight 0); constant work per candidate.

use crate::lexicon::PROGRAM_EVIDENCE;
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

/// The generator that proposed a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Source {
    /// A quoted name, with or without a head after it (`“两免一补”`, `“千院万医”项目`).
    Quote,
    /// A quote listed before a quoted program with a head (`“A”、“B”等计划`).
    QuoteList,
    /// A book title `《…》`.
    Book,
    /// An unquoted formula of digits and letters (`N+1+X医养结合服务模式`).
    Formula,
    /// An unquoted formula of words (`互联网+医疗健康示范省`).
    WordFormula,
    /// An unquoted title ended by a trusted head (`全国优质服务基层行活动`).
    Title,
    /// A member of a listed title (`A、B等专项行动`).
    TitleList,
    /// An unquoted formula of two steps in order (`先诊疗后付费服务模式`).
    Steps,
    /// A versioned scheme (`长照2.0`).
    Version,
    /// `健康` + a place (`健康上海`).
    HealthPlace,
    /// A service radius (`15分钟健康服务圈`).
    Radius,
    /// A service hotline named by its number (`12320卫生热线`).
    Hotline,
}

/// Evidence read around a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Feature {
    /// A program verb (实施, 推进, 开展, 启动, 印发 …) governs it in its clause.
    ProgramVerb,
    /// The name carries a head noun (its category).
    Headed,
    /// A verb of a clause (`提供`, `扩大`) inside the mention (`扩大筛检计划`, a quoted
    /// `“提供…服务”`): a clause, not a name.
    ClauseVerb,
    /// A headless name right after a count or demonstrative with its measure word
    /// (`是一项“民生工程”`), or opening with one and holding `的`
    /// (`“一项惠及万家的民生工程”`): a description of a kind, not a name.
    Described,
    /// The name is a day, week, month or year of observance (`“世界高血压日”主题宣传活动`,
    /// `“医疗服务提升年”`), alone or before an activity: a date or an event.
    Observance,
    /// A headless quote that is one common noun of the dictionary and no name by its shape
    /// (`开通“绿色通道”`): emphasis, not a name.
    CommonWord,
    /// The name is itself a head noun (`“医联体”平台`, `《规划》`): a kind, nothing named.
    GenericHead,
    /// A headless quote ending in an organization type (`“健康城市联盟”`, `“三级甲等医院”`):
    /// an organization or a grade of one.
    Organization,
    /// The head after the name is a broadcast or print form (`《健康有约》栏目`, `…节目`): a TV
    /// programme, a column or a publication, not a policy instrument.
    Publication,
    /// An unquoted title counted by a cardinal and its measure word, before it or after it
    /// (`14项…加固工程`, `…治理项目28个`): things of a kind, not a name.
    Counted,
    /// An unquoted title in a sentence about selling homes (`业主`, `开发商`, `楼盘`:
    /// `开发商交付的某某湾项目`): a property development, not a policy instrument.
    Property,
    /// The head after the name holds a word of crime (`“某某贷”犯罪活动`): an offence, no
    /// program.
    Offence,
}

/// A candidate's source and features.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Evidence {
    pub source: Source,
    pub features: Vec<Feature>,
}

/// The weights of sources and features, built once.
#[derive(Debug)]
pub(crate) struct Decision {
    sources: HashMap<Source, i32>,
    features: HashMap<Feature, i32>,
}

impl Decision {
    /// Reads `program_evidence.txt` (sections `[sources]` and `[features]`,
    /// `NAME<TAB>WEIGHT` rows).
    pub(crate) fn new() -> Self {
        let weight = |row: &crate::lexicon::Row| -> i32 {
            row.field(1)
                .and_then(|w| w.parse().ok())
                .unwrap_or_else(|| panic!("program_evidence.txt: no weight in {:?}", row.fields()))
        };
        let lexicon = &*PROGRAM_EVIDENCE;
        let sources = lexicon.section("sources").iter().map(|r| (lexicon.variant(r, 0), weight(r))).collect();
        let features = lexicon.section("features").iter().map(|r| (lexicon.variant(r, 0), weight(r))).collect();
        Decision { sources, features }
    }

    /// The weighted sum of a candidate's evidence.
    pub(crate) fn score(&self, evidence: &Evidence) -> i32 {
        let source = self.sources.get(&evidence.source).copied().unwrap_or(0);
        source + evidence.features.iter().map(|f| self.features.get(f).copied().unwrap_or(0)).sum::<i32>()
    }

    /// True when the evidence admits the candidate as a program.
    pub(crate) fn admits(&self, evidence: &Evidence) -> bool {
        self.score(evidence) > 0
    }
}

impl Default for Decision {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every source and feature has a weight row; a source alone admits, a verb inside an
    /// unquoted title vetoes it.
    #[test]
    fn weights_cover_every_name() {
        let d = Decision::new();
        use Source::*;
        for s in [
            Quote,
            QuoteList,
            Book,
            Formula,
            WordFormula,
            Steps,
            Title,
            TitleList,
            Version,
            HealthPlace,
            Radius,
            Hotline,
        ] {
            assert!(d.sources.contains_key(&s), "{s:?}");
            assert!(d.admits(&Evidence { source: s, features: vec![] }), "{s:?}");
        }
        use Feature::*;
        for f in [
            ProgramVerb,
            Headed,
            ClauseVerb,
            Described,
            Observance,
            CommonWord,
            GenericHead,
            Organization,
            Publication,
            Counted,
            Property,
            Offence,
        ] {
            assert!(d.features.contains_key(&f), "{f:?}");
        }
        assert!(!d.admits(&Evidence { source: Title, features: vec![Headed, ClauseVerb] }));
    }
}
