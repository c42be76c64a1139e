//! Training the averaged structured perceptron (used by `examples/train_ner.rs`; never at
//! run time).
//!
//! Deterministic: integer weights and updates, sentences visited in an order shuffled by a
//! fixed seed, a fixed number of epochs, ties in Viterbi broken by tag index. Averaging uses
//! the usual lazy form (`w_avg = w - u / c`, with `u` summing `c × update`).

/// Features per character (see [`super::features`]).
pub use super::features::FEATURES_PER_CHAR;
use super::features::{Context, Lexicons};
use super::model::{self, N_TAGS};
use super::names::{Names, FOLDS};
use super::{char_entities, viterbi, Kind, Tag, TAGS};
use crate::segment::Segmenter;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature hashes are already well mixed: hash maps keyed by them use them as they are.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashIndex<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// A labelled sentence: its text (normalized like the run-time input) and one tag per
/// character.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    pub tags: Vec<Tag>,
}

/// Reads a BMES file: one `CHAR TAG` per line (space or tab), a blank line between sentences.
/// Full-width letters and digits become ASCII, as the normalizer makes them.
pub fn read_bmes(src: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut cur = Sentence { text: String::new(), tags: Vec::new() };
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            if !cur.tags.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { text: String::new(), tags: Vec::new() }));
            }
            continue;
        }
        let mut chars = line.chars();
        let c = chars.next().ok_or_else(|| format!("line {}: empty", n + 1))?;
        let name = chars.as_str().trim();
        let tag = Tag::parse(name).ok_or_else(|| format!("line {}: unknown tag {name:?}", n + 1))?;
        cur.text.push(normalize_width(c));
        cur.tags.push(tag);
    }
    if !cur.tags.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Full-width ASCII letters and digits as ASCII (what the normalizer does to them).
fn normalize_width(c: char) -> char {
    match c as u32 {
        u @ (0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A) => char::from_u32(u - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Exact-span counts per kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Per kind (PER, ORG, LOC): (true positives, predicted, gold).
    pub per_kind: [(usize, usize, usize); 3],
}

impl Counts {
    /// Adds one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[Tag], pred: &[Tag]) {
        let g = char_entities(gold);
        let p = char_entities(pred);
        for e in &p {
            self.per_kind[e.0 as usize].1 += 1;
            if g.contains(e) {
                self.per_kind[e.0 as usize].0 += 1;
            }
        }
        for e in &g {
            self.per_kind[e.0 as usize].2 += 1;
        }
    }

    /// (precision, recall, F1) of one kind, or of all with `None`.
    pub fn prf(&self, kind: Option<Kind>) -> (f64, f64, f64) {
        let (tp, p, g) = match kind {
            Some(k) => self.per_kind[k as usize],
            None => self.per_kind.iter().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2)),
        };
        let pr = if p == 0 { 0.0 } else { tp as f64 / p as f64 };
        let re = if g == 0 { 0.0 } else { tp as f64 / g as f64 };
        let f = if pr + re == 0.0 { 0.0 } else { 2.0 * pr * re / (pr + re) };
        (pr, re, f)
    }

    /// One line: F1 per kind and overall.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        for k in Kind::ALL {
            s += &format!("{} {:.4}  ", k.name(), self.prf(Some(k)).2);
        }
        s + &format!("all {:.4}", self.prf(None).2)
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    pub epochs: usize,
    /// Features seen fewer times than this in the training data are dropped.
    pub min_count: u32,
    pub seed: u64,
    /// The first `named` training sentences (MSRA's) give the training-data names and are
    /// jackknifed ([`super::names`]); the rest (our own) give none.
    pub named: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { epochs: 10, min_count: 2, seed: 20_240_601, named: usize::MAX }
    }
}

/// Sentences with their features as indices into the weight table (`u32::MAX`: pruned).
struct Encoded {
    offsets: Vec<usize>,
    features: Vec<u32>,
    gold: Vec<u8>,
}

impl Encoded {
    fn len(&self) -> usize {
        self.offsets.len() - 1
    }
    fn chars(&self, s: usize) -> std::ops::Range<usize> {
        self.offsets[s]..self.offsets[s + 1]
    }
}

/// The feature hashes of every character of `sentences`, `FEATURES_PER_CHAR` per character,
/// computed on two threads; sentence `i` is read with `lexicons[pick(i)]`.
fn hashes(
    sentences: &[Sentence],
    segmenter: &Segmenter,
    lexicons: &[Lexicons],
    pick: &(dyn Fn(usize) -> usize + Sync),
) -> Vec<u64> {
    let work = |first: usize, part: &[Sentence]| {
        let mut ctx = Context::default();
        let mut buf = Vec::with_capacity(FEATURES_PER_CHAR);
        let mut out = Vec::new();
        for (i, s) in part.iter().enumerate() {
            let tokens = segmenter.tokens(&s.text);
            ctx.prepare(&s.text, &tokens, &lexicons[pick(first + i)]);
            for i in 0..ctx.len() {
                ctx.features(i, &mut buf);
                assert_eq!(buf.len(), FEATURES_PER_CHAR);
                out.extend_from_slice(&buf);
            }
        }
        out
    };
    let mid = sentences.len() / 2;
    let (a, b) = std::thread::scope(|scope| {
        let h = scope.spawn(|| work(mid, &sentences[mid..]));
        let a = work(0, &sentences[..mid]);
        (a, h.join().expect("feature thread"))
    });
    let mut all = a;
    all.extend(b);
    all
}

fn encode(sentences: &[Sentence], hashes: &[u64], index: &HashIndex<u32>) -> Encoded {
    let mut offsets = vec![0];
    let mut gold = Vec::new();
    for s in sentences {
        gold.extend(s.tags.iter().map(|t| t.index() as u8));
        offsets.push(gold.len());
    }
    let features = hashes.iter().map(|h| index.get(h).copied().unwrap_or(u32::MAX)).collect();
    Encoded { offsets, features, gold }
}

/// A small deterministic generator (xorshift64*) for the visiting order.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn emissions<W: Copy + Default + std::ops::AddAssign>(
    data: &Encoded,
    chars: std::ops::Range<usize>,
    weights: &[W],
    out: &mut Vec<W>,
) {
    out.clear();
    for c in chars {
        let mut scores = [W::default(); N_TAGS];
        for &f in &data.features[c * FEATURES_PER_CHAR..(c + 1) * FEATURES_PER_CHAR] {
            if f != u32::MAX {
                let row = &weights[f as usize * N_TAGS..(f as usize + 1) * N_TAGS];
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        out.extend_from_slice(&scores);
    }
}

fn decode_all(data: &Encoded, weights: &[f32], transitions: &[f32]) -> Counts {
    let mut counts = Counts::default();
    let (mut em, mut back, mut path) = (Vec::new(), Vec::new(), Vec::new());
    for s in 0..data.len() {
        let chars = data.chars(s);
        emissions(data, chars.clone(), weights, &mut em);
        viterbi(&em, transitions, &mut back, &mut path);
        let gold: Vec<Tag> = data.gold[chars].iter().map(|&g| TAGS[g as usize]).collect();
        let pred: Vec<Tag> = path.iter().map(|&p| TAGS[p as usize]).collect();
        counts.add(&gold, &pred);
    }
    counts
}

/// The perceptron's weights with their averaging sums.
struct Weights {
    w: Vec<i32>,
    u: Vec<i64>,
    tw: Vec<i32>,
    tu: Vec<i64>,
    /// Update step (one per sentence seen), starting at 1.
    c: i64,
}

impl Weights {
    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let c = self.c as f64;
        let avg = |w: &[i32], u: &[i64]| w.iter().zip(u).map(|(&w, &u)| (w as f64 - u as f64 / c) as f32).collect();
        (avg(&self.w, &self.u), avg(&self.tw, &self.tu))
    }

    fn update_char(&mut self, feats: &[u32], tag: usize, delta: i32) {
        for &f in feats {
            if f != u32::MAX {
                let k = f as usize * N_TAGS + tag;
                self.w[k] += delta;
                self.u[k] += self.c * delta as i64;
            }
        }
    }

    fn update_transition(&mut self, prev: usize, tag: usize, delta: i32) {
        let k = prev * N_TAGS + tag;
        self.tw[k] += delta;
        self.tu[k] += self.c * delta as i64;
    }
}

/// The features seen at least `min_count` times, indexed in order of first appearance; with
/// their keys and the number of distinct features seen.
fn kept_features(hashes: &[u64], min_count: u32) -> (HashIndex<u32>, Vec<u64>, usize) {
    let mut counts: HashIndex<u32> = HashIndex::default();
    for &h in hashes {
        *counts.entry(h).or_default() += 1;
    }
    let mut index: HashIndex<u32> = HashIndex::default();
    let mut keys: Vec<u64> = Vec::new();
    for &h in hashes {
        if counts[&h] >= min_count && !index.contains_key(&h) {
            index.insert(h, keys.len() as u32);
            keys.push(h);
        }
    }
    (index, keys, counts.len())
}

/// The perceptron update of one sentence: where the decoded `path` differs from the gold
/// tags, the gold's features and transitions gain and the path's lose. True when it differed.
fn learn(wt: &mut Weights, data: &Encoded, chars: std::ops::Range<usize>, path: &[u8]) -> bool {
    let gold = &data.gold[chars.clone()];
    if path[..] == gold[..] {
        return false;
    }
    let mut prev = (N_TAGS, N_TAGS);
    for (i, c) in chars.enumerate() {
        let (g, p) = (gold[i] as usize, path[i] as usize);
        if g != p {
            let feats = &data.features[c * FEATURES_PER_CHAR..(c + 1) * FEATURES_PER_CHAR];
            wt.update_char(feats, g, 1);
            wt.update_char(feats, p, -1);
        }
        if (prev.0, g) != (prev.1, p) {
            wt.update_transition(prev.0, g, 1);
            wt.update_transition(prev.1, p, -1);
        }
        prev = (g, p);
    }
    true
}

/// The lexicons of each jackknife fold (the names of the other folds of `named`), then those
/// with every name of `named`; and every name.
fn jackknifed_lexicons(named: &[Sentence]) -> (Vec<Lexicons>, Names) {
    let fold_of = |i: usize| i * FOLDS / named.len().max(1);
    let names_without = |fold: usize| {
        Names::from_tagged(
            named.iter().enumerate().filter(|&(i, _)| fold_of(i) != fold).map(|(_, s)| (s.text.as_str(), &s.tags[..])),
        )
    };
    let all = names_without(FOLDS);
    let mut lexicons: Vec<Lexicons> = (0..FOLDS).map(|f| Lexicons::with_names(&names_without(f))).collect();
    lexicons.push(Lexicons::with_names(&all));
    (lexicons, all)
}

/// Trains on `train`; after each epoch, scores `dev` (if any) with the averaged weights and
/// logs. Returns the model file's bytes.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    segmenter: &Segmenter,
    options: &Options,
    log: &mut dyn FnMut(String),
) -> Vec<u8> {
    let started = std::time::Instant::now();
    let named = options.named.min(train.len());
    let (lexicons, names) = jackknifed_lexicons(&train[..named]);
    // Contiguous folds (neighbouring sentences of one article share names); ours see all names.
    let fold = |i: usize| if i < named { i * FOLDS / named } else { FOLDS };
    let train_hashes = hashes(train, segmenter, &lexicons, &fold);
    let dev_hashes = hashes(dev, segmenter, &lexicons, &|_| FOLDS);
    log(format!(
        "features of {} + {} sentences in {:.1?}; {} training-data names",
        train.len(),
        dev.len(),
        started.elapsed(),
        names.len()
    ));

    let (index, keys, distinct) = kept_features(&train_hashes, options.min_count);
    log(format!("{distinct} distinct features, {} kept (seen ≥ {} times)", keys.len(), options.min_count));
    let data = encode(train, &train_hashes, &index);
    drop(train_hashes);
    let dev_data = encode(dev, &dev_hashes, &index);
    drop((dev_hashes, index));

    let mut wt = Weights {
        w: vec![0; keys.len() * N_TAGS],
        u: vec![0; keys.len() * N_TAGS],
        tw: vec![0; (N_TAGS + 1) * N_TAGS],
        tu: vec![0; (N_TAGS + 1) * N_TAGS],
        c: 1,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(options.seed | 1);
    let (mut em, mut back, mut path) = (Vec::new(), Vec::new(), Vec::new());
    for epoch in 1..=options.epochs {
        let t0 = std::time::Instant::now();
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        for &s in &order {
            let chars = data.chars(s);
            emissions(&data, chars.clone(), &wt.w, &mut em);
            viterbi(&em, &wt.tw, &mut back, &mut path);
            if learn(&mut wt, &data, chars, &path) {
                errors += 1;
            }
            wt.c += 1;
        }
        let mut line = format!(
            "epoch {epoch}: {:.2} % sentences wrong, {:.1?}",
            100.0 * errors as f64 / data.len().max(1) as f64,
            t0.elapsed()
        );
        if dev_data.len() > 0 {
            let (w, t) = wt.averaged();
            line += &format!("; dev {}", decode_all(&dev_data, &w, &t).summary());
        }
        log(line);
    }
    let (w, t) = wt.averaged();
    let features: Vec<(u64, [f32; N_TAGS])> =
        keys.iter().enumerate().map(|(i, &h)| (h, w[i * N_TAGS..(i + 1) * N_TAGS].try_into().expect("row"))).collect();
    let bytes = model::write(&features, &t, lexicons[FOLDS].hash(), &names.to_text());
    log(format!("trained in {:.1?}; model {} bytes", started.elapsed(), bytes.len()));
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bmes_and_counts_spans() {
        let src = "张 B-PER\r\n三 E-PER\r\n在 O\r\n\r\n北 B-LOC\n京 E-LOC\n１ O\n";
        let s = read_bmes(src).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "张三在");
        assert_eq!(s[1].text, "北京1");
        let mut c = Counts::default();
        c.add(&s[0].tags, &s[0].tags);
        c.add(&s[1].tags, &[Tag::O, Tag::O, Tag::O]);
        assert_eq!(c.prf(Some(Kind::Per)), (1.0, 1.0, 1.0));
        assert_eq!(c.prf(Some(Kind::Loc)).1, 0.0);
        assert!(read_bmes("x Y-Z\n").is_err());
    }

    #[test]
    fn trains_a_tiny_model_that_reads_back() {
        let src = "王 B-PER\n明 E-PER\n在 O\n上 B-LOC\n海 E-LOC\n\n李 B-PER\n华 E-PER\n去 O\n北 B-LOC\n京 E-LOC\n";
        let sentences = read_bmes(src).unwrap();
        let seg = Segmenter::new(&[]);
        let opts = Options { epochs: 3, min_count: 1, ..Options::default() };
        let a = train(&sentences, &[], &seg, &opts, &mut |_| {});
        let b = train(&sentences, &[], &seg, &opts, &mut |_| {});
        assert_eq!(a, b, "training is deterministic");
        let tagger = super::super::Tagger::from_bytes(Box::leak(a.into_boxed_slice())).unwrap();
        let text = "王明在上海";
        assert_eq!(tagger.tags(text, &seg.tokens(text)), sentences[0].tags);
    }
}
