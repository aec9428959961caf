"""Property: whatever bytes a masterplan file holds, `validate` answers with diagnostics at real
positions (or accepts the file) and never raises. Mutations start from valid files.

Profiles: the default is bounded for CI; HYPOTHESIS_PROFILE=long searches much longer on demand.
Any failure found is kept as a regression file in tests/fixtures/fuzz-regressions/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.validation.validate import Result, validate_paths

from ..conftest import FIXTURES
from ..publish.regions import mutated_regions, write_region

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# The long search: FUZZ_EXAMPLES per property (default 20,000); see README "Nothing is lost".
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES") or 20000),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FILES = sorted(p.name for p in (FIXTURES / "mini").glob("*.yaml"))
NASTY = [
    "\t",
    "\x00",
    "\xff",
    ": ",
    "- ",
    "&a ",
    "*a",
    "!!python/object ",
    "{",
    "]",
    "'",
    '"',
    "#",
    "|",
    ">",
    "<script>",
    "2031",
    "-1",
    "1e999",
    ".nan",
    "~",
    "null",
    "?",
    "%YAML 1.1",
    "---",
    "...",
    "\u202e",
]


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, str]]]:
    name = draw(st.sampled_from(FILES))
    ops = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["delete", "duplicate", "insert", "truncate", "swap", "retype"]),
                st.integers(0, 400),
                st.sampled_from(NASTY) | st.text(max_size=12),
            ),
            min_size=1,
            max_size=4,
        )
    )
    return name, ops


def mutate(text: str, ops: list[tuple[str, int, str]]) -> bytes:
    lines = text.splitlines(keepends=True)
    for op, pos, token in ops:
        if not lines:
            break
        i = pos % len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "insert":
            col = pos % (len(lines[i]) or 1)
            lines[i] = lines[i][:col] + token + lines[i][col:]
        elif op == "truncate":
            lines = lines[: i + 1]
            lines[-1] = lines[-1][: pos % (len(lines[-1]) or 1)]
        elif op == "swap":
            j = (i + 1) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "retype" and ": " in lines[i]:
            key = lines[i].split(": ", 1)[0]
            lines[i] = f"{key}: {token}\n"
    return "".join(lines).encode("utf-8", "surrogatepass")


def check_answer(region: Path) -> Result:
    result = validate_paths([region.parent])
    for d in result.diagnostics:
        assert d.line >= 0 and d.column >= 0
        if d.line:
            length = len(Path(d.file).read_bytes().splitlines()) if Path(d.file).is_file() else 0
            assert d.line <= max(length, 1) + 1, d
        assert d.message and d.code, d
    assert bool(result.regions) == (not result.errors)
    return result


@given(mutations())
def test_mutated_files_never_crash(tmp_path_factory: pytest.TempPathFactory, case) -> None:
    name, ops = case
    region = tmp_path_factory.mktemp("fuzz") / "mini"
    shutil.copytree(FIXTURES / "mini", region)
    (region / name).write_bytes(mutate((region / name).read_text(encoding="utf-8"), ops))
    try:
        check_answer(region)
    except Exception:
        keep = FIXTURES / "fuzz-regressions" / f"{name}-{abs(hash(str(ops))) % 10**8}.yaml"
        shutil.copy(region / name, keep)
        raise


@given(st.binary(max_size=400))
def test_random_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    region = tmp_path_factory.mktemp("bytes") / "mini"
    shutil.copytree(FIXTURES / "mini", region)
    (region / "masterplan.yaml").write_bytes(data)
    check_answer(region)


@pytest.mark.parametrize("path", sorted((FIXTURES / "fuzz-regressions").glob("*.yaml")), ids=lambda p: p.name)
def test_kept_regressions(path: Path, tmp_path: Path) -> None:
    region = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", region)
    shutil.copy(path, region / path.name.split("-")[0])
    check_answer(region)


@given(mutated_regions())
def test_generated_regions_are_answered_and_accepted_ones_are_whole(
    tmp_path_factory: pytest.TempPathFactory, case
) -> None:
    """Schema-valid values anywhere (tests/publish/regions.py): never an exception; a region the
    validator accepts is a complete model (every file, every programme with its figures)."""
    slug, files = case
    region_dir = write_region(tmp_path_factory.mktemp("gen") / "masterplans" / slug, files)
    try:
        result = check_answer(region_dir)
        for region in result.regions:
            assert region.slug == slug and len(region.parts) == 6
            assert region.total_budget == sum(region.budget_by_year.values())
    finally:
        shutil.rmtree(region_dir.parent.parent, ignore_errors=True)
