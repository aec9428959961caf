"""The page cache (pagecache.py) wired into an mkdocs build, through plugin events only.

mkdocs' build has two passes over the pages: *populate* (read the Markdown, convert it to HTML) and
*build* (render the theme template around it, write the file). On a `body` hit, the page's
`render` is replaced by restoring the cached body (no Markdown conversion). Before the build pass
(`on_env`, when every page's title is known), each page's `page` key is computed; on a hit the
page gets a trivial template and its cached final HTML is returned from `on_post_page` (no theme
or navigation rendering), and its cached search entries are added to Material's search index in
place of parsing the page again. mkdocs still writes every file, checks every anchor link and
runs every other plugin, so the output is the same bytes as a build without the cache.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlsplit

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from generator.site.pagecache import TAGS_LISTING, PageCache, digest

CACHED_TEMPLATE = "masterplan-cached-page.html"
LINK = re.compile(r'(?:href|src)="([^"#?]+)')


class CachedBuild:
    """Per-build state: which pages hit the cache, and the records to store for the others."""

    def __init__(
        self, cache: PageCache, fingerprint: str, files: Files, only: Callable[[str], bool] | None = None
    ) -> None:
        self.cache = cache
        # A shard of a build (`only`): pages outside it are neither rendered nor written; their
        # titles come from their Markdown, which is all the shard's own pages need of them.
        self.only = only
        self.skipped: set[str] = set()
        self.fingerprint = fingerprint
        self.files = files
        self.outputs = {f.dest_uri for f in files}
        self.body_keys: dict[str, str] = {}
        self.page_keys: dict[str, str] = {}
        # src_uri → `page` key of the pages not rendered (skipped ones: None); their records are read
        # when mkdocs reaches the page and dropped after it, so the site's HTML is never all in memory
        self.hits: dict[str, str | None] = {}
        self.loaded: dict[str, dict[str, Any]] = {}
        self.lazy_bodies: dict[str, str] = {}  # src_uri → body key, body not loaded yet
        self.entries: dict[str, list[dict[str, Any]]] = {}
        self.rendered: list[str] = []  # src_uris of the pages whose theme was rendered
        self.reused = 0

    # ------------------------------------------------------------------ populate pass

    def before_render(self, page: Page, inserts: object = None) -> None:
        """on_pre_page: restore the body instead of converting the Markdown, if cached.

        `inserts`: what goes into the body besides its Markdown (pre-rendered HTML blocks)."""
        if self.only is not None and not self.only(page.file.src_uri):
            self._skip(page)
            return
        content = page.file.content_string
        if TAGS_LISTING in content:
            return
        key = digest(self.fingerprint, page.file.src_uri, content, inserts)
        self.body_keys[page.file.src_uri] = key
        # What mkdocs needs of a converted page, without its body (a record of its own: reading
        # every page's body just for this was a tenth of a rebuild at 514 regions)
        record = self.cache.get("meta", key)
        if (
            record is None
            or not self.outputs.issuperset(record["targets"])
            or not self.cache.has("body", key)
        ):
            return  # not cached, or it links to a file that is gone: render it (mkdocs warns)
        kept = {name: record[name] for name in ("toc", "title", "anchors", "links")}

        def restore(config: MkDocsConfig, files: Files) -> None:
            page.content = ""  # loaded in `before_build` if the theme must render it
            page.toc = TableOfContents([_anchor(item) for item in kept["toc"]])
            page._title_from_render = kept["title"]
            page.present_anchor_ids = set(kept["anchors"])
            page.links_to_anchors = _links(kept["links"], files)

        page.render = restore  # type: ignore[method-assign]
        self.lazy_bodies[page.file.src_uri] = key

    def _skip(self, page: Page) -> None:
        def nothing(config: MkDocsConfig, files: Files) -> None:
            page.content, page.toc, page.links_to_anchors = "", TableOfContents([]), {}
            page.present_anchor_ids = None  # mkdocs then checks no link into it

        page.render = nothing  # type: ignore[method-assign]
        self.skipped.add(page.file.src_uri)

    def restored(self, page: Page) -> bool:
        """Whether the page's body comes from the cache (it is not converted in this build)."""
        return page.file.src_uri in self.lazy_bodies or page.file.src_uri in self.skipped

    def after_render(self, page: Page) -> bool:
        """on_page_content (first): store the body of a page that was converted. True when it was
        stored: the page then drops its body until the build pass reaches it (`load_body`), so
        the populate pass never holds the whole site's HTML (514 regions: gigabytes)."""
        uri = page.file.src_uri
        key = self.body_keys.get(uri)
        if key is None or uri in self.lazy_bodies:
            return False
        links = {f.src_uri: anchors for f, anchors in (page.links_to_anchors or {}).items()}
        record = {
            "toc": [_toc_record(item) for item in page.toc],
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": links,
            "targets": link_targets(page.file.dest_uri, page.content or ""),
        }
        self.cache.put("meta", key, record)
        self.cache.put("body", key, {"content": page.content})
        self.lazy_bodies[uri] = key
        return True

    # ------------------------------------------------------------------ build pass

    def hit(self, page: Page) -> bool:
        """Whether the page's final HTML comes from the cache (or it is outside this shard)."""
        return page.file.src_uri in self.hits

    def before_build(self, nav: Navigation, charts: dict[str, bytes]) -> None:
        """on_env: decide for every page whether its final HTML is cached."""
        for page in nav.pages:
            uri = page.file.src_uri
            if uri in self.skipped:
                self.hits[uri] = None  # empty output: mkdocs writes no file
                page.meta["template"] = CACHED_TEMPLATE
                continue
            body = self.body_keys.get(uri)
            if body is None:
                self.rendered.append(uri)
                continue
            key = digest(body, charts.get(uri, b""), nav_view(page, nav), page.meta)
            self.page_keys[uri] = key
            if self.cache.has("page", key):
                self.hits[uri] = key
                page.meta["template"] = CACHED_TEMPLATE
                self.reused += 1
                continue
            self.rendered.append(uri)

    def load_body(self, page: Page) -> None:
        """on_page_context (first): the body of a page about to be rendered, if it was put aside."""
        uri = page.file.src_uri
        if uri in self.hits or uri not in self.lazy_bodies:
            return
        stored = self.cache.get("body", self.lazy_bodies[uri])
        if stored is None:  # removed under our feet: the build cannot be trusted
            raise RuntimeError(f"page cache record of {uri} disappeared during the build")
        page.content = stored["content"]

    def search_entries(self, page: Page, index: Any, add: Any) -> None:
        """Material's `add_entry_from_context`, replayed from the cache or recorded for it."""
        if page.file.src_uri in self.hits:
            index.entries.extend(self._hit(page.file.src_uri)["search"])
            return
        start = len(index.entries)
        add(page)
        self.entries[page.file.src_uri] = index.entries[start:]

    def final_html(self, page: Page, output: str) -> str:
        """on_post_page (last): the cached output, or store this one. The page's body is dropped:
        it is written, and nothing later needs it."""
        uri = page.file.src_uri
        page.content = None
        if uri in self.hits:
            html = str(self._hit(uri)["html"])
            self.loaded.pop(uri, None)
            return html
        key = self.page_keys.get(uri)
        if key is not None:
            self.cache.put("page", key, {"html": output, "search": self.entries.pop(uri, [])})
        return output

    def _hit(self, uri: str) -> dict[str, Any]:
        key = self.hits[uri]
        if key is None:
            return {"html": "", "search": []}
        if uri not in self.loaded:
            record = self.cache.get("page", key)
            if record is None:  # removed under our feet: the build cannot be trusted
                raise RuntimeError(f"page cache record of {uri} disappeared during the build")
            self.loaded[uri] = record
        return self.loaded[uri]


def link_targets(dest_uri: str, html: str) -> list[str]:
    """The site files a page's HTML body links to (relative links only), as output paths."""
    base = posixpath.dirname(dest_uri)
    out = set()
    for link in LINK.findall(html):
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith("/"):
            continue
        path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
        if link.endswith("/"):
            path = "index.html" if path == "." else f"{path}/index.html"
        out.add(path)
    return sorted(out)


def cached_template_loader(env: jinja2.Environment) -> None:
    """A trivial template for pages whose final HTML comes from the cache."""
    loader = env.loader
    assert loader is not None
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({CACHED_TEMPLATE: "cached"}), loader])


def nav_view(page: Page, nav: Navigation) -> list[Any]:
    """The part of the navigation this page shows (Material with `navigation.prune`).

    The tabs (top level), each section above the page with its children (a collapsed child
    section shows its title and links to its first page), breadcrumbs (the same sections), the
    previous/next footer, and the page's own title and URL. The byte-identity tests check that
    nothing outside it shows up in a page.
    """
    levels: list[Any] = [[_item(i) for i in nav.items]]
    section = page.parent
    while section is not None:
        levels.append([section.title, [_item(i) for i in section.children]])
        section = section.parent
    neighbours = [(p.title, p.url) if p else None for p in (page.previous_page, page.next_page)]
    return [levels, neighbours, page.title, page.url, page.is_homepage]


def _item(item: Any) -> list[Any]:
    if isinstance(item, Section):
        return ["section", item.title, _first_url(item)]
    return ["page" if isinstance(item, Page) else "link", item.title, item.url]


def _first_url(section: Section) -> str | None:
    for child in section.children:
        if isinstance(child, Section):
            found = _first_url(child)
            if found is not None:
                return found
        else:
            return str(getattr(child, "url", ""))
    return None


def _toc_record(item: AnchorLink) -> list[Any]:
    return [item.title, item.id, item.level, [_toc_record(c) for c in item.children]]


def _anchor(record: list[Any]) -> AnchorLink:
    link = AnchorLink(record[0], record[1], record[2])
    link.children = [_anchor(child) for child in record[3]]
    return link


def _links(records: dict[str, dict[str, str]], files: Files) -> dict[File, dict[str, str]]:
    out = {}
    for uri, anchors in records.items():
        target = files.get_file_from_path(uri)
        if target is not None:
            out[target] = anchors
    return out
