"""Incremental PDFs: a content-addressed cache so unchanged regions are never rendered twice.

A region's PDFs are a pure function of (its source files and assets, the renderer's code and
templates, SOURCE_DATE_EPOCH, public or review build): builds are byte-reproducible, so the hash of
those inputs names the output. Rendering costs ~0.14 s per page per core (a national build is tens
of CPU-minutes) while hashing a region costs milliseconds, so after editing one region of 514 only
that region's documents are rendered again.

The cache lives in `build/cache/pdf/<slug>-<key>/`; hits are hard-linked (or copied) into the
build's staging folder. `masterplan build --shard I/N` fills the cache for a deterministic share of
the regions, so a CI matrix can render in parallel and a final job assembles the site from hits.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from generator.files import PACKAGE, code_files, fingerprint, link_or_copy
from generator.model.documents import PDF_NAME
from generator.model.publication import sources
from generator.model.region import Region
from generator.render.environment import TEMPLATES

Writer = Callable[..., list[Path]]


@cache
def code_fingerprint() -> str:
    """Hash of everything that shapes a PDF besides the region: the package and print templates."""
    return fingerprint(code_files(TEMPLATES / "pdf", TEMPLATES / "shared"), base=PACKAGE.parent)


def region_key(region: Region) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(f"public={region.public};epoch={os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    for name, data in sources(region):
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    assets = region.folder / "assets"
    # The validator refused links leading out of assets/ (E024); a linked assets/ is never walked.
    for path in sorted(assets.rglob("*")) if assets.is_dir() and not assets.is_symlink() else []:
        if path.is_file():
            digest.update(str(path.relative_to(region.folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def shard(regions: list[Region], spec: str | None) -> list[Region]:
    """Regions of shard `I/N` (1-based): every N-th region in slug order, deterministic."""
    if not spec:
        return regions
    index, total = parse_shard(spec)
    ordered = sorted(regions, key=lambda r: r.slug)
    return [r for k, r in enumerate(ordered) if k % total == index - 1]


def parse_shard(spec: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)/(\d+)", spec.strip())
    if not match or not 1 <= int(match[1]) <= int(match[2]):
        raise ValueError(f"--shard must be I/N with 1 ≤ I ≤ N, e.g. 2/4 (got {spec!r})")
    return int(match[1]), int(match[2])


def render_cached(
    regions: list[Region],
    out: Path,
    *,
    cache_dir: Path,
    writer: Writer,
    jobs: int,
    strict: bool,
    progress: bool = False,
) -> tuple[list[Path], int]:
    """Put every region's PDFs into `out`, rendering only cache misses. Returns (files, rendered)."""
    out.mkdir(parents=True, exist_ok=True)
    keys = {r.slug: region_key(r) for r in regions}
    misses = [r for r in regions if not _entry(cache_dir, r.slug, keys[r.slug]).is_dir()]
    if misses:
        _render_into_cache(
            misses, keys, cache_dir, writer=writer, jobs=jobs, strict=strict, progress=progress
        )
    files: list[Path] = []
    for region in regions:
        for cached in sorted(_entry(cache_dir, region.slug, keys[region.slug]).iterdir()):
            files.append(_link(cached, out / cached.name))
    return files, len(misses)


def _entry(cache_dir: Path, slug: str, key: str) -> Path:
    return cache_dir / f"{slug}-{key}"


def _render_into_cache(
    misses: list[Region],
    keys: dict[str, str],
    cache_dir: Path,
    *,
    writer: Writer,
    jobs: int,
    strict: bool,
    progress: bool,
) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".render-", dir=cache_dir) as tmp:
        written = writer(misses, Path(tmp), jobs=jobs, strict=strict, progress=progress)
        slugs = sorted((r.slug for r in misses), key=len, reverse=True)
        by_slug: dict[str, list[Path]] = {slug: [] for slug in slugs}
        for path in written:
            owner = next(s for s in slugs if path.name.startswith(f"{s}-") and PDF_NAME.match(path.name))
            by_slug[owner].append(path)
        for slug, paths in by_slug.items():
            entry = _entry(cache_dir, slug, keys[slug])
            staging = Path(tempfile.mkdtemp(prefix=".entry-", dir=cache_dir))
            for path in paths:
                os.replace(path, staging / path.name)
            own = re.compile(re.escape(slug) + r"-[0-9a-f]{24}")
            for stale in cache_dir.glob(f"{slug}-*"):  # keep one entry per region: the cache stays small
                if stale.is_dir() and own.fullmatch(stale.name):
                    shutil.rmtree(stale, ignore_errors=True)
            os.replace(staging, entry)  # whole entries only: an interrupted render leaves no half entry


def _link(source: Path, target: Path) -> Path:
    link_or_copy(source, target)
    return target
