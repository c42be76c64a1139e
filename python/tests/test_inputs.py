"""Inputs: str and bytes in every supported encoding, empty input, errors, Unicode offsets."""

from __future__ import annotations

import datetime
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, corpus_ids, mention_dicts

import zhnews

# A Taiwan-style item and a Hong Kong-style item, traditional script, written for these tests.
TAIPEI = "臺北市政府衛生局今日表示，將擴大社區醫療服務，民國113年起新增3家社區醫療站。"
HONG_KONG = "衞生署今日公布，全港長者醫療券使用人次較去年增加約兩成。"


def without_unencodable(text: str, codec: str) -> str:
    """`text` less what `codec` cannot encode. For legacy codecs, only ASCII, CJK ideographs
    and CJK/full-width punctuation are kept: Python's tables differ from the WHATWG ones that
    the library decodes with on some symbols (`•` in Big5, for one)."""
    legacy = not codec.startswith("utf")

    def encodable(c: str) -> bool:
        if legacy and not (c.isascii() or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"):
            return False
        try:
            c.encode(codec)
        except UnicodeEncodeError:
            return False
        return True

    return "".join(c for c in text if encodable(c))


def same_record_except_encoding(from_bytes: zhnews.Article, from_text: zhnews.Article) -> None:
    b, t = from_bytes.to_dict(), from_text.to_dict()
    b["meta"].pop("encoding")
    t["meta"].pop("encoding")
    assert b == t


@pytest.mark.parametrize("path", CORPUS, ids=corpus_ids())
@pytest.mark.parametrize(
    ("codec", "label", "detected"),
    [
        ("gbk", None, "GBK"),
        ("big5", None, "Big5"),
        ("gb18030", "gb18030", "gb18030"),
        ("utf-16-le", "utf-16le", "UTF-16LE"),
        ("utf-16", None, "UTF-16LE"),
        ("utf-8-sig", None, "UTF-8"),
    ],
)
def test_encoded_corpus_gives_the_same_record(
    path: Path, codec: str, label: str | None, detected: str
) -> None:
    text = without_unencodable(path.read_text(encoding="utf-8"), codec)
    data = text.encode(codec)
    article = zhnews.extract(data, encoding=label)
    assert article.meta.encoding == detected
    assert article.text == text
    same_record_except_encoding(article, zhnews.extract(text))
    for m in mention_dicts(article.to_dict()):
        assert text[m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    ("text", "codec", "detected"), [(TAIPEI, "big5", "Big5"), (HONG_KONG, "big5-hkscs", "Big5"), (TAIPEI, "gbk", "GBK")]
)
def test_short_traditional_items_in_legacy_encodings(text: str, codec: str, detected: str) -> None:
    article = zhnews.extract(text.encode(codec))
    assert article.meta.encoding == detected
    assert article.text == text
    assert article.meta.script == "traditional"
    same_record_except_encoding(article, zhnews.extract(text))


def test_explicit_encoding_wins_over_detection_but_not_over_a_bom() -> None:
    data = TAIPEI.encode("big5")
    assert zhnews.extract(data, encoding="big5").meta.encoding == "Big5"
    assert zhnews.extract(data, encoding="gbk").meta.encoding == "GBK"
    bom = "\ufeff上海市卫生健康委员会".encode("utf-8")
    assert zhnews.extract(bom, encoding="gbk").meta.encoding == "UTF-8"
    assert zhnews.extract(bom).text == "上海市卫生健康委员会"
    assert zhnews.Extractor(encoding="big5").extract(data).meta.encoding == "Big5"


def test_encoding_does_not_apply_to_str() -> None:
    assert zhnews.extract(TAIPEI, encoding="gbk").meta.encoding == "UTF-8"


@pytest.mark.parametrize("empty", ["", b""])
def test_empty_input_is_an_empty_record(empty: str | bytes) -> None:
    article = zhnews.extract(empty)
    assert article.text == ""
    assert article.body == ""
    assert article.meta.encoding == "UTF-8"
    assert article.meta.title is None
    assert article.meta.authors == [] and article.meta.editors == []
    assert article.repairs == []
    for key in ("institutions", "figures", "dates", "programs", "people", "events"):
        assert getattr(article, key) == []


def test_malformed_bytes_are_replaced_and_reported() -> None:
    data = "上海市".encode() + b"\xff" + "卫生健康委员会".encode()
    article = zhnews.extract(data, encoding="utf-8")
    assert article.meta.encoding == "UTF-8"
    assert article.text == "上海市\ufffd卫生健康委员会"
    damaged = [r for r in article.repairs if r.kind == "damaged"]
    assert [(r.start, r.end, r.before) for r in damaged] == [(3, 4, "\ufffd")]
    assert repr(damaged[0]) == "Repair(kind='damaged', start=3, end=4, before='\ufffd', after='\ufffd')"
    assert damaged[0].to_dict() == {"kind": "damaged", "start": 3, "end": 4, "before": "\ufffd", "after": "\ufffd"}


def test_strict_decoding_raises_with_the_byte_offset() -> None:
    strict = zhnews.Extractor(strict_decoding=True, encoding="utf-8")
    assert strict.strict_decoding is True
    data = "卫生".encode() + b"\xe4\xb8"
    with pytest.raises(zhnews.DecodeError) as info:
        strict.extract(data)
    assert info.value.encoding == "UTF-8"
    assert info.value.offset == 6
    assert "malformed UTF-8 at byte offset 6" in str(info.value)
    assert info.value.index is None


def test_error_hierarchy() -> None:
    for cls in (
        zhnews.DecodeError,
        zhnews.InputTooLarge,
        zhnews.NotText,
        zhnews.UnknownEncoding,
        zhnews.InvalidDate,
        zhnews.InternalError,
    ):
        assert issubclass(cls, zhnews.Error)
        assert cls.__module__ == "zhnews"
    assert issubclass(zhnews.Error, ValueError)


def test_input_too_large() -> None:
    small = zhnews.Extractor(max_input_bytes=8)
    assert small.max_input_bytes == 8
    with pytest.raises(zhnews.InputTooLarge) as info:
        small.extract("四个字啊")
    assert (info.value.size, info.value.limit) == (12, 8)
    assert str(info.value) == "input of 12 bytes is larger than the limit of 8 bytes"
    with pytest.raises(zhnews.InputTooLarge):
        small.extract("四个字啊".encode("gbk") + b"12")
    assert small.extract("二字").text == "二字"


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 64, bytes(range(256)) * 8, b"PK\x03\x04\x00\x00binary"])
def test_binary_data_is_not_text(data: bytes) -> None:
    with pytest.raises(zhnews.NotText) as info:
        zhnews.extract(data)
    assert isinstance(info.value.reason, str) and info.value.reason


def test_unknown_encoding() -> None:
    with pytest.raises(zhnews.UnknownEncoding) as info:
        zhnews.extract(b"abc", encoding="klingon")
    assert info.value.label == "klingon"
    with pytest.raises(zhnews.UnknownEncoding):
        zhnews.Extractor(encoding="klingon")


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", "2023-02-29", "--05-22", ""])
def test_invalid_reference_dates(bad: str) -> None:
    with pytest.raises(zhnews.InvalidDate) as info:
        zhnews.extract("5月22日，会议召开。", published_at=bad)
    assert info.value.value == bad
    with pytest.raises(zhnews.InvalidDate):
        zhnews.Extractor(reference_date=bad)


@pytest.mark.parametrize(
    "date",
    ["2025-05-23", "2025-05-23T09:30", datetime.date(2025, 5, 23), datetime.datetime(2025, 5, 23, 9, 30)],
)
def test_published_at_resolves_partial_dates(date: Any) -> None:
    text = "本报讯 5月22日，市卫生健康委召开全市基层卫生工作会议，部署今年重点任务。"
    article = zhnews.extract(text, published_at=date)
    assert [(d.value, d.text) for d in article.dates if d.text.startswith("5月22日")] == [("2025-05-22", "5月22日")]
    for d in article.dates:
        assert not d.value.startswith("--"), d
    undated = zhnews.extract(text)
    assert [d.value for d in undated.dates if d.text.startswith("5月22日")] == ["--05-22"]
    # The page's own date wins over the reference date.
    page = "全市基层卫生工作会议召开\n2024-03-01 10:20  来源：健康报\n" + text
    dated_page = zhnews.extract(page, published_at=date)
    assert dated_page.meta.published_at == "2024-03-01T10:20"
    assert [d.value for d in dated_page.dates if d.text.startswith("5月22日")] == ["2024-05-22"]
    if not isinstance(date, str):
        assert zhnews.Extractor(reference_date=date).reference_date == "2025-05-23"


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError):
        zhnews.extract(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhnews.extract(bytearray(b"abc"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhnews.extract("abc", published_at=20250523)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhnews.normalize(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhnews.Extractor(user_words="闵行")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhnews.Extractor(user_words=[42])  # type: ignore[list-item]


# -- Unicode: offsets are code points, i.e. Python str indices -------------------------------

ASTRAL = "𠀀𠀁😀"  # CJK Extension B (astral Han) and an emoji: one str index each
COMBINING = "e\u0301a\u0308"  # letters with combining marks: two str indices each


@pytest.mark.parametrize("prefix", [ASTRAL, COMBINING, ASTRAL + COMBINING, "\U0001f1e8\U0001f1f3 "])
def test_offsets_after_astral_and_combining_characters(prefix: str) -> None:
    body = "臺北市政府衛生局今日表示，將擴大社區醫療服務。"
    text = prefix + body
    normalized = zhnews.normalize(text)
    i = normalized.text.index("台北市")
    start, end = normalized.to_original(i, i + 3)
    assert text[start:end] == "臺北市"
    assert normalized.original is text
    for r in normalized.repairs:
        assert text[r.start : r.end] == r.before
    for article in (zhnews.extract(text), zhnews.extract(text.encode("utf-8")), zhnews.extract(text.encode("utf-16"))):
        assert article.text == text
        for m in mention_dicts(article.to_dict()):
            assert text[m["start"] : m["end"]] == m["text"]
        for r in article.repairs:
            assert text[r.start : r.end] == r.before


def test_lone_surrogates_do_not_shift_offsets() -> None:
    text = "上海\ud800市卫生健康委员会\udfff发布通知。"
    article = zhnews.extract(text)
    assert article.text is text
    n = zhnews.normalize(text)
    assert len(n.text) == len(text)
    assert n.text[2] == "\ufffd"
    assert zhnews.segment(text)[0] == "上海"


def test_a_repair_before_is_the_original_text_lone_surrogates_included() -> None:
    text = "臺灣\ud800衛生福利部發布\udfff通知,１２３。"
    for repairs in (zhnews.normalize(text).repairs, zhnews.extract(text).repairs):
        assert repairs, "the traditional text and the comma are repaired"
        for r in repairs:
            assert text[r.start : r.end] == r.before
        surrogates = [r for r in repairs if "\ud800" in r.before or "\udfff" in r.before]
        assert [(r.start, r.end, r.kind, r.after) for r in surrogates] == [
            (2, 3, "damaged", "\ufffd"),
            (10, 11, "damaged", "\ufffd"),
        ]
        assert [r.start for r in repairs] == sorted(r.start for r in repairs)
        assert "before='\\ud800'" in repr(surrogates[0])


def test_random_inputs_never_escape_the_error_hierarchy() -> None:
    rng = random.Random(20240523)
    pieces = ["卫生", "臺灣", "國(guó)", "😀", "\u200b", "，", ",", "\n", "１２３", "\ufffd", "e\u0301", "𠀀", " ", "年", "月"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        article = zhnews.extract(text)
        for m in mention_dicts(article.to_dict()):
            assert text[m["start"] : m["end"]] == m["text"]
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 200)))
        try:
            zhnews.extract(data)
        except zhnews.Error:
            pass


def test_a_panic_surfaces_as_internal_error() -> None:
    from zhnews import _zhnews

    with pytest.raises(zhnews.InternalError, match="internal error .*: boom") as info:
        _zhnews._panic_for_tests("boom")
    assert isinstance(info.value, zhnews.Error) and isinstance(info.value, Exception)


def test_a_panic_report_stays_in_the_exception_not_on_stderr() -> None:
    import subprocess
    import sys

    code = (
        "import zhnews\n"
        "from zhnews import _zhnews\n"
        "try:\n"
        "    _zhnews._panic_for_tests('boom')\n"
        "except zhnews.InternalError as e:\n"
        "    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == ""
    assert "boom" in done.stdout and "panicked at" in done.stdout and ".rs:" in done.stdout


def test_normalize_and_segment_check_the_input_as_extract_does() -> None:
    nuls = "\0" * 100
    for f in (zhnews.normalize, zhnews.segment, zhnews.extract):
        with pytest.raises(zhnews.NotText):
            f(nuls)
    small = zhnews.Extractor(max_input_bytes=6)
    for g in (small.normalize, small.segment, small.extract):
        assert g("一二") is not None
        with pytest.raises(zhnews.InputTooLarge) as info:
            g("一二三")
        assert info.value.size == 9 and info.value.limit == 6


def test_normalize_maps_spans_back_through_every_repair() -> None:
    text = "臺北市(shì)衛生局，今日發佈１２項措施"
    n = zhnews.normalize(text)
    assert n.script == "traditional"
    assert n.original is text
    assert str(n) == n.text
    assert n.text.startswith("台北市卫生局，")
    for r in n.repairs:
        assert text[r.start : r.end] == r.before
    assert [r.kind for r in n.repairs][:3] == ["traditional", "pinyin_annotation", "traditional"]
    i = n.text.index("卫生局")
    assert n.to_original(i, i + 3) == (8, 11)
    assert n.to_original(0, len(n.text)) == (0, len(text))
    assert n.to_original(0, 0) == (0, 0)
    for bad in [(-1, 2), (3, 2), (0, len(n.text) + 1)]:
        with pytest.raises(ValueError):
            n.to_original(*bad)


def test_clean_simplified_text_normalizes_to_itself() -> None:
    text = "国家卫生健康委员会：今年将新建100家社区医院。"
    n = zhnews.normalize(text)
    assert (n.text, n.script, n.repairs) == (text, "simplified", [])
    assert n.to_original(2, 4) == (2, 4)


def test_segment_tiles_the_text() -> None:
    text = "闵行区社区卫生服务中心推进健康积分驿站建设。"
    words = zhnews.segment(text)
    assert "".join(words) == text
    assert words[:2] == ["闵行区", "社区卫生服务中心"]
    assert zhnews.segment("") == []
    # A user word joins what the dictionary splits.
    assert "健康积分驿站" not in words
    custom = zhnews.Extractor(user_words=["健康积分驿站"])
    assert "健康积分驿站" in custom.segment(text)
