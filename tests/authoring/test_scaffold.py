"""`masterplan new` (generator/authoring/scaffold.py): a region that validates, or a clear refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.authoring.scaffold import ScaffoldError, scaffold
from generator.catalog import catalog
from generator.validation.validate import validate_region


def test_a_new_region_validates_and_has_every_file(tmp_path: Path) -> None:
    folder = scaffold(
        tmp_path, "kota-contoh", name="Contoh", kind="kota", province="Kalimantan Timur", period="2025-2029"
    )
    names = {p.name for p in folder.iterdir()}
    assert {"masterplan.yaml", "assets", *(p.file for p in catalog().pillars)} <= names
    region, diags = validate_region(folder)
    assert region is not None and not [d for d in diags if d.is_error], diags
    assert region.full_name == "Kota Contoh" and region.years == [2025, 2026, 2027, 2028, 2029]
    assert all(
        f.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
        for f in folder.glob("*.yaml")
    )


@pytest.mark.parametrize(
    ("slug", "period", "message"),
    [
        ("Kota Contoh", "2025-2029", "lower-case words"),
        ("kota-contoh", "2025-2027", "five years"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_written(
    tmp_path: Path, slug: str, period: str, message: str
) -> None:
    with pytest.raises(ScaffoldError, match=message):
        scaffold(tmp_path, slug, name="Contoh", kind="kota", province="Jawa Barat", period=period)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_region_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "kota-contoh").mkdir()
    (tmp_path / "kota-contoh" / "catatan.txt").write_text("milik tim")
    with pytest.raises(ScaffoldError, match="already exists"):
        scaffold(tmp_path, "kota-contoh", name="C", kind="kota", province="Jawa Barat", period="2025-2029")
    assert [p.name for p in (tmp_path / "kota-contoh").iterdir()] == ["catatan.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kota-contoh"]  # no temporary folder left
