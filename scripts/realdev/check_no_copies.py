#!/usr/bin/env python3
"""Checks that no text of a real page (../shared/realdev, and the web pages of target/web-pages
fetched by scripts/web/fetch.sh) was copied into the repository.

    scripts/realdev/check_no_copies.py [--min N]

Looks for common substrings of more than N characters (default 20, whitespace ignored)
between every file git tracks (or would track) and the real pages. The gold files
(`corpus/realdev/gold/*.json`, `corpus/web/gold/`, `corpus/web/facts/`) may quote names and titles, so they are not scanned; elsewhere
a long common substring is allowed only when it lies inside a string the gold records as a
fact (a name, title, alias, subject or category). Exits 1 and prints the hits when there are
any; skips a set with one line when its pages are absent. Of the web pages (HTML), only runs
of non-ASCII characters count (their markup and scripts are not page text).
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT.parent / "shared" / "realdev"
GOLD = ROOT / "corpus" / "realdev" / "gold"
WEB_PAGES = ROOT / "target" / "web-pages"
WEB_GOLD = ROOT / "corpus" / "web" / "gold"
WEB_FACTS = ROOT / "corpus" / "web" / "facts"


def squeeze(text: str) -> str:
    return "".join(text.split())


def html_text(raw: bytes) -> str:
    """The non-ASCII runs of an HTML page, decoded by its declared charset (else UTF-8, GB18030)."""
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4096])
    for enc in ([m.group(1).decode()] if m else []) + ["utf-8", "gb18030"]:
        try:
            text = raw.decode(enc)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    else:
        text = raw.decode("utf-8", "replace")
    return "\n".join(re.findall(r"[^\x00-\x7f]+", text))


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

    for p in sorted(GOLD.glob("*.json")) + sorted(WEB_GOLD.glob("*.json")) + sorted(WEB_FACTS.glob("*/*.json")):
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
    window = n + 1
    texts: list[tuple[str, str]] = []
    if PAGES.is_dir():
        texts += [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(PAGES.glob("*.txt"))]
    else:
        print(f"realdev copies: skipped, {PAGES} is absent")
    if WEB_PAGES.is_dir():
        texts += [(p.name, html_text(p.read_bytes())) for p in sorted(WEB_PAGES.glob("*.html"))]
    else:
        print(f"web copies: skipped, {WEB_PAGES} is absent")
    grams: dict[str, str] = {}
    for name, text in texts:
        for run in text.split("\n") if name.endswith(".html") else [text]:
            t = squeeze(run)
            for i in range(len(t) - window + 1):
                grams.setdefault(t[i:i + window], name)
    facts = fact_strings()
    hits = []
    for f in tracked_files():
        rel = f.relative_to(ROOT).as_posix()
        if rel.startswith(("corpus/realdev/gold/", "corpus/web/gold/", "corpus/web/facts/")) or not f.is_file() or f.stat().st_size > 5_000_000:
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
    summary = f"copies: {len(hits)} files share more than {n} characters with a real page"
    print("\n".join([*hits, summary]))
    return int(bool(hits))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
