"""The PDFs published with the site: which exist, their size and SHA-256, and SHA256SUMS.

The site links only to PDFs that are really there, and prints each file's SHA-256 so a reviewer
can check that the document on a USB stick is the one that was published.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

KINDS = ("masterplan", "quick-win")
SUMS = "SHA256SUMS"


@dataclass(frozen=True)
class PdfDoc:
    slug: str
    kind: str
    path: Path
    size: int
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest(folder: Path | None, slugs: list[str]) -> dict[str, list[PdfDoc]]:
    """PDFs named `<slug>-<kind>.pdf` found in `folder`, per region slug (missing folder: none)."""
    out: dict[str, list[PdfDoc]] = {slug: [] for slug in slugs}
    if folder is None or not folder.is_dir():
        return out
    for slug in slugs:
        for kind in KINDS:
            path = folder / f"{slug}-{kind}.pdf"
            if path.is_file():
                out[slug].append(PdfDoc(slug, kind, path, path.stat().st_size, sha256(path)))
    return out


def sums_text(docs: dict[str, list[PdfDoc]]) -> str:
    """`sha256sum -c SHA256SUMS` format: '<hex>  <name>' per line, sorted by name."""
    found = sorted((d for ds in docs.values() for d in ds), key=lambda d: d.name)
    return "".join(f"{d.sha256}  {d.name}\n" for d in found)


def write_sums(docs: dict[str, list[PdfDoc]], folder: Path) -> Path:
    target = folder / SUMS
    target.write_text(sums_text(docs), encoding="utf-8")
    return target
