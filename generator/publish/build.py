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

from generator.model.publication import select
from generator.model.region import Region
from generator.pdf import cache as pdfcache
from generator.publish.unchanged import reuse_unchanged
from generator.site.config import ConfigError, SiteConfig, site_config
from generator.validation.validate import Result, validate_paths

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
MAIN_LANG = "id"
PALETTE_NAMES = {
    "en": {"default": "Switch to dark mode", "slate": "Switch to light mode"},
}

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
) -> BuildReport:
    """Build the site (and PDFs) into `site_dir` (default: mkdocs.yml's site_dir).

    `root` is the data repository (default: the folder of `config_file`, else the current one);
    its configuration is the package's default plus its own mkdocs.yml / masterplan.toml
    (generator/site/config.py). `config_file` names an mkdocs.yml explicitly.

    `pdf_writer` replaces `generator.pdf.write_pdfs` (same signature), e.g. in tests.
    `public`: publish approved plans only, without internal fields (publication.py); every
    renderer (pages, search, open data, PDFs) then sees only the redacted regions.
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner on every build
    timer = _Timer()
    config = _site_config(root or (config_file.parent if config_file else Path.cwd()), config_file)
    root, site = _locations(config, site_dir)
    with timer("validate"):
        result = _validate(root, region, strict=strict, lang=langs[0])
    regions = select(result.regions, public=public)
    report = BuildReport(site, regions, timings=timer.times, warnings=len(result.warnings))
    echo(f"validated {len(result.regions)} region(s) in {timer.times['validate']:.1f} s")
    if public:
        echo(f"public build: {len(regions)} approved region(s) published, internal fields removed")
    cache = config.root / "build" / "cache" / "pdf"
    if shard:  # a CI matrix job: fill the PDF cache for this share of the regions, no site
        with timer("pdf"), tempfile.TemporaryDirectory() as scratch:
            _render_pdfs(
                pdfcache.shard(regions, shard),
                Path(scratch),
                cache=cache,
                jobs=jobs,
                strict=strict,
                echo=echo,
                writer=pdf_writer,
            )
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
            for lang in _ordered(langs):
                out = new_site if lang == MAIN_LANG or MAIN_LANG not in langs else new_site / lang
                with timer(f"mkdocs-{lang}"):
                    plugin = _run_mkdocs(config, out, regions, lang=lang, langs=langs, pdf_dir=pdf_dir)
                report.pages[lang] = plugin.page_count
                timer.times[f"generate-{lang}"] = plugin.timings.get("generate", 0.0)
                echo(
                    f"built the {LANGUAGES[lang]} site ({plugin.page_count} pages) in {timer.times[f'mkdocs-{lang}']:.1f} s"
                )
            with timer("swap"):
                reused, changed = reuse_unchanged(new_site, site)
                echo(f"{changed} file(s) new or changed, {reused} unchanged")
                _swap(new_site, site)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return report


# --------------------------------------------------------------------------- steps


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
        return cfg.plugins["masterplan"]
    except KeyError:
        raise BuildError(
            f"{config.path}: the `masterplan` plugin is missing from `plugins:` (a list in your "
            "mkdocs.yml replaces the default one: keep `- masterplan` in it)"
        ) from None


def _validate(root: Path, region: str | None, *, strict: bool, lang: str) -> Result:
    """Every region (or one): any error, or any warning under --strict, stops the build here."""
    target = root / region if region else root
    if region and not (target / "masterplan.yaml").is_file():
        raise BuildError(f"no region {region!r}: {target}/masterplan.yaml does not exist")
    result = validate_paths([target], lang=lang)
    if result.errors or (strict and result.warnings) or not result.regions:
        raise InvalidInput(result)
    return result


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


def _run_mkdocs(
    config: SiteConfig,
    out: Path,
    regions: list[Region],
    *,
    lang: str,
    langs: tuple[str, ...],
    pdf_dir: Path | None,
) -> Any:
    """One strict mkdocs build of one language into `out`; returns the masterplan plugin instance."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    cfg = _load_config(config, site_dir=str(out), strict=True, **_language_overrides(config, lang))
    plugin = _plugin(cfg, config)
    plugin.config.lang = lang
    secondary = lang != MAIN_LANG and MAIN_LANG in langs
    alternates = [
        {"name": LANGUAGES[code], "lang": code, "link": _alternate_link(code, lang)}
        for code in _ordered(langs)
    ]
    plugin.provide(
        regions,
        pdf_folder=pdf_dir,
        pdf_prefix="../" if secondary else "",
        alternates=alternates if len(langs) > 1 else None,
    )
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(cfg)
    except MkDocsException as exc:  # Abort (strict warnings), PluginError, ConfigurationError
        raise BuildError(f"mkdocs build ({LANGUAGES[lang]}) failed: {exc}") from None
    finally:
        cfg.plugins.on_shutdown()
    return plugin


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
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        return config.load(**overrides)
    except (ConfigurationError, Abort) as exc:
        raise BuildError(f"site configuration ({' + '.join(config.sources)}): {exc}") from None


def _language_overrides(config: SiteConfig, lang: str) -> dict[str, Any]:
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


def _alternate_link(code: str, current: str) -> str:
    """Path from the current build's root to `code`'s root (the page path is appended in the theme)."""
    here = "" if current == MAIN_LANG else "../"
    return here if code == MAIN_LANG else f"{here}{code}/"


def _ordered(langs: tuple[str, ...]) -> list[str]:
    """Main language first: its build cleans the staging site folder the others live in."""
    return sorted(dict.fromkeys(langs), key=lambda code: code != MAIN_LANG)


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
