"""The validated region, and every figure derived from it, computed once.

Renderers (site, PDF) read only these objects. Budget totals, per-pillar and per-source sums,
agency workloads, element coverage and SNI usage are computed here so that every output shows
the same numbers. Amounts are whole rupiah (int), so sums are exact.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from generator.catalog import Catalog, Named, Pillar, catalog
from generator.schema.plan import (
    Agency,
    ElementStrategy,
    MasterplanFile,
    PillarFile,
    Programme,
    QuickWin,
    Risk,
)

if TYPE_CHECKING:
    from generator.model.evaluation import Evaluation


def programme_total(p: Programme) -> int:
    return sum(a for by_src in p.budget.values() for a in by_src.values())


def programme_by_year(p: Programme) -> dict[int, int]:
    return {year: sum(by_src.values()) for year, by_src in sorted(p.budget.items())}


def quick_win_total(q: QuickWin) -> int:
    return sum(q.budget.values())


def programme_by_source(p: Programme) -> dict[str, int]:
    """Total per funding-source code over all years (the footer row of a programme's budget table)."""
    sums: dict[str, int] = defaultdict(int)
    for by_src in p.budget.values():
        for src, amount in by_src.items():
            sums[src] += amount
    return dict(sums)


LEVEL_SCORE = {"rendah": 1, "sedang": 2, "tinggi": 3}


def risk_score(r: Risk) -> int:
    """Likelihood × impact on a 1–3 scale each: 1–9."""
    return LEVEL_SCORE[r.likelihood] * LEVEL_SCORE[r.impact]


def risk_band(r: Risk) -> str:
    """'low' (1–2), 'medium' (3–4), 'high' (6), 'extreme' (9): the cells of the usual 3×3 matrix."""
    score = risk_score(r)
    return "low" if score <= 2 else "medium" if score <= 4 else "high" if score < 9 else "extreme"


@dataclass
class PillarPart:
    """One pillar of a region: the catalogue entry plus the region's file for it."""

    pillar: Pillar
    data: PillarFile

    @property
    def code(self) -> str:
        return self.pillar.code

    @cached_property
    def total(self) -> int:
        return sum(programme_total(p) for p in self.data.programmes)

    @cached_property
    def quick_win_budget(self) -> int:
        return sum(quick_win_total(q) for q in self.data.quick_wins)

    def by_year(self, years: list[int]) -> dict[int, int]:
        sums = dict.fromkeys(years, 0)
        for p in self.data.programmes:
            for year, amount in programme_by_year(p).items():
                sums[year] = sums.get(year, 0) + amount
        return sums

    def programmes_for(self, element: str) -> list[Programme]:
        return [p for p in self.data.programmes if p.element == element]

    def strategy_for(self, element: str) -> ElementStrategy | None:
        return next((s for s in self.data.strategy if s.element == element), None)


@dataclass
class AgencyRole:
    agency: Agency
    leads: list[Programme] = field(default_factory=list)
    supports: list[Programme] = field(default_factory=list)
    quick_wins: list[QuickWin] = field(default_factory=list)

    @property
    def led_budget(self) -> int:
        return sum(programme_total(p) for p in self.leads)


@dataclass
class Region:
    slug: str
    folder: Path
    plan: MasterplanFile
    parts: list[PillarPart]
    files: list[Path]
    cat: Catalog = field(default_factory=catalog)
    evaluations: list[Evaluation] = field(default_factory=list)
    public: bool = False  # True for the redacted copy made by publication.public_region

    # ------------------------------------------------------------------ identity

    @property
    def name(self) -> str:
        return self.plan.region.name

    @property
    def full_name(self) -> str:
        kind = "Kabupaten" if self.plan.region.type == "kabupaten" else "Kota"
        return f"{kind} {self.plan.region.name}"

    @property
    def government(self) -> str:
        return f"Pemerintah {self.full_name}"

    @property
    def years(self) -> list[int]:
        return list(range(self.plan.period.start, self.plan.period.end + 1))

    @property
    def status(self) -> str:
        return self.plan.document.status

    # ------------------------------------------------------------------ contents

    @cached_property
    def programmes(self) -> list[Programme]:
        return [p for part in self.parts for p in part.data.programmes]

    @cached_property
    def quick_wins(self) -> list[QuickWin]:
        return [q for part in self.parts for q in part.data.quick_wins]

    @cached_property
    def pillar_of(self) -> dict[str, Pillar]:
        """Pillar of each programme and quick win id."""
        out = {}
        for part in self.parts:
            items: list[Programme | QuickWin] = [*part.data.programmes, *part.data.quick_wins]
            for item in items:
                out[item.id] = part.pillar
        return out

    def programme(self, pid: str) -> Programme:
        return next(p for p in self.programmes if p.id == pid)

    def part(self, code: str) -> PillarPart:
        return next(p for p in self.parts if p.code == code)

    @cached_property
    def agency_names(self) -> dict[str, str]:
        return {a.code: a.name for a in self.plan.agencies}

    # ------------------------------------------------------------------ figures

    @cached_property
    def total_budget(self) -> int:
        return sum(part.total for part in self.parts)

    @cached_property
    def budget_by_pillar_year(self) -> dict[str, dict[int, int]]:
        return {part.code: part.by_year(self.years) for part in self.parts}

    @cached_property
    def budget_by_year(self) -> dict[int, int]:
        return {y: sum(row[y] for row in self.budget_by_pillar_year.values()) for y in self.years}

    @cached_property
    def budget_by_source(self) -> list[tuple[Named, int]]:
        sums: dict[str, int] = defaultdict(int)
        for p in self.programmes:
            for by_src in p.budget.values():
                for src, amount in by_src.items():
                    sums[src] += amount
        return [(s, sums[s.code]) for s in self.cat.sources if sums.get(s.code)]

    @cached_property
    def quick_win_budget(self) -> int:
        return sum(quick_win_total(q) for q in self.quick_wins)

    @cached_property
    def coverage(self) -> dict[str, int]:
        """Number of programmes per `pillar.element` code, all 18 elements present."""
        out = {f"{p.code}.{e.code}": 0 for p in self.cat.pillars for e in p.elements}
        for part in self.parts:
            for prog in part.data.programmes:
                out[f"{part.code}.{prog.element}"] += 1
        return out

    @cached_property
    def agency_roles(self) -> list[AgencyRole]:
        roles = {a.code: AgencyRole(a) for a in self.plan.agencies}
        for p in self.programmes:
            roles[p.lead].leads.append(p)
            for code in p.support:
                roles[code].supports.append(p)
        for q in self.quick_wins:
            roles[q.lead].quick_wins.append(q)
        return list(roles.values())

    @cached_property
    def sni_usage(self) -> dict[str, list[Programme]]:
        out: dict[str, list[Programme]] = defaultdict(list)
        for p in self.programmes:
            for number in sorted({i.sni for i in p.indicators if i.sni}):
                out[number].append(p)
        return dict(out)

    @cached_property
    def readiness_by_component(self) -> dict[str, float]:
        groups: dict[str, list[float]] = defaultdict(list)
        for item in self.plan.readiness.items:
            groups[item.component].append(item.score)
        return {k: round(sum(v) / len(v), 1) for k, v in groups.items()}

    @cached_property
    def readiness_score(self) -> float:
        """Mean of all assessed aspects, 0–100 (the headline readiness figure)."""
        scores = [item.score for item in self.plan.readiness.items]
        return round(sum(scores) / len(scores), 1)

    @cached_property
    def risk_register(self) -> list[tuple[Programme, Risk]]:
        """Every programme risk, highest likelihood × impact first (programme order within a score)."""
        rows = [(p, r) for p in self.programmes for r in p.risks]
        return sorted(rows, key=lambda row: -risk_score(row[1]))

    @cached_property
    def budget_by_category(self) -> list[tuple[Named, int, int]]:
        """(category, number of programmes, total budget) for each category in use, catalogue order."""
        out = []
        for cat in self.cat.categories:
            progs = [p for p in self.programmes if p.category == cat.code]
            if progs:
                out.append((cat, len(progs), sum(programme_total(p) for p in progs)))
        return out
