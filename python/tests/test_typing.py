"""The stubs: stubtest against the built module, and mypy --strict on typed usage (which
must pass) and on misuse (which must be caught)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("mypy")

HERE = Path(__file__).resolve().parent
PACKAGE_ROOT = HERE.parent


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *args],
        cwd=PACKAGE_ROOT,
        capture_output=True,
        text=True,
    )


def test_stubs_match_the_built_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "zhnews", "--allowlist", str(PACKAGE_ROOT / "stubtest-allowlist.txt")],
        cwd=HERE,  # import the installed package, not the source folder
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_typed_usage_type_checks() -> None:
    result = mypy(str(HERE / "typed_usage.py"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_misuse_is_caught(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        textwrap.dedent(
            """
            import zhnews
            zhnews.extract(42)
            a = zhnews.extract("x")
            s: int = a.meta.title
            k: zhnews.FigureKind = "percentage"
            r: list[zhnews.Article] = zhnews.extract_many(["x"], errors="return")
            zhnews.Extractor("gbk")
            """
        ),
        encoding="utf-8",
    )
    result = mypy(str(bad))
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [int(line.split(":")[1]) for line in lines] == [3, 5, 6, 7, 8], result.stdout
