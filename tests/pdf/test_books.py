"""The book set (Buku I Analisis Strategis, Buku II Masterplan, Buku III Quick Win, and the Road Map
book of second-generation plans), the executive summary and the reviewers' briefing book: each an
official document with the model's numbers.

The books of one sample region (`BOOKS_SLUG`) come from the session's sample PDFs; the generic
checks of every document (TOC page numbers, footer, fonts, metadata, attachments, PDF/A-3a
structure) run on them in test_documents.py and test_accessibility.py. The briefing book is
rendered once here through the real CLI.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from generator.model import documents as docs
from generator.pdf import documents
from generator.pdf.document import build_html
from generator.render.formatting import number, percent, roman, rupiah
from generator.validation.validate import validate_paths
from tests.pdf.samples import BOOKS_SLUG, ROOT, Pdf
from tests.pdf.test_accessibility import check_headings, check_pdf_a_3a, check_tables
from tests.pdf.test_documents import _has_heading, printed_numbers, toc_entries

pytestmark = pytest.mark.slow

BOOKS = ("analysis", "plan", "quick-win", "summary", "roadmap")  # the Road Map book: of a copy (samples.py)


@pytest.fixture(scope="module")
def books(sample_pdfs) -> dict[str, Pdf]:
    region = sample_pdfs.regions[BOOKS_SLUG]
    return {kind: sample_pdfs.review[docs.pdf_name(region.slug, kind)] for kind in BOOKS}


def year_totals_row(region) -> str:
    """The budget table's footer as printed: 'Jumlah', each year's total, the plan's total (million rupiah)."""
    cells = [number(region.budget_by_year[y] / 1_000_000) for y in region.years]
    return " ".join(["Jumlah", *cells, number(region.total_budget / 1_000_000)])


def flat(pdf: Pdf) -> str:
    """The text, with words that running text hyphenated at a line end joined again."""
    return pdf.text.replace("‐ ", "")


def budget_rows(region) -> list[str]:
    """The 'budget per pillar and year (million rupiah)' rows as printed: name, years, total."""
    rows = []
    for part in region.parts:
        cells = [number(region.budget_by_pillar_year[part.code][y] / 1_000_000) for y in region.years]
        rows.append(" ".join([part.pillar.name("id"), *cells, number(part.total / 1_000_000)]))
    return rows


def test_each_book_is_an_official_document(books, sample_pdfs):
    """Cover with the book's number and title, approval page, contents, running head with the
    book's title, bookmarks of its own chapters in order."""
    region = sample_pdfs.regions[BOOKS_SLUG]
    for kind, pdf in books.items():
        book = docs.kind(kind)
        cover = " ".join(pdf.pages[0].split())
        if book.book:
            assert f"BUKU {roman(book.book)}" in cover, kind
        assert book.title().upper() in cover and region.full_name.upper() in cover, kind
        titles = pdf.outline_titles()
        assert {"Lembar Pengesahan", "Daftar Isi"} <= set(titles), (kind, titles)
        assert titles.index("Lembar Pengesahan") < titles.index("Daftar Isi")
        heading = f"Buku {roman(book.book)} {book.title()}" if book.book else book.title()
        assert heading in pdf.pages[3].splitlines()[0] or heading in pdf.pages[3][:300], kind
        numbered = [c for c in book.chapters if c.numbered]
        chapters = [f"BAB {roman(i)} {c.title}" for i, c in enumerate(numbered, 1)]
        found = [t for t in titles if t.startswith("BAB ")]
        if book.chapters:
            assert found == chapters, (kind, found)
            assert ("Lampiran" in titles) == any(not c.numbered for c in book.chapters)
        assert len(toc_entries(pdf)) >= 5


def test_books_split_the_chapters_of_the_combined_masterplan(books):
    """Buku I holds the analysis (profile, readiness, SWOT); Buku II the plan (vision to budget);
    the combined volume holds both (checked in test_documents.py)."""
    analysis, plan = books["analysis"].outline_titles(), books["plan"].outline_titles()
    assert any("Analisis Kesiapan" in t for t in analysis) and not any("Analisis Kesiapan" in t for t in plan)
    assert any("Peta Jalan" in t for t in plan) and not any("Peta Jalan" in t for t in analysis)
    assert any("Analisis SWOT" in t for t in analysis)


def test_books_show_the_models_figures(books, sample_pdfs):
    region = sample_pdfs.regions[BOOKS_SLUG]
    combined = sample_pdfs.review[docs.pdf_name(region.slug, "masterplan")]
    plan, analysis, summary, quick = (flat(books[k]) for k in ("plan", "analysis", "summary", "quick-win"))
    # the same budget table, row for row, in Buku II, the summary and the combined volume
    for row in budget_rows(region):
        for text in (plan, summary, flat(combined)):
            assert row in text, row
    for text in (summary, quick):  # Buku II counts the quick wins; Buku III details them
        assert rupiah(region.quick_win_budget) in text
    assert rupiah(region.total_budget) in plan and rupiah(region.total_budget) in summary
    for p in region.programmes:
        assert p.id in plan and " ".join(p.name.split()) in plan, p.id
    for q in region.quick_wins:
        assert q.id in summary and q.id in quick, q.id
    assert f"{len(region.programmes)} program" in summary
    assert number(region.readiness_score) in summary and number(region.readiness_score) not in ("",)
    for component, average in region.readiness_by_component.items():
        assert number(average) in analysis and number(average) in summary, component
    for issue in region.plan.readiness.strategic_issues:
        assert " ".join(issue.split()) in analysis
    last = region.evaluations[-1]
    assert percent(last.implementation().value, "id") in summary


def test_books_say_which_set_they_belong_to(books):
    for kind in ("analysis", "plan"):
        text = flat(books[kind])
        assert "Buku I Analisis Strategis, Buku II Masterplan dan Buku III Quick Win" in text, kind
    road_map = flat(books["roadmap"])  # a second-generation plan's set has four books
    assert "Buku I Analisis Strategis, Buku II Masterplan, Buku III Quick Win dan Buku Road Map" in road_map


# --------------------------------------------------------------------------- the Road Map book


def test_only_second_generation_plans_publish_the_road_map_book(sample_pdfs):
    """The samples are first-generation plans: no Road Map book among their documents; the copy
    that names an earlier plan has it, after Buku III, and the sample PDFs hold exactly that one."""
    for region in sample_pdfs.regions.values():
        assert region.generation == 1 and "roadmap" not in [k for _, k, _ in documents(region)]
    second = sample_pdfs.second_generation
    kinds = [k for _, k, _ in documents(second)]
    assert kinds[: kinds.index("roadmap") + 1] == ["analysis", "plan", "quick-win", "roadmap"]
    road_maps = [pdf for pdf in sample_pdfs.review.values() if pdf.kind == "roadmap"]
    assert [(p.path.name, p.region) for p in road_maps] == [(f"{BOOKS_SLUG}-buku-road-map.pdf", second)]
    with pytest.raises(ValueError, match="no 'roadmap'"):
        build_html(sample_pdfs.regions[BOOKS_SLUG], "roadmap")


def test_road_map_book_holds_the_roadmap_targets_budget_and_earlier_plan(books, sample_pdfs):
    pdf, region = books["roadmap"], sample_pdfs.second_generation
    titles = pdf.outline_titles()
    assert [t for t in titles if t.startswith("BAB ")] == [
        "BAB I Pendahuluan",
        "BAB II Kesinambungan dengan Masterplan Terdahulu",
        "BAB III Peta Jalan dan Rencana Anggaran",
        "BAB IV Penutup",
    ]
    for part in region.parts:  # one roadmap chart per pillar, on landscape pages
        if part.data.programmes:
            assert any(re.fullmatch(rf"3\.1\.\d+ Peta jalan {part.pillar.name()}", t) for t in titles), (
                part.code
            )
    landscape = [i for i, p in enumerate(pdf.reader.pages) if p.mediabox.width > p.mediabox.height]
    charts = [
        i
        for i, text in enumerate(pdf.pages)
        if re.search(r"Gambar 3\.\d+\s+Peta jalan program(?!.*\.{4})", text)
    ]
    assert charts and set(charts) <= set(landscape)
    assert {"3.2 Rencana Anggaran", "3.3 Indikator Kinerja dan Target", "2.1 Masterplan Terdahulu"} <= set(
        titles
    )


def raw_text(pdf: Pdf) -> str:
    """pdftotext -raw: each table cell's words in the order they were laid out (not side by side
    with the neighbouring cells' lines, as -layout prints them), hyphenated line ends joined."""
    out = subprocess.run(
        ["pdftotext", "-raw", str(pdf.path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.replace("‐\n", "").split())


def test_road_map_book_shows_the_models_figures(books, sample_pdfs):
    """Total budget, per-pillar and per-year budgets, every programme, every indicator's baseline
    and yearly targets, and what the plan carries over from the earlier one: the model's numbers
    (and Buku II's)."""
    region, text, raw = sample_pdfs.second_generation, flat(books["roadmap"]), raw_text(books["roadmap"])
    assert rupiah(region.total_budget) in text and f"{len(region.programmes)} program" in text
    for row in [*budget_rows(region), year_totals_row(region)]:
        assert row in text and row in flat(books["plan"]), row
    for p in region.programmes:
        assert f"{p.id} {' '.join(p.name.split())}" in raw, p.id  # its row of the roadmap matrix
        for ind in p.indicators:  # its row of the indicator table: baseline, then a target per year
            base = f"{number(ind.baseline.value)} ({ind.baseline.year})" if ind.baseline else "–"
            targets = [number(ind.targets[y]) if y in ind.targets else "–" for y in region.years]
            arrow = "↑" if ind.direction == "up" else "↓"
            assert " ".join([*ind.name.split(), arrow, ind.unit, base, *targets]) in raw, (p.id, ind.name)
    (earlier,) = region.plan.generation.previous
    assert "masterplan generasi kedua" in text and "periode 2020–2024" in text and earlier.slug in text
    carried = region.previous_baselines
    assert carried and f"Data dasar {len(carried)} indikator diukur pada periode masterplan terdahulu" in text
    for _, p, ind in carried:
        last = max(ind.targets)
        base = f"{number(ind.baseline.value)} ({ind.baseline.year})"
        assert (
            f"{p.id} {' '.join(ind.name.split())}" in raw
            and f"{base} {number(ind.targets[last])} ({last})" in raw
        )


# --------------------------------------------------------------------------- the briefing book


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> tuple[Path, list]:
    """`masterplan pdf --province "Kalimantan Timur"` as a reviewer runs it (a subprocess, from
    the repository, whose masterplans/ holds the samples)."""
    out = tmp_path_factory.mktemp("briefing") / "briefing.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "pdf", "--province", "kalimantan timur", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 regions: balikpapan, kutai-kartanegara" in result.stdout
    samples = validate_paths([ROOT / "masterplans"]).regions  # every sample, whichever ones render
    regions = [r for r in samples if r.plan.region.province == "Kalimantan Timur"]
    return out, sorted(regions, key=lambda r: r.name)


def briefing_text(path: Path) -> tuple[list[str], str]:
    pages = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    return pages, " ".join(" ".join(pages).split())


def test_briefing_compares_status_budgets_coverage_and_evaluations(briefing):
    path, regions = briefing
    _, text = briefing_text(path)
    assert "Provinsi Kalimantan Timur" in text
    for r in regions:
        assert r.full_name in text
        assert rupiah(r.total_budget) in text  # status table
        # budget by pillar row: million rupiah per pillar, then the total (the name may wrap)
        cells = [number(r.part(p.code).total / 1_000_000) for p in r.cat.pillars]
        assert " ".join([*cells, number(r.total_budget / 1_000_000)]) in text, r.slug
        rate = r.evaluations[-1].implementation()
        assert percent(rate.value, "id") in text
    assert rupiah(sum(r.total_budget for r in regions)) in text
    covered = " ".join(str(sum(1 for n in r.coverage.values() if n)) for r in regions)
    assert f"Elemen tercakup (dari 18) {covered}" in text


def test_briefing_is_a_structured_archival_document(briefing):
    path, regions = briefing
    reader = PdfReader(path)
    check_pdf_a_3a(reader, path.name)
    check_headings(reader, path.name)
    scopes = check_tables(reader, path.name)
    assert "/Row" in scopes  # each region's row is headed by its name
    outline = [getattr(item, "title", None) for item in reader.outline if not isinstance(item, list)]
    assert [t for t in outline if t and t.startswith("BAB")] == [
        "BAB I Ringkasan Perbandingan",
        "BAB II Anggaran",
        "BAB III Cakupan 18 Elemen",
        "BAB IV Hasil Evaluasi Terakhir",
    ]
    attached = sorted(reader.attachments)
    assert attached == sorted(f"{r.slug}-{p.name}" for r in regions for p in r.files)
    pages, _ = briefing_text(path)
    doc = SimpleNamespace(pages=pages[: len(reader.pages)])
    numbers = printed_numbers(doc)
    body = [n for n in numbers if n and n.isdigit()]
    assert body == [str(i) for i in range(1, len(body) + 1)]
    entries = toc_entries(doc)
    assert len(entries) >= 6
    for title, printed in entries:  # each heading is on the page the contents give
        pages_with = [i for i, n in enumerate(numbers) if n == printed]
        assert any(_has_heading(doc.pages[i], title, not printed.isdigit()) for i in pages_with), title
