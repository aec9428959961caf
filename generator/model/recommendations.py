"""Recommendations tracked to closure across a region's evaluations.

Each evaluation lists weaknesses with a recommendation under a stable id (`REK-2025-01`); a later
evaluation records each earlier recommendation's follow-up (done, in-progress, not-started, with
evidence). A recommendation is *open* until a follow-up says `done`; how long it has been open is
counted in whole months from the date of the evaluation that raised it to the date of the
evaluation looked at (the latest, on the progress page). Without this, one region's 2023 report
repeated its 2022 weaknesses word for word and nobody knew whether they had been acted on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from generator.schema.evaluation import FollowUp, Recommendation

if TYPE_CHECKING:
    from generator.model.evaluation import Evaluation


@dataclass(frozen=True)
class Tracked:
    """A recommendation as it stands at one evaluation."""

    recommendation: Recommendation
    raised_in: Evaluation
    follow_ups: list[tuple[Evaluation, FollowUp]] = field(default_factory=list)
    as_of: Evaluation | None = None

    @property
    def status(self) -> str:
        """'open' (no follow-up yet), or the latest follow-up's status."""
        return self.follow_ups[-1][1].status if self.follow_ups else "open"

    @property
    def is_open(self) -> bool:
        return self.status != "done"

    @property
    def closed_in(self) -> Evaluation | None:
        return self.follow_ups[-1][0] if self.follow_ups and not self.is_open else None

    @property
    def months_open(self) -> int:
        """Whole months from the raising evaluation to the one looked at (or to closure)."""
        end = self.closed_in or self.as_of or self.raised_in
        return months_between(self.raised_in.data.date, end.data.date)


def months_between(start: str, end: str) -> int:
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    months = (b.year - a.year) * 12 + (b.month - a.month) - (1 if b.day < a.day else 0)
    return max(months, 0)


def tracked(evaluation: Evaluation) -> list[Tracked]:
    """Every recommendation raised up to and including `evaluation`, with the follow-ups recorded
    up to it, in the order they were raised."""
    history = [e for e in evaluation.region.evaluations if _key(e) <= _key(evaluation)]
    raised: dict[str, Tracked] = {}
    for ev in history:
        for follow in ev.data.follow_up:
            if follow.id in raised:
                raised[follow.id].follow_ups.append((ev, follow))
        for rec in ev.data.recommendations:
            raised.setdefault(rec.id, Tracked(rec, ev, [], evaluation))
    return list(raised.values())


def open_recommendations(evaluation: Evaluation) -> list[Tracked]:
    """Recommendations still open at `evaluation`, longest open first."""
    rows = [t for t in tracked(evaluation) if t.is_open]
    return sorted(rows, key=lambda t: (-t.months_open, t.recommendation.id))


def raised_in(evaluation: Evaluation) -> list[Tracked]:
    """The recommendations this evaluation makes, with their state as of it."""
    return [t for t in tracked(evaluation) if t.raised_in is evaluation]


def followed_in(evaluation: Evaluation) -> list[Tracked]:
    """Earlier recommendations whose follow-up this evaluation records."""
    return [t for t in tracked(evaluation) if t.follow_ups and t.follow_ups[-1][0] is evaluation]


def _key(evaluation: Evaluation) -> tuple[int, int]:
    return (evaluation.data.year, evaluation.data.stage)
