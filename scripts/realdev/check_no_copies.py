#!/usr/bin/env python3
"""Checks that no text of a real page (../shared/realdev) was copied into the repository.

    scripts/realdev/check_no_copies.py [--min N]

Looks for common substrings of more than N characters (default 20, whitespace ignored)
between every file git tracks (or would track) and the real pages. The gold files
(`corpus/realdev/gold/*.json`) may quote names and titles, so they are not scanned; elsewhere
a long common substring is allowed only when it lies inside a string the gold records as a
fact (a name, title, alias, subject or category). Exits 1 and prints the hits when there are
any; skips with one line when ../shared/realdev is absent.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT.parent / "shared" / "realdev"
GOLD = ROOT / "corpus" / "realdev" / "gold"


def squeeze(text: str) -> str:
    return "".join(text.split())


def fact_strings() -> list[str]:
    """Every string the gold records as a fact or meta field, whitespace removed."""
    out: list[str] = []

    def walk(v):
        if isinstance(v, str):
            out.append(squeeze(v))
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                if k not in ("body_must_contain", "body_must_not_contain"):
                    walk(x)

    for p in sorted(GOLD.glob("*.json")):
        walk(json.loads(p.read_text(encoding="utf-8")))
    return out


def tracked_files() -> list[Path]:
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    return [ROOT / f for f in listing if f]


def main(argv: list[str]) -> int:
    n = int(argv[argv.index("--min") + 1]) if "--min" in argv else 20
    if not PAGES.is_dir():
        print(f"realdev copies: skipped, {PAGES} is absent")
        return 0
    window = n + 1
    grams: dict[str, str] = {}
    for page in sorted(PAGES.glob("*.txt")):
        t = squeeze(page.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(t) - window + 1):
            grams.setdefault(t[i:i + window], page.name)
    facts = fact_strings()
    hits = []
    for f in tracked_files():
        rel = f.relative_to(ROOT).as_posix()
        if rel.startswith("corpus/realdev/gold/") or not f.is_file() or f.stat().st_size > 5_000_000:
            continue
        try:
            t = squeeze(f.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, OSError):
            continue
        for i in range(len(t) - window + 1):
            g = t[i:i + window]
            src = grams.get(g)
            if src and not any(g in s for s in facts):
                hits.append(f"{rel}: {window}+ characters also in {src} (at character {i})")
                break
    summary = f"realdev copies: {len(hits)} files share more than {n} characters with a real page"
    print("\n".join([*hits, summary]))
    return int(bool(hits))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
