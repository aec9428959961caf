"""The mkdocs plugin: validate the masterplans, make each page as mkdocs reaches it, group the nav.

Works with plain `mkdocs build` / `mkdocs serve` (validating by itself) and under
`masterplan build`, which validates first and hands over the regions and the PDF folder so that
nothing is read twice. Invalid input aborts the build with the diagnostics, never a traceback.
Besides pages, it adds the open-data downloads (data/) and the PDFs (pdf/) to the site; both come
from the same regions as the pages, so a public build publishes nothing the pages do not.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator import diagnostics
from generator.model.publication import select
from generator.model.region import Region
from generator.render.environment import TEMPLATES
from generator.site import branding, mkdocs_blocks, paths
from generator.site.downloads import open_data, open_data_listing
from generator.site.labels import labels
from generator.site.mkdocs_hooks import CachedBuild, cached_template_loader
from generator.site.national import nation
from generator.site.nav import build_nav
from generator.site.pagecache import PageCache, fingerprint
from generator.site.pages import Page as GeneratedPage
from generator.site.pages import (
    Plan,
    Site,
    drop_blank_lines,
    insert_charts,
    page_digest,
    pillar_css,
)
from generator.site.pdfs import SUMS, PdfDoc, manifest, sums_text
from generator.site.revisions import histories
from generator.validation.validate import validate_paths

log = logging.getLogger("mkdocs.plugins.masterplan")


class MasterplanConfig(Config):
    masterplans = c.Type(str, default="masterplans")
    pdf_dir = c.Type(str, default="build/pdf")
    lang = c.Optional(c.Choice(("id", "en")))
    # Plain `mkdocs build` only; `masterplan build --public` selects the regions itself.
    public = c.Type(bool, default=False)
    # Revision history pages from git (off: the pages say the history is not available).
    history = c.Type(bool, default=True)
    # A data repository's own look (masterplan.toml [site], generator/site/config.py): a logo
    # file, the theme's two colours, a folder of extra pages and files added to the site.
    logo = c.Optional(c.Type(str))
    primary = c.Optional(c.Type(str))
    accent = c.Optional(c.Type(str))
    pages = c.Optional(c.Type(str))


class MasterplanPlugin(BasePlugin[MasterplanConfig]):
    def __init__(self) -> None:
        self.provided = False
        self.regions: list[Region] | None = None
        self.pdf_folder: Path | None = None
        self.alternates: list[dict[str, str]] | None = None
        self.pdf_prefix = ""
        self.timings: dict[str, float] = {}
        self.page_count = 0
        self.charts: dict[str, bytes] = {}  # zlib-compressed JSON of a page's charts, until used
        self.blocks: dict[str, tuple[dict[str, str], list[tuple[str, str]]]] = {}
        self.cache: PageCache | None = None
        self.only: Callable[[str], bool] | None = None
        self.cached: CachedBuild | None = None
        self.nav: Navigation | None = None
        self.files: Files | None = None
        self.config_key = ""
        # What the site's record keeps (patch.py): each region's key, each national page's digest
        self.keys: dict[str, str] = {}
        self.national: dict[str, str] = {}
        self.templates = ""  # pages.templates_key
        # Deferred pages (a patch or the preview): made one at a time by `make_page`
        self.defer = False
        self.plan: Plan | None = None
        self.made: set[str] = set()  # pages whose Markdown is made

    def provide(
        self,
        regions: list[Region],
        *,
        pdf_folder: Path | None,
        pdf_prefix: str = "",
        alternates: list[dict[str, str]] | None = None,
        cache: PageCache | None = None,
        only: Callable[[str], bool] | None = None,
        config_key: str = "",
        defer: bool = False,
    ) -> None:
        """Used by `masterplan build`: already-validated regions and this build's PDFs (or none).

        `pdf_prefix='../'` is for a second-language build under <site>/<lang>/: it links the main
        site's PDFs instead of copying them. `cache`: reuse pages rendered by earlier builds
        (pagecache.py); the caller commits it when the build succeeded. `only`: render just the
        pages (source paths) it accepts, into the cache (a shard of a CI build; needs `cache`).
        `config_key`: a digest of the whole site configuration (part of every page's cache key).
        `defer`: register every page empty; `make_page` makes one when it is needed (patch.py).
        """
        self.provided = True
        self.cache, self.only, self.config_key, self.defer = cache, only, config_key, defer
        self.regions, self.pdf_folder, self.pdf_prefix, self.alternates = (
            regions,
            pdf_folder,
            pdf_prefix,
            alternates,
        )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path).resolve().parent
        self.root = base / self.config.masterplans
        self.pdf_source = self.pdf_folder if self.provided else base / self.config.pdf_dir
        self.lang = self.config.lang or _theme_language(config)
        if self.alternates is not None:
            config.extra["alternate"] = self.alternates
        if self.config.logo:
            config.theme["logo"] = branding.logo_uri(self.config.logo)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        start = time.perf_counter()
        if self.provided and self.regions is not None:
            regions = self.regions
        else:
            regions = select(self._validate(), public=self.config.public)
        evaluations = {r.slug: [ev.slug for ev in r.evaluations] for r in regions}
        generations = {r.slug: r.generation for r in regions}
        docs = manifest(self.pdf_source, [r.slug for r in regions], evaluations, generations)
        data: dict[str, str]
        opendata = self._cache_root(config) / "opendata"
        if self.pdf_prefix:  # a second-language build links the main site's data files
            data, listing = {}, open_data_listing(regions, cache_dir=opendata)
        else:
            data, listing = open_data(regions, cache_dir=opendata)
        history_start = time.perf_counter()
        cache = self._cache_root(config) / "history"
        revisions = histories(regions, lang=self.lang, cache_dir=cache) if self.config.history else {}
        self.timings["history"] = self.timings.get("history", 0.0) + time.perf_counter() - history_start
        site = Site(
            nation(regions),
            self.lang,
            docs,
            config.use_directory_urls,
            self.pdf_prefix,
            revisions or None,
            listing,
        )
        self.plan = Plan(site, cache=self.cache)
        self.templates, self.keys = self.plan.templates, self.plan.keys
        uris = list(self.plan.specs)
        for uri in uris:  # made when mkdocs reaches them (`on_pre_page`) or a patch asks (`make_page`)
            files.append(File.generated(config, uri, content=""))
        css = pillar_css(regions) + branding.colours_css(self.config.primary, self.config.accent)
        files.append(File.generated(config, "stylesheets/pillars.css", content=css))
        extra = branding.extra_files(self.config.logo, self.config.pages)
        extra = {uri: p for uri, p in extra.items() if files.get_file_from_path(uri) is None}
        for uri, source in extra.items():  # a generated page of the same name wins
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        if not self.pdf_prefix:  # a second-language build links the main site's files
            _add_pdfs(files, config, docs)
            for name, text in data.items():
                files.append(File.generated(config, paths.data_file(name), content=text))
        self.page_count = len(uris)
        config.nav = build_nav(site.nation, labels(self.lang)) + branding.extra_nav(extra)
        self.timings["generate"] = self.timings.get("generate", 0.0) + time.perf_counter() - start
        log.info("masterplan: %d regions, %d pages", len(regions), len(uris))
        return files

    def make_page(self, file: File) -> str | None:
        """A page's Markdown into its file (its blocks and charts kept here until used); its digest.
        None: not a page of ours, or made already."""
        uri = file.src_uri
        if self.plan is None or uri not in self.plan.specs or uri in self.made:
            return None
        page = self.plan.page(uri)
        self.made.add(uri)
        self.hold(file, page)
        made = page_digest(page)
        if paths.region_of(uri) is None:
            self.national[uri] = made
        return made

    def hold(self, file: File, page: GeneratedPage) -> None:
        """A generated page into the build: its Markdown into its file, its blocks and charts here."""
        file.content_string = page.content
        if page.charts:  # needed only when the page's theme is rendered, long after: compressed
            self.charts[file.src_uri] = zlib.compress(json.dumps(page.charts).encode(), 1)
        self.blocks[file.src_uri] = (page.blocks, page.links)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav, self.files = nav, files
        if self.cache is not None:
            self.cached = CachedBuild(self.cache, self.fingerprint(config), files, self.only)
        return nav

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        if not self.defer:
            self.make_page(page.file)
        if self.cached is not None:
            self.cached.before_render(page, self.blocks.get(page.file.src_uri))
        return page

    @event_priority(100)  # before any other plugin changes the body
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        blocks = self.blocks.pop(page.file.src_uri, ({}, []))  # used once: held no longer (memory)
        if self.cached is None or not self.cached.restored(page):
            page.content = html = mkdocs_blocks.fill(page, html, *blocks, files)
        if self.cached is not None and self.cached.after_render(page):
            return ""  # put aside until the build pass reaches the page (memory)
        return html

    @event_priority(100)  # before Material's search reads the body
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        if self.cached is not None:
            self.cached.load_body(page)
        return context

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        if self.cached is not None and self.nav is not None:
            cached_template_loader(env)
            self.cached.before_build(self.nav, self.charts)
            _wrap_search(config, self.cached)
        return env

    @event_priority(-100)  # last: the final HTML is what the cache stores
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        packed = self.charts.pop(page.file.src_uri, None)  # used once: held no longer (memory)
        if self.cached is not None and self.cached.hit(page):
            return self.cached.final_html(page, output)
        charts = json.loads(zlib.decompress(packed)) if packed else {}
        output = drop_blank_lines(insert_charts(output, charts))
        return self.cached.final_html(page, output) if self.cached is not None else output

    def _cache_root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).resolve().parent / "build" / "cache"

    def fingerprint(self, config: MkDocsConfig) -> str:
        theme_dirs = [Path(config.docs_dir)]
        if config.theme.custom_dir:
            theme_dirs.append(Path(config.theme.custom_dir))
        settings = {
            "lang": self.lang,
            "pdf_prefix": self.pdf_prefix,
            "directory_urls": config.use_directory_urls,
            "theme": {key: config.theme[key] for key in sorted(config.theme)},
            "extra": dict(config.extra),
        }
        return fingerprint(config_text=self.config_key, theme_dirs=theme_dirs, settings=settings)

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root))
        server.watch(str(TEMPLATES))
        return server

    def _validate(self) -> list[Region]:
        start = time.perf_counter()
        result = validate_paths([self.root])
        self.timings["validate"] = time.perf_counter() - start
        if result.errors:
            print(diagnostics.format_text(result.diagnostics), file=sys.stderr)
            raise PluginError(
                f"masterplan: {len(result.errors)} error(s) in {self.root.name}/; nothing was built "
                "(run `masterplan validate` for details)"
            )
        if result.warnings:
            log.info("masterplan: %d validation warning(s); see `masterplan validate`", len(result.warnings))
        return result.regions


def _wrap_search(config: MkDocsConfig, cached: CachedBuild) -> None:
    """Material's search plugin indexes each page by parsing it: replay cached entries instead."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is not None and hasattr(index, "add_entry_from_context"):
            add = index.add_entry_from_context
            index.add_entry_from_context = lambda page, index=index, add=add: cached.search_entries(
                page, index, add
            )


def _add_pdfs(files: Files, config: MkDocsConfig, docs: dict[str, list[PdfDoc]]) -> None:
    found = [d for ds in docs.values() for d in ds]
    for doc in found:
        files.append(File.generated(config, paths.pdf_file(doc.name), abs_src_path=str(doc.path)))
    if found:
        files.append(File.generated(config, paths.pdf_file(SUMS), content=sums_text(docs)))


def _theme_language(config: MkDocsConfig) -> str:
    try:
        language = config.theme["language"]
    except KeyError:
        return "id"
    return "en" if str(language).startswith("en") else "id"
