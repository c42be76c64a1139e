"""The record as tables: ``to_tables`` turns records into one pyarrow Table per fact type.

The tables are defined once, in Rust (``zhnews::tables``); the native module hands over
plain columns and this module only wraps them in pyarrow, which is optional
(``pip install 'zhnews[arrow]'``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Optional

from . import _zhnews

if TYPE_CHECKING:
    import pyarrow


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as e:
        raise ImportError(
            "zhnews.to_tables needs pyarrow: pip install 'zhnews[arrow]' (or pip install pyarrow)"
        ) from e
    return pyarrow


def to_tables(
    articles: Iterable[_zhnews.Article], ids: Optional[Sequence[str]] = None
) -> dict[str, pyarrow.Table]:
    """One pyarrow Table per fact type for ``articles``, by table name.

    ``ids`` gives each article's ``article_id`` (a path, a URL, a key of yours); by default
    it is the article's position in ``articles`` as a decimal string. See the "Tables"
    section of docs/FACTS.md for the tables, their rows and columns.
    """
    pa = _pyarrow()
    articles = list(articles)
    ids = [str(i) for i in range(len(articles))] if ids is None else [str(i) for i in ids]
    types = {
        "int64": pa.int64(),
        "float64": pa.float64(),
        "string": pa.string(),
        "list<string>": pa.list_(pa.string()),
    }
    tables = {}
    for name, columns in _zhnews._table_columns(articles, ids):
        schema = pa.schema([pa.field(c, types[t], nullable=nullable) for c, t, nullable, _ in columns])
        arrays = [pa.array(values, type=types[t]) for _, t, _, values in columns]
        tables[name] = pa.Table.from_arrays(arrays, schema=schema)
    return tables
