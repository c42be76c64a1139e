#!/usr/bin/env python3
"""Checks gold annotation files of real pages against their texts and docs/FACTS.md.

    scripts/realdev/check_gold.py [--texts DIR] GOLD.json|GOLD_DIR ...

For every file: the fields and enum values of FACTS.md, ISO dates, every mention's
`text == original[start:end]` (code points of the page in DIR, default ../shared/realdev),
no mention given twice, and body checks short enough (at most 20 characters) that the gold
never copies a sentence of the page. Prints one line per problem; exits 1 when there is any.
Needs only the standard library (the Rust test `tests/realdev_gold.rs` checks the same).
"""
import json
import re
import sys
from pathlib import Path

INSTITUTION_KINDS = {"government", "hospital", "primary_care", "public_health", "association",
                     "company", "media", "education", "international", "other"}
FIGURE_KINDS = {"count", "percent", "money", "area", "duration", "age", "rank", "other"}
APPROX = {"exact", "over", "under", "about"}
DATE_KINDS = {"point", "range", "period"}
MODIFIERS = {None, "end", "since", "start", "first_half", "second_half"}
META_KEYS = {"title", "published_at", "source", "authors", "editors", "original_title"}
TOP_KEYS = {"id", "meta", "institutions", "figures", "dates", "programs", "people", "events",
            "body_must_contain", "body_must_not_contain"}
MAX_CHECK_CHARS = 20
ISO = re.compile(r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?|--\d{2}(-\d{2})?)$")


def check_file(path: Path, texts: Path) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{path.name}: not JSON: {e}"]
    if not isinstance(gold, dict):
        return [f"{path.name}: not an object"]
    extra = set(gold) - TOP_KEYS
    missing = TOP_KEYS - set(gold)
    if extra:
        bad(f"unknown top-level keys {sorted(extra)}")
    if missing:
        bad(f"missing top-level keys {sorted(missing)}")
    gid = gold.get("id", "")
    if gid != path.stem:
        bad(f"id {gid!r} differs from the file name")
    text_path = texts / f"{path.stem}.txt"
    try:
        original = text_path.read_text(encoding="utf-8")
    except OSError as e:
        return problems + [f"{path.name}: cannot read {text_path}: {e}"]

    seen: set[tuple[str, int, int]] = set()

    def mention(kind: str, m: object, where: str) -> None:
        if not isinstance(m, dict) or not {"text", "start", "end"} <= set(m):
            bad(f"{where}: a mention needs text/start/end")
            return
        s, e, t = m["start"], m["end"], m["text"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(original)):
            bad(f"{where}: bad offsets {s}..{e}")
            return
        if original[s:e] != t:
            bad(f"{where}: text {t!r} but the page has {original[s:e]!r} at {s}..{e}")
        key = (kind, s, e)
        if key in seen:
            bad(f"{where}: span {s}..{e} given twice among {kind}")
        seen.add(key)

    def located(kind: str, record: dict, where: str) -> None:
        if not record.get("mentions"):
            bad(f"{where}: no mentions")
        for m in record.get("mentions", []):
            mention(kind, m, where)

    def iso(v: object, where: str, nullable: bool = False) -> None:
        if v is None and nullable:
            return
        if not isinstance(v, str) or not ISO.match(v):
            bad(f"{where}: not an ISO 8601 value: {v!r}")

    meta = gold.get("meta", {})
    if set(meta) != META_KEYS:
        bad(f"meta keys must be exactly {sorted(META_KEYS)}")
    for key in ("authors", "editors"):
        if not isinstance(meta.get(key, []), list):
            bad(f"meta.{key} must be a list")
    iso(meta.get("published_at"), "meta.published_at", nullable=True)

    for i, inst in enumerate(gold.get("institutions", [])):
        where = f"institutions[{i}] {inst.get('name')!r}"
        if not inst.get("name"):
            bad(f"{where}: empty name")
        if inst.get("kind") not in INSTITUTION_KINDS:
            bad(f"{where}: kind {inst.get('kind')!r}")
        if "region" not in inst or not isinstance(inst.get("aliases"), list):
            bad(f"{where}: needs region (or null) and aliases (list)")
        if inst.get("name") in inst.get("aliases", []):
            bad(f"{where}: the name is among its aliases")
        located("institutions", inst, where)

    for i, fig in enumerate(gold.get("figures", [])):
        where = f"figures[{i}] {fig.get('text')!r}"
        if not isinstance(fig.get("value"), (int, float)) or isinstance(fig.get("value"), bool):
            bad(f"{where}: value must be a number")
        if fig.get("upper") is not None and not isinstance(fig.get("upper"), (int, float)):
            bad(f"{where}: upper must be a number or null")
        if fig.get("kind") not in FIGURE_KINDS:
            bad(f"{where}: kind {fig.get('kind')!r}")
        if fig.get("approx") not in APPROX:
            bad(f"{where}: approx {fig.get('approx')!r}")
        if "unit" not in fig or "subject" not in fig:
            bad(f"{where}: needs unit and subject (or null)")
        mention("figures", fig, where)

    for i, date in enumerate(gold.get("dates", [])):
        where = f"dates[{i}] {date.get('text')!r}"
        iso(date.get("value"), where)
        iso(date.get("end_value"), where, nullable=True)
        if date.get("kind") not in DATE_KINDS:
            bad(f"{where}: kind {date.get('kind')!r}")
        if date.get("modifier") not in MODIFIERS:
            bad(f"{where}: modifier {date.get('modifier')!r}")
        if "label" not in date:
            bad(f"{where}: needs label (or null)")
        if date.get("kind") == "range" and date.get("end_value") is None:
            bad(f"{where}: a range needs end_value")
        mention("dates", date, where)

    for i, prog in enumerate(gold.get("programs", [])):
        where = f"programs[{i}] {prog.get('name')!r}"
        if not prog.get("name") or "category" not in prog:
            bad(f"{where}: needs name and category (or null)")
        mention("programs", prog, where)

    for i, person in enumerate(gold.get("people", [])):
        where = f"people[{i}] {person.get('name')!r}"
        if not person.get("name") or not isinstance(person.get("titles"), list) or "organization" not in person:
            bad(f"{where}: needs name, titles (list) and organization (or null)")
        located("people", person, where)

    for i, event in enumerate(gold.get("events", [])):
        where = f"events[{i}] {event.get('name')!r}"
        if not event.get("name") or not isinstance(event.get("aliases"), list):
            bad(f"{where}: needs name and aliases (list)")
        date = event.get("date")
        if date is not None:
            for part in str(date).split("/"):
                iso(part, where + " date")
        located("events", event, where)

    for key in ("body_must_contain", "body_must_not_contain"):
        checks = gold.get(key, [])
        if not isinstance(checks, list) or not all(isinstance(c, str) and c for c in checks):
            bad(f"{key}: a list of non-empty strings")
            continue
        for c in checks:
            if len(c) > MAX_CHECK_CHARS:
                bad(f"{key}: {c!r} is longer than {MAX_CHECK_CHARS} characters")
    if not gold.get("body_must_contain"):
        bad("body_must_contain is empty")
    return problems


def main(argv: list[str]) -> int:
    texts = Path(__file__).resolve().parents[2].parent / "shared" / "realdev"
    args = list(argv)
    if "--texts" in args:
        i = args.index("--texts")
        texts = Path(args[i + 1])
        del args[i:i + 2]
    files: list[Path] = []
    for a in args or ["corpus/realdev/gold"]:
        p = Path(a)
        files.extend(sorted(p.glob("R*.json")) if p.is_dir() else [p])
    if not texts.is_dir():
        print(f"skipped: the real pages are not at {texts}")
        return 0
    problems = [p for f in files for p in check_file(f, texts)]
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
