"""The highlighted view: ``zhnews.render`` and ``Article._repr_html_`` (Jupyter)."""

from __future__ import annotations

import pickle
import re
from html.parser import HTMLParser

import zhnews


class Marks(HTMLParser):
    """Collects the text of every ``<mark data-span>`` piece and the role of every line."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[tuple[str, str], str] = {}
        self.roles: list[str] = []
        self.open: list[tuple[str, str] | None] = []
        self.in_role = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            key = (a.get("class") or "", a.get("data-span") or "")
            self.open.append(key if a.get("data-span") else None)
        if tag == "span" and a.get("class") == "role":
            self.in_role = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()
        self.in_role = False

    def handle_data(self, data: str) -> None:
        if self.in_role:
            self.roles.append(data)
        for key in self.open:
            if key is not None:
                self.marks[key] = self.marks.get(key, "") + data


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


# `<q>` is no element the markup repair removes: it stays in the text and is escaped.
PAGE = (
    "首页 | 新闻中心\n市卫健委召开会议\n2024-03-01 来源：健康报\n"
    "会议指出，全市<q>新建</q>56家社区卫生服务中心，國(guó)家支持。"
)


def test_render_is_a_document_with_every_fact_marked() -> None:
    article = zhnews.extract(PAGE)
    html = zhnews.render(article)
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "&lt;q&gt;新建&lt;/q&gt;" in html
    marks = parse(html).marks
    for f in article.figures:
        assert marks[("f-fig", f"{f.start}-{f.end}")] == article.text[f.start : f.end]
    for inst in article.institutions:
        for m in inst.mentions:
            assert marks[("f-inst", f"{m.start}-{m.end}")] == m.text
    for r in article.repairs:
        assert marks[("f-repair", f"{r.start}-{r.end}")] == r.before
    assert parse(html).roles == ["furniture", "title", "meta", "body"]


def test_notebook_view_is_the_scoped_body() -> None:
    article = zhnews.extract(PAGE)
    view = article._repr_html_()
    assert view.startswith('<div class="zhnews-view">') and view.rstrip().endswith("</div>")
    assert "<html" not in view and "<body" not in view
    # Every CSS rule is scoped to the view, so the notebook's own page is untouched.
    style = re.search(r"<style>(.*)</style>", view, re.S)
    assert style is not None
    for rule in re.findall(r"([^{}]+)\{", style.group(1)):
        for selector in rule.split(","):
            assert selector.strip().startswith(".zhnews-view"), selector


def test_fragment_records_show_every_line_as_body_even_after_pickling() -> None:
    article = zhnews.extract("全市新建56家社区卫生服务中心\n来源：健康报", layout=False)
    assert parse(zhnews.render(article)).roles == ["body", "body"]
    again = pickle.loads(pickle.dumps(article))
    assert parse(zhnews.render(again)).roles == ["body", "body"]
    titled = zhnews.extract("全市新建56家社区卫生服务中心。", layout=False, title="标题")
    assert parse(titled._repr_html_()).roles == ["title", "body"]
