//! The scored line classifier: what a line shows (its [`Evidence`]: named features with
//! values) gives a score per [`Role`], the weighted sum of its features with the weights of
//! `lexicon/line_weights.tsv` (`ROLE<TAB>FEATURE<TAB>WEIGHT`); the role with the highest
//! score is the line's. Evidence, scores and margin stay with the line, so every decision
//! can be shown (`examples/layout.rs`).
//!
//! **In:** the features of one line, set by the line classifier (module `lines`) and by the
//! title choice. **Out:** [`Scores`] and the winning role with its margin over the runner-up.
//!
//! **Guarantees:** a role with no weighted feature scores 0; of equal scores the role listed
//! first in [`Role::ALL`] wins; a role or feature of the weights file that is no variant, or
//! a weight that is no number, panics when the weights are first read (the first
//! `Classifier`), so `cargo test` catches a typo.

use crate::lexicon::LINE_WEIGHTS;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

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
}

impl Feature {
    pub(crate) const ALL: [Feature; 19] = [
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
    ];

    fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn name(self) -> String {
        crate::names::variant_name(&self)
    }
}

/// Most Han characters of a title candidate that count.
pub(crate) const TITLE_HAN_CAP: usize = 30;

const ROLES: usize = Role::ALL.len();
const FEATURES: usize = Feature::ALL.len();

/// The weights of every role × feature, from `lexicon/line_weights.tsv`.
struct Weights([[f32; FEATURES]; ROLES]);

static WEIGHTS: LazyLock<Weights> = LazyLock::new(|| {
    let mut w = [[0.0; FEATURES]; ROLES];
    for row in LINE_WEIGHTS.rows() {
        let role: Role = LINE_WEIGHTS.variant(row, 0);
        let feature: Feature = LINE_WEIGHTS.variant(row, 1);
        let weight = row
            .field(2)
            .and_then(|v| v.parse::<f32>().ok())
            .unwrap_or_else(|| panic!("lexicon line_weights.tsv: no weight in {:?}", row.fields()));
        w[role as usize][feature.index()] = weight;
    }
    Weights(w)
});

/// Reads the weights now (so a bad file panics when the classifier is built).
pub(crate) fn load_weights() {
    LazyLock::force(&WEIGHTS);
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
        for (r, weights) in WEIGHTS.0.iter().enumerate() {
            s[r] = weights.iter().zip(&self.0).map(|(w, v)| w * v).sum();
        }
        Scores(s)
    }

    /// The score of one role.
    pub(crate) fn score(&self, role: Role) -> f32 {
        WEIGHTS.0[role as usize].iter().zip(&self.0).map(|(w, v)| w * v).sum()
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
        assert!(WEIGHTS.0.iter().flatten().any(|w| *w != 0.0));
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
        let han = WEIGHTS.0[Role::Title as usize][Feature::TitleHan.index()];
        assert_eq!(e.score(Role::Title), 10.0 * han);
        assert_eq!(e.present().collect::<Vec<_>>(), vec![(Feature::TitleHan, 10.0)]);
        assert_eq!(Feature::TitleHan.name(), "title_han");
    }
}
