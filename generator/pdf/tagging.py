"""What WeasyPrint's PDF/A-3a tagging leaves to us, done in its `finisher` hook.

WeasyPrint 70 builds the structure tree (headings, tables, lists, figures with /Alt) from the HTML,
but marks no header cell with /Scope, which screen readers and PDF/UA checkers need to tell a
column header from a row header. It keeps each header cell's structure element on its layout box
(`box.mark`), so the finisher walks the laid-out pages once and sets /Scope from the cell's HTML
`scope` attribute, or where the template gives none, from its place: in <thead> a column header;
in a body row that also has data cells a row header; else (a header row inside the body) a column
header. This is HTML's own "auto" scope rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SCOPES = {"row": "/Row", "col": "/Column", "rowgroup": "/Row", "colgroup": "/Column"}


def finish(document: Any, pdf: Any) -> None:
    """The finisher passed to `write_pdf`: every fix-up of the written PDF, in one place."""
    unique_associated_files(pdf)
    scope_header_cells(document)


def unique_associated_files(pdf: Any) -> None:
    """WeasyPrint 70's PDF/A-3 pass lists each attachment twice in the catalogue's /AF array
    (once from the EmbeddedFiles names, once from the file specifications): keep one of each."""
    if "AF" in pdf.catalog:
        pdf.catalog["AF"] = type(pdf.catalog["AF"])(dict.fromkeys(pdf.catalog["AF"]))


def scope_header_cells(document: Any) -> int:
    """Set /Scope on the structure element of every <th>; return how many were set."""
    count = 0
    for cell, in_head, row_has_data in _header_cells(document):
        attributes = cell.mark.get("A")
        if attributes is None:
            continue
        scope = SCOPES.get(cell.element.attrib.get("scope", "").lower())
        if scope is None:
            scope = "/Column" if in_head or not row_has_data else "/Row"
        attributes["Scope"] = scope
        count += 1
    return count


def _header_cells(document: Any) -> Iterator[tuple[Any, bool, bool]]:
    """(cell box, inside <thead>, its row has a <td>) of every tagged <th> on every page."""
    for page in document.pages:
        yield from _walk(page._page_box, in_head=False)


def _walk(box: Any, *, in_head: bool) -> Iterator[tuple[Any, bool, bool]]:
    tag = getattr(box, "element_tag", None)
    if tag == "tr":
        has_data = any(getattr(c, "element_tag", None) == "td" for c in box.children)
        for cell in box.children:
            if getattr(cell, "element_tag", None) == "th" and hasattr(cell, "mark"):
                yield cell, in_head, has_data
        return
    for child in getattr(box, "children", ()):
        yield from _walk(child, in_head=in_head or tag == "thead")
