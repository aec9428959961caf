"""Names that become paths: region folder names (slugs) and province slugs.

A region's folder name is its slug: it becomes `wilayah/<slug>/`, `pdf/<slug>-*.pdf`,
`data/<slug>.json` and a line of `SHA256SUMS`. So it must be a plain, portable file name: lower-case
ASCII letters, digits and single hyphens, short, and not a name the site itself uses. Lower case
only also means two regions can never differ by case alone (Windows and macOS checkouts of the
published site would merge them). Province names become `provinsi/<slug>/`: two spellings that
slug alike would write one page, so they are reported too.
"""

from __future__ import annotations

import re
import unicodedata

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG = 63
# Names the published site already uses next to region files: `data/national.json`,
# `data/national-programmes.csv`; and folder names of the site itself.
RESERVED = frozenset({"national", "index", "wilayah", "provinsi", "pdf", "data", "en", "assets", "search"})


def slug_problem(name: str) -> str | None:
    """Why `name` cannot be a region slug ('format', 'length', 'reserved'), or None if it can."""
    if len(name) > MAX_SLUG:
        return "length"
    if not SLUG.fullmatch(name):
        return "format"
    if name in RESERVED:
        return "reserved"
    return None


def slugify(text: str) -> str:
    """'Daerah Istimewa Yogyakarta' → 'daerah-istimewa-yogyakarta' (ASCII, for province folders)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].strip("-") or "wilayah"
