"""Open-data downloads published with the site: each region's JSON and CSV, and a national bundle.

The files are those of `opendata.write_open_data` (same names, same bytes; a test keeps them in
step), produced in memory so that mkdocs writes them into `site/data/` with the pages, from the
same (possibly public) regions, and the pages can list them with their sizes.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from generator.files import code_version, write_atomic
from generator.model.region import Region
from generator.render import opendata

NATIONAL = "national"

# The listing of the last `open_data` call, for the second-language build of the same regions:
# it links the main site's files and needs only their names and sizes, not their contents again.
_last: tuple[list[Region], dict[str, list[DataFile]]] | None = None


@dataclass(frozen=True)
class DataFile:
    name: str
    size: int
    what: str  # 'plan' (the JSON), or the CSV's table: 'programmes', 'budget', 'targets', 'quick-wins'

    @property
    def format(self) -> str:
        return self.name.rsplit(".", 1)[-1].upper()


def open_data(
    regions: list[Region], *, cache_dir: Path | None = None
) -> tuple[dict[str, str], dict[str, list[DataFile]]]:
    """(file name → content, exactly as `opendata.write_open_data` writes them under data/;
    per region slug and NATIONAL, the files its pages link, with their sizes).

    `cache_dir`: keep each region's files between builds (a region's files are a function of its
    source files, public or review, and this program's code); the national ones are always made.
    """
    files: dict[str, str] = {}
    listing: dict[str, list[DataFile]] = {}
    ordered = sorted(regions, key=lambda r: r.slug)
    groups = [(r.slug, _region_files(r, cache_dir)) for r in ordered]
    groups.append(
        (
            NATIONAL,
            {
                "national.json": opendata.to_json(opendata.national_data(ordered)),
                "national-programmes.csv": opendata.programmes_csv(ordered),
            },
        )
    )
    for key, group in groups:
        files.update(group)
        listing[key] = [
            DataFile(name, len(text.encode("utf-8")), _what(key, name)) for name, text in group.items()
        ]
    global _last
    _last = (list(regions), listing)
    return files, listing


def _region_files(region: Region, cache_dir: Path | None) -> dict[str, str]:
    if cache_dir is None:
        return _make(region)
    h = hashlib.sha256(f"{code_version()}|{region.public}|{region.slug}".encode())
    for path in region.files:
        h.update(str(path.relative_to(region.folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    path = cache_dir / f"{region.slug}-{h.hexdigest()[:32]}.json"
    try:
        found: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return found
    except (OSError, ValueError):
        pass
    made = _make(region)
    path.parent.mkdir(parents=True, exist_ok=True)
    own = re.compile(re.escape(region.slug) + r"-[0-9a-f]{32}\.json")  # not aceh-barat's for aceh
    for stale in path.parent.glob(f"{region.slug}-*.json"):  # one record per region
        if own.fullmatch(stale.name):
            stale.unlink(missing_ok=True)
    write_atomic(path, json.dumps(made, ensure_ascii=False))
    return made


def _make(region: Region) -> dict[str, str]:
    return {
        f"{region.slug}.json": opendata.to_json(opendata.region_data(region)),
        **opendata.region_csv_files(region),
    }


def open_data_listing(regions: list[Region], *, cache_dir: Path | None = None) -> dict[str, list[DataFile]]:
    """What `open_data(regions)` lists, reusing the last call's answer for the very same regions
    (a second language's build in a process of its own: from the cache, else made again)."""
    if _last is not None and len(_last[0]) == len(regions) and all(a is b for a, b in zip(_last[0], regions)):
        return _last[1]
    return open_data(regions, cache_dir=cache_dir)[1]


def _what(key: str, name: str) -> str:
    """'kutai-kartanegara-budget.csv' → 'budget'; any JSON → 'plan'."""
    return "plan" if name.endswith(".json") else name[len(key) + 1 :].rsplit(".", 1)[0]
