"""A bug prints one line and a report file (exit 3); a machine problem one error line (exit 1)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import cli
from generator.cli import main


def test_an_internal_error_prints_one_line_and_writes_a_report(in_tmp: Path, mini: Path, monkeypatch) -> None:
    def broken(*_a, **_k):
        raise RuntimeError("something impossible \x1b[31m")

    monkeypatch.setattr(cli, "validate_paths", broken)
    result = CliRunner().invoke(main, ["validate", str(mini)])
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert "internal error (RuntimeError in test_crash.py:" in line and "Full report: " in line
    report = Path(line.split("Full report: ")[1].split(" — ")[0])
    assert report.is_file() and report.parent == (in_tmp / "build").resolve()
    text = report.read_text()
    assert "Traceback" in text and "something impossible" in text and "validate" in text


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_full_disk_or_read_only_folder_is_one_error_line(
    in_tmp: Path, mini: Path, monkeypatch, code
) -> None:
    def full(*_a, **_k):
        raise OSError(code, "No space left on device", "site/pdf/x.pdf")

    monkeypatch.setattr(cli, "validate_paths", full)
    result = CliRunner().invoke(main, ["validate", str(mini)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["error: No space left on device: site/pdf/x.pdf"]
    assert not (in_tmp / "build").exists()


def test_a_full_disk_during_build_keeps_the_previous_site(tmp_path: Path, monkeypatch) -> None:
    from generator.publish import build as build_module

    from .conftest import FIXTURES, make_site_project

    config = make_site_project(tmp_path, [FIXTURES / "mini"])
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous site")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", str(site / "index.html"))

    monkeypatch.setattr(build_module, "_swap", full)
    monkeypatch.chdir(tmp_path)
    args = ["build", "--no-pdf", "--lang", "id", "-f", str(config), "-d", str(site)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "error: No space left on device" in result.output and "Traceback" not in result.output
    assert (site / "index.html").read_text() == "previous site"
    assert not list(tmp_path.glob(".site-build-*"))
