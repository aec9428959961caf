"""Tests mirror the package: a newcomer finds the tests of `generator/<stage>/` in `tests/<stage>/`."""

from __future__ import annotations

from .conftest import ROOT

# Test folders that are not stages of the package (data the tests read).
NOT_STAGES = {"fixtures", "golden", "__pycache__"}


def test_every_test_folder_is_a_stage_of_the_package() -> None:
    stages = {p.name for p in (ROOT / "generator").iterdir() if (p / "__init__.py").exists()}
    folders = {p.name for p in (ROOT / "tests").iterdir() if p.is_dir()} - NOT_STAGES
    assert folders <= stages, f"test folders without a package stage: {sorted(folders - stages)}"


def test_every_stage_with_code_has_tests() -> None:
    stages = {p.name for p in (ROOT / "generator").iterdir() if (p / "__init__.py").exists()} - {"data"}
    for stage in sorted(stages):
        tests = list((ROOT / "tests" / stage).glob("test_*.py"))
        assert tests, f"generator/{stage}/ has no tests/{stage}/test_*.py"
