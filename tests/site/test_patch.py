"""Patching the previous site (site/patch.py): byte for byte a full build, and only when it can be.

Each step edits one kind of input, then builds twice: with the previous site and its manifest
(patched, or built in full when the patch must refuse) and from scratch into another folder,
without any cache. The two sites must be identical, file by file, Pagefind index included.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.publish.build import BuildError, BuildReport, build
from generator.render import environment
from generator.site import pages
from generator.site.sites import MANIFEST

from ..conftest import FIXTURES, ROOT, SAMPLES, make_site_project
from .test_pagecache import assert_same_tree, region_of

LANGS = ("id", "en")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """The three samples, with private copies of the page templates."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    monkeypatch.setattr(environment, "TEMPLATES", templates)
    pages._environment.cache_clear()
    request.addfinalizer(pages._environment.cache_clear)
    config = make_site_project(
        tmp_path / "project", sorted(p.parent for p in SAMPLES.glob("*/masterplan.yaml"))
    )
    commit(config.parent, "initial plans")  # in git: region pages show their history
    return config


def commit(root: Path, message: str) -> None:
    git = ["git", "-c", "user.name=Tim", "-c", "user.email=tim@example.org"]
    if not (root / ".git").exists():
        subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run([*git, "-C", str(root), "add", "masterplans"], check=True)
    subprocess.run([*git, "-C", str(root), "commit", "-qm", message], check=True)


def patched_equals_full(config: Path, step: str) -> BuildReport:
    """Build over the previous site, then from scratch; assert equal; return the first report."""
    report = build(
        config_file=config, site_dir=config.parent / "site", pdf=False, langs=LANGS, search="pagefind", jobs=2
    )
    full = config.parent / f"full-{step}"
    build(config_file=config, site_dir=full, pdf=False, langs=LANGS, search="pagefind", page_cache=False)
    assert_same_tree(config.parent / "site", full)
    shutil.rmtree(full)
    return report


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.slow
def test_a_patched_site_equals_a_full_build_and_renders_only_what_an_edit_affects(project: Path) -> None:
    root = project.parent
    first = patched_equals_full(project, "first")
    assert first.patched == {"id": False, "en": False}, "no previous site: a full build"
    assert (root / "build" / "cache" / "site" / MANIFEST).is_file()

    nothing = patched_equals_full(project, "nothing")
    assert nothing.patched == {"id": True, "en": True}
    assert nothing.rendered == {"id": [], "en": []}, "nothing edited: nothing rendered"

    # A site restored from elsewhere (a CI cache): new inodes and times, the same bytes.
    site = root / "site"
    shutil.copytree(site, root / "restored")
    shutil.rmtree(site)
    (root / "restored").rename(site)
    restored = patched_equals_full(project, "restored")
    assert restored.patched == {"id": True, "en": True}

    # A region's text: that region's pages and the national pages that show it, nothing else.
    plan = root / "masterplans" / "balikpapan" / "masterplan.yaml"
    edit(plan, "Terwujudnya Balikpapan Smart City", "Terwujudnya Balikpapan Kota Hijau")
    commit(root, "Balikpapan: visi diperbarui")  # a commit: the region's history page changes too
    report = patched_equals_full(project, "region-text")
    assert report.patched == {"id": True, "en": True}
    for lang in LANGS:
        touched = {region_of(u) for u in report.rendered[lang]} - {None}
        assert touched == {"balikpapan"}, report.rendered[lang]

    # A region's name is in every page's navigation around it: the patch refuses, a full build runs.
    edit(plan, "Terwujudnya Balikpapan Kota Hijau", "Terwujudnya Balikpapan Kota Hijau Lestari")
    region = root / "masterplans" / "kotawaringin-timur" / "masterplan.yaml"
    text = region.read_text(encoding="utf-8")
    name = next(line for line in text.splitlines() if line.strip().startswith("name:"))
    edit(region, name, name.rstrip() + " Raya")
    assert patched_equals_full(project, "region-name").patched == {"id": False, "en": False}
    assert patched_equals_full(project, "after-name").patched == {"id": True, "en": True}

    # A page template, the region list of a province, the configuration: full builds.
    agencies = environment.TEMPLATES / "site" / "agencies.md.j2"
    agencies.write_text(agencies.read_text(encoding="utf-8") + "\nDaftar diperbarui.\n", encoding="utf-8")
    assert patched_equals_full(project, "page-template").patched == {"id": False, "en": False}
    shutil.copytree(FIXTURES / "mini", root / "masterplans" / "kota-mini")
    assert patched_equals_full(project, "province-list").patched == {"id": False, "en": False}
    edit(project, "site_name: Masterplan Smart City", "site_name: Masterplan Nasional")
    assert patched_equals_full(project, "config").patched == {"id": False, "en": False}

    # A previous site someone changed by hand is not patched: it is built again.
    index = root / "site" / "wilayah" / "balikpapan" / "index.html"
    index.write_text(index.read_text(encoding="utf-8") + "<!-- hand edit -->", encoding="utf-8")
    assert patched_equals_full(project, "hand-edit").patched == {"id": False, "en": False}


@pytest.mark.slow
def test_a_patch_that_fails_leaves_the_previous_site_as_it_was(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project.parent
    site = root / "site"
    build(config_file=project, site_dir=site, pdf=False, langs=LANGS, search="pagefind")
    before = {p: p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    plan = root / "masterplans" / "balikpapan" / "masterplan.yaml"
    edit(plan, "Terwujudnya Balikpapan Smart City", "Terwujudnya Balikpapan Kota Hijau")
    import mkdocs.commands.build as mkdocs_build
    from mkdocs.exceptions import BuildError as MkDocsBuildError

    real = mkdocs_build._build_page

    def fail_after_one(page, *args, **kwargs):  # type: ignore[no-untyped-def]
        real(page, *args, **kwargs)  # one page written into the new site, then a failure
        raise MkDocsBuildError("theme failed")

    monkeypatch.setattr(mkdocs_build, "_build_page", fail_after_one)
    with pytest.raises(BuildError, match="theme failed"):
        build(config_file=project, site_dir=site, pdf=False, langs=LANGS, search="pagefind")
    after = {p: p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    assert after == before, "the previous site is untouched"
    monkeypatch.setattr(mkdocs_build, "_build_page", real)
    report = build(config_file=project, site_dir=site, pdf=False, langs=LANGS, search="pagefind")
    assert report.patched == {"id": True, "en": True}, "the manifest still describes the previous site"
    assert "Kota Hijau" in (site / "wilayah" / "balikpapan" / "index.html").read_text(encoding="utf-8")
