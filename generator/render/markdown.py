"""Markdown written by regional teams, rendered and sanitised.

Python-Markdown passes raw HTML straight through (`<script>`, `onerror=`, `javascript:` links), so
every rendered fragment goes through nh3's allow-list: only structural tags survive, links keep
only absolute http(s)/mailto addresses (or anchors), and images are not allowed at all in free text (the only images in our
documents are the region's own assets and our generated charts).
"""

from __future__ import annotations

import threading
from functools import lru_cache

import markdown as md
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "abbr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}


def _absolute_links_only(tag: str, attribute: str, value: str) -> str | None:
    """Keep a link only if it names its scheme (or is an anchor in the same page): a relative link
    would be resolved against wherever the page or PDF is rendered (a `file:///` path in a PDF)."""
    if tag == "a" and attribute == "href":
        scheme, colon, _ = value.strip().partition(":")
        if value.startswith("#") or (colon and scheme.lower() in URL_SCHEMES):
            return value
        return None
    return value


_LOCAL = threading.local()


def _converter() -> md.Markdown:
    """One converter per thread, reset between texts: building one (loading its extensions) cost
    more than converting a typical description, and a site has thousands of them."""
    converter: md.Markdown | None = getattr(_LOCAL, "converter", None)
    if converter is None:
        converter = _LOCAL.converter = md.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    return converter


@lru_cache(maxsize=4096)
def _render(text: str) -> str:
    html = _converter().reset().convert(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_absolute_links_only,
        link_rel="noopener noreferrer nofollow",
    )


def markdown(text: str | None) -> Markup:
    """Markdown → safe HTML (a Markup, so Jinja's autoescape leaves it alone)."""
    return Markup(_render(text)) if text else Markup("")


def plain(text: str | None) -> str:
    """Text with every tag stripped, for titles, alt text and metadata."""
    return nh3.clean(text or "", tags=set()) if text else ""
