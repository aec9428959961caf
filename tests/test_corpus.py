"""The synthetic national corpus (benchmarks/make_corpus.py): valid, deterministic, realistic in size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus.regions import region_specs
from benchmarks.make_corpus import make_corpus
from generator.catalog import catalog
from generator.validation.validate import validate_paths

from .conftest import ROOT

REGIONS = 3


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    make_corpus(out, REGIONS, seed=1)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_corpus_validates_cleanly_with_the_real_command(corpus: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--strict", str(corpus)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().startswith(f"{REGIONS} wilayah ({REGIONS} valid)")
    assert run.stdout.strip().endswith("0 galat, 0 peringatan")


def test_same_seed_same_bytes_other_seed_other_content(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    make_corpus(again, REGIONS, seed=1)
    assert _files(again) == _files(corpus)
    other = tmp_path / "other"
    make_corpus(other, REGIONS, seed=2)
    assert sorted(p.name for p in other.iterdir()) == sorted(p.name for p in corpus.iterdir())  # same regions
    first = "governance.yaml"
    slug = region_specs(1)[0].slug
    assert (other / slug / first).read_bytes() != (corpus / slug / first).read_bytes()


def test_each_region_has_a_realistic_size(corpus: Path) -> None:
    result = validate_paths([corpus])
    assert len(result.regions) == REGIONS
    elements = {e.code for p in catalog().pillars for e in p.elements}
    for region in result.regions:
        assert 45 <= len(region.programmes) <= 55, region.slug
        assert 9 <= len(region.quick_wins) <= 11, region.slug
        assert {p.element for p in region.programmes} == elements  # all 18 elements
        assert 18 <= len(region.plan.agencies) <= 26
        assert 1 <= len(region.evaluations) <= 2
        assert any(i.sni for p in region.programmes for i in p.indicators)
        assert region.total_budget > 0
        assert (region.folder / "assets" / "lambang.svg").is_file()


def test_a_smaller_corpus_in_the_same_folder_leaves_no_stale_regions(tmp_path: Path) -> None:
    make_corpus(tmp_path, 4)
    make_corpus(tmp_path, 2)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == sorted(s.slug for s in region_specs(2))


def test_national_list_has_514_distinct_regions_across_provinces() -> None:
    specs = region_specs(514)
    assert len({s.slug for s in specs}) == 514
    assert len({s.province for s in specs}) == 37  # every province with autonomous regions
    assert len({s.province for s in specs[:10]}) == 10  # round-robin: a small corpus spans provinces
    assert {s.kind for s in specs} == {"kabupaten", "kota"}


def test_script_entry_point(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "make_corpus.py"),
            "--regions",
            "1",
            "--out",
            str(tmp_path / "c"),
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("wrote 1 regions, ")
    assert (tmp_path / "c" / region_specs(1)[0].slug / "masterplan.yaml").is_file()
