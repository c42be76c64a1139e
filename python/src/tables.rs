//! The tables of `zhnews::tables` as Arrow buffers, which `zhnews.to_tables` wraps in
//! pyarrow arrays without a Python object per value (and without pyarrow in this crate).
//!
//! **In:** records (`Article` objects) and one id per record. **Out:** for each table of
//! `zhnews::tables::TABLE_NAMES`, in order, `(name, [column])`, each column
//! `(name, type, nullable, array)` with `type` one of `int64`, `float64`, `string`,
//! `list<string>` and `array` = `(length, buffers, child)`: the buffers of Arrow's columnar
//! layout as `bytes` (`None` for a validity bitmap with no null; 32-bit offsets, little
//! endian) and, for a list, the array of its strings.
//!
//! **Guarantees:** the buffers are valid Arrow arrays of the type named; a string column
//! holding 2 GiB or more in one call is a `ValueError` (split the batch).

use crate::records::PyArticle;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use zhnews::tables::{Table, TablesBuilder, Values};

/// An array without children: length, buffers (`None`: no validity bitmap).
type PyLeaf<'py> = (usize, Vec<Option<Bound<'py, PyBytes>>>);
/// An array: length, buffers, the array of the strings of a list.
type PyArray<'py> = (usize, Vec<Option<Bound<'py, PyBytes>>>, Option<PyLeaf<'py>>);
/// One column: name, Arrow type name, nullable, array.
type PyColumn<'py> = (&'static str, &'static str, bool, PyArray<'py>);

/// The validity bitmap of `values` (bit i set when value i is there), `None` without nulls.
fn validity<T>(values: &[Option<T>]) -> Option<Vec<u8>> {
    if values.iter().all(Option::is_some) {
        return None;
    }
    let mut bits = vec![0u8; values.len().div_ceil(8)];
    for (i, v) in values.iter().enumerate() {
        if v.is_some() {
            bits[i / 8] |= 1 << (i % 8);
        }
    }
    Some(bits)
}

/// Arrow's offsets and data of strings (absent ones empty).
fn strings<'a>(values: impl Iterator<Item = Option<&'a str>>) -> PyResult<(Vec<u8>, Vec<u8>)> {
    let (mut offsets, mut data) = (0i32.to_le_bytes().to_vec(), Vec::new());
    for s in values {
        data.extend_from_slice(s.unwrap_or("").as_bytes());
        let end = i32::try_from(data.len()).map_err(|_| PyValueError::new_err("2 GiB of text in one column"))?;
        offsets.extend_from_slice(&end.to_le_bytes());
    }
    Ok((offsets, data))
}

fn array(py: Python<'_>, values: Values) -> PyResult<(&'static str, PyArray<'_>)> {
    let bytes = |b: Vec<u8>| Some(PyBytes::new(py, &b));
    let n = values.len();
    Ok(match values {
        Values::Int(v) => {
            let data: Vec<u8> = v.iter().flat_map(|x| x.unwrap_or(0).to_le_bytes()).collect();
            ("int64", (n, vec![validity(&v).and_then(bytes), bytes(data)], None))
        }
        Values::Float(v) => {
            let data: Vec<u8> = v.iter().flat_map(|x| x.unwrap_or(0.0).to_le_bytes()).collect();
            ("float64", (n, vec![validity(&v).and_then(bytes), bytes(data)], None))
        }
        Values::Str(v) => {
            let (offsets, data) = strings(v.iter().map(Option::as_deref))?;
            ("string", (n, vec![validity(&v).and_then(bytes), bytes(offsets), bytes(data)], None))
        }
        Values::StrList(lists) => {
            let mut offsets = 0i32.to_le_bytes().to_vec();
            let mut items = 0usize;
            for list in &lists {
                items += list.len();
                let end = i32::try_from(items).map_err(|_| PyValueError::new_err("2^31 list items in one column"))?;
                offsets.extend_from_slice(&end.to_le_bytes());
            }
            let (item_offsets, data) = strings(lists.iter().flatten().map(|s| Some(s.as_str())))?;
            let child = (items, vec![None, bytes(item_offsets), bytes(data)]);
            ("list<string>", (n, vec![None, bytes(offsets)], Some(child)))
        }
    })
}

fn columns(py: Python<'_>, table: Table) -> PyResult<(&'static str, Vec<PyColumn<'_>>)> {
    let columns = table
        .columns
        .into_iter()
        .map(|c| array(py, c.values).map(|(kind, a)| (c.name, kind, c.nullable, a)))
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
