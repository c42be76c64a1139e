"""The Spark and Dask examples (examples/spark, examples/dask) on corpus/: they write the
tables that a local zhnews.to_tables run gives. Each skips with one line when its engine
(or, for Spark, Java) is not there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import zhnews
from conftest import CORPUS, REPO, table_rows

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
pq = pytest.importorskip("pyarrow.parquet")


def local_tables() -> dict[str, object]:
    articles = [zhnews.extract(p.read_bytes()) for p in CORPUS]
    return zhnews.to_tables(articles, [str(p) for p in CORPUS])


def run_example(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / script), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def assert_same_tables(out: Path) -> None:
    for name, table in local_tables().items():
        written = pq.read_table(out / name)
        assert written.column_names == table.column_names, name
        assert table_rows(written) == table_rows(table), name


def test_spark_example_writes_the_local_tables(tmp_path: Path) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17, and there is no java here")
    conf = [
        "spark.ui.enabled=false",
        "spark.driver.host=127.0.0.1",
        "spark.driver.bindAddress=127.0.0.1",
        "spark.sql.shuffle.partitions=2",
    ]
    args = [a for c in conf for a in ("--conf", c)]
    out = tmp_path / "tables"
    python = {"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    stdout = run_example(
        "spark/extract_parquet.py", "corpus", str(out), "--master", "local[2]", "--partitions", "2", *args, env=python
    )
    assert_same_tables(out)
    workers = [line for line in stdout.splitlines() if line.startswith("worker ")]
    assert 1 <= len(workers) <= 2 and all("MB/s" in w for w in workers), stdout
    assert f"{len(CORPUS)} pages" in stdout, stdout


def test_dask_example_writes_the_local_tables(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="dask is not installed")
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    out = tmp_path / "tables"
    stdout = run_example("dask/extract_bag.py", "corpus", str(out), "--workers", "2")
    assert_same_tables(out)
    workers = [line for line in stdout.splitlines() if line.startswith("worker ")]
    assert 1 <= len(workers) <= 2 and all("MB/s" in w for w in workers), stdout
    assert f"{len(CORPUS)} pages" in stdout, stdout
