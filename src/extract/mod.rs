//! Stage 5: the article → typed facts.
//!
//! **In:** a [`Doc`] — the normalized text, its [`ArticleLayout`], the segmented sentences
//! and the reference date for partial dates. **Out:** [`Facts`], every location a byte
//! [`Span`] of the normalized text (the record stage maps them to the original).
//!
//! Extractors run in a fixed order and each may read what the earlier ones found:
//! dates (so `2024年`, `十四五` are not figures) → figures → institutions → people (who
//! need institutions for their organization) → programs → events (which need dates).
//! An extractor reads only [`Doc::sentences`] (title and body) and the layout's metadata
//! fields, never the furniture around the article.

pub mod dates;
pub mod events;
pub mod figures;
pub mod institutions;
pub mod number;
pub mod people;
pub mod programs;

use crate::article::ArticleLayout;
use crate::record::{DateMention, DateValue, Event, Figure, Institution, Person, Program};
use crate::segment::{Segmenter, Token};
use crate::span::Span;

/// One sentence with its tokens; all spans are absolute byte spans of the normalized text.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub span: Span,
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
}

/// Everything an extractor may read.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The normalized text.
    pub text: &'a str,
    pub layout: &'a ArticleLayout,
    /// Title and body sentences, segmented.
    pub sentences: Vec<Sentence<'a>>,
    /// Publication date of the page, else the reference date given to the builder.
    pub reference_date: Option<DateValue>,
}

impl<'a> Doc<'a> {
    /// Segments the layout's sentences.
    pub fn new(
        text: &'a str,
        layout: &'a ArticleLayout,
        segmenter: &'a Segmenter,
        reference_date: Option<DateValue>,
    ) -> Self {
        let sentences = layout
            .sentences
            .iter()
            .map(|&span| {
                let sentence = span.slice(text);
                let tokens = segmenter
                    .tokens(sentence)
                    .into_iter()
                    .map(|t| Token { span: t.span.shift(span.start), ..t })
                    .collect();
                Sentence { span, text: sentence, tokens }
            })
            .collect();
        Doc { text, layout, sentences, reference_date }
    }
}

/// The facts found so far, located by normalized byte spans.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub institutions: Vec<Institution<Span>>,
    pub figures: Vec<Figure<Span>>,
    pub dates: Vec<DateMention<Span>>,
    pub programs: Vec<Program<Span>>,
    pub people: Vec<Person<Span>>,
    pub events: Vec<Event<Span>>,
}

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
        self.dates.extract(doc, &mut facts);
        self.figures.extract(doc, &mut facts);
        self.institutions.extract(doc, &mut facts);
        self.people.extract(doc, &mut facts);
        self.programs.extract(doc, &mut facts);
        self.events.extract(doc, &mut facts);
        facts
    }
}

impl Default for Extractors {
    fn default() -> Self {
        Self::new()
    }
}
