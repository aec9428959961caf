"""Where every generated page lives, and relative links between them: one place for URLs.

Pages are addressed by their source path (`wilayah/<slug>/index.md`), as mkdocs does. Links in
Markdown point at source paths (mkdocs validates and rewrites them); links inside raw HTML must be
final URLs, computed here the same way mkdocs would.
"""

from __future__ import annotations

import functools
import posixpath
import re
from urllib.parse import quote

from generator.validation.slugs import slugify

HOME = "index.md"
REGIONS = "wilayah/index.md"
COMPARE = "perbandingan.md"
SNI = "sni-iso-37122.md"
TAGS = "tag.md"
EVALUATION = "evaluasi.md"
PDF_DIR = "pdf"
DATA_DIR = "data"

# Region sub-pages besides the six pillar pages (named after the pillar code).
OVERVIEW, QUICK_WINS, AGENCIES = "index", "quick-win", "opd"
PROGRESS, HISTORY = "kemajuan", "riwayat"

__all__ = ["slugify"]  # one definition of the convention, shared with the validator


def region_page(slug: str, page: str = OVERVIEW) -> str:
    return f"wilayah/{slug}/{page}.md"


def region_of(uri: str) -> str | None:
    """The slug of the region whose page `uri` is (None: a national page)."""
    parts = uri.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == "wilayah" else None


def province_page(province: str) -> str:
    return f"provinsi/{slugify(province)}/index.md"


def pdf_file(name: str) -> str:
    return f"{PDF_DIR}/{name}"


def data_file(name: str) -> str:
    return f"{DATA_DIR}/{name}"


def anchor(code: str) -> str:
    """Programme/quick-win/agency codes → a stable lower-case HTML id ('GOV-01' → 'gov-01')."""
    return re.sub(r"[^a-z0-9_-]+", "-", code.lower()).strip("-")


def sni_anchor(number: str) -> str:
    return "sni-" + number.replace(".", "-")


def md_link(from_uri: str, to_uri: str, fragment: str | None = None) -> str:
    """Relative link to a source page, for Markdown (mkdocs checks and rewrites it)."""
    if from_uri == to_uri and fragment:
        return "#" + fragment
    return quote(_relative(from_uri, to_uri)) + (f"#{fragment}" if fragment else "")


def html_link(
    from_uri: str, to_uri: str, fragment: str | None = None, *, directory_urls: bool = False
) -> str:
    """Relative final URL, for raw HTML that mkdocs does not rewrite."""
    if from_uri == to_uri and fragment:
        return "#" + fragment
    src, dst = _dest(from_uri, directory_urls), _dest(to_uri, directory_urls)
    rel = _relpath(dst, posixpath.dirname(src))
    if directory_urls and rel.endswith("index.html"):
        rel = rel[: -len("index.html")] or "./"
    return quote(rel) + (f"#{fragment}" if fragment else "")


def _relative(from_uri: str, to_uri: str) -> str:
    return _relpath(to_uri, posixpath.dirname(from_uri))


@functools.lru_cache(maxsize=1 << 16)
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for the site's own paths (national pages link thousands: it was a third
    of making them), by dropping the common folders; anything unusual goes to posixpath."""
    a, b = path.split("/"), start.split("/") if start else []
    if path.startswith("/") or start.startswith("/") or any(p in ("", ".", "..") for p in (*a, *b)):
        return posixpath.relpath(path, start or ".")
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return "/".join([".."] * (len(b) - common) + a[common:]) or "."


def _dest(uri: str, directory_urls: bool) -> str:
    """Output path of a page, as mkdocs computes it."""
    stem, ext = posixpath.splitext(uri)
    if ext != ".md":
        return uri
    if not directory_urls or posixpath.basename(stem) == "index":
        return stem + ".html"
    return stem + "/index.html"
