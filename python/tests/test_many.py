"""extract_many: order, errors, threads; the GIL-free single extract under a thread pool."""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import CORPUS

import zhnews


def thousand_articles() -> list[str | bytes]:
    """1,000 inputs of varied size and form: whole corpus articles, paragraphs, prefixes,
    GBK and UTF-16 bytes."""
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    out: list[str | bytes] = []
    for i in itertools.count():
        if len(out) == 1000:
            return out
        text = texts[i % len(texts)]
        paragraphs = [p for p in text.split("\n") if p.strip()]
        kind = i % 5
        if kind == 0:
            out.append(text)
        elif kind == 1:
            out.append("\n".join(paragraphs[: 1 + i % len(paragraphs)]))
        elif kind == 2:
            out.append(text[: (i * 37) % len(text)])
        elif kind == 3:
            out.append(text.encode("gb18030"))
        else:
            out.append("\n".join(paragraphs[i % len(paragraphs) :]).encode("utf-16"))
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def inputs() -> list[str | bytes]:
    return thousand_articles()


@pytest.fixture(scope="module")
def expected(inputs: list[str | bytes]) -> list[dict]:
    return [zhnews.extract(x).to_dict() for x in inputs]


@pytest.mark.parametrize("threads", [1, 2, 3, None])
def test_thousand_articles_in_order(inputs: list[str | bytes], expected: list[dict], threads: int | None) -> None:
    articles = zhnews.extract_many(inputs, threads=threads)
    assert len(articles) == 1000
    assert [a.to_dict() for a in articles] == expected
    for x, a in zip(inputs, articles):
        if isinstance(x, str):
            assert a.text is x


def test_thread_pool_over_single_extracts(inputs: list[str | bytes], expected: list[dict]) -> None:
    extractor = zhnews.Extractor()
    with ThreadPoolExecutor(max_workers=4) as pool:
        shared = list(pool.map(extractor.extract, inputs))
        module = list(pool.map(zhnews.extract, inputs))
    assert [a.to_dict() for a in shared] == expected
    assert [a.to_dict() for a in module] == expected


def test_thread_pool_over_extract_many(inputs: list[str | bytes], expected: list[dict]) -> None:
    chunks = [inputs[i : i + 100] for i in range(0, len(inputs), 100)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda c: zhnews.extract_many(c, threads=2), chunks))
    assert [a.to_dict() for chunk in results for a in chunk] == expected


BAD = b"\x00\x01\x02\x03" * 64


def test_a_failing_item_raises_with_its_index() -> None:
    texts = ["上海市卫生健康委员会", "国家卫健委", BAD, "市疾控中心", BAD]
    with pytest.raises(zhnews.NotText) as info:
        zhnews.extract_many(texts, threads=2)
    assert info.value.index == 2
    assert str(info.value).startswith("item 2: input is not text")


def test_errors_return_puts_the_exception_in_place() -> None:
    texts = ["上海市卫生健康委员会", BAD, 7, "市疾控中心"]
    out = zhnews.extract_many(texts, errors="return")  # type: ignore[call-overload]
    assert isinstance(out[0], zhnews.Article) and out[0].text == "上海市卫生健康委员会"
    assert isinstance(out[1], zhnews.NotText) and out[1].index == 1
    assert isinstance(out[2], TypeError) and str(out[2]) == "item 2: expected str or bytes, got int"
    assert isinstance(out[3], zhnews.Article) and out[3].text == "市疾控中心"


def test_a_wrong_type_raises_when_no_earlier_item_fails() -> None:
    with pytest.raises(TypeError, match="item 1: expected str or bytes, got NoneType"):
        zhnews.extract_many(["a", None])  # type: ignore[list-item]


def test_the_first_failing_item_in_input_order_raises() -> None:
    # A later item of the wrong type does not hide an earlier item that does not decode.
    with pytest.raises(zhnews.NotText) as info:
        zhnews.extract_many(["a", BAD, None, 7], threads=2)  # type: ignore[list-item]
    assert info.value.index == 1


def test_size_limit_per_item() -> None:
    small = zhnews.Extractor(max_input_bytes=6)
    out = small.extract_many(["一二", "一二三", b"abcdefg"], errors="return")
    assert isinstance(out[0], zhnews.Article)
    assert isinstance(out[1], zhnews.InputTooLarge) and out[1].index == 1
    assert isinstance(out[2], zhnews.InputTooLarge) and out[2].index == 2


def test_any_iterable_and_empty() -> None:
    assert zhnews.extract_many([]) == []
    assert zhnews.extract_many(iter(())) == []
    gen = (t for t in ["上海", "北京"])
    assert [a.text for a in zhnews.extract_many(gen)] == ["上海", "北京"]
    assert [a.meta.encoding for a in zhnews.extract_many(["上海", "上海".encode("gbk") * 20], encoding="gbk")] == [
        "UTF-8",
        "GBK",
    ]


def test_published_at_applies_to_every_item() -> None:
    texts = ["5月22日，区卫生健康委召开专题会议。", "3月1日起，新规正式施行。"]
    for article in zhnews.extract_many(texts, published_at="2025-05-23"):
        for d in article.dates:
            assert d.value.startswith("2025"), d


@pytest.mark.parametrize(("kwargs", "message"), [({"threads": 0}, "threads"), ({"errors": "ignore"}, "errors")])
def test_bad_options(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        zhnews.extract_many(["a"], **kwargs)


def test_many_threads_more_than_items() -> None:
    out = zhnews.extract_many(["上海", "北京"], threads=64)
    assert [a.text for a in out] == ["上海", "北京"]


@pytest.mark.parametrize("one", ["上海市卫生健康委员会", b"abc"])
def test_one_text_is_not_an_iterable_of_texts(one: str | bytes) -> None:
    with pytest.raises(TypeError, match="iterable of texts"):
        zhnews.extract_many(one)  # type: ignore[arg-type]


@pytest.mark.parametrize("threads", [1, 2, 4])
@pytest.mark.parametrize("first_bad", [0, 1, 37, 99])
def test_the_first_failing_item_is_the_one_raised(threads: int, first_bad: int) -> None:
    texts: list[str | bytes] = ["国家卫生健康委员会今日召开新闻发布会。"] * 100
    for i in range(first_bad, 100, 7):
        texts[i] = BAD
    with pytest.raises(zhnews.NotText) as info:
        zhnews.extract_many(texts, threads=threads)
    assert info.value.index == first_bad
    out = zhnews.extract_many(texts, threads=threads, errors="return")
    assert [i for i, x in enumerate(out) if isinstance(x, zhnews.Error)] == list(range(first_bad, 100, 7))
