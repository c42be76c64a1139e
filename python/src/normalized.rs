//! `zhnews.Normalized`: the normalizer's output with code-point offsets.
//!
//! Rust locates everything by UTF-8 byte offsets; Python indexes `str` by code points. This
//! class converts at the boundary: `to_original(start, end)` takes code points of the
//! normalized `text` and returns code points of the `original`, and each repair's
//! `start`/`end` are code points of the original. The index tables for the conversion are
//! built on first use (linear), after which each conversion is a lookup and a binary search.

use crate::records::{enum_name, located_repairs, PyRepair};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use std::sync::OnceLock;
use zhnews::Repair;
use zhnews::{NormalizedText, Span};

/// Byte offset of every char boundary of a string (the length included), so that code
/// point `i` starts at byte `bounds[i]`.
#[derive(Debug)]
pub struct CharIndex {
    bounds: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bounds.push(text.len());
        CharIndex { bounds }
    }

    /// Number of code points.
    pub fn chars(&self) -> usize {
        self.bounds.len() - 1
    }

    /// Byte offset of code point `i` (`i <= chars()`).
    pub fn byte(&self, i: usize) -> Option<usize> {
        self.bounds.get(i).copied()
    }

    /// Code point containing byte offset `byte` (rounded down to its char's start).
    pub fn char_at(&self, byte: usize) -> usize {
        self.bounds.partition_point(|&b| b <= byte).saturating_sub(1)
    }
}

/// Normalized text, with its original and the repairs made.
#[pyclass(module = "zhnews", name = "Normalized", frozen)]
pub struct PyNormalized {
    original: String,
    original_py: Py<PyString>,
    inner: NormalizedText,
    index: OnceLock<(CharIndex, CharIndex)>,
}

impl PyNormalized {
    pub fn new(original: String, original_py: Py<PyString>, inner: NormalizedText) -> Self {
        PyNormalized { original, original_py, inner, index: OnceLock::new() }
    }

    /// (normalized, original) index tables.
    fn index(&self) -> &(CharIndex, CharIndex) {
        self.index.get_or_init(|| (CharIndex::new(self.inner.as_str()), CharIndex::new(&self.original)))
    }
}

#[pymethods]
impl PyNormalized {
    /// The normalized text.
    #[getter]
    fn text(&self) -> &str {
        self.inner.as_str()
    }

    /// The text that was normalized.
    #[getter]
    fn original(&self, py: Python<'_>) -> Py<PyString> {
        self.original_py.clone_ref(py)
    }

    /// `"simplified"`, `"traditional"` or `"mixed"`.
    #[getter]
    fn script(&self) -> String {
        enum_name(&self.inner.script())
    }

    /// The changes made, located by code points of the original.
    #[getter]
    fn repairs(&self, py: Python<'_>) -> PyResult<Vec<PyRepair>> {
        let original = &self.index().1;
        let repairs: Vec<Repair> = self
            .inner
            .repairs()
            .iter()
            .map(|r| Repair {
                kind: r.kind,
                start: original.char_at(r.original.start),
                end: original.char_at(r.original.end),
                before: r.before.clone(),
                after: r.after.clone(),
            })
            .collect();
        located_repairs(self.original_py.bind(py), &repairs)
    }

    /// Maps `text[start:end]` to the span of `original` it came from: `(start, end)` in
    /// code points of the original.
    fn to_original(&self, start: i64, end: i64) -> PyResult<(usize, usize)> {
        let (normalized, original) = self.index();
        let len = normalized.chars();
        let in_range = |i: i64| usize::try_from(i).ok().filter(|&i| i <= len);
        let (Some(s), Some(e)) = (in_range(start), in_range(end)) else {
            return Err(PyValueError::new_err(format!("span {start}:{end} is outside the normalized text (0:{len})")));
        };
        if s > e {
            return Err(PyValueError::new_err(format!("span {start}:{end} has start after end")));
        }
        let (Some(bs), Some(be)) = (normalized.byte(s), normalized.byte(e)) else {
            return Err(PyValueError::new_err("span outside the text"));
        };
        let span = self.inner.to_original(Span::new(bs, be));
        Ok((original.char_at(span.start), original.char_at(span.end)))
    }

    fn __str__(&self) -> &str {
        self.inner.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let text = PyString::new(py, self.inner.as_str());
        let text = text.repr().map(|r| r.to_string()).unwrap_or_default();
        format!(
            "Normalized(text={text}, script='{}', repairs={})",
            enum_name(&self.inner.script()),
            self.inner.repairs().len()
        )
    }
}
