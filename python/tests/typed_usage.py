"""Type-checked with `mypy --strict` against the stubs (not collected by pytest): the API
as a user would write it must type-check, and the types must be the precise ones."""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor

import zhnews


def facts(article: zhnews.Article) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for inst in article.institutions:
        kind: zhnews.InstitutionKind = inst.kind
        out.extend((m.text, m.start, m.end) for m in inst.mentions if kind != "other")
    for fig in article.figures:
        value: float = fig.value
        upper: float | None = fig.upper
        approx: zhnews.Approx = fig.approx
        out.append((f"{value}-{upper}-{approx}", fig.start, fig.end))
    for d in article.dates:
        modifier: zhnews.DateModifier | None = d.modifier
        end_value: str | None = d.end_value
        out.append((d.value + str(modifier) + str(end_value), d.mention.start, d.mention.end))
    for p in article.programs:
        out.append((p.name, p.start, p.end))
    for person in article.people:
        titles: list[str] = person.titles
        out.extend((", ".join(titles), m.start, m.end) for m in person.mentions)
    for e in article.events:
        date: str | None = e.date
        out.extend((str(date), m.start, m.end) for m in e.mentions)
    return out


def main() -> None:
    text = "上海市卫生健康委员会\n2024-02-28\n今年全市新建56家社区卫生服务中心。"
    article = zhnews.extract(text, published_at=datetime.date(2024, 2, 28))
    title: str | None = article.meta.title
    script: zhnews.Script = article.meta.script
    record: dict[str, object] = article.to_dict()
    print(title, script, record, article.to_json(pretty=True), facts(article))
    again = zhnews.Article.from_json(article.to_json(), article.text)
    assert again == article

    extractor = zhnews.Extractor(
        encoding="gbk",
        max_input_bytes=1 << 20,
        reference_date="2024-06-01",
        user_words=["闵行区卫健委", ("古美社区", 100), ("医联体", None, "n")],
    )
    from_bytes: zhnews.Article = extractor.extract(text.encode("gbk"))
    articles: list[zhnews.Article] = zhnews.extract_many([text, text.encode("utf-8")], threads=2)
    mixed: list[zhnews.Article | Exception] = extractor.extract_many([b"\x00" * 8], errors="return")
    for item in mixed:
        if isinstance(item, zhnews.Error):
            index: int | None = item.index
            print(index)
    with ThreadPoolExecutor() as pool:
        more: list[zhnews.Article] = list(pool.map(extractor.extract, [text, text]))

    normalized = zhnews.normalize("臺北市")
    span: tuple[int, int] = normalized.to_original(0, 3)
    repairs: list[zhnews.Repair] = normalized.repairs
    kinds: list[zhnews.RepairKind] = [r.kind for r in repairs]
    words: list[str] = zhnews.segment("闵行区社区卫生服务中心")
    print(from_bytes, articles, more, span, kinds, words, zhnews.__version__, zhnews.SCHEMA_VERSION)
    tables = zhnews.to_tables(articles, ids=[str(i) for i in range(len(articles))])
    frames = article.to_frames("a.txt")
    print(sorted(tables), sorted(frames))
    try:
        zhnews.extract(b"\x00" * 8)
    except zhnews.NotText as err:
        reason: str = err.reason
        print(reason)
    except zhnews.InputTooLarge as err:
        size: int = err.size
        print(size, err.limit)


if __name__ == "__main__":
    main()
