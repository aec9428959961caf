"""Figures over several regions (#17): an archived earlier plan generation is readable and linked,
but counted in no national figure; quick-win money stated as additional is part of the totals."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.model.region import programme_stages, programme_total
from generator.model.totals import RegionSet
from generator.render.opendata import national_data
from generator.validation.validate import validate_paths


def _archive_of(mini: Path) -> Path:
    """A copy of the mini region kept as its earlier generation, linked both ways."""
    archive = mini.parent / "mini-2020-2024"
    shutil.copytree(mini, archive)
    plan = archive / "masterplan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8") + "generation: {superseded_by: mini}\n", encoding="utf-8"
    )
    current = mini / "masterplan.yaml"
    current.write_text(
        current.read_text(encoding="utf-8")
        + "generation:\n  previous: [{slug: mini-2020-2024, period: 2020-2024}]\n",
        encoding="utf-8",
    )
    return archive


def test_an_archived_plan_is_valid_listed_and_not_counted(mini: Path) -> None:
    _archive_of(mini)
    result = validate_paths([mini.parent])
    assert not result.errors and not [d for d in result.diagnostics if d.code == "W256"]
    by_slug = {r.slug: r for r in result.regions}
    assert by_slug["mini-2020-2024"].archived and not by_slug["mini"].archived
    totals = RegionSet(result.regions)
    assert totals.region_count == 1
    assert totals.total_budget == by_slug["mini"].total_budget
    assert totals.programme_count == len(by_slug["mini"].programmes)
    bundle = national_data(result.regions)
    assert bundle["region_count"] == 1 and bundle["total_budget"] == by_slug["mini"].total_budget
    assert [r["archived"] for r in bundle["regions"]] == [False, True]  # listed, marked


def test_a_missing_generation_folder_is_a_warning(mini: Path) -> None:
    archive = _archive_of(mini)
    shutil.rmtree(archive)
    result = validate_paths([mini])
    assert [d.code for d in result.diagnostics if d.code == "W256"] == ["W256"]


def test_additional_quick_win_money_is_in_the_totals_included_is_not(mini: Path) -> None:
    region = validate_paths([mini]).regions[0]
    programmes = sum(programme_total(p) for p in region.programmes)
    (qw,) = region.quick_wins
    assert qw.budget_scope == "additional"
    assert region.total_budget == programmes + sum(qw.budget.values())
    assert region.budget_by_year[int(qw.start[:4])] == sum(
        sum(p.budget.get(int(qw.start[:4]), {}).values()) for p in region.programmes
    ) + sum(qw.budget.values())
    text = (mini / "governance.yaml").read_text(encoding="utf-8")
    (mini / "governance.yaml").write_text(text.replace("budget_scope: additional", "budget_scope: included"))
    region = validate_paths([mini]).regions[0]
    assert region.total_budget == programmes


def test_plan_apbd_and_apbd_p_per_year_keep_the_plan(mini: Path) -> None:
    text = (mini / "governance.yaml").read_text(encoding="utf-8")
    funding = (
        "    funding:\n"
        "      - {sub_activity: 2.16.03.2.02.0016, agency: DISKOMINFO, apbd: {2025: 450000000, 2026: 500000000},"
        " apbd_p: {2025: 420000000}}\n"
        "      - {sub_activity: 2.16.03.2.02.0020, agency: BAPPEDA, apbd: {2025: 40000000}}\n"
    )
    anchor = "      2026: {apbd: 600000000, csr: 100000000}\n"
    (mini / "governance.yaml").write_text(text.replace(anchor, anchor + funding, 1), encoding="utf-8")
    result = validate_paths([mini])
    assert not result.errors, result.errors
    gov01 = result.regions[0].programme("GOV-01")
    stages = {s.year: s for s in programme_stages(gov01)}
    assert (stages[2025].plan, stages[2025].apbd, stages[2025].apbd_p) == (500000000, 490000000, 460000000)
    assert (stages[2026].plan, stages[2026].apbd, stages[2026].apbd_p) == (700000000, 500000000, None)
    assert stages[2025].latest == 460000000 and stages[2026].latest == 500000000


def test_a_plan_naming_an_earlier_one_is_second_generation(mini: Path) -> None:
    """The Road Map book's facts: the generation, and the baselines measured in the earlier period."""
    _archive_of(mini)  # mini 2025–2029 names mini-2020-2024
    governance = mini / "governance.yaml"  # one baseline from before the earlier plan's period
    text = governance.read_text(encoding="utf-8")
    governance.write_text(text.replace("baseline: {year: 2024", "baseline: {year: 2019", 1), encoding="utf-8")
    by_slug = {r.slug: r for r in validate_paths([mini.parent]).regions}
    current, archive = by_slug["mini"], by_slug["mini-2020-2024"]
    assert (current.generation, archive.generation) == (2, 1)
    indicators = [(p.id, ind) for p in current.programmes for ind in p.indicators if ind.baseline]
    years = sorted({ind.baseline.year for _, ind in indicators})
    assert years == [2019, 2024]
    carried = [(prev.period, p.id, ind.name) for prev, p, ind in current.previous_baselines]
    assert carried == [("2020-2024", pid, ind.name) for pid, ind in indicators if ind.baseline.year == 2024]
    assert archive.previous_baselines == []
