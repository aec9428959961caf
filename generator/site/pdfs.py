"""The PDFs published with the site: which exist, their size and SHA-256, and SHA256SUMS.

The site links only to PDFs that are really there, and prints each file's SHA-256 so a reviewer
can check that the document on a USB stick is the one that was published.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

KINDS = ("masterplan", "quick-win")
EVALUATION = "evaluation"  # the kind of `<slug>-evaluasi-<year>-tahap-<n>.pdf`
SUMS = "SHA256SUMS"


@dataclass(frozen=True)
class PdfDoc:
    slug: str
    kind: str
    path: Path
    size: int
    sha256: str
    evaluation: str | None = None  # '2026-tahap-2' for an evaluation report

    @property
    def name(self) -> str:
        return self.path.name


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def evaluation_pdf(slug: str, evaluation: str) -> str:
    """'kutai-kartanegara-evaluasi-2026-tahap-2.pdf' for evaluation '2026-tahap-2'."""
    return f"{slug}-evaluasi-{evaluation}.pdf"


def manifest(
    folder: Path | None, slugs: list[str], evaluations: dict[str, list[str]] | None = None
) -> dict[str, list[PdfDoc]]:
    """PDFs found in `folder`, per region slug (missing folder: none): `<slug>-<kind>.pdf`, then
    the reports of the evaluations named in `evaluations` (slug → ['2026-tahap-2', …]).

    Only evaluations the caller names are looked for, so a public build never links the report of
    an evaluation it does not publish, even if a stale file lies in the folder.
    """
    out: dict[str, list[PdfDoc]] = {slug: [] for slug in slugs}
    if folder is None or not folder.is_dir():
        return out
    for slug in slugs:
        wanted: list[tuple[str, str, str | None]] = [(kind, f"{slug}-{kind}.pdf", None) for kind in KINDS]
        wanted += [(EVALUATION, evaluation_pdf(slug, ev), ev) for ev in (evaluations or {}).get(slug, [])]
        for kind, name, ev in wanted:
            path = folder / name
            if path.is_file():
                out[slug].append(PdfDoc(slug, kind, path, path.stat().st_size, sha256(path), ev))
    return out


def sums_text(docs: dict[str, list[PdfDoc]]) -> str:
    """`sha256sum -c SHA256SUMS` format: '<hex>  <name>' per line, sorted by name."""
    found = sorted((d for ds in docs.values() for d in ds), key=lambda d: d.name)
    return "".join(f"{d.sha256}  {d.name}\n" for d in found)


def write_sums(docs: dict[str, list[PdfDoc]], folder: Path) -> Path:
    target = folder / SUMS
    target.write_text(sums_text(docs), encoding="utf-8")
    return target
