"""Open data: each region's plan as JSON and CSV downloads, and a national bundle.

Everything comes from the validated `Region` model (the same figures as the site and PDFs).
JSON keeps the structure (programmes with their yearly budget by source and indicator targets);
CSV is flat, one row per programme, per budget line or per indicator target, for spreadsheets
and statistics tools. Output is deterministic (no timestamps): the same plan gives the same bytes.

CSV cells that a spreadsheet would run as a formula (text starting with =, +, -, @) get a
leading apostrophe, the usual defence against CSV injection; JSON carries the exact text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.model.publication import is_internal
from generator.model.region import Region, programme_by_year, programme_total, quick_win_total
from generator.model.totals import RegionSet
from generator.schema.plan import Indicator, Programme, QuickWin

FORMAT = 1
PROGRAMME_FIELDS = (
    "region",
    "id",
    "pillar",
    "element",
    "category",
    "name",
    "lead",
    "support",
    "status",
    "first_year",
    "last_year",
    "total_budget",
)
BUDGET_FIELDS = ("region", "programme", "pillar", "year", "source", "amount")
QUICK_WIN_FIELDS = (
    "region",
    "id",
    "programme",
    "pillar",
    "element",
    "name",
    "lead",
    "start",
    "end",
    "beneficiaries",
    "total_budget",
)
TARGET_FIELDS = (
    "region",
    "programme",
    "indicator",
    "unit",
    "direction",
    "sni",
    "baseline_year",
    "baseline_value",
    "year",
    "target",
)


def _public(item: BaseModel) -> dict[str, Any]:
    """A small record's fields, without those the schema marks internal."""
    return {k: v for k, v in item.model_dump().items() if not is_internal(type(item), k)}


def _num(value: float | None) -> float | int | None:
    """Indicator values are floats in the model; 60.0 is published as 60."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _indicator(ind: Indicator) -> dict[str, Any]:
    base = ind.baseline
    return {
        "name": ind.name,
        "unit": ind.unit,
        "direction": ind.direction,
        "sni": ind.sni,
        "baseline": {"year": base.year, "value": _num(base.value)} if base else None,
        "targets": {str(y): _num(v) for y, v in sorted(ind.targets.items())},
    }


def _programme(region: Region, p: Programme) -> dict[str, Any]:
    return {
        "id": p.id,
        "pillar": region.pillar_of[p.id].code,
        "element": p.element,
        "category": p.category,
        "name": p.name,
        "description": p.description,
        "problem": p.problem,
        "goal": p.goal,
        "lead": p.lead,
        "support": list(p.support),
        "partners": [_public(x) for x in p.partners],
        "years": list(p.years),
        "status": p.status,
        "outputs": {str(y): text for y, text in sorted(p.outputs.items())},
        "budget": {str(y): dict(by_src) for y, by_src in sorted(p.budget.items())},
        "budget_by_year": {str(y): a for y, a in programme_by_year(p).items()},
        "total_budget": programme_total(p),
        "indicators": [_indicator(i) for i in p.indicators],
        "risks": [_public(r) for r in p.risks],
    }


def _quick_win(region: Region, q: QuickWin) -> dict[str, Any]:
    return {
        "id": q.id,
        "pillar": region.pillar_of[q.id].code,
        "programme": q.programme,
        "element": q.element,
        "name": q.name,
        "description": q.description,
        "lead": q.lead,
        "support": list(q.support),
        "start": q.start,
        "end": q.end,
        "beneficiaries": q.beneficiaries,
        "budget": dict(q.budget),
        "total_budget": quick_win_total(q),
        "milestones": [_public(m) for m in q.milestones],
        "indicators": [_indicator(i) for i in q.indicators],
    }


def summary(region: Region) -> dict[str, Any]:
    """Identity and headline figures of a region (one entry of the national bundle)."""
    r, doc = region.plan.region, region.plan.document
    return {
        "slug": region.slug,
        "name": region.full_name,
        "type": r.type,
        "province": r.province,
        "code": r.code,
        "period": {"start": region.plan.period.start, "end": region.plan.period.end},
        "document": {
            "title": doc.title,
            "version": doc.version,
            "status": doc.status,
            "approved_on": doc.approved_on,
        },
        "programme_count": len(region.programmes),
        "quick_win_count": len(region.quick_wins),
        "total_budget": region.total_budget,
        "quick_win_budget": region.quick_win_budget,
        "budget_by_year": {str(y): a for y, a in region.budget_by_year.items()},
        "budget_by_pillar": {
            code: {str(y): a for y, a in years.items()}
            for code, years in region.budget_by_pillar_year.items()
        },
        "budget_by_source": {src.code: amount for src, amount in region.budget_by_source},
    }


def region_data(region: Region) -> dict[str, Any]:
    """Everything about one region's plan, JSON-ready."""
    # Explicit fields: contacts are internal (schema `x-internal`) and never open data.
    agencies = [{"code": a.code, "name": a.name, "head": a.head} for a in region.plan.agencies]
    return {
        "format": FORMAT,
        **summary(region),
        "agencies": agencies,
        "programmes": [_programme(region, p) for p in region.programmes],
        "quick_wins": [_quick_win(region, q) for q in region.quick_wins],
    }


def national_data(regions: list[Region]) -> dict[str, Any]:
    ordered = sorted(regions, key=lambda r: r.slug)
    totals = RegionSet(ordered)
    return {
        "format": FORMAT,
        "region_count": len(ordered),
        "programme_count": totals.programme_count,
        "total_budget": totals.total_budget,
        "regions": [summary(r) for r in ordered],
    }


# --------------------------------------------------------------------------- CSV


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# Where a spreadsheet may start a new cell inside our text: Excel in the Indonesian locale splits
# lines at ';' (ignoring our ','-quoting), and a line break starts a new row.
_CELL_START_INSIDE = re.compile(r"([;\r\n][ \"]*)(?=[=+\-@\t])")


def _cell(value: Any) -> Any:
    """A text cell a spreadsheet cannot take for a formula, however it splits the line: a leading
    '=', '+', '-', '@', tab or line break is neutralised with an apostrophe (OWASP's CSV-injection
    rule), and so is one after a ';' or a line break inside the text."""
    if isinstance(value, str):
        value = _CELL_START_INSIDE.sub(r"\1'", value)
        return "'" + value if value.startswith(FORMULA_START) else value
    return "" if value is None else value


def _csv(fields: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    out = io.StringIO()
    # Every text cell is quoted: Excel in the Indonesian locale splits unquoted lines at ';', and a
    # name like 'a;=HYPERLINK(…)' would otherwise start a second cell with a formula.
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(fields)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def programme_rows(region: Region) -> list[tuple[Any, ...]]:
    return [
        (
            region.slug,
            p.id,
            region.pillar_of[p.id].code,
            p.element,
            p.category,
            p.name,
            p.lead,
            " ".join(p.support),
            p.status,
            min(p.years),
            max(p.years),
            programme_total(p),
        )
        for p in region.programmes
    ]


def programmes_csv(regions: list[Region]) -> str:
    return _csv(PROGRAMME_FIELDS, [row for r in regions for row in programme_rows(r)])


def budget_csv(region: Region) -> str:
    rows = [
        (region.slug, p.id, region.pillar_of[p.id].code, year, source, amount)
        for p in region.programmes
        for year, by_src in sorted(p.budget.items())
        for source, amount in by_src.items()
    ]
    return _csv(BUDGET_FIELDS, rows)


def quick_wins_csv(region: Region) -> str:
    rows = [
        (
            region.slug,
            q.id,
            q.programme,
            region.pillar_of[q.id].code,
            q.element,
            q.name,
            q.lead,
            q.start,
            q.end,
            q.beneficiaries,
            quick_win_total(q),
        )
        for q in region.quick_wins
    ]
    return _csv(QUICK_WIN_FIELDS, rows)


def targets_csv(region: Region) -> str:
    rows = []
    for p in region.programmes:
        for ind in p.indicators:
            base = ind.baseline
            rows += [
                (
                    region.slug,
                    p.id,
                    ind.name,
                    ind.unit,
                    ind.direction,
                    ind.sni,
                    base.year if base else None,
                    _num(base.value) if base else None,
                    year,
                    _num(value),
                )
                for year, value in sorted(ind.targets.items())
            ]
    return _csv(TARGET_FIELDS, rows)


# --------------------------------------------------------------------------- files


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def region_csv_files(region: Region) -> dict[str, str]:
    return {
        f"{region.slug}-programmes.csv": programmes_csv([region]),
        f"{region.slug}-budget.csv": budget_csv(region),
        f"{region.slug}-targets.csv": targets_csv(region),
        f"{region.slug}-quick-wins.csv": quick_wins_csv(region),
    }


def _write(folder: Path, files: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    return written


def write_region_csv(region: Region, folder: Path) -> list[Path]:
    return _write(folder, region_csv_files(region))


def write_open_data(regions: list[Region], out_dir: Path) -> list[Path]:
    """Write `data/<slug>.json`, `data/<slug>-programmes.csv`, `-budget.csv`, `-targets.csv`,
    `-quick-wins.csv` per region and `data/national.json`, `data/national-programmes.csv` under `out_dir`."""
    files: dict[str, str] = {}
    ordered = sorted(regions, key=lambda r: r.slug)
    for region in ordered:
        files[f"{region.slug}.json"] = to_json(region_data(region))
        files.update(region_csv_files(region))
    files["national.json"] = to_json(national_data(ordered))
    files["national-programmes.csv"] = programmes_csv(ordered)
    return _write(out_dir / "data", files)
