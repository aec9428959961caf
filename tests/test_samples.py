"""The product samples in masterplans/ against the domain notes they were written from.

These are the only tests that pin figures of the samples: editing a sample so that it no longer
matches the notes (shared/DOMAIN.md) should fail here, and nowhere else. Every other test either
derives its expectations from the model or uses the private fixtures in tests/fixtures/.
"""

from __future__ import annotations

from generator.validation.validate import validate_paths

from .conftest import SAMPLES


def test_the_samples_are_valid_and_complete() -> None:
    result = validate_paths([SAMPLES])
    assert not result.errors
    assert len(result.regions) >= 3
    statuses = {r.plan.document.status for r in result.regions}
    assert "approved" in statuses and statuses - {"approved"}  # public and review builds both differ


def test_kutai_kartanegara_implemented_about_three_quarters_by_2026() -> None:
    """The headline the domain notes quote: ~75% of the plan implemented (27 of the 36 programmes due
    in 2026; SOC-03, formally cancelled with a decision, leaves the denominator: 27 of 35)."""
    [region] = validate_paths([SAMPLES / "kutai-kartanegara"]).regions
    latest = next(e for e in region.evaluations if e.slug == "2026-tahap-2")
    rate = latest.implementation()
    assert len(latest.planned()) == 36 and latest.withdrawn == {"SOC-03"}
    assert (rate.done, rate.total) == (27, 35)


def test_official_results_and_recommendations_of_the_samples() -> None:
    """The ministry's results as the samples record them: index 2,94 (2025) → 3,23 (2026), rank 27 of
    201; the 2025 recommendations followed up in 2026, two still open after 13 months."""
    from generator.model.official import index_trend
    from generator.model.recommendations import open_recommendations

    regions = {r.slug: r for r in validate_paths([SAMPLES]).regions}
    kukar = regions["kutai-kartanegara"]
    latest = kukar.evaluations[-1]
    assert (latest.official.index, latest.official.rank, latest.official.evaluated) == (3.23, 27, 201)
    assert latest.official.scores["impact"] == 3.16  # the mean of the six pillar scores
    assert index_trend(kukar) == [(2025, 2.94), (2026, 3.23)]
    assert index_trend(regions["kotawaringin-timur"]) == [(2024, 2.88)]
    still_open = [(t.recommendation.id, t.status, t.months_open) for t in open_recommendations(latest)]
    assert still_open == [
        ("REK-2025-02", "in-progress", 13),
        ("REK-2025-03", "not-started", 13),
        ("REK-2026-01", "open", 0),
        ("REK-2026-02", "open", 0),
    ]
    by_source = dict(latest.realisation_by_source)
    assert set(by_source) == {"apbd", "apbn", "dak", "dana-desa", None}
    assert sum(r.done for r in by_source.values()) == latest.budget_realisation.done
