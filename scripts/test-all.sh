#!/usr/bin/env bash
# Runs every test of the project: Rust (unit, integration, doc), the example binaries on the
# corpus, and the Python binding (built into a fresh virtualenv). Needs only cargo, python3, pip.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== structure of src/: no import circle between files, no function over 80 lines"
python3 scripts/check-structure.py

echo "== cargo test (release profile, shared with the examples and the wheel build)"
cargo test --release

echo "== extract example on corpus/: one valid JSON line per article with every top-level field"
cargo run --release --quiet --example extract -- corpus/ > target/corpus.jsonl
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

echo "== eval on corpus/ and on the development set corpus/dev/"
cargo run --release --quiet --example eval
cargo run --release --quiet --example eval -- corpus/dev

if [ -x scripts/test-python.sh ]; then
  echo "== Python binding"
  scripts/test-python.sh
fi
echo "all tests passed"
