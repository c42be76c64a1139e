#!/usr/bin/env bash
# Python binding tests from a clean clone: builds the wheel (the `ci` profile of
# scripts/cargo-ci.sh, whose library build it reuses), installs it
# into a fresh virtualenv and runs the pytest suite (which also runs mypy stubtest and
# mypy --strict on typed usage). Needs only cargo, and python3 (>= 3.9) with venv and pip;
# the tools come from PyPI at pinned versions.
#
#   scripts/test-python.sh [PYTEST ARGS...]
#   scripts/test-python.sh --venv              only makes the virtualenv (mostly downloads:
#                                              scripts/test-all.sh runs it during the builds)
#   scripts/test-python.sh --keep-venv [ARGS]  the rest, in the virtualenv --venv made
#
# ZHNEWS_VENV sets the virtualenv (default target/python-venv, recreated each run).
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${ZHNEWS_VENV:-target/python-venv}"
wheels="target/python-wheels"
steps=all
case "${1:-}" in
  --venv) steps=venv; shift ;;
  --keep-venv) steps=test; shift ;;
esac

if [ "$steps" != test ]; then
  python3 -m venv --clear "$venv"
  # pyarrow and pandas for zhnews.to_tables; dask and pyspark (which needs Java 17 at run
  # time) for the examples in examples/dask and examples/spark, whose tests skip without them.
  # pyspark 4.3 does not fully support pandas 3 yet: pandas stays below 3.
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
      maturin==1.16.0 pytest==9.2.0 mypy==2.4.1 jsonschema==4.26.0 \
      pyarrow==26.0.1 pandas==2.3.3 dask==2026.8.0 distributed==2026.8.0 pyspark==4.3.0
fi
[ "$steps" != venv ] || exit 0

rm -rf "$wheels"
"$venv/bin/maturin" build --profile ci --manifest-path python/Cargo.toml \
    --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index "$wheels"/zhnews-*.whl

# The tests compare to_dict() with the JSON of the Rust example for the same file, and the
# command's Parquet output with zhnews.to_tables; after scripts/test-all.sh both are built.
scripts/cargo-ci.sh build --quiet --bins --examples
export ZHNEWS_EXTRACT_BIN="$PWD/target/ci/examples/extract"
export ZHNEWS_CLI_BIN="$PWD/target/ci/zhnews"

cd python/tests
exec "../../$venv/bin/python" -m pytest -q "$@"
