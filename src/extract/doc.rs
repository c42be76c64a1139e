//! What every extractor reads and writes.
//!
//! **In:** the normalized text, its [`ArticleLayout`], the segmenter and a reference date.
//! **Out:** a [`Doc`] (the title and body sentences, segmented, spans absolute in the
//! normalized text) and the [`Facts`] the extractors fill in order.

use crate::article::ArticleLayout;
use crate::facts::{DateMention, DateValue, Event, Figure, Institution, Person, Program};
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

/// The facts `run` finds in `text` read as one paragraph (no page around it): for tests.
#[cfg(test)]
pub(crate) fn facts_of(text: &str, run: impl FnOnce(&Doc<'_>, &mut Facts)) -> Facts {
    let paragraph = Span::new(0, text.len());
    let layout = ArticleLayout { sentences: crate::article::split_sentences(text, paragraph), ..Default::default() };
    let segmenter = Segmenter::new(&[]);
    let doc = Doc::new(text, &layout, &segmenter, None);
    let mut facts = Facts::default();
    run(&doc, &mut facts);
    facts
}
