"""`masterplan build` publishes the Road Map book of a second-generation plan only: rendered (here
by the stand-in writer, which asks `generator.pdf.documents` what to write, like the real one),
linked from the region's page, listed in SHA256SUMS, and split over shards with its region."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pdf.verify import read_sums
from generator.publish.build import build

from ..conftest import FIXTURES, fake_pdf_writer, make_site_project

pytestmark = pytest.mark.slow

FIRST, SECOND = "kota-satu", "kota-dua"
ROAD_MAP = f"{SECOND}-buku-road-map.pdf"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Two copies of the mini region; kota-dua names an earlier plan (second generation)."""
    for slug in (FIRST, SECOND):
        shutil.copytree(FIXTURES / "mini", tmp_path / "src" / slug)
    plan = tmp_path / "src" / SECOND / "masterplan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8")
        + f"generation:\n  previous: [{{slug: {FIRST}, period: 2020-2024}}]\n",
        encoding="utf-8",
    )
    return make_site_project(tmp_path / "project", [tmp_path / "src" / s for s in (FIRST, SECOND)])


class Recorder:
    def __init__(self) -> None:
        self.written: list[str] = []

    def __call__(self, regions, out_dir: Path, **kwargs) -> list[Path]:
        paths = fake_pdf_writer(regions, out_dir, **kwargs)
        self.written += [p.name for p in paths]
        return paths


def run(config: Path, writer: Recorder, **kw):
    return build(
        config_file=config, site_dir=config.parent / "site", langs=("id", "en"), pdf_writer=writer, **kw
    )


def test_build_links_and_sums_the_road_map_book_of_the_second_generation_plan_only(project: Path) -> None:
    writer = Recorder()
    report = run(project, writer)
    road_maps = [p.name for p in report.pdfs if "road-map" in p.name]
    assert road_maps == [ROAD_MAP] and [n for n in writer.written if "road-map" in n] == [ROAD_MAP]
    site = project.parent / "site"
    assert ROAD_MAP in read_sums(site / "pdf" / "SHA256SUMS").values()
    for lang_dir, label in ((site, "Buku Road Map"), (site / "en", "Road Map Book")):
        second = (lang_dir / "wilayah" / SECOND / "index.html").read_text(encoding="utf-8")
        first = (lang_dir / "wilayah" / FIRST / "index.html").read_text(encoding="utf-8")
        assert f'{ROAD_MAP}"' in second and label in second, lang_dir
        assert "road-map" not in first and label not in first, lang_dir


def test_shards_render_the_road_map_book_with_its_region(project: Path) -> None:
    writer = Recorder()
    run(project, writer, shard="1/2")
    run(project, writer, shard="2/2")
    assert writer.written.count(ROAD_MAP) == 1 and not (project.parent / "site").exists()
    report = run(project, writer)
    assert writer.written.count(ROAD_MAP) == 1, "the final build assembles from the shards' cache"
    assert ROAD_MAP in [p.name for p in report.pdfs]
