"""The print HTML and its helpers, without WeasyPrint: fast checks of what the PDF will contain."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.files import sha256_file
from generator.model.recommendations import open_recommendations
from generator.pdf import documents, file_name
from generator.pdf.document import build_html, document_date, title, version_line
from generator.pdf.outline import Outline
from generator.pdf.verify import read_sums, verify
from generator.render.formatting import fixed, number, percent, roman
from generator.validation.validate import validate_paths, validate_region

ROOT = Path(__file__).resolve().parents[2]
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
    assert [roman(n) for n in (1, 4, 9, 10, 14, 40, 90, 1999)] == [
        "I",
        "IV",
        "IX",
        "X",
        "XIV",
        "XL",
        "XC",
        "MCMXCIX",
    ]


def test_outline_numbers_chapters_sections_tables_and_figures():
    o = Outline()
    assert o.chapter("Pendahuluan").label == "BAB I Pendahuluan"
    assert o.section("Latar Belakang").label == "1.1 Latar Belakang"
    assert o.table("Profil").number == "Tabel 1.1"
    assert o.chapter("Gambaran").number == "BAB II"
    assert o.section("Kondisi").number == "2.1"
    assert o.subsection("Detail").number == "2.1.1"
    assert (o.table("A").number, o.figure("B").number, o.table("C").number) == (
        "Tabel 2.1",
        "Gambar 2.1",
        "Tabel 2.2",
    )
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
    found = re.findall(
        r'<h1 id="bab-\d+"><span class="num">(BAB [IVX]+)</span> <span class="txt">([^<]+)</span>', html
    )
    assert [t for _, t in found] == [
        "Pendahuluan",
        "Gambaran Umum Daerah",
        "Analisis Kesiapan",
        "Visi, Misi dan Tujuan Smart City",
        "Strategi per Dimensi",
        "Program Pembangunan",
        "Peta Jalan dan Rencana Anggaran",
        "Quick Win",
        "Manajemen Risiko dan Monitoring-Evaluasi",
        "Penutup",
    ]
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
    road = html[html.index('<section class="landscape roadmap">') :]
    road = road[: road.index("</section>")]
    assert road.count("<svg") == sum(1 for part in kukar.parts if part.data.programmes)
    assert "<img" not in html.replace('<img class="emblem"', "")  # the emblem is the only image


def test_quick_win_document(kukar):
    qw = build_html(kukar, "quick-win")
    assert "Program Quick Win Smart City" in qw
    for q in kukar.quick_wins:
        assert q.id in qw
    assert (
        "Buku III" in qw and "Lembar Pengesahan" in qw
    )  # an official book of the set: signed like the others


def test_unknown_kind_is_refused(kukar):
    with pytest.raises(ValueError, match="unknown document kind"):
        build_html(kukar, "brochure")


def test_verify_matches_a_published_sum(tmp_path):
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(b"%PDF-1.7 test")
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(f"{'0' * 64}  other.pdf\n{sha256_file(pdf)} *kota-x-masterplan.pdf\n")
    assert read_sums(sums)[sha256_file(pdf)] == "kota-x-masterplan.pdf"
    assert verify(pdf, sums) == (sha256_file(pdf), "kota-x-masterplan.pdf")
    pdf.write_bytes(b"%PDF-1.7 tampered")
    assert verify(pdf, sums)[1] is None


# --------------------------------------------------------------------------- evaluations, annex, drafts


@pytest.fixture(scope="module")
def samples():
    """The samples with their evaluations (validate_region alone does not load them)."""
    result = validate_paths([ROOT / "masterplans"])
    assert not result.errors
    return {r.slug: r for r in result.regions}


@pytest.fixture(scope="module")
def report_html(samples):
    return build_html(samples["kutai-kartanegara"], "evaluation", evaluation="2026-tahap-2")


def test_outline_numbers_the_annex_apart_from_the_last_chapter():
    o = Outline()
    o.chapter("Penutup")
    assert (o.section("Saran").number, o.table("A").number) == ("1.1", "Tabel 1.1")
    o.chapter("Lampiran", numbered=False)
    sections = [o.section("Perangkat Daerah"), o.section("Monitoring dan Evaluasi")]
    assert [e.number for e in sections] == ["L.1", "L.2"]
    assert o.table("Hasil evaluasi").number == "Tabel L.1"
    ids = [h.id for h in o.headings] + [t.id for t in o.tables]
    assert len(ids) == len(set(ids))


def test_file_names_and_the_documents_of_a_region(samples):
    kukar = samples["kutai-kartanegara"]
    assert file_name(kukar, "evaluation", "2026-tahap-2") == "kutai-kartanegara-evaluasi-2026-tahap-2.pdf"
    assert [name for name, _, _ in documents(kukar)] == [
        "kutai-kartanegara-buku-1-analisis-strategis.pdf",
        "kutai-kartanegara-buku-2-masterplan.pdf",
        "kutai-kartanegara-quick-win.pdf",
        "kutai-kartanegara-ringkasan-eksekutif.pdf",
        "kutai-kartanegara-masterplan.pdf",
        "kutai-kartanegara-evaluasi-2025-tahap-1.pdf",
        "kutai-kartanegara-evaluasi-2026-tahap-2.pdf",
    ]


def test_evaluation_report_needs_its_evaluation(samples):
    kukar = samples["kutai-kartanegara"]
    with pytest.raises(ValueError, match="no evaluation '2030-tahap-1'.*2025-tahap-1, 2026-tahap-2"):
        build_html(kukar, "evaluation", evaluation="2030-tahap-1")
    with pytest.raises(ValueError, match="needs `evaluation`"):
        build_html(kukar, "evaluation")
    with pytest.raises(ValueError, match="needs `evaluation`"):
        build_html(kukar, "masterplan", evaluation="2026-tahap-2")


def test_evaluation_report_html_shows_the_models_figures(samples, report_html):
    ev = next(e for e in samples["kutai-kartanegara"].evaluations if e.slug == "2026-tahap-2")
    text = " ".join(re.sub(r"<[^>]+>", " ", report_html).split())
    for pillar, rate in ev.implementation_by_pillar:
        assert f"{pillar.name('id')} {number(rate.total)} {number(rate.done)} {percent(rate.value)}" in text
    overall = ev.implementation()
    assert f"Keseluruhan {number(overall.total)} {number(overall.done)} {percent(overall.value)}" in text
    assert f"Indeks perkiraan {number(round(ev.index, 1))}" in text
    # the ministry's official result, computed once in the model (generator/model/official.py)
    official = ev.official
    assert (
        f"Indeks pencapaian (resmi) 100% {fixed(official.index)} peringkat nasional {official.rank} "
        f"dari {official.evaluated} daerah"
    ) in text
    assert f"Impact (manfaat bagi masyarakat) 20% {fixed(official.scores['impact'])} dihitung" in text
    # open recommendations and how long they have been open; the evidence listed
    for tracked in open_recommendations(ev):
        assert f"{tracked.recommendation.id} {tracked.recommendation.text}" in text
        assert f"{tracked.months_open} bulan" in text
    for _, _, evidence in ev.evidence:
        assert evidence.title in text and (evidence.file is None or evidence.file in text)
    if ev.withdrawn:
        assert "tidak dihitung dalam penyebut: " + ", ".join(sorted(ev.withdrawn)) in text
    assert report_html.count('class="light light-') >= len(ev.planned())  # a traffic light per programme
    # the site's chart of the same figures (generator/render/progress_charts.py), the same SVG on paper
    assert (
        report_html.count("<svg") == 1 and "Tingkat implementasi per dimensi — 2026 · Tahap II" in report_html
    )
    assert (
        f"Keseluruhan: {number(overall.done)}/{number(overall.total)} · {percent(overall.value)}"
        in report_html
    )


def test_masterplan_annex_only_when_there_are_evaluations(kukar, html, samples):
    assert not kukar.evaluations and "Hasil evaluasi pelaksanaan masterplan" not in html
    with_evaluations = build_html(samples["kutai-kartanegara"], "masterplan")
    annex = with_evaluations[
        with_evaluations.rindex("Hasil evaluasi pelaksanaan masterplan") :
    ]  # not the list of tables
    assert "2025 tahap I" in annex and "2026 tahap II" in annex
    assert "Perkembangan tingkat implementasi per dimensi" in annex
    assert annex.count("<svg") == 1 and "Tren hasil evaluasi — Kabupaten Kutai Kartanegara" in annex


def test_draft_stamp_and_footer_until_approved(samples, report_html):
    draft = build_html(samples["kotawaringin-timur"], "masterplan")
    approved = build_html(samples["kutai-kartanegara"], "masterplan")
    assert 'class="draft-stamp"' in draft and '<body class="masterplan status-draft">' in draft
    assert 'class="draft-stamp"' not in approved and "DRAF" not in approved
    assert (
        'class="draft-stamp"' in report_html and "Final, menunggu pengesahan" in report_html
    )  # status final
    kukar = samples["kutai-kartanegara"]
    old, new = kukar.evaluations
    assert version_line(kukar, "evaluation", old) == "Evaluasi 2025 Tahap I"
    assert version_line(kukar, "evaluation", new) == "Evaluasi 2026 Tahap II · DRAF"
    assert version_line(samples["balikpapan"], "masterplan").endswith(" · DRAF")  # final is not approved


def test_hostile_evaluation_text_is_inert(mini):
    (mini / "evaluations").mkdir()
    (mini / "evaluations" / "2025-tahap-1.yaml").write_text(
        "format: 1\nyear: 2025\nstage: 1\ndate: '2025-09-01'\n"
        "evaluators: [{name: '<script>alert(1)</script>', institution: '<img src=x onerror=alert(1)>'}]\n"
        "summary: \"<iframe src='file:///etc/passwd'></iframe> [x](javascript:alert(1)) **tebal**\"\n"
        "programmes: [{id: GOV-01, status: done, note: '<b onmouseover=x>catatan</b>'}]\n"
    )
    result = validate_paths([mini])
    assert not result.errors, [str(d) for d in result.errors]
    out = build_html(result.regions[0], "evaluation", evaluation="2025-tahap-1")
    for needle in ("<script", "<img src=x", "<iframe", "javascript:", "<b onmouseover"):
        assert needle not in out, needle
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "<strong>tebal</strong>" in out


@pytest.mark.parametrize(
    ("period", "carried"), [("2020-2024", True), ("2010-2014", False)], ids=["baselines", "none"]
)
def test_road_map_book_says_what_the_earlier_plan_hands_over(mini: Path, period: str, carried: bool):
    """The continuity chapter: the earlier plan's period and folder, then the indicators whose
    baseline falls in its period, or a sentence saying there are none (mini's baselines are 2024)."""
    plan = mini / "masterplan.yaml"
    plan.write_text(plan.read_text() + f"generation:\n  previous: [{{slug: mini-lama, period: {period}}}]\n")
    (region,) = validate_paths([mini]).regions
    html = build_html(region, "roadmap")
    shown = period.replace("-", "–")
    assert "masterplan generasi kedua" in html and f"periode {shown}" in html and "mini-lama" in html
    assert ("Indikator dengan data dasar dari periode masterplan terdahulu" in html) == carried
    assert (f"diukur pada periode masterplan terdahulu ({shown})" in html) == (not carried)
    assert len(region.previous_baselines) == (
        sum(len(p.indicators) for p in region.programmes) if carried else 0
    )
