"""The print HTML and its helpers, without WeasyPrint: fast checks of what the PDF will contain."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.pdf.document import build_html, document_date, title
from generator.pdf.outline import Outline, roman
from generator.pdf.verify import read_sums, sha256, verify
from generator.validate import validate_region

ROOT = Path(__file__).resolve().parents[1]
KUKAR = ROOT / "masterplans" / "kutai-kartanegara"


@pytest.fixture(scope="module")
def kukar():
    region, diagnostics = validate_region(KUKAR)
    assert region is not None, [str(d) for d in diagnostics if d.is_error]
    return region


@pytest.fixture(scope="module")
def html(kukar):
    return build_html(kukar, "masterplan")


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 10, 14, 40, 90, 1999)] == ["I", "IV", "IX", "X", "XIV", "XL", "XC", "MCMXCIX"]


def test_outline_numbers_chapters_sections_tables_and_figures():
    o = Outline()
    assert o.chapter("Pendahuluan").label == "BAB I Pendahuluan"
    assert o.section("Latar Belakang").label == "1.1 Latar Belakang"
    assert o.table("Profil").number == "Tabel 1.1"
    assert o.chapter("Gambaran").number == "BAB II"
    assert o.section("Kondisi").number == "2.1"
    assert o.subsection("Detail").number == "2.1.1"
    assert (o.table("A").number, o.figure("B").number, o.table("C").number) == ("Tabel 2.1", "Gambar 2.1", "Tabel 2.2")
    front = o.front("Daftar Isi")
    assert o.toc()[0] is front  # front matter is listed first though rendered last
    assert [h.level for h in o.toc()] == [1, 1, 2, 1, 2]  # level-4 subsections stay out of the printed TOC
    ids = [h.id for h in o.headings] + [t.id for t in o.tables + o.figures]
    assert len(ids) == len(set(ids))


def test_document_date_never_uses_the_clock(kukar, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    assert document_date(kukar) == dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert document_date(kukar).date() == dt.date.fromisoformat(kukar.plan.document.approved_on)


def test_document_date_without_approval_is_the_plan_start(mini_region, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert mini_region.plan.document.approved_on is None
    assert document_date(mini_region) == dt.datetime(mini_region.plan.period.start, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
def mini_region(mini):
    region, _ = validate_region(mini)
    assert region is not None
    return region


def test_html_language_and_metadata(kukar, html):
    assert '<html lang="id">' in html
    assert f"<title>{title(kukar, 'masterplan')}</title>" in html
    assert f'<meta name="author" content="{kukar.government}">' in html
    assert re.search(r'<meta name="dcterms.created" content="\d{4}-\d\d-\d\dT00:00:00Z">', html)


def test_html_has_the_chapters_in_domain_order(html):
    found = re.findall(r'<h1 id="bab-\d+"><span class="num">(BAB [IVX]+)</span> <span class="txt">([^<]+)</span>', html)
    assert [t for _, t in found] == [
        "Pendahuluan", "Gambaran Umum Daerah", "Analisis Kesiapan", "Visi, Misi dan Tujuan Smart City",
        "Strategi per Dimensi", "Program Pembangunan", "Peta Jalan dan Rencana Anggaran", "Quick Win",
        "Manajemen Risiko dan Monitoring-Evaluasi", "Penutup"]
    assert [n for n, _ in found] == [f"BAB {roman(i)}" for i in range(1, 11)]


def test_toc_links_resolve_to_ids(html):
    targets = set(re.findall(r'<a href="#([^"]+)">', html))
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert targets and targets <= ids
    assert len(re.findall(r' id="([^"]+)"', html)) == len(ids)  # ids are unique


def test_every_programme_quick_win_and_risk_is_printed(kukar, html):
    for p in kukar.programmes:
        assert f'id="prog-{p.id}"' in html
    for q in kukar.quick_wins:
        assert q.id in html
    assert html.count('class="c band-') == len(kukar.risk_register)


def test_roadmap_is_on_the_landscape_page_and_charts_are_inline(kukar, html):
    road = html[html.index('<section class="landscape roadmap">'):]
    road = road[: road.index("</section>")]
    assert road.count("<svg") == sum(1 for part in kukar.parts if part.data.programmes)
    assert "<img" not in html.replace('<img class="emblem"', "")  # the emblem is the only image


def test_quick_win_document(kukar):
    qw = build_html(kukar, "quick-win")
    assert "Program Quick Win Smart City" in qw
    for q in kukar.quick_wins:
        assert q.id in qw
    assert "Lembar Pengesahan" not in qw


def test_unknown_kind_is_refused(kukar):
    with pytest.raises(ValueError, match="unknown document kind"):
        build_html(kukar, "brochure")


def test_verify_matches_a_published_sum(tmp_path):
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(b"%PDF-1.7 test")
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(f"{'0' * 64}  other.pdf\n{sha256(pdf)} *kota-x-masterplan.pdf\n")
    assert read_sums(sums)[sha256(pdf)] == "kota-x-masterplan.pdf"
    assert verify(pdf, sums) == (sha256(pdf), "kota-x-masterplan.pdf")
    pdf.write_bytes(b"%PDF-1.7 tampered")
    assert verify(pdf, sums)[1] is None
