"""The built site in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

A reviewer's path: home → region → pillar → programme by clicking, a search for a programme by
name, no console errors, and no serious or critical axe-core accessibility violations.

Needs: `apt-get install chromium` and, for the accessibility and markup checks,
`npm install --prefix build/node axe-core vnu-jar` (build/ is git-ignored; `make test` does it;
the Nu HTML Checker runs on Java 17). Never `playwright install`.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "build" / "node" / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "build" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
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


# --------------------------------------------------------------------------- layout: what a reader sees

LAYOUT_PAGES = [
    "index.html",
    "wilayah/kutai-kartanegara/index.html",
    "wilayah/kutai-kartanegara/governance.html",
    "wilayah/kutai-kartanegara/kemajuan.html",
    "evaluasi.html",
    "perbandingan.html",
]

# Measured in the page: what sticks out of the content column (and whether a scroll box of its own
# holds it), chart labels cut with '…', text clipped by its box, chart text size, key-figure rows.
MEASURE = """() => {
  const art = document.querySelector('article.md-content__inner');
  const box = art.getBoundingClientRect();
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    ((el.className && (el.className.baseVal ?? el.className)) ? '.' + String(el.className.baseVal ?? el.className).trim().split(/\\s+/).join('.') : '');
  const scroller = el => {
    for (let p = el.parentElement; p && p !== art; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if ((o === 'auto' || o === 'scroll') && p.getBoundingClientRect().right <= box.right + 1) return true;
    }
    return false;
  };
  const wide = [];
  for (const el of art.querySelectorAll('table, figure, svg.mp-chart, pre, img, .mp-stats, .mp-stat, .grid, .mp-findings')) {
    const r = el.getBoundingClientRect();
    if (r.width && el.offsetParent !== null && r.right > box.right + 1) wide.push({what: name(el), width: Math.round(r.width), scrolls: scroller(el)});
  }
  const cut = [...art.querySelectorAll('svg text')].map(t => t.textContent).filter(t => t.endsWith('…'));
  const clipped = [];
  for (const el of art.querySelectorAll('*')) {
    if (el.offsetParent === null || !el.clientWidth || el.closest('.mp-sr-only')) continue;  // screen-reader text is clipped on purpose
    const s = getComputedStyle(el);
    const hides = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
    if (hides && el.scrollWidth > el.clientWidth + 1) clipped.push(name(el) + ': ' + el.textContent.trim().slice(0, 40));
  }
  for (const v of art.querySelectorAll('.mp-stat__value')) {
    if (v.getBoundingClientRect().right > v.parentElement.getBoundingClientRect().right + 1) clipped.push('key figure ' + v.textContent);
  }
  let smallest = null;
  for (const svg of art.querySelectorAll('svg.mp-chart')) {
    if (svg.closest('details:not([open])')) continue;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll('text')) {
      const px = parseFloat(t.getAttribute('font-size')) * scale;
      if (smallest === null || px < smallest.px) smallest = {px: Math.round(px * 10) / 10, text: t.textContent.slice(0, 30)};
    }
  }
  const rows = [...art.querySelectorAll('.mp-stats')].map(g => {
    const tops = [...g.children].map(c => Math.round(c.getBoundingClientRect().top));
    return [...new Set(tops)].map(t => tops.filter(x => x === t).length);
  });
  return {pageWidth: document.documentElement.scrollWidth, wide, cut, clipped, smallest, rows};
}"""


# Every element of the content column, with every fold (<details>) opened: one that sticks out of
# the column on either side is a fault unless it scrolls in a box of its own that stays on the
# screen (a wide table or the roadmap in its scroll wrapper; Material's tab bar, which runs to the
# screen's edges on a phone, and its arrows). Catches what MEASURE's list of wide things does not name: a card grid
# whose columns are wider than a phone's column, inline code, a chart inside a folded section.
OVERFLOW = """() => {
  for (const d of document.querySelectorAll('article details:not([open])')) d.open = true;
  const art = document.querySelector('article.md-content__inner');
  const box = art.getBoundingClientRect();
  const screen = document.documentElement.clientWidth;
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    ((el.className && (el.className.baseVal ?? el.className)) ? '.' + String(el.className.baseVal ?? el.className).trim().split(/\\s+/).join('.') : '');
  const scrollsOnScreen = el => {
    for (let p = el; p && p !== art; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      const r = p.getBoundingClientRect();
      if ((o === 'auto' || o === 'scroll') && r.left >= -1 && r.right <= screen + 1) return true;
    }
    const r = el.getBoundingClientRect();  // the arrows Material lays over the tab bar's two ends
    return el.closest('.tabbed-control') !== null && r.left >= -1 && r.right <= screen + 1;
  };
  const out = [];
  for (const el of art.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || (r.left >= box.left - 1 && r.right <= box.right + 1) || scrollsOnScreen(el)) continue;
    out.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, the column ` +
      `${Math.round(box.left)}–${Math.round(box.right)}: ${(el.textContent || '').trim().slice(0, 30)}`);
  }
  return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1400, 390])
def test_layout_fits_the_screen_and_cuts_no_label(browser, base_url: str, width: int, scheme: str) -> None:
    """On a wide screen everything fits the content column; on a phone the page never scrolls
    sideways and a table or chart too wide for it scrolls in its own box: nothing, folded or not,
    sticks out of the content column (OVERFLOW), in either language. No label is cut ('…' in
    a chart, text clipped by its box, a key figure spilling out of its card); chart text is at
    least 8.5 px on a wide screen; key-figure cards fill balanced rows (never 5 + 1)."""
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    problems: list[str] = []
    try:
        tab = context.new_page()
        for path in [*LAYOUT_PAGES, *(f"en/{p}" for p in LAYOUT_PAGES)]:
            tab.goto(base_url + path)
            m = tab.evaluate(MEASURE)
            if m["pageWidth"] > width:
                problems.append(f"{path}: the page scrolls sideways ({m['pageWidth']} px)")
            problems += [
                f"{path}: {w['what']} is {w['width']} px wide"
                for w in m["wide"]
                if width >= 1400 or not w["scrolls"]
            ]
            problems += [f"{path}: chart label cut: {t!r}" for t in m["cut"]]
            problems += [f"{path}: clipped: {c}" for c in m["clipped"]]
            if width >= 1400 and m["smallest"] and m["smallest"]["px"] < 8.5:
                problems.append(f"{path}: chart text {m['smallest']} under 8.5 px")
            for rows in m["rows"] if width >= 1400 else []:  # a phone shows two a row: 2 + 2 + 1 is fine
                if len(rows) > 1 and (max(rows) - min(rows) > 1 or rows[-1] == 1):
                    problems.append(f"{path}: key figures in unbalanced rows {rows}")
            problems += [f"{path}: {what}" for what in tab.evaluate(OVERFLOW)]  # opens the folds: last
    finally:
        context.close()
    assert problems == []


# Scroll the first box of this kind that is too narrow for its content to its end: (content width,
# box width, how far it scrolled, how far the page scrolled sideways, the box's right edge).
SCROLL_BOX = """(selector) => {
  const el = [...document.querySelectorAll(selector)].find(e => e.scrollWidth > e.clientWidth + 1);
  if (!el) return null;
  el.scrollLeft = el.scrollWidth;
  return [el.scrollWidth, el.clientWidth, el.scrollLeft, window.scrollX,
          el.getBoundingClientRect().right, document.documentElement.scrollWidth];
}"""


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("wilayah/kutai-kartanegara/index.html", "article .mp-figure__scroll"),  # the roadmap chart
        ("wilayah/kutai-kartanegara/governance.html", "article .mp-figure__scroll"),
        ("perbandingan.html", "article .md-typeset__scrollwrap"),  # the comparison tables
        ("index.html", "article .mp-matrix"),  # the coverage matrix
    ],
)
def test_on_a_phone_wide_tables_and_the_roadmap_scroll_in_their_own_box(
    browser, base_url: str, path: str, selector: str
) -> None:
    """At 390 px the roadmap and the wide tables are wider than the screen: each scrolls sideways
    inside its own box, which ends inside the screen, and the page itself does not move."""
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(base_url + path)
        found = tab.evaluate(SCROLL_BOX, selector)
    finally:
        context.close()
    assert found is not None, f"{path}: no {selector} wider than its box on a phone"
    content, box, scrolled, page_x, right, page_width = found
    assert content > box and scrolled >= content - box - 1, found
    assert page_x == 0 and page_width <= 390 and right <= 390, found


def test_ranking_rate_and_band_stay_on_a_phone_screen(browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(base_url + "evaluasi.html")
        for label in ("Tingkat implementasi", "Pita capaian", "Wilayah"):
            header = tab.locator(".mp-ranking thead th", has_text=label)
            box = header.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, (label, box)
    finally:
        context.close()


def test_progress_page_summary_first_and_long_parts_folded(page, base_url: str) -> None:
    """The latest results on top; the older evaluation folded under a one-line summary that a link
    to it opens; long tables folded."""
    expect = playwright_api.expect
    page.goto(base_url + "wilayah/kutai-kartanegara/kemajuan.html")
    first_stat = page.locator(".mp-stats").first.bounding_box()
    first_section = page.locator("h2").first.bounding_box()
    assert first_stat and first_section and first_stat["y"] < first_section["y"]
    older = page.locator("details.mp-fold--evaluation")
    expect(older).to_have_count(1)
    assert older.evaluate("d => d.open") is False
    assert page.locator("details.mp-fold:not(.mp-fold--evaluation)").count() >= 3
    height = page.evaluate("document.body.scrollHeight")
    assert height < 12000, height
    page.locator("table a[href='#evaluasi-2025-tahap-1']").first.click()
    assert older.evaluate("d => d.open") is True
    expect(page.locator("h2#evaluasi-2025-tahap-1")).to_be_in_viewport()


# --------------------------------------------------------------------------- markup: the Nu HTML Checker

# What the Nu checker reports in mkdocs-material's own markup (the theme, not this project): its
# drawer and search toggles carry autocomplete on checkboxes and autocorrect on the search box, its
# navigation labels an empty tabindex and a `for` pointing at a hidden toggle.
THEME_MARKUP = [
    (r"^Attribute “autocomplete” is only allowed when the input type is", r'class="md-toggle"'),
    (r"^Attribute “autocorrect” not allowed on element “input”", r'class="md-search__input"'),
    (r"^Bad value “” for attribute “tabindex” on element “label”", r'class="md-nav__link'),
    (r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden", r"md-nav__"),
]
MARKUP_PAGES = [
    *LAYOUT_PAGES,
    "404.html",
    "en/404.html",
    "wilayah/index.html",
    "wilayah/kutai-kartanegara/opd.html",
    "wilayah/kutai-kartanegara/quick-win.html",
    "wilayah/kutai-kartanegara/riwayat.html",
    "en/wilayah/kutai-kartanegara/index.html",
    "sni-iso-37122.html",
    "tag.html",
]


# Not markup: the checker guesses the language of the text, and the English site shows the plans'
# own (Indonesian) data under lang="en" by design.
CONTENT_LANGUAGE = (
    r"^This document appears to be written in Indonesian but the “html” start tag has “lang=\"en\"”"
)


def _theme(message: dict) -> bool:
    if re.search(CONTENT_LANGUAGE, message["message"]):
        return True
    return any(
        re.search(text, message["message"]) and re.search(where, message.get("extract", ""))
        for text, where in THEME_MARKUP
    )


def test_nu_html_checker_finds_nothing_in_our_markup(built_site) -> None:
    """The Nu HTML Checker (vnu.jar) on the pages a reviewer opens: no error or warning in the
    project's own markup (the theme's known findings are listed in THEME_MARKUP), and no
    protocol-relative link (`//index.html` names a host)."""
    if not VNU.exists() or shutil.which("java") is None:
        pytest.skip(
            f"Nu HTML Checker missing: npm install --prefix {ROOT / 'build' / 'node'} vnu-jar (needs Java)"
        )
    site = built_site[0]
    files = [site / page for page in MARKUP_PAGES]
    assert all(f.is_file() for f in files), [str(f) for f in files if not f.is_file()]
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stderr)["messages"]
    ours = [
        f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if (m["type"] == "error" or m.get("subType") == "warning") and not _theme(m)
    ]
    assert ours == []
    assert sum(_theme(m) for m in messages) > 0, "the theme's known findings vanished: update THEME_MARKUP"
    for f in files:
        assert not re.search(r'href="//', f.read_text(encoding="utf-8")), f"protocol-relative link in {f}"
