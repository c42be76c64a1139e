"""The record classes: every field as an attribute, `to_dict()` as the JSON shape, offsets
as Python `str` indices. Records come from the corpus (whatever the extractors find today)
and, to exercise every fact type now, from the gold annotations read back with
`Article.from_json`."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    CORPUS,
    FACT_LISTS,
    assert_attributes_mirror_dict,
    corpus_ids,
    gold_record,
    mention_dicts,
)

import zhnews


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", CORPUS, ids=corpus_ids())
def test_to_dict_is_the_rust_example_json(path: Path, rust_records: dict[str, Any]) -> None:
    expected = rust_records[path.stem]
    from_bytes = zhnews.extract(path.read_bytes())
    from_text = zhnews.extract(read(path))
    assert from_bytes.to_dict() == expected
    assert from_text.to_dict() == expected
    assert json.loads(from_bytes.to_json()) == expected
    assert json.loads(from_text.to_json(pretty=True)) == expected


@pytest.mark.parametrize("path", CORPUS, ids=corpus_ids())
def test_corpus_offsets_index_the_python_str(path: Path) -> None:
    text = read(path)
    article = zhnews.extract(text)
    assert article.text is text
    record = article.to_dict()
    for m in mention_dicts({k: record[k] for k in FACT_LISTS}):
        assert text[m["start"] : m["end"]] == m["text"]
    for r in article.repairs:
        assert text[r.start : r.end] == r.before
    for fact in article.figures + article.dates + article.programs:
        assert text[fact.start : fact.end] == fact.text == fact.mention.text
    for multi in article.institutions + article.people + article.events:
        assert multi.mentions, multi
        for m in multi.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("path", CORPUS, ids=corpus_ids())
def test_corpus_attributes_mirror_the_dict(path: Path) -> None:
    article = zhnews.extract(read(path))
    assert_attributes_mirror_dict(article)
    assert article.schema_version == zhnews.SCHEMA_VERSION == 1
    assert article.meta.encoding == "UTF-8"
    assert article.meta.script == zhnews.normalize(read(path)).script


@pytest.mark.parametrize("path", CORPUS, ids=corpus_ids())
def test_corpus_meta_matches_gold(path: Path) -> None:
    gold = gold_record(path.stem)["meta"]
    meta = zhnews.extract(path.read_bytes()).meta
    for key in ("title", "published_at", "source", "authors", "editors", "original_title"):
        assert getattr(meta, key) == gold[key], key


def test_traditional_corpus_article_says_so() -> None:
    (path,) = [p for p in CORPUS if p.stem.startswith("002_")]
    assert zhnews.extract(read(path)).meta.script in ("traditional", "mixed")
    (simplified,) = [p for p in CORPUS if p.stem.startswith("004_")]
    assert zhnews.extract(read(simplified)).meta.script == "simplified"


@pytest.mark.parametrize("path", CORPUS, ids=corpus_ids())
def test_gold_records_read_back_with_every_fact_type(path: Path) -> None:
    text = read(path)
    record = gold_record(path.stem)
    article = zhnews.Article.from_json(json.dumps(record, ensure_ascii=False), text)
    assert article.to_dict() == record
    checked = assert_attributes_mirror_dict(article)
    assert checked > sum(len(record[k]) for k in FACT_LISTS)
    mentions = list(mention_dicts({k: record[k] for k in FACT_LISTS}))
    assert mentions
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"], m
    for f in article.figures:
        assert isinstance(f.value, float)
    assert pickle.loads(pickle.dumps(article)) == article
    for fact in article.institutions + article.figures + article.dates + article.programs:
        assert pickle.loads(pickle.dumps(fact)) == fact


def gold_article(stem_prefix: str) -> zhnews.Article:
    (path,) = [p for p in CORPUS if p.stem.startswith(stem_prefix)]
    record = gold_record(path.stem)
    return zhnews.Article.from_json(json.dumps(record, ensure_ascii=False), read(path))


def test_fact_attributes_and_reprs() -> None:
    article = gold_article("000_")
    person = next(p for p in article.people if p.name == "杭文权")
    assert person.titles == ["主任"]
    assert person.organization == "上海市闵行区卫生健康委员会"
    assert [(m.text, m.start, m.end) for m in person.mentions] == [("杭文权", 211, 214), ("杭文权", 902, 905)]
    assert repr(person) == (
        "Person(name='杭文权', titles=['主任'], organization='上海市闵行区卫生健康委员会', "
        "mentions=[Mention(text='杭文权', start=211, end=214), Mention(text='杭文权', start=902, end=905)])"
    )
    date = article.dates[0]
    assert (date.value, date.end_value, date.kind, date.modifier, date.label) == (
        "2025-05-23T22:08:50",
        None,
        "point",
        None,
        None,
    )
    assert repr(date) == (
        "DateMention(value='2025-05-23T22:08:50', end_value=None, kind='point', modifier=None, "
        "label=None, text='2025-05-23 22:08:50', start=35, end=54)"
    )
    figure = next(f for f in article.figures if f.text == "三维")
    assert (figure.value, figure.upper, figure.unit, figure.kind, figure.approx, figure.subject) == (
        3.0,
        None,
        None,
        "count",
        "exact",
        "防线",
    )
    assert figure.to_dict()["value"] == 3 and isinstance(figure.to_dict()["value"], int)
    assert repr(figure) == (
        "Figure(value=3.0, upper=None, unit=None, kind='count', approx='exact', subject='防线', "
        "text='三维', start=440, end=442)"
    )
    event = next(e for e in article.events if e.name == "第78届世界卫生大会")
    assert event.date == "2025-05"
    assert event.mentions[1] == event.mentions[1]
    assert hash(event.mentions[1]) == hash(event.mentions[1])
    assert len({m for m in event.mentions}) == 3
    assert repr(event).startswith("Event(name='第78届世界卫生大会', date='2025-05', mentions=[Mention(text='世界卫生大会', start=12, end=18), ")
    inst = next(i for i in article.institutions if i.name == "上海市闵行区卫生健康委员会")
    assert (inst.kind, inst.region, inst.aliases) == ("government", "上海市闵行区", ["闵行区卫健委"])
    assert repr(inst).startswith(
        "Institution(name='上海市闵行区卫生健康委员会', kind='government', region='上海市闵行区', "
        "aliases=['闵行区卫健委'], mentions=[Mention(text='上海市闵行区卫生健康委员会', start=116, end=129), "
    )
    program = article.programs[0]
    assert program.category == "防线"
    assert repr(program) == (
        "Program(name='三级医疗保健网、赤脚医生、农村合作医疗', category='防线', "
        "text='“三级医疗保健网、赤脚医生、农村合作医疗”三维防线', start=419, end=444)"
    )
    assert repr(article) == (
        "Article(title='上海基层医疗改革成果亮相世界卫生大会，闵行经验获国际社会关注', "
        "published_at='2025-05-23T22:08:50', encoding='UTF-8', script='simplified', repairs=0, "
        "institutions=12, figures=8, dates=3, programs=9, people=5, events=2)"
    )


def test_fractional_and_range_values_keep_their_json_numbers() -> None:
    record = gold_record(CORPUS[0].stem)
    record["figures"] = [
        {"value": 33.33, "upper": None, "unit": "%", "kind": "percent", "approx": "exact",
         "subject": None, "text": "三分之一", "start": 0, "end": 4},
        {"value": 300, "upper": 400, "unit": "平方米", "kind": "area", "approx": "exact",
         "subject": None, "text": "300-400平方米", "start": 4, "end": 15},
        {"value": 220000000, "upper": None, "unit": "个", "kind": "count", "approx": "over",
         "subject": "标化工作总量", "text": "超过2.2亿个", "start": 15, "end": 22},
    ]
    record["dates"] = [
        {"value": "2021", "end_value": "2025", "kind": "period", "modifier": None, "label": "十四五",
         "text": "十四五", "start": 0, "end": 3},
        {"value": "--03-12", "end_value": None, "kind": "point", "modifier": "first_half", "label": None,
         "text": "3月12日", "start": 3, "end": 8},
    ]
    article = zhnews.Article.from_json(json.dumps(record), "")
    assert article.to_dict() == record
    assert json.loads(article.to_json()) == record
    assert [(f.value, f.upper) for f in article.figures] == [(33.33, None), (300.0, 400.0), (220000000.0, None)]
    assert '"value":220000000,' in article.to_json()
    assert [(d.value, d.end_value, d.kind, d.modifier, d.label) for d in article.dates] == [
        ("2021", "2025", "period", None, "十四五"),
        ("--03-12", None, "point", "first_half", None),
    ]


def test_records_are_read_only_and_lists_are_copies() -> None:
    article = gold_article("001_")
    with pytest.raises(AttributeError):
        article.body = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        article.people[0].name = "x"  # type: ignore[misc]
    article.institutions.clear()
    assert len(article.institutions) == 11
    article.meta.authors.append("x")
    assert "x" not in article.meta.authors


def test_equality_and_hashing() -> None:
    a, b = zhnews.extract("国家卫健委召开发布会。"), zhnews.extract("国家卫健委召开发布会。")
    assert a == b and not (a != b)
    assert a != zhnews.extract("国家卫健委召开新闻发布会。")
    assert a != "国家卫健委召开发布会。"
    with pytest.raises(TypeError):
        hash(a)
    with pytest.raises(TypeError):
        hash(a.meta)


def test_from_json_rejects_what_is_not_a_record() -> None:
    with pytest.raises(ValueError, match="not a zhnews record"):
        zhnews.Article.from_json('{"schema_version": 1}', "")
    with pytest.raises(ValueError):
        zhnews.Article.from_json("[", "")


def test_the_acceptance_one_liner() -> None:
    import subprocess
    import sys

    from conftest import REPO

    code = "import zhnews; print(zhnews.extract(open('corpus/000_minhang_wha.txt').read()).to_json())"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, capture_output=True, text=True).stdout
    assert json.loads(out)["schema_version"] == 1
