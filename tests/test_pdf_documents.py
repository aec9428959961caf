"""The official PDFs of the sample regions, checked with real tools (poppler, qpdf, pypdf).

All six documents are rendered once per session, in parallel (`write_pdfs(jobs=2)`, which also
exercises the worker pool), and every test inspects that one build.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.pdf import write_pdf, write_pdfs
from generator.validate import validate_paths

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
A4 = (595.28, 841.89)
ROMAN = re.compile(r"^[ivxlc]+$")
FOOTER = re.compile(r"Halaman (\d+) dari (\d+)")
# "title ....... 12"; a wrapped title leaves its leader alone on the next line; a title that fills
# the line exactly keeps no dots, only the number in the right-hand column
TOC_LINE = re.compile(r"^\s*(.*?)(?:[\s.]*\.{4,}|\s{3,})\s*([ivxlc]+|\d+)\s*$")


@dataclass
class Pdf:
    path: Path

    @cached_property
    def reader(self) -> PdfReader:
        return PdfReader(self.path)

    @cached_property
    def pages(self) -> list[str]:
        """pdftotext -layout, one string per page (pages are separated by form feeds)."""
        out = subprocess.run(["pdftotext", "-layout", str(self.path), "-"], capture_output=True, text=True, check=True)
        return out.stdout.split("\f")[: len(self.reader.pages)]

    @cached_property
    def printed_numbers(self) -> list[str | None]:
        """The page number printed in each page's footer: '1'.. in the body, 'ii'.. in front matter."""
        numbers: list[str | None] = []
        for text in self.pages:
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            footer = FOOTER.search(lines[-1]) if lines else None
            if footer:
                numbers.append(footer.group(1))
            else:
                last = lines[-1].split()[-1] if lines else ""
                numbers.append(last if ROMAN.match(last) else None)
        return numbers

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(items) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(item.title)

        walk(self.reader.outline)
        return titles

    def toc_entries(self, heading: str = "DAFTAR ISI") -> list[tuple[str, str]]:
        """(title, printed page) of each line of the table of contents (titles may wrap: joined)."""
        start = next(i for i, text in enumerate(self.pages) if heading in text)
        entries: list[tuple[str, str]] = []
        pending = ""
        for text in self.pages[start:]:
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


@pytest.fixture(scope="session")
def samples():
    result = validate_paths([ROOT / "masterplans"])
    assert not result.errors, "the samples must validate"
    assert len(result.regions) >= 3
    return {r.slug: r for r in result.regions}


@pytest.fixture(scope="session")
def built(samples, tmp_path_factory) -> dict[str, Pdf]:
    out = tmp_path_factory.mktemp("pdf")
    paths = write_pdfs(list(samples.values()), out, jobs=2, progress=False)
    return {p.name: Pdf(p) for p in paths}


def masterplans(built):
    return [pdf for name, pdf in built.items() if name.endswith("-masterplan.pdf")]


def test_every_region_has_both_documents(samples, built):
    assert sorted(built) == sorted(f"{slug}-{kind}.pdf" for slug in samples for kind in ("masterplan", "quick-win"))


def test_qpdf_check_passes(built):
    for pdf in built.values():
        result = subprocess.run(["qpdf", "--check", str(pdf.path)], check=False, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_page_counts_are_sane(built):
    for name, pdf in built.items():
        pages = len(pdf.reader.pages)
        if name.endswith("-masterplan.pdf"):
            assert 40 <= pages <= 200, (name, pages)
        else:
            assert 4 <= pages <= 20, (name, pages)


def test_pages_are_a4_and_the_roadmap_is_landscape(built):
    for pdf in masterplans(built):
        sizes = [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in pdf.reader.pages]
        landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
        for w, h in sizes:
            assert sorted((w, h)) == pytest.approx(sorted(A4), abs=1)
        road = [i for i, text in enumerate(pdf.pages) if re.search(r"Gambar 7\.\d+\s+Peta jalan program", text)]
        assert road and set(road) <= set(landscape), pdf.path.name
        chapter = next(i for i, text in enumerate(pdf.pages) if re.search(r"^\s*BAB VII\s*$", text, re.MULTILINE))
        assert chapter in landscape
        budget = next(i for i, text in enumerate(pdf.pages) if "7.2 Rencana Anggaran" in text and i > chapter)
        assert budget not in landscape  # back to portrait after the roadmap


def test_outline_has_every_chapter(built):
    chapters = ["Pendahuluan", "Gambaran Umum Daerah", "Analisis Kesiapan", "Visi, Misi dan Tujuan Smart City",
                "Strategi per Dimensi", "Program Pembangunan", "Peta Jalan dan Rencana Anggaran", "Quick Win",
                "Manajemen Risiko dan Monitoring-Evaluasi", "Penutup"]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    for pdf in masterplans(built):
        titles = pdf.outline_titles()
        for roman, chapter in zip(romans, chapters, strict=True):
            assert f"BAB {roman} {chapter}" in titles, (pdf.path.name, chapter)
        assert {"Lembar Pengesahan", "Daftar Isi", "Lampiran"} <= set(titles)
        assert not any("PEMERINTAH" in t for t in titles)  # the cover is not bookmarked


def test_toc_page_numbers_match_where_headings_land(built):
    for pdf in built.values():
        entries = pdf.toc_entries()
        assert len(entries) >= (30 if "masterplan" in pdf.path.name else 5), pdf.path.name
        numbers = pdf.printed_numbers
        body_start = next(i for i, n in enumerate(numbers) if n == "1")
        cursor = 0
        for title, printed in entries:
            front = ROMAN.match(printed) is not None
            pages = range(cursor, body_start) if front else range(max(cursor, body_start), len(pdf.pages))
            found = next((i for i in pages if _has_heading(pdf.pages[i], title, front)), None)
            assert found is not None, f"{pdf.path.name}: heading {title!r} not found"
            assert numbers[found] == printed, f"{pdf.path.name}: {title!r} listed on {printed}, lands on {numbers[found]}"
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
        body = [n for n in pdf.printed_numbers if n and n.isdigit()]
        assert totals == {len(body)}, pdf.path.name
        assert body == [str(i) for i in range(1, len(body) + 1)]
        assert pdf.printed_numbers[0] is None  # the cover has no number


def test_fonts_are_embedded_and_body_is_noto(built):
    for pdf in built.values():
        out = subprocess.run(["pdffonts", str(pdf.path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows and all(re.search(r"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$", row) for row in rows), out
        assert any("Noto-Serif" in row for row in rows) and any("Noto-Sans" in row for row in rows)


def test_metadata(samples, built):
    for name, pdf in built.items():
        region = samples[name.removesuffix("-masterplan.pdf").removesuffix("-quick-win.pdf")]
        info = pdf.reader.metadata
        assert info.title and region.full_name in info.title
        assert info.author == region.government
        assert info.subject and info.get("/Keywords")
        assert pdf.reader.trailer["/Root"]["/Lang"] == "id"
        assert info.creation_date is not None and info.creation_date.year == 2025  # SOURCE_DATE_EPOCH of conftest
        root = pdf.reader.trailer["/Root"]
        xmp = root["/Metadata"].get_object().get_data()
        assert b"pdfaid:part" in xmp and b'pdfaid:conformance="B"' in xmp.replace(b"'", b'"')  # PDF/A-3b
        assert "/OutputIntents" in root  # sRGB output intent
        assert sorted(r.get_object()["/F"] for r in root["/AF"]) == sorted(p.name for p in region.files)
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]  # tagged


def test_source_yaml_is_attached_byte_for_byte(samples, built):
    for name, pdf in built.items():
        slug = name.removesuffix("-masterplan.pdf").removesuffix("-quick-win.pdf")
        attached = pdf.reader.attachments
        for source in samples[slug].files:
            assert attached.get(source.name) == [source.read_bytes()], (name, source.name)


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


def test_two_builds_are_byte_identical(samples, built, tmp_path):
    """Rendered again in this process (another hash seed than the pool's workers): same bytes."""
    slug = min(samples, key=lambda s: len(samples[s].programmes))
    for kind in ("masterplan", "quick-win"):
        again = tmp_path / f"{slug}-{kind}.pdf"
        write_pdf(samples[slug], again, kind=kind)
        assert again.read_bytes() == built[f"{slug}-{kind}.pdf"].path.read_bytes(), kind
