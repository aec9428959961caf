"""Untrusted text placed into generated Markdown.

Jinja's autoescape makes text HTML-safe, but the page is Markdown first: a programme called
`[klik](javascript:…)` or `A | B` would become a link or break a table. `md_inline` neutralises
Markdown syntax with backslash escapes (only for characters Python-Markdown can escape, or the
backslash would show), then HTML-escapes. Free-text Markdown fields go through
`render.markdown.markdown` (nh3 allow-list) instead, inside raw HTML blocks.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Python-Markdown's ESCAPED_CHARS plus '|' (added by the tables extension); '<' and '>' are left
# to HTML escaping ('\&lt;' would print its backslash).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def md_inline(text: object) -> Markup:
    """One line of literal text, safe in Markdown paragraphs, headings, table cells and links."""
    flat = " ".join(str(text).split())
    return Markup(escape(_MD_SPECIAL.sub(r"\\\1", flat)))


def html_text(text: object) -> str:
    """Plain HTML-escaped text for places mkdocs/material print without escaping (nav, titles)."""
    return str(escape(" ".join(str(text).split())))
