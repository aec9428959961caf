"""Pre-rendered HTML blocks (pages.Page.blocks): templates render generated tables and lists as HTML,
Python-Markdown converts only the rest, and mkdocs still learns the blocks' ids and checks their links."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkdocsPage

from generator.site import mkdocs_blocks
from generator.site.mkdocs_hooks import CachedBuild
from generator.site.national import nation
from generator.site.pagecache import PageCache
from generator.site.pages import (
    Site,
    _render,
    insert_blocks,
    insert_charts,
    region_page_specs,
    site_environment,
)
from generator.validation.validate import validate_region

from ..conftest import SITE_FIXTURE


@pytest.fixture(scope="module")
def contoh():
    region, diags = validate_region(SITE_FIXTURE)
    assert region is not None, diags
    return region


def test_the_html_call_leaves_a_placeholder_block_and_records_its_links(contoh, tmp_path: Path) -> None:
    (tmp_path / "t.md.j2").write_text(
        '{% import "_macros.md.j2" as m with context %}# T\n\n{% call m.html() %}'
        '<p><a href="{{ href(paths.SNI, "sni-1") }}">{{ name }}</a></p>{% endcall %}\nafter\n',
        encoding="utf-8",
    )
    env = site_environment(Site(nation([contoh]), "id"), override=tmp_path)
    page = _render(env, "t.md.j2", "wilayah/x/index.md", name="<script>alert(1)</script>")
    assert "\n\n<!--mp-block:0-->\n\n" in page.content
    assert page.blocks == {
        "0": '<p><a href="../../sni-iso-37122.html#sni-1">&lt;script&gt;alert(1)&lt;/script&gt;</a></p>'
    }
    assert page.links == [("sni-iso-37122.md", "sni-1")]


def test_every_generated_table_of_a_region_is_a_block(contoh) -> None:
    """Python-Markdown sees no table syntax and no raw HTML tables in a region's pillar pages."""
    env = site_environment(Site(nation([contoh]), "id"))
    pillar = next(spec for spec in region_page_specs(contoh) if spec.template == "pillar.md.j2")
    page = _render(env, pillar.template, pillar.uri, **pillar.context)
    assert "|---" not in page.content and "<table" not in page.content
    html = "".join(page.blocks.values())
    assert html.count("<table>") == html.count("</table>") > 0
    assert ' style="text-align: right;"' in html  # right-aligned numbers, as Python-Markdown writes them


def test_blocks_and_charts_fill_their_own_placeholders() -> None:
    html = "<!--mp-block:0--><!--mp-chart:0--><!--mp-block:1-->"
    assert insert_blocks(html, {"0": "A", "1": "B"}) == "A<!--mp-chart:0-->B"
    assert insert_charts(html, {"0": "C"}) == "<!--mp-block:0-->C<!--mp-block:1-->"


def _mkdocs_page(config: MkDocsConfig, files: Files, uri: str) -> MkdocsPage:
    page = MkdocsPage(None, files.get_file_from_path(uri), config)
    page.read_source(config)
    page.render(config, files)
    return page


def test_mkdocs_knows_the_ids_and_checks_the_links_of_blocks(tmp_path: Path, caplog) -> None:
    config = MkDocsConfig()
    config.load_dict({"site_name": "t", "docs_dir": str(tmp_path), "site_dir": str(tmp_path.parent / "site")})
    assert config.validate() == ([], [])
    config.plugins._current_plugin = None  # File.generated outside a build
    files = Files(
        [
            File.generated(config, "a.md", content="# A\n\n<!--mp-block:0-->\n"),
            File.generated(config, "b.md", content="# B\n\n[to a](a.md#in-block)\n"),
        ]
    )
    a, b = _mkdocs_page(config, files, "a.md"), _mkdocs_page(config, files, "b.md")
    block = (
        '<table id="in-block"><tr><td><a href="b.html#nowhere">b</a> <a href="c.html">c</a></td></tr></table>'
    )
    with caplog.at_level(logging.WARNING):
        a.content = mkdocs_blocks.fill(
            a, a.content or "", {"0": block}, [("b.md", "nowhere"), ("c.md", "")], files
        )
    assert block in a.content and "mp-block" not in a.content
    assert "in-block" in (a.present_anchor_ids or set())
    assert "c.md" in caplog.text  # a link to a page that does not exist
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        b.validate_anchor_links(files=files, log_level=logging.WARNING)  # the link into the block resolves
        assert caplog.text == ""
        a.validate_anchor_links(files=files, log_level=logging.WARNING)  # the block's link does not
    assert "nowhere" in caplog.text


def test_a_change_inside_a_block_alone_converts_the_page_again(tmp_path: Path) -> None:
    """The page cache keys a body by its Markdown *and* its blocks: a budget figure changes only
    a block (the Markdown keeps the same placeholder), and the cached body must not be reused."""
    config = MkDocsConfig()
    config.load_dict({"site_name": "t", "docs_dir": str(tmp_path), "site_dir": str(tmp_path.parent / "site")})
    assert config.validate() == ([], [])
    config.plugins._current_plugin = None  # File.generated outside a build
    files = Files([File.generated(config, "a.md", content="# A\n\n<!--mp-block:0-->\n")])
    build = CachedBuild(PageCache(tmp_path / "cache"), "fingerprint", files)
    page = MkdocsPage(None, files.get_file_from_path("a.md"), config)
    keys = []
    for figure in ("Rp 1.000", "Rp 2.000", "Rp 1.000"):
        build.before_render(page, ({"0": f"<table><tr><td>{figure}</td></tr></table>"}, []))
        keys.append(build.body_keys["a.md"])
    assert keys[0] != keys[1] and keys[0] == keys[2]
