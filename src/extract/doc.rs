//! What every extractor reads and writes.
//!
//! **In:** the normalized text, its [`ArticleLayout`], the segmenter and a reference date.
//! **Out:** a [`Doc`] (the title and body sentences, segmented, spans absolute in the
//! normalized text) and the [`Facts`] the extractors fill in order.

use crate::article::ArticleLayout;
use crate::facts::{DateMention, DateValue, Event, Figure, Institution, Person, Program};
use crate::segment::{Segmenter, Token};
use crate::span::Span;
use rustc_hash::FxHashMap;
use std::ops::Deref;

/// One sentence with its tokens; all spans are absolute byte spans of the normalized text.
/// The tokens are borrowed from the [`Doc`] when it keeps them unpacked (the extractors read
/// every sentence eight times or so) and built when it does not.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub span: Span,
    pub text: &'a str,
    pub tokens: Tokens<'a>,
}

impl<'a> Sentence<'a> {
    /// The index of the first token starting at or after byte `p` of the sentence's text
    /// (`tokens.len()` when none does).
    pub(crate) fn token_index(&self, p: usize) -> usize {
        let at = self.span.start + p;
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// The tokens lying inside bytes `from..to` of the sentence's text (from the first one
    /// starting at or after `from`, up to the last one ending by `to`).
    pub(crate) fn tokens_between(&self, from: usize, to: usize) -> &[Token<'a>] {
        let first = self.token_index(from);
        let end = self.span.start + to;
        let n = self.tokens[first..].iter().take_while(|t| t.span.end <= end).count();
        &self.tokens[first..first + n]
    }
}

/// A sentence's tokens, read as a slice: lent by the [`Doc`] that keeps them unpacked, or
/// built for this read. (Not a `Cow`, which would make [`Sentence`] invariant in its lifetime.)
#[derive(Debug, Clone)]
pub enum Tokens<'a> {
    Lent(&'a [Token<'a>]),
    Built(Vec<Token<'a>>),
}

impl<'a> Deref for Tokens<'a> {
    type Target = [Token<'a>];

    fn deref(&self) -> &[Token<'a>] {
        match self {
            Tokens::Lent(tokens) => tokens,
            Tokens::Built(tokens) => tokens,
        }
    }
}

impl<'a, 'b> IntoIterator for &'b Tokens<'a> {
    type Item = &'b Token<'a>;
    type IntoIter = std::slice::Iter<'b, Token<'a>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> From<Vec<Token<'a>>> for Tokens<'a> {
    fn from(tokens: Vec<Token<'a>>) -> Self {
        Tokens::Built(tokens)
    }
}

/// A token as the document keeps it: where it ends, relative to its sentence, and its
/// tag's index in the document's tag table with [`KNOWN_BIT`] set for a dictionary word
/// ([`Token::known`]). Eight bytes instead of a [`Token`]'s 56: the
/// tokens of a whole document are the largest thing held while extracting (several times
/// the text on text of short words), so only a document of [`UNPACKED_TOKENS`] or fewer
/// keeps them unpacked as well.
#[derive(Debug, Clone, Copy)]
struct PackedToken {
    end: u32,
    tag: u32,
}

/// The bit of [`PackedToken::tag`] that keeps [`Token::known`] (a document has a few dozen
/// distinct tags).
const KNOWN_BIT: u32 = 1 << 31;

/// The most tokens a document keeps unpacked beside the packed ones (56 bytes each: 3.5 MiB at
/// most, a page of about 300 kB); the pages of a news site hold a few thousand.
const UNPACKED_TOKENS: usize = 1 << 16;

/// Everything an extractor may read.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The normalized text.
    pub text: &'a str,
    pub layout: &'a ArticleLayout,
    /// The tokens of every sentence of `layout.sentences`, in order, packed.
    tokens: Vec<PackedToken>,
    /// Where each sentence's tokens end in `tokens`.
    token_ends: Vec<usize>,
    /// The distinct tags, indexed by [`PackedToken::tag`].
    tags: Vec<&'a str>,
    /// The same tokens unpacked, as [`Doc::sentence`] lends them, for a document of at most
    /// [`UNPACKED_TOKENS`] tokens (empty for a larger one, whose sentences are built from the
    /// packed tokens each time they are read): the extractors read every sentence eight times
    /// or so.
    unpacked: Vec<Token<'a>>,
    /// Publication date of the page, else the reference date given to the builder.
    pub reference_date: Option<DateValue>,
}

impl<'a> Doc<'a> {
    /// Segments the layout's sentences (title and body).
    pub fn new(
        text: &'a str,
        layout: &'a ArticleLayout,
        segmenter: &'a Segmenter,
        reference_date: Option<DateValue>,
    ) -> Self {
        let mut doc = Doc {
            text,
            layout,
            tokens: Vec::new(),
            token_ends: Vec::with_capacity(layout.sentences.len()),
            tags: Vec::new(),
            unpacked: Vec::new(),
            reference_date,
        };
        let mut tag_ids: FxHashMap<&'a str, u32> = FxHashMap::default();
        for span in &layout.sentences {
            for t in segmenter.tokens(span.slice(text)) {
                let tag = *tag_ids.entry(t.tag).or_insert_with(|| {
                    doc.tags.push(t.tag);
                    (doc.tags.len() - 1) as u32
                });
                // Sentences are cut at a few kB (`MAX_SENTENCE_BYTES`); a hand-made longer
                // one keeps the tokens of its first 4 GiB.
                let Ok(end) = u32::try_from(t.span.end) else { break };
                let tag = if t.known { tag | KNOWN_BIT } else { tag };
                doc.tokens.push(PackedToken { end, tag });
            }
            doc.token_ends.push(doc.tokens.len());
        }
        doc.tokens.shrink_to_fit();
        if doc.tokens.len() <= UNPACKED_TOKENS {
            let mut unpacked = Vec::with_capacity(doc.tokens.len());
            for i in 0..layout.sentences.len() {
                unpacked.extend(doc.unpack(i));
            }
            doc.unpacked = unpacked;
        }
        doc
    }

    /// Title and body sentences, segmented, in order (each built from the packed tokens
    /// when it is read).
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = Sentence<'_>> + Clone + '_ {
        (0..self.layout.sentences.len()).map(|i| self.sentence(i))
    }

    /// The spans of the sentences (title and body), for a pass that reads their text only.
    pub fn sentence_spans(&self) -> &'a [Span] {
        &self.layout.sentences
    }

    /// Sentence `i` of [`sentences`](Self::sentences) (of `layout.sentences`).
    pub fn sentence(&self, i: usize) -> Sentence<'_> {
        let sentence = self.layout.sentences[i];
        let text = sentence.slice(self.text);
        let tokens = if self.unpacked.len() == self.tokens.len() {
            let first = if i == 0 { 0 } else { self.token_ends[i - 1] };
            Tokens::Lent(&self.unpacked[first..self.token_ends[i]])
        } else {
            Tokens::Built(self.unpack(i))
        };
        Sentence { span: sentence, text, tokens }
    }

    /// The tokens of sentence `i`, built from the packed ones.
    fn unpack(&self, i: usize) -> Vec<Token<'a>> {
        let sentence = self.layout.sentences[i];
        let first = if i == 0 { 0 } else { self.token_ends[i - 1] };
        // The tokens tile the sentence: each one's text is cut off the front of the rest.
        let mut rest = sentence.slice(self.text);
        let mut start = sentence.start;
        self.tokens[first..self.token_ends[i]]
            .iter()
            .map(|p| {
                let end = sentence.start + p.end as usize;
                let span = Span::new(start, end);
                start = end;
                let text = match end.checked_sub(span.start).and_then(|len| rest.split_at_checked(len)) {
                    Some((token, after)) => {
                        rest = after;
                        token
                    }
                    // Off the character grid (never from the segmenter): cut as a span.
                    None => {
                        rest = self.text.get(end..sentence.end).unwrap_or("");
                        span.slice(self.text)
                    }
                };
                Token { text, span, tag: self.tags[(p.tag & !KNOWN_BIT) as usize], known: p.tag & KNOWN_BIT != 0 }
            })
            .collect()
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

impl Facts {
    /// Frees the room the lists grew beyond their facts (up to half of each): the record
    /// is built while they are held.
    pub fn shrink_to_fit(&mut self) {
        self.institutions.shrink_to_fit();
        self.figures.shrink_to_fit();
        self.dates.shrink_to_fit();
        self.programs.shrink_to_fit();
        self.people.shrink_to_fit();
        self.events.shrink_to_fit();
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A text of two sentences and its layout.
    fn two_sentences() -> (&'static str, ArticleLayout) {
        let text = "今天上午，区卫健委召开会议。社区卫生服务中心延时服务。";
        let second = text.find("社区").unwrap_or_default();
        let layout = ArticleLayout {
            sentences: vec![Span::new(0, second), Span::new(second, text.len())],
            ..Default::default()
        };
        (text, layout)
    }

    /// A sentence's tokens are the segmenter's, in the text's coordinates.
    #[test]
    fn sentence_tokens_are_the_segmenters() {
        let (text, layout) = two_sentences();
        let segmenter = Segmenter::new(&[]);
        let doc = Doc::new(text, &layout, &segmenter, None);
        for (i, &span) in layout.sentences.iter().enumerate() {
            let sentence = doc.sentence(i);
            assert_eq!((sentence.span, sentence.text), (span, span.slice(text)));
            let expected: Vec<Token<'_>> = segmenter
                .tokens(span.slice(text))
                .into_iter()
                .map(|t| Token { span: t.span.shift(span.start), ..t })
                .collect();
            assert_eq!(*sentence.tokens, expected);
        }
    }

    /// A document too long to keep its tokens unpacked reads the same sentences.
    #[test]
    fn packed_sentences_are_the_unpacked() {
        let (text, layout) = two_sentences();
        let segmenter = Segmenter::new(&[]);
        let mut doc = Doc::new(text, &layout, &segmenter, None);
        assert_eq!(doc.unpacked.len(), doc.tokens.len());
        // Owned, as a sentence's tokens are lent by the document for as long as it is read.
        let owned = |doc: &Doc<'_>| -> Vec<Vec<(Span, String, String, bool)>> {
            doc.sentences()
                .map(|s| s.tokens.iter().map(|t| (t.span, t.text.to_string(), t.tag.to_string(), t.known)).collect())
                .collect()
        };
        let kept = owned(&doc);
        doc.unpacked.clear();
        let built = owned(&doc);
        assert_eq!(kept, built);
    }

    /// A token off the character grid reads as empty text, and the tokens after it as their
    /// spans.
    #[test]
    fn a_token_off_the_grid_reads_empty() {
        let text = "卫生院建设";
        let layout = ArticleLayout { sentences: vec![Span::new(0, text.len())], ..Default::default() };
        let doc = Doc {
            text,
            layout: &layout,
            tokens: vec![
                PackedToken { end: 4, tag: 0 },
                PackedToken { end: 9, tag: 0 },
                PackedToken { end: 15, tag: 0 },
            ],
            token_ends: vec![3],
            tags: vec!["n"],
            unpacked: Vec::new(),
            reference_date: None,
        };
        let texts: Vec<&str> = doc.sentence(0).tokens.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["", "", "建设"]);
    }
}
