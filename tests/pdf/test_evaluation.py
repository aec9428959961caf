"""Evaluation reports, the masterplan's monitoring annex, and the DRAF watermark, in real PDFs.

Figures are checked against the model (generator/evaluation.py), formatted the way the
templates format them (generator/render/formatting.py): the PDF must show the model's numbers.
Uses the session build of tests/pdf/samples.py.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from generator.render.formatting import fixed, number, percent, roman, rupiah
from tests.pdf.samples import Pdf

pytestmark = pytest.mark.slow

CHAPTERS = [
    "Ringkasan",
    "Hasil Resmi Kementerian",
    "Tim dan Metode Evaluasi",
    "Tingkat Implementasi",
    "Indeks Perkiraan",
    "Realisasi Anggaran dan Status Program",
    "Capaian Indikator dan Dimensi",
    "Quick Win",
    "Swa-penilaian SNI ISO 37122:2019",
    "Manajemen Risiko",
    "Rekomendasi dan Tindak Lanjut",
    "Daftar Bukti Dukung",
]


@pytest.fixture(scope="module")
def reports(sample_pdfs) -> list[Pdf]:
    found = sample_pdfs.of_kind("evaluation")
    assert found
    return found


@pytest.mark.all_sample_pdfs
def test_the_samples_cover_every_status_and_several_evaluations(sample_pdfs):
    assert len(sample_pdfs.of_kind("evaluation")) >= 4
    statuses = {pdf.status for pdf in sample_pdfs.review.values()}
    assert {"draft", "final", "approved"} <= statuses  # the watermark tests below see every case
    assert sum(pdf.status == "approved" for pdf in sample_pdfs.review.values()) >= 4


def rate_cell(rate) -> str:
    return percent(rate.value) if rate.value is not None else "–"


def band_label(band) -> str:
    return band.label["id"] if band else "–"


def score(value: float | None) -> str:
    return number(round(value, 1)) if value is not None else "–"


def test_file_names_follow_the_evaluation(reports):
    for pdf in reports:
        ev = pdf.evaluation.data
        assert pdf.path.name == f"{pdf.region.slug}-evaluasi-{ev.year}-tahap-{ev.stage}.pdf"


def test_outline_front_matter_and_chapters(reports):
    for pdf in reports:
        titles = pdf.outline_titles()
        assert titles[:2] == ["Lembar Pengesahan", "Daftar Isi"], pdf.path.name
        chapters = [t for t in titles if t.startswith("BAB ")]
        assert chapters == [f"BAB {roman(i)} {c}" for i, c in enumerate(CHAPTERS, start=1)], pdf.path.name
        assert "1.1 Ringkasan Hasil Evaluasi" in titles


def test_cover_and_sign_off_by_the_evaluators(reports):
    for pdf in reports:
        ev, cover, approval = pdf.evaluation.data, pdf.pages[0], pdf.pages[1]
        assert "LAPORAN EVALUASI" in cover and pdf.region.full_name.upper() in cover
        assert f"Evaluasi Tahun {ev.year} Tahap {roman(ev.stage)}" in cover
        assert "LEMBAR PENGESAHAN" in approval
        for person in ev.evaluators:
            assert person.name in approval, (pdf.path.name, person.name)
        assert pdf.region.plan.region.head.name in approval  # "Mengetahui" by the regional head
        assert pdf.reader.metadata.title.endswith(f"Tahun {ev.year} Tahap {roman(ev.stage)}")


def test_implementation_rates_per_pillar_and_overall_are_the_models(reports):
    """Tabel 3.1: dimension, planned, implemented, rate, band — row by row, as the model computes."""
    for pdf in reports:
        ev = pdf.evaluation
        chapter = next(t for t in pdf.pages if re.search(r"^\s*TINGKAT IMPLEMENTASI\s*$", t, re.MULTILINE))
        rows = [" ".join(line.split()) for line in chapter.splitlines()]
        for pillar, rate in ev.implementation_by_pillar:
            band = ev.band(rate.value)
            expected = f"{pillar.name('id')} {number(rate.total)} {number(rate.done)} {rate_cell(rate)} "
            expected += band.label["id"] if band else "–"
            assert expected in rows, (pdf.path.name, expected)
        overall = ev.implementation()
        expected = f"Keseluruhan {number(overall.total)} {number(overall.done)} {rate_cell(overall)}"
        assert any(row.startswith(expected) for row in rows), (pdf.path.name, expected)
        # the chart beside it states the same figures (its bar labels are SVG text)
        assert f"{number(overall.done)}/{number(overall.total)} · {rate_cell(overall)}" in " ".join(rows)


def row(page: str, start: str) -> str:
    """The table row (layout line, whitespace collapsed) that starts with `start`."""
    rows = [" ".join(line.split()) for line in page.splitlines()]
    return next((r for r in rows if r.startswith(start)), "")


def test_headline_index_budget_and_quick_wins_are_the_models(reports):
    """Tabel 1.1, row by row: value, what it counts, and the band of the value."""
    for pdf in reports:
        ev = pdf.evaluation
        page = next(t for t in pdf.pages if "Hasil utama evaluasi" in t and "Ukuran" in t)
        impl, real, qw = ev.implementation(), ev.budget_realisation, ev.quick_wins
        assert row(page, "Tingkat implementasi") == (
            f"Tingkat implementasi {rate_cell(impl)} {number(impl.done)} dari {number(impl.total)} program "
            f"terjadwal berjalan atau selesai {band_label(ev.band(impl.value))}"
        ), pdf.path.name
        assert row(page, "Indeks perkiraan").startswith(f"Indeks perkiraan {score(ev.index)} ")
        assert row(page, "Indeks perkiraan").endswith(band_label(ev.band(ev.index / 100)))
        official = ev.official
        # cells may wrap onto a second layout line: the value follows the label's first line
        official_row = row(page, "Indeks resmi")
        assert re.match(
            rf"Indeks resmi (Kementerian )?{re.escape(fixed(official.index))} Surat ", official_row
        )
        assert f"nasional {official.rank} dari {official.evaluated}" in " ".join(page.split())
        assert row(page, "Realisasi anggaran") == (
            f"Realisasi anggaran {ev.data.year} {rate_cell(real)} {rupiah(real.done)} dari pagu {rupiah(real.total)} "
            f"{band_label(ev.band(real.value))}"
        ), pdf.path.name
        assert row(page, "Capaian quick win").startswith(
            f"Capaian quick win {rate_cell(qw)} Nilai {number(qw.done)} dari {number(qw.total)} quick win"
        )
        assert f"Capaian quick win adalah {rate_cell(qw)}" in pdf.text  # chapter VII says the same


def test_index_table_shows_weights_scores_and_which_are_computed(reports):
    for pdf in reports:
        ev = pdf.evaluation
        page = next(t for t in pdf.pages if "Dimensi, bobot, dan nilai evaluasi" in t and "Asal nilai" in t)
        rows = [" ".join(line.split()) for line in page.splitlines()]
        for key, label in [
            ("baseline", "Baseline"),
            ("outcome", "Outcome (program terlaksana)"),
            ("quick-win", "Quick Win"),
        ]:
            expected = f"{label} {percent(ev.weights[key] / 100, digits=0)} {score(ev.scores[key])}"
            assert any(row.startswith(expected) for row in rows), (pdf.path.name, expected)
        assert sum("dihitung" in row for row in rows) >= 2  # outcome and quick win are marked computed


def test_programme_status_indicators_sni_and_risks_are_listed(reports):
    words = {
        "done": "Selesai",
        "in-progress": "Berjalan",
        "not-started": "Belum mulai",
        "cancelled": "Dibatalkan",
    }
    for pdf in reports:
        ev, text = pdf.evaluation, pdf.text
        for entry in ev.data.programmes:
            if entry.id in {p.id for p in ev.planned()}:
                assert re.search(rf"{entry.id} .{{0,200}}?{words[entry.status]}", text), (
                    pdf.path.name,
                    entry.id,
                )
        for a in ev.indicator_achievements:
            if a.ratio is not None:
                assert percent(a.ratio) in text, (pdf.path.name, a.indicator.name)
        for s in ev.data.sni:
            assert re.search(rf"\b{re.escape(s.number)} ", text), (pdf.path.name, s.number)
        for interview in ev.data.interviews:
            assert " ".join(interview.summary.split())[:60] in text
        assert text.count("Termitigasi") + text.count("Terbuka") + text.count("Terjadi") + text.count(
            "Ditutup"
        ) >= len(ev.data.risks)


def test_masterplan_gains_a_monitoring_annex(sample_pdfs):
    for pdf in sample_pdfs.of_kind("masterplan"):
        assert pdf.region.evaluations, "every sample region has an evaluation"
        titles = pdf.outline_titles()
        annex = next(t for t in titles if t.endswith("Monitoring dan Evaluasi") and t.startswith("L."))
        assert titles.index(annex) > titles.index("Lampiran")
        start = next(
            i for i, t in enumerate(pdf.pages) if re.search(rf"^{re.escape(annex)}\s*$", t, re.MULTILINE)
        )
        annex_text = " ".join(" ".join(pdf.pages[start:]).split())
        for ev in pdf.region.evaluations:
            rate = ev.implementation()
            row = f"{ev.data.year} tahap {roman(ev.data.stage)}"
            assert row in annex_text
            assert f"{number(rate.done)}/{number(rate.total)} · {rate_cell(rate)}" in annex_text
            assert score(ev.index) in annex_text
            for (
                _pillar,
                by_pillar,
            ) in ev.implementation_by_pillar:  # the trend table, one column per evaluation
                assert (
                    f"{number(by_pillar.done)}/{number(by_pillar.total)} · {rate_cell(by_pillar)}"
                    in annex_text
                )
    kukar = sample_pdfs.review["kutai-kartanegara-masterplan.pdf"].text
    assert re.search(r"Dimensi 2025 tahap I 2026 tahap II", kukar)  # trend across both evaluations
    assert re.search(r"Gambar L\.\d+ Tren hasil evaluasi", kukar)  # and its chart


# --------------------------------------------------------------------------- draft watermark

WATERMARK_INK = (190, 30, 45)  # the fill of templates/pdf/draft.svg, at 12% opacity over white


def _watermark_pixels(png: Path) -> int:
    """Pixels of the page's middle third (across and down) tinted like the watermark on white."""
    image = Image.open(png).convert("RGB")
    w, h = image.size
    count = 0
    for x in range(w // 3, 2 * w // 3):
        for y in range(h // 3, 2 * h // 3):
            r, g, b = image.getpixel((x, y))
            if 238 <= r <= 252 and 10 <= r - g <= 32 and abs(g - b) <= 8:
                count += 1
    return count


@pytest.fixture(scope="module")
def page_images(sample_pdfs, tmp_path_factory) -> dict[str, list[Path]]:
    """Every page of every review PDF at 12 dpi (enough to see a 15 cm mark, cheap to scan)."""
    out = tmp_path_factory.mktemp("pages")
    images = {}
    for name, pdf in sample_pdfs.review.items():
        prefix = out / name.removesuffix(".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "12", str(pdf.path), str(prefix)], check=True)
        images[name] = sorted(out.glob(f"{prefix.name}-*.png"))
        assert len(images[name]) == len(pdf.reader.pages)
    return images


def test_unapproved_documents_are_marked_draft_on_every_page(sample_pdfs, page_images):
    unapproved = {name: pdf for name, pdf in sample_pdfs.review.items() if pdf.status != "approved"}
    assert unapproved
    for name, pdf in unapproved.items():
        marked = [_watermark_pixels(png) for png in page_images[name]]
        assert min(marked) >= 15, (name, [i + 1 for i, n in enumerate(marked) if n < 15])
        assert "DRAF" in pdf.pages[0]  # the cover stamp
        body = [t for t in pdf.pages if "Halaman " in t]
        assert body and all("· DRAF" in t for t in body), name  # the footer, in the text layer
        # the watermark is outlines: no stray letters interleaved into the extracted text
        assert not any(re.search(r"^\s*[DRAF]\s*$", t, re.MULTILINE) for t in pdf.pages), name


def test_approved_documents_carry_no_draft_mark(sample_pdfs, page_images):
    approved = [name for name, pdf in sample_pdfs.review.items() if pdf.status == "approved"]
    assert approved
    for name in approved:
        pdf = sample_pdfs.review[name]
        assert "DRAF" not in pdf.text, name
        assert max(_watermark_pixels(png) for png in page_images[name]) < 5, name
