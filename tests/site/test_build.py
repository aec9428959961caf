"""Building the site: the CLI, plain `mkdocs build --strict`, and failures that must leave site/ alone."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from ..conftest import SITE_FIXTURE, make_site_project

pytestmark = pytest.mark.slow


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its SHA-256: equal snapshots mean an untouched site."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-region project built once with the CLI (Indonesian only, no PDFs)."""
    root = tmp_path_factory.mktemp("cli-project")
    make_site_project(root, [SITE_FIXTURE])
    cwd = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(main, ["build", "--no-pdf", "--lang", "id"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert "1 region(s), 18 (id) pages, 0 PDF(s)" in result.output
    return root


def run_cli(root: Path, *args: str):
    cwd = os.getcwd()
    os.chdir(root)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(cwd)


def test_cli_build_writes_the_site(project: Path) -> None:
    site = project / "site"
    assert (site / "wilayah" / "kota-contoh" / "governance.html").is_file()
    assert not (site / "en").exists() and not (site / "pdf").exists()
    # staging and old copies cleaned up; the lock file lives in build/, not beside the site
    assert [p.name for p in project.iterdir() if p.name.startswith(".site")] == []


def test_invalid_input_changes_nothing(project: Path, tmp_path: Path) -> None:
    before = snapshot(project / "site")
    plan = project / "masterplans" / "kota-contoh" / "governance.yaml"
    original = plan.read_text(encoding="utf-8")
    plan.write_text(original.replace("lead: DISKOMINFO", "lead: DISKOMINF0", 1), encoding="utf-8")
    try:
        result = run_cli(project, "build", "--no-pdf", "--lang", "id")
    finally:
        plan.write_text(original, encoding="utf-8")
    assert result.exit_code == 1
    assert "governance.yaml:" in result.output and " error E" in result.output
    assert "site/ tidak berubah" in result.output
    assert "Traceback" not in result.output
    assert snapshot(project / "site") == before


def test_failed_mkdocs_build_leaves_previous_site_intact(project: Path) -> None:
    """Validation passes, mkdocs starts writing into staging, then strict mode aborts."""
    before = snapshot(project / "site")
    docs = project / "docs-with-broken-page"
    shutil.copytree(Path(__file__).resolve().parents[2] / "templates" / "site" / "docs", docs)
    (docs / "broken.md").write_text("# Broken\n\n[nowhere](missing.md)\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    config.write_text(
        "\n".join(
            f"docs_dir: {docs}" if line.startswith("docs_dir:") else line for line in original.splitlines()
        ),
        encoding="utf-8",
    )
    try:
        result = run_cli(project, "build", "--no-pdf", "--lang", "id")
    finally:
        config.write_text(original, encoding="utf-8")
    assert result.exit_code == 1, result.output
    assert "error: mkdocs build" in result.output and "previous site is unchanged" in result.output
    assert snapshot(project / "site") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".site-")] == []


def test_region_option_builds_a_preview_of_one_region(tmp_path: Path) -> None:
    root = tmp_path / "two"
    samples = Path(__file__).resolve().parents[2] / "masterplans"
    make_site_project(root, [SITE_FIXTURE, samples / "balikpapan"])
    result = run_cli(root, "build", "--no-pdf", "--lang", "id", "--region", "kota-contoh")
    assert result.exit_code == 0, result.output
    assert (root / "site" / "wilayah" / "kota-contoh" / "index.html").is_file()
    assert not (root / "site" / "wilayah" / "balikpapan").exists()
    assert run_cli(root, "build", "--no-pdf", "--region", "nowhere").exit_code == 1


def test_plain_mkdocs_build_strict(tmp_path: Path) -> None:
    """The plugin works without the driver: plain `mkdocs build --strict` validates and builds."""
    config = make_site_project(tmp_path, [SITE_FIXTURE])
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    mkdocs = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(config),
        "-d",
        str(tmp_path / "out"),
    ]
    ok = subprocess.run(mkdocs, capture_output=True, text=True, env=env, check=False)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "out" / "wilayah" / "kota-contoh" / "economy.html").is_file()

    broken = tmp_path / "masterplans" / "kota-contoh" / "masterplan.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("start: 2025", "start: 2O25"), encoding="utf-8"
    )
    bad = subprocess.run(mkdocs, capture_output=True, text=True, env=env, check=False)
    assert bad.returncode == 1
    assert "masterplan.yaml:" in bad.stderr and "error E" in bad.stderr
    assert "nothing was built" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_plain_mkdocs_public_option_leaves_drafts_out(tmp_path: Path) -> None:
    """`public: true` under the plugin makes plain `mkdocs build` a public build (the fixture is a draft)."""
    config = make_site_project(tmp_path, [SITE_FIXTURE])
    text = config.read_text(encoding="utf-8").replace(
        "  - masterplan\n", "  - masterplan:\n      public: true\n"
    )
    config.write_text(text, encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    mkdocs = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(config),
        "-d",
        str(tmp_path / "out"),
    ]
    done = subprocess.run(mkdocs, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "index.html").is_file()
    assert not (tmp_path / "out" / "wilayah" / "kota-contoh").exists()
    assert (
        json.loads((tmp_path / "out" / "data" / "national.json").read_text(encoding="utf-8"))["regions"] == []
    )
