"""The file models agree with the reference data they name."""

from __future__ import annotations

from typing import get_args

from generator.catalog import catalog
from generator.schema import evaluation, plan


def test_pillar_codes_are_the_catalogues_pillars() -> None:
    """`PillarCode` is a Literal (so editors and mypy know it); pillars.yaml is the reference."""
    assert get_args(plan.PillarCode) == tuple(p.code for p in catalog().pillars)
    assert evaluation.PillarCode is plan.PillarCode
