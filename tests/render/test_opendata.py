"""Open data: JSON and CSV per region and a national bundle, with the model's own figures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.model.region import programme_total
from generator.render.opendata import programmes_csv, region_data, write_open_data
from generator.validation.validate import validate_paths, validate_region

from ..conftest import SAMPLES


@pytest.fixture(scope="module")
def regions():
    result = validate_paths([SAMPLES])
    assert result.regions and not result.errors
    return result.regions


@pytest.fixture(scope="module")
def written(regions, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("opendata")
    return out, write_open_data(regions, out)


def rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.endswith("\r\n")  # RFC 4180 line ends
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_files_a_site_links_to(regions, written) -> None:
    out, paths = written
    names = {p.relative_to(out).as_posix() for p in paths}
    for r in regions:
        assert {
            f"data/{r.slug}.json",
            f"data/{r.slug}-programmes.csv",
            f"data/{r.slug}-budget.csv",
            f"data/{r.slug}-targets.csv",
            f"data/{r.slug}-quick-wins.csv",
        } <= names
    assert {"data/national.json", "data/national-programmes.csv"} <= names
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)


def test_region_json_matches_the_model(regions, written) -> None:
    out, _ = written
    for region in regions:
        data = json.loads((out / "data" / f"{region.slug}.json").read_text(encoding="utf-8"))
        assert data["name"] == region.full_name and data["total_budget"] == region.total_budget
        assert [p["id"] for p in data["programmes"]] == [p.id for p in region.programmes]
        on_top = sum(q["additional_budget"] for q in data["quick_wins"])  # quick-win money on top
        assert sum(p["total_budget"] for p in data["programmes"]) + on_top == region.total_budget
        assert data["budget_by_year"] == {str(y): a for y, a in region.budget_by_year.items()}
        assert [q["id"] for q in data["quick_wins"]] == [q.id for q in region.quick_wins]
        first = region.programmes[0]
        assert data["programmes"][0]["budget"] == {str(y): dict(s) for y, s in sorted(first.budget.items())}


def test_csv_files_add_up_to_the_model_totals(regions, written) -> None:
    out, _ = written
    for region in regions:
        programmes = rows(out / "data" / f"{region.slug}-programmes.csv")
        assert [r["id"] for r in programmes] == [p.id for p in region.programmes]
        assert (
            sum(int(r["total_budget"]) for r in programmes) + region.quick_win_additional
            == region.total_budget
        )
        budget = rows(out / "data" / f"{region.slug}-budget.csv")
        assert sum(int(r["amount"]) for r in budget) == region.total_budget
        targets = rows(out / "data" / f"{region.slug}-targets.csv")
        assert len(targets) == sum(len(i.targets) for p in region.programmes for i in p.indicators)
        assert not any(r["target"].endswith(".0") for r in targets)  # 60, not 60.0
        quick = rows(out / "data" / f"{region.slug}-quick-wins.csv")
        assert [r["id"] for r in quick] == [q.id for q in region.quick_wins]


def test_national_bundle(regions, written) -> None:
    out, _ = written
    data = json.loads((out / "data" / "national.json").read_text(encoding="utf-8"))
    assert data["region_count"] == len(regions) > 1
    assert [r["slug"] for r in data["regions"]] == sorted(r.slug for r in regions)
    assert data["total_budget"] == sum(r.total_budget for r in regions)
    national = rows(out / "data" / "national-programmes.csv")
    assert len(national) == sum(len(r.programmes) for r in regions)
    assert {r["region"] for r in national} == {r.slug for r in regions}


def test_output_is_deterministic(regions, written, tmp_path: Path) -> None:
    _, paths = written
    again = write_open_data(list(reversed(regions)), tmp_path)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in paths]


def test_internal_fields_are_not_open_data(regions) -> None:
    text = json.dumps([region_data(r) for r in regions], ensure_ascii=False)
    assert "internal_notes" not in text and "contact" not in text


def test_csv_cells_cannot_become_spreadsheet_formulas(mini: Path) -> None:
    path = mini / "governance.yaml"
    path.write_text(
        path.read_text().replace("name: Program Pelayanan Publik", "name: '=cmd|\" /C calc\"!A0'")
    )
    region, diags = validate_region(mini)
    assert region is not None, diags
    text = programmes_csv([region])
    assert '\'=cmd|"" /C calc""!A0' in text
    assert region_data(region)["programmes"][0]["name"] == '=cmd|" /C calc"!A0'  # JSON keeps the exact text
    assert programme_total(region.programmes[0]) == int(
        next(csv.DictReader(io.StringIO(text)))["total_budget"]
    )


def test_export_command_writes_json_and_csv(mini: Path, in_tmp: Path) -> None:
    result = CliRunner().invoke(main, ["export", "mini", "--json", "mini.json", "--csv", "open"])
    assert result.exit_code == 0, result.output
    assert "wrote mini.json" in result.output and "wrote open/mini-budget.csv" in result.output
    assert json.loads(Path("mini.json").read_text())["slug"] == "mini"
    assert CliRunner().invoke(main, ["export", "mini"]).exit_code == 2


def test_a_programme_budget_traces_to_sub_activity_codes_and_apbd_years(regions, written) -> None:
    """#17: plan → sub-activities (Permendagri 90/2019 codes, with names) → APBD and APBD-P per year."""
    from generator.model.region import programme_stages

    out, _ = written
    kukar = next(r for r in regions if r.slug == "kutai-kartanegara")
    funding = rows(out / "data" / "kutai-kartanegara-funding.csv")
    gov01 = [r for r in funding if r["programme"] == "GOV-01"]
    assert {r["sub_activity"] for r in gov01} == {f.sub_activity for f in kukar.programme("GOV-01").funding}
    first = gov01[0]
    assert first["bidang"] and first["program"].startswith("Program") and first["sub_kegiatan"]
    for p in kukar.programmes:
        for stage in programme_stages(p):
            lines = [r for r in funding if r["programme"] == p.id and int(r["year"]) == stage.year]
            if stage.apbd is not None:
                assert sum(int(r["apbd"] or 0) for r in lines) == stage.apbd
                assert all(int(r["programme_plan"] or 0) == stage.plan for r in lines)
    data = json.loads((out / "data" / "kutai-kartanegara.json").read_text(encoding="utf-8"))
    gov = data["programmes"][0]
    assert gov["funding"][0]["nomenclature"]["sub_kegiatan"]["code"] == gov["funding"][0]["sub_activity"]
    assert gov["budget_stages"]["2025"]["apbd"] is not None and gov["indicators"][0]["id"] == "GOV-01.1"
    assert data["legal"]["masterplan"]["type"] == "perbup"
