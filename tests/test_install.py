"""End to end as a regional team uses the tool: the wheel installed in a fresh virtualenv, a data
repository made by `masterplan init` that holds one region and nothing of this repository.

Builds the wheel (`pip wheel --no-deps`), installs the locked dependencies and the wheel into a new
venv, then in an empty temporary folder: init, copy a sample region, validate, build (with a
PDF), serve (one request), fmt --check, and diff against a git commit.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES, run_git

pytestmark = pytest.mark.slow

REGION = "balikpapan"


def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=1800
    )
    assert done.returncode == 0, f"{argv}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the locked dependencies and the wheel built from this checkout."""
    base = tmp_path_factory.mktemp("install")
    wheels = base / "wheels"
    pip = [sys.executable, "-m", "pip"]
    run(*pip, "wheel", "-q", "--no-deps", "-w", wheels, ROOT, cwd=base)
    [wheel] = wheels.glob("masterplan-*.whl")
    env = base / "venv"
    run(sys.executable, "-m", "venv", env, cwd=base)
    run(
        env / "bin/pip",
        "install",
        "-q",
        "--require-hashes",
        "--no-deps",
        "-r",
        ROOT / "requirements.lock",
        cwd=base,
    )
    run(env / "bin/pip", "install", "-q", "--no-deps", wheel, cwd=base)
    return env


def clean_env(venv: Path) -> dict[str, str]:
    """The user's shell: the venv's bin first, nothing pointing into this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    return env


def test_the_installed_tool_in_a_data_repository_of_its_own(venv: Path, tmp_path: Path) -> None:
    repo = tmp_path / "masterplan-balikpapan"
    repo.mkdir()
    env = clean_env(venv)
    mp = venv / "bin" / "masterplan"
    where = run(venv / "bin/python", "-c", "import generator; print(generator.__file__)", cwd=repo, env=env)
    assert not Path(where.stdout.strip()).is_relative_to(ROOT), "the checkout was imported, not the wheel"

    init = run(mp, "init", "--lang", "en", cwd=repo, env=env)
    assert ".github/workflows/masterplan.yml: created" in init.stdout
    shutil.copytree(SAMPLES / REGION, repo / "masterplans" / REGION)
    for own in ("mkdocs.yml", "templates", "schema", "generator", "pyproject.toml"):
        assert not (repo / own).exists()  # nothing of this repository

    checked = run(mp, "validate", "--lang", "en", cwd=repo, env=env)
    assert "1 regions (1 valid)" in checked.stdout + checked.stderr
    run(mp, "build", "--lang", "id", cwd=repo, env=env)
    site = repo / "site"
    assert (site / "index.html").is_file() and (site / "wilayah" / REGION / "index.html").is_file()
    pdfs = sorted(p.name for p in (site / "pdf").glob("*.pdf"))
    assert f"{REGION}-masterplan.pdf" in pdfs and (site / "pdf" / "SHA256SUMS").is_file()
    assert (site / "pdf" / f"{REGION}-masterplan.pdf").read_bytes().startswith(b"%PDF")

    assert _one_preview_request(mp, repo, env) == 200
    run(mp, "fmt", "--check", cwd=repo, env=env)

    run_git(repo, "add", ".")
    run_git(repo, "commit", "-qm", "Balikpapan")
    plan = repo / "masterplans" / REGION / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("\n  status: final\n", "\n  status: draft\n", 1))
    diff = run(mp, "diff", "HEAD", "--lang", "en", cwd=repo, env=env)
    assert "Balikpapan" in diff.stdout and "draft" in diff.stdout


def _one_preview_request(mp: Path, repo: Path, env: dict[str, str]) -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [str(mp), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=repo,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/wilayah/{REGION}/", timeout=120) as r:
                    assert b"Balikpapan" in r.read()
                    return int(r.status)
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, "masterplan serve exited"
                assert time.monotonic() < deadline, "masterplan serve did not answer"
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)
