"""Fragment mode (``layout=False``) and the crawler arguments (``title``, ``source``,
``published_at``) in both modes."""

from __future__ import annotations

import datetime

import pytest

import zhnews


def test_a_fragment_gives_its_facts() -> None:
    article = zhnews.extract("三百万元", layout=False)
    assert [(f.value, f.unit, f.text, f.start, f.end) for f in article.figures] == [(3_000_000.0, "元", "三百万元", 0, 4)]
    assert article.body == "三百万元"
    assert article.meta.title is None


def test_without_layout_every_line_is_body() -> None:
    text = "全市新建56家社区卫生服务中心\n来源：健康报\n共投入三百万元。"
    page = zhnews.extract(text)
    plain = zhnews.extract(text, layout=False)
    assert page.meta.title == "全市新建56家社区卫生服务中心"
    assert (plain.meta.title, plain.meta.source, plain.body) == (None, None, text)
    assert [f.value for f in plain.figures] == [56.0, 3_000_000.0]
    for f in plain.figures:
        assert plain.text[f.start : f.end] == f.text


@pytest.mark.parametrize("date", ["2024-03-01", datetime.date(2024, 3, 1)])
def test_the_crawler_arguments_are_the_meta(date: object) -> None:
    body = "3月5日，市卫健委部署了今年的工作。"
    article = zhnews.extract(body, layout=False, title="全市衛生工作會議召開", published_at=date, source="健康報")
    assert article.meta.title == "全市卫生工作会议召开"
    assert article.meta.source == "健康报"
    assert article.meta.published_at == "2024-03-01"
    assert article.text == "全市衛生工作會議召開\n" + body
    [d] = [d for d in article.dates if d.text == "3月5日"]
    assert d.value == "2024-03-05"
    assert article.text[d.start : d.end] == "3月5日"


def test_bytes_and_html_without_layout() -> None:
    text = "全市新建56家社区卫生服务中心。"
    from_bytes = zhnews.extract(text.encode("gbk"), layout=False)
    assert (from_bytes.text, from_bytes.meta.encoding) == (text, "GBK")
    html = "<html><body><nav>首页</nav><p>全市新建56家社区卫生服务中心。</p></body></html>"
    from_html = zhnews.extract(html.encode(), layout=False)
    assert [f.value for f in from_html.figures] == [56.0]
    assert "<" not in from_html.text


def test_page_mode_arguments_fill_only_what_the_page_leaves_empty() -> None:
    page = "全市基层卫生工作会议召开\n2024-03-01 10:20  来源：健康报\n本报讯 市卫生健康委召开全市基层卫生工作会议，部署今年重点任务。"
    known = zhnews.extract(page, title="另一个标题", source="另一家报纸", published_at="2025-01-01")
    assert (known.meta.title, known.meta.source, known.meta.published_at) == (
        "全市基层卫生工作会议召开",
        "健康报",
        "2024-03-01T10:20",
    )
    text = "市卫生健康委召开全市基层卫生工作会议，部署今年重点任务。"
    bare = zhnews.extract(text, title="会议召开", source="健康报", published_at="2025-01-01")
    assert (bare.meta.title, bare.meta.source, bare.meta.published_at) == ("会议召开", "健康报", "2025-01-01")


def test_extract_many_takes_the_same_options() -> None:
    articles = zhnews.extract_many(["三百万元", "2013年2月12日"], layout=False, published_at="2024-03-01")
    assert [f.value for f in articles[0].figures] == [3_000_000.0]
    assert [d.value for d in articles[1].dates] == ["2013-02-12"]
    assert all(a.meta.published_at == "2024-03-01" for a in articles)
    undated = zhnews.Extractor().extract_many(["三百万元"], layout=False)[0]
    assert undated.meta.published_at is None
    assert undated.to_dict()["figures"] == articles[0].to_dict()["figures"]


def test_invalid_fragment_date() -> None:
    with pytest.raises(zhnews.Error):
        zhnews.extract("三百万元", layout=False, published_at="2024-13-01")
