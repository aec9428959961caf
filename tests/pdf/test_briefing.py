"""Choosing the regions of a briefing book and its print HTML (the rendered book: test_books.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pdf.briefing import SelectionError, build_html, label, select, totals
from generator.render.formatting import rupiah
from generator.validation.validate import validate_paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def regions():
    return validate_paths([ROOT / "masterplans"]).regions


def test_select_by_province_and_slugs(regions) -> None:
    east = select(regions, province="  kalimantan TIMUR ")
    assert [r.slug for r in east] == ["balikpapan", "kutai-kartanegara"]
    assert label(east, "kalimantan timur") == "Provinsi Kalimantan Timur"
    mixed = select(regions, province="Kalimantan Timur", slugs=("kotawaringin-timur",))
    assert [r.slug for r in mixed] == ["balikpapan", "kotawaringin-timur", "kutai-kartanegara"]
    assert label(mixed, None) == "3 daerah"


def test_select_refuses_what_names_no_region(regions) -> None:
    with pytest.raises(SelectionError, match="provinces: Kalimantan Tengah, Kalimantan Timur"):
        select(regions, province="Papua")
    with pytest.raises(SelectionError, match="no region 'kota-x'"):
        select(regions, slugs=("kota-x",))
    with pytest.raises(SelectionError, match="name a province"):
        select(regions)


def test_totals_add_up_the_regions_figures(regions) -> None:
    sums = totals(regions)
    assert sums.budget == sum(r.total_budget for r in regions) == sum(sums.by_pillar.values())
    assert sum(sums.by_year.values()) == sums.budget
    assert min(sums.by_year) == min(y for r in regions for y in r.years)


def test_briefing_html_names_every_region_and_its_budget(regions) -> None:
    html = build_html(regions, title_label="3 daerah")
    assert '<html lang="id">' in html
    for r in regions:
        assert r.full_name in html and rupiah(r.total_budget) in html
    assert html.count('<th scope="row"') >= 18 + len(regions)  # element rows, region rows
