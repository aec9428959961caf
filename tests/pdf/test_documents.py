"""The official PDFs of the sample regions, checked with real tools (poppler, qpdf, pypdf).

Every document (masterplan, quick-win briefing, one report per evaluation) is rendered once per
session by the `sample_pdfs` fixture (tests/pdf/samples.py), and every test inspects that build.
Evaluation reports, the monitoring annex, the DRAF watermark and the public copy have their own
modules (test_evaluation.py, test_public.py).
"""

from __future__ import annotations

import re
import subprocess

import pytest

from generator.pdf import write_pdf
from tests.pdf.samples import BOOKS_SLUG, Pdf

pytestmark = pytest.mark.slow

A4 = (595.28, 841.89)
ROMAN = re.compile(r"^[ivxlc]+$")
FOOTER = re.compile(r"Halaman (\d+) dari (\d+)")
# "title ....... 12"; a wrapped title leaves its leader alone on the next line; a title that fills
# the line exactly keeps no dots, only the number in the right-hand column
TOC_LINE = re.compile(r"^\s*(.*?)(?:[\s.]*\.{4,}|\s{3,})\s*([ivxlc]+|\d+)\s*$")


def printed_numbers(pdf: Pdf) -> list[str | None]:
    """The page number printed in each page's footer: '1'.. in the body, 'ii'.. in front matter."""
    numbers: list[str | None] = []
    for text in pdf.pages:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        footer = FOOTER.search(lines[-1]) if lines else None
        if footer:
            numbers.append(footer.group(1))
        else:
            last = lines[-1].split()[-1] if lines else ""
            numbers.append(last if ROMAN.match(last) else None)
    return numbers


def toc_entries(pdf: Pdf, heading: str = "DAFTAR ISI") -> list[tuple[str, str]]:
    """(title, printed page) of each line of the table of contents (titles may wrap: joined)."""
    start = next(i for i, text in enumerate(pdf.pages) if heading in text)
    entries: list[tuple[str, str]] = []
    pending = ""
    for text in pdf.pages[start:]:
        if entries and re.search(r"^\s*(DAFTAR TABEL|DAFTAR GAMBAR|LEMBAR|BAB I\b)", text, re.MULTILINE):
            break
        for line in text.splitlines()[2:]:  # skip the running header
            match = TOC_LINE.match(line)
            if match and not (pending or match.group(1)):
                continue  # the page's own footer number
            if match:
                entries.append((" ".join(f"{pending} {match.group(1)}".split()), match.group(2)))
                pending = ""
            elif line.strip() and line.strip() != heading and not ROMAN.match(line.strip()):
                pending = f"{pending} {line.strip()}"
    return entries


@pytest.fixture(scope="module")
def samples(sample_pdfs):
    return sample_pdfs.regions


@pytest.fixture(scope="module")
def built(sample_pdfs) -> dict[str, Pdf]:
    """The review build: file name → PDF."""
    return sample_pdfs.review


def masterplans(built):
    return [pdf for pdf in built.values() if pdf.kind == "masterplan"]


def test_every_region_has_all_its_documents(samples, built):
    """Every region's combined masterplan, Buku III and evaluation reports; the rest of the book set
    for one region (BOOKS_SLUG: rendering time), whose documents are checked in test_books.py."""
    expected = {f"{slug}-{kind}.pdf" for slug in samples for kind in ("masterplan", "quick-win")}
    expected |= {
        f"{BOOKS_SLUG}-{name}.pdf"
        for name in ("buku-1-analisis-strategis", "buku-2-masterplan", "ringkasan-eksekutif")
    }
    expected.add(f"{BOOKS_SLUG}-buku-road-map.pdf")  # of the second-generation copy (samples.py)
    expected |= {
        f"{slug}-evaluasi-{e.data.year}-tahap-{e.data.stage}.pdf"
        for slug, region in samples.items()
        for e in region.evaluations
    }
    assert sorted(built) == sorted(expected)


@pytest.mark.all_sample_pdfs
def test_the_samples_have_several_evaluation_reports(built):
    assert sum(1 for name in built if "-evaluasi-" in name) >= 4


def test_qpdf_check_passes(built):
    for pdf in built.values():
        result = subprocess.run(
            ["qpdf", "--check", str(pdf.path)], check=False, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_page_counts_are_sane(built):
    bounds = {
        "masterplan": (40, 200),
        "plan": (40, 200),
        "analysis": (8, 40),
        "quick-win": (5, 24),
        "summary": (5, 14),
        "roadmap": (15, 80),
        "evaluation": (10, 40),
    }
    for name, pdf in built.items():
        low, high = bounds[pdf.kind]
        assert low <= len(pdf.reader.pages) <= high, (name, len(pdf.reader.pages))


def test_pages_are_a4_and_the_roadmap_is_landscape(built):
    for pdf in masterplans(built):
        sizes = [
            (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in pdf.reader.pages
        ]
        landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
        for w, h in sizes:
            assert sorted((w, h)) == pytest.approx(sorted(A4), abs=1)
        # the figure captions, not their lines in the list of figures (those end in dot leaders)
        caption = re.compile(r"Gambar 7\.\d+\s+Peta jalan program(?!.*\.{4})")
        road = [i for i, text in enumerate(pdf.pages) if caption.search(text)]
        assert road and set(road) <= set(landscape), pdf.path.name
        chapter = next(
            i for i, text in enumerate(pdf.pages) if re.search(r"^\s*BAB VII\s*$", text, re.MULTILINE)
        )
        assert chapter in landscape
        budget = next(i for i, text in enumerate(pdf.pages) if "7.2 Rencana Anggaran" in text and i > chapter)
        assert budget not in landscape  # back to portrait after the roadmap


def test_outline_has_every_chapter(built):
    chapters = [
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
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    for pdf in masterplans(built):
        titles = pdf.outline_titles()
        for roman, chapter in zip(romans, chapters, strict=True):
            assert f"BAB {roman} {chapter}" in titles, (pdf.path.name, chapter)
        assert {"Lembar Pengesahan", "Daftar Isi", "Lampiran"} <= set(titles)
        assert not any("PEMERINTAH" in t for t in titles)  # the cover is not bookmarked


def test_toc_page_numbers_match_where_headings_land(built):
    for pdf in built.values():
        entries = toc_entries(pdf)
        assert len(entries) >= (30 if pdf.kind == "masterplan" else 5), pdf.path.name
        numbers = printed_numbers(pdf)
        body_start = next(i for i, n in enumerate(numbers) if n == "1")
        cursor = 0
        for title, printed in entries:
            front = ROMAN.match(printed) is not None
            pages = range(cursor, body_start) if front else range(max(cursor, body_start), len(pdf.pages))
            found = next((i for i in pages if _has_heading(pdf.pages[i], title, front)), None)
            assert found is not None, f"{pdf.path.name}: heading {title!r} not found"
            assert numbers[found] == printed, (
                f"{pdf.path.name}: {title!r} listed on {printed}, lands on {numbers[found]}"
            )
            cursor = found


def _has_heading(text: str, title: str, front: bool) -> bool:
    """A heading stands on its own line(s): the title equals one line or 2–3 consecutive lines
    (chapter headings are "BAB I" over "PENDAHULUAN"); a mention inside a sentence or a TOC line
    with dot leaders does not count. Front-matter titles are upper-cased by CSS."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    want = title.upper() if front else title
    for i in range(len(lines)):
        for k in (1, 2, 3):
            joined = " ".join(lines[i : i + k])
            if (joined.upper() if front else joined) == want:
                return True
    return False


def test_footer_counts_body_pages(built):
    for pdf in built.values():
        totals = {int(m.group(2)) for text in pdf.pages if (m := FOOTER.search(text))}
        numbers = printed_numbers(pdf)
        body = [n for n in numbers if n and n.isdigit()]
        assert totals == {len(body)}, pdf.path.name
        assert body == [str(i) for i in range(1, len(body) + 1)]
        assert numbers[0] is None  # the cover has no number


def test_fonts_are_embedded_and_body_is_noto(built):
    for pdf in built.values():
        out = subprocess.run(["pdffonts", str(pdf.path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows and all(re.search(r"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$", row) for row in rows), out
        assert any("Noto-Serif" in row for row in rows) and any("Noto-Sans" in row for row in rows)


def sources_of(pdf: Pdf) -> list:
    """The files a document attaches: the plan's, and for an evaluation report only its own record."""
    own = pdf.evaluation.file if pdf.evaluation else None
    return [p for p in pdf.region.files if own is None or p.parent.name != "evaluations" or p == own]


def test_metadata(built):
    for pdf in built.values():
        region = pdf.region
        info = pdf.reader.metadata
        assert info.title and region.full_name in info.title
        assert info.author == region.government
        assert info.subject and info.get("/Keywords")
        assert pdf.reader.trailer["/Root"]["/Lang"] == "id"
        assert (
            info.creation_date is not None and info.creation_date.year == 2025
        )  # SOURCE_DATE_EPOCH of conftest
        root = pdf.reader.trailer["/Root"]
        xmp = root["/Metadata"].get_object().get_data()
        assert b"pdfaid:part" in xmp and b'pdfaid:conformance="A"' in xmp.replace(b"'", b'"')  # PDF/A-3a
        assert "/OutputIntents" in root  # sRGB output intent
        assert sorted(r.get_object()["/F"] for r in root["/AF"]) == sorted(p.name for p in sources_of(pdf))
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]  # tagged


def test_source_yaml_is_attached_byte_for_byte(built):
    """Review build: the raw files (comments included), by file name; an evaluation report carries
    the plan and its own record, not the other evaluations."""
    for name, pdf in built.items():
        attached = pdf.reader.attachments
        assert sorted(attached) == sorted(p.name for p in sources_of(pdf)), name
        for source in sources_of(pdf):
            assert attached[source.name] == [source.read_bytes()], (name, source.name)
    kukar = built["kutai-kartanegara-evaluasi-2026-tahap-2.pdf"].reader.attachments
    assert "2026-tahap-2.yaml" in kukar and "2025-tahap-1.yaml" not in kukar


def test_quick_win_document_lists_every_quick_win(samples, built):
    for slug, region in samples.items():
        pdf = built[f"{slug}-quick-win.pdf"]
        text = " ".join(" ".join(pdf.pages).split())
        for q in region.quick_wins:
            assert q.id in text and " ".join(q.name.split()) in text, (slug, q.id)


def test_masterplan_shows_budget_total_and_every_programme(samples, built):
    from generator.render.formatting import rupiah

    for slug, region in samples.items():
        text = " ".join(" ".join(built[f"{slug}-masterplan.pdf"].pages).split())
        assert rupiah(region.total_budget) in text
        for p in region.programmes:
            assert p.id in text, (slug, p.id)


def test_two_builds_are_byte_identical(built, tmp_path):
    """Rendered again in this process (another hash seed than the pool's workers): same bytes.
    One document of each kind, from the smallest region that has it built (the full book set is
    built for BOOKS_SLUG only); a second evaluation report would only repeat the first's check."""
    kinds: set[str] = set()
    for name, pdf in sorted(built.items(), key=lambda item: len(item[1].region.programmes)):
        if pdf.kind in kinds:
            continue
        kinds.add(pdf.kind)
        again = tmp_path / name
        write_pdf(pdf.region, again, kind=pdf.kind, evaluation=pdf.evaluation)
        assert again.read_bytes() == pdf.path.read_bytes(), name
    assert len(kinds) >= 5, kinds


def test_no_word_is_hyphenated_inside_a_table_cell(built):
    """Narrow columns wrap at spaces: a hyphen that breaks a word ('Ba‐tara', 'Puskes‐mas') shows
    in the layout text as '‐' followed by the gap to the next column."""
    for pdf in masterplans(built):
        broken = [
            line.strip() for text in pdf.pages for line in text.splitlines() if re.search(r"\w‐ {2,}\S", line)
        ]
        assert broken == [], (pdf.path.name, broken[:5])


def test_signatures_name_the_right_seal(built):
    """The head of region signs under 'cap jabatan' (the office's seal), officials under 'cap dinas'."""
    for pdf in masterplans(built):
        approval = next(text for text in pdf.pages if "LEMBAR PENGESAHAN" in text)
        assert "cap jabatan" in approval, pdf.path.name
        assert approval.count("cap dinas") == sum(
            1 for s in pdf.region.plan.document.signatories if s.role in ("prepared", "verified")
        )
