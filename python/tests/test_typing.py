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


def rust_enum_values(source: str, name: str) -> list[str]:
    """The JSON strings of a unit enum of the Rust source (`rename_all` snake_case or
    lowercase, which agree on one-word variants)."""
    import re

    body = re.search(r"pub enum " + name + r" \{(.*?)\n\}", source, re.S)
    assert body, name
    variants = re.findall(r"^\s+([A-Z]\w*),", body.group(1), re.M)
    return [re.sub(r"(?<!^)([A-Z])", r"_\1", v).lower() for v in variants]


@pytest.mark.parametrize(
    ("alias", "enum", "file"),
    [
        ("Script", "Script", "src/normalize/repair.rs"),
        ("RepairKind", "RepairKind", "src/normalize/repair.rs"),
        ("InstitutionKind", "InstitutionKind", "src/facts.rs"),
        ("FigureKind", "FigureKind", "src/facts.rs"),
        ("Approx", "Approx", "src/facts.rs"),
        ("DateKind", "DateKind", "src/facts.rs"),
        ("DateModifier", "DateModifier", "src/facts.rs"),
    ],
)
def test_literal_types_list_every_rust_variant(alias: str, enum: str, file: str) -> None:
    import typing

    import zhnews

    source = (PACKAGE_ROOT.parent / file).read_text(encoding="utf-8")
    assert list(typing.get_args(getattr(zhnews, alias))) == rust_enum_values(source, enum)
    stub = (PACKAGE_ROOT / "zhnews" / "__init__.pyi").read_text(encoding="utf-8")
    runtime_values = ", ".join(f'"{v}"' for v in typing.get_args(getattr(zhnews, alias)))
    assert runtime_values.replace(" ", "") in stub.replace("\n", "").replace(" ", "").replace(",]", "]"), alias
