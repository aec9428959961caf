"""Official PDFs of a region: the masterplan and the quick-win briefing, rendered with WeasyPrint.

Public API (the package root is the API; WeasyPrint is imported only when rendering, so that
`masterplan verify` and the site build without PDFs stay fast):

- `write_pdf(region, path, kind=...)`: one document, written atomically; returns WeasyPrint's warnings.
- `write_pdfs(regions, out_dir, jobs=...)`: both documents of every region, in parallel.
- `verify(file, sums)`: does a file match a published SHA-256?
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..model import Region
from .document import KINDS
from .errors import PdfError
from .verify import sha256, verify

__all__ = ["KINDS", "PdfError", "file_name", "sha256", "verify", "write_pdf", "write_pdfs"]


def file_name(region: Region, kind: str) -> str:
    return f"{region.slug}-{kind}.pdf"


def write_pdf(region: Region, path: Path, *, kind: str = "masterplan", strict: bool = False) -> list[str]:
    """Render one document to `path` (temp file in the same folder, then rename: never half a PDF)."""
    from .render import render_pdf

    data, warnings = render_pdf(region, kind=kind, strict=strict)
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
    """Write `<slug>-masterplan.pdf` and `<slug>-quick-win.pdf` for every region into `out_dir`."""
    from .parallel import render_all

    return render_all(regions, Path(out_dir), jobs=jobs, strict=strict, progress=progress)
