"""Every record validates against the published JSON Schema (docs/record.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import zhnews

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def corpus_files() -> list[Path]:
    """corpus/ and the development set corpus/dev/ (the real pages are outside the repository)."""
    return sorted(p for d in ("corpus", "corpus/dev") for p in (ROOT / d).glob("*.txt"))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_corpus_record_validates(path: Path) -> None:
    record = zhnews.extract(path.read_bytes()).to_dict()
    VALIDATOR.validate(record)


def test_html_and_fragment_records_validate() -> None:
    html = "<html><head><title>示例</title></head><body><p>2024年全市新建56家社区卫生服务中心。</p></body></html>"
    VALIDATOR.validate(zhnews.extract(html.encode(), format="html").to_dict())
    VALIDATOR.validate(zhnews.extract("约三百万元", layout=False).to_dict())


def test_schema_rejects_a_broken_record() -> None:
    record = zhnews.extract("2024年全市新建56家社区卫生服务中心。").to_dict()
    record["figures"][0]["kind"] = "not-a-kind"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)
    del record["meta"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)


def test_the_package_carries_the_schema() -> None:
    assert json.loads(zhnews.record_schema()) == SCHEMA


def test_schema_version_matches_records() -> None:
    assert f"schema_version {zhnews.extract('一').to_dict()['schema_version']}" in SCHEMA["description"]
