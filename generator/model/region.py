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

from generator.catalog import Catalog, Named, Pillar, catalog, region_codes
from generator.schema.plan import (
    Agency,
    ElementStrategy,
    Indicator,
    MasterplanFile,
    PillarFile,
    PreviousPlan,
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


def quick_win_additional(q: QuickWin) -> int:
    """The part of a quick win's budget that comes on top of its programme's (counted in totals).
    A quick win whose scope is not stated counts as included (W252 asks to state it)."""
    return quick_win_total(q) if q.budget_scope == "additional" else 0


def quick_win_year(q: QuickWin) -> int:
    """The budget year a quick win's money belongs to: the year it starts."""
    return int(q.start[:4])


@dataclass(frozen=True)
class BudgetStage:
    """One year of a programme (or region): the masterplan's plan, the adopted APBD and the revised
    APBD-Perubahan. APBD figures are None when no sub-activity records them for that year."""

    year: int
    plan: int
    apbd: int | None
    apbd_p: int | None

    @property
    def latest(self) -> int | None:
        """What the budget currently gives: the APBD-P if passed, else the APBD."""
        return self.apbd_p if self.apbd_p is not None else self.apbd


def programme_stages(p: Programme) -> list[BudgetStage]:
    """Plan, APBD and APBD-P per year of a programme, from `budget` and its `funding` lines."""
    plan = programme_by_year(p)
    years = sorted(set(plan) | {y for f in p.funding for y in (*f.apbd, *f.apbd_p)})
    out = []
    for year in years:
        adopted = [f.apbd[year] for f in p.funding if year in f.apbd]
        revised = any(year in f.apbd_p for f in p.funding)
        # in a revised year, a line the APBD-P did not change keeps its APBD amount
        after = sum(f.apbd_p.get(year, f.apbd.get(year, 0)) for f in p.funding) if revised else None
        out.append(BudgetStage(year, plan.get(year, 0), sum(adopted) if adopted else None, after))
    return out


def find_indicator(indicators: list[Indicator], *, ref_id: str | None, name: str | None) -> Indicator | None:
    """The indicator an evaluation refers to: by its stable `id`, or (the old way) by its exact name.
    When both are given the id decides (the name is only a reminder for the reader)."""
    if ref_id is not None:
        return next((i for i in indicators if i.id == ref_id), None)
    if name is not None:
        return next((i for i in indicators if i.name == name), None)
    return None


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
        """Programmes plus quick-win money on top of them (`budget_scope: additional`)."""
        return sum(programme_total(p) for p in self.data.programmes) + self.quick_win_additional

    @cached_property
    def quick_win_additional(self) -> int:
        return sum(quick_win_additional(q) for q in self.data.quick_wins)

    @cached_property
    def quick_win_budget(self) -> int:
        return sum(quick_win_total(q) for q in self.data.quick_wins)

    def by_year(self, years: list[int]) -> dict[int, int]:
        sums = dict.fromkeys(years, 0)
        for p in self.data.programmes:
            for year, amount in programme_by_year(p).items():
                sums[year] = sums.get(year, 0) + amount
        for q in self.data.quick_wins:
            if quick_win_additional(q):
                year = quick_win_year(q)
                sums[year] = sums.get(year, 0) + quick_win_additional(q)
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
        return {y: sum(row.get(y, 0) for row in self.budget_by_pillar_year.values()) for y in self.years}

    @cached_property
    def budget_by_source(self) -> list[tuple[Named, int]]:
        sums: dict[str, int] = defaultdict(int)
        for p in self.programmes:
            for by_src in p.budget.values():
                for src, amount in by_src.items():
                    sums[src] += amount
        for q in self.quick_wins:
            if q.budget_scope == "additional":
                for src, amount in q.budget.items():
                    sums[src] += amount
        return [(s, sums[s.code]) for s in self.cat.sources if sums.get(s.code)]

    @cached_property
    def quick_win_budget(self) -> int:
        return sum(quick_win_total(q) for q in self.quick_wins)

    @cached_property
    def quick_win_additional(self) -> int:
        """Quick-win money on top of the programmes' budgets (included in `total_budget`)."""
        return sum(quick_win_additional(q) for q in self.quick_wins)

    @cached_property
    def coverage(self) -> dict[str, int]:
        """Number of programmes serving each `pillar.element` code (all 18 present): a programme
        counts for its home element and for each secondary element it links to."""
        out = {f"{p.code}.{e.code}": 0 for p in self.cat.pillars for e in p.elements}
        for part in self.parts:
            for prog in part.data.programmes:
                out[f"{part.code}.{prog.element}"] += 1
                for ref in prog.secondary:
                    out[ref] += 1
        return out

    def secondary_programmes(self, pillar: str) -> list[tuple[Programme, Pillar, str]]:
        """Programmes of other pillars that also serve `pillar`: (programme, home pillar, element)."""
        out = []
        for part in self.parts:
            for prog in part.data.programmes:
                for ref in prog.secondary:
                    code, element = ref.split(".", 1)
                    if code == pillar and part.code != pillar:
                        out.append((prog, part.pillar, element))
        return out

    # ------------------------------------------------------------------ planning links

    @property
    def archived(self) -> bool:
        """An earlier plan generation kept for reading: never counted in current figures."""
        return self.plan.generation is not None and self.plan.generation.superseded_by is not None

    @property
    def generation(self) -> int:
        """1 for a first plan; one more than the earlier plans it names (`generation.previous`).
        A second-generation plan publishes the Road Map book (generator/data/documents.yaml)."""
        return 1 + (len(self.plan.generation.previous) if self.plan.generation else 0)

    @property
    def previous_baselines(self) -> list[tuple[PreviousPlan, Programme, Indicator]]:
        """Indicators whose baseline was measured in the period of an earlier plan: the starting
        points this plan carries over from it (earlier plan, programme, indicator)."""
        earlier = self.plan.generation.previous if self.plan.generation else []
        out = []
        for prev in earlier:
            first, last = (int(y) for y in prev.period.split("-"))
            for p in self.programmes:
                for ind in p.indicators:
                    if ind.baseline is not None and first <= ind.baseline.year <= last:
                        out.append((prev, p, ind))
        return out

    @cached_property
    def budget_stages(self) -> list[BudgetStage]:
        """Plan, APBD and APBD-P per year over all programmes (APBD only where recorded)."""
        rows: dict[int, list[BudgetStage]] = defaultdict(list)
        for p in self.programmes:
            for stage in programme_stages(p):
                rows[stage.year].append(stage)
        out = []
        for year in sorted(set(self.years) | set(rows)):
            stages = rows.get(year, [])
            apbd = [s.apbd for s in stages if s.apbd is not None]
            latest = [s.latest for s in stages if s.latest is not None]
            revised = any(s.apbd_p is not None for s in stages)
            out.append(
                BudgetStage(
                    year,
                    self.budget_by_year.get(year, sum(s.plan for s in stages)),
                    sum(apbd) if apbd else None,
                    sum(x for x in latest if x is not None) if revised else None,
                )
            )
        return out

    @cached_property
    def has_funding(self) -> bool:
        return any(p.funding for p in self.programmes)

    def location_name(self, code: str) -> str:
        """The kecamatan or desa name of a Kemendagri code ('Tenggarong'), or the code itself."""
        codes = region_codes(self.plan.region.code)
        return (codes.name(code) if codes else None) or code

    def rpjmd_label(self, ref: str) -> str:
        """The text of an RPJMD objective or indicator a programme refers to."""
        for target in self.plan.rpjmd.targets:
            if target.id == ref:
                return target.text
            for ind in target.indicators:
                if ind.id == ref:
                    return ind.name
        return ref

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
