//! `zhnews` for Python: the Rust pipeline behind a native-feeling API.
//!
//! **In:** `str` (already decoded) or `bytes` (any supported encoding, detected or given).
//! **Out:** [`records::PyArticle`] and the fact classes of [`records`], `Normalized`,
//! word lists. No extraction logic lives here: every call goes to [`zhnews::Extractor`].
//!
//! **Guarantees:** offsets are code points of the decoded original, i.e. Python `str`
//! indices (`article.text[m.start:m.end] == m.text`); the GIL is released while Rust works,
//! so Python threads run in parallel, and `extract_many` fans out on Rust threads
//! (`std::thread::scope`) with the output in input order; every failure is a `zhnews.Error`
//! (a `ValueError`), a panic included (see [`errors`]). A Python `str` holding lone
//! surrogates (not valid Unicode) is read with each surrogate as U+FFFD, so that offsets
//! still index the `str` given.

mod errors;
mod normalized;
mod records;

use errors::{guard, to_pyerr, Failure};
use normalized::PyNormalized;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use records::{PyArticle, Reduce};
use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use zhnews::{Article, Extractor, DEFAULT_MAX_INPUT_BYTES};

/// The extractor behind the module-level functions; see [`default_extractor`].
static DEFAULT: OnceLock<Extractor> = OnceLock::new();

/// The default extractor. The first call loads the dictionaries (a fraction of a second)
/// without holding the GIL.
fn default_extractor(py: Python<'_>) -> &'static Extractor {
    match DEFAULT.get() {
        Some(extractor) => extractor,
        None => py.detach(|| DEFAULT.get_or_init(Extractor::new)),
    }
}

/// One input, borrowed from Python where possible.
enum Input<'a> {
    Text(String),
    Bytes(&'a [u8]),
}

/// A record with the decoded text, when Rust had to decode it.
enum Extracted {
    FromText(Article),
    FromBytes(Article, String),
}

/// Reads a `str` as Rust text; lone surrogates become U+FFFD one for one, so that code-point
/// offsets into the Rust text are offsets into the Python `str`.
fn rust_string(s: &Bound<'_, PyString>) -> PyResult<String> {
    if let Ok(text) = s.to_cow() {
        return Ok(text.into_owned());
    }
    let utf32 = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = utf32.cast::<PyBytes>()?.as_bytes();
    Ok(bytes
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect())
}

fn input<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Input<'a>> {
    if let Ok(s) = obj.cast::<PyString>() {
        Ok(Input::Text(rust_string(s)?))
    } else if let Ok(b) = obj.cast::<PyBytes>() {
        Ok(Input::Bytes(b.as_bytes()))
    } else {
        let type_name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        Err(PyTypeError::new_err(format!("expected str or bytes, got {type_name}")))
    }
}

/// How to read an input: `auto` reads `bytes` that look like HTML as HTML (a `str` as text).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Auto,
    Text,
    Html,
}

fn format(name: &str) -> PyResult<Format> {
    match name {
        "auto" => Ok(Format::Auto),
        "text" => Ok(Format::Text),
        "html" => Ok(Format::Html),
        other => Err(PyValueError::new_err(format!("format must be 'auto', 'text' or 'html', not {other:?}"))),
    }
}

/// An HTML page: the record, and the extracted text its offsets index.
fn run_html(extractor: &Extractor, bytes: &[u8]) -> Result<Extracted, zhnews::Error> {
    let page = extractor.html_page(bytes)?;
    Ok(Extracted::FromBytes(extractor.extract_html_page(&page), page.text))
}

fn run(extractor: &Extractor, input: &Input<'_>, format: Format) -> Result<Extracted, Failure> {
    guard(|| match input {
        // A `str` is already decoded: a charset its markup declares does not apply.
        Input::Text(text) if format == Format::Html => run_html(&extractor.with_encoding("utf-8")?, text.as_bytes()),
        Input::Bytes(bytes)
            if format == Format::Html || (format == Format::Auto && zhnews::html::looks_like_html(bytes)) =>
        {
            run_html(extractor, bytes)
        }
        Input::Text(text) => extractor.extract(text).map(Extracted::FromText),
        Input::Bytes(bytes) => {
            let decoded = extractor.decode(bytes)?;
            Ok(Extracted::FromBytes(extractor.extract_decoded(&decoded), decoded.text))
        }
    })
}

/// Wraps a record; the text of a `str` input is that very object.
fn article(py: Python<'_>, obj: &Bound<'_, PyAny>, extracted: Extracted) -> PyResult<PyArticle> {
    Ok(match extracted {
        Extracted::FromText(inner) => PyArticle { inner, text: obj.cast::<PyString>()?.clone().unbind() },
        Extracted::FromBytes(inner, text) => PyArticle { inner, text: PyString::new(py, &text).unbind() },
    })
}

/// Accepts an ISO date string, or anything with integer `year`, `month`, `day` (a
/// `datetime.date`, a `datetime.datetime`, a pandas `Timestamp`).
fn iso_date(value: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(s.to_cow()?.into_owned());
    }
    let part = |name: &str| value.getattr(name).and_then(|v| v.extract::<i64>());
    match (part("year"), part("month"), part("day")) {
        (Ok(y), Ok(m), Ok(d)) => Ok(format!("{y:04}-{m:02}-{d:02}")),
        _ => Err(PyTypeError::new_err("a date must be an ISO 8601 string or a datetime.date")),
    }
}

/// `extractor` with the per-call options applied (cheap: shares the resources).
fn with_options<'e>(
    py: Python<'_>,
    extractor: &'e Extractor,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
) -> PyResult<Cow<'e, Extractor>> {
    let mut extractor = Cow::Borrowed(extractor);
    if let Some(label) = encoding {
        extractor = Cow::Owned(extractor.with_encoding(label).map_err(|e| to_pyerr(py, &e.into(), None))?);
    }
    if let Some(date) = published_at {
        let iso = iso_date(date)?;
        extractor = Cow::Owned(extractor.with_reference_date(&iso).map_err(|e| to_pyerr(py, &e.into(), None))?);
    }
    Ok(extractor)
}

fn extract_one(
    py: Python<'_>,
    extractor: &Extractor,
    text: &Bound<'_, PyAny>,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
    fmt: &str,
) -> PyResult<PyArticle> {
    let fmt = format(fmt)?;
    let extractor = with_options(py, extractor, encoding, published_at)?;
    let input = input(text)?;
    let extracted = py.detach(|| run(&extractor, &input, fmt)).map_err(|f| to_pyerr(py, &f, None))?;
    article(py, text, extracted)
}

/// Runs `f` over `items` on up to `threads` threads (the calling one included), handing out
/// items one at a time so that long and short articles balance. Results come back in input
/// order. Once a result satisfies `stop`, no further item is started: every item before the
/// first such one still completes (items are handed out in order), the later ones may stay
/// `None`. `None` also marks an item whose worker thread died, which `guard` in `f` prevents.
fn parallel_map<I: Sync, T: Send>(
    items: &[I],
    threads: usize,
    f: impl Fn(&I) -> T + Sync,
    stop: impl Fn(&T) -> bool + Sync,
) -> Vec<Option<T>> {
    let next = AtomicUsize::new(0);
    let stopped = AtomicBool::new(false);
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    let work = || {
        let mut done = Vec::new();
        while !stopped.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            let result = f(item);
            if stop(&result) {
                stopped.store(true, Ordering::Relaxed);
            }
            done.push((i, result));
        }
        if let Ok(mut results) = results.lock() {
            for (i, t) in done {
                results[i] = Some(t);
            }
        }
    };
    let threads = threads.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        for _ in 1..threads {
            // Fewer threads than asked (the OS refused one) still does all the work.
            let _ = std::thread::Builder::new().name("zhnews".into()).spawn_scoped(scope, work);
        }
        work();
    });
    results.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Return,
}

#[allow(clippy::too_many_arguments)]
fn extract_many_impl(
    py: Python<'_>,
    extractor: &Extractor,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    errors: &str,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
    fmt: &str,
) -> PyResult<Vec<Py<PyAny>>> {
    let fmt = format(fmt)?;
    let on_error = match errors {
        "raise" => OnError::Raise,
        "return" => OnError::Return,
        other => return Err(PyValueError::new_err(format!("errors must be 'raise' or 'return', not {other:?}"))),
    };
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
    };
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err("extract_many takes an iterable of texts; for one text, use extract"));
    }
    let extractor = with_options(py, extractor, encoding, published_at)?;
    let objects: Vec<Bound<'_, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
    let mut inputs: Vec<Result<Input<'_>, PyErr>> = Vec::with_capacity(objects.len());
    for (i, obj) in objects.iter().enumerate() {
        match input(obj) {
            Ok(x) => inputs.push(Ok(x)),
            Err(e) => {
                let e = PyTypeError::new_err(format!("item {i}: {}", e.value(py)));
                e.value(py).setattr("index", i)?;
                inputs.push(Err(e));
                // An earlier item may still fail first: run those before it, then stop.
                if on_error == OnError::Raise {
                    break;
                }
            }
        }
    }
    // Only the inputs that read are sent to the threads (a PyErr must stay with the GIL).
    let runnable: Vec<(usize, &Input<'_>)> =
        inputs.iter().enumerate().filter_map(|(i, x)| x.as_ref().ok().map(|x| (i, x))).collect();
    // With errors="raise" the first failure ends the batch: no need to run what follows it.
    let outcomes = py.detach(|| {
        parallel_map(&runnable, threads, |(_, x)| run(&extractor, x, fmt), |r| on_error == OnError::Raise && r.is_err())
    });

    let mut by_index: Vec<Option<Result<Extracted, Failure>>> = (0..objects.len()).map(|_| None).collect();
    for (&(i, _), outcome) in runnable.iter().zip(outcomes) {
        by_index[i] = outcome;
    }

    let mut out: Vec<Py<PyAny>> = Vec::with_capacity(objects.len());
    for (i, ((obj, read), outcome)) in objects.iter().zip(inputs).zip(by_index).enumerate() {
        let result = match (read, outcome) {
            (Err(e), _) => Err(e),
            (Ok(_), Some(Ok(extracted))) => article(py, obj, extracted),
            (Ok(_), Some(Err(failure))) => Err(to_pyerr(py, &failure, Some(i))),
            // Not run: after the first failure in raise mode (which returns before reaching
            // here), or a worker thread died.
            (Ok(_), None) => Err(to_pyerr(py, &Failure::Panic("a worker thread died".into()), Some(i))),
        };
        match result {
            Ok(a) => out.push(Py::new(py, a)?.into_any()),
            Err(e) if on_error == OnError::Return => out.push(e.into_value(py).into_any()),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

fn normalize_impl(py: Python<'_>, extractor: &Extractor, text: &Bound<'_, PyString>) -> PyResult<PyNormalized> {
    let original = rust_string(text)?;
    let normalized = py
        .detach(|| guard(|| extractor.check_text(&original).map(|()| extractor.normalize(&original))))
        .map_err(|f| to_pyerr(py, &f, None))?;
    Ok(PyNormalized::new(original, text.clone().unbind(), normalized))
}

fn segment_impl(py: Python<'_>, extractor: &Extractor, text: &Bound<'_, PyString>) -> PyResult<Vec<String>> {
    let text = rust_string(text)?;
    py.detach(|| {
        guard(|| {
            extractor.check_text(&text).map(|()| extractor.segment(&text).into_iter().map(str::to_string).collect())
        })
    })
    .map_err(|f| to_pyerr(py, &f, None))
}

/// A user word: `"word"`, `("word", freq)` or `("word", freq, tag)`.
#[derive(Debug, Clone, FromPyObject, IntoPyObject)]
enum UserWord {
    Word(String),
    WithTag((String, Option<usize>, Option<String>)),
    WithFreq((String, Option<usize>)),
}

impl UserWord {
    fn parts(&self) -> (&str, Option<usize>, Option<&str>) {
        match self {
            UserWord::Word(w) => (w, None, None),
            UserWord::WithFreq((w, f)) => (w, *f, None),
            UserWord::WithTag((w, f, t)) => (w, *f, t.as_deref()),
        }
    }
}

// The Python signature states the default as a literal (so that it shows in `help()`).
const _: () = assert!(DEFAULT_MAX_INPUT_BYTES == 16777216);

/// The arguments of `Extractor._restore`, in order.
type ExtractorArgs = (Option<String>, bool, usize, Option<String>, Vec<UserWord>);

/// A configured extractor; immutable, safe to share between threads.
#[pyclass(module = "zhnews", name = "Extractor", frozen)]
struct PyExtractor {
    inner: Extractor,
    encoding: Option<String>,
    strict_decoding: bool,
    max_input_bytes: usize,
    reference_date: Option<String>,
    user_words: Vec<UserWord>,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (*, encoding = None, strict_decoding = false, max_input_bytes = 16777216, reference_date = None, user_words = None))]
    fn new(
        py: Python<'_>,
        encoding: Option<String>,
        strict_decoding: bool,
        max_input_bytes: usize,
        reference_date: Option<&Bound<'_, PyAny>>,
        user_words: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let reference_date = reference_date.map(iso_date).transpose()?;
        let user_words: Vec<UserWord> = match user_words {
            None => Vec::new(),
            Some(words) if words.is_instance_of::<PyString>() => {
                return Err(PyTypeError::new_err("user_words must be an iterable of words, not a str"))
            }
            Some(words) => words
                .try_iter()?
                .map(|w| {
                    w.and_then(|w| {
                        w.extract::<UserWord>().map_err(|_| {
                            PyTypeError::new_err(format!(
                                "a user word is a str, (word, freq) or (word, freq, tag), not {w}"
                            ))
                        })
                    })
                })
                .collect::<PyResult<_>>()?,
        };
        let mut builder = Extractor::builder().strict_decoding(strict_decoding).max_input_bytes(max_input_bytes);
        let lib_err = |e: zhnews::Error| to_pyerr(py, &e.into(), None);
        if let Some(label) = &encoding {
            builder = builder.encoding(label).map_err(lib_err)?;
        }
        if let Some(iso) = &reference_date {
            builder = builder.reference_date(iso).map_err(lib_err)?;
        }
        for word in &user_words {
            let (w, freq, tag) = word.parts();
            builder = builder.user_word(w, freq, tag);
        }
        // Building with user words loads the dictionaries: seconds, so without the GIL.
        let inner = py.detach(|| guard(|| Ok(builder.build()))).map_err(|f| to_pyerr(py, &f, None))?;
        Ok(PyExtractor { inner, encoding, strict_decoding, max_input_bytes, reference_date, user_words })
    }

    #[getter]
    fn encoding(&self) -> Option<&str> {
        self.encoding.as_deref()
    }
    #[getter]
    fn strict_decoding(&self) -> bool {
        self.strict_decoding
    }
    #[getter]
    fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }
    #[getter]
    fn reference_date(&self) -> Option<&str> {
        self.reference_date.as_deref()
    }

    /// See `zhnews.extract`.
    #[pyo3(signature = (text, *, encoding = None, published_at = None, format = "auto"))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        encoding: Option<&str>,
        published_at: Option<&Bound<'_, PyAny>>,
        format: &str,
    ) -> PyResult<PyArticle> {
        extract_one(py, &self.inner, text, encoding, published_at, format)
    }

    /// See `zhnews.extract_many`.
    #[pyo3(signature = (texts, *, threads = None, errors = "raise", encoding = None, published_at = None, format = "auto"))]
    #[allow(clippy::too_many_arguments)]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        errors: &str,
        encoding: Option<&str>,
        published_at: Option<&Bound<'_, PyAny>>,
        format: &str,
    ) -> PyResult<Vec<Py<PyAny>>> {
        extract_many_impl(py, &self.inner, texts, threads, errors, encoding, published_at, format)
    }

    /// See `zhnews.normalize`.
    fn normalize(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<PyNormalized> {
        normalize_impl(py, &self.inner, text)
    }

    /// See `zhnews.segment`.
    fn segment(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<String>> {
        segment_impl(py, &self.inner, text)
    }

    #[staticmethod]
    fn _restore(
        py: Python<'_>,
        encoding: Option<String>,
        strict_decoding: bool,
        max_input_bytes: usize,
        reference_date: Option<&Bound<'_, PyAny>>,
        user_words: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        Self::new(py, encoding, strict_decoding, max_input_bytes, reference_date, user_words)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, ExtractorArgs>> {
        let this = slf.get();
        Ok((
            slf.get_type().getattr("_restore")?,
            (
                this.encoding.clone(),
                this.strict_decoding,
                this.max_input_bytes,
                this.reference_date.clone(),
                this.user_words.clone(),
            ),
        ))
    }

    fn __repr__(&self) -> String {
        let opt = |v: &Option<String>| v.as_ref().map(|s| format!("{s:?}").replace('"', "'")).unwrap_or("None".into());
        format!(
            "Extractor(encoding={}, strict_decoding={}, max_input_bytes={}, reference_date={}, user_words={})",
            opt(&self.encoding),
            if self.strict_decoding { "True" } else { "False" },
            self.max_input_bytes,
            opt(&self.reference_date),
            self.user_words.len()
        )
    }
}

/// Extracts the record of one article.
#[pyfunction]
#[pyo3(signature = (text, *, encoding = None, published_at = None, format = "auto"))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<PyArticle> {
    extract_one(py, default_extractor(py), text, encoding, published_at, format)
}

/// Extracts many articles in parallel on Rust threads; the output is in input order.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, errors = "raise", encoding = None, published_at = None, format = "auto"))]
fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    errors: &str,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<Vec<Py<PyAny>>> {
    extract_many_impl(py, default_extractor(py), texts, threads, errors, encoding, published_at, format)
}

/// Normalizes text without extracting.
#[pyfunction]
fn normalize(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<PyNormalized> {
    normalize_impl(py, default_extractor(py), text)
}

/// Segments text into words with the health-policy lexicon.
#[pyfunction]
fn segment(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<String>> {
    segment_impl(py, default_extractor(py), text)
}

/// Panics inside the boundary guard, to test that a panic surfaces as `InternalError`.
#[pyfunction]
fn _panic_for_tests(py: Python<'_>, message: &str) -> PyResult<()> {
    py.detach(|| guard(|| -> Result<(), zhnews::Error> { panic!("{message}") })).map_err(|f| to_pyerr(py, &f, None))
}

#[pymodule]
#[pyo3(name = "_zhnews")]
fn zhnews_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SCHEMA_VERSION", zhnews::SCHEMA_VERSION)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_class::<PyExtractor>()?;
    m.add_class::<PyNormalized>()?;
    records::register(m)?;
    errors::register(m)?;
    Ok(())
}
