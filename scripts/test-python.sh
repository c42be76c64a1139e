#!/usr/bin/env bash
# Python binding tests from a clean clone: builds the wheel (one release build), installs it
# into a fresh virtualenv and runs the pytest suite (which also runs mypy stubtest and
# mypy --strict on typed usage). Needs only cargo, and python3 (>= 3.9) with venv and pip;
# the tools come from PyPI at pinned versions.
#
#   scripts/test-python.sh [PYTEST ARGS...]
#
# ZHNEWS_VENV sets the virtualenv (default target/python-venv, recreated each run).
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${ZHNEWS_VENV:-target/python-venv}"
wheels="target/python-wheels"

python3 -m venv --clear "$venv"
# pyarrow and pandas for zhnews.to_tables; dask and pyspark (which needs Java 17 at run time)
# for the examples in examples/dask and examples/spark, whose tests skip without them.
# pyspark 4.3 does not fully support pandas 3 yet: pandas stays below 3.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    maturin==1.16.0 pytest==9.2.0 mypy==2.4.1 jsonschema==4.26.0 \
    pyarrow==26.0.1 pandas==2.3.3 dask==2026.8.0 distributed==2026.8.0 pyspark==4.3.0

rm -rf "$wheels"
"$venv/bin/maturin" build --release --manifest-path python/Cargo.toml \
    --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index "$wheels"/zhnews-*.whl

# The tests compare to_dict() with the JSON of the Rust example for the same file; after
# scripts/test-all.sh (`cargo test --release`) this build is already there.
cargo build --release --quiet --features html,schema --example extract
export ZHNEWS_EXTRACT_BIN="$PWD/target/release/examples/extract"
# The command, whose Parquet output the tables tests compare with zhnews.to_tables (the
# build of scripts/test-all.sh too).
cargo build --release --quiet -p zhnews-cli
export ZHNEWS_CLI_BIN="$PWD/target/release/zhnews"

cd python/tests
exec "../../$venv/bin/python" -m pytest -q "$@"
