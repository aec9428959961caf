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
    """The headline the domain notes quote: ~75% of the plan implemented (27 of 36 in 2026)."""
    [region] = validate_paths([SAMPLES / "kutai-kartanegara"]).regions
    latest = next(e for e in region.evaluations if e.slug == "2026-tahap-2")
    rate = latest.implementation()
    assert (rate.done, rate.total) == (27, 36)
