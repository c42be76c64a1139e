//! The exception hierarchy, and the one place where Rust failures become Python exceptions.
//!
//! Every error of the library is a `zhnews.Error`, itself a `ValueError` (the input is what
//! was wrong). Subclasses say which case it was and carry its details as attributes. A Rust
//! panic never crosses the boundary: [`guard`] catches it and reports an `InternalError`
//! (still a `zhnews.Error`), never pyo3's `PanicException`, which derives from
//! `BaseException` and would escape `except Exception`. The panic's message, place and
//! backtrace (where `RUST_BACKTRACE` asks for one) go into that exception, not to stderr.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::{create_exception, IntoPyObjectExt};
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

create_exception!(zhnews, Error, PyValueError, "Base class of every zhnews error (a ValueError).");
create_exception!(zhnews, DecodeError, Error, "Strict decoding met a malformed byte sequence.");
create_exception!(zhnews, InputTooLarge, Error, "The input is larger than the configured limit.");
create_exception!(zhnews, NotText, Error, "The input looks like binary data, not text.");
create_exception!(zhnews, UnknownEncoding, Error, "An encoding label the WHATWG Encoding Standard does not know.");
create_exception!(zhnews, InvalidDate, Error, "A reference date that is not ISO 8601 (YYYY[-MM[-DD]]).");
create_exception!(zhnews, InternalError, Error, "A bug in zhnews met by this input (please report it).");

/// Why one input produced no record.
#[derive(Debug, Clone)]
pub enum Failure {
    /// The library refused the input.
    Lib(zhnews::Error),
    /// The library panicked (a bug): the panic message.
    Panic(String),
}

impl From<zhnews::Error> for Failure {
    fn from(e: zhnews::Error) -> Self {
        Failure::Lib(e)
    }
}

/// The message a panic was raised with.
fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

thread_local! {
    /// Inside [`guard`] on this thread: `Some`, and the report of a panic once one happened.
    static CAUGHT: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// Installs, once, a panic hook that keeps the report of a panic inside [`guard`] for the
/// exception and leaves every other panic to the hook that was there before.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let kept = CAUGHT.with(|c| match c.try_borrow_mut() {
                Ok(mut slot) if slot.is_some() => {
                    let trace = std::backtrace::Backtrace::capture();
                    let trace = match trace.status() {
                        std::backtrace::BacktraceStatus::Captured => format!("\n{trace}"),
                        _ => String::new(),
                    };
                    let message = payload_message(info.payload());
                    let place = info.location().map(|l| format!(" (panicked at {l})")).unwrap_or_default();
                    *slot = Some(Some(format!("{message}{place}{trace}")));
                    true
                }
                _ => false,
            });
            if !kept {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into [`Failure::Panic`] with its report (nothing on stderr).
pub fn guard<T>(f: impl FnOnce() -> Result<T, zhnews::Error>) -> Result<T, Failure> {
    install_hook();
    let outer = CAUGHT.with(|c| c.replace(Some(None)));
    let result = catch_unwind(AssertUnwindSafe(f));
    let report = CAUGHT.with(|c| c.replace(outer)).flatten();
    match result {
        Ok(result) => result.map_err(Failure::Lib),
        Err(payload) => Err(Failure::Panic(report.unwrap_or_else(|| payload_message(&*payload)))),
    }
}

/// Attributes to set on an exception, by name.
type Attributes = Vec<(&'static str, PyResult<Py<PyAny>>)>;

/// The Python exception for `failure`; `index` (the item of `extract_many`) prefixes the
/// message and is stored as the `index` attribute.
pub fn to_pyerr(py: Python<'_>, failure: &Failure, index: Option<usize>) -> PyErr {
    let prefix = index.map(|i| format!("item {i}: ")).unwrap_or_default();
    let (err, attrs): (PyErr, Attributes) = match failure {
        Failure::Lib(e) => {
            let message = format!("{prefix}{e}");
            match e {
                zhnews::Error::TooLarge { size, limit } => (
                    InputTooLarge::new_err(message),
                    vec![("size", size.into_py_any(py)), ("limit", limit.into_py_any(py))],
                ),
                zhnews::Error::NotText { reason } => {
                    (NotText::new_err(message), vec![("reason", reason.into_py_any(py))])
                }
                zhnews::Error::Decode { encoding, offset } => (
                    DecodeError::new_err(message),
                    vec![("encoding", encoding.into_py_any(py)), ("offset", offset.into_py_any(py))],
                ),
                zhnews::Error::UnknownEncoding(label) => {
                    (UnknownEncoding::new_err(message), vec![("label", label.into_py_any(py))])
                }
                zhnews::Error::InvalidDate(value) => {
                    (InvalidDate::new_err(message), vec![("value", value.into_py_any(py))])
                }
                // An error kind newer than this binding: still a `zhnews.Error`.
                _ => (Error::new_err(message), Vec::new()),
            }
        }
        Failure::Panic(message) => {
            (InternalError::new_err(format!("{prefix}internal error (please report it): {message}")), Vec::new())
        }
    };
    let value = err.value(py);
    // Setting an attribute on a fresh exception instance cannot fail in practice; if it
    // did, the exception would still carry its message, which is what matters.
    for (name, v) in attrs {
        if let Ok(v) = v {
            let _ = value.setattr(name, v);
        }
    }
    if let Some(i) = index {
        let _ = value.setattr("index", i);
    }
    err
}

/// Adds the exception classes to the module, with class-level defaults for the attributes
/// (so that `err.index` is `None` outside `extract_many` instead of an `AttributeError`).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("Error", py.get_type::<Error>())?;
    py.get_type::<Error>().setattr("index", py.None())?;
    m.add("DecodeError", py.get_type::<DecodeError>())?;
    m.add("InputTooLarge", py.get_type::<InputTooLarge>())?;
    m.add("NotText", py.get_type::<NotText>())?;
    m.add("UnknownEncoding", py.get_type::<UnknownEncoding>())?;
    m.add("InvalidDate", py.get_type::<InvalidDate>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    Ok(())
}
