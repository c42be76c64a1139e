"""zhnews on Spark: a folder of pages in, the fact tables out as Parquet.

    python examples/spark/extract_parquet.py INPUT_DIR OUTPUT_DIR [--glob '*.txt'] [--recursive] \
        [--master 'local[2]'] [--partitions N] [--conf spark.ui.enabled=false ...]

(or the same script through ``spark-submit``, which sets the master). The pages become a
DataFrame of ``(path, content)`` (Spark's ``binaryFile`` source); ``mapInPandas`` runs
zhnews on each batch of a partition in the Python workers and yields each fact table of
the batch as Arrow IPC bytes; that frame is persisted, then split into the tables
(``mapInArrow`` reads the bytes back) and each is written as ``OUTPUT_DIR/TABLE/`` (a
Parquet dataset, one part file per partition). ``article_id`` is the path as Spark gives
it (``file:/…``). The tables are those of ``zhnews.to_tables`` (see docs/FACTS.md,
"Tables"): one definition, in Rust. At the end the script prints the throughput of every
Python worker process.

Resources are built once per process: the module-level ``zhnews.extract_many`` uses one
default ``Extractor`` per Python worker, and Spark reuses its Python workers between tasks
(``spark.python.worker.reuse``, on by default), so the dictionaries load once per worker.

Shipping zhnews to the executors: the wheel holds native code, so ``--py-files`` (which
puts zip files on ``sys.path``) cannot load it. Either install it on every node
(``pip install 'zhnews[arrow]'`` or the built wheel, in the Python that
``PYSPARK_PYTHON`` names), or pack a virtualenv that has it and ship that::

    python -m venv env && env/bin/pip install venv-pack dist/zhnews-*.whl pyarrow 'pandas<3'
    env/bin/venv-pack -o env.tar.gz
    PYSPARK_PYTHON=./env/bin/python spark-submit --archives env.tar.gz#env \
        examples/spark/extract_parquet.py hdfs:///crawl/ hdfs:///tables/

(``--archives`` is ``spark.archives``; on YARN also set
``spark.yarn.appMasterEnv.PYSPARK_PYTHON=./env/bin/python``.)
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pyarrow as pa

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import zhnews_partition  # noqa: E402  (examples/zhnews_partition.py, shared with Dask)
from zhnews_partition import extract_partition, report  # noqa: E402

import zhnews  # noqa: E402

STATS = "_stats"


def ipc_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def extract_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas: (path, content) rows → one row per fact table, (table, Arrow IPC bytes),
    and one row of this worker's counts (table ``_stats``, JSON)."""
    for batch in batches:
        tables, stats = extract_partition(list(batch["path"]), list(batch["content"]))
        names = [*tables, STATS]
        payloads = [ipc_bytes(t) for t in tables.values()] + [json.dumps(stats).encode()]
        yield pd.DataFrame({"table": names, "ipc": payloads})


def read_table(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow: the IPC bytes of one table back into its rows."""
    for batch in batches:
        for payload in batch.column("ipc").to_pylist():
            yield from pa.ipc.open_stream(payload).read_all().to_batches()


def spark_session(master: str | None, conf: list[str]) -> Any:
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("zhnews-extract")
    if master:
        builder = builder.master(master)
    for item in conf:
        key, _, value = item.partition("=")
        builder = builder.config(key, value)
    return builder.getOrCreate()


def main() -> None:
    parser = zhnews_partition.crawl_arguments(__doc__.split("\n")[0])
    parser.add_argument("--master", help="e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, help="default: Spark's default parallelism")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()

    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    spark = spark_session(args.master, args.conf)
    # The shared module, importable in every executor's Python workers.
    spark.sparkContext.addPyFile(zhnews_partition.__file__)
    started = time.perf_counter()
    root = args.input if "://" in args.input else os.path.abspath(args.input)
    reader = spark.read.format("binaryFile")
    if args.recursive:
        reader = reader.option("pathGlobFilter", args.glob).option("recursiveFileLookup", "true")
    else:
        root = root.rstrip("/") + "/" + args.glob
    pages = reader.load(root).select("path", "content")
    pages = pages.repartition(args.partitions or spark.sparkContext.defaultParallelism)
    extracted = pages.mapInPandas(extract_batches, schema="table string, ipc binary").persist()
    # The tables and their types, from zhnews itself (the tables of no article).
    for name, empty in zhnews.to_tables([]).items():
        schema = from_arrow_schema(empty.schema)
        table = extracted.filter(F.col("table") == name).mapInArrow(read_table, schema)
        table.write.mode("overwrite").parquet(os.path.join(args.output, name))
    stats = [json.loads(r.ipc) for r in extracted.filter(F.col("table") == STATS).collect()]
    report(stats, time.perf_counter() - started)
    spark.stop()


if __name__ == "__main__":
    main()
