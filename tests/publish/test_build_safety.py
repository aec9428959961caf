"""A killed build leaves the previous site intact; two builds of the same input are identical."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.publish.build import build

from ..conftest import FIXTURES, SAMPLES, fake_pdf_writer, make_site_project


def tree(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_killing_a_build_midway_leaves_the_site_unchanged(tmp_path: Path) -> None:
    config = make_site_project(tmp_path, [SAMPLES / "kutai-kartanegara", FIXTURES / "mini"])
    site = tmp_path / "site"
    build(config_file=config, site_dir=site, langs=("id",), pdf_writer=fake_pdf_writer)
    before = tree(site)
    plan = tmp_path / "masterplans" / "mini" / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("Kota Mini yang cerdas", "Kota Mini yang berubah"))

    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--no-pdf",
            "--lang",
            "all",
            "-f",
            str(config),
            "-d",
            str(site),
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    staging = []
    while time.monotonic() < deadline and proc.poll() is None:
        staging = [p for p in tmp_path.glob(".site-build-*") if any(p.rglob("*.html"))]
        if staging:
            break
        time.sleep(0.05)
    assert staging and proc.poll() is None, "the build finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # no chance to clean up: like a power cut
    proc.wait()
    assert tree(site) == before, "a killed build changed the published site"

    build(config_file=config, site_dir=site, langs=("id",), pdf_writer=fake_pdf_writer)
    assert not list(tmp_path.glob(".site-build-*")) and not list(tmp_path.glob(".site-old-*"))
    assert tree(site) != before  # the edit is published by the next complete build


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    config = make_site_project(tmp_path, [SAMPLES / "balikpapan", FIXTURES / "mini"])
    one, two = tmp_path / "one", tmp_path / "two"
    build(config_file=config, site_dir=one, langs=("id", "en"), pdf_writer=fake_pdf_writer)
    build(config_file=config, site_dir=two, langs=("id", "en"), pdf_writer=fake_pdf_writer)
    first, second = tree(one), tree(two)
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"not reproducible: {differing[:10]}"


def test_a_second_concurrent_build_is_refused(tmp_path: Path) -> None:
    import fcntl

    from generator.publish.build import BuildError, _exclusive

    site, lock = tmp_path / "site", tmp_path / "build" / "site.lock"
    lock.parent.mkdir()
    with open(lock, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(BuildError, match="another build"), _exclusive(site, lock=lock):
            pass


def test_a_site_left_aside_by_a_killed_swap_is_restored(tmp_path: Path) -> None:
    from generator.publish.build import _exclusive

    aside = tmp_path / ".site-old-4242"
    aside.mkdir()
    (aside / "index.html").write_text("previous site")
    (tmp_path / ".site-build-abc").mkdir()
    with _exclusive(tmp_path / "site", lock=tmp_path / "build" / "site.lock"):
        assert (tmp_path / "site" / "index.html").read_text() == "previous site"
        assert not aside.exists() and not (tmp_path / ".site-build-abc").exists()


def test_caches_committed_to_the_repository_are_refused(tmp_path: Path) -> None:
    """A pull request could plant page records (published as is) or validated-region pickles in
    build/cache/: a build stops when git tracks anything there, and builds nothing."""
    from generator.publish.build import BuildError

    from ..conftest import run_git

    config = make_site_project(tmp_path, [FIXTURES / "mini"])
    planted = tmp_path / "build" / "cache" / "validate" / "id" / "mini-0.pickle"
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"cos\nsystem\n(S'echo pwned'\ntR.")
    run_git(tmp_path, "init", "-q")
    run_git(tmp_path, "add", "-f", "build/cache")
    site = tmp_path / "site"
    with pytest.raises(BuildError, match=r"build/cache/ holds 1 file\(s\) committed to git"):
        build(config_file=config, site_dir=site, langs=("id",), pdf_writer=fake_pdf_writer)
    assert not site.exists()
    run_git(tmp_path, "rm", "-q", "-r", "--cached", "build/cache")
    build(config_file=config, site_dir=site, langs=("id",), pdf_writer=fake_pdf_writer)  # untracked: fine
    assert (site / "index.html").is_file()
