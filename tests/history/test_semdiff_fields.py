"""Every field of the file models is reported by the semantic diff when it changes.

The diff derives the fields it compares from the pydantic models; these tests change one field at a
time and check that `diff_regions` says so. A field added to the schema fails here until a changed
value for it is added below, so it cannot be left out of `masterplan diff` silently (as a
programme's `missions` once were).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import BaseModel

from generator.history import semdiff
from generator.history.report import format_text
from generator.history.semdiff import RegionDiff, diff_regions
from generator.model.region import Region
from generator.schema.plan import Document, Indicator, MasterplanFile, PillarFile, Programme, QuickWin
from generator.validation.validate import validate_region

from ..conftest import FIXTURES


@pytest.fixture(scope="module")
def region() -> Region:
    region, diags = validate_region(FIXTURES / "mini")
    assert region is not None, diags
    return region


def _changed(model: BaseModel, field: str, value: Any) -> Any:
    """`model` with one field replaced, validated like a file would be."""
    return type(model).model_validate({**model.model_dump(), field: value})


# One changed value per field (for the mini region's first governance programme / quick win).
PROGRAMME = {
    "id": "GOV-09",
    "name": "Program Baru",
    "element": "bureaucracy",
    "category": "infrastructure",
    "description": "Uraian baru.",
    "problem": "Masalah baru.",
    "goal": "Tujuan baru.",
    "missions": ["M1"],
    "rpjmd": ["S1.1"],
    "secondary": ["society.security"],
    "locations": ["64.99.01"],
    "lead": "BAPPEDA",
    "support": [],
    "partners": [{"name": "Universitas Mini", "type": "akademisi"}],
    "years": [2025, 2026, 2027],
    "outputs": {2025: "Aplikasi"},
    "budget": {2025: {"apbd": 1}, 2026: {"apbd": 600000000, "csr": 100000000}},
    "total_budget": 1200000000,
    "funding": [{"sub_activity": "2.16.03.2.02.0016", "agency": "DISKOMINFO", "apbd": {2025: 400000000}}],
    "indicators": [],
    "risks": [{"description": "Risiko", "likelihood": "rendah", "impact": "sedang", "mitigation": "M"}],
    "status": "ongoing",
    "internal_notes": "Catatan.",
}
QUICK_WIN = {
    "id": "QW-GOV-09",
    "name": "Layanan baru",
    "programme": "GOV-02",
    "element": "bureaucracy",
    "description": "Uraian baru.",
    "lead": "BAPPEDA",
    "support": ["BAPPEDA"],
    "start": "2025-03",
    "end": "2025-12",
    "beneficiaries": "ASN",
    "budget": {"apbd": 1},
    "budget_scope": "included",
    "locations": ["64.99.01"],
    "milestones": [{"month": "2025-04", "output": "Uji coba"}],
    "indicators": [{"name": "Waktu layanan", "unit": "hari", "targets": {2025: 2}}],
}
INDICATOR = {
    "id": "GOV-01.7",
    "name": "Layanan luring",
    "unit": "unit",
    "direction": "down",
    "baseline": {"year": 2024, "value": 41},
    "targets": {2025: 51, 2026: 60},
    "sni": "10.3",
    "location_targets": {"64.99.01": {2025: 20}},
}
DOCUMENT = {
    "title": "Masterplan Baru",
    "version": "1.1",
    "status": "final",
    "approved_on": "2025-06-01",
    "place": "Mini",
    "adopted_by": {"type": "perwali", "number": "7 Tahun 2025", "date": "2025-06-02"},
    "signatories": [{"name": "Budi", "position": "Wali Kota", "role": "prepared"}],
    "forewords": [{"author": "Budi", "position": "Wali Kota", "text": "Kata pengantar."}],
    "internal_notes": "Catatan.",
}
PLAN: dict[str, Callable[[dict[str, Any]], Any]] = {
    "format": lambda d: 1,  # the only version there is: never a change
    "region": lambda d: {**d["region"], "province": "Jawa Barat"},
    "period": lambda d: {"start": 2025, "end": 2030},
    "rpjmd": lambda d: {"title": "RPJMD baru"},
    "vision": lambda d: "Visi baru.",
    "missions": lambda d: [*d["missions"], {"id": "M2", "text": "Misi kedua."}],
    "goals": lambda d: [],
    "agencies": lambda d: [*d["agencies"], {"code": "DISDIK", "name": "Dinas Pendidikan"}],
    "council": lambda d: {"members": [{**d["council"]["members"][0], "role": "Anggota"}]},
    "team": lambda d: {"members": [{**d["team"]["members"][0], "role": "Anggota"}]},
    "readiness": lambda d: {"items": [{**d["readiness"]["items"][0], "score": 61}]},
    "chapters": lambda d: {"background": "Latar belakang."},
    "document": lambda d: {**d["document"], "version": "2.0"},
    "generation": lambda d: {"previous": [{"slug": "mini-2019-2023", "period": "2019-2023"}]},
}
PILLAR = {
    "format": None,  # the only version there is: never a change
    "summary": "Ringkasan.",
    "strategy": [],
    "programmes": None,  # field by field above
    "quick_wins": None,
}


def _with_pillar(region: Region, **update: Any) -> Region:
    part = region.parts[0]
    parts = [dataclasses.replace(part, data=part.data.model_copy(update=update)), *region.parts[1:]]
    return dataclasses.replace(region, parts=parts)


def _with_plan(region: Region, plan: MasterplanFile) -> Region:
    return dataclasses.replace(region, plan=plan)


def _fields(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def test_every_field_has_a_changed_value_here() -> None:
    assert set(PROGRAMME) == _fields(Programme)
    assert set(QUICK_WIN) == _fields(QuickWin)
    assert set(INDICATOR) == _fields(Indicator)
    assert set(DOCUMENT) == _fields(Document)
    assert set(PLAN) == _fields(MasterplanFile)
    assert set(PILLAR) == _fields(PillarFile)


def _reported(diff: RegionDiff, field: str) -> bool:
    """Whether the diff of one changed programme or quick win names `field`'s change."""
    items = [*diff.changed, *diff.qw_changed]
    if field == "id":
        return bool((diff.added and diff.removed) or (diff.qw_added and diff.qw_removed))
    if field == "budget":
        return any(i.budget for i in items)
    if field == "indicators":
        return any(i.targets for i in items)
    return any(c.field == field for i in items for c in i.changes)


@pytest.mark.parametrize("field", sorted(PROGRAMME))
def test_a_changed_programme_field_is_reported(region: Region, field: str) -> None:
    old = region.parts[0].data.programmes
    if field == "total_budget":  # the stated total must equal the budget's sum: not a change of its own
        changed = _changed(old[0], field, sum(a for y in old[0].budget.values() for a in y.values()))
        diff = diff_regions(region, _with_pillar(region, programmes=[changed, *old[1:]]), slug="mini")
        assert diff.empty
        return
    changed = _changed(old[0], field, PROGRAMME[field])
    diff = diff_regions(region, _with_pillar(region, programmes=[changed, *old[1:]]), slug="mini")
    assert _reported(diff, field), diff


@pytest.mark.parametrize("field", sorted(QUICK_WIN))
def test_a_changed_quick_win_field_is_reported(region: Region, field: str) -> None:
    old = region.parts[0].data.quick_wins
    changed = _changed(old[0], field, QUICK_WIN[field])
    diff = diff_regions(region, _with_pillar(region, quick_wins=[changed, *old[1:]]), slug="mini")
    assert _reported(diff, field), diff


@pytest.mark.parametrize("field", sorted(INDICATOR))
def test_a_changed_indicator_field_is_reported(region: Region, field: str) -> None:
    programme = region.parts[0].data.programmes[0]
    indicator = _changed(programme.indicators[0], field, INDICATOR[field])
    changed = programme.model_copy(update={"indicators": [indicator]})
    rest = region.parts[0].data.programmes[1:]
    diff = diff_regions(region, _with_pillar(region, programmes=[changed, *rest]), slug="mini")
    (item,) = diff.changed
    kinds = {t.kind for t in item.targets}
    expected = {"name": {"added", "removed"}, "baseline": {"baseline"}, "targets": {"target"}}
    assert kinds == expected.get(field, {"changed"})
    if field not in expected:
        assert item.targets[0].old == field


@pytest.mark.parametrize("field", sorted(DOCUMENT))
def test_a_changed_document_field_is_reported(region: Region, field: str) -> None:
    document = _changed(region.plan.document, field, DOCUMENT[field])
    diff = diff_regions(
        region, _with_plan(region, region.plan.model_copy(update={"document": document})), slug="mini"
    )
    assert [c.field for c in diff.document] == [field]


@pytest.mark.parametrize("field", sorted(PLAN))
def test_a_changed_section_of_masterplan_yaml_is_reported(region: Region, field: str) -> None:
    data = region.plan.model_dump()
    plan = _changed(region.plan, field, PLAN[field](data))
    diff = diff_regions(region, _with_plan(region, plan), slug="mini")
    if field == "format":
        assert diff.empty
    elif field == "document":
        assert [c.field for c in diff.document] == ["version"]
    else:
        assert [c.field for c in [*diff.document, *diff.plan]] == [field]


@pytest.mark.parametrize("field", ["summary", "strategy"])
def test_a_changed_pillar_section_is_reported(region: Region, field: str) -> None:
    diff = diff_regions(region, _with_pillar(region, **{field: PILLAR[field]}), slug="mini")
    assert [c.field for c in diff.plan] == [f"governance.{field}"]


def test_short_fields_are_shown_and_prose_and_internal_fields_only_named() -> None:
    assert "missions" in semdiff.PROGRAMME.short
    assert {"description", "problem", "goal", "internal_notes"} <= set(semdiff.PROGRAMME.long)
    assert "internal_notes" in semdiff.DOCUMENT.long


def test_the_diff_text_names_a_missions_change(region: Region) -> None:
    old = region.parts[0].data.programmes
    changed = _changed(old[0], "missions", ["M1"])
    diff = diff_regions(region, _with_pillar(region, programmes=[changed, *old[1:]]), slug="mini")
    assert "missions: — → M1" in format_text([diff], lang="en")
