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
mod tables;

use errors::{guard, to_pyerr, Failure};
use normalized::PyNormalized;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use records::{PyArticle, Reduce};
use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use zhnews::{Article, Extractor, TextOptions, DEFAULT_MAX_INPUT_BYTES};

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

/// Reads an input the way `format` says and extracts it as a page or, without layout, as
/// a text with no page around it.
fn run(call: &Call<'_>, input: &Input<'_>) -> Result<Extracted, Failure> {
    guard(|| if call.layout { run_page(call, input) } else { run_plain(call, input) })
}

fn run_page(call: &Call<'_>, input: &Input<'_>) -> Result<Extracted, zhnews::Error> {
    let extractor = &*call.extractor;
    let mut extracted = match input {
        // A `str` is already decoded: a charset its markup declares does not apply.
        Input::Text(text) if call.format == Format::Html => {
            run_html(&extractor.with_encoding("utf-8")?, text.as_bytes())?
        }
        Input::Bytes(bytes) if call.reads_html(bytes) => run_html(extractor, bytes)?,
        Input::Text(text) => Extracted::FromText(extractor.extract(text)?),
        Input::Bytes(bytes) => {
            let decoded = extractor.decode(bytes)?;
            Extracted::FromBytes(extractor.extract_decoded(&decoded), decoded.text)
        }
    };
    call.fill_meta(extracted.article_mut());
    Ok(extracted)
}

/// Fragment mode: the text of the input (decoded, or extracted from HTML) is all body.
fn run_plain(call: &Call<'_>, input: &Input<'_>) -> Result<Extracted, zhnews::Error> {
    let extractor = &*call.extractor;
    let decoded = match input {
        Input::Text(text) if call.format == Format::Html => {
            extractor.with_encoding("utf-8")?.html_page(text.as_bytes())?.into_decoded()
        }
        Input::Text(text) => {
            let article = extractor.extract_text(text, &call.text)?;
            return Ok(match article.text.clone() {
                Some(indexed) => Extracted::FromBytes(article, indexed),
                None => Extracted::FromText(article),
            });
        }
        Input::Bytes(bytes) if call.reads_html(bytes) => extractor.html_page(bytes)?.into_decoded(),
        Input::Bytes(bytes) => extractor.decode(bytes)?,
    };
    let article = extractor.extract_text_decoded(&decoded, &call.text)?;
    let indexed = article.text.clone().unwrap_or(decoded.text);
    Ok(Extracted::FromBytes(article, indexed))
}

impl Extracted {
    fn article_mut(&mut self) -> &mut Article {
        match self {
            Extracted::FromText(a) | Extracted::FromBytes(a, _) => a,
        }
    }
}

/// Wraps a record; the text of a `str` input is that very object.
fn article(py: Python<'_>, obj: &Bound<'_, PyAny>, extracted: Extracted, layout: bool) -> PyResult<PyArticle> {
    let layout = records::layout_of(layout);
    Ok(match extracted {
        Extracted::FromText(inner) => PyArticle { inner, text: obj.cast::<PyString>()?.clone().unbind(), layout },
        Extracted::FromBytes(inner, text) => PyArticle { inner, text: PyString::new(py, &text).unbind(), layout },
    })
}

/// The highlighted view of a record: a self-contained HTML document.
fn render_page(py: Python<'_>, article: &PyArticle) -> PyResult<String> {
    let text = rust_string(article.text.bind(py))?;
    let extractor = default_extractor(py);
    py.detach(|| guard(|| Ok(extractor.show(&text, &article.inner, article.layout))))
        .map_err(|f| to_pyerr(py, &f, None))
}

/// The record highlighted on its page, as one self-contained HTML document (inline CSS, no
/// script): line roles, facts and repairs marked, the record beside.
#[pyfunction]
fn render(py: Python<'_>, article: &Bound<'_, PyArticle>) -> PyResult<String> {
    render_page(py, article.get())
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

/// The keyword arguments of `extract` and `extract_many` besides the batch ones.
struct CallArgs<'a, 'py> {
    encoding: Option<&'a str>,
    published_at: Option<&'a Bound<'py, PyAny>>,
    format: &'a str,
    layout: bool,
    title: Option<String>,
    source: Option<String>,
}

/// One call's settings: the extractor with the per-call options applied (cheap: shares the
/// resources), how to read inputs, and the meta the caller knows.
struct Call<'e> {
    extractor: Cow<'e, Extractor>,
    format: Format,
    layout: bool,
    /// Fragment mode's options; in page mode they fill what the page leaves empty.
    text: TextOptions,
    title: Option<String>,
    source: Option<String>,
    published_at: Option<String>,
}

impl<'e> Call<'e> {
    fn new(py: Python<'_>, extractor: &'e Extractor, args: CallArgs<'_, '_>) -> PyResult<Self> {
        let err = |e: zhnews::Error| to_pyerr(py, &e.into(), None);
        let mut extractor = Cow::Borrowed(extractor);
        if let Some(label) = args.encoding {
            extractor = Cow::Owned(extractor.with_encoding(label).map_err(err)?);
        }
        let mut text = TextOptions::new();
        let mut published_at = None;
        if let Some(date) = args.published_at {
            let iso = iso_date(date)?;
            extractor = Cow::Owned(extractor.with_reference_date(&iso).map_err(err)?);
            if !args.layout {
                text = text.published_at(&iso).map_err(err)?;
            }
            // A date with its day is the record's date where the page states none.
            published_at = zhnews::DateValue::parse(&iso).filter(|d| d.day.is_some()).map(|d| d.to_string());
        }
        if let Some(title) = &args.title {
            text = text.title(title.as_str());
        }
        if let Some(source) = &args.source {
            text = text.source(source.as_str());
        }
        Ok(Call {
            extractor,
            format: format(args.format)?,
            layout: args.layout,
            text,
            title: args.title,
            source: args.source,
            published_at,
        })
    }

    fn reads_html(&self, bytes: &[u8]) -> bool {
        self.format == Format::Html || (self.format == Format::Auto && zhnews::html::looks_like_html(bytes))
    }

    /// Page mode: the caller's title, source and date fill the fields the page leaves empty.
    fn fill_meta(&self, article: &mut Article) {
        let meta = &mut article.meta;
        let normalized = |s: &String| self.extractor.normalize(s).into_string();
        if meta.title.is_none() {
            meta.title = self.title.as_ref().map(normalized);
        }
        if meta.source.is_none() {
            meta.source = self.source.as_ref().map(normalized);
        }
        if meta.published_at.is_none() {
            meta.published_at.clone_from(&self.published_at);
        }
    }
}

fn extract_one(
    py: Python<'_>,
    extractor: &Extractor,
    text: &Bound<'_, PyAny>,
    args: CallArgs<'_, '_>,
) -> PyResult<PyArticle> {
    let call = Call::new(py, extractor, args)?;
    let input = input(text)?;
    let extracted = py.detach(|| run(&call, &input)).map_err(|f| to_pyerr(py, &f, None))?;
    article(py, text, extracted, call.layout)
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

fn extract_many_impl(
    py: Python<'_>,
    extractor: &Extractor,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    errors: &str,
    args: CallArgs<'_, '_>,
) -> PyResult<Vec<Py<PyAny>>> {
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
    let call = Call::new(py, extractor, args)?;
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
        parallel_map(&runnable, threads, |(_, x)| run(&call, x), |r| on_error == OnError::Raise && r.is_err())
    });

    let mut by_index: Vec<Option<Result<Extracted, Failure>>> = (0..objects.len()).map(|_| None).collect();
    for (&(i, _), outcome) in runnable.iter().zip(outcomes) {
        by_index[i] = outcome;
    }

    let mut out: Vec<Py<PyAny>> = Vec::with_capacity(objects.len());
    for (i, ((obj, read), outcome)) in objects.iter().zip(inputs).zip(by_index).enumerate() {
        let result = match (read, outcome) {
            (Err(e), _) => Err(e),
            (Ok(_), Some(Ok(extracted))) => article(py, obj, extracted, call.layout),
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
    #[pyo3(signature = (text, *, encoding = None, published_at = None, format = "auto", layout = true, title = None, source = None))]
    #[allow(clippy::too_many_arguments)]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        encoding: Option<&str>,
        published_at: Option<&Bound<'_, PyAny>>,
        format: &str,
        layout: bool,
        title: Option<String>,
        source: Option<String>,
    ) -> PyResult<PyArticle> {
        let args = CallArgs { encoding, published_at, format, layout, title, source };
        extract_one(py, &self.inner, text, args)
    }

    /// See `zhnews.extract_many`.
    #[pyo3(signature = (texts, *, threads = None, errors = "raise", encoding = None, published_at = None, format = "auto", layout = true, title = None, source = None))]
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
        layout: bool,
        title: Option<String>,
        source: Option<String>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let args = CallArgs { encoding, published_at, format, layout, title, source };
        extract_many_impl(py, &self.inner, texts, threads, errors, args)
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
#[pyo3(signature = (text, *, encoding = None, published_at = None, format = "auto", layout = true, title = None, source = None))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
    format: &str,
    layout: bool,
    title: Option<String>,
    source: Option<String>,
) -> PyResult<PyArticle> {
    let args = CallArgs { encoding, published_at, format, layout, title, source };
    extract_one(py, default_extractor(py), text, args)
}

/// Extracts many articles in parallel on Rust threads; the output is in input order.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, errors = "raise", encoding = None, published_at = None, format = "auto", layout = true, title = None, source = None))]
#[allow(clippy::too_many_arguments)]
fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    errors: &str,
    encoding: Option<&str>,
    published_at: Option<&Bound<'_, PyAny>>,
    format: &str,
    layout: bool,
    title: Option<String>,
    source: Option<String>,
) -> PyResult<Vec<Py<PyAny>>> {
    let args = CallArgs { encoding, published_at, format, layout, title, source };
    extract_many_impl(py, default_extractor(py), texts, threads, errors, args)
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

/// The JSON Schema (draft 2020-12) of the record, as JSON text.
#[pyfunction]
fn record_schema() -> String {
    zhnews::schema::record_schema()
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
    m.add_function(wrap_pyfunction!(render, m)?)?;
    m.add_function(wrap_pyfunction!(record_schema, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_table_columns, m)?)?;
    m.add_class::<PyExtractor>()?;
    m.add_class::<PyNormalized>()?;
    records::register(m)?;
    errors::register(m)?;
    Ok(())
}
