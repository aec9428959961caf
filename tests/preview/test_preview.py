"""The live preview (`masterplan serve`): pages on request, a save shows at once, errors in the page.

The preview runs for real: the watcher thread, the HTTP server and the mkdocs session, on a data
repository that holds only masterplans/ (the mini region).
"""

from __future__ import annotations

import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.preview.server import Preview
from generator.site.config import site_config

from ..conftest import FIXTURES

pytestmark = pytest.mark.slow


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def until(condition, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "the preview did not catch up"
        time.sleep(0.05)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / "mini")
    return tmp_path


@pytest.fixture
def preview(repo: Path) -> Iterator[tuple[Preview, list[str]]]:
    said: list[str] = []
    running = Preview(site_config(repo), lang="en", echo=said.append)
    running.start("127.0.0.1", 0)
    yield running, said
    running.stop()


def break_vision(plan: Path) -> str:
    good = plan.read_text()
    plan.write_text(good.replace("\nvision:", "\nvision: [unclosed\nvisi:", 1))
    return good


def test_pages_are_rendered_on_request_with_the_reload_hook(preview) -> None:
    running, _ = preview
    status, page = fetch(running.url + "wilayah/mini/")
    assert status == 200 and "__masterplan/wait" in page and "masterplan-diagnostics" not in page
    assert running.session.rendered.keys() == {"wilayah/mini/index.html"}  # nothing else rendered
    status, css = fetch(running.url + "stylesheets/pillars.css")
    assert status == 200 and "--mp-" in css or "pillar" in css
    assert fetch(running.url + "wilayah/mini")[0] == 200  # redirected to wilayah/mini/
    assert fetch(running.url + "wilayah/nowhere/")[0] == 404


def test_a_save_shows_and_an_error_is_shown_in_the_page_until_fixed(preview, repo: Path) -> None:
    running, said = preview
    page = running.url + "wilayah/mini/"
    plan = repo / "masterplans" / "mini" / "masterplan.yaml"
    good = plan.read_text()
    assert "Kalimat baru dari tim" not in fetch(page)[1]
    plan.write_text(good.replace("\nvision: ", "\nvision: Kalimat baru dari tim. ", 1))
    until(lambda: "Kalimat baru dari tim" in fetch(page)[1])

    break_vision(plan)
    until(lambda: "masterplan-diagnostics" in fetch(page)[1])
    status, shown = fetch(page)
    assert status == 200  # the last good page stays, the diagnostics over it
    assert "masterplans/mini/masterplan.yaml:" in shown and "E002" in shown and "hint:" in shown
    assert "opened at line" in shown or "dibuka di baris" in shown
    assert "<pre style" in shown and "^</span></pre>" in shown  # the source line, with a caret
    assert any("E002" in line for line in said) and any("error(s)" in line for line in said)

    plan.write_text(good)
    until(lambda: "masterplan-diagnostics" not in fetch(page)[1])
    assert "Kalimat baru dari tim" not in fetch(page)[1]


def test_a_long_poll_returns_when_something_changed(preview, repo: Path) -> None:
    running, _ = preview
    version = running.version
    assert running.wait(version, timeout=0.1) == version  # nothing changed: times out
    economy = repo / "masterplans" / "mini" / "economy.yaml"
    economy.write_text(economy.read_text() + "# catatan\n")
    assert running.wait(version, timeout=20) != version


def test_the_terminal_shows_errors_first_and_warnings_in_one_line(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)  # paths in diagnostics are relative to where the command runs
    society = repo / "masterplans" / "mini" / "society.yaml"
    society.write_text(
        society.read_text().replace("targets: {2025: 50, 2026: 60}", "targets: {2025: 50, 2026: 40}", 1)
    )
    plan = repo / "masterplans" / "mini" / "masterplan.yaml"
    break_vision(plan)
    said: list[str] = []
    running = Preview(site_config(repo), lang="en", echo=said.append)
    running.open()
    assert said[0].startswith("masterplans/mini/masterplan.yaml:") and " error E002 " in said[0]
    assert said[-1] == "1 warning(s) (`masterplan validate` lists them)"
    assert not any(" warning W" in line for line in said)  # warnings are not listed one by one
    status, page, _ = running.respond("/wilayah/mini/")
    assert status == 404 and b"masterplan-diagnostics" in page  # never valid yet: the errors alone


def test_an_empty_repository_then_a_new_region(tmp_path: Path, monkeypatch) -> None:
    """`masterplan init` then `serve` then `new`: the region appears, the 'no region' error goes."""
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "masterplans").mkdir()
    running = Preview(site_config(tmp_path), lang="en")
    running.start("127.0.0.1", 0)
    try:
        assert "E022" in fetch(running.url)[1]
        assert (
            CliRunner().invoke(main, ["new", "kota-baru", "--name", "Baru", "--type", "kota"]).exit_code == 0
        )
        until(lambda: fetch(running.url + "wilayah/kota-baru/")[0] == 200)
        until(lambda: "masterplan-diagnostics" not in fetch(running.url + "wilayah/kota-baru/")[1])
    finally:
        running.stop()
