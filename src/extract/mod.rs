//! Stage 5: the article → typed facts.
//!
//! **In:** a [`Doc`] (`doc.rs`) — the normalized text, its [`ArticleLayout`], the segmented sentences
//! and the reference date for partial dates. **Out:** [`Facts`], every location a byte
//! [`Span`] of the normalized text (the record stage maps them to the original).
//!
//! Extractors run in a fixed order and each may read what the earlier ones found:
//! dates (so `2024年`, `十四五` are not figures) → figures → institutions → people (who
//! need institutions for their organization; a body fused into a title they read, `卫生部长`,
//! is then no institution mention; a company they read as an executive's employer becomes
//! an institution, `institutions/employers.rs`) → programs → events (which need dates).
//! An extractor reads only [`Doc::sentences`] (title and body) and the layout's metadata
//! fields, never the furniture around the article. Institutions and people ask the learned
//! tagger about names where their rules are unsure (`evidence.rs`).

mod calendar;
mod congresses;
pub mod dates;
pub mod doc;
pub mod events;
mod evidence;
pub mod figures;
pub mod institutions;
pub mod number;
mod observances;
pub mod people;
mod program_decision;
pub mod programs;
mod quotes;
mod spans;

pub use doc::{Doc, Facts, Sentence};

/// All extractors, built once.
#[derive(Debug)]
pub struct Extractors {
    dates: dates::DateExtractor,
    figures: figures::FigureExtractor,
    institutions: institutions::InstitutionExtractor,
    people: people::PersonExtractor,
    programs: programs::ProgramExtractor,
    events: events::EventExtractor,
}

impl Extractors {
    pub fn new() -> Self {
        Extractors {
            dates: dates::DateExtractor::new(),
            figures: figures::FigureExtractor::new(),
            institutions: institutions::InstitutionExtractor::new(),
            people: people::PersonExtractor::new(),
            programs: programs::ProgramExtractor::new(),
            events: events::EventExtractor::new(),
        }
    }

    /// Runs every extractor in order.
    pub fn run(&self, doc: &Doc<'_>) -> Facts {
        let mut facts = Facts::default();
        evidence::forget_readings();
        self.dates.extract(doc, &mut facts);
        self.figures.extract(doc, &mut facts);
        self.institutions.extract(doc, &mut facts);
        self.people.extract(doc, &mut facts);
        institutions::InstitutionExtractor::combine_with_people(doc, &mut facts);
        self.programs.extract(doc, &mut facts);
        self.events.extract(doc, &mut facts);
        facts.shrink_to_fit();
        facts
    }
}

impl Default for Extractors {
    fn default() -> Self {
        Self::new()
    }
}
