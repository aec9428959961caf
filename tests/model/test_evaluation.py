"""Evaluation figures against hand-worked examples, and invalid records at their position."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.model.evaluation import band_for, evaluation_config
from generator.validation.checks_evaluation import check_config
from generator.validation.validate import validate_paths

# Kebumen's reported per-pillar implementation (shared/DOMAIN.md): implemented / planned.
KEBUMEN = {
    "governance": (9, 9),
    "living": (9, 10),
    "branding": (6, 7),
    "economy": (10, 12),
    "society": (9, 9),
    "environment": (4, 4),
}


def programme(pid: str, element: str, year: int = 2025) -> str:
    return (
        f"  - {{id: {pid}, name: Program {pid}, element: {element}, category: application, "
        f"description: Uraian., lead: DISKOMINFO, years: [{year}, {year + 1}], "
        f"budget: {{{year}: {{apbd: 100000000}}}}, "
        f"indicators: [{{id: {pid}.1, name: Cakupan, unit: persen, targets: {{{year}: 50}}}}]}}\n"
    )


def kebumen_region(mini: Path) -> None:
    """Rewrite the mini fixture so each pillar has Kebumen's planned counts (+1 not yet due)."""
    from generator.catalog import catalog

    for pillar in catalog().pillars:
        planned = KEBUMEN[pillar.code][1]
        elements = [e.code for e in pillar.elements]
        body = "format: 1\nprogrammes:\n"
        for n in range(planned):
            body += programme(f"{pillar.prefix}-{n + 1:02d}", elements[n % 3])
        body += programme(f"{pillar.prefix}-99", elements[0], year=2027)  # not due in 2025
        quick = (mini / pillar.file).read_text().split("quick_wins:")
        (mini / pillar.file).write_text(body + (("quick_wins:" + quick[1]) if len(quick) > 1 else ""))


def kebumen_record(mini: Path, extra: str = "") -> Path:
    from generator.catalog import catalog

    rows = []
    for pillar in catalog().pillars:
        done, planned = KEBUMEN[pillar.code]
        for n in range(planned):
            status = "done" if n < done // 2 else "in-progress" if n < done else "not-started"
            rows.append(
                f"  - {{id: {pillar.prefix}-{n + 1:02d}, status: {status}, realised_budget: 80000000, "
                f"indicators: [{{id: {pillar.prefix}-{n + 1:02d}.1, value: 40}}]}}"
            )
    (mini / "evaluations").mkdir(exist_ok=True)
    path = mini / "evaluations" / "2025-tahap-1.yaml"
    path.write_text(
        "format: 1\nyear: 2025\nstage: 1\ndate: '2025-09-01'\n"
        "evaluators: [{name: Tim, institution: Universitas}]\n"
        "scores: {baseline: 80, output: 70, impact: 60}\n"
        "quick_wins: [{id: QW-GOV-01, outcome: partial}]\n" + extra + "programmes:\n" + "\n".join(rows) + "\n"
    )
    return path


@pytest.fixture
def kebumen(mini: Path, in_tmp: Path):
    kebumen_region(mini)
    kebumen_record(mini)
    result = validate_paths([mini.parent])
    assert not result.errors, result.errors
    [region] = result.regions
    [evaluation] = region.evaluations
    return evaluation


def test_kebumen_implementation_rates(kebumen) -> None:
    rates = {p.code: r for p, r in kebumen.implementation_by_pillar}
    assert rates["living"].value == pytest.approx(0.90)
    assert rates["branding"].value == pytest.approx(0.8571, abs=1e-4)
    assert rates["economy"].value == pytest.approx(0.8333, abs=1e-4)
    assert rates["governance"].value == rates["society"].value == rates["environment"].value == 1.0
    overall = kebumen.implementation()
    assert (overall.done, overall.total) == (47, 51)  # 51 programmes: "a realistic size"


def test_budget_realisation_and_indicators(kebumen) -> None:
    assert kebumen.budget_realisation.value == pytest.approx(0.8)  # 80 of 100 million each
    achievement = kebumen.indicator_achievements[0]
    assert (achievement.target, achievement.value, achievement.ratio) == (50, 40, pytest.approx(0.8))


def test_weighted_index_by_hand(kebumen) -> None:
    # 2025 uses kominfo-2024: baseline 10, output 20, outcome 30, impact 20, quick-win 20.
    outcome = 47 / 51 * 100
    quick = 50.0  # one quick win due, partial
    expected = (10 * 80 + 20 * 70 + 30 * outcome + 20 * 60 + 20 * quick) / 100
    assert kebumen.scores["outcome"] == pytest.approx(outcome)
    assert kebumen.index == pytest.approx(expected)
    assert kebumen.band(kebumen.index / 100).code == "good"


@pytest.mark.parametrize(
    ("percent", "band"),
    [
        (0, "low"),
        (25, "low"),
        (25.5, "low"),
        (26, "fair"),
        (75, "good"),
        (75.9, "good"),
        (76, "excellent"),
        (100, "excellent"),
    ],
)
def test_bands(percent: float, band: str) -> None:
    assert band_for(percent, evaluation_config().bands).code == band


def codes_of(mini: Path) -> list[tuple[str, int, str]]:
    result = validate_paths([mini.parent])
    return [(Path(d.file).name, d.line, d.code) for d in result.diagnostics]


def test_invalid_records_are_rejected_at_their_position(mini: Path, in_tmp: Path) -> None:
    kebumen_region(mini)
    path = kebumen_record(
        mini, extra="weights: {baseline: 10, output: 20, outcome: 30, impact: 30, quick-win: 20}\n"
    )
    text = path.read_text().replace("{id: GOV-01,", "{id: GOV-42,").replace("year: 2025", "year: 2031")
    text = text.replace(
        "BRD-01, status: done, realised_budget: 80000000, indicators: [{id: BRD-01.1,",
        "BRD-01, status: done, realised_budget: 80000000, indicators: [{id: BRD-01.9,",
    )
    text = text.replace(
        "ECO-01, status: done, realised_budget: 80000000, indicators: [{id: ECO-01.1, value: 40",
        "ECO-01, status: done, realised_budget: 80000000, indicators: [{id: ECO-01.1, value: 140",
    )
    bad = mini / "evaluations" / "2031-tahap-1.yaml"
    bad.write_text(text)
    path.unlink()
    found = codes_of(mini)
    assert ("2031-tahap-1.yaml", 2, "E204") in found  # year outside the period
    assert ("2031-tahap-1.yaml", 8, "E303") in found  # weights sum to 110
    lines = bad.read_text().splitlines()
    gov42 = next(i for i, line in enumerate(lines, 1) if "GOV-42" in line)
    assert ("2031-tahap-1.yaml", gov42, "E301") in found
    assert any(code == "E305" for *_, code in found)
    assert any(code == "E316" for *_, code in found)


def test_reference_bands_and_weights_are_checked(tmp_path: Path) -> None:
    from generator.validation.validate import EVALUATION_CONFIG

    data = YAML(typ="safe").load(EVALUATION_CONFIG.read_text())
    text = EVALUATION_CONFIG.read_text().replace("{code: fair, min: 26,", "{code: fair, min: 20,")
    text = text.replace("impact: 20, quick-win: 20}", "impact: 20, quick-win: 25}")
    broken = tmp_path / "evaluation.yaml"
    broken.write_text(text)
    config, diags = check_config(broken, lang="en")
    assert config is None and data["bands"]
    found = sorted((d.code, d.line) for d in diags)
    band_line = next(i for i, line in enumerate(text.splitlines(), 1) if "code: fair" in line)
    weight_line = next(i for i, line in enumerate(text.splitlines(), 1) if "quick-win: 25" in line)
    assert found == [("E303", weight_line), ("E304", band_line)]
