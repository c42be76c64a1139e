"""Benchmark of the Python binding (run it against a release build):

1. `extract_many` on 2 threads vs 1 thread (target: >= 1.7x on a 2-core machine);
2. per-article time of `zhnews.extract` (and `extract` + `to_json`) vs the Rust `extract`
   example on the same articles (target: <= 10 % overhead).

    python python/bench/bench_extract.py [--copies 40] [--rounds 3] [--extract-bin target/release/examples/extract]

The Rust side runs the example binary on the corpus copied N times into a temporary folder,
and on a single file; the difference over the extra articles is the per-article time
without process start and dictionary loading. Best of `--rounds` everywhere.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import zhnews

REPO = Path(__file__).resolve().parents[2]


def timed(rounds: int, f: Callable[[], object]) -> tuple[float, float]:
    """Best of `rounds`, each minimum on its own: (wall seconds, CPU seconds of the process,
    all threads). On a shared machine the CPU time is the steadier measure."""
    walls, cpus = [], []
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        f()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def best_of(rounds: int, f: Callable[[], object]) -> float:
    return timed(rounds, f)[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=40, help="copies of the corpus (default 40)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--extract-bin", default=str(REPO / "target/release/examples/extract"))
    args = ap.parse_args()

    paths = sorted((REPO / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] * args.copies
    n = len(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    zhnews.extract(texts[0])  # load the dictionaries outside the timings
    print(f"{n} articles, {mb:.2f} MB, {os.cpu_count()} CPUs, zhnews {zhnews.__version__}")

    print(f"load average before: {os.getloadavg()[0]:.1f}")
    one, one_cpu = timed(args.rounds, lambda: zhnews.extract_many(texts, threads=1))
    two, two_cpu = timed(args.rounds, lambda: zhnews.extract_many(texts, threads=2))
    print(f"extract_many threads=1: {one:.3f} s ({mb / one:.2f} MB/s), CPU {one_cpu:.3f} s")
    print(
        f"extract_many threads=2: {two:.3f} s ({mb / two:.2f} MB/s), CPU {two_cpu:.3f} s"
        f" = {two_cpu / two:.2f} cores busy; speedup {one / two:.2f}x"
    )
    # On a shared machine the wall-clock speedup says more about the neighbours than about
    # the binding; the CPU cost of running on 2 threads bounds the speedup on 2 idle cores.
    print(f"CPU(2 threads) / CPU(1 thread) = {two_cpu / one_cpu:.3f}: at most {2 * one_cpu / two_cpu:.2f}x on 2 idle cores")

    py, py_cpu = (x / n for x in timed(args.rounds, lambda: [zhnews.extract(t) for t in texts]))
    py_json, py_json_cpu = (x / n for x in timed(args.rounds, lambda: [zhnews.extract(t).to_json() for t in texts]))
    raw = [t.encode() for t in texts]
    py_bytes, py_bytes_cpu = (x / n for x in timed(args.rounds, lambda: [zhnews.extract(b).to_json() for b in raw]))
    print(f"python extract():            {py * 1e3:.3f} ms/article wall, {py_cpu * 1e3:.3f} ms CPU")
    print(f"python extract().to_json():  {py_json * 1e3:.3f} ms/article wall, {py_json_cpu * 1e3:.3f} ms CPU")
    print(f"  same from bytes (as the Rust example): {py_bytes * 1e3:.3f} ms wall, {py_bytes_cpu * 1e3:.3f} ms CPU")

    binary = Path(args.extract_bin)
    if not binary.exists():
        print(f"(no Rust baseline: build it with `cargo build --release --example extract`; {binary} is missing)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        many = Path(tmp) / "many"
        many.mkdir()
        for i in range(args.copies):
            for p in paths:
                shutil.copy(p, many / f"{i:04d}_{p.name}")
        single = Path(tmp) / "single"
        single.mkdir()
        shutil.copy(paths[0], single / paths[0].name)

        def run(folder: Path) -> tuple[float, float]:
            """Best of the rounds: (wall, CPU of the child process)."""
            walls, cpus = [], []
            for _ in range(args.rounds):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([str(binary), str(folder)], check=True, stdout=subprocess.DEVNULL)
                walls.append(time.perf_counter() - t0)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            return min(walls), min(cpus)

        many_wall, many_cpu = run(many)
        single_wall, single_cpu = run(single)
    rust = (many_wall - single_wall) / (n - 1)
    rust_cpu = (many_cpu - single_cpu) / (n - 1)
    print(f"rust example (read + extract + JSON): {rust * 1e3:.3f} ms/article wall, {rust_cpu * 1e3:.3f} ms CPU")
    print(
        f"python overhead, wall: extract() {100 * (py / rust - 1):+.1f} %, "
        f"extract().to_json() {100 * (py_json / rust - 1):+.1f} %"
    )
    print(
        f"python overhead, CPU:  extract() {100 * (py_cpu / rust_cpu - 1):+.1f} %, "
        f"extract().to_json() {100 * (py_json_cpu / rust_cpu - 1):+.1f} %, "
        f"extract(bytes).to_json() {100 * (py_bytes_cpu / rust_cpu - 1):+.1f} %"
    )


if __name__ == "__main__":
    main()
