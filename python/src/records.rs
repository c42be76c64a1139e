//! The record types of `zhnews` as immutable Python classes.
//!
//! Each class wraps the Rust value and exposes every field of it as a read-only attribute
//! with the name and value the JSON record has (enum kinds as their JSON strings, dates as
//! ISO strings, offsets as code points of the original, i.e. Python `str` indices).
//! `to_dict()` serializes the Rust value with serde into Python objects, so it is the JSON
//! shape by construction (and `to_json()` is the Rust JSON itself). Facts that carry one
//! mention expose it both flattened (`text`, `start`, `end`, as in the JSON) and as
//! `.mention`. Lists are built on each access: mutating one does not change the record.
//! Instances compare by value and pickle (through their JSON).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use pyo3::BoundObject;
use serde::Serialize;
use zhnews::{DateMention, Event, Figure, Institution, Mention, Meta, Person, Program, Repair};

/// What `__reduce__` returns: the callable that rebuilds the object, and its arguments.
pub type Reduce<'py, Args> = (Bound<'py, PyAny>, Args);

/// The JSON string of a unit enum (`"primary_care"`, `"first_half"`, `"traditional"`).
pub fn enum_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Python `repr()` of a value convertible to Python, for building reprs.
fn pyrepr<'py, T: IntoPyObject<'py>>(py: Python<'py>, value: T) -> String {
    value
        .into_pyobject(py)
        .ok()
        .and_then(|v| v.into_bound().into_any().repr().ok().map(|r| r.to_string()))
        .unwrap_or_else(|| "?".to_string())
}

fn to_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value).map_err(|e| PyValueError::new_err(e.to_string()))
}

fn to_json<T: Serialize>(value: &T, pretty: bool) -> PyResult<String> {
    let json = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    json.map_err(|e| PyValueError::new_err(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> PyResult<T> {
    serde_json::from_str(json).map_err(|e| PyValueError::new_err(format!("not a zhnews record: {e}")))
}

/// Field conversions for the getters of `record_class!`: each reads a Rust field as the
/// value Python sees (the JSON value: enum names, ISO dates, wrapped mentions).
fn str_of(s: &str) -> &str {
    s
}

fn opt_str(s: &Option<String>) -> Option<&str> {
    s.as_deref()
}

fn cloned<T: Clone>(v: &T) -> T {
    v.clone()
}

fn opt_enum<T: Serialize>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(enum_name)
}

fn iso(v: &zhnews::DateValue) -> String {
    v.to_string()
}

fn opt_iso(v: &Option<zhnews::DateValue>) -> Option<String> {
    v.map(|v| v.to_string())
}

fn mentions(mentions: &[Mention]) -> Vec<PyMention> {
    wrap(mentions, |inner| PyMention { inner })
}

/// Python objects wrapping copies of `items`.
fn wrap<T: Clone, P>(items: &[T], new: impl Fn(T) -> P) -> Vec<P> {
    items.iter().cloned().map(new).collect()
}

fn mention(m: &Mention) -> PyMention {
    PyMention { inner: m.clone() }
}

/// Declares a frozen class wrapping `$inner`: the methods every record class has
/// (`to_dict`, `to_json`, pickling), one read-only attribute per entry of `fields`
/// (`name: PythonType = conversion(path.in.the.rust.value)`), listed in `__repr__` in that
/// order, the attributes of `also` (not in the repr), then its own `$methods`. A `located`
/// class has one mention, flattened (`text`, `start`, `end` last in the repr) and as `mention`.
macro_rules! record_class {
    (
        $(#[$attr:meta])* $name:literal, $py:ident, $inner:ty,
        located fields { $($fields:tt)* }
        { $($methods:tt)* }
    ) => {
        record_class!(
            $(#[$attr])* $name, $py, $inner,
            fields {
                $($fields)*
                text: &str = str_of(mention.text),
                start: usize = cloned(mention.start),
                end: usize = cloned(mention.end),
            }
            also { mention: PyMention = mention(mention) }
            { $($methods)* }
        );
    };
    (
        $(#[$attr:meta])* $name:literal, $py:ident, $inner:ty,
        fields { $($f:ident: $out:ty = $conv:ident($($path:ident).+)),* $(,)? }
        also { $($g:ident: $gout:ty = $gconv:ident($($gpath:ident).+)),* $(,)? }
        $(extra { $($x:ident: $xt:ty),* $(,)? } shown { $($sh:ident),* $(,)? })?
        { $($methods:tt)* }
    ) => {
        $(#[$attr])*
        #[pyclass(module = "zhnews", name = $name, frozen, eq)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $py {
            pub inner: $inner,
            $($(pub $x: $xt,)*)?
        }

        #[pymethods]
        impl $py {
            /// The record as plain Python objects, exactly the JSON shape.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_dict(py, &self.inner)
            }

            /// The record as JSON (one line, or indented with `pretty=True`).
            #[pyo3(signature = (*, pretty = false))]
            fn to_json(&self, pretty: bool) -> PyResult<String> {
                to_json(&self.inner, pretty)
            }

            #[staticmethod]
            fn _from_json(json: &str) -> PyResult<Self> {
                Ok($py { inner: from_json(json)?, $($($x: Default::default(),)*)? })
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, (String,)>> {
                Ok((slf.get_type().getattr("_from_json")?, (to_json(&slf.get().inner, false)?,)))
            }

            $(
                #[getter]
                fn $f(&self) -> $out {
                    $conv(&self.inner.$($path).+)
                }
            )*

            $(
                #[getter]
                fn $g(&self) -> $gout {
                    $gconv(&self.inner.$($gpath).+)
                }
            )*

            fn __repr__(&self, py: Python<'_>) -> String {
                #[allow(unused_mut)]
                let mut fields: Vec<String> =
                    vec![$(format!(concat!(stringify!($f), "={}"), pyrepr(py, $conv(&self.inner.$($path).+)))),*];
                $($(fields.push(format!(concat!(stringify!($sh), "={}"), pyrepr(py, self.$sh(py).ok())));)*)?
                format!(concat!($name, "({})"), fields.join(", "))
            }

            $($methods)*
        }
    };
}

record_class!(
    /// One mention: the original text and its code-point offsets.
    "Mention", PyMention, Mention,
    fields { text: &str = str_of(text), start: usize = cloned(start), end: usize = cloned(end) }
    also {}
    {
        fn __hash__(&self) -> u64 {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            self.inner.hash(&mut h);
            h.finish()
        }
    }
);

record_class!(
    /// One normalization change, located in the original. `before` is the original text of
    /// the span, lone surrogates of a Python `str` included (`surrogates` keeps its code
    /// points when it has some: Rust text reads them as U+FFFD).
    "Repair", PyRepair, Repair,
    fields {
        kind: String = enum_name(kind),
        start: usize = cloned(start),
        end: usize = cloned(end),
    }
    also {}
    extra { surrogates: Option<Vec<u32>> } shown { before, after }
    {
        /// The normalized text made from the span.
        #[getter]
        fn after<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            Ok(PyString::new(py, &self.inner.after).into_any())
        }

        /// The original text of the span.
        #[getter]
        fn before<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            match &self.surrogates {
                None => Ok(PyString::new(py, &self.inner.before).into_any()),
                Some(units) => {
                    let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
                    pyo3::types::PyBytes::new(py, &bytes).call_method1("decode", ("utf-32-le", "surrogatepass"))
                }
            }
        }
    }
);

impl PyRepair {
    /// A repair with its `before` as Rust has it.
    pub fn new(inner: Repair) -> Self {
        PyRepair { inner, surrogates: None }
    }
}

/// The repairs as Python sees them in `text`, the `str` that was given: where it holds lone
/// surrogates (which Rust read as U+FFFD), a repair's `before` is its slice of `text`, and
/// each surrogate no repair covers is a `damaged` repair of its own (U+FFFD after).
pub fn located_repairs(text: &Bound<'_, PyString>, repairs: &[Repair]) -> PyResult<Vec<PyRepair>> {
    if text.to_cow().is_ok() {
        return Ok(wrap(repairs, PyRepair::new));
    }
    let utf32 = text.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let units: Vec<u32> = utf32
        .cast::<pyo3::types::PyBytes>()?
        .as_bytes()
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let is_surrogate = |u: &u32| (0xD800..=0xDFFF).contains(u);
    let mut out: Vec<PyRepair> = Vec::with_capacity(repairs.len());
    for r in repairs {
        let slice = units.get(r.start..r.end).unwrap_or(&[]);
        let surrogates = slice.iter().any(is_surrogate).then(|| slice.to_vec());
        out.push(PyRepair { inner: r.clone(), surrogates });
    }
    for (i, u) in units.iter().enumerate().filter(|(_, u)| is_surrogate(u)) {
        if !repairs.iter().any(|r| r.start <= i && i < r.end) {
            let inner = Repair {
                kind: zhnews::RepairKind::Damaged,
                start: i,
                end: i + 1,
                before: "\u{fffd}".to_string(),
                after: "\u{fffd}".to_string(),
            };
            out.push(PyRepair { inner, surrogates: Some(vec![*u]) });
        }
    }
    out.sort_by_key(|r| (r.inner.start, r.inner.end));
    Ok(out)
}

record_class!(
    /// Page metadata.
    "Meta", PyMeta, Meta,
    fields {
        title: Option<&str> = opt_str(title),
        published_at: Option<&str> = opt_str(published_at),
        source: Option<&str> = opt_str(source),
        authors: Vec<String> = cloned(authors),
        editors: Vec<String> = cloned(editors),
        original_title: Option<&str> = opt_str(original_title),
        script: String = enum_name(script),
        encoding: &str = str_of(encoding),
    }
    also {}
    {}
);

record_class!(
    /// A named organization, with every mention.
    "Institution", PyInstitution, Institution,
    fields {
        name: &str = str_of(name),
        kind: String = enum_name(kind),
        region: Option<&str> = opt_str(region),
        aliases: Vec<String> = cloned(aliases),
        mentions: Vec<PyMention> = mentions(mentions),
    }
    also {}
    {}
);

record_class!(
    /// A quantity stated in the text.
    "Figure", PyFigure, Figure,
    located fields {
        value: f64 = cloned(value),
        upper: Option<f64> = cloned(upper),
        unit: Option<&str> = opt_str(unit),
        kind: String = enum_name(kind),
        approx: String = enum_name(approx),
        subject: Option<&str> = opt_str(subject),
    }
    {}
);

record_class!(
    /// A calendar expression; values are ISO 8601 strings at the precision stated.
    "DateMention", PyDateMention, DateMention,
    located fields {
        value: String = iso(value),
        end_value: Option<String> = opt_iso(end_value),
        kind: String = enum_name(kind),
        modifier: Option<String> = opt_enum(modifier),
        label: Option<&str> = opt_str(label),
    }
    {}
);

record_class!(
    /// A named policy instrument.
    "Program", PyProgram, Program,
    located fields {
        name: &str = str_of(name),
        category: Option<&str> = opt_str(category),
    }
    {}
);

record_class!(
    /// A person with the titles the article gives.
    "Person", PyPerson, Person,
    fields {
        name: &str = str_of(name),
        titles: Vec<String> = cloned(titles),
        organization: Option<&str> = opt_str(organization),
        mentions: Vec<PyMention> = mentions(mentions),
    }
    also {}
    {}
);

record_class!(
    /// A named meeting, congress, forum or exchange.
    "Event", PyEvent, Event,
    fields {
        name: &str = str_of(name),
        date: Option<&str> = opt_str(date),
        mentions: Vec<PyMention> = mentions(mentions),
    }
    also {}
    {}
);

/// The record of one article, with the decoded original text its offsets point into.
#[pyclass(module = "zhnews", name = "Article", frozen, eq)]
#[derive(Debug)]
pub struct PyArticle {
    pub inner: zhnews::Article,
    /// The decoded original: the `str` given, or the text decoded from the bytes given.
    pub text: Py<PyString>,
    /// How it was extracted (page or fragment mode): the view needs it.
    pub layout: zhnews::Layout,
}

/// `layout=True` of the Python API: page mode.
pub fn layout_of(page: bool) -> zhnews::Layout {
    if page {
        zhnews::Layout::Page
    } else {
        zhnews::Layout::Fragment
    }
}

impl PartialEq for PyArticle {
    /// Equal records; the texts are then equal wherever the records point into them.
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyArticle {
    /// The decoded original text; every `start`/`end` of the record indexes it.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }
    #[getter]
    fn schema_version(&self) -> u32 {
        self.inner.schema_version
    }
    #[getter]
    fn meta(&self) -> PyMeta {
        PyMeta { inner: self.inner.meta.clone() }
    }
    #[getter]
    fn body(&self) -> &str {
        &self.inner.body
    }
    /// Every normalization change, located in the original.
    #[getter]
    fn repairs(&self, py: Python<'_>) -> PyResult<Vec<PyRepair>> {
        located_repairs(self.text.bind(py), &self.inner.repairs)
    }
    /// The organizations, in order of first mention.
    #[getter]
    fn institutions(&self) -> Vec<PyInstitution> {
        wrap(&self.inner.institutions, |inner| PyInstitution { inner })
    }
    /// The quantities, in text order.
    #[getter]
    fn figures(&self) -> Vec<PyFigure> {
        wrap(&self.inner.figures, |inner| PyFigure { inner })
    }
    /// The calendar expressions, in text order.
    #[getter]
    fn dates(&self) -> Vec<PyDateMention> {
        wrap(&self.inner.dates, |inner| PyDateMention { inner })
    }
    /// The policy instruments, in text order.
    #[getter]
    fn programs(&self) -> Vec<PyProgram> {
        wrap(&self.inner.programs, |inner| PyProgram { inner })
    }
    /// The people, in order of first mention.
    #[getter]
    fn people(&self) -> Vec<PyPerson> {
        wrap(&self.inner.people, |inner| PyPerson { inner })
    }
    /// The meetings, congresses, forums and exchanges, in order of first mention.
    #[getter]
    fn events(&self) -> Vec<PyEvent> {
        wrap(&self.inner.events, |inner| PyEvent { inner })
    }

    /// The record as plain Python objects, exactly the JSON shape (without `text`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The record as JSON, as the Rust library prints it (one line, or indented with `pretty=True`).
    #[pyo3(signature = (*, pretty = false))]
    fn to_json(&self, pretty: bool) -> PyResult<String> {
        to_json(&self.inner, pretty)
    }

    /// Reads a record back from its JSON, with the original text its offsets point into
    /// (`layout=False` for a record of fragment mode).
    #[staticmethod]
    #[pyo3(signature = (json, text, layout = true))]
    fn from_json(json: &str, text: Py<PyString>, layout: bool) -> PyResult<Self> {
        Ok(PyArticle { inner: from_json(json)?, text, layout: layout_of(layout) })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, (String, Py<PyString>, bool)>> {
        let this = slf.get();
        let page = this.layout == zhnews::Layout::Page;
        Ok((slf.get_type().getattr("from_json")?, (to_json(&this.inner, false)?, this.text.clone_ref(slf.py()), page)))
    }

    /// The record's tables (see `zhnews.to_tables`), with `article_id` in their
    /// `article_id` column: a dict of pyarrow Tables.
    #[pyo3(signature = (article_id = "0"))]
    fn to_frames<'py>(slf: &Bound<'py, Self>, article_id: &str) -> PyResult<Bound<'py, PyAny>> {
        let to_tables = slf.py().import("zhnews")?.getattr("to_tables")?;
        to_tables.call1(([slf], [article_id]))
    }

    /// The record highlighted on its text, for Jupyter: see `zhnews.render`.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        let page = crate::render_page(py, self)?;
        // The document's body is one self-contained, scoped element.
        let start = page.find("<body>\n").map_or(0, |i| i + "<body>\n".len());
        let end = page.rfind("</body>").unwrap_or(page.len());
        Ok(page[start..end].to_string())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let a = &self.inner;
        format!(
            "Article(title={}, published_at={}, encoding={}, script={}, repairs={}, institutions={}, figures={}, dates={}, programs={}, people={}, events={})",
            pyrepr(py, a.meta.title.as_deref()),
            pyrepr(py, a.meta.published_at.as_deref()),
            pyrepr(py, a.meta.encoding.as_str()),
            pyrepr(py, enum_name(&a.meta.script)),
            a.repairs.len(),
            a.institutions.len(),
            a.figures.len(),
            a.dates.len(),
            a.programs.len(),
            a.people.len(),
            a.events.len(),
        )
    }
}

/// Adds the record classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyArticle>()?;
    m.add_class::<PyMeta>()?;
    m.add_class::<PyRepair>()?;
    m.add_class::<PyMention>()?;
    m.add_class::<PyInstitution>()?;
    m.add_class::<PyFigure>()?;
    m.add_class::<PyDateMention>()?;
    m.add_class::<PyProgram>()?;
    m.add_class::<PyPerson>()?;
    m.add_class::<PyEvent>()?;
    Ok(())
}
