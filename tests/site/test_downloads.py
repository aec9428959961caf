"""Open-data downloads: the per-region cache gives the same files, and only a changed region is made again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.model.publication import select
from generator.site import downloads
from generator.validation.validate import validate_paths

from ..conftest import FIXTURES, SAMPLES


@pytest.fixture
def root(tmp_path: Path) -> Path:
    out = tmp_path / "masterplans"
    shutil.copytree(SAMPLES / "kutai-kartanegara", out / "kutai-kartanegara")  # approved: public too
    shutil.copytree(FIXTURES / "mini", out / "mini")
    return out


def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    called: list[str] = []
    real = downloads._make

    def counting(region):
        called.append(region.slug)
        return real(region)

    monkeypatch.setattr(downloads, "_make", counting)
    return called


@pytest.mark.parametrize("public", [False, True])
def test_cached_files_equal_fresh_ones_and_only_an_edited_region_is_made_again(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, public: bool
) -> None:
    cache = tmp_path / "cache"
    regions = select(validate_paths([root]).regions, public=public)
    fresh = downloads.open_data(regions)
    called = made(monkeypatch)
    assert downloads.open_data(regions, cache_dir=cache) == fresh
    assert downloads.open_data(regions, cache_dir=cache) == fresh
    slugs = sorted(r.slug for r in regions)  # once each: the second call read the cache
    assert sorted(called) == slugs == (["kutai-kartanegara"] if public else ["kutai-kartanegara", "mini"])
    plan = root / "kutai-kartanegara" / "masterplan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "\n# catatan tim\n", encoding="utf-8")
    called.clear()
    edited = select(validate_paths([root]).regions, public=public)
    files, _ = downloads.open_data(edited, cache_dir=cache)
    assert called == ["kutai-kartanegara"]
    assert files == downloads.open_data(edited)[0]
    assert len(list(cache.glob("kutai-kartanegara-*.json"))) == 1  # the old record was replaced
