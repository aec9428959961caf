"""Which search a site gets, and the Pagefind index for the national one.

Material's search loads one index of every page into the browser and builds it there: fine for a
province (and it works from a folder or USB stick, file://), unusable for the nation (at 514
regions a 70 MB index, half a minute to the first result, gigabytes of browser memory). A site
with more regions than a province has uses Pagefind instead: a chunked static index, built here
from the finished HTML of every language, of which the browser fetches only the few fragments a
query needs. Pagefind needs the site served over HTTP; its pages say so when opened from a folder.

The index is split into bundles, one per province (its regions' pages in every language) and one
for the national pages, searched together in the browser. Each bundle is indexed from its own pages
only and kept in the page cache's folder, so a rebuild after editing one region indexes that
region's province again (~1/38 of the nation) and copies the others; in a full build the bundles
are indexed in parallel.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from generator.files import FileDigests, link_or_copy, read_json, write_atomic
from generator.validation.slugs import slugify

# More regions than the largest province has (Jawa Timur: 38): the national site, or a large part.
PAGEFIND_ABOVE = 40
MODES = ("auto", "material", "pagefind")
# What is not the page's own content: the theme's header, tabs, navigation, footer, permalinks, and
# charts (their labels are numbers and years, not words anyone searches for).
NOT_CONTENT = ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-path, .headerlink, svg, .mp-draft-banner"


NATIONAL = "nasional"  # the bundle of every page that is not a region's
DIGESTS = "digests.json"  # beside the bundles in the cache folder (FileDigests)


class SearchError(Exception):
    """The Pagefind index could not be built."""


def choose(mode: str, regions: int) -> str:
    """'material' or 'pagefind' for a site of `regions` regions."""
    if mode not in MODES:
        raise ValueError(f"search must be one of {', '.join(MODES)} (got {mode!r})")
    if mode == "auto":
        return "pagefind" if regions > PAGEFIND_ABOVE else "material"
    return mode


def pagefind_index(
    site: Path,
    bundles: dict[str, str],
    *,
    lang_folders: set[str],
    cache_dir: Path | None = None,
    jobs: int = 1,
) -> list[str]:
    """Index every page of `site` (every language under it) into Pagefind bundles under `site/pagefind/`.

    `bundles` maps a region slug to its bundle's name (its province): a region's pages go to that
    bundle, every other page (home, provinces, compare, ranking, ...) to `NATIONAL`; `lang_folders`:
    the folders of the other languages' sites (`en`), whose pages are sorted the same way. The browser
    searches them all at once (Pagefind's `mergeIndex`, search-pagefind.js reads `bundles.json`).
    With `cache_dir`, a bundle whose pages did not change is copied from an earlier build instead
    of indexed again: an edit in one region costs its province's index, not the nation's. Returns
    the names of the bundles that were indexed.
    """
    members = _members(site, bundles, lang_folders)
    out = site / "pagefind"
    out.mkdir(exist_ok=True)
    digests = FileDigests(_known(cache_dir))
    keys = {name: _bundle_key(site, files, digests) for name, files in members.items()}
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(cache_dir / DIGESTS, json.dumps(digests.entries))
    todo = [name for name in members if cache_dir is None or not (cache_dir / keys[name]).is_dir()]

    def index(name: str) -> None:
        target = cache_dir / keys[name] if cache_dir is not None else out / name
        _index_bundle(site, members[name], target)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        list(pool.map(index, todo))
    if cache_dir is not None:
        for name in members:
            shutil.copytree(cache_dir / keys[name], out / name, copy_function=link_or_copy)
        _prune(cache_dir, set(keys.values()))
    names = [NATIONAL, *sorted(n for n in members if n != NATIONAL)]
    (out / "bundles.json").write_text(json.dumps(names), encoding="utf-8")
    return todo


def bundle_name(province: str) -> str:
    return f"provinsi-{slugify(province)}"


def _members(site: Path, bundles: dict[str, str], lang_folders: set[str]) -> dict[str, list[str]]:
    """Bundle name → the site's HTML files (paths relative to `site`) it indexes."""
    members: dict[str, list[str]] = {NATIONAL: []}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        parts = rel.split("/")
        if parts[0] == "pagefind":
            continue
        if parts[0] in lang_folders:
            parts = parts[1:]
        name = bundles.get(parts[1], NATIONAL) if len(parts) > 2 and parts[0] == "wilayah" else NATIONAL
        members.setdefault(name, []).append(rel)
    return members


def _bundle_key(site: Path, files: list[str], digests: FileDigests) -> str:
    """Names a bundle by everything Pagefind reads: its pages' paths and bytes, the options, the version."""
    h = hashlib.sha256(f"{_version()}|{NOT_CONTENT}".encode())
    for rel in files:
        h.update(f"{rel}\0{digests.get(site / rel, rel)}".encode())
    return h.hexdigest()[:32]


def _index_bundle(site: Path, files: list[str], target: Path) -> None:
    """Pagefind over just `files`: a folder of links to them, indexed into `target` (atomically)."""
    staging = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
    mirror = staging / "pages"
    for rel in files:
        (mirror / rel).parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(site / rel, mirror / rel)
    cmd = [sys.executable, "-m", "pagefind", "--site", str(mirror), "--output-path", str(staging / "index")]
    cmd += ["--keep-index-url", "--silent", "--exclude-selectors", NOT_CONTENT]
    try:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise SearchError(f"Pagefind could not run: {exc}") from None
        if done.returncode != 0:
            raise SearchError(
                f"Pagefind failed (exit {done.returncode}): {(done.stderr or done.stdout)[-2000:]}"
            )
        _sort_languages(staging / "index" / "pagefind-entry.json")
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / "index", target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _sort_languages(entry: Path) -> None:
    """Pagefind lists a bundle's languages in no fixed order (a hash map): sort them, so that
    the same pages always give the same bytes (two builds of one site are identical)."""
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _known(cache_dir: Path | None) -> dict[str, list[object]] | None:
    found = read_json(cache_dir / DIGESTS) if cache_dir is not None else None
    return found if isinstance(found, dict) else None


def _version() -> str:
    try:
        return metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        return "absent"


def _prune(cache_dir: Path, keep: set[str]) -> None:
    """One site's worth of bundles: what this build did not use goes."""
    for entry in cache_dir.iterdir():
        if entry.name not in keep and entry.name != DIGESTS:
            shutil.rmtree(entry, ignore_errors=True)
