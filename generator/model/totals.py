"""Figures summed over several regions (a province, the nation, the national open-data bundle).

Sums here only add up what each `Region` already computed, so the home page, province pages,
compare page and `national.json` show the same numbers as the region pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from generator.model.region import Region


class Totals:
    """Sums over `self.regions`; mixed into anything that holds a list of regions. An archived
    earlier plan generation (`generation.superseded_by`) is listed but never counted."""

    regions: list[Region]

    @cached_property
    def current(self) -> list[Region]:
        return [r for r in self.regions if not r.archived]

    @cached_property
    def region_count(self) -> int:
        return len(self.current)

    @cached_property
    def total_budget(self) -> int:
        return sum(r.total_budget for r in self.current)

    @cached_property
    def programme_count(self) -> int:
        return sum(len(r.programmes) for r in self.current)

    @cached_property
    def quick_win_count(self) -> int:
        return sum(len(r.quick_wins) for r in self.current)


@dataclass
class RegionSet(Totals):
    regions: list[Region]
