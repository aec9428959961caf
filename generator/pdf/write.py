"""Writing official PDFs to files: the file-name rule, a region's document list, atomic writes."""

from __future__ import annotations

from pathlib import Path

from generator.files import write_atomic
from generator.model.documents import document_names, pdf_name
from generator.model.evaluation import Evaluation
from generator.model.region import Region
from generator.pdf.document import find_evaluation
from generator.pdf.errors import PdfError


def file_name(region: Region, kind: str, evaluation: Evaluation | str | None = None) -> str:
    """`<slug>-buku-1-analisis-strategis.pdf`, `<slug>-buku-2-masterplan.pdf`, `<slug>-quick-win.pdf`
    (Buku III), `<slug>-buku-road-map.pdf` (second-generation plans), `<slug>-ringkasan-eksekutif.pdf`, `<slug>-masterplan.pdf` (all chapters in one
    volume), `<slug>-evaluasi-<year>-tahap-<n>.pdf`: the rule of generator/model/documents.py."""
    slug = find_evaluation(region, evaluation).slug if evaluation is not None else None
    return pdf_name(region.slug, kind, slug)


def documents(region: Region) -> list[tuple[str, str, str | None]]:
    """(file name, kind, evaluation slug or None) of every document of `region`, in print order:
    the book set (I–III, and the Road Map book for a second-generation plan), the executive
    summary, the combined masterplan, then one report per evaluation (oldest first)."""
    return document_names(region.slug, [e.slug for e in region.evaluations], region.generation)


def write_pdf(
    region: Region,
    path: Path,
    *,
    kind: str = "masterplan",
    strict: bool = False,
    evaluation: Evaluation | str | None = None,
) -> list[str]:
    """Render one document to `path` (temp file in the same folder, then rename: never half a PDF).

    `kind="evaluation"` renders the report of `evaluation` (an Evaluation of this region or its
    slug, e.g. '2026-tahap-2'); the other kinds take no evaluation.
    """
    from generator.pdf.render import render_pdf

    data, warnings = render_pdf(region, kind=kind, strict=strict, evaluation=evaluation)
    _write(Path(path), data)
    return warnings


def write_briefing(regions: list[Region], path: Path, *, title_label: str, strict: bool = False) -> list[str]:
    """Render the reviewers' briefing book comparing `regions` (generator/pdf/briefing.py) to `path`."""
    from generator.pdf.briefing import render_briefing

    data, warnings = render_briefing(regions, title_label=title_label)
    if strict and warnings:
        raise PdfError(f"briefing {title_label}: {len(warnings)} WeasyPrint warning(s)", warnings)
    _write(Path(path), data)
    return warnings


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, mode=0o644)
