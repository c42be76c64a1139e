//! The model's binary format, read in place (no copy of the weights) and written by the
//! trainer.
//!
//! All integers little-endian:
//!
//! ```text
//! magic        8 bytes  "ZHNER\0\0\x01"
//! version      u32      2
//! feature_set  u64      hash of features::FEATURE_SPEC (a model for other templates is refused)
//! lexicons     u64      hash of the lexicon entries at training time (informational)
//! n_tags       u32      13; then per tag: u8 length + its name ("O", "B-PER", …), in Tag order
//! scale        f32      a weight is its stored integer × scale
//! dir_bits     u32      8..=24: the directory has 2^dir_bits buckets, by the top bits of a key
//! n_features   u32
//! transitions  (n_tags + 1) × n_tags × i16   row p = previous tag p, row n_tags = text start
//! directory    (2^dir_bits + 1) × u32        first row of each bucket, then n_features
//! rows         n_features × 16 bytes         sorted by key: n_tags × i8 weights, then the
//!                                            key's low 24 bits (3 bytes)
//! names_len    u32
//! names        names_len bytes, UTF-8             the training-data names the features match
//!                                                 (super::names::Names::to_text's format)
//! ```
//!
//! A feature's 32-bit key picks its bucket by its top bits; the rows of the bucket (one or two
//! on average) are told apart by the low 24 bits. A lookup reads one directory entry and one
//! 16-byte row: two cache lines.

use super::features::{feature_set_hash, key};
use super::tags::TAGS;
use std::fmt;

pub const MAGIC: &[u8; 8] = b"ZHNER\0\0\x01";
pub const VERSION: u32 = 2;
pub const N_TAGS: usize = TAGS.len();
/// Bytes per feature row: the weights and 3 bytes of key.
const ROW: usize = 16;
const _: () = assert!(N_TAGS + 3 == ROW);

/// Why a model cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NER model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// A model read in place from its bytes.
#[derive(Clone)]
pub struct Model<'a> {
    pub scale: f32,
    pub lexicon_hash: u64,
    /// The training-data names, as [`super::names::Names::to_text`] writes them.
    pub names: &'a str,
    /// `(n_tags + 1) × n_tags` transition weights (last row: start of text).
    pub transitions: Vec<i32>,
    dir_shift: u32,
    directory: &'a [u8],
    rows: &'a [u8],
    n_features: usize,
    bytes: usize,
}

impl fmt::Debug for Model<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Model").field("features", &self.n_features).field("bytes", &self.bytes).finish_non_exhaustive()
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| err("truncated"))?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
}

fn err(msg: &str) -> ModelError {
    ModelError(msg.to_string())
}

#[inline]
fn u32_at(bytes: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(bytes[4 * i..4 * i + 4].try_into().expect("4 bytes"))
}

impl<'a> Model<'a> {
    /// Reads a model: checks the header and the sizes, copies only the transitions.
    pub fn read(bytes: &'a [u8]) -> Result<Self, ModelError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(err("not a model file (bad magic)"));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError(format!("version {version}, this build reads {VERSION}")));
        }
        if r.u64()? != feature_set_hash() {
            return Err(err("built for other feature templates: retrain with scripts/train-ner.sh"));
        }
        let lexicon_hash = r.u64()?;
        let n_tags = r.u32()? as usize;
        if n_tags != N_TAGS {
            return Err(ModelError(format!("{n_tags} tags, expected {N_TAGS}")));
        }
        for tag in TAGS {
            let len = r.take(1)?[0] as usize;
            if r.take(len)? != tag.name().as_bytes() {
                return Err(err("tag set differs"));
            }
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().expect("4 bytes"));
        let dir_bits = r.u32()?;
        if !(8..=24).contains(&dir_bits) {
            return Err(err("bad directory size"));
        }
        let n_features = r.u32()? as usize;
        let transitions = r
            .take((N_TAGS + 1) * N_TAGS * 2)?
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as i32)
            .collect();
        let directory = r.take(((1usize << dir_bits) + 1) * 4)?;
        let rows = r.take(n_features * ROW)?;
        let names_len = r.u32()? as usize;
        let names = std::str::from_utf8(r.take(names_len)?).map_err(|_| err("names are not UTF-8"))?;
        if r.pos != bytes.len() {
            return Err(err("trailing bytes"));
        }
        if u32_at(directory, 1 << dir_bits) as usize != n_features {
            return Err(err("directory does not match the features"));
        }
        Ok(Model {
            scale,
            lexicon_hash,
            names,
            transitions,
            dir_shift: 32 - dir_bits,
            directory,
            rows,
            n_features,
            bytes: bytes.len(),
        })
    }

    /// Number of features stored.
    pub fn len(&self) -> usize {
        self.n_features
    }

    pub fn is_empty(&self) -> bool {
        self.n_features == 0
    }

    /// Size of the model in bytes.
    pub fn size(&self) -> usize {
        self.bytes
    }

    /// Adds the weights of the feature with hash `hash` (if stored) to `scores`.
    #[inline]
    pub fn add_weights(&self, hash: u64, scores: &mut [i32; N_TAGS]) {
        self.add_all(&[hash], scores);
    }

    /// Adds the weights of every stored feature of `hashes` to `scores`. The directory is read
    /// for a batch of them first, so that the memory reads overlap. A batch's weights are
    /// summed as `i16` (at most `BATCH` × 127 in size: exact), a whole row at once — its key
    /// bytes too, in lanes past the tags that are then dropped.
    pub fn add_all(&self, hashes: &[u64], scores: &mut [i32; N_TAGS]) {
        const BATCH: usize = 64;
        for chunk in hashes.chunks(BATCH) {
            let mut buckets = [(0u32, 0u32); BATCH];
            for (slot, &h) in buckets.iter_mut().zip(chunk) {
                let bucket = (key(h) >> self.dir_shift) as usize;
                *slot = (u32_at(self.directory, bucket), u32_at(self.directory, bucket + 1));
            }
            let mut sums = [0i16; ROW];
            for (&(lo, hi), &h) in buckets.iter().zip(chunk) {
                let low = key(h) & 0xFF_FFFF;
                let hi = (hi as usize).min(self.n_features);
                let Some(rows) = self.rows.get(lo as usize * ROW..hi * ROW) else { continue };
                for row in rows.chunks_exact(ROW) {
                    let row: &[u8; ROW] = row.try_into().expect("rows of ROW bytes");
                    let stored = u32::from_le_bytes([row[N_TAGS], row[N_TAGS + 1], row[N_TAGS + 2], 0]);
                    if stored == low {
                        for (s, &w) in sums.iter_mut().zip(row) {
                            *s += w as i8 as i16;
                        }
                        break;
                    }
                    if stored > low {
                        break;
                    }
                }
            }
            for (s, &sum) in scores.iter_mut().zip(&sums) {
                *s += sum as i32;
            }
        }
    }
}

/// Writes a model from averaged weights: `features` are (hash, weight per tag), any order;
/// `transitions` as in [`Model::transitions`]. Weights are quantized to i8 with one scale
/// (the largest absolute emission weight maps to 127); features whose quantized weights
/// are all zero are dropped, and features whose 32-bit keys collide are summed. `names`: the
/// training-data names' text, stored as it is.
pub fn write(features: &[(u64, [f32; N_TAGS])], transitions: &[f32], lexicon_hash: u64, names: &str) -> Vec<u8> {
    assert_eq!(transitions.len(), (N_TAGS + 1) * N_TAGS);
    let max = features.iter().flat_map(|(_, w)| w.iter()).fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let mut rows: Vec<(u32, [f32; N_TAGS])> = features.iter().map(|(h, w)| (key(*h), *w)).collect();
    rows.sort_by_key(|r| r.0);
    let mut merged: Vec<(u32, [i8; N_TAGS])> = Vec::with_capacity(rows.len());
    let mut i = 0;
    while i < rows.len() {
        let mut sum = rows[i].1;
        let mut j = i + 1;
        while j < rows.len() && rows[j].0 == rows[i].0 {
            for (s, w) in sum.iter_mut().zip(rows[j].1) {
                *s += w;
            }
            j += 1;
        }
        let q = sum.map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8);
        if q.iter().any(|&w| w != 0) {
            merged.push((rows[i].0, q));
        }
        i = j;
    }
    // About one or two rows per bucket.
    let dir_bits = (usize::BITS - merged.len().leading_zeros()).saturating_sub(1).clamp(8, 24);
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&feature_set_hash().to_le_bytes());
    out.extend_from_slice(&lexicon_hash.to_le_bytes());
    out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
    for tag in TAGS {
        out.push(tag.name().len() as u8);
        out.extend_from_slice(tag.name().as_bytes());
    }
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&dir_bits.to_le_bytes());
    out.extend_from_slice(&(merged.len() as u32).to_le_bytes());
    for &t in transitions {
        out.extend_from_slice(&((t / scale).round().clamp(-32767.0, 32767.0) as i16).to_le_bytes());
    }
    let shift = 32 - dir_bits;
    let mut start = 0usize;
    for bucket in 0..=(1usize << dir_bits) {
        while start < merged.len() && ((merged[start].0 >> shift) as usize) < bucket {
            start += 1;
        }
        out.extend_from_slice(&(start as u32).to_le_bytes());
    }
    for (k, w) in &merged {
        out.extend(w.iter().map(|&x| x as u8));
        out.extend_from_slice(&k.to_le_bytes()[..3]);
    }
    out.extend_from_slice(&(names.len() as u32).to_le_bytes());
    out.extend_from_slice(names.as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_lookup() {
        let mut w = [0f32; N_TAGS];
        w[1] = 2.0;
        w[3] = -1.0;
        let features = vec![(42u64, w), (7u64, [0.0; N_TAGS]), (1u64 << 40, [1.0; N_TAGS])];
        let bytes = write(&features, &vec![0.5; (N_TAGS + 1) * N_TAGS], 9, "ORG\n某公司\n");
        let model = Model::read(&bytes).unwrap();
        assert_eq!(model.names, "ORG\n某公司\n");
        assert_eq!(model.len(), 2, "the all-zero feature is dropped");
        assert_eq!(model.lexicon_hash, 9);
        let mut scores = [0; N_TAGS];
        model.add_weights(42, &mut scores);
        assert_eq!((scores[1], scores[3], scores[0]), (127, -64, 0));
        model.add_weights(7, &mut scores);
        model.add_weights(12345, &mut scores);
        assert_eq!(scores[0], 0);
        assert!(Model::read(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::read(b"nonsense").is_err());
    }

    /// Many features at once (more than a batch, the same one repeated, unknown ones between)
    /// add up as one at a time do, past what a batch's sums hold.
    #[test]
    fn add_all_is_the_sum_of_each() {
        let mut w = [0f32; N_TAGS];
        w[0] = 1.0;
        w[N_TAGS - 1] = -1.0;
        let mut v = [0.5f32; N_TAGS];
        v[2] = -0.25;
        let bytes = write(&[(42, w), (99, v)], &vec![0.0; (N_TAGS + 1) * N_TAGS], 0, "");
        let model = Model::read(&bytes).unwrap();
        let hashes: Vec<u64> = (0..300).map(|i| [42, 99, 7, 42][i % 4]).collect();
        let mut each = [0; N_TAGS];
        for &h in &hashes {
            model.add_weights(h, &mut each);
        }
        let mut all = [0; N_TAGS];
        model.add_all(&hashes, &mut all);
        assert_eq!(all, each);
        assert_eq!((all[0], all[N_TAGS - 1]), (150 * 127 + 75 * 64, -150 * 127 + 75 * 64));
    }
}
