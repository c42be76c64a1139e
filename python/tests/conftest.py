"""Shared fixtures: the corpus, the Rust example's JSON for it, record walkers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted((REPO / "corpus").glob("*.txt"))
GOLD = REPO / "corpus" / "gold"
FACT_LISTS = ("institutions", "figures", "dates", "programs", "people", "events")


def corpus_ids() -> list[str]:
    return [p.stem for p in CORPUS]


@pytest.fixture(scope="session")
def rust_records() -> dict[str, dict[str, Any]]:
    """What `cargo run --example extract -- corpus/` prints, by file stem.

    `ZHNEWS_EXTRACT_BIN` names a built `extract` example (scripts/test-python.sh builds
    one); otherwise cargo runs it.
    """
    binary = os.environ.get("ZHNEWS_EXTRACT_BIN")
    if binary:
        cmd = [binary]
    elif shutil.which("cargo"):
        cmd = ["cargo", "run", "-q", "--example", "extract", "--"]
    else:
        pytest.fail("needs ZHNEWS_EXTRACT_BIN or cargo to run the Rust example")
    out = subprocess.run(
        [*cmd, *map(str, CORPUS)], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout
    lines = out.splitlines()
    assert len(lines) == len(CORPUS)
    return {p.stem: json.loads(line) for p, line in zip(CORPUS, lines)}


def gold_record(stem: str) -> dict[str, Any]:
    """The gold annotation of a corpus file as a full record (the JSON shape of FACTS.md)."""
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    meta = {"script": "simplified", "encoding": "UTF-8", **gold["meta"]}
    record: dict[str, Any] = {"schema_version": 1, "meta": meta, "body": "", "repairs": []}
    for key in FACT_LISTS:
        record[key] = gold[key]
    return record


def mention_dicts(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict with `text`, `start`, `end` anywhere in a record dict: every mention of
    every fact (flattened ones included), whatever the fact types become."""
    if isinstance(value, dict):
        if {"text", "start", "end"} <= value.keys():
            yield value
        for v in value.values():
            yield from mention_dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from mention_dicts(v)


def assert_attributes_mirror_dict(obj: Any) -> int:
    """Every key of `obj.to_dict()` is an attribute of `obj` with the same value (nested
    record objects compared through their own `to_dict()`); returns the number of objects
    checked."""
    checked = 1
    for key, expected in obj.to_dict().items():
        actual = getattr(obj, key)
        if isinstance(actual, list) and actual and hasattr(actual[0], "to_dict"):
            assert [a.to_dict() for a in actual] == expected, key
            for a in actual:
                checked += assert_attributes_mirror_dict(a)
        elif hasattr(actual, "to_dict"):
            assert actual.to_dict() == expected, key
            checked += assert_attributes_mirror_dict(actual)
        else:
            assert actual == expected, key
            assert type(actual) is type(expected) or isinstance(actual, float), (key, actual, expected)
    return checked


def table_rows(table: Any) -> list[dict[str, Any]]:
    """The rows of a pyarrow Table, each `article_id` cut to its file name, in a fixed
    order: to compare tables written by different engines (Spark, Dask, the local run)."""
    out = []
    for row in table.to_pylist():
        row["article_id"] = os.path.basename(row["article_id"])
        out.append(row)
    return sorted(out, key=lambda r: repr(sorted(r.items())))
