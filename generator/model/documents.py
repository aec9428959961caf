"""The official documents of a region and their file names: one rule for the PDF writer, the PDF
cache, the site's links and `SHA256SUMS` (all of them read these names).

`<slug>-masterplan.pdf`, `<slug>-quick-win.pdf`, and one `<slug>-evaluasi-<year>-tahap-<n>.pdf`
per evaluation record.
"""

from __future__ import annotations

import re

from generator.model.evaluation import SLUG_PATTERN

KINDS = ("masterplan", "quick-win")  # the documents every region has
EVALUATION = "evaluation"  # one report per evaluation record
ALL_KINDS = (*KINDS, EVALUATION)
_EVALUATION_PREFIX = "evaluasi-"

# Any document's file name, with the region's slug as the group `slug`.
PDF_NAME = re.compile(
    rf"^(?P<slug>.+?)-(?:{'|'.join(map(re.escape, KINDS))}|{_EVALUATION_PREFIX}{SLUG_PATTERN})\.pdf$"
)


def pdf_name(slug: str, kind: str, evaluation: str | None = None) -> str:
    """The file name of one document; an evaluation report needs the evaluation's slug
    ('2026-tahap-2'), the other kinds take none."""
    if kind == EVALUATION:
        if not evaluation:
            raise ValueError("an evaluation report's file name needs the evaluation")
        return f"{slug}-{_EVALUATION_PREFIX}{evaluation}.pdf"
    if kind not in KINDS or evaluation is not None:
        raise ValueError(f"no document {kind!r} with evaluation {evaluation!r}; expected one of {ALL_KINDS}")
    return f"{slug}-{kind}.pdf"


def document_names(slug: str, evaluations: list[str]) -> list[tuple[str, str, str | None]]:
    """(file name, kind, evaluation slug or None) of every document, in print order: masterplan,
    quick-win briefing, then one report per evaluation in the order given."""
    out: list[tuple[str, str, str | None]] = [(pdf_name(slug, kind), kind, None) for kind in KINDS]
    out += [(pdf_name(slug, EVALUATION, ev), EVALUATION, ev) for ev in evaluations]
    return out
