"""National search: Pagefind's chunked index instead of Material's, found in real headless Chromium.

The samples are built with `search='pagefind'` (what `auto` picks above 40 regions), both
languages; the site is served over HTTP and searched the way a reviewer does ("/" then typing).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.publish.build import build
from generator.site.search import PAGEFIND_ABOVE, choose

from ..conftest import SAMPLES, make_site_project

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def test_auto_picks_material_for_a_province_and_pagefind_for_the_nation() -> None:
    assert choose("auto", 3) == "material"
    assert choose("auto", PAGEFIND_ABOVE) == "material"
    assert choose("auto", PAGEFIND_ABOVE + 1) == "pagefind"
    assert choose("material", 514) == "material" and choose("pagefind", 1) == "pagefind"
    with pytest.raises(ValueError):
        choose("lunr", 3)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pagefind")
    config = make_site_project(root, sorted(p.parent for p in SAMPLES.glob("*/masterplan.yaml")))
    build(config_file=config, site_dir=root / "site", pdf=False, search="pagefind", jobs=2)
    return root / "site"


@pytest.mark.slow
def test_a_pagefind_site_has_its_index_and_no_material_index(site: Path) -> None:
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert sorted(p.name.split("_")[0] for p in (site / "pagefind").glob("wasm.*.pagefind")) != []
    assert not (site / "search").exists(), "no 70 MB search_index.json (and its .js copy) beside it"
    page = (site / "wilayah" / "balikpapan" / "index.html").read_text(encoding="utf-8")
    assert "javascripts/search-pagefind.js" in page and 'data-bundle="../../pagefind/"' in page
    english = (site / "en" / "wilayah" / "balikpapan" / "index.html").read_text(encoding="utf-8")
    assert 'data-bundle="../../../pagefind/"' in english


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Chromium missing: apt-get install chromium")
    with api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str):
    tab = browser.new_page()
    tab.errors = []
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.goto(url)
    return tab


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("wilayah/balikpapan/index.html", "Idaman RT", "kutai-kartanegara/governance.html"),
        ("en/wilayah/balikpapan/index.html", "Idaman RT", "en/wilayah/kutai-kartanegara/governance.html"),
    ],
)
def test_search_finds_a_programme_in_the_pages_language(
    browser, base_url: str, path: str, query: str, expected: str
) -> None:
    tab = open_page(browser, base_url + path)
    tab.wait_for_selector("#mp-search input")
    tab.keyboard.press("/")
    tab.wait_for_selector("#mp-search input:focus")
    tab.keyboard.type(query, delay=50)
    tab.wait_for_selector(".pagefind-ui__result", timeout=20_000)
    links = [a.get_attribute("href") or "" for a in tab.locator(".pagefind-ui__result-link").all()]
    assert any(expected in link for link in links), links
    if not path.startswith("en/"):
        assert not any("/en/" in link for link in links), "the Indonesian site finds Indonesian pages"
    assert tab.errors == []
    tab.close()


@pytest.mark.slow
def test_from_a_folder_the_box_says_search_needs_the_web(browser, site: Path) -> None:
    tab = open_page(browser, (site / "wilayah" / "balikpapan" / "index.html").as_uri())
    box = tab.wait_for_selector("#mp-search input.mp-search__offline")
    assert box is not None and box.is_disabled()
    assert "http" in (box.get_attribute("placeholder") or "")
    assert tab.errors == []
    tab.close()
