"""`masterplan export --xlsx` and `masterplan import`: real workbooks, loss-free round trips,
cell-level diagnostics."""

from __future__ import annotations

import difflib
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from generator.authoring.fmt import comments
from generator.authoring.spreadsheet import RUPIAH_FORMAT, export_xlsx
from generator.authoring.spreadsheet_import import import_xlsx
from generator.cli import main
from generator.validation.validate import validate_region

from ..conftest import FIXTURES, SAMPLES


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def changed_lines(before: dict[str, bytes], folder: Path) -> dict[str, list[str]]:
    """Per changed file, the unified-diff lines ('-old', '+new') — what a reviewer would see."""
    out = {}
    for name, old in before.items():
        new = (folder / name).read_bytes()
        if new != old:
            diff = difflib.unified_diff(
                old.decode().splitlines(), new.decode().splitlines(), lineterm="", n=0
            )
            out[name] = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return out


def export(slug: str, name: str = "book.xlsx") -> Path:
    result = invoke("export", slug, "--xlsx", name)
    assert result.exit_code == 0, result.output
    return Path(name)


def cell_of(ws, header: str, row_match: dict[str, object]) -> str:
    """The A1 reference of column `header` in the first row whose cells match `row_match`."""
    headers = {c.value: c.column_letter for c in ws[1]}
    for row in ws.iter_rows(min_row=2):
        values = {ws.cell(row=1, column=c.column).value: c.value for c in row}
        if all(values.get(k) == v for k, v in row_match.items()):
            return f"{headers[header]}{row[0].row}"
    raise AssertionError(f"no row {row_match}")


@pytest.fixture
def samples(in_tmp: Path) -> Path:
    shutil.copytree(SAMPLES, in_tmp / "masterplans")
    return in_tmp / "masterplans"


# --------------------------------------------------------------------------- loss-free round trips


def test_export_then_import_changes_nothing_for_every_sample_and_fixture(samples: Path) -> None:
    shutil.copytree(FIXTURES / "mini", samples / "mini")
    shutil.copytree(FIXTURES / "regions" / "tiny", samples / "tiny")
    for folder in sorted(samples.iterdir()):
        before = snapshot(folder)
        book = export(folder.name, f"{folder.name}.xlsx")
        result = invoke("import", folder.name, str(book))
        assert result.exit_code == 0, result.output
        assert "tidak ada perubahan: YAML sudah sama dengan buku kerja" in result.output
        assert snapshot(folder) == before, folder.name


def test_the_workbook_holds_the_model_figures(samples: Path) -> None:
    region, _ = validate_region(samples / "kutai-kartanegara")
    wb = load_workbook(export("kutai-kartanegara"))
    assert wb.sheetnames == ["Program", "Anggaran", "Target", "Rincian APBD", "Info"]
    program, budget, target = wb["Program"], wb["Anggaran"], wb["Target"]
    assert [r[0].value for r in program.iter_rows(min_row=2)] == [p.id for p in region.programmes]
    source_cols = range(4, 4 + len(region.cat.sources))
    total = sum(
        budget.cell(row=r, column=c).value or 0 for r in range(2, budget.max_row + 1) for c in source_cols
    )
    assert total + region.quick_win_additional == region.total_budget  # quick wins are not in the sheet
    assert target.max_row - 1 == sum(len(p.indicators) for p in region.programmes)
    assert wb["Info"]["B2"].value == "kutai-kartanegara"
    trace = [[c.value for c in r] for r in wb["Rincian APBD"].iter_rows(min_row=2)]  # #17: APBD trace
    gov01 = region.programme("GOV-01")
    assert {r[3] for r in trace if r[0] == "GOV-01"} == {f.sub_activity for f in gov01.funding}
    assert sum(r[9] or 0 for r in trace if r[0] == "GOV-01" and r[7] == 2025) == gov01.funding[0].apbd[
        2025
    ] + (gov01.funding[1].apbd[2025] if len(gov01.funding) > 1 else 0)


def test_editing_one_budget_cell_changes_exactly_that_value(mini: Path, in_tmp: Path) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    ws = wb["Anggaran"]
    ref = cell_of(ws, "APBD Kabupaten/Kota", {"Kode": "ECO-02", "Tahun": 2026})
    ws[ref] = 650000000
    wb.save(book)
    result = invoke("import", "mini", str(book))
    assert result.exit_code == 0, result.output
    assert "diperbarui: masterplans/mini/economy.yaml\n1 nilai diubah di 1 berkas" in result.output
    assert changed_lines(before, mini) == {
        "economy.yaml": [
            "-      2026: {apbd: 600000000, csr: 100000000}",
            "+      2026: {apbd: 650000000, csr: 100000000}",
        ]
    }
    region, _ = validate_region(mini)
    assert region.programme("ECO-02").budget[2026] == {"apbd": 650000000, "csr": 100000000}
    assert region.programme("ECO-01").budget[2026] == {"apbd": 600000000, "csr": 100000000}


def test_many_edits_land_in_place_and_comments_survive(in_tmp: Path) -> None:
    region_dir = in_tmp / "masterplans" / "tiny"
    shutil.copytree(FIXTURES / "regions" / "tiny", region_dir)
    before = snapshot(region_dir)
    book = export("tiny")
    wb = load_workbook(book)
    program, budget, target = wb["Program"], wb["Anggaran"], wb["Target"]
    program[cell_of(program, "Nama program", {"Kode": "GOV-01"})] = "Layanan Terpadu Daring"
    program[cell_of(program, "Status", {"Kode": "GOV-01"})] = "ongoing"
    program[cell_of(program, "OPD pendukung", {"Kode": "GOV-02"})] = "DISKOMINFO"
    budget[cell_of(budget, "CSR", {"Kode": "GOV-01", "Tahun": 2025})] = 250000000
    budget.delete_rows(int(cell_of(budget, "Kode", {"Kode": "GOV-02", "Tahun": 2029})[1:]))
    target[cell_of(target, "Nilai dasar", {"Kode": "GOV-01", "No.": 1})] = 37.5
    target[cell_of(target, "2027", {"Kode": "GOV-01", "No.": 1})] = None
    target[cell_of(target, "2026", {"Kode": "GOV-01", "No.": 1})] = 65
    wb.save(book)

    result = invoke("import", "tiny", str(book))
    assert result.exit_code == 0, result.output
    assert changed_lines(before, region_dir) == {
        "governance.yaml": [
            '-    name: "<script>alert(1)</script> & Layanan Terpadu"',
            '+    name: "Layanan Terpadu Daring"',
            "-      2025: {apbd: 1000000000}",
            "+      2025: {apbd: 1000000000, csr: 250000000}",
            "-        baseline: {year: 2024, value: 35}",
            "-        targets: {2025: 45, 2026: 60, 2027: 80}",
            "+        baseline: {year: 2024, value: 37.5}",
            "+        targets: {2025: 45, 2026: 65}",
            "+    status: ongoing",
            "+    support: [DISKOMINFO]",
            "-      2029: {apbd: 400000000}",
        ]
    }
    text = (region_dir / "governance.yaml").read_text()
    assert comments(text) == comments(before["governance.yaml"].decode())
    region, diags = validate_region(region_dir)
    assert region is not None, diags
    gov2 = region.programme("GOV-02")
    assert gov2.support == ["DISKOMINFO"] and 2029 not in gov2.budget


def test_a_stated_total_budget_follows_the_edit(samples: Path) -> None:
    region, _ = validate_region(samples / "kutai-kartanegara")
    p = next(p for p in region.parts[0].data.programmes if p.total_budget is not None)
    year, (source, amount) = min(p.budget), next(iter(p.budget[min(p.budget)].items()))
    before = snapshot(samples / "kutai-kartanegara")
    book = export("kutai-kartanegara")
    wb = load_workbook(book)
    ws = wb["Anggaran"]
    header = region.cat.source(source).name_id
    ws[cell_of(ws, header, {"Kode": p.id, "Tahun": year})] = amount + 1_000_000
    wb.save(book)
    assert invoke("import", "kutai-kartanegara", str(book)).exit_code == 0
    lines = changed_lines(before, samples / "kutai-kartanegara")["governance.yaml"]
    assert f"-    total_budget: {p.total_budget}" in lines
    assert f"+    total_budget: {p.total_budget + 1_000_000}" in lines
    assert len(lines) == 4
    assert validate_region(samples / "kutai-kartanegara")[0] is not None


# --------------------------------------------------------------------------- bad cells


def test_every_bad_cell_is_reported_with_sheet_and_cell_and_nothing_is_written(
    mini: Path, in_tmp: Path
) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    program, budget, target = wb["Program"], wb["Anggaran"], wb["Target"]
    budget["D2"] = "satu juta"
    budget["D3"] = -5
    budget["E4"] = 1.5
    budget["A5"] = "GOV-99"
    budget["C6"] = 2027
    budget.append(["GOV-01", "Program Pelayanan Publik", 2025])
    program["I2"] = "selesai"
    program["F3"] = "DISKOMINF0"
    program["E4"] = None
    target["F2"] = "naik"
    target["C3"] = 5
    wb.save(book)

    result = invoke("import", "mini", str(book))
    assert result.exit_code == 1
    assert snapshot(mini) == before
    out = result.output
    assert (
        "book.xlsx[Anggaran]:2:4: error E406 sel D2: anggaran harus bilangan bulat rupiah dari 0 sampai 10^15, "
        "bukan 'satu juta'" in out
    )
    assert (
        "book.xlsx[Program]:3:6: error E411 sel F3: OPD pelaksana bernilai 'DISKOMINF0', yang tidak diizinkan\n"
        "    hint: maksud Anda 'DISKOMINFO'?" in out
    )
    assert "tidak ada yang ditulis: perbaiki sel di atas lalu impor lagi" in out
    found = [line.split(" ")[0:3] for line in out.splitlines() if line.startswith("book.xlsx[")]
    assert [(where, code) for where, _, code in found] == [
        ("book.xlsx[Anggaran]:2:4:", "E406"),
        ("book.xlsx[Anggaran]:3:4:", "E406"),
        ("book.xlsx[Anggaran]:4:5:", "E406"),
        ("book.xlsx[Anggaran]:5:1:", "E405"),
        ("book.xlsx[Anggaran]:6:3:", "E408"),
        ("book.xlsx[Anggaran]:38:1:", "E410"),
        ("book.xlsx[Program]:2:9:", "E411"),
        ("book.xlsx[Program]:3:6:", "E411"),
        ("book.xlsx[Program]:4:5:", "E412"),
        ("book.xlsx[Target]:2:6:", "E411"),
        ("book.xlsx[Target]:3:3:", "E409"),
    ]


def test_a_target_that_is_not_a_number_is_reported_at_its_cell(mini: Path, in_tmp: Path) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    target = wb["Target"]
    target[cell_of(target, "2025", {"Kode": "GOV-01"})] = "lima puluh"
    wb.save(book)
    result = invoke("import", "mini", str(book), "--lang", "en")
    assert result.exit_code == 1
    assert snapshot(mini) == before
    assert result.output.startswith("book.xlsx[Target]:2:9: error E407 cell I2: ")
    assert "'lima puluh'" in result.output.splitlines()[0]


def test_english_messages(mini: Path, in_tmp: Path) -> None:
    book = export("mini")
    wb = load_workbook(book)
    wb["Anggaran"]["A5"] = "GOV-99"
    wb.save(book)
    out = invoke("import", "--lang", "en", "mini", str(book)).output
    assert (
        "book.xlsx[Anggaran]:5:1: error E405 cell A5: programme 'GOV-99' does not exist in this region" in out
    )
    assert "nothing written: fix the cells above and import again" in out


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda wb: wb.remove(wb["Target"]), "book.xlsx: error E402 lembar 'Target' tidak ada di buku kerja"),
        (
            lambda wb: wb["Anggaran"].cell(row=1, column=4, value="APBD"),
            "book.xlsx[Anggaran]:1:1: error E403 kolom 'APBD Kabupaten/Kota' tidak ditemukan di baris judul",
        ),
        (
            lambda wb: wb["Info"].cell(row=2, column=2, value="balikpapan"),
            "book.xlsx[Info]:2:2: error E404 buku kerja ini untuk wilayah 'balikpapan', bukan 'mini'",
        ),
        (
            lambda wb: wb["Anggaran"].cell(row=2, column=4, value="=1000*2"),
            "book.xlsx[Anggaran]:2:4: error E413 sel D2: rumus tanpa nilai tersimpan",
        ),
        (  # a sparse cell far out: refused before any cell is read (it took 16 s and 952 MB)
            lambda wb: wb["Target"].cell(row=1048576, column=16384, value="jauh"),
            "book.xlsx[Target]: error E415 lembar 'Target' memakai sel sampai XFD1048576",
        ),
    ],
)
def test_damaged_workbooks(mini: Path, in_tmp: Path, damage, expected: str) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    damage(wb)
    wb.save(book)
    result = invoke("import", "mini", str(book))
    assert result.exit_code == 1
    assert expected in result.output
    assert snapshot(mini) == before


def test_a_file_that_is_not_a_workbook(mini: Path, in_tmp: Path) -> None:
    Path("book.xlsx").write_text("Kode;Nama\n")
    result = invoke("import", "mini", "book.xlsx")
    assert result.exit_code == 1
    assert "book.xlsx: error E401 buku kerja tidak dapat dibaca sebagai berkas .xlsx" in result.output


def test_read_only_edits_are_warned_about_not_silently_dropped(mini: Path, in_tmp: Path) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    wb["Program"]["B2"] = "Smart Living"
    wb.save(book)
    result = invoke("import", "mini", str(book))
    assert result.exit_code == 0
    assert "book.xlsx[Program]:2:2: warning W414 sel B2: kolom 'Dimensi' hanya untuk dibaca" in result.output
    assert snapshot(mini) == before


def test_problems_found_by_validation_after_the_import_point_at_the_cell(mini: Path, in_tmp: Path) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    ws = wb["Target"]
    ws[cell_of(ws, "SNI ISO 37122", {"Kode": "LIV-01", "No.": 1})] = "99.9"
    ref = cell_of(ws, "SNI ISO 37122", {"Kode": "LIV-01", "No.": 1})
    wb.save(book)
    result = invoke("import", "mini", str(book))
    assert result.exit_code == 1
    row, col = int(ref[1:]), ord(ref[0]) - ord("A") + 1
    assert (
        f"book.xlsx[Target]:{row}:{col}: error E209 sel {ref}: indikator SNI ISO 37122 '99.9' tidak ada di katalog"
        in result.output
    )
    assert snapshot(mini) == before


def test_dry_run_reports_but_writes_nothing(mini: Path, in_tmp: Path) -> None:
    before = snapshot(mini)
    book = export("mini")
    wb = load_workbook(book)
    wb["Anggaran"]["D2"] = 1
    wb.save(book)
    result = invoke("import", "--dry-run", "mini", str(book))
    assert result.exit_code == 0
    assert "akan diperbarui: masterplans/mini/governance.yaml" in result.output
    assert snapshot(mini) == before


# --------------------------------------------------------------------------- the workbook itself


def test_workbook_layout_for_finance_staff(samples: Path) -> None:
    book = export("kutai-kartanegara")
    wb = load_workbook(book)
    budget = wb["Anggaran"]
    header = budget["A1"]
    assert header.font.bold and header.fill.fgColor.rgb.endswith("1F4E79")
    assert (
        budget.freeze_panes == "D2"
        and wb["Program"].freeze_panes == "B2"
        and wb["Target"].freeze_panes == "E2"
    )
    assert budget["D2"].number_format == RUPIAH_FORMAT
    assert budget.column_dimensions["B"].width >= 40
    assert budget["M2"].value == "=SUM(D2:L2)"
    assert wb["Program"]["J2"].value == "=SUMIF(Anggaran!$A:$A,$A2,Anggaran!$M:$M)"
    lists = {dv.formula1 for ws in wb for dv in ws.data_validations.dataValidation}
    assert '"planned,ongoing,done,cancelled"' in lists and '"up,down"' in lists
    assert budget["B2"].fill.fgColor.rgb.endswith("EDEDED")  # read-only cells are grey
    assert wb.properties.creator == "masterplan"


def test_text_from_the_plan_never_becomes_a_formula(mini: Path, in_tmp: Path) -> None:
    path = mini / "governance.yaml"
    path.write_text(
        path.read_text().replace("name: Program Pelayanan Publik", 'name: \'=HYPERLINK("http://x","klik")\'')
    )
    region, diags = validate_region(mini)
    assert region is not None, diags
    export_xlsx(region, in_tmp / "book.xlsx")
    sheet = zipfile.ZipFile(in_tmp / "book.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "<f>HYPERLINK" not in sheet and 't="inlineStr"><is><t>=HYPERLINK' in sheet
    assert import_xlsx(region, in_tmp / "book.xlsx").changed == []


def test_a_warning_caused_by_an_edit_points_at_its_cell_and_the_import_proceeds(
    mini: Path, in_tmp: Path
) -> None:
    book = export("mini")
    wb = load_workbook(book)
    ws = wb["Target"]
    ref = cell_of(ws, "2026", {"Kode": "SOC-01", "No.": 1})
    ws[ref] = 45  # below 2025's 50, but the indicator's direction is up
    wb.save(book)
    result = invoke("import", "mini", str(book))
    assert result.exit_code == 0, result.output
    row, col = int(ref[1:]), ord(ref[0]) - ord("A") + 1
    assert (
        f"book.xlsx[Target]:{row}:{col}: warning W208 sel {ref}: target indikator 'Layanan daring'"
        in result.output
    )
    assert "diperbarui: masterplans/mini/society.yaml" in result.output
    assert "targets: {2025: 50, 2026: 45}" in (mini / "society.yaml").read_text()


def test_warnings_that_were_there_before_are_not_repeated(in_tmp: Path) -> None:
    shutil.copytree(FIXTURES / "regions" / "tiny", in_tmp / "masterplans" / "tiny")
    assert "W211" in invoke("validate", "masterplans/tiny").output  # coverage gaps in this fixture
    book = export("tiny")
    wb = load_workbook(book)
    wb["Anggaran"]["D2"] = 1100000000
    wb.save(book)
    result = invoke("import", "tiny", str(book))
    assert result.exit_code == 0
    assert result.output == "diperbarui: masterplans/tiny/governance.yaml\n1 nilai diubah di 1 berkas\n"
