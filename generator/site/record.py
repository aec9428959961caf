"""What a site build leaves behind so that the next build can patch it (patch.py).

A `Record` per language: the site's *shape* (everything every page depends on besides its own
content: the build fingerprint of the page cache, the page templates, the list of site files and
the navigation's structure), each region's key (`pages.region_key`: everything its pages show),
a digest of each national page's generated content, and every page's title and tags (other pages'
navigation shows titles; the tag listing shows tags). Two builds with the same shape differ only
in the pages whose key or digest differs, as long as those pages' titles and tags stayed the same.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from generator.site.pagecache import digest
from generator.site.paths import region_of


@dataclass
class Record:
    shape: str
    regions: dict[str, str]  # region slug → key
    national: dict[str, str]  # source path of a national page → digest of its generated content
    pages: dict[str, list[Any]]  # source path → [title, tags]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> Record | None:
        try:
            return cls(**{name: data[name] for name in ("shape", "regions", "national", "pages")})
        except (TypeError, KeyError):
            return None


def shape(fingerprint: str, templates: str, files: Files, nav: Navigation) -> str:
    listing = sorted((f.src_uri, f.dest_uri) for f in files)
    return digest(fingerprint, templates, listing, _structure(nav.items))


def page_facts(page: Page) -> list[Any]:
    """What other pages show of this one: its title (navigation) and its tags (the tag listing)."""
    return [page.title, page.meta.get("tags")]


def other_page_digest(file: File) -> str:
    """A page that is not generated from the model (an extra page of the data repository): its source."""
    return digest(file.src_uri, file.content_string)


def record(plugin: Any, cfg: Any, files: Files, nav: Navigation) -> Record:
    """The record of a finished build (`plugin`: its masterplan plugin)."""
    docs = files.documentation_pages()
    pages = {f.src_uri: page_facts(f.page) for f in docs if f.page is not None}
    national = dict(plugin.national)
    for file in docs:
        if file.src_uri not in national and region_of(file.src_uri) is None:
            national[file.src_uri] = other_page_digest(file)
    return Record(
        shape(plugin.fingerprint(cfg), plugin.templates, files, nav), dict(plugin.keys), national, pages
    )


def _structure(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, Section):
            out.append(["section", item.title, _structure(item.children)])
        elif isinstance(item, Page):
            out.append(["page", item.file.src_uri, item.url])
        else:
            out.append(["link", item.title, item.url])
    return out
