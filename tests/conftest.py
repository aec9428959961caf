"""Shared test fixtures and the `--update-goldens` switch."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = ROOT / "masterplans"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite tests/golden/* from current output"
    )
    parser.addoption(
        "--all-sample-pdfs",
        action="store_true",
        help="render every sample region's PDFs for tests/pdf (make test and CI do); default: one region",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--all-sample-pdfs"):
        return
    skip = pytest.mark.skip(reason="needs every sample's PDFs: pytest --all-sample-pdfs (make test)")
    for item in items:
        if "all_sample_pdfs" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A private copy of the smallest complete region, safe to break."""
    target = tmp_path / "masterplans" / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run with the temporary folder as working directory (paths in diagnostics are relative)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True, scope="session")
def _reproducible_env() -> None:
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")


# --------------------------------------------------------------------------- the built site
# One site per test session (samples + the hostile fixture region, Indonesian and English), built
# by the real driver with a stand-in PDF writer (WeasyPrint has its own tests); test_site_*.py and
# test_browser.py inspect it.

SITE_FIXTURE = FIXTURES / "site" / "kota-contoh"


def make_site_project(root: Path, regions: list[Path]) -> Path:
    """A project folder (mkdocs.yml + masterplans/) using the repository's templates; returns mkdocs.yml."""
    for folder in regions:
        shutil.copytree(folder, root / "masterplans" / folder.name)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: templates/site/docs", f"docs_dir: {ROOT / 'templates/site/docs'}")
    text = text.replace(
        "custom_dir: templates/site/overrides", f"custom_dir: {ROOT / 'templates/site/overrides'}"
    )
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    return root / "mkdocs.yml"


def fake_pdf_writer(regions, out_dir: Path, **_: object) -> list[Path]:
    from generator.pdf import documents

    written = []
    for region in regions:
        for name, _kind, _evaluation in documents(region):
            path = out_dir / name
            path.write_bytes(f"%PDF-1.7 stand-in for {name}\n".encode() * 40)
            written.append(path)
    return written


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory):
    """(site folder, BuildReport) of the samples plus tests/fixtures/site/kota-contoh."""
    from generator.publish.build import build

    root = tmp_path_factory.mktemp("site-project")
    regions = sorted(p.parent for p in SAMPLES.glob("*/masterplan.yaml")) + [SITE_FIXTURE]
    config = make_site_project(root, regions)
    report = build(config_file=config, site_dir=root / "site", langs=("id", "en"), pdf_writer=fake_pdf_writer)
    return root / "site", report


# --------------------------------------------------------------------------- the sample PDFs
# The documents of the samples (review build; one region unless --all-sample-pdfs) and Kutai
# Kartanegara's public copy, rendered once with the real WeasyPrint renderer; tests/pdf/test_*.py
# inspect them (see tests/pdf/samples.py).


@pytest.fixture(scope="session")
def sample_pdfs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    from tests.pdf.samples import build

    every = bool(request.config.getoption("--all-sample-pdfs"))
    return build(tmp_path_factory.mktemp("sample-pdfs"), every=every)


def run_git(
    cwd: Path,
    *args: str,
    author: str = "Siti Aminah",
    email: str = "siti@mini.go.id",
    date: str = "2025-03-17T10:00:00+08:00",
) -> str:
    """Real git in a test repository: isolated from the user's config, fixed author and date."""
    import subprocess

    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": email,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    done = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout
