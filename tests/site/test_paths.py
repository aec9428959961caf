"""Site paths: relative links computed the fast way equal posixpath's."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from generator.site.paths import _relpath, html_link

PART = st.sampled_from(["wilayah", "kota-a", "index.html", "opd.html", "pdf", "..", ".", "en", "x"])
PATH = st.lists(PART, min_size=1, max_size=5).map("/".join)
START = st.lists(PART, min_size=0, max_size=4).map("/".join)


@given(PATH, START)
def test_relative_paths_equal_posixpath(path: str, start: str) -> None:
    assert _relpath(path, start) == posixpath.relpath(path, start or ".")


def test_links_between_pages() -> None:
    assert html_link("wilayah/a/index.md", "wilayah/b/opd.md") == "../b/opd.html"
    assert html_link("index.md", "wilayah/b/index.md", "p-1") == "wilayah/b/index.html#p-1"
    assert html_link("wilayah/a/opd.md", "wilayah/a/opd.md", "x") == "#x"
    assert html_link("wilayah/a/opd.md", "../pdf/a.pdf") == "../../../pdf/a.pdf"
