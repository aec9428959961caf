"""National search: Pagefind's chunked index instead of Material's, found in real headless Chromium.

The samples are built with `search='pagefind'` (what `auto` picks above 40 regions), both
languages; the site is served over HTTP and searched the way a reviewer does ("/" then typing).
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
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
    """One bundle for the national pages, one per province (the samples span two), listed for the
    page's script in bundles.json."""
    names = json.loads((site / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    assert names == ["nasional", "provinsi-kalimantan-tengah", "provinsi-kalimantan-timur"]
    for name in names:
        assert (site / "pagefind" / name / "pagefind-entry.json").is_file()
        assert list((site / "pagefind" / name).glob("wasm.*.pagefind")) != []
    assert not (site / "search").exists(), "no 70 MB search_index.json (and its .js copy) beside it"
    page = (site / "wilayah" / "balikpapan" / "index.html").read_text(encoding="utf-8")
    assert "javascripts/search-pagefind.js" in page and 'data-bundle="../../pagefind/"' in page
    assert 'src="../../pagefind/nasional/pagefind-ui.js"' in page
    english = (site / "en" / "wilayah" / "balikpapan" / "index.html").read_text(encoding="utf-8")
    assert 'data-bundle="../../../pagefind/"' in english


@pytest.mark.slow
def test_an_edit_indexes_only_its_provinces_bundle_again(site: Path, tmp_path: Path) -> None:
    """The bundle cache: unchanged bundles are copied (same bytes), an edited page re-indexes
    only the bundle that holds it; a full index without the cache gives the same files."""
    from generator.site.search import pagefind_index

    copy = tmp_path / "site"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("pagefind"))
    bundles = {"balikpapan": "kaltim", "kutai-kartanegara": "kaltim", "kotawaringin-timur": "kalteng"}
    cache = tmp_path / "cache"
    assert sorted(pagefind_index(copy, bundles, lang_folders={"en"}, cache_dir=cache)) == [
        "kalteng",
        "kaltim",
        "nasional",
    ]
    first = tree(copy / "pagefind")
    shutil.rmtree(copy / "pagefind")
    assert pagefind_index(copy, bundles, lang_folders={"en"}, cache_dir=cache) == []
    assert tree(copy / "pagefind") == first
    page = copy / "en" / "wilayah" / "kotawaringin-timur" / "index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</article>", "<p>Jembatan baru</p></article>", 1)
    )
    shutil.rmtree(copy / "pagefind")
    assert pagefind_index(copy, bundles, lang_folders={"en"}, cache_dir=cache) == ["kalteng"]
    cached = tree(copy / "pagefind")
    assert {k for k in cached if cached[k] != first.get(k)} <= {k for k in cached if k.startswith("kalteng/")}
    shutil.rmtree(copy / "pagefind")
    pagefind_index(copy, bundles, lang_folders={"en"})
    assert tree(copy / "pagefind") == cached, "from the cache or not: the same index"
    bundles_kept = [p for p in cache.iterdir() if p.is_dir()]
    assert len(bundles_kept) == 3  # one entry per bundle: the edited bundle's old one is gone
    assert (cache / "digests.json").is_file(), "pages' digests remembered for the next build"


def tree(folder: Path) -> dict[str, object]:
    """Every file's bytes; JSON parsed (Pagefind writes its entry file's languages in any order)."""
    return {
        p.relative_to(folder).as_posix(): json.loads(p.read_bytes())
        if p.suffix == ".json"
        else p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file()
    }


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
        # another province's bundle, and the national pages' bundle, from the same box
        ("wilayah/balikpapan/index.html", "Kotim Melayani", "wilayah/kotawaringin-timur/governance.html"),
        ("wilayah/balikpapan/index.html", "Perbandingan antarwilayah", "perbandingan.html"),
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
    # Results of a shorter query typed on the way may show first: wait for the full query's.
    found = "[...document.querySelectorAll('.pagefind-ui__result-link')].some(a => a.href.includes(%s))"
    try:
        tab.wait_for_function(found % json.dumps(expected), timeout=20_000)
    except Exception:  # noqa: BLE001, S110 (the assertion below reports what was shown)
        pass
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
