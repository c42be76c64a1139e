#!/usr/bin/env bash
# Runs every test of the project: Rust (unit, integration, doc), the zhnews command and the
# example binaries on the corpus, and the Python binding (built into a fresh virtualenv).
# Needs only cargo, python3, pip.
#
# Every cargo command goes through scripts/cargo-ci.sh (the workspace, the `ci` profile, the
# library's `html` and `schema` features), so that one build of the library serves the tests,
# the command, the examples and the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage's heading carries the seconds since the start (CI has a time budget).
began=$(date +%s)
stage() { echo "== [$(($(date +%s) - began)) s] $*"; }

# Three preparations start now and run beside the stages, their output kept in target/ci-logs/:
# the browser's packages and the Python virtualenv mostly wait on the network, and the fuzz
# build (low priority) takes the core the single-threaded stages leave idle. The stage that
# needs one waits for it, prints its output and fails if it failed. CI has 2 cores and a
# time budget: on them this saves about 10 of 30 minutes.
mkdir -p target/ci-logs
declare -A preparing=()
prepare() {  # NAME COMMAND...: starts COMMAND in the background, in a process group of its own
  local name="$1"
  shift
  setsid "$@" > "target/ci-logs/$name.log" 2>&1 &
  preparing[$name]=$!
}
prepared() {  # NAME: waits for the preparation NAME and prints its output
  local status=0
  wait "${preparing[$1]}" || status=$?
  cat "target/ci-logs/$1.log"
  unset "preparing[$1]"
  return "$status"
}
# A failing stage ends the run: the preparations still running end with it (apt is left to
# finish: a package manager stopped half-way leaves the system's package state broken).
trap 'for name in "${!preparing[@]}"; do [ "$name" = browser ] || kill -- "-${preparing[$name]}" 2>/dev/null || true; done' EXIT
stage "preparations started: browser packages, Python virtualenv, fuzz build"
prepare browser scripts/test-browser.sh --install
prepare python scripts/test-python.sh --venv
prepare fuzz nice -n 19 scripts/fuzz.sh --build

stage "structure of src/: no import circle between files, no function over 80 lines"
python3 scripts/check-structure.py

stage "the web pages of corpus/web/ (fetched into target/web-pages/; skips when the download fails)"
scripts/web/fetch.sh

stage "cargo test (the ci profile, shared with the command, the examples and the wheel build)"
scripts/cargo-ci.sh test
scripts/cargo-ci.sh build --quiet --bins --examples

stage "extract example on corpus/: one valid JSON line per article with every top-level field"
target/ci/examples/extract corpus/ > target/corpus.jsonl
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
if target/ci/examples/extract - < /dev/zero 2> target/endless.err; then
  echo "extract - < /dev/zero succeeded"; exit 1
fi
grep -q "larger than the limit" target/endless.err

stage "zhnews extract corpus/ --jobs 2: the example's records, in order, each with its path"
target/ci/zhnews extract corpus/ --jobs 2 --quiet > target/corpus-cli.jsonl
python3 - <<'PY'
import json
example = [json.loads(l) for l in open("target/corpus.jsonl", encoding="utf-8")]
cli = [json.loads(l) for l in open("target/corpus-cli.jsonl", encoding="utf-8")]
paths = [r.pop("path") for r in cli]
assert paths == sorted(paths) and len(paths) == 5, paths
assert cli == example, "zhnews extract and the extract example differ"
print("zhnews extract: the example's 5 records, in order")
PY
target/ci/zhnews extract tests/html/ --glob '*.html' --quiet --html-offsets > target/html-cli.jsonl
test "$(wc -l < target/html-cli.jsonl)" -eq 3

stage "eval on corpus/, the development set corpus/dev/, the real pages (skips without ../shared/realdev) and the web pages"
target/ci/examples/eval
target/ci/examples/eval corpus/dev
target/ci/examples/eval --set realdev
target/ci/examples/eval --set web

stage "OpenCC's test cases (t2s, tw2s, hk2s): at least 95 % exact (skips without the download)"
scripts/test-opencc.sh

stage "no text of a real page in the repository"
python3 scripts/realdev/check_no_copies.py

stage "zhnews show in headless Chromium (installs chromium with apt when root; skips otherwise)"
prepared browser
scripts/test-browser.sh

# Every fuzz target for 60 s, two at a time, built without a sanitizer (see scripts/fuzz.sh;
# the build is a preparation). A crash, or an input over 1 s,
# fails the run and prints the reproducer's path. ZHNEWS_FUZZ_SECONDS changes the time.
stage "fuzz targets, ${ZHNEWS_FUZZ_SECONDS:-60} s each"
prepared fuzz
scripts/fuzz.sh "${ZHNEWS_FUZZ_SECONDS:-60}"

stage "Python binding"
prepared python
scripts/test-python.sh --keep-venv
echo "all tests passed in $(($(date +%s) - began)) s"
