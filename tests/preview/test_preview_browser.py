"""The live preview in real headless Chromium: an invalid save shows its diagnostics in the page,
and the page recovers by itself when the file is fixed (no click, no manual reload)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.preview.server import Preview
from generator.site.config import site_config

from ..conftest import FIXTURES

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
if not CHROMIUM.exists():
    pytest.skip("Chromium missing: apt-get install chromium", allow_module_level=True)


@pytest.fixture
def preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Preview]:
    shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / "mini")
    monkeypatch.chdir(tmp_path)
    running = Preview(site_config(tmp_path), lang="en")
    running.start("127.0.0.1", 0)
    yield running
    running.stop()


def test_diagnostics_in_the_page_then_the_page_recovers(preview: Preview, tmp_path: Path) -> None:
    plan = tmp_path / "masterplans" / "mini" / "masterplan.yaml"
    good = plan.read_text()
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(preview.url + "wilayah/mini/")
            heading = page.locator("article h1").first.inner_text()
            assert "Mini" in heading

            plan.write_text(good.replace("\nvision:", "\nvision: [unclosed\nvisi:", 1))
            overlay = page.locator("#masterplan-diagnostics")
            overlay.wait_for(state="visible", timeout=30_000)  # the page reloaded by itself
            shown = overlay.inner_text()
            assert "masterplans/mini/masterplan.yaml:" in shown and "E002" in shown
            assert "hint:" in shown and "^" in shown
            assert "Fix the file and save it" in shown

            plan.write_text(good.replace("\nvision: ", "\nvision: Visi yang sudah diperbaiki. ", 1))
            overlay.wait_for(state="detached", timeout=30_000)
            page.get_by_text("Visi yang sudah diperbaiki.").first.wait_for(timeout=30_000)
            assert errors == []
        finally:
            browser.close()
