"""The PDFs published with the site: which exist, their size and SHA-256, and SHA256SUMS.

The site links only to PDFs that are really there, and prints each file's SHA-256 so a reviewer
can check that the document on a USB stick is the one that was published.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.files import sha256_file
from generator.model.documents import document_names

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


def manifest(
    folder: Path | None,
    slugs: list[str],
    evaluations: dict[str, list[str]] | None = None,
    generations: dict[str, int] | None = None,
) -> dict[str, list[PdfDoc]]:
    """PDFs found in `folder`, per region slug (missing folder: none): the region's documents
    (generator/model/documents.py, in its order; the Road Map book for a slug whose plan
    generation in `generations` is 2 or more), then the reports of the evaluations named in
    `evaluations` (slug → ['2026-tahap-2', …]).

    Only documents the caller's regions publish are looked for, so a build never links the report
    of an evaluation it does not publish, nor a Road Map book of a plan that has none, even if a
    stale file lies in the folder.
    """
    out: dict[str, list[PdfDoc]] = {slug: [] for slug in slugs}
    if folder is None or not folder.is_dir():
        return out
    for slug in slugs:
        generation = (generations or {}).get(slug, 1)
        for name, kind, ev in document_names(slug, (evaluations or {}).get(slug, []), generation):
            path = folder / name
            if path.is_file():
                out[slug].append(PdfDoc(slug, kind, path, path.stat().st_size, sha256_file(path), ev))
    return out


def sums_text(docs: dict[str, list[PdfDoc]]) -> str:
    """`sha256sum -c SHA256SUMS` format: '<hex>  <name>' per line, sorted by name."""
    found = sorted((d for ds in docs.values() for d in ds), key=lambda d: d.name)
    return "".join(f"{d.sha256}  {d.name}\n" for d in found)


def write_sums(docs: dict[str, list[PdfDoc]], folder: Path) -> Path:
    target = folder / SUMS
    target.write_text(sums_text(docs), encoding="utf-8")
    return target
