"""Render the site for a model: the one entry point for `masterplan build` and the live preview.

    render_site(site_config(root), out, regions, lang="id", cache_dir=root / "build/cache/site/id")

renders every page of one language for the given (already validated) regions into `out`, with
the data repository's site configuration (config.py: defaults + its mkdocs.yml/masterplan.toml), and returns which pages it had to render: with a
`cache_dir`, pages whose inputs did not change since an earlier call are reused (pagecache.py
says exactly which inputs count), so a caller that re-renders after each edit of one region pays
for that region's pages and the national pages, not for the whole site. The output is the same,
byte for byte, as a render without the cache (tests/site/test_pagecache.py).

`render_sites` does the same for several languages (the main one at `out`, the others under
`out/<lang>/`, with a language switch), in parallel processes when `jobs` > 1.

Page *generation* (model → Markdown, pages.py) does not depend on mkdocs; this module and the
plugin are the mkdocs-specific part.
"""

from __future__ import annotations

import multiprocessing
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.model.region import Region
from generator.site.config import SiteConfig
from generator.site.labels import labels
from generator.site.pagecache import PageCache, digest
from generator.site.search import NATIONAL, SearchError, bundle_name, pagefind_index

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
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    langs = langs or (lang,)
    start = time.perf_counter()
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
    cache = PageCache(cache_dir) if cache_dir is not None else None
    plugin.provide(
        regions,
        pdf_folder=pdf_dir,
        pdf_prefix="../" if secondary else "",
        alternates=alternates if len(langs) > 1 else None,
        cache=cache,
        only=only,
        config_key=digest(config.data) if cache is not None else "",
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
    )


def render_sites(
    config: SiteConfig,
    out: Path,
    regions: list[Region],
    *,
    langs: tuple[str, ...],
    pdf_dir: Path | None = None,
    cache_root: Path | None = None,
    jobs: int = 1,
    only: Callable[[str], bool] | None = None,
    search: str = "material",
) -> dict[str, SiteResult]:
    """Every language: the main one into `out`, the others into `out/<lang>/`.

    With `jobs` > 1, the other languages build in forked processes at the same time as the main
    one (each into a folder of its own, moved under `out` at the end: the main build empties
    `out` first). The regions are inherited by the fork, not copied or pickled.
    """
    languages = ordered(langs)
    main, others = languages[0], languages[1:]
    cache = (lambda code: cache_root / code) if cache_root is not None else (lambda code: None)
    side = {code: out.with_name(f"{out.name}-{code}") for code in others}
    kwargs: dict[str, Any] = {"langs": langs, "pdf_dir": pdf_dir, "only": only, "search": search}
    results: dict[str, SiteResult] = {}
    if jobs > 1 and others:
        ctx = multiprocessing.get_context("fork")
        pending = []
        for code in others:
            receive, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(
                target=_child, args=(send, config, side[code], regions, code, cache(code), kwargs)
            )
            proc.start()
            send.close()
            pending.append((code, proc, receive))
        try:
            results[main] = render_site(config, out, regions, lang=main, cache_dir=cache(main), **kwargs)
        finally:
            outcomes = {code: _collect(proc, receive) for code, proc, receive in pending}
        for code, outcome in outcomes.items():
            if isinstance(outcome, str):
                raise SiteError(outcome)
            results[code] = outcome
    else:
        results[main] = render_site(config, out, regions, lang=main, cache_dir=cache(main), **kwargs)
        for code in others:
            results[code] = render_site(
                config, side[code], regions, lang=code, cache_dir=cache(code), **kwargs
            )
    for code in others:
        shutil.move(str(side[code]), str(out / code))
    if search == "pagefind" and only is None:
        bundles = {r.slug: bundle_name(r.plan.region.province) for r in regions}
        try:
            pagefind_index(
                out,
                bundles,
                lang_folders=set(others),
                cache_dir=cache_root / "search" if cache_root is not None else None,
                jobs=jobs,
            )
        except SearchError as exc:
            raise SiteError(str(exc)) from None
    return {code: results[code] for code in languages}


def shard_pages(regions: list[Region], share: list[Region]) -> Callable[[str], bool]:
    """The pages of a shard: its regions' pages, and the national pages if it has the first region."""
    slugs = {r.slug for r in share}
    first = min((r.slug for r in regions), default=None)
    national = first in slugs

    def accept(uri: str) -> bool:
        parts = uri.split("/")
        if parts[0] == "wilayah" and len(parts) == 3:
            return parts[1] in slugs
        return national

    return accept


def _child(
    send: Any,
    config: SiteConfig,
    out: Path,
    regions: list[Region],
    lang: str,
    cache_dir: Path | None,
    kwargs: dict[str, Any],
) -> None:
    try:
        send.send(render_site(config, out, regions, lang=lang, cache_dir=cache_dir, **kwargs))
    except Exception as exc:  # noqa: BLE001 (reported by the parent as a build failure)
        send.send(f"{type(exc).__name__}: {exc}" if not isinstance(exc, SiteError) else str(exc))
    finally:
        send.close()


def _collect(proc: Any, receive: Any) -> SiteResult | str:
    try:
        outcome: SiteResult | str = receive.recv()
    except EOFError:
        outcome = "a language build process ended without a result"
    proc.join()
    if proc.exitcode not in (0, None) and not isinstance(outcome, str):
        return f"a language build process failed (exit code {proc.exitcode})"
    return outcome


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
