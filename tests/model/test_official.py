"""The ministry's official result reproduced from a published case, and the weights per year.

Published case (Kota Kediri, evaluation 2022), from the regional press release:
BANGSAONLINE, "Hasil Evaluasi Smart City 2022, Kota Kediri ke-4 Tertinggi se-Jawa Timur",
28 December 2022, https://bangsaonline.com/amp/berita/113379/hasil-evaluasi-smart-city-2022-kota-kediri-ke-4-tertinggi-se-jawa-timur
quoting letter B-1003/DJAI/AI.01.04/12/2022 of 5 December 2022: index 3,31 (up 0,25 from 3,06),
rank 22 nationally; dimensions Baseline 3,60, Output 3,21, Outcome 3,23, Impact 3,07, Quick Win
3,65; pillars Governance 2,75, Branding 2,75, Economy 3,5, Society 3,33, Living 3,33,
Environment 2,75.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model.evaluation import evaluation_config
from generator.model.official import official_result, round_published, scheme_for
from generator.schema.evaluation import OfficialResult
from generator.validation.validate import validate_paths

from .test_evaluation import kebumen_record, kebumen_region

KEDIRI_2022 = {
    "letter": "B-1003/DJAI/AI.01.04/12/2022",
    "date": "2022-12-05",
    "scores": {"baseline": 3.60, "output": 3.21, "outcome": 3.23, "quick-win": 3.65},
    "pillars": {
        "governance": 2.75,
        "branding": 2.75,
        "economy": 3.5,
        "society": 3.33,
        "living": 3.33,
        "environment": 2.75,
    },
    "index": 3.31,
    "rank": 22,
}


def kediri(**changes):
    config = evaluation_config()
    scheme = scheme_for(config, 2022, None)
    data = OfficialResult.model_validate({**KEDIRI_2022, **changes})
    return official_result(data, dict(scheme.weights), scheme, config), scheme


def test_kediri_2022_published_index_is_reproduced() -> None:
    official, scheme = kediri()
    assert scheme.id == "pedoman-2021"
    assert official.impact_computed
    assert official.scores["impact"] == 3.07  # the published Impact = mean of the six pillars
    assert official.index == 3.31  # the published final index, exactly
    assert not official.published_differs


def test_kediri_needs_the_unrounded_impact() -> None:
    """With the rounded Impact typed in, the sum is 3.315, which half-up rounding makes 3.32: the
    ministry computes with the pillar mean itself, so a typed Impact must not replace it."""
    official, _ = kediri(scores={**KEDIRI_2022["scores"], "impact": 3.07}, pillars={})
    assert not official.impact_computed
    assert official.index == 3.32
    assert official.published_differs


def test_the_earlier_weights_do_not_reproduce_2022() -> None:
    config = evaluation_config()
    old = scheme_for(config, 2019, None)
    assert old.weights == {"baseline": 10, "output": 20, "outcome": 30, "impact": 30, "quick-win": 10}
    official = official_result(OfficialResult.model_validate(KEDIRI_2022), dict(old.weights), old, config)
    assert official.index != 3.31


@pytest.mark.parametrize(
    ("year", "scheme", "weights"),
    [
        (2018, "pedoman-2018", (10, 20, 30, 30, 10)),
        (2020, "pedoman-2018", (10, 20, 30, 30, 10)),
        (2021, "pedoman-2021", (10, 20, 30, 20, 20)),
        (2022, "pedoman-2021", (10, 20, 30, 20, 20)),  # Kota Kediri 2022, Kota Jambi 2022
        (2024, "pedoman-2021", (10, 20, 30, 20, 20)),
        (2026, "pedoman-2021", (10, 20, 30, 20, 20)),
        (2017, None, None),
        (2027, None, None),  # no known scheme: E317 unless the record gives weights
    ],
)
def test_weights_per_year(year: int, scheme: str | None, weights: tuple[int, ...] | None) -> None:
    found = scheme_for(evaluation_config(), year, None)
    assert (found.id if found else None) == scheme
    if found:
        dims = ("baseline", "output", "outcome", "impact", "quick-win")
        assert tuple(found.weights[d] for d in dims) == weights
        assert found.sources, "every scheme says where its weights come from"


def test_old_scheme_ids_still_resolve() -> None:
    config = evaluation_config()
    assert config.scheme("kominfo-2024").id == "pedoman-2021"
    assert config.scheme("kominfo-2023").id == "pedoman-2018"


@pytest.mark.parametrize(("value", "expected"), [(3.315, 3.32), (3.3149, 3.31), (2.005, 2.01), (3.0, 3.0)])
def test_rounding_is_half_up_as_published(value: float, expected: float) -> None:
    assert round_published(value, 2) == expected


OFFICIAL_BLOCK = (
    "official:\n"
    "  letter: B-1003/DJAI/AI.01.04/12/2025\n"
    "  date: '2025-12-05'\n"
    "  scores: {baseline: 3.6, output: 3.21, outcome: 3.23, quick-win: 3.65}\n"
    "  pillars: {governance: 2.75, branding: 2.75, economy: 3.5, society: 3.33, living: 3.33, environment: 2.75}\n"
    "  index: 3.31\n"
    "  rank: 22\n"
    "  evaluated: 191\n"
)


def test_official_block_in_a_record(mini: Path, in_tmp: Path) -> None:
    kebumen_region(mini)
    kebumen_record(mini, extra=OFFICIAL_BLOCK)
    result = validate_paths([mini.parent])
    assert not [d for d in result.diagnostics if "evaluations" in d.file], result.diagnostics
    [evaluation] = result.regions[0].evaluations
    official = evaluation.official
    assert (official.index, official.rank, official.evaluated) == (3.31, 22, 191)
    assert official.scores["impact"] == 3.07
    # the estimate index of the record (0–100) is still the Kebumen figure, untouched
    assert evaluation.index == pytest.approx(
        (10 * 80 + 20 * 70 + 30 * 47 / 51 * 100 + 20 * 60 + 20 * 50) / 100
    )


def codes(mini: Path) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in validate_paths([mini.parent]).diagnostics if "evaluations" in d.file]


def test_official_block_errors(mini: Path, in_tmp: Path) -> None:
    kebumen_region(mini)
    bad = (
        OFFICIAL_BLOCK.replace("baseline: 3.6,", "baseline: 4.6,")
        .replace("index: 3.31", "index: 3.41")
        .replace("evaluated: 191", "evaluated: 20")
    )
    kebumen_record(mini, extra=bad)
    found = codes(mini)
    assert (11, "E330") in found  # 4.6 above the 0–4 scale
    assert (14, "E332") in found  # rank 22 of 20
    # the published-index check runs once the scores are valid
    kebumen_record(mini, extra=OFFICIAL_BLOCK.replace("index: 3.31", "index: 3.41"))
    assert (13, "W331") in codes(mini)
    kebumen_record(
        mini, extra=OFFICIAL_BLOCK.replace("scores: {baseline: 3.6,", "scores: {impact: 3.2, baseline: 3.6,")
    )
    assert (11, "W333") in codes(mini)


def test_reference_schemes_must_not_overlap(tmp_path: Path) -> None:
    from generator.validation.checks_evaluation import check_config
    from generator.validation.validate import EVALUATION_CONFIG

    text = EVALUATION_CONFIG.read_text().replace(
        "years: [2018, 2019, 2020]", "years: [2018, 2019, 2020, 2021]"
    )
    broken = tmp_path / "evaluation.yaml"
    broken.write_text(text)
    config, diags = check_config(broken, lang="en")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "2021, 2022, 2023" in row)
    assert config is None
    assert [(d.code, d.line) for d in diags] == [("E339", line)]
