"""The national picture: regions grouped by province, and figures summed across regions.

Sums come from `model/totals.py`, so every page and `national.json` show the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from generator.catalog import Catalog, catalog
from generator.model.evaluation import Evaluation
from generator.model.official import index_trend, of_year
from generator.model.region import Region
from generator.model.totals import Totals
from generator.schema.plan import Programme
from generator.site import paths


@dataclass
class Province(Totals):
    name: str
    regions: list[Region]

    @property
    def page(self) -> str:
        return paths.province_page(self.name)


@dataclass
class Nation(Totals):
    regions: list[Region]
    cat: Catalog

    @cached_property
    def provinces(self) -> list[Province]:
        groups: dict[str, list[Region]] = defaultdict(list)
        for region in self.regions:
            groups[region.plan.region.province].append(region)
        return [
            Province(name, sorted(rs, key=lambda r: (r.name.casefold(), r.slug)))
            for name, rs in sorted(groups.items(), key=lambda kv: kv[0].casefold())
        ]

    @cached_property
    def slugs(self) -> frozenset[str]:
        """Slugs of the regions in this build (a link to another plan generation needs its page)."""
        return frozenset(r.slug for r in self.regions)

    @property
    def ordered(self) -> list[Region]:
        """Regions in navigation order: by province, then name."""
        return [r for p in self.provinces for r in p.regions]

    @cached_property
    def sni_usage(self) -> dict[str, list[tuple[Region, Programme]]]:
        """Per SNI ISO 37122 indicator number: every (region, programme) that references it."""
        out: dict[str, list[tuple[Region, Programme]]] = defaultdict(list)
        for region in self.ordered:
            for number, programmes in region.sni_usage.items():
                out[number].extend((region, p) for p in programmes)
        return dict(out)

    @cached_property
    def ranking(self) -> list[tuple[Region, Evaluation]]:
        """Evaluated regions with their latest evaluation: highest implementation rate first, then
        highest index, then name (regions with nothing due, or no index, after the others)."""

        def key(row: tuple[Region, Evaluation]) -> tuple[object, ...]:
            rate, index = row[1].implementation().value, row[1].index
            return (rate is None, -(rate or 0.0), index is None, -(index or 0.0), row[0].name.casefold())

        current = [r for r in self.ordered if r.evaluations and not r.archived]  # not earlier generations
        return sorted(((r, r.evaluations[-1]) for r in current), key=key)

    @cached_property
    def evaluation_years(self) -> list[int]:
        """Every year some region was evaluated, newest first (the ranking's year filter)."""
        return sorted({e.data.year for r in self.regions for e in r.evaluations}, reverse=True)

    def year_ranking(self, year: int) -> list[tuple[int | None, Region, Evaluation]]:
        """Regions evaluated in `year` by the official index of that year (highest first), each with
        its place among them; regions without an official index follow, unplaced, by
        implementation rate then name."""
        rows = [(r, ev) for r in self.ordered if (ev := of_year(r, year)) is not None]

        def key(row: tuple[Region, Evaluation]) -> tuple[object, ...]:
            index = row[1].official.index if row[1].official else None
            rate = row[1].implementation().value
            return (index is None, -(index or 0.0), rate is None, -(rate or 0.0), row[0].name.casefold())

        ranked = sorted(rows, key=key)
        indices = [ev.official.index for _, ev in ranked if ev.official and ev.official.index is not None]
        out: list[tuple[int | None, Region, Evaluation]] = []
        for region, ev in ranked:
            index = ev.official.index if ev.official else None
            # equal indices share a place ("1, 1, 3"), as published rankings do
            place = None if index is None else 1 + sum(1 for other in indices if other > index)
            out.append((place, region, ev))
        return out

    def index_trend(self, region: Region) -> list[tuple[int, float]]:
        return index_trend(region)

    @property
    def unevaluated(self) -> list[Region]:
        return [r for r in self.ordered if not r.evaluations]

    @cached_property
    def cohorts(self) -> list[int]:
        return sorted({r.plan.region.cohort for r in self.regions if r.plan.region.cohort})

    @cached_property
    def max_coverage(self) -> int:
        """Largest programme count of any element in any region: the top of the heat scale."""
        return max((n for r in self.regions for n in r.coverage.values()), default=0)


def nation(regions: list[Region]) -> Nation:
    return Nation(regions, regions[0].cat if regions else catalog())
