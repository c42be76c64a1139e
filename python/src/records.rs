//! The record types of `zhnews::record` as immutable Python classes.
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

fn mention_reprs(py: Python<'_>, mentions: &[Mention]) -> String {
    let items: Vec<String> = mentions.iter().map(|m| mention_repr(py, m)).collect();
    format!("[{}]", items.join(", "))
}

fn mention_repr(py: Python<'_>, m: &Mention) -> String {
    format!("Mention(text={}, start={}, end={})", pyrepr(py, m.text.as_str()), m.start, m.end)
}

fn mentions(mentions: &[Mention]) -> Vec<PyMention> {
    mentions.iter().cloned().map(|inner| PyMention { inner }).collect()
}

/// Declares a frozen class wrapping `$inner`, with the methods every record class has
/// (`to_dict`, `to_json`, pickling) followed by its own `$methods`.
macro_rules! record_class {
    ($(#[$attr:meta])* $name:literal, $py:ident, $inner:ty, { $($methods:tt)* }) => {
        $(#[$attr])*
        #[pyclass(module = "zhnews", name = $name, frozen, eq)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $py {
            pub inner: $inner,
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
                Ok($py { inner: from_json(json)? })
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, (String,)>> {
                Ok((slf.get_type().getattr("_from_json")?, (to_json(&slf.get().inner, false)?,)))
            }

            $($methods)*
        }
    };
}

record_class!(
    /// One mention: the original text and its code-point offsets.
    "Mention", PyMention, Mention, {
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    #[getter]
    fn start(&self) -> usize {
        self.inner.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.inner.end
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        mention_repr(py, &self.inner)
    }
    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }
});

record_class!(
    /// One normalization change, located in the original.
    "Repair", PyRepair, Repair, {
    #[getter]
    fn kind(&self) -> String {
        enum_name(&self.inner.kind)
    }
    #[getter]
    fn start(&self) -> usize {
        self.inner.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.inner.end
    }
    #[getter]
    fn before(&self) -> &str {
        &self.inner.before
    }
    #[getter]
    fn after(&self) -> &str {
        &self.inner.after
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let r = &self.inner;
        format!(
            "Repair(kind={}, start={}, end={}, before={}, after={})",
            pyrepr(py, enum_name(&r.kind)),
            r.start,
            r.end,
            pyrepr(py, r.before.as_str()),
            pyrepr(py, r.after.as_str())
        )
    }
});

record_class!(
    /// Page metadata.
    "Meta", PyMeta, Meta, {
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }
    #[getter]
    fn published_at(&self) -> Option<&str> {
        self.inner.published_at.as_deref()
    }
    #[getter]
    fn source(&self) -> Option<&str> {
        self.inner.source.as_deref()
    }
    #[getter]
    fn authors(&self) -> Vec<String> {
        self.inner.authors.clone()
    }
    #[getter]
    fn editors(&self) -> Vec<String> {
        self.inner.editors.clone()
    }
    #[getter]
    fn original_title(&self) -> Option<&str> {
        self.inner.original_title.as_deref()
    }
    #[getter]
    fn script(&self) -> String {
        enum_name(&self.inner.script)
    }
    #[getter]
    fn encoding(&self) -> &str {
        &self.inner.encoding
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let m = &self.inner;
        format!(
            "Meta(title={}, published_at={}, source={}, authors={}, editors={}, original_title={}, script={}, encoding={})",
            pyrepr(py, m.title.as_deref()),
            pyrepr(py, m.published_at.as_deref()),
            pyrepr(py, m.source.as_deref()),
            pyrepr(py, &m.authors),
            pyrepr(py, &m.editors),
            pyrepr(py, m.original_title.as_deref()),
            pyrepr(py, enum_name(&m.script)),
            pyrepr(py, m.encoding.as_str()),
        )
    }
});

record_class!(
    /// A named organization, with every mention.
    "Institution", PyInstitution, Institution, {
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn kind(&self) -> String {
        enum_name(&self.inner.kind)
    }
    #[getter]
    fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }
    #[getter]
    fn aliases(&self) -> Vec<String> {
        self.inner.aliases.clone()
    }
    #[getter]
    fn mentions(&self) -> Vec<PyMention> {
        mentions(&self.inner.mentions)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let i = &self.inner;
        format!(
            "Institution(name={}, kind={}, region={}, aliases={}, mentions={})",
            pyrepr(py, i.name.as_str()),
            pyrepr(py, enum_name(&i.kind)),
            pyrepr(py, i.region.as_deref()),
            pyrepr(py, &i.aliases),
            mention_reprs(py, &i.mentions),
        )
    }
});

record_class!(
    /// A quantity stated in the text.
    "Figure", PyFigure, Figure, {
    #[getter]
    fn value(&self) -> f64 {
        self.inner.value
    }
    #[getter]
    fn upper(&self) -> Option<f64> {
        self.inner.upper
    }
    #[getter]
    fn unit(&self) -> Option<&str> {
        self.inner.unit.as_deref()
    }
    #[getter]
    fn kind(&self) -> String {
        enum_name(&self.inner.kind)
    }
    #[getter]
    fn approx(&self) -> String {
        enum_name(&self.inner.approx)
    }
    #[getter]
    fn subject(&self) -> Option<&str> {
        self.inner.subject.as_deref()
    }
    #[getter]
    fn text(&self) -> &str {
        &self.inner.mention.text
    }
    #[getter]
    fn start(&self) -> usize {
        self.inner.mention.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.inner.mention.end
    }
    #[getter]
    fn mention(&self) -> PyMention {
        PyMention { inner: self.inner.mention.clone() }
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let f = &self.inner;
        format!(
            "Figure(value={}, upper={}, unit={}, kind={}, approx={}, subject={}, text={}, start={}, end={})",
            pyrepr(py, f.value),
            pyrepr(py, f.upper),
            pyrepr(py, f.unit.as_deref()),
            pyrepr(py, enum_name(&f.kind)),
            pyrepr(py, enum_name(&f.approx)),
            pyrepr(py, f.subject.as_deref()),
            pyrepr(py, f.mention.text.as_str()),
            f.mention.start,
            f.mention.end,
        )
    }
});

record_class!(
    /// A calendar expression; values are ISO 8601 strings at the precision stated.
    "DateMention", PyDateMention, DateMention, {
    #[getter]
    fn value(&self) -> String {
        self.inner.value.to_string()
    }
    #[getter]
    fn end_value(&self) -> Option<String> {
        self.inner.end_value.map(|v| v.to_string())
    }
    #[getter]
    fn kind(&self) -> String {
        enum_name(&self.inner.kind)
    }
    #[getter]
    fn modifier(&self) -> Option<String> {
        self.inner.modifier.as_ref().map(enum_name)
    }
    #[getter]
    fn label(&self) -> Option<&str> {
        self.inner.label.as_deref()
    }
    #[getter]
    fn text(&self) -> &str {
        &self.inner.mention.text
    }
    #[getter]
    fn start(&self) -> usize {
        self.inner.mention.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.inner.mention.end
    }
    #[getter]
    fn mention(&self) -> PyMention {
        PyMention { inner: self.inner.mention.clone() }
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let d = &self.inner;
        format!(
            "DateMention(value={}, end_value={}, kind={}, modifier={}, label={}, text={}, start={}, end={})",
            pyrepr(py, d.value.to_string()),
            pyrepr(py, d.end_value.map(|v| v.to_string())),
            pyrepr(py, enum_name(&d.kind)),
            pyrepr(py, d.modifier.as_ref().map(enum_name)),
            pyrepr(py, d.label.as_deref()),
            pyrepr(py, d.mention.text.as_str()),
            d.mention.start,
            d.mention.end,
        )
    }
});

record_class!(
    /// A named policy instrument.
    "Program", PyProgram, Program, {
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn category(&self) -> Option<&str> {
        self.inner.category.as_deref()
    }
    #[getter]
    fn text(&self) -> &str {
        &self.inner.mention.text
    }
    #[getter]
    fn start(&self) -> usize {
        self.inner.mention.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.inner.mention.end
    }
    #[getter]
    fn mention(&self) -> PyMention {
        PyMention { inner: self.inner.mention.clone() }
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let p = &self.inner;
        format!(
            "Program(name={}, category={}, text={}, start={}, end={})",
            pyrepr(py, p.name.as_str()),
            pyrepr(py, p.category.as_deref()),
            pyrepr(py, p.mention.text.as_str()),
            p.mention.start,
            p.mention.end,
        )
    }
});

record_class!(
    /// A person with the titles the article gives.
    "Person", PyPerson, Person, {
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn titles(&self) -> Vec<String> {
        self.inner.titles.clone()
    }
    #[getter]
    fn organization(&self) -> Option<&str> {
        self.inner.organization.as_deref()
    }
    #[getter]
    fn mentions(&self) -> Vec<PyMention> {
        mentions(&self.inner.mentions)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let p = &self.inner;
        format!(
            "Person(name={}, titles={}, organization={}, mentions={})",
            pyrepr(py, p.name.as_str()),
            pyrepr(py, &p.titles),
            pyrepr(py, p.organization.as_deref()),
            mention_reprs(py, &p.mentions),
        )
    }
});

record_class!(
    /// A named meeting, congress, forum or exchange.
    "Event", PyEvent, Event, {
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn date(&self) -> Option<&str> {
        self.inner.date.as_deref()
    }
    #[getter]
    fn mentions(&self) -> Vec<PyMention> {
        mentions(&self.inner.mentions)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let e = &self.inner;
        format!(
            "Event(name={}, date={}, mentions={})",
            pyrepr(py, e.name.as_str()),
            pyrepr(py, e.date.as_deref()),
            mention_reprs(py, &e.mentions),
        )
    }
});

/// The record of one article, with the decoded original text its offsets point into.
#[pyclass(module = "zhnews", name = "Article", frozen, eq)]
#[derive(Debug)]
pub struct PyArticle {
    pub inner: zhnews::Article,
    /// The decoded original: the `str` given, or the text decoded from the bytes given.
    pub text: Py<PyString>,
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
    #[getter]
    fn repairs(&self) -> Vec<PyRepair> {
        self.inner.repairs.iter().cloned().map(|inner| PyRepair { inner }).collect()
    }
    #[getter]
    fn institutions(&self) -> Vec<PyInstitution> {
        self.inner.institutions.iter().cloned().map(|inner| PyInstitution { inner }).collect()
    }
    #[getter]
    fn figures(&self) -> Vec<PyFigure> {
        self.inner.figures.iter().cloned().map(|inner| PyFigure { inner }).collect()
    }
    #[getter]
    fn dates(&self) -> Vec<PyDateMention> {
        self.inner.dates.iter().cloned().map(|inner| PyDateMention { inner }).collect()
    }
    #[getter]
    fn programs(&self) -> Vec<PyProgram> {
        self.inner.programs.iter().cloned().map(|inner| PyProgram { inner }).collect()
    }
    #[getter]
    fn people(&self) -> Vec<PyPerson> {
        self.inner.people.iter().cloned().map(|inner| PyPerson { inner }).collect()
    }
    #[getter]
    fn events(&self) -> Vec<PyEvent> {
        self.inner.events.iter().cloned().map(|inner| PyEvent { inner }).collect()
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

    /// Reads a record back from its JSON, with the original text its offsets point into.
    #[staticmethod]
    fn from_json(json: &str, text: Py<PyString>) -> PyResult<Self> {
        Ok(PyArticle { inner: from_json(json)?, text })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, (String, Py<PyString>)>> {
        let this = slf.get();
        Ok((slf.get_type().getattr("from_json")?, (to_json(&this.inner, false)?, this.text.clone_ref(slf.py()))))
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
