"""Derived figures of a region (generator/model/region.py, totals.py), worked out by hand on the
private fixture tests/fixtures/mini: 18 programmes (three per pillar), each budgeted
Rp 500 juta APBD in 2025 and Rp 600 juta APBD + Rp 100 juta CSR in 2026; one quick win of
Rp 150 juta APBD from 2025, stated `budget_scope: additional`: on top of its programme, in the totals."""

from __future__ import annotations

import pytest

from generator.model.region import Region, programme_by_source, programme_by_year, risk_band, risk_score
from generator.model.totals import RegionSet
from generator.schema.plan import Risk
from generator.validation.validate import validate_region

from ..conftest import FIXTURES

JUTA = 1_000_000


@pytest.fixture(scope="module")
def mini() -> Region:
    region, diags = validate_region(FIXTURES / "mini")
    assert region is not None, diags
    return region


def test_budgets_add_up_per_programme_pillar_year_and_source(mini: Region) -> None:
    p = mini.programme("GOV-01")
    assert programme_by_year(p) == {2025: 500 * JUTA, 2026: 700 * JUTA}
    assert programme_by_source(p) == {"apbd": 1100 * JUTA, "csr": 100 * JUTA}
    assert mini.total_budget == 18 * 1200 * JUTA + 150 * JUTA
    assert mini.budget_by_year == {2025: 9150 * JUTA, 2026: 12600 * JUTA, 2027: 0, 2028: 0, 2029: 0}
    assert mini.budget_by_pillar_year["governance"] == {
        2025: 1650 * JUTA,
        2026: 2100 * JUTA,
        2027: 0,
        2028: 0,
        2029: 0,
    }
    assert [(s.code, amount) for s, amount in mini.budget_by_source] == [
        ("apbd", 19950 * JUTA),
        ("csr", 1800 * JUTA),
    ]
    assert mini.quick_win_budget == mini.quick_win_additional == 150 * JUTA


def test_coverage_agencies_and_identity(mini: Region) -> None:
    assert len(mini.coverage) == 18 and set(mini.coverage.values()) == {1}
    roles = {r.agency.code: r for r in mini.agency_roles}
    assert len(roles["DISKOMINFO"].leads) == 18 and roles["DISKOMINFO"].led_budget == 18 * 1200 * JUTA
    assert len(roles["BAPPEDA"].supports) == 18
    assert mini.full_name == "Kota Mini" and mini.years == [2025, 2026, 2027, 2028, 2029]
    assert mini.pillar_of["QW-GOV-01"].code == "governance"
    assert mini.readiness_score == 60.0


@pytest.mark.parametrize(
    ("likelihood", "impact", "score", "band"),
    [
        ("rendah", "rendah", 1, "low"),
        ("sedang", "sedang", 4, "medium"),
        ("tinggi", "sedang", 6, "high"),
        ("tinggi", "tinggi", 9, "extreme"),
    ],
)
def test_risk_matrix(likelihood: str, impact: str, score: int, band: str) -> None:
    risk = Risk(description="R", likelihood=likelihood, impact=impact, mitigation="M")
    assert (risk_score(risk), risk_band(risk)) == (score, band)


def test_sums_over_regions(mini: Region) -> None:
    both = RegionSet([mini, mini])
    assert both.total_budget == 2 * mini.total_budget
    assert (both.programme_count, both.quick_win_count) == (36, 2)
