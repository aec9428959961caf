"""The page cache: an incremental build is byte for byte a full build, and renders only what changed.

Each step edits one kind of input (a region's text, a page template, a theme template, the region
list of a province, mkdocs.yml), then builds twice: incrementally (with the cache the previous
steps filled) and from scratch without the cache. The two sites must be identical, file by file,
and the incremental build must have rendered exactly the pages the rules in pagecache.py name.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.publish.build import build
from generator.render import environment
from generator.site import pagecache, pages
from generator.site.pagecache import PageCache, digest, fingerprint

from ..conftest import FIXTURES, ROOT, SAMPLES, make_site_project


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_tree(incremental: Path, full: Path) -> None:
    a, b = tree(incremental), tree(full)
    assert sorted(a) == sorted(b), set(a) ^ set(b)
    differ = [name for name in a if a[name] != b[name]]
    assert not differ, f"incremental build differs from the full build in {differ[:10]}"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """The three samples, with private copies of the page templates and theme overrides."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    monkeypatch.setattr(environment, "TEMPLATES", templates)
    pages._environment.cache_clear()  # Jinja environments are kept per language: not the copy's
    request.addfinalizer(pages._environment.cache_clear)
    config = make_site_project(
        tmp_path / "project", sorted(p.parent for p in SAMPLES.glob("*/masterplan.yaml"))
    )
    text = config.read_text(encoding="utf-8").replace(
        str(ROOT / "templates/site/overrides"), str(templates / "site/overrides")
    )
    config.write_text(text, encoding="utf-8")
    return config


def incremental_equals_full(config: Path, step: str) -> list[str]:
    """Build incrementally and from scratch; assert equal; return the pages rendered incrementally."""
    site = config.parent / "site"
    report = build(config_file=config, site_dir=site, pdf=False, langs=("id",))
    full = config.parent / f"full-{step}"
    build(config_file=config, site_dir=full, pdf=False, langs=("id",), page_cache=False)
    assert_same_tree(site, full)
    shutil.rmtree(full)
    return report.rendered["id"]


def region_of(uri: str) -> str | None:
    parts = uri.split("/")
    return parts[1] if parts[0] == "wilayah" and len(parts) == 3 else None


@pytest.mark.slow
def test_incremental_build_equals_full_build_after_each_kind_of_edit(project: Path) -> None:
    root = project.parent
    first = incremental_equals_full(project, "first")
    all_pages = set(first)
    regions = {region_of(u) for u in all_pages} - {None}
    assert regions == {"balikpapan", "kotawaringin-timur", "kutai-kartanegara"}

    assert incremental_equals_full(project, "nothing") == ["tag.md"], "no edit: only the tags listing renders"

    # A region's text: its own pages (and national pages that quote it), no other region's.
    plan = root / "masterplans" / "balikpapan" / "masterplan.yaml"
    text = plan.read_text(encoding="utf-8")
    edited = text.replace("Terwujudnya Balikpapan Smart City", "Terwujudnya Balikpapan Kota Hijau")
    assert edited != text
    plan.write_text(edited, encoding="utf-8")
    rendered = incremental_equals_full(project, "region-text")
    touched = {region_of(u) for u in rendered} - {None}
    assert touched == {"balikpapan"}, rendered
    assert any(region_of(u) == "balikpapan" for u in rendered)

    # A page template: exactly the pages made from it.
    agencies = environment.TEMPLATES / "site" / "agencies.md.j2"
    agencies.write_text(agencies.read_text(encoding="utf-8") + "\nDaftar diperbarui.\n", encoding="utf-8")
    rendered = incremental_equals_full(project, "page-template")
    assert set(rendered) - {"tag.md"} == {f"wilayah/{r}/opd.md" for r in regions}

    # The region list of a province: a new region in Kalimantan Timur re-renders that province's
    # pages (their navigation lists it), not Kalimantan Tengah's region pages.
    shutil.copytree(FIXTURES / "mini", root / "masterplans" / "kota-mini")
    rendered = incremental_equals_full(project, "province-list")
    touched = {region_of(u) for u in rendered} - {None}
    assert {"kota-mini", "balikpapan", "kutai-kartanegara"} <= touched
    assert "kotawaringin-timur" not in touched, rendered

    # A theme template and the configuration: every page.
    main = environment.TEMPLATES / "site" / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + "\n{# edited #}\n", encoding="utf-8")
    rendered = incremental_equals_full(project, "theme")
    assert set(rendered) >= all_pages

    project.write_text(
        project.read_text(encoding="utf-8").replace(
            "site_name: Masterplan Smart City", "site_name: Masterplan Nasional"
        ),
        encoding="utf-8",
    )
    rendered = incremental_equals_full(project, "config")
    assert set(rendered) >= all_pages
    assert "Masterplan Nasional" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_fingerprint_covers_tool_config_theme_and_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theme = tmp_path / "overrides"
    theme.mkdir()
    (theme / "main.html").write_text("a", encoding="utf-8")
    base = {"config_text": "site_name: x", "theme_dirs": [theme], "settings": {"lang": "id"}}
    first = fingerprint(**base)  # type: ignore[arg-type]
    assert fingerprint(**base) == first  # type: ignore[arg-type]
    assert fingerprint(**{**base, "config_text": "site_name: y"}) != first  # type: ignore[arg-type]
    assert fingerprint(**{**base, "settings": {"lang": "en"}}) != first  # type: ignore[arg-type]
    (theme / "main.html").write_text("b", encoding="utf-8")
    assert fingerprint(**base) != first  # type: ignore[arg-type]
    again = fingerprint(**base)  # type: ignore[arg-type]
    monkeypatch.setattr(pagecache, "tool_version", lambda: "another version")
    assert fingerprint(**base) != again  # type: ignore[arg-type]


def test_records_become_visible_only_on_commit_and_unused_ones_are_pruned(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    cache.put("page", digest("a"), {"html": "A"})
    assert PageCache(tmp_path).get("page", digest("a")) is None, "a failed build must leave nothing"
    cache.commit()
    assert PageCache(tmp_path).get("page", digest("a")) == {"html": "A"}

    second = PageCache(tmp_path)
    second.put("page", digest("b"), {"html": "B"})
    second.discard()
    second.commit()
    assert PageCache(tmp_path).get("page", digest("b")) is None
    assert PageCache(tmp_path).get("page", digest("a")) is None, "records a build did not use are pruned"


@pytest.mark.slow
def test_shards_fill_the_cache_and_the_final_build_only_assembles(project: Path) -> None:
    root = project.parent
    for shard in ("1/2", "2/2"):
        report = build(config_file=project, pdf=False, langs=("id", "en"), shard=shard, jobs=2)
        assert report.rendered["id"], f"shard {shard} rendered nothing"
        assert not (root / "site").exists(), "a shard writes no site"
    report = build(config_file=project, site_dir=root / "site", pdf=False, langs=("id", "en"), jobs=2)
    assert report.rendered == {"id": ["tag.md"], "en": ["tag.md"]}, "the shards rendered every other page"
    build(config_file=project, site_dir=root / "full", pdf=False, langs=("id", "en"), page_cache=False)
    assert_same_tree(root / "site", root / "full")
