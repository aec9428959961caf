"""Figures computed from an evaluation record and the masterplan it evaluates.

Definitions (the way regions report them, see shared/DOMAIN.md):

* planned programmes of a pillar: those whose first active year is on or before the evaluation year;
* withdrawn: planned programmes the record marks `cancelled` *with* a `cancellation` (reason and
  decision reference): they leave both denominators below (an informal cancellation does not);
* implemented: planned programmes the record marks `in-progress` or `done`;
* implementation rate = implemented ÷ (planned − withdrawn), per pillar and overall (Kebumen: Living
  9/10 = 90%);
* budget realisation = realised ÷ planned budget of the evaluation year, over the programmes recorded
  (not withdrawn); per funding source where the record gives the realisation per source;
* indicator achievement = value ÷ target of the evaluation year (target ÷ value when lower is better);
  a stage I (mid-year) evaluation is compared with the *full-year* target too, and pages say so;
* dimension scores: Baseline, Output and Impact are scored by the evaluators; Outcome is the
  implementation rate and Quick Win the share of quick wins due by then that were done (partial = ½);
* estimate index = Σ weight × score ÷ 100 over the five dimensions, with the year's weights (0–100);
* every percentage gets the band (e.g. 76%–100%) of the configured bands.

The ministry's *official* result (scores on its scale, final index, rank) is `official.py`; open
recommendations and their follow-up across evaluations are `recommendations.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from generator.catalog import Pillar, catalog
from generator.model.official import Official, official_result, scheme_for
from generator.model.region import find_indicator
from generator.schema.evaluation import Band, Dimension, EvaluationConfig, EvaluationFile, Evidence, Scheme
from generator.schema.plan import Indicator, Programme

if TYPE_CHECKING:
    from generator.model.region import Region

DIMENSIONS: tuple[str, ...] = get_args(Dimension)
IMPLEMENTED = ("in-progress", "done")
# '2026-tahap-2': names an evaluation's record (`evaluations/<slug>.yaml`), its page anchor and its PDF.
SLUG_PATTERN = r"\d{4}-tahap-\d+"


def evaluation_slug(year: int, stage: int) -> str:
    return f"{year}-tahap-{stage}"


@dataclass(frozen=True)
class Rate:
    done: float
    total: float

    @property
    def value(self) -> float | None:
        """A fraction 0–1, or None when nothing was due."""
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class IndicatorAchievement:
    programme: Programme
    indicator: Indicator
    target: float | None
    value: float
    year: int | None = None  # the year the value is data for, when the record says
    source: str | None = None  # e.g. 'BPS, data Maret 2026'

    @property
    def ratio(self) -> float | None:
        if self.target is None:
            return None
        if self.indicator.direction == "up":
            return self.value / self.target if self.target else None
        return self.target / self.value if self.value else None


def evaluation_config() -> EvaluationConfig:
    return EvaluationConfig.model_validate(catalog().evaluation)


def band_for(percent: float | None, bands: list[Band]) -> Band | None:
    """The band containing a percentage (0–100); values between integer bands go to the lower one."""
    if percent is None:
        return None
    for band in sorted(bands, key=lambda b: b.min):
        if percent < band.min:
            continue
        if percent <= band.max or percent < band.max + 1:
            return band
    return None


@dataclass
class Evaluation:
    data: EvaluationFile
    file: Path
    region: Region
    config: EvaluationConfig

    @property
    def slug(self) -> str:
        return evaluation_slug(self.data.year, self.data.stage)

    @cached_property
    def progress(self) -> dict[str, str]:
        return {p.id: p.status for p in self.data.programmes}

    @cached_property
    def withdrawn(self) -> set[str]:
        """Programmes formally cancelled or reallocated (with a decision): outside the denominators."""
        return {p.id for p in self.data.programmes if p.status == "cancelled" and p.cancellation}

    def planned(self, pillar: Pillar | None = None) -> list[Programme]:
        parts = [self.region.part(pillar.code)] if pillar else self.region.parts
        return [p for part in parts for p in part.data.programmes if min(p.years) <= self.data.year]

    def implementation(self, pillar: Pillar | None = None) -> Rate:
        counted = [p for p in self.planned(pillar) if p.id not in self.withdrawn]
        done = sum(1 for p in counted if self.progress.get(p.id) in IMPLEMENTED)
        return Rate(done, len(counted))

    @cached_property
    def implementation_by_pillar(self) -> list[tuple[Pillar, Rate]]:
        return [(part.pillar, self.implementation(part.pillar)) for part in self.region.parts]

    @cached_property
    def budget_realisation(self) -> Rate:
        recorded = {p.id: p for p in self.data.programmes}
        planned = realised = 0
        for programme in self.planned():
            entry = recorded.get(programme.id)
            if entry is None or entry.realised_total is None or programme.id in self.withdrawn:
                continue
            planned += sum(programme.budget.get(self.data.year, {}).values())
            realised += entry.realised_total
        return Rate(realised, planned)

    @cached_property
    def realisation_by_source(self) -> list[tuple[str | None, Rate]]:
        """(funding source, realised ÷ planned) over the programmes whose realisation is given per
        source; (None, …) sums those given only as a total. Adds up to `budget_realisation`."""
        recorded = {p.id: p for p in self.data.programmes}
        sums: dict[str | None, list[int]] = {}
        for programme in self.planned():
            entry = recorded.get(programme.id)
            if entry is None or entry.realised_total is None or programme.id in self.withdrawn:
                continue
            plan = programme.budget.get(self.data.year, {})
            if isinstance(entry.realised_budget, dict):
                for source in sorted(set(plan) | set(entry.realised_budget)):
                    row = sums.setdefault(source, [0, 0])
                    row[0] += entry.realised_budget.get(source, 0)
                    row[1] += plan.get(source, 0)
            else:
                row = sums.setdefault(None, [0, 0])
                row[0] += entry.realised_total or 0
                row[1] += sum(plan.values())
        order = [s.code for s in self.region.cat.sources]

        def position(source: str | None) -> tuple[int, str]:
            return (len(order) + 1, "") if source is None else (_index(order, source), source)

        return [(src, Rate(*sums[src])) for src in sorted(sums, key=position)]

    @cached_property
    def indicator_achievements(self) -> list[IndicatorAchievement]:
        out = []
        for entry in self.data.programmes:
            programme = self.region.programme(entry.id)
            for value in entry.indicators:
                indicator = find_indicator(programme.indicators, ref_id=value.id, name=value.name)
                if indicator is None:  # cannot happen in a validated record (E305/E341)
                    continue
                target = indicator.targets.get(self.data.year)
                out.append(
                    IndicatorAchievement(programme, indicator, target, value.value, value.year, value.source)
                )
        return out

    @cached_property
    def quick_wins(self) -> Rate:
        due = [q for q in self.region.quick_wins if int(q.end[:4]) <= self.data.year]
        outcome = {q.id: q.outcome for q in self.data.quick_wins}
        score = sum({"done": 1.0, "partial": 0.5}.get(outcome.get(q.id, ""), 0.0) for q in due)
        return Rate(score, len(due))

    @cached_property
    def scheme(self) -> Scheme | None:
        """The weighting scheme: the one the record names, else the year's (None with own weights
        for a year no scheme covers)."""
        return scheme_for(self.config, self.data.year, self.data.scheme)

    @cached_property
    def weights(self) -> dict[str, float]:
        if self.data.weights:
            return {dim: weight for dim, weight in self.data.weights.items()}
        assert self.scheme is not None, "validation guarantees a scheme (E312, E317)"
        return {dim: weight for dim, weight in self.scheme.weights.items()}

    @cached_property
    def official(self) -> Official | None:
        """The ministry's official result, when the record gives it."""
        if self.data.official is None:
            return None
        return official_result(self.data.official, self.weights, self.scheme, self.config)

    @property
    def mid_year(self) -> bool:
        """A stage I evaluation: realised values are mid-year, compared with the full-year target."""
        return self.data.stage == 1

    @cached_property
    def evidence(self) -> list[tuple[str, str, Evidence]]:
        """Every piece of evidence in the record as (kind, what it supports, evidence), in record
        order; kinds: official, programme, indicator, pillar, quick-win, sni, follow-up."""
        d, out = self.data, []
        if d.official:
            out += [("official", self.slug, e) for e in d.official.evidence]
        for p in d.programmes:
            out += [("programme", p.id, e) for e in p.evidence]
            out += [("indicator", f"{p.id} · {i.name}", e) for i in p.indicators for e in i.evidence]
        out += [("pillar", a.pillar, e) for a in d.pillars for e in a.evidence]
        out += [("quick-win", q.id, e) for q in d.quick_wins for e in q.evidence]
        out += [("sni", s.number, e) for s in d.sni for e in s.evidence]
        out += [("follow-up", f.id, e) for f in d.follow_up for e in f.evidence]
        return out

    @cached_property
    def scores(self) -> dict[str, float | None]:
        """Each dimension's score 0–100 (None when not scored or nothing was due)."""
        outcome, quick = self.implementation().value, self.quick_wins.value
        return {
            "baseline": self.data.scores.get("baseline"),
            "output": self.data.scores.get("output"),
            "outcome": None if outcome is None else outcome * 100,
            "impact": self.data.scores.get("impact"),
            "quick-win": None if quick is None else quick * 100,
        }

    @cached_property
    def index(self) -> float | None:
        """The weighted evaluation index 0–100, or None while a weighted dimension has no score."""
        total = 0.0
        for dim, weight in self.weights.items():
            score = self.scores.get(dim)
            if weight and score is None:
                return None
            total += weight * (score or 0.0) / 100
        return total

    def band(self, fraction: float | None) -> Band | None:
        return band_for(None if fraction is None else fraction * 100, self.config.bands)


def _index(items: list[str], item: str) -> int:
    return items.index(item) if item in items else len(items)
