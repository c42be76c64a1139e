#!/usr/bin/env python3
"""Agreement between two annotation passes of the same pages, scored like the eval.

    scripts/realdev/agreement.py DIR_A DIR_B [--pages R001,R002,...] [--diff]

Works for the realdev gold (`Rnnn.json`) and for the facts gold of the web pages (one family
folder, `corpus/web/facts/FAMILY/`): a fact type counts on a page only when both files
have its key, meta only when both have `meta`. Matched figures are also compared on their
subject, matched people on their organization.

Treats DIR_A as reference and DIR_B as prediction (F1 is symmetric): institutions match by
name or alias, figures by value+unit+upper, dates by value+end_value, programs by name
(strict) or containment (lenient), people by name, events by name or alias; meta fields
exactly. Prints P/R/F1 per fact type over the pages present in both folders; `--diff`
lists the disagreements per page (for adjudication).
"""
import json
import sys
from pathlib import Path


def inst_keys(x):
    return {x["name"], *x.get("aliases", [])}


def matched_pairs(golds, preds, same):
    """Greedy one-to-one matching: the (gold index, pred index) pairs."""
    used = [False] * len(preds)
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if not used[j] and same(g, p):
                used[j] = True
                pairs.append((i, j))
                break
    return pairs


def match(golds, preds, same):
    """Greedy one-to-one matching; returns (tp, fp, fn, unmatched gold, unmatched pred)."""
    pairs = matched_pairs(golds, preds, same)
    gi, pj = {i for i, _ in pairs}, {j for _, j in pairs}
    missed = [g for i, g in enumerate(golds) if i not in gi]
    spurious = [p for j, p in enumerate(preds) if j not in pj]
    return len(pairs), len(spurious), len(missed), missed, spurious


def num(v):
    return None if v is None else round(float(v), 2)


RULES = {
    "institutions": (lambda g, p: bool(inst_keys(g) & inst_keys(p)), lambda x: x["name"]),
    "figures": (lambda g, p: (num(g["value"]), g.get("unit"), num(g.get("upper")))
                == (num(p["value"]), p.get("unit"), num(p.get("upper"))),
                lambda x: f'{x["text"]}={x["value"]}{x.get("unit") or ""}'),
    "dates": (lambda g, p: (g["value"], g.get("end_value")) == (p["value"], p.get("end_value")),
              lambda x: f'{x["text"]}={x["value"]}' + (f'/{x["end_value"]}' if x.get("end_value") else "")),
    "programs (strict)": (lambda g, p: g["name"] == p["name"], lambda x: x["name"]),
    "programs (lenient)": (lambda g, p: g["name"] in p["name"] or p["name"] in g["name"], lambda x: x["name"]),
    "people": (lambda g, p: g["name"] == p["name"], lambda x: x["name"]),
    "events": (lambda g, p: bool(inst_keys(g) & inst_keys(p)), lambda x: x["name"]),
}
FIELD = {"programs (strict)": "programs", "programs (lenient)": "programs"}
META = ["title", "published_at", "source", "authors", "editors"]


def main(argv):
    diff = "--diff" in argv
    args = [a for a in argv if a != "--diff"]
    pages = None
    if "--pages" in args:
        i = args.index("--pages")
        pages = set(args[i + 1].split(","))
        del args[i:i + 2]
    a_dir, b_dir = Path(args[0]), Path(args[1])
    ids = sorted({p.stem for p in a_dir.glob("*.json")} & {p.stem for p in b_dir.glob("*.json")})
    if pages:
        ids = [i for i in ids if i in pages]
    totals = {k: [0, 0, 0] for k in RULES}
    meta = {k: [0, 0] for k in META}
    attrs = {"figure subjects": [0, 0], "people orgs": [0, 0]}
    for pid in ids:
        a = json.loads((a_dir / f"{pid}.json").read_text(encoding="utf-8"))
        b = json.loads((b_dir / f"{pid}.json").read_text(encoding="utf-8"))
        lines = []
        for kind, (same, show) in RULES.items():
            field = FIELD.get(kind, kind)
            if field not in a or field not in b:
                continue
            tp, fp, fn, missed, spurious = match(a[field], b[field], same)
            if kind in ("figures", "people"):
                attr, name = ("subject", "figure subjects") if kind == "figures" else ("organization", "people orgs")
                for i, j in matched_pairs(a[field], b[field], same):
                    g, q = a[field][i], b[field][j]
                    attrs[name][1] += 1
                    if g.get(attr) == q.get(attr):
                        attrs[name][0] += 1
                    else:
                        lines.append(f"  {attr} of {show(g)}: A {g.get(attr)!r} | B {q.get(attr)!r}")
            totals[kind][0] += tp
            totals[kind][1] += fp
            totals[kind][2] += fn
            if kind == "programs (lenient)":
                continue
            lines += [f"  {kind}: only A: {show(x)}" for x in missed]
            lines += [f"  {kind}: only B: {show(x)}" for x in spurious]
        for k in META if "meta" in a and "meta" in b else []:
            meta[k][1] += 1
            if a["meta"].get(k) == b["meta"].get(k):
                meta[k][0] += 1
            else:
                lines.append(f"  meta.{k}: A {a['meta'].get(k)!r} | B {b['meta'].get(k)!r}")
        if diff and lines:
            print(f"== {pid}")
            print("\n".join(lines))
    print(f"{len(ids)} pages")
    print(f"{'fact':20} {'both':>5} {'onlyB':>5} {'onlyA':>5} {'F1':>6}")
    for kind, (tp, fp, fn) in totals.items():
        f1 = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
        print(f"{kind:20} {tp:5} {fp:5} {fn:5} {f1:6.3f}")
    for k, (agree, total) in [*attrs.items(), *((f"meta.{k}", v) for k, v in meta.items())]:
        if total:
            print(f"{k:20} {agree}/{total}")


if __name__ == "__main__":
    main(sys.argv[1:])
