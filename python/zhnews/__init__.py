"""Typed facts from Chinese health-policy news: the Python face of the zhnews Rust library.

>>> import zhnews
>>> article = zhnews.extract("上海市卫生健康委员会\\n2024-02-28\\n今年全市新建56家社区卫生服务中心。")
>>> article.meta.encoding
'UTF-8'

Everything is implemented in Rust (``zhnews._zhnews``); this package re-exports it.
See ``__init__.pyi`` for the typed API.
"""

import datetime
from typing import Literal, Union

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
    render,
    segment,
)
from ._tables import to_tables

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
    "render",
    "segment",
    "to_tables",
]
