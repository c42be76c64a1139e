"""zhnews.to_tables / Article.to_frames: one pyarrow Table per fact type, equal to the
record; Parquet and pandas round trips; the command's Parquet output; import without pyarrow."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import zhnews
from conftest import CORPUS, REPO

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'zhnews[arrow]')")
pq = pytest.importorskip("pyarrow.parquet")

TABLES = ["articles", "institutions", "figures", "dates", "programs", "people", "events", "mentions", "repairs"]
WITH_MENTION_LISTS = ("institutions", "people", "events")
LOCATED = ("figures", "dates", "programs")


def corpus_articles() -> tuple[list[zhnews.Article], list[str]]:
    ids = [f"corpus/{p.name}" for p in CORPUS]
    return [zhnews.extract(p.read_bytes()) for p in CORPUS], ids


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_rows_are_the_record_facts(path: Path) -> None:
    article = zhnews.extract(path.read_bytes())
    tables = article.to_frames(path.name)
    assert list(tables) == TABLES
    record = article.to_dict()
    assert tables["articles"].num_rows == 1
    for name in (*WITH_MENTION_LISTS, *LOCATED):
        table = tables[name].to_pylist()
        assert len(table) == len(record[name]), name
        for i, (row, fact) in enumerate(zip(table, record[name])):
            assert (row["article_id"], row["index"]) == (path.name, i)
            for key, value in fact.items():
                if key != "mentions":
                    assert row[key] == value, (name, key)
            if name in WITH_MENTION_LISTS:
                first = min(fact["mentions"], key=lambda m: (m["start"], m["end"]))
                assert row["mention_count"] == len(fact["mentions"])
                assert (row["text"], row["start"], row["end"]) == (first["text"], first["start"], first["end"])
                assert article.text[row["start"] : row["end"]] == row["text"]
    mentions = tables["mentions"].to_pylist()
    expected = [
        {"article_id": path.name, "fact": name, "index": i, **m}
        for name in WITH_MENTION_LISTS
        for i, fact in enumerate(record[name])
        for m in fact["mentions"]
    ]
    assert mentions == expected
    assert [{k: r[k] for k in ("kind", "start", "end", "before", "after")} for r in tables["repairs"].to_pylist()] == record["repairs"]


def test_articles_table_holds_the_meta() -> None:
    article = zhnews.extract("上海市卫生健康委员会\n2024-02-28\n今年全市新建56家社区卫生服务中心。")
    row = article.to_frames()["articles"].to_pylist()[0]
    meta = article.meta.to_dict()
    assert row == {"article_id": "0", "schema_version": 1, **meta, "body_length": len(article.body)}


def test_types_ids_and_nullability() -> None:
    articles, ids = corpus_articles()
    tables = zhnews.to_tables(articles, ids)
    figures = tables["figures"].schema
    assert figures.field("value").type == pa.float64() and not figures.field("value").nullable
    assert figures.field("upper").type == pa.float64() and figures.field("upper").nullable
    assert figures.field("start").type == pa.int64() and not figures.field("start").nullable
    assert tables["institutions"].schema.field("aliases").type == pa.list_(pa.string())
    assert tables["dates"].schema.field("modifier").nullable
    for table in tables.values():
        assert table.schema.names[0] == "article_id"
    assert sorted(set(tables["figures"].column("article_id").to_pylist())) == ids
    default = zhnews.to_tables(articles)
    assert default["articles"].column("article_id").to_pylist() == [str(i) for i in range(len(articles))]
    with pytest.raises(ValueError, match="2 ids for 5 articles"):
        zhnews.to_tables(articles, ids[:2])
    empty = zhnews.to_tables([])
    assert all(t.num_rows == 0 for t in empty.values())
    assert {n: t.schema for n, t in empty.items()} == {n: t.schema for n, t in tables.items()}


def test_parquet_round_trip_and_pandas(tmp_path: Path) -> None:
    articles, ids = corpus_articles()
    tables = zhnews.to_tables(articles, ids)
    for name, table in tables.items():
        path = tmp_path / f"{name}.parquet"
        pq.write_table(table, path)
        back = pq.read_table(path)
        assert back.equals(table, check_metadata=False), name
        assert back.schema.equals(table.schema, check_metadata=False), name
    pytest.importorskip("pandas", reason="pandas is not installed")
    figures = tables["figures"].to_pandas()
    assert len(figures) == sum(len(a.figures) for a in articles)
    assert str(figures["start"].dtype) == "int64" and str(figures["value"].dtype) == "float64"
    assert figures["kind"].iloc[0] == articles[0].figures[0].kind
    institutions = tables["institutions"].to_pandas()
    assert list(institutions["aliases"].iloc[0]) == articles[0].institutions[0].aliases


def zhnews_command() -> list[str]:
    binary = os.environ.get("ZHNEWS_CLI_BIN")
    if binary:
        return [binary]
    if shutil.which("cargo"):
        return ["cargo", "run", "-q", "--release", "-p", "zhnews-cli", "--"]
    pytest.skip("needs ZHNEWS_CLI_BIN or cargo to run the zhnews command")


def test_the_command_writes_the_same_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    cmd = [*zhnews_command(), "extract", "corpus/", "--output-format", "parquet", "-o", str(out), "-q", "-j", "2"]
    subprocess.run(cmd, cwd=REPO, check=True)
    articles, ids = corpus_articles()
    expected = zhnews.to_tables(articles, ids)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.parquet" for n in TABLES)
    for name, table in expected.items():
        written = pq.read_table(out / f"{name}.parquet")
        assert written.schema.equals(table.schema, check_metadata=False), (name, written.schema, table.schema)
        assert written.equals(table), name
    assert expected["figures"].num_rows > 0 and expected["mentions"].num_rows > 0


def test_import_without_pyarrow_and_a_clear_error() -> None:
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import zhnews\n"
        "a = zhnews.extract('今年新建56家社区卫生服务中心。')\n"
        "try:\n    a.to_frames()\nexcept ImportError as e:\n    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'zhnews[arrow]'" in result.stdout, result.stdout + result.stderr

