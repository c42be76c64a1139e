"""zhnews on Dask: a folder of pages in, the fact tables out as Parquet.

    python examples/dask/extract_bag.py INPUT_DIR OUTPUT_DIR [--glob '*.txt'] [--recursive] \
        [--workers 2] [--partitions N] [--scheduler tcp://host:8786]

The file paths become a ``dask.bag`` (partitioned by file: each partition is a list of
paths); each partition runs in a worker process, which reads its files, runs zhnews and
writes each fact table of the partition as ``OUTPUT_DIR/TABLE/part-*.parquet`` (so the
workers need the output folder on a shared file system, as Dask's own ``to_parquet``
does), and returns its counts; ``pyarrow.parquet.read_table(OUTPUT_DIR/TABLE)`` reads a
table whole. ``article_id`` is the file's path. The tables are those of
``zhnews.to_tables`` (docs/FACTS.md, "Tables"). Without ``--scheduler`` the script starts a
``LocalCluster`` of ``--workers`` processes with one thread each; at the end it prints the
throughput of every worker process.

One ``Extractor`` per worker process: the module-level ``zhnews.extract_many`` builds the
default one on first use and keeps it for the life of the process, so the dictionaries
load once per worker, not once per task. Workers need zhnews installed
(``pip install 'zhnews[arrow]'`` or the built wheel in their environment).
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import sys
import time
from typing import Any

import pyarrow.parquet as pq

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import zhnews_partition  # noqa: E402  (examples/zhnews_partition.py, shared with Spark)
from zhnews_partition import extract_partition, report  # noqa: E402

import zhnews  # noqa: E402


def extract_files(paths: list[str], output: str) -> list[dict[str, Any]]:
    """One bag partition: extract its files, write its part of every table, return counts."""
    contents = []
    for path in paths:
        with open(path, "rb") as f:
            contents.append(f.read())
    tables, stats = extract_partition(paths, contents)
    # The part's name comes from its files, so a retried task overwrites its own part.
    part = hashlib.sha1("\n".join(paths).encode()).hexdigest()[:16]
    for name, table in tables.items():
        os.makedirs(os.path.join(output, name), exist_ok=True)
        pq.write_table(table, os.path.join(output, name, f"part-{part}.parquet"))
    return [stats]


def main() -> None:
    parser = zhnews_partition.crawl_arguments(__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster")
    parser.add_argument("--partitions", type=int, help="default: 4 per worker")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    args = parser.parse_args()

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    pattern = os.path.join(os.path.abspath(args.input), "**" if args.recursive else "", args.glob)
    paths = sorted(glob.glob(pattern, recursive=args.recursive))
    if not paths:
        raise SystemExit(f"no file matches {args.glob} in {args.input}")
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    with client:
        # The shared module, importable in every worker.
        client.upload_file(zhnews_partition.__file__)
        started = time.perf_counter()
        partitions = min(len(paths), args.partitions or 4 * args.workers)
        bag = db.from_sequence(paths, npartitions=partitions)
        output = os.path.abspath(args.output)
        for name in zhnews.to_tables([]):
            shutil.rmtree(os.path.join(output, name), ignore_errors=True)
        stats = bag.map_partitions(extract_files, output).compute()
        report(stats, time.perf_counter() - started)


if __name__ == "__main__":
    main()
