"""A warm mkdocs session for the live preview: every page made on request, in memory.

`mkdocs serve` rebuilds every page after each save (100 regions: ~1,100 pages, ~100 s). The
preview keeps one mkdocs configuration, file list and navigation alive and makes a page only when
a browser asks for it: its Markdown from the model (the site's own templates, pages.py), then the
steps of `mkdocs.commands.build` for that one page, minus writing a file. A save marks the
region's pages and the national pages stale; the next request makes them again. A change of
structure (a region added, removed or renamed, another province) reopens the session.

What the masterplan plugin does for a build in `on_files` is done here lazily, page by page, so
that opening the preview costs the validation and the navigation, not every page of the country.
Left out, as `mkdocs serve --dirty` would: the search index, tag listings, revision history and
PDFs (`masterplan build` has them).
"""

from __future__ import annotations

import logging
import mimetypes
import time
from typing import Any

from generator.model.region import Region
from generator.site import branding
from generator.site.downloads import NATIONAL, open_data
from generator.site.labels import labels
from generator.site.national import nation
from generator.site.nav import build_nav
from generator.site.pages import (
    Page,
    PageSpec,
    Site,
    national_page_specs,
    page_specs,
    pillar_css,
    region_page_specs,
    render_page,
    site_environment,
)

# Plugins whose work spans the whole site: left out of the preview (see the module docstring).
SKIPPED_PLUGINS = {"search", "offline", "tags", "material/search", "material/offline", "material/tags"}

log = logging.getLogger("mkdocs.plugins.masterplan.preview")


class Session:
    def __init__(self, config: Any, regions: list[Region], *, lang: str = "id") -> None:
        self.config, self.lang = config, lang
        self.regions = {r.slug: r for r in regions}
        self.rendered: dict[str, bytes] = {}  # site path → final HTML of pages made since the last change
        self.made: dict[str, Page] = {}  # source path → the page's Markdown, blocks and charts (not stale)
        self.open_seconds = 0.0
        self._open()

    # ------------------------------------------------------------------ opening

    def _open(self) -> None:
        from mkdocs.commands.build import get_navigation
        from mkdocs.structure.files import File, get_files, set_exclusions

        start = time.perf_counter()
        cfg = self.config.load(plugins=_preview_plugins(self.config.data.get("plugins", [])), strict=False)
        cfg.plugins.on_startup(command="serve", dirty=True)
        plugin = cfg.plugins["masterplan"]
        plugin.config.lang = self.lang
        plugin.provide(self._ordered(), pdf_folder=None)
        cfg = cfg.plugins.on_config(cfg)
        cfg.plugins.on_pre_build(config=cfg)
        files = get_files(cfg)
        env = cfg.theme.get_env()
        files.add_files_from_theme(env, cfg)
        self.cfg, self.files, self.plugin = cfg, files, plugin
        regions = self._ordered()
        # What MasterplanPlugin.on_files adds for a build, except that pages start empty and stale.
        self.stale: dict[str, PageSpec] = {}
        for spec in self._specs():
            files.append(File.generated(cfg, spec.uri, content=""))
            self.stale[spec.uri] = spec
        css = pillar_css(regions) + branding.colours_css(plugin.config.primary, plugin.config.accent)
        files.append(File.generated(cfg, "stylesheets/pillars.css", content=css))
        extra = branding.extra_files(plugin.config.logo, plugin.config.pages)
        extra = {uri: p for uri, p in extra.items() if files.get_file_from_path(uri) is None}
        for uri, source in extra.items():
            files.append(File.generated(cfg, uri, abs_src_path=str(source)))
        cfg.nav = build_nav(nation(regions), labels(self.lang)) + branding.extra_nav(extra)
        set_exclusions(files, cfg)
        self.nav = get_navigation(files, cfg)
        self.env = cfg.plugins.on_env(env, config=cfg, files=files)
        self.listing: dict[str, list[Any]] = {}  # open-data files per region, made when needed
        self.rendered.clear()
        self._index()
        self.open_seconds = time.perf_counter() - start

    def _index(self) -> None:
        self.by_dest = {f.dest_uri: f for f in self.files}
        self.by_src = {f.src_uri: f for f in self.files}
        self.doc_files = self.files.documentation_pages()

    def _ordered(self) -> list[Region]:
        return list(self.regions.values())

    def _specs(self) -> list[PageSpec]:
        return page_specs(nation(self._ordered()))

    # ------------------------------------------------------------------ serving

    def has(self, dest: str) -> bool:
        return dest in self.by_dest

    def get(self, dest: str) -> tuple[bytes, str] | None:
        """(content, media type) of the site file `dest` ('wilayah/x/index.html'), or None."""
        file = self.by_dest.get(dest)
        if file is None:
            return None
        if file.is_documentation_page():
            if dest not in self.rendered:
                self._markdown(file.src_uri)
                self.rendered[dest] = self._render(file).encode("utf-8", errors="xmlcharrefreplace")
            return self.rendered[dest], "text/html; charset=utf-8"
        if dest.startswith("data/"):
            self._open_data(national=True)
        media = mimetypes.guess_type(dest)[0] or "application/octet-stream"
        if media.startswith("text/") or media in {"application/javascript", "application/json"}:
            media += "; charset=utf-8"
        return file.content_bytes, media

    def _markdown(self, uri: str) -> None:
        """Make the page's Markdown from the model if it is stale (its open-data listing first)."""
        spec = self.stale.pop(uri, None)
        if spec is None:
            return
        region = spec.context.get("region")
        if isinstance(region, Region):
            self._region_data(region)
        else:
            self._open_data(national=True)
        site = Site(
            nation(self._ordered()), self.lang, directory_urls=self.cfg.use_directory_urls, data=self.listing
        )
        self.made[uri] = render_page(site_environment(site), spec)

    def _render(self, file: Any) -> str:
        """One page: the populate and build steps of mkdocs.commands.build, output kept in memory."""
        from mkdocs.commands.build import _populate_page, get_context

        cfg, page = self.cfg, file.page
        self.plugin.hold(file, self.made[file.src_uri])  # the build uses a page's blocks and charts once
        _populate_page(page, cfg, self.files)
        cfg._current_page = page
        page.active = True
        try:
            context = get_context(self.nav, self.doc_files, cfg, page)
            template = self.env.get_template(page.meta.get("template", "main.html"))
            context = cfg.plugins.on_page_context(context, page=page, config=cfg, nav=self.nav)
            output: str = template.render(context)
            return str(cfg.plugins.on_post_page(output, page=page, config=cfg))
        finally:
            page.active = False
            cfg._current_page = None

    def _region_data(self, region: Region) -> None:
        if region.slug not in self.listing:
            self._add_data(*open_data([region]), keys=[region.slug])

    def _open_data(self, *, national: bool) -> None:
        if national and NATIONAL not in self.listing:
            self._add_data(*open_data(self._ordered()), keys=None)

    def _add_data(
        self, data: dict[str, str], listing: dict[str, list[Any]], *, keys: list[str] | None
    ) -> None:
        """Open-data files (and their listing) into the site; `keys`: only these regions' files."""
        from mkdocs.structure.files import File

        for key, items in listing.items():
            if keys is not None and key not in keys:
                continue
            self.listing[key] = items
            for item in items:
                uri = f"data/{item.name}"
                if uri in self.by_src:
                    self.by_src[uri].content_string = data[item.name]
                else:
                    self.files.append(File.generated(self.cfg, uri, content=data[item.name]))
        self._index()

    # ------------------------------------------------------------------ changes

    def update(self, slug: str, region: Region | None) -> str:
        """A region changed (None: it is gone). Returns 'pages' (its pages and the national ones
        are stale) or 'reopened' (the structure changed: everything again)."""
        old = self.regions.get(slug)
        if region is None:
            self.regions.pop(slug, None)
        else:
            self.regions[slug] = region
        if old is None or region is None or _shape(old) != _shape(region):
            self._open()
            return "reopened"
        specs = region_page_specs(region)
        if any(spec.uri not in self.by_src for spec in specs):
            self._open()
            return "reopened"
        self.stale.update({spec.uri: spec for spec in specs})
        self.stale.update({spec.uri: spec for spec in national_page_specs(nation(self._ordered()))})
        self.listing.pop(slug, None)
        self.listing.pop(NATIONAL, None)
        self.rendered.clear()
        return "pages"


def _shape(region: Region) -> tuple[Any, ...]:
    """What the navigation and the set of pages depend on: name, province, pillar files."""
    return (region.full_name, region.plan.region.province, tuple(part.code for part in region.parts))


def _preview_plugins(plugins: list[Any]) -> list[Any]:
    out = []
    for entry in plugins:
        name = entry if isinstance(entry, str) else next(iter(entry))
        if name in SKIPPED_PLUGINS:
            continue
        if name == "masterplan":  # no git history in the preview: it is the slowest part to gather
            options = {} if isinstance(entry, str) else dict(entry[name] or {})
            entry = {"masterplan": {**options, "history": False}}
        out.append(entry)
    return out
