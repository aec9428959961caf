"""Writing official PDFs to files: the file-name rule, a region's document list, atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from generator.model.evaluation import Evaluation
from generator.model.region import Region
from generator.pdf.document import EVALUATION, KINDS, find_evaluation


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
