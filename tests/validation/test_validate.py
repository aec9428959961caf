"""The validation driver (generator/validation/validate.py): which folders are regions, and every
problem of every file reported in one pass, sorted like a compiler's."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.validation.validate import region_folders, validate_paths, validate_region

from ..conftest import FIXTURES


def test_regions_are_found_under_a_folder_or_named_directly(mini: Path, tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "mini", mini.parent / "kota-dua")
    root = mini.parent
    found, diags = region_folders([root])
    assert [p.name for p in found] == ["kota-dua", "mini"] and diags == []
    found, diags = region_folders([mini, mini / "economy.yaml", mini])  # a file names its region, once
    assert [p.name for p in found] == ["mini"] and diags == []
    found, diags = region_folders([mini / "assets"])
    assert found == [] and [d.code for d in diags] == ["E022"]


def test_every_file_is_checked_and_all_problems_come_at_once_sorted(mini: Path) -> None:
    (mini / "economy.yaml").write_text(
        (mini / "economy.yaml").read_text().replace("lead: DISKOMINFO", "lead: DINAS-X", 1)
    )
    (mini / "branding.yaml").write_text(
        (mini / "branding.yaml").read_text().replace("years: [2025, 2026]", "years: 2025", 1)
    )
    (mini / "masterplan.yaml").write_text(
        (mini / "masterplan.yaml").read_text().replace("end: 2029", "end: 2031")
    )
    region, diags = validate_region(mini, lang="en")
    assert region is None
    assert sorted((Path(d.file).name, d.code) for d in diags) == [
        ("branding.yaml", "E103"),
        ("economy.yaml", "E203"),
        ("masterplan.yaml", "E215"),
    ]
    result = validate_paths([mini.parent], lang="en")
    assert result.diagnostics == sorted(diags) and result.regions == []


def test_the_result_counts_regions_programmes_and_problems(mini: Path) -> None:
    result = validate_paths([mini.parent])
    assert (result.region_count, result.valid_count, result.programme_count, result.quick_win_count) == (
        1,
        1,
        18,
        1,
    )
    assert result.errors == [] and result.warnings == []
    [region] = result.regions
    assert region.slug == "mini" and region.evaluations == []
