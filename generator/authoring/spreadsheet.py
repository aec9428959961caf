"""`masterplan export SLUG --xlsx`: a region's programmes, budgets and targets as a workbook.

Finance staff plan budgets in spreadsheets. The workbook has one sheet per kind of figure:

* `Program`  — one row per programme (name, lead and supporting agencies and status are editable);
* `Anggaran` — one row per programme and year, one column per budget source (editable), a sum;
* `Target`   — one row per programme indicator: unit, direction, baseline and yearly targets;
* `Rincian APBD` — read-only: each programme's budget traced to the sub-activities (Permendagri
  90/2019 codes) of the OPD that fund it, per year: the plan, the APBD and the APBD-Perubahan;
* `Info`     — which region and period the workbook belongs to, and how to use it.

Editable cells are white, read-only ones grey. `masterplan import` (`spreadsheet_import.py`)
reads the same layout back; the column layout below is shared by both directions so an export
followed by an import with no edit changes nothing. Columns are found by their header text, so
reordering columns or adding a notes column does not break an import.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from generator.catalog import nomenclature
from generator.files import replacing
from generator.model.region import Region, programme_by_year
from generator.schema.plan import Indicator, Programme

RUPIAH_FORMAT = '"Rp" #,##0'
NUMBER_FORMAT = "#,##0.##########"
STATUSES = ("planned", "ongoing", "done", "cancelled")
DIRECTIONS = ("up", "down")

SHEET_PROGRAMMES, SHEET_BUDGET, SHEET_TARGETS, SHEET_INFO = "Program", "Anggaran", "Target", "Info"
SHEET_FUNDING = "Rincian APBD"
SLUG_LABEL = "Kode wilayah (slug)"


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    editable: bool = False
    kind: str = "text"  # text | rupiah | number | int | formula


ID = Column("Kode", 10)
NAME_RO = Column("Nama program", 48)
PROGRAMME_COLUMNS = (
    ID,
    Column("Dimensi", 18),
    Column("Elemen", 26),
    Column("Kategori", 22),
    Column("Nama program", 60, editable=True),
    Column("OPD pelaksana", 16, editable=True),
    Column("OPD pendukung", 28, editable=True),
    Column("Tahun pelaksanaan", 28),
    Column("Status", 12, editable=True),
    Column("Total anggaran", 22, kind="formula"),
)
YEAR = Column("Tahun", 8, kind="int")
BUDGET_TOTAL = Column("Jumlah", 22, kind="formula")
TARGET_KEY = Column("No.", 5, kind="int")
TARGET_COLUMNS = (
    ID,
    NAME_RO,
    TARGET_KEY,
    Column("Indikator", 48, editable=True),
    Column("Satuan", 12, editable=True),
    Column("Arah", 8, editable=True),
    Column("Tahun dasar", 12, editable=True, kind="int"),
    Column("Nilai dasar", 14, editable=True, kind="number"),
)
SNI = Column("SNI ISO 37122", 14, editable=True)
FUNDING_COLUMNS = (
    ID,
    NAME_RO,
    Column("OPD", 14),
    Column("Kode sub kegiatan", 20),
    Column("Sub kegiatan", 48),
    Column("Program (nomenklatur)", 40),
    Column("Kegiatan", 40),
    YEAR,
    Column("Rencana masterplan (program)", 22, kind="rupiah"),
    Column("APBD", 20, kind="rupiah"),
    Column("APBD-P", 20, kind="rupiah"),
)


def budget_columns(region: Region) -> tuple[Column, ...]:
    sources = tuple(Column(s.name_id, 18, editable=True, kind="rupiah") for s in region.cat.sources)
    return (ID, NAME_RO, YEAR, *sources, BUDGET_TOTAL)


def target_columns(region: Region) -> tuple[Column, ...]:
    years = tuple(Column(str(y), 11, editable=True, kind="number") for y in region.years)
    return (*TARGET_COLUMNS, *years, SNI)


# --------------------------------------------------------------------------- row contents


def programme_row(region: Region, p: Programme) -> list[Any]:
    """The Program sheet row for `p` (the Total column is a formula filled in by `_write`)."""
    pillar = region.pillar_of[p.id]
    element = pillar.element(p.element)
    category = region.cat.category(p.category)
    return [
        p.id,
        pillar.name_id,
        element.name_id if element else p.element,
        category.name_id if category else p.category,
        p.name,
        p.lead,
        ", ".join(p.support),
        ", ".join(str(y) for y in p.years),
        p.status,
        None,
    ]


def budget_rows(region: Region, p: Programme) -> list[list[Any]]:
    codes = [s.code for s in region.cat.sources]
    return [
        [p.id, p.name, year, *(by_src.get(c) for c in codes), None]
        for year, by_src in sorted(p.budget.items())
    ]


def target_row(region: Region, p: Programme, number: int, ind: Indicator) -> list[Any]:
    base = ind.baseline
    return [
        p.id,
        p.name,
        number,
        ind.name,
        ind.unit,
        ind.direction,
        base.year if base else None,
        _num(base.value) if base else None,
        *(_num(ind.targets[y]) if y in ind.targets else None for y in region.years),
        ind.sni,
    ]


def _num(value: float) -> float | int:
    """Whole numbers as int, so a cell shows '60', not '60.0'."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# --------------------------------------------------------------------------- writing


HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
READONLY_FILL = PatternFill("solid", fgColor="EDEDED")
HEADER_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_workbook(region: Region) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook has one worksheet
    ws.title = SHEET_PROGRAMMES
    programmes = region.programmes
    _write(
        ws,
        PROGRAMME_COLUMNS,
        [programme_row(region, p) for p in programmes],
        freeze="B2",
        formula=lambda row: (
            f"=SUMIF({SHEET_BUDGET}!$A:$A,$A{row},{SHEET_BUDGET}!${_total_letter(region)}:$"
            f"{_total_letter(region)})"
        ),
    )
    _validation(ws, PROGRAMME_COLUMNS, "Status", STATUSES, len(programmes))
    budget = wb.create_sheet(SHEET_BUDGET)
    cols = budget_columns(region)
    first, last = get_column_letter(4), get_column_letter(len(cols) - 1)
    rows = [r for p in programmes for r in budget_rows(region, p)]
    _write(budget, cols, rows, freeze="D2", formula=lambda row: f"=SUM({first}{row}:{last}{row})")
    if rows:
        dv = DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            error="Anggaran harus angka rupiah ≥ 0",
            showErrorMessage=True,
        )
        dv.add(f"{first}2:{last}{len(rows) + 1}")
        budget.add_data_validation(dv)
    targets = wb.create_sheet(SHEET_TARGETS)
    t_cols = target_columns(region)
    t_rows = [target_row(region, p, n, ind) for p in programmes for n, ind in enumerate(p.indicators, 1)]
    _write(targets, t_cols, t_rows, freeze="E2")
    _validation(targets, t_cols, "Arah", DIRECTIONS, len(t_rows))
    _write(wb.create_sheet(SHEET_FUNDING), FUNDING_COLUMNS, funding_rows(region), freeze="C2")
    _info(wb.create_sheet(SHEET_INFO), region)
    _properties(wb, region)
    return wb


def funding_rows(region: Region) -> list[list[Any]]:
    """One row per programme, funding sub-activity and APBD year (read-only: edit it in YAML)."""
    nom = nomenclature()
    rows = []
    for p in region.programmes:
        plan = programme_by_year(p)
        for f in p.funding:
            chain = dict(nom.chain(f.sub_activity))
            names = [nom.name(chain[level]) or "" for level in ("sub_kegiatan", "program", "kegiatan")]
            for year in sorted(set(f.apbd) | set(f.apbd_p)):
                rows.append(
                    [
                        p.id,
                        p.name,
                        f.agency,
                        f.sub_activity,
                        *names,
                        year,
                        plan.get(year),
                        f.apbd.get(year),
                        f.apbd_p.get(year),
                    ]
                )
    return rows


def _total_letter(region: Region) -> str:
    return get_column_letter(len(budget_columns(region)))


def _write(
    ws: Worksheet,
    columns: tuple[Column, ...],
    rows: list[list[Any]],
    *,
    freeze: str,
    formula: Callable[[int], str] | None = None,
) -> None:
    for c, col in enumerate(columns, 1):
        head = ws.cell(row=1, column=c, value=col.header)
        head.font, head.fill, head.border = HEADER_FONT, HEADER_FILL, BORDER
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = col.width
    for r, values in enumerate(rows, 2):
        for c, (col, value) in enumerate(zip(columns, values, strict=True), 1):
            cell = ws.cell(row=r, column=c)
            if col.kind == "formula":
                cell.value = formula(r) if formula else None
            else:
                set_value(cell, value)
            cell.border = BORDER
            if col.kind in ("rupiah", "formula"):
                cell.number_format = RUPIAH_FORMAT
            elif col.kind == "number":
                cell.number_format = NUMBER_FORMAT
            if not col.editable:
                cell.fill = READONLY_FILL
            cell.alignment = Alignment(vertical="top", wrap_text=col.kind == "text" and col.width >= 40)
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"


def set_value(cell: Any, value: Any) -> None:
    """Write a value; text is always stored as text, so a name starting with '=' never becomes a
    formula that runs when the workbook is opened."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def _validation(
    ws: Worksheet, columns: tuple[Column, ...], header: str, choices: tuple[str, ...], count: int
) -> None:
    if not count:
        return
    letter = get_column_letter(next(i for i, c in enumerate(columns, 1) if c.header == header))
    dv = DataValidation(
        type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True, showErrorMessage=True
    )
    dv.add(f"{letter}2:{letter}{count + 1}")
    ws.add_data_validation(dv)


INSTRUCTIONS = (
    "Ubah hanya sel berwarna putih; sel abu-abu hanya untuk dibaca dan diabaikan saat impor.",
    "Anggaran dalam rupiah penuh (bilangan bulat). Kosongkan sel jika tidak ada anggaran dari sumber itu.",
    "Baris anggaran untuk tahun yang tidak aktif akan ditolak; tahun aktif diatur di berkas YAML (years).",
    "Program dan indikator baru ditambahkan di berkas YAML, bukan di sini.",
    "Impor kembali: masterplan import {slug} <berkas>.xlsx — lalu periksa perubahan dengan git diff.",
)


def _info(ws: Worksheet, region: Region) -> None:
    rows = [
        ("Wilayah", region.full_name),
        (SLUG_LABEL, region.slug),
        ("Periode", f"{region.years[0]}–{region.years[-1]}"),
        ("Status dokumen", region.status),
        ("Total anggaran (saat ekspor)", region.total_budget),
        *(
            ("Petunjuk" if i == 0 else "", line.format(slug=region.slug))
            for i, line in enumerate(INSTRUCTIONS)
        ),
    ]
    for r, (label, value) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
        set_value(ws.cell(row=r, column=2), value)
    ws.cell(row=5, column=2).number_format = RUPIAH_FORMAT
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 110


def _properties(wb: Workbook, region: Region) -> None:
    """Reproducible metadata: SOURCE_DATE_EPOCH when set (as the site and PDFs use)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    wb.properties.creator = "masterplan"
    wb.properties.title = f"Masterplan Smart City {region.full_name} — program, anggaran, target"
    wb.properties.created = wb.properties.modified = when.replace(tzinfo=None)
    wb.properties.language = "id-ID"


def export_xlsx(region: Region, path: Path) -> Path:
    """Write the workbook atomically (a half-written .xlsx is a corrupt zip)."""
    with replacing(path) as tmp:
        build_workbook(region).save(tmp)
    return path
