"""What the progress pages show about an evaluation, arranged for templates.

No new figures: rates, bands and the index come from `generator/evaluation.py`; planned budgets
from the model (`programme_by_year`). This module only pairs each planned programme with what the
record says about it, and gives statuses their traffic light.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.catalog import Pillar
from generator.model.evaluation import DIMENSIONS, Evaluation, Rate
from generator.model.recommendations import Tracked, followed_in, open_recommendations, raised_in, tracked
from generator.model.region import Region, programme_by_year
from generator.render.progress_charts import band_label, light
from generator.schema.evaluation import ProgrammeProgress
from generator.schema.plan import Programme

# Traffic light of a programme's status in the evaluation year (None: neutral grey).
STATUS_LIGHT: dict[str, int | None] = {
    "done": 3,
    "in-progress": 2,
    "not-started": 0,
    "cancelled": None,
    "unreported": 0,
}
OUTCOME_LIGHT = {"done": 3, "partial": 1, "not-done": 0}  # quick-win outcomes
RISK_LIGHT = {"closed": 3, "mitigated": 2, "open": 1, "occurred": 0}  # risk register states
# Dimensions the evaluators score; the others are computed from the record.
SCORED = ("baseline", "output", "impact")


@dataclass(frozen=True)
class ProgrammeRow:
    programme: Programme
    pillar: Pillar
    status: str  # a record status, or 'unreported' when the record does not mention a due programme
    planned: int  # the plan's budget for the evaluation year
    record: ProgrammeProgress | None

    @property
    def light(self) -> int | None:
        return STATUS_LIGHT[self.status]

    @property
    def withdrawn(self) -> bool:
        """Formally cancelled or reallocated: not counted in the implementation rate."""
        return bool(self.record and self.record.status == "cancelled" and self.record.cancellation)

    @property
    def realised(self) -> int | None:
        return self.record.realised_total if self.record else None

    @property
    def realisation(self) -> Rate:
        """Realised ÷ planned for this programme (the evaluation's own Rate type)."""
        return Rate(self.realised or 0, self.planned if self.realised is not None else 0)


def programme_rows(evaluation: Evaluation) -> list[ProgrammeRow]:
    """Every programme due by the evaluation year (the denominator of the implementation rate)."""
    recorded = {p.id: p for p in evaluation.data.programmes}
    region, year = evaluation.region, evaluation.data.year
    rows = []
    for programme in evaluation.planned():
        entry = recorded.get(programme.id)
        rows.append(
            ProgrammeRow(
                programme,
                region.pillar_of[programme.id],
                entry.status if entry else "unreported",
                programme_by_year(programme).get(year, 0),
                entry,
            )
        )
    return rows


def band(evaluation: Evaluation, fraction: float | None, lang: str) -> tuple[int | None, str]:
    """(traffic-light level 0–3, band label such as '76%–100%') of a fraction; (None, '') if no value."""
    found = evaluation.band(fraction)
    if found is None:
        return None, ""
    return light(found, evaluation.config.bands), band_label(found, lang)


def legend(evaluation: Evaluation, lang: str) -> list[tuple[int | None, str]]:
    """Every configured band, lowest first, with its traffic light: the key to the colours."""
    bands = sorted(evaluation.config.bands, key=lambda b: b.min)
    return [(light(b, bands), band_label(b, lang)) for b in bands]


def index_band(evaluation: Evaluation, lang: str) -> tuple[int | None, str]:
    """The band of the evaluation index (a 0–100 score, banded like a percentage)."""
    index = evaluation.index
    return band(evaluation, None if index is None else index / 100, lang)


def dimension_rows(evaluation: Evaluation) -> list[tuple[str, float, float | None, bool]]:
    """(dimension, weight %, score 0–100 or None, scored by the evaluators?) in the usual order."""
    return [(d, evaluation.weights.get(d, 0.0), evaluation.scores.get(d), d in SCORED) for d in DIMENSIONS]


def latest(region: Region) -> Evaluation | None:
    return region.evaluations[-1] if region.evaluations else None


def newest_first(region: Region) -> list[Evaluation]:
    return list(reversed(region.evaluations))


def is_draft(evaluation: Evaluation) -> bool:
    return evaluation.data.status != "approved"


def official_rows(evaluation: Evaluation) -> list[tuple[str, float, float | None, bool]]:
    """(dimension, weight %, official score as published, computed here?) in the usual order."""
    official = evaluation.official
    if official is None:
        return []
    return [
        (d, evaluation.weights.get(d, 0.0), official.scores[d], d == "impact" and official.impact_computed)
        for d in DIMENSIONS
    ]


def recommendations(evaluation: Evaluation) -> list[Tracked]:
    """Every recommendation raised up to this evaluation, with its follow-ups so far."""
    return tracked(evaluation)


def open_at(evaluation: Evaluation) -> list[Tracked]:
    """Recommendations still open at this evaluation, longest open first."""
    return open_recommendations(evaluation)


def raised_here(evaluation: Evaluation) -> list[Tracked]:
    return raised_in(evaluation)


def followed_here(evaluation: Evaluation) -> list[Tracked]:
    return followed_in(evaluation)


def latest_record(region: Region, programme_id: str) -> tuple[Evaluation, ProgrammeProgress] | None:
    """The newest evaluation that records this programme, with its entry (for the pillar pages)."""
    for evaluation in reversed(region.evaluations):
        entry = next((p for p in evaluation.data.programmes if p.id == programme_id), None)
        if entry is not None:
            return evaluation, entry
    return None


def plan_status_as_evaluated(evaluation: Evaluation, plan_status: str) -> str:
    """The plan's status in the evaluations' vocabulary (the documented mapping)."""
    return evaluation.config.status_mapping.get(plan_status, plan_status)  # type: ignore[call-overload]
