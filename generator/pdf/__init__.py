"""Official PDFs of a region: the masterplan, the quick-win briefing and one evaluation report per
evaluation record, rendered with WeasyPrint.

Public API (the package root is the API; WeasyPrint is imported only when rendering, so that
`masterplan verify` and the site build without PDFs stay fast):

- `write_pdf(region, path, kind=..., evaluation=...)`: one document, written atomically; returns
  WeasyPrint's warnings.
- `write_pdfs(regions, out_dir, jobs=...)`: every document of every region, in parallel.
- `documents(region)`: the (file name, kind, evaluation slug) of every document of a region.
- `verify(file, sums)`: does a file match a published SHA-256?

Public builds are not a switch here: the caller passes the regions that
`generator.publication.select(regions, public=True)` returned (approved plans, approved
evaluations, internal fields stripped), and the attachments follow `publication.sources`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..evaluation import Evaluation
from ..model import Region
from .document import ALL_KINDS, EVALUATION, KINDS, find_evaluation
from .errors import PdfError
from .verify import sha256, verify

__all__ = ["ALL_KINDS", "EVALUATION", "KINDS", "PdfError", "documents", "file_name", "sha256", "verify",
           "write_pdf", "write_pdfs"]


def file_name(region: Region, kind: str, evaluation: Evaluation | str | None = None) -> str:
    """`<slug>-masterplan.pdf`, `<slug>-quick-win.pdf`, `<slug>-evaluasi-<year>-tahap-<n>.pdf`."""
    if kind == EVALUATION:
        if evaluation is None:
            raise ValueError("an evaluation report's file name needs the evaluation")
        return f"{region.slug}-evaluasi-{find_evaluation(region, evaluation).slug}.pdf"
    return f"{region.slug}-{kind}.pdf"


def documents(region: Region) -> list[tuple[str, str, str | None]]:
    """(file name, kind, evaluation slug or None) of every document of `region`, in print order:
    masterplan, quick-win briefing, then one report per evaluation (oldest first)."""
    out: list[tuple[str, str, str | None]] = [(file_name(region, kind), kind, None) for kind in KINDS]
    out += [(file_name(region, EVALUATION, e), EVALUATION, e.slug) for e in region.evaluations]
    return out


def write_pdf(region: Region, path: Path, *, kind: str = "masterplan", strict: bool = False,
              evaluation: Evaluation | str | None = None) -> list[str]:
    """Render one document to `path` (temp file in the same folder, then rename: never half a PDF).

    `kind="evaluation"` renders the report of `evaluation` (an Evaluation of this region or its
    slug, e.g. '2026-tahap-2'); the other kinds take no evaluation.
    """
    from .render import render_pdf

    data, warnings = render_pdf(region, kind=kind, strict=strict, evaluation=evaluation)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return warnings


def write_pdfs(regions: list[Region], out_dir: Path, *, jobs: int = 1, strict: bool = False,
               progress: bool = True) -> list[Path]:
    """Write every document of every region into `out_dir` and return their paths (input order):
    `<slug>-masterplan.pdf`, `<slug>-quick-win.pdf`, and `<slug>-evaluasi-<year>-tahap-<n>.pdf`
    for each of the region's evaluations (`region.evaluations`: all of them in a review build,
    only approved ones for regions from `publication.select(..., public=True)`)."""
    from .parallel import render_all

    return render_all(regions, Path(out_dir), jobs=jobs, strict=strict, progress=progress)
