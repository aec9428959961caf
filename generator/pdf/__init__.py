"""Official PDFs of a region: the masterplan, the quick-win briefing and one evaluation report per
evaluation record, rendered with WeasyPrint.

Public API (the package root is the API; WeasyPrint is imported only when rendering, so that
`masterplan verify` and the site build without PDFs stay fast):

- `write_pdf(region, path, kind=..., evaluation=...)`: one document, written atomically; returns
  WeasyPrint's warnings.
- `write_pdfs(regions, out_dir, jobs=...)`: every document of every region, in parallel.
- `documents(region)`: the (file name, kind, evaluation slug) of every document of a region: the
  book set (Buku I–III, and the Road Map book of a second-generation plan), the executive summary, the combined masterplan, the evaluation reports
  (kinds, titles and file names: generator/data/documents.yaml, generator/model/documents.py).
- `write_briefing(regions, path)`: one briefing book comparing regions, for reviewers.
- `verify(file, sums)`: does a file match a published SHA-256?

Public builds are not a switch here: the caller passes the regions that
`generator.model.publication.select(regions, public=True)` returned (approved plans, approved
evaluations, internal fields stripped), and the attachments follow `publication.sources`.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from generator.model.documents import ALL_KINDS, EVALUATION, KINDS
from generator.model.region import Region
from generator.pdf.errors import PdfError
from generator.pdf.parallel import render_all
from generator.pdf.verify import verify
from generator.pdf.write import documents, file_name, write_briefing, write_pdf

__all__ = [
    "ALL_KINDS",
    "EVALUATION",
    "KINDS",
    "PdfError",
    "documents",
    "file_name",
    "verify",
    "write_briefing",
    "write_pdf",
    "write_pdfs",
]


def write_pdfs(
    regions: list[Region],
    out_dir: Path,
    *,
    jobs: int = 1,
    strict: bool = False,
    progress: bool = True,
    kinds: Collection[str] | None = None,
) -> list[Path]:
    """Write every document of every region into `out_dir` and return their paths (input order):
    the book set (`<slug>-buku-1-analisis-strategis.pdf`, `<slug>-buku-2-masterplan.pdf`,
    `<slug>-quick-win.pdf`, and `<slug>-buku-road-map.pdf` for a second-generation plan),
    `<slug>-ringkasan-eksekutif.pdf`, the combined `<slug>-masterplan.pdf`,
    and `<slug>-evaluasi-<year>-tahap-<n>.pdf` for each of the region's evaluations
    (`region.evaluations`: all of them in a review build, only approved ones for regions from
    `publication.select(..., public=True)`). `kinds` limits the documents to those kinds."""
    return render_all(regions, Path(out_dir), jobs=jobs, strict=strict, progress=progress, kinds=kinds)
