"""Cross-checks of evaluation records against the masterplan, and of the evaluation reference data.

They run once the region's masterplan is valid (a record can only be checked against a plan).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from generator.catalog import catalog
from generator.diagnostics import Diagnostic, make
from generator.model.evaluation import evaluation_slug
from generator.model.region import Region
from generator.schema.evaluation import EvaluationConfig, EvaluationFile
from generator.validation.load import Loaded, load_file
from generator.validation.shape import suggest, validate

PERCENT_UNITS = {"persen", "%", "percent"}


class _At:
    def __init__(self, loaded: Loaded, lang: str):
        self.loaded, self.lang = loaded, lang

    def __call__(self, where: tuple[Any, ...], code: str, /, *, key: bool = False, **args: Any) -> Diagnostic:
        line, col = self.loaded.position(where, at_key=key)
        return make(self.loaded.file, line, col, code, lang=self.lang, **args)


def check_evaluation(
    region: Region, path: Path, loaded: Loaded, ev: EvaluationFile, config: EvaluationConfig, *, lang: str
) -> list[Diagnostic]:
    at = _At(loaded, lang)
    diags = list(_identity(region, path, ev, config, at))
    diags += _programmes(region, ev, at, lang)
    diags += _others(region, ev, at, lang)
    return diags


def _identity(
    region: Region, path: Path, ev: EvaluationFile, config: EvaluationConfig, at: _At
) -> Iterator[Diagnostic]:
    expected = f"{evaluation_slug(ev.year, ev.stage)}.yaml"
    if path.name != expected:
        yield at(("year",), "E307", name=path.name, expected=expected)
    period = region.plan.period
    if not period.start <= ev.year <= period.end:
        yield at(("year",), "E204", year=ev.year, start=period.start, end=period.end)
    if ev.weights is not None:
        total = sum(ev.weights.values())
        if abs(total - 100) > 1e-9:
            yield at(("weights",), "E303", total=_num(total))
    elif ev.scheme and ev.scheme not in {s.id for s in config.schemes}:
        yield at(
            ("scheme",),
            "E312",
            id=ev.scheme,
            suggestion=suggest(ev.scheme, [s.id for s in config.schemes], lang=at.lang),
        )
    elif not ev.scheme and not any(ev.year in s.years for s in config.schemes):
        yield at(("year",), "E317", year=ev.year)


def _programmes(region: Region, ev: EvaluationFile, at: _At, lang: str) -> Iterator[Diagnostic]:
    ids = [p.id for p in region.programmes]
    seen: set[str] = set()
    for i, entry in enumerate(ev.programmes):
        if entry.id in seen:
            yield at(("programmes", i, "id"), "E310", id=entry.id)
        seen.add(entry.id)
        if entry.id not in ids:
            yield at(
                ("programmes", i, "id"), "E301", id=entry.id, suggestion=suggest(entry.id, ids, lang=lang)
            )
            continue
        programme = region.programme(entry.id)
        names = {ind.name: ind for ind in programme.indicators}
        for k, value in enumerate(entry.indicators):
            indicator = names.get(value.name)
            if indicator is None:
                yield at(
                    ("programmes", i, "indicators", k, "name"),
                    "E305",
                    name=value.name,
                    id=entry.id,
                    suggestion=suggest(value.name, list(names), lang=lang),
                )
            elif indicator.unit.lower() in PERCENT_UNITS and not 0 <= value.value <= 100:
                yield at(
                    ("programmes", i, "indicators", k, "value"),
                    "E316",
                    value=_num(value.value),
                    unit=indicator.unit,
                )
    for programme in region.programmes:
        if min(programme.years) <= ev.year and programme.id not in seen:
            yield at(("programmes",), "W313", key=True, id=programme.id, year=ev.year)


def _others(region: Region, ev: EvaluationFile, at: _At, lang: str) -> Iterator[Diagnostic]:
    qw_ids = [q.id for q in region.quick_wins]
    for i, q in enumerate(ev.quick_wins):
        if q.id not in qw_ids:
            yield at(("quick_wins", i, "id"), "E306", id=q.id, suggestion=suggest(q.id, qw_ids, lang=lang))
    period, agencies, numbers = region.plan.period, list(region.agency_names), list(catalog().sni)
    for i, s in enumerate(ev.sni):
        if s.number not in catalog().sni:
            yield at(
                ("sni", i, "number"),
                "E209",
                number=s.number,
                suggestion=suggest(s.number, numbers, lang=lang),
            )
        if s.year is not None and not period.start - 5 <= s.year <= period.end:
            yield at(("sni", i, "year"), "E204", year=s.year, start=period.start - 5, end=period.end)
        if s.source and s.source not in agencies:
            yield at(
                ("sni", i, "source"), "E203", code=s.source, suggestion=suggest(s.source, agencies, lang=lang)
            )
    ids = [p.id for p in region.programmes]
    for i, r in enumerate(ev.risks):
        if r.programme not in ids:
            yield at(
                ("risks", i, "programme"),
                "E301",
                id=r.programme,
                suggestion=suggest(r.programme, ids, lang=lang),
            )
        elif r.risk > len(region.programme(r.programme).risks):
            yield at(
                ("risks", i, "risk"),
                "E315",
                number=r.risk,
                id=r.programme,
                count=len(region.programme(r.programme).risks),
            )


def check_config(path: Path, *, lang: str) -> tuple[EvaluationConfig | None, list[Diagnostic]]:
    """Validate the evaluation reference data (weights sum to 100, bands ordered and disjoint)."""
    loaded, diags = load_file(path, lang=lang)
    if loaded is None:
        return None, diags
    config, diags = validate(EvaluationConfig, loaded, lang=lang)
    if not isinstance(config, EvaluationConfig):
        return None, diags
    at = _At(loaded, lang)
    for i, scheme in enumerate(config.schemes):
        total = sum(scheme.weights.values())
        if abs(total - 100) > 1e-9:
            diags.append(at(("schemes", i, "weights"), "E303", total=_num(total)))
    bands = sorted(enumerate(config.bands), key=lambda ib: ib[1].min)
    for (_, a), (j, b) in pairwise(bands):
        if b.min <= a.max:
            diags.append(at(("bands", j, "min"), "E304", code=b.code, other=a.code))
    for i, band in enumerate(config.bands):
        if band.min > band.max:
            diags.append(at(("bands", i, "max"), "E304", code=band.code, other=band.code))
    return (None if any(d.is_error for d in diags) else config), diags


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
