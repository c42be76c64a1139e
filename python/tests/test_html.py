"""HTML input: `format="html"`, auto-detection for bytes, offsets into the extracted text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO

import zhnews

PAGES = REPO / "tests" / "html"
PAGE = (
    "<!doctype html><html><head><title>示例标题 - 某网站</title>"
    '<meta property="article:published_time" content="2023-07-02T08:00:00+08:00"></head>'
    "<body><nav>首页 新闻 2020年</nav><p>5月18日，临江市卫生健康委员会宣布，全市12家乡镇卫生院改造完成。</p>"
    "<script>var x = '3000万';</script></body></html>"
)


def assert_offsets_index_text(article: zhnews.Article) -> None:
    for inst in article.institutions:
        for m in inst.mentions:
            assert article.text[m.start : m.end] == m.text
    for f in article.figures:
        assert article.text[f.start : f.end] == f.text
    for d in article.dates:
        assert article.text[d.start : d.end] == d.text


def test_bytes_that_look_like_html_are_read_as_html() -> None:
    article = zhnews.extract(PAGE.encode("utf-8"))
    assert "<" not in article.text and "首页" not in article.text and "3000万" not in article.text
    assert article.meta.title == "示例标题"
    assert article.meta.published_at == "2023-07-02T08:00:00"
    assert [d.value for d in article.dates if d.text == "5月18日"] == ["2023-05-18"]
    assert article.to_dict()["text"] == article.text
    assert_offsets_index_text(article)


def test_format_html_for_str_and_format_text_for_bytes() -> None:
    as_html = zhnews.extract(PAGE, format="html")
    assert as_html == zhnews.extract(PAGE.encode("utf-8"))
    as_text = zhnews.extract(PAGE.encode("utf-8"), format="text")
    assert "text" not in as_text.to_dict()
    assert as_text.text.startswith("<!doctype html>")
    # A str stays text unless asked.
    assert zhnews.extract(PAGE).text == PAGE
    with pytest.raises(ValueError, match="format"):
        zhnews.extract(PAGE, format="xml")  # type: ignore[arg-type]


def test_gbk_page_with_meta_charset() -> None:
    page = "<html><head><meta charset=gbk></head><body><p>江南省卫生健康委员会召开会议，部署基层医疗卫生工作。</p></body></html>"
    article = zhnews.extract(page.encode("gbk"))
    assert article.meta.encoding == "GBK"
    assert [i.name for i in article.institutions] == ["江南省卫生健康委员会"]
    # A str is already decoded: its declared charset does not apply.
    assert zhnews.extract(page, format="html").meta.encoding == "UTF-8"


@pytest.mark.parametrize("name", ["gov", "portal", "wechat"])
def test_written_pages_give_the_facts_of_their_text(name: str) -> None:
    html = zhnews.extract((PAGES / f"{name}.html").read_bytes())
    text = zhnews.extract((PAGES / f"{name}.txt").read_bytes())
    strip = lambda xs: [{k: v for k, v in x.to_dict().items() if k not in ("start", "end", "mentions")} for x in xs]  # noqa: E731
    for field in ("institutions", "figures", "dates", "programs", "people", "events"):
        assert strip(getattr(html, field)) == strip(getattr(text, field)), field
    assert_offsets_index_text(html)


def test_extract_many_takes_format() -> None:
    pages = [PAGE.encode("utf-8"), PAGE, b"\xe4\xb8\x8a\xe6\xb5\xb7"]
    got = zhnews.extract_many(pages, format="auto")
    assert got[0].text == got[0].to_dict()["text"] and got[1].text == PAGE and got[2].text == "上海"
    got = zhnews.extract_many(pages[:2], format="html", threads=2)
    assert got[0] == got[1]
    assert zhnews.Extractor().extract_many(pages[:1], format="html") == got[:1]
    assert zhnews.Extractor().extract(PAGE, format="html") == got[0]


def test_pages_dir_exists() -> None:
    assert isinstance(PAGES, Path) and (PAGES / "gov.html").exists()
