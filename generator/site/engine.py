"""Render one language's site for a model with mkdocs: the one place that runs an mkdocs build.

    render_site(site_config(root), out, regions, lang="id", cache_dir=root / "build/cache/site/id")

renders every page of one language for the given (already validated) regions into `out`, with
the data repository's site configuration (config.py: defaults + its mkdocs.yml/masterplan.toml),
and returns which pages it had to render: with a `cache_dir`, pages whose inputs did not change
since an earlier call are reused (pagecache.py says exactly which inputs count). The output is
the same, byte for byte, as a render without the cache (tests/site/test_pagecache.py).
`configure` sets up the build's configuration and plugin, for this and for a patch (patch.py);
`sites.render_sites` does every language, patched when it can be.

Page *generation* (model → Markdown, pages.py) does not depend on mkdocs; this module and the
plugin are the mkdocs-specific part.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.model.region import Region
from generator.site.config import SiteConfig
from generator.site.labels import labels
from generator.site.pagecache import PageCache, digest
from generator.site.record import Record, record
from generator.site.search import NATIONAL

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
MAIN_LANG = "id"
PALETTE_NAMES = {
    "en": {"default": "Switch to dark mode", "slate": "Switch to light mode"},
}


class SiteError(Exception):
    """mkdocs could not build the site (strict warnings, configuration, plugin error)."""


@dataclass
class SiteResult:
    lang: str
    pages: int = 0
    # Source paths of the pages whose HTML was rendered; the other pages came from the cache.
    rendered: list[str] = field(default_factory=list)
    generate_seconds: float = 0.0  # our page generation (model → Markdown) inside the build
    seconds: float = 0.0  # the whole mkdocs build
    record: Record | None = None  # what a later build needs to patch this one (record.py)
    patched: bool = False  # made by patching the previous site (patch.py), not by a full build


def render_site(
    config: SiteConfig,
    out: Path,
    regions: list[Region],
    *,
    lang: str = MAIN_LANG,
    langs: tuple[str, ...] | None = None,
    pdf_dir: Path | None = None,
    cache_dir: Path | None = None,
    only: Callable[[str], bool] | None = None,
    search: str = "material",
) -> SiteResult:
    """One strict mkdocs build of one language into `out` (emptied first).

    `langs`: every language the published site has (for the language switch and, for a
    secondary language, links to the main site's PDFs one level up). `cache_dir`: the page cache
    of this language (None: render everything, store nothing). `only`: render just the pages
    whose source path it accepts, into the cache (a shard: `out` is then not a usable site).
    `search`: 'material' (Material's search plugin) or 'pagefind' (its box and scripts in the
    pages; `render_sites` builds the index once every language is rendered; search.py).
    The result carries the site's `Record` (record.py), with which a later build can patch it.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    start = time.perf_counter()
    cache = PageCache(cache_dir) if cache_dir is not None else None
    cfg, plugin = configure(
        config, out, regions, lang=lang, langs=langs, pdf_dir=pdf_dir, search=search, cache=cache, only=only
    )
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(cfg)
        if cache is not None:
            cache.commit(prune=only is None)  # a shard keeps what other shards need
    except MkDocsException as exc:  # Abort (strict warnings), PluginError, ConfigurationError
        raise SiteError(f"mkdocs build ({LANGUAGES[lang]}) failed: {exc}") from None
    finally:
        cfg.plugins.on_shutdown()
        if cache is not None:
            cache.discard()  # a no-op after commit
    rendered = plugin.cached.rendered if plugin.cached else []
    return SiteResult(
        lang,
        plugin.page_count,
        list(rendered),
        plugin.timings.get("generate", 0.0),
        time.perf_counter() - start,
        record=record(plugin, cfg, plugin.files, plugin.nav) if only is None else None,
    )


def configure(
    config: SiteConfig,
    out: Path,
    regions: list[Region],
    *,
    lang: str,
    langs: tuple[str, ...] | None,
    pdf_dir: Path | None,
    search: str,
    cache: PageCache | None = None,
    only: Callable[[str], bool] | None = None,
    defer: bool = False,
) -> tuple[Any, Any]:
    """The mkdocs configuration and masterplan plugin of one language's build into `out`."""
    langs = langs or (lang,)
    cfg = load_config(config, site_dir=str(out), strict=True, **language_overrides(config, lang))
    plugin = masterplan_plugin(cfg, config)
    plugin.config.lang = lang
    secondary = lang != MAIN_LANG and MAIN_LANG in langs
    if search == "pagefind":
        _use_pagefind(cfg, lang, root="../" if secondary else "")
    alternates = [
        # link: from this build's root; root: from the site's root (404 pages link from there)
        {
            "name": LANGUAGES[code],
            "lang": code,
            "link": alternate_link(code, lang),
            "root": alternate_link(code, MAIN_LANG),
        }
        for code in ordered(langs)
    ]
    plugin.provide(
        regions,
        pdf_folder=pdf_dir,
        pdf_prefix="../" if secondary else "",
        alternates=alternates if len(langs) > 1 else None,
        cache=cache,
        only=only,
        config_key=digest(config.data),
        defer=defer,
    )
    return cfg, plugin


# --------------------------------------------------------------------------- configuration


def _use_pagefind(cfg: Any, lang: str, *, root: str) -> None:
    """Material's search plugin off (no index, no search box); Pagefind's box in its place.

    One Pagefind index for every language, at the main site's root (`root` from this build's).
    """
    material = cfg.plugins.get("material/search")
    if material is not None:
        material.config["enabled"] = False
    cfg.extra["masterplan_search"] = "pagefind"
    cfg.extra["masterplan_search_bundle"] = f"{root}pagefind/"
    cfg.extra["masterplan_search_ui"] = f"{root}pagefind/{NATIONAL}/"  # the bundle whose UI loads
    cfg.extra["masterplan_search_offline"] = labels(lang)("search_needs_http")


def load_config(config: SiteConfig, **overrides: Any) -> Any:
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        return config.load(**overrides)
    except (ConfigurationError, Abort) as exc:
        raise SiteError(f"site configuration ({' + '.join(config.sources)}): {exc}") from None


def masterplan_plugin(cfg: Any, config: SiteConfig) -> Any:
    try:
        return cfg.plugins["masterplan"]
    except KeyError:
        raise SiteError(
            f"{config.path}: the `masterplan` plugin is missing from `plugins:` (a list in your "
            "mkdocs.yml replaces the default one: keep `- masterplan` in it)"
        ) from None


def language_overrides(config: SiteConfig, lang: str) -> dict[str, Any]:
    """mkdocs.yml is written for the Indonesian site; other languages swap the theme's strings."""
    if lang == MAIN_LANG:
        return {}
    theme = dict(config.data["theme"], language=lang)
    names = PALETTE_NAMES.get(lang, {})
    theme["palette"] = [
        dict(
            entry,
            toggle=dict(entry["toggle"], name=names.get(entry.get("scheme", ""), entry["toggle"]["name"])),
        )
        for entry in theme.get("palette", [])
    ]
    return {"theme": theme}


def alternate_link(code: str, current: str) -> str:
    """Path from the current build's root to `code`'s root (the page path is appended in the theme)."""
    here = "" if current == MAIN_LANG else "../"
    return here if code == MAIN_LANG else f"{here}{code}/"


def ordered(langs: tuple[str, ...]) -> list[str]:
    """Main language first."""
    return sorted(dict.fromkeys(langs), key=lambda code: code != MAIN_LANG)
