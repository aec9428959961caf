"""PDF/A-3a on every document kind: archival and tagged for assistive technology.

veraPDF (the reference PDF/A and PDF/UA validator) cannot be installed here, so these tests check
what can be read back from the files with pypdf: the conformance claim, /MarkInfo, /Lang, a
logical heading structure in reading order, tables with header cells that carry /Scope and no
layout table posing as a data table, and /Alt text on every figure that says what the chart shows.
"""

from __future__ import annotations

import itertools
import re

import pytest
from pypdf import PdfReader
from weasyprint import HTML  # type: ignore[import-untyped]

from generator.pdf.tagging import finish
from tests.pdf.samples import Pdf
from tests.pdf.structure import Node, headings, tree

slow = pytest.mark.slow


def every_pdf(sample_pdfs) -> list[Pdf]:
    return [*sample_pdfs.review.values(), *sample_pdfs.public.values()]


def page_index(reader: PdfReader, node: Node) -> int:
    ref = node.obj.raw_get("/Pg")  # the reference, not the page dictionary it resolves to
    return next(i for i, page in enumerate(reader.pages) if page.indirect_reference.idnum == ref.idnum)


@slow
def test_every_kind_is_rendered(sample_pdfs):
    """The checks below run on every kind of document the project publishes."""
    from generator.pdf import ALL_KINDS

    assert {pdf.kind for pdf in every_pdf(sample_pdfs)} == set(ALL_KINDS)


def check_pdf_a_3a(reader: PdfReader, name: str) -> None:
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().replace(b"'", b'"')
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="A"' in xmp, name
    assert str(root["/MarkInfo"]["/Marked"]).lower() == "true", name
    assert root["/Lang"] == "id", name
    assert root["/ViewerPreferences"]["/DisplayDocTitle"], name  # the title, not the file name, in the window
    assert "/StructTreeRoot" in root and "/OutputIntents" in root, name


def check_headings(reader: PdfReader, name: str) -> None:
    """The document starts at H1 and never skips a level going down (H1 → H3); headings come in
    the structure tree in page order (reading order follows the page)."""
    root = tree(reader)
    levels = headings(root)
    assert levels and levels[0] == 1, name
    jumps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert not jumps, (name, jumps)
    pages = [page_index(reader, n) for n in root.walk() if re.fullmatch(r"H[1-6]", n.tag)]
    assert pages == sorted(pages), name


def check_tables(reader: PdfReader, name: str) -> list[str]:
    """Every table has header cells (no layout table posing as data), every header cell a /Scope;
    returns the scopes."""
    root = tree(reader)
    tables = root.find("Table")
    assert tables, name
    for table in tables:
        assert table.find("TH"), f"{name}: a table without header cells (layout table?)"
    scopes = [str(th.attribute("/Scope")) for th in root.find("TH")]
    assert scopes and set(scopes) <= {"/Column", "/Row"}, (name, set(scopes))
    return scopes


@slow
def test_claims_pdf_a_3a_and_is_marked(sample_pdfs):
    for pdf in every_pdf(sample_pdfs):
        check_pdf_a_3a(pdf.reader, pdf.path.name)


@slow
def test_headings_are_logical_and_follow_the_page(sample_pdfs):
    for pdf in every_pdf(sample_pdfs):
        check_headings(pdf.reader, pdf.path.name)


@slow
def test_tables_have_scoped_headers(sample_pdfs):
    for pdf in every_pdf(sample_pdfs):
        scopes = check_tables(pdf.reader, pdf.path.name)
        if pdf.kind in ("masterplan", "analysis", "plan", "summary"):
            assert "/Row" in scopes  # key/value sheets (region profile, programme sheets, key figures)


@slow
def test_every_figure_has_alternative_text_with_its_data(sample_pdfs):
    """The emblem says whose it is; every chart's /Alt carries its title and its figures, e.g. the
    budget chart names the region's total in rupiah."""
    from generator.render.formatting import rupiah

    for pdf in every_pdf(sample_pdfs):
        figures = tree(pdf.reader).find("Figure")
        alts = [str(f.obj.get("/Alt", "")) for f in figures]
        assert figures and all(alts), pdf.path.name
        region = pdf.region
        if region.plan.region.logo:
            assert f"Lambang {region.full_name}" in alts, pdf.path.name
        charts = [a for a in alts if not a.startswith("Lambang ")]
        assert all(re.search(r"\d", a) and ". " in a for a in charts), (pdf.path.name, charts)
        if pdf.kind == "masterplan":
            budget = next(a for a in charts if a.startswith("Anggaran per tahun dan dimensi"))
            assert f"Total: {rupiah(region.total_budget)}" in budget


def test_header_cells_get_their_scope_from_html_or_their_place(tmp_path):
    """The finisher's rule, on a small real render: explicit `scope` wins; in <thead> a column
    header; beside data cells a row header; a header-only row inside the body a column header."""
    html = """<html lang="id"><body><table>
      <thead><tr><th>Kolom A</th><th>Kolom B</th></tr></thead>
      <tbody><tr><th>Baris</th><td>1</td></tr>
             <tr><th>Kepala X</th><th>Kepala Y</th></tr>
             <tr><th scope="col">Eksplisit</th><td>2</td></tr></tbody></table></body></html>"""
    out = tmp_path / "t.pdf"
    HTML(string=html).write_pdf(out, pdf_tags=True, finisher=finish)  # tags as in PDF/A-3a
    scopes = [str(th.attribute("/Scope")) for th in tree(PdfReader(out)).find("TH")]
    assert scopes == ["/Column", "/Column", "/Row", "/Column", "/Column", "/Column"]
