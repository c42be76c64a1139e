"""What the Spark and Dask examples share: one partition of pages → the zhnews tables of
the partition and the worker's counts; the throughput report of the driver.

The engines ship this file to their workers (Spark's ``addPyFile``, Dask's
``upload_file``), so that it is importable wherever a partition runs.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import zhnews


def extract_partition(ids: Sequence[str], contents: Sequence[bytes]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The tables of the pages ``contents`` (``article_id`` from ``ids``), and the counts of
    this worker process for them: pages, failed, bytes, seconds (wall) and cpu_seconds."""
    started, cpu_started = time.perf_counter(), time.process_time()
    # One worker process per core: one thread here. The default extractor is built on the
    # first call in the process and kept, so the dictionaries load once per worker.
    results = zhnews.extract_many(list(contents), threads=1, errors="return")
    ok = [(i, a) for i, a in zip(ids, results) if isinstance(a, zhnews.Article)]
    tables = zhnews.to_tables([a for _, a in ok], [i for i, _ in ok])
    stats = {
        "worker": f"{os.uname().nodename}:{os.getpid()}",
        "pages": len(contents),
        "failed": len(contents) - len(ok),
        "bytes": sum(len(c) for c in contents),
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu_started,
    }
    return tables, stats


def crawl_arguments(description: str) -> argparse.ArgumentParser:
    """The options both examples take: the input folder, the output folder, which files."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--glob", default="*.txt", help="file names to take")
    parser.add_argument("-r", "--recursive", action="store_true", help="in subfolders too")
    return parser


def report(stats: list[dict[str, Any]], wall_seconds: float) -> None:
    """Prints the throughput of every worker process (per second of wall time, and per second
    of its CPU time, which a busy machine does not change), then the totals."""
    by_worker: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for s in stats:
        for key in ("pages", "failed", "bytes", "seconds", "cpu_seconds"):
            by_worker[s["worker"]][key] += s[key]
    for worker, s in sorted(by_worker.items()):
        mb = s["bytes"] / 1e6
        print(
            f"worker {worker}: {int(s['pages'])} pages ({int(s['failed'])} failed), "
            f"{mb:.2f} MB in {s['seconds']:.2f} s: {mb / max(s['seconds'], 1e-9):.2f} MB/s "
            f"({mb / max(s['cpu_seconds'], 1e-9):.2f} MB per CPU second)"
        )
    pages, mb = sum(s["pages"] for s in stats), sum(s["bytes"] for s in stats) / 1e6
    print(f"{pages} pages, {mb:.2f} MB in {wall_seconds:.1f} s (wall), {len(by_worker)} workers")
