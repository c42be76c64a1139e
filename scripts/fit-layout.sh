#!/usr/bin/env bash
# Fits the weights of the scored line classifier on the gold of corpus/, corpus/dev/ and the
# realdev tune pages (never a blind page: examples/fit_layout.rs) into
# src/lexicon/line_weights_fitted.tsv, then scores the weights in force
# (src/lexicon/line_weights.tsv) and the fitted ones with the eval on the same sets, and
# installs the fitted weights as the ones in force only when they are at least as good on every
# count compared (meta fields, body checks, tp−fp per fact type) of corpus, corpus/dev and
# realdev tune, and better on one. Deterministic: the same pages and weights in force give the
# same file. The eval's realdev blind numbers are never read here.
#
#   scripts/fit-layout.sh            fit, compare, install if better
#   scripts/fit-layout.sh --compare  fit and compare only
#   extra arguments after -- go to fit_layout (--iterations N, --l2 X, --pseudo X)
set -euo pipefail
cd "$(dirname "$0")/.."

install=1
if [ "${1:-}" = "--compare" ]; then install=0; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi

dir=target/layout-fit
mkdir -p "$dir"
cargo build --release --quiet --features html --example fit_layout --example eval
target/release/examples/fit_layout --out src/lexicon/line_weights_fitted.tsv "$@"
cp src/lexicon/line_weights.tsv "$dir/in_force.tsv"
cp src/lexicon/line_weights_fitted.tsv "$dir/fitted.tsv"

for w in in_force fitted; do
  target/release/examples/eval --json --weights "$dir/$w.tsv" > "$dir/$w.corpus.json"
  target/release/examples/eval --json --weights "$dir/$w.tsv" corpus/dev > "$dir/$w.dev.json"
  target/release/examples/eval --json --set realdev --weights "$dir/$w.tsv" > "$dir/$w.realdev.json"
done

python3 - "$dir" "$install" <<'PY'
import json, shutil, sys
d, install = sys.argv[1], sys.argv[2] == "1"
FIELDS = ["title", "published_at", "source", "authors", "editors", "original_title"]
def counts(w):
    out = {}
    for name, s in [("corpus", json.load(open(f"{d}/{w}.corpus.json"))),
                    ("dev", json.load(open(f"{d}/{w}.dev.json"))),
                    ("tune", json.load(open(f"{d}/{w}.realdev.json")).get("realdev tune"))]:
        if s is None:
            continue
        for f, m in zip(FIELDS, s["meta_fields"]):
            out[f"{name} {f}"] = m["agree"]
        out[f"{name} body kept"] = s["body_kept"]["agree"]
        out[f"{name} furniture dropped"] = s["furniture_dropped"]["agree"]
        for k in ["institutions", "figures", "dates", "programs_strict", "people", "events"]:
            out[f"{name} {k} tp-fp"] = s[k]["tp"] - s[k]["fp"]
    return out
a, b = counts("in_force"), counts("fitted")
print(f"{'count':34} {'in force':>9} {'fitted':>9}")
for k in a:
    mark = "" if a[k] == b[k] else ("  +" if b[k] > a[k] else "  -")
    print(f"{k:34} {a[k]:9} {b[k]:9}{mark}")
print(f"{'total (corpus, dev, tune)':34} {sum(a.values()):9} {sum(b.values()):9}")
better = all(b[k] >= a[k] for k in a) and any(b[k] > a[k] for k in a)
print("fitted weights are", "better: installed" if better and install else "better" if better else "not better: the weights in force stay")
if better and install:
    shutil.copy(f"{d}/fitted.tsv", "src/lexicon/line_weights.tsv")
PY
