//! The scored line classifier: what a line shows (its [`Evidence`]: named features with
//! values) gives a score per [`Role`], the weighted sum of its features with the weights of
//! `lexicon/line_weights.tsv` (`ROLE<TAB>FEATURE<TAB>WEIGHT`); the role with the highest
//! score is the line's. Evidence, scores and margin stay with the line, so every decision
//! can be shown (`examples/layout.rs`). `scripts/fit-layout.sh` fits the weights on the gold
//! (`examples/fit_layout.rs`, with the features of [`feature_names`]) and compares them with
//! the weights in force; the eval and `layout` try a weights file with `--weights FILE`.
//!
//! **In:** the features of one line, set by the line classifier (module `lines`) and by the
//! title choice. **Out:** [`Scores`] and the winning role with its margin over the runner-up.
//!
//! **Guarantees:** a role with no weighted feature scores 0; of equal scores the role listed
//! first in [`Role::ALL`] wins; a role or feature of the weights file that is no variant, or
//! a weight that is no number, panics when the weights are first read (the first
//! `Classifier`), so `cargo test` catches a typo.

use crate::lexicon::{Lexicon, LINE_WEIGHTS};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// What a line can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Role {
    Title,
    /// A date, source or byline line (or `原标题`).
    Meta,
    /// A line naming people only.
    Credit,
    Caption,
    /// Navigation, widgets, footers, disclaimers, teasers, link lists.
    Furniture,
    /// A related-list heading: below it, furniture.
    Heading,
    /// A short line ending like a site or channel name: a page header, never the title.
    Header,
    /// Running text (the title is chosen among such lines above the body).
    Body,
}

impl Role {
    pub(crate) const ALL: [Role; 8] = [
        Role::Title,
        Role::Meta,
        Role::Credit,
        Role::Caption,
        Role::Furniture,
        Role::Heading,
        Role::Header,
        Role::Body,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Meta => "meta",
            Role::Credit => "credit",
            Role::Caption => "caption",
            Role::Furniture => "furniture",
            Role::Heading => "heading",
            Role::Header => "header",
            Role::Body => "body",
        }
    }
}

/// A feature of a line (or of a title candidate): its value is 1 when the line has it, or
/// a count (`title_han`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Feature {
    /// Every non-blank line has it (the prior of a role).
    Bias,
    /// `原标题：《…》`.
    OriginalTitle,
    /// Words of `furniture_headings.txt` only (`相关新闻`, `更多>>`).
    HeadingLexicon,
    /// A photo caption: a credit at its end, a caption lead (`图为`), `…摄`.
    CaptionShape,
    /// One short sentence that places a person in a photo (`张三（左二）介绍…。`).
    PhotoPosition,
    /// The metadata grammar finds a date, an outlet or a byline.
    MetaFields,
    /// It finds bylines and no date and no outlet but the people's own.
    CreditOnly,
    /// It finds labels without values (`出版：更新：`) or a lone dateline is empty.
    MetaLabelsOnly,
    /// A phrase of `furniture.txt`.
    FurnitureLexicon,
    /// Furniture by shape: navigation runs, breadcrumbs, `|` footers, Latin lines, bracket
    /// widgets, teasers.
    FurnitureShape,
    /// Opens with a disclaimer or copyright notice (`lexicon/end_notices.txt`).
    EndNotice,
    /// Ends like a site or channel name (`…网`, `…新闻`) and is short.
    SiteName,
    /// One of two or more short list items after the last prose line.
    LinkRun,
    /// Han characters of a title candidate, at most [`TITLE_HAN_CAP`].
    TitleHan,
    /// A title candidate right above a date or source line.
    AboveMeta,
    /// Right above a line of bylines only.
    AboveCredit,
    /// Right above the first body line.
    AboveBody,
    /// Right below a metadata line.
    BelowMeta,
    /// Said again by another line of the page, whole or cut short (page head and article
    /// head, a share card).
    Repeated,
    /// Han characters per non-blank character of the line, 0 to 1.
    HanRatio,
    /// Punctuation and symbols (neither letter nor digit) per non-blank character, 0 to 1.
    PunctDensity,
    /// Of a title candidate: the non-blank lines between it and the first body line, at most
    /// [`BODY_DISTANCE_CAP`] (0 right above the body).
    BodyDistance,
    /// Of a title candidate: the page's markup prints it as its headline (`og:title`,
    /// `<title>`).
    MarkupTitle,
}

impl Feature {
    pub(crate) const ALL: [Feature; 23] = [
        Feature::Bias,
        Feature::OriginalTitle,
        Feature::HeadingLexicon,
        Feature::CaptionShape,
        Feature::PhotoPosition,
        Feature::MetaFields,
        Feature::CreditOnly,
        Feature::MetaLabelsOnly,
        Feature::FurnitureLexicon,
        Feature::FurnitureShape,
        Feature::EndNotice,
        Feature::SiteName,
        Feature::LinkRun,
        Feature::TitleHan,
        Feature::AboveMeta,
        Feature::AboveCredit,
        Feature::AboveBody,
        Feature::BelowMeta,
        Feature::Repeated,
        Feature::HanRatio,
        Feature::PunctDensity,
        Feature::BodyDistance,
        Feature::MarkupTitle,
    ];

    /// Features only a title candidate has (set by the title choice, never by the line
    /// classifier): only the `title` role weighs them.
    pub(crate) fn title_only(self) -> bool {
        matches!(
            self,
            Feature::TitleHan
                | Feature::AboveMeta
                | Feature::AboveCredit
                | Feature::AboveBody
                | Feature::BelowMeta
                | Feature::Repeated
                | Feature::BodyDistance
                | Feature::MarkupTitle
        )
    }

    fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn name(self) -> String {
        crate::names::variant_name(&self)
    }
}

/// Most Han characters of a title candidate that count.
pub(crate) const TITLE_HAN_CAP: usize = 30;

/// Most lines between a title candidate and the body that count.
pub(crate) const BODY_DISTANCE_CAP: usize = 10;

const ROLES: usize = Role::ALL.len();
const FEATURES: usize = Feature::ALL.len();

/// The weights of every role × feature, from `lexicon/line_weights.tsv`.
pub(crate) struct Weights([[f32; FEATURES]; ROLES]);

impl Weights {
    /// Reads a weights file (`ROLE<TAB>FEATURE<TAB>WEIGHT` rows, `#` comments); a role or
    /// feature that is no variant, or a weight that is no number, is an error naming the row.
    pub(crate) fn parse(file: &'static str, src: &'static str) -> Result<Weights, String> {
        Weights::of(file, &Lexicon::parse(file, src))
    }

    /// The weights of the rows of `rows` (read from `file`).
    fn of(file: &str, rows: &Lexicon) -> Result<Weights, String> {
        let mut w = [[0.0; FEATURES]; ROLES];
        for row in rows.rows() {
            let field = |i: usize| row.field(i).ok_or_else(|| format!("{file}: short row {:?}", row.fields()));
            let role: Role = crate::names::variant(field(0)?)
                .ok_or_else(|| format!("{file}: no role {:?} in {:?}", row.field(0), row.fields()))?;
            let feature: Feature = crate::names::variant(field(1)?)
                .ok_or_else(|| format!("{file}: no feature {:?} in {:?}", row.field(1), row.fields()))?;
            let weight = field(2)?.parse::<f32>().map_err(|_| format!("{file}: no weight in {:?}", row.fields()))?;
            w[role as usize][feature.index()] = weight;
        }
        Ok(Weights(w))
    }
}

static WEIGHTS: OnceLock<Weights> = OnceLock::new();

/// The weights in force: those given to [`use_weights`], else `lexicon/line_weights.tsv`.
fn weights() -> &'static Weights {
    WEIGHTS.get_or_init(|| Weights::of("line_weights.tsv", &LINE_WEIGHTS).unwrap_or_else(|e| panic!("lexicon {e}")))
}

/// Makes the weights file `src` the one in force for this process (the layout fitter and
/// the eval compare weights this way). Fails when `src` does not parse, or when weights
/// are already in force (a classifier was built).
pub(crate) fn use_weights(src: &str) -> Result<(), String> {
    let w = Weights::parse("given weights", Box::leak(src.to_owned().into_boxed_str()))?;
    WEIGHTS.set(w).map_err(|_| "line weights already in force: give them before building a parser".to_string())
}

/// Every feature's name, in [`Feature::ALL`] order (the order of the weights' columns),
/// with whether only a title candidate has it: the one list of features that the runtime
/// and the weights fitter share.
pub(crate) fn feature_names() -> Vec<(String, bool)> {
    Feature::ALL.iter().map(|f| (f.name(), f.title_only())).collect()
}

/// Reads the weights now (so a bad file panics when the classifier is built).
pub(crate) fn load_weights() {
    weights();
}

/// The features a line has, with their values.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Evidence([f32; FEATURES]);

impl Evidence {
    pub(crate) fn set(&mut self, feature: Feature, value: f32) {
        self.0[feature.index()] = value;
    }

    pub(crate) fn flag(&mut self, feature: Feature, on: bool) {
        self.set(feature, if on { 1.0 } else { 0.0 });
    }

    /// The features present, with their values, in [`Feature::ALL`] order.
    pub(crate) fn present(&self) -> impl Iterator<Item = (Feature, f32)> + '_ {
        Feature::ALL.into_iter().map(|f| (f, self.0[f.index()])).filter(|(_, v)| *v != 0.0)
    }

    /// The score of every role.
    pub(crate) fn scores(&self) -> Scores {
        let mut s = [0.0; ROLES];
        for (r, weights) in weights().0.iter().enumerate() {
            s[r] = weights.iter().zip(&self.0).map(|(w, v)| w * v).sum();
        }
        Scores(s)
    }

    /// The score of one role.
    pub(crate) fn score(&self, role: Role) -> f32 {
        weights().0[role as usize].iter().zip(&self.0).map(|(w, v)| w * v).sum()
    }
}

/// The score of every role for one line.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Scores([f32; ROLES]);

impl Scores {
    pub(crate) fn of(&self, role: Role) -> f32 {
        self.0[role as usize]
    }

    /// The best role among `roles` (the first listed of equal scores), its score and its
    /// margin over the best other role of `roles`.
    pub(crate) fn best(&self, roles: &[Role]) -> (Role, f32, f32) {
        let mut best: Option<(Role, f32)> = None;
        let mut second = f32::NEG_INFINITY;
        for &r in roles {
            let s = self.of(r);
            match best {
                Some((_, b)) if s <= b => second = second.max(s),
                _ => {
                    if let Some((_, b)) = best {
                        second = second.max(b);
                    }
                    best = Some((r, s));
                }
            }
        }
        let (role, score) = best.unwrap_or((Role::Body, 0.0));
        (role, score, if second.is_finite() { score - second } else { score })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_weight_names_a_role_and_a_feature() {
        load_weights();
        assert!(weights().0.iter().flatten().any(|w| *w != 0.0));
        assert!(Weights::parse("t", "title\tno_such_feature\t1").is_err());
        assert!(Weights::parse("t", "title\tbias\tone").is_err());
        assert!(Weights::parse("t", "nobody\tbias\t1").is_err());
    }

    #[test]
    fn the_best_role_wins_with_its_margin_and_ties_go_to_the_first() {
        let mut s = Scores::default();
        s.0[Role::Furniture as usize] = 3.0;
        s.0[Role::Body as usize] = 1.0;
        assert_eq!(s.best(&Role::ALL), (Role::Furniture, 3.0, 2.0));
        s.0[Role::Body as usize] = 3.0;
        assert_eq!(s.best(&[Role::Body, Role::Furniture]), (Role::Body, 3.0, 0.0));
    }

    #[test]
    fn a_feature_adds_its_weight_times_its_value() {
        let mut e = Evidence::default();
        e.set(Feature::TitleHan, 10.0);
        let han = weights().0[Role::Title as usize][Feature::TitleHan.index()];
        assert_eq!(e.score(Role::Title), 10.0 * han);
        assert_eq!(e.present().collect::<Vec<_>>(), vec![(Feature::TitleHan, 10.0)]);
        assert_eq!(Feature::TitleHan.name(), "title_han");
    }
}
