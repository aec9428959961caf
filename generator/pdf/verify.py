"""Check a printed or e-mailed PDF against the SHA-256 sums the site publishes.

The build writes `site/pdf/SHA256SUMS` in `sha256sum` format (`<hex>  <name>`), so the same check
also works with `sha256sum -c`; PDFs are byte-identical across builds, so a match is meaningful.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.files import sha256_file

# A published PDF's name: `<slug>-<kind>.pdf`, slugs being lower-case ASCII (validation/slugs.py).
PUBLISHED_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.pdf")
DIGEST = re.compile(r"[0-9a-f]{64}")


def read_sums(sums: Path) -> dict[str, str]:
    """{hex digest: published name} from a sha256sum-format file (binary-mode '*' accepted).

    Only well-formed lines count: a line is split at '\n' alone and must be `<64 hex>  <name>.pdf`,
    so no text elsewhere in the file (or a crafted name) can pose as a published digest."""
    out: dict[str, str] = {}
    for line in sums.read_bytes().decode("utf-8", "replace").split("\n"):
        line = line.removesuffix("\r")  # written on Windows
        digest, sep, name = line.partition("  ") if "  " in line else line.partition(" *")
        if sep and DIGEST.fullmatch(digest.lower()) and PUBLISHED_NAME.fullmatch(name):
            out[digest.lower()] = name
    return out


def verify(path: Path, sums: Path) -> tuple[str, str | None]:
    """(digest of `path`, published name it matches or None)."""
    digest = sha256_file(path)
    return digest, read_sums(sums).get(digest)
