"""Typed facts from Chinese health-policy news: the Python face of the zhnews Rust library.

>>> import zhnews
>>> article = zhnews.extract("上海市卫生健康委员会\\n2024-02-28\\n今年全市新建56家社区卫生服务中心。")
>>> article.meta.encoding
'UTF-8'

Everything is implemented in Rust (``zhnews._zhnews``); this package re-exports it, and
wraps the tables of ``to_tables`` in pyarrow (optional: ``pip install 'zhnews[arrow]'``).
See ``__init__.pyi`` for the typed API.
"""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Literal, Optional, Union

from . import _zhnews
from ._zhnews import (
    SCHEMA_VERSION,
    Article,
    DateMention,
    DecodeError,
    Error,
    Event,
    Extractor,
    Figure,
    InputTooLarge,
    Institution,
    InternalError,
    InvalidDate,
    Mention,
    Meta,
    Normalized,
    NotText,
    Person,
    Program,
    Repair,
    UnknownEncoding,
    __version__,
    extract,
    extract_many,
    normalize,
    record_schema,
    render,
    segment,
)

# Value sets of the string-typed fields, for annotations (see the JSON contract).
Script = Literal["simplified", "traditional", "mixed"]
RepairKind = Literal[
    "traditional",
    "pinyin_annotation",
    "emoji",
    "mojibake",
    "damaged",
    "width",
    "punctuation",
    "whitespace",
    "markup",
]
InstitutionKind = Literal[
    "government",
    "hospital",
    "primary_care",
    "public_health",
    "association",
    "company",
    "media",
    "education",
    "international",
    "other",
]
FigureKind = Literal["count", "percent", "money", "area", "duration", "age", "rank", "other"]
Approx = Literal["exact", "over", "under", "about"]
DateKind = Literal["point", "range", "period"]
DateModifier = Literal["end", "since", "start", "first_half", "second_half"]
#: What ``published_at`` / ``reference_date`` accept: an ISO date or a ``datetime.date``.
DateLike = Union[str, datetime.date]
#: How ``extract`` reads an input: ``"auto"`` reads ``bytes`` that look like HTML as HTML.
Format = Literal["auto", "text", "html"]
#: A user word for the segmenter: ``"word"``, ``("word", freq)`` or ``("word", freq, tag)``.
UserWord = Union[str, "tuple[str, Union[int, None]]", "tuple[str, Union[int, None], Union[str, None]]"]


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as e:
        raise ImportError(
            "zhnews.to_tables needs pyarrow: pip install 'zhnews[arrow]' (or pip install pyarrow)"
        ) from e
    return pyarrow


def to_tables(
    articles: Iterable[Article], ids: Optional[Sequence[str]] = None
) -> "dict[str, Any]":
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

    def array(arrow_type: Any, length: int, buffers: list[Optional[bytes]], child: Any) -> Any:
        # Arrow buffers made in Rust: no Python object per value.
        children = None if child is None else [array(arrow_type.value_type, *child, None)]
        wrapped = [None if b is None else pa.py_buffer(b) for b in buffers]
        return pa.Array.from_buffers(arrow_type, length, wrapped, children=children)

    tables = {}
    for name, columns in _zhnews._table_columns(articles, ids):
        schema = pa.schema([pa.field(c, types[t], nullable=nullable) for c, t, nullable, _ in columns])
        arrays = [array(types[t], *a) for _, t, _, a in columns]
        tables[name] = pa.Table.from_arrays(arrays, schema=schema)
    return tables


__all__ = [
    "Approx",
    "DateKind",
    "DateLike",
    "DateModifier",
    "FigureKind",
    "Format",
    "InstitutionKind",
    "RepairKind",
    "Script",
    "UserWord",
    "SCHEMA_VERSION",
    "Article",
    "DateMention",
    "DecodeError",
    "Error",
    "Event",
    "Extractor",
    "Figure",
    "InputTooLarge",
    "Institution",
    "InternalError",
    "InvalidDate",
    "Mention",
    "Meta",
    "Normalized",
    "NotText",
    "Person",
    "Program",
    "Repair",
    "UnknownEncoding",
    "__version__",
    "extract",
    "extract_many",
    "normalize",
    "record_schema",
    "render",
    "segment",
    "to_tables",
]
