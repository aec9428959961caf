"""Every figure a model can compute formats, whatever its size: ratios over near-zero targets reach
1e300 and infinity (a Babel decimal error once took the build down)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.render.formatting import number, percent, rupiah, rupiah_short

ANY_FLOAT = st.floats(allow_nan=True, allow_infinity=True)


@given(ANY_FLOAT, st.sampled_from(["id", "en"]))
def test_numbers_and_percentages_of_any_size_format(value: float, lang: str) -> None:
    assert number(value, lang) and percent(value, lang) and percent(value, lang, digits=0)


@given(st.integers(-(10**22), 10**22), st.sampled_from(["id", "en"]))
def test_rupiah_sums_far_beyond_one_programme_format(amount: int, lang: str) -> None:
    assert rupiah(amount, lang).count("Rp") + rupiah(amount, lang).count("IDR") >= 1
    assert rupiah_short(amount, lang)


def test_figures_beyond_the_exact_range_say_so() -> None:
    assert percent(1e300).startswith("> ") and number(-1e40).startswith("< ") and number(float("nan")) == "–"
    assert percent(0.857) == "85,7%" and number(12.5) == "12,5"
