"""`masterplan import SLUG FILE.xlsx`: bring a workbook's edits back into the region's YAML.

The workbook is the one `masterplan export` wrote (`spreadsheet.py`). Import is conservative:

* it only changes values that differ from the current plan, in the YAML's round-trip model, so
  comments, quoting, key order and every field the workbook does not carry stay as they are,
  and an import with no edit writes nothing at all;
* it never adds or removes programmes or indicators (that is done in YAML, where the
  descriptions live); the budget of every programme listed in the workbook is what its
  `Anggaran` rows say (delete a row to remove that year's budget);
* every bad cell is a diagnostic naming the sheet and cell (`book.xlsx[Anggaran]:7:4`, "sel D7"),
  all of them at once; then the changed region is validated as a whole, in a temporary copy,
  and nothing is written unless it is valid. Files are replaced atomically.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from generator.authoring.fmt import dump_rt, yaml_rt
from generator.authoring.spreadsheet import (
    DIRECTIONS,
    ID,
    PROGRAMME_COLUMNS,
    SHEET_BUDGET,
    SHEET_INFO,
    SHEET_PROGRAMMES,
    SHEET_TARGETS,
    SLUG_LABEL,
    STATUSES,
    TARGET_KEY,
    YEAR,
    Column,
    budget_columns,
    budget_rows,
    programme_row,
    target_columns,
    target_row,
)
from generator.authoring.yamledit import Cell, apply_programme
from generator.diagnostics import Diagnostic, make
from generator.files import write_atomic
from generator.model.region import Region
from generator.schema.plan import Programme
from generator.validation.load import display_path, load_bytes
from generator.validation.shape import suggest
from generator.validation.validate import validate_region
from generator.words import word

MAX_RUPIAH = 10**15
# Bounds checked before any cell is read: a tiny file can declare a cell at XFD1048576 (reading
# up to it took 16 s and 952 MB) or unpack to gigabytes. The largest region an export can produce
# (1,800 programmes, 20 indicators each) stays well inside them.
MAX_ROWS, MAX_COLUMNS = 50_000, 200
MAX_UNPACKED_BYTES = 256 * 1024 * 1024


@dataclass
class Wanted:
    """What the workbook says one programme should be (only the parts it lists)."""

    fields: dict[str, Any] = field(default_factory=dict)  # name, lead, support, status
    budget: dict[int, dict[str, int]] | None = None
    indicators: dict[int, dict[str, Any]] = field(default_factory=dict)  # 0-based index → fields
    cells: dict[tuple[Any, ...], Cell] = field(default_factory=dict)  # YAML sub-path → its cell


@dataclass
class ImportResult:
    changed: list[Path] = field(default_factory=list)
    values: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


class _Sheet:
    """One worksheet: header lookup, cell values (formulas resolved), diagnostics at cells."""

    def __init__(self, book: str, name: str, values: Any, formulas: Any, diags: list[Diagnostic], lang: str):
        self.book, self.name, self.ws, self.raw, self.diags, self.lang = (
            book,
            name,
            values,
            formulas,
            diags,
            lang,
        )
        self.where = f"{book}[{name}]"
        self.columns = {str(c.value).strip().casefold(): c.column for c in values[1] if c.value is not None}

    def find(self, columns: tuple[Column, ...]) -> dict[str, int] | None:
        found: dict[str, int] = {}
        missing: list[str] = []
        for col in columns:
            index = self.columns.get(col.header.casefold())
            (missing.append(col.header) if index is None else found.__setitem__(col.header, index))
        for header in missing:
            self.diags.append(make(self.where, 1, 1, "E403", lang=self.lang, column=header))
        return None if missing else found

    def rows(self) -> range:
        return range(2, self.ws.max_row + 1)

    def value(self, row: int, col: int) -> Any:
        value = self.ws.cell(row=row, column=col).value
        if value is None and self.raw.cell(row=row, column=col).data_type == "f":
            self.error(row, col, "E413")
        return value.strip() or None if isinstance(value, str) else value

    def cell(self, row: int, col: int) -> Cell:
        return Cell(self.where, row, col)

    def error(self, row: int, col: int, code: str, **args: Any) -> None:
        ref = f"{get_column_letter(col)}{row}"
        self.diags.append(make(self.where, row, col, code, lang=self.lang, cell=ref, **args))


# --------------------------------------------------------------------------- reading cells


def _whole(sheet: _Sheet, row: int, col: int, value: Any, code: str) -> int | None:
    whole = isinstance(value, int) or isinstance(value, float) and math.isfinite(value) and value.is_integer()
    if isinstance(value, bool) or not whole:
        sheet.error(row, col, code, found=repr(value))
        return None
    return int(value)


def _rupiah(sheet: _Sheet, row: int, col: int) -> int | None:
    value = sheet.value(row, col)
    if value is None:
        return None
    amount = _whole(sheet, row, col, value, "E406")
    if amount is not None and not 0 <= amount <= MAX_RUPIAH:
        sheet.error(row, col, "E406", found=repr(value))
        return None
    return amount


def _number(sheet: _Sheet, row: int, col: int) -> float | int | None:
    value = sheet.value(row, col)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        sheet.error(row, col, "E407", found=repr(value))
        return None
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def _key(
    sheet: _Sheet,
    row: int,
    cols: dict[str, int],
    region: Region,
    seen: dict[Any, int],
    extra: tuple[Column, ...] = (),
) -> tuple[Programme, tuple[Any, ...]] | None:
    """The programme (and extra key cells, e.g. year) a row is about; None for a blank or bad row."""
    pid = _text(sheet.value(row, cols[ID.header]))
    keys = [sheet.value(row, cols[c.header]) for c in extra]
    if pid is None and all(k is None for k in keys):
        return None
    known = {p.id: p for p in region.programmes}
    if pid not in known:
        sheet.error(
            row,
            cols[ID.header],
            "E405",
            id=pid or "",
            suggestion=suggest(pid or "", list(known), lang=sheet.lang),
        )
        return None
    parsed = []
    for col, key in zip(extra, keys, strict=True):
        number = _whole(sheet, row, cols[col.header], key, "E407") if key is not None else None
        if number is None:
            if key is None:
                sheet.error(row, cols[col.header], "E412", field=col.header)
            return None
        parsed.append(number)
    ident = (pid, *parsed)
    if ident in seen:
        sheet.error(row, cols[ID.header], "E410", what=" ".join(map(str, ident)), first=seen[ident])
        return None
    seen[ident] = row
    return known[pid], tuple(parsed)


def _readonly(
    sheet: _Sheet, row: int, cols: dict[str, int], columns: tuple[Column, ...], expected: list[Any]
) -> None:
    """Warn when a grey (read-only) cell was edited: the edit would otherwise vanish silently."""
    for col, want in zip(columns, expected, strict=True):
        if col.editable or col.kind == "formula" or col.header not in cols or col in (ID, YEAR, TARGET_KEY):
            continue
        got = sheet.value(row, cols[col.header])
        if _text(got) != _text(want):
            sheet.error(row, cols[col.header], "W414", column=col.header)


# --------------------------------------------------------------------------- the three sheets


def _programmes(sheet: _Sheet, region: Region, wanted: dict[str, Wanted]) -> None:
    cols = sheet.find(PROGRAMME_COLUMNS)
    if cols is None:
        return
    agencies, seen = list(region.agency_names), dict[Any, int]()
    for row in sheet.rows():
        hit = _key(sheet, row, cols, region, seen)
        if hit is None:
            continue
        p, _ = hit
        _readonly(sheet, row, cols, PROGRAMME_COLUMNS, programme_row(region, p))
        w = wanted.setdefault(p.id, Wanted())
        name, lead = (
            _text(sheet.value(row, cols["Nama program"])),
            _text(sheet.value(row, cols["OPD pelaksana"])),
        )
        support = [
            s.strip()
            for s in (_text(sheet.value(row, cols["OPD pendukung"])) or "").replace(";", ",").split(",")
        ]
        status = _text(sheet.value(row, cols["Status"]))
        checks = (
            ("Nama program", name, None),
            ("OPD pelaksana", lead, agencies),
            ("Status", status, list(STATUSES)),
        )
        for header, value, allowed in checks:
            if value is None:
                sheet.error(row, cols[header], "E412", field=header)
            elif allowed is not None and value not in allowed:
                sheet.error(
                    row,
                    cols[header],
                    "E411",
                    field=header,
                    found=repr(value),
                    suggestion=suggest(value, allowed, lang=sheet.lang),
                )
        for code in filter(None, support):
            if code not in agencies:
                sheet.error(
                    row,
                    cols["OPD pendukung"],
                    "E411",
                    field="OPD pendukung",
                    found=repr(code),
                    suggestion=suggest(code, agencies, lang=sheet.lang),
                )
        w.fields = {"name": name, "lead": lead, "support": [s for s in support if s], "status": status}
        for key, header in (
            ("name", "Nama program"),
            ("lead", "OPD pelaksana"),
            ("support", "OPD pendukung"),
            ("status", "Status"),
        ):
            w.cells[(key,)] = sheet.cell(row, cols[header])


def _budgets(sheet: _Sheet, region: Region, wanted: dict[str, Wanted]) -> None:
    columns = budget_columns(region)
    cols = sheet.find(columns)
    if cols is None:
        return
    sources = [(s.code, cols[s.name_id]) for s in region.cat.sources]
    seen: dict[Any, int] = {}
    for row in sheet.rows():
        hit = _key(sheet, row, cols, region, seen, extra=(YEAR,))
        if hit is None:
            continue
        p, (year,) = hit
        expected = next(
            (r for r in budget_rows(region, p) if r[2] == year), [p.id, p.name, year] + [None] * 99
        )
        _readonly(sheet, row, cols, columns, expected[: len(columns)])
        if year not in p.years:
            sheet.error(
                row, cols[YEAR.header], "E408", year=year, id=p.id, years=", ".join(map(str, p.years))
            )
            continue
        amounts = {code: _rupiah(sheet, row, col) for code, col in sources}
        w = wanted.setdefault(p.id, Wanted())
        w.budget = w.budget or {}
        w.budget[year] = {code: amount for code, amount in amounts.items() if amount is not None}
        w.cells[("budget", year)] = sheet.cell(row, cols[YEAR.header])


def _targets(sheet: _Sheet, region: Region, wanted: dict[str, Wanted]) -> None:
    columns = target_columns(region)
    cols = sheet.find(columns)
    if cols is None:
        return
    seen: dict[Any, int] = {}
    for row in sheet.rows():
        hit = _key(sheet, row, cols, region, seen, extra=(TARGET_KEY,))
        if hit is None:
            continue
        p, (number,) = hit
        if not 1 <= number <= len(p.indicators):
            sheet.error(row, cols[TARGET_KEY.header], "E409", id=p.id, number=number, count=len(p.indicators))
            continue
        _readonly(sheet, row, cols, columns, target_row(region, p, number, p.indicators[number - 1]))
        fields = _indicator(sheet, row, cols, region, p)
        w = wanted.setdefault(p.id, Wanted())
        w.indicators[number - 1] = fields
        for key in fields:
            header = {
                "name": "Indikator",
                "unit": "Satuan",
                "direction": "Arah",
                "baseline": "Tahun dasar",
                "sni": "SNI ISO 37122",
                "targets": str(region.years[0]),
            }[key]
            w.cells[("indicators", number - 1, key)] = sheet.cell(row, cols[header])
        for year in region.years:
            w.cells[("indicators", number - 1, "targets", year)] = sheet.cell(row, cols[str(year)])


def _indicator(sheet: _Sheet, row: int, cols: dict[str, int], region: Region, p: Programme) -> dict[str, Any]:
    name, unit = _text(sheet.value(row, cols["Indikator"])), _text(sheet.value(row, cols["Satuan"]))
    direction, sni = _text(sheet.value(row, cols["Arah"])), _text(sheet.value(row, cols["SNI ISO 37122"]))
    for header, value in (("Indikator", name), ("Satuan", unit), ("Arah", direction)):
        if value is None:
            sheet.error(row, cols[header], "E412", field=header)
    if direction is not None and direction not in DIRECTIONS:
        sheet.error(
            row,
            cols["Arah"],
            "E411",
            field="Arah",
            found=repr(direction),
            suggestion=suggest(direction, list(DIRECTIONS), lang=sheet.lang),
        )
    base_year_raw = sheet.value(row, cols["Tahun dasar"])
    base_year = (
        _whole(sheet, row, cols["Tahun dasar"], base_year_raw, "E407") if base_year_raw is not None else None
    )
    base_value = _number(sheet, row, cols["Nilai dasar"])
    if (base_year_raw is None) != (base_value is None):
        empty = "Tahun dasar" if base_year_raw is None else "Nilai dasar"
        sheet.error(row, cols[empty], "E412", field=empty)
    targets = {}
    for year in region.years:
        target = _number(sheet, row, cols[str(year)])
        if target is not None and year not in p.years:
            sheet.error(row, cols[str(year)], "E408", year=year, id=p.id, years=", ".join(map(str, p.years)))
        elif target is not None:
            targets[year] = target
    if not targets:
        sheet.error(row, cols[str(region.years[0])], "E412", field="target")
    baseline = (
        {"year": base_year, "value": base_value} if base_year is not None and base_value is not None else None
    )
    return {
        "name": name,
        "unit": unit,
        "direction": direction,
        "baseline": baseline,
        "targets": targets,
        "sni": sni,
    }


# --------------------------------------------------------------------------- the import


def read_workbook(
    path: Path, region: Region, *, lang: str = "id"
) -> tuple[dict[str, Wanted], list[Diagnostic]]:
    """What the workbook wants changed, per programme id, and every problem found in it."""
    book = path.name
    try:
        _check_unpacked_size(path)
        values, formulas = load_workbook(path, data_only=True), load_workbook(path, data_only=False)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        return {}, [make(display_path(path), 0, 0, "E401", lang=lang, reason=str(exc).splitlines()[0][:200])]
    diags: list[Diagnostic] = []
    for name in (SHEET_PROGRAMMES, SHEET_BUDGET, SHEET_TARGETS):
        if name not in values.sheetnames:
            diags.append(make(book, 0, 0, "E402", lang=lang, sheet=name))
        elif (ws := values[name]).max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
            far = f"{get_column_letter(ws.max_column)}{ws.max_row}"
            limits = {"rows": MAX_ROWS, "columns": MAX_COLUMNS}
            diags.append(make(f"{book}[{name}]", 0, 0, "E415", lang=lang, sheet=name, cell=far, **limits))
    if SHEET_INFO in values.sheetnames:
        info = {_text(r[0].value): r[1].value for r in values[SHEET_INFO].iter_rows(max_col=2) if r[0].value}
        found = _text(info.get(SLUG_LABEL))
        if found and found != region.slug:
            diags.append(
                make(f"{book}[{SHEET_INFO}]", 2, 2, "E404", lang=lang, found=found, expected=region.slug)
            )
    if diags:
        return {}, diags
    wanted: dict[str, Wanted] = {}
    for name, reader in (
        (SHEET_PROGRAMMES, _programmes),
        (SHEET_BUDGET, _budgets),
        (SHEET_TARGETS, _targets),
    ):
        reader(_Sheet(book, name, values[name], formulas[name], diags, lang), region, wanted)
    for w in wanted.values():  # listed in the workbook: its budget is what the Anggaran rows say
        w.budget = w.budget or {}
    return wanted, sorted(set(diags))  # a cell read twice is reported once


def _check_unpacked_size(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        size = sum(info.file_size for info in archive.infolist())
    if size > MAX_UNPACKED_BYTES:
        raise ValueError(f"unpacks to {size:,} bytes (at most {MAX_UNPACKED_BYTES:,})")


def import_xlsx(region: Region, path: Path, *, lang: str = "id", write: bool = True) -> ImportResult:
    wanted, diags = read_workbook(path, region, lang=lang)
    result = ImportResult(diagnostics=diags)
    if result.failed:
        return result
    texts: dict[Path, str] = {}
    cells: dict[Path, dict[tuple[Any, ...], Cell]] = {}
    for part in region.parts:
        file = region.folder / part.pillar.file
        ids = [p.id for p in part.data.programmes if p.id in wanted]
        if not ids:
            continue
        original = file.read_text(encoding="utf-8")
        doc = yaml_rt().load(original)
        for index, p in enumerate(part.data.programmes):
            if p.id in wanted:
                w = wanted[p.id]
                result.values += apply_programme(
                    doc["programmes"][index], p, w.fields, w.budget, w.indicators
                )
                cells.setdefault(file, {}).update({("programmes", index, *k): c for k, c in w.cells.items()})
        new = dump_rt(doc)
        if new != original:
            texts[file] = new
    result.diagnostics += _check(region, texts, cells, lang)
    result.diagnostics.sort()
    if result.failed:
        return result
    for file, text in texts.items():
        if write:
            write_atomic(file, text)
        result.changed.append(file)
    return result


def describe(result: ImportResult, *, dry_run: bool, lang: str = "id") -> list[str]:
    """What the import did (or would do), for the command line."""
    if result.failed:
        return [word("import", "failed", lang)]
    if not result.changed:
        return [word("import", "unchanged", lang)]
    verb = "would_update" if dry_run else "updated"
    lines = [word("import", verb, lang, path=display_path(f)) for f in result.changed]
    lines.append(word("import", "values", lang, values=result.values, files=len(result.changed)))
    return lines


def _check(
    region: Region, texts: dict[Path, str], cells: dict[Path, dict[tuple[Any, ...], Cell]], lang: str
) -> list[Diagnostic]:
    """Validate the region as it would be after the import, in a temporary copy; diagnostics on
    lines the import changed point at the workbook cell that changed them."""
    if not texts:
        return []
    with tempfile.TemporaryDirectory(prefix="masterplan-import-") as tmp:
        copy = Path(tmp) / region.slug
        shutil.copytree(region.folder, copy)
        by_name: dict[str, tuple[Path, dict[tuple[int, int], Cell]]] = {}
        for file, text in texts.items():
            (copy / file.name).write_text(text, encoding="utf-8")
            by_name[display_path(copy / file.name)] = (file, _cells_at(text, cells.get(file, {})))
        _, diags = validate_region(copy, lang=lang)
        known = {display_path(copy / f.name): f for f in region.files}
    out = []
    for d in diags:
        at = by_name[d.file][1] if d.file in by_name else {}
        cell = at.get((d.line, d.column)) or at.get((d.line, 0))
        if cell:
            ref = f"{get_column_letter(cell.column)}{cell.row}"
            out.append(
                replace(
                    d,
                    file=cell.where,
                    line=cell.row,
                    column=cell.column,
                    message=word("import", "cell", lang, ref=ref, message=d.message),
                )
            )
        elif d.is_error:  # warnings elsewhere were there before the import (e.g. coverage gaps)
            out.append(replace(d, file=display_path(known[d.file])) if d.file in known else d)
    return out


def _cells_at(text: str, cells: dict[tuple[Any, ...], Cell]) -> dict[tuple[int, int], Cell]:
    """Workbook cell of each YAML position the import wrote: by (line, column) for an exact
    match (one year of a `{2025: 50, 2026: 60}` line), and by (line, 0) for the line."""
    loaded, _ = load_bytes(text.encode("utf-8"), "import")
    if loaded is None:
        return {}
    out: dict[tuple[int, int], Cell] = {}
    for path, cell in sorted(cells.items(), key=lambda kv: len(kv[0]), reverse=True):
        for at_key in (False, True):
            found = loaded.exact(tuple(path), at_key=at_key)
            if found is not None:
                line, column = found
                out.setdefault((line, column), cell)
                out.setdefault((line, 0), cell)
    return out
