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

from generator.catalog import nomenclature
from generator.model.publication import is_internal
from generator.model.region import (
    Region,
    programme_by_year,
    programme_stages,
    programme_total,
    quick_win_additional,
    quick_win_total,
    quick_win_year,
)
from generator.model.totals import RegionSet
from generator.schema.plan import Decree, Funding, Indicator, Programme, QuickWin

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
FUNDING_FIELDS = (
    "region",
    "programme",
    "pillar",
    "agency",
    "sub_activity",
    "urusan",
    "bidang",
    "program",
    "kegiatan",
    "sub_kegiatan",
    "year",
    "programme_plan",
    "apbd",
    "apbd_p",
)
TARGET_FIELDS = (
    "region",
    "programme",
    "indicator_id",
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
        "id": ind.id,
        "name": ind.name,
        "unit": ind.unit,
        "direction": ind.direction,
        "sni": ind.sni,
        "baseline": {"year": base.year, "value": _num(base.value)} if base else None,
        "targets": {str(y): _num(v) for y, v in sorted(ind.targets.items())},
        "location_targets": {
            code: {str(y): _num(v) for y, v in sorted(by_year.items())}
            for code, by_year in ind.location_targets.items()
        },
    }


def _nomenclature(code: str) -> dict[str, Any]:
    """The code's chain urusan → sub-kegiatan with names (None where the shipped list lacks it)."""
    nom = nomenclature()
    return {level: {"code": c, "name": nom.name(c)} for level, c in nom.chain(code)}


def _funding(f: Funding) -> dict[str, Any]:
    return {
        "sub_activity": f.sub_activity,
        "agency": f.agency,
        "nomenclature": _nomenclature(f.sub_activity),
        "apbd": {str(y): a for y, a in sorted(f.apbd.items())},
        "apbd_p": {str(y): a for y, a in sorted(f.apbd_p.items())},
    }


def _decree(d: Decree | None) -> dict[str, Any] | None:
    return d.model_dump() if d is not None else None


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
        "funding": [_funding(f) for f in p.funding],
        "budget_stages": {
            str(s.year): {"plan": s.plan, "apbd": s.apbd, "apbd_p": s.apbd_p} for s in programme_stages(p)
        },
        "rpjmd": list(p.rpjmd),
        "secondary": list(p.secondary),
        "locations": [{"code": c, "name": region.location_name(c)} for c in p.locations],
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
        "budget_scope": q.budget_scope,
        "additional_budget": quick_win_additional(q),
        "locations": [{"code": c, "name": region.location_name(c)} for c in q.locations],
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
        "quick_win_additional": region.quick_win_additional,
        "archived": region.archived,
        "budget_by_year": {str(y): a for y, a in region.budget_by_year.items()},
        "budget_by_pillar": {
            code: {str(y): a for y, a in years.items()}
            for code, years in region.budget_by_pillar_year.items()
        },
        "budget_by_source": {src.code: amount for src, amount in region.budget_by_source},
        "budget_stages": {
            str(s.year): {"plan": s.plan, "apbd": s.apbd, "apbd_p": s.apbd_p} for s in region.budget_stages
        },
    }


def region_data(region: Region) -> dict[str, Any]:
    """Everything about one region's plan, JSON-ready."""
    # Explicit fields: contacts are internal (schema `x-internal`) and never open data.
    agencies = [{"code": a.code, "name": a.name, "head": a.head} for a in region.plan.agencies]
    plan = region.plan
    return {
        "format": FORMAT,
        **summary(region),
        "legal": {
            "masterplan": _decree(plan.document.adopted_by),
            "council": _decree(plan.council.adopted_by),
            "team": _decree(plan.team.adopted_by),
        },
        "rpjmd": plan.rpjmd.model_dump(),
        "generation": plan.generation.model_dump() if plan.generation else None,
        "agencies": agencies,
        "programmes": [_programme(region, p) for p in region.programmes],
        "quick_wins": [_quick_win(region, q) for q in region.quick_wins],
    }


def national_data(regions: list[Region]) -> dict[str, Any]:
    """The national bundle: every region listed, archived plans marked; the national counts and
    total cover current plans only (an archived earlier generation is not counted)."""
    ordered = sorted(regions, key=lambda r: r.slug)
    totals = RegionSet(ordered)
    return {
        "format": FORMAT,
        "region_count": totals.region_count,
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
    """Every planned rupiah: programme budgets by year and source, then quick-win budgets that come
    on top of their programme's (`budget_scope: additional`, their start year): rows add up to the
    region's total."""
    rows = [
        (region.slug, p.id, region.pillar_of[p.id].code, year, source, amount)
        for p in region.programmes
        for year, by_src in sorted(p.budget.items())
        for source, amount in by_src.items()
    ]
    rows += [
        (region.slug, q.id, region.pillar_of[q.id].code, quick_win_year(q), source, amount)
        for q in region.quick_wins
        if quick_win_additional(q)
        for source, amount in q.budget.items()
    ]
    return _csv(BUDGET_FIELDS, rows)


def funding_csv(region: Region) -> str:
    """A programme's budget traced to the sub-activities (Permendagri 90/2019 codes) of the OPD
    that fund it and to the APBD and APBD-Perubahan of each year: one row per programme,
    sub-activity and year. `programme_plan` is the programme's own plan for that year."""
    nom = nomenclature()
    rows = []
    for p in region.programmes:
        plan = programme_by_year(p)
        for f in p.funding:
            urusan, *names = [nom.name(c) for _, c in nom.chain(f.sub_activity)]
            for year in sorted(set(f.apbd) | set(f.apbd_p)):
                rows.append(
                    (
                        region.slug,
                        p.id,
                        region.pillar_of[p.id].code,
                        f.agency,
                        f.sub_activity,
                        urusan,
                        *names,
                        year,
                        plan.get(year),
                        f.apbd.get(year),
                        f.apbd_p.get(year),
                    )
                )
    return _csv(FUNDING_FIELDS, rows)


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
                    ind.id,
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
        f"{region.slug}-funding.csv": funding_csv(region),
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
    `-quick-wins.csv`, `-funding.csv` per region and `data/national.json`, `data/national-programmes.csv` under `out_dir`."""
    files: dict[str, str] = {}
    ordered = sorted(regions, key=lambda r: r.slug)
    for region in ordered:
        files[f"{region.slug}.json"] = to_json(region_data(region))
        files.update(region_csv_files(region))
    files["national.json"] = to_json(national_data(ordered))
    files["national-programmes.csv"] = programmes_csv(ordered)
    return _write(out_dir / "data", files)
