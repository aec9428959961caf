"""A data repository's own look (masterplan.toml [site]): logo, theme colours, extra pages.

The values were checked when the configuration was read (generator/site/config.py); here they
become files of the site and a few CSS custom properties on top of the shipped stylesheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

LOGO_STEM = "images/site-logo"


def logo_uri(logo: str) -> str:
    return LOGO_STEM + Path(logo).suffix.lower()


def colours_css(primary: str | None, accent: str | None) -> str:
    """Material's colour variables for the light and dark schemes (`primary: custom` in mkdocs.yml)."""
    lines = []
    if primary:
        lines.append(f"  --md-primary-fg-color: {primary};\n  --md-primary-fg-color--dark: {primary};")
    if accent:
        lines.append(f"  --md-accent-fg-color: {accent};")
    if not lines:
        return ""
    body = "\n".join(lines)
    # Two attribute selectors, like masterplan.css's own rule, and later in the page: this one wins.
    return f'\n[data-md-color-scheme][data-md-color-primary="custom"] {{\n{body}\n}}\n'


def extra_files(logo: str | None, pages: str | None) -> dict[str, Path]:
    """Site path → file: the logo, and every file under the pages folder (hidden ones left out)."""
    out: dict[str, Path] = {}
    if logo:
        out[logo_uri(logo)] = Path(logo)
    if pages:
        folder = Path(pages)
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                out[rel.as_posix()] = path
    return out


def extra_nav(files: dict[str, Path]) -> list[Any]:
    """The extra pages at the top of the pages folder, after the generated sections."""
    return [uri for uri in files if uri.endswith(".md") and "/" not in uri]
