"""Open-data downloads published with the site: each region's JSON and CSV, and a national bundle.

The files are those of `opendata.write_open_data` (same names, same bytes; a test keeps them in
step), produced in memory so that mkdocs writes them into `site/data/` with the pages, from the
same (possibly public) regions, and the pages can list them with their sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def open_data(regions: list[Region]) -> tuple[dict[str, str], dict[str, list[DataFile]]]:
    """(file name → content, exactly as `opendata.write_open_data` writes them under data/;
    per region slug and NATIONAL, the files its pages link, with their sizes)."""
    files: dict[str, str] = {}
    listing: dict[str, list[DataFile]] = {}
    ordered = sorted(regions, key=lambda r: r.slug)
    groups = [
        (
            r.slug,
            {f"{r.slug}.json": opendata.to_json(opendata.region_data(r)), **opendata.region_csv_files(r)},
        )
        for r in ordered
    ]
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


def open_data_listing(regions: list[Region]) -> dict[str, list[DataFile]]:
    """What `open_data(regions)` lists, reusing the last call's answer for the very same regions."""
    if _last is not None and len(_last[0]) == len(regions) and all(a is b for a, b in zip(_last[0], regions)):
        return _last[1]
    return open_data(regions)[1]


def _what(key: str, name: str) -> str:
    """'kutai-kartanegara-budget.csv' → 'budget'; any JSON → 'plan'."""
    return "plan" if name.endswith(".json") else name[len(key) + 1 :].rsplit(".", 1)[0]
