"""Vocabulary of the synthetic national corpus: provinces and their regencies and cities, agencies,
people's names and the programme templates per element that `make_corpus.py` draws from.

The words are data (`words.yaml` beside this module); this module reads them once and offers them
as read-only tuples, as the generators expect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def _frozen(value: Any) -> Any:
    """YAML lists as tuples, all the way down (the tables are shared by every generator)."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


_DATA: dict[str, Any] = _frozen(
    yaml.load((Path(__file__).with_name("words.yaml")).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
)

T = tuple[str, str, str, tuple[str, ...], str, str, str, tuple[str, str]]

PROVINCES: tuple[tuple[str, str, str, str], ...] = _DATA["PROVINCES"]
NEW_REGION_SUFFIXES: tuple[str, ...] = _DATA["NEW_REGION_SUFFIXES"]
AGENCIES: tuple[tuple[str, str, str | None], ...] = _DATA["AGENCIES"]
OPTIONAL_AGENCIES: tuple[tuple[str, str, str | None], ...] = _DATA["OPTIONAL_AGENCIES"]
MEN: tuple[str, ...] = _DATA["MEN"]
WOMEN: tuple[str, ...] = _DATA["WOMEN"]
SURNAMES: tuple[str, ...] = _DATA["SURNAMES"]
DEGREES: tuple[Any, ...] = _DATA["DEGREES"]
MISSIONS: tuple[Any, ...] = _DATA["MISSIONS"]
GOAL_MISSIONS: dict[str, Any] = _DATA["GOAL_MISSIONS"]
GOALS: dict[str, Any] = _DATA["GOALS"]
PILLAR_SUMMARIES: dict[str, Any] = _DATA["PILLAR_SUMMARIES"]
READINESS: tuple[Any, ...] = _DATA["READINESS"]
SWOT: dict[str, Any] = _DATA["SWOT"]
STRATEGIC_ISSUES: tuple[Any, ...] = _DATA["STRATEGIC_ISSUES"]
LEGAL_BASIS: tuple[Any, ...] = _DATA["LEGAL_BASIS"]
PARTNERS: tuple[Any, ...] = _DATA["PARTNERS"]
OUTPUTS: dict[str, Any] = _DATA["OUTPUTS"]
RISKS: dict[str, Any] = _DATA["RISKS"]
STRATEGY: dict[str, Any] = _DATA["STRATEGY"]
ELEMENT_THEMES: dict[str, Any] = _DATA["ELEMENT_THEMES"]
SNI_DOWN: frozenset[str] = frozenset(_DATA["SNI_DOWN"])  # SNI indicators where lower is better
PROGRAMMES: dict[str, tuple[T, ...]] = _DATA["PROGRAMMES"]
BENEFICIARIES: tuple[Any, ...] = _DATA["BENEFICIARIES"]
