"""Pre-rendered HTML blocks (pages.Page.blocks) put into a page converted by mkdocs.

Right after the Markdown conversion (`on_page_content`), before anything reads the body: mkdocs'
anchor validation, Material's search index and the page cache see the page as if Python-Markdown
had produced the blocks. What mkdocs would have learned by converting them itself is told to it
here: the ids the blocks define (links from other pages may point at them) and the links they
contain (mkdocs warns about a link to a missing page or anchor; the build is strict).
"""

from __future__ import annotations

import html as htmllib
import logging
import re

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.site.pages import insert_blocks

log = logging.getLogger("mkdocs.plugins.masterplan")

ID = re.compile(r"""<[a-zA-Z][^>]*?\sid="([^"]*)\"""")


def fill(page: Page, html: str, blocks: dict[str, str], links: list[tuple[str, str]], files: Files) -> str:
    """The page's HTML with its blocks; their ids and links registered as mkdocs would."""
    if not blocks:
        return html
    if page.present_anchor_ids is not None:
        for block in blocks.values():
            page.present_anchor_ids.update(htmllib.unescape(i) for i in ID.findall(block))
    for to, anchor in links:
        target = files.get_file_from_path(to)
        if target is None:
            log.warning(
                "Doc file '%s' contains a link to '%s', which is not a file of the site.",
                page.file.src_uri,
                to,
            )
            continue
        if anchor and page.links_to_anchors is not None:
            page.links_to_anchors.setdefault(target, {}).setdefault(anchor, f"{to}#{anchor}")
    return insert_blocks(html, blocks)
