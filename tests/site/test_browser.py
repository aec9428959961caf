"""The built site in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

A reviewer's path: home → region → pillar → programme by clicking, a search for a programme by
name, no console errors, and no serious or critical axe-core accessibility violations.

Needs: `apt-get install chromium` and, for the accessibility check,
`npm install --prefix build/node axe-core` (build/ is git-ignored). Never `playwright install`.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "build" / "node" / "node_modules" / "axe-core" / "axe.min.js"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="pip install playwright (Python package only)"
)
if not CHROMIUM.exists():
    pytest.skip("Chromium missing: apt-get install chromium", allow_module_level=True)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(built_site) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(built_site[0]))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []  # console errors and uncaught exceptions, checked by the tests
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    yield tab
    context.close()


def test_reviewer_clicks_from_home_to_a_programme(page, base_url: str) -> None:
    expect = playwright_api.expect
    page.goto(base_url)
    expect(page.locator("h1")).to_contain_text("Masterplan Smart City")

    page.locator("article table").first.get_by_role("link", name="Kabupaten Kutai Kartanegara").click()
    expect(page).to_have_url(f"{base_url}wilayah/kutai-kartanegara/index.html")
    expect(page.locator("h1")).to_contain_text("Kabupaten Kutai Kartanegara")
    expect(page.locator("figure svg[role=img]").first).to_be_visible()

    page.locator("nav.md-nav--primary").get_by_role("link", name="Smart Governance", exact=True).click()
    expect(page).to_have_url(f"{base_url}wilayah/kutai-kartanegara/governance.html")

    page.locator("article table").first.get_by_role("link", name="GOV-01", exact=True).click()
    expect(page).to_have_url(f"{base_url}wilayah/kutai-kartanegara/governance.html#gov-01")
    heading = page.locator("h3#gov-01")
    expect(heading).to_contain_text("Idaman RT")
    expect(heading).to_be_in_viewport()
    assert page.errors == []


def search(page, query: str, timeout_s: float = 20.0):
    """Type `query` into the search box until results appear.

    Material reads the query on keyup (fill() alone sends none) and builds its lunr index in a
    worker after the page loads; a query sent before the index is ready is not re-run, so send a
    key again until it answers.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    results = page.locator(".md-search-result__item")
    for _ in range(int(timeout_s * 2)):
        box.press("End")
        page.wait_for_timeout(500)
        if results.count():
            return results
    pytest.fail(f"no search results for {query!r}")


def test_search_finds_a_programme_by_name(page, base_url: str) -> None:
    expect = playwright_api.expect
    page.goto(base_url + "wilayah/balikpapan/index.html")
    search(page, "Idaman RT")
    # (search.highlight puts ?h=… between page and anchor)
    hit = page.locator(
        '.md-search-result__link[href*="kutai-kartanegara/governance.html"][href$="#gov-01"]'
    ).first
    expect(hit).to_contain_text("Idaman RT")
    hit.click()
    expect(page.locator("h3#gov-01")).to_be_in_viewport()

    search(page, "Dinas Koperasi, Usaha Mikro")  # an agency name (Balikpapan's cooperatives office)
    assert page.locator('.md-search-result__link[href*="balikpapan/"]').count() > 0
    assert page.errors == []


def test_works_from_a_folder_without_a_server(page, built_site) -> None:
    """file:// (a USB stick): pages, relative links and offline search, without console errors."""
    expect = playwright_api.expect
    page.goto((built_site[0] / "index.html").as_uri())
    page.get_by_role("link", name="Perbandingan").first.click()
    expect(page.locator("h1")).to_contain_text("Perbandingan wilayah")
    search(page, "Simpel BPJS")
    assert page.locator('.md-search-result__link[href*="kutai-kartanegara/living.html"]').count() > 0
    assert page.errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "wilayah/kutai-kartanegara/index.html",
        "wilayah/kutai-kartanegara/governance.html#gov-01",
        "wilayah/kutai-kartanegara/kemajuan.html",
        "wilayah/balikpapan/riwayat.html",  # a draft region's page: the DRAFT banner
        "evaluasi.html",
    ],
)
def test_no_serious_accessibility_violations(browser, base_url: str, path: str, scheme: str) -> None:
    if not AXE.exists():
        pytest.skip(f"axe-core missing: npm install --prefix {ROOT / 'build' / 'node'} axe-core")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        tab = context.new_page()
        tab.goto(base_url + path)
        tab.add_script_tag(path=str(AXE))
        result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:5]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_evaluation_ranking_filters_by_year_province_and_cohort(page, base_url: str) -> None:
    """The optional filter (progressive enhancement): every year's ranking is in the page without it;
    with it, the latest evaluation year shows first."""
    expect = playwright_api.expect
    page.goto(base_url + "evaluasi.html")
    rows = page.locator(".mp-ranking tbody tr[data-province]")
    assert rows.count() == 5  # each evaluated region once per year it was evaluated (2026, 2025, 2024)
    visible = page.locator(".mp-ranking tbody tr[data-province]:visible")
    expect(visible).to_have_count(2)  # the latest year, 2026, selected first
    expect(page.locator(".mp-filter__count")).to_have_text("2 dari 2 wilayah ditampilkan")
    expect(visible.first).to_contain_text("Kabupaten Kutai Kartanegara")  # 3,23 above Balikpapan's 3,05
    expect(page.locator("tr[data-group='2026']")).to_be_visible()
    expect(page.locator("tr[data-group='2024']")).to_be_hidden()
    page.get_by_label("Tahun evaluasi").select_option("2024")
    expect(visible).to_have_count(1)
    expect(visible.first).to_contain_text("Kabupaten Kotawaringin Timur")
    page.get_by_label("Tahun evaluasi").select_option("")
    expect(visible).to_have_count(5)
    page.get_by_label("Provinsi").select_option("Kalimantan Timur")
    page.get_by_label("Kohort").select_option("2017")
    expect(visible).to_have_count(2)  # Kutai Kartanegara in 2026 and in 2025
    page.get_by_label("Tahun evaluasi").select_option("2026")
    expect(visible).to_have_count(1)
    visible.first.get_by_role("link", name="Kabupaten Kutai Kartanegara").click()
    expect(page).to_have_url(f"{base_url}wilayah/kutai-kartanegara/kemajuan.html")
    expect(page.locator("figure svg[role=img]").first).to_be_visible()
    assert page.errors == []
