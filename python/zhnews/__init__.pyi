"""Typed facts from Chinese health-policy news (type stubs of the native module)."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Literal, Union, final, overload

# Optional (pip install 'zhnews[arrow]'); without it, or without its stubs, Tables are Any.
import pyarrow  # type: ignore[import-not-found, import-untyped, unused-ignore]

__all__ = [
    "Approx",
    "DateKind",
    "DateLike",
    "Format",
    "DateModifier",
    "FigureKind",
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

__version__: str
SCHEMA_VERSION: int

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

#: What ``published_at`` / ``reference_date`` accept: an ISO date (``"2024-05-23"``) or a
#: ``datetime.date`` / ``datetime.datetime`` (only the date is used).
DateLike = Union[str, datetime.date]
Format = Literal["auto", "text", "html"]
#: A user word for the segmenter: ``"word"``, ``("word", freq)`` or ``("word", freq, tag)``.
UserWord = Union[str, tuple[str, Union[int, None]], tuple[str, Union[int, None], Union[str, None]]]

class Error(ValueError):
    """Base class of every zhnews error."""

    #: The position of the failing item in ``extract_many``, else ``None``.
    index: int | None

class DecodeError(Error):
    """Strict decoding met a malformed byte sequence."""

    encoding: str
    offset: int

class InputTooLarge(Error):
    """The input is larger than ``max_input_bytes``."""

    size: int
    limit: int

class NotText(Error):
    """The input looks like binary data, not text."""

    reason: str

class UnknownEncoding(Error):
    """An encoding label the WHATWG Encoding Standard does not know."""

    label: str

class InvalidDate(Error):
    """A reference date that is not ISO 8601."""

    value: str

class InternalError(Error):
    """A bug in zhnews met by this input (please report it)."""

@final
class Mention:
    """One mention: ``article.text[start:end] == text``."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Repair:
    """One normalization change, located in the original."""

    @property
    def kind(self) -> RepairKind: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def before(self) -> str: ...
    @property
    def after(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Meta:
    """Page metadata."""

    @property
    def title(self) -> str | None: ...
    @property
    def published_at(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def authors(self) -> list[str]: ...
    @property
    def editors(self) -> list[str]: ...
    @property
    def original_title(self) -> str | None: ...
    @property
    def script(self) -> Script: ...
    @property
    def encoding(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Institution:
    """A named organization, with every mention."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> InstitutionKind: ...
    @property
    def region(self) -> str | None: ...
    @property
    def aliases(self) -> list[str]: ...
    @property
    def mentions(self) -> list[Mention]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Figure:
    """A quantity stated in the text."""

    @property
    def value(self) -> float: ...
    @property
    def upper(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def kind(self) -> FigureKind: ...
    @property
    def approx(self) -> Approx: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def mention(self) -> Mention: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class DateMention:
    """A calendar expression; values are ISO 8601 at the precision stated."""

    @property
    def value(self) -> str: ...
    @property
    def end_value(self) -> str | None: ...
    @property
    def kind(self) -> DateKind: ...
    @property
    def modifier(self) -> DateModifier | None: ...
    @property
    def label(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def mention(self) -> Mention: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Program:
    """A named policy instrument."""

    @property
    def name(self) -> str: ...
    @property
    def category(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def mention(self) -> Mention: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Person:
    """A person with the titles the article gives."""

    @property
    def name(self) -> str: ...
    @property
    def titles(self) -> list[str]: ...
    @property
    def organization(self) -> str | None: ...
    @property
    def mentions(self) -> list[Mention]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Event:
    """A named meeting, congress, forum or exchange."""

    @property
    def name(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def mentions(self) -> list[Mention]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Article:
    """The record of one article."""

    @property
    def text(self) -> str:
        """The decoded original (for HTML input, the text extracted from the page): every
        ``start``/``end`` of the record indexes it."""
    @property
    def schema_version(self) -> int: ...
    @property
    def meta(self) -> Meta: ...
    @property
    def body(self) -> str: ...
    @property
    def repairs(self) -> list[Repair]: ...
    @property
    def institutions(self) -> list[Institution]: ...
    @property
    def figures(self) -> list[Figure]: ...
    @property
    def dates(self) -> list[DateMention]: ...
    @property
    def programs(self) -> list[Program]: ...
    @property
    def people(self) -> list[Person]: ...
    @property
    def events(self) -> list[Event]: ...
    def to_dict(self) -> dict[str, Any]:
        """The record as plain Python objects: exactly the JSON shape (``text`` excluded,
        except for HTML input, whose JSON record carries its extracted text)."""
    def to_json(self, *, pretty: bool = False) -> str:
        """The record as JSON, as the Rust library prints it."""
    @staticmethod
    def from_json(json: str, text: str, layout: bool = True) -> Article:
        """Reads a record back from its JSON, with the original text its offsets point into
        (``layout=False`` for a record of fragment mode)."""
    def to_frames(self, article_id: str = "0") -> dict[str, pyarrow.Table]:
        """The record's tables, as ``to_tables([self], [article_id])``."""
    def _repr_html_(self) -> str:
        """The record highlighted on its text (see ``render``), for Jupyter."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class Normalized:
    """Normalized text with its original and the repairs made."""

    @property
    def text(self) -> str: ...
    @property
    def original(self) -> str: ...
    @property
    def script(self) -> Script: ...
    @property
    def repairs(self) -> list[Repair]: ...
    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Maps ``text[start:end]`` to ``(start, end)`` in ``original``; ``ValueError``
        unless ``0 <= start <= end <= len(text)``."""

@final
class Extractor:
    """A configured extractor: immutable, safe to share between threads."""

    def __new__(
        cls,
        *,
        encoding: str | None = None,
        strict_decoding: bool = False,
        max_input_bytes: int = 16777216,
        reference_date: DateLike | None = None,
        user_words: Iterable[UserWord] | None = None,
    ) -> Extractor: ...
    @property
    def encoding(self) -> str | None: ...
    @property
    def strict_decoding(self) -> bool: ...
    @property
    def max_input_bytes(self) -> int: ...
    @property
    def reference_date(self) -> str | None: ...
    def extract(
        self,
        text: str | bytes,
        *,
        encoding: str | None = None,
        published_at: DateLike | None = None,
        format: Format = "auto",
        layout: bool = True,
        title: str | None = None,
        source: str | None = None,
    ) -> Article: ...
    @overload
    def extract_many(
        self,
        texts: Iterable[str | bytes],
        *,
        threads: int | None = None,
        errors: Literal["raise"] = "raise",
        encoding: str | None = None,
        published_at: DateLike | None = None,
        format: Format = "auto",
        layout: bool = True,
        title: str | None = None,
        source: str | None = None,
    ) -> list[Article]: ...
    @overload
    def extract_many(
        self,
        texts: Iterable[str | bytes],
        *,
        threads: int | None = None,
        errors: Literal["return"],
        encoding: str | None = None,
        published_at: DateLike | None = None,
        format: Format = "auto",
        layout: bool = True,
        title: str | None = None,
        source: str | None = None,
    ) -> list[Article | Exception]: ...
    def normalize(self, text: str) -> Normalized: ...
    def segment(self, text: str) -> list[str]: ...

def extract(
    text: str | bytes,
    *,
    encoding: str | None = None,
    published_at: DateLike | None = None,
    format: Format = "auto",
    layout: bool = True,
    title: str | None = None,
    source: str | None = None,
) -> Article:
    """Extracts the record of one article.

    ``bytes`` are decoded (``encoding`` given, else detected; a ``str`` is already text and
    ignores it); ``published_at`` resolves partial dates when the page states no
    publication date. Offsets index ``article.text``: the ``str`` given, or the decoded bytes.

    ``format="html"`` reads the input as an HTML page (charset from a BOM, ``encoding``, or
    ``<meta charset>``); ``"auto"`` (the default) does so for ``bytes`` that look like HTML,
    while a ``str`` stays text. For HTML, ``article.text`` is the text extracted from the
    page (block elements as lines, scripts and page furniture dropped), which the offsets
    index and ``to_dict()["text"]`` also holds; ``meta`` fields the text leaves empty are
    filled from the page's metadata (``og:title``, ``article:published_time``, …).

    ``layout=False`` is fragment mode, for text with no page around it (a sentence from a
    spreadsheet, a body a crawler already isolated): every line is body, nothing is read as
    title, furniture or metadata, and the meta comes from the arguments — ``title`` (a title:
    its facts are reported like a page title's, and ``article.text``, which the offsets
    index, is then the title, a line break and the text), ``published_at`` (the record's
    date and the reference of partial and relative dates) and ``source``. In page mode
    (the default) ``title``, ``source`` and a ``published_at`` with its day fill only the
    fields the page leaves empty.
    """

@overload
def extract_many(
    texts: Iterable[str | bytes],
    *,
    threads: int | None = None,
    errors: Literal["raise"] = "raise",
    encoding: str | None = None,
    published_at: DateLike | None = None,
    format: Format = "auto",
    layout: bool = True,
    title: str | None = None,
    source: str | None = None,
) -> list[Article]:
    """Extracts many articles on Rust threads, in input order; a failing item raises its
    error, whose ``index`` attribute says which item it was."""

@overload
def extract_many(
    texts: Iterable[str | bytes],
    *,
    threads: int | None = None,
    errors: Literal["return"],
    encoding: str | None = None,
    published_at: DateLike | None = None,
    format: Format = "auto",
    layout: bool = True,
    title: str | None = None,
    source: str | None = None,
) -> list[Article | Exception]:
    """As above, with each failing item's exception in its place instead of raising."""

def normalize(text: str) -> Normalized:
    """Normalizes text without extracting; raises InputTooLarge and NotText as extract does."""

def segment(text: str) -> list[str]:
    """Segments text into words with the health-policy lexicon; raises as normalize does."""

def record_schema() -> str:
    """The JSON Schema (draft 2020-12) of ``Article.to_dict()``, as JSON text (the file
    ``docs/record.schema.json`` of the repository)."""

def render(article: Article) -> str:
    """The record highlighted on its page: one self-contained HTML document (inline CSS, no
    script, no network) with each line's role (title, meta, credit, caption, furniture
    greyed, body), every fact mention and repair marked in place with the record in its
    tooltip, and the record beside. All page text is escaped. In a notebook an ``Article``
    shows itself this way (``_repr_html_``)."""

def to_tables(articles: Iterable[Article], ids: Sequence[str] | None = None) -> dict[str, pyarrow.Table]:
    """One pyarrow Table per fact type, by name: ``articles``, ``institutions``, ``figures``,
    ``dates``, ``programs``, ``people``, ``events``, ``mentions``, ``repairs``.

    Every table starts with ``article_id``: ``ids[i]`` for the i-th article, by default its
    position as a decimal string. One row per fact (``index`` is its position in the
    record's list), in record order; institutions, people and events give their earliest
    mention as ``text``/``start``/``end`` with ``mention_count``, and each of their mentions
    is a row of ``mentions`` (``fact``, ``index``, ``text``, ``start``, ``end``). Offsets and
    counts are int64, figure values float64, kinds and ISO dates strings, ``aliases`` /
    ``titles`` / ``authors`` / ``editors`` lists of strings; a column is nullable where the
    record field is optional. Needs pyarrow (``pip install 'zhnews[arrow]'``): raises
    ``ImportError`` without it. ``table.to_pandas()`` gives a DataFrame, and
    ``pyarrow.parquet.write_table`` a Parquet file.
    """
