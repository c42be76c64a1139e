"""Typed facts from Chinese health-policy news: the Python face of the zhnews Rust library.

>>> import zhnews
>>> article = zhnews.extract("上海市卫生健康委员会\\n2024-02-28\\n今年全市新建56家社区卫生服务中心。")
>>> article.meta.encoding
'UTF-8'

Everything is implemented in Rust (``zhnews._zhnews``); this package re-exports it.
See ``__init__.pyi`` for the typed API.
"""

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
    segment,
)

__all__ = [
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
    "segment",
]
