"""Patch the previous site: render only the pages an edit affects, link every other file.

A full build runs mkdocs over every page; even when every page comes from the page cache, mkdocs
still reads, checks and writes each of them (514 regions: ~11,000 pages, a minute). A patch does
what the live preview does for one page, for the pages an edit affects: with the build's own
configuration, plugins and theme, it registers every page, builds the navigation, makes the
Markdown of just the pages whose inputs changed and renders them through mkdocs' own page steps.
Every other file is a hard link to the previous site's file.

Which pages changed comes from the previous build's `Record` (record.py): a region page when its
region's key differs (`pages.region_key`: the region's model, PDFs, open data and history); a
national page, made again every time (it shows every region), when its generated content differs.
A patch is refused (`None`: the caller runs a full build, which still reuses the page cache) when
anything else may have moved: another shape (tool, configuration, theme or page templates, the
list of files, the navigation), a page whose title or tags changed (the navigation of other pages
and the tag listing show them), or Material's search (its single index holds every page).
`tests/site/test_patch.py` proves a patched site equals a full build byte for byte.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from generator.files import link_or_copy
from generator.model.region import Region
from generator.site.config import SiteConfig
from generator.site.engine import LANGUAGES, SiteError, SiteResult, configure
from generator.site.pagecache import TAGS_LISTING
from generator.site.paths import region_of
from generator.site.record import Record, other_page_digest, page_facts, shape


def patch_site(
    config: SiteConfig,
    out: Path,
    previous: Path,
    regions: list[Region],
    before: Record,
    *,
    lang: str,
    langs: tuple[str, ...],
    pdf_dir: Path | None,
    search: str,
    skip: frozenset[str] = frozenset(),
) -> SiteResult | None:
    """One language's site into `out` (made empty), patched from `previous`, built with record `before`.

    `skip`: top-level names of `previous` that are not this language's (other languages' folders,
    the search index): not linked. None: the site cannot be patched; build it in full.
    """
    from mkdocs import utils
    from mkdocs.exceptions import MkDocsException

    if search != "pagefind" or not previous.is_dir():
        return None
    start = time.perf_counter()
    _empty(out)
    cfg, plugin = configure(
        config, out, regions, lang=lang, langs=langs, pdf_dir=pdf_dir, search=search, defer=True
    )
    warnings = utils.CountHandler()
    warnings.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(warnings)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        done = _patch(cfg, plugin, out, previous, before)
        if done is not None and warnings.get_counts():
            counts = ", ".join(f"{v} {k.lower()}s" for k, v in warnings.get_counts())
            raise SiteError(f"mkdocs build ({LANGUAGES[lang]}) failed: Aborted with {counts} in strict mode!")
    except MkDocsException as exc:
        raise SiteError(f"mkdocs build ({LANGUAGES[lang]}) failed: {exc}") from None
    finally:
        logging.getLogger("mkdocs").removeHandler(warnings)
        cfg.plugins.on_shutdown()
    if done is None:
        _empty(out)
        return None
    rendered, after = done
    _link_rest(previous, out, skip)
    seconds = time.perf_counter() - start
    generate = plugin.timings.get("generate", 0.0)
    return SiteResult(lang, plugin.page_count, rendered, generate, seconds, record=after, patched=True)


def _patch(
    cfg: Any, plugin: Any, out: Path, previous: Path, before: Record
) -> tuple[list[str], Record] | None:
    """mkdocs.commands.build.build, for the changed pages only. None: the shape changed."""
    from mkdocs.commands.build import _build_page, _build_theme_template, _populate_page, get_navigation
    from mkdocs.structure.files import get_files, set_exclusions

    cfg = cfg.plugins.on_config(cfg)
    cfg.plugins.on_pre_build(config=cfg)
    files = get_files(cfg)
    env = cfg.theme.get_env()
    files.add_files_from_theme(env, cfg)
    files = cfg.plugins.on_files(files, config=cfg)
    set_exclusions(files, cfg)
    nav = get_navigation(files, cfg)
    nav = cfg.plugins.on_nav(nav, config=cfg, files=files)
    after = Record(shape(plugin.fingerprint(cfg), plugin.templates, files, nav), {}, {}, dict(before.pages))
    if after.shape != before.shape:
        return None
    changed = _changed(plugin, files, before, after)
    docs = files.documentation_pages()
    for file in docs:  # unchanged pages: mkdocs needs only their titles (navigation)
        if file.src_uri not in changed:
            facts = before.pages.get(file.src_uri)
            if facts is None:
                return None
            file.page.markdown, file.page._title_from_render = "", facts[0]
    for uri in changed:
        page = files.get_file_from_path(uri).page
        _populate_page(page, cfg, files)
        if page_facts(page) != before.pages.get(uri):
            return None  # other pages show its title, or the tag listing its tags
    for file in docs:  # a tag listing, even unchanged: the tags plugin links pages' tags to it
        if file.src_uri not in changed and TAGS_LISTING in file.content_string:
            _populate_page(file.page, cfg, files)
    env = cfg.plugins.on_env(env, config=cfg, files=files)
    _empty(out)  # what on_env wrote (the tags plugin's export) is the same as before: linked
    _copy_changed_files(files, out, previous)
    for template in cfg.theme.static_templates:  # sitemap (dated), 404
        _build_theme_template(template, env, files, cfg, nav)
    for uri in changed:
        _build_page(files.get_file_from_path(uri).page, cfg, docs, nav, env)
    for uri in changed:
        files.get_file_from_path(uri).page.validate_anchor_links(
            files=files, log_level=cfg.validation.links.anchors
        )
    return sorted(changed), after


def _changed(plugin: Any, files: Any, before: Record, after: Record) -> set[str]:
    """Source paths of the pages whose inputs differ from the previous build's; their Markdown made."""
    plan = plugin.plan
    after.regions = dict(plan.keys)
    changed = set()
    for uri in plan.specs:
        slug = region_of(uri)
        if slug is not None and plan.keys[slug] != before.regions.get(slug):
            plugin.make_page(files.get_file_from_path(uri))
            changed.add(uri)
    for uri in plan.national():
        plugin.make_page(files.get_file_from_path(uri))
    after.national.update(plugin.national)
    for file in files.documentation_pages():  # pages of the data repository's own (masterplan.toml)
        if file.src_uri not in plan.specs:
            after.national[file.src_uri] = other_page_digest(file)
    changed |= {uri for uri, key in after.national.items() if before.national.get(uri) != key}
    return changed


def _copy_changed_files(files: Any, out: Path, previous: Path) -> None:
    """Static and generated files (data, PDFs, CSS, theme assets) whose bytes differ from the previous site's."""
    for file in files:
        if file.is_documentation_page() or not file.inclusion.is_included():
            continue
        old = previous / file.dest_uri
        if not _same(file, old):
            file.copy_file()


def _same(file: Any, old: Path) -> bool:
    try:
        size = old.stat().st_size
    except OSError:
        return False
    if file.abs_src_path is None:  # generated in memory
        return len(file.content_bytes) == size and file.content_bytes == old.read_bytes()
    source = Path(file.abs_src_path)
    return source.stat().st_size == size and filecmp.cmp(source, old, shallow=False)


def _link_rest(previous: Path, out: Path, skip: frozenset[str]) -> None:
    """Every file of the previous site that this build did not write, as a hard link."""
    for folder, dirs, names in os.walk(previous):
        rel = Path(folder).relative_to(previous)
        if rel == Path("."):
            dirs[:] = [d for d in dirs if d not in skip]
            names = [n for n in names if n not in skip]
        target = out / rel
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            if not (target / name).exists():
                link_or_copy(Path(folder) / name, target / name)


def _empty(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
