"""Incremental builds: after no edit nothing is rewritten; after an edit only what it affects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.model.documents import KINDS, pdf_name
from generator.pdf import cache as pdfcache
from generator.publish.build import build

from ..conftest import FIXTURES, fake_pdf_writer, make_site_project


class CountingWriter:
    """The stand-in PDF writer, recording which regions it was asked to render."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, regions, out_dir: Path, **kwargs) -> list[Path]:
        self.calls.append([r.slug for r in regions])
        return fake_pdf_writer(regions, out_dir, **kwargs)


def snapshot(site: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(site)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in site.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    regions = []
    for slug in ("kota-satu", "kota-dua"):
        shutil.copytree(FIXTURES / "mini", tmp_path / "src" / slug)
        regions.append(tmp_path / "src" / slug)
    return make_site_project(tmp_path / "project", regions)


def run(config: Path, writer: CountingWriter, **kw):
    return build(config_file=config, site_dir=config.parent / "site", langs=("id",), pdf_writer=writer, **kw)


@pytest.mark.slow
def test_no_edit_rewrites_nothing_and_an_edit_rebuilds_only_its_region(project: Path) -> None:
    writer = CountingWriter()
    site = project.parent / "site"
    run(project, writer)
    assert [sorted(call) for call in writer.calls] == [["kota-dua", "kota-satu"]]
    before = snapshot(site)

    run(project, writer)
    assert len(writer.calls) == 1, "no region changed: no PDF may be rendered"
    assert snapshot(site) == before, "no region changed: no file may be rewritten"

    plan = project.parent / "masterplans" / "kota-dua" / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("Kota Mini yang cerdas dan melayani.", "Kota Dua yang hijau."))
    run(project, writer)
    assert writer.calls[1] == ["kota-dua"], "only the edited region's PDFs are rendered"
    after = snapshot(site)
    changed = {path for path in after if after[path] != before.get(path)}
    assert changed, "the edit must show somewhere"
    assert not [p for p in changed if "kota-satu" in p], f"the other region's files changed: {changed}"
    assert any("kota-dua" in p for p in changed)
    assert any(
        "Kota Dua yang hijau." in (site / p).read_text(errors="ignore")
        for p in changed
        if p.endswith(".html")
    )


def test_shards_partition_the_regions_deterministically() -> None:
    class R:
        def __init__(self, slug: str) -> None:
            self.slug = slug

    regions = [R(f"r{n:03d}") for n in range(10)]
    shares = [pdfcache.shard(regions, f"{i}/3") for i in (1, 2, 3)]
    slugs = [r.slug for share in shares for r in share]
    assert sorted(slugs) == [r.slug for r in regions] and len(set(slugs)) == 10
    assert [r.slug for r in pdfcache.shard(list(reversed(regions)), "1/3")] == [r.slug for r in shares[0]]
    with pytest.raises(ValueError):
        pdfcache.shard(regions, "0/3")


@pytest.mark.slow
def test_shard_jobs_fill_the_cache_and_the_final_build_renders_nothing(project: Path) -> None:
    writer = CountingWriter()
    run(project, writer, shard="1/2")
    run(project, writer, shard="2/2")
    assert sorted(s for call in writer.calls for s in call) == ["kota-dua", "kota-satu"]
    assert not (project.parent / "site").exists(), "a shard job builds no site"
    report = run(project, writer)
    assert len(writer.calls) == 2, "the final job assembles from the cache"
    assert sorted(p.name for p in report.pdfs) == sorted(
        pdf_name(s, k) for s in ("kota-dua", "kota-satu") for k in KINDS
    )


def content_writer(regions, out_dir: Path, **_: object) -> list[Path]:
    """PDFs whose bytes depend on the region's content, so a stale one is visible."""
    written = []
    for region in regions:
        for kind in ("masterplan", "quick-win"):
            path = out_dir / f"{region.slug}-{kind}.pdf"
            path.write_bytes(f"%PDF-1.7 {region.slug} {kind} {region.plan.vision}\n".encode())
            written.append(path)
    return written


@pytest.mark.slow
@pytest.mark.parametrize("edited", ["kota", "kota-baru"])
def test_editing_a_region_whose_slug_prefixes_another_keeps_every_pdf_current(tmp_path: Path, edited) -> None:
    from generator.files import sha256_file as sha256
    from generator.pdf.verify import read_sums

    for slug in ("kota", "kota-baru"):
        shutil.copytree(FIXTURES / "mini", tmp_path / "src" / slug)
    config = make_site_project(tmp_path / "project", [tmp_path / "src" / s for s in ("kota", "kota-baru")])
    site = config.parent / "site"
    build(config_file=config, site_dir=site, langs=("id",), pdf_writer=content_writer)
    plan = config.parent / "masterplans" / edited / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("vision: Kota Mini", "vision: Kota Baru Mini"))
    build(config_file=config, site_dir=site, langs=("id",), pdf_writer=content_writer)
    for slug in ("kota", "kota-baru"):
        vision = "Kota Baru Mini" if slug == edited else "Kota Mini"
        for kind in ("masterplan", "quick-win"):
            text = (site / "pdf" / f"{slug}-{kind}.pdf").read_text()
            assert f"{slug} {kind} {vision}" in text, text
    sums = read_sums(site / "pdf" / "SHA256SUMS")
    assert sorted(sums.values()) == sorted(p.name for p in (site / "pdf").glob("*.pdf"))
    assert all(sums[sha256(p)] == p.name for p in (site / "pdf").glob("*.pdf"))
