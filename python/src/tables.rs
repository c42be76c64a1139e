//! The tables of `zhnews::tables` as plain Python columns, which `zhnews/_tables.py` turns
//! into pyarrow Tables (so that the native module needs no pyarrow).
//!
//! **In:** records (`Article` objects) and one id per record. **Out:** for each table of
//! `zhnews::tables::TABLE_NAMES`, in order, `(name, [(column, type, nullable, values)])`
//! with `type` one of `int64`, `float64`, `string`, `list<string>` and `values` a list
//! (`None` for null).

use crate::records::PyArticle;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use zhnews::tables::{Table, TablesBuilder, Values};

/// One column: name, Arrow type name, nullable, values.
type PyColumn<'py> = (&'static str, &'static str, bool, Bound<'py, PyAny>);

fn values<'py>(py: Python<'py>, values: Values) -> PyResult<(&'static str, Bound<'py, PyAny>)> {
    Ok(match values {
        Values::Int(v) => ("int64", v.into_pyobject(py)?.into_any()),
        Values::Float(v) => ("float64", v.into_pyobject(py)?.into_any()),
        Values::Str(v) => ("string", v.into_pyobject(py)?.into_any()),
        Values::StrList(v) => ("list<string>", v.into_pyobject(py)?.into_any()),
    })
}

fn columns(py: Python<'_>, table: Table) -> PyResult<(&'static str, Vec<PyColumn<'_>>)> {
    let columns = table
        .columns
        .into_iter()
        .map(|c| values(py, c.values).map(|(kind, v)| (c.name, kind, c.nullable, v)))
        .collect::<PyResult<_>>()?;
    Ok((table.name, columns))
}

/// The columns of every table for `articles`, the i-th identified by `ids[i]`.
#[pyfunction]
pub fn _table_columns<'py>(
    py: Python<'py>,
    articles: Vec<PyRef<'py, PyArticle>>,
    ids: Vec<String>,
) -> PyResult<Vec<(&'static str, Vec<PyColumn<'py>>)>> {
    if ids.len() != articles.len() {
        return Err(PyValueError::new_err(format!("{} ids for {} articles", ids.len(), articles.len())));
    }
    let mut builder = TablesBuilder::new();
    for (article, id) in articles.iter().zip(&ids) {
        builder.push(id, &article.inner);
    }
    builder.take().into_iter().map(|t| columns(py, t)).collect()
}
