"""The ministry's official evaluation result, computed the way its letters publish it.

A letter of Ditjen Aptika gives each region a score per dimension (Baseline, Output, Outcome,
Impact, Quick Win) and per pillar on the evaluators' scale (two decimals, mostly 2–4), a final
index ("Indeks Pencapaian") and a national rank. Reproduced here (see generator/data/evaluation.yaml
for the weights per year and their sources):

* Impact = the mean of the six pillar scores when the scheme's rule is `pillar-mean` and all six
  are given (unrounded: Kota Kediri 2022 only comes out exactly that way); otherwise the typed score;
* final index = Σ weight × dimension score ÷ 100, rounded half-up to the scale's decimals;
* the rank is shown as "13 of 191" when the record gives the number of regions evaluated.

This is a different figure from the implementation rate and from the 0–100 estimate index that
`evaluation.py` computes from the record: pages label each.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, get_args

from generator.schema.evaluation import Dimension, EvaluationConfig, OfficialResult, Scale, Scheme
from generator.schema.plan import PillarCode

if TYPE_CHECKING:
    from generator.model.evaluation import Evaluation
    from generator.model.region import Region

DIMENSIONS: tuple[str, ...] = get_args(Dimension)
PILLARS: tuple[str, ...] = get_args(PillarCode)


def round_published(value: float, decimals: int) -> float:
    """Round half-up (as published: 3.315 → 3.32), not Python's round-half-even on binary floats."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Official:
    """One evaluation's official result: scores as given, Impact and the index as computed."""

    data: OfficialResult
    weights: dict[str, float]
    scale: Scale
    impact_rule: str  # 'pillar-mean' or 'scored'

    @property
    def pillars(self) -> dict[str, float]:
        return {str(code): value for code, value in self.data.pillars.items()}

    @property
    def impact_computed(self) -> bool:
        """Impact comes from the pillar scores (the rule applies and all six pillars are scored)."""
        return self.impact_rule == "pillar-mean" and all(p in self.pillars for p in PILLARS)

    @property
    def pillar_mean(self) -> float | None:
        pillars = self.pillars
        if not all(p in pillars for p in PILLARS):
            return None
        return sum(pillars[p] for p in PILLARS) / len(PILLARS)

    @property
    def exact_scores(self) -> dict[str, float | None]:
        """Every dimension's score, Impact unrounded when computed (the index uses these)."""
        given = {str(dim): value for dim, value in self.data.scores.items()}
        scores: dict[str, float | None] = {d: given.get(d) for d in DIMENSIONS}
        if self.impact_computed:
            scores["impact"] = self.pillar_mean
        return scores

    @property
    def scores(self) -> dict[str, float | None]:
        """Every dimension's score as published (rounded to the scale's decimals)."""
        return {
            d: None if v is None else round_published(v, self.scale.decimals)
            for d, v in self.exact_scores.items()
        }

    @property
    def missing(self) -> list[str]:
        """Weighted dimensions without a score: while any is missing there is no index."""
        return [d for d in DIMENSIONS if self.weights.get(d) and self.exact_scores[d] is None]

    @property
    def exact_index(self) -> float | None:
        if self.missing:
            return None
        return sum(w * (self.exact_scores[d] or 0.0) for d, w in self.weights.items()) / 100

    @property
    def index(self) -> float | None:
        """The final index, rounded as published (two decimals on the default scale)."""
        exact = self.exact_index
        return None if exact is None else round_published(exact, self.scale.decimals)

    @property
    def published_differs(self) -> bool:
        """The record's published index is not what the scores and weights give."""
        return self.data.index is not None and self.index is not None and self.data.index != self.index

    @property
    def rank(self) -> int | None:
        return self.data.rank

    @property
    def evaluated(self) -> int | None:
        return self.data.evaluated


def scheme_for(config: EvaluationConfig, year: int, scheme_id: str | None) -> Scheme | None:
    """The scheme a record names (by id or alias), else the one covering its year, else None."""
    if scheme_id:
        return config.scheme(scheme_id)
    return next((s for s in config.schemes if year in s.years), None)


def official_result(
    data: OfficialResult, weights: dict[str, float], scheme: Scheme | None, config: EvaluationConfig
) -> Official:
    scale = (scheme.scale if scheme else None) or config.scale
    return Official(data, weights, scale, scheme.impact if scheme else "pillar-mean")


def of_year(region: Region, year: int) -> Evaluation | None:
    """The evaluation that stands for a region's year: its latest stage with an official index,
    else its latest stage (so a year's ranking shows every region evaluated that year)."""
    that_year = [e for e in region.evaluations if e.data.year == year]
    with_index = [e for e in that_year if e.official and e.official.index is not None]
    chosen = with_index or that_year
    return chosen[-1] if chosen else None


def index_trend(region: Region) -> list[tuple[int, float]]:
    """(year, official index) for every year with one, oldest first: '2,87 → 3,10'."""
    out = []
    for year in sorted({e.data.year for e in region.evaluations}):
        found = of_year(region, year)
        if found and found.official and found.official.index is not None:
            out.append((year, found.official.index))
    return out
