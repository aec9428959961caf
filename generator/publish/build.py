"""`masterplan build`: validate everything, render the PDFs, build the site, swap it into place.

The driver reads like its table of contents (`build()`): nothing is written until every
masterplan is valid; everything is written into a staging folder next to `site/`; the finished
site replaces the old one by two renames at the end. A failure at any step leaves the previous
`site/` exactly as it was.

Languages: Indonesian is the site at the root; English (if asked) is a second mkdocs build of the
same model under `site/en/`, with a language switch between them. PDFs (Indonesian, the official
documents) are rendered once and published under `site/pdf/` with a SHA256SUMS file.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import visible
from generator.history.git import GitError, git
from generator.model.publication import select
from generator.model.region import Region
from generator.pdf import cache as pdfcache
from generator.publish.unchanged import reuse_unchanged
from generator.site.config import ConfigError, SiteConfig, site_config
from generator.site.engine import LANGUAGES, SiteError, SiteResult, load_config, masterplan_plugin
from generator.site.search import choose
from generator.site.sites import render_sites, save_manifest, shard_pages
from generator.validation.validate import Result, validate_paths

Echo = Callable[[str], None]
PdfWriter = Callable[..., list[Path]]


class BuildError(Exception):
    """A build that could not finish (mkdocs or PDF failure); the previous site is untouched."""


class InvalidInput(Exception):
    """The masterplans have errors; carries the validation result with every diagnostic."""

    def __init__(self, result: Result) -> None:
        super().__init__(f"{len(result.errors)} error(s) in the masterplans")
        self.result = result


@dataclass
class BuildReport:
    site_dir: Path
    regions: list[Region]
    pages: dict[str, int] = field(default_factory=dict)
    pdfs: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    warnings: int = 0
    # Per language: source paths of the pages rendered (the others came from the page cache).
    rendered: dict[str, list[str]] = field(default_factory=dict)
    # Per language: whether the site was patched from the previous one (site/patch.py).
    patched: dict[str, bool] = field(default_factory=dict)


def build(
    *,
    config_file: Path | None = None,
    root: Path | None = None,
    site_dir: Path | None = None,
    region: str | None = None,
    pdf: bool = True,
    jobs: int = 1,
    strict: bool = False,
    langs: tuple[str, ...] = ("id", "en"),
    echo: Echo = lambda _: None,
    pdf_writer: PdfWriter | None = None,
    shard: str | None = None,
    public: bool = False,
    page_cache: bool = True,
    search: str = "auto",
) -> BuildReport:
    """Build the site (and PDFs) into `site_dir` (default: mkdocs.yml's site_dir).

    `root` is the data repository (default: the folder of `config_file`, else the current one);
    its configuration is the package's default plus its own mkdocs.yml / masterplan.toml
    (generator/site/config.py). `config_file` names an mkdocs.yml explicitly.

    `pdf_writer` replaces `generator.pdf.write_pdfs` (same signature), e.g. in tests.
    `public`: publish approved plans only, without internal fields (publication.py); every
    renderer (pages, search, open data, PDFs) then sees only the redacted regions.
    `page_cache`: reuse pages whose inputs did not change (generator/site/pagecache.py).
    `search`: 'auto' (Material's search up to a province's worth of regions, Pagefind above),
    'material' or 'pagefind' (generator/site/search.py).
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner on every build
    timer = _Timer()
    began = time.perf_counter()
    config = _site_config(root or (config_file.parent if config_file else Path.cwd()), config_file)
    root, site = _locations(config, site_dir)
    caches = config.root / "build" / "cache"
    _refuse_tracked(caches)
    with timer("validate"):
        result = _validate(root, region, strict=strict, lang=langs[0], cache_dir=caches / "validate")
    regions = select(result.regions, public=public)
    report = BuildReport(site, regions, timings=timer.times, warnings=len(result.warnings))
    echo(f"validated {len(result.regions)} region(s) in {timer.times['validate']:.1f} s")
    if public:
        echo(f"public build: {len(regions)} approved region(s) published, internal fields removed")
    cache = config.root / "build" / "cache" / "pdf"
    if shard:  # a CI matrix job: fill the PDF and page caches for this share of the regions
        _build_shard(
            config,
            regions,
            shard,
            report,
            timer,
            pdf=pdf,
            page_cache=page_cache,
            langs=langs,
            jobs=jobs,
            strict=strict,
            echo=echo,
            writer=pdf_writer,
            search=choose(search, len(regions)),
        )
        timer.times["total"] = time.perf_counter() - began
        return report
    site.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(
        site, lock=config.root / "build" / f"{site.name}.lock"
    ):  # one build at a time; recovers from a build that was killed
        stage = Path(
            tempfile.mkdtemp(prefix=f".{site.name}-build-", dir=site.parent)
        )  # same filesystem: rename
        try:
            pdf_dir = None
            if pdf:
                with timer("pdf"):
                    pdf_dir, report.pdfs = _render_pdfs(
                        regions,
                        stage / "pdf",
                        cache=cache,
                        jobs=jobs,
                        strict=strict,
                        echo=echo,
                        writer=pdf_writer,
                    )
            new_site = stage / "site"
            site_cache = cache.parent / "site" if page_cache else None
            mode = choose(search, len(regions))
            with timer("site"):
                try:
                    results = render_sites(
                        config,
                        new_site,
                        regions,
                        langs=langs,
                        pdf_dir=pdf_dir,
                        cache_root=site_cache,
                        jobs=jobs,
                        search=mode,
                        previous=site if site.is_dir() else None,
                    )
                except SiteError as exc:
                    raise BuildError(str(exc)) from None
            for lang, done in results.items():
                _report_language(report, timer, lang, done, page_cache=page_cache, echo=echo)
            with timer("swap"):
                reused, changed = reuse_unchanged(new_site, site)
                echo(f"{changed} file(s) new or changed, {reused} unchanged")
                _swap(new_site, site)
            if site_cache is not None:
                with timer("record"):
                    save_manifest(site_cache, site, results, search=mode)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    timer.times["total"] = time.perf_counter() - began
    return report


# --------------------------------------------------------------------------- steps


def _report_language(
    report: BuildReport, timer: _Timer, lang: str, done: SiteResult, *, page_cache: bool, echo: Echo
) -> None:
    report.pages[lang], report.rendered[lang] = done.pages, done.rendered
    report.patched[lang] = done.patched
    timer.times[f"mkdocs-{lang}"] = done.seconds
    timer.times[f"generate-{lang}"] = done.generate_seconds
    if done.patched:
        echo(
            f"patched the {LANGUAGES[lang]} site ({done.pages} pages, {len(done.rendered)} rendered, "
            f"the others linked from the previous site) in {done.seconds:.1f} s"
        )
        return
    reused = done.pages - len(done.rendered) if page_cache else 0
    echo(
        f"built the {LANGUAGES[lang]} site ({done.pages} pages, {reused} from the page cache) in {done.seconds:.1f} s"
    )


def _site_config(root: Path, config_file: Path | None) -> SiteConfig:
    try:
        return site_config(root, config_file)
    except ConfigError as exc:
        raise BuildError(str(exc)) from None


def _locations(config: SiteConfig, site_dir: Path | None) -> tuple[Path, Path]:
    """The masterplans folder (from the plugin's config) and the site folder, both absolute."""
    cfg = _load_config(config)
    plugin = _plugin(cfg, config)
    site = (site_dir or Path(cfg.site_dir)).resolve()
    return config.root / plugin.config.masterplans, site


def _plugin(cfg: Any, config: SiteConfig) -> Any:
    try:
        return masterplan_plugin(cfg, config)
    except SiteError as exc:
        raise BuildError(str(exc)) from None


def _refuse_tracked(caches: Path) -> None:
    """Caches are the build's own memory: records in them are trusted (pages' HTML is published as
    is, validated regions are pickles). A pull request that commits files into build/cache/ could
    plant them, so a build stops when git tracks anything there."""
    try:
        tracked = git(caches.parent.parent, "ls-files", "-z", "--", "build/cache").split(b"\0")
    except GitError:
        return  # not a git repository: nobody else commits into it
    tracked = [name for name in tracked if name]
    if tracked:
        first = visible(tracked[0].decode("utf-8", "replace"))
        raise BuildError(
            f"build/cache/ holds {len(tracked)} file(s) committed to git (e.g. {first}); caches must "
            "never come from the repository. Remove them from git: git rm -r --cached build/cache"
        )


def _validate(root: Path, region: str | None, *, strict: bool, lang: str, cache_dir: Path) -> Result:
    """Every region (or one): any error, or any warning under --strict, stops the build here."""
    target = root / region if region else root
    if region and not (target / "masterplan.yaml").is_file():
        raise BuildError(f"no region {region!r}: {target}/masterplan.yaml does not exist")
    result = validate_paths([target], lang=lang, cache_dir=cache_dir)
    if result.errors or (strict and result.warnings) or not result.regions:
        raise InvalidInput(result)
    return result


def _build_shard(
    config: SiteConfig,
    regions: list[Region],
    shard: str,
    report: BuildReport,
    timer: _Timer,
    *,
    pdf: bool,
    page_cache: bool,
    langs: tuple[str, ...],
    jobs: int,
    strict: bool,
    echo: Echo,
    writer: PdfWriter | None,
    search: str,
) -> None:
    """Share `shard` of the regions: their PDFs into the PDF cache, their pages into the page cache.

    The site is rendered with every region (pages show the navigation of all of them) but only
    this share's pages are rendered; a final `masterplan build` with every shard's caches then
    renders almost nothing and assembles the site.
    """
    cache = config.root / "build" / "cache"
    share = pdfcache.shard(regions, shard)
    with tempfile.TemporaryDirectory() as scratch:
        pdf_dir = None
        if pdf:
            with timer("pdf"):
                pdf_dir, report.pdfs = _render_pdfs(
                    share,
                    Path(scratch) / "pdf",
                    cache=cache / "pdf",
                    jobs=jobs,
                    strict=strict,
                    echo=echo,
                    writer=writer,
                )
        if not page_cache:
            return
        with timer("site"):
            try:
                results = render_sites(
                    config,
                    Path(scratch) / "site",
                    regions,
                    langs=langs,
                    pdf_dir=pdf_dir,
                    cache_root=cache / "site",
                    jobs=jobs,
                    only=shard_pages(regions, share),
                    search=search,
                )
            except SiteError as exc:
                raise BuildError(str(exc)) from None
        for lang, done in results.items():
            report.pages[lang], report.rendered[lang] = len(done.rendered), done.rendered
            echo(f"shard {shard}: {len(done.rendered)} {LANGUAGES[lang]} page(s) into the page cache")


def _render_pdfs(
    regions: list[Region],
    out: Path,
    *,
    cache: Path,
    jobs: int,
    strict: bool,
    echo: Echo,
    writer: PdfWriter | None,
) -> tuple[Path | None, list[Path]]:
    """Every region's PDFs into `out`, rendering only regions whose inputs changed (pdfcache)."""
    if writer is None:
        try:
            from generator.pdf import write_pdfs
        except ImportError:
            echo("PDF renderer not available (generator.pdf); building the site without PDFs")
            return None, []
        writer = write_pdfs
    files, rendered = pdfcache.render_cached(
        regions, out, cache_dir=cache, writer=writer, jobs=jobs, strict=strict, progress=sys.stderr.isatty()
    )  # a rich bar on a terminal only
    echo(f"{len(files)} PDF(s): {rendered} region(s) rendered, {len(regions) - rendered} unchanged (cache)")
    return out, files


@contextlib.contextmanager
def _exclusive(site: Path, *, lock: Path) -> Iterator[None]:
    """Hold a lock beside `site` for the whole build, after cleaning what a killed build left.

    A build killed mid-way (power cut, CI timeout, Ctrl-C twice) leaves its staging folder, and if
    it died inside `_swap`, the previous site renamed aside: the next build puts that back first.
    The lock file lives in build/ (ignored by git), not beside the site.
    """
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(f"another build is writing {site} (lock {lock})") from None
        olds = sorted(site.parent.glob(f".{site.name}-old-*"))
        if not site.exists() and olds:
            os.rename(olds[-1], site)
        for stale in [*site.parent.glob(f".{site.name}-build-*"), *site.parent.glob(f".{site.name}-old-*")]:
            shutil.rmtree(stale, ignore_errors=True)
        yield


def _swap(new_site: Path, site: Path) -> None:
    """Replace `site` by `new_site` with renames on the same filesystem; restore on failure."""
    old = site.with_name(f".{site.name}-old-{os.getpid()}")
    if site.exists():
        os.rename(site, old)
    try:
        os.rename(new_site, site)
    except OSError:
        if old.exists():
            os.rename(old, site)
        raise
    shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------- helpers


def _load_config(config: SiteConfig, **overrides: Any) -> Any:
    try:
        return load_config(config, **overrides)
    except SiteError as exc:
        raise BuildError(str(exc)) from None


class _Timer:
    def __init__(self) -> None:
        self.times: dict[str, float] = {}

    def __call__(self, name: str) -> _Timer:
        self._name = name
        return self

    def __enter__(self) -> None:
        self._start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.times[self._name] = time.perf_counter() - self._start
