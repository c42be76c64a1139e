#!/usr/bin/env bash
# Runs every test of the project: Rust (unit, integration, doc), the zhnews command and the
# example binaries on the corpus, and the Python binding (built into a fresh virtualenv).
# Needs only cargo, python3, pip.
#
# Every cargo command builds the library with the `html` feature (as the zhnews command and
# the wheel do) and `schema` (the record's JSON Schema test), so that one release build of it
# serves them all.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage's heading carries the seconds since the start (CI has a time budget).
began=$(date +%s)
stage() { echo "== [$(($(date +%s) - began)) s] $*"; }

stage "structure of src/: no import circle between files, no function over 80 lines"
python3 scripts/check-structure.py

stage "the web pages of corpus/web/ (fetched into target/web-pages/; skips when the download fails)"
scripts/web/fetch.sh

stage "cargo test (release profile, shared with the command, the examples and the wheel build)"
cargo test --release --workspace --exclude zhnews-py --features zhnews/html,zhnews/schema

stage "extract example on corpus/: one valid JSON line per article with every top-level field"
cargo run --release --quiet --features html,schema --example extract -- corpus/ > target/corpus.jsonl
python3 - <<'PY'
import json
keys = {"schema_version", "meta", "body", "repairs", "institutions", "figures", "dates", "programs", "people", "events"}
lines = open("target/corpus.jsonl", encoding="utf-8").read().splitlines()
assert len(lines) == 5, f"expected 5 records, got {len(lines)}"
for line in lines:
    record = json.loads(line)
    missing = keys - record.keys()
    assert not missing, f"missing fields {missing}"
print("extract example: 5 records, all fields present")
PY

stage "extract example: an endless stream fails at once with the size limit, in bounded memory"
if target/release/examples/extract - < /dev/zero 2> target/endless.err; then
  echo "extract - < /dev/zero succeeded"; exit 1
fi
grep -q "larger than the limit" target/endless.err

stage "zhnews extract corpus/ --jobs 2: the example's records, in order, each with its path"
target/release/zhnews extract corpus/ --jobs 2 --quiet > target/corpus-cli.jsonl
python3 - <<'PY'
import json
example = [json.loads(l) for l in open("target/corpus.jsonl", encoding="utf-8")]
cli = [json.loads(l) for l in open("target/corpus-cli.jsonl", encoding="utf-8")]
paths = [r.pop("path") for r in cli]
assert paths == sorted(paths) and len(paths) == 5, paths
assert cli == example, "zhnews extract and the extract example differ"
print("zhnews extract: the example's 5 records, in order")
PY
target/release/zhnews extract tests/html/ --glob '*.html' --quiet --html-offsets > target/html-cli.jsonl
test "$(wc -l < target/html-cli.jsonl)" -eq 3

stage "eval on corpus/, the development set corpus/dev/, the real pages (skips without ../shared/realdev) and the web pages"
cargo run --release --quiet --features html,schema --example eval
cargo run --release --quiet --features html,schema --example eval -- corpus/dev
cargo run --release --quiet --features html,schema --example eval -- --set realdev
cargo run --release --quiet --features html,schema --example eval -- --set web

stage "OpenCC's test cases (t2s, tw2s, hk2s): at least 95 % exact (skips without the download)"
scripts/test-opencc.sh

stage "no text of a real page in the repository"
python3 scripts/realdev/check_no_copies.py

stage "zhnews show in headless Chromium (installs chromium with apt when root; skips otherwise)"
scripts/test-browser.sh

# Every fuzz target for 60 s, two at a time, built without a sanitizer (see scripts/fuzz.sh;
# the stage takes about 6 minutes on 2 cores with the build). A crash, or an input over 1 s,
# fails the run and prints the reproducer's path. ZHNEWS_FUZZ_SECONDS changes the time.
stage "fuzz targets, ${ZHNEWS_FUZZ_SECONDS:-60} s each"
scripts/fuzz.sh "${ZHNEWS_FUZZ_SECONDS:-60}"

if [ -x scripts/test-python.sh ]; then
  stage "Python binding"
  scripts/test-python.sh
fi
echo "all tests passed in $(($(date +%s) - began)) s"
