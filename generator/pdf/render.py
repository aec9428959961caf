"""Print HTML → PDF bytes with WeasyPrint: safe fetcher, metadata, attachments, captured warnings.

WeasyPrint logs problems (a refused image, an unknown CSS property) instead of raising; a build
must not hide them, so every record of the `weasyprint` logger at WARNING or above is captured
during the render and returned, and `strict=True` turns any of them into a `PdfError`.
"""

from __future__ import annotations

import gc
import logging
import warnings as pywarnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from weasyprint import CSS, HTML, Attachment  # type: ignore[import-untyped]
from weasyprint.text.fonts import FontConfiguration  # type: ignore[import-untyped]

from generator.model.evaluation import Evaluation
from generator.model.publication import sources
from generator.model.region import Region
from generator.pdf.document import (
    build_html,
    document_date,
    draft_stylesheet,
    find_evaluation,
    status,
    stylesheet,
)
from generator.pdf.errors import PdfError
from generator.pdf.fetcher import SafeFetcher
from generator.pdf.tagging import finish

PDF_VARIANT = "pdf/a-3a"  # archival and accessible (tagged); PDF/A-3 allows the source YAML as attachments


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname.lower()}: {record.getMessage()}")


@contextmanager
def captured_warnings() -> Iterator[list[str]]:
    """Collect `weasyprint` log records (WARNING+) for the duration of the block."""
    logger = logging.getLogger("weasyprint")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def attachments(region: Region, evaluation: Evaluation | None = None) -> list[Attachment]:
    """The machine-readable sources of the document, dated like it.

    They come from `publication.sources`: the raw files in a review build, YAML regenerated from
    the redacted model in a public build (raw files would leak comments and internal fields). An
    evaluation report carries the plan's files and its own record, not the other evaluations.
    Attachments are named by file name (no folder: a '/' in an embedded name is a path for naive
    extractors); names are unique within a region.
    """
    when = document_date(region, evaluation).replace(tzinfo=None)
    own = f"evaluations/{evaluation.file.name}" if evaluation else None
    return [
        Attachment(
            string=data,
            name=Path(name).name,
            description=f"Sumber YAML: {name}",
            created=when,
            modified=when,
            relationship="Source",
        )
        for name, data in sources(region)
        if own is None or not name.startswith("evaluations/") or name == own
    ]


def render_pdf(
    region: Region,
    *,
    kind: str = "masterplan",
    strict: bool = False,
    evaluation: Evaluation | str | None = None,
) -> tuple[bytes, list[str]]:
    """Render one document; return the PDF bytes and WeasyPrint's warnings."""
    found = find_evaluation(region, evaluation) if evaluation is not None else None
    data, warnings = html_to_pdf(
        build_html(region, kind, evaluation=found),
        assets=region.folder.resolve()
        / "assets",  # resolved folder, assets/ itself not: a link there serves nothing
        draft=status(region, found) != "approved",
        attachments=attachments(region, found),
    )
    if strict and warnings:
        what = f"{kind} {found.slug}" if found else kind
        raise PdfError(f"{region.slug} {what}: {len(warnings)} WeasyPrint warning(s)", warnings)
    return data, warnings


def html_to_pdf(
    html: str, *, assets: Path | None, draft: bool, attachments: list[Attachment]
) -> tuple[bytes, list[str]]:
    """Print HTML → PDF/A-3a bytes and WeasyPrint's warnings. Local files load only from `assets`
    (a region's assets/ folder) and the print stylesheet's folder; `draft` adds the watermark."""
    fetcher = SafeFetcher([*([assets] if assets else []), stylesheet().parent])
    base = (assets.as_uri() if assets else stylesheet().parent.resolve().as_uri()) + "/"
    fonts = FontConfiguration()
    with captured_warnings() as warnings, pywarnings.catch_warnings():
        # WeasyPrint 70 opens its sRGB profile for PDF/A and never closes it; collect the document
        # here so that this known leak does not surface later as a stray ResourceWarning.
        pywarnings.simplefilter("ignore", ResourceWarning)
        document = HTML(string=html, base_url=base, url_fetcher=fetcher)
        sheets = [stylesheet()] + ([draft_stylesheet()] if draft else [])
        css = [CSS(filename=str(sheet), font_config=fonts, url_fetcher=fetcher) for sheet in sheets]
        data = document.write_pdf(
            stylesheets=css,
            font_config=fonts,
            pdf_variant=PDF_VARIANT,
            attachments=attachments,
            uncompressed_pdf=False,
            finisher=finish,
        )
        del document, css
        gc.collect()
    return data, list(warnings)
