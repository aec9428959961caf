"""Check a printed or e-mailed PDF against the SHA-256 sums the site publishes.

The build writes `site/pdf/SHA256SUMS` in `sha256sum` format (`<hex>  <name>`), so the same check
also works with `sha256sum -c`; PDFs are byte-identical across builds, so a match is meaningful.
"""

from __future__ import annotations

from pathlib import Path

from generator.files import sha256_file


def read_sums(sums: Path) -> dict[str, str]:
    """{hex digest: published name} from a sha256sum-format file (binary-mode '*' accepted)."""
    out: dict[str, str] = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.strip().partition(" ")
        if len(digest) == 64 and name:
            out[digest.lower()] = name.strip().lstrip("*")
    return out


def verify(path: Path, sums: Path) -> tuple[str, str | None]:
    """(digest of `path`, published name it matches or None)."""
    digest = sha256_file(path)
    return digest, read_sums(sums).get(digest)
